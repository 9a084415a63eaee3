"""Compare the model's verifier log with a label's kernel log, line by line.

Both logs are normalised first: source annotations (`; asm volatile (`, BTF line info the
model's IR does not carry) are dropped, map references (the kernel prints a map's address to a
privileged loader, the model its id) and the verification time are blanked.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Optional

# a map load prints the map's kernel address to a privileged loader; the model names the map
_MAP_ID = re.compile(r"map\[id:\d+\](\[\d+\]\+\d+)?|\b0xffff[89a-f][0-9a-f]{11}\b")
_TIME = re.compile(r"^verification time \d+ usec$")


def normalise(log: str) -> list[str]:
    out = []
    for ln in log.splitlines():
        ln = ln.rstrip()
        if ln.startswith("; ") or ln == ";":
            continue
        ln, n = _MAP_ID.subn("<map>", ln)
        if n:                      # the address is wider than the id: the state column moves
            ln = re.sub(r" +;", " ;", ln)
        if _TIME.match(ln):
            ln = "verification time N usec"
        out.append(ln)
    while out and not out[-1]:
        out.pop()
    return out


@dataclass
class LogComparison:
    equal: bool
    kernel_lines: int
    same_lines: int
    first_diff: str
    verdict_agrees: bool = True      # the model's verdict and error line are the label's


def compare_logs(kernel: str, model: str) -> LogComparison:
    k, m = normalise(kernel), normalise(model)
    same = sum(b.size for b in difflib.SequenceMatcher(None, k, m, autojunk=False)
               .get_matching_blocks())
    first = ""
    for i, (a, b) in enumerate(zip(k + [""] * len(m), m + [""] * len(k))):
        if a != b:
            first = f"line {i + 1}: kernel {a!r} model {b!r}"
            break
    return LogComparison(k == m, len(k), same, first)


def compare_label(label) -> Optional[LogComparison]:
    """The model's log at the label's level, on the label's kernel, against the label's log
    (None: no log kept)."""
    from oracle_labels import label_program
    from bpfsmt.solver.verifier import verify
    from bpfsmt.spec.errors import InputError
    if not label.log or not label.log_level:
        return None
    try:
        pf, prog = label_program(label)
    except InputError:            # inputs the IR refuses (see test_verifier_oracle)
        return None
    res = verify(pf, prog, rules=label.kernel, jit=label.variant != "nojit",
                 log_level=label.log_level, unpriv=label.family == "unpriv")
    c = compare_logs(label.log, res.verifier_log)
    c.verdict_agrees = res.accepted == label.accepted and (label.accepted or
                                                          res.message == label.message)
    return c
