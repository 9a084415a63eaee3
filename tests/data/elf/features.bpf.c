/* ELF reader fixture: BTF maps with spin lock and timer fields, map-in-map, prog array,
 * global data, bpf2bpf calls (static and global), a callback and a tail call. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct val_lock { int cnt; struct bpf_spin_lock lock; long data; };
struct val_timer { long pad; struct bpf_timer t; };
struct val_two_locks { struct bpf_spin_lock a; struct bpf_spin_lock b; };

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, int);
	__type(value, struct val_lock);
} locked SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, int);
	__type(value, struct val_timer);
} timers SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, int);
	__type(value, struct val_two_locks);
} twolocks SEC(".maps");

struct inner_map {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 8);
	__type(key, __u32);
	__type(value, __u64);
} inner1 SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
	__uint(max_entries, 2);
	__type(key, __u32);
	__array(values, struct inner_map);
} outer SEC(".maps") = { .values = { [1] = &inner1 } };

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(key_size, 8);
	__uint(value_size, 24);
	__uint(max_entries, 100);
	__uint(map_flags, BPF_F_NO_PREALLOC);
} sized SEC(".maps");

int counter = 7;
const volatile int limit = 42;
long zeroed;
char buf[32];

int tail_target(struct __sk_buff *skb);

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__uint(key_size, sizeof(__u32));
	__array(values, int (void *));
} jmp SEC(".maps")
#ifndef ORACLE_NO_SLOTS   /* the oracle loads one program at a time: no other prog fd exists */
	= { .values = { [2] = (void *)&tail_target } }
#endif
	;

static __attribute__((noinline)) int add_static(int a, int b)
{
	return a + b + counter;
}

__attribute__((noinline)) int add_global(int a)
{
	return a * 3 + limit;
}

static int cb(__u32 index, void *ctx)
{
	zeroed += index;
	return 0;
}

SEC("tc")
int tail_target(struct __sk_buff *skb)
{
	return add_static(skb->len, 1);
}

SEC("tc")
int entry(struct __sk_buff *skb)
{
	int key = 0;
	struct val_lock *v = bpf_map_lookup_elem(&locked, &key);
	if (v) {
		bpf_spin_lock(&v->lock);
		v->cnt++;
		bpf_spin_unlock(&v->lock);
	}
	bpf_loop(4, cb, 0, 0);
	bpf_tail_call(skb, &jmp, 2);
	buf[3] = 1;
	return add_static(1, 2) + add_global(skb->len);
}

SEC("xdp.frags")
int xdp_frag(struct xdp_md *ctx)
{
	__u32 k = 1;
	void *in = bpf_map_lookup_elem(&outer, &k);
	if (!in)
		return XDP_DROP;
	return add_global(2) > 0 ? XDP_PASS : XDP_ABORTED;
}

SEC("lsm.s/bprm_committed_creds")
int sleepy(void *ctx) { return 0; }

SEC("fentry.s/__x64_sys_getpgid")
int sleepy2(void *ctx) { return 0; }

SEC("cgroup_skb/egress")
int egress(struct __sk_buff *skb) { return 1; }

char _license[] SEC("license") = "GPL";
