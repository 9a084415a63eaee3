// division by zero, shifts, ALU32 zero extension, byte swaps
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


SEC("socket") __naked void div_imm_zero(void)
{
	asm volatile (
	"r0 = 1;\n"
	"r0 /= 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void mod_imm_zero(void)
{
	asm volatile (
	"r0 = 1;\n"
	".8byte 0x0000000000000097;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void div32_imm_zero(void)
{
	asm volatile (
	"w0 = 1;\n"
	"w0 /= 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void div_reg_zero_ok(void)
{
	asm volatile (
	"r0 = 5;\n"
	"r1 = 0;\n"
	"r0 /= r1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void mod32_reg_zero_ok(void)
{
	asm volatile (
	"r0 = -1;\n"
	"r0 <<= 32;\n"
	"r0 += 5;\n"
	"r1 = 0;\n"
	".8byte 0x000000000000109c;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void mod64_reg_zero_ok(void)
{
	asm volatile (
	"r0 = 9;\n"
	"r1 = 0;\n"
	".8byte 0x000000000000109f;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void shift64_by_64(void)
{
	asm volatile (
	"r0 = 1;\n"
	"r0 <<= 64;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void shift32_by_32(void)
{
	asm volatile (
	"w0 = 1;\n"
	"w0 <<= 32;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void shift64_by_63_ok(void)
{
	asm volatile (
	"r0 = 1;\n"
	"r0 <<= 63;\n"
	"r0 >>= 63;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void arsh32_by_31_ok(void)
{
	asm volatile (
	"w0 = -8;\n"
	"w0 s>>= 31;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void shift_neg_imm(void)
{
	asm volatile (
	".8byte 0x00000000000000b7;\n"
	".8byte 0xffffffff00000077;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void shift_reg_large_ok(void)
{
	asm volatile (
	"r0 = 3;\n"
	"r1 = 65;\n"
	"r0 <<= r1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void alu32_zext_ok(void)
{
	asm volatile (
	"r0 = -1;\n"
	"w0 += 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void end_le16_ok(void)
{
	asm volatile (
	"r0 = 0x12345678;\n"
	"r0 = le16 r0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void end_be32_ok(void)
{
	asm volatile (
	"r0 = 0x12345678;\n"
	"r0 = be32 r0;\n"
	"r0 >>= 24;\n"
	"exit;\n"
	: : : __clobber_all);
}

char _license[] SEC("license") = "GPL";
