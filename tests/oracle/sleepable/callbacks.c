// SP-07 callbacks (timer = async, bpf_loop = sync), static and global subprograms
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct val { int cnt; struct bpf_spin_lock lock; };
struct tval { struct bpf_timer t; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 2); __type(key, int); __type(value, __u64); } arr SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4); __type(key, int); __type(value, __u64); } h SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 1); __type(key, int); __type(value, __u64); } pcpu SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_LRU_HASH); __uint(max_entries, 4); __type(key, int); __type(value, __u64); } lru SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 2); __type(key, int); __type(value, int); } pa SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, 4); __uint(value_size, 4); } pea SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_QUEUE); __uint(max_entries, 4); __uint(value_size, 8); } q SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_STACK); __uint(max_entries, 4); __uint(value_size, 8); } stk SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } rb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, int); __type(value, struct val); } lk SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, int); __type(value, struct tval); } tm SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_TASK_STORAGE); __uint(map_flags, BPF_F_NO_PREALLOC);
         __type(key, int); __type(value, __u64); } ts SEC(".maps");
__u64 fired SEC(".data.fired") = 7;
struct inner { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, int); __type(value, __u64); } in1 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS); __uint(max_entries, 1); __type(key, int);
         __array(values, struct inner); } aom SEC(".maps") = { .values = { [0] = &in1 } };

static __naked __attribute__((noinline, used)) int tcb_copy(void);
static __naked __attribute__((noinline, used)) int tcb_plain(void);
static __naked __attribute__((noinline, used)) int loop_cb_copy(void);
static __naked __attribute__((noinline, used)) int loop_cb_plain(void);
static __naked __attribute__((noinline, used)) int tcb_copy_user_addr(void);
static __naked __attribute__((noinline, used)) int spin_cb(void);
static __naked __attribute__((noinline, used)) int sub_copy(void);
__attribute__((section(".text"))) __naked __attribute__((noinline, used)) int glob_copy(void);

static __naked __attribute__((noinline, used)) int tcb_copy(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 += -16;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"call %[bpf_copy_from_user];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_copy_from_user) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int tcb_plain(void)
{
	asm volatile (
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int loop_cb_copy(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 += -16;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"call %[bpf_copy_from_user];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_copy_from_user) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int loop_cb_plain(void)
{
	asm volatile (
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

/* SP-07 gap: the timer callback runs in softirq context but inherits the program's sleepability */
SEC("lsm.s/bprm_committed_creds") __naked void sp07_timer_cb_copy_sleepable(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[tm] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r2 = %[tm] ll;\n"
	"r3 = 1;\n"
	"call %[bpf_timer_init];\n"
	"r1 = r6;\n"
	"r2 = %[tcb_copy] ll;\n"
	"call %[bpf_timer_set_callback];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(tm), __imm(bpf_map_lookup_elem), __imm(bpf_timer_init), __imm_addr(tcb_copy), __imm(bpf_timer_set_callback) : __clobber_all);
}

SEC("lsm/bprm_committed_creds") __naked void sp07_timer_cb_copy_nonsleepable(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[tm] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r2 = %[tm] ll;\n"
	"r3 = 1;\n"
	"call %[bpf_timer_init];\n"
	"r1 = r6;\n"
	"r2 = %[tcb_copy] ll;\n"
	"call %[bpf_timer_set_callback];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(tm), __imm(bpf_map_lookup_elem), __imm(bpf_timer_init), __imm_addr(tcb_copy), __imm(bpf_timer_set_callback) : __clobber_all);
}

SEC("lsm.s/bprm_committed_creds") __naked void sp07_timer_cb_plain_sleepable_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[tm] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r2 = %[tm] ll;\n"
	"r3 = 1;\n"
	"call %[bpf_timer_init];\n"
	"r1 = r6;\n"
	"r2 = %[tcb_plain] ll;\n"
	"call %[bpf_timer_set_callback];\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(tm), __imm(bpf_map_lookup_elem), __imm(bpf_timer_init), __imm_addr(tcb_plain), __imm(bpf_timer_set_callback) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int tcb_copy_user_addr(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 += -16;\n"
	"r2 = 8;\n"
	"r3 = 0x400000;\n"
	"call %[bpf_copy_from_user];\n"
	"if r0 != 0 goto l1_%=;\n"
	"r0 = *(u64 *)(r10 - 16);\n"
	"l1_%=: r1 = %[fired] ll;\n"
	"*(u64 *)(r1 + 0) = r0;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_copy_from_user), __imm_addr(fired) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int spin_cb(void)
{
	asm volatile (
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

/* SP-07 at run time: a syscall (sleepable, test-runnable) program starts a 0 ns timer whose callback copies 8 bytes from user address 0x400000 (the static oracle loader's ELF header) from softirq context and stores them, or the error, in `fired` (initially 7); the program spins in bpf_loop and returns `fired` */
SEC("syscall") __naked void sp07_syscall_timer_cb_copy_run(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[tm] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = r0;\n"
	"r1 = r6;\n"
	"r2 = %[tm] ll;\n"
	"r3 = 1;\n"
	"call %[bpf_timer_init];\n"
	"r1 = r6;\n"
	"r2 = %[tcb_copy_user_addr] ll;\n"
	"call %[bpf_timer_set_callback];\n"
	"r1 = r6;\n"
	"r2 = 0;\n"
	"r3 = 0;\n"
	"call %[bpf_timer_start];\n"
	"r1 = 1048576;\n"
	"r2 = %[spin_cb] ll;\n"
	"r3 = 0;\n"
	"r4 = 0;\n"
	"call %[bpf_loop];\n"
	"r1 = %[fired] ll;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(tm), __imm(bpf_map_lookup_elem), __imm(bpf_timer_init), __imm_addr(tcb_copy_user_addr), __imm(bpf_timer_set_callback), __imm(bpf_timer_start), __imm_addr(spin_cb), __imm(bpf_loop), __imm_addr(fired) : __clobber_all);
}

SEC("lsm.s/bprm_committed_creds") __naked void loop_cb_copy_sleepable(void)
{
	asm volatile (
	"r1 = 2;\n"
	"r2 = %[loop_cb_copy] ll;\n"
	"r3 = 0;\n"
	"r4 = 0;\n"
	"call %[bpf_loop];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(loop_cb_copy), __imm(bpf_loop) : __clobber_all);
}

SEC("lsm/bprm_committed_creds") __naked void loop_cb_copy_nonsleepable(void)
{
	asm volatile (
	"r1 = 2;\n"
	"r2 = %[loop_cb_copy] ll;\n"
	"r3 = 0;\n"
	"r4 = 0;\n"
	"call %[bpf_loop];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(loop_cb_copy), __imm(bpf_loop) : __clobber_all);
}

SEC("lsm.s/bprm_committed_creds") __naked void loop_cb_plain_sleepable_ok(void)
{
	asm volatile (
	"r1 = 2;\n"
	"r2 = %[loop_cb_plain] ll;\n"
	"r3 = 0;\n"
	"r4 = 0;\n"
	"call %[bpf_loop];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(loop_cb_plain), __imm(bpf_loop) : __clobber_all);
}

SEC("lsm.s/bprm_committed_creds") __naked void static_sub_copy_sleepable(void)
{
	asm volatile (
	"call sub_copy;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("lsm/bprm_committed_creds") __naked void static_sub_copy_nonsleepable(void)
{
	asm volatile (
	"call sub_copy;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int sub_copy(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 += -16;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"call %[bpf_copy_from_user];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_copy_from_user) : __clobber_all);
}

SEC("lsm.s/bprm_committed_creds") __naked void global_func_copy_sleepable(void)
{
	asm volatile (
	"call glob_copy;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("lsm/bprm_committed_creds") __naked void global_func_copy_nonsleepable(void)
{
	asm volatile (
	"call glob_copy;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

__attribute__((section(".text"))) __naked __attribute__((noinline, used)) int glob_copy(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 += -16;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"call %[bpf_copy_from_user];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_copy_from_user) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
