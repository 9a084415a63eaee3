#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct val_locks { struct bpf_spin_lock f0; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 2); __type(key, __u32); __type(value, struct val_locks); } locks SEC(".maps");

SEC("tc") __naked void rp_sl13_prune(void)
{
	asm volatile (
	"r6 = r1;"
	"call %[bpf_get_prandom_u32];"
	"*(u64 *)(r10 - 16) = r0;"
	"r1 = 0;"
	"*(u32 *)(r10 - 4) = r1;"
	"r2 = r10;"
	"r2 += -4;"
	"r1 = %[locks] ll;"
	"call %[bpf_map_lookup_elem];"
	"if r0 == 0 goto l41_%=;"
	"r7 = r0;"
	"r1 = 1;"
	"*(u32 *)(r10 - 4) = r1;"
	"r2 = r10;"
	"r2 += -4;"
	"r1 = %[locks] ll;"
	"call %[bpf_map_lookup_elem];"
	"if r0 == 0 goto l41_%=;"
	"r8 = r0;"
	"r1 = r7;"
	"call %[bpf_spin_lock];"
	"r1 = *(u64 *)(r10 - 16);"
	"if r1 != 0 goto l26_%=;"
	"goto l27_%=;"
	"l26_%=:"
	"r7 = r8;"
	"l27_%=:"
	"r0 = 0;"
	"r0 = 0;"
	"r0 = 0;"
	"r0 = 0;"
	"r0 = 0;"
	"r0 = 0;"
	"r0 = 0;"
	"r0 = 0;"
	"r0 = 0;"
	"r0 = 0;"
	"r1 = *(u64 *)(r10 - 16);"
	"if r1 > 100 goto l39_%=;"
	"l39_%=:"
	"r1 = r7;"
	"call %[bpf_spin_unlock];"
	"l41_%=:"
	"r0 = 0;"
	"exit;"
	:: __imm(bpf_get_prandom_u32), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock), __imm_addr(locks) : __clobber_all);
}

char _license[] SEC("license") = "GPL";