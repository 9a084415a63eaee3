"""How often does the induction of solver/symbolic/loops.py decide a loop on its own?

Every program of the corpus with a natural loop (a back jump whose target dominates it; most
back jumps of the corpus are shared exit blocks, not loops) and the loop programs of
tests/oracle/engines/loops.c are checked with `--loop-bound 0`, so that each loop is decided
by induction from its first trip instead of by unrolling, and with the default bound. Per
program it prints both verdicts, how many loops the induction decided and whether one lacked
an inductive invariant, in CPU seconds of this process. No assertions: figures are reported.

Usage: python benchmarks/induction.py [--max-insns N] [--timeout S]
"""
from __future__ import annotations

import argparse
import glob
import os
import time
from pathlib import Path

from bpfsmt.grammar.loader import load
from bpfsmt.solver.symbolic import loops as sym_loops
from bpfsmt.solver.symbolic.checker import check
from bpfsmt.solver.symbolic.lower import Code

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BPFSMT_SHARED", str(ROOT.parent / "shared")))
CORPUS = SHARED / "corpus" / "ebpf-samples"
FAMILY = ROOT / "tests" / "oracle" / "engines" / "obj" / "loops.o"


def programs_with_loops(max_insns: int) -> tuple[list, int]:
    """(size, path, program) of every program with a natural loop, and how many programs of
    the corpus have a back jump at all."""
    out, back = [], 0
    for path in sorted(glob.glob(str(CORPUS / "**" / "*.o"), recursive=True)) + [str(FAMILY)]:
        try:
            pf = load(path)
        except Exception:       # objects the loader refuses are measured by benchmarks/corpus.py
            continue
        for p in pf.programs:
            code = Code.of(p)
            if path != str(FAMILY):
                back += any(t <= s for s, i in code.insns.items() for t in i.successors(s))
            starts = sorted({f.start for f in p.functions} | {0})
            if p.slot_count() <= max_insns and sym_loops.LoopForest(code.insns, starts).bodies:
                out.append((p.slot_count(), path, p.name))
    return sorted(out), back


def run(path, prog, loop_bound, timeout):
    pf = load(path)
    c0 = time.process_time()
    r = check(pf, prog, loop_bound=loop_bound, timeout=timeout)
    cpu = time.process_time() - c0
    gave_up = "no inductive invariant" in (r.reason or "")
    v = r.verdict.upper() + (" (replayed)" if r.replayed else "")
    return f"{v} {len(r.loops)} loops{' no-inv' if gave_up else ''}", cpu


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-insns", type=int, default=10 ** 6)
    ap.add_argument("--timeout", type=float, default=60)
    a = ap.parse_args()
    progs, back = programs_with_loops(a.max_insns)
    print(f"corpus programs with a back jump: {back}; programs with a natural loop "
          f"(corpus and loops.o): {len(progs)}")
    print(f"{'program':44} {'insns':>5}  {'--loop-bound 0':30} {'CPU s':>6}  "
          f"{'--loop-bound 8':30} {'CPU s':>6}")
    for n, path, prog in progs:
        name = f"{os.path.relpath(path, CORPUS) if str(CORPUS) in path else 'loops.o'}:{prog}"
        line = f"{name[-44:]:44} {n:5}"
        for bound in (0, 8):
            v, cpu = run(path, prog, bound, a.timeout)
            line += f"  {v[:30]:30} {cpu:6.2f}"
        print(line, flush=True)


if __name__ == "__main__":
    main()
