"""Replay a counterexample on the concrete executor.

The symbolic engine and the executor share the ISA (spec/isa.py) and the fault vocabulary
(spec/faults.py) but model memory, pointers and helpers independently, so replay is a real
check: the inputs the Z3 model produced must make the executor fault at the same slot for the
same fault kind. Disagreement is a bug in one of the two engines and is reported loudly.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

# fault kinds that name the same event from two angles (the executor sees addresses, the
# symbolic engine sees pointer kinds)
EQUIVALENT = {
    frozenset({"null_deref", "bad_mem"}),
}


# obligations the executor does not check itself (it runs on addresses and bytes, like the
# hardware): the verifier's typing rules for pointers and strict stack alignment. Replay confirms
# these by reaching the instruction with no earlier fault.
TYPED_KINDS = {"ptr_arith", "ptr_leak", "stack_misaligned"}


@dataclass
class ReplayResult:
    agree: Optional[bool]
    path: list = field(default_factory=list)
    fault: Optional[dict] = None
    r0: Optional[int] = None
    note: str = ""


def same_kind(a: str, b: str) -> bool:
    return a == b or any({a, b} <= s for s in EQUIVALENT)


def replay_inputs(pfile, program, inputs, slot: int, kind: str,
                  in_program: Optional[str] = None) -> ReplayResult:
    """Run `inputs` and compare with the counterexample: a fault at `slot` (of `in_program`,
    where a tail call led; default the program itself) of `kind`."""
    from bpfsmt.solver.concrete.exec import execute
    try:
        r = execute(pfile, program, inputs)
    except Exception as e:  # the executor crashing on our inputs is a disagreement too
        return ReplayResult(False, note=f"REPLAY DISAGREED: executor raised {type(e).__name__}: {e}")
    f = r.fault
    path = list(getattr(r, "path", []) or [])
    if kind in TYPED_KINDS:
        if slot not in path:
            return ReplayResult(False, path, f.to_json() if f else None, r.r0,
                                f"REPLAY DISAGREED: the executor never reached insn {slot} ({kind})")
        first = path.index(slot)
        if f is not None and f.slot != slot and len(path) - 1 < first:
            return ReplayResult(False, path, f.to_json(), None,
                                f"REPLAY DISAGREED: executor faulted at insn {f.slot} before {slot}")
        return ReplayResult(True, path[:first + 1], f.to_json() if f else None, r.r0,
                            f"confirmed by replay: the executor reaches insn {slot} on these "
                            f"inputs (it does not check {kind} itself)")
    if f is None:
        return ReplayResult(False, path, None, r.r0,
                            f"REPLAY DISAGREED: executor ran to exit with r0={r.r0} instead of "
                            f"faulting at insn {slot} ({kind})")
    fj = f.to_json()
    if in_program is not None and r.fault_program not in (None, in_program):
        return ReplayResult(False, path, fj, None,
                            f"REPLAY DISAGREED: executor faulted in {r.fault_program} at insn "
                            f"{f.slot} ({f.kind}), expected {in_program} insn {slot} ({kind})")
    if f.slot == slot and same_kind(f.kind, kind):
        return ReplayResult(True, path, fj, None, f"confirmed by replay: {f.message}")
    return ReplayResult(False, path, fj, None,
                        f"REPLAY DISAGREED: executor faulted at insn {f.slot} ({f.kind}: "
                        f"{f.message}), expected insn {slot} ({kind})")
