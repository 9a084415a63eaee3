"""Range-analysis proofs: the abstract operators of solver/verifier/bounds.py are sound on Z3, the
same code computes the same states on Python ints and on Z3, and every historical bug re-introduced
as a rule-set mutant is refuted and exploited (mutated model accepts, executor faults, 6.1 rejects)."""
import pytest
import z3
from hypothesis import given, settings, strategies as st

from bpfsmt.cli import main as cli
from bpfsmt.proofs import range as R
from bpfsmt.proofs import range_exploits as E
from bpfsmt.proofs.registry import PROVED, REFUTED, all_theorems, run_check
from bpfsmt.solver.verifier import bounds as B
from bpfsmt.spec.rules import RANGE_BUGS

THEOREMS = {t.name: t for t in all_theorems() if t.issue == "range"}
THEOREMS_612 = {t.name: t for t in all_theorems() if t.issue == "range-6.12"}


def test_every_operator_and_condition_has_a_theorem():
    for cls in ("alu64", "alu32"):
        for op in ("add", "sub", "mul", "div", "mod", "and", "or", "xor", "lsh", "rsh", "arsh",
                   "neg", "mov", "end"):
            assert f"RANGE.{cls}_{op}" in THEOREMS
    for cls in ("jmp", "jmp32"):
        for op in R.JMP_OPS:
            assert f"RANGE.{cls}_{op}" in THEOREMS
    for step in ("reg_bounds_sync", "reg_deduce_bounds", "tnum_intersect", "tnum_mul", "tnum_add",
                 "tnum_mul_bit", "tnum_mul_ring", "mul_facts"):
        assert f"RANGE.{step}" in THEOREMS
    assert all(t.mutants for t in THEOREMS.values())


@pytest.mark.parametrize("name", ["RANGE.jmp_jgt", "RANGE.jmp32_jset", "RANGE.alu64_and",
                                  "RANGE.alu32_lsh", "RANGE.tnum_intersect", "RANGE.alu32_mul"])
def test_theorem_proved_and_tightened_mutant_refuted(name):
    t = THEOREMS[name]
    assert run_check(t.name, None).status == PROVED
    m = t.mutants[0]
    o = run_check(t.name, m.name)
    assert o.status == REFUTED and o.counterexample, o.reason


@pytest.mark.parametrize("name", ["RANGE.tnum_mul", "RANGE.tnum_add", "RANGE.tnum_mul_bit",
                                  "RANGE.tnum_mul_ring", "RANGE.mul_facts"])
def test_tnum_mul_induction_and_its_lemmas_proved_and_mutants_refuted(name):
    """The induction over tnum_mul's rounds and each lemma it uses: proved, and every mutant
    refuted (the product ones replayed with real multiplication)."""
    t = THEOREMS[name]
    assert run_check(t.name, None).status == PROVED
    for m in t.mutants:
        o = run_check(t.name, m.name)
        assert o.status == REFUTED and o.counterexample, (m.name, o.reason)
        assert o.replayed is not False


@settings(max_examples=40, deadline=None)
@given(st.integers(0, B.U64), st.integers(0, B.U64), st.integers(0, B.U64), st.integers(0, B.U64))
def test_int_and_z3_domains_agree_on_tnum_mul(v1, m1, v2, m2):
    """The int model stops when a runs out of bits, Z3 runs all 64 rounds: same tnum."""
    a, b = B.Tnum(v1 & ~m1 & B.U64, m1), B.Tnum(v2 & ~m2 & B.U64, m2)
    z = B.tnum_mul(B.Tnum(z3.BitVecVal(a.value, 64), z3.BitVecVal(a.mask, 64)),
                   B.Tnum(z3.BitVecVal(b.value, 64), z3.BitVecVal(b.mask, 64)), B.Z3Ranges())
    assert B.Tnum(z3.simplify(z.value).as_long(), z3.simplify(z.mask).as_long()) == B.tnum_mul(a, b)


@pytest.mark.parametrize("name", ["RANGE612.jmp32_jne", "RANGE612.jmp_jslt", "RANGE612.alu32_div",
                                  "RANGE612.alu64_and"])
def test_612_variant_proved_and_tightened_mutant_refuted(name):
    """`prove range --kernel 6.12`: the BOUNDS-612 operators are sound too."""
    t = THEOREMS_612[name]
    assert run_check(t.name, None).status == PROVED
    o = run_check(t.name, t.mutants[0].name)
    assert o.status == REFUTED and o.counterexample, o.reason


V4_612 = ["alu64_movsx8", "alu64_movsx16", "alu64_movsx32", "alu32_movsx8", "alu32_movsx16",
          "ldsx_1", "ldsx_2", "ldsx_4", "alu64_sdiv", "alu64_smod", "alu32_sdiv", "alu32_smod",
          "bswap16", "bswap32", "bswap64"]


@pytest.mark.parametrize("name", V4_612)
def test_612_cpu_v4_op_proved_and_tightened_mutant_refuted(name):
    """6.12's movsx, ldsx, sdiv/smod and bswap: sound, and the tightened output is caught."""
    t = THEOREMS_612[f"RANGE612.{name}"]
    assert run_check(t.name, None).status == PROVED
    o = run_check(t.name, t.mutants[0].name)
    assert o.status == REFUTED and o.counterexample, o.reason


def test_sext_coercion_by_hand():
    """coerce_reg_to_size_sx's three cases as verifier.c writes them."""
    b = B.Bounds()
    B.mark_known(b, 0x1FF)
    B.coerce_reg_to_size_sx(b, 1)                       # a constant: (s8)0xff = -1
    assert (b.var_off, b.smin, b.umax, b.s32max, b.u32min) == (B.tnum_const(B.U64), -1, B.U64, -1, B.U32)
    b = _state(0x80, 0xF, 0, ())                       # [0x80, 0x8f]: all (s8) negative
    B.coerce_reg_to_size_sx(b, 1)
    assert (b.smin, b.smax, b.umin, b.umax) == (-128, -113, B.U64 - 127, B.U64 - 112)
    b = _state(0x70, 0x1F, 0, ())                       # crosses (s8) zero: S8 default range
    B.coerce_reg_to_size_sx(b, 1)
    assert (b.smin, b.smax, b.umin, b.umax, b.var_off) == (-128, 127, 0, B.U64, B.TNUM_UNKNOWN)
    b = _state(0x70, 0x1F, 0, ())
    B.movsx(b, 8, alu64=False)                          # ALU32: zero-extended after the s32 range
    assert (b.s32min, b.s32max, b.umax) == (-128, 127, B.U32)


def test_prove_kernel_picks_the_kernels_group(capsys):
    assert cli(["prove", "range", "--kernel", "6.12", "--list"]) == 0
    names = [ln.split()[0] for ln in capsys.readouterr().out.splitlines() if not ln.startswith(" ")]
    both = {"RANGE.tnum_add", "RANGE.mul_facts", "RANGE.tnum_mul_ring", "RANGE.tnum_mul_bit",
            "RANGE.tnum_mul"}          # tnum.c is the same in 6.12
    assert names and all(n.startswith("RANGE612.") or n in both for n in names)
    assert set(names) >= {"RANGE612.reg_bounds_sync", "RANGE612.jmp32_jgt", "RANGE612.alu64_add"} | both
    assert set(names) >= {f"RANGE612.{n}" for n in V4_612}


# one cheap theorem per bug: the mutant must be refuted there, with the exploit confirmed
BUG_THEOREM = {"CVE-2020-8835": "RANGE.jmp32_jgt", "CVE-2021-31440": "RANGE.jmp_jgt",
               "CVE-2021-3490": "RANGE.alu32_and", "CVE-2020-27194": "RANGE.alu32_or",
               "CVE-2017-16995": "RANGE.alu32_mov", "CVE-2017-16996": "RANGE.alu32_add"}


@pytest.mark.parametrize("bug", sorted(RANGE_BUGS))
def test_historical_bug_refuted_and_exploited(bug):
    o = run_check(BUG_THEOREM[bug], bug.lower())
    assert o.status == REFUTED, o.reason
    ev = o.counterexample["exploit"]
    assert E.program_name(bug, BUG_THEOREM[bug]) in ev["program"]   # synthesised from this cex
    assert ev["model_mutant"]["accepted"] is True
    assert ev["model_6.1"]["accepted"] is False
    assert ev["replay"]["fault"]["kind"] == "map_value_oob"
    assert ev["kernel"]["accepted"] is False          # committed 6.1 label (tests/oracle/proofs)
    assert o.replayed is True


def test_jset_false_branch_forgets_ranges_like_stable_61():
    """[0, 40] then the fall-through of `& 1`: 6.1 re-derives umax 62 from the tnum (0; 0x3e)."""
    b = B.Bounds()
    t, f = b.copy(), b.copy()
    B.reg_set_min_max(t, f, 40, 40, "jgt", False)
    t, f2 = f.copy(), f.copy()
    B.reg_set_min_max(t, f2, 1, 1, "jset", False)
    assert f2.var_off == B.Tnum(0, 0x3E) and f2.umax == 62


# ---- one code, two domains: the Z3 run of an operator equals the Python-int run
states = st.tuples(st.integers(0, B.U64), st.integers(0, 300), st.integers(0, 63))


def _state(lo, width, bits_unknown, rules=()):
    b = B.Bounds()
    B.mark_unknown(b)
    b.umin, b.umax = lo, min(B.U64, lo + width)
    b.var_off = B.tnum_intersect(b.var_off, B.Tnum(0, (1 << bits_unknown) - 1 if bits_unknown else B.U64))
    B.reg_bounds_sync(b, bugs=rules)
    return b


def _to_z3(b):
    return B.Bounds(B.Tnum(z3.BitVecVal(b.var_off.value, 64), z3.BitVecVal(b.var_off.mask, 64)),
                    *(z3.BitVecVal(getattr(b, f) & B.U64, 64) for f in B.FIELDS64),
                    *(z3.BitVecVal(getattr(b, f) & B.U32, 32) for f in B.FIELDS32))


def _from_z3(b):
    ev = lambda e: z3.simplify(e).as_long()  # noqa: E731
    return B.Bounds(B.Tnum(ev(b.var_off.value), ev(b.var_off.mask)), B.s64(ev(b.smin)), B.s64(ev(b.smax)),
                    ev(b.umin), ev(b.umax), B.s32(ev(b.s32min)), B.s32(ev(b.s32max)), ev(b.u32min), ev(b.u32max))


KERNEL_RULES = st.sampled_from(list(R.KERNEL_RULES.values()))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["add", "sub", "mul", "and", "or", "xor", "lsh", "rsh", "arsh"]), states,
       states, st.booleans(), st.integers(0, 40), KERNEL_RULES)
def test_int_and_z3_domains_agree_on_adjust_scalar(op, ds, ss, alu32, k, rules):
    d = _state(*ds, rules)
    s = _state(*ss, rules)
    if op in ("lsh", "rsh", "arsh"):
        s = B.Bounds()
        B.mark_known(s, k)
    dz, sz = _to_z3(d), _to_z3(s)
    ok = B.adjust_scalar(d, s.copy(), op, alu32, bugs=rules)
    okz = B.adjust_scalar(dz, sz, op, alu32, B.Z3Ranges(), rules)
    assert ok == z3.is_true(z3.simplify(okz))
    if ok:
        assert _from_z3(dz) == d


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(list(R.JMP_OPS)), states, st.integers(0, B.U64), st.booleans(), KERNEL_RULES)
def test_int_and_z3_domains_agree_on_reg_set_min_max(op, ds, val, jmp32, rules):
    d = _state(*ds, rules)
    t, f = d.copy(), d.copy()
    tz, fz = _to_z3(d), _to_z3(d)
    B.reg_set_min_max(t, f, val, val & B.U32, op, jmp32, bugs=rules)
    B.reg_set_min_max(tz, fz, z3.BitVecVal(val, 64), z3.BitVecVal(val & B.U32, 32), op, jmp32,
                      B.Z3Ranges(), rules)
    for st_, stz in ((d, _to_z3(d)),):
        always, never = B.branch_taken(st_, val, op, jmp32, bugs=rules)
        alz, nez = B.branch_taken(stz, z3.BitVecVal(val, 64), op, jmp32, B.Z3Ranges(), rules)
        assert (bool(always), bool(never)) == (z3.is_true(z3.simplify(alz)), z3.is_true(z3.simplify(nez)))
    assert (_from_z3(tz), _from_z3(fz)) == (t, f)


@settings(max_examples=60, deadline=None)
@given(states, st.sampled_from([(8, True), (16, True), (32, True), (8, False), (16, False)]))
def test_int_and_z3_domains_agree_on_movsx(ds, form):
    bits, alu64 = form
    d = _state(*ds, ("BOUNDS-612",))
    dz = _to_z3(d)
    B.movsx(d, bits, alu64, bugs=("BOUNDS-612",))
    B.movsx(dz, bits, alu64, B.Z3Ranges(), ("BOUNDS-612",))
    assert _from_z3(dz) == d
