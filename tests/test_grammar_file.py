"""The program file format: directives, maps, sections, functions, callbacks, errors."""
import pytest

from bpfsmt.grammar.asm import parse_program_text
from bpfsmt.spec.errors import InputError
from bpfsmt.spec.insn import Insn
from bpfsmt.spec.program import (BPF_F_INNER_MAP, BPF_F_NO_PREALLOC, BPF_F_RDONLY_PROG,
                                 BPF_F_SLEEPABLE, BPF_F_TEST_STATE_FREQ, FIELD_E2BIG,
                                 FIELD_ENOENT, FIELD_NO_BTF)

FULL = """
# maps
.map vals type=array key_size=4 value_size=8 max_entries=4 flags=BPF_F_INNER_MAP|BPF_F_RDONLY_PROG
.map locked type=hash key_size=4 value_size=32 max_entries=8 flags=BPF_F_NO_PREALLOC btf spin_lock=4 timer=16
.map nolock type=hash value_size=16 btf
.map dup type=array value_size=16 spin_lock=E2BIG
.map tmpl type=array value_size=8 template
.map outer type=array_of_maps max_entries=2 inner=tmpl slots=1:vals
.map jmp_table type=prog_array max_entries=4 slots=0:target,3:main
.map rb type=ringbuf max_entries=4096
.map data type=array value_size=4 section=.data data=hex:2a000000
.elem vals key=1 value=42
.elem vals key=hex:02000000 value=hex:0100000000000000
.const OFF 8
.license Dual BSD/GPL

.program main section=tc
main:
    r6 = r1
    r1 = %[vals] ll
    r1 = vals ll
    r1 = map[locked][0]+16 ll
    r2 = cb ll                  // callback: BPF_PSEUDO_FUNC
    r0 = *(u64 *)(r6 + %[OFF])
    call helper_fn
    call %[bpf_tail_call]
    exit
.func helper_fn
    if r1 > 2 goto out
    r0 = 1
out:
    exit
.func cb global
    r0 = 0
    exit

.program target section=lsm.s/file_open license=GPL flags=BPF_F_TEST_STATE_FREQ
    r0 = 0; exit
.program custom section=my_loader_sec type=xdp
    r0 = 2; exit
"""


def test_full_file():
    pf = parse_program_text(FULL, "full.bpf.s")
    assert list(pf.maps) == ["vals", "locked", "nolock", "dup", "outer", "jmp_table", "rb",
                             "data"]
    v = pf.maps["vals"]
    assert (v.map_type, v.key_size, v.value_size, v.max_entries) == ("array", 4, 8, 4)
    assert v.flags == BPF_F_INNER_MAP | BPF_F_RDONLY_PROG and not v.has_btf
    assert v.spin_lock_off == FIELD_NO_BTF
    assert v.contents == {b"\1\0\0\0": (42).to_bytes(8, "little"),
                          b"\2\0\0\0": (1).to_bytes(8, "little")}
    lk = pf.maps["locked"]
    assert lk.has_btf and (lk.spin_lock_off, lk.timer_off) == (4, 16)
    assert lk.flags == BPF_F_NO_PREALLOC
    assert [(f.name, f.offset, f.size) for f in lk.fields] == [("spin_lock", 4, 4),
                                                               ("timer", 16, 16)]
    assert pf.maps["nolock"].spin_lock_off == FIELD_ENOENT
    assert pf.maps["dup"].spin_lock_off == FIELD_E2BIG
    outer = pf.maps["outer"]
    assert outer.inner.name == "tmpl" and outer.inner_maps == {1: "vals"}
    assert outer.value_size == 4 and "tmpl" not in pf.maps
    assert pf.maps["jmp_table"].prog_slots == {0: "target", 3: "main"}
    assert (pf.maps["rb"].key_size, pf.maps["rb"].value_size) == (0, 0)
    assert pf.maps["data"].section == ".data" and pf.maps["data"].initial_data == b"*\0\0\0"

    main = pf.program("main")
    assert main.prog_type == "sched_cls" and main.license == "Dual BSD/GPL"
    assert [(f.name, f.start, f.is_global) for f in main.functions] == \
        [("main", 0, False), ("helper_fn", 13, False), ("cb", 16, True)]
    assert main.labels == {"out": 15}
    i = main.insns
    assert i[1] == Insn(0x18, 1, 1, 0, 0, 0) and i[2] == Insn(0x18, 1, 1, 0, 0, 0)
    assert i[3] == Insn(0x18, 1, 2, 0, 1, 16)
    assert i[4] == Insn(0x18, 2, 4, 0, 16 - 7 - 1, 0) and i[4].target == "cb"
    assert i[5] == Insn(0x79, 0, 6, 8)
    assert i[6] == Insn(0x85, 0, 1, 0, 13 - 10 - 1) and i[6].target == "helper_fn"
    assert i[7] == Insn(0x85, 0, 0, 0, 12)
    assert main.maps == ["vals", "locked"]

    t = pf.program("target")
    assert (t.prog_type, t.expected_attach_type, t.attach_target, t.sleepable) == \
        ("lsm", "lsm_mac", "file_open", True)
    assert t.prog_flags == BPF_F_SLEEPABLE | BPF_F_TEST_STATE_FREQ and t.license == "GPL"
    c = pf.program("custom")
    assert (c.section, c.prog_type) == ("my_loader_sec", "xdp")


def test_plain_instructions_make_one_socket_program():
    pf = parse_program_text("r0 = 0\nexit\n")
    p = pf.programs[0]
    assert (p.name, p.section, p.prog_type, len(p.insns)) == ("main", "socket",
                                                              "socket_filter", 2)
    assert [f.name for f in p.functions] == ["main"]


def test_sleepable_flag_and_explicit_attach():
    p = parse_program_text(".program p section=fentry/foo sleepable attach=trace_fexit\n"
                           "r0 = 0; exit").programs[0]
    assert p.sleepable and p.prog_flags == BPF_F_SLEEPABLE
    assert (p.expected_attach_type, p.attach_target) == ("trace_fexit", "foo")


@pytest.mark.parametrize("text,line,col,needle", [
    ("r0 = 0\n.func f\n goto l\n exit\n.func g\nl: exit\n", 3, 7,
     "label 'l' belongs to function g"),
    ("r0 = 0\ngoto f\n.func f\nexit\n", 2, 6, "'f' is a function, not a label"),
    (".map m type=array inner=nope\nexit\n", 1, 19, "unknown inner map 'nope'"),
    (".map m type=array\n.map m type=hash\nexit\n", 2, 6, "map 'm' declared twice"),
    (".program p\nexit\n.program p\nexit\n", 3, 10, "program 'p' defined twice"),
    (".map m type=array value_size=8\n.elem m key=1 value=hex:00\nexit\n", 2, 9,
     "1 bytes given; expected 8"),
    (".map m type=array key_size=4\n.elem m key=4294967296 value=0\nexit\n", 2, 9,
     "does not fit in 4 bytes"),
    (".elem nomap key=1 value=1\nexit\n", 1, 7, "unknown map 'nomap' in .elem"),
    (".map m type=array flags=BPF_F_NOPE\nexit\n", 1, 19, "unknown map flag 'BPF_F_NOPE'"),
    (".map m type=array colour=blue\nexit\n", 1, 19, "unknown .map field 'colour'"),
    (".map m\nexit\n", 1, 6, "needs type="),
    (".program p flags=BPF_F_SLEEPY\nexit\n", 1, 12, "unknown program flag"),
    (".program p type=nosuch\nexit\n", 1, 12, "unknown program type 'nosuch'"),
    (".program p\n.program q\nexit\n", 1, 10, "program 'p' has no instructions"),
    ("r0 = %[X]\n.const X 1\nexit\n", 1, 6, "unknown constant %[X]"),
    ("call pc+5\nexit\n", 1, 1, "call out of range"),
    ("x:\nexit\nx: r0 = 0\n", 3, 1, "duplicate label 'x' in function main; first defined at 1:1"),
    ("r0 = 0\n/* open\nexit\n", 2, 1, "unterminated /* comment"),
    (".func f global extra\nexit\n", 1, 16, "unknown .func option 'extra'"),
    ("", 1, 1, "no instructions"),
    ("# only a comment\n", 1, 1, "no instructions"),
    (".8byte 0x18\nexit\n", 1, 1, "needs its second slot"),
])
def test_file_errors(text, line, col, needle):
    with pytest.raises(InputError) as ei:
        parse_program_text(text, "e.bpf.s")
    e = ei.value
    assert needle in e.message, str(e)
    assert (e.loc.file, e.loc.line, e.loc.column) == ("e.bpf.s", line, col), str(e)
