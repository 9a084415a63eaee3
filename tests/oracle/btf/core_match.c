// bpf_core_type_matches (TYPE_MATCHES): a layout-level match of a local flavor against the
// kernel's type, on 6.1 and 6.12.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

char _license[] SEC("license") = "GPL";

long vals[4];

struct task_struct___match { int pid; int tgid; } __attribute__((preserve_access_index));
struct task_struct___nomatch { long pid; } __attribute__((preserve_access_index));
struct file___match { unsigned int f_flags; } __attribute__((preserve_access_index));
enum bpf_map_type___match { BPF_MAP_TYPE_HASH___match = 1, BPF_MAP_TYPE_ARENA___match = 33 };

SEC("kprobe/do_nanosleep")
int core_type_matches(void *ctx)
{
	vals[0] = bpf_core_type_matches(struct task_struct___match);
	vals[1] = bpf_core_type_matches(struct task_struct___nomatch);
	vals[2] = bpf_core_type_matches(struct file___match);
	vals[3] = bpf_core_type_matches(enum bpf_map_type___match);
	return 0;
}
