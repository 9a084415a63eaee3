// SPDX-License-Identifier: GPL-2.0
/* Forms kernel selftest files use as they are in the tree, written for bpfsmt's tests:
 * the modulo-assign in extended asm, kernel-tree-relative includes, <limits.h> under
 * -target bpf, ordered messages, the __arch/__jited/__xlated annotations and __flag. */
#include <linux/bpf.h>
#include <limits.h>
#include <bpf/bpf_helpers.h>
#include "bpf_misc.h"
#include "../../../include/linux/filter.h"

SEC("socket")
__description("w1 %= 3 stays a modulo")
__success __retval(1)
__naked void mod_assign(void)
{
	asm volatile ("					\
	w1 = 7;						\
	w1 %%= 3;					\
	w0 = w1;					\
	exit;						\
"	::: __clobber_all);
}

SEC("socket")
__description("instruction built by a filter.h macro")
__success __retval(42)
__naked void filter_h_insn(void)
{
	asm volatile ("					\
	.8byte %[mov_r0_42];				\
	exit;						\
"	:
	: __imm_insn(mov_r0_42, BPF_MOV64_IMM(BPF_REG_0, 42))
	: __clobber_all);
}

SEC("socket")
__description("INT_MAX from limits.h")
__success __retval(2147483647)
__naked void limits_h(void)
{
	asm volatile ("					\
	w0 = %[int_max];				\
	exit;						\
"	:
	: __imm_const(int_max, INT_MAX)
	: __clobber_all);
}

SEC("socket")
__description("ordered messages")
__failure __msg("R2 !read_ok")
__flag(BPF_F_TEST_STATE_FREQ)
__naked void ordered(void)
{
	asm volatile ("					\
	r0 = r2;					\
	exit;						\
"	::: __clobber_all);
}

SEC("socket")
__description("xlated and jited expectations")
__success __retval(3)
__arch_x86_64
__xlated("0: r1 = 3")
__xlated("1: r0 = r1")
__xlated("...")
__xlated("3: exit")
__jited("	movl	$3, %edi")
__jited("	movq	%rdi, %rax")
__jited("...")
__jited("	{{leave|leaveq}}")
__naked void disasm(void)
{
	asm volatile ("					\
	r1 = 3;						\
	r0 = r1;					\
	r0 &= 0xff;					\
	exit;						\
"	::: __clobber_all);
}

SEC("socket")
__description("only on arm64")
__success __arch_arm64 __jited("	ret")
__naked void arm_only(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

char _license[] SEC("license") = "GPL";
