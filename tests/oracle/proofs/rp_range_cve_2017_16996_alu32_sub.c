#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct { __u8 b[16]; }); } vals SEC(".maps");

SEC("socket") __naked void rp_range_cve_2017_16996_alu32_sub(void)
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
	"r1 = 0xe5ea27e7fffffe87 ll;"
	"r7 &= r1;"
	"r1 = 0x4800786c7d2ea87 ll;"
	"r7 |= r1;"
	"r1 = 0x24c22786f7fc1440 ll;"
	"if r7 < r1 goto l60_%=;"
	"r1 = 0x8042598c8802222a ll;"
	"if r7 > r1 goto l60_%=;"
	"r1 = 0xa87031c2e3d7f210 ll;"
	"if r7 s< r1 goto l60_%=;"
	"r1 = 0x24c22786f80507e7 ll;"
	"if r7 s> r1 goto l60_%=;"
	"if w7 < -909520224 goto l60_%=;"
	"if w7 > -133275552 goto l60_%=;"
	"if w7 s< -909520224 goto l60_%=;"
	"if w7 s> -133275552 goto l60_%=;"
	"r1 = 0x800787e398ee92 ll;"
	"r8 &= r1;"
	"r1 = 0x800786c0080880 ll;"
	"r8 |= r1;"
	"r1 = 0x800786fbfd0000 ll;"
	"if r8 < r1 goto l60_%=;"
	"r1 = 0x800787e398ee92 ll;"
	"if r8 > r1 goto l60_%=;"
	"r1 = 0x800786fbfd0000 ll;"
	"if r8 s< r1 goto l60_%=;"
	"r1 = 0x800787e398ee92 ll;"
	"if r8 s> r1 goto l60_%=;"
	"if w8 < -1062371199 goto l60_%=;"
	"if w8 > -490147112 goto l60_%=;"
	"if w8 s< -1062371199 goto l60_%=;"
	"if w8 s> -490147112 goto l60_%=;"
	"w7 -= w8;"
	"if r7 > 402120709 goto l60_%=;"
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