// SL-04/10 lock argument shape and direct access to the lock word
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


SEC("tc") __naked void load_lock_word(void)
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
	"r1 = *(u32 *)(r6 + 4);\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("tc") __naked void store_lock_word(void)
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
	"*(u32 *)(r6 + 4) = r1;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("tc") __naked void load_u64_overlapping_lock(void)
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
	"r1 = *(u64 *)(r6 + 0);\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("tc") __naked void load_u16_inside_lock(void)
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
	"r1 = *(u16 *)(r6 + 6);\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("tc") __naked void atomic_on_lock_word(void)
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
	"lock *(u32 *)(r6 + 4) += r1;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("tc") __naked void helper_writes_over_lock(void)
{
	asm volatile (
	"r9 = r1;\n"
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r9;\n"
	"r2 = 0;\n"
	"r3 = r6;\n"
	"r4 = 8;\n"
	"call %[bpf_skb_load_bytes];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_skb_load_bytes) : __clobber_all);
}

SEC("tc") __naked void helper_writes_before_lock_ok(void)
{
	asm volatile (
	"r9 = r1;\n"
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r9;\n"
	"r2 = 0;\n"
	"r3 = r6;\n"
	"r4 = 4;\n"
	"call %[bpf_skb_load_bytes];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_skb_load_bytes) : __clobber_all);
}

SEC("tc") __naked void load_cnt_ok(void)
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
	"r1 = *(u32 *)(r6 + 0);\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("tc") __naked void lock_wrong_offset(void)
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
	"call %[bpf_spin_lock];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("tc") __naked void lock_var_offset(void)
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
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 4;\n"
	"r1 = r6;\n"
	"r1 += r0;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("tc") __naked void lock_arg_stack(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r1 = r10;\n"
	"r1 += -8;\n"
	"call %[bpf_spin_lock];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_spin_lock) : __clobber_all);
}

SEC("tc") __naked void lock_arg_maybe_null(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"r1 = r0;\n"
	"call %[bpf_spin_lock];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock) : __clobber_all);
}

SEC("tc") __naked void lock_arg_scalar(void)
{
	asm volatile (
	"r1 = 0;\n"
	"call %[bpf_spin_lock];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_spin_lock) : __clobber_all);
}

/* BPF_F_LOCK = 4: verifier does not look at flags; run time result in retval */
SEC("tc") __naked void update_with_f_lock_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r3 = r10;\n"
	"r3 += -16;\n"
	"r1 = %[lk] ll;\n"
	"r4 = 4;\n"
	"call %[bpf_map_update_elem];\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_update_elem) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
