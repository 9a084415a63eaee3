"""Acquired references in the symbolic engine: bpf_ringbuf_reserve / submit / discard,
bpf_sk_lookup_* / bpf_sk_release, the socket casts, bpf_obj_drop of a bpf_obj_new object, and
the leak of a reference at exit as a safety obligation (ref_leak), as the executor runs them.

A record is a region of its own (`PTR_TO_BUF`, rid = (reserve slot, references taken before on the path,
size)) whose bytes start as zeros (the executor's fresh record) and are then a write log. It is
NULL when the flags or the size are bad or the ring is full (the input
helper_returns["ringbuf_reserve:full"]); a released record's pointer may still be moved, but any
access through it is bad_mem, as the executor sees a released region.
"""
from __future__ import annotations

import z3

from bpfsmt.spec.helpers import SKC_CASTS, SOCK_CAST_HELPERS
from bpfsmt.spec.vocab import RegType as T

from bpfsmt.solver.symbolic.values import FALSE, Ptr, Scalar, Unsupported, as_int, bv, simp

FULL = "ringbuf_reserve:full"


def reserve(low, st, slot, next_ret, finish):
    mp = low.typed_arg(st, slot, 1, T.CONST_PTR_TO_MAP)
    if mp is None:
        return []
    m = low.env.map_named(mp.rid)
    size, flags = low.read_reg(st, slot, 2), low.read_reg(st, slot, 3)
    if size is None or flags is None:
        return []
    if isinstance(size, Ptr) or isinstance(flags, Ptr) or as_int(size.v) is None:
        raise Unsupported(f"bpf_ringbuf_reserve with a variable size at insn {slot}")
    n = as_int(size.v)
    full = next_ret(low, st, FULL)
    null = simp(z3.Or(flags.v != 0, full != 0, z3.BoolVal(n == 0 or n > m.max_entries)))
    rid = (slot, len(st.refs), n)
    acquire(st, rid, slot, null)
    return finish(low, st, slot, Ptr(T.PTR_TO_BUF, rid, bv(0), null))


def sk_lookup(low, st, slot, name, next_ret, finish):
    """bpf_sk_lookup_tcp/udp, bpf_skc_lookup_tcp after their argument checks: a referenced
    socket when the input helper_returns[name] is non-zero and flags (R5) are 0, else NULL.
    Its fields (struct bpf_sock) are not modelled: reading one is UNKNOWN."""
    flags = low.read_reg(st, slot, 5)
    if flags is None:
        return []
    if isinstance(flags, Ptr):
        raise Unsupported(f"{name} with pointer flags at insn {slot}")
    null = simp(z3.Or(next_ret(low, st, name) == 0, flags.v != 0))
    rid = ("sock", slot, len(st.refs))
    acquire(st, rid, slot, null)
    return finish(low, st, slot, Ptr(T.PTR_TO_SOCKET, rid, bv(0), null))


def sock_cast(low, st, slot, proto, generic_args, next_ret, finish):
    """bpf_sk_fullsock / bpf_tcp_sock / bpf_skc_to_* (the argument's socket, keeping its
    reference) and bpf_get_listener_sock / bpf_sock_from_file (another socket, unreferenced),
    NULL unless the input helper_returns[name] is non-zero, as the executor runs them."""
    p = low.read_reg(st, slot, 1)
    if isinstance(p, Scalar) and low.env.kernel_pointers and proto.name in SOCK_CAST_HELPERS:
        # a kernel pointer the verifier typed (a tracing argument, a probe read; its loads are
        # BPF_PROBE_MEM), NULL or not: the helper checks for NULL, as the executor runs it
        return finish(low, st, slot, Scalar(simp(z3.If(next_ret(low, st, proto.name) == 0,
                                                      bv(0), p.v))))
    if not generic_args(low, st, slot, proto):
        return []
    null = simp(next_ret(low, st, proto.name) == 0)
    if proto.name in SOCK_CAST_HELPERS:
        p = low.read_reg(st, slot, 1)
        sock = socket_of(p.rid)
        rid = (TCP_VIEW, sock) if proto.name == "tcp_sock" else \
            (BTF_VIEW, sock) if proto.name in SKC_CASTS else sock
        return finish(low, st, slot, Ptr(p.kind, rid, p.off, null))
    return finish(low, st, slot, Ptr(T.PTR_TO_SOCKET, ("sock", slot, "unreferenced"), bv(0), null))


# a socket seen through bpf_tcp_sock (struct bpf_tcp_sock) or bpf_skc_to_* (a BTF pointer, read
# by probe loads only): rid (view, the socket's rid); the reference is the socket's
TCP_VIEW, BTF_VIEW = "tcp_sock view", "btf view"


def socket_of(rid):
    """The socket a socket pointer's rid names (itself, or the socket behind a view)."""
    return rid[1] if isinstance(rid, tuple) and rid and rid[0] in (TCP_VIEW, BTF_VIEW) else rid


def acquire(st, rid, slot, null):
    """A new reference (held unless the pointer is NULL), numbered as the executor does."""
    k = st.calls.get("acquire", 0) + 1
    st.calls = dict(st.calls)
    st.calls["acquire"] = k
    st.refs = st.refs + ((rid, k, slot, simp(z3.Not(null))),)


def release(low, st, slot, kind, finish):
    """bpf_ringbuf_submit / discard(record, flags), bpf_sk_release(sock): R1 must be the start
    of a held reference of register type `kind`."""
    p = low.typed_arg(st, slot, 1, kind)
    if p is None:
        return []
    rid = socket_of(p.rid)
    held = held_cond(st, rid)
    null = p.null if p.null is not None else FALSE
    if not low.oblige(st, slot, "helper_arg", simp(z3.Or(null, p.off != 0, z3.Not(held))), 1,
                      str(kind), str(kind)):
        return []
    if kind == T.PTR_TO_BUF and low.read_reg(st, slot, 2) is None:
        return []
    st.refs = tuple(r[:3] + (FALSE,) if r[0] == rid else r for r in st.refs)
    return finish(low, st, slot, None if kind in (T.PTR_TO_BUF, T.PTR_TO_ALLOC) else Scalar(bv(0)))


def held_cond(st, rid):
    for r in st.refs:
        if r[0] == rid:
            return r[3]
    return FALSE


def leaks(low, st, slot) -> bool:
    """At the exit of frame 0: every reference still held is a leak (checked in allocation
    order, as the executor reports the first). False = the path stops here."""
    for rid, k, alloc, held in st.refs:
        if not low.oblige(st, slot, "ref_leak", held, k, alloc):
            return False
    st.refs = ()
    return True
