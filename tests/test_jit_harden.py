"""Constant blinding (bpf_jit_harden) against the real 6.1 kernel, and its theorems.

tests/oracle/jit/harden holds the JIT oracle programs (tests/oracle/jit/inputs and the
blinding programs of gen_blind.py) labelled at bpf_jit_harden=1 and =2 (loaded as root). At 1
the kernel does not blind a CAP_BPF loader, so the model's plain JIT must give the image; at 2
the model blinds the unblinded program with the random values read back from the kernel's image
and must give the image byte for byte, and, for one-function programs (whose xlated dump is the
blinded program), the kernel's xlated instructions exactly.
"""
import json
import os

import pytest
from hypothesis import given, settings, strategies as st

from bpfsmt.proofs import jit_blind
from bpfsmt.proofs.registry import PROVED, REFUTED, all_theorems, run_theorem
from bpfsmt.solver.jit.blind import Blinder, Replay, blind_constants, blinding_enabled
from bpfsmt.solver.jit.program import compare_with_oracle, kernel_blinding
from bpfsmt.spec.insn import decode

HERE = os.path.join(os.path.dirname(__file__), "oracle", "jit", "harden")


def _load(name):
    with open(os.path.join(HERE, name)) as f:
        return {(r["file"], r["prog"]): r for r in map(json.loads, f)}


H1, H2 = _load("results_harden1.jsonl"), _load("results_harden2.jsonl")
KEYS = sorted(H2)
IDS = [f"{f}:{p}" for f, p in KEYS]


def test_labels_cover_every_blinded_form():
    assert len(KEYS) >= 60 and set(H1) == set(H2)
    forms = set()
    for k in KEYS:
        for insn in decode(bytes.fromhex(H1[k]["xlated"])):
            patch = Blinder(Replay([0, 0])).blind_insn(insn)
            if patch:
                forms.add((insn.opcode, insn.is_cond_jmp and insn.off < 0))
    alu = {c | op | 0 for c in (0x04, 0x07) for op in jit_blind.BLINDED_ALU}
    jmp = {c | op for c in (0x05, 0x06) for op in jit_blind.BLINDED_JMP}
    st = {0x62, 0x6A, 0x72, 0x7A}
    assert {o for o, _ in forms} >= alu | jmp | st | {0x18}
    assert {o for o, back in forms if back} >= jmp           # every condition as a back-jump


@pytest.mark.parametrize("key", KEYS, ids=IDS)
def test_harden1_as_root_is_not_blinded(key):
    assert not blinding_enabled(1, bpf_capable=True) and blinding_enabled(1, bpf_capable=False)
    c = compare_with_oracle(H1[key])
    assert c.equal, c.detail


@pytest.mark.parametrize("key", KEYS, ids=IDS)
def test_harden2_image_byte_exact(key):
    assert blinding_enabled(2, bpf_capable=True)
    c = compare_with_oracle(H2[key], unblinded=H1[key])
    assert c.equal, c.detail


ONE_FUNC = [k for k in KEYS if len(H2[k]["jited_func_lens"]) == 1]


@pytest.mark.parametrize("key", ONE_FUNC, ids=[f"{f}:{p}" for f, p in ONE_FUNC])
def test_harden2_xlated_is_the_models_blinded_program(key):
    insns, rnds = kernel_blinding(decode(bytes.fromhex(H1[key]["xlated"])),
                                  bytes.fromhex(H2[key]["jited_insns"]))
    new, _ = blind_constants(insns, Blinder(Replay(rnds)))
    assert [i.encode() for i in new] == [i.encode() for i in
                                         decode(bytes.fromhex(H2[key]["xlated"]))]


def test_blinding_keeps_the_kernels_results():
    """BPF_PROG_TEST_RUN gives the same retval blinded and not (call_helpers returns
    bpf_get_prandom_u32)."""
    runs = [k for k in KEYS if H1[k]["retval"] is not None and k[1] != "call_helpers"]
    assert len(runs) >= 60
    assert [H1[k]["retval"] for k in runs] == [H2[k]["retval"] for k in runs]


def test_a_wrong_rewrite_misses_the_kernels_bytes():
    """The comparison tells a broken rewrite apart: without the back-jump adjustment the
    loops' images differ."""
    key = ("blind_loops_jmp.socket.raw", "raw")
    c = compare_with_oracle(H2[key], unblinded=H1[key],
                            blinder_cls=jit_blind.BackjumpNotAdjusted)
    assert not c.equal


BLIND = {t.name: t for t in all_theorems() if t.name.startswith("JIT.blind_")}


def test_blinding_theorems_registered():
    assert set(BLIND) == {"JIT.blind_alu", "JIT.blind_jmp", "JIT.blind_ld_imm64",
                          "JIT.blind_st", "JIT.blind_x86"}


@pytest.mark.parametrize("name", sorted(BLIND))
def test_blinding_theorem_proved_and_mutants_refuted(name):
    rep = run_theorem(BLIND[name])
    assert rep.outcome.status == PROVED, rep.outcome.reason
    assert rep.mutants and all(o.status == REFUTED and o.replayed is True
                               for _, o in rep.mutants), [(m.name, o) for m, o in rep.mutants]
    assert rep.ok


def _jit_hex(capsys, *flags):
    from bpfsmt.cli import main
    src = os.path.join(os.path.dirname(__file__), "..", "examples", "ret_add.bpf.s")
    assert main(["jit", "--hex-only", *flags, src]) == 0
    return capsys.readouterr().out.split()[1]


def test_jit_command_blinds_with_harden_2(capsys):
    plain = _jit_hex(capsys)
    assert "bf28000000" in plain                    # mov edi, 40: the constant in the clear
    assert _jit_hex(capsys, "--harden", "1") == plain   # root: harden 1 does not blind
    blinded = _jit_hex(capsys, "--harden", "2", "--blind-seed", "7")
    assert "bf28000000" not in blinded and "4c89d7" in blinded      # mov rdi, r10
    assert _jit_hex(capsys, "--harden", "2", "--blind-seed", "7") == blinded
    assert _jit_hex(capsys, "--harden", "2", "--blind-seed", "8") != blinded


def _one_by_one(insns, blinder):
    """bpf_jit_blind_constants as the kernel runs it: each patch in turn, made from the
    instruction as the earlier patches left it (XlatedProg.patch: one pass per patch)."""
    from bpfsmt.solver.xlate.patch import XlatedProg
    from bpfsmt.spec.insn import BPF_PSEUDO_FUNC
    prog, i = XlatedProg(insns, [0]), 0
    for insn in insns:
        new = None if insn.is_wide and insn.src == BPF_PSEUDO_FUNC else blinder.blind_insn(prog.insns[i])
        if new is None:
            i += 1
            continue
        prog.patch(i, new)
        i += len(new)
    return prog.insns


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_blinding_in_one_pass_equals_patch_by_patch(data):
    """blind_constants patches every constant in one pass (XlatedProg.patch_many); it must
    give the kernel's patch-by-patch result: every jump (forward, backward, to itself, to the
    end, blinded or not, JMP32 JA's imm) and bpf2bpf call lands on the same instruction."""
    from bpfsmt.spec.insn import (BPF_ALU64, BPF_CALL, BPF_JA, BPF_JEQ, BPF_JGT, BPF_JMP,
                                  BPF_JMP32, BPF_K, BPF_MOV, BPF_PSEUDO_CALL, BPF_PSEUDO_FUNC,
                                  BPF_X, Insn)
    n = data.draw(st.integers(2, 40))
    kinds = st.sampled_from(["mov", "mov0", "lddw", "jk", "jx", "ja", "ja32", "j32k", "call",
                             "func"])
    insns = []
    for k in range(n):
        kind = data.draw(kinds)
        # an instruction start or the end; a call or a callback address may leave the
        # function (blinding runs per function)
        target = data.draw(st.integers(-3, n + 3) if kind in ("call", "func") else st.integers(0, n))
        off = target - k - 1
        imm = data.draw(st.integers(-2**31, 2**31 - 1))
        if kind == "mov":
            insns.append(Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, 1, 0, 0, imm))
        elif kind == "mov0":
            insns.append(Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, 1, 0, 0, 0))
        elif kind == "lddw":
            insns.append(Insn.lddw(2, imm * 0x100000001))
        elif kind == "jk":
            insns.append(Insn.make(BPF_JMP | BPF_JGT | BPF_K, 1, 0, off, imm))
        elif kind == "j32k":
            insns.append(Insn.make(BPF_JMP32 | BPF_JEQ | BPF_K, 1, 0, off, imm))
        elif kind == "jx":
            insns.append(Insn.make(BPF_JMP | BPF_JEQ | BPF_X, 1, 2, off, 0))
        elif kind == "ja":
            insns.append(Insn.make(BPF_JMP | BPF_JA, 0, 0, off, 0))
        elif kind == "ja32":
            insns.append(Insn.make(BPF_JMP32 | BPF_JA, 0, 0, 0, off))
        elif kind == "call":
            insns.append(Insn.make(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_CALL, 0, off))
        else:
            insns.append(Insn.make(0x18, 2, BPF_PSEUDO_FUNC, 0, off, 0))
    # offsets counted in instructions above; an lddw takes two slots: re-encode in slots
    slot = [0]
    for x in insns:
        slot.append(slot[-1] + x.slots)
    fixed = []
    for k, x in enumerate(insns):
        field = "imm" if x.is_pseudo_call or (x.cls == BPF_JMP32 and x.code == BPF_JA) else "off"
        if x.is_wide and x.src == BPF_PSEUDO_FUNC:
            field = "imm"
        if field == "imm" or x.is_jmp and not x.is_exit and not x.is_call:
            t = k + getattr(x, field) + 1
            at = slot[t] if 0 <= t <= n else slot[0] + t if t < 0 else slot[n] + t - n
            x = x.with_(**{field: at - slot[k] - 1})
        fixed.append(x)
    seed = data.draw(st.integers(0, 2**32))
    from bpfsmt.solver.jit.blind import seeded
    one_pass, _ = blind_constants(fixed, Blinder(seeded(seed)))
    assert [i.encode() for i in one_pass] == [i.encode() for i in _one_by_one(fixed, Blinder(seeded(seed)))]
