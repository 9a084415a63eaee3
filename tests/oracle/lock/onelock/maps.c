// SL-01/03 map BTF and program types that may not use bpf_spin_lock
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct val { int cnt; struct bpf_spin_lock lock; };          /* lock at offset 4 */
struct nolk { __u64 x; };
struct tval { struct bpf_spin_lock lock; int pad; struct bpf_timer t; };

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 2);
         __type(key, int); __type(value, struct val); } lk SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4);
         __type(key, int); __type(value, struct val); } lkh SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, struct nolk); } nolock SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, __u64); } scalarval SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __uint(key_size, 4); __uint(value_size, 8); } nobtf SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 2);
         __type(key, int); __type(value, int); } progs SEC(".maps");


SEC("socket") __naked void socket_filter_lock(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = *(u32 *)(r6 + 0);\n"
	"r1 += 1;\n"
	"*(u32 *)(r6 + 0) = r1;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("socket") __naked void socket_filter_refs_lock_map(void)
{
	asm volatile (
	"r1 = %[lk] ll;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk) : __clobber_all);
}

SEC("kprobe/do_nanosleep") __naked void kprobe_lock(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = *(u32 *)(r6 + 0);\n"
	"r1 += 1;\n"
	"*(u32 *)(r6 + 0) = r1;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("tracepoint/syscalls/sys_enter_nanosleep") __naked void tracepoint_lock(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = *(u32 *)(r6 + 0);\n"
	"r1 += 1;\n"
	"*(u32 *)(r6 + 0) = r1;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("raw_tp/sys_enter") __naked void raw_tp_lock(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = *(u32 *)(r6 + 0);\n"
	"r1 += 1;\n"
	"*(u32 *)(r6 + 0) = r1;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("lsm.s/bprm_committed_creds") __naked void sleepable_lsm_lock(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lk] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = *(u32 *)(r6 + 0);\n"
	"r1 += 1;\n"
	"*(u32 *)(r6 + 0) = r1;\n"
	"r1 = r6;\n"
	"r1 += 4;\n"
	"call %[bpf_spin_unlock];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("lsm.s/bprm_committed_creds") __naked void sleepable_lsm_refs_lock_map(void)
{
	asm volatile (
	"r1 = %[lk] ll;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lk) : __clobber_all);
}

SEC("tc") __naked void map_no_lock(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[nolock] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = r0;\n"
	"call %[bpf_spin_lock];\n"
	"r0 = 0;\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(nolock), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock) : __clobber_all);
}

SEC("tc") __naked void map_scalar_value(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[scalarval] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = r0;\n"
	"call %[bpf_spin_lock];\n"
	"r0 = 0;\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(scalarval), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock) : __clobber_all);
}

SEC("tc") __naked void map_without_btf(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[nobtf] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = r0;\n"
	"call %[bpf_spin_lock];\n"
	"r0 = 0;\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(nobtf), __imm(bpf_map_lookup_elem), __imm(bpf_spin_lock) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
