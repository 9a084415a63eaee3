// SL-02 BPF_F_RDONLY_PROG + lock (map creation fails)
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct val { int cnt; struct bpf_spin_lock lock; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __uint(map_flags, BPF_F_RDONLY_PROG);
         __type(key, int); __type(value, struct val); } rdonly SEC(".maps");


SEC("tc") __naked void rdonly_prog_lock(void)
{
	asm volatile (
	"r1 = %[rdonly] ll;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(rdonly) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
