"""Sleepable-context proofs (issue 5)."""
from bpfsmt.proofs import sleepable as sp
from bpfsmt.proofs.registry import PROVED, REFUTED, all_theorems, run_theorem

THEOREMS = {t.name: t for t in all_theorems() if t.issue == "sleepable"}


def test_proposed_proved_and_mutants_refuted():
    rep = run_theorem(THEOREMS["SP.proposed"])
    assert rep.outcome.status == PROVED
    names = {m.name for m, _ in rep.mutants}
    assert {"6.1", "drop-helper-gate", "drop-map-restriction", "callbacks-inherit"} <= names
    for m, o in rep.mutants:
        assert o.status == REFUTED and o.replayed is True, (m.name, o.counterexample)
    assert rep.ok


def test_61_finds_sp07_by_itself():
    r, w = sp.find(sp.R61)
    assert r == "sat" and w.sleepable
    edges = [(k, g) for f in w.funcs for k, g in f["edges"]]
    cb = [g for k, g in edges if k == "timer"]
    assert cb and w.funcs[cb[0]]["sleepy"] and w.run_nosleep[cb[0]]
    rep = sp.replay(w)
    assert rep["fault"]["kind"] == "sleep_in_atomic" and "async_cb" in rep["fault"]["message"]


def test_no_violation_without_sleepable_callbacks_or_timers_under_61():
    # with timers removed from the model the 6.1 rule is sound: the gap is exactly SP-07
    import z3
    M = sp.Model(4)
    s = z3.Solver()
    s.add(M.accepts(sp.R61), M.violated())
    s.add(*[z3.Not(e) for (f, g, k), e in M.edge.items() if k in ("timer", "stimer")])
    assert s.check() == z3.unsat


def test_model_tables_agree_with_spec():
    assert sp.table_consistency() is None
