// struct bpf_sock as a cgroup_sock ctx: every field read and written per attach type
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"




SEC("cgroup/sock_create") __naked void create_rd4_0(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 0);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd4_4(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 4);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd4_8(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 8);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd4_12(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 12);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd4_16(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 16);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd4_20(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 20);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd4_24(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 24);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd4_28(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 28);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd4_32(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 32);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd4_36(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 36);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd4_40(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 40);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd4_44(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 44);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd4_48(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 48);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd4_52(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 52);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd4_56(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 56);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd4_60(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 60);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd4_64(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 64);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd4_68(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 68);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd4_72(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 72);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd4_76(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 76);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd4_80(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 80);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd4_m4(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 - 4);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd1_0(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 0);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd1_4(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 4);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd1_5(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 5);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd1_8(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 8);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd1_12(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 12);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd1_16(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 16);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd1_24(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 24);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd1_25(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 25);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd1_28(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 28);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd1_31(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 31);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd1_44(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 44);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd1_45(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 45);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd1_48(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 48);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd1_49(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 49);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd1_50(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 50);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd1_52(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 52);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd1_72(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 72);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd1_73(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 73);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd1_76(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 76);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd2_4(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 4);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd2_6(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 6);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd2_24(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 24);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd2_26(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 26);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd2_44(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 44);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd2_46(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 46);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd2_48(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 48);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd2_50(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 50);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd2_72(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 72);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd2_76(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 76);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd8_0(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 0);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd8_16(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 16);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd8_24(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 24);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd8_48(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 48);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd8_56(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 56);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_rd8_72(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 72);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_wr4_0(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 0) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_wr4_4(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 4) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_wr4_8(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 8) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_wr4_12(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 12) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_wr4_16(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 16) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_wr4_20(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 20) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_wr4_24(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 24) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_wr4_28(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 28) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_wr4_32(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 32) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_wr4_44(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 44) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_wr4_48(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 48) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_wr4_52(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 52) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_wr4_56(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 56) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_wr4_72(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 72) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_wr4_76(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 76) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_wr4_80(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 80) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_wr1_0(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u8 *)(r1 + 0) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_wr1_16(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u8 *)(r1 + 16) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_wr1_17(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u8 *)(r1 + 17) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_wr1_20(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u8 *)(r1 + 20) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_wr2_16(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u16 *)(r1 + 16) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_wr2_18(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u16 *)(r1 + 18) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_create") __naked void create_wr8_16(void)
{
	asm volatile (
	"r2 = 7;\n"
	"*(u64 *)(r1 + 16) = r2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd4_0(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 0);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd4_4(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 4);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd4_8(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 8);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd4_12(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 12);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd4_16(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 16);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd4_20(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 20);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd4_24(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 24);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd4_28(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 28);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd4_32(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 32);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd4_36(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 36);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd4_40(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 40);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd4_44(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 44);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd4_48(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 48);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd4_52(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 52);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd4_56(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 56);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd4_60(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 60);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd4_64(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 64);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd4_68(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 68);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd4_72(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 72);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd4_76(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 76);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd4_80(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 80);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd4_m4(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 - 4);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd1_0(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 0);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd1_4(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 4);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd1_5(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 5);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd1_8(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 8);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd1_12(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 12);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd1_16(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 16);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd1_24(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 24);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd1_25(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 25);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd1_28(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 28);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd1_31(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 31);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd1_44(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 44);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd1_45(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 45);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd1_48(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 48);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd1_49(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 49);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd1_50(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 50);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd1_52(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 52);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd1_72(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 72);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd1_73(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 73);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd1_76(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 76);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd2_4(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 4);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd2_6(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 6);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd2_24(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 24);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd2_26(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 26);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd2_44(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 44);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd2_46(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 46);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd2_48(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 48);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd2_50(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 50);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd2_72(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 72);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd2_76(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 76);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd8_0(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 0);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd8_16(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 16);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd8_24(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 24);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd8_48(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 48);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd8_56(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 56);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_rd8_72(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 72);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_wr4_0(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 0) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_wr4_4(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 4) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_wr4_8(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 8) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_wr4_12(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 12) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_wr4_16(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 16) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_wr4_20(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 20) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_wr4_24(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 24) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_wr4_28(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 28) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_wr4_32(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 32) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_wr4_44(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 44) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_wr4_48(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 48) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_wr4_52(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 52) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_wr4_56(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 56) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_wr4_72(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 72) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_wr4_76(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 76) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_wr4_80(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 80) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_wr1_0(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u8 *)(r1 + 0) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_wr1_16(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u8 *)(r1 + 16) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_wr1_17(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u8 *)(r1 + 17) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_wr1_20(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u8 *)(r1 + 20) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_wr2_16(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u16 *)(r1 + 16) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_wr2_18(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u16 *)(r1 + 18) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock_release") __naked void release_wr8_16(void)
{
	asm volatile (
	"r2 = 7;\n"
	"*(u64 *)(r1 + 16) = r2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd4_0(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 0);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd4_4(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 4);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd4_8(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 8);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd4_12(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 12);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd4_16(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 16);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd4_20(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 20);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd4_24(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 24);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd4_28(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 28);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd4_32(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 32);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd4_36(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 36);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd4_40(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 40);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd4_44(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 44);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd4_48(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 48);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd4_52(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 52);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd4_56(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 56);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd4_60(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 60);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd4_64(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 64);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd4_68(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 68);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd4_72(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 72);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd4_76(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 76);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd4_80(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 80);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd4_m4(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 - 4);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd1_0(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 0);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd1_4(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 4);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd1_5(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 5);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd1_8(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 8);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd1_12(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 12);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd1_16(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 16);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd1_24(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 24);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd1_25(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 25);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd1_28(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 28);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd1_31(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 31);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd1_44(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 44);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd1_45(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 45);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd1_48(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 48);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd1_49(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 49);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd1_50(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 50);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd1_52(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 52);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd1_72(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 72);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd1_73(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 73);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd1_76(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 76);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd2_4(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 4);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd2_6(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 6);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd2_24(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 24);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd2_26(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 26);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd2_44(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 44);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd2_46(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 46);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd2_48(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 48);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd2_50(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 50);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd2_72(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 72);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd2_76(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 76);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd8_0(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 0);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd8_16(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 16);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd8_24(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 24);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd8_48(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 48);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd8_56(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 56);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_rd8_72(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 72);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_wr4_0(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 0) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_wr4_4(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 4) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_wr4_8(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 8) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_wr4_12(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 12) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_wr4_16(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 16) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_wr4_20(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 20) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_wr4_24(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 24) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_wr4_28(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 28) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_wr4_32(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 32) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_wr4_44(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 44) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_wr4_48(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 48) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_wr4_52(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 52) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_wr4_56(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 56) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_wr4_72(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 72) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_wr4_76(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 76) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_wr4_80(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 80) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_wr1_0(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u8 *)(r1 + 0) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_wr1_16(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u8 *)(r1 + 16) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_wr1_17(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u8 *)(r1 + 17) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_wr1_20(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u8 *)(r1 + 20) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_wr2_16(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u16 *)(r1 + 16) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_wr2_18(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u16 *)(r1 + 18) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind4") __naked void pb4_wr8_16(void)
{
	asm volatile (
	"r2 = 7;\n"
	"*(u64 *)(r1 + 16) = r2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd4_0(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 0);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd4_4(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 4);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd4_8(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 8);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd4_12(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 12);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd4_16(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 16);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd4_20(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 20);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd4_24(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 24);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd4_28(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 28);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd4_32(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 32);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd4_36(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 36);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd4_40(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 40);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd4_44(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 44);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd4_48(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 48);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd4_52(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 52);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd4_56(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 56);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd4_60(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 60);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd4_64(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 64);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd4_68(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 68);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd4_72(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 72);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd4_76(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 76);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd4_80(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 80);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd4_m4(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 - 4);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd1_0(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 0);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd1_4(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 4);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd1_5(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 5);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd1_8(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 8);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd1_12(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 12);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd1_16(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 16);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd1_24(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 24);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd1_25(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 25);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd1_28(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 28);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd1_31(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 31);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd1_44(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 44);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd1_45(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 45);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd1_48(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 48);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd1_49(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 49);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd1_50(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 50);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd1_52(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 52);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd1_72(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 72);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd1_73(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 73);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd1_76(void)
{
	asm volatile (
	"r0 = *(u8 *)(r1 + 76);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd2_4(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 4);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd2_6(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 6);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd2_24(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 24);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd2_26(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 26);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd2_44(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 44);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd2_46(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 46);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd2_48(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 48);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd2_50(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 50);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd2_72(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 72);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd2_76(void)
{
	asm volatile (
	"r0 = *(u16 *)(r1 + 76);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd8_0(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 0);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd8_16(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 16);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd8_24(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 24);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd8_48(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 48);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd8_56(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 56);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_rd8_72(void)
{
	asm volatile (
	"r0 = *(u64 *)(r1 + 72);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_wr4_0(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 0) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_wr4_4(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 4) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_wr4_8(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 8) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_wr4_12(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 12) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_wr4_16(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 16) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_wr4_20(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 20) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_wr4_24(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 24) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_wr4_28(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 28) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_wr4_32(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 32) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_wr4_44(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 44) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_wr4_48(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 48) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_wr4_52(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 52) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_wr4_56(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 56) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_wr4_72(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 72) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_wr4_76(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 76) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_wr4_80(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 80) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_wr1_0(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u8 *)(r1 + 0) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_wr1_16(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u8 *)(r1 + 16) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_wr1_17(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u8 *)(r1 + 17) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_wr1_20(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u8 *)(r1 + 20) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_wr2_16(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u16 *)(r1 + 16) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_wr2_18(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u16 *)(r1 + 18) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/post_bind6") __naked void pb6_wr8_16(void)
{
	asm volatile (
	"r2 = 7;\n"
	"*(u64 *)(r1 + 16) = r2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock") __naked void sock_rd4_16(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 16);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock") __naked void sock_rd4_24(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 24);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock") __naked void sock_rd4_44(void)
{
	asm volatile (
	"r0 = *(u32 *)(r1 + 44);\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

SEC("cgroup/sock") __naked void sock_wr4_16(void)
{
	asm volatile (
	"w2 = 7;\n"
	"*(u32 *)(r1 + 16) = w2;\n"
	"r0 = 1;\n"
	"exit;\n"
	: : : __clobber_all);
}

char _license[] SEC("license") = "GPL";
