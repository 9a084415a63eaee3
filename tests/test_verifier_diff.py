"""The verifier model against 6.1 and 6.12 on random programs (tests/oracle/diff: batches of
hundreds from gen.py, labelled by the oracle on each kernel): verdict, the whole error block and
the statistics line."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from oracle_labels import KERNELS, STATS_FIELDS, label_program, label_stats, load_labels  # noqa: E402

from bpfsmt.solver.verifier import verify  # noqa: E402

LABELS = [lb for k in KERNELS for lb in load_labels("diff", "", k)]


@pytest.mark.parametrize("kernel", KERNELS)
def test_batches_are_hundreds_and_mixed(kernel):
    mine = [lb for lb in LABELS if lb.kernel == kernel]
    assert len(mine) >= 300
    accepted = sum(lb.accepted for lb in mine)
    assert 0.2 < accepted / len(mine) < 0.8


def test_every_kernel_judged_the_same_programs():
    by_kernel = {k: {(lb.file, lb.prog, lb.insns) for lb in LABELS if lb.kernel == k} for k in KERNELS}
    assert by_kernel["6.1"] == by_kernel["6.12"]


@pytest.mark.parametrize("lb", LABELS, ids=lambda lb: f"{lb.kernel}/{lb.prog}")
def test_random_program_as_the_kernel(lb):
    pf, prog = label_program(lb)
    r = verify(pf, prog, rules=lb.kernel)
    assert r.accepted == lb.accepted, (lb.message, r.message)
    if not lb.accepted:
        assert r.log == lb.error_lines
    kst = label_stats(lb)
    assert [getattr(r, f) for f in STATS_FIELDS] == [kst[f] for f in STATS_FIELDS], r.stats_line()
