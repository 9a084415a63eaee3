// global functions: arguments typed from their BTF prototype and checked at every call
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, int); __type(value, __u64); } arr SEC(".maps");
struct big64 { char b[64]; };
__noinline int gf_scalar(int x) { return x + 1; }
__noinline int gf_mem(int *p) { if (!p) return 0; return *p; }
__noinline int gf_mem_nocheck(int *p) { return *p; }
__noinline int gf_ctx(struct __sk_buff *skb) { return skb->len; }
__noinline int gf_big(struct big64 *p) { if (!p) return 0; return p->b[63]; }
__noinline int gf_void_ptr(void *p) { return p != 0; }
__noinline int gf_two(int a, int *p) { if (!p) return a; return a + *p; }
__noinline int gf_one_arg_r2(int a) { return a; }


SEC("tc") __naked void gf_scalar_ok(void)
{
	asm volatile (
	"r1 = 5;\n"
	"call gf_scalar;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void gf_scalar_given_fp(void)
{
	asm volatile (
	"r1 = r10;\n"
	"call gf_scalar;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void gf_scalar_given_ctx(void)
{
	asm volatile (
	"call gf_scalar;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void gf_mem_stack_ok(void)
{
	asm volatile (
	"r2 = 0;\n"
	"*(u32 *)(r10 - 4) = r2;\n"
	"r1 = r10;\n"
	"r1 += -4;\n"
	"call gf_mem;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void gf_mem_stack_uninit(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 += -4;\n"
	"call gf_mem;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void gf_mem_stack_short(void)
{
	asm volatile (
	"r2 = 0;\n"
	"*(u8 *)(r10 - 1) = r2;\n"
	"r1 = r10;\n"
	"r1 += -1;\n"
	"call gf_mem;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void gf_mem_null(void)
{
	asm volatile (
	"r1 = 0;\n"
	"call gf_mem;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void gf_mem_scalar(void)
{
	asm volatile (
	"r1 = 5;\n"
	"call gf_mem;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void gf_mem_ctx(void)
{
	asm volatile (
	"call gf_mem;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void gf_mem_ctx_modified(void)
{
	asm volatile (
	"r1 += 4;\n"
	"call gf_mem;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void gf_mem_map_value(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"r1 = r0;\n"
	"call gf_mem;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("tc") __naked void gf_mem_map_value_checked(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = r0;\n"
	"r1 += 6;\n"
	"call gf_mem;\n"
	"l0_%=: exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("tc") __naked void gf_mem_pkt_unchecked(void)
{
	asm volatile (
	"r1 = *(u32 *)(r1 + 76);\n"
	"call gf_mem;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void gf_mem_nocheck_callee(void)
{
	asm volatile (
	"r2 = 0;\n"
	"*(u32 *)(r10 - 4) = r2;\n"
	"r1 = r10;\n"
	"r1 += -4;\n"
	"call gf_mem_nocheck;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void gf_ctx_ok(void)
{
	asm volatile (
	"call gf_ctx;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void gf_ctx_given_stack(void)
{
	asm volatile (
	"r2 = 0;\n"
	"*(u32 *)(r10 - 4) = r2;\n"
	"r1 = r10;\n"
	"r1 += -4;\n"
	"call gf_ctx;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void gf_ctx_given_null(void)
{
	asm volatile (
	"r1 = 0;\n"
	"call gf_ctx;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void gf_big_stack_partial(void)
{
	asm volatile (
	"r2 = 0;\n"
	"*(u64 *)(r10 - 8) = r2;\n"
	"r1 = r10;\n"
	"r1 += -64;\n"
	"call gf_big;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void gf_big_stack_ok(void)
{
	asm volatile (
	"r2 = 0;\n"
	"*(u64 *)(r10 - 8) = r2;\n"
	"*(u64 *)(r10 - 16) = r2;\n"
	"*(u64 *)(r10 - 24) = r2;\n"
	"*(u64 *)(r10 - 32) = r2;\n"
	"*(u64 *)(r10 - 40) = r2;\n"
	"*(u64 *)(r10 - 48) = r2;\n"
	"*(u64 *)(r10 - 56) = r2;\n"
	"*(u64 *)(r10 - 64) = r2;\n"
	"r1 = r10;\n"
	"r1 += -64;\n"
	"call gf_big;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void gf_void_ptr_call(void)
{
	asm volatile (
	"r1 = 0;\n"
	"call gf_void_ptr;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void gf_two_ok(void)
{
	asm volatile (
	"r2 = 0;\n"
	"*(u32 *)(r10 - 4) = r2;\n"
	"r1 = 3;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"call gf_two;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void gf_two_swapped(void)
{
	asm volatile (
	"r2 = 0;\n"
	"*(u32 *)(r10 - 4) = r2;\n"
	"r2 = 3;\n"
	"r1 = r10;\n"
	"r1 += -4;\n"
	"call gf_two;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void gf_result_is_scalar(void)
{
	asm volatile (
	"r1 = 5;\n"
	"call gf_scalar;\n"
	"r0 = *(u32 *)(r0 + 0);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void gf_caller_regs_clobbered(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = 5;\n"
	"call gf_scalar;\n"
	"r0 = r2;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void gf_twice(void)
{
	asm volatile (
	"r2 = 0;\n"
	"*(u32 *)(r10 - 4) = r2;\n"
	"r1 = r10;\n"
	"r1 += -4;\n"
	"call gf_mem;\n"
	"r1 = 7;\n"
	"call gf_scalar;\n"
	"exit;\n"
	: : : __clobber_all);
}

char _license[] SEC("license") = "GPL";
