"""Inline array-map lookups: the AL-02 sequence proved over symbolic sizes.

`gen_array_lookup` builds the 7/8 instructions of 6.1's `array_map_gen_lookup` (rules.md AL-02)
as `Insn`s. The proofs evaluate THOSE instructions with `bpfsmt.spec.isa` over `z3_domain()`;
immediates that depend on the map (max_entries, index_mask, ilog2/elem_size) are fed in as
symbolic 32-bit values exactly where the instruction's `imm` goes (sign-extended to 64 bits as
the ISA does for K operands). So one query covers every max_entries, every elem_size of a family
(power of two: shift; otherwise: multiply) and every u32 key.

Specification of the lookup of `key` in an array with base `b` (= map + offsetof(value)):
    r0 == (key < max_entries ? b + key * elem_size : 0)
and, without bypass_spec_v1, a mis-speculated bounds check (JGE predicted not taken) still gives
b + j * elem_size with j <= index_mask, inside the index_mask + 1 slots array_map_alloc allocates.

Counterexamples are replayed by running the emitted instructions with the CONCRETE domain of the
same ISA module (the executor's own ALU), and, where a program can show it (map-in-map with a
NULL-check elided), by executing a synthesised program on `bpfsmt.solver.concrete.exec`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import z3

from bpfsmt.proofs import synth
from bpfsmt.proofs.registry import Outcome, theorem
from bpfsmt.spec import isa
from bpfsmt.spec.insn import (BPF_ADD, BPF_ALU, BPF_ALU64, BPF_AND, BPF_JA, BPF_JGE, BPF_JGT, BPF_JMP,
                              BPF_K, BPF_LDX, BPF_LSH, BPF_MEM, BPF_MOV, BPF_MUL, BPF_W, BPF_X, Insn)
from bpfsmt.spec.limits import KMALLOC_MAX_SIZE
from bpfsmt.spec.program import BPF_F_INNER_MAP, Map

U32 = (1 << 32) - 1
KERNEL_LO, KERNEL_HI = 0xFFFF_8880_0000_0000, 0xFFFF_C900_0000_0000   # where maps live (x86-64)


# ---------------------------------------------------------------------------------------------
# The generator (AL-02) and its symbolic template
# ---------------------------------------------------------------------------------------------

from bpfsmt.solver.concrete.exec import ExecInputs, execute  # noqa: E402
from bpfsmt.solver.xlate.map_gen_lookup import ARRAY_VALUE_OFF, gen_array_lookup  # noqa: E402  one definition


@dataclass
class SymParams:
    """Symbolic map parameters (32-bit values as the generator would put them into imm)."""
    max_entries: object     # BitVec 32
    index_mask: object      # BitVec 32
    elem_size: object       # BitVec 64 (the real element stride)
    scale_imm: object       # BitVec 32: ilog2(elem_size) (shift family) or elem_size (multiply)
    pow2: bool
    bypass: bool


def template(pow2: bool, bypass: bool, jcc: int = BPF_JGE) -> tuple[list[Insn], dict]:
    """The instruction shape for a family, with {insn index: which parameter is its imm}."""
    insns = gen_array_lookup(3, 8 if pow2 else 24, bypass, 3, jcc=jcc)
    holes = {}
    for i, ins in enumerate(insns):
        if ins.is_cond_jmp:
            holes[i] = "max_entries"
        elif ins.cls == BPF_ALU and ins.code == BPF_AND:
            holes[i] = "index_mask"
        elif ins.cls == BPF_ALU64 and ins.code in (BPF_LSH, BPF_MUL) and ins.source == BPF_K:
            holes[i] = "scale_imm"
    return insns, holes


def run_seq(D, insns: list[Insn], regs: dict, key, imms: dict, speculate: bool = False):
    """Execute the (forward-jumping) sequence with the ISA over domain D; returns R0.
    `imms[i]` overrides insn i's 32-bit immediate; `speculate` forces conditional jumps to fall
    through (a mis-predicted bounds check). The only load is the u32 key."""
    def go(pc, regs):
        while pc < len(insns):
            ins = insns[pc]
            k = imms.get(pc)
            opnd = (D.sext(k, 32, 64) if k is not None else None)
            if ins.cls in (BPF_ALU, BPF_ALU64):
                src = opnd if opnd is not None else isa.alu_operand(D, ins, regs.get(ins.src))
                regs = {**regs, ins.dst: isa.alu(D, ins, regs.get(ins.dst, D.const(0)), src)}
                pc += 1
            elif ins.cls == BPF_LDX:
                regs = {**regs, ins.dst: isa.load_extend(D, key, 4, False)}
                pc += 1
            elif ins.is_ja:
                pc += 1 + ins.off
            elif ins.is_cond_jmp:
                src = opnd if opnd is not None else isa.jmp_operand(D, ins, regs.get(ins.src))
                c = isa.jmp_cond(D, ins, regs[ins.dst], src)
                if speculate:
                    pc += 1
                    continue
                taken = go(pc + 1 + ins.off, regs)
                fall = go(pc + 1, regs)
                return D.ite(c, taken, fall)
            else:
                raise ValueError(f"unexpected instruction in a lookup sequence: {ins}")
        return regs[0]
    return go(0, dict(regs))


def sym_params(tag: str, pow2: bool, bypass: bool, me_max: int = (1 << 31) - 1, me_min: int = 1):
    """Symbolic parameters and their constraints (what array_map_alloc accepts)."""
    me = z3.BitVec(f"max_entries{tag}", 32)
    vsz = z3.BitVec(f"value_size{tag}", 64)
    es = z3.BitVec(f"elem_size{tag}", 64)
    sh = z3.BitVec(f"log2_elem{tag}", 32)
    kk = z3.BitVec(f"mask_bits{tag}", 32)
    mask = (z3.BitVecVal(1, 32) << kk) - 1
    c = [z3.UGE(me, me_min), z3.ULE(me, me_max),
         z3.UGE(vsz, 1), z3.ULE(vsz, KMALLOC_MAX_SIZE), es == (vsz + 7) & ~z3.BitVecVal(7, 64),
         z3.ULE(kk, 31),
         # index_mask = next_power_of_two(max_entries) - 1
         z3.UGE(z3.ZeroExt(32, mask) + 1, z3.ZeroExt(32, me)),
         z3.Or(kk == 0, z3.ULT(z3.ZeroExt(32, (z3.BitVecVal(1, 32) << (kk - 1))), z3.ZeroExt(32, me)))]
    if pow2:
        c += [z3.UGE(sh, 3), z3.ULE(sh, 22), es == z3.BitVecVal(1, 64) << z3.ZeroExt(32, sh)]
        scale = sh
    else:
        c += [es & (es - 1) != 0]
        scale = z3.Extract(31, 0, es)
    return SymParams(me, mask, es, scale, pow2, bypass), c


def _imms(holes: dict, p: SymParams) -> dict:
    return {i: getattr(p, name) for i, name in holes.items()}


FAMILIES = [(pow2, bypass) for pow2 in (True, False) for bypass in (False, True)]


class UFMulDomain(isa.Z3Domain):
    """The Z3 domain with bit-vector multiplication left uninterpreted. A claim proved here
    holds for EVERY binary function in place of `*`, in particular for bvmul; it spares Z3 the
    equivalence of two 64-bit multipliers. Counterexamples are never taken from this domain."""
    name = "z3-uf-mul"

    def mul(self, a, b, w):
        f = z3.Function(f"mul{w}", z3.BitVecSort(w), z3.BitVecSort(w), z3.BitVecSort(w))
        return f(a, b)


_UF = None


def domain(kind: str):
    global _UF
    if kind == "bv":
        return isa.z3_domain()
    if _UF is None:
        _UF = UFMulDomain()
    return _UF


def _check(s: z3.Solver, timeout_ms: int):
    s.set("timeout", timeout_ms)
    return s.check()


def check_functional(jcc: int = BPF_JGE, me_max: int = (1 << 31) - 1, timeout_ms: int = 60_000):
    """For each family: unsat of (result != spec), first with multiplication uninterpreted (a
    proof for every `*`), then, if that does not prove it, with bvmul for a real counterexample.
    Returns ("proved"|"cex"|"unknown", info)."""
    for fam in FAMILIES:
        r, info = _functional_family(fam, "uf", jcc, me_max, timeout_ms)
        if r == "proved":
            continue
        r, info = _functional_family(fam, "bv", jcc, me_max, timeout_ms, small=True)
        if r == "proved":
            r, info = _functional_family(fam, "bv", jcc, me_max, timeout_ms)
        if r != "proved":
            return r, info
    return "proved", None


def _functional_family(fam, dkind, jcc, me_max, timeout_ms, small=False, me_min=1, es_max=None):
    D = domain(dkind)
    for pow2, bypass in [fam]:
        insns, holes = template(pow2, bypass, jcc)
        p, c = sym_params("", pow2, bypass, me_max, me_min)
        key = z3.BitVec("key", 32)
        mp = z3.BitVec("map", 64)
        r0 = run_seq(D, insns, {1: mp, 2: z3.BitVec("keyptr", 64)}, key, _imms(holes, p))
        base = mp + ARRAY_VALUE_OFF
        k64 = z3.ZeroExt(32, key)
        spec = z3.If(z3.ULT(key, p.max_entries), base + D.mul(k64, p.elem_size, 64), z3.BitVecVal(0, 64))
        s = z3.Solver()
        s.add(*c, r0 != spec)
        if dkind == "bv":
            s.add(z3.UGE(mp, KERNEL_LO), z3.ULE(mp, KERNEL_HI))
        if small:
            s.add(*_small(p))
        if es_max is not None:   # the smallest allocation, placed without wrapping
            s.add(z3.ULE(p.elem_size, es_max),
                  z3.ULE(mp, KERNEL_HI - (1 << 32) * es_max))
        r = _check(s, timeout_ms)
        if r == z3.sat:
            if dkind != "bv":
                return "sat-uf", None
            m = s.model()
            return "cex", _cex(m, p, key, mp, r0, spec, insns, holes, pow2, bypass)
        if r != z3.unsat:
            return "unknown", {"family": (pow2, bypass), "reason": s.reason_unknown()}
    return "proved", None


def spec_mul_lemma(timeout_ms: int = 30_000) -> str:
    """Integer lemma for the multiply family: j <= m < 2^31 and 8 <= e <= 2^22 give
    j*e + e <= (m+1)*e < 2^64, so bvmul(j, e) does not wrap and lands on a slot below m+1."""
    j, m, e = z3.Ints("j m e")
    s = z3.Solver()
    s.set("timeout", timeout_ms)
    s.add(j >= 0, j <= m, m < 2 ** 31, e >= 8, e <= KMALLOC_MAX_SIZE)
    s.add(z3.Not(z3.And(j * e + e <= (m + 1) * e, (m + 1) * e < 2 ** 64)))
    r = s.check()
    return "proved" if r == z3.unsat else ("cex" if r == z3.sat else "unknown")


def check_speculative(alloc: str = "index_mask", timeout_ms: int = 60_000):
    """Without bypass_spec_v1: with the bounds check mis-predicted, the address stays in the
    allocation: `alloc` = "index_mask" (array_map_alloc: index_mask+1 slots) or "max_entries"
    (the mutant allocation). Shift family: one bit-vector query on the final address. Multiply
    family (proof): the index entering `r0 *= elem_size` is <= index_mask (bit-vector query over
    the ISA), the product cannot wrap and stays below the allocation (integer lemma), and the
    remaining `r0 += r1` adds the value base (ISA); a counterexample search uses bvmul."""
    D = isa.z3_domain()
    if alloc == "index_mask":
        insns, holes = template(False, False)
        scale_at = next(i for i, n in holes.items() if n == "scale_imm")
        p, c = sym_params("", False, False, 1 << 31)
        key = z3.BitVec("key", 32)
        x = run_seq(D, insns[:scale_at], {1: z3.BitVec("map", 64), 2: z3.BitVec("keyptr", 64)}, key,
                    _imms(holes, p), speculate=True)
        s = z3.Solver()
        s.add(*c, z3.Not(z3.ULE(x, z3.ZeroExt(32, p.index_mask))))
        r1 = _check(s, timeout_ms)
        if r1 != z3.unsat or spec_mul_lemma() != "proved":
            return "unknown", {"reason": f"multiply family: index bound {r1}, lemma not proved"}
        families = (True,)
    else:
        families = (True, False)
    for pow2 in families:
        insns, holes = template(pow2, False)
        p, c = sym_params("", pow2, False, 1 << 31)
        key = z3.BitVec("key", 32)
        mp = z3.BitVec("map", 64)
        r0 = run_seq(D, insns, {1: mp, 2: z3.BitVec("keyptr", 64)}, key, _imms(holes, p), speculate=True)
        base = mp + ARRAY_VALUE_OFF
        slots = z3.ZeroExt(32, p.index_mask) + 1 if alloc == "index_mask" else z3.ZeroExt(32, p.max_entries)
        off = r0 - base
        inside = z3.And(z3.ULT(off, slots * p.elem_size), z3.URem(off, p.elem_size) == 0)
        s = z3.Solver()
        s.add(*c, z3.ULE(base, base + slots * p.elem_size))   # the allocation does not wrap
        s.add(z3.Not(inside))
        if alloc != "index_mask":
            s.push()
            s.add(*_small(p))
            if _check(s, timeout_ms) != z3.sat:
                s.pop()
        r = _check(s, timeout_ms)
        if r == z3.sat:
            m = s.model()
            ev = lambda t: m.eval(t, model_completion=True).as_long()  # noqa: E731
            return "cex", {"family": "shift" if pow2 else "multiply", "max_entries": ev(p.max_entries),
                           "index_mask": ev(p.index_mask), "elem_size": ev(p.elem_size),
                           "key": ev(key), "allocated_slots": ev(slots),
                           "speculative_offset": ev(off),
                           "slot_reached": ev(off) // max(ev(p.elem_size), 1)}
        if r != z3.unsat:
            return "unknown", {"reason": s.reason_unknown()}
    return "proved", None


def _cex(m, p, key, mp, r0, spec, insns, holes, pow2, bypass):
    ev = lambda t: m.eval(t, model_completion=True).as_long()  # noqa: E731
    me, es, mask, k = ev(p.max_entries), ev(p.elem_size), ev(p.index_mask), ev(key)
    conc = gen_array_lookup(me, es, bypass, mask, jcc=insns[2].code if insns[2].is_cond_jmp else BPF_JGE)
    return {"family": "shift" if pow2 else "multiply", "bypass_spec_v1": bypass,
            "max_entries": me, "elem_size": es, "index_mask": mask, "key": k,
            "map": ev(mp), "value_base": ev(mp) + ARRAY_VALUE_OFF, "got": ev(r0), "expected": ev(spec),
            "insns": [synth.program_text_insn(i) for i in conc]}


# ---------------------------------------------------------------------------------------------
# Concrete replay of an emitted sequence (the ISA's CONCRETE domain, as in the executor)
# ---------------------------------------------------------------------------------------------

def run_concrete(insns: list[Insn], map_addr: int, key: int, speculate: bool = False) -> int:
    return run_seq(isa.CONCRETE, insns, {1: map_addr, 2: 0}, key, {}, speculate)


def classify(addr: int, base: int, elem_size: int, slots: int, max_entries: int) -> str:
    if addr == 0:
        return "NULL"
    off = addr - base
    if elem_size and off % elem_size == 0 and 0 <= off // elem_size < max_entries:
        return f"element {off // elem_size}"
    if 0 <= off < slots * elem_size:
        return f"inside the allocation but not an element below max_entries (offset {off})"
    return f"OUT OF BOUNDS: offset {off} from the value area of {slots} x {elem_size} bytes"


# ---------------------------------------------------------------------------------------------
# Theorems about one array
# ---------------------------------------------------------------------------------------------

@theorem("AL.gen_lookup",
         "for every max_entries in 1..2^31-1, every value_size in 1..KMALLOC_MAX_SIZE (elem_size = "
         "round_up(value_size, 8); shift when a power of two, multiply otherwise, both symbolic), "
         "with and without index_mask, and every u32 key, the AL-02 sequence returns value_base + "
         "key*elem_size when key < max_entries and NULL otherwise (Z3 over the ISA semantics)",
         "array-lookup")
def al_gen_lookup() -> Outcome:
    r, info = check_functional()
    if r == "proved":
        return Outcome.proved()
    return Outcome.unknown(f"{r}: {info}")


@al_gen_lookup.theorem.mutant("jgt-bound", "bounds check `if r0 > max_entries` (off by one)")
def _m_jgt() -> Outcome:
    r, info = check_functional(jcc=BPF_JGT)
    if r != "cex":
        return Outcome.unknown(f"mutant not refuted: {r}")
    conc = gen_array_lookup(info["max_entries"], info["elem_size"], info["bypass_spec_v1"],
                            info["index_mask"], jcc=BPF_JGT)
    got = run_concrete(conc, info["map"], info["key"])
    slots = info["max_entries"] if info["bypass_spec_v1"] else info["index_mask"] + 1
    info["concrete"] = classify(got, info["value_base"], info["elem_size"], slots, info["max_entries"])
    return Outcome.refuted(info, replayed=(got == info["got"] and got != info["expected"]))


@theorem("AL.spectre",
         "without bypass_spec_v1, for every max_entries in 1..2^31, every elem_size (both families) "
         "and every u32 key, the sequence with its bounds check mis-predicted yields value_base + "
         "j*elem_size with j <= index_mask, inside the index_mask+1 slots array_map_alloc "
         "allocates (Z3)", "array-lookup")
def al_spectre() -> Outcome:
    r, info = check_speculative("index_mask")
    if r == "proved":
        return Outcome.proved()
    return Outcome.unknown(f"{r}: {info}")


@al_spectre.theorem.mutant("alloc-max-entries",
                           "allocate max_entries slots instead of rounding up to index_mask+1")
def _m_alloc() -> Outcome:
    r, info = check_speculative("max_entries")
    if r != "cex":
        return Outcome.unknown(f"mutant not refuted: {r}")
    conc = gen_array_lookup(info["max_entries"], info["elem_size"], False, info["index_mask"])
    base = 0xFFFF_8880_0000_0000
    got = run_concrete(conc, base - ARRAY_VALUE_OFF, info["key"], speculate=True)
    info["concrete_speculative"] = classify(got, base, info["elem_size"], info["max_entries"],
                                            info["max_entries"])
    return Outcome.refuted(info, replayed=got - base == info["speculative_offset"]
                           and "OUT OF BOUNDS" in info["concrete_speculative"])


def huge_max_entries_finding(timeout_ms: int = 60_000) -> dict:
    """Outside the theorem's range: max_entries >= 2^31. The JGE immediate is an s32, so the
    bound sign-extends to 0xffffffff8xxxxxxx and no u32 key fails the check.
    - without bypass_spec_v1 array_map_alloc accepts max_entries up to 2^31 (index_mask+1 must
      fit a u32): at exactly 2^31 the mask keeps the access inside, but a key >= 2^31 returns
      element key & index_mask instead of NULL (functional);
    - with bypass_spec_v1 (CAP_PERFMON) any max_entries up to 2^32-1 passes array_map_alloc:
      the returned address can lie beyond the allocation (memory safety).
    Both need an array of >= 2^31 elements (>= 16 GiB); derived [D], not run on a kernel."""
    out = {}
    for bypass, hi in ((False, 1 << 31), (True, U32)):
        r, info = _functional_family((True, bypass), "bv", BPF_JGE, hi, timeout_ms, small=False,
                                     me_min=1 << 31, es_max=8)
        if r == "cex":
            slots = info["max_entries"] if bypass else info["index_mask"] + 1
            got = run_concrete(gen_array_lookup(info["max_entries"], info["elem_size"], bypass,
                                                info["index_mask"]), info["map"], info["key"])
            info["concrete"] = classify(got, info["value_base"], info["elem_size"], slots,
                                        info["max_entries"])
        out["bypass_spec_v1" if bypass else "index_mask"] = {"result": r, **(info or {})}
    return out


# ---------------------------------------------------------------------------------------------
# Map-in-map: the inlined lookup uses the TEMPLATE's constants on the INSERTED inner map
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class MimRules:
    name: str
    meta_max_entries: bool = True      # array_map_meta_equal compares max_entries (unless INNER_MAP)
    inline_inner_map: bool = False     # mutant: inline despite BPF_F_INNER_MAP
    copy_elem_size: bool = True        # AL-04 fix present (6.1.158); False = v6.1.0 .. 6.1.3x


MIM_FIXED = MimRules("6.1.158")


def check_map_in_map(R: MimRules, timeout_ms: int = 60_000, goal: str = "mismatch"):
    """Exists template T, inserted inner I (meta_equal(T, I) under R), key: the lookup R emits
    for T (inlined with T's constants, or the helper) differs from the correct lookup in I?
    Each case is first proved with multiplication uninterpreted, else searched with bvmul."""
    for inner_flag in (False, True):
        if inner_flag and not R.inline_inner_map and \
                gen_array_lookup(1, 8, True, 0, map_flags=BPF_F_INNER_MAP) is None:
            continue       # the generator refuses (-EOPNOTSUPP): a helper call, correct for any size
        for pow2 in (True, False):
            if not R.copy_elem_size and pow2:
                continue   # template elem_size is 0: never a power of two
            for bypass in (False, True):
                r, info = _mim_case(R, inner_flag, pow2, bypass, "uf", timeout_ms)
                if r == "proved":
                    continue
                r, info = _mim_case(R, inner_flag, pow2, bypass, "bv", timeout_ms, goal, small=True)
                if r == "proved":   # nothing with small sizes: search all sizes
                    r, info = _mim_case(R, inner_flag, pow2, bypass, "bv", timeout_ms, goal)
                if r != "proved":
                    return r, info
    return "proved", None


def _small(*ps):
    """Prefer readable counterexamples: max_entries <= 2^16, elem_size <= 4096."""
    return [c for p in ps for c in (z3.ULE(p.max_entries, 1 << 16), z3.ULE(p.elem_size, 4096))]


def _mim_case(R, inner_flag, pow2, bypass, dkind, timeout_ms, goal="mismatch", small=False):
    """goal "mismatch": any result other than the inner map's element/NULL; "oob": an address
    outside the inner map's allocation (the map placed in the kernel's address range)."""
    D = domain(dkind)
    insns, holes = template(pow2, bypass)
    t, ct = sym_params("_t", pow2, bypass)
    i_, ci = sym_params("_i", pow2, bypass)
    imms = _imms(holes, t)
    if not R.copy_elem_size:   # the template's array->elem_size stayed 0 (kzalloc)
        imms = {k: (z3.BitVecVal(0, 32) if holes[k] == "scale_imm" else v) for k, v in imms.items()}
    meta = [t.elem_size == i_.elem_size]                   # value_size equal
    if R.meta_max_entries and not inner_flag:
        meta.append(t.max_entries == i_.max_entries)
    key = z3.BitVec("key", 32)
    mp = z3.BitVec("inner_map", 64)
    r0 = run_seq(D, insns, {1: mp, 2: z3.BitVec("keyptr", 64)}, key, imms)
    base = mp + ARRAY_VALUE_OFF
    spec = z3.If(z3.ULT(key, i_.max_entries), base + D.mul(z3.ZeroExt(32, key), i_.elem_size, 64),
                 z3.BitVecVal(0, 64))
    s = z3.Solver()
    s.add(*ct, *ci, *meta, r0 != spec)
    if goal == "oob":
        slots = z3.ZeroExt(32, i_.max_entries) if bypass else z3.ZeroExt(32, i_.index_mask) + 1
        s.add(r0 != 0, z3.UGE(r0 - base, slots * i_.elem_size))
    if dkind == "bv":
        s.add(z3.UGE(mp, KERNEL_LO), z3.ULE(mp, KERNEL_HI))
    if small:
        s.add(*_small(t, i_))
    r = _check(s, timeout_ms)
    if r == z3.unsat:
        return "proved", None
    if r != z3.sat:
        return "unknown", {"reason": s.reason_unknown(), "case": (inner_flag, pow2, bypass, dkind)}
    if dkind != "bv":
        return "sat-uf", None
    m = s.model()
    ev = lambda x: m.eval(x, model_completion=True).as_long()  # noqa: E731
    slots_i = ev(i_.max_entries) if bypass else ev(i_.index_mask) + 1
    return "cex", {
        "rules": R.name, "template_flags": "BPF_F_INNER_MAP" if inner_flag else "0",
        "family": "shift" if pow2 else "multiply", "bypass_spec_v1": bypass,
        "template_max_entries": ev(t.max_entries), "inner_max_entries": ev(i_.max_entries),
        "elem_size": ev(i_.elem_size), "template_elem_size_used":
            ev(t.elem_size) if R.copy_elem_size else 0,
        "template_index_mask": ev(t.index_mask), "inner_slots_allocated": slots_i,
        "key": ev(key), "inner_map": ev(mp), "value_base": ev(base),
        "got": ev(r0), "expected": ev(spec)}


def replay_mim(info: dict) -> dict:
    """Run the emitted sequence (template constants) concretely on the inner map's address, and
    the un-inlined program on the executor (helper semantics) for the reference answer."""
    es_used = info["template_elem_size_used"]
    conc = gen_array_lookup(info["template_max_entries"], es_used, info["bypass_spec_v1"],
                            info["template_index_mask"])
    got = run_concrete(conc, info["inner_map"], info["key"])
    what = classify(got, info["value_base"], info["elem_size"], info["inner_slots_allocated"],
                    info["inner_max_entries"])
    out = {"emitted": [synth.program_text_insn(i) for i in conc], "concrete_result": got,
           "concrete_meaning": what, "matches_model": got == info["got"]}
    out["executor"] = executor_reference(info)
    return out


def _mim_file(info: dict, null_check: bool = True):
    inner_flags = BPF_F_INNER_MAP if info["template_flags"] != "0" else 0
    vs = info["elem_size"]
    tmpl = Map("inner_tmpl", "array", key_size=4, value_size=vs,
               max_entries=info["template_max_entries"], flags=inner_flags)
    inner = Map("inner0", "array", key_size=4, value_size=vs, max_entries=info["inner_max_entries"],
                flags=inner_flags)
    outer = Map("outer", "array_of_maps", key_size=4, value_size=4, max_entries=1, inner=tmpl,
                inner_maps={0: "inner0"})
    maps = [outer.name, inner.name]
    b = synth.Builder()
    b.lookup(maps, outer.name, 0, 6, "out", key_off=-4)
    b.st(4, 10, -8, info["key"] - (1 << 32) if info["key"] >= 1 << 31 else info["key"])
    b.mov(1, 6).mov(2, 10).addi(2, -8).call("map_lookup_elem")
    if null_check:
        b.jeq(0, 0, "out")
    b.label("deref").ldx(8, 0, 0, 0)
    b.label("out").ret(0)
    prog = b.program("mim_lookup", "sched_cls", section="tc", maps=maps)
    return synth.program_file("<map_in_map>", [outer, inner], [prog]), prog


def executor_reference(info: dict) -> dict:
    pfile, prog = _mim_file(info)
    res = execute(pfile, prog, ExecInputs(), trace=True)
    r0_after_lookup = None
    for t in res.trace:
        if t.insn.is_helper_call and 0 in t.changed:
            r0_after_lookup = t.changed[0]
    return {"helper_lookup_result": r0_after_lookup,
            "helper_says": "NULL" if r0_after_lookup == 0 else "an element",
            "fault": res.fault.to_json() if res.fault else None, "program": synth.file_text(pfile)}


@theorem("AL.map_in_map",
         "for every template/inner pair of ARRAY maps that array_map_meta_equal lets in (equal "
         "value_size, equal max_entries unless the template has BPF_F_INNER_MAP), every "
         "max_entries in 1..2^31-1, both elem_size families, with and without index_mask, and "
         "every u32 key, the lookup emitted for the template (inlined with its constants, or a "
         "helper call under BPF_F_INNER_MAP) returns exactly the inner map's element or NULL (Z3)",
         "array-lookup")
def al_map_in_map() -> Outcome:
    r, info = check_map_in_map(MIM_FIXED)
    if r == "proved":
        return Outcome.proved()
    return Outcome.unknown(f"{r}: {info}")


def _refute_mim(R: MimRules, want: str) -> Outcome:
    r, info = check_map_in_map(R, goal="oob" if want == "OUT OF BOUNDS" else "mismatch")
    if r != "cex":
        return Outcome.unknown(f"mutant not refuted: {r} {info}")
    rep = replay_mim(info)
    info["replay"] = rep
    if not R.copy_elem_size:
        info["oracle"] = synth.oracle_finding("AL-04")
    ok = rep["matches_model"] and want in rep["concrete_meaning"]
    ok = ok and rep["executor"]["helper_lookup_result"] is not None
    return Outcome.refuted(info, replayed=ok)


al_map_in_map.theorem.mutant("meta-equal-ignores-max-entries",
                             "array_map_meta_equal without the max_entries comparison")(
    lambda: _refute_mim(MimRules("no-max-entries-check", meta_max_entries=False), "OUT OF BOUNDS"))
al_map_in_map.theorem.mutant("inline-despite-inner-map", "inline the lookup although the template "
                             "has BPF_F_INNER_MAP")(
    lambda: _refute_mim(MimRules("inline-inner-map", inline_inner_map=True), "OUT OF BOUNDS"))
al_map_in_map.theorem.mutant("template-elem-size-0", "AL-04 (v6.1.0-6.1.3x): the template does "
                             "not copy elem_size, so the inlined lookup multiplies by 0")(
    lambda: _refute_mim(MimRules("no-elem-size-copy", copy_elem_size=False), "element 0"))


# ---------------------------------------------------------------------------------------------
# Constant-key lookups: when may the verifier drop the NULL check?
# ---------------------------------------------------------------------------------------------

def check_null_elision(elide_inner_map: bool, timeout_ms: int = 30_000):
    """The verifier knows the template's max_entries; the run-time lookup goes to the inserted
    inner map. Rule (later kernels): a constant key < max_entries makes the result non-NULL for
    plain arrays; never for BPF_F_INNER_MAP templates (mutant: also for them). Exists a
    template/inner pair (meta_equal) and a key where the result is deemed non-NULL but is NULL?"""
    tme, ime, key = z3.BitVecs("template_max_entries inner_max_entries key", 32)
    inner_flag = z3.Bool("template_inner_map")
    meta = z3.Or(inner_flag, tme == ime)
    deemed_nonnull = z3.And(z3.ULT(key, tme), z3.Or(z3.Not(inner_flag), elide_inner_map))
    actually_null = z3.UGE(key, ime)
    s = z3.Solver()
    s.set("timeout", timeout_ms)
    s.add(z3.UGE(tme, 1), z3.UGE(ime, 1), z3.ULE(tme, (1 << 31) - 1), z3.ULE(ime, (1 << 31) - 1))
    s.add(meta, deemed_nonnull, actually_null)
    # smallest witness: readable and cheap to replay
    r = s.check()
    if r == z3.unsat:
        return "proved", None
    if r != z3.sat:
        return "unknown", None
    o = z3.Optimize()
    o.add(*s.assertions())
    o.minimize(z3.ZeroExt(32, tme) + z3.ZeroExt(32, ime))
    o.check()
    m = o.model()
    ev = lambda x: m.eval(x, model_completion=True)  # noqa: E731
    return "cex", {"template_flags": "BPF_F_INNER_MAP" if z3.is_true(ev(inner_flag)) else "0",
                   "template_max_entries": ev(tme).as_long(), "inner_max_entries": ev(ime).as_long(),
                   "key": ev(key).as_long()}


@theorem("AL.const_key_null",
         "eliding the NULL check of a constant-key lookup (key < the map's max_entries) only when "
         "the map is not a BPF_F_INNER_MAP template never lets a NULL result be dereferenced, for "
         "all template/inner max_entries in 1..2^31-1 and u32 keys (Z3)", "array-lookup")
def al_const_key_null() -> Outcome:
    r, info = check_null_elision(False)
    if r == "proved":
        return Outcome.proved()
    return Outcome.unknown(f"{r}: {info}")


@al_const_key_null.theorem.mutant("elide-for-inner-map",
                                  "skip the NULL check on a constant-key lookup into a "
                                  "BPF_F_INNER_MAP inner array")
def _m_elide() -> Outcome:
    r, info = check_null_elision(True)
    if r != "cex":
        return Outcome.unknown(f"mutant not refuted: {r}")
    full = {**info, "elem_size": 8, "bypass_spec_v1": True}
    pfile, prog = _mim_file(full, null_check=False)
    info["program"] = synth.file_text(pfile)
    res = execute(pfile, prog, ExecInputs())
    info["replay"] = {"fault": res.fault.to_json() if res.fault else None}
    ok = res.fault is not None and res.fault.kind == "null_deref" and res.fault.slot == prog.labels["deref"]
    return Outcome.refuted(info, replayed=ok)
