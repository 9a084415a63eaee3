"""Hypothesis strategies for BPF instructions and programs, for users fuzzing their own rules.

`insns()` draws every valid RFC 9669 instruction (every opcode, including the cpu-v4 forms:
sdiv/smod, movsx, sign-extending loads, bswap, gotol, 32/64-bit atomics with fetch, xchg and
cmpxchg, and lddw with each pseudo source 0-6), with the fields an instruction does not use set
to zero, which is exactly the set the text syntaxes can print and read back.

    from hypothesis import given
    from bpfsmt.testing import insns
    @given(insns())
    def test_my_rule(insn): ...

Other helpers may append strategies below in clearly separated sections.
"""
from __future__ import annotations

from hypothesis import strategies as st

from bpfsmt.spec import insn as I
from bpfsmt.spec.insn import Insn

S16 = st.integers(-(1 << 15), (1 << 15) - 1)
S32 = st.integers(-(1 << 31), (1 << 31) - 1)
REGS = st.integers(0, 10)

ALU_OPS_BINARY = list(I.BINARY_ALU_OPS)
JMP_CONDS = list(I.COND_JMP_OPS)
SIZES = [I.BPF_B, I.BPF_H, I.BPF_W, I.BPF_DW]


@st.composite
def alu_insns(draw):
    cls = draw(st.sampled_from([I.BPF_ALU, I.BPF_ALU64]))
    kind = draw(st.sampled_from(["binary", "neg", "end", "sdivmod", "movsx"]))
    dst = draw(REGS)
    if kind == "neg":
        return Insn(cls | I.BPF_NEG, dst)
    if kind == "end":
        bits = draw(st.sampled_from([16, 32, 64]))
        src = I.BPF_TO_LE if cls == I.BPF_ALU64 else draw(st.sampled_from([I.BPF_TO_LE,
                                                                          I.BPF_TO_BE]))
        return Insn(cls | I.BPF_END | src, dst, imm=bits)
    if kind == "sdivmod":
        op = draw(st.sampled_from([I.BPF_DIV, I.BPF_MOD]))
        if draw(st.booleans()):
            return Insn(cls | op | I.BPF_X, dst, draw(REGS), 1)
        return Insn(cls | op | I.BPF_K, dst, 0, 1, draw(S32))
    if kind == "movsx":
        off = draw(st.sampled_from([8, 16] if cls == I.BPF_ALU else [8, 16, 32]))
        return Insn(cls | I.BPF_MOV | I.BPF_X, dst, draw(REGS), off)
    op = draw(st.sampled_from(ALU_OPS_BINARY))
    if draw(st.booleans()):
        return Insn(cls | op | I.BPF_X, dst, draw(REGS))
    return Insn(cls | op | I.BPF_K, dst, 0, 0, draw(S32))


@st.composite
def jmp_insns(draw):
    kind = draw(st.sampled_from(["ja", "ja32", "cond", "cond32", "call", "exit"]))
    if kind == "ja":
        return Insn(I.BPF_JMP | I.BPF_JA, off=draw(S16))
    if kind == "ja32":
        return Insn(I.BPF_JMP32 | I.BPF_JA, imm=draw(S32))
    if kind == "exit":
        return Insn(I.BPF_JMP | I.BPF_EXIT)
    if kind == "call":
        src = draw(st.sampled_from([0, I.BPF_PSEUDO_CALL, I.BPF_PSEUDO_KFUNC_CALL]))
        imm = draw(st.one_of(st.integers(0, 220), S32)) if src == 0 else draw(S32)
        return Insn(I.BPF_JMP | I.BPF_CALL, 0, src, 0, imm)
    cls = I.BPF_JMP if kind == "cond" else I.BPF_JMP32
    op = draw(st.sampled_from(JMP_CONDS))
    if draw(st.booleans()):
        return Insn(cls | op | I.BPF_X, draw(REGS), draw(REGS), draw(S16))
    return Insn(cls | op | I.BPF_K, draw(REGS), 0, draw(S16), draw(S32))


@st.composite
def mem_insns(draw):
    kind = draw(st.sampled_from(["ldx", "ldsx", "st", "stx", "atomic", "abs", "ind"]))
    dst, src, off = draw(REGS), draw(REGS), draw(S16)
    if kind == "ldx":
        return Insn(I.BPF_LDX | I.BPF_MEM | draw(st.sampled_from(SIZES)), dst, src, off)
    if kind == "ldsx":
        sz = draw(st.sampled_from([I.BPF_B, I.BPF_H, I.BPF_W]))
        return Insn(I.BPF_LDX | I.BPF_MEMSX | sz, dst, src, off)
    if kind == "st":
        return Insn(I.BPF_ST | I.BPF_MEM | draw(st.sampled_from(SIZES)), dst, 0, off, draw(S32))
    if kind == "stx":
        return Insn(I.BPF_STX | I.BPF_MEM | draw(st.sampled_from(SIZES)), dst, src, off)
    if kind == "atomic":
        sz = draw(st.sampled_from([I.BPF_W, I.BPF_DW]))
        imm = draw(st.sampled_from(sorted(I.VALID_ATOMIC_IMMS)))
        return Insn(I.BPF_STX | I.BPF_ATOMIC | sz, dst, src, off, imm)
    sz = draw(st.sampled_from([I.BPF_B, I.BPF_H, I.BPF_W]))
    if kind == "abs":
        return Insn(I.BPF_LD | I.BPF_ABS | sz, 0, 0, 0, draw(S32))
    return Insn(I.BPF_LD | I.BPF_IND | sz, 0, src, 0, draw(S32))


@st.composite
def lddw_insns(draw):
    """lddw with each pseudo source; the second slot's imm is only meaningful for the plain
    constant (0), map values (2, 6) and BTF ids (3, the module BTF fd)."""
    src = draw(st.integers(0, 6))
    hi = draw(S32) if src in (0, 2, 3, 6) else 0
    return Insn(I.LDDW_OPCODE, draw(REGS), src, 0, draw(S32), hi)


def insns():
    """Every valid RFC 9669 instruction (unused fields zero)."""
    return st.one_of(alu_insns(), jmp_insns(), mem_insns(), lddw_insns())


def insn_lists(min_size=1, max_size=20):
    return st.lists(insns(), min_size=min_size, max_size=max_size)


@st.composite
def straight_line_programs(draw, max_size=12):
    """ALU-only instruction lists ending in `exit`: always loadable by the executor."""
    body = draw(st.lists(alu_insns(), max_size=max_size))
    return body + [Insn(I.BPF_JMP | I.BPF_EXIT)]


# =============================================================================================
# programs (symbolic-engine helper): whole valid programs with inputs, for cross-validation.
# The generator lives in bpfsmt.testing.gen (shared with `make fuzz`); these wrap it.
# =============================================================================================

@st.composite
def programs(draw, max_blocks=8, kinds=None):
    """A `ProgramFile` with one valid program: straight-line ALU, forward branches, counted
    loops, stack stores/loads, atomics, helper calls, map lookups (NULL-checked) and updates,
    and for XDP bounds-checked packet loads. `kinds` restricts the blocks, e.g.
    `{"alu", "mov"}` for straight-line code or `{"alu", "branch"}` for branching code."""
    from bpfsmt.testing.gen import Rand, gen_program
    return gen_program(Rand(draw=draw), max_blocks=max_blocks, kinds=kinds)


@st.composite
def programs_with_inputs(draw, max_blocks=8, kinds=None):
    """(ProgramFile, ExecInputs): a program and ctx/packet/map/helper-return inputs for it."""
    from bpfsmt.testing.gen import Rand, gen_inputs, gen_program
    r = Rand(draw=draw)
    pf = gen_program(r, max_blocks=max_blocks, kinds=kinds)
    return pf, gen_inputs(r, pf)


def straight_line_programs_with_memory(max_blocks=8):
    return programs(max_blocks, kinds={"alu", "mov", "stack_store", "stack_load", "atomic"})


def branching_programs(max_blocks=8):
    return programs(max_blocks, kinds={"alu", "mov", "branch", "loop", "stack_store",
                                       "stack_load", "helper"})
