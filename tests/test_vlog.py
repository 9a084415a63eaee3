"""The verifier log as Linux 6.1 prints it, checked line by line against the kernel's own logs
in the committed labels (every family, the label's log level)."""
import json
import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))
from oracle_labels import FAMILIES, find_label, load_labels  # noqa: E402
from vlog_compare import compare_label, compare_logs, normalise  # noqa: E402

from bpfsmt.cli import main as cli  # noqa: E402
from bpfsmt.solver.verifier.vlog import vlog_alignment  # noqa: E402

EXAMPLES = os.path.join(os.path.dirname(os.path.dirname(__file__)), "examples")


# The range family's labels are LOG_LEVEL=2 logs (every path, precision backtracking)
LEVEL1_FAMILIES = [f for f in FAMILIES if f != "range"]


@pytest.fixture(scope="module")
def agreement():
    got = []
    for fam in LEVEL1_FAMILIES:
        for lab in load_labels(fam):
            c = compare_label(lab)
            if c is not None:
                got.append((fam, f"{lab.file}:{lab.prog}", c))
    return got


def test_logs_agree_with_the_kernel_line_by_line(agreement):
    n = len(agreement)
    equal = sum(c.equal for _, _, c in agreement)
    lines = sum(c.kernel_lines for _, _, c in agreement)
    same = sum(c.same_lines for _, _, c in agreement)
    assert n >= 500
    # measured: 501 of 512 logs equal in full, 99.6 % of kernel lines (benchmarks/vlog_agreement.py)
    assert equal / n >= 0.97, [(f, p, c.first_diff) for f, p, c in agreement if not c.equal]
    assert same / lines >= 0.99
    assert all(c.equal for f, _, c in agreement if f == "lock")


def test_level2_logs_with_precision_backtracking_agree_line_by_line():
    """func#N @M, last_idx/first_idx, `regs=… stack=… before N: insn`, `parent didn't have` /
    `parent already had` with the parent's state: every range log, every line (measured: 244 of
    244 equal, 7,830 lines). No range log prunes a path, so `frame N: propagating rN` is printed
    where 6.1 prints it but not checked against a kernel log here."""
    labs = [lab for lab in load_labels("range") if lab.log_level & 2]
    assert len(labs) >= 240
    kinds = set()
    for lab in labs:
        c = compare_label(lab)
        assert c is not None and c.equal, (lab.prog, c and c.first_diff)
        for kind in ("func#0 @0", "last_idx ", "regs=", "parent didn't have", "parent already had"):
            if kind in (lab.log or ""):
                kinds.add(kind)
    assert len(kinds) == 5, kinds


# 6.12 log lines the model does not print yet; each must still differ (a fix removes it here).
ENGINES_612_LOG_GAPS = {
    # bpf_task_pt_regs's result is not PTR_TRUSTED on 6.12 (ptr_pt_regs())
    "task_pt_regs_write": "untrusted ptr_pt_regs",
}


def test_612_logs_in_612s_format():
    """`verify --kernel 6.12 --log-level 1|2`: 6.12's printers (ctx(), map=NAME, merged scalar
    ranges `smax=umax=smax32=umax32=47`, numbers past 16 bits in hex, ringbuf_mem, the spilled
    register after the bytes above it), `Global function f() doesn't return scalar` for a void
    main with BTF, `gotol`, and `mark_precise: frameN: ...` backtracking with subseq_idx and the
    parent state. Measured on the 6.12 labels where the model's verdict and error line agree:
    671 of 794 logs equal in full (95.6 % of core's); what differs is 6.12 verifier semantics
    the model does not follow yet (scalars of every value spilled as registers, `if r0 == 0`
    teaching umin=1, 64/32-bit bound deduction), not the format."""
    got = []
    for fam in FAMILIES:
        for lab in load_labels(fam, kernel="6.12"):
            c = compare_label(lab)
            if c is not None and c.verdict_agrees:
                got.append((fam, lab, c))
    assert len(got) >= 780
    assert sum(c.equal for _, _, c in got) / len(got) >= 0.84
    engines = {lab.prog: c.equal for f, lab, c in got if f == "engines"}
    assert {p for p, eq in engines.items() if not eq} == set(ENGINES_612_LOG_GAPS)
    core = [c for f, _, c in got if f == "core"]
    assert sum(c.equal for c in core) / len(core) >= 0.95
    seen = "\n".join(lab.log for f, lab, c in got if c.equal)
    for shape in ("R1=ctx() R10=fp0", "map=arr,ks=4,vs=48", "smax=umax=smax32=umax32=",
                  "doesn't return scalar. Only those are supported.", "mark_precise: frame0: "
                  "last_idx ", "mark_precise: frame0: parent state regs=", "subseq_idx -1"):
        assert shape in seen, shape


def test_the_level1_pop_quirk_is_the_kernels(agreement):
    # pop_stack cuts the log back to where the branch was pushed, which is inside the padding
    # of the jump's state line: 6.1 then prints the popped path's state on the jump's line
    lab = find_label("lock", "lock_unlock_one_branch", file="basic.c")
    assert "13: (25) if r7 > 0x3 goto pc+3 17: R6=map_value" in lab.log
    c = dict(((f, p), c) for f, p, c in agreement)[("lock", "basic.c:lock_unlock_one_branch")]
    assert c.equal


def test_an_accepted_program_at_level_1_leaves_only_statistics(capsys):
    # do_check_common resets the log after a function verifies
    assert cli(["verify", "--log-level", "5", os.path.join(EXAMPLES, "lookup_null_check.bpf.s")]) == 0
    out = capsys.readouterr().out
    log = out.split("===\n", 1)[1].split("+---", 1)[0].strip().splitlines()
    assert log[0].startswith("verification time ") and log[1] == "stack depth 8"
    assert log[2].startswith("processed 11 insns (limit 1000000)")


def test_cli_prints_the_log_and_json_carries_it(capsys):
    path = os.path.join(EXAMPLES, "lookup_no_null_check.bpf.s")
    assert cli(["verify", "--log-level", "1", path]) == 1
    out = capsys.readouterr().out
    assert "0: R1=ctx(off=0,imm=0) R10=fp0\n0: (b7) r1 = 9" in out
    assert "6: (85) call bpf_map_lookup_elem#1    ; R0_w=map_value_or_null(id=1,off=0,ks=4," \
           "vs=8,imm=0)\n7: (79) r0 = *(u64 *)(r0 +0)\nR0 invalid mem access " \
           "'map_value_or_null'\nprocessed 7 insns" in out
    assert cli(["verify", "--log-level", "2", "--json", path]) == 1
    row = json.loads(capsys.readouterr().out)
    assert row["verifier_log"].startswith("func#0 @0\n0: R1=ctx(off=0,imm=0) R10=fp0\n")
    assert row["log"] == ["R0 invalid mem access 'map_value_or_null'"]


def test_alignment_and_normalisation():
    assert vlog_alignment(len("0: (b4) w0 = 1\n")) == 24             # `;` in column 38
    assert normalise("; asm volatile (\n4: (18) r1 = 0xffff888005354a00       ; R1_w=x\n"
                     "verification time 7 usec\n") == ["4: (18) r1 = <map> ; R1_w=x",
                                                        "verification time N usec"]
    c = compare_logs("a\nb\nc\n", "a\nx\nc\n")
    assert not c.equal and c.same_lines == 2 and "line 2" in c.first_diff
