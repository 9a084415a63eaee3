"""tnum_mul proved sound by induction over its rounds (`bpfsmt prove range`).

Why not one query: unrolled, the 64 rounds of tnum_add against a 64-bit multiplier do not finish
in Z3. So the proof follows the loop. For members x of a and y of b, and round k of the loop
(a shifted right k times, b left k times, accumulator acc_m):

    invariant(k):  P(k) = (x mod 2^k)*y - (a.value mod 2^k)*b.value  is a member of acc_m

- base: before round 0, P(0) = 0 is a member of TNUM(0, 0), and the loop starts at a, b;
- step (k symbolic, 0 <= k < 64): one `tnum_mul_round` keeps the invariant and shifts a and b
  by one more; it uses three lemmas, each its own theorem, by instances only:
  RANGE.tnum_add (tnum_add is sound), RANGE.tnum_mul_bit (bit k's contribution
  c_k = bit_k(x)*(y << k) - bit_k(a.value)*(b.value << k) is a member of what the round adds) and
  RANGE.tnum_mul_ring (P(k+1) = P(k) + c_k);
- end: P(64) = x*y - a.value*b.value, so x*y = a.value*b.value + P(64) is a member of
  `tnum_mul_result` by RANGE.tnum_add.
On Z3 the loop runs exactly 64 rounds (`loop_bits`), so base and step cover it. Products appear
only as an uninterpreted `mul`; RANGE.mul_facts proves, for the bit-vector product, every fact
about `mul` the queries assume (distributivity, 2^k*w = w << k, 0*w = 0), so no query
bit-blasts a multiplier.
"""
from __future__ import annotations

import z3

from bpfsmt.solver.verifier import bounds as B

from .range import TIMEOUT_MS, outcome_of, refute
from .registry import Outcome, theorem

D = B.Z3Ranges()
BOTH = ("6.1", "6.12")       # tnum.c's tnum_add and tnum_mul are the same in both
BV = z3.BitVecSort(64)
ONE, ZERO = z3.BitVecVal(1, 64), z3.BitVecVal(0, 64)


def _vars():
    """The symbols every query shares: operands a, b, their members x, y, round k, accumulator M."""
    av, am, bv, bm, x, y, k, mv, mm = z3.BitVecs(
        "a.value a.mask b.value b.mask x y k acc_m.value acc_m.mask", 64)
    return B.Tnum(av, am), B.Tnum(bv, bm), x, y, k, B.Tnum(mv, mm)


MUL = z3.Function("mul", BV, BV, BV)


def low(v, n):
    """v mod 2^n (n = 64 keeps every bit: 1 << 64 is 0 on 64-bit vectors)."""
    return v & ((ONE << n) - 1)


def bit(v, n):
    """Bit n of v, in place (0 or 2^n)."""
    return v & (ONE << n)


def contribution(a_value, bv, x, y, k):
    """c_k: what bit k of the multiplier adds to x*y - a.value*b.value (no multiplication)."""
    return z3.If(bit(x, k) != 0, y << k, ZERO) - z3.If(bit(a_value, k) != 0, bv << k, ZERO)


def _p(a, b, x, y, n, mul=MUL):
    """P(n): the part of x*y - a.value*b.value the first n rounds account for."""
    return mul(low(x, n), y) - mul(low(a.value, n), b.value)


def _members(a, b, x, y):
    return z3.And(B.tnum_contains(a, x), B.tnum_contains(b, y))


def _add_instance(t1, t2, p, q, add=B.tnum_add):
    """RANGE.tnum_add at (t1, t2, p, q)."""
    return z3.Implies(z3.And(B.tnum_contains(t1, p), B.tnum_contains(t2, q)),
                      B.tnum_contains(add(t1, t2), p + q))


# --------------------------------------------------------------------------------- the lemmas
def tnum_add_queries(add=B.tnum_add):
    """tnum_add is sound: members add to a member (any tnums)."""
    a, b, p, q, _, _ = _vars()
    return [("tnum_add", refute((_members(a, b, p, q), [B.tnum_contains(add(a, b), p + q)]),
                                {"p": p, "q": q, "a.value": a.value, "a.mask": a.mask,
                                 "b.value": b.value, "b.mask": b.mask}))]


def mul_facts(shift=0):
    """The facts about the bit-vector product the other queries assume of `mul` (k < 64).
    `shift` moves 2^k*w's shift (a mutant)."""
    u, v, w, k = z3.BitVecs("u v w k", 64)
    return [("distributes", refute((True, [(u + v) * w == u * w + v * w]), {"u": u, "v": v, "w": w})),
            ("zero", refute((True, [ZERO * w == 0]), {"w": w})),
            ("power of two", refute((z3.ULT(k, 64), [(ONE << k) * w == w << (k + shift)]),
                                    {"k": k, "w": w})),
            ("low bits", refute((z3.ULT(k, 64), [low(u, k + 1) == low(u, k) + bit(u, k),
                                                  bit(u, k) == z3.If(bit(u, k) != 0, ONE << k, ZERO)]),
                                {"k": k, "u": u}))]


def _mul_instances(a, b, x, y, k):
    """RANGE.mul_facts at the terms of round k, for both products."""
    out = []
    for u, w in ((x, y), (a.value, b.value)):
        out += [low(u, k + 1) == low(u, k) + bit(u, k),
                bit(u, k) == z3.If(bit(u, k) != 0, ONE << k, ZERO),
                MUL(low(u, k) + bit(u, k), w) == MUL(low(u, k), w) + MUL(bit(u, k), w),
                MUL(ONE << k, w) == w << k, MUL(ZERO, w) == 0]
    return out


def ring_queries(contrib=contribution, abstract=True):
    """P(k+1) = P(k) + c_k, from the mul_facts instances alone (mul uninterpreted; the shifts and
    masks are abstracted to symbols, so Z3 sees only congruence and addition). A mutant keeps
    them, so its counterexample's x, y, a.value, b.value, k mean what they say."""
    a, b, x, y, k, _ = _vars()
    claim = _p(a, b, x, y, k + 1) == _p(a, b, x, y, k) + contrib(a.value, b.value, x, y, k)
    terms = [t for u, w in ((x, y), (a.value, b.value))
             for t in (low(u, k + 1), low(u, k), bit(u, k), w << k)] + [ONE << k]
    vals = {"x": x, "y": y, "a.value": a.value, "b.value": b.value, "k": k}
    return [("ring", refute((z3.And(z3.ULT(k, 64), *_mul_instances(a, b, x, y, k)), [claim]), vals,
                            logic="QF_UFBV", abstract=terms if abstract else ()))]


def _round_state(a, b, k):
    """The loop's a and b at round k."""
    return B.tnum_rshift(a, k, D), B.tnum_lshift(b, k, D)


def bit_queries(round_=B.tnum_mul_round):
    """Bit k's contribution is a member of what round k adds (what it makes of TNUM(0, 0))."""
    a, b, x, y, k, _ = _vars()
    ak, bk = _round_state(a, b, k)
    adds = round_(B.TNUM_ZERO, ak, bk, D)[0]
    vals = {"x": x, "y": y, "a.value": a.value, "a.mask": a.mask, "b.value": b.value,
            "b.mask": b.mask, "k": k}
    return [("bit contribution", refute((z3.And(_members(a, b, x, y), z3.ULT(k, 64)),
                                         [B.tnum_contains(adds, contribution(a.value, b.value, x, y, k))]),
                                        vals))]


# ------------------------------------------------------------------------------ the induction
def induction_queries():
    """Base, step and end of the induction over tnum_mul's rounds (lemmas by instance)."""
    a, b, x, y, k, m = _vars()
    assert D.loop_bits(a.value) == 64, "the step covers rounds 0..63"
    mem = _members(a, b, x, y)
    vals = {"x": x, "y": y, "a.value": a.value, "a.mask": a.mask, "b.value": b.value,
            "b.mask": b.mask}
    # base: the loop's first state is (TNUM_ZERO, a, b), which `tnum_mul` starts from
    p0 = _p(a, b, x, y, 0)
    base = refute((z3.And(mem, MUL(ZERO, y) == 0, MUL(ZERO, b.value) == 0),
                   [B.tnum_contains(B.TNUM_ZERO, p0)]), vals, logic="QF_UFBV")
    # step: round k from a state satisfying invariant(k)
    ak, bk = _round_state(a, b, k)
    m1, a1, b1 = B.tnum_mul_round(m, ak, bk, D)
    pk, pk1 = _p(a, b, x, y, k), _p(a, b, x, y, k + 1)
    c = contribution(a.value, b.value, x, y, k)
    an, bn = _round_state(a, b, k + 1)
    step = refute((
        z3.And(mem, z3.ULT(k, 64), B.tnum_contains(m, pk),
               B.tnum_contains(B.tnum_mul_round(B.TNUM_ZERO, ak, bk, D)[0], c),     # tnum_mul_bit
               _add_instance(m, B.tnum_mul_addend(ak, bk, D), pk, c),               # tnum_add
               pk1 == pk + c),                                                      # tnum_mul_ring
        [B.tnum_contains(m1, pk1), a1.value == an.value, a1.mask == an.mask,
         b1.value == bn.value, b1.mask == bn.mask]),
        dict(vals, k=k), abstract=(pk1, pk))
    # end: after round 63, P(64) = x*y - a.value*b.value
    res = B.tnum_mul_result(a, b, m)
    prod = MUL(a.value, b.value)
    res = B.Tnum(*(z3.substitute(e, (a.value * b.value, prod)) for e in (res.value, res.mask)))
    p64 = _p(a, b, x, y, 64)
    end = refute((z3.And(mem, B.tnum_contains(m, p64), _add_instance(B.Tnum(prod, 0), m, prod, p64)),
                  [B.tnum_contains(res, MUL(x, y))]), vals, logic="QF_UFBV")
    return [("base", base), ("step", step), ("end", end)]


# -------------------------------------------------------------------- mutants of the whole op
def _mutant_round_known_only(acc_m, a, b, D=B.INT):
    """tnum_mul_round where an unknown multiplier bit adds only b's unknown bits (forgets that
    the bit may add b's known ones)."""
    adds = D.any(a.value & 1 == 1, a.mask & 1 == 1)
    acc_m = B.tnum_ite(D, adds, B.tnum_add(acc_m, B.Tnum(0, b.mask)), acc_m)
    return acc_m, B.tnum_rshift(a, 1, D), B.tnum_lshift(b, 1, D)


def _mul_with(round_, a, b, dom):
    acc_m, ra, rb = B.TNUM_ZERO, a, b
    for _ in range(dom.loop_bits(a.value | a.mask)):
        acc_m, ra, rb = round_(acc_m, ra, rb, dom)
    return B.tnum_mul_result(a, b, acc_m)


def _lowest_unknown_known(t: B.Tnum) -> B.Tnum:
    return B.Tnum(t.value, t.mask & (t.mask - 1))


def mutant_search(round_=B.tnum_mul_round, post=lambda t: t, width: int = 6) -> Outcome:
    """A mutated tnum_mul refuted for real: operands within `width` bits (a corner of the 64-bit
    space where the rounds past `width` fold away, so the unrolled search is quick), the
    counterexample replayed on the int model."""
    a, b = (B.Tnum(*(z3.ZeroExt(64 - width, z3.BitVec(f"{n}.{f}", width)) for f in ("value", "mask")))
            for n in "ab")
    x, y = z3.BitVecs("x y", 64)
    got = post(_mul_with(round_, a, b, D))
    s = z3.SolverFor("QF_BV")
    s.set("timeout", TIMEOUT_MS)
    s.add(_members(a, b, x, y), z3.Not(B.tnum_contains(got, x * y)))
    r = s.check()
    if r != z3.sat:
        return Outcome.unknown(f"no counterexample: {r}")
    md = s.model()
    g = lambda e: md.eval(e, model_completion=True).as_long()  # noqa: E731
    ca, cb = B.Tnum(g(a.value), g(a.mask)), B.Tnum(g(b.value), g(b.mask))
    cx, cy = g(x), g(y)
    out = post(_mul_with(round_, ca, cb, B.INT))
    cex = {"a": str(ca), "b": str(cb), "x": cx, "y": cy, "x*y": (cx * cy) & B.U64,
           "tnum_mul": str(out)}
    return Outcome.refuted(cex, replayed=not B.tnum_contains(out, (cx * cy) & B.U64))


def _replay_ring(cex: dict, contrib) -> bool:
    """A ring counterexample is real if the mutated c_k differs from P(k+1) - P(k) computed with
    the integer product."""
    x, y, av, bv, k = (cex[n] for n in ("x", "y", "a.value", "b.value", "k"))
    lo = lambda v, n: v & ((1 << n) - 1)  # noqa: E731
    p = lambda n: (lo(x, n) * y - lo(av, n) * bv) & B.U64  # noqa: E731
    c = z3.simplify(contrib(z3.BitVecVal(av, 64), z3.BitVecVal(bv, 64), z3.BitVecVal(x, 64),
                            z3.BitVecVal(y, 64), z3.BitVecVal(k, 64))).as_long()
    return (p(k + 1) - p(k)) & B.U64 != c


# ------------------------------------------------------------------------------ registration
@theorem("RANGE.tnum_add", "tnum_add (6.1 tnum.c): the sum of members of two tnums is a member of "
         "their tnum_add (Z3, 64-bit vectors, any tnums)", "range", kernels=BOTH)
def _tnum_add() -> Outcome:
    return outcome_of(tnum_add_queries())


@_tnum_add.theorem.mutant("carries-dropped", "tnum_add without the carry bits (mu = a.mask | "
                          "b.mask): a carry out of an unknown bit goes unseen")
def _tnum_add_carries() -> Outcome:
    return outcome_of(tnum_add_queries(lambda a, b: B.Tnum(
        (a.value + b.value) & ~(a.mask | b.mask) & B.U64, a.mask | b.mask)))


@theorem("RANGE.mul_facts", "the bit-vector product distributes over +, 0*w = 0, 2^k*w = w << k, "
         "and x mod 2^(k+1) = x mod 2^k + bit k of x (k < 64; what RANGE.tnum_mul assumes of its "
         "uninterpreted product) (Z3)", "range", kernels=BOTH)
def _mul_facts() -> Outcome:
    return outcome_of(mul_facts())


@_mul_facts.theorem.mutant("power-of-two-off-by-one", "2^k*w = w << (k+1)")
def _mul_facts_shift() -> Outcome:
    return outcome_of(mul_facts(shift=1))


@theorem("RANGE.tnum_mul_ring", "P(k+1) = P(k) + c_k for every round k < 64, where P(k) = (x mod "
         "2^k)*y - (a.value mod 2^k)*b.value and c_k = bit_k(x)*(y<<k) - bit_k(a.value)*(b.value<<k) "
         "(Z3, from RANGE.mul_facts instances; the product uninterpreted)", "range", kernels=BOTH)
def _ring() -> Outcome:
    return outcome_of(ring_queries())


def _contribution_without_known(a_value, bv, x, y, k):
    return z3.If(bit(x, k) != 0, y << k, ZERO)


@_ring.theorem.mutant("known-product-dropped", "c_k without a.value's bit k (as if the loop's "
                      "uncertainty were measured from 0, not from a.value*b.value)")
def _ring_mutant() -> Outcome:
    out = outcome_of(ring_queries(_contribution_without_known, abstract=False))
    if out.status == "refuted":
        out.replayed = _replay_ring(out.counterexample, _contribution_without_known)
    return out


@theorem("RANGE.tnum_mul_bit", "round k of tnum_mul (k < 64 symbolic): bit k's contribution "
         "bit_k(x)*(y<<k) - bit_k(a.value)*(b.value<<k) is a member of what the round adds, for "
         "x, y members of a, b (Z3, no multiplication)", "range", kernels=BOTH)
def _bit() -> Outcome:
    return outcome_of(bit_queries())


@_bit.theorem.mutant("unknown-bit-adds-unknowns-only", "an unknown multiplier bit adds only b's "
                     "unknown bits")
def _bit_mutant() -> Outcome:
    return outcome_of(bit_queries(_mutant_round_known_only))


@theorem("RANGE.tnum_mul", "tnum_mul (the 6.1 shift-and-add): the product of members is a member, "
         "by induction over its 64 rounds (base, symbolic step, end; the lemmas RANGE.tnum_add, "
         "RANGE.tnum_mul_bit, RANGE.tnum_mul_ring, RANGE.mul_facts by instance) (Z3, 64-bit)",
         "range", kernels=BOTH)
def _tnum_mul() -> Outcome:
    return outcome_of(induction_queries())


@_tnum_mul.theorem.mutant("lowest-unknown-bit-known", "tnum_mul with its lowest unknown bit taken "
                          "as a known 0")
def _tnum_mul_low() -> Outcome:
    return mutant_search(post=_lowest_unknown_known)


@_tnum_mul.theorem.mutant("unknown-bit-adds-unknowns-only", "tnum_mul where an unknown multiplier "
                          "bit adds only b's unknown bits")
def _tnum_mul_round_mutant() -> Outcome:
    return mutant_search(round_=_mutant_round_known_only)

