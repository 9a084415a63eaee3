"""`verify` and `check` over every program of the ebpf-samples corpus, beside PREVAIL.

Each program is one job of bpfsmt.execution (its own process, local pool or Ray with --cluster)
with a wall-clock limit, so a hang or a memory blow-up in one program is killed and recorded as
"timeout" instead of stopping the run; the job's peak RSS (VmHWM) is the memory figure,
comparable to PREVAIL's per-program maximum. The engine is imported once before the forks
(its import is the process's start-up, not a program's verification).
Python exceptions from our engines are recorded as "internal error: <exception>" - they are bugs.

Usage: python benchmarks/corpus.py [--only verify|check] [--verify-limit S] [--check-limit S]
         [--jobs N] [--cluster ADDRESS] [--limit N] [--filter SUBSTR] [--out benchmarks/corpus_results.json]
         [--merge] [--rerun] [--accepted-by RESULTS] [--clock wall|cpu] [--wall-limit S]
Every row carries the commit it was measured at. SIGINT or SIGTERM stops a run (also one started
in the background) and keeps the rows that finished; `--rerun` then runs the rest.
Prints a summary table with ratios to PREVAIL's figures (corpus README) and the agreement of
`verify` with the real 6.1 kernel on the corpus programs the oracle could load
(tests/data/corpus_oracle.jsonl). No assertions: numbers are reported.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import signal
import statistics
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BPFSMT_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus" / "ebpf-samples"
ORACLE = ROOT / "tests" / "data" / "corpus_oracle.jsonl"

# PREVAIL on this machine kind (corpus README): 585 programs
LOAD_ALLOWANCE = 10.0      # seconds a job may spend loading its object, beyond the engine limit
PREVAIL = {"programs": 585, "total_s": 118.0, "median_s": 0.026, "p90_s": 0.49, "max_s": 2.6,
           "peak_mb": 222.0}


def _vmhwm_mb(pid: str = "self") -> float | None:
    """Peak resident set of a process in MB (Linux /proc VmHWM)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return None


def _where(e: BaseException) -> str:
    tb = traceback.extract_tb(e.__traceback__)
    if not tb:
        return ""
    fr = tb[-1]
    return f" at {os.path.relpath(fr.filename, ROOT) if fr.filename.startswith(str(ROOT)) else fr.filename}:{fr.lineno} in {fr.name}"


def enumerate_programs(corpus: Path) -> tuple[list[dict], list[dict]]:
    """(programs, load failures); programs are {file, index, prog, section, insns}."""
    from bpfsmt.grammar import load
    from bpfsmt.spec.errors import InputError
    progs, failed = [], []
    for path in sorted(glob.glob(str(corpus / "**" / "*.o"), recursive=True)):
        rel = os.path.relpath(path, corpus)
        try:
            pf = load(path)
        except InputError as e:
            failed.append({"file": rel, "error": str(e).splitlines()[0]})
            continue
        except Exception as e:  # noqa: BLE001 - a loader crash is a bug, reported
            failed.append({"file": rel, "error": f"internal error: {type(e).__name__}: {e}"
                                                 f"{_where(e)}"})
            continue
        for i, p in enumerate(pf.programs):
            progs.append({"file": rel, "index": i, "prog": p.name, "section": p.section,
                          "insns": p.slot_count()})
    return progs, failed


def corpus_job(task: tuple) -> dict:
    """One program, in its job process: load the object, run one engine, return the row."""
    item, mode, limit, corpus, wall_limit, clock = task
    out: dict = dict(item)
    try:
        from bpfsmt.grammar import load
        t0 = time.perf_counter()
        pf = load(os.path.join(corpus, item["file"]))
        prog = pf.programs[item["index"]]
        out["load_s"] = round(time.perf_counter() - t0, 4)
        t0, c0 = time.perf_counter(), time.process_time()
        if mode == "verify":
            from bpfsmt.solver.verifier import verify
            r = verify(pf, prog)
            out.update(verdict="accepted" if r.accepted else "rejected", errno=r.errno,
                       message=r.message, rule=r.rule, insn=r.insn,
                       processed_insns=r.processed_insns)
        else:
            from bpfsmt.solver.symbolic.checker import check
            from bpfsmt.commands.check import probe_loads
            # as `bpfsmt check` runs it: loads the verifier typed through a BTF pointer are
            # probe reads (the verifier model runs only for programs that may hold one)
            prog = probe_loads(pf, prog)
            # the checker's own budget is the limit on the figures' clock; its wall safety net
            # stays below the job's wall kill so it can still say UNKNOWN
            if clock == "cpu":
                r = check(pf, prog, timeout=limit, clock="cpu", wall_timeout=wall_limit * 0.9)
            else:
                r = check(pf, prog, timeout=max(1.0, wall_limit * 0.75))
            out.update(verdict=r.verdict, message=r.message, rule=r.rule, insn=r.insn,
                       reason=r.reason or None, obligations=r.obligations, replayed=r.replayed)
        out["seconds"] = round(time.perf_counter() - t0, 4)
        out["cpu_s"] = round(time.process_time() - c0, 4)
        if out["seconds"] > limit:
            out["over_limit"] = True
    except Exception as e:  # noqa: BLE001 - any exception from our engines is a bug to report
        out["seconds"] = round(time.perf_counter() - t0, 4) if "t0" in locals() else None
        first = (str(e).splitlines() or [""])[0][:300]
        out["verdict"] = "internal error"
        out["error"] = f"internal error: {type(e).__name__}: {first}{_where(e)}"
    out["peak_mb"] = _vmhwm_mb()
    return out


def warm_verify() -> None:
    """The verifier's import, once before the forks: a process's start-up, not a program's
    verification (PREVAIL's per-program figures do not count its start-up either)."""
    import bpfsmt.solver.verifier  # noqa: F401


def failure_row(item: dict, failure, limit: float) -> dict:
    """The row of a program whose job was killed at its limit (timeout), ran out of memory or
    whose process died (internal error)."""
    from bpfsmt.execution import MEMORY, TIMEOUT
    if failure.kind == TIMEOUT:
        return dict(item, verdict="timeout", seconds=limit, cpu_s=limit, peak_mb=None)
    if failure.kind == MEMORY:
        return dict(item, verdict="out of memory", seconds=None, peak_mb=None,
                    error=failure.reason)
    return dict(item, verdict="internal error", seconds=None, peak_mb=None, error=failure.reason)


def run_programs(progs: list[dict], mode: str, limit: float, corpus: str, wall_limit=None,
                 clock: str = "wall", **exec_options):
    """Every program as a job of bpfsmt.execution (local pool, or Ray with cluster=...), each
    killed at `wall_limit` (default `limit`) seconds plus LOAD_ALLOWANCE for loading the object;
    `check` itself stops at `limit` seconds on `clock` ("wall" or "cpu")."""
    from bpfsmt.execution import Interrupted, JobFailure, Limits, run_jobs

    def rows(got):
        return [failure_row(p, r, limit) if isinstance(r, JobFailure) else r
                for p, r in zip(progs, got) if r is not None]
    limits = Limits((wall_limit or limit) + LOAD_ALLOWANCE, exec_options.pop("max_memory", None))
    try:
        return rows(run_jobs([(p, mode, limit, corpus, wall_limit or limit, clock) for p in progs],
                             corpus_job, limits=limits, label=mode,
                             warm=warm_verify if mode == "verify" else None, **exec_options))
    except Interrupted as stop:
        raise Interrupted(rows(stop.results)) from None


def _pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(len(xs) * q))] if xs else 0.0


def summarize(rows: list[dict], mode: str, limit: float = None, clock: str = "wall") -> dict:
    """The figures on `clock`: "wall" (perf_counter) or "cpu" (the job's process time, what
    a program costs whatever else the machine runs); over `limit` on that clock is a timeout."""
    from collections import Counter
    c = Counter(r["verdict"] for r in rows)
    key = "cpu_s" if clock == "cpu" else "seconds"
    secs = [r[key] for r in rows if r.get(key) is not None]
    mems = [r["peak_mb"] for r in rows if r.get("peak_mb") is not None]
    slowest = max(rows, key=lambda r: r.get(key) or 0.0, default=None)
    fattest = max(rows, key=lambda r: r.get("peak_mb") or 0.0, default=None)
    s = {"mode": mode, "clock": clock, "programs": len(rows), "counts": dict(c),
         "over_limit": sum(1 for r in rows if r["verdict"] == "timeout" or
                           (limit is not None and (r.get(key) or 0) > limit)),
         "total_s": round(sum(secs), 2),
         "median_s": round(statistics.median(secs), 4) if secs else None,
         "p90_s": round(_pct(secs, 0.9), 4) if secs else None,
         "max_s": round(max(secs), 3) if secs else None,
         "slowest": f"{slowest['file']} {slowest['prog']}" if slowest else None,
         "peak_mb": round(max(mems), 1) if mems else None,
         "peak_program": f"{fattest['file']} {fattest['prog']}" if fattest else None}
    s["ratio_to_prevail"] = {k: (round(s[k] / PREVAIL[k], 2) if s[k] else None)
                             for k in ("total_s", "median_s", "p90_s", "max_s", "peak_mb")}
    return s


def is_decided(row: dict, mode: str, limit: float, clock: str = "wall") -> bool:
    """A verdict (SAFE/UNSAFE, accepted/rejected) within `limit` seconds on `clock`."""
    verdicts = ("safe", "unsafe") if mode == "check" else ("accepted", "rejected")
    return row["verdict"] in verdicts and \
        (row.get("cpu_s" if clock == "cpu" else "seconds") or 0) <= limit


def commit_of(root: Path) -> str | None:
    """The commit the engines run at (short hash, "+dirty" with uncommitted changes to the code;
    the results files do not count), or None outside a git checkout."""
    import subprocess
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "diff", "--quiet", "HEAD", "--", ".",
                                ":!benchmarks/*.json"]).returncode != 0
    except (OSError, subprocess.CalledProcessError):
        return None
    return head + ("+dirty" if dirty else "")


def save(results: dict, path: str) -> None:
    """Write the results whole or not at all (a stop while writing keeps the old file)."""
    with open(path + ".tmp", "w") as f:
        json.dump(results, f, indent=1)
    os.replace(path + ".tmp", path)


def check_figures(rows: list[dict], limit: float, clock: str = "wall") -> dict:
    """What `check` decided: SAFE or UNSAFE within `limit` seconds on `clock`, the share of
    all programs, every UNSAFE the executor did not replay, and the UNKNOWN reasons (program
    specifics such as instruction numbers folded away so alike reasons count together)."""
    import re
    from collections import Counter
    decided = [r for r in rows if is_decided(r, "check", limit, clock)]
    reasons = Counter()
    for r in rows:
        if r in decided:
            continue
        why = r.get("reason") or r.get("error") or r.get("message") or r["verdict"]
        if r["verdict"] in ("safe", "unsafe"):
            why = f"decided after the {limit:g} s limit"
        reasons[re.sub(r"\d+(\.\d+)?", "N", why)] += 1
    return {"decided": len(decided), "share_decided": round(len(decided) / len(rows), 3)
            if rows else None,
            "safe": sum(1 for r in decided if r["verdict"] == "safe"),
            "unsafe": sum(1 for r in decided if r["verdict"] == "unsafe"),
            "unsafe_not_replayed": [{"file": r["file"], "prog": r["prog"], "rule": r.get("rule"),
                                     "insn": r.get("insn")} for r in rows
                                    if r["verdict"] == "unsafe" and r.get("replayed") is not True],
            "unknown_reasons": dict(reasons.most_common())}


def kernel_agreement(rows: list[dict]) -> dict:
    """Compare verify verdicts with the oracle's on the programs the real kernel could load."""
    if not ORACLE.exists():
        return {"available": False}
    labels = {}
    for line in ORACLE.read_text().splitlines():
        if not line.strip():
            continue
        o = json.loads(line)
        if o.get("libbpf_error") or o.get("prog") is None or o.get("accepted") is None:
            continue
        labels[(o["file"], o["prog"])] = o
    by_key = {(r["file"], r["prog"]): r for r in rows}
    agree, disagree, missing = 0, [], []
    for key, o in sorted(labels.items()):
        r = by_key.get(key)
        if r is None or r["verdict"] not in ("accepted", "rejected"):
            missing.append({"file": key[0], "prog": key[1],
                            "ours": r["verdict"] if r else "not run"})
            continue
        if (r["verdict"] == "accepted") == bool(o["accepted"]):
            agree += 1
        else:
            disagree.append({"file": key[0], "prog": key[1], "kernel": o["accepted"],
                             "kernel_error": o.get("first_error"), "ours": r["verdict"],
                             "message": r.get("message"), "rule": r.get("rule")})
    return {"available": True, "kernel_labelled": len(labels),
            "kernel_accepted": sum(1 for o in labels.values() if o["accepted"]),
            "compared": agree + len(disagree), "agree": agree, "disagree": disagree,
            "not_compared": missing}


def print_summary(summaries: list[dict], agreement: dict | None, out=sys.stdout) -> None:
    cols = ("programs", "over_limit", "total_s", "median_s", "p90_s", "max_s", "peak_mb")
    print(f"{'':10} " + " ".join(f"{c:>10}" for c in cols), file=out)
    print(f"{'PREVAIL':10} " + " ".join(f"{PREVAIL.get(c, '-'):>10}" for c in cols), file=out)
    for s in summaries:
        # rows kept from an older run (--merge) may lack a newer column
        print(f"{s['mode']:10} " + " ".join(f"{str(s.get(c, '-')):>10}" for c in cols), file=out)
        print(f"{'  ratio':10} {'':>10} {'':>10} " + " ".join(
            f"{str(s['ratio_to_prevail'][c]) + 'x':>10}" for c in cols[2:]), file=out)
    for s in summaries:
        print(f"{s['mode']}: " + ", ".join(f"{k} {v}" for k, v in sorted(s["counts"].items())),
              file=out)
        print(f"  slowest {s['slowest']} ({s['max_s']} s), peak memory {s['peak_program']} "
              f"({s['peak_mb']} MB)", file=out)
    if agreement and agreement.get("available"):
        a = agreement
        print(f"verify vs real kernel: {a['agree']}/{a['compared']} agree on the "
              f"{a['kernel_labelled']} corpus programs the 6.1 oracle loaded "
              f"({a['kernel_accepted']} accepted by the kernel); not compared: "
              f"{len(a['not_compared'])}", file=out)
        for d in a["disagree"]:
            print(f"  DISAGREE {d['file']} {d['prog']}: kernel "
                  f"{'accepts' if d['kernel'] else 'rejects'}, ours {d['ours']}: "
                  f"{d['message']} [{d['rule']}]", file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--verify-limit", type=float, default=20.0)
    ap.add_argument("--check-limit", type=float, default=20.0)
    ap.add_argument("--wall-limit", type=float,
                    help="kill a job after this many wall seconds (default: its limit); on a "
                         "loaded machine give more and judge on --clock cpu")
    ap.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                    help="the seconds the figures and the limit are on")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--cluster", help="run on Ray (auto, local, ray://HOST:PORT)")
    ap.add_argument("--max-memory", type=int, default=8192, help="MB per program")
    ap.add_argument("--only", choices=("verify", "check"))
    ap.add_argument("--limit", type=int, help="first N programs only")
    ap.add_argument("--filter", action="append",
                    help="only programs whose 'file prog section' contains SUBSTR (repeatable: any)")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "corpus_results.json"))
    ap.add_argument("--merge", action="store_true",
                    help="keep the other mode's rows from an existing --out file")
    ap.add_argument("--accepted-by", metavar="RESULTS",
                    help="only programs the verify rows of RESULTS (a corpus_results.json) accept")
    ap.add_argument("--rerun", action="store_true",
                    help="run only the programs whose rows in --out are missing or undecided "
                         "within the limit, and put their new rows (marked rerun) among the old")
    args = ap.parse_args(argv)
    # started in the background by a non-interactive shell, SIGINT comes ignored (and Python
    # then installs no KeyboardInterrupt): stop on SIGINT and SIGTERM alike, keeping the rows
    # that finished
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, signal.default_int_handler)
    from bpfsmt.execution import Interrupted
    try:
        return _run(args)
    except (KeyboardInterrupt, Interrupted):    # while enumerating or writing: no rows yet
        print("interrupted", file=sys.stderr)
        return 130


def _run(args) -> int:
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"corpus not found at {corpus}", file=sys.stderr)
        return 2

    # enumerate in a child so the parent stays small (its pages would count in every fork's RSS)
    from bpfsmt.execution import Interrupted, run_jobs
    progs, failed = run_jobs([corpus], enumerate_programs, jobs=1, quiet=True)[0]
    if args.filter:
        progs = [p for p in progs
                 if any(f in f"{p['file']} {p['prog']} {p['section']}" for f in args.filter)]
    if args.accepted_by:
        with open(args.accepted_by) as f:
            vrows = json.load(f)["modes"]["verify"]["rows"]
        ok = {(r["file"], r["index"]) for r in vrows if r["verdict"] == "accepted"}
        progs = [p for p in progs if (p["file"], p["index"]) in ok]
    scope = {(p["file"], p["index"]) for p in progs}     # the rows a --rerun keeps
    if args.limit is not None:
        progs = progs[:args.limit]
    commit = commit_of(ROOT)
    print(f"{len(progs)} programs, {len(failed)} objects do not load; engines at {commit}",
          file=sys.stderr, flush=True)

    results = {"corpus": str(corpus), "prevail": PREVAIL, "load_failures": failed,
               "settings": {}, "modes": {}}
    if (args.merge or args.rerun) and os.path.exists(args.out):
        with open(args.out) as f:
            old = json.load(f)
        results["modes"] = old.get("modes", {})
        results["settings"] = old.get("settings", {})
    modes = [args.only] if args.only else ["verify", "check"]
    for mode in modes:
        limit = args.verify_limit if mode == "verify" else args.check_limit
        kept = [r for r in results["modes"].get(mode, {}).get("rows", [])
                if (r["file"], r["index"]) in scope] if args.rerun else []
        todo = progs
        if args.rerun:
            done = {(r["file"], r["index"]) for r in kept
                    if is_decided(r, mode, limit, args.clock)}
            todo = [p for p in progs if (p["file"], p["index"]) not in done]
            print(f"{mode}: re-running {len(todo)} programs", file=sys.stderr)
        results["settings"][mode] = {
            "limit_s": limit, "clock": args.clock, "wall_limit_s": args.wall_limit,
            "jobs": args.jobs, "filter": args.filter, "accepted_by": args.accepted_by,
            "commit": commit, "load_average_at_start": round(os.getloadavg()[0], 1),
            **({"rerun": True} if args.rerun else {})}
        t0 = time.perf_counter()
        try:
            rows = run_programs(todo, mode, limit, str(corpus), wall_limit=args.wall_limit,
                                clock=args.clock, jobs=args.jobs,
                                cluster=args.cluster, max_memory=args.max_memory)
            partial = False
        except Interrupted as stop:            # keep what finished
            rows, partial = stop.results, True
        for r in rows:
            r["commit"] = commit
            if args.rerun:
                r["rerun"] = True
        if args.rerun:
            new = {(r["file"], r["index"]): r for r in rows}
            rows = [new.pop((r["file"], r["index"]), r) for r in kept] + list(new.values())
        if partial:
            results["modes"][mode] = {"partial": True, "rows": rows}
            save(results, args.out)
            print(f"interrupted: {len(rows)} {mode} rows kept in {args.out}", file=sys.stderr)
            return 130
        for r in rows:
            if r["verdict"] in ("internal error",):
                print(f"  {mode} {r['file']} {r['prog']}: {r.get('error')}", file=sys.stderr)
        rows.sort(key=lambda r: (r["file"], r["index"]))
        summary = summarize(rows, mode, limit, args.clock)
        summary["wall_s"] = round(time.perf_counter() - t0, 1)
        summary["limit_s"] = limit
        results["modes"][mode] = {"summary": summary, "rows": rows,
                                  "internal_errors": [
                                      {"file": r["file"], "prog": r["prog"], "error": r.get("error")}
                                      for r in rows if r["verdict"] == "internal error"]}
        if mode == "verify":
            results["modes"][mode]["kernel_agreement"] = kernel_agreement(rows)
        else:
            results["modes"][mode]["figures"] = check_figures(rows, limit, args.clock)
        save(results, args.out)                 # after each mode: a partial run is kept
    summaries = [results["modes"][m]["summary"] for m in ("verify", "check")
                 if m in results["modes"]]
    agreement = results["modes"].get("verify", {}).get("kernel_agreement")
    print_summary(summaries, agreement)
    return 0


if __name__ == "__main__":
    sys.exit(main())
