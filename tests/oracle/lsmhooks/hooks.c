#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

SEC("lsm.s/audit_rule_free") __naked void s_audit_rule_free(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/audit_rule_init") __naked void s_audit_rule_init(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/audit_rule_known") __naked void s_audit_rule_known(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/audit_rule_match") __naked void s_audit_rule_match(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/backing_file_alloc") __naked void s_backing_file_alloc(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/backing_file_free") __naked void s_backing_file_free(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/bdev_alloc_security") __naked void s_bdev_alloc_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/bdev_free_security") __naked void s_bdev_free_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/bdev_setintegrity") __naked void s_bdev_setintegrity(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/binder_set_context_mgr") __naked void s_binder_set_context_mgr(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/binder_transaction") __naked void s_binder_transaction(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/binder_transfer_binder") __naked void s_binder_transfer_binder(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/binder_transfer_file") __naked void s_binder_transfer_file(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/bpf") __naked void s_bpf(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/bpf_map") __naked void s_bpf_map(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/bpf_map_alloc_security") __naked void s_bpf_map_alloc_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/bpf_map_create") __naked void s_bpf_map_create(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/bpf_map_free") __naked void s_bpf_map_free(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/bpf_map_free_security") __naked void s_bpf_map_free_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/bpf_prog") __naked void s_bpf_prog(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/bpf_prog_alloc_security") __naked void s_bpf_prog_alloc_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/bpf_prog_free") __naked void s_bpf_prog_free(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/bpf_prog_free_security") __naked void s_bpf_prog_free_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/bpf_prog_load") __naked void s_bpf_prog_load(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/bpf_token_capable") __naked void s_bpf_token_capable(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/bpf_token_cmd") __naked void s_bpf_token_cmd(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/bpf_token_create") __naked void s_bpf_token_create(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/bpf_token_free") __naked void s_bpf_token_free(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/bprm_check_security") __naked void s_bprm_check_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/bprm_committed_creds") __naked void s_bprm_committed_creds(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/bprm_committing_creds") __naked void s_bprm_committing_creds(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/bprm_creds_for_exec") __naked void s_bprm_creds_for_exec(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/bprm_creds_from_file") __naked void s_bprm_creds_from_file(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/capable") __naked void s_capable(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/capget") __naked void s_capget(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/capset") __naked void s_capset(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/cred_alloc_blank") __naked void s_cred_alloc_blank(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/cred_free") __naked void s_cred_free(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/cred_getsecid") __naked void s_cred_getsecid(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/cred_prepare") __naked void s_cred_prepare(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/cred_transfer") __naked void s_cred_transfer(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/current_getsecid_subj") __naked void s_current_getsecid_subj(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/d_instantiate") __naked void s_d_instantiate(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/dentry_create_files_as") __naked void s_dentry_create_files_as(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/dentry_init_security") __naked void s_dentry_init_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/file_alloc_security") __naked void s_file_alloc_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/file_fcntl") __naked void s_file_fcntl(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/file_free_security") __naked void s_file_free_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/file_ioctl") __naked void s_file_ioctl(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/file_ioctl_compat") __naked void s_file_ioctl_compat(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/file_lock") __naked void s_file_lock(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/file_mprotect") __naked void s_file_mprotect(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/file_open") __naked void s_file_open(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/file_permission") __naked void s_file_permission(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/file_post_open") __naked void s_file_post_open(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/file_receive") __naked void s_file_receive(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/file_release") __naked void s_file_release(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/file_send_sigiotask") __naked void s_file_send_sigiotask(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/file_set_fowner") __naked void s_file_set_fowner(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/file_truncate") __naked void s_file_truncate(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/find_cgroup_shim") __naked void s_find_cgroup_shim(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/fs_context_dup") __naked void s_fs_context_dup(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/fs_context_parse_param") __naked void s_fs_context_parse_param(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/fs_context_submount") __naked void s_fs_context_submount(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/func_proto") __naked void s_func_proto(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/getprocattr") __naked void s_getprocattr(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/getselfattr") __naked void s_getselfattr(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inet_conn_established") __naked void s_inet_conn_established(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inet_conn_request") __naked void s_inet_conn_request(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inet_csk_clone") __naked void s_inet_csk_clone(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/init") __naked void s_init(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/initramfs_populated") __naked void s_initramfs_populated(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_alloc_security") __naked void s_inode_alloc_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_copy_up") __naked void s_inode_copy_up(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_copy_up_xattr") __naked void s_inode_copy_up_xattr(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_create") __naked void s_inode_create(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_follow_link") __naked void s_inode_follow_link(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_free_security") __naked void s_inode_free_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_free_security_rcu") __naked void s_inode_free_security_rcu(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_get_acl") __naked void s_inode_get_acl(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_getattr") __naked void s_inode_getattr(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_getsecctx") __naked void s_inode_getsecctx(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_getsecid") __naked void s_inode_getsecid(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_getsecurity") __naked void s_inode_getsecurity(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_getxattr") __naked void s_inode_getxattr(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_init_security") __naked void s_inode_init_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_init_security_anon") __naked void s_inode_init_security_anon(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_invalidate_secctx") __naked void s_inode_invalidate_secctx(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_killpriv") __naked void s_inode_killpriv(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_link") __naked void s_inode_link(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_listsecurity") __naked void s_inode_listsecurity(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_listxattr") __naked void s_inode_listxattr(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_mkdir") __naked void s_inode_mkdir(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_mknod") __naked void s_inode_mknod(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_need_killpriv") __naked void s_inode_need_killpriv(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_notifysecctx") __naked void s_inode_notifysecctx(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_permission") __naked void s_inode_permission(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_post_create_tmpfile") __naked void s_inode_post_create_tmpfile(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_post_remove_acl") __naked void s_inode_post_remove_acl(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_post_removexattr") __naked void s_inode_post_removexattr(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_post_set_acl") __naked void s_inode_post_set_acl(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_post_setattr") __naked void s_inode_post_setattr(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_post_setxattr") __naked void s_inode_post_setxattr(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_readlink") __naked void s_inode_readlink(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_remove_acl") __naked void s_inode_remove_acl(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_removexattr") __naked void s_inode_removexattr(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_rename") __naked void s_inode_rename(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_rmdir") __naked void s_inode_rmdir(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_set_acl") __naked void s_inode_set_acl(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_setattr") __naked void s_inode_setattr(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_setintegrity") __naked void s_inode_setintegrity(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_setsecctx") __naked void s_inode_setsecctx(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_setsecurity") __naked void s_inode_setsecurity(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_setxattr") __naked void s_inode_setxattr(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_symlink") __naked void s_inode_symlink(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_unlink") __naked void s_inode_unlink(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/inode_xattr_skipcap") __naked void s_inode_xattr_skipcap(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/ipc_getsecid") __naked void s_ipc_getsecid(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/ipc_permission") __naked void s_ipc_permission(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/is_sleepable_hook") __naked void s_is_sleepable_hook(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/ismaclabel") __naked void s_ismaclabel(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/kernel_act_as") __naked void s_kernel_act_as(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/kernel_create_files_as") __naked void s_kernel_create_files_as(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/kernel_load_data") __naked void s_kernel_load_data(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/kernel_module_request") __naked void s_kernel_module_request(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/kernel_post_load_data") __naked void s_kernel_post_load_data(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/kernel_post_read_file") __naked void s_kernel_post_read_file(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/kernel_read_file") __naked void s_kernel_read_file(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/kernfs_init_security") __naked void s_kernfs_init_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/key_alloc") __naked void s_key_alloc(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/key_free") __naked void s_key_free(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/key_getsecurity") __naked void s_key_getsecurity(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/key_permission") __naked void s_key_permission(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/key_post_create_or_update") __naked void s_key_post_create_or_update(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/locked_down") __naked void s_locked_down(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/mmap_addr") __naked void s_mmap_addr(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/mmap_backing_file") __naked void s_mmap_backing_file(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/mmap_file") __naked void s_mmap_file(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/move_mount") __naked void s_move_mount(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/mptcp_add_subflow") __naked void s_mptcp_add_subflow(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/msg_msg_alloc_security") __naked void s_msg_msg_alloc_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/msg_msg_free_security") __naked void s_msg_msg_free_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/msg_queue_alloc_security") __naked void s_msg_queue_alloc_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/msg_queue_associate") __naked void s_msg_queue_associate(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/msg_queue_free_security") __naked void s_msg_queue_free_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/msg_queue_msgctl") __naked void s_msg_queue_msgctl(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/msg_queue_msgrcv") __naked void s_msg_queue_msgrcv(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/msg_queue_msgsnd") __naked void s_msg_queue_msgsnd(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/netlink_send") __naked void s_netlink_send(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/path_chmod") __naked void s_path_chmod(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/path_chown") __naked void s_path_chown(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/path_chroot") __naked void s_path_chroot(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/path_link") __naked void s_path_link(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/path_mkdir") __naked void s_path_mkdir(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/path_mknod") __naked void s_path_mknod(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/path_notify") __naked void s_path_notify(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/path_post_mknod") __naked void s_path_post_mknod(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/path_rename") __naked void s_path_rename(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/path_rmdir") __naked void s_path_rmdir(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/path_symlink") __naked void s_path_symlink(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/path_truncate") __naked void s_path_truncate(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/path_unlink") __naked void s_path_unlink(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/perf_event_alloc") __naked void s_perf_event_alloc(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/perf_event_free") __naked void s_perf_event_free(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/perf_event_open") __naked void s_perf_event_open(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/perf_event_read") __naked void s_perf_event_read(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/perf_event_write") __naked void s_perf_event_write(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/ptrace_access_check") __naked void s_ptrace_access_check(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/ptrace_traceme") __naked void s_ptrace_traceme(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/quota_on") __naked void s_quota_on(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/quotactl") __naked void s_quotactl(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/release_secctx") __naked void s_release_secctx(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/req_classify_flow") __naked void s_req_classify_flow(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sb_alloc_security") __naked void s_sb_alloc_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sb_clone_mnt_opts") __naked void s_sb_clone_mnt_opts(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sb_delete") __naked void s_sb_delete(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sb_eat_lsm_opts") __naked void s_sb_eat_lsm_opts(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sb_free_mnt_opts") __naked void s_sb_free_mnt_opts(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sb_free_security") __naked void s_sb_free_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sb_kern_mount") __naked void s_sb_kern_mount(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sb_mnt_opts_compat") __naked void s_sb_mnt_opts_compat(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sb_mount") __naked void s_sb_mount(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sb_pivotroot") __naked void s_sb_pivotroot(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sb_remount") __naked void s_sb_remount(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sb_set_mnt_opts") __naked void s_sb_set_mnt_opts(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sb_show_options") __naked void s_sb_show_options(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sb_statfs") __naked void s_sb_statfs(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sb_umount") __naked void s_sb_umount(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sctp_assoc_established") __naked void s_sctp_assoc_established(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sctp_assoc_request") __naked void s_sctp_assoc_request(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sctp_bind_connect") __naked void s_sctp_bind_connect(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sctp_sk_clone") __naked void s_sctp_sk_clone(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/secctx_to_secid") __naked void s_secctx_to_secid(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/secid_to_secctx") __naked void s_secid_to_secctx(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/secmark_refcount_dec") __naked void s_secmark_refcount_dec(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/secmark_refcount_inc") __naked void s_secmark_refcount_inc(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/secmark_relabel_packet") __naked void s_secmark_relabel_packet(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sem_alloc_security") __naked void s_sem_alloc_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sem_associate") __naked void s_sem_associate(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sem_free_security") __naked void s_sem_free_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sem_semctl") __naked void s_sem_semctl(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sem_semop") __naked void s_sem_semop(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/setprocattr") __naked void s_setprocattr(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/setselfattr") __naked void s_setselfattr(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/settime") __naked void s_settime(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/shm_alloc_security") __naked void s_shm_alloc_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/shm_associate") __naked void s_shm_associate(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/shm_free_security") __naked void s_shm_free_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/shm_shmat") __naked void s_shm_shmat(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/shm_shmctl") __naked void s_shm_shmctl(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sk_alloc_security") __naked void s_sk_alloc_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sk_clone_security") __naked void s_sk_clone_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sk_free_security") __naked void s_sk_free_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sk_getsecid") __naked void s_sk_getsecid(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/sock_graft") __naked void s_sock_graft(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/socket_accept") __naked void s_socket_accept(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/socket_bind") __naked void s_socket_bind(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/socket_connect") __naked void s_socket_connect(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/socket_create") __naked void s_socket_create(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/socket_getpeername") __naked void s_socket_getpeername(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/socket_getpeersec_dgram") __naked void s_socket_getpeersec_dgram(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/socket_getpeersec_stream") __naked void s_socket_getpeersec_stream(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/socket_getsockname") __naked void s_socket_getsockname(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/socket_getsockopt") __naked void s_socket_getsockopt(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/socket_listen") __naked void s_socket_listen(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/socket_post_create") __naked void s_socket_post_create(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/socket_recvmsg") __naked void s_socket_recvmsg(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/socket_sendmsg") __naked void s_socket_sendmsg(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/socket_setsockopt") __naked void s_socket_setsockopt(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/socket_shutdown") __naked void s_socket_shutdown(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/socket_sock_rcv_skb") __naked void s_socket_sock_rcv_skb(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/socket_socketpair") __naked void s_socket_socketpair(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/syslog") __naked void s_syslog(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/task_alloc") __naked void s_task_alloc(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/task_fix_setgid") __naked void s_task_fix_setgid(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/task_fix_setgroups") __naked void s_task_fix_setgroups(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/task_fix_setuid") __naked void s_task_fix_setuid(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/task_free") __naked void s_task_free(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/task_getioprio") __naked void s_task_getioprio(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/task_getpgid") __naked void s_task_getpgid(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/task_getscheduler") __naked void s_task_getscheduler(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/task_getsecid_obj") __naked void s_task_getsecid_obj(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/task_getsid") __naked void s_task_getsid(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/task_kill") __naked void s_task_kill(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/task_movememory") __naked void s_task_movememory(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/task_prctl") __naked void s_task_prctl(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/task_prlimit") __naked void s_task_prlimit(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/task_setioprio") __naked void s_task_setioprio(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/task_setnice") __naked void s_task_setnice(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/task_setpgid") __naked void s_task_setpgid(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/task_setrlimit") __naked void s_task_setrlimit(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/task_setscheduler") __naked void s_task_setscheduler(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/task_to_inode") __naked void s_task_to_inode(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/tun_dev_alloc_security") __naked void s_tun_dev_alloc_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/tun_dev_attach") __naked void s_tun_dev_attach(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/tun_dev_attach_queue") __naked void s_tun_dev_attach_queue(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/tun_dev_create") __naked void s_tun_dev_create(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/tun_dev_free_security") __naked void s_tun_dev_free_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/tun_dev_open") __naked void s_tun_dev_open(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/unix_may_send") __naked void s_unix_may_send(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/unix_stream_connect") __naked void s_unix_stream_connect(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/uring_cmd") __naked void s_uring_cmd(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/uring_override_creds") __naked void s_uring_override_creds(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/uring_sqpoll") __naked void s_uring_sqpoll(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/userns_create") __naked void s_userns_create(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/verify_prog") __naked void s_verify_prog(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/vm_enough_memory") __naked void s_vm_enough_memory(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/xfrm_decode_session") __naked void s_xfrm_decode_session(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/xfrm_policy_alloc_security") __naked void s_xfrm_policy_alloc_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/xfrm_policy_clone_security") __naked void s_xfrm_policy_clone_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/xfrm_policy_delete_security") __naked void s_xfrm_policy_delete_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/xfrm_policy_free_security") __naked void s_xfrm_policy_free_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/xfrm_policy_lookup") __naked void s_xfrm_policy_lookup(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/xfrm_state_alloc") __naked void s_xfrm_state_alloc(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/xfrm_state_alloc_acquire") __naked void s_xfrm_state_alloc_acquire(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/xfrm_state_delete_security") __naked void s_xfrm_state_delete_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/xfrm_state_free_security") __naked void s_xfrm_state_free_security(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

SEC("lsm.s/xfrm_state_pol_flow_match") __naked void s_xfrm_state_pol_flow_match(void)
{
	asm volatile ("r0 = 0; exit;" ::: __clobber_all);
}

char _license[] SEC("license") = "GPL";
