// PTR_TO_BTF_ID in tracing programs: loads checked against the struct layout from vmlinux BTF
// (btf_struct_access), fentry/tp_btf/iter arguments, bpf_get_current_task_btf.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

char _license[] SEC("license") = "GPL";

/* task->pid, task->flags and the last byte of task_struct: in bounds on both kernels */
#define TASK(insns) asm volatile ("call %[bpf_get_current_task_btf];" insns \
	:: __imm(bpf_get_current_task_btf), __imm(bpf_get_prandom_u32) : __clobber_all)

SEC("fentry/tcp_close") __naked void task_flags(void)
{ TASK("r1 = *(u32 *)(r0 + 44); r0 = 0; exit;"); }

SEC("fentry/tcp_close") __naked void task_last_byte(void)
{ TASK("r1 = *(u8 *)(r0 + 9791); r0 = 0; exit;"); }

SEC("fentry/tcp_close") __naked void task_past_end(void)
{ TASK("r1 = *(u32 *)(r0 + 9792); r0 = 0; exit;"); }

SEC("fentry/tcp_close") __naked void task_straddle_end(void)
{ TASK("r1 = *(u64 *)(r0 + 9788); r0 = 0; exit;"); }

SEC("fentry/tcp_close") __naked void task_negative(void)
{ TASK("r1 = *(u64 *)(r0 - 8); r0 = 0; exit;"); }

SEC("fentry/tcp_close") __naked void task_write(void)
{ TASK("r1 = 0; *(u32 *)(r0 + 44) = r1; r0 = 0; exit;"); }

SEC("fentry/tcp_close") __naked void task_var_off(void)
{ TASK("r6 = r0; call %[bpf_get_prandom_u32]; r0 &= 7; r6 += r0; r1 = *(u8 *)(r6 + 0); r0 = 0; exit;"); }

/* task->mm (offset 2272 on 6.1, 2304 on 6.12) is a pointer: the loaded value is a PTR_TO_BTF_ID */
SEC("fentry/tcp_close") __naked void task_mm_deref(void)
{ TASK("r1 = *(u64 *)(r0 + 2272); r2 = *(u64 *)(r1 + 0); r0 = 0; exit;"); }

/* task->flags is a u32: loaded as a scalar, not a pointer */
SEC("fentry/tcp_close") __naked void task_scalar_deref(void)
{ TASK("r1 = *(u32 *)(r0 + 44); r2 = *(u64 *)(r1 + 0); r0 = 0; exit;"); }

/* fentry/tcp_close(struct sock *sk, long timeout): args at ctx+0 and ctx+8 */
SEC("fentry/tcp_close") __naked void fentry_arg_sk(void)
{ asm volatile ("r1 = *(u64 *)(r1 + 0); r2 = *(u16 *)(r1 + 16); r0 = 0; exit;" ::: __clobber_all); }

SEC("fentry/tcp_close") __naked void fentry_arg_timeout(void)
{ asm volatile ("r1 = *(u64 *)(r1 + 8); r0 = 0; exit;" ::: __clobber_all); }

SEC("fentry/tcp_close") __naked void fentry_arg_missing(void)
{ asm volatile ("r1 = *(u64 *)(r1 + 16); r0 = 0; exit;" ::: __clobber_all); }

SEC("fentry/tcp_close") __naked void fentry_arg_scalar_deref(void)
{ asm volatile ("r1 = *(u64 *)(r1 + 8); r2 = *(u64 *)(r1 + 0); r0 = 0; exit;" ::: __clobber_all); }

SEC("fentry/tcp_close") __naked void fentry_sk_past_end(void)
{ asm volatile ("r1 = *(u64 *)(r1 + 0); r2 = *(u8 *)(r1 + 776); r0 = 0; exit;" ::: __clobber_all); }

/* tp_btf/sched_switch(bool preempt, struct task_struct *prev, struct task_struct *next, ...) */
SEC("tp_btf/sched_switch") __naked void tp_btf_next(void)
{ asm volatile ("r1 = *(u64 *)(r1 + 16); r2 = *(u32 *)(r1 + 44); r0 = 0; exit;" ::: __clobber_all); }

/* iter/task: ctx->task may be NULL */
SEC("iter/task") __naked void iter_task_unchecked(void)
{ asm volatile ("r1 = *(u64 *)(r1 + 8); r2 = *(u32 *)(r1 + 44); r0 = 0; exit;" ::: __clobber_all); }

SEC("iter/task") __naked void iter_task_checked(void)
{ asm volatile ("r1 = *(u64 *)(r1 + 8); if r1 == 0 goto l0_%=; r2 = *(u32 *)(r1 + 44); l0_%=: r0 = 0; exit;" ::: __clobber_all); }

/* a BTF pointer passed where a helper wants memory */
SEC("fentry/tcp_close") __naked void task_as_mem(void)
{ asm volatile ("call %[bpf_get_current_task_btf]; r1 = r0; r2 = 8; r3 = 0; call %[bpf_probe_read_kernel]; r0 = 0; exit;" :: __imm(bpf_get_current_task_btf), __imm(bpf_probe_read_kernel) : __clobber_all); }
