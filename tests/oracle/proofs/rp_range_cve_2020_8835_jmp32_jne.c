#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct { __u8 b[16]; }); } vals SEC(".maps");

SEC("socket") __naked void rp_range_cve_2020_8835_jmp32_jne(void)
{
	asm volatile (
	"r1 = 0;"
	"*(u32 *)(r10 - 4) = r1;"
	"r2 = r10;"
	"r2 += -4;"
	"r1 = %[vals] ll;"
	"call %[bpf_map_lookup_elem];"
	"if r0 == 0 goto l39_%=;"
	"r6 = r0;"
	"r7 = *(u64 *)(r6 + 0);"
	"r8 = *(u64 *)(r6 + 8);"
	"r1 = 0xf1feffdfec5fb6fb ll;"
	"r7 &= r1;"
	"r1 = 0x1080c04100451018 ll;"
	"r7 |= r1;"
	"r1 = 0x4000380000108829 ll;"
	"if r7 < r1 goto l39_%=;"
	"r1 = 0xf000301000108839 ll;"
	"if r7 > r1 goto l39_%=;"
	"r1 = 0x90a02820402e900b ll;"
	"if r7 s< r1 goto l39_%=;"
	"r1 = 0x14807feff490007b ll;"
	"if r7 s> r1 goto l39_%=;"
	"if w7 < 35469342 goto l39_%=;"
	"if w7 > -1254167234 goto l39_%=;"
	"if w7 s< -2142240783 goto l39_%=;"
	"if w7 s> 640797700 goto l39_%=;"
	"if w7 != 1604348677 goto l35_%=;"
	"goto l39_%=;"
	"l35_%=:"
	"if w7 > 35469342 goto l37_%=;"
	"goto l39_%=;"
	"l37_%=:"
	"r6 += 65536;"
	"r0 = *(u8 *)(r6 + 0);"
	"l39_%=:"
	"r0 = 0;"
	"exit;"
	:: __imm(bpf_map_lookup_elem), __imm_addr(vals) : __clobber_all);
}

char _license[] SEC("license") = "GPL";