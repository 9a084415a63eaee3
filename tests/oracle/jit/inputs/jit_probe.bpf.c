/* JIT oracle inputs: BPF_PROBE_MEM loads (tracing programs dereferencing BTF pointers). */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

SEC("fentry/__x64_sys_getpgid") __naked void probe_regs(void)
{
    asm volatile (
    "r6 = *(u64 *)(r1 + 0);"          /* const struct pt_regs *regs (BTF pointer) */
    "r0 = *(u64 *)(r6 + 112);"        /* regs->di: PROBE_MEM */
    "r2 = *(u32 *)(r6 + 0);"          /* small offset */
    "r3 = *(u8 *)(r6 + 160);"
    "r4 = *(u16 *)(r6 + 8);"
    "r0 += r2; r0 += r3; r0 += r4;"
    "r0 = 0;"
    "exit;" ::: __clobber_all);
}

SEC("fentry/tcp_v4_connect") __naked void probe_chain(void)
{
    asm volatile (
    "r1 = *(u64 *)(r1 + 0);"          /* struct sock *sk */
    "r7 = *(u64 *)(r1 + 24);"         /* sk->__sk_common.skc_net? a pointer field */
    "r8 = *(u32 *)(r1 + 0);"          /* skc_daddr */
    "r9 = *(u16 *)(r1 + 12);"
    "r0 = 0;"
    "exit;" ::: __clobber_all);
}

char _license[] SEC("license") = "GPL";
