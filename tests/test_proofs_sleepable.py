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
        # the bpf_wq witness has no executor replay (no bpf_wq there): the 6.12 oracle's verdict
        # on that shape is its evidence (FINDINGS.md, SP-WQ)
        assert o.status == REFUTED and o.replayed is (None if m.name == "6.12-wq-maps" else True), \
            (m.name, o.counterexample)
    assert "accepted" in rep.mutants[-1][1].counterexample["oracle"]
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


def test_612_rules_come_from_the_kernel_facts():
    """6.12's kfunc table has bpf_wq (a sleepable async callback); both kernels check SP-04 by the
    program's flag."""
    assert (sp.R61.callbacks, sp.R61.has_sleepable_cb) == ("program", False)
    assert (sp.R612.callbacks, sp.R612.has_sleepable_cb) == ("program_wq", True)
    assert sp.R61.maps_by_program and sp.R612.maps_by_program


def test_612_holes_theorem_and_mutants():
    rep = run_theorem(all_theorems_by_name()["SP612.holes"])
    assert rep.outcome.status == PROVED and rep.theorem.kernels == ("6.12",)
    for m, o in rep.mutants:
        assert o.status == REFUTED and o.replayed is True, (m.name, o.counterexample)
        k = o.counterexample["kernel_6.12"]
        assert k["accepted"] is False, (m.name, k)      # the real 6.12 refuses what the mutant allows
    assert rep.ok


def all_theorems_by_name():
    return {t.name: t for t in all_theorems()}


def test_612_keeps_sp07_open_and_the_wq_shape():
    """SP.proposed is about both kernels: 6.12's rules are refuted by the same SP-07 witness as 6.1
    (the real 6.12 accepts it), and without timers by a bpf_wq callback of a non-sleepable program
    that uses an LPM trie."""
    t = all_theorems_by_name()["SP.proposed"]
    assert set(t.kernels) == {"6.1", "6.12"}
    out = sp.refute(sp.R612)
    assert out.status == REFUTED and out.replayed is True
    assert "timer" in out.counterexample["witness"] and "SP-07" in out.counterexample["oracle"]
    assert out.counterexample["kernel_6.12"]["accepted"] is True
    r, w = sp.find(sp.R612, within=lambda M: __import__("z3").Not(M.armed("timer")))
    assert r == "sat" and not w.sleepable
    assert any(k == "stimer" for f in w.funcs for k, _ in f["edges"])
    assert any(f["unsafe"] for i, f in enumerate(w.funcs) if w.run_sleep[i])


def test_612_model_gives_the_612_verdicts_on_the_wq_shapes():
    """tests/oracle/wq (6.12): each program's shape in the model, accepted by the 6.12
    rule set exactly when the kernel accepted it; the first breaks the property (SP-WQ)."""
    import json
    from pathlib import Path
    import z3
    labels = {r["prog"]: r["accepted"] for r in json.loads(
        (Path(__file__).parent / "oracle" / "wq" / "labels_6.12.json").read_text())}
    shapes = {"wq_tc_cb_lpm_lookup": (False, {(0, 1, "stimer")}, (), (1,)),
              "wq_fentry_cb_copy_from_user": (False, {(0, 1, "stimer")}, (1,), ()),
              "fentry_direct_copy_from_user": (False, set(), (0,), ()),
              "lsm_s_direct_lpm_lookup": (True, set(), (), (0,)),
              "wq_syscall_cb_lpm_lookup": (True, {(0, 1, "stimer")}, (), (1,)),
              "tc_direct_lpm_lookup": (False, set(), (), (0,))}
    assert set(shapes) == set(labels)
    M = sp.Model(2)
    for name, (S, edges, sleepy, unsafe) in shapes.items():
        s = z3.Solver()
        s.add(_fixed_program(M, S, edges, sleepy, unsafe), M.accepts(sp.R612))
        assert (s.check() == z3.sat) is labels[name], name
    s = z3.Solver()
    s.add(_fixed_program(M, False, {(0, 1, "stimer")}, (), (1,)), M.violated())
    assert s.check() == z3.sat
