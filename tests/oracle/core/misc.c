// alignment flags (sidecar), packet pointer invalidation, LD_IND, atomics, GPL helpers
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct val48 { __u64 a[6]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4);
         __type(key, int); __type(value, struct val48); } arr SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 16);
         __type(key, int); __type(value, __u64); } hmap SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 2);
         __type(key, int); __type(value, int); } progs SEC(".maps");


/* every fall-through keeps r0 unknown, so each branch pushes one pending state */
SEC("socket") __naked void jmp_seq_8200_too_complex(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	".rept 8200;\n"
	"if r0 == 5 goto +0;\n"
	".endr;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void jmp_seq_8000_ok(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	".rept 8000;\n"
	"if r0 == 5 goto +0;\n"
	".endr;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void align_strict_map_value(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = *(u32 *)(r0 + 2);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void align_default_map_value_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = *(u32 *)(r0 + 2);\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("tc") __naked void align_strict_pkt(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 76);\n"
	"r3 = *(u32 *)(r1 + 80);\n"
	"r0 = 0;\n"
	"r4 = r2;\n"
	"r4 += 14;\n"
	"if r4 > r3 goto l0_%=;\n"
	"r0 = *(u32 *)(r2 + 2);\n"
	"l0_%=: exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void align_strict_ctx_ok(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 0);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("xdp") __naked void xdp_adjust_head_invalidates(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r2 = *(u32 *)(r1 + 0);\n"
	"r3 = *(u32 *)(r1 + 4);\n"
	"r4 = r2;\n"
	"r4 += 8;\n"
	"if r4 > r3 goto l0_%=;\n"
	"r7 = r2;\n"
	"r1 = r6;\n"
	"r2 = 4;\n"
	"call %[bpf_xdp_adjust_head];\n"
	"r0 = *(u8 *)(r7 + 0);\n"
	"l0_%=: r0 = 2;\n"
	"exit;\n"
	: : __imm(bpf_xdp_adjust_head) : __clobber_all);
}

SEC("xdp") __naked void xdp_adjust_head_reload_ok(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r1 = r6;\n"
	"r2 = 4;\n"
	"call %[bpf_xdp_adjust_head];\n"
	"r1 = r6;\n"
	"r2 = *(u32 *)(r1 + 0);\n"
	"r3 = *(u32 *)(r1 + 4);\n"
	"r0 = 2;\n"
	"r4 = r2;\n"
	"r4 += 8;\n"
	"if r4 > r3 goto l0_%=;\n"
	"r0 = *(u8 *)(r2 + 0);\n"
	"r0 = 2;\n"
	"l0_%=: exit;\n"
	: : __imm(bpf_xdp_adjust_head) : __clobber_all);
}

SEC("socket") __naked void ld_ind_ok(void)
{
	asm volatile (
	"r6 = r1;\n"
	"r7 = 2;\n"
	".8byte 0x0000000700007050;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void atomic_xchg_map_value_ok(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[arr] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = 5;\n"
	".8byte 0x000000e1000010db;\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(arr), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void atomic_fetch_or_u32_stack_ok(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = 2;\n"
	".8byte 0x00000041fffc2ac3;\n"
	"r0 = *(u32 *)(r10 - 4);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("tc") __naked void atomic_on_pkt(void)
{
	asm volatile (
	"r2 = *(u32 *)(r1 + 76);\n"
	"r3 = *(u32 *)(r1 + 80);\n"
	"r4 = r2;\n"
	"r4 += 8;\n"
	"if r4 > r3 goto l0_%=;\n"
	"r5 = 1;\n"
	"lock *(u32 *)(r2 + 0) += r5;\n"
	"l0_%=:r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("kprobe/do_nanosleep") __naked void helper_gpl_probe_read_kernel_ok(void)
{
	asm volatile (
	"r1 = r10;\n"
	"r1 += -8;\n"
	"r2 = 8;\n"
	"r3 = 0;\n"
	"call %[bpf_probe_read_kernel];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_probe_read_kernel) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
