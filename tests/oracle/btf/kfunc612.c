// kfuncs Linux 6.12 has and 6.1 does not (libbpf 1.1 cannot resolve them on 6.1): RCU read
// sections, task and cpumask references, bpf_obj_new; their allow sets per program type.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

char _license[] SEC("license") = "GPL";

extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;
extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;
extern struct bpf_cpumask *bpf_cpumask_create(void) __ksym;
extern void bpf_cpumask_release(struct bpf_cpumask *cpumask) __ksym;
extern void *bpf_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta) __ksym;

long vals[4];
struct obj_elem { long a; long b; };

SEC("fentry/tcp_close")
int BPF_PROG(rcu_ok, struct sock *sk)
{
	bpf_rcu_read_lock();
	bpf_rcu_read_unlock();
	return 0;
}

SEC("fentry/tcp_close")
int BPF_PROG(rcu_unbalanced, struct sock *sk)
{
	bpf_rcu_read_lock();
	return 0;
}

SEC("tc")
int rcu_tc(void *ctx)
{
	bpf_rcu_read_lock();
	bpf_rcu_read_unlock();
	return 0;
}

SEC("socket")
int rcu_socket(void *ctx)
{
	bpf_rcu_read_lock();
	bpf_rcu_read_unlock();
	return 0;
}

SEC("fentry/tcp_close")
int BPF_PROG(task_acquire_ok, struct sock *sk)
{
	struct task_struct *t = bpf_task_acquire(bpf_get_current_task_btf());
	if (t) {
		vals[0] = t->pid;
		bpf_task_release(t);
	}
	return 0;
}

SEC("fentry/tcp_close")
int BPF_PROG(task_acquire_leak, struct sock *sk)
{
	struct task_struct *t = bpf_task_acquire(bpf_get_current_task_btf());
	vals[0] = t != 0;
	return 0;
}

SEC("fentry/tcp_close")
int BPF_PROG(cpumask_ok, struct sock *sk)
{
	struct bpf_cpumask *m = bpf_cpumask_create();
	if (m)
		bpf_cpumask_release(m);
	return 0;
}

SEC("tc")
int cpumask_tc(void *ctx)
{
	struct bpf_cpumask *m = bpf_cpumask_create();
	if (m)
		bpf_cpumask_release(m);
	return 0;
}

SEC("tc")
int obj_new_ok(void *ctx)
{
	struct obj_elem *n = bpf_obj_new_impl(bpf_core_type_id_local(struct obj_elem), 0);
	if (n) {
		n->a = 1;
		bpf_obj_drop_impl(n, 0);
	}
	return 0;
}

SEC("fentry/tcp_close")
int BPF_PROG(rcu_nested, struct sock *sk)
{
	bpf_rcu_read_lock();
	bpf_rcu_read_lock();
	bpf_rcu_read_unlock();
	bpf_rcu_read_unlock();
	return 0;
}

SEC("fentry/tcp_close")
int BPF_PROG(rcu_unmatched, struct sock *sk)
{
	bpf_rcu_read_unlock();
	return 0;
}

SEC("lsm.s/bpf")
int BPF_PROG(rcu_sleepable_helper, int cmd, union bpf_attr *attr, unsigned int size)
{
	long v = 0;

	bpf_rcu_read_lock();
	bpf_copy_from_user(&v, sizeof(v), (void *)attr);
	bpf_rcu_read_unlock();
	vals[2] = v;
	return 0;
}

SEC("lsm.s/bpf")
int BPF_PROG(rcu_sleepable_helper_after, int cmd, union bpf_attr *attr, unsigned int size)
{
	long v = 0;

	bpf_rcu_read_lock();
	bpf_rcu_read_unlock();
	bpf_copy_from_user(&v, sizeof(v), (void *)attr);
	vals[2] = v;
	return 0;
}

SEC("tc")
int obj_new_leak(void *ctx)
{
	struct obj_elem *n = bpf_obj_new_impl(bpf_core_type_id_local(struct obj_elem), 0);
	if (n)
		n->a = 1;
	return 0;
}

SEC("tc")
int obj_new_past_end(void *ctx)
{
	struct obj_elem *n = bpf_obj_new_impl(bpf_core_type_id_local(struct obj_elem), 0);
	if (n) {
		*(volatile long *)((char *)n + 16) = 1;
		bpf_obj_drop_impl(n, 0);
	}
	return 0;
}

SEC("tc")
int obj_new_read_fields(void *ctx)
{
	struct obj_elem *n = bpf_obj_new_impl(bpf_core_type_id_local(struct obj_elem), 0);
	if (n) {
		vals[3] = n->a + n->b;
		bpf_obj_drop_impl(n, 0);
	}
	return 0;
}

SEC("tc")
int obj_drop_twice(void *ctx)
{
	struct obj_elem *n = bpf_obj_new_impl(bpf_core_type_id_local(struct obj_elem), 0);
	if (n) {
		bpf_obj_drop_impl(n, 0);
		bpf_obj_drop_impl(n, 0);
	}
	return 0;
}
