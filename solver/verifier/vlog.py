"""The verifier log as Linux 6.1 prints it (`verify --log-level 1|2`).

The kernel writes its log into one buffer while it walks: each instruction as `N: (op) insn`,
after it the registers and stack slots the instruction touched ("scratched") as `; R0_w=1`,
branch and call states, the error block, and the statistics. At level 1 a path that ends is
cut back out of the buffer (pop_stack resets the log to where push_stack was), so what remains
is the path that failed, or the last one; level 2 keeps everything and prints each popped
path's full state after `from X to Y:`. This module is that buffer and the printers
(print_verifier_state, print_insn_state, print_liveness, vlog_alignment); the walk in
main.py calls them at the kernel's places.
"""
from __future__ import annotations

from bpfsmt.grammar.printer import format_insn
from bpfsmt.spec.helper_ids import HELPER_NAMES, HELPER_NAMES_612
from bpfsmt.spec.insn import (BPF_ALU, BPF_ALU64, BPF_ATOMIC, BPF_CALL, BPF_DIV, BPF_END, BPF_EXIT, BPF_JA,
                              BPF_JMP, BPF_JMP32, BPF_K, BPF_LDX, BPF_MEM, BPF_MOD, BPF_MOV, BPF_NEG,
                              BPF_PSEUDO_FUNC, BPF_PSEUDO_MAP_FD, BPF_PSEUDO_MAP_VALUE, BPF_ST,
                              BPF_STX, BPF_X)
from bpfsmt.solver.verifier.bounds import (S32_MAX, S32_MIN, S64_MAX, S64_MIN, Tnum,
                                          U32 as U32_MAX, U64 as U64_MAX)
from bpfsmt.solver.verifier.state import (BPF_ADD_CONST, REG_LIVE_DONE, REG_LIVE_READ,
                                          REG_LIVE_WRITTEN, STACK_DYNPTR, STACK_SPILL)

BPF_LOG_LEVEL1, BPF_LOG_LEVEL2, BPF_LOG_STATS = 1, 2, 4
BPF_LOG_LEVEL = BPF_LOG_LEVEL1 | BPF_LOG_LEVEL2
BPF_LOG_MIN_ALIGNMENT, BPF_LOG_ALIGNMENT = 8, 40
SLOT_TYPE_CHAR = "?rm0d"          # STACK_INVALID, SPILL, MISC, ZERO, DYNPTR



def vlog_alignment(pos: int) -> int:
    """Spaces before `;` so the state lines up after the instruction."""
    m = BPF_LOG_MIN_ALIGNMENT
    return -(-max(pos + m // 2, BPF_LOG_ALIGNMENT) // m) * m - pos - 1


def print_liveness(live: int) -> str:
    s = "_" if live & (REG_LIVE_READ | REG_LIVE_WRITTEN | REG_LIVE_DONE) else ""
    if live & REG_LIVE_READ:
        s += "r"
    if live & REG_LIVE_WRITTEN:
        s += "w"
    if live & REG_LIVE_DONE:
        s += "D"
    return s


def tnum_strn(t: Tnum) -> str:
    return f"({t.value:#x}; {t.mask:#x})"


def _s32(v: int) -> int:
    v &= U32_MAX
    return v - (1 << 32) if v & 0x80000000 else v


def btf_type_name(r) -> str:
    """PTR_TO_BTF_ID (a per-CPU one too) prints its type's BTF name after the type
    (kernel_type_name in 6.1, btf_type_name in 6.12): `trusted_ptr_task_struct(...)`,
    `percpu_ptr_int(...)`."""
    if r.type not in ("ptr_", "percpu_ptr_") or r.btf is None or not r.btf_id:
        return ""
    return r.btf.types[r.btf_id].name or ""


def reg_str(r, all_precise: bool = False) -> str:
    """One register after `=`, as print_verifier_state writes it. `all_precise`: a loader
    without CAP_BPF, whose every scalar __mark_reg_unknown made precise."""
    t = r.type
    b = r.b
    var_off = b.var_off
    const = var_off.mask == 0
    s = "P" if t == "scalar" and (r.precise or all_precise) else ""
    if t in ("scalar", "fp") and const:
        v = var_off.value + r.off
        v = v - (1 << 64) if v >= (1 << 63) else v
        return s + ("" if t == "scalar" else r.tstr()) + str(v)
    s += r.tstr() + btf_type_name(r)
    parts = []
    if r.id:
        parts.append(f"id={r.id}")
    if r.ref_obj_id:
        parts.append(f"ref_obj_id={r.ref_obj_id}")
    if t != "scalar":
        parts.append(f"off={r.off}")
    if t in ("pkt", "pkt_meta", "pkt_end"):
        if t != "pkt_end":
            parts.append(f"r={r.range}")
    elif t in ("map_ptr", "map_key", "map_value") and r.map is not None:
        parts.append(f"ks={r.map.key_size},vs={r.map.value_size}")
    if const:
        parts.append(f"imm={var_off.value:x}")
    else:
        # C compares the s64 bound with the u64 one as u64: smin=-1 equals umin=2^64-1
        if b.smin & U64_MAX != b.umin and b.smin != S64_MIN:
            parts.append(f"smin={b.smin}")
        if b.smax & U64_MAX != b.umax and b.smax != S64_MAX:
            parts.append(f"smax={b.smax}")
        if b.umin != 0:
            parts.append(f"umin={b.umin}")
        if b.umax != U64_MAX:
            parts.append(f"umax={b.umax}")
        if not (var_off.value == 0 and var_off.mask == U64_MAX):
            parts.append(f"var_off={tnum_strn(var_off)}")
        if b.s32min != b.smin and b.s32min != S32_MIN:
            parts.append(f"s32_min={b.s32min}")
        if b.s32max != b.smax and b.s32max != S32_MAX:
            parts.append(f"s32_max={b.s32max}")
        if b.u32min != b.umin and b.u32min != 0:
            parts.append(f"u32_min={_s32(b.u32min)}")
        if b.u32max != b.umax and b.u32max != U32_MAX:
            parts.append(f"u32_max={_s32(b.u32max)}")
    return s + "(" + ",".join(parts) + ")"


# ---- 6.12's kernel/bpf/log.c: numbers up to 16 bits in decimal, the rest in hex -------------
def _unum612(v: int) -> str:
    return str(v) if v <= 0xFFFF else f"{v:#x}"


def _snum612(v: int) -> str:
    return str(v) if -0x8000 <= v <= 0x7FFF else f"{v & U64_MAX:#x}"


def _tnum_strn612(t: Tnum) -> str:
    return _unum612(t.value) if t.mask == 0 else f"({t.value:#x}; {t.mask:#x})"


def _scalar_ranges612(b) -> list[str]:
    """print_scalar_ranges: each bound once, equal bounds of the same sign joined
    (`smax=umax=smax32=umax32=47`)."""
    def s32(v):                        # smin32/smax32: sign-extended only when printed decimal
        return v if -0x8000 <= v <= 0x7FFF else v & U32_MAX
    mm = [["smin", b.smin & U64_MAX, b.smin == S64_MIN], ["smax", b.smax & U64_MAX, b.smax == S64_MAX],
          ["umin", b.umin, b.umin == 0], ["umax", b.umax, b.umax == U64_MAX],
          ["smin32", s32(b.s32min) & U64_MAX, b.s32min == S32_MIN],
          ["smax32", s32(b.s32max) & U64_MAX, b.s32max == S32_MAX],
          ["umin32", b.u32min, b.u32min == 0], ["umax32", b.u32max, b.u32max == U32_MAX]]
    out = []
    for i, (name, val, omit) in enumerate(mm):
        if omit:
            continue
        neg1 = name[0] == "s" and val >= 1 << 63
        text = name + "="
        for m2 in mm[i + 2::2]:
            if m2[2] or m2[1] != val:
                continue
            if (m2[0][0] == "s" and m2[1] >= 1 << 63) != neg1:
                continue
            m2[2] = True
            text += m2[0] + "="
        sval = val - (1 << 64) if val >= 1 << 63 else val
        out.append(text + (_snum612(sval) if name[0] == "s" else _unum612(val)))
    return out


def reg_str612(r, frameno: int, all_precise: bool = False) -> str:
    """print_reg_state of 6.12: only the fields that say something, `map=NAME` for map
    pointers, merged scalar ranges."""
    t = r.type
    b = r.b
    var_off = b.var_off
    const = var_off.mask == 0
    p = "P" if t == "scalar" and (r.precise or all_precise) else ""
    if t == "scalar" and const:      # print_reg_state adds off (a linked constant's delta)
        v = (var_off.value + r.off) & U64_MAX
        return p + _snum612(v - (1 << 64) if v >= 1 << 63 else v)
    out = r.tstr().replace("alloc_mem", "ringbuf_mem")     # LOG-RINGBUF-MEM: MEM_RINGBUF
    if t == "fp":
        if r.frameno != frameno:
            out += f"[{r.frameno}]"
        if const:
            v = (var_off.value + r.off) & U64_MAX
            return out + _snum612(v - (1 << 64) if v >= 1 << 63 else v)
    out += btf_type_name(r)
    parts = []
    if r.id:
        parts.append(f"id={r.id & ~BPF_ADD_CONST}" + (f"{r.off:+d}" if r.id & BPF_ADD_CONST else ""))
    if r.ref_obj_id:
        parts.append(f"ref_obj_id={r.ref_obj_id}")
    if t in ("map_ptr", "map_key", "map_value") and r.map is not None:
        if r.map.name:
            parts.append(f"map={r.map.name[:15]}")
        parts.append(f"ks={r.map.key_size},vs={r.map.value_size}")
    if t != "scalar" and r.off:
        parts.append(f"off={_snum612(r.off)}")
    if t in ("pkt", "pkt_meta"):
        parts.append(f"r={_unum612(r.range & U64_MAX)}")   # an int printed as u64
    if t in ("mem", "alloc_mem"):
        parts.append(f"sz={_unum612(r.mem_size)}")
    if t == "dynptr_ptr":       # the one CONST_PTR_TO_DYNPTR a helper makes: user_ringbuf_drain's
        parts.append("type=local")                 # callback argument, a local dynptr
    if const:
        if var_off.value:
            parts.append(f"imm={_snum612(var_off.value)}")
    else:
        parts += _scalar_ranges612(b)
        if not (var_off.value == 0 and var_off.mask == U64_MAX):
            parts.append(f"var_off={_tnum_strn612(var_off)}")
    return p + out + "(" + ",".join(parts) + ")"


class VLog:
    """bpf_verifier_log plus the env fields the printers use (scratch masks, prev lengths)."""

    def __init__(self, level: int, kernel: str = "6.1", all_precise: bool = False):
        self.level = level
        self.v612 = kernel == "6.12"          # log.c's 6.12 register and stack printers
        self.all_precise = all_precise        # no CAP_BPF: every scalar is precise
        self.buf: list[str] = []      # pieces; `pos` is their total length
        self.pos = 0
        self.prev_log_len = 0
        self.prev_insn_print_len = 0
        self.scratched_regs = 0
        self.scratched_stack = 0
        self.do_print_state = False

    # -- the buffer -------------------------------------------------------------------------
    def verbose(self, text: str) -> None:
        self.buf.append(text)
        self.pos += len(text)

    def reset(self, pos: int) -> None:
        """bpf_vlog_reset: cut the log back to `pos` characters."""
        if pos >= self.pos:
            return
        text = "".join(self.buf)[:pos]
        self.buf = [text]
        self.pos = pos

    def text(self) -> str:
        return "".join(self.buf)

    # -- scratch marks ----------------------------------------------------------------------
    def mark_reg_scratched(self, regno: int) -> None:
        self.scratched_regs |= 1 << regno

    def mark_stack_slot_scratched(self, spi: int) -> None:
        self.scratched_stack |= 1 << spi

    def mark_state_scratched(self) -> None:
        self.scratched_regs = ~0
        self.scratched_stack = ~0

    def scratched(self) -> bool:
        return bool(self.scratched_regs or self.scratched_stack)

    # -- printers ---------------------------------------------------------------------------
    def state_text(self, frame, refs=()) -> str:
        """print_verifier_state(frame, print_all) as a string, not logged."""
        n, pos = len(self.buf), self.pos
        self.print_verifier_state(frame, True, refs)
        text = "".join(self.buf[n:])
        del self.buf[n:]
        self.pos = pos
        return text.rstrip("\n")

    def print_verifier_state(self, frame, print_all: bool, refs=(),) -> None:
        out = []
        if frame.frameno:
            out.append(f" frame{frame.frameno}:")
        for i, r in enumerate(frame.regs):
            if r.type == "?":
                continue
            if not print_all and not (self.scratched_regs >> i) & 1:
                continue
            out.append(f" R{i}{print_liveness(r.live)}="
                       f"{reg_str612(r, frame.frameno, self.all_precise) if self.v612 else reg_str(r, self.all_precise)}")
        n = frame.allocated_stack // 8
        i = -1
        while i + 1 < n:
            i += 1
            sl = frame.stack[i]
            if all(t == 0 for t in sl.stype):
                continue
            if not print_all and not (self.scratched_stack >> i) & 1:
                continue
            if sl.stype[7] == STACK_DYNPTR and self.v612 and i + 1 < n:
                # from the dynptr's second slot to its first; `dynptr_id=1` is the first slot's
                # first_slot flag, which shares the field in bpf_reg_state's union
                i += 1
                sp = frame.stack[i].spilled
                ids = [f"id={sp.id}"] * bool(sp.id) + [f"ref_id={sp.ref_obj_id}"] * bool(sp.ref_obj_id)
                out.append(f" fp{(-i - 1) * 8}{print_liveness(frame.stack_live[i])}="
                           f"{sp.type}({','.join(ids + [f'dynptr_id={sp.off}'] * bool(sp.off))})")
                continue
            out.append(f" fp{(-i - 1) * 8}{print_liveness(frame.stack_live[i])}")
            if sl.stype[7] == STACK_SPILL and self.v612:
                # the bytes above a narrower spill, then the spilled register itself
                j = sl.stype.index(STACK_SPILL)
                out.append("=" + "".join(SLOT_TYPE_CHAR[t] for t in sl.stype[:j]) +
                           reg_str612(sl.spilled, frame.frameno))
            elif sl.stype[7] == STACK_SPILL:
                sp = sl.spilled
                out.append("=" + ("" if sp.type == "scalar" else sp.tstr()))
                if sp.type == "scalar" and sp.precise:
                    out.append("P")
                if sp.type == "scalar" and sp.b.var_off.mask == 0:
                    v = sp.b.var_off.value + sp.off
                    out.append(str(v - (1 << 64) if v >= (1 << 63) else v))
            else:
                out.append("=" + "".join(SLOT_TYPE_CHAR[t] for t in sl.stype))
        if refs:
            out.append(" refs=" + ",".join(str(rid) for rid in refs))
        if frame.in_callback_fn:
            out.append(" cb")
        if frame.in_async_callback_fn:
            out.append(" async_cb")
        out.append("\n")
        self.verbose("".join(out))
        if not print_all:
            self.scratched_regs = self.scratched_stack = 0

    def print_insn_state(self, frame, insn_idx: int, refs=()) -> None:
        if self.prev_log_len and self.prev_log_len == self.pos:
            self.reset(self.prev_log_len - 1)             # the state goes on the insn's line
            self.verbose(" " * vlog_alignment(self.prev_insn_print_len) + ";")
        else:
            self.verbose(f"{insn_idx}:")
        self.print_verifier_state(frame, False, refs)

    def print_insn(self, insn_idx: int, text: str) -> None:
        self.prev_log_len = self.pos
        self.verbose(f"{insn_idx}: {text}\n")
        self.prev_insn_print_len = self.pos - self.prev_log_len
        self.prev_log_len = self.pos


def insn_text(ins, v612: bool = False, hide_ptrs: bool = False) -> str:
    """print_bpf_insn as 6.1's kernel/bpf/disasm.c prints it: `(op) text`, map loads as
    `map[id:N]`. 6.1's disassembler predates cpu v4 and never looks at the fields an opcode
    does not use, so `(bf) r0 = r1` stands for a movsx, `(37) r0 /= 3` for an sdiv, and a
    reserved field set to non-zero is not shown (the verifier rejects it on the next line).
    6.12's knows `gotol`, movsx (`(bf) r0 = (s8)r1`, off 8/16/32 whatever the class) and
    sdiv/smod (`(37) r0 s/= 3`).
    `hide_ptrs` (no allow_ptr_leaks): a map address prints as 0x0."""
    if hide_ptrs and ins.is_wide and ins.src in (BPF_PSEUDO_MAP_FD, BPF_PSEUDO_MAP_VALUE):
        return f"({ins.opcode:02x}) r{ins.dst} = 0x0"
    if v612 and ins.cls == BPF_JMP32 and ins.code == BPF_JA:
        return f"({ins.opcode:02x}) gotol pc{ins.imm:+d}"
    if v612 and ins.cls == BPF_JMP and ins.code == BPF_CALL and ins.src == 0 and \
            len(HELPER_NAMES) <= ins.imm < len(HELPER_NAMES_612):     # the helpers after 6.1
        return f"({ins.opcode:02x}) call bpf_{HELPER_NAMES_612[ins.imm]}#{ins.imm}"
    if v612 and ins.cls in (BPF_ALU, BPF_ALU64) and (
            (ins.code == BPF_MOV and ins.source == BPF_X and ins.off in (8, 16, 32)) or
            (ins.code in (BPF_DIV, BPF_MOD) and ins.off == 1)):
        clean = ins.with_(imm=0) if ins.source == BPF_X else ins.with_(src=0)
        return f"({ins.opcode:02x}) {format_insn(clean, 'kernel')}"
    text = _disasm61(ins)
    return text if text.startswith("BUG_") else f"({ins.opcode:02x}) {text}"


_ATOMIC_IMMS = {0x00, 0x40, 0x50, 0xa0, 0x01, 0x41, 0x51, 0xa1, 0xe1, 0xf1}


def _disasm61(i) -> str:
    cls, code = i.cls, i.code
    if cls in (BPF_ALU, BPF_ALU64):
        if code == BPF_END:
            if cls == BPF_ALU64:
                return f"BUG_alu64_{code:02x}"
            return f"r{i.dst} = {'be' if i.source else 'le'}{i.imm} r{i.dst}"
        clean = i.with_(off=0, src=0) if i.source == BPF_K else i.with_(off=0, imm=0)
        if code == BPF_NEG:
            clean = i.with_(off=0, src=0, imm=0)
        return format_insn(clean, "kernel")
    if cls in (BPF_JMP, BPF_JMP32):
        if code == BPF_JA and cls == BPF_JMP32:
            return f"if w{i.dst} jmp {i.imm:#x} goto pc{i.off:+d}"
        if code == BPF_JA:
            return format_insn(i.with_(imm=0, src=0, dst=0), "kernel")
        if code == BPF_EXIT:
            return "exit"
        if code == BPF_CALL:
            return format_insn(i.with_(off=0, dst=0) if i.src == 0 else i, "kernel")
        clean = i.with_(src=0) if i.source == BPF_K else i.with_(imm=0)
        return format_insn(clean, "kernel")
    if cls == BPF_STX and i.mode == BPF_ATOMIC and i.imm not in _ATOMIC_IMMS:
        return f"BUG_{i.opcode:02x}"
    if i.is_wide and i.src == BPF_PSEUDO_FUNC:
        return f"r{i.dst} = {i.imm:#x}"            # the callback's insn offset, as an imm
    if cls in (BPF_LDX, BPF_STX, BPF_ST) and i.mode == BPF_MEM:
        clean = i.with_(imm=0) if cls != BPF_ST else i.with_(src=0)
        if cls == BPF_LDX:
            clean = clean.with_(imm=0)
        return format_insn(clean, "kernel")
    return format_insn(i, "kernel")
