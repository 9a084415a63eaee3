#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"




SEC("xdp") __naked void xdp_load_bytes_past_end(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = 0x55;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r1 = r6;\n"
	"r2 = 60;\n"
	"r3 = r10;\n"
	"r3 += -8;\n"
	"r4 = 8;\n"
	"call %[bpf_xdp_load_bytes];\n"
	"r0 = -r0;\n"
	"if r0 != 14 goto l0_%=;\n"
	"r0 = *(u64 *)(r10 - 64);\n"
	"l0_%=:r1 = *(u8 *)(r10 - 8);\n"
	"if r0 == 0 goto l1_%=;\n"
	"if r1 == 85 goto l1_%=;\n"
	"r0 = *(u64 *)(r10 - 64);\n"
	"l1_%=: r0 <<= 8;\n"
	"r0 += r1;\n"
	"exit;\n"
	: : __imm(bpf_xdp_load_bytes) : __clobber_all);
}

SEC("xdp") __naked void xdp_load_bytes_off_over_64k(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = 0x55;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r1 = r6;\n"
	"r2 = 65536;\n"
	"r3 = r10;\n"
	"r3 += -8;\n"
	"r4 = 8;\n"
	"call %[bpf_xdp_load_bytes];\n"
	"r0 = -r0;\n"
	"if r0 == 14 goto l0_%=;\n"
	"r0 = *(u64 *)(r10 - 64);\n"
	"l0_%=:r1 = *(u8 *)(r10 - 8);\n"
	"if r0 == 0 goto l1_%=;\n"
	"if r1 == 85 goto l1_%=;\n"
	"r0 = *(u64 *)(r10 - 64);\n"
	"l1_%=: r0 <<= 8;\n"
	"r0 += r1;\n"
	"exit;\n"
	: : __imm(bpf_xdp_load_bytes) : __clobber_all);
}

SEC("xdp") __naked void xdp_store_bytes_past_end(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = 0x55;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r1 = r6;\n"
	"r2 = 60;\n"
	"r3 = r10;\n"
	"r3 += -8;\n"
	"r4 = 8;\n"
	"call %[bpf_xdp_store_bytes];\n"
	"r0 = -r0;\n"
	"if r0 != 14 goto l0_%=;\n"
	"r0 = *(u64 *)(r10 - 64);\n"
	"l0_%=:exit;\n"
	: : __imm(bpf_xdp_store_bytes) : __clobber_all);
}

SEC("tc") __naked void skb_load_bytes_past_end(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = 0x55;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r1 = r6;\n"
	"r2 = 60;\n"
	"r3 = r10;\n"
	"r3 += -8;\n"
	"r4 = 8;\n"
	"call %[bpf_skb_load_bytes];\n"
	"r0 = -r0;\n"
	"if r0 != 22 goto l0_%=;\n"
	"r0 = *(u64 *)(r10 - 64);\n"
	"l0_%=:r1 = *(u8 *)(r10 - 8);\n"
	"if r0 == 0 goto l1_%=;\n"
	"if r1 == 0 goto l1_%=;\n"
	"r0 = *(u64 *)(r10 - 64);\n"
	"l1_%=: r0 <<= 8;\n"
	"r0 += r1;\n"
	"exit;\n"
	: : __imm(bpf_skb_load_bytes) : __clobber_all);
}

SEC("tc") __naked void skb_store_bytes_bad_flags(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = 0x55;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r1 = r6;\n"
	"r2 = 0;\n"
	"r3 = r10;\n"
	"r3 += -8;\n"
	"r4 = 1;\n"
	"r5 = 4;\n"
	"call %[bpf_skb_store_bytes];\n"
	"r0 = -r0;\n"
	"if r0 == 22 goto l0_%=;\n"
	"r0 = *(u64 *)(r10 - 64);\n"
	"l0_%=:r2 = *(u32 *)(r6 + 76);\n"
	"r3 = *(u32 *)(r6 + 80);\n"
	"r4 = r2;\n"
	"r4 += 1;\n"
	"if r4 > r3 goto l9_%=;\n"
	"r1 = *(u8 *)(r2 + 0);\n"
	"r0 <<= 8;\n"
	"r0 += r1;\n"
	"l9_%=: exit;\n"
	: : __imm(bpf_skb_store_bytes) : __clobber_all);
}

SEC("tc") __naked void skb_store_bytes_known_flags(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = 0x55;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r1 = r6;\n"
	"r2 = 0;\n"
	"r3 = r10;\n"
	"r3 += -8;\n"
	"r4 = 1;\n"
	"r5 = 3;\n"
	"call %[bpf_skb_store_bytes];\n"
	"r0 = -r0;\n"
	"if r0 != 22 goto l0_%=;\n"
	"r0 = *(u64 *)(r10 - 64);\n"
	"l0_%=:r2 = *(u32 *)(r6 + 76);\n"
	"r3 = *(u32 *)(r6 + 80);\n"
	"r4 = r2;\n"
	"r4 += 1;\n"
	"if r4 > r3 goto l9_%=;\n"
	"r1 = *(u8 *)(r2 + 0);\n"
	"r0 <<= 8;\n"
	"r0 += r1;\n"
	"l9_%=: exit;\n"
	: : __imm(bpf_skb_store_bytes) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
