#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"




SEC("sockops") __naked void sx_fields(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 8);\n"
	"r2 = *(u32 *)(r1 + 12);\n"
	"r2 = *(u32 *)(r1 + 16);\n"
	"r2 = *(u32 *)(r1 + 24);\n"
	"r2 = *(u32 *)(r1 + 28);\n"
	"r2 = *(u32 *)(r1 + 32);\n"
	"r2 = *(u32 *)(r1 + 36);\n"
	"r2 = *(u32 *)(r1 + 40);\n"
	"r2 = *(u32 *)(r1 + 44);\n"
	"r2 = *(u32 *)(r1 + 48);\n"
	"r2 = *(u32 *)(r1 + 52);\n"
	"r2 = *(u32 *)(r1 + 56);\n"
	"r2 = *(u32 *)(r1 + 60);\n"
	"r2 = *(u32 *)(r1 + 68);\n"
	"r2 = *(u32 *)(r1 + 72);\n"
	"r2 = *(u32 *)(r1 + 80);\n"
	"r2 = *(u32 *)(r1 + 84);\n"
	"r2 = *(u32 *)(r1 + 92);\n"
	"r2 = *(u32 *)(r1 + 96);\n"
	"r2 = *(u32 *)(r1 + 100);\n"
	"r2 = *(u32 *)(r1 + 104);\n"
	"r2 = *(u32 *)(r1 + 108);\n"
	"r2 = *(u32 *)(r1 + 112);\n"
	"r2 = *(u32 *)(r1 + 116);\n"
	"r2 = *(u32 *)(r1 + 120);\n"
	"r2 = *(u32 *)(r1 + 124);\n"
	"r2 = *(u32 *)(r1 + 128);\n"
	"r2 = *(u32 *)(r1 + 132);\n"
	"r2 = *(u32 *)(r1 + 136);\n"
	"r2 = *(u32 *)(r1 + 140);\n"
	"r2 = *(u32 *)(r1 + 144);\n"
	"r2 = *(u32 *)(r1 + 148);\n"
	"r2 = *(u32 *)(r1 + 152);\n"
	"r2 = *(u32 *)(r1 + 156);\n"
	"r2 = *(u32 *)(r1 + 160);\n"
	"r2 = *(u32 *)(r1 + 164);\n"
	"r2 = *(u32 *)(r1 + 208);\n"
	"r2 = *(u64 *)(r1 + 168);\n"
	"r2 = *(u64 *)(r1 + 184);\n"
	"r2 = *(u16 *)(r1 + 212);\n"
	"r2 = *(u32 *)(r1 + 212);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void sx_skb_data(void)
{
	asm volatile (
	"r2 = *(u64 *)(r1 + 192);\n"
	"r2 = *(u64 *)(r1 + 200);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void sx_same_reg_field(void)
{
	asm volatile (
	"r1 = *(u32 *)(r1 + 76);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void sx_same_reg_u64(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 168);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void sx_same_reg_state(void)
{
	asm volatile (
	"r1 = *(u32 *)(r1 + 88);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void sx_r9_dst(void)
{
	asm volatile (
	"r9 = *(u32 *)(r1 + 80);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void sx_r9_same(void)
{
	asm volatile (
	"r9 = r1;\n"
	"r9 = *(u32 *)(r9 + 92);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void sx_r9_r8(void)
{
	asm volatile (
	"r9 = r1;\n"
	"r8 = *(u32 *)(r9 + 96);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void sx_r8_same_r9_sk(void)
{
	asm volatile (
	"r8 = r1;\n"
	"r8 = *(u64 *)(r8 + 184);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void sx_sk_r9_same(void)
{
	asm volatile (
	"r9 = r1;\n"
	"r9 = *(u64 *)(r9 + 184);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void sx_txhash_store_r9(void)
{
	asm volatile (
	"r9 = r1;\n"
	"r8 = 3;\n"
	"*(u32 *)(r9 + 164) = r8;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void sx_txhash_store_src9(void)
{
	asm volatile (
	"r9 = 3;\n"
	"*(u32 *)(r1 + 164) = r9;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void sx_helpers(void)
{
	asm volatile (
	"r6 = r1;\n"
	"call %[bpf_get_socket_cookie];\n"
	"r1 = r6;\n"
	"call %[bpf_get_netns_cookie];\n"
	"r1 = r6;\n"
	"r2 = 4;\n"
	"r3 = 0;\n"
	"call %[bpf_reserve_hdr_opt];\n"
	"r2 = 0;\n"
	"*(u64 *)(r10 - 8) = r2;\n"
	"r1 = r6;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r3 = 8;\n"
	"r4 = 0;\n"
	"call %[bpf_load_hdr_opt];\n"
	"r1 = r6;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r3 = 4;\n"
	"r4 = 0;\n"
	"call %[bpf_store_hdr_opt];\n"
	"r1 = r6;\n"
	"r2 = 0;\n"
	"call %[bpf_sock_ops_cb_flags_set];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_get_socket_cookie), __imm(bpf_get_netns_cookie), __imm(bpf_reserve_hdr_opt), __imm(bpf_load_hdr_opt), __imm(bpf_store_hdr_opt), __imm(bpf_sock_ops_cb_flags_set) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
