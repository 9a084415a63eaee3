"""The verifier model walks programs the way 6.1 and 6.12 do: on every labelled program whose
kernel log carries the statistics line, the model's `processed`, `max_states_per_insn`,
`total_states`, `peak_states` and `mark_read` equal that kernel's (the same states stored, pruned
and evicted, the same liveness walks). Programs the kernel needed more than 200k insns for run
with BPFSMT_SLOW=1. benchmarks/stats.py prints the same comparison as figures."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from oracle_labels import FAMILIES, STATS_FIELDS, label_program, label_stats, load_labels  # noqa: E402

from bpfsmt.spec.errors import InputError  # noqa: E402
from bpfsmt.solver.verifier import verify  # noqa: E402

VARIANTS = {"": True, "nojit": False, "harden": True}
# (kernel, program) -> why the model walks it otherwise (asserted to still differ)
GAPS = {
    ("6.12", "obj_new_past_end"): "a bpf_obj_new object is not typed by its program BTF struct "
                                  "(test_btf_verifier's verdict gap)",
}


def _labels():
    out = []
    for kernel, families in (("6.1", FAMILIES), ("6.12", FAMILIES + ("btf",))):
        for fam in families:
            for variant, jit in VARIANTS.items():
                try:
                    labels = load_labels(fam, variant, kernel)
                except FileNotFoundError:
                    continue
                out += [(lb, jit) for lb in labels if label_stats(lb) is not None]
    return out


LABELS = _labels()


def test_enough_programs_carry_statistics():
    assert len(LABELS) >= 600


@pytest.mark.parametrize("lb,jit", LABELS,
                         ids=[f"{lb.kernel}/{lb.family}/{lb.variant}/{lb.file}::{lb.prog}"
                              for lb, _ in LABELS])
def test_statistics_equal_the_kernels(lb, jit):
    kst = label_stats(lb)
    if kst["processed_insns"] > 200_000 and not os.environ.get("BPFSMT_SLOW"):
        pytest.skip("kernel processed > 200k insns; set BPFSMT_SLOW=1")
    try:
        pf, prog = label_program(lb)
    except InputError:      # a raw stream ending in half an lddw: the IR cannot hold it
        assert lb.object == "raw_fallthrough_lddw.socket.raw"
        return
    r = verify(pf, prog, jit=jit, rules=lb.kernel)
    got = {"processed_insns": r.processed_insns, "max_states_per_insn": r.max_states_per_insn,
           "total_states": r.total_states, "peak_states": r.peak_states, "mark_read": r.mark_read}
    same = [got[f] for f in STATS_FIELDS] == [kst[f] for f in STATS_FIELDS]
    gap = GAPS.get((lb.kernel, lb.prog))
    assert same != bool(gap), gap or r.stats_line()
