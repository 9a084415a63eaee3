#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct { __u8 b[16]; }); } vals SEC(".maps");

SEC("socket") __naked void rp_range_cve_2020_8835_jmp32_jge(void)
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
	"r1 = 0x2123108570914222 ll;"
	"r7 &= r1;"
	"r1 = 0x20000400800022 ll;"
	"r7 |= r1;"
	"r1 = 0x20408090020a09 ll;"
	"if r7 < r1 goto l39_%=;"
	"r1 = 0x2021408090020a12 ll;"
	"if r7 > r1 goto l39_%=;"
	"r1 = 0x20408090020a09 ll;"
	"if r7 s< r1 goto l39_%=;"
	"r1 = 0x2021408090020a12 ll;"
	"if r7 s> r1 goto l39_%=;"
	"if w7 < 17138692 goto l39_%=;"
	"if w7 > 1140885640 goto l39_%=;"
	"if w7 s< 17138692 goto l39_%=;"
	"if w7 s> 1140885640 goto l39_%=;"
	"if w7 >= 1073742385 goto l35_%=;"
	"goto l39_%=;"
	"l35_%=:"
	"if w7 == -1870525918 goto l39_%=;"
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