// AL-03/04 map-in-map: array_of_maps / hash_of_maps, inner templates, BPF_F_INNER_MAP
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct in8_t { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, int); __uint(value_size, 8); } in8 SEC(".maps");
struct in24_t { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, int); __uint(value_size, 24); } in24 SEC(".maps");
struct inflex_t { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, int); __uint(map_flags, BPF_F_INNER_MAP); __uint(value_size, 8); } inflex SEC(".maps");

struct { __uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS); __uint(max_entries, 2); __type(key, int);
         __array(values, struct in8_t); } aom8 SEC(".maps") = { .values = { [0] = &in8 } };
struct { __uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS); __uint(max_entries, 2); __type(key, int);
         __array(values, struct in24_t); } aom24 SEC(".maps") = { .values = { [1] = &in24 } };
struct { __uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS); __uint(max_entries, 2); __type(key, int);
         __array(values, struct inflex_t); } aomflex SEC(".maps") = { .values = { [0] = &inflex } };
struct { __uint(type, BPF_MAP_TYPE_HASH_OF_MAPS); __uint(max_entries, 2); __type(key, int);
         __array(values, struct in8_t); } hom8 SEC(".maps") = { .values = { [0] = &in8 } };


SEC("socket") __naked void aom_outer_only(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[aom8] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = 1;\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(aom8), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void aom_outer_empty_slot(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[aom8] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = 1;\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(aom8), __imm(bpf_map_lookup_elem) : __clobber_all);
}

/* AL-04: inner in8 = {11, 22, 33}; 33 if elem_size is set in the template, 11 with the 6.1 elem_size bug */
SEC("socket") __naked void aom_inner_vs8_key2(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[aom8] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = r0;\n"
	"r2 = 2;\n"
	"*(u32 *)(r10 - 8) = r2;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(aom8), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void aom_inner_vs8_key1(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[aom8] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = r0;\n"
	"r2 = 1;\n"
	"*(u32 *)(r10 - 8) = r2;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(aom8), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void aom_inner_vs24_key2(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[aom24] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = r0;\n"
	"r2 = 2;\n"
	"*(u32 *)(r10 - 8) = r2;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(aom24), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void aom_inner_key_out_of_range(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[aom8] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = r0;\n"
	"r2 = 4;\n"
	"*(u32 *)(r10 - 8) = r2;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(aom8), __imm(bpf_map_lookup_elem) : __clobber_all);
}

/* BPF_F_INNER_MAP template: generator refuses */
SEC("socket") __naked void aom_inner_flex_no_inline(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[aomflex] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = r0;\n"
	"r2 = 1;\n"
	"*(u32 *)(r10 - 8) = r2;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(aomflex), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void hom_inner_vs8_key2(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[hom8] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = r0;\n"
	"r2 = 2;\n"
	"*(u32 *)(r10 - 8) = r2;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(hom8), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void aom_var_outer_key(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 1;\n"
	"*(u32 *)(r10 - 4) = r0;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[aom8] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = 1;\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32), __imm_addr(aom8), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void aom_inner_edge_over(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[aom8] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = r0;\n"
	"r2 = 1;\n"
	"*(u32 *)(r10 - 8) = r2;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 4);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(aom8), __imm(bpf_map_lookup_elem) : __clobber_all);
}

/* the outer lookup returns a map pointer, not memory */
SEC("socket") __naked void inner_map_ptr_deref(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[aom8] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(aom8), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void inner_lookup_without_null_check(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[aom8] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"r1 = r0;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"call %[bpf_map_lookup_elem];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(aom8), __imm(bpf_map_lookup_elem) : __clobber_all);
}

/* the inner map used directly: ordinary ARRAY inlining */
SEC("socket") __naked void inner_direct(void)
{
	asm volatile (
	"r1 = 2;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[in8] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(in8), __imm(bpf_map_lookup_elem) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
