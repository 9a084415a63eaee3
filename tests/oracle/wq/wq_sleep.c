/* bpf_wq callbacks (6.10+) on 6.12: verified sleepable, but SP-04 reads the program's flag (FINDINGS.md, SP-WQ).
 * Label: KERNEL=6.12 TEST_RUN=0 LOG_LEVEL=1 run.sh tests/oracle/wq OUT and
 * python tests/oracle/proofs/gen.py --labels OUT/results.jsonl > labels_6.12.json (6.1 has no bpf_wq). */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_wq { __u64 __opaque[2]; } __attribute__((aligned(8)));
extern int bpf_wq_init(struct bpf_wq *wq, void *p__map, unsigned int flags) __ksym;
extern int bpf_wq_start(struct bpf_wq *wq, unsigned int flags) __ksym;
extern int bpf_wq_set_callback_impl(struct bpf_wq *wq, int (callback_fn)(void *map, int *key, void *value),
                                    unsigned int flags, void *aux__ign) __ksym;

struct elem { struct bpf_wq w; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, int); __type(value, struct elem); } wqs SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_LPM_TRIE); __uint(map_flags, BPF_F_NO_PREALLOC); __uint(max_entries, 16);
         __type(key, __u64); __type(value, __u64); } lpm SEC(".maps");

__u64 seen;

static int cb_lpm(void *map, int *key, void *value)
{
	__u64 k = 0;
	__u64 *v = bpf_map_lookup_elem(&lpm, &k);
	if (v)
		seen = *v;
	return 0;
}

static int cb_copy(void *map, int *key, void *value)
{
	char buf[8];
	bpf_copy_from_user(buf, 8, 0);
	return 0;
}

static __always_inline int arm(int (cb)(void *, int *, void *))
{
	int k = 0;
	struct elem *e = bpf_map_lookup_elem(&wqs, &k);
	if (!e) return 0;
	if (bpf_wq_init(&e->w, &wqs, 0)) return 0;
	if (bpf_wq_set_callback_impl(&e->w, cb, 0, 0)) return 0;
	bpf_wq_start(&e->w, 0);
	return 0;
}

SEC("tc") int wq_tc_cb_lpm_lookup(struct __sk_buff *skb) { return arm(cb_lpm); }
SEC("fentry/do_unlinkat") int wq_fentry_cb_copy_from_user(void *ctx) { return arm(cb_copy); }
SEC("fentry/do_unlinkat") int fentry_direct_copy_from_user(void *ctx) { return cb_copy(0, 0, 0); }
SEC("tc") int tc_direct_lpm_lookup(struct __sk_buff *skb) { cb_lpm(0, 0, 0); return 0; }
SEC("lsm.s/file_open") int lsm_s_direct_lpm_lookup(void *ctx) { cb_lpm(0, 0, 0); return 0; }
SEC("syscall") int wq_syscall_cb_lpm_lookup(void *ctx) { return arm(cb_lpm); }

char _license[] SEC("license") = "GPL";
