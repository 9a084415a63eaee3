"""Random stack load/store/atomic/branch programs for differential testing against Linux 6.1.

Like ../alu/gen.py: `python gen.py OUT_DIR` writes socket-filter raw programs (`_lo` returns r0,
`_hi` returns r0 >> 32) that first fill 64 stack bytes, then mix ALU ops, stores and loads of
every size (zero-extending), 32/64-bit atomics with and without fetch, xchg, cmpxchg, and
forward conditional jumps (JMP and JMP32, K and X). `--labels RESULTS.jsonl` writes labels.json.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", ".."))

from bpfsmt.spec import insn as I  # noqa: E402
from bpfsmt.spec.insn import Insn, encode  # noqa: E402

N = 100
SEED = 6162
SIZES = {1: I.BPF_B, 2: I.BPF_H, 4: I.BPF_W, 8: I.BPF_DW}
ALU = [I.BPF_ADD, I.BPF_SUB, I.BPF_MUL, I.BPF_OR, I.BPF_AND, I.BPF_XOR, I.BPF_LSH, I.BPF_RSH,
       I.BPF_ARSH, I.BPF_MOV]
ATOMICS = sorted(I.VALID_ATOMIC_IMMS)


def rand_u64(rng):
    if rng.random() < 0.3:
        return rng.choice([0, 1, (1 << 64) - 1, 1 << 63, 0xffffffff, 1 << 32, 0x80000000])
    return rng.getrandbits(64)


def body(rng):
    """Instructions without jumps; jumps are inserted afterwards as forward skips."""
    out = [Insn.lddw(r, rand_u64(rng)) for r in (0, 1, 2, 3, 4, 5)]
    for off in range(-64, 0, 8):
        out.append(Insn(I.BPF_STX | I.BPF_MEM | I.BPF_DW, 10, rng.randint(0, 5), off))
    for _ in range(rng.randint(6, 24)):
        k = rng.random()
        if k < 0.25:
            cls = rng.choice([I.BPF_ALU, I.BPF_ALU64])
            op = rng.choice(ALU)
            dst = rng.randint(0, 5)
            if op in (I.BPF_LSH, I.BPF_RSH, I.BPF_ARSH):
                out.append(Insn(cls | op | I.BPF_K, dst, 0, 0,
                                rng.randint(0, 31 if cls == I.BPF_ALU else 63)))
            elif rng.random() < 0.5:
                out.append(Insn(cls | op | I.BPF_X, dst, rng.randint(0, 5)))
            else:
                out.append(Insn(cls | op | I.BPF_K, dst, 0, 0, rng.randint(-(1 << 31), (1 << 31) - 1)))
        elif k < 0.45:
            n = rng.choice([1, 2, 4, 8])
            off = -64 + n * rng.randint(0, 64 // n - 1)
            if rng.random() < 0.5:
                out.append(Insn(I.BPF_STX | I.BPF_MEM | SIZES[n], 10, rng.randint(0, 5), off))
            else:
                out.append(Insn(I.BPF_ST | I.BPF_MEM | SIZES[n], 10, 0, off,
                                rng.randint(-(1 << 31), (1 << 31) - 1)))
        elif k < 0.7:
            n = rng.choice([1, 2, 4, 8])
            off = -64 + n * rng.randint(0, 64 // n - 1)
            out.append(Insn(I.BPF_LDX | I.BPF_MEM | SIZES[n], rng.randint(0, 5), 10, off))
        else:
            n = rng.choice([4, 8])
            off = -64 + n * rng.randint(0, 64 // n - 1)
            imm = rng.choice(ATOMICS)
            src = rng.randint(1, 5)     # cmpxchg uses r0 implicitly; keep src distinct from r0
            out.append(Insn(I.BPF_STX | I.BPF_ATOMIC | SIZES[n], 10, src, off, imm))
    return out


def with_jumps(rng, insns):
    """Insert forward conditional jumps that skip 1-3 following instructions (slots)."""
    out = []
    fixed = len([i for i in insns if i.is_wide]) + 8  # keep the set-up straight-line
    for idx, ins in enumerate(insns):
        out.append(ins)
        if idx >= fixed and rng.random() < 0.3 and idx + 3 < len(insns):
            skip = rng.randint(1, 3)
            cls = rng.choice([I.BPF_JMP, I.BPF_JMP32])
            op = rng.choice(list(I.COND_JMP_OPS))
            if rng.random() < 0.5:
                out.append(Insn(cls | op | I.BPF_X, rng.randint(0, 5), rng.randint(0, 5), skip))
            else:
                out.append(Insn(cls | op | I.BPF_K, rng.randint(0, 5), 0, skip,
                                rng.choice([0, 1, -1, 7, 0x7fffffff, rng.randint(-99, 99)])))
    return out


def gen(out):
    rng = random.Random(SEED)
    os.makedirs(out, exist_ok=True)
    exit_ = Insn(I.BPF_JMP | I.BPF_EXIT)
    shr = Insn(I.BPF_ALU64 | I.BPF_RSH | I.BPF_K, 0, 0, 0, 32)
    for i in range(N):
        prog = with_jumps(rng, body(rng))
        for tag, tail in (("lo", [exit_]), ("hi", [shr, exit_])):
            with open(os.path.join(out, f"mem_{i:03d}_{tag}.socket.raw"), "wb") as f:
                f.write(encode(prog + tail))


def labels(results, out_name="labels.json"):
    out = {}
    for line in open(results):
        r = json.loads(line)
        name = os.path.basename(r["file"]).split(".")[0]
        log = r.get("verifier_log") or ""
        out[name] = {"insns": r.get("insns"), "accepted": r.get("accepted"),
                     "errno": r.get("errno"),
                     "first_error": None if r.get("accepted") else
                     next((ln for ln in log.splitlines()[::-1] if ln and not
                           ln.startswith("processed")), None),
                     "retval": (r.get("test_run") or {}).get("retval")}
    with open(os.path.join(HERE, out_name), "w") as f:
        json.dump(out, f, indent=0, sort_keys=True)


if __name__ == "__main__":
    if sys.argv[1] == "--labels":
        labels(sys.argv[2])
    else:
        gen(sys.argv[1])
