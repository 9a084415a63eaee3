"""Cross-check: the emitted x86-64 bytes, executed by unicorn, agree with the concrete executor.

Hypothesis generates straight-line 6.1 programs over a 64-byte buffer (R1 points to it, as in
the executor's conformance mode): ALU32/ALU64 with K and X operands (div/mod by a register
guarded the way the verifier patches it), byte swaps, loads/stores of every size, atomics.
The JIT model's image is run by unicorn (retpolines are irrelevant: no indirect jumps); R0 and
every qword of the buffer must equal what `bpfsmt.solver.concrete.exec.execute` computes.
"""
import struct

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from bpfsmt.solver.jit.program import jit_program
from bpfsmt.spec.insn import Insn
from bpfsmt.spec.program import Function, Program, ProgramFile

unicorn = pytest.importorskip("unicorn")
from unicorn import Uc, UC_ARCH_X86, UC_MODE_64  # noqa: E402
from unicorn.x86_const import (UC_X86_REG_RAX, UC_X86_REG_RDI, UC_X86_REG_RSI,  # noqa: E402
                               UC_X86_REG_RSP)

CODE, MEM, STACK, RET = 0x400000, 0x600000, 0x700000, 0x500000
MEMLEN = 64
REGS = [0, 2, 3, 4, 5, 6, 7, 8, 9]          # R1 keeps the buffer pointer, R10 is read-only
OPS = [0x00, 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x80, 0x90, 0xA0, 0xB0, 0xC0, 0xD0]
ATOMIC = [0x00, 0x40, 0x50, 0xA0, 0x01, 0x41, 0x51, 0xA1, 0xE1, 0xF1]


@st.composite
def alu(draw):
    cls = draw(st.sampled_from([0x04, 0x07]))
    op = draw(st.sampled_from(OPS))
    dst = draw(st.sampled_from(REGS))
    w = 32 if cls == 0x04 else 64
    if op == 0x80:
        return [Insn.make(cls | op, dst)]
    if op == 0xD0:
        if cls == 0x07:
            cls = 0x04
        return [Insn.make(cls | op | draw(st.sampled_from([0, 8])), dst, 0, 0,
                          draw(st.sampled_from([16, 32, 64])))]
    if draw(st.booleans()):
        src = draw(st.sampled_from(REGS + [1, 10] if op == 0xB0 else REGS))
        insn = Insn.make(cls | op | 8, dst, src)
        if op in (0x30, 0x90):
            # the verifier's guard (do_misc_fixups): x/0 = 0, x%0 = x
            j = 0x06 if w == 32 else 0x05
            if op == 0x30:
                return [Insn.make(j | 0x50, src, 0, 2, 0), Insn.make(0x04 | 0xA0 | 8, dst, dst),
                        Insn.make(0x05, 0, 0, 1), insn]
            zext = [Insn.make(0xBC, dst, dst)] if w == 32 else [Insn.make(0x05, 0, 0, 0)]
            return [Insn.make(j | 0x10, src, 0, 2 if w == 32 else 1), insn,
                    Insn.make(0x05, 0, 0, 1)] + zext
        if src in (1, 10):
            # R1/R10 hold addresses, which differ between unicorn and the executor: keep the
            # MOV encoding under test, then cancel the address (dst -= src at the same width)
            return [insn, Insn.make(cls | 0x10 | 8, dst, src)]
        return [insn]
    if op in (0x60, 0x70, 0xC0):
        imm = draw(st.integers(0, w - 1))
    elif op in (0x30, 0x90):
        imm = draw(st.integers(-(1 << 31), (1 << 31) - 1).filter(lambda v: v != 0))
    else:
        imm = draw(st.one_of(st.integers(-128, 127), st.integers(-(1 << 31), (1 << 31) - 1),
                             st.sampled_from([0, 1, -1])))
    return [Insn.make(cls | op, dst, 0, 0, imm)]


@st.composite
def mem(draw):
    kind = draw(st.sampled_from(["ldx", "st", "stx", "atomic"]))
    size = draw(st.sampled_from([0x18, 0x00, 0x08, 0x10]))
    nbytes = {0x18: 8, 0x00: 4, 0x08: 2, 0x10: 1}[size]
    off = draw(st.integers(0, MEMLEN // nbytes - 1)) * nbytes
    if kind == "ldx":
        return [Insn.make(0x61 | size, draw(st.sampled_from(REGS)), 1, off)]
    if kind == "st":
        return [Insn.make(0x62 | size, 1, 0, off, draw(st.integers(-(1 << 31), (1 << 31) - 1)))]
    if kind == "stx":
        return [Insn.make(0x63 | size, 1, draw(st.sampled_from(REGS)), off)]
    size = draw(st.sampled_from([0x18, 0x00]))
    nbytes = 8 if size == 0x18 else 4
    off = draw(st.integers(0, MEMLEN // nbytes - 1)) * nbytes
    op = draw(st.sampled_from(ATOMIC))
    out = [Insn.make(0xC3 | size, 1, draw(st.sampled_from(REGS)), off, op)]
    if op == 0xF1 and size == 0x00:
        out.append(Insn.make(0xBC, 0, 0, 0, 1))      # BPF_ZEXT_REG(R0), as the verifier adds
    return out


@st.composite
def programs(draw):
    body = []
    for chunk in draw(st.lists(st.one_of(alu(), mem()), min_size=1, max_size=14)):
        body += chunk
    prefix = [Insn.make(0x79, r, 1, 8 * (k % 8)) for k, r in enumerate(REGS)]
    return prefix + body


def _program(insns, ret_qword=None):
    tail = []
    if ret_qword is not None:
        tail = [Insn.make(0x79, 0, 1, 8 * ret_qword)]
    p = Program("p", "socket", insns + tail + [Insn.make(0x95)], [Function("p", 0)])
    return ProgramFile("<test>", {}, [p])


def _run_unicorn(insns, buf):
    if not insns or not insns[-1].is_exit:
        insns = insns + [Insn.make(0x95)]
    res = jit_program(insns, xlated=False, stack_depths=[0])
    img = res.image
    uc = Uc(UC_ARCH_X86, UC_MODE_64)
    uc.mem_map(CODE, 0x10000)
    uc.mem_map(MEM, 0x1000)
    uc.mem_map(STACK, 0x10000)
    uc.mem_map(RET, 0x1000)
    uc.mem_write(CODE, img)
    uc.mem_write(MEM, bytes(buf))
    sp = STACK + 0x8000
    uc.mem_write(sp, struct.pack("<Q", RET))
    uc.reg_write(UC_X86_REG_RSP, sp)
    uc.reg_write(UC_X86_REG_RDI, MEM)
    uc.reg_write(UC_X86_REG_RSI, MEMLEN)
    uc.emu_start(CODE, RET, count=100000)
    return uc.reg_read(UC_X86_REG_RAX), bytes(uc.mem_read(MEM, MEMLEN))


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(programs(), st.binary(min_size=MEMLEN, max_size=MEMLEN))
def test_jit_agrees_with_executor(insns, buf):
    from bpfsmt.solver.concrete.exec import ExecInputs, execute
    pf = _program(insns)
    ref = execute(pf, pf.programs[0], ExecInputs(mem=buf))
    assert ref.fault is None, ref.fault
    r0_x86, mem_x86 = _run_unicorn(pf.programs[0].insns, buf)
    assert r0_x86 == ref.r0
    # the buffer: read each qword back through the executor
    for k in range(MEMLEN // 8):
        pk = _program(insns, ret_qword=k)
        rk = execute(pk, pk.programs[0], ExecInputs(mem=buf))
        assert struct.unpack_from("<Q", mem_x86, 8 * k)[0] == rk.r0, f"qword {k}"


def test_unicorn_catches_a_wrong_jit():
    """The harness is not vacuous: a mutant JIT (no zero-extension of 32-bit add) disagrees."""
    from bpfsmt.solver.concrete.exec import ExecInputs, execute
    from bpfsmt.solver.jit import emit as E
    from bpfsmt.proofs.jit_insn import Alu32AddNoZext
    insns = [Insn.make(0x79, 0, 1, 0), Insn.make(0x04, 0, 0, 0, 1)]
    buf = b"\xff" * 4 + bytes(MEMLEN - 4)
    pf = _program(insns)
    ref = execute(pf, pf.programs[0], ExecInputs(mem=buf))
    assert _run_unicorn(insns, buf)[0] == ref.r0 == 0
    cfg = E.JitConfig(jit=Alu32AddNoZext)
    img = jit_program(insns + [Insn.make(0x95)], xlated=False, stack_depths=[0], cfg=cfg).image
    uc = Uc(UC_ARCH_X86, UC_MODE_64)
    for base, size in ((CODE, 0x10000), (MEM, 0x1000), (STACK, 0x10000), (RET, 0x1000)):
        uc.mem_map(base, size)
    uc.mem_write(CODE, img)
    uc.mem_write(MEM, buf)
    uc.mem_write(STACK + 0x8000, struct.pack("<Q", RET))
    uc.reg_write(UC_X86_REG_RSP, STACK + 0x8000)
    uc.reg_write(UC_X86_REG_RDI, MEM)
    uc.emu_start(CODE, RET, count=1000)
    assert uc.reg_read(UC_X86_REG_RAX) != ref.r0


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(programs())
def test_model_bytes_validate(insns):
    """Translation validation accepts the model's own image for random programs (every
    instruction proved on its decoded bytes with concrete operands)."""
    from bpfsmt.solver.jit.validate import validate
    prog = insns + [Insn.make(0x95)]
    img = jit_program(prog, xlated=False, stack_depths=[0]).image
    v = validate(prog, img, xlated=False, stack_depths=[0])
    assert v.verdict == "equivalent", (v.reason, v.counterexample)
