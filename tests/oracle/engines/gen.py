"""Generate the helper / reference test programs of `check` (generic helpers from their
prototype, ringbuf records as references) for the 6.1 oracle.

``python tests/oracle/engines/gen.py``; label with
``run.sh tests/oracle/engines /tmp/oe && python tests/oracle_labels.py build engines /tmp/oe``.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from oracle_labels import Prog as P, emit_c  # noqa: E402
from bpfsmt.spec.insn import (BPF_ALU64, BPF_EXIT, BPF_JMP, BPF_K, BPF_MEM, BPF_MOV, BPF_ST,  # noqa: E402
                              BPF_W, Insn, encode)

GENERIC = """
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, __u64); } vals SEC(".maps");
"""
RINGBUF = """
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } rb SEC(".maps");
"""
KPROBE = "kprobe/do_nanosleep"
CSUM = "r1 = r10; r1 += -8; r2 = 8; r3 = 0; r4 = 0; r5 = 0; call %[bpf_csum_diff]; r0 = 0; exit;"


def get_stack(size):
    return f"r2 = r10; r2 += -16; r3 = {size}; r4 = 0; call %[bpf_get_stack];"


def ringbuf(null=True, off=8, release="submit", after=""):
    s = "r1 = %[rb] ll; r2 = 16; r3 = 0; call %[bpf_ringbuf_reserve];"
    if null:
        s += "if r0 == 0 goto l0_%=;"
    s += f"r6 = r0; r1 = 5; *(u64 *)(r6 + {off}) = r1;"
    for rel in [r for r in (release, "submit" if after == "submit" else "") if r]:
        s += f"r1 = r6; r2 = 0; call %[bpf_ringbuf_{rel}];"
    if after == "load":
        s += "r0 = *(u64 *)(r6 + 0);"
    return s + "l0_%=: r0 = 0; exit;"


SK_LOOKUP = ("r6 = r1; r1 = 0; *(u64 *)(r10 - 8) = r1; *(u64 *)(r10 - 16) = r1;"
             "*(u64 *)(r10 - 24) = r1; *(u64 *)(r10 - 32) = r1; *(u64 *)(r10 - 40) = r1;"
             "r1 = r6; r2 = r10; r2 += -40; r3 = 36; r4 = -1; r5 = 0; call %[bpf_sk_lookup_tcp];")


def skc_cast(null_check=True):
    """A looked-up socket cast to a tcp_sock and read through, then released."""
    s = SK_LOOKUP + ("if r0 == 0 goto l1_%=;" if null_check else "")
    return s + ("r7 = r0; r1 = r0; call %[bpf_skc_to_tcp_sock]; if r0 == 0 goto l0_%=;"
                "r2 = *(u32 *)(r0 + 0); l0_%=: r1 = r7; call %[bpf_sk_release];"
                "l1_%=: r0 = 0; exit;")


FILES = {
    "generic": [
        P("get_stack_fits", KPROBE, get_stack(16) + "r0 = *(u64 *)(r10 - 16); r0 = 0; exit;"),
        P("get_stack_past_frame", KPROBE, get_stack(24) + "r0 = 0; exit;"),
        P("csum_diff_reads_stack", "tc", "r1 = 0; *(u64 *)(r10 - 8) = r1;" + CSUM),
        P("csum_diff_uninit_stack", "tc", CSUM),
        P("skc_to_tcp_sock_checked", "tc", skc_cast()),
        P("skc_to_tcp_sock_of_null_sock", "tc", skc_cast(null_check=False)),
    ],
    "ringbuf": [
        P("rb_submit_ok", "tc", ringbuf()),
        P("rb_discard_ok", "tc", ringbuf(release="discard")),
        P("rb_leak", "tc", ringbuf(release="")),
        P("rb_no_null_check", "tc", ringbuf(null=False)),
        P("rb_write_past_record", "tc", ringbuf(off=12)),
        P("rb_use_after_submit", "tc", ringbuf(after="load")),
        P("rb_double_submit", "tc", ringbuf(after="submit")),
    ],
}

def lookup(key):
    return (f"r1 = {key}; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[vals] ll;"
            "call %[bpf_map_lookup_elem];")


def two_sites(null_check=True):
    """A lookup at one of two call sites (key 5 is past max_entries: NULL), joined, then the
    element read."""
    s = ("call %[bpf_get_prandom_u32]; r6 = r0; r6 &= 1; if r6 != 0 goto l1_%=;" + lookup(0) +
         "goto l2_%=; l1_%=:" + lookup(5) + "l2_%=:")
    if null_check:
        s += "if r0 == 0 goto l3_%=;"
    return s + "r0 = *(u64 *)(r0 + 0); l3_%=: r0 = 0; exit;"


ONE_SIDE = ("call %[bpf_get_prandom_u32]; r6 = r0; if r6 > 5 goto l1_%=; r7 = 1;"
            "l1_%=: r0 = 0; if r6 > 5 goto l2_%=; ")
STORE_BYTES = ("r6 = r1; r2 = *(u32 *)(r1 + 76); *(u64 *)(r10 - 8) = r2; r1 = r6; r2 = 0;"
               "r3 = r10; r3 += -16; r4 = 0; *(u64 *)(r10 - 16) = r4; r4 = 1; r5 = 0;"
               "call %[bpf_skb_store_bytes];")
# a stack pointer spilled to fp-8 on one side (the other side leaves fp-8 unwritten, or writes
# the scalar 7 there with OTHER), the slot reloaded and dereferenced after the join (READ)
SPILL_ONE_SIDE = ("call %[bpf_get_prandom_u32]; r6 = r0; r1 = 0; *(u64 *)(r10 - 16) = r1;"
                  "OTHER if r6 > 5 goto l1_%=; r2 = r10; r2 += -16; *(u64 *)(r10 - 8) = r2;"
                  "l1_%=: r0 = 0; READ r3 = *(u64 *)(r10 - 8); r0 = *(u64 *)(r3 + 0);"
                  "l2_%=: exit;")
WHERE_SET = "if r6 > 5 goto l2_%=;"


def spill(read="", other=""):
    return SPILL_ONE_SIDE.replace("READ", read).replace(
        "OTHER", "r1 = 7; *(u64 *)(r10 - 8) = r1;" if other else "")


FILES["merging"] = [
    P("merge_lookup_sites", "socket", two_sites()),
    P("merge_lookup_sites_no_null_check", "socket", two_sites(null_check=False)),
    P("merge_reg_read_where_set", "socket", ONE_SIDE + "r0 = r7; l2_%=: exit;"),
    P("merge_reg_read_after_join", "socket",
      "call %[bpf_get_prandom_u32]; r6 = r0; if r6 > 5 goto l1_%=; r7 = 1;"
      "l1_%=: r0 = r7; exit;"),
    P("ptr_sub32_pkt_end_data", "xdp",
      "r2 = *(u32 *)(r1 + 0); r3 = *(u32 *)(r1 + 4); w3 -= w2; r0 = 0; exit;"),
    P("stale_pkt_spill_kept", "tc", STORE_BYTES + "r0 = 0; exit;"),
    P("merge_spill_read_where_set", "socket", spill(WHERE_SET)),
    P("merge_spill_read_after_join", "socket", spill()),
    P("merge_spill_or_scalar_where_set", "socket", spill(WHERE_SET, other=True)),
    P("merge_spill_or_scalar_after_join", "socket", spill(other=True)),
]

# Loops past `check`'s unrolling bound: decided by induction (SAFE), by a replayed
# counterexample of a late trip (UNSAFE), or not (UNKNOWN: the invariant is not linear).
LOOPS = """
struct big { __u32 v[500]; };
struct small { __u32 v[400]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, struct big); } arr SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, struct small); } arr400 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 100);
         __type(key, int); __type(value, __u64); } arr100 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 1024);
         __type(key, int); __type(value, __u64); } hash1k SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4);
         __type(key, int); __type(value, __u64); } hash4 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4); __uint(map_flags, BPF_F_NO_PREALLOC);
         __type(key, int); __type(value, __u64); } hash4np SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 4);
         __type(key, int); __type(value, int); } jt SEC(".maps");
struct tval { struct bpf_timer t; __u64 n; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 100);
         __type(key, int); __type(value, struct tval); } tarr SEC(".maps");
"""
CB = lambda name, body: P(name, ".text", body, ret="int", static=True)  # noqa: E731


def elem(m):
    """R0 = &m[0] (or the end of the program)."""
    return (f"r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[{m}] ll;"
            "call %[bpf_map_lookup_elem]; if r0 == 0 goto l9_%=;")


def sum_loop(m, n, store=False):
    """for (i = 0; i < n; i++) sum += m->v[i] (or m->v[i] = i)."""
    body = "*(u32 *)(r2 + 0) = r6;" if store else "r1 = *(u32 *)(r2 + 0); r7 += r1;"
    return (elem(m) + "r6 = 0; r7 = 0; l0_%=: r1 = r6; r1 <<= 2; r2 = r0; r2 += r1;" + body +
            f"r6 += 1; if r6 < {n} goto l0_%=; l9_%=: r0 = 0; exit;")


def hash_update_loop(body):
    """for (i = 0; i < 100; i++) hash1k[i] = i, then `body` (i in r6)."""
    return ("r6 = 0; l0_%=: *(u32 *)(r10 - 4) = r6; *(u64 *)(r10 - 16) = r6; r1 = %[hash1k] ll;"
            "r2 = r10; r2 += -4; r3 = r10; r3 += -16; r4 = 0; call %[bpf_map_update_elem];" + body +
            "r6 += 1; if r6 < 100 goto l0_%=; r0 = 0; exit;")


def follow_loop(stop):
    """for (i = 0; i < 500; i++) { if (i < stop) j++; sum += v[j]; }: j <= i is what bounds j."""
    return (elem("arr400") + "r6 = 0; r7 = 0; l0_%=: if r6 >= " + str(stop) + " goto l1_%=; r7 += 1;"
            "l1_%=: r6 += 1; r1 = r7; r1 <<= 2; r2 = r0; r2 += r1; r1 = *(u32 *)(r2 + 0);"
            "if r6 < 500 goto l0_%=; l9_%=: r0 = 0; exit;")


def step_loop(stop):
    """for (i = 0; i != stop; i += 3) sum += v[i]: i % 3 == 0 is what keeps i below stop."""
    return (elem("arr400") + "r6 = 0; l0_%=: r1 = r6; r1 <<= 2; r2 = r0; r2 += r1;"
            "r1 = *(u32 *)(r2 + 0); r6 += 3; if r6 != " + str(stop) + " goto l0_%=; l9_%=: r0 = 0; exit;")


def sk_loop(before_release):
    """50 socket lookups, each released in its trip (unless `before_release` jumps away)."""
    return ("r9 = r1; r6 = 0; l0_%=: r1 = 0; *(u64 *)(r10 - 8) = r1; *(u64 *)(r10 - 16) = r1;"
            "*(u64 *)(r10 - 24) = r1; *(u64 *)(r10 - 32) = r1; *(u64 *)(r10 - 40) = r1; r1 = r9;"
            "r2 = r10; r2 += -40; r3 = 36; r4 = -1; r5 = 0; call %[bpf_sk_lookup_tcp];"
            "if r0 == 0 goto l1_%=;" + before_release + "r1 = r0; call %[bpf_sk_release];"
            "l1_%=: r6 += 1; if r6 < 50 goto l0_%=; r0 = 0; exit;" +
            ("l9_%=: r0 = 0; exit;" if "l9_" in before_release else ""))


def adjust_loop(body):
    """Up to 20 trips of bpf_xdp_adjust_head(ctx, 1), then the first 8 bytes read after a
    bounds check."""
    return ("r6 = r1; r7 = 0; l0_%=: r1 = r6; r2 = 1; call %[bpf_xdp_adjust_head];"
            "if r0 != 0 goto l1_%=;" + body + "r7 += 1; if r7 < 20 goto l0_%=;"
            "l1_%=: r2 = *(u32 *)(r6 + 0); r3 = *(u32 *)(r6 + 4); r4 = r2; r4 += 8;"
            "if r4 > r3 goto l9_%=; r0 = *(u64 *)(r2 + 0); l9_%=: r0 = 2; exit;")


def tail_loop(body, elem_first=False):
    """500 trips (100 without `elem_first`) of bpf_tail_call(ctx, jt, i & 3), then `body`
    (i in r6; r8 = &arr400[0] with `elem_first`)."""
    n = 500 if elem_first else 100
    return ("r9 = r1;" + (elem("arr400") + "r8 = r0;" if elem_first else "") +
            "r6 = 0; l0_%=: r1 = r9; r2 = %[jt] ll; r3 = r6; r3 &= 3; call %[bpf_tail_call];" +
            body + f"r6 += 1; if r6 < {n} goto l0_%=; l9_%=: r0 = 0; exit;")


def timer_loop(cb):
    """For each of the 100 elements of tarr: bpf_timer_init, set_callback(cb), start."""
    return ("r6 = 0; l0_%=: *(u32 *)(r10 - 4) = r6; r2 = r10; r2 += -4; r1 = %[tarr] ll;"
            "call %[bpf_map_lookup_elem]; if r0 == 0 goto l1_%=; r7 = r0;"
            "r1 = r7; r2 = %[tarr] ll; r3 = 1; call %[bpf_timer_init];"
            f"r1 = r7; r2 = %[{cb}] ll; call %[bpf_timer_set_callback];"
            "r1 = r7; r2 = 0; r3 = 0; call %[bpf_timer_start];"
            "l1_%=: r6 += 1; if r6 < 100 goto l0_%=; r0 = 0; exit;")


def sk_carry_loop(before_release):
    """50 socket lookups; each trip releases the socket of the trip before (r8) unless
    `before_release` jumps past that, and the last one is released after the loop."""
    return ("r9 = r1; r6 = 0; r8 = 0; l0_%=: r1 = 0; *(u64 *)(r10 - 8) = r1; *(u64 *)(r10 - 16) = r1;"
            "*(u64 *)(r10 - 24) = r1; *(u64 *)(r10 - 32) = r1; *(u64 *)(r10 - 40) = r1; r1 = r9;"
            "r2 = r10; r2 += -40; r3 = 36; r4 = -1; r5 = 0; call %[bpf_sk_lookup_tcp]; r7 = r0;" +
            before_release + "if r8 == 0 goto l1_%=; r1 = r8; call %[bpf_sk_release];"
            "l1_%=: r8 = r7; r6 += 1; if r6 < 50 goto l0_%=; if r8 == 0 goto l2_%=; r1 = r8;"
            "call %[bpf_sk_release]; l2_%=: r0 = 0; exit;")


HKEY = "r1 = 1; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4;"


def hash_update(m, after):
    """m[1] = 5 (BPF_ANY), then `after` with the result in r0."""
    return (HKEY + "r1 = 5; *(u64 *)(r10 - 16) = r1; r3 = r10; r3 += -16;"
            f"r1 = %[{m}] ll; r4 = 0; call %[bpf_map_update_elem];" + after)


BPF_LOOP = ("call %[bpf_get_prandom_u32]; r1 = r0; r1 &= {mask}; r2 = %[{cb}] ll; r3 = 0;"
            "r4 = 0; call %[bpf_loop]; r0 = 0; exit;")
FOR_EACH = ("r1 = 0; *(u64 *)(r10 - 8) = r1; r1 = %[arr100] ll; r2 = %[{cb}] ll; r3 = r10;"
            "r3 += -8; r4 = 0; call %[bpf_for_each_map_elem]; r0 = *(u64 *)(r10 - 8); r0 = 0; exit;")
# callback(i, ctx): m->v[i] for i up to `limit`
CB_INDEX = (elem("arr400").replace("r1 = 0;", "r6 = r1; r1 = 0;") +
            "if r6 > {limit} goto l9_%=; r6 <<= 2; r0 += r6; r0 = *(u32 *)(r0 + 0); l9_%=: r0 = 0; exit;")
FILES["loops"] = [
    P("loop_sum_500", "socket", sum_loop("arr", 500)),
    P("loop_store_500", "socket", sum_loop("arr", 500, store=True)),
    P("loop_sum_500_of_400", "socket", sum_loop("arr400", 500),
      comment="trip 400 reads past the 1600-byte value"),
    P("loop_stack_counter_500", "socket", elem("arr") +
      "r6 = r0; r1 = 0; *(u64 *)(r10 - 16) = r1; l0_%=: r1 = *(u64 *)(r10 - 16); r2 = r1;"
      "r2 <<= 2; r3 = r6; r3 += r2; r2 = *(u32 *)(r3 + 0); r1 += 1; *(u64 *)(r10 - 16) = r1;"
      "if r1 < 500 goto l0_%=; l9_%=: r0 = 0; exit;"),
    P("loop_pkt_300", "xdp",
      "r2 = *(u32 *)(r1 + 0); r3 = *(u32 *)(r1 + 4); r6 = 0; r7 = 0;"
      "l0_%=: r4 = r2; r4 += r6; r5 = r4; r5 += 1; if r5 > r3 goto l9_%=; r1 = *(u8 *)(r4 + 0);"
      "r7 += r1; r6 += 1; if r6 < 300 goto l0_%=; l9_%=: r0 = 2; exit;"),
    P("loop_pkt_pointer_walk", "xdp",
      "r2 = *(u32 *)(r1 + 0); r3 = *(u32 *)(r1 + 4); r0 = 0; l0_%=: r4 = r2; r4 += 1;"
      "if r4 > r3 goto l9_%=; r1 = *(u8 *)(r2 + 0); r0 += r1; r2 = r4; goto l0_%=; l9_%=: r0 = 2; exit;",
      comment="walks the packet to data_end: safe, but no counter bounds the trips for the verifier"),
    P("loop_squares", "socket", elem("arr") +
      "r6 = 0; r7 = 0; l0_%=: r1 = r7; r1 <<= 2; r2 = r0; r2 += r1; r1 = *(u32 *)(r2 + 0);"
      "r1 = r6; r1 <<= 1; r1 += 1; r7 += r1; r6 += 1; if r6 < 22 goto l0_%=; l9_%=: r0 = 0; exit;",
      comment="reads v[i * i] for i < 22: safe, but only a quadratic invariant says so"),
    CB("cb_index_checked", CB_INDEX.format(limit=399)),
    CB("cb_index_off_by_one", CB_INDEX.format(limit=400)),
    P("bpf_loop_var_index_checked", "socket", BPF_LOOP.format(mask=1023, cb="cb_index_checked")),
    P("bpf_loop_var_index_off_by_one", "socket", BPF_LOOP.format(mask=1023, cb="cb_index_off_by_one"),
      comment="index 400 reads past the 1600-byte value"),
    CB("cb_elem_sum", "r0 = *(u64 *)(r3 + 0); r1 = *(u64 *)(r4 + 0); r1 += r0;"
       "*(u64 *)(r4 + 0) = r1; r0 = 0; exit;"),
    CB("cb_elem_past_value", "r0 = *(u64 *)(r3 + 8); r0 = 0; exit;"),
    P("for_each_100_sum", "socket", FOR_EACH.format(cb="cb_elem_sum")),
    P("for_each_100_past_value", "socket", FOR_EACH.format(cb="cb_elem_past_value"),
      comment="reads 8 bytes past each 8-byte value"),
    # loops whose trips change more than registers, stack and map values
    P("loop_hash_update_100", "socket", hash_update_loop("")),
    P("loop_hash_update_late_oob", "socket", hash_update_loop(
        "r1 = %[hash1k] ll; r2 = r10; r2 += -4; call %[bpf_map_lookup_elem];"
        "if r0 == 0 goto l1_%=; if r6 != 90 goto l1_%=; r0 = *(u64 *)(r0 + 8); l1_%=:"),
      comment="trip 90 reads past the element it inserted"),
    P("loop_hash_delete_100", "socket",
      "r6 = 0; l0_%=: *(u32 *)(r10 - 4) = r6; r1 = %[hash1k] ll; r2 = r10; r2 += -4;"
      "call %[bpf_map_delete_elem]; r6 += 1; if r6 < 100 goto l0_%=; r1 = %[hash1k] ll;"
      "r2 = r10; r2 += -4; call %[bpf_map_lookup_elem]; if r0 == 0 goto l9_%=;"
      "r0 = *(u64 *)(r0 + 0); l9_%=: r0 = 0; exit;"),
    P("loop_sk_lookup_release_50", "tc", sk_loop("")),
    P("loop_sk_lookup_late_leak", "tc", sk_loop("if r6 == 40 goto l9_%=;"),
      comment="trip 40 leaves the loop holding the socket"),
    P("loop_xdp_adjust_head_20", "xdp", adjust_loop("")),
    P("loop_xdp_adjust_head_late_oob", "xdp", adjust_loop(
        "if r7 != 15 goto l2_%=; r2 = *(u32 *)(r6 + 0); r0 = *(u8 *)(r2 + 20); l2_%=:"),
      comment="trip 15 reads the packet unchecked (14 bytes are sure to be there, not 21)"),
    P("loop_counter_follows", "socket", follow_loop(399)),
    P("loop_counter_follows_past_value", "socket", follow_loop(400),
      comment="j reaches 400 at trip 401: v[400] is past the 1600-byte value"),
    P("loop_step_3", "socket", step_loop(402)),
    P("loop_step_3_past_value", "socket", step_loop(405),
      comment="i = 402 at trip 135: v[402] is past the 1600-byte value"),
    CB("cb_hash_sum", "r0 = *(u32 *)(r2 + 0); r1 = *(u64 *)(r3 + 0); r1 += r0;"
       "r0 = *(u64 *)(r4 + 0); r0 += r1; *(u64 *)(r4 + 0) = r0; r0 = 0; exit;"),
    CB("cb_hash_key_past_end", "r0 = *(u64 *)(r2 + 0); r0 = 0; exit;"),
    CB("cb_hash_delete", "call %[bpf_map_delete_elem]; r0 = 0; exit;"),
    P("for_each_hash_sum", "socket", FOR_EACH.replace("arr100", "hash1k").format(cb="cb_hash_sum")),
    P("for_each_hash_key_past_end", "socket",
      FOR_EACH.replace("arr100", "hash1k").format(cb="cb_hash_key_past_end"),
      comment="reads 8 bytes of a 4-byte key"),
    P("for_each_hash_delete", "socket", FOR_EACH.replace("arr100", "hash1k").format(cb="cb_hash_delete")),
    # tail calls in a loop (jt is empty here: tests give it a target, tail_leaf)
    P("tail_leaf", "tc", "r0 = 0; exit;"),
    P("loop_tail_call_100", "tc", tail_loop("")),
    P("loop_tail_call_late_oob", "tc", tail_loop(
        "r1 = r6; r1 <<= 2; r2 = r8; r2 += r1; r1 = *(u32 *)(r2 + 0);", elem_first=True),
      comment="trip 400 reads past the 1600-byte value"),
    # timers set in a loop, on each of 100 elements
    CB("cb_timer_ok", "r0 = *(u64 *)(r3 + 16); r0 = 0; exit;"),
    CB("cb_timer_past_value", "r0 = *(u64 *)(r3 + 24); r0 = 0; exit;"),
    P("loop_timer_start_100", "tc", timer_loop("cb_timer_ok")),
    P("loop_timer_cb_past_value", "tc", timer_loop("cb_timer_past_value"),
      comment="the callback reads 8 bytes past the 24-byte value"),
    # a socket looked up in one trip and released in the next
    P("loop_sk_carry_release_50", "tc", sk_carry_loop("")),
    P("loop_sk_carry_late_leak", "tc", sk_carry_loop("if r6 == 40 goto l1_%=;"),
      comment="trip 40 drops the socket of trip 39 unreleased"),
    # a hash map other users may have filled: an insertion fails with -E2BIG (or -ENOMEM
    # without preallocation)
    P("hash_update_lookup_unchecked", "socket", hash_update("hash4", "") + HKEY +
      "r1 = %[hash4] ll; call %[bpf_map_lookup_elem]; r0 = *(u64 *)(r0 + 0); r0 = 0; exit;",
      comment="NULL when the map was full and the insertion failed"),
    P("hash_update_e2big", "socket", hash_update("hash4", "if w0 != -7 goto l9_%=; r0 = *(u64 *)(r10 + 8);") +
      "l9_%=: r0 = 0; exit;", comment="reads past the frame when the map is full"),
    P("hash_update_enomem", "socket", hash_update("hash4np", "if w0 != -12 goto l9_%=; r0 = *(u64 *)(r10 + 8);") +
      "l9_%=: r0 = 0; exit;", comment="reads past the frame when the allocation fails"),
    P("hash_update_checked", "socket", hash_update("hash4", "if r0 != 0 goto l9_%=;") + HKEY +
      "r1 = %[hash4] ll; call %[bpf_map_lookup_elem]; if r0 == 0 goto l9_%=; r0 = *(u64 *)(r0 + 0);"
      "l9_%=: r0 = 0; exit;"),
    P("loop_hash_update_2000", "socket", hash_update_loop("").replace("100", "2000")),
]

# ---- map types beyond array/hash: redirect maps, sockets, local storage, bloom filter -----------
REDIRECT = """
struct { __uint(type, BPF_MAP_TYPE_DEVMAP); __uint(max_entries, 4);
         __uint(key_size, 4); __uint(value_size, 4); } devs SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_DEVMAP_HASH); __uint(max_entries, 4);
         __uint(key_size, 4); __uint(value_size, 4); } devh SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_CPUMAP); __uint(max_entries, 4);
         __uint(key_size, 4); __uint(value_size, 4); } cpus SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_XSKMAP); __uint(max_entries, 4);
         __uint(key_size, 4); __uint(value_size, 4); } xsks SEC(".maps");
"""
SOCKS = """
struct { __uint(type, BPF_MAP_TYPE_SOCKMAP); __uint(max_entries, 4);
         __uint(key_size, 4); __uint(value_size, 4); } sockm SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_SOCKHASH); __uint(max_entries, 4);
         __uint(key_size, 4); __uint(value_size, 4); } sockh SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_REUSEPORT_SOCKARRAY); __uint(max_entries, 4);
         __uint(key_size, 4); __uint(value_size, 8); } reuse SEC(".maps");
"""
STORAGE = """
struct { __uint(type, BPF_MAP_TYPE_SK_STORAGE); __uint(map_flags, BPF_F_NO_PREALLOC);
         __type(key, int); __type(value, __u64); } sks SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_TASK_STORAGE); __uint(map_flags, BPF_F_NO_PREALLOC);
         __type(key, int); __type(value, __u64); } tasks SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_CGROUP_STORAGE);
         __type(key, struct bpf_cgroup_storage_key); __type(value, __u64); } cgs SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE);
         __type(key, struct bpf_cgroup_storage_key); __type(value, __u64); } pcgs SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_BLOOM_FILTER); __uint(max_entries, 64);
         __type(value, __u32); } bloom SEC(".maps");
"""
KEY0 = "r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4;"
STACK_OOB = "r0 = *(u64 *)(r10 + 8);"        # invalid read from stack: rejected wherever reached


def redirect(m, key, flags, after=""):
    return f"r1 = %[{m}] ll; r2 = {key}; r3 = {flags}; call %[bpf_redirect_map];" + after + "exit;"


def lookup_in(m, after):
    return KEY0 + f"r1 = %[{m}] ll; call %[bpf_map_lookup_elem]; if r0 == 0 goto l0_%=;" + after + \
        "l0_%=: r0 = 0; exit;"


def sock_lookup(m, after):
    """A socket from map m (a reference), then `after` with it in r6."""
    return KEY0 + f"r1 = %[{m}] ll; call %[bpf_map_lookup_elem]; if r0 == 0 goto l0_%=; r6 = r0;" + \
        after + "l0_%=: r0 = 0; exit;"


RELEASE6 = "r1 = r6; call %[bpf_sk_release];"
TUPLE = ("r6 = r1; r1 = 0; *(u64 *)(r10 - 16) = r1; *(u32 *)(r10 - 8) = r1; r1 = r6;"
         "r2 = r10; r2 += -16; r3 = 12; r4 = -1; r5 = 0; call %[bpf_sk_lookup_tcp];"
         "if r0 == 0 goto l0_%=; r7 = r0;")


def sk_storage(after, flags=1):
    return TUPLE + f"r1 = %[sks] ll; r2 = r7; r3 = 0; r4 = {flags}; call %[bpf_sk_storage_get];" \
        "r8 = r0; r1 = r7; call %[bpf_sk_release]; if r8 == 0 goto l0_%=;" + after + \
        "l0_%=: r0 = 0; exit;"


def task_storage(after):
    return "call %[bpf_get_current_task_btf]; r2 = r0; r1 = %[tasks] ll; r3 = 0; r4 = 1;" \
        "call %[bpf_task_storage_get]; if r0 == 0 goto l0_%=;" + after + "l0_%=: r0 = 0; exit;"


def local_storage(m, after, flags=0):
    return f"r1 = %[{m}] ll; r2 = {flags}; call %[bpf_get_local_storage];" + after + \
        "r0 = 1; exit;"


INC = "r1 = *(u64 *)(r0 + 0); r1 += 1; *(u64 *)(r0 + 0) = r1;"
BLOOM_V = "r1 = 5; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[bloom] ll;"
REDIR_HIT = "if r0 != 4 goto l9_%=;" + STACK_OOB + "l9_%=:"
FILES["maps_redirect"] = [
    P("redir_devmap_miss_pass", "xdp", redirect("devs", 0, 2)),
    P("redir_devmap_hit", "xdp", redirect("devs", 0, 2)),
    P("redir_devmap_bad_flags", "xdp", redirect("devs", 0, 0x21)),
    P("redir_devmap_broadcast_miss", "xdp", redirect("devs", 0, 8)),
    P("redir_devmap_index_past_end", "xdp", redirect("devs", 9, 1)),
    P("redir_devmap_hit_then_bad", "xdp", redirect("devs", 0, 2, REDIR_HIT)),
    P("redir_devhash_miss", "xdp", redirect("devh", 7, 3)),
    P("redir_devhash_hit", "xdp", redirect("devh", 7, 3)),
    P("redir_cpumap_miss", "xdp", redirect("cpus", 1, 1)),
    P("redir_cpumap_broadcast", "xdp", redirect("cpus", 1, 8)),
    P("redir_xskmap_miss", "xdp", redirect("xsks", 0, 2)),
    P("redir_xskmap_broadcast", "xdp", redirect("xsks", 0, 8)),
    P("devmap_lookup_read", "xdp", lookup_in("devs", "r0 = *(u32 *)(r0 + 0); exit;")),
    P("devmap_lookup_write", "xdp", lookup_in("devs", "r1 = 1; *(u32 *)(r0 + 0) = r1;")),
    P("devmap_lookup_past_value", "xdp", lookup_in("devs", "r0 = *(u32 *)(r0 + 4); exit;")),
    P("devhash_lookup_read", "xdp", lookup_in("devh", "r0 = *(u32 *)(r0 + 0); exit;")),
    P("xskmap_lookup_read", "xdp", lookup_in("xsks", "r0 = *(u32 *)(r0 + 0); exit;")),
    P("xskmap_lookup_past_end", "xdp", lookup_in("xsks", "r0 = *(u32 *)(r0 + 4); exit;")),
    P("cpumap_lookup", "xdp", lookup_in("cpus", "r0 = 1; exit;")),
]
FILES["maps_sock"] = [
    P("sockmap_lookup_release", "tc", sock_lookup("sockm", RELEASE6)),
    P("sockhash_lookup_release", "tc", sock_lookup("sockh", RELEASE6)),
    P("sockmap_lookup_leak", "tc", sock_lookup("sockm", "")),
    P("sockmap_release_no_null_check", "tc",
      KEY0 + "r1 = %[sockm] ll; call %[bpf_map_lookup_elem]; r1 = r0; call %[bpf_sk_release];"
      "r0 = 0; exit;"),
    P("sockmap_lookup_write", "tc", sock_lookup("sockm", "r1 = 1; *(u32 *)(r6 + 0) = r1;" + RELEASE6)),
    P("sockmap_delete", "tc", KEY0 + "r1 = %[sockm] ll; call %[bpf_map_delete_elem]; exit;"),
    P("sockhash_delete", "tc", KEY0 + "r1 = %[sockh] ll; call %[bpf_map_delete_elem]; exit;"),
    P("sk_skb_redirect_map", "sk_skb/stream_verdict",
      "r2 = %[sockm] ll; r3 = 0; r4 = 0; call %[bpf_sk_redirect_map]; exit;"),
    P("sk_skb_redirect_map_hit_then_bad", "sk_skb/stream_verdict",
      "r2 = %[sockm] ll; r3 = 0; r4 = 0; call %[bpf_sk_redirect_map];"
      "if r0 != 1 goto l9_%=;" + STACK_OOB + "l9_%=: exit;"),
    P("sk_skb_redirect_hash", "sk_skb/stream_verdict",
      "r6 = r1;" + KEY0 + "r3 = r2; r1 = r6; r2 = %[sockh] ll; r4 = 1; call %[bpf_sk_redirect_hash]; exit;"),
    P("sk_skb_redirect_hash_scalar_key", "sk_skb/stream_verdict",
      "r2 = %[sockh] ll; r3 = 0; r4 = 0; call %[bpf_sk_redirect_hash]; exit;"),
    P("msg_redirect_map", "sk_msg",
      "r2 = %[sockm] ll; r3 = 0; r4 = 0; call %[bpf_msg_redirect_map]; exit;"),
    P("msg_redirect_hash", "sk_msg",
      "r6 = r1;" + KEY0 + "r3 = r2; r1 = r6; r2 = %[sockh] ll; r4 = 0; call %[bpf_msg_redirect_hash]; exit;"),
    P("sock_map_update_ops", "sockops",
      "r6 = r1;" + KEY0 + "r3 = r2; r1 = r6; r2 = %[sockm] ll; r4 = 0; call %[bpf_sock_map_update];"
      "r0 = 1; exit;"),
    P("sock_hash_update_ops", "sockops",
      "r6 = r1;" + KEY0 + "r3 = r2; r1 = r6; r2 = %[sockh] ll; r4 = 0; call %[bpf_sock_hash_update];"
      "r0 = 1; exit;"),
    P("sock_map_update_scalar_key", "sockops",
      "r2 = %[sockm] ll; r3 = 0; r4 = 0; call %[bpf_sock_map_update]; r0 = 1; exit;"),
    P("sk_fullsock_release_cast", "tc", TUPLE + "r1 = r7; call %[bpf_sk_fullsock];"
      "if r0 == 0 goto l1_%=; r1 = r0; call %[bpf_sk_release]; goto l0_%=;"
      "l1_%=: r1 = r7; call %[bpf_sk_release]; l0_%=: r0 = 0; exit;"),
    P("sk_fullsock_leak_cast", "tc", TUPLE + "r1 = r7; call %[bpf_sk_fullsock];"
      "if r0 == 0 goto l1_%=; goto l0_%=;"
      "l1_%=: r1 = r7; call %[bpf_sk_release]; l0_%=: r0 = 0; exit;"),
    P("select_reuseport", "sk_reuseport",
      "r6 = r1;" + KEY0 + "r3 = r2; r1 = r6; r2 = %[reuse] ll; r4 = 0; call %[bpf_sk_select_reuseport];"
      "r0 = 1; exit;"),
]
FILES["maps_storage"] = [
    P("sk_storage_get_inc", "tc", sk_storage(INC.replace("r0", "r8"))),
    P("sk_storage_past_value", "tc", sk_storage("r1 = *(u64 *)(r8 + 8);")),
    P("sk_storage_no_null_check", "tc",
      TUPLE + "r1 = %[sks] ll; r2 = r7; r3 = 0; r4 = 1; call %[bpf_sk_storage_get];"
      "r1 = *(u64 *)(r0 + 0); r1 = r7; call %[bpf_sk_release]; l0_%=: r0 = 0; exit;"),
    P("sk_storage_delete", "tc",
      TUPLE + "r1 = %[sks] ll; r2 = r7; call %[bpf_sk_storage_delete]; r1 = r7;"
      "call %[bpf_sk_release]; l0_%=: r0 = 0; exit;"),
    P("task_storage_get_inc", "kprobe/do_nanosleep", task_storage(INC)),
    P("task_storage_past_value", "kprobe/do_nanosleep", task_storage("r1 = *(u64 *)(r0 + 8);")),
    P("task_storage_delete", "kprobe/do_nanosleep",
      "call %[bpf_get_current_task_btf]; r2 = r0; r1 = %[tasks] ll;"
      "call %[bpf_task_storage_delete]; r0 = 0; exit;"),
    P("cgroup_storage_inc", "cgroup_skb/egress", local_storage("cgs", INC)),
    P("cgroup_storage_past_value", "cgroup_skb/egress",
      local_storage("cgs", "r1 = *(u64 *)(r0 + 8);")),
    P("cgroup_storage_flags", "cgroup_skb/egress", local_storage("cgs", INC, flags=1)),
    P("percpu_cgroup_storage_inc", "cgroup_skb/egress", local_storage("pcgs", INC)),
    P("cgroup_storage_value_returned", "cgroup_skb/egress",
      "r1 = %[cgs] ll; r2 = 0; call %[bpf_get_local_storage];" + INC +
      "r0 = *(u64 *)(r0 + 0); r0 &= 1; exit;"),
    P("bloom_push_peek", "tc", BLOOM_V + "r3 = 0; call %[bpf_map_push_elem];" + BLOOM_V +
      "call %[bpf_map_peek_elem]; exit;"),
    P("bloom_peek_empty", "tc", BLOOM_V + "call %[bpf_map_peek_elem]; exit;"),
    P("bloom_push_bad_flags", "tc", BLOOM_V + "r3 = 1; call %[bpf_map_push_elem]; exit;"),
    P("bloom_push_exist_flag", "tc", BLOOM_V + "r3 = 2; call %[bpf_map_push_elem]; exit;"),
    P("bloom_peek_uninit_value", "tc",
      "r2 = r10; r2 += -8; r1 = %[bloom] ll; call %[bpf_map_peek_elem]; exit;"),
    P("bloom_peek_then_bad", "tc", BLOOM_V + "call %[bpf_map_peek_elem];"
      "if r0 != 0 goto l9_%=;" + STACK_OOB + "l9_%=: exit;"),
]
# Linux 6.2+ cgroup storage: labelled on 6.12 only (6.1 cannot create the map); 6.1's headers
# have neither BPF_MAP_TYPE_CGRP_STORAGE (32) nor helpers 210/211, so both are numbers
CGRP = """
struct { __uint(type, 32); __uint(map_flags, BPF_F_NO_PREALLOC);
         __type(key, int); __type(value, __u64); } cgrps SEC(".maps");
"""
CGRP_HEADER = """Linux 6.2+ cgroup storage (BPF_MAP_TYPE_CGRP_STORAGE = 32, helpers 210/211 called by number:
6.1's headers have neither); labelled on 6.12 only (6.1 cannot create the map)."""
MKDIR = "tp_btf/cgroup_mkdir"
CGRP_GET = "r2 = *(u64 *)(r1 + 0); r1 = %[cgrps] ll; r3 = 0; r4 = 1; call 210; if r0 == 0 goto l0_%=;"
K612 = {"k612/maps_cgrp": [
    P("cgrp_storage_get_inc", MKDIR, CGRP_GET + "r1 = *(u64 *)(r0 + 0); r1 += 1;"
      "*(u64 *)(r0 + 0) = r1; l0_%=: r0 = 0; exit;"),
    P("cgrp_storage_past_value", MKDIR, CGRP_GET + "r1 = *(u64 *)(r0 + 8); l0_%=: r0 = 0; exit;"),
    P("cgrp_storage_delete", MKDIR, "r2 = *(u64 *)(r1 + 0); r1 = %[cgrps] ll; call 211; r0 = 0; exit;"),
    P("cgrp_storage_scalar_owner", MKDIR, "r2 = 0; r1 = %[cgrps] ll; call 211; r0 = 0; exit;"),
]}

# ---- the last helpers of 6.1: dynptrs, queue/stack maps, raw syncookies, task_pt_regs, callbacks -
# (labelled as the subdirectory helpers/, so their oracle runs replace only their own rows)
HELPERS = """
struct pair { __u64 a; __u64 b; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, struct pair); } vals SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } rb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_USER_RINGBUF); __uint(max_entries, 4096); } urb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_QUEUE); __uint(max_entries, 2);
         __uint(key_size, 0); __uint(value_size, 8); } q SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_STACK); __uint(max_entries, 2);
         __uint(key_size, 0); __uint(value_size, 8); } stk SEC(".maps");
"""
DYN = "r1 = r10; r1 += -32;"          # the dynptr lives in fp-32 .. fp-17


def reserve_dynptr(size=8, flags=0):
    return f"r1 = %[rb] ll; r2 = {size}; r3 = {flags}; r4 = r10; r4 += -32;" \
        "call %[bpf_ringbuf_reserve_dynptr];"


def release_dynptr(how="submit"):
    return DYN + f"r2 = 0; call %[bpf_ringbuf_{how}_dynptr];"


def dynptr_data(off, size):
    return DYN + f"r2 = {off}; r3 = {size}; call %[bpf_dynptr_data];"


def dynptr_write(off):
    """Writes the u64 7 at `off`."""
    return f"r1 = 7; *(u64 *)(r10 - 40) = r1; {DYN} r2 = {off}; r3 = r10; r3 += -40; r4 = 8;" \
        "r5 = 0; call %[bpf_dynptr_write];"


def dynptr_read(off):
    """Reads 8 bytes at `off` into fp-48."""
    return f"r1 = r10; r1 += -48; r2 = 8; r3 = r10; r3 += -32; r4 = {off}; r5 = 0;" \
        "call %[bpf_dynptr_read];"


VAL = KEY0 + "r1 = %[vals] ll; call %[bpf_map_lookup_elem]; if r0 == 0 goto l9_%=; r7 = r0;"
END9 = "l9_%=: r0 = 0; exit;"


def from_mem(flags=0, where="r1 = r7;"):
    return where + f"r2 = 16; r3 = {flags}; r4 = r10; r4 += -32; call %[bpf_dynptr_from_mem];"


KEEP_R0 = "r6 = r0;"
RET_R6 = "r0 = r6; exit;"
NULL_FLAG = "r6 = 1; if r0 == 0 goto l0_%=; r6 = 0; l0_%=:"
FILES["helpers/maps_dynptr"] = [
    P("dynptr_rb_submit", "tc", reserve_dynptr() + release_dynptr() + "r0 = 0; exit;"),
    P("dynptr_rb_discard_ret", "tc", reserve_dynptr() + KEEP_R0 + release_dynptr("discard") + RET_R6),
    P("dynptr_rb_bad_flags", "tc", reserve_dynptr(flags=1) + KEEP_R0 + release_dynptr("discard") + RET_R6),
    P("dynptr_rb_too_big", "tc", reserve_dynptr(size=8192) + KEEP_R0 + release_dynptr("discard") + RET_R6),
    P("dynptr_rb_leak", "tc", reserve_dynptr() + "r0 = 0; exit;"),
    P("dynptr_rb_double_submit", "tc", reserve_dynptr() + release_dynptr() + release_dynptr() +
      "r0 = 0; exit;"),
    P("dynptr_rb_slice_write", "tc", reserve_dynptr(16) + dynptr_data(0, 8) +
      "if r0 == 0 goto l0_%=; r1 = 1; *(u64 *)(r0 + 0) = r1; l0_%=:" + release_dynptr() + "r0 = 0; exit;"),
    P("dynptr_rb_slice_past_len", "tc", reserve_dynptr(16) + dynptr_data(0, 8) +
      "if r0 == 0 goto l0_%=; r1 = 1; *(u64 *)(r0 + 8) = r1; l0_%=:" + release_dynptr() + "r0 = 0; exit;"),
    P("dynptr_rb_slice_no_null_check", "tc", reserve_dynptr(16) + dynptr_data(0, 8) +
      "r1 = 1; *(u64 *)(r0 + 0) = r1;" + release_dynptr() + "r0 = 0; exit;"),
    P("dynptr_rb_slice_after_submit", "tc", reserve_dynptr(16) + dynptr_data(0, 8) + KEEP_R0 +
      release_dynptr() + "if r6 == 0 goto l0_%=; r1 = 1; *(u64 *)(r6 + 0) = r1; l0_%=: r0 = 0; exit;"),
    P("dynptr_rb_slice_out_of_range", "tc", reserve_dynptr(8) + dynptr_data(4, 8) + NULL_FLAG +
      release_dynptr("discard") + RET_R6),
    P("dynptr_rb_write_read", "tc", reserve_dynptr(16) + dynptr_write(8) + dynptr_read(8) +
      "r6 = *(u64 *)(r10 - 48);" + release_dynptr() + RET_R6),
    P("dynptr_rb_read_past_end", "tc", reserve_dynptr(8) + dynptr_read(4) + KEEP_R0 +
      release_dynptr("discard") + RET_R6),
    P("dynptr_rb_overwritten_submit", "tc", reserve_dynptr() + "r1 = 0; *(u64 *)(r10 - 32) = r1;" +
      release_dynptr() + "r0 = 0; exit;"),
    P("dynptr_uninit_read", "tc", dynptr_read(0) + "r0 = 0; exit;"),
    P("dynptr_uninit_submit", "tc", release_dynptr() + "r0 = 0; exit;"),
    P("dynptr_data_var_len", "tc", "call %[bpf_get_prandom_u32]; r8 = r0; r8 &= 7;" + reserve_dynptr(16) +
      DYN + "r2 = 0; r3 = r8; call %[bpf_dynptr_data];" + release_dynptr("discard") + "r0 = 0; exit;"),
    P("dynptr_mem_write_read", "tc", VAL + from_mem() + dynptr_write(0) + dynptr_read(0) +
      "r0 = *(u64 *)(r10 - 48); exit;" + END9),
    P("dynptr_mem_write_past_end", "tc", VAL + from_mem() + dynptr_write(12) + "exit;" + END9),
    P("dynptr_mem_bad_flags_read", "tc", VAL + from_mem(flags=1) + dynptr_read(0) + "exit;" + END9),
    P("dynptr_mem_slice_aliases_value", "tc", VAL + from_mem() + dynptr_data(8, 8) +
      "if r0 == 0 goto l9_%=; r1 = 3; *(u64 *)(r0 + 0) = r1; r0 = *(u64 *)(r7 + 8); exit;" + END9),
    P("dynptr_mem_slice_past_len", "tc", VAL + from_mem() + dynptr_data(8, 8) +
      "if r0 == 0 goto l9_%=; r0 = *(u64 *)(r0 + 4); exit;" + END9),
    P("dynptr_mem_submit", "tc", VAL + from_mem() + release_dynptr() + END9),
    P("dynptr_mem_overwritten_read", "tc", VAL + from_mem() + "r1 = 0; *(u64 *)(r10 - 24) = r1;" +
      dynptr_read(0) + END9),
    P("dynptr_mem_reinit", "tc", VAL + from_mem() + from_mem() + END9),
    P("dynptr_at_offset", "tc", VAL + "r1 = r7; r2 = 16; r3 = 0; r4 = r10; r4 += -28;"
      "call %[bpf_dynptr_from_mem];" + END9),
]

# 6.12's dynptr slot rules (DYNPTR-612), labelled on both kernels: a store or a new initialisation
# over a local dynptr destroys it and its slices; over a ringbuf one it is refused; a helper's raw
# write may not reach a dynptr; dynptr arguments are numbered from 0; references after the dynptr id
SLICE6 = DYN + "r2 = 0; r3 = 8; call %[bpf_dynptr_data]; if r0 == 0 goto l9_%=; r6 = r0;"
LOAD_BYTES = "r1 = r9; r2 = 0; r3 = r10; r3 += {at}; r4 = 8; call %[bpf_skb_load_bytes];"
FILES["dynptr/dynptr_612"] = [
    P("dyn_store_first_slot_read", "tc", VAL + from_mem() + "r1 = 0; *(u64 *)(r10 - 32) = r1;" +
      dynptr_read(0) + END9),
    P("dyn_store_byte_read", "tc", VAL + from_mem() + "r1 = 0; *(u8 *)(r10 - 20) = r1;" +
      dynptr_read(0) + END9),
    P("dyn_store_then_reinit", "tc", VAL + from_mem() + "r1 = 0; *(u64 *)(r10 - 32) = r1;" +
      from_mem() + dynptr_read(0) + END9),
    P("dyn_reinit_read", "tc", VAL + from_mem() + from_mem() + dynptr_read(0) + END9),
    P("dyn_reinit_shifted", "tc", VAL + from_mem() + "r1 = r7; r2 = 16; r3 = 0; r4 = r10; r4 += -24;"
      "call %[bpf_dynptr_from_mem]; r1 = r10; r1 += -48; r2 = 8; r3 = r10; r3 += -24; r4 = 0;"
      "r5 = 0; call %[bpf_dynptr_read];" + END9),
    P("dyn_reinit_shifted_old_read", "tc", VAL + from_mem() + "r1 = r7; r2 = 16; r3 = 0; r4 = r10;"
      "r4 += -24; call %[bpf_dynptr_from_mem];" + dynptr_read(0) + END9),
    P("dyn_slice_after_store", "tc", VAL + from_mem() + SLICE6 + "r1 = 0; *(u64 *)(r10 - 24) = r1;"
      "r1 = 3; *(u64 *)(r6 + 0) = r1;" + END9),
    P("dyn_slice_after_reinit", "tc", VAL + from_mem() + SLICE6 + from_mem() +
      "r1 = 3; *(u64 *)(r6 + 0) = r1;" + END9),
    P("dyn_slice_after_other_store", "tc", VAL + from_mem() + SLICE6 + "r1 = 0; *(u64 *)(r10 - 40) = r1;"
      "r1 = 3; *(u64 *)(r6 + 0) = r1;" + END9),
    P("dyn_rb_store_second_slot", "tc", reserve_dynptr() + "r1 = 0; *(u64 *)(r10 - 24) = r1;" +
      release_dynptr("discard") + "r0 = 0; exit;"),
    P("dyn_rb_store_byte", "tc", reserve_dynptr() + "r1 = 0; *(u8 *)(r10 - 17) = r1;" +
      release_dynptr("discard") + "r0 = 0; exit;"),
    P("dyn_rb_reinit", "tc", reserve_dynptr() + reserve_dynptr() + release_dynptr("discard") +
      "r0 = 0; exit;"),
    P("dyn_local_then_rb", "tc", VAL + from_mem() + reserve_dynptr() + release_dynptr("discard") + END9),
    P("dyn_rb_then_local", "tc", VAL + reserve_dynptr() + from_mem() + release_dynptr("discard") + END9),
    P("dyn_rb_two_leak", "tc", reserve_dynptr() + "r1 = %[rb] ll; r2 = 8; r3 = 0; r4 = r10; r4 += -64;"
      "call %[bpf_ringbuf_reserve_dynptr];" + release_dynptr("discard") + "r0 = 0; exit;"),
    P("dyn_rb_slice_leak", "tc", reserve_dynptr(16) + dynptr_data(0, 8) + "r0 = 0; exit;"),
    P("dyn_read_at_offset", "tc", VAL + from_mem() + "r1 = r10; r1 += -48; r2 = 8; r3 = r10;"
      "r3 += -28; r4 = 0; r5 = 0; call %[bpf_dynptr_read];" + END9),
    P("dyn_submit_at_offset", "tc", reserve_dynptr() + "r1 = r10; r1 += -28; r2 = 0;"
      "call %[bpf_ringbuf_submit_dynptr]; r0 = 0; exit;"),
    P("dyn_write_uninit", "tc", dynptr_write(0) + "r0 = 0; exit;"),
    P("dyn_data_uninit", "tc", dynptr_data(0, 8) + "r0 = 0; exit;"),
    P("dyn_load_bytes_over_local", "tc", "r9 = r1;" + VAL + from_mem() + LOAD_BYTES.format(at=-32) + END9),
    P("dyn_load_bytes_over_rb", "tc", "r9 = r1;" + reserve_dynptr() + LOAD_BYTES.format(at=-24) +
      release_dynptr("discard") + "r0 = 0; exit;"),
    P("dyn_load_bytes_beside", "tc", "r9 = r1;" + VAL + from_mem() + LOAD_BYTES.format(at=-40) +
      dynptr_read(0) + END9),
    P("dyn_var_store_over_local", "tc", VAL + from_mem() + "call %[bpf_get_prandom_u32]; r0 &= 8;"
      "r1 = r10; r1 += -32; r1 += r0; r2 = 0; *(u64 *)(r1 + 0) = r2;" + dynptr_read(0) + END9),
    P("dyn_var_store_over_rb", "tc", reserve_dynptr() + "call %[bpf_get_prandom_u32]; r0 &= 8;"
      "r1 = r10; r1 += -32; r1 += r0; r2 = 0; *(u64 *)(r1 + 0) = r2;" + release_dynptr("discard") +
      "r0 = 0; exit;"),
]


def push(m, v, flags=0):
    return f"r1 = {v}; *(u64 *)(r10 - 8) = r1; r2 = r10; r2 += -8; r1 = %[{m}] ll; r3 = {flags};" \
        "call %[bpf_map_push_elem];"


def pop(m, op="pop", at=-16):
    return f"r2 = r10; r2 += {at}; r1 = %[{m}] ll; call %[bpf_map_{op}_elem];"


POPPED = "r0 = *(u64 *)(r10 - 16); exit;"
FILES["helpers/maps_queue"] = [
    P("queue_fifo", "tc", push("q", 5) + push("q", 6) + pop("q") + POPPED),
    P("stack_lifo", "tc", push("stk", 5) + push("stk", 6) + pop("stk") + POPPED),
    P("queue_pop_empty", "tc", pop("q") + "exit;"),
    P("stack_peek_empty", "tc", pop("stk", "peek") + "exit;"),
    P("queue_full", "tc", push("q", 5) + push("q", 6) + push("q", 7) + "exit;"),
    P("queue_full_exist", "tc", push("q", 5) + push("q", 6) + push("q", 7, 2) + pop("q") + POPPED),
    P("stack_full_exist", "tc", push("stk", 5) + push("stk", 6) + push("stk", 7, 2) + pop("stk") +
      pop("stk") + POPPED),
    P("queue_bad_flags", "tc", push("q", 5, 1) + "exit;"),
    P("queue_peek_keeps", "tc", push("q", 5) + pop("q", "peek") + pop("q") + "exit;"),
    P("queue_pop_empty_reads_dst", "tc", pop("q") + "r0 = *(u64 *)(r10 - 16); r0 = 0; exit;"),
    P("queue_pop_past_stack", "tc", pop("q", at=-4) + "exit;"),
    P("queue_popped_then_bad", "tc", push("q", 5) + pop("q") +
      "r1 = *(u64 *)(r10 - 16); if r1 != 5 goto l9_%=;" + STACK_OOB + END9),
]
KSYMS = """
struct rq { int cpu; };      /* libbpf compares a struct by kind only */
extern const int bpf_prog_active __ksym;
extern const struct rq runqueues __ksym;
"""
PERCPU = "r1 = %[bpf_prog_active] ll;"
FILES["helpers/helpers_percpu"] = [
    P("this_cpu_ptr_read", KPROBE, PERCPU + "call %[bpf_this_cpu_ptr]; r0 = *(u32 *)(r0 + 0); exit;"),
    P("this_cpu_ptr_past_var", KPROBE, PERCPU + "call %[bpf_this_cpu_ptr]; r0 = *(u32 *)(r0 + 4);"
      "r0 = 0; exit;"),
    P("this_cpu_ptr_write", KPROBE, PERCPU + "call %[bpf_this_cpu_ptr]; r1 = 0; *(u32 *)(r0 + 0) = r1;"
      "r0 = 0; exit;"),
    P("per_cpu_ptr_checked", KPROBE, PERCPU + "r2 = 0; call %[bpf_per_cpu_ptr]; if r0 == 0 goto l0_%=;"
      "r0 = *(u32 *)(r0 + 0); l0_%=: r0 = 0; exit;"),
    P("per_cpu_ptr_unchecked", KPROBE, PERCPU + "r2 = 1; call %[bpf_per_cpu_ptr]; r0 = *(u32 *)(r0 + 0);"
      "r0 = 0; exit;"),
    P("this_cpu_ptr_struct", KPROBE, "r1 = %[runqueues] ll; call %[bpf_this_cpu_ptr];"
      "r0 = *(u32 *)(r0 + 0); r0 = 0; exit;"),
    P("this_cpu_ptr_scalar", KPROBE, "r1 = 0; call %[bpf_this_cpu_ptr]; r0 = 0; exit;"),
    P("percpu_var_direct_read", KPROBE, PERCPU + "r0 = *(u32 *)(r1 + 0); r0 = 0; exit;"),
]
SYN_HDRS = "".join(f"*(u64 *)(r10 - {8 * i}) = r1;" for i in range(1, 9))
FILES["helpers/helpers_misc"] = [
    P("raw_check_syncookie_ipv4", "xdp", "r1 = 0;" + SYN_HDRS + "r1 = r10; r1 += -40; r2 = r10;"
      "r2 += -20; call %[bpf_tcp_raw_check_syncookie_ipv4]; r0 = 2; exit;"),
    P("raw_check_syncookie_ipv4_short", "xdp", "r1 = 0; *(u64 *)(r10 - 8) = r1; r1 = r10; r1 += -8;"
      "r2 = r10; r2 += -8; call %[bpf_tcp_raw_check_syncookie_ipv4]; r0 = 2; exit;"),
    P("raw_check_syncookie_ipv6", "xdp", "r1 = 0;" + SYN_HDRS + "r1 = r10; r1 += -64; r2 = r10;"
      "r2 += -24; call %[bpf_tcp_raw_check_syncookie_ipv6]; r0 = 2; exit;"),
    P("raw_check_syncookie_ipv6_uninit", "xdp", "r1 = r10; r1 += -64; r2 = r10; r2 += -24;"
      "call %[bpf_tcp_raw_check_syncookie_ipv6]; r0 = 2; exit;"),
    P("raw_gen_syncookie_ipv4", "xdp", "r1 = 0;" + SYN_HDRS + "r1 = r10; r1 += -40; r2 = r10;"
      "r2 += -20; r3 = 20; call %[bpf_tcp_raw_gen_syncookie_ipv4]; r0 = 2; exit;"),
    P("task_pt_regs_read", KPROBE, "call %[bpf_get_current_task_btf]; r1 = r0;"
      "call %[bpf_task_pt_regs]; r0 = *(u64 *)(r0 + 0); r0 = 0; exit;"),
    P("task_pt_regs_write", KPROBE, "call %[bpf_get_current_task_btf]; r1 = r0;"
      "call %[bpf_task_pt_regs]; r1 = 0; *(u64 *)(r0 + 0) = r1; r0 = 0; exit;"),
    CB("find_vma_cb_ok", "r0 = 0; exit;"),
    CB("find_vma_cb_reads_ctx", "r0 = *(u64 *)(r3 + 0); r0 = 0; exit;"),
    P("find_vma_ok", KPROBE, "call %[bpf_get_current_task_btf]; r1 = r0; r2 = 0;"
      "r3 = %[find_vma_cb_ok] ll; r4 = 0; r5 = 0; call %[bpf_find_vma]; r0 = 0; exit;"),
    P("find_vma_null_ctx_read", KPROBE, "call %[bpf_get_current_task_btf]; r1 = r0; r2 = 0;"
      "r3 = %[find_vma_cb_reads_ctx] ll; r4 = 0; r5 = 0; call %[bpf_find_vma]; r0 = 0; exit;"),
    CB("drain_cb_ok", "r0 = 0; exit;"),
    CB("drain_cb_reads_ctx", "r0 = *(u64 *)(r2 + 0); r0 = 0; exit;"),
    P("user_ringbuf_drain_ok", "tc", "r1 = %[urb] ll; r2 = %[drain_cb_ok] ll; r3 = 0; r4 = 0;"
      "call %[bpf_user_ringbuf_drain]; exit;"),
    P("user_ringbuf_drain_null_ctx_read", "tc", "r1 = %[urb] ll; r2 = %[drain_cb_reads_ctx] ll;"
      "r3 = 0; r4 = 0; call %[bpf_user_ringbuf_drain]; exit;"),
    CB("drain_cb_slice_checked", "r2 = 0; r3 = 8; call %[bpf_dynptr_data]; if r0 == 0 goto l0_%=;"
       "r0 = *(u64 *)(r0 + 0); l0_%=: r0 = 0; exit;"),
    CB("drain_cb_slice_unchecked", "r2 = 0; r3 = 8; call %[bpf_dynptr_data]; r0 = *(u64 *)(r0 + 0);"
       "r0 = 0; exit;"),
    CB("drain_cb_read", "r3 = r1; r1 = r10; r1 += -8; r2 = 8; r4 = 0; r5 = 0;"
       "call %[bpf_dynptr_read]; r0 = *(u64 *)(r10 - 8); r0 = 0; exit;"),
    *[P(f"user_ringbuf_drain_{cb}", "tc", f"r1 = %[urb] ll; r2 = %[drain_cb_{cb}] ll; r3 = 0;"
        "r4 = 0; call %[bpf_user_ringbuf_drain]; exit;")
      for cb in ("slice_checked", "slice_unchecked", "read")],
]

SOCKOPS = """
struct { __uint(type, BPF_MAP_TYPE_SK_STORAGE); __uint(map_flags, BPF_F_NO_PREALLOC);
         __type(key, int); __type(value, __u64); } sks SEC(".maps");
"""
# the NULL dereference a path of a sock_ops program ends in when `cond` holds of r2
BAD = "r0 = 0; r0 = *(u64 *)(r0 + 0); exit;"
SO_OUT = "l0_%=: r0 = 1; exit;"


def tcp_sock(body: str) -> str:
    """A looked-up socket's bpf_tcp_sock in r0, `body`, then the socket released."""
    return SK_LOOKUP + ("if r0 == 0 goto l0_%=; r7 = r0; r1 = r0; call %[bpf_tcp_sock];"
                        "if r0 == 0 goto l2_%=;" + body + "l2_%=: r1 = r7; call %[bpf_sk_release];"
                        + SO_OUT)


def so_if(load: str, test: str) -> str:
    """r2 = the ctx field `load`, then the bad path unless `test` (a jump to l0) holds."""
    return f"r2 = *(u32 *)(r1 + {load}); {test}; {BAD}" + SO_OUT


# struct bpf_sock_ops as sock_ops_convert_ctx_access fills it (spec/ctx.py SOCK_OPS): the fields'
# kernel ranges (the verifier sees any u32 there, so it rejects the *_range programs that
# check proves safe), the sk pointer (NULL without a full socket), the sock_ops helpers
FILES["sockops/sockops"] = [
    P("so_reads", "sockops",
      "r2 = *(u32 *)(r1 + 0); r2 = *(u32 *)(r1 + 20); r2 = *(u32 *)(r1 + 64);"
      "r2 = *(u32 *)(r1 + 68); r2 = *(u32 *)(r1 + 72); r2 = *(u32 *)(r1 + 76);"
      "r2 = *(u64 *)(r1 + 176); r2 = *(u8 *)(r1 + 212); r2 = *(u32 *)(r1 + 88);"
      "r2 = 7; *(u32 *)(r1 + 4) = r2; r2 = *(u32 *)(r1 + 4); *(u32 *)(r1 + 164) = r2;"
      "r0 = 1; exit;"),
    P("so_remote_port_range", "sockops", so_if(64, "r2 &= 0xffff; if r2 == 0 goto l0_%=")),
    P("so_remote_port_any", "sockops", so_if(64, "r2 >>= 16; if r2 == 0 goto l0_%=")),
    P("so_local_port_range", "sockops", so_if(68, "r2 >>= 16; if r2 == 0 goto l0_%=")),
    P("so_op_range", "sockops", so_if(0, "r2 >>= 8; if r2 == 0 goto l0_%=")),
    P("so_state_range", "sockops", so_if(88, "r2 >>= 8; if r2 == 0 goto l0_%=")),
    P("so_family_range", "sockops", so_if(20, "r2 >>= 16; if r2 == 0 goto l0_%=")),
    P("so_cwnd_no_fullsock_range", "sockops",
      "r2 = *(u32 *)(r1 + 72); if r2 != 0 goto l0_%=;" + so_if(76, "if r2 == 0 goto l0_%=")),
    P("so_cwnd_fullsock_any", "sockops",
      "r2 = *(u32 *)(r1 + 72); if r2 == 0 goto l0_%=;" + so_if(76, "if r2 == 0 goto l0_%=")),
    P("so_sk_checked", "sockops",
      "r2 = *(u64 *)(r1 + 184); if r2 == 0 goto l0_%=; r0 = *(u32 *)(r2 + 4);" + SO_OUT),
    P("so_sk_unchecked", "sockops", "r2 = *(u64 *)(r1 + 184); r0 = *(u32 *)(r2 + 4); r0 = 1; exit;"),
    P("so_sk_past_end", "sockops",
      "r2 = *(u64 *)(r1 + 184); if r2 == 0 goto l0_%=; r0 = *(u32 *)(r2 + 80);" + SO_OUT),
    P("so_sk_no_fullsock_range", "sockops",
      "r2 = *(u32 *)(r1 + 72); if r2 != 0 goto l0_%=; r2 = *(u64 *)(r1 + 184);"
      "if r2 == 0 goto l0_%=;" + BAD + SO_OUT),
    P("so_sk_storage", "sockops",
      "r2 = *(u64 *)(r1 + 184); if r2 == 0 goto l0_%=; r1 = %[sks] ll; r3 = 0; r4 = 1;"
      "call %[bpf_sk_storage_get]; if r0 == 0 goto l0_%=; r1 = *(u64 *)(r0 + 0);" + SO_OUT),
    P("so_setsockopt", "sockops",
      "r6 = r1; r2 = 3; *(u32 *)(r10 - 4) = r2; r1 = r6; r2 = 1; r3 = 12; r4 = r10; r4 += -4;"
      "r5 = 4; call %[bpf_setsockopt]; r0 = 1; exit;"),
    P("so_setsockopt_past_stack", "sockops",
      "r6 = r1; r2 = 3; *(u32 *)(r10 - 4) = r2; r1 = r6; r2 = 1; r3 = 12; r4 = r10; r4 += -4;"
      "r5 = 8; call %[bpf_setsockopt]; r0 = 1; exit;"),
    P("so_getsockopt_read_back", "sockops",
      "r2 = 1; r3 = 12; r4 = r10; r4 += -8; r5 = 8; call %[bpf_getsockopt];"
      "r0 = *(u64 *)(r10 - 8); r0 = 1; exit;"),
    P("so_cb_flags_set", "sockops", "r2 = 1; call %[bpf_sock_ops_cb_flags_set]; r0 = 1; exit;"),
    P("so_sk_tcp_sock_delivered", "sockops",
      "r1 = *(u64 *)(r1 + 184); if r1 == 0 goto l0_%=; call %[bpf_tcp_sock];"
      "if r0 == 0 goto l0_%=; r1 = *(u32 *)(r0 + 100);" + SO_OUT),
    # bpf_tcp_sock's result reads struct bpf_tcp_sock (112 bytes), not the socket's bpf_sock
    P("tcp_sock_bytes_acked", "tc", tcp_sock("r1 = *(u64 *)(r0 + 88);")),
    P("tcp_sock_srtt_any", "tc", tcp_sock("r1 = *(u32 *)(r0 + 4); r1 >>= 16;"
                                          "if r1 == 0 goto l1_%=;" + BAD.replace("exit;", "")
                                          + "l1_%=:")),
    P("tcp_sock_past_end", "tc", tcp_sock("r1 = *(u32 *)(r0 + 112);")),
    # __sk_buff->sk: the socket of the ctx (sock_common_or_null), its fields inputs
    P("skb_sk_family", "tc", "r2 = *(u64 *)(r1 + 168); if r2 == 0 goto l0_%=; r0 = *(u32 *)(r2 + 4);"
      + SO_OUT),
    P("skb_sk_family_any", "tc", "r2 = *(u64 *)(r1 + 168); if r2 == 0 goto l0_%=;"
      "r2 = *(u32 *)(r2 + 4); if r2 != 10 goto l0_%=;" + BAD + SO_OUT),
    P("tcp_sock_after_release", "tc", SK_LOOKUP + "if r0 == 0 goto l0_%=; r7 = r0; r1 = r0;"
      "call %[bpf_tcp_sock]; if r0 == 0 goto l1_%=; r8 = r0; r1 = r7; call %[bpf_sk_release];"
      "r1 = *(u32 *)(r8 + 0); goto l0_%=; l1_%=: r1 = r7; call %[bpf_sk_release];" + SO_OUT),
]

# BPF_PROG_TEST_RUN map contents (a devmap/devmap_hash entry names a device: ifindex 1 is lo)
SIDECARS = {
    "maps_redirect": {"redir_devmap_hit": {"maps": {"devs": {"00000000": "01000000"}}},
                      "redir_devhash_hit": {"maps": {"devh": {"07000000": "01000000"}}},
                      "devmap_lookup_read": {"maps": {"devs": {"00000000": "01000000"}}}},
}
# bpf_skb/xdp_load_bytes and _store_bytes (spec/packet.py): an uninitialised stack read stands
# behind every result the kernel cannot give for any packet (`must`: the only errno; `never`:
# an errno it never returns here; `byte`: what the buffer's first byte is after a failed
# load), so `check` is SAFE only with the kernel's rule. On the default 64-byte packet the
# program returns -r0 * 256 + that byte (or the packet's first byte after a store).
UNINIT = "r0 = *(u64 *)(r10 - 64);"


def pkt_bytes(helper, off, size, must=None, never=None, flags=None, byte=None):
    s = "r6 = r1; r1 = 0x55; *(u64 *)(r10 - 8) = r1;"
    s += f"r1 = r6; r2 = {off}; r3 = r10; r3 += -8; r4 = {size};"
    s += "" if flags is None else f"r5 = {flags};"
    s += f"call %[bpf_{helper}]; r0 = -r0;"
    if must is not None:
        s += f"if r0 == {must} goto l0_%=;" + UNINIT + "l0_%=:"
    if never is not None:
        s += f"if r0 != {never} goto l0_%=;" + UNINIT + "l0_%=:"
    if byte is not None:
        s += (f"r1 = *(u8 *)(r10 - 8); if r0 == 0 goto l1_%=; if r1 == {byte} goto l1_%=;" +
              UNINIT + "l1_%=: r0 <<= 8; r0 += r1;")
    return s + "exit;"


PKT_FIRST = ("r2 = *(u32 *)(r6 + 76); r3 = *(u32 *)(r6 + 80); r4 = r2; r4 += 1;"
             "if r4 > r3 goto l9_%=; r1 = *(u8 *)(r2 + 0); r0 <<= 8; r0 += r1; l9_%=: exit;")
FILES["pktbytes/pktbytes"] = [
    P("xdp_load_bytes_past_end", "xdp", pkt_bytes("xdp_load_bytes", 60, 8, never=14, byte=0x55)),
    P("xdp_load_bytes_off_over_64k", "xdp", pkt_bytes("xdp_load_bytes", 0x10000, 8, must=14,
                                                      byte=0x55)),
    P("xdp_store_bytes_past_end", "xdp", pkt_bytes("xdp_store_bytes", 60, 8, never=14)),
    P("skb_load_bytes_past_end", "tc", pkt_bytes("skb_load_bytes", 60, 8, never=22, byte=0)),
    P("skb_store_bytes_bad_flags", "tc",
      pkt_bytes("skb_store_bytes", 0, 1, must=22, flags=4).replace("exit;", PKT_FIRST)),
    P("skb_store_bytes_known_flags", "tc",
      pkt_bytes("skb_store_bytes", 0, 1, never=22, flags=3).replace("exit;", PKT_FIRST)),
]


# sock_ops_convert_ctx_access in xlate: every field's conversion (sock_common loads, the tcp_sock
# ones behind is_fullsock, the skb ones behind skb != NULL), the scratch register it borrows
# (r9, else r8, else r7) when dst == src or for the sk_txhash store, and the sock_ops helpers'
# kernel functions
_SX_U32 = [8, 12, 16, 24, 28, *range(32, 64, 4), 68, 72, 80, 84, *range(92, 168, 4), 208]
FILES["sockops/soxlate"] = [
    P("sx_fields", "sockops", "".join(f"r2 = *(u32 *)(r1 + {o});" for o in _SX_U32) +
      "r2 = *(u64 *)(r1 + 168); r2 = *(u64 *)(r1 + 184); r2 = *(u16 *)(r1 + 212);"
      "r2 = *(u32 *)(r1 + 212); r0 = 1; exit;"),
    P("sx_skb_data", "sockops", "r2 = *(u64 *)(r1 + 192); r2 = *(u64 *)(r1 + 200); r0 = 1; exit;"),
    P("sx_same_reg_field", "sockops", "r1 = *(u32 *)(r1 + 76); r0 = 1; exit;"),
    P("sx_same_reg_u64", "sockops", "r1 = *(u64 *)(r1 + 168); r0 = 1; exit;"),
    P("sx_same_reg_state", "sockops", "r1 = *(u32 *)(r1 + 88); r0 = 1; exit;"),
    P("sx_r9_dst", "sockops", "r9 = *(u32 *)(r1 + 80); r0 = 1; exit;"),
    P("sx_r9_same", "sockops", "r9 = r1; r9 = *(u32 *)(r9 + 92); r0 = 1; exit;"),
    P("sx_r9_r8", "sockops", "r9 = r1; r8 = *(u32 *)(r9 + 96); r0 = 1; exit;"),
    P("sx_r8_same_r9_sk", "sockops", "r8 = r1; r8 = *(u64 *)(r8 + 184); r0 = 1; exit;"),
    P("sx_sk_r9_same", "sockops", "r9 = r1; r9 = *(u64 *)(r9 + 184); r0 = 1; exit;"),
    P("sx_txhash_store_r9", "sockops", "r9 = r1; r8 = 3; *(u32 *)(r9 + 164) = r8; r0 = 1; exit;"),
    P("sx_txhash_store_src9", "sockops", "r9 = 3; *(u32 *)(r1 + 164) = r9; r0 = 1; exit;"),
    P("sx_helpers", "sockops",
      "r6 = r1; call %[bpf_get_socket_cookie]; r1 = r6; call %[bpf_get_netns_cookie];"
      "r1 = r6; r2 = 4; r3 = 0; call %[bpf_reserve_hdr_opt]; r2 = 0; *(u64 *)(r10 - 8) = r2;"
      "r1 = r6; r2 = r10; r2 += -8; r3 = 8; r4 = 0; call %[bpf_load_hdr_opt];"
      "r1 = r6; r2 = r10; r2 += -8; r3 = 4; r4 = 0; call %[bpf_store_hdr_opt];"
      "r1 = r6; r2 = 0; call %[bpf_sock_ops_cb_flags_set]; r0 = 1; exit;"),
]
# ST (an immediate store) into reply / sk_txhash: 6.12 converts it (BPF_EMIT_STORE), 6.1 refuses
# it; raw programs (clang's asm has no ST)
RAW = {f"sockops/{name}.sockops.raw": encode([
    Insn.make(BPF_ST | BPF_MEM | BPF_W, 1, 0, off, 5), Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, 0, 0, 0, 1),
    Insn.make(BPF_JMP | BPF_EXIT)]) for name, off in (("sx_st_reply", 4), ("sx_st_txhash", 164))}

# an LPM trie without room for a new key: -ENOSPC (trie_check_add_elem), not a hash map's -E2BIG
LPM = """
struct lpm_key { __u32 prefixlen; __u32 data; };
struct { __uint(type, BPF_MAP_TYPE_LPM_TRIE); __uint(max_entries, 1);
         __uint(map_flags, BPF_F_NO_PREALLOC); __type(key, struct lpm_key);
         __type(value, __u64); } trie SEC(".maps");
"""
LPM_UPDATE = ("r1 = %[trie] ll; r2 = r10; r2 += -8; r3 = r10; r3 += -16; r4 = 0;"
              "call %[bpf_map_update_elem];")
FILES["maps_lpm/maps_lpm"] = [
    P("lpm_full", "socket",
      "r1 = 32; *(u32 *)(r10 - 8) = r1; r1 = 1; *(u32 *)(r10 - 4) = r1; r1 = 0;"
      "*(u64 *)(r10 - 16) = r1;" + LPM_UPDATE + "r6 = r0; r1 = 2; *(u32 *)(r10 - 4) = r1;" +
      LPM_UPDATE + "r0 = -r0; r0 <<= 8; r0 -= r6; exit;",
      comment="the second key finds no room: retval -ENOSPC << 8"),
]


# an LRU hash map takes its node (prealloc_lru_pop) before check_flags: in a full map the pop
# drops an element even when the key is present or the update then fails
LRU = """
struct { __uint(type, BPF_MAP_TYPE_LRU_HASH); __uint(max_entries, 1);
         __type(key, __u32); __type(value, __u64); } lru1 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_LRU_HASH); __uint(max_entries, 2);
         __type(key, __u32); __type(value, __u64); } lru2 SEC(".maps");
"""


def lru_update(m: str, key: int, flags: int) -> str:
    return (f"r1 = {key}; *(u32 *)(r10 - 4) = r1; r1 = 0; *(u64 *)(r10 - 16) = r1;"
            f"r1 = %[{m}] ll; r2 = r10; r2 += -4; r3 = r10; r3 += -16; r4 = {flags};"
            "call %[bpf_map_update_elem];")


def lru_gone(m: str, key: int) -> str:
    """r0 = -r0 << 8 of the update before, plus 1 when `key` is gone, minus the first r6."""
    return (f"r0 = -r0; r7 = r0; r7 <<= 8; r1 = {key}; *(u32 *)(r10 - 4) = r1; r1 = %[{m}] ll;"
            "r2 = r10; r2 += -4; call %[bpf_map_lookup_elem]; if r0 != 0 goto l0_%=; r7 += 1;"
            "l0_%=:; r0 = r7; r0 -= r6; exit;")


FILES["maps_lru/maps_lru"] = [
    P("lru_exist_drops_itself", "socket",
      lru_update("lru1", 1, 0) + "r6 = r0;" + lru_update("lru1", 1, 2) + lru_gone("lru1", 1),
      comment="BPF_EXIST on a present key of a full LRU map: the node pop (before check_flags) "
              "drops the key itself: retval -ENOENT << 8 | 1"),
    P("lru_noexist_fails_drops_other", "socket",
      lru_update("lru2", 1, 0) + "r6 = r0;" + lru_update("lru2", 2, 0) + "r6 |= r0;"
      "r1 = 2; *(u32 *)(r10 - 4) = r1; r1 = %[lru2] ll; r2 = r10; r2 += -4;"
      "call %[bpf_map_lookup_elem];" + lru_update("lru2", 2, 1) + lru_gone("lru2", 1),
      comment="a failing BPF_NOEXIST in a full LRU map still drops the unreferenced key 1: "
              "retval -EEXIST << 8 | 1"),
]

PRELUDES = {"generic": GENERIC, "ringbuf": RINGBUF, "merging": GENERIC, "loops": LOOPS,
            "maps_redirect": REDIRECT, "maps_sock": SOCKS, "maps_storage": STORAGE,
            "sockops/sockops": SOCKOPS, "sockops/soxlate": "",
            "pktbytes/pktbytes": "", "maps_lpm/maps_lpm": LPM, "maps_lru/maps_lru": LRU,
            **dict.fromkeys(("helpers/maps_dynptr", "helpers/maps_queue", "helpers/helpers_misc",
                             "dynptr/dynptr_612"),
                            HELPERS), "helpers/helpers_percpu": KSYMS}
MAP_NAMES = {"vals", "rb", "arr", "arr400", "arr100", "hash1k", "hash4", "hash4np", "jt", "tarr", "devs", "devh", "cpus", "xsks", "sockm",
             "sockh", "reuse", "sks", "tasks", "cgs", "pcgs", "bloom", "urb", "q", "stk",
             "bpf_prog_active", "runqueues", "trie", "lru1", "lru2"}


def main():
    for name, progs in FILES.items():
        (HERE / name).parent.mkdir(parents=True, exist_ok=True)
        emit_c(HERE / f"{name}.c", PRELUDES[name], progs, addr_names=MAP_NAMES)
    for name, progs in K612.items():
        (HERE / name).parent.mkdir(parents=True, exist_ok=True)
        emit_c(HERE / f"{name}.c", CGRP, progs, addr_names={"cgrps"}, header=CGRP_HEADER)
    for name, raw in RAW.items():
        (HERE / name).write_bytes(raw)
    for name, side in SIDECARS.items():
        (HERE / f"{name}.oracle.json").write_text(json.dumps(side, indent=1, sort_keys=True) + "\n")
    print(f"engines: {sum(len(v) for v in FILES.values())} C programs")


if __name__ == "__main__":
    main()
