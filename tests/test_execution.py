"""The execution layer (bpfsmt.execution) on the in-process and local-pool backends: order kept,
every fault reported for its own job and the run going on, Ctrl-C printing what finished, and
the commands giving the same report whatever the backend. The Ray backend: test_cluster_ray.py."""
import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from bpfsmt.cli import main
from bpfsmt.execution import DIED, ERROR, MEMORY, TIMEOUT, JobFailure, Limits, run_jobs

HERE = os.path.dirname(__file__)
EXAMPLES = os.path.join(HERE, "..", "examples")


def _square(x):
    return x * x


def _faulty(x):
    """0..: squares; 'raise', 'hang', 'hog' and 'die' misbehave the way engines can."""
    if x == "raise":
        raise ValueError("bad state")
    if x == "hang":
        time.sleep(60)
    if x == "hog":
        return len(bytearray(8 << 30))
    if x == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    return x * x


def test_order_kept_on_every_backend():
    xs = list(range(9))
    want = [x * x for x in xs]
    assert run_jobs(xs, _square, jobs=2) == want
    assert run_jobs(xs, _square, jobs=1) == want
    assert run_jobs(xs, _square, in_process=True) == want
    assert run_jobs([], _square) == []


def test_each_fault_reported_for_its_job_and_the_run_goes_on():
    items = [1, "raise", 2, "hang", 3, "hog", 4, "die", 5]
    t0 = time.monotonic()
    got = run_jobs(items, _faulty, jobs=2, limits=Limits(seconds=3, memory_mb=2048))
    assert time.monotonic() - t0 < 30            # the hang was killed, not waited for
    assert [g for g in got if not isinstance(g, JobFailure)] == [1, 4, 9, 16, 25]
    kinds = {items[i]: g.kind for i, g in enumerate(got) if isinstance(g, JobFailure)}
    assert kinds == {"raise": ERROR, "hang": TIMEOUT, "hog": MEMORY, "die": DIED}
    by = {items[i]: g for i, g in enumerate(got) if isinstance(g, JobFailure)}
    assert "ValueError: bad state" in by["raise"].reason and "Traceback" in by["raise"].detail
    assert "3 s" in by["hang"].reason and by["hang"].verdict == "unknown"
    assert "2048 MB" in by["hog"].reason and by["hog"].verdict == "unknown"
    assert "SIGKILL" in by["die"].reason and by["die"].verdict == "error"
    assert by["die"].exit_code == 4 and by["hang"].exit_code == 3


def test_in_process_reports_exceptions_like_the_pool():
    got = run_jobs([2, "raise"], _faulty, in_process=True)
    assert got[0] == 4 and got[1].kind == ERROR and "bad state" in got[1].reason


def _sleep_and_record(item):
    path, n = item
    with open(f"{path}.{n}", "w") as f:
        f.write(str(os.getpid()))
    time.sleep(2 if n != 1 else 60)
    return n


def test_killed_worker_is_reported_and_the_others_finish(tmp_path):
    stem = str(tmp_path / "pid")

    def kill_job_1():
        deadline = time.monotonic() + 60
        while not os.path.exists(f"{stem}.1"):
            if time.monotonic() > deadline:
                return
            time.sleep(0.05)
        time.sleep(0.2)
        os.kill(int(open(f"{stem}.1").read()), signal.SIGKILL)
    t = threading.Thread(target=kill_job_1)
    t.start()
    got = run_jobs([(stem, n) for n in range(4)], _sleep_and_record, jobs=2)
    t.join()
    assert got[0] == 0 and got[2] == 2 and got[3] == 3
    assert isinstance(got[1], JobFailure) and got[1].kind == DIED and "SIGKILL" in got[1].reason


# The child restores Python's SIGINT handler: under a test runner started in the background
# (CI, `make test &`) it inherits SIGINT ignored, and Python then installs no handler.
CTRL_C = r"""
import signal, sys, time
signal.signal(signal.SIGINT, signal.default_int_handler)
sys.argv = ["bpfsmt", "conformance", "--summary", "-j", "1"] + sys.argv[1:]
import bpfsmt.commands.conformance as c
real = c.run_case
def slow(path):
    if path.endswith("z.data"):
        open(path + ".started", "w").close()
        time.sleep(60)
    return real(path)
c.run_case = slow
from bpfsmt.cli import main
print("exit", main(sys.argv[1:]), flush=True)
"""


def test_ctrl_c_prints_what_finished(tmp_path):
    for name, result in (("a", 1), ("b", 2), ("z", 3)):
        (tmp_path / f"{name}.data").write_text(f"-- asm\nmov %r0, {result}\nexit\n-- result\n"
                                               f"0x{result:x}\n")
    p = subprocess.Popen([sys.executable, "-c", CTRL_C, str(tmp_path)], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    started = tmp_path / "z.data.started"    # -j 1 runs a, b, z in order: a and b are done
    for _ in range(1200):                     # polled: a loaded machine may take long to get here
        if started.exists():
            break
        time.sleep(0.1)
    time.sleep(0.5)
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=60)
    assert "FAIL" not in out and "1 passed" not in out   # nothing reported that did not finish
    assert "exit 130" in out and "2 passed, 0 failed" in out
    assert "interrupted: 2 of 3 jobs finished" in err


def untimed(value):
    """A report row without its timings (the only thing allowed to differ between runs)."""
    if isinstance(value, dict):
        return {k: untimed(v) for k, v in value.items() if k not in ("time", "seconds")}
    if isinstance(value, list):
        return [untimed(v) for v in value]
    return value


def _rows(argv, capsys):
    code = main(argv)
    return code, [untimed(json.loads(line)) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.parametrize("command", ["verify", "check"])
def test_command_report_is_the_same_on_every_backend(command, capsys):
    base = [command, "--json", "-q", EXAMPLES]
    one = _rows(base + ["-j", "1"], capsys)
    assert one == _rows(base + ["-j", "2"], capsys)
    assert one == _rows(["--debug"] + base, capsys)
    assert one[0] == 1 and len(one[1]) == 6


def _hang(*args, **kwargs):
    time.sleep(60)


def test_job_over_its_limit_is_an_unknown_row_with_exit_3(capsys, monkeypatch):
    import bpfsmt.commands.check as command
    monkeypatch.setattr(command, "check", _hang)      # a check that never ends (forked along)
    code = main(["check", "--json", "-q", "--job-timeout", "1",
                 os.path.join(EXAMPLES, "lock_ok.bpf.s")])
    row = json.loads(capsys.readouterr().out)
    assert code == 3
    assert row["verdict"] == "unknown" and "wall-time limit" in row["message"]
