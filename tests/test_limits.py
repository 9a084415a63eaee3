"""Limits that hold: a time limit ends a program's analysis in UNKNOWN (exit 3) with the reason,
in every engine; a memory cap does the same; an internal error is exit 4 with one line and a
way to report it. Pathological valid programs get their answer (checked, not timed)."""
import os
import re
import struct
import subprocess
import sys

import pytest

from bpfsmt import cli
from bpfsmt.cli import main
from bpfsmt.spec.deadline import LimitReached, check_deadline, time_limit

# r0 = 0; l: r0 += 1; r1 = r0; r1 &= 7; if r1 == 3 goto m; r2 = 1; m: r3 = r0; ...; goto l
ENDLESS = """.program p section=xdp
    r0 = 0
l:
    r0 += 1
    r1 = r0
    r1 &= 7
    if r1 == 3 goto m
    r2 = 1
m:
    r3 = r0
    r4 = r3
    r4 += 1
    r5 = r4
    r6 = r5
    goto l
"""


def _raw(*insns) -> bytes:
    return b"".join(struct.pack("<BBhi", op, dst | (src << 4), off, imm)
                    for op, dst, src, off, imm in insns)


def _write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data) if isinstance(data, bytes) else p.write_text(data)
    return str(p)


def _run(capsys, *argv):
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def test_deadline_is_cooperative_and_nests():
    with time_limit(0):
        with pytest.raises(LimitReached, match="time limit of 0 s reached in the test"):
            check_deadline("the test")
    with time_limit(100):
        with time_limit(0.0):               # the inner, earlier deadline wins
            with pytest.raises(LimitReached):
                check_deadline("x")
        check_deadline("x")                 # back to the outer one
    check_deadline("no limit")              # outside any limit nothing happens


@pytest.mark.parametrize("command,where", [("run", "the executor"), ("verify", "the verifier"),
                                           ("xlate", "the verifier"), ("jit", "the verifier")])
def test_endless_loop_is_unknown_at_the_time_limit(tmp_path, capsys, command, where):
    """A 14-instruction endless loop: the executor never stops and the 6.1 verifier needs a
    million steps; with --timeout each command ends UNKNOWN (exit 3) saying which engine."""
    path = _write(tmp_path, "endless.bpf.s", ENDLESS)
    extra = ["--json"] if command == "verify" else []
    rc, out, err = _run(capsys, command, "--timeout", "0.5", path, *extra)
    assert rc == 3, (out, err)
    assert f"time limit of 0.5 s reached in {where}" in out + err


def test_check_endless_loop_is_unknown(tmp_path, capsys):
    path = _write(tmp_path, "endless.bpf.s", ENDLESS)
    rc, out, err = _run(capsys, "--debug", "check", "--timeout", "1", "--json", path)
    assert rc == 3, (out, err)
    assert '"verdict": "unknown"' in out


BIG_INPUTS = {     # files whose loading alone takes far longer than the 0.01 s limit below
    "big.bpf.s": ".program p section=xdp\n" + "    r0 = 0\n" * 200_000 + "    exit\n",
    "big.raw": _raw(*[(0xB7, 0, 0, 0, 0)] * 500_000, (0x95, 0, 0, 0, 0)),
    "big.hex": "b700000000000000\n" * 500_000 + "9500000000000000\n",
}


@pytest.mark.parametrize("name", sorted(BIG_INPUTS))
@pytest.mark.parametrize("command", ["run", "verify", "check", "xlate", "jit"])
def test_loading_is_under_the_time_limit(tmp_path, capsys, name, command):
    """--timeout covers reading the input: a file that takes long to load is UNKNOWN (exit 3)
    at the limit, whatever the format and the command."""
    path = _write(tmp_path, name, BIG_INPUTS[name])
    rc, out, err = _run(capsys, command, "--timeout", "0.01", path)
    assert rc == 3, (out, err)
    assert "UNKNOWN: time limit of 0.01 s reached in the loader" in err


def test_rewrites_and_jit_poll_the_time_limit():
    """xlate polls the limit between its passes and the JIT within each pass (a 1M-insn program
    takes ~35 s of CPU in xlate and more in the JIT's passes): a limit already over stops both."""
    from bpfsmt.grammar.asm import parse_program_text
    from bpfsmt.solver.jit.program import jit_program
    from bpfsmt.solver.xlate import xlate
    pf = parse_program_text(".program p section=xdp\n    r0 = 0\n    exit\n", "p.bpf.s")
    insns = xlate(pf, pf.programs[0])
    with time_limit(0):
        with pytest.raises(LimitReached, match="reached in xlate"):
            xlate(pf, pf.programs[0])
        with pytest.raises(LimitReached, match="reached in the JIT"):
            jit_program(insns, xlated=True)


def test_jit_reports_a_limit_reached_in_xlate_as_unknown(tmp_path, capsys, monkeypatch):
    """jit runs xlate first: the limit reached there is UNKNOWN (exit 3), not a failed xlate."""
    from bpfsmt.solver.xlate import rewrite

    def slow(p):
        raise LimitReached("time limit of 1 s reached in xlate")
    monkeypatch.setattr(rewrite, "opt_remove_nops", slow)
    path = _write(tmp_path, "p.bpf.s", ".program p section=xdp\n    r0 = 0\n    exit\n")
    rc, out, err = _run(capsys, "jit", path)
    assert rc == 3 and "p: UNKNOWN: time limit of 1 s reached in xlate" in err, err


def test_conformance_time_limit(tmp_path, capsys):
    path = _write(tmp_path, "spin.data", "-- asm\nmov %r0, 0\nadd %r0, 1\nja -2\nexit\n"
                                         "-- result\n0x1\n")
    rc, out, err = _run(capsys, "--debug", "conformance", "--timeout", "0.3", path)
    assert rc == 1 and "time limit of 0.3 s reached in the executor" in out


def test_internal_error_is_exit_4_with_one_line(monkeypatch, tmp_path, capsys):
    from bpfsmt.commands import run as run_cmd

    def boom(args):
        raise RuntimeError("model bug\nsecond line")
    monkeypatch.setattr(run_cmd, "main", boom)
    path = _write(tmp_path, "p.bpf.s", ".program p section=xdp\n    r0 = 0\n    exit\n")
    rc, out, err = _run(capsys, "run", path)
    assert rc == cli.EXIT_INTERNAL == 4
    assert err == f"bpfsmt: internal error: RuntimeError: model bug ({cli.REPORT})\n"
    with pytest.raises(RuntimeError):
        main(["--debug", "run", path])


def test_memory_cap_ends_unknown(tmp_path):
    """RLIMIT_AS in a process of its own: parsing 200,000 instructions needs more than 30 MB
    beyond the interpreter's start, so `run` answers UNKNOWN with the cap, not an internal
    error."""
    path = _write(tmp_path, "long.bpf.s", ".program p section=xdp\n    r0 = 0\n" +
                  "    r0 += 1\n" * 200_000 + "    exit\n")
    r = subprocess.run([sys.executable, "-m", "bpfsmt", "run", "--max-memory", "30", path],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 3, r.stderr
    assert r.stderr == "bpfsmt: UNKNOWN: memory limit of 30 MB reached\n"


# ---- pathological valid programs ----------------------------------------------------------------
def test_million_instructions(tmp_path, capsys):
    """1,000,000 instructions (the most a privileged load may have): run computes r0; verify
    answers within its limit (accepted, or UNKNOWN at the limit, never an error)."""
    n = 1_000_000
    path = _write(tmp_path, "long.xdp.raw", _raw((0xB7, 0, 0, 0, 0),
                                                 *[(0x07, 0, 0, 0, 1)] * (n - 2),
                                                 (0x95, 0, 0, 0, 0)))
    rc, out, err = _run(capsys, "run", path)
    assert rc == 0 and out == f"r0 = {n - 2:#x} ({n - 2})\n"
    rc, out, err = _run(capsys, "--debug", "verify", "--timeout", "5", "--json", path)
    # reading 8 MB counts too: on a loaded machine the limit may come before the verifier
    assert rc == 3 and re.search("time limit of 5 s reached in the (verifier|loader)", out + err)


def test_deep_call_chain(tmp_path, capsys):
    """10,000 nested bpf2bpf calls: the kernel stops at 256 subprograms (`too many
    subprograms`); run stops at the eighth frame."""
    lines = [".program p section=xdp", "    call f1", "    r0 = 0", "    exit"]
    for k in range(1, 10_000):
        lines += [f".func f{k}", f"    call f{k + 1}" if k < 9_999 else "    r0 = 0",
                  "    r0 = 0", "    exit"]
    path = _write(tmp_path, "deep.bpf.s", "\n".join(lines) + "\n")
    rc, out, err = _run(capsys, "--debug", "verify", "--json", path)
    assert rc == 1 and '"message": "too many subprograms"' in out
    rc, out, err = _run(capsys, "run", path)
    assert rc == 1 and "call_depth" in err
    # xlate prints the rewrites of a program the model rejects (one pass per rewrite, not one
    # per subprogram); jit skips it; check finds the ninth frame (replayed)
    rc, out, err = _run(capsys, "xlate", "--timeout", "120", path)
    assert rc in (0, 3) and "too many subprograms" in err, err
    assert rc == 3 or out.count("exit") == 10_000
    rc, out, err = _run(capsys, "jit", "--timeout", "120", path)
    assert rc == 1 and "too many subprograms" in err
    rc, out, err = _run(capsys, "check", "--timeout", "120", "--json", path)
    assert rc == 1 and '"verdict": "unsafe"' in out and "call stack of 9 frames" in out
    assert '"linux 6.1": "rejected: too many subprograms"' in out


def test_ten_thousand_labels(tmp_path, capsys):
    """10,000 labels, each jumped to by the previous instruction."""
    lines = [".program p section=xdp", "    r0 = 0"]
    for k in range(10_000):
        lines += [f"    goto l{k}", f"l{k}:", "    r0 += 1"]
    lines += ["    exit"]
    path = _write(tmp_path, "labels.bpf.s", "\n".join(lines) + "\n")
    rc, out, err = _run(capsys, "run", path)
    assert rc == 0 and out == "r0 = 0x2710 (10000)\n"
    rc, out, err = _run(capsys, "--debug", "verify", "--json", path)
    assert rc == 0 and '"verdict": "accepted"' in out
    # every `goto l` is a `goto +0`: opt_remove_nops drops all 10,000 at once, then the JIT
    rc, out, err = _run(capsys, "--debug", "xlate", "--timeout", "120", path)
    assert (rc, out.count("goto"), out.count("r0 += 1")) == (0, 0, 10_000), err
    rc, out, err = _run(capsys, "--debug", "jit", "--hex-only", "--timeout", "120", path)
    assert rc == 0 and len(out.split()[1]) > 2 * 4 * 10_000, err
    rc, out, err = _run(capsys, "--debug", "check", "--timeout", "120", "--json", path)
    assert rc in (0, 3) and ('"verdict": "safe"' in out or "time limit" in out), (out, err)
