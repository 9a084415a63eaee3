"""Sanity of the kernel labels under tests/oracle/: complete, consistent, and covering the rules.

These labels are the ground truth other tests compare the verifier model against, so a
label that is missing, truncated or self-contradictory would silently weaken every
conformance test.  Nothing here needs qemu or clang.
"""

import json
import re
import struct

import pytest
from elftools.elf.elffile import ELFFile

from oracle_labels import (DEFAULT_KERNEL, FAMILIES, KERNELS, ORACLE_DIR, find_label, label_object_path,
                           label_sets, label_source_path, load_labels, normalize_xlated, split_log)

MINIMUM = {"core": 60, "lock": 40, "sleepable": 30, "tailcall": 30, "array": 30, "engines": 10, "range": 200,
           "fidelity": 40}
_SEC_PROG = re.compile(r'^SEC\("([^"]+)"\) __naked \w+ (\w+)\(void\)', re.M)


def _present(family):
    return (ORACLE_DIR / family / "labels.json").exists()


FAMS = [f for f in FAMILIES if _present(f)]


def _declared_programs(family):
    """(file relative to the family dir, program, section) for every program in the C sources."""
    out = set()
    fdir = ORACLE_DIR / family
    for c in sorted(fdir.rglob("*.c")):
        rel = c.relative_to(fdir).as_posix()
        if rel.startswith("obj/"):
            continue
        for sec, name in _SEC_PROG.findall(c.read_text()):
            out.add((rel, name, sec))
    for r in sorted(fdir.rglob("*.raw")):
        rel = r.relative_to(fdir).as_posix()
        if not rel.startswith("obj/"):
            out.add((rel, "raw", r.name.split(".")[-2]))
    return out


def test_all_families_labelled():
    assert FAMS == list(FAMILIES), f"missing label files for {set(FAMILIES) - set(FAMS)}"


@pytest.mark.parametrize("family", FAMS)
def test_every_source_program_has_a_label(family):
    labels = {(lb.file, lb.prog): lb for lb in load_labels(family)}
    declared = _declared_programs(family)
    missing = [(f, p) for f, p, _ in declared if (f, p) not in labels]
    assert not missing, f"programs without kernel labels: {missing[:10]}"
    stale = [k for k in labels if k not in {(f, p) for f, p, _ in declared}]
    assert not stale, f"labels for programs that no longer exist: {stale[:10]}"
    for f, p, sec in declared:
        if not f.endswith(".raw"):
            assert labels[(f, p)].section == sec, (f, p)


@pytest.mark.parametrize("family", FAMS)
def test_counts_and_both_verdicts(family):
    labels = load_labels(family)
    assert len(labels) >= MINIMUM[family]
    acc = sum(lb.accepted for lb in labels)
    rej = len(labels) - acc
    assert acc >= 5 and rej >= 5, (acc, rej)


VARIANTS = sorted((f, v, k) for f in FAMS for v, k in label_sets(f))


@pytest.mark.parametrize("family,variant,kernel", [v for v in VARIANTS if v[1:] != ("", DEFAULT_KERNEL)])
def test_variants_cover_the_same_programs(family, variant, kernel):
    """A sysctl variant (JIT off, hardening) or another kernel is the same inputs loaded again."""
    assert {lb.key[:2] for lb in load_labels(family, variant, kernel)} == {lb.key[:2] for lb in load_labels(family)}


@pytest.mark.parametrize("family", FAMS)
def test_every_kernel_labelled(family):
    """CI compares the model with each kernel, so each kernel must have labelled every family."""
    assert {k for v, k in label_sets(family) if not v} == set(KERNELS)


@pytest.mark.parametrize("family,variant,kernel", VARIANTS)
def test_label_fields_consistent(family, variant, kernel):
    for lb in load_labels(family, variant, kernel):
        where = f"{lb.file}::{lb.prog}"
        assert (lb.errno == 0) == lb.accepted, where
        assert re.fullmatch(r"([0-9a-f]{16})+", lb.insns), where
        assert len(lb.insns) // 16 == lb.insn_cnt, where
        if lb.accepted:
            assert lb.message is None and lb.xlated, where
            assert len(lb.xlated) % 16 == 0, where
            if variant == "nojit":      # interpreter: no JIT image
                assert not lb.jited, where
            else:
                assert lb.jited and sum(lb.jited_func_lens) * 2 == len(lb.jited), where
            assert lb.processed_insns and lb.processed_insns > 0, where
            if lb.log_level & 4:        # BPF_LOG_STATS
                assert lb.verification_time_usec is not None, where
        else:
            assert lb.xlated is None and lb.jited is None, where
            if lb.log:
                assert split_log(lb.log)[0] == lb.message, where
                assert lb.message in lb.log, where
            # without a verifier message the reason must come from libbpf (map creation, relocation)
            assert lb.message or lb.libbpf_error, where
        if lb.log is not None and lb.message:
            assert lb.error_lines and lb.error_lines[-1] == lb.message, where


@pytest.mark.parametrize("family", FAMS)
def test_objects_are_the_loaded_bytes(family):
    """Committed objects are what the kernel saw: raw files byte-exact, ELF files hold the program."""
    for lb in load_labels(family):
        path = label_object_path(lb)
        assert path.exists(), path
        assert label_source_path(lb).exists(), lb.file
        data = path.read_bytes()
        if lb.object.endswith(".raw"):
            assert data.hex() == lb.insns
            continue
        with open(path, "rb") as fh:
            elf = ELFFile(fh)
            sym = elf.get_section_by_name(".symtab")
            funcs = {s.name: s for s in sym.iter_symbols() if s["st_info"]["type"] == "STT_FUNC"}
            assert lb.prog in funcs, f"{lb.object} has no function {lb.prog}"
            sec = elf.get_section(funcs[lb.prog]["st_shndx"])
            assert sec.name == lb.section
            body = sec.data()[funcs[lb.prog]["st_value"]:][:funcs[lb.prog]["st_size"]]
            # libbpf only rewrites imm fields (map fds, call offsets) and appends subprograms;
            # the opcode bytes of the program's own instructions are unchanged.
            sub = bytes.fromhex(lb.insns)[:len(body)]
            assert [body[i] for i in range(0, len(body), 8)] == [sub[i] for i in range(0, len(sub), 8)], lb.prog


def _messages(family):
    return {lb.message for lb in load_labels(family) if lb.message}


# every section-1 message the 6.1 kernel can reach (SL-06 "Locking two" is shadowed by SL-07)
LOCK_MESSAGES = [
    "map 'nobtf' has to have BTF in order to use bpf_spin_lock",
    "map 'twolk' has more than one 'struct bpf_spin_lock'",
    "map 'nolock' doesn't have 'struct bpf_spin_lock'",
    "map 'scalarval' is not a struct type or bpf_spin_lock is mangled",
    "socket filter progs cannot use bpf_spin_lock yet",
    "tracing progs cannot use bpf_spin_lock yet",
    "sleepable progs cannot use bpf_spin_lock yet",
    "R1 doesn't have constant offset. bpf_spin_lock has to be at the constant offset",
    "off 0 doesn't point to 'struct bpf_spin_lock'",
    "bpf_spin_unlock without taking a lock",
    "bpf_spin_unlock of different lock",
    "function calls are not allowed while holding a lock",
    "bpf_spin_unlock is missing",
    "BPF_LD_[ABS|IND] cannot be used inside bpf_spin_lock-ed region",
    "bpf_spin_lock cannot be accessed directly by load/store",
]


@pytest.mark.skipif("lock" not in FAMS, reason="lock labels not yet produced")
@pytest.mark.parametrize("msg", LOCK_MESSAGES)
def test_lock_messages_reached(msg):
    assert msg in _messages("lock")


CORE_MESSAGES = [
    "R2 !read_ok", "R0 !read_ok", "frame pointer is read only", "R11 is invalid",
    "invalid write to stack R10 off=-520 size=8", "invalid size of register fill",
    "invalid size of register spill", "R0 invalid mem access 'map_value_or_null'",
    "R0 pointer arithmetic on map_value_or_null prohibited, null-check it first",
    "R1 32-bit pointer arithmetic prohibited", "R1 bitwise operator &= on pointer prohibited",
    "R1 pointer += pointer prohibited", "R0 tried to subtract pointer from scalar",
    "dereference of modified ctx ptr R1 off=4 disallowed", "div by zero", "invalid shift 64",
    "unknown opcode d7", "BPF_ALU uses reserved fields", "BPF_MOV uses reserved fields",
    "unreachable insn 2", "last insn is not an exit or jmp", "infinite loop detected at insn 1",
    "combined stack size of 2 calls is 544. Too large", "the call stack of 9 frames is too deep",
    "R6 unbounded memory access, make sure to bounds check any such access",
    "R6 min value is negative, either use unsigned index or do a if (index >=0) check.",
    "R0 min value is outside of the allowed memory range", "R6 max value is outside of the allowed memory range",
    "R2 offset is outside of the packet", "invalid bpf_context access off=76 size=4",
    "call to invalid destination", "jump into the middle of ldimm64 insn 2",
]


@pytest.mark.skipif("core" not in FAMS, reason="core labels not yet produced")
@pytest.mark.parametrize("msg", CORE_MESSAGES)
def test_core_messages_reached(msg):
    assert msg in _messages("core")


@pytest.mark.skipif("core" not in FAMS, reason="core labels not yet produced")
def test_core_exact_edges():
    """The map-value edge pairs differ by exactly one byte and get opposite verdicts."""
    assert find_label("core", "mv_u64_last_ok").accepted
    one_past = find_label("core", "mv_u64_one_past")
    assert not one_past.accepted
    assert "invalid access to map value, value_size=48 off=41 size=8" in one_past.error_lines
    assert find_label("core", "mv_var_checked_max_ok").accepted
    assert not find_label("core", "mv_var_checked_max_off_by_one").accepted


@pytest.mark.skipif("core" not in FAMS, reason="core labels not yet produced")
def test_core_uninit_stack_read_is_allowed_for_root():
    """CORE-03 stable delta: Debian 6.1.192 lets a privileged loader read uninitialised stack."""
    lb = find_label("core", "stack_read_uninit")
    assert lb.accepted and lb.xlated == lb.insns
    assert find_label("core", "stack_helper_uninit_key").accepted


def test_raw_inputs_decode_as_insns():
    for family in FAMS:
        for lb in load_labels(family):
            if lb.object.endswith(".raw"):
                words = [struct.unpack_from("<BBhi", bytes.fromhex(lb.insns), i) for i in range(0, len(lb.insns) // 2, 8)]
                assert len(words) == lb.insn_cnt


def _xlated_ops(hexstr):
    b = bytes.fromhex(hexstr)
    return [struct.unpack_from("<BBhi", b, i) for i in range(0, len(b), 8)]


@pytest.mark.skipif("array" not in FAMS, reason="array labels not yet produced")
def test_array_inlining_shape():
    """AL-02: power-of-two elem_size gives a shift, otherwise a multiply; no JIT means no inlining."""
    def alu_k(lb, op):
        return [imm for o, _r, _off, imm in _xlated_ops(lb.xlated) if o == op]
    a8, a24, a100 = (find_label("array", p) for p in ("lookup_a8", "lookup_a24", "lookup_a100"))
    assert alu_k(a8, 0x67) == [3] and not alu_k(a8, 0x27)        # r0 <<= 3
    assert alu_k(a24, 0x27) == [24]                               # r0 *= 24
    assert alu_k(a100, 0x27) == [104]                             # elem_size = round_up(100, 8)
    assert a8.retval == 42 and a24.retval == 24
    nojit = {lb.prog: lb for lb in load_labels("array", "nojit")}
    assert nojit["lookup_a8"].accepted and not [o for o, *_ in _xlated_ops(nojit["lookup_a8"].xlated) if o in (0x67, 0x27)]
    assert nojit["lookup_a8"].retval == 42


@pytest.mark.skipif("array" not in FAMS, reason="array labels not yet produced")
def test_array_inner_map_elem_size_fix_present():
    """AL-04: the Debian kernel has the inner-map elem_size fix (r0 *= 24, not r0 *= 0; key 2 reads 77)."""
    lb = find_label("array", "aom_inner_vs24_key2")
    muls = [imm for o, _r, _off, imm in _xlated_ops(lb.xlated) if o == 0x27]
    assert muls == [24] and lb.retval == 77
    assert find_label("array", "aom_inner_vs8_key2").retval == 33


@pytest.mark.skipif("lock" not in FAMS, reason="lock labels not yet produced")
def test_open_questions_lock():
    """SL-13 and SL-14 as the real kernel answered them (see tests/oracle/FINDINGS.md)."""
    assert find_label("lock", "sl13_join_unlock_other_freq", "hang/sl13.c").accepted
    assert find_label("lock", "sl13_join_unlock_other_padded2", "hang/sl13.c").accepted
    assert find_label("lock", "sl13_join_unlock_other_padded2_coin", "hang/sl13.c").accepted
    assert find_label("lock", "sl13_mismatch_first_path", "hang/sl13.c").message == "bpf_spin_unlock of different lock"
    for p in ("sl14_foreach_lock_only", "sl14_foreach_lock_then_call", "sl14_timer_lock_only"):
        assert find_label("lock", p, "hang/sl14.c").accepted, p
    for p in ("sl14_foreach_lock_unlock", "sl14_timer_lock_unlock"):
        assert find_label("lock", p, "hang/sl14.c").message == "bpf_spin_unlock without taking a lock", p


def test_open_questions_lock_612():
    """The same witnesses on 6.12 (without the maps whose BTF 6.12 refuses): SL-13 and SL-14 closed."""
    def k612(prog, f):
        return find_label("lock", prog, f"onelock/hang/{f}", kernel="6.12")
    for p in ("sl13_join_unlock_other_freq", "sl13_join_unlock_other_padded2", "sl13_join_unlock_other_padded2_coin"):
        assert find_label("lock", p, "onelock/hang/sl13.c").accepted, p          # 6.1 still prunes
        assert k612(p, "sl13.c").message == "bpf_spin_unlock of different lock", p
    for p in ("sl14_foreach_lock_only", "sl14_foreach_lock_then_call"):
        assert k612(p, "sl14.c").message == "function calls are not allowed while holding a lock", p
    assert k612("sl14_timer_lock_only", "sl14.c").message == "bpf_spin_unlock is missing"
    assert k612("sl14_timer_lock_unlock", "sl14.c").accepted      # the lock is (map, id 0): held, released
    # SP-07 is still open: the timer callback of a sleepable program reads user memory at run time
    run = find_label("sleepable", "sp07_syscall_timer_cb_copy_run", kernel="6.12")
    assert run.accepted and run.retval == 0x464C457F


@pytest.mark.skipif("sleepable" not in FAMS, reason="sleepable labels not yet produced")
def test_open_questions_sleepable():
    assert find_label("sleepable", "sp07_timer_cb_copy_sleepable").accepted
    run = find_label("sleepable", "sp07_syscall_timer_cb_copy_run")
    assert run.accepted and run.retval == 0x464C457F      # "\x7fELF" read from softirq context
    assert find_label("sleepable", "flag_sleepable_tp_btf_copy").accepted
    assert find_label("sleepable", "lsm_copy_nonsleepable").message == "helper call might sleep in a non-sleepable prog"
    assert find_label("sleepable", "lsm_s_file_mprotect").message == "bpf_lsm_file_mprotect is not sleepable"


@pytest.mark.skipif("tailcall" not in FAMS, reason="tailcall labels not yet produced")
def test_tailcall_labels():
    assert find_label("tailcall", "bpf_loop_cb_tail_call").accepted
    assert find_label("tailcall", "timer_cb_has_tail_call").message == "verifier bug. subprog has tail_call and async cb"
    msg = "tail_calls are not allowed when call stack of previous frames is 256 bytes. Too large"
    assert find_label("tailcall", "stack_256_then_subprog_tc").message == msg
    assert find_label("tailcall", "stack_224_then_subprog_tc").accepted
    # TC-03: without the JIT any program mixing bpf2bpf calls and tail calls is refused
    nojit = find_label("tailcall", "subprog_tail_call", variant="nojit")
    assert nojit.message == "tail_calls are not allowed in non-JITed programs with bpf-to-bpf calls"
    assert find_label("tailcall", "const_key", variant="nojit").accepted
    # the direct (poke) tail call has no retpoline thunk call; the indirect one does (ff e? / e8 rel32 pattern differs)
    const, var = find_label("tailcall", "const_key"), find_label("tailcall", "var_key")
    assert len(const.jited) < len(var.jited)


def test_findings_cover_open_questions():
    text = (ORACLE_DIR / "FINDINGS.md").read_text()
    for q in ("SL-14", "SL-13", "SP-07", "AL-04", "bpf_loop", "uninit"):
        assert q in text, q


@pytest.mark.parametrize("family,variant,kernel", VARIANTS)
def test_xlated_helper_calls_resolved(family, variant, kernel):
    """Every helper call in the kernel's xlated dump is named (kallsyms), so xlate comparisons need no kernel."""
    for lb in load_labels(family, variant, kernel):
        if not lb.accepted:
            continue
        ncalls = sum(1 for op, _d, src, _o, _i in _xlated_ops_full(lb.xlated) if op == 0x85 and src == 0)
        assert len(lb.xlated_calls) == ncalls, lb.prog
        assert all(not name.startswith("unknown") for _slot, name in lb.xlated_calls), (lb.prog, lb.xlated_calls)


def _xlated_ops_full(hexstr):
    return [(op, r & 15, r >> 4, off, imm) for op, r, off, imm in _xlated_ops(hexstr)]


@pytest.mark.skipif("array" not in FAMS, reason="array labels not yet produced")
def test_normalized_xlated_names_the_calls():
    """AL-01: a poisoned call site and the no-JIT run keep the generic helper; a hash lookup calls the map op."""
    def called(lb):
        return [imm for op, _d, src, _o, imm in normalize_xlated(lb) if op == 0x85 and src == 0]
    assert "bpf_map_lookup_elem" in called(find_label("array", "two_maps_poisoned"))
    assert called(find_label("array", "lookup_a8", variant="nojit")) == ["bpf_map_lookup_elem"]
    assert called(find_label("array", "lookup_a8")) == []
    assert called(find_label("array", "lookup_hash_gen")) == ["__htab_map_lookup_elem"]
    assert called(find_label("array", "lookup_percpu_no_inline")) == ["percpu_array_map_lookup_elem"]
    maps = {imm for op, _d, src, _o, imm in normalize_xlated(find_label("array", "two_lookups_two_maps")) if op == 0x18 and src == 1}
    assert maps == {"map#0", "map#1"}
