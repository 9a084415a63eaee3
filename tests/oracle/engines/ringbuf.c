#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } rb SEC(".maps");


SEC("tc") __naked void rb_submit_ok(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
	"call %[bpf_ringbuf_reserve];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = 5;\n"
	"*(u64 *)(r6 + 8) = r1;\n"
	"r1 = r6;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_submit];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve), __imm(bpf_ringbuf_submit) : __clobber_all);
}

SEC("tc") __naked void rb_discard_ok(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
	"call %[bpf_ringbuf_reserve];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = 5;\n"
	"*(u64 *)(r6 + 8) = r1;\n"
	"r1 = r6;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_discard];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve), __imm(bpf_ringbuf_discard) : __clobber_all);
}

SEC("tc") __naked void rb_leak(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
	"call %[bpf_ringbuf_reserve];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = 5;\n"
	"*(u64 *)(r6 + 8) = r1;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve) : __clobber_all);
}

SEC("tc") __naked void rb_no_null_check(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
	"call %[bpf_ringbuf_reserve];\n"
	"r6 = r0;\n"
	"r1 = 5;\n"
	"*(u64 *)(r6 + 8) = r1;\n"
	"r1 = r6;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_submit];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve), __imm(bpf_ringbuf_submit) : __clobber_all);
}

SEC("tc") __naked void rb_write_past_record(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
	"call %[bpf_ringbuf_reserve];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = 5;\n"
	"*(u64 *)(r6 + 12) = r1;\n"
	"r1 = r6;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_submit];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve), __imm(bpf_ringbuf_submit) : __clobber_all);
}

SEC("tc") __naked void rb_use_after_submit(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
	"call %[bpf_ringbuf_reserve];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = 5;\n"
	"*(u64 *)(r6 + 8) = r1;\n"
	"r1 = r6;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_submit];\n"
	"r0 = *(u64 *)(r6 + 0);\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve), __imm(bpf_ringbuf_submit) : __clobber_all);
}

SEC("tc") __naked void rb_double_submit(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r2 = 16;\n"
	"r3 = 0;\n"
	"call %[bpf_ringbuf_reserve];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = 5;\n"
	"*(u64 *)(r6 + 8) = r1;\n"
	"r1 = r6;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_submit];\n"
	"r1 = r6;\n"
	"r2 = 0;\n"
	"call %[bpf_ringbuf_submit];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb), __imm(bpf_ringbuf_reserve), __imm(bpf_ringbuf_submit) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
