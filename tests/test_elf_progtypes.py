"""Section name -> program type as libbpf 1.1 decides it (spec/progtypes.py)."""
import pytest

from bpfsmt.spec.progtypes import BPF_F_SLEEPABLE, BPF_F_XDP_HAS_FRAGS, section_to_type

CASES = [
    # section, prog_type, expected_attach_type, sleepable, target, libbpf 1.1 accepts
    ("socket", "socket_filter", None, False, None, True),
    ("tc", "sched_cls", None, False, None, True),
    ("classifier", "sched_cls", None, False, None, True),
    ("action", "sched_act", None, False, None, True),
    ("xdp", "xdp", "xdp", False, None, True),
    ("xdp.frags", "xdp", "xdp", False, None, True),
    ("xdp/devmap", "xdp", "xdp_devmap", False, None, True),
    ("xdp.frags/cpumap", "xdp", "xdp_cpumap", False, None, True),
    ("kprobe/do_sys_open", "kprobe", None, False, "do_sys_open", True),
    ("kretprobe/tcp_sendmsg", "kprobe", None, False, "tcp_sendmsg", True),
    ("uprobe.s//bin/bash:readline", "kprobe", None, True, "/bin/bash:readline", True),
    ("kprobe.multi/tcp_*", "kprobe", "trace_kprobe_multi", False, "tcp_*", True),
    ("usdt", "kprobe", None, False, None, True),
    ("tracepoint/syscalls/sys_enter_write", "tracepoint", None, False,
     "syscalls/sys_enter_write", True),
    ("tp/sched/sched_switch", "tracepoint", None, False, "sched/sched_switch", True),
    ("raw_tp/sys_enter", "raw_tracepoint", None, False, "sys_enter", True),
    ("raw_tracepoint.w/bpf_test_finish", "raw_tracepoint_writable", None, False,
     "bpf_test_finish", True),
    ("tp_btf/sched_switch", "tracing", "trace_raw_tp", False, "sched_switch", True),
    ("fentry/do_nanosleep", "tracing", "trace_fentry", False, "do_nanosleep", True),
    ("fentry.s/do_nanosleep", "tracing", "trace_fentry", True, "do_nanosleep", True),
    ("fexit/tcp_close", "tracing", "trace_fexit", False, "tcp_close", True),
    ("fmod_ret.s/bpf_modify_return_test", "tracing", "modify_return", True,
     "bpf_modify_return_test", True),
    ("freplace/handle", "ext", None, False, "handle", True),
    ("lsm/file_open", "lsm", "lsm_mac", False, "file_open", True),
    ("lsm.s/bprm_committed_creds", "lsm", "lsm_mac", True, "bprm_committed_creds", True),
    ("lsm_cgroup/socket_bind", "lsm", "lsm_cgroup", False, "socket_bind", True),
    ("iter/task", "tracing", "trace_iter", False, "task", True),
    ("iter.s/task", "tracing", "trace_iter", True, "task", True),
    ("syscall", "syscall", None, True, None, True),
    ("struct_ops/tcp_init", "struct_ops", None, False, "tcp_init", True),
    ("struct_ops", "struct_ops", None, False, None, True),
    ("cgroup_skb/egress", "cgroup_skb", "cgroup_inet_egress", False, None, True),
    ("cgroup_skb/ingress", "cgroup_skb", "cgroup_inet_ingress", False, None, True),
    ("cgroup/skb", "cgroup_skb", None, False, None, True),
    ("cgroup/sock", "cgroup_sock", "cgroup_inet_sock_create", False, None, True),
    ("cgroup/sock_release", "cgroup_sock", "cgroup_inet_sock_release", False, None, True),
    ("cgroup/connect4", "cgroup_sock_addr", "cgroup_inet4_connect", False, None, True),
    ("cgroup/getsockname6", "cgroup_sock_addr", "cgroup_inet6_getsockname", False, None, True),
    ("cgroup/sysctl", "cgroup_sysctl", "cgroup_sysctl", False, None, True),
    ("cgroup/setsockopt", "cgroup_sockopt", "cgroup_setsockopt", False, None, True),
    ("cgroup/dev", "cgroup_device", "cgroup_device", False, None, True),
    ("sockops", "sock_ops", "cgroup_sock_ops", False, None, True),
    ("sk_skb/stream_verdict", "sk_skb", "sk_skb_stream_verdict", False, None, True),
    ("sk_skb", "sk_skb", None, False, None, True),
    ("sk_msg", "sk_msg", "sk_msg_verdict", False, None, True),
    ("sk_lookup", "sk_lookup", "sk_lookup", False, None, True),
    ("sk_reuseport/migrate", "sk_reuseport", "sk_reuseport_select_or_migrate", False, None, True),
    ("flow_dissector", "flow_dissector", "flow_dissector", False, None, True),
    ("lwt_xmit", "lwt_xmit", None, False, None, True),
    ("perf_event", "perf_event", None, False, None, True),
    # names only libbpf 0.x knew (prefix match)
    ("socket1", "socket_filter", None, False, None, False),
    ("socket/3", "socket_filter", None, False, "3", False),
    ("xdp_prog", "xdp", "xdp", False, None, False),
    ("cgroup/sock1", "cgroup_sock", "cgroup_inet_sock_create", False, None, False),
    ("tc/entry", "sched_cls", None, False, "entry", False),
    ("classifier_ingress", "sched_cls", None, False, None, False),
]


@pytest.mark.parametrize("sec,ptype,attach,sleepable,target,v11", CASES)
def test_section_table(sec, ptype, attach, sleepable, target, v11):
    info = section_to_type(sec)
    assert info.prog_type == ptype
    assert info.expected_attach_type == attach
    assert info.sleepable is sleepable
    assert info.attach_target == target
    assert info.libbpf11 is v11
    assert bool(info.prog_flags & BPF_F_SLEEPABLE) is sleepable


def test_plus_patterns_need_a_slash():
    # "kprobe+" matches kprobe and kprobe/..., never kprobeX (that is only a legacy prefix)
    assert section_to_type("kprobe").libbpf11
    assert not section_to_type("kprobes_foo").libbpf11
    assert section_to_type("fentryX").prog_type is None
    # exact names do not take a suffix in 1.1
    assert not section_to_type("syscall/foo").known


def test_frags_flag_and_unknown_names():
    assert section_to_type("xdp.frags").prog_flags == BPF_F_XDP_HAS_FRAGS
    assert section_to_type("xdp").prog_flags == 0
    for name in ("2/7", "from-netdev", "tail-32", ".text", "license"):
        info = section_to_type(name)
        assert info.prog_type is None and not info.known
    assert section_to_type("lsm.s/file_open").to_json()["sleepable"] is True


def test_question_mark_prefix_means_no_autoload_only():
    info = section_to_type("?tc")
    assert info.prog_type == "sched_cls" and info.libbpf11 and info.section == "?tc"
    assert section_to_type("?lsm.s/file_open").sleepable
