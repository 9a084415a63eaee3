"""Memory access checks: check_mem_access and the per-region checks it dispatches to.

Each region has its own rule, as in verifier.c: map values (check_map_access, with the
bpf_spin_lock/bpf_timer fields off limits), map keys and helper memory (check_mem_region_access),
packets (check_packet_access against the range a comparison with pkt_end proved), the context
(check_ctx_access through ctx.py), the stack (stack.py), struct bpf_map through a map pointer.
Helper arguments that point to memory go through check_helper_mem_access.
"""
from __future__ import annotations

from bpfsmt.spec.insn import BPF_W, BPF_DW, BPF_FETCH, BPF_CMPXCHG, VALID_ATOMIC_IMMS, Insn
from bpfsmt.spec.program import BPF_F_RDONLY_PROG, BPF_F_WRONLY_PROG
from bpfsmt.spec.errno import EACCES
from bpfsmt.spec.limits import BPF_MAX_VAR_OFF, BPF_MAX_VAR_SIZ
from bpfsmt.solver.verifier.bounds import (s64, tnum_const, tnum_add, tnum_is_aligned,
                                           coerce_reg_to_size, S64_MIN)
from bpfsmt.solver.verifier.ctx import TCP_SOCK_UNCONVERTED, ctx_access, sock_ptr_access
from bpfsmt.solver.verifier.state import (Reg, State, mark_reg_known, mark_reg_known_zero,
                                          mark_reg_unknown)


class MemoryAccess:
    """check_mem_access and the region checks, mixed into Verifier."""
    def check_ptr_alignment(self, r: Reg, off: int, size: int, strict_once=False):
        strict = self.strict_alignment or strict_once
        if r.is_pkt():
            if not strict:
                return
            ip_align = 2
            reg_off = tnum_add(r.b.var_off, tnum_const(ip_align + r.off + off))
            if not tnum_is_aligned(reg_off, size):
                self.err(f"misaligned packet access off {ip_align}+{self.tnum_log(r.b.var_off)}+{r.off}+{off} size {size}",
                         EACCES)
            return
        desc = {"map_value": "value ", "map_key": "key ", "ctx": "context ", "fp": "stack ",
                "sock": "sock ", "sock_common": "sock_common ", "tcp_sock": "tcp_sock "}.get(r.type, "")
        if r.type == "fp":
            strict = True
        if not strict:
            return
        reg_off = tnum_add(r.b.var_off, tnum_const(r.off + off))
        if not tnum_is_aligned(reg_off, size):
            self.err(f"misaligned {desc}access off {self.tnum_log(r.b.var_off)}+{r.off}+{off} size {size}", EACCES)

    def check_mem_access(self, st: State, regno: int, off: int, size: int, write: bool,
                         value_regno: int, strict_once=False, helper=False):
        regs = st.cur.regs
        r = regs[regno]
        self.check_ptr_alignment(r, off, size, strict_once)
        off += r.off
        t = r.type
        if r.maybe_null and t != "?":
            if t in ("mem", "alloc_mem"):
                self.err(f"R{regno} invalid mem access '{r.tstr()}'", EACCES)
            if self.rules.on("CORE-04"):
                self.err(f"R{regno} invalid mem access '{r.tstr()}'", EACCES)
        if t == "percpu_ptr_":      # check_ptr_to_btf_access on PTR_TO_BTF_ID | MEM_PERCPU
            self.err(f"R{regno} is ptr_{r.btf.get(r.btf_id).name} access percpu memory: "
                     f"off={off}", EACCES)
        if t == "map_key":
            if write:
                self.err(f"write to change key R{regno} not allowed", EACCES)
            self.check_mem_region_access(r, regno, off, size, r.map.key_size, False)
            if value_regno >= 0:
                mark_reg_unknown(regs[value_regno])
        elif t == "map_value":
            if write:
                self.check_leak(regs, value_regno, "map")
            self.check_map_access_type(r, regno, off, size, write)
            self.check_map_access(r, regno, off, size, False)
            if not write and value_regno >= 0:
                self.map_value_read(r, off, size, regs[value_regno])
        elif t in ("mem", "alloc_mem"):
            if write and r.rdonly:
                self.err(f"R{regno} cannot write into {r.tstr()}", EACCES)
            if write:
                self.check_leak(regs, value_regno, "mem")
            self.check_mem_region_access(r, regno, off, size, r.mem_size, False)
            if value_regno >= 0 and (not write or r.rdonly):
                mark_reg_unknown(regs[value_regno])
        elif t == "ctx":
            if write:
                self.check_leak(regs, value_regno, "ctx")
            self.check_ptr_off_reg(r, regno)
            ok, rt = ctx_access(self.prog.prog_type, self.prog.expected_attach_type, off, size, write,
                                bpf_capable=self.priv.bpf_capable)
            if not ok:
                self.err(f"invalid bpf_context access off={off} size={size}", EACCES)
            if not write and value_regno >= 0:
                d = regs[value_regno]
                if rt is None and size == 8 and self.prog.prog_type in ("tracing", "lsm"):
                    # btf_ctx_access: the argument typed by the attach target's prototype
                    if not self.btf_ctx_arg(d, off, size):
                        self.err(f"invalid bpf_context access off={off} size={size}", EACCES)
                elif rt is None:
                    mark_reg_unknown(d)
                else:
                    mark_reg_known_zero(d, rt.replace("_or_null", ""))
                    if rt.endswith("_or_null"):
                        d.maybe_null = True
                        self.id_gen += 1
                        d.id = self.id_gen
        elif t == "fp":
            self.check_stack_access_within_bounds(st, r, regno, off, size, write, helper=False)
            frame = st.frames[r.frameno]
            self.update_stack_depth(frame, r.b.var_off.value + off if r.b.var_off.is_const()
                                    else r.b.smin + off)
            if write:
                self.check_stack_write(st, r, regno, off, size, value_regno)
            else:
                self.check_stack_read(st, r, regno, off, size, value_regno)
        elif r.is_pkt() and t != "pkt_end":
            if write:
                self.check_leak(regs, value_regno, "packet")
            self.check_packet_access(r, regno, off, size, False)
            if not write and value_regno >= 0:
                mark_reg_unknown(regs[value_regno])
        elif t == "map_ptr":
            self.check_ptr_to_map_access(st, regno, off, size, write, value_regno)
        elif t == "ptr_" and r.btf is not None:
            self.check_ptr_to_btf_access(st, regno, off, size, write, value_regno)
        elif t in ("sock", "sock_common", "tcp_sock", "xdp_sock"):
            # type_is_sk_pointer: read-only; check_sock_access (struct bpf_xdp_sock is one u32)
            if write:
                self.err(f"R{regno} cannot write into {r.tstr()}", EACCES)
            if not (off == 0 and size == 4 if t == "xdp_sock" else sock_ptr_access(t, off, size)):
                self.err(f"R{regno} invalid {t} access off={off} size={size}", EACCES)
            if t == "tcp_sock" and off in TCP_SOCK_UNCONVERTED:
                self.unconverted.add(self.insn_idx)
            self.sock_access[self.insn_idx] = t
            if value_regno >= 0:
                mark_reg_unknown(regs[value_regno])
        elif t in ("ptr_", "buf"):
            if not write and value_regno >= 0:
                mark_reg_unknown(regs[value_regno])
        else:
            self.err(f"R{regno} invalid mem access '{r.tstr()}'", EACCES)
        if value_regno >= 0 and not write and size < 8 and regs[value_regno].type == "scalar":
            coerce_reg_to_size(regs[value_regno].bw(), size)

    @staticmethod
    def map_value_read(r: Reg, off: int, size: int, d: Reg):
        """A load from a map value: an unknown scalar, but from a frozen read-only array
        (libbpf's .rodata) at a constant offset the bytes themselves (bpf_map_direct_read:
        its map_direct_value_addr serves single-element arrays)."""
        m = r.map
        if r.b.var_off.is_const() and m is not None and m.frozen and m.map_type == "array" \
                and m.max_entries == 1:
            moff = off + r.b.var_off.value
            data = m.initial_data.ljust(m.value_size, b"\0")
            mark_reg_known(d, int.from_bytes(data[moff:moff + size], "little"))
        else:
            mark_reg_unknown(d)

    def check_ptr_off_reg(self, r: Reg, regno: int, fixed_off_ok=False):
        if r.off < 0:
            self.err(f"negative offset {r.tstr()} ptr R{regno} off={r.off} disallowed", EACCES)
        if not fixed_off_ok and r.off:
            self.err(f"dereference of modified {r.tstr()} ptr R{regno} off={r.off} disallowed",
                     EACCES)
        if not r.b.var_off.is_const() or r.b.var_off.value:
            self.err(f"variable {r.tstr()} access var_off={r.b.var_off} disallowed", EACCES)

    def mem_err(self, r: Reg, regno, off, size, mem_size):
        if r.type == "map_key":
            return f"invalid access to map key, key_size={mem_size} off={off} size={size}"
        if r.type == "map_value":
            return f"invalid access to map value, value_size={mem_size} off={off} size={size}"
        if r.type in ("pkt", "pkt_meta", "pkt_end"):
            return (f"invalid access to packet, off={off} size={size}, "
                    f"R{regno}(id={r.id},off={off},r={mem_size})")
        return f"invalid access to memory, mem_size={mem_size} off={off} size={size}"

    def _mem_ok(self, off, size, mem_size, zero_ok):
        size_ok = size > 0 or (size == 0 and zero_ok)
        return off >= 0 and size_ok and off + size <= mem_size

    def check_mem_region_access(self, r: Reg, regno, off, size, mem_size, zero_ok):
        b = r.b
        if r.type == "map_value" and not self.rules.on("AL-05"):
            return
        if b.smin < 0 and (b.smin == S64_MIN or not (-(1 << 31) <= off + b.smin < (1 << 31))
                           or b.smin + off < 0):
            self.err(f"R{regno} min value is negative, either use unsigned index or do a if (index >=0) check.",
                     EACCES)
        if not self._mem_ok(b.smin + off, size, mem_size, zero_ok):
            self.err([self.mem_err(r, regno, b.smin + off, size, mem_size),
                      f"R{regno} min value is outside of the allowed memory range"], EACCES)
        if b.umax >= BPF_MAX_VAR_OFF:
            self.err(f"R{regno} unbounded memory access, make sure to bounds check any such access",
                     EACCES)
        if not self._mem_ok(b.umax + off, size, mem_size, zero_ok):
            self.err([self.mem_err(r, regno, b.umax + off, size, mem_size),
                      f"R{regno} max value is outside of the allowed memory range"], EACCES)

    def check_map_access_type(self, r: Reg, regno, off, size, write):
        m = r.map
        if write and m.map_flags & BPF_F_RDONLY_PROG:
            self.err(f"write into map forbidden, value_size={m.value_size} off={off} size={size}",
                     EACCES)
        if not write and m.flags & BPF_F_WRONLY_PROG:
            self.err(f"read from map forbidden, value_size={m.value_size} off={off} size={size}",
                     EACCES)

    def check_map_access(self, r: Reg, regno, off, size, zero_ok):
        m = r.map
        self.check_mem_region_access(r, regno, off, size, m.value_size, zero_ok)
        if not self.rules.on("SL-10"):
            return
        b = r.b
        if m.spin_lock_off >= 0:
            lk = m.spin_lock_off
            if b.smin + off < lk + 4 and lk < b.umax + off + size:
                self.err("bpf_spin_lock cannot be accessed directly by load/store", EACCES)
        if m.timer_off >= 0:
            t = m.timer_off
            if b.smin + off < t + 16 and t < b.umax + off + size:
                self.err("bpf_timer cannot be accessed directly by load/store", EACCES)

    def check_packet_access(self, r: Reg, regno, off, size, zero_ok):
        if r.b.smin < 0:
            self.err(f"R{regno} min value is negative, either use unsigned index or do a if (index >=0) check.",
                     EACCES)
        if r.range < 0 or not self._mem_ok(off, size, r.range, zero_ok):
            lines = []
            if r.range >= 0:
                lines.append(self.mem_err(r, regno, off, size, r.range))
            lines.append(f"R{regno} offset is outside of the packet")
            self.err(lines, EACCES)

    def check_helper_mem_access(self, st, regno, size, zero_ok, meta):
        r = st.cur.regs[regno]
        t = r.type
        raw = bool(meta and meta.get("raw_mode"))
        if t in ("pkt", "pkt_meta"):
            return self.check_packet_access(r, regno, r.off, size, zero_ok)
        if t == "map_key":
            if raw:
                self.err(f"R{regno} cannot write into {r.tstr()}", EACCES)
            return self.check_mem_region_access(r, regno, r.off, size, r.map.key_size, False)
        if t == "map_value":
            self.check_map_access_type(r, regno, r.off, size, raw)
            return self.check_map_access(r, regno, r.off, size, zero_ok)
        if t in ("mem", "alloc_mem"):
            if r.rdonly and raw:
                self.err(f"R{regno} cannot write into {r.tstr()}", EACCES)
            return self.check_mem_region_access(r, regno, r.off, size, r.mem_size, zero_ok)
        if t == "fp":
            return self.check_stack_range_initialized(st, r, regno, r.off, size, zero_ok, meta)
        if t == "ctx" and self.prog.prog_type == "syscall":
            if size == 0:
                if zero_ok:
                    return
                self.err("invalid zero-sized read", EACCES)
            return self.check_mem_access(st, regno, size - 1, 1, raw, -1)
        if zero_ok and size == 0 and r.is_null():
            return
        self.err(f"R{regno} type={r.tstr()} expected=fp", EACCES)

    def check_mem_size_reg(self, st, regno, zero_ok, meta):
        r = st.cur.regs[regno]
        if not r.b.var_off.is_const():
            meta = None
        if r.b.smin < 0:
            self.err(f"R{regno} min value is negative, either use unsigned or 'var &= const'", EACCES)
        if r.b.umin == 0:
            if not zero_ok and self.rules.kernel_has("LOG-ZERO-SIZE"):
                self.err(f"R{regno} invalid zero-sized read: u64=[{r.b.umin},{s64(r.b.umax)}]", EACCES)
            self.check_helper_mem_access(st, regno - 1, 0, zero_ok, meta)
        if r.b.umax >= BPF_MAX_VAR_SIZ:
            self.err(f"R{regno} unbounded memory access, use 'var &= const' or 'if (var < const)'",
                     EACCES)
        self.check_helper_mem_access(st, regno - 1, r.b.umax, zero_ok, meta)
        self.mark_chain_precision(st, regno)

    def check_atomic(self, st: State, ins: Insn, idx: int):
        if ins.imm not in VALID_ATOMIC_IMMS:
            self.err(f"BPF_ATOMIC uses invalid atomic opcode {ins.imm & 0xFF:02x}")
        if ins.size not in (BPF_W, BPF_DW):
            self.err("invalid atomic operand size")
        self.check_reg_arg(st, ins.src, True)
        self.check_reg_arg(st, ins.dst, True)
        regs = st.cur.regs
        if ins.imm == BPF_CMPXCHG:
            self.check_reg_arg(st, 0, True)
            self.check_leak(regs, 0, "mem")
        self.check_leak(regs, ins.src, "mem")
        d = regs[ins.dst]
        if d.type in ("ctx", "pkt", "pkt_meta", "pkt_end", "flow_keys", "sock", "sock_common",
                      "tcp_sock", "xdp_sock"):
            self.err(f"BPF_ATOMIC stores into R{ins.dst} {d.tstr()} is not allowed", EACCES)
        size = ins.size_bytes
        load_reg = -1
        if ins.imm & BPF_FETCH:
            load_reg = 0 if ins.imm == BPF_CMPXCHG else ins.src
            self.check_reg_arg(st, load_reg, False, mark_unknown_dst=True)
        self.check_mem_access(st, ins.dst, ins.off, size, False, -1, True)
        if load_reg >= 0:
            self.check_mem_access(st, ins.dst, ins.off, size, False, load_reg, True)
        self.check_mem_access(st, ins.dst, ins.off, size, True, -1, True)

