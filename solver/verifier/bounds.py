"""Scalar tracking of the 6.1 verifier: tnums and s64/u64/s32/u32 bounds, written once over a domain.

Why a faithful copy of the kernel's arithmetic (not a cleaner interval domain): the question
`bpfsmt verify` answers is "what does 6.1 say", so the model must lose precision exactly where the
kernel does (e.g. MUL of possibly-negative values, RSH dropping 32-bit bounds, JMP32 refinement via
__reg_combine_32_into_64). Every function is named after the kernel routine it models.

Why a domain (as in spec/isa.py): the verifier runs these functions on Python ints (`INT`, the
default), and `bpfsmt prove range` runs the very same functions on Z3 bit-vectors (`Z3Ranges`) to
prove each operator sound. So there is no second copy of the abstract operators to drift. The code
is therefore written branch-free over state values: a kernel `if` becomes `D.ite`, Python `<`/`>>`
are used only on signed fields (Python ints and Z3 bit-vectors agree there), unsigned comparisons go
through `D.ult`/`D.ule`, and unsigned arithmetic is masked (`& U64`), a no-op on Z3 vectors.
An `unknown is True` test short-cuts only the concrete domain (a Z3 condition is never `True`).

`bugs` (a set of ids from spec/rules.RANGE_BUGS) re-introduces historical kernel bugs, so the
verifier model and the proofs can run a known-broken rule set.
"""
from __future__ import annotations

from dataclasses import dataclass

U64 = (1 << 64) - 1
U32 = (1 << 32) - 1
S64_MIN, S64_MAX = -(1 << 63), (1 << 63) - 1
S32_MIN, S32_MAX = -(1 << 31), (1 << 31) - 1
HI32 = U64 ^ U32


def s64(v: int) -> int:
    v &= U64
    return v - (1 << 64) if v >> 63 else v


def s32(v: int) -> int:
    v &= U32
    return v - (1 << 32) if v >> 31 else v


def u64(v: int) -> int:
    return v & U64


def u32(v: int) -> int:
    return v & U32


# ---------------------------------------------------------------- domains
class IntRanges:
    """The verifier's own representation: unsigned fields as non-negative ints, signed fields as
    signed ints (so Python `<` and `>>` are the kernel's signed compare and shift)."""
    symbolic = False
    false = False

    @staticmethod
    def ite(c, a, b): return a if c else b
    @staticmethod
    def any(*cs): return any(cs)
    @staticmethod
    def all(*cs): return all(cs)
    @staticmethod
    def not_(c): return not c
    @staticmethod
    def ult(a, b): return a < b
    @staticmethod
    def ule(a, b): return a <= b
    @staticmethod
    def umin(a, b): return a if a < b else b
    @staticmethod
    def umax(a, b): return a if a > b else b
    smin, smax = umin, umax
    @staticmethod
    def lshr(a, n): return a >> n
    @staticmethod
    def shl(a, n, w):
        """(a << n) mod 2^w; 0 outside 0 <= n < w (only reached on branches the kernel guards)."""
        return (a << n) & ((1 << w) - 1) if 0 <= n < w else 0
    @staticmethod
    def ashr(a, n, w): return a >> n
    s64, s32 = staticmethod(s64), staticmethod(s32)
    @staticmethod
    def u64(v): return v & U64
    @staticmethod
    def u32(v): return v & U32
    @staticmethod
    def ext32(v): return v                  # a 32-bit field value as a 64-bit one
    @staticmethod
    def low32(v): return v & U32            # u64 -> u32
    @staticmethod
    def slow32(v): return s32(v)            # s64/u64 -> s32
    @staticmethod
    def smear(x): return (1 << x.bit_length()) - 1     # all bits up to the highest set bit
    @staticmethod
    def loop_bits(x): return x.bit_length()
    @staticmethod
    def k64(v): return v
    k32 = k64
    @staticmethod
    def sext(v, bits, w=64):
        """The low `bits` of v sign-extended (a signed int, as the signed fields hold)."""
        v &= (1 << bits) - 1
        return v - (1 << bits) if v >> (bits - 1) else v


INT = IntRanges()


class Z3Ranges:
    """The same state as z3 bit-vectors: 64-bit fields BitVec(64), 32-bit fields BitVec(32)."""
    symbolic = True

    def __init__(self):
        import z3
        self.z3 = z3
        self.false = z3.BoolVal(False)

    def ite(self, c, a, b):
        if isinstance(a, int) and isinstance(b, int):
            raise TypeError("ite of two Python ints has no width")
        return self.z3.If(c, a, b)

    def any(self, *cs): return self.z3.Or(*cs)
    def all(self, *cs): return self.z3.And(*cs)
    def not_(self, c): return self.z3.Not(c)
    def ult(self, a, b): return self.z3.ULT(a, b)
    def ule(self, a, b): return self.z3.ULE(a, b)
    def umin(self, a, b): return self.z3.If(self.z3.ULT(a, b), a, b)
    def umax(self, a, b): return self.z3.If(self.z3.UGT(a, b), a, b)
    def smin(self, a, b): return self.z3.If(a < b, a, b)
    def smax(self, a, b): return self.z3.If(a > b, a, b)
    def lshr(self, a, n): return self.z3.LShR(a, self.fit(n, a.size()))

    def shl(self, a, n, w):
        if isinstance(a, int):
            a = self.z3.BitVecVal(a, w)
        return a << self.fit(n, w)

    def ashr(self, a, n, w): return a >> self.fit(n, w)

    def fit(self, n, w):
        if isinstance(n, int):
            return self.z3.BitVecVal(n & ((1 << w) - 1), w)
        if n.size() == w:
            return n
        return self.z3.ZeroExt(w - n.size(), n) if n.size() < w else self.z3.Extract(w - 1, 0, n)

    @staticmethod
    def s64(v): return v
    s32 = u64 = u32 = s64

    def ext32(self, v): return self.z3.ZeroExt(32, v)
    def low32(self, v): return self.z3.Extract(31, 0, v)
    slow32 = low32

    def smear(self, x):
        for k in (1, 2, 4, 8, 16, 32):
            x = x | self.z3.LShR(x, k)
        return x

    @staticmethod
    def loop_bits(x): return 64
    def k64(self, v): return self.z3.BitVecVal(v, 64)
    def k32(self, v): return self.z3.BitVecVal(v, 32)
    def sext(self, v, bits, w=64): return self.z3.SignExt(w - bits, self.z3.Extract(bits - 1, 0, v))


# ---------------------------------------------------------------- tnum (kernel/bpf/tnum.c)
class Tnum:
    """struct tnum. Never mutated (registers share them); a slotted class rather than a frozen
    dataclass because the walk builds millions and a frozen __init__ costs twice as much."""
    __slots__ = ("value", "mask")

    def __init__(self, value, mask):
        self.value = value
        self.mask = mask

    def __eq__(self, other):
        if other.__class__ is not Tnum:
            return NotImplemented
        return self.value == other.value and self.mask == other.mask

    def __hash__(self):
        return hash((self.value, self.mask))

    def __repr__(self) -> str:
        return f"Tnum(value={self.value!r}, mask={self.mask!r})"

    def is_const(self) -> bool:
        return self.mask == 0

    def is_unknown(self) -> bool:
        return self.mask == U64

    def __str__(self) -> str:     # tnum_strn: "(%#llx; %#llx)" (the kernel prints 0 as 0x0)
        return f"({self.value:#x}; {self.mask:#x})"


def tnum_const(v: int) -> Tnum:
    return Tnum(v & U64, 0)


TNUM_UNKNOWN = Tnum(0, U64)
TNUM_ZERO = Tnum(0, 0)


def tnum_ite(D, c, a: Tnum, b: Tnum) -> Tnum:
    if not D.symbolic:
        return a if c else b
    return Tnum(D.ite(c, a.value, b.value), D.ite(c, a.mask, b.mask))


def tnum_range(lo, hi, D=INT) -> Tnum:
    """fls64(lo ^ hi) bits unknown; 64 of them is tnum_unknown (the smear gives that directly)."""
    delta = D.smear(lo ^ hi)
    return Tnum(lo & ~delta & U64, delta)


def tnum_lshift(a: Tnum, s, D=INT) -> Tnum:
    return Tnum(D.shl(a.value, s, 64), D.shl(a.mask, s, 64))


def tnum_rshift(a: Tnum, s, D=INT) -> Tnum:
    return Tnum(D.lshr(a.value, s), D.lshr(a.mask, s))


def tnum_arshift(a: Tnum, s, insn_bitness: int, D=INT) -> Tnum:
    if insn_bitness == 32:
        return Tnum(D.ext32(D.u32(D.ashr(D.slow32(a.value), s, 32))),
                    D.ext32(D.u32(D.ashr(D.slow32(a.mask), s, 32))))
    return Tnum(D.u64(D.ashr(D.s64(a.value), s, 64)), D.u64(D.ashr(D.s64(a.mask), s, 64)))


def tnum_add(a: Tnum, b: Tnum) -> Tnum:
    sm = (a.mask + b.mask) & U64
    sv = (a.value + b.value) & U64
    sigma = (sm + sv) & U64
    chi = sigma ^ sv
    mu = chi | a.mask | b.mask
    return Tnum(sv & ~mu & U64, mu)


def tnum_sub(a: Tnum, b: Tnum) -> Tnum:
    dv = (a.value - b.value) & U64
    alpha = (dv + a.mask) & U64
    beta = (dv - b.mask) & U64
    chi = alpha ^ beta
    mu = chi | a.mask | b.mask
    return Tnum(dv & ~mu & U64, mu)


def tnum_and(a: Tnum, b: Tnum) -> Tnum:
    alpha = a.value | a.mask
    beta = b.value | b.mask
    v = a.value & b.value
    return Tnum(v, alpha & beta & ~v & U64)


def tnum_or(a: Tnum, b: Tnum) -> Tnum:
    v = a.value | b.value
    mu = a.mask | b.mask
    return Tnum(v, mu & ~v & U64)


def tnum_xor(a: Tnum, b: Tnum) -> Tnum:
    v = a.value ^ b.value
    mu = a.mask | b.mask
    return Tnum(v & ~mu & U64, mu)


def tnum_mul_addend(a: Tnum, b: Tnum, D=INT) -> Tnum:
    """What a round of tnum_mul adds when a's lowest bit may be 1: b's unknown bits for a certain
    1, every bit b may have for an unknown one."""
    return Tnum(0, D.ite(a.value & 1 == 1, b.mask, b.value | b.mask))


def tnum_mul_round(acc_m: Tnum, a: Tnum, b: Tnum, D=INT):
    """One round of tnum_mul's loop (a certain 0 adds nothing); then a moves right and b left.
    Kept apart so RANGE.tnum_mul can prove it for a symbolic round number."""
    adds = D.any(a.value & 1 == 1, a.mask & 1 == 1)
    acc_m = tnum_ite(D, adds, tnum_add(acc_m, tnum_mul_addend(a, b, D)), acc_m)
    return acc_m, tnum_rshift(a, 1, D), tnum_lshift(b, 1, D)


def tnum_mul_result(a: Tnum, b: Tnum, acc_m: Tnum) -> Tnum:
    """tnum_mul's return: the product of the known values plus the accumulated uncertainty."""
    return tnum_add(Tnum((a.value * b.value) & U64, 0), acc_m)


def tnum_mul(a: Tnum, b: Tnum, D=INT) -> Tnum:
    """The 6.1 shift-and-add tnum_mul; Z3 runs all 64 rounds (a zero multiplier adds nothing)."""
    acc_m, ra, rb = TNUM_ZERO, a, b
    for _ in range(D.loop_bits(a.value | a.mask)):
        acc_m, ra, rb = tnum_mul_round(acc_m, ra, rb, D)
    return tnum_mul_result(a, b, acc_m)


def tnum_intersect(a: Tnum, b: Tnum) -> Tnum:
    v = a.value | b.value
    mu = a.mask & b.mask
    return Tnum(v & ~mu & U64, mu)


def tnum_cast(a: Tnum, size: int) -> Tnum:
    m = (1 << (size * 8)) - 1
    return Tnum(a.value & m, a.mask & m)


def tnum_is_aligned(a: Tnum, size: int) -> bool:
    if not size:
        return True
    return not ((a.value | a.mask) & (size - 1))


def tnum_in(a: Tnum, b: Tnum) -> bool:
    if b.mask & ~a.mask & U64:
        return False
    return (b.value & ~a.mask & U64) == a.value


def tnum_contains(a: Tnum, x) -> bool:
    """x is a member of a (tnum_in of a constant), in any domain."""
    return x & ~a.mask & U64 == a.value


def tnum_subreg(a: Tnum) -> Tnum:
    return tnum_cast(a, 4)


def tnum_subreg_is_const(a: Tnum):
    return a.mask & U32 == 0


def tnum_clear_subreg(a: Tnum) -> Tnum:
    return Tnum(a.value & HI32, a.mask & HI32)


def tnum_const_subreg(a: Tnum, v) -> Tnum:
    return tnum_or(tnum_clear_subreg(a), Tnum(v & U32, 0))


# ---------------------------------------------------------------- scalar bounds
@dataclass(slots=True)
class Bounds:
    """The numeric part of a bpf_reg_state (also the variable offset of a pointer)."""
    var_off: Tnum = TNUM_UNKNOWN
    smin: int = S64_MIN
    smax: int = S64_MAX
    umin: int = 0
    umax: int = U64
    s32min: int = S32_MIN
    s32max: int = S32_MAX
    u32min: int = 0
    u32max: int = U32

    def copy(self) -> "Bounds":
        # field by field into a bare object: a third cheaper than the dataclass __init__
        b = Bounds.__new__(Bounds)
        b.var_off = self.var_off; b.smin = self.smin; b.smax = self.smax
        b.umin = self.umin; b.umax = self.umax; b.s32min = self.s32min
        b.s32max = self.s32max; b.u32min = self.u32min; b.u32max = self.u32max
        return b


def bounds_fields(b: Bounds) -> tuple:
    """The nine fields as plain ints (a memo key)."""
    v = b.var_off
    return (v.value, v.mask, b.smin, b.smax, b.umin, b.umax, b.s32min, b.s32max, b.u32min,
            b.u32max)


FIELDS64 = ("smin", "smax", "umin", "umax")
FIELDS32 = ("s32min", "s32max", "u32min", "u32max")


def bounds_ite(D, c, a: Bounds, b: Bounds) -> Bounds:
    """A Bounds that is `a` where c holds and `b` elsewhere."""
    if not D.symbolic:
        return (a if c else b).copy()
    out = Bounds(tnum_ite(D, c, a.var_off, b.var_off))
    for f in FIELDS64 + FIELDS32:
        setattr(out, f, D.ite(c, getattr(a, f), getattr(b, f)))
    return out


def assign(dst: Bounds, src: Bounds) -> None:
    dst.var_off = src.var_off
    for f in FIELDS64 + FIELDS32:
        setattr(dst, f, getattr(src, f))


def contains(b: Bounds, x, D=INT):
    """The concrete 64-bit value x is a member of the abstract state b (tnum and all four ranges)."""
    lo = D.low32(x)
    return D.all(tnum_contains(b.var_off, x), D.ule(b.umin, x), D.ule(x, b.umax),
                 b.smin <= D.s64(x), D.s64(x) <= b.smax, D.ule(b.u32min, lo), D.ule(lo, b.u32max),
                 b.s32min <= D.slow32(x), D.slow32(x) <= b.s32max)


def mark_known(b: Bounds, imm, D=INT) -> None:
    """___mark_reg_known"""
    imm = imm & U64
    if D is INT:                    # the walk's common case, without the domain's calls
        b.var_off = Tnum(imm, 0)
        b.smin = b.smax = imm - (1 << 64) if imm >> 63 else imm
        b.umin = b.umax = imm
        lo = imm & U32
        b.s32min = b.s32max = lo - (1 << 32) if lo >> 31 else lo
        b.u32min = b.u32max = lo
        return
    b.var_off = Tnum(imm, D.k64(0))
    b.smin = b.smax = D.s64(imm)
    b.umin = b.umax = imm
    b.s32min = b.s32max = D.slow32(imm)
    b.u32min = b.u32max = D.low32(imm)


def mark_reg32_known(b: Bounds, imm, D=INT) -> None:
    """__mark_reg32_known: imm is the 32-bit value."""
    b.var_off = tnum_const_subreg(b.var_off, D.ext32(imm))
    b.s32min = b.s32max = D.s32(imm)
    b.u32min = b.u32max = imm


def mark_unbounded(b: Bounds, D=INT) -> None:
    mark_64_unbounded(b, D)
    mark_32_unbounded(b, D)


def mark_64_unbounded(b: Bounds, D=INT) -> None:
    b.smin, b.smax, b.umin, b.umax = D.k64(S64_MIN), D.k64(S64_MAX), D.k64(0), D.k64(U64)


def mark_32_unbounded(b: Bounds, D=INT) -> None:
    b.s32min, b.s32max, b.u32min, b.u32max = D.k32(S32_MIN), D.k32(S32_MAX), D.k32(0), D.k32(U32)


def mark_unknown(b: Bounds, D=INT) -> None:
    b.var_off = Tnum(D.k64(0), D.k64(U64))
    mark_unbounded(b, D)


def is_unbounded(b: Bounds) -> bool:
    return (b.var_off.is_unknown() and b.smin == S64_MIN and b.smax == S64_MAX and b.umin == 0
            and b.umax == U64 and b.s32min == S32_MIN and b.s32max == S32_MAX
            and b.u32min == 0 and b.u32max == U32)


def update_reg32_bounds(b: Bounds, D=INT) -> None:
    v = Tnum(D.low32(b.var_off.value), D.low32(b.var_off.mask))
    b.s32min = D.smax(b.s32min, D.s32(v.value | (v.mask & 0x80000000)))
    b.s32max = D.smin(b.s32max, D.s32(v.value | (v.mask & 0x7FFFFFFF)))
    b.u32min = D.umax(b.u32min, v.value)
    b.u32max = D.umin(b.u32max, v.value | v.mask)


def update_reg64_bounds(b: Bounds, D=INT) -> None:
    v = b.var_off
    b.smin = D.smax(b.smin, D.s64(v.value | (v.mask & (1 << 63))))
    b.smax = D.smin(b.smax, D.s64(v.value | (v.mask & S64_MAX)))
    b.umin = D.umax(b.umin, v.value)
    b.umax = D.umin(b.umax, v.value | v.mask)


def update_reg_bounds(b: Bounds, D=INT) -> None:
    update_reg32_bounds(b, D)
    update_reg64_bounds(b, D)


def _deduce(D, smin, smax, umin, umax, to_s, to_u):
    """__reg{32,64}_deduce_bounds on one width: returns the new (smin, smax, umin, umax)."""
    same_sign = D.any(smin >= 0, smax < 0)
    lo = D.umax(to_u(smin), umin)
    hi = D.umin(to_u(smax), umax)
    pos = to_s(umax) >= 0
    neg = to_s(umin) < 0
    n_smin = D.ite(same_sign, to_s(lo), D.ite(pos, to_s(umin), D.ite(neg, to_s(lo), smin)))
    n_umin = D.ite(same_sign, lo, D.ite(pos, umin, D.ite(neg, lo, umin)))
    n_smax = D.ite(same_sign, to_s(hi), D.ite(pos, to_s(hi), D.ite(neg, to_s(umax), smax)))
    n_umax = D.ite(same_sign, hi, D.ite(pos, hi, umax))
    return n_smin, n_smax, n_umin, n_umax


def reg32_deduce_bounds(b: Bounds, D=INT) -> None:
    b.s32min, b.s32max, b.u32min, b.u32max = _deduce(D, b.s32min, b.s32max, b.u32min, b.u32max,
                                                     D.s32, D.u32)


def reg64_deduce_bounds(b: Bounds, D=INT) -> None:
    b.smin, b.smax, b.umin, b.umax = _deduce(D, b.smin, b.smax, b.umin, b.umax, D.s64, D.u64)


def reg_deduce_bounds(b: Bounds, D=INT) -> None:
    """__reg_deduce_bounds"""
    reg32_deduce_bounds(b, D)
    reg64_deduce_bounds(b, D)


def reg_bound_offset(b: Bounds, D=INT) -> None:
    """__reg_bound_offset"""
    v64 = tnum_intersect(b.var_off, tnum_range(b.umin, b.umax, D))
    v32 = tnum_intersect(tnum_subreg(v64), tnum_range(D.ext32(b.u32min), D.ext32(b.u32max), D))
    b.var_off = tnum_or(tnum_clear_subreg(v64), v32)


def reg_bound_offset32_truncated(b: Bounds, D=INT) -> None:
    """5.6's __reg_bound_offset32 after a JMP32 (CVE-2020-8835): the low half's tnum narrowed by
    the 64-bit bounds truncated to 32 bits, which do not bound the low half."""
    rng = tnum_range(D.ext32(D.low32(b.umin)), D.ext32(D.low32(b.umax)), D)
    b.var_off = tnum_or(tnum_clear_subreg(b.var_off), tnum_intersect(tnum_subreg(b.var_off), rng))


# ---------------------------------------------------------------- 6.12's deduction (BOUNDS-612)
def _tighten(D, lo, hi, new_lo, new_hi, signed: bool):
    """max(lo, new_lo), min(hi, new_hi) in the field's signedness."""
    if signed:
        return D.smax(lo, new_lo), D.smin(hi, new_hi)
    return D.umax(lo, new_lo), D.umin(hi, new_hi)


def reg32_deduce_bounds_612(b: Bounds, D=INT) -> None:
    """6.12 __reg32_deduce_bounds: the 32-bit bounds also learn from the 64-bit ones when the
    upper halves of the range do not change (or step by one across a sign change)."""
    same_u = D.lshr(b.umin, 32) == D.lshr(b.umax, 32)
    u32min, u32max = _tighten(D, b.u32min, b.u32max, D.low32(b.umin), D.low32(b.umax), False)
    b.u32min, b.u32max = D.ite(same_u, u32min, b.u32min), D.ite(same_u, u32max, b.u32max)
    ok = D.all(same_u, D.slow32(b.umin) <= D.slow32(b.umax))
    s32min, s32max = _tighten(D, b.s32min, b.s32max, D.slow32(b.umin), D.slow32(b.umax), True)
    b.s32min, b.s32max = D.ite(ok, s32min, b.s32min), D.ite(ok, s32max, b.s32max)
    same_s = (b.smin >> 32) == (b.smax >> 32)
    ok = D.all(same_s, D.ule(D.low32(b.smin), D.low32(b.smax)))
    u32min, u32max = _tighten(D, b.u32min, b.u32max, D.low32(b.smin), D.low32(b.smax), False)
    b.u32min, b.u32max = D.ite(ok, u32min, b.u32min), D.ite(ok, u32max, b.u32max)
    ok = D.all(same_s, D.slow32(b.smin) <= D.slow32(b.smax))
    s32min, s32max = _tighten(D, b.s32min, b.s32max, D.slow32(b.smin), D.slow32(b.smax), True)
    b.s32min, b.s32max = D.ite(ok, s32min, b.s32min), D.ite(ok, s32max, b.s32max)
    for lo, hi, hi32 in ((b.umin, b.umax, lambda v: D.low32(D.lshr(v, 32))),
                         (b.smin, b.smax, lambda v: D.low32(D.u64(v >> 32)))):
        ok = D.all(D.u32(hi32(lo) + 1) == hi32(hi), D.slow32(lo) < 0, D.slow32(hi) >= 0)
        s32min, s32max = _tighten(D, b.s32min, b.s32max, D.slow32(lo), D.slow32(hi), True)
        b.s32min, b.s32max = D.ite(ok, s32min, b.s32min), D.ite(ok, s32max, b.s32max)
    ok = D.s32(b.u32min) <= D.s32(b.u32max)
    s32min, s32max = _tighten(D, b.s32min, b.s32max, D.s32(b.u32min), D.s32(b.u32max), True)
    b.s32min, b.s32max = D.ite(ok, s32min, b.s32min), D.ite(ok, s32max, b.s32max)
    b.s32min, b.s32max, b.u32min, b.u32max = _cross_sign(D, b.s32min, b.s32max, b.u32min,
                                                          b.u32max, D.s32, D.u32)


def _cross_sign(D, smin, smax, umin, umax, to_s, to_u):
    """The end of 6.12's __reg{32,64}_deduce_bounds: signed and unsigned bounds meet when the
    signed range does not cross the sign boundary, or the unsigned range overlaps one end only."""
    same = D.ule(to_u(smin), to_u(smax))
    left = D.all(D.not_(same), D.ult(umax, to_u(smin)))
    right = D.all(D.not_(same), D.not_(left), D.ult(to_u(smax), umin))
    n_umin = D.ite(same, D.umax(to_u(smin), umin), D.ite(right, D.umax(umin, to_u(smin)), umin))
    n_umax = D.ite(same, D.umin(to_u(smax), umax), D.ite(left, D.umin(umax, to_u(smax)), umax))
    n_smin = D.ite(left, to_s(umin), smin)
    n_smax = D.ite(right, to_s(umax), smax)
    return n_smin, n_smax, n_umin, n_umax


def reg64_deduce_bounds_612(b: Bounds, D=INT) -> None:
    """6.12 __reg64_deduce_bounds."""
    ok = D.s64(b.umin) <= D.s64(b.umax)
    smin, smax = _tighten(D, b.smin, b.smax, D.s64(b.umin), D.s64(b.umax), True)
    b.smin, b.smax = D.ite(ok, smin, b.smin), D.ite(ok, smax, b.smax)
    b.smin, b.smax, b.umin, b.umax = _cross_sign(D, b.smin, b.smax, b.umin, b.umax, D.s64, D.u64)


def reg_deduce_mixed_bounds(b: Bounds, D=INT) -> None:
    """6.12 __reg_deduce_mixed_bounds: the 64-bit bounds take the 32-bit ones as their low half,
    and a range within [S32_MIN, S32_MAX] with a non-negative low half is that low half."""
    hi = lambda v: D.u64(v) & HI32  # noqa: E731
    s32_is_u32 = D.ule(D.u32(b.s32min), D.u32(b.s32max))
    for lo32, hi32, use in ((b.u32min, b.u32max, None), (D.u32(b.s32min), D.u32(b.s32max), s32_is_u32)):
        umin, umax = _tighten(D, b.umin, b.umax, hi(b.umin) | D.ext32(lo32),
                              hi(b.umax) | D.ext32(hi32), False)
        smin, smax = _tighten(D, b.smin, b.smax, D.s64(hi(b.smin) | D.ext32(lo32)),
                              D.s64(hi(b.smax) | D.ext32(hi32)), True)
        if use is None:
            b.umin, b.umax, b.smin, b.smax = umin, umax, smin, smax
        else:
            b.umin, b.umax = D.ite(use, umin, b.umin), D.ite(use, umax, b.umax)
            b.smin, b.smax = D.ite(use, smin, b.smin), D.ite(use, smax, b.smax)
    small = D.all(b.s32min >= 0, b.smin >= S32_MIN, b.smax <= S32_MAX)
    lo, hi64 = D.ext32(D.u32(b.s32min)), D.ext32(D.u32(b.s32max))
    b.smin, b.smax = D.ite(small, D.s64(lo), b.smin), D.ite(small, D.s64(hi64), b.smax)
    b.umin, b.umax = D.ite(small, lo, b.umin), D.ite(small, hi64, b.umax)
    b.var_off = tnum_ite(D, small, tnum_intersect(b.var_off, tnum_range(lo, hi64, D)), b.var_off)


def reg_deduce_bounds_612(b: Bounds, D=INT) -> None:
    reg32_deduce_bounds_612(b, D)
    reg64_deduce_bounds_612(b, D)
    reg_deduce_mixed_bounds(b, D)


def reg_bounds_sync_steps(bugs=()) -> list:
    """The steps of reg_bounds_sync in order; with BOUNDS-612 in `bugs` (the rule variants)
    6.12's: three rounds of the deduction that also crosses between the 32- and 64-bit bounds.
    A list so RANGE.reg_bounds_sync can prove the sync step by step."""
    deduce = [reg_deduce_bounds_612] * 3 if "BOUNDS-612" in bugs else [reg_deduce_bounds]
    return [update_reg_bounds, *deduce, reg_bound_offset, update_reg_bounds]


SYNC_MEMO_SIZE = 1 << 13      # synced states remembered (a few MB); forgotten all at once beyond
_sync_memo: dict = {}


def reg_bounds_sync(b: Bounds, D=INT, bugs=()) -> None:
    """reg_bounds_sync. On Python ints it is a function of the nine fields, and a walk syncs the
    same few hundred states again and again: each outcome is remembered."""
    if D is not INT:
        for step in reg_bounds_sync_steps(bugs):
            step(b, D)
        return
    v = b.var_off
    key = (v.value, v.mask, b.smin, b.smax, b.umin, b.umax, b.s32min, b.s32max, b.u32min,
           b.u32max, "BOUNDS-612" in bugs)
    out = _sync_memo.get(key)
    if out is None:
        for step in reg_bounds_sync_steps(bugs):
            step(b, D)
        if len(_sync_memo) >= SYNC_MEMO_SIZE:
            _sync_memo.clear()
        _sync_memo[key] = (b.var_off, b.smin, b.smax, b.umin, b.umax, b.s32min, b.s32max,
                           b.u32min, b.u32max)
    else:
        (b.var_off, b.smin, b.smax, b.umin, b.umax, b.s32min, b.s32max, b.u32min,
         b.u32max) = out


def reg_assign_32_into_64(b: Bounds, D=INT) -> None:
    b.umin, b.umax = D.ext32(b.u32min), D.ext32(b.u32max)
    pos = D.all(b.s32min >= 0, b.s32max >= 0)
    b.smin = D.ite(pos, D.ext32(D.u32(b.s32min)), D.k64(0))
    b.smax = D.ite(pos, D.ext32(D.u32(b.s32max)), D.k64(U32))


def zext_32_to_64(b: Bounds, D=INT) -> None:
    b.var_off = tnum_subreg(b.var_off)
    reg_assign_32_into_64(b, D)


def reg_combine_32_into_64(b: Bounds, D=INT, sync=True, bugs=()) -> None:
    upper_zero = (b.var_off.value | b.var_off.mask) & HI32 == 0
    a = b.copy()
    reg_assign_32_into_64(a, D)
    u = b.copy()
    mark_64_unbounded(u, D)
    assign(b, bounds_ite(D, upper_zero, a, u))
    if sync:
        reg_bounds_sync(b, D, bugs)


def reg_combine_64_into_32(b: Bounds, D=INT, bugs=(), sync=True) -> None:
    """__reg_combine_64_into_32. CVE-2021-31440: 5.7-5.12 copied each 64-bit bound that fits in
    32 bits on its own, so e.g. umin 1 with umax 2^32+1 gave u32 [1, U32] although the low half
    can be 0."""
    smin, smax, umin, umax = b.smin, b.smax, b.umin, b.umax
    mark_32_unbounded(b, D)
    fits_s = [D.all(S32_MIN <= v, v <= S32_MAX) for v in (smin, smax)]
    fits_u = [D.ule(v, U32) for v in (umin, umax)]
    if "CVE-2021-31440" in bugs:
        ok = fits_s + fits_u
    else:
        ok = [D.all(*fits_s)] * 2 + [D.all(*fits_u)] * 2
    b.s32min = D.ite(ok[0], D.slow32(smin), b.s32min)
    b.s32max = D.ite(ok[1], D.slow32(smax), b.s32max)
    b.u32min = D.ite(ok[2], D.low32(umin), b.u32min)
    b.u32max = D.ite(ok[3], D.low32(umax), b.u32max)
    if sync:
        reg_bounds_sync(b, D, bugs)


def coerce_reg_to_size(b: Bounds, size: int, D=INT) -> None:
    """coerce_reg_to_size: a narrow load zero-extends."""
    b.var_off = tnum_cast(b.var_off, size)
    m = (1 << (size * 8)) - 1
    same = b.umin & ~m & U64 == b.umax & ~m & U64
    b.umin = D.ite(same, b.umin & m, D.k64(0))
    b.umax = D.ite(same, b.umax & m, D.k64(m))
    b.smin, b.smax = D.s64(b.umin), D.s64(b.umax)
    if size >= 4:
        return
    reg_combine_64_into_32(b, D)


# ---------------------------------------------------------------- ALU on scalars
def _sx_range(D, smin, smax, bits: int, w: int):
    """The signed range [smin, smax] (w bits) after sign-extending its low `bits`, and whether
    the kernel keeps it: the ends share the bits above `bits` and have one sign after."""
    hi, lo = D.sext(smax, bits, w), D.sext(smin, bits, w)
    top = D.u64 if w == 64 else D.u32
    new_max, new_min = D.ite(hi > lo, hi, lo), D.ite(hi > lo, lo, hi)
    return new_min, new_max, D.all(D.lshr(top(smax), bits) == D.lshr(top(smin), bits),
                                   (new_max >= 0) == (new_min >= 0))


def coerce_reg_to_size_sx(b: Bounds, size: int, D=INT) -> None:
    """6.12 coerce_reg_to_size_sx (ldsx, ALU64 movsx): a constant is sign-extended; a signed
    range whose ends share the bits above `size` bytes and whose sign-extended ends have one sign
    keeps that range in every field; anything else gets the size's signed range."""
    bits = 8 * size
    half = 1 << (bits - 1)
    const = b.copy()
    mark_known(const, D.u64(D.sext(b.var_off.value, bits)), D)
    smin, smax, fits = _sx_range(D, b.smin, b.smax, bits, 64)
    ranged = b.copy()
    ranged.smin, ranged.smax = smin, smax
    ranged.s32min, ranged.s32max = D.slow32(smin), D.slow32(smax)
    ranged.umin, ranged.umax = D.u64(smin), D.u64(smax)
    ranged.u32min, ranged.u32max = D.low32(smin), D.low32(smax)
    ranged.var_off = tnum_range(D.u64(smin), D.u64(smax), D)
    default = b.copy()                                  # set_sext64_default_val
    default.smin, default.smax = D.k64(-half), D.k64(half - 1)
    default.s32min, default.s32max = D.k32(-half), D.k32(half - 1)
    default.umin, default.umax, default.u32min, default.u32max = D.k64(0), D.k64(U64), D.k32(0), D.k32(U32)
    default.var_off = Tnum(D.k64(0), D.k64(U64))
    assign(b, bounds_ite(D, b.var_off.mask == 0, const, bounds_ite(D, fits, ranged, default)))


def coerce_subreg_to_size_sx(b: Bounds, size: int, D=INT) -> None:
    """6.12 coerce_subreg_to_size_sx (ALU32 movsx), on the 32-bit fields: the same three cases
    as coerce_reg_to_size_sx; the caller zero-extends and syncs."""
    bits = 8 * size
    half = 1 << (bits - 1)
    const = b.copy()
    c = D.sext(b.var_off.value, bits)
    const.var_off = Tnum(D.u64(c), D.k64(0))
    const.s32min = const.s32max = D.slow32(c)
    const.u32min = const.u32max = D.low32(c)
    smin, smax, fits = _sx_range(D, b.s32min, b.s32max, bits, 32)
    ranged = b.copy()
    ranged.s32min, ranged.s32max = smin, smax
    ranged.u32min, ranged.u32max = D.u32(smin), D.u32(smax)
    ranged.var_off = tnum_subreg(tnum_range(D.u64(D.sext(smin, 32)), D.u64(D.sext(smax, 32)), D))
    default = b.copy()                                  # set_sext32_default_val
    default.s32min, default.s32max = D.k32(-half), D.k32(half - 1)
    default.u32min, default.u32max = D.k32(0), D.k32(U32)
    default.var_off = Tnum(D.k64(0), D.k64(U32))
    assign(b, bounds_ite(D, b.var_off.mask == 0, const, bounds_ite(D, fits, ranged, default)))


def movsx(b: Bounds, bits: int, alu64: bool, D=INT, bugs=(), sync=True) -> None:
    """6.12 check_alu_op's MOVSX on a copy of the source's state: ALU64 stops after
    coerce_reg_to_size_sx (no sync); ALU32 zero-extends and syncs (`sync=False` stops before
    that sync, which the proofs check on its own)."""
    if alu64:
        coerce_reg_to_size_sx(b, bits // 8, D)
        return
    coerce_subreg_to_size_sx(b, bits // 8, D)
    zext_32_to_64(b, D)
    if sync:
        reg_bounds_sync(b, D, bugs)


def _signed_add_overflows(D, a, b, wrap):
    res = wrap(a + b)
    return D.ite(b < 0, res > a, res < a)


def _signed_sub_overflows(D, a, b, wrap):
    res = wrap(a - b)
    return D.ite(b < 0, res < a, res > a)


def _add(D, dmin, dmax, smin_val, smax_val, umin, umax, umin_val, umax_val, bits):
    """scalar{32,}_min_max_add on one width."""
    wrap, m = (D.s32, U32) if bits == 32 else (D.s64, U64)
    smin_lo, smax_hi = (D.k32(S32_MIN), D.k32(S32_MAX)) if bits == 32 else (D.k64(S64_MIN), D.k64(S64_MAX))
    sovf = D.any(_signed_add_overflows(D, dmin, smin_val, wrap),
                 _signed_add_overflows(D, dmax, smax_val, wrap))
    n_smin = D.ite(sovf, smin_lo, wrap(dmin + smin_val))
    n_smax = D.ite(sovf, smax_hi, wrap(dmax + smax_val))
    uovf = D.any(D.ult((umin + umin_val) & m, umin_val), D.ult((umax + umax_val) & m, umax_val))
    k = D.k32 if bits == 32 else D.k64
    n_umin = D.ite(uovf, k(0), (umin + umin_val) & m)
    n_umax = D.ite(uovf, k(m), (umax + umax_val) & m)
    return n_smin, n_smax, n_umin, n_umax


def _sub(D, dmin, dmax, smin_val, smax_val, umin, umax, umin_val, umax_val, bits):
    """scalar{32,}_min_max_sub on one width."""
    wrap, m = (D.s32, U32) if bits == 32 else (D.s64, U64)
    smin_lo, smax_hi = (D.k32(S32_MIN), D.k32(S32_MAX)) if bits == 32 else (D.k64(S64_MIN), D.k64(S64_MAX))
    sovf = D.any(_signed_sub_overflows(D, dmin, smax_val, wrap),
                 _signed_sub_overflows(D, dmax, smin_val, wrap))
    n_smin = D.ite(sovf, smin_lo, wrap(dmin - smax_val))
    n_smax = D.ite(sovf, smax_hi, wrap(dmax - smin_val))
    uovf = D.ult(umin, umax_val)
    k = D.k32 if bits == 32 else D.k64
    n_umin = D.ite(uovf, k(0), (umin - umax_val) & m)
    n_umax = D.ite(uovf, k(m), (umax - umin_val) & m)
    return n_smin, n_smax, n_umin, n_umax


def _min_max(d: Bounds, s: Bounds, fn, bits: int, D=INT):
    """scalar{32,}_min_max_{add,sub}: `fn` is _add or _sub, applied to one width's fields."""
    f = FIELDS32 if bits == 32 else FIELDS64
    new = fn(D, getattr(d, f[0]), getattr(d, f[1]), getattr(s, f[0]), getattr(s, f[1]),
             getattr(d, f[2]), getattr(d, f[3]), getattr(s, f[2]), getattr(s, f[3]), bits)
    for name, v in zip(f, new):
        setattr(d, name, v)


def add_const(b: Bounds, k: int) -> None:
    """sync_linked_regs' `reg = known_reg; reg += delta`: scalar32_min_max_add,
    scalar_min_max_add and tnum_add with the constant, no bounds sync after."""
    kb = Bounds()
    mark_known(kb, k)
    _min_max(b, kb, _add, 32)
    _min_max(b, kb, _add, 64)
    b.var_off = tnum_add(b.var_off, kb.var_off)


def _mul32(d: Bounds, s: Bounds, D=INT):
    unb = D.any(s.s32min < 0, d.s32min < 0, D.ult(0xFFFF, s.u32max), D.ult(0xFFFF, d.u32max))
    umin = (d.u32min * s.u32min) & U32
    umax = (d.u32max * s.u32max) & U32
    big = D.ult(S32_MAX, umax)
    d.u32min = D.ite(unb, D.k32(0), umin)
    d.u32max = D.ite(unb, D.k32(U32), umax)
    d.s32min = D.ite(D.any(unb, big), D.k32(S32_MIN), D.s32(umin))
    d.s32max = D.ite(D.any(unb, big), D.k32(S32_MAX), D.s32(umax))


def _mul64(d: Bounds, s: Bounds, D=INT):
    unb = D.any(s.smin < 0, d.smin < 0, D.ult(U32, s.umax), D.ult(U32, d.umax))
    umin = (d.umin * s.umin) & U64
    umax = (d.umax * s.umax) & U64
    big = D.ult(S64_MAX, umax)
    d.umin = D.ite(unb, D.k64(0), umin)
    d.umax = D.ite(unb, D.k64(U64), umax)
    d.smin = D.ite(D.any(unb, big), D.k64(S64_MIN), D.s64(umin))
    d.smax = D.ite(D.any(unb, big), D.k64(S64_MAX), D.s64(umax))


def _bitop32(d: Bounds, s: Bounds, op, D=INT, bugs=()):
    """scalar32_min_max_{and,or,xor}. CVE-2021-3490: 5.7-5.12 returned early when both low halves
    were known, leaving the 32-bit bounds of the operand before the op. CVE-2020-27194: 5.8's OR
    copied the 64-bit umin/umax into the signed 32-bit bounds."""
    v = Tnum(D.low32(d.var_off.value), D.low32(d.var_off.mask))
    known = D.all(tnum_subreg_is_const(s.var_off), v.mask == 0)
    neg = D.any(d.s32min < 0, s.s32min < 0)
    if op == "and":
        umin = v.value
        umax = D.umin(d.u32max, s.u32max)
    elif op == "or":
        umin = D.umax(d.u32min, s.u32min)
        umax = v.value | v.mask
    else:
        umin = v.value
        umax = v.value | v.mask
    if "CVE-2020-27194" in bugs and op == "or":
        smin, smax = D.slow32(d.umin), D.slow32(d.umax)
    else:
        smin, smax = D.s32(umin), D.s32(umax)
    smin = D.ite(neg, D.k32(S32_MIN), smin)
    smax = D.ite(neg, D.k32(S32_MAX), smax)
    if "CVE-2021-3490" in bugs:
        kmin, kmax, ksmin, ksmax = d.u32min, d.u32max, d.s32min, d.s32max
    else:
        kmin = kmax = v.value
        ksmin = ksmax = D.s32(v.value)
    d.u32min = D.ite(known, kmin, umin)
    d.u32max = D.ite(known, kmax, umax)
    d.s32min = D.ite(known, ksmin, smin)
    d.s32max = D.ite(known, ksmax, smax)


def _bitop64(d: Bounds, s: Bounds, op, D=INT):
    """scalar_min_max_{and,or,xor}"""
    v = d.var_off
    known = D.all(s.var_off.mask == 0, v.mask == 0)
    neg = D.any(d.smin < 0, s.smin < 0)
    if op == "and":
        umin = v.value
        umax = D.umin(d.umax, s.umax)
    elif op == "or":
        umin = D.umax(d.umin, s.umin)
        umax = v.value | v.mask
    else:
        umin = v.value
        umax = v.value | v.mask
    r = Bounds(v, D.ite(neg, D.k64(S64_MIN), D.s64(umin)), D.ite(neg, D.k64(S64_MAX), D.s64(umax)),
               umin, umax, d.s32min, d.s32max, d.u32min, d.u32max)
    update_reg_bounds(r, D)
    k = d.copy()
    mark_known(k, v.value, D)
    assign(d, bounds_ite(D, known, k, r))


def _lsh32_bounds(d: Bounds, umin_val, umax_val, D=INT):
    """__scalar32_min_max_lsh; the shift amounts are 64-bit."""
    d.s32min, d.s32max = D.k32(S32_MIN), D.k32(S32_MAX)
    lost = D.any(D.ult(31, umax_val),
                 D.ult(D.shl(1, (31 - umax_val) & U64, 64), D.ext32(d.u32max)))
    d.u32min = D.ite(lost, D.k32(0), D.shl(d.u32min, umin_val, 32))
    d.u32max = D.ite(lost, D.k32(U32), D.shl(d.u32max, umax_val, 32))


def _lsh64_bounds(d: Bounds, umin_val, umax_val, D=INT):
    """__scalar64_min_max_lsh"""
    by32 = D.all(umin_val == 32, umax_val == 32)
    d.smax = D.ite(by32, D.shl(D.ext32(D.u32(d.s32max)), 32, 64), D.k64(S64_MAX))
    d.smin = D.ite(by32, D.shl(D.ext32(D.u32(d.s32min)), 32, 64), D.k64(S64_MIN))
    d.smax, d.smin = D.s64(d.smax), D.s64(d.smin)
    lost = D.ult(D.shl(1, (63 - umax_val) & U64, 64), d.umax)
    d.umin = D.ite(lost, D.k64(0), D.shl(d.umin, umin_val, 64))
    d.umax = D.ite(lost, D.k64(U64), D.shl(d.umax, umax_val, 64))


def adjust_scalar(d: Bounds, s: Bounds, op: str, alu32: bool, D=INT, bugs=(), sync=True):
    """adjust_scalar_min_max_vals. Returns False when the kernel marks the register unknown
    (`__mark_reg_unknown`, no zero-extension: the caller does that), True when `d` was updated;
    on Z3 the condition for True. A shift by up to 64 (or 32) bits makes `d` unknown and then
    zero-extends it for ALU32, as the kernel's `mark_reg_unknown; break` does; so do DIV and MOD
    with a known source.
    CVE-2017-16996 (before 4.15): an ALU32 result was not truncated (no zext_32_to_64).
    `sync=False` stops before the final reg_bounds_sync (the proofs check that step on its own)."""
    if op not in ("add", "sub", "mul", "div", "mod", "and", "or", "xor", "lsh", "rsh", "arsh"):
        raise ValueError(f"not a scalar ALU operation: {op}")
    if alu32:
        src_known = tnum_subreg_is_const(s.var_off)
        unknown = D.any(D.all(src_known, D.any(s.s32min != s.s32max, s.u32min != s.u32max)),
                        s.s32min > s.s32max, D.ult(s.u32max, s.u32min))
        umin_val, umax_val = D.ext32(s.u32min), D.ext32(s.u32max)
    else:
        src_known = s.var_off.mask == 0
        unknown = D.any(D.all(src_known, D.any(s.smin != s.smax, s.umin != s.umax)),
                        s.smin > s.smax, D.ult(s.umax, s.umin))
        umin_val, umax_val = s.umin, s.umax
    if op not in ("add", "sub", "and"):
        unknown = D.any(unknown, D.not_(src_known))
    if "BOUNDS-612" in bugs:
        # 6.12 is_safe_to_compute_dst_reg_range: add/sub/mul/and/or/xor always, a shift by a
        # constant below the width; anything else is unknown, returned before the zero-extension
        if op in ("lsh", "rsh", "arsh"):
            same = (D.all(s.s32min == s.s32max, s.u32min == s.u32max) if alu32
                    else D.all(s.smin == s.smax, s.umin == s.umax))
            unknown = D.not_(D.all(src_known, same, D.ult(s.umax, 32 if alu32 else 64)))
        else:
            unknown = op in ("div", "mod")
    if unknown is True:
        return False
    # the width check reads the 64-bit umax_value even for ALU32; DIV and MOD take the switch's
    # default: both `mark_reg_unknown; break`, then zero-extension for ALU32
    if op in ("lsh", "rsh", "arsh"):
        too_wide = D.ule(32 if alu32 else 64, s.umax)
    else:
        too_wide = op in ("div", "mod") or D.false
    wide = d.copy()
    mark_unknown(wide, D)
    if too_wide is True:
        assign(d, wide)
        op = "unknown"
    if op == "add":
        _min_max(d, s, _add, 32, D); _min_max(d, s, _add, 64, D)
        d.var_off = tnum_add(d.var_off, s.var_off)
    elif op == "sub":
        _min_max(d, s, _sub, 32, D); _min_max(d, s, _sub, 64, D)
        d.var_off = tnum_sub(d.var_off, s.var_off)
    elif op == "mul":
        d.var_off = tnum_mul(d.var_off, s.var_off, D)
        _mul32(d, s, D); _mul64(d, s, D)
    elif op in ("and", "or", "xor"):
        f = {"and": tnum_and, "or": tnum_or, "xor": tnum_xor}[op]
        d.var_off = f(d.var_off, s.var_off)
        _bitop32(d, s, op, D, bugs)
        _bitop64(d, s, op, D)
    elif op == "lsh":
        if alu32:
            _lsh32_bounds(d, umin_val, umax_val, D)
            d.var_off = tnum_subreg(tnum_lshift(tnum_subreg(d.var_off), umin_val, D))
            mark_64_unbounded(d, D)
            update_reg32_bounds(d, D)
        else:
            _lsh64_bounds(d, umin_val, umax_val, D)
            _lsh32_bounds(d, umin_val, umax_val, D)
            d.var_off = tnum_lshift(d.var_off, umin_val, D)
            update_reg_bounds(d, D)
    elif op == "rsh":
        if alu32:
            d.s32min, d.s32max = D.k32(S32_MIN), D.k32(S32_MAX)
            d.var_off = tnum_rshift(tnum_subreg(d.var_off), umin_val, D)
            d.u32min = D.lshr(d.u32min, umax_val)
            d.u32max = D.lshr(d.u32max, umin_val)
            mark_64_unbounded(d, D)
            update_reg32_bounds(d, D)
        else:
            d.smin, d.smax = D.k64(S64_MIN), D.k64(S64_MAX)
            d.var_off = tnum_rshift(d.var_off, umin_val, D)
            d.umin = D.lshr(d.umin, umax_val)
            d.umax = D.lshr(d.umax, umin_val)
            mark_32_unbounded(d, D)
            update_reg_bounds(d, D)
    elif op == "arsh":  # the source is a known constant here
        if alu32:
            d.s32min = D.ashr(d.s32min, umin_val, 32)
            d.s32max = D.ashr(d.s32max, umin_val, 32)
            d.var_off = tnum_arshift(tnum_subreg(d.var_off), umin_val, 32, D)
            d.u32min, d.u32max = D.k32(0), D.k32(U32)
            mark_64_unbounded(d, D)
            update_reg32_bounds(d, D)
        else:
            d.smin = D.ashr(d.smin, umin_val, 64)
            d.smax = D.ashr(d.smax, umin_val, 64)
            d.var_off = tnum_arshift(d.var_off, umin_val, 64, D)
            d.umin, d.umax = D.k64(0), D.k64(U64)
            mark_32_unbounded(d, D)
            update_reg_bounds(d, D)
    if D.symbolic:
        assign(d, bounds_ite(D, too_wide, wide, d))
    if alu32 and "CVE-2017-16996" not in bugs:
        zext_32_to_64(d, D)
    if sync:
        reg_bounds_sync(d, D, bugs)
    return True if not D.symbolic else D.not_(unknown)


def mov_imm(b: Bounds, imm: int, alu64: bool, D=INT, bugs=()) -> None:
    """BPF_MOV | BPF_K: the register becomes the constant; MOV32 zero-extends the 32-bit imm.
    CVE-2017-16995 (before 4.14.9): MOV32 sign-extended it like MOV64."""
    mark_known(b, imm if alu64 or "CVE-2017-16995" in bugs else imm & U32, D)


def mov32_reg(b: Bounds, D=INT, sync=True, bugs=()) -> None:
    """BPF_MOV32 | BPF_X of a scalar: the copy is zero-extended."""
    zext_32_to_64(b, D)
    if sync:
        reg_bounds_sync(b, D, bugs)


# ---------------------------------------------------------------- branches
def branch_taken(b: Bounds, val, op: str, jmp32: bool, D=INT, bugs=()):
    """is_branch32_taken / is_branch64_taken as two conditions: (always taken, never taken).
    BOUNDS-612 (6.12 is_scalar_branch_taken): JEQ/JNE are also decided by a known bit that
    differs, by the value outside the ranges, and for 64-bit compares outside the 32-bit ones."""
    if jmp32:
        t = Tnum(D.low32(b.var_off.value), D.low32(b.var_off.mask))
        v = D.low32(val)
        sv = D.slow32(val)
        umin, umax, smin, smax = b.u32min, b.u32max, b.s32min, b.s32max
    else:
        t = b.var_off
        v = val & U64
        sv = D.s64(val)
        umin, umax, smin, smax = b.umin, b.umax, b.smin, b.smax
    if op in ("jeq", "jne") and "BOUNDS-612" in bugs:
        lo = D.low32(val)
        apart = [D.all(t.mask == 0, t.value != v), v & ~t.mask & U64 != t.value,
                 D.ult(v, umin), D.ult(umax, v), sv < smin, smax < sv]
        if not jmp32:
            apart += [D.ult(lo, b.u32min), D.ult(b.u32max, lo), D.slow32(val) < b.s32min,
                      b.s32max < D.slow32(val)]
        equal = D.all(t.mask == 0, t.value == v)
        return (equal, D.any(*apart)) if op == "jeq" else (D.any(*apart), equal)
    if op == "jeq":
        return D.all(t.mask == 0, t.value == v), D.all(t.mask == 0, t.value != v)
    if op == "jne":
        return D.all(t.mask == 0, t.value != v), D.all(t.mask == 0, t.value == v)
    if op == "jset":
        return (~t.mask & t.value) & v != 0, (t.mask | t.value) & v == 0
    if op == "jgt":
        return D.ult(v, umin), D.ule(umax, v)
    if op == "jsgt":
        return smin > sv, smax <= sv
    if op == "jlt":
        return D.ult(umax, v), D.ule(v, umin)
    if op == "jslt":
        return smax < sv, smin >= sv
    if op == "jge":
        return D.ule(v, umin), D.ult(umax, v)
    if op == "jsge":
        return smin >= sv, smax < sv
    if op == "jle":
        return D.ule(umax, v), D.ult(v, umin)
    if op == "jsle":
        return smax <= sv, smin > sv
    raise ValueError(f"not a conditional jump: {op}")


def is_branch_taken_scalar(b: Bounds, val: int, op: str, jmp32: bool, bugs=()) -> int:
    """is_branch32_taken / is_branch64_taken: 1 taken, 0 not taken, -1 unknown."""
    always, never = branch_taken(b, val, op, jmp32, bugs=bugs)
    return 1 if always else 0 if never else -1


FLIP = {"jeq": "jeq", "jne": "jne", "jset": "jset", "jge": "jle", "jgt": "jlt", "jle": "jge",
        "jlt": "jgt", "jsge": "jsle", "jsgt": "jslt", "jsle": "jsge", "jslt": "jsgt"}


REV = {"jeq": "jne", "jne": "jeq", "jset": "jset_rev", "jge": "jlt", "jgt": "jle", "jle": "jgt",
       "jlt": "jge", "jsge": "jslt", "jsgt": "jsle", "jsle": "jsgt", "jslt": "jsge"}


def tnum_with_subreg(reg: Tnum, subreg: Tnum) -> Tnum:
    return tnum_or(tnum_clear_subreg(reg), tnum_subreg(subreg))


def regs_refine_cond_op(r: Bounds, val, val32, op: str, jmp32: bool, D=INT) -> None:
    """6.12 regs_refine_cond_op for `r <op> constant` (op "jset_rev": the JSET fall-through):
    only the compared width's bounds move (a JMP32 no longer resets the 64-bit ones)."""
    smin_f, smax_f, umin_f, umax_f = FIELDS32 if jmp32 else FIELDS64
    u, sv = (val32, D.s32(val32)) if jmp32 else (val, D.s64(val))
    wrap_u, wrap_s = (D.u32, D.s32) if jmp32 else (D.u64, D.s64)
    g = lambda n: getattr(r, n)  # noqa: E731
    k = Tnum(D.ext32(u) if jmp32 else u, 0)
    on = (lambda f: tnum_with_subreg(r.var_off, f(tnum_subreg(r.var_off)))) if jmp32 else \
        (lambda f: f(r.var_off))
    new: dict = {}
    if op == "jeq":
        new = {umin_f: D.umax(g(umin_f), u), umax_f: D.umin(g(umax_f), u),
               smin_f: D.smax(g(smin_f), sv), smax_f: D.smin(g(smax_f), sv)}
        r.var_off = on(lambda t: tnum_intersect(t, k))
    elif op == "jne":       # a constant on the edge of the range moves the edge
        new = {umin_f: D.ite(g(umin_f) == u, wrap_u(g(umin_f) + 1), g(umin_f)),
               umax_f: D.ite(g(umax_f) == u, wrap_u(g(umax_f) - 1), g(umax_f)),
               smin_f: D.ite(g(smin_f) == sv, wrap_s(g(smin_f) + 1), g(smin_f)),
               smax_f: D.ite(g(smax_f) == sv, wrap_s(g(smax_f) - 1), g(smax_f))}
    elif op == "jset":      # a single bit that is set is known
        pow2 = D.all(u != 0, u & wrap_u(u - 1) == 0)
        r.var_off = tnum_ite(D, pow2, on(lambda t: tnum_or(t, k)), r.var_off)
    elif op == "jset_rev":  # forget the ranges before narrowing the tnum (a dead branch stays sane)
        mark_unbounded(r, D)
        r.var_off = on(lambda t: tnum_and(t, Tnum(D.ext32(~u & U32) if jmp32 else ~u & U64, 0)))
    elif op == "jle":
        new = {umax_f: D.umin(g(umax_f), u)}
    elif op == "jlt":
        new = {umax_f: D.umin(g(umax_f), wrap_u(u - 1))}
    elif op == "jsle":
        new = {smax_f: D.smin(g(smax_f), sv)}
    elif op == "jslt":
        new = {smax_f: D.smin(g(smax_f), wrap_s(sv - 1))}
    elif op == "jge":
        new = {umin_f: D.umax(u, g(umin_f))}
    elif op == "jgt":
        new = {umin_f: D.umax(wrap_u(u + 1), g(umin_f))}
    elif op == "jsge":
        new = {smin_f: D.smax(sv, g(smin_f))}
    elif op == "jsgt":
        new = {smin_f: D.smax(wrap_s(sv + 1), g(smin_f))}
    else:
        raise ValueError(f"not a conditional jump: {op}")
    for n, v in new.items():
        setattr(r, n, v)


def regs_refine_cond_op_regs(r1: Bounds, r2: Bounds, op: str, jmp32: bool) -> None:
    """6.12 regs_refine_cond_op for `r1 <op> r2`, two registers (the walk's integers only; op
    "jset_rev" is the JSET fall-through): JEQ meets both ranges and tnums, the orderings move the
    nearer bound of each register to the other's (>, >= as <, <= with the registers swapped);
    JNE and JSET learn from a register whose tnum is constant, by that value, whatever its ranges
    say. r1 and r2 may be one register."""
    if op in ("jge", "jgt", "jsge", "jsgt"):
        op, r1, r2 = FLIP[op], r2, r1
    smin_f, smax_f, umin_f, umax_f = FIELDS32 if jmp32 else FIELDS64
    wrap_u, wrap_s = (lambda v: v & U32, s32) if jmp32 else (lambda v: v & U64, s64)
    g = getattr
    if op in ("jne", "jset", "jset_rev"):
        const = (lambda r: tnum_subreg(r.var_off).is_const()) if jmp32 else (lambda r: r.var_off.is_const())
        if not const(r2):
            r1, r2 = r2, r1
        if not const(r2):
            return
        val = tnum_subreg(r2.var_off).value if jmp32 else r2.var_off.value
        if op == "jne":
            for f, d in ((umin_f, 1), (umax_f, -1)):
                if g(r1, f) == val:
                    setattr(r1, f, wrap_u(g(r1, f) + d))
            sval = wrap_s(val)
            for f, d in ((smin_f, 1), (smax_f, -1)):
                if g(r1, f) == sval:
                    setattr(r1, f, wrap_s(g(r1, f) + d))
            return
        on = (lambda f: tnum_with_subreg(r1.var_off, f(tnum_subreg(r1.var_off)))) if jmp32 else \
            (lambda f: f(r1.var_off))
        if op == "jset":
            if val and not val & (val - 1):
                r1.var_off = on(lambda t: tnum_or(t, Tnum(val, 0)))
        else:
            mark_unbounded(r1)
            r1.var_off = on(lambda t: tnum_and(t, Tnum(~val & U64, 0)))
        return
    if op == "jeq":
        for f, pick in ((umin_f, max), (umax_f, min), (smin_f, max), (smax_f, min)):
            v = pick(g(r1, f), g(r2, f))
            setattr(r1, f, v)
            setattr(r2, f, v)
        if jmp32:
            t = tnum_intersect(tnum_subreg(r1.var_off), tnum_subreg(r2.var_off))
            r1.var_off = tnum_with_subreg(r1.var_off, t)
            r2.var_off = tnum_with_subreg(r2.var_off, t)
        else:
            r1.var_off = tnum_intersect(r1.var_off, r2.var_off)
            r2.var_off = r1.var_off
    elif op in ("jle", "jlt"):
        d = 1 if op == "jlt" else 0
        setattr(r1, umax_f, min(g(r1, umax_f), wrap_u(g(r2, umax_f) - d)))
        setattr(r2, umin_f, max(wrap_u(g(r1, umin_f) + d), g(r2, umin_f)))
    elif op in ("jsle", "jslt"):
        d = 1 if op == "jslt" else 0
        setattr(r1, smax_f, min(g(r1, smax_f), wrap_s(g(r2, smax_f) - d)))
        setattr(r2, smin_f, max(wrap_s(g(r1, smin_f) + d), g(r2, smin_f)))


def is_scalar_branch_taken_regs(b1: Bounds, b2: Bounds, op: str, jmp32: bool) -> int:
    """6.12 is_scalar_branch_taken for two scalars (1 taken, 0 not taken, -1 unknown): the
    tnums or ranges of the two cannot meet, or one range lies wholly on one side of the other."""
    t1, t2 = (tnum_subreg(b1.var_off), tnum_subreg(b2.var_off)) if jmp32 else (b1.var_off, b2.var_off)
    f_smin, f_smax, f_umin, f_umax = FIELDS32 if jmp32 else FIELDS64
    umin1, umax1, smin1, smax1 = (getattr(b1, f) for f in (f_umin, f_umax, f_smin, f_smax))
    umin2, umax2, smin2, smax2 = (getattr(b2, f) for f in (f_umin, f_umax, f_smin, f_smax))
    if op in ("jeq", "jne"):
        if t1.is_const() and t2.is_const():
            same = t1.value == t2.value
        else:
            mu = t1.mask | t2.mask
            apart = (t1.value & ~mu) != (t2.value & ~mu) or umin1 > umax2 or umax1 < umin2 or \
                smin1 > smax2 or smax1 < smin2 or (not jmp32 and (
                    b1.u32min > b2.u32max or b1.u32max < b2.u32min or
                    b1.s32min > b2.s32max or b1.s32max < b2.s32min))
            if not apart:
                return -1
            same = False
        return int(same) if op == "jeq" else int(not same)
    if op == "jset":
        if not t2.is_const():
            t1, t2 = t2, t1
        if not t2.is_const():
            return -1
        return 1 if (~t1.mask & t1.value) & t2.value else 0 if not (t1.mask | t1.value) & t2.value else -1
    lo1, hi1, lo2, hi2 = (smin1, smax1, smin2, smax2) if op.startswith("js") else (umin1, umax1, umin2, umax2)
    rel = op[2:] if op.startswith("js") else op[1:]
    taken, never = {"gt": (lo1 > hi2, hi1 <= lo2), "lt": (hi1 < lo2, lo1 >= hi2),
                    "ge": (lo1 >= hi2, hi1 < lo2), "le": (hi1 <= lo2, lo1 > hi2)}[rel]
    return 1 if taken else 0 if never else -1


def reg_bounds_sanity_check(b: Bounds, D=INT) -> None:
    """6.12: a state whose ranges cross, or disagree with a constant tnum, loses its ranges."""
    v, v32 = b.var_off.value, D.low32(b.var_off.value)
    bad = D.any(D.ult(b.umax, b.umin), b.smax < b.smin, D.ult(b.u32max, b.u32min), b.s32max < b.s32min,
                D.all(b.var_off.mask == 0, D.any(b.umin != v, b.umax != v, b.smin != D.s64(v),
                                                 b.smax != D.s64(v))),
                D.all(tnum_subreg_is_const(b.var_off),
                      D.any(b.u32min != v32, b.u32max != v32, b.s32min != D.s32(v32),
                            b.s32max != D.s32(v32))))
    wide = b.copy()
    mark_unbounded(wide, D)
    assign(b, bounds_ite(D, bad, wide, b))


def _reg_set_min_max_612(t: Bounds, f: Bounds, val, val32, op: str, jmp32: bool, D, bugs, sync):
    """6.12 reg_set_min_max against a constant: each branch refined on its own, then synced and
    sanity-checked."""
    for r, cond in ((f, REV[op]), (t, op)):
        regs_refine_cond_op(r, val, val32, cond, jmp32, D)
        if sync:
            reg_bounds_sync(r, D, bugs)
            reg_bounds_sanity_check(r, D)


def reg_set_min_max(t: Bounds, f: Bounds, val, val32, op: str, jmp32: bool, D=INT,
                    bugs=(), sync=True) -> None:
    """reg_set_min_max(true_reg, false_reg, ...) for scalar registers (val is u64, val32 u32).
    `sync=False` stops before the final reg_bounds_sync (the proofs check that step alone).
    BOUNDS-612 in `bugs`: 6.12's (regs_refine_cond_op)."""
    if "BOUNDS-612" in bugs:
        return _reg_set_min_max_612(t, f, val & U64, val32 & U32, op, jmp32, D, bugs, sync)
    f32, f64 = tnum_subreg(f.var_off), f.var_off
    t32, t64 = tnum_subreg(t.var_off), t.var_off
    val, val32 = val & U64, val32 & U32
    sval, sval32 = D.s64(val), D.s32(val32)
    if op == "jeq":
        if jmp32:
            mark_reg32_known(t, val32, D); t32 = tnum_subreg(t.var_off)
        else:
            mark_known(t, val, D); t64 = t.var_off
    elif op == "jne":
        if jmp32:
            mark_reg32_known(f, val32, D); f32 = tnum_subreg(f.var_off)
        else:
            mark_known(f, val, D); f64 = f.var_off
    elif op == "jset":
        # the stable 6.1 kernel forgets the false branch's ranges before narrowing its tnum
        mark_unbounded(f, D)
        if jmp32:
            f32 = tnum_and(f32, Tnum(D.ext32(~val32 & U32), 0))
            pow2 = D.all(val32 != 0, val32 & ((val32 - 1) & U32) == 0)
            t32 = tnum_ite(D, pow2, tnum_or(t32, Tnum(D.ext32(val32), 0)), t32)
        else:
            f64 = tnum_and(f64, Tnum(~val & U64, 0))
            pow2 = D.all(val != 0, val & ((val - 1) & U64) == 0)
            t64 = tnum_ite(D, pow2, tnum_or(t64, Tnum(val, 0)), t64)
    elif op in ("jge", "jgt"):
        gt = op == "jgt"
        if jmp32:
            f.u32max = D.umin(f.u32max, val32 if gt else (val32 - 1) & U32)
            t.u32min = D.umax(t.u32min, (val32 + 1) & U32 if gt else val32)
        else:
            f.umax = D.umin(f.umax, val if gt else (val - 1) & U64)
            t.umin = D.umax(t.umin, (val + 1) & U64 if gt else val)
    elif op in ("jsge", "jsgt"):
        gt = op == "jsgt"
        if jmp32:
            f.s32max = D.smin(f.s32max, sval32 if gt else D.s32(sval32 - 1))
            t.s32min = D.smax(t.s32min, D.s32(sval32 + 1) if gt else sval32)
        else:
            f.smax = D.smin(f.smax, sval if gt else D.s64(sval - 1))
            t.smin = D.smax(t.smin, D.s64(sval + 1) if gt else sval)
    elif op in ("jle", "jlt"):
        lt = op == "jlt"
        if jmp32:
            f.u32min = D.umax(f.u32min, val32 if lt else (val32 + 1) & U32)
            t.u32max = D.umin(t.u32max, (val32 - 1) & U32 if lt else val32)
        else:
            f.umin = D.umax(f.umin, val if lt else (val + 1) & U64)
            t.umax = D.umin(t.umax, (val - 1) & U64 if lt else val)
    elif op in ("jsle", "jslt"):
        lt = op == "jslt"
        if jmp32:
            f.s32min = D.smax(f.s32min, sval32 if lt else D.s32(sval32 + 1))
            t.s32max = D.smin(t.s32max, D.s32(sval32 - 1) if lt else sval32)
        else:
            f.smin = D.smax(f.smin, sval if lt else D.s64(sval + 1))
            t.smax = D.smin(t.smax, D.s64(sval - 1) if lt else sval)
    else:
        return
    if jmp32:
        f.var_off = tnum_or(tnum_clear_subreg(f64), tnum_subreg(f32))
        t.var_off = tnum_or(tnum_clear_subreg(t64), tnum_subreg(t32))
        if "CVE-2020-8835" in bugs:
            reg_bound_offset32_truncated(f, D)
            reg_bound_offset32_truncated(t, D)
        reg_combine_32_into_64(f, D, sync, bugs)
        reg_combine_32_into_64(t, D, sync, bugs)
    else:
        f.var_off = f64
        t.var_off = t64
        reg_combine_64_into_32(f, D, bugs, sync)
        reg_combine_64_into_32(t, D, bugs, sync)


def combine_min_max(a: Bounds, b: Bounds, D=INT, sync=True, bugs=()) -> None:
    """__reg_combine_min_max: both registers are equal on this edge."""
    a.umin = b.umin = D.umax(a.umin, b.umin)
    a.umax = b.umax = D.umin(a.umax, b.umax)
    a.smin = b.smin = D.smax(a.smin, b.smin)
    a.smax = b.smax = D.smin(a.smax, b.smax)
    a.var_off = b.var_off = tnum_intersect(a.var_off, b.var_off)
    if sync:
        reg_bounds_sync(a, D, bugs)
        reg_bounds_sync(b, D, bugs)
