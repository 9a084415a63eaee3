// 6.12 BPF_MOVSX (and a linked MOV32) in check_alu_op
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


SEC("socket") __naked void movsx_fp_dst(void)
{
	asm volatile (
	"r1 = 1;\n"
	".8byte 0x0000000000081abf;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void movsx32_fp_dst(void)
{
	asm volatile (
	"r1 = 1;\n"
	".8byte 0x0000000000101abc;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void movsx_dst_r11(void)
{
	asm volatile (
	"r1 = 1;\n"
	".8byte 0x0000000000081bbf;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void movsx_ctx_src(void)
{
	asm volatile (
	".8byte 0x00000000002012bf;\n"
	"r0 = r2;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void movsx32_ctx_src(void)
{
	asm volatile (
	".8byte 0x00000000001012bc;\n"
	"r0 = r2;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void movsx_linked(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r6 = r0;\n"
	"if r6 > 100 goto l0_%=;\n"
	".8byte 0x00000000000867bf;\n"
	"if r7 > 8 goto l0_%=;\n"
	"if r6 > 8 goto l1_%=;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	"l1_%=: r0 = r9;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void movsx_sext_unlinked(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r6 = r0;\n"
	"if r6 > 200 goto l0_%=;\n"
	".8byte 0x00000000000867bf;\n"
	"if r7 > 8 goto l0_%=;\n"
	"if r6 > 8 goto l1_%=;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	"l1_%=: r0 = r9;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void movsx32_linked(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r6 = r0;\n"
	"if r6 > 100 goto l0_%=;\n"
	".8byte 0x00000000000867bc;\n"
	"if r7 > 8 goto l0_%=;\n"
	"if r6 > 8 goto l1_%=;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	"l1_%=: r0 = r9;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void movsx32_sext_unlinked(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r6 = r0;\n"
	"if r6 > 130 goto l0_%=;\n"
	".8byte 0x00000000000867bc;\n"
	"if r7 > 8 goto l0_%=;\n"
	"if r6 > 8 goto l1_%=;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	"l1_%=: r0 = r9;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void mov32_keeps_src_delta_link(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r6 = r0;\n"
	"r1 = 0x200000000 ll;\n"
	"if r6 > r1 goto l0_%=;\n"
	"r7 = r6;\n"
	"r7 += 4;\n"
	"w8 = w7;\n"
	"if r7 > 10 goto l0_%=;\n"
	"if r6 s> 6 goto l1_%=;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	"l1_%=: r0 = r9;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void sdiv_smod_log(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	".8byte 0x0000000300010037;\n"
	".8byte 0x0000000500010094;\n"
	"r1 = 7;\n"
	".8byte 0x000000000001103f;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void movsx_live_w(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r6 = r0;\n"
	"if r6 > 100 goto l0_%=;\n"
	"l0_%=:.8byte 0x00000000001067bf;\n"
	"r0 = r7;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
