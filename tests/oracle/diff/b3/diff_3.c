// python tests/oracle/diff/gen.py 400 3 10 bounds
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct val48 { __u64 a[6]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, struct val48); } arr SEC(".maps");


SEC("socket") __naked void df_3_000(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 &= 63;\n"
	"r7 &= 63;\n"
	"r7 &= 255;\n"
	"r8 *= 7;\n"
	"r8 += 2147483647;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_001(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 > 3 goto l_out_%=;\n"
	"w7 <<= 19;\n"
	".8byte 0x0000002f00010845;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: if r7 <= -8 goto l_s3_%=;\n"
	"r7 &= 31;\n"
	"l_s3_%=: w7 >>= 5;\n"
	"w8 |= 65536;\n"
	"if r7 s<= r8 goto l_out_%=;\n"
	"r8 = be16 r8;\n"
	"if r7 < r8 goto l_s8_%=;\n"
	"r7 &= 31;\n"
	"l_s8_%=: r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_002(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 = r7;\n"
	"if r8 s> 2147483647 goto l_out_%=;\n"
	"w7 |= 2147483647;\n"
	".8byte 0x0000002f00010846;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: w8 = w8;\n"
	"if r8 <= r7 goto l_s5_%=;\n"
	"r8 &= 31;\n"
	"l_s5_%=: w8 ^= 2;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_003(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 s< r8 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: w7 &= 63;\n"
	"if r7 >= 7 goto l_out_%=;\n"
	"r7 >>= 34;\n"
	"if w7 s<= w8 goto l_out_%=;\n"
	"if r8 <= 48 goto l_out_%=;\n"
	"if w8 s<= 48 goto l_s6_%=;\n"
	"r7 &= 31;\n"
	"l_s6_%=: if w7 s< 2147483647 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_004(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 s<= 3 goto l_out_%=;\n"
	"if w7 >= 48 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_005(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 += 65536;\n"
	"w7 s>>= 30;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_006(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 >= 4 goto l_s0_%=;\n"
	"r7 &= 31;\n"
	"l_s0_%=: w8 |= 7;\n"
	"if w8 == 1 goto l_s2_%=;\n"
	"r7 &= 31;\n"
	"l_s2_%=: w7 -= 3;\n"
	"r8 <<= 32;\n"
	"r8 s>>= 32;\n"
	"if w8 > 2147483647 goto l_out_%=;\n"
	"r8 >>= 48;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_007(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 s> 15 goto l_out_%=;\n"
	"r7 <<= 28;\n"
	"if r8 s< 16 goto l_out_%=;\n"
	"if r7 s< -48 goto l_out_%=;\n"
	"r7 += 1;\n"
	".8byte 0x7fffffff00010845;\n"
	"goto l_n5_%=;\n"
	"goto l_out_%=;\n"
	"l_n5_%=: w8 >>= 18;\n"
	"if w8 >= w7 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_008(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 -= r8;\n"
	"if w7 < 47 goto l_out_%=;\n"
	"r8 = le16 r8;\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: if r8 != 255 goto l_s4_%=;\n"
	"r8 &= 31;\n"
	"l_s4_%=: w7 s>>= 20;\n"
	"if r7 s<= 16 goto l_out_%=;\n"
	"w7 &= 47;\n"
	"r7 >>= 18;\n"
	"r8 s>>= 3;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_009(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 &= -48;\n"
	"r7 &= -1;\n"
	"r7 += 65536;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_010(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 s>= -48 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: w7 &= 47;\n"
	"if r7 > 3 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_011(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000003f00010846;\n"
	"goto l_n0_%=;\n"
	"goto l_s0_%=;\n"
	"l_n0_%=: r8 &= 31;\n"
	"l_s0_%=: if r8 < r7 goto l_out_%=;\n"
	".8byte 0x0000ffff00010845;\n"
	"goto l_n2_%=;\n"
	"goto l_s2_%=;\n"
	"l_n2_%=: r7 &= 31;\n"
	"l_s2_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_012(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000003000010846;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: r8 = be32 r8;\n"
	"if r7 s> 16 goto l_out_%=;\n"
	"w8 >>= 17;\n"
	"if r7 != 3 goto l_out_%=;\n"
	"if r7 != r8 goto l_out_%=;\n"
	"r7 = be32 r7;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_013(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 |= 2;\n"
	"if r7 s< 31 goto l_out_%=;\n"
	"if r8 >= 0 goto l_s2_%=;\n"
	"r7 &= 31;\n"
	"l_s2_%=: if w7 s< w8 goto l_s3_%=;\n"
	"r8 &= 31;\n"
	"l_s3_%=: if r7 != 1 goto l_s4_%=;\n"
	"r7 &= 31;\n"
	"l_s4_%=: r8 &= 7;\n"
	"r8 = be32 r8;\n"
	"if r7 >= 8 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_014(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 -= 63;\n"
	"if w7 s> w8 goto l_out_%=;\n"
	"w8 &= 63;\n"
	"if w8 <= 63 goto l_out_%=;\n"
	"w8 &= w7;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_015(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 <<= 10;\n"
	"w7 >>= 11;\n"
	"w7 = -w7;\n"
	"w7 = -w7;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_016(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 -= -2147483648;\n"
	"if w7 < -1 goto l_out_%=;\n"
	"if r8 != r7 goto l_out_%=;\n"
	"r8 += 2147483647;\n"
	"w7 s>>= 21;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_017(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 < -1 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: w7 &= 63;\n"
	"if r8 s> -1 goto l_out_%=;\n"
	"w8 &= 15;\n"
	"if w8 s<= 2147483647 goto l_out_%=;\n"
	"w8 += -2147483648;\n"
	"if w7 s<= 63 goto l_out_%=;\n"
	"r8 &= -2147483648;\n"
	"w8 &= w7;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_018(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 &= w8;\n"
	".8byte 0xffffffff00010845;\n"
	"goto l_n1_%=;\n"
	"goto l_s1_%=;\n"
	"l_n1_%=: r7 &= 31;\n"
	"l_s1_%=: r7 |= r8;\n"
	"if w8 s>= 2147483647 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_019(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 s> w7 goto l_out_%=;\n"
	"if w7 >= 2 goto l_out_%=;\n"
	"r8 s>>= 27;\n"
	"r7 &= -2147483648;\n"
	"if w8 >= -2147483648 goto l_s4_%=;\n"
	"r8 &= 31;\n"
	"l_s4_%=: if r8 s>= 48 goto l_out_%=;\n"
	"if w8 != w7 goto l_s6_%=;\n"
	"r7 &= 31;\n"
	"l_s6_%=: r8 &= r7;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_020(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 != 48 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: if w7 s> -1 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_021(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 &= 63;\n"
	"r7 += 65535;\n"
	".8byte 0x0000000200010845;\n"
	"goto l_n2_%=;\n"
	"goto l_s2_%=;\n"
	"l_n2_%=: r7 &= 31;\n"
	"l_s2_%=: if w7 <= 40 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_022(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 &= 31;\n"
	"w7 >>= 26;\n"
	"w8 &= 63;\n"
	"if r7 s> 32 goto l_out_%=;\n"
	"w7 >>= 3;\n"
	"if r8 s<= 40 goto l_out_%=;\n"
	"if w7 s< w8 goto l_out_%=;\n"
	"if w8 s< w7 goto l_out_%=;\n"
	"r8 &= 255;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_023(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000000700010846;\n"
	"goto l_n0_%=;\n"
	"goto l_s0_%=;\n"
	"l_n0_%=: r7 &= 31;\n"
	"l_s0_%=: .8byte 0x000000000001784e;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: r8 <<= 32;\n"
	"r8 s>>= 32;\n"
	"w8 += 65535;\n"
	"w8 &= 47;\n"
	"w7 -= -2147483648;\n"
	"if r7 s> r8 goto l_out_%=;\n"
	".8byte 0x0000ffff00010846;\n"
	"goto l_n7_%=;\n"
	"goto l_s7_%=;\n"
	"l_n7_%=: r7 &= 31;\n"
	"l_s7_%=: r7 &= 47;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_024(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 > 1 goto l_out_%=;\n"
	"w7 <<= 11;\n"
	"w7 |= w8;\n"
	"r8 ^= 3;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_025(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 <= 63 goto l_out_%=;\n"
	"r8 = be32 r8;\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_026(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 += 2147483647;\n"
	"w8 -= 40;\n"
	".8byte 0x0001000000010846;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: w8 = w7;\n"
	"if r8 < r7 goto l_s4_%=;\n"
	"r7 &= 31;\n"
	"l_s4_%=: r7 <<= 34;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_027(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 s< -2147483648 goto l_out_%=;\n"
	".8byte 0x0000000300010746;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: w8 s>>= 13;\n"
	"r7 &= 255;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_028(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000000100010846;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: w8 -= -1;\n"
	"w7 += w8;\n"
	"if r8 >= -48 goto l_out_%=;\n"
	"w7 |= w8;\n"
	".8byte 0x0000003f00010745;\n"
	"goto l_n5_%=;\n"
	"goto l_s5_%=;\n"
	"l_n5_%=: r8 &= 31;\n"
	"l_s5_%=: r7 |= r8;\n"
	"if r7 < r8 goto l_s7_%=;\n"
	"r7 &= 31;\n"
	"l_s7_%=: if r7 == r8 goto l_out_%=;\n"
	"r8 <<= 32;\n"
	"r8 s>>= 32;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_029(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 s>>= 3;\n"
	"if w7 s< 40 goto l_out_%=;\n"
	"w8 *= 65535;\n"
	"if r8 s< r7 goto l_out_%=;\n"
	"if r7 >= r8 goto l_out_%=;\n"
	"if w7 >= w8 goto l_out_%=;\n"
	"w7 = -w7;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_030(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 ^= w7;\n"
	"r8 = be32 r8;\n"
	"w7 ^= -1;\n"
	"if r8 == r7 goto l_out_%=;\n"
	"w8 s>>= 26;\n"
	".8byte 0x0000000400010846;\n"
	"goto l_n5_%=;\n"
	"goto l_out_%=;\n"
	"l_n5_%=: r7 = be32 r7;\n"
	"w8 |= 7;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_031(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 = le16 r8;\n"
	"if r7 <= -1 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: if r7 s>= 7 goto l_out_%=;\n"
	".8byte 0x0000ffff00010745;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: r8 = le16 r8;\n"
	"w8 >>= 12;\n"
	".8byte 0x0000002f00010746;\n"
	"goto l_n6_%=;\n"
	"goto l_s6_%=;\n"
	"l_n6_%=: r8 &= 31;\n"
	"l_s6_%=: if w8 < w7 goto l_s7_%=;\n"
	"r7 &= 31;\n"
	"l_s7_%=: w8 *= w7;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_032(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 != 4 goto l_out_%=;\n"
	"r7 = be16 r7;\n"
	"if w8 s< w7 goto l_s2_%=;\n"
	"r8 &= 31;\n"
	"l_s2_%=: r8 &= 31;\n"
	"w8 <<= 0;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_033(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 <= w8 goto l_out_%=;\n"
	"if r7 < r8 goto l_out_%=;\n"
	"w8 -= -1;\n"
	"if r7 s>= -48 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_034(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 == w8 goto l_out_%=;\n"
	"if w8 s< -48 goto l_out_%=;\n"
	"w8 += 1;\n"
	"r7 = be16 r7;\n"
	"w7 &= 63;\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n5_%=;\n"
	"goto l_s5_%=;\n"
	"l_n5_%=: r8 &= 31;\n"
	"l_s5_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_035(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 >>= 12;\n"
	"w8 s>>= 10;\n"
	"r7 -= 3;\n"
	"w7 += w8;\n"
	"if w8 s>= 31 goto l_out_%=;\n"
	"r7 += r8;\n"
	"if w7 s< w8 goto l_out_%=;\n"
	"r7 = -r7;\n"
	"w8 &= 7;\n"
	"r8 = r7;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_036(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 < w7 goto l_out_%=;\n"
	"if r7 >= -2147483648 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_037(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 -= 7;\n"
	"w8 &= 63;\n"
	"w8 <<= 23;\n"
	"r8 &= 2147483647;\n"
	"r8 &= 47;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_038(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 s>>= 10;\n"
	"if r7 != 4 goto l_out_%=;\n"
	".8byte 0x0000000200010846;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: r8 <<= 63;\n"
	"r8 s>>= 2;\n"
	"r8 -= r7;\n"
	"r7 &= 65535;\n"
	"r7 = le16 r7;\n"
	"if w7 >= 16 goto l_out_%=;\n"
	"w7 ^= 1;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_039(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 < 2147483647 goto l_s0_%=;\n"
	"r7 &= 31;\n"
	"l_s0_%=: if w8 s> -1 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: r8 *= 65535;\n"
	"w7 ^= -2147483648;\n"
	"r8 >>= 56;\n"
	"if w7 s>= w8 goto l_out_%=;\n"
	"w7 = w8;\n"
	"w7 &= 47;\n"
	"r7 = le16 r7;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_040(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 = -w7;\n"
	"if r7 s> r8 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: if r8 s< 3 goto l_out_%=;\n"
	"w7 -= 2147483647;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_041(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 <= -2147483648 goto l_out_%=;\n"
	"r8 &= 47;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_042(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 <<= 32;\n"
	"r8 s>>= 32;\n"
	"if r8 < r7 goto l_out_%=;\n"
	"w7 = w8;\n"
	"if w8 <= w7 goto l_s3_%=;\n"
	"r8 &= 31;\n"
	"l_s3_%=: if w8 >= -1 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_043(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 s<= r7 goto l_out_%=;\n"
	"if r8 < r7 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_044(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 |= 7;\n"
	"if r8 >= -8 goto l_out_%=;\n"
	"w7 s>>= 6;\n"
	"w7 &= 7;\n"
	"w8 &= 63;\n"
	".8byte 0x8000000000010845;\n"
	"goto l_n5_%=;\n"
	"goto l_out_%=;\n"
	"l_n5_%=: w8 += 65535;\n"
	".8byte 0x000000000001874d;\n"
	"goto l_n7_%=;\n"
	"goto l_s7_%=;\n"
	"l_n7_%=: r7 &= 31;\n"
	"l_s7_%=: w7 = w7;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_045(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 &= 63;\n"
	"w8 &= 7;\n"
	"w7 = -w7;\n"
	"w7 <<= 15;\n"
	"w7 ^= w8;\n"
	"if r8 <= 15 goto l_out_%=;\n"
	"r8 *= r7;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_046(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 >>= 28;\n"
	"if r7 s> r8 goto l_out_%=;\n"
	"if w8 <= w7 goto l_out_%=;\n"
	"r8 = be16 r8;\n"
	"if r8 >= r7 goto l_s4_%=;\n"
	"r8 &= 31;\n"
	"l_s4_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_047(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 &= -48;\n"
	"if r7 s<= 1 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: .8byte 0x000000000001784e;\n"
	"goto l_n2_%=;\n"
	"goto l_s2_%=;\n"
	"l_n2_%=: r8 &= 31;\n"
	"l_s2_%=: r8 >>= 10;\n"
	".8byte 0x0000003000010746;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_048(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 <<= 32;\n"
	"r8 s>>= 32;\n"
	"r7 |= 63;\n"
	"if r7 <= r8 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_049(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 >= -1 goto l_s0_%=;\n"
	"r7 &= 31;\n"
	"l_s0_%=: if w7 s< 3 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: r7 &= 15;\n"
	"w7 |= 1;\n"
	"if w7 s>= 4 goto l_s4_%=;\n"
	"r7 &= 31;\n"
	"l_s4_%=: r7 += 1;\n"
	"if r8 s<= r7 goto l_s6_%=;\n"
	"r7 &= 31;\n"
	"l_s6_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_050(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 s< 0 goto l_out_%=;\n"
	".8byte 0x0000ffff00010846;\n"
	"goto l_n1_%=;\n"
	"goto l_s1_%=;\n"
	"l_n1_%=: r7 &= 31;\n"
	"l_s1_%=: if w8 s> w7 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_051(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 -= 2147483647;\n"
	".8byte 0x0000004000010746;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: r8 ^= 2147483647;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_052(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 += 47;\n"
	"if r8 s> r7 goto l_out_%=;\n"
	"r8 = be16 r8;\n"
	"if r8 < r7 goto l_s3_%=;\n"
	"r7 &= 31;\n"
	"l_s3_%=: if w8 s< 32 goto l_out_%=;\n"
	"if w7 < 4 goto l_out_%=;\n"
	".8byte 0x000000000001874e;\n"
	"goto l_n6_%=;\n"
	"goto l_out_%=;\n"
	"l_n6_%=: r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_053(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000002f00010845;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: r7 <<= 32;\n"
	"r7 s>>= 32;\n"
	"if w8 s<= 255 goto l_out_%=;\n"
	"if r7 s>= r8 goto l_s3_%=;\n"
	"r8 &= 31;\n"
	"l_s3_%=: if w8 == 2147483647 goto l_out_%=;\n"
	"r8 &= 7;\n"
	"if w7 >= w8 goto l_out_%=;\n"
	".8byte 0x000000000001874e;\n"
	"goto l_n7_%=;\n"
	"goto l_out_%=;\n"
	"l_n7_%=: r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_054(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 s>= r7 goto l_out_%=;\n"
	"if w7 < 0 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_055(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 == w7 goto l_s0_%=;\n"
	"r7 &= 31;\n"
	"l_s0_%=: if w8 != 15 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: if w7 >= 32 goto l_s2_%=;\n"
	"r7 &= 31;\n"
	"l_s2_%=: if w8 > 40 goto l_out_%=;\n"
	"if r8 != r7 goto l_s4_%=;\n"
	"r7 &= 31;\n"
	"l_s4_%=: r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_056(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 = r8;\n"
	"w8 -= 40;\n"
	"if w7 s<= 2147483647 goto l_s2_%=;\n"
	"r7 &= 31;\n"
	"l_s2_%=: r7 = le16 r7;\n"
	"w7 |= 2147483647;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_057(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 = r7;\n"
	"r7 |= 3;\n"
	"w7 ^= 3;\n"
	"r7 = be32 r7;\n"
	".8byte 0x0000003f00010746;\n"
	"goto l_n4_%=;\n"
	"goto l_s4_%=;\n"
	"l_n4_%=: r8 &= 31;\n"
	"l_s4_%=: if r7 <= 2147483647 goto l_out_%=;\n"
	"r7 &= 63;\n"
	"if w7 s<= 3 goto l_s7_%=;\n"
	"r7 &= 31;\n"
	"l_s7_%=: if w7 < 2 goto l_s8_%=;\n"
	"r7 &= 31;\n"
	"l_s8_%=: r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_058(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 s>>= 57;\n"
	"w7 &= 7;\n"
	"if w8 < 16 goto l_out_%=;\n"
	"if w7 >= 2 goto l_s3_%=;\n"
	"r8 &= 31;\n"
	"l_s3_%=: if w7 s>= w8 goto l_out_%=;\n"
	"r8 &= 40;\n"
	"if r8 s>= 32 goto l_out_%=;\n"
	"r7 = -r7;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_059(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 s>>= 16;\n"
	"if w7 != 31 goto l_out_%=;\n"
	"if w7 <= w8 goto l_out_%=;\n"
	"w7 = -w7;\n"
	"r7 <<= 48;\n"
	"if w8 s< 3 goto l_s5_%=;\n"
	"r7 &= 31;\n"
	"l_s5_%=: r7 = le16 r7;\n"
	"if w8 == -2147483648 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_060(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 &= 7;\n"
	"w7 *= -48;\n"
	"if r7 s>= r8 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_061(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 s<= 2147483647 goto l_out_%=;\n"
	"r7 |= 65536;\n"
	"r8 &= 7;\n"
	"r7 &= 255;\n"
	"w8 &= 7;\n"
	"r8 -= r7;\n"
	"w8 &= 63;\n"
	"r8 &= 47;\n"
	".8byte 0x000000000001784d;\n"
	"goto l_n8_%=;\n"
	"goto l_s8_%=;\n"
	"l_n8_%=: r8 &= 31;\n"
	"l_s8_%=: r8 &= 63;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_062(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 |= 3;\n"
	"r8 &= 7;\n"
	"r8 += 2;\n"
	"if r7 > -48 goto l_out_%=;\n"
	"if r7 s> r8 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_063(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 = le16 r7;\n"
	"if r7 != -1 goto l_out_%=;\n"
	"if r7 == r8 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_064(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 ^= r7;\n"
	".8byte 0xffffffff00010746;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: if w8 s< w7 goto l_out_%=;\n"
	"r7 += 1;\n"
	"r8 = le16 r8;\n"
	"if r8 >= 8 goto l_out_%=;\n"
	"if r7 == r8 goto l_s6_%=;\n"
	"r7 &= 31;\n"
	"l_s6_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_065(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 = w7;\n"
	"r8 &= 63;\n"
	"w8 s>>= 25;\n"
	"w8 &= 63;\n"
	"if w7 < 16 goto l_out_%=;\n"
	"if r7 s< 2147483647 goto l_out_%=;\n"
	".8byte 0x0000003000010845;\n"
	"goto l_n6_%=;\n"
	"goto l_s6_%=;\n"
	"l_n6_%=: r8 &= 31;\n"
	"l_s6_%=: w8 ^= -1;\n"
	"if r8 != 47 goto l_s8_%=;\n"
	"r8 &= 31;\n"
	"l_s8_%=: r7 &= 40;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_066(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 s>= -48 goto l_out_%=;\n"
	"if w7 == w8 goto l_out_%=;\n"
	"if r8 s>= r7 goto l_s2_%=;\n"
	"r8 &= 31;\n"
	"l_s2_%=: if r7 s>= 63 goto l_out_%=;\n"
	"if r8 s>= 3 goto l_s4_%=;\n"
	"r8 &= 31;\n"
	"l_s4_%=: if w7 < 4 goto l_s5_%=;\n"
	"r8 &= 31;\n"
	"l_s5_%=: if w7 < 2147483647 goto l_s6_%=;\n"
	"r7 &= 31;\n"
	"l_s6_%=: r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_067(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 &= 15;\n"
	"if w8 <= 2147483647 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: r8 -= 1;\n"
	"w8 *= 40;\n"
	"w7 *= 2147483647;\n"
	"if r7 <= 32 goto l_out_%=;\n"
	".8byte 0x7fffffff00010845;\n"
	"goto l_n6_%=;\n"
	"goto l_out_%=;\n"
	"l_n6_%=: r8 *= -1;\n"
	"if w8 >= 47 goto l_s8_%=;\n"
	"r7 &= 31;\n"
	"l_s8_%=: r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_068(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x000000000001874d;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: if r7 > r8 goto l_out_%=;\n"
	"r7 -= 7;\n"
	"if r8 >= 255 goto l_out_%=;\n"
	"r7 <<= 35;\n"
	"w8 &= w7;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_069(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 = le16 r8;\n"
	"r8 = be32 r8;\n"
	"r8 >>= 14;\n"
	".8byte 0x7fffffff00010746;\n"
	"goto l_n3_%=;\n"
	"goto l_s3_%=;\n"
	"l_n3_%=: r8 &= 31;\n"
	"l_s3_%=: if r8 < r7 goto l_s4_%=;\n"
	"r7 &= 31;\n"
	"l_s4_%=: if r8 > r7 goto l_s5_%=;\n"
	"r7 &= 31;\n"
	"l_s5_%=: if r8 s> 47 goto l_out_%=;\n"
	"r8 >>= 38;\n"
	"if w8 s< w7 goto l_out_%=;\n"
	"if r7 > r8 goto l_s9_%=;\n"
	"r7 &= 31;\n"
	"l_s9_%=: r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_070(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 > 2147483647 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: w8 &= 63;\n"
	"r8 *= 63;\n"
	"if r8 < r7 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_071(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 = w7;\n"
	".8byte 0x0000000100010746;\n"
	"goto l_n1_%=;\n"
	"goto l_s1_%=;\n"
	"l_n1_%=: r8 &= 31;\n"
	"l_s1_%=: .8byte 0x000000000001784d;\n"
	"goto l_n2_%=;\n"
	"goto l_s2_%=;\n"
	"l_n2_%=: r8 &= 31;\n"
	"l_s2_%=: w7 ^= 1;\n"
	"w7 &= 63;\n"
	".8byte 0x0000000100010745;\n"
	"goto l_n5_%=;\n"
	"goto l_s5_%=;\n"
	"l_n5_%=: r8 &= 31;\n"
	"l_s5_%=: if w7 != w8 goto l_s6_%=;\n"
	"r8 &= 31;\n"
	"l_s6_%=: w7 *= w8;\n"
	".8byte 0x0001000000010846;\n"
	"goto l_n8_%=;\n"
	"goto l_s8_%=;\n"
	"l_n8_%=: r7 &= 31;\n"
	"l_s8_%=: r7 -= 63;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_072(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 == r8 goto l_out_%=;\n"
	"if r7 < 0 goto l_out_%=;\n"
	"r7 &= 63;\n"
	"r7 &= 7;\n"
	"r7 s>>= 6;\n"
	"if w7 s>= 32 goto l_out_%=;\n"
	"r8 = r7;\n"
	"if w8 s> w7 goto l_out_%=;\n"
	"r8 &= 31;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_073(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 <<= 32;\n"
	"r7 s>>= 32;\n"
	"r7 -= r8;\n"
	"if r8 >= -1 goto l_out_%=;\n"
	"r7 ^= -48;\n"
	"w7 s>>= 18;\n"
	"if r7 <= -1 goto l_out_%=;\n"
	"if r8 > r7 goto l_out_%=;\n"
	".8byte 0xffffffff00010845;\n"
	"goto l_n7_%=;\n"
	"goto l_s7_%=;\n"
	"l_n7_%=: r8 &= 31;\n"
	"l_s7_%=: r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_074(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 &= 255;\n"
	"if r7 s> 2 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_075(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 &= 255;\n"
	"w7 >>= 7;\n"
	"if r8 != 63 goto l_out_%=;\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: w8 &= -2147483648;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_076(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 &= 2147483647;\n"
	"w8 &= w7;\n"
	"r8 = be32 r8;\n"
	"if w8 >= w7 goto l_s3_%=;\n"
	"r8 &= 31;\n"
	"l_s3_%=: if w7 == w8 goto l_s4_%=;\n"
	"r8 &= 31;\n"
	"l_s4_%=: if r8 s>= r7 goto l_s5_%=;\n"
	"r8 &= 31;\n"
	"l_s5_%=: w8 &= 63;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_077(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 s>>= 26;\n"
	".8byte 0x0000000300010845;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: if w8 <= 2147483647 goto l_s2_%=;\n"
	"r7 &= 31;\n"
	"l_s2_%=: w8 -= 7;\n"
	"w8 &= 63;\n"
	"if r7 == 15 goto l_s5_%=;\n"
	"r8 &= 31;\n"
	"l_s5_%=: r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_078(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 <<= 10;\n"
	".8byte 0x0000002f00010746;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_079(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 += 2;\n"
	"w7 = -w7;\n"
	"r7 = le16 r7;\n"
	"r7 *= 65536;\n"
	"w8 |= w7;\n"
	"if w7 s> w8 goto l_s5_%=;\n"
	"r7 &= 31;\n"
	"l_s5_%=: if w7 > 16 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_080(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000000100010846;\n"
	"goto l_n0_%=;\n"
	"goto l_s0_%=;\n"
	"l_n0_%=: r8 &= 31;\n"
	"l_s0_%=: if r7 <= r8 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: w8 = w7;\n"
	"if r8 > 2147483647 goto l_out_%=;\n"
	"if w7 > w8 goto l_s4_%=;\n"
	"r7 &= 31;\n"
	"l_s4_%=: if r8 != 47 goto l_out_%=;\n"
	"r8 &= 255;\n"
	"r8 -= 40;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_081(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 >= 2 goto l_out_%=;\n"
	".8byte 0x000000000001874e;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: if r7 s< 48 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_082(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000000100010845;\n"
	"goto l_n0_%=;\n"
	"goto l_s0_%=;\n"
	"l_n0_%=: r8 &= 31;\n"
	"l_s0_%=: if w8 < 7 goto l_out_%=;\n"
	"w8 >>= 9;\n"
	"if w8 < 63 goto l_s3_%=;\n"
	"r7 &= 31;\n"
	"l_s3_%=: r7 -= 63;\n"
	"w7 &= 7;\n"
	"w7 |= 65536;\n"
	"r8 &= 63;\n"
	"r8 *= r7;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_083(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 *= r8;\n"
	"if w8 s<= w7 goto l_out_%=;\n"
	"r8 <<= 32;\n"
	"r8 s>>= 32;\n"
	"r8 = be16 r8;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_084(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 s< -1 goto l_out_%=;\n"
	"if w8 == 2147483647 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: if w7 s< 1 goto l_out_%=;\n"
	"if r8 <= 2147483647 goto l_out_%=;\n"
	".8byte 0x0000000300010846;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: if w7 >= -1 goto l_out_%=;\n"
	"if w7 s> 2147483647 goto l_out_%=;\n"
	"w8 <<= 17;\n"
	"w8 |= w7;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_085(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 >= 32 goto l_s0_%=;\n"
	"r7 &= 31;\n"
	"l_s0_%=: w7 <<= 25;\n"
	"w8 s>>= 22;\n"
	"w7 += 63;\n"
	"w8 |= 65535;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_086(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 s> 31 goto l_out_%=;\n"
	"if w7 < w8 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: if r8 s> 15 goto l_out_%=;\n"
	"r8 |= 40;\n"
	"w8 ^= w7;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_087(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000000400010845;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: r8 &= 3;\n"
	"r7 = r8;\n"
	"r8 *= -2147483648;\n"
	"if w7 s> w8 goto l_out_%=;\n"
	"r7 &= r8;\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n6_%=;\n"
	"goto l_s6_%=;\n"
	"l_n6_%=: r8 &= 31;\n"
	"l_s6_%=: if w8 >= w7 goto l_out_%=;\n"
	"if r8 != r7 goto l_out_%=;\n"
	"w8 &= 15;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_088(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 <= 7 goto l_out_%=;\n"
	"r7 >>= 41;\n"
	"r8 &= 47;\n"
	"r8 -= -1;\n"
	"if w8 < 3 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_089(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 &= -1;\n"
	"w7 += w8;\n"
	"r7 = be32 r7;\n"
	"if w7 <= -48 goto l_out_%=;\n"
	".8byte 0x0000000300010745;\n"
	"goto l_n4_%=;\n"
	"goto l_s4_%=;\n"
	"l_n4_%=: r8 &= 31;\n"
	"l_s4_%=: if w8 s>= 2147483647 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_090(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 *= -2147483648;\n"
	"r8 <<= 53;\n"
	"r7 &= 255;\n"
	"if r7 == 40 goto l_s3_%=;\n"
	"r8 &= 31;\n"
	"l_s3_%=: r7 &= 15;\n"
	"if r7 < r8 goto l_s5_%=;\n"
	"r8 &= 31;\n"
	"l_s5_%=: .8byte 0x000000000001784d;\n"
	"goto l_n6_%=;\n"
	"goto l_out_%=;\n"
	"l_n6_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_091(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 >= 15 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: w7 *= -1;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_092(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 < 31 goto l_out_%=;\n"
	"if w7 >= 4 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: .8byte 0x0000000200010846;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: w8 = w8;\n"
	"r8 = be16 r8;\n"
	"if r7 <= -2147483648 goto l_out_%=;\n"
	"w7 |= w8;\n"
	"if w8 s<= 0 goto l_out_%=;\n"
	"if r7 != 8 goto l_out_%=;\n"
	"if r7 s> 255 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_093(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 s<= w8 goto l_out_%=;\n"
	"r7 >>= 59;\n"
	"w7 <<= 9;\n"
	"if w8 >= 32 goto l_out_%=;\n"
	"r7 <<= 32;\n"
	"r7 s>>= 32;\n"
	"if w8 != 48 goto l_s5_%=;\n"
	"r8 &= 31;\n"
	"l_s5_%=: if r8 > 48 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_094(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 s>= 32 goto l_out_%=;\n"
	".8byte 0x000000000001784d;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: r8 &= 1;\n"
	"r8 >>= 47;\n"
	"if r7 == r8 goto l_out_%=;\n"
	"if w7 == 15 goto l_out_%=;\n"
	"r8 s>>= 42;\n"
	"if w8 <= 1 goto l_s7_%=;\n"
	"r8 &= 31;\n"
	"l_s7_%=: r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_095(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 >= r7 goto l_out_%=;\n"
	"r7 *= -1;\n"
	".8byte 0x000000000001874e;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_096(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 > r7 goto l_out_%=;\n"
	"r7 |= -2147483648;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_097(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000ffff00010846;\n"
	"goto l_n0_%=;\n"
	"goto l_s0_%=;\n"
	"l_n0_%=: r8 &= 31;\n"
	"l_s0_%=: if w8 s>= 1 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_098(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 s>>= 31;\n"
	"if w8 s>= 47 goto l_out_%=;\n"
	"if w8 == w7 goto l_out_%=;\n"
	"if r8 s< r7 goto l_out_%=;\n"
	"r7 <<= 28;\n"
	"r7 >>= 29;\n"
	"if w8 <= w7 goto l_s6_%=;\n"
	"r7 &= 31;\n"
	"l_s6_%=: if w7 s<= w8 goto l_s7_%=;\n"
	"r7 &= 31;\n"
	"l_s7_%=: r7 |= 40;\n"
	"w8 &= 3;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_099(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000000400010746;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: if w8 >= w7 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: r8 = be32 r8;\n"
	".8byte 0x000000000001784d;\n"
	"goto l_n3_%=;\n"
	"goto l_s3_%=;\n"
	"l_n3_%=: r8 &= 31;\n"
	"l_s3_%=: r7 |= 7;\n"
	"if r7 != 48 goto l_s5_%=;\n"
	"r8 &= 31;\n"
	"l_s5_%=: r7 s>>= 56;\n"
	"if r8 >= 15 goto l_s7_%=;\n"
	"r7 &= 31;\n"
	"l_s7_%=: r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_100(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0xffffffd000010745;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: .8byte 0x0000003000010845;\n"
	"goto l_n1_%=;\n"
	"goto l_s1_%=;\n"
	"l_n1_%=: r8 &= 31;\n"
	"l_s1_%=: if w8 <= w7 goto l_out_%=;\n"
	"w7 &= 255;\n"
	"w8 *= w7;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_101(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 = w7;\n"
	"if w8 != -2147483648 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_102(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 > 2147483647 goto l_out_%=;\n"
	"if r7 >= 63 goto l_out_%=;\n"
	"w8 |= -48;\n"
	"if r7 s>= 0 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_103(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 -= -48;\n"
	"if w7 < 40 goto l_out_%=;\n"
	".8byte 0x0000004000010846;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_104(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 &= 63;\n"
	"if w7 s> w8 goto l_out_%=;\n"
	"if r7 == 40 goto l_s2_%=;\n"
	"r7 &= 31;\n"
	"l_s2_%=: if r7 <= -1 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_105(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 -= -2147483648;\n"
	"if w8 > 47 goto l_out_%=;\n"
	"r7 &= r8;\n"
	"w7 *= 7;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_106(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 >= w7 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: w8 &= 7;\n"
	"if r7 != 47 goto l_out_%=;\n"
	"w7 ^= 65535;\n"
	"if w8 s<= w7 goto l_s4_%=;\n"
	"r7 &= 31;\n"
	"l_s4_%=: if r8 s< r7 goto l_s5_%=;\n"
	"r7 &= 31;\n"
	"l_s5_%=: r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_107(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 ^= -2147483648;\n"
	"if w8 <= 8 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: w7 -= -2147483648;\n"
	"if r8 s>= r7 goto l_out_%=;\n"
	"r8 = be32 r8;\n"
	"if r8 >= 3 goto l_out_%=;\n"
	"w8 >>= 10;\n"
	"r7 &= 7;\n"
	"w7 |= 1;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_108(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 <= 16 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: if r7 s<= 15 goto l_out_%=;\n"
	"if r8 s<= -1 goto l_out_%=;\n"
	"if r8 > 7 goto l_out_%=;\n"
	"if w8 == 7 goto l_s4_%=;\n"
	"r8 &= 31;\n"
	"l_s4_%=: .8byte 0x0000004000010746;\n"
	"goto l_n5_%=;\n"
	"goto l_out_%=;\n"
	"l_n5_%=: if w8 > w7 goto l_out_%=;\n"
	"r7 <<= 22;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_109(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 < w8 goto l_out_%=;\n"
	"w8 |= w7;\n"
	"r7 &= 47;\n"
	"r8 |= r7;\n"
	"w8 <<= 6;\n"
	"w7 &= 65536;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_110(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 > 16 goto l_out_%=;\n"
	"if r7 > 2147483647 goto l_out_%=;\n"
	"if w8 <= w7 goto l_out_%=;\n"
	"w7 *= -48;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_111(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 s>= -1 goto l_s0_%=;\n"
	"r7 &= 31;\n"
	"l_s0_%=: w7 &= 63;\n"
	"r7 = be32 r7;\n"
	"r8 = le16 r8;\n"
	"if w8 s<= -1 goto l_out_%=;\n"
	"if r8 < 7 goto l_out_%=;\n"
	"w8 &= 15;\n"
	"r8 >>= 44;\n"
	"w7 <<= 8;\n"
	"w7 = w7;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_112(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 >= 31 goto l_out_%=;\n"
	"r8 &= 2147483647;\n"
	"r8 += 40;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_113(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 &= r7;\n"
	"if w7 s> w8 goto l_out_%=;\n"
	"w8 += -1;\n"
	"r7 *= 2147483647;\n"
	"r7 -= r8;\n"
	"w8 &= 31;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_114(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 -= 65535;\n"
	"r7 <<= 37;\n"
	"if w8 s<= 63 goto l_s2_%=;\n"
	"r7 &= 31;\n"
	"l_s2_%=: w7 = w8;\n"
	"w8 += w7;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_115(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 > 3 goto l_out_%=;\n"
	"r7 = r8;\n"
	"r7 |= r8;\n"
	"if r8 > r7 goto l_out_%=;\n"
	"r7 |= 2147483647;\n"
	"if r7 s> -1 goto l_s5_%=;\n"
	"r8 &= 31;\n"
	"l_s5_%=: w8 &= 2147483647;\n"
	".8byte 0x000000000001874d;\n"
	"goto l_n7_%=;\n"
	"goto l_s7_%=;\n"
	"l_n7_%=: r8 &= 31;\n"
	"l_s7_%=: r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_116(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 &= -1;\n"
	"if w8 >= w7 goto l_out_%=;\n"
	"r7 -= -48;\n"
	"r7 &= 47;\n"
	"w8 += 65535;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_117(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 == 32 goto l_out_%=;\n"
	"if r7 <= r8 goto l_out_%=;\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: r7 >>= 6;\n"
	"w7 += w8;\n"
	"if w7 > 3 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_118(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 s<= 7 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: w7 |= -2147483648;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_119(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 &= 255;\n"
	"r7 &= r8;\n"
	"r8 &= 31;\n"
	"w7 += 7;\n"
	"if w7 s>= 0 goto l_out_%=;\n"
	"r8 >>= 21;\n"
	"r8 &= 7;\n"
	"r8 &= 63;\n"
	"w8 = -w8;\n"
	"r8 &= 63;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_120(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 *= 65535;\n"
	"w8 = w7;\n"
	"if r7 == 2147483647 goto l_out_%=;\n"
	"r7 &= 63;\n"
	"if r8 s< r7 goto l_out_%=;\n"
	".8byte 0xffffffff00010846;\n"
	"goto l_n5_%=;\n"
	"goto l_out_%=;\n"
	"l_n5_%=: if w8 < 2147483647 goto l_out_%=;\n"
	"if r8 != r7 goto l_out_%=;\n"
	"if r8 s< r7 goto l_s8_%=;\n"
	"r8 &= 31;\n"
	"l_s8_%=: r8 &= 63;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_121(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 |= 65535;\n"
	"r8 &= 47;\n"
	"if w8 == w7 goto l_s2_%=;\n"
	"r8 &= 31;\n"
	"l_s2_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_122(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 &= 7;\n"
	"w8 += 47;\n"
	"w7 &= 15;\n"
	"w7 *= w8;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_123(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 |= w8;\n"
	".8byte 0x0000000700010746;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: r8 = -r8;\n"
	"if w7 s< w8 goto l_s3_%=;\n"
	"r7 &= 31;\n"
	"l_s3_%=: if w7 < 40 goto l_out_%=;\n"
	"r7 ^= r8;\n"
	"r7 <<= 13;\n"
	"if w8 s<= w7 goto l_out_%=;\n"
	"if r8 > 31 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_124(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 s>= 255 goto l_out_%=;\n"
	"if r8 >= r7 goto l_out_%=;\n"
	"w8 -= 1;\n"
	"r8 >>= 47;\n"
	"if w7 s>= 255 goto l_out_%=;\n"
	"if r7 != -1 goto l_s5_%=;\n"
	"r8 &= 31;\n"
	"l_s5_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_125(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 <= 47 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: w7 &= 31;\n"
	"w7 = w8;\n"
	"if w8 == 4 goto l_out_%=;\n"
	"w7 += w8;\n"
	"w7 += w8;\n"
	"r7 &= 7;\n"
	"w8 &= 15;\n"
	"r7 ^= -2147483648;\n"
	"r8 = r7;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_126(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000003000010846;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: r7 s>>= 38;\n"
	"r7 &= 63;\n"
	"r8 *= 2147483647;\n"
	"w8 &= 7;\n"
	"w8 s>>= 9;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_127(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 = w8;\n"
	"if r7 s>= 31 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: if r7 != 63 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_128(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 = -r8;\n"
	"w8 += w7;\n"
	"if r7 s> 31 goto l_out_%=;\n"
	"if r8 s< r7 goto l_out_%=;\n"
	"r8 >>= 29;\n"
	"w8 = -w8;\n"
	"w7 = w8;\n"
	"if r7 s<= r8 goto l_out_%=;\n"
	"w7 &= 7;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_129(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 s< w7 goto l_out_%=;\n"
	"if w8 < 0 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: w8 -= w7;\n"
	"w7 &= 15;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_130(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 >= 0 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: w7 |= w8;\n"
	".8byte 0xffffffff00010846;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: r7 = le16 r7;\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: w7 &= 31;\n"
	"w7 ^= 65535;\n"
	"if r7 != r8 goto l_s7_%=;\n"
	"r8 &= 31;\n"
	"l_s7_%=: r7 |= r8;\n"
	".8byte 0x0000004000010846;\n"
	"goto l_n9_%=;\n"
	"goto l_out_%=;\n"
	"l_n9_%=: r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_131(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 = le16 r8;\n"
	"r7 s>>= 37;\n"
	"w7 ^= 47;\n"
	".8byte 0x0000003f00010746;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_132(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 <<= 32;\n"
	"r7 s>>= 32;\n"
	"if w7 s< 255 goto l_out_%=;\n"
	"if w8 > 48 goto l_out_%=;\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: if r7 s>= 31 goto l_out_%=;\n"
	"w8 &= 63;\n"
	"w7 |= w8;\n"
	"r8 s>>= 14;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_133(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 s> -1 goto l_out_%=;\n"
	"w8 s>>= 14;\n"
	"if r7 >= r8 goto l_out_%=;\n"
	"if r8 <= 2 goto l_s3_%=;\n"
	"r8 &= 31;\n"
	"l_s3_%=: .8byte 0x0000003f00010846;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: if w7 <= 47 goto l_out_%=;\n"
	"w8 >>= 24;\n"
	"if w7 > -48 goto l_s7_%=;\n"
	"r8 &= 31;\n"
	"l_s7_%=: r7 >>= 48;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_134(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 &= -48;\n"
	".8byte 0x000000000001874e;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: if r7 != 15 goto l_out_%=;\n"
	"if r7 >= 16 goto l_out_%=;\n"
	"w7 |= 3;\n"
	"if r8 == 0 goto l_s5_%=;\n"
	"r7 &= 31;\n"
	"l_s5_%=: r7 &= 31;\n"
	"w8 <<= 8;\n"
	"r7 &= 255;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_135(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 > 48 goto l_s0_%=;\n"
	"r7 &= 31;\n"
	"l_s0_%=: if w7 <= -8 goto l_out_%=;\n"
	"if w8 <= w7 goto l_s2_%=;\n"
	"r7 &= 31;\n"
	"l_s2_%=: r7 <<= 19;\n"
	"w8 += w7;\n"
	"if r8 != 31 goto l_s5_%=;\n"
	"r8 &= 31;\n"
	"l_s5_%=: if w8 s>= -8 goto l_out_%=;\n"
	"if w7 >= 4 goto l_out_%=;\n"
	"r8 <<= 42;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_136(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 s>>= 61;\n"
	"if w7 == w8 goto l_out_%=;\n"
	"if r8 == 7 goto l_out_%=;\n"
	"if r7 < r8 goto l_out_%=;\n"
	"r7 += 47;\n"
	"r7 += 47;\n"
	"if w7 < w8 goto l_out_%=;\n"
	"r8 <<= 32;\n"
	"r8 s>>= 32;\n"
	"if w7 == w8 goto l_out_%=;\n"
	"w7 -= 7;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_137(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 <= -1 goto l_s0_%=;\n"
	"r7 &= 31;\n"
	"l_s0_%=: r7 = le16 r7;\n"
	"if w7 s<= 2147483647 goto l_out_%=;\n"
	"if w7 >= 0 goto l_out_%=;\n"
	"if r8 s> r7 goto l_out_%=;\n"
	"r8 &= 47;\n"
	"w7 += w8;\n"
	"w8 &= 63;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_138(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 < -8 goto l_out_%=;\n"
	"w7 &= 7;\n"
	"r8 <<= 53;\n"
	"if r8 <= 0 goto l_out_%=;\n"
	"if r7 s< r8 goto l_s4_%=;\n"
	"r7 &= 31;\n"
	"l_s4_%=: if w8 s> w7 goto l_s5_%=;\n"
	"r7 &= 31;\n"
	"l_s5_%=: w7 &= 7;\n"
	"r7 <<= 32;\n"
	"r7 s>>= 32;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_139(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 s>= 255 goto l_s0_%=;\n"
	"r7 &= 31;\n"
	"l_s0_%=: w7 s>>= 9;\n"
	"if w7 >= 0 goto l_s2_%=;\n"
	"r8 &= 31;\n"
	"l_s2_%=: if r7 == 63 goto l_out_%=;\n"
	"r7 <<= 63;\n"
	"r7 &= 63;\n"
	"w8 -= 65535;\n"
	"w7 += 63;\n"
	"w8 &= 7;\n"
	".8byte 0x0000000200010845;\n"
	"goto l_n9_%=;\n"
	"goto l_out_%=;\n"
	"l_n9_%=: r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_140(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000000200010746;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: w8 *= 3;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_141(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0xffffffff00010846;\n"
	"goto l_n0_%=;\n"
	"goto l_s0_%=;\n"
	"l_n0_%=: r8 &= 31;\n"
	"l_s0_%=: if r7 >= r8 goto l_out_%=;\n"
	"if r7 s< 255 goto l_out_%=;\n"
	".8byte 0x000000000001874d;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: if w7 s>= 3 goto l_out_%=;\n"
	"if r7 s>= 32 goto l_out_%=;\n"
	"if r8 s<= -1 goto l_out_%=;\n"
	"r7 &= 65535;\n"
	"w7 <<= 31;\n"
	"if r8 < 47 goto l_s9_%=;\n"
	"r7 &= 31;\n"
	"l_s9_%=: r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_142(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 <<= 32;\n"
	"r7 s>>= 32;\n"
	"if w8 < w7 goto l_out_%=;\n"
	"r8 ^= r7;\n"
	"if w8 > 2 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_143(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 &= 1;\n"
	".8byte 0x000000000001784d;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: .8byte 0x000000000001874e;\n"
	"goto l_n2_%=;\n"
	"goto l_s2_%=;\n"
	"l_n2_%=: r8 &= 31;\n"
	"l_s2_%=: if r8 <= 40 goto l_s3_%=;\n"
	"r8 &= 31;\n"
	"l_s3_%=: r8 >>= 10;\n"
	"if r8 s< r7 goto l_out_%=;\n"
	"r8 ^= r7;\n"
	"if w7 s> w8 goto l_s7_%=;\n"
	"r7 &= 31;\n"
	"l_s7_%=: r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_144(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 <= 47 goto l_out_%=;\n"
	"if w8 s<= 1 goto l_out_%=;\n"
	"r8 <<= 0;\n"
	"r7 |= 63;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_145(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 s> 15 goto l_s0_%=;\n"
	"r7 &= 31;\n"
	"l_s0_%=: r7 <<= 32;\n"
	"r7 s>>= 32;\n"
	"if w8 s<= 15 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_146(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 != 2147483647 goto l_out_%=;\n"
	"if w7 s> 2147483647 goto l_out_%=;\n"
	"w8 |= 2147483647;\n"
	"if r7 < r8 goto l_out_%=;\n"
	"if w7 < w8 goto l_out_%=;\n"
	"w8 |= 40;\n"
	".8byte 0x0000002f00010746;\n"
	"goto l_n6_%=;\n"
	"goto l_out_%=;\n"
	"l_n6_%=: w7 &= 255;\n"
	"w8 <<= 10;\n"
	"w8 s>>= 5;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_147(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 s> 31 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: w8 *= 2147483647;\n"
	".8byte 0xffffffff00010746;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: r8 &= 15;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_148(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 s<= w7 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: .8byte 0xffffffff00010746;\n"
	"goto l_n1_%=;\n"
	"goto l_s1_%=;\n"
	"l_n1_%=: r7 &= 31;\n"
	"l_s1_%=: r7 = r8;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_149(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 = w7;\n"
	".8byte 0x0000000200010845;\n"
	"goto l_n1_%=;\n"
	"goto l_s1_%=;\n"
	"l_n1_%=: r8 &= 31;\n"
	"l_s1_%=: if r8 == 15 goto l_s2_%=;\n"
	"r8 &= 31;\n"
	"l_s2_%=: if r8 s>= 4 goto l_s3_%=;\n"
	"r8 &= 31;\n"
	"l_s3_%=: w8 &= 7;\n"
	"r7 = be16 r7;\n"
	"r7 &= 31;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_150(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 = w8;\n"
	"r8 -= -1;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_151(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 &= w7;\n"
	"if w7 s<= w8 goto l_out_%=;\n"
	"w7 &= 63;\n"
	"if r7 s>= 40 goto l_out_%=;\n"
	"w7 <<= 28;\n"
	".8byte 0x000000000001784d;\n"
	"goto l_n5_%=;\n"
	"goto l_out_%=;\n"
	"l_n5_%=: if r8 < r7 goto l_s6_%=;\n"
	"r7 &= 31;\n"
	"l_s6_%=: .8byte 0x8000000000010846;\n"
	"goto l_n7_%=;\n"
	"goto l_out_%=;\n"
	"l_n7_%=: r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_152(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 |= w8;\n"
	"r7 s>>= 30;\n"
	"if w7 < 4 goto l_s2_%=;\n"
	"r8 &= 31;\n"
	"l_s2_%=: r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_153(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 <= -1 goto l_out_%=;\n"
	"w7 = -w7;\n"
	"r7 -= 63;\n"
	"r7 |= r8;\n"
	"if w8 <= w7 goto l_out_%=;\n"
	"if r8 s> -1 goto l_out_%=;\n"
	"w8 = w8;\n"
	"w8 = -w8;\n"
	"r8 ^= 2147483647;\n"
	"if r8 s>= -1 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_154(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: if r8 s> r7 goto l_out_%=;\n"
	"if r8 s> r7 goto l_out_%=;\n"
	"if w7 >= w8 goto l_s3_%=;\n"
	"r7 &= 31;\n"
	"l_s3_%=: r8 += r7;\n"
	".8byte 0x0000000700010846;\n"
	"goto l_n5_%=;\n"
	"goto l_out_%=;\n"
	"l_n5_%=: if r8 >= r7 goto l_s6_%=;\n"
	"r8 &= 31;\n"
	"l_s6_%=: w8 = w8;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_155(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 += 2147483647;\n"
	"if r8 s> 3 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: r7 |= -1;\n"
	"if r7 s< -1 goto l_out_%=;\n"
	"if r7 >= -1 goto l_out_%=;\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n5_%=;\n"
	"goto l_out_%=;\n"
	"l_n5_%=: if r8 s<= r7 goto l_s6_%=;\n"
	"r8 &= 31;\n"
	"l_s6_%=: r8 = be16 r8;\n"
	"w7 |= w8;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_156(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000002800010745;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: w8 &= 47;\n"
	"r7 <<= 32;\n"
	"r7 s>>= 32;\n"
	"if w7 >= -1 goto l_out_%=;\n"
	"r8 &= 63;\n"
	"if w8 s<= w7 goto l_s5_%=;\n"
	"r7 &= 31;\n"
	"l_s5_%=: r8 &= r7;\n"
	"r8 *= 3;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_157(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 &= 255;\n"
	".8byte 0x000000000001784d;\n"
	"goto l_n1_%=;\n"
	"goto l_s1_%=;\n"
	"l_n1_%=: r8 &= 31;\n"
	"l_s1_%=: if w7 > 31 goto l_s2_%=;\n"
	"r8 &= 31;\n"
	"l_s2_%=: r8 = -r8;\n"
	"r8 &= 31;\n"
	".8byte 0x0000ffff00010846;\n"
	"goto l_n5_%=;\n"
	"goto l_out_%=;\n"
	"l_n5_%=: r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_158(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 |= r7;\n"
	"w7 <<= 23;\n"
	"if r8 s< -2147483648 goto l_s2_%=;\n"
	"r7 &= 31;\n"
	"l_s2_%=: r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_159(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 &= 63;\n"
	"w8 -= w7;\n"
	"w8 >>= 18;\n"
	"w8 |= w7;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_160(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 == w8 goto l_out_%=;\n"
	"if w7 <= -2147483648 goto l_out_%=;\n"
	"r7 *= -1;\n"
	"w8 -= -2147483648;\n"
	"r7 = -r7;\n"
	"r8 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_161(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 &= 1;\n"
	"w8 = w7;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_162(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 &= 15;\n"
	"r8 += 65535;\n"
	"r7 &= 2147483647;\n"
	".8byte 0x0000004000010845;\n"
	"goto l_n3_%=;\n"
	"goto l_s3_%=;\n"
	"l_n3_%=: r7 &= 31;\n"
	"l_s3_%=: if w7 == 2147483647 goto l_s4_%=;\n"
	"r8 &= 31;\n"
	"l_s4_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_163(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 |= -48;\n"
	"if r8 s< 2147483647 goto l_out_%=;\n"
	"r8 >>= 9;\n"
	"w8 |= -48;\n"
	".8byte 0x000000000001874d;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: w7 ^= w8;\n"
	"r8 += r7;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_164(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 &= 63;\n"
	"if r7 s<= 63 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: if r8 s< 16 goto l_out_%=;\n"
	".8byte 0x000000000001874e;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: r7 <<= 34;\n"
	"w7 s>>= 8;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_165(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 == -48 goto l_out_%=;\n"
	"if r7 >= r8 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: r7 |= r8;\n"
	"r8 += -2147483648;\n"
	"if w7 > w8 goto l_out_%=;\n"
	"r8 |= r7;\n"
	"w8 *= w7;\n"
	"r7 = -r7;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_166(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 &= 63;\n"
	"w7 = w8;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_167(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x7fffffff00010845;\n"
	"goto l_n0_%=;\n"
	"goto l_s0_%=;\n"
	"l_n0_%=: r8 &= 31;\n"
	"l_s0_%=: .8byte 0x0000003000010746;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: w8 <<= 0;\n"
	"if r8 != r7 goto l_out_%=;\n"
	"r7 |= r8;\n"
	"if r7 != r8 goto l_out_%=;\n"
	"w7 = w7;\n"
	"if w8 != 32 goto l_out_%=;\n"
	"if w7 s>= 31 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_168(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: if r8 == r7 goto l_out_%=;\n"
	"r8 = -r8;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_169(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 = r7;\n"
	"if r7 s< r8 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_170(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 s<= 40 goto l_out_%=;\n"
	"r8 <<= 32;\n"
	"r8 s>>= 32;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_171(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 -= 1;\n"
	"if r7 <= 48 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: w7 >>= 28;\n"
	"if w8 <= 47 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_172(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 &= 15;\n"
	".8byte 0x000000000001784d;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: .8byte 0x000000000001874e;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: if r8 s> -2147483648 goto l_out_%=;\n"
	"if r7 s> r8 goto l_out_%=;\n"
	"if r8 != r7 goto l_out_%=;\n"
	"r8 += -48;\n"
	"w8 = -w8;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_173(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 s< r8 goto l_s0_%=;\n"
	"r7 &= 31;\n"
	"l_s0_%=: w8 &= 31;\n"
	"w8 &= 7;\n"
	"if r8 >= -1 goto l_s3_%=;\n"
	"r8 &= 31;\n"
	"l_s3_%=: w8 &= w7;\n"
	"r7 ^= 65535;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_174(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 s>= -2147483648 goto l_s0_%=;\n"
	"r7 &= 31;\n"
	"l_s0_%=: r7 &= 31;\n"
	"if w7 s<= w8 goto l_s2_%=;\n"
	"r8 &= 31;\n"
	"l_s2_%=: r7 >>= 17;\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n4_%=;\n"
	"goto l_s4_%=;\n"
	"l_n4_%=: r7 &= 31;\n"
	"l_s4_%=: .8byte 0x0000000400010745;\n"
	"goto l_n5_%=;\n"
	"goto l_s5_%=;\n"
	"l_n5_%=: r8 &= 31;\n"
	"l_s5_%=: r7 <<= 25;\n"
	"if r8 s<= 47 goto l_out_%=;\n"
	"if r7 s> 2147483647 goto l_out_%=;\n"
	"r7 -= 2;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_175(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 != w7 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: .8byte 0x0000000700010745;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: if w7 s> w8 goto l_out_%=;\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_176(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 *= 2;\n"
	"r7 &= 15;\n"
	"r8 = r7;\n"
	".8byte 0x0000002800010745;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_177(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 = be32 r8;\n"
	"r8 = be16 r8;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_178(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 &= 2147483647;\n"
	"if r7 >= r8 goto l_out_%=;\n"
	".8byte 0x0001000000010845;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: if r7 s>= 1 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_179(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 <<= 32;\n"
	"r8 s>>= 32;\n"
	"r8 *= r7;\n"
	".8byte 0xffffffd000010846;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: if r7 s>= -48 goto l_s3_%=;\n"
	"r8 &= 31;\n"
	"l_s3_%=: r8 <<= 58;\n"
	".8byte 0x0000000200010746;\n"
	"goto l_n5_%=;\n"
	"goto l_out_%=;\n"
	"l_n5_%=: r8 = be16 r8;\n"
	".8byte 0x0000002800010746;\n"
	"goto l_n7_%=;\n"
	"goto l_out_%=;\n"
	"l_n7_%=: r8 >>= 29;\n"
	"if w7 <= 3 goto l_s9_%=;\n"
	"r7 &= 31;\n"
	"l_s9_%=: r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_180(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 = w8;\n"
	"w8 -= 65535;\n"
	"r7 s>>= 30;\n"
	"if w7 <= w8 goto l_s3_%=;\n"
	"r7 &= 31;\n"
	"l_s3_%=: if r8 < 4 goto l_s4_%=;\n"
	"r7 &= 31;\n"
	"l_s4_%=: if r7 < r8 goto l_out_%=;\n"
	"w7 |= 3;\n"
	"if w8 == 40 goto l_s7_%=;\n"
	"r7 &= 31;\n"
	"l_s7_%=: .8byte 0x0000003000010845;\n"
	"goto l_n8_%=;\n"
	"goto l_out_%=;\n"
	"l_n8_%=: r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_181(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 s< w7 goto l_out_%=;\n"
	"if w8 s<= 32 goto l_out_%=;\n"
	"r8 &= 7;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_182(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 &= 31;\n"
	"if r7 < r8 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: .8byte 0x0000004000010846;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: if r7 <= r8 goto l_out_%=;\n"
	"if w7 s>= w8 goto l_s4_%=;\n"
	"r8 &= 31;\n"
	"l_s4_%=: if w8 > 16 goto l_s5_%=;\n"
	"r8 &= 31;\n"
	"l_s5_%=: if w8 != 1 goto l_s6_%=;\n"
	"r8 &= 31;\n"
	"l_s6_%=: w7 ^= w8;\n"
	"r8 &= 63;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_183(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 == -48 goto l_out_%=;\n"
	"r7 &= 63;\n"
	"r8 &= -48;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_184(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 s< 3 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: r7 = be32 r7;\n"
	"r8 = be16 r8;\n"
	"r8 s>>= 63;\n"
	"r8 |= 3;\n"
	"r8 = be16 r8;\n"
	"w8 &= 31;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_185(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 s>>= 62;\n"
	"r7 ^= 7;\n"
	".8byte 0x0000002f00010845;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: w7 *= 2;\n"
	".8byte 0x0000002f00010846;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: w8 s>>= 31;\n"
	"r7 &= 15;\n"
	"r8 = -r8;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_186(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 <= r7 goto l_out_%=;\n"
	"if w8 s< 3 goto l_out_%=;\n"
	"w8 |= 63;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_187(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 = be16 r8;\n"
	".8byte 0x0000000400010745;\n"
	"goto l_n1_%=;\n"
	"goto l_s1_%=;\n"
	"l_n1_%=: r8 &= 31;\n"
	"l_s1_%=: r7 = be32 r7;\n"
	"if w8 s> 3 goto l_s3_%=;\n"
	"r8 &= 31;\n"
	"l_s3_%=: w8 -= 2;\n"
	"r7 &= -48;\n"
	"r8 |= -48;\n"
	"if r8 s<= r7 goto l_s7_%=;\n"
	"r8 &= 31;\n"
	"l_s7_%=: .8byte 0x000000000001874d;\n"
	"goto l_n8_%=;\n"
	"goto l_out_%=;\n"
	"l_n8_%=: if w7 >= w8 goto l_s9_%=;\n"
	"r8 &= 31;\n"
	"l_s9_%=: r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_188(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 >= w8 goto l_out_%=;\n"
	"if r7 > 15 goto l_out_%=;\n"
	"w7 ^= 47;\n"
	"if r8 < 4 goto l_s3_%=;\n"
	"r7 &= 31;\n"
	"l_s3_%=: w8 = w7;\n"
	"r8 = be32 r8;\n"
	"w8 |= 7;\n"
	".8byte 0x0000000100010846;\n"
	"goto l_n7_%=;\n"
	"goto l_s7_%=;\n"
	"l_n7_%=: r8 &= 31;\n"
	"l_s7_%=: if r8 < 8 goto l_out_%=;\n"
	".8byte 0x0000003f00010746;\n"
	"goto l_n9_%=;\n"
	"goto l_out_%=;\n"
	"l_n9_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_189(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 > 0 goto l_out_%=;\n"
	"w8 |= w7;\n"
	"w8 <<= 11;\n"
	"r7 <<= 32;\n"
	"r7 s>>= 32;\n"
	"w8 *= 2;\n"
	"if w8 s> 0 goto l_out_%=;\n"
	"w7 s>>= 3;\n"
	"if r8 s> 2 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_190(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 <= 15 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: r7 <<= 32;\n"
	"r7 s>>= 32;\n"
	".8byte 0x0000000100010746;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: r7 &= 15;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_191(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 &= 47;\n"
	"r8 &= 63;\n"
	"w8 |= 1;\n"
	"if r7 < r8 goto l_out_%=;\n"
	"if w8 <= w7 goto l_out_%=;\n"
	"w7 ^= 40;\n"
	"if r8 s>= 47 goto l_s6_%=;\n"
	"r8 &= 31;\n"
	"l_s6_%=: if r7 <= r8 goto l_out_%=;\n"
	"r8 &= 47;\n"
	"if r7 s>= -1 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_192(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 s<= r8 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: if r8 s> 2147483647 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: w7 >>= 25;\n"
	"w8 &= 255;\n"
	"w8 s>>= 27;\n"
	"w8 s>>= 24;\n"
	"r8 >>= 0;\n"
	".8byte 0x0001000000010846;\n"
	"goto l_n7_%=;\n"
	"goto l_s7_%=;\n"
	"l_n7_%=: r7 &= 31;\n"
	"l_s7_%=: r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_193(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000000100010846;\n"
	"goto l_n0_%=;\n"
	"goto l_s0_%=;\n"
	"l_n0_%=: r8 &= 31;\n"
	"l_s0_%=: .8byte 0x0000002f00010845;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: if r7 == 48 goto l_out_%=;\n"
	"w7 &= 7;\n"
	"w7 |= 2147483647;\n"
	"r7 &= 63;\n"
	"w7 &= w8;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_194(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 &= 40;\n"
	"w7 += w8;\n"
	"if w8 s>= 40 goto l_out_%=;\n"
	"w8 *= -2147483648;\n"
	"if r8 == r7 goto l_s4_%=;\n"
	"r7 &= 31;\n"
	"l_s4_%=: if r7 <= 31 goto l_out_%=;\n"
	"w7 = w7;\n"
	"r8 &= 255;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_195(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 < 15 goto l_s0_%=;\n"
	"r7 &= 31;\n"
	"l_s0_%=: w8 s>>= 16;\n"
	"w7 = w7;\n"
	"if r7 < r8 goto l_out_%=;\n"
	"if w8 s>= -2147483648 goto l_out_%=;\n"
	"r7 = be32 r7;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_196(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 s< w7 goto l_out_%=;\n"
	"if w7 == w8 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: w7 &= 15;\n"
	".8byte 0x000000000001784d;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: if w8 s>= 16 goto l_out_%=;\n"
	"w7 &= 31;\n"
	"r8 += r7;\n"
	"if w7 <= w8 goto l_out_%=;\n"
	"r8 ^= r7;\n"
	"if r8 > 47 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_197(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 >= r8 goto l_out_%=;\n"
	"if w7 s< w8 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: .8byte 0x0000000400010746;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: r7 >>= 42;\n"
	"if r8 != r7 goto l_s4_%=;\n"
	"r7 &= 31;\n"
	"l_s4_%=: w7 = w8;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_198(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 s>>= 24;\n"
	"if w7 >= 48 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: r7 &= r8;\n"
	"if r8 >= 7 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_199(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 s<= 16 goto l_out_%=;\n"
	"if r7 > r8 goto l_out_%=;\n"
	"w8 &= 47;\n"
	"w7 -= 7;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_200(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000000100010845;\n"
	"goto l_n0_%=;\n"
	"goto l_s0_%=;\n"
	"l_n0_%=: r7 &= 31;\n"
	"l_s0_%=: w8 &= 1;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_201(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 *= r7;\n"
	".8byte 0x000000000001874d;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: r8 >>= 50;\n"
	"r7 &= 65536;\n"
	"if w8 s<= -1 goto l_out_%=;\n"
	"r8 >>= 12;\n"
	"w7 s>>= 26;\n"
	"if w7 != -1 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_202(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 = r8;\n"
	"if r8 s>= r7 goto l_out_%=;\n"
	"w8 += w7;\n"
	"w8 = w8;\n"
	"if r7 <= 4 goto l_out_%=;\n"
	"if r7 > -1 goto l_out_%=;\n"
	".8byte 0x000000000001874d;\n"
	"goto l_n6_%=;\n"
	"goto l_s6_%=;\n"
	"l_n6_%=: r7 &= 31;\n"
	"l_s6_%=: if r8 != 16 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_203(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 &= 1;\n"
	"w7 ^= w8;\n"
	"r8 -= 47;\n"
	"r8 <<= 32;\n"
	"r8 s>>= 32;\n"
	"r8 &= r7;\n"
	"if w7 < 0 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_204(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 s>>= 8;\n"
	"r8 &= 255;\n"
	"if r7 <= -1 goto l_out_%=;\n"
	"r7 &= 31;\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: r7 &= 7;\n"
	"if r8 <= r7 goto l_s6_%=;\n"
	"r8 &= 31;\n"
	"l_s6_%=: .8byte 0x7fffffff00010745;\n"
	"goto l_n7_%=;\n"
	"goto l_s7_%=;\n"
	"l_n7_%=: r7 &= 31;\n"
	"l_s7_%=: r7 >>= 39;\n"
	"r7 = r8;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_205(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 = r8;\n"
	"r8 s>>= 62;\n"
	"if w7 s> 15 goto l_out_%=;\n"
	"if r8 != -1 goto l_s3_%=;\n"
	"r7 &= 31;\n"
	"l_s3_%=: r7 = be32 r7;\n"
	"r7 = le16 r7;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_206(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 |= 63;\n"
	".8byte 0x0000000300010746;\n"
	"goto l_n1_%=;\n"
	"goto l_s1_%=;\n"
	"l_n1_%=: r7 &= 31;\n"
	"l_s1_%=: r8 >>= 48;\n"
	"w8 &= 63;\n"
	".8byte 0x8000000000010845;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: if w8 s>= w7 goto l_s5_%=;\n"
	"r8 &= 31;\n"
	"l_s5_%=: if w8 < 63 goto l_out_%=;\n"
	"w7 &= 63;\n"
	"w8 *= -1;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_207(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 <<= 1;\n"
	".8byte 0x0000003000010846;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: .8byte 0x8000000000010746;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: if r7 == 31 goto l_out_%=;\n"
	"if r7 s< 40 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_208(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 = le16 r8;\n"
	"if r8 != -1 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_209(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 ^= 47;\n"
	"r8 = be16 r8;\n"
	"if r7 < -2147483648 goto l_out_%=;\n"
	"r7 &= 63;\n"
	"r7 &= 255;\n"
	"w8 |= 3;\n"
	"if r8 s> 40 goto l_s6_%=;\n"
	"r8 &= 31;\n"
	"l_s6_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_210(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 += r7;\n"
	"r8 *= r7;\n"
	"w8 &= 63;\n"
	"if w7 != 15 goto l_out_%=;\n"
	"if w7 >= 4 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_211(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 &= 7;\n"
	"if r8 s> 16 goto l_out_%=;\n"
	"w7 s>>= 11;\n"
	".8byte 0x8000000000010745;\n"
	"goto l_n3_%=;\n"
	"goto l_s3_%=;\n"
	"l_n3_%=: r8 &= 31;\n"
	"l_s3_%=: .8byte 0xffffffd000010845;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: if r8 >= 40 goto l_s5_%=;\n"
	"r7 &= 31;\n"
	"l_s5_%=: if w7 == 0 goto l_s6_%=;\n"
	"r7 &= 31;\n"
	"l_s6_%=: .8byte 0x0000003f00010846;\n"
	"goto l_n7_%=;\n"
	"goto l_out_%=;\n"
	"l_n7_%=: r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_212(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 < w7 goto l_out_%=;\n"
	"w7 |= 65536;\n"
	".8byte 0xffffffff00010745;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: if r8 s>= r7 goto l_out_%=;\n"
	"w7 s>>= 11;\n"
	"r8 |= 47;\n"
	"r7 <<= 32;\n"
	"r7 s>>= 32;\n"
	"if w7 s< w8 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_213(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 s<= r8 goto l_out_%=;\n"
	"if w8 >= -1 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: r7 &= 47;\n"
	".8byte 0x000000000001874d;\n"
	"goto l_n3_%=;\n"
	"goto l_s3_%=;\n"
	"l_n3_%=: r8 &= 31;\n"
	"l_s3_%=: r8 ^= 47;\n"
	".8byte 0x0000000300010846;\n"
	"goto l_n5_%=;\n"
	"goto l_out_%=;\n"
	"l_n5_%=: w8 &= 63;\n"
	"r8 = be16 r8;\n"
	"if w7 != 32 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_214(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 != w7 goto l_s0_%=;\n"
	"r7 &= 31;\n"
	"l_s0_%=: if w7 > 0 goto l_out_%=;\n"
	"if r7 < 1 goto l_out_%=;\n"
	"if r8 == 63 goto l_out_%=;\n"
	"w7 += 65535;\n"
	"w8 -= w7;\n"
	"if r7 < r8 goto l_s6_%=;\n"
	"r8 &= 31;\n"
	"l_s6_%=: if w7 == 32 goto l_out_%=;\n"
	"r8 |= 47;\n"
	".8byte 0x0000003f00010845;\n"
	"goto l_n9_%=;\n"
	"goto l_s9_%=;\n"
	"l_n9_%=: r7 &= 31;\n"
	"l_s9_%=: r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_215(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 s>>= 14;\n"
	"r8 &= 31;\n"
	"if w8 < w7 goto l_out_%=;\n"
	"if r7 s>= r8 goto l_s3_%=;\n"
	"r8 &= 31;\n"
	"l_s3_%=: if w7 s< 16 goto l_out_%=;\n"
	"if w8 s>= 7 goto l_s5_%=;\n"
	"r8 &= 31;\n"
	"l_s5_%=: r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_216(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 == -1 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: w7 &= 47;\n"
	"w7 &= 2147483647;\n"
	"if r7 < 3 goto l_out_%=;\n"
	"r7 >>= 48;\n"
	"if r8 s>= r7 goto l_out_%=;\n"
	"r7 = -r7;\n"
	"w7 |= 7;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_217(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 s>= r7 goto l_out_%=;\n"
	"w7 &= 15;\n"
	"if w8 <= w7 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_218(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 == 2147483647 goto l_out_%=;\n"
	"if r7 s< r8 goto l_out_%=;\n"
	".8byte 0x0000000100010846;\n"
	"goto l_n2_%=;\n"
	"goto l_s2_%=;\n"
	"l_n2_%=: r7 &= 31;\n"
	"l_s2_%=: r7 >>= 55;\n"
	"w8 -= w7;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_219(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 s> 32 goto l_out_%=;\n"
	"r7 |= -2147483648;\n"
	"r8 &= 31;\n"
	"if w7 s<= 2 goto l_out_%=;\n"
	"w8 &= 47;\n"
	"if r7 > -48 goto l_out_%=;\n"
	"r7 += -48;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_220(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 != 63 goto l_out_%=;\n"
	"w8 &= 63;\n"
	"if w8 == w7 goto l_out_%=;\n"
	".8byte 0x0000002f00010746;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: if r7 <= 2147483647 goto l_s4_%=;\n"
	"r7 &= 31;\n"
	"l_s4_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_221(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0xffffffd000010845;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: if w7 == 40 goto l_out_%=;\n"
	"if r8 <= 15 goto l_s2_%=;\n"
	"r7 &= 31;\n"
	"l_s2_%=: if r7 s> r8 goto l_s3_%=;\n"
	"r7 &= 31;\n"
	"l_s3_%=: r7 &= 15;\n"
	"if w8 > w7 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_222(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 &= 2;\n"
	"w7 <<= 14;\n"
	"r8 <<= 32;\n"
	"r8 s>>= 32;\n"
	"if r7 < 48 goto l_s3_%=;\n"
	"r7 &= 31;\n"
	"l_s3_%=: r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_223(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 < 16 goto l_out_%=;\n"
	"if w8 <= w7 goto l_out_%=;\n"
	".8byte 0x0000004000010845;\n"
	"goto l_n2_%=;\n"
	"goto l_s2_%=;\n"
	"l_n2_%=: r7 &= 31;\n"
	"l_s2_%=: if r7 s< 16 goto l_out_%=;\n"
	"r8 &= 255;\n"
	"r7 = r8;\n"
	"if w8 s> 31 goto l_s6_%=;\n"
	"r7 &= 31;\n"
	"l_s6_%=: r8 *= 47;\n"
	"if w7 s>= 47 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_224(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 s>= 63 goto l_s0_%=;\n"
	"r7 &= 31;\n"
	"l_s0_%=: r8 &= 47;\n"
	"if w7 s< 2147483647 goto l_out_%=;\n"
	"if r7 s> r8 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_225(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 >>= 16;\n"
	"w7 -= w8;\n"
	"if r7 s<= -8 goto l_out_%=;\n"
	"r7 += r8;\n"
	"if r8 != -48 goto l_out_%=;\n"
	".8byte 0x000000000001874d;\n"
	"goto l_n5_%=;\n"
	"goto l_s5_%=;\n"
	"l_n5_%=: r8 &= 31;\n"
	"l_s5_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_226(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000002f00010845;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: if w8 != w7 goto l_out_%=;\n"
	"r8 = be16 r8;\n"
	"r7 |= -2147483648;\n"
	".8byte 0x0000000100010846;\n"
	"goto l_n4_%=;\n"
	"goto l_s4_%=;\n"
	"l_n4_%=: r7 &= 31;\n"
	"l_s4_%=: if r8 s>= 1 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_227(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 < 7 goto l_out_%=;\n"
	"w8 &= 63;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_228(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000000200010845;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: w7 = w7;\n"
	"w8 s>>= 31;\n"
	"w8 *= w7;\n"
	"w7 += w8;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_229(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 = w7;\n"
	"if r7 != 15 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_230(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 = w8;\n"
	"if r8 s<= r7 goto l_out_%=;\n"
	"w7 &= 63;\n"
	"if w8 == 2 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_231(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000000400010745;\n"
	"goto l_n0_%=;\n"
	"goto l_s0_%=;\n"
	"l_n0_%=: r8 &= 31;\n"
	"l_s0_%=: .8byte 0x0000003f00010746;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: if w7 > w8 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_232(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 <<= 46;\n"
	"if w8 > 32 goto l_out_%=;\n"
	"if r7 s< 7 goto l_out_%=;\n"
	"if w8 >= 2147483647 goto l_out_%=;\n"
	"r8 = -r8;\n"
	"if r8 < r7 goto l_out_%=;\n"
	"r8 &= r7;\n"
	"r7 = -r7;\n"
	"if r7 >= 31 goto l_out_%=;\n"
	"if w8 > w7 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_233(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 s> r7 goto l_out_%=;\n"
	".8byte 0x000000000001874d;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: .8byte 0xffffffff00010745;\n"
	"goto l_n2_%=;\n"
	"goto l_s2_%=;\n"
	"l_n2_%=: r7 &= 31;\n"
	"l_s2_%=: if r8 < r7 goto l_out_%=;\n"
	"if r8 s< r7 goto l_out_%=;\n"
	"if w8 <= -1 goto l_out_%=;\n"
	"if w7 s>= 1 goto l_s6_%=;\n"
	"r7 &= 31;\n"
	"l_s6_%=: .8byte 0x0000000700010845;\n"
	"goto l_n7_%=;\n"
	"goto l_out_%=;\n"
	"l_n7_%=: w7 = w7;\n"
	"if r7 != r8 goto l_s9_%=;\n"
	"r8 &= 31;\n"
	"l_s9_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_234(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 >= -8 goto l_out_%=;\n"
	"w8 >>= 10;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_235(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x7fffffff00010845;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: if r8 s>= 15 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: r8 += 2;\n"
	"w8 >>= 17;\n"
	"w8 <<= 14;\n"
	"if r8 != r7 goto l_s5_%=;\n"
	"r7 &= 31;\n"
	"l_s5_%=: .8byte 0x8000000000010846;\n"
	"goto l_n6_%=;\n"
	"goto l_out_%=;\n"
	"l_n6_%=: w7 &= 47;\n"
	"if w8 == 3 goto l_s8_%=;\n"
	"r8 &= 31;\n"
	"l_s8_%=: w8 s>>= 7;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_236(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 &= 65536;\n"
	"r7 -= -2147483648;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_237(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 += r7;\n"
	"if w8 <= 2147483647 goto l_out_%=;\n"
	"if r8 s< 2147483647 goto l_out_%=;\n"
	"if w7 s> 8 goto l_out_%=;\n"
	"w7 -= 40;\n"
	"w7 = -w7;\n"
	"if r7 != r8 goto l_out_%=;\n"
	"if r8 >= r7 goto l_out_%=;\n"
	"if w8 != 1 goto l_s8_%=;\n"
	"r7 &= 31;\n"
	"l_s8_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_238(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x000000000001874d;\n"
	"goto l_n0_%=;\n"
	"goto l_s0_%=;\n"
	"l_n0_%=: r7 &= 31;\n"
	"l_s0_%=: r8 = be16 r8;\n"
	"r7 = r8;\n"
	"w8 ^= 63;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_239(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: if r7 == r8 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_240(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 &= 63;\n"
	"w8 += w7;\n"
	"if r7 > r8 goto l_out_%=;\n"
	"r8 = be32 r8;\n"
	"if w8 s>= w7 goto l_s4_%=;\n"
	"r7 &= 31;\n"
	"l_s4_%=: w8 = w7;\n"
	"if w7 <= 2147483647 goto l_out_%=;\n"
	"w7 &= 255;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_241(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 <<= 32;\n"
	"r8 s>>= 32;\n"
	"r7 += r8;\n"
	"if r8 <= r7 goto l_s2_%=;\n"
	"r7 &= 31;\n"
	"l_s2_%=: w8 += w7;\n"
	"if r8 s> r7 goto l_out_%=;\n"
	"if w7 s>= w8 goto l_out_%=;\n"
	"w7 = w8;\n"
	"w7 >>= 19;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_242(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0xffffffd000010746;\n"
	"goto l_n0_%=;\n"
	"goto l_s0_%=;\n"
	"l_n0_%=: r8 &= 31;\n"
	"l_s0_%=: r8 = le16 r8;\n"
	"if w8 s>= w7 goto l_s2_%=;\n"
	"r7 &= 31;\n"
	"l_s2_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_243(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 s< 63 goto l_out_%=;\n"
	"if w7 s>= 47 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: .8byte 0x0000000200010845;\n"
	"goto l_n2_%=;\n"
	"goto l_s2_%=;\n"
	"l_n2_%=: r8 &= 31;\n"
	"l_s2_%=: .8byte 0x000000000001874e;\n"
	"goto l_n3_%=;\n"
	"goto l_s3_%=;\n"
	"l_n3_%=: r7 &= 31;\n"
	"l_s3_%=: .8byte 0x0000000400010745;\n"
	"goto l_n4_%=;\n"
	"goto l_s4_%=;\n"
	"l_n4_%=: r7 &= 31;\n"
	"l_s4_%=: if r7 s>= 255 goto l_s5_%=;\n"
	"r8 &= 31;\n"
	"l_s5_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_244(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 s<= w7 goto l_out_%=;\n"
	"w7 <<= 24;\n"
	"if w7 > 0 goto l_s2_%=;\n"
	"r7 &= 31;\n"
	"l_s2_%=: w7 *= 65536;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_245(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 s<= 32 goto l_out_%=;\n"
	"if r8 == -2147483648 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: w8 *= 65535;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_246(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000000400010846;\n"
	"goto l_n0_%=;\n"
	"goto l_s0_%=;\n"
	"l_n0_%=: r7 &= 31;\n"
	"l_s0_%=: w8 &= 15;\n"
	"w8 = w8;\n"
	"w8 &= 7;\n"
	"if r8 > 0 goto l_out_%=;\n"
	"r8 &= 15;\n"
	"r7 &= 65535;\n"
	"w8 &= 2;\n"
	".8byte 0x0000000200010845;\n"
	"goto l_n8_%=;\n"
	"goto l_out_%=;\n"
	"l_n8_%=: r7 &= 7;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_247(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 < 48 goto l_out_%=;\n"
	"w8 = -w8;\n"
	".8byte 0x000000000001874e;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: if r8 > -2147483648 goto l_out_%=;\n"
	"if w7 s>= 7 goto l_s4_%=;\n"
	"r7 &= 31;\n"
	"l_s4_%=: if w8 s<= w7 goto l_out_%=;\n"
	".8byte 0x0000000400010746;\n"
	"goto l_n6_%=;\n"
	"goto l_out_%=;\n"
	"l_n6_%=: if w7 s<= w8 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_248(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 |= w7;\n"
	"r8 = be32 r8;\n"
	"r7 >>= 37;\n"
	"r8 ^= r7;\n"
	"w8 = w8;\n"
	".8byte 0x0000000200010845;\n"
	"goto l_n5_%=;\n"
	"goto l_out_%=;\n"
	"l_n5_%=: if r8 s< r7 goto l_s6_%=;\n"
	"r8 &= 31;\n"
	"l_s6_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_249(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 > w7 goto l_out_%=;\n"
	"r7 &= 63;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_250(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 |= r8;\n"
	"r8 &= 47;\n"
	"if r8 == r7 goto l_out_%=;\n"
	"w8 += -2147483648;\n"
	"r8 = r7;\n"
	"r8 = be16 r8;\n"
	"if r8 s> -1 goto l_out_%=;\n"
	"w7 *= 3;\n"
	"r7 = be32 r7;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_251(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 += 1;\n"
	"r8 *= 3;\n"
	"r8 *= 1;\n"
	"if w7 == w8 goto l_out_%=;\n"
	"if r7 < 8 goto l_out_%=;\n"
	"if r7 s>= -8 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_252(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 s>>= 1;\n"
	"w7 -= 2;\n"
	"r7 = r8;\n"
	"if w7 s> w8 goto l_s3_%=;\n"
	"r8 &= 31;\n"
	"l_s3_%=: r7 += 3;\n"
	"if w8 >= w7 goto l_out_%=;\n"
	"w7 += 3;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_253(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000003f00010845;\n"
	"goto l_n0_%=;\n"
	"goto l_s0_%=;\n"
	"l_n0_%=: r7 &= 31;\n"
	"l_s0_%=: if r7 s< r8 goto l_out_%=;\n"
	"r7 <<= 32;\n"
	"r7 s>>= 32;\n"
	"if r8 >= r7 goto l_s3_%=;\n"
	"r7 &= 31;\n"
	"l_s3_%=: if w8 s> 0 goto l_out_%=;\n"
	"w7 ^= 63;\n"
	"r7 -= 47;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_254(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 |= -2147483648;\n"
	"w8 >>= 19;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_255(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 = w8;\n"
	"if w7 > 15 goto l_out_%=;\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n2_%=;\n"
	"goto l_s2_%=;\n"
	"l_n2_%=: r7 &= 31;\n"
	"l_s2_%=: r7 &= 15;\n"
	"r7 = be32 r7;\n"
	"if r7 s< -1 goto l_s5_%=;\n"
	"r8 &= 31;\n"
	"l_s5_%=: w7 s>>= 10;\n"
	"if r7 != 47 goto l_out_%=;\n"
	"w7 &= 15;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_256(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 s<= 16 goto l_out_%=;\n"
	"r7 s>>= 37;\n"
	"if r7 <= 40 goto l_out_%=;\n"
	"if w8 == 1 goto l_out_%=;\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n4_%=;\n"
	"goto l_s4_%=;\n"
	"l_n4_%=: r8 &= 31;\n"
	"l_s4_%=: if r7 s< -1 goto l_out_%=;\n"
	"if r7 != r8 goto l_s6_%=;\n"
	"r8 &= 31;\n"
	"l_s6_%=: if r8 s>= 2147483647 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_257(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: if w8 s>= w7 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: w8 <<= 16;\n"
	"if w7 > 32 goto l_s3_%=;\n"
	"r8 &= 31;\n"
	"l_s3_%=: w8 += w7;\n"
	"w8 &= 63;\n"
	"if w7 s< w8 goto l_out_%=;\n"
	"w7 &= 63;\n"
	"if w7 < 32 goto l_s8_%=;\n"
	"r7 &= 31;\n"
	"l_s8_%=: .8byte 0x000000000001784d;\n"
	"goto l_n9_%=;\n"
	"goto l_s9_%=;\n"
	"l_n9_%=: r8 &= 31;\n"
	"l_s9_%=: r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_258(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 s>= 255 goto l_out_%=;\n"
	"w7 |= 65536;\n"
	"r7 s>>= 43;\n"
	"r8 <<= 21;\n"
	"w7 = -w7;\n"
	"if r8 s<= 40 goto l_s5_%=;\n"
	"r7 &= 31;\n"
	"l_s5_%=: r7 = le16 r7;\n"
	"if r8 < 48 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_259(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 < w8 goto l_out_%=;\n"
	"if r7 s>= r8 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_260(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 |= 65536;\n"
	"if r8 == 7 goto l_out_%=;\n"
	"if w8 s>= w7 goto l_s2_%=;\n"
	"r8 &= 31;\n"
	"l_s2_%=: r7 s>>= 30;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_261(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000000700010745;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: if r8 s< 16 goto l_out_%=;\n"
	"if r7 == 7 goto l_out_%=;\n"
	"r7 += 65535;\n"
	"w8 &= 255;\n"
	"w7 &= 63;\n"
	"if w8 == 3 goto l_s6_%=;\n"
	"r8 &= 31;\n"
	"l_s6_%=: if w7 <= w8 goto l_out_%=;\n"
	".8byte 0x0000003000010846;\n"
	"goto l_n8_%=;\n"
	"goto l_s8_%=;\n"
	"l_n8_%=: r7 &= 31;\n"
	"l_s8_%=: if r7 == 31 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_262(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000000700010846;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: .8byte 0x0000ffff00010745;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: w7 <<= 25;\n"
	"r7 = be16 r7;\n"
	"r7 ^= r8;\n"
	"if w8 s< 3 goto l_out_%=;\n"
	"r8 &= 31;\n"
	"r7 -= r8;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_263(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 s>= r8 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: w8 s>>= 2;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_264(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 <<= 20;\n"
	"if r7 <= r8 goto l_out_%=;\n"
	"w8 s>>= 13;\n"
	"w8 s>>= 21;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_265(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 |= 65536;\n"
	"w8 &= 7;\n"
	"r8 >>= 11;\n"
	"r7 = r8;\n"
	"w7 >>= 10;\n"
	"w8 <<= 7;\n"
	"if w7 != w8 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_266(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 s>>= 7;\n"
	"r8 += r7;\n"
	"if r7 s<= r8 goto l_out_%=;\n"
	"r7 = le16 r7;\n"
	"r7 = r8;\n"
	"r7 &= 65535;\n"
	".8byte 0x0000003f00010845;\n"
	"goto l_n6_%=;\n"
	"goto l_s6_%=;\n"
	"l_n6_%=: r8 &= 31;\n"
	"l_s6_%=: if w7 s>= 0 goto l_out_%=;\n"
	"r7 = le16 r7;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_267(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 >= 48 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: if r8 s< 2147483647 goto l_out_%=;\n"
	"r7 ^= 47;\n"
	"r8 = be32 r8;\n"
	"if w8 >= -48 goto l_s4_%=;\n"
	"r7 &= 31;\n"
	"l_s4_%=: if w8 s<= w7 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_268(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 &= 255;\n"
	".8byte 0x0000003000010745;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: if w7 < 1 goto l_out_%=;\n"
	".8byte 0x0000000100010845;\n"
	"goto l_n3_%=;\n"
	"goto l_s3_%=;\n"
	"l_n3_%=: r8 &= 31;\n"
	"l_s3_%=: if w7 != 2147483647 goto l_out_%=;\n"
	"w7 += 40;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_269(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 -= r8;\n"
	"w8 &= 63;\n"
	"w8 &= 31;\n"
	"r7 ^= r8;\n"
	"w8 -= -2147483648;\n"
	"if r8 != 2 goto l_s5_%=;\n"
	"r8 &= 31;\n"
	"l_s5_%=: if r8 s<= -2147483648 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_270(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 = w7;\n"
	"r7 |= 3;\n"
	"w7 >>= 3;\n"
	"if r7 < r8 goto l_out_%=;\n"
	"r8 *= -48;\n"
	"if w8 < w7 goto l_out_%=;\n"
	"r8 = be32 r8;\n"
	"if r7 s<= r8 goto l_out_%=;\n"
	"if w7 s<= 31 goto l_s8_%=;\n"
	"r8 &= 31;\n"
	"l_s8_%=: w8 += w7;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_271(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 &= r8;\n"
	"if w8 < w7 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: r8 s>>= 52;\n"
	"if w8 s>= -1 goto l_out_%=;\n"
	"w7 &= 15;\n"
	"r7 |= 1;\n"
	"w7 s>>= 7;\n"
	"if r7 <= r8 goto l_s7_%=;\n"
	"r8 &= 31;\n"
	"l_s7_%=: r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_272(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 ^= w8;\n"
	"if r8 s>= r7 goto l_out_%=;\n"
	"w7 <<= 10;\n"
	"if r7 != 63 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_273(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000003f00010845;\n"
	"goto l_n0_%=;\n"
	"goto l_s0_%=;\n"
	"l_n0_%=: r7 &= 31;\n"
	"l_s0_%=: w7 |= 2147483647;\n"
	"if w8 <= -1 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_274(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 &= 63;\n"
	"if r8 >= r7 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_275(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 == 16 goto l_out_%=;\n"
	"if r8 s> 47 goto l_out_%=;\n"
	"if r7 s< r8 goto l_out_%=;\n"
	"if r8 > 16 goto l_out_%=;\n"
	"w8 += 2;\n"
	"if w8 s<= -48 goto l_s5_%=;\n"
	"r7 &= 31;\n"
	"l_s5_%=: r7 s>>= 17;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_276(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 &= 255;\n"
	"r8 = be32 r8;\n"
	"if r8 s< r7 goto l_out_%=;\n"
	".8byte 0x8000000000010846;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: if r7 s<= r8 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_277(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 &= 63;\n"
	"if w7 > 8 goto l_out_%=;\n"
	"w8 += -2147483648;\n"
	"if r8 <= -48 goto l_out_%=;\n"
	"r7 -= 2;\n"
	".8byte 0xffffffff00010745;\n"
	"goto l_n5_%=;\n"
	"goto l_out_%=;\n"
	"l_n5_%=: r7 = be32 r7;\n"
	"if w8 s< 48 goto l_s7_%=;\n"
	"r7 &= 31;\n"
	"l_s7_%=: r7 &= 255;\n"
	"r7 &= r8;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_278(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 > 7 goto l_out_%=;\n"
	".8byte 0x000000000001874d;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: .8byte 0x000000000001874e;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: .8byte 0x0000004000010846;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: w8 -= w7;\n"
	"r8 -= -1;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_279(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 < w8 goto l_out_%=;\n"
	"r7 = be16 r7;\n"
	"r7 s>>= 9;\n"
	"w7 s>>= 5;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_280(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 s<= w8 goto l_out_%=;\n"
	".8byte 0x7fffffff00010746;\n"
	"goto l_n1_%=;\n"
	"goto l_s1_%=;\n"
	"l_n1_%=: r8 &= 31;\n"
	"l_s1_%=: r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_281(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 s>>= 7;\n"
	"if r8 != 2147483647 goto l_out_%=;\n"
	"if r7 s> r8 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_282(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 s> 2147483647 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: if w7 != w8 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: if r7 >= 3 goto l_out_%=;\n"
	"r8 s>>= 1;\n"
	"r8 <<= 32;\n"
	"r8 s>>= 32;\n"
	"w8 <<= 20;\n"
	"r8 <<= 58;\n"
	"r7 = be32 r7;\n"
	"if w8 != w7 goto l_s8_%=;\n"
	"r7 &= 31;\n"
	"l_s8_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_283(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 < r7 goto l_out_%=;\n"
	"r7 |= r8;\n"
	".8byte 0x0000002800010846;\n"
	"goto l_n2_%=;\n"
	"goto l_s2_%=;\n"
	"l_n2_%=: r7 &= 31;\n"
	"l_s2_%=: w7 s>>= 21;\n"
	".8byte 0x0000004000010845;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: .8byte 0x0000003f00010845;\n"
	"goto l_n5_%=;\n"
	"goto l_s5_%=;\n"
	"l_n5_%=: r7 &= 31;\n"
	"l_s5_%=: r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_284(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 s> 4 goto l_out_%=;\n"
	"if w8 s> w7 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_285(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 &= 63;\n"
	"if w7 > w8 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: .8byte 0x7fffffff00010745;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: w7 s>>= 18;\n"
	"r7 = -r7;\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n5_%=;\n"
	"goto l_s5_%=;\n"
	"l_n5_%=: r7 &= 31;\n"
	"l_s5_%=: w8 ^= 63;\n"
	"if w7 >= -1 goto l_out_%=;\n"
	"if r7 s<= 4 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_286(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 |= 65536;\n"
	"w7 s>>= 17;\n"
	"w8 += 2147483647;\n"
	".8byte 0x0000000400010746;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_287(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 &= 7;\n"
	"w8 *= w7;\n"
	"w7 &= 255;\n"
	"if w8 >= w7 goto l_out_%=;\n"
	".8byte 0xffffffff00010846;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: r7 = le16 r7;\n"
	"if w7 s> 16 goto l_s6_%=;\n"
	"r7 &= 31;\n"
	"l_s6_%=: r7 = r8;\n"
	".8byte 0x000000000001874d;\n"
	"goto l_n8_%=;\n"
	"goto l_out_%=;\n"
	"l_n8_%=: if w8 s<= 16 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_288(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 *= 7;\n"
	".8byte 0xffffffff00010745;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: if w8 == 32 goto l_s2_%=;\n"
	"r8 &= 31;\n"
	"l_s2_%=: r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_289(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 s>>= 31;\n"
	"if w8 s> 8 goto l_out_%=;\n"
	"if r8 s<= r7 goto l_s2_%=;\n"
	"r8 &= 31;\n"
	"l_s2_%=: w8 s>>= 31;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_290(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000002f00010846;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: .8byte 0x8000000000010846;\n"
	"goto l_n1_%=;\n"
	"goto l_s1_%=;\n"
	"l_n1_%=: r8 &= 31;\n"
	"l_s1_%=: r8 &= 63;\n"
	"r8 |= -2147483648;\n"
	"if w7 >= 255 goto l_out_%=;\n"
	"r7 &= 255;\n"
	"if w7 s< 15 goto l_s6_%=;\n"
	"r8 &= 31;\n"
	"l_s6_%=: if w7 >= w8 goto l_s7_%=;\n"
	"r8 &= 31;\n"
	"l_s7_%=: if r7 s< r8 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_291(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 &= 31;\n"
	".8byte 0x0000002f00010746;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_292(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 == 2147483647 goto l_out_%=;\n"
	"if r7 s< r8 goto l_out_%=;\n"
	"if w8 s<= w7 goto l_s2_%=;\n"
	"r8 &= 31;\n"
	"l_s2_%=: if w8 != 2 goto l_out_%=;\n"
	"if r8 s> -1 goto l_out_%=;\n"
	"if r7 != r8 goto l_out_%=;\n"
	"w8 = w7;\n"
	".8byte 0x0001000000010845;\n"
	"goto l_n7_%=;\n"
	"goto l_out_%=;\n"
	"l_n7_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_293(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 &= 47;\n"
	"w8 *= 47;\n"
	"if r7 s< 2147483647 goto l_out_%=;\n"
	"w7 <<= 5;\n"
	"if r7 s< 0 goto l_out_%=;\n"
	"r7 &= 47;\n"
	"if w8 > w7 goto l_s6_%=;\n"
	"r8 &= 31;\n"
	"l_s6_%=: .8byte 0x0000002800010845;\n"
	"goto l_n7_%=;\n"
	"goto l_out_%=;\n"
	"l_n7_%=: r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_294(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 <<= 32;\n"
	"r8 s>>= 32;\n"
	"if w7 < w8 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: if r7 < r8 goto l_out_%=;\n"
	"if w8 <= w7 goto l_out_%=;\n"
	"r8 ^= 3;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_295(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 < 3 goto l_out_%=;\n"
	"if w7 s< w8 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_296(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 *= r7;\n"
	"r8 = be32 r8;\n"
	"if w7 >= w8 goto l_s2_%=;\n"
	"r8 &= 31;\n"
	"l_s2_%=: w8 &= 7;\n"
	"if r8 > 48 goto l_s4_%=;\n"
	"r7 &= 31;\n"
	"l_s4_%=: w8 &= 15;\n"
	"r8 *= 3;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_297(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 = be32 r8;\n"
	"r8 &= 31;\n"
	"if w8 >= w7 goto l_out_%=;\n"
	"w7 += 47;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_298(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 |= -1;\n"
	"if r7 s>= 0 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: if w8 s>= 32 goto l_s2_%=;\n"
	"r7 &= 31;\n"
	"l_s2_%=: r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_299(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 <= 63 goto l_out_%=;\n"
	"w8 = w7;\n"
	"w7 >>= 0;\n"
	"if w7 >= 16 goto l_out_%=;\n"
	"if r8 >= 4 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_300(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 <<= 18;\n"
	"if r7 s> 3 goto l_out_%=;\n"
	"if w8 >= 32 goto l_s2_%=;\n"
	"r7 &= 31;\n"
	"l_s2_%=: if w7 s> -1 goto l_out_%=;\n"
	"r8 |= 2147483647;\n"
	"w7 &= 7;\n"
	"w8 *= -2147483648;\n"
	"if r8 s> r7 goto l_out_%=;\n"
	"if r8 s> 47 goto l_out_%=;\n"
	".8byte 0x0000000400010845;\n"
	"goto l_n9_%=;\n"
	"goto l_out_%=;\n"
	"l_n9_%=: r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_301(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 != 4 goto l_out_%=;\n"
	"if w7 <= 63 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: w8 s>>= 27;\n"
	"if w8 s< 2147483647 goto l_s3_%=;\n"
	"r7 &= 31;\n"
	"l_s3_%=: w7 &= 47;\n"
	".8byte 0x0000003f00010846;\n"
	"goto l_n5_%=;\n"
	"goto l_out_%=;\n"
	"l_n5_%=: .8byte 0x000000000001784d;\n"
	"goto l_n6_%=;\n"
	"goto l_out_%=;\n"
	"l_n6_%=: .8byte 0x0000003000010745;\n"
	"goto l_n7_%=;\n"
	"goto l_out_%=;\n"
	"l_n7_%=: if r8 >= r7 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_302(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 s>= -48 goto l_out_%=;\n"
	"w8 &= -2147483648;\n"
	"if w7 < w8 goto l_out_%=;\n"
	"if r7 s<= 255 goto l_s3_%=;\n"
	"r7 &= 31;\n"
	"l_s3_%=: if w7 s> -1 goto l_s4_%=;\n"
	"r8 &= 31;\n"
	"l_s4_%=: if w7 s> -8 goto l_out_%=;\n"
	"r7 = be32 r7;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_303(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 &= 63;\n"
	".8byte 0xffffffd000010745;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: if r8 <= r7 goto l_s2_%=;\n"
	"r7 &= 31;\n"
	"l_s2_%=: if r7 > 7 goto l_out_%=;\n"
	"if r8 s>= 32 goto l_out_%=;\n"
	"if r8 < 1 goto l_out_%=;\n"
	"r8 *= 1;\n"
	"if r8 != 16 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_304(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 s< 0 goto l_out_%=;\n"
	"if r7 s< 15 goto l_out_%=;\n"
	"if w7 >= w8 goto l_out_%=;\n"
	"w8 -= 65536;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_305(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 == 255 goto l_out_%=;\n"
	"r8 &= 47;\n"
	"r8 <<= 0;\n"
	".8byte 0x000000000001874d;\n"
	"goto l_n3_%=;\n"
	"goto l_s3_%=;\n"
	"l_n3_%=: r8 &= 31;\n"
	"l_s3_%=: if w8 < 3 goto l_out_%=;\n"
	"w7 = -w7;\n"
	".8byte 0x0000003000010746;\n"
	"goto l_n6_%=;\n"
	"goto l_out_%=;\n"
	"l_n6_%=: r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_306(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 ^= r8;\n"
	".8byte 0x0000000400010746;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: .8byte 0x0000ffff00010845;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: if r8 s> 255 goto l_out_%=;\n"
	"if r8 s< 47 goto l_out_%=;\n"
	"if w8 s> w7 goto l_s5_%=;\n"
	"r7 &= 31;\n"
	"l_s5_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_307(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 *= 47;\n"
	"w8 >>= 30;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_308(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 <<= 32;\n"
	"r7 s>>= 32;\n"
	"if w7 > 48 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_309(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 >>= 17;\n"
	"if r7 s<= 48 goto l_out_%=;\n"
	"if w7 == -48 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_310(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 = r7;\n"
	"if w7 s> 1 goto l_out_%=;\n"
	"r8 = be16 r8;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_311(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 != 2 goto l_out_%=;\n"
	"r8 *= 7;\n"
	"if r7 s<= 7 goto l_out_%=;\n"
	"if r7 s<= r8 goto l_out_%=;\n"
	"if w7 != w8 goto l_out_%=;\n"
	"w7 &= 63;\n"
	"w8 &= 31;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_312(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000002800010746;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: r7 &= 255;\n"
	"r7 -= 2;\n"
	"r7 ^= r8;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_313(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 -= 2147483647;\n"
	"if r7 < -8 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: .8byte 0x000000000001784e;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: if w7 > 2147483647 goto l_out_%=;\n"
	"if r7 s> r8 goto l_s4_%=;\n"
	"r8 &= 31;\n"
	"l_s4_%=: w7 &= 63;\n"
	"if w8 == w7 goto l_out_%=;\n"
	"if w7 != 63 goto l_out_%=;\n"
	"if r8 s<= -48 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_314(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 ^= 47;\n"
	"w7 &= 65535;\n"
	"w8 += 63;\n"
	"w7 ^= 40;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_315(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 &= 63;\n"
	"if w8 <= w7 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: r7 = le16 r7;\n"
	"if r7 != 40 goto l_out_%=;\n"
	"if w8 s<= w7 goto l_s4_%=;\n"
	"r7 &= 31;\n"
	"l_s4_%=: r8 &= 255;\n"
	"if r7 < 0 goto l_s6_%=;\n"
	"r7 &= 31;\n"
	"l_s6_%=: w8 &= 47;\n"
	"if w8 >= 8 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_316(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 -= r8;\n"
	"r7 = be32 r7;\n"
	".8byte 0xffffffff00010845;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: r7 = be32 r7;\n"
	"if w8 s<= 16 goto l_s4_%=;\n"
	"r7 &= 31;\n"
	"l_s4_%=: if w8 < w7 goto l_s5_%=;\n"
	"r8 &= 31;\n"
	"l_s5_%=: if r8 <= r7 goto l_out_%=;\n"
	".8byte 0x0000ffff00010845;\n"
	"goto l_n7_%=;\n"
	"goto l_out_%=;\n"
	"l_n7_%=: w8 -= 47;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_317(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 s>= r7 goto l_out_%=;\n"
	"if r8 == r7 goto l_out_%=;\n"
	"if w7 == w8 goto l_out_%=;\n"
	"r8 = le16 r8;\n"
	"if r8 s<= r7 goto l_out_%=;\n"
	"if r7 s>= 2147483647 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_318(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 s< 3 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: w7 ^= 65536;\n"
	"w8 &= 7;\n"
	"if r7 s< -1 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_319(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 > r7 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: if r8 > -1 goto l_out_%=;\n"
	"r8 += -1;\n"
	"r7 >>= 21;\n"
	"w8 = w7;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_320(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 s>= w7 goto l_s0_%=;\n"
	"r7 &= 31;\n"
	"l_s0_%=: if r7 > r8 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: if w8 s<= w7 goto l_s2_%=;\n"
	"r7 &= 31;\n"
	"l_s2_%=: if w8 <= 2 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_321(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 &= -1;\n"
	"if w8 != w7 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_322(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 ^= 7;\n"
	"w7 = w8;\n"
	"if w8 < w7 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_323(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 <= 0 goto l_out_%=;\n"
	"if r8 s>= r7 goto l_out_%=;\n"
	"r8 = be16 r8;\n"
	"w8 >>= 20;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_324(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 > -2147483648 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: if w8 s>= w7 goto l_out_%=;\n"
	"r7 ^= 65535;\n"
	"r7 = r8;\n"
	"if r8 < r7 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_325(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 == w7 goto l_out_%=;\n"
	"r8 ^= 1;\n"
	".8byte 0x000000000001874e;\n"
	"goto l_n2_%=;\n"
	"goto l_s2_%=;\n"
	"l_n2_%=: r7 &= 31;\n"
	"l_s2_%=: .8byte 0x0000000700010845;\n"
	"goto l_n3_%=;\n"
	"goto l_s3_%=;\n"
	"l_n3_%=: r7 &= 31;\n"
	"l_s3_%=: r7 = le16 r7;\n"
	"w8 &= 63;\n"
	"if w7 s<= 16 goto l_out_%=;\n"
	".8byte 0x7fffffff00010746;\n"
	"goto l_n7_%=;\n"
	"goto l_out_%=;\n"
	"l_n7_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_326(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000ffff00010746;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: if r7 <= r8 goto l_out_%=;\n"
	"if w7 s<= w8 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_327(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x000000000001874d;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: if r8 > 48 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: w8 = w8;\n"
	"if r8 > 32 goto l_out_%=;\n"
	"if r8 != r7 goto l_s4_%=;\n"
	"r8 &= 31;\n"
	"l_s4_%=: r8 &= 65536;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_328(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 s> 2147483647 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: w8 >>= 18;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_329(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 -= 2147483647;\n"
	"if w8 s< w7 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: if w7 s<= w8 goto l_s2_%=;\n"
	"r8 &= 31;\n"
	"l_s2_%=: r8 &= 7;\n"
	"if w8 != 2147483647 goto l_s4_%=;\n"
	"r7 &= 31;\n"
	"l_s4_%=: r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_330(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 &= 255;\n"
	".8byte 0x000000000001874d;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: w8 -= 40;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_331(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 < 31 goto l_out_%=;\n"
	"if r8 s> r7 goto l_out_%=;\n"
	"if w8 s> 47 goto l_out_%=;\n"
	"r7 += 1;\n"
	"r8 -= r7;\n"
	"r8 = le16 r8;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_332(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 >>= 4;\n"
	"if w7 > 2147483647 goto l_out_%=;\n"
	"if w8 s> w7 goto l_out_%=;\n"
	"if r8 s> 8 goto l_out_%=;\n"
	"w8 -= 47;\n"
	"if r8 <= -8 goto l_s5_%=;\n"
	"r7 &= 31;\n"
	"l_s5_%=: if w8 != 1 goto l_s6_%=;\n"
	"r8 &= 31;\n"
	"l_s6_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_333(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 >>= 2;\n"
	"if r8 < 2147483647 goto l_out_%=;\n"
	"w8 *= 47;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_334(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 s>= r8 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: if r7 s> r8 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: if r8 s<= r7 goto l_out_%=;\n"
	"if w7 s<= -1 goto l_s3_%=;\n"
	"r8 &= 31;\n"
	"l_s3_%=: r7 += 2;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_335(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 -= 63;\n"
	"r7 ^= 65536;\n"
	".8byte 0x0001000000010845;\n"
	"goto l_n2_%=;\n"
	"goto l_s2_%=;\n"
	"l_n2_%=: r8 &= 31;\n"
	"l_s2_%=: w8 s>>= 13;\n"
	"if w8 s> w7 goto l_out_%=;\n"
	"if r7 s< 2147483647 goto l_s5_%=;\n"
	"r7 &= 31;\n"
	"l_s5_%=: if r8 s> 3 goto l_out_%=;\n"
	"if r8 <= r7 goto l_s7_%=;\n"
	"r8 &= 31;\n"
	"l_s7_%=: w8 &= w7;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_336(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 != 0 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: if r7 s<= -1 goto l_out_%=;\n"
	"if r8 == r7 goto l_out_%=;\n"
	"w7 = w8;\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: r8 &= 15;\n"
	"if r7 s> 2147483647 goto l_out_%=;\n"
	"r8 |= 65536;\n"
	"if w8 != w7 goto l_out_%=;\n"
	"r7 &= 47;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_337(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0xffffffff00010846;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: if w7 s> 2 goto l_out_%=;\n"
	"if w8 > 4 goto l_out_%=;\n"
	"if w7 s> 16 goto l_s3_%=;\n"
	"r7 &= 31;\n"
	"l_s3_%=: if r7 <= r8 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_338(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000003000010845;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: if r8 >= 16 goto l_out_%=;\n"
	"if w7 < 8 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_339(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 <= 2147483647 goto l_out_%=;\n"
	"if r8 s<= 2 goto l_out_%=;\n"
	"if r7 s< r8 goto l_out_%=;\n"
	"if w8 < w7 goto l_out_%=;\n"
	"if w8 >= 15 goto l_s4_%=;\n"
	"r8 &= 31;\n"
	"l_s4_%=: r8 >>= 45;\n"
	"if r7 >= r8 goto l_s6_%=;\n"
	"r8 &= 31;\n"
	"l_s6_%=: r7 ^= 3;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_340(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 <= r8 goto l_s0_%=;\n"
	"r7 &= 31;\n"
	"l_s0_%=: if r7 >= 2147483647 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: if w8 < 8 goto l_s2_%=;\n"
	"r8 &= 31;\n"
	"l_s2_%=: w7 &= 47;\n"
	"w8 <<= 2;\n"
	"r8 = r7;\n"
	"r7 &= 47;\n"
	"if w8 s< -48 goto l_s7_%=;\n"
	"r8 &= 31;\n"
	"l_s7_%=: w8 |= -1;\n"
	"if r8 > 32 goto l_s9_%=;\n"
	"r8 &= 31;\n"
	"l_s9_%=: r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_341(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 |= -48;\n"
	".8byte 0x000000000001874d;\n"
	"goto l_n1_%=;\n"
	"goto l_s1_%=;\n"
	"l_n1_%=: r7 &= 31;\n"
	"l_s1_%=: if w8 == 8 goto l_s2_%=;\n"
	"r8 &= 31;\n"
	"l_s2_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_342(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000000400010845;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: if r7 >= r8 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: if r7 s<= 15 goto l_out_%=;\n"
	"r8 <<= 32;\n"
	"r8 s>>= 32;\n"
	"r8 = r7;\n"
	".8byte 0x000000000001874e;\n"
	"goto l_n5_%=;\n"
	"goto l_out_%=;\n"
	"l_n5_%=: w7 &= 7;\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n7_%=;\n"
	"goto l_out_%=;\n"
	"l_n7_%=: r8 -= -2147483648;\n"
	"w7 *= w8;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_343(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 ^= r7;\n"
	"if r8 < 15 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: .8byte 0xffffffff00010845;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_344(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 = le16 r7;\n"
	"if w7 == 31 goto l_out_%=;\n"
	".8byte 0x0000000400010846;\n"
	"goto l_n2_%=;\n"
	"goto l_s2_%=;\n"
	"l_n2_%=: r8 &= 31;\n"
	"l_s2_%=: if r7 s<= 1 goto l_s3_%=;\n"
	"r8 &= 31;\n"
	"l_s3_%=: r8 = le16 r8;\n"
	"if w8 == 255 goto l_s5_%=;\n"
	"r8 &= 31;\n"
	"l_s5_%=: r8 -= 1;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_345(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 < 4 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: if w8 > 8 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: if w8 s<= 2 goto l_out_%=;\n"
	"if r7 s<= 1 goto l_out_%=;\n"
	"if r8 <= 31 goto l_out_%=;\n"
	"if r7 > -48 goto l_out_%=;\n"
	"w8 = w8;\n"
	"r7 >>= 11;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_346(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 >>= 4;\n"
	"if w7 > w8 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: r7 <<= 35;\n"
	"r7 = be32 r7;\n"
	"if r8 s<= r7 goto l_s4_%=;\n"
	"r7 &= 31;\n"
	"l_s4_%=: w7 &= 255;\n"
	"if w8 < 1 goto l_out_%=;\n"
	"r8 <<= 18;\n"
	"if r8 s< r7 goto l_s8_%=;\n"
	"r7 &= 31;\n"
	"l_s8_%=: if w7 <= 63 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_347(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 <<= 15;\n"
	"r8 &= 7;\n"
	"if w8 >= w7 goto l_s2_%=;\n"
	"r7 &= 31;\n"
	"l_s2_%=: if w7 != 8 goto l_s3_%=;\n"
	"r8 &= 31;\n"
	"l_s3_%=: .8byte 0x0000000300010746;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: r8 <<= 18;\n"
	"if r7 <= r8 goto l_out_%=;\n"
	"w8 |= -2147483648;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_348(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x000000000001784d;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: r7 &= 7;\n"
	"if w7 s>= 255 goto l_out_%=;\n"
	"if w7 s>= 1 goto l_out_%=;\n"
	".8byte 0x0000000200010746;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: r7 s>>= 41;\n"
	"r7 &= 63;\n"
	".8byte 0x0000000400010845;\n"
	"goto l_n7_%=;\n"
	"goto l_out_%=;\n"
	"l_n7_%=: r8 = be32 r8;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_349(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 = w8;\n"
	"w7 += -1;\n"
	"r8 s>>= 60;\n"
	"if r8 > 1 goto l_out_%=;\n"
	"r8 = r7;\n"
	"if r8 == 31 goto l_s5_%=;\n"
	"r8 &= 31;\n"
	"l_s5_%=: if r8 s> r7 goto l_out_%=;\n"
	"if w7 != 40 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_350(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 += 63;\n"
	".8byte 0x0000003f00010746;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: .8byte 0x0000003000010846;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: w8 ^= 47;\n"
	"if r8 s<= 4 goto l_out_%=;\n"
	"w7 s>>= 0;\n"
	"r7 ^= 65536;\n"
	"r8 &= 63;\n"
	"r7 = be16 r7;\n"
	"if w8 <= w7 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_351(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 <<= 33;\n"
	"w8 &= 47;\n"
	"w8 = w7;\n"
	"w8 = w7;\n"
	"r8 &= 255;\n"
	"w7 *= 1;\n"
	"if w7 == 31 goto l_out_%=;\n"
	"w8 &= 63;\n"
	"w7 = -w7;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_352(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 >= r8 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: w7 <<= 31;\n"
	"r7 += 3;\n"
	"if w7 s> w8 goto l_s3_%=;\n"
	"r7 &= 31;\n"
	"l_s3_%=: r7 *= r8;\n"
	"if r7 s> r8 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_353(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 > 40 goto l_out_%=;\n"
	"r8 = be16 r8;\n"
	".8byte 0x000000000001784d;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: r7 *= -48;\n"
	"if w8 s< 63 goto l_out_%=;\n"
	"w7 = -w7;\n"
	"r8 &= 63;\n"
	"if r8 == 31 goto l_out_%=;\n"
	"w7 = w8;\n"
	"r8 += 47;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_354(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 &= 63;\n"
	"if r7 == 40 goto l_out_%=;\n"
	"r8 *= 40;\n"
	"if r8 > 40 goto l_s3_%=;\n"
	"r8 &= 31;\n"
	"l_s3_%=: r7 |= 47;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_355(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 -= 63;\n"
	"if r7 == 8 goto l_out_%=;\n"
	"r7 &= 15;\n"
	"if r7 > 7 goto l_out_%=;\n"
	"if r8 s< 16 goto l_s4_%=;\n"
	"r8 &= 31;\n"
	"l_s4_%=: r7 += r8;\n"
	".8byte 0x0000000200010845;\n"
	"goto l_n6_%=;\n"
	"goto l_s6_%=;\n"
	"l_n6_%=: r8 &= 31;\n"
	"l_s6_%=: if w8 != 2147483647 goto l_out_%=;\n"
	"if r8 s> r7 goto l_out_%=;\n"
	"if w8 s>= -8 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_356(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 s<= r7 goto l_out_%=;\n"
	"if w8 s> -2147483648 goto l_out_%=;\n"
	"if r8 == 4 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_357(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 &= 255;\n"
	".8byte 0x0000004000010845;\n"
	"goto l_n1_%=;\n"
	"goto l_s1_%=;\n"
	"l_n1_%=: r7 &= 31;\n"
	"l_s1_%=: .8byte 0x0000003000010745;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: w8 &= 15;\n"
	"if w7 > 1 goto l_out_%=;\n"
	"if r8 == 7 goto l_s5_%=;\n"
	"r7 &= 31;\n"
	"l_s5_%=: r7 ^= r8;\n"
	"if r7 < 2147483647 goto l_s7_%=;\n"
	"r8 &= 31;\n"
	"l_s7_%=: .8byte 0x8000000000010746;\n"
	"goto l_n8_%=;\n"
	"goto l_out_%=;\n"
	"l_n8_%=: .8byte 0x000000000001874e;\n"
	"goto l_n9_%=;\n"
	"goto l_s9_%=;\n"
	"l_n9_%=: r7 &= 31;\n"
	"l_s9_%=: r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_358(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 s> 7 goto l_out_%=;\n"
	"w7 |= 65535;\n"
	".8byte 0x0000004000010745;\n"
	"goto l_n2_%=;\n"
	"goto l_s2_%=;\n"
	"l_n2_%=: r8 &= 31;\n"
	"l_s2_%=: r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_359(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 *= w7;\n"
	"r8 <<= 48;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_360(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 &= 15;\n"
	"w8 <<= 2;\n"
	"w8 -= 2147483647;\n"
	"w7 &= 7;\n"
	"if r7 >= 4 goto l_out_%=;\n"
	".8byte 0x0000ffff00010846;\n"
	"goto l_n5_%=;\n"
	"goto l_s5_%=;\n"
	"l_n5_%=: r8 &= 31;\n"
	"l_s5_%=: r7 &= 255;\n"
	"r7 &= 3;\n"
	"r7 = r8;\n"
	"if w8 >= -8 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_361(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0xffffffff00010846;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: r7 |= -1;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_362(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 &= 63;\n"
	"r8 = r7;\n"
	"r8 >>= 60;\n"
	"if w7 s>= w8 goto l_s3_%=;\n"
	"r7 &= 31;\n"
	"l_s3_%=: r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_363(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 &= 7;\n"
	"r7 &= 15;\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: w7 &= 63;\n"
	"if r8 s> r7 goto l_out_%=;\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n5_%=;\n"
	"goto l_out_%=;\n"
	"l_n5_%=: if w7 != w8 goto l_out_%=;\n"
	"if r7 < 1 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_364(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 >>= 17;\n"
	"w7 = w7;\n"
	"r8 = be32 r8;\n"
	"if w8 s<= 2 goto l_out_%=;\n"
	"if r8 s<= 7 goto l_out_%=;\n"
	"w8 ^= 40;\n"
	"if w8 s>= w7 goto l_out_%=;\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n7_%=;\n"
	"goto l_out_%=;\n"
	"l_n7_%=: r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_365(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 s>= r8 goto l_out_%=;\n"
	"w7 ^= w8;\n"
	".8byte 0x0000004000010746;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: r7 |= -2147483648;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_366(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 <= 3 goto l_out_%=;\n"
	".8byte 0x000000000001784d;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: r8 *= 2147483647;\n"
	"if w8 >= 32 goto l_out_%=;\n"
	"if r8 < -1 goto l_out_%=;\n"
	"if w7 != 32 goto l_out_%=;\n"
	"if w7 <= 2147483647 goto l_out_%=;\n"
	"if r7 < 1 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_367(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 *= 65535;\n"
	"w8 &= 63;\n"
	"if r8 != 0 goto l_out_%=;\n"
	"r7 s>>= 40;\n"
	"if w8 s>= w7 goto l_out_%=;\n"
	".8byte 0x0000000300010746;\n"
	"goto l_n5_%=;\n"
	"goto l_out_%=;\n"
	"l_n5_%=: .8byte 0x000000000001874e;\n"
	"goto l_n6_%=;\n"
	"goto l_out_%=;\n"
	"l_n6_%=: r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_368(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 s>>= 0;\n"
	"r7 &= 47;\n"
	"r8 &= 63;\n"
	"if r8 < 7 goto l_out_%=;\n"
	"w7 |= 63;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_369(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 &= 15;\n"
	"w8 *= -48;\n"
	"w8 &= 7;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_370(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r8 &= 15;\n"
	"r8 ^= r7;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_371(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 *= 7;\n"
	"if r7 s>= -48 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: if r8 s>= 48 goto l_s2_%=;\n"
	"r7 &= 31;\n"
	"l_s2_%=: w7 <<= 17;\n"
	"w8 >>= 26;\n"
	"if r7 s< r8 goto l_out_%=;\n"
	"if r7 s<= r8 goto l_s6_%=;\n"
	"r7 &= 31;\n"
	"l_s6_%=: if w7 s>= 1 goto l_out_%=;\n"
	"if w8 s>= 4 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_372(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 s< 15 goto l_out_%=;\n"
	"w7 = w8;\n"
	".8byte 0x0000000100010746;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: r8 ^= r7;\n"
	"if w7 <= 2147483647 goto l_s4_%=;\n"
	"r8 &= 31;\n"
	"l_s4_%=: if w8 != 47 goto l_s5_%=;\n"
	"r7 &= 31;\n"
	"l_s5_%=: r8 -= r7;\n"
	"w8 &= 15;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_373(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 *= w8;\n"
	"r8 = be32 r8;\n"
	".8byte 0x0000ffff00010745;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: r7 s>>= 36;\n"
	".8byte 0x000000000001874e;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: w8 |= 47;\n"
	"if w7 < w8 goto l_out_%=;\n"
	"w7 = w8;\n"
	"if w7 <= 1 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_374(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 &= w7;\n"
	"w8 &= 63;\n"
	"if r7 > 2147483647 goto l_out_%=;\n"
	"if r7 < 48 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_375(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 |= 2147483647;\n"
	"w7 &= 7;\n"
	"r8 &= 2;\n"
	"if w8 >= w7 goto l_out_%=;\n"
	"if w7 s> w8 goto l_out_%=;\n"
	".8byte 0x0000004000010746;\n"
	"goto l_n5_%=;\n"
	"goto l_out_%=;\n"
	"l_n5_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_376(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x000000000001874e;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: if w8 s>= -48 goto l_out_%=;\n"
	"if w7 < 255 goto l_out_%=;\n"
	"w8 = -w8;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_377(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 s< 32 goto l_out_%=;\n"
	"w7 |= w8;\n"
	"w7 |= w8;\n"
	"r7 s>>= 43;\n"
	".8byte 0x0000004000010746;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: w8 ^= w7;\n"
	"if r7 > -1 goto l_out_%=;\n"
	"if w8 s> w7 goto l_s7_%=;\n"
	"r7 &= 31;\n"
	"l_s7_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_378(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 >>= 16;\n"
	"if w8 s> -2147483648 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: if w7 < w8 goto l_s2_%=;\n"
	"r7 &= 31;\n"
	"l_s2_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_379(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 == 2147483647 goto l_s0_%=;\n"
	"r7 &= 31;\n"
	"l_s0_%=: if w8 < 1 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: .8byte 0x000000000001784e;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_380(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 s>>= 19;\n"
	"r7 |= 40;\n"
	".8byte 0x000000000001784d;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: .8byte 0x0000002800010746;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: if r8 < 255 goto l_out_%=;\n"
	"r7 >>= 41;\n"
	"w7 >>= 13;\n"
	"if w7 < w8 goto l_out_%=;\n"
	"r8 >>= 7;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_381(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w7 > 0 goto l_s0_%=;\n"
	"r7 &= 31;\n"
	"l_s0_%=: r8 &= 7;\n"
	".8byte 0x0000003f00010845;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: w8 |= 65535;\n"
	"w8 = w8;\n"
	"w7 -= w8;\n"
	"if w8 s<= 47 goto l_out_%=;\n"
	"r7 += r8;\n"
	"r6 += r7;\n"
	"r0 = *(u32 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_382(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 = be16 r7;\n"
	"if w8 >= w7 goto l_out_%=;\n"
	"if r8 != r7 goto l_out_%=;\n"
	".8byte 0x000000000001784e;\n"
	"goto l_n3_%=;\n"
	"goto l_s3_%=;\n"
	"l_n3_%=: r7 &= 31;\n"
	"l_s3_%=: .8byte 0x0000000700010745;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: if w8 s>= -8 goto l_out_%=;\n"
	".8byte 0x0000002f00010745;\n"
	"goto l_n6_%=;\n"
	"goto l_s6_%=;\n"
	"l_n6_%=: r7 &= 31;\n"
	"l_s6_%=: if r7 s> 7 goto l_out_%=;\n"
	"if r8 s< 8 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_383(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 s> r7 goto l_out_%=;\n"
	".8byte 0x0001000000010746;\n"
	"goto l_n1_%=;\n"
	"goto l_s1_%=;\n"
	"l_n1_%=: r7 &= 31;\n"
	"l_s1_%=: if r8 == r7 goto l_out_%=;\n"
	"if w8 s> 63 goto l_s3_%=;\n"
	"r7 &= 31;\n"
	"l_s3_%=: w8 >>= 11;\n"
	"r7 ^= 65536;\n"
	"r7 >>= 19;\n"
	"w8 &= 63;\n"
	"r7 = le16 r7;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_384(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 &= 31;\n"
	"if w8 s>= -1 goto l_s1_%=;\n"
	"r8 &= 31;\n"
	"l_s1_%=: .8byte 0x0000000400010846;\n"
	"goto l_n2_%=;\n"
	"goto l_s2_%=;\n"
	"l_n2_%=: r7 &= 31;\n"
	"l_s2_%=: r8 <<= 34;\n"
	"if r8 s> r7 goto l_out_%=;\n"
	"r8 &= r7;\n"
	"if r8 s< -1 goto l_s6_%=;\n"
	"r8 &= 31;\n"
	"l_s6_%=: r8 = -r8;\n"
	".8byte 0x0000002f00010746;\n"
	"goto l_n8_%=;\n"
	"goto l_s8_%=;\n"
	"l_n8_%=: r8 &= 31;\n"
	"l_s8_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_385(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 <= 48 goto l_out_%=;\n"
	"w8 ^= w7;\n"
	"r8 &= 255;\n"
	"if w7 == -2147483648 goto l_out_%=;\n"
	"r8 &= 255;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_386(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r7 >= r8 goto l_s0_%=;\n"
	"r8 &= 31;\n"
	"l_s0_%=: if r8 s> r7 goto l_s1_%=;\n"
	"r7 &= 31;\n"
	"l_s1_%=: r8 &= -1;\n"
	"if r7 <= 1 goto l_out_%=;\n"
	"if w8 s< 7 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_387(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 >>= 11;\n"
	"if w7 >= 32 goto l_out_%=;\n"
	"if r7 s>= 2147483647 goto l_s2_%=;\n"
	"r7 &= 31;\n"
	"l_s2_%=: r7 >>= 1;\n"
	"r7 = -r7;\n"
	".8byte 0x0000000700010746;\n"
	"goto l_n5_%=;\n"
	"goto l_s5_%=;\n"
	"l_n5_%=: r7 &= 31;\n"
	"l_s5_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_388(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 |= 47;\n"
	"w8 &= 31;\n"
	".8byte 0x8000000000010746;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: w8 &= 63;\n"
	"w7 *= 2;\n"
	"r7 <<= 32;\n"
	"r7 s>>= 32;\n"
	"if w8 == -48 goto l_s6_%=;\n"
	"r8 &= 31;\n"
	"l_s6_%=: if w8 s<= 47 goto l_out_%=;\n"
	"w8 = -w8;\n"
	"if w7 == 4 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_389(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 = w8;\n"
	"if w7 > w8 goto l_out_%=;\n"
	"w7 += w8;\n"
	"r8 <<= 35;\n"
	"w7 &= 1;\n"
	"if r8 >= r7 goto l_out_%=;\n"
	"w8 |= w7;\n"
	"if r7 >= 7 goto l_s7_%=;\n"
	"r8 &= 31;\n"
	"l_s7_%=: if r8 != 3 goto l_s8_%=;\n"
	"r7 &= 31;\n"
	"l_s8_%=: if w7 s>= -48 goto l_s9_%=;\n"
	"r7 &= 31;\n"
	"l_s9_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_390(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if w8 != 7 goto l_out_%=;\n"
	"r8 += r7;\n"
	"w8 &= 47;\n"
	"if w8 < w7 goto l_out_%=;\n"
	"w7 ^= 7;\n"
	"r7 &= 7;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_391(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 >>= 25;\n"
	".8byte 0x000000000001874d;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: w7 &= 15;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_392(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w8 ^= w7;\n"
	"r7 = -r7;\n"
	".8byte 0xffffffff00010845;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: w8 &= 15;\n"
	".8byte 0x0000ffff00010846;\n"
	"goto l_n4_%=;\n"
	"goto l_s4_%=;\n"
	"l_n4_%=: r8 &= 31;\n"
	"l_s4_%=: .8byte 0x000000000001784d;\n"
	"goto l_n5_%=;\n"
	"goto l_s5_%=;\n"
	"l_n5_%=: r7 &= 31;\n"
	"l_s5_%=: w8 >>= 8;\n"
	"r7 = -r7;\n"
	"r8 |= r7;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_393(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"if r8 >= r7 goto l_out_%=;\n"
	"r8 &= 63;\n"
	"w8 <<= 3;\n"
	"w8 -= -1;\n"
	".8byte 0x0000002800010846;\n"
	"goto l_n4_%=;\n"
	"goto l_s4_%=;\n"
	"l_n4_%=: r8 &= 31;\n"
	"l_s4_%=: if w8 s> 2147483647 goto l_out_%=;\n"
	"if w8 < 31 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_394(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x000000000001874d;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: if w7 != w8 goto l_out_%=;\n"
	"if w7 s<= w8 goto l_out_%=;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_395(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x000000000001874e;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: r7 <<= 40;\n"
	"r6 += r7;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_396(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	".8byte 0x0000003000010746;\n"
	"goto l_n0_%=;\n"
	"goto l_s0_%=;\n"
	"l_n0_%=: r7 &= 31;\n"
	"l_s0_%=: r7 s>>= 48;\n"
	"if w8 s< 2 goto l_s2_%=;\n"
	"r8 &= 31;\n"
	"l_s2_%=: r7 = be16 r7;\n"
	"r8 <<= 32;\n"
	"r8 s>>= 32;\n"
	"if r8 != 4 goto l_out_%=;\n"
	"r8 &= 7;\n"
	"if w8 s> -48 goto l_out_%=;\n"
	"if w8 == w7 goto l_s8_%=;\n"
	"r7 &= 31;\n"
	"l_s8_%=: r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_397(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"r7 ^= r8;\n"
	"r7 += 2;\n"
	"r8 = be16 r8;\n"
	"r6 += r7;\n"
	"r6 += r8;\n"
	"r0 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_398(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 -= 2;\n"
	"r8 |= 63;\n"
	"r7 = le16 r7;\n"
	"if w7 >= 8 goto l_out_%=;\n"
	"if w7 s> 0 goto l_out_%=;\n"
	"r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void df_3_399(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r8 = *(u64 *)(r6 + 8);\n"
	"w7 &= 63;\n"
	"r8 &= 31;\n"
	"w7 -= 40;\n"
	"w7 = w8;\n"
	"if r8 s<= r7 goto l_out_%=;\n"
	"r7 ^= r8;\n"
	"w8 = w7;\n"
	"w7 += w8;\n"
	".8byte 0x0000000300010845;\n"
	"goto l_n8_%=;\n"
	"goto l_out_%=;\n"
	"l_n8_%=: if w7 >= 40 goto l_s9_%=;\n"
	"r8 &= 31;\n"
	"l_s9_%=: r6 += r8;\n"
	"r0 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
