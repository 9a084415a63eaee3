"""Two kernels, 6.1 and 6.12: per-kernel facts against the oracle, the diff report, `--kernel`.

The verdicts themselves are compared in test_verifier_oracle.py (every label of both kernels);
here: the data that is read straight from oracle runs, the delta rules naming every difference,
and the cross-kernel command line.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from oracle_labels import ORACLE_DIR

from bpfsmt.spec.deltas import DELTAS, explain_difference
from bpfsmt.spec.kernels import KERNELS
from bpfsmt.spec.rules import get_ruleset

LSM = ORACLE_DIR / "lsmhooks"


@pytest.mark.parametrize("kernel", sorted(KERNELS))
def test_sleepable_lsm_hooks_are_what_the_kernel_said(kernel):
    """SP-02's allowlist per kernel is the set of hooks whose lsm.s program loaded."""
    labels = json.loads((LSM / f"labels_{kernel}.json").read_text())
    table = KERNELS[kernel].sleepable
    judged = 0
    for hook, x in labels.items():
        if not x["accepted"] and not (x["message"] or "").endswith("is not sleepable"):
            continue                    # the hook is not in this kernel's BTF (libbpf failed)
        judged += 1
        assert table.lsm_ok(hook) == x["accepted"], (kernel, hook, x["message"])
    assert judged >= 240


def test_kernel_rule_sets():
    assert get_ruleset("6.1").kernel_rules == frozenset()
    assert get_ruleset("6.12").kernel_rules == frozenset(DELTAS)
    rs = get_ruleset("6.1-no-SL-07").for_kernel("6.12")
    assert rs.name == "6.12-no-SL-07" and not rs.on("SL-07") and rs.kernel_has("CHECK-IDS")
    assert get_ruleset("6.12").kernel.sleepable.name == "debian-6.12"
    assert not get_ruleset("6.12").without_kernel_rule("ISA-V4").kernel_has("ISA-V4")
    with pytest.raises(KeyError):
        get_ruleset("6.1").for_kernel("5.10")


def test_explain_difference():
    assert explain_difference(False, "BPF_ALU uses reserved fields", True, None) == "ISA-V4"
    assert explain_difference(True, None, False, "bpf_spin_unlock of different lock") == "CHECK-IDS"
    assert explain_difference(False, "x", False, "y") == "unexplained"


def test_diff_report_is_current_and_explains_everything():
    """KERNEL-DIFF.md is what kernel_diff.py makes of the committed labels, with no unexplained row."""
    out = subprocess.run([sys.executable, str(ORACLE_DIR / "kernel_diff.py")], capture_output=True,
                         text=True, check=True).stdout
    assert "### unexplained" not in out
    assert out.strip() == (ORACLE_DIR / "KERNEL-DIFF.md").read_text().strip()


def _bpfsmt(*args):
    return subprocess.run([sys.executable, "-m", "bpfsmt", *args], capture_output=True, text=True)


def test_verify_cross_kernel_rows():
    r = _bpfsmt("verify", "--kernel", "6.1,6.12", "--json", "-p", "op_sdiv64_k", "-p", "op_gotol", "-p", "rp_sl13_prune",
                str(ORACLE_DIR / "core" / "obj" / "opcodes.o"), str(ORACLE_DIR / "proofs" / "rp_sl13_prune.c"))
    rows = {x["program"]: x for x in map(json.loads, r.stdout.splitlines())}
    assert r.returncode == 1, r.stderr          # rejected on 6.1 (and rp_sl13_prune on 6.12)
    assert rows["op_sdiv64_k"]["verdict_6.1"] == "rejected" and rows["op_sdiv64_k"]["verdict_6.12"] == "accepted"
    assert rows["op_sdiv64_k"]["delta_rule"] == "ISA-V4" and rows["op_sdiv64_k"]["differs"] == "yes"
    assert rows["op_gotol"]["differs"] == "" and rows["op_gotol"]["delta_rule"] is None
    assert rows["rp_sl13_prune"]["message_6.12"] == "bpf_spin_unlock of different lock"
    assert rows["rp_sl13_prune"]["delta_rule"] == "CHECK-IDS"


def test_verify_single_kernel_and_bad_kernel():
    obj = str(ORACLE_DIR / "core" / "obj" / "opcodes.o")
    r = _bpfsmt("verify", "--kernel", "6.12", "--json", "-p", "op_bswap64", obj)
    assert r.returncode == 0 and json.loads(r.stdout)["accepted"] is True
    r = _bpfsmt("verify", "--kernel", "5.10", obj)
    assert r.returncode == 2 and "--kernel" in r.stderr and "Traceback" not in r.stderr


def test_check_reports_sp07_on_612():
    """SP-07 is still open on 6.12: check finds the timer callback unsafe, and 6.12's model accepts."""
    r = _bpfsmt("check", "--kernel", "6.12", "--json", "--timeout", "60", "-p", "sp07_timer_cb_copy_sleepable",
                str(ORACLE_DIR / "sleepable" / "obj" / "callbacks.o"))
    row = json.loads(r.stdout)
    assert r.returncode == 1 and row["verdict"] == "unsafe" and row["rule"] == "SP-03"
    assert row["linux_6_12"]["accepted"] is True
    assert row["finding"] == "rule counterexample: 6.12 accepts an unsafe program"
    r = _bpfsmt("check", "--kernel", "6.1,6.12", str(ORACLE_DIR / "sleepable" / "obj" / "callbacks.o"))
    assert r.returncode == 2 and "--kernel" in r.stderr
