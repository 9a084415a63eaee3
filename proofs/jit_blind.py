"""Constant blinding (bpf_jit_harden) preserves the program's semantics for EVERY random value.

The model's rewrite (`bpfsmt.solver.jit.blind.Blinder`, byte-exact against the kernel's
blinded images) runs here on Z3 bit-vectors: the instruction's immediate and each random value
are symbolic, the rewritten instructions are executed with the ISA's semantics (`spec.isa`)
and compared with the ORIGINAL instruction, over symbolic registers (BPF_REG_AX starts as
anything and may end as anything: no BPF instruction reads it):

  JIT.blind_alu: ALU and ALU64 add/sub/and/or/xor/mul/mov/div/mod K, and `mov K 0` (rewritten to
    a 64-bit xor): every register R0..R10 after the patch equals the original's result.
  JIT.blind_jmp: JMP and JMP32 jeq..jsle/jset K: the patched `jcc dst, AX` takes the branch
    exactly when the original does, and (bpf_patch_insn_single's branch adjustment plus the
    rewrite's own `off -= 2` for back-jumps) every jump lands on the first instruction of its
    target's patch: checked for every jump position and every target in a program window mixing
    blinded, unblinded, two-slot and shrinking (`mov K 0`) instructions.
  JIT.blind_ld_imm64: lddw of any 64-bit value into any register, with and without the zext of
    a 32-bit JIT (emit_zext): the register gets the value.
  JIT.blind_st: ST_MEM B/H/W/DW of any immediate, any base register and offset: the stored
    bytes equal the original store's.

Each theorem has mutants (a plausible slip in the rewrite) that must be refuted; their
counterexamples are replayed concretely: the concrete rewrite with the counterexample's random
value is run on the ISA semantics over plain integers and must differ from the original.
"""
from __future__ import annotations

from typing import Optional

import z3

from bpfsmt.grammar.printer import format_insn
from bpfsmt.proofs.registry import Outcome, theorem
from bpfsmt.solver.jit.blind import (BLINDED_ALU, BLINDED_JMP, CONCRETE, Blinder, ConstOps,
                                     Replay, blind_constants)
from bpfsmt.spec import isa
from bpfsmt.spec.insn import (BPF_ALU, BPF_ALU64, BPF_JMP, BPF_JMP32, BPF_K, BPF_MOV, BPF_ST,
                              BPF_STX, BPF_MEM, BPF_B, BPF_H, BPF_W, BPF_DW, BPF_REG_AX, Insn,
                              slot_offsets)

NREGS = 12                       # R0..R10 and BPF_REG_AX
SYMBOLIC = ConstOps(xor=lambda a, b: a ^ b,
                    is_zero=lambda v: z3.is_bv_value(v) and v.as_long() == 0)


class _Draws:
    """Fresh symbolic random values (the Z3 side) and, for the replay, the model's values."""

    def __init__(self):
        self.vars = []

    def __call__(self):
        v = z3.BitVec(f"rnd{len(self.vars)}", 32)
        self.vars.append(v)
        return v


def _operand(D, insn, regs):
    if insn.source != BPF_K:
        return regs[insn.src]
    imm = insn.imm
    return z3.SignExt(32, imm) if z3.is_expr(imm) else D.const(imm, 64)


def _imm64(D, imm):
    return z3.SignExt(32, imm) if z3.is_expr(imm) else D.const(imm, 64)


def _lddw_value(D, insn):
    lo, hi = insn.imm, insn.imm64_hi if insn.imm64_hi is not None else 0
    if z3.is_expr(lo) or z3.is_expr(hi):
        return z3.Concat(*(v if z3.is_expr(v) else z3.BitVecVal(v, 32) for v in (hi, lo)))
    return D.const(insn.imm64, 64)


def run(D, insns, regs, mem=None):
    """Straight-line ALU, lddw and ST/STX over `regs` (12 values); stores go into `mem`
    (a list of (address, bytes, value)). Conditional jumps return their condition."""
    regs = list(regs)
    for insn in insns:
        if insn.cls in (BPF_ALU, BPF_ALU64):
            regs[insn.dst] = isa.alu(D, insn, regs[insn.dst], _operand(D, insn, regs))
        elif insn.is_wide:
            regs[insn.dst] = _lddw_value(D, insn)
        elif insn.cls in (BPF_ST, BPF_STX) and insn.mode == BPF_MEM:
            n = insn.size_bytes
            val = _imm64(D, insn.imm) if insn.cls == BPF_ST else regs[insn.src]
            mem.append((D.add(regs[insn.dst], D.const(insn.off, 64), 64), n,
                        isa.store_value(D, val, n)))
        elif insn.is_cond_jmp:
            return regs, isa.jmp_cond(D, insn, regs[insn.dst], _operand(D, insn, regs))
        else:
            raise ValueError(f"not in a blinding patch: {format_insn(insn)}")
    return regs, None


def _fmt(insn):
    try:
        return format_insn(insn)
    except Exception:                    # symbolic fields: the opcode and registers
        return f"op {insn.opcode:#04x} dst r{insn.dst} src r{insn.src} off {insn.off}"


def _solve(claim_fails, what):
    s = z3.Solver()
    s.set("timeout", 60000)
    s.add(claim_fails)
    r = s.check()
    if r == z3.unknown:
        return "unknown", f"z3: {s.reason_unknown()} on {what}"
    return ("sat", s.model()) if r == z3.sat else ("unsat", None)


def _replay(original: Insn, blinder_cls, rnds, regs) -> dict:
    """Run the original insn and its concrete rewrite (with the counterexample's random values)
    on plain integers; the counterexample is confirmed when some register or store differs."""
    D = isa.CONCRETE
    patch = blinder_cls(Replay(rnds), CONCRETE).blind_insn(original)
    m1, m2 = [], []
    r1, c1 = run(D, [original], regs, m1)
    r2, c2 = run(D, patch, regs, m2)
    differs = r1[:11] != r2[:11] or c1 != c2 or m1 != m2
    return {"rewrite": [format_insn(i) for i in patch], "original": {"cond": c1, "stores": m1},
            "patched": {"cond": c2, "stores": m2},
            "regs_differ": [k for k in range(11) if r1[k] != r2[k]], "differs": differs}


def check_forms(forms, blinder_cls=Blinder, emit_zext=False) -> Outcome:
    """Each (name, insn): the patch equals the original on R0..R10, the stores and the
    branch condition, for every register value, immediate and random value."""
    D = isa.z3_domain()
    for name, insn in forms:
        draws = _Draws()
        patch = blinder_cls(draws, SYMBOLIC, emit_zext).blind_insn(insn)
        if patch is None:
            return Outcome.refuted({"form": name, "reason": "left unblinded"}, replayed=None)
        R = [z3.BitVec(f"R{k}", 64) for k in range(NREGS)]
        m1, m2 = [], []
        r1, c1 = run(D, [insn], R, m1)
        r2, c2 = run(D, patch, R, m2)
        same = [r1[k] == r2[k] for k in range(11)]
        if c1 is not None:
            same.append(c1 == c2)
        same.append(len(m1) == len(m2))
        for (a1, n1, v1), (a2, n2, v2) in zip(m1, m2):
            same += [a1 == a2, z3.BoolVal(n1 == n2)] + ([v1 == v2] if n1 == n2 else [])
        r, m = _solve(z3.Not(z3.And(*same)), name)
        if r == "unknown":
            return Outcome.unknown(m)
        if r == "sat":
            regs = [m.eval(x, model_completion=True).as_long() for x in R]
            rnds = [m.eval(v, model_completion=True).as_long() for v in draws.vars]
            imm = insn.imm
            if z3.is_expr(imm):
                imm = m.eval(imm, model_completion=True).as_long()
                imm = imm - (1 << 32) if imm >> 31 else imm
            concrete = Insn.make(insn.opcode, insn.dst, insn.src, insn.off, imm,
                                 insn.imm64_hi if not z3.is_expr(insn.imm64_hi) else
                                 m.eval(insn.imm64_hi, model_completion=True).as_long())
            rp = _replay(concrete, blinder_cls, rnds, regs)
            return Outcome.refuted({"form": name, "insn": format_insn(concrete),
                                    "rewrite": [_fmt(i) for i in patch],
                                    "random": [hex(v) for v in rnds],
                                    **{f"r{k}": hex(v) for k, v in enumerate(regs[:11])},
                                    "ax": hex(regs[BPF_REG_AX]), "replay": rp},
                                   replayed=rp["differs"])
    return Outcome.proved(reason=f"{len(forms)} forms, every register value, immediate and "
                                 "random value")


def _imm(name):
    return z3.BitVec(f"imm_{name}", 32)


def alu_forms():
    out = []
    for cls, cn in ((BPF_ALU64, "alu64"), (BPF_ALU, "alu32")):
        for code in BLINDED_ALU:
            for dst in (0, 3, 9, 10):
                name = f"{cn}_{code:#04x}_r{dst}"
                out.append((name, Insn(cls | code | BPF_K, dst, 0, 0, _imm(name))))
        out.append((f"{cn}_mov0", Insn.make(cls | BPF_MOV | BPF_K, 4, 0, 0, 0)))
    return out


def jmp_forms():
    out = []
    for cls, cn in ((BPF_JMP, "jmp"), (BPF_JMP32, "jmp32")):
        for code in BLINDED_JMP:
            for dst in (1, 10):
                name = f"{cn}_{code:#04x}_r{dst}"
                out.append((name, Insn(cls | code | BPF_K, dst, 0, 3, _imm(name))))
    return out


def ld_imm64_forms():
    out = []
    for dst in (0, 1, 5, 9):
        name = f"lddw_r{dst}"
        out.append((name, Insn(0x18, dst, 0, 0, _imm(name), z3.BitVec(f"hi_{name}", 32))))
    return out


def st_forms():
    out = []
    for size, sn in ((BPF_B, "b"), (BPF_H, "h"), (BPF_W, "w"), (BPF_DW, "dw")):
        for dst in (1, 10):
            name = f"st_{sn}_r{dst}"
            out.append((name, Insn(BPF_ST | size | BPF_MEM, dst, 0, -8, _imm(name))))
    return out


# ---------------------------------------------------------------------------------------------
# landings: every jump of a program window lands on the first insn of its target's patch
# ---------------------------------------------------------------------------------------------

WINDOW = [Insn.make(BPF_ALU64 | 0x00 | BPF_K, 1, 0, 0, 5),           # blinded: 3 insns
          Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, 2, 0, 0, 0),         # mov 0: 1 insn (xor)
          Insn.lddw(3, 0x1234_5678_9ABC_DEF0),                        # 2 slots -> 7 insns
          Insn.make(BPF_ALU64 | 0x00 | 0x08, 1, 2),                   # not blinded
          Insn.make(BPF_JMP | 0x10 | BPF_K, 1, 0, 0, 7),              # another blinded jump
          Insn.make(BPF_ST | BPF_W | BPF_MEM, 10, 0, -4, 9),          # blinded store
          Insn.make(BPF_ALU | 0x30 | BPF_K, 4, 0, 0, 3)]              # blinded alu32


def check_landings(blinder_cls=Blinder) -> Outcome:
    """A K jump placed at every position of WINDOW aiming at every instruction (forward,
    backward, itself, the exit), with the window's own jump aimed everywhere too."""
    n = 0
    for jcls in (BPF_JMP, BPF_JMP32):
        for pos in range(len(WINDOW) + 1):
            for tgt in range(len(WINDOW) + 2):
                for other_tgt in range(len(WINDOW) + 2):
                    n += 1
                    bad = _landing(jcls, pos, tgt, other_tgt, blinder_cls)
                    if bad is not None:
                        return Outcome.refuted(bad, replayed=bad["replay"]["differs"])
    return Outcome.proved(reason=f"{n} programs, every jump and target")


def _program(jcls, pos, tgt, other_tgt):
    """WINDOW with a `jlt r1, 11` inserted at `pos` aiming at instruction `tgt` (an index of
    the resulting program), the window's own jump aimed at `other_tgt`, and an exit."""
    insns = list(WINDOW)
    insns.insert(pos, Insn.make(jcls | 0xA0 | BPF_K, 1, 0, 0, 11))
    insns.append(Insn.make(0x95))
    slots = slot_offsets(insns)

    def aim(k, t):
        insns[k] = insns[k].with_(off=slots[t] - (slots[k] + 1))

    own = 4 + (pos <= 4)
    aim(pos, tgt)
    aim(own, other_tgt)
    return insns, [pos, own]


def _landing(jcls, pos, tgt, other_tgt, blinder_cls):
    insns, jumps = _program(jcls, pos, tgt, other_tgt)
    new, first = blind_constants(insns, blinder_cls(Replay([0x5A5A5A5A] * 64)))
    old_slots, new_slots = slot_offsets(insns), slot_offsets(new)
    for j in jumps:
        want_old = old_slots.index(old_slots[j] + 1 + insns[j].off)
        end = first[j + 1] - 1
        got = new_slots[end] + 1 + new[end].off
        want = new_slots[first[want_old]]
        if got != want:
            return {"program": [format_insn(i) for i in insns], "jump": j,
                    "target insn": want_old, "blinded": [format_insn(i) for i in new],
                    "lands on slot": got, "target's patch starts at slot": want,
                    "replay": _replay_program(insns, new, first)}
    return None


def _replay_program(insns, new, first, steps=64) -> dict:
    """Run the original and the blinded program concretely (all registers 0, r10 = 0x1000)
    and map the blinded run back to original instructions (a landing inside a patch, or
    outside the program, maps to nothing): the runs must visit the same instructions."""
    back = {k: i for i, k in enumerate(first)}
    t1 = _trace(insns, steps)
    t2 = [back.get(k, ("not an instruction start", k)) for k in _trace(new, steps * 8)
          if k in back or k not in set(range(len(new)))]
    t2 = [x for x in t2][:len(t1)]
    return {"original": t1, "blinded": t2, "differs": t1 != t2}


def _trace(insns, steps):
    """Indices of the instructions executed (straight-line ALU/lddw/ST, conditional jumps,
    exit), on plain integers; a jump outside the program ends the trace with its index."""
    D = isa.CONCRETE
    regs = [0] * NREGS
    regs[10] = 0x1000
    slots = slot_offsets(insns)
    at = {s: k for k, s in enumerate(slots)}
    k, out = 0, []
    while len(out) < steps:
        if k not in range(len(insns)):
            out.append(k)
            break
        out.append(k)
        insn = insns[k]
        if insn.is_exit:
            break
        regs, cond = run(D, [insn], regs, [])
        nxt = slots[k] + insn.slots
        if cond:
            nxt = slots[k] + 1 + insn.off
        k = at.get(nxt, -1 - nxt)
    return out


@theorem("JIT.blind_alu",
         "constant blinding of ALU/ALU64 add/sub/and/or/xor/mul/mov/div/mod K (AX = rnd^imm; "
         "AX ^= rnd; dst op= AX) and of mov K 0 (xor) leaves R0..R10 as the original "
         "instruction does, for every register value, immediate and random value", "jit")
def blind_alu():
    return check_forms(alu_forms())


@theorem("JIT.blind_jmp",
         "constant blinding of JMP/JMP32 K conditions takes the branch exactly when the "
         "original does for every value, immediate and random value, and every jump of the "
         "blinded program lands on the first instruction of its target's patch (back-jumps, "
         "jumps over lddw and over other patches, in a program window)", "jit")
def blind_jmp():
    out = check_forms(jmp_forms())
    return out if out.status != "proved" else check_landings()


@theorem("JIT.blind_ld_imm64",
         "constant blinding of lddw (4 + 3 instructions, with or without a 32-bit JIT's zext) "
         "loads the same 64-bit value for every value and random values", "jit")
def blind_ld_imm64():
    out = check_forms(ld_imm64_forms())
    return out if out.status != "proved" else check_forms(ld_imm64_forms(), emit_zext=True)


@theorem("JIT.blind_st",
         "constant blinding of ST_MEM B/H/W/DW (AX = rnd^imm; AX ^= rnd; *(dst+off) = AX) "
         "stores the same bytes at the same address for every immediate and random value",
         "jit")
def blind_st():
    return check_forms(st_forms())


# ---------------------------------------------------------------------------------------------
# mutants
# ---------------------------------------------------------------------------------------------

class Alu64HiddenIn32(Blinder):
    """ALU64 constants hidden with 32-bit moves (AX zero-extended instead of sign-extended):
    a negative immediate loses its upper half."""

    def blind_alu(self, insn):
        return self.hide(BPF_ALU, insn.imm) + \
            [Insn(insn.cls | insn.code | 0x08, insn.dst, BPF_REG_AX)]


class BackjumpNotAdjusted(Blinder):
    """No `off -= 2` for a back-jump: it lands two instructions after its target's start."""

    def jmp_off(self, insn):
        return insn.off


class Jmp64HiddenIn32(Blinder):
    """A 64-bit compare's constant hidden with 32-bit moves: jlt r1, -1 compares with 2^32-1."""

    def blind_jmp(self, insn):
        return self.hide(BPF_ALU, insn.imm) + \
            [Insn(insn.cls | insn.code | 0x08, insn.dst, BPF_REG_AX, self.jmp_off(insn))]


class LoHalfSignExtended(Blinder):
    """lddw's low half hidden with 64-bit moves: a low half >= 2^31 ORs ones into the high
    half."""

    def blind_ld_imm64(self, insn):
        out = super().blind_ld_imm64(insn)
        rnd = out[5].imm
        out[4] = Insn(BPF_ALU64 | BPF_MOV | BPF_K, BPF_REG_AX, 0, 0, self.ops.xor(rnd, insn.imm))
        out[5] = Insn(BPF_ALU64 | 0xA0 | BPF_K, BPF_REG_AX, 0, 0, rnd)
        return out


class StoreHiddenIn32(Blinder):
    """A store's constant hidden with 32-bit moves: a DW store of a negative immediate writes
    zeros into the upper four bytes."""

    def blind_st(self, insn):
        return self.hide(BPF_ALU, insn.imm) + \
            [Insn(BPF_STX | insn.size | BPF_MEM, insn.dst, BPF_REG_AX, insn.off)]


def _doc(cls):
    return " ".join(cls.__doc__.split())


blind_alu.theorem.mutant("alu64_hidden_in_32", _doc(Alu64HiddenIn32))(
    lambda: check_forms(alu_forms(), Alu64HiddenIn32))
blind_jmp.theorem.mutant("backjump_not_adjusted", _doc(BackjumpNotAdjusted))(
    lambda: check_landings(BackjumpNotAdjusted))
blind_jmp.theorem.mutant("jmp64_hidden_in_32", _doc(Jmp64HiddenIn32))(
    lambda: check_forms(jmp_forms(), Jmp64HiddenIn32))
blind_ld_imm64.theorem.mutant("lo_half_sign_extended", _doc(LoHalfSignExtended))(
    lambda: check_forms(ld_imm64_forms(), LoHalfSignExtended))
blind_st.theorem.mutant("store_hidden_in_32", _doc(StoreHiddenIn32))(
    lambda: check_forms(st_forms(), StoreHiddenIn32))


# ---------------------------------------------------------------------------------------------
# JITed: the x86 code of a patch refines the ORIGINAL instruction
# ---------------------------------------------------------------------------------------------
# Encoding classes of `AX = a` (emit_mov_imm32: xor for 0; a sign-extending mov only for a
# negative ALU64 value) and of `AX ^= rnd` (imm8 or imm32), with a value inside each.
A_CLASSES = {"neg": -0x1234567, "zero": 0, "pos": 0x2345678}
RND_CLASSES = {"imm8": -0x5B, "imm32": 0x3C5A5A7E}


def _class_pre(a, rnd, acls, rcls, alu64):
    pre = {"neg": a < 0 if alu64 else a != 0, "zero": a == 0,
           "pos": a > 0 if alu64 else a != 0}[acls]
    imm8 = z3.And(rnd >= -128, rnd <= 127)
    return [pre, imm8 if rcls == "imm8" else z3.Not(imm8)]


def _hidden_at(code: bytes, a_c: list[int], r_c: list[int]) -> dict:
    """{byte offset: k, "a" or "rnd"}: the x86 instructions whose immediate is the k-th pair's
    placeholder `a` (its load into AX) or `rnd` (the xor), found by value in the decoded code
    (a zero `a` is `xor r10d, r10d`, without an immediate)."""
    import capstone.x86 as X
    from bpfsmt.spec import x86
    want = {}
    for k, (a, r) in enumerate(zip(a_c, r_c)):
        if a:
            want[a & 0xFFFFFFFF] = (k, "a")
        want[r & 0xFFFFFFFF] = (k, "rnd")
    out = {}
    for addr, ins in x86.decode(code).items():
        for op in ins.operands:
            if op.type == X.X86_OP_IMM and (op.imm & 0xFFFFFFFF) in want:
                out[addr] = want[op.imm & 0xFFFFFFFF]
    return out


def x86_cases():
    """(name, insn, (a class, rnd class) per hidden constant): every encoding class on the
    forms whose constant is the result (mov, lddw, st dw, a jump), every operation, condition
    and size in one class."""
    out = []
    every = [(a, r) for a in A_CLASSES for r in RND_CLASSES]
    for cls, cn in ((BPF_ALU64, "alu64"), (BPF_ALU, "alu32")):
        for a, r in every:
            if cls == BPF_ALU and a == "neg":
                continue
            out.append((f"{cn}_mov_{a}_{r}", Insn.make(cls | BPF_MOV | BPF_K, 5), [(a, r)]))
        for code in BLINDED_ALU:
            for dst in (0, 3, 5):
                out.append((f"{cn}_{code:#04x}_r{dst}", Insn.make(cls | code | BPF_K, dst),
                            [("pos", "imm32")]))
    for cls, cn in ((BPF_JMP, "jmp"), (BPF_JMP32, "jmp32")):
        for code in BLINDED_JMP:
            out.append((f"{cn}_{code:#04x}", Insn.make(cls | code | BPF_K, 1, 0, 1),
                        [("neg" if cls == BPF_JMP else "pos", "imm32")]))
        for a, r in every:
            out.append((f"{cn}_jeq_{a}_{r}", Insn.make(cls | 0x10 | BPF_K, 7, 0, 1), [(a, r)]))
    for size, sn in ((BPF_B, "b"), (BPF_H, "h"), (BPF_W, "w"), (BPF_DW, "dw")):
        out.append((f"st_{sn}", Insn.make(BPF_ST | size | BPF_MEM, 1, 0, -8), [("pos", "imm8")]))
    for a, r in every:
        out.append((f"st_dw_{a}_{r}", Insn.make(BPF_ST | BPF_DW | BPF_MEM, 10, 0, 16), [(a, r)]))
    for hi, lo in ((("neg", "imm32"), ("pos", "imm8")), (("zero", "imm8"), ("zero", "imm32")),
                   (("pos", "imm8"), ("pos", "imm32"))):
        out.append((f"lddw_{hi[0]}_{lo[0]}", Insn.lddw(9, 0), [hi, lo]))
    return out


def check_blind_x86(cfg=None, blinder_cls=Blinder) -> Outcome:
    from bpfsmt.solver.jit.emit import JitConfig, jit_function
    from bpfsmt.solver.jit.refine import Symbolic, check_refinement, replay_register_form
    cfg = cfg or JitConfig()
    n = 0
    for name, insn, classes in x86_cases():
        n += 1
        A = [z3.BitVec(f"a{k}", 32) for k in range(len(classes))]
        RND = [z3.BitVec(f"rnd{k}", 32) for k in range(len(classes))]
        # placeholders inside each class, different for each pair (found by value)
        a_c = [A_CLASSES[a] and A_CLASSES[a] + 16 * k for k, (a, _) in enumerate(classes)]
        r_c = [RND_CLASSES[r] + k for k, (_, r) in enumerate(classes)]
        hidden = [CONCRETE.xor(r, a) for a, r in zip(a_c, r_c)]     # imm = a ^ rnd
        if insn.is_wide:
            concrete = Insn.lddw(insn.dst, (hidden[0] & 0xFFFFFFFF) << 32 |
                                 (hidden[1] & 0xFFFFFFFF))
            sym_value = z3.Concat(A[0] ^ RND[0], A[1] ^ RND[1])
        else:
            concrete = insn.with_(imm=hidden[0])
            sym_value = A[0] ^ RND[0]
        patch = blinder_cls(Replay(r_c)).blind_insn(concrete)
        tail = [Insn.make(0x95)] * (2 if insn.is_cond_jmp else 1)
        f = jit_function(patch + tail, cfg=cfg)
        end = f.insn_offsets[len(patch)][0]
        start = f.insn_offsets[0][0]
        code = f.image[start:end]
        alu64 = insn.cls in (BPF_ALU64, BPF_JMP, BPF_ST)
        pre = [c for k in range(len(classes)) for c in
               _class_pre(A[k], RND[k], *classes[k], k == 0 if insn.is_wide else alu64)]
        at = {addr: z3.SignExt(32, (A if which == "a" else RND)[k])
              for addr, (k, which) in _hidden_at(code, a_c, r_c).items()}
        target = f.insn_offsets[len(patch) + 1][0] - start if insn.is_cond_jmp else None
        r = check_refinement(concrete, code, Symbolic(imm=sym_value, pre=pre),
                             target_rel=target, sym_imm_at=at)
        if r.status == "unknown":
            return Outcome.unknown(f"z3: {r.reason} on {name}")
        if r.status == "refuted":
            regs = [int(r.counterexample[f"r{k}"], 16) for k in range(11)]
            rp = replay_register_form(concrete, code, regs)     # the placeholders' values
            return Outcome.refuted({"form": name, **r.counterexample, "replay": rp},
                                   replayed=None if rp is None else rp["bpf"] != rp["x86"])
    return Outcome.proved(reason=f"{n} blinded forms x encoding classes, every immediate and "
                                 "random value in each")


@theorem("JIT.blind_x86",
         "the x86 code the JIT emits for a blinded instruction's patch (AX = r10) refines the "
         "ORIGINAL instruction: every ALU/ALU64 op, JMP/JMP32 condition, ST size and lddw, "
         "every encoding class of the hidden constant and of the random value (mov/xor/"
         "sign-extending mov, imm8/imm32), every value inside each", "jit")
def blind_x86():
    return check_blind_x86()


def _ax_without_rex():
    from bpfsmt.solver.jit.emit import JitConfig, X86Jit
    from bpfsmt.solver.jit.encode import EREGS

    class AxWithoutRex(X86Jit):
        """BPF_REG_AX (r10) encoded without its REX bit: the patch computes in rdx (R3)."""

        @staticmethod
        def add_1mod(byte, reg):
            return byte | 1 if reg in EREGS - {BPF_REG_AX} else byte

        @staticmethod
        def add_2mod(byte, r1, r2):
            ext = EREGS - {BPF_REG_AX}
            return byte | (1 if r1 in ext else 0) | (4 if r2 in ext else 0)

    return JitConfig(jit=AxWithoutRex)


blind_x86.theorem.mutant("ax_without_rex", "BPF_REG_AX (r10) encoded without its REX bit: "
                         "the patch computes in rdx and clobbers R3")(
    lambda: check_blind_x86(_ax_without_rex()))
