// packet bounds (data/data_end) in tc and xdp; LD_ABS
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


SEC("tc") __naked void pkt_tc_checked_ok(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 76);\n"
	"r3 = *(u32 *)(r1 + 80);\n"
	"r0 = 0;\n"
	"r4 = r2;\n"
	"r4 += 14;\n"
	"if r4 > r3 goto l0_%=;\n"
	"r0 = *(u8 *)(r2 + 12);\n"
	"l0_%=: exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void pkt_tc_no_check(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 76);\n"
	"r3 = *(u32 *)(r1 + 80);\n"
	"r0 = *(u8 *)(r2 + 0);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void pkt_tc_off_by_one(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 76);\n"
	"r3 = *(u32 *)(r1 + 80);\n"
	"r0 = 0;\n"
	"r4 = r2;\n"
	"r4 += 14;\n"
	"if r4 > r3 goto l0_%=;\n"
	"r0 = *(u8 *)(r2 + 14);\n"
	"l0_%=: exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void pkt_tc_u16_straddle(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 76);\n"
	"r3 = *(u32 *)(r1 + 80);\n"
	"r0 = 0;\n"
	"r4 = r2;\n"
	"r4 += 14;\n"
	"if r4 > r3 goto l0_%=;\n"
	"r0 = *(u16 *)(r2 + 13);\n"
	"l0_%=: exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void pkt_tc_reversed_cmp_ok(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 76);\n"
	"r3 = *(u32 *)(r1 + 80);\n"
	"r0 = 0;\n"
	"r4 = r2;\n"
	"r4 += 14;\n"
	"if r3 < r4 goto l0_%=;\n"
	"r0 = *(u8 *)(r2 + 13);\n"
	"l0_%=: exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void pkt_tc_wrong_branch(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 76);\n"
	"r3 = *(u32 *)(r1 + 80);\n"
	"r0 = 0;\n"
	"r4 = r2;\n"
	"r4 += 14;\n"
	"if r4 > r3 goto l0_%=;\n"
	"exit;\n"
	"l0_%=: r0 = *(u8 *)(r2 + 0);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void pkt_tc_write_ok(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 76);\n"
	"r3 = *(u32 *)(r1 + 80);\n"
	"r4 = r2;\n"
	"r4 += 14;\n"
	"if r4 > r3 goto l0_%=;\n"
	"r5 = 0;\n"
	"*(u8 *)(r2 + 0) = r5;\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("xdp") __naked void pkt_xdp_checked_ok(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 0);\n"
	"r3 = *(u32 *)(r1 + 4);\n"
	"r0 = 2;\n"
	"r4 = r2;\n"
	"r4 += 34;\n"
	"if r4 > r3 goto l0_%=;\n"
	"r0 = *(u8 *)(r2 + 23);\n"
	"l0_%=: exit;\n"
	: : : __clobber_all);
}

SEC("xdp") __naked void pkt_xdp_no_check(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 0);\n"
	"r3 = *(u32 *)(r1 + 4);\n"
	"r0 = *(u8 *)(r2 + 0);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("xdp") __naked void pkt_xdp_var_off_ok(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 0);\n"
	"r3 = *(u32 *)(r1 + 4);\n"
	"r0 = 2;\n"
	"r4 = r2;\n"
	"r4 += 64;\n"
	"if r4 > r3 goto l0_%=;\n"
	"r5 = *(u8 *)(r2 + 0);\n"
	"r5 &= 15;\n"
	"r2 += r5;\n"
	"r6 = r2;\n"
	"r6 += 4;\n"
	"if r6 > r3 goto l0_%=;\n"
	"r0 = *(u32 *)(r2 + 0);\n"
	"l0_%=: r0 = 2;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("xdp") __naked void pkt_xdp_var_off_unchecked(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 0);\n"
	"r3 = *(u32 *)(r1 + 4);\n"
	"r0 = 2;\n"
	"r4 = r2;\n"
	"r4 += 64;\n"
	"if r4 > r3 goto l0_%=;\n"
	"r5 = *(u8 *)(r2 + 0);\n"
	"r5 &= 15;\n"
	"r2 += r5;\n"
	"r0 = *(u32 *)(r2 + 60);\n"
	"l0_%=: r0 = 2;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void pkt_cmp_data_end_with_scalar(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 76);\n"
	"r3 = *(u32 *)(r1 + 80);\n"
	"r0 = 0;\n"
	"if r3 > 100 goto l0_%=;\n"
	"l0_%=: exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void ld_abs_socket_ok(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r0 = *(u8 *)skb[9];\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void ld_abs_r6_not_ctx(void)
{
	asm volatile (
	"r6 = 0;\n"
	"r0 = *(u8 *)skb[9];\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("xdp") __naked void ld_abs_xdp(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r0 = *(u8 *)skb[9];\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void ld_abs_clobbers_r1(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r0 = *(u8 *)skb[9];\n"
	"r0 = r1;\n"
	"exit;\n"
	: : : __clobber_all);
}

char _license[] SEC("license") = "GPL";
