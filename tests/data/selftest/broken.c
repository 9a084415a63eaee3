// SPDX-License-Identifier: GPL-2.0
/* Does not compile: the runner must say so and exit 2, not report 0/0 PASSED. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "bpf_misc.h"

SEC("socket") __success
__naked void broken(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all)  /* no semicolon */
}
