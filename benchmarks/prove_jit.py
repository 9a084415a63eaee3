"""How long does each JIT theorem take, in CPU seconds (its check plus its mutants)?

Wall-clock time on a shared machine says more about the neighbours than about the proof, so
each theorem is timed with process_time (Z3 runs in-process) beside its wall time. Usage:
`python benchmarks/prove_jit.py [THEOREM ...]` (default: every theorem of the `jit` issue).
Prints one line per theorem and the totals; no assertions: numbers are reported.
"""
from __future__ import annotations

import sys
import time

from bpfsmt.proofs.registry import all_theorems, run_theorem


def main(names: list[str]) -> None:
    theorems = [t for t in all_theorems() if (t.name in names if names else t.issue == "jit")]
    cpu_total = wall_total = 0.0
    for t in theorems:
        c0, w0 = time.process_time(), time.perf_counter()
        rep = run_theorem(t)
        cpu, wall = time.process_time() - c0, time.perf_counter() - w0
        cpu_total += cpu
        wall_total += wall
        print(f"{t.name:32} {'ok  ' if rep.ok else 'FAIL'} cpu {cpu:7.2f}s  wall {wall:7.2f}s  "
              f"({len(rep.mutants)} mutants)", flush=True)
    print(f"{len(theorems)} theorems: cpu {cpu_total:.1f}s, wall {wall_total:.1f}s")


if __name__ == "__main__":
    main(sys.argv[1:])
