#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct val_locks { __u8 pad0[4]; struct bpf_spin_lock f1; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 2); __type(key, __u32); __type(value, struct val_locks); } locks SEC(".maps");

SEC("tc") __naked void rp_sl_10_start(void)
{
	asm volatile (
	"r6 = r1;"
	"r1 = 0;"
	"*(u32 *)(r10 - 4) = r1;"
	"r2 = r10;"
	"r2 += -4;"
	"r1 = %[locks] ll;"
	"call %[bpf_map_lookup_elem];"
	"if r0 == 0 goto l11_%=;"
	"r7 = r0;"
	"r0 = *(u64 *)(r7 + 0);"
	"l11_%=:"
	"r0 = 0;"
	"exit;"
	:: __imm(bpf_map_lookup_elem), __imm_addr(locks) : __clobber_all);
}

char _license[] SEC("license") = "GPL";