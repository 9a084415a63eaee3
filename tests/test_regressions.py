"""Regressions found by running the engines on the real-world corpus (benchmarks/corpus.py)."""
import os
from pathlib import Path

import pytest

from bpfsmt.grammar import load
from bpfsmt.solver.verifier import verify

SHARED = Path(os.environ.get("BPFSMT_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
CORPUS = SHARED / "corpus" / "ebpf-samples"


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus not present")
def test_trace_printk_checks_only_two_arguments():
    """6.1's bpf_trace_printk proto declares arg1/arg2 only (args 3-5 ARG_DONTCARE): the kernel
    accepted tracex1_kern.o bpf_prog1 (oracle, tests/data/corpus_oracle.jsonl) with R5 unset;
    the model used to say `R5 !read_ok`."""
    pfile = load(str(CORPUS / "new_linux" / "tracex1_kern.o"))
    res = verify(pfile, pfile.program("bpf_prog1"))
    assert res.accepted, res.message
