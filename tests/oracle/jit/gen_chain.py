"""A chain of conditional jumps that shrink one per pass (short/near convergence), so the JIT
needs more than PADDING_PASSES (15) passes and pads shrinking jumps with NOPs from then on.
J_k jumps over its 116-byte filler F_k and over J_{k+1} (cmp + jcc): 116 + 4 + 6 > 123 until J_{k+1}
becomes short, then 116 + 4 + 2 <= 123. A forward jump sees the previous pass's addresses, so the
shrinking travels backwards one jump per pass.
Run: python gen_chain.py OUT_DIR"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_inputs import prelude, finish, alu, jmp, A64, J64  # noqa: E402
from bpfsmt.spec.insn import encode  # noqa: E402


def chain(n, filler=29):
    body = []
    for k in range(n):
        last = k == n - 1
        body.append(jmp(J64, "jgt", 2, (filler + 1) if not last else 4, imm=3))
        body += [alu(A64, "add", 1, imm=1)] * filler
    return prelude() + body + finish()


if __name__ == "__main__":
    out = sys.argv[1]
    for n in (12, 18, 24):
        with open(os.path.join(out, f"chain_{n}.socket.raw"), "wb") as f:
            f.write(encode(chain(n)))
