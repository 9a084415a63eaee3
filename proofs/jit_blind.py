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
