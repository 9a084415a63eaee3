// kfuncs Linux 6.1 and 6.12 both have (the key-signature set, registered for tracing):
// allow sets per program type, sleepable kfuncs, acquire/release references.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

char _license[] SEC("license") = "GPL";

extern struct key *bpf_lookup_system_key(__u64 id) __ksym;
extern struct key *bpf_lookup_user_key(__u32 serial, __u64 flags) __ksym;
extern void bpf_key_put(struct key *key) __ksym;

long vals[4];

SEC("fentry/tcp_close")
int BPF_PROG(key_ok, struct sock *sk)
{
	struct key *k = bpf_lookup_system_key(0);
	if (k)
		bpf_key_put(k);
	return 0;
}

SEC("fentry/tcp_close")
int BPF_PROG(key_leak, struct sock *sk)
{
	struct key *k = bpf_lookup_system_key(0);
	vals[0] = k != 0;
	return 0;
}

SEC("fentry/tcp_close")
int BPF_PROG(key_put_unchecked, struct sock *sk)
{
	struct key *k = bpf_lookup_system_key(0);
	bpf_key_put(k);
	return 0;
}

SEC("fentry/tcp_close")
int BPF_PROG(key_double_put, struct sock *sk)
{
	struct key *k = bpf_lookup_system_key(0);
	if (k) {
		bpf_key_put(k);
		bpf_key_put(k);
	}
	return 0;
}

SEC("socket")
int key_socket(void *ctx)
{
	struct key *k = bpf_lookup_system_key(0);
	if (k)
		bpf_key_put(k);
	return 0;
}

SEC("fentry/tcp_close")
int BPF_PROG(user_key_nonsleepable, struct sock *sk)
{
	struct key *k = bpf_lookup_user_key(1, 0);
	if (k)
		bpf_key_put(k);
	return 0;
}

SEC("lsm.s/bpf")
int BPF_PROG(user_key_lsm_s, int cmd, union bpf_attr *attr, unsigned int size)
{
	struct key *k = bpf_lookup_user_key(1, 0);
	if (k)
		bpf_key_put(k);
	return 0;
}

SEC("fentry/tcp_close")
int BPF_PROG(key_put_field, struct sock *sk)
{
	struct key *k = bpf_lookup_system_key(0);
	if (k) {
		vals[1] = k->serial;
		bpf_key_put(k);
	}
	return 0;
}
