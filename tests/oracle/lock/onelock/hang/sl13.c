// SL-13 pruning compares map-value pointers without ids (load only)
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

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, struct tval); } tm SEC(".maps");


/* SL-13: fall-through path locks A (r6) and unlocks A; the branch path locks B (r7) and unlocks A. If the state at l2 from path 1 prunes path 2 (regsafe ignores map-value ids), the kernel accepts. */
SEC("tc") __naked void sl13_join_unlock_other(void)
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
	"call %[bpf_get_prandom_u32];\n"
	"if r0 == 0 goto l1_%=;\n"
	"r8 = r6;\n"
	"goto l2_%=;\n"
	"l1_%=: r8 = r7;\n"
	"l2_%=: r1 = r8;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

/* same, loaded with BPF_F_TEST_STATE_FREQ (a state at every prune point) */
SEC("tc") __naked void sl13_join_unlock_other_freq(void)
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
	"call %[bpf_get_prandom_u32];\n"
	"if r0 == 0 goto l1_%=;\n"
	"r8 = r6;\n"
	"goto l2_%=;\n"
	"l1_%=: r8 = r7;\n"
	"l2_%=: r1 = r8;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

/* SL-13 with default flags: padding so the 6.1 add_new_state heuristic (>=2 jmps, >=8 insns) stores the state at l2 */
SEC("tc") __naked void sl13_join_unlock_other_padded(void)
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
	"call %[bpf_get_prandom_u32];\n"
	"if r0 == 0 goto l1_%=;\n"
	"r8 = r6;\n"
	"r9 = 0;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"if r9 > 100 goto l2_%=;\n"
	"if r9 > 101 goto l2_%=;\n"
	"goto l2_%=;\n"
	"l1_%=: r8 = r7;\n"
	"l2_%=: r1 = r8;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

/* variant: the join point is a later prune point (l3) reached after more insns */
SEC("tc") __naked void sl13_join_unlock_other_padded2(void)
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
	"call %[bpf_get_prandom_u32];\n"
	"r9 = 0;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"if r0 == 0 goto l1_%=;\n"
	"r8 = r6;\n"
	"goto l2_%=;\n"
	"l1_%=: r8 = r7;\n"
	"l2_%=:r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"if r9 > 100 goto l3_%=;\n"
	"l3_%=: r1 = r8;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

/* padded2 with a fair coin (r0 &= 1), so that the bad path actually runs when tested */
SEC("tc") __naked void sl13_join_unlock_other_padded2_coin(void)
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
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 1;\n"
	"r9 = 0;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"if r0 == 0 goto l1_%=;\n"
	"r8 = r6;\n"
	"goto l2_%=;\n"
	"l1_%=: r8 = r7;\n"
	"l2_%=:r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"r9 += 1;\n"
	"if r9 > 100 goto l3_%=;\n"
	"l3_%=: r1 = r8;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

/* control: the mismatching path is explored first, so nothing can prune it */
SEC("tc") __naked void sl13_mismatch_first_path(void)
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
	"call %[bpf_get_prandom_u32];\n"
	"if r0 == 0 goto l1_%=;\n"
	"r8 = r7;\n"
	"goto l2_%=;\n"
	"l1_%=: r8 = r6;\n"
	"l2_%=: r1 = r8;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

/* control: lock and unlock through the same register, accepted either way */
SEC("tc") __naked void sl13_join_lock_held_ids(void)
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
	"call %[bpf_get_prandom_u32];\n"
	"r8 = r6;\n"
	"if r0 == 0 goto l1_%=;\n"
	"r8 = r7;\n"
	"l1_%=: r1 = r8;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r8;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_get_prandom_u32), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
