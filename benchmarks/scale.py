"""The execution backends side by side: corpus `verify` and `check` and `prove` on one process,
the local pool and a local Ray cluster; then a simulated many-node Ray cluster (several
Ray nodes on 127.0.0.1, one CPU and one raylet each) to show the scaling curve.

Usage: python benchmarks/scale.py [--programs N] [--theorems N] [--trivial N] [--nodes 1,2,3,4]
         [--out benchmarks/scale_results.json] [--merge]
For each workload and backend: wall seconds, speed-up over one process, and overhead per job
((wall x workers - in-process wall) / jobs: what the fork, pickling and scheduling of a job cost
beyond its own work, assuming the workers had their CPUs; the machine's load average is
recorded beside the figures). Every backend's verdicts are compared with the in-process run.
No assertions: numbers are reported.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import time
from pathlib import Path

from bpfsmt.execution import JobFailure, Limits, run_jobs

# Ray registers 127.0.0.1 for its nodes instead of the machine's network address (read when ray
# is imported): everything stays on loopback
os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BPFSMT_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus" / "ebpf-samples"
LIMITS = Limits(seconds=60, memory_mb=4096)


def corpus_items(n: int) -> list[tuple]:
    """The first n programs of the corpus (sorted by path) that load, as command job items."""
    from bpfsmt.grammar.loader import load
    items = []
    for path in sorted(glob.glob(str(CORPUS / "**" / "*.o"), recursive=True)):
        try:
            progs = load(path).programs
        except Exception:  # noqa: BLE001 - objects the loader refuses are not jobs
            continue
        items += [(path, p.name) for p in progs if p.slot_count() <= 2000]
        if len(items) >= n:
            break
    return items[:n]


def noop(x):
    """A job that does nothing: what remains of its wall time is the backend's own cost."""
    return x


def workloads(programs: int, theorems: int, trivial: int):
    from bpfsmt.commands import check, prove, verify
    from bpfsmt.proofs.registry import all_theorems
    progs = corpus_items(programs) if programs else []
    ts = all_theorems()[:theorems]
    keys = [(t.name, None) for t in ts] + [(t.name, m.name) for t in ts for m in t.mutants]
    loads = {
        "no-op": (noop, list(range(trivial)), _verdict_noop),
        "verify": (verify._job, [(p, None, name, "6.1", 10.0) for p, name in progs],
                   _verdict_verify),
        "check": (check._job, [(p, None, name, 10.0, None, 8, "6.1") for p, name in progs],
                  _verdict_check),
        "prove": (prove._job, keys, _verdict_prove),
    }
    return {k: v for k, v in loads.items() if v[1]}


def _verdict_noop(r):
    return r


def _verdict_verify(r):
    return r.kind if isinstance(r, JobFailure) else r.accepted


def _verdict_check(r):
    return r.kind if isinstance(r, JobFailure) else r[0].verdict


def _verdict_prove(r):
    return r.kind if isinstance(r, JobFailure) else r.status


def timed(fn, items, **kw):
    t0 = time.perf_counter()
    got = run_jobs(items, fn, quiet=True, limits=LIMITS, **kw)
    return time.perf_counter() - t0, got


class LocalRayNodes:
    """A Ray cluster of several nodes (one raylet each, one CPU each) on 127.0.0.1, started
    with Ray's own multi-node-on-one-machine helper. `ray start --address` refuses to join a
    second node while nodes register 127.0.0.1 (it wants the machine's network address), and
    only loopback may be used here."""

    def __init__(self):
        from ray.cluster_utils import Cluster
        self.cluster = Cluster(initialize_head=True,
                               head_node_args={"num_cpus": 1, "include_dashboard": False})

    @property
    def address(self) -> str:
        return self.cluster.address

    def add(self) -> None:
        self.cluster.add_node(num_cpus=1)
        self.cluster.wait_for_nodes()

    def stop(self) -> None:
        self.cluster.shutdown()


def side_by_side(loads: dict, out: dict) -> None:
    import ray
    t0 = time.perf_counter()
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False,
             logging_level="WARNING")
    out["ray_local_startup_s"] = round(time.perf_counter() - t0, 2)
    try:
        for name, (fn, items, verdict) in loads.items():
            base_wall, base = timed(fn, items, in_process=True)
            base_verdicts = [verdict(r) for r in base]
            rows = [{"backend": "in-process (1 process)", "workers": 1,
                     "wall_s": round(base_wall, 2), "speedup": 1.0, "overhead_ms_per_job": 0.0,
                     "same_verdicts": True}]
            for label, workers, kw in (("local pool -j 1", 1, {"jobs": 1}),
                                       ("local pool -j 2", 2, {"jobs": 2}),
                                       ("Ray, local, 2 CPUs", 2, {"cluster": "auto"})):
                wall, got = timed(fn, items, **kw)
                rows.append({"backend": label, "workers": workers, "wall_s": round(wall, 2),
                             "speedup": round(base_wall / wall, 2),
                             "overhead_ms_per_job": round(
                                 (wall * workers - base_wall) * 1000 / len(items), 1),
                             "same_verdicts": [verdict(r) for r in got] == base_verdicts})
            out["workloads"][name] = {"jobs": len(items), "rows": rows,
                                      "loadavg_after": os.getloadavg()}
            _print_table(name, len(items), rows)
    finally:
        ray.shutdown()


def scaling(loads: dict, nodes: list[int], workload: str, out: dict) -> None:
    import ray
    fn, items, verdict = loads[workload]
    baseline = [verdict(r) for r in run_jobs(items, fn, quiet=True, in_process=True)]
    cluster = LocalRayNodes()
    rows = []
    try:
        ray.init(address=cluster.address, log_to_driver=False, logging_level="WARNING")
        for n in range(1, max(nodes) + 1):
            if n > 1:
                cluster.add()
            if n not in nodes:
                continue
            wall, got = timed(fn, items, cluster="auto")
            rows.append({"nodes": n, "cpus": int(ray.cluster_resources()["CPU"]),
                         "wall_s": round(wall, 2), "loadavg": os.getloadavg()[0],
                         "failures": sum(isinstance(r, JobFailure) for r in got),
                         "same_verdicts": [verdict(r) for r in got] == baseline})
            print(f"  {n} node(s): {wall:.1f} s", file=sys.stderr)
    finally:
        ray.shutdown()
        cluster.stop()
    for r in rows:
        r["speedup_vs_1_node"] = round(rows[0]["wall_s"] / r["wall_s"], 2)
    out["scaling"] = {"workload": workload, "jobs": len(items), "rows": rows,
                      "machine_cpus": os.cpu_count()}
    print(f"\nsimulated many-node cluster ({workload}, {len(items)} jobs; nodes of 1 CPU on a "
          f"{os.cpu_count()}-core machine)")
    for r in rows:
        print(f"  {r['nodes']} nodes  {r['wall_s']:8.1f} s  x{r['speedup_vs_1_node']}")


def _print_table(name, n, rows):
    print(f"\n{name}: {n} jobs")
    print(f"  {'backend':26} {'wall s':>8} {'speed-up':>9} {'overhead ms/job':>16} same")
    for r in rows:
        print(f"  {r['backend']:26} {r['wall_s']:8.2f} {r['speedup']:9.2f} "
              f"{r['overhead_ms_per_job']:16.1f} {'yes' if r['same_verdicts'] else 'NO'}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--programs", type=int, default=60, help="corpus programs per workload")
    ap.add_argument("--theorems", type=int, default=20, help="theorems (with their mutants)")
    ap.add_argument("--trivial", type=int, default=200, help="no-op jobs (overhead alone)")
    ap.add_argument("--nodes", default="1,2,3,4", help="node counts of the scaling curve")
    ap.add_argument("--merge", action="store_true",
                    help="keep the other workloads' figures from an existing --out file")
    ap.add_argument("--scaling-workload", default="check", choices=("verify", "check", "prove"))
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "scale_results.json"))
    a = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    loads = workloads(a.programs, a.theorems, a.trivial)
    out: dict = {"machine": {"cpus": os.cpu_count(), "loadavg_start": os.getloadavg()},
                 "limits": {"seconds": LIMITS.seconds, "memory_mb": LIMITS.memory_mb},
                 "workloads": {}}
    if a.merge and os.path.exists(a.out):
        with open(a.out) as f:
            old = json.load(f)
        out["workloads"] = old.get("workloads", {})
        out["scaling"] = old.get("scaling")
        out["earlier_machine"] = old.get("machine")
    side_by_side(loads, out)
    nodes = [int(x) for x in a.nodes.split(",") if x]
    if nodes:
        scaling(loads, nodes, a.scaling_workload, out)
    out["machine"]["loadavg_end"] = os.getloadavg()
    with open(a.out, "w") as f:
        json.dump(out, f, indent=1)
    print(f"wrote {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
