"""The verifier model's unprivileged mode against a kernel that loaded the programs unprivileged.

    python benchmarks/unpriv_agreement.py [--kernel 6.1] [--diff]

Reads tests/oracle/unpriv/labels.json (the kernel's own `@unpriv` selftests loaded without
CAP_SYS_ADMIN/NET_ADMIN/PERFMON/BPF, see tests/oracle/unpriv/gen.py) and runs
`verify(..., unpriv=True)` on each committed object. A program agrees when the verdict is the
same and, for a rejection the verifier printed, the model's error line is the kernel's. Programs
libbpf could not load (a map an unprivileged user may not create, a prog-array slot, a ksym)
have no verifier verdict and are counted apart. `--diff` lists every disagreement.
"""
from __future__ import annotations

import argparse
import collections
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
import oracle_labels as OL  # noqa: E402

from bpfsmt.spec.deadline import LimitReached, time_limit  # noqa: E402
from bpfsmt.solver.verifier import verify  # noqa: E402


def judge(label, timeout: float = 20.0):
    """('agree'|'verdict'|'message'|'no verdict'|'not modelled'|'limit', model's line)."""
    if not label.accepted and label.message is None and \
            "BPF program load failed" not in (label.libbpf_error or "") and \
            "failed to create" not in (label.libbpf_error or ""):
        return "no verdict", None
    try:
        pfile, prog = OL.label_program(label)
        with time_limit(timeout):
            r = verify(pfile, prog, rules=label.kernel, unpriv=True)
    except NotImplementedError as e:
        return "not modelled", str(e)
    except LimitReached as e:
        return "limit", e.reason
    except Exception as e:         # an input the ELF reader refuses
        return "not modelled", f"{type(e).__name__}: {e}"
    line = r.message if r.message is not None else (r.log[-1] if r.log else None)
    if r.accepted != label.accepted:
        return "verdict", "accepted" if r.accepted else line
    if label.accepted or (r.message == label.message and r.errno == label.errno):
        return "agree", line
    return "message", line


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kernel", default="6.1")
    ap.add_argument("--diff", action="store_true")
    args = ap.parse_args()
    labels = OL.load_labels("unpriv", kernel=args.kernel)
    t0 = time.perf_counter()
    counts: collections.Counter = collections.Counter()
    for lab in labels:
        kind, line = judge(lab)
        counts[kind] += 1
        if args.diff and kind not in ("agree", "no verdict"):
            want = "accepted" if lab.accepted else (lab.message or lab.libbpf_error)
            print(f"{kind:12} {lab.file}:{lab.prog}\n    kernel: {want}\n    model:  {line}")
    judged = sum(v for k, v in counts.items() if k != "no verdict")
    print(f"{len(labels)} programs loaded unprivileged by Linux {args.kernel} "
          f"({time.perf_counter() - t0:.1f} s)")
    for k in ("agree", "verdict", "message", "not modelled", "limit", "no verdict"):
        print(f"  {k:13} {counts[k]}")
    if judged:
        print(f"agreement (verdict and error line): {counts['agree']}/{judged} = "
              f"{100 * counts['agree'] / judged:.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
