"""Tail-call counter proofs."""
import pytest

from bpfsmt.proofs import tailcall as tc
from bpfsmt.proofs.registry import PROVED, REFUTED, all_theorems, run_theorem
from bpfsmt.spec.insn import BPF_JGE, BPF_JGT

THEOREMS = {t.name: t for t in all_theorems() if t.issue == "tail-call"}


@pytest.mark.parametrize("name", ["TC.ideal", "TC.jit610", "TC.max_cnt"])
def test_theorem_proved_and_mutants_refuted(name):
    rep = run_theorem(THEOREMS[name])
    assert rep.outcome.status == PROVED, rep.outcome.reason
    for m, o in rep.mutants:
        assert o.status == REFUTED and o.replayed is True, (m.name, o.reason, o.counterexample)
    assert rep.ok


def test_jit61_witness_call_tree_and_replay():
    out = tc.refute_scheme("jit61")
    cex = out.counterexample
    assert cex["tail_calls_reached"] > 33
    assert "call" in cex["call_tree_program"]            # needs a bpf2bpf call
    rep = cex["replay"]
    assert rep["jit61"]["tail_calls"] > 33 or rep["jit61"]["fault"]["kind"] == "tail_call_limit"
    assert rep["interp"]["tail_calls"] <= 33 and rep["interp"]["fault"] is None
    assert rep["jit610"]["tail_calls"] <= 33
    # end to end: the same file JITed by each kernel's emitter, linked, run on unicorn
    runs = cex["jit_images"]
    assert runs["6.1"]["returned"] and runs["6.12"]["returned"]
    assert runs["6.1"]["tail_calls"] == cex["tail_calls_reached"] > 33
    assert runs["6.12"]["tail_calls"] == 33
    assert out.replayed is True


def test_linked_jit_images_count_like_the_frame_machine():
    """Whole files as machine code: two bpf2bpf calls into a subprogram that tail-calls double
    6.1's count (each callee starts from a copy of the caller's counter), 6.12 shares one counter
    through tail_call_cnt_ptr; an empty slot takes no tail call; a direct chain takes 33 on both."""
    pytest.importorskip("unicorn")
    two_calls = tc.AFile((tc.AProg(((("call", 1), ("call", 1)), (("tc", 0),))),
                          tc.AProg(((("tc", 0),),))), (1,))
    chain = tc.AFile((tc.AProg(((("tc", 0),),)), tc.AProg(((("tc", 0),),))), (1,))
    empty = tc.AFile((tc.AProg(((("tc", 0),) * 2,)),), (None,))
    for f, counts in ((two_calls, {"6.1": 66, "6.12": 33}), (chain, {"6.1": 33, "6.12": 33}),
                      (empty, {"6.1": 0, "6.12": 0})):
        for kernel, n in counts.items():
            run = tc.run_jit_images(f, kernel)
            assert run["returned"] and run["tail_calls"] == n == tc.simulate(
                f, "jit61" if kernel == "6.1" else "jit610").total, (f.describe(), kernel, run)


def test_frame_machine_counts():
    two_calls = tc.AFile((tc.AProg(((("call", 1), ("call", 1)), (("tc", 0),))),
                          tc.AProg(((("tc", 0),),))), (1,))
    assert tc.simulate(two_calls, "jit61").total == 66
    assert tc.simulate(two_calls, "ideal").total == 33
    assert tc.simulate(two_calls, "jit610").total == 33
    # an empty slot consumes a count (TC-01): 33 attempts on empty, then nothing
    empty = tc.AFile((tc.AProg(((("tc", 0),) * 2,)),), (None,))
    assert tc.simulate(empty, "ideal").total == 0


def test_reinit_is_unbounded():
    out = tc.refute_scheme("reinit")
    ev = out.counterexample["unbounded"]
    assert ev["passes_every_bound"] and all(v > b for b, v in ev["reached"].items())
    assert ev["lasso"]["tail_calls_per_round"] > 0


def test_induction_cti_for_per_frame_counters():
    assert tc.frame_machine_induction("ideal")[0] == "proved"
    assert tc.frame_machine_induction("jit61")[0] == "cti"
    assert tc.frame_machine_induction("reinit")[0] == "cti"


def test_counter_tests_concrete():
    assert tc.chain_length(BPF_JGT, 32) == 33
    assert tc.chain_length(BPF_JGE, 33) == 33
    assert tc.chain_length(BPF_JGT, 33) == 34


def test_real_kernel_loads_the_synthesised_call_trees():
    for scheme in ("jit61", "reinit"):
        k = tc.refute_scheme(scheme).counterexample["kernel_6.1"]
        assert k and k["accepted"] is True, (scheme, k)
