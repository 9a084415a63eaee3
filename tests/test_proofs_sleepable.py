"""Sleepable-context proofs."""
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


def _fixed_program(M, S, edges, sleepy=(), unsafe=()):
    import z3
    cons = [M.S == S]
    for key, e in M.edge.items():
        cons.append(e == (key in edges))
    cons += [b == (i in sleepy) for i, b in enumerate(M.sleepy)]
    cons += [b == (i in unsafe) for i, b in enumerate(M.unsafe)]
    return z3.And(*cons)


def test_global_subprog_called_from_both_contexts_must_be_safe_in_both():
    """main (sleepable) calls global f2 and arms a timer with callback f1; f1 calls global f2;
    f2 calls bpf_copy_from_user, so f2 also runs in softirq via the timer. 6.1 accepts
    (program-wide flag), the per-callback rules reject, and the property is violated."""
    import z3
    M = sp.Model(3)
    prog = _fixed_program(M, True, {(0, 2, "gcall"), (0, 1, "timer"), (1, 2, "gcall")}, sleepy=(2,))

    def holds(f):
        s = z3.Solver()
        s.add(prog, f)
        return s.check() == z3.sat

    assert holds(M.violated())
    assert holds(M.accepts(sp.R61))
    assert not holds(M.accepts(sp.PROPOSED))


def test_real_kernel_verdicts_on_the_synthesised_witnesses():
    """tests/oracle/proofs: Debian 6.1 accepts the SP-07 witness bpfsmt finds, and rejects the
    witnesses of the weakened rules with the message of the rule that was dropped."""
    expect = {"6.1": None, "inherit": None,
              "no-SP-03": "helper call might sleep in a non-sleepable prog",
              "no-SP-04": "Sleepable programs can only use array, hash, and ringbuf maps"}
    rules = {"6.1": sp.R61, "inherit": sp.Rules("inherit", callbacks="inherit"),
             "no-SP-03": sp.Rules("no-SP-03", helper_gate=False),
             "no-SP-04": sp.Rules("no-SP-04", map_restriction=False)}
    for name, msg in expect.items():
        k = sp.refute(rules[name]).counterexample["kernel_6.1"]
        assert k and "accepted" in k, (name, k)
        assert k["accepted"] is (msg is None) and (msg is None or msg == k["message"]), (name, k)
