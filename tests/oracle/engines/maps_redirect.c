#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_DEVMAP); __uint(max_entries, 4);
         __uint(key_size, 4); __uint(value_size, 4); } devs SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_DEVMAP_HASH); __uint(max_entries, 4);
         __uint(key_size, 4); __uint(value_size, 4); } devh SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_CPUMAP); __uint(max_entries, 4);
         __uint(key_size, 4); __uint(value_size, 4); } cpus SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_XSKMAP); __uint(max_entries, 4);
         __uint(key_size, 4); __uint(value_size, 4); } xsks SEC(".maps");


SEC("xdp") __naked void redir_devmap_miss_pass(void)
{
	asm volatile (
	"r1 = %[devs] ll;\n"
	"r2 = 0;\n"
	"r3 = 2;\n"
	"call %[bpf_redirect_map];\n"
	"exit;\n"
	: : __imm_addr(devs), __imm(bpf_redirect_map) : __clobber_all);
}

SEC("xdp") __naked void redir_devmap_hit(void)
{
	asm volatile (
	"r1 = %[devs] ll;\n"
	"r2 = 0;\n"
	"r3 = 2;\n"
	"call %[bpf_redirect_map];\n"
	"exit;\n"
	: : __imm_addr(devs), __imm(bpf_redirect_map) : __clobber_all);
}

SEC("xdp") __naked void redir_devmap_bad_flags(void)
{
	asm volatile (
	"r1 = %[devs] ll;\n"
	"r2 = 0;\n"
	"r3 = 33;\n"
	"call %[bpf_redirect_map];\n"
	"exit;\n"
	: : __imm_addr(devs), __imm(bpf_redirect_map) : __clobber_all);
}

SEC("xdp") __naked void redir_devmap_broadcast_miss(void)
{
	asm volatile (
	"r1 = %[devs] ll;\n"
	"r2 = 0;\n"
	"r3 = 8;\n"
	"call %[bpf_redirect_map];\n"
	"exit;\n"
	: : __imm_addr(devs), __imm(bpf_redirect_map) : __clobber_all);
}

SEC("xdp") __naked void redir_devmap_index_past_end(void)
{
	asm volatile (
	"r1 = %[devs] ll;\n"
	"r2 = 9;\n"
	"r3 = 1;\n"
	"call %[bpf_redirect_map];\n"
	"exit;\n"
	: : __imm_addr(devs), __imm(bpf_redirect_map) : __clobber_all);
}

SEC("xdp") __naked void redir_devmap_hit_then_bad(void)
{
	asm volatile (
	"r1 = %[devs] ll;\n"
	"r2 = 0;\n"
	"r3 = 2;\n"
	"call %[bpf_redirect_map];\n"
	"if r0 != 4 goto l9_%=;\n"
	"r0 = *(u64 *)(r10 + 8);\n"
	"l9_%=:exit;\n"
	: : __imm_addr(devs), __imm(bpf_redirect_map) : __clobber_all);
}

SEC("xdp") __naked void redir_devhash_miss(void)
{
	asm volatile (
	"r1 = %[devh] ll;\n"
	"r2 = 7;\n"
	"r3 = 3;\n"
	"call %[bpf_redirect_map];\n"
	"exit;\n"
	: : __imm_addr(devh), __imm(bpf_redirect_map) : __clobber_all);
}

SEC("xdp") __naked void redir_devhash_hit(void)
{
	asm volatile (
	"r1 = %[devh] ll;\n"
	"r2 = 7;\n"
	"r3 = 3;\n"
	"call %[bpf_redirect_map];\n"
	"exit;\n"
	: : __imm_addr(devh), __imm(bpf_redirect_map) : __clobber_all);
}

SEC("xdp") __naked void redir_cpumap_miss(void)
{
	asm volatile (
	"r1 = %[cpus] ll;\n"
	"r2 = 1;\n"
	"r3 = 1;\n"
	"call %[bpf_redirect_map];\n"
	"exit;\n"
	: : __imm_addr(cpus), __imm(bpf_redirect_map) : __clobber_all);
}

SEC("xdp") __naked void redir_cpumap_broadcast(void)
{
	asm volatile (
	"r1 = %[cpus] ll;\n"
	"r2 = 1;\n"
	"r3 = 8;\n"
	"call %[bpf_redirect_map];\n"
	"exit;\n"
	: : __imm_addr(cpus), __imm(bpf_redirect_map) : __clobber_all);
}

SEC("xdp") __naked void redir_xskmap_miss(void)
{
	asm volatile (
	"r1 = %[xsks] ll;\n"
	"r2 = 0;\n"
	"r3 = 2;\n"
	"call %[bpf_redirect_map];\n"
	"exit;\n"
	: : __imm_addr(xsks), __imm(bpf_redirect_map) : __clobber_all);
}

SEC("xdp") __naked void redir_xskmap_broadcast(void)
{
	asm volatile (
	"r1 = %[xsks] ll;\n"
	"r2 = 0;\n"
	"r3 = 8;\n"
	"call %[bpf_redirect_map];\n"
	"exit;\n"
	: : __imm_addr(xsks), __imm(bpf_redirect_map) : __clobber_all);
}

SEC("xdp") __naked void devmap_lookup_read(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[devs] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u32 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(devs), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("xdp") __naked void devmap_lookup_write(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[devs] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = 1;\n"
	"*(u32 *)(r0 + 0) = r1;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(devs), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("xdp") __naked void devmap_lookup_past_value(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[devs] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u32 *)(r0 + 4);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(devs), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("xdp") __naked void devhash_lookup_read(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[devh] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u32 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(devh), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("xdp") __naked void xskmap_lookup_read(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[xsks] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u32 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(xsks), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("xdp") __naked void xskmap_lookup_past_end(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[xsks] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u32 *)(r0 + 4);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(xsks), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("xdp") __naked void cpumap_lookup(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[cpus] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = 1;\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(cpus), __imm(bpf_map_lookup_elem) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
