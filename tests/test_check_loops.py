"""Loops past `--loop-bound` in `check` (solver/symbolic/loops.py): k trips unrolled, then an
invariant proved by induction. The programs of tests/oracle/engines/loops.c carry the labels of
the real 6.1 and 6.12 kernels (both track every trip of these loops exactly); `check` must
decide them without unrolling them: SAFE when the kernel accepts, UNSAFE with a counterexample
the executor replays when it rejects, and UNKNOWN (never SAFE) when the invariant it needs is
out of its reach or the loop may not end."""
from __future__ import annotations

import os

import pytest

from oracle_labels import label_object_path, load_labels

from bpfsmt.grammar.loader import load
from bpfsmt.grammar.asm import parse_program_text
from bpfsmt.solver.symbolic.checker import check

LOOPS = [lb for lb in load_labels("engines") if lb.file == "loops.c"]
LOOPS_612 = {lb.prog: lb for lb in load_labels("engines", kernel="6.12") if lb.file == "loops.c"}
SHARED = os.environ.get("BPFSMT_SHARED",
                        os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
BOUNDED_LOOP = os.path.join(SHARED, "corpus", "ebpf-samples", "build", "bounded_loop.o")


def _check(prog, **kw):
    return check(load(str(label_object_path(LOOPS[0]))), prog, timeout=120, **kw)


def test_labels_cover_safe_unsafe_and_both_kernels():
    verdicts = {lb.prog: lb.accepted for lb in LOOPS}
    assert verdicts["loop_sum_500"] and not verdicts["loop_sum_500_of_400"]
    # 6.12 prunes the trips of a socket handed from trip to trip (spec/deltas REFSAFE-IDS)
    assert {p: lb.accepted for p, lb in LOOPS_612.items()} == \
        verdicts | {"loop_sk_carry_release_50": True}


def test_packet_walk_to_data_end_is_safe_where_the_kernel_gives_up():
    lb = next(lb for lb in LOOPS if lb.prog == "loop_pkt_pointer_walk")
    assert not lb.accepted and "too complex" in lb.message
    r = _check("loop_pkt_pointer_walk")
    # the pointer's offset stays within the longest frame and grows every trip: it ends
    assert r.verdict == "safe", (r.verdict, r.reason)
    assert "r2.off in" in r.loops[0], r.loops


@pytest.mark.parametrize("prog", ["loop_sum_500", "loop_store_500", "loop_stack_counter_500",
                                  "loop_pkt_300"])
def test_loop_of_hundreds_of_trips_is_safe_by_induction(prog):
    assert next(lb for lb in LOOPS if lb.prog == prog).accepted
    r = _check(prog)
    assert r.verdict == "safe", (r.verdict, r.reason)
    # decided after the 8 unrolled trips, from an invariant bounding the counter
    assert len(r.loops) == 1 and "8 trips unrolled" in r.loops[0], r.loops
    assert "499]" in r.loops[0] or "299]" in r.loops[0], r.loops


def test_late_overrun_is_unsafe_and_replayed():
    assert not next(lb for lb in LOOPS if lb.prog == "loop_sum_500_of_400").accepted
    r = _check("loop_sum_500_of_400")
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "map_value_oob", True), (r.verdict, r.reason)
    # the fault is beyond the unrolled trips: the induction step found it, replay confirmed it,
    # and the message is the run's (trip 400), not the havoced state's
    assert r.loops and "off=1600 size=4" in r.message, r.message


def test_non_inductive_invariant_is_unknown_with_its_reason():
    # v[i * i] for i < 22: safe, but the needed fact j == i * i is not linear
    assert next(lb for lb in LOOPS if lb.prog == "loop_squares").accepted
    r = _check("loop_squares")
    assert r.verdict == "unknown", (r.verdict, r.message)
    assert "induction step" in r.reason and "replay did not reach it" in r.reason


def test_unrolling_enough_trips_needs_no_induction():
    r = _check("loop_squares", loop_bound=30)
    assert r.verdict == "safe" and not r.loops, (r.verdict, r.reason)


def test_loop_bound_is_the_base_case_depth():
    # the overrun at trip 400 is found by the induction step whatever the base case depth
    for lb in (0, 2):
        r = _check("loop_sum_500_of_400", loop_bound=lb)
        assert (r.verdict, r.replayed) == ("unsafe", True)
        assert f"{lb} trips unrolled" in r.loops[0]


def test_endless_loop_is_never_safe():
    pf = parse_program_text(".program p\n r0 = 0\nl: r0 += 0\n goto l\n exit\n")
    r = check(pf, pf.programs[0], loop_bound=2)
    assert r.verdict == "unknown" and "ranking" in r.reason, r.reason
    # a counter that stays bounded but never reaches the exit: no ranking function either
    pf = parse_program_text(".program p\n r1 = 0\nl: r1 += 1\n r1 &= 7\n if r1 != 9 goto l\n"
                            " r0 = 0\n exit\n")
    r = check(pf, pf.programs[0], loop_bound=2)
    assert r.verdict == "unknown" and "ranking" in r.reason, r.reason


def test_invariant_not_established_by_the_base_case_is_dropped():
    # r2 stays 0 in the unrolled trips, then becomes 64 after trip 50: an access at r10 - 8 + r2
    # would be out of the frame then; a candidate r2 == 0 must not survive the step
    pf = parse_program_text(".program p\n r1 = 0\n r2 = 0\n r3 = 0\n *(u64 *)(r10 - 8) = r3\n"
                            "l: r1 += 1\n if r1 != 50 goto s\n r2 = 64\ns: r3 = r10\n r3 += r2\n"
                            " r0 = *(u8 *)(r3 - 8)\n if r1 < 60 goto l\n exit\n")
    r = check(pf, pf.programs[0], loop_bound=4)
    assert (r.verdict, r.replayed) == ("unsafe", True), (r.verdict, r.reason)


@pytest.mark.skipif(not os.path.exists(BOUNDED_LOOP), reason="corpus not found")
def test_corpus_bounded_loop_is_safe():
    pf = load(BOUNDED_LOOP)
    r = check(pf, pf.programs[0], timeout=60)
    assert r.verdict == "safe" and r.loops, (r.verdict, r.reason)


@pytest.mark.parametrize("prog,verdict", [("bpf_loop_var_index_checked", "safe"),
                                          ("bpf_loop_var_index_off_by_one", "unsafe"),
                                          ("for_each_100_sum", "safe"),
                                          ("for_each_100_past_value", "unsafe")])
def test_callback_loops_past_the_unrolling(prog, verdict):
    # bpf_loop: nr = prandom & 1023, the callback reads v[i] of a 400-element value after
    # i <= 399 (or 400); for_each over 100 elements: sums them into the caller's stack (or
    # reads past each 8-byte value)
    assert next(lb for lb in LOOPS if lb.prog == prog).accepted == (verdict == "safe")
    r = _check(prog)
    assert r.verdict == verdict, (r.verdict, r.reason)
    assert "callback of the call at insn" in r.loops[0]
    if verdict == "unsafe":
        assert (r.kind, r.replayed) == ("map_value_oob", True)


# loops whose trips change more than registers, stack and map values, and for_each over a hash
# map: decided by induction (never by unrolling the 20-100 trips), as both kernels decide them
BEYOND_VALUES = {
    # program: (kernel accepts, what the induction havocs, fault kind when rejected)
    "loop_hash_update_100": (True, "keys of map hash1k", None),
    "loop_hash_update_late_oob": (False, "keys of map hash1k", "map_value_oob"),
    "loop_hash_delete_100": (True, "keys of map hash1k", None),
    "loop_sk_lookup_release_50": (True, "r6", None),
    "loop_sk_lookup_late_leak": (False, "r6", "ref_leak"),
    "loop_xdp_adjust_head_20": (True, "pkt.data", None),
    "loop_xdp_adjust_head_late_oob": (False, "pkt.data", "pkt_oob"),
    "loop_counter_follows": (True, "r7 - r6 s<= 0", None),
    "loop_counter_follows_past_value": (False, "r7", "map_value_oob"),
    "loop_step_3": (True, "r6 % 3 == 0", None),
    "loop_step_3_past_value": (False, "r6 % 3 == 0", "map_value_oob"),
    "for_each_hash_sum": (True, "callback of the call", None),
    "for_each_hash_key_past_end": (False, "callback of the call", "mem_oob"),
    "for_each_hash_delete": (True, "keys of map hash1k", None),
}


@pytest.mark.parametrize("prog", sorted(BEYOND_VALUES))
def test_loops_beyond_registers_and_values(prog):
    accepted, havoc, kind = BEYOND_VALUES[prog]
    assert next(lb for lb in LOOPS if lb.prog == prog).accepted == accepted
    assert LOOPS_612[prog].accepted == accepted
    r = _check(prog)
    assert r.loops and havoc in " ".join(r.loops), r.loops
    if accepted:
        assert r.verdict == "safe", (r.verdict, r.reason)
    else:
        assert (r.verdict, r.kind, r.replayed) == ("unsafe", kind, True), (r.verdict, r.reason)


def test_released_references_and_the_trip_that_leaks():
    # the leak happens at trip 40, past the 8 unrolled: the induction step's counterexample
    # needs bpf_sk_lookup_tcp to find a socket at every call, which the padded replay gives
    r = _check("loop_sk_lookup_late_leak")
    assert r.message.startswith("Unreleased reference") and r.inputs.helper_returns
    # a socket handed from one trip to the next (released by the next trip): H holds it as a
    # reference held exactly when its pointer is not NULL, which every trip keeps
    lookup = " r1 = r9\n r2 = r10\n r2 += -40\n r3 = 36\n r4 = -1\n r5 = 0\n call 84\n"
    text = (".program p type=sched_cls\n r9 = r1\n r6 = 0\n r1 = 0\n" +
            "".join(f" *(u64 *)(r10 - {o}) = r1\n" for o in (8, 16, 24, 32, 40)) + lookup +
            " if r0 == 0 goto out\n r7 = r0\nl0:" + lookup + " r8 = r0\n SKIP r1 = r7\n call 86\n"
            "next: if r8 == 0 goto out\n r7 = r8\n r6 += 1\n if r6 < 50 goto l0\n r1 = r7\n"
            " call 86\nout: r0 = 0\n exit\n")
    pf = parse_program_text(text.replace("SKIP", ""))
    r = check(pf, pf.programs[0], loop_bound=2)
    assert r.verdict == "safe", (r.verdict, r.reason)
    assert "the reference handed to the next trip" in r.loops[0] and "r7 held iff not NULL" in \
        r.loops[0], r.loops
    assert check(pf, pf.programs[0], loop_bound=60).verdict == "safe"
    # trip 30 drops the socket of trip 29 unreleased: a leak at the exit, replayed
    pf = parse_program_text(text.replace("SKIP", "if r6 == 30 goto next\n"))
    r = check(pf, pf.programs[0], loop_bound=2)
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "ref_leak", True), (r.verdict, r.reason)


FILL = (".map h type=hash key_size=4 value_size=8 max_entries={n}\n.program p type=socket_filter\n"
        " r6 = 0\nl0: *(u32 *)(r10 - 4) = r6\n *(u64 *)(r10 - 16) = r6\n r1 = map[h]\n r2 = r10\n"
        " r2 += -4\n r3 = r10\n r3 += -16\n r4 = 0\n call 2\n r6 += 1\n if r6 < {trips} goto l0\n"
        "{after} r0 = 0\n exit\n")
# the last key inserted, looked up and read without a NULL check
READ_LAST = (" r6 -= 1\n *(u32 *)(r10 - 4) = r6\n r1 = map[h]\n r2 = r10\n r2 += -4\n call 1\n"
             " r0 = *(u64 *)(r0 + 0)\n")


@pytest.mark.parametrize("trips,loop_bound", [(100, 8), (6, 8)])
def test_a_loop_that_may_fill_a_hash_map(trips, loop_bound):
    """Inserts into a hash map of 4 entries, summarised (100 trips) or unrolled (6): an update
    may find the map full; harmless when nobody reads the element, a NULL dereference when the
    program reads the last one as if it were there (replayed with the map full)."""
    pf = parse_program_text(FILL.format(n=4, trips=trips, after=""))
    r = check(pf, pf.programs[0], loop_bound=loop_bound)
    assert r.verdict == "safe", (r.verdict, r.reason)
    assert (trips > loop_bound) == any("element count of map h" in s for s in r.loops), r.loops
    pf = parse_program_text(FILL.format(n=4, trips=trips, after=READ_LAST))
    r = check(pf, pf.programs[0], loop_bound=loop_bound)
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "null_deref", True), (r.verdict, r.reason)


TAIL_LOOP = """.map jt type=prog_array max_entries=4 slots=0:leaf
.program main section=tc
 r9 = r1
 r6 = 0
l0: r1 = r9
 r2 = %[jt] ll
 r3 = 1
 if r6 != AT goto l1
 r3 = 0
l1: call bpf_tail_call
 r6 += 1
 if r6 < 100 goto l0
 r0 = 0
 exit
.program leaf section=tc
 r1 = 0
 r0 = *(u64 *)(r1 + 0)
 exit
"""


def test_tail_calls_in_a_loop():
    """Every trip attempts a tail call into an empty slot (counted, MAX_TAIL_CALL_CNT = 33 at
    most); trip AT into the faulting leaf. The summary havocs the count (any value up to the
    limit): trip 20 reaches the leaf (replayed); trip 50 cannot (the count stopped at 33), which
    the induction cannot show from a count it forgot (UNKNOWN, not SAFE) and unrolling 34
    trips does."""
    pf = parse_program_text(TAIL_LOOP.replace("AT", "20"))
    r = check(pf, "main", timeout=120)
    assert (r.verdict, r.kind, r.in_program, r.replayed) == ("unsafe", "null_deref", "leaf", True), \
        (r.verdict, r.reason)
    assert "the tail-call count" in r.loops[0], r.loops
    pf = parse_program_text(TAIL_LOOP.replace("AT", "50"))
    r = check(pf, "main", timeout=120)
    assert r.verdict == "unknown" and "induction step" in r.reason, (r.verdict, r.reason)
    assert check(pf, "main", timeout=120, loop_bound=34).verdict == "safe"


def test_tail_calls_in_a_labelled_loop_with_a_target():
    """loops.c's loop_tail_call_100 with tail_leaf in slot 3: trip 3 always leaves for it."""
    lb = next(lb for lb in LOOPS if lb.prog == "loop_tail_call_100")
    pf = load(str(label_object_path(lb)))
    pf.maps["jt"].prog_slots = {3: "tail_leaf"}
    r = check(pf, "loop_tail_call_100", timeout=120)
    assert r.verdict == "safe", (r.verdict, r.reason)


TIMER_LOOP = """.map tarr type=array key_size=4 value_size=24 max_entries=100 timer=0
.program p section=tc
 r6 = 0
l0: *(u32 *)(r10 - 4) = r6
 r2 = r10
 r2 += -4
 r1 = %[tarr] ll
 call bpf_map_lookup_elem
 if r0 == 0 goto l1
 r7 = r0
 *(u64 *)(r7 + 16) = r6
 r1 = r7
 r2 = %[tarr] ll
 r3 = 1
 call bpf_timer_init
 r1 = r7
 r2 = cb ll
 call bpf_timer_set_callback
 r1 = r7
 r2 = 0
 r3 = 0
 call bpf_timer_start
l1: r6 += 1
 if r6 < 100 goto l0
 r0 = 0
 exit
.func cb
 r1 = *(u64 *)(r3 + 16)
 if r1 < LIMIT goto ok
 r1 = 0
 r0 = *(u64 *)(r1 + 0)
ok: WRITE
 r0 = 0
 exit
"""


def test_timers_set_in_a_loop():
    """Element i's timer gets the callback, which faults for the elements whose value (i) is
    at least LIMIT: the summarised trips' timers are sets of elements; the callback fires once
    for any element of them (it writes nothing another callback reads). Element 91's fault is
    found in that run and replayed (every timer fires after the program); below 100 nothing
    faults, which needs value == key of a havoced map (no such template: UNKNOWN, not SAFE);
    a callback that writes through a pointer is not summarised."""
    def run(limit, write=""):
        text = TIMER_LOOP.replace("LIMIT", str(limit)).replace("WRITE", write)
        if write:       # no fault: only the write
            text = text.replace(" r1 = 0\n r0 = *(u64 *)(r1 + 0)\n", "")
        return check(parse_program_text(text), "p", timeout=120)
    r = run(91)
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "null_deref", True), (r.verdict, r.reason)
    assert "the timers of map tarr" in r.loops[0], r.loops
    assert r.inputs.timers == "set"
    r = run(100)
    assert r.verdict == "unknown" and "induction step" in r.reason, (r.verdict, r.reason)
    r = run(1000, "*(u64 *)(r3 + 16) = r1")
    assert r.verdict == "unknown" and "changes what another may read" in r.reason, r.reason
    # helpers by their prototypes (spec/helpers.EFFECT_FREE_HELPERS): reading the clock keeps
    # the summary, deleting an element does not
    r = run(1000, "call bpf_ktime_get_ns")
    assert r.verdict == "safe", (r.verdict, r.reason)
    r = run(1000, "*(u32 *)(r10 - 8) = r1\n r2 = r10\n r2 += -8\n r1 = %[tarr] ll\n"
                  " call bpf_map_delete_elem")
    assert r.verdict == "unknown" and "changes what another may read" in r.reason, r.reason
