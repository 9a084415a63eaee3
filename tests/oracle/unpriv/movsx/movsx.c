// 6.12 BPF_MOVSX of a pointer, unprivileged
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"




SEC("socket") __naked void movsx_ptr_unpriv(void)
{
	asm volatile (
	".8byte 0x00000000002012bf;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void movsx32_ptr_unpriv(void)
{
	asm volatile (
	".8byte 0x00000000000812bc;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void movsx_scalar_unpriv(void)
{
	asm volatile (
	"r1 = -1;\n"
	".8byte 0x00000000000812bf;\n"
	"r0 = r2;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("socket") __naked void movsx_fp_dst_unpriv(void)
{
	asm volatile (
	"r1 = 1;\n"
	".8byte 0x0000000000081abf;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : : __clobber_all);
}

char _license[] SEC("license") = "GPL";
