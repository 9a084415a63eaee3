"""`check` on the copy / output helpers the symbolic engine lowers as over-approximations
(bpf_copy_from_user(_task), bpf_probe_read*, bpf_perf_event_output, bpf_ringbuf_output,
bpf_get_stackid): one safe and one unsafe use each; unsafe uses are confirmed by replay on the
concrete executor, and a counterexample that rests on the over-approximated data is UNKNOWN."""
from __future__ import annotations

import pytest

from asm_preludes import SK_LOOKUP_TCP

from bpfsmt.grammar.asm import parse_program_text
from bpfsmt.solver.symbolic.checker import check

SLEEP = ".program p section=lsm.s/file_open\n"
KPROBE = ".program p section=kprobe/f\n"
RB = ".map rb type=ringbuf key_size=0 value_size=0 max_entries=4096\n"
PERF = ".map ev type=perf_event_array key_size=4 value_size=4 max_entries=4\n"
STACKS = ".map st type=stack_trace key_size=4 value_size=64 max_entries=16\n"


def copy(helper, size, buf=-8, then=" r0 = *(u64 *)(r10 - 8)\n"):
    return (f" r1 = r10\n r1 += {buf}\n r2 = {size}\n r3 = 4096\n call bpf_{helper}\n"
            + then + " r0 = 0\n exit\n")


# name: (program text, expected kind or None for safe, expected slot)
CASES = {
    "copy_from_user_ok": (SLEEP + copy("copy_from_user", 8), None, None),
    # 16 bytes into an 8-byte buffer at fp-8: the write runs past the frame
    "copy_from_user_oob": (SLEEP + copy("copy_from_user", 16), "stack_oob", 4),
    "copy_from_user_null_dst": (SLEEP + " r1 = 0\n r2 = 8\n r3 = 0\n call bpf_copy_from_user\n"
                                " r0 = 0\n exit\n", "null_deref", 3),
    "copy_from_user_uninit_src": (SLEEP + " r1 = r10\n r1 += -8\n r2 = 8\n"
                                  " call bpf_copy_from_user\n r0 = 0\n exit\n", "uninit_reg", 3),
    "copy_from_user_task_ok": (SLEEP + copy("copy_from_user_task", 8), None, None),
    "copy_from_user_task_oob": (SLEEP + copy("copy_from_user_task", 12, buf=-4), "stack_oob", 4),
    "probe_read_kernel_ok": (KPROBE + copy("probe_read_kernel", 8), None, None),
    "probe_read_kernel_oob": (KPROBE + copy("probe_read_kernel", 9), "stack_oob", 4),
    "probe_read_user_str_ok": (KPROBE + copy("probe_read_user_str", 16, buf=-16), None, None),
    "probe_read_ok": (KPROBE + copy("probe_read", 8), None, None),
    # only 4 of the 8 bytes read back were written by the helper
    "probe_read_partial_init": (KPROBE + copy("probe_read_user", 4, buf=-4), "uninit_stack", 5),
    "perf_event_output_ok": (PERF + KPROBE + " r6 = 1\n *(u64 *)(r10 - 8) = r6\n r2 = %[ev] ll\n"
                             " r3 = 0\n r4 = r10\n r4 += -8\n r5 = 8\n"
                             " call bpf_perf_event_output\n r0 = 0\n exit\n", None, None),
    # the data buffer is only half initialised
    "perf_event_output_uninit": (PERF + KPROBE + " r6 = 1\n *(u32 *)(r10 - 8) = r6\n"
                                 " r2 = %[ev] ll\n r3 = 0\n r4 = r10\n r4 += -8\n r5 = 8\n"
                                 " call bpf_perf_event_output\n r0 = 0\n exit\n",
                                 "uninit_stack", 8),
    "ringbuf_output_ok": (RB + KPROBE + " r6 = 1\n *(u64 *)(r10 - 8) = r6\n r1 = %[rb] ll\n"
                          " r2 = r10\n r2 += -8\n r3 = 8\n r4 = 0\n call bpf_ringbuf_output\n"
                          " r0 = 0\n exit\n", None, None),
    "ringbuf_output_oob": (RB + KPROBE + " r6 = 1\n *(u64 *)(r10 - 8) = r6\n r1 = %[rb] ll\n"
                           " r2 = r10\n r2 += -8\n r3 = 16\n r4 = 0\n call bpf_ringbuf_output\n"
                           " r0 = 0\n exit\n", "stack_oob", 8),
    "get_stackid_ok": (STACKS + KPROBE + " r2 = %[st] ll\n r3 = 0\n call bpf_get_stackid\n"
                       " exit\n", None, None),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_helper_obligation(name):
    text, kind, slot = CASES[name]
    pf = parse_program_text(text, file=f"<{name}>")
    r = check(pf, pf.programs[0], timeout=20)
    if kind is None:
        assert r.verdict == "safe", (r.verdict, r.kind, r.insn, r.message, r.reason)
        return
    assert r.verdict == "unsafe", (r.verdict, r.reason)
    assert (r.kind, r.insn) == (kind, slot), (r.kind, r.insn, r.message)
    assert r.replayed is True, r.replay_note


def test_copy_result_is_zero_or_errno_and_data_is_unconstrained():
    """The copied bytes are not known: a program that is only safe if they are small is not
    SAFE (its counterexample needs user data the executor's run does not have: UNKNOWN), and
    the result may be an errno, so using it as a stack index is not SAFE either."""
    text = (SLEEP + " r1 = r10\n r1 += -8\n r2 = 8\n r3 = 4096\n call bpf_copy_from_user\n"
            " r1 = *(u64 *)(r10 - 8)\n if r1 > 3 goto out\n r2 = r10\n r2 += -4\n r2 += r1\n"
            " r3 = 0\n *(u8 *)(r2 + 0) = r3\nout: r0 = 0\n exit\n")
    pf = parse_program_text(text)
    assert check(pf, pf.programs[0]).verdict == "safe"      # the bound check makes it safe
    pf = parse_program_text(text.replace(" if r1 > 3 goto out\n", " if r1 > 4 goto out\n"))
    r = check(pf, pf.programs[0])
    assert r.verdict in ("unsafe", "unknown") and r.verdict != "safe"
    if r.verdict == "unknown":
        assert "over-approximated" in r.reason
    # the result: 0 or a negative errno, never a positive value
    text = (SLEEP + " r1 = r10\n r1 += -8\n r2 = 8\n r3 = 4096\n call bpf_copy_from_user\n"
            " if r0 s> 0 goto bad\n r0 = 0\n exit\nbad: r0 = *(u64 *)(r10 - 64)\n exit\n")
    pf = parse_program_text(text)
    assert check(pf, pf.programs[0]).verdict == "safe"
    text = text.replace("if r0 s> 0", "if r0 s< 0")
    pf = parse_program_text(text)
    r = check(pf, pf.programs[0])
    assert r.verdict in ("unsafe", "unknown"), r.verdict


def test_copy_from_user_needs_a_sleepable_program():
    pf = parse_program_text(KPROBE + copy("copy_from_user", 8))
    r = check(pf, pf.programs[0])
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "sleep_in_atomic", True)


def test_probe_read_variable_size_stays_unknown():
    pf = parse_program_text(KPROBE + " r6 = r1\n call bpf_get_prandom_u32\n r2 = r0\n r2 &= 7\n"
                            " r1 = r10\n r1 += -8\n r3 = 0\n call bpf_probe_read_kernel\n"
                            " r0 = 0\n exit\n")
    r = check(pf, pf.programs[0])
    assert r.verdict == "unknown" and "variable size" in r.reason


def test_string_copy_beyond_the_buffer_is_not_safe():
    """bpf_probe_read_str writing 24 bytes into 16: the executor runs the string copy from its
    prototype (ARG_PTR_TO_UNINIT_MEM of R2 bytes), so the overflow is a replayed counterexample."""
    pf = parse_program_text(KPROBE + copy("probe_read_str", 24, buf=-16))
    r = check(pf, pf.programs[0])
    assert (r.verdict, r.kind, r.insn, r.replayed) == ("unsafe", "stack_oob", 4, True), r.reason


TC = ".program p section=tc\n"
STORE = (" r6 = r1\n r7 = 0x11223344\n *(u32 *)(r10 - 4) = r7\n r1 = r6\n r2 = 0\n r3 = r10\n"
         " r3 += -4\n r4 = 4\n r5 = 0\n call bpf_skb_store_bytes\n")
PKT = (" r2 = *(u32 *)(r6 + 76)\n r3 = *(u32 *)(r6 + 80)\n r4 = r2\n r4 += 4\n"
       " if r4 > r3 goto out\n")


def test_skb_store_bytes():
    # the stored bytes are read back through freshly loaded packet pointers
    text = (TC + STORE + " if r0 != 0 goto out\n" + PKT + " r0 = *(u32 *)(r2 + 0)\n"
            " if r0 == 0x11223344 goto out\n r0 = *(u64 *)(r10 - 64)\n exit\nout: r0 = 0\n exit\n")
    pf = parse_program_text(text)
    r = check(pf, pf.programs[0])
    assert r.verdict == "safe", (r.verdict, r.kind, r.insn, r.message, r.reason)
    # a packet shorter than 4 bytes: -EFAULT, and the path that expects it is reachable
    pf = parse_program_text(TC + STORE + " if r0 == 0 goto out\n r0 = *(u64 *)(r10 - 64)\n"
                            " exit\nout: r0 = 0\n exit\n")
    r = check(pf, pf.programs[0])
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "uninit_stack", True), r.reason
    # the source must be initialised stack
    pf = parse_program_text(TC + STORE.replace("*(u32 *)(r10 - 4) = r7", "*(u16 *)(r10 - 4) = r7")
                            + " r0 = 0\n exit\n")
    r = check(pf, pf.programs[0])
    assert (r.verdict, r.kind, r.insn, r.replayed) == ("unsafe", "uninit_stack", 9, True)


def test_skb_store_bytes_invalidates_packet_pointers():
    """A packet pointer loaded before the store is used after it: the kernel rejects that
    (the packet may have moved); the engine does not guess: UNKNOWN, never SAFE."""
    text = (TC + " r6 = r1\n" + PKT.replace("r2", "r8").replace("r3", "r9").replace("r4", "r7")
            + STORE.replace(" r6 = r1\n", "") + " r0 = *(u8 *)(r8 + 0)\n exit\nout: r0 = 0\n exit\n")
    pf = parse_program_text(text)
    r = check(pf, pf.programs[0])
    assert r.verdict == "unknown" and "invalidates" in r.reason, (r.verdict, r.reason)


def test_redirect_map():
    dev = ".map tx type=devmap key_size=4 value_size=4 max_entries=4\n"
    pf = parse_program_text(dev + ".program p section=xdp\n r1 = %[tx] ll\n r2 = 0\n r3 = 0\n"
                            " call bpf_redirect_map\n exit\n")
    r = check(pf, pf.programs[0])
    assert r.verdict == "safe", (r.verdict, r.reason)
    pf = parse_program_text(dev + ".program p section=xdp\n r1 = 0\n r2 = 0\n r3 = 0\n"
                            " call bpf_redirect_map\n exit\n")
    r = check(pf, pf.programs[0])
    assert r.verdict != "safe" and (r.kind, r.insn) == ("helper_arg", 3), (r.verdict, r.reason)


XDP = ".program p section=xdp\n r6 = r1\n"
RELOAD = (" r2 = *(u32 *)(r6 + 0)\n r3 = *(u32 *)(r6 + 4)\n r4 = r2\n r4 += 8\n"
          " if r4 > r3 goto out\n")


def _verdict(text):
    pf = parse_program_text(text)
    return check(pf, pf.programs[0])


def test_xdp_adjust_head_moves_data():
    # the oracle-labelled core/misc.c xdp_adjust_head_reload_ok: reload after the call
    r = _verdict(XDP + " r1 = r6\n r2 = 4\n call bpf_xdp_adjust_head\n" + RELOAD +
                 " r0 = *(u8 *)(r2 + 0)\nout: r0 = 2\n exit\n")
    assert r.verdict == "safe", (r.verdict, r.reason)
    # growing the head by 16: the new bytes in front are the zeroed head room
    r = _verdict(XDP + " r1 = r6\n r2 = -16\n call bpf_xdp_adjust_head\n if r0 != 0 goto out\n"
                 + RELOAD + " r0 = *(u64 *)(r2 + 0)\n if r0 == 0 goto out\n"
                 " r0 = *(u64 *)(r10 - 64)\n exit\nout: r0 = 2\n exit\n")
    assert r.verdict == "safe", (r.verdict, r.reason)
    # moving data forward without a bounds check: a short packet faults (replayed)
    r = _verdict(XDP + " r1 = r6\n r2 = 8\n call bpf_xdp_adjust_head\n"
                 " r2 = *(u32 *)(r6 + 0)\n r0 = *(u8 *)(r2 + 20)\n r0 = 2\n exit\n")
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "pkt_oob", True), (r.verdict, r.reason)
    # a packet pointer from before the call is stale: UNKNOWN, not a guess
    r = _verdict(XDP + RELOAD + " r1 = r6\n r7 = r2\n r2 = 4\n call bpf_xdp_adjust_head\n"
                 " r0 = *(u8 *)(r7 + 0)\nout: r0 = 2\n exit\n")
    assert r.verdict == "unknown" and "invalidates" in r.reason, (r.verdict, r.reason)


def test_xdp_adjust_meta_and_tail_error_codes():
    # a metadata length that is not a multiple of 4 always fails (-EACCES): the success
    # branch is dead, so the uninitialised read there is no fault
    r = _verdict(XDP + " r1 = r6\n r2 = -6\n call bpf_xdp_adjust_meta\n if r0 != 0 goto out\n"
                 " r0 = *(u64 *)(r10 - 64)\n exit\nout: r0 = 2\n exit\n")
    assert r.verdict == "safe", (r.verdict, r.reason)
    r = _verdict(XDP + " r1 = r6\n r2 = -8\n call bpf_xdp_adjust_meta\n if r0 != 0 goto out\n"
                 " r2 = *(u32 *)(r6 + 8)\n r3 = *(u32 *)(r6 + 0)\n r4 = r2\n r4 += 8\n"
                 " if r4 > r3 goto out\n r0 = *(u64 *)(r2 + 0)\n r0 = 2\n exit\n"
                 "out: r0 = 2\n exit\n")
    assert r.verdict == "safe", (r.verdict, r.reason)
    # shrinking the tail below 14 bytes fails; on success the old last bytes are gone
    r = _verdict(XDP + " r1 = r6\n r2 = -4\n call bpf_xdp_adjust_tail\n if r0 != 0 goto out\n"
                 " r2 = *(u32 *)(r6 + 0)\n r0 = *(u8 *)(r2 + 13)\nout: r0 = 2\n exit\n")
    assert r.verdict == "safe", (r.verdict, r.reason)
    r = _verdict(XDP + " r1 = r6\n r2 = -4\n call bpf_xdp_adjust_tail\n if r0 != 0 goto out\n"
                 " r2 = *(u32 *)(r6 + 0)\n r0 = *(u8 *)(r2 + 14)\nout: r0 = 2\n exit\n")
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "pkt_oob", True), (r.verdict, r.reason)


def test_current_task_btf_is_opaque():
    """bpf_get_current_task_btf: the task may be moved and handed to bpf_copy_from_user_task
    (SAFE); reading through it or computing with it is not modelled (UNKNOWN, never SAFE)."""
    head = SLEEP + " call bpf_get_current_task_btf\n r4 = r0\n"
    r = _verdict(head + " r1 = r10\n r1 += -16\n r2 = 8\n r3 = 0\n r5 = 0\n"
                 " call bpf_copy_from_user_task\n r0 = 0\n exit\n")
    assert r.verdict == "safe", (r.verdict, r.reason)
    r = _verdict(head + " r0 = *(u32 *)(r4 + 0)\n r0 = 0\n exit\n")
    assert r.verdict == "unknown" and "kernel object" in r.reason, (r.verdict, r.reason)
    r = _verdict(head + " r4 += 8\n r0 = 0\n exit\n")
    assert r.verdict == "unknown", (r.verdict, r.reason)
    r = _verdict(head + " w5 = w4\n r0 = 0\n exit\n")
    assert r.verdict == "unknown", (r.verdict, r.reason)


LOOP = """.program p section=tc
 r1 = 0
 *(u64 *)(r10 - 8) = r1
 r1 = {nr}
 r2 = cb ll
 r3 = r10
 r3 += -8
 r4 = {flags}
 call bpf_loop
{after}
 r0 = 0
 exit
.func cb
 r3 = *(u64 *)(r2 + 0)
 r3 += r1
 *(u64 *)(r2 + 0) = r3
 r0 = 0
 if r1 != {stop} goto c
 r0 = 1
c: exit
"""
BAD = " r0 = *(u64 *)(r10 - 64)\n exit\n"


def test_bpf_loop_unrolls_the_callback():
    # stop at i == 2: result 3, ctx sum 0 + 1 + 2
    after = (" if r0 != 3 goto bad\n r1 = *(u64 *)(r10 - 8)\n if r1 != 3 goto bad\n"
             " goto ok\nbad:\n" + BAD + "ok:")
    r = _verdict(LOOP.format(nr=5, flags=0, after=after, stop=2))
    assert r.verdict == "safe", (r.verdict, r.kind, r.insn, r.reason)
    # never stops: result nr_loops, sum 0..3
    after = (" if r0 != 4 goto bad\n r1 = *(u64 *)(r10 - 8)\n if r1 != 6 goto bad\n"
             " goto ok\nbad:\n" + BAD + "ok:")
    r = _verdict(LOOP.format(nr=4, flags=0, after=after, stop=99))
    assert r.verdict == "safe", (r.verdict, r.kind, r.insn, r.reason)
    # flags != 0: -EINVAL without a call; the bad branch is reached and replayed
    after = " if r0 == 0 goto ok\n" + BAD + "ok:"
    r = _verdict(LOOP.format(nr=4, flags=1, after=after, stop=99))
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "uninit_stack", True), (r.verdict, r.reason)


def test_bpf_loop_callback_faults_are_found():
    text = LOOP.format(nr=3, flags=0, after="", stop=99).replace(
        " r3 += r1\n", " r3 += r1\n r4 = *(u64 *)(r10 - 16)\n")
    r = _verdict(text)
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "uninit_stack", True), (r.verdict, r.reason)
    # past the unrolling: the callback checked once from an invariant of the caller's stack
    r = _verdict(LOOP.format(nr=1000, flags=0, after="", stop=99))
    assert r.verdict == "safe" and "callback of the call at insn" in r.loops[0], (r.verdict, r.reason)


FOREACH = """.map arr type=array key_size=4 value_size=8 max_entries=3
.program p section=tc
 r1 = %[arr] ll
 r2 = cb ll
 r3 = 0
 r4 = {flags}
 call bpf_for_each_map_elem
{after}
 r0 = 0
 exit
.func cb
{body}
 r0 = 0
 exit
"""


def test_for_each_map_elem_over_an_array():
    body = " r5 = *(u64 *)(r3 + 0)\n r5 += 1\n *(u64 *)(r3 + 0) = r5\n"
    after = " if r0 == 3 goto ok\n" + BAD + "ok:"
    r = _verdict(FOREACH.format(flags=0, after=after, body=body))
    assert r.verdict == "safe", (r.verdict, r.kind, r.insn, r.reason)
    # flags != 0: -EINVAL, the bad branch is reached
    r = _verdict(FOREACH.format(flags=1, after=after, body=body))
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "uninit_stack", True), (r.verdict, r.reason)
    # the value is 8 bytes: reading at +8 faults in the callback
    r = _verdict(FOREACH.format(flags=0, after="", body=" r5 = *(u64 *)(r3 + 8)\n"))
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "map_value_oob", True), (r.verdict, r.reason)
    # the key pointer is the element's index, read-only and key_size bytes long
    r = _verdict(FOREACH.format(flags=0, after="", body=" r5 = *(u32 *)(r2 + 0)\n if r5 < 3 goto k\n"
                                + BAD + "k:"))
    assert r.verdict == "safe", (r.verdict, r.reason)
    r = _verdict(FOREACH.format(flags=0, after="", body=" r5 = *(u64 *)(r2 + 0)\n"))
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "mem_oob", True), (r.verdict, r.reason)
    r = _verdict(FOREACH.format(flags=0, after="", body=" *(u32 *)(r2 + 0) = 1\n"))
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "bad_mem", True), (r.verdict, r.reason)


GET_STACK = (".map vals type=array key_size=4 value_size=8 max_entries=1\n"
             ".program p section=kprobe/f\n r6 = r1\n r1 = 0\n *(u32 *)(r10 - 4) = r1\n r2 = r10\n"
             " r2 += -4\n r1 = %[vals] ll\n call bpf_map_lookup_elem\n if r0 == 0 goto out\n"
             " r7 = r0\n r1 = r6\n r2 = r10\n r2 += -16\n r3 = 8\n r4 = 0\n call bpf_get_stack\n"
             " r1 = *(u8 *)(r10 - 16)\n MASK\n r7 += r1\n r0 = *(u8 *)(r7 + 0)\n exit\n"
             "out: r0 = 0\n exit\n")


def test_generic_helper_output_is_an_input():
    """bpf_get_stack (no model of its own) fills its buffer with input bytes, in both engines:
    an index read from it is bounded only by the program's own mask, and the counterexample
    (the byte the kernel wrote) replays on the executor."""
    pf = parse_program_text(GET_STACK.replace("MASK", "r1 &= 7"))
    r = check(pf, pf.programs[0])
    assert r.verdict == "safe", (r.verdict, r.reason, r.message)
    pf = parse_program_text(GET_STACK.replace("MASK", "r1 &= 15"))
    r = check(pf, pf.programs[0])
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "map_value_oob", True), r.reason
    assert "get_stack:r2" in r.inputs.helper_returns


LPM = """.map lpm type=lpm_trie key_size=8 value_size=8 max_entries=16 flags=1
.program p section=xdp
 r1 = 32
 *(u32 *)(r10 - 8) = r1
 r1 = 0x0100000a
 *(u32 *)(r10 - 4) = r1
 r2 = r10
 r2 += -8
 r1 = %[lpm] ll
 call bpf_map_lookup_elem
 if r0 == 0 goto out
 r1 = *(u64 *)(r0 + OFF)
out:
 r0 = 2
 exit
"""


def test_lpm_trie_lookup_is_a_keyed_element():
    """An LPM trie lookup returns NULL or an element's value (the element for exactly the
    looked-up key is one possible match, which the executor can be given)."""
    pf = parse_program_text(LPM.replace("OFF", "0"))
    assert check(pf, "p").verdict == "safe"
    pf = parse_program_text(LPM.replace("OFF", "4"))
    r = check(pf, "p")
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "map_value_oob", True)


TAIL = """.map jt type=prog_array max_entries=4 slots=1:leaf
.program main section=tc
 r6 = r1
 r3 = *(u32 *)(r1 + 8)
 r2 = %[jt] ll
 call bpf_tail_call
 AFTER
 r0 = 0
 exit
.program leaf section=tc
 r0 = 1
 exit
"""


def test_tail_call_into_a_populated_prog_array():
    """A taken tail call continues in the target, which check proves from its own entry; the
    fall-through path (index not a populated slot) is checked here and its counterexample
    replays with a mark the executor does not jump on."""
    pf = parse_program_text(TAIL.replace("AFTER", ""))
    assert check(pf, "main").verdict == "safe"
    pf = parse_program_text(TAIL.replace("AFTER", "r0 = *(u64 *)(r10 - 8)"))
    r = check(pf, "main")
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "uninit_stack", True), r.replay_note
    assert int.from_bytes(bytes.fromhex(r.inputs.ctx.hex())[8:12], "little") != 1


SELF_TAIL = """.map jt type=prog_array max_entries=1 slots=0:main
.program main section=tc
 r2 = %[jt] ll
 r3 = 0
 call bpf_tail_call
 r1 = 0
 r0 = *(u64 *)(r1 + 0)
 exit
"""


def test_tail_call_chain_falls_through_at_the_kernel_limit():
    """A program that tail-calls itself runs MAX_TAIL_CALL_CNT times, then the call falls
    through: the fault after it is reached (the path follows the taken calls)."""
    r = check(parse_program_text(SELF_TAIL), "main")
    assert (r.verdict, r.kind, r.insn, r.replayed) == ("unsafe", "null_deref", 5, True), \
        (r.verdict, r.reason, r.replay_note)
    assert r.in_program == "main"


CB_TAIL = """.map jt type=prog_array max_entries=2 slots=1:leaf
.program main section=tc
 r6 = r1
 r1 = CB
 *(u32 *)(r6 + 48) = r1
 r1 = r6
 r2 = %[jt] ll
 r3 = INDEX
 call bpf_tail_call
 r0 = 0
 exit
.program leaf section=tc
 r2 = *(u32 *)(r1 + 48)
 if r2 == 0 goto ok
 r1 = 0
 r0 = *(u64 *)(r1 + 0)
ok: r0 = 0
 exit
"""


def test_tail_call_target_checked_in_the_callers_context():
    """The target runs on the ctx its caller left (skb->cb[0]): safe after cb[0] = 0, the
    caller's path faults in the target after cb[0] = 1 (replayed in the target), while the
    target from its own entry may fault."""
    safe = parse_program_text(CB_TAIL.replace("CB", "0").replace("INDEX", "1"))
    assert check(safe, "main").verdict == "safe"
    r = check(safe, "leaf")
    assert (r.verdict, r.kind, r.in_program) == ("unsafe", "null_deref", "")
    bad = parse_program_text(CB_TAIL.replace("CB", "1").replace("INDEX", "1"))
    r = check(bad, "main")
    assert (r.verdict, r.kind, r.insn, r.in_program, r.replayed) == \
        ("unsafe", "null_deref", 3, "leaf", True), r.replay_note
    # an index past max_entries or at an empty slot falls through
    for index in ("0", "7"):
        pf = parse_program_text(CB_TAIL.replace("CB", "1").replace("INDEX", index))
        assert check(pf, "main").verdict == "safe"


def test_xdp_adjust_tail_by_a_variable_delta():
    # trimming by a variable amount (delta <= 0) is exact: the 14 bytes the helper keeps are
    # readable, the 15th may be gone (replayed)
    trim = XDP + " call bpf_get_prandom_u32\n r0 &= 63\n r2 = 0\n r2 -= r0\n r1 = r6\n" \
        " call bpf_xdp_adjust_tail\n if r0 != 0 goto out\n r2 = *(u32 *)(r6 + 0)\n"
    r = _verdict(trim + " r0 = *(u8 *)(r2 + 13)\nout: r0 = 2\n exit\n")
    assert r.verdict == "safe", (r.verdict, r.reason)
    r = _verdict(trim + " r0 = *(u8 *)(r2 + 14)\nout: r0 = 2\n exit\n")
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "pkt_oob", True), (r.verdict, r.reason)
    # a delta that may grow the tail is not modelled: UNKNOWN when such a run is possible
    r = _verdict(XDP + " call bpf_get_prandom_u32\n r2 = r0\n r2 &= 63\n r1 = r6\n"
                 " call bpf_xdp_adjust_tail\n r0 = 2\n exit\n")
    assert r.verdict == "unknown" and "growing the packet by a variable delta" in r.reason


SOCK_FIELD = SK_LOOKUP_TCP + """ if r0 == 0 goto out
 r7 = r0
 r8 = *(u32 *)(r7 + OFF)
 r1 = r7
 call bpf_sk_release
 if r8 COND goto bad
 r0 = 0
 exit
bad:
 r0 = *(u64 *)(r10 + 8)
 exit
out:
 r0 = 0
 exit
"""


@pytest.mark.parametrize("off,cond,verdict", [
    (4, "> 0xffff", "safe"),        # family is the kernel's u16 sk_family
    (72, "> 0xff", "safe"),         # state is a u8
    (4, "== 10", "unsafe"),         # an AF_INET6 socket reaches the bad read
    (24, "== 0x0100000a", "unsafe"),  # src_ip4 is any address
])
def test_socket_fields_are_inputs_of_their_width(off, cond, verdict):
    """struct bpf_sock fields of a looked-up socket are inputs (helper_returns["socket:<n>"])
    cut to the kernel field's width, in both engines: counterexamples replay."""
    pf = parse_program_text(SOCK_FIELD.replace("OFF", str(off)).replace("COND", cond))
    r = check(pf, "p")
    assert r.verdict == verdict, (r.verdict, r.reason, r.message)
    if verdict == "unsafe":
        assert r.kind == "stack_oob" and r.replayed


def test_socket_field_past_the_struct_is_out_of_bounds():
    pf = parse_program_text(SOCK_FIELD.replace("OFF", "80").replace("COND", "== 1"))
    r = check(pf, "p")
    assert r.verdict == "unsafe" and r.kind == "mem_oob" and r.replayed, (r.verdict, r.kind)


PRINTK = """.program p section=tc
 r1 = 0
 *(u64 *)(r10 - 16) = r1
 *(u64 *)(r10 - 8) = r1
 call bpf_get_prandom_u32
 r2 = 8
 if r0 > 5 goto l
 r2 = SIZE
l: r1 = r10
 r1 += -16
 call bpf_trace_printk
 r0 = 0
 exit
"""


def test_trace_printk_size_from_joined_call_sites():
    """The format size is 8 on one path and SIZE on the other (a call both reach): each size
    is checked on its own path."""
    assert check(parse_program_text(PRINTK.replace("SIZE", "16")), "p").verdict == "safe"
    r = check(parse_program_text(PRINTK.replace("SIZE", "24")), "p")
    assert (r.verdict, r.insn, r.replayed) == ("unsafe", 9, True), (r.verdict, r.reason)


def test_cgroup_sock_ctx_is_the_socket():
    """A cgroup_sock program's ctx is struct bpf_sock (80 bytes): fields read the socket, mark
    may be written, an access past the struct is the kernel's invalid bpf_context access."""
    text = (".program p section=cgroup/sock_create\n r2 = *(u32 *)(r1 + 4)\n"
            " if r2 != 10 goto out\n r2 = 7\n *(u32 *)(r1 + 16) = r2\n r2 = *(u32 *)(r1 + OFF)\n"
            "out: r0 = 1\n exit\n")
    assert check(parse_program_text(text.replace("OFF", "72")), "p").verdict == "safe"
    r = check(parse_program_text(text.replace("OFF", "80")), "p")
    assert (r.verdict, r.insn, r.replayed) == ("unsafe", 4, True), (r.verdict, r.reason)
