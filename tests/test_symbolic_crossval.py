"""Cross-validation: the Z3 encoding evaluated on concrete inputs predicts exactly what the
concrete executor does (fault slot and kind, or R0 and final map contents), on hypothesis-drawn
valid programs (straight-line, branching, loops, stack memory, helper calls, map lookups and
updates, packet loads) and inputs; and `check` never calls a program SAFE that faults."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bpfsmt.solver.symbolic.checker import check
from bpfsmt.solver.concrete.exec import execute
from bpfsmt.solver.symbolic.evaluate import compare
from bpfsmt.testing.gen import Rand, gen_inputs, gen_program

SETTINGS = settings(max_examples=60, deadline=None, derandomize=True,
                    suppress_health_check=list(HealthCheck))


@st.composite
def program_and_inputs(draw, kinds=None):
    r = Rand(draw=draw)
    pf = gen_program(r, max_blocks=8, kinds=kinds)
    return pf, gen_inputs(r, pf)


@SETTINGS
@given(program_and_inputs())
def test_encoding_agrees_with_executor(pi):
    pf, inp = pi
    assert compare(pf, pf.programs[0], inp) == []


@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(program_and_inputs(kinds={"alu", "mov"}))
def test_straight_line_alu(pi):
    pf, inp = pi
    assert compare(pf, pf.programs[0], inp) == []


@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(program_and_inputs(kinds={"alu", "branch", "stack_store", "stack_load", "helper"}))
def test_branching_with_stack_and_helpers(pi):
    pf, inp = pi
    assert compare(pf, pf.programs[0], inp) == []


@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(program_and_inputs(kinds={"lookup", "update", "alu", "branch"}))
def test_maps(pi):
    pf, inp = pi
    assert compare(pf, pf.programs[0], inp) == []


@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(program_and_inputs())
def test_safe_verdicts_are_sound_and_counterexamples_replay(pi):
    pf, inp = pi
    res = check(pf, pf.programs[0], timeout=10)
    if res.verdict == "safe":
        assert execute(pf, pf.programs[0], inp).fault is None
    elif res.verdict == "unsafe":
        assert res.replayed is True, res.replay_note


def test_counted_loop_program_agrees():
    from bpfsmt.grammar.asm import parse_program_text
    from bpfsmt.solver.concrete.exec import ExecInputs
    pf = parse_program_text(".program p\n r0 = 0\n r1 = 4\nl: r0 += r1\n r0 *= 3\n r1 -= 1\n"
                            " if r1 != 0 goto l\n exit\n")
    assert compare(pf, pf.programs[0], ExecInputs()) == []
    assert execute(pf, pf.programs[0], ExecInputs()).r0 == ((((4 * 3) + 3) * 3 + 2) * 3 + 1) * 3


@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(program_and_inputs(kinds={"pkt_bytes", "packet", "stack_store", "stack_load", "alu",
                                  "xdp_adjust"}))
def test_packet_load_and_store_bytes(pi):
    """bpf_skb/xdp_load_bytes and _store_bytes: the packet after the write, -EFAULT on a short
    packet and an uninitialised source fault alike in both engines."""
    pf, inp = pi
    assert compare(pf, pf.programs[0], inp) == []
    res = check(pf, pf.programs[0], timeout=10)
    if res.verdict == "safe":
        assert execute(pf, pf.programs[0], inp).fault is None
    elif res.verdict == "unsafe":
        assert res.replayed is True, res.replay_note


def test_bpf_loop_encoding_agrees():
    """bpf_loop unrolled in the encoding: R0 (the iteration count) and the callback's writes
    through its ctx agree with the executor, for stops inside and past the loop and bad flags."""
    from bpfsmt.grammar.asm import parse_program_text
    from bpfsmt.solver.concrete.exec import ExecInputs
    text = (".program p section=tc\n r1 = 5\n *(u64 *)(r10 - 8) = r1\n r1 = {nr}\n r2 = cb ll\n"
            " r3 = r10\n r3 += -8\n r4 = {flags}\n call bpf_loop\n r1 = *(u64 *)(r10 - 8)\n"
            " r0 <<= 16\n r0 += r1\n exit\n.func cb\n r3 = *(u64 *)(r2 + 0)\n r3 *= 3\n"
            " r3 += r1\n *(u64 *)(r2 + 0) = r3\n r0 = 0\n if r1 != {stop} goto c\n r0 = 1\n"
            "c: exit\n")
    for nr, flags, stop in [(4, 0, 1), (4, 0, 9), (0, 0, 0), (3, 2, 0), (1, 0, 0)]:
        pf = parse_program_text(text.format(nr=nr, flags=flags, stop=stop))
        assert compare(pf, pf.programs[0], ExecInputs()) == []
        assert execute(pf, pf.programs[0], ExecInputs()).fault is None


def test_for_each_map_elem_encoding_agrees():
    """for_each over an array: the callback's writes to each element and the call count agree
    with the executor, with and without an early stop."""
    from bpfsmt.grammar.asm import parse_program_text
    from bpfsmt.solver.concrete.exec import ExecInputs
    text = (".map arr type=array key_size=4 value_size=8 max_entries=4\n.program p section=tc\n"
            " r1 = %[arr] ll\n r2 = cb ll\n r3 = 0\n r4 = 0\n call bpf_for_each_map_elem\n exit\n"
            ".func cb\n r5 = *(u64 *)(r3 + 0)\n r5 *= 7\n r5 += 3\n *(u64 *)(r3 + 0) = r5\n"
            " r0 = 0\n if r5 != {stop} goto c\n r0 = 1\nc: exit\n")
    k = lambda i: i.to_bytes(4, "little")                       # noqa: E731
    for stop, vals in [(3, {}), (10, {k(1): (1).to_bytes(8, "little")}), (99, {})]:
        pf = parse_program_text(text.format(stop=stop))
        inp = ExecInputs(maps={"arr": vals})
        assert compare(pf, pf.programs[0], inp) == []
