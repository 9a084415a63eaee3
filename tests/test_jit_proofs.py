"""JIT theorems: a representative subset of the per-form refinement proofs (all forms run in
`bpfsmt prove jit`), every function-level theorem, the poke-site search, and their mutants —
each mutant must be refuted with a concrete counterexample."""
import pytest

from bpfsmt.proofs import jit_func, jit_insn, jit_poke
from bpfsmt.proofs.registry import PROVED, REFUTED, run_theorem, _THEOREMS

SMALL_D, SMALL_S = [0, 1, 3, 4, 5], [0, 2, 3, 4, 10]

FORMS = ["JIT.alu32_add_k", "JIT.alu64_sub_x", "JIT.alu64_mul_k", "JIT.alu32_div_x",
         "JIT.alu64_mod_k", "JIT.alu32_lsh_x", "JIT.alu64_arsh_k", "JIT.alu32_mov_x",
         "JIT.alu64_mov_k", "JIT.alu32_neg", "JIT.end_be", "JIT.end_le", "JIT.ldx_b",
         "JIT.ldx_w", "JIT.st_h", "JIT.stx_b", "JIT.atomic_fetch_add_w", "JIT.atomic_xchg_dw",
         "JIT.atomic_cmpxchg_w", "JIT.jmp_jsgt_k", "JIT.jmp32_jle_x", "JIT.jmp_jset_k",
         "JIT.ja", "JIT.lddw"]


def test_every_form_is_registered():
    names = {n for n, _, _ in jit_insn.FORMS}
    assert len(names) == 130
    assert {"JIT.alu64_div_x", "JIT.atomic_fetch_xor_w", "JIT.jmp32_jsle_k", "JIT.stx_dw"} <= names
    for n in names:
        assert _THEOREMS[n].mutants, n


@pytest.mark.parametrize("form", FORMS)
def test_form_proved(form):
    o = jit_insn.run_form(form, dsts=SMALL_D, srcs=SMALL_S)
    assert o.status == PROVED, o.counterexample or o.reason


MUTANTS = [
    ("JIT.alu32_add_k", "no_zext"),
    ("JIT.alu32_mov_x", "mov32_64"),
    ("JIT.alu64_arsh_k", "arsh_as_shr"),
    ("JIT.alu32_arsh_x", "arsh_as_shr"),
    ("JIT.alu64_div_x", "div_rdx"),
    ("JIT.end_be", "be16_le16_zext"),
    ("JIT.ldx_w", "ldx_w_movsxd"),
    ("JIT.jmp_jsgt_x", "jsgt_unsigned"),
    ("JIT.stx_w", "regmap_swap_r1_r2"),
    ("JIT.ja", "ja_off_by_one"),
]


@pytest.mark.parametrize("form,mutant", MUTANTS)
def test_form_mutant_refuted(form, mutant):
    o = jit_insn.run_form(form, mutant, dsts=SMALL_D + [2], srcs=SMALL_S + [1])
    assert o.status == REFUTED
    cex = o.counterexample
    assert cex and "x86" in cex
    if not form.startswith(("JIT.ld", "JIT.st", "JIT.ja")):
        assert o.replayed is True, cex.get("replay")   # confirmed on unicorn
    if mutant == "ja_off_by_one":
        assert "displacement" in cex["why"]
    else:
        assert "r0" in cex and ("differs" in cex or "x86_next" in cex or "why" in cex)


def test_no_zext_counterexample_is_the_upper_half():
    o = jit_insn.run_form("JIT.alu32_add_k", "no_zext", dsts=[2], srcs=[0])
    d = o.counterexample["differs"][0]
    bpf, x = d.split(" x86 ")
    assert int(bpf.split()[-1], 16) < 2 ** 32 <= int(x.split("=")[-1], 16)


@pytest.mark.parametrize("name", ["JIT.prologue_epilogue", "JIT.call_helper",
                                  "JIT.tail_call_indirect", "JIT.tail_call_direct",
                                  "JIT.tail_call_offset", "JIT.poke_never_A",
                                  "JIT.probe_mem"])
def test_function_theorem_and_mutants(name):
    rep = run_theorem(_THEOREMS[name])
    assert rep.outcome.status == PROVED, rep.outcome.counterexample or rep.outcome.reason
    assert rep.mutants
    for m, mo in rep.mutants:
        assert mo.status == REFUTED and mo.counterexample, (m.name, mo.reason)
    assert rep.ok


def test_tail_call_counter_mutant_counterexample():
    """`ja` instead of `jae`: the counterexample is a 34th tail call (cnt == 33 taken)."""
    o = jit_func.check_tail_call(jit_func.JitConfig(jit=jit_func.TailCallCntJa), direct=False)
    assert o.status == REFUTED
    assert o.counterexample["tail_call_cnt"] == 33
    o = jit_func.check_tail_call(jit_func.JitConfig(jit=jit_func.TailCallCnt32), direct=False)
    assert o.status == REFUTED
    assert o.counterexample["tail_call_cnt"] == 32


def test_poke_traces():
    trace, _ = jit_poke.search("no_grace_period")
    assert trace[-1].endswith("STATE A (nop, unwind, nop)")
    assert not any("synchronize_rcu" in s for s in trace)
    assert any("unwinds" in s for s in trace)
    trace, _ = jit_poke.search("swap_install")
    assert "poke bypass := nop" in trace[-3] or any("bypass := nop" in s for s in trace)
    trace, n = jit_poke.search("tc08", cpus=2, max_ops=5)
    assert trace is None and n > 100


def test_encoding_class_check_catches_a_wrong_class():
    """Generalising `add r2, imm8` to every imm would be unsound: the check says so."""
    import z3
    from bpfsmt.solver.jit.emit import JitConfig
    from bpfsmt.solver.jit.refine import Symbolic
    from bpfsmt.spec.insn import Insn
    v = z3.BitVec("imm", 32)
    case = jit_insn.Case(Insn.make(0x07, 2, 0, 0, 0x3B),
                         Symbolic(imm=v, imm_placeholder=0x3B, pre=[z3.BoolVal(True)]))
    code = jit_insn.emit_one(case.insn, JitConfig())
    bad = jit_insn.check_encoding_class(case, JitConfig(), code)
    assert bad and "not uniform" in bad["why"]
    good = jit_insn.Case(case.insn, Symbolic(imm=v, imm_placeholder=0x3B,
                                             pre=[z3.And(v >= -128, v <= 127)]))
    assert jit_insn.check_encoding_class(good, JitConfig(), code) is None
