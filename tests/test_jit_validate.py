"""Translation validation of real kernel JIT bytes, and the `bpfsmt jit` / `jit-validate` CLI."""
import json
import os

import pytest

from bpfsmt.cli import main as cli
from bpfsmt.solver.jit.validate import validate, upper_half_live
from bpfsmt.spec.insn import decode, Insn

HERE = os.path.dirname(__file__)
RESULTS = os.path.join(HERE, "oracle", "jit", "results.jsonl")
RECS = {((r["prog"] if r["prog"] != "raw" else r["file"].split(".")[0])): r
        for r in (json.loads(l) for l in open(RESULTS)) if r.get("jited_insns")}


def _validate(rec, kernel=None):
    return validate(decode(bytes.fromhex(rec["xlated"])),
                    kernel or bytes.fromhex(rec["jited_insns"]), rec["jited_func_lens"],
                    stack_depths=rec["verifier_stats"]["stack_depth"])


@pytest.mark.parametrize("name", ["alu32_x_0", "atomic_w_base_r7", "jmp_long", "mem_base_r1",
                                  "end_r8", "tail_in_subprog", "bpf2bpf", "map_value_addr"])
def test_kernel_bytes_equivalent(name):
    v = _validate(RECS[name])
    assert v.verdict == "equivalent", (v.reason, v.counterexample)
    assert v.proved > 5


def test_flipped_condition_differs_with_input():
    rec = RECS["jmp_k"]
    img = bytearray(bytes.fromhex(rec["jited_insns"]))
    k = next(i for i in range(40, len(img)) if img[i] == 0x73)    # first jae rel8
    img[k] = 0x77                                                  # ja
    v = _validate(rec, bytes(img))
    assert v.verdict == "differ"
    assert v.counterexample and "r0" in v.counterexample


def test_truncated_image_is_unknown():
    rec = RECS["alu64_k_r2"]
    v = _validate(rec, bytes.fromhex(rec["jited_insns"])[:-30])
    assert v.verdict in ("unknown", "differ")


def test_cmpxchg32_zext_liveness():
    cmpx = Insn.make(0xC3, 10, 1, -8, 0xF1)
    dead = [(0, cmpx), (1, Insn.make(0xB7, 0, 0, 0, 1)), (2, Insn.make(0x95))]
    live = [(0, cmpx), (1, Insn.make(0x95))]
    assert not upper_half_live(dead, 0, 0)
    assert upper_half_live(live, 0, 0)


def test_cli_validate_exit_codes(tmp_path, capsys):
    assert cli(["jit-validate", "x", "--oracle", RESULTS, "-p", "tail_indirect_regs"]) == 0
    rec = dict(RECS["jmp_x"])
    img = bytearray(bytes.fromhex(rec["jited_insns"]))
    k = next(i for i in range(40, len(img)) if img[i] in (0x7C, 0x7F))   # a signed jcc
    img[k] ^= 0x0C ^ 0x02 if img[k] == 0x7C else 0x08                     # jl->jb / jg->ja
    rec["jited_insns"] = img.hex()
    p = tmp_path / "r.jsonl"
    p.write_text(json.dumps(rec) + "\n")
    assert cli(["jit-validate", "x", "--oracle", str(p), "-p", "jmp_x"]) == 1
    out = capsys.readouterr().out
    assert "DIFFER" in out and "input on which they differ" in out
    rec["jited_insns"] = rec["jited_insns"][:-40]
    rec["jited_func_lens"] = [len(rec["jited_insns"]) // 2]
    p.write_text(json.dumps(rec) + "\n")
    assert cli(["jit-validate", "x", "--oracle", str(p), "-p", "jmp_x"]) in (1, 3)


def test_cli_jit_prints_hex_and_disassembly(tmp_path, capsys):
    src = tmp_path / "t.raw"
    from bpfsmt.spec.insn import encode
    src.write_bytes(encode([Insn.make(0xB7, 0, 0, 0, 0), Insn.make(0x95)]))
    assert cli(["jit", str(src)]) == 0
    out = capsys.readouterr().out
    assert "0f1f4400006690554889e531c0c9c3cc" in out       # the oracle's a_ret0 image
    assert "xor eax, eax" in out and "leave" in out
    assert cli(["jit", "--hex-only", str(src)]) == 0
    assert capsys.readouterr().out.strip() == "raw 0f1f4400006690554889e531c0c9c3cc"  # NAME HEX


def test_kernel_function_layout_recovered_from_the_image():
    """Without jited_func_lens the functions are found by their prologues."""
    from bpfsmt.solver.jit.validate import kernel_func_lens
    multi = [r for r in RECS.values() if len(r["jited_func_lens"]) > 1]
    assert len(multi) >= 3
    for r in RECS.values():
        assert kernel_func_lens(bytes.fromhex(r["jited_insns"])) == r["jited_func_lens"], r["prog"]


def test_multi_function_image_without_lengths_is_split_by_prologues():
    """The model's image differs in length (a wrong stack depth for subprog 1), so the split
    cannot come from the model: the kernel's layout is found in its image and the difference
    is reported in the right function instead of UNKNOWN."""
    rec = RECS["bpf2bpf"]
    depths = list(rec["verifier_stats"]["stack_depth"])
    assert depths[1] == 8
    depths[1] = 0                                          # no `sub rsp, 8`: 7 bytes shorter
    v = validate(decode(bytes.fromhex(rec["xlated"])), bytes.fromhex(rec["jited_insns"]), None,
                 stack_depths=depths)
    assert v.verdict != "unknown" or "functions" not in v.reason, v.reason
    assert v.func == 1


def test_cli_func_lens_flag(capsys):
    rec = RECS["bpf2bpf"]
    lens = ",".join(map(str, rec["jited_func_lens"]))
    assert cli(["jit-validate", "x", "--oracle", RESULTS, "-p", "bpf2bpf"]) == 0
    src = os.path.join(HERE, "oracle", "jit", "inputs", "jit_calls.bpf.c")
    assert cli(["jit-validate", src, "-p", "bpf2bpf", "--jited", rec["jited_insns"],
                "--func-lens", lens]) == 0
    assert cli(["jit-validate", src, "-p", "bpf2bpf", "--jited", rec["jited_insns"],
                "--func-lens", "x,1"]) == 2
    assert "--func-lens" in capsys.readouterr().err
