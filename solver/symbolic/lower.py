"""Lowering a BPF program to Z3: every path, every safety obligation, one ISA definition.

What this module computes
-------------------------
`lower(pfile, program, loop_bound=8)` runs the program *symbolically* and returns a `Lowering`:
the list of proof `Obligation`s (one per potentially faulting check, named by the rule id of
rules.md and carrying the fault kind of `bpfsmt.spec.faults`), the `Outcome`s of every path that
reaches `exit` (path condition, R0, map writes), and the loop-bound / budget events that make a
verdict UNKNOWN. `checker.py` discharges the obligations; `evaluate()` substitutes concrete
inputs into the same formulas for cross-validation against the concrete executor.

Design choices (and why)
------------------------
* **One ISA definition.** Every ALU, jump and atomic computes through `bpfsmt.spec.isa` with the
  unchanged `z3_domain()`. Only memory, pointers and control flow live here, so a disagreement
  with the executor is a memory/path bug, never a second copy of an opcode.
* **Forward symbolic execution with state merging at join points** (not one monolithic formula,
  not naive forking). Pending states sit in a priority queue ordered by program position (call
  stack of return slots, then slot). For loop-free code that is a topological order, so all
  states that reach a join point are popped together and merged: registers and stack bytes
  become `If(c, a, b)`, memory write logs keep their common prefix and get guarded suffixes.
  A diamond-heavy program therefore costs a number of states linear in its size, where forking
  would double at every branch. States merge only when their *shape* agrees (each register
  is the same kind: scalar, or a pointer into the same region); a pointer is (region kind,
  region id, offset bit-vector), so merging two pointers into different regions would need a
  disjunctive value, and we keep those paths apart instead (rare in practice).
* **Path conditions, not eager feasibility checks.** A branch whose condition folds to a
  constant is followed one way; otherwise both successors are kept. Every obligation conjoins
  the path condition, so an infeasible path can never yield a counterexample; it only costs
  formula size. Feasibility is asked of Z3 (with a timeout) only where it changes the verdict:
  when a loop exceeds `--loop-bound`, and when the exploration budget runs out. This keeps the
  number of solver calls proportional to the number of obligations, not of branches.
* **After every obligation the path continues under its negation.** A fault stops a concrete
  run, so later checks on the same path only matter for inputs that did not fault earlier.
  Conjoining `not bad` makes each counterexample hit *its* obligation first, which is exactly
  what replay compares (slot, kind); it also makes an UNKNOWN earlier obligation harmless.
* **Memory as write tables, arrays only for unknown input contents.** The stack is a table
  byte-offset -> (byte, initialised?) per frame (512 bytes, per-byte init state as CORE-03
  needs); concrete offsets index it directly; a symbolic offset falls back to an `If` chain over
  the 512 bytes. Spilled pointers occupy 8 aligned bytes as a pointer, as the verifier's
  `STACK_SPILL` slots do. Context, packet and map-value *initial* contents are inputs: a Z3
  array per region (ctx, packet, one per map indexed by key ++ offset); program writes go to a
  log of (offset, byte, guard) consulted newest-first, so reads at concrete offsets resolve
  without array reasoning and symbolic offsets are exact via `If` chains.
* **Loops are unrolled.** Each back edge (jump to an earlier slot) counts its trips per path; the
  count of a loop resets when the path leaves the loop's slot interval (so a loop entered again
  starts afresh, and nested loops are bounded per outer iteration). A trip beyond the bound that
  is feasible makes the verdict UNKNOWN ("loop at insn N may run more than B iterations") —
  never SAFE.
* **Forking only where a value cannot be merged.** A lookup in a map-in-map returns a
  pointer to a *different map* per slot, so the state forks once per populated slot (each fork
  with its slot condition on the path); everywhere else differing pointer shapes simply keep
  their states apart.
* **The executor's conventions are the semantics.** `check` asks "can a run fault?", and the
  run is the one `bpfsmt.solver.concrete.exec` performs (replay compares with it): each region sits in
  the middle of its own 4 GiB window (an offset beyond +-2 GiB is another region: BAD_MEM),
  NULL is the window below 4 GiB, map-ops results are u32 as the 6.1 JIT returns them. Three
  obligations the executor cannot see on addresses are *typed*, as the verifier's (CORE-06,
  CORE-07, CORE-02): forbidden pointer arithmetic, a pointer stored into map/ctx/packet memory,
  and a misaligned stack access; replay confirms them by reaching the instruction.
* **Helper calls.** Return values of helpers we do not otherwise model are fresh inputs named by
  (helper, k-th call on the path), matching the executor's `helper_returns[name]` lists.
  `bpf_map_lookup_elem` returns NULL or a pointer to the element of that key (both modelled:
  presence is an input for hash-like maps and `key < max_entries` for arrays); two lookups with
  equal keys alias the same element because map memory is keyed by key value.
"""
from __future__ import annotations

import heapq
import itertools
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

import z3

from bpfsmt.spec import isa
from bpfsmt.spec import faults as F
from bpfsmt.spec.helper_ids import HELPER_NAMES
from bpfsmt.spec.insn import (
    BPF_ALU, BPF_ALU64, BPF_JMP, BPF_JMP32, BPF_LD, BPF_LDX, BPF_ST, BPF_STX, BPF_K, BPF_X,
    BPF_ADD, BPF_SUB, BPF_MOV, BPF_NEG, BPF_END, BPF_DIV, BPF_MOD, BPF_LSH, BPF_RSH, BPF_ARSH,
    BPF_AND, BPF_OR, BPF_XOR, BPF_MUL, BPF_JA, BPF_JEQ, BPF_JNE, BPF_CALL, BPF_EXIT,
    BPF_MEM, BPF_MEMSX, BPF_ATOMIC, BPF_IMM, BPF_ABS, BPF_IND, BPF_DW, BPF_W, BPF_H, BPF_B,
    BPF_PSEUDO_MAP_FD, BPF_PSEUDO_MAP_VALUE, BPF_PSEUDO_MAP_IDX, BPF_PSEUDO_MAP_IDX_VALUE,
    BPF_PSEUDO_FUNC, BPF_PSEUDO_CALL, BPF_CMPXCHG, BPF_FETCH, VALID_ATOMIC_IMMS,
    COND_JMP_OPS, MAX_BPF_STACK, MAX_CALL_FRAMES, SIZE_BYTES, Insn, LDDW_OPCODE,
)
from bpfsmt.spec.program import Program, ProgramFile

from bpfsmt.solver.symbolic import env as ENV

D = isa.z3_domain()
TRUE, FALSE = z3.BoolVal(True), z3.BoolVal(False)


def bv(v: int, w: int = 64):
    return z3.BitVecVal(v & ((1 << w) - 1), w)


def cval(e) -> Optional[int]:
    """The Python int of a bit-vector value, None if symbolic (cheap: no simplification)."""
    return e.as_long() if z3.is_bv_value(e) else None


def add_off(e, off: int):
    """e + off, computed in Python when e is a value (the common case of fixed offsets)."""
    c = cval(e)
    if c is not None:
        return bv(c + off)
    return e + bv(off) if off else e


def _fold(e):
    """Constant-fold terms made only of values so concrete programs stay concrete (branches
    fold, offsets index tables directly). The hot paths (ALU, offsets, byte splitting) compute
    values in Python through the CONCRETE interpretation of the same spec and never get here
    with constants; simplifying symbolic terms at every step would cost more than it saves."""
    if z3.is_bv_value(e) or z3.is_true(e) or z3.is_false(e):
        return e
    return z3.simplify(e) if _all_values(e, 2) else e


def lebytes(v, n: int):
    """isa.le_bytes, in Python when `v` is a value."""
    c = cval(v)
    if c is not None:
        return [bv(x, 8) for x in isa.le_bytes(isa.CONCRETE, c, n)]
    return isa.le_bytes(D, v, n)


def fromle(parts):
    """isa.from_le_bytes, in Python when every byte is a value."""
    cs = [cval(p) for p in parts]
    if all(c is not None for c in cs):
        return bv(isa.from_le_bytes(isa.CONCRETE, cs), 8 * len(parts))
    return isa.from_le_bytes(D, parts)


def zext64(v, w: int):
    c = cval(v)
    if c is not None:
        return bv(c)
    return v if w == 64 else z3.ZeroExt(64 - w, v)


def _all_values(e, depth):
    if z3.is_const(e):
        return z3.is_bv_value(e) or z3.is_true(e) or z3.is_false(e)
    if depth == 0:
        return False
    return all(_all_values(c, depth - 1) for c in e.children())


def simp(c):
    """Simplify a Boolean (branch conditions, guards) so constants are recognised."""
    if z3.is_true(c) or z3.is_false(c):
        return c
    return z3.simplify(c)


def is_const_true(c) -> bool:
    return z3.is_true(c)


def is_const_false(c) -> bool:
    return z3.is_false(c)


def as_int(e) -> Optional[int]:
    e = e if z3.is_bv_value(e) else z3.simplify(e)
    return e.as_long() if z3.is_bv_value(e) else None


def signed(v: int, w: int = 64) -> int:
    return v - (1 << w) if v >> (w - 1) & 1 else v


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Scalar:
    v: Any  # z3 BitVec 64


@dataclass(frozen=True)
class Ptr:
    """A pointer: region kind, region id, byte offset (64-bit), and when it may be NULL (a map
    lookup result before its NULL check), the condition under which it *is* NULL."""
    kind: str          # stack ctx pkt pkt_end pkt_meta map_value map_ptr func
    rid: Any           # stack: frame number; map_value: (map, instance); map_ptr: map name
    off: Any
    null: Any = None   # z3 Bool or None (never NULL)

    def type_name(self) -> str:
        name = ENV.PTR_TYPE_NAMES.get(self.kind, self.kind)
        if self.null is not None and not is_const_false(self.null):
            name += "_or_null"
        return name


UNINIT = None
# a packet pointer the kernel invalidated (clear_all_pkt_pointers after a helper that changes
# packet data): reading the register is not modelled (UNKNOWN)
STALE_PKT = "stale_pkt"
# a trusted kernel object pointer (PTR_TO_BTF_ID, e.g. bpf_get_current_task_btf): it may be
# moved between registers and passed where no helper reads it; any other use is UNKNOWN
BTF_TASK = "btf_task"
# the key pointer bpf_for_each_map_elem hands its callback (a read-only copy of the key)
MAP_KEY = "map_key"
OPAQUE_KINDS = {STALE_PKT, BTF_TASK, MAP_KEY}


def shape_of(v):
    if v is None:
        return None
    if isinstance(v, Scalar):
        return "s"
    return ("p", v.kind, v.rid, v.null is not None)


def merge_val(c, a, b):
    """If(c, a, b) for two values of the same shape."""
    if a is None:
        return None
    if isinstance(a, Scalar):
        return a if a.v is b.v else Scalar(_ite(c, a.v, b.v))
    off = a.off if a.off is b.off else _ite(c, a.off, b.off)
    null = a.null
    if a.null is not None and a.null is not b.null:
        null = _ite(c, a.null, b.null)
    return Ptr(a.kind, a.rid, off, null)


def _ite(c, a, b):
    if z3.eq(a, b):
        return a
    return z3.If(c, a, b)


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
                vals.append(signed(v.as_long(), a.size()) if z3.is_bv_value(v) else str(v))
            else:
                x = as_int(a)
                vals.append(signed(x, a.size()) if x is not None else "?")
        t = F.KINDS[self.kind].template
        try:
            return t % tuple(vals) if vals else t
        except (TypeError, ValueError):
            return t

    def label(self) -> str:
        return f"{self.rule} {self.kind} at insn {self.slot}"


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
    pointer (the verifier's STACK_SPILL)."""
    __slots__ = ("val", "init", "ptr", "i")

    def __init__(self, val=None, init=TRUE, ptr=None, i=0):
        self.val, self.init, self.ptr, self.i = val, init, ptr, i

    def shape(self):
        return ("p", shape_of(self.ptr), self.i) if self.ptr is not None else "d"


class Frame:
    __slots__ = ("regs", "stack", "ret_slot", "fno", "start", "loop")

    def __init__(self, regs, stack, ret_slot, fno, start, loop=None):
        self.regs, self.stack, self.ret_slot, self.fno, self.start = regs, stack, ret_slot, fno, start
        # a bpf_loop callback frame: (helper slot, iteration, nr_loops, callback ctx, target)
        self.loop = loop

    def copy(self):
        return Frame(list(self.regs), dict(self.stack), self.ret_slot, self.fno, self.start,
                     self.loop)


@dataclass
class Memory:
    """Write logs of the input-backed regions. Entries are shared between states (tuples), so
    a merge can find the common prefix by identity."""
    ctx: tuple = ()       # (off, byte, guard)
    pkt: tuple = ()       # (off, byte, guard)
    mapw: tuple = ()      # (map, key, off, byte, guard)
    mapp: tuple = ()      # (map, key, present Bool, guard)   update / delete
    keys: dict = field(default_factory=dict)   # map_value rid -> key bit-vector
    # (meta, data, end) packet offsets once bpf_xdp_adjust_* moved them, in the coordinates
    # of the original data (0) whose bytes are the packet input; None = unmoved (0, 0, len)
    layout: Optional[tuple] = None

    def copy(self):
        return Memory(self.ctx, self.pkt, self.mapw, self.mapp, dict(self.keys), self.layout)


class State:
    __slots__ = ("slot", "frames", "pc", "mem", "calls", "loops", "lookups", "steps", "nframes",
                 "lock")

    def __init__(self, slot, frames, pc, mem, calls, loops, lookups, steps, nframes, lock=None):
        self.slot, self.frames, self.pc, self.mem = slot, frames, pc, mem
        self.calls, self.loops, self.lookups, self.steps = calls, loops, lookups, steps
        self.nframes = nframes
        self.lock = lock      # the held bpf_spin_lock: None or (map name, key term)

    def copy(self):
        return State(self.slot, [f.copy() for f in self.frames], self.pc, self.mem.copy(),
                     dict(self.calls), dict(self.loops), self.lookups, self.steps, self.nframes,
                     self.lock)

    @property
    def f(self) -> Frame:
        return self.frames[-1]

    def position(self):
        return tuple(f.ret_slot - 0.5 for f in self.frames[1:]) + (self.slot,)

    def merge_key(self):
        return (self.position(), tuple(sorted(self.loops.items())),
                tuple(sorted(self.calls.items())), self.lookups,
                tuple(tuple(shape_of(r) for r in f.regs) for f in self.frames),
                tuple(tuple(sorted((o, b.shape()) for o, b in f.stack.items() if b.ptr is not None))
                      for f in self.frames),
                tuple(f.fno for f in self.frames), tuple(sorted(map(str, self.mem.keys))),
                tuple(None if f.loop is None else (f.loop[:3], shape_of(f.loop[3]))
                      for f in self.frames),
                None if self.lock is None else self.lock[0])

    def pc_expr(self):
        return z3.And(*self.pc) if self.pc else TRUE


def _conj(*cs):
    """And() that folds constant conjuncts but never calls the simplifier on big terms."""
    rest = []
    for c in cs:
        if z3.is_false(c):
            return FALSE
        if not z3.is_true(c):
            rest.append(c)
    if not rest:
        return TRUE
    return rest[0] if len(rest) == 1 else z3.And(*rest)


def _and(a, b):
    if z3.is_true(b):
        return a
    if z3.is_true(a):
        return b
    return z3.And(a, b)


def _common_prefix(a: tuple, b: tuple) -> int:
    n = 0
    for x, y in zip(a, b):
        if x is not y:
            break
        n += 1
    return n


def merge_states(states: list[State]) -> State:
    """Merge states of equal merge_key (same position, shapes, call counts) into one."""
    out = states[0]
    for s in states[1:]:
        out = _merge2(out, s)
    return out


def _merge2(a: State, b: State) -> State:
    n = _common_prefix(a.pc, b.pc)
    ra, rb = a.pc[n:], b.pc[n:]
    ca = z3.And(*ra) if ra else TRUE
    cb = z3.And(*rb) if rb else TRUE
    c = ca
    m = a.copy()
    # the common case is a diamond, Or(c, Not(c)): simplify short suffixes only
    disj = simp(z3.Or(ca, cb)) if len(ra) + len(rb) <= 4 else z3.Or(ca, cb)
    m.pc = a.pc[:n] + (() if is_const_true(disj) else (disj,))
    m.steps = max(a.steps, b.steps)
    for fa, fb, fm in zip(a.frames, b.frames, m.frames):
        fm.regs = [merge_val(c, x, y) for x, y in zip(fa.regs, fb.regs)]
        st = {}
        for o in set(fa.stack) | set(fb.stack):
            x, y = fa.stack.get(o), fb.stack.get(o)
            if x is not None and y is not None and x.ptr is not None:
                st[o] = SByte(ptr=merge_val(c, x.ptr, y.ptr), i=x.i)
                continue
            if x is y:
                st[o] = x
                continue
            xv, xi = (x.val, x.init) if x is not None else (bv(0, 8), FALSE)
            yv, yi = (y.val, y.init) if y is not None else (bv(0, 8), FALSE)
            st[o] = SByte(_ite(c, xv, yv), simp(_ite(c, xi, yi)) if not z3.eq(xi, yi) else xi)
        fm.stack = st
        if fa.loop is not None:
            fm.loop = fa.loop[:3] + (merge_val(c, fa.loop[3], fb.loop[3]),) + fa.loop[4:]
    ma, mb = a.mem, b.mem
    mm = m.mem
    for name in ("ctx", "pkt", "mapw", "mapp"):
        la, lb = getattr(ma, name), getattr(mb, name)
        k = _common_prefix(la, lb)
        ext = tuple(e[:-1] + (_and(ca, e[-1]),) for e in la[k:])
        ext += tuple(e[:-1] + (_and(cb, e[-1]),) for e in lb[k:])
        setattr(mm, name, la[:k] + ext)
    mm.keys = {r: _ite(c, ma.keys[r], mb.keys[r]) for r in ma.keys}
    if ma.layout is not None or mb.layout is not None:
        unmoved = (bv(0), bv(0), z3.BitVec("pkt_len", 64))      # Inputs.pkt_len
        la, lb = ma.layout or unmoved, mb.layout or unmoved
        mm.layout = tuple(_ite(c, x, y) for x, y in zip(la, lb))
    if a.lock is not None:
        m.lock = (a.lock[0], _ite(c, a.lock[1], b.lock[1]))
    return m


# ---------------------------------------------------------------------------------------------
# The lowering
# ---------------------------------------------------------------------------------------------

class Unsupported(Exception):
    """Something this engine does not model: the verdict becomes UNKNOWN with this reason."""


@dataclass
class Lowering:
    program: Program
    obligations: list[Obligation]
    outcomes: list[Outcome]
    bounds: list[BoundEvent]
    inputs: "ENV.Inputs"
    axioms: list
    unsupported: Optional[str] = None
    states: int = 0
    steps: int = 0
    # helpers lowered as over-approximations (fresh data / errno the executor does not take
    # from its inputs): a counterexample through them may not replay, and is then UNKNOWN
    approx: list = field(default_factory=list)


class Lowerer:
    def __init__(self, pfile: ProgramFile, program: Program, loop_bound: int = 8,
                 max_steps: int = 200_000):
        self.pfile, self.prog = pfile, program
        self.loop_bound = loop_bound
        self.max_steps = max_steps
        self.insns: dict[int, Insn] = {}
        for s, i in zip(program.slots(), program.insns):
            self.insns[s] = i
        self.nslots = program.slot_count()
        self.env = ENV.Inputs(pfile, program)
        self.obligations: list[Obligation] = []
        self.outcomes: list[Outcome] = []
        self.bounds: list[BoundEvent] = []
        self.approx: list = []
        self.fstarts = sorted({f.start for f in program.functions} | {0})
        self._fno = itertools.count(1)
        self._seq = itertools.count()
        self.processed = 0
        # map helper calls in the program: bounds how many keys a run can insert
        self.key_calls = sum(1 for i in program.insns if i.is_helper_call and i.imm in (1, 2, 3)) + \
            max((len(m.contents) for m in pfile.maps.values()), default=0)

    # ---- helpers ------------------------------------------------------------------------------
    def oblige(self, st: State, slot: int, kind: str, bad, *args, note="", regs=None):
        """Record that `bad` faults here; the state continues assuming it did not."""
        bad = simp(bad) if not isinstance(bad, bool) else (TRUE if bad else FALSE)
        if is_const_false(bad):
            self.obligations.append(Obligation(slot, kind, FALSE, args, note=note))
            return True
        # the path condition is not simplified here: it is long, and simplifying it at every
        # obligation made lowering quadratic in the path length
        cond = z3.And(st.pc_expr(), bad) if st.pc else bad
        self.obligations.append(Obligation(slot, kind, cond, args,
                                           regs=regs if regs is not None else self._regs(st), note=note))
        if is_const_true(bad):
            return False            # the path always faults here: stop it
        st.pc = st.pc + (simp(z3.Not(bad)),)
        return True

    def pkt_bounds(self, st: State):
        """(meta, data, end) of the packet now, in original-data coordinates."""
        if st.mem.layout is None:
            return bv(0), bv(0), self.env.pkt_len
        return st.mem.layout

    def _regs(self, st: State) -> dict:
        return {i: r for i, r in enumerate(st.f.regs) if r is not None}

    def read_reg(self, st: State, slot: int, r: int, move: bool = False):
        if not 0 <= r <= 10:
            raise Unsupported(f"register R{r} at insn {slot} (the verifier says R{r} is invalid)")
        v = st.f.regs[r]
        if v is None:
            self.oblige(st, slot, "uninit_reg", TRUE, r)
            return None
        if isinstance(v, Ptr) and v.kind in OPAQUE_KINDS and not move:
            if v.kind == STALE_PKT:
                raise Unsupported(f"R{r} at insn {slot} is a packet pointer from before a helper "
                                  f"that changes packet data (the verifier invalidates it)")
            raise Unsupported(f"R{r} at insn {slot} is a kernel object ({v.kind}) the engine "
                              f"does not model")
        return v

    def write_reg(self, st: State, r: int, v):
        if not 0 <= r <= 10:
            raise Unsupported(f"register R{r} (the verifier says R{r} is invalid)")
        st.f.regs[r] = v

    # ---- driver -------------------------------------------------------------------------------
    def run(self) -> Lowering:
        regs = [UNINIT] * 11
        regs[1] = self.env.entry_r1()
        regs[10] = Ptr("stack", 0, bv(0))
        st0 = State(0, [Frame(regs, {}, -1, 0, 0)], (), Memory(), {}, {}, 0, 0, 1)
        queue: list = []
        heapq.heappush(queue, (st0.position(), next(self._seq), st0))
        unsupported = None
        try:
            while queue:
                pos, _, st = heapq.heappop(queue)
                group = [st]
                while queue and queue[0][0] == pos:
                    group.append(heapq.heappop(queue)[2])
                if len(group) > 1:
                    buckets: dict = {}
                    for g in group:
                        buckets.setdefault(g.merge_key(), []).append(g)
                    group = [merge_states(b) if len(b) > 1 else b[0] for b in buckets.values()]
                for g in group:
                    self.processed += 1
                    if self.processed > self.max_steps:
                        self.bounds.append(BoundEvent(g.slot, g.pc_expr(),
                                                      f"exploration budget of {self.max_steps} "
                                                      f"instruction visits exhausted"))
                        continue
                    for nxt in self.step(g):
                        heapq.heappush(queue, (nxt.position(), next(self._seq), nxt))
        except Unsupported as e:
            unsupported = str(e)
        return Lowering(self.prog, self.obligations, self.outcomes, self.bounds, self.env,
                        self.env.axioms(), unsupported, self.processed, self.processed,
                        sorted(set(self.approx)))

    # ---- one instruction ----------------------------------------------------------------------
    def step(self, st: State) -> list[State]:
        slot = st.slot
        insn = self.insns.get(slot)
        if insn is None:
            # outside the program or into the middle of an lddw: the executor faults when it
            # fetches this slot, so the obligation lives here
            self.oblige(st, slot, "jump_oor", TRUE, slot - 1, slot)
            return []
        cls = insn.cls
        if cls in (BPF_ALU, BPF_ALU64):
            return self.do_alu(st, insn, slot)
        if cls in (BPF_JMP, BPF_JMP32):
            return self.do_jmp(st, insn, slot)
        if cls == BPF_LDX:
            return self.do_ldx(st, insn, slot)
        if cls in (BPF_ST, BPF_STX):
            return self.do_st(st, insn, slot)
        if cls == BPF_LD:
            return self.do_ld(st, insn, slot)
        self.oblige(st, slot, "bad_insn", TRUE, insn.opcode)
        return []

    def advance(self, st: State, slot: int, to: int) -> list[State]:
        st.slot = to
        # leaving a loop's slot interval resets its trip count
        if st.loops:
            st.loops = {k: v for k, v in st.loops.items() if k[1] <= to <= k[0]}
        return [st]

    # ---- ALU ----------------------------------------------------------------------------------
    def do_alu(self, st, insn, slot):
        code = insn.code
        if not ENV.valid_alu(insn):
            self.oblige(st, slot, "bad_insn", TRUE, insn.opcode)
            return []
        is64 = insn.cls == BPF_ALU64
        dst = None
        if code != BPF_MOV:
            dst = self.read_reg(st, slot, insn.dst)
            if dst is None:
                return []
        src = None
        if insn.source == BPF_X and code not in (BPF_NEG, BPF_END):
            src = self.read_reg(st, slot, insn.src,
                                move=code == BPF_MOV and is64 and insn.off == 0)
            if src is None:
                return []
        if insn.dst == 10:
            self.oblige(st, slot, "fp_write", TRUE)
            return []
        if code == BPF_MOV and insn.source == BPF_X and isinstance(src, Ptr):
            if is64 and insn.off == 0:
                self.write_reg(st, insn.dst, src)
                return self.advance(st, slot, slot + 1)
            self.oblige(st, slot, "ptr_arith", TRUE, insn.dst)
            return []
        if isinstance(dst, Ptr) or isinstance(src, Ptr):
            res = self.ptr_alu(st, insn, slot, dst, src, is64)
            if res is None:
                return []
            self.write_reg(st, insn.dst, res)
            return self.advance(st, slot, slot + 1)
        sv = isa.alu_operand(D, insn, src.v if src is not None else None)
        dv = dst.v if dst is not None else bv(0)
        if sv is None:
            sv = bv(0)
        cd, cs = cval(dv), cval(sv)
        if cd is not None and cs is not None:
            # both known: the concrete interpretation of the same spec function
            self.write_reg(st, insn.dst, Scalar(bv(isa.alu(isa.CONCRETE, insn, cd, cs))))
            return self.advance(st, slot, slot + 1)
        r = isa.alu(D, insn, dv, sv)
        self.write_reg(st, insn.dst, Scalar(_fold(r)))
        return self.advance(st, slot, slot + 1)

    def ptr_alu(self, st, insn, slot, dst, src, is64):
        """Pointer arithmetic as CORE-06 allows it: ALU64 ADD/SUB of a pointer and a scalar (and
        pointer - pointer into the same region, giving a scalar). Everything else faults."""
        code = insn.code
        reg = insn.dst
        if not is64 or code not in (BPF_ADD, BPF_SUB):
            self.oblige(st, slot, "ptr_arith", TRUE, reg)
            return None
        if insn.source == BPF_K:
            src = Scalar(bv(signed(insn.imm & 0xFFFFFFFF, 32)))
        if isinstance(dst, Ptr) and isinstance(src, Ptr):
            if code == BPF_SUB and ENV.same_space(dst, src):
                # pointer - pointer into one object: the distance (allowed for any kinds,
                # e.g. data_end - data)
                co, cs = cval(dst.off), cval(src.off)
                if co is not None and cs is not None:
                    return Scalar(bv(co - cs))
                return Scalar(dst.off - src.off)
            self.oblige(st, slot, "ptr_arith", TRUE, reg)
            return None
        if isinstance(src, Ptr):             # scalar +/- pointer
            if code == BPF_SUB:
                self.oblige(st, slot, "ptr_arith", TRUE, reg)
                return None
            dst, src = src, dst
        if not self._arith_ok(st, slot, dst, reg):
            return None
        co, cs = cval(dst.off), cval(src.v)
        if co is not None and cs is not None:
            off = bv(co + cs if code == BPF_ADD else co - cs)
        else:
            off = dst.off + src.v if code == BPF_ADD else dst.off - src.v
        return Ptr(dst.kind, dst.rid, off, dst.null)

    def _arith_ok(self, st, slot, p: Ptr, reg) -> bool:
        if p.kind in ENV.NO_ARITH_KINDS:
            self.oblige(st, slot, "ptr_arith", TRUE, reg)
            return False
        # arithmetic on a maybe-NULL pointer is allowed at run time (the executor offsets
        # address 0); dereferencing the result is the NULL_DEREF obligation
        return True

    # ---- jumps, calls, exit -------------------------------------------------------------------
    def do_jmp(self, st, insn, slot):
        code = insn.code
        if not ENV.valid_jmp(insn):
            self.oblige(st, slot, "bad_insn", TRUE, insn.opcode)
            return []
        if code == BPF_JA:
            return self.goto(st, slot, slot + 1 + insn.jump_offset())
        if code == BPF_EXIT:
            return self.do_exit(st, insn, slot)
        if code == BPF_CALL:
            if insn.source == BPF_X:
                raise Unsupported(f"callx at insn {slot} is not modelled")
            if insn.src == BPF_PSEUDO_CALL:
                return self.do_subcall(st, insn, slot)
            if insn.src == 0:
                return self.do_helper(st, insn, slot)
            raise Unsupported(f"kfunc call at insn {slot} is not modelled")
        # conditional
        dst = self.read_reg(st, slot, insn.dst)
        if dst is None:
            return []
        src = None
        if insn.source == BPF_X:
            src = self.read_reg(st, slot, insn.src)
            if src is None:
                return []
        cond = self.branch_cond(st, insn, slot, dst, src)
        if cond is None:
            return []
        cond = simp(cond)
        target = slot + 1 + insn.off
        if is_const_true(cond):
            return self.goto(st, slot, target)
        if is_const_false(cond):
            return self.advance(st, slot, slot + 1)
        taken = st.copy()
        taken.pc = st.pc + (cond,)
        st.pc = st.pc + (simp(z3.Not(cond)),)
        return self.goto(taken, slot, target) + self.advance(st, slot, slot + 1)

    def branch_cond(self, st, insn, slot, dst, src):
        if insn.source == BPF_K:
            src = Scalar(isa.jmp_operand(D, insn, None))
        if isinstance(dst, Scalar) and isinstance(src, Scalar):
            cd, cs = cval(dst.v), cval(src.v)
            if cd is not None and cs is not None:
                return TRUE if isa.jmp_cond(isa.CONCRETE, insn, cd, cs) else FALSE
            return isa.jmp_cond(D, insn, dst.v, src.v)
        # pointers: compare addresses within one address space, NULL against zero
        if isinstance(dst, Ptr) and isinstance(src, Ptr):
            if ENV.same_space(dst, src):
                base = bv(ENV.region_base(dst.kind))
                return isa.jmp_cond(D, insn, base + dst.off, base + src.off)
            return self._opaque_cond(st, slot)
        p, s = (dst, src) if isinstance(dst, Ptr) else (src, dst)
        z = as_int(s.v)
        if z == 0 and insn.code in (BPF_JEQ, BPF_JNE) and insn.cls == BPF_JMP:
            # a NULL pointer is address 0 (+ any offset added to it)
            isnull = z3.And(p.null, p.off == 0) if p.null is not None else FALSE
            return isnull if insn.code == BPF_JEQ else z3.Not(isnull)
        return self._opaque_cond(st, slot)

    def _opaque_cond(self, st, slot):
        """A pointer compared with a non-zero scalar or another region: the outcome depends on
        where the kernel placed the object. Both branches are possible; the condition is a
        fresh input (the counterexample cannot pin it, so replay may take the other way)."""
        return z3.Bool(f"ptrcmp_{slot}_{next(self._seq)}")

    def goto(self, st, slot, target):
        if target <= slot and target in self.insns:
            key = (slot, target)
            # a new trip round this loop: inner loops start afresh
            loops = {k: v for k, v in st.loops.items() if not (target <= k[1] and k[0] < slot)}
            n = loops.get(key, 0) + 1
            if n > self.loop_bound:
                self.bounds.append(BoundEvent(slot, st.pc_expr(),
                                              f"loop at insn {target}..{slot} may run more than "
                                              f"{self.loop_bound} iterations (--loop-bound)"))
                return []
            loops[key] = n
            st.loops = loops
            st.slot = target
            return [st]
        return self.advance(st, slot, target)

    def do_exit(self, st, insn, slot):
        r0 = st.f.regs[0]
        if r0 is None:
            self.oblige(st, slot, "exit_r0", TRUE)
            return []
        if st.lock is not None:
            self.oblige(st, slot, "exit_locked", TRUE)
            return []
        if len(st.frames) > 1 and st.frames[-1].loop is not None:
            from bpfsmt.solver.symbolic import helpers as sym_helpers
            return sym_helpers.loop_callback_return(self, st, slot)
        if len(st.frames) > 1:
            callee = st.frames.pop()
            st.f.regs[0] = r0
            for r in range(1, 6):
                st.f.regs[r] = UNINIT
            # the callee's stack dies with it; pointers into it would dangle
            return self.advance(st, slot, callee.ret_slot)
        if isinstance(r0, Ptr) and ENV.POINTER_RETURN_FAULTS:
            self.oblige(st, slot, "ptr_leak", TRUE)
            return []
        self.outcomes.append(Outcome(slot, st.pc_expr(), r0, st.mem))
        return []

    def do_subcall(self, st, insn, slot):
        target = slot + 1 + insn.imm
        if st.lock is not None:
            self.oblige(st, slot, "call_locked", TRUE)
            return []
        if len(st.frames) >= MAX_CALL_FRAMES:
            self.oblige(st, slot, "call_depth", TRUE, len(st.frames) + 1)
            return []
        regs = [UNINIT] * 11
        for r in range(1, 6):
            regs[r] = st.f.regs[r]
        for r in range(6, 10):
            regs[r] = st.f.regs[r] if ENV.CALLEE_SEES_CALLER_R6_R9 else UNINIT
        fno = len(st.frames)
        regs[10] = Ptr("stack", fno, bv(0))
        # stale bytes of an earlier frame at this depth are not inherited
        st.frames.append(Frame(regs, {}, slot + 1, fno, target))
        st.slot = target
        return [st]

    # ---- helpers ------------------------------------------------------------------------------
    def do_helper(self, st, insn, slot):
        from bpfsmt.solver.symbolic import helpers as sym_helpers
        return sym_helpers.call(self, st, insn, slot)

    # ---- memory -------------------------------------------------------------------------------
    def do_ldx(self, st, insn, slot):
        sx = insn.mode == BPF_MEMSX
        if insn.mode not in (BPF_MEM, BPF_MEMSX) or (sx and insn.size == BPF_DW):
            self.oblige(st, slot, "bad_insn", TRUE, insn.opcode)
            return []
        base = self.read_reg(st, slot, insn.src)
        if base is None:
            return []
        size = insn.size_bytes
        v = self.load(st, slot, insn.src, base, insn.off, size)
        if v is None:
            return []
        if sx:
            if isinstance(v, Ptr):
                raise Unsupported(f"sign-extending load of a spilled pointer at insn {slot}")
            v = Scalar(_fold(isa.load_extend(D, D.trunc(v.v, size * 8), size, True)))
        if insn.dst == 10:
            self.oblige(st, slot, "fp_write", TRUE)
            return []
        self.write_reg(st, insn.dst, v)
        return self.advance(st, slot, slot + 1)

    def do_st(self, st, insn, slot):
        if insn.mode != BPF_MEM and not (insn.cls == BPF_STX and insn.mode == BPF_ATOMIC):
            self.oblige(st, slot, "bad_insn", TRUE, insn.opcode)
            return []
        size = insn.size_bytes
        if insn.mode == BPF_ATOMIC:
            return self.do_atomic(st, insn, slot)
        base = self.read_reg(st, slot, insn.dst)
        if base is None:
            return []
        if insn.cls == BPF_STX:
            val = self.read_reg(st, slot, insn.src)
            if val is None:
                return []
        else:
            val = Scalar(bv(insn.imm))
        if not self.store(st, slot, insn.dst, base, insn.off, size, val):
            return []
        return self.advance(st, slot, slot + 1)

    def do_atomic(self, st, insn, slot):
        size = insn.size_bytes
        if insn.imm not in VALID_ATOMIC_IMMS or size not in (4, 8):
            self.oblige(st, slot, "bad_insn", TRUE, insn.opcode)
            return []
        base = self.read_reg(st, slot, insn.dst)
        if base is None:
            return []
        val = self.read_reg(st, slot, insn.src)
        if val is None:
            return []
        if isinstance(val, Ptr):
            self.oblige(st, slot, "ptr_leak", TRUE)
            return []
        r0 = None
        if insn.imm == BPF_CMPXCHG:
            r0 = self.read_reg(st, slot, 0)
            if r0 is None:
                return []
            if isinstance(r0, Ptr):
                self.oblige(st, slot, "ptr_leak", TRUE)
                return []
        old = self.load(st, slot, insn.dst, base, insn.off, size)
        if old is None:
            return []
        if isinstance(old, Ptr):
            self.oblige(st, slot, "ptr_arith", TRUE, insn.dst)
            return []
        new, fetch, newr0 = isa.atomic(D, insn, D.trunc(old.v, size * 8), val.v,
                                       r0.v if r0 is not None else bv(0))
        newv = Scalar(_fold(D.zext(new, size * 8, 64)))
        if not self.store(st, slot, insn.dst, base, insn.off, size, newv):
            return []
        if fetch is not None:
            self.write_reg(st, insn.src, Scalar(_fold(fetch)))
        if newr0 is not None:
            self.write_reg(st, 0, Scalar(_fold(newr0)))
        return self.advance(st, slot, slot + 1)

    def do_ld(self, st, insn, slot):
        if insn.opcode == LDDW_OPCODE:
            v, direct = self.env.ld_imm64(insn, slot)
            if v is None:
                raise Unsupported(f"lddw with src={insn.src} at insn {slot} is not modelled")
            if direct is not None:
                st.mem.keys[direct[0]] = direct[1]
                self.env.touched_keys.append((direct[0][0], direct[1]))
            if insn.dst == 10:
                self.oblige(st, slot, "fp_write", TRUE)
                return []
            self.write_reg(st, insn.dst, v)
            return self.advance(st, slot, slot + 2)
        if insn.mode in (BPF_ABS, BPF_IND):
            from bpfsmt.solver.symbolic import helpers as sym_helpers
            return sym_helpers.ld_abs(self, st, insn, slot)
        self.oblige(st, slot, "bad_insn", TRUE, insn.opcode)
        return []

    # loads and stores by region --------------------------------------------------------------
    def access_ok(self, st, slot, reg, base, off, size, write, helper=False) -> bool:
        """The checks an access makes before touching memory, in the executor's order: an
        address in some region (scalars below 4 GiB are the NULL window), not NULL, inside the
        region, no overlap with a bpf_spin_lock / bpf_timer, aligned on the stack (a rule the
        verifier enforces and x86 does not need). False = the path stops here."""
        if isinstance(base, Scalar):
            if self.env.kernel_pointers and cval(base.v) is None:
                # tracing-style contexts hold kernel pointers (BTF objects, pt_regs values):
                # loads through them are probe reads the executor does not have
                raise Unsupported(f"load through a kernel pointer ({self.prog.prog_type} "
                                  f"context) at insn {slot}")
            a = add_off(base.v, off)
            ok = self.oblige(st, slot, "null_deref", z3.LShR(a, 32) == 0, reg,
                             "null" if as_int(a) is not None and as_int(a) < 65536 else "scalar")
            if ok:
                self.oblige(st, slot, "bad_mem", TRUE, reg, "scalar")
            return False
        if base.kind not in ENV.DEREF_KINDS:
            self.oblige(st, slot, "bad_mem", TRUE, reg, base.type_name())
            return False
        if base.null is not None:
            if not self.oblige(st, slot, "null_deref", base.null, reg, "null"):
                return False
        a = add_off(base.off, off)
        ca = cval(a)
        if ca is not None:
            return self._access_ok_const(st, slot, reg, base, signed(ca), a, off, size, write, helper)
        # the executor gives each region a 4 GiB window with the region in its middle: an
        # offset beyond +-2 GiB lands in another window (not this region's checks)
        start = bv(MAX_BPF_STACK if base.kind == "stack" else 0)
        if not self.oblige(st, slot, "bad_mem",
                           z3.Or(a + start < bv(-(1 << 31)), a + start >= bv(1 << 31)),
                           reg, base.type_name()):
            return False
        what = " indirect access to" if helper else (" write to" if write else " read from")
        if base.kind == "stack":
            if not self.oblige(st, slot, "stack_oob",
                               z3.Or(a < bv(-MAX_BPF_STACK), a + bv(size) > bv(0)),
                               what, reg, a, size):
                return False
            if helper or size == 1:
                return True
            return self.oblige(st, slot, "stack_misaligned", z3.URem(a, bv(size)) != 0,
                               ENV.var_off_str(base.off), off, 0, size)
        if base.kind == "map_value":
            m = self.env.map_named(base.rid[0])
            vs = m.value_size
            if not self.oblige(st, slot, "map_value_oob",
                               z3.Or(a < bv(0), a + bv(size) > bv(vs)), vs, a, size):
                return False
            if not helper:
                for kind, foff, fsize in (("lock_access", m.spin_lock_off, 4),
                                          ("timer_access", m.timer_off, 16)):
                    if foff is not None and foff >= 0:
                        if not self.oblige(st, slot, kind, z3.And(a < bv(foff + fsize),
                                                                  bv(foff) < a + bv(size))):
                            return False
            return True
        if base.kind in ("pkt", "pkt_meta"):
            meta, data, end = self.pkt_bounds(st)
            return self.oblige(st, slot, "pkt_oob",
                               z3.Or(a < meta, a + bv(size) > end),
                               a - data, size, reg, 0, a - data, end - data)
        if base.kind == "ctx":
            return self.oblige(st, slot, "ctx_oob", self.env.ctx_bad(a, size, write), a, size)
        self.oblige(st, slot, "bad_mem", TRUE, reg, base.type_name())
        return False

    def _access_ok_const(self, st, slot, reg, base, a, abv, off, size, write, helper) -> bool:
        """access_ok for a known offset: every check is decided here without Z3."""
        F_ = lambda c: TRUE if c else FALSE      # noqa: E731
        start = MAX_BPF_STACK if base.kind == "stack" else 0
        if not self.oblige(st, slot, "bad_mem", F_(not -(1 << 31) <= a + start < 1 << 31),
                           reg, base.type_name()):
            return False
        what = " indirect access to" if helper else (" write to" if write else " read from")
        if base.kind == "stack":
            if not self.oblige(st, slot, "stack_oob", F_(a < -MAX_BPF_STACK or a + size > 0),
                               what, reg, a, size):
                return False
            if helper or size == 1:
                return True
            return self.oblige(st, slot, "stack_misaligned", F_(a % size != 0), "fp", off, 0, size)
        if base.kind == "map_value":
            m = self.env.map_named(base.rid[0])
            vs = m.value_size
            if not self.oblige(st, slot, "map_value_oob", F_(a < 0 or a + size > vs), vs, a, size):
                return False
            if not helper:
                for kind, foff, fsize in (("lock_access", m.spin_lock_off, 4),
                                          ("timer_access", m.timer_off, 16)):
                    if foff is not None and foff >= 0:
                        if not self.oblige(st, slot, kind, F_(a < foff + fsize and foff < a + size)):
                            return False
            return True
        if base.kind in ("pkt", "pkt_meta"):
            if st.mem.layout is not None:
                meta, data, end = self.pkt_bounds(st)
                return self.oblige(st, slot, "pkt_oob",
                                   z3.Or(abv < meta, abv + bv(size) > end),
                                   abv - data, size, reg, 0, abv - data, end - data)
            return self.oblige(st, slot, "pkt_oob",
                               F_(a < 0) if a < 0 else z3.UGT(bv(a + size), self.env.pkt_len),
                               a, size, reg, 0, a, self.env.pkt_len)
        if base.kind == "ctx":
            return self.oblige(st, slot, "ctx_oob", self.env.ctx_bad(abv, size, write), a, size)
        self.oblige(st, slot, "bad_mem", TRUE, reg, base.type_name())
        return False

    def load(self, st, slot, reg, base, off, size):
        if not self.access_ok(st, slot, reg, base, off, size, False):
            return None
        a = add_off(base.off, off)
        if base.kind == "stack":
            return self.stack_load(st, slot, base, a, size)
        if base.kind == "ctx":
            return self.env.ctx_load(self, st, a, size)
        return Scalar(zext64(self.region_read(st, base, a, size), size * 8))

    def read_range(self, st, slot, reg, base, size):
        """A helper reading `size` bytes at `base` (key, value, buffer): one range check, then
        the bytes (stack bytes must be initialised). List of 8-bit terms, or None."""
        if not self.access_ok(st, slot, reg, base, 0, size, False, helper=True):
            return None
        a = base.off
        if base.kind == "stack":
            f = self._frame_of(st, base)
            vals = self._stack_bytes(st, slot, f, a, size)
            if vals is None:
                return None
            return vals
        if base.kind == "ctx":
            v = self.env.ctx_load(self, st, a, size) if size <= 8 else None
            if v is None or isinstance(v, Ptr):
                raise Unsupported(f"helper reading the ctx at insn {slot}")
            return lebytes(v.v, size)
        return [self.read_byte(st, base, add_off(a, i)) for i in range(size)]

    def write_range(self, st, slot, reg, base, bytes_) -> bool:
        """A helper writing bytes at `base` (ARG_PTR_TO_UNINIT_MEM): one range check, then the
        bytes become initialised data."""
        size = len(bytes_)
        if not self.access_ok(st, slot, reg, base, 0, size, True, helper=True):
            return False
        a = base.off
        if base.kind == "stack":
            ai = as_int(a)
            if ai is None:
                raise Unsupported(f"helper writing the stack at a variable offset at insn {slot}")
            f = self._frame_of(st, base)
            ai = signed(ai)
            self._unspill(f, ai, size)
            for i, b in enumerate(bytes_):
                f.stack[ai + i] = SByte(b, TRUE)
            return True
        if base.kind == "ctx":
            raise Unsupported(f"helper writing the ctx at insn {slot}")
        self.region_write_bytes(st, base, a, bytes_)
        return True

    def store(self, st, slot, reg, base, off, size, val) -> bool:
        if not self.access_ok(st, slot, reg, base, off, size, True):
            return False
        a = add_off(base.off, off)
        if base.kind == "stack":
            return self.stack_store(st, slot, base, a, size, val)
        if isinstance(val, Ptr):
            # a pointer stored into ctx / packet / map memory leaves the verifier's sight
            self.oblige(st, slot, "ptr_leak", TRUE)
            return False
        self.region_write(st, base, a, size, val.v)
        return True

    # stack -------------------------------------------------------------------------------------
    def _frame_of(self, st, base):
        for f in st.frames:
            if f.fno == base.rid:
                return f
        return None

    def _stack_bytes(self, st, slot, f, a, size):
        """Data bytes at stack offset `a` (concrete or not), after the initialised-bytes
        obligation (CORE-03, reported with the first uninitialised byte as the executor does)."""
        ai = as_int(a)
        if ai is not None:
            ai = signed(ai)
            bytes_ = [f.stack.get(ai + i) for i in range(size)]
            if any(b is not None and b.ptr is not None for b in bytes_):
                # the executor reads the address bytes of a spilled pointer; we have no address
                raise Unsupported(f"partial read of a spilled pointer at insn {slot}")
            inits = [b.init if b is not None else FALSE for b in bytes_]
            vals = [b.val if b is not None else bv(0, 8) for b in bytes_]
        else:
            offs = sorted(f.stack)
            if any(f.stack[o].ptr is not None for o in offs):
                raise Unsupported(f"variable-offset stack read over a spilled pointer at insn {slot}")
            vals, inits = [], []
            for i in range(size):
                ai_ = a + bv(i)
                v, ini = bv(0, 8), FALSE
                for o in offs:
                    b = f.stack[o]
                    v = z3.If(ai_ == bv(o), b.val, v)
                    ini = z3.If(ai_ == bv(o), b.init, ini)
                vals.append(v)
                inits.append(ini)
        if all(z3.is_true(i) for i in inits):
            self.obligations.append(Obligation(slot, "uninit_stack", FALSE))
            return vals
        first = bv(size)
        for i in reversed(range(size)):
            first = z3.If(z3.Not(inits[i]), bv(i), first)
        if not self.oblige(st, slot, "uninit_stack", z3.Not(z3.And(*inits)), a, first, size):
            return None
        return [_fold(v) for v in vals]

    def stack_load(self, st, slot, base, a, size):
        f = self._frame_of(st, base)
        if f is None:
            self.oblige(st, slot, "bad_mem", TRUE, 0, "fp")
            return None
        ai = as_int(a)
        if ai is not None and size == 8:
            ai = signed(ai)
            bytes_ = [f.stack.get(ai + i) for i in range(size)]
            # a whole spilled pointer comes back as that pointer
            p0 = bytes_[0].ptr if bytes_[0] is not None else None
            if p0 is not None and all(b is not None and b.ptr is not None and b.i == i and
                                      shape_of(b.ptr) == shape_of(p0) for i, b in enumerate(bytes_)):
                return p0
        vals = self._stack_bytes(st, slot, f, a, size)
        if vals is None:
            return None
        return Scalar(zext64(fromle(vals), size * 8))

    def _unspill(self, f, ai, size):
        """Bytes about to be overwritten stop being part of a pointer; nothing else changes."""

    def stack_store(self, st, slot, base, a, size, val) -> bool:
        f = self._frame_of(st, base)
        if f is None:
            self.oblige(st, slot, "bad_mem", TRUE, 0, "fp")
            return False
        ai = as_int(a)
        if ai is not None:
            ai = signed(ai)
            if isinstance(val, Ptr):
                if size != 8:
                    self.oblige(st, slot, "ptr_arith", TRUE, 0)   # partial pointer spill
                    return False
                for i in range(8):
                    f.stack[ai + i] = SByte(ptr=val, i=i)
                return True
            # overwriting part of a spilled pointer leaves the other bytes as pointer fragments:
            # reading them later is a partial fill, which we do not model (UNKNOWN)
            self._unspill(f, ai, size)
            for i, byte in enumerate(lebytes(val.v, size)):
                f.stack[ai + i] = SByte(byte, TRUE)
            return True
        if isinstance(val, Ptr):
            raise Unsupported(f"pointer spilled at a variable stack offset at insn {slot}")
        for o, b in list(f.stack.items()):
            if b.ptr is not None:
                raise Unsupported(f"variable-offset stack write near a spilled pointer at insn {slot}")
        nb = lebytes(val.v, size)
        for o in range(-MAX_BPF_STACK, 0):
            hit = [(a + bv(i)) == bv(o) for i in range(size)]
            old = f.stack.get(o)
            ov, oi = (old.val, old.init) if old is not None else (bv(0, 8), FALSE)
            v = ov
            for i in range(size):
                v = z3.If(hit[i], nb[i], v)
            f.stack[o] = SByte(v, z3.Or(oi, *hit))
        return True

    # input-backed regions ------------------------------------------------------------------
    def region_read(self, st, base, a, size):
        """Little-endian value of `size` bytes at offset `a` of a ctx/packet/map-value region."""
        return fromle([self.read_byte(st, base, add_off(a, i)) for i in range(size)])

    def read_byte(self, st, base, a):
        mem = st.mem
        if base.kind in ("pkt", "pkt_meta"):
            init = self.env.pkt_byte(a)
            if mem.layout is not None:
                # head room and tail room of the test-run buffer are zeros
                init = z3.If(z3.Or(a < bv(0), a >= self.env.pkt_len), bv(0, 8), init)
            log = mem.pkt
            entries = [(o, b, g, TRUE) for (o, b, g) in log]
        elif base.kind == "ctx":
            log, init = mem.ctx, self.env.ctx_byte(a)
            entries = [(o, b, g, TRUE) for (o, b, g) in log]
        elif base.kind == "map_value":
            name = base.rid[0]
            key = mem.keys[base.rid]
            init = self.env.map_byte(name, key, a)
            entries = [(o, b, g, _keq(k, key)) for (m, k, o, b, g) in mem.mapw if m == name]
        else:
            raise Unsupported(f"read of region {base.kind}")
        v = init
        for (o, b, g, keq) in entries:       # oldest first, newest wins
            if z3.is_bv_value(o) and z3.is_bv_value(a):
                hit = _conj(g, keq) if o.as_long() == a.as_long() else FALSE
            else:
                hit = _conj(g, keq, o == a)
            if is_const_true(hit):
                v = b
            elif not is_const_false(hit):
                v = z3.If(hit, b, v)
        return _fold(v)

    def region_write(self, st, base, a, size, value):
        self.region_write_bytes(st, base, a, lebytes(value, size))

    def region_write_bytes(self, st, base, a, bytes_):
        mem = st.mem
        if base.kind in ("pkt", "pkt_meta"):
            mem.pkt = mem.pkt + tuple((add_off(a, i), b, TRUE) for i, b in enumerate(bytes_))
        elif base.kind == "map_value":
            name = base.rid[0]
            key = mem.keys[base.rid]
            mem.mapw = mem.mapw + tuple((name, key, add_off(a, i), b, TRUE)
                                        for i, b in enumerate(bytes_))
        elif base.kind == "ctx":
            mem.ctx = mem.ctx + tuple((add_off(a, i), b, TRUE) for i, b in enumerate(bytes_))
        else:
            raise Unsupported(f"write to region {base.kind}")


def _keq(k1, k2):
    """Key equality without simplifying the (possibly large) key terms."""
    if k1 is k2 or z3.eq(k1, k2):
        return TRUE
    c1, c2 = cval(k1), cval(k2)
    if c1 is not None and c2 is not None:
        return TRUE if c1 == c2 else FALSE
    return k1 == k2


def lower(pfile: ProgramFile, program: Program | str, loop_bound: int = 8,
          max_steps: int = 200_000) -> Lowering:
    if isinstance(program, str):
        program = pfile.program(program)
    return Lowerer(pfile, program, loop_bound, max_steps).run()
