#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct { __u8 b[16]; }); } vals SEC(".maps");

SEC("socket") __naked void rp_range_cve_2021_3490_alu32_and(void)
{
	asm volatile (
	"r1 = 0;"
	"*(u32 *)(r10 - 4) = r1;"
	"r2 = r10;"
	"r2 += -4;"
	"r1 = %[vals] ll;"
	"call %[bpf_map_lookup_elem];"
	"if r0 == 0 goto l60_%=;"
	"r6 = r0;"
	"r7 = *(u64 *)(r6 + 0);"
	"r8 = *(u64 *)(r6 + 8);"
	"r1 = 0x6b5abffbfaf589e6 ll;"
	"r7 &= r1;"
	"r1 = 0x9429a5a127489e4 ll;"
	"r7 |= r1;"
	"r1 = 0x228a2d2d1a5589e4 ll;"
	"if r7 < r1 goto l60_%=;"
	"r1 = 0x4bab9df5badd88e0 ll;"
	"if r7 > r1 goto l60_%=;"
	"r1 = 0x228a2d2d1a5589e4 ll;"
	"if r7 s< r1 goto l60_%=;"
	"r1 = 0x4bab9df5badd88e0 ll;"
	"if r7 s> r1 goto l60_%=;"
	"if w7 < 310217188 goto l60_%=;"
	"if w7 > -86973984 goto l60_%=;"
	"if w7 s< -1837856284 goto l60_%=;"
	"if w7 s> 58556908 goto l60_%=;"
	"r1 = 0x6000986e177ef7fd ll;"
	"r8 &= r1;"
	"r1 = 0x800177ef7fd ll;"
	"r8 |= r1;"
	"if w8 < 394196989 goto l60_%=;"
	"if w8 > 394196989 goto l60_%=;"
	"if w8 s< 394196989 goto l60_%=;"
	"if w8 s> 394196989 goto l60_%=;"
	"r1 = 0x22320110000040 ll;"
	"if r8 < r1 goto l60_%=;"
	"r1 = 0x600030828000d400 ll;"
	"if r8 > r1 goto l60_%=;"
	"r1 = 0x22320110000040 ll;"
	"if r8 s< r1 goto l60_%=;"
	"r1 = 0x600030828000d400 ll;"
	"if r8 s> r1 goto l60_%=;"
	"w7 &= w8;"
	"if r7 > 309625316 goto l60_%=;"
	"goto l58_%=;"
	"l58_%=:"
	"r6 += 65536;"
	"r0 = *(u8 *)(r6 + 0);"
	"l60_%=:"
	"r0 = 0;"
	"exit;"
	:: __imm(bpf_map_lookup_elem), __imm_addr(vals) : __clobber_all);
}

char _license[] SEC("license") = "GPL";