/* JIT oracle inputs: helper calls, map pointers, bpf2bpf calls, tail calls (direct/indirect),
 * tail_call_reachable subprogs, callee-saved registers, large stack frames. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4);
         __type(key, int); __type(value, __u64); } arr SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4);
         __type(key, int); __type(value, __u64); } hmap SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 8);
         __uint(key_size, sizeof(int)); __uint(value_size, sizeof(int)); } jt SEC(".maps");

SEC("socket") __naked void call_helpers(void)
{
    asm volatile (
    "r6 = r1;"
    "call %[bpf_ktime_get_ns];"
    "r7 = r0;"
    "call %[bpf_get_prandom_u32];"
    "r8 = r0;"
    "r1 = 0; *(u32 *)(r10 - 4) = r1;"
    "r2 = r10; r2 += -4;"
    "r1 = %[hmap] ll;"
    "call %[bpf_map_lookup_elem];"
    "if r0 == 0 goto l0_%=;"
    "r0 = *(u64 *)(r0 + 0);"
    "r7 += r0;"
    "l0_%=:"
    "r0 = r7; r0 += r8;"
    "exit;"
    :: __imm(bpf_ktime_get_ns), __imm(bpf_get_prandom_u32), __imm(bpf_map_lookup_elem),
       __imm_addr(hmap) : __clobber_all);
}

SEC("socket") __naked void big_stack(void)
{
    asm volatile (
    "r1 = 7; *(u64 *)(r10 - 512) = r1; *(u64 *)(r10 - 8) = r1;"
    "r9 = *(u64 *)(r10 - 512);"
    "r0 = *(u64 *)(r10 - 8); r0 += r9;"
    "exit;" ::: __clobber_all);
}

__u64 counter = 0;
__u32 small[4] = {};

SEC("socket") __naked void map_value_addr(void)
{
    asm volatile (
    "r1 = %[counter] ll;"
    "r2 = 1;"
    "lock *(u64 *)(r1 + 0) += r2;"
    "r2 = *(u64 *)(r1 + 0);"
    "r3 = %[small] ll;"
    "r3 += 8;"
    "r4 = *(u32 *)(r3 + 0);"
    "r0 = 0;"
    "r1 = 0; *(u32 *)(r10 - 4) = r1;"
    "r2 = r10; r2 += -4;"
    "r1 = %[arr] ll;"
    "call %[bpf_map_lookup_elem];"
    "if r0 == 0 goto l0_%=;"
    "r1 = 9;"
    "lock *(u64 *)(r0 + 0) += r1;"
    "r1 = *(u64 *)(r0 + 0);"
    "r0 = r1;"
    "exit;"
    "l0_%=: r0 = 0;"
    "exit;" :: __imm_addr(arr), __imm_addr(counter), __imm_addr(small),
               __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("tc") __naked void tail_direct(void)
{
    asm volatile (
    "r6 = r1;"
    "r1 = 1; *(u64 *)(r10 - 16) = r1;"
    "r1 = r6;"
    "r2 = %[jt] ll;"
    "r3 = 2;"
    "call %[bpf_tail_call];"
    "r0 = *(u64 *)(r10 - 16);"
    "exit;" :: __imm(bpf_tail_call), __imm_addr(jt) : __clobber_all);
}

SEC("tc") __naked void tail_indirect_regs(void)
{
    asm volatile (
    "r6 = r1;"
    "r7 = *(u32 *)(r6 + 0);"
    "r8 = 3; r9 = 4;"
    "*(u64 *)(r10 - 24) = r8;"
    "r1 = r6;"
    "r2 = %[jt] ll;"
    "r3 = r7;"
    "call %[bpf_tail_call];"
    "r0 = r8; r0 += r9;"
    "exit;" :: __imm(bpf_tail_call), __imm_addr(jt) : __clobber_all);
}

SEC("tc") __naked void tail_two_sites(void)
{
    asm volatile (
    "r6 = r1;"
    "r2 = %[jt] ll;"
    "r3 = 0;"
    "call %[bpf_tail_call];"
    "r1 = r6;"
    "r2 = %[jt] ll;"
    "r3 = 7;"
    "call %[bpf_tail_call];"
    "r0 = 2;"
    "exit;" :: __imm(bpf_tail_call), __imm_addr(jt) : __clobber_all);
}

static __naked __noinline __attribute__((used)) int sub_add(void)
{
    asm volatile (
    "r0 = r1; r0 += r2;"
    "*(u64 *)(r10 - 8) = r0;"
    "r0 = *(u64 *)(r10 - 8);"
    "exit;" ::: __clobber_all);
}

static __naked __noinline __attribute__((used)) int sub_callee_saved(void)
{
    asm volatile (
    "r6 = r1; r7 = r2; r8 = 1; r9 = 2;"
    "r1 = r6; r2 = r7;"
    "call sub_add;"
    "r0 += r6; r0 += r7; r0 += r8; r0 += r9;"
    "exit;" ::: __clobber_all);
}

SEC("socket") __naked void bpf2bpf(void)
{
    asm volatile (
    "r1 = 1; r2 = 2;"
    "call sub_add;"
    "r6 = r0;"
    "r1 = 3; r2 = 4;"
    "call sub_callee_saved;"
    "r0 += r6;"
    "exit;" ::: __clobber_all);
}

static __naked __noinline __attribute__((used)) int sub_tail(void)
{
    asm volatile (
    "r2 = %[jt] ll;"
    "r3 = 1;"
    "call %[bpf_tail_call];"
    "r0 = 0;"
    "exit;" :: __imm(bpf_tail_call), __imm_addr(jt) : __clobber_all);
}

static __naked __noinline __attribute__((used)) int sub_tail_var(void)
{
    asm volatile (
    "r6 = r1;"
    "r3 = *(u32 *)(r6 + 0);"
    "r2 = %[jt] ll;"
    "call %[bpf_tail_call];"
    "r0 = 1;"
    "exit;" :: __imm(bpf_tail_call), __imm_addr(jt) : __clobber_all);
}

SEC("tc") __naked void tail_in_subprog(void)
{
    asm volatile (
    "r6 = r1;"
    "r1 = 5; *(u64 *)(r10 - 8) = r1;"
    "r1 = r6;"
    "call sub_tail;"
    "r1 = r6;"
    "call sub_tail_var;"
    "call %[bpf_get_prandom_u32];"
    "r0 = *(u64 *)(r10 - 8);"
    "exit;" :: __imm(bpf_get_prandom_u32) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
