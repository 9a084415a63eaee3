// Selftest file in the style of tools/testing/selftests/bpf/progs/verifier_*.c: spin locks,
// sleepable programs, callbacks, load flags. Expectations are the real 6.1 kernel's (see
// kernel_style.oracle.jsonl).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "bpf_misc.h"

struct val {
	int cnt;
	struct bpf_spin_lock lock;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, int);
	__type(value, struct val);
} vals SEC(".maps");

SEC("tc")
__description("spin_lock: lock, increment, unlock")
__success __retval(0)
__naked void lock_ok(void)
{
	asm volatile (
	"r1 = 0;"
	"*(u32 *)(r10 - 4) = r1;"
	"r2 = r10;"
	"r2 += -4;"
	"r1 = %[vals] ll;"
	"call %[bpf_map_lookup_elem];"
	"if r0 == 0 goto l0_%=;"
	"r6 = r0;"
	"r1 = r0;"
	"r1 += 4;"
	"call %[bpf_spin_lock];"
	"r1 = *(u32 *)(r6 + 0);"
	"r1 += 1;"
	"*(u32 *)(r6 + 0) = r1;"
	"r1 = r6;"
	"r1 += 4;"
	"call %[bpf_spin_unlock];"
"l0_%=:"
	"r0 = 0;"
	"exit;"
	:: __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock),
	   __imm_addr(vals)
	: __clobber_all);
}

SEC("tc")
__description("spin_lock: exit while holding the lock")
__failure __msg("bpf_spin_unlock is missing")
__naked void lock_no_unlock(void)
{
	asm volatile (
	"r1 = 0;"
	"*(u32 *)(r10 - 4) = r1;"
	"r2 = r10;"
	"r2 += -4;"
	"r1 = %[vals] ll;"
	"call %[bpf_map_lookup_elem];"
	"if r0 == 0 goto l0_%=;"
	"r1 = r0;"
	"r1 += 4;"
	"call %[bpf_spin_lock];"
"l0_%=:"
	"r0 = 0;"
	"exit;"
	:: __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm_addr(vals)
	: __clobber_all);
}

SEC("tc")
__description("spin_lock: helper call while locked")
__failure __msg("function calls are not allowed while holding a lock")
__naked void lock_call_helper(void)
{
	asm volatile (
	"r1 = 0;"
	"*(u32 *)(r10 - 4) = r1;"
	"r2 = r10;"
	"r2 += -4;"
	"r1 = %[vals] ll;"
	"call %[bpf_map_lookup_elem];"
	"if r0 == 0 goto l0_%=;"
	"r6 = r0;"
	"r1 = r0;"
	"r1 += 4;"
	"call %[bpf_spin_lock];"
	"call %[bpf_get_prandom_u32];"
	"r1 = r6;"
	"r1 += 4;"
	"call %[bpf_spin_unlock];"
"l0_%=:"
	"r0 = 0;"
	"exit;"
	:: __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock),
	   __imm(bpf_get_prandom_u32), __imm_addr(vals)
	: __clobber_all);
}

SEC("socket")
__description("sleepable helper from a socket filter")
__failure __msg("unknown func bpf_copy_from_user#148")
__naked void copy_from_user_socket(void)
{
	asm volatile (
	"r1 = r10;"
	"r1 += -8;"
	"r2 = 8;"
	"r3 = 0;"
	"call %[bpf_copy_from_user];"
	"r0 = 0;"
	"exit;"
	:: __imm(bpf_copy_from_user) : __clobber_all);
}

SEC("tc")
__description("division by zero register yields zero")
__success __retval(0)
__naked void div_by_zero(void)
{
	asm volatile (
	"r0 = 7;"
	"r1 = 0;"
	"r0 /= r1;"
	"exit;"
	::: __clobber_all);
}

SEC("tc")
__description("stack read of uninitialised slot: root may, unprivileged may not")
__success __failure_unpriv      /* a tc program: an unprivileged load is EPERM, no log */
__naked void stack_uninit(void)
{
	asm volatile (
	"r0 = *(u64 *)(r10 - 8);"
	"exit;"
	::: __clobber_all);
}

SEC("tc")
__description("packet access without bounds check")
__failure __msg("invalid access to packet, off=0 size=1") __msg("R2 offset is outside of the packet")
__naked void pkt_no_check(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + %[data]);"
	"r0 = *(u8 *)(r2 + 0);"
	"exit;"
	:: __imm_const(data, __builtin_offsetof(struct __sk_buff, data)) : __clobber_all);
}

SEC("tc")
__description("packet access after bounds check")
__success __retval(0)
__naked void pkt_checked(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + %[data]);"
	"r3 = *(u32 *)(r1 + %[data_end]);"
	"r4 = r2;"
	"r4 += 1;"
	"r0 = 0;"
	"if r4 > r3 goto l0_%=;"
	"r0 = *(u8 *)(r2 + 0);"
"l0_%=:"
	"exit;"
	:: __imm_const(data, __builtin_offsetof(struct __sk_buff, data)),
	   __imm_const(data_end, __builtin_offsetof(struct __sk_buff, data_end))
	: __clobber_all);
}

char _license[] SEC("license") = "GPL";
