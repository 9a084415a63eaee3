#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct pair { __u64 a; __u64 b; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, struct pair); } vals SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } rb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_USER_RINGBUF); __uint(max_entries, 4096); } urb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_QUEUE); __uint(max_entries, 2);
         __uint(key_size, 0); __uint(value_size, 8); } q SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_STACK); __uint(max_entries, 2);
         __uint(key_size, 0); __uint(value_size, 8); } stk SEC(".maps");

static __naked __attribute__((noinline, used)) int find_vma_cb_ok(void);
static __naked __attribute__((noinline, used)) int find_vma_cb_reads_ctx(void);
static __naked __attribute__((noinline, used)) int drain_cb_ok(void);
static __naked __attribute__((noinline, used)) int drain_cb_reads_ctx(void);
static __naked __attribute__((noinline, used)) int drain_cb_slice_checked(void);
static __naked __attribute__((noinline, used)) int drain_cb_slice_unchecked(void);
static __naked __attribute__((noinline, used)) int drain_cb_read(void);

SEC("xdp") __naked void raw_check_syncookie_ipv4(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"*(u64 *)(r10 - 24) = r1;\n"
	"*(u64 *)(r10 - 32) = r1;\n"
	"*(u64 *)(r10 - 40) = r1;\n"
	"*(u64 *)(r10 - 48) = r1;\n"
	"*(u64 *)(r10 - 56) = r1;\n"
	"*(u64 *)(r10 - 64) = r1;\n"
	"r1 = r10;\n"
	"r1 += -40;\n"
	"r2 = r10;\n"
	"r2 += -20;\n"
	"call %[bpf_tcp_raw_check_syncookie_ipv4];\n"
	"r0 = 2;\n"
	"exit;\n"
	: : __imm(bpf_tcp_raw_check_syncookie_ipv4) : __clobber_all);
}

SEC("xdp") __naked void raw_check_syncookie_ipv4_short(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r1 = r10;\n"
	"r1 += -8;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"call %[bpf_tcp_raw_check_syncookie_ipv4];\n"
	"r0 = 2;\n"
	"exit;\n"
	: : __imm(bpf_tcp_raw_check_syncookie_ipv4) : __clobber_all);
}

SEC("xdp") __naked void raw_check_syncookie_ipv6(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"*(u64 *)(r10 - 24) = r1;\n"
	"*(u64 *)(r10 - 32) = r1;\n"
	"*(u64 *)(r10 - 40) = r1;\n"
	"*(u64 *)(r10 - 48) = r1;\n"
	"*(u64 *)(r10 - 56) = r1;\n"
	"*(u64 *)(r10 - 64) = r1;\n"
	"r1 = r10;\n"
	"r1 += -64;\n"
	"r2 = r10;\n"
	"r2 += -24;\n"
	"call %[bpf_tcp_raw_check_syncookie_ipv6];\n"
	"r0 = 2;\n"
	"exit;\n"
	: : __imm(bpf_tcp_raw_check_syncookie_ipv6) : __clobber_all);
}

SEC("xdp") __naked void raw_check_syncookie_ipv6_uninit(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 += -64;\n"
	"r2 = r10;\n"
	"r2 += -24;\n"
	"call %[bpf_tcp_raw_check_syncookie_ipv6];\n"
	"r0 = 2;\n"
	"exit;\n"
	: : __imm(bpf_tcp_raw_check_syncookie_ipv6) : __clobber_all);
}

SEC("xdp") __naked void raw_gen_syncookie_ipv4(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"*(u64 *)(r10 - 24) = r1;\n"
	"*(u64 *)(r10 - 32) = r1;\n"
	"*(u64 *)(r10 - 40) = r1;\n"
	"*(u64 *)(r10 - 48) = r1;\n"
	"*(u64 *)(r10 - 56) = r1;\n"
	"*(u64 *)(r10 - 64) = r1;\n"
	"r1 = r10;\n"
	"r1 += -40;\n"
	"r2 = r10;\n"
	"r2 += -20;\n"
	"r3 = 20;\n"
	"call %[bpf_tcp_raw_gen_syncookie_ipv4];\n"
	"r0 = 2;\n"
	"exit;\n"
	: : __imm(bpf_tcp_raw_gen_syncookie_ipv4) : __clobber_all);
}

SEC("kprobe/do_nanosleep") __naked void task_pt_regs_read(void)
{
	asm volatile (
	"call %[bpf_get_current_task_btf];\n"
	"r1 = r0;\n"
	"call %[bpf_task_pt_regs];\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_current_task_btf), __imm(bpf_task_pt_regs) : __clobber_all);
}

SEC("kprobe/do_nanosleep") __naked void task_pt_regs_write(void)
{
	asm volatile (
	"call %[bpf_get_current_task_btf];\n"
	"r1 = r0;\n"
	"call %[bpf_task_pt_regs];\n"
	"r1 = 0;\n"
	"*(u64 *)(r0 + 0) = r1;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_current_task_btf), __imm(bpf_task_pt_regs) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int find_vma_cb_ok(void)
{
	asm volatile (
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int find_vma_cb_reads_ctx(void)
{
	asm volatile (
	"r0 = *(u64 *)(r3 + 0);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("kprobe/do_nanosleep") __naked void find_vma_ok(void)
{
	asm volatile (
	"call %[bpf_get_current_task_btf];\n"
	"r1 = r0;\n"
	"r2 = 0;\n"
	"r3 = %[find_vma_cb_ok] ll;\n"
	"r4 = 0;\n"
	"r5 = 0;\n"
	"call %[bpf_find_vma];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_current_task_btf), __imm_addr(find_vma_cb_ok), __imm(bpf_find_vma) : __clobber_all);
}

SEC("kprobe/do_nanosleep") __naked void find_vma_null_ctx_read(void)
{
	asm volatile (
	"call %[bpf_get_current_task_btf];\n"
	"r1 = r0;\n"
	"r2 = 0;\n"
	"r3 = %[find_vma_cb_reads_ctx] ll;\n"
	"r4 = 0;\n"
	"r5 = 0;\n"
	"call %[bpf_find_vma];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_current_task_btf), __imm_addr(find_vma_cb_reads_ctx), __imm(bpf_find_vma) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int drain_cb_ok(void)
{
	asm volatile (
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int drain_cb_reads_ctx(void)
{
	asm volatile (
	"r0 = *(u64 *)(r2 + 0);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void user_ringbuf_drain_ok(void)
{
	asm volatile (
	"r1 = %[urb] ll;\n"
	"r2 = %[drain_cb_ok] ll;\n"
	"r3 = 0;\n"
	"r4 = 0;\n"
	"call %[bpf_user_ringbuf_drain];\n"
	"exit;\n"
	: : __imm_addr(urb), __imm_addr(drain_cb_ok), __imm(bpf_user_ringbuf_drain) : __clobber_all);
}

SEC("tc") __naked void user_ringbuf_drain_null_ctx_read(void)
{
	asm volatile (
	"r1 = %[urb] ll;\n"
	"r2 = %[drain_cb_reads_ctx] ll;\n"
	"r3 = 0;\n"
	"r4 = 0;\n"
	"call %[bpf_user_ringbuf_drain];\n"
	"exit;\n"
	: : __imm_addr(urb), __imm_addr(drain_cb_reads_ctx), __imm(bpf_user_ringbuf_drain) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int drain_cb_slice_checked(void)
{
	asm volatile (
	"r2 = 0;\n"
	"r3 = 8;\n"
	"call %[bpf_dynptr_data];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_dynptr_data) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int drain_cb_slice_unchecked(void)
{
	asm volatile (
	"r2 = 0;\n"
	"r3 = 8;\n"
	"call %[bpf_dynptr_data];\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_dynptr_data) : __clobber_all);
}

static __naked __attribute__((noinline, used)) int drain_cb_read(void)
{
	asm volatile (
	"r3 = r1;\n"
	"r1 = r10;\n"
	"r1 += -8;\n"
	"r2 = 8;\n"
	"r4 = 0;\n"
	"r5 = 0;\n"
	"call %[bpf_dynptr_read];\n"
	"r0 = *(u64 *)(r10 - 8);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_dynptr_read) : __clobber_all);
}

SEC("tc") __naked void user_ringbuf_drain_slice_checked(void)
{
	asm volatile (
	"r1 = %[urb] ll;\n"
	"r2 = %[drain_cb_slice_checked] ll;\n"
	"r3 = 0;\n"
	"r4 = 0;\n"
	"call %[bpf_user_ringbuf_drain];\n"
	"exit;\n"
	: : __imm_addr(urb), __imm_addr(drain_cb_slice_checked), __imm(bpf_user_ringbuf_drain) : __clobber_all);
}

SEC("tc") __naked void user_ringbuf_drain_slice_unchecked(void)
{
	asm volatile (
	"r1 = %[urb] ll;\n"
	"r2 = %[drain_cb_slice_unchecked] ll;\n"
	"r3 = 0;\n"
	"r4 = 0;\n"
	"call %[bpf_user_ringbuf_drain];\n"
	"exit;\n"
	: : __imm_addr(urb), __imm_addr(drain_cb_slice_unchecked), __imm(bpf_user_ringbuf_drain) : __clobber_all);
}

SEC("tc") __naked void user_ringbuf_drain_read(void)
{
	asm volatile (
	"r1 = %[urb] ll;\n"
	"r2 = %[drain_cb_read] ll;\n"
	"r3 = 0;\n"
	"r4 = 0;\n"
	"call %[bpf_user_ringbuf_drain];\n"
	"exit;\n"
	: : __imm_addr(urb), __imm_addr(drain_cb_read), __imm(bpf_user_ringbuf_drain) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
