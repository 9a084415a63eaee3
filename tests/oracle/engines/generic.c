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

char _license[] SEC("license") = "GPL";
