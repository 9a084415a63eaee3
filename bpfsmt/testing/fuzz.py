"""`python -m bpfsmt.testing.fuzz --count N`: a long cross-validation campaign.

For each random valid program (bpfsmt/testing/gen.py) and random inputs it checks two things:
1. **agreement**: the Z3 encoding evaluated on the inputs predicts exactly what the concrete
   executor does (same fault at the same slot, or same R0 and final map contents);
2. **soundness of SAFE**: when `check` says SAFE, the executor must not fault on the inputs
   (nor on the inputs of any other seed tried for that program).
It prints programs tried, disagreements and unsound SAFE verdicts; all must be 0 (exit 1
otherwise), plus the verdict mix and how many counterexamples replay confirmed.
"""
from __future__ import annotations

import argparse
import collections
import random
import sys
import time

from bpfsmt.solver.concrete.exec import execute
from bpfsmt.solver.symbolic.checker import check
from bpfsmt.solver.symbolic.evaluate import compare
from bpfsmt.testing.gen import Rand, gen_inputs, gen_program


def _batch(spec: tuple) -> tuple[dict, list[str]]:
    """Programs start .. start+n-1 of the campaign `seed` (each from its own seeded generator,
    so a batch's findings do not depend on which worker ran it): (counts, finding lines)."""
    seed, start, n, max_blocks, timeout, check_every = spec
    stats: collections.Counter = collections.Counter()
    lines: list[str] = []
    for i in range(start, start + n):
        r = Rand(random.Random(seed * 1_000_003 + i))
        pf = gen_program(r, max_blocks)
        prog = pf.programs[0]
        inputs = [gen_inputs(r, pf) for _ in range(2)]
        stats["programs"] += 1
        try:
            diffs = []
            for inp in inputs:
                diffs += compare(pf, prog, inp)
        except Exception as e:  # noqa: BLE001 - a crash is a finding, keep going
            diffs = [f"crash: {type(e).__name__}: {e}"]
        if diffs:
            stats["disagreements"] += 1
            lines.append(f"DISAGREEMENT seed={seed} program={i}: {diffs[:3]}")
        if i % check_every:
            continue
        try:
            res = check(pf, prog, timeout=timeout)
        except Exception as e:  # noqa: BLE001
            stats["check_crashes"] += 1
            lines.append(f"CHECK CRASH program={i}: {type(e).__name__}: {e}")
            continue
        stats[f"verdict_{res.verdict}"] += 1
        if res.verdict == "unsafe":
            stats["replay_confirmed" if res.replayed else "replay_disagreed"] += 1
            if not res.replayed:
                lines.append(f"REPLAY DISAGREED program={i}: {res.replay_note}")
        if res.verdict == "safe":
            for inp in inputs:
                got = execute(pf, prog, inp)
                if got.fault is not None:
                    stats["unsound_safe"] += 1
                    lines.append(f"UNSOUND SAFE program={i}: executor faulted "
                                 f"{got.fault.to_json()}")
                    break
    return dict(stats), lines


def run(count: int, seed: int = 0, max_blocks: int = 10, timeout: float = 10.0,
        check_every: int = 1, verbose: bool = False, out=sys.stdout, batch: int = 25,
        **exec_options) -> dict:
    """The campaign as batches of `batch` programs, one job each (bpfsmt.execution: local
    pool by default, Ray with cluster=...); findings print in program order. A batch killed at
    its limit or whose worker died counts in `batch_failures` with its reason."""
    from bpfsmt.execution import JobFailure, run_jobs
    specs = [(seed, start, min(batch, count - start), max_blocks, timeout, check_every)
             for start in range(0, count, batch)]
    stats: collections.Counter = collections.Counter()
    t0 = time.perf_counter()
    results = run_jobs(specs, _batch, label="fuzz batches", quiet=not verbose, **exec_options)
    for spec, got in zip(specs, results):
        if isinstance(got, JobFailure):
            stats["batch_failures"] += 1
            print(f"BATCH FAILED programs={spec[1]}..{spec[1] + spec[2] - 1}: {got.verdict}: "
                  f"{got.reason}", file=out)
            continue
        counts, lines = got
        stats.update(counts)
        for line in lines:
            print(line, file=out)
    stats["seconds"] = round(time.perf_counter() - t0, 1)
    return dict(stats)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bpfsmt.testing.fuzz", description=__doc__)
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--max-blocks", type=int, default=10)
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per obligation")
    ap.add_argument("--batch", type=int, default=25, help="programs per job")
    ap.add_argument("-v", "--verbose", action="store_true", help="progress bar")
    from bpfsmt.cli import _add_exec
    _add_exec(ap)
    a = ap.parse_args(argv)
    from bpfsmt.execution import limits_from
    s = run(a.count, a.seed, a.max_blocks, a.timeout, verbose=a.verbose and not a.quiet,
            batch=a.batch, jobs=a.jobs, cluster=a.cluster, limits=limits_from(a))
    print(f"programs tried:         {s.get('programs', 0)}")
    print(f"disagreements:          {s.get('disagreements', 0)}")
    print(f"unsound SAFE verdicts:  {s.get('unsound_safe', 0)}")
    print(f"check crashes:          {s.get('check_crashes', 0)}")
    print(f"verdicts:               safe {s.get('verdict_safe', 0)}, unsafe "
          f"{s.get('verdict_unsafe', 0)}, unknown {s.get('verdict_unknown', 0)}")
    print(f"counterexamples:        {s.get('replay_confirmed', 0)} confirmed by replay, "
          f"{s.get('replay_disagreed', 0)} disagreed")
    print(f"batches failed:         {s.get('batch_failures', 0)}")
    print(f"time:                   {s.get('seconds', 0)} s")
    bad = s.get("disagreements", 0) + s.get("unsound_safe", 0) + s.get("check_crashes", 0) + \
        s.get("replay_disagreed", 0) + s.get("batch_failures", 0)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
