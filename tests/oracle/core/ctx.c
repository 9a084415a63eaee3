// ctx access: __sk_buff / xdp_md fields
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


SEC("socket") __naked void skb_len_ok(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 0);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void skb_len_u8_narrow_ok(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 0);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void skb_len_u64_wide(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 0);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void skb_mark_write_socket(void)
{
	asm volatile (
	"r2 = 1;\n"
	"*(u32 *)(r1 + 8) = r2;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skb_mark_write_tc_ok(void)
{
	asm volatile (
	"r2 = 1;\n"
	"*(u32 *)(r1 + 8) = r2;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skb_mark_st_tc(void)
{
	asm volatile (
	".8byte 0x0000000100080162;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void skb_data_socket(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 76);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skb_data_tc_ok(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 76);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skb_past_end(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 200);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skb_misaligned_field(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 2);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void skb_cb_rw_ok(void)
{
	asm volatile (
	"r2 = 5;\n"
	"*(u32 *)(r1 + 48) = r2;\n"
	"r0 = *(u32 *)(r1 + 48);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("xdp") __naked void xdp_fields_ok(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 0);\n"
	"r3 = *(u32 *)(r1 + 4);\n"
	"r4 = *(u32 *)(r1 + 12);\n"
	"r0 = 2;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("xdp") __naked void xdp_past_end(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 24);\n"
	"r0 = 2;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("xdp") __naked void xdp_write_data(void)
{
	asm volatile (
	"r2 = 0;\n"
	"*(u32 *)(r1 + 0) = r2;\n"
	"r0 = 2;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void ctx_atomic_add(void)
{
	asm volatile (
	"r2 = 1;\n"
	"lock *(u32 *)(r1 + 8) += r2;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

char _license[] SEC("license") = "GPL";
