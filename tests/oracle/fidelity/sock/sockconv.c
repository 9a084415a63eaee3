// struct bpf_sock / bpf_tcp_sock conversions: narrow loads through every socket pointer, immediate stores
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"




SEC("tc") __naked void skc_n1_24(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 24);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self1_24(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u8 *)(r1 + 24);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n1_24(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u8 *)(r0 + 24);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n1_25(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 25);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self1_25(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u8 *)(r1 + 25);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n1_25(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u8 *)(r0 + 25);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n1_26(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 26);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self1_26(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u8 *)(r1 + 26);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n1_26(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u8 *)(r0 + 26);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n1_27(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 27);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self1_27(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u8 *)(r1 + 27);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n1_27(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u8 *)(r0 + 27);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n1_29(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 29);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self1_29(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u8 *)(r1 + 29);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n1_29(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u8 *)(r0 + 29);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n1_34(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 34);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self1_34(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u8 *)(r1 + 34);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n1_34(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u8 *)(r0 + 34);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n1_39(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 39);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self1_39(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u8 *)(r1 + 39);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n1_39(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u8 *)(r0 + 39);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n1_43(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 43);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self1_43(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u8 *)(r1 + 43);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n1_43(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u8 *)(r0 + 43);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n1_45(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 45);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self1_45(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u8 *)(r1 + 45);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n1_45(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u8 *)(r0 + 45);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n1_49(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 49);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self1_49(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u8 *)(r1 + 49);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n1_49(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u8 *)(r0 + 49);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n1_52(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 52);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self1_52(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u8 *)(r1 + 52);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n1_52(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u8 *)(r0 + 52);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n1_53(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 53);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self1_53(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u8 *)(r1 + 53);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n1_53(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u8 *)(r0 + 53);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n1_54(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 54);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self1_54(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u8 *)(r1 + 54);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n1_54(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u8 *)(r0 + 54);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n1_55(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 55);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self1_55(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u8 *)(r1 + 55);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n1_55(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u8 *)(r0 + 55);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n1_57(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 57);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self1_57(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u8 *)(r1 + 57);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n1_57(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u8 *)(r0 + 57);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n1_62(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 62);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self1_62(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u8 *)(r1 + 62);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n1_62(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u8 *)(r0 + 62);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n1_67(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 67);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self1_67(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u8 *)(r1 + 67);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n1_67(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u8 *)(r0 + 67);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n1_71(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 71);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self1_71(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u8 *)(r1 + 71);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n1_71(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u8 *)(r0 + 71);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n1_76(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 76);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self1_76(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u8 *)(r1 + 76);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n1_76(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u8 *)(r0 + 76);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n1_77(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r1 + 77);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self1_77(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u8 *)(r1 + 77);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n1_77(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u8 *)(r0 + 77);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n2_24(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 24);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self2_24(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u16 *)(r1 + 24);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n2_24(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u16 *)(r0 + 24);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n2_26(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 26);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self2_26(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u16 *)(r1 + 26);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n2_26(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u16 *)(r0 + 26);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n2_30(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 30);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self2_30(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u16 *)(r1 + 30);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n2_30(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u16 *)(r0 + 30);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n2_40(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 40);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self2_40(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u16 *)(r1 + 40);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n2_40(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u16 *)(r0 + 40);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n2_42(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 42);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self2_42(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u16 *)(r1 + 42);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n2_42(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u16 *)(r0 + 42);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n2_44(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 44);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self2_44(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u16 *)(r1 + 44);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n2_44(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u16 *)(r0 + 44);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n2_52(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 52);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self2_52(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u16 *)(r1 + 52);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n2_52(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u16 *)(r0 + 52);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n2_54(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 54);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self2_54(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u16 *)(r1 + 54);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n2_54(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u16 *)(r0 + 54);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n2_58(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 58);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self2_58(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u16 *)(r1 + 58);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n2_58(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u16 *)(r0 + 58);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n2_70(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 70);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self2_70(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u16 *)(r1 + 70);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n2_70(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u16 *)(r0 + 70);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n2_72(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 72);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self2_72(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u16 *)(r1 + 72);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n2_72(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u16 *)(r0 + 72);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n2_76(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 76);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self2_76(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u16 *)(r1 + 76);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n2_76(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u16 *)(r0 + 76);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void skc_n2_78(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r0 = *(u16 *)(r1 + 78);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skc_self2_78(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"r1 = *(u16 *)(r1 + 78);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void fullsock_n2_78(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r2 = *(u16 *)(r0 + 78);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_fullsock) : __clobber_all);
}

SEC("tc") __naked void listener_rd4_0(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_get_listener_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 0);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_listener_sock) : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void lookup_rd4_0(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r3 = 0;\n"
	"*(u64 *)(r10 - 16) = r3;\n"
	"*(u32 *)(r10 - 8) = r3;\n"
	"r3 = 12;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_sk_lookup_tcp];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r7 = *(u32 *)(r0 + 0);\n"
	"r1 = r0;\n"
	"call %[bpf_sk_release];\n"
	"l_out_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm(bpf_sk_release) : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void skclookup_rd4_0(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r3 = 0;\n"
	"*(u64 *)(r10 - 16) = r3;\n"
	"*(u32 *)(r10 - 8) = r3;\n"
	"r3 = 12;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_skc_lookup_tcp];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r7 = *(u32 *)(r0 + 0);\n"
	"r1 = r0;\n"
	"call %[bpf_sk_release];\n"
	"l_out_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_skc_lookup_tcp), __imm(bpf_sk_release) : __clobber_all);
}

SEC("tc") __naked void listener_rd4_4(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_get_listener_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 4);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_listener_sock) : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void lookup_rd4_4(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r3 = 0;\n"
	"*(u64 *)(r10 - 16) = r3;\n"
	"*(u32 *)(r10 - 8) = r3;\n"
	"r3 = 12;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_sk_lookup_tcp];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r7 = *(u32 *)(r0 + 4);\n"
	"r1 = r0;\n"
	"call %[bpf_sk_release];\n"
	"l_out_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm(bpf_sk_release) : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void skclookup_rd4_4(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r3 = 0;\n"
	"*(u64 *)(r10 - 16) = r3;\n"
	"*(u32 *)(r10 - 8) = r3;\n"
	"r3 = 12;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_skc_lookup_tcp];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r7 = *(u32 *)(r0 + 4);\n"
	"r1 = r0;\n"
	"call %[bpf_sk_release];\n"
	"l_out_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_skc_lookup_tcp), __imm(bpf_sk_release) : __clobber_all);
}

SEC("tc") __naked void listener_rd4_8(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_get_listener_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 8);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_listener_sock) : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void lookup_rd4_8(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r3 = 0;\n"
	"*(u64 *)(r10 - 16) = r3;\n"
	"*(u32 *)(r10 - 8) = r3;\n"
	"r3 = 12;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_sk_lookup_tcp];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r7 = *(u32 *)(r0 + 8);\n"
	"r1 = r0;\n"
	"call %[bpf_sk_release];\n"
	"l_out_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm(bpf_sk_release) : __clobber_all);
}

SEC("tc") __naked void listener_rd4_16(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_get_listener_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 16);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_listener_sock) : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void lookup_rd4_16(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r3 = 0;\n"
	"*(u64 *)(r10 - 16) = r3;\n"
	"*(u32 *)(r10 - 8) = r3;\n"
	"r3 = 12;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_sk_lookup_tcp];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r7 = *(u32 *)(r0 + 16);\n"
	"r1 = r0;\n"
	"call %[bpf_sk_release];\n"
	"l_out_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm(bpf_sk_release) : __clobber_all);
}

SEC("tc") __naked void listener_rd4_44(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_get_listener_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 44);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_listener_sock) : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void lookup_rd4_44(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r3 = 0;\n"
	"*(u64 *)(r10 - 16) = r3;\n"
	"*(u32 *)(r10 - 8) = r3;\n"
	"r3 = 12;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_sk_lookup_tcp];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r7 = *(u32 *)(r0 + 44);\n"
	"r1 = r0;\n"
	"call %[bpf_sk_release];\n"
	"l_out_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm(bpf_sk_release) : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void skclookup_rd4_44(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r3 = 0;\n"
	"*(u64 *)(r10 - 16) = r3;\n"
	"*(u32 *)(r10 - 8) = r3;\n"
	"r3 = 12;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_skc_lookup_tcp];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r7 = *(u32 *)(r0 + 44);\n"
	"r1 = r0;\n"
	"call %[bpf_sk_release];\n"
	"l_out_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_skc_lookup_tcp), __imm(bpf_sk_release) : __clobber_all);
}

SEC("tc") __naked void listener_rd4_48(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_get_listener_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 48);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_listener_sock) : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void lookup_rd4_48(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r3 = 0;\n"
	"*(u64 *)(r10 - 16) = r3;\n"
	"*(u32 *)(r10 - 8) = r3;\n"
	"r3 = 12;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_sk_lookup_tcp];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r7 = *(u32 *)(r0 + 48);\n"
	"r1 = r0;\n"
	"call %[bpf_sk_release];\n"
	"l_out_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm(bpf_sk_release) : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void skclookup_rd4_48(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r3 = 0;\n"
	"*(u64 *)(r10 - 16) = r3;\n"
	"*(u32 *)(r10 - 8) = r3;\n"
	"r3 = 12;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_skc_lookup_tcp];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r7 = *(u32 *)(r0 + 48);\n"
	"r1 = r0;\n"
	"call %[bpf_sk_release];\n"
	"l_out_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_skc_lookup_tcp), __imm(bpf_sk_release) : __clobber_all);
}

SEC("tc") __naked void listener_rd4_72(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_get_listener_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 72);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_listener_sock) : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void lookup_rd4_72(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r3 = 0;\n"
	"*(u64 *)(r10 - 16) = r3;\n"
	"*(u32 *)(r10 - 8) = r3;\n"
	"r3 = 12;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_sk_lookup_tcp];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r7 = *(u32 *)(r0 + 72);\n"
	"r1 = r0;\n"
	"call %[bpf_sk_release];\n"
	"l_out_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm(bpf_sk_release) : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void skclookup_rd4_72(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r3 = 0;\n"
	"*(u64 *)(r10 - 16) = r3;\n"
	"*(u32 *)(r10 - 8) = r3;\n"
	"r3 = 12;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_skc_lookup_tcp];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r7 = *(u32 *)(r0 + 72);\n"
	"r1 = r0;\n"
	"call %[bpf_sk_release];\n"
	"l_out_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_skc_lookup_tcp), __imm(bpf_sk_release) : __clobber_all);
}

SEC("tc") __naked void listener_rd4_76(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_get_listener_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u32 *)(r0 + 76);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_listener_sock) : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void lookup_rd4_76(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r3 = 0;\n"
	"*(u64 *)(r10 - 16) = r3;\n"
	"*(u32 *)(r10 - 8) = r3;\n"
	"r3 = 12;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_sk_lookup_tcp];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r7 = *(u32 *)(r0 + 76);\n"
	"r1 = r0;\n"
	"call %[bpf_sk_release];\n"
	"l_out_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm(bpf_sk_release) : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void skclookup_rd4_76(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r3 = 0;\n"
	"*(u64 *)(r10 - 16) = r3;\n"
	"*(u32 *)(r10 - 8) = r3;\n"
	"r3 = 12;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_skc_lookup_tcp];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r7 = *(u32 *)(r0 + 76);\n"
	"r1 = r0;\n"
	"call %[bpf_sk_release];\n"
	"l_out_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_skc_lookup_tcp), __imm(bpf_sk_release) : __clobber_all);
}

SEC("tc") __naked void listener_rd1_48(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_get_listener_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u8 *)(r0 + 48);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_listener_sock) : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void lookup_rd1_48(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r3 = 0;\n"
	"*(u64 *)(r10 - 16) = r3;\n"
	"*(u32 *)(r10 - 8) = r3;\n"
	"r3 = 12;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_sk_lookup_tcp];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r7 = *(u8 *)(r0 + 48);\n"
	"r1 = r0;\n"
	"call %[bpf_sk_release];\n"
	"l_out_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm(bpf_sk_release) : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void skclookup_rd1_48(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r3 = 0;\n"
	"*(u64 *)(r10 - 16) = r3;\n"
	"*(u32 *)(r10 - 8) = r3;\n"
	"r3 = 12;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_skc_lookup_tcp];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r7 = *(u8 *)(r0 + 48);\n"
	"r1 = r0;\n"
	"call %[bpf_sk_release];\n"
	"l_out_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_skc_lookup_tcp), __imm(bpf_sk_release) : __clobber_all);
}

SEC("tc") __naked void listener_rd2_76(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_get_listener_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r0 = *(u16 *)(r0 + 76);\n"
	"l_out_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_listener_sock) : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void lookup_rd2_76(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r3 = 0;\n"
	"*(u64 *)(r10 - 16) = r3;\n"
	"*(u32 *)(r10 - 8) = r3;\n"
	"r3 = 12;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_sk_lookup_tcp];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r7 = *(u16 *)(r0 + 76);\n"
	"r1 = r0;\n"
	"call %[bpf_sk_release];\n"
	"l_out_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm(bpf_sk_release) : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void skclookup_rd2_76(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r3 = 0;\n"
	"*(u64 *)(r10 - 16) = r3;\n"
	"*(u32 *)(r10 - 8) = r3;\n"
	"r3 = 12;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_skc_lookup_tcp];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r7 = *(u16 *)(r0 + 76);\n"
	"r1 = r0;\n"
	"call %[bpf_sk_release];\n"
	"l_out_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_skc_lookup_tcp), __imm(bpf_sk_release) : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void tcpsock_cg_rd4_0(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r1 = *(u32 *)(r0 + 0);\n"
	"l_out_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void tcpsock_cg_rd4_8(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r1 = *(u32 *)(r0 + 8);\n"
	"l_out_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void tcpsock_cg_rd8_80(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r1 = *(u64 *)(r0 + 80);\n"
	"l_out_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void tcpsock_cg_rd8_88(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r1 = *(u64 *)(r0 + 88);\n"
	"l_out_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void tcpsock_cg_rd4_108(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r1 = *(u32 *)(r0 + 108);\n"
	"l_out_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void tcpsock_cg_rd4_32(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"if r1 == 0 goto l_out_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l_out_%=;\n"
	"r1 = *(u32 *)(r0 + 32);\n"
	"l_out_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_st4_0(void)
{
	asm volatile (
	".8byte 0x0000000700000162;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_st4_16(void)
{
	asm volatile (
	".8byte 0x0000000700100162;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_st4_20(void)
{
	asm volatile (
	".8byte 0x0000000700140162;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_st4_4(void)
{
	asm volatile (
	".8byte 0x0000000700040162;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_st2_16(void)
{
	asm volatile (
	".8byte 0x000000070010016a;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_st8_16(void)
{
	asm volatile (
	".8byte 0x000000070010017a;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_st4_0(void)
{
	asm volatile (
	".8byte 0x0000000700000162;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_st4_16(void)
{
	asm volatile (
	".8byte 0x0000000700100162;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_st4_20(void)
{
	asm volatile (
	".8byte 0x0000000700140162;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_st4_4(void)
{
	asm volatile (
	".8byte 0x0000000700040162;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_st2_16(void)
{
	asm volatile (
	".8byte 0x000000070010016a;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_st8_16(void)
{
	asm volatile (
	".8byte 0x000000070010017a;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_st4_0(void)
{
	asm volatile (
	".8byte 0x0000000700000162;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_st4_16(void)
{
	asm volatile (
	".8byte 0x0000000700100162;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_st4_20(void)
{
	asm volatile (
	".8byte 0x0000000700140162;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_st4_4(void)
{
	asm volatile (
	".8byte 0x0000000700040162;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_st2_16(void)
{
	asm volatile (
	".8byte 0x000000070010016a;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_st8_16(void)
{
	asm volatile (
	".8byte 0x000000070010017a;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

char _license[] SEC("license") = "GPL";
