"""How much of the kernel's own verifier log the model reproduces, line by line.

    python benchmarks/vlog_agreement.py [--kernel 6.1|6.12] [FAMILY ...]

For every labelled program with a log, the model prints its log at the label's level; both are
normalised (source-line `;` annotations, map ids, the verification time are dropped or blanked)
and compared line by line. Prints the share of programs whose whole log is equal and the share
of kernel lines the model prints at the same position. With `--kernel 6.12` the labels of Linux
6.12 are replayed on the 6.12 rule set, and the figures are also given for the programs whose
verdict and error line the model gets right (a log cannot agree past a different verdict).
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(HERE, "tests"))

from oracle_labels import FAMILIES, load_labels  # noqa: E402
from vlog_compare import compare_label  # noqa: E402


def main(argv) -> int:
    kernel = "6.1"
    if argv[:1] == ["--kernel"]:
        kernel, argv = argv[1], argv[2:]
    progs = equal = lines = same = 0
    vprogs = vequal = 0              # the programs whose verdict and error line agree
    worst: list = []
    for f in argv or FAMILIES:
        for lab in load_labels(f, kernel=kernel):
            got = compare_label(lab)
            if got is None:
                continue
            progs += 1
            equal += got.equal
            lines += got.kernel_lines
            same += got.same_lines
            if got.verdict_agrees:
                vprogs += 1
                vequal += got.equal
            if not got.equal:
                worst.append((got.first_diff, f, lab.prog))
    print(f"{progs} labelled logs of Linux {kernel}: {equal} equal in full "
          f"({100 * equal / max(progs, 1):.1f} %), {same}/{lines} kernel lines reproduced "
          f"({100 * same / max(lines, 1):.1f} %); where the verdict and error line agree: "
          f"{vequal}/{vprogs} ({100 * vequal / max(vprogs, 1):.1f} %)")
    for diff, f, p in worst[:15]:
        print(f"  {f} {p}: {diff}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
