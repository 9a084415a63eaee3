"""Round trips over every valid instruction (hypothesis): print∘parse and decode∘encode are
identities, in each printed syntax."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bpfsmt.grammar.asm import parse_program_text
from bpfsmt.grammar.asm_program import parse_insns
from bpfsmt.grammar.asm_file import parse_listing
from bpfsmt.grammar.printer import (format_file, format_insn, format_listing, format_program,
                                    is_canonical)
from bpfsmt.grammar.raw import parse_hex_text
from bpfsmt.spec.helper_ids import HELPER_IDS, HELPER_NAMES
from bpfsmt.spec.insn import Insn, decode, encode
from bpfsmt.testing import insn_lists, insns

SETTINGS = settings(max_examples=400, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _parse_one(text):
    """Parse one printed instruction without range checks (offsets are arbitrary here)."""
    from bpfsmt.grammar.asm_stmt import parse_stmt
    from bpfsmt.spec.insn import SourceLoc
    st = parse_stmt(text, SourceLoc("t", 1, 1))
    assert st.fix is None or st.fix.kind in ("call",), text
    if st.fix is not None:   # `call bpf_foo`: the helper table resolves it
        insns, _ = parse_insns(text + "\nexit")
        return insns[0]
    return st.insn


@SETTINGS
@given(insns())
def test_strategy_only_draws_canonical_insns(i):
    assert is_canonical(i)


@SETTINGS
@given(insns())
def test_decode_encode_identity(i):
    assert decode(i.encode()) == [i]


@SETTINGS
@given(insn_lists(max_size=30))
def test_decode_encode_identity_streams(xs):
    assert decode(encode(xs)) == xs


@SETTINGS
@given(insns())
def test_asm_print_parse_identity(i):
    text = format_insn(i, "asm")
    if text.startswith(".8byte"):
        raise AssertionError(f"canonical insn printed raw: {i}")
    assert _parse_one(text) == i, text


@SETTINGS
@given(insns())
def test_kernel_print_parse_identity_with_opcode(i):
    """The kernel's text plus its `(op)` prefix (verifier log / xlated) reads back exactly."""
    line = format_listing([i])
    pf = parse_listing(line + "\n", "t.log", "verifier-log")
    got = pf.programs[0].insns[0]
    if i.is_wide and i.src in (1, 2):      # map ids become the file's placeholder maps
        assert got.with_(imm=i.imm) == i
        assert pf.programs[0].maps == [f"map_id_{i.imm & 0xFFFFFFFF}"]
    else:
        assert got == i, line


@SETTINGS
@given(insns())
def test_kernel_print_parse_identity_without_opcode(i):
    """Without the opcode only a 64-bit constant is ambiguous (`r1 = 0x2a`, as the kernel
    prints it); everything else reads back from the bare kernel text."""
    text = format_insn(i, "kernel")
    got = _parse_one(text)
    if i.is_wide and i.src == 0 and i.imm64 < (1 << 32):
        assert got == Insn(0xB7, i.dst, 0, 0, i.imm)      # read as `mov`, as LLVM would
    else:
        assert got == i, text


@SETTINGS
@given(insns())
def test_ubpf_print_parse_identity(i):
    from bpfsmt.grammar.ubpf import parse_ubpf_insns
    text = format_insn(i, "ubpf")
    assert parse_ubpf_insns(text) == [i], text


@SETTINGS
@given(insn_lists(max_size=20))
def test_hex_text_roundtrip(xs):
    lines = []
    for i in xs:
        b = i.encode()
        lines.append(b[:8].hex() + (" " + b[8:].hex() if len(b) > 8 else ""))
    assert parse_hex_text("\n".join(lines), "t.hex") == xs


def test_helper_names_are_unique_so_names_round_trip():
    assert len(set(HELPER_NAMES)) == len(HELPER_NAMES)
    assert HELPER_IDS["bpf_spin_lock"] == 93


# --- whole programs ---------------------------------------------------------------------------
@st.composite
def programs_text(draw):
    """Small well-formed program files: maps, labels, a subprogram, a callback, map refs."""
    body = draw(st.lists(st.sampled_from([
        "r0 = 1", "r1 = r10", "r1 += -8", "*(u64 *)(r10 -8) = r0", "r0 = *(u64 *)(r10 -8)",
        "w0 = w1", "r0 = be16 r0", "lock *(u64 *)(r10 -8) += r1", "r0 = 0x100000000 ll",
        "r1 = map[vals] ll", "r1 = map[vals][0]+4 ll", "r2 = cb ll", "call sub",
        "call bpf_get_prandom_u32", "if r0 > 3 goto out", "goto out", "r0 s/= 3",
    ]), min_size=1, max_size=12))
    sec = draw(st.sampled_from(["socket", "tc", "xdp", "lsm.s/file_open", "fentry/do_x"]))
    text = (".map vals type=array key_size=4 value_size=8 max_entries=4 flags=BPF_F_RDONLY_PROG\n"
            ".map lk type=hash key_size=4 value_size=16 max_entries=2 btf spin_lock=8 timer=0\n"
            ".map pa type=prog_array max_entries=2 slots=1:second\n"
            ".elem vals key=1 value=0x2a\n"
            f".program first section={sec}\n" + "\n".join(body) +
            "\nout:\n r0 = 0\n exit\n.func sub\n r0 = 2\n exit\n.func cb global\n r0 = 0\n exit\n"
            ".program second section=tc flags=BPF_F_TEST_STATE_FREQ\n r0 = 7\n exit\n")
    return text


@settings(max_examples=60, deadline=None)
@given(programs_text())
def test_program_print_parse_identity(text):
    pf = parse_program_text(text, "p.bpf.s")
    again = parse_program_text(format_file(pf), "p.bpf.s")
    assert again.programs == pf.programs
    assert again.maps == pf.maps
    for p in pf.programs:
        one = parse_program_text(format_program(p, pf), "p.bpf.s")
        assert one.programs[0] == p


def test_format_program_uses_labels_names_and_functions():
    text = ".map vals type=array max_entries=1\n.program m section=tc\n r1 = %[vals] ll\n" \
           " call bpf_map_lookup_elem\n if r0 == 0 goto l0_%=\n call f\nl0_%=:\n r0 = 0\n" \
           " exit\n.func f\n r0 = 1\n exit\n"
    pf = parse_program_text(text)
    out = format_program(pf.programs[0], pf)
    assert "r1 = map[vals] ll" in out
    assert "call bpf_map_lookup_elem" in out
    assert "goto l0_%=" in out and "l0_%=:" in out
    assert "call f" in out and ".func f" in out
