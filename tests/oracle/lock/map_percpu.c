// SL-02 per-CPU array values cannot carry a lock (map creation fails)
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct val { int cnt; struct bpf_spin_lock lock; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, struct val); } pcpu SEC(".maps");


/* map creation with BTF fails (524); libbpf retries without BTF */
SEC("tc") __naked void percpu_array_lock(void)
{
	asm volatile (
	"r1 = %[pcpu] ll;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(pcpu) : __clobber_all);
}

SEC("tc") __naked void percpu_array_lock_used(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[pcpu] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(pcpu), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
