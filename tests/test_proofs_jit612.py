"""Linux 6.12's JIT theorems (proofs/jit_tcc_ptr.py, proofs/jit_insn612.py): the tail-call counter
behind a pointer and the per-instruction forms 6.12 emits differently, each with its mutants
refuted by a counterexample. The full indirect tail-call proof (about 2 minutes) runs with
BPFSMT_SLOW=1 and in `bpfsmt prove jit-6.12`."""
import os

import pytest

from bpfsmt.proofs import jit_insn612, jit_tcc_ptr
from bpfsmt.proofs.registry import PROVED, REFUTED, _THEOREMS, all_theorems, run_theorem
from bpfsmt.solver.jit.kernels import jit_config

SLOW = bool(os.environ.get("BPFSMT_SLOW"))


def _ok(rep):
    assert rep.outcome.status == PROVED, rep.outcome.counterexample or rep.outcome.reason
    for m, o in rep.mutants:
        assert o.status == REFUTED and o.counterexample, (m.name, o.status, o.reason)


def test_the_6_12_theorems_are_registered_apart_from_jit():
    names = {t.name for t in all_theorems() if t.issue == "jit-6.12"}
    assert {"JIT612.tail_call_cnt_ptr", "JIT612.tail_call_indirect", "JIT612.tail_call_direct",
            "JIT612.same_bytes", "JIT612.alu64_sdiv_x", "JIT612.ldsx_b", "JIT612.lddw"} <= names
    assert all(_THEOREMS[n].mutants for n in names)


def test_prologue_points_every_frame_at_one_counter():
    _ok(run_theorem(jit_tcc_ptr.tail_call_cnt_ptr.theorem))


def test_direct_tail_call_counts_through_the_pointer():
    _ok(run_theorem(jit_tcc_ptr.tail_call_direct_612.theorem))


def test_indirect_tail_call_mutants_are_refuted():
    """6.1's shape (the counter in the subprogram's frame), an empty slot consuming a count and
    `ja` each break the statement; 6.1's counterexample names the pointer whose count stayed."""
    t = jit_tcc_ptr.tail_call_indirect_612.theorem
    for m in t.mutants:
        o = m.check()
        assert o.status == REFUTED and "tail_call_cnt_ptr" in o.counterexample, m.name


@pytest.mark.skipif(not SLOW, reason="about 2 minutes; BPFSMT_SLOW=1")
def test_indirect_tail_call_proved():
    assert jit_tcc_ptr.tail_call_indirect_612.theorem.check().status == PROVED


def test_other_forms_are_6_1_bytes():
    _ok(run_theorem(jit_insn612.same_bytes.theorem))


@pytest.mark.parametrize("name", ["JIT612.alu64_lsh_x", "JIT612.alu32_arsh_x", "JIT612.lddw",
                                  "JIT612.alu64_movsx8", "JIT612.alu32_movsx16", "JIT612.alu32_sdiv_x",
                                  "JIT612.alu32_smod_k", "JIT612.ldsx_w", "JIT612.bswap64"])
def test_form_proved_on_a_cover(name):
    cases = dict(jit_insn612.FORMS_612)["JIT." + name[len("JIT612."):]]
    o = jit_insn612.run_cases(cases([0, 3, 4, 5], [0, 1, 4, 10]), jit_config("6.12"))
    assert o.status == PROVED, o.counterexample or o.reason


def test_signed_as_unsigned_is_refuted():
    cases = dict(jit_insn612.FORMS_612)["JIT.alu64_movsx8"]
    o = jit_insn612.run_cases(cases([0, 3], [1]), jit_config("6.12", jit=jit_insn612.SignedAsUnsigned))
    assert o.status == REFUTED and o.counterexample


def test_prove_kernel_selects_the_theorems_about_that_kernel(capsys):
    """`prove --kernel 6.12` lists the 6.12 JIT theorems and the counter schemes that hold for
    both kernels, not 6.1's emission; `--kernel 6.1` the opposite."""
    from bpfsmt.cli import main as cli
    assert cli(["prove", "--list", "--kernel", "6.12"]) == 0
    out = capsys.readouterr().out
    assert "JIT612.tail_call_cnt_ptr" in out and "TC.jit610" in out
    assert "JIT.alu64_add_x " not in out and "JIT.tail_call_indirect " not in out
    assert cli(["prove", "--list", "--kernel", "6.1"]) == 0
    out = capsys.readouterr().out
    assert "JIT.tail_call_indirect " in out and "TC.jit610" in out and "JIT612." not in out


def test_prove_kernel_runs_a_6_12_theorem(capsys):
    from bpfsmt.cli import main as cli
    assert cli(["prove", "JIT612.tail_call_cnt_ptr", "--kernel", "6.12", "-j", "1"]) == 0
    assert "ok   JIT612.tail_call_cnt_ptr: PROVED" in capsys.readouterr().out
