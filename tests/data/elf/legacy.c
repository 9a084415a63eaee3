/* Legacy `maps` section (struct bpf_map_def) and old-style section names. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
struct bpf_map_def_legacy { unsigned int type, key_size, value_size, max_entries, map_flags; };
struct bpf_map_def_legacy SEC("maps") counts = { BPF_MAP_TYPE_ARRAY, 4, 8, 256, 0 };
struct bpf_map_def_legacy SEC("maps") progs = { BPF_MAP_TYPE_PROG_ARRAY, 4, 4, 8, 0 };
SEC("socket1") int prog1(struct __sk_buff *skb)
{
	int key = skb->protocol & 0xff;
	long *v = bpf_map_lookup_elem(&counts, &key);
	if (v) __sync_fetch_and_add(v, 1);
	bpf_tail_call(skb, &progs, 0);
	return 0;
}
SEC("kprobe/sys_write") int probe(void *ctx) { return 0; }
SEC("from-netdev") int netdev(struct __sk_buff *skb) { return 0; }
char _license[] SEC("license") = "Dual BSD/GPL";
