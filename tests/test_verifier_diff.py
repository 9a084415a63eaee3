"""The verifier model against 6.1 on random programs (tests/oracle/diff: batches of hundreds
from gen.py, labelled by the oracle): verdict, the whole error block and the statistics line."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from oracle_labels import STATS_FIELDS, label_program, label_stats, load_labels  # noqa: E402

from bpfsmt.solver.verifier import verify  # noqa: E402

LABELS = load_labels("diff")


def test_batches_are_hundreds_and_mixed():
    assert len(LABELS) >= 300
    accepted = sum(lb.accepted for lb in LABELS)
    assert 0.2 < accepted / len(LABELS) < 0.8


@pytest.mark.parametrize("lb", LABELS, ids=lambda lb: lb.prog)
def test_random_program_as_the_kernel(lb):
    pf, prog = label_program(lb)
    r = verify(pf, prog)
    assert r.accepted == lb.accepted, (lb.message, r.message)
    if not lb.accepted:
        assert r.log == lb.error_lines
    kst = label_stats(lb)
    assert [getattr(r, f) for f in STATS_FIELDS] == [kst[f] for f in STATS_FIELDS], r.stats_line()
