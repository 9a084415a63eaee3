"""bpf_timer callbacks in `check`: checked after the program, in async context, on the element's
value; the 6.1 holes that go through a timer callback come out UNSAFE and replay on the executor
(ExecInputs.timers = "set"). Programs and labels: tests/oracle/sleepable, tests/oracle/lock/hang."""
from __future__ import annotations

from pathlib import Path

import pytest

from bpfsmt.grammar.asm import parse_program_text
from bpfsmt.grammar.loader import load
from bpfsmt.solver.concrete.exec import ExecInputs, execute
from bpfsmt.solver.symbolic.checker import check

ORACLE = Path(__file__).parent / "oracle"


@pytest.mark.parametrize("obj, prog, verdict, kind", [
    # SP-07: a sleepable LSM program's timer callback calls bpf_copy_from_user (6.1 accepts)
    ("sleepable/obj/callbacks.o", "sp07_timer_cb_copy_sleepable", "unsafe", "sleep_in_atomic"),
    ("sleepable/obj/callbacks.o", "sp07_timer_cb_plain_sleepable_ok", "safe", None),
    # SL-14: a lock taken in a timer callback and never released (6.1 accepts; the guest hangs)
    ("lock/obj/hang/sl14.o", "sl14_timer_lock_only", "unsafe", "exit_locked"),
    ("lock/obj/hang/sl14.o", "sl14_timer_lock_unlock", "safe", None),
])
def test_timer_callback_holes_of_6_1(obj, prog, verdict, kind):
    pf = load(str(ORACLE / obj))
    r = check(pf, prog, timeout=60)
    assert (r.verdict, r.kind) == (verdict, kind), (r.verdict, r.reason, r.message)
    if verdict == "unsafe":
        assert r.replayed is True, r.replay_note
        assert r.inputs.timers == "set"


TIMER = """
.map tm type=array key_size=4 value_size=24 max_entries=1 timer=8
.program p section=tc
 r1 = 0
 *(u32 *)(r10 - 4) = r1
 r2 = r10
 r2 += -4
 r1 = %[tm] ll
 call bpf_map_lookup_elem
 if r0 == 0 goto out
 r6 = r0
 r1 = 7
 *(u64 *)(r6 + 0) = r1
 r1 = r6
 r1 += 8
 r2 = %[tm] ll
 r3 = FLAGS
 call bpf_timer_init
 r1 = r6
 r1 += 8
 r2 = cb ll
 call bpf_timer_set_callback
out:
 r0 = 0
 exit
.func cb
 r1 = *(u64 *)(r3 + 0)
 r2 = r10
 r2 += -16
 r2 += r1
 r1 = 0
 *(u8 *)(r2 + 0) = r1
 r0 = 0
 exit
"""


def test_callback_sees_the_value_the_program_left():
    # the program stores 7 into the element; the callback indexes its stack with it:
    # fp-16+7 is in bounds, so the whole run is safe; with the timer init failing (bad clock),
    # the callback never fires
    pf = parse_program_text(TIMER.replace("FLAGS", "1"))
    r = check(pf, "p", timeout=60)
    assert r.verdict == "safe", (r.verdict, r.reason, r.message)
    pf = parse_program_text(TIMER.replace("FLAGS", "1").replace("r1 = 7\n", "r1 = 20\n"))
    r = check(pf, "p", timeout=60)
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "stack_oob", True), (r.reason, r.replay_note)
    pf = parse_program_text(TIMER.replace("FLAGS", "2").replace("r1 = 7\n", "r1 = 20\n"))
    assert check(pf, "p", timeout=60).verdict == "safe"


def test_executor_fires_set_callbacks_only_when_asked():
    pf = parse_program_text(TIMER.replace("FLAGS", "1").replace("r1 = 7\n", "r1 = 20\n"))
    assert execute(pf, "p").fault is None                       # nobody started the timer
    assert execute(pf, "p", ExecInputs(timers="set")).fault.kind == "stack_oob"
