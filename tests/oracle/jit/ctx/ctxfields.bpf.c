#include <linux/bpf.h>

#include <bpf/bpf_helpers.h>

#include "oracle_asm.h"

SEC("tc")
__naked void tc_queue_mapping(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +12);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_protocol(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +16);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_vlan_present(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +20);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_vlan_tci(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +24);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_vlan_proto(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +28);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_ingress_ifindex(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +36);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_ifindex(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +40);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_tc_index(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +44);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_hash(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +68);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_tc_classid(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +72);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_napi_id(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +84);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_family(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +88);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_remote_ip4(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +92);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_local_ip4(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +96);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_remote_ip6(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +100);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_local_ip6(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +116);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_remote_port(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +132);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_local_port(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +136);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_data_meta(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +140);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_wire_len(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +160);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_gso_segs(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +164);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_gso_size(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +176);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_tstamp(void)
{
	asm volatile ("r0 = *(u64 *)(r1 +152);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_sk(void)
{
	asm volatile ("r0 = *(u64 *)(r1 +168);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_hwtstamp(void)
{
	asm volatile ("r0 = *(u64 *)(r1 +184);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("tc")
__naked void tc_tstamp_type(void)
{
	asm volatile ("r0 = *(u8 *)(r1 +180);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_queue_mapping(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +12);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_protocol(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +16);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_vlan_present(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +20);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_vlan_tci(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +24);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_vlan_proto(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +28);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_ingress_ifindex(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +36);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_ifindex(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +40);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_tc_index(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +44);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_hash(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +68);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_tc_classid(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +72);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_napi_id(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +84);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_family(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +88);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_remote_ip4(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +92);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_local_ip4(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +96);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_remote_ip6(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +100);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_local_ip6(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +116);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_remote_port(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +132);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_local_port(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +136);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_data_meta(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +140);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_wire_len(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +160);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_gso_segs(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +164);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_gso_size(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +176);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_tstamp(void)
{
	asm volatile ("r0 = *(u64 *)(r1 +152);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_sk(void)
{
	asm volatile ("r0 = *(u64 *)(r1 +168);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_hwtstamp(void)
{
	asm volatile ("r0 = *(u64 *)(r1 +184);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("socket")
__naked void sf_tstamp_type(void)
{
	asm volatile ("r0 = *(u8 *)(r1 +180);" "r0 = 0;" "exit;" ::: __clobber_all);
}

SEC("xdp")
__naked void xdp_rx_queue_index(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +16);" "r0 = 2;" "exit;" ::: __clobber_all);
}

SEC("xdp")
__naked void xdp_egress_ifindex(void)
{
	asm volatile ("r0 = *(u32 *)(r1 +20);" "r0 = 2;" "exit;" ::: __clobber_all);
}

char _license[] SEC("license") = "GPL";
