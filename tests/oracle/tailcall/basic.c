// TC-01/03/06 constant/variable keys, poke descriptors vs indirect jumps, program types
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct val { int cnt; struct bpf_spin_lock lock; };
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 4); __type(key, int); __type(value, int); } jt SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 8); __type(key, int); __type(value, int); } jt2 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, int); __type(value, __u64); } arr SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, int); __type(value, struct val); } lk SEC(".maps");


SEC("tc") __naked void const_key(void)
{
	asm volatile (
	"r3 = 0;\n"
	"r2 = %[jt] ll;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

SEC("tc") __naked void const_key_last(void)
{
	asm volatile (
	"r3 = 3;\n"
	"r2 = %[jt] ll;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

SEC("tc") __naked void const_key_out_of_range(void)
{
	asm volatile (
	"r3 = 10;\n"
	"r2 = %[jt] ll;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

/* low 32 bits = 1, upper bits set */
SEC("tc") __naked void const_key_u64_high_bits(void)
{
	asm volatile (
	"r3 = 0x100000001 ll;\n"
	"r2 = %[jt] ll;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

SEC("tc") __naked void const_key_minus_one(void)
{
	asm volatile (
	"r3 = -1;\n"
	"r2 = %[jt] ll;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

SEC("tc") __naked void var_key(void)
{
	asm volatile (
	"r6 = r1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r1 = r6;\n"
	"r3 = r0;\n"
	"r2 = %[jt] ll;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32), __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

SEC("tc") __naked void var_key_masked(void)
{
	asm volatile (
	"r6 = r1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r1 = r6;\n"
	"r3 = r0;\n"
	"r3 &= 3;\n"
	"r2 = %[jt] ll;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32), __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

SEC("tc") __naked void key_from_map_value(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r3 = *(u64 *)(r0 + 0);\n"
	"r1 = r6;\n"
	"r2 = %[jt] ll;\n"
	"call %[bpf_tail_call];\n"
	"l0_%=:r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

SEC("tc") __naked void same_key_two_paths(void)
{
	asm volatile (
	"r6 = r1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r1 = r6;\n"
	"r3 = 1;\n"
	"if r0 > 5 goto l0_%=;\n"
	"r3 = 1;\n"
	"l0_%=:r2 = %[jt] ll;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32), __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

SEC("tc") __naked void diff_keys_two_paths(void)
{
	asm volatile (
	"r6 = r1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r1 = r6;\n"
	"r3 = 1;\n"
	"if r0 > 5 goto l0_%=;\n"
	"r3 = 2;\n"
	"l0_%=:r2 = %[jt] ll;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32), __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

SEC("tc") __naked void two_maps_two_paths(void)
{
	asm volatile (
	"r6 = r1;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r1 = r6;\n"
	"r3 = 0;\n"
	"r2 = %[jt] ll;\n"
	"if r0 > 5 goto l0_%=;\n"
	"r2 = %[jt2] ll;\n"
	"l0_%=: call %[bpf_tail_call];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32), __imm_addr(jt), __imm_addr(jt2), __imm(bpf_tail_call) : __clobber_all);
}

SEC("tc") __naked void two_tail_calls(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r3 = 0;\n"
	"r2 = %[jt] ll;\n"
	"call %[bpf_tail_call];\n"
	"r1 = r6;\n"
	"r3 = 1;\n"
	"r2 = %[jt] ll;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

SEC("tc") __naked void tail_call_in_loop(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r7 = 0;\n"
	"l0_%=: r1 = r6;\n"
	"r3 = r7;\n"
	"r2 = %[jt] ll;\n"
	"call %[bpf_tail_call];\n"
	"r7 += 1;\n"
	"if r7 < 4 goto l0_%=;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

SEC("xdp") __naked void xdp_tail_call(void)
{
	asm volatile (
	"r3 = 0;\n"
	"r2 = %[jt] ll;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 2;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

SEC("socket") __naked void socket_tail_call(void)
{
	asm volatile (
	"r3 = 0;\n"
	"r2 = %[jt] ll;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

SEC("kprobe/do_nanosleep") __naked void kprobe_tail_call(void)
{
	asm volatile (
	"r3 = 0;\n"
	"r2 = %[jt] ll;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

/* tail-call targets (several programs per file) */
SEC("tc") __naked void target_a(void)
{
	asm volatile (
	"r0 = 10;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void target_b(void)
{
	asm volatile (
	"r0 = 20;\n"
	"exit;\n"
	: : : __clobber_all);
}

char _license[] SEC("license") = "GPL";
