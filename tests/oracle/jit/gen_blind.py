"""Programs for constant blinding (bpf_jit_harden): every conditional JMP/JMP32 K form as the
back-jump of a bounded loop (blinding makes a back-jump 2 slots longer) with an lddw inside the
loop (crossed by the back-jump), a forward jump over lddws and blinded ALU/ST forms, and mov K 0
(rewritten to xor). Each loop terminates for the verifier and at run time; the programs return a
sum of their registers, so BPF_PROG_TEST_RUN's retval must not change under blinding.
Run: python gen_blind.py OUT_DIR"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_inputs import prelude, finish, alu, jmp, st, ldx, A64, A32, J64, J32  # noqa: E402
from bpfsmt.spec.insn import Insn, encode  # noqa: E402

# (condition, counter start, step op, step imm, K): the loop runs while `r1 cond K`
LOOPS = (("jlt", 0, "add", 1, 5), ("jle", 0, "add", 1, 4), ("jslt", -3, "add", 1, 2),
         ("jsle", -3, "add", 1, 1), ("jne", 0, "add", 1, 5), ("jeq", 0, "add", 1, 1),
         ("jgt", 10, "sub", 1, 6), ("jge", 10, "sub", 1, 7), ("jsgt", 3, "sub", 1, -2),
         ("jsge", 3, "sub", 1, -1), ("jset", 64, "rsh", 1, 0x3C))


def loops(jcls, acls):
    body = []
    for cond, start, op, step, k in LOOPS:
        loop = [alu(acls, op, 1, imm=step), Insn.lddw(2, 0x1122334455667788 + k),
                alu(A64, "add", 0, 2), alu(A64, "add", 0, 1)]
        body += [alu(A64, "mov", 1, imm=start)] + loop + \
            [jmp(jcls, cond, 1, -(len(loop) + 2), imm=k)]
    return prelude() + body + finish()


def forward():
    """A forward jump over lddws and blinded ALU/ST forms; mov K 0 in both classes."""
    skipped = [Insn.lddw(4, -2), alu(A32, "mov", 5, imm=0), alu(A64, "mov", 8, imm=0),
               alu(A32, "div", 4, imm=7), alu(A64, "mod", 3, imm=-9),
               st("dw", 10, -8, -5), st("w", 10, -16, -0x12345), st("h", 10, -24, 0x7123),
               st("b", 10, -32, -1), ldx("dw", 9, 10, -8), ldx("w", 7, 10, -16),
               Insn.lddw(8, 0xFFFFFFFF00000000)]
    body = [jmp(J64, "jgt", 2, len(skipped) + 2, imm=0x1000), *skipped,
            jmp(J32, "jsle", 3, 1, imm=-7), alu(A64, "xor", 0, imm=0x5A5A)]
    return prelude() + body + finish()


PROGS = {"blind_loops_jmp": loops(J64, A64), "blind_loops_jmp32": loops(J32, A32),
         "blind_forward": forward()}


if __name__ == "__main__":
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, insns in PROGS.items():
        with open(os.path.join(out, f"{name}.socket.raw"), "wb") as f:
            f.write(encode(insns))
