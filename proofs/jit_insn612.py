"""Per-instruction refinement of Linux 6.12's x86-64 JIT (`X86Jit612`), the forms whose bytes
differ from 6.1's and the cpu v4 forms 6.1 does not have.

JIT612.same_bytes checks that every other form of proofs/jit_insn.py (every register of the cover
set, every encoding class) is emitted byte for byte as 6.1 emits it, so the 6.1 theorems JIT.<form>
hold for 6.12's emission unchanged. The rest is proved here with the same statement and checker
(`run_cases`): shifts by a register (BMI2 shlx/shrx/sarx on the oracle's CPU, r11 for a
destination in rcx), `lddw` (`mov r64, imm32` for a sign-extended 32-bit value), movsx, sdiv/smod
(cdq/cqo + idiv, under the verifier's guard against 0 and -1), ldsx and bswap64.
"""
from __future__ import annotations

import itertools

import z3

from bpfsmt.proofs.jit_insn import (DSTS, FAST_DSTS, FAST_SRCS, FORMS, SRCS, Case, RegmapSwapR1R2,
                                    _doc, atomic_cases, emit_one, mem_cases, run_cases)
from bpfsmt.proofs.registry import Outcome, theorem
from bpfsmt.solver.jit.emit import X86Jit
from bpfsmt.solver.jit.emit612 import X86Jit612
from bpfsmt.solver.jit.kernels import jit_config
from bpfsmt.solver.jit.refine import Symbolic
from bpfsmt.spec import x86
from bpfsmt.spec.insn import BPF_ALU, BPF_ALU64, Insn

CFG = jit_config("6.12")
# 6.1 forms 6.12 emits differently (proved below) -- every other form is JIT612.same_bytes
SHIFT_X = ("JIT.alu64_lsh_x", "JIT.alu64_rsh_x", "JIT.alu64_arsh_x",
           "JIT.alu32_lsh_x", "JIT.alu32_rsh_x", "JIT.alu32_arsh_x")
DIFFERENT = SHIFT_X + ("JIT.lddw",)


def _form_cases(opcode, gen, dsts, srcs):
    return atomic_cases(opcode[0], opcode[1], dsts, srcs) if isinstance(opcode, tuple) else \
        gen(opcode, dsts, srcs)


def check_same_bytes(cfg, base=None) -> Outcome:
    """For every form outside DIFFERENT, register pair of the cover and encoding class, `cfg`
    emits the bytes 6.1 emits."""
    base = base or jit_config("6.1")
    n = 0
    for name, opcode, gen in FORMS:
        if name in DIFFERENT:
            continue
        for case in _form_cases(opcode, gen, DSTS, SRCS):
            n += 1
            a, b = emit_one(case.insn, base, case.disp), emit_one(case.insn, cfg, case.disp)
            if a != b:
                return Outcome.refuted({"form": name, "insn": str(case.insn), "6.1": a.hex(),
                                        "6.12": b.hex(), "6.12_x86": x86.disasm_lines(b)})
    return Outcome.proved(reason=f"{n} cases")


def _swap612():
    return type("RegmapSwapR1R2_612", (RegmapSwapR1R2, X86Jit612), {})


@theorem("JIT612.same_bytes",
         "6.12's JIT emits every instruction form other than shifts by a register and lddw "
         "exactly as 6.1's does (every register of the cover, every encoding class), so the "
         "JIT.<form> theorems hold for the 6.12 emission", "jit-6.12", kernels=("6.12",))
def same_bytes():
    return check_same_bytes(CFG)


same_bytes.theorem.mutant("regmap_swap_r1_r2", _doc(RegmapSwapR1R2))(
    lambda: check_same_bytes(jit_config("6.12", jit=_swap612())))


# ---- the forms that differ, and cpu v4 ------------------------------------------------------

def _x_cases(opcode, off, dsts, srcs):
    for d, s in itertools.product(dsts, srcs):
        yield Case(Insn.make(opcode, d, s, off), Symbolic())


def _sdiv_k_cases(opcode, dsts, srcs=None):
    v = z3.BitVec("imm", 32)
    imm8 = z3.And(v >= -128, v <= 127)
    for d in dsts:
        yield Case(Insn.make(opcode, d, 0, 1, 0x1234567), Symbolic(imm=v, imm_placeholder=0x1234567,
                                                                   pre=[z3.Not(imm8)]))


def _lddw_cases(opcode=0x18, dsts=DSTS, srcs=None):
    """lddw by value class: 0, u32, a sign-extended s32 (6.12: `mov r64, imm32`), any other."""
    v = z3.BitVec("imm64", 64)
    s32 = z3.SignExt(32, z3.Extract(31, 0, v)) == v
    for ph, c in ((None, v == 0), (0x1234567, z3.And(v != 0, z3.ULT(v, 2 ** 32))),
                  (-0x1234567, z3.And(s32, z3.UGE(v, 2 ** 32))),
                  (0x123456789ABCDEF0, z3.And(z3.UGE(v, 2 ** 32), z3.Not(s32)))):
        for d in dsts:
            yield Case(Insn.lddw(d, ph or 0), Symbolic(imm=v, imm_placeholder=ph, pre=[c]))


FORMS_612 = [(name, lambda d, s, o=opcode, g=gen: _form_cases(o, g, d, s))
             for name, opcode, gen in FORMS if name in SHIFT_X]
FORMS_612 += [("JIT.lddw", lambda d, s: _lddw_cases(0x18, d))]
for _bits in (8, 16, 32):
    FORMS_612.append((f"JIT.alu64_movsx{_bits}", lambda d, s, b=_bits: _x_cases(BPF_ALU64 | 0xB8, b, d, s)))
for _bits in (8, 16):
    FORMS_612.append((f"JIT.alu32_movsx{_bits}", lambda d, s, b=_bits: _x_cases(BPF_ALU | 0xB8, b, d, s)))
for _cls, _cn in ((BPF_ALU64, "alu64"), (BPF_ALU, "alu32")):
    for _code, _op in ((0x30, "sdiv"), (0x90, "smod")):
        FORMS_612.append((f"JIT.{_cn}_{_op}_x", lambda d, s, o=_cls | _code | 8: _x_cases(o, 1, d, s)))
        FORMS_612.append((f"JIT.{_cn}_{_op}_k", lambda d, s, o=_cls | _code: _sdiv_k_cases(o, d)))
for _sz, _sn in ((0x00, "w"), (0x08, "h"), (0x10, "b")):
    FORMS_612.append((f"JIT.ldsx_{_sn}", lambda d, s, o=0x81 | _sz: mem_cases(o, d, s)))


def _bswap_cases(dsts, srcs=None):
    for d, width in itertools.product(dsts, (16, 32, 64)):
        yield Case(Insn.make(BPF_ALU64 | 0xD0, d, 0, 0, width), Symbolic())


FORMS_612.append(("JIT.bswap64", _bswap_cases))


class SignedAsUnsigned(X86Jit612):
    """cpu v4's `off` ignored: movsx as mov, sdiv/smod as div/mod, ldsx as a zero-extending load
    (6.1's cases on 6.12's instructions)."""
    def emit_mov_x(self, insn, is64):
        self.emit_mov_reg(is64, insn.dst, insn.src)

    def emit_div(self, insn, src, is64):
        X86Jit.emit_div(self, insn, src, is64)

    def emit_load(self, insn):
        self.emit_ldx(insn.size, insn.dst, insn.src, insn.off)


def _register(name, cases):
    tname = "JIT612." + name[len("JIT."):]

    @theorem(tname, f"6.12's x86-64 code for {name[4:]} refines the BPF semantics (registers, "
             "stores, loads, rsp, next PC) for every register pair and every imm/off in each "
             "encoding class", "jit-6.12", kernels=("6.12",))
    def check():
        return run_cases(cases(DSTS, SRCS), CFG)

    check.theorem.mutant("regmap_swap_r1_r2", _doc(RegmapSwapR1R2))(
        lambda: run_cases(cases([1, 2, 0], [1, 2, 0]), jit_config("6.12", jit=_swap612())))
    if any(w in name for w in ("movsx", "sdiv", "smod", "ldsx")):
        check.theorem.mutant("signed_as_unsigned", _doc(SignedAsUnsigned))(
            lambda: run_cases(cases(FAST_DSTS, FAST_SRCS), jit_config("6.12", jit=SignedAsUnsigned)))
    return check


CHECKS_612 = {name: _register(name, cases) for name, cases in FORMS_612}
