"""Export the lock programs the proofs synthesise (every SL.sound mutant's counterexample and
the SL-13 pruning witness) as oracle C, for the real-kernel labels in labels.json.

    .venv/bin/python tests/oracle/proofs/gen.py /tmp/rp/in
    TEST_RUN=0 ../shared/oracle/run.sh /tmp/rp/in /tmp/rp/out     # TEST_RUN=0: SL-13 hangs a CPU
then trim /tmp/rp/out/results.jsonl into labels.json (prog, accepted, errno, message, xlated).
"""
import sys

from bpfsmt.proofs import lock, synth

out = sys.argv[1]
progs = []
r, d = lock.find_prune_violation(lock.R61)
progs.append(lock.synth_diamond(d, name="rp_sl13_prune"))
for _name, _desc, R in lock.MUTANT_RULES:
    steps, lay = lock.shortest_violation(R, lock.MUTANT_N)
    pf, p, _ = lock.synth_path(steps, lay, name=lock.program_name(R))
    progs.append((pf, p))
for pf, p in progs:
    with open(f"{out}/{p.name}.c", "w") as f:
        f.write(synth.to_oracle_c(pf))
print(len(progs))
