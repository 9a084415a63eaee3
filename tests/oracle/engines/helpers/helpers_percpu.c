#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct rq { int cpu; };      /* libbpf compares a struct by kind only */
extern const int bpf_prog_active __ksym;
extern const struct rq runqueues __ksym;


SEC("kprobe/do_nanosleep") __naked void this_cpu_ptr_read(void)
{
	asm volatile (
	"r1 = %[bpf_prog_active] ll;\n"
	"call %[bpf_this_cpu_ptr];\n"
	"r0 = *(u32 *)(r0 + 0);\n"
	"exit;\n"
	: : __imm_addr(bpf_prog_active), __imm(bpf_this_cpu_ptr) : __clobber_all);
}

SEC("kprobe/do_nanosleep") __naked void this_cpu_ptr_past_var(void)
{
	asm volatile (
	"r1 = %[bpf_prog_active] ll;\n"
	"call %[bpf_this_cpu_ptr];\n"
	"r0 = *(u32 *)(r0 + 4);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(bpf_prog_active), __imm(bpf_this_cpu_ptr) : __clobber_all);
}

SEC("kprobe/do_nanosleep") __naked void this_cpu_ptr_write(void)
{
	asm volatile (
	"r1 = %[bpf_prog_active] ll;\n"
	"call %[bpf_this_cpu_ptr];\n"
	"r1 = 0;\n"
	"*(u32 *)(r0 + 0) = r1;\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(bpf_prog_active), __imm(bpf_this_cpu_ptr) : __clobber_all);
}

SEC("kprobe/do_nanosleep") __naked void per_cpu_ptr_checked(void)
{
	asm volatile (
	"r1 = %[bpf_prog_active] ll;\n"
	"r2 = 0;\n"
	"call %[bpf_per_cpu_ptr];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u32 *)(r0 + 0);\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(bpf_prog_active), __imm(bpf_per_cpu_ptr) : __clobber_all);
}

SEC("kprobe/do_nanosleep") __naked void per_cpu_ptr_unchecked(void)
{
	asm volatile (
	"r1 = %[bpf_prog_active] ll;\n"
	"r2 = 1;\n"
	"call %[bpf_per_cpu_ptr];\n"
	"r0 = *(u32 *)(r0 + 0);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(bpf_prog_active), __imm(bpf_per_cpu_ptr) : __clobber_all);
}

SEC("kprobe/do_nanosleep") __naked void this_cpu_ptr_struct(void)
{
	asm volatile (
	"r1 = %[runqueues] ll;\n"
	"call %[bpf_this_cpu_ptr];\n"
	"r0 = *(u32 *)(r0 + 0);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(runqueues), __imm(bpf_this_cpu_ptr) : __clobber_all);
}

SEC("kprobe/do_nanosleep") __naked void this_cpu_ptr_scalar(void)
{
	asm volatile (
	"r1 = 0;\n"
	"call %[bpf_this_cpu_ptr];\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_this_cpu_ptr) : __clobber_all);
}

SEC("kprobe/do_nanosleep") __naked void percpu_var_direct_read(void)
{
	asm volatile (
	"r1 = %[bpf_prog_active] ll;\n"
	"r0 = *(u32 *)(r1 + 0);\n"
	"r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(bpf_prog_active) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
