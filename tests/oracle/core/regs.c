// CORE-01 uninitialised registers, R10 writes, registers across calls
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

static __naked __attribute__((noinline, used)) int sub_read_r6(void);
static __naked __attribute__((noinline, used)) int sub_ret0(void);
static __naked __attribute__((noinline, used)) int sub_add12(void);

SEC("socket") __naked void uninit_r2_read(void)
{
	asm volatile (
	"r0 = r2;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void uninit_r0_exit(void)
{
	asm volatile (
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void uninit_r1_after_call(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r0 = r1;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void uninit_r5_after_call(void)
{
	asm volatile (
	"call %[bpf_ktime_get_ns];\n"
	"r0 = r5;\n"
	"exit;\n"
	: : __imm(bpf_ktime_get_ns) : __clobber_all);
}

SEC("socket") __naked void uninit_r3_store(void)
{
	asm volatile (
	"*(u64 *)(r10 - 8) = r3;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void uninit_r4_cond(void)
{
	asm volatile (
	"r0 = 0;\n"
	"if r4 > 0 goto l0_%=;\n"
	"l0_%=: exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void callee_saved_survives(void)
{
	asm volatile (
	"r6 = 7;\n"
	"call %[bpf_get_prandom_u32];\n"
	"r0 = r6;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void r0_set_by_helper(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void r1_ctx_at_entry(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 0);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void write_r10_mov(void)
{
	asm volatile (
	"r10 = 0;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void write_r10_add(void)
{
	asm volatile (
	"r10 += 8;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void write_r10_alu32(void)
{
	asm volatile (
	"w10 = 1;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void reg_r11_invalid(void)
{
	asm volatile (
	".8byte 0x0000000100000bb7;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void uninit_r6_in_subprog(void)
{
	asm volatile (
	"call sub_read_r6;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int sub_read_r6(void)
{
	asm volatile (
	"r0 = r6;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void uninit_r2_after_subprog(void)
{
	asm volatile (
	"r2 = 1;\n"
	"call sub_ret0;\n"
	"r0 = r2;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void args_passed_to_subprog(void)
{
	asm volatile (
	"r1 = 3;\n"
	"r2 = 4;\n"
	"call sub_add12;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int sub_ret0(void)
{
	asm volatile (
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int sub_add12(void)
{
	asm volatile (
	"r0 = r1;\n"
	"r0 += r2;\n"
	"exit;\n"
	: : : __clobber_all);
}

char _license[] SEC("license") = "GPL";
