"""Export the programs the rule proofs synthesise, as oracle C, for the real-kernel labels in
labels.json: every historical range-analysis bug's gadget (RANGE.*), every SL.sound mutant's counterexample, the SL-13 pruning witness, the SL-14
callback witness, the sleepable witnesses (SP-07 and the mutants) and the tail-call trees.

    .venv/bin/python tests/oracle/proofs/gen.py /tmp/rp/in
    TEST_RUN=0 ../shared/oracle/run.sh /tmp/rp/in /tmp/rp/out   # TEST_RUN=0: SL-13/14 hang a CPU
    .venv/bin/python tests/oracle/proofs/gen.py --labels /tmp/rp/out/results.jsonl > labels.json
"""
import json
import sys

from bpfsmt.proofs import lock, range_exploits, sleepable, synth, tailcall
from bpfsmt.spec.rules import RANGE_BUGS


def programs():
    for bug in RANGE_BUGS:
        pf, p, _ = range_exploits.program(bug)
        yield pf, p
    r, d = lock.find_prune_violation(lock.R61)
    yield lock.synth_diamond(d, name="rp_sl13_prune")
    for _name, _desc, R in lock.MUTANT_RULES:
        steps, lay = lock.shortest_violation(R, lock.MUTANT_N)
        pf, p, _ = lock.synth_path(steps, lay, name=lock.program_name(R))
        yield pf, p
    steps, lay = lock.shortest_violation(lock.R61, lock.N_CB, lock.CB_OPS)
    yield lock.synth_callback(steps, lay, name="rp_sl14_callback")
    for R in (sleepable.R61, sleepable.Rules("no-SP-03", helper_gate=False),
              sleepable.Rules("no-SP-04", map_restriction=False),
              sleepable.Rules("inherit", callbacks="inherit")):
        r, w = sleepable.find(R)
        pf, p, _ = sleepable.synth_witness(w, sleepable.program_name(R))
        yield pf, p
    for scheme in ("jit61", "reinit"):
        n, worst, wf, w = tailcall.search(scheme, tailcall.SEARCH_BOUNDS)
        yield tailcall.synth_file(w, f"rp_tc_{scheme}_")


def labels(results_jsonl):
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
                     "kernel": "Debian 6.1.0-56-amd64 (6.1.192-2)", "run": "TEST_RUN=0 LOG_LEVEL=1"})
    return sorted(rows, key=lambda r: (r["file"], r["prog"]))


if __name__ == "__main__":
    if sys.argv[1] == "--labels":
        print(json.dumps(labels(sys.argv[2]), indent=1))
        sys.exit(0)
    n = 0
    for pf, p in programs():
        with open(f"{sys.argv[1]}/{p.name}.c", "w") as f:
            f.write(synth.to_oracle_c(pf))
        n += 1
    print(n)
