// SL-02 LRU hash values cannot carry a lock (map creation fails)
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct val { int cnt; struct bpf_spin_lock lock; };
struct { __uint(type, BPF_MAP_TYPE_LRU_HASH); __uint(max_entries, 4);
         __type(key, int); __type(value, struct val); } lru SEC(".maps");


SEC("tc") __naked void lru_hash_lock(void)
{
	asm volatile (
	"r1 = %[lru] ll;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lru) : __clobber_all);
}

SEC("tc") __naked void lru_hash_lock_used(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lru] ll;\n"
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
	: : __imm_addr(lru), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
