// SP-01 BPF_F_SLEEPABLE set through the sidecar on other program types
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


SEC("tc") __naked void flag_sleepable_tc(void)
{
	asm volatile (
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("xdp") __naked void flag_sleepable_xdp(void)
{
	asm volatile (
	"r0 = 2;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("raw_tp/sys_enter") __naked void flag_sleepable_raw_tp(void)
{
	asm volatile (
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("kprobe/do_nanosleep") __naked void flag_sleepable_kprobe_copy(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 += -16;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"call %[bpf_copy_from_user];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_copy_from_user) : __clobber_all);
}

SEC("tp_btf/sys_enter") __naked void flag_sleepable_tp_btf_copy(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 += -16;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"call %[bpf_copy_from_user];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_copy_from_user) : __clobber_all);
}

SEC("fentry/do_nanosleep") __naked void flag_sleepable_fentry(void)
{
	asm volatile (
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("lsm/bprm_committed_creds") __naked void flag_sleepable_lsm_ok(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 += -16;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"call %[bpf_copy_from_user];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_copy_from_user) : __clobber_all);
}

SEC("socket") __naked void flag_sleepable_socket(void)
{
	asm volatile (
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

char _license[] SEC("license") = "GPL";
