"""CO-RE relocations and kfunc btf_ids against the real vmlinux BTF of Linux 6.1 and 6.12
(tests/oracle/btf, labelled on both kernels): the instructions the loader produces for a
kernel are the ones libbpf 1.1 submitted to it, byte for byte, and the verifier model's
poisoned relocation is reported with libbpf's fixup_log text (the verifier model on these
programs: test_btf_verifier.py). A relocation libbpf refuses is bad input.

Needs `build/btf/` (`make btf`, which `make test` runs); skipped where it could not be fetched.
"""
from __future__ import annotations

import shutil
import struct

import pytest

from oracle_labels import KERNELS, label_object_path, load_labels, xlated_insns

from bpfsmt.grammar import core, vmlinux
from bpfsmt.grammar.btf import CoreRelo
from bpfsmt.grammar.loader import load
from bpfsmt.spec.errors import InputError
from bpfsmt.spec.insn import BPF_ALU64, BPF_JMP, BPF_K, BPF_MOV, CORE_POISON_IMM, Insn, encode

pytestmark = pytest.mark.skipif(any(vmlinux.btf_path(k) is None for k in KERNELS),
                                reason="no vmlinux BTF in build/btf (`make btf` needs the network)")

LABELS = [lb for k in KERNELS for lb in load_labels("btf", kernel=k)]
RELOCATED = [lb for lb in LABELS if lb.object in ("core.o", "core_match.o", "kfunc.o", "kfunc612.o")
             and not (lb.libbpf_error or "").startswith("libbpf: extern")]
CORE = [lb for lb in LABELS if lb.object == "core.o"]


def _normalized(words):
    """Map fds (lddw src 1/2) differ per run: keep only which map."""
    out = []
    for op, dst, src, off, imm in words:
        out.append((op, dst, src, off, None if op == 0x18 and src in (1, 2) else imm))
    return out


@pytest.mark.parametrize("lb", RELOCATED, ids=lambda lb: f"{lb.kernel}-{lb.prog}")
def test_relocated_insns_are_what_libbpf_submitted(lb):
    pf = load(str(label_object_path(lb)), kernel=lb.kernel)
    prog = pf.program(lb.prog)
    ours = xlated_insns(encode(prog.insns).hex())
    assert _normalized(ours) == _normalized(xlated_insns(lb.insns))


def test_unresolvable_kfunc_is_bad_input_naming_libbpfs_first_extern():
    lb = next(lb for lb in LABELS if lb.object == "kfunc612.o" and lb.kernel == "6.1")
    assert "'bpf_cpumask_create': not found" in lb.libbpf_error
    with pytest.raises(InputError) as e:
        load(str(label_object_path(lb)), kernel="6.1")
    assert "extern (func ksym) 'bpf_cpumask_create': not found" in e.value.message


def test_relocations_differ_between_the_kernels():
    """task_struct.pid moved between 6.1 and 6.12: the same object loads differently."""
    path = str(label_object_path(CORE[0]))
    imms = {k: [i.imm for i in load(path, kernel=k).program("core_probe_pid").insns] for k in KERNELS}
    assert 2416 in imms["6.1"] and 2432 in imms["6.12"]


def test_poisoned_relocation_is_reported_with_libbpf_words():
    lb = next(lb for lb in CORE if lb.prog == "core_poison_new" and lb.kernel == "6.1")
    assert lb.message.startswith("failed to resolve CO-RE relocation <byte_off>")
    pf = load(str(label_object_path(lb)), kernel="6.1")
    calls = [i for i in pf.program(lb.prog).insns if i.imm == CORE_POISON_IMM]
    assert len(calls) == 1 and calls[0].target == lb.message


def _section_offset(data: bytes, name: bytes) -> int:
    """File offset of an ELF section by name (for mutating one instruction)."""
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    strtab_off = struct.unpack_from("<Q", data, shoff + shstrndx * shentsize + 0x18)[0]
    for i in range(shnum):
        sh = shoff + i * shentsize
        n = struct.unpack_from("<I", data, sh)[0]
        if data[strtab_off + n:].split(b"\0", 1)[0] == name:
            return struct.unpack_from("<Q", data, sh + 0x18)[0]
    raise KeyError(name)


def test_unexpected_instruction_value_is_bad_input(tmp_path):
    """libbpf checks the compiled-in value before patching: an object whose `r1 = 2416` no longer
    says what its relocation recorded does not load."""
    src = label_object_path(CORE[0])
    data = bytearray(src.read_bytes())
    off = _section_offset(bytes(data), b"kprobe/do_nanosleep") + 8 + 4    # core_probe_pid insn 1 imm
    assert struct.unpack_from("<i", data, off)[0] == 2416
    struct.pack_into("<i", data, off, 2415)
    bad = tmp_path / "core.o"
    bad.write_bytes(bytes(data))
    with pytest.raises(InputError) as e:
        load(str(bad), kernel="6.12")
    assert "unexpected insn #1 (ALU/ALU64) value: got 2415, exp 2416 -> 2432" in e.value.message
    assert str(e.value).startswith(str(bad) + ":") or ".c:" in str(e.value)


def test_missing_vmlinux_btf_is_bad_input(tmp_path, monkeypatch):
    path = tmp_path / "core.o"
    shutil.copyfile(label_object_path(CORE[0]), path)
    monkeypatch.setenv(vmlinux.env_name("6.12"), str(tmp_path / "absent.btf"))
    with pytest.raises(InputError) as e:
        load(str(path), kernel="6.12")
    assert "make btf" in e.value.message


def test_patch_refuses_what_libbpf_refuses():
    kb = vmlinux.load_btf("6.1")
    res = core.Result(orig_val=4, new_val=8)
    mov = Insn(BPF_ALU64 | BPF_MOV | BPF_K, 1, 0, 0, 4)
    assert core.patch(mov, res, 0)[0].imm == 8
    with pytest.raises(core.CoreError, match="unrecognized insn"):
        core.patch(Insn(BPF_JMP | 0x50, 1, 0, 0, 4), res, 0)       # a jump cannot be relocated
    too_far = core.Result(orig_val=4, new_val=0x8000)
    ldx = Insn(0x61, 1, 2, 4, 0)
    with pytest.raises(core.CoreError, match="value too big"):
        core.patch(ldx, too_far, 0)
    poisoned = core.patch(Insn(0x18, 1, 0, 0, 4, 0), core.Result(poison=True, local="x"), 0)
    assert [i.imm for i in poisoned] == [CORE_POISON_IMM, CORE_POISON_IMM]
    # an anonymous root type cannot be relocated
    anon = next(t.id for t in kb.types[1:] if t.kind == 4 and not t.name)
    with pytest.raises(core.CoreError, match="anonymous"):
        core.resolve(CoreRelo(0, anon, "0:0", core.FIELD_BYTE_OFFSET), kb, kb)


def test_type_matches_is_a_layout_match():
    """bpf_core_type_matches: struct task_struct___match {int pid; int tgid;} matches both kernels,
    a `long pid` does not; enum bpf_map_type___match (with ARENA) matches only 6.12."""
    path = str(label_object_path(next(lb for lb in LABELS if lb.object == "core_match.o")))
    got = {k: [i.imm for i in load(path, kernel=k).program("core_type_matches").insns
               if i.opcode == BPF_ALU64 | BPF_MOV | BPF_K and i.dst == 1] for k in KERNELS}
    assert got == {"6.1": [1, 0, 1, 0], "6.12": [1, 0, 1, 1]}


def test_essential_names():
    assert core.essential_name("task_struct___old") == "task_struct"
    assert core.essential_name("a___b___c") == "a___b"
    assert core.essential_name("__u32") == "__u32"
    assert core.essential_name("x____y") == "x____y"
