"""`check` on one safe and one unsafe program per obligation kind; every counterexample must be
confirmed by replay on the concrete executor (same slot, same fault kind)."""
from __future__ import annotations

import pytest

from bpfsmt.grammar.asm import parse_program_text
from bpfsmt.solver.symbolic.checker import check

LOOKUP = """
 r1 = 0
 *(u32 *)(r10 - 4) = r1
 r2 = r10
 r2 += -4
 r1 = %[vals] ll
 call bpf_map_lookup_elem
"""
HASH = ".map vals type=hash key_size=4 value_size=8 max_entries=16\n"
ARRAY = ".map vals type=array key_size=4 value_size=8 max_entries=4\n"
XDP_BOUNDS = """
 r2 = *(u32 *)(r1 + 0)
 r3 = *(u32 *)(r1 + 4)
 r4 = r2
 r4 += 14
 if r4 > r3 goto out
"""

# name: (program text, expected kind or None for safe, expected slot)
CASES = {
    # CORE-01
    "uninit_reg": (".program p\n r0 = r2\n exit\n", "uninit_reg", 0),
    "uninit_reg_after_call": (".program p\n r1 = 1\n call bpf_ktime_get_ns\n r0 = r1\n exit\n",
                              "uninit_reg", 2),
    "init_reg_ok": (".program p\n r2 = 7\n r0 = r2\n exit\n", None, None),
    "fp_write": (".program p\n r10 = 0\n r0 = 0\n exit\n", "fp_write", 0),
    # CORE-07
    "exit_r0": (".program p\n r1 = 0\n exit\n", "exit_r0", 1),
    "exit_r0_one_path": (".program p\n call bpf_get_prandom_u32\n if r0 > 5 goto l\n r0 = 0\n"
                         "l: exit\n", None, None),
    "exit_r0_helper_void": (".program p\n r6 = r1\n call bpf_get_prandom_u32\n if r0 == 3 goto l\n"
                            " r0 = 0\n exit\nl: r0 = r7\n exit\n", "uninit_reg", 5),
    # CORE-02 / CORE-03
    "stack_oob_write": (".program p\n r1 = 1\n *(u64 *)(r10 + 8) = r1\n r0 = 0\n exit\n",
                        "stack_oob", 1),
    "stack_oob_var": (".program p\n call bpf_get_prandom_u32\n r0 &= 0x3ff\n r1 = r10\n"
                      " r1 -= r0\n r2 = 0\n *(u8 *)(r1 - 1) = r2\n r0 = 0\n exit\n",
                      "stack_oob", 5),
    "stack_var_ok": (".program p\n call bpf_get_prandom_u32\n r0 &= 0xff\n r1 = r10\n"
                     " r1 -= r0\n r2 = 0\n *(u8 *)(r1 - 1) = r2\n r0 = 0\n exit\n", None, None),
    "stack_uninit": (".program p\n r0 = *(u64 *)(r10 - 8)\n exit\n", "uninit_stack", 0),
    "stack_uninit_one_path": (".program p\n call bpf_get_prandom_u32\n if r0 > 9 goto l\n"
                              " *(u32 *)(r10 - 8) = r0\nl: r0 = *(u32 *)(r10 - 8)\n exit\n",
                              "uninit_stack", 3),
    "stack_init_ok": (".program p\n r1 = 3\n *(u64 *)(r10 - 8) = r1\n r0 = *(u32 *)(r10 - 4)\n"
                      " exit\n", None, None),
    "stack_misaligned": (".program p\n r1 = 3\n *(u32 *)(r10 - 6) = r1\n r0 = 0\n exit\n",
                         "stack_misaligned", 1),
    "spill_fill_ptr": (HASH + ".program p\n" + LOOKUP + " *(u64 *)(r10 - 16) = r0\n"
                       " r1 = *(u64 *)(r10 - 16)\n if r1 == 0 goto out\n r0 = *(u64 *)(r1 + 0)\n"
                       " exit\nout: r0 = 0\n exit\n", None, None),
    # CORE-04
    "null_deref": (HASH + ".program p\n" + LOOKUP + " r0 = *(u64 *)(r0 + 0)\n exit\n",
                   "null_deref", 7),
    "null_checked": (HASH + ".program p\n" + LOOKUP + " if r0 == 0 goto out\n"
                     " r0 = *(u64 *)(r0 + 0)\n exit\nout: r0 = 0\n exit\n", None, None),
    "array_lookup_const_key": (ARRAY + ".program p\n" + LOOKUP + " r0 = *(u64 *)(r0 + 0)\n exit\n",
                               None, None),
    "scalar_deref": (".program p\n r1 = 0\n r0 = *(u64 *)(r1 + 0)\n exit\n", "null_deref", 1),
    "map_ptr_deref": (HASH + ".program p\n r1 = %[vals] ll\n r0 = *(u64 *)(r1 + 0)\n exit\n",
                      "bad_mem", 2),
    # AL-05
    "map_value_oob": (HASH + ".program p\n" + LOOKUP + " if r0 == 0 goto out\n"
                      " r0 = *(u64 *)(r0 + 4)\n exit\nout: r0 = 0\n exit\n", "map_value_oob", 8),
    "map_value_var_oob": (HASH + ".program p\n" + LOOKUP + " if r0 == 0 goto out\n"
                          " r1 = *(u32 *)(r0 + 0)\n if r1 > 7 goto out\n r0 += r1\n"
                          " r0 = *(u8 *)(r0 + 1)\n exit\nout: r0 = 0\n exit\n",
                          "map_value_oob", 11),
    "map_value_var_ok": (HASH + ".program p\n" + LOOKUP + " if r0 == 0 goto out\n"
                         " r1 = *(u32 *)(r0 + 0)\n if r1 > 6 goto out\n r0 += r1\n"
                         " r0 = *(u8 *)(r0 + 1)\n exit\nout: r0 = 0\n exit\n", None, None),
    "map_update_then_read": (HASH + ".program p\n r1 = 0\n *(u32 *)(r10 - 4) = r1\n"
                             " r1 = 42\n *(u64 *)(r10 - 16) = r1\n r1 = %[vals] ll\n r2 = r10\n"
                             " r2 += -4\n r3 = r10\n r3 += -16\n r4 = 0\n call bpf_map_update_elem\n"
                             + LOOKUP + " if r0 == 0 goto out\n r1 = *(u64 *)(r0 + 0)\n"
                             " if r1 == 42 goto out\n r0 = *(u64 *)(r0 + 8)\n exit\n"
                             "out: r0 = 0\n exit\n", None, None),
    # packet (CORE-08)
    "pkt_ok": (".program p section=xdp\n" + XDP_BOUNDS + " r0 = *(u8 *)(r2 + 13)\n exit\n"
               "out: r0 = 1\n exit\n", None, None),
    "pkt_oob": (".program p section=xdp\n" + XDP_BOUNDS + " r0 = *(u8 *)(r2 + 14)\n exit\n"
                "out: r0 = 1\n exit\n", "pkt_oob", 5),
    "pkt_unchecked": (".program p section=tc\n r2 = *(u32 *)(r1 + 76)\n r0 = *(u8 *)(r2 + 0)\n"
                      " exit\n", "pkt_oob", 1),
    "ld_abs_ok": (".program p section=socket\n r6 = r1\n r0 = *(u8 *)skb[100]\n exit\n", None, None),
    # ctx
    "ctx_oob": (".program p section=xdp\n r0 = *(u32 *)(r1 + 24)\n exit\n", "ctx_oob", 0),
    "ctx_write_ptr_field": (".program p section=xdp\n r2 = 0\n *(u32 *)(r1 + 0) = r2\n r0 = 0\n"
                            " exit\n", "ctx_oob", 1),
    "ctx_field_ok": (".program p section=tc\n r0 = *(u32 *)(r1 + 0)\n exit\n", None, None),
    # CORE-06 pointer arithmetic, CORE-07 leaks
    "ptr_arith_32": (".program p\n r1 = r10\n w1 += 4\n r0 = 0\n exit\n", "ptr_arith", 1),
    # pointer - pointer (either width) is a scalar for the privileged 6.1 verifier
    "ptr_sub32_ok": (".program p section=xdp\n" + XDP_BOUNDS + " w3 -= w2\n if w3 > 100 goto out\n"
                     " r0 = *(u8 *)(r2 + 13)\n exit\nout: r0 = 1\n exit\n", None, None),
    "ptr_sub32_oob": (".program p section=xdp\n" + XDP_BOUNDS + " w3 -= w2\n r2 += r3\n"
                      " r0 = *(u8 *)(r2 + 0)\n exit\nout: r0 = 1\n exit\n", "pkt_oob", 7),
    # R1 = (u32) R2 of a pointer: an unknown scalar for root
    "ptr_mov32_ok": (".program p section=xdp\n" + XDP_BOUNDS + " w3 = w2\n r0 = 1\n exit\n"
                     "out: r0 = 1\n exit\n", None, None),
    "ptr_sub32_scalar_ok": (".program p section=xdp\n" + XDP_BOUNDS + " w4 = 3\n w4 -= w2\n"
                            " w2 -= 7\n r0 = 1\n exit\nout: r0 = 1\n exit\n", None, None),
    "ptr_arith_and": (".program p\n r1 = r10\n r1 &= 4\n r0 = 0\n exit\n", "ptr_arith", 1),
    "ptr_arith_map_ptr": (HASH + ".program p\n r1 = %[vals] ll\n r1 += 8\n r0 = 0\n exit\n",
                          "ptr_arith", 2),
    "ptr_leak_map": (HASH + ".program p\n" + LOOKUP + " if r0 == 0 goto out\n"
                     " *(u64 *)(r0 + 0) = r10\nout: r0 = 0\n exit\n", "ptr_leak", 8),
    # CORE-10
    "call_depth": (".program p\n call f\n exit\n.func f\n call f\n exit\n", "call_depth", 2),
    "subprog_ok": (".program p\n r1 = 4\n call f\n r0 += 1\n exit\n.func f\n r0 = r1\n exit\n",
                   None, None),
    "subprog_r6_uninit": (".program p\n r6 = 4\n call f\n exit\n.func f\n r0 = r6\n exit\n",
                          "uninit_reg", 3),
    # CORE-08 helpers
    "helper_arg_map": (".program p\n r1 = 0\n r2 = r10\n r2 += -8\n call bpf_map_lookup_elem\n"
                       " r0 = 0\n exit\n", "helper_arg", 3),
    "helper_key_uninit": (HASH + ".program p\n r2 = r10\n r2 += -4\n r1 = %[vals] ll\n"
                          " call bpf_map_lookup_elem\n r0 = 0\n exit\n", "uninit_stack", 4),
    "unknown_helper": (".program p\n call 9999\n r0 = 0\n exit\n", "unknown_helper", 0),
    "sleep_in_atomic": (".program p section=kprobe/f\n r1 = r10\n r1 += -8\n r2 = 8\n r3 = 0\n"
                        " call bpf_copy_from_user\n r0 = 0\n exit\n", "sleep_in_atomic", 4),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_obligation(name):
    text, kind, slot = CASES[name]
    pf = parse_program_text(text, file=f"<{name}>")
    r = check(pf, pf.programs[0], timeout=20)
    if kind is None:
        assert r.verdict == "safe", (r.verdict, r.kind, r.insn, r.message, r.reason)
        assert r.replayed is None
        return
    assert r.verdict == "unsafe", (r.verdict, r.reason)
    assert (r.kind, r.insn) == (kind, slot), (r.kind, r.insn, r.message)
    assert r.message and r.rule
    assert r.replayed is True, r.replay_note
    assert r.path and r.path[-1] == slot or slot not in r.path


def test_loops_bounded_safe_unbounded_unknown():
    pf = parse_program_text(".program p\n r0 = 0\n r1 = 5\nl: r0 += r1\n r1 -= 1\n"
                            " if r1 != 0 goto l\n exit\n")
    r = check(pf, pf.programs[0], loop_bound=8)
    assert r.verdict == "safe" and not r.loops                 # unrolled
    r = check(pf, pf.programs[0], loop_bound=3)
    assert r.verdict == "safe" and r.loops                     # by induction past 3 trips
    # a count from an input: the loop ends, but after up to 2**64 trips
    pf = parse_program_text(".program p\n call bpf_get_prandom_u32\n r1 = r0\n r0 = 0\n"
                            "l: r0 += 1\n r1 -= 1\n if r1 != 0 goto l\n exit\n")
    r = check(pf, pf.programs[0], loop_bound=8)
    assert r.verdict == "unknown" and "loop at insn" in r.reason


def test_loop_with_fault_inside_is_unsafe():
    pf = parse_program_text(".program p\n r0 = 0\n r1 = 3\nl: r2 = r10\n r2 -= r1\n"
                            " r0 = *(u8 *)(r2 + 0)\n r1 -= 1\n if r1 != 0 goto l\n exit\n")
    r = check(pf, pf.programs[0])
    assert r.verdict == "unsafe" and r.kind == "uninit_stack" and r.replayed is True


def test_timeout_gives_unknown():
    # factor a 64-bit semiprime (two 32-bit primes, no wrap-around): Z3 takes ~0.3 s, sometimes
    # less; hopeless in 5 ms, so the obligation stays undecided and the verdict is UNKNOWN naming it
    n = 4294967291 * 4294967279
    text = (".program p\n call bpf_ktime_get_ns\n r6 = r0\n call bpf_ktime_get_ns\n r7 = r0\n"
            " r1 = 0xffffffff ll\n if r6 > r1 goto ok\n if r7 > r1 goto ok\n"
            " if r6 < 2 goto ok\n if r7 < 2 goto ok\n r8 = r6\n r8 *= r7\n"
            f" r1 = {n:#x} ll\n if r8 != r1 goto ok\n r0 = *(u64 *)(r10 - 8)\n exit\n"
            "ok: r0 = 0\n exit\n")
    pf = parse_program_text(text)
    r = check(pf, pf.programs[0], timeout=20, obligation_timeout=0.005)
    assert r.verdict == "unknown", (r.verdict, r.message)
    assert "uninit_stack" in r.reason and "timeout" in r.reason
    # the per-program limit: the remaining time is all an obligation gets, then UNKNOWN
    r = check(pf, pf.programs[0], timeout=0.005)
    assert r.verdict == "unknown" and r.reason.startswith("time limit of 0.005s reached"), r.reason
    assert r.seconds < 5
    # on the CPU clock (Z3's own timeout is wall time: a watchdog interrupts the call), per
    # obligation and per program; 10 ms of CPU, as Z3 once warm may factor it within 50 ms
    r = check(pf, pf.programs[0], timeout=20, obligation_timeout=0.01, clock="cpu")
    assert r.verdict == "unknown" and "uninit_stack" in r.reason and "timeout" in r.reason
    r = check(pf, pf.programs[0], timeout=0.01, clock="cpu")
    assert r.verdict == "unknown", (r.verdict, r.reason)
    assert r.reason.startswith("time limit of 0.01s of CPU time reached"), r.reason
    # the wall safety net on top of a CPU budget
    r = check(pf, pf.programs[0], timeout=60, clock="cpu", wall_timeout=0.005)
    assert r.verdict == "unknown" and r.seconds < 5, (r.verdict, r.reason)
    # a later check in the same process is not hit by the earlier interrupt, and the watch
    # thread never drops a solver's last reference beside a running call (a double free once)
    for _ in range(8):
        assert check(pf, pf.programs[0], timeout=60, clock="cpu").verdict == "unsafe"


def test_unknown_for_unmodelled_helper_use():
    # every helper has a model, but not every use: a bpf_trace_printk format of a variable size
    pf = parse_program_text(".program p section=tc\n r1 = 0\n *(u64 *)(r10 - 8) = r1\n"
                            " call bpf_get_prandom_u32\n r2 = r0\n r2 &= 7\n r1 = r10\n"
                            " r1 += -8\n call bpf_trace_printk\n r0 = 0\n exit\n")
    r = check(pf, pf.programs[0])
    assert r.verdict == "unknown" and "not modelled" in r.reason


def test_task_storage_owner_is_the_current_task():
    """Two gets of the current task's storage name one element: what the first call stored,
    the second reads, so a stack offset built from it is known (in bounds, or out of them)."""
    prog = (".map ts type=task_storage key_size=4 value_size=8 max_entries=0 flags=1\n"
            ".program p section=lsm/file_open\n call bpf_get_current_task_btf\n r6 = r0\n"
            " r1 = ts ll\n r2 = r6\n r3 = 0\n r4 = 1\n call bpf_task_storage_get\n"
            " if r0 == 0 goto out\n r1 = 3\n *(u64 *)(r0 + 0) = r1\n"
            " r1 = ts ll\n r2 = r6\n r3 = 0\n r4 = 0\n call bpf_task_storage_get\n"
            " if r0 == 0 goto out\n r1 = *(u64 *)(r0 + 0)\n r2 = r10\n r2 += -8\n r2 += r1\n"
            " r3 = 0\n *(u8 *)(r2 + 0) = r3\nout:\n r0 = 0\n exit\n")
    r = check(parse_program_text(prog), "p")
    assert r.verdict == "safe", (r.verdict, r.reason, r.message)
    r = check(parse_program_text(prog.replace("r2 += -8", "r2 += -2")), "p")
    assert r.verdict == "unsafe" and r.kind == "stack_oob" and r.replayed, (r.verdict, r.kind)


def _raw(insns, prog_type="socket_filter"):
    from bpfsmt.spec.program import Function, Program, ProgramFile
    p = Program("raw", "socket", insns, [Function("raw", 0)], prog_type=prog_type)
    return ProgramFile("<raw>", programs=[p])


def test_jump_out_of_range_and_bad_opcode():
    from bpfsmt.spec.insn import Insn
    mov0, exit_ = Insn.make(0xB7, 0, 0, 0, 0), Insn.make(0x95)
    pf = _raw([mov0, Insn.make(0x05, off=5), exit_])          # goto +5 from slot 1 -> 7
    r = check(pf, pf.programs[0])
    assert (r.verdict, r.kind, r.insn, r.replayed) == ("unsafe", "jump_oor", 7, True)
    pf = _raw([mov0, Insn.make(0x05, off=-1), exit_])          # goto into the lddw? no: self
    r = check(pf, pf.programs[0], loop_bound=2)
    assert r.verdict == "unknown"                              # endless loop: never SAFE
    pf = _raw([mov0, Insn.make(0x8F, 0, 1), exit_])            # neg with X source
    r = check(pf, pf.programs[0])
    assert (r.verdict, r.kind, r.insn, r.replayed) == ("unsafe", "bad_insn", 1, True)
    pf = _raw([mov0, Insn.make(0xB7, 1), exit_])               # falls off the end? no: exit
    assert check(pf, pf.programs[0]).verdict == "safe"
    pf = _raw([mov0, Insn.make(0xB7, 1)])                      # no exit: runs off the end
    r = check(pf, pf.programs[0])
    assert (r.verdict, r.kind, r.insn, r.replayed) == ("unsafe", "jump_oor", 2, True)


LOCKMAP = ".map lk type=array key_size=4 value_size=16 max_entries=2 btf spin_lock=0\n"
LOCK_LOOKUP = """
 r1 = 0
 *(u32 *)(r10 - 4) = r1
 r2 = r10
 r2 += -4
 r1 = %[lk] ll
 call bpf_map_lookup_elem
 if r0 == 0 goto out
 r6 = r0
"""
LOCK_CASES = {
    "lock_ok": (LOCK_LOOKUP + " r1 = r6\n call bpf_spin_lock\n r1 = 5\n *(u64 *)(r6 + 8) = r1\n"
                " r1 = r6\n call bpf_spin_unlock\nout: r0 = 0\n exit\n", None, None),
    "exit_locked": (LOCK_LOOKUP + " r1 = r6\n call bpf_spin_lock\nout: r0 = 0\n exit\n",
                    "exit_locked", 12),
    "call_locked": (LOCK_LOOKUP + " r1 = r6\n call bpf_spin_lock\n call bpf_ktime_get_ns\n"
                    " r1 = r6\n call bpf_spin_unlock\nout: r0 = 0\n exit\n", "call_locked", 11),
    "unlock_none": (LOCK_LOOKUP + " r1 = r6\n call bpf_spin_unlock\nout: r0 = 0\n exit\n",
                    "unlock_none", 10),
    "lock_access": (LOCK_LOOKUP + " r0 = *(u32 *)(r6 + 0)\n exit\nout: r0 = 0\n exit\n",
                    "lock_access", 9),
    "lock_wrong_off": (LOCK_LOOKUP + " r1 = r6\n r1 += 8\n call bpf_spin_lock\nout: r0 = 0\n exit\n",
                       "helper_arg", 11),
}


@pytest.mark.parametrize("name", sorted(LOCK_CASES))
def test_lock_discipline(name):
    text, kind, slot = LOCK_CASES[name]
    pf = parse_program_text(LOCKMAP + ".program p section=tc\n" + text, file=f"<{name}>")
    r = check(pf, pf.programs[0], timeout=20)
    if kind is None:
        assert r.verdict == "safe", (r.verdict, r.kind, r.insn, r.message, r.reason)
        return
    assert (r.verdict, r.kind, r.insn) == ("unsafe", kind, slot), (r.verdict, r.kind, r.insn, r.reason)
    assert r.replayed is True, r.replay_note


def test_unlock_of_other_element():
    text = (LOCKMAP + ".program p section=tc\n" + LOCK_LOOKUP +
            " r1 = 1\n *(u32 *)(r10 - 8) = r1\n r2 = r10\n r2 += -8\n r1 = %[lk] ll\n"
            " call bpf_map_lookup_elem\n if r0 == 0 goto out\n r7 = r0\n r1 = r6\n"
            " call bpf_spin_lock\n r1 = r7\n call bpf_spin_unlock\nout: r0 = 0\n exit\n")
    pf = parse_program_text(text)
    r = check(pf, pf.programs[0])
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "unlock_other", True), r.replay_note


def test_skb_load_bytes_and_comm():
    text = (".program p section=tc\n r2 = 0\n r3 = r10\n r3 += -8\n r4 = 8\n"
            " call bpf_skb_load_bytes\n if r0 != 0 goto out\n r0 = *(u64 *)(r10 - 8)\n exit\n"
            "out: r0 = 0\n exit\n")
    pf = parse_program_text(text)
    assert check(pf, pf.programs[0]).verdict == "safe"
    text = text.replace(" if r0 != 0 goto out\n", "")       # on -EFAULT the buffer is zeroed
    pf = parse_program_text(text)
    assert check(pf, pf.programs[0]).verdict == "safe"
    text = (".program p section=kprobe/f\n r1 = r10\n r1 += -16\n r2 = 16\n"
            " call bpf_get_current_comm\n r0 = *(u64 *)(r10 - 16)\n r1 = *(u64 *)(r10 - 24)\n"
            " exit\n")
    pf = parse_program_text(text)
    r = check(pf, pf.programs[0])
    assert (r.verdict, r.kind, r.insn, r.replayed) == ("unsafe", "uninit_stack", 5, True)


def test_map_in_map_lookup():
    text = (".map inner type=array key_size=4 value_size=8 max_entries=2\n"
            ".map outer type=array_of_maps key_size=4 max_entries=4 inner=inner slots=1:inner\n"
            ".program p section=tc\n"
            " call bpf_get_prandom_u32\n *(u32 *)(r10 - 4) = r0\n r2 = r10\n r2 += -4\n"
            " r1 = %[outer] ll\n call bpf_map_lookup_elem\n if r0 == 0 goto out\n"
            " r1 = r0\n r2 = r10\n r2 += -4\n call bpf_map_lookup_elem\n if r0 == 0 goto out\n"
            " r0 = *(u64 *)(r0 + 0)\n exit\nout: r0 = 0\n exit\n")
    pf = parse_program_text(text)
    assert check(pf, pf.programs[0]).verdict == "safe"
    pf = parse_program_text(text.replace(" if r0 == 0 goto out\n r1 = r0", " r1 = r0", 1))
    r = check(pf, pf.programs[0])
    # slot 0 of the outer map is empty: the lookup returns NULL and the next lookup's map
    # argument is not a map
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "helper_arg", True), r.replay_note


CTX_RANGES = """.program p section=tc
 r2 = *(u32 *)(r1 + 4)
 r3 = *(u32 *)(r1 + 24)
 r4 = r10
 r4 += -16
 if r2 > PKT_TYPE goto bad
 if r3 > 0xffff goto bad
 r0 = 0
 exit
bad:
 r0 = *(u64 *)(r4 + 0)
 exit
"""


def test_ctx_fields_have_the_kernels_ranges():
    """skb->pkt_type is 3 bits and derived from the destination MAC (here at most
    PACKET_OTHERHOST), vlan_tci 16 bits: no counterexample may need a wider value, and the one
    that exists (pkt_type 3) replays."""
    pf = parse_program_text(CTX_RANGES.replace("PKT_TYPE", "3"))
    assert check(pf, "p").verdict == "safe"
    pf = parse_program_text(CTX_RANGES.replace("PKT_TYPE", "2"))
    r = check(pf, "p")
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "uninit_stack", True), r.replay_note


def _packet_reads(n: int, bad: int | None = None) -> str:
    """`n` one-byte packet reads after a 14-byte bounds check, each on its own path (a branch on
    a random number per read); read `bad` is one byte past the checked bytes."""
    text = (".program p section=xdp\n" + XDP_BOUNDS + " r6 = r2\n call bpf_get_prandom_u32\n"
            " r7 = r0\n r0 = 0\n")
    for i in range(n):
        off = 14 if i == bad else i % 14
        text += f" if r7 & {1 << (i % 32)} goto s{i}\n r1 = *(u8 *)(r6 + {off})\ns{i}:\n"
    return text + " exit\nout: r0 = 1\n exit\n"


def _count_solver_calls(monkeypatch) -> list:
    from bpfsmt.solver.symbolic import checker
    calls = []
    real = checker._Solver.check

    def counted(self, cond, limit=None):
        calls.append(cond)
        return real(self, cond, limit)
    monkeypatch.setattr(checker._Solver, "check", counted)
    return calls


def test_batched_obligations_all_valid_are_safe(monkeypatch):
    calls = _count_solver_calls(monkeypatch)
    pf = parse_program_text(_packet_reads(40))
    r = check(pf, pf.programs[0])
    assert r.verdict == "safe" and r.proved == r.obligations, (r.verdict, r.reason)
    assert len(calls) < 40 <= r.obligations        # batches, not one query per obligation


@pytest.mark.parametrize("bad", [0, 17, 39])
def test_batch_with_one_violated_obligation_reports_it_replayed(bad, monkeypatch):
    calls = _count_solver_calls(monkeypatch)
    pf = parse_program_text(_packet_reads(40, bad))
    r = check(pf, pf.programs[0])
    # 9 insns before the reads, then a branch and a load per read
    assert (r.verdict, r.kind, r.insn, r.replayed) == ("unsafe", "pkt_oob", 10 + 2 * bad, True), \
        (r.verdict, r.reason, r.insn, r.replay_note)
    assert len(calls) < 40
