"""The uBPF syntax (grammar/ubpf.lark + grammar/ubpf.py): every conformance mnemonic, the
printer round trip over every instruction, the .data reader, and file:line:col errors."""
import glob
import os
import random
import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bpfsmt.grammar.ubpf import (CONFORMANCE_MNEMONICS, format_insn_ubpf, format_program_ubpf,
                                 load_ubpf_file, parse_ubpf_insns, read_conformance)
from bpfsmt.solver.concrete.exec import ExecInputs, execute
from bpfsmt.spec.errors import InputError
from bpfsmt.spec.insn import Insn, decode
from bpfsmt.spec.program import Function, Program, ProgramFile
from bpfsmt.testing import insn_lists, insns

SHARED = os.environ.get("BPFSMT_SHARED",
                        os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
FILES = sorted(glob.glob(os.path.join(SHARED, "conformance", "tests", "*.data")))

EXAMPLES = {
    "alu": "add %r0, %r1", "alu32": "add32 %r0, -3", "neg": "neg %r0", "movsx": "movsx832 %r2, %r1",
    "end": "be16 %r0", "lddw": "lddw %r0, 0x1122334455667788", "ldx": "ldxw %r0, [%r1+4]",
    "st": "stdw [%r10-16], 0xab", "stx": "stxb [%r1], %r0", "jcond": "jeq %r1, 0x1, +1",
}


def test_ninety_conformance_mnemonics():
    assert len(CONFORMANCE_MNEMONICS) == 90


def _sample(mn):
    if mn == "call":
        return "call 5"
    if mn == "lock":
        return "lock fetch add32 [%r10-8], %r1"
    if mn == "exit":
        return "exit"
    if mn in ("ja", "ja32"):
        return f"{mn} +0"
    if mn == "lddw":
        return "lddw %r1, -1"
    if mn.startswith(("neg", "be", "le", "swap", "bswap")):
        return f"{mn} %r3"
    if mn.startswith("movsx"):
        return f"{mn} %r3, %r4"
    if mn.startswith("ldx"):
        return f"{mn} %r3, [%r4-2]"
    if mn.startswith("stx"):
        return f"{mn} [%r4+2], %r5"
    if mn.startswith("st"):
        return f"{mn} [%r4+2], -7"
    if mn.startswith("j"):
        return f"{mn} %r1, %r2, -1"
    return f"{mn} %r1, 0x7"


@pytest.mark.parametrize("mn", CONFORMANCE_MNEMONICS)
def test_every_mnemonic_parses_and_round_trips(mn):
    (ins,) = parse_ubpf_insns(_sample(mn))
    assert parse_ubpf_insns(format_insn_ubpf(ins)) == [ins]


def test_atomic_forms_encode_per_rfc9669():
    (a,) = parse_ubpf_insns("lock fetch add32 [%r10-8], %r1")
    assert (a.opcode, a.dst, a.src, a.off, a.imm) == (0xc3, 10, 1, -8, 0x01)
    (x,) = parse_ubpf_insns("lock xchg [%r10-8], %r1")
    assert (x.opcode, x.imm) == (0xdb, 0xe1)
    (c,) = parse_ubpf_insns("lock cmpxchg32 [%r10-4], %r2")
    assert (c.opcode, c.imm) == (0xc3, 0xf1)


def test_calls():
    local, callx, helper, _ = parse_ubpf_insns("call local f\ncall %r2\ncall 5\nf:\nexit")
    assert (local.src, local.imm, local.target) == (1, 2, "f")
    assert (callx.opcode, callx.dst) == (0x8d, 2)
    assert (helper.src, helper.imm) == (0, 5)


def test_exit_label_and_hex_immediates():
    ins = parse_ubpf_insns("jne %r0, 0, exit\nmov %r0, 0xffffffff\nexit")
    assert ins[0].off == 1 and ins[1].imm == -1


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(insns())
def test_print_parse_identity(insn):
    assert parse_ubpf_insns(format_insn_ubpf(insn)) == [insn]


@settings(max_examples=300, deadline=None)
@given(st.binary(min_size=8, max_size=8))
def test_print_parse_identity_any_word(word):
    """Even encodings no mnemonic describes print (as `raw`) and read back exactly."""
    if word[0] == 0x18:
        word += bytes(8)
    (insn,) = decode(word)
    assert parse_ubpf_insns(format_insn_ubpf(insn)) == [insn]


@pytest.mark.parametrize("path", FILES[::10], ids=lambda p: os.path.basename(p))
def test_program_printer_round_trip(path):
    prog = read_conformance(path).program
    assert parse_ubpf_insns(format_program_ubpf(prog)) == prog.insns


def test_data_reader_sections(tmp_path):
    p = tmp_path / "t.data"
    p.write_text("# header\n-- asm\nldxb %r0, [%r1+1] # trailing\nexit\n-- mem\n00 2a\n 03\n"
                 "-- result\n42\n-- no register offset\ncall instruction\n")
    case = read_conformance(str(p))
    assert case.mem == b"\x00\x2a\x03" and case.expected == 42 and case.error is None
    assert case.program.insns[0].loc.line == 3
    raw = tmp_path / "r.data"
    raw.write_text("-- raw\n0x5566778800000018\n0x1122334400000000\n0x0000000000000095\n"
                   "-- result\n0x1122334455667788\n")
    c = read_conformance(str(raw))
    assert execute(c.program_file, c.program).r0 == 0x1122334455667788
    err = tmp_path / "e.data"
    err.write_text("-- asm\nexit\n-- error\nsomething failed\n")
    assert read_conformance(str(err)).error == "something failed"


def test_load_ubpf_file_plain_asm(tmp_path):
    p = tmp_path / "x.data"
    p.write_text("mov %r0, 7\nexit\n")
    pf = load_ubpf_file(str(p))
    assert execute(pf, pf.programs[0]).r0 == 7


@pytest.mark.parametrize("text,line,col,needle", [
    ("mov %r0, 1\nfoo %r0, 1\nexit", 2, 1, "unknown mnemonic 'foo'"),
    ("mov %r11, 1\nexit", 1, 5, "register %r11 does not exist"),
    ("ja nowhere\nexit", 1, 4, "unresolved label 'nowhere'"),
    ("ja +5\nexit", 1, 1, "jump out of range"),
    ("mov %r0, 0x100000000\nexit", 1, 10, "does not fit in 32 bits"),
    ("jeq %r0, 1, 2\nexit", 1, 13, "must carry a sign"),
    ("add %r0\nexit", 1, 1, "'add' takes 2 operands"),
    ("ldxw %r0, %r1\nexit", 1, 11, "expected a memory operand"),
    ("mov %r0 1\nexit", 1, 9, "unexpected"),
    ("lock nand [%r10-8], %r1\nexit", 1, 1, "unknown atomic operation 'nand'"),
    ("x:\nx:\nexit", 2, 1, "label 'x' defined twice"),
])
def test_errors_have_file_line_col(tmp_path, text, line, col, needle):
    p = tmp_path / "bad.data"
    p.write_text("-- asm\n" + text + "\n-- result\n0\n")
    with pytest.raises(InputError) as e:
        read_conformance(str(p))
    assert needle in e.value.message
    assert (e.value.loc.file, e.value.loc.line, e.value.loc.column) == (str(p), line + 1, col)


@settings(max_examples=150, deadline=None)
@given(st.integers(0, len(FILES) - 1), st.integers(0, 10_000), st.sampled_from(
    list("%[]+-,:x#\n 0zr") + ["", "%r", "lock ", "0x"]))
def test_mutated_files_give_input_error_or_parse(tmp_path_factory, idx, pos, ins):
    """Mutating a conformance file never produces anything but a parse or an InputError."""
    text = open(FILES[idx]).read()
    pos %= len(text)
    mutated = text[:pos] + ins + text[pos + 1:]
    p = tmp_path_factory.mktemp("mut") / "m.data"
    p.write_text(mutated)
    try:
        read_conformance(str(p))
    except InputError as e:
        assert e.loc.file == str(p) and e.loc.line >= 0


@settings(max_examples=200, deadline=None)
@given(insn_lists(max_size=12), st.binary(min_size=0, max_size=16))
def test_executor_never_raises(insns_, mem):
    """Arbitrary instructions end in r0 or a structured Fault, never a Python exception."""
    p = Program("t", "raw", insns_, [Function("main", 0)])
    res = execute(ProgramFile("<t>", programs=[p]), p, ExecInputs(mem=mem or None,
                                                                   max_steps=2000))
    assert res.fault is not None or res.r0 is not None
    if res.fault is not None:
        assert res.fault.message and res.fault.kind and res.fault.rule
