"""`bpfsmt check` command line: exit codes, JSON fields, program selection, --explain."""
from __future__ import annotations

import json
import subprocess
import sys

from bpfsmt.cli import main

TEXT = """
.map vals type=hash key_size=4 value_size=8 max_entries=4
.program good section=socket
 r1 = 0
 *(u32 *)(r10 - 4) = r1
 r2 = r10
 r2 += -4
 r1 = %[vals] ll
 call bpf_map_lookup_elem
 if r0 == 0 goto out
 r0 = *(u64 *)(r0 + 0)
 exit
out:
 r0 = 0
 exit
.program bad section=socket
 r1 = 0
 *(u32 *)(r10 - 4) = r1
 r2 = r10
 r2 += -4
 r1 = %[vals] ll
 call bpf_map_lookup_elem
 r0 = *(u64 *)(r0 + 0)
 exit
.program loops section=socket
 call bpf_get_prandom_u32
 r1 = r0
l: r1 -= 1
 if r1 != 0 goto l
 r0 = 0
 exit
"""


def _file(tmp_path, text=TEXT):
    p = tmp_path / "t.bpf.s"
    p.write_text(text)
    return str(p)


def test_exit_codes_and_json(tmp_path, capsys):
    f = _file(tmp_path)
    assert main(["check", "--json", f, "-p", "good"]) == 0
    assert main(["check", "--json", f, "-p", "loops"]) == 3
    assert main(["check", "--json", f]) == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    by = {r["program"]: r for r in rows[-3:]}
    for r in by.values():
        for k in ("program", "section", "verdict", "rule", "insn", "message", "replayed",
                  "obligations", "seconds", "path", "reason"):
            assert k in r
    assert by["good"]["verdict"] == "safe"
    bad = by["bad"]
    assert (bad["verdict"], bad["rule"], bad["insn"], bad["replayed"]) == \
        ("unsafe", "CORE-04", 7, True)
    assert bad["message"] == "R0 invalid mem access 'null'"
    assert bad["path"][-1] == 7 and "inputs" in bad
    assert by["loops"]["verdict"] == "unknown" and "loop" in by["loops"]["reason"]


def test_bad_input_exit_2(tmp_path, capsys):
    f = _file(tmp_path, ".program p\n r0 = frobnicate\n exit\n")
    assert main(["check", f]) == 2
    assert "t.bpf.s:" in capsys.readouterr().err
    assert main(["check", str(tmp_path / "missing.s")]) == 2


def test_memory_cap_is_unknown(tmp_path):
    # --max-memory (the shared limits definition) caps each check job's address space; in a
    # process of its own, as the job pool of an earlier test may be reused; `bad` needs a
    # solver call (good's one dereference follows its NULL test: decided without Z3)
    f = _file(tmp_path)
    r = subprocess.run([sys.executable, "-m", "bpfsmt", "check", "--json", "--max-memory", "1",
                        f, "-p", "bad"], capture_output=True, text=True, timeout=600)
    assert r.returncode == 3, r.stderr
    row = json.loads(r.stdout.splitlines()[-1])
    assert row["verdict"] == "unknown" and "memory" in row["message"] and "1 MB" in row["message"]


def test_loop_bound_option(tmp_path, capsys):
    # trips past --loop-bound are decided by induction, not unrolled
    f = _file(tmp_path, ".program p\n r1 = 10\nl: r1 -= 1\n if r1 != 0 goto l\n r0 = 0\n exit\n")
    assert main(["check", "--json", "--loop-bound", "4", f]) == 0
    assert "4 trips unrolled, then induction" in capsys.readouterr().out
    assert main(["check", "--json", "--loop-bound", "12", f]) == 0
    assert "induction" not in capsys.readouterr().out


def test_csv_and_table(tmp_path, capsys):
    f = _file(tmp_path)
    assert main(["check", "--csv", f, "-p", "bad"]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("File,Program")
    assert main(["check", f, "-p", "bad"]) == 1
    assert "CORE-04" in capsys.readouterr().out


def test_explain_writes_svg(tmp_path):
    import shutil
    import pytest
    if shutil.which("dot") is None:
        pytest.skip("graphviz dot not installed")
    f = _file(tmp_path)
    out = tmp_path / "svg"
    assert main(["check", "--json", "--explain", str(out), f, "-p", "bad"]) == 1
    svg = (out / "t.bpf.s.bad.svg").read_text()
    assert "<svg" in svg and "NULL" in svg          # the failing insn's R0 value is drawn
