// bpf_kptr_xchg on a referenced kptr field (tagged `kptr` since Linux 6.2; 6.1 spells it
// `kptr_ref` and has no destructor for task_struct, so it cannot create this map): an object
// taken out of the field is a reference of the program's; one put in belongs to the map.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

#undef __kptr
#define __kptr __attribute__((btf_type_tag("kptr")))

char _license[] SEC("license") = "GPL";

extern struct task_struct *bpf_task_from_pid(s32 pid) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

struct kval { struct task_struct __kptr *t; __u64 n; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
	 __type(key, int); __type(value, struct kval); } kv SEC(".maps");

static __always_inline struct kval *elem(void)
{
	int k = 0;
	return bpf_map_lookup_elem(&kv, &k);
}

SEC("tc")
int kptr_take_release(void *ctx)
{
	struct kval *v = elem();
	struct task_struct *t;

	if (!v)
		return 0;
	t = bpf_kptr_xchg(&v->t, NULL);
	if (t)
		bpf_task_release(t);
	return 0;
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

SEC("tc")
int kptr_take_put_back_release(void *ctx)
{
	struct kval *v = elem();
	struct task_struct *t;

	if (!v)
		return 0;
	t = bpf_kptr_xchg(&v->t, NULL);
	if (t) {
		t = bpf_kptr_xchg(&v->t, t);
		if (t)
			bpf_task_release(t);
	}
	return 0;
}

SEC("tc")
int kptr_store_pid(void *ctx)
{
	struct kval *v = elem();
	struct task_struct *t, *old;

	if (!v)
		return 0;
	t = bpf_task_from_pid(1);
	if (!t)
		return 0;
	old = bpf_kptr_xchg(&v->t, t);
	if (old)
		bpf_task_release(old);
	return 0;
}

/* the stored object's reference went to the map: releasing it again is a double release */
SEC("tc")
int kptr_release_after_store(void *ctx)
{
	struct kval *v = elem();
	struct task_struct *t, *old;

	if (!v)
		return 0;
	t = bpf_task_from_pid(1);
	if (!t)
		return 0;
	old = bpf_kptr_xchg(&v->t, t);
	if (old)
		bpf_task_release(old);
	bpf_task_release(t);
	return 0;
}
