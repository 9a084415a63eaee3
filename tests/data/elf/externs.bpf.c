/* ELF reader fixture: __kconfig externs (libbpf's .kconfig map). */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern unsigned int LINUX_KERNEL_VERSION __kconfig;
extern _Bool LINUX_HAS_BPF_COOKIE __kconfig __weak;

SEC("tc")
int kver(struct __sk_buff *skb)
{
	if (LINUX_KERNEL_VERSION < ((6 << 16) | (1 << 8)))
		return 0;
	return LINUX_HAS_BPF_COOKIE + 1;
}

SEC("tc")
int kver_low(struct __sk_buff *skb)
{
	return LINUX_KERNEL_VERSION & 0xffff;   /* minor << 8 | patch as libbpf computes it */
}

char _license[] SEC("license") = "GPL";
