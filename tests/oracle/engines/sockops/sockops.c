#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_SK_STORAGE); __uint(map_flags, BPF_F_NO_PREALLOC);
         __type(key, int); __type(value, __u64); } sks SEC(".maps");


SEC("sockops") __naked void so_reads(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 0);\n"
	"r2 = *(u32 *)(r1 + 20);\n"
	"r2 = *(u32 *)(r1 + 64);\n"
	"r2 = *(u32 *)(r1 + 68);\n"
	"r2 = *(u32 *)(r1 + 72);\n"
	"r2 = *(u32 *)(r1 + 76);\n"
	"r2 = *(u64 *)(r1 + 176);\n"
	"r2 = *(u8 *)(r1 + 212);\n"
	"r2 = *(u32 *)(r1 + 88);\n"
	"r2 = 7;\n"
	"*(u32 *)(r1 + 4) = r2;\n"
	"r2 = *(u32 *)(r1 + 4);\n"
	"*(u32 *)(r1 + 164) = r2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void so_remote_port_range(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 64);\n"
	"r2 &= 0xffff;\n"
	"if r2 == 0 goto l0_%=;\n"
	"r0 = 0;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void so_remote_port_any(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 64);\n"
	"r2 >>= 16;\n"
	"if r2 == 0 goto l0_%=;\n"
	"r0 = 0;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void so_local_port_range(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 68);\n"
	"r2 >>= 16;\n"
	"if r2 == 0 goto l0_%=;\n"
	"r0 = 0;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void so_op_range(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 0);\n"
	"r2 >>= 8;\n"
	"if r2 == 0 goto l0_%=;\n"
	"r0 = 0;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void so_state_range(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 88);\n"
	"r2 >>= 8;\n"
	"if r2 == 0 goto l0_%=;\n"
	"r0 = 0;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void so_family_range(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 20);\n"
	"r2 >>= 16;\n"
	"if r2 == 0 goto l0_%=;\n"
	"r0 = 0;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void so_cwnd_no_fullsock_range(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 72);\n"
	"if r2 != 0 goto l0_%=;\n"
	"r2 = *(u32 *)(r1 + 76);\n"
	"if r2 == 0 goto l0_%=;\n"
	"r0 = 0;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void so_cwnd_fullsock_any(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 72);\n"
	"if r2 == 0 goto l0_%=;\n"
	"r2 = *(u32 *)(r1 + 76);\n"
	"if r2 == 0 goto l0_%=;\n"
	"r0 = 0;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void so_sk_checked(void)
{
	asm volatile (
	"r2 = *(u64 *)(r1 + 184);\n"
	"if r2 == 0 goto l0_%=;\n"
	"r0 = *(u32 *)(r2 + 4);\n"
	"l0_%=: r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void so_sk_unchecked(void)
{
	asm volatile (
	"r2 = *(u64 *)(r1 + 184);\n"
	"r0 = *(u32 *)(r2 + 4);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void so_sk_past_end(void)
{
	asm volatile (
	"r2 = *(u64 *)(r1 + 184);\n"
	"if r2 == 0 goto l0_%=;\n"
	"r0 = *(u32 *)(r2 + 80);\n"
	"l0_%=: r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void so_sk_no_fullsock_range(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 72);\n"
	"if r2 != 0 goto l0_%=;\n"
	"r2 = *(u64 *)(r1 + 184);\n"
	"if r2 == 0 goto l0_%=;\n"
	"r0 = 0;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("sockops") __naked void so_sk_storage(void)
{
	asm volatile (
	"r2 = *(u64 *)(r1 + 184);\n"
	"if r2 == 0 goto l0_%=;\n"
	"r1 = %[sks] ll;\n"
	"r3 = 0;\n"
	"r4 = 1;\n"
	"call %[bpf_sk_storage_get];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = *(u64 *)(r0 + 0);\n"
	"l0_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(sks), __imm(bpf_sk_storage_get) : __clobber_all);
}

SEC("sockops") __naked void so_setsockopt(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = 3;\n"
	"*(u32 *)(r10 - 4) = r2;\n"
	"r1 = r6;\n"
	"r2 = 1;\n"
	"r3 = 12;\n"
	"r4 = r10;\n"
	"r4 += -4;\n"
	"r5 = 4;\n"
	"call %[bpf_setsockopt];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_setsockopt) : __clobber_all);
}

SEC("sockops") __naked void so_setsockopt_past_stack(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = 3;\n"
	"*(u32 *)(r10 - 4) = r2;\n"
	"r1 = r6;\n"
	"r2 = 1;\n"
	"r3 = 12;\n"
	"r4 = r10;\n"
	"r4 += -4;\n"
	"r5 = 8;\n"
	"call %[bpf_setsockopt];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_setsockopt) : __clobber_all);
}

SEC("sockops") __naked void so_getsockopt_read_back(void)
{
	asm volatile (
	"r2 = 1;\n"
	"r3 = 12;\n"
	"r4 = r10;\n"
	"r4 += -8;\n"
	"r5 = 8;\n"
	"call %[bpf_getsockopt];\n"
	"r0 = *(u64 *)(r10 - 8);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_getsockopt) : __clobber_all);
}

SEC("sockops") __naked void so_cb_flags_set(void)
{
	asm volatile (
	"r2 = 1;\n"
	"call %[bpf_sock_ops_cb_flags_set];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_sock_ops_cb_flags_set) : __clobber_all);
}

SEC("sockops") __naked void so_sk_tcp_sock_delivered(void)
{
	asm volatile (
	"r1 = *(u64 *)(r1 + 184);\n"
	"if r1 == 0 goto l0_%=;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = *(u32 *)(r0 + 100);\n"
	"l0_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_tcp_sock) : __clobber_all);
}

SEC("tc") __naked void tcp_sock_bytes_acked(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"*(u64 *)(r10 - 24) = r1;\n"
	"*(u64 *)(r10 - 32) = r1;\n"
	"*(u64 *)(r10 - 40) = r1;\n"
	"r1 = r6;\n"
	"r2 = r10;\n"
	"r2 += -40;\n"
	"r3 = 36;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_sk_lookup_tcp];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r7 = r0;\n"
	"r1 = r0;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l2_%=;\n"
	"r1 = *(u64 *)(r0 + 88);\n"
	"l2_%=: r1 = r7;\n"
	"call %[bpf_sk_release];\n"
	"l0_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm(bpf_tcp_sock), __imm(bpf_sk_release) : __clobber_all);
}

SEC("tc") __naked void tcp_sock_srtt_any(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"*(u64 *)(r10 - 24) = r1;\n"
	"*(u64 *)(r10 - 32) = r1;\n"
	"*(u64 *)(r10 - 40) = r1;\n"
	"r1 = r6;\n"
	"r2 = r10;\n"
	"r2 += -40;\n"
	"r3 = 36;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_sk_lookup_tcp];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r7 = r0;\n"
	"r1 = r0;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l2_%=;\n"
	"r1 = *(u32 *)(r0 + 4);\n"
	"r1 >>= 16;\n"
	"if r1 == 0 goto l1_%=;\n"
	"r0 = 0;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"l1_%=:l2_%=: r1 = r7;\n"
	"call %[bpf_sk_release];\n"
	"l0_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm(bpf_tcp_sock), __imm(bpf_sk_release) : __clobber_all);
}

SEC("tc") __naked void tcp_sock_past_end(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"*(u64 *)(r10 - 24) = r1;\n"
	"*(u64 *)(r10 - 32) = r1;\n"
	"*(u64 *)(r10 - 40) = r1;\n"
	"r1 = r6;\n"
	"r2 = r10;\n"
	"r2 += -40;\n"
	"r3 = 36;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_sk_lookup_tcp];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r7 = r0;\n"
	"r1 = r0;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l2_%=;\n"
	"r1 = *(u32 *)(r0 + 112);\n"
	"l2_%=: r1 = r7;\n"
	"call %[bpf_sk_release];\n"
	"l0_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm(bpf_tcp_sock), __imm(bpf_sk_release) : __clobber_all);
}

SEC("tc") __naked void skb_sk_family(void)
{
	asm volatile (
	"r2 = *(u64 *)(r1 + 168);\n"
	"if r2 == 0 goto l0_%=;\n"
	"r0 = *(u32 *)(r2 + 4);\n"
	"l0_%=: r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void skb_sk_family_any(void)
{
	asm volatile (
	"r2 = *(u64 *)(r1 + 168);\n"
	"if r2 == 0 goto l0_%=;\n"
	"r2 = *(u32 *)(r2 + 4);\n"
	"if r2 != 10 goto l0_%=;\n"
	"r0 = 0;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void tcp_sock_after_release(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"*(u64 *)(r10 - 24) = r1;\n"
	"*(u64 *)(r10 - 32) = r1;\n"
	"*(u64 *)(r10 - 40) = r1;\n"
	"r1 = r6;\n"
	"r2 = r10;\n"
	"r2 += -40;\n"
	"r3 = 36;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_sk_lookup_tcp];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r7 = r0;\n"
	"r1 = r0;\n"
	"call %[bpf_tcp_sock];\n"
	"if r0 == 0 goto l1_%=;\n"
	"r8 = r0;\n"
	"r1 = r7;\n"
	"call %[bpf_sk_release];\n"
	"r1 = *(u32 *)(r8 + 0);\n"
	"goto l0_%=;\n"
	"l1_%=: r1 = r7;\n"
	"call %[bpf_sk_release];\n"
	"l0_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm(bpf_tcp_sock), __imm(bpf_sk_release) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
