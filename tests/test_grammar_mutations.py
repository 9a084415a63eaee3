"""Hypothesis-mutated inputs (characters deleted, inserted, replaced) give a ProgramFile or an
InputError that points into the file (file:line:col) - never another exception."""
import glob
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bpfsmt.grammar.asm import parse_program_text
from bpfsmt.grammar.asm_file import parse_listing
from bpfsmt.grammar.raw import parse_hex_text
from bpfsmt.spec.errors import InputError
from bpfsmt.spec.program import ProgramFile

ROOT = os.path.join(os.path.dirname(__file__), "..")
DATA = os.path.join(ROOT, "tests", "data", "grammar")
SEEDS = [open(p).read() for p in sorted(glob.glob(os.path.join(ROOT, "examples", "*.bpf.s")))]
SEEDS.append(""".map vals type=array key_size=4 value_size=8 max_entries=4 flags=BPF_F_INNER_MAP
.map outer type=array_of_maps max_entries=2 inner=vals slots=0:vals
.map lk type=hash value_size=16 btf spin_lock=4 timer=-
.const OFF 8
.elem vals key=1 value=hex:2a00000000000000
.program p section=lsm.s/file_open flags=BPF_F_TEST_STATE_FREQ
p:  r1 = map[vals][0]+8 ll; r2 = cb ll
    r0 = atomic_fetch_add((u64 *)(r10 -8), r0)
    w0 = cmpxchg32_32(r10 - 8, w0, w1)
    lock *(u32 *)(r10 - 4) += w1
    if r0 s< r1 goto l0_%=   /* c */
    r0 = (s8)r1; r0 = bswap16 r0; r0 = *(u32 *)(r1 + %[OFF])
    .8byte 0x0000000100000007
    call sub
l0_%=: exit
.func sub
    gotol +0
    r0 = 0 // x
    exit
.func cb global
    r0 = 0
    exit
""")
LOGS = [open(os.path.join(DATA, n)).read() for n in ("spin_no_unlock.verifier.log",
                                                   "c_spin_lock.objdump.txt",
                                                   "subprog.objdump.txt")]
CHARS = st.sampled_from(list("rw0123456789 \t\n;:#/*()[]{}<>=+-%&|^!.,_abcdefgilmnopstux\"'\\\x00é"))


@st.composite
def mutated(draw, seeds):
    text = draw(st.sampled_from(seeds))
    for _ in range(draw(st.integers(1, 4))):
        if not text:
            break
        pos = draw(st.integers(0, len(text) - 1))
        kind = draw(st.sampled_from(["delete", "insert", "replace", "dup_line", "drop_line"]))
        if kind == "delete":
            n = draw(st.integers(1, 6))
            text = text[:pos] + text[pos + n:]
        elif kind == "insert":
            text = text[:pos] + draw(st.text(CHARS, min_size=1, max_size=5)) + text[pos:]
        elif kind == "replace":
            text = text[:pos] + draw(CHARS) + text[pos + 1:]
        else:
            lines = text.split("\n")
            k = draw(st.integers(0, len(lines) - 1))
            if kind == "dup_line":
                lines.insert(k, lines[k])
            else:
                del lines[k]
            text = "\n".join(lines)
    return text


def _check_error(e: InputError, text: str, file: str):
    assert e.loc.file == file
    nlines = text.count("\n") + 1
    assert 1 <= e.loc.line <= nlines, (str(e), nlines)
    line = text.split("\n")[e.loc.line - 1]
    assert 1 <= e.loc.column <= len(line) + 1, (str(e), line)
    assert e.message and "Traceback" not in e.message


SET = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SET
@given(mutated(SEEDS))
def test_mutated_program_files(text):
    try:
        pf = parse_program_text(text, "m.bpf.s")
    except InputError as e:
        _check_error(e, text, "m.bpf.s")
    else:
        assert isinstance(pf, ProgramFile) and pf.programs


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated(LOGS), st.sampled_from(["verifier-log", "objdump", "xlated"]))
def test_mutated_listings(text, fmt):
    try:
        pf = parse_listing(text, "m.log", fmt)
    except InputError as e:
        _check_error(e, text, "m.log")
    else:
        assert pf.programs


@settings(max_examples=150, deadline=None)
@given(mutated(["b700000005000000\n1801000000000000 0000000007000000\n# x\n9500000000000000\n"]))
def test_mutated_hex(text):
    try:
        parse_hex_text(text, "m.hex")
    except InputError as e:
        _check_error(e, text, "m.hex")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_arbitrary_text(text):
    try:
        parse_program_text(text, "a.bpf.s")
    except InputError as e:
        _check_error(e, text, "a.bpf.s")
