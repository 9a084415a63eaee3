// narrow loads of __sk_buff->pkt_type and other u32 fields: the xlated rewrite
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"




SEC("socket") __naked void pkt_type_socket_u32_4(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 4);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void pkt_type_socket_u16_4(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 4);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void pkt_type_socket_u16_6(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 6);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void pkt_type_socket_u8_4(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 4);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void pkt_type_socket_u8_5(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 5);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void pkt_type_socket_u8_6(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 6);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void pkt_type_socket_u8_7(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 7);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void pkt_type_tc_u32_4(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 4);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void pkt_type_tc_u16_4(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 4);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void pkt_type_tc_u16_6(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 6);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void pkt_type_tc_u8_4(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 4);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void pkt_type_tc_u8_5(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 5);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void pkt_type_tc_u8_6(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 6);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void pkt_type_tc_u8_7(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 7);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void pkt_type_u8_same_reg(void)
{
	asm volatile (
	"r1 = *(u8 *)(r1 + 4);\n"
	"r0 = r1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void pkt_type_u8_and_len(void)
{
	asm volatile (
	"r2 = *(u8 *)(r1 + 4);\n"
	"r0 = *(u16 *)(r1 + 2);\n"
	"r0 += r2;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void len_u8_5(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 1);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void mark_u16_10(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 10);\n"
	"exit;\n"
	: : : __clobber_all);
}

char _license[] SEC("license") = "GPL";
