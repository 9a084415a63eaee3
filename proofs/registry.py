"""The theorem registry behind `bpfsmt prove`.

A theorem is a claim checked by Z3 (within stated bounds) plus mutants: weakened rules or broken
JIT emissions for which the same check must fail with a counterexample. A theorem "holds" for
`prove` only when its own check is PROVED and every mutant is REFUTED with a counterexample
(replayed concretely where the theorem is about programs). A mutant that also "proves" means the
check cannot tell a broken rule from a good one, so the theorem is reported as failing.

Modules in bpfsmt.proofs register theorems at import time with `@theorem(...)`; `all_theorems()`
imports every module listed in MODULES.
"""
from __future__ import annotations

import importlib
import time
from dataclasses import dataclass, field
from typing import Callable, Optional

PROVED, REFUTED, UNKNOWN = "proved", "refuted", "unknown"

# Modules that define theorems (imported by all_theorems). Add yours here.
MODULES: list[str] = ["bpfsmt.proofs.lock", "bpfsmt.proofs.tailcall",
                      "bpfsmt.proofs.sleepable", "bpfsmt.proofs.array_lookup",
                      "bpfsmt.proofs.jit_insn", "bpfsmt.proofs.jit_func", "bpfsmt.proofs.jit_poke",
                      "bpfsmt.proofs.range", "bpfsmt.proofs.range_mul", "bpfsmt.proofs.jit_jump", "bpfsmt.proofs.jit_xlate",
                      "bpfsmt.proofs.jit_blind", "bpfsmt.proofs.jit_tcc_ptr",
                      "bpfsmt.proofs.jit_insn612"]


@dataclass
class Outcome:
    """The result of one check: proved, refuted (with a counterexample) or unknown (reason)."""
    status: str
    counterexample: Optional[dict] = None   # concrete values, trace, program text, replay result
    reason: str = ""
    replayed: Optional[bool] = None          # counterexample confirmed on a concrete engine
    seconds: float = 0.0

    @staticmethod
    def proved(**kw) -> "Outcome":
        return Outcome(PROVED, **kw)

    @staticmethod
    def refuted(counterexample: dict, replayed: Optional[bool] = None, **kw) -> "Outcome":
        return Outcome(REFUTED, counterexample=counterexample, replayed=replayed, **kw)

    @staticmethod
    def unknown(reason: str, **kw) -> "Outcome":
        return Outcome(UNKNOWN, reason=reason, **kw)


@dataclass
class Mutant:
    name: str
    description: str
    check: Callable[[], Outcome]


@dataclass
class Theorem:
    name: str            # e.g. "SL.sound" or "JIT.alu64_k"
    statement: str       # the claim in words, with its bounds
    issue: str           # "lock", "sleepable", "tail-call", "array-lookup", "jit"
    check: Callable[[], Outcome]
    mutants: list[Mutant] = field(default_factory=list)
    kernels: tuple = ("6.1",)   # the kernels whose rules or code the theorem is about

    def mutant(self, name: str, description: str):
        """Decorator: register a mutant check for this theorem."""
        def deco(fn):
            self.mutants.append(Mutant(name, description, fn))
            return fn
        return deco


_THEOREMS: dict[str, Theorem] = {}


def theorem(name: str, statement: str, issue: str, kernels: tuple = ("6.1",)):
    """Decorator: register `fn` (returning an Outcome) as the check of a theorem about the rules
    or the code of `kernels` (`prove --kernel` selects by it)."""
    def deco(fn):
        if name in _THEOREMS:
            raise ValueError(f"theorem {name} registered twice")
        t = Theorem(name, statement, issue, fn, kernels=tuple(kernels))
        _THEOREMS[name] = t
        fn.theorem = t
        return fn
    return deco


def all_theorems() -> list[Theorem]:
    for m in MODULES:
        importlib.import_module(m)
    return list(_THEOREMS.values())


@dataclass
class TheoremReport:
    theorem: Theorem
    outcome: Outcome
    mutants: list[tuple[Mutant, Outcome]]

    @property
    def ok(self) -> bool:
        """Theorem proved and every mutant refuted with a counterexample (replay not failed)."""
        return (self.outcome.status == PROVED and bool(self.mutants)
                and all(o.status == REFUTED and o.counterexample is not None and o.replayed is not False
                        for _, o in self.mutants))


def _timed(fn: Callable[[], Outcome]) -> Outcome:
    t0 = time.perf_counter()
    try:
        out = fn()
    except Exception as e:  # a crash is never a proof
        out = Outcome.unknown(f"check raised {type(e).__name__}: {e}")
    out.seconds = time.perf_counter() - t0
    return out


def run_theorem(t: Theorem) -> TheoremReport:
    outcome = _timed(t.check)
    mutants = [(m, _timed(m.check)) for m in t.mutants]
    return TheoremReport(t, outcome, mutants)


def run_check(name: str, mutant: Optional[str] = None) -> Outcome:
    """One check by name, the theorem's own or one mutant's: the unit `prove` spreads over
    processes, so it travels as two strings and the result as an Outcome."""
    t = next(t for t in all_theorems() if t.name == name)
    check = t.check if mutant is None else next(m.check for m in t.mutants if m.name == mutant)
    return _timed(check)
