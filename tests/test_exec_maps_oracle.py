"""Differential test of the map model: 60 random sequences of hash/array update (every flag),
delete and lookup (tests/oracle/exec/maps/gen.py) run on Linux 6.1; the executor must fold the
same return codes and values into r7 (low and high halves compared)."""
import json
import os

import pytest

from bpfsmt.grammar.asm import parse_program_text
from bpfsmt.solver.exec import execute

HERE = os.path.join(os.path.dirname(__file__), "oracle", "exec", "maps")
LABELS = json.load(open(os.path.join(HERE, "labels.json")))
PFILE = parse_program_text(open(os.path.join(HERE, "maps.s")).read(),
                           os.path.join(HERE, "maps.s"))


def test_labels_complete():
    assert len(LABELS) == 120 and all(v["retval"] is not None for v in LABELS.values())


@pytest.mark.parametrize("name", sorted(LABELS))
def test_map_sequence_matches_kernel(name):
    res = execute(PFILE, name)
    assert res.fault is None, res.fault
    assert res.r0 & 0xFFFFFFFF == LABELS[name]["retval"]
