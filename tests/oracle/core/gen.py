"""Generate the core-rule test programs (selftest-style C) for the 6.1 oracle.

Run from anywhere: ``python tests/oracle/core/gen.py``; then label with
``LOG_LEVEL=5 ../shared/oracle/run.sh tests/oracle/core /tmp/oc`` and
``python tests/oracle_labels.py build core /tmp/oc``.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from oracle_labels import Prog as P, emit_c, write_raw  # noqa: E402


def raw(op, dst=0, src=0, off=0, imm=0):
    """One instruction as an assembler .8byte (for encodings clang 14 will not emit)."""
    v = op | (dst << 8) | (src << 12) | ((off & 0xFFFF) << 16) | ((imm & 0xFFFFFFFF) << 32)
    return f".8byte 0x{v:016x}"


PRELUDE = """
struct val48 { __u64 a[6]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4);
         __type(key, int); __type(value, struct val48); } arr SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 16);
         __type(key, int); __type(value, __u64); } hmap SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 2);
         __type(key, int); __type(value, int); } progs SEC(".maps");
"""
MAPS = {"arr", "hmap", "progs"}
LOOKUP = "r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[arr] ll; call %[bpf_map_lookup_elem];"
ACC = "r0 = 0; exit;"

FILES = {}

FILES["regs"] = [
    P("uninit_r2_read", "socket", "r0 = r2; exit;"),
    P("uninit_r0_exit", "socket", "exit;"),
    P("uninit_r1_after_call", "socket", "call %[bpf_get_prandom_u32]; r0 = r1; exit;"),
    P("uninit_r5_after_call", "socket", "call %[bpf_ktime_get_ns]; r0 = r5; exit;"),
    P("uninit_r3_store", "socket", "*(u64 *)(r10 - 8) = r3;" + ACC),
    P("uninit_r4_cond", "socket", "r0 = 0; if r4 > 0 goto l0_%=; l0_%=: exit;"),
    P("callee_saved_survives", "socket", "r6 = 7; call %[bpf_get_prandom_u32]; r0 = r6; exit;"),
    P("r0_set_by_helper", "socket", "call %[bpf_get_prandom_u32]; exit;"),
    P("r1_ctx_at_entry", "socket", "r0 = *(u32 *)(r1 + 0); exit;"),
    P("write_r10_mov", "socket", "r10 = 0;" + ACC),
    P("write_r10_add", "socket", "r10 += 8;" + ACC),
    P("write_r10_alu32", "socket", "w10 = 1;" + ACC),
    P("reg_r11_invalid", "socket", raw(0xB7, dst=11, imm=1) + ";" + ACC),
    P("uninit_r6_in_subprog", "socket", "call sub_read_r6; exit;"),
    P("sub_read_r6", ".text", "r0 = r6; exit;", ret="int", static=True),
    P("uninit_r2_after_subprog", "socket", "r2 = 1; call sub_ret0; r0 = r2; exit;"),
    P("args_passed_to_subprog", "socket", "r1 = 3; r2 = 4; call sub_add12; exit;"),
    P("sub_ret0", ".text", "r0 = 0; exit;", ret="int", static=True),
    P("sub_add12", ".text", "r0 = r1; r0 += r2; exit;", ret="int", static=True),
]

FILES["stack"] = [
    P("stack_write_min_ok", "socket", "r1 = 0; *(u64 *)(r10 - 512) = r1;" + ACC),
    P("stack_write_below", "socket", "r1 = 0; *(u64 *)(r10 - 520) = r1;" + ACC),
    P("stack_write_at_fp", "socket", "r1 = 0; *(u8 *)(r10 + 0) = r1;" + ACC),
    P("stack_write_straddle_fp", "socket", "r1 = 0; *(u64 *)(r10 - 4) = r1;" + ACC),
    P("stack_write_misaligned", "socket", "r1 = 0; *(u32 *)(r10 - 6) = r1;" + ACC),
    P("stack_read_uninit", "socket", "r0 = *(u64 *)(r10 - 8); exit;"),
    P("stack_read_uninit_u8", "socket", "r0 = *(u8 *)(r10 - 1); exit;"),
    P("stack_read_partial_init", "socket", "r1 = 0; *(u32 *)(r10 - 8) = r1; r0 = *(u64 *)(r10 - 8); exit;"),
    P("stack_read_beyond_alloc", "socket", "r1 = 0; *(u64 *)(r10 - 8) = r1; r0 = *(u64 *)(r10 - 16); exit;"),
    P("stack_read_init_ok", "socket", "r1 = 42; *(u64 *)(r10 - 8) = r1; r0 = *(u64 *)(r10 - 8); exit;"),
    P("stack_read_above_fp", "socket", "r0 = *(u64 *)(r10 + 8); exit;"),
    P("stack_spill_fill_ctx_ok", "socket", "*(u64 *)(r10 - 8) = r1; r2 = *(u64 *)(r10 - 8); r0 = *(u32 *)(r2 + 0); exit;"),
    P("stack_partial_fill_ptr", "socket", "*(u64 *)(r10 - 8) = r1; r0 = *(u32 *)(r10 - 8); exit;"),
    P("stack_partial_spill_ptr", "socket", "*(u32 *)(r10 - 8) = r1;" + ACC),
    P("stack_var_off_read_ok", "socket",
      "r1 = 0; *(u64 *)(r10 - 16) = r1; *(u64 *)(r10 - 8) = r1; call %[bpf_get_prandom_u32]; r0 &= 7;"
      "r1 = r10; r1 += -16; r1 += r0; r0 = *(u8 *)(r1 + 0); exit;"),
    P("stack_var_off_read_uninit", "socket",
      "r1 = 0; *(u64 *)(r10 - 8) = r1; call %[bpf_get_prandom_u32]; r0 &= 7;"
      "r1 = r10; r1 += -16; r1 += r0; r0 = *(u8 *)(r1 + 0); exit;"),
    P("stack_unbounded_var_off", "socket",
      "call %[bpf_get_prandom_u32]; r1 = r10; r1 += r0; r0 = 0; *(u8 *)(r1 + 0) = r0; exit;"),
    P("stack_helper_uninit_key", "socket",
      "r2 = r10; r2 += -4; r1 = %[arr] ll; call %[bpf_map_lookup_elem];" + ACC),
    P("stack_helper_key_ok", "socket", LOOKUP + ACC),
    P("stack_helper_oob_size", "tc",
      "r2 = 0; r3 = r10; r3 += -8; r4 = 16; call %[bpf_skb_load_bytes];" + ACC),
    P("stack_helper_ok_size", "tc",
      "r2 = 0; r3 = r10; r3 += -16; r4 = 16; call %[bpf_skb_load_bytes]; r0 = *(u8 *)(r10 - 4); exit;"),
]

FILES["mapval"] = [
    P("mv_u64_last_ok", "socket", LOOKUP + "if r0 == 0 goto l0_%=; r1 = *(u64 *)(r0 + 40); l0_%=:" + ACC),
    P("mv_u64_one_past", "socket", LOOKUP + "if r0 == 0 goto l0_%=; r1 = *(u64 *)(r0 + 41); l0_%=:" + ACC),
    P("mv_u8_last_ok", "socket", LOOKUP + "if r0 == 0 goto l0_%=;" + raw(0x72, dst=0, off=47, imm=1) + "; l0_%=:" + ACC),
    P("mv_u8_at_size", "socket", LOOKUP + "if r0 == 0 goto l0_%=;" + raw(0x72, dst=0, off=48, imm=1) + "; l0_%=:" + ACC),
    P("mv_u32_straddle_end", "socket", LOOKUP + "if r0 == 0 goto l0_%=; r1 = *(u32 *)(r0 + 46); l0_%=:" + ACC),
    P("mv_neg_off", "socket", LOOKUP + "if r0 == 0 goto l0_%=; r1 = *(u64 *)(r0 - 8); l0_%=:" + ACC),
    P("mv_ptr_add_then_edge_ok", "socket", LOOKUP + "if r0 == 0 goto l0_%=; r0 += 32; r1 = *(u64 *)(r0 + 8); l0_%=:" + ACC),
    P("mv_ptr_add_then_over", "socket", LOOKUP + "if r0 == 0 goto l0_%=; r0 += 44; r1 = *(u64 *)(r0 + 0); l0_%=:" + ACC),
    P("mv_var_bounded_ok", "socket",
      LOOKUP + "if r0 == 0 goto l0_%=; r6 = r0; call %[bpf_get_prandom_u32]; r0 &= 31; r6 += r0;"
      "r1 = *(u64 *)(r6 + 8); l0_%=:" + ACC),
    P("mv_var_bounded_over", "socket",
      LOOKUP + "if r0 == 0 goto l0_%=; r6 = r0; call %[bpf_get_prandom_u32]; r0 &= 31; r6 += r0;"
      "r1 = *(u64 *)(r6 + 16); l0_%=:" + ACC),
    P("mv_var_unknown_scalar", "socket",
      LOOKUP + "if r0 == 0 goto l0_%=; r6 = r0; call %[bpf_get_prandom_u32]; r6 += r0;"
      "r1 = *(u64 *)(r6 + 0); l0_%=:" + ACC),
    P("mv_var_rsh_unbounded", "socket",
      LOOKUP + "if r0 == 0 goto l0_%=; r6 = r0; call %[bpf_get_prandom_u32]; r0 <<= 32; r0 >>= 1; r6 += r0;"
      "r1 = *(u64 *)(r6 + 0); l0_%=:" + ACC),
    P("mv_var_u32_unbounded", "socket",
      LOOKUP + "if r0 == 0 goto l0_%=; r6 = r0; call %[bpf_get_prandom_u32]; w0 = w0; r6 += r0;"
      "r1 = *(u8 *)(r6 + 0); l0_%=:" + ACC),
    P("mv_var_negative_min", "socket",
      LOOKUP + "if r0 == 0 goto l0_%=; r6 = r0; call %[bpf_get_prandom_u32]; if r0 s> 8 goto l0_%=;"
      "if r0 s< -8 goto l0_%=; r6 += r0; r1 = *(u8 *)(r6 + 8); l0_%=:" + ACC),
    P("mv_var_negative_min_off0", "socket",
      LOOKUP + "if r0 == 0 goto l0_%=; r6 = r0; call %[bpf_get_prandom_u32]; if r0 s> 8 goto l0_%=;"
      "if r0 s< -8 goto l0_%=; r6 += r0; r1 = *(u8 *)(r6 + 0); l0_%=:" + ACC),
    P("mv_var_checked_max_ok", "socket",
      LOOKUP + "if r0 == 0 goto l0_%=; r6 = r0; call %[bpf_get_prandom_u32]; if r0 > 40 goto l0_%=;"
      "r6 += r0; r1 = *(u64 *)(r6 + 0); l0_%=:" + ACC),
    P("mv_var_checked_max_off_by_one", "socket",
      LOOKUP + "if r0 == 0 goto l0_%=; r6 = r0; call %[bpf_get_prandom_u32]; if r0 > 41 goto l0_%=;"
      "r6 += r0; r1 = *(u64 *)(r6 + 0); l0_%=:" + ACC),
    P("mv_helper_value_ok", "socket",
      LOOKUP + "if r0 == 0 goto l0_%=; r2 = r10; r2 += -4; r3 = r0; r1 = %[hmap] ll; r4 = 0; call %[bpf_map_update_elem]; l0_%=:" + ACC),
    P("mv_direct_value_ld", "socket", "r1 = %[arr] ll; r0 = 0; exit;"),
    P("mv_hash_value_read_ok", "tc",
      "r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[hmap] ll; call %[bpf_map_lookup_elem];"
      "if r0 == 0 goto l0_%=; r0 = *(u64 *)(r0 + 0); exit; l0_%=:" + ACC),
    P("mv_hash_value_over", "tc",
      "r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[hmap] ll; call %[bpf_map_lookup_elem];"
      "if r0 == 0 goto l0_%=; r0 = *(u64 *)(r0 + 4); exit; l0_%=:" + ACC),
]

FILES["null"] = [
    P("null_deref_before_check", "socket", LOOKUP + "r1 = *(u64 *)(r0 + 0);" + ACC),
    P("null_arith_before_check", "socket", LOOKUP + "r0 += 8; if r0 == 0 goto l0_%=; l0_%=:" + ACC),
    P("null_jmp32_check", "socket", LOOKUP + "if w0 == 0 goto l0_%=; r1 = *(u64 *)(r0 + 0); l0_%=:" + ACC),
    P("null_reg_compare", "socket", LOOKUP + "r1 = 0; if r0 == r1 goto l0_%=; r1 = *(u64 *)(r0 + 0); l0_%=:" + ACC),
    P("null_check_ne_ok", "socket", LOOKUP + "if r0 != 0 goto l0_%=; exit; l0_%=: r0 = *(u64 *)(r0 + 0); r0 = 0; exit;"),
    P("null_check_copy_ok", "socket", LOOKUP + "r6 = r0; if r0 == 0 goto l0_%=; r1 = *(u64 *)(r6 + 0); l0_%=:" + ACC),
    P("null_check_other_lookup", "socket",
      LOOKUP + "r6 = r0;" + LOOKUP + "if r0 == 0 goto l0_%=; r1 = *(u64 *)(r6 + 0); l0_%=:" + ACC),
    P("null_as_helper_arg", "socket",
      LOOKUP + "r3 = r0; r2 = r10; r2 += -4; r1 = %[hmap] ll; r4 = 0; call %[bpf_map_update_elem];" + ACC),
    P("null_check_gt_zero", "socket", LOOKUP + "if r0 > 0 goto l1_%=;" + ACC + "l1_%=: r1 = *(u64 *)(r0 + 0);" + ACC),
    P("null_return_maybe_null", "socket", LOOKUP + "exit;"),
    P("null_branch_is_zero", "socket", LOOKUP + "if r0 != 0 goto l0_%=; exit; l0_%=:" + ACC),
]

FILES["ptr"] = [
    P("ptr_alu32_add", "socket", "r1 = r10; w1 += 8;" + ACC),
    P("ptr_and", "socket", "r1 = r10; r1 &= 7;" + ACC),
    P("ptr_or", "socket", "r1 = r10; r1 |= 7;" + ACC),
    P("ptr_mul", "socket", "r1 = r10; r1 *= 2;" + ACC),
    P("ptr_lsh", "socket", "r1 = r10; r1 <<= 1;" + ACC),
    P("ptr_plus_ptr", "socket", "r1 = r10; r2 = r10; r1 += r2;" + ACC),
    P("ptr_minus_ptr_ok", "socket", "r1 = r10; r2 = r10; r2 += -8; r1 -= r2; r0 = r1; exit;"),
    P("scalar_minus_ptr", "socket", "r0 = 0; r0 -= r10; exit;"),
    P("ptr_neg", "socket", "r1 = r10; r1 = -r1;" + ACC),
    P("ptr_bswap", "socket", "r1 = r10; r1 = be64 r1;" + ACC),
    P("fp_sub_imm", "socket", "r1 = r10; r1 -= 8; r2 = 0; *(u64 *)(r1 + 0) = r2;" + ACC),
    P("fp_sub_reg", "socket", "r1 = r10; r2 = 8; r1 -= r2; r2 = 0; *(u64 *)(r1 + 0) = r2;" + ACC),
    P("fp_add_neg_ok", "socket", "r1 = r10; r1 += -8; r2 = 0; *(u64 *)(r1 + 0) = r2;" + ACC),
    P("fp_add_huge", "socket", "r1 = r10; r1 += 0x20000000;" + ACC),
    P("ctx_modified_deref", "socket", "r1 += 4; r0 = *(u32 *)(r1 + 0); exit;"),
    P("ctx_modified_back_ok", "socket", "r1 += 4; r1 += -4; r0 = *(u32 *)(r1 + 0); exit;"),
    P("map_ptr_arith", "socket", "r1 = %[arr] ll; r1 += 8;" + ACC),
    P("pkt_end_arith", "tc", "r2 = *(u32 *)(r1 + 80); r2 += 1;" + ACC),
    P("ptr_mov32", "socket", "w0 = w10; exit;"),
    P("ptr_return_fp", "socket", "r0 = r10; exit;"),
    P("ptr_store_to_stack_ok", "socket", "r1 = r10; *(u64 *)(r10 - 8) = r1;" + ACC),
    P("ptr_cmp_ok", "socket", "r1 = r10; r2 = r10; if r1 == r2 goto l0_%=; l0_%=:" + ACC),
]

FILES["ctx"] = [
    P("skb_len_ok", "socket", "r0 = *(u32 *)(r1 + 0); exit;"),
    P("skb_len_u8_narrow_ok", "socket", "r0 = *(u8 *)(r1 + 0); exit;"),
    P("skb_len_u64_wide", "socket", "r0 = *(u64 *)(r1 + 0); exit;"),
    P("skb_mark_write_socket", "socket", "r2 = 1; *(u32 *)(r1 + 8) = r2;" + ACC),
    P("skb_mark_write_tc_ok", "tc", "r2 = 1; *(u32 *)(r1 + 8) = r2;" + ACC),
    P("skb_mark_st_tc", "tc", raw(0x62, dst=1, off=8, imm=1) + ";" + ACC),
    P("skb_data_socket", "socket", "r0 = *(u32 *)(r1 + 76); r0 = 0; exit;"),
    P("skb_data_tc_ok", "tc", "r0 = *(u32 *)(r1 + 76); r0 = 0; exit;"),
    P("skb_past_end", "tc", "r0 = *(u32 *)(r1 + 200); exit;"),
    P("skb_misaligned_field", "tc", "r0 = *(u32 *)(r1 + 2); exit;"),
    P("skb_cb_rw_ok", "socket", "r2 = 5; *(u32 *)(r1 + 48) = r2; r0 = *(u32 *)(r1 + 48); exit;"),
    P("xdp_fields_ok", "xdp", "r2 = *(u32 *)(r1 + 0); r3 = *(u32 *)(r1 + 4); r4 = *(u32 *)(r1 + 12); r0 = 2; exit;"),
    P("xdp_past_end", "xdp", "r2 = *(u32 *)(r1 + 24); r0 = 2; exit;"),
    P("xdp_write_data", "xdp", "r2 = 0; *(u32 *)(r1 + 0) = r2; r0 = 2; exit;"),
    P("ctx_atomic_add", "tc", "r2 = 1; lock *(u32 *)(r1 + 8) += r2;" + ACC),
]

PKT_TC = "r2 = *(u32 *)(r1 + 76); r3 = *(u32 *)(r1 + 80);"
PKT_XDP = "r2 = *(u32 *)(r1 + 0); r3 = *(u32 *)(r1 + 4);"
FILES["pkt"] = [
    P("pkt_tc_checked_ok", "tc", PKT_TC + "r0 = 0; r4 = r2; r4 += 14; if r4 > r3 goto l0_%=; r0 = *(u8 *)(r2 + 12); l0_%=: exit;"),
    P("pkt_tc_no_check", "tc", PKT_TC + "r0 = *(u8 *)(r2 + 0); exit;"),
    P("pkt_tc_off_by_one", "tc", PKT_TC + "r0 = 0; r4 = r2; r4 += 14; if r4 > r3 goto l0_%=; r0 = *(u8 *)(r2 + 14); l0_%=: exit;"),
    P("pkt_tc_u16_straddle", "tc", PKT_TC + "r0 = 0; r4 = r2; r4 += 14; if r4 > r3 goto l0_%=; r0 = *(u16 *)(r2 + 13); l0_%=: exit;"),
    P("pkt_tc_reversed_cmp_ok", "tc", PKT_TC + "r0 = 0; r4 = r2; r4 += 14; if r3 < r4 goto l0_%=; r0 = *(u8 *)(r2 + 13); l0_%=: exit;"),
    P("pkt_tc_wrong_branch", "tc", PKT_TC + "r0 = 0; r4 = r2; r4 += 14; if r4 > r3 goto l0_%=; exit; l0_%=: r0 = *(u8 *)(r2 + 0); exit;"),
    P("pkt_tc_write_ok", "tc", PKT_TC + "r4 = r2; r4 += 14; if r4 > r3 goto l0_%=; r5 = 0; *(u8 *)(r2 + 0) = r5; l0_%=:" + ACC),
    P("pkt_xdp_checked_ok", "xdp", PKT_XDP + "r0 = 2; r4 = r2; r4 += 34; if r4 > r3 goto l0_%=; r0 = *(u8 *)(r2 + 23); l0_%=: exit;"),
    P("pkt_xdp_no_check", "xdp", PKT_XDP + "r0 = *(u8 *)(r2 + 0); exit;"),
    P("pkt_xdp_var_off_ok", "xdp", PKT_XDP + "r0 = 2; r4 = r2; r4 += 64; if r4 > r3 goto l0_%=; r5 = *(u8 *)(r2 + 0); r5 &= 15;"
      "r2 += r5; r6 = r2; r6 += 4; if r6 > r3 goto l0_%=; r0 = *(u32 *)(r2 + 0); l0_%=: r0 = 2; exit;"),
    P("pkt_xdp_var_off_unchecked", "xdp", PKT_XDP + "r0 = 2; r4 = r2; r4 += 64; if r4 > r3 goto l0_%=; r5 = *(u8 *)(r2 + 0); r5 &= 15;"
      "r2 += r5; r0 = *(u32 *)(r2 + 60); l0_%=: r0 = 2; exit;"),
    P("pkt_cmp_data_end_with_scalar", "tc", PKT_TC + "r0 = 0; if r3 > 100 goto l0_%=; l0_%=: exit;"),
    P("ld_abs_socket_ok", "socket", "r6 = r1; r0 = *(u8 *)skb[9]; exit;"),
    P("ld_abs_r6_not_ctx", "socket", "r6 = 0; r0 = *(u8 *)skb[9]; exit;"),
    P("ld_abs_xdp", "xdp", "r6 = r1; r0 = *(u8 *)skb[9]; exit;"),
    P("ld_abs_clobbers_r1", "socket", "r6 = r1; r0 = *(u8 *)skb[9]; r0 = r1; exit;"),
]

FILES["alu"] = [
    P("div_imm_zero", "socket", "r0 = 1; r0 /= 0; exit;"),
    P("mod_imm_zero", "socket", "r0 = 1;" + raw(0x97, imm=0) + "; exit;"),
    P("div32_imm_zero", "socket", "w0 = 1; w0 /= 0; exit;"),
    P("div_reg_zero_ok", "socket", "r0 = 5; r1 = 0; r0 /= r1; exit;"),
    P("mod32_reg_zero_ok", "socket", "r0 = -1; r0 <<= 32; r0 += 5; r1 = 0;" + raw(0x9C, src=1) + "; exit;"),
    P("mod64_reg_zero_ok", "socket", "r0 = 9; r1 = 0;" + raw(0x9F, src=1) + "; exit;"),
    P("shift64_by_64", "socket", "r0 = 1; r0 <<= 64; exit;"),
    P("shift32_by_32", "socket", "w0 = 1; w0 <<= 32; exit;"),
    P("shift64_by_63_ok", "socket", "r0 = 1; r0 <<= 63; r0 >>= 63; exit;"),
    P("arsh32_by_31_ok", "socket", "w0 = -8; w0 s>>= 31; exit;"),
    P("shift_neg_imm", "socket", raw(0xB7) + ";" + raw(0x77, imm=-1) + "; exit;"),
    P("shift_reg_large_ok", "socket", "r0 = 3; r1 = 65; r0 <<= r1; exit;"),
    P("alu32_zext_ok", "socket", "r0 = -1; w0 += 1; exit;"),
    P("end_le16_ok", "socket", "r0 = 0x12345678; r0 = le16 r0; exit;"),
    P("end_be32_ok", "socket", "r0 = 0x12345678; r0 = be32 r0; r0 >>= 24; exit;"),
]

FILES["opcodes"] = [
    P("op_sdiv64_k", "socket", "r0 = -6;" + raw(0x37, off=1, imm=3) + "; exit;"),
    P("op_smod64_x", "socket", "r0 = -7; r1 = 3;" + raw(0x9F, dst=0, src=1, off=1) + "; exit;"),
    P("op_movsx8", "socket", "r1 = 255;" + raw(0xBF, dst=0, src=1, off=8) + "; exit;"),
    P("op_movsx32_alu", "socket", "r1 = 255;" + raw(0xBC, dst=0, src=1, off=8) + "; exit;"),
    P("op_ldsx_b", "socket", "r1 = 0; *(u64 *)(r10 - 8) = r1;" + raw(0x91, dst=0, src=10, off=-8) + "; exit;"),
    P("op_bswap64", "socket", "r0 = 1;" + raw(0xD7, imm=64) + "; exit;"),
    P("op_gotol", "socket", "r0 = 0;" + raw(0x06, imm=0) + "; exit;"),
    P("op_gotol_imm1", "socket", "r0 = 0;" + raw(0x06, imm=1) + "; r0 = 1; exit;"),
    P("op_gotol_reachable", "socket", "call %[bpf_get_prandom_u32]; r0 &= 1;" + raw(0x15, dst=0, off=1) + ";" + raw(0x06, imm=1) + "; r0 = 5; exit;"),
    P("op_ja32_off1", "socket", "r0 = 0;" + raw(0x06, off=1) + "; r0 = 1; exit;"),
    P("op_neg_x", "socket", "r0 = 1;" + raw(0x8F, dst=0, src=1) + "; exit;"),
    P("op_unknown_ff", "socket", "r0 = 0;" + raw(0xFF) + "; exit;"),
    P("op_atomic_u8", "socket", "r1 = 0; *(u64 *)(r10 - 8) = r1;" + raw(0xD3, dst=10, src=1, off=-8, imm=0) + ";" + ACC),
    P("op_atomic_bad_imm", "socket", "r1 = 0; *(u64 *)(r10 - 8) = r1;" + raw(0xDB, dst=10, src=1, off=-8, imm=2) + ";" + ACC),
    P("op_atomic_fetch_add_ok", "socket", "r1 = 3; *(u64 *)(r10 - 8) = r1; r0 = 4;" + raw(0xDB, dst=10, src=0, off=-8, imm=1) + "; exit;"),
    P("op_cmpxchg_ok", "socket", "r1 = 3; *(u64 *)(r10 - 8) = r1; r0 = 3; r2 = 9;" + raw(0xDB, dst=10, src=2, off=-8, imm=0xF1) + "; r0 = *(u64 *)(r10 - 8); exit;"),
    P("rsv_alu_src_k", "socket", "r0 = 0;" + raw(0x07, dst=0, src=1, imm=1) + "; exit;"),
    P("rsv_alu_off", "socket", "r0 = 0;" + raw(0x07, dst=0, off=1, imm=1) + "; exit;"),
    P("rsv_mov_imm_x", "socket", "r1 = 1;" + raw(0xBF, dst=0, src=1, imm=5) + "; exit;"),
    P("rsv_neg_src", "socket", "r0 = 1;" + raw(0x87, dst=0, src=1) + "; exit;"),
    P("rsv_end_bad_imm", "socket", "r0 = 1;" + raw(0xD4, dst=0, imm=8) + "; exit;"),
    P("rsv_ldx_imm", "socket", "r1 = 0; *(u64 *)(r10 - 8) = r1;" + raw(0x79, dst=0, src=10, off=-8, imm=1) + "; exit;"),
    P("rsv_stx_imm", "socket", "r1 = 0;" + raw(0x7B, dst=10, src=1, off=-8, imm=1) + ";" + ACC),
    P("rsv_st_src", "socket", raw(0x7A, dst=10, src=1, off=-8, imm=1) + ";" + ACC),
    P("rsv_jmp_imm_x", "socket", "r0 = 0; r1 = 0;" + raw(0x1D, dst=0, src=1, off=0, imm=1) + "; exit;"),
    P("rsv_ja_imm", "socket", "r0 = 0;" + raw(0x05, off=0, imm=1) + "; exit;"),
    P("rsv_call_off", "socket", raw(0x85, off=1, imm=7) + "; exit;"),
    P("rsv_exit_imm", "socket", "r0 = 0;" + raw(0x95, imm=1)),
    P("rsv_lddw_hi_opcode", "socket", raw(0x18, dst=0, imm=1) + ";" + raw(0x01, imm=0) + "; exit;"),
    P("rsv_lddw_bad_src", "socket", raw(0x18, dst=0, src=7, imm=1) + ";" + raw(0x00, imm=0) + "; exit;"),
    P("lddw_imm64_ok", "socket", "r0 = 0x100000002 ll; r0 >>= 32; exit;"),
]

FILES["cfg"] = [
    P("cfg_unreachable", "socket", "r0 = 0; exit; r0 = 1; exit;"),
    P("cfg_jump_out_of_range", "socket", "r0 = 0;" + raw(0x05, off=10) + "; exit;"),
    P("cfg_jump_back_before_start", "socket", "r0 = 0;" + raw(0x05, off=-5) + "; exit;"),
    P("cfg_last_not_exit", "socket", "r0 = 0;"),
    P("cfg_bounded_loop_ok", "socket", "r0 = 0; l0_%=: r0 += 1; if r0 < 10 goto l0_%=; exit;"),
    P("cfg_infinite_loop", "socket", "r0 = 0; l0_%=: r1 = 0; goto l0_%=;"),
    P("cfg_unbounded_loop", "socket", "call %[bpf_get_prandom_u32]; l0_%=: r0 += 1; if r0 != 0 goto l0_%=; exit;"),
    P("cfg_jump_into_lddw", "socket", "r0 = 0;" + raw(0x05, off=1) + "; r1 = 0x100000002 ll; exit;"),
    P("cfg_jump_into_lddw_reachable", "socket", "call %[bpf_get_prandom_u32];" + raw(0x15, dst=0, off=1, imm=0) + "; r1 = 0x100000002 ll; exit;"),
    P("cfg_diamond_ok", "socket", "call %[bpf_get_prandom_u32]; if r0 > 5 goto l0_%=; r0 = 1; goto l1_%=; l0_%=: r0 = 2; l1_%=: exit;"),
    P("cfg_dead_branch_ok", "socket", "r0 = 0; if r0 == 1 goto l0_%=; exit; l0_%=: r0 = r5; exit;"),
]

SUB = lambda name, body: P(name, ".text", body, ret="int", static=True)  # noqa: E731
chain = []
for i in range(1, 9):
    nxt = f"call chain_s{i + 1};" if i < 8 else "r0 = 0;"
    chain.append(SUB(f"chain_s{i}", f"r1 = 0; *(u64 *)(r10 - 8) = r1; {nxt} exit;"))
FILES["calls"] = [
    P("depth_8_frames_ok", "socket", "call chain_s2; r0 = 0; exit;", comment="main + chain_s2..s8 = 8 frames"),
    P("depth_9_frames", "socket", "call chain_s1; r0 = 0; exit;", comment="main + chain_s1..s8 = 9 frames"),
    *chain,
    SUB("stk256", "r1 = 0; *(u64 *)(r10 - 256) = r1; r0 = 0; exit;"),
    SUB("stk288", "r1 = 0; *(u64 *)(r10 - 288) = r1; r0 = 0; exit;"),
    SUB("stk8", "r1 = 0; *(u64 *)(r10 - 8) = r1; r0 = 0; exit;"),
    P("combined_512_ok", "socket", "r1 = 0; *(u64 *)(r10 - 256) = r1; call stk256; r0 = 0; exit;"),
    P("combined_544", "socket", "r1 = 0; *(u64 *)(r10 - 256) = r1; call stk288; r0 = 0; exit;"),
    P("combined_round_up_32", "socket", "r1 = 0; *(u64 *)(r10 - 488) = r1; call stk8; r0 = 0; exit;",
      comment="488 rounds to 512, callee 8 rounds to 32: 544"),
    P("main_stack_512_ok", "socket", "r1 = 0; *(u64 *)(r10 - 512) = r1; r0 = 0; exit;"),
    SUB("sub_recurse", "call sub_recurse; r0 = 0; exit;"),
    P("recursion", "socket", "call sub_recurse; exit;"),
    SUB("sub_ret_fp", "r0 = r10; r0 += -8; exit;"),
    P("subprog_returns_fp", "socket", "call sub_ret_fp; r0 = 0; exit;"),
    SUB("sub_read_arg_stack", "r0 = *(u64 *)(r1 + 0); exit;"),
    P("subprog_reads_caller_stack_ok", "socket", "r1 = 7; *(u64 *)(r10 - 8) = r1; r1 = r10; r1 += -8; call sub_read_arg_stack; exit;"),
    P("subprog_reads_caller_uninit", "socket", "r1 = r10; r1 += -8; call sub_read_arg_stack; exit;"),
    SUB("sub_no_r0", "exit;"),
    P("subprog_exit_no_r0", "socket", "call sub_no_r0; r0 = 0; exit;"),
    P("subprog_exit_no_r0_used", "socket", "call sub_no_r0; exit;"),
]

FILES["exit"] = [
    P("exit_ptr_socket_root", "socket", "r0 = r1; exit;"),
    P("exit_cgskb_ok", "cgroup_skb/egress", "r0 = 1; exit;"),
    P("exit_cgskb_2", "cgroup_skb/egress", "r0 = 2; exit;"),
    P("exit_cgskb_4", "cgroup_skb/egress", "r0 = 4; exit;"),
    P("exit_cgskb_ingress_2", "cgroup_skb/ingress", "r0 = 2; exit;"),
    P("exit_cgskb_unknown", "cgroup_skb/egress", "call %[bpf_get_prandom_u32]; exit;"),
    P("exit_cgskb_masked_ok", "cgroup_skb/egress", "call %[bpf_get_prandom_u32]; r0 &= 1; exit;"),
    P("exit_cgskb_ptr", "cgroup_skb/egress", "r0 = r1; exit;"),
    P("exit_xdp_any_ok", "xdp", "r0 = 1234; exit;"),
    P("exit_kprobe_any_ok", "kprobe/do_nanosleep", "r0 = -1; exit;"),
    P("exit_fentry_nonzero", "fentry/do_nanosleep", "r0 = 1; exit;"),
    P("exit_fentry_zero_ok", "fentry/do_nanosleep", "r0 = 0; exit;"),
]

FILES["helpers"] = [
    P("helper_invalid_id", "socket", raw(0x85, imm=9999) + ";" + ACC),
    P("helper_not_for_socket", "socket", "r2 = 0; r3 = r10; r3 += -8; r4 = 1; r5 = 0; call %[bpf_skb_store_bytes];" + ACC),
    P("helper_key_scalar", "socket", "r2 = 0; r1 = %[arr] ll; call %[bpf_map_lookup_elem];" + ACC),
    P("helper_map_scalar", "socket", "r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; call %[bpf_map_lookup_elem];" + ACC),
    P("helper_prog_array_lookup", "socket", "r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[progs] ll; call %[bpf_map_lookup_elem];" + ACC),
    P("helper_zero_size", "kprobe/do_nanosleep", "r1 = r10; r1 += -16; r2 = 0; call %[bpf_get_current_comm];" + ACC),
    P("helper_comm_ok", "kprobe/do_nanosleep", "r1 = r10; r1 += -16; r2 = 16; call %[bpf_get_current_comm];" + ACC),
    P("helper_size_unbounded", "kprobe/do_nanosleep", "call %[bpf_get_prandom_u32]; r2 = r0; r1 = r10; r1 += -16; call %[bpf_get_current_comm];" + ACC),
    P("helper_ctx_wrong_type", "tc", "r1 = r10; r2 = 0; r3 = r10; r3 += -8; r4 = 4; call %[bpf_skb_load_bytes];" + ACC),
    P("helper_ctx_modified", "tc", "r1 += 8; r2 = 0; r3 = r10; r3 += -8; r4 = 4; call %[bpf_skb_load_bytes];" + ACC),
    P("helper_pkt_to_map_update", "tc", PKT_TC + "r4 = r2; r4 += 8; if r4 > r3 goto l0_%=; r3 = r2; r2 = r10; r2 += -4; r1 = 0; *(u32 *)(r10 - 4) = r1;"
      "r1 = %[hmap] ll; r4 = 0; call %[bpf_map_update_elem]; l0_%=:" + ACC),
    P("helper_ktime_ok", "socket", "call %[bpf_ktime_get_ns]; r0 = 0; exit;"),
    P("kfunc_call_unknown", "tc", raw(0x85, src=2, imm=1) + ";" + ACC),
]

FILES["misc"] = [
    P("jmp_seq_8200_too_complex", "socket", "call %[bpf_get_prandom_u32]; .rept 8200; if r0 == 5 goto +0; .endr; r0 = 0; exit;",
      comment="every fall-through keeps r0 unknown, so each branch pushes one pending state"),
    P("jmp_seq_8000_ok", "socket", "call %[bpf_get_prandom_u32]; .rept 8000; if r0 == 5 goto +0; .endr; r0 = 0; exit;"),
    P("align_strict_map_value", "socket", LOOKUP + "if r0 == 0 goto l0_%=; r1 = *(u32 *)(r0 + 2); l0_%=:" + ACC),
    P("align_default_map_value_ok", "socket", LOOKUP + "if r0 == 0 goto l0_%=; r1 = *(u32 *)(r0 + 2); l0_%=:" + ACC),
    P("align_strict_pkt", "tc", PKT_TC + "r0 = 0; r4 = r2; r4 += 14; if r4 > r3 goto l0_%=; r0 = *(u32 *)(r2 + 2); l0_%=: exit;"),
    P("align_strict_ctx_ok", "tc", "r0 = *(u32 *)(r1 + 0); exit;"),
    P("xdp_adjust_head_invalidates", "xdp", "r6 = r1;" + PKT_XDP + "r4 = r2; r4 += 8; if r4 > r3 goto l0_%=; r7 = r2;"
      "r1 = r6; r2 = 4; call %[bpf_xdp_adjust_head]; r0 = *(u8 *)(r7 + 0); l0_%=: r0 = 2; exit;"),
    P("xdp_adjust_head_reload_ok", "xdp", "r6 = r1; r1 = r6; r2 = 4; call %[bpf_xdp_adjust_head]; r1 = r6;" + PKT_XDP +
      "r0 = 2; r4 = r2; r4 += 8; if r4 > r3 goto l0_%=; r0 = *(u8 *)(r2 + 0); r0 = 2; l0_%=: exit;"),
    P("ld_ind_ok", "socket", "r6 = r1; r7 = 2; " + raw(0x50, src=7, imm=7) + "; exit;"),
    P("atomic_xchg_map_value_ok", "socket", LOOKUP + "if r0 == 0 goto l0_%=; r1 = 5;" + raw(0xDB, dst=0, src=1, off=0, imm=0xE1) + "; l0_%=:" + ACC),
    P("atomic_fetch_or_u32_stack_ok", "socket", "r1 = 1; *(u32 *)(r10 - 4) = r1; r2 = 2;" + raw(0xC3, dst=10, src=2, off=-4, imm=0x41) + "; r0 = *(u32 *)(r10 - 4); exit;"),
    P("atomic_on_pkt", "tc", PKT_TC + "r4 = r2; r4 += 8; if r4 > r3 goto l0_%=; r5 = 1; lock *(u32 *)(r2 + 0) += r5; l0_%=:" + ACC),
    P("helper_gpl_probe_read_kernel_ok", "kprobe/do_nanosleep", "r1 = r10; r1 += -8; r2 = 8; r3 = 0; call %[bpf_probe_read_kernel];" + ACC),
]

# Scalar range tracking: an index into a 48-byte map value, bounded in many ways, then
# `r1 = *(u8 *)(value + idx)`: accepted iff the verifier proves idx in [0, 47].
_IDX_HEAD = LOOKUP + "if r0 == 0 goto l0_%=; r6 = r0; call %[bpf_get_prandom_u32];"
_IDX_TAIL = "r6 += r0; r1 = *(u8 *)(r6 + 0); l0_%=:" + ACC


def _idx(name, bound, comment=""):
    return P(name, "socket", _IDX_HEAD + bound + _IDX_TAIL, comment=comment)


FILES["bounds"] = [
    _idx("b_jgt_47_ok", "if r0 > 47 goto l0_%=;"),
    _idx("b_jgt_48", "if r0 > 48 goto l0_%=;"),
    _idx("b_jge_48_ok", "if r0 >= 48 goto l0_%=;"),
    _idx("b_jlt_48_ok", "if r0 < 48 goto l1_%=; goto l0_%=; l1_%=:"),
    _idx("b_jle_47_ok", "if r0 <= 47 goto l1_%=; goto l0_%=; l1_%=:"),
    _idx("b_jsgt_only", "if r0 s> 47 goto l0_%=;"),
    _idx("b_jsgt_and_jslt0_ok", "if r0 s> 47 goto l0_%=; if r0 s< 0 goto l0_%=;"),
    _idx("b_jmp32_only", "if w0 > 47 goto l0_%=;", comment="32-bit bound only; upper half unknown"),
    _idx("b_jmp32_then_zext_ok", "if w0 > 47 goto l0_%=; w0 = w0;"),
    _idx("b_zext_then_jmp32_ok", "w0 = w0; if w0 > 47 goto l0_%=;"),
    _idx("b_and_63", "r0 &= 63;"),
    _idx("b_and_31_ok", "r0 &= 31;"),
    _idx("b_rsh_58", "r0 >>= 58;"),
    _idx("b_rsh_59_ok", "r0 >>= 59;"),
    _idx("b_mod_48_imm", raw(0x97, imm=48) + ";", comment="6.1 does not track the range of a modulo"),
    _idx("b_and_7_mul_6_ok", "r0 &= 7; r0 *= 6;"),
    _idx("b_and_7_lsh_3", "r0 &= 7; r0 <<= 3;"),
    _idx("b_and_3_lsh_3_ok", "r0 &= 3; r0 <<= 3;"),
    _idx("b_jne_const_ok", "if r0 != 5 goto l0_%=;"),
    _idx("b_reg_bound_ok", "r1 = 47; if r0 > r1 goto l0_%=;"),
    _idx("b_reg_bound_unknown", "r7 = r0; call %[bpf_get_prandom_u32]; r1 = r0; r0 = r7; if r0 > r1 goto l0_%=;"),
    _idx("b_alu32_wrap", "w0 &= 31; w0 += -1;"),
    _idx("b_spill_fill_keeps_bounds_ok", "r0 &= 31; *(u64 *)(r10 - 16) = r0; r0 = *(u64 *)(r10 - 16);"),
    _idx("b_spill_u32_fill", "r0 &= 31; *(u32 *)(r10 - 16) = r0; r0 = *(u32 *)(r10 - 16);"),
    _idx("b_neg_bounded", "r0 &= 7; r0 = -r0; r0 += 40;"),
    _idx("b_xor_ok", "r0 &= 15; r0 ^= 16;"),
    _idx("b_or_64", "r0 &= 15; r0 |= 64;"),
    _idx("b_jset_mask_63", "r1 = -64;" + raw(0x4D, dst=0, src=1, off=2) + ";", comment="if r0 & r1 goto +2 (to the exit)"),
    _idx("b_jset_mask_31_ok", "r1 = -32;" + raw(0x4D, dst=0, src=1, off=2) + ";"),
    _idx("b_sum_two_bounded_ok", "r7 = r0; r7 &= 15; call %[bpf_get_prandom_u32]; r0 &= 31; r0 += r7;"),
    _idx("b_sum_two_bounded_over", "r7 = r0; r7 &= 31; call %[bpf_get_prandom_u32]; r0 &= 31; r0 += r7;"),
    _idx("b_sub_negative", "r0 &= 31; r0 -= 8;"),
    _idx("b_arsh_ok", "r0 &= 0x7f; r0 s>>= 2;"),
    _idx("b_branch_merge_ok", "r7 = r0; r0 = 10; if r7 > 3 goto l1_%=; r0 = 47; l1_%=:"),
    _idx("b_branch_merge_over", "r7 = r0; r0 = 10; if r7 > 3 goto l1_%=; r0 = 48; l1_%=:"),
]

NONGPL = [P("nongpl_probe_read_kernel", "kprobe/do_nanosleep", "r1 = r10; r1 += -8; r2 = 8; r3 = 0; call %[bpf_probe_read_kernel];" + ACC),
          P("nongpl_ktime_ok", "socket", "call %[bpf_ktime_get_ns];" + ACC)]

HEADER = {
    "bounds": "scalar range tracking: an index into a 48-byte map value bounded by jumps, masks, shifts, spills",
    "misc": "alignment flags (sidecar), packet pointer invalidation, LD_IND, atomics, GPL helpers",
    "regs": "CORE-01 uninitialised registers, R10 writes, registers across calls",
    "stack": "CORE-02/03 stack bounds, alignment, uninitialised reads (incl. privileged allow_uninit_stack)",
    "mapval": "AL-05 map value bounds at exact edges, variable offsets, negative minimum",
    "null": "CORE-04 null checks of map_value_or_null",
    "ptr": "CORE-06 pointer arithmetic prohibitions",
    "ctx": "ctx access: __sk_buff / xdp_md fields",
    "pkt": "packet bounds (data/data_end) in tc and xdp; LD_ABS",
    "alu": "division by zero, shifts, ALU32 zero extension, byte swaps",
    "opcodes": "CORE-05 unknown opcodes (cpu v4 encodings via .8byte) and reserved fields",
    "cfg": "CORE-05 CFG: unreachable code, jumps out of range, last insn, loops",
    "calls": "CORE-10 call depth and combined stack size (bpf2bpf)",
    "exit": "CORE-07 R0 at exit per program type",
    "helpers": "CORE-08 helper argument checks",
}


def movsx(dst, src, bits, alu64=True):
    """ISA-V4 `dst = (sBITS)src` (BPF_MOV | BPF_X with off = BITS), which clang 14 cannot write."""
    return raw(0xBF if alu64 else 0xBC, dst=dst, src=src, off=bits) + ";"


def movsx_linked(bound, mov):
    """r6 in [0, bound] moved into r7 by `mov`, r7 checked <= 8: r6 <= 8 follows (and the read of
    the uninitialised r9 is dead code) only when the move kept r6 and r7 linked (6.12 keeps the
    scalar id when the sign extension cannot change the value)."""
    return ("call %[bpf_get_prandom_u32]; r6 = r0;" f"if r6 > {bound} goto l0_%=;" + mov +
            "if r7 > 8 goto l0_%=; if r6 > 8 goto l1_%=; l0_%=: r0 = 0; exit; l1_%=: r0 = r9; exit;")


# check_alu_op's BPF_MOVSX turns on 6.12 (6.1 refuses the encoding): check_reg_arg(dst,
# DST_OP_NO_MARK) first, copy_register_state keeping dst's liveness, a pointer source made unknown
# when pointer leaks are allowed, the scalar id kept when the sign extension is a no-op.
MOVSX = [
    P("movsx_fp_dst", "socket", "r1 = 1;" + movsx(10, 1, 8) + ACC),
    P("movsx32_fp_dst", "socket", "r1 = 1;" + movsx(10, 1, 16, alu64=False) + ACC),
    P("movsx_dst_r11", "socket", "r1 = 1;" + movsx(11, 1, 8) + ACC),
    P("movsx_ctx_src", "socket", movsx(2, 1, 32) + "r0 = r2; exit;"),
    P("movsx32_ctx_src", "socket", movsx(2, 1, 16, alu64=False) + "r0 = r2; exit;"),
    P("movsx_linked", "socket", movsx_linked(100, movsx(7, 6, 8))),
    P("movsx_sext_unlinked", "socket", movsx_linked(200, movsx(7, 6, 8))),
    P("movsx32_linked", "socket", movsx_linked(100, movsx(7, 6, 8, alu64=False))),
    P("movsx32_sext_unlinked", "socket", movsx_linked(130, movsx(7, 6, 8, alu64=False))),
    # not a movsx: a 32-bit move of a source linked with a delta (r7 = r6 + 4) that does not fit
    # 32 bits; r6 <= 6 follows from r7 <= 10 only if the move left r7's link alone
    P("mov32_keeps_src_delta_link", "socket", "call %[bpf_get_prandom_u32]; r6 = r0; r1 = 0x200000000 ll;"
      "if r6 > r1 goto l0_%=; r7 = r6; r7 += 4; w8 = w7; if r7 > 10 goto l0_%=; if r6 s> 6 goto l1_%=;"
      "l0_%=: r0 = 0; exit; l1_%=: r0 = r9; exit;"),
    # 6.12's disassembler names the signed division and modulo (is_sdiv_smod)
    P("sdiv_smod_log", "socket", "call %[bpf_get_prandom_u32];" + raw(0x37, dst=0, off=1, imm=3) + ";" +
      raw(0x94, dst=0, off=1, imm=5) + "; r1 = 7;" + raw(0x3F, dst=0, src=1, off=1) + "; exit;"),
    P("movsx_live_w", "socket", "call %[bpf_get_prandom_u32]; r6 = r0; if r6 > 100 goto l0_%=;"
      "l0_%=:" + movsx(7, 6, 16) + "r0 = r7; r0 = 0; exit;"),
]
# the same source unprivileged (tests/oracle/unpriv/movsx, run_unpriv.sh): a pointer source
# refused with the 64-bit and the 32-bit message
MOVSX_UNPRIV = [
    P("movsx_ptr_unpriv", "socket", movsx(2, 1, 32) + ACC),
    P("movsx32_ptr_unpriv", "socket", movsx(2, 1, 8, alu64=False) + ACC),
    P("movsx_scalar_unpriv", "socket", "r1 = -1;" + movsx(2, 1, 8) + "r0 = r2; exit;"),
    P("movsx_fp_dst_unpriv", "socket", "r1 = 1;" + movsx(10, 1, 8) + ACC),
]


def main_movsx():
    """Own input dir ``movsx/``, labelled at log level 6 (main() writes it too)."""
    (HERE / "movsx").mkdir(exist_ok=True)
    emit_c(HERE / "movsx" / "movsx.c", PRELUDE, MOVSX, addr_names=MAPS, header="6.12 BPF_MOVSX (and a linked MOV32) in check_alu_op")
    (HERE / "movsx" / "movsx.oracle.json").write_text(json.dumps(
        {"*": {"log_level": 6}, "movsx_live_w": {"flags": ["BPF_F_TEST_STATE_FREQ"]}}, indent=1) + "\n")


def main_movsx_unpriv():
    """The unpriv family's ``movsx/`` input dir (labelled with tests/oracle/unpriv/run_unpriv.sh)."""
    udir = HERE.parent / "unpriv" / "movsx"
    udir.mkdir(exist_ok=True)
    emit_c(udir / "movsx.c", "", MOVSX_UNPRIV, header="6.12 BPF_MOVSX of a pointer, unprivileged")
    (udir / "movsx.oracle.json").write_text(json.dumps({"*": {"log_level": 6}}, indent=1) + "\n")


def main():
    for name, progs in FILES.items():
        emit_c(HERE / f"{name}.c", PRELUDE, progs, addr_names=MAPS, header=HEADER[name])
    emit_c(HERE / "nongpl.c", PRELUDE, NONGPL, addr_names=MAPS, header="CORE-08 GPL-only helpers from a non-GPL program")
    txt = (HERE / "nongpl.c").read_text().replace('char _license[] SEC("license") = "GPL";', 'char _license[] SEC("license") = "Proprietary";')
    (HERE / "nongpl.c").write_text(txt)
    strict = {"flags": ["BPF_F_STRICT_ALIGNMENT"]}
    (HERE / "misc.oracle.json").write_text(json.dumps({"align_strict_map_value": strict, "align_strict_pkt": strict,
                                                        "align_strict_ctx_ok": strict}, indent=1) + "\n")
    # raw inputs: byte sequences that need no ELF
    write_raw(HERE / "raw_noexit.socket.raw", [(0xB7, 0, 0, 0, 0)])
    write_raw(HERE / "raw_ret7.socket.raw", [(0xB7, 0, 0, 0, 7), (0x95, 0, 0, 0, 0)])
    write_raw(HERE / "raw_fallthrough_lddw.socket.raw", [(0xB7, 0, 0, 0, 0), (0x18, 1, 0, 0, 1)])
    write_raw(HERE / "raw_call_bad_dest.socket.raw", [(0x85, 0, 1, 0, 10), (0xB7, 0, 0, 0, 0), (0x95, 0, 0, 0, 0)])
    write_raw(HERE / "raw_call_subprog_ok.socket.raw", [(0x85, 0, 1, 0, 1), (0x95, 0, 0, 0, 0), (0xB7, 0, 0, 0, 3), (0x95, 0, 0, 0, 0)])
    # main + n subprograms (BPF_MAX_SUBPROGS = 256 counts main).  Own input dir many/ with log_level 1:
    # the oracle loader's JSON for a 256-entry "stack depth" statistics line is malformed.
    (HERE / "many").mkdir(exist_ok=True)
    for n in (255, 256):
        main_part = [(0x85, 0, 1, 0, n + 1 + i) for i in range(n)] + [(0xB7, 0, 0, 0, 0), (0x95, 0, 0, 0, 0)]
        subs = [(0xB7, 0, 0, 0, 0), (0x95, 0, 0, 0, 0)] * n
        write_raw(HERE / "many" / f"raw_subprogs_{n}.socket.raw", main_part + subs)
        (HERE / "many" / f"raw_subprogs_{n}.oracle.json").write_text(json.dumps({"raw": {"log_level": 1}}) + "\n")
    write_raw(HERE / "raw_back_jump.xdp.raw", [(0xB7, 0, 0, 0, 2), (0x05, 0, 0, -2, 0), (0x95, 0, 0, 0, 0)])
    n = sum(1 for v in FILES.values() for p in v if not p.static)
    main_movsx()
    print(f"core: {n} C programs in {len(FILES)} files + raw")


if __name__ == "__main__" and len(sys.argv) == 1:
    main()


SLOW = [P("cfg_large_loop_limit", "socket", "r1 = 0; l0_%=: r1 += 1; if r1 < 2000000 goto l0_%=; r0 = 0; exit;")]


def main_slow():
    """Programs that take ~90 s under TCG; their own input dir (``slow/``)."""
    (HERE / "slow").mkdir(exist_ok=True)
    emit_c(HERE / "slow" / "limit.c", PRELUDE, SLOW, addr_names=MAPS, header="CORE-09 the 1M processed-insn limit")


if __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "slow":
    main_slow()


if __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "movsx":
    main_movsx()
    main_movsx_unpriv()
