// CORE-04 null checks of map_value_or_null
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct val48 { __u64 a[6]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4);
         __type(key, int); __type(value, struct val48); } arr SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 16);
         __type(key, int); __type(value, __u64); } hmap SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 2);
         __type(key, int); __type(value, int); } progs SEC(".maps");


SEC("socket") __naked void null_deref_before_check(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"r1 = *(u64 *)(r0 + 0);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void null_arith_before_check(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"r0 += 8;\n"
	"if r0 == 0 goto l0_%=;\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void null_jmp32_check(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if w0 == 0 goto l0_%=;\n"
	"r1 = *(u64 *)(r0 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void null_reg_compare(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"r1 = 0;\n"
	"if r0 == r1 goto l0_%=;\n"
	"r1 = *(u64 *)(r0 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void null_check_ne_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 != 0 goto l0_%=;\n"
	"exit;\n"
	"l0_%=: r0 = *(u64 *)(r0 + 0);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void null_check_copy_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"r6 = r0;\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = *(u64 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void null_check_other_lookup(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"r6 = r0;\n"
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = *(u64 *)(r6 + 0);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void null_as_helper_arg(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"r3 = r0;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[hmap] ll;\n"
	"r4 = 0;\n"
	"call %[bpf_map_update_elem];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem), __imm_addr(hmap), __imm(bpf_map_update_elem) : __clobber_all);
}

SEC("socket") __naked void null_check_gt_zero(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 > 0 goto l1_%=;\n"
	"r0 = 0;\n"
	"exit;\n"
	"l1_%=: r1 = *(u64 *)(r0 + 0);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void null_return_maybe_null(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void null_branch_is_zero(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 != 0 goto l0_%=;\n"
	"exit;\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
