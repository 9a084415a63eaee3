"""The counterexample of a historical bug's mutant, searched in a fresh process.

Why a process of its own: Z3's choice among counterexamples depends on everything the process
built before (term ids, caches), so the same query asked after other theorems can give another
model, and so another exploit program. The exploits' kernel labels (tests/oracle/proofs) are for
exact programs; a fresh `python -m bpfsmt.proofs.range_cex THEOREM BUG REACH` (range.py's
`bug_search`) makes the counterexample, and the program, the same wherever prove, the tests or
gen.py ask. It prints the Outcome as JSON.
"""
from __future__ import annotations

import json
import sys

from . import range as R


def main(argv: list[str]) -> None:
    theorem, bug, reach = argv
    name = theorem.split(".", 1)[1]
    make = R.jmp_queries if name.startswith("jmp") else R.alu_queries
    out = R.run(make(name, bugs=(bug,), reach={"synced": R.synced, "buildable": R.buildable}[reach]))
    json.dump({"status": out.status, "counterexample": out.counterexample, "reason": out.reason},
              sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
