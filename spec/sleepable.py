"""Which attach targets may be sleepable (SP-01, SP-02), as data for Debian's 6.1 and 6.12.

Why data: the allowlists differ between kernels and configs (Debian 6.1 has no
CONFIG_FUNCTION_ERROR_INJECTION, so no fentry.s target is allowed at all). A different kernel is a
different `SleepableTable`, dropped in through the rule set, not a code change.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# kernel/bpf/bpf_lsm.c BTF_SET(sleepable_lsm_hooks), 6.1, hook names without the bpf_lsm_ prefix
# as Debian 6.1.192 answers (tests/oracle/lsmhooks): it adds capget, capset and cred_prepare, and
# refuses bpf_prog_{alloc,free}_security, file_{alloc,free}_security, inode_need_killpriv, task_to_inode.
SLEEPABLE_LSM_HOOKS_61 = frozenset("""
bpf bpf_map bpf_map_alloc_security bpf_map_free_security bpf_prog
file_ioctl file_lock file_open
file_receive inet_conn_established inode_create inode_free_security inode_getattr inode_getxattr
inode_mknod inode_post_setxattr inode_readlink inode_rename inode_rmdir
inode_setattr inode_setxattr inode_symlink inode_unlink kernel_module_request kernel_read_file
kernfs_init_security key_free mmap_file netlink_send path_notify release_secctx sb_alloc_security
sb_eat_lsm_opts sb_kern_mount sb_mount sb_remount sb_set_mnt_opts sb_show_options sb_statfs
sb_umount settime socket_accept socket_bind socket_connect socket_create socket_getpeername
socket_getpeersec_dgram socket_getsockname socket_getsockopt socket_listen socket_post_create
socket_recvmsg socket_sendmsg socket_shutdown socket_socketpair syslog task_alloc
current_getsecid_subj task_getsecid_obj task_prctl task_setscheduler userns_create
bprm_check_security bprm_committed_creds bprm_committing_creds bprm_creds_for_exec
bprm_creds_from_file capget capset cred_prepare
""".split())

# Debian 6.12.95, as the oracle answered (tests/oracle/lsmhooks: an lsm.s program on every
# bpf_lsm_* hook of its BTF; these are the loads that passed).
SLEEPABLE_LSM_HOOKS_612 = frozenset("""
bpf bpf_map bpf_map_create bpf_map_free bpf_prog bpf_prog_free bpf_prog_load bpf_token_capable
bpf_token_cmd bpf_token_create bpf_token_free bprm_check_security bprm_committed_creds
bprm_committing_creds bprm_creds_for_exec bprm_creds_from_file capget capset cred_prepare
current_getsecid_subj file_ioctl file_lock file_open file_post_open file_receive inode_create
inode_free_security inode_getattr inode_getxattr inode_mknod inode_post_setxattr inode_readlink
inode_rename inode_rmdir inode_setattr inode_setxattr inode_symlink inode_unlink
kernel_module_request kernel_read_file kernfs_init_security mmap_file netlink_send path_chmod
path_chown path_link path_mkdir path_notify path_rename path_rmdir path_symlink path_truncate
path_unlink release_secctx sb_alloc_security sb_eat_lsm_opts sb_kern_mount sb_mount sb_remount
sb_set_mnt_opts sb_show_options sb_statfs sb_umount settime socket_accept socket_bind socket_connect
socket_create socket_getpeername socket_getpeersec_dgram socket_getsockname socket_getsockopt
socket_listen socket_post_create socket_recvmsg socket_sendmsg socket_shutdown socket_socketpair
syslog task_alloc task_getsecid_obj task_prctl task_setscheduler userns_create
""".split())

# LSM hooks whose return type is void: check_return_code() skips R0 entirely for them.
VOID_LSM_HOOKS = frozenset("""
bprm_committing_creds bprm_committed_creds sb_free_security sb_free_mnt_opts inode_free_security
inode_post_setxattr inode_invalidate_secctx d_instantiate file_free_security task_free cred_free
cred_transfer current_getsecid_subj task_getsecid_obj task_to_inode ipc_getsecid
msg_msg_free_security msg_queue_free_security shm_free_security sem_free_security release_secctx
sk_free_security sk_clone_security sock_graft inet_csk_clone inet_conn_established
secmark_refcount_inc secmark_refcount_dec req_classify_flow tun_dev_free_security
sctp_sk_clone key_free audit_rule_free bpf_map_free_security bpf_prog_free_security
xfrm_policy_free_security
""".split())

# btf_non_sleepable_error_inject (never sleepable even if on the error-injection list)
NON_SLEEPABLE_ERROR_INJECT = frozenset({"__filemap_add_folio", "should_fail_alloc_page",
                                        "should_failslab"})


@dataclass(frozen=True)
class SleepableTable:
    """One kernel's answer to "may this target be sleepable?"."""
    name: str
    lsm_hooks: frozenset
    error_injection: frozenset = frozenset()    # fentry.s targets (ALLOW_ERROR_INJECTION list)
    void_lsm_hooks: frozenset = VOID_LSM_HOOKS

    def lsm_ok(self, hook: str) -> bool:
        return hook.removeprefix("bpf_lsm_") in self.lsm_hooks

    def tracing_ok(self, func: str) -> bool:
        return func in self.error_injection and func not in NON_SLEEPABLE_ERROR_INJECT


# Debian 6.1.0-56 (6.1.192): CONFIG_FUNCTION_ERROR_INJECTION is off -> no fentry.s target.
DEBIAN_61 = SleepableTable("debian-6.1", SLEEPABLE_LSM_HOOKS_61, frozenset())
# Debian 6.12.95: still no CONFIG_FUNCTION_ERROR_INJECTION.
DEBIAN_612 = SleepableTable("debian-6.12", SLEEPABLE_LSM_HOOKS_612, frozenset())
TABLES = {"debian-6.1": DEBIAN_61, "debian-6.12": DEBIAN_612}
