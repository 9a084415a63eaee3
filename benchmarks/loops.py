"""How long does `check` take on loops past the unrolling bound (solver/symbolic/loops.py)?

Checks the corpus's `build/bounded_loop.o` (1000 trips with a map lookup) and the loop programs
of tests/oracle/engines/loops.c (500-trip map/stack/packet loops, a late overrun, a loop whose
invariant is not linear, bpf_loop with a count from bpf_get_prandom_u32, bpf_for_each_map_elem
over 100 elements and over a hash map, loops inserting into a hash map, taking and releasing
sockets (or handing one to the next trip), moving the packet with bpf_xdp_adjust_head, a counter
following another, tail calls and timers in a loop) at the default `--loop-bound` 8, in CPU
seconds of this process (the machine
may be loaded: wall time measures the load). `--unroll N` also checks each with `--loop-bound N`
(unrolling instead of induction) for comparison. Prints a table; no assertions.
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from bpfsmt.grammar.loader import load
from bpfsmt.solver.symbolic.checker import check

ROOT = Path(__file__).resolve().parent.parent
SHARED = os.environ.get("BPFSMT_SHARED", str(ROOT.parent / "shared"))
CASES = [(os.path.join(SHARED, "corpus", "ebpf-samples", "build", "bounded_loop.o"), None)] + [
    (str(ROOT / "tests" / "oracle" / "engines" / "obj" / "loops.o"), p) for p in (
        "loop_sum_500", "loop_store_500", "loop_stack_counter_500", "loop_pkt_300",
        "loop_sum_500_of_400", "loop_squares", "bpf_loop_var_index_checked",
        "bpf_loop_var_index_off_by_one", "for_each_100_sum", "for_each_100_past_value",
        "loop_hash_update_100", "loop_hash_update_late_oob", "loop_sk_lookup_release_50",
        "loop_sk_lookup_late_leak", "loop_xdp_adjust_head_20", "loop_xdp_adjust_head_late_oob",
        "loop_counter_follows", "for_each_hash_sum", "for_each_hash_key_past_end",
        "loop_hash_update_2000", "loop_sk_carry_release_50", "loop_sk_carry_late_leak",
        "loop_tail_call_100", "loop_tail_call_late_oob", "loop_timer_start_100",
        "loop_timer_cb_past_value")]


def run(path, prog, loop_bound, timeout):
    pf = load(path)
    p = prog or pf.programs[0].name
    c0, w0 = time.process_time(), time.perf_counter()
    r = check(pf, p, loop_bound=loop_bound, timeout=timeout)
    cpu, wall = time.process_time() - c0, time.perf_counter() - w0
    v = r.verdict.upper() + (" (replayed)" if r.replayed else "")
    return p, v, cpu, wall


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--unroll", type=int, default=0, help="also check with this --loop-bound")
    ap.add_argument("--timeout", type=float, default=300)
    a = ap.parse_args()
    print(f"{'program':32} {'verdict':20} {'CPU s':>7} {'wall s':>7}"
          + (f"  {'unrolled x' + str(a.unroll):20} {'CPU s':>7}" if a.unroll else ""))
    for path, prog in CASES:
        if not os.path.exists(path):
            print(f"{path}: missing")
            continue
        name, v, cpu, wall = run(path, prog, 8, a.timeout)
        line = f"{name:32} {v:20} {cpu:7.2f} {wall:7.2f}"
        if a.unroll:
            _, v2, cpu2, _ = run(path, prog, a.unroll, a.timeout)
            line += f"  {v2:20} {cpu2:7.2f}"
        print(line, flush=True)


if __name__ == "__main__":
    main()
