"""bpf2bpf calls, tail calls (TC-01 and the four counter schemes), timers and async callbacks,
synchronous callbacks, spin locks and the helper table."""
import pytest

from bpfsmt.grammar.asm import parse_program_text
from bpfsmt.solver.concrete.exec import ExecInputs, execute
from bpfsmt.solver.concrete.runtime_helpers import HELPERS
from bpfsmt.spec.helper_ids import HELPER_NAMES_612


def run(text, program=None, **kw):
    pf = parse_program_text(text, "<t>")
    prog = program or pf.programs[0].name
    return execute(pf, prog, ExecInputs(**kw))


# ---- bpf2bpf ---------------------------------------------------------------------------------

CALLEE_SAVED = """
.program main section=socket
    r6 = 6
    r1 = 10
    r2 = 32
    call add2
    r0 += r6
    exit
.func add2
    r6 = 100
    r0 = r1
    r0 += r2
    exit
"""


def test_bpf2bpf_args_return_and_callee_saved():
    res = run(CALLEE_SAVED)
    assert res.fault is None and res.r0 == 48


def test_caller_r1_r5_clobbered_after_call():
    res = run(CALLEE_SAVED.replace("r0 += r6", "r0 += r1"))
    assert res.fault.kind == "uninit_reg" and res.fault.message == "R1 !read_ok"


def test_each_frame_has_its_own_stack():
    text = """
.program main section=socket
    r1 = 7
    *(u64 *)(r10 - 8) = r1
    call f
    r0 = *(u64 *)(r10 - 8)
    exit
.func f
    r1 = 9
    *(u64 *)(r10 - 8) = r1
    r0 = 0
    exit
"""
    assert run(text).r0 == 7


def test_callee_reads_caller_stack_through_pointer_but_not_after_return():
    text = """
.program main section=socket
    r1 = 7
    *(u64 *)(r10 - 8) = r1
    r1 = r10
    r1 += -8
    call f
    exit
.func f
    r0 = *(u64 *)(r1 + 0)
    exit
"""
    assert run(text).r0 == 7
    dangling = """
.program main section=socket
    call f
    r0 = *(u64 *)(r0 + 0)
    exit
.func f
    r1 = 1
    *(u64 *)(r10 - 8) = r1
    r0 = r10
    r0 += -8
    exit
"""
    assert run(dangling).fault.kind == "bad_mem"


def test_call_depth_limit_is_8_frames():
    text = """
.program main section=socket
    r1 = DEPTH
    call rec
    exit
.func rec
    r1 += -1
    if r1 == 0 goto done
    call rec
done:
    r0 = 0
    exit
"""
    assert run(text.replace("DEPTH", "7")).fault is None          # main + 7 frames
    res = run(text.replace("DEPTH", "8"))
    assert res.fault.kind == "call_depth" and res.fault.rule == "CORE-10"
    assert res.fault.message == "the call stack of 9 frames is too deep"


# ---- tail calls -------------------------------------------------------------------------------

CHAIN = """
.map jt type=prog_array max_entries=4 slots=0:chain
.program main section=tc
    r6 = r1
    call sub
    r1 = r6
    call sub
    r0 = 7
    exit
.func sub
    r2 = %[jt] ll
    r3 = 0
    call bpf_tail_call
    r0 = 1
    exit
.program chain section=tc
    r2 = %[jt] ll
    r3 = 0
    call bpf_tail_call
    r0 = 2
    exit
"""


@pytest.mark.parametrize("scheme,total,fault", [
    ("interp", 33, None), ("jit610", 33, None),
    ("jit61", 34, "tail_call_limit"), ("reinit", 34, "tail_call_limit")])
def test_tail_call_counter_schemes(scheme, total, fault):
    """6.1's x86 JIT copies the counter into each bpf2bpf callee and never back, so two
    subprogram calls each get 33 tail calls (the "tailcall hierarchy" bug)."""
    res = run(CHAIN, tail_call_scheme=scheme)
    assert res.tail_calls == total
    if fault is None:
        assert res.fault is None and res.r0 == 7
        taken = [e for e in res.events if e.kind == "tail_call" and e.taken]
        assert len(taken) == 33 and taken[-1].count == 33
    else:
        assert res.fault.kind == fault and res.fault.rule == "TC-02"


def test_tail_call_taken_replaces_program_and_reuses_frame():
    res = run(CHAIN.replace("slots=0:chain", "slots=0:leaf") + """
.program leaf section=tc
    r0 = 42
    exit
""")
    # each sub() tail-calls leaf, which returns 42 to main; main returns 7
    assert res.fault is None and res.r0 == 7
    assert [e.taken for e in res.events if e.kind == "tail_call"] == [True, True]


def test_tail_call_empty_slot_consumes_count():
    text = """
.map jt type=prog_array max_entries=4 slots=1:leaf
.program main section=tc
    r6 = r1
    r7 = 40
loop:
    r1 = r6
    r2 = %[jt] ll
    r3 = 0
    call bpf_tail_call
    r7 += -1
    if r7 != 0 goto loop
    r1 = r6
    r2 = %[jt] ll
    r3 = 1
    call bpf_tail_call
    r0 = 0
    exit
.program leaf section=tc
    r0 = 1
    exit
"""
    res = run(text)
    ev = [e for e in res.events if e.kind == "tail_call"]
    assert [e.count for e in ev[:3]] == [1, 2, 3]          # empty slot 0 still counts
    assert ev[32].count == 33 and ev[33].count == 33       # then the limit holds
    assert res.r0 == 0 and not ev[-1].taken                 # slot 1 never reached


def test_tail_call_index_is_u32_and_bounds_checked_first():
    text = """
.map jt type=prog_array max_entries=4 slots=0:leaf
.program main section=tc
    r2 = %[jt] ll
    r3 = IDX ll
    call bpf_tail_call
    r0 = 0
    exit
.program leaf section=tc
    r0 = 1
    exit
"""
    assert run(text.replace("IDX", "0x100000000")).r0 == 1       # upper 32 bits ignored
    res = run(text.replace("IDX", "4"))
    assert res.r0 == 0 and res.events[-1].count == 0              # >= max_entries: no count


def test_tail_call_fallthrough_leaves_r0_uninit():
    text = """
.map jt type=prog_array max_entries=4
.program main section=tc
    r0 = 5
    r2 = %[jt] ll
    r3 = 0
    call bpf_tail_call
    exit
"""
    assert run(text).fault.kind == "exit_r0"


def test_prog_arrays_input_overrides_slots():
    res = run(CHAIN.replace("slots=0:chain", "") + """
.program leaf section=tc
    r0 = 1
    exit
""", prog_arrays={"jt": {0: "leaf"}})
    assert res.tail_calls == 2


# ---- timers and async callbacks (SP-07) ---------------------------------------------------

TIMER = """
.map tm type=array key_size=4 value_size=24 max_entries=1 timer=8
.program main section=SECTION
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = %[tm] ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r6 = r0
    r1 = r0
    r1 += 8
    r2 = %[tm] ll
    r3 = 1
    call bpf_timer_init
    r1 = r6
    r1 += 8
    r2 = cb ll
    call bpf_timer_set_callback
    r1 = r6
    r1 += 8
    r2 = 0
    r3 = 0
    call bpf_timer_start
out:
    r0 = 0
    exit
.func cb
    r6 = r3
    CBBODY
    r0 = 0
    exit
"""


def test_timer_callback_runs_after_main_with_map_key_value():
    body = "r1 = *(u32 *)(r2 + 0)\n r1 += 5\n *(u64 *)(r6 + 0) = r1"
    res = run(TIMER.replace("SECTION", "tc").replace("CBBODY", body))
    assert res.fault is None and res.r0 == 0
    assert res.maps["tm"][bytes(4)][:8] == (5).to_bytes(8, "little")
    cb = [e for e in res.events if e.kind == "async_cb"]
    assert len(cb) == 1 and cb[0].element == ("tm", "00000000")


def test_copy_from_user_in_timer_callback_of_sleepable_prog_cannot_sleep():
    """SP-07 gap: 6.1 verifies the callback as async but not as non-sleepable; at run time
    it runs in softirq context, so a might-sleep helper there is a sleep in atomic context."""
    body = "r1 = r10\n r1 += -8\n r2 = 8\n r3 = 0\n call bpf_copy_from_user"
    res = run(TIMER.replace("SECTION", "fentry.s/bpf_fentry_test1").replace("CBBODY", body))
    assert res.fault.kind == "sleep_in_atomic" and res.fault.rule == "SP-03"
    helpers = {e.helper: e for e in res.events if e.kind == "helper"}
    assert helpers["timer_start"].context == "main" and helpers["timer_start"].can_sleep
    assert helpers["copy_from_user"].context == "async_cb"
    assert helpers["copy_from_user"].can_sleep is False


def test_copy_from_user_in_sleepable_main_reads_user_memory():
    text = """
.program main section=fentry.s/bpf_fentry_test1
    r1 = r10
    r1 += -8
    r2 = 8
    r3 = USER ll
    call bpf_copy_from_user
    r0 = *(u64 *)(r10 - 8)
    exit
"""
    # user memory is a region; pointer from the input model: take its address from a first run
    from bpfsmt.solver.concrete.exec import Machine
    pf = parse_program_text(text.replace("USER", "0"), "<t>")
    m = Machine(pf, pf.programs[0], ExecInputs(user_mem=bytes(range(1, 9))), False)
    res = execute(parse_program_text(text.replace("USER", hex(m.user.base)), "<t>"), "main",
                  ExecInputs(user_mem=bytes(range(1, 9))))
    assert res.fault is None and res.r0 == int.from_bytes(bytes(range(1, 9)), "little")
    res = run(text.replace("USER", "0"))
    assert res.fault is None and res.r0 == 0                    # -EFAULT path zero-fills


def test_timer_start_without_callback_is_einval():
    text = TIMER.replace("SECTION", "tc").replace("CBBODY", "").replace(
        "    r2 = cb ll\n    call bpf_timer_set_callback\n", "")
    res = run(text)
    assert res.fault is None and not [e for e in res.events if e.kind == "async_cb"]


# ---- synchronous callbacks ----------------------------------------------------------------

def test_bpf_loop_calls_back_synchronously_and_stops_on_1():
    text = """
.program main section=tc
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r1 = 10
    r2 = cb ll
    r3 = r10
    r3 += -8
    r4 = 0
    call bpf_loop
    r1 = *(u64 *)(r10 - 8)
    r0 <<= 8
    r0 |= r1
    exit
.func cb
    r3 = *(u64 *)(r2 + 0)
    r3 += r1
    *(u64 *)(r2 + 0) = r3
    r0 = 0
    if r1 != 4 goto +1
    r0 = 1
    exit
"""
    res = run(text)
    assert res.fault is None
    assert res.r0 == (5 << 8) | (0 + 1 + 2 + 3 + 4)
    kinds = {e.context for e in res.events if e.kind == "helper"}
    assert kinds == {"main"}


def test_for_each_map_elem_visits_array_elements():
    text = """
.map a type=array key_size=4 value_size=8 max_entries=3
.elem a key=0 value=1
.elem a key=1 value=2
.elem a key=2 value=4
.program main section=tc
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r1 = %[a] ll
    r2 = cb ll
    r3 = r10
    r3 += -8
    r4 = 0
    call bpf_for_each_map_elem
    r0 = *(u64 *)(r10 - 8)
    exit
.func cb
    r5 = *(u64 *)(r3 + 0)
    r1 = *(u64 *)(r4 + 0)
    r1 += r5
    *(u64 *)(r4 + 0) = r1
    r0 = 0
    exit
"""
    assert run(text).r0 == 7


# ---- spin locks (SL-06..SL-10) ------------------------------------------------------------

LOCK = """
.map h type=array key_size=4 value_size=16 max_entries=2 spin_lock=0
.program main section=tc
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = %[h] ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r6 = r0
    r1 = r0
    call bpf_spin_lock
    BODY
out:
    r0 = 0
    exit
"""


def test_lock_unlock_events_with_element_identity():
    body = "r1 = 3\n *(u64 *)(r6 + 8) = r1\n r1 = r6\n call bpf_spin_unlock"
    res = run(LOCK.replace("BODY", body))
    assert res.fault is None
    ev = [(e.kind, e.element) for e in res.events if e.kind in ("lock", "unlock")]
    assert ev == [("lock", ("h", "00000000")), ("unlock", ("h", "00000000"))]


@pytest.mark.parametrize("body,kind", [
    ("", "exit_locked"),
    ("call bpf_ktime_get_ns", "call_locked"),
    ("r1 = r6\n call bpf_spin_lock", "call_locked"),
    ("r1 = *(u32 *)(r6 + 0)", "lock_access"),
    ("r1 = r6\n call bpf_spin_unlock\n r1 = r6\n call bpf_spin_unlock", "unlock_none"),
])
def test_lock_discipline_faults(body, kind):
    res = run(LOCK.replace("BODY", body))
    assert res.fault is not None and res.fault.kind == kind, res.fault


# ---- helper table ---------------------------------------------------------------------------

def test_helper_table_names_are_uapi_names():
    extra = {"ubpf_unwind"}
    assert set(HELPERS) - extra <= set(HELPER_NAMES_612)
    for n in ("map_lookup_elem", "map_update_elem", "map_delete_elem", "tail_call",
              "spin_lock", "spin_unlock", "timer_init", "timer_set_callback", "timer_start",
              "loop", "for_each_map_elem", "ktime_get_ns", "get_prandom_u32",
              "get_smp_processor_id", "copy_from_user", "trace_printk", "ringbuf_output"):
        assert n in HELPERS


def test_helper_returns_feed_value_helpers_in_order():
    text = """
.program main section=tc
    call bpf_ktime_get_ns
    r6 = r0
    call bpf_ktime_get_ns
    r0 -= r6
    exit
"""
    res = run(text, helper_returns={"bpf_ktime_get_ns": [100, 250]})
    assert res.r0 == 150
    res = run(text.replace("bpf_ktime_get_ns", "bpf_get_prandom_u32"),
              helper_returns={"get_prandom_u32": [0x1ffffffff, 1]})
    assert res.r0 == (1 - 0xffffffff) & ((1 << 64) - 1)      # u32 return


def test_a_known_helper_without_a_model_says_so(monkeypatch):
    # every helper of the tables has a model; one added to a table without one (a helper that
    # hands out a kernel reference has no generic model) is not a program fault
    monkeypatch.delitem(HELPERS, "kptr_xchg")
    res = run(".program main section=tc\n call bpf_kptr_xchg\n exit\n")
    assert res.fault.kind == "no_model"
    assert res.fault.message == ("no concrete model for helper bpf_kptr_xchg#194; give "
                                 "--helper-return bpf_kptr_xchg=V")


def test_unknown_helper_id_is_a_fault():
    res = run(".program main section=tc\n call 9999\n exit\n")
    assert res.fault.kind == "unknown_helper"


def test_generic_helper_runs_from_its_prototype():
    # bpf_skb_vlan_push(ctx, proto, tci): arguments checked by kind, result from the inputs
    text = ".program main section=tc\n R1\n r2 = 0x81\n r3 = 5\n call bpf_skb_vlan_push\n exit\n"
    assert run(text.replace("R1", "r1 = 0")).fault.kind == "helper_arg"
    res = run(text.replace("R1", ""), helper_returns={"skb_vlan_push": [7]})
    assert res.fault is None and res.r0 == 7


def test_generic_helper_fills_memory_from_the_inputs():
    # bpf_get_stack(ctx, buf, size, flags) writes `size` bytes: helper_returns["get_stack:r2"]
    text = (".program main section=kprobe/f\n r2 = r10\n r2 += -16\n r3 = SIZE\n r4 = 0\n"
            " call bpf_get_stack\n r0 = *(u64 *)(r10 - 16)\n exit\n")
    res = run(text.replace("SIZE", "16"), helper_returns={"get_stack:r2": list(range(1, 17))})
    assert res.fault is None and res.r0 == int.from_bytes(bytes(range(1, 9)), "little")
    assert run(text.replace("SIZE", "24")).fault.kind == "stack_oob"


def test_hash_map_update_lookup_delete_and_errnos():
    text = """
.map h type=hash key_size=4 value_size=8 max_entries=1
.program main section=tc
    r1 = 5
    *(u32 *)(r10 - 4) = r1
    r1 = 9
    *(u64 *)(r10 - 16) = r1
    r1 = %[h] ll
    r2 = r10
    r2 += -4
    r3 = r10
    r3 += -16
    r4 = FLAGS
    call bpf_map_update_elem
    r6 = r0
    r1 = %[h] ll
    r2 = r10
    r2 += -4
    call bpf_map_lookup_elem
    if r0 == 0 goto none
    r0 = *(u64 *)(r0 + 0)
    r0 <<= 8
    r0 |= r6
    exit
none:
    r0 = r6
    exit
"""
    assert run(text.replace("FLAGS", "0")).r0 == 9 << 8
    # BPF_EXIST on a missing key: -ENOENT, zero-extended by 6.1's JIT (map ops return int)
    assert run(text.replace("FLAGS", "2")).r0 == (-2) & 0xFFFFFFFF
    assert run(text.replace("FLAGS", "2"), jit=False).r0 == (-2) & ((1 << 64) - 1)
    res = run(text.replace("FLAGS", "0"), maps={"h": {bytes([1, 0, 0, 0]): bytes(8)}})
    assert res.r0 == (-7) & 0xFFFFFFFF                                      # full: -E2BIG
    assert run(text.replace("FLAGS", "5")).r0 == (-22) & 0xFFFFFFFF          # F_LOCK, no lock
    lru = run(text.replace("FLAGS", "0").replace("type=hash", "type=lru_hash"),
              maps={"h": {bytes([1, 0, 0, 0]): bytes(8)}})
    assert lru.r0 == 9 << 8 and list(lru.maps["h"]) == [bytes([5, 0, 0, 0])]  # evicted


# ---- more map types --------------------------------------------------------------------------

def test_array_of_maps_lookup_returns_inner_map():
    text = """
.map inner type=array key_size=4 value_size=8 max_entries=1
.elem inner key=0 value=99
.map outer type=array_of_maps key_size=4 value_size=4 max_entries=2 inner=inner slots=1:inner
.program main section=tc
    r1 = KEY
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = %[outer] ll
    call bpf_map_lookup_elem
    if r0 == 0 goto none
    r1 = r0
    r2 = 0
    *(u32 *)(r10 - 8) = r2
    r2 = r10
    r2 += -8
    call bpf_map_lookup_elem
    if r0 == 0 goto none
    r0 = *(u64 *)(r0 + 0)
    exit
none:
    r0 = 1000
    exit
"""
    assert run(text.replace("KEY", "1")).r0 == 99
    assert run(text.replace("KEY", "0")).r0 == 1000


def test_ringbuf_reserve_submit_and_use_after_submit():
    text = """
.map rb type=ringbuf key_size=0 value_size=0 max_entries=4096
.program main section=tc
    r1 = %[rb] ll
    r2 = 16
    r3 = 0
    call bpf_ringbuf_reserve
    if r0 == 0 goto none
    r6 = r0
    r1 = 7
    *(u64 *)(r6 + 8) = r1
    r1 = r6
    r2 = 0
    call bpf_ringbuf_submit
    AFTER
    r0 = 0
    exit
none:
    r0 = 1
    exit
"""
    res = run(text.replace("AFTER", ""))
    assert res.fault is None and res.r0 == 0
    res = run(text.replace("AFTER", "r1 = *(u64 *)(r6 + 8)"))
    assert res.fault.kind == "bad_mem" and "released" in res.fault.message
    res = run(text.replace("*(u64 *)(r6 + 8)", "*(u64 *)(r6 + 16)").replace("AFTER", ""))
    assert res.fault.kind == "mem_oob"


def test_rodata_map_value_is_read_only_and_initialised():
    text = """
.map ro type=array key_size=4 value_size=8 max_entries=1 section=.rodata flags=BPF_F_RDONLY_PROG data=hex:2a00000000000000
.program main section=tc
    r1 = map[ro][0]+0
    r0 = *(u64 *)(r1 + 0)
    STORE
    exit
"""
    assert run(text.replace("STORE", "")).r0 == 42
    res = run(text.replace("STORE", "*(u64 *)(r1 + 0) = r0"))
    assert res.fault.kind == "bad_mem" and "write into map forbidden" in res.fault.message


def test_map_value_bounds():
    text = """
.map a type=array key_size=4 value_size=12 max_entries=1
.program main section=tc
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = %[a] ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r0 = *(u64 *)(r0 + 8)
out:
    exit
"""
    res = run(text)
    assert res.fault.kind == "map_value_oob"
    assert res.fault.message == "invalid access to map value, value_size=12 off=8 size=8"


def test_queue_and_stack_maps():
    text = """
.map q type=TYPE key_size=0 value_size=8 max_entries=2
.program main section=tc
    r1 = 1
    *(u64 *)(r10 - 8) = r1
    r1 = %[q] ll
    r2 = r10
    r2 += -8
    r3 = 0
    call bpf_map_push_elem
    r1 = 2
    *(u64 *)(r10 - 8) = r1
    r1 = %[q] ll
    r2 = r10
    r2 += -8
    r3 = 0
    call bpf_map_push_elem
    r1 = %[q] ll
    r2 = r10
    r2 += -16
    call bpf_map_pop_elem
    r0 = *(u64 *)(r10 - 16)
    exit
"""
    assert run(text.replace("TYPE", "queue")).r0 == 1      # FIFO
    assert run(text.replace("TYPE", "stack")).r0 == 2      # LIFO


def test_map_in_map_slots_from_inputs():
    text = """
.map inner type=array key_size=4 value_size=8 max_entries=1
.elem inner key=0 value=99
.map outer type=array_of_maps key_size=4 value_size=4 max_entries=2 inner=inner
.program main section=tc
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = %[outer] ll
    call bpf_map_lookup_elem
    exit
"""
    assert run(text).r0 == 0
    assert run(text, maps={"outer": {bytes(4): "inner"}}).r0 != 0
