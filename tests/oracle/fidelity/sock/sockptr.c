// struct bpf_sock / bpf_tcp_sock fields read through a tc program's socket pointers
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"




SEC("tc") __naked void skc_rd4_0(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd4_0(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd4_4(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd4_4(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd4_8(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd4_8(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd4_12(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 12);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd4_12(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 12);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd4_16(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 16);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd4_16(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 16);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd4_20(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 20);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd4_20(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 20);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd4_24(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 24);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd4_24(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 24);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd4_28(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 28);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd4_28(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 28);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd4_32(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 32);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd4_32(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 32);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd4_36(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 36);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd4_36(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 36);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd4_40(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 40);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd4_40(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 40);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd4_44(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 44);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd4_44(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 44);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd4_48(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 48);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd4_48(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 48);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd4_52(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 52);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd4_52(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 52);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd4_56(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 56);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd4_56(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 56);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd4_60(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 60);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd4_60(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 60);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd4_64(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 64);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd4_64(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 64);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd4_68(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 68);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd4_68(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 68);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd4_72(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 72);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd4_72(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 72);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd4_76(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 76);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd4_76(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 76);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd4_80(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r1 + 80);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd4_80(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 80);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd1_4(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd1_4(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r0 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd1_8(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd1_8(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r0 + 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd1_16(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 16);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd1_16(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r0 + 16);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd1_44(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 44);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd1_44(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r0 + 44);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd1_48(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 48);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd1_48(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r0 + 48);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd1_72(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 72);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd1_72(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r0 + 72);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd2_4(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd2_4(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u16 *)(r0 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd2_8(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd2_8(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u16 *)(r0 + 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd2_48(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 48);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd2_48(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u16 *)(r0 + 48);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_rd2_50(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 50);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_rd2_50(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u16 *)(r0 + 50);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_0(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_4(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_8(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_12(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 12);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_16(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 16);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_20(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 20);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_24(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 24);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_28(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 28);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_32(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 32);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_36(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 36);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_40(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 40);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_44(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 44);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_48(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 48);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_52(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 52);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_56(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 56);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_60(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 60);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_64(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 64);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_68(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 68);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_72(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 72);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_76(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 76);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_80(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 80);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_84(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 84);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_88(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 88);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_92(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 92);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_96(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 96);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_100(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 100);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_104(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 104);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_108(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 108);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd4_112(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 112);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd8_80(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u64 *)(r0 + 80);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd8_88(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u64 *)(r0 + 88);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd8_0(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd1_0(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r0 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcpsock_rd2_100(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u16 *)(r0 + 100);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void skc_wr4_16(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"w2 = 1;\n"
	"*(u32 *)(r1 + 16) = w2;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_wr4_16(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"w2 = 1;\n"
	"*(u32 *)(r0 + 16) = w2;\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
