"""Export the programs the rule proofs synthesise, as oracle C, for the real-kernel labels in
labels.json: the exploit synthesised from the counterexample of every historical range-analysis
bug at each operator it breaks (RANGE.*: the mutant's check is run to get it), every SL.sound mutant's counterexample, the SL-13 pruning witness, the SL-14
callback witness, the sleepable witnesses (SP-07 and the mutants) and the tail-call trees.

    .venv/bin/python tests/oracle/proofs/gen.py /tmp/rp/in
    TEST_RUN=0 ../shared/oracle/run.sh /tmp/rp/in /tmp/rp/out   # TEST_RUN=0: SL-13/14 hang a CPU
    .venv/bin/python tests/oracle/proofs/gen.py --labels /tmp/rp/out/results.jsonl > labels.json
`--only range` exports just the range exploits (their labels are merged into labels.json by
`--merge labels.json /tmp/rp/out/results.jsonl`, which keeps every other row as it is).
"""
import json
import sys

from pathlib import Path

from bpfsmt.proofs import lock, range_exploits, sleepable, synth, tailcall
from bpfsmt.proofs.range import BUG_SITES
from bpfsmt.proofs.registry import run_check


def range_programs():
    for bug, sites in BUG_SITES.items():
        for site in sites:
            theorem = f"RANGE.{site}"
            out = run_check(theorem, bug.lower())
            if out.counterexample is None:
                raise SystemExit(f"{theorem} {bug}: {out.status} {out.reason}")
            built = range_exploits.program(bug, theorem, out.counterexample)
            yield built[0], built[1]


def programs():
    yield from range_programs()
    r, d = lock.find_prune_violation(lock.R61)
    yield lock.synth_diamond(d, name="rp_sl13_prune")
    for _name, _desc, R in lock.MUTANT_RULES:
        steps, lay = lock.shortest_violation(R, lock.MUTANT_N)
        pf, p, _ = lock.synth_path(steps, lay, name=lock.program_name(R))
        yield pf, p
    steps, lay = lock.shortest_violation(lock.R61, lock.N_CB, lock.CB_OPS)
    yield lock.synth_callback(steps, lay, name="rp_sl14_callback")
    for R in (sleepable.R61, sleepable.R612, sleepable.Rules("no-SP-03", helper_gate=False),
              sleepable.Rules("no-SP-04", map_restriction=False),
              sleepable.Rules("inherit", callbacks="inherit")):
        r, w = sleepable.find(R)
        pf, p, _ = sleepable.synth_witness(w, sleepable.program_name(R))
        yield pf, p
    for scheme in ("jit61", "reinit"):
        n, worst, wf, w = tailcall.search(scheme, tailcall.SEARCH_BOUNDS)
        yield tailcall.synth_file(w, f"rp_tc_{scheme}_")


def labels(results_jsonl):
    meta = json.loads((Path(results_jsonl).parent / "meta.json").read_text())
    kernel = meta["kernel_version"].split(" #")[0].replace("Linux version ", "Debian ").split(" (")[0]
    kernel = f"{kernel} ({meta['kernel_version'].rsplit('Debian ', 1)[1].split(' ')[0]})"
    run = f"TEST_RUN=0 LOG_LEVEL={meta['log_level']}"
    rows = []
    for line in open(results_jsonl):
        d = json.loads(line)
        log = d.get("verifier_log") or ""
        lines = [x for x in log.splitlines() if x.strip() and not x.startswith(("processed ", "verification time", "stack depth"))]
        rows.append({"prog": d["prog"], "file": d["file"].split("/")[-1].replace(".o", ".c"),
                     "accepted": d["accepted"], "errno": d["errno"],
                     "message": None if d["accepted"] else (lines[-1] if lines else d.get("errstr")),
                     "xlated": d.get("xlated"),
                     "processed_insns": (d.get("verifier_stats") or {}).get("processed_insns"),
                     "kernel": kernel, "run": run})
    return sorted(rows, key=lambda r: (r["file"], r["prog"]))


if __name__ == "__main__":
    if sys.argv[1] == "--labels":
        print(json.dumps(labels(sys.argv[2]), indent=1))
        sys.exit(0)
    if sys.argv[1] == "--merge":
        new = labels(sys.argv[3])
        names = {r["prog"] for r in new}
        old = [r for r in json.load(open(sys.argv[2]))
               if r["prog"] not in names and not r["prog"].startswith("rp_range_")]
        print(json.dumps(sorted(old + new, key=lambda r: (r["file"], r["prog"])), indent=1))
        sys.exit(0)
    only_range = sys.argv[2:] == ["--only", "range"]
    n = 0
    for pf, p in (range_programs() if only_range else programs()):
        with open(f"{sys.argv[1]}/{p.name}.c", "w") as f:
            f.write(synth.to_oracle_c(pf))
        n += 1
    print(n)
