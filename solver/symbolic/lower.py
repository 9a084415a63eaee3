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
from dataclasses import replace
from typing import NamedTuple

import z3

from bpfsmt.spec import isa
from bpfsmt.spec.helper_ids import HELPER_IDS
from bpfsmt.spec.insn import (
    BPF_ALU, BPF_ALU64, BPF_JMP, BPF_JMP32, BPF_LD, BPF_LDX, BPF_ST, BPF_STX, BPF_K, BPF_X,
    BPF_ADD, BPF_SUB, BPF_MOV, BPF_NEG, BPF_END, BPF_JA, BPF_JEQ, BPF_JNE, BPF_CALL, BPF_EXIT,
    BPF_MEM, BPF_MEMSX, BPF_ATOMIC, BPF_ABS, BPF_IND, BPF_DW, BPF_PROBE_MEM,
    BPF_PSEUDO_CALL, BPF_CMPXCHG, VALID_ATOMIC_IMMS, Insn, LDDW_OPCODE,
)
from bpfsmt.spec.limits import MAX_CALL_FRAMES, MAX_TAIL_CALL_CNT
from bpfsmt.spec.program import Program, ProgramFile
from bpfsmt.spec.vocab import RegType as T

from bpfsmt.solver.symbolic import env as ENV
from bpfsmt.solver.symbolic import helpers as sym_helpers
from bpfsmt.solver.symbolic import liveness, refs, timers
from bpfsmt.solver.symbolic import loops as sym_loops
from bpfsmt.solver.symbolic.budget import Budget, OutOfTime
from bpfsmt.solver.symbolic.regions import RegionOps
from bpfsmt.solver.symbolic.state import (BoundEvent, Frame, Lowering, Memory, Obligation, Outcome, State,
                                          mark_non_null,
                                          by_shapes, merge_states)
from bpfsmt.solver.symbolic.values import (D, FALSE, TRUE, OPAQUE_KINDS, UNINIT, MapChoice, Ptr, Scalar, kobj_size,
                                           Unsupported,
                                           type_name,
                                           as_int, bv, cval, fold, is_const_false, is_const_true, mk_and,
                                           mk_not, signed, simp)

# map helpers that may insert a key (lookup/update/delete): bound how many elements a run creates
_KEY_HELPER_IDS = frozenset(HELPER_IDS["bpf_" + n] for n in
                            ("map_lookup_elem", "map_update_elem", "map_delete_elem"))


def _key_calls(program: Program) -> int:
    return sum(1 for i in program.insns if i.is_helper_call and i.imm in _KEY_HELPER_IDS)


class Code(NamedTuple):
    """A program's instructions by slot and the registers live into each slot."""
    insns: dict
    live: dict

    @staticmethod
    def of(program: Program) -> "Code":
        insns = dict(zip(program.slots(), program.insns))
        return Code(insns, liveness.live_in(insns))


class Lowerer(RegionOps):
    def __init__(self, pfile: ProgramFile, program: Program, loop_bound: int = 8,
                 max_steps: int = 200_000, budget: Budget | None = None):
        self.pfile, self.prog = pfile, program
        self.budget = budget or Budget(None)
        self.loop_bound = loop_bound
        self.max_steps = max_steps
        # the code of the checked program ("") and of the tail-call targets a path entered
        self.codes: dict[str, Code] = {"": Code.of(program)}
        self.nslots = program.slot_count()
        self.env = ENV.Inputs(pfile, program)
        self.obligations: list[Obligation] = []
        self.outcomes: list[Outcome] = []
        self.bounds: list[BoundEvent] = []
        self.approx: list = []
        self.summaries: list = []           # loops decided by induction (loops.py)
        self.loop_info = sym_loops.LoopInfo()
        self.timed_out = False
        self.fstarts = sorted({f.start for f in program.functions} | {0})
        self._fno = itertools.count(1)
        self._seq = itertools.count()
        self.processed = 0
        # programs a tail call may enter (populated prog_array slots)
        names = {p.name for p in pfile.programs}
        self.tail_targets = sorted({t for m in pfile.maps.values() if m.map_type == "prog_array"
                                    for t in m.prog_slots.values() if t in names})
        # map helper calls in the program (and in the chain of up to MAX_TAIL_CALL_CNT tail
        # calls): bounds how many keys a run can insert
        self.key_calls = _key_calls(program) + MAX_TAIL_CALL_CNT * sum(
            _key_calls(pfile.program(t)) for t in self.tail_targets) + \
            max((len(m.contents) for m in pfile.maps.values()), default=0)

    def scalar_arg(self, st, slot, reg, what):
        """A helper's scalar argument R`reg` (None when the read faulted); a pointer there is
        not modelled for `what`."""
        v = self.read_reg(st, slot, reg)
        if v is None:
            return None
        if isinstance(v, Ptr):
            raise Unsupported(f"{what} with a pointer in R{reg} at insn {slot}")
        return v

    def may_fill(self, st, m) -> bool:
        """Whether an insertion into map `m`, whose element count is not modelled (a sockhash,
        an LPM trie: hash maps of data count theirs, helpers._count), may find it full.
        Counted on the path: the map's contents plus the insertions so far, so a loop unrolled
        within --loop-bound counts each trip. After a loop decided by induction (its keys
        havoced) the program-wide count, which the loop's own fill check added its trips to."""
        n, havoc = sym_loops.inserts(st.mem.mapp, m.name)
        if havoc:
            return m.max_entries <= self.key_calls
        return m.max_entries <= len(m.contents) + n + 1

    def code(self, prog: str) -> "Code":
        """The instructions and register liveness of the checked program ("") or of a tail-call
        target."""
        c = self.codes.get(prog)
        if c is None:
            c = self.codes[prog] = Code.of(self.pfile.program(prog))
        return c

    # ---- helpers ------------------------------------------------------------------------------
    def oblige(self, st: State, slot: int, kind: str, bad, *args, note="", regs=None, template=""):
        """Record that `bad` faults here; the state continues assuming it did not."""
        bad = simp(bad) if not isinstance(bad, bool) else (TRUE if bad else FALSE)
        if is_const_false(bad):
            self.obligations.append(Obligation(slot, kind, FALSE, args, note=note, template=template))
            return True
        # the path condition is not simplified here: it is long, and simplifying it at every
        # obligation made lowering quadratic in the path length
        cond = mk_and(st.pc_expr(), bad) if st.pc else bad
        self.obligations.append(Obligation(slot, kind, cond, args,
                                           regs=regs if regs is not None else self._regs(st), note=note,
                                           template=template, prog=st.prog))
        if is_const_true(bad):
            return False            # the path always faults here: stop it
        st.pc = st.pc + (mk_not(bad),)
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
        if v.undef is not None:
            if not self.oblige(st, slot, "uninit_reg", v.undef, r):
                return None
            v = st.f.regs[r] = replace(v, undef=None)
        if isinstance(v, Ptr) and v.kind in OPAQUE_KINDS and not move and not kobj_size(v):
            if v.kind == T.STALE_PACKET:
                raise Unsupported(f"R{r} at insn {slot} is a packet pointer from before a helper "
                                  f"that changes packet data (the verifier invalidates it)")
            raise Unsupported(f"R{r} at insn {slot} is a kernel object ({v.kind}) the engine "
                              f"does not model")
        return v

    def typed_arg(self, st: State, slot: int, r: int, kind):
        """Helper argument R`r` that must be a pointer of register type `kind` (CORE-08):
        the pointer, or None when the path stops (uninitialised, or the wrong type)."""
        v = self.read_reg(st, slot, r)
        if v is None:
            return None
        if not (isinstance(v, Ptr) and v.kind == kind):
            self.oblige(st, slot, "helper_arg", TRUE, r, type_name(v), str(kind))
            return None
        return v

    def write_reg(self, st: State, r: int, v):
        if not 0 <= r <= 10:
            raise Unsupported(f"register R{r} (the verifier says R{r} is invalid)")
        st.f.regs[r] = v

    # ---- driver -------------------------------------------------------------------------------
    def run(self) -> Lowering:
        regs = [UNINIT] * 11
        regs[1] = self.env.entry_r1()
        regs[10] = Ptr(T.PTR_TO_STACK, 0, bv(0))
        st0 = State(0, [Frame(regs, {}, -1, 0, 0)], (), Memory(), {}, {}, 0, 1)
        unsupported = None
        try:
            self.explore([st0])
        except Unsupported as e:
            unsupported = str(e)
        except OutOfTime:
            self.timed_out = True
        axioms = self.env.axioms() + [a for sm in self.summaries for a in sm.assume]
        return Lowering(self.prog, self.obligations, self.outcomes, self.bounds, self.env,
                        axioms, unsupported, self.processed, self.processed,
                        sorted(set(self.approx)), self.timed_out, self.summaries)

    def explore(self, states, route=None):
        """Run `states` to their ends in program order, merging states that meet; `route(st)`
        may take a successor out of the run (a loop summary's trip: back at the loop's cut
        point, or out of the loop). Once the budget is spent it stops and sets `timed_out`."""
        queue = [(s.position(), next(self._seq), s) for s in states]
        heapq.heapify(queue)
        while queue:
            if self.budget.expired():
                self.timed_out = True
                return
            pos, _, st = heapq.heappop(queue)
            group = [st]
            while queue and queue[0][0] == pos:
                group.append(heapq.heappop(queue)[2])
            if len(group) > 1:
                buckets: dict = {}
                for g in group:
                    g.drop_dead_regs(self.code(g.prog).live)
                    g.drop_dead_keys()
                    buckets.setdefault(g.merge_key(), []).append(g)
                group = [self._merged(b) for same in buckets.values() for b in by_shapes(same)]
            for g in group:
                self.processed += 1
                if self.processed > self.max_steps:
                    self.bounds.append(BoundEvent(g.slot, g.pc_expr(),
                                                  f"exploration budget of {self.max_steps} "
                                                  f"instruction visits exhausted"))
                    continue
                for nxt in self.step(g):
                    if route is None or not route(nxt):
                        heapq.heappush(queue, (nxt.position(), next(self._seq), nxt))

    def _merged(self, states: list) -> State:
        if len(states) == 1:
            return states[0]
        return merge_states(states, self.budget.check)

    def mark(self) -> tuple:
        """Where the results stand, so a trial lowering (a loop summary's round) can be undone."""
        return (len(self.obligations), len(self.outcomes), len(self.bounds), len(self.approx),
                len(self.summaries))

    def reset(self, mark: tuple):
        for lst, n in zip((self.obligations, self.outcomes, self.bounds, self.approx,
                           self.summaries), mark):
            del lst[n:]

    # ---- one instruction ----------------------------------------------------------------------
    def step(self, st: State) -> list[State]:
        slot = st.slot
        insn = self.code(st.prog).insns.get(slot)
        if insn is None:
            # outside the program or into the middle of an lddw: the executor faults when it
            # fetches this slot, so the obligation lives here
            self.oblige(st, slot, "jump_oor", TRUE, slot - 1, slot)
            return []
        choice = _choice_read(st, insn)
        if choice is not None:
            return [s for rid, cond in choice.options if not is_const_false(cond)
                    for s in self.step(st.choose(choice, rid, cond))]
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
            if insn.off == 0:
                # R1 = (u32) R2 of a pointer: an unknown scalar to the privileged verifier
                # (check_alu_op)
                self.write_reg(st, insn.dst, self.pointer_low32(slot))
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
        self.write_reg(st, insn.dst, Scalar(fold(r)))
        return self.advance(st, slot, slot + 1)

    def pointer_low32(self, slot):
        """The low 32 bits of a pointer (or of a pointer and a scalar combined): the value
        depends on where the kernel put the object, so any u32; a counterexample resting on it
        is no claim (Lowering.approx)."""
        self.approx.append(f"the low 32 bits of a pointer (insn {slot})")
        return Scalar(z3.ZeroExt(32, z3.BitVec(f"ptr32_{slot}_{next(self._seq)}", 32)))

    def ptr_alu(self, st, insn, slot, dst, src, is64):
        """Pointer arithmetic as CORE-06 allows it: ALU64 ADD/SUB of a pointer and a scalar (and
        pointer - pointer into the same region, giving a scalar); a 32-bit SUB with a pointer
        operand is an unknown scalar for root (adjust_ptr_min_max_vals). Everything else faults."""
        code = insn.code
        reg = insn.dst
        if code == BPF_SUB and not is64 and not (isinstance(dst, Ptr) and isinstance(src, Ptr)):
            return self.pointer_low32(slot)
        if isinstance(dst, Ptr) and isinstance(src, Ptr) and code == BPF_SUB:
            # pointer - pointer, of either width, is an unknown scalar to the privileged
            # verifier; into one object it is the distance (e.g. data_end - data)
            if not ENV.same_space(dst, src):
                raise Unsupported(f"difference of pointers into different regions at insn {slot}")
            co, cs = cval(dst.off), cval(src.off)
            d = bv(co - cs) if co is not None and cs is not None else dst.off - src.off
            return Scalar(d if is64 else fold(D.zext(D.trunc(d, 32), 32, 64)))
        if not is64 or code not in (BPF_ADD, BPF_SUB):
            self.oblige(st, slot, "ptr_arith", TRUE, reg)
            return None
        if insn.source == BPF_K:
            src = Scalar(bv(signed(insn.imm & 0xFFFFFFFF, 32)))
        if isinstance(dst, Ptr) and isinstance(src, Ptr):
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
            return sym_helpers.kfunc(self, st, insn, slot)
        # conditional; a kernel object may be tested against NULL
        null_test = insn.source == BPF_K and insn.imm == 0 and insn.cls == BPF_JMP and \
            code in (BPF_JEQ, BPF_JNE)
        dst = self.read_reg(st, slot, insn.dst, move=null_test)
        if dst is None:
            return []
        if isinstance(dst, Ptr) and dst.kind == T.STALE_PACKET:
            self.read_reg(st, slot, insn.dst)        # UNKNOWN: the kernel made it a scalar
        src = None
        if insn.source == BPF_X:
            src = self.read_reg(st, slot, insn.src)
            if src is None:
                return []
        cond = self.branch_cond(st, insn, slot, dst, src)
        if cond is None:
            return []
        # the simplifier only tells a constant: its rewrite of a condition over map presence
        # and counts (Ifs lifted, bit-vectors split) is larger than the condition, and every
        # later guard and join on this path would carry it
        folded = simp(cond)
        target = slot + 1 + insn.off
        if is_const_true(folded):
            return self.goto(st, slot, target)
        if is_const_false(folded):
            return self.advance(st, slot, slot + 1)
        taken = st.copy()
        taken.pc = st.pc + (cond,)
        # Not(cond) as is: a join recognises the diamond by it (and cond may be long)
        st.pc = st.pc + (mk_not(cond),)
        if null_test and isinstance(dst, Ptr) and dst.kind == T.PTR_TO_MAP_VALUE and \
                dst.null is not None and cval(dst.off) == 0:
            mark_non_null(taken if code == BPF_JNE else st, dst.null)
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
                base = bv(ENV.REGION_BASE)
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
        if target <= slot and target in self.code(st.prog).insns:
            # all back jumps to one target count the trips of one loop
            key = sym_loops.forest(self, st.prog).key(slot, target)
            # a new trip round this loop: inner loops start afresh
            loops = {k: v for k, v in st.loops.items() if not (target <= k[1] and k[0] < key[0])}
            n = loops.get(key, 0) + 1
            st.loops = loops
            if n > self.loop_bound:
                out = sym_loops.summarize(self, st, slot, key)
                if out is not None:
                    return out
                self.bounds.append(BoundEvent(slot, st.pc_expr(),
                                              f"loop at insn {target}..{slot} may run more than "
                                              f"{self.loop_bound} iterations (--loop-bound)"))
                return []
            loops[key] = n
            st.slot = target
            sym_loops.snapshot(self, st, key, n)
            return [st]
        return self.advance(st, slot, target)

    def do_exit(self, st, insn, slot):
        r0 = st.f.regs[0]
        if r0 is None:
            self.oblige(st, slot, "exit_r0", TRUE)
            return []
        if r0.undef is not None:
            if not self.oblige(st, slot, "exit_r0", r0.undef):
                return []
            r0 = st.f.regs[0] = replace(r0, undef=None)
        if st.lock is not None:
            self.oblige(st, slot, "exit_locked", TRUE)
            return []
        if len(st.frames) == 1 and st.rcu:
            self.oblige(st, slot, "exit_rcu", TRUE)
            return []
        if len(st.frames) == 1 and st.refs and not refs.leaks(self, st, slot):
            return []
        if len(st.frames) > 1 and st.frames[-1].loop is not None:
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
        if st.phase == 0:
            st.main_r0 = r0
        return timers.after_exit(self, st, slot)

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
        regs[10] = Ptr(T.PTR_TO_STACK, fno, bv(0))
        # stale bytes of an earlier frame at this depth are not inherited
        st.frames.append(Frame(regs, {}, slot + 1, fno, target))
        st.slot = target
        return [st]

    # ---- helpers ------------------------------------------------------------------------------
    def do_helper(self, st, insn, slot):
        return sym_helpers.call(self, st, insn, slot)

    # ---- memory -------------------------------------------------------------------------------
    def do_ldx(self, st, insn, slot):
        if insn.mode == BPF_PROBE_MEM:
            return self.do_probe_load(st, insn, slot)
        sx = insn.mode == BPF_MEMSX
        if insn.mode not in (BPF_MEM, BPF_MEMSX) or (sx and insn.size == BPF_DW):
            self.oblige(st, slot, "bad_insn", TRUE, insn.opcode)
            return []
        base = self.read_reg(st, slot, insn.src)
        if base is None:
            return []
        size = insn.size_bytes
        split = self.split_spill(st, base, insn.off, size)
        if split is not None:
            return [s for part in split for s in self.do_ldx(part, insn, slot)]
        v = self.load(st, slot, insn.src, base, insn.off, size)
        if v is None:
            return []
        if sx:
            if isinstance(v, Ptr):
                raise Unsupported(f"sign-extending load of a spilled pointer at insn {slot}")
            v = Scalar(fold(isa.load_extend(D, D.trunc(v.v, size * 8), size, True)))
        if insn.dst == 10:
            self.oblige(st, slot, "fp_write", TRUE)
            return []
        self.write_reg(st, insn.dst, v)
        return self.advance(st, slot, slot + 1)

    def do_probe_load(self, st, insn, slot):
        """BPF_PROBE_MEM (a load the verifier typed through a BTF pointer): it reads kernel
        memory, the next `probe_mem` input, and never faults."""
        if self.read_reg(st, slot, insn.src, move=True) is None:
            return []
        if insn.dst == 10:
            self.oblige(st, slot, "fp_write", TRUE)
            return []
        v = sym_helpers._next_ret(self, st, "probe_mem")
        self.write_reg(st, insn.dst, Scalar(fold(isa.load_extend(D, D.trunc(v, insn.size_bytes * 8),
                                                                 insn.size_bytes, False))))
        return self.advance(st, slot, slot + 1)

    def do_st(self, st, insn, slot):
        if insn.mode != BPF_MEM and not (insn.cls == BPF_STX and insn.mode == BPF_ATOMIC):
            self.oblige(st, slot, "bad_insn", TRUE, insn.opcode)
            return []
        size = insn.size_bytes
        if insn.mode == BPF_ATOMIC:
            return self.do_atomic(st, insn, slot)
        base = self.read_reg(st, slot, insn.dst, move=True)
        if base is None:
            return []
        if isinstance(base, Ptr) and base.kind == T.PTR_TO_BTF_ID:
            # a trusted kernel object is read-only to a program (the verifier: "only read is
            # supported"); the executor's store into kernel memory is bad_mem too
            self.oblige(st, slot, "bad_mem", TRUE, insn.dst, str(base.kind))
            return []
        if isinstance(base, Ptr) and base.kind in OPAQUE_KINDS:
            base = self.read_reg(st, slot, insn.dst)
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
        split = self.split_spill(st, base, insn.off, size)
        if split is not None:
            return [s for part in split for s in self.do_atomic(part, insn, slot)]
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
        newv = Scalar(fold(D.zext(new, size * 8, 64)))
        if not self.store(st, slot, insn.dst, base, insn.off, size, newv):
            return []
        if fetch is not None:
            self.write_reg(st, insn.src, Scalar(fold(fetch)))
        if newr0 is not None:
            self.write_reg(st, 0, Scalar(fold(newr0)))
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
            return sym_helpers.ld_abs(self, st, insn, slot)
        self.oblige(st, slot, "bad_insn", TRUE, insn.opcode)
        return []



def _choice_read(st: State, insn) -> MapChoice | None:
    """The MapChoice of a register `insn` reads other than to copy it, if any: the state
    splits there into one per map (a copy keeps the choice, so it splits where it is used)."""
    regs = st.f.regs
    if not any(type(r) is Ptr and type(r.rid) is MapChoice for r in regs):
        return None
    use = liveness.uses_defs(insn)[0]
    if insn.cls == BPF_ALU64 and insn.code == BPF_MOV and insn.source == BPF_X:
        use = 0
    for r in range(11):
        v = regs[r]
        if use >> r & 1 and type(v) is Ptr and type(v.rid) is MapChoice:
            return v.rid
    return None


def lower(pfile: ProgramFile, program: Program | str, loop_bound: int = 8,
          max_steps: int = 200_000, budget: Budget | None = None) -> Lowering:
    """Lower `program`; once `budget` is spent the lowering stops and says so
    (`Lowering.out_of_time`)."""
    if isinstance(program, str):
        program = pfile.program(program)
    return Lowerer(pfile, program, loop_bound, max_steps, budget).run()
