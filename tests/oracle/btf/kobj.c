// Plain reads of the object bpf_lookup_system_key hands out (struct bpf_key, 16 bytes in 6.1 and
// 6.12: { struct key *key; bool has_ref; }) that the verifier types as a struct key (the program's
// view): `check` reads the object the kfunc's BTF prototype returns, its bytes inputs.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

char _license[] SEC("license") = "GPL";

extern struct bpf_key *bpf_lookup_system_key(__u64 id) __ksym;
extern void bpf_key_put(struct bpf_key *key) __ksym;

long vals[4];

/* has_ref (a bool at offset 8): a probe load of a scalar member, accepted */
SEC("fentry/tcp_close")
int BPF_PROG(kobj_has_ref, struct sock *sk)
{
	struct bpf_key *k = bpf_lookup_system_key(0);
	if (k) {
		vals[1] = k->has_ref;
		bpf_key_put(k);
	}
	return 0;
}

/* the u32 past the 16-byte object: rejected ("access beyond struct"), and out of bounds */
SEC("fentry/tcp_close")
int BPF_PROG(kobj_past_end, struct sock *sk)
{
	struct bpf_key *k = bpf_lookup_system_key(0);
	if (k) {
		vals[1] = ((volatile __u32 *)k)[4];
		bpf_key_put(k);
	}
	return 0;
}

/* a read after bpf_key_put released the object */
SEC("fentry/tcp_close")
int BPF_PROG(kobj_after_put, struct sock *sk)
{
	struct bpf_key *k = bpf_lookup_system_key(0);
	if (k) {
		bpf_key_put(k);
		vals[1] = ((volatile __u32 *)k)[2];
	}
	return 0;
}
