// tail calls from bpf_loop / for_each / timer callbacks
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct val { int cnt; struct bpf_spin_lock lock; };
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 4); __type(key, int); __type(value, int); } jt SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 8); __type(key, int); __type(value, int); } jt2 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, int); __type(value, __u64); } arr SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, int); __type(value, struct val); } lk SEC(".maps");

struct tv { struct bpf_timer t; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, int); __type(value, struct tv); } tmr SEC(".maps");

static __naked __attribute__((noinline, used)) int loop_cb_tc(void);
static __naked __attribute__((noinline, used)) int foreach_cb_tc(void);
static __naked __attribute__((noinline, used)) int timer_cb_dead_tc(void);

static __naked __attribute__((noinline, used)) int loop_cb_tc(void)
{
	asm volatile (
	"r1 = *(u64 *)(r2 + 0);\n"
	"r2 = %[jt] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int foreach_cb_tc(void)
{
	asm volatile (
	"r1 = *(u64 *)(r4 + 0);\n"
	"r2 = %[jt] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int timer_cb_dead_tc(void)
{
	asm volatile (
	"r0 = 0;\n"
	"if r0 != 0 goto l0_%=;\n"
	"exit;\n"
	"l0_%=: r2 = %[jt] ll;\n"
	"r3 = 0;\n"
	"call %[bpf_tail_call];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(jt), __imm(bpf_tail_call) : __clobber_all);
}

/* open question 6: tail call from a synchronous callback */
SEC("tc") __naked void bpf_loop_cb_tail_call(void)
{
	asm volatile (
	"*(u64 *)(r10 - 8) = r1;\n"
	"r1 = 1;\n"
	"r2 = %[loop_cb_tc] ll;\n"
	"r3 = r10;\n"
	"r3 += -8;\n"
	"r4 = 0;\n"
	"call %[bpf_loop];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(loop_cb_tc), __imm(bpf_loop) : __clobber_all);
}

SEC("tc") __naked void for_each_cb_tail_call(void)
{
	asm volatile (
	"*(u64 *)(r10 - 8) = r1;\n"
	"r1 = %[arr] ll;\n"
	"r2 = %[foreach_cb_tc] ll;\n"
	"r3 = r10;\n"
	"r3 += -8;\n"
	"r4 = 0;\n"
	"call %[bpf_for_each_map_elem];\n"
	"r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm_addr(foreach_cb_tc), __imm(bpf_for_each_map_elem) : __clobber_all);
}

/* the tail call in the async callback is on a dead branch so do_check passes */
SEC("tc") __naked void timer_cb_has_tail_call(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[tmr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r2 = %[tmr] ll;\n"
	"r3 = 1;\n"
	"call %[bpf_timer_init];\n"
	"r1 = r6;\n"
	"r2 = %[timer_cb_dead_tc] ll;\n"
	"call %[bpf_timer_set_callback];\n"
	"l0_%=:r0 = 1;\n"
	"exit;\n"
	: : __imm_addr(tmr), __imm(bpf_map_lookup_elem), __imm(bpf_timer_init), __imm_addr(timer_cb_dead_tc), __imm(bpf_timer_set_callback) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
