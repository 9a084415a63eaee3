"""`bpfsmt prove`: list the theorems, prove each one, refute each of its mutants."""
from __future__ import annotations

import json

from bpfsmt.execution import JobFailure, run_batch
from bpfsmt.proofs.registry import Outcome, TheoremReport, all_theorems, run_check


def _cex_lines(cex, indent: int) -> str:
    """A counterexample as indented text (listings stay listings); --json keeps the data."""
    from bpfsmt.story import render_value
    return "\n".join(render_value(cex, indent))


def _job(key: tuple) -> Outcome:
    """One check: (theorem, None) for the theorem, (theorem, mutant) for a mutant."""
    return run_check(*key)


def _reports(theorems, batch) -> list[TheoremReport]:
    """Reassemble each theorem from its checks; a check that ran out of time or memory, or whose
    worker died, is UNKNOWN with the reason (so the theorem does not hold)."""
    got = {k: Outcome.unknown(r.reason) if isinstance(r, JobFailure) else r
           for k, r in batch.done()}
    return [TheoremReport(t, got[(t.name, None)], [(m, got[(t.name, m.name)]) for m in t.mutants])
            for t in theorems
            if (t.name, None) in got and all((t.name, m.name) in got for m in t.mutants)]


def main(args) -> int:
    theorems = all_theorems()
    kernel = getattr(args, "kernel", None)
    if kernel:
        theorems = [t for t in theorems if kernel in t.kernels]
    if args.names:
        wanted = set(args.names)
        if kernel:      # a group's per-kernel twin comes with it ("range" -> also "range-6.12")
            wanted |= {f"{n}-{kernel}" for n in args.names}
        theorems = [t for t in theorems if t.name in wanted or t.issue in wanted]
        found = {t.name for t in theorems} | {t.issue for t in theorems}
        missing = {n for n in args.names if n not in found and f"{n}-{kernel}" not in found}
        if missing:
            from bpfsmt.spec.errors import InputError
            raise InputError(f"no theorem named {', '.join(sorted(missing))}")
    if args.list:
        for t in theorems:
            print(f"{t.name:32} [{t.issue}; {','.join(t.kernels)}] {t.statement}")
            for m in t.mutants:
                print(f"    mutant {m.name}: {m.description}")
        return 0
    if not theorems:
        print("no theorems registered")
        return 1
    keys = [(t.name, None) for t in theorems] + \
        [(t.name, m.name) for t in theorems for m in t.mutants]
    # a check is one Z3 query: --timeout is enforced by killing its job (execution layer)
    args.job_timeout = min(args.job_timeout, args.timeout)
    batch = run_batch(keys, _job, args, "proving")
    reports = _reports(theorems, batch)
    ok_all = True
    rows = []
    total = 0.0
    for rep in reports:
        t = rep.theorem
        total += rep.outcome.seconds + sum(mo.seconds for _, mo in rep.mutants)
        ok_all &= rep.ok
        o = rep.outcome
        if args.json:
            rows.append({"theorem": t.name, "issue": t.issue, "kernels": list(t.kernels),
                         "statement": t.statement,
                         "status": o.status, "seconds": round(o.seconds, 3), "reason": o.reason,
                         "counterexample": o.counterexample,
                         "mutants": [{"name": m.name, "status": mo.status, "replayed": mo.replayed,
                                      "seconds": round(mo.seconds, 3), "reason": mo.reason,
                                      "counterexample": mo.counterexample} for m, mo in rep.mutants],
                         "ok": rep.ok})
            continue
        mark = "ok  " if rep.ok else "FAIL"
        print(f"{mark} {t.name}: {o.status.upper()} ({o.seconds:.2f}s) — {t.statement}")
        if o.status != "proved":
            print(f"       {o.reason or ''}")
            if o.counterexample:
                print("       counterexample:")
                print(_cex_lines(o.counterexample, 9))
        if not rep.mutants:
            print("       no mutant: a theorem without a mutant does not count")
        for m, mo in rep.mutants:
            good = mo.status == "refuted" and mo.counterexample is not None and mo.replayed is not False
            rp = {True: ", replayed", False: ", REPLAY DISAGREES", None: ""}[mo.replayed]
            print(f"       {'refuted' if good else 'NOT REFUTED'} mutant {m.name} ({mo.seconds:.2f}s{rp})"
                  f" — {m.description}")
            if mo.counterexample is not None:
                print("         counterexample:")
                print(_cex_lines(mo.counterexample, 11))
            elif mo.reason:
                print(f"         {mo.reason}")
    if args.json:
        for r in rows:
            print(json.dumps(r, default=str))
    else:
        print(f"{'all theorems hold' if ok_all else 'SOME THEOREMS FAIL'} ({len(reports)} "
              f"theorems, {total:.1f}s)")
    return batch.exit(0 if ok_all else 1)
