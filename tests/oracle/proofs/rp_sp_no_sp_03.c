#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct val_timers { struct bpf_timer f0; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct val_timers); } timers SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_LPM_TRIE); __uint(max_entries, 16); __uint(map_flags, BPF_F_NO_PREALLOC); __type(key, __u64); __type(value, __u64); } lpm SEC(".maps");

SEC("lsm/file_open") __naked void rp_sp_no_sp_03(void)
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