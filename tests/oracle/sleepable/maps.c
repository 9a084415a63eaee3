// SP-04/05 map types usable by sleepable programs
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct val { int cnt; struct bpf_spin_lock lock; };
struct tval { struct bpf_timer t; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 2); __type(key, int); __type(value, __u64); } arr SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4); __type(key, int); __type(value, __u64); } h SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 1); __type(key, int); __type(value, __u64); } pcpu SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_LRU_HASH); __uint(max_entries, 4); __type(key, int); __type(value, __u64); } lru SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 2); __type(key, int); __type(value, int); } pa SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, 4); __uint(value_size, 4); } pea SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_QUEUE); __uint(max_entries, 4); __uint(value_size, 8); } q SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_STACK); __uint(max_entries, 4); __uint(value_size, 8); } stk SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } rb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, int); __type(value, struct val); } lk SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, int); __type(value, struct tval); } tm SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_TASK_STORAGE); __uint(map_flags, BPF_F_NO_PREALLOC);
         __type(key, int); __type(value, __u64); } ts SEC(".maps");
__u64 fired SEC(".data.fired") = 7;
struct inner { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, int); __type(value, __u64); } in1 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS); __uint(max_entries, 1); __type(key, int);
         __array(values, struct inner); } aom SEC(".maps") = { .values = { [0] = &in1 } };


SEC("lsm.s/bprm_committed_creds") __naked void s_prog_array(void)
{
	asm volatile (
	"r1 = %[pa] ll;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(pa) : __clobber_all);
}

SEC("lsm.s/bprm_committed_creds") __naked void s_perf_event_array(void)
{
	asm volatile (
	"r1 = %[pea] ll;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(pea) : __clobber_all);
}

SEC("lsm.s/bprm_committed_creds") __naked void s_queue(void)
{
	asm volatile (
	"r1 = %[q] ll;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(q) : __clobber_all);
}

SEC("lsm.s/bprm_committed_creds") __naked void s_stack(void)
{
	asm volatile (
	"r1 = %[stk] ll;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(stk) : __clobber_all);
}

SEC("lsm.s/bprm_committed_creds") __naked void s_ringbuf_ok(void)
{
	asm volatile (
	"r1 = %[rb] ll;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rb) : __clobber_all);
}

SEC("lsm.s/bprm_committed_creds") __naked void s_array_ok(void)
{
	asm volatile (
	"r1 = %[arr] ll;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr) : __clobber_all);
}

SEC("lsm.s/bprm_committed_creds") __naked void s_hash_ok(void)
{
	asm volatile (
	"r1 = %[h] ll;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(h) : __clobber_all);
}

SEC("lsm.s/bprm_committed_creds") __naked void s_percpu_array_ok(void)
{
	asm volatile (
	"r1 = %[pcpu] ll;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(pcpu) : __clobber_all);
}

SEC("lsm.s/bprm_committed_creds") __naked void s_lru_hash_ok(void)
{
	asm volatile (
	"r1 = %[lru] ll;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lru) : __clobber_all);
}

SEC("lsm.s/bprm_committed_creds") __naked void s_array_of_maps_ok(void)
{
	asm volatile (
	"r1 = %[aom] ll;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(aom) : __clobber_all);
}

SEC("lsm.s/bprm_committed_creds") __naked void s_task_storage_ok(void)
{
	asm volatile (
	"r1 = %[ts] ll;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(ts) : __clobber_all);
}

SEC("lsm.s/bprm_committed_creds") __naked void s_spin_lock_map(void)
{
	asm volatile (
	"r1 = %[lk] ll;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk) : __clobber_all);
}

SEC("lsm.s/bprm_committed_creds") __naked void s_timer_map_ok(void)
{
	asm volatile (
	"r1 = %[tm] ll;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(tm) : __clobber_all);
}

SEC("lsm.s/bprm_committed_creds") __naked void s_tail_call(void)
{
	asm volatile (
	"r2 = %[pa] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(pa), __imm(bpf_tail_call) : __clobber_all);
}

SEC("lsm/bprm_committed_creds") __naked void nons_prog_array_ok(void)
{
	asm volatile (
	"r1 = %[pa] ll;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(pa) : __clobber_all);
}

/* xlated shows the GFP flag the verifier patches in (GFP_KERNEL for sleepable) */
SEC("lsm.s/bprm_committed_creds") __naked void s_task_storage_get(void)
{
	asm volatile (
	"call %[bpf_get_current_task_btf];\n"
	"r2 = r0;\n"
	"r1 = %[ts] ll;\n"
	"r3 = 0;\n"
	"r4 = 1;\n"
	"call %[bpf_task_storage_get];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_current_task_btf), __imm_addr(ts), __imm(bpf_task_storage_get) : __clobber_all);
}

SEC("lsm/bprm_committed_creds") __naked void nons_task_storage_get(void)
{
	asm volatile (
	"call %[bpf_get_current_task_btf];\n"
	"r2 = r0;\n"
	"r1 = %[ts] ll;\n"
	"r3 = 0;\n"
	"r4 = 1;\n"
	"call %[bpf_task_storage_get];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_current_task_btf), __imm_addr(ts), __imm(bpf_task_storage_get) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
