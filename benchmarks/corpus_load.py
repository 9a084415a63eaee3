"""Load every program of the ebpf-samples corpus into the IR: time and peak memory.

Usage: python benchmarks/corpus_load.py [CORPUS_DIR]   (default: $BPFSMT_SHARED/corpus/ebpf-samples)
Only parsing is measured (ELF, BTF, relocations, subprogram appending), not verification.
"""
from __future__ import annotations

import glob
import os
import statistics
import sys
import time
import tracemalloc


def main(argv: list[str]) -> int:
    shared = os.environ.get("BPFSMT_SHARED", os.path.join(os.path.dirname(__file__), "..", "..",
                                                          "shared"))
    corpus = argv[1] if len(argv) > 1 else os.path.join(shared, "corpus", "ebpf-samples")
    objs = sorted(glob.glob(os.path.join(corpus, "**", "*.o"), recursive=True))
    if not objs:
        print(f"no objects under {corpus}", file=sys.stderr)
        return 2
    from bpfsmt.grammar.elf import load_elf
    from bpfsmt.spec.errors import InputError

    def one_pass():
        per_obj, programs, insns, rejected = [], 0, 0, 0
        for path in objs:
            t = time.perf_counter()
            try:
                pf = load_elf(path)
            except InputError:
                rejected += 1
                continue
            per_obj.append((time.perf_counter() - t, os.path.relpath(path, corpus)))
            programs += len(pf.programs)
            insns += sum(p.slot_count() for p in pf.programs)
        return per_obj, programs, insns, rejected

    t0 = time.perf_counter()
    per_obj, programs, insns, rejected = one_pass()
    total = time.perf_counter() - t0
    # second pass for memory only: tracemalloc slows Python allocation several times
    tracemalloc.start()
    one_pass()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    times = sorted(t for t, _ in per_obj)
    print(f"objects: {len(objs)} ({rejected} rejected as malformed), programs: {programs}, "
          f"instruction slots: {insns}")
    print(f"total: {total:.2f} s, per object median {statistics.median(times) * 1000:.1f} ms, "
          f"p90 {times[int(len(times) * 0.9)] * 1000:.1f} ms, max {times[-1] * 1000:.0f} ms "
          f"({max(per_obj)[1]})")
    print(f"peak traced memory: {peak / 1e6:.1f} MB (tracemalloc, separate pass)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
