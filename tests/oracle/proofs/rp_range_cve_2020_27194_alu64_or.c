#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct { __u8 b[16]; }); } vals SEC(".maps");

SEC("socket") __naked void rp_range_cve_2020_27194_alu64_or(void)
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
	"r1 = 0x76e432f34f7b660d ll;"
	"r7 &= r1;"
	"r1 = 0x62e0304040214609 ll;"
	"r7 |= r1;"
	"r1 = 0x6ae222424ffb1d0c ll;"
	"if r7 < r1 goto l60_%=;"
	"r1 = 0x740222fa5df4cb8e ll;"
	"if r7 > r1 goto l60_%=;"
	"r1 = 0x6ae222424ffb1d0c ll;"
	"if r7 s< r1 goto l60_%=;"
	"r1 = 0x740222fa5df4cb8e ll;"
	"if r7 s> r1 goto l60_%=;"
	"if w7 < 1124486154 goto l60_%=;"
	"if w7 > 1333487117 goto l60_%=;"
	"if w7 s< 1124486154 goto l60_%=;"
	"if w7 s> 1333487117 goto l60_%=;"
	"r1 = 0x152400000aea35fa ll;"
	"r8 &= r1;"
	"r1 = 0x152400000aea35fa ll;"
	"r8 |= r1;"
	"if w8 < 183121402 goto l60_%=;"
	"if w8 > 183121402 goto l60_%=;"
	"if w8 s< 183121402 goto l60_%=;"
	"if w8 s> 183121402 goto l60_%=;"
	"r1 = 0x152400000aea35fa ll;"
	"if r8 < r1 goto l60_%=;"
	"r1 = 0x152400000aea35fa ll;"
	"if r8 > r1 goto l60_%=;"
	"r1 = 0x152400000aea35fa ll;"
	"if r8 s< r1 goto l60_%=;"
	"r1 = 0x152400000aea35fa ll;"
	"if r8 s> r1 goto l60_%=;"
	"r7 |= r8;"
	"if w7 > 1333487117 goto l58_%=;"
	"goto l60_%=;"
	"l58_%=:"
	"r6 += 65536;"
	"r0 = *(u8 *)(r6 + 0);"
	"l60_%=:"
	"r0 = 0;"
	"exit;"
	:: __imm(bpf_map_lookup_elem), __imm_addr(vals) : __clobber_all);
}

char _license[] SEC("license") = "GPL";