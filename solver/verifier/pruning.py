"""State pruning: is_state_visited and the comparison it relies on (states_equal, regsafe).

At a prune point the current state is compared with the states stored there, newest first; an
explored state that covers the current one ends the path. The comparison is 6.1's, with its hole:
map-value ids and active_spin_lock are compared as raw integers, not through check_ids, which is
how SL-13 gets accepted. push_stack / update_branch_counts keep the DFS of do_check and the
branch counts that tell a finished stored state (branches == 0) from one still on the path.
"""
from __future__ import annotations

from bpfsmt.solver.verifier.bounds import Bounds, U64
from bpfsmt.solver.verifier.log import E2BIG
from bpfsmt.solver.verifier.state import (Reg, State, BPF_COMPLEXITY_LIMIT_JMP_SEQ,
                                          BPF_COMPLEXITY_LIMIT_STATES, STACK_INVALID,
                                          STACK_SPILL, STACK_MISC, STACK_ZERO)


class StateList:
    """bpf_verifier_state_list: a stored explored state with its branch, hit and miss counts."""
    __slots__ = ("state", "parent", "branches", "hit_cnt", "miss_cnt")

    def __init__(self, state, parent):
        self.state = state
        self.parent = parent
        self.branches = 1
        self.hit_cnt = 0
        self.miss_cnt = 0


class Pruning:
    """is_state_visited and the DFS stack, mixed into Verifier."""
    def push_stack(self, st: State, insn_idx: int):
        st._next = insn_idx
        if st.parent is not None:
            st.parent.branches += 1
        self.stack.append(st)
        if len(self.stack) > BPF_COMPLEXITY_LIMIT_JMP_SEQ:
            self.err(f"The sequence of {len(self.stack)} jumps is too complex.", E2BIG)

    def is_state_visited(self, st: State, idx: int) -> bool:
        """is_state_visited: at a prune point, (1) a stored state on this path (branches > 0)
        equal to the current one means an endless loop; (2) a finished stored state
        (branches == 0) that covers the current one prunes the path. Returns True when pruned.
        States are stored with the kernel's heuristic (>= 2 jumps and >= 8 insns since the last
        stored state, throttled to 20 jumps / 100 insns inside loops). The miss_cnt eviction
        matters for more than speed: without it the per-insn list fills with early states that
        never match and later ones (e.g. the next loop iterations) are never stored."""
        if idx not in self.prune_points:
            return False
        k = None
        # Loop detection needs the state's fingerprint only when a path can come back to idx:
        # a stored state with branches > 0 is an ancestor of the current one (DFS order), so in
        # a single function without back-edges it can never sit at the current insn.
        track = self.has_back_edge or len(self.subprogs) > 1
        keys = self.loop_keys.get(idx) if track else None
        if keys is not None:
            k = st.key()
            snap = keys.get(k)
            if snap is not None and snap.branches > 0:
                self.err(f"infinite loop detected at insn {idx}")
        add = self.test_state_freq or (self.jmps_processed - self.prev_jmps >= 2 and
                                       self.processed - self.prev_insns >= 8)
        lst = self.explored.get(idx)
        if lst:
            # newest first, as new_sl is pushed at the head of the kernel's list; a state that
            # keeps missing (miss_cnt > 3 * hit_cnt + 3, counted only when a new state is about
            # to be stored) is dropped from the list as 6.1 does
            i = len(lst) - 1
            drop = False
            while i >= 0:
                old = lst[i]
                if old.branches > 0:
                    if self.jmps_processed - self.prev_jmps < 20 and \
                            self.processed - self.prev_insns < 100:
                        add = False
                elif states_equal(old.state, st, self.live_in[idx]):
                    old.hit_cnt += 1
                    if drop:
                        lst[:] = [s for s in lst if s is not None]
                    return True
                if add:
                    old.miss_cnt += 1
                if old.miss_cnt > old.hit_cnt * 3 + 3:
                    lst[i] = None
                    drop = True
                i -= 1
            if drop:
                lst[:] = [s for s in lst if s is not None]
        if add:
            self.prev_jmps, self.prev_insns = self.jmps_processed, self.processed
            snap = StateList(st.copy(), st.parent)
            snap.state.parent = None
            st.parent = snap
            lst = self.explored.setdefault(idx, [])
            if len(lst) < BPF_COMPLEXITY_LIMIT_STATES:
                lst.append(snap)
            if track:
                self.loop_keys.setdefault(idx, {})[k if k is not None else st.key()] = snap
        return False

    def update_branch_counts(self, st: State):
        """update_branch_counts"""
        s = st.parent
        while s is not None:
            s.branches -= 1
            if s.branches:
                break
            s = s.parent


def _bounds_cover(o: Bounds, c: Bounds) -> bool:
    """range_within && tnum_in, inlined: this is the innermost test of state pruning."""
    if not (o.umin <= c.umin and o.umax >= c.umax and o.smin <= c.smin and o.smax >= c.smax
            and o.u32min <= c.u32min and o.u32max >= c.u32max and o.s32min <= c.s32min
            and o.s32max >= c.s32max):
        return False
    a = o.var_off
    b = c.var_off
    if a is b:
        return True
    am = a.mask
    if b.mask & ~am & U64:
        return False
    return (b.value & ~am & U64) == a.value


def regsafe(o: Reg, c: Reg, idmap: dict) -> bool:
    """regsafe (6.1) without liveness or precision: `o` (explored) covers `c` (current)."""
    ot = o.type
    if ot == "?":
        return True
    ct = c.type
    if ct == "?":
        return False
    if ot == "scalar":
        if ct != "scalar":
            return False
        return _bounds_cover(o.b, c.b)
    if ot != ct or o.maybe_null != c.maybe_null or o.rdonly != c.rdonly:
        return False
    if o.map is not c.map or o.off != c.off or o.frameno != c.frameno or \
            o.subprogno != c.subprogno:
        return False
    if ot in ("pkt", "pkt_meta"):
        if o.range > c.range or (o.range < 0 and o.range != c.range):
            return False
        if idmap.setdefault(o.id, c.id) != c.id:
            return False
    elif o.maybe_null:
        # check_ids: ids must correspond one to one
        if idmap.setdefault(o.id, c.id) != c.id:
            return False
    # map_value: 6.1 does not compare ids (SL-13)
    return _bounds_cover(o.b, c.b)


def states_equal(old: State, cur: State, live: int = -1) -> bool:
    """states_equal (6.1 shape): same frames, active_spin_lock compared as a raw integer (SL-13).
    The checks are a conjunction (check_ids only asks that the id pairs form a function), so
    they run cheapest-and-most-discriminating first: the innermost frame's live registers, then
    the callers' registers, then the stacks (equal slot-type vectors skip the per-byte walk)."""
    ofr = old.frames
    cfr = cur.frames
    if len(ofr) != len(cfr) or old.active_spin_lock != cur.active_spin_lock:
        return False
    if old.in_sleepable != cur.in_sleepable or len(old.refs) != len(cur.refs):
        return False
    idmap: dict = {}
    last = len(cfr) - 1
    for fo, fc in zip(ofr, cfr):
        if fo.callsite != fc.callsite or fo.in_async_callback_fn != fc.in_async_callback_fn:
            return False
    oregs = ofr[last].regs
    cregs = cfr[last].regs
    for ri in range(11):
        if ri < 10 and not (live >> ri) & 1:
            continue
        if not regsafe(oregs[ri], cregs[ri], idmap):
            return False
    for fi in range(last):
        for ro, rc in zip(ofr[fi].regs, cfr[fi].regs):
            if not regsafe(ro, rc, idmap):
                return False
    for fo, fc in zip(ofr, cfr):
        cstack = fc.stack
        alloc = fc.allocated_stack
        for spi, so in fo.stack.items():
            sc = cstack.get(spi)
            sto = so.stype
            if sc is None or sto != sc.stype or spi * 8 + 7 >= alloc:
                for j in range(8):
                    to = sto[j]
                    if to == STACK_INVALID:
                        continue
                    if (spi * 8 + (7 - j)) >= alloc:
                        return False
                    tc = sc.stype[j] if sc is not None else STACK_INVALID
                    if to == STACK_MISC and tc == STACK_ZERO:
                        continue
                    if to != tc:
                        return False
            if sto[7] == STACK_SPILL:
                if sc is None or sc.stype[7] != STACK_SPILL or \
                        not regsafe(so.spilled, sc.spilled, idmap):
                    return False
    return True
