"""Random ALU programs for differential testing of the executor against Linux 6.1's JIT.

`python gen.py OUT_DIR` writes N socket-filter raw programs (`alu_NNN_lo.socket.raw` returns r0,
`alu_NNN_hi.socket.raw` returns r0 >> 32, since test-run retvals are u32) using only the ALU
forms 6.1 accepts (no cpu-v4 sdiv/smod/movsx/bswap; shift immediates in range; no division by
an immediate 0; register divisors and shift counts may be anything). After the oracle run,
`python gen.py --labels RESULTS.jsonl` writes labels.json: program hex + retval + verdict.
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
SEED = 6161
OPS = [I.BPF_ADD, I.BPF_SUB, I.BPF_MUL, I.BPF_DIV, I.BPF_OR, I.BPF_AND, I.BPF_LSH, I.BPF_RSH,
       I.BPF_MOD, I.BPF_XOR, I.BPF_MOV, I.BPF_ARSH, I.BPF_NEG, I.BPF_END]
INTERESTING = [0, 1, -1, 2, 31, 32, 33, 63, 64, 0x7fffffff, -0x80000000, 0x80000000 - 1, 7, -7]


def rand_imm(rng):
    return rng.choice(INTERESTING) if rng.random() < 0.4 else rng.randint(-(1 << 31), (1 << 31) - 1)


def rand_u64(rng):
    pick = rng.random()
    if pick < 0.3:
        return rng.choice([0, 1, (1 << 64) - 1, 1 << 63, (1 << 63) - 1, 0xffffffff, 1 << 32, 64, 63])
    return rng.getrandbits(64)


def program(rng):
    insns = [Insn.lddw(r, rand_u64(rng)) for r in range(6)]
    for _ in range(rng.randint(4, 24)):
        cls = rng.choice([I.BPF_ALU, I.BPF_ALU64])
        w = 32 if cls == I.BPF_ALU else 64
        op = rng.choice(OPS)
        dst = rng.randint(0, 5)
        if op == I.BPF_NEG:
            insns.append(Insn(cls | op, dst))
            continue
        if op == I.BPF_END:
            if cls == I.BPF_ALU64:
                cls = I.BPF_ALU
            insns.append(Insn(cls | op | rng.choice([I.BPF_TO_LE, I.BPF_TO_BE]), dst,
                              imm=rng.choice([16, 32, 64])))
            continue
        if rng.random() < 0.5:
            insns.append(Insn(cls | op | I.BPF_X, dst, rng.randint(0, 5)))
            continue
        imm = rand_imm(rng)
        if op in (I.BPF_LSH, I.BPF_RSH, I.BPF_ARSH):
            imm = rng.randint(0, w - 1)
        if op in (I.BPF_DIV, I.BPF_MOD) and imm == 0:
            imm = 3
        insns.append(Insn(cls | op | I.BPF_K, dst, 0, 0, imm))
    return insns


def gen(out):
    rng = random.Random(SEED)
    os.makedirs(out, exist_ok=True)
    for i in range(N):
        body = program(rng)
        exit_ = Insn(I.BPF_JMP | I.BPF_EXIT)
        shr = Insn(I.BPF_ALU64 | I.BPF_RSH | I.BPF_K, 0, 0, 0, 32)
        for tag, tail in (("lo", [exit_]), ("hi", [shr, exit_])):
            with open(os.path.join(out, f"alu_{i:03d}_{tag}.socket.raw"), "wb") as f:
                f.write(encode(body + tail))


def labels(results, out_name="labels.json"):
    out = {}
    for line in open(results):
        r = json.loads(line)
        name = os.path.basename(r["file"]).split(".")[0]
        out[name] = {"insns": r.get("insns"), "accepted": r.get("accepted"),
                     "errno": r.get("errno"),
                     "retval": (r.get("test_run") or {}).get("retval")}
    with open(os.path.join(HERE, out_name), "w") as f:
        json.dump(out, f, indent=0, sort_keys=True)


if __name__ == "__main__":
    if sys.argv[1] == "--labels":
        labels(sys.argv[2])
    else:
        gen(sys.argv[1])
