"""bpf_spin_lock discipline: the 6.1 rules SL-04..SL-10 against the semantic property.

The model is a transition system over abstract program steps (`OPS`): a lookup of map element `e`
into a register (fresh verifier id, SL-05), a copy, a scalar write, a constant pointer add,
lock/unlock through a register plus constant, a helper call, a bpf2bpf call, LD_ABS, a load or
store at an offset of a map value, and the final exit. Two states run side by side over the same
steps: the VERIFIER state of 6.1 (`active_spin_lock` = register id, register kinds/ids/offsets)
and the SEMANTIC state (which concrete map element's lock is held). The rules accept a path when
no step is rejected; the property fails when a step breaks the lock discipline on concrete
elements (`violation` kinds below).

Why paths suffice for the main theorem: without state pruning the 6.1 verifier accepts a program
iff it accepts every path, and the property fails iff it fails on some path; so "accepted =>
property" for all programs with paths of <= N steps is exactly "accepted path => property path"
for all step sequences of length <= N (NOP-padded), which Z3 decides by bounded model checking.
Pruning (SL-13) is modelled separately as a diamond (prefix, two arms, shared suffix), and
callback-provided id-0 pointers (SL-14) as an extra step kind.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

import z3

from bpfsmt.proofs import synth
from bpfsmt.proofs.registry import Outcome, theorem
from bpfsmt.spec.kernels import kernel_facts
from bpfsmt.spec.program import Map, ValueField

from bpfsmt.solver.concrete.exec import ExecInputs, execute

OPS = ["nop", "lookup", "cbval", "copy", "scalar", "add", "lock", "unlock", "helper", "call",
       "ldabs", "load", "store"]
OP = {n: i for i, n in enumerate(OPS)}
NREGS = 3                 # abstract registers -> BPF r7, r8, r9 (callee-saved; r6 holds ctx)
BPF_REG = [7, 8, 9]
NELEMS = 2                # map elements (keys 0..NELEMS-1)
KMIN, KMAX = -64, 64      # constant offsets of pointer adds and accesses
VMAX = 64                 # value_size bound
CB_ELEM = 0               # the element a callback's value pointer (R3, id 0) points to
B_ID_BASE = 1000          # ids allocated on the second arm: the verifier's id_gen is global


@dataclass(frozen=True)
class Rules:
    """One lock rule set; 6.1 is the default (`rules_for` derives each kernel's), mutants switch
    one check off."""
    name: str = "6.1"
    kernel: str = "6.1"           # whose oracle labels and verifier model judge its witnesses
    sl04_offset: bool = True      # lock arg must point exactly at spin_lock_off
    sl06_held: bool = True        # unlock without a held lock is rejected
    sl06_match: bool = True       # unlock must name the locked id
    sl07: bool = True             # no calls while held
    sl08: bool = True             # no exit while held
    sl09: bool = True             # no LD_ABS while held
    sl10: str = "overlap"         # "overlap" (6.1), "start" (weakened), "off"
    fresh_ids: bool = True        # SL-05: every lookup gets a fresh id (mutant: one id per map)
    lock_key: str = "id"          # "id": active_spin_lock = id (6.1); "map_id": (map, id) (6.2+)
    prune: str = "raw"            # SL-13: "raw" = 6.1 states_equal; "idmap" = ids via a bijection
    subprog_in_lock: bool = False  # a static bpf2bpf call may run under the lock and return
                                   # holding it; only frame 0's exit must have unlocked (6.12)
    verifier_rules: str = ""      # the same weakening in the verifier model (spec/rules.py), if any


def rules_for(kernel: str) -> Rules:
    """The lock rules of `kernel`, read off its delta rules (spec/deltas.py): SL-LOCK-PTR keys the
    held lock by (map, id), CHECK-IDS prunes through check_ids, SL-SUBPROG lets static calls run
    under the lock."""
    k = kernel_facts(kernel)
    return Rules(name=k.name, kernel=k.name,
                 lock_key="map_id" if "SL-LOCK-PTR" in k.deltas else "id",
                 prune="idmap" if "CHECK-IDS" in k.deltas else "raw",
                 subprog_in_lock="SL-SUBPROG" in k.deltas)


R61 = rules_for("6.1")
R612 = rules_for("6.12")


@dataclass
class Step:
    op: str
    a: int = 0
    b: int = 0
    e: int = 0
    k: int = 0
    sz: int = 8

    def __str__(self):
        r = lambda i: f"r{BPF_REG[i]}"  # noqa: E731
        return {"nop": "nop", "lookup": f"{r(self.a)} = lookup(elem {self.e})",
                "cbval": f"{r(self.a)} = callback value ptr (id 0)",
                "copy": f"{r(self.a)} = {r(self.b)}", "scalar": f"{r(self.a)} = 0",
                "add": f"{r(self.a)} += {self.k}", "lock": f"bpf_spin_lock({r(self.a)} + {self.k})",
                "unlock": f"bpf_spin_unlock({r(self.a)} + {self.k})", "helper": "call helper",
                "call": "call subprog", "ldabs": "r0 = LD_ABS",
                "load": f"load u{self.sz * 8} [{r(self.a)} + {self.k}]",
                "store": f"store u{self.sz * 8} [{r(self.a)} + {self.k}]"}[self.op]


# ---------------------------------------------------------------------------------------------
# Symbolic model
# ---------------------------------------------------------------------------------------------

@dataclass
class Sym:
    """Verifier + semantic state after some steps (z3 terms)."""
    kind: list          # per reg: 0 uninit, 1 scalar, 2 map-value pointer
    elem: list
    rid: list
    off: list
    held_v: object      # verifier: a lock is recorded (6.1: active_spin_lock != 0)
    lid: object         # verifier: the recorded id
    next_id: object
    held: object        # semantic: element whose lock is held, -1 none


def init_state(id_base=1) -> Sym:
    z = z3.IntVal
    return Sym([z(0)] * NREGS, [z(0)] * NREGS, [z(0)] * NREGS, [z(0)] * NREGS,
               z3.BoolVal(False), z(0), z(id_base), z(-1))


@dataclass
class Choice:
    op: object
    a: object
    b: object
    e: object
    k: object
    sz: object


def fresh_choice(tag: str, ops: list[str], bounded: bool = True) -> tuple[Choice, list]:
    """A symbolic step; `bounded=False` leaves elements and offsets unbounded (induction)."""
    op, a, b, e, k, sz = (z3.Int(f"{tag}_{n}") for n in ("op", "a", "b", "e", "k", "sz"))
    cons = [z3.Or(*[op == OP[o] for o in ops]), a >= 0, a < NREGS, b >= 0, b < NREGS, e >= 0,
            z3.Or(sz == 1, sz == 2, sz == 4, sz == 8)]
    if bounded:
        cons += [e < NELEMS, k >= KMIN, k <= KMAX]
    return Choice(op, a, b, e, k, sz), cons


def sel(lst, i):
    """lst[i] for a symbolic index."""
    out = lst[-1]
    for j in range(len(lst) - 2, -1, -1):
        out = z3.If(i == j, lst[j], out)
    return out


def upd(lst, i, v):
    return [z3.If(i == j, v, lst[j]) for j in range(len(lst))]


@dataclass
class Layout:
    vsize: object
    lock_off: object


def step(R: Rules, L: Layout, s: Sym, c: Choice):
    """One step: (rule accepts, semantic violation, next state)."""
    op = c.op
    is_ = lambda n: op == OP[n]  # noqa: E731
    ka, ea, ia, oa = sel(s.kind, c.a), sel(s.elem, c.a), sel(s.rid, c.a), sel(s.off, c.a)
    kb = sel(s.kind, c.b)
    ptr_a = ka == 2
    held_v = s.held_v
    sem_held = s.held != -1
    lockword = z3.And(ptr_a, oa + c.k == L.lock_off)
    # ---- verifier checks (False = rejected here) ----
    calls_ok = z3.Not(held_v) if R.sl07 else z3.BoolVal(True)
    exit_ok = z3.Not(held_v) if R.sl08 else z3.BoolVal(True)
    in_value4 = z3.And(ptr_a, oa + c.k >= 0, oa + c.k + 4 <= L.vsize)
    arg_ok = z3.And(ptr_a, lockword) if R.sl04_offset else in_value4
    lo, hi = oa + c.k, oa + c.k + c.sz
    in_bounds = z3.And(ptr_a, lo >= 0, hi <= L.vsize)   # AL-05, kept in every rule set
    if R.sl10 == "overlap":
        sl10_ok = z3.Not(z3.And(lo < L.lock_off + 4, L.lock_off < hi))
    elif R.sl10 == "start":
        sl10_ok = z3.Not(z3.And(lo >= L.lock_off, lo < L.lock_off + 4))
    else:
        sl10_ok = z3.BoolVal(True)
    if R.lock_key == "id":
        sets_held = ia != 0          # 6.1: active_spin_lock = id; id 0 reads as "no lock"
    else:
        sets_held = z3.BoolVal(True)  # 6.2+: active_lock.ptr = map (non-NULL)
    unlock_ok = z3.And(arg_ok,
                       held_v if R.sl06_held else z3.BoolVal(True),
                       (s.lid == ia) if R.sl06_match else z3.BoolVal(True))
    ok = z3.If(is_("lookup"), z3.And(calls_ok, exit_ok),   # a helper call; its NULL path exits
         z3.If(is_("copy"), kb != 0,
         z3.If(is_("add"), ka != 0,
         z3.If(is_("lock"), z3.And(calls_ok, arg_ok, z3.Not(held_v)),
         z3.If(is_("unlock"), unlock_ok,
         z3.If(is_("helper"), calls_ok,
         z3.If(is_("call"), z3.BoolVal(True) if R.subprog_in_lock
               else z3.And(calls_ok, exit_ok),              # 6.1: the callee's exit checks SL-08 too
         z3.If(is_("ldabs"), z3.Not(held_v) if R.sl09 else z3.BoolVal(True),
         z3.If(z3.Or(is_("load"), is_("store")), z3.And(in_bounds, sl10_ok),
               z3.BoolVal(True))))))))))
    # ---- semantic violations (a bpf2bpf call is none: the callee's steps are the path's) ----
    touches_lock = z3.And(ptr_a, lo < L.lock_off + 4, L.lock_off < hi)
    bad = z3.If(is_("lock"), z3.Or(z3.Not(lockword), sem_held),
          z3.If(is_("unlock"), z3.Or(z3.Not(lockword), s.held != ea),
          z3.If(z3.Or(is_("helper"), is_("ldabs"), is_("lookup")), sem_held,
          z3.If(z3.Or(is_("load"), is_("store")), touches_lock, z3.BoolVal(False)))))
    # ---- next state ----
    new_id = s.next_id if R.fresh_ids else z3.IntVal(1)
    kind, elem, rid, off = s.kind, s.elem, s.rid, s.off
    kind2 = z3.If(is_("lookup"), 2, z3.If(is_("cbval"), 2, z3.If(is_("copy"), kb,
            z3.If(is_("scalar"), 1, ka))))
    elem2 = z3.If(is_("lookup"), c.e, z3.If(is_("cbval"), CB_ELEM,
            z3.If(is_("copy"), sel(elem, c.b), ea)))
    rid2 = z3.If(is_("lookup"), new_id, z3.If(is_("cbval"), 0,
           z3.If(is_("copy"), sel(rid, c.b), ia)))
    off2 = z3.If(z3.Or(is_("lookup"), is_("cbval"), is_("scalar")), 0,
           z3.If(is_("copy"), sel(off, c.b), z3.If(is_("add"), oa + c.k, oa)))
    writes_a = z3.Or(*[is_(n) for n in ("lookup", "cbval", "copy", "scalar", "add")])
    kind = [z3.If(writes_a, v, old) for v, old in zip(upd(kind, c.a, kind2), kind)]
    elem = [z3.If(writes_a, v, old) for v, old in zip(upd(elem, c.a, elem2), elem)]
    rid = [z3.If(writes_a, v, old) for v, old in zip(upd(rid, c.a, rid2), rid)]
    off = [z3.If(writes_a, v, old) for v, old in zip(upd(off, c.a, off2), off)]
    held_v2 = z3.If(is_("lock"), sets_held, z3.If(is_("unlock"), False, held_v))
    lid2 = z3.If(is_("lock"), ia, z3.If(is_("unlock"), 0, s.lid))
    held2 = z3.If(z3.And(is_("lock"), lockword), ea,
            z3.If(z3.And(is_("unlock"), lockword, s.held == ea), -1, s.held))
    nid = z3.If(z3.And(is_("lookup"), R.fresh_ids), s.next_id + 1, s.next_id)
    return ok, bad, Sym(kind, elem, rid, off, held_v2, lid2, nid, held2)


def end(R: Rules, s: Sym):
    ok = z3.Not(s.held_v) if R.sl08 else z3.BoolVal(True)
    return ok, s.held != -1


def layout_constraints(tag="", vmax=VMAX) -> tuple[Layout, list]:
    v, lo = z3.Int(f"value_size{tag}"), z3.Int(f"lock_off{tag}")
    c = [v >= 4, v % 4 == 0, lo >= 0, lo % 4 == 0, lo + 4 <= v]   # BTF structs with a lock: 4-aligned
    return Layout(v, lo), c + ([v <= vmax] if vmax else [])


def run_path(R, L, choices, id_base=1, s=None):
    s = s or init_state(id_base)
    oks, bads = [], []
    for c in choices:
        ok, bad, s = step(R, L, s, c)
        oks.append(ok)
        bads.append(bad)
    return oks, bads, s


def _model_steps(m, choices) -> list[Step]:
    out = []
    for c in choices:
        v = lambda t: m.eval(t, model_completion=True).as_long()  # noqa: E731
        st = Step(OPS[v(c.op)], v(c.a), v(c.b), v(c.e), v(c.k), v(c.sz))
        if st.op != "nop":
            out.append(st)
    return out


def _solve(s: z3.Solver, timeout_ms: int):
    s.set("timeout", timeout_ms)
    return s.check()


def lexmin(s: z3.Solver, terms: list, lo: int = -128, hi: int = 128):
    """Pin a satisfiable `s` to its lexicographically smallest model over `terms` (binary search
    per term), so a counterexample does not depend on Z3's search history."""
    for t in terms:
        a, b = lo, hi
        while a < b:
            mid = (a + b) // 2
            s.push()
            s.add(t <= mid)
            r = s.check()
            s.pop()
            if r == z3.sat:
                b = mid
            else:
                a = mid + 1
        s.add(t == a)
    return s.check()


def _choice_terms(choices) -> list:
    return [x for c in choices for x in (c.op, c.a, c.b, c.e, c.k, c.sz)]


PATH_OPS = [o for o in OPS if o != "cbval"]


def find_path_violation(R: Rules, n: int, ops=PATH_OPS, timeout_ms=60_000):
    """BMC: a path of <= n steps the rules accept on which the property fails.
    Returns ("unsat"|"unknown"|"sat", steps, layout dict, violating step index)."""
    s = z3.Solver()
    L, lc = layout_constraints()
    s.add(*lc)
    choices = []
    for i in range(n):
        c, cons = fresh_choice(f"s{i}", ops)
        s.add(*cons)
        choices.append(c)
    oks, bads, final = run_path(R, L, choices)
    eok, ebad = end(R, final)
    s.add(*oks, eok)
    s.add(z3.Or(*bads, ebad))
    r = _solve(s, timeout_ms)
    if r == z3.unsat:
        return "unsat", None, None, None
    if r != z3.sat:
        return "unknown", None, None, s.reason_unknown()
    lexmin(s, [L.vsize, L.lock_off] + _choice_terms(choices))
    m = s.model()
    steps = _model_steps(m, choices)
    lay = {"value_size": m.eval(L.vsize).as_long(), "lock_off": m.eval(L.lock_off).as_long()}
    return "sat", steps, lay, None


def shortest_violation(R: Rules, nmax: int, ops=PATH_OPS):
    for n in range(1, nmax + 1):
        r, steps, lay, extra = find_path_violation(R, n, ops)
        if r == "sat":
            return steps, lay
        if r == "unknown":
            return None, {"unknown": extra}
    return None, None


# ---------------------------------------------------------------------------------------------
# Concrete re-check of an abstract path (pure Python mirror, for reports and sanity)
# ---------------------------------------------------------------------------------------------

def semantic_violation(steps: list[Step], lay: dict) -> Optional[tuple[int, str]]:
    """Replay the abstract steps on concrete element identities: (index, what) of the first
    violation of the lock discipline, or None."""
    regs: dict[int, Optional[tuple[int, int]]] = {i: None for i in range(NREGS)}
    held = None
    lo = lay["lock_off"]
    for i, st in enumerate(steps):
        r = regs[st.a]
        if st.op == "lookup":
            if held is not None:
                return i, "helper call while holding a lock"
            regs[st.a] = (st.e, 0)
        elif st.op == "cbval":
            regs[st.a] = (CB_ELEM, 0)
        elif st.op == "copy":
            regs[st.a] = regs[st.b]
        elif st.op == "scalar":
            regs[st.a] = None
        elif st.op == "add" and r is not None:
            regs[st.a] = (r[0], r[1] + st.k)
        elif st.op in ("lock", "unlock"):
            if r is None or r[1] + st.k != lo:
                return i, f"{st.op} of a word that is not a bpf_spin_lock"
            if st.op == "lock":
                if held is not None:
                    return i, f"lock of element {r[0]} while element {held} is locked"
                held = r[0]
            else:
                if held != r[0]:
                    return i, (f"unlock of element {r[0]} while "
                               + ("no lock is held" if held is None else f"element {held} is locked"))
                held = None
        elif st.op in ("helper", "ldabs"):
            if held is not None:
                return i, f"{st.op} while holding the lock of element {held}"
        elif st.op in ("load", "store") and r is not None:
            a = r[1] + st.k
            if a < lo + 4 and lo < a + st.sz:
                return i, f"{st.op} of bytes [{a},{a + st.sz}) overlaps the lock word at {lo}"
    if held is not None:
        return len(steps), f"exit holding the lock of element {held}"
    return None


# ---------------------------------------------------------------------------------------------
# Synthesis and replay
# ---------------------------------------------------------------------------------------------

MAP_NAME = "locks"


def lock_map(lay: dict) -> Map:
    v, lo = lay["value_size"], lay["lock_off"]
    return Map(MAP_NAME, "array", key_size=4, value_size=v, max_entries=NELEMS, has_btf=True,
               spin_lock_off=lo, fields=[ValueField("lock", lo, 4, "bpf_spin_lock")])


def emit_steps(b: synth.Builder, steps: list[Step], lay: dict, maps: list[str],
               marks: dict, base: int = 0, cb_reg: int = 6):
    """Append the instructions for `steps`; marks[step index] = label before it."""
    for i, st in enumerate(steps):
        lab = f"step{base + i}"
        b.label(lab)
        marks[base + i] = lab
        ra = BPF_REG[st.a]
        if st.op == "lookup":
            b.lookup(maps, MAP_NAME, st.e, ra, "out")
        elif st.op == "cbval":
            b.mov(ra, cb_reg)
        elif st.op == "copy":
            b.mov(ra, BPF_REG[st.b])
        elif st.op == "scalar":
            b.movi(ra, 0)
        elif st.op == "add":
            b.addi(ra, st.k)
        elif st.op in ("lock", "unlock"):
            b.mov(1, ra)
            if st.k:
                b.addi(1, st.k)
            b.call("spin_lock" if st.op == "lock" else "spin_unlock")
        elif st.op == "helper":
            b.call("ktime_get_ns")
        elif st.op == "call":
            b.call_sub("subprog")
        elif st.op == "ldabs":
            b.ld_abs(1, 0)
        elif st.op == "load":
            b.ldx(st.sz, 0, ra, st.k)
        elif st.op == "store":
            b.movi(0, 0).stx(st.sz, ra, st.k, 0)


def synth_path(steps: list[Step], lay: dict, name="lock_cex"):
    """A sched_cls program running `steps` on map `locks` (array with a bpf_spin_lock)."""
    m = lock_map(lay)
    maps = [m.name]
    b = synth.Builder()
    marks: dict = {}
    b.mov(6, 1)   # ctx in r6 (LD_ABS needs it)
    emit_steps(b, steps, lay, maps, marks)
    b.label(f"step{len(steps)}")
    marks[len(steps)] = f"step{len(steps)}"
    b.label("out").ret(0)
    if any(s.op == "call" for s in steps):
        b.func("subprog").ret(0)
    prog = b.program(name, "sched_cls", section="tc", maps=maps)
    return synth.program_file(f"<{name}>", [m], [prog]), prog, marks


def map_inputs(lay: dict):
    return {MAP_NAME: {e.to_bytes(4, "little"): bytes(lay["value_size"]) for e in range(NELEMS)}}


def lock_events(res) -> list[tuple]:
    """(slot, 'lock'|'unlock'|'helper'|..., element or helper name) from the executor's events."""
    out = []
    for ev in res.events:
        k = synth.ev_kind(ev)
        slot = synth.ev_get(ev, "slot", "insn", "pc")
        if "unlock" in k:
            out.append((slot, "unlock", synth.ev_get(ev, "element", "elem", "identity", "detail")))
        elif "lock" in k:
            out.append((slot, "lock", synth.ev_get(ev, "element", "elem", "identity", "detail")))
        elif "helper" in k or "call" in k:
            name = str(synth.ev_get(ev, "helper", "name", default=""))
            if "spin_lock" in name or "spin_unlock" in name:
                continue
            out.append((slot, "helper", name))
    return out


def replay_violation(pfile, prog, inputs_kw: dict) -> dict:
    """Run the program concretely and evaluate the lock discipline on the run's events."""
    res = execute(pfile, prog, ExecInputs(**inputs_kw))
    evs = lock_events(res)
    held, found = None, None
    for slot, kind, what in evs:
        if kind == "lock":
            if held is not None and found is None:
                found = f"slot {slot}: lock of {what!r} while {held!r} is held"
            held = what
        elif kind == "unlock":
            if held != what and found is None:
                found = f"slot {slot}: unlock of {what!r} while " + (
                    "no lock is held" if held is None else f"{held!r} is held")
            held = None
        elif kind == "helper" and held is not None and found is None:
            found = f"slot {slot}: helper {what} while {held!r} is held"
    if found is None and held is not None:
        found = f"exit while {held!r} is held"
    fault = res.fault.to_json() if res.fault is not None else None
    lock_faults = ("lock_access", "ldabs_locked", "call_locked", "exit_locked", "unlock_other",
                   "unlock_none", "lock_twice")
    if fault is not None and (fault.get("kind") in lock_faults or (
            fault.get("kind") == "helper_arg" and "bpf_spin_lock" in fault.get("message", ""))):
        # the executor enforces the discipline at run time: its fault IS the violation
        found = f"executor fault {fault['kind']} at slot {fault['insn']}: {fault['message']}"
    elif fault is not None:
        found = None   # the run died of something else: the replay does not confirm
    return {"replayed": found is not None, "violation": found, "fault": fault,
            "events": synth.events_json(res.events)[:40], "path": list(res.path)[:200]}


def program_name(R: Rules) -> str:
    """The synthesised program's name (also its name in tests/oracle/proofs)."""
    import re
    return "rp_" + re.sub(r"[^a-z0-9]+", "_", R.name.lower()).strip("_")


def refute_path_mutant(R: Rules, nmax: int, ops=PATH_OPS) -> Outcome:
    steps, lay = shortest_violation(R, nmax, ops)
    if steps is None:
        if lay and "unknown" in lay:
            return Outcome.unknown(f"z3: {lay['unknown']}")
        return Outcome.unknown(f"no counterexample within {nmax} steps (mutant not refuted)")
    why = semantic_violation(steps, lay)
    pfile, prog, _ = synth_path(steps, lay, name=program_name(R))
    rep = replay_violation(pfile, prog, {"maps": map_inputs(lay), "packet": bytes(64)})
    cex = {"rules": R.name, "steps": [str(s) for s in steps], "layout": lay,
           "violation": why[1] if why else None, "program": synth.file_text(pfile), "replay": rep,
           f"kernel_{R.kernel}": synth.kernel_label(pfile, R.kernel)}
    for rs in (R.kernel, R.verifier_rules):
        v = synth.check_with_verifier(pfile, prog, rules=rs) if rs else None
        if v is not None:
            cex.setdefault("verifier_model", []).append(v)
    if why is None:   # the abstract model and its concrete mirror disagree: never claim a refutation
        return Outcome.unknown("model counterexample does not violate the concrete mirror", counterexample=cex)
    return Outcome.refuted(cex, replayed=rep["replayed"])


# ---------------------------------------------------------------------------------------------
# Theorem SL.sound: the 6.1 rules imply the lock discipline, for paths of ANY length
# ---------------------------------------------------------------------------------------------

IND_REGS = 4          # registers in the inductive proof (elements: unbounded)


def invariant(s: Sym, id0: bool = False):
    """What the verifier state guarantees about concrete elements: equal ids name the same
    element, ids are below id_gen, and a recorded lock id names the held element. Id 0 exists
    only with callback value pointers (`id0`), and then names the callback's element."""
    n = len(s.kind)
    c = [s.next_id >= 1, s.held >= -1, s.held_v == (s.held != -1),
         z3.Implies(s.held_v, z3.And(s.lid >= 0, s.lid < s.next_id)),
         z3.Implies(z3.And(s.held_v, s.lid == 0), s.held == CB_ELEM)]
    for r in range(n):
        ptr = s.kind[r] == 2
        c += [s.kind[r] >= 0, s.kind[r] <= 2,
              z3.Implies(ptr, z3.And(s.rid[r] >= (0 if id0 else 1), s.rid[r] < s.next_id,
                                     s.elem[r] >= 0)),
              z3.Implies(z3.And(ptr, s.rid[r] == 0), s.elem[r] == CB_ELEM),
              z3.Implies(z3.And(ptr, s.held_v, s.rid[r] == s.lid), s.elem[r] == s.held)]
        for q in range(r + 1, n):
            c.append(z3.Implies(z3.And(ptr, s.kind[q] == 2, s.rid[r] == s.rid[q]),
                                s.elem[r] == s.elem[q]))
    return z3.And(*c)


def sym_state(tag: str, n: int) -> Sym:
    v = lambda nm: [z3.Int(f"{tag}_{nm}{r}") for r in range(n)]  # noqa: E731
    return Sym(v("kind"), v("elem"), v("rid"), v("off"), z3.Bool(f"{tag}_heldv"),
               z3.Int(f"{tag}_lid"), z3.Int(f"{tag}_nid"), z3.Int(f"{tag}_held"))


def prove_inductive(R: Rules, ops, nregs=IND_REGS, timeout_ms=60_000):
    """1-induction: Init => Inv; Inv and step accepted => no violation and Inv'; Inv and exit
    accepted => no lock held. Returns "proved", "cti" (not inductive) or "unknown"."""
    global NREGS
    saved = NREGS
    NREGS = nregs
    try:
        L, lc = layout_constraints("_i", vmax=None)
        s0 = init_state()
        s0 = Sym([z3.IntVal(0)] * nregs, [z3.IntVal(0)] * nregs, [z3.IntVal(0)] * nregs,
                 [z3.IntVal(0)] * nregs, s0.held_v, s0.lid, s0.next_id, s0.held)
        st = sym_state("i", nregs)
        c, cons = fresh_choice("ind", ops, bounded=False)
        ok, bad, st2 = step(R, L, st, c)
        eok, ebad = end(R, st)
        id0 = "cbval" in ops
        inv = lambda x: invariant(x, id0)  # noqa: E731
        goals = [inv(s0), z3.Implies(z3.And(inv(st), ok), z3.And(z3.Not(bad), inv(st2))),
                 z3.Implies(z3.And(inv(st), eok), z3.Not(ebad))]
        s = z3.Solver()
        s.add(*lc, *cons)
        s.add(z3.Not(z3.And(*goals)))
        r = _solve(s, timeout_ms)
    finally:
        NREGS = saved
    if r == z3.unsat:
        return "proved"
    return "cti" if r == z3.sat else "unknown"


def check_rules(R: Rules, ops=PATH_OPS, nmax=6) -> Outcome:
    """Prove the discipline for R by induction; failing that, find (BMC), synthesise and replay
    the shortest violating path."""
    r = prove_inductive(R, ops)
    if r == "proved":
        return Outcome.proved()
    out = refute_path_mutant(R, nmax, ops)
    if out.status == "unknown":
        out.reason = f"induction: {r}; {out.reason}"
    return out


@theorem("SL.sound",
         f"every path of ANY length of abstract steps ({', '.join(PATH_OPS[1:])}) over {IND_REGS} "
         "registers, any number of elements of one lock-carrying map, any value_size/lock offset "
         "(symbolic) and any constant offsets that the 6.1 rules SL-04..SL-10 accept keeps the lock "
         "discipline on concrete elements (Z3: 1-inductive invariant relating ids to elements; "
         "without pruning a program is accepted iff all its paths are)", "lock")
def sl_sound() -> Outcome:
    return check_rules(R61)


@theorem("SL.sound_bmc",
         f"cross-check of SL.sound by bounded model checking: no path of <= 5 steps over {NREGS} "
         f"registers and {NELEMS} elements, value_size <= {VMAX}, offsets in [{KMIN},{KMAX}], is "
         "accepted by the 6.1 rules and breaks the lock discipline (Z3, unsat)", "lock")
def sl_sound_bmc() -> Outcome:
    r, steps, lay, extra = find_path_violation(R61, 5)
    if r == "unsat":
        return Outcome.proved()
    if r == "unknown":
        return Outcome.unknown(f"z3: {extra}")
    return Outcome.unknown("6.1 rules admit a violating path",
                           counterexample={"steps": [str(s) for s in steps], "layout": lay})


sl_sound_bmc.theorem.mutant("drop-SL-07", "helper and bpf2bpf calls allowed while a lock is held")(
    lambda: refute_path_mutant(replace(R61, name="no-SL-07", sl07=False), 5))

_T = sl_sound.theorem
MUTANT_N = 6

def mutant_rules(base: Rules) -> list:
    """(name, description, rules): `base` with one check weakened; `verifier_rules` names the same
    weakening of the verifier model on base's kernel (spec/rules.py)."""
    vr = lambda rule: f"{base.kernel}-no-{rule}"  # noqa: E731
    return [
        ("drop-SL-06-id-match", "bpf_spin_unlock accepts any pointer while a lock is held",
         replace(base, name="no-SL-06-match", sl06_match=False, verifier_rules=vr("SL-06"))),
        ("drop-SL-06-held", "bpf_spin_unlock accepted when no lock is held",
         replace(base, name="no-SL-06-held", sl06_held=False, sl06_match=False, verifier_rules=vr("SL-06"))),
        ("drop-SL-07", "helper and bpf2bpf calls allowed while a lock is held",
         replace(base, name="no-SL-07", sl07=False, verifier_rules=vr("SL-07"))),
        ("drop-SL-08", "exit allowed while a lock is held",
         replace(base, name="no-SL-08", sl08=False, verifier_rules=vr("SL-08"))),
        ("drop-SL-09", "LD_ABS/LD_IND allowed while a lock is held",
         replace(base, name="no-SL-09", sl09=False, verifier_rules=vr("SL-09"))),
        ("drop-SL-10", "no lock-word check on loads/stores",
         replace(base, name="no-SL-10", sl10="off", verifier_rules=vr("SL-10"))),
        ("weaken-SL-10-start", "SL-10 tests only whether the access STARTS inside the lock word",
         replace(base, name="SL-10-start", sl10="start")),
        ("drop-SL-04-offset", "bpf_spin_lock accepts a map-value pointer at any constant offset",
         replace(base, name="no-SL-04-off", sl04_offset=False, verifier_rules=vr("SL-04"))),
        ("SL-05-id-per-map", "lookups of one map share one id instead of a fresh id each",
         replace(base, name="SL-05-shared-id", fresh_ids=False)),
    ]


MUTANT_RULES = mutant_rules(R61)
for _name, _desc, _rules in MUTANT_RULES:
    _T.mutant(_name, _desc)((lambda R: (lambda: check_rules(R, PATH_OPS, MUTANT_N)))(_rules))


# ---------------------------------------------------------------------------------------------
# SL-13: pruning compares active_spin_lock as a raw integer and ignores map-value ids
# ---------------------------------------------------------------------------------------------

DIAMOND = (3, 1, 1, 1)    # prefix, arm A (fall-through), arm B (taken), suffix


def _equiv(R: Rules, sa: Sym, sb: Sym):
    """states_equal at the join: old = A (explored first), cur = B. All registers compared
    (the kernel compares only live ones, so it prunes at least as often as this)."""
    conds = []
    for r in range(NREGS):
        ka, kb = sa.kind[r], sb.kind[r]
        same_kind = z3.Or(ka == kb, ka == 0)      # old uninit: anything is safe (not read)
        conds.append(z3.If(ka == 2, z3.And(kb == 2, sa.off[r] == sb.off[r]), same_kind))
    if R.prune == "raw":
        conds.append(sa.held_v == sb.held_v)
        conds.append(sa.lid == sb.lid)
    else:
        # ids related by a bijection across registers and the lock, id 0 only to id 0 (6.11
        # check_ids)
        ids_a = [sa.rid[r] for r in range(NREGS)] + [sa.lid]
        ids_b = [sb.rid[r] for r in range(NREGS)] + [sb.lid]
        live = [sa.kind[r] == 2 for r in range(NREGS)] + [sa.held_v]
        conds.append(sa.held_v == sb.held_v)
        conds += [z3.Implies(live[i], (ids_a[i] == 0) == (ids_b[i] == 0)) for i in range(len(ids_a))]
        for i in range(len(ids_a)):
            for j in range(len(ids_a)):
                conds.append(z3.Implies(z3.And(live[i], live[j]),
                                        (ids_a[i] == ids_a[j]) == (ids_b[i] == ids_b[j])))
    return z3.And(*conds)


def find_prune_violation(R: Rules, shape=DIAMOND, timeout_ms=60_000):
    """A diamond program the rules accept WITH pruning at the join whose pruned arm breaks the
    property. Arm A is explored first (fall-through); B is pruned at the join if equivalent."""
    np_, na, nb, ns = shape
    s = z3.Solver()
    L, lc = layout_constraints()
    s.add(*lc)
    mk = lambda tag, n: [fresh_choice(f"{tag}{i}", PATH_OPS) for i in range(n)]  # noqa: E731
    P, A, B, S = mk("p", np_), mk("a", na), mk("b", nb), mk("x", ns)
    for c, cons in P + A + B + S:
        s.add(*cons)
    cP, cA, cB, cS = ([c for c, _ in X] for X in (P, A, B, S))
    okP, badP, sP = run_path(R, L, cP)
    okA, badA, sA = run_path(R, L, cA, s=sP)
    # arm B: the verifier's id_gen continues after A+S was explored: ids far from A's
    sPb = replace(sP, next_id=sP.next_id + B_ID_BASE)
    okB, badB, sB = run_path(R, L, cB, s=sPb)
    okAS, badAS, sAS = run_path(R, L, cS, s=sA)
    okBS, badBS, sBS = run_path(R, L, cS, s=sB)
    eA, ebA = end(R, sAS)
    eB, ebB = end(R, sBS)
    pruned = _equiv(R, sA, sB)
    s.add(*okP, *okA, *okB, *okAS, eA)
    s.add(z3.Or(pruned, z3.And(*okBS, eB)))
    s.add(z3.Or(*badP, *badA, *badAS, ebA, *badB, *badBS, ebB))
    r = _solve(s, timeout_ms)
    if r == z3.unsat:
        return "unsat", None
    if r != z3.sat:
        return "unknown", s.reason_unknown()
    lexmin(s, [L.vsize, L.lock_off] + _choice_terms(cP + cA + cB + cS))
    m = s.model()
    res = {k: _model_steps(m, v) for k, v in (("prefix", cP), ("arm_a", cA), ("arm_b", cB),
                                             ("suffix", cS))}
    res["layout"] = {"value_size": m.eval(L.vsize).as_long(), "lock_off": m.eval(L.lock_off).as_long()}
    res["pruned"] = z3.is_true(m.eval(pruned, model_completion=True))
    return "sat", res


def synth_diamond(d: dict, name="sl13_prune"):
    """prefix; if (prandom != 0) goto B; A; goto join; B: ...; join: padding; prune point;
    suffix; exit. The shape follows what Debian's 6.1 accepted in the oracle
    (tests/oracle/FINDINGS.md, `sl13_join_unlock_other_padded2`): a state is only stored when
    >= 2 jumps and >= 8 insns passed since the last one (add_new_state), so ten ALU insns and a
    conditional jump after the join make 6.1 store A's state there; B is then pruned."""
    lay = d["layout"]
    m = lock_map(lay)
    maps = [m.name]
    b = synth.Builder()
    marks: dict = {}
    b.mov(6, 1)
    b.call("get_prandom_u32")
    b.stx(8, 10, -16, 0)
    emit_steps(b, d["prefix"], lay, maps, marks, base=0)
    b.ldx(8, 1, 10, -16)
    b.jne(1, 0, "arm_b")
    emit_steps(b, d["arm_a"], lay, maps, marks, base=100)
    b.ja("join")
    b.label("arm_b")
    emit_steps(b, d["arm_b"], lay, maps, marks, base=200)
    b.label("join")
    for _ in range(10):
        b.movi(0, 0)
    b.ldx(8, 1, 10, -16)
    b.jcond(0x20, 1, 100, "prune_point")      # if r1 > 100 goto prune_point (both ways)
    b.label("prune_point")
    emit_steps(b, d["suffix"], lay, maps, marks, base=300)
    b.label("out").ret(0)
    if any(s.op == "call" for k in ("prefix", "arm_a", "arm_b", "suffix") for s in d[k]):
        b.func("subprog").ret(0)
    prog = b.program(name, "sched_cls", section="tc", maps=maps)
    return synth.program_file(f"<{name}>", [m], [prog]), prog


def prove_prune_simulation(R: Rules, nregs: int = IND_REGS, timeout_ms: int = 60_000,
                           ops=PATH_OPS) -> str:
    """Pruning is sound for R iff the states_equal relation is a simulation for the rules: if the
    explored state A and the pruned state B are equivalent (and both satisfy the SL.sound
    invariant), every step A accepts B accepts, the successors are equivalent again, and an exit
    A accepts B accepts. Then the pruned path is one the non-pruning verifier accepts, and
    SL.sound gives the property on it. Any program, any number of prunings (1-induction)."""
    global NREGS
    saved, NREGS = NREGS, nregs
    try:
        L, lc = layout_constraints("_s", vmax=None)
        sa, sb = sym_state("sa", nregs), sym_state("sb", nregs)
        c, cons = fresh_choice("sim", ops, bounded=False)
        oka, _, sa2 = step(R, L, sa, c)
        okb, _, sb2 = step(R, L, sb, c)
        id0 = "cbval" in ops
        pre = z3.And(invariant(sa, id0), invariant(sb, id0), _equiv(R, sa, sb))
        goal = z3.And(z3.Implies(z3.And(pre, oka), z3.And(okb, _equiv(R, sa2, sb2))),
                      z3.Implies(z3.And(pre, end(R, sa)[0]), end(R, sb)[0]))
        s = z3.Solver()
        s.add(*lc, *cons, z3.Not(goal))
        r = _solve(s, timeout_ms)
    finally:
        NREGS = saved
    return "proved" if r == z3.unsat else ("cti" if r == z3.sat else "unknown")


@theorem("SL.prune",
         "with states_equal comparing ids through a bijection (6.11 check_ids) instead of as raw "
         "integers, state pruning keeps the lock discipline for every program and any number of "
         f"prunings: the relation is a simulation for the 6.1 rules ({IND_REGS} registers, Z3 "
         "1-induction) and pruned paths are then accepted paths (SL.sound)", "lock")
def sl_prune_fixed() -> Outcome:
    r = prove_prune_simulation(replace(R61, name="idmap", prune="idmap"))
    if r != "proved":
        return Outcome.unknown(f"simulation: {r}")
    base = check_rules(R61)
    return base if base.status != "proved" else Outcome.proved()


def refute_sl13(base: Rules = R61) -> Outcome:
    """`base` with 6.1's raw-id states_equal: the SL-13 witness, synthesised and replayed."""
    R = replace(base, prune="raw")
    if prove_prune_simulation(R) == "proved":
        return Outcome.proved()
    r, d = find_prune_violation(R)
    if r != "sat":
        return Outcome.unknown(f"no SL-13 witness found ({r}: {d})")
    pfile, prog = synth_diamond(d, name="rp_sl13_prune")
    # the pruned arm B is the taken branch: prandom != 0
    rep = replay_violation(pfile, prog, {"maps": map_inputs(d["layout"]), "packet": bytes(64),
                                         "helper_returns": {"get_prandom_u32": [1]}})
    cex = {"rules": f"{base.name} with SL-13 raw-id pruning",
           **{k: [str(s) for s in d[k]] for k in ("prefix", "arm_a", "arm_b", "suffix")},
           "layout": d["layout"], "pruned_at_join": d["pruned"],
           "verdict": "raw-id pruning is UNSOUND here: arm B is pruned at the join although its "
                      "pointer names another element, so the suffix's unlock is never checked on it",
           "program": synth.file_text(pfile), "replay": rep,
           f"kernel_{base.kernel}": synth.kernel_label(pfile, base.kernel),
           "oracle": oracle_finding("SL-13")}
    v = synth.check_with_verifier(pfile, prog, rules=base.kernel)
    if v is not None:
        cex["verifier"] = v
    return Outcome.refuted(cex, replayed=rep["replayed"])


sl_prune_fixed.theorem.mutant("6.1-SL-13-raw-ids",
                              "6.1 states_equal: active_spin_lock compared as a raw int, map-value "
                              "ids ignored by regsafe")(refute_sl13)


# ---------------------------------------------------------------------------------------------
# SL-14: a callback's map-value pointer has id 0; 6.1 stores active_spin_lock = 0 = "no lock"
# ---------------------------------------------------------------------------------------------

CB_OPS = ["nop", "lookup", "cbval", "copy", "scalar", "add", "lock", "unlock", "helper", "call",
          "load", "store"]
N_CB = 6


@theorem("SL.callback_ptr",
         "in a callback (R3 = value pointer with id 0) every path of any length that rules "
         "tracking the lock as (map, id) (6.2+ active_lock) accept keeps the lock discipline "
         f"({IND_REGS} registers, any number of elements; Z3 1-induction)", "lock")
def sl_callback_fixed() -> Outcome:
    return check_rules(replace(R61, name="map_id", lock_key="map_id"), CB_OPS, N_CB)


def synth_callback(steps: list[Step], lay: dict, name="sl14_cb"):
    """main: bpf_for_each_map_elem(&locks, cb, 0, 0); cb(map, key, value, ctx): steps on R3."""
    m = lock_map(lay)
    maps = [m.name]
    b = synth.Builder()
    b.ld_map(1, maps, MAP_NAME)
    b.ld_func(2, "cb")
    b.movi(3, 0).movi(4, 0)
    b.call("for_each_map_elem")
    b.ret(0)
    b.func("cb")
    b.mov(6, 3)      # the value pointer (id 0) lives in r6 for the callback's steps
    marks: dict = {}
    emit_steps(b, steps, lay, maps, marks)
    b.label("out").ret(0)
    if any(s.op == "call" for s in steps):
        b.func("subprog").ret(0)
    prog = b.program(name, "sched_cls", section="tc", maps=maps)
    return synth.program_file(f"<{name}>", [m], [prog]), prog


def refute_sl14(base: Rules = R61) -> Outcome:
    """`base` with 6.1's lock key (the id alone): the SL-14 witness, synthesised and replayed."""
    R = replace(base, name=f"{base.name} (SL-14)", lock_key="id")
    if prove_inductive(R, CB_OPS) == "proved":
        return Outcome.proved()
    steps, lay = shortest_violation(R, N_CB, CB_OPS)
    if steps is None:
        return Outcome.unknown(f"no SL-14 witness found: {lay}")
    why = semantic_violation(steps, lay)
    pfile, prog = synth_callback(steps, lay, name="rp_sl14_callback")
    rep = replay_violation(pfile, prog, {"maps": map_inputs(lay)})
    cex = {"rules": f"{base.name} with the SL-14 lock key (id 0 of a callback pointer)",
           "callback_steps": [str(s) for s in steps],
           "layout": lay, "violation": why[1] if why else None,
           "verdict": "keying the lock by the id is UNSOUND here: locking through the callback's id-0 "
                      "value pointer records active_spin_lock = 0, i.e. no lock, so SL-07/SL-08 never fire",
           "program": synth.file_text(pfile), "replay": rep, "oracle": oracle_finding("SL-14"),
           f"kernel_{base.kernel}": synth.kernel_label(pfile, base.kernel)}
    v = synth.check_with_verifier(pfile, prog, rules=base.kernel)
    if v is not None:
        cex["verifier"] = v
    return Outcome.refuted(cex, replayed=rep["replayed"])


sl_callback_fixed.theorem.mutant("6.1-SL-14-id0",
                                 "6.1 process_spin_lock: active_spin_lock = reg->id, which is 0 "
                                 "for callback value pointers")(refute_sl14)


# ---------------------------------------------------------------------------------------------
# Linux 6.12: its own rule set (rules_for("6.12"), from spec/deltas.py); SL-13 and SL-14 closed
# ---------------------------------------------------------------------------------------------

@theorem("SL612.sound",
         f"every path of ANY length of abstract steps ({', '.join(OPS[1:])}) over {IND_REGS} registers "
         "- main-program steps and a callback's id-0 value pointer alike - any number of elements, "
         "any value_size/lock offset and constant offsets that the 6.12 rules accept (lock held as "
         "(map, id), static bpf2bpf calls under the lock, unlock checked at frame 0's exit) keeps the "
         "lock discipline (Z3 1-induction); so SL-14 is closed on 6.12", "lock-6.12", kernels=("6.12",))
def sl612_sound() -> Outcome:
    return check_rules(R612, OPS, MUTANT_N)


MUTANT_RULES_612 = mutant_rules(R612)
for _name, _desc, _rules in MUTANT_RULES_612:
    sl612_sound.theorem.mutant(_name, _desc)(
        (lambda R: (lambda: check_rules(R, PATH_OPS, MUTANT_N)))(_rules))
sl612_sound.theorem.mutant("6.1-SL-14-id0", "6.12 with 6.1's lock key: active_spin_lock = reg->id, 0 for "
                           "a callback's value pointer")(lambda: refute_sl14(R612))


@theorem("SL612.prune",
         "state pruning with 6.12's states_equal (check_ids over map-value ids and the held lock's id) "
         "keeps the lock discipline for every program the 6.12 rules accept and any number of "
         f"prunings: the relation is a simulation for the 6.12 rules over all steps ({IND_REGS} "
         "registers, Z3 1-induction), pruned paths are then accepted paths (SL612.sound); so SL-13 is "
         "closed on 6.12", "lock-6.12", kernels=("6.12",))
def sl612_prune() -> Outcome:
    r = prove_prune_simulation(R612, ops=OPS)
    if r != "proved":
        return Outcome.unknown(f"simulation: {r}")
    base = check_rules(R612, OPS, MUTANT_N)
    return base if base.status != "proved" else Outcome.proved()


sl612_prune.theorem.mutant("6.1-SL-13-raw-ids", "6.12 with 6.1's states_equal: the held lock's id "
                           "compared as a raw int, map-value ids ignored")(lambda: refute_sl13(R612))


def oracle_finding(rule: str) -> str:
    return synth.oracle_finding(rule)
