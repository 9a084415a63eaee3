"""Range analysis proved sound per operator (`bpfsmt prove range`).

Why: the verifier's scalar tracking (tnum + s64/u64/s32/u32 bounds, their sync, branch refinement)
is where most of its historical CVEs lived. Each theorem runs the model's own abstract operator
(solver/verifier/bounds.py, on the `Z3Ranges` domain, so no second copy) against the ISA's own
concrete semantics (spec/isa.py on Z3) over 64-bit bit-vectors: if the inputs' concrete values are
members of their abstract states (tnum and all four ranges), the output value is a member of the
output state; a refined branch state keeps every value that takes that branch, and a branch the
model decides (is_branch_taken) is decided correctly.

Each operator is checked up to its final reg_bounds_sync; RANGE.reg_bounds_sync proves that step
on its own (it keeps every member and yields a well-formed state, the premise of the others), so
the two compose into the whole operator.

Mutants: every theorem is re-checked with its output tightened by one (the check must find the
value on the edge), and with the historical kernel bugs of spec/rules.RANGE_BUGS re-introduced
where they apply; each must be refuted with a counterexample. The CVE mutants also get a BPF
program (proofs/range_exploits.py) that the mutated model accepts, that reads out of its map
value when replayed on the executor, and that the real 6.1 kernel rejects (committed labels).
"""
from __future__ import annotations

import functools
import json
import subprocess
import sys

import z3

from bpfsmt.solver.verifier import bounds as B
from bpfsmt.spec import isa
from bpfsmt.spec.insn import (ALU_NAMES, BPF_ALU, BPF_ALU64, BPF_END, BPF_JMP, BPF_JMP32, BPF_MOV,
                              BPF_NEG, BPF_TO_BE, BPF_TO_LE, BPF_X, JMP_NAMES, COND_JMP_OPS, Insn)
from bpfsmt.spec.rules import RANGE_BUGS

from .registry import Outcome, theorem

D = B.Z3Ranges()
ISA = isa.z3_domain()
TIMEOUT_MS = 60_000

ALU_OPS = {name: code for code, name in ALU_NAMES.items()}
JMP_OPS = {JMP_NAMES[c]: c for c in COND_JMP_OPS}

# Which theorems each historical bug breaks (the operators the bug's code runs in).
BUG_SITES = {
    "CVE-2017-16995": ["alu32_mov"],
    "CVE-2017-16996": ["alu32_add", "alu32_sub"],
    "CVE-2020-8835": [f"jmp32_{j}" for j in ("jgt", "jge", "jlt", "jle", "jsgt", "jslt", "jne")],
    "CVE-2020-27194": ["alu32_or", "alu64_or"],
    "CVE-2021-3490": ["alu32_and", "alu32_or", "alu32_xor"],
    "CVE-2021-31440": ["jmp_jgt", "jmp_jge", "jmp_jlt", "jmp_jle", "jmp_jsgt", "jmp_jslt"],
}


def sym_bounds(tag: str) -> B.Bounds:
    """An abstract state named `tag`, every field a free bit-vector (constrain it with
    `well_formed`). Names do not depend on what ran before, so a query, and the counterexample Z3
    picks for it, is the same in every process (the exploits' kernel labels rely on that)."""
    n = tag
    bv = lambda f, w: z3.BitVec(f"{n}.{f}", w)  # noqa: E731
    return B.Bounds(B.Tnum(bv("value", 64), bv("mask", 64)), bv("smin", 64), bv("smax", 64),
                    bv("umin", 64), bv("umax", 64), bv("s32min", 32), bv("s32max", 32),
                    bv("u32min", 32), bv("u32max", 32))


def well_formed(b: B.Bounds):
    """What every state the model holds satisfies (it is an output of reg_bounds_sync, or a
    constant; RANGE.reg_bounds_sync proves the sync establishes it), and what the kernel's
    operators rely on: a known bit is not also unknown, and signed bounds on one side of zero
    confine the unsigned ones to that side (scalar_min_max_and copies umin/umax into smin/smax
    when smin >= 0)."""
    v, m = b.var_off.value, b.var_off.mask
    v32, top32 = z3.Extract(31, 0, v), z3.Extract(31, 0, v | m)
    return z3.And(v & m == 0,
                  z3.Implies(b.smin >= 0, z3.And(z3.ULE(b.umax, B.S64_MAX), z3.ULE(v | m, B.S64_MAX))),
                  z3.Implies(b.smax < 0, z3.And(z3.UGE(b.umin, 1 << 63), z3.UGE(v, 1 << 63))),
                  z3.Implies(b.s32min >= 0, z3.And(z3.ULE(b.u32max, B.S32_MAX), z3.ULE(top32, B.S32_MAX))),
                  z3.Implies(b.s32max < 0, z3.And(z3.UGE(b.u32min, 1 << 31), z3.UGE(v32, 1 << 31))))


def member_of(b: B.Bounds, x):
    """x is in the well-formed state b (the theorems' premise on an input)."""
    return z3.And(well_formed(b), B.contains(b, x, D))


def _same(a: B.Bounds, b: B.Bounds):
    return z3.And(a.var_off.value == b.var_off.value, a.var_off.mask == b.var_off.mask,
                  *(getattr(a, f) == getattr(b, f) for f in B.FIELDS64 + B.FIELDS32))


def synced(b: B.Bounds):
    """b is its own reg_bounds_sync, as every state after a branch or an ALU op is."""
    out = b.copy()
    B.reg_bounds_sync(out, D)
    return _same(out, b)


def buildable(b: B.Bounds):
    """b is what a branch leaves: unchanged by the refinement of a 64-bit branch
    (__reg_combine_64_into_32, which re-derives the 32-bit bounds) or of a 32-bit one
    (__reg_combine_32_into_64). A historical bug's counterexample is searched among these, so
    the exploit program can build its input state with AND/OR and branches ending with that
    kind (proofs/range_exploits.py). Slower for Z3 than `synced`, so asked only when a synced
    counterexample's state cannot be built."""
    after64, after32 = b.copy(), b.copy()
    B.reg_combine_64_into_32(after64, D)
    B.reg_combine_32_into_64(after32, D)
    return z3.Or(_same(after64, b), _same(after32, b))


def tighten(b: B.Bounds) -> B.Bounds:
    """The generic mutant: umax and u32_max one lower wherever the range has two values or more."""
    t = b.copy()
    t.umax = z3.If(z3.ULT(b.umin, b.umax), b.umax - 1, b.umax)
    t.u32max = z3.If(z3.ULT(b.u32min, b.u32max), b.u32max - 1, b.u32max)
    return t


def _val(m, e):
    v = m.eval(e, model_completion=True)
    return v.as_long() if z3.is_bv_value(v) else str(v)


def state_json(m, b: B.Bounds) -> dict:
    """An abstract state of a model, in the kernel log's words."""
    g = lambda e: _val(m, e)  # noqa: E731
    return {"var_off": f"({g(b.var_off.value):#x}; {g(b.var_off.mask):#x})",
            "smin": B.s64(g(b.smin)), "smax": B.s64(g(b.smax)), "umin": g(b.umin), "umax": g(b.umax),
            "s32_min": B.s32(g(b.s32min)), "s32_max": B.s32(g(b.s32max)),
            "u32_min": g(b.u32min), "u32_max": g(b.u32max)}


def refute(goal, values: dict, states: dict | None = None, timeout_ms: int = TIMEOUT_MS,
           logic: str = "QF_BV", abstract=()):
    """unsat -> None (the claim holds); sat -> a counterexample dict; unknown -> the reason.
    A goal given as (premise, [conclusions]) is checked one conclusion at a time (much faster
    for Z3 than the negated conjunction); the counterexample says which one ("conclusion").
    `abstract` lists subterms replaced by fresh symbols in every query: a more general claim, so
    a proof still holds, and Z3 no longer sees their shifts and masks (range_mul's induction)."""
    premise, parts = goal if isinstance(goal, tuple) else (goal, [z3.BoolVal(False)])
    subs = [(t, z3.Const(f"_t{i}", t.sort())) for i, t in enumerate(abstract)]
    for i, part in enumerate(parts):
        s = z3.SolverFor(logic)
        s.set("timeout", timeout_ms)
        facts = [z3.BoolVal(premise) if isinstance(premise, bool) else premise, z3.Not(part)]
        s.add(*([z3.substitute(f, *subs) for f in facts] if subs else facts))
        r = s.check()
        if r == z3.unsat:
            continue
        if r == z3.unknown:
            return f"unknown: {s.reason_unknown()}"
        m = s.model()
        cex = {k: _val(m, v) for k, v in values.items()}
        cex.update({k: state_json(m, b) for k, b in (states or {}).items()})
        if isinstance(goal, tuple):
            cex["conclusion"] = i
        return cex
    return None


def members(b: B.Bounds, x) -> list:
    """contains(b, x) as its nine conjuncts."""
    lo = z3.Extract(31, 0, x)
    return [B.tnum_contains(b.var_off, x), z3.ULE(b.umin, x), z3.ULE(x, b.umax), b.smin <= x,
            x <= b.smax, z3.ULE(b.u32min, lo), z3.ULE(lo, b.u32max), b.s32min <= lo, lo <= b.s32max]


def outcome_of(results: list) -> Outcome:
    """Combine the queries of one theorem: all unsat -> proved; else the first counterexample."""
    for label, r in results:
        if isinstance(r, dict):
            r["claim"] = label
            return Outcome.refuted(r)
        if isinstance(r, str):
            return Outcome.unknown(f"{label}: {r}")
    return Outcome.proved()


# ------------------------------------------------------------------------------------------- ALU
def alu_queries(name: str, bugs=(), mutate=None, reach=None, kernel=()) -> list:
    """One soundness query for the ALU operator `name` ("alu64_add", "alu32_mov", ...);
    `kernel`: the later kernel's range rules (KERNEL_RULES)."""
    flags = tuple(bugs) + tuple(kernel)
    cls, op = name.split("_")
    alu64 = cls == "alu64"
    x, y = z3.BitVec("x", 64), z3.BitVec("y", 64)
    d, s = sym_bounds("dst"), sym_bounds("src")
    insn = Insn.make((BPF_ALU64 if alu64 else BPF_ALU) | ALU_OPS[op] | BPF_X, 0, 1)
    out = d.copy()
    pre = [member_of(d, x)] + ([(reach or synced)(d)] if bugs else [])
    if op == "mov":
        # MOV K is MOV X of the sign-extended imm; MOV64 X copies the whole state
        imm = z3.BitVec("imm", 32)
        k = d.copy()
        B.mov_imm(k, z3.SignExt(32, imm), alu64, D, flags)
        kr = isa.alu(ISA, insn, x, z3.SignExt(32, imm))
        xr = d.copy()
        if not alu64:
            B.mov32_reg(xr, D, sync=False)
        ok = z3.BoolVal(True)
        states = [("MOV K", k, kr, []), ("MOV X", xr, isa.alu(ISA, insn, z3.BitVec("z", 64), x), [])]
        queries = []
        for label, st, r, extra in states:
            st = mutate(st) if mutate else st
            queries.append((label, (z3.And(*pre), members(st, r)),
                            {"dst": x, "imm": imm}, {"out": st}))
        return queries
    if op in ("neg", "end"):
        # 6.1: check_reg_arg(DST_OP) marks the register unknown (also for ALU32)
        if op == "end":
            insn = Insn.make((BPF_ALU64 if alu64 else BPF_ALU) | BPF_END, 0, 0, imm=64 if alu64 else 32)
        else:
            insn = Insn.make((BPF_ALU64 if alu64 else BPF_ALU) | BPF_NEG, 0, 0)
        B.mark_unknown(out, D)
        r = isa.alu(ISA, insn, x, x)
        st = mutate(out) if mutate else out
        return [(name, (z3.BoolVal(True), members(st, r)), {"dst": x}, {"dst_in": d, "out": st})]
    pre += [member_of(s, y)] + ([(reach or synced)(s)] if bugs else [])
    # a historical bug's mutant runs the whole operator, its final sync too: the exploit needs
    # a wrong state the sync does not repair
    ok = B.adjust_scalar(out, s.copy(), op, not alu64, D, flags, sync=bool(bugs))
    unk = d.copy()
    B.mark_unknown(unk, D)        # the caller's mark_reg_unknown when adjust_scalar says no
    st = B.bounds_ite(D, ok, out, unk)
    st = mutate(st) if mutate else st
    r = isa.alu(ISA, insn, x, y)
    goal = (z3.And(*pre), members(st, r))
    if op == "mul":
        goal = _abstract_products(goal, x, y, d, s)
    return [(name, goal, {"dst": x, "src": y}, {"dst_in": d, "src_in": s, "out": st})]


def _abstract_products(goal, x, y, d: B.Bounds, s: B.Bounds):
    """MUL's ranges: every product (the concrete x*y, the model's umin*umin and umax*umax, and
    their 32-bit forms) replaced by a fresh value tied by the monotonicity lemmas that
    `mul_lemmas` proves; the tnum part is RANGE.tnum_mul. Bit-blasting the multipliers instead
    does not finish."""
    premise, parts = goal
    lx, ly = z3.Extract(31, 0, x), z3.Extract(31, 0, y)
    subs, lemmas = [], []
    for i, (a, b, lo1, lo2, hi1, hi2, lim) in enumerate(
            [(x, y, d.umin, s.umin, d.umax, s.umax, B.U32),
             (lx, ly, d.u32min, s.u32min, d.u32max, s.u32max, 0xFFFF)]):
        w = a.size()
        p, lo, hi = (z3.BitVec(f"{n}{w}", w) for n in ("prod", "prod_lo", "prod_hi"))
        subs += [(a * b, p), (lo1 * lo2, lo), (hi1 * hi2, hi)]
        small = lambda *v: z3.And(*(z3.ULE(e, lim) for e in v))  # noqa: E731
        lemmas += [z3.Implies(z3.And(z3.ULE(lo1, a), z3.ULE(lo2, b), small(a, b)), z3.ULE(lo, p)),
                   z3.Implies(z3.And(z3.ULE(a, hi1), z3.ULE(b, hi2), small(hi1, hi2)), z3.ULE(p, hi)),
                   z3.Implies(small(hi1, hi2), z3.ULE(hi, lim * lim))]
    lemmas.append(z3.Extract(31, 0, subs[0][1]) == subs[3][1])     # low half of x*y = lx*ly
    sub = lambda e: z3.substitute(e, *subs)  # noqa: E731
    return z3.And(sub(premise), *lemmas), [sub(p) for p in parts[1:]]


def mul_lemmas() -> list:
    """The lemmas `_abstract_products` assumes, proved: multiplication is monotone on [0, lim] in
    the integers and lim*lim fits the width (so the bit-vector product does not wrap), and the low
    half of a 64-bit product is the 32-bit product of the low halves."""
    a, b, c, e, lim = z3.Ints("a b c e lim")
    mono = z3.Implies(z3.And(0 <= a, a <= c, c <= lim, 0 <= b, b <= e, e <= lim), a * b <= c * e)
    x, y = z3.BitVecs("x y", 64)
    low = z3.Extract(31, 0, x * y) == z3.Extract(31, 0, x) * z3.Extract(31, 0, y)
    out = []
    for label, claim in (("monotone in the integers", mono), ("low half of a product", low)):
        sv = z3.Solver()
        sv.set("timeout", TIMEOUT_MS)
        sv.add(z3.Not(claim))
        out.append((label, sv.check()))
    out.append(("no wrap", z3.sat if B.U32 * B.U32 > B.U64 or 0xFFFF * 0xFFFF > B.U32 else z3.unsat))
    return out


# ------------------------------------------------------------------------------ 6.12 cpu v4 ops
def v4_queries(name: str, mutate=None, kernel=()) -> list:
    """cpu v4's operators as 6.12 tracks them: "alu64_movsx8" (MOVSX: coerce_reg_to_size_sx, or
    coerce_subreg_to_size_sx + zero-extension for ALU32), "ldsx_2" (a sign-extending load of
    that many bytes: coerce_reg_to_size_sx on the loaded value's state), "alu32_sdiv"/"_smod"
    (is_safe_to_compute_dst_reg_range: unknown), "bswap32" (BPF_END: ALU64 bswap and ALU
    TO_BE/TO_LE of that width; check_alu_op marks the register unknown)."""
    x, y = z3.BitVec("x", 64), z3.BitVec("y", 64)
    d = sym_bounds("dst")
    out = d.copy()
    if name.startswith("ldsx_"):
        size = int(name.split("_")[1])
        B.coerce_reg_to_size_sx(out, size, D)
        st = mutate(out) if mutate else out
        return [(name, (B.contains(d, x, D), members(st, z3.SignExt(64 - 8 * size, z3.Extract(8 * size - 1, 0, x)))),
                 {"loaded": x}, {"in": d, "out": st})]
    if name.startswith("bswap"):
        width = int(name[len("bswap"):])
        B.mark_unknown(out, D)
        st = mutate(out) if mutate else out
        insns = [Insn.make(BPF_ALU64 | BPF_END | BPF_TO_LE, 0, 0, imm=width),
                 Insn.make(BPF_ALU | BPF_END | BPF_TO_BE, 0, 0, imm=width),
                 Insn.make(BPF_ALU | BPF_END | BPF_TO_LE, 0, 0, imm=width)]
        return [(f"{name} {ins.opcode:#04x}", (member_of(d, x), members(st, isa.alu(ISA, ins, x, x))),
                 {"dst": x}, {"dst_in": d, "out": st}) for ins in insns]
    cls, op = name.split("_")
    alu64 = cls == "alu64"
    code = BPF_ALU64 if alu64 else BPF_ALU
    if op.startswith("movsx"):
        bits = int(op[len("movsx"):])
        B.movsx(out, bits, alu64, D, kernel, sync=False)
        st = mutate(out) if mutate else out
        r = isa.alu(ISA, Insn.make(code | BPF_MOV | BPF_X, 0, 1, off=bits), z3.BitVec("z", 64), x)
        return [(name, (member_of(d, x), members(st, r)), {"src": x}, {"src_in": d, "out": st})]
    s = sym_bounds("src")
    ok = B.adjust_scalar(out, s.copy(), op[1:], not alu64, D, kernel, sync=False)
    unk = d.copy()
    B.mark_unknown(unk, D)
    st = B.bounds_ite(D, ok, out, unk)
    st = mutate(st) if mutate else st
    r = isa.alu(ISA, Insn.make(code | ALU_OPS[op[1:]] | BPF_X, 0, 1, off=1), x, y)
    return [(name, (z3.And(member_of(d, x), member_of(s, y)), members(st, r)),
             {"dst": x, "src": y}, {"dst_in": d, "src_in": s, "out": st})]


# ------------------------------------------------------------------------------------------- JMP
def jmp_queries(name: str, bugs=(), mutate=None, reach=None, kernel=()) -> list:
    """Both refined states and is_branch_taken for `if dst <op> val` (val: the imm sign-extended
    or a constant source register; JMP32 compares the low halves)."""
    cls, op = name.split("_")
    jmp32 = cls == "jmp32"
    x, val = z3.BitVec("x", 64), z3.BitVec("val", 64)
    d = sym_bounds("dst")
    insn = Insn.make((BPF_JMP32 if jmp32 else BPF_JMP) | JMP_OPS[op] | BPF_X, 0, 1)
    cond = isa.jmp_cond(ISA, insn, x, val)
    t, f = d.copy(), d.copy()
    flags = tuple(bugs) + tuple(kernel)
    B.reg_set_min_max(t, f, val, z3.Extract(31, 0, val), op, jmp32, D, flags, sync=bool(bugs))
    if mutate:
        t, f = mutate(t), mutate(f)
    always, never = B.branch_taken(d, val, op, jmp32, D, flags)
    pre = z3.And(member_of(d, x), *([(reach or synced)(d)] if bugs else []))
    vals = {"dst": x, "val": val}
    return [("taken: value in the true-branch state", (z3.And(pre, cond), members(t, x)),
             vals, {"dst_in": d, "true_reg": t}),
            ("not taken: value in the false-branch state",
             (z3.And(pre, z3.Not(cond)), members(f, x)), vals, {"dst_in": d, "false_reg": f}),
            ("is_branch_taken says taken", z3.And(pre, always, z3.Not(cond)), vals, {"dst_in": d}),
            ("is_branch_taken says not taken", z3.And(pre, never, cond), vals, {"dst_in": d})]


def combine_queries(name: str, bugs=(), mutate=None, kernel=()) -> list:
    """__reg_combine_min_max: `if dst == src` with neither constant (64-bit JEQ/JNE)."""
    x, y = z3.BitVec("x", 64), z3.BitVec("y", 64)
    a, b = sym_bounds("dst"), sym_bounds("src")
    a2, b2 = a.copy(), b.copy()
    B.combine_min_max(a2, b2, D, sync=False)
    if mutate:
        a2 = mutate(a2)
    return [(name, (z3.And(member_of(a, x), member_of(b, y), x == y),
                    members(a2, x) + members(b2, y)),
             {"dst": x, "src": y}, {"dst_in": a, "src_in": b, "dst_out": a2, "src_out": b2})]


# ------------------------------------------------------------------------------ sync steps alone
def sync_queries(name: str, bugs=(), mutate=None, kernel=()) -> list:
    x = z3.BitVec("x", 64)
    b = sym_bounds("reg")
    if name == "tnum_intersect":
        t2 = B.Tnum(z3.BitVec("t2.value", 64), z3.BitVec("t2.mask", 64))
        i = (mutate or B.tnum_intersect)(b.var_off, t2)
        goal = z3.And(B.tnum_contains(b.var_off, x), B.tnum_contains(t2, x),
                      z3.Not(B.tnum_contains(i, x)))
        return [(name, goal, {"x": x}, {})]
    if name == "reg_bounds_sync":
        return _sync_step_queries(x, b, B.reg_bounds_sync_steps(kernel), mutate)
    out = b.copy()
    r = x
    if name == "reg_deduce_bounds":
        (B.reg_deduce_bounds_612 if "BOUNDS-612" in kernel else B.reg_deduce_bounds)(out, D)
    elif name.startswith("coerce_reg_to_size"):
        size = int(name.rsplit("_", 1)[1])
        B.coerce_reg_to_size(out, size, D)
        r = x & ((1 << (8 * size)) - 1)
    st = mutate(out) if mutate else out
    return [(name, (B.contains(b, x, D), members(st, r)), {"x": x}, {"in": b, "out": st})]


def _sync_step_queries(x, b: B.Bounds, steps: list, mutate) -> list:
    """reg_bounds_sync step by step (one query over the whole sync is slow, 6.12's three rounds
    of deduction time out): every step keeps every member of its input, so the sync does; and
    its last three steps (a deduction, __reg_bound_offset, __update_reg_bounds) leave a
    well-formed state from any state with a member. The mutant tightens the last step's output."""
    queries = []
    for i, step in enumerate(steps):
        if step in steps[:i] and i != len(steps) - 1:
            continue
        st = b.copy()
        step(st, D)
        if mutate and i == len(steps) - 1:
            st = mutate(st)
        elif mutate:
            continue
        queries.append((f"{step.__name__} keeps every member", (B.contains(b, x, D), members(st, x)),
                        {"x": x}, {"in": b, "out": st}))
    if not mutate:
        st = b.copy()
        for step in steps[-3:]:
            step(st, D)
        queries.append(("the synced state is well-formed", (B.contains(b, x, D), [well_formed(st)]),
                        {"x": x}, {"in": b, "out": st}))
    return queries


def run(queries: list) -> Outcome:
    results = [(label, refute(goal, vals, states)) for label, goal, vals, states in queries]
    if any(label.startswith("alu") and label.endswith("_mul") for label, *_ in queries):
        for label, r in mul_lemmas():
            if r != z3.unsat:
                results.append((f"lemma {label}", f"{r}"))
    return outcome_of(results)


def _below_width(width: int, b: B.Bounds) -> B.Bounds:
    """bswap's mutant: an output no wider than `width` bits, less its largest value."""
    t = b.copy()
    t.umax = D.umin(b.umax, z3.BitVecVal((1 << width) - 2, 64))
    t.u32max = D.umin(b.u32max, z3.BitVecVal(min((1 << width) - 2, B.U32 - 1), 32))
    return t


def _intersect_or(a: B.Tnum, b: B.Tnum) -> B.Tnum:
    """tnum_intersect mutant: the union's unknown bits dropped (mask of a only)."""
    v = a.value | b.value
    return B.Tnum(v & ~a.mask & B.U64, a.mask & ~b.value)


# The later kernel's range rules (spec/deltas.py) bounds.py runs for it, by kernel.
KERNEL_RULES = {"6.1": (), "6.12": ("BOUNDS-612",)}


def bug_search(theorem: str, bug: str, reach: str) -> Outcome:
    """The mutant check of `theorem` with historical `bug`, input states restricted by `reach`
    ("synced" or "buildable"), in a fresh interpreter (proofs/range_cex.py says why)."""
    p = subprocess.run([sys.executable, "-m", "bpfsmt.proofs.range_cex", theorem, bug, reach],
                       capture_output=True, text=True)
    if p.returncode:
        return Outcome.unknown(f"counterexample search failed: {p.stderr.strip()[-300:]}")
    d = json.loads(p.stdout)
    return Outcome(d["status"], counterexample=d["counterexample"], reason=d["reason"])


def _register(name: str, statement: str, make, cve_bugs=(), kernel: str = "6.1"):
    """Register theorem RANGE.<name> (6.12: RANGE612.<name>, `prove range --kernel 6.12`) with
    the tighten mutant and its historical bugs."""
    rules = KERNEL_RULES[kernel]
    if rules:
        make = functools.partial(make, kernel=rules)

    def check() -> Outcome:
        return run(make(name))

    prefix, tag = ("RANGE", "range") if not rules else (f"RANGE{kernel.replace('.', '')}", f"range-{kernel}")
    theorem(f"{prefix}.{name}", statement, tag, kernels=(kernel,))(check)
    t = check.theorem

    if name.startswith("bswap"):
        width = int(name[len("bswap"):])
        t.mutant("tightened", f"the output state's umax and u32_max at 2^{width} - 2, one below "
                 f"the largest swapped value (the one-lower mutant cannot reach a {width}-bit "
                 f"result)")(lambda: run(make(name, mutate=functools.partial(_below_width, width))))
    elif name == "tnum_intersect":
        t.mutant("intersect-drops-unknown", "tnum_intersect keeps only the first operand's "
                 "unknown bits (not refuted => the check cannot see a lost bit)")(
            lambda: run(make(name, mutate=_intersect_or)))
    else:
        t.mutant("tightened", "the output state with umax and u32_max one lower (a sound check "
                 "must find the value on an edge)")(lambda: run(make(name, mutate=tighten)))
    for bug in cve_bugs:
        def refute_bug(bug=bug) -> Outcome:
            from . import range_exploits
            for reach in ("synced", "buildable"):
                out = bug_search(f"RANGE.{name}", bug, reach)
                if out.status != "refuted":
                    return out
                exploit, rejected = range_exploits.confirm(bug, f"RANGE.{name}", out.counterexample)
                out.replayed = exploit and rejected
                if exploit:
                    break
            return out
        t.mutant(bug.lower(), RANGE_BUGS[bug])(refute_bug)


def _bugs_for(name: str) -> list:
    return [bug for bug, sites in BUG_SITES.items() if name in sites]


for _cls in ("alu64", "alu32"):
    for _op in ("add", "sub", "mul", "div", "mod", "and", "or", "xor", "lsh", "rsh", "arsh",
                "neg", "mov", "end"):
        _n = f"{_cls}_{_op}"
        _what = {"mul": "MUL X, and so MUL K: the ranges (products abstracted by lemmas proved in "
                        "the integers; the tnum is RANGE.tnum_mul)",
                 "mov": "MOV X and MOV K (6.1 has no MOVSX: off != 0 is 'reserved fields')",
                 "end": "BPF_END (the byte swap; the register becomes unknown)",
                 "neg": "NEG (the register becomes unknown)",
                 "div": "DIV (adjust_scalar_min_max_vals marks it unknown)",
                 "mod": "MOD (adjust_scalar_min_max_vals marks it unknown)"}.get(
                     _op, f"{_op.upper()} X, and so {_op.upper()} K (its source is a constant state)")
        _register(_n, f"{_cls.upper()} {_what}: concrete operands in their abstract states => "
                      f"the result is in the model's output state (Z3, 64-bit vectors)",
                  alu_queries, _bugs_for(_n))

for _cls in ("jmp", "jmp32"):
    for _op in JMP_OPS:
        _n = f"{_cls}_{_op}"
        _register(_n, f"{_cls.upper()} {_op.upper()} against a constant (K, or a constant X): a "
                      f"value that takes / falls through the branch is in the refined true / "
                      f"false state, and is_branch_taken never decides wrongly (Z3)",
                  jmp_queries, _bugs_for(_n))

_register("jmp_jeq_reg", "JMP JEQ/JNE X of two non-constant scalars (__reg_combine_min_max): "
                         "equal values stay in both intersected states (Z3)", combine_queries)
_register("reg_bounds_sync", "reg_bounds_sync alone, step by step: a member of a state is a "
                             "member of its sync, and the sync is well-formed (Z3)", sync_queries)
_register("reg_deduce_bounds", "__reg_deduce_bounds alone keeps every member (Z3)", sync_queries)
_register("tnum_intersect", "tnum_intersect: a member of both tnums is a member of their "
                            "intersection (Z3)", sync_queries)
for _size in (1, 2, 4):
    _register(f"coerce_reg_to_size_{_size}", f"coerce_reg_to_size({_size}) (a {_size}-byte load "
              f"or truncation) keeps the truncated value of every member (Z3)", sync_queries)

# 6.12: the same operators under the BOUNDS-612 variant (6.12's reg_bounds_sync, the ALU ops it
# leaves unknown, is_scalar_branch_taken's JEQ/JNE, regs_refine_cond_op against a constant).
for _cls in ("alu64", "alu32"):
    for _op in ("add", "sub", "mul", "div", "mod", "and", "or", "xor", "lsh", "rsh", "arsh",
                "neg", "mov", "end"):
        _register(f"{_cls}_{_op}", f"6.12 {_cls.upper()} {_op.upper()} (X, and so K; cpu v4's "
                  f"movsx/sdiv/smod/bswap: the RANGE612 theorems below): concrete operands in their abstract "
                  f"states => the result is in the model's 6.12 output state (Z3)",
                  alu_queries, kernel="6.12")
for _cls in ("jmp", "jmp32"):
    for _op in JMP_OPS:
        _register(f"{_cls}_{_op}", f"6.12 {_cls.upper()} {_op.upper()} against a constant "
                  f"(regs_refine_cond_op, is_scalar_branch_taken): the refined states keep every "
                  f"value that takes them, and a decided branch is decided correctly (Z3)",
                  jmp_queries, kernel="6.12")
_register("reg_bounds_sync", "6.12 reg_bounds_sync alone (three rounds of __reg_deduce_bounds "
          "with the 32/64-bit cross deduction) keeps every member and is well-formed (Z3)",
          sync_queries, kernel="6.12")
_register("reg_deduce_bounds", "6.12 __reg_deduce_bounds alone (__reg32/__reg64 deduction and "
          "__reg_deduce_mixed_bounds) keeps every member (Z3)", sync_queries, kernel="6.12")
for _name, _what in [*((f"alu64_movsx{b}", f"ALU64 MOVSX from {b} bits (coerce_reg_to_size_sx)")
                         for b in (8, 16, 32)),
                      *((f"alu32_movsx{b}", f"ALU32 MOVSX from {b} bits (coerce_subreg_to_size_sx, "
                                            f"zero-extension; the sync is RANGE612.reg_bounds_sync)")
                        for b in (8, 16)),
                      *((f"ldsx_{n}", f"a {n}-byte sign-extending load (coerce_reg_to_size_sx)")
                        for n in (1, 2, 4)),
                      *((f"{c}_{o}", f"{c.upper()} {o.upper()} (is_safe_to_compute_dst_reg_range: "
                                     f"unknown)") for c in ("alu64", "alu32") for o in ("sdiv", "smod")),
                      *((f"bswap{w}", f"BPF_END {w} (ALU64 bswap, ALU TO_BE and TO_LE; the "
                                      f"register becomes unknown)") for w in (16, 32, 64))]:
    _register(_name, f"6.12 cpu v4 {_what}: a concrete value in the input state => the result "
              f"is in the model's 6.12 output state (Z3, 64-bit vectors)", v4_queries, kernel="6.12")
