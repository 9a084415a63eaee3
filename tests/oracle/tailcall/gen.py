"""Generate the tail-call (rules.md section 3) test programs for the 6.1 oracle.

``python tests/oracle/tailcall/gen.py``; label with
``LOG_LEVEL=5 run.sh tests/oracle/tailcall /tmp/ot && python tests/oracle_labels.py build tailcall /tmp/ot``,
and the variants ``SYSCTLS=net/core/bpf_jit_enable=0`` (``nojit``: subprogram tail calls are refused)
and ``SYSCTLS=net/core/bpf_jit_harden=2`` (``harden``: constant blinding, no direct tail calls).
Accepted programs keep their JIT bytes in the labels (direct poke vs indirect jump, the
tail_call_cnt prologue/`mov rax` before calls in tail_call_reachable subprogs).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from oracle_labels import Prog as P, emit_c  # noqa: E402

PRELUDE = """
struct val { int cnt; struct bpf_spin_lock lock; };
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 4); __type(key, int); __type(value, int); } jt SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 8); __type(key, int); __type(value, int); } jt2 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, int); __type(value, __u64); } arr SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, int); __type(value, struct val); } lk SEC(".maps");
"""
MAPS = {"jt", "jt2", "arr", "lk"}
TC = "r2 = %[jt] ll; call %[bpf_tail_call];"
RET = "r0 = 1; exit;"
RAND = "r6 = r1; call %[bpf_get_prandom_u32]; r1 = r6;"
SUB = lambda name, body, ret="int": P(name, ".text", body, ret=ret, static=True)  # noqa: E731
STK = lambda n: f"r2 = 0; *(u64 *)(r10 - {n}) = r2;"  # noqa: E731

FILES = {}
FILES["basic"] = [
    P("const_key", "tc", "r3 = 0;" + TC + RET),
    P("const_key_last", "tc", "r3 = 3;" + TC + RET),
    P("const_key_out_of_range", "tc", "r3 = 10;" + TC + RET),
    P("const_key_u64_high_bits", "tc", "r3 = 0x100000001 ll;" + TC + RET, comment="low 32 bits = 1, upper bits set"),
    P("const_key_minus_one", "tc", "r3 = -1;" + TC + RET),
    P("var_key", "tc", RAND + "r3 = r0;" + TC + RET),
    P("var_key_masked", "tc", RAND + "r3 = r0; r3 &= 3;" + TC + RET),
    P("key_from_map_value", "tc", "r6 = r1; r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[arr] ll;"
      "call %[bpf_map_lookup_elem]; if r0 == 0 goto l0_%=; r3 = *(u64 *)(r0 + 0); r1 = r6;" + TC + "l0_%=:" + RET),
    P("same_key_two_paths", "tc", RAND + "r3 = 1; if r0 > 5 goto l0_%=; r3 = 1; l0_%=:" + TC + RET),
    P("diff_keys_two_paths", "tc", RAND + "r3 = 1; if r0 > 5 goto l0_%=; r3 = 2; l0_%=:" + TC + RET),
    P("two_maps_two_paths", "tc", RAND + "r3 = 0; r2 = %[jt] ll; if r0 > 5 goto l0_%=; r2 = %[jt2] ll; l0_%=: call %[bpf_tail_call];" + RET),
    P("two_tail_calls", "tc", "r6 = r1; r3 = 0;" + TC + "r1 = r6; r3 = 1;" + TC + RET),
    P("tail_call_in_loop", "tc", "r6 = r1; r7 = 0; l0_%=: r1 = r6; r3 = r7;" + TC + "r7 += 1; if r7 < 4 goto l0_%=;" + RET),
    P("xdp_tail_call", "xdp", "r3 = 0;" + TC + "r0 = 2; exit;"),
    P("socket_tail_call", "socket", "r3 = 0;" + TC + "r0 = 0; exit;"),
    P("kprobe_tail_call", "kprobe/do_nanosleep", "r3 = 0;" + TC + "r0 = 0; exit;"),
    P("target_a", "tc", "r0 = 10; exit;", comment="tail-call targets (several programs per file)"),
    P("target_b", "tc", "r0 = 20; exit;"),
]

FILES["errors"] = [
    P("wrong_map_type", "tc", "r3 = 0; r2 = %[arr] ll; call %[bpf_tail_call];" + RET),
    P("r1_not_ctx", "tc", "r1 = r10; r3 = 0;" + TC + RET),
    P("r1_modified_ctx", "tc", "r1 += 8; r3 = 0;" + TC + RET),
    P("r2_scalar", "tc", "r2 = 0; r3 = 0; call %[bpf_tail_call];" + RET),
    P("r3_uninit", "tc", TC + RET),
    P("r0_read_after", "tc", "r3 = 0;" + TC + "exit;"),
    P("prog_array_lookup", "tc", "r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[jt] ll; call %[bpf_map_lookup_elem];" + RET),
    P("under_lock", "tc", "r9 = r1; r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[lk] ll; call %[bpf_map_lookup_elem];"
      "if r0 == 0 goto l0_%=; r6 = r0; r1 = r6; r1 += 4; call %[bpf_spin_lock]; r1 = r9; r3 = 0;" + TC +
      "r1 = r6; r1 += 4; call %[bpf_spin_unlock]; l0_%=:" + RET),
    P("ref_leak", "tc", "r6 = r1; r1 = 0; *(u64 *)(r10 - 16) = r1; *(u32 *)(r10 - 8) = r1; r1 = r6; r2 = r10; r2 += -16; r3 = 12;"
      "r4 = -1; r5 = 0; call %[bpf_sk_lookup_tcp]; r7 = r0; r1 = r6; r3 = 0;" + TC +
      "if r7 == 0 goto l0_%=; r1 = r7; call %[bpf_sk_release]; l0_%=:" + RET),
]

FILES["subprogs"] = [
    SUB("sub_tc", "r2 = %[jt] ll; r3 = 0; call %[bpf_tail_call]; r0 = 0; exit;"),
    SUB("sub_tc_void", "r2 = %[jt] ll; r3 = 0; call %[bpf_tail_call]; r0 = 0; exit;", ret="void"),
    SUB("sub_plain", "r0 = 0; exit;"),
    SUB("sub_a", "r2 = %[jt] ll; r3 = 0; call %[bpf_tail_call]; r0 = 0; exit;"),
    SUB("sub_b", "r2 = %[jt] ll; r3 = 1; call %[bpf_tail_call]; r0 = 0; exit;"),
    SUB("sub_c", "r2 = %[jt] ll; r3 = 2; call %[bpf_tail_call]; r0 = 0; exit;"),
    SUB("sub_calls_tc", "r6 = r1;" + STK(128) + "r1 = r6; call sub_tc; r0 = 0; exit;"),
    SUB("sub_calls_tc_160", "r6 = r1;" + STK(160) + "r1 = r6; call sub_tc; r0 = 0; exit;"),
    SUB("sub_tc_big_stack", STK(256) + "r2 = %[jt] ll; r3 = 0; call %[bpf_tail_call]; r0 = 0; exit;"),
    P("subprog_tail_call", "tc", "call sub_tc;" + RET),
    P("subprog_tail_call_void_ret", "tc", "call sub_tc_void;" + RET),
    P("main_tc_and_plain_subprog", "tc", "r6 = r1; call sub_plain; r1 = r6; r3 = 0;" + TC + RET),
    P("stack_224_then_subprog_tc", "tc", "r6 = r1;" + STK(224) + "r1 = r6; call sub_tc;" + RET),
    P("stack_256_then_subprog_tc", "tc", "r6 = r1;" + STK(256) + "r1 = r6; call sub_tc;" + RET),
    P("stack_232_rounds_to_256", "tc", "r6 = r1;" + STK(232) + "r1 = r6; call sub_tc;" + RET),
    P("nested_96_128_ok", "tc", "r6 = r1;" + STK(96) + "r1 = r6; call sub_calls_tc;" + RET,
      comment="frames before the tail-calling subprog: 96 + 128 = 224"),
    P("nested_96_160_too_large", "tc", "r6 = r1;" + STK(96) + "r1 = r6; call sub_calls_tc_160;" + RET,
      comment="96 + 160 = 256"),
    P("subprog_tc_own_stack_256_ok", "tc", "call sub_tc_big_stack;" + RET, comment="the callee's own stack does not count"),
    P("hierarchy_three_subprogs", "tc", "r6 = r1; call sub_a; r1 = r6; call sub_b; r1 = r6; call sub_c;" + RET,
      comment="6.1 tail_call_cnt is copied into callees, never back: 3 subprogs each tail-calling"),
    P("main_stack_and_subprog_tc_jit", "tc", "r6 = r1;" + STK(64) + "r1 = r6; call sub_tc; r1 = r6; r3 = 1;" + TC + RET),
]

CB = lambda name, body: P(name, ".text", body, ret="int", static=True)  # noqa: E731
FILES["callbacks"] = [
    CB("loop_cb_tc", "r1 = *(u64 *)(r2 + 0); r2 = %[jt] ll; r3 = 0; call %[bpf_tail_call]; r0 = 0; exit;"),
    CB("foreach_cb_tc", "r1 = *(u64 *)(r4 + 0); r2 = %[jt] ll; r3 = 0; call %[bpf_tail_call]; r0 = 0; exit;"),
    CB("timer_cb_dead_tc", "r0 = 0; if r0 != 0 goto l0_%=; exit; l0_%=: r2 = %[jt] ll; r3 = 0; call %[bpf_tail_call]; r0 = 0; exit;"),
    P("bpf_loop_cb_tail_call", "tc", "*(u64 *)(r10 - 8) = r1; r1 = 1; r2 = %[loop_cb_tc] ll; r3 = r10; r3 += -8; r4 = 0;"
      "call %[bpf_loop];" + RET, comment="open question 6: tail call from a synchronous callback"),
    P("for_each_cb_tail_call", "tc", "*(u64 *)(r10 - 8) = r1; r1 = %[arr] ll; r2 = %[foreach_cb_tc] ll; r3 = r10; r3 += -8; r4 = 0;"
      "call %[bpf_for_each_map_elem];" + RET),
    P("timer_cb_has_tail_call", "tc", "r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[tmr] ll; call %[bpf_map_lookup_elem];"
      "if r0 == 0 goto l0_%=; r6 = r0; r1 = r6; r2 = %[tmr] ll; r3 = 1; call %[bpf_timer_init];"
      "r1 = r6; r2 = %[timer_cb_dead_tc] ll; call %[bpf_timer_set_callback]; l0_%=:" + RET,
      comment="the tail call in the async callback is on a dead branch so do_check passes"),
]

HEADER = {
    "basic": "TC-01/03/06 constant/variable keys, poke descriptors vs indirect jumps, program types",
    "errors": "TC-03 verifier restrictions on bpf_tail_call",
    "subprogs": "TC-03/04/05/07 tail calls in subprograms: BTF, 256-byte stack rule, counter hierarchy",
    "callbacks": "tail calls from bpf_loop / for_each / timer callbacks",
}
TIMER_MAP = """
struct tv { struct bpf_timer t; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, int); __type(value, struct tv); } tmr SEC(".maps");
"""


def main():
    for name, progs in FILES.items():
        pre = PRELUDE + (TIMER_MAP if name == "callbacks" else "")
        emit_c(HERE / f"{name}.c", pre, progs, addr_names=MAPS | {"tmr"}, header=HEADER[name])
    n = sum(1 for v in FILES.values() for p in v if not p.static)
    print(f"tailcall: {n} programs")


if __name__ == "__main__":
    main()
