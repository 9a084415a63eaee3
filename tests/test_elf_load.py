"""clang-built objects -> IR: maps (BTF, legacy, map-in-map, global data), spin lock / timer
offsets, bpf2bpf calls appended like libbpf, callbacks, tail calls, section-derived types.

The fixtures are compiled from the .c files beside them (tests/data/elf/, see the Makefile
`clang` target); the .o files are committed so the test does not need clang."""
import os

import pytest

from bpfsmt.grammar import load
from bpfsmt.grammar.elf import load_elf
from bpfsmt.spec.insn import BPF_PSEUDO_CALL, BPF_PSEUDO_FUNC, BPF_PSEUDO_MAP_FD, \
    BPF_PSEUDO_MAP_VALUE
from bpfsmt.spec.program import (BPF_F_MMAPABLE, BPF_F_NO_PREALLOC, BPF_F_RDONLY_PROG,
                                 FIELD_E2BIG, FIELD_EINVAL, FIELD_ENOENT, FIELD_NO_BTF)

HERE = os.path.join(os.path.dirname(__file__), "data", "elf")
FEATURES = os.path.join(HERE, "features.bpf.o")
LEGACY = os.path.join(HERE, "legacy.o")


@pytest.fixture(scope="module")
def pf():
    return load_elf(FEATURES)


def _insns_with_slots(prog):
    out, s = [], 0
    for i in prog.insns:
        out.append((s, i))
        s += i.slots
    return out


def test_programs_and_section_types(pf):
    by = {p.name: p for p in pf.programs}
    assert set(by) == {"tail_target", "entry", "xdp_frag", "sleepy", "sleepy2", "egress"}
    assert by["entry"].prog_type == "sched_cls" and by["entry"].section == "tc"
    assert by["xdp_frag"].prog_type == "xdp" and by["xdp_frag"].prog_flags == 1 << 5
    assert by["sleepy"].prog_type == "lsm" and by["sleepy"].sleepable
    assert by["sleepy"].attach_target == "bprm_committed_creds"
    assert by["sleepy2"].prog_type == "tracing" and by["sleepy2"].sleepable
    assert by["egress"].expected_attach_type == "cgroup_inet_egress"
    assert all(p.license == "GPL" for p in pf.programs)
    # two programs in the same section, split by FUNC symbols
    assert [p.name for p in pf.programs if p.section == "tc"] == ["tail_target", "entry"]


def test_spin_lock_and_timer_offsets(pf):
    m = pf.maps
    assert m["locked"].map_type == "hash" and m["locked"].spin_lock_off == 4
    assert m["locked"].timer_off == FIELD_ENOENT and m["locked"].value_size == 16
    assert [f.name for f in m["locked"].fields] == ["cnt", "lock", "data"]
    assert m["timers"].timer_off == 8 and m["timers"].spin_lock_off == FIELD_ENOENT
    assert m["twolocks"].spin_lock_off == FIELD_E2BIG
    # a scalar value is not a struct: -EINVAL ("not a struct type or bpf_spin_lock is mangled")
    assert m["inner1"].spin_lock_off == FIELD_EINVAL
    # sizes only, no key/value type: created without BTF
    assert not m["sized"].has_btf and m["sized"].spin_lock_off == FIELD_NO_BTF
    assert (m["sized"].key_size, m["sized"].value_size, m["sized"].max_entries) == (8, 24, 100)
    assert m["sized"].flags == BPF_F_NO_PREALLOC and m["sized"].map_type == "percpu_hash"


def test_map_in_map_and_prog_array(pf):
    outer = pf.maps["outer"]
    assert outer.map_type == "array_of_maps" and outer.value_size == 4
    assert outer.inner is not None and outer.inner.map_type == "array"
    assert outer.inner.max_entries == 8 and outer.inner.value_size == 8
    assert outer.inner_maps == {1: "inner1"}
    jmp = pf.maps["jmp"]
    assert jmp.map_type == "prog_array" and jmp.prog_slots == {2: "tail_target"}


def test_global_data_maps(pf):
    data, ro, bss = pf.maps["features.data"], pf.maps["features.rodata"], pf.maps["features.bss"]
    assert data.map_type == "array" and data.max_entries == 1 and data.key_size == 4
    assert data.initial_data == (7).to_bytes(4, "little")
    assert ro.flags & BPF_F_RDONLY_PROG and ro.flags & BPF_F_MMAPABLE
    assert ro.initial_data == (42).to_bytes(4, "little")
    assert bss.value_size == 40 and bss.initial_data == bytes(40)
    # DATASEC offsets come from the symbols (clang leaves them to the loader)
    assert {f.name: (f.offset, f.size) for f in bss.fields} == {"buf": (0, 32), "zeroed": (32, 8)}
    assert bss.has_btf and bss.spin_lock_off == FIELD_ENOENT


def test_map_relocations_follow_ir_conventions(pf):
    entry = pf.program("entry")
    names = list(pf.maps)
    wides = [i for i in entry.insns if i.is_wide]
    fd = [i for i in wides if i.src == BPF_PSEUDO_MAP_FD]
    assert {i.target for i in fd} == {"locked", "jmp"}
    for i in fd:
        assert names[i.imm] == i.target and i.imm64_hi == 0
    val = [i for i in wides if i.src == BPF_PSEUDO_MAP_VALUE]
    assert {i.target for i in val} >= {"features.bss", "features.data", "features.rodata"}
    for i in val:
        assert names[i.imm] == i.target
    # `zeroed` lives at offset 32 of .bss: the offset rides in the high imm
    assert any(i.target == "features.bss" and i.imm64_hi == 32 for i in val)
    assert set(entry.maps) == {"locked", "jmp", "features.bss", "features.data",
                               "features.rodata"}


def test_bpf2bpf_calls_and_callbacks_appended(pf):
    entry = pf.program("entry")
    funcs = {f.name: f for f in entry.functions}
    assert entry.functions[0].name == "entry" and entry.functions[0].start == 0
    assert set(funcs) == {"entry", "cb", "add_static", "add_global"}
    assert funcs["add_global"].is_global and not funcs["add_static"].is_global
    starts = {f.start for f in entry.functions}
    calls = 0
    for slot, i in _insns_with_slots(entry):
        if i.is_call and i.src == BPF_PSEUDO_CALL:
            tgt = slot + 1 + i.imm
            assert tgt in starts and entry.function_at(tgt).name == i.target
            calls += 1
        if i.is_wide and i.src == BPF_PSEUDO_FUNC:
            tgt = slot + 1 + i.imm
            assert entry.function_at(tgt).name == "cb" == i.target
    assert calls == 2
    # each callee is appended once even when called twice (add_static from two programs)
    assert pf.program("tail_target").functions[1].name == "add_static"
    assert entry.insns[-1].is_exit
    assert entry.slot_count() == 58 + 6  # add_global (6 slots) is last
    assert funcs["add_global"].loc.file.endswith("features.bpf.c") and funcs["add_global"].loc.line
    # C line info becomes the instruction location
    assert entry.insns[0].loc.file.endswith("features.bpf.c") and entry.insns[0].loc.line > 0


def test_tail_call_helper_present(pf):
    entry = pf.program("entry")
    assert any(i.is_helper_call and i.imm == 12 for i in entry.insns)  # bpf_tail_call


def test_legacy_maps_section_and_old_names():
    pf = load(LEGACY)  # dispatch by extension
    assert list(pf.maps) == ["counts", "progs"]
    c = pf.maps["counts"]
    assert (c.map_type, c.key_size, c.value_size, c.max_entries) == ("array", 4, 8, 256)
    assert not c.has_btf and c.section == "maps" and c.spin_lock_off == FIELD_NO_BTF
    by = {p.name: p for p in pf.programs}
    assert by["prog1"].prog_type == "socket_filter" and by["prog1"].section == "socket1"
    assert by["probe"].prog_type == "kprobe" and by["probe"].attach_target == "sys_write"
    # no libbpf knows "from-netdev" and the file's types disagree: the tc loader's type
    assert by["netdev"].prog_type == "sched_cls"
    assert by["prog1"].license == "Dual BSD/GPL"
    lddw = [(i.src, i.imm, i.target) for i in by["prog1"].insns if i.is_wide]
    assert lddw == [(1, 0, "counts"), (1, 1, "progs")]


def test_unknown_section_type_override():
    pf = load_elf(LEGACY, prog_type="xdp")
    assert pf.program("netdev").prog_type == "xdp"
    assert pf.program("prog1").prog_type == "socket_filter"


def _same_modulo_map_fds(mine, theirs):
    """Equal instruction streams, except that libbpf puts map fds where the IR puts map
    indices (lddw src=1/2 imm)."""
    from bpfsmt.spec.insn import decode
    theirs = decode(bytes.fromhex(theirs))
    assert len(mine) == len(theirs)
    for a, b in zip(mine, theirs):
        if a.is_wide and a.src in (1, 2):
            assert (a.opcode, a.dst, a.src, a.off) == (b.opcode, b.dst, b.src, b.off)
            assert (a.imm64_hi if a.src == 2 else 0) == (b.imm64_hi if b.src == 2 else 0)
        else:
            assert a.encode() == b.encode(), (a, b)


def test_instructions_identical_to_what_libbpf_submitted():
    """The 6.1 oracle records the instructions libbpf 1.1 passed to BPF_PROG_LOAD (after map
    relocation and subprogram appending): the IR must be the same program."""
    import json
    labels = [json.loads(l) for l in open(os.path.join(HERE, "features.oracle.jsonl"))]
    pf = load_elf(os.path.join(HERE, "oracle_build", "features_noslots.o"))
    assert len(labels) == len(pf.programs) == 6
    for lab in labels:
        _same_modulo_map_fds(pf.program(lab["prog"]).insns, lab["insns"])


def test_nested_calls_follow_libbpf_depth_first_order():
    """main -> first -> (loop_cb -> leaf), second: libbpf relocates each callee as soon as it
    appends it, so callees of callees come before the caller's next callee."""
    import json
    pf = load_elf(os.path.join(HERE, "calls.bpf.o"))
    p = pf.program("calls")
    assert [f.name for f in p.functions] == ["calls", "timer_cb", "first", "loop_cb", "leaf",
                                             "second"]
    assert pf.maps["tmap"].timer_off == 0
    assert list(pf.maps) == ["tmap", ".data.custom", "calls.rodata", "calls.bss"]
    assert pf.maps[".data.custom"].initial_data == (3).to_bytes(4, "little")
    lab = json.loads(open(os.path.join(HERE, "calls.oracle.jsonl")).readline())
    assert lab["accepted"] and lab["retval"] == 200
    _same_modulo_map_fds(p.insns, lab["insns"])


def test_kconfig_externs_as_libbpf_lays_them_out():
    import json
    pf = load_elf(os.path.join(HERE, "externs.bpf.o"))
    k = pf.maps["externs.kconfig"]
    assert k.flags & BPF_F_RDONLY_PROG and k.section == ".kconfig"
    layout = {f.name: f.offset for f in k.fields}
    assert layout == {"LINUX_KERNEL_VERSION": 0, "LINUX_HAS_BPF_COOKIE": 4}
    assert k.initial_data[:4] == ((6 << 16) | (1 << 8)).to_bytes(4, "little")
    for lab in map(json.loads, open(os.path.join(HERE, "externs.oracle.jsonl"))):
        _same_modulo_map_fds(pf.program(lab["prog"]).insns, lab["insns"])


ORACLE_RUNS = [("oracle_build/features_noslots.o", "features.oracle.jsonl"),
               ("calls.bpf.o", "calls.oracle.jsonl"), ("externs.bpf.o", "externs.oracle.jsonl")]


@pytest.mark.parametrize("obj,labels", ORACLE_RUNS)
def test_executor_on_loaded_objects_returns_the_kernels_retval(obj, labels):
    """Global data, .kconfig, subprograms, callbacks (bpf_loop), map-in-map lookups: run
    through the executor on the oracle's 64-byte zero packet, r0 is the kernel's retval."""
    import json
    from bpfsmt.solver.concrete.exec import ExecInputs, execute
    pf = load_elf(os.path.join(HERE, obj))
    checked = 0
    for lab in map(json.loads, open(os.path.join(HERE, labels))):
        if lab["retval"] is None:
            continue
        res = execute(pf, lab["prog"], ExecInputs(packet=bytes(64)))
        assert res.fault is None and res.r0 == lab["retval"], (lab["prog"], res.r0, res.fault)
        checked += 1
    assert checked >= 1
