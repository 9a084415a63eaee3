#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct { __u8 b[16]; }); } vals SEC(".maps");

SEC("socket") __naked void rp_range_cve_2020_27194_alu32_or(void)
{
	asm volatile (
	"r1 = 0;"
	"*(u32 *)(r10 - 4) = r1;"
	"r2 = r10;"
	"r2 += -4;"
	"r1 = %[vals] ll;"
	"call %[bpf_map_lookup_elem];"
	"if r0 == 0 goto l56_%=;"
	"r6 = r0;"
	"r7 = *(u64 *)(r6 + 0);"
	"r8 = *(u64 *)(r6 + 8);"
	"r1 = 0xd1418141658a3ae5 ll;"
	"r7 &= r1;"
	"r1 = 0x58030e5 ll;"
	"r7 |= r1;"
	"if w7 < 92287205 goto l56_%=;"
	"if w7 > 1703557861 goto l56_%=;"
	"if w7 s< 92287205 goto l56_%=;"
	"if w7 s> 1703557861 goto l56_%=;"
	"if r7 < 1082146820 goto l56_%=;"
	"r1 = 0xc10191087ffc1ee5 ll;"
	"if r7 > r1 goto l56_%=;"
	"if r7 s< -167766015 goto l56_%=;"
	"r1 = 0x8d5001af0 ll;"
	"if r7 s> r1 goto l56_%=;"
	"r1 = 0xfff7ffff0f83e11a ll;"
	"r8 &= r1;"
	"r1 = 0xf83e11a ll;"
	"r8 |= r1;"
	"if w8 < 260301082 goto l56_%=;"
	"if w8 > 260301082 goto l56_%=;"
	"if w8 s< 260301082 goto l56_%=;"
	"if w8 s> 260301082 goto l56_%=;"
	"r1 = 0xc639ab78b839e9a ll;"
	"if r8 < r1 goto l56_%=;"
	"r1 = 0xafffffffb7dfe501 ll;"
	"if r8 > r1 goto l56_%=;"
	"r1 = 0xa48329eae9526658 ll;"
	"if r8 s< r1 goto l56_%=;"
	"r1 = 0x56f0439000781ffc ll;"
	"if r8 s> r1 goto l56_%=;"
	"w7 |= w8;"
	"if r7 > 260307455 goto l56_%=;"
	"goto l54_%=;"
	"l54_%=:"
	"r6 += 65536;"
	"r0 = *(u8 *)(r6 + 0);"
	"l56_%=:"
	"r0 = 0;"
	"exit;"
	:: __imm(bpf_map_lookup_elem), __imm_addr(vals) : __clobber_all);
}

char _license[] SEC("license") = "GPL";