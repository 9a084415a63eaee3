// check_btf_func: LD_ABS / tail calls only in subprograms whose BTF returns int
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, int); __type(value, __u64); } arr SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 16); __type(key, int); __type(value, __u64); } hmap SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 4); __type(key, int); __type(value, int); } jt SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } rb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, 4); __uint(value_size, 4); } pe SEC(".maps");

static __naked __attribute__((noinline, used)) void sub_ld_abs_void(void);
static __naked __attribute__((noinline, used)) int sub_ld_abs_int(void);
static __naked __attribute__((noinline, used)) int sub_tc_int(void);
static __naked __attribute__((noinline, used)) void sub_tc_void2(void);
static __naked __attribute__((noinline, used)) void sub_plain_void(void);

static __naked __attribute__((noinline, used)) void sub_ld_abs_void(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r0 = *(u8 *)skb[0];\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int sub_ld_abs_int(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r0 = *(u8 *)skb[0];\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int sub_tc_int(void)
{
	asm volatile (
	"r2 = %[jt] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

static __naked __attribute__((noinline, used)) void sub_tc_void2(void)
{
	asm volatile (
	"r2 = %[jt] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

static __naked __attribute__((noinline, used)) void sub_plain_void(void)
{
	asm volatile (
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void ld_abs_in_void_subprog(void)
{
	asm volatile (
	"call sub_ld_abs_void;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void ld_abs_in_int_subprog(void)
{
	asm volatile (
	"call sub_ld_abs_int;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void tail_call_in_int_subprog(void)
{
	asm volatile (
	"call sub_tc_int;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void tail_call_in_void_subprog(void)
{
	asm volatile (
	"call sub_tc_void2;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void void_subprog_no_tail_call(void)
{
	asm volatile (
	"call sub_plain_void;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

char _license[] SEC("license") = "GPL";
