"""Program selection is the same for every command: FILE:PROG, repeatable -p, the program
named in the output, machine-readable output and diagnostics on stderr."""
import json

import pytest

from bpfsmt.cli import main as cli
from bpfsmt.selection import select, split_target
from bpfsmt.spec.errors import InputError

MULTI = ""


@pytest.fixture(autouse=True)
def multi(tmp_path):
    global MULTI
    MULTI = str(tmp_path / "multi_prog.bpf.s")
    with open(MULTI, "w") as f:
        f.write(".program first section=socket\n    r0 = 1\n    exit\n"
                ".program second section=socket\n    r0 = 2\n    exit\n"
                ".program third section=xdp\n    r0 = 3\n    exit\n")


def test_split_target_only_splits_existing_files():
    assert split_target(f"{MULTI}:second") == (MULTI, "second")
    assert split_target(MULTI) == (MULTI, None)
    assert split_target("nosuch.o:prog") == ("nosuch.o:prog", None)


def test_select_file_prog_and_repeatable_p():
    assert [p.name for p in select([MULTI])[0].programs] == ["first", "second", "third"]
    assert [p.name for p in select([f"{MULTI}:third"])[0].programs] == ["third"]
    assert [p.name for p in select([MULTI], ["first", "third"])[0].programs] == ["first", "third"]
    with pytest.raises(InputError, match=r"no program named 'fourth' \(the file has: first, "
                                         r"second, third\)"):
        select([f"{MULTI}:fourth"])
    with pytest.raises(InputError, match="no program named 'fourth'"):
        select([MULTI], ["first", "fourth"])


def test_run_names_the_program_it_picked(capsys):
    assert cli(["run", MULTI]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "r0 = 0x1 (1)"
    assert "running first (the file holds 3 programs" in err


def test_run_runs_every_program_asked_for(capsys):
    assert cli(["run", MULTI, "-p", "second", "-p", "third"]) == 0
    out, _ = capsys.readouterr()
    assert out.split("\n")[:4] == ["second:", "r0 = 0x2 (2)", "third:", "r0 = 0x3 (3)"]
    assert cli(["run", f"{MULTI}:third"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "r0 = 0x3 (3)" and err == ""


@pytest.mark.parametrize("command", ["verify", "check", "xlate", "jit"])
def test_every_command_takes_file_colon_prog_and_says_json(command, capsys):
    assert cli([command, f"{MULTI}:second", "--json"]) == 0
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert [r["program"] for r in rows] == ["second"]
    assert cli([command, MULTI, "-p", "nosuch"]) == 2
    _, err = capsys.readouterr()
    assert "no program named 'nosuch'" in err


def test_jit_hex_only_names_each_program(capsys):
    assert cli(["jit", "--hex-only", MULTI]) == 0
    out, _ = capsys.readouterr()
    assert [line.split()[0] for line in out.splitlines()] == ["first", "second", "third"]
