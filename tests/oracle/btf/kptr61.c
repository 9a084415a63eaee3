// The same programs for Linux 6.1 (tag `kptr_ref`): 6.1 has no destructor for task_struct
// kptrs, so it refuses the map (labels record it); kfuncs of 6.2+ left out.

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

#undef __kptr
#define __kptr __attribute__((btf_type_tag("kptr_ref")))

char _license[] SEC("license") = "GPL";


struct kval { struct task_struct __kptr *t; __u64 n; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
	 __type(key, int); __type(value, struct kval); } kv SEC(".maps");

static __always_inline struct kval *elem(void)
{
	int k = 0;
	return bpf_map_lookup_elem(&kv, &k);
}

SEC("tc")
int kptr_take_leak(void *ctx)
{
	struct kval *v = elem();

	if (!v)
		return 0;
	return bpf_kptr_xchg(&v->t, NULL) != NULL;
}

/* puts the object back: the field then holds whatever another CPU put there meanwhile */
SEC("tc")
int kptr_take_put_back(void *ctx)
{
	struct kval *v = elem();
	struct task_struct *t;

	if (!v)
		return 0;
	t = bpf_kptr_xchg(&v->t, NULL);
	if (t)
		t = bpf_kptr_xchg(&v->t, t);
	return t != NULL;
}
