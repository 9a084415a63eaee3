/* dropcaps PROG ARGS: run PROG as test_loader runs an `@unpriv` subtest - without
 * CAP_SYS_ADMIN, CAP_NET_ADMIN, CAP_PERFMON and CAP_BPF, so bpf(2) sees an unprivileged loader.
 * The caps leave the bounding set too: execve() would otherwise hand root all of them back.
 * Static, for the oracle's busybox initramfs. */
#include <linux/capability.h>
#include <stdio.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef CAP_PERFMON
#define CAP_PERFMON 38
#endif
#ifndef CAP_BPF
#define CAP_BPF 39
#endif

int main(int argc, char **argv)
{
	struct __user_cap_header_struct hdr = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct data[2];
	const int drop[] = { CAP_SYS_ADMIN, CAP_NET_ADMIN, CAP_PERFMON, CAP_BPF };

	if (argc < 2) {
		fprintf(stderr, "usage: dropcaps PROG [ARGS]\n");
		return 2;
	}
	if (syscall(SYS_capget, &hdr, data)) {
		perror("capget");
		return 1;
	}
	for (unsigned i = 0; i < sizeof(drop) / sizeof(drop[0]); i++) {
		if (prctl(PR_CAPBSET_DROP, drop[i], 0, 0, 0)) {
			perror("PR_CAPBSET_DROP");
			return 1;
		}
	}
	for (unsigned i = 0; i < sizeof(drop) / sizeof(drop[0]); i++) {
		unsigned idx = drop[i] / 32, bit = 1u << (drop[i] % 32);
		data[idx].effective &= ~bit;
		data[idx].permitted &= ~bit;
		data[idx].inheritable &= ~bit;
	}
	if (syscall(SYS_capset, &hdr, data)) {
		perror("capset");
		return 1;
	}
	execv(argv[1], argv + 1);
	perror("execv");
	return 1;
}
