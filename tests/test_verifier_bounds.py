"""Soundness of the scalar domain the verifier model uses (kernel tnum + bounds arithmetic):
for concrete values inside the abstract inputs, the concrete result lies inside the abstract
output. A copy of the kernel's arithmetic that lost soundness would make `verify` accept
programs 6.1 rejects."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from bpfsmt.solver.verifier.bounds import (Bounds, mark_known, mark_unknown, adjust_scalar,
                                           tnum_in, tnum_const, tnum_range, reg_set_min_max,
                                           is_branch_taken_scalar, reg_bounds_sync, U64, U32,
                                           s64, s32, u32)

MASK = U64
OPS = ["add", "sub", "mul", "and", "or", "xor", "lsh", "rsh", "arsh"]


def _concrete(op, a, b, alu32):
    w = 32 if alu32 else 64
    m = (1 << w) - 1
    a &= m
    b &= m
    if op == "add": r = a + b
    elif op == "sub": r = a - b
    elif op == "mul": r = a * b
    elif op == "and": r = a & b
    elif op == "or": r = a | b
    elif op == "xor": r = a ^ b
    elif op == "lsh": r = a << b
    elif op == "rsh": r = a >> b
    else:
        sa = a - (1 << w) if a >> (w - 1) else a
        r = sa >> b
    return r & m


def _contains(b: Bounds, v: int) -> bool:
    return (tnum_in(b.var_off, tnum_const(v)) and b.umin <= v <= b.umax and b.smin <= s64(v) <= b.smax
            and b.u32min <= u32(v) <= b.u32max and b.s32min <= s32(v) <= b.s32max)


def _abstract(lo, hi):
    """An unknown scalar refined to [lo, hi] the way a branch would."""
    b = Bounds()
    mark_unknown(b)
    b.umin, b.umax = lo, hi
    reg_bounds_sync(b)
    return b


vals = st.integers(0, MASK)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(OPS), vals, vals, vals, st.integers(0, 63), st.booleans(), st.booleans())
def test_alu_sound(op, x, lo_off, width, shift, alu32, const_src):
    lo = x
    hi = min(MASK, x + (width % 4096))
    d = _abstract(lo, hi)
    if op in ("lsh", "rsh", "arsh") or const_src:
        sval = shift % (32 if alu32 else 64) if op in ("lsh", "rsh", "arsh") else lo_off
        s = Bounds()
        mark_known(s, sval)
        svals = [sval]
    else:
        slo = lo_off
        shi = min(MASK, lo_off + 7)
        s = _abstract(slo, shi)
        svals = [slo, shi]
    samples = {lo, hi, (lo + hi) // 2}
    out = d.copy()
    if not adjust_scalar(out, s.copy(), op, alu32):
        return   # the model marks the register unknown: trivially sound
    for a in samples:
        for b in svals:
            assert _contains(out, _concrete(op, a, b, alu32)), (op, a, b, alu32, out)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["jeq", "jne", "jgt", "jge", "jlt", "jle", "jsgt", "jsge", "jslt", "jsle",
                        "jset"]), vals, st.integers(0, 300), vals, st.booleans())
def test_branch_refinement_sound(op, lo, width, k, jmp32):
    hi = min(MASK, lo + width)
    b = _abstract(lo, hi)
    t, f = b.copy(), b.copy()
    reg_set_min_max(t, f, k, k & U32, op, jmp32)
    pred = is_branch_taken_scalar(b, k, op, jmp32)
    for v in {lo, hi, (lo + hi) // 2, k if lo <= k <= hi else lo}:
        a, c = (v & U32, k & U32) if jmp32 else (v, k)
        sa, sc = (s32(a), s32(c)) if jmp32 else (s64(a), s64(c))
        taken = {"jeq": a == c, "jne": a != c, "jgt": a > c, "jge": a >= c, "jlt": a < c,
                 "jle": a <= c, "jsgt": sa > sc, "jsge": sa >= sc, "jslt": sa < sc,
                 "jsle": sa <= sc, "jset": bool(a & c)}[op]
        if pred != -1:
            assert taken == bool(pred)
        assert _contains(t if taken else f, v), (op, v, k, jmp32)
