"""Random programs for differential testing of the verifier model against 6.1, across rules.

Where the range family shapes one scalar, these mix what a verifier walk has to get right
together: a map value pointer (r6) moved by constants and by a bounded scalar, an unknown scalar
(r7) and a constant one (r9) through ALU32/ALU64 and both jump widths (K and X sources), spills
and fills of scalars and pointers at random stack offsets and widths (partial overwrites too),
a stack pointer (r8) moved by a scalar, helper calls that scratch R0-R5, and reads of the
stack, the map value and the registers that may be out of bounds, uninitialised or scratched.
Each program ends reading through r6 and through r8, so most verdicts hinge on the exact
state the walk reached. Batches are seeded; the labels are the kernel's.

    python tests/oracle/diff/gen.py [N] [SEED] [MAX_STEPS] [SHAPE]   # writes bSEED/diff_SEED.c
    LOG_LEVEL=5 TEST_RUN=0 ../shared/oracle/run.sh tests/oracle/diff/bSEED /tmp/od
    python tests/oracle_labels.py build diff /tmp/od "" bSEED

Shapes (the fourth argument; "mix" above is the default):
  * ``bounds``: two unknown scalars (r7, r8 from the map value) through ALU32 operations that wrap
    (0x7fffffff, 0x80000000, -1 operands, negation, byte swaps), zero and sign extension idioms,
    and JMP/JMP32 comparisons of one against a constant or the other (signed and unsigned), and
    JSET (K and X); both end indexing the map value, so every refinement shows in the verdict.
  * ``ctx``: a tc program: narrow and wide loads of __sk_buff fields at every byte offset a
    field has (and some it has not), stores into the writable ones, and packet reads at a
    variable offset checked against data_end, or only masked.

Batches: b1 = 300 programs of up to 8 steps, b2 = 400 of up to 12 (mix); b3 = 400 bounds
programs of up to 10 steps; b4 = 400 ctx programs of up to 8 steps; b5 = 300 mix programs of up
to 16 steps. All labelled by 6.1 and by 6.12 (``relabel.py``).
"""
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from oracle_labels import VAL48_LOOKUP, VAL48_PRELUDE, Prog as P, emit_c, jset, jset_x  # noqa: E402

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


# ---- bounds: two scalars, wrapping ALU32, signed and unsigned refinements, JSET ----------------
WRAP = [0x7fffffff, -0x80000000, -1, 1, 2, 0xffff, 0x10000, 3, 7, 40, 47, 63, -48]
BOUNDS_HEAD = VAL48_LOOKUP + " r8 = *(u64 *)(r6 + 8);"


def _bounds_step(rng: random.Random, n: int) -> str:
    a, b = rng.sample(["7", "8"], 2)
    r32 = rng.random() < 0.5
    ra, rb = ("w" if r32 else "r") + a, ("w" if r32 else "r") + b
    k = rng.random()
    if k < 0.30:                                     # ALU, K (wrapping constants) or X
        op = rng.choice(ALU)
        if op in ("<<=", ">>=", "s>>="):
            return f"{ra} {op} {rng.randrange(32 if r32 else 64)};"
        return f"{ra} {op} {rb if rng.random() < 0.3 else rng.choice(WRAP)};"
    if k < 0.40:                                     # negation, byte swap, zero/sign extension
        return rng.choice([f"{ra} = -{ra};", f"r{a} = be16 r{a};", f"r{a} = be32 r{a};",
                           f"r{a} = le16 r{a};", f"w{a} = w{a};", f"w{a} = w{b};",
                           f"r{a} <<= 32; r{a} s>>= 32;", f"r{a} = r{b};"])
    if k < 0.50:                                     # a bounding mask, so some walks get through
        return f"{ra} &= {rng.choice([7, 15, 31, 47, 63, 0x3f, 0xff])};"
    tgt = f"l_s{n}_%=" if rng.random() < 0.3 else "l_out_%="
    if k < 0.62:                                     # JSET, K or X
        return jset(ra, rng.choice(WRAP + [0x30, 0x40, 4]), tgt, n) if rng.random() < 0.7 else \
            jset_x(ra, int(b), tgt, n)
    op = rng.choice(JMPS)
    rhs = rb if rng.random() < 0.35 else rng.choice(CONSTS + [-1, -48, 0x7fffffff])
    return f"if {ra} {op} {rhs} goto {tgt};"


def _bounds_program(rng: random.Random, max_steps: int) -> str:
    steps = []
    for n in range(rng.randint(2, max_steps)):
        steps.append(_bounds_step(rng, n))
        if f"l_s{n}_%=" in steps[-1]:
            steps.append(f"r{rng.choice('78')} &= 31; l_s{n}_%=:")
    tail = rng.choice(["r6 += r7; r0 = *(u8 *)(r6 + 0);", "r6 += r8; r0 = *(u16 *)(r6 + 2);",
                       "r6 += r7; r6 += r8; r0 = *(u8 *)(r6 + 0);", "r7 += r8; r6 += r7; r0 = *(u32 *)(r6 + 4);"])
    return f"{BOUNDS_HEAD} {' '.join(steps)} {tail} l_out_%=: r0 = 0; exit;"


# ---- ctx: __sk_buff loads and stores in a tc program, packet reads at variable offsets ---------
# (offset, field size) of __sk_buff fields up to gso_size, and the hole/pointer slots between
SKB_FIELDS = [(0, 4), (4, 4), (8, 4), (12, 4), (16, 4), (20, 4), (24, 4), (28, 4), (32, 4), (36, 4),
              (40, 4), (44, 4), (48, 4), (52, 4), (56, 4), (60, 4), (64, 4), (68, 4), (72, 4),
              (76, 4), (80, 4), (84, 4), (88, 4), (92, 4), (140, 4), (144, 4), (152, 8), (160, 4),
              (164, 4), (168, 8), (176, 4), (180, 4), (184, 8)]
CTX_HEAD = ("r6 = r1; r8 = *(u32 *)(r6 + 76); r9 = *(u32 *)(r6 + 80); r1 = r8; r1 += 64; "
            "if r1 > r9 goto l_out_%=; r7 = 0;")


def _ctx_step(rng: random.Random, n: int) -> str:
    k = rng.random()
    if k < 0.35:                                     # a load of a field, wide or narrow
        off, fsize = rng.choice(SKB_FIELDS)
        size = rng.choice([1, 1, 2, 2, 4, 8] if fsize == 4 else [4, 8, 8])
        off += rng.randrange(0, fsize, size) if size < fsize else 0
        return f"r7 = *({SIZE_NAME[size]} *)(r6 + {off});"
    if k < 0.45:                                     # a store of r7
        off, fsize = rng.choice([(8, 4), (32, 4), (44, 4), (48, 4), (60, 4), (12, 4), (72, 4),
                                 (152, 8), (0, 4), (16, 4)])
        size = rng.choice([4, 4, 2, 1, 8])
        reg = "r7" if size == 8 else "w7"
        return f"*({SIZE_NAME[size]} *)(r6 + {off}) = {reg};"
    if k < 0.60:                                     # shape r7
        return rng.choice([f"r7 &= {rng.choice([7, 15, 31, 63, 127, 0xff])};",
                           f"w7 >>= {rng.randrange(1, 16)};", f"r7 += {rng.choice([1, 4, 8, 60, 64])};",
                           f"w7 -= {rng.choice([1, 14, 60])};", "r7 = be16 r7;"])
    if k < 0.72:                                     # a branch on r7
        tgt = "l_out_%="
        if rng.random() < 0.25:
            return jset(rng.choice(["r7", "w7"]), rng.choice([1, 0x40, 0xff00, 3]), tgt, n)
        return f"if {rng.choice(['r7', 'w7'])} {rng.choice(JMPS)} {rng.choice([0, 7, 14, 40, 60, 63, 64, 0xffff])} goto {tgt};"
    if k < 0.80:                                     # R1-R5 scratched, r7 unknown
        return "call %[bpf_get_prandom_u32]; r7 = r0;"
    if k < 0.90:                                     # packet read at r7, checked against data_end
        size = rng.choice([1, 2, 4, 8])
        return (f"r1 = r8; r1 += r7; r2 = r1; r2 += {size}; if r2 > r9 goto l_out_%=; "
                f"r0 = *({SIZE_NAME[size]} *)(r1 + 0);")
    size = rng.choice([1, 2, 4])                    # packet read at r7 with no check of its own
    return f"r1 = r8; r1 += r7; r0 = *({SIZE_NAME[size]} *)(r1 + {rng.choice([0, 2, 60])});"


def _ctx_program(rng: random.Random, max_steps: int) -> str:
    steps = [_ctx_step(rng, n) for n in range(rng.randint(2, max_steps))]
    return f"{CTX_HEAD} {' '.join(steps)} l_out_%=: r0 = 0; exit;"


SIZE_NAME = {1: "u8", 2: "u16", 4: "u32", 8: "u64"}
SHAPES = {"mix": ("socket", _program), "bounds": ("socket", _bounds_program), "ctx": ("tc", _ctx_program)}


def progs(n: int, seed: int, max_steps: int = 8, shape: str = "mix"):
    rng = random.Random(seed)
    sec, program = SHAPES[shape]
    return [P(f"df_{seed}_{i:03d}", sec, program(rng, max_steps)) for i in range(n)]


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    max_steps = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    shape = sys.argv[4] if len(sys.argv) > 4 else "mix"
    (HERE / f"b{seed}").mkdir(exist_ok=True)
    emit_c(HERE / f"b{seed}" / f"diff_{seed}.c", PRELUDE if shape != "ctx" else "",
           progs(n, seed, max_steps, shape), addr_names={"arr"},
           header=f"python tests/oracle/diff/gen.py {n} {seed} {max_steps}" + (f" {shape}" if shape != "mix" else ""))
