// python tests/oracle/diff/gen.py 400 2 12
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct val48 { __u64 a[6]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, struct val48); } arr SEC(".maps");


SEC("socket") __naked void df_2_000(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 *= 31;\n"
	"if w7 == 7 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_001(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r9;\n"
	"r0 = *(u32 *)(r8 - 28);\n"
	"w7 &= w9;\n"
	"if w7 s< 2147483647 goto l_out_%=;\n"
	"r7 <<= 46;\n"
	"r8 += r7;\n"
	"r7 = r1;\n"
	"r6 += r7;\n"
	"*(u32 *)(r10 -44) = w8;\n"
	"r6 += 8;\n"
	"r7 = r6;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_002(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s< 2147483647 goto l_out_%=;\n"
	"w1 = 7;\n"
	"*(u16 *)(r10 -40) = w1;\n"
	"r7 = r9;\n"
	"r8 += -16;\n"
	"r7 = r0;\n"
	"r6 += 1;\n"
	"r8 += -16;\n"
	"r7 = r9;\n"
	"r7 &= 2;\n"
	"w7 += 0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_003(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 *= 0;\n"
	"if w7 >= w9 goto l_s1_%=;\n"
	"if r7 != 255 goto l_out_%=;\n"
	"l_s1_%=: r7 += 47;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 <= 0 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 40);\n"
	"r7 |= r9;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_004(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"if w7 > w9 goto l_out_%=;\n"
	"*(u8 *)(r10 -16) = w8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_005(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s<= 16 goto l_out_%=;\n"
	"if r7 > r9 goto l_out_%=;\n"
	"r7 &= r9;\n"
	"r7 -= r9;\n"
	"r7 = *(u32 *)(r10 -36);\n"
	"r6 += r7;\n"
	"r1 = 1;\n"
	"*(u64 *)(r10 -8) = r1;\n"
	"if r7 != 31 goto l_out_%=;\n"
	"r7 = r1;\n"
	"w7 += 1;\n"
	"if r7 >= -2147483648 goto l_s10_%=;\n"
	"if r7 != r9 goto l_out_%=;\n"
	"l_s10_%=: r9 = *(u32 *)(r10 -28);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_006(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 ^= 8;\n"
	"r6 += r7;\n"
	"r8 += -48;\n"
	"r7 = r8;\n"
	"if r7 s>= 48 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"*(u64 *)(r10 -48) = r7;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_007(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 -= 1;\n"
	"w7 &= 32;\n"
	"*(u8 *)(r10 -12) = w8;\n"
	"r7 = *(u32 *)(r10 -16);\n"
	"if r7 s<= 63 goto l_out_%=;\n"
	"r7 *= 1;\n"
	"r9 = *(u64 *)(r10 -48);\n"
	"r6 += 8;\n"
	"*(u64 *)(r10 -48) = r6;\n"
	"r6 += r7;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_008(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u16 *)(r8 - 44);\n"
	"w1 = 0;\n"
	"*(u16 *)(r10 -38) = w1;\n"
	"*(u16 *)(r10 -32) = w7;\n"
	"r0 = *(u8 *)(r10 - 32);\n"
	"*(u64 *)(r10 -8) = r6;\n"
	"r8 += -16;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_009(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = *(u32 *)(r10 -16);\n"
	"if r7 s> 8 goto l_out_%=;\n"
	"if r7 s>= 31 goto l_s2_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_s2_%=: r8 += -8;\n"
	"*(u16 *)(r10 -60) = w7;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_010(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -7) = w1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 s>= 31 goto l_out_%=;\n"
	"r7 &= 32;\n"
	"r7 >>= 24;\n"
	"r8 += -16;\n"
	"r8 += r7;\n"
	"r6 += r7;\n"
	"if r7 s<= 32 goto l_out_%=;\n"
	"r8 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_011(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w1 = -1;\n"
	"*(u32 *)(r10 -28) = w1;\n"
	"r7 ^= 2;\n"
	"r0 = *(u64 *)(r6 + 0);\n"
	"w7 -= 48;\n"
	"w7 <<= 18;\n"
	"*(u32 *)(r10 -24) = w8;\n"
	"w7 |= w9;\n"
	"if w7 >= w9 goto l_s7_%=;\n"
	"w1 = 0;\n"
	"*(u32 *)(r10 -64) = w1;\n"
	"l_s7_%=: w7 >>= 17;\n"
	"r7 -= -2147483648;\n"
	"r7 = r9;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_012(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 = *(u8 *)(r10 -36);\n"
	"r7 = *(u64 *)(r10 -8);\n"
	"r7 s>>= 22;\n"
	"w7 += w9;\n"
	"r6 += 47;\n"
	"r6 += r7;\n"
	"r6 += r7;\n"
	"if r7 s< r9 goto l_out_%=;\n"
	"r7 = *(u8 *)(r10 -60);\n"
	"r7 *= 15;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_013(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 &= 32;\n"
	"w1 = 0;\n"
	"*(u16 *)(r10 -64) = w1;\n"
	"r1 = 1;\n"
	"*(u64 *)(r10 -24) = r1;\n"
	"r9 = *(u64 *)(r10 -24);\n"
	"if r7 s>= 15 goto l_out_%=;\n"
	"r7 -= r9;\n"
	"w1 = 7;\n"
	"*(u16 *)(r10 -40) = w1;\n"
	"r6 += r7;\n"
	"r6 += 8;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_014(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 *= 2;\n"
	"r7 = r1;\n"
	"w1 = -1;\n"
	"*(u16 *)(r10 -48) = w1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_015(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u8 *)(r10 -48) = w7;\n"
	"if r7 s> 8 goto l_out_%=;\n"
	"w7 >>= 29;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_016(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u16 *)(r10 -38) = w8;\n"
	"r9 = *(u32 *)(r10 -8);\n"
	"if r7 s<= 31 goto l_out_%=;\n"
	"r7 = *(u8 *)(r10 -8);\n"
	"if w7 <= 2 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w7 <<= 4;\n"
	"r6 += 1;\n"
	"r7 = *(u16 *)(r10 -12);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_017(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"r6 += 8;\n"
	"w1 = 1;\n"
	"*(u16 *)(r10 -38) = w1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 < r9 goto l_s4_%=;\n"
	"*(u8 *)(r10 -36) = w7;\n"
	"l_s4_%=: r6 += r7;\n"
	"r7 s>>= 63;\n"
	"w1 = -1;\n"
	"*(u16 *)(r10 -8) = w1;\n"
	"r6 = *(u16 *)(r10 -16);\n"
	"w7 -= -1;\n"
	"r7 <<= 17;\n"
	"r7 |= -1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_018(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += 40;\n"
	"if r7 < 31 goto l_out_%=;\n"
	"r7 = r8;\n"
	"r7 = *(u32 *)(r10 -44);\n"
	"r6 += r7;\n"
	"*(u16 *)(r10 -12) = w7;\n"
	"r8 += -16;\n"
	"if r7 == -8 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_019(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 -= r9;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 -40) = r1;\n"
	"r1 = 7;\n"
	"*(u64 *)(r10 -64) = r1;\n"
	"w7 ^= w9;\n"
	"r7 = r1;\n"
	"r7 = r1;\n"
	"r7 *= 4;\n"
	"r7 *= -8;\n"
	"r6 += 8;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_020(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 == -2147483648 goto l_out_%=;\n"
	"r7 = *(u8 *)(r10 -39);\n"
	"*(u64 *)(r10 -48) = r9;\n"
	"r7 = r1;\n"
	"r7 &= 47;\n"
	"r7 s>>= 58;\n"
	"r7 <<= 57;\n"
	"w1 = -1;\n"
	"*(u32 *)(r10 -16) = w1;\n"
	"if r7 > 255 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_021(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 s> 16 goto l_out_%=;\n"
	"r6 += 48;\n"
	"w7 ^= 32;\n"
	"r8 += r7;\n"
	"if w7 s<= -2147483648 goto l_out_%=;\n"
	"*(u8 *)(r10 -24) = w6;\n"
	"r6 += 48;\n"
	"r6 += 48;\n"
	"r6 += 40;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_022(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s<= 255 goto l_out_%=;\n"
	"if r7 s<= 40 goto l_out_%=;\n"
	"r7 = r6;\n"
	"*(u16 *)(r10 -12) = w8;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 >>= 46;\n"
	"r6 += r7;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 -64) = r1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_023(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 &= 16;\n"
	"if r7 == 3 goto l_out_%=;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -32) = w1;\n"
	"r7 >>= 8;\n"
	"if r7 s< r9 goto l_out_%=;\n"
	"*(u32 *)(r10 -4) = w9;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_024(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w1 = 0;\n"
	"*(u16 *)(r10 -48) = w1;\n"
	"r6 = *(u16 *)(r10 -60);\n"
	"r6 += 8;\n"
	"w7 -= 2;\n"
	"r7 = *(u16 *)(r10 -24);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_025(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += -16;\n"
	"r6 += r7;\n"
	"r7 <<= 45;\n"
	"*(u8 *)(r10 -48) = w7;\n"
	"w7 *= -8;\n"
	"r6 += 8;\n"
	"w1 = -1;\n"
	"*(u16 *)(r10 -8) = w1;\n"
	"r6 += r7;\n"
	"r7 <<= 63;\n"
	"r6 += 1;\n"
	"r6 += r7;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_026(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u16 *)(r10 -48) = w7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r6 += r7;\n"
	"*(u16 *)(r10 -14) = w8;\n"
	"if w7 != -8 goto l_s4_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_s4_%=: r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_027(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 *= 7;\n"
	"if r7 < 63 goto l_s1_%=;\n"
	"*(u8 *)(r10 -15) = w7;\n"
	"l_s1_%=: call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r7 |= 2147483647;\n"
	"r7 = r0;\n"
	"if r7 s> 47 goto l_s5_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_s5_%=: r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_028(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"if r7 s<= 2 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 <= 15 goto l_out_%=;\n"
	"r9 = *(u16 *)(r10 -38);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r8 += -8;\n"
	"r6 = *(u64 *)(r10 -40);\n"
	"if w7 >= 15 goto l_out_%=;\n"
	"if w7 < w9 goto l_out_%=;\n"
	"r7 = r9;\n"
	"r7 s>>= 41;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_029(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r9 = *(u8 *)(r10 -16);\n"
	"if r7 < r9 goto l_out_%=;\n"
	"if w7 s> 255 goto l_s2_%=;\n"
	"r6 += r7;\n"
	"l_s2_%=: r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_030(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s< 0 goto l_s0_%=;\n"
	"r7 s>>= 60;\n"
	"l_s0_%=: *(u32 *)(r10 -8) = w7;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_031(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 += 0;\n"
	"r0 = *(u8 *)(r8 - 48);\n"
	"if w7 > 48 goto l_out_%=;\n"
	"w7 &= 1;\n"
	"r7 *= 0;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_032(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w1 = -1;\n"
	"*(u32 *)(r10 -48) = w1;\n"
	"r0 = *(u16 *)(r10 - 64);\n"
	"r7 = r6;\n"
	"r7 += r9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_033(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 < 1 goto l_out_%=;\n"
	"r7 = r0;\n"
	"r6 += 47;\n"
	"r7 = r9;\n"
	"r7 = r0;\n"
	"if r7 > r9 goto l_s5_%=;\n"
	"w7 <<= 12;\n"
	"l_s5_%=: *(u16 *)(r10 -32) = w7;\n"
	"if w7 s<= 32 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_034(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 >>= 14;\n"
	"r7 += r9;\n"
	"if r7 s<= 2147483647 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_035(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 &= 2;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"r8 += r7;\n"
	"r7 += 3;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_036(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 4);\n"
	"r7 |= 3;\n"
	"if r7 <= -8 goto l_out_%=;\n"
	"r7 -= 32;\n"
	"r6 += 48;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_037(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 == 2147483647 goto l_out_%=;\n"
	"if r7 < 48 goto l_out_%=;\n"
	"r8 += r7;\n"
	"r7 -= 16;\n"
	"r7 = *(u64 *)(r10 -40);\n"
	"w7 |= 7;\n"
	"r7 -= -1;\n"
	"r1 = -1;\n"
	"*(u64 *)(r10 -16) = r1;\n"
	"r6 += 8;\n"
	"r7 = r1;\n"
	"r0 = *(u64 *)(r6 + 0);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_038(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r7 >>= 59;\n"
	"r7 = *(u16 *)(r10 -20);\n"
	"r9 = *(u8 *)(r10 -36);\n"
	"if r7 s<= 2 goto l_out_%=;\n"
	"r7 ^= 1;\n"
	"r0 = *(u8 *)(r6 + 8);\n"
	"r7 >>= 50;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 -24) = r1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_039(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 <= 16 goto l_out_%=;\n"
	"r8 += -8;\n"
	"r8 += r7;\n"
	"if r7 s<= -8 goto l_s3_%=;\n"
	"r8 += -8;\n"
	"l_s3_%=: r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_040(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"r7 ^= r9;\n"
	"r0 = *(u32 *)(r10 - 48);\n"
	"r7 *= r9;\n"
	"r6 = *(u32 *)(r10 -20);\n"
	"r0 = *(u64 *)(r6 + 40);\n"
	"r7 *= r9;\n"
	"if r7 s<= r9 goto l_out_%=;\n"
	"r6 = *(u32 *)(r10 -60);\n"
	"if r7 >= 2 goto l_s9_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_s9_%=: call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r8 += 8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_041(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 < w9 goto l_s0_%=;\n"
	"w7 ^= -8;\n"
	"l_s0_%=: r7 ^= -8;\n"
	"w7 &= 3;\n"
	"if w7 >= 1 goto l_out_%=;\n"
	"r6 = *(u8 *)(r10 -15);\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 s>= 8 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if w7 < -8 goto l_out_%=;\n"
	"r6 += 4;\n"
	"r0 = *(u32 *)(r10 - 16);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_042(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u32 *)(r10 -40) = w9;\n"
	"if r7 s>= 2147483647 goto l_out_%=;\n"
	"r7 = r9;\n"
	"r0 = *(u64 *)(r6 + 4);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_043(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 < 48 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u32 *)(r10 -48);\n"
	"r6 += r7;\n"
	"r6 += r7;\n"
	"r7 += r9;\n"
	"r6 += 16;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 -32) = r1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_044(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += 1;\n"
	"if w7 s> w9 goto l_out_%=;\n"
	"r7 <<= 31;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 ^= 8;\n"
	"r7 ^= 7;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_045(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 != r9 goto l_out_%=;\n"
	"if w7 >= w9 goto l_out_%=;\n"
	"r6 = *(u32 *)(r10 -48);\n"
	"r6 = *(u32 *)(r10 -20);\n"
	"r6 += 47;\n"
	"r7 = r9;\n"
	"r7 += 7;\n"
	"r7 = r1;\n"
	"if r7 <= -8 goto l_out_%=;\n"
	"r6 += r7;\n"
	"if r7 > 2147483647 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_046(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += 1;\n"
	"if r7 > 4 goto l_out_%=;\n"
	"r7 *= r9;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -16) = w1;\n"
	"w7 ^= w9;\n"
	"if w7 s< w9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_047(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 &= 63;\n"
	"r7 |= 2147483647;\n"
	"r7 = r0;\n"
	"if r7 s>= 0 goto l_out_%=;\n"
	"r7 >>= 13;\n"
	"if r7 s<= -1 goto l_s5_%=;\n"
	"r7 ^= 255;\n"
	"l_s5_%=: r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_048(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 >>= 39;\n"
	"r0 = *(u64 *)(r10 - 8);\n"
	"r7 &= 4;\n"
	"if r7 <= 4 goto l_s3_%=;\n"
	"w1 = 1;\n"
	"*(u16 *)(r10 -8) = w1;\n"
	"l_s3_%=: r1 = -1;\n"
	"*(u64 *)(r10 -64) = r1;\n"
	"if r7 > -8 goto l_s5_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_s5_%=: r8 += 8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_049(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 >= r9 goto l_out_%=;\n"
	"*(u16 *)(r10 -48) = w6;\n"
	"*(u32 *)(r10 -44) = w9;\n"
	"r0 = *(u8 *)(r8 - 15);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_050(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r8;\n"
	"if r7 < 1 goto l_out_%=;\n"
	"if w7 s>= w9 goto l_out_%=;\n"
	"r7 |= 47;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_051(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += -8;\n"
	"r7 += r9;\n"
	"r6 += r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r10 - 20);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u32 *)(r8 - 48);\n"
	"w7 |= w9;\n"
	"w7 ^= 47;\n"
	"*(u8 *)(r10 -20) = w6;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_052(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 s< w9 goto l_s0_%=;\n"
	"r6 += r7;\n"
	"l_s0_%=: call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 s<= 4 goto l_out_%=;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_053(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 ^= -1;\n"
	"if r7 < 2 goto l_out_%=;\n"
	"r6 += -8;\n"
	"*(u32 *)(r10 -44) = w6;\n"
	"r6 = *(u32 *)(r10 -24);\n"
	"if r7 == -8 goto l_out_%=;\n"
	"w7 >>= 18;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_054(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r9;\n"
	"r1 = 1;\n"
	"*(u64 *)(r10 -32) = r1;\n"
	"r6 += r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 s>>= 19;\n"
	"if r7 s<= 47 goto l_out_%=;\n"
	"r8 += -8;\n"
	"if w7 < 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_055(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s> 48 goto l_s0_%=;\n"
	"r8 += 8;\n"
	"l_s0_%=: w1 = 1;\n"
	"*(u16 *)(r10 -30) = w1;\n"
	"*(u8 *)(r10 -7) = w6;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_056(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 <<= 10;\n"
	"r6 += 48;\n"
	"r7 -= 40;\n"
	"if r7 s<= 0 goto l_out_%=;\n"
	"w7 s>>= 3;\n"
	"r7 >>= 54;\n"
	"if r7 >= 47 goto l_out_%=;\n"
	"if r7 s> -1 goto l_out_%=;\n"
	"*(u16 *)(r10 -48) = w7;\n"
	"r0 = *(u8 *)(r6 + 48);\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 -64) = r1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_057(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r9 = *(u32 *)(r10 -40);\n"
	"r7 <<= 32;\n"
	"r8 += -8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_058(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s>= 40 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = r1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_059(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 s< 8 goto l_out_%=;\n"
	"if w7 == -2147483648 goto l_s2_%=;\n"
	"w7 *= 0;\n"
	"l_s2_%=: if r7 != 15 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_060(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w1 = 1;\n"
	"*(u32 *)(r10 -20) = w1;\n"
	"if r7 >= r9 goto l_out_%=;\n"
	"if r7 < 47 goto l_out_%=;\n"
	"if w7 != 255 goto l_s3_%=;\n"
	"r7 >>= 23;\n"
	"l_s3_%=: r6 += 0;\n"
	"if r7 s< 15 goto l_s5_%=;\n"
	"if w7 == -2147483648 goto l_out_%=;\n"
	"l_s5_%=: r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_061(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += 8;\n"
	"if r7 != 4 goto l_out_%=;\n"
	"r7 = r8;\n"
	"if w7 s< -1 goto l_out_%=;\n"
	"r7 = r8;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_062(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 > r9 goto l_s0_%=;\n"
	"r8 += -16;\n"
	"l_s0_%=: r7 <<= 41;\n"
	"r7 = r1;\n"
	"r6 += 16;\n"
	"if w7 == 16 goto l_s4_%=;\n"
	"r0 = *(u64 *)(r6 + 48);\n"
	"l_s4_%=: r7 ^= r9;\n"
	"*(u8 *)(r10 -24) = w9;\n"
	"w1 = 7;\n"
	"*(u8 *)(r10 -16) = w1;\n"
	"r8 += 8;\n"
	"w1 = 7;\n"
	"*(u8 *)(r10 -24) = w1;\n"
	"r1 = 1;\n"
	"*(u64 *)(r10 -48) = r1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_063(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r6 += 40;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = r8;\n"
	"r9 = *(u32 *)(r10 -44);\n"
	"w7 ^= -2147483648;\n"
	"w7 &= 15;\n"
	"*(u64 *)(r10 -24) = r6;\n"
	"w1 = -1;\n"
	"*(u32 *)(r10 -20) = w1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_064(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u16 *)(r10 -22) = w6;\n"
	"r0 = *(u16 *)(r10 - 62);\n"
	"r1 = -1;\n"
	"*(u64 *)(r10 -40) = r1;\n"
	"r0 = *(u32 *)(r6 + 40);\n"
	"r8 += r7;\n"
	"w7 <<= 0;\n"
	"r9 = *(u16 *)(r10 -22);\n"
	"r8 += -8;\n"
	"r0 = *(u16 *)(r6 + 48);\n"
	"if w7 != -2147483648 goto l_out_%=;\n"
	"r7 >>= 6;\n"
	"w1 = 0;\n"
	"*(u32 *)(r10 -48) = w1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_065(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 >= 4 goto l_out_%=;\n"
	"r6 += r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r9 = *(u8 *)(r10 -8);\n"
	"*(u64 *)(r10 -16) = r8;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"if r7 != 15 goto l_out_%=;\n"
	"if r7 s>= 40 goto l_out_%=;\n"
	"*(u16 *)(r10 -64) = w8;\n"
	"if w7 s>= w9 goto l_out_%=;\n"
	"w7 ^= 8;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_066(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"*(u64 *)(r10 -48) = r9;\n"
	"r7 = r9;\n"
	"w1 = -1;\n"
	"*(u32 *)(r10 -16) = w1;\n"
	"r8 += -48;\n"
	"r7 = r1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_067(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r8;\n"
	"r7 s>>= 0;\n"
	"r7 <<= 42;\n"
	"if r7 != r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_068(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 <= 15 goto l_out_%=;\n"
	"r7 = *(u32 *)(r10 -60);\n"
	"if r7 != 16 goto l_s3_%=;\n"
	"w1 = 0;\n"
	"*(u16 *)(r10 -40) = w1;\n"
	"l_s3_%=: r0 = *(u64 *)(r10 - 48);\n"
	"if r7 s< 2 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 64);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_069(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r1 = 7;\n"
	"*(u64 *)(r10 -8) = r1;\n"
	"r6 += 0;\n"
	"if w7 s< 255 goto l_out_%=;\n"
	"r7 = r0;\n"
	"r8 += 8;\n"
	"if r7 < 15 goto l_s5_%=;\n"
	"if r7 < 47 goto l_out_%=;\n"
	"l_s5_%=: r7 = *(u32 *)(r10 -64);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_070(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w1 = -1;\n"
	"*(u8 *)(r10 -8) = w1;\n"
	"if r7 > 1 goto l_s1_%=;\n"
	"r6 += -8;\n"
	"l_s1_%=: r7 = r8;\n"
	"w7 ^= w9;\n"
	"r7 = r9;\n"
	"r7 *= -8;\n"
	"if r7 != r9 goto l_out_%=;\n"
	"r6 += r7;\n"
	"*(u64 *)(r10 -8) = r8;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_071(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 s>= 0 goto l_out_%=;\n"
	"w1 = 7;\n"
	"*(u16 *)(r10 -8) = w1;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_072(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 |= 3;\n"
	"r6 = *(u8 *)(r10 -8);\n"
	"if r7 >= r9 goto l_out_%=;\n"
	"r8 += r7;\n"
	"w1 = -1;\n"
	"*(u8 *)(r10 -48) = w1;\n"
	"w7 -= w9;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_073(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w1 = 1;\n"
	"*(u16 *)(r10 -46) = w1;\n"
	"*(u32 *)(r10 -48) = w6;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 |= r9;\n"
	"if r7 s>= 40 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_074(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += r7;\n"
	"r6 = *(u64 *)(r10 -40);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w7 &= 255;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 s<= r9 goto l_out_%=;\n"
	"r7 -= 8;\n"
	"r8 += r7;\n"
	"r6 += r7;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_075(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 s> 2 goto l_s1_%=;\n"
	"r7 s>>= 4;\n"
	"l_s1_%=: r0 = *(u32 *)(r6 + 0);\n"
	"r8 += 8;\n"
	"r8 += -16;\n"
	"*(u64 *)(r10 -64) = r7;\n"
	"*(u64 *)(r10 -8) = r7;\n"
	"if w7 >= 2 goto l_out_%=;\n"
	"w1 = -1;\n"
	"*(u32 *)(r10 -48) = w1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_076(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 &= r9;\n"
	"*(u32 *)(r10 -4) = w9;\n"
	"*(u64 *)(r10 -24) = r6;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_077(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u32 *)(r10 -8) = w6;\n"
	"r6 += 0;\n"
	"r7 = r8;\n"
	"if w7 s< 47 goto l_out_%=;\n"
	"*(u8 *)(r10 -64) = w8;\n"
	"w7 <<= 28;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"*(u16 *)(r10 -20) = w6;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_078(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 = *(u32 *)(r10 -12);\n"
	"r9 = *(u32 *)(r10 -16);\n"
	"r0 = *(u8 *)(r10 - 64);\n"
	"if w7 != 4 goto l_out_%=;\n"
	"r7 |= 1;\n"
	"r0 = *(u16 *)(r8 - 64);\n"
	"r8 += r7;\n"
	"*(u16 *)(r10 -6) = w9;\n"
	"r7 |= 16;\n"
	"w7 ^= 2147483647;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_079(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 ^= 16;\n"
	"r7 &= r9;\n"
	"w7 |= w9;\n"
	"w7 *= w9;\n"
	"if w7 s<= -2147483648 goto l_out_%=;\n"
	"if r7 > 255 goto l_out_%=;\n"
	"r9 = *(u8 *)(r10 -32);\n"
	"w1 = -1;\n"
	"*(u16 *)(r10 -40) = w1;\n"
	"r7 += 2;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_080(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u8 *)(r10 -24) = w8;\n"
	"*(u16 *)(r10 -40) = w7;\n"
	"*(u8 *)(r10 -20) = w8;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"w1 = -1;\n"
	"*(u32 *)(r10 -64) = w1;\n"
	"r9 = *(u8 *)(r10 -32);\n"
	"r7 *= r9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_081(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 ^= 1;\n"
	"if w7 s>= 47 goto l_out_%=;\n"
	"if r7 <= r9 goto l_out_%=;\n"
	"w7 -= 2147483647;\n"
	"r7 += r9;\n"
	"r8 += r7;\n"
	"if w7 >= w9 goto l_s6_%=;\n"
	"r6 = *(u64 *)(r10 -40);\n"
	"l_s6_%=: if w7 <= -8 goto l_out_%=;\n"
	"w7 &= -2147483648;\n"
	"r8 += 8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_082(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 |= -1;\n"
	"r6 += 4;\n"
	"r6 += 16;\n"
	"if r7 s>= 16 goto l_out_%=;\n"
	"r7 |= -8;\n"
	"r7 >>= 10;\n"
	"if r7 != 8 goto l_out_%=;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -24) = w1;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -64) = w1;\n"
	"r6 += r7;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_083(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 += 16;\n"
	"r9 = *(u16 *)(r10 -8);\n"
	"r6 += r7;\n"
	"w1 = 7;\n"
	"*(u32 *)(r10 -48) = w1;\n"
	"if r7 != 47 goto l_out_%=;\n"
	"w1 = 0;\n"
	"*(u32 *)(r10 -32) = w1;\n"
	"r8 += 8;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -64) = w1;\n"
	"r7 s>>= 62;\n"
	"w7 <<= 7;\n"
	"r7 = r8;\n"
	"r9 = *(u32 *)(r10 -40);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_084(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += 0;\n"
	"*(u16 *)(r10 -22) = w7;\n"
	"r7 >>= 42;\n"
	"w1 = 0;\n"
	"*(u16 *)(r10 -8) = w1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = r8;\n"
	"w7 &= w9;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_085(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += 48;\n"
	"if w7 < w9 goto l_out_%=;\n"
	"if w7 s< 3 goto l_out_%=;\n"
	"*(u32 *)(r10 -24) = w7;\n"
	"w1 = 1;\n"
	"*(u32 *)(r10 -8) = w1;\n"
	"r7 ^= r9;\n"
	"r6 += 16;\n"
	"r7 <<= 27;\n"
	"w1 = 7;\n"
	"*(u16 *)(r10 -44) = w1;\n"
	"w7 -= -8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_086(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r9 = *(u8 *)(r10 -47);\n"
	"w7 += w9;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 <= r9 goto l_out_%=;\n"
	"*(u8 *)(r10 -64) = w6;\n"
	"w7 |= 15;\n"
	"r6 += 47;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r8 - 48);\n"
	"r7 += 8;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_087(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r6 += 40;\n"
	"r7 s>>= 56;\n"
	"if r7 s> 3 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 48);\n"
	"if w7 s>= w9 goto l_s5_%=;\n"
	"*(u64 *)(r10 -64) = r7;\n"
	"l_s5_%=: if w7 > 7 goto l_out_%=;\n"
	"if w7 s> 31 goto l_s7_%=;\n"
	"if w7 <= -1 goto l_out_%=;\n"
	"l_s7_%=: *(u8 *)(r10 -48) = w6;\n"
	"r6 += r7;\n"
	"r7 <<= 33;\n"
	"r7 >>= 31;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_088(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u16 *)(r10 - 24);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_089(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"w7 -= 48;\n"
	"*(u16 *)(r10 -48) = w7;\n"
	"if r7 <= r9 goto l_out_%=;\n"
	"if w7 != w9 goto l_out_%=;\n"
	"r7 = r1;\n"
	"if w7 s>= w9 goto l_out_%=;\n"
	"w7 >>= 4;\n"
	"if r7 != 2147483647 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_090(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 <= 31 goto l_s0_%=;\n"
	"r7 -= 48;\n"
	"l_s0_%=: r7 = *(u32 *)(r10 -12);\n"
	"r6 += r7;\n"
	"r6 += r7;\n"
	"r7 = r8;\n"
	"if r7 s>= 8 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 > 255 goto l_s7_%=;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"l_s7_%=: r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_091(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s>= 31 goto l_out_%=;\n"
	"if w7 > w9 goto l_out_%=;\n"
	"*(u8 *)(r10 -24) = w8;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = 1;\n"
	"*(u64 *)(r10 -24) = r1;\n"
	"w1 = 7;\n"
	"*(u32 *)(r10 -4) = w1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -60) = w1;\n"
	"r6 += 47;\n"
	"r0 = *(u32 *)(r8 - 44);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_092(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 &= 8;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 -32) = r1;\n"
	"if w7 s>= 15 goto l_out_%=;\n"
	"r8 += -8;\n"
	"r7 s>>= 46;\n"
	"r7 = r8;\n"
	"r7 >>= 22;\n"
	"if r7 == r9 goto l_s7_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_s7_%=: call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r8 += r7;\n"
	"w7 -= 2;\n"
	"r7 = r8;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_093(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 |= w9;\n"
	"*(u16 *)(r10 -64) = w7;\n"
	"if w7 < 15 goto l_out_%=;\n"
	"r7 s>>= 45;\n"
	"w7 |= 3;\n"
	"r0 = *(u16 *)(r10 - 24);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_094(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u8 *)(r10 -16) = w6;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 >>= 24;\n"
	"r7 = r0;\n"
	"*(u32 *)(r10 -12) = w7;\n"
	"r7 += r9;\n"
	"r6 += 48;\n"
	"*(u32 *)(r10 -24) = w8;\n"
	"*(u32 *)(r10 -48) = w9;\n"
	"*(u32 *)(r10 -40) = w9;\n"
	"if w7 s<= 15 goto l_out_%=;\n"
	"w1 = -1;\n"
	"*(u8 *)(r10 -64) = w1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_095(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 <<= 63;\n"
	"r7 -= r9;\n"
	"r6 += 4;\n"
	"if r7 s>= 2 goto l_s3_%=;\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -15) = w1;\n"
	"l_s3_%=: if r7 != r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r10 - 64);\n"
	"r6 += 4;\n"
	"r6 += 4;\n"
	"if w7 < 48 goto l_s8_%=;\n"
	"r7 ^= 2147483647;\n"
	"l_s8_%=: r0 = *(u8 *)(r10 - 32);\n"
	"r7 = r6;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_096(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u64 *)(r8 - 32);\n"
	"if w7 s< 16 goto l_out_%=;\n"
	"w1 = -1;\n"
	"*(u16 *)(r10 -8) = w1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_097(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 <<= 9;\n"
	"r7 = r8;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"if r7 > 40 goto l_out_%=;\n"
	"if w7 == -2147483648 goto l_out_%=;\n"
	"w7 <<= 22;\n"
	"r6 = *(u32 *)(r10 -32);\n"
	"*(u16 *)(r10 -8) = w7;\n"
	"w7 ^= w9;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_098(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r6;\n"
	"r7 s>>= 51;\n"
	"*(u8 *)(r10 -32) = w9;\n"
	"r8 += -8;\n"
	"r7 = r6;\n"
	"r7 |= 40;\n"
	"if r7 > 1 goto l_s6_%=;\n"
	"if r7 == -2147483648 goto l_out_%=;\n"
	"l_s6_%=: r7 += 4;\n"
	"w7 += -1;\n"
	"*(u32 *)(r10 -48) = w9;\n"
	"w7 ^= -2147483648;\n"
	"*(u16 *)(r10 -14) = w7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_099(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += 8;\n"
	"r7 &= r9;\n"
	"*(u64 *)(r10 -32) = r7;\n"
	"r7 &= 3;\n"
	"r7 = r1;\n"
	"if r7 > r9 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_100(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s> 15 goto l_out_%=;\n"
	"r0 = *(u64 *)(r6 + 48);\n"
	"if w7 s<= -1 goto l_out_%=;\n"
	"w7 &= 31;\n"
	"if r7 >= 2 goto l_s4_%=;\n"
	"if w7 >= w9 goto l_out_%=;\n"
	"l_s4_%=: if w7 s> 255 goto l_s5_%=;\n"
	"r7 >>= 27;\n"
	"l_s5_%=: r7 ^= 47;\n"
	"r6 += r7;\n"
	"r6 += r7;\n"
	"*(u64 *)(r10 -48) = r8;\n"
	"r7 = *(u64 *)(r10 -48);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_101(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"r7 &= r9;\n"
	"if r7 > 1 goto l_out_%=;\n"
	"*(u8 *)(r10 -64) = w7;\n"
	"*(u32 *)(r10 -8) = w6;\n"
	"if r7 s>= -8 goto l_out_%=;\n"
	"r0 = *(u64 *)(r6 + 40);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_102(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if w7 < w9 goto l_s2_%=;\n"
	"r6 += r7;\n"
	"l_s2_%=: r8 += 8;\n"
	"*(u32 *)(r10 -48) = w9;\n"
	"r6 += r7;\n"
	"r7 >>= 25;\n"
	"r0 = *(u8 *)(r6 + 8);\n"
	"*(u16 *)(r10 -40) = w8;\n"
	"r0 = *(u32 *)(r8 - 16);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_103(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s< 4 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 >>= 21;\n"
	"r8 += -8;\n"
	"r6 += 16;\n"
	"r6 = *(u8 *)(r10 -60);\n"
	"w7 s>>= 13;\n"
	"r7 = r9;\n"
	"r0 = *(u64 *)(r10 - 8);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_104(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r0;\n"
	"r7 ^= r9;\n"
	"if w7 s< w9 goto l_out_%=;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r0 = *(u32 *)(r8 - 24);\n"
	"r7 *= 255;\n"
	"if r7 > 32 goto l_out_%=;\n"
	"*(u32 *)(r10 -40) = w6;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_105(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r9;\n"
	"r7 -= r9;\n"
	"r6 += 48;\n"
	"*(u16 *)(r10 -60) = w8;\n"
	"r8 += r7;\n"
	"if w7 >= 2 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_106(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s<= 2 goto l_out_%=;\n"
	"r0 = *(u16 *)(r10 - 24);\n"
	"r1 = -1;\n"
	"*(u64 *)(r10 -64) = r1;\n"
	"r7 = r9;\n"
	"*(u64 *)(r10 -48) = r7;\n"
	"r8 += 8;\n"
	"r7 &= r9;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_107(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u32 *)(r10 -64) = w7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 > 63 goto l_s2_%=;\n"
	"r6 += 1;\n"
	"l_s2_%=: r7 = r8;\n"
	"r7 s>>= 15;\n"
	"r8 += -8;\n"
	"r6 += 0;\n"
	"r8 += -16;\n"
	"if r7 >= 31 goto l_s8_%=;\n"
	"if r7 != -2147483648 goto l_out_%=;\n"
	"l_s8_%=: r6 += r7;\n"
	"*(u32 *)(r10 -40) = w6;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_108(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += r7;\n"
	"*(u8 *)(r10 -16) = w7;\n"
	"r7 *= r9;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"r1 = 1;\n"
	"*(u64 *)(r10 -16) = r1;\n"
	"r7 = *(u64 *)(r10 -64);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_109(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"w7 s>>= 3;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_110(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u16 *)(r8 - 16);\n"
	"r7 |= r9;\n"
	"r7 >>= 48;\n"
	"r0 = *(u32 *)(r10 - 64);\n"
	"r7 = r8;\n"
	"r7 += 31;\n"
	"w7 -= 8;\n"
	"r7 = r9;\n"
	"r6 += r7;\n"
	"r7 |= 255;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_111(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u64 *)(r10 - 64);\n"
	"if r7 != 255 goto l_s1_%=;\n"
	"r7 *= 32;\n"
	"l_s1_%=: r7 |= r9;\n"
	"r0 = *(u8 *)(r10 - 64);\n"
	"if w7 s>= 15 goto l_s4_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_s4_%=: r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_112(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"w7 s>>= 6;\n"
	"if w7 s>= 15 goto l_out_%=;\n"
	"r9 = *(u32 *)(r10 -36);\n"
	"w1 = 0;\n"
	"*(u16 *)(r10 -28) = w1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if w7 s<= w9 goto l_s6_%=;\n"
	"*(u8 *)(r10 -12) = w6;\n"
	"l_s6_%=: r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_113(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 >>= 14;\n"
	"if r7 <= 47 goto l_out_%=;\n"
	"w7 s>>= 14;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_114(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"w7 &= 1;\n"
	"r7 -= r9;\n"
	"*(u32 *)(r10 -64) = w7;\n"
	"r6 += r7;\n"
	"if r7 >= -2147483648 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_115(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 != w9 goto l_out_%=;\n"
	"r7 = r0;\n"
	"r8 += -8;\n"
	"if r7 > 2147483647 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_116(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 < r9 goto l_s1_%=;\n"
	"r8 += -8;\n"
	"l_s1_%=: r6 += 16;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_117(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u8 *)(r10 - 40);\n"
	"w7 *= w9;\n"
	"if r7 s< r9 goto l_out_%=;\n"
	"if w7 s>= 4 goto l_out_%=;\n"
	"r8 += -16;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_118(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 s>>= 9;\n"
	"r7 *= 8;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 <<= 37;\n"
	"w7 |= 1;\n"
	"if r7 != r9 goto l_out_%=;\n"
	"if r7 == 32 goto l_out_%=;\n"
	"if r7 s<= 1 goto l_s7_%=;\n"
	"if r7 s<= 255 goto l_out_%=;\n"
	"l_s7_%=: r7 = r6;\n"
	"r6 += 4;\n"
	"*(u8 *)(r10 -16) = w8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_119(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r8 += r7;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -36) = w1;\n"
	"if r7 != r9 goto l_out_%=;\n"
	"r7 = *(u8 *)(r10 -32);\n"
	"r6 += r7;\n"
	"r0 = *(u16 *)(r8 - 48);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 -16) = r1;\n"
	"r1 = -1;\n"
	"*(u64 *)(r10 -64) = r1;\n"
	"r8 += -8;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_120(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u64 *)(r10 -40) = r7;\n"
	"r9 = *(u32 *)(r10 -32);\n"
	"r6 += 4;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_121(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r1;\n"
	"r6 += 0;\n"
	"if r7 != 1 goto l_s2_%=;\n"
	"r7 = *(u8 *)(r10 -16);\n"
	"l_s2_%=: r7 >>= 59;\n"
	"if r7 s>= r9 goto l_s4_%=;\n"
	"r9 = *(u8 *)(r10 -44);\n"
	"l_s4_%=: r6 += 47;\n"
	"r9 = *(u64 *)(r10 -24);\n"
	"r7 = r1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_122(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 < 40 goto l_out_%=;\n"
	"r7 = r8;\n"
	"*(u16 *)(r10 -8) = w6;\n"
	"if w7 s>= w9 goto l_s3_%=;\n"
	"r7 s>>= 25;\n"
	"l_s3_%=: r6 += 4;\n"
	"r0 = *(u8 *)(r10 - 20);\n"
	"r0 = *(u32 *)(r10 - 28);\n"
	"r7 |= 16;\n"
	"if r7 > 63 goto l_s8_%=;\n"
	"r9 = *(u16 *)(r10 -48);\n"
	"l_s8_%=: r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_123(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w1 = 1;\n"
	"*(u16 *)(r10 -24) = w1;\n"
	"w7 s>>= 15;\n"
	"r8 += r7;\n"
	"if w7 <= 48 goto l_s3_%=;\n"
	"r1 = -1;\n"
	"*(u64 *)(r10 -8) = r1;\n"
	"l_s3_%=: w1 = 0;\n"
	"*(u16 *)(r10 -64) = w1;\n"
	"if r7 > 7 goto l_out_%=;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_124(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += 4;\n"
	"if r7 >= 2147483647 goto l_out_%=;\n"
	"r7 = r1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_125(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r6;\n"
	"r9 = *(u64 *)(r10 -32);\n"
	"r7 = r6;\n"
	"r7 = r8;\n"
	"r8 += -48;\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -16) = w1;\n"
	"r8 += -48;\n"
	"*(u8 *)(r10 -23) = w7;\n"
	"r0 = *(u8 *)(r8 - 47);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_126(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u64 *)(r10 - 16);\n"
	"r7 &= r9;\n"
	"w7 s>>= 5;\n"
	"r7 = r1;\n"
	"r6 = *(u32 *)(r10 -40);\n"
	"r7 = r6;\n"
	"r7 = r6;\n"
	"if r7 s<= r9 goto l_s7_%=;\n"
	"r7 <<= 59;\n"
	"l_s7_%=: r8 += -16;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_127(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"r7 = r6;\n"
	"if r7 s<= 63 goto l_s2_%=;\n"
	"r8 += -8;\n"
	"l_s2_%=: if r7 != 48 goto l_out_%=;\n"
	"r7 += -1;\n"
	"r7 |= r9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_128(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = r8;\n"
	"if r7 < -2147483648 goto l_s3_%=;\n"
	"if r7 s< 15 goto l_out_%=;\n"
	"l_s3_%=: r7 = *(u8 *)(r10 -48);\n"
	"r8 += 8;\n"
	"if w7 == -8 goto l_out_%=;\n"
	"r7 = r0;\n"
	"r6 += r7;\n"
	"r7 = r6;\n"
	"r7 = r6;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_129(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = *(u32 *)(r10 -64);\n"
	"r6 += -8;\n"
	"w7 ^= w9;\n"
	"w1 = -1;\n"
	"*(u8 *)(r10 -40) = w1;\n"
	"r6 = *(u8 *)(r10 -24);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 *= r9;\n"
	"if r7 == 8 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_130(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r9;\n"
	"*(u8 *)(r10 -64) = w7;\n"
	"r8 += -16;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_131(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s>= r9 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r7 |= 1;\n"
	"if w7 s< 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r8 - 32);\n"
	"r7 >>= 20;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r6 = *(u32 *)(r10 -64);\n"
	"if r7 s> -2147483648 goto l_s8_%=;\n"
	"*(u8 *)(r10 -48) = w6;\n"
	"l_s8_%=: r7 &= 3;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_132(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 s> w9 goto l_out_%=;\n"
	"if w7 == w9 goto l_out_%=;\n"
	"r7 = r0;\n"
	"if r7 < 40 goto l_s3_%=;\n"
	"r0 = *(u16 *)(r10 - 32);\n"
	"l_s3_%=: *(u8 *)(r10 -48) = w7;\n"
	"if w7 s>= 16 goto l_s5_%=;\n"
	"w7 >>= 29;\n"
	"l_s5_%=: if r7 <= -2147483648 goto l_s6_%=;\n"
	"*(u64 *)(r10 -40) = r7;\n"
	"l_s6_%=: r8 += r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_133(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += r7;\n"
	"w7 >>= 3;\n"
	"if w7 != w9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_134(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"w1 = 7;\n"
	"*(u32 *)(r10 -4) = w1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_135(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u8 *)(r10 - 64);\n"
	"r6 += r7;\n"
	"if r7 == 255 goto l_out_%=;\n"
	"r0 = *(u64 *)(r10 - 24);\n"
	"r7 = r1;\n"
	"if w7 > w9 goto l_out_%=;\n"
	"r9 = *(u32 *)(r10 -44);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_136(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 != 8 goto l_s0_%=;\n"
	"*(u32 *)(r10 -48) = w6;\n"
	"l_s0_%=: r8 += r7;\n"
	"if r7 s<= 2 goto l_out_%=;\n"
	"if r7 >= 7 goto l_out_%=;\n"
	"r7 *= 40;\n"
	"r6 += -8;\n"
	"if r7 < r9 goto l_s6_%=;\n"
	"r0 = *(u8 *)(r8 - 48);\n"
	"l_s6_%=: r1 = 7;\n"
	"*(u64 *)(r10 -8) = r1;\n"
	"r6 += 4;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_137(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r0;\n"
	"r7 = r6;\n"
	"r6 += r7;\n"
	"if w7 s<= 1 goto l_out_%=;\n"
	"w7 s>>= 28;\n"
	"r7 = *(u8 *)(r10 -24);\n"
	"w7 s>>= 29;\n"
	"r7 -= -2147483648;\n"
	"w7 >>= 21;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_138(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r1 = -1;\n"
	"*(u64 *)(r10 -64) = r1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 <<= 44;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 <<= 59;\n"
	"*(u64 *)(r10 -48) = r7;\n"
	"r8 += r7;\n"
	"if r7 s<= 47 goto l_out_%=;\n"
	"if w7 s< 255 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_139(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w1 = -1;\n"
	"*(u8 *)(r10 -7) = w1;\n"
	"if r7 s> 47 goto l_s1_%=;\n"
	"*(u8 *)(r10 -7) = w8;\n"
	"l_s1_%=: r6 = *(u8 *)(r10 -4);\n"
	"r6 += r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"*(u32 *)(r10 -28) = w7;\n"
	"r7 ^= 16;\n"
	"if r7 != r9 goto l_out_%=;\n"
	"r7 s>>= 45;\n"
	"r7 = r1;\n"
	"r8 += -16;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_140(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u64 *)(r10 -8) = r9;\n"
	"if w7 s> 255 goto l_out_%=;\n"
	"r7 |= 8;\n"
	"r7 &= r9;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 == 4 goto l_out_%=;\n"
	"w1 = 7;\n"
	"*(u8 *)(r10 -24) = w1;\n"
	"r7 = *(u8 *)(r10 -31);\n"
	"w7 |= 15;\n"
	"r7 s>>= 26;\n"
	"r6 += 48;\n"
	"if r7 s< 1 goto l_s11_%=;\n"
	"if r7 >= 255 goto l_out_%=;\n"
	"l_s11_%=: r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_141(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 *= w9;\n"
	"r7 = r6;\n"
	"r7 = r8;\n"
	"r9 = *(u8 *)(r10 -48);\n"
	"r7 >>= 31;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_142(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 s>= -2147483648 goto l_s0_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_s0_%=: r9 = *(u64 *)(r10 -32);\n"
	"r0 = *(u8 *)(r6 + 4);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_143(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 <= w9 goto l_s0_%=;\n"
	"r7 s>>= 42;\n"
	"l_s0_%=: r7 = r6;\n"
	"r0 = *(u16 *)(r6 + 40);\n"
	"if w7 s< 4 goto l_s3_%=;\n"
	"r8 += 8;\n"
	"l_s3_%=: if r7 < -8 goto l_out_%=;\n"
	"if r7 == r9 goto l_s5_%=;\n"
	"r7 |= -2147483648;\n"
	"l_s5_%=: r0 = *(u16 *)(r8 - 16);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"w1 = 7;\n"
	"*(u16 *)(r10 -64) = w1;\n"
	"*(u16 *)(r10 -36) = w9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_144(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"r6 += r7;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_145(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = -1;\n"
	"*(u64 *)(r10 -32) = r1;\n"
	"r0 = *(u16 *)(r8 - 40);\n"
	"r7 += r9;\n"
	"r7 -= r9;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r8 - 16);\n"
	"r7 = r9;\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_146(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 += w9;\n"
	"if w7 s>= w9 goto l_out_%=;\n"
	"if r7 != r9 goto l_out_%=;\n"
	"w1 = 7;\n"
	"*(u32 *)(r10 -64) = w1;\n"
	"r6 = *(u16 *)(r10 -8);\n"
	"if w7 s< 15 goto l_s5_%=;\n"
	"r0 = *(u32 *)(r10 - 20);\n"
	"l_s5_%=: r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_147(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w1 = 7;\n"
	"*(u32 *)(r10 -8) = w1;\n"
	"if w7 <= -1 goto l_out_%=;\n"
	"w1 = 1;\n"
	"*(u32 *)(r10 -60) = w1;\n"
	"r9 = *(u32 *)(r10 -64);\n"
	"w7 |= 4;\n"
	"w7 s>>= 9;\n"
	"r7 = r1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_148(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 == 1 goto l_out_%=;\n"
	"r8 += r7;\n"
	"r7 = r9;\n"
	"r7 += 1;\n"
	"r7 *= 2147483647;\n"
	"r7 *= 255;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_149(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += -8;\n"
	"*(u8 *)(r10 -44) = w6;\n"
	"if r7 == 63 goto l_s2_%=;\n"
	"r7 = r0;\n"
	"l_s2_%=: r0 = *(u16 *)(r6 + 48);\n"
	"r9 = *(u32 *)(r10 -8);\n"
	"if r7 <= 16 goto l_out_%=;\n"
	"r1 = 7;\n"
	"*(u64 *)(r10 -64) = r1;\n"
	"w1 = 7;\n"
	"*(u32 *)(r10 -12) = w1;\n"
	"r7 = *(u16 *)(r10 -8);\n"
	"r8 += -16;\n"
	"r6 += r7;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_150(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r8 += -8;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r1 = -1;\n"
	"*(u64 *)(r10 -64) = r1;\n"
	"r6 = *(u16 *)(r10 -28);\n"
	"r8 += -48;\n"
	"if w7 > w9 goto l_out_%=;\n"
	"r7 = *(u64 *)(r10 -40);\n"
	"r7 = r1;\n"
	"r7 -= -2147483648;\n"
	"if r7 <= r9 goto l_s11_%=;\n"
	"r7 s>>= 51;\n"
	"l_s11_%=: r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_151(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r8;\n"
	"if r7 != -2147483648 goto l_s1_%=;\n"
	"w1 = 0;\n"
	"*(u16 *)(r10 -38) = w1;\n"
	"l_s1_%=: r6 += r7;\n"
	"if r7 < 8 goto l_out_%=;\n"
	"if r7 != 4 goto l_s4_%=;\n"
	"r7 = r9;\n"
	"l_s4_%=: r6 += r7;\n"
	"r7 *= 40;\n"
	"w1 = -1;\n"
	"*(u8 *)(r10 -60) = w1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_152(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 == -8 goto l_out_%=;\n"
	"r7 |= -8;\n"
	"w1 = 7;\n"
	"*(u8 *)(r10 -4) = w1;\n"
	"r6 += r7;\n"
	"*(u8 *)(r10 -4) = w7;\n"
	"w1 = 1;\n"
	"*(u32 *)(r10 -40) = w1;\n"
	"r7 = r8;\n"
	"r6 = *(u8 *)(r10 -15);\n"
	"*(u8 *)(r10 -39) = w8;\n"
	"r7 = r6;\n"
	"if r7 < 15 goto l_out_%=;\n"
	"if r7 >= 31 goto l_out_%=;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_153(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += -48;\n"
	"r6 += r7;\n"
	"r7 s>>= 53;\n"
	"w7 s>>= 27;\n"
	"r7 = r0;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 -32) = r1;\n"
	"r7 = *(u64 *)(r10 -48);\n"
	"if r7 == 4 goto l_s7_%=;\n"
	"if r7 s>= 63 goto l_out_%=;\n"
	"l_s7_%=: r7 -= 15;\n"
	"w7 |= w9;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_154(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u32 *)(r10 -12) = w9;\n"
	"if w7 != -8 goto l_out_%=;\n"
	"r6 += 0;\n"
	"w1 = -1;\n"
	"*(u8 *)(r10 -4) = w1;\n"
	"r8 += r7;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r0 = *(u32 *)(r8 - 20);\n"
	"r7 = *(u8 *)(r10 -8);\n"
	"*(u16 *)(r10 -32) = w6;\n"
	"if r7 < -1 goto l_out_%=;\n"
	"r6 += 1;\n"
	"r7 = r6;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_155(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 > 255 goto l_out_%=;\n"
	"w7 >>= 8;\n"
	"r9 = *(u8 *)(r10 -28);\n"
	"r6 += 16;\n"
	"w1 = 1;\n"
	"*(u32 *)(r10 -28) = w1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_156(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r9 = *(u8 *)(r10 -24);\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -40) = w1;\n"
	"w7 >>= 14;\n"
	"w1 = 7;\n"
	"*(u8 *)(r10 -20) = w1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_157(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u8 *)(r8 - 8);\n"
	"r9 = *(u64 *)(r10 -64);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_158(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u8 *)(r10 -39) = w9;\n"
	"r7 *= 31;\n"
	"r1 = 1;\n"
	"*(u64 *)(r10 -32) = r1;\n"
	"w7 >>= 21;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 <<= 56;\n"
	"if r7 s> r9 goto l_out_%=;\n"
	"r1 = 7;\n"
	"*(u64 *)(r10 -16) = r1;\n"
	"r8 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_159(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u32 *)(r10 -12) = w8;\n"
	"if r7 > 16 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -15) = w1;\n"
	"if r7 < 1 goto l_s4_%=;\n"
	"r8 += 8;\n"
	"l_s4_%=: r0 = *(u64 *)(r6 + 48);\n"
	"r6 = *(u16 *)(r10 -64);\n"
	"r7 *= 32;\n"
	"*(u64 *)(r10 -64) = r9;\n"
	"if r7 != r9 goto l_out_%=;\n"
	"r7 = r9;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_160(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u64 *)(r10 -24) = r8;\n"
	"r0 = *(u64 *)(r8 - 64);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 > 2147483647 goto l_s3_%=;\n"
	"w1 = -1;\n"
	"*(u8 *)(r10 -15) = w1;\n"
	"l_s3_%=: r6 += r7;\n"
	"r7 s>>= 57;\n"
	"w1 = -1;\n"
	"*(u32 *)(r10 -8) = w1;\n"
	"w7 -= w9;\n"
	"if w7 < w9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_161(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 &= 3;\n"
	"w7 <<= 29;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 s< r9 goto l_out_%=;\n"
	"r7 ^= 1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_162(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 s>>= 55;\n"
	"w7 += 1;\n"
	"r6 = *(u8 *)(r10 -16);\n"
	"r7 = *(u16 *)(r10 -8);\n"
	"if r7 s> 2 goto l_out_%=;\n"
	"if w7 > 31 goto l_out_%=;\n"
	"w7 ^= 40;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_163(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s> 3 goto l_s0_%=;\n"
	"*(u16 *)(r10 -64) = w9;\n"
	"l_s0_%=: *(u16 *)(r10 -8) = w8;\n"
	"r7 ^= r9;\n"
	"if r7 s< 40 goto l_out_%=;\n"
	"r0 = *(u32 *)(r10 - 4);\n"
	"r7 = *(u16 *)(r10 -40);\n"
	"r7 *= 1;\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r8 - 60);\n"
	"w7 <<= 17;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_164(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 -= r9;\n"
	"r0 = *(u32 *)(r8 - 64);\n"
	"r7 &= 15;\n"
	"if w7 < -8 goto l_s3_%=;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"l_s3_%=: r6 += r7;\n"
	"if w7 s>= 16 goto l_s5_%=;\n"
	"r7 = r8;\n"
	"l_s5_%=: r1 = 1;\n"
	"*(u64 *)(r10 -8) = r1;\n"
	"r0 = *(u16 *)(r8 - 8);\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 != r9 goto l_out_%=;\n"
	"r8 += r7;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_165(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += 48;\n"
	"w7 >>= 24;\n"
	"r6 += r7;\n"
	"if w7 s> w9 goto l_s3_%=;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"l_s3_%=: if w7 >= w9 goto l_out_%=;\n"
	"*(u32 *)(r10 -8) = w6;\n"
	"if w7 > 255 goto l_out_%=;\n"
	"r9 = *(u32 *)(r10 -28);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_166(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 *= w9;\n"
	"if w7 s> 3 goto l_s1_%=;\n"
	"if r7 >= 2147483647 goto l_out_%=;\n"
	"l_s1_%=: r7 = r9;\n"
	"r7 = r6;\n"
	"r6 += 48;\n"
	"w7 >>= 23;\n"
	"w1 = 7;\n"
	"*(u16 *)(r10 -24) = w1;\n"
	"r7 |= 4;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_167(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 < -2147483648 goto l_out_%=;\n"
	"r7 = *(u64 *)(r10 -64);\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"if r7 s> 2 goto l_out_%=;\n"
	"w1 = -1;\n"
	"*(u8 *)(r10 -24) = w1;\n"
	"r0 = *(u64 *)(r8 - 16);\n"
	"r7 |= r9;\n"
	"r6 = *(u64 *)(r10 -16);\n"
	"*(u64 *)(r10 -40) = r8;\n"
	"if r7 s> 255 goto l_out_%=;\n"
	"r0 = *(u16 *)(r8 - 60);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_168(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u16 *)(r10 - 38);\n"
	"r0 = *(u16 *)(r8 - 16);\n"
	"r8 += -48;\n"
	"r7 <<= 63;\n"
	"w7 >>= 27;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_169(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 != 31 goto l_out_%=;\n"
	"if r7 != 32 goto l_out_%=;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r0 = *(u32 *)(r8 - 32);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_170(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u64 *)(r10 -48) = r7;\n"
	"r7 ^= r9;\n"
	"r7 >>= 5;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_171(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 s>>= 23;\n"
	"w7 s>>= 6;\n"
	"if r7 <= 2147483647 goto l_s2_%=;\n"
	"r7 ^= -1;\n"
	"l_s2_%=: r7 *= 47;\n"
	"w7 >>= 10;\n"
	"r8 += -16;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 s< 0 goto l_out_%=;\n"
	"r6 += 8;\n"
	"w1 = 7;\n"
	"*(u32 *)(r10 -32) = w1;\n"
	"r8 += 8;\n"
	"r0 = *(u32 *)(r6 + 8);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_172(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r6;\n"
	"if r7 == 1 goto l_s1_%=;\n"
	"r7 &= -2147483648;\n"
	"l_s1_%=: *(u8 *)(r10 -32) = w9;\n"
	"if r7 <= 47 goto l_out_%=;\n"
	"if w7 < -1 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_173(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 *= -2147483648;\n"
	"if r7 s>= 7 goto l_s1_%=;\n"
	"r6 += r7;\n"
	"l_s1_%=: r0 = *(u32 *)(r8 - 24);\n"
	"r7 >>= 54;\n"
	"r9 = *(u32 *)(r10 -24);\n"
	"r7 &= r9;\n"
	"if r7 s> 15 goto l_out_%=;\n"
	"*(u8 *)(r10 -28) = w7;\n"
	"r7 = r9;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_174(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s< 2 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r8 += r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 *= 63;\n"
	"r6 += 16;\n"
	"r7 = *(u16 *)(r10 -32);\n"
	"r7 = r6;\n"
	"r7 = *(u64 *)(r10 -16);\n"
	"r6 += r7;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_175(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 s< 0 goto l_out_%=;\n"
	"r6 = *(u16 *)(r10 -4);\n"
	"*(u8 *)(r10 -60) = w6;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_176(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += 8;\n"
	"if r7 s> r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r6 + 44);\n"
	"w7 ^= w9;\n"
	"r0 = *(u32 *)(r10 - 64);\n"
	"if w7 s< 15 goto l_s5_%=;\n"
	"w7 -= w9;\n"
	"l_s5_%=: r6 += r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w7 ^= 2;\n"
	"if w7 != w9 goto l_out_%=;\n"
	"r6 += 1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_177(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u8 *)(r10 -64) = w6;\n"
	"r7 s>>= 46;\n"
	"r7 s>>= 17;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -48) = w1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w7 *= 40;\n"
	"r0 = *(u8 *)(r8 - 24);\n"
	"r8 += -8;\n"
	"r7 = r9;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_178(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w1 = 7;\n"
	"*(u8 *)(r10 -63) = w1;\n"
	"r0 = *(u8 *)(r8 - 60);\n"
	"r8 += -16;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_179(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"r6 = *(u32 *)(r10 -64);\n"
	"*(u8 *)(r10 -8) = w6;\n"
	"r8 += -16;\n"
	"r7 = r0;\n"
	"r0 = *(u16 *)(r8 - 16);\n"
	"r7 = r8;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -20) = w1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 <<= 17;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_180(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r6 += 47;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r7 = *(u8 *)(r10 -32);\n"
	"r1 = 7;\n"
	"*(u64 *)(r10 -16) = r1;\n"
	"w7 <<= 14;\n"
	"*(u16 *)(r10 -30) = w6;\n"
	"if r7 s> 47 goto l_out_%=;\n"
	"r8 += r7;\n"
	"r7 = r8;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_181(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += -48;\n"
	"r6 += 1;\n"
	"if r7 <= r9 goto l_out_%=;\n"
	"if r7 s> r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_182(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w7 -= 8;\n"
	"r7 += 48;\n"
	"w1 = 0;\n"
	"*(u32 *)(r10 -28) = w1;\n"
	"if w7 >= w9 goto l_out_%=;\n"
	"if w7 == w9 goto l_s5_%=;\n"
	"r7 |= 63;\n"
	"l_s5_%=: r7 <<= 39;\n"
	"r0 = *(u32 *)(r6 + 0);\n"
	"w1 = -1;\n"
	"*(u16 *)(r10 -6) = w1;\n"
	"r8 += -48;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = r9;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_183(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r6;\n"
	"*(u16 *)(r10 -60) = w7;\n"
	"*(u8 *)(r10 -40) = w6;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_184(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = *(u16 *)(r10 -38);\n"
	"r0 = *(u16 *)(r6 + 8);\n"
	"*(u8 *)(r10 -24) = w9;\n"
	"r7 = r8;\n"
	"r0 = *(u8 *)(r10 - 36);\n"
	"*(u16 *)(r10 -40) = w7;\n"
	"w7 &= 32;\n"
	"r0 = *(u16 *)(r8 - 64);\n"
	"r7 = r1;\n"
	"r0 = *(u64 *)(r6 + 48);\n"
	"if r7 s>= 48 goto l_s10_%=;\n"
	"r8 += -48;\n"
	"l_s10_%=: if w7 > 3 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_185(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u32 *)(r8 - 48);\n"
	"r7 = r8;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 -8) = r1;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_186(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += 0;\n"
	"r1 = -1;\n"
	"*(u64 *)(r10 -48) = r1;\n"
	"r6 += r7;\n"
	"*(u64 *)(r10 -64) = r9;\n"
	"r0 = *(u32 *)(r10 - 20);\n"
	"r6 += -8;\n"
	"r8 += -48;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_187(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u16 *)(r10 -24) = w6;\n"
	"r6 = *(u16 *)(r10 -6);\n"
	"if r7 s> -8 goto l_out_%=;\n"
	"*(u16 *)(r10 -64) = w9;\n"
	"r8 += -48;\n"
	"r6 += 4;\n"
	"r6 += r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_188(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 <<= 61;\n"
	"r8 += r7;\n"
	"if r7 == 8 goto l_s2_%=;\n"
	"if r7 <= 7 goto l_out_%=;\n"
	"l_s2_%=: if r7 s< r9 goto l_s3_%=;\n"
	"w7 |= 16;\n"
	"l_s3_%=: r7 *= r9;\n"
	"r0 = *(u16 *)(r6 + 44);\n"
	"if w7 s>= 63 goto l_out_%=;\n"
	"*(u32 *)(r10 -40) = w8;\n"
	"*(u16 *)(r10 -44) = w8;\n"
	"if r7 s<= 8 goto l_out_%=;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_189(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 <= 47 goto l_s0_%=;\n"
	"w7 ^= 2147483647;\n"
	"l_s0_%=: call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"w1 = 7;\n"
	"*(u32 *)(r10 -8) = w1;\n"
	"r8 += r7;\n"
	"if r7 s> -1 goto l_s4_%=;\n"
	"if r7 <= 48 goto l_out_%=;\n"
	"l_s4_%=: w7 >>= 16;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_190(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 s< 0 goto l_s0_%=;\n"
	"if w7 >= 7 goto l_out_%=;\n"
	"l_s0_%=: r7 = r1;\n"
	"if w7 < 32 goto l_out_%=;\n"
	"if r7 > r9 goto l_out_%=;\n"
	"r7 = *(u64 *)(r10 -32);\n"
	"r7 = r8;\n"
	"r8 += -8;\n"
	"if r7 <= 47 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_191(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u64 *)(r6 + 4);\n"
	"if r7 s< r9 goto l_out_%=;\n"
	"if r7 s> 0 goto l_out_%=;\n"
	"w1 = 7;\n"
	"*(u16 *)(r10 -8) = w1;\n"
	"if r7 s>= r9 goto l_out_%=;\n"
	"*(u16 *)(r10 -64) = w6;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_192(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u64 *)(r10 -32) = r6;\n"
	"r7 >>= 60;\n"
	"r8 += r7;\n"
	"w7 -= 31;\n"
	"*(u16 *)(r10 -8) = w9;\n"
	"r8 += -8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_193(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 != 2147483647 goto l_out_%=;\n"
	"r7 = *(u8 *)(r10 -40);\n"
	"r6 += 16;\n"
	"w1 = 0;\n"
	"*(u32 *)(r10 -20) = w1;\n"
	"*(u8 *)(r10 -64) = w9;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 -= -2147483648;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_194(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 = *(u16 *)(r10 -16);\n"
	"if r7 <= 16 goto l_out_%=;\n"
	"if w7 == -1 goto l_out_%=;\n"
	"*(u64 *)(r10 -40) = r8;\n"
	"w7 += w9;\n"
	"if r7 <= 1 goto l_out_%=;\n"
	"if w7 >= 40 goto l_out_%=;\n"
	"r0 = *(u64 *)(r10 - 64);\n"
	"r8 += 8;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -32) = w1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_195(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += 4;\n"
	"r7 >>= 29;\n"
	"r7 *= 47;\n"
	"r0 = *(u8 *)(r8 - 24);\n"
	"r7 *= r9;\n"
	"r8 += -48;\n"
	"if r7 s>= 48 goto l_out_%=;\n"
	"r0 = *(u16 *)(r6 + 4);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_196(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += -16;\n"
	"if r7 s>= 8 goto l_s1_%=;\n"
	"*(u32 *)(r10 -16) = w7;\n"
	"l_s1_%=: call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 <<= 22;\n"
	"r7 += 0;\n"
	"if w7 > 32 goto l_s5_%=;\n"
	"r9 = *(u64 *)(r10 -48);\n"
	"l_s5_%=: w7 |= 0;\n"
	"r6 += r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r6 += 16;\n"
	"if r7 != 8 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_197(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w7 += 16;\n"
	"r8 += -16;\n"
	"r7 &= r9;\n"
	"w7 |= w9;\n"
	"w1 = 1;\n"
	"*(u16 *)(r10 -8) = w1;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_198(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s<= 48 goto l_out_%=;\n"
	"r6 += 16;\n"
	"r0 = *(u16 *)(r6 + 40);\n"
	"if r7 != r9 goto l_s3_%=;\n"
	"if r7 >= 255 goto l_out_%=;\n"
	"l_s3_%=: r0 = *(u8 *)(r6 + 8);\n"
	"*(u16 *)(r10 -36) = w6;\n"
	"if w7 s>= w9 goto l_out_%=;\n"
	"r7 s>>= 10;\n"
	"w7 |= 32;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_199(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += r7;\n"
	"r7 = *(u32 *)(r10 -36);\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"if r7 <= 2147483647 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_200(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 += -1;\n"
	"w1 = 7;\n"
	"*(u32 *)(r10 -44) = w1;\n"
	"r8 += -8;\n"
	"r7 ^= r9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_201(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r6 += r7;\n"
	"if r7 > 63 goto l_out_%=;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -8) = w1;\n"
	"if r7 s>= 31 goto l_out_%=;\n"
	"w7 += w9;\n"
	"r6 += 0;\n"
	"r6 += r7;\n"
	"if r7 < -2147483648 goto l_out_%=;\n"
	"r7 = r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_202(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = *(u8 *)(r10 -20);\n"
	"if r7 s> 15 goto l_out_%=;\n"
	"r7 *= 2147483647;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_203(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 >>= 27;\n"
	"*(u32 *)(r10 -12) = w9;\n"
	"w1 = -1;\n"
	"*(u32 *)(r10 -60) = w1;\n"
	"r7 <<= 60;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_204(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 = *(u64 *)(r10 -16);\n"
	"w7 -= w9;\n"
	"r7 = *(u8 *)(r10 -16);\n"
	"if r7 <= 32 goto l_out_%=;\n"
	"if r7 s>= 48 goto l_out_%=;\n"
	"r8 += -8;\n"
	"r0 = *(u32 *)(r8 - 16);\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_205(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w1 = 1;\n"
	"*(u16 *)(r10 -38) = w1;\n"
	"r8 += 8;\n"
	"r7 = r0;\n"
	"r7 -= 255;\n"
	"w1 = -1;\n"
	"*(u32 *)(r10 -48) = w1;\n"
	"if r7 >= 0 goto l_s5_%=;\n"
	"w1 = -1;\n"
	"*(u8 *)(r10 -63) = w1;\n"
	"l_s5_%=: r7 = r8;\n"
	"r7 = *(u8 *)(r10 -20);\n"
	"r8 += -48;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u64 *)(r8 - 32);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_206(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s> 8 goto l_out_%=;\n"
	"w1 = -1;\n"
	"*(u8 *)(r10 -36) = w1;\n"
	"if r7 >= 1 goto l_out_%=;\n"
	"if w7 > -1 goto l_s3_%=;\n"
	"if r7 s< 15 goto l_out_%=;\n"
	"l_s3_%=: r8 += -8;\n"
	"r7 = r0;\n"
	"r7 -= 32;\n"
	"if r7 > r9 goto l_s7_%=;\n"
	"r0 = *(u8 *)(r10 - 24);\n"
	"l_s7_%=: r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_207(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u16 *)(r8 - 36);\n"
	"if r7 > 4 goto l_out_%=;\n"
	"w1 = 7;\n"
	"*(u16 *)(r10 -48) = w1;\n"
	"w7 >>= 6;\n"
	"r6 += 16;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_208(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u8 *)(r8 - 63);\n"
	"r7 >>= 27;\n"
	"r6 += r7;\n"
	"r8 += -8;\n"
	"r7 *= r9;\n"
	"r7 = r8;\n"
	"r6 = *(u64 *)(r10 -24);\n"
	"r7 = r1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_209(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 >>= 31;\n"
	"if r7 != 63 goto l_s1_%=;\n"
	"r9 = *(u8 *)(r10 -32);\n"
	"l_s1_%=: if r7 s<= r9 goto l_s2_%=;\n"
	"*(u64 *)(r10 -24) = r7;\n"
	"l_s2_%=: w7 |= 16;\n"
	"if r7 s<= 31 goto l_out_%=;\n"
	"if r7 < 7 goto l_out_%=;\n"
	"r8 += r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_210(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 > 47 goto l_out_%=;\n"
	"r6 += r7;\n"
	"if r7 < 47 goto l_out_%=;\n"
	"*(u8 *)(r10 -47) = w9;\n"
	"r6 += r7;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_211(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = *(u8 *)(r10 -32);\n"
	"r7 >>= 0;\n"
	"if r7 <= 255 goto l_s2_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_s2_%=: r7 >>= 34;\n"
	"w7 *= 1;\n"
	"r0 = *(u32 *)(r8 - 64);\n"
	"w7 &= -1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_212(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -44) = w1;\n"
	"w1 = -1;\n"
	"*(u32 *)(r10 -4) = w1;\n"
	"r6 += 16;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 <<= 31;\n"
	"r8 += r7;\n"
	"r9 = *(u64 *)(r10 -32);\n"
	"if r7 < 8 goto l_s7_%=;\n"
	"if w7 s>= 7 goto l_out_%=;\n"
	"l_s7_%=: call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_213(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"*(u8 *)(r10 -63) = w8;\n"
	"w7 -= 7;\n"
	"w7 &= w9;\n"
	"r0 = *(u16 *)(r10 - 4);\n"
	"if r7 <= -1 goto l_s5_%=;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"l_s5_%=: w1 = 0;\n"
	"*(u8 *)(r10 -16) = w1;\n"
	"*(u64 *)(r10 -48) = r7;\n"
	"r0 = *(u16 *)(r8 - 22);\n"
	"if r7 >= 15 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 &= 2147483647;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_214(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r1;\n"
	"if r7 > 3 goto l_out_%=;\n"
	"w7 -= w9;\n"
	"r7 = r6;\n"
	"r7 = *(u16 *)(r10 -16);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if w7 <= 63 goto l_s6_%=;\n"
	"w7 *= -2147483648;\n"
	"l_s6_%=: r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_215(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 s<= 4 goto l_out_%=;\n"
	"if w7 <= 63 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 0);\n"
	"if r7 s<= r9 goto l_s4_%=;\n"
	"r7 = r6;\n"
	"l_s4_%=: w1 = 1;\n"
	"*(u16 *)(r10 -20) = w1;\n"
	"if r7 < 32 goto l_out_%=;\n"
	"r1 = -1;\n"
	"*(u64 *)(r10 -8) = r1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_216(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 -= 0;\n"
	"if w7 != w9 goto l_out_%=;\n"
	"r6 += r7;\n"
	"if r7 < -8 goto l_out_%=;\n"
	"r7 *= -1;\n"
	"r7 &= 40;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_217(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u8 *)(r10 -8) = w6;\n"
	"r6 += 48;\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -47) = w1;\n"
	"r7 <<= 2;\n"
	"if w7 != w9 goto l_out_%=;\n"
	"r7 = *(u8 *)(r10 -31);\n"
	"r7 <<= 44;\n"
	"r0 = *(u32 *)(r6 + 48);\n"
	"*(u64 *)(r10 -16) = r9;\n"
	"if w7 s> w9 goto l_s9_%=;\n"
	"r7 |= 4;\n"
	"l_s9_%=: r6 += 47;\n"
	"if r7 s< r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_218(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w1 = -1;\n"
	"*(u8 *)(r10 -39) = w1;\n"
	"r6 += r7;\n"
	"w7 <<= 2;\n"
	"if r7 != 4 goto l_out_%=;\n"
	"*(u8 *)(r10 -36) = w7;\n"
	"r8 += 8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_219(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u8 *)(r10 -47) = w9;\n"
	"w1 = 1;\n"
	"*(u32 *)(r10 -4) = w1;\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -48) = w1;\n"
	"*(u32 *)(r10 -4) = w6;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_220(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 >>= 24;\n"
	"if r7 s> r9 goto l_out_%=;\n"
	"if r7 s>= 32 goto l_out_%=;\n"
	"r7 <<= 17;\n"
	"w7 &= -8;\n"
	"r0 = *(u16 *)(r8 - 24);\n"
	"if r7 == 2147483647 goto l_out_%=;\n"
	"r6 += 40;\n"
	"r8 += -8;\n"
	"r6 += 0;\n"
	"r7 = r0;\n"
	"r7 = r6;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_221(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 <<= 53;\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w1 = 1;\n"
	"*(u32 *)(r10 -8) = w1;\n"
	"w7 s>>= 17;\n"
	"r8 += -48;\n"
	"r6 += 1;\n"
	"w7 += w9;\n"
	"r6 += r7;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_222(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += 8;\n"
	"r7 = r8;\n"
	"if r7 s>= 8 goto l_out_%=;\n"
	"r1 = 7;\n"
	"*(u64 *)(r10 -24) = r1;\n"
	"if w7 s< 3 goto l_out_%=;\n"
	"r8 += -8;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r6 += r7;\n"
	"w1 = 7;\n"
	"*(u8 *)(r10 -48) = w1;\n"
	"r0 = *(u32 *)(r10 - 40);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_223(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += -8;\n"
	"r8 += r7;\n"
	"r0 = *(u32 *)(r8 - 4);\n"
	"r9 = *(u64 *)(r10 -8);\n"
	"r6 += r7;\n"
	"r6 += 47;\n"
	"r8 += -8;\n"
	"r0 = *(u16 *)(r8 - 20);\n"
	"r0 = *(u8 *)(r6 + 44);\n"
	"r6 += r7;\n"
	"if r7 s>= 1 goto l_s10_%=;\n"
	"r7 = *(u8 *)(r10 -8);\n"
	"l_s10_%=: r8 += -8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_224(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u64 *)(r10 -24) = r6;\n"
	"*(u16 *)(r10 -62) = w6;\n"
	"r7 |= r9;\n"
	"r6 += r7;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -64) = w1;\n"
	"r7 = r0;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_225(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 <= r9 goto l_s0_%=;\n"
	"r0 = *(u16 *)(r6 + 0);\n"
	"l_s0_%=: *(u64 *)(r10 -48) = r6;\n"
	"if r7 s<= 1 goto l_out_%=;\n"
	"r7 = r9;\n"
	"w1 = 1;\n"
	"*(u32 *)(r10 -20) = w1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_226(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 >>= 47;\n"
	"*(u16 *)(r10 -46) = w9;\n"
	"r6 += r7;\n"
	"if r7 < 63 goto l_s3_%=;\n"
	"if r7 s<= r9 goto l_out_%=;\n"
	"l_s3_%=: call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 s>>= 11;\n"
	"r7 -= 40;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_227(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 &= 4;\n"
	"w7 s>>= 3;\n"
	"w1 = -1;\n"
	"*(u32 *)(r10 -16) = w1;\n"
	"r7 += 32;\n"
	"r0 = *(u16 *)(r8 - 8);\n"
	"if r7 s> 16 goto l_s5_%=;\n"
	"w7 s>>= 21;\n"
	"l_s5_%=: r8 += -8;\n"
	"if r7 s<= r9 goto l_out_%=;\n"
	"r9 = *(u64 *)(r10 -16);\n"
	"r0 = *(u32 *)(r6 + 48);\n"
	"r7 *= r9;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_228(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u16 *)(r10 -46) = w9;\n"
	"r7 &= 47;\n"
	"r7 += 48;\n"
	"w7 <<= 8;\n"
	"r0 = *(u32 *)(r10 - 60);\n"
	"r7 = *(u64 *)(r10 -48);\n"
	"r7 = *(u64 *)(r10 -32);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_229(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 s<= 47 goto l_out_%=;\n"
	"r0 = *(u16 *)(r6 + 0);\n"
	"r0 = *(u8 *)(r8 - 63);\n"
	"if r7 s>= 255 goto l_out_%=;\n"
	"r7 >>= 33;\n"
	"r6 += 48;\n"
	"w1 = 0;\n"
	"*(u16 *)(r10 -16) = w1;\n"
	"*(u8 *)(r10 -64) = w6;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_230(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 != -8 goto l_s0_%=;\n"
	"r0 = *(u8 *)(r8 - 24);\n"
	"l_s0_%=: r8 += -16;\n"
	"r0 = *(u16 *)(r6 + 44);\n"
	"*(u32 *)(r10 -16) = w6;\n"
	"if r7 s> 47 goto l_out_%=;\n"
	"if w7 s>= 0 goto l_s5_%=;\n"
	"r0 = *(u8 *)(r6 + 40);\n"
	"l_s5_%=: if w7 <= 4 goto l_out_%=;\n"
	"r6 += 4;\n"
	"r7 ^= 15;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = r8;\n"
	"w7 &= 255;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_231(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 <<= 49;\n"
	"r7 s>>= 60;\n"
	"r6 = *(u16 *)(r10 -30);\n"
	"r6 += r7;\n"
	"r6 += 1;\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -48) = w1;\n"
	"*(u32 *)(r10 -40) = w7;\n"
	"w7 -= -2147483648;\n"
	"r7 -= r9;\n"
	"if r7 s> -2147483648 goto l_out_%=;\n"
	"w7 s>>= 15;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_232(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 s>>= 52;\n"
	"w1 = 0;\n"
	"*(u16 *)(r10 -64) = w1;\n"
	"r0 = *(u16 *)(r8 - 24);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w7 <<= 23;\n"
	"if r7 == 48 goto l_out_%=;\n"
	"*(u64 *)(r10 -32) = r7;\n"
	"w7 <<= 27;\n"
	"if w7 s>= w9 goto l_out_%=;\n"
	"w1 = 1;\n"
	"*(u32 *)(r10 -20) = w1;\n"
	"r7 >>= 18;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_233(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += -8;\n"
	"r7 = *(u64 *)(r10 -40);\n"
	"r7 += 1;\n"
	"r8 += -16;\n"
	"r7 = r9;\n"
	"r7 = r0;\n"
	"if w7 s>= 0 goto l_out_%=;\n"
	"r7 = r9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_234(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += -16;\n"
	"r6 += 40;\n"
	"if w7 >= -1 goto l_s2_%=;\n"
	"r7 = r1;\n"
	"l_s2_%=: r0 = *(u32 *)(r6 + 40);\n"
	"r7 = r1;\n"
	"if w7 s<= 63 goto l_out_%=;\n"
	"if w7 != 32 goto l_out_%=;\n"
	"if r7 s>= 48 goto l_out_%=;\n"
	"w7 |= 255;\n"
	"if r7 < 31 goto l_s9_%=;\n"
	"r7 <<= 47;\n"
	"l_s9_%=: r6 += r7;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_235(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 < -2147483648 goto l_out_%=;\n"
	"r7 = r6;\n"
	"if r7 s>= -1 goto l_out_%=;\n"
	"r7 *= 4;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_236(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 >>= 26;\n"
	"w1 = 7;\n"
	"*(u16 *)(r10 -40) = w1;\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -12) = w1;\n"
	"if r7 s> r9 goto l_out_%=;\n"
	"if w7 < 40 goto l_out_%=;\n"
	"if w7 <= 40 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r7;\n"
	"r7 = r0;\n"
	"w7 += -1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_237(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 = *(u32 *)(r10 -64);\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -32) = w1;\n"
	"r7 = r9;\n"
	"r7 += 255;\n"
	"if r7 == 32 goto l_out_%=;\n"
	"r7 >>= 23;\n"
	"r6 = *(u32 *)(r10 -20);\n"
	"if w7 >= 16 goto l_out_%=;\n"
	"if w7 != 8 goto l_s8_%=;\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -32) = w1;\n"
	"l_s8_%=: call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_238(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 >>= 14;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = r8;\n"
	"r9 = *(u16 *)(r10 -40);\n"
	"w7 &= 47;\n"
	"r8 += r7;\n"
	"r8 += 8;\n"
	"r6 += 8;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_239(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r10 - 16);\n"
	"if w7 s< w9 goto l_out_%=;\n"
	"r8 += 8;\n"
	"*(u32 *)(r10 -16) = w6;\n"
	"r8 += 8;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -63) = w1;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_240(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += r7;\n"
	"r7 >>= 53;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -40) = w1;\n"
	"*(u64 *)(r10 -24) = r8;\n"
	"r0 = *(u16 *)(r6 + 48);\n"
	"r7 = r6;\n"
	"if w7 s<= 8 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 >= 8 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_241(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u64 *)(r10 - 40);\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"if r7 > 31 goto l_out_%=;\n"
	"r7 >>= 31;\n"
	"r7 <<= 37;\n"
	"w7 >>= 9;\n"
	"r7 = *(u32 *)(r10 -40);\n"
	"r7 = r9;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_242(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += r7;\n"
	"r7 *= 8;\n"
	"if r7 s< -1 goto l_s2_%=;\n"
	"r0 = *(u8 *)(r10 - 24);\n"
	"l_s2_%=: r8 += -16;\n"
	"r7 ^= r9;\n"
	"if w7 s> w9 goto l_out_%=;\n"
	"w1 = -1;\n"
	"*(u16 *)(r10 -8) = w1;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_243(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 > 31 goto l_s0_%=;\n"
	"r7 = r8;\n"
	"l_s0_%=: w7 &= 7;\n"
	"if r7 != -1 goto l_out_%=;\n"
	"r7 = r1;\n"
	"if r7 s> 47 goto l_out_%=;\n"
	"r7 = r8;\n"
	"if r7 >= -8 goto l_out_%=;\n"
	"w7 *= w9;\n"
	"w7 ^= 2;\n"
	"r0 = *(u16 *)(r6 + 44);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_244(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 == 31 goto l_s0_%=;\n"
	"w1 = 7;\n"
	"*(u16 *)(r10 -22) = w1;\n"
	"l_s0_%=: if w7 == w9 goto l_out_%=;\n"
	"r7 += -2147483648;\n"
	"w1 = 0;\n"
	"*(u16 *)(r10 -16) = w1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r6 += r7;\n"
	"w7 &= w9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_245(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u16 *)(r10 -24) = w8;\n"
	"w1 = 0;\n"
	"*(u16 *)(r10 -28) = w1;\n"
	"r8 += -16;\n"
	"w7 s>>= 11;\n"
	"r6 += 16;\n"
	"if r7 >= 0 goto l_s5_%=;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"l_s5_%=: call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 s>>= 23;\n"
	"if r7 <= 2 goto l_out_%=;\n"
	"r7 -= 0;\n"
	"r7 >>= 45;\n"
	"r7 <<= 1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_246(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"w7 |= w9;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r0 = *(u16 *)(r8 - 6);\n"
	"if r7 s>= r9 goto l_out_%=;\n"
	"r8 += -48;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -60) = w1;\n"
	"if r7 s>= r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_247(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 ^= 2147483647;\n"
	"r7 ^= 16;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 >= 63 goto l_out_%=;\n"
	"if r7 == 31 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 > 2 goto l_out_%=;\n"
	"r8 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_248(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -28) = w1;\n"
	"w7 s>>= 24;\n"
	"w7 *= 48;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_249(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += -48;\n"
	"w7 *= w9;\n"
	"r7 s>>= 57;\n"
	"r0 = *(u8 *)(r10 - 64);\n"
	"if r7 <= 16 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_250(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 ^= w9;\n"
	"r7 &= 15;\n"
	"r0 = *(u8 *)(r6 + 4);\n"
	"w7 -= 1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_251(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 == 4 goto l_out_%=;\n"
	"if r7 <= 40 goto l_out_%=;\n"
	"r1 = 1;\n"
	"*(u64 *)(r10 -48) = r1;\n"
	"if r7 s<= r9 goto l_s3_%=;\n"
	"if w7 > w9 goto l_out_%=;\n"
	"l_s3_%=: if r7 s> 4 goto l_s4_%=;\n"
	"r8 += r7;\n"
	"l_s4_%=: if r7 s> -2147483648 goto l_out_%=;\n"
	"if r7 != 7 goto l_out_%=;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_252(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 += 32;\n"
	"r7 = r8;\n"
	"r0 = *(u8 *)(r10 - 24);\n"
	"if w7 == 47 goto l_out_%=;\n"
	"w1 = 7;\n"
	"*(u16 *)(r10 -14) = w1;\n"
	"w1 = 1;\n"
	"*(u32 *)(r10 -28) = w1;\n"
	"r7 <<= 39;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_253(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = r6;\n"
	"r7 = r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_254(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 >= r9 goto l_out_%=;\n"
	"r8 += r7;\n"
	"*(u8 *)(r10 -64) = w7;\n"
	"*(u16 *)(r10 -32) = w6;\n"
	"w1 = 1;\n"
	"*(u32 *)(r10 -64) = w1;\n"
	"w7 ^= -2147483648;\n"
	"r1 = 7;\n"
	"*(u64 *)(r10 -16) = r1;\n"
	"r6 += r7;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_255(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u16 *)(r8 - 40);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if w7 s> w9 goto l_s2_%=;\n"
	"r1 = -1;\n"
	"*(u64 *)(r10 -24) = r1;\n"
	"l_s2_%=: if r7 < r9 goto l_s3_%=;\n"
	"r7 = r9;\n"
	"l_s3_%=: r9 = *(u16 *)(r10 -32);\n"
	"w1 = 0;\n"
	"*(u16 *)(r10 -16) = w1;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r6 += r7;\n"
	"r6 += 0;\n"
	"if r7 s< 3 goto l_s9_%=;\n"
	"r0 = *(u32 *)(r10 - 8);\n"
	"l_s9_%=: call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_256(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 s>>= 50;\n"
	"if r7 > 48 goto l_out_%=;\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -28) = w1;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_257(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = *(u8 *)(r10 -31);\n"
	"if w7 s> w9 goto l_out_%=;\n"
	"r8 += -8;\n"
	"r0 = *(u32 *)(r10 - 28);\n"
	"w7 += w9;\n"
	"if r7 s> 32 goto l_s5_%=;\n"
	"*(u64 *)(r10 -8) = r6;\n"
	"l_s5_%=: r7 s>>= 10;\n"
	"r8 += -8;\n"
	"r7 <<= 35;\n"
	"*(u32 *)(r10 -60) = w6;\n"
	"r8 += -48;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_258(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = *(u8 *)(r10 -12);\n"
	"if r7 s> r9 goto l_s1_%=;\n"
	"w7 s>>= 12;\n"
	"l_s1_%=: w1 = -1;\n"
	"*(u16 *)(r10 -4) = w1;\n"
	"if w7 s< 2 goto l_out_%=;\n"
	"if w7 < 2 goto l_s4_%=;\n"
	"r7 &= 7;\n"
	"l_s4_%=: w7 |= 1;\n"
	"if r7 < r9 goto l_out_%=;\n"
	"r8 += 8;\n"
	"r1 = -1;\n"
	"*(u64 *)(r10 -16) = r1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_259(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 = *(u8 *)(r10 -39);\n"
	"r6 += 8;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 == 1 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_260(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 <<= 39;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r7 = *(u32 *)(r10 -28);\n"
	"r0 = *(u32 *)(r10 - 8);\n"
	"w7 ^= -8;\n"
	"r6 += 16;\n"
	"r8 += -16;\n"
	"r6 = *(u16 *)(r10 -12);\n"
	"*(u32 *)(r10 -32) = w9;\n"
	"r6 += 4;\n"
	"if r7 <= 0 goto l_out_%=;\n"
	"r9 = *(u8 *)(r10 -48);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_261(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += 16;\n"
	"if w7 != w9 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = 7;\n"
	"*(u64 *)(r10 -32) = r1;\n"
	"r8 += 8;\n"
	"r6 = *(u16 *)(r10 -24);\n"
	"r7 >>= 41;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w1 = 7;\n"
	"*(u32 *)(r10 -8) = w1;\n"
	"r7 s>>= 8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_262(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w1 = -1;\n"
	"*(u8 *)(r10 -24) = w1;\n"
	"r6 = *(u16 *)(r10 -12);\n"
	"r6 += 16;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"if w7 == 31 goto l_s5_%=;\n"
	"w7 -= w9;\n"
	"l_s5_%=: r1 = 7;\n"
	"*(u64 *)(r10 -24) = r1;\n"
	"*(u16 *)(r10 -24) = w8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_263(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += 48;\n"
	"r7 &= 32;\n"
	"r0 = *(u32 *)(r10 - 24);\n"
	"w1 = 1;\n"
	"*(u16 *)(r10 -64) = w1;\n"
	"*(u16 *)(r10 -32) = w8;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_264(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r0;\n"
	"r6 += 40;\n"
	"if r7 s<= 2 goto l_out_%=;\n"
	"r7 <<= 62;\n"
	"r6 += r7;\n"
	"if r7 s<= 31 goto l_out_%=;\n"
	"if r7 < 63 goto l_s6_%=;\n"
	"*(u16 *)(r10 -32) = w9;\n"
	"l_s6_%=: r6 += r7;\n"
	"if r7 == r9 goto l_out_%=;\n"
	"r1 = -1;\n"
	"*(u64 *)(r10 -8) = r1;\n"
	"r6 += r7;\n"
	"if r7 s>= -8 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_265(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += r7;\n"
	"r8 += -8;\n"
	"if r7 > 255 goto l_out_%=;\n"
	"r7 -= 2;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_266(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += 47;\n"
	"r7 = r1;\n"
	"r7 s>>= 62;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 -16) = r1;\n"
	"w7 |= 2147483647;\n"
	"if r7 s> r9 goto l_s5_%=;\n"
	"r7 >>= 62;\n"
	"l_s5_%=: w7 &= w9;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_267(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += -16;\n"
	"r7 = r8;\n"
	"r9 = *(u32 *)(r10 -32);\n"
	"*(u8 *)(r10 -48) = w8;\n"
	"r0 = *(u16 *)(r10 - 8);\n"
	"r7 = r6;\n"
	"w1 = -1;\n"
	"*(u8 *)(r10 -44) = w1;\n"
	"r6 += r7;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_268(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 -16) = r1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if w7 == 47 goto l_out_%=;\n"
	"r0 = *(u64 *)(r6 + 8);\n"
	"*(u8 *)(r10 -60) = w8;\n"
	"r8 += -48;\n"
	"r7 ^= 15;\n"
	"w1 = -1;\n"
	"*(u8 *)(r10 -32) = w1;\n"
	"*(u16 *)(r10 -20) = w7;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_269(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"if r7 == 16 goto l_out_%=;\n"
	"r7 -= r9;\n"
	"r7 >>= 18;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_270(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += -16;\n"
	"*(u64 *)(r10 -24) = r7;\n"
	"if r7 == 31 goto l_out_%=;\n"
	"r7 <<= 4;\n"
	"r7 = r1;\n"
	"*(u32 *)(r10 -64) = w7;\n"
	"r7 = r0;\n"
	"w7 <<= 3;\n"
	"r6 += 4;\n"
	"if r7 s> r9 goto l_s9_%=;\n"
	"if w7 >= 1 goto l_out_%=;\n"
	"l_s9_%=: r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_271(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 != r9 goto l_s0_%=;\n"
	"r1 = 1;\n"
	"*(u64 *)(r10 -24) = r1;\n"
	"l_s0_%=: r7 |= r9;\n"
	"w7 *= w9;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r6 += 40;\n"
	"r8 += 8;\n"
	"r7 = r0;\n"
	"if r7 s< 0 goto l_out_%=;\n"
	"r6 += 8;\n"
	"r8 += -8;\n"
	"if r7 < -2147483648 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_272(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"w1 = 7;\n"
	"*(u16 *)(r10 -64) = w1;\n"
	"r7 = r0;\n"
	"if r7 s>= 63 goto l_out_%=;\n"
	"r8 += r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u16 *)(r10 -6);\n"
	"if r7 s<= -1 goto l_out_%=;\n"
	"*(u32 *)(r10 -8) = w8;\n"
	"r7 -= 40;\n"
	"if r7 == r9 goto l_out_%=;\n"
	"r7 = r9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_273(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"*(u32 *)(r10 -4) = w7;\n"
	"if w7 s>= 2147483647 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r6 = *(u32 *)(r10 -16);\n"
	"r7 s>>= 14;\n"
	"if r7 >= 7 goto l_out_%=;\n"
	"r7 s>>= 41;\n"
	"r0 = *(u8 *)(r6 + 40);\n"
	"if r7 >= r9 goto l_out_%=;\n"
	"r6 = *(u32 *)(r10 -8);\n"
	"r7 <<= 20;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_274(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 >= w9 goto l_out_%=;\n"
	"w7 &= 31;\n"
	"r0 = *(u16 *)(r8 - 40);\n"
	"if r7 >= r9 goto l_s3_%=;\n"
	"w7 s>>= 8;\n"
	"l_s3_%=: r8 += 8;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r7 <<= 42;\n"
	"r7 -= -8;\n"
	"w7 *= w9;\n"
	"r7 |= r9;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_275(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 < 255 goto l_out_%=;\n"
	"*(u64 *)(r10 -24) = r8;\n"
	"r0 = *(u64 *)(r6 + 0);\n"
	"r6 += r7;\n"
	"r7 >>= 1;\n"
	"r1 = 1;\n"
	"*(u64 *)(r10 -8) = r1;\n"
	"*(u32 *)(r10 -28) = w8;\n"
	"r0 = *(u32 *)(r6 + 48);\n"
	"r0 = *(u16 *)(r8 - 32);\n"
	"r0 = *(u8 *)(r10 - 48);\n"
	"r6 = *(u8 *)(r10 -16);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_276(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 |= r9;\n"
	"r7 <<= 56;\n"
	"w7 |= 31;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_277(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 < 16 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r6 += 47;\n"
	"w7 >>= 20;\n"
	"w7 >>= 20;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_278(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u64 *)(r10 -16) = r7;\n"
	"if r7 s>= 63 goto l_out_%=;\n"
	"r7 ^= 4;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_279(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 s<= 255 goto l_out_%=;\n"
	"r0 = *(u16 *)(r10 - 48);\n"
	"r0 = *(u8 *)(r8 - 4);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = 7;\n"
	"*(u64 *)(r10 -16) = r1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_280(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 += 16;\n"
	"if r7 == 255 goto l_s1_%=;\n"
	"r6 += r7;\n"
	"l_s1_%=: if r7 != -1 goto l_out_%=;\n"
	"r6 = *(u64 *)(r10 -64);\n"
	"r7 = r0;\n"
	"r7 <<= 20;\n"
	"r7 ^= -2147483648;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"*(u64 *)(r10 -8) = r9;\n"
	"r6 = *(u8 *)(r10 -20);\n"
	"w7 -= 16;\n"
	"r6 += r7;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_281(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u32 *)(r10 -64) = w6;\n"
	"w7 -= w9;\n"
	"if w7 <= w9 goto l_out_%=;\n"
	"if w7 <= 1 goto l_out_%=;\n"
	"w1 = 1;\n"
	"*(u16 *)(r10 -20) = w1;\n"
	"r9 = *(u32 *)(r10 -64);\n"
	"w7 += w9;\n"
	"if r7 s> 8 goto l_out_%=;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_282(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s> -8 goto l_out_%=;\n"
	"r8 += -16;\n"
	"r8 += -16;\n"
	"*(u64 *)(r10 -48) = r6;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_283(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += 4;\n"
	"r7 *= 3;\n"
	"w1 = 1;\n"
	"*(u32 *)(r10 -16) = w1;\n"
	"r7 &= -1;\n"
	"if w7 s> 15 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_284(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"r9 = *(u8 *)(r10 -12);\n"
	"w1 = 1;\n"
	"*(u16 *)(r10 -32) = w1;\n"
	"r8 += -8;\n"
	"r0 = *(u32 *)(r8 - 12);\n"
	"r7 += 255;\n"
	"r7 &= 0;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_285(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u8 *)(r10 -44) = w9;\n"
	"r7 |= 255;\n"
	"r8 += 8;\n"
	"w1 = -1;\n"
	"*(u32 *)(r10 -60) = w1;\n"
	"if w7 == w9 goto l_out_%=;\n"
	"r6 += r7;\n"
	"if w7 s> w9 goto l_s6_%=;\n"
	"if r7 s>= 32 goto l_out_%=;\n"
	"l_s6_%=: r7 *= -1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_286(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += r7;\n"
	"r0 = *(u16 *)(r10 - 22);\n"
	"r8 += 8;\n"
	"r7 = *(u8 *)(r10 -16);\n"
	"if r7 > 4 goto l_s4_%=;\n"
	"r7 >>= 24;\n"
	"l_s4_%=: if r7 s<= 2147483647 goto l_out_%=;\n"
	"r6 = *(u64 *)(r10 -48);\n"
	"if r7 s< r9 goto l_out_%=;\n"
	"r7 *= r9;\n"
	"if w7 s< 255 goto l_out_%=;\n"
	"r7 -= 15;\n"
	"r0 = *(u64 *)(r8 - 16);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_287(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r0;\n"
	"r7 = r8;\n"
	"r0 = *(u16 *)(r8 - 40);\n"
	"r7 *= r9;\n"
	"r7 = *(u32 *)(r10 -20);\n"
	"r6 += r7;\n"
	"r6 = *(u32 *)(r10 -60);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_288(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 <= 3 goto l_out_%=;\n"
	"w7 += w9;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r6 += r7;\n"
	"r7 = r8;\n"
	"r6 += r7;\n"
	"r9 = *(u64 *)(r10 -32);\n"
	"if r7 <= r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_289(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 ^= 40;\n"
	"r7 |= 4;\n"
	"r8 += r7;\n"
	"r7 += 8;\n"
	"w7 -= w9;\n"
	"r6 += 0;\n"
	"if r7 <= 15 goto l_out_%=;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_290(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r1;\n"
	"w7 += w9;\n"
	"r7 = *(u16 *)(r10 -32);\n"
	"if w7 >= 48 goto l_s3_%=;\n"
	"*(u64 *)(r10 -40) = r9;\n"
	"l_s3_%=: r6 += 40;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_291(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 -= 2147483647;\n"
	"r6 += 8;\n"
	"r9 = *(u8 *)(r10 -7);\n"
	"r7 -= 32;\n"
	"r7 = r9;\n"
	"r0 = *(u16 *)(r6 + 40);\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 -40) = r1;\n"
	"if w7 s<= 2147483647 goto l_s7_%=;\n"
	"w7 s>>= 28;\n"
	"l_s7_%=: r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_292(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"r6 = *(u32 *)(r10 -44);\n"
	"r7 s>>= 42;\n"
	"if r7 > r9 goto l_s3_%=;\n"
	"if r7 != r9 goto l_out_%=;\n"
	"l_s3_%=: if w7 < -2147483648 goto l_s4_%=;\n"
	"r0 = *(u16 *)(r6 + 8);\n"
	"l_s4_%=: r7 = *(u8 *)(r10 -40);\n"
	"w7 ^= 48;\n"
	"if r7 >= r9 goto l_s7_%=;\n"
	"w1 = 1;\n"
	"*(u32 *)(r10 -48) = w1;\n"
	"l_s7_%=: if r7 != r9 goto l_s8_%=;\n"
	"r7 -= r9;\n"
	"l_s8_%=: r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_293(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 <= r9 goto l_s0_%=;\n"
	"w7 &= 7;\n"
	"l_s0_%=: if w7 > 7 goto l_out_%=;\n"
	"r7 <<= 55;\n"
	"r7 = r9;\n"
	"r7 = r8;\n"
	"r8 += 8;\n"
	"r7 <<= 34;\n"
	"if r7 == 47 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_294(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u8 *)(r10 -24) = w8;\n"
	"w7 *= 7;\n"
	"*(u16 *)(r10 -36) = w9;\n"
	"r6 += r7;\n"
	"r1 = 7;\n"
	"*(u64 *)(r10 -40) = r1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_295(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 = *(u8 *)(r10 -12);\n"
	"w1 = 7;\n"
	"*(u16 *)(r10 -30) = w1;\n"
	"r0 = *(u16 *)(r6 + 8);\n"
	"w7 *= 15;\n"
	"r8 += r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 s<= 63 goto l_s6_%=;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"l_s6_%=: r6 = *(u8 *)(r10 -48);\n"
	"r7 -= -2147483648;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_296(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += -8;\n"
	"if w7 > 16 goto l_s1_%=;\n"
	"if r7 s> 7 goto l_out_%=;\n"
	"l_s1_%=: r7 ^= -2147483648;\n"
	"w1 = 7;\n"
	"*(u8 *)(r10 -39) = w1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if w7 s>= 2147483647 goto l_out_%=;\n"
	"r7 >>= 16;\n"
	"r7 |= 7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r7 = r1;\n"
	"r6 += 1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_297(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 |= r9;\n"
	"r6 += r7;\n"
	"if r7 s< 8 goto l_out_%=;\n"
	"if r7 s> r9 goto l_out_%=;\n"
	"r7 s>>= 44;\n"
	"*(u64 *)(r10 -64) = r9;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_298(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"if w7 == 0 goto l_s1_%=;\n"
	"r7 s>>= 24;\n"
	"l_s1_%=: if r7 != 63 goto l_out_%=;\n"
	"r1 = -1;\n"
	"*(u64 *)(r10 -64) = r1;\n"
	"if r7 s< 16 goto l_s4_%=;\n"
	"if w7 s<= 48 goto l_out_%=;\n"
	"l_s4_%=: w1 = 0;\n"
	"*(u8 *)(r10 -15) = w1;\n"
	"if w7 s>= -8 goto l_s6_%=;\n"
	"if r7 s< 4 goto l_out_%=;\n"
	"l_s6_%=: r6 += r7;\n"
	"r7 += r9;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_299(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 == -2147483648 goto l_out_%=;\n"
	"r7 = r0;\n"
	"r0 = *(u16 *)(r10 - 60);\n"
	"r6 += r7;\n"
	"r7 = *(u16 *)(r10 -20);\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r7 = r9;\n"
	"r6 += 0;\n"
	"w1 = -1;\n"
	"*(u16 *)(r10 -8) = w1;\n"
	"r0 = *(u8 *)(r6 + 48);\n"
	"if w7 s>= 0 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_300(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s> r9 goto l_s0_%=;\n"
	"r7 = r1;\n"
	"l_s0_%=: r6 += 47;\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -60) = w1;\n"
	"r9 = *(u8 *)(r10 -20);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r6 += 16;\n"
	"r8 += -48;\n"
	"if r7 == -2147483648 goto l_s7_%=;\n"
	"*(u16 *)(r10 -32) = w8;\n"
	"l_s7_%=: r1 = -1;\n"
	"*(u64 *)(r10 -8) = r1;\n"
	"r8 += r7;\n"
	"r0 = *(u16 *)(r6 + 44);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_301(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 *= r9;\n"
	"r6 += r7;\n"
	"if r7 s> 2 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 40);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_302(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r8;\n"
	"r7 |= r9;\n"
	"*(u8 *)(r10 -48) = w7;\n"
	"w1 = 0;\n"
	"*(u16 *)(r10 -16) = w1;\n"
	"r8 += 8;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_303(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"r6 += r7;\n"
	"if w7 > 8 goto l_out_%=;\n"
	"if r7 s< 47 goto l_out_%=;\n"
	"if r7 > r9 goto l_out_%=;\n"
	"r6 = *(u8 *)(r10 -23);\n"
	"r7 = *(u64 *)(r10 -64);\n"
	"r0 = *(u64 *)(r10 - 48);\n"
	"r6 += r7;\n"
	"if r7 >= r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_304(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u8 *)(r10 - 28);\n"
	"if w7 == 40 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u64 *)(r10 - 32);\n"
	"r1 = 1;\n"
	"*(u64 *)(r10 -8) = r1;\n"
	"*(u8 *)(r10 -36) = w8;\n"
	"r7 ^= r9;\n"
	"if w7 >= 4 goto l_out_%=;\n"
	"r7 += 1;\n"
	"if w7 <= w9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r6 + 44);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_305(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r7 &= 40;\n"
	"r7 |= 2147483647;\n"
	"if r7 >= 32 goto l_out_%=;\n"
	"r8 += 8;\n"
	"r7 = *(u16 *)(r10 -48);\n"
	"r6 += 4;\n"
	"*(u64 *)(r10 -32) = r8;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_306(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w1 = 7;\n"
	"*(u32 *)(r10 -64) = w1;\n"
	"r7 &= r9;\n"
	"if w7 < -2147483648 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_307(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 <= r9 goto l_out_%=;\n"
	"if w7 s< 32 goto l_out_%=;\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -31) = w1;\n"
	"r7 *= 4;\n"
	"if r7 > r9 goto l_out_%=;\n"
	"*(u8 *)(r10 -63) = w6;\n"
	"r7 = r6;\n"
	"w7 -= w9;\n"
	"r0 = *(u8 *)(r8 - 63);\n"
	"w7 -= w9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_308(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u16 *)(r10 -48) = w8;\n"
	"r9 = *(u8 *)(r10 -48);\n"
	"r7 s>>= 0;\n"
	"r9 = *(u32 *)(r10 -40);\n"
	"r6 += 40;\n"
	"r7 = r1;\n"
	"r7 = r8;\n"
	"if r7 s> 48 goto l_out_%=;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_309(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 > 31 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u64 *)(r10 - 32);\n"
	"r6 += r7;\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -60) = w1;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -64) = w1;\n"
	"r6 += 47;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_310(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r1;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -32) = w1;\n"
	"r7 = r1;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -31) = w1;\n"
	"r6 += 8;\n"
	"r8 += r7;\n"
	"w7 -= w9;\n"
	"w1 = 1;\n"
	"*(u16 *)(r10 -32) = w1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u64 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_311(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r8 += r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if w7 s>= 32 goto l_out_%=;\n"
	"r6 += r7;\n"
	"if r7 > 63 goto l_s5_%=;\n"
	"if w7 == 2147483647 goto l_out_%=;\n"
	"l_s5_%=: r6 += 40;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_312(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u32 *)(r10 -4) = w8;\n"
	"r7 = r6;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r10 - 12);\n"
	"*(u8 *)(r10 -32) = w8;\n"
	"r7 = r8;\n"
	"r0 = *(u8 *)(r6 + 44);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 += r9;\n"
	"if r7 s> 0 goto l_s9_%=;\n"
	"r8 += -48;\n"
	"l_s9_%=: r1 = 7;\n"
	"*(u64 *)(r10 -16) = r1;\n"
	"r7 -= 4;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_313(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 += -2147483648;\n"
	"r0 = *(u32 *)(r6 + 40);\n"
	"r7 = r0;\n"
	"r7 = *(u32 *)(r10 -8);\n"
	"r7 <<= 6;\n"
	"r6 += r7;\n"
	"if w7 s> -2147483648 goto l_out_%=;\n"
	"r7 |= 63;\n"
	"r7 |= 40;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_314(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += -8;\n"
	"r7 <<= 38;\n"
	"r7 <<= 4;\n"
	"if r7 s>= 32 goto l_out_%=;\n"
	"if r7 == 0 goto l_s4_%=;\n"
	"*(u32 *)(r10 -64) = w8;\n"
	"l_s4_%=: if w7 s<= w9 goto l_out_%=;\n"
	"if w7 == w9 goto l_out_%=;\n"
	"w1 = -1;\n"
	"*(u16 *)(r10 -48) = w1;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_315(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u16 *)(r10 -12) = w6;\n"
	"w7 -= w9;\n"
	"r7 >>= 52;\n"
	"r6 = *(u16 *)(r10 -40);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 -= 63;\n"
	"r7 ^= r9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_316(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 |= 16;\n"
	"*(u64 *)(r10 -8) = r7;\n"
	"r7 <<= 57;\n"
	"if w7 s>= w9 goto l_out_%=;\n"
	"r7 -= r9;\n"
	"w1 = 7;\n"
	"*(u8 *)(r10 -47) = w1;\n"
	"*(u16 *)(r10 -40) = w9;\n"
	"*(u16 *)(r10 -40) = w6;\n"
	"w7 *= w9;\n"
	"r6 += r7;\n"
	"r7 s>>= 42;\n"
	"r6 = *(u64 *)(r10 -40);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_317(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s> -2147483648 goto l_out_%=;\n"
	"if r7 s<= 2 goto l_out_%=;\n"
	"r7 &= 0;\n"
	"r0 = *(u8 *)(r6 + 48);\n"
	"*(u16 *)(r10 -48) = w6;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_318(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += 16;\n"
	"if r7 <= 31 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_319(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r9;\n"
	"r6 = *(u64 *)(r10 -64);\n"
	"r6 += r7;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_320(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 -= 15;\n"
	"if r7 s<= 15 goto l_out_%=;\n"
	"r7 *= 2147483647;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_321(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"w7 ^= 40;\n"
	"if r7 s<= 1 goto l_s2_%=;\n"
	"r7 = r9;\n"
	"l_s2_%=: *(u8 *)(r10 -48) = w7;\n"
	"w1 = -1;\n"
	"*(u32 *)(r10 -20) = w1;\n"
	"r8 += -8;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r6 += 1;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_322(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"r0 = *(u64 *)(r8 - 48);\n"
	"r7 <<= 1;\n"
	"w7 += 255;\n"
	"r7 = r8;\n"
	"r7 += r9;\n"
	"r7 -= r9;\n"
	"*(u16 *)(r10 -46) = w9;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_323(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 s>>= 6;\n"
	"*(u16 *)(r10 -4) = w9;\n"
	"if r7 < 8 goto l_out_%=;\n"
	"w7 >>= 7;\n"
	"if r7 > 63 goto l_s4_%=;\n"
	"if r7 s< 15 goto l_out_%=;\n"
	"l_s4_%=: r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_324(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r9 = *(u64 *)(r10 -24);\n"
	"if r7 < r9 goto l_out_%=;\n"
	"r7 *= -8;\n"
	"r8 += r7;\n"
	"if w7 s< 255 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_325(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u8 *)(r8 - 8);\n"
	"if w7 < 8 goto l_out_%=;\n"
	"*(u64 *)(r10 -32) = r6;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 == 63 goto l_out_%=;\n"
	"r0 = *(u16 *)(r8 - 44);\n"
	"if r7 > 47 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_326(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u16 *)(r10 - 40);\n"
	"if r7 s< r9 goto l_s1_%=;\n"
	"if r7 s>= 4 goto l_out_%=;\n"
	"l_s1_%=: call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r9 = *(u16 *)(r10 -24);\n"
	"r7 = r9;\n"
	"r9 = *(u16 *)(r10 -32);\n"
	"if r7 s>= 7 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r7 s>>= 3;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_327(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = *(u64 *)(r10 -48);\n"
	"*(u32 *)(r10 -48) = w9;\n"
	"r7 = r8;\n"
	"r7 ^= r9;\n"
	"r7 *= r9;\n"
	"r8 += -16;\n"
	"r7 = *(u32 *)(r10 -40);\n"
	"r7 <<= 32;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r6 += -8;\n"
	"w7 |= 3;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_328(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += 8;\n"
	"r9 = *(u32 *)(r10 -16);\n"
	"*(u8 *)(r10 -24) = w8;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_329(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 &= 47;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 == 40 goto l_s2_%=;\n"
	"r1 = -1;\n"
	"*(u64 *)(r10 -64) = r1;\n"
	"l_s2_%=: r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_330(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r9 = *(u32 *)(r10 -48);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r7 = r6;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_331(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = *(u32 *)(r10 -12);\n"
	"if r7 > 4 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r7;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_332(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"if r7 s< 255 goto l_s1_%=;\n"
	"if r7 s<= 48 goto l_out_%=;\n"
	"l_s1_%=: if r7 > -1 goto l_out_%=;\n"
	"r7 <<= 20;\n"
	"r7 *= r9;\n"
	"r8 += r7;\n"
	"r1 = 1;\n"
	"*(u64 *)(r10 -32) = r1;\n"
	"r7 &= r9;\n"
	"w7 *= -8;\n"
	"r7 += 32;\n"
	"r6 += -8;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_333(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u16 *)(r10 -14) = w6;\n"
	"if r7 == 1 goto l_out_%=;\n"
	"r8 += r7;\n"
	"r9 = *(u64 *)(r10 -16);\n"
	"r7 |= -2147483648;\n"
	"w7 ^= 2;\n"
	"r7 += r9;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_334(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 |= 31;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"*(u8 *)(r10 -4) = w8;\n"
	"if r7 < r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r10 - 8);\n"
	"if w7 != 255 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r7 = r6;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_335(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 >>= 15;\n"
	"r8 += r7;\n"
	"r7 += 1;\n"
	"r7 *= 63;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w7 >>= 14;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_336(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 == 16 goto l_out_%=;\n"
	"r6 += 4;\n"
	"r8 += -16;\n"
	"r6 += r7;\n"
	"if r7 <= 2 goto l_out_%=;\n"
	"if r7 != 8 goto l_s5_%=;\n"
	"r7 &= -1;\n"
	"l_s5_%=: r7 += 31;\n"
	"if r7 != 63 goto l_out_%=;\n"
	"w1 = -1;\n"
	"*(u16 *)(r10 -40) = w1;\n"
	"r7 = r8;\n"
	"w7 ^= w9;\n"
	"if w7 s>= 40 goto l_out_%=;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_337(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 <<= 4;\n"
	"if r7 > 8 goto l_out_%=;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"*(u64 *)(r10 -24) = r8;\n"
	"r0 = *(u8 *)(r6 + 8);\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r7 -= 48;\n"
	"r7 ^= -2147483648;\n"
	"r7 ^= 31;\n"
	"r6 += r7;\n"
	"if r7 < 1 goto l_s10_%=;\n"
	"r7 -= 1;\n"
	"l_s10_%=: r7 &= r9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_338(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w1 = -1;\n"
	"*(u8 *)(r10 -8) = w1;\n"
	"w7 <<= 3;\n"
	"r6 += 0;\n"
	"r7 s>>= 14;\n"
	"if r7 s< r9 goto l_out_%=;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_339(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r8 - 28);\n"
	"r0 = *(u16 *)(r10 - 20);\n"
	"if r7 s< r9 goto l_out_%=;\n"
	"r6 += 40;\n"
	"r7 *= 4;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_340(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r8;\n"
	"r7 = r9;\n"
	"r8 += 8;\n"
	"r7 = r0;\n"
	"r7 *= 3;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"w1 = 0;\n"
	"*(u16 *)(r10 -16) = w1;\n"
	"w7 += w9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_341(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w1 = 0;\n"
	"*(u16 *)(r10 -48) = w1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w1 = 7;\n"
	"*(u16 *)(r10 -8) = w1;\n"
	"r7 = r1;\n"
	"if w7 >= 8 goto l_s4_%=;\n"
	"if w7 <= 48 goto l_out_%=;\n"
	"l_s4_%=: w7 -= w9;\n"
	"if w7 s>= -1 goto l_out_%=;\n"
	"if w7 s<= 16 goto l_out_%=;\n"
	"r6 += 1;\n"
	"r7 -= r9;\n"
	"r0 = *(u32 *)(r10 - 4);\n"
	"r0 = *(u8 *)(r8 - 31);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_342(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -16) = w1;\n"
	"r8 += 8;\n"
	"r6 = *(u32 *)(r10 -60);\n"
	"if w7 s> 4 goto l_out_%=;\n"
	"r6 += 0;\n"
	"if r7 s>= r9 goto l_s5_%=;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -60) = w1;\n"
	"l_s5_%=: r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_343(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 >= 63 goto l_out_%=;\n"
	"if r7 <= 48 goto l_out_%=;\n"
	"w7 -= -2147483648;\n"
	"*(u32 *)(r10 -28) = w7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w7 += w9;\n"
	"w7 s>>= 1;\n"
	"r6 += r7;\n"
	"r7 s>>= 40;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_344(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u8 *)(r10 -48) = w9;\n"
	"r8 += 8;\n"
	"r8 += r7;\n"
	"r8 += 8;\n"
	"r7 = r9;\n"
	"r0 = *(u16 *)(r8 - 44);\n"
	"r7 &= 2;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_345(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u8 *)(r10 -32) = w7;\n"
	"r6 += r7;\n"
	"r7 |= r9;\n"
	"if r7 > 8 goto l_out_%=;\n"
	"if r7 s>= 8 goto l_s4_%=;\n"
	"if r7 s<= 0 goto l_out_%=;\n"
	"l_s4_%=: r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_346(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 >>= 2;\n"
	"r8 += r7;\n"
	"w7 -= 15;\n"
	"r7 = *(u64 *)(r10 -48);\n"
	"r6 += 4;\n"
	"r7 -= r9;\n"
	"r7 = r1;\n"
	"w7 += 40;\n"
	"r8 += r7;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_347(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 &= 255;\n"
	"if r7 == 255 goto l_out_%=;\n"
	"w1 = 7;\n"
	"*(u32 *)(r10 -28) = w1;\n"
	"r8 += -8;\n"
	"r0 = *(u32 *)(r10 - 48);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_348(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += 1;\n"
	"*(u8 *)(r10 -23) = w6;\n"
	"r7 = r1;\n"
	"r9 = *(u32 *)(r10 -20);\n"
	"r7 <<= 6;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_349(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u64 *)(r10 -16) = r9;\n"
	"if r7 s< 3 goto l_out_%=;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"if r7 > 255 goto l_out_%=;\n"
	"w7 <<= 9;\n"
	"r6 += 4;\n"
	"r7 = r9;\n"
	"r0 = *(u8 *)(r8 - 16);\n"
	"r6 += 16;\n"
	"r7 ^= r9;\n"
	"r0 = *(u8 *)(r8 - 32);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_350(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 *= 3;\n"
	"if r7 > 2147483647 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 = *(u32 *)(r10 -24);\n"
	"if w7 >= 48 goto l_out_%=;\n"
	"*(u16 *)(r10 -16) = w7;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_351(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 <= 16 goto l_s0_%=;\n"
	"r8 += -8;\n"
	"l_s0_%=: w1 = -1;\n"
	"*(u16 *)(r10 -64) = w1;\n"
	"r7 &= r9;\n"
	"w7 ^= 15;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_352(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"*(u16 *)(r10 -14) = w9;\n"
	"if r7 == 1 goto l_out_%=;\n"
	"r7 -= 4;\n"
	"r7 ^= -1;\n"
	"r6 += 40;\n"
	"r9 = *(u16 *)(r10 -8);\n"
	"if r7 s>= 2147483647 goto l_s7_%=;\n"
	"r7 = r1;\n"
	"l_s7_%=: if w7 <= 0 goto l_out_%=;\n"
	"*(u8 *)(r10 -40) = w9;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_353(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r9;\n"
	"if r7 < r9 goto l_out_%=;\n"
	"if r7 != 0 goto l_out_%=;\n"
	"*(u32 *)(r10 -48) = w6;\n"
	"r7 ^= 16;\n"
	"if w7 <= 255 goto l_out_%=;\n"
	"r7 += 2;\n"
	"if r7 <= r9 goto l_out_%=;\n"
	"r6 += 16;\n"
	"r8 += r7;\n"
	"if r7 <= 47 goto l_out_%=;\n"
	"r0 = *(u16 *)(r6 + 44);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_354(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u16 *)(r10 -48) = w9;\n"
	"r6 += 16;\n"
	"r6 += r7;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_355(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 s<= w9 goto l_out_%=;\n"
	"r7 ^= 2147483647;\n"
	"if r7 s< -1 goto l_s2_%=;\n"
	"r7 &= 8;\n"
	"l_s2_%=: r8 += r7;\n"
	"*(u64 *)(r10 -48) = r9;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_356(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 <<= 43;\n"
	"r7 = r0;\n"
	"r9 = *(u8 *)(r10 -24);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_357(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w1 = 7;\n"
	"*(u32 *)(r10 -32) = w1;\n"
	"if r7 < -1 goto l_out_%=;\n"
	"if r7 s>= r9 goto l_out_%=;\n"
	"if w7 == 1 goto l_out_%=;\n"
	"r7 = r6;\n"
	"if r7 s>= 63 goto l_out_%=;\n"
	"r7 -= r9;\n"
	"r9 = *(u32 *)(r10 -8);\n"
	"r8 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_358(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u64 *)(r8 - 48);\n"
	"r7 <<= 3;\n"
	"w7 >>= 29;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_359(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 != 8 goto l_out_%=;\n"
	"r7 *= 47;\n"
	"if w7 == 16 goto l_out_%=;\n"
	"r7 s>>= 43;\n"
	"r6 += r7;\n"
	"r8 += -16;\n"
	"r9 = *(u8 *)(r10 -7);\n"
	"r6 = *(u16 *)(r10 -40);\n"
	"r6 += r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w7 -= -1;\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_360(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w1 = 7;\n"
	"*(u16 *)(r10 -4) = w1;\n"
	"if w7 != 32 goto l_out_%=;\n"
	"if w7 s>= 15 goto l_out_%=;\n"
	"r0 = *(u8 *)(r10 - 24);\n"
	"if r7 > 40 goto l_out_%=;\n"
	"w1 = 1;\n"
	"*(u16 *)(r10 -48) = w1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_361(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r6;\n"
	"r7 -= 32;\n"
	"r8 += -48;\n"
	"w1 = 7;\n"
	"*(u8 *)(r10 -15) = w1;\n"
	"r7 &= 40;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 s>>= 16;\n"
	"if r7 s>= 40 goto l_out_%=;\n"
	"*(u16 *)(r10 -60) = w6;\n"
	"w1 = -1;\n"
	"*(u8 *)(r10 -32) = w1;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_362(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 > 47 goto l_s0_%=;\n"
	"r6 = *(u32 *)(r10 -24);\n"
	"l_s0_%=: r7 <<= 45;\n"
	"r7 <<= 19;\n"
	"r6 += 8;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_363(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -32) = w1;\n"
	"r0 = *(u8 *)(r8 - 23);\n"
	"r8 += -16;\n"
	"r7 -= 63;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_364(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r0;\n"
	"r6 += 8;\n"
	"*(u64 *)(r10 -48) = r8;\n"
	"*(u32 *)(r10 -24) = w9;\n"
	"r6 += r7;\n"
	"r8 += -48;\n"
	"r7 |= r9;\n"
	"*(u32 *)(r10 -4) = w8;\n"
	"r0 = *(u64 *)(r8 - 32);\n"
	"if r7 == 0 goto l_out_%=;\n"
	"r7 s>>= 8;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_365(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += 0;\n"
	"r7 = r6;\n"
	"w7 |= w9;\n"
	"if w7 s<= w9 goto l_out_%=;\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -24) = w1;\n"
	"w7 ^= 3;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_366(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 == 0 goto l_out_%=;\n"
	"if r7 >= 32 goto l_out_%=;\n"
	"r7 = r1;\n"
	"r7 |= 40;\n"
	"w7 &= 31;\n"
	"r9 = *(u64 *)(r10 -32);\n"
	"w1 = 7;\n"
	"*(u8 *)(r10 -48) = w1;\n"
	"r0 = *(u64 *)(r6 + 44);\n"
	"r6 += r7;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_367(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 == w9 goto l_out_%=;\n"
	"if r7 s<= 16 goto l_out_%=;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -23) = w1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_368(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w1 = 1;\n"
	"*(u32 *)(r10 -60) = w1;\n"
	"w1 = 7;\n"
	"*(u16 *)(r10 -48) = w1;\n"
	"r7 ^= 2;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_369(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 ^= 47;\n"
	"r7 = *(u64 *)(r10 -48);\n"
	"r7 += 8;\n"
	"w7 >>= 14;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"*(u64 *)(r10 -40) = r9;\n"
	"w7 >>= 3;\n"
	"r8 += 8;\n"
	"*(u32 *)(r10 -12) = w9;\n"
	"w1 = -1;\n"
	"*(u32 *)(r10 -36) = w1;\n"
	"*(u8 *)(r10 -7) = w8;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_370(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u16 *)(r10 -24) = w6;\n"
	"r6 += -8;\n"
	"if r7 <= r9 goto l_out_%=;\n"
	"*(u8 *)(r10 -8) = w8;\n"
	"if r7 > 1 goto l_out_%=;\n"
	"r7 -= r9;\n"
	"r6 += r7;\n"
	"w7 >>= 25;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_371(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 s>= w9 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w1 = 7;\n"
	"*(u8 *)(r10 -12) = w1;\n"
	"if r7 s>= r9 goto l_s3_%=;\n"
	"r7 *= 255;\n"
	"l_s3_%=: w1 = 0;\n"
	"*(u8 *)(r10 -40) = w1;\n"
	"if r7 < 16 goto l_s5_%=;\n"
	"*(u16 *)(r10 -44) = w8;\n"
	"l_s5_%=: call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w1 = -1;\n"
	"*(u32 *)(r10 -48) = w1;\n"
	"if r7 s< r9 goto l_s8_%=;\n"
	"r6 += 16;\n"
	"l_s8_%=: if r7 == 48 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_372(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 s>>= 2;\n"
	"r7 &= 2147483647;\n"
	"r7 += r9;\n"
	"if w7 s<= w9 goto l_out_%=;\n"
	"w1 = 0;\n"
	"*(u16 *)(r10 -38) = w1;\n"
	"r9 = *(u8 *)(r10 -60);\n"
	"r1 = 1;\n"
	"*(u64 *)(r10 -40) = r1;\n"
	"r8 += r7;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_373(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 ^= 255;\n"
	"r8 += r7;\n"
	"w7 >>= 24;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w7 += w9;\n"
	"r7 <<= 45;\n"
	"r6 = *(u16 *)(r10 -16);\n"
	"r8 += r7;\n"
	"if r7 s> -2147483648 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_374(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r1;\n"
	"w1 = 7;\n"
	"*(u32 *)(r10 -8) = w1;\n"
	"if r7 > 32 goto l_s2_%=;\n"
	"r6 = *(u32 *)(r10 -20);\n"
	"l_s2_%=: r7 &= r9;\n"
	"r0 = *(u64 *)(r6 + 48);\n"
	"w1 = 7;\n"
	"*(u8 *)(r10 -64) = w1;\n"
	"if r7 != r9 goto l_s6_%=;\n"
	"r8 += -8;\n"
	"l_s6_%=: if r7 != 4 goto l_s7_%=;\n"
	"r7 &= 15;\n"
	"l_s7_%=: r8 += -16;\n"
	"w7 += 48;\n"
	"r9 = *(u64 *)(r10 -24);\n"
	"if r7 == r9 goto l_s11_%=;\n"
	"if r7 s< 7 goto l_out_%=;\n"
	"l_s11_%=: r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_375(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r1;\n"
	"*(u32 *)(r10 -16) = w6;\n"
	"r0 = *(u16 *)(r6 + 8);\n"
	"r7 = r8;\n"
	"if w7 != 1 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_376(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r8 += r7;\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -20) = w1;\n"
	"w7 -= 47;\n"
	"r0 = *(u32 *)(r10 - 64);\n"
	"r8 += r7;\n"
	"if r7 > 15 goto l_out_%=;\n"
	"if w7 == w9 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_377(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 < 48 goto l_out_%=;\n"
	"if r7 <= 0 goto l_out_%=;\n"
	"r8 += r7;\n"
	"r7 = *(u8 *)(r10 -32);\n"
	"*(u32 *)(r10 -48) = w9;\n"
	"if r7 != r9 goto l_out_%=;\n"
	"r7 = r9;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -32) = w1;\n"
	"r0 = *(u8 *)(r8 - 40);\n"
	"r7 s>>= 25;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_378(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += 16;\n"
	"r8 += 8;\n"
	"r0 = *(u64 *)(r8 - 48);\n"
	"r7 = r6;\n"
	"r6 = *(u8 *)(r10 -24);\n"
	"if w7 s< 2147483647 goto l_s5_%=;\n"
	"if w7 <= -2147483648 goto l_out_%=;\n"
	"l_s5_%=: r0 = *(u8 *)(r6 + 48);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_379(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r8;\n"
	"r0 = *(u8 *)(r10 - 64);\n"
	"r7 &= 63;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = r1;\n"
	"w7 ^= 16;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_380(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"r7 = *(u32 *)(r10 -4);\n"
	"*(u8 *)(r10 -28) = w7;\n"
	"r6 = *(u64 *)(r10 -24);\n"
	"r0 = *(u64 *)(r8 - 64);\n"
	"w7 >>= 26;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_381(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u16 *)(r6 + 48);\n"
	"if r7 s>= 8 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = r8;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_382(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 |= 16;\n"
	"*(u32 *)(r10 -64) = w8;\n"
	"if r7 <= 16 goto l_s2_%=;\n"
	"w1 = 1;\n"
	"*(u16 *)(r10 -16) = w1;\n"
	"l_s2_%=: if r7 >= 255 goto l_out_%=;\n"
	"r6 += 1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r9 = *(u64 *)(r10 -8);\n"
	"r6 += 16;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_383(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 &= -2147483648;\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -20) = w1;\n"
	"r6 = *(u8 *)(r10 -36);\n"
	"if r7 != -8 goto l_out_%=;\n"
	"w7 += 63;\n"
	"r9 = *(u64 *)(r10 -48);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_384(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s< -1 goto l_out_%=;\n"
	"if r7 > r9 goto l_out_%=;\n"
	"*(u64 *)(r10 -24) = r6;\n"
	"r8 += r7;\n"
	"r7 ^= 3;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_385(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = *(u64 *)(r10 -40);\n"
	"if r7 == 32 goto l_out_%=;\n"
	"*(u32 *)(r10 -36) = w6;\n"
	"r7 = *(u64 *)(r10 -32);\n"
	"w7 s>>= 12;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_386(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s< 8 goto l_out_%=;\n"
	"r7 += 48;\n"
	"*(u8 *)(r10 -48) = w6;\n"
	"w7 &= -2147483648;\n"
	"if r7 >= 48 goto l_out_%=;\n"
	"r9 = *(u32 *)(r10 -32);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_387(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 = *(u16 *)(r10 -6);\n"
	"if w7 != w9 goto l_out_%=;\n"
	"if r7 < -8 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r9 = *(u64 *)(r10 -8);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_388(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u32 *)(r10 -24) = w6;\n"
	"if w7 s<= 48 goto l_s1_%=;\n"
	"w1 = 0;\n"
	"*(u16 *)(r10 -48) = w1;\n"
	"l_s1_%=: r6 = *(u8 *)(r10 -8);\n"
	"if r7 s>= r9 goto l_out_%=;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_389(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 s>>= 58;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if w7 > 0 goto l_s2_%=;\n"
	"r7 = r0;\n"
	"l_s2_%=: r9 = *(u32 *)(r10 -48);\n"
	"if w7 s>= 8 goto l_out_%=;\n"
	"w7 += 63;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_390(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 += r7;\n"
	"r7 ^= r9;\n"
	"r7 += 15;\n"
	"r0 = *(u16 *)(r8 - 48);\n"
	"r7 <<= 11;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_391(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u16 *)(r8 - 40);\n"
	"if r7 s< 2 goto l_s1_%=;\n"
	"r7 -= r9;\n"
	"l_s1_%=: r0 = *(u64 *)(r10 - 8);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_392(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u8 *)(r10 -32) = w9;\n"
	"if r7 s< 16 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r6 += r7;\n"
	"w1 = 0;\n"
	"*(u16 *)(r10 -4) = w1;\n"
	"w7 += w9;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r7 = *(u16 *)(r10 -8);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_2_393(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u32 *)(r6 + 8);\n"
	"w7 -= 2147483647;\n"
	"r7 &= 48;\n"
	"r7 = r0;\n"
	"if r7 <= -8 goto l_out_%=;\n"
	"r7 >>= 38;\n"
	"w7 |= 0;\n"
	"w1 = 7;\n"
	"*(u16 *)(r10 -64) = w1;\n"
	"w1 = -1;\n"
	"*(u32 *)(r10 -16) = w1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_394(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r8;\n"
	"w1 = -1;\n"
	"*(u8 *)(r10 -8) = w1;\n"
	"r7 *= 16;\n"
	"r7 s>>= 45;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r8 += -48;\n"
	"if r7 s> -8 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r7 = *(u8 *)(r10 -16);\n"
	"r7 >>= 0;\n"
	"r7 &= 40;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_395(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u64 *)(r10 -16) = r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r8 += r7;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_396(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u32 *)(r10 -16) = w6;\n"
	"r8 += r7;\n"
	"if r7 s<= 2 goto l_out_%=;\n"
	"*(u32 *)(r10 -40) = w6;\n"
	"r8 += -16;\n"
	"r7 &= 2147483647;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r6 += r7;\n"
	"w7 -= 63;\n"
	"r0 = *(u16 *)(r8 - 16);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_397(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w1 = -1;\n"
	"*(u16 *)(r10 -30) = w1;\n"
	"if r7 s> 2147483647 goto l_out_%=;\n"
	"r0 = *(u32 *)(r10 - 32);\n"
	"if r7 s<= 2147483647 goto l_s3_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_s3_%=: r6 += 0;\n"
	"r6 += r7;\n"
	"r8 += r7;\n"
	"r7 -= r9;\n"
	"r7 = r9;\n"
	"r7 |= r9;\n"
	"w7 &= w9;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_2_398(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 < w9 goto l_s0_%=;\n"
	"r9 = *(u16 *)(r10 -40);\n"
	"l_s0_%=: if r7 s< 63 goto l_s1_%=;\n"
	"r6 += r7;\n"
	"l_s1_%=: w1 = -1;\n"
	"*(u8 *)(r10 -44) = w1;\n"
	"r6 += 47;\n"
	"*(u64 *)(r10 -16) = r7;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -7) = w1;\n"
	"r6 = *(u8 *)(r10 -8);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_2_399(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = r6;\n"
	"r6 += 40;\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -47) = w1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
