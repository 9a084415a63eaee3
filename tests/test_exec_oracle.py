"""Executor r0 == the real kernel's BPF_PROG_TEST_RUN retval (Linux 6.1 oracle).

tests/oracle/exec/: exec.bpf.c (what the oracle ran), exec.bpf.oracle.json (its test-run
inputs), exec.s (the same programs in bpfsmt's format, from gen.py) and labels.json (the oracle's
answers). The shared examples h_test_run / i_map_init are checked against their committed results
too. retval is the kernel's u32, so the low 32 bits of r0 are compared."""
import json
import os

import pytest

from bpfsmt.grammar.asm import parse_program_text
from bpfsmt.solver.concrete.exec import ExecInputs, execute

HERE = os.path.join(os.path.dirname(__file__), "oracle", "exec")
SHARED = os.environ.get("BPFSMT_SHARED",
                        os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
LABELS = json.load(open(os.path.join(HERE, "labels.json")))
SIDECAR = json.load(open(os.path.join(HERE, "exec.bpf.oracle.json")))
PFILE = parse_program_text(open(os.path.join(HERE, "exec.s")).read(),
                           os.path.join(HERE, "exec.s"))


def inputs_from_sidecar(entry: dict) -> ExecInputs:
    tr = entry.get("test_run", {})
    hx = lambda s: bytes.fromhex("".join(s.split())) if s else None  # noqa: E731
    return ExecInputs(packet=hx(tr.get("data_hex")), ctx=hx(tr.get("ctx_hex")),
                      maps={m: {bytes.fromhex(k): bytes.fromhex(v) for k, v in kv.items()}
                            for m, kv in entry.get("maps", {}).items()})


RUN = sorted(n for n, v in LABELS.items() if v["retval"] is not None)


def test_every_label_has_a_program():
    assert RUN and {p.name for p in PFILE.programs} == set(LABELS)


@pytest.mark.parametrize("name", RUN)
def test_retval_matches_kernel(name):
    res = execute(PFILE, name, inputs_from_sidecar(SIDECAR.get(name, {})))
    assert res.fault is None, res.fault
    assert res.r0 & 0xFFFFFFFF == LABELS[name]["retval"]


def _shared_results():
    path = os.path.join(SHARED, "oracle", "examples", "results", "results.jsonl")
    if not os.path.exists(path):
        return []
    out = []
    for line in open(path):
        r = json.loads(line)
        base = os.path.basename(r["file"])
        if base.startswith(("h_test_run", "i_map_init")) and r.get("test_run"):
            out.append((base.split(".")[0], r["prog"], r["test_run"]["retval"]))
    return out


SHARED_RESULTS = _shared_results()


def test_shared_examples_present():
    assert len(SHARED_RESULTS) == 9, "expected the 9 test-run programs of examples h and i"


@pytest.mark.parametrize("stem,prog,retval", SHARED_RESULTS,
                         ids=[f"{s}:{p}" for s, p, _ in SHARED_RESULTS])
def test_shared_example_retval(stem, prog, retval):
    """The examples' programs (same asm in exec.s) with the examples' own sidecars."""
    side = json.load(open(os.path.join(SHARED, "oracle", "examples", "inputs",
                                       f"{stem}.bpf.oracle.json")))
    res = execute(PFILE, prog, inputs_from_sidecar(side.get(prog, {})))
    assert res.fault is None, res.fault
    assert res.r0 & 0xFFFFFFFF == retval


def test_clang_object_gives_the_same_retvals():
    """The object clang built for the oracle, loaded through the ELF reader: same answers."""
    from bpfsmt.grammar import load
    pe = load(os.path.join(HERE, "exec.bpf.o"))
    for name in RUN:
        res = execute(pe, name, inputs_from_sidecar(SIDECAR.get(name, {})))
        assert res.fault is None and res.r0 & 0xFFFFFFFF == LABELS[name]["retval"], name
