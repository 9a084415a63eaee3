// python tests/oracle/diff/gen.py 400 4 8 ctx
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"




SEC("tc") __naked void df_4_000(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 144);\n"
	"r7 = *(u16 *)(r6 + 6);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_001(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 += 4;\n"
	"r7 = *(u64 *)(r6 + 4);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_002(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 72);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 = *(u64 *)(r6 + 84);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_003(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 &= 15;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 2);\n"
	"r7 = *(u32 *)(r6 + 72);\n"
	"if r7 s> 64 goto l_out_%=;\n"
	"r7 += 4;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_004(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r7 = *(u64 *)(r6 + 168);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"if r7 >= 7 goto l_out_%=;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_005(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"*(u16 *)(r6 + 44) = w7;\n"
	"*(u16 *)(r6 + 16) = w7;\n"
	".8byte 0x0000000100010746;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_006(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	".8byte 0x0000004000010746;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: r7 = *(u8 *)(r6 + 6);\n"
	"if w7 <= 0 goto l_out_%=;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_007(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 36);\n"
	"*(u32 *)(r6 + 16) = w7;\n"
	"r7 = *(u16 *)(r6 + 50);\n"
	"r7 = *(u32 *)(r6 + 140);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_008(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 0);\n"
	"r7 = be16 r7;\n"
	"r7 = *(u16 *)(r6 + 52);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_009(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 12);\n"
	"r7 = *(u32 *)(r6 + 36);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_010(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 &= 127;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_011(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 &= 15;\n"
	"r7 = *(u8 *)(r6 + 167);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r7 = *(u16 *)(r6 + 10);\n"
	"r7 = *(u8 *)(r6 + 55);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = *(u32 *)(r6 + 80);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_012(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"if r7 s>= 64 goto l_out_%=;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_013(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u32 *)(r6 + 16) = w7;\n"
	"r7 = *(u64 *)(r6 + 176);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_014(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"if w7 <= 64 goto l_out_%=;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 2);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_015(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u32 *)(r6 + 16) = w7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_016(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	".8byte 0x0000000300010745;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: r7 &= 255;\n"
	"r7 = *(u8 *)(r6 + 42);\n"
	"r7 = *(u8 *)(r6 + 140);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_017(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 84);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 &= 127;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_018(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 >>= 9;\n"
	"r7 = *(u32 *)(r6 + 20);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"r7 = *(u16 *)(r6 + 76);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_019(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r7 = *(u32 *)(r6 + 92);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u64 *)(r6 + 48);\n"
	"r7 = *(u16 *)(r6 + 176);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u8 *)(r6 + 41);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_020(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 >>= 5;\n"
	"r7 = *(u8 *)(r6 + 76);\n"
	"r7 &= 255;\n"
	"w7 >>= 14;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_021(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r7 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"r7 = *(u64 *)(r6 + 184);\n"
	"if r7 < 63 goto l_out_%=;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"*(u32 *)(r6 + 16) = w7;\n"
	"if w7 <= 40 goto l_out_%=;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_022(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 s> 14 goto l_out_%=;\n"
	"r7 = *(u16 *)(r6 + 92);\n"
	"r7 = *(u32 *)(r6 + 4);\n"
	"r7 = *(u16 *)(r6 + 20);\n"
	"r7 = *(u64 *)(r6 + 180);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_023(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r7 = *(u64 *)(r6 + 176);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"if w7 s> 40 goto l_out_%=;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = *(u64 *)(r6 + 56);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_024(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 -= 60;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"*(u32 *)(r6 + 16) = w7;\n"
	"r7 = *(u64 *)(r6 + 168);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_025(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 s<= 0 goto l_out_%=;\n"
	"r7 = *(u16 *)(r6 + 18);\n"
	"if r7 < 65535 goto l_out_%=;\n"
	"r7 = *(u32 *)(r6 + 176);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u8 *)(r6 + 62);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_026(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 2);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if w7 == 40 goto l_out_%=;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_027(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u8 *)(r6 + 80);\n"
	"r7 = *(u32 *)(r6 + 72);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_028(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 > 7 goto l_out_%=;\n"
	"r7 = be16 r7;\n"
	"*(u16 *)(r6 + 48) = w7;\n"
	"r7 += 4;\n"
	"r7 += 8;\n"
	"r7 = *(u16 *)(r6 + 12);\n"
	"r7 = *(u16 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_029(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 1);\n"
	"w7 -= 1;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_030(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 <= 14 goto l_out_%=;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = *(u16 *)(r6 + 90);\n"
	".8byte 0x0000ff0000010745;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: r7 += 8;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_031(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 s< 65535 goto l_out_%=;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_032(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if r7 == 40 goto l_out_%=;\n"
	"if r7 < 7 goto l_out_%=;\n"
	"w7 >>= 14;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_033(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 4);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 2);\n"
	".8byte 0x0000ff0000010745;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r7 = *(u64 *)(r6 + 152);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_034(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_035(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 <= 14 goto l_out_%=;\n"
	"r7 = *(u16 *)(r6 + 178);\n"
	"r7 = *(u64 *)(r6 + 152);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u32 *)(r6 + 68);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_036(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 64);\n"
	"r7 = *(u32 *)(r6 + 32);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_037(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 40);\n"
	"r7 = *(u16 *)(r6 + 52);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	".8byte 0x0000004000010745;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: r7 = *(u8 *)(r6 + 26);\n"
	"r7 = *(u64 *)(r6 + 36);\n"
	"r7 = *(u64 *)(r6 + 44);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_038(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 44);\n"
	"r7 = *(u32 *)(r6 + 8);\n"
	"r7 = *(u64 *)(r6 + 84);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 2);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u8 *)(r6 + 12);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_039(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"if r7 > 64 goto l_out_%=;\n"
	"r7 += 64;\n"
	"*(u32 *)(r6 + 72) = w7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u16 *)(r6 + 36);\n"
	"r7 = *(u32 *)(r6 + 92);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_040(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 90);\n"
	"w7 >>= 4;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r7 = *(u16 *)(r6 + 50);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 2);\n"
	"r7 = *(u32 *)(r6 + 140);\n"
	"w7 >>= 1;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_041(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 152);\n"
	"r7 = *(u8 *)(r6 + 15);\n"
	"r7 = *(u8 *)(r6 + 13);\n"
	"if r7 s> 64 goto l_out_%=;\n"
	"r7 = *(u32 *)(r6 + 32);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_042(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 75);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_043(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	".8byte 0x0000ff0000010746;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: r7 = *(u32 *)(r6 + 84);\n"
	"r7 = *(u16 *)(r6 + 36);\n"
	"w7 >>= 2;\n"
	"r7 = *(u32 *)(r6 + 32);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_044(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if w7 s<= 0 goto l_out_%=;\n"
	"r7 = *(u8 *)(r6 + 71);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w7 -= 14;\n"
	"r7 = *(u32 *)(r6 + 88);\n"
	"if w7 != 40 goto l_out_%=;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_045(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if r7 < 40 goto l_out_%=;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"if r7 != 0 goto l_out_%=;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_046(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 += 1;\n"
	"if r7 == 7 goto l_out_%=;\n"
	"r7 = *(u8 *)(r6 + 34);\n"
	"r7 = be16 r7;\n"
	"r7 = *(u32 *)(r6 + 16);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_047(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 162);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 60);\n"
	"*(u32 *)(r6 + 152) = w7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"r7 += 64;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_048(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 += 8;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"r7 = *(u32 *)(r6 + 176);\n"
	"r7 = *(u64 *)(r6 + 92);\n"
	"r7 = *(u8 *)(r6 + 26);\n"
	".8byte 0x0000000100010746;\n"
	"goto l_n5_%=;\n"
	"goto l_out_%=;\n"
	"l_n5_%=: r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_049(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	".8byte 0x0000ff0000010745;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"r7 = *(u64 *)(r6 + 164);\n"
	"*(u32 *)(r6 + 0) = w7;\n"
	"r7 = *(u8 *)(r6 + 9);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_050(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u32 *)(r6 + 72) = w7;\n"
	"*(u64 *)(r6 + 8) = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_051(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"r7 = *(u8 *)(r6 + 34);\n"
	"*(u64 *)(r6 + 72) = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_052(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 &= 127;\n"
	"*(u8 *)(r6 + 32) = w7;\n"
	"*(u32 *)(r6 + 48) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_053(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 35);\n"
	"*(u8 *)(r6 + 12) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_054(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u8 *)(r6 + 60) = w7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u32 *)(r6 + 140);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_055(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 182);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = *(u32 *)(r6 + 8);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"if r7 s< 63 goto l_out_%=;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"w7 -= 1;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_056(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u32 *)(r6 + 60) = w7;\n"
	"r7 = *(u8 *)(r6 + 94);\n"
	"w7 >>= 15;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"w7 -= 60;\n"
	"r7 = *(u64 *)(r6 + 44);\n"
	"w7 >>= 8;\n"
	"r7 = *(u16 *)(r6 + 56);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_057(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r7 &= 31;\n"
	"r7 = *(u64 *)(r6 + 28);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_058(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 16);\n"
	".8byte 0x0000004000010745;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: w7 -= 60;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_059(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 144);\n"
	"r7 = *(u64 *)(r6 + 84);\n"
	".8byte 0x0000ff0000010746;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: r7 = *(u64 *)(r6 + 84);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_060(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r7 = *(u8 *)(r6 + 63);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_061(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u32 *)(r6 + 32) = w7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"if w7 != 14 goto l_out_%=;\n"
	"r7 = *(u64 *)(r6 + 40);\n"
	"r7 = be16 r7;\n"
	"*(u16 *)(r6 + 60) = w7;\n"
	"r7 += 64;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_062(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"w7 -= 60;\n"
	".8byte 0x0000004000010745;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: r7 &= 7;\n"
	"r7 = *(u64 *)(r6 + 168);\n"
	"r7 = *(u16 *)(r6 + 2);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = *(u32 *)(r6 + 64);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_063(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 68);\n"
	"*(u32 *)(r6 + 16) = w7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 s>= 40 goto l_out_%=;\n"
	"r7 = *(u16 *)(r6 + 40);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_064(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 168);\n"
	"r7 = *(u16 *)(r6 + 42);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_065(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 18);\n"
	"r7 = *(u8 *)(r6 + 38);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_066(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = be16 r7;\n"
	"r7 = *(u32 *)(r6 + 76);\n"
	"r7 = *(u32 *)(r6 + 140);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"w7 >>= 6;\n"
	"*(u32 *)(r6 + 44) = w7;\n"
	"r7 += 8;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_067(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u64 *)(r6 + 8) = r7;\n"
	"r7 = *(u64 *)(r6 + 48);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r7 += 1;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_068(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 >= 63 goto l_out_%=;\n"
	"*(u64 *)(r6 + 72) = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_069(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u32 *)(r6 + 44) = w7;\n"
	"w7 -= 60;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_070(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u32 *)(r6 + 16) = w7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u32 *)(r6 + 76);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 = *(u64 *)(r6 + 8);\n"
	"if r7 == 64 goto l_out_%=;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_071(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 40);\n"
	"r7 = *(u64 *)(r6 + 152);\n"
	"r7 = be16 r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 == 63 goto l_out_%=;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_072(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 140);\n"
	"r7 &= 15;\n"
	"r7 = *(u8 *)(r6 + 27);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_073(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"w7 -= 60;\n"
	"r7 &= 31;\n"
	"*(u64 *)(r6 + 0) = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_074(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 += 64;\n"
	"r7 = be16 r7;\n"
	"w7 >>= 14;\n"
	"r7 = *(u32 *)(r6 + 92);\n"
	"r7 = *(u16 *)(r6 + 66);\n"
	"r7 = *(u64 *)(r6 + 152);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_075(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 += 60;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_076(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 2);\n"
	"r7 = *(u32 *)(r6 + 180);\n"
	"r7 = *(u32 *)(r6 + 64);\n"
	"r7 = *(u16 *)(r6 + 82);\n"
	"*(u32 *)(r6 + 44) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_077(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 += 4;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u64 *)(r6 + 184);\n"
	"r7 = *(u64 *)(r6 + 168);\n"
	"*(u8 *)(r6 + 16) = w7;\n"
	"r7 = *(u16 *)(r6 + 80);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_078(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 >>= 8;\n"
	"r7 = *(u8 *)(r6 + 167);\n"
	"r7 = *(u16 *)(r6 + 4);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 60);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u16 *)(r6 + 58);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r7 = *(u8 *)(r6 + 79);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_079(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_080(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 != 0 goto l_out_%=;\n"
	"r7 = *(u32 *)(r6 + 32);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_081(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 42);\n"
	"r7 = *(u16 *)(r6 + 70);\n"
	"r7 = *(u32 *)(r6 + 28);\n"
	"r7 = *(u32 *)(r6 + 72);\n"
	"r7 = *(u8 *)(r6 + 76);\n"
	"r7 = be16 r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_082(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 64);\n"
	"r7 &= 255;\n"
	"w7 -= 60;\n"
	"r7 = *(u32 *)(r6 + 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_083(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 s<= 60 goto l_out_%=;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 2);\n"
	"w7 >>= 5;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_084(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u32 *)(r6 + 12) = w7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r7 = *(u32 *)(r6 + 60);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"*(u32 *)(r6 + 44) = w7;\n"
	"if r7 s>= 14 goto l_out_%=;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_085(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 >>= 4;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u16 *)(r6 + 16);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u8 *)(r6 + 76);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_086(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u16 *)(r6 + 152) = w7;\n"
	"w7 -= 1;\n"
	"*(u8 *)(r6 + 0) = w7;\n"
	"if w7 >= 60 goto l_out_%=;\n"
	"r7 = *(u8 *)(r6 + 181);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_087(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 >>= 3;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = be16 r7;\n"
	"r7 = *(u16 *)(r6 + 90);\n"
	"w7 >>= 12;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_088(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u32 *)(r6 + 44) = w7;\n"
	"r7 = *(u8 *)(r6 + 72);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_089(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 188);\n"
	"if w7 == 63 goto l_out_%=;\n"
	"*(u8 *)(r6 + 48) = w7;\n"
	"r7 = *(u8 *)(r6 + 162);\n"
	"r7 = *(u8 *)(r6 + 24);\n"
	"r7 = *(u64 *)(r6 + 144);\n"
	"r7 = *(u16 *)(r6 + 44);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_090(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 168);\n"
	"r7 += 60;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"r7 = *(u16 *)(r6 + 160);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u32 *)(r6 + 180);\n"
	"*(u64 *)(r6 + 44) = r7;\n"
	".8byte 0x0000000300010746;\n"
	"goto l_n7_%=;\n"
	"goto l_out_%=;\n"
	"l_n7_%=: l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_091(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"*(u16 *)(r6 + 44) = w7;\n"
	"r7 = *(u64 *)(r6 + 60);\n"
	"r7 = *(u16 *)(r6 + 34);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u8 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_092(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 161);\n"
	"r7 = *(u16 *)(r6 + 76);\n"
	".8byte 0x0000000300010745;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: r7 = *(u32 *)(r6 + 180);\n"
	"r7 = *(u32 *)(r6 + 156);\n"
	"r7 = *(u64 *)(r6 + 140);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_093(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = be16 r7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 = *(u64 *)(r6 + 16);\n"
	"r7 = *(u64 *)(r6 + 184);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_094(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 160);\n"
	"if w7 s< 60 goto l_out_%=;\n"
	"r7 = *(u16 *)(r6 + 34);\n"
	"r7 = *(u8 *)(r6 + 44);\n"
	"*(u16 *)(r6 + 72) = w7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_095(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u32 *)(r6 + 8) = w7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_096(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = be16 r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 2);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = be16 r7;\n"
	"w7 -= 60;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_097(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 52);\n"
	"r7 = *(u8 *)(r6 + 95);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 = be16 r7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r7 = be16 r7;\n"
	"r7 = *(u32 *)(r6 + 24);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_098(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 12);\n"
	"r7 = be16 r7;\n"
	"*(u32 *)(r6 + 48) = w7;\n"
	"if r7 <= 40 goto l_out_%=;\n"
	"r7 = *(u16 *)(r6 + 18);\n"
	"r7 = *(u32 *)(r6 + 52);\n"
	"r7 = *(u32 *)(r6 + 52);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_099(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 8);\n"
	"r7 = *(u8 *)(r6 + 80);\n"
	"if w7 > 14 goto l_out_%=;\n"
	"*(u32 *)(r6 + 60) = w7;\n"
	"r7 += 4;\n"
	"*(u32 *)(r6 + 8) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_100(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 44);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = *(u8 *)(r6 + 21);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u64 *)(r6 + 88);\n"
	"r7 = *(u16 *)(r6 + 32);\n"
	"*(u16 *)(r6 + 48) = w7;\n"
	"r7 = *(u64 *)(r6 + 12);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_101(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 == 14 goto l_out_%=;\n"
	"r7 = *(u8 *)(r6 + 52);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_102(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 2);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r7 = *(u16 *)(r6 + 146);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_103(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if r7 < 40 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u16 *)(r6 + 140);\n"
	"w7 -= 1;\n"
	"r7 &= 15;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_104(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 &= 127;\n"
	"*(u16 *)(r6 + 12) = w7;\n"
	"r7 += 8;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"r7 = *(u64 *)(r6 + 20);\n"
	"w7 >>= 4;\n"
	"r7 &= 255;\n"
	"r7 = *(u32 *)(r6 + 44);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_105(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r7 = *(u8 *)(r6 + 53);\n"
	"r7 = *(u8 *)(r6 + 82);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_106(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u16 *)(r6 + 32) = w7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r7 = *(u8 *)(r6 + 83);\n"
	"r7 = *(u64 *)(r6 + 64);\n"
	"r7 = *(u16 *)(r6 + 178);\n"
	"r7 = *(u32 *)(r6 + 60);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_107(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 >>= 8;\n"
	"*(u8 *)(r6 + 72) = w7;\n"
	"r7 = *(u16 *)(r6 + 162);\n"
	"r7 = *(u32 *)(r6 + 44);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_108(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 36);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u64 *)(r6 + 32);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_109(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 78);\n"
	"r7 = *(u64 *)(r6 + 168);\n"
	"w7 -= 1;\n"
	"w7 >>= 4;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 &= 127;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_110(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 92);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r7 = be16 r7;\n"
	"*(u64 *)(r6 + 32) = r7;\n"
	"r7 = *(u8 *)(r6 + 45);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_111(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 += 64;\n"
	"w7 >>= 3;\n"
	".8byte 0x0000000100010745;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: r7 = *(u16 *)(r6 + 0);\n"
	"r7 = *(u16 *)(r6 + 56);\n"
	"r7 = *(u8 *)(r6 + 16);\n"
	"r7 = *(u16 *)(r6 + 176);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_112(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"if r7 > 60 goto l_out_%=;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 = *(u16 *)(r6 + 26);\n"
	"r7 = *(u8 *)(r6 + 59);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_113(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 178);\n"
	".8byte 0x0000ff0000010746;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_114(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 58);\n"
	"r7 = *(u32 *)(r6 + 72);\n"
	"*(u8 *)(r6 + 152) = w7;\n"
	"r7 += 8;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_115(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"*(u32 *)(r6 + 12) = w7;\n"
	"r7 = *(u8 *)(r6 + 87);\n"
	"w7 >>= 13;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_116(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = *(u8 *)(r6 + 68);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_117(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 0);\n"
	"r7 = *(u32 *)(r6 + 144);\n"
	"if r7 >= 40 goto l_out_%=;\n"
	"r7 = *(u8 *)(r6 + 60);\n"
	"r7 += 4;\n"
	"w7 >>= 11;\n"
	"if w7 s> 64 goto l_out_%=;\n"
	"r7 = *(u8 *)(r6 + 166);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_118(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = be16 r7;\n"
	"r7 = *(u64 *)(r6 + 180);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_119(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u8 *)(r6 + 152) = w7;\n"
	"*(u64 *)(r6 + 8) = r7;\n"
	"*(u16 *)(r6 + 48) = w7;\n"
	"if r7 s< 0 goto l_out_%=;\n"
	"if w7 < 63 goto l_out_%=;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_120(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 32);\n"
	"w7 >>= 6;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r7 = *(u32 *)(r6 + 160);\n"
	".8byte 0x0000000300010746;\n"
	"goto l_n5_%=;\n"
	"goto l_out_%=;\n"
	"l_n5_%=: l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_121(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u8 *)(r6 + 25);\n"
	"r7 &= 63;\n"
	"r7 = *(u16 *)(r6 + 180);\n"
	".8byte 0x0000000100010745;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_122(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if r7 != 63 goto l_out_%=;\n"
	"w7 >>= 5;\n"
	"r7 += 1;\n"
	"if r7 != 0 goto l_out_%=;\n"
	"r7 = *(u64 *)(r6 + 4);\n"
	"w7 >>= 14;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_123(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 24);\n"
	"w7 >>= 9;\n"
	"r7 += 64;\n"
	".8byte 0x0000000100010746;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_124(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 != 7 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_125(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u64 *)(r6 + 32) = r7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	".8byte 0x0000004000010746;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"*(u16 *)(r6 + 32) = w7;\n"
	"*(u32 *)(r6 + 60) = w7;\n"
	"w7 >>= 10;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_126(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 >>= 9;\n"
	"r7 = *(u32 *)(r6 + 4);\n"
	"r7 = *(u8 *)(r6 + 26);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u8 *)(r6 + 73);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_127(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 152);\n"
	"if w7 <= 7 goto l_out_%=;\n"
	"r7 = *(u64 *)(r6 + 64);\n"
	"r7 = be16 r7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"*(u16 *)(r6 + 12) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_128(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"r7 = *(u16 *)(r6 + 64);\n"
	"*(u32 *)(r6 + 32) = w7;\n"
	".8byte 0x0000000300010745;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: w7 >>= 6;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_129(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u8 *)(r6 + 81);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if w7 >= 7 goto l_out_%=;\n"
	"*(u32 *)(r6 + 72) = w7;\n"
	"r7 = *(u8 *)(r6 + 68);\n"
	"r7 = *(u8 *)(r6 + 21);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_130(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 &= 15;\n"
	"r7 = *(u8 *)(r6 + 42);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_131(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 = *(u8 *)(r6 + 24);\n"
	"r7 = *(u32 *)(r6 + 8);\n"
	"r7 = *(u64 *)(r6 + 40);\n"
	"r7 = *(u8 *)(r6 + 166);\n"
	"r7 += 64;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_132(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	".8byte 0x0000ff0000010745;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_133(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 164);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_134(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 176);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"w7 >>= 10;\n"
	"r7 += 1;\n"
	"*(u32 *)(r6 + 8) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_135(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 144);\n"
	"r7 = *(u8 *)(r6 + 82);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_136(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r7 &= 15;\n"
	"r7 = *(u32 *)(r6 + 64);\n"
	"r7 = *(u64 *)(r6 + 176);\n"
	"r7 = *(u8 *)(r6 + 29);\n"
	"r7 = *(u64 *)(r6 + 144);\n"
	".8byte 0x0000000300010746;\n"
	"goto l_n6_%=;\n"
	"goto l_out_%=;\n"
	"l_n6_%=: l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_137(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 s< 0 goto l_out_%=;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r7 = *(u64 *)(r6 + 168);\n"
	"*(u64 *)(r6 + 16) = r7;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r7 = *(u16 *)(r6 + 34);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_138(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 7);\n"
	"r7 = *(u32 *)(r6 + 80);\n"
	"r7 = *(u8 *)(r6 + 81);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 2);\n"
	"r7 = be16 r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_139(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 &= 127;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 60);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_140(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 143);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"r7 = *(u8 *)(r6 + 75);\n"
	"w7 -= 60;\n"
	"if w7 <= 65535 goto l_out_%=;\n"
	"w7 >>= 9;\n"
	"r7 = *(u16 *)(r6 + 38);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_141(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 &= 15;\n"
	"*(u32 *)(r6 + 32) = w7;\n"
	"r7 = *(u32 *)(r6 + 48);\n"
	"*(u32 *)(r6 + 32) = w7;\n"
	"r7 = *(u8 *)(r6 + 78);\n"
	"r7 = *(u32 *)(r6 + 80);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_142(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 164);\n"
	"r7 = *(u8 *)(r6 + 3);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_143(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 182);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"*(u64 *)(r6 + 12) = r7;\n"
	"r7 = *(u16 *)(r6 + 160);\n"
	"w7 >>= 1;\n"
	"r7 = *(u16 *)(r6 + 82);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_144(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 2);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r7 = *(u32 *)(r6 + 140);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_145(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if r7 s<= 40 goto l_out_%=;\n"
	"r7 = *(u8 *)(r6 + 86);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u32 *)(r6 + 4);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_146(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 176);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u16 *)(r6 + 46);\n"
	"r7 = *(u16 *)(r6 + 8);\n"
	"if w7 > 64 goto l_out_%=;\n"
	".8byte 0x0000000300010746;\n"
	"goto l_n6_%=;\n"
	"goto l_out_%=;\n"
	"l_n6_%=: l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_147(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 84);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"w7 >>= 13;\n"
	"*(u64 *)(r6 + 60) = r7;\n"
	"r7 = *(u8 *)(r6 + 50);\n"
	"r7 = be16 r7;\n"
	"r7 = *(u16 *)(r6 + 24);\n"
	"r7 = *(u8 *)(r6 + 39);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_148(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 70);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_149(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"r7 = *(u16 *)(r6 + 10);\n"
	"r7 = *(u16 *)(r6 + 78);\n"
	"if r7 s<= 0 goto l_out_%=;\n"
	"if w7 != 40 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if w7 s>= 65535 goto l_out_%=;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_150(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u32 *)(r6 + 60) = w7;\n"
	"r7 = *(u16 *)(r6 + 142);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 2);\n"
	"w7 -= 1;\n"
	"w7 >>= 8;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r7 = *(u32 *)(r6 + 184);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_151(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"r7 = *(u16 *)(r6 + 36);\n"
	"r7 &= 255;\n"
	"r7 = *(u16 *)(r6 + 146);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_152(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 10);\n"
	"r7 = *(u64 *)(r6 + 184);\n"
	"r7 = *(u64 *)(r6 + 180);\n"
	"r7 = *(u32 *)(r6 + 12);\n"
	"r7 += 8;\n"
	"r7 = *(u16 *)(r6 + 34);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_153(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 2);\n"
	"w7 >>= 1;\n"
	".8byte 0x0000000300010746;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_154(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u32 *)(r6 + 16) = w7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"if w7 s< 7 goto l_out_%=;\n"
	"r7 = be16 r7;\n"
	"r7 += 1;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_155(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 <= 7 goto l_out_%=;\n"
	"r7 &= 7;\n"
	"r7 = *(u32 *)(r6 + 60);\n"
	"w7 >>= 8;\n"
	"r7 = be16 r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_156(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"r7 = *(u8 *)(r6 + 82);\n"
	"r7 = *(u16 *)(r6 + 30);\n"
	"r7 = *(u64 *)(r6 + 152);\n"
	"r7 = be16 r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_157(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u32 *)(r6 + 8) = w7;\n"
	"r7 = be16 r7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 += 8;\n"
	"r7 = *(u64 *)(r6 + 184);\n"
	"r7 += 8;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_158(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 40);\n"
	"r7 = *(u8 *)(r6 + 42);\n"
	"if r7 s<= 60 goto l_out_%=;\n"
	"r7 = *(u32 *)(r6 + 12);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_159(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 64);\n"
	"r7 += 64;\n"
	"r7 = *(u8 *)(r6 + 42);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_160(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 51);\n"
	"if r7 < 65535 goto l_out_%=;\n"
	"r7 = *(u16 *)(r6 + 26);\n"
	"*(u16 *)(r6 + 44) = w7;\n"
	"w7 >>= 13;\n"
	"r7 = *(u16 *)(r6 + 60);\n"
	"r7 = be16 r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_161(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u32 *)(r6 + 32) = w7;\n"
	"r7 = *(u8 *)(r6 + 95);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_162(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"*(u64 *)(r6 + 16) = r7;\n"
	"if r7 >= 64 goto l_out_%=;\n"
	"r7 = *(u16 *)(r6 + 70);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_163(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 10);\n"
	"r7 = be16 r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_164(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u16 *)(r6 + 60) = w7;\n"
	"w7 -= 1;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 = *(u8 *)(r6 + 77);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_165(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 >>= 9;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_166(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 10);\n"
	"r7 += 60;\n"
	"r7 += 4;\n"
	"w7 -= 60;\n"
	"r7 = *(u8 *)(r6 + 15);\n"
	"r7 = *(u16 *)(r6 + 56);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_167(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 20);\n"
	"*(u32 *)(r6 + 16) = w7;\n"
	"if r7 s<= 7 goto l_out_%=;\n"
	"r7 = *(u16 *)(r6 + 44);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_168(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = *(u16 *)(r6 + 28);\n"
	"r7 = be16 r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_169(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 60);\n"
	"r7 = *(u16 *)(r6 + 46);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 == 7 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w7 >>= 4;\n"
	"*(u8 *)(r6 + 0) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_170(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 14);\n"
	"if r7 s> 0 goto l_out_%=;\n"
	"r7 = *(u16 *)(r6 + 38);\n"
	"r7 &= 255;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_171(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u64 *)(r6 + 60) = r7;\n"
	"if w7 < 64 goto l_out_%=;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_172(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u8 *)(r6 + 76);\n"
	"*(u32 *)(r6 + 48) = w7;\n"
	"r7 = *(u8 *)(r6 + 41);\n"
	"w7 -= 60;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_173(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if r7 == 65535 goto l_out_%=;\n"
	"w7 >>= 8;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_174(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 60);\n"
	"r7 = *(u8 *)(r6 + 81);\n"
	"*(u64 *)(r6 + 32) = r7;\n"
	"r7 = *(u8 *)(r6 + 63);\n"
	"r7 = *(u32 *)(r6 + 28);\n"
	"r7 = *(u16 *)(r6 + 90);\n"
	"*(u64 *)(r6 + 48) = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_175(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 &= 127;\n"
	"r7 = *(u16 *)(r6 + 72);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r7 = *(u64 *)(r6 + 32);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"w7 -= 1;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_176(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 = *(u32 *)(r6 + 60);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_177(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	".8byte 0x0000ff0000010746;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: r7 = *(u8 *)(r6 + 140);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 2);\n"
	"r7 = *(u64 *)(r6 + 92);\n"
	"*(u32 *)(r6 + 152) = w7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_178(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if r7 s<= 14 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_179(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 2);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"if r7 s> 63 goto l_out_%=;\n"
	"r7 = *(u64 *)(r6 + 80);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_180(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 77);\n"
	"r7 = *(u8 *)(r6 + 5);\n"
	"r7 = *(u32 *)(r6 + 84);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"if r7 >= 7 goto l_out_%=;\n"
	"r7 &= 31;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_181(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w7 >>= 1;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 = *(u8 *)(r6 + 179);\n"
	"r7 = *(u32 *)(r6 + 168);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_182(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u8 *)(r6 + 16) = w7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 = *(u8 *)(r6 + 44);\n"
	"r7 = *(u8 *)(r6 + 145);\n"
	"w7 >>= 6;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_183(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u64 *)(r6 + 16) = r7;\n"
	"r7 = *(u16 *)(r6 + 14);\n"
	"w7 >>= 13;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_184(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 167);\n"
	"r7 = *(u32 *)(r6 + 188);\n"
	"if w7 s>= 65535 goto l_out_%=;\n"
	"r7 = *(u64 *)(r6 + 152);\n"
	"if w7 > 64 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u64 *)(r6 + 44);\n"
	"r7 += 4;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_185(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 > 64 goto l_out_%=;\n"
	"r7 = *(u32 *)(r6 + 92);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_186(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 -= 14;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u64 *)(r6 + 152);\n"
	"r7 = *(u32 *)(r6 + 8);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"*(u32 *)(r6 + 16) = w7;\n"
	"r7 &= 127;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_187(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r7 = *(u16 *)(r6 + 32);\n"
	"*(u32 *)(r6 + 152) = w7;\n"
	"r7 = *(u8 *)(r6 + 29);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_188(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 += 64;\n"
	"r7 = *(u8 *)(r6 + 59);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"*(u64 *)(r6 + 16) = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_189(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = *(u8 *)(r6 + 145);\n"
	"w7 >>= 8;\n"
	"if w7 s>= 60 goto l_out_%=;\n"
	"w7 -= 60;\n"
	"r7 += 64;\n"
	"*(u32 *)(r6 + 8) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_190(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 11);\n"
	"r7 = *(u64 *)(r6 + 92);\n"
	"r7 = *(u16 *)(r6 + 48);\n"
	"r7 = *(u8 *)(r6 + 14);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_191(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 62);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"if w7 > 64 goto l_out_%=;\n"
	".8byte 0x0000ff0000010746;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_192(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 184);\n"
	"if w7 s>= 14 goto l_out_%=;\n"
	"r7 = *(u8 *)(r6 + 44);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 2);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_193(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	".8byte 0x0000ff0000010746;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: r7 = *(u64 *)(r6 + 0);\n"
	"*(u32 *)(r6 + 152) = w7;\n"
	"r7 = *(u64 *)(r6 + 144);\n"
	"r7 = *(u8 *)(r6 + 84);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_194(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 60);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 2);\n"
	"r7 = *(u16 *)(r6 + 54);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_195(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u8 *)(r6 + 72) = w7;\n"
	"r7 = *(u8 *)(r6 + 10);\n"
	"r7 = *(u8 *)(r6 + 81);\n"
	"r7 = *(u64 *)(r6 + 140);\n"
	"r7 = *(u64 *)(r6 + 12);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_196(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 144);\n"
	"w7 -= 60;\n"
	"r7 = *(u64 *)(r6 + 12);\n"
	"r7 &= 63;\n"
	"if w7 > 40 goto l_out_%=;\n"
	"r7 = *(u32 *)(r6 + 172);\n"
	"r7 = *(u64 *)(r6 + 72);\n"
	"r7 = *(u32 *)(r6 + 144);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_197(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u16 *)(r6 + 152) = w7;\n"
	"r7 = *(u16 *)(r6 + 142);\n"
	"r7 = *(u64 *)(r6 + 56);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_198(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 182);\n"
	"r7 = *(u8 *)(r6 + 84);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_199(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u16 *)(r6 + 74);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	".8byte 0x0000004000010746;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_200(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 52);\n"
	"*(u32 *)(r6 + 48) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_201(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 s> 40 goto l_out_%=;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r7 = *(u16 *)(r6 + 22);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_202(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 182);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r7 = be16 r7;\n"
	"r7 = *(u64 *)(r6 + 152);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_203(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 >>= 6;\n"
	"*(u64 *)(r6 + 152) = r7;\n"
	"r7 = *(u32 *)(r6 + 168);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_204(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 &= 255;\n"
	"r7 += 8;\n"
	"r7 = *(u8 *)(r6 + 53);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r7 = *(u8 *)(r6 + 68);\n"
	"r7 = *(u8 *)(r6 + 93);\n"
	"r7 = *(u64 *)(r6 + 92);\n"
	"r7 = *(u8 *)(r6 + 21);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_205(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 >>= 2;\n"
	"r7 = *(u64 *)(r6 + 76);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"w7 >>= 10;\n"
	"if w7 > 14 goto l_out_%=;\n"
	"r7 = *(u8 *)(r6 + 77);\n"
	"r7 = *(u64 *)(r6 + 44);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_206(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"if w7 > 60 goto l_out_%=;\n"
	"if r7 <= 40 goto l_out_%=;\n"
	"r7 = *(u16 *)(r6 + 94);\n"
	"*(u32 *)(r6 + 44) = w7;\n"
	"r7 = *(u32 *)(r6 + 76);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"if r7 > 14 goto l_out_%=;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_207(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 += 8;\n"
	"r7 = *(u64 *)(r6 + 4);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u8 *)(r6 + 66);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u8 *)(r6 + 12);\n"
	"r7 = *(u8 *)(r6 + 73);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_208(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 += 4;\n"
	"r7 = *(u16 *)(r6 + 92);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_209(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 84);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u8 *)(r6 + 71);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u32 *)(r6 + 44);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_210(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 44);\n"
	".8byte 0x0000000300010746;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_211(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 38);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 60);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 = *(u64 *)(r6 + 184);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_212(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 50);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"if r7 < 7 goto l_out_%=;\n"
	"*(u8 *)(r6 + 32) = w7;\n"
	"r7 = *(u16 *)(r6 + 38);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_213(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 20);\n"
	"r7 &= 15;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = *(u8 *)(r6 + 3);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_214(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = be16 r7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_215(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 92);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u16 *)(r6 + 12);\n"
	"*(u16 *)(r6 + 152) = w7;\n"
	"r7 &= 127;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_216(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 74);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 &= 63;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_217(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 = *(u16 *)(r6 + 160);\n"
	"*(u32 *)(r6 + 60) = w7;\n"
	"*(u8 *)(r6 + 8) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_218(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 += 64;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 60);\n"
	"w7 >>= 1;\n"
	"r7 = *(u32 *)(r6 + 48);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_219(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 92);\n"
	"r7 = *(u8 *)(r6 + 183);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 += 8;\n"
	"w7 -= 1;\n"
	"r7 = *(u64 *)(r6 + 64);\n"
	"r7 = *(u16 *)(r6 + 60);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_220(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 156);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r7 = *(u32 *)(r6 + 52);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_221(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 38);\n"
	"*(u32 *)(r6 + 60) = w7;\n"
	"r7 += 60;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_222(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 18);\n"
	"*(u64 *)(r6 + 12) = r7;\n"
	".8byte 0x0000004000010746;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_223(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 152);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 60);\n"
	"*(u32 *)(r6 + 48) = w7;\n"
	"r7 = *(u64 *)(r6 + 84);\n"
	"r7 = *(u16 *)(r6 + 6);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_224(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u16 *)(r6 + 82);\n"
	"r7 = *(u16 *)(r6 + 176);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_225(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 += 60;\n"
	"r7 = *(u32 *)(r6 + 20);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_226(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 42);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_227(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 += 8;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r7 = be16 r7;\n"
	"r7 = *(u8 *)(r6 + 81);\n"
	"*(u32 *)(r6 + 48) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_228(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 59);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"if r7 < 7 goto l_out_%=;\n"
	"r7 = *(u8 *)(r6 + 85);\n"
	"r7 &= 15;\n"
	"r7 = *(u64 *)(r6 + 180);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_229(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = be16 r7;\n"
	"r7 = *(u64 *)(r6 + 152);\n"
	"*(u8 *)(r6 + 0) = w7;\n"
	"r7 = *(u16 *)(r6 + 14);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_230(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 -= 14;\n"
	"w7 -= 1;\n"
	"r7 = *(u16 *)(r6 + 94);\n"
	"if w7 <= 63 goto l_out_%=;\n"
	"r7 = *(u8 *)(r6 + 25);\n"
	"if w7 <= 63 goto l_out_%=;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_231(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u8 *)(r6 + 152) = w7;\n"
	"w7 >>= 4;\n"
	"r7 = *(u64 *)(r6 + 160);\n"
	"*(u32 *)(r6 + 0) = w7;\n"
	".8byte 0x0000000100010745;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_232(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u32 *)(r6 + 32) = w7;\n"
	"r7 = *(u16 *)(r6 + 90);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = *(u16 *)(r6 + 160);\n"
	"r7 = *(u32 *)(r6 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_233(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"r7 += 64;\n"
	"if w7 s< 14 goto l_out_%=;\n"
	"r7 += 64;\n"
	"*(u32 *)(r6 + 152) = w7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 60);\n"
	"r7 = *(u64 *)(r6 + 184);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_234(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u64 *)(r6 + 72) = r7;\n"
	"*(u32 *)(r6 + 0) = w7;\n"
	"*(u32 *)(r6 + 72) = w7;\n"
	"r7 &= 63;\n"
	"w7 >>= 4;\n"
	"r7 = *(u32 *)(r6 + 140);\n"
	"*(u16 *)(r6 + 16) = w7;\n"
	"r7 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_235(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	".8byte 0x0000004000010746;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: r7 &= 127;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_236(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 184);\n"
	"r7 = *(u8 *)(r6 + 44);\n"
	"w7 -= 1;\n"
	"r7 = *(u64 *)(r6 + 164);\n"
	"*(u64 *)(r6 + 48) = r7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_237(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 65);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 2);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 &= 63;\n"
	"*(u64 *)(r6 + 152) = r7;\n"
	"*(u32 *)(r6 + 12) = w7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_238(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 8);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 2);\n"
	"r7 = *(u16 *)(r6 + 88);\n"
	"if r7 == 64 goto l_out_%=;\n"
	"if w7 >= 63 goto l_out_%=;\n"
	"r7 = *(u16 *)(r6 + 54);\n"
	"r7 = *(u16 *)(r6 + 142);\n"
	"r7 = *(u32 *)(r6 + 32);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_239(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 += 64;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"*(u16 *)(r6 + 32) = w7;\n"
	"r7 = *(u8 *)(r6 + 86);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_240(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 2);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r7 = be16 r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_241(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 18);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_242(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 0);\n"
	"*(u16 *)(r6 + 72) = w7;\n"
	"if r7 <= 64 goto l_out_%=;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_243(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 >>= 1;\n"
	"if r7 s>= 14 goto l_out_%=;\n"
	"r7 = *(u64 *)(r6 + 32);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_244(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 70);\n"
	"*(u32 *)(r6 + 12) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_245(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 25);\n"
	"if r7 s> 60 goto l_out_%=;\n"
	"r7 &= 7;\n"
	"r7 = *(u16 *)(r6 + 50);\n"
	"r7 &= 15;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_246(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u8 *)(r6 + 152) = w7;\n"
	"w7 >>= 10;\n"
	"r7 = *(u16 *)(r6 + 22);\n"
	"r7 = *(u16 *)(r6 + 160);\n"
	"r7 = *(u64 *)(r6 + 80);\n"
	"r7 = *(u32 *)(r6 + 36);\n"
	"r7 = *(u16 *)(r6 + 40);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_247(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"w7 -= 60;\n"
	"*(u32 *)(r6 + 44) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_248(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 176);\n"
	"r7 = *(u32 *)(r6 + 28);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"r7 += 64;\n"
	"r7 = *(u8 *)(r6 + 18);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_249(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 72);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 = *(u8 *)(r6 + 38);\n"
	"r7 = *(u64 *)(r6 + 8);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"*(u16 *)(r6 + 16) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_250(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 s>= 60 goto l_out_%=;\n"
	"*(u8 *)(r6 + 8) = w7;\n"
	"r7 = *(u8 *)(r6 + 34);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r7 = *(u32 *)(r6 + 144);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_251(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u32 *)(r6 + 32) = w7;\n"
	"r7 = *(u8 *)(r6 + 140);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_252(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 = *(u32 *)(r6 + 172);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"r7 = *(u16 *)(r6 + 146);\n"
	"r7 = *(u16 *)(r6 + 30);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_253(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 > 40 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r7 = *(u8 *)(r6 + 143);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"*(u32 *)(r6 + 152) = w7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_254(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 60);\n"
	"r7 += 8;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_255(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 &= 31;\n"
	"r7 = *(u16 *)(r6 + 40);\n"
	"r7 = *(u16 *)(r6 + 34);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_256(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 &= 31;\n"
	"r7 = *(u64 *)(r6 + 144);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u16 *)(r6 + 36);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 60);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_257(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 < 40 goto l_out_%=;\n"
	"r7 = be16 r7;\n"
	"r7 = *(u32 *)(r6 + 152);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_258(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 28);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 2);\n"
	"if r7 s< 40 goto l_out_%=;\n"
	"w7 -= 60;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"r7 = *(u64 *)(r6 + 168);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_259(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 8);\n"
	"w7 >>= 11;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_260(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 176);\n"
	"r7 = be16 r7;\n"
	"r7 = *(u16 *)(r6 + 60);\n"
	"if w7 s>= 40 goto l_out_%=;\n"
	"r7 += 4;\n"
	"r7 &= 31;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = *(u16 *)(r6 + 56);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_261(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u64 *)(r6 + 60) = r7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = *(u8 *)(r6 + 38);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"r7 = *(u64 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_262(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 166);\n"
	"r7 = *(u32 *)(r6 + 184);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_263(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 s<= 14 goto l_out_%=;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"*(u32 *)(r6 + 0) = w7;\n"
	"r7 = *(u16 *)(r6 + 64);\n"
	".8byte 0x0000000100010745;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: *(u32 *)(r6 + 48) = w7;\n"
	"r7 = *(u32 *)(r6 + 188);\n"
	"*(u8 *)(r6 + 16) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_264(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = *(u16 *)(r6 + 24);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_265(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 42);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u16 *)(r6 + 70);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"*(u32 *)(r6 + 12) = w7;\n"
	"if r7 s<= 65535 goto l_out_%=;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_266(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 &= 7;\n"
	"r7 += 8;\n"
	"r7 += 60;\n"
	"r7 = *(u8 *)(r6 + 30);\n"
	"r7 = *(u64 *)(r6 + 24);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u8 *)(r6 + 52);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_267(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = be16 r7;\n"
	"r7 = *(u16 *)(r6 + 6);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_268(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	".8byte 0x0000ff0000010746;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: r7 = *(u16 *)(r6 + 84);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"*(u32 *)(r6 + 48) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_269(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 18);\n"
	"r7 = be16 r7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	".8byte 0x0000ff0000010746;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: r7 = *(u32 *)(r6 + 24);\n"
	"r7 = *(u16 *)(r6 + 94);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_270(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	".8byte 0x0000ff0000010745;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"w7 -= 14;\n"
	"r7 = *(u64 *)(r6 + 80);\n"
	"r7 = *(u16 *)(r6 + 36);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_271(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = be16 r7;\n"
	"r7 = *(u32 *)(r6 + 164);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_272(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 s<= 7 goto l_out_%=;\n"
	"r7 = *(u64 *)(r6 + 60);\n"
	"*(u32 *)(r6 + 72) = w7;\n"
	"w7 >>= 12;\n"
	"*(u8 *)(r6 + 32) = w7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r7 = *(u64 *)(r6 + 68);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_273(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = *(u8 *)(r6 + 13);\n"
	"r7 = *(u16 *)(r6 + 180);\n"
	"r7 = *(u64 *)(r6 + 168);\n"
	"r7 &= 7;\n"
	"w7 -= 60;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_274(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u32 *)(r6 + 152) = w7;\n"
	"r7 = *(u64 *)(r6 + 184);\n"
	"r7 = *(u8 *)(r6 + 1);\n"
	"r7 = *(u8 *)(r6 + 142);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u8 *)(r6 + 4);\n"
	"if w7 <= 64 goto l_out_%=;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_275(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	".8byte 0x0000000100010746;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: r7 += 64;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 2);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 2);\n"
	"r7 = *(u16 *)(r6 + 48);\n"
	"r7 = *(u16 *)(r6 + 30);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_276(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 -= 60;\n"
	"r7 = *(u16 *)(r6 + 6);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_277(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 &= 127;\n"
	".8byte 0x0000004000010746;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: r7 = *(u64 *)(r6 + 140);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 60);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_278(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 < 60 goto l_out_%=;\n"
	"*(u32 *)(r6 + 72) = w7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 2);\n"
	"*(u16 *)(r6 + 72) = w7;\n"
	"if r7 != 63 goto l_out_%=;\n"
	"*(u16 *)(r6 + 32) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_279(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = be16 r7;\n"
	"w7 -= 14;\n"
	"r7 = *(u16 *)(r6 + 182);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_280(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 140);\n"
	"r7 = *(u16 *)(r6 + 70);\n"
	"r7 = *(u64 *)(r6 + 16);\n"
	"r7 = *(u16 *)(r6 + 82);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 = *(u8 *)(r6 + 22);\n"
	"r7 = *(u8 *)(r6 + 30);\n"
	"w7 >>= 5;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_281(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	".8byte 0x0000ff0000010745;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_282(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 176);\n"
	"r7 &= 7;\n"
	"r7 = *(u16 *)(r6 + 14);\n"
	"r7 = *(u32 *)(r6 + 156);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u64 *)(r6 + 184);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_283(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 152);\n"
	"if w7 s> 14 goto l_out_%=;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 = *(u64 *)(r6 + 36);\n"
	"r7 = *(u32 *)(r6 + 20);\n"
	"*(u32 *)(r6 + 0) = w7;\n"
	".8byte 0x0000ff0000010745;\n"
	"goto l_n6_%=;\n"
	"goto l_out_%=;\n"
	"l_n6_%=: r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_284(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u32 *)(r6 + 48) = w7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = be16 r7;\n"
	"r7 = *(u16 *)(r6 + 20);\n"
	"r7 = *(u16 *)(r6 + 44);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 60);\n"
	".8byte 0x0000ff0000010746;\n"
	"goto l_n6_%=;\n"
	"goto l_out_%=;\n"
	"l_n6_%=: l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_285(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 += 8;\n"
	"r7 = *(u16 *)(r6 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_286(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 5);\n"
	"r7 = *(u16 *)(r6 + 28);\n"
	"w7 >>= 7;\n"
	"if r7 < 64 goto l_out_%=;\n"
	"r7 = be16 r7;\n"
	"if r7 > 65535 goto l_out_%=;\n"
	"*(u32 *)(r6 + 60) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_287(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"w7 -= 1;\n"
	"*(u8 *)(r6 + 0) = w7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_288(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 >>= 3;\n"
	"r7 = *(u8 *)(r6 + 62);\n"
	"if w7 <= 7 goto l_out_%=;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"if w7 >= 63 goto l_out_%=;\n"
	"r7 = *(u64 *)(r6 + 168);\n"
	"w7 >>= 2;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_289(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u16 *)(r6 + 12);\n"
	"if r7 s< 14 goto l_out_%=;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_290(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 4);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u32 *)(r6 + 144);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r7 = *(u32 *)(r6 + 32);\n"
	"r7 = *(u32 *)(r6 + 40);\n"
	"r7 = *(u16 *)(r6 + 42);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_291(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"if r7 > 40 goto l_out_%=;\n"
	"if r7 s>= 7 goto l_out_%=;\n"
	"w7 -= 14;\n"
	"*(u16 *)(r6 + 72) = w7;\n"
	"r7 = *(u64 *)(r6 + 176);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_292(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r7 = *(u16 *)(r6 + 144);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"r7 = *(u8 *)(r6 + 161);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_293(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = be16 r7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"if r7 s>= 64 goto l_out_%=;\n"
	"r7 = *(u8 *)(r6 + 68);\n"
	"r7 &= 31;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_294(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = *(u64 *)(r6 + 48);\n"
	"r7 += 60;\n"
	"r7 = *(u8 *)(r6 + 176);\n"
	"r7 = *(u32 *)(r6 + 140);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"*(u32 *)(r6 + 8) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_295(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 71);\n"
	".8byte 0x0000000100010745;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: .8byte 0x0000000100010746;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_296(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = be16 r7;\n"
	"r7 = *(u8 *)(r6 + 87);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"if r7 s> 63 goto l_out_%=;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_297(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 -= 14;\n"
	"r7 = *(u8 *)(r6 + 33);\n"
	"r7 = be16 r7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r7 = *(u16 *)(r6 + 164);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_298(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 168);\n"
	"if w7 > 7 goto l_out_%=;\n"
	"w7 >>= 1;\n"
	"r7 = *(u64 *)(r6 + 164);\n"
	"if r7 s>= 60 goto l_out_%=;\n"
	"*(u64 *)(r6 + 32) = r7;\n"
	"*(u64 *)(r6 + 12) = r7;\n"
	"*(u16 *)(r6 + 152) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_299(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"*(u32 *)(r6 + 32) = w7;\n"
	"*(u8 *)(r6 + 16) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_300(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 164);\n"
	"w7 -= 1;\n"
	"r7 = be16 r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_301(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	".8byte 0x0000000100010745;\n"
	"goto l_n2_%=;\n"
	"goto l_out_%=;\n"
	"l_n2_%=: r7 += 4;\n"
	".8byte 0x0000000100010746;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: r7 = *(u64 *)(r6 + 72);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_302(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 40);\n"
	"r7 = *(u32 *)(r6 + 144);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_303(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 59);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"if w7 s<= 63 goto l_out_%=;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_304(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = be16 r7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r7 = *(u16 *)(r6 + 26);\n"
	"*(u64 *)(r6 + 72) = r7;\n"
	"*(u32 *)(r6 + 16) = w7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 2);\n"
	"r7 = *(u16 *)(r6 + 140);\n"
	"r7 = *(u64 *)(r6 + 168);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_305(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"if r7 != 7 goto l_out_%=;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_306(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 176);\n"
	"*(u64 *)(r6 + 32) = r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"*(u32 *)(r6 + 16) = w7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 2);\n"
	"*(u64 *)(r6 + 32) = r7;\n"
	"r7 = *(u16 *)(r6 + 60);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_307(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if r7 >= 60 goto l_out_%=;\n"
	"w7 -= 1;\n"
	"r7 = *(u16 *)(r6 + 30);\n"
	"r7 = *(u16 *)(r6 + 34);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_308(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w7 -= 1;\n"
	"r7 = *(u16 *)(r6 + 144);\n"
	"r7 = *(u16 *)(r6 + 70);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_309(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"*(u16 *)(r6 + 48) = w7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"if r7 == 14 goto l_out_%=;\n"
	"r7 = *(u16 *)(r6 + 58);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_310(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 84);\n"
	"*(u64 *)(r6 + 72) = r7;\n"
	"if r7 > 64 goto l_out_%=;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"if w7 == 14 goto l_out_%=;\n"
	"*(u64 *)(r6 + 16) = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_311(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 183);\n"
	"r7 = *(u32 *)(r6 + 88);\n"
	"r7 &= 127;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_312(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 -= 1;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	".8byte 0x0000ff0000010746;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: r7 = *(u8 *)(r6 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_313(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 44);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u16 *)(r6 + 42);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"*(u32 *)(r6 + 152) = w7;\n"
	"*(u16 *)(r6 + 60) = w7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 60);\n"
	"*(u8 *)(r6 + 8) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_314(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 &= 31;\n"
	"*(u8 *)(r6 + 44) = w7;\n"
	"r7 = *(u64 *)(r6 + 80);\n"
	"r7 = *(u16 *)(r6 + 22);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 2);\n"
	"r7 = *(u16 *)(r6 + 92);\n"
	"r7 = *(u32 *)(r6 + 28);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_315(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 66);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_316(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u8 *)(r6 + 78);\n"
	"r7 = *(u8 *)(r6 + 76);\n"
	"r7 = *(u8 *)(r6 + 38);\n"
	"r7 = *(u16 *)(r6 + 8);\n"
	"r7 = *(u16 *)(r6 + 22);\n"
	"*(u32 *)(r6 + 72) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_317(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 = *(u32 *)(r6 + 76);\n"
	"r7 = *(u16 *)(r6 + 30);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_318(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 s> 14 goto l_out_%=;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r7 = *(u16 *)(r6 + 56);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_319(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = be16 r7;\n"
	"r7 += 4;\n"
	"r7 = *(u64 *)(r6 + 60);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"if w7 >= 14 goto l_out_%=;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w7 -= 60;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_320(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 += 8;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = be16 r7;\n"
	".8byte 0x0000000100010746;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: r7 = *(u64 *)(r6 + 4);\n"
	"r7 = *(u16 *)(r6 + 62);\n"
	"r7 = *(u8 *)(r6 + 3);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_321(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 >= 7 goto l_out_%=;\n"
	"r7 = *(u64 *)(r6 + 168);\n"
	"w7 -= 60;\n"
	"r7 = *(u8 *)(r6 + 33);\n"
	"r7 = *(u8 *)(r6 + 27);\n"
	"r7 = *(u16 *)(r6 + 56);\n"
	"r7 = *(u16 *)(r6 + 160);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_322(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 >>= 3;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"*(u64 *)(r6 + 44) = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_323(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"*(u16 *)(r6 + 72) = w7;\n"
	"r7 += 4;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"r7 = *(u16 *)(r6 + 20);\n"
	"if r7 s<= 0 goto l_out_%=;\n"
	"r7 = *(u8 *)(r6 + 31);\n"
	".8byte 0x0000000100010746;\n"
	"goto l_n7_%=;\n"
	"goto l_out_%=;\n"
	"l_n7_%=: l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_324(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u64 *)(r6 + 32) = r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 &= 127;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 2);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_325(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 >>= 5;\n"
	"*(u8 *)(r6 + 48) = w7;\n"
	"r7 += 4;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = *(u8 *)(r6 + 179);\n"
	"r7 = *(u8 *)(r6 + 77);\n"
	"r7 = *(u64 *)(r6 + 168);\n"
	"r7 = *(u8 *)(r6 + 28);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_326(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u64 *)(r6 + 72);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 += 8;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 60);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"*(u64 *)(r6 + 16) = r7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_327(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 166);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 2);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"r7 = *(u16 *)(r6 + 14);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_328(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 44);\n"
	".8byte 0x0000ff0000010746;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_329(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 76);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r7 = *(u8 *)(r6 + 41);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_330(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u16 *)(r6 + 38);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 = *(u64 *)(r6 + 168);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_331(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 13);\n"
	"r7 = *(u8 *)(r6 + 3);\n"
	"r7 = *(u32 *)(r6 + 4);\n"
	"r7 = *(u16 *)(r6 + 50);\n"
	"if r7 s> 65535 goto l_out_%=;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_332(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 += 60;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 2);\n"
	"*(u32 *)(r6 + 12) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_333(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 s> 0 goto l_out_%=;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_334(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 s<= 0 goto l_out_%=;\n"
	"r7 = *(u64 *)(r6 + 8);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r7 = *(u64 *)(r6 + 168);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_335(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 s< 64 goto l_out_%=;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r7 = be16 r7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u8 *)(r6 + 23);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_336(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"if r7 >= 65535 goto l_out_%=;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_337(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 49);\n"
	"if r7 s< 65535 goto l_out_%=;\n"
	"r7 += 64;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"if r7 > 60 goto l_out_%=;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_338(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 181);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r7 = *(u16 *)(r6 + 86);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"w7 -= 1;\n"
	"w7 -= 14;\n"
	"*(u16 *)(r6 + 8) = w7;\n"
	"*(u64 *)(r6 + 8) = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_339(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 167);\n"
	"r7 = *(u16 *)(r6 + 176);\n"
	"r7 = be16 r7;\n"
	"*(u16 *)(r6 + 16) = w7;\n"
	"r7 = be16 r7;\n"
	"*(u64 *)(r6 + 16) = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_340(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 52);\n"
	"if w7 s< 7 goto l_out_%=;\n"
	"r7 = *(u64 *)(r6 + 64);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_341(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 91);\n"
	"r7 = *(u32 *)(r6 + 4);\n"
	"r7 = *(u64 *)(r6 + 52);\n"
	"r7 = *(u8 *)(r6 + 32);\n"
	"r7 = *(u16 *)(r6 + 90);\n"
	"r7 = *(u16 *)(r6 + 52);\n"
	"w7 >>= 2;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_342(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if r7 != 64 goto l_out_%=;\n"
	"r7 = *(u32 *)(r6 + 12);\n"
	"r7 = *(u8 *)(r6 + 65);\n"
	"w7 >>= 1;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_343(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"if r7 > 64 goto l_out_%=;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"*(u16 *)(r6 + 60) = w7;\n"
	"*(u64 *)(r6 + 72) = r7;\n"
	"r7 = be16 r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_344(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 72);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 60);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_345(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u64 *)(r6 + 60) = r7;\n"
	"if r7 s< 63 goto l_out_%=;\n"
	"*(u64 *)(r6 + 12) = r7;\n"
	"r7 = *(u8 *)(r6 + 43);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_346(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"*(u16 *)(r6 + 0) = w7;\n"
	"r7 = *(u32 *)(r6 + 152);\n"
	"if w7 != 0 goto l_out_%=;\n"
	"r7 = *(u64 *)(r6 + 16);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_347(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 81);\n"
	"if w7 > 40 goto l_out_%=;\n"
	"r7 += 8;\n"
	"r7 = *(u64 *)(r6 + 72);\n"
	"r7 = *(u32 *)(r6 + 16);\n"
	"r7 = *(u8 *)(r6 + 88);\n"
	"r7 &= 127;\n"
	"r7 = *(u8 *)(r6 + 78);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_348(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 146);\n"
	"*(u32 *)(r6 + 32) = w7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_349(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 72);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_350(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 1);\n"
	"r7 &= 127;\n"
	"r7 = be16 r7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	".8byte 0x0000000100010745;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: w7 -= 1;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_351(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 += 4;\n"
	".8byte 0x0000000300010746;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: r7 += 4;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_352(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 = *(u16 *)(r6 + 84);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_353(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 >>= 9;\n"
	"r7 = *(u8 *)(r6 + 33);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_354(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = be16 r7;\n"
	"r7 = *(u16 *)(r6 + 70);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"if w7 > 65535 goto l_out_%=;\n"
	"r7 = *(u64 *)(r6 + 152);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 60);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_355(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 180);\n"
	"r7 = *(u16 *)(r6 + 18);\n"
	"r7 = *(u8 *)(r6 + 82);\n"
	"w7 >>= 14;\n"
	"r7 = *(u64 *)(r6 + 184);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_356(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if w7 s> 60 goto l_out_%=;\n"
	"*(u64 *)(r6 + 60) = r7;\n"
	"r7 = *(u32 *)(r6 + 20);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_357(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 48);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = be16 r7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"*(u64 *)(r6 + 44) = r7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 60);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_358(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"if r7 s> 7 goto l_out_%=;\n"
	"*(u32 *)(r6 + 8) = w7;\n"
	"r7 = *(u8 *)(r6 + 48);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_359(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 34);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"w7 -= 14;\n"
	"if w7 s< 0 goto l_out_%=;\n"
	"r7 = *(u16 *)(r6 + 68);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"if w7 == 64 goto l_out_%=;\n"
	"if r7 s< 63 goto l_out_%=;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_360(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 90);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 = *(u32 *)(r6 + 64);\n"
	"r7 = *(u64 *)(r6 + 24);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_361(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 88);\n"
	".8byte 0x0000000300010746;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = be16 r7;\n"
	"r7 = be16 r7;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_362(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 92);\n"
	"*(u16 *)(r6 + 60) = w7;\n"
	"r7 = *(u64 *)(r6 + 64);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = be16 r7;\n"
	"r7 = *(u8 *)(r6 + 26);\n"
	"if w7 != 65535 goto l_out_%=;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_363(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u8 *)(r6 + 30);\n"
	"r7 = *(u8 *)(r6 + 183);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_364(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u8 *)(r6 + 183);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u8 *)(r6 + 144);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = *(u16 *)(r6 + 94);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_365(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 -= 14;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"r7 = *(u16 *)(r6 + 60);\n"
	"if r7 s< 14 goto l_out_%=;\n"
	"r7 = *(u8 *)(r6 + 60);\n"
	"r7 = *(u64 *)(r6 + 168);\n"
	"w7 >>= 6;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_366(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"if r7 s> 40 goto l_out_%=;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_367(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"if r7 == 64 goto l_out_%=;\n"
	"r7 = *(u64 *)(r6 + 80);\n"
	"r7 = *(u64 *)(r6 + 168);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_368(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 160);\n"
	".8byte 0x0000004000010745;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: *(u32 *)(r6 + 72) = w7;\n"
	"r7 &= 255;\n"
	"r7 = *(u8 *)(r6 + 48);\n"
	"*(u64 *)(r6 + 32) = r7;\n"
	"r7 = *(u8 *)(r6 + 165);\n"
	"r7 = *(u16 *)(r6 + 10);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_369(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 4);\n"
	"r7 = *(u8 *)(r6 + 167);\n"
	"w7 -= 1;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_370(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 88);\n"
	"r7 = be16 r7;\n"
	"r7 = *(u32 *)(r6 + 80);\n"
	"r7 = *(u64 *)(r6 + 92);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_371(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 >>= 9;\n"
	"r7 = *(u8 *)(r6 + 56);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"w7 >>= 10;\n"
	"if w7 s> 40 goto l_out_%=;\n"
	"r7 = *(u16 *)(r6 + 176);\n"
	"r7 = *(u64 *)(r6 + 16);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_372(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"r7 = *(u32 *)(r6 + 144);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r7 = *(u32 *)(r6 + 56);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_373(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 168);\n"
	".8byte 0x0000000300010746;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: r7 = *(u64 *)(r6 + 4);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = be16 r7;\n"
	"if r7 >= 40 goto l_out_%=;\n"
	"r7 = *(u32 *)(r6 + 188);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_374(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 &= 63;\n"
	"r7 = *(u8 *)(r6 + 79);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	".8byte 0x0000000100010746;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: *(u64 *)(r6 + 60) = r7;\n"
	"r7 = *(u64 *)(r6 + 16);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_375(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 += 8;\n"
	"r7 = *(u64 *)(r6 + 80);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u8 *)(r6 + 179);\n"
	"r7 = *(u8 *)(r6 + 5);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_376(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u64 *)(r6 + 64);\n"
	"r7 = *(u32 *)(r6 + 12);\n"
	"*(u32 *)(r6 + 44) = w7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_377(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	".8byte 0x0000004000010746;\n"
	"goto l_n0_%=;\n"
	"goto l_out_%=;\n"
	"l_n0_%=: r7 = *(u16 *)(r6 + 46);\n"
	"if r7 == 64 goto l_out_%=;\n"
	"r7 = *(u8 *)(r6 + 8);\n"
	"r7 = *(u16 *)(r6 + 144);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"if r7 s< 7 goto l_out_%=;\n"
	"r7 = *(u64 *)(r6 + 12);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_378(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 -= 60;\n"
	".8byte 0x0000004000010746;\n"
	"goto l_n1_%=;\n"
	"goto l_out_%=;\n"
	"l_n1_%=: call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_379(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 90);\n"
	"r7 = *(u16 *)(r6 + 82);\n"
	"r7 = *(u32 *)(r6 + 168);\n"
	"r7 = *(u64 *)(r6 + 40);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r7 = *(u8 *)(r6 + 141);\n"
	"r7 &= 15;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_380(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"*(u16 *)(r6 + 72) = w7;\n"
	"r7 = *(u64 *)(r6 + 56);\n"
	"r7 = *(u8 *)(r6 + 74);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_381(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u16 *)(r1 + 60);\n"
	"r7 = *(u64 *)(r6 + 152);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_382(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 46);\n"
	"*(u32 *)(r6 + 32) = w7;\n"
	"r7 = *(u8 *)(r6 + 84);\n"
	"r7 = *(u8 *)(r6 + 90);\n"
	"r7 = *(u16 *)(r6 + 12);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_383(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 += 4;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 2);\n"
	"r7 = *(u8 *)(r6 + 3);\n"
	"*(u64 *)(r6 + 16) = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_384(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 142);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r7 = *(u16 *)(r6 + 6);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"w7 >>= 5;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_385(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 140);\n"
	"*(u64 *)(r6 + 8) = r7;\n"
	"*(u64 *)(r6 + 48) = r7;\n"
	"r7 = be16 r7;\n"
	"*(u64 *)(r6 + 32) = r7;\n"
	"r7 = *(u8 *)(r6 + 69);\n"
	"r7 = be16 r7;\n"
	"w7 >>= 7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_386(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 30);\n"
	"r7 = *(u32 *)(r6 + 52);\n"
	"if r7 > 7 goto l_out_%=;\n"
	"r7 = *(u8 *)(r6 + 9);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_387(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 65);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 4;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r7 = *(u64 *)(r6 + 184);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_388(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u32 *)(r6 + 156);\n"
	"r7 = *(u8 *)(r6 + 48);\n"
	"w7 >>= 4;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_389(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r7 &= 255;\n"
	"w7 >>= 6;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 2);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 &= 127;\n"
	"r7 &= 7;\n"
	"r7 = *(u64 *)(r6 + 12);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_390(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 64);\n"
	"r7 &= 31;\n"
	"r7 = *(u16 *)(r6 + 176);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_391(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 52);\n"
	"r7 = *(u8 *)(r6 + 29);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_392(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 &= 15;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"*(u64 *)(r6 + 16) = r7;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_393(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 2);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 2);\n"
	"if r7 s< 14 goto l_out_%=;\n"
	"r7 = *(u64 *)(r6 + 84);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_394(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 8;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r7 += 1;\n"
	"r7 = *(u16 *)(r6 + 32);\n"
	".8byte 0x0000000300010745;\n"
	"goto l_n4_%=;\n"
	"goto l_out_%=;\n"
	"l_n4_%=: l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_395(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u8 *)(r6 + 60);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"r7 = *(u8 *)(r6 + 42);\n"
	".8byte 0x0000004000010745;\n"
	"goto l_n3_%=;\n"
	"goto l_out_%=;\n"
	"l_n3_%=: r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_396(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u16 *)(r6 + 18);\n"
	"r7 = *(u8 *)(r6 + 72);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_397(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 2;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 0);\n"
	"r7 = *(u64 *)(r6 + 16);\n"
	"r7 = *(u64 *)(r6 + 152);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void df_4_398(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"r7 = *(u32 *)(r6 + 44);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"*(u8 *)(r6 + 72) = w7;\n"
	"*(u16 *)(r6 + 48) = w7;\n"
	"w7 >>= 8;\n"
	"*(u32 *)(r6 + 48) = w7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r7 = r0;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("tc") __naked void df_4_399(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r8 = *(u32 *)(r6 + 76);\n"
	"r9 = *(u32 *)(r6 + 80);\n"
	"r1 = r8;\n"
	"r1 += 64;\n"
	"if r1 > r9 goto l_out_%=;\n"
	"r7 = 0;\n"
	"w7 -= 14;\n"
	"r1 = r8;\n"
	"r1 += r7;\n"
	"r2 = r1;\n"
	"r2 += 1;\n"
	"if r2 > r9 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

char _license[] SEC("license") = "GPL";
