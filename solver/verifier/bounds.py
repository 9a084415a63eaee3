"""Scalar tracking of the 6.1 verifier: tnums and s64/u64/s32/u32 bounds.

Why a faithful copy of the kernel's arithmetic (not a cleaner interval domain): the question
`bpfsmt verify` answers is "what does 6.1 say", so the model must lose precision exactly where the
kernel does (e.g. MUL of possibly-negative values, RSH dropping 32-bit bounds, JMP32 refinement via
__reg_combine_32_into_64). Every function is named after the kernel routine it models.
"""
from __future__ import annotations

from dataclasses import dataclass

U64 = (1 << 64) - 1
U32 = (1 << 32) - 1
S64_MIN, S64_MAX = -(1 << 63), (1 << 63) - 1
S32_MIN, S32_MAX = -(1 << 31), (1 << 31) - 1


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


# ---------------------------------------------------------------- tnum (kernel/bpf/tnum.c)
@dataclass(frozen=True)
class Tnum:
    value: int
    mask: int

    def is_const(self) -> bool:
        return self.mask == 0

    def is_unknown(self) -> bool:
        return self.mask == U64

    def __str__(self) -> str:     # tnum_strn: "(%#llx; %#llx)" (the kernel prints 0 as 0x0)
        return f"({self.value:#x}; {self.mask:#x})"


def tnum_const(v: int) -> Tnum:
    return Tnum(u64(v), 0)


TNUM_UNKNOWN = Tnum(0, U64)


def tnum_range(lo: int, hi: int) -> Tnum:
    lo, hi = u64(lo), u64(hi)
    chi = lo ^ hi
    bits = chi.bit_length()
    if bits > 63:
        return TNUM_UNKNOWN
    delta = (1 << bits) - 1
    return Tnum(lo & ~delta & U64, delta)


def tnum_lshift(a: Tnum, s: int) -> Tnum:
    return Tnum(u64(a.value << s), u64(a.mask << s))


def tnum_rshift(a: Tnum, s: int) -> Tnum:
    return Tnum(a.value >> s, a.mask >> s)


def tnum_arshift(a: Tnum, s: int, insn_bitness: int) -> Tnum:
    if insn_bitness == 32:
        return Tnum(u32(s32(a.value) >> s), u32(s32(a.mask) >> s))
    return Tnum(u64(s64(a.value) >> s), u64(s64(a.mask) >> s))


def tnum_add(a: Tnum, b: Tnum) -> Tnum:
    sm = u64(a.mask + b.mask)
    sv = u64(a.value + b.value)
    sigma = u64(sm + sv)
    chi = sigma ^ sv
    mu = chi | a.mask | b.mask
    return Tnum(sv & ~mu & U64, mu)


def tnum_sub(a: Tnum, b: Tnum) -> Tnum:
    dv = u64(a.value - b.value)
    alpha = u64(dv + a.mask)
    beta = u64(dv - b.mask)
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


def tnum_mul(a: Tnum, b: Tnum) -> Tnum:
    acc_v = u64(a.value * b.value)
    acc_m = Tnum(0, 0)
    while a.value or a.mask:
        if a.value & 1:
            acc_m = tnum_add(acc_m, Tnum(0, b.mask))
        elif a.mask & 1:
            acc_m = tnum_add(acc_m, Tnum(0, b.value | b.mask))
        a = tnum_rshift(a, 1)
        b = tnum_lshift(b, 1)
    return tnum_add(Tnum(acc_v, 0), acc_m)


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


def tnum_subreg(a: Tnum) -> Tnum:
    return tnum_cast(a, 4)


def tnum_clear_subreg(a: Tnum) -> Tnum:
    return tnum_lshift(tnum_rshift(a, 32), 32)


def tnum_const_subreg(a: Tnum, v: int) -> Tnum:
    return tnum_or(tnum_clear_subreg(a), tnum_const(u32(v)))


# ---------------------------------------------------------------- scalar bounds
@dataclass
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
        return Bounds(self.var_off, self.smin, self.smax, self.umin, self.umax,
                      self.s32min, self.s32max, self.u32min, self.u32max)


def mark_known(b: Bounds, imm: int) -> None:
    """___mark_reg_known"""
    b.var_off = tnum_const(imm)
    b.smin = b.smax = s64(imm)
    b.umin = b.umax = u64(imm)
    b.s32min = b.s32max = s32(imm)
    b.u32min = b.u32max = u32(imm)


def mark_reg32_known(b: Bounds, imm: int) -> None:
    b.var_off = tnum_const_subreg(b.var_off, imm)
    b.s32min = b.s32max = s32(imm)
    b.u32min = b.u32max = u32(imm)


def mark_unbounded(b: Bounds) -> None:
    mark_64_unbounded(b)
    mark_32_unbounded(b)


def mark_64_unbounded(b: Bounds) -> None:
    b.smin, b.smax, b.umin, b.umax = S64_MIN, S64_MAX, 0, U64


def mark_32_unbounded(b: Bounds) -> None:
    b.s32min, b.s32max, b.u32min, b.u32max = S32_MIN, S32_MAX, 0, U32


def mark_unknown(b: Bounds) -> None:
    b.var_off = TNUM_UNKNOWN
    mark_unbounded(b)


def is_unbounded(b: Bounds) -> bool:
    return (b.var_off.is_unknown() and b.smin == S64_MIN and b.smax == S64_MAX and b.umin == 0
            and b.umax == U64 and b.s32min == S32_MIN and b.s32max == S32_MAX
            and b.u32min == 0 and b.u32max == U32)


def update_reg32_bounds(b: Bounds) -> None:
    v = tnum_subreg(b.var_off)
    b.s32min = max(b.s32min, s32(v.value | (v.mask & 0x80000000)))
    b.s32max = min(b.s32max, s32(v.value | (v.mask & 0x7FFFFFFF)))
    b.u32min = max(b.u32min, u32(v.value))
    b.u32max = min(b.u32max, u32(v.value | v.mask))


def update_reg64_bounds(b: Bounds) -> None:
    v = b.var_off
    b.smin = max(b.smin, s64(v.value | (v.mask & (1 << 63))))
    b.smax = min(b.smax, s64(v.value | (v.mask & S64_MAX)))
    b.umin = max(b.umin, v.value)
    b.umax = min(b.umax, v.value | v.mask)


def update_reg_bounds(b: Bounds) -> None:
    update_reg32_bounds(b)
    update_reg64_bounds(b)


def reg32_deduce_bounds(b: Bounds) -> None:
    if b.s32min >= 0 or b.s32max < 0:
        lo = max(u32(b.s32min), b.u32min)
        hi = min(u32(b.s32max), b.u32max)
        b.s32min, b.u32min = s32(lo), lo
        b.s32max, b.u32max = s32(hi), hi
        return
    if s32(b.u32max) >= 0:
        b.s32min = s32(b.u32min)
        hi = min(u32(b.s32max), b.u32max)
        b.s32max, b.u32max = s32(hi), hi
    elif s32(b.u32min) < 0:
        lo = max(u32(b.s32min), b.u32min)
        b.s32min, b.u32min = s32(lo), lo
        b.s32max = s32(b.u32max)


def reg64_deduce_bounds(b: Bounds) -> None:
    if b.smin >= 0 or b.smax < 0:
        lo = max(u64(b.smin), b.umin)
        hi = min(u64(b.smax), b.umax)
        b.smin, b.umin = s64(lo), lo
        b.smax, b.umax = s64(hi), hi
        return
    if s64(b.umax) >= 0:
        b.smin = s64(b.umin)
        hi = min(u64(b.smax), b.umax)
        b.smax, b.umax = s64(hi), hi
    elif s64(b.umin) < 0:
        lo = max(u64(b.smin), b.umin)
        b.smin, b.umin = s64(lo), lo
        b.smax = s64(b.umax)


def reg_bound_offset(b: Bounds) -> None:
    v64 = tnum_intersect(b.var_off, tnum_range(b.umin, b.umax))
    v32 = tnum_intersect(tnum_subreg(b.var_off), tnum_range(b.u32min, b.u32max))
    b.var_off = tnum_or(tnum_clear_subreg(v64), v32)


def reg_bounds_sync(b: Bounds) -> None:
    update_reg_bounds(b)
    reg32_deduce_bounds(b)
    reg64_deduce_bounds(b)
    reg_bound_offset(b)
    update_reg_bounds(b)


def reg_assign_32_into_64(b: Bounds) -> None:
    b.umin, b.umax = b.u32min, b.u32max
    if 0 <= b.s32min <= S32_MAX and 0 <= b.s32max <= S32_MAX:
        b.smin, b.smax = b.s32min, b.s32max
    else:
        b.smin, b.smax = 0, U32


def zext_32_to_64(b: Bounds) -> None:
    b.var_off = tnum_subreg(b.var_off)
    reg_assign_32_into_64(b)


def reg_combine_32_into_64(b: Bounds) -> None:
    if tnum_clear_subreg(b.var_off) == Tnum(0, 0):
        reg_assign_32_into_64(b)
    else:
        mark_64_unbounded(b)
    reg_bounds_sync(b)


def reg_combine_64_into_32(b: Bounds) -> None:
    mark_32_unbounded(b)
    if S32_MIN <= b.smin <= S32_MAX and S32_MIN <= b.smax <= S32_MAX:
        b.s32min, b.s32max = b.smin, b.smax
    if 0 <= b.umin <= U32 and 0 <= b.umax <= U32:
        b.u32min, b.u32max = b.umin, b.umax
    reg_bounds_sync(b)


def coerce_reg_to_size(b: Bounds, size: int) -> None:
    """coerce_reg_to_size: a narrow load zero-extends."""
    b.var_off = tnum_cast(b.var_off, size)
    m = (1 << (size * 8)) - 1
    if (b.umin & ~m) == (b.umax & ~m):
        b.umin &= m
        b.umax &= m
    else:
        b.umin, b.umax = 0, m
    b.smin, b.smax = b.umin, b.umax
    if size >= 4:
        return
    reg_combine_64_into_32(b)


# ---------------------------------------------------------------- ALU on scalars
def _sadd_ovf(a, b, bits):
    r = a + b
    return r < -(1 << (bits - 1)) or r > (1 << (bits - 1)) - 1


def _ssub_ovf(a, b, bits):
    r = a - b
    return r < -(1 << (bits - 1)) or r > (1 << (bits - 1)) - 1


def _add32(d: Bounds, s: Bounds):
    if _sadd_ovf(d.s32min, s.s32min, 32) or _sadd_ovf(d.s32max, s.s32max, 32):
        d.s32min, d.s32max = S32_MIN, S32_MAX
    else:
        d.s32min += s.s32min
        d.s32max += s.s32max
    if d.u32min + s.u32min > U32 or d.u32max + s.u32max > U32:
        d.u32min, d.u32max = 0, U32
    else:
        d.u32min += s.u32min
        d.u32max += s.u32max


def _add64(d: Bounds, s: Bounds):
    if _sadd_ovf(d.smin, s.smin, 64) or _sadd_ovf(d.smax, s.smax, 64):
        d.smin, d.smax = S64_MIN, S64_MAX
    else:
        d.smin += s.smin
        d.smax += s.smax
    if d.umin + s.umin > U64 or d.umax + s.umax > U64:
        d.umin, d.umax = 0, U64
    else:
        d.umin += s.umin
        d.umax += s.umax


def _sub32(d: Bounds, s: Bounds):
    if _ssub_ovf(d.s32min, s.s32max, 32) or _ssub_ovf(d.s32max, s.s32min, 32):
        d.s32min, d.s32max = S32_MIN, S32_MAX
    else:
        d.s32min -= s.s32max
        d.s32max -= s.s32min
    if d.u32min < s.u32max:
        d.u32min, d.u32max = 0, U32
    else:
        d.u32min -= s.u32max
        d.u32max -= s.u32min


def _sub64(d: Bounds, s: Bounds):
    if _ssub_ovf(d.smin, s.smax, 64) or _ssub_ovf(d.smax, s.smin, 64):
        d.smin, d.smax = S64_MIN, S64_MAX
    else:
        d.smin -= s.smax
        d.smax -= s.smin
    if d.umin < s.umax:
        d.umin, d.umax = 0, U64
    else:
        d.umin -= s.umax
        d.umax -= s.umin


def _mul32(d: Bounds, s: Bounds):
    if s.s32min < 0 or d.s32min < 0:
        mark_32_unbounded(d)
        return
    if s.u32max > 0xFFFF or d.u32max > 0xFFFF:
        mark_32_unbounded(d)
        return
    d.u32min *= s.u32min
    d.u32max *= s.u32max
    if d.u32max > S32_MAX:
        d.s32min, d.s32max = S32_MIN, S32_MAX
    else:
        d.s32min, d.s32max = d.u32min, d.u32max


def _mul64(d: Bounds, s: Bounds):
    if s.smin < 0 or d.smin < 0:
        mark_64_unbounded(d)
        return
    if s.umax > U32 or d.umax > U32:
        mark_64_unbounded(d)
        return
    d.umin *= s.umin
    d.umax *= s.umax
    if d.umax > S64_MAX:
        d.smin, d.smax = S64_MIN, S64_MAX
    else:
        d.smin, d.smax = d.umin, d.umax


def _bitop32(d: Bounds, s: Bounds, op):
    sk = tnum_subreg(s.var_off).is_const()
    v = tnum_subreg(d.var_off)
    dk = v.is_const()
    if sk and dk:
        d.s32min = d.s32max = s32(v.value)
        d.u32min = d.u32max = u32(v.value)
        return
    if op == "and":
        d.u32min = u32(v.value)
        d.u32max = min(d.u32max, s.u32max)
        if d.s32min < 0 or s.s32min < 0:
            d.s32min, d.s32max = S32_MIN, S32_MAX
        else:
            d.s32min, d.s32max = d.u32min, d.u32max
    elif op == "or":
        d.u32min = max(d.u32min, s.u32min)
        d.u32max = u32(v.value | v.mask)
        if d.s32min < 0 or s.s32min < 0:
            d.s32min, d.s32max = S32_MIN, S32_MAX
        else:
            d.s32min, d.s32max = d.u32min, d.u32max
    else:  # xor
        d.u32min = u32(v.value)
        d.u32max = u32(v.value | v.mask)
        if d.s32min >= 0 and s.s32min >= 0:
            d.s32min, d.s32max = d.u32min, d.u32max
        else:
            d.s32min, d.s32max = S32_MIN, S32_MAX


def _bitop64(d: Bounds, s: Bounds, op):
    sk = s.var_off.is_const()
    dk = d.var_off.is_const()
    if sk and dk:
        mark_known(d, d.var_off.value)
        return
    v = d.var_off
    if op == "and":
        d.umin = v.value
        d.umax = min(d.umax, s.umax)
        if d.smin < 0 or s.smin < 0:
            d.smin, d.smax = S64_MIN, S64_MAX
        else:
            d.smin, d.smax = d.umin, d.umax
    elif op == "or":
        d.umin = max(d.umin, s.umin)
        d.umax = v.value | v.mask
        if d.smin < 0 or s.smin < 0:
            d.smin, d.smax = S64_MIN, S64_MAX
        else:
            d.smin, d.smax = d.umin, d.umax
    else:
        d.umin = v.value
        d.umax = v.value | v.mask
        if d.smin >= 0 and s.smin >= 0:
            d.smin, d.smax = d.umin, d.umax
        else:
            d.smin, d.smax = S64_MIN, S64_MAX
    update_reg_bounds(d)


def _lsh32_bounds(d: Bounds, umin_val, umax_val):
    d.s32min, d.s32max = S32_MIN, S32_MAX
    if umax_val > 31 or d.u32max > (1 << (31 - umax_val)):
        d.u32min, d.u32max = 0, U32
    else:
        d.u32min <<= umin_val
        d.u32max <<= umax_val


def _lsh64_bounds(d: Bounds, umin_val, umax_val):
    if umin_val == 32 and umax_val == 32 and d.s32max >= 0:
        d.smax = d.s32max << 32
    else:
        d.smax = S64_MAX
    if umin_val == 32 and umax_val == 32 and d.s32min >= 0:
        d.smin = d.s32min << 32
    else:
        d.smin = S64_MIN
    if d.umax > (1 << (63 - umax_val)):
        d.umin, d.umax = 0, U64
    else:
        d.umin = u64(d.umin << umin_val)
        d.umax = u64(d.umax << umax_val)


def adjust_scalar(d: Bounds, s: Bounds, op: str, alu32: bool) -> bool:
    """adjust_scalar_min_max_vals. Returns False when the result is simply 'unknown'
    (the caller then marks the register unknown), True when `d` was updated."""
    if alu32:
        src_known = tnum_subreg(s.var_off).is_const()
        if ((src_known and (s.s32min != s.s32max or s.u32min != s.u32max))
                or s.s32min > s.s32max or s.u32min > s.u32max):
            return False
    else:
        src_known = s.var_off.is_const()
        if ((src_known and (s.smin != s.smax or s.umin != s.umax))
                or s.smin > s.smax or s.umin > s.umax):
            return False
    if not src_known and op not in ("add", "sub", "and"):
        return False
    bitness = 32 if alu32 else 64
    umin_val = s.u32min if alu32 else s.umin
    umax_val = s.u32max if alu32 else s.umax
    if op == "add":
        _add32(d, s); _add64(d, s)
        d.var_off = tnum_add(d.var_off, s.var_off)
    elif op == "sub":
        _sub32(d, s); _sub64(d, s)
        d.var_off = tnum_sub(d.var_off, s.var_off)
    elif op == "mul":
        d.var_off = tnum_mul(d.var_off, s.var_off)
        _mul32(d, s); _mul64(d, s)
    elif op in ("and", "or", "xor"):
        f = {"and": tnum_and, "or": tnum_or, "xor": tnum_xor}[op]
        d.var_off = f(d.var_off, s.var_off)
        _bitop32(d, s, op)
        _bitop64(d, s, op)
    elif op in ("lsh", "rsh", "arsh"):
        if umax_val >= bitness:
            return False
        if op == "lsh":
            if alu32:
                _lsh32_bounds(d, umin_val, umax_val)
                d.var_off = tnum_subreg(tnum_lshift(tnum_subreg(d.var_off), umin_val))
                mark_64_unbounded(d)
                update_reg32_bounds(d)
            else:
                _lsh64_bounds(d, umin_val, umax_val)
                _lsh32_bounds(d, umin_val, umax_val)
                d.var_off = tnum_lshift(d.var_off, umin_val)
                update_reg_bounds(d)
        elif op == "rsh":
            if alu32:
                d.s32min, d.s32max = S32_MIN, S32_MAX
                d.var_off = tnum_rshift(tnum_subreg(d.var_off), umin_val)
                d.u32min >>= umax_val
                d.u32max >>= umin_val
                mark_64_unbounded(d)
                update_reg32_bounds(d)
            else:
                d.smin, d.smax = S64_MIN, S64_MAX
                d.var_off = tnum_rshift(d.var_off, umin_val)
                d.umin >>= umax_val
                d.umax >>= umin_val
                mark_32_unbounded(d)
                update_reg_bounds(d)
        else:
            if alu32:
                d.s32min >>= umin_val
                d.s32max >>= umin_val
                d.var_off = tnum_arshift(tnum_subreg(d.var_off), umin_val, 32)
                d.u32min, d.u32max = 0, U32
                mark_64_unbounded(d)
                update_reg32_bounds(d)
            else:
                d.smin >>= umin_val
                d.smax >>= umin_val
                d.var_off = tnum_arshift(d.var_off, umin_val, 64)
                d.umin, d.umax = 0, U64
                mark_32_unbounded(d)
                update_reg_bounds(d)
    else:
        return False
    if alu32:
        zext_32_to_64(d)
    reg_bounds_sync(d)
    return True


# ---------------------------------------------------------------- branches
def is_branch_taken_scalar(b: Bounds, val: int, op: str, jmp32: bool) -> int:
    """is_branch32_taken / is_branch64_taken: 1 taken, 0 not taken, -1 unknown."""
    if jmp32:
        t = tnum_subreg(b.var_off)
        v = u32(val)
        sv = s32(val)
        umin, umax, smin, smax = b.u32min, b.u32max, b.s32min, b.s32max
    else:
        t = b.var_off
        v = u64(val)
        sv = s64(val)
        umin, umax, smin, smax = b.umin, b.umax, b.smin, b.smax
    if op == "jeq":
        if t.is_const():
            return int(t.value == v)
    elif op == "jne":
        if t.is_const():
            return int(t.value != v)
    elif op == "jset":
        if (~t.mask & t.value) & v:
            return 1
        if not ((t.mask | t.value) & v):
            return 0
    elif op == "jgt":
        if umin > v: return 1
        if umax <= v: return 0
    elif op == "jsgt":
        if smin > sv: return 1
        if smax <= sv: return 0
    elif op == "jlt":
        if umax < v: return 1
        if umin >= v: return 0
    elif op == "jslt":
        if smax < sv: return 1
        if smin >= sv: return 0
    elif op == "jge":
        if umin >= v: return 1
        if umax < v: return 0
    elif op == "jsge":
        if smin >= sv: return 1
        if smax < sv: return 0
    elif op == "jle":
        if umax <= v: return 1
        if umin > v: return 0
    elif op == "jsle":
        if smax <= sv: return 1
        if smin > sv: return 0
    return -1


FLIP = {"jeq": "jeq", "jne": "jne", "jset": "jset", "jge": "jle", "jgt": "jlt", "jle": "jge",
        "jlt": "jgt", "jsge": "jsle", "jsgt": "jslt", "jsle": "jsge", "jslt": "jsgt"}


def reg_set_min_max(t: Bounds, f: Bounds, val: int, val32: int, op: str, jmp32: bool) -> None:
    """reg_set_min_max(true_reg, false_reg, ...) for scalar registers."""
    f32, f64 = tnum_subreg(f.var_off), f.var_off
    t32, t64 = tnum_subreg(t.var_off), t.var_off
    val, val32 = u64(val), u32(val32)
    sval, sval32 = s64(val), s32(val32)
    if op == "jeq":
        if jmp32:
            mark_reg32_known(t, val32); t32 = tnum_subreg(t.var_off)
        else:
            mark_known(t, val); t64 = t.var_off
    elif op == "jne":
        if jmp32:
            mark_reg32_known(f, val32); f32 = tnum_subreg(f.var_off)
        else:
            mark_known(f, val); f64 = f.var_off
    elif op == "jset":
        if jmp32:
            f32 = tnum_and(f32, tnum_const(u32(~val32)))
            if val32 and not (val32 & (val32 - 1)):
                t32 = tnum_or(t32, tnum_const(val32))
        else:
            f64 = tnum_and(f64, tnum_const(u64(~val)))
            if val and not (val & (val - 1)):
                t64 = tnum_or(t64, tnum_const(val))
    elif op in ("jge", "jgt"):
        if jmp32:
            fu = val32 if op == "jgt" else u32(val32 - 1)
            tu = u32(val32 + 1) if op == "jgt" else val32
            f.u32max = min(f.u32max, fu)
            t.u32min = max(t.u32min, tu)
        else:
            fu = val if op == "jgt" else u64(val - 1)
            tu = u64(val + 1) if op == "jgt" else val
            f.umax = min(f.umax, fu)
            t.umin = max(t.umin, tu)
    elif op in ("jsge", "jsgt"):
        if jmp32:
            fs = sval32 if op == "jsgt" else s32(sval32 - 1)
            ts = s32(sval32 + 1) if op == "jsgt" else sval32
            f.s32max = min(f.s32max, fs)
            t.s32min = max(t.s32min, ts)
        else:
            fs = sval if op == "jsgt" else s64(sval - 1)
            ts = s64(sval + 1) if op == "jsgt" else sval
            f.smax = min(f.smax, fs)
            t.smin = max(t.smin, ts)
    elif op in ("jle", "jlt"):
        if jmp32:
            fu = val32 if op == "jlt" else u32(val32 + 1)
            tu = u32(val32 - 1) if op == "jlt" else val32
            f.u32min = max(f.u32min, fu)
            t.u32max = min(t.u32max, tu)
        else:
            fu = val if op == "jlt" else u64(val + 1)
            tu = u64(val - 1) if op == "jlt" else val
            f.umin = max(f.umin, fu)
            t.umax = min(t.umax, tu)
    elif op in ("jsle", "jslt"):
        if jmp32:
            fs = sval32 if op == "jslt" else s32(sval32 + 1)
            ts = s32(sval32 - 1) if op == "jslt" else sval32
            f.s32min = max(f.s32min, fs)
            t.s32max = min(t.s32max, ts)
        else:
            fs = sval if op == "jslt" else s64(sval + 1)
            ts = s64(sval - 1) if op == "jslt" else sval
            f.smin = max(f.smin, fs)
            t.smax = min(t.smax, ts)
    else:
        return
    if jmp32:
        f.var_off = tnum_or(tnum_clear_subreg(f64), tnum_subreg(f32))
        t.var_off = tnum_or(tnum_clear_subreg(t64), tnum_subreg(t32))
        reg_combine_32_into_64(f)
        reg_combine_32_into_64(t)
    else:
        f.var_off = f64
        t.var_off = t64
        reg_combine_64_into_32(f)
        reg_combine_64_into_32(t)


def combine_min_max(a: Bounds, b: Bounds) -> None:
    """__reg_combine_min_max: both registers are equal on this edge."""
    a.umin = b.umin = max(a.umin, b.umin)
    a.umax = b.umax = min(a.umax, b.umax)
    a.smin = b.smin = max(a.smin, b.smin)
    a.smax = b.smax = min(a.smax, b.smax)
    a.var_off = b.var_off = tnum_intersect(a.var_off, b.var_off)
    reg_bounds_sync(a)
    reg_bounds_sync(b)
