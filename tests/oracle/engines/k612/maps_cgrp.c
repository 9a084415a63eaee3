// Linux 6.2+ cgroup storage (BPF_MAP_TYPE_CGRP_STORAGE = 32, helpers 210/211 called by number:
// 6.1's headers have neither); labelled on 6.12 only (6.1 cannot create the map).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, 32); __uint(map_flags, BPF_F_NO_PREALLOC);
         __type(key, int); __type(value, __u64); } cgrps SEC(".maps");


SEC("tp_btf/cgroup_mkdir") __naked void cgrp_storage_get_inc(void)
{
	asm volatile (
	"r2 = *(u64 *)(r1 + 0);\n"
	"r1 = %[cgrps] ll;\n"
	"r3 = 0;\n"
	"r4 = 1;\n"
	"call 210;\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = *(u64 *)(r0 + 0);\n"
	"r1 += 1;\n"
	"*(u64 *)(r0 + 0) = r1;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(cgrps) : __clobber_all);
}

SEC("tp_btf/cgroup_mkdir") __naked void cgrp_storage_past_value(void)
{
	asm volatile (
	"r2 = *(u64 *)(r1 + 0);\n"
	"r1 = %[cgrps] ll;\n"
	"r3 = 0;\n"
	"r4 = 1;\n"
	"call 210;\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = *(u64 *)(r0 + 8);\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(cgrps) : __clobber_all);
}

SEC("tp_btf/cgroup_mkdir") __naked void cgrp_storage_delete(void)
{
	asm volatile (
	"r2 = *(u64 *)(r1 + 0);\n"
	"r1 = %[cgrps] ll;\n"
	"call 211;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(cgrps) : __clobber_all);
}

SEC("tp_btf/cgroup_mkdir") __naked void cgrp_storage_scalar_owner(void)
{
	asm volatile (
	"r2 = 0;\n"
	"r1 = %[cgrps] ll;\n"
	"call 211;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(cgrps) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
