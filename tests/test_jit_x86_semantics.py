"""spec/x86.py against a real CPU emulator: the Z3 semantics evaluated on concrete inputs must
agree with unicorn on whole JIT images (prologue, ALU, div/mod with rdx != 0, shifts, byte
swaps, loads/stores, atomics incl. the cmpxchg loop, epilogue). A wrong flag, a missing
zero-extension or a wrong #DE condition in the semantics shows up here."""
import struct

import z3
from hypothesis import HealthCheck, given, settings, strategies as st

from bpfsmt.solver.jit.program import jit_program
from bpfsmt.spec import x86
from bpfsmt.spec.insn import Insn

from test_jit_unicorn import MEM, MEMLEN, STACK, RET, _run_unicorn, programs


def _run_z3(img, buf):
    mem = z3.K(z3.BitVecSort(64), z3.BitVecVal(0, 8))
    for k, b in enumerate(buf):
        mem = z3.Store(mem, MEM + k, b)
    sp = STACK + 0x8000
    mem = x86.mem_write(mem, z3.BitVecVal(sp, 64), z3.BitVecVal(RET, 64), 8)
    st_ = x86.initial_state("c", mem)
    for r in x86.GPRS:
        st_.regs[r] = z3.BitVecVal(0, 64)
    st_.regs["rsp"] = z3.BitVecVal(sp, 64)
    st_.regs["rdi"] = z3.BitVecVal(MEM, 64)
    st_.regs["rsi"] = z3.BitVecVal(MEMLEN, 64)
    finals = x86.Machine(img).run(st_)
    live = [f for f in finals if z3.is_true(z3.simplify(f.path))]
    assert len(live) == 1, [(f.exit, f.fault) for f in finals]
    f = live[0]
    assert f.fault is None and f.exit[0] == "ret", (f.exit, f.fault)
    rax = z3.simplify(f.regs["rax"]).as_long()
    out = bytes(z3.simplify(z3.Select(f.mem, MEM + k)).as_long() for k in range(MEMLEN))
    return rax, out


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(programs(), st.binary(min_size=MEMLEN, max_size=MEMLEN))
def test_x86_semantics_agree_with_unicorn(insns, buf):
    prog = insns + [Insn.make(0x95)]
    img = jit_program(prog, xlated=False, stack_depths=[0]).image
    assert _run_z3(img, buf) == _run_unicorn(prog, buf)


def test_div_with_nonzero_high_half():
    """`div ecx` with edx != 0 but edx < ecx does not fault (quotient fits): the #DE condition."""
    code = bytes.fromhex("f7f1")            # div ecx

    def state(rdx):
        st_ = x86.initial_state("d")
        st_.regs.update(rax=z3.BitVecVal(0x834020, 64), rdx=z3.BitVecVal(rdx, 64),
                        rcx=z3.BitVecVal(0x80000000, 64))
        return st_
    fs = [f for f in x86.Machine(code).run(state(0x177207d0))
          if z3.is_true(z3.simplify(f.path))]
    assert len(fs) == 1 and fs[0].fault is None
    wide = (0x177207d0 << 32) | 0x834020
    assert z3.simplify(fs[0].regs["rax"]).as_long() == wide // 0x80000000
    fs = [f for f in x86.Machine(code).run(state(0x80000000))      # hi >= divisor: #DE
          if z3.is_true(z3.simplify(f.path))]
    assert len(fs) == 1 and fs[0].fault == "#DE divide error"
