"""Differential programs for the scalar range analysis (tnum + bounds), for the 6.1 oracle.

Each program loads an unknown u64 from a 48-byte map value into r7, shapes its abstract state
with a few random ALU operations and conditional jumps (JMP and JMP32, every condition, K and
constant-X sources), and finally indexes the map value with it: `r6 += r7; r0 = *(u8 *)(r6 + 0)`.
The verdict and the error line therefore depend on the exact output range of every operator,
so a model operator that is tighter or looser than 6.1's shows as a label mismatch.
`jset.c` holds the JSET fall-through cases (6.1 forgets the ranges and re-derives them from the
tnum); `jsetfam/jset.c` a seeded family of JSETs whose two branches' states the level-2 log shows
(labelled as the subdirectory batch: ``run.sh tests/oracle/range/jsetfam /tmp/oj`` and
``oracle_labels.py build range /tmp/oj "" jsetfam``).

    python tests/oracle/range/gen.py
    LOG_LEVEL=2 TEST_RUN=0 ../shared/oracle/run.sh tests/oracle/range /tmp/or
    python tests/oracle_labels.py build range /tmp/or
"""
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from oracle_labels import VAL48_LOOKUP, VAL48_PRELUDE, Prog as P, emit_c, jset, jset_x  # noqa: E402

PRELUDE = VAL48_PRELUDE
HEAD = VAL48_LOOKUP
TAIL = "r6 += r7; r0 = *(u8 *)(r6 + 0); l_out_%=: r0 = 0; exit;"
CONSTS = [0, 1, 2, 3, 5, 7, 8, 15, 16, 31, 32, 40, 47, 48, 63, 64, 255, 0x7fffffff, -1, -2, -8,
          -48, -0x80000000]
BIG = [0x100000000, 0x100000001, 0xffffffff, 0x8000000000000000, 0x7fffffffffffffff]
JMPS = ["==", "!=", ">", ">=", "<", "<=", "s>", "s>=", "s<", "s<=", "&"]   # & is JSET
ALU = ["+=", "-=", "*=", "&=", "|=", "^=", "<<=", ">>=", "s>>=", "/="]   # no "%=": inline asm reads it as %=


def _step(rng: random.Random) -> str:
    r32 = rng.random() < 0.4
    reg = "w7" if r32 else "r7"
    if rng.random() < 0.55:
        op = rng.choice(JMPS)
        if op == "&":
            return jset(reg, rng.choice(CONSTS), "l_out_%=", rng.randrange(1 << 30))
        if not r32 and rng.random() < 0.2:
            return f"r1 = {rng.choice(BIG)} ll; if r7 {op} r1 goto l_out_%=;"
        return f"if {reg} {op} {rng.choice(CONSTS)} goto l_out_%=;"
    op = rng.choice(ALU + ["mov32", "neg"])
    if op == "mov32":
        return "w7 = w7;"
    if op == "neg":
        return f"{reg} = -{reg};"
    if op in ("<<=", ">>=", "s>>="):
        return f"{reg} {op} {rng.randrange(32 if r32 else 64)};"
    c = rng.choice(CONSTS)
    if op == "/=" and c == 0:
        c = 3
    return f"{reg} {op} {c};"


def progs(n: int = 240, seed: int = 20):
    rng = random.Random(seed)
    out = []
    for i in range(n):
        body = " ".join(_step(rng) for _ in range(rng.randint(2, 4)))
        out.append(P(f"rg_{i:03d}", "socket", f"{HEAD} {body} {TAIL}", comment=body.replace("%=", "")))
    return out


JSET = [
    # [0, 40] has the tnum (0; 0x3f); the fall-through of `& 1` keeps (0; 0x3e): 6.1 re-derives
    # umax 62 from it (rejects), a model keeping umax 40 would accept
    P("jset_fallthrough_rederive", "socket", f"{HEAD} if r7 > 40 goto l_out_%=; {jset('r7', 1, 'l_out_%=', 0)} {TAIL}"),
    P("jset_fallthrough_tnum_ok", "socket", f"{HEAD} if r7 > 40 goto l_out_%=; {jset('r7', 0x20, 'l_out_%=', 0)} {TAIL}"),
    P("jset32_fallthrough_rederive", "socket", f"{HEAD} w7 = w7; if w7 > 40 goto l_out_%=; {jset('w7', 1, 'l_out_%=', 0)} {TAIL}"),
    P("jset_taken_pow2", "socket", f"{HEAD} if r7 > 47 goto l_out_%=; {jset('r7', 32, 'l_t_%=', 0)} r0 = 0; exit; l_t_%=: {TAIL}"),
]

SHAPES = ["if r7 > {u} goto l_out_%=;", "if w7 > {u} goto l_out_%=;", "r7 &= {m};", "r7 |= {m};",
          "w7 = w7;", "r7 <<= {k};", "r7 >>= {k};", "if r7 < {u} goto l_out_%=;",
          "if r7 s> {u} goto l_out_%=;", "if r7 s< -{u} goto l_out_%=;", "r7 += {u};", "w7 += {u};",
          "r7 ^= {m};"]
MASKS = [1, 2, 3, 4, 7, 8, 0x10, 0x30, 0x3f, 0x40, 0xff, 0x100, 0xf0f0, 0x7fffffff, -1, -2, -8,
         -0x80000000]


def jset_family(n: int = 64, seed: int = 14):
    """JSET (K and X, JMP and JMP32) after shaping r7's bounds and known bits; each branch
    continues on its own (the taken one indexes the map value, or both, or neither), so the
    level-2 log shows the state 6.1 gives each branch of every JSET."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        steps = []
        for _ in range(rng.randint(1, 3)):
            steps.append(rng.choice(SHAPES).format(u=rng.choice([3, 7, 40, 47, 63, 255, 1000, 0x7fffffff]),
                                                   m=rng.choice(MASKS), k=rng.randrange(1, 40)))
        reg = "w7" if rng.random() < 0.4 else "r7"
        mask = rng.choice(MASKS)
        if rng.random() < 0.3:
            test = f"r1 = {mask}; " + jset_x(reg, 1, "l_t_%=", 0)
        else:
            test = jset(reg, mask, "l_t_%=", 0)
        use = rng.choice(["both", "taken", "fall", "none"])
        fall = "r6 += r7; r0 = *(u8 *)(r6 + 0);" if use in ("both", "fall") else ""
        taken = "r6 += r7; r0 = *(u8 *)(r6 + 0);" if use in ("both", "taken") else ""
        body = " ".join(steps) + " " + test
        out.append(P(f"js_{i:03d}", "socket",
                     f"{HEAD} {body} {fall} r0 = 0; exit; l_t_%=: {taken} l_out_%=: r0 = 0; exit;",
                     comment=(body + " / " + use).replace("%=", "")))
    return out


def main():
    emit_c(HERE / "range.c", PRELUDE, progs(), addr_names={"arr"},
           header="generated by gen.py: random range-analysis programs (see its docstring)")
    emit_c(HERE / "jset.c", PRELUDE, JSET, addr_names={"arr"}, header="generated by gen.py: JSET refinement")
    (HERE / "jsetfam").mkdir(exist_ok=True)
    emit_c(HERE / "jsetfam" / "jset.c", PRELUDE, jset_family(), addr_names={"arr"},
           header="generated by gen.py: both branches of JSET (K/X, JMP/JMP32) after shaping")


if __name__ == "__main__" and len(sys.argv) == 1:
    main()
