"""Differential test of the map model: 60 random sequences of hash/array update (every flag),
delete and lookup (tests/oracle/exec/maps/gen.py) run on Linux 6.1, with the JIT (labels.json)
and with the interpreter (labels_nojit.json); the executor must fold the same return codes and
values into r7 (low and high halves compared)."""
import json
import os

import pytest

from bpfsmt.grammar.asm import parse_program_text
from bpfsmt.solver.concrete.exec import execute

HERE = os.path.join(os.path.dirname(__file__), "oracle", "exec", "maps")
LABELS = json.load(open(os.path.join(HERE, "labels.json")))
NOJIT = json.load(open(os.path.join(HERE, "labels_nojit.json")))
PFILE = parse_program_text(open(os.path.join(HERE, "maps.s")).read(),
                           os.path.join(HERE, "maps.s"))


def test_labels_complete():
    assert len(LABELS) == 120 and all(v["retval"] is not None for v in LABELS.values())


@pytest.mark.parametrize("name", sorted(LABELS))
def test_map_sequence_matches_kernel(name):
    res = execute(PFILE, name)
    assert res.fault is None, res.fault
    assert res.r0 & 0xFFFFFFFF == LABELS[name]["retval"]


def test_interpreter_sign_extends_map_errnos():
    """Same programs with bpf_jit_enable=0: the interpreter's BPF_CALL wrapper sign-extends the
    ops' int result, so jit=False must match every retval and jit=True must not."""
    from bpfsmt.solver.concrete.exec import ExecInputs
    diff = 0
    for name, lab in NOJIT.items():
        assert execute(PFILE, name, ExecInputs(jit=False)).r0 & 0xFFFFFFFF == lab["retval"], name
        diff += execute(PFILE, name, ExecInputs(jit=True)).r0 & 0xFFFFFFFF != lab["retval"]
    assert diff > 0
