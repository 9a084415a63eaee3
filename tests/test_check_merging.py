"""State merging at join points: states that differ only in dead registers, in which lookup made
a map-value pointer, or in how many times a helper ran, merge into one; the merged state stays
exact (safe programs proved, counterexamples replayed on the executor)."""
from __future__ import annotations

import z3

from bpfsmt.grammar.asm import parse_program_text
from bpfsmt.solver.symbolic import liveness
from bpfsmt.solver.symbolic.checker import check
from bpfsmt.solver.symbolic.lower import lower

ARRAY = ".map vals type=array key_size=4 value_size=8 max_entries=4\n"


def _lookup(key: int) -> str:
    return (f" r1 = {key}\n *(u32 *)(r10 - 4) = r1\n r2 = r10\n r2 += -4\n"
            " r1 = %[vals] ll\n call bpf_map_lookup_elem\n")


def _diamonds(n: int, null_check: bool) -> str:
    """`n` diamonds in a row, each looking up key 1 or key 9 (past max_entries: NULL) at two
    call sites, then reading the element."""
    body = ARRAY + ".program p\n call bpf_get_prandom_u32\n r6 = r0\n"
    for i in range(n):
        body += (f" if r6 & {1 << i} goto b{i}\n" + _lookup(1) + f" goto j{i}\nb{i}:\n"
                 + _lookup(9) + f"j{i}:\n")
        if null_check:
            body += " if r0 == 0 goto out\n"
        body += " r7 = *(u64 *)(r0 + 0)\n"
    return body + " r0 = 0\n exit\nout: r0 = 0\n exit\n"


def test_lookups_from_different_sites_merge():
    pf = parse_program_text(_diamonds(12, True))
    low = lower(pf, pf.programs[0])
    # without merging, 12 diamonds are 2**12 paths
    assert low.states < 2 * pf.programs[0].slot_count()
    r = check(pf, pf.programs[0], timeout=60)
    assert r.verdict == "safe", (r.verdict, r.reason, r.message)


def test_merged_lookup_keeps_its_null_case():
    pf = parse_program_text(_diamonds(3, False))
    r = check(pf, pf.programs[0], timeout=60)
    assert (r.verdict, r.kind) == ("unsafe", "null_deref"), (r.verdict, r.kind, r.reason)
    assert r.replayed is True, r.replay_note


def test_merged_helper_counts_replay():
    # one branch calls the helper once more; after the join the k-th result must be the one the
    # executor hands out on the path taken (helper_returns[name][k])
    text = (".program p\n call bpf_get_prandom_u32\n r6 = r0\n if r6 > 5 goto l\n"
            " call bpf_get_prandom_u32\nl: call bpf_get_prandom_u32\n if r6 > 5 goto ok\n"
            " if r0 != 77 goto ok\n r0 = *(u64 *)(r10 - 8)\n exit\nok: r0 = 0\n exit\n")
    pf = parse_program_text(text)
    r = check(pf, pf.programs[0], timeout=60)
    assert (r.verdict, r.kind) == ("unsafe", "uninit_stack"), (r.verdict, r.reason)
    assert r.replayed is True, r.replay_note
    assert r.inputs.helper_returns["get_prandom_u32"][2] == 77


def test_dead_registers_do_not_keep_states_apart():
    # r7 is set on one side only and never read after the join
    text = (".program p\n call bpf_get_prandom_u32\n if r0 > 5 goto l\n r7 = 1\n"
            "l: r0 = 0\n exit\n")
    pf = parse_program_text(text)
    low = lower(pf, pf.programs[0])
    assert low.states == 5          # slots 0, 1, 2, then one merged state at 3 and 4
    live = liveness.live_in({s: i for s, i in zip(pf.programs[0].slots(), pf.programs[0].insns)})
    assert live[3] == 0 and live[4] == 1 and live[1] & 1


def test_register_read_after_join_is_live():
    # r7 is read after the join: uninitialised on one path, so the read is a fault
    text = (".program p\n call bpf_get_prandom_u32\n if r0 > 5 goto l\n r7 = 1\n"
            "l: r0 = r7\n exit\n")
    pf = parse_program_text(text)
    r = check(pf, pf.programs[0])
    assert (r.verdict, r.kind, r.insn, r.replayed) == ("unsafe", "uninit_reg", 3, True)


def test_register_set_on_one_side_merges_and_stays_exact():
    # r7 is written on one side only, then read only where it was written: the join keeps one
    # state (r7 uninitialised when the other side's condition holds), and the read is proved
    text = (".program p\n call bpf_get_prandom_u32\n r6 = r0\n if r6 > 5 goto l\n r7 = 1\n"
            "l: r0 = 0\n if r6 > 5 goto out\n r0 = r7\nout: exit\n")
    pf = parse_program_text(text)
    low = lower(pf, pf.programs[0])
    assert low.states == 8          # one visit per slot: the paths merge at 4 and again at 7
    r = check(pf, pf.programs[0])
    assert r.verdict == "safe", (r.verdict, r.kind, r.reason)


def test_spilled_packet_pointer_goes_stale_across_a_packet_changing_helper():
    # clear_all_pkt_pointers reaches spills too: the program may keep the slot as long as it
    # does not use what it reloads as a pointer
    text = (".program p section=tc\n r6 = r1\n r2 = *(u32 *)(r1 + 76)\n"
            " *(u64 *)(r10 - 8) = r2\n r1 = r6\n r2 = 0\n r3 = r10\n r3 += -16\n"
            " r4 = 0\n *(u64 *)(r10 - 16) = r4\n r4 = 1\n r5 = 0\n call bpf_skb_store_bytes\n"
            " r0 = 0\n exit\n")
    pf = parse_program_text(text)
    r = check(pf, pf.programs[0])
    assert r.verdict == "safe", (r.verdict, r.reason)
    used = text.replace(" r0 = 0\n exit\n", " r1 = *(u64 *)(r10 - 8)\n r0 = *(u8 *)(r1 + 0)\n"
                        " exit\n")
    pf = parse_program_text(used)
    r = check(pf, pf.programs[0])
    assert r.verdict == "unknown" and "packet pointer from before a helper" in r.reason


def _spill(read: str, other: str = "") -> str:
    """A stack pointer spilled to fp-8 on one side of a branch (the other side leaves fp-8
    unwritten, or holds the scalar 7 there), reloaded and dereferenced after the join."""
    return (".program p section=socket\n call bpf_get_prandom_u32\n r6 = r0\n r1 = 0\n"
            " *(u64 *)(r10 - 16) = r1\n" + other + " if r6 > 5 goto l1\n r2 = r10\n r2 += -16\n"
            " *(u64 *)(r10 - 8) = r2\nl1: r0 = 0\n" + read +
            " r3 = *(u64 *)(r10 - 8)\n r0 = *(u64 *)(r3 + 0)\nl2: exit\n")


SCALAR_7 = " r1 = 7\n *(u64 *)(r10 - 8) = r1\n"


def test_pointer_spilled_on_one_side_merges():
    # one state after the join, whose fp-8 is the pointer or unwritten; reloading it where it
    # was written is proved, reloading it everywhere is the uninitialised read of the other side
    pf = parse_program_text(_spill(" if r6 > 5 goto l2\n"))
    low = lower(pf, pf.programs[0])
    assert low.states == pf.programs[0].slot_count(), low.states
    assert check(pf, "p").verdict == "safe"
    pf = parse_program_text(_spill(""))
    r = check(pf, "p")
    assert (r.verdict, r.kind, r.insn, r.replayed) == ("unsafe", "uninit_stack", 9, True)


def test_pointer_or_scalar_slot_splits_at_the_load():
    # fp-8 holds the pointer on one side and the scalar 7 on the other: the states merge and
    # split again only where the slot is loaded
    pf = parse_program_text(_spill(" if r6 > 5 goto l2\n", SCALAR_7))
    low = lower(pf, pf.programs[0])
    assert low.states <= pf.programs[0].slot_count() + 2, low.states
    assert check(pf, "p").verdict == "safe"
    pf = parse_program_text(_spill("", SCALAR_7))
    r = check(pf, "p")
    assert (r.verdict, r.kind, r.insn, r.replayed) == ("unsafe", "null_deref", 12, True)


def test_spilled_pointers_of_different_regions_stay_apart():
    # a stack pointer on one side, the ctx on the other: one slot cannot hold both
    text = (".program p section=socket\n r7 = r1\n call bpf_get_prandom_u32\n r6 = r0\n"
            " r2 = r10\n if r6 > 5 goto l1\n r2 = r7\nl1: *(u64 *)(r10 - 8) = r2\n"
            " r1 = 0\n *(u64 *)(r10 - 16) = r1\n r0 = 0\n exit\n")
    pf = parse_program_text(text)
    low = lower(pf, pf.programs[0])
    assert low.states > pf.programs[0].slot_count()
    assert check(pf, "p").verdict == "safe"


def test_bytes_of_a_spilled_pointer_read_as_data_leak_its_address():
    """A helper copying a spilled ctx pointer into a map value, or a 4-byte fill of it, exposes
    a kernel address (CORE-07, as a pointer stored into the map would); replay confirms by
    reaching the instruction. Where the slot held data instead, the read goes on."""
    leak = (".map m type=array key_size=4 value_size=8 max_entries=1\n"
            ".program p section=tc\n *(u64 *)(r10 - 8) = r1\n r1 = 0\n"
            " *(u32 *)(r10 - 12) = r1\n r2 = r10\n r2 += -12\n r3 = r10\n r3 += -8\n"
            " r1 = %[m] ll\n r4 = 0\n call bpf_map_update_elem\n r0 = 0\n exit\n")
    r = check(parse_program_text(leak), "p")
    assert (r.verdict, r.kind, r.insn, r.replayed) == ("unsafe", "ptr_leak", 10, True)
    fill = ".program p section=tc\n *(u64 *)(r10 - 8) = r1\n r0 = *(u32 *)(r10 - 8)\n exit\n"
    r = check(parse_program_text(fill), "p")
    assert (r.verdict, r.kind, r.insn, r.replayed) == ("unsafe", "ptr_leak", 1, True)
    # spilled on one side only, read as data where the other side wrote a scalar
    text = _spill(" if r6 > 5 goto l2\n", SCALAR_7).replace(
        " r3 = *(u64 *)(r10 - 8)\n r0 = *(u64 *)(r3 + 0)\n", " r0 = *(u32 *)(r10 - 8)\n")
    assert check(parse_program_text(text.replace("if r6 > 5 goto l2", "if r6 <= 5 goto l2")),
                 "p").verdict == "safe"


TWO_MAPS = (".map a type=array key_size=4 value_size=8 max_entries=4\n"
            ".map b type=array key_size=4 value_size=4 max_entries=4\n")


def _map_choices(read_size: int) -> str:
    """R7-R9 each point to map a or map b (three independent choices), then six diamonds, then
    a lookup through each and a read of `read_size` bytes of the element."""
    body = TWO_MAPS + ".program p\n call bpf_get_prandom_u32\n r6 = r0\n"
    for i, r in enumerate((7, 8, 9)):
        body += (f" if r6 & {1 << i} goto m{i}\n r{r} = %[a] ll\n goto n{i}\n"
                 f"m{i}: r{r} = %[b] ll\nn{i}:\n")
    for i in range(3, 9):
        body += f" if r6 & {1 << i} goto d{i}\n r1 = {i}\n *(u64 *)(r10 - 16) = r1\nd{i}:\n"
    for r in (7, 8, 9):
        body += (" r1 = 0\n *(u32 *)(r10 - 4) = r1\n r2 = r10\n r2 += -4\n"
                 f" r1 = r{r}\n call bpf_map_lookup_elem\n if r0 == 0 goto out\n"
                 f" r1 = *(u{read_size * 8} *)(r0 + 0)\n")
    return body + "out: r0 = 0\n exit\n"


def test_pointers_into_different_maps_merge():
    # registers holding different maps join into one pointer with a choice of map (MapChoice)
    # instead of keeping 2**3 classes of states apart through the diamonds
    pf = parse_program_text(_map_choices(4))
    low = lower(pf, pf.programs[0])
    assert low.states < 2 * pf.programs[0].slot_count(), low.states
    r = check(pf, pf.programs[0], timeout=60)
    assert r.verdict == "safe", (r.verdict, r.reason, r.message)


def test_map_choice_splits_per_map_at_the_use():
    # 8 bytes of map b's 4-byte value: out of bounds only on the paths that chose b
    pf = parse_program_text(_map_choices(8))
    r = check(pf, pf.programs[0], timeout=60)
    assert (r.verdict, r.kind) == ("unsafe", "map_value_oob"), (r.verdict, r.kind, r.reason)
    assert r.replayed is True, r.replay_note


def test_map_choice_with_an_uninitialised_side():
    # R9 is map a, map b, or never written; spilling it reads it: uninit_reg on that path
    text = (TWO_MAPS + ".program p\n call bpf_get_prandom_u32\n if r0 & 1 goto j\n"
            " if r0 & 2 goto y\n r9 = %[a] ll\n goto j\ny: r9 = %[b] ll\n"
            "j: *(u64 *)(r10 - 8) = r9\n r0 = 0\n exit\n")
    pf = parse_program_text(text)
    r = check(pf, pf.programs[0], timeout=60)
    assert (r.verdict, r.kind) == ("unsafe", "uninit_reg"), (r.verdict, r.reason, r.message)
    assert r.replayed is True, r.replay_note


def test_insertions_are_counted_per_path():
    # a join of two paths inserting one key each, then one more: 2 on any path, not 3
    import z3
    from bpfsmt.solver.symbolic.loops import HAVOC, inserts
    from bpfsmt.solver.symbolic.state import LogJoin
    from bpfsmt.solver.symbolic.values import FALSE, TRUE, bv
    ins = lambda k: ("h", bv(k, 32), TRUE, TRUE)             # noqa: E731
    log = (LogJoin(z3.Bool("c"), (ins(1),), (ins(2), ("h", bv(2, 32), FALSE, TRUE))), ins(3))
    assert inserts(log, "h") == (2, False)
    assert inserts(log, "other") == (0, False)
    assert inserts(log + (("h", HAVOC, z3.Array("a", z3.BitVecSort(32), z3.BoolSort()), TRUE),),
                   "h") == (3, True)


def _shared_log(depth: int):
    """A map write log whose joins share their sub-logs (as a path that split, joined one way
    and then met its other half again leaves them): 2**depth entries unfolded."""
    import z3
    from bpfsmt.solver.symbolic.state import LogJoin
    from bpfsmt.solver.symbolic.values import TRUE, bv
    key = z3.BitVec("k", 32)
    log = (("m", key, bv(0), z3.BitVec("b", 8), TRUE),)
    for i in range(depth):
        mine = (("m", key, bv(0), z3.BitVec(f"b{i}", 8), z3.Bool(f"g{i}")),
                ("m", key, bv(5), z3.BitVec(f"x{i}", 8), TRUE))
        log = (LogJoin(z3.Bool(f"c{i}"), log, log + mine),)
    return key, log


def test_read_through_shared_joins_walks_each_once():
    import z3
    from bpfsmt.solver.symbolic.budget import Budget
    from bpfsmt.solver.symbolic.regions import _after_writes
    from bpfsmt.solver.symbolic.state import log_entries
    from bpfsmt.solver.symbolic.values import bv
    init = z3.BitVec("init", 8)
    # small: the same byte as the unfolded log gives (newest write whose condition holds)
    key, log = _shared_log(4)
    got = _after_writes(log, "m", key, [(bv(0), 0)], {0: 0}, [init], {}, Budget(None))[0]
    want = init
    for (_, k, o, b, cond) in log_entries(log):
        want = z3.If(z3.And(cond, k == key, o == bv(0)), b, want)
    s = z3.Solver()
    s.add(got != want)
    assert s.check() == z3.unsat
    # a join that writes none of the read's bytes is skipped: the initial byte comes back
    assert _after_writes(log, "m", key, [(bv(1), 1)], {1: 0}, [init], {},
                         Budget(None))[0] is init
    # deep: 2**60 entries unfolded, a few hundred walked
    key, log = _shared_log(60)
    got = _after_writes(log, "m", key, [(bv(0), 0)], {0: 0}, [init], {}, Budget(None))[0]
    assert got.sort() == init.sort()


def test_join_of_a_never_null_and_a_maybe_null_pointer_keeps_the_null_case():
    # r6 is the stack pointer on one side, a lookup result (maybe NULL) on the other
    from bpfsmt.solver.symbolic.values import FALSE, Ptr, merge_val
    from bpfsmt.spec.vocab import RegType as T
    import z3
    c, n = z3.Bool("c"), z3.Bool("n")
    a = Ptr(T.PTR_TO_MAP_VALUE, ("m", 1), z3.BitVecVal(0, 64), None)
    b = Ptr(T.PTR_TO_MAP_VALUE, ("m", 1), z3.BitVecVal(0, 64), n)
    for x, y, want in ((a, b, z3.If(c, FALSE, n)), (b, a, z3.If(c, n, FALSE))):
        got = merge_val(c, x, y).null
        s = z3.Solver()
        s.add(got != want)
        assert s.check() == z3.unsat
    assert merge_val(c, a, a).null is None


HASH = ".map h type=hash key_size=4 value_size=8 max_entries=16\n"


def _null_test_program(deref_after_null: str = "", jne: bool = False) -> str:
    """A hash-map lookup copied to r6 and spilled before its NULL test, then each copy
    dereferenced on the non-NULL path; `deref_after_null` runs on the NULL path."""
    test = " if r0 != 0 goto ok\n goto out\nok:\n" if jne else " if r0 == 0 goto out\n"
    return (HASH + ".program p section=tc\n call bpf_get_prandom_u32\n *(u32 *)(r10 - 4) = r0\n"
            " r2 = r10\n r2 += -4\n r1 = %[h] ll\n call bpf_map_lookup_elem\n r6 = r0\n"
            " *(u64 *)(r10 - 16) = r0\n" + test +
            " r1 = *(u64 *)(r0 + 0)\n r1 = *(u64 *)(r6 + 0)\n r7 = *(u64 *)(r10 - 16)\n"
            " r1 = *(u64 *)(r7 + 0)\n r0 = 0\n exit\n"
            "out:\n" + deref_after_null + " r0 = 0\n exit\n")


def test_passed_null_test_clears_null_of_every_copy():
    # the verifier's mark_ptr_or_null_regs: the register, its copy and its spilled copy are
    # not NULL past the test, so their dereferences need no solver call
    for jne in (False, True):
        pf = parse_program_text(_null_test_program(jne=jne))
        low = lower(pf, pf.programs[0])
        derefs = [ob for ob in low.obligations if ob.kind == "null_deref"]
        assert len(derefs) == 3 and all(ob.cond.eq(z3.BoolVal(False)) for ob in derefs)
        assert check(pf, pf.programs[0], timeout=60).verdict == "safe"


def test_copy_of_a_pointer_on_its_null_path_still_faults():
    pf = parse_program_text(_null_test_program(" r1 = *(u64 *)(r6 + 0)\n"))
    r = check(pf, pf.programs[0], timeout=60)
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "null_deref", True), (r.verdict, r.reason)


def test_null_test_of_one_lookup_leaves_another_maybe_null():
    text = _null_test_program().replace(
        " r6 = r0\n", " r8 = r0\n call bpf_get_prandom_u32\n *(u32 *)(r10 - 4) = r0\n"
        " r2 = r10\n r2 += -4\n r1 = %[h] ll\n call bpf_map_lookup_elem\n r6 = r0\n r0 = r8\n")
    pf = parse_program_text(text)
    r = check(pf, pf.programs[0], timeout=60)
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "null_deref", True), (r.verdict, r.reason)


def _shared_presence_log(depth: int):
    """A presence log (map, key, present, guard) whose joins share their sub-logs."""
    import z3
    from bpfsmt.solver.symbolic.state import LogJoin
    from bpfsmt.solver.symbolic.values import FALSE, TRUE
    log = (("h", z3.BitVec("k0", 32), TRUE, z3.Bool("g")),)
    for i in range(depth):
        mine = (("h", z3.BitVec(f"k{i + 1}", 32), TRUE, z3.Bool(f"g{i}")),
                ("h", z3.BitVec(f"d{i}", 32), FALSE, TRUE),
                ("other", z3.BitVec("k0", 32), FALSE, TRUE))
        log = (LogJoin(z3.Bool(f"c{i}"), log, log + mine),)
    return log


def test_presence_through_shared_joins_is_the_unfolded_presence_and_memoized():
    import z3
    from bpfsmt.solver.symbolic.helpers import _after_updates
    from bpfsmt.solver.symbolic.state import log_entries
    log = _shared_presence_log(4)
    for key in (z3.BitVec("k2", 32), z3.BitVec("q", 32)):
        for p0 in (z3.Bool("p0"), z3.Bool("p1")):
            got = _after_updates(log, "h", key, None, p0)
            want = p0
            for (name, k, val, cond) in log_entries(log):
                if name == "h":
                    want = z3.If(z3.And(cond, k == key), val, want)
            s = z3.Solver()
            s.add(got != want)
            assert s.check() == z3.unsat
            # the joins remember it: the same lookup again gives the same term, walking nothing
            join = log[0]
            assert (("h", key.get_id(), p0.get_id())) in join.presence
            assert _after_updates(log, "h", key, None, p0).eq(got)
    # a map the joins do not touch is skipped: the initial presence comes back
    p = z3.Bool("p")
    assert _after_updates(log, "absent", z3.BitVec("k2", 32), None, p) is p
    # deep: 2**60 paths unfolded
    got = _after_updates(_shared_presence_log(60), "h", z3.BitVec("q", 32), None, p)
    assert got.sort() == z3.BoolSort()


def test_simplifier_leaves_a_term_past_its_step_bound_as_is():
    import z3
    from bpfsmt.solver.symbolic.values import SIMPLIFY_STEPS, is_const_true, simp
    x = z3.BitVec("x", 32)
    assert is_const_true(simp(z3.Or(x == 1, x != 1)))
    # equivalent to True, but more nodes than the simplifier may visit: unchanged, so the
    # lowering keeps both branches (the obligations decide them), never a wrong constant
    big = z3.BoolVal(True)
    for i in range(2 * SIMPLIFY_STEPS):
        big = z3.If(x == i, z3.Or(x == i, z3.Bool(f"b{i}")), big)
    assert simp(big).eq(big)
    s = z3.Solver()
    s.add(z3.Not(big))
    assert s.check() == z3.unsat


def test_join_of_many_states_checks_the_budget_between_pairwise_merges(monkeypatch):
    # a join of many states with long logs ran 29 s of a 10 s budget (bpf_wireguard
    # tail_handle_ipv4): the budget is checked before each pairwise merge, so it ends there
    from bpfsmt.solver.symbolic import state as st_mod
    from bpfsmt.solver.symbolic.budget import OutOfTime

    merged = []
    monkeypatch.setattr(st_mod, "_merge2", lambda a, b: merged.append(b) or a)
    calls = []

    def check_budget():
        calls.append(1)
        if len(calls) == 3:
            raise OutOfTime()

    try:
        st_mod.merge_states(list(range(6)), check_budget)
    except OutOfTime:
        pass
    else:
        raise AssertionError("the budget's OutOfTime must end the join")
    assert merged == [1, 2] and len(calls) == 3
    assert st_mod.merge_states(list(range(6))) == 0 and len(merged) == 7
