#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct big { __u32 v[500]; };
struct small { __u32 v[400]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, struct big); } arr SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, struct small); } arr400 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 100);
         __type(key, int); __type(value, __u64); } arr100 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 1024);
         __type(key, int); __type(value, __u64); } hash1k SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4);
         __type(key, int); __type(value, __u64); } hash4 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4); __uint(map_flags, BPF_F_NO_PREALLOC);
         __type(key, int); __type(value, __u64); } hash4np SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 4);
         __type(key, int); __type(value, int); } jt SEC(".maps");
struct tval { struct bpf_timer t; __u64 n; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 100);
         __type(key, int); __type(value, struct tval); } tarr SEC(".maps");

static __naked __attribute__((noinline, used)) int cb_index_checked(void);
static __naked __attribute__((noinline, used)) int cb_index_off_by_one(void);
static __naked __attribute__((noinline, used)) int cb_elem_sum(void);
static __naked __attribute__((noinline, used)) int cb_elem_past_value(void);
static __naked __attribute__((noinline, used)) int cb_hash_sum(void);
static __naked __attribute__((noinline, used)) int cb_hash_key_past_end(void);
static __naked __attribute__((noinline, used)) int cb_hash_delete(void);
static __naked __attribute__((noinline, used)) int cb_timer_ok(void);
static __naked __attribute__((noinline, used)) int cb_timer_past_value(void);

SEC("socket") __naked void loop_sum_500(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r6 = 0;\n"
	"r7 = 0;\n"
	"l0_%=: r1 = r6;\n"
	"r1 <<= 2;\n"
	"r2 = r0;\n"
	"r2 += r1;\n"
	"r1 = *(u32 *)(r2 + 0);\n"
	"r7 += r1;\n"
	"r6 += 1;\n"
	"if r6 < 500 goto l0_%=;\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void loop_store_500(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r6 = 0;\n"
	"r7 = 0;\n"
	"l0_%=: r1 = r6;\n"
	"r1 <<= 2;\n"
	"r2 = r0;\n"
	"r2 += r1;\n"
	"*(u32 *)(r2 + 0) = r6;\n"
	"r6 += 1;\n"
	"if r6 < 500 goto l0_%=;\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

/* trip 400 reads past the 1600-byte value */
SEC("socket") __naked void loop_sum_500_of_400(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr400] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r6 = 0;\n"
	"r7 = 0;\n"
	"l0_%=: r1 = r6;\n"
	"r1 <<= 2;\n"
	"r2 = r0;\n"
	"r2 += r1;\n"
	"r1 = *(u32 *)(r2 + 0);\n"
	"r7 += r1;\n"
	"r6 += 1;\n"
	"if r6 < 500 goto l0_%=;\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr400), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void loop_stack_counter_500(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r6 = r0;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"l0_%=: r1 = *(u64 *)(r10 - 16);\n"
	"r2 = r1;\n"
	"r2 <<= 2;\n"
	"r3 = r6;\n"
	"r3 += r2;\n"
	"r2 = *(u32 *)(r3 + 0);\n"
	"r1 += 1;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"if r1 < 500 goto l0_%=;\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("xdp") __naked void loop_pkt_300(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 0);\n"
	"r3 = *(u32 *)(r1 + 4);\n"
	"r6 = 0;\n"
	"r7 = 0;\n"
	"l0_%=: r4 = r2;\n"
	"r4 += r6;\n"
	"r5 = r4;\n"
	"r5 += 1;\n"
	"if r5 > r3 goto l9_%=;\n"
	"r1 = *(u8 *)(r4 + 0);\n"
	"r7 += r1;\n"
	"r6 += 1;\n"
	"if r6 < 300 goto l0_%=;\n"
	"l9_%=: r0 = 2;\n"
	"exit;\n"
	: : : __clobber_all);
}

/* walks the packet to data_end: safe, but no counter bounds the trips for the verifier */
SEC("xdp") __naked void loop_pkt_pointer_walk(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 0);\n"
	"r3 = *(u32 *)(r1 + 4);\n"
	"r0 = 0;\n"
	"l0_%=: r4 = r2;\n"
	"r4 += 1;\n"
	"if r4 > r3 goto l9_%=;\n"
	"r1 = *(u8 *)(r2 + 0);\n"
	"r0 += r1;\n"
	"r2 = r4;\n"
	"goto l0_%=;\n"
	"l9_%=: r0 = 2;\n"
	"exit;\n"
	: : : __clobber_all);
}

/* reads v[i * i] for i < 22: safe, but only a quadratic invariant says so */
SEC("socket") __naked void loop_squares(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r6 = 0;\n"
	"r7 = 0;\n"
	"l0_%=: r1 = r7;\n"
	"r1 <<= 2;\n"
	"r2 = r0;\n"
	"r2 += r1;\n"
	"r1 = *(u32 *)(r2 + 0);\n"
	"r1 = r6;\n"
	"r1 <<= 1;\n"
	"r1 += 1;\n"
	"r7 += r1;\n"
	"r6 += 1;\n"
	"if r6 < 22 goto l0_%=;\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int cb_index_checked(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr400] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l9_%=;\n"
	"if r6 > 399 goto l9_%=;\n"
	"r6 <<= 2;\n"
	"r0 += r6;\n"
	"r0 = *(u32 *)(r0 + 0);\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr400), __imm(bpf_map_lookup_elem) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int cb_index_off_by_one(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr400] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l9_%=;\n"
	"if r6 > 400 goto l9_%=;\n"
	"r6 <<= 2;\n"
	"r0 += r6;\n"
	"r0 = *(u32 *)(r0 + 0);\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr400), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void bpf_loop_var_index_checked(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r1 = r0;\n"
	"r1 &= 1023;\n"
	"r2 = %[cb_index_checked] ll;\n"
	"r3 = 0;\n"
	"r4 = 0;\n"
	"call %[bpf_loop];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32), __imm_addr(cb_index_checked), __imm(bpf_loop) : __clobber_all);
}

/* index 400 reads past the 1600-byte value */
SEC("socket") __naked void bpf_loop_var_index_off_by_one(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r1 = r0;\n"
	"r1 &= 1023;\n"
	"r2 = %[cb_index_off_by_one] ll;\n"
	"r3 = 0;\n"
	"r4 = 0;\n"
	"call %[bpf_loop];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32), __imm_addr(cb_index_off_by_one), __imm(bpf_loop) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int cb_elem_sum(void)
{
	asm volatile (
	"r0 = *(u64 *)(r3 + 0);\n"
	"r1 = *(u64 *)(r4 + 0);\n"
	"r1 += r0;\n"
	"*(u64 *)(r4 + 0) = r1;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int cb_elem_past_value(void)
{
	asm volatile (
	"r0 = *(u64 *)(r3 + 8);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void for_each_100_sum(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r1 = %[arr100] ll;\n"
	"r2 = %[cb_elem_sum] ll;\n"
	"r3 = r10;\n"
	"r3 += -8;\n"
	"r4 = 0;\n"
	"call %[bpf_for_each_map_elem];\n"
	"r0 = *(u64 *)(r10 - 8);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr100), __imm_addr(cb_elem_sum), __imm(bpf_for_each_map_elem) : __clobber_all);
}

/* reads 8 bytes past each 8-byte value */
SEC("socket") __naked void for_each_100_past_value(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r1 = %[arr100] ll;\n"
	"r2 = %[cb_elem_past_value] ll;\n"
	"r3 = r10;\n"
	"r3 += -8;\n"
	"r4 = 0;\n"
	"call %[bpf_for_each_map_elem];\n"
	"r0 = *(u64 *)(r10 - 8);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr100), __imm_addr(cb_elem_past_value), __imm(bpf_for_each_map_elem) : __clobber_all);
}

SEC("socket") __naked void loop_hash_update_100(void)
{
	asm volatile (
	"r6 = 0;\n"
	"l0_%=: *(u32 *)(r10 - 4) = r6;\n"
	"*(u64 *)(r10 - 16) = r6;\n"
	"r1 = %[hash1k] ll;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r3 = r10;\n"
	"r3 += -16;\n"
	"r4 = 0;\n"
	"call %[bpf_map_update_elem];\n"
	"r6 += 1;\n"
	"if r6 < 100 goto l0_%=;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(hash1k), __imm(bpf_map_update_elem) : __clobber_all);
}

/* trip 90 reads past the element it inserted */
SEC("socket") __naked void loop_hash_update_late_oob(void)
{
	asm volatile (
	"r6 = 0;\n"
	"l0_%=: *(u32 *)(r10 - 4) = r6;\n"
	"*(u64 *)(r10 - 16) = r6;\n"
	"r1 = %[hash1k] ll;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r3 = r10;\n"
	"r3 += -16;\n"
	"r4 = 0;\n"
	"call %[bpf_map_update_elem];\n"
	"r1 = %[hash1k] ll;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l1_%=;\n"
	"if r6 != 90 goto l1_%=;\n"
	"r0 = *(u64 *)(r0 + 8);\n"
	"l1_%=:r6 += 1;\n"
	"if r6 < 100 goto l0_%=;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(hash1k), __imm(bpf_map_update_elem), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void loop_hash_delete_100(void)
{
	asm volatile (
	"r6 = 0;\n"
	"l0_%=: *(u32 *)(r10 - 4) = r6;\n"
	"r1 = %[hash1k] ll;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"call %[bpf_map_delete_elem];\n"
	"r6 += 1;\n"
	"if r6 < 100 goto l0_%=;\n"
	"r1 = %[hash1k] ll;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(hash1k), __imm(bpf_map_delete_elem), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("tc") __naked void loop_sk_lookup_release_50(void)
{
	asm volatile (
	"r9 = r1;\n"
	"r6 = 0;\n"
	"l0_%=: r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"*(u64 *)(r10 - 24) = r1;\n"
	"*(u64 *)(r10 - 32) = r1;\n"
	"*(u64 *)(r10 - 40) = r1;\n"
	"r1 = r9;\n"
	"r2 = r10;\n"
	"r2 += -40;\n"
	"r3 = 36;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_sk_lookup_tcp];\n"
	"if r0 == 0 goto l1_%=;\n"
	"r1 = r0;\n"
	"call %[bpf_sk_release];\n"
	"l1_%=: r6 += 1;\n"
	"if r6 < 50 goto l0_%=;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm(bpf_sk_release) : __clobber_all);
}

/* trip 40 leaves the loop holding the socket */
SEC("tc") __naked void loop_sk_lookup_late_leak(void)
{
	asm volatile (
	"r9 = r1;\n"
	"r6 = 0;\n"
	"l0_%=: r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"*(u64 *)(r10 - 24) = r1;\n"
	"*(u64 *)(r10 - 32) = r1;\n"
	"*(u64 *)(r10 - 40) = r1;\n"
	"r1 = r9;\n"
	"r2 = r10;\n"
	"r2 += -40;\n"
	"r3 = 36;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_sk_lookup_tcp];\n"
	"if r0 == 0 goto l1_%=;\n"
	"if r6 == 40 goto l9_%=;\n"
	"r1 = r0;\n"
	"call %[bpf_sk_release];\n"
	"l1_%=: r6 += 1;\n"
	"if r6 < 50 goto l0_%=;\n"
	"r0 = 0;\n"
	"exit;\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm(bpf_sk_release) : __clobber_all);
}

SEC("xdp") __naked void loop_xdp_adjust_head_20(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r7 = 0;\n"
	"l0_%=: r1 = r6;\n"
	"r2 = 1;\n"
	"call %[bpf_xdp_adjust_head];\n"
	"if r0 != 0 goto l1_%=;\n"
	"r7 += 1;\n"
	"if r7 < 20 goto l0_%=;\n"
	"l1_%=: r2 = *(u32 *)(r6 + 0);\n"
	"r3 = *(u32 *)(r6 + 4);\n"
	"r4 = r2;\n"
	"r4 += 8;\n"
	"if r4 > r3 goto l9_%=;\n"
	"r0 = *(u64 *)(r2 + 0);\n"
	"l9_%=: r0 = 2;\n"
	"exit;\n"
	: : __imm(bpf_xdp_adjust_head) : __clobber_all);
}

/* trip 15 reads the packet unchecked (14 bytes are sure to be there, not 21) */
SEC("xdp") __naked void loop_xdp_adjust_head_late_oob(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r7 = 0;\n"
	"l0_%=: r1 = r6;\n"
	"r2 = 1;\n"
	"call %[bpf_xdp_adjust_head];\n"
	"if r0 != 0 goto l1_%=;\n"
	"if r7 != 15 goto l2_%=;\n"
	"r2 = *(u32 *)(r6 + 0);\n"
	"r0 = *(u8 *)(r2 + 20);\n"
	"l2_%=:r7 += 1;\n"
	"if r7 < 20 goto l0_%=;\n"
	"l1_%=: r2 = *(u32 *)(r6 + 0);\n"
	"r3 = *(u32 *)(r6 + 4);\n"
	"r4 = r2;\n"
	"r4 += 8;\n"
	"if r4 > r3 goto l9_%=;\n"
	"r0 = *(u64 *)(r2 + 0);\n"
	"l9_%=: r0 = 2;\n"
	"exit;\n"
	: : __imm(bpf_xdp_adjust_head) : __clobber_all);
}

SEC("socket") __naked void loop_counter_follows(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr400] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r6 = 0;\n"
	"r7 = 0;\n"
	"l0_%=: if r6 >= 399 goto l1_%=;\n"
	"r7 += 1;\n"
	"l1_%=: r6 += 1;\n"
	"r1 = r7;\n"
	"r1 <<= 2;\n"
	"r2 = r0;\n"
	"r2 += r1;\n"
	"r1 = *(u32 *)(r2 + 0);\n"
	"if r6 < 500 goto l0_%=;\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr400), __imm(bpf_map_lookup_elem) : __clobber_all);
}

/* j reaches 400 at trip 401: v[400] is past the 1600-byte value */
SEC("socket") __naked void loop_counter_follows_past_value(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr400] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r6 = 0;\n"
	"r7 = 0;\n"
	"l0_%=: if r6 >= 400 goto l1_%=;\n"
	"r7 += 1;\n"
	"l1_%=: r6 += 1;\n"
	"r1 = r7;\n"
	"r1 <<= 2;\n"
	"r2 = r0;\n"
	"r2 += r1;\n"
	"r1 = *(u32 *)(r2 + 0);\n"
	"if r6 < 500 goto l0_%=;\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr400), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void loop_step_3(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr400] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r6 = 0;\n"
	"l0_%=: r1 = r6;\n"
	"r1 <<= 2;\n"
	"r2 = r0;\n"
	"r2 += r1;\n"
	"r1 = *(u32 *)(r2 + 0);\n"
	"r6 += 3;\n"
	"if r6 != 402 goto l0_%=;\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr400), __imm(bpf_map_lookup_elem) : __clobber_all);
}

/* i = 402 at trip 135: v[402] is past the 1600-byte value */
SEC("socket") __naked void loop_step_3_past_value(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr400] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r6 = 0;\n"
	"l0_%=: r1 = r6;\n"
	"r1 <<= 2;\n"
	"r2 = r0;\n"
	"r2 += r1;\n"
	"r1 = *(u32 *)(r2 + 0);\n"
	"r6 += 3;\n"
	"if r6 != 405 goto l0_%=;\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr400), __imm(bpf_map_lookup_elem) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int cb_hash_sum(void)
{
	asm volatile (
	"r0 = *(u32 *)(r2 + 0);\n"
	"r1 = *(u64 *)(r3 + 0);\n"
	"r1 += r0;\n"
	"r0 = *(u64 *)(r4 + 0);\n"
	"r0 += r1;\n"
	"*(u64 *)(r4 + 0) = r0;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int cb_hash_key_past_end(void)
{
	asm volatile (
	"r0 = *(u64 *)(r2 + 0);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int cb_hash_delete(void)
{
	asm volatile (
	"call %[bpf_map_delete_elem];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_map_delete_elem) : __clobber_all);
}

SEC("socket") __naked void for_each_hash_sum(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r1 = %[hash1k] ll;\n"
	"r2 = %[cb_hash_sum] ll;\n"
	"r3 = r10;\n"
	"r3 += -8;\n"
	"r4 = 0;\n"
	"call %[bpf_for_each_map_elem];\n"
	"r0 = *(u64 *)(r10 - 8);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(hash1k), __imm_addr(cb_hash_sum), __imm(bpf_for_each_map_elem) : __clobber_all);
}

/* reads 8 bytes of a 4-byte key */
SEC("socket") __naked void for_each_hash_key_past_end(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r1 = %[hash1k] ll;\n"
	"r2 = %[cb_hash_key_past_end] ll;\n"
	"r3 = r10;\n"
	"r3 += -8;\n"
	"r4 = 0;\n"
	"call %[bpf_for_each_map_elem];\n"
	"r0 = *(u64 *)(r10 - 8);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(hash1k), __imm_addr(cb_hash_key_past_end), __imm(bpf_for_each_map_elem) : __clobber_all);
}

SEC("socket") __naked void for_each_hash_delete(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r1 = %[hash1k] ll;\n"
	"r2 = %[cb_hash_delete] ll;\n"
	"r3 = r10;\n"
	"r3 += -8;\n"
	"r4 = 0;\n"
	"call %[bpf_for_each_map_elem];\n"
	"r0 = *(u64 *)(r10 - 8);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(hash1k), __imm_addr(cb_hash_delete), __imm(bpf_for_each_map_elem) : __clobber_all);
}

SEC("tc") __naked void tail_leaf(void)
{
	asm volatile (
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void loop_tail_call_100(void)
{
	asm volatile (
	"r9 = r1;\n"
	"r6 = 0;\n"
	"l0_%=: r1 = r9;\n"
	"r2 = %[jt] ll;\n"
	"r3 = r6;\n"
	"r3 &= 3;\n"
	"call %[bpf_tail_call];\n"
	"r6 += 1;\n"
	"if r6 < 100 goto l0_%=;\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

/* trip 400 reads past the 1600-byte value */
SEC("tc") __naked void loop_tail_call_late_oob(void)
{
	asm volatile (
	"r9 = r1;\n"
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr400] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r8 = r0;\n"
	"r6 = 0;\n"
	"l0_%=: r1 = r9;\n"
	"r2 = %[jt] ll;\n"
	"r3 = r6;\n"
	"r3 &= 3;\n"
	"call %[bpf_tail_call];\n"
	"r1 = r6;\n"
	"r1 <<= 2;\n"
	"r2 = r8;\n"
	"r2 += r1;\n"
	"r1 = *(u32 *)(r2 + 0);\n"
	"r6 += 1;\n"
	"if r6 < 500 goto l0_%=;\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr400), __imm(bpf_map_lookup_elem), __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int cb_timer_ok(void)
{
	asm volatile (
	"r0 = *(u64 *)(r3 + 16);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int cb_timer_past_value(void)
{
	asm volatile (
	"r0 = *(u64 *)(r3 + 24);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void loop_timer_start_100(void)
{
	asm volatile (
	"r6 = 0;\n"
	"l0_%=: *(u32 *)(r10 - 4) = r6;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[tarr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l1_%=;\n"
	"r7 = r0;\n"
	"r1 = r7;\n"
	"r2 = %[tarr] ll;\n"
	"r3 = 1;\n"
	"call %[bpf_timer_init];\n"
	"r1 = r7;\n"
	"r2 = %[cb_timer_ok] ll;\n"
	"call %[bpf_timer_set_callback];\n"
	"r1 = r7;\n"
	"r2 = 0;\n"
	"r3 = 0;\n"
	"call %[bpf_timer_start];\n"
	"l1_%=: r6 += 1;\n"
	"if r6 < 100 goto l0_%=;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(tarr), __imm(bpf_map_lookup_elem), __imm(bpf_timer_init), __imm_addr(cb_timer_ok), __imm(bpf_timer_set_callback), __imm(bpf_timer_start) : __clobber_all);
}

/* the callback reads 8 bytes past the 24-byte value */
SEC("tc") __naked void loop_timer_cb_past_value(void)
{
	asm volatile (
	"r6 = 0;\n"
	"l0_%=: *(u32 *)(r10 - 4) = r6;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[tarr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l1_%=;\n"
	"r7 = r0;\n"
	"r1 = r7;\n"
	"r2 = %[tarr] ll;\n"
	"r3 = 1;\n"
	"call %[bpf_timer_init];\n"
	"r1 = r7;\n"
	"r2 = %[cb_timer_past_value] ll;\n"
	"call %[bpf_timer_set_callback];\n"
	"r1 = r7;\n"
	"r2 = 0;\n"
	"r3 = 0;\n"
	"call %[bpf_timer_start];\n"
	"l1_%=: r6 += 1;\n"
	"if r6 < 100 goto l0_%=;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(tarr), __imm(bpf_map_lookup_elem), __imm(bpf_timer_init), __imm_addr(cb_timer_past_value), __imm(bpf_timer_set_callback), __imm(bpf_timer_start) : __clobber_all);
}

SEC("tc") __naked void loop_sk_carry_release_50(void)
{
	asm volatile (
	"r9 = r1;\n"
	"r6 = 0;\n"
	"r8 = 0;\n"
	"l0_%=: r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"*(u64 *)(r10 - 24) = r1;\n"
	"*(u64 *)(r10 - 32) = r1;\n"
	"*(u64 *)(r10 - 40) = r1;\n"
	"r1 = r9;\n"
	"r2 = r10;\n"
	"r2 += -40;\n"
	"r3 = 36;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_sk_lookup_tcp];\n"
	"r7 = r0;\n"
	"if r8 == 0 goto l1_%=;\n"
	"r1 = r8;\n"
	"call %[bpf_sk_release];\n"
	"l1_%=: r8 = r7;\n"
	"r6 += 1;\n"
	"if r6 < 50 goto l0_%=;\n"
	"if r8 == 0 goto l2_%=;\n"
	"r1 = r8;\n"
	"call %[bpf_sk_release];\n"
	"l2_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm(bpf_sk_release) : __clobber_all);
}

/* trip 40 drops the socket of trip 39 unreleased */
SEC("tc") __naked void loop_sk_carry_late_leak(void)
{
	asm volatile (
	"r9 = r1;\n"
	"r6 = 0;\n"
	"r8 = 0;\n"
	"l0_%=: r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"*(u64 *)(r10 - 24) = r1;\n"
	"*(u64 *)(r10 - 32) = r1;\n"
	"*(u64 *)(r10 - 40) = r1;\n"
	"r1 = r9;\n"
	"r2 = r10;\n"
	"r2 += -40;\n"
	"r3 = 36;\n"
	"r4 = -1;\n"
	"r5 = 0;\n"
	"call %[bpf_sk_lookup_tcp];\n"
	"r7 = r0;\n"
	"if r6 == 40 goto l1_%=;\n"
	"if r8 == 0 goto l1_%=;\n"
	"r1 = r8;\n"
	"call %[bpf_sk_release];\n"
	"l1_%=: r8 = r7;\n"
	"r6 += 1;\n"
	"if r6 < 50 goto l0_%=;\n"
	"if r8 == 0 goto l2_%=;\n"
	"r1 = r8;\n"
	"call %[bpf_sk_release];\n"
	"l2_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_sk_lookup_tcp), __imm(bpf_sk_release) : __clobber_all);
}

/* NULL when the map was full and the insertion failed */
SEC("socket") __naked void hash_update_lookup_unchecked(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = 5;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"r3 = r10;\n"
	"r3 += -16;\n"
	"r1 = %[hash4] ll;\n"
	"r4 = 0;\n"
	"call %[bpf_map_update_elem];\n"
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[hash4] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(hash4), __imm(bpf_map_update_elem), __imm(bpf_map_lookup_elem) : __clobber_all);
}

/* reads past the frame when the map is full */
SEC("socket") __naked void hash_update_e2big(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = 5;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"r3 = r10;\n"
	"r3 += -16;\n"
	"r1 = %[hash4] ll;\n"
	"r4 = 0;\n"
	"call %[bpf_map_update_elem];\n"
	"if w0 != -7 goto l9_%=;\n"
	"r0 = *(u64 *)(r10 + 8);\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(hash4), __imm(bpf_map_update_elem) : __clobber_all);
}

/* reads past the frame when the allocation fails */
SEC("socket") __naked void hash_update_enomem(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = 5;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"r3 = r10;\n"
	"r3 += -16;\n"
	"r1 = %[hash4np] ll;\n"
	"r4 = 0;\n"
	"call %[bpf_map_update_elem];\n"
	"if w0 != -12 goto l9_%=;\n"
	"r0 = *(u64 *)(r10 + 8);\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(hash4np), __imm(bpf_map_update_elem) : __clobber_all);
}

SEC("socket") __naked void hash_update_checked(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = 5;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"r3 = r10;\n"
	"r3 += -16;\n"
	"r1 = %[hash4] ll;\n"
	"r4 = 0;\n"
	"call %[bpf_map_update_elem];\n"
	"if r0 != 0 goto l9_%=;\n"
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[hash4] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(hash4), __imm(bpf_map_update_elem), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void loop_hash_update_2000(void)
{
	asm volatile (
	"r6 = 0;\n"
	"l0_%=: *(u32 *)(r10 - 4) = r6;\n"
	"*(u64 *)(r10 - 16) = r6;\n"
	"r1 = %[hash1k] ll;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r3 = r10;\n"
	"r3 += -16;\n"
	"r4 = 0;\n"
	"call %[bpf_map_update_elem];\n"
	"r6 += 1;\n"
	"if r6 < 2000 goto l0_%=;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(hash1k), __imm(bpf_map_update_elem) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
