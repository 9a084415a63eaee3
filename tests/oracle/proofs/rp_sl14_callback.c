#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct val_locks { struct bpf_spin_lock f0; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 2); __type(key, __u32); __type(value, struct val_locks); } locks SEC(".maps");

static __naked __attribute__((noinline, used)) int rp_sl14_callback_cb(void);

SEC("tc") __naked void rp_sl14_callback(void)
{
	asm volatile (
	"r1 = %[locks] ll;"
	"r2 = %[rp_sl14_callback_cb] ll;"
	"r3 = 0;"
	"r4 = 0;"
	"call %[bpf_for_each_map_elem];"
	"r0 = 0;"
	"exit;"
	:: __imm(bpf_for_each_map_elem), __imm_addr(locks), __imm_addr(rp_sl14_callback_cb) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int rp_sl14_callback_cb(void)
{
	asm volatile (
	"r6 = r3;"
	"r7 = r6;"
	"r1 = r7;"
	"call %[bpf_spin_lock];"
	"r0 = 0;"
	"exit;"
	:: __imm(bpf_spin_lock) : __clobber_all);
}

char _license[] SEC("license") = "GPL";