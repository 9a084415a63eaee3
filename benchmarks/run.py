"""`make bench`: how fast is `bpfsmt check` (and `verify`), next to the kernel's own verifier?

1. Labelled programs (tests/oracle/*/labels.json, judged by the real 6.1 kernel): seconds per
   program for `check` (and `verify` when the verifier model is present) beside the kernel's
   `verification_time_usec` from the log's stats line, and the ratio.
2. Growth with program size: generated straight-line and branchy programs of 100 ... 10,000
   instructions; seconds, obligations, symbolic states visited, and peak Python memory
   (tracemalloc, measured in a separate run so it does not inflate the timings; Z3's own C++
   heap is reported as the process' max RSS).
Prints a table and writes benchmarks/results.json. No assertions: numbers are reported.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from bpfsmt.spec import insn as I                         # noqa: E402
from bpfsmt.spec.insn import Insn                         # noqa: E402
from bpfsmt.spec.program import Function, Program, ProgramFile   # noqa: E402


# ---------------------------------------------------------------------------------------------
def labelled(timeout: float, limit: int | None):
    from oracle_labels import FAMILIES, label_object_path, load_labels
    from bpfsmt.grammar.loader import load
    from bpfsmt.solver.symbolic.checker import check
    try:
        from bpfsmt.solver.verifier import verify
    except ImportError:
        verify = None
    rows, cache = [], {}
    for fam in FAMILIES:
        try:
            labels = load_labels(fam)
        except (OSError, ValueError):
            continue
        for lb in labels:
            if limit is not None and len(rows) >= limit:
                break
            path = label_object_path(lb)
            try:
                if path not in cache:
                    cache[path] = load(str(path))
                pf = cache[path]
                prog = pf.program(lb.prog)
            except Exception as e:  # noqa: BLE001 - an unreadable object is reported, not fatal
                rows.append({"family": fam, "program": lb.prog, "error": f"load: {e}"})
                continue
            t0 = time.perf_counter()
            try:
                res = check(pf, prog, timeout=timeout)
                verdict = res.verdict
            except Exception as e:  # noqa: BLE001
                verdict = f"error: {type(e).__name__}"
            t_check = time.perf_counter() - t0
            t_verify = None
            if verify is not None:
                t0 = time.perf_counter()
                try:
                    verify(pf, prog)
                except Exception:  # noqa: BLE001
                    pass
                t_verify = time.perf_counter() - t0
            k = lb.verification_time_usec
            if len(rows) % 50 == 0:
                print(f"  labelled: {len(rows)} programs", file=sys.stderr)
            rows.append({
                "family": fam, "program": lb.prog, "insns": prog.slot_count(),
                "kernel_accepted": lb.accepted, "check": verdict,
                "check_s": round(t_check, 5),
                "verify_s": None if t_verify is None else round(t_verify, 5),
                "kernel_us": k,
                "check_ratio": round(t_check * 1e6 / k, 1) if k else None,
                "verify_ratio": round(t_verify * 1e6 / k, 1) if k and t_verify else None,
            })
    return rows


# ---------------------------------------------------------------------------------------------
def gen_straight(n: int) -> ProgramFile:
    """ALU on three registers plus stack stores and loads (each load is an obligation)."""
    out = [Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_K, r, 0, 0, r) for r in (0, 2, 3)]
    i = 0
    while len(out) < n - 1:
        k = i % 6
        if k == 0:
            out.append(Insn.make(I.BPF_STX | I.BPF_MEM | I.BPF_DW, 10, 2, -8 * (1 + i % 32), 0))
        elif k == 1:
            out.append(Insn.make(I.BPF_LDX | I.BPF_MEM | I.BPF_DW, 3, 10, -8 * (1 + (i - 1) % 32), 0))
        elif k == 2:
            out.append(Insn.make(I.BPF_ALU64 | I.BPF_ADD | I.BPF_X, 0, 3, 0, 0))
        elif k == 3:
            out.append(Insn.make(I.BPF_ALU64 | I.BPF_MUL | I.BPF_K, 2, 0, 0, 3))
        elif k == 4:
            out.append(Insn.make(I.BPF_ALU | I.BPF_XOR | I.BPF_X, 3, 0, 0, 0))
        else:
            out.append(Insn.make(I.BPF_ALU64 | I.BPF_RSH | I.BPF_K, 0, 0, 0, 1))
        i += 1
    out.append(Insn.make(I.BPF_JMP | I.BPF_EXIT))
    return _pf(out, "socket_filter")


def gen_branchy(n: int) -> ProgramFile:
    """Diamonds on an input value (a helper result): each `if` splits the paths, the join
    merges them; stack reads in between keep obligations on every path."""
    out = [Insn.make(I.BPF_JMP | I.BPF_CALL, 0, 0, 0, 7),            # get_prandom_u32
           Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_X, 6, 0),
           Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_K, 7, 0, 0, 0),
           Insn.make(I.BPF_STX | I.BPF_MEM | I.BPF_DW, 10, 7, -8, 0)]
    i = 0
    while len(out) < n - 2:
        # if r6 & (1 << (i % 32)) goto +2; r7 += i; goto +1; r7 ^= r6; (join) r8 = *(fp-8)
        out += [Insn.make(I.BPF_JMP | I.BPF_JSET | I.BPF_K, 6, 0, 2, 1 << (i % 31)),
                Insn.make(I.BPF_ALU64 | I.BPF_ADD | I.BPF_K, 7, 0, 0, i),
                Insn.make(I.BPF_JMP | I.BPF_JA, 0, 0, 1, 0),
                Insn.make(I.BPF_ALU64 | I.BPF_XOR | I.BPF_X, 7, 6, 0, 0),
                Insn.make(I.BPF_LDX | I.BPF_MEM | I.BPF_DW, 8, 10, -8, 0)]
        i += 1
    out += [Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_X, 0, 7), Insn.make(I.BPF_JMP | I.BPF_EXIT)]
    return _pf(out, "socket_filter")


def _pf(insns, prog_type):
    p = Program("gen", "socket", insns, [Function("gen", 0)], prog_type=prog_type)
    return ProgramFile("<bench>", programs=[p])


def growth(sizes, timeout: float, memory: bool):
    from bpfsmt.solver.symbolic.checker import check
    rows = []
    for shape, gen in (("straight", gen_straight), ("branchy", gen_branchy)):
        for n in sizes:
            pf = gen(n)
            prog = pf.programs[0]
            t0 = time.perf_counter()
            res = check(pf, prog, timeout=timeout, loop_bound=8, max_steps=2_000_000)
            dt = time.perf_counter() - t0
            row = {"shape": shape, "insns": prog.slot_count(), "verdict": res.verdict,
                   "check_s": round(dt, 3), "obligations": res.obligations,
                   "states": res.states, "us_per_insn": round(dt * 1e6 / prog.slot_count(), 1)}
            if memory:
                tracemalloc.start()
                check(pf, prog, timeout=timeout, loop_bound=8, max_steps=2_000_000)
                _, peak = tracemalloc.get_traced_memory()
                tracemalloc.stop()
                row["peak_py_mb"] = round(peak / 2**20, 1)
            row["max_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
            rows.append(row)
            print(f"  {shape:8s} {row['insns']:6d} insns  {row['verdict']:7s} "
                  f"{row['check_s']:8.3f}s  {row.get('peak_py_mb', '-')} MB", file=sys.stderr)
    return rows


def _table(rows, cols, title):
    from rich.console import Console
    from rich.table import Table
    t = Table(title=title)
    for c in cols:
        t.add_column(c, justify="right" if c not in ("family", "program", "shape", "check",
                                                      "verdict") else "left")
    for r in rows:
        t.add_row(*["" if r.get(c) is None else str(r.get(c)) for c in cols])
    Console(width=160).print(t)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--sizes", default="100,300,1000,3000,10000")
    ap.add_argument("--limit", type=int, help="at most this many labelled programs")
    ap.add_argument("--no-memory", action="store_true")
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent / "results.json"))
    a = ap.parse_args(argv)
    lab = labelled(a.timeout, a.limit)
    ok = [r for r in lab if "check_s" in r]
    summary = {}
    if ok:
        ratios = [r["check_ratio"] for r in ok if r.get("check_ratio")]
        summary = {
            "labelled_programs": len(ok),
            "check_median_s": round(statistics.median(r["check_s"] for r in ok), 4),
            "check_max_s": round(max(r["check_s"] for r in ok), 3),
            "kernel_median_us": statistics.median(r["kernel_us"] for r in ok if r["kernel_us"])
            if any(r["kernel_us"] for r in ok) else None,
            "check_over_kernel_median_ratio": round(statistics.median(ratios), 1) if ratios else None,
            "verdicts": {v: sum(1 for r in ok if r["check"] == v)
                         for v in sorted({r["check"] for r in ok})},
        }
        vr = [r["verify_ratio"] for r in ok if r.get("verify_ratio")]
        if vr:
            summary["verify_median_s"] = round(statistics.median(r["verify_s"] for r in ok
                                                                 if r["verify_s"]), 4)
            summary["verify_over_kernel_median_ratio"] = round(statistics.median(vr), 1)
        _table(ok, ["family", "program", "insns", "kernel_accepted", "check", "check_s",
                    "verify_s", "kernel_us", "check_ratio", "verify_ratio"],
               "check / verify vs the 6.1 kernel verifier (labelled programs)")
    sizes = [int(x) for x in a.sizes.split(",") if x]
    gr = growth(sizes, a.timeout, not a.no_memory)
    _table(gr, ["shape", "insns", "verdict", "check_s", "us_per_insn", "obligations", "states",
                "peak_py_mb", "max_rss_mb"], "growth with program size")
    print(json.dumps(summary, indent=1))
    with open(a.out, "w") as f:
        json.dump({"summary": summary, "labelled": lab, "growth": gr,
                   "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}},
                  f, indent=1)
    print(f"wrote {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
