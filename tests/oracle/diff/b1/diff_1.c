// python tests/oracle/diff/gen.py 300 1 8
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct val48 { __u64 a[6]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, struct val48); } arr SEC(".maps");


SEC("socket") __naked void df_1_000(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r8 += -16;\n"
	"w7 <<= 27;\n"
	"r1 = -1;\n"
	"*(u64 *)(r10 -48) = r1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_001(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 s>>= 0;\n"
	"r7 = r6;\n"
	"r7 = r0;\n"
	"if r7 s>= 40 goto l_s3_%=;\n"
	"r7 |= 48;\n"
	"l_s3_%=: call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_002(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r8 += r7;\n"
	"r6 = *(u16 *)(r10 -24);\n"
	"if r7 s>= r9 goto l_out_%=;\n"
	"if w7 s< 40 goto l_s4_%=;\n"
	"r6 += 47;\n"
	"l_s4_%=: if r7 s>= r9 goto l_out_%=;\n"
	"r7 = r1;\n"
	"r6 += 0;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_003(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u64 *)(r10 - 24);\n"
	"if r7 s< 0 goto l_out_%=;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r6 = *(u16 *)(r10 -32);\n"
	"r1 = 7;\n"
	"*(u64 *)(r10 -64) = r1;\n"
	"if w7 s< -2147483648 goto l_out_%=;\n"
	"w1 = 1;\n"
	"*(u16 *)(r10 -64) = w1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_004(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"w7 |= w9;\n"
	"r7 ^= r9;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_005(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 < 31 goto l_out_%=;\n"
	"if r7 == 32 goto l_out_%=;\n"
	"w7 s>>= 13;\n"
	"r7 = r9;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_006(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 > 2147483647 goto l_out_%=;\n"
	"*(u64 *)(r10 -16) = r7;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 -48) = r1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_007(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u8 *)(r8 - 24);\n"
	"if w7 == 1 goto l_out_%=;\n"
	"r7 >>= 21;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_008(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 <<= 12;\n"
	"*(u64 *)(r10 -24) = r8;\n"
	"w1 = 0;\n"
	"*(u32 *)(r10 -16) = w1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 |= 47;\n"
	"r7 = r0;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_009(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u32 *)(r10 -36) = w6;\n"
	"l_s0_%=: if w7 s<= 255 goto l_s1_%=;\n"
	"w1 = 7;\n"
	"*(u8 *)(r10 -7) = w1;\n"
	"l_s1_%=: call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"if r7 s> r9 goto l_out_%=;\n"
	"w1 = -1;\n"
	"*(u32 *)(r10 -36) = w1;\n"
	"r0 = *(u32 *)(r6 + 0);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_010(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 += r9;\n"
	"r8 += 8;\n"
	"w7 -= 47;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"w1 = 0;\n"
	"*(u32 *)(r10 -16) = w1;\n"
	"w7 |= 32;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_011(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 <= 63 goto l_s0_%=;\n"
	"r7 s>>= 60;\n"
	"l_s0_%=: r6 += r7;\n"
	"if w7 != 2 goto l_out_%=;\n"
	"*(u32 *)(r10 -12) = w6;\n"
	"r7 |= r9;\n"
	"r7 -= r9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_012(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 != 0 goto l_out_%=;\n"
	"if r7 s>= 4 goto l_s1_%=;\n"
	"r8 += -16;\n"
	"l_s1_%=: w7 *= 32;\n"
	"if r7 s<= 8 goto l_s3_%=;\n"
	"r0 = *(u32 *)(r10 - 60);\n"
	"l_s3_%=: r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_013(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 == 15 goto l_s0_%=;\n"
	"r7 <<= 32;\n"
	"l_s0_%=: *(u64 *)(r10 -8) = r6;\n"
	"r6 = *(u64 *)(r10 -40);\n"
	"w7 |= 16;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_014(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 >= 7 goto l_out_%=;\n"
	"*(u64 *)(r10 -48) = r9;\n"
	"r6 += r7;\n"
	"if r7 < 15 goto l_s3_%=;\n"
	"r7 ^= r9;\n"
	"l_s3_%=: r8 += -48;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r8 += r7;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_015(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 += 47;\n"
	"r6 += r7;\n"
	"r7 += 2;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_016(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u64 *)(r10 -64) = r8;\n"
	"if w7 s>= 3 goto l_out_%=;\n"
	"r7 = *(u32 *)(r10 -24);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_017(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u16 *)(r10 -64) = w9;\n"
	"w7 |= 16;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if w7 >= 47 goto l_s4_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_s4_%=: w1 = 1;\n"
	"*(u32 *)(r10 -4) = w1;\n"
	"if r7 s> 40 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_018(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 ^= 47;\n"
	"if r7 s<= 47 goto l_out_%=;\n"
	"w1 = 7;\n"
	"*(u16 *)(r10 -36) = w1;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_019(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r6 = *(u16 *)(r10 -20);\n"
	"r9 = *(u8 *)(r10 -32);\n"
	"r6 += r7;\n"
	"if w7 > -2147483648 goto l_s4_%=;\n"
	"r0 = *(u64 *)(r10 - 40);\n"
	"l_s4_%=: r7 >>= 21;\n"
	"*(u8 *)(r10 -44) = w8;\n"
	"r7 *= 7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_020(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 |= r9;\n"
	"r6 += r7;\n"
	"*(u8 *)(r10 -16) = w6;\n"
	"r8 += 8;\n"
	"r8 += -16;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_021(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if r7 >= 8 goto l_s1_%=;\n"
	"r8 += -16;\n"
	"l_s1_%=: w1 = 1;\n"
	"*(u16 *)(r10 -64) = w1;\n"
	"r0 = *(u32 *)(r8 - 16);\n"
	"r6 += 1;\n"
	"if w7 != 1 goto l_s5_%=;\n"
	"w1 = 0;\n"
	"*(u16 *)(r10 -28) = w1;\n"
	"l_s5_%=: call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_022(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 >>= 57;\n"
	"if w7 >= w9 goto l_s2_%=;\n"
	"*(u64 *)(r10 -48) = r6;\n"
	"l_s2_%=: w7 -= w9;\n"
	"r8 += 8;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 *= 0;\n"
	"w7 s>>= 3;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_023(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 |= 1;\n"
	"*(u16 *)(r10 -8) = w7;\n"
	"r7 *= 8;\n"
	"r6 += r7;\n"
	"r7 = r6;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_024(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u16 *)(r10 -28) = w1;\n"
	"r6 += r7;\n"
	"r0 = *(u16 *)(r10 - 38);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_025(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 != 3 goto l_s0_%=;\n"
	"r0 = *(u8 *)(r6 + 48);\n"
	"l_s0_%=: r7 >>= 47;\n"
	"w7 *= 63;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 8);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 <= 16 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_026(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u32 *)(r10 -36) = w8;\n"
	"r6 += r7;\n"
	"r6 += r7;\n"
	"*(u32 *)(r10 -48) = w9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_027(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r6 += 40;\n"
	"if r7 s< 2147483647 goto l_s2_%=;\n"
	"if r7 <= 63 goto l_out_%=;\n"
	"l_s2_%=: r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_028(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u64 *)(r10 -64) = r7;\n"
	"*(u32 *)(r10 -64) = w6;\n"
	"r7 = r1;\n"
	"if r7 <= 7 goto l_s3_%=;\n"
	"if w7 > 7 goto l_out_%=;\n"
	"l_s3_%=: r8 += -8;\n"
	"r7 = r9;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_029(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 -= 8;\n"
	"r6 += r7;\n"
	"r7 >>= 36;\n"
	"w7 >>= 15;\n"
	"r9 = *(u16 *)(r10 -62);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_030(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 <<= 62;\n"
	"r7 s>>= 54;\n"
	"r7 >>= 0;\n"
	"w7 += 31;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_031(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u64 *)(r10 -40) = r6;\n"
	"r7 *= 7;\n"
	"if w7 s> -8 goto l_s3_%=;\n"
	"*(u8 *)(r10 -8) = w7;\n"
	"l_s3_%=: *(u32 *)(r10 -44) = w6;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 |= 4;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_032(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s> 48 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 48);\n"
	"w7 *= w9;\n"
	"w7 >>= 6;\n"
	"if r7 == r9 goto l_out_%=;\n"
	"r7 = r0;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_033(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 -= 48;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r6 += r7;\n"
	"r6 += 1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_034(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"w1 = -1;\n"
	"*(u16 *)(r10 -28) = w1;\n"
	"if r7 s< -2147483648 goto l_out_%=;\n"
	"r9 = *(u32 *)(r10 -48);\n"
	"if r7 != r9 goto l_s4_%=;\n"
	"r6 += 8;\n"
	"l_s4_%=: if r7 == -2147483648 goto l_out_%=;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_035(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 < 255 goto l_out_%=;\n"
	"r7 = *(u16 *)(r10 -44);\n"
	"r9 = *(u16 *)(r10 -48);\n"
	"if w7 > 15 goto l_s3_%=;\n"
	"r6 = *(u16 *)(r10 -48);\n"
	"l_s3_%=: r1 = -1;\n"
	"*(u64 *)(r10 -8) = r1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_036(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 < 32 goto l_s0_%=;\n"
	"r6 += 40;\n"
	"l_s0_%=: w7 *= 1;\n"
	"if w7 != 15 goto l_s2_%=;\n"
	"w7 *= 40;\n"
	"l_s2_%=: r7 = r6;\n"
	"w7 += 32;\n"
	"r7 = r6;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 -48) = r1;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_037(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 < 31 goto l_out_%=;\n"
	"r7 *= r9;\n"
	"r0 = *(u8 *)(r8 - 40);\n"
	"r7 = r6;\n"
	"if w7 <= w9 goto l_out_%=;\n"
	"if r7 s< 0 goto l_out_%=;\n"
	"*(u8 *)(r10 -40) = w9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_038(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 = r8;\n"
	"r6 += r7;\n"
	"r7 *= -1;\n"
	"r7 = r9;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_039(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r1 = 0;\n"
	"*(u64 *)(r10 -48) = r1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r6 = *(u32 *)(r10 -60);\n"
	"if r7 >= r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r10 - 23);\n"
	"r0 = *(u8 *)(r10 - 31);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_040(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s>= 15 goto l_out_%=;\n"
	"r6 = *(u8 *)(r10 -40);\n"
	"r7 >>= 26;\n"
	"if r7 > 15 goto l_s3_%=;\n"
	"if r7 >= 63 goto l_out_%=;\n"
	"l_s3_%=: r8 += -16;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_041(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 s>= 4 goto l_s0_%=;\n"
	"if w7 == 7 goto l_out_%=;\n"
	"l_s0_%=: r7 = *(u32 *)(r10 -16);\n"
	"r7 = *(u16 *)(r10 -38);\n"
	"r7 = r6;\n"
	"if w7 s< 7 goto l_s4_%=;\n"
	"r1 = 1;\n"
	"*(u64 *)(r10 -64) = r1;\n"
	"l_s4_%=: r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_042(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s<= 47 goto l_s0_%=;\n"
	"r7 += 15;\n"
	"l_s0_%=: r8 += r7;\n"
	"r6 = *(u16 *)(r10 -40);\n"
	"r7 = *(u64 *)(r10 -40);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_043(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 s<= 7 goto l_out_%=;\n"
	"w1 = 1;\n"
	"*(u32 *)(r10 -24) = w1;\n"
	"if r7 s<= 4 goto l_out_%=;\n"
	"r7 = r9;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_044(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 *= 1;\n"
	"r7 <<= 17;\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -63) = w1;\n"
	"w7 <<= 22;\n"
	"r8 += -16;\n"
	"if r7 != 31 goto l_s6_%=;\n"
	"*(u8 *)(r10 -40) = w8;\n"
	"l_s6_%=: r7 ^= r9;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_045(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r1 = 0;\n"
	"*(u64 *)(r10 -48) = r1;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r7 |= 3;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r6 += 0;\n"
	"r6 += r7;\n"
	"*(u32 *)(r10 -60) = w8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_046(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 = *(u16 *)(r10 -28);\n"
	"r7 <<= 56;\n"
	"w7 s>>= 12;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 s<= 2 goto l_out_%=;\n"
	"w7 *= 31;\n"
	"*(u8 *)(r10 -60) = w8;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_047(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r0 = *(u8 *)(r10 - 63);\n"
	"w7 ^= -2147483648;\n"
	"w1 = 0;\n"
	"*(u32 *)(r10 -60) = w1;\n"
	"r8 += -8;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -24) = w1;\n"
	"r7 = r9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_048(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 -= 63;\n"
	"if r7 s< r9 goto l_s1_%=;\n"
	"if w7 s<= w9 goto l_out_%=;\n"
	"l_s1_%=: w7 s>>= 26;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -64) = w1;\n"
	"r8 += -8;\n"
	"w7 |= 4;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_049(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r6 += r7;\n"
	"r8 += -8;\n"
	"w1 = 1;\n"
	"*(u32 *)(r10 -4) = w1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = r6;\n"
	"r0 = *(u64 *)(r6 + 4);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_050(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u8 *)(r10 -32) = w1;\n"
	"r8 += -48;\n"
	"r7 += r9;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_051(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 += r9;\n"
	"r8 += r7;\n"
	"r7 &= 15;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_052(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r6 += r7;\n"
	"l_s0_%=: r6 = *(u8 *)(r10 -32);\n"
	"r6 += 40;\n"
	"if r7 >= 255 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r6 = *(u64 *)(r10 -40);\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_053(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u8 *)(r10 -40) = w8;\n"
	"if r7 >= 32 goto l_out_%=;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 -48) = r1;\n"
	"if r7 == -1 goto l_out_%=;\n"
	"if w7 <= 1 goto l_s4_%=;\n"
	"w7 -= w9;\n"
	"l_s4_%=: r6 += r7;\n"
	"if r7 > 2147483647 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_054(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if w7 == 15 goto l_s1_%=;\n"
	"if w7 > 31 goto l_out_%=;\n"
	"l_s1_%=: r8 += -48;\n"
	"r6 = *(u16 *)(r10 -8);\n"
	"*(u8 *)(r10 -40) = w6;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_055(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u8 *)(r10 -4) = w9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_056(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"w7 += -1;\n"
	"w7 |= 2147483647;\n"
	"if w7 >= 1 goto l_s3_%=;\n"
	"w1 = -1;\n"
	"*(u32 *)(r10 -32) = w1;\n"
	"l_s3_%=: w7 -= 8;\n"
	"if w7 != w9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_057(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if w7 s<= w9 goto l_s1_%=;\n"
	"if w7 == w9 goto l_out_%=;\n"
	"l_s1_%=: r8 += r7;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_058(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if r7 s<= 47 goto l_s2_%=;\n"
	"r7 = r1;\n"
	"l_s2_%=: r0 = *(u8 *)(r6 + 0);\n"
	"r8 += -48;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_059(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 <= 255 goto l_out_%=;\n"
	"if w7 < -1 goto l_out_%=;\n"
	"r7 *= r9;\n"
	"r7 &= 32;\n"
	"r7 |= r9;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_060(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 != 32 goto l_s0_%=;\n"
	"r7 += 8;\n"
	"l_s0_%=: r6 += 40;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r6 += 47;\n"
	"w7 &= w9;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 >= -8 goto l_s6_%=;\n"
	"w7 ^= 16;\n"
	"l_s6_%=: r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_061(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 s< -1 goto l_out_%=;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"*(u16 *)(r10 -40) = w9;\n"
	"w7 *= w9;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_062(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 += 2;\n"
	"w1 = 0;\n"
	"*(u16 *)(r10 -32) = w1;\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -23) = w1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_063(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u32 *)(r10 -40) = w7;\n"
	"if w7 != 32 goto l_s2_%=;\n"
	"w7 ^= w9;\n"
	"l_s2_%=: r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_064(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if r7 == r9 goto l_out_%=;\n"
	"r1 = -1;\n"
	"*(u64 *)(r10 -40) = r1;\n"
	"r6 += 47;\n"
	"if r7 >= 63 goto l_s4_%=;\n"
	"r7 = *(u8 *)(r10 -48);\n"
	"l_s4_%=: r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_065(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r1 = 1;\n"
	"*(u64 *)(r10 -40) = r1;\n"
	"if r7 <= 63 goto l_s2_%=;\n"
	"r6 += r7;\n"
	"l_s2_%=: r7 = *(u16 *)(r10 -16);\n"
	"r7 = r6;\n"
	"w1 = 0;\n"
	"*(u16 *)(r10 -32) = w1;\n"
	"*(u64 *)(r10 -8) = r6;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_066(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 s>>= 39;\n"
	"if r7 s>= -1 goto l_out_%=;\n"
	"r6 = *(u32 *)(r10 -40);\n"
	"r7 -= 2147483647;\n"
	"r8 += 8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_067(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 -= 4;\n"
	"r6 = *(u64 *)(r10 -40);\n"
	"*(u32 *)(r10 -64) = w6;\n"
	"r8 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_068(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s>= 3 goto l_out_%=;\n"
	"r8 += -48;\n"
	"*(u64 *)(r10 -40) = r9;\n"
	"if w7 >= w9 goto l_out_%=;\n"
	"r7 *= r9;\n"
	"w7 *= -1;\n"
	"if w7 == 63 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_069(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u32 *)(r10 -4) = w1;\n"
	"w7 -= -1;\n"
	"if r7 s>= -1 goto l_out_%=;\n"
	"if r7 s< 63 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r7 &= r9;\n"
	"if r7 == 0 goto l_out_%=;\n"
	"if r7 s> r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_070(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s> 7 goto l_s0_%=;\n"
	"r6 += 8;\n"
	"l_s0_%=: if r7 <= 31 goto l_s1_%=;\n"
	"r7 <<= 19;\n"
	"l_s1_%=: r7 *= 4;\n"
	"if w7 s< 8 goto l_s3_%=;\n"
	"r7 *= r9;\n"
	"l_s3_%=: r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_071(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 ^= 0;\n"
	"if w7 >= -8 goto l_out_%=;\n"
	"r0 = *(u64 *)(r10 - 16);\n"
	"if w7 <= 47 goto l_out_%=;\n"
	"*(u16 *)(r10 -16) = w6;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_072(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 ^= 47;\n"
	"if r7 s< 8 goto l_s2_%=;\n"
	"if w7 s> -2147483648 goto l_out_%=;\n"
	"l_s2_%=: *(u16 *)(r10 -60) = w7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 <= 32 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_073(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u32 *)(r10 -40) = w6;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = r8;\n"
	"w7 >>= 1;\n"
	"*(u64 *)(r10 -8) = r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w1 = 7;\n"
	"*(u16 *)(r10 -32) = w1;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_074(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 ^= r9;\n"
	"if r7 >= r9 goto l_out_%=;\n"
	"r7 &= r9;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_075(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 |= 1;\n"
	"r6 += r7;\n"
	"r9 = *(u32 *)(r10 -60);\n"
	"*(u64 *)(r10 -32) = r9;\n"
	"r7 = r1;\n"
	"r7 = r1;\n"
	"*(u32 *)(r10 -8) = w9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_076(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s< 4 goto l_s0_%=;\n"
	"r7 = r9;\n"
	"l_s0_%=: r7 = *(u32 *)(r10 -40);\n"
	"*(u8 *)(r10 -63) = w6;\n"
	"if r7 == 3 goto l_s3_%=;\n"
	"if r7 s<= 63 goto l_out_%=;\n"
	"l_s3_%=: r7 ^= 1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_077(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u16 *)(r10 -12) = w9;\n"
	"r7 <<= 34;\n"
	"w1 = 0;\n"
	"*(u16 *)(r10 -60) = w1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_078(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 = r1;\n"
	"r9 = *(u16 *)(r10 -16);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_079(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = *(u16 *)(r10 -64);\n"
	"if r7 <= 15 goto l_s1_%=;\n"
	"r6 += r7;\n"
	"l_s1_%=: r7 += 16;\n"
	"r8 += r7;\n"
	"r0 = *(u64 *)(r10 - 8);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_080(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 = *(u8 *)(r10 -16);\n"
	"r7 = *(u64 *)(r10 -32);\n"
	"w1 = 7;\n"
	"*(u16 *)(r10 -16) = w1;\n"
	"if r7 != r9 goto l_s5_%=;\n"
	"w1 = -1;\n"
	"*(u8 *)(r10 -64) = w1;\n"
	"l_s5_%=: w1 = 0;\n"
	"*(u32 *)(r10 -40) = w1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_081(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 > 48 goto l_out_%=;\n"
	"if r7 > -1 goto l_out_%=;\n"
	"r9 = *(u16 *)(r10 -40);\n"
	"w1 = 7;\n"
	"*(u8 *)(r10 -8) = w1;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -8) = w1;\n"
	"w1 = 7;\n"
	"*(u8 *)(r10 -40) = w1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_082(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 = r6;\n"
	"if r7 s< 31 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_083(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if w7 > -2147483648 goto l_s1_%=;\n"
	"if r7 > r9 goto l_out_%=;\n"
	"l_s1_%=: r7 |= 31;\n"
	"*(u64 *)(r10 -24) = r7;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_084(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r9 = *(u16 *)(r10 -24);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_085(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r6 += 4;\n"
	"w1 = 7;\n"
	"*(u8 *)(r10 -48) = w1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_086(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 += r9;\n"
	"r7 ^= 2;\n"
	"*(u64 *)(r10 -8) = r6;\n"
	"r7 = r1;\n"
	"r7 = *(u32 *)(r10 -8);\n"
	"r0 = *(u8 *)(r10 - 8);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_087(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 s> -8 goto l_out_%=;\n"
	"r6 = *(u8 *)(r10 -12);\n"
	"if w7 >= 47 goto l_out_%=;\n"
	"r0 = *(u32 *)(r6 + 44);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_088(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 += 47;\n"
	"r0 = *(u8 *)(r6 + 48);\n"
	"w1 = 1;\n"
	"*(u16 *)(r10 -38) = w1;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_089(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 >>= 31;\n"
	"r9 = *(u16 *)(r10 -62);\n"
	"if r7 >= -2147483648 goto l_out_%=;\n"
	"r7 ^= r9;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_090(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u64 *)(r10 -8) = r8;\n"
	"w7 += w9;\n"
	"w1 = 1;\n"
	"*(u32 *)(r10 -40) = w1;\n"
	"r7 = *(u64 *)(r10 -48);\n"
	"r7 = r8;\n"
	"if r7 <= 7 goto l_s5_%=;\n"
	"r8 += 8;\n"
	"l_s5_%=: call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_091(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if r7 s<= 32 goto l_s1_%=;\n"
	"r0 = *(u16 *)(r8 - 48);\n"
	"l_s1_%=: r7 <<= 19;\n"
	"r7 = r1;\n"
	"w7 >>= 10;\n"
	"r7 |= 63;\n"
	"w7 <<= 26;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_092(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u8 *)(r10 -7) = w8;\n"
	"*(u16 *)(r10 -22) = w8;\n"
	"if r7 s> 31 goto l_s2_%=;\n"
	"*(u16 *)(r10 -24) = w7;\n"
	"l_s2_%=: r0 = *(u32 *)(r8 - 8);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if w7 != 63 goto l_out_%=;\n"
	"w7 >>= 13;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_093(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u32 *)(r10 -60) = w8;\n"
	"if r7 s< 48 goto l_out_%=;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 <= 7 goto l_s4_%=;\n"
	"r6 += 8;\n"
	"l_s4_%=: r9 = *(u32 *)(r10 -36);\n"
	"r7 <<= 54;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_094(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if w7 s> -8 goto l_s1_%=;\n"
	"r1 = -1;\n"
	"*(u64 *)(r10 -8) = r1;\n"
	"l_s1_%=: r1 = 1;\n"
	"*(u64 *)(r10 -8) = r1;\n"
	"w7 &= 47;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_095(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 s> 2 goto l_out_%=;\n"
	"if r7 == 47 goto l_out_%=;\n"
	"if r7 == 63 goto l_out_%=;\n"
	"r7 <<= 6;\n"
	"w1 = 7;\n"
	"*(u8 *)(r10 -32) = w1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u64 *)(r8 - 16);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_096(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r6 = *(u32 *)(r10 -48);\n"
	"if w7 > -8 goto l_out_%=;\n"
	"r0 = *(u16 *)(r10 - 48);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_097(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 < r9 goto l_out_%=;\n"
	"if w7 < 3 goto l_out_%=;\n"
	"r0 = *(u64 *)(r6 + 40);\n"
	"if w7 >= w9 goto l_out_%=;\n"
	"w7 -= w9;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_098(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r0 = *(u16 *)(r6 + 44);\n"
	"w1 = -1;\n"
	"*(u16 *)(r10 -60) = w1;\n"
	"if r7 s<= 32 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_099(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"w1 = 0;\n"
	"*(u8 *)(r10 -64) = w1;\n"
	"r8 += -48;\n"
	"*(u16 *)(r10 -24) = w7;\n"
	"r6 += 4;\n"
	"if r7 >= -2147483648 goto l_s5_%=;\n"
	"if r7 >= 255 goto l_out_%=;\n"
	"l_s5_%=: if w7 <= -2147483648 goto l_out_%=;\n"
	"if r7 s< 8 goto l_s7_%=;\n"
	"r8 += -8;\n"
	"l_s7_%=: r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_100(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 -= 16;\n"
	"w7 <<= 9;\n"
	"r7 s>>= 27;\n"
	"w7 ^= 16;\n"
	"w1 = -1;\n"
	"*(u16 *)(r10 -28) = w1;\n"
	"r7 = *(u16 *)(r10 -48);\n"
	"r7 ^= 8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_101(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r6 += r7;\n"
	"r8 += -48;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_102(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 <<= 28;\n"
	"w1 = 0;\n"
	"*(u32 *)(r10 -4) = w1;\n"
	"r9 = *(u16 *)(r10 -60);\n"
	"if w7 s> w9 goto l_out_%=;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r6 = *(u16 *)(r10 -46);\n"
	"r8 += -16;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_103(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 |= 16;\n"
	"w7 ^= 16;\n"
	"if r7 s>= 47 goto l_s3_%=;\n"
	"w1 = 0;\n"
	"*(u32 *)(r10 -40) = w1;\n"
	"l_s3_%=: r7 ^= r9;\n"
	"w7 ^= 15;\n"
	"*(u8 *)(r10 -47) = w7;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_104(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 == -1 goto l_out_%=;\n"
	"r6 += 0;\n"
	"r7 = r0;\n"
	"w1 = -1;\n"
	"*(u8 *)(r10 -63) = w1;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r7 = *(u64 *)(r10 -64);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_105(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 != w9 goto l_s0_%=;\n"
	"*(u8 *)(r10 -24) = w8;\n"
	"l_s0_%=: if w7 == -1 goto l_s1_%=;\n"
	"*(u64 *)(r10 -24) = r6;\n"
	"l_s1_%=: r6 += r7;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_106(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u64 *)(r10 -48) = r1;\n"
	"*(u16 *)(r10 -6) = w8;\n"
	"if r7 s< 16 goto l_s2_%=;\n"
	"w1 = -1;\n"
	"*(u16 *)(r10 -40) = w1;\n"
	"l_s2_%=: r0 = *(u32 *)(r8 - 40);\n"
	"*(u16 *)(r10 -40) = w7;\n"
	"w7 *= 1;\n"
	"w1 = 1;\n"
	"*(u32 *)(r10 -48) = w1;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_107(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 = r8;\n"
	"if r7 s<= r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_108(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u32 *)(r10 -32) = w1;\n"
	"w7 >>= 13;\n"
	"r9 = *(u32 *)(r10 -24);\n"
	"r9 = *(u64 *)(r10 -64);\n"
	"r0 = *(u16 *)(r10 - 24);\n"
	"w1 = 7;\n"
	"*(u8 *)(r10 -7) = w1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_109(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if r7 >= 40 goto l_out_%=;\n"
	"*(u16 *)(r10 -30) = w9;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_110(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 < -1 goto l_s0_%=;\n"
	"if r7 >= r9 goto l_out_%=;\n"
	"l_s0_%=: if r7 > r9 goto l_s1_%=;\n"
	"if r7 > r9 goto l_out_%=;\n"
	"l_s1_%=: r7 <<= 27;\n"
	"r8 += -8;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 *= 2;\n"
	"r7 = r0;\n"
	"r0 = *(u32 *)(r10 - 24);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_111(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if w7 s<= w9 goto l_out_%=;\n"
	"r8 += 8;\n"
	"if r7 > r9 goto l_out_%=;\n"
	"r7 = r1;\n"
	"r7 ^= 63;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_112(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u16 *)(r10 -12) = w9;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"*(u32 *)(r10 -32) = w8;\n"
	"r6 += 8;\n"
	"r7 = *(u64 *)(r10 -24);\n"
	"r9 = *(u16 *)(r10 -64);\n"
	"r7 = *(u64 *)(r10 -32);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_113(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 *= 4;\n"
	"if r7 != 2 goto l_out_%=;\n"
	"if r7 >= r9 goto l_out_%=;\n"
	"r7 = r6;\n"
	"if r7 <= 31 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_114(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if r7 > 2 goto l_out_%=;\n"
	"r7 *= 40;\n"
	"*(u64 *)(r10 -32) = r8;\n"
	"if r7 <= 0 goto l_s4_%=;\n"
	"r8 += -16;\n"
	"l_s4_%=: r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_115(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r0 = *(u8 *)(r6 + 0);\n"
	"r6 += 0;\n"
	"if r7 < 15 goto l_out_%=;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"if r7 s>= r9 goto l_s5_%=;\n"
	"r6 += 47;\n"
	"l_s5_%=: w1 = 7;\n"
	"*(u16 *)(r10 -48) = w1;\n"
	"r7 = r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_116(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r6 += r7;\n"
	"if r7 <= r9 goto l_s2_%=;\n"
	"r0 = *(u16 *)(r6 + 44);\n"
	"l_s2_%=: if w7 == 0 goto l_s3_%=;\n"
	"*(u64 *)(r10 -24) = r8;\n"
	"l_s3_%=: if r7 < 7 goto l_out_%=;\n"
	"w7 += 0;\n"
	"r7 += 15;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_117(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s<= 15 goto l_out_%=;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r7 ^= 2;\n"
	"r7 s>>= 29;\n"
	"r7 s>>= 57;\n"
	"r8 += -48;\n"
	"r7 = r0;\n"
	"r7 >>= 10;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_118(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 |= 40;\n"
	"w1 = 1;\n"
	"*(u8 *)(r10 -32) = w1;\n"
	"*(u8 *)(r10 -32) = w7;\n"
	"if r7 > r9 goto l_out_%=;\n"
	"w1 = 0;\n"
	"*(u32 *)(r10 -48) = w1;\n"
	"if r7 > -1 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_119(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 = *(u32 *)(r10 -40);\n"
	"r9 = *(u16 *)(r10 -30);\n"
	"*(u16 *)(r10 -16) = w6;\n"
	"r6 += 47;\n"
	"w7 &= -1;\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_120(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 ^= 4;\n"
	"r7 <<= 45;\n"
	"w1 = 7;\n"
	"*(u8 *)(r10 -8) = w1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_121(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u8 *)(r10 -48) = w8;\n"
	"w7 >>= 4;\n"
	"r7 = r6;\n"
	"r0 = *(u64 *)(r8 - 48);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_122(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u8 *)(r10 -8) = w8;\n"
	"if r7 > 47 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r6 = *(u64 *)(r10 -32);\n"
	"r6 += r7;\n"
	"if r7 > 47 goto l_out_%=;\n"
	"r6 = *(u16 *)(r10 -4);\n"
	"r0 = *(u32 *)(r8 - 32);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_123(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r9 = *(u32 *)(r10 -32);\n"
	"r7 >>= 34;\n"
	"r7 = r8;\n"
	"if r7 != 63 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"r7 &= 0;\n"
	"r6 += 1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_124(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u16 *)(r10 -38) = w1;\n"
	"if w7 > w9 goto l_out_%=;\n"
	"r8 += -8;\n"
	"r6 += 4;\n"
	"*(u8 *)(r10 -8) = w6;\n"
	"r7 = r1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_125(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 < 16 goto l_s0_%=;\n"
	"if r7 s< 1 goto l_out_%=;\n"
	"l_s0_%=: w7 ^= 255;\n"
	"w7 |= w9;\n"
	"r6 += 48;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_126(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 += 2;\n"
	"r9 = *(u8 *)(r10 -63);\n"
	"w7 >>= 30;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_127(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if w7 s> w9 goto l_out_%=;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r7 ^= 3;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"if w7 < 2 goto l_out_%=;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_128(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u64 *)(r10 -64) = r9;\n"
	"if r7 > r9 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r7 s>>= 49;\n"
	"if r7 s> 2147483647 goto l_out_%=;\n"
	"*(u16 *)(r10 -48) = w8;\n"
	"r7 = r6;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_129(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 += 15;\n"
	"r6 += r7;\n"
	"w1 = 1;\n"
	"*(u32 *)(r10 -60) = w1;\n"
	"r6 += 47;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_130(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 -= 4;\n"
	"*(u64 *)(r10 -24) = r6;\n"
	"r6 += 1;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_131(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 *= -2147483648;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r8 - 44);\n"
	"if w7 > 1 goto l_s4_%=;\n"
	"r8 += -16;\n"
	"l_s4_%=: if w7 s<= 8 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_132(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 >>= 13;\n"
	"r7 ^= 7;\n"
	"if w7 < w9 goto l_out_%=;\n"
	"if w7 < w9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_133(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u16 *)(r10 -30) = w7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u64 *)(r8 - 16);\n"
	"*(u16 *)(r10 -36) = w9;\n"
	"r6 += r7;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_134(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 ^= r9;\n"
	"r7 <<= 57;\n"
	"r6 = *(u64 *)(r10 -24);\n"
	"if r7 s< 3 goto l_out_%=;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_135(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r8 += -48;\n"
	"r6 += r7;\n"
	"r7 = r6;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_136(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 -= 40;\n"
	"r6 += r7;\n"
	"if r7 != -2147483648 goto l_out_%=;\n"
	"w7 <<= 8;\n"
	"r8 += -8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_137(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r9 = *(u32 *)(r10 -24);\n"
	"r0 = *(u8 *)(r8 - 24);\n"
	"r7 s>>= 61;\n"
	"if r7 s> -8 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if w7 >= -2147483648 goto l_s5_%=;\n"
	"r9 = *(u16 *)(r10 -8);\n"
	"l_s5_%=: r1 = 0;\n"
	"*(u64 *)(r10 -16) = r1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_138(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s>= 2147483647 goto l_out_%=;\n"
	"w7 |= 3;\n"
	"r6 += r7;\n"
	"w7 += w9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_139(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 s>>= 18;\n"
	"r7 s>>= 8;\n"
	"r6 = *(u16 *)(r10 -62);\n"
	"if r7 != 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r8 - 40);\n"
	"r8 += r7;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_140(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 |= 40;\n"
	"if w7 s> 40 goto l_out_%=;\n"
	"r0 = *(u16 *)(r6 + 48);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_141(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r1 = -1;\n"
	"*(u64 *)(r10 -32) = r1;\n"
	"*(u64 *)(r10 -64) = r9;\n"
	"r7 ^= r9;\n"
	"if r7 < r9 goto l_s4_%=;\n"
	"r6 += r7;\n"
	"l_s4_%=: r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_142(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s> 2147483647 goto l_s0_%=;\n"
	"r7 -= r9;\n"
	"l_s0_%=: r0 = *(u64 *)(r10 - 40);\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 < 1 goto l_out_%=;\n"
	"r7 ^= 31;\n"
	"if r7 <= 32 goto l_out_%=;\n"
	"r8 += -48;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_143(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u32 *)(r10 -24) = w1;\n"
	"r7 |= 40;\n"
	"w7 <<= 28;\n"
	"r0 = *(u64 *)(r10 - 16);\n"
	"if w7 > 40 goto l_s4_%=;\n"
	"r8 += -8;\n"
	"l_s4_%=: r1 = 7;\n"
	"*(u64 *)(r10 -32) = r1;\n"
	"*(u16 *)(r10 -24) = w6;\n"
	"if r7 s>= 4 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_144(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u32 *)(r10 -28) = w7;\n"
	"if r7 != 4 goto l_out_%=;\n"
	"w7 <<= 6;\n"
	"r7 = *(u16 *)(r10 -16);\n"
	"w7 s>>= 23;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_145(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s>= 48 goto l_out_%=;\n"
	"if r7 > 255 goto l_out_%=;\n"
	"w7 *= w9;\n"
	"r6 += r7;\n"
	"r8 += r7;\n"
	"if w7 s>= 0 goto l_out_%=;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 -8) = r1;\n"
	"if r7 s>= 32 goto l_s7_%=;\n"
	"w1 = 1;\n"
	"*(u16 *)(r10 -64) = w1;\n"
	"l_s7_%=: r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_146(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u8 *)(r6 + 40);\n"
	"w1 = 7;\n"
	"*(u32 *)(r10 -44) = w1;\n"
	"r7 = *(u16 *)(r10 -46);\n"
	"r8 += -16;\n"
	"*(u64 *)(r10 -40) = r6;\n"
	"r7 -= 47;\n"
	"r9 = *(u64 *)(r10 -32);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_147(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r9 = *(u8 *)(r10 -16);\n"
	"w7 >>= 29;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_148(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if w7 > -8 goto l_out_%=;\n"
	"if r7 s>= 47 goto l_out_%=;\n"
	"r0 = *(u32 *)(r10 - 24);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_149(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u16 *)(r10 -32) = w1;\n"
	"if w7 == 8 goto l_s1_%=;\n"
	"w1 = 7;\n"
	"*(u8 *)(r10 -24) = w1;\n"
	"l_s1_%=: r7 = *(u8 *)(r10 -48);\n"
	"r0 = *(u16 *)(r8 - 24);\n"
	"*(u32 *)(r10 -40) = w7;\n"
	"*(u32 *)(r10 -8) = w9;\n"
	"if w7 == 2147483647 goto l_s6_%=;\n"
	"if w7 == 0 goto l_out_%=;\n"
	"l_s6_%=: r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_150(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if w7 > 2 goto l_out_%=;\n"
	"w7 >>= 24;\n"
	"*(u8 *)(r10 -16) = w7;\n"
	"r8 += -48;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_151(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u16 *)(r10 -64) = w8;\n"
	"w7 |= w9;\n"
	"*(u64 *)(r10 -64) = r7;\n"
	"r6 += r7;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_152(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r0 = *(u64 *)(r8 - 24);\n"
	"r6 += 40;\n"
	"r1 = 1;\n"
	"*(u64 *)(r10 -32) = r1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_153(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 != 15 goto l_out_%=;\n"
	"w7 <<= 13;\n"
	"*(u8 *)(r10 -32) = w8;\n"
	"if r7 s> 2 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_154(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 < 0 goto l_out_%=;\n"
	"*(u32 *)(r10 -4) = w8;\n"
	"w1 = 7;\n"
	"*(u8 *)(r10 -32) = w1;\n"
	"r6 = *(u8 *)(r10 -16);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r6 += 47;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_155(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"w7 *= 7;\n"
	"r7 = r6;\n"
	"*(u32 *)(r10 -60) = w6;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_156(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 ^= r9;\n"
	"*(u64 *)(r10 -64) = r7;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_157(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 <= 32 goto l_out_%=;\n"
	"r8 += r7;\n"
	"if r7 >= 15 goto l_out_%=;\n"
	"r7 ^= 1;\n"
	"r6 += r7;\n"
	"if r7 s< 48 goto l_out_%=;\n"
	"if w7 != 31 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_158(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if r7 < -2147483648 goto l_out_%=;\n"
	"r7 = r9;\n"
	"if r7 s>= r9 goto l_out_%=;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"w7 &= 2;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_159(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r6 += 16;\n"
	"*(u8 *)(r10 -60) = w6;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_160(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 s>>= 9;\n"
	"w1 = 1;\n"
	"*(u32 *)(r10 -28) = w1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_161(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u16 *)(r10 - 38);\n"
	"r7 -= 2;\n"
	"if r7 s>= 31 goto l_out_%=;\n"
	"r7 ^= r9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_162(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s>= -8 goto l_out_%=;\n"
	"r7 |= 63;\n"
	"w1 = 7;\n"
	"*(u32 *)(r10 -60) = w1;\n"
	"w1 = 1;\n"
	"*(u16 *)(r10 -40) = w1;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_163(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"w7 -= 1;\n"
	"if w7 <= 40 goto l_out_%=;\n"
	"r8 += -16;\n"
	"w7 += w9;\n"
	"r0 = *(u64 *)(r10 - 16);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_164(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"w7 <<= 23;\n"
	"r7 *= r9;\n"
	"*(u16 *)(r10 -32) = w8;\n"
	"r7 = r8;\n"
	"r9 = *(u8 *)(r10 -48);\n"
	"if r7 s> 16 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_165(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r8 += -16;\n"
	"r7 = *(u64 *)(r10 -32);\n"
	"r8 += -16;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_166(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r6 = *(u32 *)(r10 -48);\n"
	"r8 += r7;\n"
	"if w7 s> -1 goto l_s3_%=;\n"
	"r7 -= r9;\n"
	"l_s3_%=: *(u32 *)(r10 -64) = w8;\n"
	"r0 = *(u8 *)(r8 - 16);\n"
	"w7 s>>= 18;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_167(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r6 = *(u32 *)(r10 -4);\n"
	"r7 &= 4;\n"
	"r6 += r7;\n"
	"if w7 <= 32 goto l_s4_%=;\n"
	"r7 = r0;\n"
	"l_s4_%=: r9 = *(u64 *)(r10 -16);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_168(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r6 = *(u8 *)(r10 -16);\n"
	"*(u64 *)(r10 -16) = r7;\n"
	"r7 = *(u64 *)(r10 -40);\n"
	"r7 <<= 9;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_169(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"w7 s>>= 14;\n"
	"r8 += r7;\n"
	"r9 = *(u16 *)(r10 -48);\n"
	"r7 = r9;\n"
	"r6 += 40;\n"
	"r0 = *(u64 *)(r8 - 24);\n"
	"if r7 s< r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_170(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 = r1;\n"
	"r0 = *(u64 *)(r6 + 40);\n"
	"r6 += 47;\n"
	"r7 <<= 24;\n"
	"r0 = *(u8 *)(r6 + 48);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_171(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 == 32 goto l_s0_%=;\n"
	"r7 += 0;\n"
	"l_s0_%=: r7 = r1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w7 |= w9;\n"
	"r7 |= 16;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_172(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if w7 s< 2147483647 goto l_s2_%=;\n"
	"r7 -= r9;\n"
	"l_s2_%=: r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_173(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 s>>= 39;\n"
	"if w7 > 1 goto l_out_%=;\n"
	"if r7 s>= r9 goto l_out_%=;\n"
	"if w7 != 7 goto l_out_%=;\n"
	"r6 = *(u8 *)(r10 -4);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_174(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 |= -8;\n"
	"r0 = *(u32 *)(r10 - 20);\n"
	"if w7 s> w9 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_175(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u8 *)(r10 -31) = w1;\n"
	"r6 += r7;\n"
	"r6 += r7;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_176(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u32 *)(r10 -36) = w1;\n"
	"if r7 > 48 goto l_out_%=;\n"
	"r7 = r6;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_177(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 ^= 8;\n"
	"r0 = *(u64 *)(r6 + 4);\n"
	"r7 ^= -2147483648;\n"
	"r7 -= 255;\n"
	"r6 += r7;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 -24) = r1;\n"
	"if r7 s> 1 goto l_out_%=;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_178(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"r9 = *(u8 *)(r10 -24);\n"
	"r7 += 1;\n"
	"r8 += -16;\n"
	"w7 &= 63;\n"
	"r7 |= 7;\n"
	"r6 = *(u8 *)(r10 -8);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_179(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u64 *)(r10 - 24);\n"
	"w1 = -1;\n"
	"*(u8 *)(r10 -8) = w1;\n"
	"if w7 != w9 goto l_s2_%=;\n"
	"r8 += r7;\n"
	"l_s2_%=: r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_180(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s>= -8 goto l_out_%=;\n"
	"r7 -= 40;\n"
	"r6 += r7;\n"
	"r6 += 16;\n"
	"r7 -= 32;\n"
	"r7 s>>= 38;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_181(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r8 += -8;\n"
	"r8 += -8;\n"
	"*(u8 *)(r10 -24) = w8;\n"
	"w7 += 8;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_182(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r9 = *(u64 *)(r10 -40);\n"
	"w7 -= -1;\n"
	"r6 = *(u32 *)(r10 -32);\n"
	"*(u32 *)(r10 -64) = w6;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_183(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 ^= 3;\n"
	"w1 = 7;\n"
	"*(u16 *)(r10 -36) = w1;\n"
	"r7 |= r9;\n"
	"if w7 != 47 goto l_s3_%=;\n"
	"if r7 s>= 2 goto l_out_%=;\n"
	"l_s3_%=: r6 = *(u8 *)(r10 -32);\n"
	"r8 += r7;\n"
	"r7 += r9;\n"
	"r6 += 40;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_184(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r6 += 8;\n"
	"r0 = *(u64 *)(r8 - 24);\n"
	"if w7 s<= 2 goto l_out_%=;\n"
	"*(u16 *)(r10 -6) = w7;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_185(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r8 += 8;\n"
	"if r7 != 16 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_186(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"w1 = 7;\n"
	"*(u32 *)(r10 -44) = w1;\n"
	"l_s0_%=: w1 = 7;\n"
	"*(u8 *)(r10 -8) = w1;\n"
	"if w7 s< 47 goto l_out_%=;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_187(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 <<= 49;\n"
	"*(u16 *)(r10 -40) = w7;\n"
	"r7 >>= 25;\n"
	"if r7 == 0 goto l_out_%=;\n"
	"r7 = *(u16 *)(r10 -48);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_188(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r6 += -8;\n"
	"if w7 != -2147483648 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r8 += -8;\n"
	"if w7 >= w9 goto l_s5_%=;\n"
	"r7 |= -8;\n"
	"l_s5_%=: r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_189(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 >= 4 goto l_out_%=;\n"
	"r0 = *(u64 *)(r6 + 44);\n"
	"r7 s>>= 40;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_190(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u16 *)(r6 + 40);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"*(u16 *)(r10 -40) = w9;\n"
	"r6 += -8;\n"
	"r7 *= 4;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_191(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s<= r9 goto l_out_%=;\n"
	"r6 = *(u8 *)(r10 -12);\n"
	"r0 = *(u32 *)(r8 - 24);\n"
	"if r7 <= 48 goto l_out_%=;\n"
	"r7 = r9;\n"
	"r7 = r9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_192(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 = *(u32 *)(r10 -4);\n"
	"r7 += -8;\n"
	"w7 ^= w9;\n"
	"w7 -= 16;\n"
	"r6 += 4;\n"
	"r7 = r9;\n"
	"r6 += 16;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_193(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r1 = 1;\n"
	"*(u64 *)(r10 -40) = r1;\n"
	"if r7 <= 3 goto l_out_%=;\n"
	"w1 = 7;\n"
	"*(u8 *)(r10 -32) = w1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_194(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = *(u8 *)(r10 -8);\n"
	"r6 += r7;\n"
	"r7 >>= 4;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_195(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s>= 15 goto l_s0_%=;\n"
	"if r7 s< 48 goto l_out_%=;\n"
	"l_s0_%=: call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r8 += -16;\n"
	"if w7 s< w9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_196(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 |= 0;\n"
	"r8 += 8;\n"
	"r7 >>= 51;\n"
	"r6 = *(u64 *)(r10 -8);\n"
	"r6 += 47;\n"
	"w7 ^= w9;\n"
	"w1 = 7;\n"
	"*(u16 *)(r10 -6) = w1;\n"
	"r9 = *(u8 *)(r10 -24);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_197(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r6 = *(u16 *)(r10 -64);\n"
	"if w7 <= 48 goto l_out_%=;\n"
	"*(u64 *)(r10 -40) = r7;\n"
	"if r7 < r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_198(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 != 15 goto l_out_%=;\n"
	"if r7 != r9 goto l_out_%=;\n"
	"r8 += -16;\n"
	"r7 -= r9;\n"
	"r0 = *(u64 *)(r8 - 16);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w7 >>= 12;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_199(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"w7 s>>= 12;\n"
	"r7 <<= 14;\n"
	"if r7 < r9 goto l_out_%=;\n"
	"r6 += r7;\n"
	"if r7 != 4 goto l_s5_%=;\n"
	"if r7 s>= r9 goto l_out_%=;\n"
	"l_s5_%=: r9 = *(u8 *)(r10 -40);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_200(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u64 *)(r10 -16) = r9;\n"
	"r0 = *(u8 *)(r8 - 7);\n"
	"r7 = r9;\n"
	"r7 = r0;\n"
	"r7 = r8;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_201(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u8 *)(r10 - 36);\n"
	"r6 += 47;\n"
	"r9 = *(u16 *)(r10 -40);\n"
	"r7 s>>= 49;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_202(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 <<= 56;\n"
	"*(u16 *)(r10 -32) = w6;\n"
	"r7 >>= 25;\n"
	"if r7 s>= r9 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_203(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if r7 >= 47 goto l_out_%=;\n"
	"r7 ^= r9;\n"
	"r7 ^= 48;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_204(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 > 2147483647 goto l_out_%=;\n"
	"r6 += r7;\n"
	"*(u64 *)(r10 -8) = r8;\n"
	"if r7 > -8 goto l_out_%=;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"if w7 != 255 goto l_s5_%=;\n"
	"w1 = 0;\n"
	"*(u8 *)(r10 -32) = w1;\n"
	"l_s5_%=: r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_205(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 < 4 goto l_s0_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_s0_%=: r6 += 1;\n"
	"*(u16 *)(r10 -44) = w8;\n"
	"r6 += r7;\n"
	"r8 += r7;\n"
	"r9 = *(u16 *)(r10 -16);\n"
	"r7 = r6;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_206(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u8 *)(r6 + 44);\n"
	"w7 <<= 10;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"if r7 s< r9 goto l_out_%=;\n"
	"r8 += -16;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_207(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 s<= 48 goto l_out_%=;\n"
	"r9 = *(u8 *)(r10 -60);\n"
	"r7 = r8;\n"
	"if w7 s<= -1 goto l_out_%=;\n"
	"r7 += r9;\n"
	"*(u8 *)(r10 -8) = w6;\n"
	"*(u8 *)(r10 -4) = w6;\n"
	"if r7 s>= 2 goto l_s7_%=;\n"
	"if w7 s<= 48 goto l_out_%=;\n"
	"l_s7_%=: r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_208(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if w7 s<= w9 goto l_out_%=;\n"
	"r7 = *(u8 *)(r10 -24);\n"
	"r0 = *(u64 *)(r8 - 48);\n"
	"r8 += r7;\n"
	"r7 *= -2147483648;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_209(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 s< 7 goto l_s0_%=;\n"
	"r7 &= 8;\n"
	"l_s0_%=: r8 += -48;\n"
	"r7 >>= 27;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r6 += 1;\n"
	"if r7 <= 31 goto l_s5_%=;\n"
	"if w7 <= w9 goto l_out_%=;\n"
	"l_s5_%=: r7 *= 31;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_210(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r9 = *(u8 *)(r10 -40);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 s> 32 goto l_s2_%=;\n"
	"*(u16 *)(r10 -48) = w6;\n"
	"l_s2_%=: r0 = *(u32 *)(r8 - 28);\n"
	"r7 += 3;\n"
	"if r7 != r9 goto l_out_%=;\n"
	"if r7 > 3 goto l_out_%=;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_211(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u8 *)(r10 -8) = w8;\n"
	"r9 = *(u16 *)(r10 -8);\n"
	"r7 = r6;\n"
	"w7 <<= 8;\n"
	"w1 = -1;\n"
	"*(u16 *)(r10 -48) = w1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_212(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 *= 16;\n"
	"r8 += -16;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_213(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if w7 != 16 goto l_out_%=;\n"
	"r7 -= 4;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r6 += 16;\n"
	"w1 = -1;\n"
	"*(u8 *)(r10 -40) = w1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_214(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 *= -8;\n"
	"r8 += 8;\n"
	"r7 = *(u32 *)(r10 -60);\n"
	"r8 += -8;\n"
	"r6 += r7;\n"
	"r7 &= -2147483648;\n"
	"r8 += -8;\n"
	"r7 = *(u32 *)(r10 -44);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_215(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 = r6;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 += r9;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_216(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 |= 15;\n"
	"*(u16 *)(r10 -16) = w9;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w7 ^= 2147483647;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_217(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 == r9 goto l_s0_%=;\n"
	"if r7 s<= 63 goto l_out_%=;\n"
	"l_s0_%=: r0 = *(u8 *)(r10 - 40);\n"
	"r0 = *(u32 *)(r6 + 40);\n"
	"if r7 >= r9 goto l_s3_%=;\n"
	"if r7 s> 2 goto l_out_%=;\n"
	"l_s3_%=: r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_218(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = *(u8 *)(r10 -40);\n"
	"if r7 s<= 2147483647 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_219(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if r7 != 40 goto l_out_%=;\n"
	"r6 += 48;\n"
	"r7 = r9;\n"
	"if r7 > r9 goto l_s4_%=;\n"
	"if w7 s> -8 goto l_out_%=;\n"
	"l_s4_%=: if r7 s<= 15 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_220(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 = *(u32 *)(r10 -20);\n"
	"r7 += 16;\n"
	"r7 += 2;\n"
	"*(u64 *)(r10 -16) = r8;\n"
	"r0 = *(u64 *)(r6 + 4);\n"
	"*(u16 *)(r10 -16) = w9;\n"
	"if w7 s> 40 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_221(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 == 63 goto l_out_%=;\n"
	"r8 += -8;\n"
	"r6 = *(u8 *)(r10 -15);\n"
	"r7 += 63;\n"
	"r7 |= 32;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_222(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 < r9 goto l_s0_%=;\n"
	"r7 <<= 13;\n"
	"l_s0_%=: w1 = 7;\n"
	"*(u16 *)(r10 -8) = w1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w7 &= 48;\n"
	"r6 += 8;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r7 -= r9;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_223(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 = r6;\n"
	"w1 = -1;\n"
	"*(u8 *)(r10 -36) = w1;\n"
	"w7 s>>= 2;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_224(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u64 *)(r10 -16) = r1;\n"
	"r8 += -48;\n"
	"r7 |= 32;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_225(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 -= 48;\n"
	"r6 += r7;\n"
	"r6 += r7;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_226(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 < 32 goto l_out_%=;\n"
	"w7 -= 255;\n"
	"r8 += -8;\n"
	"r7 = r9;\n"
	"r7 >>= 11;\n"
	"*(u32 *)(r10 -8) = w9;\n"
	"r6 = *(u16 *)(r10 -64);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_227(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u16 *)(r10 -16) = w1;\n"
	"r6 += 40;\n"
	"*(u32 *)(r10 -16) = w9;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r9 = *(u32 *)(r10 -40);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_228(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if w7 == 1 goto l_out_%=;\n"
	"r6 += 4;\n"
	"r7 = r6;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_229(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 s< 4 goto l_out_%=;\n"
	"r6 += 48;\n"
	"r6 += r7;\n"
	"r7 += r9;\n"
	"r8 += r7;\n"
	"w7 |= w9;\n"
	"r8 += -16;\n"
	"if w7 > 3 goto l_out_%=;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_230(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r9 = *(u8 *)(r10 -7);\n"
	"if r7 > 3 goto l_out_%=;\n"
	"r0 = *(u32 *)(r6 + 48);\n"
	"w7 s>>= 28;\n"
	"r7 *= r9;\n"
	"if w7 s>= w9 goto l_s5_%=;\n"
	"r7 += r9;\n"
	"l_s5_%=: r6 += r7;\n"
	"r7 += 15;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_231(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u8 *)(r10 -39) = w1;\n"
	"r7 += -1;\n"
	"w1 = 7;\n"
	"*(u8 *)(r10 -8) = w1;\n"
	"*(u16 *)(r10 -6) = w6;\n"
	"r7 *= 63;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_232(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 = *(u32 *)(r10 -60);\n"
	"w7 <<= 4;\n"
	"r7 -= r9;\n"
	"r6 += r7;\n"
	"w7 s>>= 4;\n"
	"*(u8 *)(r10 -28) = w8;\n"
	"*(u8 *)(r10 -32) = w7;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_233(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 >>= 22;\n"
	"*(u8 *)(r10 -36) = w9;\n"
	"*(u64 *)(r10 -48) = r7;\n"
	"if r7 < r9 goto l_out_%=;\n"
	"if r7 != r9 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u32 *)(r8 - 48);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_234(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 > 8 goto l_out_%=;\n"
	"w1 = -1;\n"
	"*(u16 *)(r10 -8) = w1;\n"
	"r7 s>>= 58;\n"
	"r8 += -16;\n"
	"r7 *= r9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_235(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r0 = *(u64 *)(r10 - 16);\n"
	"r1 = -1;\n"
	"*(u64 *)(r10 -24) = r1;\n"
	"r6 += r7;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_236(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"if w7 > w9 goto l_out_%=;\n"
	"r8 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_237(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u8 *)(r10 -32) = w6;\n"
	"if w7 != 47 goto l_out_%=;\n"
	"r7 = r6;\n"
	"r7 |= r9;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"if w7 != w9 goto l_out_%=;\n"
	"w7 -= w9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_238(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u32 *)(r10 - 48);\n"
	"r8 += -48;\n"
	"r6 += r7;\n"
	"w7 += w9;\n"
	"r8 += 8;\n"
	"r7 = r9;\n"
	"if r7 s< r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_239(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 ^= 16;\n"
	"if r7 == 8 goto l_out_%=;\n"
	"r7 <<= 48;\n"
	"w7 >>= 29;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_240(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if r7 s>= 63 goto l_out_%=;\n"
	"r1 = 7;\n"
	"*(u64 *)(r10 -48) = r1;\n"
	"r7 -= 31;\n"
	"r7 = r6;\n"
	"if r7 s> 0 goto l_s5_%=;\n"
	"w1 = -1;\n"
	"*(u32 *)(r10 -4) = w1;\n"
	"l_s5_%=: r7 += 255;\n"
	"r0 = *(u64 *)(r8 - 24);\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_241(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u16 *)(r10 -14) = w8;\n"
	"r8 += -48;\n"
	"r7 >>= 24;\n"
	"w7 += 2147483647;\n"
	"if w7 s> 2147483647 goto l_s5_%=;\n"
	"w7 *= 1;\n"
	"l_s5_%=: w1 = -1;\n"
	"*(u16 *)(r10 -16) = w1;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_242(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r0 = *(u16 *)(r6 + 48);\n"
	"r9 = *(u16 *)(r10 -20);\n"
	"w1 = -1;\n"
	"*(u16 *)(r10 -4) = w1;\n"
	"if r7 < r9 goto l_out_%=;\n"
	"r7 &= -1;\n"
	"r0 = *(u32 *)(r8 - 60);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_243(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 = *(u8 *)(r10 -8);\n"
	"r7 = *(u8 *)(r10 -16);\n"
	"r0 = *(u16 *)(r6 + 44);\n"
	"r8 += 8;\n"
	"r6 += r7;\n"
	"if w7 s>= 0 goto l_s6_%=;\n"
	"if w7 s<= 47 goto l_out_%=;\n"
	"l_s6_%=: *(u32 *)(r10 -60) = w6;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_244(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u8 *)(r10 -16) = w1;\n"
	"r6 += 1;\n"
	"r7 s>>= 22;\n"
	"r7 -= 0;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_245(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s<= -2147483648 goto l_s0_%=;\n"
	"if r7 s< -1 goto l_out_%=;\n"
	"l_s0_%=: w7 &= 63;\n"
	"w7 *= w9;\n"
	"*(u16 *)(r10 -6) = w6;\n"
	"r0 = *(u64 *)(r6 + 4);\n"
	"r8 += r7;\n"
	"r8 += -48;\n"
	"if r7 != 8 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_246(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u16 *)(r8 - 32);\n"
	"r7 ^= 48;\n"
	"if r7 > r9 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r8 += -8;\n"
	"if r7 s<= 7 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_247(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u32 *)(r10 -16) = w1;\n"
	"r1 = 7;\n"
	"*(u64 *)(r10 -48) = r1;\n"
	"w7 += 63;\n"
	"if w7 s< w9 goto l_s3_%=;\n"
	"r7 += -8;\n"
	"l_s3_%=: r0 = *(u64 *)(r10 - 24);\n"
	"w7 |= 3;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_248(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if r7 s<= r9 goto l_s1_%=;\n"
	"w1 = -1;\n"
	"*(u32 *)(r10 -4) = w1;\n"
	"l_s1_%=: r6 += r7;\n"
	"r7 *= 31;\n"
	"r7 = r6;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_249(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u32 *)(r10 -16) = w1;\n"
	"if r7 != 3 goto l_out_%=;\n"
	"r8 += -8;\n"
	"w7 >>= 25;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_250(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u64 *)(r10 -40) = r6;\n"
	"r6 += 0;\n"
	"r7 += -1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_251(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 = r6;\n"
	"r6 += 48;\n"
	"r6 += 0;\n"
	"*(u64 *)(r10 -32) = r9;\n"
	"w7 += w9;\n"
	"if r7 s<= 40 goto l_s6_%=;\n"
	"if w7 <= 32 goto l_out_%=;\n"
	"l_s6_%=: if w7 >= 47 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_252(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r8 += r7;\n"
	"r7 ^= 47;\n"
	"r7 -= 0;\n"
	"r7 = *(u8 *)(r10 -32);\n"
	"w1 = 1;\n"
	"*(u16 *)(r10 -60) = w1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_253(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u64 *)(r10 -8) = r1;\n"
	"r7 -= 15;\n"
	"r7 >>= 19;\n"
	"r8 += r7;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_254(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u32 *)(r8 - 8);\n"
	"w7 |= 40;\n"
	"r6 += 16;\n"
	"if r7 != 15 goto l_out_%=;\n"
	"r6 += r7;\n"
	"if w7 <= 31 goto l_out_%=;\n"
	"r7 ^= -1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_255(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 >>= 12;\n"
	"r7 += 31;\n"
	"r7 |= 4;\n"
	"if r7 s>= -8 goto l_s3_%=;\n"
	"if w7 s<= -2147483648 goto l_out_%=;\n"
	"l_s3_%=: *(u64 *)(r10 -40) = r7;\n"
	"*(u8 *)(r10 -31) = w7;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_256(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"w7 &= 3;\n"
	"r8 += 8;\n"
	"r7 = r0;\n"
	"if r7 > 15 goto l_s4_%=;\n"
	"if r7 != 2 goto l_out_%=;\n"
	"l_s4_%=: r7 += 2;\n"
	"r6 = *(u16 *)(r10 -62);\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_257(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 = r8;\n"
	"r9 = *(u32 *)(r10 -12);\n"
	"r8 += 8;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_258(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 != 47 goto l_out_%=;\n"
	"if w7 <= 255 goto l_out_%=;\n"
	"r7 = r6;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"w1 = 7;\n"
	"*(u16 *)(r10 -24) = w1;\n"
	"r0 = *(u16 *)(r10 - 36);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_259(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if r7 s< 2147483647 goto l_out_%=;\n"
	"if w7 s< 32 goto l_s2_%=;\n"
	"*(u32 *)(r10 -8) = w7;\n"
	"l_s2_%=: call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w1 = 7;\n"
	"*(u32 *)(r10 -32) = w1;\n"
	"if w7 > 40 goto l_s5_%=;\n"
	"r6 += 47;\n"
	"l_s5_%=: r0 = *(u32 *)(r6 + 4);\n"
	"r7 |= 255;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_260(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 s>>= 54;\n"
	"r8 += 8;\n"
	"w7 >>= 22;\n"
	"w1 = 0;\n"
	"*(u16 *)(r10 -24) = w1;\n"
	"r6 += 1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_261(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u8 *)(r8 - 16);\n"
	"if w7 s< 1 goto l_s1_%=;\n"
	"r8 += 8;\n"
	"l_s1_%=: if r7 <= -1 goto l_out_%=;\n"
	"if r7 s> r9 goto l_out_%=;\n"
	"r7 = r9;\n"
	"r1 = -1;\n"
	"*(u64 *)(r10 -16) = r1;\n"
	"if r7 <= r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_262(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if r7 != r9 goto l_s1_%=;\n"
	"w1 = 1;\n"
	"*(u16 *)(r10 -22) = w1;\n"
	"l_s1_%=: *(u16 *)(r10 -32) = w9;\n"
	"if w7 <= 3 goto l_out_%=;\n"
	"r7 += 8;\n"
	"r7 = *(u64 *)(r10 -8);\n"
	"r8 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_263(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"w1 = 1;\n"
	"*(u32 *)(r10 -64) = w1;\n"
	"w7 *= 3;\n"
	"r6 += r7;\n"
	"r6 += 0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_264(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 *= 2147483647;\n"
	"r6 = *(u16 *)(r10 -32);\n"
	"if w7 s>= 40 goto l_out_%=;\n"
	"*(u16 *)(r10 -8) = w8;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_265(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 += 32;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r0 = *(u32 *)(r10 - 36);\n"
	"r7 = r6;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_266(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 s> -2147483648 goto l_out_%=;\n"
	"r6 += r7;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r6 += r7;\n"
	"r7 ^= -1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_267(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u16 *)(r10 -16) = w9;\n"
	"r7 &= 48;\n"
	"if r7 <= 4 goto l_s3_%=;\n"
	"if r7 s< r9 goto l_out_%=;\n"
	"l_s3_%=: r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_268(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u8 *)(r10 -16) = w1;\n"
	"r7 = r8;\n"
	"r7 >>= 62;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_269(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"w1 = 7;\n"
	"*(u32 *)(r10 -24) = w1;\n"
	"if w7 == w9 goto l_s2_%=;\n"
	"if w7 >= 31 goto l_out_%=;\n"
	"l_s2_%=: if r7 s> -2147483648 goto l_out_%=;\n"
	"if w7 s> w9 goto l_out_%=;\n"
	"if w7 s<= 8 goto l_s5_%=;\n"
	"r7 = r1;\n"
	"l_s5_%=: if w7 == w9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_270(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if w7 == 40 goto l_out_%=;\n"
	"r9 = *(u16 *)(r10 -24);\n"
	"r7 &= r9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_271(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if w7 != w9 goto l_out_%=;\n"
	"if r7 > 8 goto l_s2_%=;\n"
	"if w7 >= 15 goto l_out_%=;\n"
	"l_s2_%=: if r7 < -2147483648 goto l_out_%=;\n"
	"if r7 > -8 goto l_out_%=;\n"
	"r0 = *(u64 *)(r10 - 16);\n"
	"w1 = 1;\n"
	"*(u16 *)(r10 -32) = w1;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_272(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"w7 s>>= 25;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_273(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u16 *)(r8 - 38);\n"
	"if w7 s>= 2 goto l_out_%=;\n"
	"*(u64 *)(r10 -16) = r7;\n"
	"r8 += r7;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_274(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u16 *)(r10 -40) = w6;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 -40) = r1;\n"
	"if w7 >= 40 goto l_out_%=;\n"
	"r6 += 0;\n"
	"r7 = r0;\n"
	"r7 s>>= 19;\n"
	"r7 = r0;\n"
	"r7 = r1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_275(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 s<= r9 goto l_out_%=;\n"
	"r7 >>= 24;\n"
	"r7 = r6;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_276(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r6 = *(u16 *)(r10 -64);\n"
	"if w7 s> -8 goto l_out_%=;\n"
	"r6 += 40;\n"
	"if r7 != -8 goto l_s3_%=;\n"
	"w7 >>= 21;\n"
	"l_s3_%=: r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_277(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 >>= 32;\n"
	"w7 &= 40;\n"
	"if r7 s>= 47 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += 0;\n"
	"w1 = 0;\n"
	"*(u16 *)(r10 -8) = w1;\n"
	"r6 += 0;\n"
	"r8 += -8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_278(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"w7 &= 40;\n"
	"r7 <<= 4;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"*(u16 *)(r10 -46) = w6;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r7 s>>= 51;\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_279(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 &= 2;\n"
	"r7 = r9;\n"
	"w7 *= 63;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_280(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if r7 s<= r9 goto l_s1_%=;\n"
	"r7 = r9;\n"
	"l_s1_%=: w1 = 0;\n"
	"*(u16 *)(r10 -24) = w1;\n"
	"*(u16 *)(r10 -32) = w8;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_281(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 >>= 28;\n"
	"r8 += -8;\n"
	"r0 = *(u16 *)(r6 + 8);\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_282(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 >>= 56;\n"
	"r7 *= 7;\n"
	"r7 >>= 0;\n"
	"r7 += 2147483647;\n"
	"if r7 > r9 goto l_out_%=;\n"
	"r7 ^= r9;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_283(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if r7 <= r9 goto l_out_%=;\n"
	"r6 += 4;\n"
	"r7 = r0;\n"
	"if r7 >= 16 goto l_out_%=;\n"
	"r6 += 4;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_284(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"w7 <<= 26;\n"
	"r7 = r8;\n"
	"r7 = r0;\n"
	"r7 = r0;\n"
	"w1 = 1;\n"
	"*(u16 *)(r10 -24) = w1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_285(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 < 0 goto l_out_%=;\n"
	"*(u32 *)(r10 -60) = w8;\n"
	"w1 = 7;\n"
	"*(u32 *)(r10 -24) = w1;\n"
	"*(u64 *)(r10 -32) = r9;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_286(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u8 *)(r10 -4) = w9;\n"
	"r7 = *(u64 *)(r10 -16);\n"
	"r8 += -8;\n"
	"r7 = r1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_287(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 = r0;\n"
	"r7 ^= 32;\n"
	"r7 += r9;\n"
	"r9 = *(u16 *)(r10 -16);\n"
	"r7 >>= 55;\n"
	"if r7 s< 3 goto l_s6_%=;\n"
	"if r7 < 40 goto l_out_%=;\n"
	"l_s6_%=: r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_288(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u32 *)(r10 -32) = w8;\n"
	"r6 += r7;\n"
	"r6 += r7;\n"
	"r8 += 8;\n"
	"r7 = *(u64 *)(r10 -40);\n"
	"r7 -= r9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_289(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 &= -2147483648;\n"
	"w1 = -1;\n"
	"*(u32 *)(r10 -4) = w1;\n"
	"r0 = *(u32 *)(r8 - 32);\n"
	"r7 *= r9;\n"
	"w7 <<= 26;\n"
	"if r7 s< 3 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_290(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"*(u8 *)(r10 -64) = w8;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if w7 > -2147483648 goto l_out_%=;\n"
	"if w7 <= 255 goto l_out_%=;\n"
	"r7 = r1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void df_1_291(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 += 3;\n"
	"if w7 >= 1 goto l_s1_%=;\n"
	"r6 = *(u32 *)(r10 -60);\n"
	"l_s1_%=: if r7 < 47 goto l_out_%=;\n"
	"if w7 s<= 16 goto l_out_%=;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_292(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r0 = *(u16 *)(r8 - 62);\n"
	"if r7 s> -1 goto l_out_%=;\n"
	"*(u16 *)(r10 -64) = w8;\n"
	"r8 += -16;\n"
	"if w7 s> 255 goto l_out_%=;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_293(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"if w7 != w9 goto l_s2_%=;\n"
	"if r7 s>= 0 goto l_out_%=;\n"
	"l_s2_%=: r8 += 8;\n"
	"r1 = 7;\n"
	"*(u64 *)(r10 -48) = r1;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_294(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"*(u32 *)(r10 -28) = w7;\n"
	"r7 &= 47;\n"
	"if r7 s> 1 goto l_s2_%=;\n"
	"r7 = r6;\n"
	"l_s2_%=: call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 <= -2147483648 goto l_out_%=;\n"
	"call %[bpf_ktime_get_ns];\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void df_1_295(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"r7 ^= 15;\n"
	"*(u16 *)(r10 -30) = w8;\n"
	"r7 |= r9;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_296(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 s<= 40 goto l_s0_%=;\n"
	"r7 = *(u16 *)(r10 -38);\n"
	"l_s0_%=: if w7 != -8 goto l_s1_%=;\n"
	"r9 = *(u16 *)(r10 -20);\n"
	"l_s1_%=: r0 = *(u16 *)(r10 - 60);\n"
	"if w7 >= 47 goto l_out_%=;\n"
	"w1 = 1;\n"
	"*(u32 *)(r10 -16) = w1;\n"
	"r0 = *(u64 *)(r8 - 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_297(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if r7 != 16 goto l_s0_%=;\n"
	"w1 = 1;\n"
	"*(u16 *)(r10 -30) = w1;\n"
	"l_s0_%=: r0 = *(u16 *)(r6 + 4);\n"
	"*(u8 *)(r10 -8) = w9;\n"
	"r6 += 48;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_298(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r9 = 5;\n"
	"r8 = r10;\n"
	"if w7 != 2 goto l_s0_%=;\n"
	"*(u32 *)(r10 -28) = w6;\n"
	"l_s0_%=: r0 = *(u16 *)(r8 - 8);\n"
	"r8 += -48;\n"
	"r7 = r0;\n"
	"r7 += r9;\n"
	"*(u32 *)(r10 -48) = w7;\n"
	"r7 |= r9;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_1_299(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
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
	"r7 += 48;\n"
	"r6 += r7;\n"
	"r8 += r7;\n"
	"if r7 > 15 goto l_out_%=;\n"
	"r0 = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
