"""Helper calls and legacy packet loads in the symbolic engine.

Arguments are checked against the 6.1 prototypes of `bpfsmt.spec.helpers` (CORE-08, message
`R%d type=%s expected=%s`): a map pointer where `ARG_CONST_MAP_PTR` is expected, readable
initialised memory of the right size for `ARG_PTR_TO_MAP_KEY/VALUE` and `ARG_PTR_TO_MEM`,
writable memory for `ARG_PTR_TO_UNINIT_MEM` (which the call then initialises), the ctx for
`ARG_PTR_TO_CTX`. The map helpers are modelled exactly (lookup returns NULL or the element of
that key, update/delete change the element and its presence, with the executor's error codes);
any other helper with an integer result returns a fresh input value, the k-th call of a helper
on a path reading `helper_returns[name][k]` as the executor does. Helpers whose effect we cannot
model (callbacks, tail calls into populated prog arrays, kernel objects) make the verdict
UNKNOWN rather than guess.

Copies from memory the program does not own (bpf_copy_from_user(_task), bpf_probe_read*) and
the output sinks (perf_event_output, ringbuf_output) are lowered as OVER-approximations of the
kernel: exact obligations on the program's buffers at the call, then fresh bytes / a result that
is 0 or any errno. The executor is narrower (it copies from `user_mem` or fails with -EFAULT),
so such a lowering is recorded in `Lowering.approx`, and a counterexample that replay does not
confirm becomes UNKNOWN instead of UNSAFE. bpf_skb_store_bytes is exact (the executor's write
and -EFAULT); afterwards every packet pointer is stale, as clear_all_pkt_pointers makes it.
"""
from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import z3

from bpfsmt.spec import ctx as CTX
from bpfsmt.spec import helpers as H
from bpfsmt.spec.errno import E2BIG, EINVAL, ENOENT
from bpfsmt.spec.insn import BPF_IND
from bpfsmt.spec.limits import (BPF_MAX_LOOPS, BPF_MAX_USER_RINGBUF_SAMPLES, BPF_RB_WAKEUP_FLAGS,
                                MAX_CALL_FRAMES, MAX_TAIL_CALL_CNT, XDP_FRAME_SIZE,
                                XDP_HARD_END, XDP_PACKET_HEADROOM)

from bpfsmt.spec.helpers import (KPTR_RACE_OBJECT, KPTR_XCHG_FIELD, MAP_UPDATE_LRU_EVICT,
                                 MAP_UPDATE_NOMEM, MIGHT_SLEEP,
                                 WORLD_VALUE_BITS)
from bpfsmt.spec.faults import SLEEP_IN_RCU_KFUNC
from bpfsmt.spec.kfuncs import (KF_ACQUIRE, KF_RELEASE, KF_RET_NULL, KF_SLEEPABLE, OBJ_DROP,
                                OBJ_NEW, OBJ_NEW_BYTES, OBJ_NEW_RESULT, RCU_READ_LOCK,
                                RCU_READ_UNLOCK)
from bpfsmt.spec.packet import packet_bytes, xdp_adjust
from bpfsmt.spec.maps import (COUNTED_HASH_TYPES, DATA_VALUE_TYPES, HTAB_FAMILY, LRU_TYPES,
                              QUEUE_TYPES, SOCK_MAP_TYPES, lru_prealloc_pop, map_func_compatible,
                              map_update_elem)
from bpfsmt.spec.vocab import PACKET_TYPES
from bpfsmt.spec.vocab import RegType as T

from bpfsmt.solver.concrete.runtime_helpers import HELPERS as EXECUTOR_HELPERS
from bpfsmt.solver.concrete.runtime_helpers import KPTR_NOT_KPTR, written_bytes
from bpfsmt.grammar.vmlinux import kfunc_modelled, kfunc_proto
from bpfsmt.solver.concrete.exec import ExecInputs
from bpfsmt.solver.symbolic import env as ENV
from bpfsmt.solver.symbolic import dynptrs, loops, maptypes, refs, timers
from bpfsmt.solver.symbolic.state import (LRU_DROP, TAIL_CALLS_BEFORE, BoundEvent, Count, Frame,
                                          LogJoin, SByte, conj)
from bpfsmt.solver.symbolic.values import (FALSE, TRUE, OPAQUE_KINDS, UNINIT, Ptr, type_name, Scalar, Unsupported, add_off, as_int, bv, cval, key_eq, kernel_pointer, ksym_pointer,
                                           D, fold, fromle, guard_term, is_const_false,
                                           is_const_true, mk_and, mk_if, mk_not, signed, count0,
                                           simp)




def call(low, st, insn, slot):
    hid = insn.imm
    proto = H.helper(hid)
    if proto is None:
        low.oblige(st, slot, "unknown_helper", TRUE, H.func_id_name(hid), hid)
        return []
    name = proto.name
    if st.lock is not None and name != "spin_unlock":
        low.oblige(st, slot, "call_locked", TRUE)
        return []
    if name in MIGHT_SLEEP and (not low.prog.sleepable or st.phase > 0):
        # a timer callback runs in softirq context whatever the program is (SP-07)
        low.oblige(st, slot, "sleep_in_atomic", TRUE)
        return []
    if name in MIGHT_SLEEP and st.rcu:
        low.oblige(st, slot, "sleep_in_rcu", TRUE, proto.kname, hid)
        return []
    for u in H.arg_uses(proto):
        v = st.f.regs[u.reg] if u.role == "map" else None
        if isinstance(v, Ptr) and v.kind == T.CONST_PTR_TO_MAP:
            m = low.env.map_named(v.rid)
            if not map_func_compatible(name, m.map_type):
                low.oblige(st, slot, "helper_arg", TRUE, template=f"cannot pass map_type "
                           f"{m.type_id} into func {proto.kname}#{proto.id}")
                return []
    if name in WORLD_VALUE_BITS:
        w = WORLD_VALUE_BITS[name]
        return _finish(low, st, slot, Scalar(_masked(_next_ret(low, st, name), w)))
    if name in ("map_lookup_elem", "map_update_elem", "map_delete_elem",
                "map_lookup_percpu_elem"):
        return _map_helper(low, st, insn, slot, proto)
    if name in MAP_TYPE_HELPERS:
        return MAP_TYPE_HELPERS[name](low, st, slot, proto, _OPS)
    if name in ("map_push_elem", "map_peek_elem") and _map_type_of(low, st, 1) == "bloom_filter":
        return maptypes.bloom(low, st, slot, name, _OPS)
    if name in ("map_push_elem", "map_pop_elem", "map_peek_elem") and \
            _map_type_of(low, st, 1) in QUEUE_TYPES:
        return maptypes.queue(low, st, slot, name, _OPS)
    if name == "trace_printk":
        p = low.read_reg(st, slot, 1)
        if p is None:
            return []
        n = low.read_reg(st, slot, 2)
        if n is None:
            return []
        sizes = None if isinstance(n, Ptr) else choices(n.v)
        if sizes is None:
            raise Unsupported(f"trace_printk with a variable size at insn {slot}")
        out = []
        # the format's size from one of the joined call sites: one state per size
        for k, (cond, size) in enumerate(sizes):
            s2 = st if k == len(sizes) - 1 else st.copy()
            if not is_const_true(cond):
                s2.pc = st.pc + (cond,)
            size &= 0xFFFFFFFF
            if size and low.read_range(s2, slot, 1, p, size) is None:
                continue
            out += _finish(low, s2, slot, Scalar(_next_ret(low, s2, name)))
        return out
    if name in ("spin_lock", "spin_unlock"):
        return _spin(low, st, slot, name)
    if name == "ringbuf_reserve":
        return refs.reserve(low, st, slot, _next_ret, _finish)
    if name in ("ringbuf_submit", "ringbuf_discard"):
        return refs.release(low, st, slot, T.PTR_TO_BUF, _finish)
    if name in ("sk_lookup_tcp", "sk_lookup_udp", "skc_lookup_tcp"):
        if not _generic_args(low, st, slot, proto):
            return []
        return refs.sk_lookup(low, st, slot, name, _next_ret, _finish)
    if name == "sock_ops_cb_flags_set":
        return _sock_ops_cb_flags_set(low, st, slot, proto)
    if name == "setsockopt" and low.env.layout.name == CTX.SOCK_OPS.name:
        return _sock_ops_setsockopt(low, st, slot, proto)
    if name in H.SOCK_CAST_HELPERS or name in H.SOCK_OTHER_HELPERS:
        return refs.sock_cast(low, st, slot, proto, _generic_args, _next_ret, _finish)
    if name == "sk_release":
        return refs.release(low, st, slot, T.PTR_TO_SOCKET, _finish)
    if name in ("timer_init", "timer_set_callback", "timer_start", "timer_cancel"):
        return timers.call(low, st, slot, name, _finish)
    if name == "get_current_comm":
        return _get_current_comm(low, st, slot)
    if name in ("skb_load_bytes", "xdp_load_bytes"):
        return _load_bytes_helper(low, st, slot, name)
    if name in COPY_HELPERS:
        return _copy_helper(low, st, slot, name)
    if name in ("perf_event_output", "ringbuf_output"):
        return _output_helper(low, st, slot, name)
    if name == "get_stackid":
        return _get_stackid(low, st, slot)
    if name in ("skb_store_bytes", "xdp_store_bytes"):
        return _store_bytes_helper(low, st, slot, name)
    if name == "loop":
        return _bpf_loop(low, st, slot)
    if name == "for_each_map_elem":
        return _for_each_map_elem(low, st, slot)
    if name == "find_vma":
        return _find_vma(low, st, slot, proto)
    if name == "user_ringbuf_drain":
        return _user_ringbuf_drain(low, st, slot, proto)
    if name == "get_current_task_btf":
        # the executor returns helper_returns[name] (a number it never dereferences); the
        # engine keeps an opaque task pointer so that any use other than a move is UNKNOWN
        # (the current task is a kernel address, never NULL)
        st.pc = st.pc + (kernel_pointer(_next_ret(low, st, name)),)
        return _finish(low, st, slot, Ptr(T.PTR_TO_BTF_ID, 0, bv(0)))
    if name in dynptrs.HELPERS:
        return dynptrs.call(low, st, slot, name, _OPS)
    if name == "kptr_xchg":
        return _kptr_xchg(low, st, slot)
    if name in ("per_cpu_ptr", "this_cpu_ptr"):
        return _cpu_ptr(low, st, slot, name)
    if name == "task_pt_regs":
        # the task's user registers: a kernel address, never NULL, read by probe loads only
        if not _generic_args(low, st, slot, proto):
            return []
        st.pc = st.pc + (kernel_pointer(_next_ret(low, st, name)),)
        return _finish(low, st, slot, Ptr(T.PTR_TO_BTF_ID, ("pt_regs", slot), bv(0)))
    if name in ("xdp_adjust_head", "xdp_adjust_meta", "xdp_adjust_tail"):
        return _xdp_adjust(low, st, slot, name)
    if name == "tail_call":
        if st.rcu:
            low.oblige(st, slot, "rcu_tail_call", TRUE)
            return []
        m = low.read_reg(st, slot, 2)
        if m is None:
            return []
        if not (isinstance(m, Ptr) and m.kind == T.CONST_PTR_TO_MAP
                and low.env.map_named(m.rid).map_type == "prog_array"):
            low.oblige(st, slot, "helper_arg", TRUE, 2,
                       type_name(m) if not (isinstance(m, Ptr) and m.kind == T.CONST_PTR_TO_MAP) else
                       f"map_ptr ({low.env.map_named(m.rid).map_type})", "map_ptr (prog_array)")
            return []
        index = low.read_reg(st, slot, 3)
        if index is None:
            return []
        return _tail_call(low, st, slot, low.env.map_named(m.rid), index)
    if not H.generic(proto):
        raise Unsupported(f"helper {proto.kname} at insn {slot} is not modelled")
    if name in EXECUTOR_HELPERS:
        # the executor runs its own model of this helper: the prototype's view is wider
        low.approx.append("bpf_" + name)
    return _generic(low, st, slot, proto)


def _generic(low, st, slot, proto):
    """A helper lowered from its prototype (spec/helpers.arg_uses), as the executor's
    generic_call runs it: arguments checked by kind in register order, read memory must be
    readable and initialised, written memory gets input bytes (helper_returns["<name>:r<N>"]),
    the result is the input helper_returns[name]; a helper that changes packet data makes every
    packet pointer stale."""
    if not _generic_args(low, st, slot, proto):
        return []
    if proto.changes_pkt_data:
        _invalidate_pkt(st)
    r0 = None if proto.ret == H.RET_VOID else Scalar(_next_ret(low, st, proto.name))
    return _finish(low, st, slot, r0)


def _sock_ops_setsockopt(low, st, slot, proto):
    """bpf_setsockopt in a sock_ops program, as the executor runs it: from its prototype, then
    every tcp_sock field of the ctx reads an input (H.SETSOCKOPT_TCP_FIELDS, byte by byte in
    field order, cut to the field's kernel width)."""
    if not _generic_args(low, st, slot, proto):
        return []
    r0 = Scalar(_next_ret(low, st, proto.name))
    lay, ctx = low.env.layout, Ptr(T.PTR_TO_CTX, 0, bv(0))
    for f in lay.fields:
        for i in range(f.size if f.needs else 0):
            b = z3.Extract(7, 0, _next_ret(low, st, H.SETSOCKOPT_TCP_FIELDS))
            mask = CTX.byte_mask(lay, f.offset + i)
            low.region_write_bytes(st, ctx, bv(f.offset + i), [b if mask == 0xFF else b & bv(mask, 8)])
    return _finish(low, st, slot, r0)


def _sock_ops_cb_flags_set(low, st, slot, proto):
    """bpf_sock_ops_cb_flags_set(ctx, flags) as the executor runs it: spec/ctx.
    sock_ops_cb_flags_set on the ctx's is_fullsock and bpf_sock_ops_cb_flags fields (the new
    flags are a write into the ctx)."""
    if not _generic_args(low, st, slot, proto):
        return []
    arg = low.read_reg(st, slot, 2)
    lay = low.env.layout
    if isinstance(arg, Ptr) or lay.name != CTX.SOCK_OPS.name:
        raise Unsupported(f"bpf_sock_ops_cb_flags_set outside a sock_ops ctx at insn {slot}")
    ctx = Ptr(T.PTR_TO_CTX, 0, bv(0))
    full, f = lay.field("is_fullsock"), lay.field("bpf_sock_ops_cb_flags")
    r0, flags = CTX.sock_ops_cb_flags_set(
        D, low.region_read(st, ctx, bv(full.offset), full.size) != 0, arg.v,
        low.region_read(st, ctx, bv(f.offset), 4))
    low.region_write(st, ctx, bv(f.offset), 4, simp(flags))
    return _finish(low, st, slot, Scalar(simp(r0)))


def _generic_args(low, st, slot, proto) -> bool:
    """The argument checks and memory effects of `proto` (False: the path stopped)."""
    m = None
    for u in H.arg_uses(proto):
        if u.role == "ignored":
            continue
        v = low.read_reg(st, slot, u.reg, move=True)
        if v is None:
            return False
        if u.role == "map":
            if not (isinstance(v, Ptr) and v.kind == T.CONST_PTR_TO_MAP):
                low.oblige(st, slot, "helper_arg", TRUE, u.reg, type_name(v), "map_ptr")
                return False
            m = low.env.map_named(v.rid)
        elif u.role in ("ctx", "func"):
            want = T.PTR_TO_CTX if u.role == "ctx" else T.PTR_TO_FUNC
            if u.nullable and isinstance(v, Scalar) and as_int(v.v) == 0:
                continue
            if not (isinstance(v, Ptr) and v.kind == want):
                low.oblige(st, slot, "helper_arg", TRUE, u.reg, type_name(v), str(want))
                return False
            if u.role == "ctx" and not low.oblige(st, slot, "helper_arg", simp(v.off != bv(0)),
                                                  u.reg, "ctx", "ctx"):
                return False
        elif u.role == "object":
            if not (isinstance(v, Ptr) and v.kind in OBJECT_KINDS):
                raise Unsupported(f"{proto.kname} with a kernel object in R{u.reg} the engine "
                                  f"does not track at insn {slot}")
            if v.null is not None and not low.oblige(st, slot, "helper_arg", v.null, u.reg,
                                                     type_name(v) + "_or_null", u.kind):
                return False
        elif u.role in ("read", "write", "update"):
            size = _arg_size(low, st, slot, u, m)
            if size is None:
                return False
            if u.nullable and isinstance(v, Scalar):
                if as_int(v.v) == 0:
                    continue
                raise Unsupported(f"{proto.kname} with a maybe-NULL R{u.reg} at insn {slot}")
            if size == 0:
                continue
            if isinstance(v, Ptr) and v.kind in OPAQUE_KINDS:
                raise Unsupported(f"{proto.kname} with a {v.kind} R{u.reg} at insn {slot}")
            if u.role in ("read", "update"):
                if low.read_range(st, slot, u.reg, v, size) is None:
                    return False
            if u.role in ("write", "update"):
                key = written_bytes(proto.name, u.reg)
                data = [z3.Extract(7, 0, _next_ret(low, st, key)) for _ in range(size)]
                if not low.write_range(st, slot, u.reg, v, data):
                    return False
    return True


# pointers the engine tracks as kernel objects: a socket it handed out, the current task
OBJECT_KINDS = (T.PTR_TO_SOCKET, T.PTR_TO_BTF_ID)


def _arg_size(low, st, slot, u, m):
    """The byte count of a memory argument: the constant in its size register, or the map's
    key/value size, or the fixed width of an ARG_PTR_TO_LONG / _INT."""
    if isinstance(u.size, int):
        return u.size
    if u.size[0] == "map":
        return getattr(m, u.size[1])
    n = low.read_reg(st, slot, u.size[1])
    if n is None:
        return None
    c = as_int(n.v) if isinstance(n, Scalar) else None
    if c is None:
        raise Unsupported(f"helper argument R{u.size[1]} (a size) is not a constant at insn {slot}")
    c &= 0xFFFFFFFF
    if c > MAX_COPY:
        raise Unsupported(f"helper access of {c} bytes at insn {slot}")
    return c


def _tail_call(low, st, slot, m, index):
    """bpf_tail_call(ctx, prog_array, index) as the executor runs it (TC-01, the shared count
    of the interpreter): an index within max_entries counts an attempt while fewer than
    MAX_TAIL_CALL_CNT were counted, and a populated slot is taken. A taken call continues the
    path in the target, in the caller's context: R1 as the caller passed it, a fresh stack,
    the ctx / packet / map contents the caller left and the count so far (so a chain of tail
    calls ends where the kernel's does). Otherwise the call falls through."""
    slots = {i: p for i, p in m.prog_slots.items() if p in low.tail_targets and i < m.max_entries}
    if not slots:
        return _finish(low, st, slot, None)
    k = st.calls.get("tail_call", 0)
    if k >= MAX_TAIL_CALL_CNT:
        return _finish(low, st, slot, None)
    before = st.calls.get(TAIL_CALLS_BEFORE)
    # the count is k plus what a loop summary's trips attempted: at the limit, none is taken
    spent = FALSE if before is None else z3.UGE(before + k, bv(MAX_TAIL_CALL_CNT, 32))
    if isinstance(index, Ptr):
        raise Unsupported(f"tail call with a pointer index at insn {slot}")
    idx = z3.Extract(31, 0, index.v)
    out = []
    missed = simp(z3.UGE(idx, bv(m.max_entries, 32)))
    if not is_const_false(missed):
        # out of range: not counted, falls through
        s2 = st.copy()
        s2.pc = st.pc + (missed,)
        out += _finish(low, s2, slot, None)
    st.calls = dict(st.calls)
    st.calls["tail_call"] = k + 1
    if not is_const_false(missed):
        st.pc = st.pc + (simp(z3.Not(missed)),)
    for i, target in sorted(slots.items()):
        taken = simp(z3.And(idx == bv(i, 32), z3.Not(spent)))
        if is_const_false(taken):
            continue
        if len(st.frames) > 1 or st.phase > 0 or st.refs:
            raise Unsupported(f"tail call at insn {slot} from a subprogram, a callback or with "
                              f"references held")
        t = st.copy()
        t.pc = st.pc + (taken,)
        out.append(_enter_tail_call(low, t, target))
        st.pc = st.pc + (simp(z3.Not(taken)),)
    # an empty slot within range: counted, falls through
    return out + _finish(low, st, slot, None)


def _enter_tail_call(low, st, target):
    """The target's entry, as the kernel reuses the caller's frame: R1 the caller's R1, the
    other registers uninitialised, the stack empty."""
    if low.pfile.program(target).prog_type != low.prog.prog_type:
        raise Unsupported(f"tail call into {target}, a program of another type")
    regs = [UNINIT] * 11
    regs[1] = st.f.regs[1]
    regs[10] = Ptr(T.PTR_TO_STACK, 0, bv(0))
    st.frames = [Frame(regs, {}, -1, 0, 0)]
    st.prog = target
    st.slot = 0
    st.loops = {}
    low.code(target)
    return st


def kfunc(low, st, insn, slot):
    """A kfunc call as the executor runs it (Machine.call_kfunc), from its prototype in the
    loading kernel's BTF: kernel-object arguments never NULL, never released, not of another
    kind; the released reference (KF_RELEASE); a sleepable kfunc only where the program may
    sleep; the result an input (a kernel object: NULL when 0 under KF_RET_NULL, a reference of
    its own under KF_ACQUIRE, which must be released before the exit)."""
    name = insn.target or ""
    proto = kfunc_proto(name, low.pfile.kernel) if name else None
    if proto is None or not kfunc_modelled(proto):
        raise Unsupported(f"kfunc call {name or f'btf_id {insn.imm}'} at insn {slot} is not "
                          f"modelled")
    if st.lock is not None:
        low.oblige(st, slot, "call_locked", TRUE)
        return []
    if proto.flags & KF_SLEEPABLE and (not low.prog.sleepable or st.phase > 0):
        low.oblige(st, slot, "sleep_in_atomic", TRUE)
        return []
    if name in (RCU_READ_LOCK, RCU_READ_UNLOCK):
        if st.rcu == (name == RCU_READ_LOCK):
            low.oblige(st, slot, "rcu_nested" if st.rcu else "rcu_unmatched", TRUE, name)
            return []
        st.rcu = name == RCU_READ_LOCK
    elif st.rcu and proto.flags & KF_SLEEPABLE:
        low.oblige(st, slot, "sleep_in_rcu", TRUE, name, template=SLEEP_IN_RCU_KFUNC)
        return []
    if name in (OBJ_NEW, OBJ_DROP):
        return _obj_new_drop(low, st, slot, name)
    released = None
    for i, kind in enumerate(proto.params):
        if kind == "ignored":
            continue
        v = low.read_reg(st, slot, i + 1, move=True)
        if v is None:
            return []
        if kind != "object":
            continue
        held = TRUE
        if isinstance(v, Scalar):                      # a kernel pointer (tracing argument)
            bad = z3.Not(kernel_pointer(v.v))
        elif v.kind == T.PTR_TO_BTF_ID and not (isinstance(v.rid, tuple) and v.rid[0] == "skc"):
            bad = v.null if v.null is not None else FALSE
            if any(r[0] == v.rid for r in st.refs):
                held = refs.held_cond(st, v.rid)
        else:
            bad = TRUE
        if proto.flags & KF_RELEASE and released is None:
            if not (isinstance(v, Ptr) and any(r[0] == v.rid for r in st.refs)):
                bad = TRUE
            released = v.rid if isinstance(v, Ptr) else None
        if not low.oblige(st, slot, "helper_arg", simp(z3.Or(bad, z3.Not(held))), i + 1,
                          type_name(v), "trusted_ptr_"):
            return []
    if released is not None:
        st.refs = tuple(r[:3] + (FALSE,) if r[0] == released else r for r in st.refs)
    r0 = None
    key = name.removeprefix("bpf_")            # helper_returns names, as for helpers
    if proto.ret == "scalar":
        r0 = Scalar(_next_ret(low, st, key))
    elif proto.ret == "object":
        v = _next_ret(low, st, key)
        null = v == 0 if proto.flags & KF_RET_NULL else None
        if proto.flags & KF_ACQUIRE:        # the executor's KOBJ region of the BTF size
            rid = ("kobj", slot, len(st.refs), proto.ret_size or 8)
            refs.acquire(st, rid, slot, FALSE if null is None else null)
        else:
            rid = ("kobj", slot)
            nonnull = kernel_pointer(v)
            st.pc = st.pc + (nonnull if null is None else z3.Or(null, nonnull),)
        r0 = Ptr(T.PTR_TO_BTF_ID, rid, bv(0), null)
    return _finish(low, st, slot, r0)


def _obj_new_drop(low, st, slot, name):
    """bpf_obj_new_impl(local type id, meta) as the executor runs it: an object of that
    program type whose bytes are inputs, NULL when its result input is 0, else a reference of
    its own; bpf_obj_drop_impl(obj, meta) frees it (R1 a held object, at its start)."""
    if name == OBJ_DROP:
        return refs.release(low, st, slot, T.PTR_TO_ALLOC, _finish)
    tid = low.read_reg(st, slot, 1)
    if tid is None:
        return []
    c = cval(tid.v) if isinstance(tid, Scalar) else None
    if c is None:
        raise Unsupported(f"{name} with a variable type id at insn {slot}")
    size = low.pfile.local_type_sizes.get(c)
    if size is None:
        low.oblige(st, slot, "helper_arg", TRUE, template=f"bpf_obj_new type ID argument must "
                   f"be of a struct (BTF type {c} of the program)")
        return []
    data = [z3.Extract(7, 0, _next_ret(low, st, OBJ_NEW_BYTES)) for _ in range(size)]
    null = simp(_next_ret(low, st, OBJ_NEW_RESULT) == 0)
    rid = (slot, len(st.refs), size)
    refs.acquire(st, rid, slot, null)
    p = Ptr(T.PTR_TO_ALLOC, rid, bv(0), null)
    low.region_write_bytes(st, p, bv(0), data)
    return _finish(low, st, slot, p)


def _lock_target(low, st, slot):
    """R1 of bpf_spin_lock/unlock: the bpf_spin_lock word of a map value (the element)."""
    p = low.read_reg(st, slot, 1)
    if p is None:
        return None
    if not low.access_ok(st, slot, 1, p, 0, 4, True, helper=True):
        return None
    if not (isinstance(p, Ptr) and p.kind == T.PTR_TO_MAP_VALUE):
        low.oblige(st, slot, "helper_arg", TRUE, 1, type_name(p), "map_value")
        return None
    m = low.env.map_named(p.rid[0])
    lo = m.spin_lock_off if m.spin_lock_off is not None and m.spin_lock_off >= 0 else None
    bad = TRUE if lo is None else simp(p.off != bv(lo))
    if not low.oblige(st, slot, "helper_arg", bad, 1, "map_value", "spin_lock"):
        return None
    return m, st.mem.keys[p.rid], p


def _spin(low, st, slot, name):
    t = _lock_target(low, st, slot)
    if t is None:
        return []
    m, key, p = t
    if name == "spin_lock":
        # a held lock already stopped the path at call_locked
        st.lock = (m.name, key)
        word = [bv(1, 8), bv(0, 8), bv(0, 8), bv(0, 8)]
    else:
        if st.lock is None:
            low.oblige(st, slot, "unlock_none", TRUE)
            return []
        lm, lk = st.lock
        other = TRUE if lm != m.name else simp(lk != key)
        if not low.oblige(st, slot, "unlock_other", other):
            return []
        st.lock = None
        word = [bv(0, 8)] * 4
    low.region_write_bytes(st, p, p.off, word)
    return _finish(low, st, slot, None)


def _get_current_comm(low, st, slot):
    n = low.read_reg(st, slot, 2)
    if n is None:
        return []
    if isinstance(n, Ptr) or as_int(n.v) is None:
        raise Unsupported(f"get_current_comm with a variable size at insn {slot}")
    size = as_int(n.v) & 0xFFFFFFFF
    buf = low.read_reg(st, slot, 1)
    if buf is None:
        return []
    comm = b"bpfsmt"[:max(size - 1, 0)].ljust(size, b"\0")
    if size and not low.write_range(st, slot, 1, buf, [bv(b, 8) for b in comm]):
        return []
    return _finish(low, st, slot, Scalar(_next_ret(low, st, "get_current_comm")))


# helpers that copy `size` (R2) bytes from an address the program does not own (R3) into a
# buffer (R1): the kernel fills the buffer with the copied bytes, or zeros on a fault
COPY_HELPERS = {"copy_from_user", "copy_from_user_task", "probe_read", "probe_read_kernel",
                "probe_read_user", "probe_read_str", "probe_read_kernel_str",
                "probe_read_user_str"}
MAX_COPY = 4096
MAX_ERRNO = 4095


def _fresh64(low, what):
    v = z3.BitVec(f"havoc{len(low.env.fresh)}:{what}", 64)
    low.env.fresh.append(v)
    return v


def _errno_or(low, st, what, ok_val=None, ok=None):
    """A fresh result that is `ok_val` (default 0) or a negative errno (-4095..-1), as the
    kernel's helper may return; the path assumes that range. Returns (r0, succeeded)."""
    v = _fresh64(low, what)
    err = z3.And(v < 0, v >= -MAX_ERRNO)
    good = v == (bv(0) if ok_val is None else ok_val) if ok is None else ok(v)
    st.pc = st.pc + (simp(z3.Or(good, err)),)
    return v, simp(z3.Not(err))


def _copy_helper(low, st, slot, name):
    """bpf_copy_from_user(_task) / bpf_probe_read_*(dst, size, src): an OVER-approximation
    of the executor (which copies from its `user_mem` region or faults with -EFAULT): the
    destination gets `size` fresh bytes (zeros when the result is an error) and becomes
    initialised; the result is 0 (string variants: a length in [1, size]) or a negative errno.
    The obligations at the call (a writable destination of `size` bytes: stack_oob on a too
    small buffer) are exact; a counterexample that depends on the copied data may not replay
    and is then reported UNKNOWN (Lowering.approx)."""
    n = low.read_reg(st, slot, 2)
    if n is None:
        return []
    if isinstance(n, Ptr) or as_int(n.v) is None:
        raise Unsupported(f"{name} with a variable size at insn {slot}")
    size = as_int(n.v) & 0xFFFFFFFF
    if size > MAX_COPY:
        raise Unsupported(f"{name} of {size} bytes at insn {slot}")
    if low.read_reg(st, slot, 3) is None:
        return []
    dst = low.read_reg(st, slot, 1)
    if dst is None:
        return []
    low.approx.append("bpf_" + name)
    if name.endswith("_str"):
        # the executor has no model of the string copies: it returns helper_returns[name]
        # (and writes nothing), so the result is that input, in the kernel's range
        r0 = _next_ret(low, st, name)
        good = simp(z3.And(r0 >= 1, r0 <= size))
        st.pc = st.pc + (simp(z3.Or(good, z3.And(r0 < 0, r0 >= -MAX_ERRNO))),)
    else:
        r0, good = _errno_or(low, st, name)
    if size:
        data = [z3.If(good, low.env.fresh_byte(), bv(0, 8)) for _ in range(size)]
        if not low.write_range(st, slot, 1, dst, data):
            return []
    return _finish(low, st, slot, Scalar(r0))


def _output_helper(low, st, slot, name):
    """bpf_perf_event_output(ctx, map, flags, data, size) / bpf_ringbuf_output(map, data,
    size, flags): the data buffer must be readable for `size` bytes (ARG_PTR_TO_MEM |
    MEM_RDONLY); the sink changes no program-visible memory; the result is 0 or an errno."""
    dreg, sreg = (4, 5) if name == "perf_event_output" else (2, 3)
    if name == "ringbuf_output":
        mp = low.typed_arg(st, slot, 1, T.CONST_PTR_TO_MAP)
        if mp is None:
            return []
    p = low.read_reg(st, slot, dreg)
    if p is None:
        return []
    n = low.read_reg(st, slot, sreg)
    if n is None:
        return []
    if isinstance(n, Ptr) or as_int(n.v) is None:
        raise Unsupported(f"{name} with a variable size at insn {slot}")
    size = as_int(n.v) & 0xFFFFFFFF
    if size > MAX_COPY:
        raise Unsupported(f"{name} of {size} bytes at insn {slot}")
    if size and low.read_range(st, slot, dreg, p, size) is None:
        return []
    low.approx.append("bpf_" + name)
    r0, _ = _errno_or(low, st, name)
    return _finish(low, st, slot, Scalar(r0))


def _get_stackid(low, st, slot):
    """bpf_get_stackid(ctx, map, flags): R2 must be a map pointer; the result (a stack id
    or an errno) is an input, as the executor takes it from helper_returns."""
    mp = low.typed_arg(st, slot, 2, T.CONST_PTR_TO_MAP)
    if mp is None:
        return []
    low.approx.append("bpf_get_stackid")      # the executor does not read R2
    return _finish(low, st, slot, Scalar(_next_ret(low, st, "get_stackid")))


MAX_LOOP_UNROLL = 64


def _bpf_loop(low, st, slot):
    """bpf_loop(nr_loops, callback, ctx, flags) as the executor runs it: flags != 0 is
    -EINVAL, nr_loops > 1 << 23 is -E2BIG, else callback(i, ctx) for i = 0.. until it returns
    1 (result i + 1) or nr_loops calls (result nr_loops). The callback runs as a frame of its
    own; a constant nr_loops up to MAX_LOOP_UNROLL is unrolled, anything else is UNKNOWN."""
    nrv = low.read_reg(st, slot, 1)
    if nrv is None:
        return []
    fn = low.typed_arg(st, slot, 2, T.PTR_TO_FUNC)
    if fn is None:
        return []
    ctx = st.f.regs[3] if st.f.regs[3] is not None else Scalar(bv(0))
    if isinstance(ctx, Ptr) and ctx.kind in (T.STALE_PACKET, T.PTR_TO_BTF_ID):
        raise Unsupported(f"bpf_loop with a {ctx.kind} context at insn {slot}")
    fl = low.read_reg(st, slot, 4)
    if fl is None:
        return []
    if isinstance(nrv, Ptr) or isinstance(fl, Ptr):
        raise Unsupported(f"bpf_loop with a pointer count or flags at insn {slot}")
    out = []
    bad = simp(fl.v != 0)
    if not is_const_false(bad):
        s2 = st.copy()
        s2.pc = st.pc + (bad,)
        out += _finish(low, s2, slot, Scalar(bv(-EINVAL)))
        if is_const_true(bad):
            return out
        st.pc = st.pc + (simp(z3.Not(bad)),)
    nr = as_int(nrv.v)
    if nr is None or MAX_LOOP_UNROLL < nr & 0xFFFFFFFF <= BPF_MAX_LOOPS:
        return out + _bpf_loop_by_induction(low, st, slot, z3.Extract(31, 0, nrv.v), ctx, fn.rid)
    nr &= 0xFFFFFFFF
    if nr > BPF_MAX_LOOPS:
        return out + _finish(low, st, slot, Scalar(bv(-E2BIG)))
    if nr == 0:
        return out + _finish(low, st, slot, Scalar(bv(0)))
    return out + _push_callback(low, st, slot, 0, nr, ctx, fn.rid)


def _early_returns(low, st, slot, cases):
    """Each (cond, r0) in turn: where cond holds the helper returns r0 at once; `st` goes on
    with every cond false. The early outcomes, and whether `st` can go on at all."""
    out = []
    for cond, r0 in cases:
        c = simp(cond)
        if is_const_false(c):
            continue
        s2 = st.copy()
        s2.pc = st.pc + (c,)
        out += _finish(low, s2, slot, Scalar(bv(r0)))
        if is_const_true(c):
            return out, False
        st.pc = st.pc + (simp(z3.Not(c)),)
    return out, True


def _bpf_loop_by_induction(low, st, slot, nr, ctx, target):
    """bpf_loop with a count the unrolling does not reach: -E2BIG past BPF_MAX_LOOPS, 0 for
    none, else the callback checked once from an invariant (loops.callbacks)."""
    out, goes_on = _early_returns(low, st, slot, ((z3.UGT(nr, BPF_MAX_LOOPS), -E2BIG),
                                                  (nr == 0, 0)))
    if not goes_on:
        return out
    after = loops.callbacks(low, st, slot, nr, ctx, target,
                            lambda s, i: _push_callback(low, s, slot, i, None, ctx, target))
    if after is None:
        raise Unsupported(f"bpf_loop at insn {slot}: no inductive invariant for its callback")
    for s2, r0 in after:
        out += _finish(low, s2, slot, Scalar(r0))
    return out


def _for_each_map_elem(low, st, slot):
    """bpf_for_each_map_elem(map, callback, ctx, flags) as the executor runs it:
    callback(map, &key, &value, ctx) for every element until it returns 1; the result is the
    number of calls. An array's up to MAX_LOOP_UNROLL elements are unrolled, more are checked
    once from an invariant (loops.callbacks). A hash map's elements (how many, which, in what
    order) are inputs: the callback is checked once from the invariant, for any key present
    then, and the result is any count up to max_entries, 0 included."""
    mp = low.typed_arg(st, slot, 1, T.CONST_PTR_TO_MAP)
    if mp is None:
        return []
    m = low.env.map_named(mp.rid)
    fn = low.typed_arg(st, slot, 2, T.PTR_TO_FUNC)
    if fn is None:
        return []
    # a hash map's elements are walked in the order of their buckets (an array by its indices)
    hashed = m.map_type in HTAB_FAMILY & DATA_VALUE_TYPES
    if m.map_type not in ("array", "percpu_array") and not hashed:
        raise Unsupported(f"bpf_for_each_map_elem over a {m.map_type} map at insn {slot}")
    ctx = st.f.regs[3] if st.f.regs[3] is not None else Scalar(bv(0))
    if isinstance(ctx, Ptr) and ctx.kind in (T.STALE_PACKET, T.PTR_TO_BTF_ID, T.PTR_TO_MAP_KEY):
        raise Unsupported(f"bpf_for_each_map_elem with a {ctx.kind} context at insn {slot}")
    fl = low.read_reg(st, slot, 4)
    if fl is None:
        return []
    if isinstance(fl, Ptr):
        raise Unsupported(f"bpf_for_each_map_elem with pointer flags at insn {slot}")
    out = []
    bad = simp(fl.v != 0)
    if not is_const_false(bad):
        s2 = st.copy()
        s2.pc = st.pc + (bad,)
        out += _finish(low, s2, slot, Scalar(bv(-EINVAL)))
        if is_const_true(bad):
            return out
        st.pc = st.pc + (simp(z3.Not(bad)),)
    nr = m.max_entries
    if nr == 0:
        return out + _finish(low, st, slot, Scalar(bv(0)))
    if nr > MAX_LOOP_UNROLL or hashed:
        after = loops.callbacks(low, st, slot, bv(nr, 32), ctx, fn.rid,
                                lambda s, i: _push_callback(low, s, slot, i, None, ctx, fn.rid,
                                                            m.name, hashed),
                                least=0 if hashed else 1)
        if after is None:
            raise Unsupported(f"bpf_for_each_map_elem at insn {slot}: no inductive invariant "
                              f"for its callback")
        for s2, r0 in after:
            out += _finish(low, s2, slot, Scalar(r0))
        return out
    return out + _push_callback(low, st, slot, 0, nr, ctx, fn.rid, m.name)


def _kptr_xchg(low, st, slot):
    """bpf_kptr_xchg(&map_value->kptr, obj or NULL) as the executor runs it: the referenced kptr
    field takes the object (its reference moves to the map) and the object that was there comes
    back as a new reference, NULL when the field was 0; another CPU may have exchanged the
    field since this run wrote it (the input KPTR_XCHG_FIELD). The address the executor stores
    for an object is not known here: a fresh non-zero value (Lowering.approx)."""
    p = low.read_reg(st, slot, 1)
    if p is None:
        return []
    if not (isinstance(p, Ptr) and p.kind == T.PTR_TO_MAP_VALUE):
        low.oblige(st, slot, "helper_arg", TRUE, 1, type_name(p), "map_value")
        return []
    off = as_int(p.off)
    if off is None:
        raise Unsupported(f"bpf_kptr_xchg at a variable offset at insn {slot}")
    m = low.env.map_named(p.rid[0])
    kptr = any(f.offset == off and f.referenced_kptr(low.pfile.kernel) for f in m.fields)
    if not low.oblige(st, slot, "helper_arg", FALSE if kptr else TRUE,
                      template=KPTR_NOT_KPTR % off):
        return []
    old = low.read_range(st, slot, 1, p, 8)
    if old is None:
        return []
    v = low.read_reg(st, slot, 2, move=True)
    if v is None:
        return []
    if isinstance(v, Scalar) and as_int(v.v) == 0:
        new = [bv(0, 8)] * 8
    elif isinstance(v, Ptr) and v.kind == T.PTR_TO_BTF_ID and any(r[0] == v.rid for r in st.refs):
        if not low.oblige(st, slot, "helper_arg", simp(z3.Not(refs.held_cond(st, v.rid))),
                          template="R2 must be referenced when passed to release function"):
            return []
        st.refs = tuple(r[:3] + (FALSE,) if r[0] == v.rid else r for r in st.refs)
        addr = _fresh64(low, "kptr")
        st.pc = st.pc + (addr != 0,)
        low.approx.append("bpf_kptr_xchg")
        new = [z3.Extract(8 * i + 7, 8 * i, addr) for i in range(8)]
    elif isinstance(v, Scalar) and as_int(v.v) is not None:
        low.oblige(st, slot, "helper_arg", TRUE, 2, "scalar", "ptr_")
        return []
    else:
        raise Unsupported(f"bpf_kptr_xchg of an object the engine does not track at insn {slot}")
    race = _next_ret(low, st, KPTR_XCHG_FIELD)
    low.region_write_bytes(st, p, p.off, new)
    null = simp(z3.If(race == 0, fromle(old) == 0, race != KPTR_RACE_OBJECT))
    rid = ("kobj", slot, len(st.refs))
    refs.acquire(st, rid, slot, null)
    return _finish(low, st, slot, Ptr(T.PTR_TO_BTF_ID, rid, bv(0), null))


def _cpu_ptr(low, st, slot, name):
    """bpf_per_cpu_ptr(&percpu_var, cpu) / bpf_this_cpu_ptr(&percpu_var) as the executor runs
    them, with one modelled CPU (number 0): the variable's copy of that CPU, NULL for another
    cpu (per_cpu_ptr); a struct is an opaque ptr_, anything else read-only memory of its
    size."""
    p = low.typed_arg(st, slot, 1, T.PTR_TO_PERCPU)
    if p is None:
        return []
    null = None
    if name == "per_cpu_ptr":
        cpu = low.read_reg(st, slot, 2)
        if cpu is None:
            return []
        if isinstance(cpu, Ptr):
            raise Unsupported(f"bpf_per_cpu_ptr with a pointer CPU at insn {slot}")
        null = simp(z3.Extract(31, 0, cpu.v) != 0)
    if as_int(p.off) != 0:
        raise Unsupported(f"{name} of a moved per-CPU pointer at insn {slot}")
    return _finish(low, st, slot, ksym_pointer(p.rid[1], null=null))


def _find_vma(low, st, slot, proto):
    """bpf_find_vma(task, addr, callback, ctx, flags) as the executor runs it: -EINVAL for
    flags, -ENOENT when no vma holds addr (the input helper_returns["find_vma"] is 0), else
    callback(task, vma, ctx) once and 0."""
    if not _generic_args(low, st, slot, proto):
        return []
    task, fn, ctx = st.f.regs[1], st.f.regs[3], st.f.regs[4]
    if isinstance(ctx, Ptr) and ctx.kind in (T.STALE_PACKET, T.PTR_TO_BTF_ID, T.PTR_TO_MAP_KEY):
        raise Unsupported(f"bpf_find_vma with a {ctx.kind} context at insn {slot}")
    found = _next_ret(low, st, "find_vma")
    fl = st.f.regs[5]
    if isinstance(fl, Ptr):
        raise Unsupported(f"bpf_find_vma with pointer flags at insn {slot}")
    out, goes_on = _early_returns(low, st, slot, ((fl.v != 0, -EINVAL), (found == 0, -ENOENT)))
    if not goes_on:
        return out
    return out + _push_callback(low, st, slot, 0, 1, ctx, fn.rid, ("find_vma", task))


def _user_ringbuf_drain(low, st, slot, proto):
    """bpf_user_ringbuf_drain(map, callback, ctx, flags) as the executor runs it: -EINVAL for
    flags other than the wakeup ones; else callback(dynptr, ctx) for each sample user space
    left (their number an input, at most BPF_MAX_USER_RINGBUF_SAMPLES) until it returns 1;
    the result is the number of calls. Each sample is a local dynptr over memory of a size and
    contents the lowering does not know (the executor's are its inputs: Lowering.approx)."""
    if not _generic_args(low, st, slot, proto):
        return []
    fn, ctx, fl = st.f.regs[2], st.f.regs[3], st.f.regs[4]
    ctx = ctx if ctx is not None else Scalar(bv(0))
    if isinstance(ctx, Ptr) and ctx.kind in (T.STALE_PACKET, T.PTR_TO_BTF_ID, T.PTR_TO_MAP_KEY):
        raise Unsupported(f"bpf_user_ringbuf_drain with a {ctx.kind} context at insn {slot}")
    n = z3.Extract(31, 0, _next_ret(low, st, "user_ringbuf_drain"))
    nr = simp(z3.If(z3.UGT(n, BPF_MAX_USER_RINGBUF_SAMPLES), bv(BPF_MAX_USER_RINGBUF_SAMPLES, 32), n))
    low.approx.append("bpf_user_ringbuf_drain")
    out = []
    bad = simp((fl.v & bv(~BPF_RB_WAKEUP_FLAGS)) != 0)
    if not is_const_false(bad):
        s2 = st.copy()
        s2.pc = st.pc + (bad,)
        out += _finish(low, s2, slot, Scalar(bv(-EINVAL)))
        if is_const_true(bad):
            return out
        st.pc = st.pc + (simp(z3.Not(bad)),)
    layout = ("drain", slot)
    c = simp(nr == 0)
    if not is_const_false(c):
        s2 = st.copy()
        s2.pc = st.pc + (c,)
        out += _finish(low, s2, slot, Scalar(bv(0)))
        if is_const_true(c):
            return out
        st.pc = st.pc + (simp(z3.Not(c)),)
    after = loops.callbacks(low, st, slot, nr, ctx, fn.rid,
                            lambda s, i: _push_callback(low, s, slot, i, None, ctx, fn.rid, layout))
    if after is None:
        raise Unsupported(f"bpf_user_ringbuf_drain at insn {slot}: no inductive invariant for "
                          f"its callback")
    for s2, r0 in after:
        out += _finish(low, s2, slot, Scalar(r0))
    return out


def _sample_dynptr(low, slot):
    """A local dynptr over a user ring buffer sample: fresh size and bytes."""
    k = len(low.env.fresh)
    data = z3.Array(f"sample{k}", z3.BitVecSort(64), z3.BitVecSort(8))
    size = z3.BitVec(f"sample{k}:size", 32)
    low.env.fresh += [data, size]
    return Ptr(T.DYNPTR, ("dynptr", "local", T.PTR_TO_MEM, ("sample", slot, data), size), bv(0))


def _push_callback(low, st, slot, i, nr, ctx, target, map_name=None, hashed=False):
    """Enter the callback for index `i`; `hashed`: the element of a fresh key present in the
    map now (a hash map's elements are inputs)."""
    if len(st.frames) >= MAX_CALL_FRAMES:
        low.oblige(st, slot, "call_depth", TRUE, len(st.frames) + 1)
        return []
    regs = [UNINIT] * 11
    if map_name is None:                       # bpf_loop: (index, ctx)
        regs[1] = Scalar(bv(i) if isinstance(i, int) else i)
        regs[2] = ctx
    elif isinstance(map_name, tuple) and map_name[0] == "find_vma":   # (task, vma, ctx)
        regs[1] = map_name[1]
        regs[2] = Ptr(T.PTR_TO_BTF_ID, ("vma", slot), bv(0))
        regs[3] = ctx
    elif isinstance(map_name, tuple):          # bpf_user_ringbuf_drain: (dynptr, ctx)
        regs[1] = _sample_dynptr(low, slot)
        regs[2] = ctx
    else:                                      # for_each_map_elem: (map, key, value, ctx)
        m = low.env.map_named(map_name)
        rid = st.value_rid(m.name, slot)
        kb = low.env.key_bits(m)
        if hashed:
            key = z3.BitVec(f"for_each:{m.name}:{slot}:{len(low.env.fresh)}", kb)
            low.env.fresh.append(key)
            low.env.touched_keys.append((m.name, key))
            st.pc = st.pc + (_present(low.env, st, m, key),)
        else:
            key = bv(i, kb) if isinstance(i, int) else \
                z3.Extract(kb - 1, 0, i) if kb <= 64 else z3.ZeroExt(kb - 64, i)
        st.mem.keys[rid] = key
        regs[1] = Ptr(T.CONST_PTR_TO_MAP, m.name, bv(0))
        regs[2] = Ptr(T.PTR_TO_MAP_KEY, rid, bv(0))
        regs[3] = Ptr(T.PTR_TO_MAP_VALUE, rid, bv(0))
        regs[4] = ctx
    fno = len(st.frames)
    regs[10] = Ptr(T.PTR_TO_STACK, fno, bv(0))
    st.frames.append(Frame(regs, {}, slot + 1, fno, target,
                           (slot, i if isinstance(i, int) else loops.ANY_ITERATION, nr, ctx,
                            target, map_name)))
    st.slot = target
    return [st]


def loop_callback_return(low, st, slot):
    """The exit of a bpf_loop callback: 1 stops the loop (result i + 1), anything else runs
    the next iteration or ends the loop with nr_loops."""
    callee = st.frames.pop()
    call_slot, i, nr, ctx, target, map_name = callee.loop
    r0 = callee.regs[0]
    if isinstance(r0, Ptr):
        raise Unsupported(f"bpf_loop callback returning a pointer at insn {slot}")
    if i is loops.ANY_ITERATION:
        st.slot = call_slot + 1                # one iteration of a summary: back to it
        return [st]
    if isinstance(map_name, tuple) and map_name[0] == "find_vma":   # 0 once the callback ran
        return _finish(low, st, call_slot, Scalar(bv(0)))
    brk = simp(r0.v == 1)
    out = []
    if not is_const_false(brk):
        sb = st.copy() if not is_const_true(brk) else st
        if not is_const_true(brk):
            sb.pc = st.pc + (brk,)
        out += _finish(low, sb, call_slot, Scalar(bv(i + 1)))
        if is_const_true(brk):
            return out
        st.pc = st.pc + (simp(z3.Not(brk)),)
    if i + 1 < nr:
        return out + _push_callback(low, st, call_slot, i + 1, nr, ctx, target, map_name)
    return out + _finish(low, st, call_slot, Scalar(bv(nr)))


def _load_bytes_helper(low, st, slot, name):
    """bpf_skb/xdp_load_bytes(ctx, off, to, len): packet bytes into `to` as spec/packet
    decides (a failed skb load zeroes `to`, a failed xdp load leaves it)."""
    got = _pkt_bytes_args(low, st, slot, name)
    if got is None:
        return []
    o, size, flags = got
    start, out = _pkt_bytes_outcome(low, st, name, o, size, flags)
    ok = simp(out.ok)
    if size:
        dst = low.read_reg(st, slot, 3)
        if dst is None:
            return []
        base = Ptr(T.PTR_TO_PACKET, 0, bv(0))
        off = z3.ZeroExt(32, z3.Extract(31, 0, o.v))
        new = low.read_bytes(st, base, [add_off(start + off, i) for i in range(size)])
        if z3.is_true(out.clear):
            kept = [bv(0, 8)] * size
        else:       # the buffer keeps its bytes
            kept = dynptrs.old_bytes(low, st, dst, size, slot, name)
        if not low.write_range(st, slot, 3, dst, [z3.If(ok, n, k) for n, k in zip(new, kept)]):
            return []
    return _finish(low, st, slot, Scalar(fold(out.r0)))


def _pkt_bytes_args(low, st, slot, name):
    """The offset register, the constant size and (bpf_skb_store_bytes) the flags register of
    a packet byte helper call; None when an argument faults."""
    if not low.env.has_packet:
        raise Unsupported(f"{name} without a packet at insn {slot}")
    o = low.read_reg(st, slot, 2)
    if o is None:
        return None
    n = low.read_reg(st, slot, 4)
    if n is None:
        return None
    if isinstance(o, Ptr) or isinstance(n, Ptr) or as_int(n.v) is None:
        raise Unsupported(f"{name} with a pointer offset or a variable size at insn {slot}")
    flags = None
    if name == "skb_store_bytes":
        flags = low.read_reg(st, slot, 5)
        if flags is None:
            return None
        if isinstance(flags, Ptr):
            raise Unsupported(f"{name} with pointer flags at insn {slot}")
    return o, as_int(n.v) & 0xFFFFFFFF, flags


def _pkt_bytes_outcome(low, st, name, o, size, flags):
    """The packet's start and spec/packet's outcome of the call."""
    _, start, end = low.pkt_bounds(st)
    return start, packet_bytes(D, name, o.v, size, end - start,
                               None if flags is None else flags.v)


def _store_bytes_helper(low, st, slot, name):
    """bpf_skb/xdp_store_bytes(ctx, off, from, len[, flags]) as the executor runs it: `len`
    bytes of `from` (readable, initialised) replace packet bytes [off, off+len) when
    spec/packet lets the call succeed, else nothing changes. The kernel may move the packet
    (unclone / linearise), so every packet pointer the program holds becomes stale
    (clear_all_pkt_pointers): a later read of one is UNKNOWN, a spilled one at once."""
    got = _pkt_bytes_args(low, st, slot, name)
    if got is None:
        return []
    o, size, flags = got
    if size > MAX_COPY:
        raise Unsupported(f"{name} of {size} bytes at insn {slot}")
    src = low.read_reg(st, slot, 3)
    if src is None:
        return []
    data = low.read_range(st, slot, 3, src, size) if size else []
    if data is None:
        return []
    start, out = _pkt_bytes_outcome(low, st, name, o, size, flags)
    ok = simp(out.ok)
    if size:
        base = Ptr(T.PTR_TO_PACKET, 0, bv(0))
        off = start + z3.ZeroExt(32, z3.Extract(31, 0, o.v))
        old = low.read_bytes(st, base, [add_off(off, i) for i in range(size)])
        low.region_write_bytes(st, base, off, [z3.If(ok, b, a) for a, b in zip(old, data)])
    _invalidate_pkt(st)
    return _finish(low, st, slot, Scalar(fold(out.r0)))


def _invalidate_pkt(st):
    """clear_all_pkt_pointers: packet pointers in registers and spilled on the stack become
    stale (the kernel makes them unknown scalars; using one as a pointer is UNKNOWN here)."""
    stale = Ptr(T.STALE_PACKET, 0, bv(0))
    spills: dict = {}       # a slot written on some paths only stays uninitialised on the others
    for f in st.frames:
        for o2, b in list(f.stack.items()):
            if b.ptr is not None and b.ptr.kind in PACKET_TYPES:
                p = spills.get(id(b.ptr))
                if p is None:
                    p = spills[id(b.ptr)] = replace(stale, undef=b.ptr.undef)
                f.stack[o2] = SByte(b.val, b.init, p, b.i)
        for r, v in enumerate(f.regs):
            if isinstance(v, Ptr) and v.kind in PACKET_TYPES:
                f.regs[r] = stale if v.undef is None else replace(stale, undef=v.undef)


# The BPF_PROG_TEST_RUN xdp buffer (solver/concrete/exec.py) in original-data coordinates: the
# frame header ends XDP_PACKET_HEADROOM - XDP_FRAME_SIZE before data, the tail room ends at
# XDP_HARD_END - XDP_PACKET_HEADROOM.
MAX_TAIL_GROW = 512


def _s32(v):
    return z3.SignExt(32, z3.Extract(31, 0, v))


def _xdp_adjust(low, st, slot, name):
    """bpf_xdp_adjust_head/meta/tail as spec/packet.xdp_adjust moves the (meta, data, end)
    layout of the state (the executor's checks and error codes). Every packet pointer is
    invalidated either way, as the kernel's verifier does after these calls."""
    if low.prog.prog_type != "xdp" or not low.env.has_packet:
        raise Unsupported(f"{name} outside an xdp program at insn {slot}")
    d = low.read_reg(st, slot, 2)         # the executor reads only the delta
    if d is None:
        return []
    if isinstance(d, Ptr):
        raise Unsupported(f"{name} with a pointer delta at insn {slot}")
    delta = _s32(d.v)
    meta, data, end = low.pkt_bounds(st)
    k = as_int(delta)
    if name == "xdp_adjust_head" and as_int(simp(data - meta)) != 0:
        raise Unsupported(f"{name} with metadata in front of the packet at insn {slot}")
    if name == "xdp_adjust_tail":
        if k is None:
            grow = simp(delta > bv(0))
            if not is_const_false(grow):      # a variable growth: a budget event
                low.bounds.append(BoundEvent(slot, mk_and(st.pc_expr(), grow) if st.pc else grow,
                                             f"{name} growing the packet by a variable delta "
                                             f"at insn {slot}"))
                if is_const_true(grow):
                    return []
                st.pc = st.pc + (simp(z3.Not(grow)),)
        elif signed(k) > MAX_TAIL_GROW:
            raise Unsupported(f"{name} growing by {signed(k)} bytes at insn {slot}")
    out = xdp_adjust(D, name, meta, data, end, delta, bv(XDP_FRAME_SIZE - XDP_PACKET_HEADROOM),
                     bv(XDP_HARD_END - XDP_PACKET_HEADROOM))
    ok = simp(out.ok)
    if name == "xdp_adjust_tail" and k is not None and signed(k) > 0:
        # the grown tail is zeroed
        base = Ptr(T.PTR_TO_PACKET, 0, bv(0))
        old = low.read_bytes(st, base, [add_off(end, i) for i in range(signed(k))])
        low.region_write_bytes(st, base, end, [z3.If(ok, bv(0, 8), b) for b in old])
    st.mem.layout = tuple(simp(x) for x in (out.meta, out.data, out.end))
    _invalidate_pkt(st)
    return _finish(low, st, slot, Scalar(fold(out.r0)))


def _masked(v, w):
    return v if w == 64 else z3.ZeroExt(64 - w, z3.Extract(w - 1, 0, v))


def choices(e, limit: int = 8):
    """The values of a term that is a constant or an If-chain of constants (registers joined
    from paths that set different constants): [(condition, value)] covering every case, or
    None (symbolic, or more than `limit` values)."""
    c = cval(e)
    if c is not None:
        return [(TRUE, c)]
    if not z3.is_app_of(e, z3.Z3_OP_ITE):
        return None
    cond, a, b = e.children()
    ca, cb = choices(a, limit), choices(b, limit)
    if ca is None or cb is None or len(ca) + len(cb) > limit:
        return None
    return [(simp(z3.And(cond, x)), v) for x, v in ca] + \
        [(simp(z3.And(z3.Not(cond), x)), v) for x, v in cb]


def _next_ret(low, st, name):
    """The next result of helper `name` on this path: input helper_returns[name][k] for the
    k-th call (k symbolic after a join of paths that called it a different number of times)."""
    return _next_input(low, st, name, low.env.ret_var, name)


def _next_input(low, st, counter, var, name):
    """The k-th input `var(name, k)` of this path, k its count of `counter` so far."""
    k = st.calls.get(counter, 0)
    st.calls = dict(st.calls)
    if isinstance(k, int):
        st.calls[counter] = k + 1
        return var(name, k)
    st.calls[counter] = Count(k.lo + 1, k.hi + 1, k.term + 1)
    v = var(name, k.hi)
    for j in range(k.hi - 1, k.lo - 1, -1):
        v = z3.If(k.term == j, var(name, j), v)
    return v


def _finish(low, st, slot, r0):
    regs = st.f.regs
    regs[0] = r0
    for r in range(1, 6):
        regs[r] = UNINIT
    return low.advance(st, slot, slot + 1)


def _map_helper(low, st, insn, slot, proto):
    """map_lookup_elem / update / delete, reading arguments in the executor's order."""
    env = low.env
    mp = low.typed_arg(st, slot, 1, T.CONST_PTR_TO_MAP)
    if mp is None:
        return []
    m = env.map_named(mp.rid)
    if proto.name == "map_lookup_elem" and m.map_type in ("array_of_maps", "hash_of_maps",
                                                          "prog_array"):
        return _lookup_outer(low, st, slot, m)
    if m.map_type in SOCK_MAP_TYPES and proto.name != "map_update_elem":
        key = maptypes.key_from(low, st, slot, 2, m)
        if key is None:
            return []
        env.touched_keys.append((m.name, key))
        if proto.name == "map_lookup_elem":
            return maptypes.sock_lookup(low, st, slot, m, key, _OPS)
        return maptypes.sock_delete(low, st, slot, m, key, _OPS)
    if m.map_type not in ENV.LOOKUP_MAPS:
        raise Unsupported(f"{proto.kname} on a {m.map_type} map at insn {slot}")
    key = maptypes.key_from(low, st, slot, 2, m)
    if key is None:
        return []
    env.touched_keys.append((m.name, key))
    mem = st.mem
    name = proto.name
    if name != "map_update_elem":
        present = _present(env, st, m, key)
    if name in ("map_lookup_elem", "map_lookup_percpu_elem"):
        # no simplifier on the presence term: it grows with the path's updates
        null = mk_not(present)
        if name == "map_lookup_percpu_elem":      # the executor models one CPU, number 0
            cpu = low.read_reg(st, slot, 3)
            if cpu is None:
                return []
            if isinstance(cpu, Ptr):
                raise Unsupported(f"{proto.kname} with a pointer CPU at insn {slot}")
            other_cpu = simp(z3.Extract(31, 0, cpu.v) != 0)
            null = mk_not(conj(mk_not(null), mk_not(other_cpu)))
        rid = st.value_rid(m.name, slot)
        mem.keys[rid] = key
        return _finish(low, st, slot, Ptr(T.PTR_TO_MAP_VALUE, rid, bv(0), null))
    is_array = m.map_type in ENV.ARRAY_MAPS
    if name == "map_delete_elem":
        if is_array:
            return _finish(low, st, slot, Scalar(fold(_ops_int(bv(-EINVAL)))))
        if m.map_type in COUNTED_HASH_TYPES:
            count = _count(mem, m)
            mem.counts[m.name] = _pick(present, count - 1, count)
        mem.mapp = mem.mapp + ((m.name, key, FALSE, present),)
        r0 = z3.If(present, bv(0), bv(-ENOENT))
        return _finish(low, st, slot, Scalar(fold(_ops_int(r0))))
    # update
    vp = low.read_reg(st, slot, 3)
    if vp is None:
        return []
    vb = low.read_range(st, slot, 3, vp, m.value_size)
    if vb is None:
        return []
    flags = low.read_reg(st, slot, 4)
    if flags is None:
        return []
    if isinstance(flags, Ptr):
        raise Unsupported(f"map update with a pointer as flags at insn {slot}")
    if not is_array and m.map_type not in COUNTED_HASH_TYPES and low.may_fill(st, m):
        raise Unsupported(f"update of hash map {m.name} that the program may fill "
                          f"(max_entries {m.max_entries}) at insn {slot}")
    count = None if is_array else _count(mem, m)
    nomem = _next_ret(low, st, MAP_UPDATE_NOMEM) != 0 if m.preallocless_hash else None
    lru_early = _next_ret(low, st, MAP_UPDATE_LRU_EVICT) != 0 if m.map_type in LRU_TYPES else None
    if m.map_type in LRU_TYPES:
        # the node is popped before the key is looked up: the least recently used elements
        # (a shrink takes up to a batch), any keys (this one too), may be gone whatever the
        # update then does; which ones is an input. The count stays an upper bound.
        drop = _next_input(low, st, f"lru_drop:{m.name}", env.lru_drop, m.name)
        pop = lru_prealloc_pop(maptypes.FOLD, m, flags.v, count, lru_early)
        if not is_const_false(pop):
            mem.mapp = mem.mapp + ((m.name, LRU_DROP, drop, pop),)
            count = _pick(pop, count - 1, count)
    present = _present(env, st, m, key)
    # the presence and count terms grow with the path's updates: FOLD folds constants only
    out = map_update_elem(maptypes.FOLD, m, flags.v, present, count, nomem)
    r0, ok, fresh = out.r0, out.ok, out.fresh
    if not is_array:
        mem.counts[m.name] = _pick(fresh, count + 1, count)
        mem.mapp = mem.mapp + ((m.name, key, TRUE, ok),)
    special = _special_bytes(m)
    # an existing element keeps its lock/timer words (copy_map_value); a new one takes them
    mem.mapw = mem.mapw + tuple((m.name, key, bv(i), b, fresh if i in special else ok)
                                for i, b in enumerate(vb))
    return _finish(low, st, slot, Scalar(fold(_ops_int(r0))))


# If(c, a, b), folded when `c` is a constant (no simplifier on the long terms)
_pick = maptypes.FOLD.ite


def _count(mem, m):
    """The elements hash map m holds now on this path (BV32)."""
    return mem.counts.get(m.name, count0(m.name))


def _map_type_of(low, st, reg):
    """The map type of the map pointer in R`reg`, None for anything else."""
    v = st.f.regs[reg]
    if isinstance(v, Ptr) and v.kind == T.CONST_PTR_TO_MAP:
        return low.env.map_named(v.rid).map_type
    return None


def _lookup_outer(low, st, slot, m):
    """Lookup in a map-in-map: the inner map of the slot (a map pointer) or NULL. The slots are
    fixed by the program file, so the state forks once per populated slot (the only place the
    engine forks on data: the result points into a different map on each branch)."""
    kp = low.read_reg(st, slot, 2)
    if kp is None:
        return []
    kb = low.read_range(st, slot, 2, kp, m.key_size)
    if kb is None:
        return []
    k32 = fromle(kb[:4]) if len(kb) >= 4 else z3.ZeroExt(32 - 8 * len(kb), fromle(kb))
    out, none = [], []
    slots = {} if m.map_type == "prog_array" else dict(m.inner_maps)
    for idx, name in sorted(slots.items()):
        if name not in low.env.pfile.maps:
            continue
        hit = simp(k32 == bv(idx, 32))
        none.append(z3.Not(hit))
        if is_const_false(hit):
            continue
        s2 = st.copy()
        if not is_const_true(hit):
            s2.pc = st.pc + (hit,)
        out += _finish(low, s2, slot, Ptr(T.CONST_PTR_TO_MAP, name, bv(0)))
        if is_const_true(hit):
            return out
    miss = simp(z3.And(*none)) if none else TRUE
    if not is_const_false(miss):
        if not is_const_true(miss):
            st.pc = st.pc + (miss,)
        out += _finish(low, st, slot, Scalar(bv(0)))
    return out


def _ops_int(r0):
    """A `map->ops` result: an int, so under the JIT (the executor's default, like the oracle)
    only eax is set and the upper half of R0 is zero; the interpreter sign-extends."""
    if ExecInputs.jit:
        return z3.ZeroExt(32, z3.Extract(31, 0, r0))
    return r0


def _special_bytes(m) -> set:
    out = set()
    if m.spin_lock_off is not None and m.spin_lock_off >= 0:
        out |= set(range(m.spin_lock_off, m.spin_lock_off + 4))
    if m.timer_off is not None and m.timer_off >= 0:
        out |= set(range(m.timer_off, m.timer_off + 16))
    return out


def _present(env, st, m, key):
    """Is `key` in map m now: the initial presence, then the program's updates/deletes."""
    p = env.present0(m, key)
    if m.map_type in ENV.ARRAY_MAPS:
        return simp(p)
    return fold(_after_updates(st.mem.mapp, m.name, key, cval(key), p))


def _after_updates(log, name, key, ckey, p):
    """Presence `p` of `key` (`ckey` if constant) in map `name` after the updates/deletes of
    a presence log; a join (LogJoin) that names neither the map nor the key is skipped, and
    one met again with the same key and presence answers from its memo (the log is a DAG,
    shared by the later states of both joined paths)."""
    for e in log:
        if type(e) is LogJoin:
            t = e.touches()
            if name not in t or (ckey is not None and t[name] is not None and
                                  ckey not in t[name]):
                continue
            mk = (name, key.get_id(), p.get_id())
            hit = e.presence.get(mk)
            if hit is None:
                pa = _after_updates(e.a, name, key, ckey, p)
                pb = _after_updates(e.b, name, key, ckey, p)
                # the terms are kept with their ids: an id is only reused once freed
                hit = e.presence[mk] = (key, p, pa if pa.eq(pb) else mk_if(e.c, pa, pb))
            p = hit[2]
            continue
        k, val, guard = e[1], e[2], e[3]
        if e[0] != name:
            continue
        if k is loops.HAVOC:
            # a loop summary forgot which keys are present: `val` is a fresh presence array
            p = z3.Select(val, key) if is_const_true(guard) else z3.If(guard, z3.Select(val, key), p)
            continue
        if k is LRU_DROP:
            # an LRU node pop drops the keys of the array `val`: presence only lost
            p = z3.And(p, z3.Not(z3.And(guard_term(guard), z3.Select(val, key))))
            continue
        # no simplifier on the guards (long path conditions): constant keys compare in Python
        hit = conj(guard_term(guard), key_eq(k, key))
        if is_const_true(hit):
            p = val
        elif not is_const_false(hit):
            p = z3.If(hit, val, p)
    return p


def ld_abs(low, st, insn, slot):
    """BPF_LD_[ABS|IND] as gen_ld_abs rewrites it (and the executor runs it): big-endian
    packet load into R0; R1-R5 are clobbered; out of range (or no packet) the current function
    returns R0 = 0."""
    if st.lock is not None:
        low.oblige(st, slot, "ldabs_locked", TRUE)
        return []
    if st.rcu:
        low.oblige(st, slot, "ldabs_rcu", TRUE)
        return []
    size = insn.size_bytes
    if size == 8:
        low.oblige(st, slot, "bad_insn", TRUE, insn.opcode)
        return []
    off = bv(signed(insn.imm & 0xFFFFFFFF, 32))
    if insn.mode == BPF_IND:
        x = low.read_reg(st, slot, insn.src)
        if x is None:
            return []
        if isinstance(x, Ptr):
            low.oblige(st, slot, "ptr_arith", TRUE, insn.src)
            return []
        off = fold(z3.SignExt(32, z3.Extract(31, 0, x.v) + bv(insn.imm & 0xFFFFFFFF, 32)))
    regs = st.f.regs
    for r in range(1, 6):
        regs[r] = UNINIT
    if not low.env.has_packet:
        regs[0] = Scalar(bv(0))
        return low.do_exit(st, insn, slot)
    inb = simp(z3.And(off >= 0, z3.ULE(off + bv(size), low.env.pkt_len)))
    out = []
    if not is_const_true(inb):
        ex = st.copy()
        ex.pc = st.pc + (simp(z3.Not(inb)),)
        ex.f.regs[0] = Scalar(bv(0))
        out += low.do_exit(ex, insn, slot)
        if is_const_false(inb):
            return out
        st.pc = st.pc + (inb,)
    base = Ptr(T.PTR_TO_PACKET, 0, bv(0))
    bytes_ = low.read_bytes(st, base, [add_off(off, i) for i in range(size)])
    val = bytes_[0]
    for b in bytes_[1:]:
        val = z3.Concat(val, b)                 # network byte order
    val = z3.ZeroExt(64 - 8 * size, val) if size < 8 else val
    st.f.regs[0] = Scalar(fold(val))
    return out + low.advance(st, slot, slot + 1)


# the call plumbing maptypes.py builds on
_OPS = SimpleNamespace(finish=_finish, next_ret=_next_ret, present=_present, ops_int=_ops_int,
                       generic_args=_generic_args)
MAP_TYPE_HELPERS = {
    "redirect_map": lambda low, st, slot, proto, ops: maptypes.redirect_map(low, st, slot, ops),
    **dict.fromkeys(("sk_redirect_map", "sk_redirect_hash", "msg_redirect_map",
                     "msg_redirect_hash"), maptypes.sk_redirect),
    **dict.fromkeys(("sock_map_update", "sock_hash_update"), maptypes.sock_map_update),
    **dict.fromkeys(("sk_storage_get", "task_storage_get", "inode_storage_get",
                     "cgrp_storage_get"), maptypes.storage_get),
    **dict.fromkeys(("sk_storage_delete", "task_storage_delete", "inode_storage_delete",
                     "cgrp_storage_delete"), maptypes.storage_delete),
    "get_local_storage": lambda low, st, slot, proto, ops: maptypes.get_local_storage(
        low, st, slot, ops),
}
