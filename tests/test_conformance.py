"""The bpf_conformance corpus (313 `.data` files) must pass on the concrete executor."""
import os
import glob

import pytest

from bpfsmt.commands.conformance import run_case

SHARED = os.environ.get("BPFSMT_SHARED",
                        os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
TESTS = os.path.join(SHARED, "conformance", "tests")
FILES = sorted(glob.glob(os.path.join(TESTS, "*.data")))


def test_corpus_is_complete():
    assert len(FILES) == 313, f"expected 313 conformance files under {TESTS}"


@pytest.mark.parametrize("path", FILES, ids=[os.path.basename(f) for f in FILES])
def test_conformance_file(path):
    o = run_case(path)
    assert o.passed, o.detail


def test_wrong_expectation_fails(tmp_path):
    """The runner really compares r0: a changed `-- result` must fail."""
    src = open(os.path.join(TESTS, "add.data")).read().replace("0x3", "0x4")
    p = tmp_path / "add_wrong.data"
    p.write_text(src)
    o = run_case(str(p))
    assert not o.passed and "expected 0x4" in o.detail


def test_cli_total_line(capsys):
    from bpfsmt.cli import main
    rc = main(["conformance", TESTS, "--summary"])
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1] == "313 passed, 0 failed"
    assert rc == 0


def test_cli_fails_on_failure(tmp_path, capsys):
    from bpfsmt.cli import main
    p = tmp_path / "bad.data"
    p.write_text("-- asm\nmov %r0, 1\nexit\n-- result\n0x2\n")
    rc = main(["conformance", str(p)])
    out = capsys.readouterr().out
    assert rc == 1 and "0 passed, 1 failed" in out


def test_error_section_passes_on_refusal_or_fault(tmp_path):
    p = tmp_path / "neg.data"
    p.write_text("-- asm\nmov %r0, %r11\nexit\n-- error\nbad register\n")
    assert run_case(str(p)).passed
    q = tmp_path / "neg2.data"
    q.write_text("-- asm\nldxw %r0, [%r1]\nexit\n-- error\nout of bounds\n")
    assert run_case(str(q)).passed          # r1 uninitialised: the run faults
    r = tmp_path / "neg3.data"
    r.write_text("-- asm\nmov %r0, 1\nexit\n-- error\nshould fail\n")
    assert not run_case(str(r)).passed
