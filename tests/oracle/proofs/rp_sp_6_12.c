#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct val_timers { struct bpf_timer f0; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct val_timers); } timers SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_LPM_TRIE); __uint(max_entries, 16); __uint(map_flags, BPF_F_NO_PREALLOC); __type(key, __u64); __type(value, __u64); } lpm SEC(".maps");

static __naked __attribute__((noinline, used)) int rp_sp_6_12_f4(void);

SEC("lsm.s/file_open") __naked void rp_sp_6_12(void)
{
	asm volatile (
	"r1 = 0;"
	"*(u32 *)(r10 - 20) = r1;"
	"r2 = r10;"
	"r2 += -20;"
	"r1 = %[timers] ll;"
	"call %[bpf_map_lookup_elem];"
	"if r0 == 0 goto l22_%=;"
	"r7 = r0;"
	"r1 = r7;"
	"r2 = %[timers] ll;"
	"r3 = 1;"
	"call %[bpf_timer_init];"
	"r1 = r7;"
	"r2 = %[rp_sp_6_12_f4] ll;"
	"call %[bpf_timer_set_callback];"
	"r1 = r7;"
	"r2 = 0;"
	"r3 = 0;"
	"call %[bpf_timer_start];"
	"l22_%=:"
	"r0 = 0;"
	"exit;"
	:: __imm(bpf_map_lookup_elem), __imm(bpf_timer_init), __imm(bpf_timer_set_callback), __imm(bpf_timer_start), __imm_addr(rp_sp_6_12_f4), __imm_addr(timers) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int rp_sp_6_12_f4(void)
{
	asm volatile (
	"r1 = r10;"
	"r1 += -16;"
	"r2 = 8;"
	"r3 = 0;"
	"call %[bpf_copy_from_user];"
	"r0 = 0;"
	"exit;"
	:: __imm(bpf_copy_from_user) : __clobber_all);
}

char _license[] SEC("license") = "GPL";