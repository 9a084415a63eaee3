"""Real inputs: the oracle's selftest-style programs (their inline asm must assemble to exactly
what libbpf submitted to the 6.1 kernel), verifier logs, oracle listings, llvm-objdump output,
raw binary and hex files."""
import json
import os

import pytest

from bpfsmt.grammar import load
from bpfsmt.grammar.asm import parse_program_text
from bpfsmt.grammar.asm_file import parse_listing
from bpfsmt.grammar.raw import load_raw_file
from bpfsmt.spec.errors import InputError
from bpfsmt.spec.insn import Insn, decode

DATA = os.path.join(os.path.dirname(__file__), "data", "grammar")
SHARED = os.environ.get("BPFSMT_SHARED",
                        os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
SELFTESTS = json.load(open(os.path.join(DATA, "selftest_asm.json")))
# __imm_const values of the oracle examples (offsetof(struct __sk_buff, ...), enum xdp_action)
CONSTS = {"len": 0, "data": 76, "data_end": 80, "XDP_PASS": 2}


def _file_text(case):
    lines = [f".const {k} {v}" for k, v in CONSTS.items()]
    lines += [f".map {m} type=array max_entries=1" for m in case["maps"]]
    lines.append(f".program {case['prog']} section={case['section']}")
    lines.append(case["asm"])
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("case", SELFTESTS, ids=[c["prog"] for c in SELFTESTS])
def test_selftest_inline_asm_assembles_like_clang(case):
    pf = parse_program_text(_file_text(case), case["file"])
    prog = pf.programs[0]
    want = decode(bytes.fromhex(case["insns"]))
    assert len(prog.insns) == len(want)
    for got, exp in zip(prog.insns, want):
        if exp.is_wide and exp.src == 1:          # libbpf put a map fd where we put the index
            assert got.src == 1 and got.target in case["maps"]
            assert got.imm == list(pf.maps).index(got.target)
            got, exp = got.with_(imm=0), exp.with_(imm=0)
        assert got == exp


def test_selftest_section_gives_program_type():
    by = {c["prog"]: c for c in SELFTESTS}
    p = parse_program_text(_file_text(by["lsm_s_copy"])).programs[0]
    assert (p.prog_type, p.expected_attach_type, p.sleepable) == ("lsm", "lsm_mac", True)
    p = parse_program_text(_file_text(by["cg_allow"])).programs[0]
    assert (p.prog_type, p.expected_attach_type) == ("cgroup_skb", "cgroup_inet_egress")
    p = parse_program_text(_file_text(by["fentry_copy"])).programs[0]
    assert (p.prog_type, p.attach_target, p.sleepable) == ("tracing", "__x64_sys_getpgid", False)


# --- verifier logs ------------------------------------------------------------------------------
def test_verifier_log_with_state_annotations():
    pf = load(os.path.join(DATA, "spin_no_unlock.verifier.log"), "verifier-log")
    p = pf.programs[0]
    assert [i.opcode for i in p.insns][:6] == [0xB7, 0x63, 0xBF, 0x07, 0x18, 0x85]
    assert p.slot_count() == 17 and p.insns[-1].is_exit
    lddw = p.insns[4]      # `r1 = 0xffff8880049e9c00 ; R1_w=map_ptr(...,ks=4,vs=8,...)`
    assert lddw.src == 1 and lddw.target == "map_at_0xffff8880049e9c00"
    m = pf.maps[lddw.target]
    assert (m.key_size, m.value_size) == (4, 8)
    assert p.insns[6] == Insn(0x15, 0, 0, 7, 0)
    assert p.insns[5].imm == 1 and p.insns[10].imm == 93


def test_verifier_log_skips_messages_and_truncates_at_error():
    p = load(os.path.join(DATA, "uninit_r2.verifier.log"), "verifier-log").programs[0]
    assert p.insns == [Insn(0xBF, 0, 2)]


def test_verifier_log_revisited_insns_and_func_lines():
    log = ("func#0 @0\nfunc#1 @4\n0: R1=ctx(off=0,imm=0) R10=fp0\n; int x = 0;\n"
           "0: (b7) r1 = 0                 ; R1_w=0\n1: (15) if r1 == 0x0 goto pc+1\n"
           "2: (85) call pc+1\n3: (95) exit\nfrom 1 to 3: R1=0 R10=fp0\n3: (95) exit\n"
           "4: (b7) r0 = 1\n5: (95) exit\nprocessed 6 insns (limit 1000000)\n")
    p = parse_listing(log, "x.log").programs[0]
    assert len(p.insns) == 6
    assert [f.start for f in p.functions] == [0, 4]


def test_verifier_log_gap_is_an_error():
    with pytest.raises(InputError) as ei:
        parse_listing("0: (b7) r0 = 0\n2: (95) exit\n", "gap.log")
    assert "no instruction at slot 1" in ei.value.message
    assert (ei.value.loc.line, ei.value.loc.column) == (2, 9)


def test_verifier_log_opcode_mismatch_is_an_error():
    with pytest.raises(InputError) as ei:
        parse_listing("0: (b7) r0 = r1\n1: (95) exit\n", "bad.log")
    assert "does not match" in ei.value.message and ei.value.loc.line == 1


def test_bpftool_xlated_dump():
    dump = ("int main(struct __sk_buff * skb):\n; return 0;\n"
            "   0: (18) r1 = map[id:468]\n   2: (85) call array_map_lookup_elem#149280\n"
            "   3: (15) if r0 == 0x0 goto pc+1\n   4: (85) call pc+1#bpf_prog_3b185187f1855c4c_F\n"
            "   5: (95) exit\n   6: (18) r2 = map[id:468][0]+8\n   8: (b7) r0 = 1\n"
            "   9: (95) exit\n")
    pf = parse_listing(dump, "d.xlated", "xlated")
    p = pf.programs[0]
    assert p.name == "main"
    assert p.insns[1] == Insn(0x85, 0, 0, 0, 149280)
    assert p.insns[1].target == "array_map_lookup_elem"
    assert p.insns[0].src == 1 and p.insns[0].target == "map_id_468"
    assert p.insns[5].src == 2 and p.insns[5].imm64_hi == 8 and p.insns[5].imm == 0
    assert [f.start for f in p.functions] == [0, 6]


def test_oracle_results_listing_submitted_and_xlated():
    path = os.path.join(DATA, "oracle_results.txt")
    sub = load(path, "verifier-log")
    xl = load(path, "xlated")
    names = [p.name for p in sub.programs]
    assert "spin_ok" in names and "tail_var" in names
    ok = sub.program("spin_ok")
    assert ok.section == "tc" and ok.prog_type == "sched_cls"
    assert ok.insns[5] == Insn(0x85, 0, 0, 0, 1)
    assert ok.insns[4].src == 1 and ok.maps == ["map_id_5"]
    xok = xl.program("spin_ok")
    assert len(xok.insns) == 25            # map_gen_lookup inlined the array lookup
    assert xok.insns[16] == Insn(0x85, 0, 0, 0, 180192)
    lsm = sub.program("lsm_s_copy")
    assert lsm.sleepable and lsm.prog_type == "lsm"
    pb = sub.program("pkt_byte")            # legacy ld_abs with decode.py's note stripped
    assert pb.insns[1] == Insn(0x30, 0, 0, 0, 9)


def test_oracle_listing_text_must_match_bytes():
    bad = "     0: b700000000000000                   r0 = 1\n     1: 9500000000000000    exit\n"
    with pytest.raises(InputError) as ei:
        parse_listing(bad, "r.txt")
    assert "does not match the bytes b700000000000000" in ei.value.message
    assert (ei.value.loc.line, ei.value.loc.column) == (1, 44)


# --- llvm-objdump -------------------------------------------------------------------------------
def test_objdump_programs_labels_and_relocations():
    pf = load(os.path.join(DATA, "c_spin_lock.objdump.txt"), "objdump")
    assert [p.name for p in pf.programs] == ["spin_ok", "spin_no_unlock", "spin_helper_locked"]
    p = pf.program("spin_no_unlock")
    assert p.section == "tc" and p.labels == {"l0_1": 15} and p.maps == ["vals"]
    assert p.insns[4].src == 1 and p.insns[4].target == "vals"
    assert p.insns[6].target == "l0_1" and p.insns[6].off == 7
    want = [c for c in SELFTESTS if c["prog"] == "spin_no_unlock"][0]
    exp = decode(bytes.fromhex(want["insns"]))
    assert [i.with_(imm=0) if i.is_wide else i for i in p.insns] == \
        [i.with_(imm=0) if i.is_wide else i for i in exp]


def test_objdump_tail_call_file():
    pf = load(os.path.join(DATA, "e_tail_call.objdump.txt"), "objdump")
    assert [p.name for p in pf.programs] == ["tail_const", "tail_var"]
    assert pf.program("tail_var").insns[5] == Insn(0x85, 0, 0, 0, 12)


# --- raw and hex --------------------------------------------------------------------------------
def test_raw_files_from_the_oracle():
    base = os.path.join(SHARED, "oracle", "examples", "inputs")
    if not os.path.isdir(base):
        pytest.skip(f"shared oracle examples not found at {base} (set BPFSMT_SHARED)")
    p = load(os.path.join(base, "g_raw_ret0.socket.raw")).programs[0]
    assert (p.section, p.prog_type, p.insns) == ("socket", "socket_filter",
                                                 [Insn(0xB7), Insn(0x95)])
    p = load(os.path.join(base, "g_raw_noexit.xdp.raw")).programs[0]
    assert (p.prog_type, len(p.insns)) == ("xdp", 1)


def test_raw_truncated_names_the_slot(tmp_path):
    f = tmp_path / "t.tc.raw"
    f.write_bytes(bytes.fromhex("b700000000000000") + b"\x95\x00\x00")
    with pytest.raises(InputError) as ei:
        load(str(f))
    assert "slot 1" in ei.value.message and ei.value.loc.line == 2
    f.write_bytes(bytes.fromhex("1801000000000000"))
    with pytest.raises(InputError) as ei:
        load(str(f))
    assert "second slot" in ei.value.message and "slot 0" in ei.value.message


def test_raw_section_from_name_and_functions(tmp_path):
    insns = [Insn(0x85, 0, 1, 0, 1), Insn(0x95), Insn(0xB7, 0, 0, 0, 3), Insn(0x95)]
    f = tmp_path / "prog.xdp.raw"
    f.write_bytes(b"".join(i.encode() for i in insns))
    p = load(str(f)).programs[0]
    assert p.insns == insns and p.prog_type == "xdp"
    assert [(fn.name, fn.start) for fn in p.functions] == [("raw", 0), ("func_2", 2)]


def test_hex_text(tmp_path):
    f = tmp_path / "p.hex"
    f.write_text("# r1 = 0x200000001 ll\n18010000 01000000 00000000 02000000\n"
                 "b700000005000000  // r0 = 5\n\n1801000000000000\n0000000007000000\n"
                 "9500000000000000\n")
    p = load(str(f)).programs[0]
    assert p.insns == [Insn.lddw(1, 0x200000001), Insn(0xB7, 0, 0, 0, 5), Insn.lddw(1, 7 << 32),
                       Insn(0x95)]
    assert p.insns[1].loc.line == 3
    f.write_text("b70000000500000\n")
    with pytest.raises(InputError) as ei:
        load(str(f))
    assert "15 hex digits" in ei.value.message and ei.value.loc.line == 1
    f.write_text("b7000000050000zz\n")
    with pytest.raises(InputError) as ei:
        load(str(f))
    assert (ei.value.loc.line, ei.value.loc.column) == (1, 15)
    f.write_text("1801000000000000\n")
    with pytest.raises(InputError) as ei:
        load_raw_file(str(f), "hex")
    assert "missing its second half" in ei.value.message


def test_listings_are_recognised_without_format(tmp_path):
    for name, n in (("spin_no_unlock.verifier.log", 1), ("c_spin_lock.objdump.txt", 3),
                    ("oracle_results.txt", 30)):
        f = tmp_path / (name + ".s")
        f.write_text(open(os.path.join(DATA, name)).read())
        assert len(load(str(f)).programs) == n


def test_objdump_links_text_subprograms_like_libbpf():
    """Static functions live in .text; calls reach them through R_BPF_64_32 relocations.
    The linked programs equal what libbpf submitted to the oracle kernel, and run to its
    retval."""
    from bpfsmt.grammar.asm_file import load_listing
    from bpfsmt.solver.concrete.exec import execute
    from bpfsmt.spec.program import Map
    root = os.path.join(os.path.dirname(__file__), "oracle", "grammar")
    oracle = {r["prog"]: r for r in json.load(open(os.path.join(root, "objdump_results.json")))}
    pf = load_listing(os.path.join(DATA, "subprog.objdump.txt"), "objdump",
                      maps={"m": Map("m", "array", 4, 8, 1)})
    assert [p.name for p in pf.programs] == ["prog", "prog2"]
    for p in pf.programs:
        want = decode(bytes.fromhex(oracle[p.name]["insns"]))
        assert [i.with_(imm=0) if i.is_wide else i for i in p.insns] == \
            [i.with_(imm=0) if i.is_wide else i for i in want]
        assert execute(pf, p).r0 == oracle[p.name]["retval"]
    p = pf.program("prog2")
    assert [(f.name, f.start) for f in p.functions] == [("prog2", 0), ("add", 7), ("inner", 10)]
    assert p.insns[1].target == "add" and p.labels == {"LBB3_2": 22} and p.maps == ["m"]


def test_xlated_probe_mem_load_keeps_its_mode():
    p = parse_listing("0: (39) r0 = *(u64 *)(r1 +0)\n1: (95) exit\n", "x.txt", "xlated")
    assert p.programs[0].insns[0] == Insn(0x39, 0, 1, 0, 0)      # BPF_PROBE_MEM, as printed
