"""Selftest files: %= rewriting, compilation, annotations read from BTF decl tags, and the
test_loader judgement, checked against the real 6.1 kernel's results (oracle labels committed
beside the source)."""
import json
import os
import shutil
from dataclasses import dataclass, field

import pytest

from bpfsmt.grammar import selftest as st
from bpfsmt.commands import selftest as cmd
from bpfsmt.spec.errors import InputError
from bpfsmt.spec.program import BPF_F_STRICT_ALIGNMENT

HERE = os.path.join(os.path.dirname(__file__), "data", "selftest")
SRC = os.path.join(HERE, "annotations.c")
LABELS = {}
with open(os.path.join(HERE, "annotations.oracle.jsonl")) as f:
    for line in f:
        o = json.loads(line)
        LABELS[o["prog"]] = o

needs_clang = pytest.mark.skipif(st.find_clang() is None or
                                 not os.path.exists("/usr/include/bpf/bpf_helpers.h"),
                                 reason="clang/libbpf-dev not installed (make clang)")


def test_rewrite_unique_labels_per_statement():
    src = ('int x = 1; /* %= outside asm stays */\n'
           'asm volatile ("if r0 > 0 goto l0_%=; l0_%=: exit;" ::: "r0");\n'
           'asm volatile ("goto l1_%%=; l1_%%=: exit;" :: [a]"i"(1) : "r0");\n'
           '__asm__ ("r0 = \\")\\"; ja l2_%=; l2_%=:");\n'
           'asm ("ja l3_%%=; l3_%%=:");\n')
    out = st.rewrite_unique_labels(src)
    lines = out.splitlines()
    assert lines[0] == "int x = 1; /* %= outside asm stays */"
    # extended asm: clang expands %= per inlined instance; %%= becomes %=
    assert "l0_%=; l0_%=:" in lines[1] and "l1_%=; l1_%=:" in lines[2]
    # basic asm (no operands): %= / %%= would reach the assembler, so they are numbered
    assert "ja l2__1; l2__1:" in lines[3] and "ja l3__2; l3__2:" in lines[4]


@pytest.fixture(scope="module")
def loaded():
    if st.find_clang() is None or not os.path.exists("/usr/include/bpf/bpf_helpers.h"):
        pytest.skip("clang/libbpf-dev not installed (make clang)")
    return st.load_selftest_with_specs(SRC)


def test_annotations_from_decl_tags(loaded):
    pf, specs = loaded
    assert [p.name for p in pf.programs] == list(LABELS)  # same programs as the kernel saw
    s = specs["uninit_r2"]
    assert s.description == "reading uninitialised r2" and s.priv.expect_failure
    assert s.priv.msgs == ["R2 !read_ok"] and s.run_priv and not s.run_unpriv
    s = specs["log_order"]
    assert s.log_level == 2 and s.priv.msgs == ["r1 = 7", "r0 = r1", "R0_w=7"]
    assert s.priv.retval == 7 and not s.priv.expect_failure
    assert specs["skb_len"].priv.retval == 64          # __retval(TEST_DATA_LEN)
    assert specs["strict_align"].prog_flags == BPF_F_STRICT_ALIGNMENT
    assert specs["tail_target"].auxiliary and specs["tail_target"].description == "tail_target"
    leak = specs["leak_ptr"]
    assert leak.run_priv and leak.run_unpriv and not leak.priv.expect_failure
    assert leak.unpriv.expect_failure and leak.unpriv.msgs == ["R0 leaks addr into map"]
    assert leak.unpriv.retval == 0                     # inherited from __retval
    both = specs["both_modes"]
    assert both.run_unpriv and not both.unpriv.expect_failure and both.unpriv.retval == 3
    # a C source location for each test
    assert specs["ret0"].loc.file == SRC and specs["ret0"].loc.line > 0
    assert pf.program("ret0").insns[0].loc.file.endswith("annotations.c")


def test_compiled_programs_match_what_the_kernel_loaded(loaded):
    """Our compile (with the %= rewrite and our bpf_misc.h) gives the instructions the oracle
    loaded, map fds aside."""
    from bpfsmt.spec.insn import decode
    pf, _ = loaded
    for name, lab in LABELS.items():
        mine, theirs = pf.program(name).insns, decode(bytes.fromhex(lab["insns"]))
        assert len(mine) == len(theirs), name
        for a, b in zip(mine, theirs):
            if a.is_wide and a.src in (1, 2):
                assert (a.opcode, a.dst, a.src) == (b.opcode, b.dst, b.src)
            else:
                assert a.encode() == b.encode(), (name, a, b)


def test_judge_agrees_with_the_kernel_runner(loaded):
    """Replaying the oracle's verdict, log and retval through judge(): the annotations are
    right for the real kernel except the one written wrong on purpose."""
    _, specs = loaded
    outcome = {}
    for name, lab in LABELS.items():
        spec = specs[name]
        if spec.auxiliary:
            continue
        log = (lab["log"] or "") + (lab["first_error"] or "")
        run = (lambda lab=lab: (lab["retval"], None))
        status, reason, retval, missing = cmd.judge(spec.priv, lab["accepted"], log, run)
        outcome[name] = (status, reason)
    assert outcome.pop("wrong_expectation") == ("fail", "unexpected load success")
    assert all(s == "pass" for s, _ in outcome.values()), outcome


def test_judge_reports_each_kind_of_failure():
    ms = st.ModeSpec(expect_failure=False, msgs=["a", "b"], retval=3)
    assert cmd.judge(ms, False, "x\nR1 !read_ok")[:2] == \
        ("fail", "unexpected load failure: R1 !read_ok")
    st_, reason, _, missing = cmd.judge(ms, True, "b then a", lambda: (3, None))
    assert st_ == "fail" and missing == ["b"]        # order matters
    assert cmd.judge(ms, True, "a b", lambda: (4, None))[:2] == \
        ("fail", "unexpected retval: 4 != 3")
    assert cmd.judge(ms, True, "a b", lambda: (None, "division by zero"))[0] == "fail"
    assert cmd.judge(ms, True, "a b", lambda: (3, None))[0] == "pass"
    assert cmd.judge(ms, True, "a b", None)[0] == "skip"
    neg = st.ModeSpec(retval=-(1 << 31))
    assert cmd.judge(neg, True, "", lambda: (0x80000000, None))[0] == "pass"


@dataclass
class _FakeResult:
    accepted: bool
    message: str
    log: list = field(default_factory=list)


def _oracle_verify(pfile, program, *, rules="6.1", jit=True):
    """A stand-in verifier that answers what the real kernel answered (no unpriv mode)."""
    lab = LABELS[program.name]
    assert program.prog_flags == lab["flags"]      # __flag reached the load
    return _FakeResult(lab["accepted"], lab["first_error"] or "",
                       (lab["log"] or "").splitlines())


def test_runner_with_kernel_answers_and_real_executor(loaded, monkeypatch, capsys):
    monkeypatch.setattr(cmd, "_verifier", lambda: _oracle_verify)
    results = {r.name.split("/", 1)[1]: r for r in cmd.run_file(SRC)}
    assert "tail_target" not in results                              # __auxiliary
    assert results["expected failure that the kernel accepts"].status == "fail"
    unpriv = [r for r in results.values() if r.mode == "unpriv"]
    assert len(unpriv) == 2 and all(r.status == "skip" and "unprivileged" in r.reason
                                    for r in unpriv)
    # __retval runs through the executor; its r0 must match the kernel's test run
    for name in ("ret 0 is accepted", "messages in order at log level 2",
                 "tail call into an empty slot falls through", "raw instruction via __imm_insn",
                 "skb->len of the test packet", "branch labels written as %%="):
        r = results[name]
        assert r.status == "pass", (name, r.reason)
        assert r.retval == LABELS[r.program]["retval"]
    passed = [r for r in results.values() if r.status == "pass"]
    assert len(passed) == 11
    # CLI: test_progs-style lines and exit 1 because one test fails
    import argparse
    rc = cmd.main(argparse.Namespace(files=[SRC], json=False, verbose=False))
    out = capsys.readouterr().out
    assert rc == 1
    assert "annotations/expected failure that the kernel accepts:FAIL (unexpected load " \
           "success)" in out
    assert "Summary: 0/11 PASSED, 2 SKIPPED, 1 FAILED" in out


@needs_clang
def test_compile_error_points_at_the_users_file(tmp_path):
    bad = tmp_path / "bad.c"
    bad.write_text('#include <linux/bpf.h>\n#include "bpf_misc.h"\n'
                   'SEC("socket") __naked void f(void) { asm volatile ("r0 = ;" ::: '
                   '__clobber_all); }\n')
    with pytest.raises(InputError) as e:
        st.compile_selftest(str(bad), out_dir=str(tmp_path / "out"))
    assert e.value.loc.file == str(bad) and e.value.loc.line == 3
    assert e.value.message.startswith("clang: ")


def test_trace_messages_unverifiable_without_a_trace_are_skipped_not_passed():
    ms = st.ModeSpec(expect_failure=True, msgs=["7: (79) r0 = *(u64 *)(r0 +0)",
                                                 "R0 invalid mem access 'map_value_or_null'"])
    only_error = "R0 invalid mem access 'map_value_or_null'"
    status, reason, _, missing = cmd.judge(ms, False, only_error)
    assert status == "skip" and "not checkable" in reason and missing == ms.msgs[:1]
    # a wrong error message is still a failure, trace or no trace
    ms2 = st.ModeSpec(expect_failure=True, msgs=["R2 !read_ok"])
    assert cmd.judge(ms2, False, "R3 !read_ok")[0] == "fail"
    # with a trace in the log every message is checked
    traced = "0: (bf) r0 = r2\nR3 !read_ok"
    assert cmd.judge(st.ModeSpec(expect_failure=True, msgs=["1: (bf)"]), False, traced)[0] == "fail"


def test_with_the_verifier_model(loaded):
    """End to end with bpfsmt's own verifier model: on these simple programs its verdicts must
    be the kernel's."""
    results = {r.program: r for r in cmd.run_file(SRC) if r.mode == "priv"}
    for name in ("ret0", "uninit_r2", "no_null_check", "both_modes", "imm_insn",
                 "percent_percent", "wrong_expectation"):
        assert results[name].got == ("accepted" if LABELS[name]["accepted"] else "rejected"), name
    assert results["uninit_r2"].status == "pass" and results["no_null_check"].status == "pass"
    assert results["wrong_expectation"].status == "fail"
    # the unprivileged runs are judged too (the real kernel, loading unprivileged, says
    # "R0 leaks addr into map": tests/oracle/unpriv)
    unpriv = {r.program: r for r in cmd.run_file(SRC) if r.mode == "unpriv"}
    assert unpriv["leak_ptr"].status == "pass" and unpriv["leak_ptr"].got == "rejected"
    assert unpriv["both_modes"].status == "pass" and unpriv["both_modes"].retval == 3


def test_prebuilt_object_is_accepted(loaded, monkeypatch, tmp_path):
    """The kernel builds its selftests to .bpf.o; those run without recompiling."""
    obj = st.compile_selftest(SRC, out_dir=str(tmp_path))
    monkeypatch.setattr(cmd, "_verifier", lambda: _oracle_verify)
    from_c = [(r.name.split("/", 1)[1], r.status) for r in cmd.run_file(SRC)]
    from_o = [(r.name.split("/", 1)[1], r.status) for r in cmd.run_file(obj)]
    assert from_c == from_o and len(from_o) == 14


KSTYLE = os.path.join(HERE, "kernel_style.c")


@needs_clang
def test_kernel_style_file_expectations_are_the_kernels():
    """kernel_style.c (spin locks, sleepable helper, packet bounds, uninitialised stack):
    every annotation holds for the real 6.1 kernel (replayed labels), privileged mode."""
    pf, specs = st.load_selftest_with_specs(KSTYLE)
    labels = {o["prog"]: o for o in map(json.loads, open(os.path.join(
        HERE, "kernel_style.oracle.jsonl")))}
    assert set(labels) == {p.name for p in pf.programs} == set(specs)
    for name, lab in labels.items():
        log = (lab["log"] or "") + (lab["first_error"] or "")
        status, reason, _, _ = cmd.judge(specs[name].priv, lab["accepted"], log,
                                         lambda lab=lab: (lab["retval"], None))
        assert status == "pass", (name, reason)
    s = specs["stack_uninit"]
    assert s.run_unpriv and s.unpriv.expect_failure and not s.priv.expect_failure
