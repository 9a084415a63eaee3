// SL-14 callback R3 map-value pointer has id 0 (load only)
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

static __naked __attribute__((noinline, used)) int cb_lock_unlock(void);
static __naked __attribute__((noinline, used)) int cb_lock_only(void);
static __naked __attribute__((noinline, used)) int cb_lock_then_call(void);
static __naked __attribute__((noinline, used)) int cb_unlock_only(void);
static __naked __attribute__((noinline, used)) int cb_lock_ld_abs(void);
static __naked __attribute__((noinline, used)) int tcb_lock_unlock(void);
static __naked __attribute__((noinline, used)) int tcb_lock_only(void);

static __naked __attribute__((noinline, used)) int cb_lock_unlock(void)
{
	asm volatile (
	"r6 = r3;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int cb_lock_only(void)
{
	asm volatile (
	"r1 = r3;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_spin_lock) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int cb_lock_then_call(void)
{
	asm volatile (
	"r6 = r3;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"call %[bpf_get_prandom_u32];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_spin_lock), __imm(bpf_get_prandom_u32) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int cb_unlock_only(void)
{
	asm volatile (
	"r1 = r3;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_spin_unlock) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int cb_lock_ld_abs(void)
{
	asm volatile (
	"r1 = r3;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_spin_lock) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int tcb_lock_unlock(void)
{
	asm volatile (
	"r6 = r3;\n"
	"r1 = r6;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r6;\n"
	"call %[bpf_spin_unlock];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int tcb_lock_only(void)
{
	asm volatile (
	"r1 = r3;\n"
	"call %[bpf_spin_lock];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_spin_lock) : __clobber_all);
}

/* SL-14: R3 (value) in a for_each callback has id 0; lock stores active_spin_lock = 0 */
SEC("tc") __naked void sl14_foreach_lock_unlock(void)
{
	asm volatile (
	"r1 = %[lk] ll;\n"
	"r2 = %[cb_lock_unlock] ll;\n"
	"r3 = 0;\n"
	"r4 = 0;\n"
	"call %[bpf_for_each_map_elem];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm_addr(cb_lock_unlock), __imm(bpf_for_each_map_elem) : __clobber_all);
}

SEC("tc") __naked void sl14_foreach_lock_only(void)
{
	asm volatile (
	"r1 = %[lk] ll;\n"
	"r2 = %[cb_lock_only] ll;\n"
	"r3 = 0;\n"
	"r4 = 0;\n"
	"call %[bpf_for_each_map_elem];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm_addr(cb_lock_only), __imm(bpf_for_each_map_elem) : __clobber_all);
}

SEC("tc") __naked void sl14_foreach_lock_then_call(void)
{
	asm volatile (
	"r1 = %[lk] ll;\n"
	"r2 = %[cb_lock_then_call] ll;\n"
	"r3 = 0;\n"
	"r4 = 0;\n"
	"call %[bpf_for_each_map_elem];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm_addr(cb_lock_then_call), __imm(bpf_for_each_map_elem) : __clobber_all);
}

SEC("tc") __naked void sl14_foreach_unlock_only(void)
{
	asm volatile (
	"r1 = %[lk] ll;\n"
	"r2 = %[cb_unlock_only] ll;\n"
	"r3 = 0;\n"
	"r4 = 0;\n"
	"call %[bpf_for_each_map_elem];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm_addr(cb_unlock_only), __imm(bpf_for_each_map_elem) : __clobber_all);
}

/* SL-14 via a bpf_timer callback: R3 = map value (id 0), lock at offset 0 */
SEC("tc") __naked void sl14_timer_lock_unlock(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[tm] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r1 += 8;\n"
	"r2 = %[tm] ll;\n"
	"r3 = 1;\n"
	"call %[bpf_timer_init];\n"
	"r1 = r6;\n"
	"r1 += 8;\n"
	"r2 = %[tcb_lock_unlock] ll;\n"
	"call %[bpf_timer_set_callback];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(tm), __imm(bpf_map_lookup_elem), __imm(bpf_timer_init), __imm_addr(tcb_lock_unlock), __imm(bpf_timer_set_callback) : __clobber_all);
}

SEC("tc") __naked void sl14_timer_lock_only(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[tm] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r1 += 8;\n"
	"r2 = %[tm] ll;\n"
	"r3 = 1;\n"
	"call %[bpf_timer_init];\n"
	"r1 = r6;\n"
	"r1 += 8;\n"
	"r2 = %[tcb_lock_only] ll;\n"
	"call %[bpf_timer_set_callback];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(tm), __imm(bpf_map_lookup_elem), __imm(bpf_timer_init), __imm_addr(tcb_lock_only), __imm(bpf_timer_set_callback) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
