"""The counterexample of a historical bug's mutant, searched in a fresh process.

Why a process of its own: Z3's choice among counterexamples depends on everything the process
built before (term ids, caches), so the same query asked after other theorems can give another
model, and so another exploit program. The exploits' kernel labels (tests/oracle/proofs) are for
exact programs; a fresh `python -m bpfsmt.proofs.range_cex THEOREM BUG REACH` makes the
counterexample, and the program, the same wherever prove, the tests or gen.py ask.
"""
from __future__ import annotations

import json
import subprocess
import sys

from .registry import Outcome


def search(theorem: str, bug: str, reach: str) -> Outcome:
    """The mutant check of `theorem` with `bug`, input states restricted by `reach`
    ("synced" or "buildable", proofs/range.py), run in a fresh interpreter."""
    p = subprocess.run([sys.executable, "-m", "bpfsmt.proofs.range_cex", theorem, bug, reach],
                       capture_output=True, text=True)
    if p.returncode:
        return Outcome.unknown(f"counterexample search failed: {p.stderr.strip()[-300:]}")
    d = json.loads(p.stdout)
    return Outcome(d["status"], counterexample=d["counterexample"], reason=d["reason"])


def main(argv: list[str]) -> None:
    from . import range as R
    theorem, bug, reach = argv
    name = theorem.split(".", 1)[1]
    make = R.jmp_queries if name.startswith("jmp") else R.alu_queries
    out = R.run(make(name, bugs=(bug,), reach={"synced": R.synced, "buildable": R.buildable}[reach]))
    json.dump({"status": out.status, "counterexample": out.counterexample, "reason": out.reason},
              sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
