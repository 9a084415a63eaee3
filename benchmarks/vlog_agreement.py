"""How much of the kernel's own verifier log the model reproduces, line by line.

    python benchmarks/vlog_agreement.py [FAMILY ...]

For every labelled program with a log, the model prints its log at the label's level; both are
normalised (source-line `;` annotations, map ids, the verification time are dropped or blanked)
and compared line by line. Prints the share of programs whose whole log is equal and the share
of kernel lines the model prints at the same position.
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(HERE, "tests"))

from oracle_labels import FAMILIES, load_labels  # noqa: E402
from vlog_compare import compare_label  # noqa: E402


def main(argv) -> int:
    progs = equal = lines = same = 0
    worst: list = []
    for f in argv or FAMILIES:
        for lab in load_labels(f):
            got = compare_label(lab)
            if got is None:
                continue
            progs += 1
            equal += got.equal
            lines += got.kernel_lines
            same += got.same_lines
            if not got.equal:
                worst.append((got.first_diff, f, lab.prog))
    print(f"{progs} labelled logs: {equal} equal in full ({100 * equal / max(progs, 1):.1f} %), "
          f"{same}/{lines} kernel lines reproduced ({100 * same / max(lines, 1):.1f} %)")
    for diff, f, p in worst[:15]:
        print(f"  {f} {p}: {diff}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
