// SL-07/08/09 calls, bpf2bpf, tail calls and LD_ABS while holding a lock
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

static __naked __attribute__((noinline, used)) int sub_ret0(void);
static __naked __attribute__((noinline, used)) int sub_unlock(void);
static __naked __attribute__((noinline, used)) int sub_lock(void);
static __naked __attribute__((noinline, used)) int sub_lock_exit(void);
static __naked __attribute__((noinline, used)) int sub_lock_unlock(void);

SEC("tc") __naked void helper_while_locked(void)
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
	"call %[bpf_get_prandom_u32];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_get_prandom_u32), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("tc") __naked void map_helper_while_locked(void)
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
	"r1 = 0;\n"
	"*(u32 *)(r10 - 8) = r1;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r1 = %[lkh] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm_addr(lkh), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("tc") __naked void bpf2bpf_while_locked(void)
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
	"call sub_ret0;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("tc") __naked void tail_call_while_locked(void)
{
	asm volatile (
	"r8 = r1;\n"
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
	"r1 = r8;\n"
	"r2 = %[progs] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_tail_call];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm_addr(progs), __imm(bpf_tail_call), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("tc") __naked void unlock_in_subprog(void)
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
	"call sub_unlock;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock) : __clobber_all);
}

SEC("tc") __naked void lock_in_subprog_unlock_in_main(void)
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
	"call sub_lock;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("tc") __naked void lock_unlock_in_subprog_ok(void)
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
	"call sub_lock_unlock;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("tc") __naked void ld_abs_while_locked(void)
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
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r7 = r6;\n"
	"r6 = r9;\n"
	"r0 = *(u8 *)skb[9];\n"
	"r6 = r7;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("tc") __naked void ld_abs_outside_lock_ok(void)
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
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"r6 = r9;\n"
	"r0 = *(u8 *)skb[9];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("tc") __naked void exit_in_subprog_locked(void)
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
	"call sub_lock_exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int sub_ret0(void)
{
	asm volatile (
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int sub_unlock(void)
{
	asm volatile (
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_spin_unlock) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int sub_lock(void)
{
	asm volatile (
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_spin_lock) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int sub_lock_exit(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_spin_lock) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int sub_lock_unlock(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
