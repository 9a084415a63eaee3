"""How long the verifier model takes to reach the kernel's 1M-insn limit.

The 12-instruction endless loop of tests/test_limits.py (ENDLESS) never prunes: 6.1 walks it
until `BPF program is too large. Processed 1000001 insn`. Each run is timed in CPU seconds of
this process (the machine's load average is printed beside it: under load CPU seconds grow
too, wall seconds measure the load) and its statistics line is printed, which must stay the
kernel's walk (tests/test_verifier_stats.py holds the walk equal on the labelled programs).

Usage: python benchmarks/insn_limit.py [--runs N]
No assertions: numbers are reported.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_limits import ENDLESS                              # noqa: E402
from bpfsmt.grammar.asm import parse_program_text            # noqa: E402
from bpfsmt.solver.verifier import verify                    # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    pfile = parse_program_text(ENDLESS, "endless.bpf.s")
    cpu = []
    for i in range(args.runs):
        load = os.getloadavg()[0]
        t0, w0 = time.process_time(), time.perf_counter()
        res = verify(pfile, pfile.programs[0])
        cpu.append(time.process_time() - t0)
        print(f"run {i + 1}: {cpu[-1]:.2f} s CPU, {time.perf_counter() - w0:.2f} s wall, "
              f"load average {load:.1f}: {res.message}", flush=True)
    print(res.stats_line())
    print(f"median {statistics.median(cpu):.2f} s CPU over {args.runs} runs, max RSS "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
