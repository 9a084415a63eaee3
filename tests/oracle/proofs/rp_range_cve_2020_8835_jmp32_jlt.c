#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct { __u8 b[16]; }); } vals SEC(".maps");

SEC("socket") __naked void rp_range_cve_2020_8835_jmp32_jlt(void)
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
	"r1 = 0xf522eb4ef9ffef7f ll;"
	"r7 &= r1;"
	"r1 = 0x35028b48206ea470 ll;"
	"r7 |= r1;"
	"r1 = 0x6e89048050175c81 ll;"
	"if r7 < r1 goto l39_%=;"
	"r1 = 0xefa1008250175c81 ll;"
	"if r7 > r1 goto l39_%=;"
	"r1 = 0xba0d0188041f6505 ll;"
	"if r7 s< r1 goto l39_%=;"
	"r1 = 0x7520880000000000 ll;"
	"if r7 s> r1 goto l39_%=;"
	"if w7 < 553647978 goto l39_%=;"
	"if w7 > -134215542 goto l39_%=;"
	"if w7 s< -1224654701 goto l39_%=;"
	"if w7 s> 1544883232 goto l39_%=;"
	"if w7 < 1487046693 goto l35_%=;"
	"goto l39_%=;"
	"l35_%=:"
	"if w7 == 1887436017 goto l39_%=;"
	"goto l37_%=;"
	"l37_%=:"
	"r6 += 65536;"
	"r0 = *(u8 *)(r6 + 0);"
	"l39_%=:"
	"r0 = 0;"
	"exit;"
	:: __imm(bpf_map_lookup_elem), __imm_addr(vals) : __clobber_all);
}

char _license[] SEC("license") = "GPL";