"""Kernel selftest files as they are in the kernel tree: the forms that used not to compile,
the kernel header's ordered annotations, __arch/__xlated/__jited, and files that do not load.
Verdicts and return values are the real kernels' (oracle labels beside the sources)."""
import json
import os

import pytest

from bpfsmt.cli import main as cli
from bpfsmt.commands import selftest as cmd
from bpfsmt.grammar import selftest as st
from bpfsmt.spec.program import BPF_F_TEST_STATE_FREQ

HERE = os.path.join(os.path.dirname(__file__), "data", "selftest")
FORMS = os.path.join(HERE, "kernel_forms.c")
IN_TREE = os.path.join(HERE, "tree", "tools", "testing", "selftests", "bpf", "progs", "in_tree.c")
BROKEN = os.path.join(HERE, "broken.c")
LABELS: dict = {}
with open(os.path.join(HERE, "kernel_forms.oracle.jsonl")) as f:
    for line in f:
        o = json.loads(line)
        LABELS[(o["kernel"], o["prog"])] = o

pytestmark = pytest.mark.skipif(st.find_clang() is None or
                                not os.path.exists("/usr/include/bpf/bpf_helpers.h"),
                                reason="clang/libbpf-dev not installed (make clang)")


@pytest.fixture(scope="module")
def results():
    out = {}
    for path in (FORMS, IN_TREE):
        for r in cmd.run_file(path):
            out[r.program] = r
    return out


def test_every_form_compiles_and_matches_the_kernels(results):
    # every program the kernels loaded is here, with the kernels' verdict and return value
    for (kernel, prog), lab in LABELS.items():
        r = results[prog]
        if r.status == "skip":
            continue
        assert r.got == ("accepted" if lab["accepted"] else "rejected"), (kernel, prog)
        if lab["retval"] is not None and r.retval is not None:
            assert cmd._s32(r.retval) == cmd._s32(lab["retval"]), (kernel, prog)
    assert results["mod_assign"].retval == 1               # 7 % 3: not rewritten into a label
    assert results["filter_h_insn"].retval == 42           # BPF_MOV64_IMM from the stand-in
    assert results["limits_h"].retval == 2147483647        # <limits.h> under -target bpf
    assert results["from_tree_header"].retval == 5         # the selftests directory's header
    assert {r.program for r in results.values() if r.status == "pass"} >= {
        "mod_assign", "filter_h_insn", "limits_h", "from_tree_header", "ordered", "disasm"}


def test_arch_other_than_x86_is_skipped_with_the_reason(results):
    r = results["arm_only"]
    assert r.status == "skip" and "ARM64" in r.reason


def test_kernel_header_annotations_are_read_in_counter_order(tmp_path):
    obj = st.compile_selftest(FORMS)
    specs = st.read_specs(obj)
    assert specs["ordered"].priv.msgs == ["R2 !read_ok"]
    assert specs["ordered"].prog_flags & BPF_F_TEST_STATE_FREQ
    d = specs["disasm"]
    assert d.arch == ["X86_64"]
    assert d.priv.xlated == ["0: r1 = 3", "1: r0 = r1", "...", "3: exit"]
    assert d.priv.jited[-1] == "\t{{leave|leaveq}}"
    assert d.unpriv.xlated == d.priv.xlated        # unpriv inherits, as test_loader does


def test_disasm_lines_must_be_consecutive_unless_dots_stand_between():
    text = "0: r1 = 3\n1: r0 = r1\n2: r0 &= 255\n3: exit\n"
    assert cmd.find_msgs(text, ["0: r1 = 3", "1: r0 = r1"], disasm=True) == []
    assert cmd.find_msgs(text, ["0: r1 = 3", "3: exit"], disasm=True) == ["3: exit"]
    assert cmd.find_msgs(text, ["0: r1 = 3", "...", "3: exit"], disasm=True) == []
    assert cmd.find_msgs(text, ["{{[0-9]}}: r0 &= {{2[0-9]+}}"], disasm=True) == []
    assert cmd.find_msgs(text, ["3: exit", "0: r1 = 3"], disasm=True) == ["0: r1 = 3"]


def test_jited_expectations_are_checked_against_the_jit_model(results):
    # the model's image is the kernel's (byte-exact), so its AT&T text is what __jited sees
    from bpfsmt.commands.jit import pipeline
    from bpfsmt.grammar.selftest import load_selftest_with_specs
    from bpfsmt.solver.jit.program import jit_program
    pf, _ = load_selftest_with_specs(FORMS)
    prog = pf.program("disasm")
    insns, depths, probe = pipeline(pf, prog)
    image = jit_program(insns, xlated=True, stack_depths=depths, prog_type=prog.prog_type,
                        probe_mem=probe).image
    assert image.hex() == LABELS[("6.1", "disasm")]["jited"]
    assert results["disasm"].status == "pass"
    text = cmd.jited_text(pf, prog)
    assert "\tmovl\t$3, %edi\n\tmovq\t%rdi, %rax\n" in text
    # a wrong expectation fails with the line it could not find
    spec = st.read_specs(st.compile_selftest(FORMS))["disasm"]
    spec.priv.jited = ["\tmovl\t$4, %edi"]
    r = cmd.TestResult(file=FORMS, program="disasm", name="x", mode="priv", status="pass")
    from bpfsmt.solver.verifier import verify
    cmd._check_disasm(r, spec.priv, pf, prog, verify(pf, prog))
    assert r.status == "fail" and "$4" in r.reason


def test_a_file_that_does_not_compile_is_an_error_not_an_empty_pass(capsys):
    rc = cli(["selftest", BROKEN, FORMS])
    out, err = capsys.readouterr()
    assert rc == 2
    assert "broken.c:10:" in err and "expected ';'" in err
    assert "1 of 2 file(s) could not be loaded" in err
    assert "kernel_forms/w1 %= 3 stays a modulo:OK" in out
