"""check_alu_op's checks in the kernel's order, decided once per insn (alu.alu_plan) for the
walk with and without a log: each malformed ALU insn gets the kernel's message and errno, the
same whether or not the log narrates the walk."""
import pytest

from bpfsmt.grammar.asm import parse_program_text
from bpfsmt.solver.verifier import verify
from bpfsmt.spec.errno import EACCES, EINVAL
from bpfsmt.spec.insn import (BPF_ADD, BPF_ALU, BPF_ALU64, BPF_DIV, BPF_END, BPF_K, BPF_LSH,
                              BPF_MOV, BPF_NEG, BPF_X, Insn)


def raw(opcode, dst=0, src=0, off=0, imm=0) -> str:
    """One instruction slot as the assembler's `.8byte`."""
    return f" .8byte {int.from_bytes(Insn.make(opcode, dst, src, off, imm).encode(), 'little')}\n"


def run(body: str, **kw):
    text = ".program p section=socket\n r0 = 0\n r1 = 1\n" + body + " r0 = 0\n exit\n"
    pf = parse_program_text(text, "<t>")
    return verify(pf, "p", **kw)


ALU64_ADD_K, ALU64_ADD_X = BPF_ALU64 | BPF_ADD | BPF_K, BPF_ALU64 | BPF_ADD | BPF_X
CASES = [
    # reserved fields come before any register check (R12 is never looked at)
    (raw(ALU64_ADD_K, 12, 0, 1, 1), "BPF_ALU uses reserved fields", EINVAL),
    (raw(ALU64_ADD_X, 1, 12), "R12 is invalid", EINVAL),
    (raw(ALU64_ADD_X, 12, 1), "R12 is invalid", EINVAL),
    (raw(BPF_ALU64 | BPF_MOV | BPF_K, 1, 3), "BPF_MOV uses reserved fields", EINVAL),
    (raw(BPF_ALU64 | BPF_MOV | BPF_X, 1, 2, 0, 5), "BPF_MOV uses reserved fields", EINVAL),
    (raw(BPF_ALU64 | BPF_NEG, 1, 0, 0, 1), "BPF_NEG uses reserved fields", EINVAL),
    (raw(BPF_ALU | BPF_END, 1, 0, 0, 17), "BPF_END uses reserved fields", EINVAL),
    # the source and destination reads come before the constant's checks
    (raw(ALU64_ADD_X, 1, 5), "R5 !read_ok", EACCES),
    (raw(BPF_ALU64 | BPF_DIV | BPF_K, 6, 0, 0, 0), "R6 !read_ok", EACCES),
    (raw(BPF_ALU64 | BPF_DIV | BPF_K, 1, 0, 0, 0), "div by zero", EINVAL),
    (raw(BPF_ALU | BPF_LSH | BPF_K, 1, 0, 0, 32), "invalid shift 32", EINVAL),
    (raw(BPF_ALU64 | BPF_LSH | BPF_K, 1, 0, 0, 63), None, 0),
    # then the destination is written
    (raw(ALU64_ADD_K, 10, 0, 0, 8), "frame pointer is read only", EACCES),
    (raw(BPF_ALU64 | BPF_MOV | BPF_K, 11), "R11 is invalid", EINVAL),
    (raw(BPF_ALU64 | BPF_NEG, 10), "frame pointer is read only", EACCES),
]
# without CAP_PERFMON a pointer may not be negated (is_pointer_value)
UNPRIV = [(" r1 = r10\n" + raw(BPF_ALU64 | BPF_NEG, 1), "R1 pointer arithmetic prohibited", EACCES)]


@pytest.mark.parametrize("body,msg,errno,unpriv", [(*c, False) for c in CASES] +
                         [(*c, True) for c in UNPRIV])
def test_alu_checks_in_kernel_order_with_and_without_log(body, msg, errno, unpriv):
    quiet = run(body, unpriv=unpriv)
    loud = run(body, unpriv=unpriv, log_level=2)
    assert quiet.accepted == (msg is None), quiet.message
    assert (quiet.message, quiet.errno) == (loud.message, loud.errno)
    if msg is not None:
        assert quiet.message == msg and quiet.errno == errno
        assert msg in loud.log, loud.log[-5:]
