// SPDX-License-Identifier: GPL-2.0
/* A file placed as it would be in a kernel tree: its headers come from the selftests
 * directory above it (in_tree_helpers.h), not from the file's own directory. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "bpf_misc.h"
#include "in_tree_helpers.h"

SEC("socket")
__description("a selftests-directory header")
__success __retval(5)
__naked void from_tree_header(void)
{
	asm volatile ("r0 = %[v]; exit;" :: __imm_const(v, IN_TREE_VALUE) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
