#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_SOCKMAP); __uint(max_entries, 4);
         __uint(key_size, 4); __uint(value_size, 4); } sockm SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_SOCKHASH); __uint(max_entries, 4);
         __uint(key_size, 4); __uint(value_size, 4); } sockh SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_REUSEPORT_SOCKARRAY); __uint(max_entries, 4);
         __uint(key_size, 4); __uint(value_size, 8); } reuse SEC(".maps");


SEC("tc") __naked void sockmap_lookup_release(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[sockm] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"call %[bpf_sk_release];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(sockm), __imm(bpf_map_lookup_elem), __imm(bpf_sk_release) : __clobber_all);
}

SEC("tc") __naked void sockhash_lookup_release(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[sockh] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"call %[bpf_sk_release];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(sockh), __imm(bpf_map_lookup_elem), __imm(bpf_sk_release) : __clobber_all);
}

SEC("tc") __naked void sockmap_lookup_leak(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[sockm] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(sockm), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("tc") __naked void sockmap_release_no_null_check(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[sockm] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"r1 = r0;\n"
	"call %[bpf_sk_release];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(sockm), __imm(bpf_map_lookup_elem), __imm(bpf_sk_release) : __clobber_all);
}

SEC("tc") __naked void sockmap_lookup_write(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[sockm] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = 1;\n"
	"*(u32 *)(r6 + 0) = r1;\n"
	"r1 = r6;\n"
	"call %[bpf_sk_release];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(sockm), __imm(bpf_map_lookup_elem), __imm(bpf_sk_release) : __clobber_all);
}

SEC("tc") __naked void sockmap_delete(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[sockm] ll;\n"
	"call %[bpf_map_delete_elem];\n"
	"exit;\n"
	: : __imm_addr(sockm), __imm(bpf_map_delete_elem) : __clobber_all);
}

SEC("tc") __naked void sockhash_delete(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[sockh] ll;\n"
	"call %[bpf_map_delete_elem];\n"
	"exit;\n"
	: : __imm_addr(sockh), __imm(bpf_map_delete_elem) : __clobber_all);
}

SEC("sk_skb/stream_verdict") __naked void sk_skb_redirect_map(void)
{
	asm volatile (
	"r2 = %[sockm] ll;\n"
	"r3 = 0;\n"
	"r4 = 0;\n"
	"call %[bpf_sk_redirect_map];\n"
	"exit;\n"
	: : __imm_addr(sockm), __imm(bpf_sk_redirect_map) : __clobber_all);
}

SEC("sk_skb/stream_verdict") __naked void sk_skb_redirect_map_hit_then_bad(void)
{
	asm volatile (
	"r2 = %[sockm] ll;\n"
	"r3 = 0;\n"
	"r4 = 0;\n"
	"call %[bpf_sk_redirect_map];\n"
	"if r0 != 1 goto l9_%=;\n"
	"r0 = *(u64 *)(r10 + 8);\n"
	"l9_%=: exit;\n"
	: : __imm_addr(sockm), __imm(bpf_sk_redirect_map) : __clobber_all);
}

SEC("sk_skb/stream_verdict") __naked void sk_skb_redirect_hash(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r3 = r2;\n"
	"r1 = r6;\n"
	"r2 = %[sockh] ll;\n"
	"r4 = 1;\n"
	"call %[bpf_sk_redirect_hash];\n"
	"exit;\n"
	: : __imm_addr(sockh), __imm(bpf_sk_redirect_hash) : __clobber_all);
}

SEC("sk_skb/stream_verdict") __naked void sk_skb_redirect_hash_scalar_key(void)
{
	asm volatile (
	"r2 = %[sockh] ll;\n"
	"r3 = 0;\n"
	"r4 = 0;\n"
	"call %[bpf_sk_redirect_hash];\n"
	"exit;\n"
	: : __imm_addr(sockh), __imm(bpf_sk_redirect_hash) : __clobber_all);
}

SEC("sk_msg") __naked void msg_redirect_map(void)
{
	asm volatile (
	"r2 = %[sockm] ll;\n"
	"r3 = 0;\n"
	"r4 = 0;\n"
	"call %[bpf_msg_redirect_map];\n"
	"exit;\n"
	: : __imm_addr(sockm), __imm(bpf_msg_redirect_map) : __clobber_all);
}

SEC("sk_msg") __naked void msg_redirect_hash(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r3 = r2;\n"
	"r1 = r6;\n"
	"r2 = %[sockh] ll;\n"
	"r4 = 0;\n"
	"call %[bpf_msg_redirect_hash];\n"
	"exit;\n"
	: : __imm_addr(sockh), __imm(bpf_msg_redirect_hash) : __clobber_all);
}

SEC("sockops") __naked void sock_map_update_ops(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r3 = r2;\n"
	"r1 = r6;\n"
	"r2 = %[sockm] ll;\n"
	"r4 = 0;\n"
	"call %[bpf_sock_map_update];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(sockm), __imm(bpf_sock_map_update) : __clobber_all);
}

SEC("sockops") __naked void sock_hash_update_ops(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r3 = r2;\n"
	"r1 = r6;\n"
	"r2 = %[sockh] ll;\n"
	"r4 = 0;\n"
	"call %[bpf_sock_hash_update];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(sockh), __imm(bpf_sock_hash_update) : __clobber_all);
}

SEC("sockops") __naked void sock_map_update_scalar_key(void)
{
	asm volatile (
	"r2 = %[sockm] ll;\n"
	"r3 = 0;\n"
	"r4 = 0;\n"
	"call %[bpf_sock_map_update];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(sockm), __imm(bpf_sock_map_update) : __clobber_all);
}

SEC("tc") __naked void sk_fullsock_release_cast(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"*(u32 *)(r10 - 8) = r1;\n"
	"r1 = r6;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r3 = 12;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_sk_lookup_tcp];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r7 = r0;\n"
	"r1 = r7;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l1_%=;\n"
	"r1 = r0;\n"
	"call %[bpf_sk_release];\n"
	"goto l0_%=;\n"
	"l1_%=: r1 = r7;\n"
	"call %[bpf_sk_release];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm(bpf_sk_fullsock), __imm(bpf_sk_release) : __clobber_all);
}

SEC("tc") __naked void sk_fullsock_leak_cast(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"*(u32 *)(r10 - 8) = r1;\n"
	"r1 = r6;\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r3 = 12;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_sk_lookup_tcp];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r7 = r0;\n"
	"r1 = r7;\n"
	"call %[bpf_sk_fullsock];\n"
	"if r0 == 0 goto l1_%=;\n"
	"goto l0_%=;\n"
	"l1_%=: r1 = r7;\n"
	"call %[bpf_sk_release];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm(bpf_sk_fullsock), __imm(bpf_sk_release) : __clobber_all);
}

SEC("sk_reuseport") __naked void select_reuseport(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r3 = r2;\n"
	"r1 = r6;\n"
	"r2 = %[reuse] ll;\n"
	"r4 = 0;\n"
	"call %[bpf_sk_select_reuseport];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(reuse), __imm(bpf_sk_select_reuseport) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
