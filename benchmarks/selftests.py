"""Kernel selftest files as they are in a kernel tree, through `bpfsmt selftest`.

    python benchmarks/selftests.py KERNEL_TREE [--kernel 6.12] [--glob 'verifier_*.c'] [--timeout S]

KERNEL_TREE is an unpacked kernel source (Debian: `apt-get download linux-source-6.12`, then
unpack its tarball). Prints per file whether it compiled and its OK/FAIL/SKIP counts, then the
totals: how many files load, and how many tests the model judges as the file expects. A test
whose verification runs past `--timeout` seconds (default 20) is a SKIP ("UNKNOWN").
"""
from __future__ import annotations

import argparse
import collections
import glob
import os
import sys
import time

from bpfsmt.commands.selftest import run_file
from bpfsmt.spec.errors import InputError


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tree")
    ap.add_argument("--kernel", default="6.12", choices=["6.1", "6.12"])
    ap.add_argument("--glob", default="verifier_*.c")
    ap.add_argument("--timeout", type=float, default=20.0)
    args = ap.parse_args()
    progs = os.path.join(args.tree, "tools", "testing", "selftests", "bpf", "progs")
    files = sorted(glob.glob(os.path.join(progs, args.glob)))
    if not files:
        print(f"no {args.glob} under {progs}", file=sys.stderr)
        return 2
    totals: collections.Counter = collections.Counter()
    reasons: collections.Counter = collections.Counter()
    t0 = time.perf_counter()
    for path in files:
        name = os.path.basename(path)
        try:
            rs = run_file(path, kernel=args.kernel, timeout=args.timeout)
        except InputError as e:
            totals["files not loaded"] += 1
            print(f"{name:45} not loaded: {e}")
            continue
        totals["files loaded"] += 1
        c = collections.Counter(r.status for r in rs)
        totals.update({f"tests {k}": v for k, v in c.items()})
        totals.update(collections.Counter(f"@unpriv tests {r.status}" for r in rs
                                          if r.mode == "unpriv"))
        for r in rs:
            if r.status != "pass":
                reasons[f"{r.status}: {r.reason.split(':')[0][:60]}"] += 1
        print(f"{name:45} ok {c['pass']:3}  fail {c['fail']:3}  skip {c['skip']:3}")
    print(f"\n{len(files)} files in {time.perf_counter() - t0:.1f} s (kernel model {args.kernel})")
    for k in sorted(totals):
        print(f"  {k}: {totals[k]}")
    print("most common reasons:")
    for k, v in reasons.most_common(12):
        print(f"  {v:5}  {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
