"""`bpfsmt verify FILE...`: would Linux 6.1 accept each program, and with which message?

Exit: 0 all accepted, 1 any rejected, 2 bad input, 3 a program's --timeout or --max-memory
reached (UNKNOWN with the reason). `--json` rows carry program, section,
accepted, errno, message (the kernel's error line), insn, rule, processed_insns.
"""
from __future__ import annotations

import os
import sys

from bpfsmt.grammar.loader import load
from bpfsmt.solver.budget import time_limit
from bpfsmt.solver.verifier import verify
from bpfsmt.spec.errors import InputError
from bpfsmt.spec.insn import SourceLoc

TABLE_KEYS = ("file", "program", "section", "verdict", "rule", "insn", "message",
              "processed_insns", "time")


def _job(item):
    """One program (top-level for the process pool)."""
    path, fmt, prog_name, rules, timeout, log_level = item
    pfile = load(path, fmt)
    with time_limit(timeout):            # LimitReached: UNKNOWN in this job's row
        return verify(pfile, pfile.program(prog_name), rules=rules, log_level=log_level)


def _row(path, res, full: bool) -> dict:
    row = {"file": os.path.basename(path), **res.to_json()}
    row["verdict"] = "accepted" if res.accepted else "rejected"
    row["time"] = res.seconds
    if full:
        row.pop("log", None) if not res.log else None
        if res.verifier_log:
            row["verifier_log"] = res.verifier_log
        return row
    return {k: row.get(k) for k in TABLE_KEYS}


def main(args) -> int:
    from bpfsmt.spec.rules import get_ruleset
    try:
        get_ruleset(args.rules)
    except KeyError as e:
        raise InputError(str(e.args[0]), SourceLoc("--rules", 0, 0)) from None
    from bpfsmt.selection import select
    items, loaded = [], {}
    for t in select(args.files, args.program, args.format):    # InputError -> exit 2
        loaded[t.path] = t.pfile
        for p in t.programs:
            items.append((t.path, args.format, p.name, args.rules,
                          getattr(args, "timeout", None), getattr(args, "log_level", 0) or 0))
    if not items:
        print("bpfsmt verify: no programs to verify", file=sys.stderr)
        return 2
    from bpfsmt.cli import EXIT_FAIL, EXIT_OK, worst_exit
    from bpfsmt.execution import JobFailure, run_batch
    from bpfsmt.report import emit, failure_row
    batch = run_batch(items, _job, args, "verifying")
    full = bool(getattr(args, "json", False) or getattr(args, "csv", False))
    if getattr(args, "log_level", 0) and not full:
        for it, r in batch.done():
            if not isinstance(r, JobFailure):
                print(f"=== {it[0]}:{it[2]} (log_level {args.log_level}) ===")
                print(r.verifier_log, end="" if r.verifier_log.endswith("\n") else "\n")
    emit([failure_row(it[0], it[2], r) if isinstance(r, JobFailure) else _row(it[0], r, full)
          for it, r in batch.done()], args)
    verified = [(it, r) for it, r in batch.done() if not isinstance(r, JobFailure)]
    if getattr(args, "explain", None):
        _explain(args.explain, verified, loaded)
    return batch.exit(worst_exit(
        r.exit_code if isinstance(r, JobFailure) else EXIT_OK if r.accepted else EXIT_FAIL
        for _, r in batch.done()))


def _explain(out_dir, verified, loaded):
    from bpfsmt.explain import write_batch
    write_batch(out_dir, "verify", (
        (it[0], loaded[it[0]].program(it[2]),
         dict(path=sorted(r.seen or ()) or None, fault_slot=None if r.accepted else r.insn))
        for it, r in verified))
