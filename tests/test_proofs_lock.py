"""Lock discipline proofs: the theorems hold, every weakened rule is refuted with a
synthesised program that the concrete executor confirms."""
import pytest

from bpfsmt.proofs import lock
from bpfsmt.proofs.registry import PROVED, REFUTED, all_theorems, run_theorem

THEOREMS = {t.name: t for t in all_theorems() if t.issue in ("lock", "lock-6.12")}


@pytest.mark.parametrize("name", ["SL.sound", "SL.sound_bmc", "SL.prune", "SL.callback_ptr",
                                  "SL612.sound", "SL612.prune"])
def test_theorem_proved_and_mutants_refuted_with_replay(name):
    rep = run_theorem(THEOREMS[name])
    assert rep.outcome.status == PROVED, rep.outcome.reason
    assert rep.mutants
    for m, o in rep.mutants:
        assert o.status == REFUTED, (m.name, o.reason)
        assert o.counterexample["program"]
        assert o.replayed is True, (m.name, o.counterexample.get("replay"))
    assert rep.ok


def test_every_rule_has_a_mutant():
    names = {m.name for m in THEOREMS["SL.sound"].mutants}
    for rule in ("SL-04", "SL-05", "SL-06", "SL-07", "SL-08", "SL-09", "SL-10"):
        assert any(rule in n for n in names), rule


def test_mutant_counterexample_violates_and_executor_agrees():
    out = lock.check_rules(lock.Rules(name="no-SL-08", sl08=False), lock.PATH_OPS, 4)
    cex = out.counterexample
    assert out.status == REFUTED and "exit holding" in cex["violation"]
    assert cex["replay"]["fault"]["kind"] == "exit_locked"


def test_induction_fails_for_weakened_rules():
    from dataclasses import replace
    assert lock.prove_inductive(lock.R61, lock.PATH_OPS) == "proved"
    assert lock.prove_inductive(replace(lock.R61, sl07=False), lock.PATH_OPS) == "cti"
    assert lock.prove_inductive(lock.R61, lock.CB_OPS) == "cti"      # SL-14: id-0 pointers


def test_semantic_mirror_distinguishes_elements_not_registers():
    S = lock.Step
    lay = {"value_size": 8, "lock_off": 0}
    good = [S("lookup", a=0, e=0), S("lookup", a=1, e=0), S("lock", a=0), S("unlock", a=1)]
    assert lock.semantic_violation(good, lay) is None      # same element via two registers
    bad = [S("lookup", a=0, e=0), S("lookup", a=1, e=1), S("lock", a=0), S("unlock", a=1)]
    assert "unlock of element 1" in lock.semantic_violation(bad, lay)[1]
    assert "overlaps" in lock.semantic_violation([S("lookup", a=0), S("load", a=0, k=0, sz=1)],
                                                 lay)[1]


def test_synthesised_good_path_runs_clean():
    S = lock.Step
    lay = {"value_size": 16, "lock_off": 8}
    steps = [S("lookup", a=0, e=1), S("copy", a=1, b=0), S("lock", a=0, k=8),
             S("store", a=1, k=0, sz=8), S("unlock", a=1, k=8), S("helper")]
    pfile, prog, _ = lock.synth_path(steps, lay)
    rep = lock.replay_violation(pfile, prog, {"maps": lock.map_inputs(lay), "packet": bytes(64)})
    assert rep["replayed"] is False and rep["fault"] is None
    kinds = [e["kind"] for e in rep["events"]]
    assert kinds.count("lock") == 1 and kinds.count("unlock") == 1


def test_sl13_witness_is_pruned_and_arms_differ():
    r, d = lock.find_prune_violation(lock.R61)
    assert r == "sat" and d["pruned"]
    assert [str(s) for s in d["arm_a"]] != [str(s) for s in d["arm_b"]]
    assert any(s.op == "unlock" for s in d["suffix"])


# Each weakened rule's counterexample, as the proofs synthesise it, was loaded into Debian's 6.1
# kernel (tests/oracle/proofs/labels.json): the real verifier rejects it with exactly the message
# of the rule the mutant dropped, and accepts the SL-13 pruning witness.
EXPECTED_KERNEL_MESSAGE = {
    "drop-SL-06-id-match": "bpf_spin_unlock of different lock",
    "drop-SL-06-held": "bpf_spin_unlock without taking a lock",
    "drop-SL-07": "function calls are not allowed while holding a lock",
    "drop-SL-08": "bpf_spin_unlock is missing",
    "drop-SL-09": "BPF_LD_[ABS|IND] cannot be used inside bpf_spin_lock-ed region",
    "drop-SL-10": "bpf_spin_lock cannot be accessed directly by load/store",
    "weaken-SL-10-start": "bpf_spin_lock cannot be accessed directly by load/store",
    "drop-SL-04-offset": "doesn't point to 'struct bpf_spin_lock'",
    "SL-05-id-per-map": "bpf_spin_unlock of different lock",
}


@pytest.mark.parametrize("name,desc,rules", lock.MUTANT_RULES, ids=[m[0] for m in lock.MUTANT_RULES])
def test_real_kernel_rejects_each_mutant_witness_with_the_dropped_rule(name, desc, rules):
    out = lock.check_rules(rules)
    k = out.counterexample["kernel_6.1"]
    assert k is not None and "accepted" in k, f"regenerate tests/oracle/proofs (gen.py): {k}"
    assert k["accepted"] is False
    assert EXPECTED_KERNEL_MESSAGE[name] in k["message"]


def test_real_kernel_accepts_the_synthesised_sl13_witness():
    out = lock.refute_sl13()
    assert out.counterexample["kernel_6.1"]["accepted"] is True
    assert out.replayed is True     # ... and the executor shows the pruned path unlocking another element
    assert "SL-13" in out.counterexample["oracle"]


def test_verifier_model_agrees_on_the_mutant_witnesses():
    """bpfsmt's own 6.1 verifier model rejects each witness like the kernel, and accepts it under
    the matching weakened rule set (spec/rules.py)."""
    pytest.importorskip("bpfsmt.solver.verifier")
    for name, _desc, rules in lock.MUTANT_RULES:
        vm = lock.check_rules(rules).counterexample.get("verifier_model") or []
        assert vm and vm[0]["rules"] == "6.1" and vm[0]["accepted"] is False, (name, vm)
        assert EXPECTED_KERNEL_MESSAGE[name] in vm[0]["message"], (name, vm)
        if rules.verifier_rules:
            assert vm[1]["accepted"] is True, (name, vm)


def test_pruning_simulation_fails_for_raw_ids_only():
    from dataclasses import replace
    assert lock.prove_prune_simulation(replace(lock.R61, prune="idmap")) == "proved"
    assert lock.prove_prune_simulation(lock.R61) == "cti"


def test_real_kernel_accepts_the_synthesised_sl14_witness():
    out = lock.refute_sl14()
    assert out.counterexample["kernel_6.1"]["accepted"] is True
    assert out.replayed is True and "SL-14" in out.counterexample["oracle"]


# ---- Linux 6.12: its own rule set, derived from spec/deltas.py --------------------------------

THEOREMS_612 = {n: t for n, t in THEOREMS.items() if t.issue == "lock-6.12"}


def test_612_rules_come_from_the_kernel_deltas():
    assert (lock.R61.lock_key, lock.R61.prune, lock.R61.subprog_in_lock) == ("id", "raw", False)
    assert (lock.R612.lock_key, lock.R612.prune, lock.R612.subprog_in_lock) == ("map_id", "idmap", True)
    assert set(THEOREMS_612) == {"SL612.sound", "SL612.prune"}
    assert all("6.12" in t.kernels and "6.1" not in t.kernels for t in THEOREMS_612.values())


def test_612_static_call_under_the_lock_is_accepted_and_safe():
    """6.12 (SL-SUBPROG) accepts a bpf2bpf call between lock and unlock; 6.1 refuses it; the call
    is no violation (the callee's steps are the path's)."""
    S = lock.Step
    lay = {"value_size": 8, "lock_off": 0}
    steps = [S("lookup", a=0, e=0), S("lock", a=0), S("call"), S("unlock", a=0)]
    assert lock.semantic_violation(steps, lay) is None
    for R, accepted in ((lock.R61, False), (lock.R612, True)):
        L, lc = lock.layout_constraints()
        import z3
        s = z3.Solver()
        s.add(*lc, L.vsize == 8, L.lock_off == 0)
        choices = []
        for i, st in enumerate(steps):
            c, cons = lock.fresh_choice(f"c{i}", lock.OPS)
            s.add(*cons, c.op == lock.OP[st.op], c.a == st.a, c.e == st.e, c.k == st.k)
            choices.append(c)
        oks, _, final = lock.run_path(R, L, choices)
        s.add(*oks, lock.end(R, final)[0])
        assert (s.check() == z3.sat) is accepted, R.name


def test_612_pruning_and_callback_holes_closed_but_6_1_rules_open():
    """The 6.12 rule set proves where 6.1's fails (induction with callback pointers, pruning
    simulation), and with 6.1's lock key or states_equal put back the holes reopen."""
    from dataclasses import replace
    assert lock.prove_inductive(lock.R612, lock.OPS) == "proved"
    assert lock.prove_prune_simulation(lock.R612, ops=lock.OPS) == "proved"
    assert lock.prove_inductive(replace(lock.R612, lock_key="id"), lock.OPS) == "cti"
    assert lock.prove_prune_simulation(replace(lock.R612, prune="raw")) == "cti"


@pytest.mark.parametrize("name,desc,rules", lock.MUTANT_RULES_612, ids=[m[0] for m in lock.MUTANT_RULES_612])
def test_real_612_kernel_rejects_each_mutant_witness_with_the_dropped_rule(name, desc, rules):
    """tests/oracle/proofs/labels_6.12.json: the 6.12 mutants' witnesses are the labelled programs
    and 6.12 rejects each with the message of the rule the mutant dropped; the 6.12 verifier model
    agrees, and accepts the witness under the same weakening."""
    out = lock.check_rules(rules)
    k = out.counterexample["kernel_6.12"]
    assert k is not None and "accepted" in k, f"regenerate tests/oracle/proofs (gen.py): {k}"
    assert k["accepted"] is False
    msg = {"drop-SL-04-offset": "doesn't point to 'struct bpf_spin_lock' that is at"}.get(
        name, EXPECTED_KERNEL_MESSAGE[name])
    assert msg in k["message"]
    vm = out.counterexample["verifier_model"]
    assert vm[0]["rules"] == "6.12" and vm[0]["accepted"] is False and msg in vm[0]["message"], vm
    if rules.verifier_rules:
        assert vm[1]["rules"] == rules.verifier_rules and vm[1]["accepted"] is True, vm


def test_real_612_kernel_rejects_the_sl13_and_sl14_witnesses():
    """The witnesses of 6.12-with-6.1's-rule are the programs 6.1 accepts; 6.12 rejects them."""
    for out, oracle in ((lock.refute_sl13(lock.R612), "SL-13"), (lock.refute_sl14(lock.R612), "SL-14")):
        assert out.status == REFUTED and out.replayed is True
        assert out.counterexample["kernel_6.12"]["accepted"] is False, out.counterexample["kernel_6.12"]
        assert oracle in out.counterexample["oracle"]
