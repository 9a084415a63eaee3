// an unresolved weak kfunc (imm 0): walked as a no-op, refused after the walk
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

extern void bpfsmt_unresolved_memset(void) __attribute__((weak, section(".ksyms")));
__attribute__((used)) static void __ksym_ref(void) { bpfsmt_unresolved_memset(); }


SEC("socket") __naked void kf0_reached(void)
{
	asm volatile (
	"call %[bpfsmt_unresolved_memset];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpfsmt_unresolved_memset) : __clobber_all);
}

SEC("socket") __naked void kf0_regs_kept(void)
{
	asm volatile (
	"r1 = 1;\n"
	"call %[bpfsmt_unresolved_memset];\n"
	"r0 = r1;\n"
	"exit;\n"
	: : __imm(bpfsmt_unresolved_memset) : __clobber_all);
}

SEC("socket") __naked void kf0_r0_never_set(void)
{
	asm volatile (
	"call %[bpfsmt_unresolved_memset];\n"
	"exit;\n"
	: : __imm(bpfsmt_unresolved_memset) : __clobber_all);
}

SEC("socket") __naked void kf0_dead(void)
{
	asm volatile (
	"r0 = 0;\n"
	"if r0 == 0 goto l0_%=;\n"
	"call %[bpfsmt_unresolved_memset];\n"
	"l0_%=: exit;\n"
	: : __imm(bpfsmt_unresolved_memset) : __clobber_all);
}

SEC("socket") __naked void kf0_then_bad_ctx(void)
{
	asm volatile (
	"call %[bpfsmt_unresolved_memset];\n"
	"r0 = *(u32 *)(r1 + 1000);\n"
	"exit;\n"
	: : __imm(bpfsmt_unresolved_memset) : __clobber_all);
}

SEC("socket") __naked void kf0_ctx_kept(void)
{
	asm volatile (
	"call %[bpfsmt_unresolved_memset];\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"exit;\n"
	: : __imm(bpfsmt_unresolved_memset) : __clobber_all);
}

SEC("socket") __naked void kf0_in_branch(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 0);\n"
	"if r0 > 10 goto l0_%=;\n"
	"call %[bpfsmt_unresolved_memset];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpfsmt_unresolved_memset) : __clobber_all);
}

SEC("socket") __naked void kf0_twice(void)
{
	asm volatile (
	"call %[bpfsmt_unresolved_memset];\n"
	"r1 = r10;\n"
	"call %[bpfsmt_unresolved_memset];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpfsmt_unresolved_memset) : __clobber_all);
}

SEC("tc") __naked void kf0_tc(void)
{
	asm volatile (
	"r6 = r1;\n"
	"call %[bpfsmt_unresolved_memset];\n"
	"r0 = *(u32 *)(r6 + 0);\n"
	"exit;\n"
	: : __imm(bpfsmt_unresolved_memset) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
