"""Random programs for differential testing of the verifier model against 6.1, across rules.

Where the range family shapes one scalar, these mix what a verifier walk has to get right
together: a map value pointer (r6) moved by constants and by a bounded scalar, an unknown scalar
(r7) and a constant one (r9) through ALU32/ALU64 and both jump widths (K and X sources), spills
and fills of scalars and pointers at random stack offsets and widths (partial overwrites too),
a stack pointer (r8) moved by a scalar, helper calls that scratch R0-R5, and reads of the
stack, the map value and the registers that may be out of bounds, uninitialised or scratched.
Each program ends reading through r6 and through r8, so most verdicts hinge on the exact
state the walk reached. Batches are seeded; the labels are the kernel's.

    python tests/oracle/diff/gen.py [N] [SEED] [MAX_STEPS]       # writes bSEED/diff_SEED.c
    LOG_LEVEL=5 TEST_RUN=0 ../shared/oracle/run.sh tests/oracle/diff/bSEED /tmp/od
    python tests/oracle_labels.py build diff /tmp/od "" bSEED

Batches: b1 = 300 programs of up to 8 steps, b2 = 400 of up to 12.
"""
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from oracle_labels import VAL48_LOOKUP, VAL48_PRELUDE, Prog as P, emit_c  # noqa: E402

PRELUDE = VAL48_PRELUDE
HEAD = VAL48_LOOKUP + " r9 = 5; r8 = r10;"
CONSTS = [0, 1, 2, 3, 4, 7, 8, 15, 16, 31, 32, 40, 47, 48, 63, 255, 0x7fffffff, -1, -8, -0x80000000]
JMPS = ["==", "!=", ">", ">=", "<", "<=", "s>", "s>=", "s<", "s<="]
ALU = ["+=", "-=", "*=", "&=", "|=", "^=", "<<=", ">>=", "s>>="]
SIZES = {"u8": 1, "u16": 2, "u32": 4, "u64": 8}


def _stack_off(rng: random.Random, size: int) -> int:
    return -rng.choice([8, 16, 24, 32, 40, 48, 64]) + rng.choice([0, 0, 0, size % 8, 4 if size < 8 else 0])


def _step(rng: random.Random, n: int, skip: bool = True) -> str:
    k = rng.random()
    r32 = rng.random() < 0.35
    reg = "w7" if r32 else "r7"
    if k < 0.22:                                     # scalar ALU, K or X (r9 is a constant)
        op = rng.choice(ALU)
        if op in ("<<=", ">>=", "s>>="):
            return f"{reg} {op} {rng.randrange(32 if r32 else 64)};"
        if rng.random() < 0.3:
            return f"{reg} {op} {'w9' if r32 else 'r9'};"
        return f"{reg} {op} {rng.choice(CONSTS)};"
    if k < 0.42:                                     # a branch out, or over the next step
        op = rng.choice(JMPS)
        rhs = ("w9" if r32 else "r9") if rng.random() < 0.25 else rng.choice(CONSTS)
        tgt = f"l_s{n}_%=" if skip and rng.random() < 0.3 else "l_out_%="
        return f"if {reg} {op} {rhs} goto {tgt};"
    if k < 0.55:                                     # spill / fill
        sz = rng.choice(list(SIZES))
        off = _stack_off(rng, SIZES[sz])
        src = rng.choice(["r7", "r9", "r6", "r8"])
        if rng.random() < 0.5:
            return f"*({sz} *)(r10 {off}) = {src if sz == 'u64' else src.replace('r', 'w')};"
        dst = rng.choice(["r7", "r9", "r6"])
        return f"{dst} = *({sz} *)(r10 {off});"
    if k < 0.63:                                     # a constant spilled (clang 14 has no BPF_ST)
        sz = rng.choice(list(SIZES))
        r = "r1" if sz == "u64" else "w1"
        return f"{r} = {rng.choice([0, 1, -1, 7])}; *({sz} *)(r10 {_stack_off(rng, SIZES[sz])}) = {r};"
    if k < 0.73:                                     # map value pointer arithmetic
        if rng.random() < 0.5:
            return f"r6 += {rng.choice([0, 1, 4, 8, 16, 40, 47, 48, -8])};"
        return "r6 += r7;"
    if k < 0.80:                                     # stack pointer arithmetic
        return f"r8 += {rng.choice([-8, -16, -48, 8])};" if rng.random() < 0.7 else "r8 += r7;"
    if k < 0.87:                                     # a helper: R0-R5 scratched, R0 unknown
        return "call %[bpf_get_prandom_u32]; r7 = r0;" if rng.random() < 0.7 else \
            "call %[bpf_ktime_get_ns]; r7 = r0;"
    if k < 0.93:                                     # read something that may not be there
        sz = rng.choice(list(SIZES))
        base = rng.choice(["r6", "r8", "r10"])
        off = rng.choice([0, 4, 8, 40, 44, 48]) if base == "r6" else _stack_off(rng, SIZES[sz])
        return f"r0 = *({sz} *)({base} {'+' if off >= 0 else '-'} {abs(off)});"
    return f"r7 = {rng.choice(['r9', 'r6', 'r8', 'r1', 'r0'])};"


def _program(rng: random.Random, max_steps: int) -> str:
    steps = []
    for n in range(rng.randint(3, max_steps)):
        steps.append(_step(rng, n))
        if f"l_s{n}_%=" in steps[-1]:
            steps.append(_step(rng, n, skip=False) + f" l_s{n}_%=:")
    tail = rng.choice(["r0 = *(u8 *)(r6 + 0);", "r0 = *(u64 *)(r8 - 8);",
                       "r0 = *(u8 *)(r6 + 0); r0 = *(u64 *)(r8 - 8);", "r0 = r7;"])
    return f"{HEAD} {' '.join(steps)} {tail} l_out_%=: r0 = 0; exit;"


def progs(n: int, seed: int, max_steps: int = 8):
    rng = random.Random(seed)
    return [P(f"df_{seed}_{i:03d}", "socket", _program(rng, max_steps)) for i in range(n)]


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    max_steps = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    (HERE / f"b{seed}").mkdir(exist_ok=True)
    emit_c(HERE / f"b{seed}" / f"diff_{seed}.c", PRELUDE, progs(n, seed, max_steps), addr_names={"arr"},
           header=f"python tests/oracle/diff/gen.py {n} {seed} {max_steps}")
