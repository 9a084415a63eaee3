"""What the verifier's states share with their copies, and that a write never reaches a copy.

Stack slot values are shared copy-on-write (Frame.slot_w), register bounds are shared and never
changed in place (Reg.bw), and the outcomes of reg_bounds_sync / adjust_scalar / reg_set_min_max
are remembered. The walk itself is held to the kernel's by the statistics tests
(tests/test_verifier_stats.py, tests/test_corpus_oracle.py); these pin the mechanisms."""
import random

from bpfsmt.grammar.asm import parse_program_text
from bpfsmt.solver.verifier import verify
from bpfsmt.solver.verifier.bounds import (Bounds, Tnum, U64, bounds_fields, reg_bounds_sync,
                                           reg_bounds_sync_steps)
from bpfsmt.solver.verifier.liveness import link_checkpoint, mark_slot_read
from bpfsmt.solver.verifier.state import (EMPTY_SLOT, REG_LIVE_READ64, REG_LIVE_WRITTEN,
                                          STACK_MISC, STACK_SPILL, Frame, Reg, State,
                                          mark_reg_known)


def _frame_with_slots(n: int) -> Frame:
    f = Frame(0, 0, -1)
    f.grow_stack_state(8 * n)
    return f


def test_new_slots_are_the_shared_empty_slot_and_a_write_copies_it():
    f = _frame_with_slots(2)
    assert f.stack[0] is EMPTY_SLOT and f.stack[1] is EMPTY_SLOT
    f.slot_w(0).stype[7] = STACK_MISC
    assert f.stack[0] is not EMPTY_SLOT and EMPTY_SLOT.stype == [0] * 8
    assert f.slot_w(0) is f.stack[0]          # owned now: written in place


def test_a_copy_shares_slots_and_each_side_copies_at_its_write():
    f = _frame_with_slots(2)
    f.slot_w(0).stype[7] = STACK_MISC
    g = f.copy()
    assert g.stack[0] is f.stack[0]
    g.slot_w(0).stype[7] = STACK_SPILL
    assert f.stack[0].stype[7] == STACK_MISC and g.stack[0].stype[7] == STACK_SPILL
    f.slot_w(0).stype[6] = STACK_MISC          # the original no longer owns it either
    assert g.stack[0].stype[6] == 0


def test_slot_liveness_is_per_frame_and_walks_the_checkpoints():
    st = State()
    st.frames = [_frame_with_slots(1)]
    cp1 = st.copy()
    link_checkpoint(st, cp1)
    cp2 = st.copy()
    link_checkpoint(st, cp2)
    f, f1, f2 = st.frames[0], cp1.frames[0], cp2.frames[0]
    assert f.stack[0] is f1.stack[0] is f2.stack[0]    # one value, three liveness records
    assert f.stack_parent[0] is f2 and f2.stack_parent[0] is f1
    mark_slot_read(_Env(), f, f.stack_parent[0], 0, REG_LIVE_READ64)
    assert f2.stack_live[0] == REG_LIVE_READ64 and f1.stack_live[0] == REG_LIVE_READ64
    assert f.stack_live[0] == 0
    f2.stack_live[0] = 0
    f1.stack_live[0] = 0
    f2.stack_live[0] |= REG_LIVE_WRITTEN        # a write in between screens the older one off
    mark_slot_read(_Env(), f, f.stack_parent[0], 0, REG_LIVE_READ64)
    assert f2.stack_live[0] & REG_LIVE_READ64 and not f1.stack_live[0]


class _Env:
    longest_mark_read_walk = 0


def test_register_bounds_are_shared_and_changed_only_on_a_copy():
    r = Reg()
    mark_reg_known(r, 5)
    c = r.copy()
    assert c.b is r.b
    c.bw().umax = 9
    assert r.b.umax == 5 and c.b.umax == 9


def test_remembered_sync_equals_the_steps():
    rng = random.Random(5)
    for _ in range(300):
        lo, hi = sorted(rng.getrandbits(rng.choice((8, 32, 64))) for _ in range(2))
        b = Bounds(Tnum(0, U64), umin=lo, umax=hi)
        ref = Bounds(Tnum(0, U64), umin=lo, umax=hi)
        for step in reg_bounds_sync_steps():
            step(ref)
        reg_bounds_sync(b)                      # computed (or remembered from an earlier test)
        again = Bounds(Tnum(0, U64), umin=lo, umax=hi)
        reg_bounds_sync(again)                  # remembered
        assert bounds_fields(b) == bounds_fields(ref) == bounds_fields(again)


LOOPY = """.program p section=xdp
    r6 = 0
    *(u64 *)(r10 - 8) = r6
    *(u64 *)(r10 - 16) = r6
l:
    r1 = *(u64 *)(r10 - 8)
    r1 += 1
    *(u64 *)(r10 - 8) = r1
    r2 = *(u64 *)(r10 - 16)
    r2 += 3
    *(u64 *)(r10 - 16) = r2
    if r1 < 40 goto l
    r0 = 0
    exit
"""


def test_a_loop_over_stack_slots_verifies_the_same_twice():
    """Memos and shared slots carry nothing from one verify to the next."""
    pf = parse_program_text(LOOPY, "loopy.bpf.s")
    a = verify(pf, pf.programs[0])
    b = verify(pf, pf.programs[0])
    assert a.accepted and a.stats_line() == b.stats_line()
    assert a.processed_insns > 40 * 7           # every iteration walked: the counter is exact
