"""Map types beyond arrays and hashes in the symbolic engine, as the executor runs them
(solver/concrete/runtime_helpers.py): XDP redirect maps, socket maps, local storage, cgroup
storage and the bloom filter.

Every element lives in the same inputs as a hash map's (`present:<map>`, `map:<map>`), so a
counterexample's map contents come back through Inputs.to_exec_inputs unchanged:
- devmap / devmap_hash / cpumap / xskmap: presence of the index decides bpf_redirect_map
  (__bpf_xdp_redirect_map's fallback action in the flags' low bits); a lookup is the element,
  read-only (the kernel forces BPF_F_RDONLY_PROG, an xdp_sock is read-only too).
- sockmap / sockhash: presence decides sk/msg_redirect_*; a lookup hands out a referenced socket
  (is_acquire_function) that bpf_sk_release must release; whether a present socket may be a
  redirect target or added from sock_ops is an input (`<helper>:refused` / `:unsuitable`).
- sk / task / inode / cgrp storage: the element of one owner object, keyed (8 bytes) by the
  owner's identity: a socket the program was handed by the number of that reference, the
  current task by the executor's fixed address for it, an object the (tracing) context points
  to by its address. Creating one may fail (`<helper>:nomem`).
- cgroup storage: one element per map under the all-zero key, present from the start.
- bloom filter: the value is the key; "present" means a peek finds it (pushed by the program,
  or by user space / a false positive: the initial presence input).
- queue / stack: elements by position, user space's first (the input `queued`), then pushes.

Each function takes `ops` (the call plumbing of solver/symbolic/helpers.py: finish, next_ret,
present, ops_int, generic_args) so that this module does not import its caller.
"""
from __future__ import annotations

import z3

from bpfsmt.spec import helpers as H
from bpfsmt.spec import isa
from bpfsmt.spec import maps as MAPS
from bpfsmt.spec.errno import EINVAL, ENOENT
from bpfsmt.spec.maps import (BPF_F_BROADCAST, BPF_F_INGRESS, BPF_LOCAL_STORAGE_GET_F_CREATE,
                              REDIRECT_FLAG_MASK, SK_DROP, SK_PASS, STORAGE_OWNER, XDP_ABORTED,
                              XDP_ACTION_MASK, XDP_REDIRECT)
from bpfsmt.spec.vocab import RegType as T

from bpfsmt.solver.concrete.runtime_helpers import (CTX_SOCKET, CURRENT_TASK, LOCAL_STORAGE_FLAGS,
                                                     redirect_refused, sock_unsuitable,
                                                     storage_nomem)
from bpfsmt.solver.symbolic import dynptrs, refs
from bpfsmt.solver.symbolic.env import CTX_SOCKET_RID
from bpfsmt.solver.symbolic.state import conj
from bpfsmt.solver.symbolic.values import (FALSE, TRUE, D, Ptr, Scalar, Unsupported, as_int, bv,
                                           fold, fromle, is_const_false, is_const_true, ite,
                                           mk_not, queued, simp, type_name)


class FoldingDomain(isa.Z3Domain):
    """The Z3 domain of spec/isa for the map rules of spec/maps: constants fold (flags are
    usually constants, so their checks vanish), but the presence and count terms, which grow
    with the path's updates, never meet the simplifier."""

    def const(self, v, w=64): return bv(v, w)
    def and_(self, a, b, w): return fold(a & b)
    def eq(self, a, b): return fold(a == b)
    def ne(self, a, b): return fold(a != b)
    def uge(self, a, b): return fold(z3.UGE(a, b))
    def band(self, *cs): return conj(*cs)
    def bor(self, *cs): return mk_not(conj(*(mk_not(c) for c in cs)))
    def bnot(self, c): return mk_not(c)

    def ite(self, c, a, b):
        return a if is_const_true(c) else b if is_const_false(c) else ite(c, a, b)


FOLD = FoldingDomain()


def _index_key(low, m, v):
    """A u32 index argument as the map's key term."""
    k32 = z3.Extract(31, 0, v)
    bits = low.env.key_bits(m)
    return k32 if bits == 32 else z3.ZeroExt(bits - 32, k32) if bits > 32 else \
        z3.Extract(bits - 1, 0, k32)


def key_from(low, st, slot, reg, m, size=None):
    """The key bytes R`reg` points to (ARG_PTR_TO_MAP_KEY; `size` bytes, default the map's
    key size), as a term."""
    kp = low.read_reg(st, slot, reg)
    if kp is None:
        return None
    kb = low.read_range(st, slot, reg, kp, m.key_size if size is None else size)
    if kb is None:
        return None
    return fromle(kb) if len(kb) > 1 else kb[0]


def _map_in(low, st, slot, reg=1):
    """The map R`reg` must point to (ARG_CONST_MAP_PTR), None when the path stopped."""
    mp = low.typed_arg(st, slot, reg, T.CONST_PTR_TO_MAP)
    return None if mp is None else low.env.map_named(mp.rid)


def redirect_map(low, st, slot, ops):
    """bpf_redirect_map(map, index, flags): XDP_ABORTED for flags outside the action bits and
    the map type's own flags; the flags' action when the index has no target (unless
    BPF_F_BROADCAST); else XDP_REDIRECT."""
    m = _map_in(low, st, slot)
    if m is None:
        return []
    idx = low.scalar_arg(st, slot, 2, "bpf_redirect_map")
    if idx is None:
        return []
    flags = low.scalar_arg(st, slot, 3, "bpf_redirect_map")
    if flags is None:
        return []
    key = _index_key(low, m, idx.v)
    low.env.touched_keys.append((m.name, key))
    present = ops.present(low.env, st, m, key)
    f = flags.v
    bad = (f & bv(~(XDP_ACTION_MASK | REDIRECT_FLAG_MASK[m.map_type]))) != 0
    miss = z3.And(z3.Not(present), (f & bv(BPF_F_BROADCAST)) == 0)
    r0 = z3.If(bad, bv(XDP_ABORTED), z3.If(miss, f & bv(XDP_ACTION_MASK), bv(XDP_REDIRECT)))
    return ops.finish(low, st, slot, Scalar(fold(r0)))


def sk_redirect(low, st, slot, proto, ops):
    """bpf_sk/msg_redirect_map(ctx, map, u32 key, flags) / _hash(ctx, map, &key, flags): SK_PASS
    when the flags are at most BPF_F_INGRESS and the key holds a socket that may be redirected
    to (input), else SK_DROP."""
    if not ops.generic_args(low, st, slot, proto):
        return []
    m = low.env.map_named(low.read_reg(st, slot, 2).rid)
    if proto.name.endswith("_hash"):
        key = key_from(low, st, slot, 3, m)
        if key is None:
            return []
    else:
        key = _index_key(low, m, low.scalar_arg(st, slot, 3, proto.kname).v)
    flags = low.scalar_arg(st, slot, 4, proto.kname)
    refused = ops.next_ret(low, st, redirect_refused(proto.name))
    low.env.touched_keys.append((m.name, key))
    present = ops.present(low.env, st, m, key)
    ok = z3.And((flags.v & bv(~BPF_F_INGRESS)) == 0, present, refused == 0)
    return ops.finish(low, st, slot, Scalar(fold(z3.If(ok, bv(SK_PASS), bv(SK_DROP)))))


def sock_map_update(low, st, slot, proto, ops):
    """bpf_sock_map_update / bpf_sock_hash_update(sock_ops ctx, map, &key, flags), as the
    executor's _sock_map_update: the socket of the ctx becomes the key's element."""
    if not ops.generic_args(low, st, slot, proto):
        return []
    m = low.env.map_named(low.read_reg(st, slot, 2).rid)
    key = key_from(low, st, slot, 3, m)
    if key is None:
        return []
    f = low.scalar_arg(st, slot, 4, proto.kname).v
    if proto.name == "sock_hash_update" and low.may_fill(st, m):
        raise Unsupported(f"update of socket hash {m.name} that the program may fill "
                          f"(max_entries {m.max_entries}) at insn {slot}")
    unsuitable = ops.next_ret(low, st, sock_unsuitable(proto.name))
    low.env.touched_keys.append((m.name, key))
    present = ops.present(low.env, st, m, key)
    past = z3.UGE(z3.Extract(31, 0, key) if key.size() >= 32 else z3.ZeroExt(32 - key.size(), key),
                  bv(m.max_entries, 32)) if proto.name == "sock_map_update" else FALSE
    # a sockhash the program may fill is refused above: never full here
    out = MAPS.sock_map_update(D, m.map_type, f, present, past, FALSE, unsuitable != 0)
    r0, ok = out.r0, simp(out.ok)
    st.mem.mapp = st.mem.mapp + ((m.name, key, TRUE, ok),)
    return ops.finish(low, st, slot, Scalar(fold(r0)))


def sock_lookup(low, st, slot, m, key, ops):
    """map_lookup_elem on a sockmap/sockhash: a socket the program holds a reference to, or
    NULL when the key has none."""
    present = ops.present(low.env, st, m, key)
    null = simp(z3.Not(present))
    rid = ("sock", slot, len(st.refs))
    refs.acquire(st, rid, slot, null)
    return ops.finish(low, st, slot, Ptr(T.PTR_TO_SOCKET, rid, bv(0), null))


def sock_delete(low, st, slot, m, key, ops):
    """map_delete_elem on a socket map: a missing socket is -EINVAL in a sockmap
    (__sock_map_delete), -ENOENT in a sockhash."""
    present = ops.present(low.env, st, m, key)
    st.mem.mapp = st.mem.mapp + ((m.name, key, FALSE, present),)
    miss = -EINVAL if m.map_type == "sockmap" else -ENOENT
    return ops.finish(low, st, slot, Scalar(fold(ops.ops_int(z3.If(present, bv(0), bv(miss))))))


KERNEL_HALF = 0xFFFF_8000_0000_0000      # where x86-64 kernel objects live
NULL_OWNER = "null"       # a NULL owner a prototype allows: get returns NULL, delete -EINVAL


def _owner_key(low, st, slot, m, name):
    """The storage key of the owner object in R2 (see the module docstring)."""
    p = low.read_reg(st, slot, 2, move=True)
    if p is None:
        return None
    if isinstance(p, Scalar) and as_int(p.v) == 0 and H.arg_uses(H.helper(name))[1].nullable:
        return NULL_OWNER
    want = STORAGE_OWNER[m.map_type]
    if want == "sock" and isinstance(p, Ptr) and p.kind == T.PTR_TO_SOCKET:
        if p.null is not None and not low.oblige(st, slot, "helper_arg", p.null, 2,
                                                 "sock_or_null", "sock"):
            return None
        if as_int(p.off) != 0:
            raise Unsupported(f"{name} with a moved socket pointer at insn {slot}")
        sock = refs.socket_of(p.rid)
        k = CTX_SOCKET if sock == CTX_SOCKET_RID else \
            next((n for rid, n, _, _ in st.refs if rid == sock), None)
        if not isinstance(k, int):
            raise Unsupported(f"{name} on a socket of unknown origin at insn {slot}")
        return bv(k)
    if want == "task" and isinstance(p, Ptr) and p.kind == T.PTR_TO_BTF_ID and p.rid == 0:
        return bv(CURRENT_TASK)
    if isinstance(p, Scalar) and low.env.kernel_pointers:
        # an object the context points to, named by its address: a trusted kernel pointer
        st.pc = st.pc + (simp(z3.UGE(p.v, bv(KERNEL_HALF))),)
        return p.v
    if isinstance(p, Scalar) or (isinstance(p, Ptr) and p.kind not in (T.PTR_TO_SOCKET,
                                                                        T.PTR_TO_BTF_ID)):
        low.oblige(st, slot, "helper_arg", TRUE, 2, type_name(p), want)
        return None
    raise Unsupported(f"{name} on a {want} the engine cannot name at insn {slot}")


def storage_get(low, st, slot, proto, ops):
    """bpf_*_storage_get(map, owner, init or NULL, flags): NULL for flags other than
    F_CREATE; the owner's element; else with F_CREATE a new one holding the init value (zeros
    for NULL) unless the allocation fails (input)."""
    m = _map_in(low, st, slot)
    if m is None:
        return []
    key = _owner_key(low, st, slot, m, proto.kname)
    if key is None:
        return []
    init = low.read_reg(st, slot, 3)
    if init is None:
        return []
    if isinstance(init, Scalar) and as_int(init.v) == 0:
        data = [bv(0, 8)] * m.value_size
    elif isinstance(init, Ptr):
        data = low.read_range(st, slot, 3, init, m.value_size)
        if data is None:
            return []
    else:
        raise Unsupported(f"{proto.kname} with a scalar init value at insn {slot}")
    f = low.scalar_arg(st, slot, 4, proto.kname)
    if f is None:
        return []
    nomem = ops.next_ret(low, st, storage_nomem(proto.name))
    if key is NULL_OWNER:
        return ops.finish(low, st, slot, Scalar(bv(0)))
    low.env.touched_keys.append((m.name, key))
    present = ops.present(low.env, st, m, key)
    flags_ok = (f.v & bv(~BPF_LOCAL_STORAGE_GET_F_CREATE)) == 0
    create = simp(z3.And(flags_ok, z3.Not(present), (f.v & bv(1)) != 0, nomem == 0))
    mem = st.mem
    mem.mapp = mem.mapp + ((m.name, key, TRUE, create),)
    mem.mapw = mem.mapw + tuple((m.name, key, bv(i), b, create) for i, b in enumerate(data))
    rid = st.value_rid(m.name, slot)
    mem.keys[rid] = key
    null = simp(z3.Not(z3.And(flags_ok, z3.Or(present, create))))
    return ops.finish(low, st, slot, Ptr(T.PTR_TO_MAP_VALUE, rid, bv(0), null))


def storage_delete(low, st, slot, proto, ops):
    """bpf_*_storage_delete(map, owner): 0, or -ENOENT when the owner has no element."""
    m = _map_in(low, st, slot)
    if m is None:
        return []
    key = _owner_key(low, st, slot, m, proto.kname)
    if key is None:
        return []
    if key is NULL_OWNER:
        return ops.finish(low, st, slot, Scalar(bv(-EINVAL)))
    low.env.touched_keys.append((m.name, key))
    present = ops.present(low.env, st, m, key)
    st.mem.mapp = st.mem.mapp + ((m.name, key, FALSE, present),)
    return ops.finish(low, st, slot, Scalar(fold(z3.If(present, bv(0), bv(-ENOENT)))))


def get_local_storage(low, st, slot, ops):
    """bpf_get_local_storage(map, flags): the cgroup's element (never NULL)."""
    m = _map_in(low, st, slot)
    if m is None:
        return []
    flags = low.scalar_arg(st, slot, 2, "bpf_get_local_storage")
    if flags is None or not low.oblige(st, slot, "helper_arg", simp(flags.v != 0),
                                       template=LOCAL_STORAGE_FLAGS):
        return []
    key = bv(0, low.env.key_bits(m))
    low.env.touched_keys.append((m.name, key))
    rid = st.value_rid(m.name, slot)
    st.mem.keys[rid] = key
    return ops.finish(low, st, slot, Ptr(T.PTR_TO_MAP_VALUE, rid, bv(0)))


def bloom(low, st, slot, name, ops):
    """map_push_elem / map_peek_elem on a bloom filter: push (flags must be BPF_ANY) makes the
    value found; peek reads the value (0 found, -ENOENT not)."""
    m = _map_in(low, st, slot)
    if m is None:
        return []
    key = key_from(low, st, slot, 2, m, m.value_size)
    if key is None:
        return []
    low.env.touched_keys.append((m.name, key))
    if name == "map_peek_elem":
        present = ops.present(low.env, st, m, key)
        return ops.finish(low, st, slot,
                          Scalar(fold(ops.ops_int(z3.If(present, bv(0), bv(-ENOENT))))))
    f = low.scalar_arg(st, slot, 3, "bpf_map_push_elem")
    if f is None:
        return []
    ok = simp(f.v == 0)
    st.mem.mapp = st.mem.mapp + ((m.name, key, TRUE, ok),)
    return ops.finish(low, st, slot, Scalar(fold(ops.ops_int(z3.If(ok, bv(0), bv(-EINVAL))))))


def queue(low, st, slot, name, ops):
    """map_push_elem / map_pop_elem / map_peek_elem on a queue or stack map, as
    queue_stack_maps.c runs them: the elements are positions head..tail-1 of the map's input
    array (user space left `queued` of them, head 0), pushes write at tail; push: flags other
    than BPF_EXIST -EINVAL, a full map -E2BIG unless BPF_EXIST drops the oldest; pop / peek:
    -ENOENT when empty (the value's room counts as written either way), else the oldest
    (queue) or newest (stack) element, which pop removes."""
    m = _map_in(low, st, slot)
    if m is None:
        return []
    mem = st.mem
    head, tail = mem.queues.get(m.name, (bv(0, 32), queued(m.name)))
    low.env.touched_keys.append((m.name, head))
    if name == "map_push_elem":
        vp = low.read_reg(st, slot, 2)
        if vp is None:
            return []
        vb = low.read_range(st, slot, 2, vp, m.value_size)
        if vb is None:
            return []
        f = low.scalar_arg(st, slot, 3, "bpf_map_push_elem")
        if f is None:
            return []
        out = MAPS.queue_push(D, f.v, z3.UGE(tail - head, bv(m.max_entries, 32)))
        ok, r0 = simp(out.ok), out.r0
        mem.mapw = mem.mapw + tuple((m.name, tail, bv(i), b, ok) for i, b in enumerate(vb))
        mem.queues[m.name] = (simp(z3.If(out.evict, head + 1, head)),
                              simp(z3.If(ok, tail + 1, tail)))
        return ops.finish(low, st, slot, Scalar(fold(ops.ops_int(r0))))
    dst = low.read_reg(st, slot, 2)
    if dst is None:
        return []
    if not low.access_ok(st, slot, 2, dst, 0, m.value_size, True, helper=True):
        return []
    empty = simp(head == tail)
    pos = head if m.map_type == "queue" else simp(tail - 1)
    rid = (m.name, slot, "queue")
    mem.keys[rid] = pos
    elem = Ptr(T.PTR_TO_MAP_VALUE, rid, bv(0))
    val = low.read_bytes(st, elem, [bv(i) for i in range(m.value_size)])
    del mem.keys[rid]
    old = dynptrs.old_bytes(low, st, dst, m.value_size, slot)
    if not low.write_range(st, slot, 2, dst, [simp(z3.If(empty, o, v))
                                             for o, v in zip(old, val)]):
        return []
    if name == "map_pop_elem":
        mem.queues[m.name] = (simp(z3.If(empty, head, head + 1)), tail) \
            if m.map_type == "queue" else (head, simp(z3.If(empty, tail, tail - 1)))
    return ops.finish(low, st, slot, Scalar(fold(ops.ops_int(z3.If(empty, bv(-ENOENT), bv(0))))))
