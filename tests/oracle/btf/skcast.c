// bpf_skc_to_tcp_sock on a tracing argument (a PTR_TO_BTF_ID that may be NULL at run time: the
// helper checks `if (sk && ...)`), its result read through (BPF_PROBE_MEM).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

char _license[] SEC("license") = "GPL";

#define SKC(insns) asm volatile ("r1 = *(u64 *)(r1 + 0); call %[bpf_skc_to_tcp_sock];" insns \
	:: __imm(bpf_skc_to_tcp_sock) : __clobber_all)

/* fentry/tcp_close(struct sock *sk, long timeout) */
SEC("fentry/tcp_close") __naked void skc_cast_checked(void)
{ SKC("if r0 == 0 goto l0_%=; r1 = *(u32 *)(r0 + 0); l0_%=: r0 = 0; exit;"); }

SEC("fentry/tcp_close") __naked void skc_cast_unchecked(void)
{ SKC("r1 = *(u32 *)(r0 + 0); r0 = 0; exit;"); }

/* a word of the tcp_sock as a stack offset: the verifier sees any u32 (rejected), and so does
   `check` (a probe read is any value): UNSAFE, replayed */
SEC("fentry/tcp_close") __naked void skc_cast_value_as_offset(void)
{ SKC("if r0 == 0 goto l0_%=; r1 = *(u32 *)(r0 + 0); r1 &= 1023; r2 = r10; r2 -= r1;"
      "r3 = 0; *(u8 *)(r2 - 1) = r3; l0_%=: r0 = 0; exit;"); }

/* a NULL sk gives NULL: the store past the stack is dead code at run time (rejected: the
   verifier walks both branches of a compare of a BTF pointer with 0) */
SEC("fentry/tcp_close") __naked void skc_cast_null_sk(void)
{ asm volatile ("r6 = *(u64 *)(r1 + 0); r1 = r6; call %[bpf_skc_to_tcp_sock];"
                "if r0 == 0 goto l0_%=; if r6 != 0 goto l0_%=; r1 = 0; *(u8 *)(r10 - 600) = r1;"
                "l0_%=: r0 = 0; exit;" :: __imm(bpf_skc_to_tcp_sock) : __clobber_all); }
