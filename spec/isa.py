"""RFC 9669 ISA semantics, written once over an abstract bit-vector domain.

Why a domain: the concrete executor and the Z3 lowering must compute the same function for every
opcode. Both call the functions below; the executor passes `CONCRETE` (Python ints), the lowering
passes `Z3` (z3 bit-vectors). A disagreement found by cross-validation is therefore a bug in memory,
paths or rules, never in a second copy of the ISA.

Every value handed to these functions is a 64-bit vector (a register); results are 64-bit too.
Widths are passed explicitly so the concrete domain (plain ints) needs no wrapper type.
"""
from __future__ import annotations

from .insn import (BPF_ADD, BPF_SUB, BPF_MUL, BPF_DIV, BPF_OR, BPF_AND, BPF_LSH, BPF_RSH,
                   BPF_NEG, BPF_MOD, BPF_XOR, BPF_MOV, BPF_ARSH, BPF_END, BPF_JEQ, BPF_JGT,
                   BPF_JGE, BPF_JSET, BPF_JNE, BPF_JSGT, BPF_JSGE, BPF_JLT, BPF_JLE, BPF_JSLT,
                   BPF_JSLE, BPF_ALU64, BPF_ALU, BPF_TO_BE, BPF_K, BPF_FETCH, BPF_XCHG,
                   BPF_CMPXCHG, Insn)


def mask(w: int) -> int:
    return (1 << w) - 1


class ConcreteDomain:
    """Bit-vectors as non-negative Python ints, booleans as bool. (Masks are written out, not
    `mask()`: the verifier model computes constants through here a million times a walk.)"""
    name = "concrete"

    def const(self, v, w=64):
        return v & ((1 << w) - 1)

    def add(self, a, b, w): return (a + b) & ((1 << w) - 1)
    def sub(self, a, b, w): return (a - b) & ((1 << w) - 1)
    def mul(self, a, b, w): return (a * b) & ((1 << w) - 1)
    def and_(self, a, b, w): return a & b
    def or_(self, a, b, w): return a | b
    def xor(self, a, b, w): return a ^ b
    def neg(self, a, w): return (-a) & ((1 << w) - 1)
    def shl(self, a, n, w): return (a << n) & ((1 << w) - 1) if n < w else 0
    def lshr(self, a, n, w): return a >> n if n < w else 0

    def ashr(self, a, n, w):
        return (self.signed(a, w) >> min(n, w - 1)) & ((1 << w) - 1)

    def signed(self, a, w):
        return a - (1 << w) if a >> (w - 1) & 1 else a

    # raw division: callers guard the zero divisor with ite, as in SMT-LIB
    def udiv(self, a, b, w): return a // b if b else ((1 << w) - 1)
    def urem(self, a, b, w): return a % b if b else a

    def sdiv(self, a, b, w):
        if b == 0:
            return ((1 << w) - 1) if self.signed(a, w) >= 0 else 1
        sa, sb = self.signed(a, w), self.signed(b, w)
        q = abs(sa) // abs(sb)
        return (q if (sa < 0) == (sb < 0) else -q) & ((1 << w) - 1)

    def srem(self, a, b, w):
        if b == 0:
            return a
        sa, sb = self.signed(a, w), self.signed(b, w)
        r = abs(sa) % abs(sb)
        return (-r if sa < 0 else r) & ((1 << w) - 1)

    def trunc(self, a, w): return a & ((1 << w) - 1)
    def zext(self, a, w_from, w_to): return a & ((1 << w_from) - 1)

    def sext(self, a, w_from, w_to):
        return self.signed(a & ((1 << w_from) - 1), w_from) & ((1 << w_to) - 1)

    def concat(self, hi, lo, w_lo): return (hi << w_lo) | lo
    def extract(self, a, hi, lo): return (a >> lo) & ((1 << (hi - lo + 1)) - 1)

    # booleans
    true, false = True, False
    def eq(self, a, b): return a == b
    def ne(self, a, b): return a != b
    def ult(self, a, b): return a < b
    def ule(self, a, b): return a <= b
    def ugt(self, a, b): return a > b
    def uge(self, a, b): return a >= b
    def slt(self, a, b, w): return self.signed(a, w) < self.signed(b, w)
    def sle(self, a, b, w): return self.signed(a, w) <= self.signed(b, w)
    def sgt(self, a, b, w): return self.signed(a, w) > self.signed(b, w)
    def sge(self, a, b, w): return self.signed(a, w) >= self.signed(b, w)
    def band(self, *cs): return all(cs)
    def bor(self, *cs): return any(cs)
    def bnot(self, c): return not c
    def ite(self, c, a, b): return a if c else b


class Z3Domain:
    """Bit-vectors as z3 BitVecRef, booleans as z3 BoolRef."""
    name = "z3"

    def __init__(self):
        import z3
        self.z3 = z3
        self.true, self.false = z3.BoolVal(True), z3.BoolVal(False)

    def const(self, v, w=64):
        return self.z3.BitVecVal(v & mask(w), w)

    def add(self, a, b, w): return a + b
    def sub(self, a, b, w): return a - b
    def mul(self, a, b, w): return a * b
    def and_(self, a, b, w): return a & b
    def or_(self, a, b, w): return a | b
    def xor(self, a, b, w): return a ^ b
    def neg(self, a, w): return -a
    def shl(self, a, n, w): return a << n
    def lshr(self, a, n, w): return self.z3.LShR(a, n)
    def ashr(self, a, n, w): return a >> n
    def udiv(self, a, b, w): return self.z3.UDiv(a, b)
    def urem(self, a, b, w): return self.z3.URem(a, b)
    def sdiv(self, a, b, w): return a / b
    def srem(self, a, b, w): return self.z3.SRem(a, b)

    def trunc(self, a, w):
        return a if a.size() == w else self.z3.Extract(w - 1, 0, a)

    def zext(self, a, w_from, w_to):
        a = self.trunc(a, w_from)
        return a if w_to == w_from else self.z3.ZeroExt(w_to - w_from, a)

    def sext(self, a, w_from, w_to):
        a = self.trunc(a, w_from)
        return a if w_to == w_from else self.z3.SignExt(w_to - w_from, a)

    def concat(self, hi, lo, w_lo): return self.z3.Concat(hi, lo)
    def extract(self, a, hi, lo): return self.z3.Extract(hi, lo, a)

    def eq(self, a, b): return a == b
    def ne(self, a, b): return a != b
    def ult(self, a, b): return self.z3.ULT(a, b)
    def ule(self, a, b): return self.z3.ULE(a, b)
    def ugt(self, a, b): return self.z3.UGT(a, b)
    def uge(self, a, b): return self.z3.UGE(a, b)
    def slt(self, a, b, w): return a < b
    def sle(self, a, b, w): return a <= b
    def sgt(self, a, b, w): return a > b
    def sge(self, a, b, w): return a >= b
    def band(self, *cs): return self.z3.And(*cs)
    def bor(self, *cs): return self.z3.Or(*cs)
    def bnot(self, c): return self.z3.Not(c)
    def ite(self, c, a, b): return self.z3.If(c, a, b)


CONCRETE = ConcreteDomain()
_Z3 = None


def z3_domain() -> Z3Domain:
    global _Z3
    if _Z3 is None:
        _Z3 = Z3Domain()
    return _Z3


# ---------------------------------------------------------------------------------------------
# ALU
# ---------------------------------------------------------------------------------------------

def alu_operand(D, insn: Insn, src_reg_value):
    """The second operand of an ALU op as a 64-bit value: imm (sign-extended) or the src reg."""
    if insn.source == BPF_K:
        return D.const(insn.imm, 64)
    return src_reg_value


def alu(D, insn: Insn, dst, src):
    """dst' for an ALU/ALU64 instruction. `dst`, `src` are 64-bit; `src` is the operand
    (use alu_operand). 32-bit ops compute on the low halves and zero-extend, RFC 9669 §4.1."""
    is64 = insn.cls == BPF_ALU64
    w = 64 if is64 else 32
    code = insn.code
    if code == BPF_END:
        return byteswap(D, insn, dst)
    a = D.trunc(dst, w)
    b = D.trunc(src, w)
    if code in (BPF_DIV, BPF_MOD):
        zero = D.const(0, w)
    if code == BPF_ADD:
        r = D.add(a, b, w)
    elif code == BPF_SUB:
        r = D.sub(a, b, w)
    elif code == BPF_MUL:
        r = D.mul(a, b, w)
    elif code == BPF_DIV:
        if insn.off == 1:
            r = D.ite(D.eq(b, zero), zero, D.sdiv(a, b, w))
        else:
            r = D.ite(D.eq(b, zero), zero, D.udiv(a, b, w))
    elif code == BPF_MOD:
        if insn.off == 1:
            r = D.ite(D.eq(b, zero), a, D.srem(a, b, w))
        else:
            r = D.ite(D.eq(b, zero), a, D.urem(a, b, w))
    elif code == BPF_OR:
        r = D.or_(a, b, w)
    elif code == BPF_AND:
        r = D.and_(a, b, w)
    elif code == BPF_XOR:
        r = D.xor(a, b, w)
    elif code in (BPF_LSH, BPF_RSH, BPF_ARSH):
        n = D.and_(b, D.const(w - 1, w), w)  # shift counts are masked (RFC 9669 §4.1)
        r = {BPF_LSH: D.shl, BPF_RSH: D.lshr, BPF_ARSH: D.ashr}[code](a, n, w)
    elif code == BPF_NEG:
        r = D.neg(a, w)
    elif code == BPF_MOV:
        if insn.off in (8, 16, 32) and insn.source != BPF_K:  # MOVSX
            r = D.sext(src, insn.off, w)
        else:
            r = b
    else:
        raise ValueError(f"not an ALU operation: {insn.opcode:#04x}")
    return D.zext(r, w, 64) if w == 32 else r


def bswap(D, x, nbytes):
    """Reverse the low `nbytes` bytes of x (64-bit in, nbytes*8 wide out)."""
    parts = [D.extract(x, 8 * i + 7, 8 * i) for i in range(nbytes)]  # parts[0] = lowest byte
    out = parts[0]
    for p in parts[1:]:
        out = D.concat(out, p, 8)  # lowest byte ends up highest
    return out


def byteswap(D, insn: Insn, dst):
    """END: ALU TO_LE truncates (little-endian host), ALU TO_BE swaps; ALU64 swaps always."""
    width = insn.imm
    if width not in (16, 32, 64):
        raise ValueError(f"byte swap width {width} is not 16, 32 or 64")
    if insn.cls == BPF_ALU and insn.source != BPF_TO_BE:
        r = D.trunc(dst, width)
    else:
        r = bswap(D, dst, width // 8)
    return D.zext(r, width, 64)


# ---------------------------------------------------------------------------------------------
# Conditional jumps
# ---------------------------------------------------------------------------------------------

def jmp_operand(D, insn: Insn, src_reg_value):
    if insn.source == BPF_K:
        return D.const(insn.imm, 64)  # sign-extended imm, RFC 9669 §4.3
    return src_reg_value


def jmp_cond(D, insn: Insn, dst, src):
    """The branch condition of a JMP/JMP32 conditional jump (taken when true)."""
    w = 64 if insn.cls != 6 else 32  # BPF_JMP32 == 6
    a, b = D.trunc(dst, w), D.trunc(src, w)
    code = insn.code
    if code == BPF_JEQ: return D.eq(a, b)
    if code == BPF_JNE: return D.ne(a, b)
    if code == BPF_JGT: return D.ugt(a, b)
    if code == BPF_JGE: return D.uge(a, b)
    if code == BPF_JLT: return D.ult(a, b)
    if code == BPF_JLE: return D.ule(a, b)
    if code == BPF_JSGT: return D.sgt(a, b, w)
    if code == BPF_JSGE: return D.sge(a, b, w)
    if code == BPF_JSLT: return D.slt(a, b, w)
    if code == BPF_JSLE: return D.sle(a, b, w)
    if code == BPF_JSET: return D.ne(D.and_(a, b, w), D.const(0, w))
    raise ValueError(f"not a conditional jump: {insn.opcode:#04x}")


# ---------------------------------------------------------------------------------------------
# Memory values
# ---------------------------------------------------------------------------------------------

def load_extend(D, value, nbytes: int, signed: bool):
    """A loaded value of `nbytes` bytes widened to a register (LDX MEM / MEMSX)."""
    w = nbytes * 8
    if w == 64:
        return value
    return D.sext(value, w, 64) if signed else D.zext(value, w, 64)


def store_value(D, value, nbytes: int):
    """The bytes a store writes: the low `nbytes` bytes of the 64-bit source."""
    return D.trunc(value, nbytes * 8)


def le_bytes(D, value, nbytes: int):
    """Split a value into little-endian bytes (list of 8-bit vectors)."""
    return [D.extract(value, 8 * i + 7, 8 * i) for i in range(nbytes)]


def from_le_bytes(D, parts):
    """Assemble little-endian bytes into one vector of len(parts)*8 bits."""
    out = parts[0]
    for i, p in enumerate(parts[1:], start=1):
        out = D.concat(p, out, 8 * i)
    return out


def atomic(D, insn: Insn, old, src, r0):
    """STX|ATOMIC: returns (new memory value, new src register or None, new r0 or None).

    `old` is the memory value at the access width (32 or 64 bits); `src`, `r0` are registers.
    FETCH forms return the old value zero-extended into src; CMPXCHG compares with r0's low
    `w` bits and returns old (zero-extended) in r0. Arithmetic wraps at the access width.
    """
    w = insn.size_bytes * 8
    s = D.trunc(src, w)
    op = insn.imm
    if op == BPF_XCHG:
        return s, D.zext(old, w, 64), None
    if op == BPF_CMPXCHG:
        new = D.ite(D.eq(old, D.trunc(r0, w)), s, old)
        return new, None, D.zext(old, w, 64)
    base = op & ~BPF_FETCH
    fn = {BPF_ADD: D.add, BPF_OR: D.or_, BPF_AND: D.and_, BPF_XOR: D.xor}.get(base)
    if fn is None:
        raise ValueError(f"invalid atomic operation {op:#04x}")
    new = fn(old, s, w)
    return new, (D.zext(old, w, 64) if op & BPF_FETCH else None), None
