// CORE-10 call depth and combined stack size (bpf2bpf)
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

static __naked __attribute__((noinline, used)) int chain_s1(void);
static __naked __attribute__((noinline, used)) int chain_s2(void);
static __naked __attribute__((noinline, used)) int chain_s3(void);
static __naked __attribute__((noinline, used)) int chain_s4(void);
static __naked __attribute__((noinline, used)) int chain_s5(void);
static __naked __attribute__((noinline, used)) int chain_s6(void);
static __naked __attribute__((noinline, used)) int chain_s7(void);
static __naked __attribute__((noinline, used)) int chain_s8(void);
static __naked __attribute__((noinline, used)) int stk256(void);
static __naked __attribute__((noinline, used)) int stk288(void);
static __naked __attribute__((noinline, used)) int stk8(void);
static __naked __attribute__((noinline, used)) int sub_recurse(void);
static __naked __attribute__((noinline, used)) int sub_ret_fp(void);
static __naked __attribute__((noinline, used)) int sub_read_arg_stack(void);
static __naked __attribute__((noinline, used)) int sub_no_r0(void);

/* main + chain_s2..s8 = 8 frames */
SEC("socket") __naked void depth_8_frames_ok(void)
{
	asm volatile (
	"call chain_s2;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

/* main + chain_s1..s8 = 9 frames */
SEC("socket") __naked void depth_9_frames(void)
{
	asm volatile (
	"call chain_s1;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int chain_s1(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"call chain_s2;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int chain_s2(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"call chain_s3;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int chain_s3(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"call chain_s4;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int chain_s4(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"call chain_s5;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int chain_s5(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"call chain_s6;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int chain_s6(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"call chain_s7;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int chain_s7(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"call chain_s8;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int chain_s8(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int stk256(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 256) = r1;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int stk288(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 288) = r1;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int stk8(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void combined_512_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 256) = r1;\n"
	"call stk256;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void combined_544(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 256) = r1;\n"
	"call stk288;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

/* 488 rounds to 512, callee 8 rounds to 32: 544 */
SEC("socket") __naked void combined_round_up_32(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 488) = r1;\n"
	"call stk8;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void main_stack_512_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 512) = r1;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int sub_recurse(void)
{
	asm volatile (
	"call sub_recurse;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void recursion(void)
{
	asm volatile (
	"call sub_recurse;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int sub_ret_fp(void)
{
	asm volatile (
	"r0 = r10;\n"
	"r0 += -8;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void subprog_returns_fp(void)
{
	asm volatile (
	"call sub_ret_fp;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int sub_read_arg_stack(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 0);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void subprog_reads_caller_stack_ok(void)
{
	asm volatile (
	"r1 = 7;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r1 = r10;\n"
	"r1 += -8;\n"
	"call sub_read_arg_stack;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void subprog_reads_caller_uninit(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 += -8;\n"
	"call sub_read_arg_stack;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int sub_no_r0(void)
{
	asm volatile (
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void subprog_exit_no_r0(void)
{
	asm volatile (
	"call sub_no_r0;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void subprog_exit_no_r0_used(void)
{
	asm volatile (
	"call sub_no_r0;\n"
	"exit;\n"
	: : : __clobber_all);
}

char _license[] SEC("license") = "GPL";
