"""`bpfsmt check` answers both questions side by side and names a disagreement: accepted by the
6.1 model but unsafe is a rule counterexample, safe but rejected is a precision gap."""
import json
import subprocess
import sys

import pytest

from bpfsmt.commands.check import finding

BPFSMT = [sys.executable, "-m", "bpfsmt"]

CASES = {
    # Debian 6.1.192 lets a privileged loader read uninitialised stack (tests/oracle/FINDINGS.md):
    # the read leaks stale kernel bytes, which check reports as CORE-03.
    "uninit_stack": (".program leak section=socket\n    r0 = *(u64 *)(r10 - 8)\n    exit\n",
                     "unsafe", True, "rule counterexample"),
    # An immediate division by zero is rejected ("div by zero") though RFC 9669 defines it as 0.
    "div_imm_zero": (".program d section=socket\n    r0 = 5\n    r0 /= 0\n    exit\n",
                     "safe", False, "precision gap"),
    "agree_safe": (".program ok section=socket\n    r0 = 1\n    exit\n", "safe", True, ""),
    "agree_unsafe": (".program u section=socket\n    r0 = r2\n    exit\n", "unsafe", False, ""),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_check_reports_the_difference(tmp_path, name):
    text, verdict, accepted, what = CASES[name]
    f = tmp_path / f"{name}.bpf.s"
    f.write_text(text)
    out = subprocess.run(BPFSMT + ["check", str(f), "--json"], capture_output=True, text=True)
    row = json.loads(out.stdout.splitlines()[0])
    assert row["verdict"] == verdict
    assert row["linux_6_1"]["accepted"] is accepted
    assert row["finding"].startswith(what) if what else row["finding"] == ""
    assert out.returncode == (1 if verdict == "unsafe" else 0)


def test_finding_names():
    assert finding("unsafe", True).startswith("rule counterexample")
    assert finding("safe", False).startswith("precision gap")
    assert finding("unknown", False) == "" and finding("unsafe", False) == ""
    assert finding("safe", None) == ""
