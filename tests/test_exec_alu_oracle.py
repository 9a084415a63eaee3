"""Differential tests: 200 random ALU programs (tests/oracle/exec/alu/gen.py) and 200 random
stack load/store/atomic/branch programs (tests/oracle/exec/mem/gen.py), each run by the real
Linux 6.1 x86-64 JIT through BPF_PROG_TEST_RUN; the executor must return the same r0 (low half
from the *_lo programs, high half from the *_hi ones)."""
import json
import os

import pytest

from bpfsmt.solver.concrete.exec import execute
from bpfsmt.spec.insn import decode
from bpfsmt.spec.program import Function, Program, ProgramFile

_DIR = os.path.join(os.path.dirname(__file__), "oracle", "exec")
LABELS = {**json.load(open(os.path.join(_DIR, "alu", "labels.json"))),
          **json.load(open(os.path.join(_DIR, "mem", "labels.json")))}


def test_all_programs_ran_on_the_kernel():
    assert len(LABELS) == 400 and all(v["retval"] is not None for v in LABELS.values())


@pytest.mark.parametrize("name", sorted(LABELS))
def test_alu_program_matches_kernel(name):
    lab = LABELS[name]
    insns = decode(bytes.fromhex(lab["insns"]))
    p = Program(name, "socket", insns, [Function("main", 0)], prog_type="socket_filter")
    res = execute(ProgramFile(name, programs=[p]), p)
    assert res.fault is None, res.fault
    assert res.r0 & 0xFFFFFFFF == lab["retval"]
