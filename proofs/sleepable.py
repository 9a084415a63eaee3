"""Sleepable programs: execution contexts against the SP-03/SP-04/SP-07 rules.

The model: a program of up to N_FUNCS functions (f0 = main), each of which may call a
might-sleep helper (bpf_copy_from_user), touch a map that is NOT safe under rcu_read_lock_trace
(an LPM trie: its nodes are freed after a normal RCU grace period), and reach later functions
through five kinds of edge: a static bpf2bpf call, a call of a GLOBAL subprogram, a synchronous
callback (bpf_loop / for_each_map_elem), a timer callback (bpf_timer_set_callback: runs later in
softirq, cannot sleep) and a sleepable async callback (proposed bpf_timer_set_sleepable_cb, or
6.10's bpf_wq: runs in a workqueue, can sleep). Edges go from lower to higher functions (the
verifier rejects recursion), so every call graph of N_FUNCS functions is covered.

Two context assignments over the same graph:
- RUN TIME: in which contexts a function actually executes (sleepable or not);
- VERIFIER: in which `in_sleepable` state each rule set verifies it. 6.1: the program-wide flag
  everywhere (SP-07 gap: timer callbacks of a sleepable program are verified as sleepable);
  6.12: the flag too, except that a bpf_wq callback (and what it calls statically) is verified
  sleepable (in_sleepable(env) = prog->sleepable || state->in_sleepable), and SP-04's map check
  still reads the program's flag (check_map_prog_compatibility);
  "proposed": per callback (timer -> non-sleepable, sleepable_cb/wq -> sleepable), synchronous
  callees and global subprograms in every context their callers have (safe in both).
Property: no might-sleep helper runs in a non-sleepable context; every map touched in a sleepable
context is safe under rcu_read_lock_trace. Z3 decides accept /\\ not property for ALL programs
within the bound (all 2^k edge/action assignments at once).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

import z3

from bpfsmt.proofs import synth
from bpfsmt.proofs.registry import Outcome, theorem
from bpfsmt.spec.helpers import might_sleep
from bpfsmt.spec.insn import BPF_CALL, BPF_JMP, Insn
from bpfsmt.spec.kernels import kernel_facts
from bpfsmt.spec.kfuncs import kfunc_flags
from bpfsmt.spec.program import Map, ValueField
from bpfsmt.spec.rules import PROPOSED_HELPERS, get_ruleset

from bpfsmt.solver.concrete.exec import ExecInputs, execute

N_FUNCS = 5
EDGE_KINDS = ("call", "gcall", "loop", "timer", "stimer")
SYNC = ("call", "gcall", "loop")
SLEEPY_HELPER = "copy_from_user"
UNSAFE_MAP_TYPE = "lpm_trie"
# SP-04's list, as the verifier model applies it: the map types whose elements outlive an
# rcu_read_lock_trace section
RCU_TRACE_SAFE = get_ruleset("6.1").kernel.map_types_where(lambda t: t.sleepable)
SLEEPABLE_CB_HELPER_ID = PROPOSED_HELPERS["timer_set_sleepable_cb"]


def _might_sleep(name: str) -> bool:
    """The helper table's might-sleep flag (spec/helpers), the one the engines apply."""
    return might_sleep(name)


@dataclass(frozen=True)
class Rules:
    name: str
    helper_gate: bool = True          # SP-03
    map_restriction: bool = True      # SP-04
    callbacks: str = "per_callback"   # "program" (6.1: program-wide flag) | "program_wq" (6.12: the
                                      # flag, bpf_wq callbacks sleepable) | "per_callback" | "inherit"
    has_sleepable_cb: bool = True     # a sleepable async callback exists (proposed helper, bpf_wq)
    maps_by_program: bool = False     # SP-04 reads the program's flag, not the function's context
    kernel: str = "6.1"               # whose oracle labels judge its witnesses


def rules_for(kernel: str) -> Rules:
    """The sleepable rules of `kernel`: the program's flag decides (SP-03, SP-04) except in the
    sleepable async callbacks its kfunc table offers (bpf_wq_set_callback_impl, 6.10+)."""
    k = kernel_facts(kernel)
    wq = kfunc_flags(k.kfuncs, k.kfunc_hooks, "lsm", "bpf_wq_set_callback_impl") is not None
    return Rules(k.name, callbacks="program_wq" if wq else "program", has_sleepable_cb=wq,
                 maps_by_program=True, kernel=k.name)


R61 = rules_for("6.1")
R612 = rules_for("6.12")
# the same weakenings in the verifier model (spec/rules.py): a rule id dropped on the rule set's
# kernel, or a named rule set
VERIFIER_RULES = {"no-SP-03": "SP-03", "no-SP-04": "SP-04", "inherit": "proposed-inherit"}


def verifier_rules(R: "Rules") -> str:
    v = VERIFIER_RULES.get(R.name, "")
    return f"{R.kernel}-no-{v}" if v.startswith("SP-") else v
PROPOSED = Rules("proposed")


class Model:
    """Symbolic program (functions, actions, edges) and both context assignments."""

    def __init__(self, n: int = N_FUNCS):
        self.n = n
        self.S = z3.Bool("sleepable_prog")
        self.sleepy = [z3.Bool(f"f{i}_sleepy_helper") for i in range(n)]
        self.unsafe = [z3.Bool(f"f{i}_unsafe_map") for i in range(n)]
        self.edge = {(f, g, k): z3.Bool(f"f{f}_{k}_f{g}") for f in range(n) for g in range(f + 1, n)
                     for k in EDGE_KINDS}
        # run time
        self.rs, self.rn = [self.S], [z3.Not(self.S)]
        for g in range(1, n):
            s_in, n_in = [], []
            for f in range(g):
                e = lambda k: self.edge[(f, g, k)]  # noqa: E731
                reached = z3.Or(self.rs[f], self.rn[f])
                sync = z3.Or(*[e(k) for k in SYNC])
                s_in += [z3.And(sync, self.rs[f]), z3.And(e("stimer"), reached)]
                n_in += [z3.And(sync, self.rn[f]), z3.And(e("timer"), reached)]
            self.rs.append(z3.Or(*s_in))
            self.rn.append(z3.Or(*n_in))
        self.reached = [z3.Or(a, b) for a, b in zip(self.rs, self.rn)]

    def verifier_contexts(self, R: Rules):
        if R.callbacks == "program":
            return ([z3.And(r, self.S) for r in self.reached],
                    [z3.And(r, z3.Not(self.S)) for r in self.reached])
        vs, vn = [self.S], [z3.Not(self.S)]
        for g in range(1, self.n):
            s_in, n_in = [], []
            inherited = ("call", "loop") if R.callbacks == "program_wq" else SYNC
            for f in range(g):
                e = lambda k: self.edge[(f, g, k)]  # noqa: E731
                reached = z3.Or(vs[f], vn[f])
                sync = z3.Or(*[e(k) for k in inherited])
                s_in.append(z3.And(sync, vs[f]))
                n_in.append(z3.And(sync, vn[f]))
                if R.callbacks == "per_callback":
                    s_in.append(z3.And(e("stimer"), reached))
                    n_in.append(z3.And(e("timer"), reached))
                elif R.callbacks == "program_wq":
                    # 6.12: a global function and a timer callback start from the program's flag,
                    # a bpf_wq callback from in_sleepable = true; static callees inherit (above)
                    s_in += [z3.And(e("stimer"), reached)] + [z3.And(e(k), reached, self.S)
                                                             for k in ("gcall", "timer")]
                    n_in += [z3.And(e(k), reached, z3.Not(self.S)) for k in ("gcall", "timer")]
                else:   # inherit: async callbacks verified with the arming program's flag
                    arm = z3.Or(e("timer"), e("stimer"))
                    s_in.append(z3.And(arm, reached, self.S))
                    n_in.append(z3.And(arm, reached, z3.Not(self.S)))
            vs.append(z3.Or(*s_in))
            vn.append(z3.Or(*n_in))
        return vs, vn

    def accepts(self, R: Rules):
        vs, vn = self.verifier_contexts(R)
        c = []
        for g in range(self.n):
            if R.helper_gate:
                c.append(z3.Not(z3.And(vn[g], self.sleepy[g])))
            if R.map_restriction:
                c.append(z3.Not(z3.And(self.S if R.maps_by_program else vs[g], self.unsafe[g])))
        if not R.has_sleepable_cb:   # 6.1: no such helper ("unknown func")
            c += [z3.Not(z3.And(self.reached[f], self.edge[(f, g, "stimer")]))
                  for f in range(self.n) for g in range(f + 1, self.n)]
        return z3.And(*c)

    def armed(self, kind: str):
        """Some reached function arms an async callback of `kind` ("timer", "stimer" = bpf_wq)."""
        return z3.Or(*[z3.And(self.reached[f], e) for (f, _, k), e in self.edge.items() if k == kind])

    def holes_612(self):
        """Where 6.12's rules let a violation through: a bpf_timer callback armed by a sleepable
        program (SP-07: verified with the program's flag, runs in softirq) or a bpf_wq callback
        armed by a non-sleepable one (verified sleepable, but SP-04 reads the program's flag)."""
        return z3.Or(z3.And(self.S, self.armed("timer")), z3.And(z3.Not(self.S), self.armed("stimer")))

    def violated(self):
        return z3.Or(*[z3.Or(z3.And(self.rn[g], self.sleepy[g]), z3.And(self.rs[g], self.unsafe[g]))
                       for g in range(self.n)])

    def size(self):
        """Witness size; proposed-only sleepable callbacks weigh more so that a witness the
        executor can replay (plain timers) is preferred when one exists."""
        w = [(b, 1) for b in list(self.sleepy) + list(self.unsafe)]
        w += [(b, 10 if k == "stimer" else 1) for (_, _, k), b in self.edge.items()]
        return z3.Sum(*[z3.If(b, n, 0) for b, n in w])


@dataclass
class Witness:
    sleepable: bool
    funcs: list            # per reached function: {"sleepy", "unsafe", "edges": [(kind, g)]}
    reached: list
    run_sleep: list
    run_nosleep: list

    def describe(self) -> str:
        out = [f"program: {'sleepable' if self.sleepable else 'non-sleepable'}"]
        for i, f in enumerate(self.funcs):
            if not self.reached[i]:
                continue
            ctx = "+".join(n for n, b in (("sleepable", self.run_sleep[i]),
                                          ("non-sleepable", self.run_nosleep[i])) if b)
            acts = []
            if f["sleepy"]:
                acts.append(f"bpf_{SLEEPY_HELPER}()")
            if f["unsafe"]:
                acts.append(f"lookup in {UNSAFE_MAP_TYPE}")
            acts += [f"{k} f{g}" for k, g in f["edges"]]
            out.append(f"f{i} [runs {ctx}]: " + (", ".join(acts) or "-"))
        return "\n".join(out)


def find(R: Rules, n: int = N_FUNCS, minimize: bool = True, timeout_ms: int = 60_000, within=None):
    """("unsat"|"sat"|"unknown", Witness|None): a program R accepts that breaks the property
    (among the programs `within(model)` allows, if given)."""
    M = Model(n)
    s = z3.Optimize() if minimize else z3.Solver()
    s.set("timeout", timeout_ms)
    scope = within(M) if within else z3.BoolVal(True)
    s.add(M.accepts(R), M.violated(), scope)
    if minimize:
        s.minimize(M.size())
    r = s.check()
    if r == z3.unsat:
        return "unsat", None
    if r != z3.sat:
        return "unknown", None
    m = s.model()
    if minimize:   # a canonical witness: the smallest size, then variables False where possible
        c = z3.Solver()
        c.add(M.accepts(R), M.violated(), scope, M.size() == m.eval(M.size()))
        for b in [M.S] + M.sleepy + M.unsafe + [M.edge[k] for k in sorted(M.edge)]:
            c.push()
            c.add(z3.Not(b))
            ok = c.check() == z3.sat
            c.pop()
            c.add(z3.Not(b) if ok else b)
        if c.check() == z3.sat:
            m = c.model()
    t = lambda e: z3.is_true(m.eval(e, model_completion=True))  # noqa: E731
    funcs = []
    for f in range(n):
        edges = [(k, g) for g in range(f + 1, n) for k in EDGE_KINDS if t(M.edge[(f, g, k)])]
        funcs.append({"sleepy": t(M.sleepy[f]), "unsafe": t(M.unsafe[f]), "edges": edges})
    return "sat", Witness(t(M.S), funcs, [t(x) for x in M.reached], [t(x) for x in M.rs],
                          [t(x) for x in M.rn])


# ---------------------------------------------------------------------------------------------
# Synthesis and replay
# ---------------------------------------------------------------------------------------------

def synth_witness(w: Witness, name: str = "sleepable_cex"):
    """An LSM program (lsm.s/file_open when sleepable) with one BPF function per reached model
    function; timer callbacks use the `timers` array (struct { struct bpf_timer t; })."""
    timers = Map("timers", "array", key_size=4, value_size=16, max_entries=1, has_btf=True,
                 timer_off=0, fields=[ValueField("t", 0, 16, "bpf_timer")])
    lpm = Map("lpm", UNSAFE_MAP_TYPE, key_size=8, value_size=8, max_entries=16, flags=1)
    maps = [timers.name, lpm.name]
    b = synth.Builder()
    marks = {"unsafe_lookup": [], "sleepy_call": []}
    fn = lambda i: "main" if i == 0 else f"f{i}"  # noqa: E731
    callbacks = {g for f in w.funcs for k, g in f["edges"] if k in ("loop", "timer", "stimer")}
    global_fns = {g for f in w.funcs for k, g in f["edges"] if k == "gcall"}
    for i, f in enumerate(w.funcs):
        if not w.reached[i]:
            continue
        if i:
            b.func(fn(i), is_global=i in global_fns and i not in callbacks)
        if f["sleepy"]:
            b.label(f"sleepy_{i}")
            marks["sleepy_call"].append(f"sleepy_{i}")
            b.mov(1, 10).addi(1, -16).movi(2, 8).movi(3, 0).call(SLEEPY_HELPER)
        if f["unsafe"]:
            b.movi(1, 0).stx(8, 10, -8, 1).mov(2, 10).addi(2, -8).ld_map(1, maps, lpm.name)
            b.label(f"unsafe_{i}")
            marks["unsafe_lookup"].append(f"unsafe_{i}")
            b.call("map_lookup_elem")
        for k, g in f["edges"]:
            if k in ("call", "gcall"):
                b.movi(1, 0).call_sub(fn(g))
            elif k == "loop":
                b.movi(1, 1).ld_func(2, fn(g)).movi(3, 0).movi(4, 0).call("loop")
            else:
                skip = f"skip_{i}_{g}_{k}"
                b.lookup(maps, timers.name, 0, 7, skip, key_off=-20)
                b.mov(1, 7).ld_map(2, maps, timers.name).movi(3, 1).call("timer_init")
                b.mov(1, 7).ld_func(2, fn(g))
                if k == "timer":
                    b.call("timer_set_callback")
                else:
                    b._add(Insn.make(BPF_JMP | BPF_CALL, 0, 0, 0, SLEEPABLE_CB_HELPER_ID))
                b.mov(1, 7).movi(2, 0).movi(3, 0).call("timer_start")
                b.label(skip)
        b.ret(0)
    prog = b.program(name, "lsm", section="lsm.s/file_open" if w.sleepable else "lsm/file_open",
                     sleepable=w.sleepable, maps=maps, attach_target="file_open",
                     expected_attach_type="lsm_mac")
    return synth.program_file(f"<{name}>", [timers, lpm], [prog]), prog, marks


def replay(w: Witness, name: str = "sleepable_cex") -> dict:
    if any(k == "stimer" for f in w.funcs for k, _ in f["edges"]):
        return {"replayed": None, "reason": "the executor has no sleepable async callback "
                                            "(bpf_wq, or the proposed bpf_timer_set_sleepable_cb)"}
    pfile, prog, marks = synth_witness(w, name)
    res = execute(pfile, prog, ExecInputs())
    fault = res.fault.to_json() if res.fault is not None else None
    unsafe_slots = {prog.labels[lab] for lab in marks["unsafe_lookup"]}
    found = None
    if fault is not None and fault["kind"] == "sleep_in_atomic":
        found = f"slot {fault['insn']}: {fault['message']}"
    else:
        for ev in res.events:
            if ev.kind == "helper" and ev.slot in unsafe_slots and ev.can_sleep:
                found = (f"slot {ev.slot}: {UNSAFE_MAP_TYPE} lookup in a sleepable {ev.context} "
                         "context (not safe under rcu_read_lock_trace)")
                break
    return {"replayed": found is not None, "violation": found, "fault": fault,
            "events": synth.events_json(res.events)[:20], "program": synth.file_text(pfile)}


def program_name(R: Rules) -> str:
    """The synthesised witness's name (also in tests/oracle/proofs)."""
    return "rp_sp_" + synth.slug(R.name)


def refute(R: Rules, within=None) -> Outcome:
    r, w = find(R, within=within)
    if r == "unsat":
        return Outcome.proved()
    if r != "sat":
        return Outcome.unknown("z3 unknown")
    rep = replay(w, program_name(R))
    cex = {"rules": R.name, "witness": w.describe(), "replay": rep}
    if R.callbacks != "per_callback" and any(k == "timer" for f in w.funcs for k, _ in f["edges"]):
        cex["oracle"] = synth.oracle_finding("SP-07")
    elif R.callbacks == "program_wq" and not w.sleepable:
        cex["oracle"] = synth.oracle_finding("SP-WQ")
    if not any(k == "stimer" for f in w.funcs for k, _ in f["edges"]):
        pfile, prog, _ = synth_witness(w, program_name(R))
        cex[f"kernel_{R.kernel}"] = synth.kernel_label(pfile, R.kernel)
        for rs in (R.kernel, verifier_rules(R)):
            v = synth.check_with_verifier(pfile, prog, rules=rs) if rs else None
            if v is not None:
                cex.setdefault("verifier_model", []).append(v)
    return Outcome.refuted(cex, replayed=rep.get("replayed"))


def prove(R: Rules, within=None) -> Outcome:
    r, w = find(R, minimize=False, within=within)
    if r == "unsat":
        return Outcome.proved()
    if r == "unknown":
        return Outcome.unknown("z3 unknown")
    return Outcome.unknown(f"{R.name} admits a violation", counterexample={"witness": w.describe()})


@theorem("SP.proposed",
         f"under per-callback sleepability (timer callbacks non-sleepable, sleepable_cb/wq "
         f"callbacks sleepable, synchronous callees and global subprograms checked in every caller "
         f"context), every program of <= {N_FUNCS} functions with any combination of static/global "
         "calls, bpf_loop callbacks, timer and sleepable callbacks, might-sleep helpers and "
         "maps that the rules accept never runs a might-sleep helper in a non-sleepable context "
         "and touches only rcu_read_lock_trace-safe maps in sleepable contexts (Z3, unsat); the "
         "6.1 and 6.12 rule sets are its mutants", "sleepable", kernels=("6.1", "6.12"))
def sp_proposed() -> Outcome:
    return prove(PROPOSED)


_T = sp_proposed.theorem
_T.mutant("6.1", "the 6.1 rule: sleepability is program-wide, so a timer callback of a sleepable "
          "program is verified as sleepable (SP-07)")(lambda: refute(R61))
_T.mutant("drop-helper-gate", "might-sleep helpers allowed in any context (SP-03 off)")(
    lambda: refute(Rules("no-SP-03", helper_gate=False)))
_T.mutant("drop-map-restriction", "sleepable contexts may use any map type (SP-04 off)")(
    lambda: refute(Rules("no-SP-04", map_restriction=False)))
_T.mutant("callbacks-inherit", "async callbacks inherit the arming program's sleepable flag")(
    lambda: refute(Rules("inherit", callbacks="inherit")))
_T.mutant("6.12", "the 6.12 rules: a timer callback is still verified with the program's flag, so "
          "SP-07 is open on 6.12")(lambda: refute(R612))
_T.mutant("6.12-wq-maps", "the 6.12 rules on programs without bpf_timer callbacks: a bpf_wq callback "
          "of a non-sleepable program is verified sleepable but SP-04 reads the program's flag")(
    lambda: refute(R612, within=lambda M: z3.Not(M.armed("timer"))))


def _outside_612_holes(M: Model):
    return z3.Not(M.holes_612())


@theorem("SP612.holes",
         f"every program of <= {N_FUNCS} functions (static/global calls, bpf_loop, bpf_timer and "
         "bpf_wq callbacks, might-sleep helpers, maps) that the 6.12 rules accept and that runs a "
         "might-sleep helper in a non-sleepable context or touches a map outside SP-04's list in a "
         "sleepable one arms a bpf_timer callback in a sleepable program (SP-07) or a bpf_wq callback "
         "in a non-sleepable one: outside those two shapes 6.12 keeps the property (Z3, unsat)",
         "sleepable-6.12", kernels=("6.12",))
def sp612_holes() -> Outcome:
    return prove(R612, within=_outside_612_holes)


sp612_holes.theorem.mutant("drop-helper-gate", "6.12 without SP-03: might-sleep helpers in any context")(
    lambda: refute(replace(R612, name="no-SP-03", helper_gate=False), within=_outside_612_holes))
sp612_holes.theorem.mutant("drop-map-restriction", "6.12 without SP-04: sleepable programs may use any "
                           "map type")(
    lambda: refute(replace(R612, name="no-SP-04", map_restriction=False), within=_outside_612_holes))


def table_consistency() -> Optional[str]:
    """The model's helper and map choices agree with the shared tables (spec/helpers, SP-04)."""
    if not _might_sleep(SLEEPY_HELPER):
        return f"{SLEEPY_HELPER} is not might-sleep in spec/helpers"
    if _might_sleep("ktime_get_ns"):
        return "ktime_get_ns marked might-sleep"
    if UNSAFE_MAP_TYPE in RCU_TRACE_SAFE:
        return "the unsafe map type is in the safe list"
    return None
