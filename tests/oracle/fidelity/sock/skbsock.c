// __sk_buff's socket fields and tstamp read by cgroup_skb: the loads through skb->sk
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"




SEC("cgroup_skb/ingress") __naked void cgskb_rd4_88(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 88);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_self4_88(void)
{
	asm volatile (
	"r1 = *(u32 *)(r1 + 88);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd4_92(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 92);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_self4_92(void)
{
	asm volatile (
	"r1 = *(u32 *)(r1 + 92);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd4_96(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 96);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_self4_96(void)
{
	asm volatile (
	"r1 = *(u32 *)(r1 + 96);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd4_100(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 100);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_self4_100(void)
{
	asm volatile (
	"r1 = *(u32 *)(r1 + 100);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd4_104(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 104);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_self4_104(void)
{
	asm volatile (
	"r1 = *(u32 *)(r1 + 104);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd4_108(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 108);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_self4_108(void)
{
	asm volatile (
	"r1 = *(u32 *)(r1 + 108);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd4_112(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 112);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_self4_112(void)
{
	asm volatile (
	"r1 = *(u32 *)(r1 + 112);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd4_116(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 116);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_self4_116(void)
{
	asm volatile (
	"r1 = *(u32 *)(r1 + 116);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd4_120(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 120);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_self4_120(void)
{
	asm volatile (
	"r1 = *(u32 *)(r1 + 120);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd4_124(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 124);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_self4_124(void)
{
	asm volatile (
	"r1 = *(u32 *)(r1 + 124);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd4_128(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 128);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_self4_128(void)
{
	asm volatile (
	"r1 = *(u32 *)(r1 + 128);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd4_132(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 132);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_self4_132(void)
{
	asm volatile (
	"r1 = *(u32 *)(r1 + 132);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd4_136(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 136);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_self4_136(void)
{
	asm volatile (
	"r1 = *(u32 *)(r1 + 136);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd8_152(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 152);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd4_152(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 152);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_self4_152(void)
{
	asm volatile (
	"r1 = *(u32 *)(r1 + 152);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd1_88(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 88);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_self1_88(void)
{
	asm volatile (
	"r1 = *(u8 *)(r1 + 88);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd1_89(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 89);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd1_90(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 90);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd1_92(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 92);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd1_132(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 132);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_self1_132(void)
{
	asm volatile (
	"r1 = *(u8 *)(r1 + 132);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd1_133(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 133);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd1_134(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 134);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd1_136(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 136);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd1_137(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 137);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd2_88(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 88);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_self2_88(void)
{
	asm volatile (
	"r1 = *(u16 *)(r1 + 88);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd2_90(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 90);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd2_100(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 100);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd2_132(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 132);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_self2_132(void)
{
	asm volatile (
	"r1 = *(u16 *)(r1 + 132);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd2_134(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 134);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd2_136(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 136);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup_skb/ingress") __naked void cgskb_rd2_138(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 138);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

char _license[] SEC("license") = "GPL";
