"""The verifier model's walk against the kernel's: its statistics line on every labelled program.

For each program a real kernel (6.1 or 6.12) loaded with its statistics line in the log
(tests/oracle/<family>/labels*.json: the verifier families, the random programs, the BTF and
unprivileged families), the model's `processed N insns (limit 1000000) max_states_per_insn M
total_states T peak_states P mark_read R` is compared with the kernel's, field by field. Equal statistics mean the model
explored the same states in the same order and pruned where the kernel pruned. Prints the
agreement per field and the disagreements; writes benchmarks/stats_results.json.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from oracle_labels import (FAMILIES, STATS_FIELDS, label_program, label_sets,  # noqa: E402
                           label_stats, load_labels)
from bpfsmt.spec.errors import InputError  # noqa: E402
from bpfsmt.solver.verifier import verify  # noqa: E402

VARIANTS = {"": True, "nojit": False, "harden": True}     # label variant -> JIT on
# every family whose labels the model verifies as they are (unpriv: as the unprivileged loader)
STATS_FAMILIES = FAMILIES + ("diff", "btf", "unpriv")


def labelled(max_insns: int):
    for fam in STATS_FAMILIES:
        for variant, kernel in label_sets(fam):
            if variant not in VARIANTS:
                continue
            for lb in load_labels(fam, variant, kernel):
                kst = label_stats(lb)
                if kst is None or kst["processed_insns"] > max_insns:
                    continue
                yield lb, VARIANTS[variant], kst


def compare(max_insns: int) -> dict:
    rows = []
    for lb, jit, kst in labelled(max_insns):
        try:
            pf, prog = label_program(lb)
        except InputError:          # a raw stream the IR cannot hold (documented in the tests)
            continue
        t0 = time.process_time()
        r = verify(pf, prog, jit=jit, rules=lb.kernel, unpriv=lb.family == "unpriv")
        mst = {"processed_insns": r.processed_insns, "max_states_per_insn": r.max_states_per_insn,
               "total_states": r.total_states, "peak_states": r.peak_states,
               "mark_read": r.mark_read}
        rows.append({"label": f"{lb.kernel}/{lb.family}{'/' + lb.variant if lb.variant else ''}/"
                              f"{lb.file}::{lb.prog}", "kernel": kst, "model": mst,
                     "cpu_seconds": round(time.process_time() - t0, 4)})
    n = len(rows)
    per_field = {f: sum(r["kernel"][f] == r["model"][f] for r in rows) for f in STATS_FIELDS}
    exact = sum(r["kernel"] == r["model"] for r in rows)
    per_kernel = {}
    for r in rows:
        k = per_kernel.setdefault(r["label"].split("/")[0], [0, 0])
        k[0] += r["kernel"] == r["model"]
        k[1] += 1
    return {"programs": n, "all_fields_equal": exact, "per_field": per_field,
            "per_kernel": per_kernel, "rows": rows}


def compare_corpus(max_insns: int, only: str = "", kernel: str = "6.1") -> dict:
    """The corpus labels (tests/oracle/corpus) of `kernel`: verdict, error line and the five
    statistics."""
    from test_corpus_oracle import LAB, model_answer, stats_of
    if kernel != "6.1":
        from test_corpus_oracle_612 import LAB
    rows = []
    for lab in LAB:
        kst = lab["stats"]
        if (kst and kst["processed_insns"] > max_insns) or only not in lab["file"]:
            continue
        t0 = time.process_time()
        sha, r = model_answer(lab, kernel)
        rows.append({"label": f"corpus/{lab['file']}::{lab['prog']}", "kernel": kst,
                     "model": stats_of(r) if kst else None, "same_insns": sha == lab["insns_sha256"],
                     "verdict": [lab["accepted"], r.accepted],
                     "message": [lab["message"], None if r.accepted else r.message],
                     "cpu_seconds": round(time.process_time() - t0, 3)})
        print(rows[-1]["label"], rows[-1]["verdict"], rows[-1]["cpu_seconds"], flush=True)
    n = len(rows)
    verdict = sum(r["verdict"][0] == r["verdict"][1] and r["message"][0] == r["message"][1]
                  for r in rows)
    per_field = {f: sum(bool(r["kernel"]) and r["kernel"][f] == r["model"][f] for r in rows)
                 for f in STATS_FIELDS}
    exact = sum(r["kernel"] == r["model"] and r["verdict"][0] == r["verdict"][1] and
                r["message"][0] == r["message"][1] for r in rows)
    return {"programs": n, "verdict_and_message": verdict, "all_fields_equal": exact,
            "per_field": per_field, "rows": rows}


def write_results(path: Path, res: dict) -> None:
    """The figures, then one program per line (thousands of rows stay readable and diffable)."""
    head = {k: v for k, v in res.items() if k != "rows"}
    rows = ",\n".join(" " + json.dumps(r, sort_keys=True) for r in res["rows"])
    path.write_text(json.dumps(head, indent=1)[:-2] + ',\n "rows": [\n' + rows + "\n ]\n}\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-insns", type=int, default=200_000,
                    help="skip programs the kernel needed more processed insns for")
    ap.add_argument("--show", type=int, default=20, help="disagreements to print")
    ap.add_argument("--corpus", nargs="?", const="", default=None, metavar="SUBSTR",
                    help="the corpus labels instead (tests/oracle/corpus), optionally only files "
                         "containing SUBSTR; writes benchmarks/corpus_stats_results[_6.12].json")
    ap.add_argument("--kernel", choices=("6.1", "6.12"), default="6.1",
                    help="with --corpus: that kernel's labels, the model on that kernel's rules")
    args = ap.parse_args(argv)
    if args.corpus is not None:
        res = compare_corpus(args.max_insns, args.corpus, args.kernel)
        n = res["programs"]
        print(f"{n} corpus programs labelled by {args.kernel}: verdict and error line equal "
              f"{res['verdict_and_message']}/{n}; verdict, error line and all five statistics "
              f"equal {res['all_fields_equal']}/{n}")
        for f, k in res["per_field"].items():
            print(f"  {f:20s} {k}/{n}")
        suffix = "" if args.kernel == "6.1" else "_" + args.kernel
        write_results(ROOT / "benchmarks" / f"corpus_stats_results{suffix}.json", res)
        return 0
    res = compare(args.max_insns)
    n = res["programs"]
    print(f"{n} labelled programs with the kernel's statistics line")
    print(f"  all five fields equal: {res['all_fields_equal']}/{n}")
    for kernel, (ok, k) in res["per_kernel"].items():
        print(f"  on {kernel}: {ok}/{k}")
    for f, k in res["per_field"].items():
        print(f"  {f:20s} {k}/{n}")
    bad = [r for r in res["rows"] if r["kernel"] != r["model"]]
    for r in bad[:args.show]:
        diff = {f: (r["kernel"][f], r["model"][f]) for f in STATS_FIELDS
                if r["kernel"][f] != r["model"][f]}
        print(f"  {r['label']}: (kernel, model) {diff}")
    write_results(ROOT / "benchmarks" / "stats_results.json", res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
