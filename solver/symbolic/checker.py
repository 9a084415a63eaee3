"""`check`: is the program safe? Lower it to Z3, discharge the obligations one by one.

SAFE needs every obligation proved (unsat), every loop-bound / budget event infeasible and the
whole program modelled. A satisfiable obligation is a counterexample: its model becomes an
`ExecInputs` that the concrete executor replays (`replay.py`); the report says whether replay
faulted at the same instruction for the same reason. A timeout, a feasible loop beyond the bound
or something the engine does not model gives UNKNOWN, naming the obligation and the reason.
Never SAFE on doubt.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Optional

import z3

from bpfsmt.spec import faults as F
from bpfsmt.spec.program import Program, ProgramFile

from bpfsmt.solver.symbolic import lower as S
from bpfsmt.solver.symbolic.budget import Budget
from bpfsmt.solver.symbolic.state import Obligation
from bpfsmt.solver.symbolic.values import Ptr, Scalar, signed


@dataclass
class CheckResult:
    program: str
    section: str
    verdict: str                       # safe | unsafe | unknown
    rule: Optional[str] = None
    insn: Optional[int] = None
    message: Optional[str] = None
    kind: Optional[str] = None
    path: list = field(default_factory=list)
    inputs: Any = None                 # ExecInputs (unsafe)
    replayed: Optional[bool] = None
    replay_note: str = ""
    reason: str = ""
    obligations: int = 0
    proved: int = 0
    seconds: float = 0.0
    regs: dict = field(default_factory=dict)
    states: int = 0
    in_program: str = ""              # the tail-call target `insn` lies in ("": this program)
    loops: list = field(default_factory=list)      # loops decided by induction (descriptions)

    def to_json(self) -> dict:
        d = {"program": self.program, "section": self.section, "verdict": self.verdict,
             "rule": self.rule, "insn": self.insn, "message": self.message, "kind": self.kind,
             "replayed": self.replayed, "reason": self.reason or None,
             "obligations": self.obligations, "proved": self.proved,
             "seconds": round(self.seconds, 4), "path": self.path}
        if self.inputs is not None:
            d["inputs"] = inputs_to_json(self.inputs)
        if self.replay_note:
            d["replay_note"] = self.replay_note
        if self.loops:
            d["loops"] = self.loops
        if self.regs:
            d["regs"] = {f"r{k}": v for k, v in self.regs.items()}
        if self.in_program:
            d["in_program"] = self.in_program
        return d

    def summary(self) -> str:
        if self.verdict == "safe":
            return f"SAFE ({self.proved} obligations proved)"
        if self.verdict == "unsafe":
            rep = {True: "confirmed by replay", None: "not replayed",
                   False: "REPLAY DISAGREED (bug in bpfsmt)"}[self.replayed]
            where = f" of {self.in_program} (tail call)" if self.in_program else ""
            return f"UNSAFE {self.rule} at insn {self.insn}{where}: {self.message} [{rep}]"
        return f"UNKNOWN: {self.reason}"


def inputs_to_json(inp) -> dict:
    """The counterexample's inputs as ExecInputs.to_json writes them (the LRU node pops' drops,
    other users' map elements and timers included), without the ones left empty."""
    return {k: v for k, v in inp.to_json().items() if v is not None and v != {} and v != []}


# Obligations are asked in batches (their disjunction) of up to MAX_BATCH: most are unsat, and
# one query for many paths costs about what one obligation's does (bpf_xdp.o
# tail_nodeport_rev_dnat_ipv4: 620 calls, 9.5 s -> 0.6 s). A batch gets at most BATCH_SECONDS;
# past it, or when satisfiable, it is split, so a verdict always rests on single obligations.
MAX_BATCH = 64
BATCH_SECONDS = 1.0


class _Solver:
    """One incremental solver per program: the axioms (and the negations of undecided
    obligations) stay asserted; each obligation is checked in its own push/pop scope with its
    own time limit, so lemmas about shared path conditions carry over between obligations."""

    def __init__(self, axioms, budget: Budget, per_call: float):
        self.s = z3.Solver()
        self.s.add(*axioms)
        self.budget, self.per_call = budget, per_call

    def add(self, c):
        self.s.add(c)

    def check(self, cond, limit: float | None = None):
        s = self.s
        s.push()
        s.add(cond)
        try:
            r = self.budget.solve(s, self.per_call if limit is None else min(limit, self.per_call))
            return r, (s.model() if r == z3.sat else None), \
                (s.reason_unknown() if r == z3.unknown else "")
        finally:
            s.pop()


def check(pfile: ProgramFile, program: Program | str, *, timeout: float = 30,
          obligation_timeout: float | None = None, loop_bound: int = 8, rules: str = "6.1",
          replay: bool = True, max_steps: int = 200_000, clock: str = "wall",
          wall_timeout: float | None = None) -> CheckResult:
    """Prove every safety obligation of `program` or return a replayed counterexample.

    `timeout` bounds the whole program (lowering and every solver call) on `clock` ("wall" or
    "cpu": this process's CPU time); past it the verdict is UNKNOWN. `wall_timeout` is a wall
    limit on top of a CPU budget. Each obligation gets the time that is left, at most
    `obligation_timeout` (default: all of it), so one hard obligation cannot starve the rest."""
    t0 = time.perf_counter()
    budget = Budget(timeout, clock, wall_timeout)
    per_ob = timeout if obligation_timeout is None else min(obligation_timeout, timeout)
    if isinstance(program, str):
        program = pfile.program(program)
    res = CheckResult(program.name, program.section, "unknown")
    low = S.lower(pfile, program, loop_bound=loop_bound, max_steps=max_steps, budget=budget)
    res.states = low.states
    res.loops = [s.describe() for s in low.summaries]
    obs = low.obligations
    res.obligations = len(obs)
    if low.out_of_time:
        return _out_of_time(res, t0, budget, f"while lowering ({low.states} instruction visits)")
    unknown: list[tuple[Obligation, str]] = []
    solver = _Solver(low.axioms, budget, per_ob)
    res.proved = sum(1 for ob in obs if z3.is_false(ob.cond))
    todo = [(k, ob) for k, ob in enumerate(obs) if not z3.is_false(ob.cond)]
    i, size, alone_until = 0, 1, 0
    while i < len(todo):
        k, ob = todo[i]
        if budget.expired():
            return _out_of_time(res, t0, budget, f"with {k} of {len(obs)} obligations decided")
        if size > 1 and i >= alone_until:
            # one query for the next `size` obligations: unsat proves each of them; sat halves
            # the batch until the first obligation that is not proved stands alone; past the
            # batch's time each of its obligations is asked alone (a hard one would make every
            # smaller batch that holds it run out of time too)
            batch = [b.cond for _, b in todo[i:i + size]]
            r, _, _ = solver.check(z3.Or(*batch), limit=BATCH_SECONDS)
            if r == z3.unsat:
                res.proved += len(batch)
                i += len(batch)
                size = min(2 * size, MAX_BATCH)
            elif r == z3.sat:
                size = len(batch) // 2
            else:
                alone_until = i + len(batch)
            continue
        size = 2
        i += 1
        r, model, why = solver.check(ob.cond)
        if r == z3.unsat:
            res.proved += 1
            continue
        if r == z3.unknown:
            if budget.expired():
                return _out_of_time(res, t0, budget,
                                    f"with {k} of {len(obs)} obligations decided")
            unknown.append((ob, why or "timeout"))
            # later counterexamples must not depend on this one failing first
            solver.add(z3.Not(ob.cond))
            continue
        if low.summaries:
            model, why = _strong_or_replayed(solver, res, pfile, program, low, ob, model, replay)
            if model is None:
                if why is None:         # the inductive counterexample replayed: res is UNSAFE
                    res.seconds = time.perf_counter() - t0
                    return res
                unknown.append((ob, why))
                solver.add(z3.Not(ob.cond))
                continue
        _unsafe(res, pfile, program, low, ob, model, replay)
        res.seconds = time.perf_counter() - t0
        return res
    if unknown:
        ob, why = unknown[0]
        res.verdict = "unknown"
        res.rule, res.insn, res.kind = ob.rule, ob.slot, ob.kind
        res.message = F.KINDS[ob.kind].template
        timed_out = any(w in why for w in ("timeout", "canceled", "interrupted"))
        res.reason = (f"obligation {ob.label()} ({F.KINDS[ob.kind].doc}) not decided: "
                      f"{'solver timeout after %gs' % per_ob if timed_out else why}")
        if len(unknown) > 1:
            res.reason += f" (+{len(unknown) - 1} more undecided)"
    elif low.unsupported:
        res.verdict = "unknown"
        res.reason = f"not modelled: {low.unsupported}"
    else:
        for ev in low.bounds:
            if budget.expired():
                return _out_of_time(res, t0, budget, "deciding loop-bound feasibility")
            r, _, why = _Solver(low.axioms, budget, per_ob).check(ev.pc)
            if r == z3.unsat:
                continue
            res.verdict = "unknown"
            res.insn = ev.slot
            res.reason = ev.reason + ("" if r == z3.sat else f" (feasibility undecided: {why})")
            break
        else:
            res.verdict = "safe"
    res.seconds = time.perf_counter() - t0
    return res


def _strong_or_replayed(solver, res, pfile, program, low, ob, model, replay):
    """A satisfiable obligation of a program with loops decided by induction: (model, None) when
    a counterexample avoids every havoced loop state (an ordinary one), (None, None) when only
    an inductive one exists and the executor replays it (res is then UNSAFE), else
    (None, reason): the fault may need a loop-head state no run reaches."""
    r, strong, _ = solver.check(z3.And(ob.cond, *[z3.Not(s.marker) for s in low.summaries]))
    if r == z3.sat:
        return strong, None
    loops = ", ".join(sorted({f"insn {s.slot}" for s in low.summaries}))
    if replay:
        # the havoced trip read the k-th result of a helper, k counted from the unrolled
        # trips: a run reaching it later needs that result at every call in between (or a
        # non-zero one: a reference an earlier trip dropped had to be acquired); and the keys
        # the havoced trip found in a hash map must be there from the start
        for pad, present in ((False, False), (True, False), (True, True), ("nonzero", False)):
            trial = CheckResult(res.program, res.section, "unknown")
            _unsafe(trial, pfile, program, low, ob, model, True, run_message=True, pad=pad,
                    present=present)
            if trial.replayed:
                res.__dict__.update({k: v for k, v in trial.__dict__.items()
                                     if k not in ("obligations", "proved", "states", "loops")})
                return None, None
    return None, (f"it fails from a state satisfying the invariant of the loop at {loops} "
                  f"(induction step), and {'replay did not reach it' if replay else 'it was not replayed'}")


def _out_of_time(res, t0, budget: Budget, where) -> CheckResult:
    res.verdict = "unknown"
    res.reason = f"time limit of {budget.describe()} reached {where}"
    res.seconds = time.perf_counter() - t0
    return res


# helper results a padded replay input repeats (BPF_MAX_LOOPS is larger; replay is only a try)
PADDED_RESULTS = 1 << 13


def _unsafe(res, pfile, program, low, ob, model, replay, run_message=False, pad=False,
            present=False):
    """`run_message`: report the replayed run's message (a counterexample from a loop's
    induction step has values of a havoced state; the run gets to the fault its own way).
    `pad`: every helper's list of results continued with its last one; `present`: every
    touched hash-map key in its map at the start; pad="nonzero": trailing zero results dropped
    first (1 if none is left)."""
    res.verdict = "unsafe"
    res.rule, res.insn, res.kind = ob.rule, ob.slot, ob.kind
    res.in_program = ob.prog
    res.message = ob.message(model)
    res.inputs = low.inputs.to_exec_inputs(model, touched_present=present)
    if pad == "nonzero":
        rets = {n: v[:max((i + 1 for i, x in enumerate(v) if x), default=0)] or [1]
                for n, v in res.inputs.helper_returns.items()}
    elif pad:
        rets = {n: v for n, v in res.inputs.helper_returns.items() if v}
    if pad:
        res.inputs.helper_returns = {n: v + v[-1:] * (PADDED_RESULTS - len(v))
                                     for n, v in rets.items()}
    res.regs = {r: describe_value(v, model) for r, v in ob.regs.items()}
    if not replay:
        return
    from bpfsmt.solver.symbolic.replay import replay_inputs
    rr = replay_inputs(pfile, program, res.inputs, ob.slot, ob.kind, ob.prog or program.name)
    res.replayed = rr.agree
    res.path = rr.path
    res.replay_note = rr.note
    if run_message and rr.agree and rr.fault and rr.fault.get("message"):
        res.message = rr.fault["message"]
    if not rr.agree and low.approx:
        # the counterexample may rest on an over-approximated value (a helper's result, the
        # low half of a pointer), which no concrete input reproduces: not a claim either way
        res.verdict = "unknown"
        res.reason = (f"counterexample for {ob.label()} not confirmed by replay; it may depend "
                      f"on over-approximated values: {', '.join(sorted(set(low.approx)))}")


def describe_value(v, model) -> str:
    """A register value in the counterexample, as the verifier log would print it."""
    if isinstance(v, Scalar):
        x = model.eval(v.v, model_completion=True)
        return hex(x.as_long()) if z3.is_bv_value(x) else "?"
    if isinstance(v, Ptr):
        off = model.eval(v.off, model_completion=True)
        o = signed(off.as_long()) if z3.is_bv_value(off) else "?"
        name = str(v.kind)
        if v.null is not None and z3.is_true(model.eval(v.null, model_completion=True)):
            return "NULL"
        return f"{name}{'+' if isinstance(o, int) and o >= 0 else ''}{o}"
    return "uninit"
