"""Calls: helpers (check_helper_call, check_func_arg), bpf-to-bpf calls and callbacks
(check_func_call / __check_func_call, prepare_func_exit), and the return-code check at exit.

Helper prototypes come from spec/helpers.py; which registers an argument kind accepts is
compatible_reg_types. A sync callback (bpf_loop, bpf_for_each_map_elem, ...) is walked as a call
into a new frame on 6.1; 6.12 (CB-LOOP) pushes its entry as a path of its own and walks it as a
loop back to the call until the call's checkpoint covers the state. An async one
(bpf_timer_set_callback) is pushed as a separate path with its own frame 0.
"""
from __future__ import annotations

from typing import Optional

from bpfsmt.grammar import btf as B
from bpfsmt.spec import dynptr as DP
from bpfsmt.spec import helpers as H
from bpfsmt.spec.helper_ids import HELPER_IDS, HELPER_NAMES
from bpfsmt.spec.insn import CORE_POISON_IMM, Insn
from bpfsmt.spec.limits import MAX_CALL_FRAMES
from bpfsmt.spec.maps import (MAP_WRITE_HELPERS, READ_VALUE_ARG, RECORD_FUNC_MAP_HELPERS,
                             map_func_compatible)
from bpfsmt.spec.program import BPF_F_RDONLY_PROG, FIELD_E2BIG, FIELD_ENOENT, FIELD_NO_BTF, Map
from bpfsmt.spec.rules import PROPOSED_HELPERS
from bpfsmt.spec.errno import EACCES, EINVAL, E2BIG, EFAULT
from bpfsmt.solver.verifier.bounds import Tnum, tnum_const, tnum_range, tnum_in, s64, S64_MIN, S64_MAX
from bpfsmt.solver.verifier.liveness import mark_reg_read, mark_slot_read
from bpfsmt.solver.verifier.log import VerifierError
from bpfsmt.solver.verifier.pruning import check_ids_612
from bpfsmt.solver.verifier.state import (Reg, State, Frame, BPF_FUNC_tail_call, BPF_FUNC_loop,
                                          STACK_DYNPTR, STACK_INVALID,
                                          BPF_FUNC_spin_lock, BPF_FUNC_timer_set_callback,
                                          REG_LIVE_READ64, REG_LIVE_WRITTEN,
                                          mark_reg_unknown, mark_reg_known_zero,
                                          mark_reg_not_init)
from bpfsmt.solver.verifier.vlog import BPF_LOG_LEVEL2

# record_func_map: the helpers whose map argument insn_aux_data remembers (for do_misc_fixups)
RECORD_FUNC_MAP_IDS = frozenset(HELPER_IDS["bpf_" + n] for n in RECORD_FUNC_MAP_HELPERS)


# the bpf_reg_types lists of verifier.c (reg_type_str names)
_MAP_KEY_VALUE_TYPES = ["fp", "pkt", "pkt_meta", "map_key", "map_value"]
_MEM_TYPES = _MAP_KEY_VALUE_TYPES + ["mem", "alloc_mem", "buf"]
_SOCK_TYPES = ["sock_common", "sock", "tcp_sock", "xdp_sock"]
# compatible_reg_types (6.1), by the arg type's base: the accepted register types in the order
# check_reg_type prints them after "expected=". ARG_PTR_TO_LONG/INT are 6.1.1xx's
# ARG_PTR_TO_FIXED_SIZE_MEM (mem_types).
COMPATIBLE_REG_TYPES = {
    "ARG_PTR_TO_MAP_KEY": _MAP_KEY_VALUE_TYPES, "ARG_PTR_TO_MAP_VALUE": _MAP_KEY_VALUE_TYPES,
    "ARG_PTR_TO_UNINIT_MAP_VALUE": _MAP_KEY_VALUE_TYPES,
    "ARG_PTR_TO_MEM": _MEM_TYPES, "ARG_PTR_TO_UNINIT_MEM": _MEM_TYPES,
    "ARG_PTR_TO_LONG": _MEM_TYPES, "ARG_PTR_TO_INT": _MEM_TYPES,
    "ARG_CONST_SIZE": ["scalar"], "ARG_CONST_SIZE_OR_ZERO": ["scalar"],
    "ARG_CONST_ALLOC_SIZE_OR_ZERO": ["scalar"],
    "ARG_CONST_MAP_PTR": ["map_ptr"], "ARG_PTR_TO_CTX": ["ctx"],
    "ARG_PTR_TO_SPIN_LOCK": ["map_value"], "ARG_PTR_TO_TIMER": ["map_value"],
    "ARG_PTR_TO_FUNC": ["func"], "ARG_PTR_TO_STACK": ["fp"],
    "ARG_PTR_TO_CONST_STR": ["map_value"], "ARG_PTR_TO_KPTR": ["map_value"],
    "ARG_PTR_TO_ALLOC_MEM": ["alloc_mem"],
    "ARG_PTR_TO_SOCK_COMMON": _SOCK_TYPES,
    "ARG_PTR_TO_SOCKET": ["sock"],
    "ARG_PTR_TO_BTF_ID": ["ptr_"], "ARG_PTR_TO_BTF_ID_SOCK_COMMON": _SOCK_TYPES + ["ptr_"],
    "ARG_PTR_TO_PERCPU_BTF_ID": ["percpu_ptr_"], "ARG_PTR_TO_DYNPTR": ["fp", "dynptr_ptr"],
    "ARG_PTR_TO_FIXED_SIZE_MEM": _MEM_TYPES,
}


# what 6.12's compatible_reg_types print after 6.1's list (the types themselves are not modelled)
COMPATIBLE_REG_TYPES_612_EXTRA = {
    k: ["mem", "ringbuf_mem", "buf", "trusted_ptr_"]
    for k in ("ARG_PTR_TO_MAP_KEY", "ARG_PTR_TO_MAP_VALUE", "ARG_PTR_TO_UNINIT_MAP_VALUE")
} | {"ARG_PTR_TO_SPIN_LOCK": ["ptr_"], "ARG_PTR_TO_BTF_ID_SOCK_COMMON": ["trusted_ptr_"],
     "ARG_PTR_TO_PERCPU_BTF_ID": ["percpu_rcu_ptr_", "percpu_trusted_ptr_"]}


def license_is_gpl_compatible(lic: str) -> bool:
    return lic in ("GPL", "GPL v2", "GPL and additional rights", "Dual BSD/GPL", "Dual MIT/GPL",
                   "Dual MPL/GPL")


def widen_imprecise_scalars(old: State, cur: State) -> None:
    """widen_imprecise_scalars: a scalar of `cur` that is imprecise in both iterations and not
    the same as in `old` becomes unknown, so that the walk converges."""
    idmap: dict = {}
    for fo, fc in zip(reversed(old.frames), reversed(cur.frames)):
        for ro, rc in zip(fo.regs, fc.regs):
            if _widens(ro, rc, idmap):
                mark_reg_unknown(rc)
        for spi in range(min(fo.allocated_stack, fc.allocated_stack) // 8):
            so, sc = fo.stack[spi], fc.stack[spi]
            if so.is_spilled() and sc.is_spilled() and _widens(so.spilled, sc.spilled, idmap):
                mark_reg_unknown(fc.slot_w(spi).spilled)


def _widens(o: Reg, c: Reg, idmap: dict) -> bool:
    """maybe_widen_reg's test: both imprecise scalars, not regs_exact."""
    if o.type != "scalar" or c.type != "scalar" or o.precise or c.precise:
        return False
    return not (o.same(c, ids=False) and check_ids_612(o.id, c.id, idmap) and
                check_ids_612(o.ref_obj_id, c.ref_obj_id, idmap))


def clear_caller_saved_regs(regs) -> None:
    """After a call R0-R5 are scratched (not readable, and written: reads do not go past)."""
    for i in range(6):
        mark_reg_not_init(regs[i])
        regs[i].live |= REG_LIVE_WRITTEN


class Calls:
    """Helper, bpf-to-bpf and callback calls, mixed into Verifier."""
    def _reg_type_key(self, r: Reg, arg_flags):
        s = r.type
        if r.rdonly and "MEM_RDONLY" not in arg_flags:
            s = "rdonly_" + s
        if r.maybe_null and "PTR_MAYBE_NULL" not in arg_flags:
            s += "_or_null"
        return s

    def check_func_arg(self, st, argno, arg, meta, fn):
        regno = argno + 1
        if arg in (H.ARG_DONTCARE,):
            return
        self.check_reg_arg(st, regno, True)
        r = st.cur.regs[regno]
        if arg == H.ARG_ANYTHING:
            if self.is_pointer_value(r):
                self.err(f"R{regno} leaks addr into helper function", EACCES)
            return
        base, *flags = arg.split("|")
        if r.is_pkt() and not self.may_access_direct_pkt_data(meta):
            self.err("helper access to the packet is not allowed", EACCES)
        if r.is_null() and "PTR_MAYBE_NULL" in flags:
            pass
        elif self.rules.on("CORE-08"):
            compat = COMPATIBLE_REG_TYPES.get(base)
            if compat is not None:
                k = self._reg_type_key(r, flags)
                if k not in compat:
                    if self.rules.kernel_has("LOG-ARG-TYPES"):
                        compat = compat + COMPATIBLE_REG_TYPES_612_EXTRA.get(base, [])
                    self.err(f"R{regno} type={r.tstr()} expected={', '.join(compat)}", EACCES)
            if r.type in ("ctx", "map_ptr", "func", "sock", "sock_common", "tcp_sock") and \
                    base != "ARG_PTR_TO_ALLOC_MEM":
                self.check_ptr_off_reg(r, regno)
            if base == "ARG_PTR_TO_ALLOC_MEM" and r.type in ("alloc_mem", "mem"):
                if r.off and self.rules.kernel_has("RELEASE-OFF"):
                    self.err(f"R{regno} must have zero offset when passed to release func or "
                             f"trusted arg to kfunc")
                self.check_ptr_off_reg(r, regno)     # check_func_arg_reg_off: released at 0
        if base == "ARG_CONST_MAP_PTR":
            if meta.get("map") is not None:
                if meta["map"] is not r.map or meta.get("map_uid", 0) != r.map_uid:
                    self.err(f"timer pointer in R1 map_uid={meta.get('map_uid', 0)} doesn't match "
                             f"map pointer in R2 map_uid={r.map_uid}", EACCES)
            meta["map"] = r.map
            meta["map_uid"] = r.map_uid
            meta["map_regno"] = regno
        elif base == "ARG_PTR_TO_MAP_KEY":
            if meta.get("map") is None:
                self.err("invalid map_ptr to access map->key", EACCES)
            self.check_helper_mem_access(st, regno, meta["map"].key_size, False, None)
            meta["key_regno"] = regno
        elif base in ("ARG_PTR_TO_MAP_VALUE", "ARG_PTR_TO_UNINIT_MAP_VALUE"):
            if "PTR_MAYBE_NULL" in flags and r.is_null():
                return
            if meta.get("map") is None:
                self.err("invalid map_ptr to access map->value", EACCES)
            meta["raw_mode"] = base == "ARG_PTR_TO_UNINIT_MAP_VALUE" and \
                (meta["map"].map_type, fn.name) not in READ_VALUE_ARG
            self.check_helper_mem_access(st, regno, meta["map"].value_size, False, meta)
        elif base in ("ARG_PTR_TO_SPIN_LOCK", "ARG_PTR_TO_TIMER"):
            try:       # check_func_arg turns any failure here into -EACCES
                if base == "ARG_PTR_TO_SPIN_LOCK":
                    self.process_spin_lock(st, regno, fn.id == BPF_FUNC_spin_lock)
                else:
                    self.process_timer_func(st, regno, meta)
            except VerifierError as e:
                e.errno = EACCES
                raise
        elif base == "ARG_PTR_TO_FUNC":
            meta["subprogno"] = r.subprogno
        elif base in ("ARG_PTR_TO_MEM", "ARG_PTR_TO_UNINIT_MEM"):
            meta["raw_mode"] = base == "ARG_PTR_TO_UNINIT_MEM"
        elif base == H.ARG_PTR_TO_KPTR:
            try:       # check_func_arg turns any failure here into -EACCES
                self.process_kptr_func(st, regno, meta)
            except VerifierError as e:
                e.errno = EACCES
                raise
        elif base == H.ARG_PTR_TO_BTF_ID and "OBJ_RELEASE" in flags and not r.is_null() \
                and not r.ref_obj_id:
            self.err(f"R{regno} must be referenced when passed to release function", EINVAL)
        elif base == H.ARG_PTR_TO_PERCPU_BTF_ID:
            meta["ret_btf_id"] = r.btf_id
        elif base == H.ARG_PTR_TO_DYNPTR:
            self.check_dynptr_arg(st, regno, arg, meta)
        elif base == H.ARG_PTR_TO_FIXED_SIZE_MEM:
            meta["raw_mode"] = False
            self.check_helper_mem_access(st, regno, dict(fn.arg_sizes)[regno], False, meta)
        elif base in ("ARG_CONST_SIZE", "ARG_CONST_SIZE_OR_ZERO"):
            self.check_mem_size_reg(st, regno, base == "ARG_CONST_SIZE_OR_ZERO", meta)
        elif base == "ARG_CONST_ALLOC_SIZE_OR_ZERO":
            if not r.b.var_off.is_const():
                self.err(f"R{regno} is not a known constant'", EACCES)
            meta["mem_size"] = r.b.var_off.value
            self.mark_chain_precision(st, regno)
        elif base in ("ARG_PTR_TO_LONG", "ARG_PTR_TO_INT"):
            size = 8 if base == "ARG_PTR_TO_LONG" else 4
            self.check_helper_mem_access(st, regno, size, False, meta)
            self.check_ptr_alignment(r, 0, size, True)

    def release_reference(self, st, ref: int) -> None:
        """release_reference: the reference is gone, and every register holding it (root: a
        scalar; otherwise unreadable)."""
        st.refs = [x for x in st.refs if x[0] != ref]
        for r in st.regs_where(lambda r: r.ref_obj_id == ref and r.type != "?"):
            if self.priv.allow_ptr_leaks:
                mark_reg_unknown(r)
            else:
                mark_reg_not_init(r)

    # ---- dynptrs: two stack slots of STACK_DYNPTR; the dynptr's type sits in the slots'
    # spilled_ptr (type "dynptr_<kind>", off 1 on the first slot), a ringbuf dynptr's reference
    # in its id (6.1) or, beside the dynptr's own id, in its ref_obj_id (DYNPTR-612; spec/dynptr.py)
    def _dynptr_spi(self, st, r: Reg):
        """(frame, spi of the first slot, whether both slots exist) of a dynptr at fp + off."""
        frame = st.frames[r.frameno]
        spi = (-(r.off + s64(r.b.var_off.value)) - 1) // 8
        return frame, spi, spi - 1 >= 0 and spi < frame.allocated_stack // 8

    def _dynptr_ref(self, sl) -> int:
        """The reference a ringbuf dynptr's slot holds."""
        return sl.spilled.ref_obj_id if self.rules.kernel_has("DYNPTR-612") else sl.spilled.id

    def process_kptr_func(self, st, regno, meta):
        """process_kptr_func (6.1): a map value pointer at the constant offset of a referenced
        kptr field of the map's BTF."""
        r = st.cur.regs[regno]
        m = r.map
        if not r.b.var_off.is_const():
            self.err(f"R{regno} doesn't have constant offset. kptr has to be at the constant offset")
        name = (m.name or "")[:15]
        if not m.has_btf:
            self.err(f"map '{name}' has to have BTF in order to use bpf_kptr_xchg")
        kptrs = {f.offset: f.kptr() for f in m.fields if f.kptr() is not None}
        if not kptrs:
            self.err(f"R{regno} has no valid kptr" if self.rules.kernel_has("LOG-KPTR-REC") else
                     f"map '{name}' has no valid kptr")
        meta["map"] = m
        off = r.off + s64(r.b.var_off.value)
        if off not in kptrs:
            self.err(f"off={off} doesn't point to kptr")
        if not next(f for f in m.fields if f.offset == off).referenced_kptr(self.rules.kernel.name):
            self.err(f"off={off} kptr isn't referenced kptr")
        meta["kptr"] = kptrs[off][1]

    def check_dynptr_arg(self, st, regno, arg, meta):
        """check_func_arg for ARG_PTR_TO_DYNPTR (6.1): a slot boundary; a held reference for
        OBJ_RELEASE; uninitialised slots for MEM_UNINIT, else an initialised dynptr of the
        kind asked for."""
        r = st.cur.regs[regno]
        if r.type != "fp":
            return
        if self.rules.kernel_has("DYNPTR-612"):
            self.process_dynptr_func(st, regno, arg, meta)
            return
        if r.off % 8:
            self.err(DP.AT_OFFSET, EINVAL)
        frame, spi, ok = self._dynptr_spi(st, r)
        if "OBJ_RELEASE" in arg:
            if not ok or not frame.stack[spi].spilled.id:
                self.err(DP.UNACQUIRED % regno, EINVAL)
            meta["release_dynptr"] = regno
        slots = (frame.stack[spi], frame.stack[spi - 1]) if ok else ()
        if "MEM_UNINIT" in arg:
            if any(STACK_DYNPTR in sl.stype for sl in slots):
                self.err(DP.NOT_UNINIT, EINVAL)
            meta["uninit_dynptr_regno"] = regno
            return
        if not ok or frame.stack[spi].spilled.off != 1 or \
                any(t != STACK_DYNPTR for sl in slots for t in sl.stype):
            self.err(DP.NOT_INIT % regno, EINVAL)
        want = DP.dynptr_kind(arg)
        if want is not None and frame.stack[spi].spilled.type != "dynptr_" + want:
            self.err(f"Expected a dynptr of type {want} as arg #{regno}", EINVAL)
        meta["ref_obj_id"] = frame.stack[spi].spilled.id

    def dynptr_get_spi(self, st, r: Reg):
        """stack_slot_obj_get_spi (6.12): (frame, spi or None, the line it logs). None with a
        line: not at a slot boundary or too near the frame pointer (-EINVAL); None without
        one: past the allocated stack (-ERANGE)."""
        frame = st.frames[r.frameno]
        off = r.off + s64(r.b.var_off.value)
        spi = (-off - 1) // 8
        if off % 8 or spi + 1 < 2:
            return frame, None, DP.AT_OFFSET_612 % off
        return frame, (spi if spi < frame.allocated_stack // 8 else None), None

    def process_dynptr_func(self, st, regno, arg, meta):
        """The 6.12 checks of a dynptr on the stack (DYNPTR-612): the release check, then
        process_dynptr_func. Uninitialised slots may hold an unreferenced dynptr (the writes
        destroy it); an initialised dynptr's slots are marked read; arguments are numbered
        from 0."""
        r = st.cur.regs[regno]
        frame, spi, line = self.dynptr_get_spi(st, r)
        pre = [line] if line else []
        if "OBJ_RELEASE" in arg:
            if spi is None or not frame.stack[spi].spilled.ref_obj_id:
                self.err(pre + [DP.UNACQUIRED % regno], EINVAL)
            meta["release_dynptr"] = regno
        if "MEM_UNINIT" in arg:
            if line:
                self.err(pre + [DP.NOT_UNINIT], EINVAL)
            meta["uninit_dynptr_regno"] = regno
            return
        if spi is None or frame.stack[spi].spilled.off != 1 or \
                any(t != STACK_DYNPTR for k in (spi, spi - 1) for t in frame.stack[k].stype):
            self.err(pre + [DP.NOT_INIT % (regno - 1)], EINVAL)
        want = DP.dynptr_kind(arg)
        sp = frame.stack[spi].spilled
        if want is not None and sp.type != "dynptr_" + want:
            self.err(f"Expected a dynptr of type {want} as arg #{regno - 1}", EINVAL)
        for k in (spi, spi - 1):                  # mark_dynptr_read
            mark_slot_read(self, frame, frame.stack_parent[k], k, REG_LIVE_READ64)
        meta["ref_obj_id"], meta["dynptr_id"] = sp.ref_obj_id, sp.id

    def mark_stack_slots_dynptr(self, st, r: Reg, arg, idx):
        frame, spi, _ = self._dynptr_spi(st, r)
        kind = DP.dynptr_kind(arg)
        v612 = self.rules.kernel_has("DYNPTR-612")
        dynptr_id = ref = 0
        if v612:                                  # mark_dynptr_stack_regs: the dynptr's own id
            self.destroy_if_dynptr_stack_slot(st, frame, spi)
            self.destroy_if_dynptr_stack_slot(st, frame, spi - 1)
            self.id_gen += 1
            dynptr_id = self.id_gen
        if kind == "ringbuf":                     # dynptr_type_refcounted
            self.id_gen += 1
            ref = self.id_gen
            st.refs.append((ref, idx))
        for k in (spi, spi - 1):
            sl = frame.slot_w(k)
            sl.stype = [STACK_DYNPTR] * 8
            sl.spilled.type, sl.spilled.off = "dynptr_" + kind, int(k == spi)
            sl.spilled.id, sl.spilled.ref_obj_id = (dynptr_id, ref) if v612 else (ref, 0)

    def unmark_stack_slots_dynptr(self, st, r: Reg):
        frame, spi, _ = self._dynptr_spi(st, r)
        ref = self._dynptr_ref(frame.stack[spi])
        if frame.stack[spi].spilled.type == "dynptr_ringbuf":
            self.release_reference(st, ref)       # and the slices of it
        self._invalidate_dynptr(frame, spi)

    @staticmethod
    def _invalidate_dynptr(frame, spi):
        for k in (spi, spi - 1):
            sl = frame.slot_w(k)
            sl.stype = [STACK_INVALID] * 8
            mark_reg_not_init(sl.spilled)

    def destroy_if_dynptr_stack_slot(self, st, frame, spi: int) -> None:
        """destroy_if_dynptr_stack_slot (6.12): a write into either slot of a local dynptr
        destroys the dynptr and its slices (root: they become scalars); a referenced one may
        not be overwritten."""
        if spi < 0 or spi >= len(frame.stack) or frame.stack[spi].stype[0] != STACK_DYNPTR:
            return
        if not frame.stack[spi].spilled.off:
            spi += 1                              # the first slot
        sp = frame.stack[spi].spilled
        if sp.ref_obj_id:
            self.err(DP.OVERWRITE_REFERENCED, EINVAL)
        if self.vlog is not None:
            self.vlog.mark_stack_slot_scratched(spi)
            self.vlog.mark_stack_slot_scratched(spi - 1)
        dynptr_id = sp.id
        for d in st.regs_where(lambda x: x.type == "mem" and x.dynptr_id == dynptr_id):
            if self.priv.allow_ptr_leaks:         # mark_reg_invalid
                mark_reg_unknown(d)
            else:
                mark_reg_not_init(d)
        self._invalidate_dynptr(frame, spi)
        frame.stack_live[spi] |= REG_LIVE_WRITTEN
        frame.stack_live[spi - 1] |= REG_LIVE_WRITTEN

    def may_access_direct_pkt_data(self, meta) -> bool:
        pt = self.prog.prog_type
        if pt in ("socket_filter", "lwt_in", "lwt_out", "lwt_seg6local", "sk_reuseport",
                  "flow_dissector", "cgroup_skb"):
            return bool(meta and meta.get("pkt_access")) and pt != "socket_filter" or \
                (pt == "cgroup_skb" and bool(meta and meta.get("pkt_access")))
        if pt in ("sched_cls", "sched_act", "xdp", "lwt_xmit", "sk_skb", "sk_msg"):
            return True
        return False

    def process_spin_lock(self, st, regno, is_lock):
        r = st.cur.regs[regno]
        m = r.map
        if not r.b.var_off.is_const():
            self.err(f"R{regno} doesn't have constant offset. bpf_spin_lock has to be at the constant offset")
        name = (m.name or "")[:15]
        if not m.has_btf or m.spin_lock_off == FIELD_NO_BTF:
            self.err(f"map '{name}' has to have BTF in order to use bpf_spin_lock")
        if m.spin_lock_off < 0:
            if self.rules.kernel_has("LOG-LOCK-OFF"):       # 6.12 reads the map's btf_record
                self.err(f"map '{name}' has no valid bpf_spin_lock")
            if m.spin_lock_off == FIELD_E2BIG:
                self.err(f"map '{name}' has more than one 'struct bpf_spin_lock'")
            if m.spin_lock_off == FIELD_ENOENT:
                self.err(f"map '{name}' doesn't have 'struct bpf_spin_lock'")
            self.err(f"map '{name}' is not a struct type or bpf_spin_lock is mangled")
        val = s64(r.b.var_off.value + r.off)
        if m.spin_lock_off != val and self.rules.on("SL-04"):
            where = f" that is at {m.spin_lock_off}" if self.rules.kernel_has("LOG-LOCK-OFF") else ""
            self.err(f"off {val} doesn't point to 'struct bpf_spin_lock'{where}")
        on = self.rules.on("SL-06")
        # SL-LOCK-PTR: 6.12 names the held lock by (map, id), so a lock is held even when the
        # value pointer has id 0 (ld_imm64 global data, callback arguments); 6.1 by the id alone
        key = (m.name, r.id) if self.rules.kernel_has("SL-LOCK-PTR") else r.id
        if is_lock:
            if st.active_spin_lock and on:
                self.err("Locking two bpf_spin_locks are not allowed")
            st.active_spin_lock = key
        else:
            if not st.active_spin_lock and on:
                self.err("bpf_spin_unlock without taking a lock")
            if st.active_spin_lock != key and on:
                self.err("bpf_spin_unlock of different lock")
            st.active_spin_lock = 0

    def process_timer_func(self, st, regno, meta):
        r = st.cur.regs[regno]
        m = r.map
        if not r.b.var_off.is_const():
            self.err(f"R{regno} doesn't have constant offset. bpf_timer has to be at the constant offset")
        name = (m.name or "")[:15]
        if not m.has_btf or m.timer_off == FIELD_NO_BTF:
            self.err(f"map '{name}' has to have BTF in order to use bpf_timer")
        if m.timer_off < 0:
            if m.timer_off == FIELD_E2BIG:
                self.err(f"map '{name}' has more than one 'struct bpf_timer'")
            if m.timer_off == FIELD_ENOENT:
                self.err(f"map '{name}' doesn't have 'struct bpf_timer'")
            self.err(f"map '{name}' is not a struct type or bpf_timer is mangled")
        val = s64(r.b.var_off.value + r.off)
        if m.timer_off != val:
            self.err(f"off {val} doesn't point to 'struct bpf_timer' that is at {m.timer_off}")
        if meta.get("map") is not None:
            self.err("verifier bug. Two map pointers in a timer helper", EFAULT)
        meta["map"] = m
        meta["map_uid"] = r.map_uid

    def check_helper_call(self, st: State, ins: Insn, idx: int):
        func_id = ins.imm
        rs = self.rules
        proposed_sleepable_cb = (rs.per_callback_sleepable
                                 and func_id == PROPOSED_HELPERS["timer_set_sleepable_cb"])
        if proposed_sleepable_cb:
            fn = H.HELPERS[BPF_FUNC_timer_set_callback]
        else:
            helpers = rs.kernel.helpers
            if func_id < 0 or func_id > max(helpers):
                if func_id == CORE_POISON_IMM and ins.target:
                    self.err(ins.target)            # libbpf's fixup_log() rewrites the line
                self.err(f"invalid func {H.func_id_name(func_id, helpers)}#{func_id}")
            fn = helpers.get(func_id)
            if fn is None or not H.offered(fn, self.prog.prog_type,
                                          attach_type=self.prog.expected_attach_type,
                                          bpf_capable=self.priv.bpf_capable,
                                          perfmon_capable=self.priv.perfmon_capable,
                                          available=rs.kernel.helper_availability):
                what = ("program of this type cannot use helper" if rs.kernel_has("HELPER-PROTO-MSG")
                        else "unknown func")
                self.err(f"{what} {H.func_id_name(func_id, helpers)}#{func_id}")
        if fn.gpl_only and not license_is_gpl_compatible(self.prog.license):
            self.err("cannot call GPL-restricted function from non-GPL compatible program")
        if fn.name in ("ima_inode_hash", "ima_file_hash") and \
                not self.rules.kernel.sleepable.lsm_ok(self.prog.attach_target or ""):
            self.err("helper call is not allowed in probe")
        if fn.name == "d_path" and self.prog.prog_type not in ("lsm", "tracing"):
            self.err("helper call is not allowed in probe")
        if fn.might_sleep and not st.in_sleepable and rs.on("SP-03"):
            self.err("helper call might sleep in a non-sleepable prog")
        if fn.might_sleep and st.active_rcu_lock:
            self.err(f"sleepable helper {H.func_id_name(func_id, helpers)}#{func_id} in "
                     f"rcu_read_lock region")
        meta = {"pkt_access": fn.pkt_access, "func_id": fn.id}
        for i, a in enumerate(fn.args):
            self.check_func_arg(st, i, a, meta, fn)
        self.record_func_map(st, meta, fn.id, idx)
        self.record_func_key(st, meta, fn.id, idx)
        if meta.get("access_size"):
            regno = meta["regno"]
            for i in range(meta["access_size"]):
                self.check_mem_access(st, regno, i, 1, True, -1)
        regs = st.cur.regs
        caller = st.cur
        cast_ref = regs[1].ref_obj_id      # is_ptr_cast_function: R0 keeps R1's reference
        if meta.get("uninit_dynptr_regno"):
            regno = meta["uninit_dynptr_regno"]
            for i in range(0, DP.BPF_DYNPTR_SIZE, 8):     # written a BPF_DW at a time
                self.check_mem_access(st, regno, i, 8, True, -1)
            self.mark_stack_slots_dynptr(st, regs[regno], fn.args[regno - 1], idx)
        if meta.get("release_dynptr"):
            self.unmark_stack_slots_dynptr(st, regs[meta["release_dynptr"]])
        if fn.name == "kptr_xchg" and regs[2].ref_obj_id:   # the map now owns R2's object
            self.release_reference(st, regs[2].ref_obj_id)
        if fn.name in H.RELEASE_HELPERS:
            rel = regs[1]
            if not rel.ref_obj_id:
                self.err("R1 must be referenced when passed to release function", EINVAL)
            self.release_reference(st, rel.ref_obj_id)
        if fn.name == "dynptr_from_mem" and regs[1].type != "map_value":
            self.err(DP.FROM_MEM_DATA % regs[1].tstr(), EACCES)
        if fn.id == BPF_FUNC_tail_call:
            if st.refs and rs.on("TC-03"):
                # check_reference_leak names each reference first
                self.err([f"Unreleased reference id={rid} alloc_insn={at}" for rid, at in st.refs]
                         + ["tail_call would lead to reference leak"])
        if fn.name == "get_local_storage" and not regs[2].is_null():
            # it cannot return an error, so no flags it could refuse
            self.err("get_local_storage() doesn't support non-zero flags")
        if fn.id == BPF_FUNC_loop:
            self.update_loop_inline_state(st, idx, meta.get("subprogno", 0))
        entered_callback = False
        if fn.callback == "sync" and rs.kernel_has("CB-LOOP"):
            self.push_callback_call(st, idx, meta.get("subprogno", 0), fn)
        elif fn.callback == "sync":
            self.check_func_call(st, ins, idx, meta.get("subprogno", 0),
                                        kind=fn.name)
            entered_callback = True
        elif fn.callback == "async":
            self.check_func_call(st, ins, idx, meta.get("subprogno", 0),
                                        kind="timer", sleepable_cb=proposed_sleepable_cb)
        for i in range(6):
            # check_reg_arg(DST_OP_NO_MARK) marks the frame current after a sync callback
            # was entered: the callee's registers, a quirk kept as 6.1 has it
            mark_reg_not_init(caller.regs[i])
            st.cur.regs[i].live |= REG_LIVE_WRITTEN
            if self.vlog is not None:
                self.vlog.mark_reg_scratched(i)
        r0 = caller.regs[0]
        ret = fn.ret
        if ret == H.RET_INTEGER:
            mark_reg_unknown(r0)
        elif ret == H.RET_VOID:
            mark_reg_not_init(r0)
        elif ret.startswith("RET_PTR_TO_MAP_VALUE"):
            mark_reg_known_zero(r0, "map_value")
            m = meta.get("map")
            if m is None:
                self.err("kernel subsystem misconfigured verifier", EINVAL)
            r0.map = m
            r0.map_uid = meta.get("map_uid", 0)
            if ret.endswith("_OR_NULL"):
                r0.maybe_null = True
            elif m.spin_lock_off >= 0:
                self.id_gen += 1
                r0.id = self.id_gen
        elif ret == H.RET_PTR_TO_MEM_OR_NULL:
            mark_reg_known_zero(r0, "alloc_mem")
            r0.maybe_null = True
            r0.mem_size = meta.get("mem_size", 0)
        elif ret.startswith(H.RET_PTR_TO_MEM_OR_BTF_ID):
            # the per-CPU variable's type: a struct is a ptr_ to it, anything else read-only
            # memory of its size (MEM_RDONLY does not apply to a ptr_)
            kb = self.kernel_btf()
            tid = meta.get("ret_btf_id", 0)
            t = kb.skip_mods(tid) if kb is not None and tid else None
            if t is not None and t.kind in (B.K_STRUCT, B.K_UNION):
                mark_reg_known_zero(r0, "ptr_")
                r0.btf, r0.btf_id = kb, tid
            else:
                mark_reg_known_zero(r0, "mem")
                r0.rdonly = True
                r0.mem_size = kb.size_of(tid) if t is not None else 0
            r0.maybe_null = "PTR_MAYBE_NULL" in ret
        elif ret == H.RET_PTR_TO_DYNPTR_MEM_OR_NULL:
            mark_reg_known_zero(r0, "mem")
            r0.maybe_null = True
            r0.mem_size = meta.get("mem_size", 0)
        elif ret in (H.RET_PTR_TO_SOCKET_OR_NULL, H.RET_PTR_TO_SOCK_COMMON_OR_NULL,
                     H.RET_PTR_TO_TCP_SOCK_OR_NULL):
            mark_reg_known_zero(r0, {"RET_PTR_TO_SOCKET_OR_NULL": "sock",
                                     "RET_PTR_TO_SOCK_COMMON_OR_NULL": "sock_common",
                                     "RET_PTR_TO_TCP_SOCK_OR_NULL": "tcp_sock"}[ret])
            r0.maybe_null = True
        else:
            mark_reg_known_zero(r0, "ptr_")
            r0.maybe_null = ret.endswith("_OR_NULL")
            if fn.name == "get_current_task_btf":
                self.type_btf_ptr(r0, self.kernel_btf(), "task_struct")
            elif fn.name == "kptr_xchg":           # the kptr field's type
                self.type_btf_ptr(r0, self.kernel_btf(), meta.get("kptr", ""))
            elif fn.name == "task_pt_regs":        # bpf_task_pt_regs_ids
                self.type_btf_ptr(r0, self.kernel_btf(), "pt_regs")
            elif fn.name in H.SKC_CASTS:          # btf_sock_ids: skc_to_X returns struct X
                self.type_btf_ptr(r0, self.kernel_btf(), fn.name[len("skc_to_"):])
                r0.trusted = False                 # RET_PTR_TO_BTF_ID_OR_NULL: no PTR_TRUSTED
        if r0.maybe_null:
            self.id_gen += 1
            r0.id = self.id_gen
        if fn.name in H.SOCK_CAST_HELPERS:
            r0.ref_obj_id = cast_ref
        elif fn.name == "dynptr_data":        # is_dynptr_ref_function: the dynptr's reference
            r0.ref_obj_id = meta.get("ref_obj_id", 0)
            r0.dynptr_id = meta.get("dynptr_id", 0)
        m = meta.get("map")
        if H.is_acquire_function(fn.name, m.map_type if m is not None else None):
            # acquire_reference_state: a fresh id, after the one for the NULL check
            self.id_gen += 1
            r0.id = r0.ref_obj_id = self.id_gen
            st.refs.append((r0.id, idx))
        self.check_map_func_compatibility(meta.get("map"), fn)
        if fn.changes_pkt_data:
            for r in st.regs_where(lambda r: r.type in ("pkt", "pkt_meta", "pkt_end")):
                mark_reg_unknown(r)
        return entered_callback

    def update_loop_inline_state(self, st, idx, subprogno):
        """bpf_loop is inlined when its flags are a known zero at every visit (and with the
        same callback): the check marks R4 precise."""
        state = self.loop_inline_state.get(idx)
        if state is None:
            self.loop_inline_state[idx] = (self.loop_flag_is_zero(st), subprogno)
            return
        fit, sub = state
        if fit:
            self.loop_inline_state[idx] = (self.loop_flag_is_zero(st) and sub == subprogno, sub)

    def loop_flag_is_zero(self, st) -> bool:
        if st.cur.regs[4].is_null():
            self.mark_chain_precision(st, 4)
            return True
        return False

    def record_func_map(self, st, meta, func_id, idx):
        if func_id not in RECORD_FUNC_MAP_IDS:
            return
        m = meta.get("map")
        if m is None:
            self.err("kernel subsystem misconfigured verifier")
        if func_id == BPF_FUNC_tail_call and m.map_type != "prog_array":
            self.err("kernel subsystem misconfigured verifier")
        if m.map_flags & BPF_F_RDONLY_PROG and HELPER_NAMES[func_id] in MAP_WRITE_HELPERS:
            self.err("write into map forbidden", EACCES)
        prev = self.map_state.get(idx)
        if prev is None:
            self.map_state[idx] = m
        elif prev is not m and prev != "poison":
            self.map_state[idx] = "poison"

    def record_func_key(self, st, meta, func_id, idx):
        if func_id != BPF_FUNC_tail_call:
            return
        r3 = st.cur.regs[3]
        m = meta.get("map")
        prev = self.key_state.get(idx, "unset")
        if r3.type == "scalar" and r3.b.var_off.is_const() and m is not None and \
                r3.b.var_off.value < m.max_entries:
            # a constant key is made precise even where the call site is poisoned already
            self.mark_chain_precision(st, 3)
            val = r3.b.var_off.value
            if prev == "unset":
                self.key_state[idx] = val
            elif prev != "poison" and prev != val:
                self.key_state[idx] = "poison"
        else:
            self.key_state[idx] = "poison"

    def check_map_func_compatibility(self, m: Optional[Map], fn):
        if m is None:
            return
        fid, name = fn.id, fn.kname
        t = m.map_type

        def bad():
            self.err(f"cannot pass map_type {m.type_id} into func {name}#{fid}")

        kernel = self.rules.kernel
        if not map_func_compatible(fn.name, t, kernel.maps, kernel.helper_map_types):
            bad()
        if fid == BPF_FUNC_tail_call and len(self.subprogs) > 1 and not self.jit:
            self.err("tail_calls are not allowed in non-JITed programs with bpf-to-bpf calls")

    def check_func_call(self, st: State, ins: Insn, idx: int, subprog: int, kind: str,
                               sleepable_cb=False):
        """check_func_call / __check_func_call. kind: "call" (bpf2bpf), "timer" (async), or the
        name of the helper taking a sync callback."""
        if len(st.frames) >= MAX_CALL_FRAMES:
            self.err(f"the call stack of {len(st.frames) + 1} frames is too deep", E2BIG)
        caller = st.cur
        is_global = self.subprog_global.get(subprog, False)
        if is_global and kind == "call":
            self.btf_check_subprog_arg_match(st, subprog)
            self.global_called.add(subprog)
            if self.vlog is not None:
                self.vlog.verbose(f"Func{self.global_func_name(subprog)} is global and valid. "
                                  f"Skipping.\n")
                for i in range(6):
                    self.vlog.mark_reg_scratched(i)
            clear_caller_saved_regs(caller.regs)
            mark_reg_unknown(caller.regs[0])
            return False
        if kind == "timer":
            self.is_async_cb[subprog] = True
            if sleepable_cb:
                self.sleepable_cb.add(subprog)
            cb = State()
            f = Frame(0, subprog, -1)
            cb.frames.append(f)
            m = caller.regs[1].map
            for regno, t in ((1, "map_ptr"), (2, "map_key"), (3, "map_value")):
                mark_reg_known_zero(f.regs[regno], t)
                f.regs[regno].map = m
            f.in_async_callback_fn = True
            f.callback_ret_range = tnum_range(0, 1)
            if self.rules.per_callback_sleepable:
                cb.in_sleepable = sleepable_cb
            else:
                cb.in_sleepable = bool(self.sleepable)
            f.async_entry_cnt = caller.async_entry_cnt + 1
            self.push_stack(cb, self.subprogs[subprog], idx)
            clear_caller_saved_regs(caller.regs)
            mark_reg_unknown(caller.regs[0])
            return False
        callee = self.callee_frame(caller, len(st.frames), subprog, idx, kind)
        clear_caller_saved_regs(caller.regs)
        st.frames.append(callee)
        if self.vlog is not None:
            self.vlog.mark_state_scratched()            # init_func_state
            self.vlog.verbose("caller:\n")
            self.vlog.print_verifier_state(caller, True, self.vlog_refs(st))
            self.vlog.verbose("callee:\n")
            self.vlog.print_verifier_state(callee, True, self.vlog_refs(st))
        return True

    def btf_check_subprog_arg_match(self, st: State, subprog: int) -> None:
        """btf_check_func_arg_match at a call of a global function: a scalar argument takes a
        scalar, a ctx argument the ctx, a pointer to sized memory any pointer check_mem_reg
        accepts for reading and writing that many bytes (NULL too)."""
        fn = self.prog.function_at(self.subprogs[subprog])
        if fn is None or fn.btf_args is None:
            return
        regs = st.cur.regs
        for i, arg in enumerate(fn.btf_args):
            regno = i + 1
            r = regs[regno]
            kind = self.btf_func_arg_kind(arg)
            why = None
            if arg[0] == "scalar":
                why = None if r.type == "scalar" else f"R{regno} is not a scalar"
            elif arg[0] != "ptr":
                why = f"Unrecognized arg#{i} type {arg[1]}"
            else:
                # check_func_arg_reg_off(ARG_DONTCARE): these pointers may carry an offset
                if r.type not in ("fp", "pkt", "pkt_meta", "map_key", "map_value", "buf",
                                  "scalar", "alloc_mem") and not (r.type == "mem" and not r.maybe_null):
                    try:
                        self.check_ptr_off_reg(r, regno, r.type == "ptr_")
                    except VerifierError as e:
                        self.err(e.lines + [f"Caller passes invalid args into "
                                            f"func{self.global_func_name(subprog)}"], e.errno)
                if kind == "ctx" and r.type != "ctx":
                    why = f"arg#{i} expects pointer to ctx" if self.rules.kernel_has(
                        "GLOBAL-FUNC-CALLED") else f"arg#{i} expected pointer to ctx, but got PTR"
                elif kind == "bad":
                    why = (f"arg#{i} reference type('{arg[3]} {arg[4]}') size cannot be "
                           f"determined: -22")
                elif kind == "mem" and not r.is_null():
                    try:
                        self.check_mem_reg(st, regno, arg[2])
                    except VerifierError as e:
                        self.err(e.lines + [f"Caller passes invalid args into "
                                            f"func{self.global_func_name(subprog)}"])
            if why is not None:
                self.err([why, f"Caller passes invalid args into func{self.global_func_name(subprog)}"])

    def check_mem_reg(self, st: State, regno: int, size: int) -> None:
        """check_mem_reg: the memory must be readable, then writable, for `size` bytes; a
        pointer that may be NULL is checked as if it were not (the caller's register keeps
        its _or_null)."""
        r = st.cur.regs[regno]
        saved = r.maybe_null
        r.maybe_null = False
        self.check_helper_mem_access(st, regno, size, True, {})
        self.check_helper_mem_access(st, regno, size, True, {"raw_mode": True})
        r.maybe_null = saved

    def callee_frame(self, caller: Frame, frameno: int, subprog: int, idx: int, kind: str) -> Frame:
        """init_func_state + set_callee_state / set_*_callback_state: the called frame."""
        callee = Frame(frameno, subprog, idx)
        if kind == "call":
            for i in range(1, 6):
                callee.regs[i] = caller.regs[i].copy()
        elif kind == "loop":
            mark_reg_unknown(callee.regs[1])
            callee.regs[2] = caller.regs[3].copy()
            callee.in_callback_fn = True
        elif kind == "for_each_map_elem":
            m = caller.regs[1].map
            callee.regs[1] = caller.regs[1].copy()
            mark_reg_known_zero(callee.regs[2], "map_key")
            callee.regs[2].map = m
            mark_reg_known_zero(callee.regs[3], "map_value")
            callee.regs[3].map = m
            callee.regs[4] = caller.regs[3].copy()
            callee.in_callback_fn = True
        elif kind == "find_vma":        # (task, vma, ctx)
            callee.regs[1] = caller.regs[1].copy()
            mark_reg_known_zero(callee.regs[2], "ptr_")
            self.type_btf_ptr(callee.regs[2], self.kernel_btf(), "vm_area_struct")
            callee.regs[2].trusted = False          # set_find_vma_callback_state: PTR_TO_BTF_ID
            callee.regs[3] = caller.regs[4].copy()
            callee.in_callback_fn = True
        else:   # user_ringbuf_drain: (a local dynptr over the sample, ctx)
            mark_reg_known_zero(callee.regs[1], "dynptr_ptr")
            if self.rules.kernel_has("DYNPTR-612"):     # mark_dynptr_cb_reg: an id of its own
                self.id_gen += 1
                callee.regs[1].id = self.id_gen
            callee.regs[2] = caller.regs[3].copy()
            callee.in_callback_fn = True
        callee.callback_ret_range = tnum_range(0, 1)
        return callee

    def push_callback_call(self, st: State, idx: int, subprog: int, fn) -> None:
        """push_callback_call (CB-LOOP): the callback's entry is a path of its own, pushed with
        one more callback_depth in the caller's frame; the caller goes on after the call.
        bpf_loop stops pushing once callback_depth reaches R1's umax (R1 made precise)."""
        caller = st.cur
        if fn.id == BPF_FUNC_loop:
            self.mark_chain_precision(st, 1)
            if caller.callback_depth >= caller.regs[1].b.umax:
                caller.callback_depth = 0
                if self.vlog is not None and self.vlog.level & BPF_LOG_LEVEL2:
                    self.vlog.verbose(f"frame{st.curframe} bpf_loop iteration limit reached\n")
                return
        if len(st.frames) >= MAX_CALL_FRAMES:
            self.err(f"the call stack of {len(st.frames) + 1} frames is too deep", E2BIG)
        cb = st.copy()
        cb.frames.append(self.callee_frame(cb.cur, len(cb.frames), subprog, idx, fn.name))
        if self.vlog is not None:
            self.vlog.mark_state_scratched()            # init_func_state
        cb.callback_unroll_depth += 1
        cb.frames[-2].callback_depth += 1
        caller.callback_depth = 0
        self.push_stack(cb, self.subprogs[subprog], idx)

    def prepare_func_exit(self, st: State) -> int:
        callee = st.cur
        r0 = callee.regs[0]
        if r0.type == "fp":
            self.err("cannot return stack pointer to the caller")
        caller = st.frames[-2]
        if callee.in_callback_fn:
            if r0.type != "scalar":
                self.err("R0 not a scalar value", EACCES)
            mark_reg_read(self, r0, r0.parent, REG_LIVE_READ64)
            self.mark_chain_precision(st, 0)
            if not self._retval_ok(r0, callee.callback_ret_range):
                self.err(self._invalid_scalar(r0, callee.callback_ret_range, "callback return", "R0"))
        else:
            caller.regs[0] = r0.copy()
        st.frames.pop()
        # CB-LOOP: a callback returns to its call, which pushes the next walk
        back = callee.in_callback_fn and self.rules.kernel_has("CB-LOOP")
        ret = callee.callsite if back else callee.callsite + 1
        if self.vlog is not None:
            self.vlog.verbose("returning from callee:\n")
            self.vlog.print_verifier_state(callee, True, self.vlog_refs(st))
            self.vlog.verbose(f"to caller at {ret}:\n")
            self.vlog.print_verifier_state(caller, True, self.vlog_refs(st))
        if back:
            prev = self.find_prev_entry(st, ret)
            if prev is not None:
                widen_imprecise_scalars(prev, st)
        return ret

    def _retval_ok(self, r: Reg, rng: Tnum) -> bool:
        """RET-RANGE: 6.12 checks the signed bounds against [min, max]; 6.1 the tnum."""
        if self.rules.kernel_has("RET-RANGE"):
            return rng.value <= r.b.smin and r.b.smax <= rng.value | rng.mask
        return tnum_in(rng, r.b.var_off)

    def _invalid_scalar(self, r: Reg, rng: Tnum, ctx: str, name: str) -> str:
        """verbose_invalid_scalar: 6.1 prints tnums, 6.12 smin/smax and [min, max] (RET-RANGE)."""
        s = f"At {ctx} the register {name} "
        if self.rules.kernel_has("RET-RANGE"):
            b = r.b
            parts = ([f"smin={b.smin}"] if b.smin > S64_MIN else []) + ([f"smax={b.smax}"] if b.smax < S64_MAX else [])
            return (s + "has " + (" ".join(parts) or "unknown scalar value")
                    + f" should have been in [{rng.value}, {rng.value | rng.mask}]")
        if not r.b.var_off.is_unknown():
            s += f"has value {r.b.var_off}"
        else:
            s += "has unknown scalar value"
        return s + f" should have been in {rng}"

    def check_return_code(self, st: State):
        p = self.prog
        f = st.frames[0]
        is_subprog = f.subprogno != 0
        if not is_subprog and p.prog_type in ("struct_ops", "lsm") and \
                (p.attach_target or "") in self.rules.kernel.sleepable.void_lsm_hooks and \
                p.expected_attach_type != "lsm_cgroup":
            return
        self.check_reg_arg(st, 0, True)
        r0 = f.regs[0]
        if self.is_pointer_value(r0):
            self.err("R0 leaks addr as return value", EACCES)
        if f.in_async_callback_fn:
            if r0.type != "scalar":
                self.err(f"In async callback the register R0 is not a known value ({r0.tstr()})")
            if self.rules.kernel_has("PRECISION-612"):
                self.mark_chain_precision(st, 0)
            if not self._retval_ok(r0, tnum_const(0)):
                self.err(self._invalid_scalar(r0, tnum_const(0), "async callback", "R0"))
            return
        if is_subprog:
            if r0.type != "scalar":
                self.err(f"At subprogram exit the register R0 is not a scalar value ({r0.tstr()})")
            return
        rng = tnum_range(0, 1)
        pt = p.prog_type
        at = p.expected_attach_type or ""
        if pt == "cgroup_skb":
            if at == "cgroup_inet_egress":
                rng = tnum_range(0, 3)
        elif pt in ("cgroup_sock", "sock_ops", "cgroup_device", "cgroup_sysctl",
                    "cgroup_sockopt", "cgroup_sock_addr"):
            pass
        elif pt == "raw_tracepoint":
            return
        elif pt == "tracing":
            if at in ("trace_fentry", "trace_fexit"):
                rng = tnum_const(0)
            elif at in ("trace_raw_tp", "modify_return"):
                return
            elif at == "trace_iter":
                pass
            else:
                return
        elif pt == "sk_lookup":
            rng = tnum_range(0, 1)
        elif pt == "lsm":
            if at != "lsm_cgroup":
                return
        else:
            return
        if not self.rules.on("CORE-07"):
            return
        if r0.type != "scalar":
            self.err(f"At program exit the register R0 is not a known value ({r0.tstr()})")
        if self.rules.kernel_has("PRECISION-612"):     # enforce_retval marks R0 first
            self.mark_chain_precision(st, 0)
        if not self._retval_ok(r0, rng):
            self.err(self._invalid_scalar(r0, rng, "program exit", "R0"))

