#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct { __u8 b[16]; }); } vals SEC(".maps");

SEC("socket") __naked void rp_range_cve_2021_31440_jmp_jslt(void)
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
	"r1 = 0xfdffffef5d37fdff ll;"
	"r7 &= r1;"
	"r1 = 0x1537fdae ll;"
	"r7 |= r1;"
	"if r7 < 1496841644 goto l37_%=;"
	"r1 = 0xdfb9ffffdd97ffa5 ll;"
	"if r7 > r1 goto l37_%=;"
	"r1 = 0xbddbf77cfd77fcbd ll;"
	"if r7 s< r1 goto l37_%=;"
	"if r7 s> 48 goto l37_%=;"
	"if w7 < 947707247 goto l37_%=;"
	"if w7 > 1504766464 goto l37_%=;"
	"if w7 s< 947707247 goto l37_%=;"
	"if w7 s> 1504766464 goto l37_%=;"
	"r1 = 0xbddff77d00000000 ll;"
	"if r7 s< r1 goto l33_%=;"
	"goto l37_%=;"
	"l33_%=:"
	"if w7 > 1429732798 goto l37_%=;"
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