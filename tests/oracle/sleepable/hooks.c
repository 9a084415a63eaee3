// SP-01/02/03 sleepable attach targets and sleepable-only helpers
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


SEC("lsm.s/bprm_committed_creds") __naked void lsm_s_bprm_committed_creds(void)
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

SEC("lsm.s/bprm_check_security") __naked void lsm_s_bprm_check_security(void)
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

SEC("lsm.s/file_open") __naked void lsm_s_file_open(void)
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

SEC("lsm.s/bpf") __naked void lsm_s_bpf(void)
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

SEC("lsm.s/bpf_map") __naked void lsm_s_bpf_map(void)
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

SEC("lsm.s/task_alloc") __naked void lsm_s_task_alloc(void)
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

SEC("lsm.s/socket_create") __naked void lsm_s_socket_create(void)
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

SEC("lsm.s/inode_create") __naked void lsm_s_inode_create(void)
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

SEC("lsm.s/sb_mount") __naked void lsm_s_sb_mount(void)
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

SEC("lsm.s/file_mprotect") __naked void lsm_s_file_mprotect(void)
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

SEC("lsm.s/task_free") __naked void lsm_s_task_free(void)
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

SEC("lsm.s/inode_permission") __naked void lsm_s_inode_permission(void)
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

SEC("lsm.s/socket_sendmsg") __naked void lsm_s_socket_sendmsg(void)
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

SEC("lsm.s/mmap_file") __naked void lsm_s_mmap_file(void)
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

SEC("lsm.s/file_mprotect") __naked void lsm_s_no_sleeping_call(void)
{
	asm volatile (
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("lsm/bprm_committed_creds") __naked void lsm_copy_nonsleepable(void)
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

SEC("lsm/bprm_committed_creds") __naked void lsm_copy_task_nonsleepable(void)
{
	asm volatile (
	"call %[bpf_get_current_task_btf];\n"
	"r4 = r0;\n"
	"r1 = r10;\n"
	"r1 += -16;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"r5 = 0;\n"
	"call %[bpf_copy_from_user_task];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_current_task_btf), __imm(bpf_copy_from_user_task) : __clobber_all);
}

SEC("lsm.s/bprm_committed_creds") __naked void lsm_s_copy_task(void)
{
	asm volatile (
	"call %[bpf_get_current_task_btf];\n"
	"r4 = r0;\n"
	"r1 = r10;\n"
	"r1 += -16;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"r5 = 0;\n"
	"call %[bpf_copy_from_user_task];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_current_task_btf), __imm(bpf_copy_from_user_task) : __clobber_all);
}

SEC("fentry.s/do_nanosleep") __naked void fentry_s_do_nanosleep(void)
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

SEC("fexit.s/do_nanosleep") __naked void fexit_s_do_nanosleep(void)
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

SEC("fmod_ret.s/security_file_open") __naked void fmod_ret_s_security_file_open(void)
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

SEC("fentry/do_nanosleep") __naked void fentry_copy_nonsleepable(void)
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

SEC("syscall") __naked void syscall_copy(void)
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

SEC("iter.s/task") __naked void iter_s_task_copy(void)
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

SEC("iter/task") __naked void iter_task_copy_nonsleepable(void)
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

SEC("tc") __naked void tc_copy_from_user(void)
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

SEC("kprobe/do_nanosleep") __naked void kprobe_copy(void)
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
