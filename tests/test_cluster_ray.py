"""The Ray backend on a real local Ray head (bound to 127.0.0.1, 2 CPUs, one session for the
module): a corpus slice through verify and check, a few theorems and a fuzz batch give the same
report as the local pool, and a Ray worker killed mid-run is reported for its job while the
others finish."""
import json
import os
import signal
import sys
import threading
import time

import pytest

from bpfsmt.cli import main
from bpfsmt.execution import DIED, JobFailure, run_jobs
from bpfsmt.testing import fuzz
from test_execution import untimed

# Ray otherwise registers this machine's network address for the node; only loopback is wanted
os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
ray = pytest.importorskip("ray", reason="the cluster extra is not installed "
                                        "(pip install 'bpfsmt[cluster]')")

SHARED = os.environ.get("BPFSMT_SHARED",
                        os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
BUILD = os.path.join(SHARED, "corpus", "ebpf-samples", "build")
SLICE = ["dependent_read.o", "divzero.o", "nullmapref.o", "packet_overflow.o", "tail_call.o",
         "twomaps.o"]

pytestmark = pytest.mark.xdist_group("ray")        # one Ray session for the module


@pytest.fixture(scope="module")
def cluster():
    # the job functions of this module travel by value: Ray workers do not import tests/
    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False,
             logging_level="WARNING")
    assert ray.get_runtime_context().gcs_address.startswith("127.0.0.1:")
    yield ray
    ray.shutdown()


def _report(argv, capsys):
    code = main(argv)
    return code, [untimed(json.loads(line)) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.skipif(not os.path.isdir(BUILD), reason=f"corpus not found at {BUILD}")
def test_ray_gives_the_local_pool_report(cluster, capsys):
    assert ray.cluster_resources()["CPU"] == 2
    corpus = [os.path.join(BUILD, f) for f in SLICE]
    for command in ("verify", "check"):
        local = _report([command, "--json", "-q", "-j", "2"] + corpus, capsys)
        on_ray = _report([command, "--json", "-q", "--cluster", "auto"] + corpus, capsys)
        assert on_ray == local
        assert local[0] == 1 and len(local[1]) == 7
        assert not any(r["verdict"] in ("unknown", "error") for r in local[1])
    theorems = ["prove", "--json", "-q", "--timeout", "900",      # slack for a loaded machine
                "SL.sound", "TC.max_cnt", "AL.gen_lookup", "JIT.alu64_add_x"]
    local = _report(theorems + ["-j", "2"], capsys)
    # verdicts, order and format agree; the values inside a counterexample are whatever model
    # Z3 picks, which depends on the solver's state in that process
    assert _verdicts(_report(theorems + ["--cluster", "auto"], capsys)) == _verdicts(local)
    assert local[0] == 0 and all(r["ok"] and r["mutants"] for r in local[1])
    batch = dict(count=12, seed=3, batch=4, timeout=5.0)
    lines_local, lines_ray = [], []
    stats_local = fuzz.campaign("programs", **batch, jobs=2, out=_Lines(lines_local))
    stats_ray = fuzz.campaign("programs", **batch, cluster="auto", out=_Lines(lines_ray))
    stats_local.pop("seconds"), stats_ray.pop("seconds")
    assert stats_ray == stats_local and lines_ray == lines_local
    assert stats_local["inputs"] == 12 and not stats_local.get("batch_failures")


def _verdicts(report):
    code, rows = report
    return code, [(r["theorem"], r["status"], r["ok"], sorted(r)) +
                  tuple((m["name"], m["status"], m["replayed"], m["counterexample"] is None)
                        for m in r["mutants"]) for r in rows]


class _Lines:
    def __init__(self, lines):
        self.lines = lines

    def write(self, s):
        self.lines.append(s)


def _record_pids_and_sleep(item):
    path, n = item
    with open(f"{path}.{n}", "w") as f:
        f.write(f"{os.getpid()} {os.getppid()}")      # the job process, the Ray worker
    time.sleep(1 if n != 1 else 60)
    return n


def test_killed_ray_worker_is_reported_for_its_job(cluster, tmp_path):
    stem = str(tmp_path / "pid")

    def kill_worker_of_job_1():
        deadline = time.monotonic() + 120
        while not os.path.exists(f"{stem}.1") or not open(f"{stem}.1").read():
            if time.monotonic() > deadline:
                return
            time.sleep(0.05)
        job, worker = map(int, open(f"{stem}.1").read().split())
        os.kill(worker, signal.SIGKILL)
    t = threading.Thread(target=kill_worker_of_job_1)
    t.start()
    got = run_jobs([(stem, n) for n in range(5)], _record_pids_and_sleep, cluster="auto")
    t.join()
    assert [g for i, g in enumerate(got) if i != 1] == [0, 2, 3, 4]
    assert isinstance(got[1], JobFailure) and got[1].kind == DIED
    assert "worker died" in got[1].reason and got[1].verdict == "error"
