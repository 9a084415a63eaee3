"""ELF section name -> program type, expected attach type, sleepable, attach target.

This is what libbpf 1.1 decides in `find_sec_def()` from its `section_defs` table (written here
from the documented semantics, not copied): the oracle loads objects with libbpf 1.1, so the
program type the model assumes must be the one the kernel saw.

Matching (libbpf 1.x `sec_def_matches`):
  * a pattern ending in `+` matches the bare name or `name/<anything>`; what follows `/` is the
    attach target (kprobe function, tracepoint `category/name`, BTF function for fentry/lsm ...);
  * a pattern ending in `/` matches any name with that prefix;
  * any other pattern matches only exactly.
The first matching entry wins, so order matters (`xdp.frags/devmap` before `xdp`).

Objects from before libbpf 1.0 (iproute2, bcc-era kernel samples, Cilium) use names libbpf 1.1
refuses (`socket1`, `xdp_prog`, `cgroup/sock1`, `classifier_foo`): libbpf 0.x matched them by
prefix. `section_to_type` falls back to that legacy prefix match and marks the result
`legacy=True` (libbpf 1.1 would report "missing BPF prog type, check ELF section name").
Names neither version knows (Cilium's `2/7`, `from-netdev`) get `known=False`; the loader that
owns the whole file (tc/ip) chooses their type, see `grammar/elf.py`.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Optional

from .program import BPF_F_SLEEPABLE, BPF_F_XDP_HAS_FRAGS

# enum bpf_prog_type (UAPI, 6.1), lowercase without BPF_PROG_TYPE_
PROG_TYPES = [
    "unspec", "socket_filter", "kprobe", "sched_cls", "sched_act", "tracepoint", "xdp",
    "perf_event", "cgroup_skb", "cgroup_sock", "lwt_in", "lwt_out", "lwt_xmit", "sock_ops",
    "sk_skb", "cgroup_device", "sk_msg", "raw_tracepoint", "cgroup_sock_addr", "lwt_seg6local",
    "lirc_mode2", "sk_reuseport", "flow_dissector", "cgroup_sysctl", "raw_tracepoint_writable",
    "cgroup_sockopt", "tracing", "struct_ops", "ext", "lsm", "sk_lookup", "syscall",
]
PROG_TYPE_IDS = {n: i for i, n in enumerate(PROG_TYPES)}

# enum bpf_attach_type (UAPI, 6.1), lowercase without BPF_
ATTACH_TYPES = [
    "cgroup_inet_ingress", "cgroup_inet_egress", "cgroup_inet_sock_create", "cgroup_sock_ops",
    "sk_skb_stream_parser", "sk_skb_stream_verdict", "cgroup_device", "sk_msg_verdict",
    "cgroup_inet4_bind", "cgroup_inet6_bind", "cgroup_inet4_connect", "cgroup_inet6_connect",
    "cgroup_inet4_post_bind", "cgroup_inet6_post_bind", "cgroup_udp4_sendmsg",
    "cgroup_udp6_sendmsg", "lirc_mode2", "flow_dissector", "cgroup_sysctl",
    "cgroup_udp4_recvmsg", "cgroup_udp6_recvmsg", "cgroup_getsockopt", "cgroup_setsockopt",
    "trace_raw_tp", "trace_fentry", "trace_fexit", "modify_return", "lsm_mac", "trace_iter",
    "cgroup_inet4_getpeername", "cgroup_inet6_getpeername", "cgroup_inet4_getsockname",
    "cgroup_inet6_getsockname", "xdp_devmap", "cgroup_inet_sock_release", "xdp_cpumap",
    "sk_lookup", "xdp", "sk_skb_verdict", "sk_reuseport_select",
    "sk_reuseport_select_or_migrate", "perf_event", "trace_kprobe_multi", "lsm_cgroup",
]
ATTACH_TYPE_IDS = {n: i for i, n in enumerate(ATTACH_TYPES)}

# Program-type groups, each named after the kernel test that defines it (6.1).
# verifier.c is_tracing_prog_type(): may not use bpf_spin_lock / bpf_timer maps (SL-03).
TRACING_PROG_TYPES = frozenset({"kprobe", "tracepoint", "perf_event", "raw_tracepoint",
                                "raw_tracepoint_writable"})
# Program types whose get_func_proto falls back to bpf_tracing_func_proto (kernel/trace/
# bpf_trace.c); the others fall back to bpf_base_func_proto.
TRACING_FUNC_PROTO_TYPES = TRACING_PROG_TYPES | {"tracing", "lsm"}
# Program types whose ctx arguments are typed by BTF (btf_ctx_access) or are BTF pointers, so
# a load through them becomes BPF_PROBE_MEM in the xlated program.
BTF_CTX_PROG_TYPES = frozenset({"tracing", "lsm", "raw_tracepoint", "raw_tracepoint_writable",
                                "syscall", "struct_ops", "ext"})
# prog_args_trusted (TRUSTED-PTR): whose BTF ctx arguments are PTR_TRUSTED. Tracing programs
# only as tp_btf and iterators (not fentry/fexit), struct_ops always, LSM except the hooks of
# untrusted_lsm_hooks (kernel/bpf/bpf_lsm.c; names without bpf_lsm_).
ARGS_TRUSTED_ATTACH = {"tracing": frozenset({"trace_raw_tp", "trace_iter"})}
ARGS_TRUSTED_TYPES = frozenset({"struct_ops", "lsm"})
UNTRUSTED_LSM_HOOKS = frozenset({"bpf_map_free", "bpf_prog_free", "file_alloc_security",
                                 "file_free_security", "sk_alloc_security", "sk_free_security",
                                 "task_free"})


def prog_args_trusted(prog_type: str, attach_type: str, attach_target: str) -> bool:
    if prog_type == "lsm":
        return attach_target not in UNTRUSTED_LSM_HOOKS
    return prog_type in ARGS_TRUSTED_TYPES or attach_type in ARGS_TRUSTED_ATTACH.get(prog_type, ())


# Program types whose context holds kernel pointers (BTF arguments, pt_regs, tracepoint args).
KERNEL_POINTER_CTX_TYPES = BTF_CTX_PROG_TYPES | {"tracepoint", "kprobe", "perf_event"}
# verifier.c may_access_skb(): LD_ABS/LD_IND are allowed and do_misc_fixups inlines them via
# ops->gen_ld_abs.
MAY_ACCESS_SKB_TYPES = frozenset({"socket_filter", "sched_cls", "sched_act"})

# SEC_* flags of a section definition
SEC_NONE = 0
SEC_EXP_ATTACH_OPT = 1 << 0   # expected_attach_type optional at load
SEC_ATTACHABLE = 1 << 1       # needs expected_attach_type at load
SEC_ATTACH_BTF = 1 << 2       # target resolved in kernel BTF (attach_btf_id)
SEC_SLEEPABLE = 1 << 3        # loaded with BPF_F_SLEEPABLE
SEC_XDP_FRAGS = 1 << 4        # loaded with BPF_F_XDP_HAS_FRAGS
SEC_USDT = 1 << 5
SEC_ATTACHABLE_OPT = SEC_ATTACHABLE | SEC_EXP_ATTACH_OPT


# (pattern, prog_type, expected_attach_type or None, flags) in libbpf 1.1 order.
SECTION_DEFS: list[tuple[str, str, Optional[str], int]] = [
    ("socket", "socket_filter", None, SEC_NONE),
    ("sk_reuseport/migrate", "sk_reuseport", "sk_reuseport_select_or_migrate", SEC_ATTACHABLE),
    ("sk_reuseport", "sk_reuseport", "sk_reuseport_select", SEC_ATTACHABLE),
    ("kprobe+", "kprobe", None, SEC_NONE),
    ("uprobe+", "kprobe", None, SEC_NONE),
    ("uprobe.s+", "kprobe", None, SEC_SLEEPABLE),
    ("kretprobe+", "kprobe", None, SEC_NONE),
    ("uretprobe+", "kprobe", None, SEC_NONE),
    ("uretprobe.s+", "kprobe", None, SEC_SLEEPABLE),
    ("kprobe.multi+", "kprobe", "trace_kprobe_multi", SEC_NONE),
    ("kretprobe.multi+", "kprobe", "trace_kprobe_multi", SEC_NONE),
    ("ksyscall+", "kprobe", None, SEC_NONE),
    ("kretsyscall+", "kprobe", None, SEC_NONE),
    ("usdt+", "kprobe", None, SEC_USDT),
    ("tc", "sched_cls", None, SEC_NONE),
    ("classifier", "sched_cls", None, SEC_NONE),
    ("action", "sched_act", None, SEC_NONE),
    ("tracepoint+", "tracepoint", None, SEC_NONE),
    ("tp+", "tracepoint", None, SEC_NONE),
    ("raw_tracepoint+", "raw_tracepoint", None, SEC_NONE),
    ("raw_tp+", "raw_tracepoint", None, SEC_NONE),
    ("raw_tracepoint.w+", "raw_tracepoint_writable", None, SEC_NONE),
    ("raw_tp.w+", "raw_tracepoint_writable", None, SEC_NONE),
    ("tp_btf+", "tracing", "trace_raw_tp", SEC_ATTACH_BTF),
    ("fentry+", "tracing", "trace_fentry", SEC_ATTACH_BTF),
    ("fmod_ret+", "tracing", "modify_return", SEC_ATTACH_BTF),
    ("fexit+", "tracing", "trace_fexit", SEC_ATTACH_BTF),
    ("fentry.s+", "tracing", "trace_fentry", SEC_ATTACH_BTF | SEC_SLEEPABLE),
    ("fmod_ret.s+", "tracing", "modify_return", SEC_ATTACH_BTF | SEC_SLEEPABLE),
    ("fexit.s+", "tracing", "trace_fexit", SEC_ATTACH_BTF | SEC_SLEEPABLE),
    ("freplace+", "ext", None, SEC_ATTACH_BTF),
    ("lsm+", "lsm", "lsm_mac", SEC_ATTACH_BTF),
    ("lsm.s+", "lsm", "lsm_mac", SEC_ATTACH_BTF | SEC_SLEEPABLE),
    ("lsm_cgroup+", "lsm", "lsm_cgroup", SEC_ATTACH_BTF),
    ("iter+", "tracing", "trace_iter", SEC_ATTACH_BTF),
    ("iter.s+", "tracing", "trace_iter", SEC_ATTACH_BTF | SEC_SLEEPABLE),
    ("syscall", "syscall", None, SEC_SLEEPABLE),
    ("xdp.frags/devmap", "xdp", "xdp_devmap", SEC_XDP_FRAGS),
    ("xdp/devmap", "xdp", "xdp_devmap", SEC_ATTACHABLE),
    ("xdp.frags/cpumap", "xdp", "xdp_cpumap", SEC_XDP_FRAGS),
    ("xdp/cpumap", "xdp", "xdp_cpumap", SEC_ATTACHABLE),
    ("xdp.frags", "xdp", "xdp", SEC_XDP_FRAGS),
    ("xdp", "xdp", "xdp", SEC_ATTACHABLE_OPT),
    ("perf_event", "perf_event", None, SEC_NONE),
    ("lwt_in", "lwt_in", None, SEC_NONE),
    ("lwt_out", "lwt_out", None, SEC_NONE),
    ("lwt_xmit", "lwt_xmit", None, SEC_NONE),
    ("lwt_seg6local", "lwt_seg6local", None, SEC_NONE),
    ("sockops", "sock_ops", "cgroup_sock_ops", SEC_ATTACHABLE_OPT),
    ("sk_skb/stream_parser", "sk_skb", "sk_skb_stream_parser", SEC_ATTACHABLE_OPT),
    ("sk_skb/stream_verdict", "sk_skb", "sk_skb_stream_verdict", SEC_ATTACHABLE_OPT),
    ("sk_skb", "sk_skb", None, SEC_NONE),
    ("sk_msg", "sk_msg", "sk_msg_verdict", SEC_ATTACHABLE_OPT),
    ("lirc_mode2", "lirc_mode2", "lirc_mode2", SEC_ATTACHABLE_OPT),
    ("flow_dissector", "flow_dissector", "flow_dissector", SEC_ATTACHABLE_OPT),
    ("cgroup_skb/ingress", "cgroup_skb", "cgroup_inet_ingress", SEC_ATTACHABLE_OPT),
    ("cgroup_skb/egress", "cgroup_skb", "cgroup_inet_egress", SEC_ATTACHABLE_OPT),
    ("cgroup/skb", "cgroup_skb", None, SEC_NONE),
    ("cgroup/sock_create", "cgroup_sock", "cgroup_inet_sock_create", SEC_ATTACHABLE),
    ("cgroup/sock_release", "cgroup_sock", "cgroup_inet_sock_release", SEC_ATTACHABLE),
    ("cgroup/sock", "cgroup_sock", "cgroup_inet_sock_create", SEC_ATTACHABLE_OPT),
    ("cgroup/post_bind4", "cgroup_sock", "cgroup_inet4_post_bind", SEC_ATTACHABLE),
    ("cgroup/post_bind6", "cgroup_sock", "cgroup_inet6_post_bind", SEC_ATTACHABLE),
    ("cgroup/bind4", "cgroup_sock_addr", "cgroup_inet4_bind", SEC_ATTACHABLE),
    ("cgroup/bind6", "cgroup_sock_addr", "cgroup_inet6_bind", SEC_ATTACHABLE),
    ("cgroup/connect4", "cgroup_sock_addr", "cgroup_inet4_connect", SEC_ATTACHABLE),
    ("cgroup/connect6", "cgroup_sock_addr", "cgroup_inet6_connect", SEC_ATTACHABLE),
    ("cgroup/sendmsg4", "cgroup_sock_addr", "cgroup_udp4_sendmsg", SEC_ATTACHABLE),
    ("cgroup/sendmsg6", "cgroup_sock_addr", "cgroup_udp6_sendmsg", SEC_ATTACHABLE),
    ("cgroup/recvmsg4", "cgroup_sock_addr", "cgroup_udp4_recvmsg", SEC_ATTACHABLE),
    ("cgroup/recvmsg6", "cgroup_sock_addr", "cgroup_udp6_recvmsg", SEC_ATTACHABLE),
    ("cgroup/getpeername4", "cgroup_sock_addr", "cgroup_inet4_getpeername", SEC_ATTACHABLE),
    ("cgroup/getpeername6", "cgroup_sock_addr", "cgroup_inet6_getpeername", SEC_ATTACHABLE),
    ("cgroup/getsockname4", "cgroup_sock_addr", "cgroup_inet4_getsockname", SEC_ATTACHABLE),
    ("cgroup/getsockname6", "cgroup_sock_addr", "cgroup_inet6_getsockname", SEC_ATTACHABLE),
    ("cgroup/sysctl", "cgroup_sysctl", "cgroup_sysctl", SEC_ATTACHABLE),
    ("cgroup/getsockopt", "cgroup_sockopt", "cgroup_getsockopt", SEC_ATTACHABLE),
    ("cgroup/setsockopt", "cgroup_sockopt", "cgroup_setsockopt", SEC_ATTACHABLE),
    ("cgroup/dev", "cgroup_device", "cgroup_device", SEC_ATTACHABLE_OPT),
    ("struct_ops+", "struct_ops", None, SEC_NONE),
    ("sk_lookup", "sk_lookup", "sk_lookup", SEC_ATTACHABLE),
]

# libbpf 0.x matched these by plain prefix (SEC_SLOPPY_PFX), in this order; longest first where
# one is a prefix of another so `xdp_devmap/x` is not taken for plain xdp. Each gives the program
# type, attach type and flags of the libbpf 1.1 entry named beside it.
_LEGACY_PREFIXES: list[tuple[str, str]] = [
    ("socket", "socket"), ("sk_reuseport", "sk_reuseport"), ("kretprobe", "kretprobe+"),
    ("kprobe", "kprobe+"), ("uretprobe", "uretprobe+"), ("uprobe", "uprobe+"),
    ("classifier", "classifier"), ("tc", "tc"), ("action", "action"),
    ("tracepoint", "tracepoint+"), ("tp/", "tp+"), ("raw_tracepoint", "raw_tracepoint+"),
    ("raw_tp", "raw_tp+"), ("xdp_devmap/", "xdp/devmap"), ("xdp_cpumap/", "xdp/cpumap"),
    ("xdp", "xdp"), ("perf_event", "perf_event"), ("lwt_in", "lwt_in"), ("lwt_out", "lwt_out"),
    ("lwt_xmit", "lwt_xmit"), ("lwt_seg6local", "lwt_seg6local"),
    ("cgroup_skb/ingress", "cgroup_skb/ingress"), ("cgroup_skb/egress", "cgroup_skb/egress"),
    ("cgroup/skb", "cgroup/skb"), ("cgroup/sock_release", "cgroup/sock_release"),
    ("cgroup/sock", "cgroup/sock"), ("cgroup/dev", "cgroup/dev"), ("sockops", "sockops"),
    ("sk_skb/stream_parser", "sk_skb/stream_parser"),
    ("sk_skb/stream_verdict", "sk_skb/stream_verdict"), ("sk_skb", "sk_skb"), ("sk_msg", "sk_msg"),
    ("lirc_mode2", "lirc_mode2"), ("flow_dissector", "flow_dissector"),
    ("cgroup/sysctl", "cgroup/sysctl"),
]
_BY_PATTERN = {pattern: (ptype, attach, flags) for pattern, ptype, attach, flags in SECTION_DEFS}


@dataclass(frozen=True)
class SectionInfo:
    """What the loader derives from a program's section name."""
    section: str
    prog_type: Optional[str]               # None when no libbpf version knows the name
    expected_attach_type: Optional[str] = None
    sleepable: bool = False
    attach_target: Optional[str] = None    # text after the first '/' of a `+` pattern
    prog_flags: int = 0                    # BPF_F_SLEEPABLE / BPF_F_XDP_HAS_FRAGS
    pattern: Optional[str] = None          # the section_defs entry that matched
    known: bool = True                     # some libbpf version recognises the name
    legacy: bool = False                   # only libbpf 0.x's sloppy prefix match knows it
    attach_btf: bool = False               # target is resolved against kernel BTF

    @property
    def libbpf11(self) -> bool:
        """Would libbpf 1.1 (the oracle's loader) accept this section name?"""
        return self.known and not self.legacy

    def to_json(self) -> dict:
        return asdict(self)


def _matches(pattern: str, name: str) -> tuple[bool, Optional[str]]:
    """libbpf 1.x matching; returns (matched, attach target)."""
    if pattern.endswith("+"):
        stem = pattern[:-1]
        if name == stem:
            return True, None
        if name.startswith(stem + "/"):
            return True, name[len(stem) + 1:] or None
        return False, None
    if pattern.endswith("/"):
        return (name.startswith(pattern), name[len(pattern):] or None)
    return name == pattern, None


def _info(section, pattern, ptype, attach, flags, target, legacy=False) -> SectionInfo:
    pflags = (BPF_F_SLEEPABLE if flags & SEC_SLEEPABLE else 0) | \
             (BPF_F_XDP_HAS_FRAGS if flags & SEC_XDP_FRAGS else 0)
    return SectionInfo(section=section, prog_type=ptype, expected_attach_type=attach,
                       sleepable=bool(flags & SEC_SLEEPABLE), attach_target=target,
                       prog_flags=pflags, pattern=pattern, known=True, legacy=legacy,
                       attach_btf=bool(flags & SEC_ATTACH_BTF))


def section_to_type(section: str) -> SectionInfo:
    """libbpf 1.1's reading of `section`, else libbpf 0.x's legacy prefix reading, else
    `known=False` with `prog_type=None`. A leading `?` (libbpf: not loaded by default, used by
    selftests so each test loads alone) is not part of the name that is matched."""
    if section.startswith("?"):
        info = section_to_type(section[1:])
        return SectionInfo(**{**asdict(info), "section": section})
    for pattern, ptype, attach, flags in SECTION_DEFS:
        ok, target = _matches(pattern, section)
        if ok:
            return _info(section, pattern, ptype, attach, flags, target)
    for prefix, pattern in _LEGACY_PREFIXES:
        ptype, attach, flags = _BY_PATTERN[pattern]
        if section.startswith(prefix):
            rest = section[len(prefix):]
            target = rest[1:] if rest.startswith("/") and len(rest) > 1 else None
            return _info(section, prefix, ptype, attach, flags, target, legacy=True)
    return SectionInfo(section=section, prog_type=None, known=False)
