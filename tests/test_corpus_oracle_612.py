"""The verifier model on the real-world corpus against the real 6.12 kernel, as
test_corpus_oracle does for 6.1: the same programs (tests/oracle/corpus/gen.py, the elf and c
routes over the same inputs) loaded by `KERNEL=6.12 run.sh`, labels_6.12.json. Each program gets
6.12's verdict, error line and the five statistics of its log from `verify --kernel 6.12`: the
model walks the program the way 6.12 does (its pruning rules: spec/deltas HISTORY-612,
PRECISION-612, LINKED-CONST-612, NOT-NULL-612, REFSAFE-IDS, CB-LOOP);
benchmarks/stats.py --corpus --kernel 6.12 prints the figures."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from test_corpus_oracle import CORPUS, SLOW_INSNS, model_answer, stats_of

LABELS = Path(__file__).resolve().parent / "oracle" / "corpus" / "labels_6.12.json"
LAB = json.loads(LABELS.read_text())

# (file, prog) -> why the model's verdict or error line differs from 6.12's; asserted to still differ
DIFFER: dict = {
}

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus not found at {CORPUS}")


def test_every_corpus_program_is_labelled_on_612_or_says_why_not():
    """labels_6.12.json + unlabelled_6.12.json cover what 6.1's labels and reasons cover (the
    whole corpus: test_corpus_oracle)."""
    unlabelled = json.loads((LABELS.parent / "unlabelled_6.12.json").read_text())
    labelled = {f"{lab['file']}::{lab['prog']}" for lab in LAB}
    every = {f"{x['file']}::{x['prog']}" for x in json.loads((LABELS.parent / "labels.json").read_text())}
    every |= set(json.loads((LABELS.parent / "unlabelled.json").read_text()))
    assert len(LAB) >= 555 and all(lab["stats"] is not None for lab in LAB)
    assert not labelled & set(unlabelled)
    assert labelled | set(unlabelled) == every


@pytest.mark.parametrize("lab", LAB, ids=[f"{lab['file']}::{lab['prog']}" for lab in LAB])
def test_verdict_and_error_equal_612s(lab):
    kst = lab["stats"] or {}
    if kst.get("processed_insns", 0) > SLOW_INSNS and not os.environ.get("BPFSMT_SLOW"):
        pytest.skip(f"kernel processed {kst['processed_insns']} insns; set BPFSMT_SLOW=1")
    sha, r = model_answer(lab, "6.12")
    assert sha == lab["insns_sha256"], "the IR is not what 6.12 judged"
    got = (r.accepted, None if r.accepted else r.message)
    want = (lab["accepted"], lab["message"])
    reason = DIFFER.get((lab["file"], lab["prog"]))
    if reason:
        assert got != want, f"documented difference no longer differs (fixed?): {reason}"
    else:
        assert got == want, f"kernel error_lines={lab['error_lines']}; model log={r.log}"
        assert stats_of(r) == kst, r.stats_line()
