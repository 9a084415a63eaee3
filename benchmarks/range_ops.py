"""How fast are the verifier model's scalar operators (solver/verifier/bounds.py on Python ints)?

Times adjust_scalar_min_max_vals for every ALU op (ALU64 and ALU32) and reg_set_min_max for every
condition (JMP and JMP32) on a fixed set of random register states, in microseconds per call.
`--module PATH` times another copy of bounds.py (e.g. an older revision) for comparison.
Prints a table; no assertions.
"""
from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import time

OPS = ["add", "sub", "mul", "and", "or", "xor", "lsh", "rsh", "arsh"]
CONDS = ["jeq", "jne", "jset", "jgt", "jge", "jlt", "jle", "jsgt", "jsge", "jslt", "jsle"]


def load(path):
    if path is None:
        from bpfsmt.solver.verifier import bounds
        return bounds
    spec = importlib.util.spec_from_file_location("bounds_under_test", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod        # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def states(B, n, seed=1):
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        b = B.Bounds()
        B.mark_unknown(b)
        lo = rng.choice([0, rng.randrange(1 << 64), rng.randrange(1 << 16)])
        b.umin, b.umax = lo, min(B.U64, lo + rng.choice([0, 7, 255, 1 << 40]))
        B.reg_bounds_sync(b)
        out.append(b)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--module", help="path of a bounds.py to time instead of the installed one")
    ap.add_argument("--n", type=int, default=2000)
    a = ap.parse_args()
    B = load(a.module)
    regs = states(B, a.n)
    consts = []
    for i in range(a.n):
        c = B.Bounds()
        B.mark_known(c, i % 31)
        consts.append(c)
    rows = []
    for alu32 in (False, True):
        for op in OPS:
            t0 = time.perf_counter()
            for d, s in zip(regs, consts):
                B.adjust_scalar(d.copy(), s.copy(), op, alu32)
            rows.append((f"{'alu32' if alu32 else 'alu64'}_{op}", (time.perf_counter() - t0) / a.n * 1e6))
    for jmp32 in (False, True):
        for cond in CONDS:
            t0 = time.perf_counter()
            for i, d in enumerate(regs):
                B.reg_set_min_max(d.copy(), d.copy(), i * 7919, (i * 7919) & B.U32, cond, jmp32)
            rows.append((f"{'jmp32' if jmp32 else 'jmp'}_{cond}", (time.perf_counter() - t0) / a.n * 1e6))
    for name, us in rows:
        print(f"{name:12} {us:8.1f} us/call")
    print(f"{'mean':12} {sum(us for _, us in rows) / len(rows):8.1f} us/call")


if __name__ == "__main__":
    main()
