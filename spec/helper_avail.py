"""Which helpers each program type's get_func_proto offers a root loader on Linux 6.1
(Debian 6.1.0-57), as the kernel answered: tests/oracle/helperavail probes `call ID` for every
helper under one section per program type (several attach types for tracing and
cgroup_sock_addr) and writes this file (gen.py --spec). Keyed by (prog_type,
expected_attach_type); (prog_type, None) is the program type's default: what every probed
attach type of it is offered. lirc_mode2 is absent: the kernel lacks the program type.
"""

OFFERED = {
    ('cgroup_device', None): frozenset("""
        dynptr_data dynptr_from_mem dynptr_read dynptr_write for_each_map_elem get_cgroup_classid
        get_current_ancestor_cgroup_id get_current_cgroup_id get_current_comm get_current_pid_tgid
        get_current_task get_current_task_btf get_current_uid_gid get_local_storage get_numa_node_id
        get_prandom_u32 get_retval get_smp_processor_id jiffies64 kptr_xchg ktime_get_boot_ns
        ktime_get_ns ktime_get_tai_ns loop map_delete_elem map_lookup_elem map_lookup_percpu_elem
        map_peek_elem map_pop_elem map_push_elem map_update_elem per_cpu_ptr perf_event_output
        probe_read_kernel probe_read_kernel_str probe_read_user probe_read_user_str ringbuf_discard
        ringbuf_discard_dynptr ringbuf_output ringbuf_query ringbuf_reserve ringbuf_reserve_dynptr
        ringbuf_submit ringbuf_submit_dynptr set_retval snprintf snprintf_btf spin_lock spin_unlock
        strncmp strtol strtoul tail_call task_pt_regs this_cpu_ptr timer_cancel timer_init
        timer_set_callback timer_start trace_printk trace_vprintk user_ringbuf_drain""".split()),
    ('cgroup_skb', None): frozenset("""
        dynptr_data dynptr_from_mem dynptr_read dynptr_write for_each_map_elem get_current_task
        get_current_task_btf get_listener_sock get_local_storage get_numa_node_id get_prandom_u32
        get_smp_processor_id get_socket_cookie get_socket_uid jiffies64 kptr_xchg ktime_get_boot_ns
        ktime_get_coarse_ns ktime_get_ns ktime_get_tai_ns loop map_delete_elem map_lookup_elem
        map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem map_update_elem per_cpu_ptr
        perf_event_output probe_read_kernel probe_read_kernel_str probe_read_user probe_read_user_str
        ringbuf_discard ringbuf_discard_dynptr ringbuf_output ringbuf_query ringbuf_reserve
        ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr sk_ancestor_cgroup_id sk_cgroup_id
        sk_fullsock sk_lookup_tcp sk_lookup_udp sk_release sk_storage_delete sk_storage_get
        skb_ancestor_cgroup_id skb_cgroup_id skb_ecn_set_ce skb_load_bytes skb_load_bytes_relative
        skc_lookup_tcp skc_to_mptcp_sock skc_to_tcp6_sock skc_to_tcp_request_sock skc_to_tcp_sock
        skc_to_tcp_timewait_sock skc_to_udp6_sock skc_to_unix_sock snprintf snprintf_btf spin_lock
        spin_unlock strncmp strtol strtoul tail_call task_pt_regs tcp_sock this_cpu_ptr timer_cancel
        timer_init timer_set_callback timer_start trace_printk trace_vprintk user_ringbuf_drain""".split()),
    ('cgroup_sock', None): frozenset("""
        dynptr_data dynptr_from_mem dynptr_read dynptr_write for_each_map_elem get_cgroup_classid
        get_current_ancestor_cgroup_id get_current_cgroup_id get_current_comm get_current_pid_tgid
        get_current_task get_current_task_btf get_current_uid_gid get_local_storage get_netns_cookie
        get_numa_node_id get_prandom_u32 get_retval get_smp_processor_id get_socket_cookie jiffies64
        kptr_xchg ktime_get_boot_ns ktime_get_coarse_ns ktime_get_ns ktime_get_tai_ns loop
        map_delete_elem map_lookup_elem map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem
        map_update_elem per_cpu_ptr perf_event_output probe_read_kernel probe_read_kernel_str
        probe_read_user probe_read_user_str ringbuf_discard ringbuf_discard_dynptr ringbuf_output
        ringbuf_query ringbuf_reserve ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr
        set_retval sk_storage_get snprintf snprintf_btf spin_lock spin_unlock strncmp strtol strtoul
        tail_call task_pt_regs this_cpu_ptr timer_cancel timer_init timer_set_callback timer_start
        trace_printk trace_vprintk user_ringbuf_drain""".split()),
    ('cgroup_sock_addr', None): frozenset("""
        dynptr_data dynptr_from_mem dynptr_read dynptr_write for_each_map_elem get_cgroup_classid
        get_current_ancestor_cgroup_id get_current_cgroup_id get_current_comm get_current_pid_tgid
        get_current_task get_current_task_btf get_current_uid_gid get_local_storage get_netns_cookie
        get_numa_node_id get_prandom_u32 get_retval get_smp_processor_id get_socket_cookie getsockopt
        jiffies64 kptr_xchg ktime_get_boot_ns ktime_get_coarse_ns ktime_get_ns ktime_get_tai_ns loop
        map_delete_elem map_lookup_elem map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem
        map_update_elem per_cpu_ptr perf_event_output probe_read_kernel probe_read_kernel_str
        probe_read_user probe_read_user_str ringbuf_discard ringbuf_discard_dynptr ringbuf_output
        ringbuf_query ringbuf_reserve ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr
        set_retval setsockopt sk_lookup_tcp sk_lookup_udp sk_release sk_storage_delete sk_storage_get
        skc_lookup_tcp skc_to_mptcp_sock skc_to_tcp6_sock skc_to_tcp_request_sock skc_to_tcp_sock
        skc_to_tcp_timewait_sock skc_to_udp6_sock skc_to_unix_sock snprintf snprintf_btf spin_lock
        spin_unlock strncmp strtol strtoul tail_call task_pt_regs this_cpu_ptr timer_cancel timer_init
        timer_set_callback timer_start trace_printk trace_vprintk user_ringbuf_drain""".split()),
    ('cgroup_sock_addr', 'cgroup_inet4_bind'): frozenset("""
        dynptr_data dynptr_from_mem dynptr_read dynptr_write for_each_map_elem get_cgroup_classid
        get_current_ancestor_cgroup_id get_current_cgroup_id get_current_comm get_current_pid_tgid
        get_current_task get_current_task_btf get_current_uid_gid get_local_storage get_netns_cookie
        get_numa_node_id get_prandom_u32 get_retval get_smp_processor_id get_socket_cookie getsockopt
        jiffies64 kptr_xchg ktime_get_boot_ns ktime_get_coarse_ns ktime_get_ns ktime_get_tai_ns loop
        map_delete_elem map_lookup_elem map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem
        map_update_elem per_cpu_ptr perf_event_output probe_read_kernel probe_read_kernel_str
        probe_read_user probe_read_user_str ringbuf_discard ringbuf_discard_dynptr ringbuf_output
        ringbuf_query ringbuf_reserve ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr
        set_retval setsockopt sk_lookup_tcp sk_lookup_udp sk_release sk_storage_delete sk_storage_get
        skc_lookup_tcp skc_to_mptcp_sock skc_to_tcp6_sock skc_to_tcp_request_sock skc_to_tcp_sock
        skc_to_tcp_timewait_sock skc_to_udp6_sock skc_to_unix_sock snprintf snprintf_btf spin_lock
        spin_unlock strncmp strtol strtoul tail_call task_pt_regs this_cpu_ptr timer_cancel timer_init
        timer_set_callback timer_start trace_printk trace_vprintk user_ringbuf_drain""".split()),
    ('cgroup_sock_addr', 'cgroup_inet4_connect'): frozenset("""
        bind dynptr_data dynptr_from_mem dynptr_read dynptr_write for_each_map_elem get_cgroup_classid
        get_current_ancestor_cgroup_id get_current_cgroup_id get_current_comm get_current_pid_tgid
        get_current_task get_current_task_btf get_current_uid_gid get_local_storage get_netns_cookie
        get_numa_node_id get_prandom_u32 get_retval get_smp_processor_id get_socket_cookie getsockopt
        jiffies64 kptr_xchg ktime_get_boot_ns ktime_get_coarse_ns ktime_get_ns ktime_get_tai_ns loop
        map_delete_elem map_lookup_elem map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem
        map_update_elem per_cpu_ptr perf_event_output probe_read_kernel probe_read_kernel_str
        probe_read_user probe_read_user_str ringbuf_discard ringbuf_discard_dynptr ringbuf_output
        ringbuf_query ringbuf_reserve ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr
        set_retval setsockopt sk_lookup_tcp sk_lookup_udp sk_release sk_storage_delete sk_storage_get
        skc_lookup_tcp skc_to_mptcp_sock skc_to_tcp6_sock skc_to_tcp_request_sock skc_to_tcp_sock
        skc_to_tcp_timewait_sock skc_to_udp6_sock skc_to_unix_sock snprintf snprintf_btf spin_lock
        spin_unlock strncmp strtol strtoul tail_call task_pt_regs this_cpu_ptr timer_cancel timer_init
        timer_set_callback timer_start trace_printk trace_vprintk user_ringbuf_drain""".split()),
    ('cgroup_sockopt', None): frozenset("""
        dynptr_data dynptr_from_mem dynptr_read dynptr_write for_each_map_elem get_cgroup_classid
        get_current_ancestor_cgroup_id get_current_cgroup_id get_current_comm get_current_pid_tgid
        get_current_task get_current_task_btf get_current_uid_gid get_local_storage get_netns_cookie
        get_numa_node_id get_prandom_u32 get_retval get_smp_processor_id jiffies64 kptr_xchg
        ktime_get_boot_ns ktime_get_ns ktime_get_tai_ns loop map_delete_elem map_lookup_elem
        map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem map_update_elem per_cpu_ptr
        perf_event_output probe_read_kernel probe_read_kernel_str probe_read_user probe_read_user_str
        ringbuf_discard ringbuf_discard_dynptr ringbuf_output ringbuf_query ringbuf_reserve
        ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr set_retval sk_storage_delete
        sk_storage_get snprintf snprintf_btf spin_lock spin_unlock strncmp strtol strtoul tail_call
        task_pt_regs tcp_sock this_cpu_ptr timer_cancel timer_init timer_set_callback timer_start
        trace_printk trace_vprintk user_ringbuf_drain""".split()),
    ('cgroup_sysctl', None): frozenset("""
        dynptr_data dynptr_from_mem dynptr_read dynptr_write for_each_map_elem get_cgroup_classid
        get_current_ancestor_cgroup_id get_current_cgroup_id get_current_comm get_current_pid_tgid
        get_current_task get_current_task_btf get_current_uid_gid get_local_storage get_numa_node_id
        get_prandom_u32 get_retval get_smp_processor_id jiffies64 kptr_xchg ktime_get_boot_ns
        ktime_get_coarse_ns ktime_get_ns ktime_get_tai_ns loop map_delete_elem map_lookup_elem
        map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem map_update_elem per_cpu_ptr
        perf_event_output probe_read_kernel probe_read_kernel_str probe_read_user probe_read_user_str
        ringbuf_discard ringbuf_discard_dynptr ringbuf_output ringbuf_query ringbuf_reserve
        ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr set_retval snprintf snprintf_btf
        spin_lock spin_unlock strncmp strtol strtoul sysctl_get_current_value sysctl_get_name
        sysctl_get_new_value sysctl_set_new_value tail_call task_pt_regs this_cpu_ptr timer_cancel
        timer_init timer_set_callback timer_start trace_printk trace_vprintk user_ringbuf_drain""".split()),
    ('flow_dissector', None): frozenset("""
        dynptr_data dynptr_from_mem dynptr_read dynptr_write for_each_map_elem get_current_task
        get_current_task_btf get_numa_node_id get_prandom_u32 get_smp_processor_id jiffies64 kptr_xchg
        ktime_get_boot_ns ktime_get_coarse_ns ktime_get_ns ktime_get_tai_ns loop map_delete_elem
        map_lookup_elem map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem map_update_elem
        per_cpu_ptr probe_read_kernel probe_read_kernel_str probe_read_user probe_read_user_str
        ringbuf_discard ringbuf_discard_dynptr ringbuf_output ringbuf_query ringbuf_reserve
        ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr skb_load_bytes skc_to_mptcp_sock
        skc_to_tcp6_sock skc_to_tcp_request_sock skc_to_tcp_sock skc_to_tcp_timewait_sock
        skc_to_udp6_sock skc_to_unix_sock snprintf snprintf_btf spin_lock spin_unlock strncmp strtol
        strtoul tail_call task_pt_regs this_cpu_ptr timer_cancel timer_init timer_set_callback
        timer_start trace_printk trace_vprintk user_ringbuf_drain""".split()),
    ('kprobe', None): frozenset("""
        copy_from_user copy_from_user_task current_task_under_cgroup dynptr_data dynptr_from_mem
        dynptr_read dynptr_write find_vma for_each_map_elem get_attach_cookie get_branch_snapshot
        get_current_ancestor_cgroup_id get_current_cgroup_id get_current_comm get_current_pid_tgid
        get_current_task get_current_task_btf get_current_uid_gid get_func_ip get_ns_current_pid_tgid
        get_numa_node_id get_prandom_u32 get_smp_processor_id get_stack get_stackid get_task_stack
        jiffies64 kptr_xchg ktime_get_boot_ns ktime_get_ns ktime_get_tai_ns loop map_delete_elem
        map_lookup_elem map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem map_update_elem
        per_cpu_ptr perf_event_output perf_event_read perf_event_read_value probe_read
        probe_read_kernel probe_read_kernel_str probe_read_str probe_read_user probe_read_user_str
        probe_write_user ringbuf_discard ringbuf_discard_dynptr ringbuf_output ringbuf_query
        ringbuf_reserve ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr send_signal
        send_signal_thread snprintf snprintf_btf spin_lock spin_unlock strncmp strtol strtoul tail_call
        task_pt_regs task_storage_delete task_storage_get this_cpu_ptr timer_cancel timer_init
        timer_set_callback timer_start trace_printk trace_vprintk user_ringbuf_drain""".split()),
    ('lsm', None): frozenset("""
        bprm_opts_set copy_from_user copy_from_user_task current_task_under_cgroup d_path dynptr_data
        dynptr_from_mem dynptr_read dynptr_write find_vma for_each_map_elem get_attach_cookie
        get_branch_snapshot get_current_ancestor_cgroup_id get_current_cgroup_id get_current_comm
        get_current_pid_tgid get_current_task get_current_task_btf get_current_uid_gid get_func_arg
        get_func_arg_cnt get_func_ip get_func_ret get_ns_current_pid_tgid get_numa_node_id
        get_prandom_u32 get_smp_processor_id get_socket_cookie get_stack get_stackid get_task_stack
        ima_file_hash ima_inode_hash inode_storage_delete inode_storage_get jiffies64 kptr_xchg
        ktime_get_boot_ns ktime_get_ns ktime_get_tai_ns loop map_delete_elem map_lookup_elem
        map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem map_update_elem per_cpu_ptr
        perf_event_output perf_event_read perf_event_read_value probe_read probe_read_kernel
        probe_read_kernel_str probe_read_str probe_read_user probe_read_user_str probe_write_user
        ringbuf_discard ringbuf_discard_dynptr ringbuf_output ringbuf_query ringbuf_reserve
        ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr send_signal send_signal_thread
        sk_storage_delete sk_storage_get skb_output skc_to_mptcp_sock skc_to_tcp6_sock
        skc_to_tcp_request_sock skc_to_tcp_sock skc_to_tcp_timewait_sock skc_to_udp6_sock
        skc_to_unix_sock snprintf snprintf_btf sock_from_file spin_lock spin_unlock strncmp strtol
        strtoul tail_call task_pt_regs task_storage_delete task_storage_get this_cpu_ptr timer_cancel
        timer_init timer_set_callback timer_start trace_printk trace_vprintk user_ringbuf_drain
        xdp_get_buff_len xdp_output""".split()),
    ('lwt_in', None): frozenset("""
        csum_diff dynptr_data dynptr_from_mem dynptr_read dynptr_write for_each_map_elem
        get_cgroup_classid get_current_task get_current_task_btf get_hash_recalc get_numa_node_id
        get_prandom_u32 get_route_realm get_smp_processor_id jiffies64 kptr_xchg ktime_get_boot_ns
        ktime_get_coarse_ns ktime_get_ns ktime_get_tai_ns loop lwt_push_encap map_delete_elem
        map_lookup_elem map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem map_update_elem
        per_cpu_ptr perf_event_output probe_read_kernel probe_read_kernel_str probe_read_user
        probe_read_user_str ringbuf_discard ringbuf_discard_dynptr ringbuf_output ringbuf_query
        ringbuf_reserve ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr skb_load_bytes
        skb_pull_data skb_under_cgroup skc_to_mptcp_sock skc_to_tcp6_sock skc_to_tcp_request_sock
        skc_to_tcp_sock skc_to_tcp_timewait_sock skc_to_udp6_sock skc_to_unix_sock snprintf
        snprintf_btf spin_lock spin_unlock strncmp strtol strtoul tail_call task_pt_regs this_cpu_ptr
        timer_cancel timer_init timer_set_callback timer_start trace_printk trace_vprintk
        user_ringbuf_drain""".split()),
    ('lwt_out', None): frozenset("""
        csum_diff dynptr_data dynptr_from_mem dynptr_read dynptr_write for_each_map_elem
        get_cgroup_classid get_current_task get_current_task_btf get_hash_recalc get_numa_node_id
        get_prandom_u32 get_route_realm get_smp_processor_id jiffies64 kptr_xchg ktime_get_boot_ns
        ktime_get_coarse_ns ktime_get_ns ktime_get_tai_ns loop map_delete_elem map_lookup_elem
        map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem map_update_elem per_cpu_ptr
        perf_event_output probe_read_kernel probe_read_kernel_str probe_read_user probe_read_user_str
        ringbuf_discard ringbuf_discard_dynptr ringbuf_output ringbuf_query ringbuf_reserve
        ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr skb_load_bytes skb_pull_data
        skb_under_cgroup skc_to_mptcp_sock skc_to_tcp6_sock skc_to_tcp_request_sock skc_to_tcp_sock
        skc_to_tcp_timewait_sock skc_to_udp6_sock skc_to_unix_sock snprintf snprintf_btf spin_lock
        spin_unlock strncmp strtol strtoul tail_call task_pt_regs this_cpu_ptr timer_cancel timer_init
        timer_set_callback timer_start trace_printk trace_vprintk user_ringbuf_drain""".split()),
    ('lwt_seg6local', None): frozenset("""
        csum_diff dynptr_data dynptr_from_mem dynptr_read dynptr_write for_each_map_elem
        get_cgroup_classid get_current_task get_current_task_btf get_hash_recalc get_numa_node_id
        get_prandom_u32 get_route_realm get_smp_processor_id jiffies64 kptr_xchg ktime_get_boot_ns
        ktime_get_coarse_ns ktime_get_ns ktime_get_tai_ns loop lwt_seg6_action lwt_seg6_adjust_srh
        lwt_seg6_store_bytes map_delete_elem map_lookup_elem map_lookup_percpu_elem map_peek_elem
        map_pop_elem map_push_elem map_update_elem per_cpu_ptr perf_event_output probe_read_kernel
        probe_read_kernel_str probe_read_user probe_read_user_str ringbuf_discard
        ringbuf_discard_dynptr ringbuf_output ringbuf_query ringbuf_reserve ringbuf_reserve_dynptr
        ringbuf_submit ringbuf_submit_dynptr skb_load_bytes skb_under_cgroup skc_to_mptcp_sock
        skc_to_tcp6_sock skc_to_tcp_request_sock skc_to_tcp_sock skc_to_tcp_timewait_sock
        skc_to_udp6_sock skc_to_unix_sock snprintf snprintf_btf spin_lock spin_unlock strncmp strtol
        strtoul tail_call task_pt_regs this_cpu_ptr timer_cancel timer_init timer_set_callback
        timer_start trace_printk trace_vprintk user_ringbuf_drain""".split()),
    ('lwt_xmit', None): frozenset("""
        clone_redirect csum_diff csum_level csum_update dynptr_data dynptr_from_mem dynptr_read
        dynptr_write for_each_map_elem get_cgroup_classid get_current_task get_current_task_btf
        get_hash_recalc get_numa_node_id get_prandom_u32 get_route_realm get_smp_processor_id jiffies64
        kptr_xchg ktime_get_boot_ns ktime_get_coarse_ns ktime_get_ns ktime_get_tai_ns l3_csum_replace
        l4_csum_replace loop lwt_push_encap map_delete_elem map_lookup_elem map_lookup_percpu_elem
        map_peek_elem map_pop_elem map_push_elem map_update_elem per_cpu_ptr perf_event_output
        probe_read_kernel probe_read_kernel_str probe_read_user probe_read_user_str redirect
        ringbuf_discard ringbuf_discard_dynptr ringbuf_output ringbuf_query ringbuf_reserve
        ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr set_hash_invalid skb_change_head
        skb_change_tail skb_get_tunnel_key skb_get_tunnel_opt skb_load_bytes skb_pull_data
        skb_set_tunnel_key skb_set_tunnel_opt skb_store_bytes skb_under_cgroup skc_to_mptcp_sock
        skc_to_tcp6_sock skc_to_tcp_request_sock skc_to_tcp_sock skc_to_tcp_timewait_sock
        skc_to_udp6_sock skc_to_unix_sock snprintf snprintf_btf spin_lock spin_unlock strncmp strtol
        strtoul tail_call task_pt_regs this_cpu_ptr timer_cancel timer_init timer_set_callback
        timer_start trace_printk trace_vprintk user_ringbuf_drain""".split()),
    ('perf_event', None): frozenset("""
        copy_from_user copy_from_user_task current_task_under_cgroup dynptr_data dynptr_from_mem
        dynptr_read dynptr_write find_vma for_each_map_elem get_attach_cookie get_branch_snapshot
        get_current_ancestor_cgroup_id get_current_cgroup_id get_current_comm get_current_pid_tgid
        get_current_task get_current_task_btf get_current_uid_gid get_func_ip get_ns_current_pid_tgid
        get_numa_node_id get_prandom_u32 get_smp_processor_id get_stack get_stackid get_task_stack
        jiffies64 kptr_xchg ktime_get_boot_ns ktime_get_ns ktime_get_tai_ns loop map_delete_elem
        map_lookup_elem map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem map_update_elem
        per_cpu_ptr perf_event_output perf_event_read perf_event_read_value perf_prog_read_value
        probe_read probe_read_kernel probe_read_kernel_str probe_read_str probe_read_user
        probe_read_user_str probe_write_user read_branch_records ringbuf_discard ringbuf_discard_dynptr
        ringbuf_output ringbuf_query ringbuf_reserve ringbuf_reserve_dynptr ringbuf_submit
        ringbuf_submit_dynptr send_signal send_signal_thread snprintf snprintf_btf spin_lock
        spin_unlock strncmp strtol strtoul tail_call task_pt_regs task_storage_delete task_storage_get
        this_cpu_ptr timer_cancel timer_init timer_set_callback timer_start trace_printk trace_vprintk
        user_ringbuf_drain""".split()),
    ('raw_tracepoint', None): frozenset("""
        copy_from_user copy_from_user_task current_task_under_cgroup dynptr_data dynptr_from_mem
        dynptr_read dynptr_write find_vma for_each_map_elem get_branch_snapshot
        get_current_ancestor_cgroup_id get_current_cgroup_id get_current_comm get_current_pid_tgid
        get_current_task get_current_task_btf get_current_uid_gid get_func_ip get_ns_current_pid_tgid
        get_numa_node_id get_prandom_u32 get_smp_processor_id get_stack get_stackid get_task_stack
        jiffies64 kptr_xchg ktime_get_boot_ns ktime_get_ns ktime_get_tai_ns loop map_delete_elem
        map_lookup_elem map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem map_update_elem
        per_cpu_ptr perf_event_output perf_event_read perf_event_read_value probe_read
        probe_read_kernel probe_read_kernel_str probe_read_str probe_read_user probe_read_user_str
        probe_write_user ringbuf_discard ringbuf_discard_dynptr ringbuf_output ringbuf_query
        ringbuf_reserve ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr send_signal
        send_signal_thread snprintf snprintf_btf spin_lock spin_unlock strncmp strtol strtoul tail_call
        task_pt_regs task_storage_delete task_storage_get this_cpu_ptr timer_cancel timer_init
        timer_set_callback timer_start trace_printk trace_vprintk user_ringbuf_drain""".split()),
    ('raw_tracepoint_writable', None): frozenset("""
        copy_from_user copy_from_user_task current_task_under_cgroup dynptr_data dynptr_from_mem
        dynptr_read dynptr_write find_vma for_each_map_elem get_branch_snapshot
        get_current_ancestor_cgroup_id get_current_cgroup_id get_current_comm get_current_pid_tgid
        get_current_task get_current_task_btf get_current_uid_gid get_func_ip get_ns_current_pid_tgid
        get_numa_node_id get_prandom_u32 get_smp_processor_id get_stack get_stackid get_task_stack
        jiffies64 kptr_xchg ktime_get_boot_ns ktime_get_ns ktime_get_tai_ns loop map_delete_elem
        map_lookup_elem map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem map_update_elem
        per_cpu_ptr perf_event_output perf_event_read perf_event_read_value probe_read
        probe_read_kernel probe_read_kernel_str probe_read_str probe_read_user probe_read_user_str
        probe_write_user ringbuf_discard ringbuf_discard_dynptr ringbuf_output ringbuf_query
        ringbuf_reserve ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr send_signal
        send_signal_thread snprintf snprintf_btf spin_lock spin_unlock strncmp strtol strtoul tail_call
        task_pt_regs task_storage_delete task_storage_get this_cpu_ptr timer_cancel timer_init
        timer_set_callback timer_start trace_printk trace_vprintk user_ringbuf_drain""".split()),
    ('sched_act', None): frozenset("""
        check_mtu clone_redirect csum_diff csum_level csum_update dynptr_data dynptr_from_mem
        dynptr_read dynptr_write fib_lookup for_each_map_elem get_cgroup_classid get_current_task
        get_current_task_btf get_hash_recalc get_listener_sock get_numa_node_id get_prandom_u32
        get_route_realm get_smp_processor_id get_socket_cookie get_socket_uid jiffies64 kptr_xchg
        ktime_get_boot_ns ktime_get_coarse_ns ktime_get_ns ktime_get_tai_ns l3_csum_replace
        l4_csum_replace loop map_delete_elem map_lookup_elem map_lookup_percpu_elem map_peek_elem
        map_pop_elem map_push_elem map_update_elem per_cpu_ptr perf_event_output probe_read_kernel
        probe_read_kernel_str probe_read_user probe_read_user_str redirect redirect_neigh redirect_peer
        ringbuf_discard ringbuf_discard_dynptr ringbuf_output ringbuf_query ringbuf_reserve
        ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr set_hash set_hash_invalid sk_assign
        sk_fullsock sk_lookup_tcp sk_lookup_udp sk_release sk_storage_delete sk_storage_get
        skb_adjust_room skb_ancestor_cgroup_id skb_cgroup_classid skb_cgroup_id skb_change_head
        skb_change_proto skb_change_tail skb_change_type skb_ecn_set_ce skb_get_tunnel_key
        skb_get_tunnel_opt skb_get_xfrm_state skb_load_bytes skb_load_bytes_relative skb_pull_data
        skb_set_tstamp skb_set_tunnel_key skb_set_tunnel_opt skb_store_bytes skb_under_cgroup
        skb_vlan_pop skb_vlan_push skc_lookup_tcp skc_to_mptcp_sock skc_to_tcp6_sock
        skc_to_tcp_request_sock skc_to_tcp_sock skc_to_tcp_timewait_sock skc_to_udp6_sock
        skc_to_unix_sock snprintf snprintf_btf spin_lock spin_unlock strncmp strtol strtoul tail_call
        task_pt_regs tcp_check_syncookie tcp_gen_syncookie tcp_raw_check_syncookie_ipv4
        tcp_raw_check_syncookie_ipv6 tcp_raw_gen_syncookie_ipv4 tcp_raw_gen_syncookie_ipv6 tcp_sock
        this_cpu_ptr timer_cancel timer_init timer_set_callback timer_start trace_printk trace_vprintk
        user_ringbuf_drain""".split()),
    ('sched_cls', None): frozenset("""
        check_mtu clone_redirect csum_diff csum_level csum_update dynptr_data dynptr_from_mem
        dynptr_read dynptr_write fib_lookup for_each_map_elem get_cgroup_classid get_current_task
        get_current_task_btf get_hash_recalc get_listener_sock get_numa_node_id get_prandom_u32
        get_route_realm get_smp_processor_id get_socket_cookie get_socket_uid jiffies64 kptr_xchg
        ktime_get_boot_ns ktime_get_coarse_ns ktime_get_ns ktime_get_tai_ns l3_csum_replace
        l4_csum_replace loop map_delete_elem map_lookup_elem map_lookup_percpu_elem map_peek_elem
        map_pop_elem map_push_elem map_update_elem per_cpu_ptr perf_event_output probe_read_kernel
        probe_read_kernel_str probe_read_user probe_read_user_str redirect redirect_neigh redirect_peer
        ringbuf_discard ringbuf_discard_dynptr ringbuf_output ringbuf_query ringbuf_reserve
        ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr set_hash set_hash_invalid sk_assign
        sk_fullsock sk_lookup_tcp sk_lookup_udp sk_release sk_storage_delete sk_storage_get
        skb_adjust_room skb_ancestor_cgroup_id skb_cgroup_classid skb_cgroup_id skb_change_head
        skb_change_proto skb_change_tail skb_change_type skb_ecn_set_ce skb_get_tunnel_key
        skb_get_tunnel_opt skb_get_xfrm_state skb_load_bytes skb_load_bytes_relative skb_pull_data
        skb_set_tstamp skb_set_tunnel_key skb_set_tunnel_opt skb_store_bytes skb_under_cgroup
        skb_vlan_pop skb_vlan_push skc_lookup_tcp skc_to_mptcp_sock skc_to_tcp6_sock
        skc_to_tcp_request_sock skc_to_tcp_sock skc_to_tcp_timewait_sock skc_to_udp6_sock
        skc_to_unix_sock snprintf snprintf_btf spin_lock spin_unlock strncmp strtol strtoul tail_call
        task_pt_regs tcp_check_syncookie tcp_gen_syncookie tcp_raw_check_syncookie_ipv4
        tcp_raw_check_syncookie_ipv6 tcp_raw_gen_syncookie_ipv4 tcp_raw_gen_syncookie_ipv6 tcp_sock
        this_cpu_ptr timer_cancel timer_init timer_set_callback timer_start trace_printk trace_vprintk
        user_ringbuf_drain""".split()),
    ('sk_lookup', None): frozenset("""
        dynptr_data dynptr_from_mem dynptr_read dynptr_write for_each_map_elem get_current_task
        get_current_task_btf get_numa_node_id get_prandom_u32 get_smp_processor_id jiffies64 kptr_xchg
        ktime_get_boot_ns ktime_get_coarse_ns ktime_get_ns ktime_get_tai_ns loop map_delete_elem
        map_lookup_elem map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem map_update_elem
        per_cpu_ptr perf_event_output probe_read_kernel probe_read_kernel_str probe_read_user
        probe_read_user_str ringbuf_discard ringbuf_discard_dynptr ringbuf_output ringbuf_query
        ringbuf_reserve ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr sk_assign
        sk_release skc_to_mptcp_sock skc_to_tcp6_sock skc_to_tcp_request_sock skc_to_tcp_sock
        skc_to_tcp_timewait_sock skc_to_udp6_sock skc_to_unix_sock snprintf snprintf_btf spin_lock
        spin_unlock strncmp strtol strtoul tail_call task_pt_regs this_cpu_ptr timer_cancel timer_init
        timer_set_callback timer_start trace_printk trace_vprintk user_ringbuf_drain""".split()),
    ('sk_msg', None): frozenset("""
        dynptr_data dynptr_from_mem dynptr_read dynptr_write for_each_map_elem get_cgroup_classid
        get_current_ancestor_cgroup_id get_current_cgroup_id get_current_pid_tgid get_current_task
        get_current_task_btf get_current_uid_gid get_netns_cookie get_numa_node_id get_prandom_u32
        get_smp_processor_id jiffies64 kptr_xchg ktime_get_boot_ns ktime_get_coarse_ns ktime_get_ns
        ktime_get_tai_ns loop map_delete_elem map_lookup_elem map_lookup_percpu_elem map_peek_elem
        map_pop_elem map_push_elem map_update_elem msg_apply_bytes msg_cork_bytes msg_pop_data
        msg_pull_data msg_push_data msg_redirect_hash msg_redirect_map per_cpu_ptr perf_event_output
        probe_read_kernel probe_read_kernel_str probe_read_user probe_read_user_str ringbuf_discard
        ringbuf_discard_dynptr ringbuf_output ringbuf_query ringbuf_reserve ringbuf_reserve_dynptr
        ringbuf_submit ringbuf_submit_dynptr sk_storage_delete sk_storage_get skc_to_mptcp_sock
        skc_to_tcp6_sock skc_to_tcp_request_sock skc_to_tcp_sock skc_to_tcp_timewait_sock
        skc_to_udp6_sock skc_to_unix_sock snprintf snprintf_btf spin_lock spin_unlock strncmp strtol
        strtoul tail_call task_pt_regs this_cpu_ptr timer_cancel timer_init timer_set_callback
        timer_start trace_printk trace_vprintk user_ringbuf_drain""".split()),
    ('sk_reuseport', None): frozenset("""
        dynptr_data dynptr_from_mem dynptr_read dynptr_write for_each_map_elem get_current_task
        get_current_task_btf get_numa_node_id get_prandom_u32 get_smp_processor_id get_socket_cookie
        jiffies64 kptr_xchg ktime_get_boot_ns ktime_get_coarse_ns ktime_get_ns ktime_get_tai_ns loop
        map_delete_elem map_lookup_elem map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem
        map_update_elem per_cpu_ptr probe_read_kernel probe_read_kernel_str probe_read_user
        probe_read_user_str ringbuf_discard ringbuf_discard_dynptr ringbuf_output ringbuf_query
        ringbuf_reserve ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr sk_select_reuseport
        skb_load_bytes skb_load_bytes_relative snprintf snprintf_btf spin_lock spin_unlock strncmp
        strtol strtoul tail_call task_pt_regs this_cpu_ptr timer_cancel timer_init timer_set_callback
        timer_start trace_printk trace_vprintk user_ringbuf_drain""".split()),
    ('sk_skb', None): frozenset("""
        dynptr_data dynptr_from_mem dynptr_read dynptr_write for_each_map_elem get_current_task
        get_current_task_btf get_numa_node_id get_prandom_u32 get_smp_processor_id get_socket_cookie
        get_socket_uid jiffies64 kptr_xchg ktime_get_boot_ns ktime_get_coarse_ns ktime_get_ns
        ktime_get_tai_ns loop map_delete_elem map_lookup_elem map_lookup_percpu_elem map_peek_elem
        map_pop_elem map_push_elem map_update_elem per_cpu_ptr perf_event_output probe_read_kernel
        probe_read_kernel_str probe_read_user probe_read_user_str ringbuf_discard
        ringbuf_discard_dynptr ringbuf_output ringbuf_query ringbuf_reserve ringbuf_reserve_dynptr
        ringbuf_submit ringbuf_submit_dynptr sk_lookup_tcp sk_lookup_udp sk_redirect_hash
        sk_redirect_map sk_release skb_adjust_room skb_change_head skb_change_tail skb_load_bytes
        skb_pull_data skb_store_bytes skc_lookup_tcp skc_to_mptcp_sock skc_to_tcp6_sock
        skc_to_tcp_request_sock skc_to_tcp_sock skc_to_tcp_timewait_sock skc_to_udp6_sock
        skc_to_unix_sock snprintf snprintf_btf spin_lock spin_unlock strncmp strtol strtoul tail_call
        task_pt_regs this_cpu_ptr timer_cancel timer_init timer_set_callback timer_start trace_printk
        trace_vprintk user_ringbuf_drain""".split()),
    ('sock_ops', None): frozenset("""
        dynptr_data dynptr_from_mem dynptr_read dynptr_write for_each_map_elem get_current_task
        get_current_task_btf get_local_storage get_netns_cookie get_numa_node_id get_prandom_u32
        get_smp_processor_id get_socket_cookie getsockopt jiffies64 kptr_xchg ktime_get_boot_ns
        ktime_get_coarse_ns ktime_get_ns ktime_get_tai_ns load_hdr_opt loop map_delete_elem
        map_lookup_elem map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem map_update_elem
        per_cpu_ptr perf_event_output probe_read_kernel probe_read_kernel_str probe_read_user
        probe_read_user_str reserve_hdr_opt ringbuf_discard ringbuf_discard_dynptr ringbuf_output
        ringbuf_query ringbuf_reserve ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr
        setsockopt sk_storage_delete sk_storage_get skc_to_mptcp_sock skc_to_tcp6_sock
        skc_to_tcp_request_sock skc_to_tcp_sock skc_to_tcp_timewait_sock skc_to_udp6_sock
        skc_to_unix_sock snprintf snprintf_btf sock_hash_update sock_map_update sock_ops_cb_flags_set
        spin_lock spin_unlock store_hdr_opt strncmp strtol strtoul tail_call task_pt_regs tcp_sock
        this_cpu_ptr timer_cancel timer_init timer_set_callback timer_start trace_printk trace_vprintk
        user_ringbuf_drain""".split()),
    ('socket_filter', None): frozenset("""
        dynptr_data dynptr_from_mem dynptr_read dynptr_write for_each_map_elem get_current_task
        get_current_task_btf get_numa_node_id get_prandom_u32 get_smp_processor_id get_socket_cookie
        get_socket_uid jiffies64 kptr_xchg ktime_get_boot_ns ktime_get_coarse_ns ktime_get_ns
        ktime_get_tai_ns loop map_delete_elem map_lookup_elem map_lookup_percpu_elem map_peek_elem
        map_pop_elem map_push_elem map_update_elem per_cpu_ptr perf_event_output probe_read_kernel
        probe_read_kernel_str probe_read_user probe_read_user_str ringbuf_discard
        ringbuf_discard_dynptr ringbuf_output ringbuf_query ringbuf_reserve ringbuf_reserve_dynptr
        ringbuf_submit ringbuf_submit_dynptr skb_load_bytes skb_load_bytes_relative skc_to_mptcp_sock
        skc_to_tcp6_sock skc_to_tcp_request_sock skc_to_tcp_sock skc_to_tcp_timewait_sock
        skc_to_udp6_sock skc_to_unix_sock snprintf snprintf_btf spin_lock spin_unlock strncmp strtol
        strtoul tail_call task_pt_regs this_cpu_ptr timer_cancel timer_init timer_set_callback
        timer_start trace_printk trace_vprintk user_ringbuf_drain""".split()),
    ('struct_ops', None): frozenset("""
        dynptr_data dynptr_from_mem dynptr_read dynptr_write for_each_map_elem get_current_task
        get_current_task_btf get_numa_node_id get_prandom_u32 get_smp_processor_id getsockopt jiffies64
        kptr_xchg ktime_get_boot_ns ktime_get_coarse_ns ktime_get_ns ktime_get_tai_ns loop
        map_delete_elem map_lookup_elem map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem
        map_update_elem per_cpu_ptr probe_read_kernel probe_read_kernel_str probe_read_user
        probe_read_user_str ringbuf_discard ringbuf_discard_dynptr ringbuf_output ringbuf_query
        ringbuf_reserve ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr setsockopt
        sk_storage_delete sk_storage_get snprintf snprintf_btf spin_lock spin_unlock strncmp strtol
        strtoul tail_call task_pt_regs tcp_send_ack this_cpu_ptr timer_cancel timer_init
        timer_set_callback timer_start trace_printk trace_vprintk user_ringbuf_drain""".split()),
    ('syscall', None): frozenset("""
        btf_find_by_name_kind copy_from_user copy_from_user_task current_task_under_cgroup d_path
        dynptr_data dynptr_from_mem dynptr_read dynptr_write find_vma for_each_map_elem
        get_branch_snapshot get_current_ancestor_cgroup_id get_current_cgroup_id get_current_comm
        get_current_pid_tgid get_current_task get_current_task_btf get_current_uid_gid get_func_ip
        get_ns_current_pid_tgid get_numa_node_id get_prandom_u32 get_smp_processor_id get_socket_cookie
        get_stack get_stackid get_task_stack jiffies64 kallsyms_lookup_name kptr_xchg ktime_get_boot_ns
        ktime_get_ns ktime_get_tai_ns loop map_delete_elem map_lookup_elem map_lookup_percpu_elem
        map_peek_elem map_pop_elem map_push_elem map_update_elem per_cpu_ptr perf_event_output
        perf_event_read perf_event_read_value probe_read probe_read_kernel probe_read_kernel_str
        probe_read_str probe_read_user probe_read_user_str probe_write_user ringbuf_discard
        ringbuf_discard_dynptr ringbuf_output ringbuf_query ringbuf_reserve ringbuf_reserve_dynptr
        ringbuf_submit ringbuf_submit_dynptr send_signal send_signal_thread sk_storage_delete
        sk_storage_get skb_output skc_to_mptcp_sock skc_to_tcp6_sock skc_to_tcp_request_sock
        skc_to_tcp_sock skc_to_tcp_timewait_sock skc_to_udp6_sock skc_to_unix_sock snprintf
        snprintf_btf sock_from_file spin_lock spin_unlock strncmp strtol strtoul sys_bpf sys_close
        tail_call task_pt_regs task_storage_delete task_storage_get this_cpu_ptr timer_cancel
        timer_init timer_set_callback timer_start trace_printk trace_vprintk user_ringbuf_drain
        xdp_get_buff_len xdp_output""".split()),
    ('tracepoint', None): frozenset("""
        copy_from_user copy_from_user_task current_task_under_cgroup dynptr_data dynptr_from_mem
        dynptr_read dynptr_write find_vma for_each_map_elem get_attach_cookie get_branch_snapshot
        get_current_ancestor_cgroup_id get_current_cgroup_id get_current_comm get_current_pid_tgid
        get_current_task get_current_task_btf get_current_uid_gid get_func_ip get_ns_current_pid_tgid
        get_numa_node_id get_prandom_u32 get_smp_processor_id get_stack get_stackid get_task_stack
        jiffies64 kptr_xchg ktime_get_boot_ns ktime_get_ns ktime_get_tai_ns loop map_delete_elem
        map_lookup_elem map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem map_update_elem
        per_cpu_ptr perf_event_output perf_event_read perf_event_read_value probe_read
        probe_read_kernel probe_read_kernel_str probe_read_str probe_read_user probe_read_user_str
        probe_write_user ringbuf_discard ringbuf_discard_dynptr ringbuf_output ringbuf_query
        ringbuf_reserve ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr send_signal
        send_signal_thread snprintf snprintf_btf spin_lock spin_unlock strncmp strtol strtoul tail_call
        task_pt_regs task_storage_delete task_storage_get this_cpu_ptr timer_cancel timer_init
        timer_set_callback timer_start trace_printk trace_vprintk user_ringbuf_drain""".split()),
    ('tracing', None): frozenset("""
        copy_from_user copy_from_user_task current_task_under_cgroup d_path dynptr_data dynptr_from_mem
        dynptr_read dynptr_write find_vma for_each_map_elem get_branch_snapshot
        get_current_ancestor_cgroup_id get_current_cgroup_id get_current_comm get_current_pid_tgid
        get_current_task get_current_task_btf get_current_uid_gid get_func_ip get_ns_current_pid_tgid
        get_numa_node_id get_prandom_u32 get_smp_processor_id get_socket_cookie get_stack get_stackid
        get_task_stack jiffies64 kptr_xchg ktime_get_boot_ns ktime_get_ns ktime_get_tai_ns loop
        map_delete_elem map_lookup_elem map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem
        map_update_elem per_cpu_ptr perf_event_output perf_event_read perf_event_read_value probe_read
        probe_read_kernel probe_read_kernel_str probe_read_str probe_read_user probe_read_user_str
        probe_write_user ringbuf_discard ringbuf_discard_dynptr ringbuf_output ringbuf_query
        ringbuf_reserve ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr send_signal
        send_signal_thread sk_storage_delete sk_storage_get skb_output skc_to_mptcp_sock
        skc_to_tcp6_sock skc_to_tcp_request_sock skc_to_tcp_sock skc_to_tcp_timewait_sock
        skc_to_udp6_sock skc_to_unix_sock snprintf snprintf_btf sock_from_file spin_lock spin_unlock
        strncmp strtol strtoul tail_call task_pt_regs task_storage_delete task_storage_get this_cpu_ptr
        timer_cancel timer_init timer_set_callback timer_start trace_printk trace_vprintk
        user_ringbuf_drain xdp_get_buff_len xdp_output""".split()),
    ('tracing', 'modify_return'): frozenset("""
        copy_from_user copy_from_user_task current_task_under_cgroup d_path dynptr_data dynptr_from_mem
        dynptr_read dynptr_write find_vma for_each_map_elem get_attach_cookie get_branch_snapshot
        get_current_ancestor_cgroup_id get_current_cgroup_id get_current_comm get_current_pid_tgid
        get_current_task get_current_task_btf get_current_uid_gid get_func_arg get_func_arg_cnt
        get_func_ip get_func_ret get_ns_current_pid_tgid get_numa_node_id get_prandom_u32
        get_smp_processor_id get_socket_cookie get_stack get_stackid get_task_stack jiffies64 kptr_xchg
        ktime_get_boot_ns ktime_get_ns ktime_get_tai_ns loop map_delete_elem map_lookup_elem
        map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem map_update_elem per_cpu_ptr
        perf_event_output perf_event_read perf_event_read_value probe_read probe_read_kernel
        probe_read_kernel_str probe_read_str probe_read_user probe_read_user_str probe_write_user
        ringbuf_discard ringbuf_discard_dynptr ringbuf_output ringbuf_query ringbuf_reserve
        ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr send_signal send_signal_thread
        sk_storage_delete sk_storage_get skb_output skc_to_mptcp_sock skc_to_tcp6_sock
        skc_to_tcp_request_sock skc_to_tcp_sock skc_to_tcp_timewait_sock skc_to_udp6_sock
        skc_to_unix_sock snprintf snprintf_btf sock_from_file spin_lock spin_unlock strncmp strtol
        strtoul tail_call task_pt_regs task_storage_delete task_storage_get this_cpu_ptr timer_cancel
        timer_init timer_set_callback timer_start trace_printk trace_vprintk user_ringbuf_drain
        xdp_get_buff_len xdp_output""".split()),
    ('tracing', 'trace_fentry'): frozenset("""
        copy_from_user copy_from_user_task current_task_under_cgroup d_path dynptr_data dynptr_from_mem
        dynptr_read dynptr_write find_vma for_each_map_elem get_attach_cookie get_branch_snapshot
        get_current_ancestor_cgroup_id get_current_cgroup_id get_current_comm get_current_pid_tgid
        get_current_task get_current_task_btf get_current_uid_gid get_func_arg get_func_arg_cnt
        get_func_ip get_func_ret get_ns_current_pid_tgid get_numa_node_id get_prandom_u32
        get_smp_processor_id get_socket_cookie get_stack get_stackid get_task_stack jiffies64 kptr_xchg
        ktime_get_boot_ns ktime_get_ns ktime_get_tai_ns loop map_delete_elem map_lookup_elem
        map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem map_update_elem per_cpu_ptr
        perf_event_output perf_event_read perf_event_read_value probe_read probe_read_kernel
        probe_read_kernel_str probe_read_str probe_read_user probe_read_user_str probe_write_user
        ringbuf_discard ringbuf_discard_dynptr ringbuf_output ringbuf_query ringbuf_reserve
        ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr send_signal send_signal_thread
        sk_storage_delete sk_storage_get skb_output skc_to_mptcp_sock skc_to_tcp6_sock
        skc_to_tcp_request_sock skc_to_tcp_sock skc_to_tcp_timewait_sock skc_to_udp6_sock
        skc_to_unix_sock snprintf snprintf_btf sock_from_file spin_lock spin_unlock strncmp strtol
        strtoul tail_call task_pt_regs task_storage_delete task_storage_get this_cpu_ptr timer_cancel
        timer_init timer_set_callback timer_start trace_printk trace_vprintk user_ringbuf_drain
        xdp_get_buff_len xdp_output""".split()),
    ('tracing', 'trace_fexit'): frozenset("""
        copy_from_user copy_from_user_task current_task_under_cgroup d_path dynptr_data dynptr_from_mem
        dynptr_read dynptr_write find_vma for_each_map_elem get_attach_cookie get_branch_snapshot
        get_current_ancestor_cgroup_id get_current_cgroup_id get_current_comm get_current_pid_tgid
        get_current_task get_current_task_btf get_current_uid_gid get_func_arg get_func_arg_cnt
        get_func_ip get_func_ret get_ns_current_pid_tgid get_numa_node_id get_prandom_u32
        get_smp_processor_id get_socket_cookie get_stack get_stackid get_task_stack jiffies64 kptr_xchg
        ktime_get_boot_ns ktime_get_ns ktime_get_tai_ns loop map_delete_elem map_lookup_elem
        map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem map_update_elem per_cpu_ptr
        perf_event_output perf_event_read perf_event_read_value probe_read probe_read_kernel
        probe_read_kernel_str probe_read_str probe_read_user probe_read_user_str probe_write_user
        ringbuf_discard ringbuf_discard_dynptr ringbuf_output ringbuf_query ringbuf_reserve
        ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr send_signal send_signal_thread
        sk_storage_delete sk_storage_get skb_output skc_to_mptcp_sock skc_to_tcp6_sock
        skc_to_tcp_request_sock skc_to_tcp_sock skc_to_tcp_timewait_sock skc_to_udp6_sock
        skc_to_unix_sock snprintf snprintf_btf sock_from_file spin_lock spin_unlock strncmp strtol
        strtoul tail_call task_pt_regs task_storage_delete task_storage_get this_cpu_ptr timer_cancel
        timer_init timer_set_callback timer_start trace_printk trace_vprintk user_ringbuf_drain
        xdp_get_buff_len xdp_output""".split()),
    ('tracing', 'trace_iter'): frozenset("""
        copy_from_user copy_from_user_task current_task_under_cgroup d_path dynptr_data dynptr_from_mem
        dynptr_read dynptr_write find_vma for_each_map_elem get_branch_snapshot
        get_current_ancestor_cgroup_id get_current_cgroup_id get_current_comm get_current_pid_tgid
        get_current_task get_current_task_btf get_current_uid_gid get_func_ip get_ns_current_pid_tgid
        get_numa_node_id get_prandom_u32 get_smp_processor_id get_socket_cookie get_stack get_stackid
        get_task_stack jiffies64 kptr_xchg ktime_get_boot_ns ktime_get_ns ktime_get_tai_ns loop
        map_delete_elem map_lookup_elem map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem
        map_update_elem per_cpu_ptr perf_event_output perf_event_read perf_event_read_value probe_read
        probe_read_kernel probe_read_kernel_str probe_read_str probe_read_user probe_read_user_str
        probe_write_user ringbuf_discard ringbuf_discard_dynptr ringbuf_output ringbuf_query
        ringbuf_reserve ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr send_signal
        send_signal_thread seq_printf seq_printf_btf seq_write sk_storage_delete sk_storage_get
        skb_output skc_to_mptcp_sock skc_to_tcp6_sock skc_to_tcp_request_sock skc_to_tcp_sock
        skc_to_tcp_timewait_sock skc_to_udp6_sock skc_to_unix_sock snprintf snprintf_btf sock_from_file
        spin_lock spin_unlock strncmp strtol strtoul tail_call task_pt_regs task_storage_delete
        task_storage_get this_cpu_ptr timer_cancel timer_init timer_set_callback timer_start
        trace_printk trace_vprintk user_ringbuf_drain xdp_get_buff_len xdp_output""".split()),
    ('tracing', 'trace_raw_tp'): frozenset("""
        copy_from_user copy_from_user_task current_task_under_cgroup d_path dynptr_data dynptr_from_mem
        dynptr_read dynptr_write find_vma for_each_map_elem get_branch_snapshot
        get_current_ancestor_cgroup_id get_current_cgroup_id get_current_comm get_current_pid_tgid
        get_current_task get_current_task_btf get_current_uid_gid get_func_ip get_ns_current_pid_tgid
        get_numa_node_id get_prandom_u32 get_smp_processor_id get_socket_cookie get_stack get_stackid
        get_task_stack jiffies64 kptr_xchg ktime_get_boot_ns ktime_get_ns ktime_get_tai_ns loop
        map_delete_elem map_lookup_elem map_lookup_percpu_elem map_peek_elem map_pop_elem map_push_elem
        map_update_elem per_cpu_ptr perf_event_output perf_event_read perf_event_read_value probe_read
        probe_read_kernel probe_read_kernel_str probe_read_str probe_read_user probe_read_user_str
        probe_write_user ringbuf_discard ringbuf_discard_dynptr ringbuf_output ringbuf_query
        ringbuf_reserve ringbuf_reserve_dynptr ringbuf_submit ringbuf_submit_dynptr send_signal
        send_signal_thread sk_storage_delete sk_storage_get skb_output skc_to_mptcp_sock
        skc_to_tcp6_sock skc_to_tcp_request_sock skc_to_tcp_sock skc_to_tcp_timewait_sock
        skc_to_udp6_sock skc_to_unix_sock snprintf snprintf_btf sock_from_file spin_lock spin_unlock
        strncmp strtol strtoul tail_call task_pt_regs task_storage_delete task_storage_get this_cpu_ptr
        timer_cancel timer_init timer_set_callback timer_start trace_printk trace_vprintk
        user_ringbuf_drain xdp_get_buff_len xdp_output""".split()),
    ('xdp', None): frozenset("""
        check_mtu csum_diff dynptr_data dynptr_from_mem dynptr_read dynptr_write fib_lookup
        for_each_map_elem get_current_task get_current_task_btf get_numa_node_id get_prandom_u32
        get_smp_processor_id jiffies64 kptr_xchg ktime_get_boot_ns ktime_get_coarse_ns ktime_get_ns
        ktime_get_tai_ns loop map_delete_elem map_lookup_elem map_lookup_percpu_elem map_peek_elem
        map_pop_elem map_push_elem map_update_elem per_cpu_ptr perf_event_output probe_read_kernel
        probe_read_kernel_str probe_read_user probe_read_user_str redirect redirect_map ringbuf_discard
        ringbuf_discard_dynptr ringbuf_output ringbuf_query ringbuf_reserve ringbuf_reserve_dynptr
        ringbuf_submit ringbuf_submit_dynptr sk_lookup_tcp sk_lookup_udp sk_release skc_lookup_tcp
        skc_to_mptcp_sock skc_to_tcp6_sock skc_to_tcp_request_sock skc_to_tcp_sock
        skc_to_tcp_timewait_sock skc_to_udp6_sock skc_to_unix_sock snprintf snprintf_btf spin_lock
        spin_unlock strncmp strtol strtoul tail_call task_pt_regs tcp_check_syncookie tcp_gen_syncookie
        tcp_raw_check_syncookie_ipv4 tcp_raw_check_syncookie_ipv6 tcp_raw_gen_syncookie_ipv4
        tcp_raw_gen_syncookie_ipv6 this_cpu_ptr timer_cancel timer_init timer_set_callback timer_start
        trace_printk trace_vprintk user_ringbuf_drain xdp_adjust_head xdp_adjust_meta xdp_adjust_tail
        xdp_get_buff_len xdp_load_bytes xdp_store_bytes""".split()),
}
