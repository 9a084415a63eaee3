"""The rewrite rules of `bpfsmt.solver.xlate` that the root-only oracle cannot show, the branch
re-adjustment after patches, and `bpfsmt xlate` on the command line."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings, strategies as st

from bpfsmt.grammar.asm import parse_program_text
from bpfsmt.proofs import array_lookup as al
from bpfsmt.solver.xlate import map_gen_lookup as mgl
from bpfsmt.solver.xlate import map_state
from bpfsmt.solver.xlate.patch import XlatedProg
from bpfsmt.solver.xlate.rewrite import xlate
from bpfsmt.solver.concrete.exec import execute
from bpfsmt.spec.insn import (BPF_ALU, BPF_ALU64, BPF_AND, BPF_CALL, BPF_JA, BPF_JGT, BPF_JMP, BPF_K,
                              BPF_LSH, BPF_MOV, BPF_PSEUDO_CALL, BPF_TAIL_CALL, Insn)
from bpfsmt.spec.program import BPF_F_INNER_MAP

REPO = Path(__file__).resolve().parent.parent

LOOKUP = """
.map vals type=array key_size=4 value_size={vs} max_entries={me} {flags}
.map other type=array key_size=4 value_size=8 max_entries=2
.map pc type=percpu_array key_size=4 value_size=8 max_entries=2
.program p section=socket
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = %[vals] ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r0 = *(u32 *)(r0 + 0)
    exit
out:
    r0 = 0
    exit
"""


def _file(vs=8, me=4, flags=""):
    return parse_program_text(LOOKUP.format(vs=vs, me=me, flags=flags))


def _calls(insns):
    return [i.target for i in insns if i.is_call and i.src == 0]


def test_proofs_use_the_one_generator():
    assert al.gen_array_lookup is mgl.gen_array_lookup


def test_array_lookup_inlined_and_branch_retargeted():
    pf = _file(vs=24, me=5)
    out = xlate(pf, "p")
    seq = mgl.array_map_gen_lookup(pf.maps["vals"])
    assert out[5:5 + len(seq)] == seq and len(seq) == 7
    assert seq[3].imm == 24                                 # r0 *= 24 (not a power of two)
    j = out[5 + len(seq)]
    assert j.is_cond_jmp and j.off == 2                     # `if r0 == 0 goto out` still lands on out
    assert not _calls(out)


def test_index_mask_only_without_bypass_spec_v1():
    pf = _file(vs=8, me=5)
    m = pf.maps["vals"]
    m.bypass_spec_v1 = False
    seq = mgl.array_map_gen_lookup(m)
    assert len(seq) == 8
    assert seq[2].off == 4 and seq[2].imm == 5
    assert seq[3].opcode == BPF_ALU | BPF_AND | BPF_K and seq[3].imm == 7   # w0 &= index_mask
    aom = mgl.array_of_map_gen_lookup(m)
    assert aom[2].off == 6 and aom[3].imm == 7


def test_no_inlining_cases():
    pf = _file(flags="flags=BPF_F_INNER_MAP")
    assert pf.maps["vals"].flags & BPF_F_INNER_MAP
    assert _calls(xlate(pf, "p")) == ["array_map_lookup_elem"]          # -EOPNOTSUPP -> map op
    assert _calls(xlate(_file(), "p", jit=False)) == ["bpf_map_lookup_elem"]
    text = LOOKUP.format(vs=8, me=4, flags="").replace("%[vals]", "%[pc]")
    assert _calls(xlate(parse_program_text(text), "p")) == ["percpu_array_map_lookup_elem"]


POISON = """
.map a type=array key_size=4 value_size=8 max_entries=2
.map b type=array key_size=4 value_size=8 max_entries=2
.program p section=socket
    call bpf_get_prandom_u32
    r6 = r0
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = %[a] ll
    *(u64 *)(r10 - 16) = r1
    if r6 > 5 goto l
    r1 = %[{second}] ll
    *(u64 *)(r10 - 16) = r1
l:
    r1 = *(u64 *)(r10 - 16)
    call bpf_map_lookup_elem
    r0 = 0
    exit
"""


def test_poisoned_map_pointer_keeps_the_helper():
    """Different maps reach the call on two paths (through a stack spill): map_ptr_state is
    poisoned and the generic helper stays; the same map on both paths is still inlined."""
    pf = parse_program_text(POISON.replace("{second}", "b"))
    (i_call,) = [k for k, i in enumerate(pf.programs[0].insns) if i.is_call and i.imm == 1]
    assert map_state.map_states(pf, pf.programs[0].insns)[i_call] == map_state.POISON
    assert _calls(xlate(pf, "p")) == ["bpf_user_rnd_u32", "bpf_map_lookup_elem"]
    pf = parse_program_text(POISON.replace("{second}", "a"))
    assert _calls(xlate(pf, "p")) == ["bpf_user_rnd_u32"]


def test_tail_call_internal_opcode_and_dump():
    pf = parse_program_text("""
.map jt type=prog_array max_entries=4
.program p section=tc
    r2 = %[jt] ll
    r3 = 1
    call bpf_tail_call
    r0 = 0
    exit
""")
    internal = xlate(pf, "p", dump=False)
    assert internal[2].opcode == BPF_JMP | BPF_TAIL_CALL and internal[2].imm == 0
    dumped = xlate(pf, "p")
    assert dumped[2].opcode == BPF_JMP | BPF_CALL and dumped[2].imm == 12


def _div_prog(ops: list[str]) -> str:
    body = "\n".join(f"    {o}" for o in ops)
    return f".program p section=socket\n{body}\n"


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["r0 /= r1", "w0 /= w1", "r0 %= r1", "w0 %= w1", "r0 += 3",
                                 "if r0 > 7 goto end", "r1 -= 1"]), min_size=1, max_size=8),
       st.integers(0, 3), st.integers(0, 2 ** 40))
def test_div_mod_patches_keep_the_semantics(ops, r1, r0):
    """The patched program computes what the ISA (RFC 9669: x/0 = 0, x%0 = x) computes for the
    original, on every path: patching and branch re-adjustment lose no jump."""
    prog = [f"r0 = {r0 & 0x7fffffff}", "r0 <<= 9", f"r1 = {r1}"] + ops + ["end:", "exit"]
    text = "\n".join(f"    {o}" if not o.endswith(":") else o for o in prog)
    pf = parse_program_text(".program p section=socket\n" + text + "\n")
    before = execute(pf, "p").r0
    pf.programs[0].insns = xlate(pf, "p")
    pf.programs[0].labels = {}
    assert execute(pf, "p").r0 == before


def test_patch_retargets_backward_and_forward_jumps():
    p = XlatedProg([Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, 0, 0, 0, 1),       # 0
                  Insn.make(BPF_JMP | BPF_JA, 0, 0, 2),                     # 1 -> 4
                  Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, 0, 0, 0, 2),       # 2 (patched)
                  Insn.make(BPF_JMP | BPF_JA, 0, 0, -3),                    # 3 -> 1
                  Insn.make(BPF_JMP | 0x90)], [0, 4])                       # 4 exit
    three = [Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, 0, 0, 0, k) for k in (7, 8, 9)]
    p.patch(2, three)
    assert p.insns[1].off == 4 and p.insns[5].off == -5
    assert p.sub_starts == [0, 6]
    p.patch(0, three)                       # a jump TO the patched insn lands on the patchlet
    assert p.insns[3].off == 4


def test_cli_prints_kernel_syntax(tmp_path):
    f = tmp_path / "l.s"
    f.write_text(LOOKUP.format(vs=8, me=4, flags=""))
    r = subprocess.run([sys.executable, "-m", "bpfsmt.cli", "xlate", str(f), "--hex"],
                       capture_output=True, text=True, cwd=REPO)
    if r.returncode != 0 and "No module named" in r.stderr:
        r = subprocess.run([str(REPO / ".venv/bin/bpfsmt"), "xlate", str(f), "--hex"],
                           capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("p: socket_filter")
    assert "4: (18) r1 = map[vals]" in r.stdout
    assert "6: (07) r1 += 272" in r.stdout and "; 0701000010010000" in r.stdout
    assert "8: (35) if r0 >= 0x4 goto pc+3" in r.stdout and "9: (67) r0 <<= 3" in r.stdout
    r = subprocess.run([str(REPO / ".venv/bin/bpfsmt"), "xlate", str(f), "--no-jit", "-p", "p"],
                       capture_output=True, text=True)
    assert "6: (85) call bpf_map_lookup_elem" in r.stdout and "[no JIT]" in r.stdout
    r = subprocess.run([str(REPO / ".venv/bin/bpfsmt"), "xlate", str(f), "-p", "nope"],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "no program named 'nope'" in r.stderr


SUBPROG_ARG = """
.map a type=array key_size=4 value_size=16 max_entries=3
.map b type=array key_size=4 value_size=8 max_entries=3
.program p section=socket
    r1 = %[{first}] ll
    call look
    r1 = %[{second}] ll
    call look
    r0 = 0
    exit
.func look
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    call bpf_map_lookup_elem
    r0 = 0
    exit
"""


def test_map_passed_to_a_subprog():
    """The map reaching a lookup in a bpf2bpf callee comes from the call sites' R1: one map ->
    inlined (with the callee's call offsets rewritten by jit_subprogs), two -> poisoned."""
    out = xlate(parse_program_text(SUBPROG_ARG.format(first="a", second="a")), "p")
    assert [i.imm for i in out if i.opcode == BPF_ALU64 | BPF_LSH | BPF_K] == [4]   # r0 <<= 4 (16-byte elems)
    calls = [i for i in out if i.is_pseudo_call]
    assert [c.imm for c in calls] == [1, 1] and [c.off for c in calls] == [5, 2]
    out = xlate(parse_program_text(SUBPROG_ARG.format(first="a", second="b")), "p")
    assert _calls(out) == ["bpf_map_lookup_elem"]


def test_unpriv_prog_array_gets_the_index_check():
    """TC-06: a prog array without bypass_spec_v1 gets `if r3 >= max_entries goto +2;
    w3 &= index_mask` before the tail call; with bypass_spec_v1 (root) nothing is inserted."""
    text = """
.map jt type=prog_array max_entries=5
.program p section=tc
    r2 = %[jt] ll
    r3 = 1
    call bpf_tail_call
    r0 = 0
    exit
"""
    pf = parse_program_text(text)
    assert len(xlate(pf, "p")) == 5
    pf.maps["jt"].bypass_spec_v1 = False
    out = xlate(pf, "p")
    assert len(out) == 7
    assert out[2].is_cond_jmp and out[2].dst == 3 and out[2].imm == 5 and out[2].off == 2
    assert out[3].opcode == BPF_ALU | BPF_AND | BPF_K and out[3].dst == 3 and out[3].imm == 7
    assert out[4].imm == 12 and out[4].target == "bpf_tail_call"


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_remove_nops_in_one_pass_equals_one_by_one(data):
    """opt_remove_nops drops every `goto +0` in one pass (XlatedProg.remove_many); the result
    is the kernel's one removal at a time: every jump and bpf2bpf call lands on the same
    instruction (a jump to a nop: the next one kept), the subprogram starts move the same way
    and a function of nops only loses its start."""
    from bpfsmt.solver.xlate.opt import opt_remove_nops
    n = data.draw(st.integers(1, 30))
    insns = []
    for k in range(n):
        kind = data.draw(st.sampled_from(["nop", "nop", "mov", "lddw", "jk", "ja", "call"]))
        # a call may leave the program: xlate prints the rewrites of a rejected one too
        off = data.draw(st.integers(-2, n + 2) if kind == "call" else st.integers(0, n)) - k - 1
        insns.append({"nop": Insn.make(BPF_JMP | BPF_JA, 0, 0, 0),
                      "mov": Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, 1, 0, 0, k),
                      "lddw": Insn.lddw(1, k),
                      "jk": Insn.make(BPF_JMP | BPF_JGT | BPF_K, 1, 0, off, 3),
                      "ja": Insn.make(BPF_JMP | BPF_JA, 0, 0, off),
                      "call": Insn.make(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_CALL, 0, off)}[kind])
    slot = [0]
    for x in insns:
        slot.append(slot[-1] + x.slots)

    def at(t):
        return slot[t] if 0 <= t <= n else t if t < 0 else slot[n] + t - n
    fixed = []
    for k, x in enumerate(insns):
        field = "imm" if x.is_pseudo_call else "off"
        if (x.is_jmp and not x.is_exit and not x.is_call or x.is_pseudo_call) and x.off | x.imm:
            x = x.with_(**{field: at(k + getattr(x, field) + 1) - slot[k] - 1})
        fixed.append(x)
    starts = sorted({0} | {at(k) for k in data.draw(st.lists(st.integers(-2, n + 2), max_size=4))})
    one_pass, one_by_one = XlatedProg(fixed, starts), XlatedProg(fixed, starts)
    opt_remove_nops(one_pass)
    nop, i = Insn.make(BPF_JMP | BPF_JA, 0, 0, 0), 0
    while i < len(one_by_one.insns):
        if one_by_one.insns[i] == nop:
            one_by_one.remove(i, 1)
        else:
            i += 1
    assert [x.encode() for x in one_pass.insns] == [x.encode() for x in one_by_one.insns]
    assert one_pass.sub_starts == one_by_one.sub_starts and one_pass.seen == one_by_one.seen
