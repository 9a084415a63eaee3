"""Constant blinding (`bpf_jit_harden`): Linux 6.1's bpf_jit_blind_constants / bpf_jit_blind_insn
(kernel/bpf/core.c), run by bpf_int_jit_compile on each function before the JIT.

Every user-controlled 32-bit constant of an ALU/ALU64 K operation, a conditional JMP/JMP32 K,
a ST_MEM store and an lddw is hidden behind a random value: `AX = rnd ^ imm; AX ^= rnd` and the
instruction then uses AX (BPF_REG_AX, r10 in the x86 JIT) as its register operand, so the
constant never appears verbatim in the executable image. The random values come from the
kernel's get_random_u32(): the model takes them as a parameter (`draw`, one call per random
value a rewrite uses; the draws of instructions that are left alone are not observable), and
`blinding_pairs` recovers them from a kernel image so that an oracle image can be compared
byte for byte.

The constants go through `ConstOps` so that the same rewrite runs on Python ints (the JIT) and
on Z3 bit-vectors (proofs/jit_blind.py: semantics preserved for every random value).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

from bpfsmt.solver.xlate.patch import XlatedProg
from bpfsmt.spec.insn import (BPF_ALU, BPF_ALU64, BPF_JMP, BPF_JMP32, BPF_ST, BPF_STX, BPF_MEM,
                              BPF_K, BPF_X, BPF_MOV, BPF_XOR, BPF_OR, BPF_LSH, BPF_ADD,
                              BPF_SUB, BPF_AND, BPF_MUL, BPF_DIV, BPF_MOD, BPF_JEQ, BPF_JNE,
                              BPF_JGT, BPF_JLT, BPF_JGE, BPF_JLE, BPF_JSGT, BPF_JSLT,
                              BPF_JSGE, BPF_JSLE, BPF_JSET, BPF_PSEUDO_FUNC, BPF_REG_AX, Insn)

BLINDED_ALU = (BPF_ADD, BPF_SUB, BPF_AND, BPF_OR, BPF_XOR, BPF_MUL, BPF_MOV, BPF_DIV, BPF_MOD)
BLINDED_JMP = (BPF_JEQ, BPF_JNE, BPF_JGT, BPF_JLT, BPF_JGE, BPF_JLE, BPF_JSGT, BPF_JSLT,
               BPF_JSGE, BPF_JSLE, BPF_JSET)


def blinding_enabled(harden: int, bpf_capable: bool = True) -> bool:
    """bpf_jit_blinding_enabled: harden 1 blinds only programs loaded without CAP_BPF, 2 all."""
    return harden >= 2 or (harden == 1 and not bpf_capable)


def _s32(v: int) -> int:
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v >> 31 else v


@dataclass(frozen=True)
class ConstOps:
    """How the rewrite computes on constants: `xor(rnd, imm)` gives an imm field, `is_zero`
    decides the `mov K 0` special case."""
    xor: Callable
    is_zero: Callable


CONCRETE = ConstOps(xor=lambda a, b: _s32(a ^ b), is_zero=lambda v: v == 0)


def _ins(opcode, dst=0, src=0, off=0, imm=0) -> Insn:
    # not Insn.make: the fields may be Z3 terms (ConstOps of the proofs)
    return Insn(opcode, dst, src, off, imm)


class Blinder:
    """bpf_jit_blind_insn, one method per group of its switch; proof mutants subclass it.
    `draw()` gives the next random value as an imm field (s32 for the JIT)."""

    def __init__(self, draw: Callable, ops: ConstOps = CONCRETE, emit_zext: bool = False):
        self.draw, self.ops, self.emit_zext = draw, ops, emit_zext

    def blind_insn(self, insn: Insn) -> Optional[list[Insn]]:
        """The patch for `insn` (an lddw as a whole: both halves' patches), None if it is
        left alone."""
        if insn.dst == BPF_REG_AX or insn.src == BPF_REG_AX:
            return None
        cls, code = insn.cls, insn.code
        if cls in (BPF_ALU, BPF_ALU64) and code == BPF_MOV and insn.source == BPF_K and \
                self.ops.is_zero(insn.imm):
            return [_ins(BPF_ALU64 | BPF_XOR | BPF_X, insn.dst, insn.dst)]
        if insn.is_wide:
            return self.blind_ld_imm64(insn)
        if cls == BPF_ST and insn.mode == BPF_MEM:
            return self.blind_st(insn)
        if insn.source != BPF_K:
            return None
        if cls in (BPF_ALU, BPF_ALU64) and code in BLINDED_ALU:
            return self.blind_alu(insn)
        if cls in (BPF_JMP, BPF_JMP32) and code in BLINDED_JMP:
            return self.blind_jmp(insn)
        return None

    def hide(self, cls, imm) -> list[Insn]:
        """AX = rnd ^ imm; AX ^= rnd (in the class `cls`: ALU or ALU64)."""
        rnd = self.draw()
        return [_ins(cls | BPF_MOV | BPF_K, BPF_REG_AX, imm=self.ops.xor(rnd, imm)),
                _ins(cls | BPF_XOR | BPF_K, BPF_REG_AX, imm=rnd)]

    def blind_alu(self, insn):
        return self.hide(insn.cls, insn.imm) + \
            [_ins(insn.cls | insn.code | BPF_X, insn.dst, BPF_REG_AX)]

    def jmp_off(self, insn):
        """The patched jump is the patchlet's third insn: a back-jump is 2 slots longer."""
        return insn.off - 2 if insn.off < 0 else insn.off

    def blind_jmp(self, insn):
        cls = BPF_ALU64 if insn.cls == BPF_JMP else BPF_ALU
        return self.hide(cls, insn.imm) + \
            [_ins(insn.cls | insn.code | BPF_X, insn.dst, BPF_REG_AX, self.jmp_off(insn))]

    def blind_st(self, insn):
        return self.hide(BPF_ALU64, insn.imm) + \
            [_ins(BPF_STX | insn.size | BPF_MEM, insn.dst, BPF_REG_AX, insn.off)]

    def blind_ld_imm64(self, insn):
        """The first half (imm64_hi) in 4 insns, the second (imm, zero-extended) in 3 (+ the
        zext a 32-bit JIT needs)."""
        hi = insn.imm64_hi if insn.imm64_hi is not None else 0
        first = self.hide(BPF_ALU64, hi) + \
            [_ins(BPF_ALU64 | BPF_LSH | BPF_K, BPF_REG_AX, imm=32),
             _ins(BPF_ALU64 | BPF_MOV | BPF_X, insn.dst, BPF_REG_AX)]
        second = self.hide(BPF_ALU, insn.imm)
        if self.emit_zext:
            second.append(_ins(BPF_ALU | BPF_MOV | BPF_X, BPF_REG_AX, BPF_REG_AX, imm=1))
        return first + second + [_ins(BPF_ALU64 | BPF_OR | BPF_X, insn.dst, BPF_REG_AX)]


def blind_constants(insns: list[Insn], blinder: Blinder) -> tuple[list[Insn], list[int]]:
    """bpf_jit_blind_constants over one function: each instruction replaced by its patch with
    bpf_patch_insn_single's branch adjustment; the address of a subprogram (`lddw` of
    BPF_PSEUDO_FUNC) is left alone for jit_subprogs. Returns the new instructions and, for
    each old instruction, the index of its first new one."""
    patches, first, i = {}, [], 0
    for k, insn in enumerate(insns):
        first.append(i)
        new = None if (insn.is_wide and insn.src == BPF_PSEUDO_FUNC) else blinder.blind_insn(insn)
        if new is not None:
            patches[k] = new
        i += len(new) if new is not None else 1
    prog = XlatedProg(insns, [0])
    prog.patch_many(patches)
    return prog.insns, first


# ---------------------------------------------------------------------------------------------
# the kernel's random values, read back from an image
# ---------------------------------------------------------------------------------------------

def blinding_pairs(image: bytes) -> list[tuple[int, int]]:
    """(first imm, rnd) of every `AX = rnd ^ imm; AX ^= rnd` in an x86-64 image, in order:
    an immediate load into r10 (mov r10d/r10, imm or xor r10d, r10d) directly followed by
    `xor r10(d), rnd`. Both as u32."""
    import capstone
    md = capstone.Cs(capstone.CS_ARCH_X86, capstone.CS_MODE_64)
    md.detail = True
    md.skipdata = True
    out, prev = [], None
    for ins in md.disasm(image, 0):
        ops = ins.op_str.replace(" ", "").split(",")
        cur = None
        if ins.mnemonic in ("mov", "movabs") and ops[0] in ("r10", "r10d") and \
                not ops[1].startswith(("r", "e", "q", "d")):
            cur = ("load", int(ops[1], 0) & 0xFFFFFFFF)
        elif ins.mnemonic == "xor" and ops == ["r10d", "r10d"]:
            cur = ("load", 0)
        elif ins.mnemonic == "xor" and ops[0] in ("r10", "r10d") and \
                not ops[1].startswith(("r", "e")):
            if prev is not None and prev[0] == "load":
                out.append((prev[1], int(ops[1], 0) & 0xFFFFFFFF))
        prev = cur
    return out


class Replay:
    """A `draw` that hands out given random values (u32) in order, as imm fields (s32)."""

    def __init__(self, values):
        self.values, self.used = [_s32(v) for v in values], 0

    def __call__(self):
        if self.used >= len(self.values):
            raise ValueError(f"the image holds {len(self.values)} blinded constants, the "
                             "model blinds more")
        self.used += 1
        return self.values[self.used - 1]


def seeded(seed: int) -> Callable[[], int]:
    """A `draw` from a seeded generator (the kernel's values differ on every load)."""
    import random
    rng = random.Random(seed)
    return lambda: _s32(rng.getrandbits(32))
