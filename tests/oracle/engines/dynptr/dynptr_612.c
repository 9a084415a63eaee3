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


SEC("tc") __naked void dyn_store_first_slot_read(void)
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
	"*(u64 *)(r10 - 32) = r1;\n"
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

SEC("tc") __naked void dyn_store_byte_read(void)
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
	"*(u8 *)(r10 - 20) = r1;\n"
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

SEC("tc") __naked void dyn_store_then_reinit(void)
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
	"*(u64 *)(r10 - 32) = r1;\n"
	"r1 = r7;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
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
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(vals), __imm(bpf_map_lookup_elem), __imm(bpf_dynptr_from_mem), __imm(bpf_dynptr_read) : __clobber_all);
}

SEC("tc") __naked void dyn_reinit_read(void)
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

SEC("tc") __naked void dyn_reinit_shifted(void)
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
	"r4 += -24;\n"
	"call %[bpf_dynptr_from_mem];\n"
	"r1 = r10;\n"
	"r1 += -48;\n"
	"r2 = 8;\n"
	"r3 = r10;\n"
	"r3 += -24;\n"
	"r4 = 0;\n"
	"r5 = 0;\n"
	"call %[bpf_dynptr_read];\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(vals), __imm(bpf_map_lookup_elem), __imm(bpf_dynptr_from_mem), __imm(bpf_dynptr_read) : __clobber_all);
}

SEC("tc") __naked void dyn_reinit_shifted_old_read(void)
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
	"r4 += -24;\n"
	"call %[bpf_dynptr_from_mem];\n"
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

SEC("tc") __naked void dyn_slice_after_store(void)
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
	"r3 = 8;\n"
	"call %[bpf_dynptr_data];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r6 = r0;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 24) = r1;\n"
	"r1 = 3;\n"
	"*(u64 *)(r6 + 0) = r1;\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(vals), __imm(bpf_map_lookup_elem), __imm(bpf_dynptr_from_mem), __imm(bpf_dynptr_data) : __clobber_all);
}

SEC("tc") __naked void dyn_slice_after_reinit(void)
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
	"r3 = 8;\n"
	"call %[bpf_dynptr_data];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r6 = r0;\n"
	"r1 = r7;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_dynptr_from_mem];\n"
	"r1 = 3;\n"
	"*(u64 *)(r6 + 0) = r1;\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(vals), __imm(bpf_map_lookup_elem), __imm(bpf_dynptr_from_mem), __imm(bpf_dynptr_data) : __clobber_all);
}

SEC("tc") __naked void dyn_slice_after_other_store(void)
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
	"r3 = 8;\n"
	"call %[bpf_dynptr_data];\n"
	"if r0 == 0 goto l9_%=;\n"
	"r6 = r0;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 40) = r1;\n"
	"r1 = 3;\n"
	"*(u64 *)(r6 + 0) = r1;\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(vals), __imm(bpf_map_lookup_elem), __imm(bpf_dynptr_from_mem), __imm(bpf_dynptr_data) : __clobber_all);
}

SEC("tc") __naked void dyn_rb_store_second_slot(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 24) = r1;\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_discard_dynptr];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr), __imm(bpf_ringbuf_discard_dynptr) : __clobber_all);
}

SEC("tc") __naked void dyn_rb_store_byte(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r1 = 0;\n"
	"*(u8 *)(r10 - 17) = r1;\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_discard_dynptr];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr), __imm(bpf_ringbuf_discard_dynptr) : __clobber_all);
}

SEC("tc") __naked void dyn_rb_reinit(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r1 = %[rb] ll;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_discard_dynptr];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr), __imm(bpf_ringbuf_discard_dynptr) : __clobber_all);
}

SEC("tc") __naked void dyn_local_then_rb(void)
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
	"r1 = %[rb] ll;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_discard_dynptr];\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(vals), __imm(bpf_map_lookup_elem), __imm(bpf_dynptr_from_mem), __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr), __imm(bpf_ringbuf_discard_dynptr) : __clobber_all);
}

SEC("tc") __naked void dyn_rb_then_local(void)
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
	"r1 = %[rb] ll;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r1 = r7;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_dynptr_from_mem];\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_discard_dynptr];\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(vals), __imm(bpf_map_lookup_elem), __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr), __imm(bpf_dynptr_from_mem), __imm(bpf_ringbuf_discard_dynptr) : __clobber_all);
}

SEC("tc") __naked void dyn_rb_two_leak(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r1 = %[rb] ll;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -64;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_discard_dynptr];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr), __imm(bpf_ringbuf_discard_dynptr) : __clobber_all);
}

SEC("tc") __naked void dyn_rb_slice_leak(void)
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
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr), __imm(bpf_dynptr_data) : __clobber_all);
}

SEC("tc") __naked void dyn_read_at_offset(void)
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
	"r1 += -48;\n"
	"r2 = 8;\n"
	"r3 = r10;\n"
	"r3 += -28;\n"
	"r4 = 0;\n"
	"r5 = 0;\n"
	"call %[bpf_dynptr_read];\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(vals), __imm(bpf_map_lookup_elem), __imm(bpf_dynptr_from_mem), __imm(bpf_dynptr_read) : __clobber_all);
}

SEC("tc") __naked void dyn_submit_at_offset(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r1 = r10;\n"
	"r1 += -28;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_submit_dynptr];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr), __imm(bpf_ringbuf_submit_dynptr) : __clobber_all);
}

SEC("tc") __naked void dyn_write_uninit(void)
{
	asm volatile (
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
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_dynptr_write) : __clobber_all);
}

SEC("tc") __naked void dyn_data_uninit(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"r3 = 8;\n"
	"call %[bpf_dynptr_data];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_dynptr_data) : __clobber_all);
}

SEC("tc") __naked void dyn_load_bytes_over_local(void)
{
	asm volatile (
	"r9 = r1;\n"
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
	"r1 = r9;\n"
	"r2 = 0;\n"
	"r3 = r10;\n"
	"r3 += -32;\n"
	"r4 = 8;\n"
	"call %[bpf_skb_load_bytes];\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(vals), __imm(bpf_map_lookup_elem), __imm(bpf_dynptr_from_mem), __imm(bpf_skb_load_bytes) : __clobber_all);
}

SEC("tc") __naked void dyn_load_bytes_over_rb(void)
{
	asm volatile (
	"r9 = r1;\n"
	"r1 = %[rb] ll;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"r1 = r9;\n"
	"r2 = 0;\n"
	"r3 = r10;\n"
	"r3 += -24;\n"
	"r4 = 8;\n"
	"call %[bpf_skb_load_bytes];\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_discard_dynptr];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr), __imm(bpf_skb_load_bytes), __imm(bpf_ringbuf_discard_dynptr) : __clobber_all);
}

SEC("tc") __naked void dyn_load_bytes_beside(void)
{
	asm volatile (
	"r9 = r1;\n"
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
	"r1 = r9;\n"
	"r2 = 0;\n"
	"r3 = r10;\n"
	"r3 += -40;\n"
	"r4 = 8;\n"
	"call %[bpf_skb_load_bytes];\n"
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
	: : __imm_addr(vals), __imm(bpf_map_lookup_elem), __imm(bpf_dynptr_from_mem), __imm(bpf_skb_load_bytes), __imm(bpf_dynptr_read) : __clobber_all);
}

SEC("tc") __naked void dyn_var_store_over_local(void)
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
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 8;\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r1 += r0;\n"
	"r2 = 0;\n"
	"*(u64 *)(r1 + 0) = r2;\n"
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
	: : __imm_addr(vals), __imm(bpf_map_lookup_elem), __imm(bpf_dynptr_from_mem), __imm(bpf_get_prandom_u32), __imm(bpf_dynptr_read) : __clobber_all);
}

SEC("tc") __naked void dyn_var_store_over_rb(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"r4 = r10;\n"
	"r4 += -32;\n"
	"call %[bpf_ringbuf_reserve_dynptr];\n"
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 8;\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r1 += r0;\n"
	"r2 = 0;\n"
	"*(u64 *)(r1 + 0) = r2;\n"
	"r1 = r10;\n"
	"r1 += -32;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_discard_dynptr];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve_dynptr), __imm(bpf_get_prandom_u32), __imm(bpf_ringbuf_discard_dynptr) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
