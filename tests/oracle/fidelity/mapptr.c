// loads through a map pointer: check_ptr_to_map_access walks the map's kernel struct
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, int); __type(value, __u64); } arr SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 16); __type(key, int); __type(value, __u64); } hmap SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 4); __type(key, int); __type(value, int); } jt SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } rb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, 4); __uint(value_size, 4); } pe SEC(".maps");


SEC("socket") __naked void mp_array_max_entries(void)
{
	asm volatile (
	"r1 = %[arr] ll;\n"
	"r0 = *(u32 *)(r1 + 36);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr) : __clobber_all);
}

SEC("socket") __naked void mp_array_max_entries_ret(void)
{
	asm volatile (
	"r1 = %[arr] ll;\n"
	"r0 = *(u32 *)(r1 + 36);\n"
	"exit;\n"
	: : __imm_addr(arr) : __clobber_all);
}

SEC("socket") __naked void mp_hash_max_entries(void)
{
	asm volatile (
	"r1 = %[hmap] ll;\n"
	"r0 = *(u32 *)(r1 + 36);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(hmap) : __clobber_all);
}

SEC("socket") __naked void mp_prog_array_max_entries(void)
{
	asm volatile (
	"r1 = %[jt] ll;\n"
	"r0 = *(u32 *)(r1 + 36);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(jt) : __clobber_all);
}

SEC("socket") __naked void mp_ringbuf_max_entries(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r0 = *(u32 *)(r1 + 36);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb) : __clobber_all);
}

SEC("socket") __naked void mp_perf_key_size(void)
{
	asm volatile (
	"r1 = %[pe] ll;\n"
	"r0 = *(u32 *)(r1 + 28);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(pe) : __clobber_all);
}

SEC("socket") __naked void mp_map_type_u8(void)
{
	asm volatile (
	"r1 = %[arr] ll;\n"
	"r0 = *(u8 *)(r1 + 24);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr) : __clobber_all);
}

SEC("socket") __naked void mp_key_size_u16(void)
{
	asm volatile (
	"r1 = %[arr] ll;\n"
	"r0 = *(u16 *)(r1 + 28);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr) : __clobber_all);
}

SEC("socket") __naked void mp_value_size_off33(void)
{
	asm volatile (
	"r1 = %[arr] ll;\n"
	"r0 = *(u32 *)(r1 + 33);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr) : __clobber_all);
}

SEC("socket") __naked void mp_u64_over_two_fields(void)
{
	asm volatile (
	"r1 = %[arr] ll;\n"
	"r0 = *(u64 *)(r1 + 32);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr) : __clobber_all);
}

SEC("socket") __naked void mp_map_extra_u64(void)
{
	asm volatile (
	"r1 = %[hmap] ll;\n"
	"r0 = *(u64 *)(r1 + 40);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(hmap) : __clobber_all);
}

SEC("socket") __naked void mp_ops_ptr(void)
{
	asm volatile (
	"r1 = %[arr] ll;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr) : __clobber_all);
}

SEC("socket") __naked void mp_ops_ptr_half(void)
{
	asm volatile (
	"r1 = %[arr] ll;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr) : __clobber_all);
}

SEC("socket") __naked void mp_ops_ptr_misaligned(void)
{
	asm volatile (
	"r1 = %[arr] ll;\n"
	"r0 = *(u64 *)(r1 + 4);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr) : __clobber_all);
}

SEC("socket") __naked void mp_negative_off(void)
{
	asm volatile (
	"r1 = %[arr] ll;\n"
	"r0 = *(u32 *)(r1 - 8);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr) : __clobber_all);
}

SEC("socket") __naked void mp_array_value(void)
{
	asm volatile (
	"r1 = %[arr] ll;\n"
	"r0 = *(u64 *)(r1 + 272);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr) : __clobber_all);
}

SEC("socket") __naked void mp_array_past_struct(void)
{
	asm volatile (
	"r1 = %[arr] ll;\n"
	"r0 = *(u64 *)(r1 + 4096);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr) : __clobber_all);
}

SEC("socket") __naked void mp_hash_past_struct(void)
{
	asm volatile (
	"r1 = %[hmap] ll;\n"
	"r0 = *(u32 *)(r1 + 4096);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(hmap) : __clobber_all);
}

SEC("socket") __naked void mp_ops_deref(void)
{
	asm volatile (
	"r1 = %[arr] ll;\n"
	"r2 = *(u64 *)(r1 + 0);\n"
	"r0 = *(u64 *)(r2 + 0);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr) : __clobber_all);
}

SEC("socket") __naked void mp_ops_deref_ret(void)
{
	asm volatile (
	"r1 = %[arr] ll;\n"
	"r2 = *(u64 *)(r1 + 0);\n"
	"r0 = *(u64 *)(r2 + 0);\n"
	"exit;\n"
	: : __imm_addr(arr) : __clobber_all);
}

SEC("socket") __naked void mp_max_entries_bounds(void)
{
	asm volatile (
	"r1 = %[arr] ll;\n"
	"r2 = *(u32 *)(r1 + 36);\n"
	"if r2 > 3 goto l0_%=;\n"
	"r0 = r2;\n"
	"exit;\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr) : __clobber_all);
}

SEC("socket") __naked void mp_write(void)
{
	asm volatile (
	"r1 = %[arr] ll;\n"
	"r2 = 1;\n"
	"*(u32 *)(r1 + 36) = r2;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr) : __clobber_all);
}

SEC("tc") __naked void mp_max_entries_tc(void)
{
	asm volatile (
	"r1 = %[hmap] ll;\n"
	"r0 = *(u32 *)(r1 + 36);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(hmap) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
