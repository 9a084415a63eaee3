// CORE-06 pointer arithmetic prohibitions
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


SEC("socket") __naked void ptr_alu32_add(void)
{
	asm volatile (
	"r1 = r10;\n"
	"w1 += 8;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void ptr_and(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 &= 7;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void ptr_or(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 |= 7;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void ptr_mul(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 *= 2;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void ptr_lsh(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 <<= 1;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void ptr_plus_ptr(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r2 = r10;\n"
	"r1 += r2;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void ptr_minus_ptr_ok(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r1 -= r2;\n"
	"r0 = r1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void scalar_minus_ptr(void)
{
	asm volatile (
	"r0 = 0;\n"
	"r0 -= r10;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void ptr_neg(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 = -r1;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void ptr_bswap(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 = be64 r1;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void fp_sub_imm(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 -= 8;\n"
	"r2 = 0;\n"
	"*(u64 *)(r1 + 0) = r2;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void fp_sub_reg(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r2 = 8;\n"
	"r1 -= r2;\n"
	"r2 = 0;\n"
	"*(u64 *)(r1 + 0) = r2;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void fp_add_neg_ok(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 += -8;\n"
	"r2 = 0;\n"
	"*(u64 *)(r1 + 0) = r2;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void fp_add_huge(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 += 0x20000000;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void ctx_modified_deref(void)
{
	asm volatile (
	"r1 += 4;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void ctx_modified_back_ok(void)
{
	asm volatile (
	"r1 += 4;\n"
	"r1 += -4;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void map_ptr_arith(void)
{
	asm volatile (
	"r1 = %[arr] ll;\n"
	"r1 += 8;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr) : __clobber_all);
}

SEC("tc") __naked void pkt_end_arith(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 80);\n"
	"r2 += 1;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void ptr_mov32(void)
{
	asm volatile (
	"w0 = w10;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void ptr_return_fp(void)
{
	asm volatile (
	"r0 = r10;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void ptr_store_to_stack_ok(void)
{
	asm volatile (
	"r1 = r10;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void ptr_cmp_ok(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r2 = r10;\n"
	"if r1 == r2 goto l0_%=;\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

char _license[] SEC("license") = "GPL";
