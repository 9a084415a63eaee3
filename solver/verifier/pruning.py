"""State pruning: is_state_visited and the comparison it relies on (states_equal, regsafe,
stacksafe), with 6.1's checkpoint bookkeeping.

At a prune point the current state is compared with the states stored in its bucket of
explored_states (newest first). A stored state whose paths are all explored (branches == 0)
and that covers the current one ends the path: its liveness and precision marks flow to the
current path. A stored state still being explored that equals the current one is an infinite
loop. Otherwise the current state may become a new checkpoint (the kernel's heuristics: at least
2 jumps and 8 insns since the last one, fewer inside loops; every time with
BPF_F_TEST_STATE_FREQ). Stored states that keep missing are evicted.

The comparison is 6.1's, with its hole: map-value ids and active_spin_lock are compared as raw
integers, not through check_ids, which is how SL-13 gets accepted. The statistics the kernel
prints (total_states, peak_states, max_states_per_insn) are counted here.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from bpfsmt.spec.errno import E2BIG
from bpfsmt.spec.limits import BPF_COMPLEXITY_LIMIT_JMP_SEQ
from bpfsmt.solver.verifier.bounds import Bounds, U64
from bpfsmt.solver.verifier.liveness import (clean_live_state, link_checkpoint, read_parts,
                                             propagate_liveness)
from bpfsmt.solver.verifier.precision import mark_all_scalars_imprecise, propagate_precision
from bpfsmt.solver.verifier.state import (BPF_ADD_CONST, Reg, State, STACK_INVALID, STACK_SPILL,
                                          STACK_MISC, STACK_ZERO, REG_LIVE_READ, REG_LIVE_DONE,
                                          mark_reg_unknown)
from bpfsmt.spec.limits import BPF_COMPLEXITY_LIMIT_STATES


@dataclass(frozen=True)
class EnvCompare:
    """What the env's capabilities change in the comparison: root may read uninitialised stack
    (a stored MISC byte covers anything); without CAP_BPF every scalar is precise; once an
    unprivileged pointer move by a register was seen (explore_alu_limits) scalars must be
    identical, so paths with other masking limits are walked."""
    allow_uninit_stack: bool = True
    scalars_precise: bool = False
    explore_alu_limits: bool = False


ROOT_COMPARE = EnvCompare()


class StateList:
    """bpf_verifier_state_list: a stored explored state with its hit and miss counts."""
    __slots__ = ("state", "hit_cnt", "miss_cnt", "loop_smins", "loop_diff")

    def __init__(self, state):
        self.state = state
        self.hit_cnt = 0
        self.miss_cnt = 0
        # states_maybe_looping's first view, fixed while branches > 0: the innermost
        # frame's smins (reg_smins), made when first needed
        self.loop_smins = None
        self.loop_diff = 0


class Pruning:
    """is_state_visited and the DFS stack, mixed into Verifier."""

    @functools.cached_property
    def check_ids_612(self) -> bool:
        return self.rules.kernel_has("CHECK-IDS")

    def push_stack(self, st: State, insn_idx: int, prev_insn_idx: int, speculative=False):
        st.speculative |= speculative
        st._next = insn_idx
        st._prev = prev_insn_idx
        st._log_pos = self.vlog.pos if self.vlog is not None else 0
        if st.parent is not None:
            st.parent.branches += 1
        self.stack.append(st)
        if len(self.stack) > BPF_COMPLEXITY_LIMIT_JMP_SEQ:
            self.err(f"The sequence of {len(self.stack)} jumps is too complex.", E2BIG)

    def update_branch_counts(self, st: State):
        while st is not None:
            st.branches -= 1
            if st.branches:
                break
            st = st.parent

    @functools.cached_property
    def insn_hist_612(self) -> bool:
        """HISTORY-612: the history also records stack spills/fills and linked registers, and
        a path with more than 40 entries since its checkpoint is checkpointed."""
        return self.rules.kernel_has("HISTORY-612")

    def push_jmp_history(self, st: State, idx: int) -> None:
        if idx in self.jmp_points:
            if self.insn_hist_612:
                self.push_insn_history(st)
            else:
                st.jmp_history.append((idx, self.prev_insn_idx))

    def push_insn_history(self, st: State, flags: int = 0, linked: tuple = ()) -> None:
        """push_insn_history (6.12): one entry (idx, prev_idx, flags, linked registers) per
        instruction; a second push from the same instruction merges into its entry."""
        h = st.jmp_history
        if self.hist_stamp == self.processed and h and h[-1][0] == self.insn_idx:
            idx, prev, f, lk = h[-1]
            h[-1] = (idx, prev, f | flags, linked or lk)
            return
        h.append((self.insn_idx, self.prev_insn_idx, flags, linked))
        self.hist_stamp = self.processed

    def explored_state(self, st: State, idx: int) -> list:
        """explored_state: the hash bucket of (idx ^ callsite) % prog len."""
        key = ((idx ^ st.frames[-1].callsite) & 0xFFFFFFFF) % self.n
        b = self.explored.get(key)
        if b is None:
            b = self.explored[key] = []
        return b

    def is_state_visited(self, st: State, idx: int) -> bool:
        """True when the path is pruned at prune point `idx` (do_check skips the others)."""
        st.last_insn_idx = self.prev_insn_idx
        cb = idx in self.calls_callback             # CB-LOOP's forced checkpoint
        # 6.12's force_new_state: the test flag, a callback call, or a long history
        force = cb or (self.insn_hist_612 and (self.test_state_freq or len(st.jmp_history) > 40))
        add = self.test_state_freq or force or (self.jmps_processed - self.prev_jmps >= 2 and
                                                self.processed - self.prev_insns >= 8)
        bucket = self.explored_state(st, idx)
        ids612 = self.check_ids_612
        cmp = self.env_compare()
        states_cnt = 0
        cregs = st.frames[-1].regs
        # a loop checkpoint still being walked keeps a new one from being added this soon
        near = not force and self.jmps_processed - self.prev_jmps < 20 and \
            self.processed - self.prev_insns < 100
        i = len(bucket) - 1          # newest first: the kernel pushes new states at the head
        while i >= 0:
            sl = bucket[i]
            states_cnt += 1
            old = sl.state
            if old.insn_idx != idx:
                i -= 1
                continue
            if old.branches:
                fo = old.frames[-1]
                if fo.in_async_callback_fn and fo.async_entry_cnt != st.cur.async_entry_cnt:
                    pass
                elif cb:
                    # the callback's walk came back to its call: done once the call's
                    # checkpoint covers it, bounds and all (no infinite-loop check)
                    if states_range_within(old, st, ids612, cmp):
                        return self._prune_hit(sl, st, idx)
                else:
                    smins = sl.loop_smins
                    if smins is None:
                        smins = sl.loop_smins = reg_smins(old)
                    k = sl.loop_diff            # where the smins differed last time
                    if cregs[k].b.smin == smins[k]:
                        for k, (r, smin) in enumerate(zip(cregs, smins)):
                            if r.b.smin != smin:
                                sl.loop_diff = k
                                break
                        else:
                            if states_maybe_looping(sl, st) and \
                                    states_equal(old, st, ids612, cmp) and \
                                    old.callback_unroll_depth == st.callback_unroll_depth:
                                self.infinite_loop(st, old, idx)
                if near:
                    add = False
            else:
                if not old.frames[0].regs[0].live & REG_LIVE_DONE:
                    clean_live_state(old, st)
                if states_equal(old, st, ids612, cmp):
                    return self._prune_hit(sl, st, idx)
            if add:
                sl.miss_cnt += 1
            # a forced checkpoint still being walked may miss longer before it goes
            n = 64 if cb and old.branches else 3
            if sl.miss_cnt > sl.hit_cnt * n + n:
                del bucket[i]
                if old.frames[0].regs[0].live & REG_LIVE_DONE:
                    self.peak_states -= 1
            i -= 1
        if self.max_states_per_insn < states_cnt:
            self.max_states_per_insn = states_cnt
        if not self.priv.bpf_capable and states_cnt > BPF_COMPLEXITY_LIMIT_STATES:
            self.push_jmp_history(st, idx)
            return False
        if not add:
            self.push_jmp_history(st, idx)
            return False
        self.total_states += 1
        self.peak_states += 1
        self.prev_jmps, self.prev_insns = self.jmps_processed, self.processed
        if self.priv.bpf_capable:
            mark_all_scalars_imprecise(st)
        new = st.copy()
        new.insn_idx = idx
        st.parent = new
        st.dfs_depth = new.dfs_depth + 1
        st.first_insn_idx = idx
        st.jmp_history = []
        bucket.append(StateList(new))
        link_checkpoint(st, new)
        if self.insn_hist_612:      # do_check records the jump point after the checkpoint
            self.push_jmp_history(st, idx)
        return False

    def infinite_loop(self, st: State, old: State, idx: int):
        """The path came back to `old`, a checkpoint it is still walking, in the same state."""
        after = ()
        if self.vlog is not None and self.vlog.v612:    # 6.12 shows both states
            cf = len(st.frames) - 1
            after = ("cur state:" + self.vlog.state_text(st.cur, self.vlog_refs(st)),
                     "old state:" + self.vlog.state_text(old.frames[cf], self.vlog_refs(old)))
        self.err(f"infinite loop detected at insn {idx}", after=after)

    def env_compare(self) -> EnvCompare:
        """What the env's capabilities change in states_equal (explore_alu_limits may turn on
        during the walk)."""
        priv = self.priv
        if priv.bpf_capable and priv.allow_uninit_stack:
            return ROOT_COMPARE
        cmp = self._env_compare
        if cmp is None or cmp.explore_alu_limits != self.explore_alu_limits:
            cmp = self._env_compare = EnvCompare(priv.allow_uninit_stack, not priv.bpf_capable,
                                                 self.explore_alu_limits)
        return cmp

    def _prune_hit(self, sl: StateList, st: State, idx: int) -> bool:
        """is_state_visited's hit: the stored state's liveness and precision flow to `st`."""
        sl.hit_cnt += 1
        propagate_liveness(self, sl.state, st)
        self.push_jmp_history(st, idx)
        propagate_precision(self, sl.state, st)
        return True

    def find_prev_entry(self, st: State, idx: int):
        """find_prev_entry: the newest checkpoint at `idx` on the current walk (branches > 0, the
        same call sites, above `st`), the iteration before this one."""
        for sl in reversed(self.explored_state(st, idx)):
            old = sl.state
            if old.insn_idx == idx and old.branches and old.dfs_depth < st.dfs_depth and \
                    [f.callsite for f in old.frames] == [f.callsite for f in st.frames]:
                return old
        return None


def range_within(o: Bounds, c: Bounds) -> bool:
    return (o.umin <= c.umin and o.umax >= c.umax and o.smin <= c.smin and o.smax >= c.smax
            and o.u32min <= c.u32min and o.u32max >= c.u32max and o.s32min <= c.s32min
            and o.s32max >= c.s32max)


def tnum_in_(a, b) -> bool:
    if a is b:
        return True
    if b.mask & ~a.mask & U64:
        return False
    return (b.value & ~a.mask & U64) == a.value


def check_ids(old_id: int, cur_id: int, idmap: dict) -> bool:
    return idmap.setdefault(old_id, cur_id) == cur_id


def check_ids_612(old_id: int, cur_id: int, idmap: dict) -> bool:
    """check_ids as 6.12 has it: both ids set or both zero, the set ones mapped one to one."""
    if bool(old_id) != bool(cur_id):
        return False
    return not old_id or check_ids(old_id, cur_id, idmap)


def check_scalar_ids(old_id: int, cur_id: int, idmap: dict) -> bool:
    """check_scalar_ids (6.12): a scalar without an id gets a fresh one, so an old id linked to
    nothing now must be new to the map."""
    if not old_id:
        return True
    if not cur_id:
        if old_id in idmap:
            return False
        idmap[old_id] = object()
        return True
    if not check_ids(old_id, cur_id, idmap):
        return False
    # LINKED-CONST-612: the base ids must map as the linked ones do
    return not old_id & BPF_ADD_CONST or check_ids(old_id & ~BPF_ADD_CONST,
                                                   cur_id & ~BPF_ADD_CONST, idmap)


def _scalar_ids_safe(o: Reg, c: Reg, idmap: dict) -> bool:
    """regsafe's id checks of a precise scalar (6.12): linked with a delta on both sides or on
    neither, the same delta, the ids mapped by check_scalar_ids."""
    oa, ca = o.id & BPF_ADD_CONST, c.id & BPF_ADD_CONST
    if (oa and not ca) or (o.id and not oa and ca) or (oa and o.off != c.off):
        return False
    return check_scalar_ids(o.id, c.id, idmap)


def _lock_parts(lock) -> tuple:
    """(map, id) of a held lock: SL-LOCK-PTR keeps a tuple, 6.1 the bare id (0: none)."""
    return lock if isinstance(lock, tuple) else (None, lock)


def _memeq_before_var_off(o: Reg, c: Reg) -> bool:
    """regsafe's memcmp of a map key/value pointer: the type, off and the union (map_ptr,
    map_uid), not var_off and the bounds — in 6.1's struct bpf_reg_state `id` comes before
    var_off, in 6.12 the memcmp stops at var_off — which range_within/tnum_in compare."""
    return o.same(c, bounds=False, ids=False)


def regsafe(o: Reg, c: Reg, idmap: dict, map_value_ids: bool = False,
            cmp: EnvCompare = ROOT_COMPARE) -> bool:
    """regsafe (6.1): does the explored register `o`, which its state read (the callers test
    the liveness: a stack slot's is its frame's), cover the current `c`? Scalars and NOT_INIT
    first, without the memcmp where its outcome cannot change the answer.
    `map_value_ids` (CHECK-IDS, 6.12): map-value pointer ids go through check_ids too."""
    ot = o.type
    if ot == "scalar":
        if c.type != "scalar":
            return False
        if cmp.explore_alu_limits:
            return o.same(c)
        if not o.precise and not cmp.scalars_precise:
            return True
        if map_value_ids and not _scalar_ids_safe(o, c, idmap):
            return False
        return (range_within(o.b, c.b) and tnum_in_(o.b.var_off, c.b.var_off)) or \
            o.same(c)
    if ot == "?":
        return True
    equal = o.same(c)
    if ot == "fp":
        return equal and o.frameno == c.frameno
    # 6.12 has no "identical registers" shortcut: their ids still go through check_ids
    if equal and not map_value_ids:
        return True
    ct = c.type
    if ct == "?":
        return False
    if ot in ("map_key", "map_value"):
        if o.maybe_null:
            if not c.maybe_null or not _memeq_before_var_off(o, c):
                return False
            return check_ids(o.id, c.id, idmap)
        if map_value_ids and not check_ids_612(o.id, c.id, idmap):
            return False
        # 'id' is not compared by 6.1 (SL-13); a current range within the old one is safe
        return _memeq_before_var_off(o, c) and range_within(o.b, c.b) and \
            tnum_in_(o.b.var_off, c.b.var_off)
    if ot in ("pkt", "pkt_meta"):
        if ct != ot:
            return False
        if o.range < 0 or c.range < 0:
            if o.range != c.range:
                return False
        elif o.range > c.range:
            return False
        if o.off != c.off:
            return False
        if o.id and not check_ids(o.id, c.id, idmap):
            return False
        return range_within(o.b, c.b) and tnum_in_(o.b.var_off, c.b.var_off)
    if map_value_ids:       # 6.12's regs_exact: the same but for the ids, which map
        return o.same(c, ids=False) and check_ids_612(o.id, c.id, idmap) and \
            check_ids_612(o.ref_obj_id, c.ref_obj_id, idmap)
    return False


def _slot_types_safe(sto: list, sc, base: int, alloc_c: int, cmp: EnvCompare) -> bool:
    """stacksafe's byte loop for one slot: does each stored byte type cover the current one?"""
    for j in range(8):
        to = sto[j]
        if to == STACK_INVALID:
            continue
        if cmp.allow_uninit_stack and to == STACK_MISC:
            continue
        if base + j >= alloc_c:
            return False
        tc = sc.stype[j]
        if to == STACK_MISC and tc == STACK_ZERO:
            continue
        if to != tc:
            return False
    return True


def stacksafe(fo, fc, idmap: dict, map_value_ids: bool = False,
              cmp: EnvCompare = ROOT_COMPARE, spis=None) -> bool:
    """stacksafe over the slots `fo` read (`spis`: their indices, when known)."""
    alloc_c = fc.allocated_stack
    if spis is None:
        live = fo.stack_live
        spis = [spi for spi in range(fo.allocated_stack // 8) if live[spi] & REG_LIVE_READ]
    cstack = fc.stack
    for spi in spis:
        so = fo.stack[spi]
        if spi * 8 + 8 <= alloc_c:
            sc = cstack[spi]
            # a slot both states still share covers itself (6.12's check_ids aside)
            if sc is so and not map_value_ids:
                continue
            if map_value_ids and so.stype != sc.stype:
                # 6.12's scalar_reg_for_stack: a 64-bit scalar spill and an all-MISC slot
                # compare as registers, MISC as an unbounded scalar
                ro, rc = _scalar_for_stack(so, cmp), _scalar_for_stack(sc, cmp)
                if ro is not None and rc is not None and (so.stype[0] == STACK_SPILL or
                                                          not cmp.allow_uninit_stack):
                    if not regsafe(ro, rc, idmap, map_value_ids, cmp):
                        return False
                    continue
            # the same byte types (the usual case) pass byte by byte
            if so.stype != sc.stype and not _slot_types_safe(so.stype, sc, spi * 8, alloc_c, cmp):
                return False
        else:
            sc = cstack[spi] if spi < len(cstack) else None
            if not _slot_types_safe(so.stype, sc, spi * 8, alloc_c, cmp):
                return False
        if so.stype[7] == STACK_SPILL and not regsafe(so.spilled, sc.spilled, idmap,
                                                          map_value_ids, cmp):
            return False
    return True


def _unbound_scalar() -> Reg:
    r = Reg()
    mark_reg_unknown(r)
    r.live = REG_LIVE_READ
    return r


UNBOUND_REG = _unbound_scalar()     # an all-MISC stack slot read as a register


def _scalar_for_stack(sl, cmp: EnvCompare):
    """scalar_reg_for_stack: the spilled 64-bit scalar, or UNBOUND_REG for an all-MISC slot."""
    if all(t == STACK_SPILL for t in sl.stype):
        return sl.spilled if sl.spilled.type == "scalar" else None
    if all(t == STACK_MISC or (t == STACK_INVALID and cmp.allow_uninit_stack) for t in sl.stype):
        return UNBOUND_REG
    return None


def func_states_equal(fo, fc, idmap: dict = None, map_value_ids: bool = False,
                      cmp: EnvCompare = ROOT_COMPARE) -> bool:
    if fo.callback_depth > fc.callback_depth:
        return False
    idmap = {} if idmap is None else idmap
    parts = read_parts(fo)
    # regsafe's commonest answers inline: unread, and an imprecise scalar over a scalar
    imprecise_ok = not cmp.explore_alu_limits and not cmp.scalars_precise
    oregs, cregs = fo.regs, fc.regs
    for i in parts[0]:
        ro, rc = oregs[i], cregs[i]
        if imprecise_ok and ro.type == "scalar" and not ro.precise and rc.type == "scalar":
            continue
        if not regsafe(ro, rc, idmap, map_value_ids, cmp):
            return False
    return stacksafe(fo, fc, idmap, map_value_ids, cmp, parts[1])


def states_equal(old: State, cur: State, check_lock_ids: bool = False,
                 cmp: EnvCompare = ROOT_COMPARE) -> bool:
    """states_equal (6.1): active_spin_lock compared as a raw integer (SL-13).
    `check_lock_ids` (CHECK-IDS, 6.12): one idmap for the whole state; the held lock's map must
    match and its id, like every map-value pointer's, goes through check_ids (SL-13 closed)."""
    idmap = _state_parts_equal(old, cur, check_lock_ids)
    if idmap is None:
        return False
    for fo, fc in zip(old.frames, cur.frames):
        if fo.callsite != fc.callsite or not func_states_equal(
                fo, fc, idmap if check_lock_ids else None, check_lock_ids, cmp):
            return False
    return True


def _state_parts_equal(old: State, cur: State, check_lock_ids: bool):
    """states_equal's checks above the frames; the idmap they started (None: not equal)."""
    if len(old.frames) != len(cur.frames) or (old.speculative and not cur.speculative):
        return None
    idmap: dict = {}
    if check_lock_ids:
        ol, cl = _lock_parts(old.active_spin_lock), _lock_parts(cur.active_spin_lock)
        if ol[0] != cl[0] or not check_ids_612(ol[1], cl[1], idmap):
            return None
    elif old.active_spin_lock != cur.active_spin_lock:
        return None
    if old.in_sleepable != cur.in_sleepable:
        return None
    if check_lock_ids:
        # 6.12: the rcu section must match; refsafe maps the acquired ids through check_ids
        if old.active_rcu_lock != cur.active_rcu_lock or len(old.refs) != len(cur.refs) or \
                not all(check_ids_612(o[0], c[0], idmap) for o, c in zip(old.refs, cur.refs)):
            return None
    elif old.refs != cur.refs:
        return None
    return idmap


def states_range_within(old: State, cur: State, check_lock_ids: bool = False,
                        cmp: EnvCompare = ROOT_COMPARE) -> bool:
    """states_equal(RANGE_WITHIN) (CB-LOOP, at a callback's call): no liveness or precision
    shortcut; every register and slot of `old` covers `cur`'s by its bounds, slot types equal."""
    idmap = _state_parts_equal(old, cur, check_lock_ids)
    if idmap is None:
        return False
    for fo, fc in zip(old.frames, cur.frames):
        if fo.callsite != fc.callsite or fo.callback_depth > fc.callback_depth:
            return False
        for ro, rc in zip(fo.regs, fc.regs):
            if not _regsafe_range(ro, rc, idmap, check_lock_ids, cmp):
                return False
        if fo.allocated_stack > fc.allocated_stack:
            return False
        for spi in range(fo.allocated_stack // 8):
            so, sc = fo.stack[spi], fc.stack[spi]
            if so.stype != sc.stype or (so.stype[7] == STACK_SPILL and not _regsafe_range(
                    so.spilled, sc.spilled, idmap, check_lock_ids, cmp)):
                return False
    return True


def _regsafe_range(o: Reg, c: Reg, idmap: dict, map_value_ids: bool, cmp: EnvCompare) -> bool:
    """regsafe(RANGE_WITHIN): NOT_INIT covers only NOT_INIT, a scalar's ids go through
    check_scalar_ids and its bounds must cover; pointers as regsafe compares them."""
    if o.type == "?":
        return c.type == "?"
    if o.type != "scalar":
        return regsafe(o, c, idmap, map_value_ids, cmp)
    if c.type != "scalar":
        return False
    if cmp.explore_alu_limits:
        return o.same(c)
    return _scalar_ids_safe(o, c, idmap) and range_within(o.b, c.b) and \
        tnum_in_(o.b.var_off, c.b.var_off)


def reg_smins(st: State) -> tuple:
    """The innermost frame's registers' smin: where a loop counter shows first."""
    return tuple([r.b.smin for r in st.frames[-1].regs])


def states_maybe_looping(sl: StateList, cur: State) -> bool:
    """states_maybe_looping compares the innermost frame's registers byte for byte (up to
    `parent`): two states may be looping iff they are equal (the caller compared the smins
    first: where a loop counter shows)."""
    old = sl.state
    if len(old.frames) != len(cur.frames):
        return False
    for ro, rc in zip(old.frames[-1].regs, cur.frames[-1].regs):
        if not ro.same(rc):
            return False
    return True
