// TC-03 verifier restrictions on bpf_tail_call
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct val { int cnt; struct bpf_spin_lock lock; };
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 4); __type(key, int); __type(value, int); } jt SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 8); __type(key, int); __type(value, int); } jt2 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, int); __type(value, __u64); } arr SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, int); __type(value, struct val); } lk SEC(".maps");


SEC("tc") __naked void wrong_map_type(void)
{
	asm volatile (
	"r3 = 0;\n"
	"r2 = %[arr] ll;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_tail_call) : __clobber_all);
}

SEC("tc") __naked void r1_not_ctx(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r3 = 0;\n"
	"r2 = %[jt] ll;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

SEC("tc") __naked void r1_modified_ctx(void)
{
	asm volatile (
	"r1 += 8;\n"
	"r3 = 0;\n"
	"r2 = %[jt] ll;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

SEC("tc") __naked void r2_scalar(void)
{
	asm volatile (
	"r2 = 0;\n"
	"r3 = 0;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_tail_call) : __clobber_all);
}

SEC("tc") __naked void r3_uninit(void)
{
	asm volatile (
	"r2 = %[jt] ll;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

SEC("tc") __naked void r0_read_after(void)
{
	asm volatile (
	"r3 = 0;\n"
	"r2 = %[jt] ll;\n"
	"call %[bpf_tail_call];\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

SEC("tc") __naked void prog_array_lookup(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[jt] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("tc") __naked void under_lock(void)
{
	asm volatile (
	"r9 = r1;\n"
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r9;\n"
	"r3 = 0;\n"
	"r2 = %[jt] ll;\n"
	"call %[bpf_tail_call];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=:r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm_addr(jt), __imm(bpf_tail_call), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("tc") __naked void ref_leak(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"*(u32 *)(r10 - 8) = r1;\n"
	"r1 = r6;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r3 = 12;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_sk_lookup_tcp];\n"
	"r7 = r0;\n"
	"r1 = r6;\n"
	"r3 = 0;\n"
	"r2 = %[jt] ll;\n"
	"call %[bpf_tail_call];\n"
	"if r7 == 0 goto l0_%=;\n"
	"r1 = r7;\n"
	"call %[bpf_sk_release];\n"
	"l0_%=:r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm_addr(jt), __imm(bpf_tail_call), __imm(bpf_sk_release) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
