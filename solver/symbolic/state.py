"""Symbolic states, their merging at join points, and what a lowering produces (obligations,
outcomes, loop-bound events)."""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple, Optional

import z3

from bpfsmt.spec import faults as F
from bpfsmt.spec.program import Program
from bpfsmt.spec.vocab import RegType as T

from bpfsmt.solver.symbolic.liveness import ALL_REGS, CALLER_SAVED
from bpfsmt.solver.symbolic.values import (FALSE, TRUE, MapChoice, Ptr, as_int, bv, cval, guard,
                                           guard_term, joins_maps, map_options,
                                           is_const_false, is_const_true, is_value, ite,
                                           merge_val, mk_and, mk_if, queued, count0, shape_of,
                                           signed,
                                           simp)

# ---------------------------------------------------------------------------------------------
# Obligations and outcomes
# ---------------------------------------------------------------------------------------------

@dataclass
class Obligation:
    """`cond` is satisfiable iff some input makes the program fault here: path condition, no
    earlier fault on the path, and the check failing. `args` are message arguments (ints or
    z3 terms evaluated in the counterexample)."""
    slot: int
    kind: str
    cond: Any
    args: tuple = ()
    regs: dict = field(default_factory=dict)   # reg -> value at the faulting insn (for --explain)
    note: str = ""
    template: str = ""      # the kernel's wording when it differs from the fault kind's
    prog: str = ""          # the tail-call target it lies in ("": the checked program)

    @property
    def rule(self) -> str:
        return F.KINDS[self.kind].rule

    def message(self, model=None) -> str:
        vals = []
        for a in self.args:
            if isinstance(a, (int, str)):
                vals.append(a)
            elif model is not None:
                v = model.eval(a, model_completion=True)
                vals.append(signed(v.as_long(), a.size()) if is_value(v) else str(v))
            else:
                x = as_int(a)
                vals.append(signed(x, a.size()) if x is not None else "?")
        t = self.template or F.KINDS[self.kind].template
        try:
            return t % tuple(vals) if vals else t
        except (TypeError, ValueError):
            return t

    def label(self) -> str:
        where = f" of {self.prog}" if self.prog else ""
        return f"{self.rule} {self.kind} at insn {self.slot}{where}"


@dataclass
class Outcome:
    """A path reaching the main program's exit."""
    slot: int
    pc: Any
    r0: Any               # Scalar / Ptr / None
    mem: "Memory"


@dataclass
class BoundEvent:
    """A path that may run past the loop bound or the exploration budget."""
    slot: int
    pc: Any
    reason: str


# ---------------------------------------------------------------------------------------------
# State
# ---------------------------------------------------------------------------------------------

class SByte:
    """One stack byte: a data byte with its initialised condition, or byte `i` of a spilled
    pointer (the verifier's STACK_SPILL). After a join with a path that wrote data there or
    nothing, the pointer's `undef` says when the slot holds that data (`val`, `init`) instead:
    a load of the slot splits the state there (`RegionOps.split_spill`)."""
    __slots__ = ("val", "init", "ptr", "i")

    def __init__(self, val=None, init=TRUE, ptr=None, i=0):
        if ptr is not None and val is None:
            val, init = _ZERO8, FALSE
        self.val, self.init, self.ptr, self.i = val, init, ptr, i

    def shape(self):
        return ("p", shape_of(self.ptr), self.i) if self.ptr is not None else "d"


_ZERO8 = bv(0, 8)


class Frame:
    __slots__ = ("regs", "stack", "ret_slot", "fno", "start", "loop")

    def __init__(self, regs, stack, ret_slot, fno, start, loop=None):
        self.regs, self.stack, self.ret_slot, self.fno, self.start = regs, stack, ret_slot, fno, start
        # a bpf_loop callback frame: (helper slot, iteration, nr_loops, callback ctx, target)
        self.loop = loop

    def copy(self):
        return Frame(list(self.regs), dict(self.stack), self.ret_slot, self.fno, self.start,
                     self.loop)


class LogJoin:
    """The writes two joined paths made after their common prefix: those of `a` where `c`
    holds, those of `b` elsewhere. One item in the log instead of a guarded copy of every
    entry of both sides (which a Cilium program with long map-value logs paid at every join,
    in memory as much as in time)."""
    __slots__ = ("c", "a", "b", "_touches", "presence")

    def __init__(self, c, a: tuple, b: tuple):
        self.c, self.a, self.b = c, a, b
        self._touches = None
        # (map, key id, incoming presence id) -> (key, incoming, outgoing presence): a join
        # is shared by every later state of both paths, and they look the same keys up again
        self.presence: dict = {}

    def touches(self) -> dict:
        """What the entries under this join can change, computed once: {part: the constant
        places, or None when one is not constant}. The part is the map or ringbuf record an
        entry names (None in the ctx and packet logs), the place its offset (its key in the
        presence log)."""
        if self._touches is None:
            t: dict = {}
            for side in (self.a, self.b):
                _add_touches(t, side)
            self._touches = t
        return self._touches


def _add_touches(t: dict, log: tuple):
    for e in log:
        if type(e) is LogJoin:
            for part, offs in e.touches().items():
                if part not in t:
                    t[part] = set(offs) if offs is not None else None
                elif t[part] is not None:
                    if offs is None:
                        t[part] = None
                    else:
                        t[part] |= offs
            continue
        part = e[0] if len(e) > 3 else None
        if part in t and t[part] is None:
            continue
        off = cval(e[-3])           # None too for a loop summary's HAVOC (every offset)
        if off is None:
            t[part] = None
        else:
            t.setdefault(part, set()).add(off)


class _LruDrop:
    """The key of a presence-log entry standing for 'the keys an LRU node pop drops': its
    value is an array of the dropped keys, its guard whether the pop evicts."""

    def __repr__(self):
        return "LRU_DROP"


LRU_DROP = _LruDrop()


def log_parts(log: tuple) -> set:
    """The maps (ringbuf records) a write or presence log names."""
    out = set()
    for e in log:
        out |= e.touches().keys() if type(e) is LogJoin else {e[0]}
    return out


def log_entries(log: tuple, cond=TRUE):
    """The entries of a write log oldest first, each with the condition under which it was
    written (`cond`, the joins it lies under and its own guard, as one term)."""
    for e in log:
        if type(e) is LogJoin:
            yield from log_entries(e.a, _and(cond, e.c))
            yield from log_entries(e.b, _and(cond, z3.Not(e.c)))
        else:
            yield e[:-1] + (_and(cond, guard_term(e[-1])),)


@dataclass
class Memory:
    """Write logs of the input-backed regions. Entries are shared between states (tuples), so
    a merge can find the common prefix by identity; a join appends a LogJoin."""
    ctx: tuple = ()       # (off, byte, guard)
    pkt: tuple = ()       # (off, byte, guard)
    mapw: tuple = ()      # (map, key, off, byte, guard)
    mapp: tuple = ()      # (map, key, present Bool, guard)   update / delete
    buf: tuple = ()       # (record rid, off, byte, guard)    reserved ringbuf records
    keys: dict = field(default_factory=dict)   # map_value rid -> key bit-vector
    # (meta, data, end) packet offsets once bpf_xdp_adjust_* moved them, in the coordinates
    # of the original data (0) whose bytes are the packet input; None = unmoved (0, 0, len)
    layout: Optional[tuple] = None
    # queue / stack maps the path pushed to or popped from: name -> (head, tail), the u32
    # positions of the oldest element and past the newest (initially 0 and `queued(name)`)
    queues: dict = field(default_factory=dict)
    # hash maps the path inserted into or deleted from: name -> its element count (BV32),
    # initially the input `count0:<name>` (env.count0)
    counts: dict = field(default_factory=dict)

    def copy(self):
        return Memory(self.ctx, self.pkt, self.mapw, self.mapp, self.buf, dict(self.keys),
                      self.layout, dict(self.queues), dict(self.counts))


class TimerEvent(NamedTuple):
    """A bpf_timer helper call on the path: `kind` init | cb | start | cancel on the timer of
    element (`map`, `key`), effective when `guard` holds; `target` is a callback's (program,
    slot)."""
    kind: str
    map: str
    key: Any
    target: Any
    guard: Any


class Count(NamedTuple):
    """How many times a helper ran before, in a merged state whose paths disagree: the term
    (BV64) lies in [lo, hi]. The k-th result is the input helper_returns[name][k] on every
    path, so after a join the next result is the one the term selects."""
    lo: int
    hi: int
    term: Any


# call counters that name something (reference ids, the tail call limit) stay exact: states
# whose counts differ do not merge. After a loop summary whose trips make tail calls, the
# count is "tail_call" plus the term TAIL_CALLS_BEFORE (u32): the attempts of the trips the
# summary stands for (at most MAX_TAIL_CALL_CNT in all, as the count stops there)
TAIL_CALLS_BEFORE = "tail_call:before"
EXACT_COUNTS = ("acquire", "tail_call", TAIL_CALLS_BEFORE)


def _merge_count(c, x, y):
    if x == y and isinstance(x, int):
        return x
    tx = bv(x) if isinstance(x, int) else x.term
    ty = bv(y) if isinstance(y, int) else y.term
    lo = min(x if isinstance(x, int) else x.lo, y if isinstance(y, int) else y.lo)
    hi = max(x if isinstance(x, int) else x.hi, y if isinstance(y, int) else y.hi)
    return Count(lo, hi, ite(c, tx, ty))


class State:
    __slots__ = ("slot", "frames", "pc", "mem", "calls", "loops", "steps", "nframes",
                 "lock", "phase", "timers", "main_r0", "refs", "prog", "rcu")

    def __init__(self, slot, frames, pc, mem, calls, loops, steps, nframes, lock=None,
                 phase=0, timers=(), main_r0=None, refs=(), prog="", rcu=False):
        self.slot, self.frames, self.pc, self.mem = slot, frames, pc, mem
        self.calls, self.loops, self.steps = calls, loops, steps
        self.nframes = nframes
        self.lock = lock      # the held bpf_spin_lock: None or (map name, key term)
        # 0 while the program runs; k after the k-th timer element got its turn to fire its
        # callback (async context, after the program)
        self.phase = phase
        self.timers = timers  # TimerEvents in call order
        self.main_r0 = main_r0
        # acquired references (reserved ringbuf records): (rid, id, alloc slot, held Bool)
        self.refs = refs
        # the program whose code runs: "" for the checked one, else a tail-call target's name
        self.prog = prog
        self.rcu = rcu        # inside bpf_rcu_read_lock/unlock (the verifier's active_rcu_lock)

    def copy(self):
        return State(self.slot, [f.copy() for f in self.frames], self.pc, self.mem.copy(),
                     dict(self.calls), dict(self.loops), self.steps, self.nframes,
                     self.lock, self.phase, self.timers, self.main_r0, self.refs, self.prog,
                     self.rcu)

    @property
    def f(self) -> Frame:
        return self.frames[-1]

    def position(self):
        """Where the state is, in the order states are explored: a tail call's target after
        everything of its caller (the count only grows), frames by their return slots."""
        return (self.phase, self.calls.get("tail_call", 0), self.prog) + \
            tuple(f.ret_slot - 0.5 for f in self.frames[1:]) + (self.slot,)

    def merge_key(self):
        """What states must share to merge (the shapes of registers and spilled slots are
        grouped by `by_shapes`)."""
        return (self.position(), tuple(sorted(self.loops.items())),
                tuple(sorted((n, k) for n, k in self.calls.items() if n in EXACT_COUNTS)),
                tuple(f.fno for f in self.frames),
                tuple(None if f.loop is None else (f.loop[:3], shape_of(f.loop[3]))
                      for f in self.frames),
                None if self.lock is None else self.lock[0], self.rcu,
                tuple((e.kind, e.map, e.target) for e in self.timers), shape_of(self.main_r0),
                tuple(r[:3] for r in self.refs))

    def register_shapes(self) -> tuple:
        return tuple(shape_of(r) for f in self.frames for r in f.regs)

    def stack_shapes(self) -> tuple:
        """Per frame: {offset: byte shape} of the written stack bytes."""
        return tuple({o: b.shape() for o, b in f.stack.items()} for f in self.frames)

    def pointers(self):
        """Every pointer the state still holds: registers, spilled slots, callback contexts,
        and the memory dynptrs and their slices cover (a MapChoice pointer as one per map)."""
        for p in self._held_pointers():
            if isinstance(p.rid, MapChoice):    # one pointer per option
                yield from (replace(p, rid=r) for r, _ in p.rid.options)
                continue
            yield p
            if p.kind == T.DYNPTR:
                yield Ptr(p.rid[2], p.rid[3], p.off)
            elif p.kind == T.PTR_TO_MEM and isinstance(p.rid, tuple) and p.rid[0] == "slice":
                yield Ptr(p.rid[1], p.rid[2], p.rid[3])

    def choose(self, choice: MapChoice, rid, cond) -> "State":
        """A copy where `cond` holds and every pointer with region `choice` points into `rid`."""
        s = self.copy()
        if not is_const_true(cond):
            s.pc = s.pc + (cond,)

        def pick(p):
            return replace(p, rid=rid) if isinstance(p, Ptr) and p.rid == choice else p
        for f in s.frames:
            f.regs = [pick(r) for r in f.regs]
            f.stack = {o: b if b.ptr is None or b.ptr.rid != choice else
                       SByte(b.val, b.init, pick(b.ptr), b.i) for o, b in f.stack.items()}
            if f.loop is not None:
                f.loop = f.loop[:3] + (pick(f.loop[3]),) + f.loop[4:]
        s.main_r0 = pick(s.main_r0)
        return s

    def _held_pointers(self):
        for f in self.frames:
            yield from (r for r in f.regs if isinstance(r, Ptr))
            yield from (b.ptr for b in f.stack.values() if b.ptr is not None)
            if f.loop is not None and isinstance(f.loop[3], Ptr):
                yield f.loop[3]
        if isinstance(self.main_r0, Ptr):
            yield self.main_r0

    def value_rid(self, map_name: str, site: int):
        """A map-value region id for an element looked up at `site`, named by the site and
        fresh among the live ones: two paths that did the same lookups in different branches
        name them alike, so they still merge at the join."""
        live = {p.rid for p in self.pointers()}
        j = 0
        while (map_name, site, j) in live:
            j += 1
        return (map_name, site, j)

    def drop_dead_regs(self, live: dict):
        """Forget registers no path from here reads (liveness.live_in) before merging. A
        caller's R0-R5 are dead while its callee runs: the return overwrites them. The frame
        pointer stays."""
        top = len(self.frames) - 1
        for k, f in enumerate(self.frames):
            if k == top:
                mask = live.get(self.slot, ALL_REGS)
            else:
                mask = live.get(self.frames[k + 1].ret_slot, ALL_REGS) & ~CALLER_SAVED
            regs = f.regs
            for r in range(10):
                if not mask >> r & 1 and regs[r] is not None:
                    regs[r] = None

    def drop_dead_keys(self):
        """Forget the keys of map-value regions no pointer refers to any more (before merging:
        a branch's dead lookup must not keep its state apart)."""
        keys = self.mem.keys
        if keys:
            live = {p.rid for p in self.pointers()}
            if any(r not in live for r in keys):
                self.mem.keys = {r: k for r, k in keys.items() if r in live}

    def pc_expr(self):
        return mk_and(*self.pc) if self.pc else TRUE


def mark_non_null(st: State, null) -> None:
    """After a NULL test passed, every copy of the tested map-value pointer (same `null` term:
    one lookup's result, in registers or spilled) is not NULL on this path, as the verifier's
    mark_ptr_or_null_regs makes it (FALSE, not None: the shape, and so the joins, stay). Exact under the path condition, which holds Not(null), so
    the dereferences that follow are no solver calls: after joins the test's simplified
    condition and the dereference's are different terms of large presence/count chains, and
    Z3 spent seconds proving each such dereference again."""
    nid = null.get_id()

    def clear(v):
        return replace(v, null=FALSE) if isinstance(v, Ptr) and \
            v.kind == T.PTR_TO_MAP_VALUE and v.null is not None and v.null.get_id() == nid else v

    for f in st.frames:
        f.regs = [clear(v) for v in f.regs]
        for o, b in f.stack.items():
            if b.ptr is not None:
                p = clear(b.ptr)
                if p is not b.ptr:
                    f.stack[o] = SByte(b.val, b.init, p, b.i)


def conj(*cs):
    """And() that folds constant conjuncts but never calls the simplifier on big terms."""
    rest = []
    for c in cs:
        if is_const_false(c):
            return FALSE
        if not is_const_true(c):
            rest.append(c)
    if not rest:
        return TRUE
    return rest[0] if len(rest) == 1 else mk_and(*rest)


def _and(a, b):
    if is_const_true(b):
        return a
    if is_const_true(a):
        return b
    return mk_and(a, b)


def _complements(x, y) -> bool:
    """x is Not(y) or y is Not(x), syntactically."""
    return (z3.is_not(x) and x.arg(0).eq(y)) or (z3.is_not(y) and y.arg(0).eq(x))


def _common_prefix(a: tuple, b: tuple) -> int:
    n = 0
    for x, y in zip(a, b):
        if x is not y:
            break
        n += 1
    return n


def _stack_fits(acc: dict, shapes: dict) -> bool:
    """A frame's stack bytes can join the group's unless both sides spilled pointers of
    different shapes at one offset: a spilled pointer joins data or an unwritten slot (the
    pointer's `undef` case)."""
    small, big = (acc, shapes) if len(acc) <= len(shapes) else (shapes, acc)
    for o, x in small.items():
        if x != "d":
            y = big.get(o)
            if y is not None and y != "d" and y != x:
                return False
    return True


def by_shapes(states: list[State]) -> list[list[State]]:
    """States of one merge_key in groups whose registers and stack slots can merge: equal
    shapes, where an uninitialised register or stack slot joins any value (it becomes that
    value's `undef` case)."""
    groups: list = []       # [register shapes with the uninitialised filled in, stack, states]
    for st in states:
        shapes = st.register_shapes()
        stack = st.stack_shapes()
        for g in groups:
            if all(x is None or y is None or x == y for x, y in zip(g[0], shapes)) and \
                    all(_stack_fits(a, b) for a, b in zip(g[1], stack)):
                g[0] = tuple(x if x is not None else y for x, y in zip(g[0], shapes))
                g[1] = tuple({**b, **a} for a, b in zip(g[1], stack))
                g[2].append(st)
                break
        else:
            groups.append([shapes, stack, [st]])
    return [g[2] for g in groups]


def merge_states(states: list[State], check=None) -> State:
    """Merge states of equal merge_key (same position, shapes, call counts) into one; `check`
    (the lowering's budget) runs before each pairwise merge, as a join of many states with
    long logs can take longer than the whole budget."""
    out = states[0]
    for s in states[1:]:
        if check is not None:
            check()
        out = _merge2(out, s)
    return out


_JOINS = itertools.count()


class _Join:
    """Merges the values of two states under `c`. A pair of map-value pointers from different
    lookups gets one region of its own whose key is If(c, key_a, key_b); the same pair always
    maps to the same region, so aliasing between registers survives the join."""

    def __init__(self, c, a: "Memory", b: "Memory"):
        self.c, self.ka, self.kb = c, a.keys, b.keys
        self.keys: dict = {}
        self.pairs: dict = {}

    def val(self, x, y):
        v = merge_val(self.c, x, y)
        if joins_maps(x, y):
            return self.choice(v, x, y)
        ra = x.rid if isinstance(x, Ptr) and x.rid in self.ka else None
        rb = y.rid if isinstance(y, Ptr) and y.rid in self.kb else None
        if ra is None and rb is None:
            return v
        rid = self.region(ra, rb)
        return v if rid == v.rid else replace(v, rid=rid)

    def region(self, ra, rb):
        """The map-value region joining region `ra` of side a and `rb` of side b (None: that
        side had no pointer there)."""
        if ra == rb:
            rid = ra
        else:
            # a pointer from one side only (the other register uninitialised) gets a region
            # of its own too: the other side may use its rid for another element
            rid = self.pairs.get((ra, rb))
            if rid is None:
                rid = self.pairs[(ra, rb)] = ((ra or rb)[0], "join", next(_JOINS))
        if rid not in self.keys:
            self.keys[rid] = self.kb[rb] if ra is None else self.ka[ra] if rb is None else \
                ite(self.c, self.ka[ra], self.kb[rb])
        return rid

    def choice(self, v, x, y):
        """`v` (x and y merged) pointing into every map either side pointed into; per map,
        the map-value regions of both sides joined as above."""
        oa, ob = map_options(x), map_options(y)
        opts = []
        names = sorted(set(oa) | set(ob))
        for name in names:
            # a side without a pointer (its `undef` case) takes the first option, so that the
            # split at a read keeps its path (and its uninit_reg obligation)
            ra, ca = oa.get(name, (None, TRUE if not oa and name == names[0] else FALSE))
            rb, cb = ob.get(name, (None, TRUE if not ob and name == names[0] else FALSE))
            rid = name if v.kind == T.CONST_PTR_TO_MAP else self.region(ra, rb)
            opts.append((rid, ite(self.c, ca, cb)))
        return replace(v, rid=MapChoice(opts) if len(opts) > 1 else opts[0][0])


def _write_groups(log):
    """The entries of a write log (region parts..., offset, byte, guard) by the byte they
    write: {(region, offset): [entries]}, or None when an offset is symbolic or two keys of one
    map may alias at one offset (then the order between groups matters)."""
    groups: dict = {}
    seen: dict = {}
    for e in log:
        if type(e) is LogJoin:
            return None
        off = e[-3]
        if not is_value(off):
            return None
        region = tuple(p.get_id() if isinstance(p, z3.ExprRef) else p for p in e[:-3])
        groups.setdefault((region, off.as_long()), []).append(e)
        if len(region) == 2:                           # (map, key): keys may be equal
            if seen.setdefault((region[0], off.as_long()), region[1]) != region[1]:
                return None
    return groups


def _merge_writes(la, lb, c, ca, cb):
    """The suffixes of two write logs after their common prefix, as one log: a byte both sides
    end up writing unconditionally is one entry If(c, a, b); a byte only one side writes keeps
    that side's condition. None when the logs do not split into independent bytes."""
    ga, gb = _write_groups(la), _write_groups(lb)
    if ga is None or gb is None:
        return None
    out = []
    for key, ea in ga.items():
        eb = gb.pop(key, None)
        fa, fb = is_const_true(ea[-1][-1]), eb is not None and is_const_true(eb[-1][-1])
        if fa and fb:
            last = ea[-1]
            out.append(last[:-2] + (ite(c, last[-2], eb[-1][-2]), TRUE))
            continue
        out += [ea[-1][:-1] + (ca,)] if fa else [e[:-1] + (guard(ca, e[-1]),) for e in ea]
        out += [e[:-1] + (guard(cb, e[-1]),) for e in eb or ()]
    for eb in gb.values():
        out += [eb[-1][:-1] + (cb,)] if is_const_true(eb[-1][-1]) else \
            [e[:-1] + (guard(cb, e[-1]),) for e in eb]
    return tuple(out)


class _Negation:
    """Not(c), built once and only if needed."""
    __slots__ = ("c", "term")

    def __init__(self, c):
        self.c, self.term = c, None

    def get(self):
        if self.term is None:
            c = self.c
            self.term = FALSE if is_const_true(c) else TRUE if is_const_false(c) else z3.Not(c)
        return self.term


def bool_ite(c, nc: _Negation, x, y):
    """If(c, x, y) of two Booleans, folding the constant cases without the simplifier (which
    would simplify the whole of `c`, a long path suffix, at every stack byte)."""
    if x.eq(y):
        return x
    if is_const_true(x) and is_const_false(y):
        return c
    if is_const_false(x) and is_const_true(y):
        return nc.get()
    return mk_if(c, x, y)


def _merge2(a: State, b: State) -> State:
    n = _common_prefix(a.pc, b.pc)
    ra, rb = a.pc[n:], b.pc[n:]
    ca = z3.And(*ra) if ra else TRUE
    cb = z3.And(*rb) if rb else TRUE
    c = ca
    nc = _Negation(c)
    m = a.copy()
    # the common case is a diamond, Or(c, Not(c)) (the branch puts Not(c) on the path as is);
    # no simplifier: the conditions may be long terms
    disj = TRUE if len(ra) == len(rb) == 1 and _complements(ra[0], rb[0]) else z3.Or(ca, cb)
    m.pc = a.pc[:n] + (() if is_const_true(disj) else (disj,))
    m.steps = max(a.steps, b.steps)
    if a.calls != b.calls:
        m.calls = {n: _merge_count(c, a.calls.get(n, 0), b.calls.get(n, 0))
                   for n in set(a.calls) | set(b.calls)}
    join = _Join(c, a.mem, b.mem)
    for fa, fb, fm in zip(a.frames, b.frames, m.frames):
        fm.regs = [join.val(x, y) for x, y in zip(fa.regs, fb.regs)]
        st = {}
        spills: dict = {}       # one merged pointer per pair of spilled pointers
        for o in set(fa.stack) | set(fb.stack):
            x, y = fa.stack.get(o), fb.stack.get(o)
            xp = x.ptr if x is not None else None
            yp = y.ptr if y is not None else None
            xv, xi = (x.val, x.init) if x is not None else (_ZERO8, FALSE)
            yv, yi = (y.val, y.init) if y is not None else (_ZERO8, FALSE)
            if xp is not None or yp is not None:
                # a pointer spilled on one side only holds where that side's condition does,
                # the other side's data (or nothing) elsewhere; the join names its map-value
                # region even when both sides hold the same pointer
                key = (id(xp), id(yp))
                p = spills.get(key)
                if p is None:
                    p = spills[key] = join.val(xp, yp)
                if x is y and p is xp:
                    st[o] = x
                else:
                    st[o] = SByte(ite(c, xv, yv), bool_ite(c, nc, xi, yi), p,
                                  (x if xp is not None else y).i)
                continue
            if x is y:
                st[o] = x
                continue
            st[o] = SByte(ite(c, xv, yv), bool_ite(c, nc, xi, yi))
        fm.stack = st
        if fa.loop is not None:
            fm.loop = fa.loop[:3] + (join.val(fa.loop[3], fb.loop[3]),) + fa.loop[4:]
    ma, mb = a.mem, b.mem
    mm = m.mem
    for name in ("ctx", "pkt", "mapw", "mapp", "buf"):
        la, lb = getattr(ma, name), getattr(mb, name)
        k = _common_prefix(la, lb)
        if len(la) == k and len(lb) == k:
            ext = ()
        else:
            # presence entries are not bytes: they always join (a copy of both suffixes
            # under their conditions doubled what later joins copied again)
            ext = _merge_writes(la[k:], lb[k:], c, ca, cb) if name != "mapp" else None
        if ext is None:
            ext = (LogJoin(c, la[k:], lb[k:]),)
        setattr(mm, name, la[:k] + ext)
    mm.keys = join.keys
    for name in set(ma.queues) | set(mb.queues):
        init = (bv(0, 32), queued(name))
        mm.queues[name] = tuple(ite(c, x, y) for x, y in zip(ma.queues.get(name, init),
                                                              mb.queues.get(name, init)))
    for name in set(ma.counts) | set(mb.counts):
        init = count0(name)
        mm.counts[name] = ite(c, ma.counts.get(name, init), mb.counts.get(name, init))
    if ma.layout is not None or mb.layout is not None:
        unmoved = (bv(0), bv(0), z3.BitVec("pkt_len", 64))      # Inputs.pkt_len
        la, lb = ma.layout or unmoved, mb.layout or unmoved
        mm.layout = tuple(ite(c, x, y) for x, y in zip(la, lb))
    if a.lock is not None:
        m.lock = (a.lock[0], ite(c, a.lock[1], b.lock[1]))
    m.timers = tuple(TimerEvent(x.kind, x.map, ite(c, x.key, y.key), x.target,
                                ite(c, x.guard, y.guard)) for x, y in zip(a.timers, b.timers))
    if a.main_r0 is not None:
        m.main_r0 = join.val(a.main_r0, b.main_r0)
    m.refs = tuple(x[:3] + (ite(c, x[3], y[3]),) for x, y in zip(a.refs, b.refs))
    return m


@dataclass
class Lowering:
    program: Program
    obligations: list[Obligation]
    outcomes: list[Outcome]
    bounds: list[BoundEvent]
    inputs: Any            # env.Inputs
    axioms: list
    unsupported: Optional[str] = None
    states: int = 0
    steps: int = 0
    # values lowered as over-approximations (helper data / errno the executor does not take
    # from its inputs, the low half of a pointer): a counterexample through them may not
    # replay, and is then UNKNOWN
    approx: list = field(default_factory=list)
    out_of_time: bool = False       # the lowering stopped at its deadline: nothing is decided
    # loops decided by induction (loops.Summary): obligations on their paths are inductive
    summaries: list = field(default_factory=list)
