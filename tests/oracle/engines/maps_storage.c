#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_SK_STORAGE); __uint(map_flags, BPF_F_NO_PREALLOC);
         __type(key, int); __type(value, __u64); } sks SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_TASK_STORAGE); __uint(map_flags, BPF_F_NO_PREALLOC);
         __type(key, int); __type(value, __u64); } tasks SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_CGROUP_STORAGE);
         __type(key, struct bpf_cgroup_storage_key); __type(value, __u64); } cgs SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE);
         __type(key, struct bpf_cgroup_storage_key); __type(value, __u64); } pcgs SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_BLOOM_FILTER); __uint(max_entries, 64);
         __type(value, __u32); } bloom SEC(".maps");


SEC("tc") __naked void sk_storage_get_inc(void)
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
	"r1 = %[sks] ll;\n"
	"r2 = r7;\n"
	"r3 = 0;\n"
	"r4 = 1;\n"
	"call %[bpf_sk_storage_get];\n"
	"r8 = r0;\n"
	"r1 = r7;\n"
	"call %[bpf_sk_release];\n"
	"if r8 == 0 goto l0_%=;\n"
	"r1 = *(u64 *)(r8 + 0);\n"
	"r1 += 1;\n"
	"*(u64 *)(r8 + 0) = r1;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm_addr(sks), __imm(bpf_sk_storage_get), __imm(bpf_sk_release) : __clobber_all);
}

SEC("tc") __naked void sk_storage_past_value(void)
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
	"r1 = %[sks] ll;\n"
	"r2 = r7;\n"
	"r3 = 0;\n"
	"r4 = 1;\n"
	"call %[bpf_sk_storage_get];\n"
	"r8 = r0;\n"
	"r1 = r7;\n"
	"call %[bpf_sk_release];\n"
	"if r8 == 0 goto l0_%=;\n"
	"r1 = *(u64 *)(r8 + 8);\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm_addr(sks), __imm(bpf_sk_storage_get), __imm(bpf_sk_release) : __clobber_all);
}

SEC("tc") __naked void sk_storage_no_null_check(void)
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
	"r1 = %[sks] ll;\n"
	"r2 = r7;\n"
	"r3 = 0;\n"
	"r4 = 1;\n"
	"call %[bpf_sk_storage_get];\n"
	"r1 = *(u64 *)(r0 + 0);\n"
	"r1 = r7;\n"
	"call %[bpf_sk_release];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm_addr(sks), __imm(bpf_sk_storage_get), __imm(bpf_sk_release) : __clobber_all);
}

SEC("tc") __naked void sk_storage_delete(void)
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
	"r1 = %[sks] ll;\n"
	"r2 = r7;\n"
	"call %[bpf_sk_storage_delete];\n"
	"r1 = r7;\n"
	"call %[bpf_sk_release];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm_addr(sks), __imm(bpf_sk_storage_delete), __imm(bpf_sk_release) : __clobber_all);
}

SEC("kprobe/do_nanosleep") __naked void task_storage_get_inc(void)
{
	asm volatile (
	"call %[bpf_get_current_task_btf];\n"
	"r2 = r0;\n"
	"r1 = %[tasks] ll;\n"
	"r3 = 0;\n"
	"r4 = 1;\n"
	"call %[bpf_task_storage_get];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = *(u64 *)(r0 + 0);\n"
	"r1 += 1;\n"
	"*(u64 *)(r0 + 0) = r1;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_current_task_btf), __imm_addr(tasks), __imm(bpf_task_storage_get) : __clobber_all);
}

SEC("kprobe/do_nanosleep") __naked void task_storage_past_value(void)
{
	asm volatile (
	"call %[bpf_get_current_task_btf];\n"
	"r2 = r0;\n"
	"r1 = %[tasks] ll;\n"
	"r3 = 0;\n"
	"r4 = 1;\n"
	"call %[bpf_task_storage_get];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = *(u64 *)(r0 + 8);\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_current_task_btf), __imm_addr(tasks), __imm(bpf_task_storage_get) : __clobber_all);
}

SEC("kprobe/do_nanosleep") __naked void task_storage_delete(void)
{
	asm volatile (
	"call %[bpf_get_current_task_btf];\n"
	"r2 = r0;\n"
	"r1 = %[tasks] ll;\n"
	"call %[bpf_task_storage_delete];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_current_task_btf), __imm_addr(tasks), __imm(bpf_task_storage_delete) : __clobber_all);
}

SEC("cgroup_skb/egress") __naked void cgroup_storage_inc(void)
{
	asm volatile (
	"r1 = %[cgs] ll;\n"
	"r2 = 0;\n"
	"call %[bpf_get_local_storage];\n"
	"r1 = *(u64 *)(r0 + 0);\n"
	"r1 += 1;\n"
	"*(u64 *)(r0 + 0) = r1;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(cgs), __imm(bpf_get_local_storage) : __clobber_all);
}

SEC("cgroup_skb/egress") __naked void cgroup_storage_past_value(void)
{
	asm volatile (
	"r1 = %[cgs] ll;\n"
	"r2 = 0;\n"
	"call %[bpf_get_local_storage];\n"
	"r1 = *(u64 *)(r0 + 8);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(cgs), __imm(bpf_get_local_storage) : __clobber_all);
}

SEC("cgroup_skb/egress") __naked void cgroup_storage_flags(void)
{
	asm volatile (
	"r1 = %[cgs] ll;\n"
	"r2 = 1;\n"
	"call %[bpf_get_local_storage];\n"
	"r1 = *(u64 *)(r0 + 0);\n"
	"r1 += 1;\n"
	"*(u64 *)(r0 + 0) = r1;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(cgs), __imm(bpf_get_local_storage) : __clobber_all);
}

SEC("cgroup_skb/egress") __naked void percpu_cgroup_storage_inc(void)
{
	asm volatile (
	"r1 = %[pcgs] ll;\n"
	"r2 = 0;\n"
	"call %[bpf_get_local_storage];\n"
	"r1 = *(u64 *)(r0 + 0);\n"
	"r1 += 1;\n"
	"*(u64 *)(r0 + 0) = r1;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(pcgs), __imm(bpf_get_local_storage) : __clobber_all);
}

SEC("cgroup_skb/egress") __naked void cgroup_storage_value_returned(void)
{
	asm volatile (
	"r1 = %[cgs] ll;\n"
	"r2 = 0;\n"
	"call %[bpf_get_local_storage];\n"
	"r1 = *(u64 *)(r0 + 0);\n"
	"r1 += 1;\n"
	"*(u64 *)(r0 + 0) = r1;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"r0 &= 1;\n"
	"exit;\n"
	: : __imm_addr(cgs), __imm(bpf_get_local_storage) : __clobber_all);
}

SEC("tc") __naked void bloom_push_peek(void)
{
	asm volatile (
	"r1 = 5;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[bloom] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_map_push_elem];\n"
	"r1 = 5;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[bloom] ll;\n"
	"call %[bpf_map_peek_elem];\n"
	"exit;\n"
	: : __imm_addr(bloom), __imm(bpf_map_push_elem), __imm(bpf_map_peek_elem) : __clobber_all);
}

SEC("tc") __naked void bloom_peek_empty(void)
{
	asm volatile (
	"r1 = 5;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[bloom] ll;\n"
	"call %[bpf_map_peek_elem];\n"
	"exit;\n"
	: : __imm_addr(bloom), __imm(bpf_map_peek_elem) : __clobber_all);
}

SEC("tc") __naked void bloom_push_bad_flags(void)
{
	asm volatile (
	"r1 = 5;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[bloom] ll;\n"
	"r3 = 1;\n"
	"call %[bpf_map_push_elem];\n"
	"exit;\n"
	: : __imm_addr(bloom), __imm(bpf_map_push_elem) : __clobber_all);
}

SEC("tc") __naked void bloom_push_exist_flag(void)
{
	asm volatile (
	"r1 = 5;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[bloom] ll;\n"
	"r3 = 2;\n"
	"call %[bpf_map_push_elem];\n"
	"exit;\n"
	: : __imm_addr(bloom), __imm(bpf_map_push_elem) : __clobber_all);
}

SEC("tc") __naked void bloom_peek_uninit_value(void)
{
	asm volatile (
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r1 = %[bloom] ll;\n"
	"call %[bpf_map_peek_elem];\n"
	"exit;\n"
	: : __imm_addr(bloom), __imm(bpf_map_peek_elem) : __clobber_all);
}

SEC("tc") __naked void bloom_peek_then_bad(void)
{
	asm volatile (
	"r1 = 5;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[bloom] ll;\n"
	"call %[bpf_map_peek_elem];\n"
	"if r0 != 0 goto l9_%=;\n"
	"r0 = *(u64 *)(r10 + 8);\n"
	"l9_%=: exit;\n"
	: : __imm_addr(bloom), __imm(bpf_map_peek_elem) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
