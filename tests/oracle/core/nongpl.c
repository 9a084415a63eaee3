// CORE-08 GPL-only helpers from a non-GPL program
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct val48 { __u64 a[6]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4);
         __type(key, int); __type(value, struct val48); } arr SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 16);
         __type(key, int); __type(value, __u64); } hmap SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 2);
         __type(key, int); __type(value, int); } progs SEC(".maps");


SEC("kprobe/do_nanosleep") __naked void nongpl_probe_read_kernel(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 += -8;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"call %[bpf_probe_read_kernel];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_probe_read_kernel) : __clobber_all);
}

SEC("socket") __naked void nongpl_ktime_ok(void)
{
	asm volatile (
	"call %[bpf_ktime_get_ns];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_ktime_get_ns) : __clobber_all);
}

char _license[] SEC("license") = "Proprietary";
