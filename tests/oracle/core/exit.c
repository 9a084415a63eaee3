// CORE-07 R0 at exit per program type
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


SEC("socket") __naked void exit_ptr_socket_root(void)
{
	asm volatile (
	"r0 = r1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/egress") __naked void exit_cgskb_ok(void)
{
	asm volatile (
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/egress") __naked void exit_cgskb_2(void)
{
	asm volatile (
	"r0 = 2;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/egress") __naked void exit_cgskb_4(void)
{
	asm volatile (
	"r0 = 4;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void exit_cgskb_ingress_2(void)
{
	asm volatile (
	"r0 = 2;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/egress") __naked void exit_cgskb_unknown(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("cgroup_skb/egress") __naked void exit_cgskb_masked_ok(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 1;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("cgroup_skb/egress") __naked void exit_cgskb_ptr(void)
{
	asm volatile (
	"r0 = r1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("xdp") __naked void exit_xdp_any_ok(void)
{
	asm volatile (
	"r0 = 1234;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("kprobe/do_nanosleep") __naked void exit_kprobe_any_ok(void)
{
	asm volatile (
	"r0 = -1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("fentry/do_nanosleep") __naked void exit_fentry_nonzero(void)
{
	asm volatile (
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("fentry/do_nanosleep") __naked void exit_fentry_zero_ok(void)
{
	asm volatile (
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

char _license[] SEC("license") = "GPL";
