#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, int); __type(value, long); } m SEC(".maps");
static __attribute__((noinline)) long inner(long x) { int k = 0; long *v = bpf_map_lookup_elem(&m, &k); return v ? *v + x : x; }
static __attribute__((noinline)) long add(long a, long b) { return inner(a) + b; }
SEC("socket") int prog(void *ctx) { return add(40, 2); }
SEC("tc") int prog2(void *ctx) { return add(1, 2) + inner(3); }
char _license[] SEC("license") = "GPL";
