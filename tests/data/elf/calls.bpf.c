/* ELF reader fixture: nested bpf2bpf calls (libbpf's depth-first append order), a callback
 * referenced from a subprogram, a timer callback, string literals in .rodata.str1.1 and a
 * custom .data.* section. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define CLOCK_MONOTONIC 1

struct elem { struct bpf_timer t; };

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, int);
	__type(value, struct elem);
} tmap SEC(".maps");

int custom_counter SEC(".data.custom") = 3;
long hits;

static __attribute__((noinline)) int leaf(int x)
{
	hits++;
	return x + custom_counter;
}

static int loop_cb(__u32 i, void *ctx)
{
	return leaf(i) > 100;
}

static __attribute__((noinline)) int first(int x)
{
	bpf_loop(3, loop_cb, 0, 0);
	return leaf(x) * 2;
}

static __attribute__((noinline)) int second(int x)
{
	return leaf(x) - 1;
}

static int timer_cb(void *map, int *key, struct elem *val)
{
	return 0;
}

SEC("tc")
int calls(struct __sk_buff *skb)
{
	int key = 0;
	struct elem *e = bpf_map_lookup_elem(&tmap, &key);
	if (e) {
		bpf_timer_init(&e->t, &tmap, CLOCK_MONOTONIC);
		bpf_timer_set_callback(&e->t, timer_cb);
	}
	bpf_printk("len %d", skb->len);
	return first(skb->len) + second(skb->len);
}

char _license[] SEC("license") = "GPL";
