// SL-05/06/08 lock/unlock state machine and lock identity (register ids)
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct val { int cnt; struct bpf_spin_lock lock; };          /* lock at offset 4 */
struct nolk { __u64 x; };
struct tval { struct bpf_spin_lock lock; int pad; struct bpf_timer t; };

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 2);
         __type(key, int); __type(value, struct val); } lk SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4);
         __type(key, int); __type(value, struct val); } lkh SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, struct nolk); } nolock SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, __u64); } scalarval SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __uint(key_size, 4); __uint(value_size, 8); } nobtf SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 2);
         __type(key, int); __type(value, int); } progs SEC(".maps");


SEC("tc") __naked void lock_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = *(u32 *)(r6 + 0);\n"
	"r1 += 1;\n"
	"*(u32 *)(r6 + 0) = r1;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("tc") __naked void lock_ok_hash(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lkh] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lkh), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("xdp") __naked void lock_ok_xdp(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = *(u32 *)(r6 + 0);\n"
	"r1 += 1;\n"
	"*(u32 *)(r6 + 0) = r1;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("cgroup_skb/egress") __naked void lock_ok_cgroup_skb(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("fentry/do_nanosleep") __naked void lock_ok_fentry(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = *(u32 *)(r6 + 0);\n"
	"r1 += 1;\n"
	"*(u32 *)(r6 + 0) = r1;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("lsm/bpf") __naked void lock_ok_lsm(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = *(u32 *)(r6 + 0);\n"
	"r1 += 1;\n"
	"*(u32 *)(r6 + 0) = r1;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("tc") __naked void lock_twice_sequential_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("tc") __naked void lock_in_branch_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r7 = *(u32 *)(r6 + 0);\n"
	"if r7 > 3 goto l0_%=;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("tc") __naked void lock_no_unlock(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock) : __clobber_all);
}

SEC("tc") __naked void lock_unlock_one_branch(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r7 = *(u32 *)(r6 + 0);\n"
	"if r7 > 3 goto l0_%=;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("tc") __naked void unlock_without_lock(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("tc") __naked void double_lock(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("tc") __naked void unlock_other_element(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = 1;\n"
	"*(u32 *)(r10 - 8) = r1;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r7 = r0;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r7;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("tc") __naked void unlock_same_key_other_lookup(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = 0;\n"
	"*(u32 *)(r10 - 8) = r1;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r7 = r0;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r7;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("tc") __naked void unlock_via_spilled_copy_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"*(u64 *)(r10 - 16) = r6;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = *(u64 *)(r10 - 16);\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("tc") __naked void unlock_other_map(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = 0;\n"
	"*(u32 *)(r10 - 8) = r1;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r1 = %[lkh] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r7 = r0;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r7;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm_addr(lkh), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
