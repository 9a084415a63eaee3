"""The helper / reference programs of tests/oracle/engines against the real 6.1 kernel's labels
(`verify` is compared with them in test_verifier_oracle.py): `check` is SAFE on every program the
kernel accepts and UNSAFE (replayed) on every program it rejects, with one documented
difference: 6.1 lets root read uninitialised stack (rules.md CORE-03 stable delta), which
`check` reports as the unsafe read it is."""
from __future__ import annotations

import pytest

from oracle_labels import label_object_path, load_labels

from bpfsmt.grammar.loader import load
from bpfsmt.solver.symbolic.checker import check

LABELS = load_labels("engines")
ROOT_READS_UNINIT_STACK = {"csum_diff_uninit_stack", "bloom_peek_uninit_value"}
# safe (the kernel tracks every trip exactly), but only a quadratic invariant proves it: the
# induction step fails and its counterexample does not replay
NOT_INDUCTIVE = {"loop_squares"}


@pytest.mark.parametrize("lb", LABELS, ids=lambda lb: lb.prog)
def test_check_decides_like_the_kernel(lb):
    pf = load(str(label_object_path(lb)))
    r = check(pf, lb.prog, timeout=60)
    if lb.prog in ROOT_READS_UNINIT_STACK:
        assert lb.accepted and (r.verdict, r.kind, r.replayed) == ("unsafe", "uninit_stack", True)
    elif lb.prog in NOT_INDUCTIVE:
        assert lb.accepted and r.verdict == "unknown" and "induction step" in r.reason, r.reason
    elif lb.accepted:
        assert r.verdict == "safe", (r.verdict, r.reason, r.message)
    else:
        assert r.verdict == "unsafe" and r.replayed is True, (r.verdict, r.reason, r.message)
