// CORE-02/03 stack bounds, alignment, uninitialised reads (incl. privileged allow_uninit_stack)
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


SEC("socket") __naked void stack_write_min_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 512) = r1;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void stack_write_below(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 520) = r1;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void stack_write_at_fp(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u8 *)(r10 + 0) = r1;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void stack_write_straddle_fp(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 4) = r1;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void stack_write_misaligned(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 6) = r1;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void stack_read_uninit(void)
{
	asm volatile (
	"r0 = *(u64 *)(r10 - 8);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void stack_read_uninit_u8(void)
{
	asm volatile (
	"r0 = *(u8 *)(r10 - 1);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void stack_read_partial_init(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 8) = r1;\n"
	"r0 = *(u64 *)(r10 - 8);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void stack_read_beyond_alloc(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r0 = *(u64 *)(r10 - 16);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void stack_read_init_ok(void)
{
	asm volatile (
	"r1 = 42;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r0 = *(u64 *)(r10 - 8);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void stack_read_above_fp(void)
{
	asm volatile (
	"r0 = *(u64 *)(r10 + 8);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void stack_spill_fill_ctx_ok(void)
{
	asm volatile (
	"*(u64 *)(r10 - 8) = r1;\n"
	"r2 = *(u64 *)(r10 - 8);\n"
	"r0 = *(u32 *)(r2 + 0);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void stack_partial_fill_ptr(void)
{
	asm volatile (
	"*(u64 *)(r10 - 8) = r1;\n"
	"r0 = *(u32 *)(r10 - 8);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void stack_partial_spill_ptr(void)
{
	asm volatile (
	"*(u32 *)(r10 - 8) = r1;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void stack_var_off_read_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 7;\n"
	"r1 = r10;\n"
	"r1 += -16;\n"
	"r1 += r0;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void stack_var_off_read_uninit(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 7;\n"
	"r1 = r10;\n"
	"r1 += -16;\n"
	"r1 += r0;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void stack_unbounded_var_off(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r1 = r10;\n"
	"r1 += r0;\n"
	"r0 = 0;\n"
	"*(u8 *)(r1 + 0) = r0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void stack_helper_uninit_key(void)
{
	asm volatile (
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void stack_helper_key_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("tc") __naked void stack_helper_oob_size(void)
{
	asm volatile (
	"r2 = 0;\n"
	"r3 = r10;\n"
	"r3 += -8;\n"
	"r4 = 16;\n"
	"call %[bpf_skb_load_bytes];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_skb_load_bytes) : __clobber_all);
}

SEC("tc") __naked void stack_helper_ok_size(void)
{
	asm volatile (
	"r2 = 0;\n"
	"r3 = r10;\n"
	"r3 += -16;\n"
	"r4 = 16;\n"
	"call %[bpf_skb_load_bytes];\n"
	"r0 = *(u8 *)(r10 - 4);\n"
	"exit;\n"
	: : __imm(bpf_skb_load_bytes) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
