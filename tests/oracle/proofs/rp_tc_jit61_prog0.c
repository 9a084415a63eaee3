#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u32); } jmp_table SEC(".maps");

static __naked __attribute__((noinline, used)) int rp_tc_jit61_prog0_f1(void);

SEC("tc") __naked void rp_tc_jit61_prog0(void)
{
	asm volatile (
	"r6 = r1;"
	"r1 = r6;"
	"call rp_tc_jit61_prog0_f1;"
	"r1 = r6;"
	"r2 = %[jmp_table] ll;"
	"r3 = 0;"
	"call %[bpf_tail_call];"
	"r0 = 0;"
	"exit;"
	:: __imm(bpf_tail_call), __imm_addr(jmp_table) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int rp_tc_jit61_prog0_f1(void)
{
	asm volatile (
	"r6 = r1;"
	"r1 = r6;"
	"r2 = %[jmp_table] ll;"
	"r3 = 0;"
	"call %[bpf_tail_call];"
	"r0 = 0;"
	"exit;"
	:: __imm(bpf_tail_call), __imm_addr(jmp_table) : __clobber_all);
}

SEC("tc") __naked void rp_tc_jit61_prog1(void)
{
	asm volatile (
	"r6 = r1;"
	"r1 = r6;"
	"r2 = %[jmp_table] ll;"
	"r3 = 0;"
	"call %[bpf_tail_call];"
	"r0 = 0;"
	"exit;"
	:: __imm(bpf_tail_call), __imm_addr(jmp_table) : __clobber_all);
}

char _license[] SEC("license") = "GPL";