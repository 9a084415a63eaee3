"""Every instruction form of the kernel / LLVM / selftest / listing syntaxes parses to the
encoding the kernel would see ("Grammars" 1)."""
import pytest

from bpfsmt.grammar.asm_program import parse_insns
from bpfsmt.grammar.asm_stmt import parse_stmt
from bpfsmt.spec.errors import InputError
from bpfsmt.spec.insn import Insn, SourceLoc

# (text, opcode, dst, src, off, imm, imm64_hi)
FORMS = [
    # moves / ALU
    ("r0 = 0", 0xB7, 0, 0, 0, 0, None),
    ("r0 = 0xffff", 0xB7, 0, 0, 0, 0xFFFF, None),
    ("r0 = -1", 0xB7, 0, 0, 0, -1, None),
    ("r0 = 0xffffffff", 0xB7, 0, 0, 0, -1, None),
    ("w0 = w1", 0xBC, 0, 1, 0, 0, None),
    ("r0 = r2", 0xBF, 0, 2, 0, 0, None),
    ("r2 += -4", 0x07, 2, 0, 0, -4, None),
    ("r2 += r3", 0x0F, 2, 3, 0, 0, None),
    ("w2 -= 7", 0x14, 2, 0, 0, 7, None),
    ("r1 *= r2", 0x2F, 1, 2, 0, 0, None),
    ("r1 /= 3", 0x37, 1, 0, 0, 3, None),
    ("r1 |= r2", 0x4F, 1, 2, 0, 0, None),
    ("r1 &= 1", 0x57, 1, 0, 0, 1, None),
    ("r0 <<= 3", 0x67, 0, 0, 0, 3, None),
    ("r0 >>= r1", 0x7F, 0, 1, 0, 0, None),
    ("r0 %= 5", 0x97, 0, 0, 0, 5, None),
    ("w0 ^= w0", 0xAC, 0, 0, 0, 0, None),
    ("r0 s>>= 63", 0xC7, 0, 0, 0, 63, None),
    ("r0 s/= r1", 0x3F, 0, 1, 1, 0, None),
    ("w0 s%= -3", 0x94, 0, 0, 1, -3, None),
    ("r0 = -r0", 0x87, 0, 0, 0, 0, None),
    ("w3 = -w3", 0x84, 3, 0, 0, 0, None),
    ("r0 = (s8)r1", 0xBF, 0, 1, 8, 0, None),
    ("r0 = (s32)r1", 0xBF, 0, 1, 32, 0, None),
    ("w0 = (s16)w1", 0xBC, 0, 1, 16, 0, None),
    ("r0 = be16 r0", 0xDC, 0, 0, 0, 16, None),
    ("r0 = le64 r0", 0xD4, 0, 0, 0, 64, None),
    ("r0 = bswap32 r0", 0xD7, 0, 0, 0, 32, None),
    # loads / stores, both spacings
    ("r0 = *(u32 *)(r2 +0)", 0x61, 0, 2, 0, 0, None),
    ("r0 = *(u32 *)(r2 + 0)", 0x61, 0, 2, 0, 0, None),
    ("w0 = *(u8 *)(r1 + 3)", 0x71, 0, 1, 3, 0, None),
    ("r0 = *(u64 *)(r10 -8)", 0x79, 0, 10, -8, 0, None),
    ("r0 = *(u16 *)(r1 - 2)", 0x69, 0, 1, -2, 0, None),
    ("r0 = *(s8 *)(r1 +0)", 0x91, 0, 1, 0, 0, None),
    ("r0 = *(s32 *)(r1 +4)", 0x81, 0, 1, 4, 0, None),
    ("*(u64 *)(r10 -8) = r1", 0x7B, 10, 1, -8, 0, None),
    ("*(u32 *)(r10 - 4) = r1", 0x63, 10, 1, -4, 0, None),
    ("*(u8 *)(r10 -1) = 5", 0x72, 10, 0, -1, 5, None),
    ("*(u16 *)(r10 -2) = -1", 0x6A, 10, 0, -2, -1, None),
    ("r0 = *(u8 *)skb[9]", 0x30, 0, 0, 0, 9, None),
    ("r0 = *(u16 *)skb[r3 + 2]", 0x48, 0, 3, 0, 2, None),
    ("r0 = *(u32 *)skb[r3]", 0x40, 0, 3, 0, 0, None),
    # atomics: kernel and LLVM spellings
    ("lock *(u64 *)(r10 -8) += r1", 0xDB, 10, 1, -8, 0x00, None),
    ("lock *(u32 *)(r10 - 8) += w1", 0xC3, 10, 1, -8, 0x00, None),
    ("lock *(u64 *)(r1 +0) |= r2", 0xDB, 1, 2, 0, 0x40, None),
    ("lock *(u64 *)(r1 +0) &= r2", 0xDB, 1, 2, 0, 0x50, None),
    ("lock *(u64 *)(r1 +0) ^= r2", 0xDB, 1, 2, 0, 0xA0, None),
    ("r0 = atomic_fetch_add((u64 *)(r10 -8), r0)", 0xDB, 10, 0, -8, 0x01, None),
    ("r1 = atomic64_fetch_and((u64 *)(r10 -8), r1)", 0xDB, 10, 1, -8, 0x51, None),
    ("w1 = atomic_fetch_or((u32 *)(r10 - 8), w1)", 0xC3, 10, 1, -8, 0x41, None),
    ("r1 = atomic_fetch_xor((u32 *)(r10 -8), r1)", 0xC3, 10, 1, -8, 0xA1, None),
    ("r1 = atomic64_xchg((u64 *)(r10 -8), r1)", 0xDB, 10, 1, -8, 0xE1, None),
    ("r0 = atomic64_cmpxchg((u64 *)(r10 -8), r0, r1)", 0xDB, 10, 1, -8, 0xF1, None),
    ("r0 = atomic_cmpxchg((u32 *)(r10 -8), r0, r1)", 0xC3, 10, 1, -8, 0xF1, None),
    ("r0 = xchg_64(r10 - 8, r0)", 0xDB, 10, 0, -8, 0xE1, None),
    ("w0 = xchg32_32(r10 - 8, w0)", 0xC3, 10, 0, -8, 0xE1, None),
    ("r0 = cmpxchg_64(r10 - 8, r0, r1)", 0xDB, 10, 1, -8, 0xF1, None),
    ("w0 = cmpxchg32_32(r10 - 8, w0, w1)", 0xC3, 10, 1, -8, 0xF1, None),
    ("atomic[0x1] *(u64 *)(r10 -8), r1", 0xDB, 10, 1, -8, 0x01, None),
    # jumps
    ("goto +3", 0x05, 0, 0, 3, 0, None),
    ("goto pc-1", 0x05, 0, 0, -1, 0, None),
    ("gotol +5", 0x06, 0, 0, 0, 5, None),
    ("if r0 s< r1 goto +3", 0xCD, 0, 1, 3, 0, None),
    ("if r0 == 0x0 goto pc+7", 0x15, 0, 0, 7, 0, None),
    ("if r0 >= 0x3 goto pc+5", 0x35, 0, 0, 5, 3, None),
    ("if w1 & 0x3 goto pc+0", 0x46, 1, 0, 0, 3, None),
    ("if r0 == 0 goto +10 <18>", 0x15, 0, 0, 10, 0, None),
    ("if r0 == 0 goto +10 <l0_0>", 0x15, 0, 0, 10, 0, None),
    ("if r1 != r2 goto +1", 0x5D, 1, 2, 1, 0, None),
    ("if r1 > 5 goto +1", 0x25, 1, 0, 1, 5, None),
    ("if r1 < 5 goto +1", 0xA5, 1, 0, 1, 5, None),
    ("if r1 <= 5 goto +1", 0xB5, 1, 0, 1, 5, None),
    ("if r1 s> 5 goto +1", 0x65, 1, 0, 1, 5, None),
    ("if r1 s>= 5 goto +1", 0x75, 1, 0, 1, 5, None),
    ("if r1 s<= -5 goto +1", 0xD5, 1, 0, 1, -5, None),
    ("if w1 == 0xffffffff goto +1", 0x16, 1, 0, 1, -1, None),
    ("exit", 0x95, 0, 0, 0, 0, None),
    # calls
    ("call bpf_map_lookup_elem", 0x85, 0, 0, 0, 1, None),
    ("call map_lookup_elem", 0x85, 0, 0, 0, 1, None),
    ("call %[bpf_spin_lock]", 0x85, 0, 0, 0, 93, None),
    ("call bpf_map_lookup_elem#1", 0x85, 0, 0, 0, 1, None),
    ("call array_map_lookup_elem#149280", 0x85, 0, 0, 0, 149280, None),
    ("call 1  <bpf_map_lookup_elem>", 0x85, 0, 0, 0, 1, None),
    ("call 180192  <bpf_spin_lock>", 0x85, 0, 0, 0, 180192, None),
    ("call unknown#999", 0x85, 0, 0, 0, 999, None),
    ("call kernel-function#77", 0x85, 0, 2, 0, 77, None),
    ("call kfunc btf_id 77", 0x85, 0, 2, 0, 77, None),
    ("call pc+2", 0x85, 0, 1, 0, 2, None),
    ("call pc+2#bpf_prog_3b185187f1855c4c_F", 0x85, 0, 1, 0, 2, None),
    ("call -1", 0x85, 0, 1, 0, -1, None),
    ("tail_call", 0xF5, 0, 0, 0, 0, None),
    # 16-byte loads
    ("r1 = 0 ll", 0x18, 1, 0, 0, 0, 0),
    ("r1 = 0x123456789abcdef0 ll", 0x18, 1, 0, 0, -0x65432110, 0x12345678),
    ("r1 = -1 ll", 0x18, 1, 0, 0, -1, -1),
    ("r1 = map[id:468]", 0x18, 1, 1, 0, 468, 0),
    ("r1 = map[id:5][0]+8", 0x18, 1, 2, 0, 5, 8),
    ("r1 = map[idx:2]", 0x18, 1, 5, 0, 2, 0),
    ("r1 = map[idx:2]+16", 0x18, 1, 6, 0, 2, 16),
    ("r1 = map_fd/id 5 ll", 0x18, 1, 1, 0, 5, 0),
    ("r1 = map_value 5 off 8 ll", 0x18, 1, 2, 0, 5, 8),
    ("r1 = btf_id 9 ll", 0x18, 1, 3, 0, 9, 0),
    ("r2 = func 4 ll", 0x18, 2, 4, 0, 4, 0),
    ("r2 = subprog[+4]", 0x18, 2, 4, 0, 4, 0),
    ("r1 = map_idx 1 ll", 0x18, 1, 5, 0, 1, 0),
    ("r1 = map_idx_value 1 off 4 ll", 0x18, 1, 6, 0, 1, 4),
    # raw words (selftests' __imm_insn)
    (".8byte 0x00000001000000b7", 0xB7, 0, 0, 0, 1, None),
]


@pytest.mark.parametrize("text,opcode,dst,src,off,imm,hi", FORMS, ids=[f[0] for f in FORMS])
def test_form(text, opcode, dst, src, off, imm, hi):
    st = parse_stmt(text, SourceLoc("t", 1, 1))
    assert st.insn is not None
    if st.fix is not None:      # names resolve at program level
        insns, _ = parse_insns(text + "\nexit")
        got = insns[0]
    else:
        got = st.insn
    assert got == Insn(opcode, dst, src, off, imm, hi), text


def test_map_placeholder_forms_resolve_to_map_index():
    for text in ("r1 = %[vals] ll", "r1 = vals ll", "r1 = map[vals] ll", "r1 = map[vals]"):
        insns, _ = parse_insns(text + "; exit", maps=["other", "vals"])
        assert insns[0] == Insn(0x18, 1, 1, 0, 1, 0), text
        assert insns[0].target == "vals"
    insns, _ = parse_insns("r1 = map[vals][0]+8 ll; exit", maps=["vals"])
    assert insns[0] == Insn(0x18, 1, 2, 0, 0, 8)


def test_selftest_labels_and_separators():
    text = ('"r0 = 0;" "if r0 == 0 goto l0_%=;" "r0 = 1;"\n'
            '"l0_%=:" "exit;"')
    insns, labels = parse_insns(text)
    assert [i.opcode for i in insns] == [0xB7, 0x15, 0xB7, 0x95]
    assert insns[1].off == 1 and insns[1].target == "l0_%="
    assert labels == {"l0_%=": 3}


def test_comments():
    text = "/* a\n block */ r0 = 1 // line\n# hash comment\nexit # trailing"
    insns, _ = parse_insns(text)
    assert [i.opcode for i in insns] == [0xB7, 0x95]
    assert insns[1].loc.line == 4


def test_label_then_insn_on_one_line_and_gotol_label():
    insns, labels = parse_insns("gotol out\nr0 = 2\nout: r0 = 1\nexit")
    assert insns[0] == Insn(0x06, 0, 0, 0, 1)
    assert labels["out"] == 2


def test_8byte_lddw_pair():
    insns, _ = parse_insns(".8byte 0x0000000500001118\n.8byte 0x0000000700000000\nexit")
    assert insns[0] == Insn(0x18, 1, 1, 0, 5, 7)


def test_8byte_placeholder():
    insns, _ = parse_insns(".8byte %[insn]\nexit", consts={"insn": 0x00000002000000b7})
    assert insns[0] == Insn(0xB7, 0, 0, 0, 2)


@pytest.mark.parametrize("text,needle,col", [
    ("r11 = 1", "no register r11", 1),
    ("r0 = 1 +", "unexpected", 8),
    ("call bpf_nope", "unknown helper or function 'bpf_nope'", 6),
    ("goto nowhere", "unresolved label 'nowhere'", 6),
    ("goto +5", "jump out of range", 1),
    ("w0 = 0x100000000", "does not fit in 32 bits", 6),
    ("r0 = %[nope]", "unknown constant", 6),
    ("r1 = nomap ll", "unknown map or function 'nomap'", 6),
    ("x: r0 = 0\nx: exit", "duplicate label 'x'", 1),
    ("r0 = r1 + 1", "unexpected", 9),
    ("lock *(u64 *)(r1 +0) -= r2", "atomic operation -= not supported", 22),
    ("r1 = cmpxchg_64(r10 - 8, r0, r1)", "cmpxchg compares with and returns in r0", 1),
    ("w1 = 5 ll", "64-bit loads need an rN destination", 1),
    ("r0 = (s32)w1", "both registers must be rN or wN", 11),
    ("*(s8 *)(r1 +0) = 1", "size s8 not allowed here", 3),
])
def test_errors_have_location(text, needle, col):
    with pytest.raises(InputError) as ei:
        parse_insns(text, "f.s")
    e = ei.value
    assert needle in e.message
    assert e.loc.file == "f.s" and e.loc.line >= 1 and e.loc.column >= 1
    if "\n" not in text:
        assert e.loc.column == col, str(e)
