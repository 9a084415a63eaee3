"""Random branchy raw programs: forward jumps of all lengths (short/near convergence)."""
import os
import random
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_inputs import prelude, finish, alu, jmp, ja, A64, A32, J64, J32, JOPS, Insn
from bpfsmt.spec.insn import encode
out = sys.argv[1]
for seed in range(8):
    rnd = random.Random(seed)
    n = rnd.choice([40, 80, 160])
    body = []
    for k in range(n):
        r = rnd.random()
        remaining = n - k - 1
        if r < 0.2 and remaining > 1:
            off = rnd.randint(1, remaining)
            cls = rnd.choice([J64, J32])
            op = rnd.choice(list(JOPS))
            if rnd.random() < 0.5:
                body.append(jmp(cls, op, rnd.choice([0, 2, 3, 4, 5, 7, 8, 9]), off, imm=rnd.choice([0, 1, -1, 300, 1 << 20])))
            else:
                body.append(jmp(cls, op, rnd.choice([0, 2, 3, 4, 5, 7, 8, 9]), off, src=rnd.choice([0, 2, 3, 4, 5, 7, 8, 9])))
        else:
            cls = rnd.choice([A64, A32])
            op = rnd.choice(["add", "sub", "and", "or", "xor", "mul", "mov"])
            d = rnd.choice([0, 2, 3, 4, 5, 7, 8, 9])
            if rnd.random() < 0.5:
                body.append(alu(cls, op, d, imm=rnd.choice([1, 7, -3, 1000, 1 << 24])))
            else:
                body.append(alu(cls, op, d, rnd.choice([0, 2, 3, 4, 5, 7, 8, 9])))
    insns = prelude() + body + finish()
    open(os.path.join(out, f"rand_{seed}.socket.raw"), "wb").write(encode(insns))
