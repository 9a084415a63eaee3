// scalar range tracking: an index into a 48-byte map value bounded by jumps, masks, shifts, spills
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


SEC("socket") __naked void b_jgt_47_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"if r0 > 47 goto l0_%=;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_jgt_48(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"if r0 > 48 goto l0_%=;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_jge_48_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"if r0 >= 48 goto l0_%=;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_jlt_48_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"if r0 < 48 goto l1_%=;\n"
	"goto l0_%=;\n"
	"l1_%=:r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_jle_47_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"if r0 <= 47 goto l1_%=;\n"
	"goto l0_%=;\n"
	"l1_%=:r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_jsgt_only(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"if r0 s> 47 goto l0_%=;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_jsgt_and_jslt0_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"if r0 s> 47 goto l0_%=;\n"
	"if r0 s< 0 goto l0_%=;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

/* 32-bit bound only; upper half unknown */
SEC("socket") __naked void b_jmp32_only(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"if w0 > 47 goto l0_%=;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_jmp32_then_zext_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"if w0 > 47 goto l0_%=;\n"
	"w0 = w0;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_zext_then_jmp32_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"w0 = w0;\n"
	"if w0 > 47 goto l0_%=;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_and_63(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 63;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_and_31_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 31;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_rsh_58(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r0 >>= 58;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_rsh_59_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r0 >>= 59;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

/* 6.1 does not track the range of a modulo */
SEC("socket") __naked void b_mod_48_imm(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	".8byte 0x0000003000000097;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_and_7_mul_6_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 7;\n"
	"r0 *= 6;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_and_7_lsh_3(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 7;\n"
	"r0 <<= 3;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_and_3_lsh_3_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 3;\n"
	"r0 <<= 3;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_jne_const_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"if r0 != 5 goto l0_%=;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_reg_bound_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r1 = 47;\n"
	"if r0 > r1 goto l0_%=;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_reg_bound_unknown(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r1 = r0;\n"
	"r0 = r7;\n"
	"if r0 > r1 goto l0_%=;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_alu32_wrap(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"w0 &= 31;\n"
	"w0 += -1;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_spill_fill_keeps_bounds_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 31;\n"
	"*(u64 *)(r10 - 16) = r0;\n"
	"r0 = *(u64 *)(r10 - 16);\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_spill_u32_fill(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 31;\n"
	"*(u32 *)(r10 - 16) = r0;\n"
	"r0 = *(u32 *)(r10 - 16);\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_neg_bounded(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 7;\n"
	"r0 = -r0;\n"
	"r0 += 40;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_xor_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 15;\n"
	"r0 ^= 16;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_or_64(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 15;\n"
	"r0 |= 64;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

/* if r0 & r1 goto +2 (to the exit) */
SEC("socket") __naked void b_jset_mask_63(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r1 = -64;\n"
	".8byte 0x000000000002104d;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_jset_mask_31_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r1 = -32;\n"
	".8byte 0x000000000002104d;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_sum_two_bounded_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 &= 15;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 31;\n"
	"r0 += r7;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_sum_two_bounded_over(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 &= 31;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 31;\n"
	"r0 += r7;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_sub_negative(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 31;\n"
	"r0 -= 8;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_arsh_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 0x7f;\n"
	"r0 s>>= 2;\n"
	"r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_branch_merge_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = 10;\n"
	"if r7 > 3 goto l1_%=;\n"
	"r0 = 47;\n"
	"l1_%=:r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void b_branch_merge_over(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = 10;\n"
	"if r7 > 3 goto l1_%=;\n"
	"r0 = 48;\n"
	"l1_%=:r6 += r0;\n"
	"r1 = *(u8 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
