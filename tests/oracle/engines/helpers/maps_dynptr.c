#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct pair { __u64 a; __u64 b; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, struct pair); } vals SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } rb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_USER_RINGBUF); __uint(max_entries, 4096); } urb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_QUEUE); __uint(max_entries, 2);
         __uint(key_size, 0); __uint(value_size, 8); } q SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_STACK); __uint(max_entries, 2);
         __uint(key_size, 0); __uint(value_size, 8); } stk SEC(".maps");


SEC("tc") __naked void dynptr_rb_submit(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_submit_dynptr];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr), __imm(bpf_ringbuf_submit_dynptr) : __clobber_all);
}

SEC("tc") __naked void dynptr_rb_discard_ret(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r6 = r0;\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_discard_dynptr];\n"
	"r0 = r6;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr), __imm(bpf_ringbuf_discard_dynptr) : __clobber_all);
}

SEC("tc") __naked void dynptr_rb_bad_flags(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 8;\n"
	"r3 = 1;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r6 = r0;\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_discard_dynptr];\n"
	"r0 = r6;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr), __imm(bpf_ringbuf_discard_dynptr) : __clobber_all);
}

SEC("tc") __naked void dynptr_rb_too_big(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 8192;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r6 = r0;\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_discard_dynptr];\n"
	"r0 = r6;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr), __imm(bpf_ringbuf_discard_dynptr) : __clobber_all);
}

SEC("tc") __naked void dynptr_rb_leak(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr) : __clobber_all);
}

SEC("tc") __naked void dynptr_rb_double_submit(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_submit_dynptr];\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_submit_dynptr];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr), __imm(bpf_ringbuf_submit_dynptr) : __clobber_all);
}

SEC("tc") __naked void dynptr_rb_slice_write(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"r3 = 8;\n"
	"call %[bpf_dynptr_data];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = 1;\n"
	"*(u64 *)(r0 + 0) = r1;\n"
	"l0_%=:r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_submit_dynptr];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr), __imm(bpf_dynptr_data), __imm(bpf_ringbuf_submit_dynptr) : __clobber_all);
}

SEC("tc") __naked void dynptr_rb_slice_past_len(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"r3 = 8;\n"
	"call %[bpf_dynptr_data];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = 1;\n"
	"*(u64 *)(r0 + 8) = r1;\n"
	"l0_%=:r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_submit_dynptr];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr), __imm(bpf_dynptr_data), __imm(bpf_ringbuf_submit_dynptr) : __clobber_all);
}

SEC("tc") __naked void dynptr_rb_slice_no_null_check(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"r3 = 8;\n"
	"call %[bpf_dynptr_data];\n"
	"r1 = 1;\n"
	"*(u64 *)(r0 + 0) = r1;\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_submit_dynptr];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr), __imm(bpf_dynptr_data), __imm(bpf_ringbuf_submit_dynptr) : __clobber_all);
}

SEC("tc") __naked void dynptr_rb_slice_after_submit(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"r3 = 8;\n"
	"call %[bpf_dynptr_data];\n"
	"r6 = r0;\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_submit_dynptr];\n"
	"if r6 == 0 goto l0_%=;\n"
	"r1 = 1;\n"
	"*(u64 *)(r6 + 0) = r1;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr), __imm(bpf_dynptr_data), __imm(bpf_ringbuf_submit_dynptr) : __clobber_all);
}

SEC("tc") __naked void dynptr_rb_slice_out_of_range(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 4;\n"
	"r3 = 8;\n"
	"call %[bpf_dynptr_data];\n"
	"r6 = 1;\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = 0;\n"
	"l0_%=:r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_discard_dynptr];\n"
	"r0 = r6;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr), __imm(bpf_dynptr_data), __imm(bpf_ringbuf_discard_dynptr) : __clobber_all);
}

SEC("tc") __naked void dynptr_rb_write_read(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r1 = 7;\n"
	"*(u64 *)(r10 - 40) = r1;\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 8;\n"
	"r3 = r10;\n"
	"r3 += -40;\n"
	"r4 = 8;\n"
	"r5 = 0;\n"
	"call %[bpf_dynptr_write];\n"
	"r1 = r10;\n"
	"r1 += -48;\n"
	"r2 = 8;\n"
	"r3 = r10;\n"
	"r3 += -32;\n"
	"r4 = 8;\n"
	"r5 = 0;\n"
	"call %[bpf_dynptr_read];\n"
	"r6 = *(u64 *)(r10 - 48);\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_submit_dynptr];\n"
	"r0 = r6;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr), __imm(bpf_dynptr_write), __imm(bpf_dynptr_read), __imm(bpf_ringbuf_submit_dynptr) : __clobber_all);
}

SEC("tc") __naked void dynptr_rb_read_past_end(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r1 = r10;\n"
	"r1 += -48;\n"
	"r2 = 8;\n"
	"r3 = r10;\n"
	"r3 += -32;\n"
	"r4 = 4;\n"
	"r5 = 0;\n"
	"call %[bpf_dynptr_read];\n"
	"r6 = r0;\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_discard_dynptr];\n"
	"r0 = r6;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr), __imm(bpf_dynptr_read), __imm(bpf_ringbuf_discard_dynptr) : __clobber_all);
}

SEC("tc") __naked void dynptr_rb_overwritten_submit(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 32) = r1;\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_submit_dynptr];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr), __imm(bpf_ringbuf_submit_dynptr) : __clobber_all);
}

SEC("tc") __naked void dynptr_uninit_read(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 += -48;\n"
	"r2 = 8;\n"
	"r3 = r10;\n"
	"r3 += -32;\n"
	"r4 = 0;\n"
	"r5 = 0;\n"
	"call %[bpf_dynptr_read];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_dynptr_read) : __clobber_all);
}

SEC("tc") __naked void dynptr_uninit_submit(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_submit_dynptr];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_ringbuf_submit_dynptr) : __clobber_all);
}

SEC("tc") __naked void dynptr_data_var_len(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r8 = r0;\n"
	"r8 &= 7;\n"
	"r1 = %[rb] ll;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"r3 = r8;\n"
	"call %[bpf_dynptr_data];\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_discard_dynptr];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32), __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr), __imm(bpf_dynptr_data), __imm(bpf_ringbuf_discard_dynptr) : __clobber_all);
}

SEC("tc") __naked void dynptr_mem_write_read(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[vals] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r7 = r0;\n"
	"r1 = r7;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_dynptr_from_mem];\n"
	"r1 = 7;\n"
	"*(u64 *)(r10 - 40) = r1;\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"r3 = r10;\n"
	"r3 += -40;\n"
	"r4 = 8;\n"
	"r5 = 0;\n"
	"call %[bpf_dynptr_write];\n"
	"r1 = r10;\n"
	"r1 += -48;\n"
	"r2 = 8;\n"
	"r3 = r10;\n"
	"r3 += -32;\n"
	"r4 = 0;\n"
	"r5 = 0;\n"
	"call %[bpf_dynptr_read];\n"
	"r0 = *(u64 *)(r10 - 48);\n"
	"exit;\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(vals), __imm(bpf_map_lookup_elem), __imm(bpf_dynptr_from_mem), __imm(bpf_dynptr_write), __imm(bpf_dynptr_read) : __clobber_all);
}

SEC("tc") __naked void dynptr_mem_write_past_end(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[vals] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r7 = r0;\n"
	"r1 = r7;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_dynptr_from_mem];\n"
	"r1 = 7;\n"
	"*(u64 *)(r10 - 40) = r1;\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 12;\n"
	"r3 = r10;\n"
	"r3 += -40;\n"
	"r4 = 8;\n"
	"r5 = 0;\n"
	"call %[bpf_dynptr_write];\n"
	"exit;\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(vals), __imm(bpf_map_lookup_elem), __imm(bpf_dynptr_from_mem), __imm(bpf_dynptr_write) : __clobber_all);
}

SEC("tc") __naked void dynptr_mem_bad_flags_read(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[vals] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r7 = r0;\n"
	"r1 = r7;\n"
	"r2 = 16;\n"
	"r3 = 1;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_dynptr_from_mem];\n"
	"r1 = r10;\n"
	"r1 += -48;\n"
	"r2 = 8;\n"
	"r3 = r10;\n"
	"r3 += -32;\n"
	"r4 = 0;\n"
	"r5 = 0;\n"
	"call %[bpf_dynptr_read];\n"
	"exit;\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(vals), __imm(bpf_map_lookup_elem), __imm(bpf_dynptr_from_mem), __imm(bpf_dynptr_read) : __clobber_all);
}

SEC("tc") __naked void dynptr_mem_slice_aliases_value(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[vals] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r7 = r0;\n"
	"r1 = r7;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_dynptr_from_mem];\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 8;\n"
	"r3 = 8;\n"
	"call %[bpf_dynptr_data];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r1 = 3;\n"
	"*(u64 *)(r0 + 0) = r1;\n"
	"r0 = *(u64 *)(r7 + 8);\n"
	"exit;\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(vals), __imm(bpf_map_lookup_elem), __imm(bpf_dynptr_from_mem), __imm(bpf_dynptr_data) : __clobber_all);
}

SEC("tc") __naked void dynptr_mem_slice_past_len(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[vals] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r7 = r0;\n"
	"r1 = r7;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_dynptr_from_mem];\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 8;\n"
	"r3 = 8;\n"
	"call %[bpf_dynptr_data];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r0 = *(u64 *)(r0 + 4);\n"
	"exit;\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(vals), __imm(bpf_map_lookup_elem), __imm(bpf_dynptr_from_mem), __imm(bpf_dynptr_data) : __clobber_all);
}

SEC("tc") __naked void dynptr_mem_submit(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[vals] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r7 = r0;\n"
	"r1 = r7;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_dynptr_from_mem];\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_submit_dynptr];\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(vals), __imm(bpf_map_lookup_elem), __imm(bpf_dynptr_from_mem), __imm(bpf_ringbuf_submit_dynptr) : __clobber_all);
}

SEC("tc") __naked void dynptr_mem_overwritten_read(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[vals] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r7 = r0;\n"
	"r1 = r7;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_dynptr_from_mem];\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 24) = r1;\n"
	"r1 = r10;\n"
	"r1 += -48;\n"
	"r2 = 8;\n"
	"r3 = r10;\n"
	"r3 += -32;\n"
	"r4 = 0;\n"
	"r5 = 0;\n"
	"call %[bpf_dynptr_read];\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(vals), __imm(bpf_map_lookup_elem), __imm(bpf_dynptr_from_mem), __imm(bpf_dynptr_read) : __clobber_all);
}

SEC("tc") __naked void dynptr_mem_reinit(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[vals] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r7 = r0;\n"
	"r1 = r7;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_dynptr_from_mem];\n"
	"r1 = r7;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_dynptr_from_mem];\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(vals), __imm(bpf_map_lookup_elem), __imm(bpf_dynptr_from_mem) : __clobber_all);
}

SEC("tc") __naked void dynptr_at_offset(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[vals] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r7 = r0;\n"
	"r1 = r7;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -28;\n"
	"call %[bpf_dynptr_from_mem];\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(vals), __imm(bpf_map_lookup_elem), __imm(bpf_dynptr_from_mem) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
