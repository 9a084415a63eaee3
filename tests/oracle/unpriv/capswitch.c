/* capswitch.c, linked into the oracle loader with -Wl,--wrap=bpf_obj_get_info_by_fd
 * (run_unpriv.sh with XLATED=1): the loader loads every program as an unprivileged user - its
 * effective set loses CAP_SYS_ADMIN, CAP_NET_ADMIN, CAP_PERFMON and CAP_BPF before main() - and
 * reads each loaded program's info with them back. bpf_check() fixes the unprivileged rewrites
 * (Spectre v1 masks, nospec, dead-code traps) at load time from the caps it sees then, while
 * bpf_prog_get_info_by_fd() hides the xlated program from a caller without CAP_BPF: so the
 * dump is the program an unprivileged load made. The caps stay in the permitted set, which is
 * what lets them come back; capable() looks at the effective set only. */
#include <linux/capability.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef CAP_PERFMON
#define CAP_PERFMON 38
#endif
#ifndef CAP_BPF
#define CAP_BPF 39
#endif

static void set_effective(int on)
{
	struct __user_cap_header_struct hdr = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct data[2];
	const int caps[] = { CAP_SYS_ADMIN, CAP_NET_ADMIN, CAP_PERFMON, CAP_BPF };

	if (syscall(SYS_capget, &hdr, data)) {
		perror("capswitch: capget");
		exit(1);
	}
	for (unsigned i = 0; i < sizeof(caps) / sizeof(caps[0]); i++) {
		unsigned idx = caps[i] / 32, bit = 1u << (caps[i] % 32);
		if (on)
			data[idx].effective |= bit;
		else
			data[idx].effective &= ~bit;
	}
	if (syscall(SYS_capset, &hdr, data)) {
		perror("capswitch: capset");
		exit(1);
	}
}

__attribute__((constructor)) static void drop_at_start(void)
{
	set_effective(0);
}

int __real_bpf_obj_get_info_by_fd(int fd, void *info, unsigned int *len);

int __wrap_bpf_obj_get_info_by_fd(int fd, void *info, unsigned int *len)
{
	set_effective(1);
	int err = __real_bpf_obj_get_info_by_fd(fd, info, len);
	set_effective(0);
	return err;
}
