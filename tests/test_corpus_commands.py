"""verify and check on a handful of small real-world corpus programs (vbpf/ebpf-samples): both
return a verdict (no internal error) and the verdicts are the expected ones; plus the benchmark
harness (benchmarks/corpus.py) on one program in a child process."""
import importlib.util
import os

import pytest

from bpfsmt.grammar import load
from bpfsmt.solver.symbolic.checker import check
from bpfsmt.solver.verifier import verify

SHARED = os.environ.get("BPFSMT_SHARED",
                        os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
CORPUS = os.path.join(SHARED, "corpus", "ebpf-samples")
BENCH = os.path.join(os.path.dirname(__file__), "..", "benchmarks", "corpus.py")

pytestmark = pytest.mark.skipif(not os.path.isdir(CORPUS), reason=f"corpus not found at {CORPUS}")


def _prog(rel):
    pf = load(os.path.join(CORPUS, rel))
    assert len(pf.programs) >= 1
    return pf, pf.programs[0]


def test_dependent_read_accepted_like_the_kernel():
    # tests/data/corpus_oracle.jsonl: the 6.1 kernel accepts it (xdp, 15 processed insns)
    pf, p = _prog("build/dependent_read.o")
    r = verify(pf, p)
    assert r.accepted and r.errno == 0 and r.message is None
    assert r.processed_insns > 0
    c = check(pf, p, timeout=10)
    assert c.verdict == "safe", c.to_json()


def test_packet_access_accepted_like_the_kernel():
    pf, p = _prog("build/packet_access.o")
    r = verify(pf, p)
    assert r.accepted, r.to_json()
    c = check(pf, p, timeout=10)
    assert c.verdict in ("safe", "unknown")      # never "unsafe" on a program the kernel accepts
    assert c.verdict != "unsafe"


def test_map_pointer_arithmetic_rejected_by_both_engines():
    # badmapptr.o adds to a map pointer (CONST_PTR_TO_MAP): the kernel's check_alu_op refuses
    pf, p = _prog("build/badmapptr.o")
    r = verify(pf, p)
    assert not r.accepted and r.errno == 13
    assert r.message == "R1 pointer arithmetic on map_ptr prohibited"
    c = check(pf, p, timeout=10)
    assert c.verdict == "unsafe" and c.rule == "CORE-06", c.to_json()
    assert c.insn is not None


def test_modified_ctx_dereference_rejected():
    pf, p = _prog("build/ctxoffset.o")
    r = verify(pf, p)
    assert not r.accepted
    assert r.message.startswith("dereference of modified ctx ptr R1")


def test_benchmark_job_row():
    spec = importlib.util.spec_from_file_location("corpus_bench", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    item = {"file": "build/dependent_read.o", "index": 0, "prog": "dependent_read",
            "section": "xdp", "insns": 13}
    row = mod.run_programs([item], "verify", 20.0, CORPUS, jobs=1)[0]
    assert row["verdict"] == "accepted" and row["peak_mb"] > 0 and row["seconds"] >= 0
    s = mod.summarize([row], "verify")
    assert s["counts"] == {"accepted": 1} and s["programs"] == 1
    ag = mod.kernel_agreement([row])
    assert ag["agree"] == 1 and not ag["disagree"]
    # check with its budget on the CPU clock (the figures' clock on a loaded machine)
    row = mod.run_programs([item], "check", 10.0, CORPUS, wall_limit=60.0, clock="cpu",
                           jobs=1)[0]
    assert row["verdict"] == "safe" and 0 < row["cpu_s"] <= 10.0, row
    f = mod.check_figures([row], 10.0, "cpu")
    assert f["decided"] == 1, f


def _children(pid: int) -> set:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return set(f.read().split())
    except OSError:
        return set()


@pytest.mark.skipif(not os.path.exists(f"/proc/{os.getpid()}/task/{os.getpid()}/children"),
                    reason="needs /proc/PID/task/PID/children")
def test_benchmark_stops_on_sigterm_and_reruns(tmp_path):
    """Started as a background job of a non-interactive shell (SIGINT ignored), the benchmark
    still stops on SIGTERM with the finished rows kept, and --rerun runs only the rest."""
    import json
    import shutil
    import signal
    import subprocess
    import sys
    import time
    corpus = tmp_path / "corpus"
    for rel in ("build/dependent_read.o", "cilium-core/bpf_xdp.o"):
        (corpus / os.path.dirname(rel)).mkdir(parents=True, exist_ok=True)
        shutil.copy(os.path.join(CORPUS, rel), corpus / rel)
    out = tmp_path / "results.json"
    cmd = [sys.executable, BENCH, "--corpus", str(corpus), "--only", "check", "--jobs", "1",
           "--clock", "cpu", "--check-limit", "120", "--out", str(out),
           "--filter", "dependent_read", "--filter", "tail_lb_ipv4"]
    p = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True,
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    # after this line the children are the jobs: the fast program's, then the slow one's
    assert "2 programs" in p.stderr.readline()
    seen: set = set()
    deadline = time.monotonic() + 300
    while len(seen) < 2 and p.poll() is None and time.monotonic() < deadline:
        seen |= _children(p.pid)
        time.sleep(0.05)
    assert len(seen) == 2 and p.poll() is None, (seen, p.poll())
    p.send_signal(signal.SIGTERM)
    _, err = p.communicate(timeout=60)
    assert p.returncode == 130, err
    part = json.loads(out.read_text())["modes"]["check"]
    assert part["partial"] and [r["prog"] for r in part["rows"]] == ["dependent_read"], part
    assert part["rows"][0]["verdict"] == "safe"
    # the next run with --rerun runs the program that did not finish (here with a small limit)
    r = subprocess.run([*cmd[:cmd.index("--check-limit")], "--check-limit", "2",
                        "--wall-limit", "30", *cmd[cmd.index("--out"):], "--rerun"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "re-running 1 programs" in r.stderr
    rows = json.loads(out.read_text())["modes"]["check"]["rows"]
    assert [(x["prog"], bool(x.get("rerun"))) for x in rows] == \
        [("dependent_read", False), ("tail_lb_ipv4", True)]
    assert rows[1]["verdict"] == "unknown" and "time limit" in rows[1]["reason"], rows[1]
