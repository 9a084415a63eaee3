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
