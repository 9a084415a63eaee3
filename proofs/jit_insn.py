"""Per-instruction refinement of the 6.1 x86-64 JIT (Jitterbug's statement), one theorem per form.

For every BPF instruction form the JIT handles (ALU32/ALU64 x K/X x op, byte swaps, LDX/ST/STX
of every size, atomics, JMP/JMP32 x K/X x condition, JA, LDDW), the bytes emitted by
`bpfsmt.solver.jit.emit` are decoded by capstone, executed by `bpfsmt.spec.x86` and compared with
`bpfsmt.spec.isa` over Z3 by `bpfsmt.solver.jit.refine.check_refinement` (see its docstring for
the exact relation: registers, store sequence, loads, rsp, mapped next PC).

Registers are QUANTIFIED BY ENUMERATION over every register: dst in R0-R9 (R10 too where it is
read: jump operands, store bases), src/base in R0-R10. (Tests run a cover set that hits every
register-dependent branch of the encoder: rax, rdi/rsi (sil/dil), rdx, rcx, r8+, rbp.) imm, off and the jump displacement are symbolic
bit-vectors within each encoding class of the JIT (is_imm8 / imm32, == 0, == 1, sign, short/near).
Each theorem ships with mutants of the emitter that must be refuted with a counterexample (register
values, imm/off, the differing register): each mutant is a subclass of the JIT (`X86Jit`) defined
below, overriding the one do_jit case it breaks, and selected through `JitConfig(jit=...)`.
"""
from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass
from typing import Callable, Optional

import z3

from bpfsmt.proofs.registry import Outcome, theorem
from bpfsmt.solver.jit.emit import JCC, JitConfig, X86Jit
from bpfsmt.solver.jit.encode import EREGS, REG2HEX, SIMPLE_ALU, X86_JA
from bpfsmt.solver.jit.refine import Symbolic, check_refinement
from bpfsmt.spec.insn import (BPF_ALU, BPF_ALU64, BPF_JMP, BPF_JMP32, Insn, ALU_NAMES, JMP_NAMES,
                              COND_JMP_OPS, BPF_ADD, BPF_MOV, BPF_X, BPF_RSH, BPF_ARSH, BPF_B,
                              BPF_W, BPF_JSGT)

DSTS = list(range(10))
SRCS = list(range(11))
FAST_DSTS = [0, 3, 4, 5]          # reduced cover for mutant checks: find a counterexample fast
FAST_SRCS = [0, 1, 3, 4, 5, 10]


def emit_one(insn: Insn, cfg: JitConfig, disp: Optional[int] = None) -> bytes:
    """The bytes do_jit emits for one instruction (not first exit, no tail-call context);
    `disp` is the jump displacement addrs[i+off]-addrs[i] the JIT computes."""
    addrs = [0] * (max(1, insn.off) + 2)
    if disp is not None:
        addrs[1 + insn.off] = disp
    j = cfg.jit(cfg, addrs=addrs)
    j.emit_insn(insn, 1, 0)
    return bytes(j.buf)


@dataclass
class Case:
    insn: Insn
    sym: Symbolic
    disp: Optional[int] = None
    next_insn: Optional[Insn] = None
    target_pc: Optional[int] = None


def imm_classes(kind: str):
    """(placeholder, constraint on the symbolic imm) per encoding class."""
    v = z3.BitVec("imm", 32)
    imm8 = z3.And(v >= -128, v <= 127)
    if kind == "alu":        # add/sub/and/or/xor/mul: imm8 vs imm32
        return [(0x3B, imm8), (0x1234567, z3.Not(imm8))]
    if kind == "mov32":
        return [(None, v == 0), (0x1234567, v != 0)]
    if kind == "mov64":
        return [(None, v == 0), (0x1234567, v > 0), (-0x1234567, v < 0)]
    if kind == "shift32":
        return [(1, v == 1), (0x13, z3.And(z3.UGE(v, 0), z3.ULT(v, 32), v != 1))]
    if kind == "shift64":
        return [(1, v == 1), (0x2B, z3.And(z3.UGE(v, 0), z3.ULT(v, 64), v != 1))]
    if kind == "div":
        return [(0x1234567, v != 0)]
    if kind == "jmp":
        return [(None, v == 0), (0x3B, z3.And(imm8, v != 0)), (0x1234567, z3.Not(imm8))]
    if kind == "jset":
        return [(0x1234567, z3.BoolVal(True))]
    raise ValueError(kind)


def off_classes():
    o = z3.BitVec("off", 16)
    return [(0x2C, z3.And(o >= -128, o <= 127)), (0x1234, z3.Or(o < -128, o > 127))]


def _k_cases(opcode, kind, dsts):
    v = z3.BitVec("imm", 32)
    for ph, c in imm_classes(kind):
        for d in dsts:
            insn = Insn.make(opcode, d, 0, 0, ph if ph is not None else 0)
            yield Case(insn, Symbolic(imm=v, imm_placeholder=ph, pre=[c]))


def alu_cases(opcode, dsts=DSTS, srcs=SRCS):
    cls, code, src_x = opcode & 7, opcode & 0xF0, opcode & 8
    is64 = cls == BPF_ALU64
    if code == 0x80:                                  # neg
        for d in dsts:
            yield Case(Insn.make(opcode, d), Symbolic())
        return
    if code == 0xD0:                                  # end
        for d in dsts:
            for w in (16, 32, 64):
                yield Case(Insn.make(opcode, d, 0, 0, w), Symbolic())
        return
    if src_x:
        for d in dsts:
            for s in srcs:
                yield Case(Insn.make(opcode, d, s), Symbolic())
        return
    kind = {0xB0: "mov64" if is64 else "mov32", 0x30: "div", 0x90: "div",
            0x60: "shift64" if is64 else "shift32", 0x70: "shift64" if is64 else "shift32",
            0xC0: "shift64" if is64 else "shift32"}.get(code, "alu")
    yield from _k_cases(opcode, kind, dsts)


def mem_cases(opcode, dsts=DSTS, srcs=SRCS):
    cls = opcode & 7
    o = z3.BitVec("off", 16)
    v = z3.BitVec("imm", 32)
    for ph, c in off_classes():
        if cls == 1:     # LDX: dst <- [src + off]
            for d in dsts:
                for s in srcs:
                    yield Case(Insn.make(opcode, d, s, ph), Symbolic(off=o, off_placeholder=ph,
                                                                     pre=[c]))
        elif cls == 2:   # ST: [dst + off] <- imm
            for d in srcs:
                yield Case(Insn.make(opcode, d, 0, ph, 0x35), Symbolic(
                    off=o, off_placeholder=ph, imm=v, imm_placeholder=0x35, pre=[c]))
        else:            # STX: [dst + off] <- src
            for d in srcs:
                for s in srcs:
                    yield Case(Insn.make(opcode, d, s, ph), Symbolic(off=o, off_placeholder=ph,
                                                                     pre=[c]))


def atomic_cases(opcode, op, dsts=DSTS, srcs=SRCS):
    o = z3.BitVec("off", 16)
    zext = Insn.make(BPF_ALU | 0xB0 | 0x08, 0, 0, 0, 1)   # BPF_ZEXT_REG(R0), inserted by the verifier
    for ph, c in off_classes():
        for d in srcs:
            for s in dsts:
                insn = Insn.make(opcode, d, s, ph, op)
                nxt = zext if (op == 0xF1 and opcode & 0x18 == 0) else None
                yield Case(insn, Symbolic(off=o, off_placeholder=ph, pre=[c]), next_insn=nxt)


def jmp_cases(opcode, dsts=DSTS, srcs=SRCS):
    code, src_x = opcode & 0xF0, opcode & 8
    if dsts is DSTS:
        dsts = SRCS          # a jump may compare R10 too
    for disp, dv in ((0x10, z3.BitVec("disp", 8)), (0x1000, z3.BitVec("disp", 32))):
        if src_x:
            for d in dsts:
                for s in srcs:
                    yield Case(Insn.make(opcode, d, s, 5), Symbolic(disp=dv), disp=disp)
        else:
            v = z3.BitVec("imm", 32)
            for ph, c in imm_classes("jset" if code == 0x40 else "jmp"):
                for d in dsts:
                    insn = Insn.make(opcode, d, 0, 5, ph if ph is not None else 0)
                    yield Case(insn, Symbolic(imm=v, imm_placeholder=ph, pre=[c], disp=dv),
                               disp=disp)


def ja_cases(opcode=0x05, dsts=None, srcs=None):
    yield Case(Insn.make(0x05, 0, 0, 5), Symbolic(disp=z3.BitVec("disp", 8)), disp=0x10)
    yield Case(Insn.make(0x05, 0, 0, 5), Symbolic(disp=z3.BitVec("disp", 32)), disp=0x1000)
    yield Case(Insn.make(0x05, 0, 0, -1), Symbolic(), disp=None, target_pc=0)  # jmp to itself
    yield Case(Insn.make(0x05, 0, 0, 0), Symbolic(), disp=0, target_pc=0)      # optimised out


def lddw_cases(opcode=0x18, dsts=DSTS, srcs=None):
    v = z3.BitVec("imm64", 64)
    for ph, c in ((None, v == 0), (0x1234567, z3.And(v != 0, z3.ULT(v, 2 ** 32))),
                  (0x123456789ABCDEF0, z3.UGE(v, 2 ** 32))):
        for d in dsts:
            yield Case(Insn.lddw(d, ph or 0), Symbolic(imm=v, imm_placeholder=ph, pre=[c]))


def _shape(code: bytes):
    """The decoded instructions with immediates and displacements blanked out."""
    import capstone.x86 as X
    from bpfsmt.spec import x86 as _x86
    out = []
    for a, ins in sorted(_x86.decode(code).items()):
        ops = []
        for op in ins.operands:
            if op.type == X.X86_OP_REG:
                ops.append(("reg", op.reg))
            elif op.type == X.X86_OP_MEM:
                ops.append(("mem", op.mem.base, op.mem.index, op.mem.scale, op.size))
            else:
                ops.append(("imm", op.size))
        out.append((ins.mnemonic, ins.size, tuple(ops)))
    return out


def _class_samples(case: Case, k=2):
    """Other values of the symbolic imm/off in the case's encoding class (Z3 models)."""
    sym = case.sym
    var = sym.imm if sym.imm_placeholder is not None else (
        sym.off if sym.off_placeholder is not None else None)
    ph = sym.imm_placeholder if sym.imm_placeholder is not None else sym.off_placeholder
    if var is None:
        return []
    s = z3.Solver()
    s.add(*sym.pre)
    out = []
    for seed in range(k):
        s.push()
        s.add(var != (ph & ((1 << var.size()) - 1)))
        for v in out:
            s.add(var != v)
        # spread the samples: ask for the sign bit both ways
        s.add(z3.Extract(var.size() - 1, var.size() - 1, var) == seed % 2)
        if s.check() == z3.sat:
            out.append(s.model().eval(var, model_completion=True).as_signed_long())
        s.pop()
    return [(v, sym.imm_placeholder is not None) for v in out]


def check_encoding_class(case: Case, cfg: JitConfig, code: bytes):
    """The proof generalises the placeholder to the whole class: check that other members of
    the class are emitted with the same instruction shape (same opcodes, registers, sizes)."""
    shape = _shape(code)
    for v, is_imm in _class_samples(case):
        insn = case.insn.with_(imm=v) if is_imm else case.insn.with_(off=v)
        if case.insn.is_wide and is_imm:
            insn = Insn.lddw(case.insn.dst, v)
        other = emit_one(insn, cfg, case.disp)
        if _shape(other) != shape:
            return {"insn": _txt(case.insn), "class_member": v,
                    "x86_placeholder": x86_lines(code), "x86_member": x86_lines(other),
                    "why": "the encoding class is not uniform: the generalisation would be "
                           "unsound"}
    return None


def x86_lines(code):
    from bpfsmt.spec import x86 as _x86
    return _x86.disasm_lines(code)


def run_cases(cases, cfg: JitConfig, stop_at_first=True):
    """Prove every case; the first refuted/unknown case decides. Returns an Outcome."""
    n = 0
    worst = None
    for case in cases:
        n += 1
        code = emit_one(case.insn, cfg, case.disp)
        bad_class = check_encoding_class(case, cfg, code)
        if bad_class is not None:
            return Outcome.refuted(bad_class, reason="encoding class")
        if case.next_insn is not None:
            code += emit_one(case.next_insn, cfg)
        if case.disp and case.target_pc is None:
            # the JIT's displacement must be addrs[target] - addrs[i+1] before it is generalised
            from bpfsmt.spec import x86 as _x86
            last = _x86.decode(code)[max(_x86.decode(code))]
            got = last.operands[0].imm - (last.address + last.size)
            if got != case.disp:
                return Outcome.refuted({"insn": _txt(case.insn), "x86": _x86.disasm_lines(code),
                                        "why": f"jump displacement {got} but addrs[target] - "
                                               f"addrs[i+1] = {case.disp}"})
        if case.target_pc is not None:
            r = _check_fixed_target(case, code)
        else:
            r = check_refinement(case.insn, code, case.sym, next_insn=case.next_insn)
        if r.status == "refuted":
            return Outcome.refuted(r.counterexample, replayed=_replay(case, cfg, r.counterexample),
                                   reason=f"after {n} cases")
        if r.status == "unknown":
            worst = r
            if stop_at_first:
                return Outcome.unknown(f"z3: {r.reason} on {case.insn}")
    if worst is not None:
        return Outcome.unknown(worst.reason)
    return Outcome.proved(reason=f"{n} cases (register pairs x encoding classes)")


def _replay(case: Case, cfg: JitConfig, cex: dict):
    """Confirm a register-form counterexample concretely: emit the mutant JIT's bytes for the
    concrete imm/disp of the model, run them on unicorn, compare with spec.isa (CONCRETE).
    True: the difference shows up on the CPU emulator; None: not replayable (memory forms)."""
    from bpfsmt.solver.jit.refine import replay_memory_form, replay_register_form
    if not cex or "r0" not in cex:
        return None
    insn = case.insn
    if "imm" in cex and case.sym.imm is not None and not insn.is_wide:
        insn = insn.with_(imm=cex["imm"])
    if "off" in cex and case.sym.off is not None:
        insn = insn.with_(off=int(cex["off"]))
    disp = case.disp      # the branch direction does not depend on the displacement
    code = emit_one(insn, cfg, disp)
    if case.next_insn is not None:
        code += emit_one(case.next_insn, cfg)
    regs = [int(cex[f"r{k}"], 16) for k in range(11)]
    r = replay_register_form(insn, code, regs) or replay_memory_form(insn, code, regs)
    if r is None:
        return None
    cex["replay"] = r
    if insn.is_cond_jmp:
        taken = r["bpf"] == "taken"
        x86_taken = r["x86"] != "falls through"
        return taken != x86_taken
    return r["bpf"] != r["x86"]


def _check_fixed_target(case: Case, code: bytes):
    """ja -1 (jmp to itself) and ja +0 (no code): the taken target is the insn start/end."""
    from bpfsmt.solver.jit.refine import RefineResult
    from bpfsmt.spec import x86
    st = x86.initial_state("x")
    finals = x86.Machine(code, stop_at={0}).run(st)
    for f in finals:
        if f.fault or f.exit is None or f.exit[0] not in ("fallthrough", "jump"):
            return RefineResult("refuted", {"insn": _txt(case.insn), "x86": x86.disasm_lines(code),
                                            "why": f"exit {f.exit} fault {f.fault}"})
        want = 0 if case.insn.off == -1 else len(code)
        if f.exit[1] != want:
            return RefineResult("refuted", {"insn": _txt(case.insn), "x86": x86.disasm_lines(code),
                                            "x86_next": f.exit[1], "bpf_next_mapped": want})
    return RefineResult("proved")


# ---------------------------------------------------------------------------------------------
# the form table
# ---------------------------------------------------------------------------------------------

def _forms():
    forms = []
    for cls, cn in ((BPF_ALU64, "alu64"), (BPF_ALU, "alu32")):
        for code, name in ALU_NAMES.items():
            if code == 0xD0:
                if cls == BPF_ALU:
                    forms.append((f"JIT.end_le", cls | code | 0x00, alu_cases))
                    forms.append((f"JIT.end_be", cls | code | 0x08, alu_cases))
                continue
            for src, sn in ((0x00, "k"), (0x08, "x")):
                if code == 0x80 and src:
                    continue
                forms.append((f"JIT.{cn}_{name}" + ("" if code == 0x80 else f"_{sn}"),
                              cls | code | src, alu_cases))
    for sz, sn in ((0x18, "dw"), (0x00, "w"), (0x08, "h"), (0x10, "b")):
        forms.append((f"JIT.ldx_{sn}", 0x61 | sz, mem_cases))
        forms.append((f"JIT.st_{sn}", 0x62 | sz, mem_cases))
        forms.append((f"JIT.stx_{sn}", 0x63 | sz, mem_cases))
    for op, on in ((0x00, "add"), (0x40, "or"), (0x50, "and"), (0xA0, "xor"), (0x01, "fetch_add"),
                   (0x41, "fetch_or"), (0x51, "fetch_and"), (0xA1, "fetch_xor"), (0xE1, "xchg"),
                   (0xF1, "cmpxchg")):
        for sz, sn in ((0x18, "dw"), (0x00, "w")):
            forms.append((f"JIT.atomic_{on}_{sn}", (0xC3 | sz, op), atomic_cases))
    for cls, cn in ((BPF_JMP, "jmp"), (BPF_JMP32, "jmp32")):
        for code in COND_JMP_OPS:
            for src, sn in ((0x00, "k"), (0x08, "x")):
                forms.append((f"JIT.{cn}_{JMP_NAMES[code]}_{sn}", cls | code | src, jmp_cases))
    forms.append(("JIT.ja", 0x05, ja_cases))
    forms.append(("JIT.lddw", 0x18, lddw_cases))
    return forms


FORMS = _forms()

# ---------------------------------------------------------------------------------------------
# mutants: the JIT with one do_jit case broken
# ---------------------------------------------------------------------------------------------

class RegmapSwapR1R2(X86Jit):
    """Mixes up rdi and rsi in every ModRM/opcode register field (R1/R2 swapped)."""
    reg2hex = {**REG2HEX, 1: REG2HEX[2], 2: REG2HEX[1]}


class JaOffByOne(X86Jit):
    """An unconditional jmp one byte too far."""
    def emit_jmp(self, jmp_offset, i):
        super().emit_jmp(jmp_offset + 1, i)


class Alu32AddNoZext(X86Jit):
    """32-bit add with an imm done with REX.W: the upper half is not zero-extended."""
    def emit_alu_imm(self, insn, is64):
        super().emit_alu_imm(insn, is64 or insn.code == BPF_ADD)


class Mov32NoZext(X86Jit):
    """mov32 reg emitted as a 64-bit mov."""
    def do_alu(self, insn, i, slot):
        if insn.cls == BPF_ALU and insn.code == BPF_MOV and insn.source == BPF_X:
            self.emit_mov_reg(True, insn.dst, insn.src)
        else:
            super().do_alu(insn, i, slot)


class ArshAsShr(X86Jit):
    """arsh encoded with the shr ModRM extension (/5 instead of /7)."""
    def shift_ext(self, code):
        return SIMPLE_ALU[BPF_RSH if code == BPF_ARSH else code]


class DivNoClearRdx(X86Jit):
    """div without `xor edx,edx`: the dividend's high half is garbage."""
    def emit_clear_rdx(self):
        pass


class Be16Le16NoZext(X86Jit):
    """Historical (2015, "x86: bpf_jit: fix FROM_BE16 and FROM_LE16 with eBPF"): be16 was only
    `ror ax,8` and le16 emitted nothing, so bits 16..63 survived; the fix added `movzwl`."""
    def emit_movzwl(self, dst):
        pass


class Stx8BitRegsByEreg(X86Jit):
    """Historical (2020, found by Jitterbug, "bpf, x86: Fix encoding for lower 8-bit registers
    in BPF_STX BPF_B"): the REX prefix only for r8-r15, so a byte store of R1/R2 (dil/sil)
    encodes bh/dh and stores the wrong register's byte."""
    def emit_stx(self, size, dst, src, off):
        if size != BPF_B or dst in EREGS or src in EREGS:
            return super().emit_stx(size, dst, src, off)
        self.b(0x88)
        self.emit_insn_suffix(dst, src, off)


class FetchLoopR0Src(X86Jit):
    """Historical (2021, "bpf, x86: Fix BPF_FETCH atomic and/or/xor with r0 as src"): the
    cmpxchg loop of fetch-and/or/xor read an R0 source from rax, which the loop clobbers."""
    def fetch_loop_regs(self, src, dst):
        return src, super().fetch_loop_regs(src, dst)[1]


class LdxWSignExtend(X86Jit):
    """A 32-bit load that sign-extends (movsxd)."""
    def do_ldx(self, insn, i, slot):
        if insn.size != BPF_W:
            return super().do_ldx(insn, i, slot)
        self.b(self.add_2mod(0x48, insn.src, insn.dst), 0x63)
        self.emit_insn_suffix(insn.src, insn.dst, insn.off)


class JsgtUnsigned(X86Jit):
    """signed > compiled to ja (unsigned)."""
    JCC = {**JCC, BPF_JSGT: X86_JA}


# form-specific mutants: (name, JIT class, which forms it applies to); the description is the
# class docstring
SPECIFIC = [
    ("no_zext", Alu32AddNoZext, lambda n: n == "JIT.alu32_add_k"),
    ("mov32_64", Mov32NoZext, lambda n: n == "JIT.alu32_mov_x"),
    ("arsh_as_shr", ArshAsShr, lambda n: n in ("JIT.alu64_arsh_k", "JIT.alu32_arsh_k",
                                               "JIT.alu64_arsh_x", "JIT.alu32_arsh_x")),
    ("div_rdx", DivNoClearRdx, lambda n: "_div_" in n or "_mod_" in n),
    ("be16_le16_zext", Be16Le16NoZext, lambda n: n in ("JIT.end_be", "JIT.end_le")),
    ("stx_b_8bit_regs", Stx8BitRegsByEreg, lambda n: n == "JIT.stx_b"),
    ("fetch_loop_r0_src", FetchLoopR0Src,
     lambda n: n.startswith(("JIT.atomic_fetch_and", "JIT.atomic_fetch_or", "JIT.atomic_fetch_xor"))),
    ("ldx_w_movsxd", LdxWSignExtend, lambda n: n == "JIT.ldx_w"),
    ("jsgt_unsigned", JsgtUnsigned,
     lambda n: n in ("JIT.jmp_jsgt_k", "JIT.jmp_jsgt_x", "JIT.jmp32_jsgt_k", "JIT.jmp32_jsgt_x")),
]
NO_CMPXCHG_ZEXT = ("Historical (2021, \"bpf: Explicitly zero-extend R0 after 32-bit cmpxchg\"): "
                   "without the verifier's BPF_ZEXT_REG(R0), a successful 32-bit cmpxchg leaves "
                   "rax's upper half (x86 loads the accumulator only on failure)")
MUTANTS = {"ja_off_by_one": JaOffByOne, "regmap_swap_r1_r2": RegmapSwapR1R2,
           **{name: cls for name, cls, _ in SPECIFIC}}


def _doc(cls):
    return " ".join(cls.__doc__.split())


def _register(name, opcode, gen):
    if isinstance(opcode, tuple):
        opc, op = opcode
        cases = lambda dsts=DSTS, srcs=SRCS: atomic_cases(opc, op, dsts, srcs)  # noqa: E731
    else:
        cases = lambda dsts=DSTS, srcs=SRCS: gen(opcode, dsts, srcs)  # noqa: E731

    @theorem(name, f"the JIT's x86-64 code for {name[4:]} refines the BPF semantics "
             "(registers, stores, loads, rsp, next PC) for every register pair "
             "and every imm/off/displacement in each encoding class", "jit")
    def check():
        return run_cases(cases(), JitConfig())

    t = check.theorem

    if name == "JIT.ja":
        t.mutant("ja_off_by_one", _doc(JaOffByOne))(
            lambda: run_cases(cases(), JitConfig(jit=JaOffByOne)))
    else:
        t.mutant("regmap_swap_r1_r2", _doc(RegmapSwapR1R2))(
            lambda: run_cases(cases([1, 2, 0], [1, 2, 0]), JitConfig(jit=RegmapSwapR1R2)))

    for mname, cls, applies in SPECIFIC:
        if applies(name):
            def m(cls=cls):
                return run_cases(cases(FAST_DSTS, FAST_SRCS), JitConfig(jit=cls))
            t.mutant(mname, _doc(cls))(m)
    if name == "JIT.atomic_cmpxchg_w":
        t.mutant("no_verifier_zext", NO_CMPXCHG_ZEXT)(
            lambda: run_cases((dataclasses.replace(c, next_insn=None)
                               for c in cases(FAST_DSTS, FAST_SRCS)), JitConfig()))
    return check


CHECKS = {name: _register(name, opcode, gen) for name, opcode, gen in FORMS}


def run_form(name: str, mutant: Optional[str] = None, dsts=DSTS, srcs=SRCS) -> Outcome:
    """Run one form (tests): the theorem, or one of its mutants by name (MUTANTS)."""
    for n, opcode, gen in FORMS:
        if n != name:
            continue
        if isinstance(opcode, tuple):
            cases = atomic_cases(opcode[0], opcode[1], dsts, srcs)
        else:
            cases = gen(opcode, dsts, srcs)
        return run_cases(cases, JitConfig(jit=MUTANTS[mutant]) if mutant else JitConfig())
    raise KeyError(name)


def _txt(insn):
    from bpfsmt.solver.jit.refine import _insn_text
    return _insn_text(insn)
