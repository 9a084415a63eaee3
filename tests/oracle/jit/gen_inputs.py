"""Generate the JIT oracle inputs: raw socket-filter programs covering every instruction class.

Why raw: clang 14's inline assembler lacks several atomic spellings, and raw files give the exact
instruction (dst/src register choice matters to the JIT: rax/rdx in div, rcx in shifts, REX for
r8..r15 and sil/dil). Each program reads unknown values out of the __sk_buff first so that the
verifier cannot fold branches away, then runs the instructions under test.
Run: python gen_inputs.py OUT_DIR   (then /work/shared/oracle/run.sh OUT_DIR results/)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", ".."))
from bpfsmt.spec.insn import Insn, encode  # noqa: E402

A64, A32, J64, J32 = 0x07, 0x04, 0x05, 0x06
OPS = {"add": 0x00, "sub": 0x10, "mul": 0x20, "div": 0x30, "or": 0x40, "and": 0x50, "lsh": 0x60,
       "rsh": 0x70, "neg": 0x80, "mod": 0x90, "xor": 0xA0, "mov": 0xB0, "arsh": 0xC0}
JOPS = {"jeq": 0x10, "jgt": 0x20, "jge": 0x30, "jset": 0x40, "jne": 0x50, "jsgt": 0x60,
        "jsge": 0x70, "jlt": 0xA0, "jle": 0xB0, "jslt": 0xC0, "jsle": 0xD0}
SZ = {"w": 0x00, "h": 0x08, "b": 0x10, "dw": 0x18}


def alu(cls, op, dst, src=None, imm=0):
    if src is None:
        return Insn.make(cls | OPS[op] | 0x00, dst, 0, 0, imm)
    return Insn.make(cls | OPS[op] | 0x08, dst, src, 0, 0)


def ldx(sz, dst, src, off):
    return Insn.make(0x61 | SZ[sz], dst, src, off, 0)


def stx(sz, dst, src, off):
    return Insn.make(0x63 | SZ[sz], dst, src, off, 0)


def st(sz, dst, off, imm):
    return Insn.make(0x62 | SZ[sz], dst, 0, off, imm)


def atomic(sz, dst, src, off, imm):
    return Insn.make(0xC3 | SZ[sz], dst, src, off, imm)


def jmp(cls, op, dst, off, src=None, imm=0):
    if src is None:
        return Insn.make(cls | JOPS[op], dst, 0, off, imm)
    return Insn.make(cls | JOPS[op] | 0x08, dst, src, off, 0)


def ja(off):
    return Insn.make(0x05, 0, 0, off, 0)


EXIT = Insn.make(0x95)


def prelude():
    """r6 = ctx; r0, r2..r5, r7..r9 = unknown u32 from __sk_buff; r3, r7 made 64-bit wide."""
    out = [alu(A64, "mov", 6, 1)]
    for reg, off in ((0, 0), (2, 4), (3, 8), (4, 32), (5, 48), (7, 52), (8, 56), (9, 60),
                     (1, 64)):
        out.append(ldx("w", reg, 6, off))
    out += [alu(A64, "lsh", 3, imm=32), alu(A64, "or", 3, 2),
            alu(A64, "lsh", 7, imm=29), alu(A64, "xor", 7, 5)]
    return out


def finish(regs=(0, 1, 2, 3, 4, 5, 7, 8, 9)):
    out = []
    for r in regs:
        if r:
            out.append(alu(A64, "add", 0, r))
    return out + [EXIT]


PROGS = {}


def prog(name, body, fin=True, skip=None):
    """`skip`: a register holding a pointer, left out of the final sum."""
    regs = tuple(r for r in (0, 1, 2, 3, 4, 5, 7, 8, 9) if r != skip)
    PROGS[name] = prelude() + body + (finish(regs) if fin else [])


# --- ALU, immediate -------------------------------------------------------------------------
for cls, cn in ((A64, "alu64"), (A32, "alu32")):
    for dst in (0, 2, 5, 7):
        body = []
        for op in ("add", "sub", "and", "or", "xor"):
            for imm in (3, -5, 0x12345, -0x80000000, 127, 128, -128):
                body.append(alu(cls, op, dst, imm=imm))
        for imm in (3, 0x12345, -7):
            body.append(alu(cls, "mul", dst, imm=imm))
        for imm in (7, 0x10001, -3):
            body += [alu(cls, "div", dst, imm=imm), alu(cls, "mod", dst, imm=imm)]
        for op in ("lsh", "rsh", "arsh"):
            for imm in (1, 5, 31 if cls == A32 else 40):
                body.append(alu(cls, op, dst, imm=imm))
        body.append(alu(cls, "neg", dst))
        prog(f"{cn}_k_r{dst}", body)
    movs = []
    for dst in (0, 2, 5, 9):
        for imm in (0, 1, -1, 0x7fffffff, -0x80000000):
            movs += [alu(cls, "mov", dst, imm=imm), alu(A64, "add", 1, dst)]
    prog(f"{cn}_mov_k", movs)

# --- ALU, register ---------------------------------------------------------------------------
PAIRS = [(0, 2), (2, 0), (3, 4), (4, 3), (5, 9), (1, 1), (4, 4), (0, 3), (3, 0), (9, 8), (2, 7)]
for cls, cn in ((A64, "alu64"), (A32, "alu32")):
    for k in range(0, len(PAIRS), 4):
        body = []
        for dst, src in PAIRS[k:k + 4]:
            for op in ("add", "sub", "and", "or", "xor", "mul", "mov", "lsh", "rsh", "arsh"):
                body.append(alu(cls, op, dst, src))
                body.append(alu(A64, "or", src, imm=1))
            for op in ("div", "mod"):
                body.append(alu(cls, op, dst, src))
        prog(f"{cn}_x_{k // 4}", body)

# --- byte swaps, mov32 zext -------------------------------------------------------------------
for dst in (0, 3, 5, 8):
    body = []
    for src_k, imm in ((0x08, 16), (0x08, 32), (0x08, 64), (0x00, 16), (0x00, 32), (0x00, 64)):
        body.append(Insn.make(0xD4 | src_k, dst, 0, 0, imm))
        body.append(alu(A64, "add", 1, dst))
    body += [alu(A32, "mov", dst, dst), alu(A64, "mov", dst, dst)]
    prog(f"end_r{dst}", body)

# --- loads and stores ---------------------------------------------------------------------------
for base in (10, 7, 5, 1):
    body = []
    if base != 10:
        body += [alu(A64, "mov", base, 10), alu(A64, "add", base, imm=-400)]
        offs = (392, 8, 200)
    else:
        offs = (-8, -16, -304)
    for val in (0, 2, 1, 8):
        if val == base:
            continue
        for sz in ("dw", "w", "h", "b"):
            for off in offs:
                body.append(st(sz, base, off, -2))
                body.append(stx(sz, base, val, off))
                body.append(ldx(sz, val if val != 0 else 0, base, off))
    body.append(st("dw", base, offs[0], 0x11223344))
    prog(f"mem_base_r{base}", body, skip=base)

# --- atomics ---------------------------------------------------------------------------------------
ATOM = [0x00, 0x40, 0x50, 0xA0, 0x01, 0x41, 0x51, 0xA1, 0xE1, 0xF1]
for base, vals in ((10, (1, 5, 2)), (7, (0, 3, 8)), (0, (1, 2, 9))):
    for sz in ("dw", "w"):
        body = []
        if base != 10:
            body += [alu(A64, "mov", base, 10), alu(A64, "add", base, imm=-64)]
            off = 48
        else:
            off = -16
        body += [st("dw", base, off, 0)]
        for v in vals:
            for op in ATOM:
                if op == 0xF1 and base == 0:
                    continue  # cmpxchg uses r0 as the comparand
                body.append(atomic(sz, base, v, off, op))
                if op == 0xF1 and sz == "w":
                    pass
        if base == 0:
            body.append(alu(A64, "mov", 0, imm=0))
        prog(f"atomic_{sz}_base_r{base}", body, skip=base)

# --- conditional jumps -------------------------------------------------------------------------------
for cls, cn in ((J64, "jmp"), (J32, "jmp32")):
    for src_mode in ("k", "x"):
        body = []
        for op in JOPS:
            if src_mode == "k":
                cases = [(0, 0), (2, 5), (5, 0x1000), (7, -1), (9, 0)]
            else:
                cases = [(0, 2), (2, 0), (5, 9), (3, 4)]
            for dst, v in cases:
                if src_mode == "k":
                    body.append(jmp(cls, op, dst, 1, imm=v))
                else:
                    body.append(jmp(cls, op, dst, 1, src=v))
                body.append(alu(A64, "add", 1, imm=1))
        prog(f"{cn}_{src_mode}", body)

# long jumps: near (rel32) encodings, forward and backward, and the convergence of jump sizes
body = [jmp(J64, "jgt", 2, 40, imm=3)]
body += [alu(A64, "add", 1, imm=0x1234 + k) for k in range(39)]
body += [ja(41)]
body += [alu(A64, "add", 0, imm=0x4321 + k) for k in range(40)]
body += [jmp(J32, "jlt", 3, 0, src=4)]              # 81: jumps to 82 either way
body += [alu(A64, "mov", 1, imm=0)]                  # 82: ja lands here
body += [alu(A64, "add", 0, imm=0x100 + k) for k in range(40)]
body += [alu(A64, "add", 1, imm=1), jmp(J64, "jlt", 1, -42, imm=3)]
prog("jmp_long", body)

# ja +0 is dropped, a short ja kept
body = [ja(0), jmp(J64, "jeq", 2, 2, imm=1), alu(A64, "add", 1, imm=1), ja(1),
        alu(A64, "add", 1, imm=2), alu(A64, "add", 1, imm=3)]
prog("jmp_ja", body)

# a bounded loop: backward conditional jump
body = [alu(A64, "mov", 1, imm=0), alu(A64, "add", 1, imm=1), alu(A64, "add", 0, 1),
        jmp(J64, "jlt", 1, -3, imm=10)]
prog("jmp_loop", body)

# several exits: later exits jump to the first one's epilogue
body = [jmp(J64, "jeq", 2, 2, imm=0), alu(A64, "mov", 0, 7), EXIT, jmp(J64, "jgt", 3, 2, src=4),
        alu(A64, "mov", 0, 8), EXIT, alu(A64, "mov", 0, 9), EXIT]
prog("multi_exit", body, fin=False)

# lddw constants
body = []
for dst, v in ((0, 5), (2, 0xffffffff), (5, 0x100000000), (7, -1), (9, 0), (3, 0x8000000000000000)):
    body += [Insn.lddw(dst, v), alu(A64, "add", 1, dst)]
prog("lddw_imm", body)


def main(out):
    os.makedirs(out, exist_ok=True)
    for name, insns in PROGS.items():
        with open(os.path.join(out, f"{name}.socket.raw"), "wb") as f:
            f.write(encode(insns))
    print(f"{len(PROGS)} programs written to {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "inputs"))
