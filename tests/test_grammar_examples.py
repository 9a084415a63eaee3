"""The bundled examples: they parse, assemble to exactly what clang + libbpf submitted to the
real 6.1 kernel (tests/oracle/grammar, labelled by the oracle), run to the kernel's retval,
and the CLI reports broken input as `file:line:col: message` with exit code 2."""
import glob
import json
import os
import subprocess
import sys

import pytest

from bpfsmt.grammar import load
from bpfsmt.grammar.printer import format_file, format_selftest_c
from bpfsmt.grammar.asm import parse_program_text
from bpfsmt.spec.insn import decode

ROOT = os.path.join(os.path.dirname(__file__), "..")
EXAMPLES = sorted(glob.glob(os.path.join(ROOT, "examples", "*.bpf.s")))
ORACLE = json.load(open(os.path.join(ROOT, "tests", "oracle", "grammar", "results.json")))
BY_PROG = {r["prog"]: r for r in ORACLE}


def test_every_example_has_an_oracle_label():
    progs = {p.name for e in EXAMPLES for p in load(e).programs}
    assert progs == set(BY_PROG)


@pytest.mark.parametrize("path", EXAMPLES, ids=[os.path.basename(e) for e in EXAMPLES])
def test_example_assembles_like_clang_and_libbpf(path):
    pf = load(path)
    for p in pf.programs:
        want = decode(bytes.fromhex(BY_PROG[p.name]["insns"]))
        got = [i.with_(imm=0) if i.is_wide and i.src == 1 else i for i in p.insns]
        want = [i.with_(imm=0) if i.is_wide and i.src == 1 else i for i in want]
        assert got == want, p.name


@pytest.mark.parametrize("path", EXAMPLES, ids=[os.path.basename(e) for e in EXAMPLES])
def test_example_round_trips_through_the_printer(path):
    pf = load(path)
    again = parse_program_text(format_file(pf), pf.path)
    assert again.programs == pf.programs and again.maps == pf.maps


@pytest.mark.parametrize("path", EXAMPLES, ids=[os.path.basename(e) for e in EXAMPLES])
def test_selftest_c_export_is_what_the_oracle_inputs_hold(path):
    name = os.path.basename(path)[:-len(".bpf.s")]
    c = open(os.path.join(ROOT, "tests", "oracle", "grammar", "inputs", name + ".bpf.c")).read()
    pf = load(path)
    assert format_selftest_c(pf).split("\n", 1)[1] == c.split("\n", 1)[1]


def test_examples_run_to_the_kernel_retval():
    from bpfsmt.solver.concrete.exec import execute
    for path in EXAMPLES:
        pf = load(path)
        for p in pf.programs:
            r = BY_PROG[p.name]
            if p.name == "entry":       # the oracle loads each program alone: empty prog_array
                continue
            res = execute(pf, p)
            if r["accepted"] and r["retval"] is not None:
                assert res.fault is None and res.r0 == r["retval"], p.name
    pf = load(os.path.join(ROOT, "examples", "tail_call.bpf.s"))
    assert execute(pf, "entry").r0 == BY_PROG["target"]["retval"]   # slot 0 -> target
    pf.maps["jmp_table"].prog_slots = {}
    assert execute(pf, "entry").r0 == BY_PROG["entry"]["retval"]    # empty slot: falls through


def test_unsafe_example_is_rejected_by_the_kernel():
    r = BY_PROG["lookup_no_null_check"]
    assert not r["accepted"] and r["errno"] == 13
    assert r["error"] == "R0 invalid mem access 'map_value_or_null'"


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "bpfsmt", *args], capture_output=True,
                          text=True, timeout=120)


def test_cli_run_prints_r0():
    p = _cli("run", os.path.join(ROOT, "examples", "ret_add.bpf.s"))
    assert p.returncode == 0 and "42" in p.stdout


@pytest.mark.parametrize("text,line,col,needle", [
    ("r0 = 1\nr0 +=\nexit\n", 2, 6, "unexpected end of instruction"),
    ("r0 = 1\ncall bpf_nope\nexit\n", 2, 6, "unknown helper or function 'bpf_nope'"),
    ("r0 = 1\ngoto missing\nexit\n", 2, 6, "unresolved label 'missing'"),
    ("r0 = 1\nif r0 > 2 goto +9\nexit\n", 2, 1, "jump out of range"),
    ("movv r0, 1\nexit\n", 1, 1, "unknown instruction 'movv'"),
    (".map m type=arry\n r0 = 0\n exit\n", 1, 8, "unknown map type 'arry'"),
])
def test_cli_bad_input_exit_2_with_location(tmp_path, text, line, col, needle):
    f = tmp_path / "bad.bpf.s"
    f.write_text(text)
    p = _cli("run", str(f))
    assert p.returncode == 2, p.stderr
    assert f"{f}:{line}:{col}: " in p.stderr and needle in p.stderr, p.stderr
    assert "Traceback" not in p.stderr


def test_cli_truncated_raw_file(tmp_path):
    f = tmp_path / "t.socket.raw"
    f.write_bytes(bytes.fromhex("b7000000000000009500"))
    p = _cli("run", str(f))
    assert p.returncode == 2 and f"{f}:2:1: " in p.stderr and "Traceback" not in p.stderr
