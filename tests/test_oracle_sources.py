"""The committed C sources, sidecars and raw inputs are exactly what each family's gen.py writes.

The labels are only meaningful for the bytes that were labelled; this catches a gen.py edit
that was not followed by a re-run of the oracle (or a hand edit of a generated source).
"""

import importlib.util
import sys

import pytest

from oracle_labels import FAMILIES, ORACLE_DIR


def _run_gen(family, out, capsys):
    spec = importlib.util.spec_from_file_location(f"gen_{family}", ORACLE_DIR / family / "gen.py")
    mod = importlib.util.module_from_spec(spec)
    old_argv = sys.argv
    sys.argv = ["gen.py", "--no-main"]          # gen.py only runs main() when called without arguments
    try:
        spec.loader.exec_module(mod)
    finally:
        sys.argv = old_argv
    mod.HERE = out
    mod.main()
    if hasattr(mod, "main_slow"):
        mod.main_slow()
    capsys.readouterr()


@pytest.mark.parametrize("family", FAMILIES)
def test_generated_sources_match_committed(family, tmp_path, capsys):
    _run_gen(family, tmp_path, capsys)
    generated = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    assert generated, "gen.py wrote nothing"
    for p in generated:
        rel = p.relative_to(tmp_path)
        committed = ORACLE_DIR / family / rel
        assert committed.exists(), f"{family}/{rel} generated but not committed"
        assert committed.read_bytes() == p.read_bytes(), f"{family}/{rel} differs from gen.py output"
    # and nothing committed is an orphan input (every .c/.raw/.oracle.json comes from gen.py)
    made = {p.relative_to(tmp_path).as_posix() for p in generated}
    for p in (ORACLE_DIR / family).rglob("*"):
        rel = p.relative_to(ORACLE_DIR / family).as_posix()
        if p.is_file() and not rel.startswith("obj/") and p.suffix in (".c", ".raw", ".json") and not rel.startswith("labels"):
            assert rel in made, f"{family}/{rel} is not produced by gen.py"
