// AL-05 map value bounds at exact edges, variable offsets, negative minimum
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct val48 { __u64 a[6]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4);
         __type(key, int); __type(value, struct val48); } arr SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 16);
         __type(key, int); __type(value, __u64); } hmap SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 2);
         __type(key, int); __type(value, int); } progs SEC(".maps");


SEC("socket") __naked void mv_u64_last_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = *(u64 *)(r0 + 40);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void mv_u64_one_past(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = *(u64 *)(r0 + 41);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void mv_u8_last_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	".8byte 0x00000001002f0072;\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void mv_u8_at_size(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	".8byte 0x0000000100300072;\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void mv_u32_straddle_end(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = *(u32 *)(r0 + 46);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void mv_neg_off(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = *(u64 *)(r0 - 8);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void mv_ptr_add_then_edge_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 += 32;\n"
	"r1 = *(u64 *)(r0 + 8);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void mv_ptr_add_then_over(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 += 44;\n"
	"r1 = *(u64 *)(r0 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void mv_var_bounded_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 31;\n"
	"r6 += r0;\n"
	"r1 = *(u64 *)(r6 + 8);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void mv_var_bounded_over(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 31;\n"
	"r6 += r0;\n"
	"r1 = *(u64 *)(r6 + 16);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void mv_var_unknown_scalar(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r6 += r0;\n"
	"r1 = *(u64 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void mv_var_rsh_unbounded(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r0 <<= 32;\n"
	"r0 >>= 1;\n"
	"r6 += r0;\n"
	"r1 = *(u64 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void mv_var_u32_unbounded(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"w0 = w0;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void mv_var_negative_min(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"if r0 s> 8 goto l0_%=;\n"
	"if r0 s< -8 goto l0_%=;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 8);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void mv_var_negative_min_off0(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"if r0 s> 8 goto l0_%=;\n"
	"if r0 s< -8 goto l0_%=;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void mv_var_checked_max_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"if r0 > 40 goto l0_%=;\n"
	"r6 += r0;\n"
	"r1 = *(u64 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void mv_var_checked_max_off_by_one(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"if r0 > 41 goto l0_%=;\n"
	"r6 += r0;\n"
	"r1 = *(u64 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void mv_helper_value_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r3 = r0;\n"
	"r1 = %[hmap] ll;\n"
	"r4 = 0;\n"
	"call %[bpf_map_update_elem];\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm_addr(hmap), __imm(bpf_map_update_elem) : __clobber_all);
}

SEC("socket") __naked void mv_direct_value_ld(void)
{
	asm volatile (
	"r1 = %[arr] ll;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr) : __clobber_all);
}

SEC("tc") __naked void mv_hash_value_read_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[hmap] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(hmap), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("tc") __naked void mv_hash_value_over(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[hmap] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 4);\n"
	"exit;\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(hmap), __imm(bpf_map_lookup_elem) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
