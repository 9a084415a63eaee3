#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct { __u8 b[16]; }); } vals SEC(".maps");

SEC("socket") __naked void rp_range_cve_2017_16996_alu32_add(void)
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
	"r1 = 0xad9ef5fb519c5ee3 ll;"
	"r7 &= r1;"
	"r1 = 0x259ee572009c4801 ll;"
	"r7 |= r1;"
	"r1 = 0x259ee572009c4801 ll;"
	"if r7 < r1 goto l60_%=;"
	"r1 = 0xa81ee54000000543 ll;"
	"if r7 > r1 goto l60_%=;"
	"r1 = 0xc4bfede300804000 ll;"
	"if r7 s< r1 goto l60_%=;"
	"r1 = 0x25a0004010282041 ll;"
	"if r7 s> r1 goto l60_%=;"
	"if w7 < 81711705 goto l60_%=;"
	"if w7 > 1351446657 goto l60_%=;"
	"if w7 s< 81711705 goto l60_%=;"
	"if w7 s> 1351446657 goto l60_%=;"
	"r1 = 0xc3801fff1e5eb2d5 ll;"
	"r8 &= r1;"
	"r1 = 0x3000a1c1a5eb2d4 ll;"
	"r8 |= r1;"
	"r1 = 0x3000a8dff63d7ff ll;"
	"if r8 < r1 goto l60_%=;"
	"r1 = 0x97f12209fffffebf ll;"
	"if r8 > r1 goto l60_%=;"
	"r1 = 0xc500121d03bfc000 ll;"
	"if r8 s< r1 goto l60_%=;"
	"r1 = 0x101a0007f06c64c5 ll;"
	"if r8 s> r1 goto l60_%=;"
	"if w8 < 442413780 goto l60_%=;"
	"if w8 > 501559054 goto l60_%=;"
	"if w8 s< 442413780 goto l60_%=;"
	"if w8 s> 501559054 goto l60_%=;"
	"w7 += w8;"
	"if r7 > 737870165 goto l60_%=;"
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