#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, __u64); } vals SEC(".maps");


SEC("kprobe/do_nanosleep") __naked void get_stack_fits(void)
{
	asm volatile (
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r3 = 16;\n"
	"r4 = 0;\n"
	"call %[bpf_get_stack];\n"
	"r0 = *(u64 *)(r10 - 16);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_stack) : __clobber_all);
}

SEC("kprobe/do_nanosleep") __naked void get_stack_past_frame(void)
{
	asm volatile (
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r3 = 24;\n"
	"r4 = 0;\n"
	"call %[bpf_get_stack];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_stack) : __clobber_all);
}

SEC("tc") __naked void csum_diff_reads_stack(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r1 = r10;\n"
	"r1 += -8;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"r4 = 0;\n"
	"r5 = 0;\n"
	"call %[bpf_csum_diff];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_csum_diff) : __clobber_all);
}

SEC("tc") __naked void csum_diff_uninit_stack(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 += -8;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"r4 = 0;\n"
	"r5 = 0;\n"
	"call %[bpf_csum_diff];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_csum_diff) : __clobber_all);
}

SEC("tc") __naked void skc_to_tcp_sock_checked(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"*(u64 *)(r10 - 24) = r1;\n"
	"*(u64 *)(r10 - 32) = r1;\n"
	"*(u64 *)(r10 - 40) = r1;\n"
	"r1 = r6;\n"
	"r2 = r10;\n"
	"r2 += -40;\n"
	"r3 = 36;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_sk_lookup_tcp];\n"
	"if r0 == 0 goto l1_%=;\n"
	"r7 = r0;\n"
	"r1 = r0;\n"
	"call %[bpf_skc_to_tcp_sock];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r2 = *(u32 *)(r0 + 0);\n"
	"l0_%=: r1 = r7;\n"
	"call %[bpf_sk_release];\n"
	"l1_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm(bpf_skc_to_tcp_sock), __imm(bpf_sk_release) : __clobber_all);
}

SEC("tc") __naked void skc_to_tcp_sock_of_null_sock(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"*(u64 *)(r10 - 24) = r1;\n"
	"*(u64 *)(r10 - 32) = r1;\n"
	"*(u64 *)(r10 - 40) = r1;\n"
	"r1 = r6;\n"
	"r2 = r10;\n"
	"r2 += -40;\n"
	"r3 = 36;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_sk_lookup_tcp];\n"
	"r7 = r0;\n"
	"r1 = r0;\n"
	"call %[bpf_skc_to_tcp_sock];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r2 = *(u32 *)(r0 + 0);\n"
	"l0_%=: r1 = r7;\n"
	"call %[bpf_sk_release];\n"
	"l1_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm(bpf_skc_to_tcp_sock), __imm(bpf_sk_release) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
