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


SEC("tc") __naked void queue_fifo(void)
{
	asm volatile (
	"r1 = 5;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r1 = %[q] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_map_push_elem];\n"
	"r1 = 6;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r1 = %[q] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_map_push_elem];\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r1 = %[q] ll;\n"
	"call %[bpf_map_pop_elem];\n"
	"r0 = *(u64 *)(r10 - 16);\n"
	"exit;\n"
	: : __imm_addr(q), __imm(bpf_map_push_elem), __imm(bpf_map_pop_elem) : __clobber_all);
}

SEC("tc") __naked void stack_lifo(void)
{
	asm volatile (
	"r1 = 5;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r1 = %[stk] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_map_push_elem];\n"
	"r1 = 6;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r1 = %[stk] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_map_push_elem];\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r1 = %[stk] ll;\n"
	"call %[bpf_map_pop_elem];\n"
	"r0 = *(u64 *)(r10 - 16);\n"
	"exit;\n"
	: : __imm_addr(stk), __imm(bpf_map_push_elem), __imm(bpf_map_pop_elem) : __clobber_all);
}

SEC("tc") __naked void queue_pop_empty(void)
{
	asm volatile (
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r1 = %[q] ll;\n"
	"call %[bpf_map_pop_elem];\n"
	"exit;\n"
	: : __imm_addr(q), __imm(bpf_map_pop_elem) : __clobber_all);
}

SEC("tc") __naked void stack_peek_empty(void)
{
	asm volatile (
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r1 = %[stk] ll;\n"
	"call %[bpf_map_peek_elem];\n"
	"exit;\n"
	: : __imm_addr(stk), __imm(bpf_map_peek_elem) : __clobber_all);
}

SEC("tc") __naked void queue_full(void)
{
	asm volatile (
	"r1 = 5;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r1 = %[q] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_map_push_elem];\n"
	"r1 = 6;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r1 = %[q] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_map_push_elem];\n"
	"r1 = 7;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r1 = %[q] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_map_push_elem];\n"
	"exit;\n"
	: : __imm_addr(q), __imm(bpf_map_push_elem) : __clobber_all);
}

SEC("tc") __naked void queue_full_exist(void)
{
	asm volatile (
	"r1 = 5;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r1 = %[q] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_map_push_elem];\n"
	"r1 = 6;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r1 = %[q] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_map_push_elem];\n"
	"r1 = 7;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r1 = %[q] ll;\n"
	"r3 = 2;\n"
	"call %[bpf_map_push_elem];\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r1 = %[q] ll;\n"
	"call %[bpf_map_pop_elem];\n"
	"r0 = *(u64 *)(r10 - 16);\n"
	"exit;\n"
	: : __imm_addr(q), __imm(bpf_map_push_elem), __imm(bpf_map_pop_elem) : __clobber_all);
}

SEC("tc") __naked void stack_full_exist(void)
{
	asm volatile (
	"r1 = 5;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r1 = %[stk] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_map_push_elem];\n"
	"r1 = 6;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r1 = %[stk] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_map_push_elem];\n"
	"r1 = 7;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r1 = %[stk] ll;\n"
	"r3 = 2;\n"
	"call %[bpf_map_push_elem];\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r1 = %[stk] ll;\n"
	"call %[bpf_map_pop_elem];\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r1 = %[stk] ll;\n"
	"call %[bpf_map_pop_elem];\n"
	"r0 = *(u64 *)(r10 - 16);\n"
	"exit;\n"
	: : __imm_addr(stk), __imm(bpf_map_push_elem), __imm(bpf_map_pop_elem) : __clobber_all);
}

SEC("tc") __naked void queue_bad_flags(void)
{
	asm volatile (
	"r1 = 5;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r1 = %[q] ll;\n"
	"r3 = 1;\n"
	"call %[bpf_map_push_elem];\n"
	"exit;\n"
	: : __imm_addr(q), __imm(bpf_map_push_elem) : __clobber_all);
}

SEC("tc") __naked void queue_peek_keeps(void)
{
	asm volatile (
	"r1 = 5;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r1 = %[q] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_map_push_elem];\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r1 = %[q] ll;\n"
	"call %[bpf_map_peek_elem];\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r1 = %[q] ll;\n"
	"call %[bpf_map_pop_elem];\n"
	"exit;\n"
	: : __imm_addr(q), __imm(bpf_map_push_elem), __imm(bpf_map_peek_elem), __imm(bpf_map_pop_elem) : __clobber_all);
}

SEC("tc") __naked void queue_pop_empty_reads_dst(void)
{
	asm volatile (
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r1 = %[q] ll;\n"
	"call %[bpf_map_pop_elem];\n"
	"r0 = *(u64 *)(r10 - 16);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(q), __imm(bpf_map_pop_elem) : __clobber_all);
}

SEC("tc") __naked void queue_pop_past_stack(void)
{
	asm volatile (
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[q] ll;\n"
	"call %[bpf_map_pop_elem];\n"
	"exit;\n"
	: : __imm_addr(q), __imm(bpf_map_pop_elem) : __clobber_all);
}

SEC("tc") __naked void queue_popped_then_bad(void)
{
	asm volatile (
	"r1 = 5;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r1 = %[q] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_map_push_elem];\n"
	"r2 = r10;\n"
	"r2 += -16;\n"
	"r1 = %[q] ll;\n"
	"call %[bpf_map_pop_elem];\n"
	"r1 = *(u64 *)(r10 - 16);\n"
	"if r1 != 5 goto l9_%=;\n"
	"r0 = *(u64 *)(r10 + 8);\n"
	"l9_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(q), __imm(bpf_map_push_elem), __imm(bpf_map_pop_elem) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
