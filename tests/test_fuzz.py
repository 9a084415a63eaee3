"""Short runs of the two fuzz campaigns (`make fuzz` runs long ones), and the campaign's own
detectors: a crash, an exit 4, a hang and a location outside the file must each be reported."""
import os
import random

import pytest

from bpfsmt.testing import fuzz
from bpfsmt.testing.mutate import MUTATORS, load_seeds, mutate

SHARED = os.environ.get("BPFSMT_SHARED")


def test_every_format_has_seeds_and_mutants_differ():
    seeds = load_seeds(SHARED)
    assert {"asm", "raw", "hex", "xlated", "verifier-log", "objdump", "elf"} <= set(seeds)
    if SHARED and os.path.isdir(os.path.join(SHARED, "conformance")):
        assert "ubpf" in seeds
    r = random.Random(1)
    for fmt in seeds:
        assert fmt in MUTATORS
        assert any(mutate(r, fmt, seeds[fmt]) not in seeds[fmt] for _ in range(20)), fmt


def test_input_campaign_short(capsys):
    s = fuzz.campaign("inputs", 120, seed=7, batch=60, jobs=2)
    assert s["inputs"] == 120
    assert not fuzz.failed(s), capsys.readouterr().out
    assert s["loaded"] + s["load_rejected"] == 120 and s["loaded"] >= 10
    # run and verify on every input that loads (xlate, jit, check on a sample)
    assert sum(v for k, v in s.items() if k.startswith("exit_")) >= 2 * s["loaded"]


def test_program_campaign_short(capsys):
    s = fuzz.campaign("programs", 12, seed=3, batch=6, jobs=2, n_inputs=8)
    assert s["inputs"] == 12
    assert not fuzz.failed(s), capsys.readouterr().out
    assert s.get("verdict_safe", 0) + s.get("verdict_unsafe", 0) >= 6
    assert s.get("safe_runs", 0) == 8 * s.get("verdict_safe", 0)


def test_a_killed_batch_costs_only_the_input_in_flight(monkeypatch, tmp_path, capsys):
    """Input 2 blocks the backstop's signal and sleeps, as a call that never returns to Python
    would: the in-process alarm cannot end it, the job is killed at its wall-time limit, input 2
    is reported as a hang with its reproducer and inputs 3-5 run in a new job."""
    import signal
    import time
    from bpfsmt.execution import Limits
    load = fuzz._load

    def stuck_on_2(path, data, fmt, timeout, per_input):
        if data == fuzz.mutant(7, 2)[1]:
            signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGPROF])
            time.sleep(60)
        return load(path, data, fmt, timeout, per_input)
    monkeypatch.setattr(fuzz, "_load", stuck_on_2)
    s = fuzz.campaign("inputs", 6, seed=7, batch=6, jobs=1, per_input=0.5,
                      limits=Limits(seconds=8), out_dir=str(tmp_path))
    out = capsys.readouterr().out
    assert (s["inputs"], s["hangs"], s.get("crashes", 0)) == (6, 1, 0), out
    assert s.get("loaded", 0) + s.get("load_rejected", 0) == 5
    assert "HANG job" in out and "seed=7 input=2: job timeout" in out
    fmt, data = fuzz.mutant(7, 2)
    saved = [p for p in tmp_path.iterdir() if p.suffix != ".crash"]
    assert [p.read_bytes() for p in saved] == [data]


def test_checkpoint_resume_gives_the_uninterrupted_counts(tmp_path):
    """A campaign cut after its first round and resumed from the checkpoint counts exactly
    what one run over all inputs counts."""
    import json
    whole = fuzz.campaign("inputs", 40, seed=9, batch=10, jobs=1)
    ck = str(tmp_path / "ck.json")
    fuzz.campaign("inputs", 10, seed=9, batch=10, jobs=1, checkpoint=ck)
    state = json.loads(open(ck).read())
    assert state["stats"]["inputs"] == 10 and state["pending"] == []
    state["pending"] = [[10, 10], [20, 10], [30, 10]]      # as if stopped after round one
    with open(ck, "w") as f:
        json.dump(state, f)
    resumed = fuzz.campaign("inputs", 40, seed=9, batch=10, jobs=1, checkpoint=ck,
                            resume=True)
    whole.pop("seconds"), resumed.pop("seconds")
    assert resumed == whole


@pytest.fixture
def program(tmp_path):
    p = tmp_path / "p.bpf.s"
    p.write_text(".program p section=xdp\n    r0 = 0\n    exit\n")
    return str(p)


def test_detects_a_crash(monkeypatch, program):
    from bpfsmt.commands import run as run_cmd

    def boom(args):
        raise IndexError("list index out of range")
    monkeypatch.setattr(run_cmd, "main", boom)
    kind, site, detail = fuzz._one_input(["--debug", "run", program], b"", "asm", 10)
    assert kind == "crash" and site.startswith("IndexError@") and "boom" in detail


def test_detects_exit_4_of_a_job(monkeypatch, program):
    from bpfsmt.commands import verify as verify_cmd

    def boom(item):
        raise KeyError(14)
    monkeypatch.setattr(verify_cmd, "_job", boom)
    kind, site, _ = fuzz._one_input(["--debug", "verify", program], b"", "asm", 10)
    assert kind == "crash" and site.startswith("tests/test_fuzz.py:")


def _spin(*_args):
    while True:
        pass


@pytest.mark.parametrize("command,module,attr", [("run", "run", "main"),
                                                 ("verify", "verify", "_job")])
def test_detects_a_hang(monkeypatch, program, command, module, attr):
    """A command that never answers is a hang; inside verify's jobs too, which turn every
    exception into exit 4 (the backstop's Hang among them is still a hang, not a crash)."""
    import importlib
    monkeypatch.setattr(importlib.import_module(f"bpfsmt.commands.{module}"), attr, _spin)
    kind, site, _ = fuzz._one_input(["--debug", command, program], b"", "asm", 0.2)
    assert (kind, site) == ("hang", command)


def test_detects_a_location_outside_the_file():
    data = b"line one\nline two"
    assert fuzz.misplaced(data, "bpfsmt: f.s:3:1: bad\n") == "3:1 is outside the input (2 lines)"
    assert fuzz.misplaced(data, "bpfsmt: f.s:2:10: bad\n") == "2:10 is outside the input (2 lines)"
    assert fuzz.misplaced(data, "bpfsmt: f.s:2:9: bad\n") is None        # the end of the line
    assert fuzz.misplaced(data, "bpfsmt: f.s:0:0: bad\n") is None


def test_a_load_past_the_time_limit_is_an_answer(tmp_path):
    """The commands answer UNKNOWN when loading outlives --timeout: the input gate counts it as
    that answer, not as a finding."""
    data = (".program p section=xdp\n" + "    r0 = 0\n" * 50_000 + "    exit\n").encode()
    path = tmp_path / "big.bpf.s"
    path.write_bytes(data)
    assert fuzz._load(str(path), data, "asm", 0.01, 60) == (None, "load_timeout", None)
    assert fuzz._load(str(path), data, "asm", 60, 60) == (None, "loaded", None)
