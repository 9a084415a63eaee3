"""Which helpers of Linux 6.1 (and 6.12) does `check` model?

Each helper id is called from a one-call program (tests/asm_preludes.unmodelled_helpers): a
helper without a lowering ends UNKNOWN "... is not modelled". Prints the count and the helpers
without a model. No assertions: figures are reported (tests/test_check_queue_dynptr.py asserts
the same set).

Usage: python benchmarks/helper_coverage.py
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from asm_preludes import unmodelled_helpers  # noqa: E402

from bpfsmt.spec.helpers import HELPERS, HELPERS_612  # noqa: E402


def main():
    for kernel, helpers in (("6.1", HELPERS), ("6.12", HELPERS_612)):
        t = time.process_time()
        missing = unmodelled_helpers(helpers)
        print(f"Linux {kernel}: {len(helpers) - len(missing)} of {len(helpers)} helper ids "
              f"modelled by check ({time.process_time() - t:.1f} s CPU); without a model: "
              f"{', '.join(missing) or 'none'}")


if __name__ == "__main__":
    main()
