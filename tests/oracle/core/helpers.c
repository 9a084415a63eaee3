// CORE-08 helper argument checks
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


SEC("socket") __naked void helper_invalid_id(void)
{
	asm volatile (
	".8byte 0x0000270f00000085;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void helper_not_for_socket(void)
{
	asm volatile (
	"r2 = 0;\n"
	"r3 = r10;\n"
	"r3 += -8;\n"
	"r4 = 1;\n"
	"r5 = 0;\n"
	"call %[bpf_skb_store_bytes];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_skb_store_bytes) : __clobber_all);
}

SEC("socket") __naked void helper_key_scalar(void)
{
	asm volatile (
	"r2 = 0;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void helper_map_scalar(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"call %[bpf_map_lookup_elem];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void helper_prog_array_lookup(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[progs] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(progs), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("kprobe/do_nanosleep") __naked void helper_zero_size(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 += -16;\n"
	"r2 = 0;\n"
	"call %[bpf_get_current_comm];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_current_comm) : __clobber_all);
}

SEC("kprobe/do_nanosleep") __naked void helper_comm_ok(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 += -16;\n"
	"r2 = 16;\n"
	"call %[bpf_get_current_comm];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_current_comm) : __clobber_all);
}

SEC("kprobe/do_nanosleep") __naked void helper_size_unbounded(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r2 = r0;\n"
	"r1 = r10;\n"
	"r1 += -16;\n"
	"call %[bpf_get_current_comm];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32), __imm(bpf_get_current_comm) : __clobber_all);
}

SEC("tc") __naked void helper_ctx_wrong_type(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r2 = 0;\n"
	"r3 = r10;\n"
	"r3 += -8;\n"
	"r4 = 4;\n"
	"call %[bpf_skb_load_bytes];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_skb_load_bytes) : __clobber_all);
}

SEC("tc") __naked void helper_ctx_modified(void)
{
	asm volatile (
	"r1 += 8;\n"
	"r2 = 0;\n"
	"r3 = r10;\n"
	"r3 += -8;\n"
	"r4 = 4;\n"
	"call %[bpf_skb_load_bytes];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_skb_load_bytes) : __clobber_all);
}

SEC("tc") __naked void helper_pkt_to_map_update(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 76);\n"
	"r3 = *(u32 *)(r1 + 80);\n"
	"r4 = r2;\n"
	"r4 += 8;\n"
	"if r4 > r3 goto l0_%=;\n"
	"r3 = r2;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r1 = %[hmap] ll;\n"
	"r4 = 0;\n"
	"call %[bpf_map_update_elem];\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(hmap), __imm(bpf_map_update_elem) : __clobber_all);
}

SEC("socket") __naked void helper_ktime_ok(void)
{
	asm volatile (
	"call %[bpf_ktime_get_ns];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("tc") __naked void kfunc_call_unknown(void)
{
	asm volatile (
	".8byte 0x0000000100002085;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

char _license[] SEC("license") = "GPL";
