"""`bpfsmt verify FILE...`: would Linux 6.1 (or 6.12) accept each program, and with which message?

`--kernel 6.12` models Debian's 6.12 instead of 6.1; `--kernel 6.1,6.12` prints one row per
program with each kernel's verdict and first error, flags the programs whose outcome differs and
names the delta rule (spec/deltas.py) that makes the difference: the model is run again on the
newer kernel with each of its delta rules switched back to 6.1, and the rules whose removal gives
the older kernel's outcome are the answer.

Exit: 0 all accepted, 1 any rejected, 2 bad input, 3 a program's --timeout or --max-memory
reached (UNKNOWN with the reason); with several kernels, 0 only if every kernel accepts every
program. `--json` rows carry program, section,
accepted, errno, message (the kernel's error line), insn, rule, processed_insns.
"""
from __future__ import annotations

import os
import sys

from bpfsmt.grammar.loader import load
from bpfsmt.spec.deadline import time_limit
from bpfsmt.solver.verifier import verify
from bpfsmt.spec.errors import InputError
from bpfsmt.spec.insn import SourceLoc

TABLE_KEYS = ("file", "program", "section", "verdict", "rule", "insn", "message",
              "processed_insns", "time")


def _job(item):
    """One program (top-level for the process pool)."""
    from bpfsmt.spec.rules import get_ruleset
    path, fmt, prog_name, rules, timeout, log_level, kernels, unpriv = item
    with time_limit(timeout):            # LimitReached: UNKNOWN in this job's row
        pfile = load(path, fmt, kernel=kernels[0])
        return verify(pfile, pfile.program(prog_name), rules=get_ruleset(rules).for_kernel(kernels[0]),
                      log_level=log_level, unpriv=unpriv)


def _outcome(res) -> tuple:
    return (res.accepted, None if res.accepted else res.message)


def _cross_job(item):
    """One program on every kernel asked, and the delta rules behind a difference."""
    path, fmt, prog_name, rules, timeout, _log_level, kernels, unpriv = item
    from bpfsmt.spec.rules import get_ruleset
    base = get_ruleset(rules)
    with time_limit(timeout):
        return _cross(path, fmt, prog_name, base, kernels, unpriv)


def _verify_on(path, fmt, prog_name, rules, kernel, unpriv=False):
    """The object as libbpf relocates it for `kernel` (CO-RE, kfuncs), on that kernel's rules;
    an object libbpf cannot relocate for it is rejected there with libbpf's message."""
    from bpfsmt.solver.verifier.main import VerifyResult
    from bpfsmt.spec.errno import EINVAL
    try:
        pfile = load(path, fmt, kernel=kernel)
    except InputError as e:
        return VerifyResult(prog_name, "", False, EINVAL, e.message, log=[e.message],
                            rules=rules.name)
    return verify(pfile, pfile.program(prog_name), rules=rules, unpriv=unpriv)


def _select_any(select, args, kernels):
    """The programs of the inputs as the first kernel that can relocate them sees them (an
    object using 6.12's kfuncs still gets its 6.12 row, and libbpf's refusal on 6.1)."""
    for k in kernels[:-1]:
        try:
            return select(args.files, args.program, args.format, args.timeout, k)
        except InputError:
            continue
    return select(args.files, args.program, args.format, args.timeout, kernels[-1])


def _cross(path, fmt, prog_name, base, kernels, unpriv=False):
    results = [_verify_on(path, fmt, prog_name, base.for_kernel(k), k, unpriv) for k in kernels]
    deltas = []
    old = results[0]
    for k, new in zip(kernels[1:], results[1:]):
        if _outcome(new) == _outcome(old):
            continue
        rs = base.for_kernel(k)
        flips = [d for d in sorted(rs.kernel_rules - base.for_kernel(kernels[0]).kernel_rules)
                 if _outcome(_verify_on(path, fmt, prog_name, rs.without_kernel_rule(d), k, unpriv))
                 == _outcome(old)]
        if not flips:                # no single rule explains it: name it by its messages
            from bpfsmt.spec.deltas import explain_difference
            flips = [explain_difference(old.accepted, old.message, new.accepted, new.message)]
        deltas.append("+".join(flips))
    return results, deltas


def _cross_row(path, kernels, results, deltas) -> dict:
    row = {"file": os.path.basename(path), "program": results[0].program,
           "section": next((r.section for r in results if r.section), "")}
    for k, r in zip(kernels, results):
        row[f"verdict_{k}"] = "accepted" if r.accepted else "rejected"
        row[f"message_{k}"] = r.message if not r.accepted else None
    row["differs"] = "yes" if deltas else ""
    row["delta_rule"] = ", ".join(deltas) or None
    return row


def parse_kernels(spec: str) -> list[str]:
    """`--kernel 6.1`, `6.12` or `6.1,6.12` (bad names: exit 2)."""
    from bpfsmt.spec.kernels import KERNELS
    kernels = [k.strip() for k in (spec or "6.1").split(",") if k.strip()]
    bad = [k for k in kernels if k not in KERNELS]
    if bad or not kernels or len(set(kernels)) != len(kernels):
        raise InputError(f"unknown or repeated kernel in {spec!r}; known: {', '.join(KERNELS)}",
                         SourceLoc("--kernel", 0, 0))
    return kernels


def _row(path, res, full: bool) -> dict:
    row = {"file": os.path.basename(path), **res.to_json()}
    row["verdict"] = "accepted" if res.accepted else "rejected"
    row["time"] = res.seconds
    if full:
        row.pop("log", None) if not res.log else None
        if res.verifier_log:
            row["verifier_log"] = res.verifier_log
        return row
    if res.log and len(res.log) > 1 and res.log[-1] == res.message:
        row["message"] = "\n".join(res.log)      # the kernel's whole error block, not its last line
    return {k: row.get(k) for k in TABLE_KEYS}


def main(args) -> int:
    from bpfsmt.spec.rules import get_ruleset
    try:
        get_ruleset(args.rules)
    except KeyError as e:
        raise InputError(str(e.args[0]), SourceLoc("--rules", 0, 0)) from None
    kernels = parse_kernels(getattr(args, "kernel", None))
    from bpfsmt.selection import select
    items, loaded = [], {}
    for t in _select_any(select, args, kernels):    # InputError: exit 2
        loaded[t.path] = t.pfile
        for p in t.programs:
            items.append((t.path, args.format, p.name, args.rules,
                          getattr(args, "timeout", None), getattr(args, "log_level", 0) or 0, kernels,
                          bool(getattr(args, "unprivileged", False))))
    if not items:
        print("bpfsmt verify: no programs to verify", file=sys.stderr)
        return 2
    from bpfsmt.cli import EXIT_FAIL, EXIT_OK, worst_exit
    from bpfsmt.execution import JobFailure, run_batch
    from bpfsmt.report import emit, failure_row
    if len(kernels) > 1:
        batch = run_batch(items, _cross_job, args, "verifying")
        emit([failure_row(it[0], it[2], r) if isinstance(r, JobFailure) else _cross_row(it[0], kernels, *r)
              for it, r in batch.done()], args)
        return batch.exit(worst_exit(
            r.exit_code if isinstance(r, JobFailure) else
            EXIT_OK if all(x.accepted for x in r[0]) else EXIT_FAIL for _, r in batch.done()))
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
