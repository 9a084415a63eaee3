// SL-12 lock in an inner map of map-in-map (map creation fails)
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct val { int cnt; struct bpf_spin_lock lock; };
struct inner { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
               __type(key, int); __type(value, struct val); } inner1 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS); __uint(max_entries, 1); __type(key, int);
         __array(values, struct inner); } outer SEC(".maps") = { .values = { [0] = &inner1 } };


SEC("tc") __naked void inner_map_with_lock(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[outer] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(outer), __imm(bpf_map_lookup_elem) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
