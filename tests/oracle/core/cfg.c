// CORE-05 CFG: unreachable code, jumps out of range, last insn, loops
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


SEC("socket") __naked void cfg_unreachable(void)
{
	asm volatile (
	"r0 = 0;\n"
	"exit;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void cfg_jump_out_of_range(void)
{
	asm volatile (
	"r0 = 0;\n"
	".8byte 0x00000000000a0005;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void cfg_jump_back_before_start(void)
{
	asm volatile (
	"r0 = 0;\n"
	".8byte 0x00000000fffb0005;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void cfg_last_not_exit(void)
{
	asm volatile (
	"r0 = 0;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void cfg_bounded_loop_ok(void)
{
	asm volatile (
	"r0 = 0;\n"
	"l0_%=: r0 += 1;\n"
	"if r0 < 10 goto l0_%=;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void cfg_infinite_loop(void)
{
	asm volatile (
	"r0 = 0;\n"
	"l0_%=: r1 = 0;\n"
	"goto l0_%=;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void cfg_unbounded_loop(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"l0_%=: r0 += 1;\n"
	"if r0 != 0 goto l0_%=;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void cfg_jump_into_lddw(void)
{
	asm volatile (
	"r0 = 0;\n"
	".8byte 0x0000000000010005;\n"
	"r1 = 0x100000002 ll;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void cfg_jump_into_lddw_reachable(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	".8byte 0x0000000000010015;\n"
	"r1 = 0x100000002 ll;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void cfg_diamond_ok(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"if r0 > 5 goto l0_%=;\n"
	"r0 = 1;\n"
	"goto l1_%=;\n"
	"l0_%=: r0 = 2;\n"
	"l1_%=: exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void cfg_dead_branch_ok(void)
{
	asm volatile (
	"r0 = 0;\n"
	"if r0 == 1 goto l0_%=;\n"
	"exit;\n"
	"l0_%=: r0 = r5;\n"
	"exit;\n"
	: : : __clobber_all);
}

char _license[] SEC("license") = "GPL";
