// Selftest-style file exercising every bpf_misc.h annotation (labelled with the 6.1 oracle,
// see oracle.jsonl beside it).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "bpf_misc.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, int);
	__type(value, long long);
} vals SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 2);
	__uint(key_size, sizeof(int));
	__array(values, void (void));
} jt SEC(".maps");

SEC("socket")
__description("ret 0 is accepted")
__success __retval(0)
__naked void ret0(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("socket")
__description("reading uninitialised r2")
__failure __msg("R2 !read_ok")
__naked void uninit_r2(void)
{
	asm volatile ("r0 = r2; exit;" ::: __clobber_all);
}

SEC("socket")
__description("map value without null check")
__failure __msg("R0 invalid mem access 'map_value_or_null'")
__naked void no_null_check(void)
{
	asm volatile (
	"r1 = 0;"
	"*(u32 *)(r10 - 4) = r1;"
	"r2 = r10;"
	"r2 += -4;"
	"r1 = %[vals] ll;"
	"call %[bpf_map_lookup_elem];"
	"r0 = *(u64 *)(r0 + 0);"
	"exit;"
	:: __imm(bpf_map_lookup_elem), __imm_addr(vals) : __clobber_all);
}

SEC("socket")
__description("messages in order at log level 2")
__success __log_level(2)
__msg("r1 = 7") __msg("r0 = r1") __msg("R0_w=7")
__retval(7)
__naked void log_order(void)
{
	asm volatile (
	"r1 = 7;"
	"if r1 > 3 goto l0_%=;"
	"r1 = 0;"
"l0_%=:"
	"r0 = r1;"
	"exit;"
	::: __clobber_all);
}

SEC("socket")
__description("branch labels written as %%=")
__success __retval(1)
__naked void percent_percent(void)
{
	asm volatile (
	"r0 = 1;"
	"if r0 != 0 goto l1_%%=;"
	"r0 = 2;"
"l1_%%=:"
	"exit;"
	:: __imm_const(unused, 0) : __clobber_all);
}

SEC("tc")
__description("skb->len of the test packet")
__success __retval(TEST_DATA_LEN)
__naked void skb_len(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + %[len_off]);"
	"exit;"
	:: __imm_const(len_off, __builtin_offsetof(struct __sk_buff, len)) : __clobber_all);
}

SEC("socket")
__description("pointer leak: fine for root, not unprivileged")
__success __failure_unpriv __msg_unpriv("R0 leaks addr into map")
__retval(0)
__naked void leak_ptr(void)
{
	asm volatile (
	"r1 = 0;"
	"*(u32 *)(r10 - 4) = r1;"
	"r2 = r10;"
	"r2 += -4;"
	"r1 = %[vals] ll;"
	"call %[bpf_map_lookup_elem];"
	"if r0 == 0 goto l0_%=;"
	"*(u64 *)(r0 + 0) = r0;"
"l0_%=:"
	"r0 = 0;"
	"exit;"
	:: __imm(bpf_map_lookup_elem), __imm_addr(vals) : __clobber_all);
}

SEC("socket")
__description("unprivileged too")
__success __success_unpriv __retval(3)
__naked void both_modes(void)
{
	asm volatile ("r0 = 3; exit;" ::: __clobber_all);
}

SEC("socket")
__description("misaligned stack access under strict alignment")
__failure __flag(BPF_F_STRICT_ALIGNMENT)
__msg("misaligned stack access off")
__naked void strict_align(void)
{
	asm volatile (
	"r1 = 0;"
	"*(u32 *)(r10 - 6) = r1;"
	"r0 = 0;"
	"exit;"
	::: __clobber_all);
}

SEC("socket")
__auxiliary
__naked void tail_target(void)
{
	asm volatile ("r0 = 5; exit;" ::: __clobber_all);
}

SEC("socket")
__description("tail call into an empty slot falls through")
__success __retval(9)
__naked void tail_call(void)
{
	asm volatile (
	"r2 = %[jt] ll;"
	"r3 = 1;"
	"call %[bpf_tail_call];"
	"r0 = 9;"
	"exit;"
	:: __imm(bpf_tail_call), __imm_addr(jt) : __clobber_all);
}

SEC("socket")
__description("raw instruction via __imm_insn")
__success __retval(5)
__naked void imm_insn(void)
{
	asm volatile (
	".8byte %[mov5];"
	"exit;"
	:: __imm_insn(mov5, ((struct bpf_insn){ .code = BPF_ALU64 | BPF_MOV | BPF_K,
	                                         .dst_reg = BPF_REG_0, .imm = 5 }))
	: __clobber_all);
}

SEC("socket")
__description("expected failure that the kernel accepts")
__failure __msg("this message never appears")
__naked void wrong_expectation(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

char _license[] SEC("license") = "GPL";
