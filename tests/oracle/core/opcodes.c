// CORE-05 unknown opcodes (cpu v4 encodings via .8byte) and reserved fields
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


SEC("socket") __naked void op_sdiv64_k(void)
{
	asm volatile (
	"r0 = -6;\n"
	".8byte 0x0000000300010037;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void op_smod64_x(void)
{
	asm volatile (
	"r0 = -7;\n"
	"r1 = 3;\n"
	".8byte 0x000000000001109f;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void op_movsx8(void)
{
	asm volatile (
	"r1 = 255;\n"
	".8byte 0x00000000000810bf;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void op_movsx32_alu(void)
{
	asm volatile (
	"r1 = 255;\n"
	".8byte 0x00000000000810bc;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void op_ldsx_b(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	".8byte 0x00000000fff8a091;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void op_bswap64(void)
{
	asm volatile (
	"r0 = 1;\n"
	".8byte 0x00000040000000d7;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void op_gotol(void)
{
	asm volatile (
	"r0 = 0;\n"
	".8byte 0x0000000000000006;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void op_gotol_imm1(void)
{
	asm volatile (
	"r0 = 0;\n"
	".8byte 0x0000000100000006;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void op_gotol_reachable(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 1;\n"
	".8byte 0x0000000000010015;\n"
	".8byte 0x0000000100000006;\n"
	"r0 = 5;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32) : __clobber_all);
}

SEC("socket") __naked void op_ja32_off1(void)
{
	asm volatile (
	"r0 = 0;\n"
	".8byte 0x0000000000010006;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void op_neg_x(void)
{
	asm volatile (
	"r0 = 1;\n"
	".8byte 0x000000000000108f;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void op_unknown_ff(void)
{
	asm volatile (
	"r0 = 0;\n"
	".8byte 0x00000000000000ff;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void op_atomic_u8(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	".8byte 0x00000000fff81ad3;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void op_atomic_bad_imm(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	".8byte 0x00000002fff81adb;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void op_atomic_fetch_add_ok(void)
{
	asm volatile (
	"r1 = 3;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r0 = 4;\n"
	".8byte 0x00000001fff80adb;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void op_cmpxchg_ok(void)
{
	asm volatile (
	"r1 = 3;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	"r0 = 3;\n"
	"r2 = 9;\n"
	".8byte 0x000000f1fff82adb;\n"
	"r0 = *(u64 *)(r10 - 8);\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void rsv_alu_src_k(void)
{
	asm volatile (
	"r0 = 0;\n"
	".8byte 0x0000000100001007;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void rsv_alu_off(void)
{
	asm volatile (
	"r0 = 0;\n"
	".8byte 0x0000000100010007;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void rsv_mov_imm_x(void)
{
	asm volatile (
	"r1 = 1;\n"
	".8byte 0x00000005000010bf;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void rsv_neg_src(void)
{
	asm volatile (
	"r0 = 1;\n"
	".8byte 0x0000000000001087;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void rsv_end_bad_imm(void)
{
	asm volatile (
	"r0 = 1;\n"
	".8byte 0x00000008000000d4;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void rsv_ldx_imm(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u64 *)(r10 - 8) = r1;\n"
	".8byte 0x00000001fff8a079;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void rsv_stx_imm(void)
{
	asm volatile (
	"r1 = 0;\n"
	".8byte 0x00000001fff81a7b;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void rsv_st_src(void)
{
	asm volatile (
	".8byte 0x00000001fff81a7a;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void rsv_jmp_imm_x(void)
{
	asm volatile (
	"r0 = 0;\n"
	"r1 = 0;\n"
	".8byte 0x000000010000101d;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void rsv_ja_imm(void)
{
	asm volatile (
	"r0 = 0;\n"
	".8byte 0x0000000100000005;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void rsv_call_off(void)
{
	asm volatile (
	".8byte 0x0000000700010085;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void rsv_exit_imm(void)
{
	asm volatile (
	"r0 = 0;\n"
	".8byte 0x0000000100000095;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void rsv_lddw_hi_opcode(void)
{
	asm volatile (
	".8byte 0x0000000100000018;\n"
	".8byte 0x0000000000000001;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void rsv_lddw_bad_src(void)
{
	asm volatile (
	".8byte 0x0000000100007018;\n"
	".8byte 0x0000000000000000;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void lddw_imm64_ok(void)
{
	asm volatile (
	"r0 = 0x100000002 ll;\n"
	"r0 >>= 32;\n"
	"exit;\n"
	: : : __clobber_all);
}

char _license[] SEC("license") = "GPL";
