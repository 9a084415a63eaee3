/* JIT oracle inputs, batch 2: callbacks (BPF_PSEUDO_FUNC), nested subprogs with stack and
 * callee-saved registers, XDP direct packet access. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

static __naked __noinline __attribute__((used)) int loop_cb(void)
{
    asm volatile (
    "r0 = *(u64 *)(r2 + 0);"
    "r0 += r1;"
    "*(u64 *)(r2 + 0) = r0;"
    "r0 = 0;"
    "exit;" ::: __clobber_all);
}

SEC("socket") __naked void callback_loop(void)
{
    asm volatile (
    "r1 = 0; *(u64 *)(r10 - 8) = r1;"
    "r1 = 10;"
    "r2 = loop_cb ll;"
    "r3 = r10; r3 += -8;"
    "r4 = 0;"
    "call %[bpf_loop];"
    "r0 = *(u64 *)(r10 - 8);"
    "exit;" :: __imm(bpf_loop) : __clobber_all);
}

static __naked __noinline __attribute__((used)) int leaf(void)
{
    asm volatile (
    "r9 = r1; r9 *= 3;"
    "*(u64 *)(r10 - 32) = r9;"
    "r0 = *(u64 *)(r10 - 32);"
    "exit;" ::: __clobber_all);
}

static __naked __noinline __attribute__((used)) int middle(void)
{
    asm volatile (
    "r7 = r1;"
    "*(u32 *)(r10 - 4) = r7;"
    "r1 += 1;"
    "call leaf;"
    "r8 = *(u32 *)(r10 - 4);"
    "r0 += r8; r0 += r7;"
    "exit;" ::: __clobber_all);
}

SEC("socket") __naked void nested_calls(void)
{
    asm volatile (
    "r6 = 100;"
    "*(u64 *)(r10 - 128) = r6;"
    "r1 = 5;"
    "call middle;"
    "r1 = *(u64 *)(r10 - 128);"
    "r0 += r1;"
    "r1 = 7;"
    "call leaf;"
    "r0 += r6;"
    "exit;" ::: __clobber_all);
}

SEC("xdp") __naked void xdp_pkt(void)
{
    asm volatile (
    "r2 = *(u32 *)(r1 + 0);"        /* data */
    "r3 = *(u32 *)(r1 + 4);"        /* data_end */
    "r4 = r2; r4 += 14;"
    "if r4 > r3 goto l0_%=;"
    "r0 = *(u16 *)(r2 + 12);"
    "r0 = be16 r0;"
    "if r0 != 0x800 goto l0_%=;"
    "r5 = *(u8 *)(r2 + 0);"
    "w5 ^= 0xff;"
    "*(u8 *)(r2 + 0) = r5;"
    "r0 = 2;"
    "exit;"
    "l0_%=: r0 = 1;"
    "exit;" ::: __clobber_all);
}

char _license[] SEC("license") = "GPL";
