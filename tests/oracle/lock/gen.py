"""Generate the bpf_spin_lock (rules.md section 1) test programs for the 6.1 oracle.

``python tests/oracle/lock/gen.py`` writes lock/*.c and lock/hang/*.c.  Programs in hang/
(SL-13, SL-14 witnesses) may leave a lock held at run time, so that directory is labelled
with ``TEST_RUN=0``:  ``LOG_LEVEL=5 TEST_RUN=0 TIMEOUT=120 run.sh tests/oracle/lock/hang /tmp/olh``
then ``python tests/oracle_labels.py build lock /tmp/olh "" hang``.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from oracle_labels import Prog as P, emit_c  # noqa: E402

PRELUDE = """
struct val { int cnt; struct bpf_spin_lock lock; };          /* lock at offset 4 */
struct two { struct bpf_spin_lock a; struct bpf_spin_lock b; };
struct nolk { __u64 x; };
struct __attribute__((packed)) mangled { short s; struct bpf_spin_lock lock; };  /* lock at 2 */
struct tval { struct bpf_spin_lock lock; int pad; struct bpf_timer t; };

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 2);
         __type(key, int); __type(value, struct val); } lk SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4);
         __type(key, int); __type(value, struct val); } lkh SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, struct two); } twolk SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, struct nolk); } nolock SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, __u64); } scalarval SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, struct mangled); } mangledlk SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __uint(key_size, 4); __uint(value_size, 8); } nobtf SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 2);
         __type(key, int); __type(value, int); } progs SEC(".maps");
"""
MAPS = {"lk", "lkh", "twolk", "nolock", "scalarval", "mangledlk", "nobtf", "progs", "pcpu", "lru", "rdonly",
        "outer", "glock", "tm"}


def lookup(m="lk", key=0, slot=4):
    return (f"r1 = {key}; *(u32 *)(r10 - {slot}) = r1; r2 = r10; r2 += -{slot}; r1 = %[{m}] ll;"
            "call %[bpf_map_lookup_elem];")


L0 = lookup() + "if r0 == 0 goto l0_%=; r6 = r0;"       # r6 = checked value pointer
LOCK = "r1 = r6; r1 += 4; call %[bpf_spin_lock];"
UNLOCK = "r1 = r6; r1 += 4; call %[bpf_spin_unlock];"
END = "l0_%=: r0 = 0; exit;"
OK = L0 + LOCK + "r1 = *(u32 *)(r6 + 0); r1 += 1; *(u32 *)(r6 + 0) = r1;" + UNLOCK + END

FILES = {}
FILES["basic"] = [
    P("lock_ok", "tc", OK),
    P("lock_ok_hash", "tc", lookup("lkh") + "if r0 == 0 goto l0_%=; r6 = r0;" + LOCK + UNLOCK + END),
    P("lock_ok_xdp", "xdp", OK),
    P("lock_ok_cgroup_skb", "cgroup_skb/egress", L0 + LOCK + UNLOCK + "l0_%=: r0 = 1; exit;"),
    P("lock_ok_fentry", "fentry/do_nanosleep", OK),
    P("lock_ok_lsm", "lsm/bpf", OK),
    P("lock_twice_sequential_ok", "tc", L0 + LOCK + UNLOCK + LOCK + UNLOCK + END),
    P("lock_in_branch_ok", "tc", L0 + "r7 = *(u32 *)(r6 + 0); if r7 > 3 goto l0_%=;" + LOCK + UNLOCK + END),
    P("lock_no_unlock", "tc", L0 + LOCK + END),
    P("lock_unlock_one_branch", "tc", L0 + LOCK + "r7 = *(u32 *)(r6 + 0); if r7 > 3 goto l0_%=;" + UNLOCK + END),
    P("unlock_without_lock", "tc", L0 + UNLOCK + END),
    P("double_lock", "tc", L0 + LOCK + LOCK + UNLOCK + UNLOCK + END),
    P("unlock_other_element", "tc",
      lookup(key=0, slot=4) + "if r0 == 0 goto l0_%=; r6 = r0;" + lookup(key=1, slot=8) +
      "if r0 == 0 goto l0_%=; r7 = r0;" + LOCK + "r1 = r7; r1 += 4; call %[bpf_spin_unlock];" + END),
    P("unlock_same_key_other_lookup", "tc",
      lookup(key=0, slot=4) + "if r0 == 0 goto l0_%=; r6 = r0;" + lookup(key=0, slot=8) +
      "if r0 == 0 goto l0_%=; r7 = r0;" + LOCK + "r1 = r7; r1 += 4; call %[bpf_spin_unlock];" + END),
    P("unlock_via_spilled_copy_ok", "tc", L0 + "*(u64 *)(r10 - 16) = r6;" + LOCK +
      "r1 = *(u64 *)(r10 - 16); r1 += 4; call %[bpf_spin_unlock];" + END),
    P("unlock_other_map", "tc",
      L0 + lookup("lkh", 0, 8) + "if r0 == 0 goto l0_%=; r7 = r0;" + LOCK +
      "r1 = r7; r1 += 4; call %[bpf_spin_unlock];" + END),
]

FILES["calls"] = [
    P("helper_while_locked", "tc", L0 + LOCK + "call %[bpf_get_prandom_u32];" + UNLOCK + END),
    P("map_helper_while_locked", "tc", L0 + LOCK + lookup("lkh", 0, 8) + UNLOCK + END),
    P("bpf2bpf_while_locked", "tc", L0 + LOCK + "call sub_ret0;" + UNLOCK + END),
    P("tail_call_while_locked", "tc", "r8 = r1;" + L0 + LOCK + "r1 = r8; r2 = %[progs] ll; r3 = 0; call %[bpf_tail_call];" + UNLOCK + END),
    P("unlock_in_subprog", "tc", L0 + LOCK + "r1 = r6; call sub_unlock;" + END),
    P("lock_in_subprog_unlock_in_main", "tc", L0 + "r1 = r6; call sub_lock;" + UNLOCK + END),
    P("lock_unlock_in_subprog_ok", "tc", L0 + "r1 = r6; call sub_lock_unlock;" + END),
    P("ld_abs_while_locked", "tc", "r9 = r1;" + L0 + LOCK + "r7 = r6; r6 = r9; r0 = *(u8 *)skb[9]; r6 = r7;" + UNLOCK + END),
    P("ld_abs_outside_lock_ok", "tc", "r9 = r1;" + L0 + LOCK + UNLOCK + "r6 = r9; r0 = *(u8 *)skb[9];" + END),
    P("exit_in_subprog_locked", "tc", L0 + LOCK + UNLOCK + "r1 = r6; call sub_lock_exit;" + END),
    P("sub_ret0", ".text", "r0 = 0; exit;", ret="int", static=True),
    P("sub_unlock", ".text", "r1 += 4; call %[bpf_spin_unlock]; r0 = 0; exit;", ret="int", static=True),
    P("sub_lock", ".text", "r1 += 4; call %[bpf_spin_lock]; r0 = 0; exit;", ret="int", static=True),
    P("sub_lock_exit", ".text", "r6 = r1; r1 += 4; call %[bpf_spin_lock]; r0 = 0; exit;", ret="int", static=True),
    P("sub_lock_unlock", ".text", "r6 = r1; r1 += 4; call %[bpf_spin_lock]; r1 = r6; r1 += 4;"
      "call %[bpf_spin_unlock]; r0 = 0; exit;", ret="int", static=True),
]

FILES["access"] = [
    P("load_lock_word", "tc", L0 + "r1 = *(u32 *)(r6 + 4);" + END),
    P("store_lock_word", "tc", L0 + "r1 = 0; *(u32 *)(r6 + 4) = r1;" + END),
    P("load_u64_overlapping_lock", "tc", L0 + "r1 = *(u64 *)(r6 + 0);" + END),
    P("load_u16_inside_lock", "tc", L0 + "r1 = *(u16 *)(r6 + 6);" + END),
    P("atomic_on_lock_word", "tc", L0 + "r1 = 1; lock *(u32 *)(r6 + 4) += r1;" + END),
    P("helper_writes_over_lock", "tc", "r9 = r1;" + L0 + "r1 = r9; r2 = 0; r3 = r6; r4 = 8; call %[bpf_skb_load_bytes];" + END),
    P("helper_writes_before_lock_ok", "tc", "r9 = r1;" + L0 + "r1 = r9; r2 = 0; r3 = r6; r4 = 4; call %[bpf_skb_load_bytes];" + END),
    P("load_cnt_ok", "tc", L0 + "r1 = *(u32 *)(r6 + 0);" + END),
    P("lock_wrong_offset", "tc", L0 + "r1 = r6; call %[bpf_spin_lock];" + UNLOCK + END),
    P("lock_var_offset", "tc", L0 + "call %[bpf_get_prandom_u32]; r0 &= 4; r1 = r6; r1 += r0; call %[bpf_spin_lock];" + UNLOCK + END),
    P("lock_arg_stack", "tc", "r1 = 0; *(u64 *)(r10 - 8) = r1; r1 = r10; r1 += -8; call %[bpf_spin_lock]; r0 = 0; exit;"),
    P("lock_arg_maybe_null", "tc", lookup() + "r1 = r0; call %[bpf_spin_lock]; r0 = 0; exit;"),
    P("lock_arg_scalar", "tc", "r1 = 0; call %[bpf_spin_lock]; r0 = 0; exit;"),
    P("update_with_f_lock_ok", "tc", "r1 = 0; *(u32 *)(r10 - 4) = r1; *(u64 *)(r10 - 16) = r1; r2 = r10; r2 += -4;"
      "r3 = r10; r3 += -16; r1 = %[lk] ll; r4 = 4; call %[bpf_map_update_elem]; exit;",
      comment="BPF_F_LOCK = 4: verifier does not look at flags; run time result in retval"),
]

FILES["maps"] = [
    P("socket_filter_lock", "socket", OK),
    P("socket_filter_refs_lock_map", "socket", "r1 = %[lk] ll; r0 = 0; exit;"),
    P("kprobe_lock", "kprobe/do_nanosleep", OK),
    P("tracepoint_lock", "tracepoint/syscalls/sys_enter_nanosleep", OK),
    P("raw_tp_lock", "raw_tp/sys_enter", OK),
    P("sleepable_lsm_lock", "lsm.s/bprm_committed_creds", OK),
    P("sleepable_lsm_refs_lock_map", "lsm.s/bprm_committed_creds", "r1 = %[lk] ll; r0 = 0; exit;"),
    P("map_two_locks", "tc", lookup("twolk") + "if r0 == 0 goto l0_%=; r1 = r0; call %[bpf_spin_lock]; r0 = 0; exit;" + END),
    P("map_no_lock", "tc", lookup("nolock") + "if r0 == 0 goto l0_%=; r1 = r0; call %[bpf_spin_lock]; r0 = 0; exit;" + END),
    P("map_scalar_value", "tc", lookup("scalarval") + "if r0 == 0 goto l0_%=; r1 = r0; call %[bpf_spin_lock]; r0 = 0; exit;" + END),
    P("map_mangled_lock", "tc", lookup("mangledlk") + "if r0 == 0 goto l0_%=; r1 = r0; r1 += 2; call %[bpf_spin_lock]; r0 = 0; exit;" + END),
    P("map_without_btf", "tc", lookup("nobtf") + "if r0 == 0 goto l0_%=; r1 = r0; call %[bpf_spin_lock]; r0 = 0; exit;" + END),
]

BAD_MAPS_PRELUDE = """
struct val { int cnt; struct bpf_spin_lock lock; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, struct val); } pcpu SEC(".maps");
"""
LRU_PRELUDE = """
struct val { int cnt; struct bpf_spin_lock lock; };
struct { __uint(type, BPF_MAP_TYPE_LRU_HASH); __uint(max_entries, 4);
         __type(key, int); __type(value, struct val); } lru SEC(".maps");
"""
RDONLY_PRELUDE = """
struct val { int cnt; struct bpf_spin_lock lock; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __uint(map_flags, BPF_F_RDONLY_PROG);
         __type(key, int); __type(value, struct val); } rdonly SEC(".maps");
"""
INNER_PRELUDE = """
struct val { int cnt; struct bpf_spin_lock lock; };
struct inner { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
               __type(key, int); __type(value, struct val); } inner1 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS); __uint(max_entries, 1); __type(key, int);
         __array(values, struct inner); } outer SEC(".maps") = { .values = { [0] = &inner1 } };
"""
GLOBAL_PRELUDE = """
struct bpf_spin_lock glock SEC(".data.lk") = {};
"""
SINGLE = {
    "map_percpu": (BAD_MAPS_PRELUDE, [P("percpu_array_lock", "tc", "r1 = %[pcpu] ll; r0 = 0; exit;",
                                        comment="map creation with BTF fails (524); libbpf retries without BTF"),
                                      P("percpu_array_lock_used", "tc", lookup("pcpu") + "if r0 == 0 goto l0_%=; r6 = r0;" + LOCK + UNLOCK + END)]),
    "map_lru": (LRU_PRELUDE, [P("lru_hash_lock", "tc", "r1 = %[lru] ll; r0 = 0; exit;"),
                              P("lru_hash_lock_used", "tc", lookup("lru") + "if r0 == 0 goto l0_%=; r6 = r0;" + LOCK + UNLOCK + END)]),
    "map_rdonly": (RDONLY_PRELUDE, [P("rdonly_prog_lock", "tc", "r1 = %[rdonly] ll; r0 = 0; exit;")]),
    "map_inner": (INNER_PRELUDE, [P("inner_map_with_lock", "tc",
                  "r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[outer] ll; call %[bpf_map_lookup_elem]; r0 = 0; exit;")]),
    "global": (GLOBAL_PRELUDE, [
        P("global_lock_kept_in_r6_ok", "tc", "r6 = %[glock] ll; r1 = r6; call %[bpf_spin_lock]; r1 = r6; call %[bpf_spin_unlock]; r0 = 0; exit;"),
        P("global_lock_two_ld_imm64", "tc", "r1 = %[glock] ll; call %[bpf_spin_lock]; r1 = %[glock] ll; call %[bpf_spin_unlock]; r0 = 0; exit;"),
        P("global_lock_no_unlock", "tc", "r1 = %[glock] ll; call %[bpf_spin_lock]; r0 = 0; exit;"),
        P("global_lock_socket", "socket", "r1 = %[glock] ll; r0 = 0; exit;"),
    ]),
}

# ---- hang/: SL-13 and SL-14 witnesses (load only) --------------------------------------
HANG_PRELUDE = PRELUDE + """
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, struct tval); } tm SEC(".maps");
"""
TWO = (lookup(key=0, slot=4) + "if r0 == 0 goto l0_%=; r6 = r0;" +
       lookup(key=1, slot=8) + "if r0 == 0 goto l0_%=; r7 = r0; call %[bpf_get_prandom_u32];")
HANG = {}
HANG["sl13"] = [
    P("sl13_join_unlock_other", "tc",
      TWO + "if r0 == 0 goto l1_%=; r8 = r6; goto l2_%=; l1_%=: r8 = r7; l2_%=: r1 = r8; r1 += 4; call %[bpf_spin_lock];"
      "r1 = r6; r1 += 4; call %[bpf_spin_unlock];" + END,
      comment="SL-13: fall-through path locks A (r6) and unlocks A; the branch path locks B (r7) and unlocks A. "
              "If the state at l2 from path 1 prunes path 2 (regsafe ignores map-value ids), the kernel accepts."),
    P("sl13_join_unlock_other_freq", "tc",
      TWO + "if r0 == 0 goto l1_%=; r8 = r6; goto l2_%=; l1_%=: r8 = r7; l2_%=: r1 = r8; r1 += 4; call %[bpf_spin_lock];"
      "r1 = r6; r1 += 4; call %[bpf_spin_unlock];" + END,
      comment="same, loaded with BPF_F_TEST_STATE_FREQ (a state at every prune point)"),
    P("sl13_join_unlock_other_padded", "tc",
      TWO + "if r0 == 0 goto l1_%=; r8 = r6; r9 = 0;" + "r9 += 1;" * 10 + "if r9 > 100 goto l2_%=; if r9 > 101 goto l2_%=; goto l2_%=;"
      "l1_%=: r8 = r7; l2_%=: r1 = r8; r1 += 4; call %[bpf_spin_lock]; r1 = r6; r1 += 4; call %[bpf_spin_unlock];" + END,
      comment="SL-13 with default flags: padding so the 6.1 add_new_state heuristic (>=2 jmps, >=8 insns) stores the state at l2"),
    P("sl13_join_unlock_other_padded2", "tc",
      TWO + "r9 = 0;" + "r9 += 1;" * 10 + "if r0 == 0 goto l1_%=; r8 = r6; goto l2_%=;"
      "l1_%=: r8 = r7; l2_%=:" + "r9 += 1;" * 10 + "if r9 > 100 goto l3_%=; l3_%=: r1 = r8; r1 += 4; call %[bpf_spin_lock]; r1 = r6; r1 += 4; call %[bpf_spin_unlock];" + END,
      comment="variant: the join point is a later prune point (l3) reached after more insns"),
    P("sl13_join_unlock_other_padded2_coin", "tc",
      TWO + "r0 &= 1; r9 = 0;" + "r9 += 1;" * 10 + "if r0 == 0 goto l1_%=; r8 = r6; goto l2_%=;"
      "l1_%=: r8 = r7; l2_%=:" + "r9 += 1;" * 10 + "if r9 > 100 goto l3_%=; l3_%=: r1 = r8; r1 += 4; call %[bpf_spin_lock]; r1 = r6; r1 += 4; call %[bpf_spin_unlock];" + END,
      comment="padded2 with a fair coin (r0 &= 1), so that the bad path actually runs when tested"),
    P("sl13_mismatch_first_path", "tc",
      TWO + "if r0 == 0 goto l1_%=; r8 = r7; goto l2_%=; l1_%=: r8 = r6; l2_%=: r1 = r8; r1 += 4; call %[bpf_spin_lock];"
      "r1 = r6; r1 += 4; call %[bpf_spin_unlock];" + END,
      comment="control: the mismatching path is explored first, so nothing can prune it"),
    P("sl13_join_lock_held_ids", "tc",
      TWO + "r8 = r6; if r0 == 0 goto l1_%=; r8 = r7; l1_%=: r1 = r8; r1 += 4; call %[bpf_spin_lock];"
      "r1 = r8; r1 += 4; call %[bpf_spin_unlock];" + END,
      comment="control: lock and unlock through the same register, accepted either way"),
]
CB_MAIN_FOREACH = "r1 = %[lk] ll; r2 = %[{cb}] ll; r3 = 0; r4 = 0; call %[bpf_for_each_map_elem]; r0 = 0; exit;"
TIMER_MAIN = (lookup("tm") + "if r0 == 0 goto l0_%=; r6 = r0; r1 = r6; r1 += 8; r2 = %[tm] ll; r3 = 1;"
              "call %[bpf_timer_init]; r1 = r6; r1 += 8; r2 = %[{cb}] ll; call %[bpf_timer_set_callback];" + END)
CB = lambda name, body: P(name, ".text", body, ret="int", static=True)  # noqa: E731
HANG["sl14"] = [
    CB("cb_lock_unlock", "r6 = r3; r1 = r6; r1 += 4; call %[bpf_spin_lock]; r1 = r6; r1 += 4; call %[bpf_spin_unlock]; r0 = 0; exit;"),
    CB("cb_lock_only", "r1 = r3; r1 += 4; call %[bpf_spin_lock]; r0 = 0; exit;"),
    CB("cb_lock_then_call", "r6 = r3; r1 = r6; r1 += 4; call %[bpf_spin_lock]; call %[bpf_get_prandom_u32]; r0 = 0; exit;"),
    CB("cb_unlock_only", "r1 = r3; r1 += 4; call %[bpf_spin_unlock]; r0 = 0; exit;"),
    CB("cb_lock_ld_abs", "r1 = r3; r1 += 4; call %[bpf_spin_lock]; r0 = 0; exit;"),
    CB("tcb_lock_unlock", "r6 = r3; r1 = r6; call %[bpf_spin_lock]; r1 = r6; call %[bpf_spin_unlock]; r0 = 0; exit;"),
    CB("tcb_lock_only", "r1 = r3; call %[bpf_spin_lock]; r0 = 0; exit;"),
    P("sl14_foreach_lock_unlock", "tc", CB_MAIN_FOREACH.replace("{cb}", "cb_lock_unlock"),
      comment="SL-14: R3 (value) in a for_each callback has id 0; lock stores active_spin_lock = 0"),
    P("sl14_foreach_lock_only", "tc", CB_MAIN_FOREACH.replace("{cb}", "cb_lock_only")),
    P("sl14_foreach_lock_then_call", "tc", CB_MAIN_FOREACH.replace("{cb}", "cb_lock_then_call")),
    P("sl14_foreach_unlock_only", "tc", CB_MAIN_FOREACH.replace("{cb}", "cb_unlock_only")),
    P("sl14_timer_lock_unlock", "tc", TIMER_MAIN.replace("{cb}", "tcb_lock_unlock"),
      comment="SL-14 via a bpf_timer callback: R3 = map value (id 0), lock at offset 0"),
    P("sl14_timer_lock_only", "tc", TIMER_MAIN.replace("{cb}", "tcb_lock_only")),
]

HEADER = {
    "basic": "SL-05/06/08 lock/unlock state machine and lock identity (register ids)",
    "calls": "SL-07/08/09 calls, bpf2bpf, tail calls and LD_ABS while holding a lock",
    "access": "SL-04/10 lock argument shape and direct access to the lock word",
    "maps": "SL-01/03 map BTF and program types that may not use bpf_spin_lock",
    "map_percpu": "SL-02 per-CPU array values cannot carry a lock (map creation fails)",
    "map_lru": "SL-02 LRU hash values cannot carry a lock (map creation fails)",
    "map_rdonly": "SL-02 BPF_F_RDONLY_PROG + lock (map creation fails)",
    "map_inner": "SL-12 lock in an inner map of map-in-map (map creation fails)",
    "global": "SL-05 global-data lock: ids from ld_imm64",
    "sl13": "SL-13 pruning compares map-value pointers without ids (load only)",
    "sl14": "SL-14 callback R3 map-value pointer has id 0 (load only)",
}


# Linux 6.12 refuses the BTF of a struct with two bpf_spin_lock fields, or with a misaligned one
# (packed `mangled`), as a whole, and libbpf then creates every map of the object without BTF:
# every lock program of an object that declares `twolk` or `mangledlk` fails there with "map '...'
# has to have BTF in order to use bpf_spin_lock". onelock/ holds the same programs with those two
# maps moved to an object of its own (badlock.c), so both kernels judge them.
_BAD_LOCK_MAPS = ("twolk", "mangledlk")
_BAD_LOCK = re.compile(r"^struct (two|__attribute__\(\(packed\)\) mangled) \{.*\n|"
                       r"^struct \{ __uint\(type, BPF_MAP_TYPE_ARRAY\); __uint\(max_entries, 1\);\n"
                       r"\s+__type\(key, int\); __type\(value, struct (two|mangled)\); \} \w+ SEC\(\"\.maps\"\);\n", re.M)
ONELOCK_PRELUDE = _BAD_LOCK.sub("", PRELUDE)
ONELOCK_HANG_PRELUDE = _BAD_LOCK.sub("", HANG_PRELUDE)


def _uses_bad_lock(p) -> bool:
    return any(f"%[{m}]" in p.asm for m in _BAD_LOCK_MAPS)


def main_onelock():
    (HERE / "onelock" / "hang").mkdir(parents=True, exist_ok=True)
    for name, progs in FILES.items():
        emit_c(HERE / "onelock" / f"{name}.c", ONELOCK_PRELUDE, [p for p in progs if not _uses_bad_lock(p)],
               addr_names=MAPS, header=HEADER[name])
    emit_c(HERE / "onelock" / "badlock.c", PRELUDE, [p for v in FILES.values() for p in v if _uses_bad_lock(p)],
           addr_names=MAPS, header="SL-01 map values with two locks or a misaligned one, in an object of their own")
    for name, progs in HANG.items():
        emit_c(HERE / "onelock" / "hang" / f"{name}.c", ONELOCK_HANG_PRELUDE, progs, addr_names=MAPS,
               header=HEADER[name])
    (HERE / "onelock" / "hang" / "sl13.oracle.json").write_text((HERE / "hang" / "sl13.oracle.json").read_text())


def main():
    for name, progs in FILES.items():
        emit_c(HERE / f"{name}.c", PRELUDE, progs, addr_names=MAPS, header=HEADER[name])
    for name, (prelude, progs) in SINGLE.items():
        emit_c(HERE / f"{name}.c", prelude, progs, addr_names=MAPS, header=HEADER[name])
    (HERE / "hang").mkdir(exist_ok=True)
    for name, progs in HANG.items():
        emit_c(HERE / "hang" / f"{name}.c", HANG_PRELUDE, progs, addr_names=MAPS, header=HEADER[name])
    (HERE / "hang" / "sl13.oracle.json").write_text(json.dumps(
        {"sl13_join_unlock_other_freq": {"flags": ["BPF_F_TEST_STATE_FREQ"]}}, indent=1) + "\n")
    n = sum(1 for v in FILES.values() for p in v if not p.static) + sum(len(v[1]) for v in SINGLE.values())
    h = sum(1 for v in HANG.values() for p in v if not p.static)
    main_onelock()
    print(f"lock: {n} programs + {h} in hang/, the same again in onelock/")


if __name__ == "__main__":
    main()
