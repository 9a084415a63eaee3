"""Loops past the unrolling bound, decided by induction instead of more unrolling.

The lowering unrolls each loop `--loop-bound` times: that is the base case, and every
obligation of those trips is an ordinary one (its counterexample a real run). A state about to
start trip k+1 at the loop's cut point p (the target of its back jump) is replaced by a
*havoced* state H: every register, stack slot and memory region the loop changes (and which
hash-map keys are present, the packet bounds bpf_xdp_adjust_* moves) becomes a fresh value,
constrained only by an invariant, and one trip of the natural loop is lowered from H;
references the trip takes must be released within it. The invariant is found the way Houdini
finds one: candidate facts (interval bounds from the loop's compare constants and the values
the unrolled trips had, linear relations, difference bounds, alignments and congruences
between the changed values, stack bytes staying initialised) are kept only while Z3
proves them of the state at trip k+1 (base) and of every state one trip brings back to p
(step), and the set of havoced components grows until nothing the trip brings back differs
from H outside it. Then every run that reaches p after k trips is a valuation of H, so the
obligations lowered from H (the loop body and the code after the loop) cover all of them.

Those obligations are *inductive*: their path conditions carry the loop's marker (a Boolean
that only H's paths assert), so the checker can tell them apart. A counterexample through H
may start from a state no run reaches; it is a claim only after the executor replays it, and
UNKNOWN otherwise (checker.py). Each fact is assumed under a selector Boolean, so dropping one
needs no new trip; the proved ones' selectors become axioms of the lowering.

SAFE also needs the loop to end: the executor stops a run past its step budget (a fault,
CORE-09). A havoced value in a proved range that every trip strictly increases or decreases
bounds the trips; without one, or when trips x body length may pass the budget, the loop
leaves a bound event (UNKNOWN). No invariant within `MAX_ROUNDS` rounds leaves the old
loop-bound event.

bpf_loop / bpf_for_each_map_elem past the callback unrolling are the same induction with the
callback's invocation as the trip (`callbacks`): the caller's state is havoced where a call of
the callback changes it, the callback runs once from it with a fresh index below the count.
"""
from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field, replace
from functools import cached_property

import networkx as nx
import z3

from bpfsmt.spec.insn import BPF_K
from bpfsmt.spec.limits import MAX_TAIL_CALL_CNT, XDP_FRAME_SIZE, XDP_PACKET_HEADROOM
from bpfsmt.spec.maps import COUNTED_HASH_TYPES
from bpfsmt.spec.vocab import RegType as T

from bpfsmt.solver.concrete.exec import ExecInputs
from bpfsmt.solver.symbolic import env as ENV
from bpfsmt.solver.symbolic.liveness import CALLER_SAVED, uses_defs
from bpfsmt.solver.symbolic.state import (TAIL_CALLS_BEFORE, BoundEvent, Count, LogJoin, SByte, State,
                                          TimerEvent, log_parts)
from bpfsmt.solver.symbolic.values import (FALSE, TRUE, MapChoice, Ptr, Scalar, Unsupported, bv, cval,
                                           fromle, is_const_false, is_const_true, mk_and,
                                           shape_of, simp)

# the executor's step budget (ExecInputs.max_steps): a longer run faults (CORE-09)
EXEC_STEPS = ExecInputs().max_steps
MAX_ROUNDS = 8              # havoc growth + Houdini drops before giving up on one loop
CHECK_SECONDS = 5.0         # one Houdini query
M64 = (1 << 64) - 1


class _Havoc:
    """The offset of a write-log entry standing for 'every byte of this region': its byte is
    a fresh array (indexed like the region's input array), written by an unknown number of
    earlier trips of a loop."""

    def __repr__(self):
        return "HAVOC"


HAVOC = _Havoc()


@dataclass
class Summary:
    """A loop decided by induction at cut point `slot`: `marker` is asserted on the paths that
    start from the havoced state; `invariant` is what was proved (for the report)."""
    slot: int
    marker: object
    invariant: list
    havocked: list
    trips: int
    assume: list = field(default_factory=list)    # the selectors of the proved facts (axioms)

    def describe(self) -> str:
        inv = ", ".join(self.invariant) or "true"
        how = (f"loop at insn {self.slot}: {self.trips} trips unrolled, then induction" if
               self.trips is not None else
               f"callback of the call at insn {self.slot}: checked once for any index below "
               f"the count,")
        return f"{how} over {', '.join(self.havocked) or 'nothing'} with invariant {inv}"


# ---------------------------------------------------------------------------------------------
# Natural loops
# ---------------------------------------------------------------------------------------------

class LoopForest:
    """The natural loops of a program's control-flow graph (dominators by networkx): for a back
    jump, the innermost natural loop containing it, and the key its trips are counted under
    (all back jumps to one target are one loop)."""

    def __init__(self, insns: dict, starts):
        self.insns = insns
        self.starts = starts

    @cached_property
    def graph(self) -> nx.DiGraph:
        g = nx.DiGraph()
        g.add_nodes_from(self.insns)
        for s, i in self.insns.items():
            g.add_edges_from((s, t) for t in i.successors(s))
        g.add_edges_from(("entry", s) for s in self.starts if s in self.insns)
        return g

    @cached_property
    def bodies(self) -> list[tuple[int, frozenset]]:
        """(header, body) of each natural loop, loops with one header joined."""
        g = self.graph
        idom = nx.immediate_dominators(g, "entry")
        rev = g.reverse(copy=False)
        loops: dict = {}
        for u, h in g.edges:
            if h == "entry" or u not in idom or not self._dominates(idom, h, u):
                continue
            body = {h}
            stack = [u]
            while stack:
                n = stack.pop()
                if n in body:
                    continue
                body.add(n)
                stack.extend(p for p in rev.successors(n) if p != "entry")
            loops.setdefault(h, set()).update(body)
        return [(h, frozenset(b)) for h, b in loops.items()]

    @staticmethod
    def _dominates(idom, a, b) -> bool:
        while True:
            if b == a:
                return True
            nb = idom.get(b)
            if nb is None or nb == b:
                return False
            b = nb

    def body_of(self, latch: int, target: int):
        """The innermost natural loop holding the jump latch -> target, or None (an
        irreducible cycle)."""
        best = None
        for _, body in self.bodies:
            if latch in body and target in body and (best is None or len(body) < len(best)):
                best = body
        return best

    @cached_property
    def _last_latch(self) -> dict:
        out: dict = {}
        for s, i in self.insns.items():
            for t in i.successors(s):
                if t <= s:
                    out[t] = max(out.get(t, s), s)
        return out

    def key(self, latch: int, target: int) -> tuple:
        """The trip counter of a back jump: one per target, spanning to its last back jump."""
        return (self._last_latch.get(target, latch), target)

    def constants(self, body) -> set:
        """The immediates the loop compares with (bounds of its counters), both widths."""
        out = set()
        for s in body:
            i = self.insns.get(s)
            if i is not None and i.is_cond_jmp and i.source == BPF_K:
                imm = i.imm & 0xFFFFFFFF
                simm = i.imm - (1 << 32) if imm >> 31 else imm
                out |= {imm, simm & M64}
        return out

    def written_regs(self, body) -> set:
        out = set()
        for s in body:
            i = self.insns.get(s)
            if i is not None:
                d = uses_defs(i)[1]
                out |= {r for r in range(10) if d >> r & 1}
        return out


def _program(low, prog: str):
    return low.pfile.program(prog) if prog else low.prog


def _starts(low, prog: str) -> list:
    return sorted({f.start for f in _program(low, prog).functions} | {0})


class LoopInfo:
    """What a lowering keeps about loops: the loop forest of each program it runs (the
    checked one, "", and tail-call targets) and the states of the last unrolled trips."""

    def __init__(self):
        self.forests: dict = {}
        self.snaps: dict = {}


def forest(low, prog: str) -> LoopForest:
    """The loop forest of the checked program ("") or of a tail-call target, made once."""
    forests = low.loop_info.forests
    if prog not in forests:
        forests[prog] = LoopForest(low.code(prog).insns, _starts(low, prog))
    return forests[prog]


# ---------------------------------------------------------------------------------------------
# Components of a state at the cut point
# ---------------------------------------------------------------------------------------------

def _same(x, y) -> bool:
    if x is y:
        return True
    if x is None or y is None or type(x) is not type(y):
        return False
    if not _eq(x.undef, y.undef):
        return False
    if isinstance(x, Scalar):
        return x.v.eq(y.v)
    return x.kind == y.kind and x.rid == y.rid and x.off.eq(y.off) and _eq(x.null, y.null)


def _eq(a, b) -> bool:
    return a is b or (a is not None and b is not None and a.eq(b))


def _same_byte(x, y) -> bool:
    if x is y:
        return True
    if x is None or y is None:
        return False
    if (x.ptr is None) != (y.ptr is None):
        return False
    if x.ptr is not None and not (x.i == y.i and _same(x.ptr, y.ptr)):
        return False
    return x.val.eq(y.val) and x.init.eq(y.init)


_SEQ = itertools.count()


class _Cut:
    """One loop at one cut point: the state S at trip k+1, the havoced components, the
    candidate invariant, and the havoced state built from them."""

    def __init__(self, low, st: State, p: int, regs: set, consts: set):
        self.low, self.S, self.p = low, st, p
        self.key = None
        # the registers a trip may bring back changed (and that matter): live at p
        self.live = low.code(st.prog).live
        self.reg_mask = self.live.get(p, 0x7FF)
        self.top = len(st.frames) - 1
        self.n = next(_SEQ)
        self.marker = z3.Bool(f"loop{self.p}_{self.n}")
        self.havoc: set = set(regs)
        self.templates: dict = {}
        # references a trip hands to the next: H's reference id -> the location holding it
        self.carried: dict = {}
        self.timer_targets: dict = {}       # map -> the callback the trips give its timers
        self.consts = set(consts)
        if low.env.has_packet:
            # a packet offset the loop compares with data_end stays below the longest frame
            self.consts.add(ENV.MAX_PACKET)
        for f in st.frames:
            self.consts |= {c for r in f.regs if isinstance(r, Scalar)
                            for c in [cval(r.v)] if c is not None}

    @classmethod
    def of_loop(cls, low, st, key, body):
        fr = forest(low, st.prog)
        live = low.code(st.prog).live.get(key[1], 0x7FF)
        regs = {("reg", r) for r in fr.written_regs(body) if live >> r & 1
                and st.f.regs[r] is not None}
        cut = cls(low, st, key[1], regs, fr.constants(body))
        cut.key = key
        return cut

    # -- building H ----------------------------------------------------------------------------
    def fresh(self, name, bits=64):
        return z3.BitVec(f"loop{self.p}_{self.n}_{name}_{next(_SEQ)}", bits)

    def fresh_bool(self, name):
        return z3.Bool(f"loop{self.p}_{self.n}_{name}_{next(_SEQ)}")

    def havoc_value(self, v, name, H):
        undef = None if v.undef is None else self.fresh_bool(name + "_undef")
        if isinstance(v, Scalar):
            return Scalar(self.fresh(name), undef)
        rid = v.rid
        if isinstance(rid, MapChoice) and v.kind == T.PTR_TO_MAP_VALUE:
            raise Unsupported(f"a pointer into one of several maps' elements changes in the loop "
                              f"at insn {self.p}")
        if v.rid in H.mem.keys:
            # any element of that map: a fresh key (keys may alias, as map memory is keyed)
            m = self.low.env.map_named(v.rid[0])
            rid = ("loop", self.p, self.n, name)
            H.mem.keys[rid] = self.fresh(name + "_key", self.low.env.key_bits(m))
        null = None if v.null is None else self.fresh_bool(name + "_null")
        return Ptr(v.kind, rid, self.fresh(name + "_off"), null, undef)

    def build(self) -> State:
        S = self.S
        H = S.copy()
        self.extra = []         # facts of H true of every run (not candidates)
        H.mem.keys = dict(S.mem.keys)
        # helper results from here on are inputs no path to S used: after a join, the highest
        # count (a Count's `hi`), not a term selecting results other paths constrain
        H.calls = {n: k.hi if isinstance(k, Count) else k for n, k in S.calls.items()}
        top = H.frames[self.top]
        for comp in sorted(self.havoc, key=repr):
            kind = comp[0]
            if kind == "reg":
                r = comp[1]
                tmpl = self.templates.get(comp, S.f.regs[r])
                if tmpl is None:
                    continue
                v = self.havoc_value(tmpl, f"r{r}", H)
                if S.f.regs[r] is None:
                    v = replace(v, undef=self.fresh_bool(f"r{r}_undef"))
                top.regs[r] = v
            elif kind == "stk":
                _, d, o = comp
                f = H.frames[d]
                tmpl = self.templates.get(comp) or [S.frames[d].stack.get(o + i) for i in range(8)]
                if tmpl[0] is not None and tmpl[0].ptr is not None:
                    p = self.havoc_value(tmpl[0].ptr, f"fp{o}", H)
                    for i in range(8):
                        f.stack[o + i] = SByte(ptr=p, i=i)
                    continue
                init = self.fresh_bool(f"fp{o}_init")
                for i in range(8):
                    f.stack[o + i] = SByte(self.fresh(f"fp{o + i}", 8), init)
            elif kind == "map":
                m = self.low.env.map_named(comp[1])
                arr = z3.Array(f"loop{self.p}_{self.n}_map_{comp[1]}_{next(_SEQ)}",
                               z3.BitVecSort(self.low.env.key_bits(m) + 64), z3.BitVecSort(8))
                H.mem.mapw = H.mem.mapw + ((comp[1], HAVOC, HAVOC, arr, TRUE),)
            elif kind == "mapp":
                m = self.low.env.map_named(comp[1])
                arr = z3.Array(f"loop{self.p}_{self.n}_present_{comp[1]}_{next(_SEQ)}",
                               z3.BitVecSort(self.low.env.key_bits(m)), z3.BoolSort())
                H.mem.mapp = H.mem.mapp + ((comp[1], HAVOC, arr, TRUE),)
            elif kind in ("ctx", "pkt"):
                arr = z3.Array(f"loop{self.p}_{self.n}_{kind}_{next(_SEQ)}", z3.BitVecSort(64),
                               z3.BitVecSort(8))
                setattr(H.mem, kind, getattr(H.mem, kind) + ((HAVOC, arr, TRUE),))
            elif kind == "timers":
                # the elements whose timer the trips before initialised, disarmed, armed, gave
                # their callback (timers._match reads an array key as that set)
                m = self.low.env.map_named(comp[1])
                sets = {k: z3.Array(f"loop{self.p}_{self.n}_timer_{k}_{comp[1]}_{next(_SEQ)}",
                                    z3.BitVecSort(self.low.env.key_bits(m)), z3.BoolSort())
                        for k in ("init", "cb", "cancel", "start")}
                target = self.timer_targets.get(comp[1])
                H.timers = H.timers + tuple(
                    TimerEvent(k, comp[1], a, target if k == "cb" else None, TRUE)
                    for k, a in sets.items() if k != "cb" or target is not None)
            elif kind == "count":
                # how many elements a hash map holds: at most max_entries, in any run
                c = H.mem.counts[comp[1]] = self.fresh(f"count_{comp[1]}", 32)
                self.extra.append(z3.ULE(c, bv(self.low.env.map_named(comp[1]).max_entries, 32)))
        if ("tail_call",) in self.havoc:
            # the tail calls of the trips before: any number the count allows (it stops there)
            k = H.calls.get("tail_call", 0)
            before = H.calls[TAIL_CALLS_BEFORE] = self.fresh("tail_calls", 32)
            self.extra.append(z3.ULE(before, bv(max(0, MAX_TAIL_CALL_CNT - k), 32)))
        if self.carried:
            # whether the carried reference is held (its pointer may be NULL), and whether an
            # earlier trip dropped one unreleased (a leak at the exit)
            H.refs = tuple(r[:3] + (self.fresh_bool("held"),) if r[0] in self.carried else r
                           for r in H.refs)
            first = next(r for r in H.refs if r[0] in self.carried)
            H.refs = H.refs + ((("lost", self.p, self.n),) + first[1:3] +
                               (self.fresh_bool("lost"),),)
        if any(c[0] == "layout" for c in self.havoc):
            H.mem.layout = self._layout()
        if self.key is not None:
            # its trip back to p counts as trip 0: never a summary of its own
            H.loops = dict(S.loops)
            H.loops[self.key] = -1
        H.slot = self.p
        return H

    def _layout(self):
        """(meta, data, end) of H: the moved ones fresh. The metadata length stays the one
        of S while the trips keep it (bpf_xdp_adjust_head needs it known)."""
        meta, data, end = self.low.pkt_bounds(self.S)
        if ("layout", "data") in self.havoc:
            data = self.fresh("pkt_data")
            if ("layout", "meta") not in self.havoc:
                meta = simp(data - bv(cval(simp(self.low.pkt_bounds(self.S)[1] - meta))))
        if ("layout", "meta") in self.havoc:
            meta = self.fresh("pkt_meta")
        if ("layout", "end") in self.havoc:
            end = self.fresh("pkt_end")
        # bpf_xdp_adjust_*'s bounds: the frame header below, an Ethernet header above
        self.consts |= {(XDP_FRAME_SIZE - XDP_PACKET_HEADROOM) & M64, 14}
        return meta, data, end

    def _moved(self, H, R) -> set:
        """The packet bounds a trip moved (bpf_xdp_adjust_*), as components."""
        if R.mem.layout is H.mem.layout:
            return set()
        (hm, hd, he), (rm, rd, re) = self.low.pkt_bounds(H), self.low.pkt_bounds(R)
        out = {("layout", n) for n, x, y in (("data", hd, rd), ("end", he, re))
               if not _eq(x, y) and ("layout", n) not in self.havoc}
        if ("layout", "meta") not in self.havoc:
            if ("layout", "data") in self.havoc | out:
                gap = cval(simp(hd - hm))
                if gap is None or cval(simp(rd - rm)) != gap:
                    out.add(("layout", "meta"))
            elif not _eq(hm, rm):
                out.add(("layout", "meta"))
        return out

    # -- comparing what a trip brings back ----------------------------------------------------
    def grow(self, H: State, R: State) -> set:
        """Components R changed that H keeps as they were in S."""
        new = set()
        if len(R.frames) != len(H.frames):
            raise Unsupported(f"loop at insn {self.p} changes the call depth")
        for attr in ("lock", "phase", "main_r0", "rcu"):
            if not _same_or_eq(getattr(R, attr), getattr(H, attr)):
                raise Unsupported(f"loop at insn {self.p} changes its {attr}")
        new |= self._timers(H, R)
        if R.calls.get("tail_call", 0) != H.calls.get("tail_call", 0) and \
                ("tail_call",) not in self.havoc:
            new.add(("tail_call",))
        # references held at the cut point stay as they are, but for one a trip hands to the
        # next (`carried`, renamed in R by `rename`); the trip's own must be released before it
        # ends (`released_in_trip`)
        if len(R.refs) < len(H.refs) or any(x[:3] != y[:3] for x, y in zip(R.refs, H.refs)):
            raise Unsupported(f"loop at insn {self.p} releases a reference taken before it")
        for x, y in zip(R.refs, H.refs):
            if _eq(x[3], y[3]) or y[0] in self.carried or y[0][0] == "lost":
                continue
            loc = self._carrier(H, R, y[0])
            if loc is None:
                raise Unsupported(f"loop at insn {self.p} releases a reference taken before it")
            self.carried[y[0]] = loc
            new |= {("ref", y[0]), loc}
        if new:
            return new          # the next round compares R renamed (`rename`)
        new |= self._moved(H, R)
        live = self.reg_mask
        hr, rr = H.frames[self.top].regs, R.frames[self.top].regs
        for r in range(10):
            if not live >> r & 1 or rr[r] is None and hr[r] is None:
                continue
            comp = ("reg", r)
            if comp in self.havoc:
                if shape_of(rr[r]) != shape_of(hr[r]) and hr[r] is not None:
                    raise Unsupported(f"R{r} changes type in the loop at insn {self.p}")
                if hr[r] is None:
                    self.templates[comp] = rr[r]
                    new.add(comp)
                continue
            if not (_same(rr[r], hr[r]) and _same_key(rr[r], R, H)):
                if hr[r] is not None and rr[r] is not None and shape_of(rr[r]) != shape_of(hr[r]):
                    raise Unsupported(f"R{r} changes type in the loop at insn {self.p}")
                if hr[r] is None:
                    self.templates[comp] = rr[r]
                new.add(comp)
        for d, (fh, fr) in enumerate(zip(H.frames, R.frames)):
            for o in set(fh.stack) | set(fr.stack):
                slot = o & ~7
                comp = ("stk", d, slot)
                if comp in self.havoc:
                    x, y = fh.stack.get(o), fr.stack.get(o)
                    if y is not None and x is not None and (x.ptr is None) != (y.ptr is None):
                        raise Unsupported(f"stack slot fp{slot} changes between data and a "
                                          f"spilled pointer in the loop at insn {self.p}")
                    continue
                y0 = fr.stack.get(o)
                if not _same_byte(fh.stack.get(o), y0) or (
                        y0 is not None and y0.ptr is not None and not _same_key(y0.ptr, R, H)):
                    y = [fr.stack.get(slot + i) for i in range(8)]
                    x = [fh.stack.get(slot + i) for i in range(8)]
                    if y[0] is not None and y[0].ptr is not None and not (
                            x[0] is not None and x[0].ptr is not None):
                        self.templates[comp] = y
                    elif any(b is not None and b.ptr is not None for b in x + y):
                        if not (x[0] is not None and x[0].ptr is not None and y[0] is not None
                                and y[0].ptr is not None
                                and shape_of(x[0].ptr) == shape_of(y[0].ptr)):
                            raise Unsupported(f"stack slot fp{slot} holds a pointer in part in "
                                              f"the loop at insn {self.p}")
                    new.add(comp)
        ma, mb = H.mem, R.mem
        if len(mb.buf) != len(ma.buf):
            own = {r[0] for r in R.refs[len(H.refs):]}
            if not log_parts(mb.buf[len(ma.buf):]) <= own:
                raise Unsupported(f"loop at insn {self.p} writes a ringbuf record reserved "
                                  f"before it")
        for name in log_parts(mb.mapp[len(ma.mapp):]):
            if ("mapp", name) not in self.havoc:
                new.add(("mapp", name))
        if mb.mapw is not ma.mapw:
            for name in log_parts(mb.mapw[len(ma.mapw):]):
                if ("map", name) not in self.havoc:
                    new.add(("map", name))
        for name in ("ctx", "pkt"):
            if getattr(mb, name) is not getattr(ma, name) and (name,) not in self.havoc:
                if len(getattr(mb, name)) != len(getattr(ma, name)):
                    new.add((name,))
        for name, c in mb.counts.items():
            if ("count", name) not in self.havoc and not _eq(c, ma.counts.get(name)):
                new.add(("count", name))
        return new

    # -- timers set in the trips ----------------------------------------------------------------
    def _timers(self, H: State, R: State) -> set:
        """The maps whose timers a trip initialises, arms or gives a callback (their events
        become `timers` components: the sets of elements the trips before did that to)."""
        n = len(H.timers)
        if len(R.timers) < n or any(x.kind != y.kind or x.map != y.map or x.target != y.target
                                    for x, y in zip(R.timers, H.timers)):
            raise Unsupported(f"loop at insn {self.p} changes timer events of before it")
        new = set()
        for e in R.timers[n:]:
            if e.kind == "cb":
                t = self.timer_targets.setdefault(e.map, e.target)
                if t != e.target:
                    raise Unsupported(f"timer callbacks of {e.map} set to different functions "
                                      f"in the loop at insn {self.p}")
            if ("timers", e.map) not in self.havoc:
                new.add(("timers", e.map))
        return new

    # -- references carried from one trip to the next -----------------------------------------
    def _locations(self, st: State):
        """(location, pointer) of every pointer a register of the loop's frame or a stack slot
        holds."""
        for r, v in enumerate(st.frames[self.top].regs[:10]):
            if isinstance(v, Ptr):
                yield ("reg", r), v
        for d, f in enumerate(st.frames):
            for o, b in f.stack.items():
                if b.ptr is not None and b.i == 0 and not o & 7:
                    yield ("stk", d, o), b.ptr

    def _carrier(self, H: State, R: State, rid):
        """Where H holds reference `rid` and R holds a reference the trip acquired (not a
        ringbuf record: its bytes are logged under its id), or None."""
        fresh = {r[0] for r in R.refs[len(H.refs):]}
        there = dict(self._locations(R))
        for loc, p in self._locations(H):
            q = there.get(loc)
            if p.rid == rid and q is not None and q.rid in fresh and q.kind != T.PTR_TO_BUF:
                return loc
        return None

    def rename(self, H: State, R: State):
        """R with each carried reference's successor (the one the trip acquired and left
        where H holds the carried one) under the carried one's id, so that H covers it; the
        carried one, if it may still be held, counts as dropped unreleased (H's `lost` entry).
        (R', Boolean: the trip dropped a reference it had acquired or was handed)."""
        if not self.carried:
            return R, FALSE
        nh = len(H.refs)
        there = dict(self._locations(R))
        ren, lost = {}, []
        for rid, loc in self.carried.items():
            q = there.get(loc)
            if q is None or q.rid not in {r[0] for r in R.refs[nh:]}:
                continue
            if any(p.rid == rid for p in there.values()):
                raise Unsupported(f"loop at insn {self.p} keeps two references of one kind "
                                  f"across its trips")
            ren[q.rid] = rid
            lost.append(next(r[3] for r in R.refs if r[0] == rid))
        if not ren:
            return R, FALSE
        R2 = R.copy()

        def pick(p):
            return replace(p, rid=ren[p.rid]) if isinstance(p, Ptr) and p.rid in ren else p
        for f in R2.frames:
            f.regs = [pick(v) for v in f.regs]
            f.stack = {o: b if b.ptr is None or b.ptr.rid not in ren else
                       SByte(b.val, b.init, pick(b.ptr), b.i) for o, b in f.stack.items()}
        held = {ren[r[0]]: r[3] for r in R.refs[nh:] if r[0] in ren}
        dropped = z3.Or(*lost) if lost else FALSE
        R2.refs = tuple(
            x[:3] + (held[x[0]],) if x[0] in held else
            x[:3] + (simp(z3.Or(x[3], dropped)),) if x[0][0] == "lost" else x
            for x in R.refs[:nh]) + tuple(x for x in R.refs[nh:] if x[0] not in ren)
        return R2, dropped

    # -- candidate invariants -------------------------------------------------------------------
    def probes(self, H: State) -> list:
        """(name, state -> term or None) for each havoced value a fact can be about."""
        top = self.top
        out = []
        for comp in sorted(self.havoc, key=repr):
            if comp[0] == "reg":
                r = comp[1]
                v = H.frames[top].regs[r]
                if isinstance(v, Scalar):
                    out.append((f"r{r}", lambda s, r=r: _scalar(s.frames[top].regs[r])))
                elif isinstance(v, Ptr):
                    out.append((f"r{r}.off", lambda s, r=r, k=v.kind: _off(s.frames[top].regs[r], k)))
            elif comp[0] == "stk":
                _, d, o = comp
                b0 = H.frames[d].stack.get(o)
                if b0 is not None and b0.ptr is not None:
                    out.append((f"fp{o}.off", lambda s, d=d, o=o, k=b0.ptr.kind:
                                _off(_spilled(s, d, o), k)))
                    continue
                out.append((f"*(u64 *)(fp{o})", lambda s, d=d, o=o: _word(s, d, o, 8)))
                out.append((f"*(u32 *)(fp{o})", lambda s, d=d, o=o: _word(s, d, o, 4)))
                out.append((f"*(u32 *)(fp{o + 4})", lambda s, d=d, o=o: _word(s, d, o + 4, 4)))
                out.append((f"fp{o} initialised", lambda s, d=d, o=o: _inited(s, d, o)))
            elif comp[0] == "layout":
                i = ("meta", "data", "end").index(comp[1])
                out.append((f"pkt.{comp[1]}", lambda s, i=i: self.low.pkt_bounds(s)[i]))
        if ("layout", "data") in self.havoc or ("layout", "end") in self.havoc:
            out.append(("pkt.end - pkt.data",
                        lambda s: simp(self.low.pkt_bounds(s)[2] - self.low.pkt_bounds(s)[1])))
        return out

    def candidates(self, H: State, snaps: list) -> list:
        """Facts that hold of every observed trip: (text, state -> Bool or None)."""
        pts = snaps + [self.S]
        cands = []
        num = []
        models: dict = {}

        def sample(t, j):
            """A value the path leaves symbolic (a packet bound after a helper that may
            fail) as one run of that path has it."""
            if t is None or cval(t) is not None:
                return None if t is None else cval(t)
            if j not in models:
                r, models[j], _ = _solve(self.low, pts[j].pc)
            v = models[j].eval(t, model_completion=True) if models[j] is not None else None
            return v.as_long() if v is not None and z3.is_bv_value(v) else None

        for name, pr in self.probes(H):
            if name.endswith("initialised"):
                cands.append((name, pr, None))
                continue
            obs = [cval(t) if t is not None else None for t in (pr(s) for s in pts)]
            if name.startswith("pkt."):
                obs = [sample(pr(s), j) for j, s in enumerate(pts)]
            known = [o for o in obs if o is not None]
            num.append((name, pr, obs))
            consts = set(self.consts) | set(known) | {0}
            consts |= {(c + d) & M64 for c in list(consts) for d in (-1, 1)}
            for c in sorted(consts):
                sc = c - (1 << 64) if c >> 63 else c
                for op, text, py in (
                        (z3.ULE, "<=", lambda x, c=c: x <= c),
                        (z3.UGE, ">=", lambda x, c=c: x >= c),
                        (lambda x, y: x <= y, "s<=", lambda x, sc=sc: _s(x) <= sc),
                        (lambda x, y: x >= y, "s>=", lambda x, sc=sc: _s(x) >= sc)):
                    if all(py(o) for o in known):
                        cands.append((f"{name} {text} {sc if text[0] == 's' else c}",
                                      _bound(pr, op, c), (name, text, c)))
            if known and len(known) == len(obs):
                for m in (1, 3, 7):
                    if len({o & m for o in known}) == 1:
                        r = known[0] & m
                        cands.append((f"{name} & {m} == {r}", _mask(pr, m, r), None))
                # a counter stepping by d (not a power of two) stays in its class modulo d
                d = math.gcd(*[(o - known[0]) & M64 for o in known])
                if 2 < d < 1 << 16 and d & (d - 1):
                    r = known[0] % d
                    cands.append((f"{name} % {d} == {r}", _modulo(pr, d, r), None))
        for (na, pa, oa), (nb, pb, ob) in itertools.permutations(num, 2):
            pairs = [(x, y) for x, y in zip(oa, ob) if x is not None and y is not None]
            if len({x for x, _ in pairs}) < 2:
                continue
            (x1, y1), (x2, y2) = pairs[0], next(pq for pq in pairs if pq[0] != pairs[0][0])
            dx, dy = x2 - x1, _s((y2 - y1) & M64)
            if dy % dx:
                continue
            a = dy // dx
            b = (y1 - a * x1) & M64
            if all((a * x + b - y) & M64 == 0 for x, y in pairs):
                cands.append((f"{nb} == {a}*{na} + {_s(b)}", _linear(pa, pb, a, b), None))
        # differences (a counter that follows another only while a condition holds): j - i
        # bounded by what the trips saw, and by 0
        for rid, loc in sorted(self.carried.items(), key=repr):
            cands.append((f"{_name(loc)} held iff not NULL",
                          lambda s, rid=rid, loc=loc: _held_iff_pointer(s, rid, loc, self.top), None))
            cands.append((f"{_name(loc)} != NULL",
                          lambda s, loc=loc: _not_null(_at(s, loc, self.top)), None))
        if self.carried:
            cands.append(("no reference dropped", lambda s: _none_lost(s), None))
        whole = [x for x in num if not x[0].startswith("*(u32")]
        for (na, pa, oa), (nb, pb, ob) in itertools.combinations(whole, 2):
            ds = [_s((y - x) & M64) for x, y in zip(oa, ob) if x is not None and y is not None]
            if not ds:
                continue
            for c in {min(ds), max(ds), 0}:
                if c >= max(ds):
                    cands.append((f"{nb} - {na} s<= {c}", _diff(pa, pb, c, True), None))
                if c <= min(ds):
                    cands.append((f"{nb} - {na} s>= {c}", _diff(pa, pb, c, False), None))
        return cands


def _at(s, loc, top):
    """The pointer a register or stack slot holds."""
    return s.frames[top].regs[loc[1]] if loc[0] == "reg" else _spilled(s, loc[1], loc[2])


def _not_null(p):
    if not isinstance(p, Ptr):
        return None
    return TRUE if p.null is None else z3.Not(p.null)


def _held_iff_pointer(s, rid, loc, top):
    """The carried reference is held exactly when the pointer at `loc` is not NULL."""
    p = _at(s, loc, top)
    held = next((r[3] for r in s.refs if r[0] == rid), None)
    if not isinstance(p, Ptr) or p.rid != rid or held is None:
        return None
    return held == (TRUE if p.null is None else z3.Not(p.null))


def _none_lost(s):
    lost = [r[3] for r in s.refs if r[0][0] == "lost"]
    return z3.Not(lost[0]) if lost else TRUE


def _same_key(p, R, H) -> bool:
    """A map-value pointer names its element by the key of its region: equal in R and H."""
    if isinstance(p, Ptr) and isinstance(p.rid, MapChoice):
        return all(_eq(R.mem.keys.get(r), H.mem.keys.get(r)) for r, _ in p.rid.options)
    if not isinstance(p, Ptr) or p.rid not in R.mem.keys:
        return True
    return _eq(R.mem.keys.get(p.rid), H.mem.keys.get(p.rid))


def _same_or_eq(a, b) -> bool:
    if a is b:
        return True
    if isinstance(a, (Scalar, Ptr)):
        return _same(a, b)
    return a == b


def _s(x):
    return x - (1 << 64) if x >> 63 else x


def _scalar(v):
    return v.v if isinstance(v, Scalar) else None


def _off(v, kind):
    return v.off if isinstance(v, Ptr) and v.kind == kind else None


def _spilled(s, d, o):
    b = s.frames[d].stack.get(o)
    return b.ptr if b is not None and b.ptr is not None and b.i == 0 else None


def _word(s, d, o, n):
    bs = [s.frames[d].stack.get(o + i) for i in range(n)]
    if any(b is None or b.ptr is not None for b in bs):
        return None
    v = fromle([b.val for b in bs])
    return v if n == 8 else z3.ZeroExt(64 - 8 * n, v)


def _inited(s, d, o):
    bs = [s.frames[d].stack.get(o + i) for i in range(8)]
    if any(b is None or b.ptr is not None for b in bs):
        return None
    return mk_and(*[b.init for b in bs])


def _bound(pr, op, c):
    def f(s):
        x = pr(s)
        return None if x is None else op(x, bv(c))
    return f


def _modulo(pr, d, r):
    def f(s):
        x = pr(s)
        return None if x is None else z3.URem(x, bv(d)) == bv(r)
    return f


def _mask(pr, m, r):
    def f(s):
        x = pr(s)
        return None if x is None else (x & bv(m)) == bv(r)
    return f


def _diff(pa, pb, c, upper):
    def f(s):
        x, y = pa(s), pb(s)
        if x is None or y is None:
            return None
        return (y - x <= bv(c)) if upper else (y - x >= bv(c))
    return f


def _linear(pa, pb, a, b):
    def f(s):
        x, y = pa(s), pb(s)
        return None if x is None or y is None else y == x * bv(a & M64) + bv(b)
    return f


# ---------------------------------------------------------------------------------------------
# Houdini
# ---------------------------------------------------------------------------------------------

def _houdini(low, pc, state, cands) -> list:
    """The candidates Z3 proves of `state` under path condition `pc` (the rest dropped): one
    query for the disjunction of their negations, dropping what each model falsifies."""
    keep = []
    terms = []
    for c in cands:
        t = c[1](state)
        if t is None or is_const_false(t):
            continue
        if is_const_true(t):
            keep.append(c)
        else:
            terms.append((c, t))
    if not terms:
        return keep
    s = z3.Solver()
    s.add(*low.env.axioms())
    s.add(*pc)
    while terms:
        r = low.budget.solve(s, CHECK_SECONDS, z3.Or(*[z3.Not(t) for _, t in terms]))
        if r == z3.unsat:
            return keep + [c for c, _ in terms]
        if r != z3.sat:
            return keep
        m = s.model()
        terms = [(c, t) for c, t in terms
                 if not z3.is_false(m.eval(t, model_completion=True))]
    return keep


def snapshot(low, st: State, key, n: int):
    """Keep the states of the last two unrolled trips at the cut point: the values the
    candidate invariants must cover."""
    if n >= 1 and n + 2 > low.loop_bound:
        lst = low.loop_info.snaps.setdefault((st.prog, key, len(st.frames)), [])
        lst.append(st.copy())
        del lst[:-2]


def summarize(low, st: State, latch: int, key):
    """States that leave the loop after any number of trips beyond the bound, lowered from
    the havoced state; None when the loop has no natural-loop shape (the caller keeps the
    loop-bound event)."""
    p = key[1]
    body = forest(low, st.prog).body_of(latch, p)
    if body is None:
        return None
    st.slot = p
    st.drop_dead_regs(low.code(st.prog).live)
    st.drop_dead_keys()
    cut = _Cut.of_loop(low, st, key, body)
    depth = len(st.frames)
    snaps = low.loop_info.snaps.get((st.prog, key, depth), [])
    snaps = [s for s in snaps if len(s.frames) == depth]
    found = _induct(low, cut, snaps, lambda H: _one_trip(low, H, body, p, depth))
    if found is None:
        low.bounds.append(BoundEvent(latch, st.pc_expr(),
                                     f"loop at insn {p}..{latch} may run more than "
                                     f"{low.loop_bound} iterations and no inductive invariant "
                                     f"was found (--loop-bound)"))
        return []
    H, cands, back, out = found
    trips = _ranking(low, cut, H, back, cands, low.summaries[-1].assume)
    steps = None if trips is None else (low.loop_bound + trips) * len(body)
    if steps is None or steps > EXEC_STEPS:
        # an endless run is a fault of its own (CORE-09): SAFE needs the loop to end
        why = ("no ranking function shows it ends" if steps is None else
               f"it may run {low.loop_bound + trips} trips, past the executor's budget of "
               f"{EXEC_STEPS} instructions")
        low.bounds.append(BoundEvent(latch, st.pc_expr(), f"loop at insn {p}..{latch}: {why}"))
    elif (full := _may_fill(low, H, back + out, low.loop_bound + trips)) is not None:
        low.bounds.append(BoundEvent(latch, st.pc_expr(), f"loop at insn {p}..{latch}: {full}"))
    return out


def inserts(log: tuple, name: str, memo: dict | None = None) -> tuple[int, bool]:
    """How many updates may insert into map `name` on a path of a presence log at most (the
    larger side of each join; a loop summary's HAVOC entry counts one), and whether a loop
    summary forgot the map's keys (a HAVOC entry)."""
    memo = {} if memo is None else memo
    n, havoc = 0, False
    for e in log:
        if type(e) is LogJoin:
            if name not in e.touches():
                continue
            if id(e) not in memo:
                (na, ha), (nb, hb) = inserts(e.a, name, memo), inserts(e.b, name, memo)
                memo[id(e)] = (max(na, nb), ha or hb)
            k, h = memo[id(e)]
            n, havoc = n + k, havoc or h
        elif e[0] == name:
            n += not is_const_false(e[2])
            havoc = havoc or e[1] is HAVOC
    return n, havoc


def _may_fill(low, H, states, trips):
    """A map whose element count is not modelled (a sockhash) never fills up in the engine (an
    update of one the program may fill is not modelled): a loop inserting into one may, `trips`
    times. The reason, or None."""
    for name in sorted(set().union(*(log_parts(R.mem.mapp[len(H.mem.mapp):]) for R in states))):
        m = low.env.map_named(name)
        if m.map_type in COUNTED_HASH_TYPES:      # its element count is modelled
            continue
        per_trip = max(inserts(R.mem.mapp[len(H.mem.mapp):], name)[0] for R in states)
        n = low.key_calls + trips * per_trip
        if per_trip and m.max_entries <= n:
            return (f"it may insert {n} elements into hash map {name} (max_entries "
                    f"{m.max_entries}): a full map is not modelled")
    return None


def _induct(low, cut, snaps, trip):
    """Grow the havoced components and shrink the candidate facts until one trip from H
    (`trip(H)` -> states back at the cut point, states out of it) brings back only states
    that H covers and that satisfy every fact: (H, facts, back, out), the trip's results
    kept; None when MAX_ROUNDS rounds do not get there (results undone)."""
    st = cut.S
    cands = None
    for _ in range(MAX_ROUNDS):
        mark = low.mark()
        try:
            H = cut.build()
            if cands is None:
                cands = _houdini(low, st.pc, st, cut.candidates(H, snaps))
            # each fact assumed under a selector, so that dropping one needs no new trip
            sel = [cut.fresh_bool("sel") for _ in cands]
            H.pc = st.pc + (cut.marker,) + tuple(cut.extra) + tuple(
                z3.Implies(b, c[1](H)) for b, c in zip(sel, cands))
            back, out = trip(H)
            if low.timed_out:
                low.reset(mark)
                return None
            new = set()
            for R in back:
                R.drop_dead_regs(cut.live)
            back = [cut.rename(H, R)[0] for R in back]
            for R in back:
                new |= cut.grow(H, R)
            if new:
                cut.havoc |= new
                cands = None
                low.reset(mark)
                continue
            kept = list(range(len(cands)))
            while True:
                before = len(kept)
                for R in back:
                    assume = [sel[j] for j in kept] + [z3.Not(b) for j, b in enumerate(sel)
                                                       if j not in kept]
                    ok = _houdini(low, R.pc + tuple(assume), R,
                                  [(j,) + cands[j][1:] for j in kept])
                    kept = [c[0] for c in ok]
                if len(kept) == before:
                    break
            assume = [b if j in kept else z3.Not(b) for j, b in enumerate(sel)]
            for R in back:
                _released_in_trip(low, cut, H, R, assume)
            cands = [cands[j] for j in kept]
            low.summaries.append(Summary(cut.p, cut.marker, _strongest(cands),
                                         sorted(_name(c) for c in cut.havoc),
                                         low.loop_bound if cut.key is not None else None, assume))
            return H, cands, back, out
        except Unsupported:
            # the trip's obligations start from a state no summary accounts for
            low.reset(mark)
            raise
    low.reset(mark)
    return None


def _released_in_trip(low, cut, H, R, assume):
    """References a trip acquires must be released before it comes back to the cut point:
    H holds only the references held at trip k+1, so one kept across the back jump would be
    a reference no state of H accounts for."""
    extra = R.refs[len(H.refs):]
    if not extra:
        return
    free = z3.Not(z3.Or(*[r[3] for r in extra]))
    if not _houdini(low, R.pc + tuple(assume), R, [("", lambda s: free, None)]):
        raise Unsupported(f"loop at insn {cut.p} may keep a reference it acquired into its "
                          f"next trip")


class _Summarised:
    """The iteration of a bpf_loop callback frame that runs from a summary's havoced state."""

    def __repr__(self):
        return "any"


ANY_ITERATION = _Summarised()


def callbacks(low, st: State, slot: int, nr, ctx, target: int, push, least: int = 1):
    """bpf_loop(nr, callback, ctx, 0) with 0 < nr <= BPF_MAX_LOOPS a count the unrolling does not
    reach: the callback checked once from a state H of the caller whose memory the callback
    changes is havoced under an invariant, with index i < nr; the invariant proved of the
    state at the call (no iteration yet) and of every return of the callback. The call's
    result is then some value in [least, nr] in a state satisfying it (least = 0: no call at
    all, as over an empty hash map). `push(state, i)` enters the callback. [(state after the
    call, R0 term)], or None (UNKNOWN, as before)."""
    depth = len(st.frames)
    cut = _Cut(low, st, slot, set(), _callback_constants(low, st.prog, target))
    # R0-R5 are the call's to overwrite; the callback cannot touch the caller's R6-R9
    cut.reg_mask = cut.live.get(slot + 1, 0x7FF) & ~CALLER_SAVED
    i = z3.ZeroExt(32, cut.fresh("index", 32))
    nr64 = z3.ZeroExt(32, nr)

    def trip(H):
        run = H.copy()
        run.pc = run.pc + (z3.ULT(i, nr64),)
        back, out = [], []

        def route(s) -> bool:
            if len(s.frames) <= depth:
                back.append(s)
                return True
            return False

        low.explore(push(run, i), route)
        return back, out

    found = _induct(low, cut, [], trip)
    if found is None:
        return None
    C = cut.build()
    _, cands, _, _ = found
    r0 = cut.fresh("loop_result")
    C.pc = st.pc + (cut.marker,) + tuple(cut.extra) + tuple(c[1](C) for c in cands) + (
        z3.UGE(r0, bv(least)), z3.ULE(r0, nr64))
    C.slot = slot
    # every iteration runs the callback: the executor's step budget bounds nr
    n = max(1, function_size(low, st.prog, target))
    r, _, _ = _solve(low, st.pc + (z3.UGT(nr64, bv(EXEC_STEPS // n)),))
    if r != z3.unsat:
        low.bounds.append(BoundEvent(slot, st.pc_expr(),
                                     f"bpf_loop at insn {slot} may call its callback more than "
                                     f"{EXEC_STEPS // n} times, past the executor's budget of "
                                     f"{EXEC_STEPS} instructions"))
    return [(C, r0)]


def function_size(low, st_prog: str, start: int) -> int:
    prog = _program(low, st_prog)
    later = [s for s in _starts(low, st_prog) if s > start]
    return (min(later) if later else prog.slot_count()) - start


def _callback_constants(low, st_prog: str, start: int) -> set:
    body = range(start, start + function_size(low, st_prog, start))
    return forest(low, st_prog).constants(body)


def _solve(low, pc):
    s = z3.Solver()
    s.add(*low.env.axioms())
    s.add(*pc)
    r = low.budget.solve(s, CHECK_SECONDS)
    return r, (s.model() if r == z3.sat else None), s.reason_unknown()


def _bounds(cands) -> dict:
    """probe -> (largest lower, smallest upper) unsigned bound among the proved facts."""
    out: dict = {}
    for c in cands:
        if c[2] is None or c[2][1] not in ("<=", ">="):
            continue
        name, op, k = c[2]
        lo, hi = out.get(name, (0, M64))
        out[name] = (max(lo, k), hi) if op == ">=" else (lo, min(hi, k))
    return out


def _strongest(cands) -> list:
    """The invariant as the report prints it: per value its unsigned range, then the rest."""
    rng = [f"{n} in [{lo}, {hi}]" for n, (lo, hi) in sorted(_bounds(cands).items())
           if (lo, hi) != (0, M64)]
    return rng + [c[0] for c in cands if c[2] is None]


def _ranking(low, cut, H, back, cands, assume):
    """How many more trips the loop can make: a havoced value in a proved range [lo, hi]
    that every trip strictly increases (or decreases) bounds them by hi - lo; None when no
    such value is found (the loop may not end)."""
    if not back:
        return 0
    bounds = _bounds(cands)
    best = None
    for name, pr in cut.probes(H):
        if name not in bounds or name.endswith("initialised"):
            continue
        lo, hi = bounds[name]
        x = pr(H)
        for step in (z3.ULT, z3.UGT):
            ok = True
            for R in back:
                y = pr(R)
                if y is None or _houdini(low, R.pc + tuple(assume), R,
                                               [("", lambda s, y=y: step(x, y), None)]) == []:
                    ok = False
                    break
            if ok and (best is None or hi - lo < best):
                best = hi - lo
    return best


def _name(comp) -> str:
    if comp[0] == "reg":
        return f"r{comp[1]}"
    if comp[0] == "stk":
        return f"fp{comp[2]}" + (f"@{comp[1]}" if comp[1] else "")
    if comp[0] == "map":
        return f"map {comp[1]}"
    if comp[0] == "mapp":
        return f"keys of map {comp[1]}"
    if comp[0] == "count":
        return f"element count of map {comp[1]}"
    if comp[0] == "ref":
        return "the reference handed to the next trip"
    if comp[0] == "tail_call":
        return "the tail-call count"
    if comp[0] == "timers":
        return f"the timers of map {comp[1]}"
    if comp[0] == "layout":
        return f"pkt.{comp[1]}"
    return comp[0]


def _one_trip(low, H, body, p, depth):
    """Lower one trip from H: the states back at p, and those leaving the loop (which the
    main lowering continues)."""
    back, out = [], []

    def route(s) -> bool:
        d = len(s.frames)
        if s.prog != H.prog:            # a taken tail call left the loop
            out.append(s)
            return True
        if d > depth:
            return False
        if d == depth and s.slot == p:
            back.append(s)
            return True
        if d < depth or s.slot not in body:
            out.append(s)
            return True
        return False

    low.explore([H.copy()], route)
    return back, out
