// SL-05 global-data lock: ids from ld_imm64
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct bpf_spin_lock glock SEC(".data.lk") = {};


SEC("tc") __naked void global_lock_kept_in_r6_ok(void)
{
	asm volatile (
	"r6 = %[glock] ll;\n"
	"r1 = r6;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = r6;\n"
	"call %[bpf_spin_unlock];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(glock), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("tc") __naked void global_lock_two_ld_imm64(void)
{
	asm volatile (
	"r1 = %[glock] ll;\n"
	"call %[bpf_spin_lock];\n"
	"r1 = %[glock] ll;\n"
	"call %[bpf_spin_unlock];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(glock), __imm(bpf_spin_lock), __imm(bpf_spin_unlock) : __clobber_all);
}

SEC("tc") __naked void global_lock_no_unlock(void)
{
	asm volatile (
	"r1 = %[glock] ll;\n"
	"call %[bpf_spin_lock];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(glock), __imm(bpf_spin_lock) : __clobber_all);
}

SEC("socket") __naked void global_lock_socket(void)
{
	asm volatile (
	"r1 = %[glock] ll;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(glock) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
