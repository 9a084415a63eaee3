"""BTF-typed pointers and kfunc calls, against the modelled kernel's vmlinux BTF.

PTR_TO_BTF_ID registers (`ptr_` with `btf`/`btf_id`) come from tracing arguments (btf_ctx_access
over the attach target's prototype), bpf_get_current_task_btf and kfunc returns; a load through
one is checked by btf_struct_access's walk over the struct layout, with the kernel's messages, and
loads a scalar or another BTF pointer. kfunc calls are checked as check_kfunc_call does: the
per-kernel allow set of the program's hook (spec/kfuncs.py), sleepability, the arguments against
the BTF prototype (scalars, struct pointers, memory), acquire/release references, and on 6.12
(KFUNC-612) trusted arguments and RCU read sections.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from bpfsmt.grammar import btf as B
from bpfsmt.grammar import vmlinux
from bpfsmt.spec.errno import EACCES, EFAULT, EINVAL, ENOTSUPP, EPERM
from bpfsmt.spec.helpers import helper
from bpfsmt.spec.insn import (BPF_CALL, BPF_JMP, BPF_LDX, BPF_PROBE_MEM, BPF_PSEUDO_BTF_ID,
                              BPF_PSEUDO_KFUNC_CALL)
from bpfsmt.spec.maps import MAP_BTF_STRUCT, MAP_TYPE_IDS
from bpfsmt.spec.progtypes import prog_args_trusted
from bpfsmt.spec.kfuncs import (KF_ACQUIRE, KF_RCU, KF_RELEASE, KF_RET_NULL, KF_SLEEPABLE,
                                KF_TRUSTED_ARGS, kfunc_flags)
from bpfsmt.solver.verifier.state import (Reg, State, mark_reg_known_zero, mark_reg_not_init,
                                          mark_reg_unknown)

WALK_SCALAR, WALK_PTR, WALK_STRUCT = 0, 1, 2
MAX_BPF_FUNC_REG_ARGS = 5
# btf_kind_str
KIND_STR = ("UNKNOWN", "INT", "PTR", "ARRAY", "STRUCT", "UNION", "ENUM", "FWD", "TYPEDEF", "VOLATILE",
            "CONST", "RESTRICT", "FUNC", "FUNC_PROTO", "VAR", "DATASEC", "FLOAT", "DECL_TAG",
            "TYPE_TAG", "ENUM64")
_SCALARS = (B.K_INT, B.K_ENUM, B.K_ENUM64, B.K_FLOAT)


def with_probe_mem(program, slots):
    """The program as the verifier leaves it: every load through a BTF pointer (`slots`, from
    VerifyResult.probe_mem) becomes BPF_PROBE_MEM, which reads kernel memory and never faults."""
    if not slots:
        return program
    insns, slot = [], 0
    for ins in program.insns:
        if slot in slots and ins.cls == BPF_LDX:
            ins = ins.with_(opcode=BPF_LDX | BPF_PROBE_MEM | ins.size)
        insns.append(ins)
        slot += ins.slots
    return replace(program, insns=insns)


def may_hold_btf_pointers(pfile, program) -> bool:
    """Can a register of `program` hold a BTF pointer? Only from a BTF-typed tracing ctx, a
    helper returning one, a kfunc, a kernel variable (ksym) or a map's kptr field: without any
    of them no load is a probe read and the verifier model need not run
    (bpfsmt.commands.check.probe_loads)."""
    if vmlinux.btf_typed_ctx(program) or any(f.kptr() for m in pfile.maps.values()
                                             for f in getattr(m, "fields", None) or ()):
        return True
    for ins in program.insns:
        if ins.cls == BPF_JMP and ins.code == BPF_CALL:
            if ins.src == BPF_PSEUDO_KFUNC_CALL:
                return True
            proto = helper(ins.imm) if ins.src == 0 else None
            if proto is not None and "BTF_ID" in proto.ret:
                return True
        elif ins.is_wide and ins.src == BPF_PSEUDO_BTF_ID:
            return True
    return False


def is_struct(t: B.BtfType) -> bool:
    return t.kind in (B.K_STRUCT, B.K_UNION)


def resolve_size(btf: B.BTF, tid: int):
    """__btf_resolve_size: (type or outer array, size, element type, element id, total elements,
    id), or None when the type has no size."""
    nelems, arr = 1, None
    t = btf.get(tid)
    while t.kind in B.MODIFIERS or t.kind == B.K_ARRAY:
        if t.kind == B.K_ARRAY:
            arr = arr or t
            nelems *= t.array[2]
            tid = t.array[0]
        else:
            tid = t.type
        t = btf.get(tid)
    if t.kind in _SCALARS or is_struct(t):
        size = t.size_or_type
    elif t.kind == B.K_PTR:
        size = 8
    else:
        return None
    if arr is not None:
        return arr, size * nelems, t, tid, nelems, tid
    return t, size, None, 0, 1, tid


def is_scalar_struct(btf: B.BTF, t: B.BtfType, rec: int = 0) -> bool:
    """__btf_type_is_scalar_struct: a struct of scalars and arrays of scalars (3 levels)."""
    if not is_struct(t):
        return False
    for m in t.members:
        mt, _ = btf.skip_mods_id(m.type_id)
        if is_struct(mt):
            if rec >= 3 or not is_scalar_struct(btf, mt, rec + 1):
                return False
            continue
        if mt.kind == B.K_ARRAY:
            mt, _ = btf.skip_mods_id(mt.array[0])
        if mt.kind not in _SCALARS:
            return False
    return True


class BtfAccess:
    """PTR_TO_BTF_ID and kfunc checks, mixed into Verifier."""

    # ---------------------------------------------------------------- kernel BTF
    def kernel_btf(self) -> Optional[B.BTF]:
        return vmlinux.load_btf(self.rules.kernel.name)

    def type_btf_ptr(self, r: Reg, btf: Optional[B.BTF], struct_name: str = "", btf_id: int = 0):
        """A PTR_TO_BTF_ID to `struct_name` (or type `btf_id`) of `btf`; untyped without BTF."""
        if btf is not None and not btf_id and struct_name:
            found = btf.by_name(struct_name, B.K_STRUCT)
            btf_id = found[0].id if found else 0
        r.btf, r.btf_id = (btf, btf_id) if btf_id else (None, 0)
        r.trusted = self.rules.kernel_has("TRUSTED-PTR")

    def btf_struct_walk(self, btf: B.BTF, t: B.BtfType, off: int, size: int) -> tuple[int, int]:
        while True:
            tname = t.name
            if not is_struct(t):
                self.err(f"Type '{tname}' is not a struct", EINVAL)
            if off + size > t.size_or_type:
                nxt = self._flex_tail(btf, t, off)
                if nxt is None:
                    self.err(f"access beyond struct {tname or '(anon)'} at off {off} size {size}", EACCES)
                if nxt[0] == WALK_SCALAR:
                    return WALK_SCALAR, 0
                t, off = nxt[1], nxt[2]
                continue
            again = False
            for m in t.members:
                moff = m.bit_offset // 8
                if off + size <= moff:
                    break
                if m.bitfield_size:
                    end_bit = m.bit_offset + m.bitfield_size
                    if off <= moff and (end_bit + 7) // 8 <= off + size:
                        return WALK_SCALAR, 0
                    continue
                if off < moff:
                    break
                rs = resolve_size(btf, m.type_id)
                if rs is None:
                    self.err(f"field {m.name} doesn't have size", EFAULT)
                mtype, msize, elem_type, elem_id, total, mid = rs
                mtrue_end = moff + msize
                if off >= mtrue_end:
                    continue
                if mtype.kind == B.K_ARRAY:
                    if moff == mtrue_end:
                        continue
                    msize //= total
                    moff += (off - moff) // msize * msize
                    mtype, mid = elem_type, elem_id
                if is_struct(mtype):
                    t, off = mtype, off - moff
                    again = True
                    break
                if mtype.kind == B.K_PTR:
                    if msize != size or off != moff:
                        self.err(f"cannot access ptr member {m.name} with moff {moff} in struct "
                                 f"{tname or '(anon)'} with off {off} size {size}", EACCES)
                    st, sid = btf.skip_mods_id(mtype.type)
                    if is_struct(st):
                        return WALK_PTR, sid
                if off + size > mtrue_end:
                    self.err(f"access beyond the end of member {m.name} (mend:{mtrue_end}) in struct "
                             f"{tname or '(anon)'} with off {off} size {size}", EACCES)
                return WALK_SCALAR, 0
            if not again:
                self.err(f"struct {tname or '(anon)'} doesn't have field at offset {off}", EINVAL)

    @staticmethod
    def _flex_tail(btf, t, off):
        """A read past the struct's size lands in a trailing flexible array: (kind, type, off)."""
        if not t.members:
            return None
        m = t.members[-1]
        mt, _ = btf.skip_mods_id(m.type_id)
        if mt.kind != B.K_ARRAY or mt.array[2]:
            return None
        moff = m.bit_offset // 8
        if off < moff:
            return None
        et, _ = btf.skip_mods_id(mt.array[0])
        if et.kind == B.K_INT:
            return WALK_SCALAR, None, 0
        if not is_struct(et) or not et.size_or_type:
            return None
        return WALK_STRUCT, et, (off - moff) % et.size_or_type

    def check_ptr_to_btf_access(self, st: State, regno: int, off: int, size: int, write: bool,
                                value_regno: int):
        regs = st.cur.regs
        r = regs[regno]
        t = r.btf.get(r.btf_id)
        tname = t.name
        if off < 0:
            self.err(f"R{regno} is ptr_{tname} invalid negative access: off={off}", EACCES)
        if not r.b.var_off.is_const() or r.b.var_off.value:
            self.err(f"R{regno} is ptr_{tname} invalid variable offset: off={off}, "
                     f"var_off={self.tnum_log(r.b.var_off)}", EACCES)
        if write:
            self.err("only read is supported", EACCES)
        kind, nid = self.btf_struct_walk(r.btf, t, off, size)
        self.probe_mem.add(self.insn_idx)
        if value_regno >= 0:
            d = regs[value_regno]
            if kind == WALK_PTR:
                mark_reg_known_zero(d, "ptr_")
                d.btf, d.btf_id = r.btf, nid
            else:
                mark_reg_unknown(d)

    def check_ptr_to_map_access(self, st: State, regno: int, off: int, size: int, write: bool,
                                value_regno: int):
        """A load through a map pointer reads the map's kernel struct (ops->map_btf_id, e.g.
        struct bpf_array embedding struct bpf_map): btf_struct_access over the vmlinux layout,
        giving a scalar or a BTF pointer. No vmlinux BTF at hand: the loaded value is a scalar."""
        regs = st.cur.regs
        m = regs[regno].map
        tname = MAP_BTF_STRUCT.get(m.map_type) if m is not None else None
        if tname is None:
            self.err(f"map_ptr access not supported for map type "
                     f"{MAP_TYPE_IDS.get(m.map_type, 0) if m is not None else 0}", ENOTSUPP)
        if not self.priv.allow_ptr_to_map_access:
            name = f"'struct {tname}'" if self.rules.kernel_has("LOG-MAP-PTR-ACCESS") else tname
            self.err(f"{name} access is allowed only to CAP_PERFMON and CAP_SYS_ADMIN", EPERM)
        if off < 0:
            self.err(f"R{regno} is {tname} invalid negative access: off={off}", EACCES)
        if write:
            self.err(f"only read from {tname} is supported", EACCES)
        kb = self.kernel_btf()
        found = kb.by_name(tname, B.K_STRUCT) if kb is not None else []
        kind, nid = self.btf_struct_walk(kb, found[0], off, size) if found else (WALK_SCALAR, 0)
        if value_regno >= 0:
            d = regs[value_regno]
            if kind == WALK_PTR:
                mark_reg_known_zero(d, "ptr_")
                d.btf, d.btf_id = kb, nid
            else:
                mark_reg_unknown(d)

    # ---------------------------------------------------------------- tracing arguments
    def attach_func_proto(self):
        """(BTF, func_proto, first ctx argument index) typing a tracing program's ctx."""
        return vmlinux.attach_proto(self.prog, self.rules.kernel.name)

    def btf_ctx_arg(self, d: Reg, off: int, size: int) -> bool:
        """btf_ctx_access: type the u64 argument at `off` from the attach target's prototype;
        False if the argument does not exist or may not be read (invalid bpf_context access)."""
        info = self.attach_func_proto()
        if info is None:
            mark_reg_known_zero(d, "ptr_")         # no BTF for the target: an untyped pointer
            return True
        kb, proto, skip = info
        params = proto.params[skip:]
        arg = off // 8
        at = self.prog.expected_attach_type or ""
        if arg > len(params) or (arg == len(params) and at not in vmlinux.RET_IN_CTX):
            return False
        tid = proto.type if arg == len(params) else params[arg][1]
        t, _ = kb.skip_mods_id(tid)
        if t.kind in _SCALARS or is_struct(t) or t.kind == B.K_UNKN:
            mark_reg_unknown(d)
            return True
        if t.kind != B.K_PTR or size != 8:
            return False
        pt, pid = kb.skip_mods_id(t.type)
        if pt.kind in (B.K_UNKN, B.K_INT):                      # void * / int *: a scalar
            mark_reg_unknown(d)
            return True
        if not is_struct(pt):
            return False
        mark_reg_known_zero(d, "ptr_")
        self.type_btf_ptr(d, kb, btf_id=pid)
        d.trusted = d.trusted and prog_args_trusted(self.prog.prog_type, at,
                                                    self.prog.attach_target or "")
        if self.vlog is not None:
            self.vlog.verbose(f"func '{self.prog.attach_target}' arg{arg} has btf_id {pid} type "
                              f"{'UNION' if pt.kind == B.K_UNION else 'STRUCT'} '{pt.name}'\n")
        if at == "trace_iter" and arg >= 1:      # iterator ctx objects may be NULL
            d.maybe_null = True
            self.id_gen += 1
            d.id = self.id_gen
        return True

    # ---------------------------------------------------------------- kfuncs
    def add_kfunc_call(self, ins, i: int):
        """add_kfunc_call: the btf_id must name a FUNC with a prototype in the kernel's BTF."""
        kb = self.kernel_btf()
        func = kb.get(ins.imm) if kb is not None and 0 < ins.imm < len(kb.types) else None
        if func is None or func.kind != B.K_FUNC:
            self.err(f"kernel btf_id {ins.imm} is not a function", EINVAL, i)
        if kb.get(func.type).kind != B.K_FUNC_PROTO:
            self.err(f"kernel function btf_id {ins.imm} does not have a valid func_proto", EINVAL, i)

    def check_kfunc_call(self, st: State, ins, idx: int):
        if not ins.imm:            # an unresolved (weak) kfunc: the walk goes on with every
            self.unresolved_kfuncs.add(idx)     # register as it was; fixup_kfunc_call refuses it
            return
        kb = self.kernel_btf()
        func = kb.get(ins.imm)
        name = func.name
        proto = kb.get(func.type)
        k = self.rules.kernel
        flags = kfunc_flags(k.kfuncs, k.kfunc_hooks, self.prog.prog_type, name)
        if flags is None:
            self.err(f"calling kernel function {name} is not allowed", EACCES)
        v612 = self.rules.kernel_has("KFUNC-612")
        if v612 and flags & KF_SLEEPABLE and not self.sleepable:
            self.err(f"program must be sleepable to call sleepable kfunc {name}", EACCES)
        regs = st.cur.regs
        ref_regno = self.check_kfunc_args(st, kb, name, proto, flags, v612)
        if v612:
            self.kfunc_rcu(st, name, flags)
        if ref_regno:
            ref = regs[ref_regno].ref_obj_id
            st.refs = [x for x in st.refs if x[0] != ref]
            # release_reference
            for r in st.regs_where(lambda r: r.ref_obj_id == ref and r.type != "?"):
                mark_reg_unknown(r)
        for i in range(6):
            mark_reg_not_init(regs[i])
        r0 = regs[0]
        t, _ = kb.skip_mods_id(proto.type)
        if flags & KF_ACQUIRE and not (t.kind == B.K_PTR and is_struct(kb.skip_mods_id(t.type)[0])) \
                and name not in ("bpf_obj_new_impl", "bpf_percpu_obj_new_impl"):
            self.err("acquire kernel function does not return PTR_TO_BTF_ID", EINVAL)
        if t.kind in _SCALARS:
            mark_reg_unknown(r0)
        elif t.kind == B.K_PTR:
            pt, pid = kb.skip_mods_id(t.type)
            mark_reg_known_zero(r0, "ptr_")
            if is_struct(pt):
                r0.btf, r0.btf_id = kb, pid
                r0.trusted = bool(flags & KF_ACQUIRE) and self.rules.kernel_has("TRUSTED-PTR")
            elif name not in ("bpf_obj_new_impl", "bpf_percpu_obj_new_impl"):
                self.err(f"kernel function {name} returns pointer type {KIND_STR[pt.kind]} "
                         f"{pt.name} is not supported", EINVAL)
            if flags & KF_RET_NULL:
                r0.maybe_null = True
                self.id_gen += 1
                r0.id = self.id_gen
            if flags & KF_ACQUIRE:
                self.id_gen += 1
                r0.id = r0.ref_obj_id = self.id_gen
                st.refs.append((r0.id, idx))

    def check_kfunc_args(self, st: State, kb: B.BTF, name: str, proto, flags: int, v612: bool) -> int:
        """btf_check_func_arg_match for a kfunc: the register of the released reference, or 0."""
        regs = st.cur.regs
        params = proto.params
        if len(params) > MAX_BPF_FUNC_REG_ARGS:
            self.err(f"Function {name} has {len(params)} > {MAX_BPF_FUNC_REG_ARGS} args", EINVAL)
        rel = bool(flags & KF_RELEASE)
        trusted = bool(flags & KF_TRUSTED_ARGS) or (v612 and (rel or flags & KF_RCU))
        ref_regno = 0
        for i, (pname, ptid) in enumerate(params):
            regno = i + 1
            r = regs[regno]
            if v612 and pname.endswith("__ign"):
                continue
            t, _ = kb.skip_mods_id(ptid)
            if t.kind in _SCALARS:
                if r.type != "scalar":
                    self.err(f"R{regno} is not a scalar", EINVAL)
                continue
            if t.kind != B.K_PTR:
                self.err(f"Unrecognized arg#{i} type {KIND_STR[t.kind]}", EINVAL)
            ref_t, ref_id = kb.skip_mods_id(t.type)
            if r.ref_obj_id:
                ref_regno = regno
            if v612 and trusted and r.type == "ptr_" and r.maybe_null:
                self.err(f"Possibly NULL pointer passed to trusted arg{i}", EACCES)
            if v612 and pname.endswith("__alloc") and r.type == "ptr_" and not r.maybe_null:
                continue                     # KF_ARG_PTR_TO_ALLOC_BTF_ID: a bpf_obj_new object
            if r.type == "ptr_" and not r.maybe_null:
                if not is_struct(ref_t):
                    self.err(f"kernel function {name} args#{i} pointer type {KIND_STR[ref_t.kind]} "
                             f"{ref_t.name} is not supported", EINVAL)
                if rel and r.ref_obj_id and r.off:
                    self.err(f"R{regno} must have zero offset when passed to release func", EINVAL)
                if r.btf is not None and not self.struct_ids_match(r.btf, r.btf_id, r.off, kb, ref_id):
                    rt = r.btf.get(r.btf_id)
                    self.err(f"kernel function {name} args#{i} expected pointer to "
                             f"{KIND_STR[ref_t.kind]} {ref_t.name} but R{regno} has a pointer to "
                             f"{KIND_STR[rt.kind]} {rt.name}", EINVAL)
                continue
            if ref_t.kind not in _SCALARS and not is_scalar_struct(kb, ref_t):
                self.err(f"arg#{i} pointer type {KIND_STR[ref_t.kind]} {ref_t.name} must point to "
                         f"scalar, or struct with scalar", EINVAL)
            rs = resolve_size(kb, ref_id)
            if rs is None:
                self.err(f"arg#{i} reference type('{KIND_STR[ref_t.kind]} {ref_t.name}') size "
                         f"cannot be determined: -22", EINVAL)
            self.check_helper_mem_access(st, regno, rs[1], False, None)
        if rel and not ref_regno:
            self.err(f"release kernel function {name} expects refcounted PTR_TO_BTF_ID", EINVAL)
        if not v612 and flags & KF_SLEEPABLE and not self.sleepable:
            self.err(f"kernel function {name} is sleepable but the program is not", EINVAL)
        return ref_regno if rel else 0

    def struct_ids_match(self, btf: B.BTF, tid: int, off: int, need_btf: B.BTF, need_id: int) -> bool:
        """btf_struct_ids_match: the same type, or one reached as the first member at off 0."""
        for _ in range(16):
            if off == 0 and btf is need_btf and tid == need_id:
                return True
            t = btf.get(tid)
            if not is_struct(t) or not t.members:
                return False
            mt, mid = btf.skip_mods_id(t.members[0].type_id)
            if off != 0 or not is_struct(mt):
                return False
            tid = mid
        return False

    def kfunc_rcu(self, st: State, name: str, flags: int):
        """6.12: bpf_rcu_read_lock/unlock open and close an RCU read section."""
        if st.active_rcu_lock:
            if name == "bpf_rcu_read_lock":
                self.err(f"nested rcu read lock (kernel function {name})", EINVAL)
            elif name == "bpf_rcu_read_unlock":
                st.active_rcu_lock = False
            elif flags & KF_SLEEPABLE:
                self.err(f"kernel func {name} is sleepable within rcu_read_lock region", EACCES)
        elif name == "bpf_rcu_read_lock":
            st.active_rcu_lock = True
        elif name == "bpf_rcu_read_unlock":
            self.err(f"unmatched rcu read unlock (kernel function {name})", EINVAL)
