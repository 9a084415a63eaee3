"""`bpfsmt conformance DIR_OR_FILE...`: run bpf_conformance `.data` tests on the executor.

A test passes when the run ends without a fault and r0 equals `-- result` (all 64 bits), or,
for a test with `-- error`, when assembling or running fails (bpfsmt's messages are its own,
so the upstream error text is not compared). Prints one line per file (only the
failures with --summary) and a total `N passed, M failed`; exit 0 iff nothing failed.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import Optional

from bpfsmt.grammar.ubpf import parse_ubpf_insns, read_conformance
from bpfsmt.solver.concrete.exec import ExecInputs, execute
from bpfsmt.spec.errors import InputError


@dataclass
class Outcome:
    path: str
    passed: bool
    detail: str
    r0: Optional[int] = None


def run_case(path: str) -> Outcome:
    """Run one `.data` file; a malformed file is a failure with the parse error as detail."""
    try:
        case = read_conformance(path)
    except InputError as e:
        if _expects_error(path):  # upstream negative tests: the assembler must refuse
            return Outcome(path, True, f"refused as expected: {e.message}")
        return Outcome(path, False, f"input error: {e}")
    # upstream always passes a buffer: an empty one when the test has no `-- mem`
    mem = case.mem if case.mem is not None else b""
    res = execute(case.program_file, case.program, ExecInputs(mem=mem, runtime="ubpf"))
    if case.error is not None:
        if res.fault is not None:
            return Outcome(path, True, f"failed as expected: {res.fault.message}")
        return Outcome(path, False, f"expected error {case.error!r}, got r0={res.r0:#x}")
    if res.fault is not None:
        f = res.fault
        loc = res.fault_insn.loc if res.fault_insn is not None else ""
        return Outcome(path, False, f"{loc}: fault at insn {f.slot} [{f.rule}] {f.message}")
    if case.expected is None:
        return Outcome(path, False, "no '-- result' or '-- error' section")
    if res.r0 != case.expected:
        return Outcome(path, False, f"r0={res.r0:#x}, expected {case.expected:#x}", res.r0)
    return Outcome(path, True, f"r0={res.r0:#x}", res.r0)


def warm() -> None:
    """Build the assembler's parser once, before the jobs fork."""
    parse_ubpf_insns("exit")


def _expects_error(path: str) -> bool:
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return any("--" in ln.split("#")[0] and "error" in ln.split("#")[0] for ln in f)
    except OSError:
        return False


def collect(paths: list[str]) -> list[str]:
    out = []
    for p in paths:
        if os.path.isdir(p):
            out += sorted(os.path.join(p, n) for n in os.listdir(p) if n.endswith(".data"))
        elif os.path.exists(p):
            out.append(p)
        else:
            raise InputError("no such file or directory", _loc(p))
    return out


def _loc(p):
    from bpfsmt.spec.insn import SourceLoc
    return SourceLoc(p, 0, 0)


def _job(item) -> Outcome:
    """One file within the time limit (LimitReached: UNKNOWN in its line)."""
    from bpfsmt.spec.deadline import time_limit
    path, timeout = item
    with time_limit(timeout):
        return run_case(path)


def main(args) -> int:
    from bpfsmt.execution import JobFailure, run_batch
    files = collect(args.paths)
    if not files:
        raise InputError("no .data files found", _loc(args.paths[0]))
    timeout = getattr(args, "timeout", None)
    batch = run_batch([(f, timeout) for f in files], _job, args, "conformance", warm=warm)
    passed = failed = 0
    for (f, _), o in batch.done():
        if isinstance(o, JobFailure):     # killed at its limit, or the worker died
            o = Outcome(f, False, f"{o.verdict}: {o.reason}")
        if o.passed:
            passed += 1
            if not args.summary:
                print(f"PASS {f}: {o.detail}")
        else:
            failed += 1
            print(f"FAIL {f}: {o.detail}")
    print(f"{passed} passed, {failed} failed")
    sys.stdout.flush()
    return batch.exit(0 if failed == 0 else 1)
