// TC-03/04/05/07 tail calls in subprograms: BTF, 256-byte stack rule, counter hierarchy
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct val { int cnt; struct bpf_spin_lock lock; };
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 4); __type(key, int); __type(value, int); } jt SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 8); __type(key, int); __type(value, int); } jt2 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, int); __type(value, __u64); } arr SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, int); __type(value, struct val); } lk SEC(".maps");

static __naked __attribute__((noinline, used)) int sub_tc(void);
static __naked __attribute__((noinline, used)) void sub_tc_void(void);
static __naked __attribute__((noinline, used)) int sub_plain(void);
static __naked __attribute__((noinline, used)) int sub_a(void);
static __naked __attribute__((noinline, used)) int sub_b(void);
static __naked __attribute__((noinline, used)) int sub_c(void);
static __naked __attribute__((noinline, used)) int sub_calls_tc(void);
static __naked __attribute__((noinline, used)) int sub_calls_tc_160(void);
static __naked __attribute__((noinline, used)) int sub_tc_big_stack(void);

static __naked __attribute__((noinline, used)) int sub_tc(void)
{
	asm volatile (
	"r2 = %[jt] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

static __naked __attribute__((noinline, used)) void sub_tc_void(void)
{
	asm volatile (
	"r2 = %[jt] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int sub_plain(void)
{
	asm volatile (
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int sub_a(void)
{
	asm volatile (
	"r2 = %[jt] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int sub_b(void)
{
	asm volatile (
	"r2 = %[jt] ll;\n"
	"r3 = 1;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int sub_c(void)
{
	asm volatile (
	"r2 = %[jt] ll;\n"
	"r3 = 2;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int sub_calls_tc(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = 0;\n"
	"*(u64 *)(r10 - 128) = r2;\n"
	"r1 = r6;\n"
	"call sub_tc;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int sub_calls_tc_160(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = 0;\n"
	"*(u64 *)(r10 - 160) = r2;\n"
	"r1 = r6;\n"
	"call sub_tc;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int sub_tc_big_stack(void)
{
	asm volatile (
	"r2 = 0;\n"
	"*(u64 *)(r10 - 256) = r2;\n"
	"r2 = %[jt] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

SEC("tc") __naked void subprog_tail_call(void)
{
	asm volatile (
	"call sub_tc;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void subprog_tail_call_void_ret(void)
{
	asm volatile (
	"call sub_tc_void;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void main_tc_and_plain_subprog(void)
{
	asm volatile (
	"r6 = r1;\n"
	"call sub_plain;\n"
	"r1 = r6;\n"
	"r3 = 0;\n"
	"r2 = %[jt] ll;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

SEC("tc") __naked void stack_224_then_subprog_tc(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = 0;\n"
	"*(u64 *)(r10 - 224) = r2;\n"
	"r1 = r6;\n"
	"call sub_tc;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void stack_256_then_subprog_tc(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = 0;\n"
	"*(u64 *)(r10 - 256) = r2;\n"
	"r1 = r6;\n"
	"call sub_tc;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void stack_232_rounds_to_256(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = 0;\n"
	"*(u64 *)(r10 - 232) = r2;\n"
	"r1 = r6;\n"
	"call sub_tc;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

/* frames before the tail-calling subprog: 96 + 128 = 224 */
SEC("tc") __naked void nested_96_128_ok(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = 0;\n"
	"*(u64 *)(r10 - 96) = r2;\n"
	"r1 = r6;\n"
	"call sub_calls_tc;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

/* 96 + 160 = 256 */
SEC("tc") __naked void nested_96_160_too_large(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = 0;\n"
	"*(u64 *)(r10 - 96) = r2;\n"
	"r1 = r6;\n"
	"call sub_calls_tc_160;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

/* the callee's own stack does not count */
SEC("tc") __naked void subprog_tc_own_stack_256_ok(void)
{
	asm volatile (
	"call sub_tc_big_stack;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

/* 6.1 tail_call_cnt is copied into callees, never back: 3 subprogs each tail-calling */
SEC("tc") __naked void hierarchy_three_subprogs(void)
{
	asm volatile (
	"r6 = r1;\n"
	"call sub_a;\n"
	"r1 = r6;\n"
	"call sub_b;\n"
	"r1 = r6;\n"
	"call sub_c;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void main_stack_and_subprog_tc_jit(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = 0;\n"
	"*(u64 *)(r10 - 64) = r2;\n"
	"r1 = r6;\n"
	"call sub_tc;\n"
	"r1 = r6;\n"
	"r3 = 1;\n"
	"r2 = %[jt] ll;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
