#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, __u64); } vals SEC(".maps");


SEC("socket") __naked void merge_lookup_sites(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r6 = r0;\n"
	"r6 &= 1;\n"
	"if r6 != 0 goto l1_%=;\n"
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[vals] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"goto l2_%=;\n"
	"l1_%=:r1 = 5;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[vals] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"l2_%=:if r0 == 0 goto l3_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"l3_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32), __imm_addr(vals), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void merge_lookup_sites_no_null_check(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r6 = r0;\n"
	"r6 &= 1;\n"
	"if r6 != 0 goto l1_%=;\n"
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[vals] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"goto l2_%=;\n"
	"l1_%=:r1 = 5;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[vals] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"l2_%=:r0 = *(u64 *)(r0 + 0);\n"
	"l3_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32), __imm_addr(vals), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void merge_reg_read_where_set(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r6 = r0;\n"
	"if r6 > 5 goto l1_%=;\n"
	"r7 = 1;\n"
	"l1_%=: r0 = 0;\n"
	"if r6 > 5 goto l2_%=;\n"
	"r0 = r7;\n"
	"l2_%=: exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void merge_reg_read_after_join(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r6 = r0;\n"
	"if r6 > 5 goto l1_%=;\n"
	"r7 = 1;\n"
	"l1_%=: r0 = r7;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("xdp") __naked void ptr_sub32_pkt_end_data(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 0);\n"
	"r3 = *(u32 *)(r1 + 4);\n"
	"w3 -= w2;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void stale_pkt_spill_kept(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = *(u32 *)(r1 + 76);\n"
	"*(u64 *)(r10 - 8) = r2;\n"
	"r1 = r6;\n"
	"r2 = 0;\n"
	"r3 = r10;\n"
	"r3 += -16;\n"
	"r4 = 0;\n"
	"*(u64 *)(r10 - 16) = r4;\n"
	"r4 = 1;\n"
	"r5 = 0;\n"
	"call %[bpf_skb_store_bytes];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_skb_store_bytes) : __clobber_all);
}

SEC("socket") __naked void merge_spill_read_where_set(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r6 = r0;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"if r6 > 5 goto l1_%=;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"*(u64 *)(r10 - 8) = r2;\n"
	"l1_%=: r0 = 0;\n"
	"if r6 > 5 goto l2_%=;\n"
	"r3 = *(u64 *)(r10 - 8);\n"
	"r0 = *(u64 *)(r3 + 0);\n"
	"l2_%=: exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void merge_spill_read_after_join(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r6 = r0;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"if r6 > 5 goto l1_%=;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"*(u64 *)(r10 - 8) = r2;\n"
	"l1_%=: r0 = 0;\n"
	"r3 = *(u64 *)(r10 - 8);\n"
	"r0 = *(u64 *)(r3 + 0);\n"
	"l2_%=: exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void merge_spill_or_scalar_where_set(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r6 = r0;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"r1 = 7;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"if r6 > 5 goto l1_%=;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"*(u64 *)(r10 - 8) = r2;\n"
	"l1_%=: r0 = 0;\n"
	"if r6 > 5 goto l2_%=;\n"
	"r3 = *(u64 *)(r10 - 8);\n"
	"r0 = *(u64 *)(r3 + 0);\n"
	"l2_%=: exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void merge_spill_or_scalar_after_join(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r6 = r0;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"r1 = 7;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"if r6 > 5 goto l1_%=;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"*(u64 *)(r10 - 8) = r2;\n"
	"l1_%=: r0 = 0;\n"
	"r3 = *(u64 *)(r10 - 8);\n"
	"r0 = *(u64 *)(r3 + 0);\n"
	"l2_%=: exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
