"""Linux errno values the verifier and the helpers return (include/uapi/asm-generic/errno*.h and
include/linux/errno.h). Written out rather than taken from the stdlib `errno` module because the
host's values differ off Linux (EOPNOTSUPP is 102 on macOS) and ENOTSUPP is kernel-internal."""

EPERM = 1
ENOENT = 2
E2BIG = 7
EBADF = 9
ENOMEM = 12
EACCES = 13
EFAULT = 14
EBUSY = 16
EEXIST = 17
EINVAL = 22
ENOSPC = 28
EPROTO = 71
EOPNOTSUPP = 95
ENOTSUPP = 524      # kernel-internal (include/linux/errno.h), e.g. bpf_map_meta_alloc
