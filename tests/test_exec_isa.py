"""Executor ISA corner cases (rules.md §6 "Executor corner cases worth a test each") and
register faults, written in the uBPF syntax so they do not depend on the kernel-asm parser."""
import pytest

from bpfsmt.grammar.ubpf import parse_ubpf_insns
from bpfsmt.solver.concrete.exec import ExecInputs, execute
from bpfsmt.spec.insn import Insn
from bpfsmt.spec.program import Function, Program, ProgramFile

M64 = (1 << 64) - 1


def prog_of(asm: str, insns=None) -> tuple[ProgramFile, Program]:
    insns = insns if insns is not None else parse_ubpf_insns(asm, check_jumps=True)
    p = Program("t", "raw", insns, [Function("main", 0)], prog_type="socket_filter")
    return ProgramFile("<t>", programs=[p]), p


def run(asm: str, mem=None, **kw):
    pf, p = prog_of(asm)
    return execute(pf, p, ExecInputs(mem=mem, **kw))


def r0(asm: str, mem=None) -> int:
    res = run(asm, mem)
    assert res.fault is None, res.fault
    return res.r0


# ---- §6 corner cases ------------------------------------------------------------------------

def test_div64_by_register_zero_is_zero():
    assert r0("lddw %r0, 0x123456789\nmov %r1, 0\ndiv %r0, %r1\nexit") == 0


def test_mod32_by_zero_keeps_low_half_clears_high():
    assert r0("lddw %r0, 0xaaaaaaaa12345678\nmov %r1, 0\nmod32 %r0, %r1\nexit") == 0x12345678


def test_mod64_by_zero_keeps_dst():
    assert r0("lddw %r0, 0xaaaaaaaa12345678\nmov %r1, 0\nmod %r0, %r1\nexit") == \
        0xaaaaaaaa12345678


def test_lsh64_by_64_masks_to_zero_count():
    assert r0("mov %r0, 3\nmov %r1, 64\nlsh %r0, %r1\nexit") == 3


def test_shift32_count_masked_to_31():
    assert r0("mov %r0, 1\nmov %r1, 33\nlsh32 %r0, %r1\nexit") == 2


@pytest.mark.parametrize("op", ["add32 %r0, 0", "mov32 %r0, %r0", "or32 %r0, 0",
                                "mul32 %r0, 1", "rsh32 %r0, 0", "arsh32 %r0, 0", "neg32 %r0"])
def test_alu32_clears_upper_half(op):
    v = r0(f"lddw %r0, 0xffffffff00000005\n{op}\nexit")
    assert v >> 32 == 0


def test_le64_is_identity():
    assert r0("lddw %r0, 0x0102030405060708\nle64 %r0\nexit") == 0x0102030405060708


def test_le16_clears_bits_16_to_63():
    assert r0("lddw %r0, 0x0102030405060708\nle16 %r0\nexit") == 0x0708


def test_be16_swaps_and_truncates():
    assert r0("lddw %r0, 0x0102030405060708\nbe16 %r0\nexit") == 0x0807


def test_bswap64_cpu_v4():
    assert r0("lddw %r0, 0x0102030405060708\nbswap64 %r0\nexit") == 0x0807060504030201


def test_cmpxchg_w_compares_low_32_bits_of_r0_and_zero_extends():
    asm = """
    lddw %r1, 0x1111111122222222
    stxdw [%r10-8], %r1
    lddw %r0, 0xffffffff22222222
    mov %r2, 7
    lock cmpxchg32 [%r10-8], %r2
    ldxdw %r3, [%r10-8]
    exit
    """
    res = run(asm)
    assert res.fault is None
    assert res.r0 == 0x22222222                  # old low word, zero-extended
    # memory updated because the low 32 bits of r0 matched
    pf, p = prog_of(asm.replace("exit", "mov %r0, %r3\nexit"))
    assert execute(pf, p).r0 == 0x1111111100000007


def test_fetch_w_zero_extends_into_src():
    asm = """
    lddw %r1, 0x00000000fffffff0
    stxdw [%r10-8], %r1
    lddw %r2, 0xffffffff00000001
    lock fetch add32 [%r10-8], %r2
    mov %r0, %r2
    exit
    """
    assert r0(asm) == 0xfffffff0


def test_sdiv_overflow_and_smod_sign():
    assert r0("lddw %r0, 0x8000000000000000\nmov %r1, -1\nsdiv %r0, %r1\nexit") == 1 << 63
    assert r0("mov %r0, -13\nsmod %r0, 3\nexit") == (-1) & M64


def test_movsx_and_sign_extending_load():
    assert r0("mov %r1, 0x80\nmovsx864 %r0, %r1\nexit") == (-128) & M64
    assert r0("mov %r1, 0x80\nmovsx832 %r0, %r1\nexit") == 0xffffff80
    assert r0("stb [%r10-1], 0xff\nldxsb %r0, [%r10-1]\nexit") == M64


def test_jmp_imm_sign_extended_and_jmp32_low_half():
    assert r0("lddw %r1, 0xffffffffffffffff\nmov %r0, 0\njeq %r1, -1, +1\nexit\nmov %r0, 1\nexit") == 1
    assert r0("lddw %r1, 0x100000005\nmov %r0, 0\njeq32 %r1, 5, +1\nexit\nmov %r0, 1\nexit") == 1


def test_gotol_uses_imm():
    assert r0("mov %r0, 1\nja32 +1\nmov %r0, 2\nexit") == 1


def test_ld_imm64_takes_two_slots():
    res = run("lddw %r0, 0x1122334455667788\nja +0\nexit")
    assert res.path == [0, 2, 3]


# ---- register faults ------------------------------------------------------------------------

def test_uninit_register_read_faults():
    res = run("mov %r0, %r2\nexit")
    assert res.fault.kind == "uninit_reg" and res.fault.message == "R2 !read_ok"
    assert res.fault.slot == 0 and res.fault.rule == "CORE-01"


def test_exit_with_uninit_r0_faults():
    res = run("mov %r1, 1\nexit")
    assert res.fault.kind == "exit_r0" and res.fault.slot == 1


def test_write_to_r10_faults():
    res = run("mov %r10, 0\nmov %r0, 0\nexit")
    assert res.fault.kind == "fp_write"


def test_bad_opcode_faults_not_raises():
    bad = Insn.make(0x8f, 0, 0, 0, 0)          # NEG with X source: not an instruction
    pf, p = prog_of("", [Insn.make(0xb7, 0, 0, 0, 0), bad, Insn.make(0x95)])
    res = execute(pf, p)
    assert res.fault.kind == "bad_insn" and res.fault.slot == 1


def test_falling_off_the_end_faults():
    pf, p = prog_of("", [Insn.make(0xb7, 0, 0, 0, 0)])
    res = execute(pf, p)
    assert res.fault.kind == "jump_oor"


def test_step_budget():
    res = run("mov %r0, 0\nja -1\nexit", max_steps=1000)
    assert res.fault.kind == "insn_limit" and res.steps == 1001


def test_trace_records_changed_registers():
    pf, p = prog_of("mov %r0, 1\nadd %r0, 2\nexit")
    res = execute(pf, p, trace=True)
    assert [t.slot for t in res.trace] == [0, 1, 2]
    assert res.trace[1].changed == {0: 3}
    assert res.trace[0].text


@pytest.mark.parametrize("insn", [
    Insn.make(0x07, 0, 0, 5, 1),        # add with off != 0
    Insn.make(0x3f, 0, 1, 2, 0),        # div with off 2
    Insn.make(0xbc, 0, 1, 32, 0),       # ALU32 movsx from 32 bits: not an instruction
    Insn.make(0xdf, 0, 0, 0, 16),       # ALU64 END with TO_BE
])
def test_reserved_fields_fault(insn):
    pf, p = prog_of("", [Insn.make(0xb7, 0, 0, 0, 0), Insn.make(0xb7, 1, 0, 0, 3), insn,
                         Insn.make(0x95)])
    res = execute(pf, p)
    assert res.fault is not None and res.fault.kind == "bad_insn" and res.fault.slot == 2
