"""Dynptrs in the symbolic engine (spec/dynptr.py), as the executor runs them.

A dynptr lives in 16 stack bytes: each holds byte i of one descriptor, a `Ptr` of kind
`RegType.DYNPTR` spilled there (the verifier's STACK_DYNPTR slots). A store over any of them
replaces that byte, so the dynptr is no longer initialised while its other bytes still count as
dynptr bytes, as in the kernel. The descriptor says what memory the dynptr covers:
rid = ("dynptr", type, target kind, target rid, size), off = where it starts in the target,
null = when it was set NULL (the reservation or the arguments failed). A ringbuf dynptr's target
is a record region (PTR_TO_BUF, rid (slot, references before, size)) whose reference is held
from the reservation, failed or not, until submit/discard. bpf_user_ringbuf_drain hands its
callback a descriptor in R1 over a sample (PTR_TO_MEM, rid ("sample", slot, bytes, size term)). A slice (bpf_dynptr_data) is a
PTR_TO_MEM of its own bounds over the target: rid = ("slice", target kind, target rid, start,
length); reads and writes go to the target's bytes (solver/symbolic/regions.py).

Sizes the verifier wants constant (the record, the slice) and sizes of the copies must be
constants here (else UNKNOWN).
"""
from __future__ import annotations

import z3

from bpfsmt.spec import dynptr as DP
from bpfsmt.spec import helpers as H
from bpfsmt.spec.errno import E2BIG, EINVAL
from bpfsmt.spec.vocab import RegType as T

from bpfsmt.solver.concrete.runtime_helpers import reserve_dynptr_full
from bpfsmt.solver.symbolic import refs
from bpfsmt.solver.symbolic.state import SByte
from bpfsmt.solver.symbolic.values import (D, FALSE, TRUE, Ptr, Scalar, Unsupported, as_int,
                                           bv, is_const_false, signed, simp, type_name)

HELPERS = frozenset({"dynptr_from_mem", "ringbuf_reserve_dynptr", "ringbuf_submit_dynptr",
                     "ringbuf_discard_dynptr", "dynptr_read", "dynptr_write", "dynptr_data"})


def target(p: Ptr, off=None) -> Ptr:
    """The memory a dynptr or slice descriptor covers, as a pointer `off` bytes in."""
    if p.kind == T.DYNPTR:
        _, _, kind, rid, _ = p.rid
        return Ptr(kind, rid, p.off if off is None else simp(p.off + off))
    _, kind, rid, start, _ = p.rid
    return Ptr(kind, rid, start if off is None else simp(start + off))


def _slot(low, st, slot, reg, arg_kind):
    """The dynptr argument in R`reg` (check_func_arg): (frame, stack offset, descriptor or
    None for an uninitialised one), or None when the path stopped."""
    v = low.read_reg(st, slot, reg)
    if v is None:
        return None
    if isinstance(v, Ptr) and v.kind == T.DYNPTR:
        # a dynptr the kernel made (bpf_user_ringbuf_drain's callback argument): the verifier
        # checks nothing of a PTR_TO_DYNPTR
        if "MEM_UNINIT" in arg_kind or "OBJ_RELEASE" in arg_kind or as_int(v.off) != 0:
            raise Unsupported(f"a kernel's dynptr initialised, released or moved at insn {slot}")
        return None, None, v
    if not (isinstance(v, Ptr) and v.kind == T.PTR_TO_STACK):
        low.oblige(st, slot, "helper_arg", TRUE, reg, type_name(v), "fp, dynptr_ptr")
        return None
    off = as_int(v.off)
    if off is None:
        raise Unsupported(f"dynptr at a variable stack offset at insn {slot}")
    off = signed(off)
    if off % 8:
        low.oblige(st, slot, "helper_arg", TRUE, template=DP.AT_OFFSET)
        return None
    f = low._frame_of(st, v)
    bytes_ = [f.stack.get(off + i) for i in range(DP.BPF_DYNPTR_SIZE)] if f is not None else []
    marks = [b.ptr for b in bytes_ if b is not None and b.ptr is not None and
             b.ptr.kind == T.DYNPTR]
    if any(p.undef is not None for p in marks):
        raise Unsupported(f"a dynptr initialised on some paths only at insn {slot}")
    if "MEM_UNINIT" in arg_kind:
        if not low.access_ok(st, slot, reg, v, 0, DP.BPF_DYNPTR_SIZE, True, helper=True):
            return None
        if marks:
            low.oblige(st, slot, "helper_arg", TRUE, template=DP.NOT_UNINIT)
            return None
        return f, off, None
    p = marks[0] if marks else None
    whole = p is not None and len(marks) == DP.BPF_DYNPTR_SIZE and all(
        b.ptr is p and b.i == i for i, b in enumerate(bytes_))
    if "OBJ_RELEASE" in arg_kind and not (whole and p.rid[1] == "ringbuf"):
        low.oblige(st, slot, "helper_arg", TRUE, template=DP.UNACQUIRED % reg)
        return None
    if not whole:
        low.oblige(st, slot, "helper_arg", TRUE, template=DP.NOT_INIT % reg)
        return None
    want = DP.dynptr_kind(arg_kind)
    if want is not None and p.rid[1] != want:
        low.oblige(st, slot, "helper_arg", TRUE, template=DP.NOT_RINGBUF % reg)
        return None
    return f, off, p


def _mark(f, off, p):
    """mark_stack_slots_dynptr: the 16 bytes hold descriptor `p`."""
    for i in range(DP.BPF_DYNPTR_SIZE):
        f.stack[off + i] = SByte(ptr=p, i=i)


def _const(low, st, slot, reg, what):
    v = low.read_reg(st, slot, reg)
    if v is None:
        return None
    c = as_int(v.v) if isinstance(v, Scalar) else None
    if c is None:
        raise Unsupported(f"{what} with a variable size in R{reg} at insn {slot}")
    return c & 0xFFFFFFFF


def _scalar(low, st, slot, reg, what):
    v = low.scalar_arg(st, slot, reg, what)
    return None if v is None else v.v


def call(low, st, slot, name, ops):
    return _CALLS[name](low, st, slot, ops)


def _from_mem(low, st, slot, ops):
    """bpf_dynptr_from_mem(data, size, flags, &dynptr): a local dynptr over a map value."""
    data = low.read_reg(st, slot, 1)
    if data is None:
        return []
    size = _const(low, st, slot, 2, "bpf_dynptr_from_mem")
    if size is None:
        return []
    if size and not low.access_ok(st, slot, 1, data, 0, size, True, helper=True):
        return []
    flags = _scalar(low, st, slot, 3, "bpf_dynptr_from_mem")
    if flags is None:
        return []
    got = _slot(low, st, slot, 4, H.ARG_DYNPTR_LOCAL_UNINIT)
    if got is None:
        return []
    if not (isinstance(data, Ptr) and data.kind == T.PTR_TO_MAP_VALUE):
        low.oblige(st, slot, "helper_arg", TRUE, template=DP.FROM_MEM_DATA % type_name(data))
        return []
    r0 = bv(-E2BIG) if size > DP.DYNPTR_MAX_SIZE else z3.If(flags != 0, bv(-EINVAL), bv(0))
    null = simp(r0 != 0)
    f, off, _ = got
    _mark(f, off, Ptr(T.DYNPTR, ("dynptr", "local", data.kind, data.rid, size), data.off,
                      None if is_const_false(null) else null))
    return ops.finish(low, st, slot, Scalar(simp(r0)))


def _reserve(low, st, slot, ops):
    """bpf_ringbuf_reserve_dynptr(ringbuf, size, flags, &dynptr): a record or a NULL dynptr,
    a reference either way."""
    mp = low.typed_arg(st, slot, 1, T.CONST_PTR_TO_MAP)
    if mp is None:
        return []
    m = low.env.map_named(mp.rid)
    size = _const(low, st, slot, 2, "bpf_ringbuf_reserve_dynptr")
    if size is None:
        return []
    flags = _scalar(low, st, slot, 3, "bpf_ringbuf_reserve_dynptr")
    if flags is None:
        return []
    got = _slot(low, st, slot, 4, H.ARG_DYNPTR_RINGBUF_UNINIT)
    if got is None:
        return []
    full = ops.next_ret(low, st, reserve_dynptr_full())
    if size > DP.DYNPTR_MAX_SIZE:
        r0 = z3.If(flags != 0, bv(-EINVAL), bv(-E2BIG))
    elif not DP.ringbuf_record_fits(size, m.max_entries):
        r0 = bv(-EINVAL)
    else:
        r0 = z3.If(z3.Or(flags != 0, full != 0), bv(-EINVAL), bv(0))
    null = simp(r0 != 0)
    rec = (slot, len(st.refs), size)
    refs.acquire(st, rec, slot, FALSE)
    f, off, _ = got
    _mark(f, off, Ptr(T.DYNPTR, ("dynptr", "ringbuf", T.PTR_TO_BUF, rec, size), bv(0),
                      None if is_const_false(null) else null))
    return ops.finish(low, st, slot, Scalar(simp(r0)))


def _release(low, st, slot, ops):
    """bpf_ringbuf_submit/discard_dynptr(&dynptr, flags): the reference and the record (and
    its slices) are gone, the slots STACK_INVALID."""
    got = _slot(low, st, slot, 1, H.ARG_DYNPTR_RINGBUF_RELEASE)
    if got is None or low.read_reg(st, slot, 2) is None:
        return []
    f, off, p = got
    rec = p.rid[3]
    st.refs = tuple(r[:3] + (FALSE,) if r[0] == rec else r for r in st.refs)
    for i in range(DP.BPF_DYNPTR_SIZE):
        f.stack.pop(off + i, None)
    return ops.finish(low, st, slot, None)


def _bad(p, off, length, flags=None):
    """(-EINVAL condition, -E2BIG condition) of an access of `length` bytes at `off`."""
    inval = p.null if p.null is not None else FALSE
    if flags is not None:
        inval = z3.Or(inval, flags != 0)
    off32 = z3.Extract(31, 0, off)
    size = p.rid[4] if not isinstance(p.rid[4], int) else bv(p.rid[4], 32)
    return inval, DP.off_len_bad(D, size, off32, bv(length, 32))


def _read(low, st, slot, ops):
    """bpf_dynptr_read(dst, len, &src, offset, flags): dst counts as written either way; its
    bytes become the source's only on success."""
    dst = low.read_reg(st, slot, 1)
    if dst is None:
        return []
    length = _const(low, st, slot, 2, "bpf_dynptr_read")
    if length is None:
        return []
    if length > 4096:
        raise Unsupported(f"bpf_dynptr_read of {length} bytes at insn {slot}")
    if length and not low.access_ok(st, slot, 1, dst, 0, length, True, helper=True):
        return []
    got = _slot(low, st, slot, 3, H.ARG_PTR_TO_DYNPTR)
    if got is None:
        return []
    off = _scalar(low, st, slot, 4, "bpf_dynptr_read")
    flags = _scalar(low, st, slot, 5, "bpf_dynptr_read") if off is not None else None
    if flags is None:
        return []
    p = got[2]
    inval, big = _bad(p, off, length, flags)
    ok = simp(z3.Not(z3.Or(inval, big)))
    if length:
        src = target(p, z3.ZeroExt(32, z3.Extract(31, 0, off)))
        new = [low.read_byte(st, src, simp(src.off + bv(i))) for i in range(length)]
        old = old_bytes(low, st, dst, length, slot)
        if not low.write_range(st, slot, 1, dst, [simp(z3.If(ok, n, o)) for n, o in zip(new, old)]):
            return []
    r0 = z3.If(inval, bv(-EINVAL), z3.If(big, bv(-E2BIG), bv(0)))
    return ops.finish(low, st, slot, Scalar(simp(r0)))


def old_bytes(low, st, p, n, slot, name="dynptr_read"):
    """What `n` bytes at `p` hold now (kept where a failed copy by helper `name` leaves
    them)."""
    if p.kind == T.PTR_TO_STACK:
        off = as_int(p.off)
        if off is None:
            raise Unsupported(f"bpf_{name} into a variable stack offset at insn {slot}")
        f = low._frame_of(st, p)
        out = []
        for i in range(n):
            b = f.stack.get(signed(off) + i)
            if b is not None and b.ptr is not None:
                raise Unsupported(f"bpf_{name} over a spilled pointer at insn {slot}")
            out.append(b.val if b is not None else bv(0, 8))
        return out
    return [low.read_byte(st, p, simp(p.off + bv(i))) for i in range(n)]


def _write(low, st, slot, ops):
    """bpf_dynptr_write(&dst, offset, src, len, flags)."""
    got = _slot(low, st, slot, 1, H.ARG_PTR_TO_DYNPTR)
    if got is None:
        return []
    off = _scalar(low, st, slot, 2, "bpf_dynptr_write")
    if off is None:
        return []
    src = low.read_reg(st, slot, 3)
    if src is None:
        return []
    length = _const(low, st, slot, 4, "bpf_dynptr_write")
    if length is None:
        return []
    if length > 4096:
        raise Unsupported(f"bpf_dynptr_write of {length} bytes at insn {slot}")
    data = low.read_range(st, slot, 3, src, length) if length else []
    if data is None:
        return []
    flags = _scalar(low, st, slot, 5, "bpf_dynptr_write")
    if flags is None:
        return []
    p = got[2]
    inval, big = _bad(p, off, length, flags)
    ok = simp(z3.Not(z3.Or(inval, big)))
    if length:
        dst = target(p, z3.ZeroExt(32, z3.Extract(31, 0, off)))
        old = [low.read_byte(st, dst, simp(dst.off + bv(i))) for i in range(length)]
        low.region_write_bytes(st, dst, dst.off, [simp(z3.If(ok, n, o))
                                                  for n, o in zip(data, old)])
    r0 = z3.If(inval, bv(-EINVAL), z3.If(big, bv(-E2BIG), bv(0)))
    return ops.finish(low, st, slot, Scalar(simp(r0)))


def _data(low, st, slot, ops):
    """bpf_dynptr_data(&ptr, offset, len): a slice of `len` bytes, NULL for a NULL dynptr or
    out of bounds."""
    got = _slot(low, st, slot, 1, H.ARG_PTR_TO_DYNPTR)
    if got is None:
        return []
    off = _scalar(low, st, slot, 2, "bpf_dynptr_data")
    if off is None:
        return []
    length = _const(low, st, slot, 3, "bpf_dynptr_data")
    if length is None:
        return []
    p = got[2]
    inval, big = _bad(p, off, length)
    null = simp(z3.Or(inval, big))
    t = target(p, z3.ZeroExt(32, z3.Extract(31, 0, off)))
    sl = Ptr(T.PTR_TO_MEM, ("slice", t.kind, t.rid, t.off, length), bv(0),
             None if is_const_false(null) else null)
    return ops.finish(low, st, slot, sl)


_CALLS = {"dynptr_from_mem": _from_mem, "ringbuf_reserve_dynptr": _reserve,
          "ringbuf_submit_dynptr": _release, "ringbuf_discard_dynptr": _release,
          "dynptr_read": _read, "dynptr_write": _write, "dynptr_data": _data}
