// CO-RE relocations of every kind libbpf 1.1 applies, compiled against Linux 6.1's vmlinux.h
// and loaded on 6.1 and 6.12, whose struct layouts differ (task_struct.pid, sock.sk_protocol,
// struct file's size, fields only one kernel has).
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>

char _license[] SEC("license") = "GPL";

long vals[16];

/* only in 6.1 */
struct task_struct___old { void *rss_stat; } __attribute__((preserve_access_index));
/* only in 6.12 */
struct task_struct___new { unsigned int saved_state; } __attribute__((preserve_access_index));
struct bpf_cpumask___local { int x; } __attribute__((preserve_access_index));
struct no_such_struct___x { int y; } __attribute__((preserve_access_index));
enum bpf_map_type___new { BPF_MAP_TYPE_ARENA___new = 33 };

/* FIELD_BYTE_OFFSET on an ALU add: bpf_probe_read_kernel(&v, 4, &task->pid) */
SEC("kprobe/do_nanosleep")
int core_probe_pid(void *ctx)
{
	struct task_struct *t = (void *)bpf_get_current_task();
	return BPF_CORE_READ(t, pid);
}

/* FIELD_BYTE_OFFSET on an LDX through a PTR_TO_BTF_ID argument */
SEC("fentry/tcp_close")
int BPF_PROG(core_sk_protocol, struct sock *sk)
{
	vals[0] = sk->sk_protocol;
	return 0;
}

/* two levels: task->real_parent->tgid through the trusted task pointer */
SEC("fentry/tcp_close")
int BPF_PROG(core_parent_tgid, struct sock *sk)
{
	struct task_struct *t = bpf_get_current_task_btf();
	vals[1] = t->real_parent->tgid;
	return 0;
}

/* bitfield: BYTE_OFFSET, BYTE_SIZE, LSHIFT_U64, RSHIFT_U64, SIGNED */
SEC("fentry/__kfree_skb")
int BPF_PROG(core_bitfield, struct sk_buff *skb)
{
	vals[2] = BPF_CORE_READ_BITFIELD(skb, pkt_type);
	return 0;
}

/* FIELD_EXISTS, FIELD_BYTE_SIZE, TYPE_EXISTS, TYPE_SIZE, TYPE_ID_TARGET, ENUMVAL_EXISTS,
 * ENUMVAL_VALUE: values only, no memory access */
SEC("kprobe/do_nanosleep")
int core_values(void *ctx)
{
	vals[3] = bpf_core_field_exists(struct task_struct___old, rss_stat);
	vals[4] = bpf_core_field_exists(struct task_struct___new, saved_state);
	vals[5] = bpf_core_type_exists(struct bpf_cpumask___local);
	vals[6] = bpf_core_type_exists(struct no_such_struct___x);
	vals[7] = bpf_core_type_size(struct file);
	vals[8] = bpf_core_field_size(struct task_struct, comm);
	vals[9] = bpf_core_type_id_kernel(struct task_struct);
	vals[10] = bpf_core_enum_value_exists(enum bpf_map_type___new, BPF_MAP_TYPE_ARENA___new);
	vals[11] = bpf_core_enum_value(enum bpf_func_id, BPF_FUNC_get_current_task_btf);
	vals[12] = bpf_core_field_offset(struct file, f_flags);
	return 0;
}

/* a field only 6.1 has, read unguarded: 6.12's libbpf poisons the load */
SEC("kprobe/do_nanosleep")
int core_poison_old(void *ctx)
{
	struct task_struct___old *t = (void *)bpf_get_current_task();
	return (long)BPF_CORE_READ(t, rss_stat);
}

/* a field only 6.12 has, read unguarded: poisoned on 6.1 */
SEC("kprobe/do_nanosleep")
int core_poison_new(void *ctx)
{
	struct task_struct___new *t = (void *)bpf_get_current_task();
	return BPF_CORE_READ(t, saved_state);
}

/* the same read guarded by bpf_core_field_exists: the poisoned call is dead code */
SEC("kprobe/do_nanosleep")
int core_guarded_new(void *ctx)
{
	struct task_struct___new *t = (void *)bpf_get_current_task();
	if (bpf_core_field_exists(t->saved_state))
		return BPF_CORE_READ(t, saved_state);
	return 0;
}

/* a type no kernel has: TYPE_SIZE is poisoned on both */
SEC("kprobe/do_nanosleep")
int core_poison_size(void *ctx)
{
	return bpf_core_type_size(struct no_such_struct___x);
}
