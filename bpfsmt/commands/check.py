"""`bpfsmt check FILE...`: is each program safe? (Z3 over every path, replayed counterexamples)

Exit: 0 all safe, 1 any unsafe, 3 any unknown (and none unsafe), 2 bad input.

Beside the semantic verdict, each program also goes through the verifier model of `--kernel`
(6.1 by default, or 6.12; it is cheap),
and the report names the difference when the two answers disagree: a program the rules accept
that is unsafe is a counterexample to a verifier rule; a safe program they reject is a precision
gap. Finding those is one of the jobs this tool is for ("two questions, kept apart").
"""
from __future__ import annotations

import os
import sys

from bpfsmt.grammar.loader import load
from bpfsmt.spec.deadline import time_limit
from bpfsmt.solver.symbolic.checker import check
from bpfsmt.solver.verifier import verify
from bpfsmt.solver.verifier.btf import may_hold_btf_pointers, with_probe_mem
from bpfsmt.spec.errors import InputError
from bpfsmt.spec.insn import SourceLoc


def probe_loads(pfile, program, kernel: str = "6.1"):
    """`program` as the kernel runs it: the loads the verifier model types through a BTF pointer
    are BPF_PROBE_MEM (`check` reads them as kernel memory that never faults); the model runs
    only when the program may hold such a pointer. A load it does not reach stays as it is (a
    load through a kernel pointer is then UNKNOWN). benchmarks/corpus.py checks programs so."""
    if not may_hold_btf_pointers(pfile, program):
        return program
    from bpfsmt.spec.rules import get_ruleset
    return with_probe_mem(program, verify(pfile, program,
                                          rules=get_ruleset("6.1").for_kernel(kernel)).probe_mem)


TABLE_KEYS = ("file", "program", "section", "verdict", "rule", "insn", "message", "replayed",
              "obligations", "time", "linux", "finding")


def finding(verdict: str, accepted, kernel: str = "6.1", in_program: str = "") -> str:
    """Name what a disagreement between `check` and the kernel's model means. A fault in a
    tail-call target is no claim about the caller's verification: the kernel verifies each
    program on its own."""
    if accepted is None:
        return ""
    if verdict == "unsafe" and in_program:
        return f"the fault is in tail-call target {in_program}, which {kernel} verifies on its own"
    if verdict == "unsafe" and accepted:
        return f"rule counterexample: {kernel} accepts an unsafe program"
    if verdict == "safe" and not accepted:
        return f"precision gap: {kernel} rejects a safe program"
    return ""


def _row(path, res, full: bool, ver=None, kernel: str = "6.1") -> dict:
    row = {"file": os.path.basename(path), **res.to_json()}
    if ver is not None:
        row[f"linux {kernel}"] = "accepted" if ver.accepted else f"rejected: {ver.message}"
        row["finding"] = finding(res.verdict, ver.accepted, kernel, res.in_program)
        if full:
            row[f"linux_{kernel.replace('.', '_')}"] = ver.to_json()
    row["time"] = res.seconds
    if res.in_program and not full:
        row["insn"] = f"{res.insn} of {res.in_program}"
    if res.verdict == "unsafe" and res.replayed is False:
        row["message"] = f"{res.message} [REPLAY DISAGREED]"
    if res.verdict == "unknown":
        row["message"] = res.reason
    if full:
        return row
    return {(f"linux {kernel}" if k == "linux" else k): row.get(f"linux {kernel}" if k == "linux" else k)
            for k in TABLE_KEYS}


def _job(item):
    """One program (top-level for the process pool)."""
    from bpfsmt.spec.rules import get_ruleset
    path, fmt, prog_name, timeout, ob_timeout, loop_bound, rules, kernel = item
    with time_limit(timeout):     # the replay and the 6.1 comparison stay within it too
        pfile = load(path, fmt, kernel=kernel)
        prog = pfile.program(prog_name)
        try:
            ver = verify(pfile, prog, rules=get_ruleset("6.1").for_kernel(kernel))
        except Exception:  # noqa: BLE001 - the comparison is extra information, never the verdict
            ver = None
        # loads through BTF pointers run as the verifier leaves them: BPF_PROBE_MEM
        run = with_probe_mem(prog, ver.probe_mem) if ver is not None else prog
        res = check(pfile, run, timeout=timeout, obligation_timeout=ob_timeout,
                    loop_bound=loop_bound, rules=rules)
    return res, ver


def main(args) -> int:
    from bpfsmt.commands.verify import parse_kernels
    from bpfsmt.selection import select
    kernels = parse_kernels(getattr(args, "kernel", None))
    if len(kernels) != 1:
        raise InputError("check compares with one kernel: --kernel 6.1 or 6.12", SourceLoc("--kernel", 0, 0))
    items, loaded = [], {}
    for t in select(args.files, args.program, args.format, args.timeout, kernels[0]):    # InputError: exit 2
        loaded[t.path] = t.pfile
        for p in t.programs:
            items.append((t.path, args.format, p.name, args.timeout,
                          getattr(args, "obligation_timeout", None), args.loop_bound, args.rules,
                          kernels[0]))
    if not items:
        print("bpfsmt check: no programs to check", file=sys.stderr)
        return 2
    from bpfsmt.cli import EXIT_FAIL, EXIT_OK, EXIT_UNKNOWN, worst_exit
    from bpfsmt.execution import JobFailure, run_batch
    from bpfsmt.report import emit, failure_row
    batch = run_batch(items, _job, args, "checking")
    checked = [(it, *pair) for it, pair in batch.done() if not isinstance(pair, JobFailure)]
    full = bool(getattr(args, "json", False) or getattr(args, "csv", False))
    rows = [failure_row(it[0], it[2], pair) if isinstance(pair, JobFailure)
            else _row(it[0], pair[0], full, pair[1], kernels[0]) for it, pair in batch.done()]
    if not full and not any(r.get("finding") for r in rows):
        for r in rows:            # keep the table narrow when the two answers agree
            r.pop("finding", None)
    emit(rows, args)
    if not full and not getattr(args, "no_story", False):
        _stories(checked, loaded)
    for _, r, _ in checked:
        if r.verdict == "unsafe" and r.replayed is False:
            print(f"bpfsmt check: WARNING: replay disagreed for {r.program} (a bug in bpfsmt): "
                  f"{r.replay_note}", file=sys.stderr)
    if getattr(args, "explain", None):
        _explain(args.explain, checked, loaded)
    by_verdict = {"unsafe": EXIT_FAIL, "unknown": EXIT_UNKNOWN}
    return batch.exit(worst_exit(
        p.exit_code if isinstance(p, JobFailure) else by_verdict.get(p[0].verdict, EXIT_OK)
        for _, p in batch.done()))


def _stories(checked, loaded) -> None:
    """Each UNSAFE verdict as a story a person reads: where, the path, the inputs, the replay."""
    from bpfsmt.story import counterexample_story
    for it, r, _ in checked:
        if r.verdict == "unsafe":
            pfile = loaded[it[0]]
            print()
            print("\n".join(counterexample_story(it[0], pfile, pfile.program(it[2]), r)))


def _explain(out_dir, checked, loaded):
    from bpfsmt.explain import write_batch
    write_batch(out_dir, "check", (
        (it[0], loaded[it[0]].program(it[2]),
         dict(path=r.path or None, fault_slot=r.insn if r.verdict == "unsafe" else None,
              regs=r.regs or None))
        for it, r, _ in checked))
