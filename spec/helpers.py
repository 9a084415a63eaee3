"""Helper prototypes of Linux 6.1 (Debian 6.1.1xx), as data.

Why data: the verifier model, the executor and the symbolic engine all need the same facts about a
helper (argument kinds, return kind, GPL, might-sleep, which program types are offered it). Keeping
them in one table means another kernel is another table, not another code path.

Names follow the kernel: `ret` is a `RET_*` name, `args` are `ARG_*` names (with the kernel's
`|PTR_MAYBE_NULL` / `|MEM_RDONLY` / `|MEM_UNINIT` flags where 6.1 has them), `gpl_only` and
`might_sleep` as in `struct bpf_func_proto`. `groups` says which `get_func_proto` tables hand the
helper out (coarse: "base", "cap" = bpf_base_func_proto when bpf_capable, "perfmon" = when
perfmon_capable, "tracing", "kprobe", "perf_event", "skb", "tc", "xdp", "cgroup", "sock_ops",
"sk_msg", "lwt", "lsm", "syscall", "iter", "sk_lookup", "misc"). The oracle loads as root, so "cap"
and "perfmon" are always offered there.

Might-sleep (SP-03): Debian's 6.1.1xx backported `might_sleep` to the protos: copy_from_user,
copy_from_user_task, ima_inode_hash, ima_file_hash are offered to non-sleepable programs and
rejected with "helper call might sleep in a non-sleepable prog" (oracle example d_sleepable).
The syscall-only helpers (sys_bpf, sys_close, kallsyms_lookup_name, btf_find_by_name_kind) exist
only for the always-sleepable syscall type; they are flagged might_sleep too (they do sleep) but the
gate that bites first for them is the program-type table (`unknown func`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from .helper_avail import OFFERED
from .helper_ids import HELPER_NAMES, HELPER_NAMES_612
from .maps import MAP_OP_HELPERS, SOCK_MAP_TYPES
from .privileges import SK_PERFMON_HELPERS

# ---- argument / return kinds ---------------------------------------------------------------
ARG_ANYTHING = "ARG_ANYTHING"
ARG_DONTCARE = "ARG_DONTCARE"
ARG_CONST_MAP_PTR = "ARG_CONST_MAP_PTR"
ARG_PTR_TO_MAP_KEY = "ARG_PTR_TO_MAP_KEY"
ARG_PTR_TO_MAP_VALUE = "ARG_PTR_TO_MAP_VALUE"
ARG_PTR_TO_UNINIT_MAP_VALUE = "ARG_PTR_TO_UNINIT_MAP_VALUE"
ARG_PTR_TO_MEM = "ARG_PTR_TO_MEM"
ARG_PTR_TO_MEM_RDONLY = "ARG_PTR_TO_MEM|MEM_RDONLY"
ARG_PTR_TO_MEM_OR_NULL = "ARG_PTR_TO_MEM|PTR_MAYBE_NULL|MEM_RDONLY"
ARG_PTR_TO_UNINIT_MEM = "ARG_PTR_TO_UNINIT_MEM"
ARG_CONST_SIZE = "ARG_CONST_SIZE"
ARG_CONST_SIZE_OR_ZERO = "ARG_CONST_SIZE_OR_ZERO"
ARG_PTR_TO_CTX = "ARG_PTR_TO_CTX"
ARG_PTR_TO_CTX_OR_NULL = "ARG_PTR_TO_CTX|PTR_MAYBE_NULL"
ARG_PTR_TO_SPIN_LOCK = "ARG_PTR_TO_SPIN_LOCK"
ARG_PTR_TO_TIMER = "ARG_PTR_TO_TIMER"
ARG_PTR_TO_FUNC = "ARG_PTR_TO_FUNC"
ARG_PTR_TO_STACK_OR_NULL = "ARG_PTR_TO_STACK|PTR_MAYBE_NULL"
ARG_PTR_TO_LONG = "ARG_PTR_TO_LONG"
ARG_PTR_TO_INT = "ARG_PTR_TO_INT"
ARG_PTR_TO_CONST_STR = "ARG_PTR_TO_CONST_STR"
ARG_PTR_TO_SOCK_COMMON = "ARG_PTR_TO_SOCK_COMMON"
ARG_PTR_TO_SOCKET = "ARG_PTR_TO_SOCKET"
ARG_PTR_TO_BTF_ID = "ARG_PTR_TO_BTF_ID"
ARG_PTR_TO_BTF_ID_SOCK_COMMON = "ARG_PTR_TO_BTF_ID_SOCK_COMMON"
ARG_PTR_TO_ALLOC_MEM = "ARG_PTR_TO_ALLOC_MEM"
ARG_CONST_ALLOC_SIZE_OR_ZERO = "ARG_CONST_ALLOC_SIZE_OR_ZERO"
ARG_PTR_TO_DYNPTR = "ARG_PTR_TO_DYNPTR"
# the dynptr kinds of 6.1's prototypes: a new local / ringbuf dynptr the helper initialises
# (MEM_UNINIT), a ringbuf dynptr the helper releases (OBJ_RELEASE)
ARG_DYNPTR_LOCAL_UNINIT = ARG_PTR_TO_DYNPTR + "|DYNPTR_TYPE_LOCAL|MEM_UNINIT"
ARG_DYNPTR_RINGBUF_UNINIT = ARG_PTR_TO_DYNPTR + "|DYNPTR_TYPE_RINGBUF|MEM_UNINIT"
ARG_DYNPTR_RINGBUF_RELEASE = ARG_PTR_TO_DYNPTR + "|DYNPTR_TYPE_RINGBUF|OBJ_RELEASE"
# MEM_FIXED_SIZE | ARG_PTR_TO_MEM: readable memory of the prototype's argN_size bytes
ARG_PTR_TO_FIXED_SIZE_MEM = "ARG_PTR_TO_FIXED_SIZE_MEM"
ARG_PTR_TO_KPTR = "ARG_PTR_TO_KPTR"
ARG_PTR_TO_PERCPU_BTF_ID = "ARG_PTR_TO_PERCPU_BTF_ID"

RET_INTEGER = "RET_INTEGER"
RET_VOID = "RET_VOID"
RET_PTR_TO_MAP_VALUE_OR_NULL = "RET_PTR_TO_MAP_VALUE_OR_NULL"
RET_PTR_TO_MEM_OR_NULL = "RET_PTR_TO_ALLOC_MEM_OR_NULL"      # ringbuf_reserve
RET_PTR_TO_SOCKET_OR_NULL = "RET_PTR_TO_SOCKET_OR_NULL"
RET_PTR_TO_SOCK_COMMON_OR_NULL = "RET_PTR_TO_SOCK_COMMON_OR_NULL"
RET_PTR_TO_TCP_SOCK_OR_NULL = "RET_PTR_TO_TCP_SOCK_OR_NULL"
RET_PTR_TO_BTF_ID = "RET_PTR_TO_BTF_ID"
RET_PTR_TO_BTF_ID_OR_NULL = "RET_PTR_TO_BTF_ID_OR_NULL"
RET_PTR_TO_MEM_OR_BTF_ID = "RET_PTR_TO_MEM_OR_BTF_ID"
RET_PTR_TO_DYNPTR_MEM_OR_NULL = "RET_PTR_TO_DYNPTR_MEM_OR_NULL"

# program type -> the groups its get_func_proto offers (root loader)
_COMMON = ("base", "cap", "perfmon")
PROG_TYPE_GROUPS: dict[str, tuple[str, ...]] = {
    "socket_filter": _COMMON + ("skb",),
    "sched_cls": _COMMON + ("skb", "tc"),
    "sched_act": _COMMON + ("skb", "tc"),
    "xdp": _COMMON + ("xdp",),
    "cgroup_skb": _COMMON + ("skb", "cgroup", "cgroup_skb"),
    "lwt_in": _COMMON + ("skb", "lwt"),
    "lwt_out": _COMMON + ("skb", "lwt"),
    "lwt_xmit": _COMMON + ("skb", "lwt", "tc"),
    "lwt_seg6local": _COMMON + ("skb", "lwt"),
    "sk_skb": _COMMON + ("skb", "sk_skb"),
    "sk_msg": _COMMON + ("sk_msg",),
    "sock_ops": _COMMON + ("sock_ops",),
    "kprobe": _COMMON + ("tracing", "kprobe"),
    "tracepoint": _COMMON + ("tracing",),
    "perf_event": _COMMON + ("tracing", "perf_event"),
    "raw_tracepoint": _COMMON + ("tracing",),
    "raw_tracepoint_writable": _COMMON + ("tracing",),
    "tracing": _COMMON + ("tracing", "tracing_btf", "iter"),
    "lsm": _COMMON + ("tracing", "tracing_btf", "lsm"),
    "syscall": _COMMON + ("tracing", "syscall"),
    "cgroup_sock": _COMMON + ("cgroup",),
    "cgroup_sock_addr": _COMMON + ("cgroup",),
    "cgroup_device": _COMMON + ("cgroup",),
    "cgroup_sysctl": _COMMON + ("cgroup", "sysctl"),
    "cgroup_sockopt": _COMMON + ("cgroup",),
    "sk_lookup": _COMMON + ("sk_lookup",),
    "sk_reuseport": _COMMON + ("skb",),
    "flow_dissector": _COMMON + ("skb",),
    "lirc_mode2": _COMMON + ("lirc",),
    "struct_ops": _COMMON + ("tracing",),
    "ext": _COMMON + ("tracing",),
}


@dataclass(frozen=True)
class HelperProto:
    id: int
    name: str                        # without the bpf_ prefix, as in helper_ids
    ret: str = RET_INTEGER
    args: tuple = ()
    gpl_only: bool = False
    might_sleep: bool = False
    groups: tuple = ("misc",)
    pkt_access: bool = False
    changes_pkt_data: bool = False
    callback: str | None = None      # "sync" (loop, for_each) or "async" (timer_set_callback)
    arg_sizes: tuple = ()            # (argN, bytes) of ARG_PTR_TO_FIXED_SIZE_MEM arguments

    @property
    def kname(self) -> str:
        """The name the verifier prints (func_id_name): bpf_<name>."""
        return "bpf_" + self.name


_T: dict[str, dict] = {}


def _h(names, ret=RET_INTEGER, args=(), gpl=False, groups=("misc",), **kw):
    for n in names.split():
        _T[n] = dict(ret=ret, args=tuple(args), gpl_only=gpl, groups=tuple(groups), **kw)


A, K, V = ARG_ANYTHING, ARG_PTR_TO_MAP_KEY, ARG_PTR_TO_MAP_VALUE
M, RO, UM = ARG_CONST_MAP_PTR, ARG_PTR_TO_MEM_RDONLY, ARG_PTR_TO_UNINIT_MEM
SZ, SZ0, CTX = ARG_CONST_SIZE, ARG_CONST_SIZE_OR_ZERO, ARG_PTR_TO_CTX

# --- bpf_base_func_proto ---------------------------------------------------------------------
_h("map_lookup_elem", RET_PTR_TO_MAP_VALUE_OR_NULL, (M, K), groups=("base",), pkt_access=True)
_h("map_update_elem", RET_INTEGER, (M, K, V, A), groups=("base",), pkt_access=True)
_h("map_delete_elem", RET_INTEGER, (M, K), groups=("base",), pkt_access=True)
_h("map_push_elem", RET_INTEGER, (M, V, A), groups=("base",), pkt_access=True)
_h("map_pop_elem", RET_INTEGER, (M, ARG_PTR_TO_UNINIT_MAP_VALUE), groups=("base",))
_h("map_peek_elem", RET_INTEGER, (M, ARG_PTR_TO_UNINIT_MAP_VALUE), groups=("base",))
_h("map_lookup_percpu_elem", RET_PTR_TO_MAP_VALUE_OR_NULL, (M, K, A), groups=("base",), pkt_access=True)
_h("get_prandom_u32 get_smp_processor_id get_numa_node_id ktime_get_ns ktime_get_boot_ns "
   "ktime_get_tai_ns", RET_INTEGER, (), groups=("base",))
_h("ktime_get_coarse_ns", RET_INTEGER, (), groups=("tracing", "base"))
_h("tail_call", RET_VOID, (CTX, M, A), groups=("base",))
_h("ringbuf_output", RET_INTEGER, (M, RO, SZ0, A), groups=("base",))
_h("ringbuf_reserve", RET_PTR_TO_MEM_OR_NULL, (M, ARG_CONST_ALLOC_SIZE_OR_ZERO, A), groups=("base",))
_h("ringbuf_submit ringbuf_discard", RET_VOID, (ARG_PTR_TO_ALLOC_MEM, A), groups=("base",))
_h("ringbuf_query", RET_INTEGER, (M, A), groups=("base",))
_h("for_each_map_elem", RET_INTEGER, (M, ARG_PTR_TO_FUNC, ARG_PTR_TO_STACK_OR_NULL, A),
   groups=("base",), callback="sync")
_h("loop", RET_INTEGER, (A, ARG_PTR_TO_FUNC, ARG_PTR_TO_STACK_OR_NULL, A), groups=("base",),
   callback="sync")
_h("strncmp", RET_INTEGER, (RO, SZ, ARG_PTR_TO_CONST_STR), groups=("base",))
# bpf_capable part of bpf_base_func_proto
_h("spin_lock spin_unlock", RET_VOID, (ARG_PTR_TO_SPIN_LOCK,), groups=("cap",))
_h("jiffies64", RET_INTEGER, (), groups=("cap",))
_h("per_cpu_ptr", RET_PTR_TO_MEM_OR_BTF_ID + "|PTR_MAYBE_NULL|MEM_RDONLY",
   (ARG_PTR_TO_PERCPU_BTF_ID, A), groups=("cap",))
_h("this_cpu_ptr", RET_PTR_TO_MEM_OR_BTF_ID + "|MEM_RDONLY", (ARG_PTR_TO_PERCPU_BTF_ID,),
   groups=("cap",))
_h("timer_init", RET_INTEGER, (ARG_PTR_TO_TIMER, M, A), gpl=True, groups=("cap",))
_h("timer_set_callback", RET_INTEGER, (ARG_PTR_TO_TIMER, ARG_PTR_TO_FUNC), gpl=True,
   groups=("cap",), callback="async")
_h("timer_start", RET_INTEGER, (ARG_PTR_TO_TIMER, A, A), gpl=True, groups=("cap",))
_h("timer_cancel", RET_INTEGER, (ARG_PTR_TO_TIMER,), gpl=True, groups=("cap",))
_h("kptr_xchg", RET_PTR_TO_BTF_ID_OR_NULL,
   (ARG_PTR_TO_KPTR, ARG_PTR_TO_BTF_ID + "|PTR_MAYBE_NULL|OBJ_RELEASE"), groups=("cap",))
_h("dynptr_from_mem", RET_INTEGER, (UM, SZ0, A, ARG_DYNPTR_LOCAL_UNINIT), groups=("cap",))
_h("ringbuf_reserve_dynptr", RET_INTEGER, (M, A, A, ARG_DYNPTR_RINGBUF_UNINIT), groups=("cap",))
_h("ringbuf_submit_dynptr ringbuf_discard_dynptr", RET_VOID, (ARG_DYNPTR_RINGBUF_RELEASE, A),
   groups=("cap",))
_h("dynptr_read", RET_INTEGER, (UM, SZ0, ARG_PTR_TO_DYNPTR, A, A), groups=("cap",))
_h("dynptr_write", RET_INTEGER, (ARG_PTR_TO_DYNPTR, A, RO, SZ0, A), groups=("cap",))
_h("dynptr_data", RET_PTR_TO_DYNPTR_MEM_OR_NULL, (ARG_PTR_TO_DYNPTR, A, ARG_CONST_ALLOC_SIZE_OR_ZERO),
   groups=("cap",))
_h("user_ringbuf_drain", RET_INTEGER, (M, ARG_PTR_TO_FUNC, ARG_PTR_TO_STACK_OR_NULL, A),
   groups=("cap",), callback="sync")
# perfmon_capable part
# 6.1 declares only arg1/arg2; args 3-5 are ARG_DONTCARE (not checked, may be uninitialised)
_h("trace_printk", RET_INTEGER, (RO, SZ), gpl=True, groups=("perfmon",))
_h("trace_vprintk", RET_INTEGER, (RO, SZ, ARG_PTR_TO_MEM_OR_NULL, SZ0), gpl=True, groups=("perfmon",))
_h("snprintf", RET_INTEGER, (ARG_PTR_TO_MEM_OR_NULL.replace("|MEM_RDONLY", ""), SZ0,
   ARG_PTR_TO_CONST_STR, ARG_PTR_TO_MEM_OR_NULL, SZ0), groups=("perfmon",))
_h("get_current_task", RET_INTEGER, (), gpl=True, groups=("perfmon",))
_h("get_current_task_btf", RET_PTR_TO_BTF_ID, (), gpl=True, groups=("perfmon",))
_h("probe_read_user probe_read_kernel", RET_INTEGER, (UM, SZ0, A), gpl=True, groups=("perfmon",))
_h("probe_read_user_str probe_read_kernel_str", RET_INTEGER, (UM, SZ0, A), gpl=True,
   groups=("perfmon",))
_h("snprintf_btf", RET_INTEGER, (ARG_PTR_TO_MEM, SZ, RO, SZ, A), gpl=True, groups=("perfmon",))
_h("task_pt_regs", RET_PTR_TO_BTF_ID, (ARG_PTR_TO_BTF_ID,), gpl=True, groups=("perfmon",))

# --- bpf_tracing_func_proto (kprobe, tracepoint, perf_event, raw_tp, tracing, lsm, syscall) ---
_h("probe_read probe_read_str", RET_INTEGER, (UM, SZ0, A), gpl=True, groups=("tracing",))
_h("get_current_pid_tgid get_current_uid_gid get_current_cgroup_id", RET_INTEGER, (),
   groups=("tracing", "cgroup"))
_h("get_current_ancestor_cgroup_id", RET_INTEGER, (A,), groups=("tracing", "cgroup"))
_h("get_current_comm", RET_INTEGER, (UM, SZ), groups=("tracing", "cgroup"))
_h("perf_event_read", RET_INTEGER, (M, A), gpl=True, groups=("tracing",))
_h("perf_event_read_value", RET_INTEGER, (M, A, UM, SZ), gpl=True, groups=("tracing",))
_h("perf_event_output", RET_INTEGER, (CTX, M, A, RO, SZ0), gpl=True,
   groups=("tracing", "skb", "xdp", "sock_ops", "sk_msg", "cgroup", "sk_lookup"))
_h("get_stackid", RET_INTEGER, (CTX, M, A), gpl=True, groups=("tracing",))
_h("get_stack", RET_INTEGER, (CTX, UM, SZ0, A), gpl=True, groups=("tracing",))
_h("get_task_stack", RET_INTEGER, (ARG_PTR_TO_BTF_ID, UM, SZ0, A), groups=("tracing",))
_h("current_task_under_cgroup", RET_INTEGER, (M, A), gpl=True, groups=("tracing",))
_h("probe_write_user", RET_INTEGER, (A, RO, SZ), gpl=True, groups=("tracing",))
_h("send_signal send_signal_thread", RET_INTEGER, (A,), groups=("tracing",))
_h("get_ns_current_pid_tgid", RET_INTEGER, (A, A, UM, SZ), gpl=True, groups=("tracing",))
_h("copy_from_user", RET_INTEGER, (UM, SZ0, A), gpl=True, groups=("tracing",), might_sleep=True)
_h("copy_from_user_task", RET_INTEGER, (UM, SZ0, A, ARG_PTR_TO_BTF_ID, A), gpl=True,
   groups=("tracing",), might_sleep=True)
_h("get_func_ip", RET_INTEGER, (CTX,), groups=("kprobe", "tracing_btf"))
_h("get_attach_cookie", RET_INTEGER, (CTX,), groups=("kprobe", "perf_event", "tracing_btf"))
_h("get_branch_snapshot", RET_INTEGER, (UM, SZ0, A), groups=("tracing",))
_h("find_vma", RET_INTEGER, (ARG_PTR_TO_BTF_ID, A, ARG_PTR_TO_FUNC, ARG_PTR_TO_STACK_OR_NULL, A),
   groups=("tracing",), callback="sync")
_h("task_storage_get", RET_PTR_TO_MAP_VALUE_OR_NULL, (M, ARG_PTR_TO_BTF_ID, ARG_PTR_TO_MAP_VALUE + "|PTR_MAYBE_NULL", A),
   groups=("tracing",))
_h("task_storage_delete", RET_INTEGER, (M, ARG_PTR_TO_BTF_ID), groups=("tracing",))
_h("sock_from_file", RET_PTR_TO_BTF_ID_OR_NULL, (ARG_PTR_TO_BTF_ID,), groups=("tracing_btf",))
_h("d_path", RET_INTEGER, (ARG_PTR_TO_BTF_ID, ARG_PTR_TO_MEM, SZ0), groups=("tracing_btf",))
_h("override_return", RET_INTEGER, (CTX, A), gpl=True, groups=("kprobe",))
_h("read_branch_records", RET_INTEGER, (CTX, ARG_PTR_TO_MEM_OR_NULL, SZ0, A), groups=("perf_event",))
_h("perf_prog_read_value", RET_INTEGER, (CTX, UM, SZ), groups=("perf_event",))
_h("get_func_arg", RET_INTEGER, (CTX, A, ARG_PTR_TO_LONG), groups=("tracing_btf",))
_h("get_func_ret", RET_INTEGER, (CTX, ARG_PTR_TO_LONG), groups=("tracing_btf",))
_h("get_func_arg_cnt", RET_INTEGER, (CTX,), groups=("tracing_btf",))
_h("seq_printf", RET_INTEGER, (ARG_PTR_TO_BTF_ID, RO, SZ, ARG_PTR_TO_MEM_OR_NULL, SZ0), gpl=True,
   groups=("iter",))
_h("seq_write", RET_INTEGER, (ARG_PTR_TO_BTF_ID, RO, SZ0), gpl=True, groups=("iter",))
_h("seq_printf_btf", RET_INTEGER, (ARG_PTR_TO_BTF_ID, RO, SZ0, A), groups=("iter",))
_h("skb_output", RET_INTEGER, (ARG_PTR_TO_BTF_ID, M, A, RO, SZ0), gpl=True, groups=("tracing_btf",))
_h("xdp_output", RET_INTEGER, (ARG_PTR_TO_BTF_ID, M, A, RO, SZ0), gpl=True, groups=("tracing_btf",))
# the socket casts: NULL when the socket is not of that kind
SKC_CASTS = ("skc_to_tcp6_sock", "skc_to_tcp_sock", "skc_to_tcp_timewait_sock",
             "skc_to_tcp_request_sock", "skc_to_udp6_sock", "skc_to_unix_sock",
             "skc_to_mptcp_sock")
_h(" ".join(SKC_CASTS), RET_PTR_TO_BTF_ID_OR_NULL,
   (ARG_PTR_TO_BTF_ID_SOCK_COMMON,), groups=("tracing", "tc", "skb", "xdp", "sock_ops"))
# --- LSM -----------------------------------------------------------------------------------------
_h("inode_storage_get", RET_PTR_TO_MAP_VALUE_OR_NULL,
   (M, ARG_PTR_TO_BTF_ID, ARG_PTR_TO_MAP_VALUE + "|PTR_MAYBE_NULL", A), groups=("lsm",))
_h("inode_storage_delete", RET_INTEGER, (M, ARG_PTR_TO_BTF_ID), groups=("lsm",))
_h("bprm_opts_set", RET_INTEGER, (ARG_PTR_TO_BTF_ID, A), groups=("lsm",))
_h("ima_inode_hash ima_file_hash", RET_INTEGER, (ARG_PTR_TO_BTF_ID, UM, SZ), groups=("lsm",),
   might_sleep=True)
# --- syscall ------------------------------------------------------------------------------------
_h("sys_bpf", RET_INTEGER, (A, ARG_PTR_TO_MEM, SZ), groups=("syscall",), might_sleep=True)
_h("btf_find_by_name_kind", RET_INTEGER, (RO, SZ, A, A), groups=("syscall",), might_sleep=True)
_h("sys_close", RET_INTEGER, (A,), groups=("syscall",), might_sleep=True)
_h("kallsyms_lookup_name", RET_INTEGER, (RO, SZ, A, ARG_PTR_TO_LONG), groups=("syscall",),
   might_sleep=True)
# --- skb (socket filter and everything skb-based) ----------------------------------------------
_h("skb_load_bytes", RET_INTEGER, (CTX, A, UM, SZ), groups=("skb",))
_h("skb_load_bytes_relative", RET_INTEGER, (CTX, A, UM, SZ, A), groups=("skb",))
_h("get_socket_cookie", RET_INTEGER, (CTX,), groups=("skb", "sock_ops", "cgroup", "sk_msg"))
_h("get_socket_uid", RET_INTEGER, (CTX,), groups=("skb",))
_h("sk_storage_get", RET_PTR_TO_MAP_VALUE_OR_NULL,
   (M, ARG_PTR_TO_BTF_ID_SOCK_COMMON, ARG_PTR_TO_MAP_VALUE + "|PTR_MAYBE_NULL", A),
   groups=("tc", "cgroup", "tracing_btf"))
_h("sk_storage_delete", RET_INTEGER, (M, ARG_PTR_TO_BTF_ID_SOCK_COMMON),
   groups=("tc", "cgroup", "tracing_btf"))
# --- tc (sched_cls / sched_act) ------------------------------------------------------------------
_h("skb_store_bytes", RET_INTEGER, (CTX, A, RO, SZ, A), groups=("tc", "sk_skb"),
   changes_pkt_data=True)
_h("l3_csum_replace l4_csum_replace", RET_INTEGER, (CTX, A, A, A, A), groups=("tc",),
   changes_pkt_data=True)
_h("clone_redirect", RET_INTEGER, (CTX, A, A), groups=("tc",), changes_pkt_data=True)
_h("csum_diff", RET_INTEGER, (ARG_PTR_TO_MEM_OR_NULL, SZ0, ARG_PTR_TO_MEM_OR_NULL, SZ0, A),
   groups=("tc", "xdp", "lwt"), pkt_access=True)
_h("csum_update", RET_INTEGER, (CTX, A), groups=("tc",))
_h("csum_level", RET_INTEGER, (CTX, A), groups=("tc",))
_h("get_cgroup_classid get_route_realm get_hash_recalc set_hash_invalid", RET_INTEGER, (CTX,),
   groups=("tc",))
_h("skb_cgroup_classid", RET_INTEGER, (CTX,), groups=("tc",))
_h("skb_vlan_push", RET_INTEGER, (CTX, A, A), groups=("tc",), changes_pkt_data=True)
_h("skb_vlan_pop", RET_INTEGER, (CTX,), groups=("tc",), changes_pkt_data=True)
_h("skb_get_tunnel_key", RET_INTEGER, (CTX, UM, SZ, A), groups=("tc",))
_h("skb_set_tunnel_key", RET_INTEGER, (CTX, RO, SZ, A), groups=("tc",))
_h("skb_get_tunnel_opt", RET_INTEGER, (CTX, UM, SZ), groups=("tc",))
_h("skb_set_tunnel_opt", RET_INTEGER, (CTX, RO, SZ), groups=("tc",))
_h("redirect", RET_INTEGER, (A, A), groups=("tc", "xdp"))
_h("redirect_neigh", RET_INTEGER, (A, ARG_PTR_TO_MEM_OR_NULL, SZ0, A), groups=("tc",))
_h("redirect_peer", RET_INTEGER, (A, A), groups=("tc",))
_h("skb_change_proto skb_change_tail skb_change_head", RET_INTEGER, (CTX, A, A),
   groups=("tc",), changes_pkt_data=True)
_h("skb_change_type", RET_INTEGER, (CTX, A), groups=("tc",))   # not in bpf_helper_changes_pkt_data
_h("skb_under_cgroup", RET_INTEGER, (CTX, M, A), groups=("tc",))
_h("skb_pull_data", RET_INTEGER, (CTX, A), groups=("tc", "sk_skb"), changes_pkt_data=True)
_h("set_hash", RET_INTEGER, (CTX, A), groups=("tc",))
_h("skb_adjust_room", RET_INTEGER, (CTX, A, A, A), groups=("tc",), changes_pkt_data=True)
_h("skb_get_xfrm_state", RET_INTEGER, (CTX, A, UM, SZ, A), groups=("tc",))
_h("fib_lookup", RET_INTEGER, (CTX, ARG_PTR_TO_MEM, SZ, A), groups=("tc", "xdp"))
_h("skb_cgroup_id skb_ancestor_cgroup_id", RET_INTEGER, (CTX,) , groups=("tc", "cgroup_skb"))
_h("sk_lookup_tcp sk_lookup_udp", RET_PTR_TO_SOCKET_OR_NULL, (CTX, RO, SZ, A, A),
   groups=("tc", "xdp", "cgroup_skb"))
_h("skc_lookup_tcp", RET_PTR_TO_SOCK_COMMON_OR_NULL, (CTX, RO, SZ, A, A),
   groups=("tc", "xdp", "cgroup_skb"))
_h("sk_release", RET_INTEGER, (ARG_PTR_TO_BTF_ID_SOCK_COMMON,), groups=("tc", "xdp", "cgroup_skb"))
_h("sk_fullsock get_listener_sock", RET_PTR_TO_SOCKET_OR_NULL, (ARG_PTR_TO_SOCK_COMMON,),
   groups=("tc", "cgroup_skb"))
_h("tcp_sock", RET_PTR_TO_TCP_SOCK_OR_NULL, (ARG_PTR_TO_SOCK_COMMON,), groups=("tc", "cgroup_skb"))
_h("skb_ecn_set_ce", RET_INTEGER, (CTX,), groups=("tc", "cgroup_skb"))
_h("tcp_check_syncookie", RET_INTEGER, (ARG_PTR_TO_BTF_ID_SOCK_COMMON, RO, SZ, RO, SZ),
   groups=("tc", "xdp"))
_h("tcp_gen_syncookie", RET_INTEGER, (ARG_PTR_TO_BTF_ID_SOCK_COMMON, RO, SZ, RO, SZ),
   gpl=True, groups=("tc", "xdp"))
_h("get_netns_cookie", RET_INTEGER, (ARG_PTR_TO_CTX_OR_NULL,), groups=("cgroup", "sock_ops", "sk_msg"))
_h("sk_assign", RET_INTEGER, (CTX, ARG_PTR_TO_BTF_ID_SOCK_COMMON, A), groups=("tc", "sk_lookup"))
_h("sk_cgroup_id sk_ancestor_cgroup_id", RET_INTEGER, (ARG_PTR_TO_BTF_ID_SOCK_COMMON,),
   groups=("tc", "cgroup_skb"))
_h("check_mtu", RET_INTEGER, (CTX, A, ARG_PTR_TO_INT, A, A), groups=("tc", "xdp"))
_h("skb_set_tstamp", RET_INTEGER, (CTX, A, A), groups=("tc",))
# the raw syncookie helpers: the IP header (struct iphdr 20 / ipv6hdr 40 bytes) and the TCP
# header (struct tcphdr 20 bytes, or th_len bytes) as fixed-size memory; 6.1 declares gen's th
# ARG_PTR_TO_MEM without MEM_RDONLY, but the helper only reads it (RO: no fresh bytes written back)
IPHDR, IPV6HDR, TCPHDR = 20, 40, 20
for _v, _ip in (("4", IPHDR), ("6", IPV6HDR)):
    _h("tcp_raw_gen_syncookie_ipv" + _v, RET_INTEGER,
       (ARG_PTR_TO_FIXED_SIZE_MEM, RO, SZ), gpl=True, groups=("tc", "xdp"),
       pkt_access=True, arg_sizes=((1, _ip),))
    _h("tcp_raw_check_syncookie_ipv" + _v, RET_INTEGER,
       (ARG_PTR_TO_FIXED_SIZE_MEM, ARG_PTR_TO_FIXED_SIZE_MEM), gpl=True, groups=("tc", "xdp"),
       pkt_access=True, arg_sizes=((1, _ip), (2, TCPHDR)))
# --- xdp ---------------------------------------------------------------------------------------
_h("xdp_adjust_head xdp_adjust_meta xdp_adjust_tail", RET_INTEGER, (CTX, A), groups=("xdp",),
   changes_pkt_data=True)
_h("redirect_map", RET_INTEGER, (M, A, A), groups=("xdp",))
_h("xdp_get_buff_len", RET_INTEGER, (CTX,), groups=("xdp",))
_h("xdp_load_bytes", RET_INTEGER, (CTX, A, UM, SZ), groups=("xdp",))
_h("xdp_store_bytes", RET_INTEGER, (CTX, A, RO, SZ), groups=("xdp",))
# --- sock_ops / sk_msg / sk_skb / cgroup / lwt / lirc / misc ----------------------------------
_h("setsockopt", RET_INTEGER, (CTX, A, A, RO, SZ), groups=("sock_ops", "cgroup"))
_h("getsockopt", RET_INTEGER, (CTX, A, A, UM, SZ), groups=("sock_ops", "cgroup"))
_h("sock_ops_cb_flags_set", RET_INTEGER, (CTX, A), groups=("sock_ops",))
_h("sock_map_update sock_hash_update", RET_INTEGER, (CTX, M, K, A), groups=("sock_ops",))
_h("load_hdr_opt", RET_INTEGER, (CTX, UM, SZ, A), groups=("sock_ops",))
_h("store_hdr_opt", RET_INTEGER, (CTX, RO, SZ, A), groups=("sock_ops",))
_h("reserve_hdr_opt", RET_INTEGER, (CTX, A, A), groups=("sock_ops",))
_h("tcp_send_ack", RET_INTEGER, (ARG_PTR_TO_BTF_ID, A), groups=("misc",))
_h("sk_redirect_map", RET_INTEGER, (CTX, M, A, A), groups=("sk_skb",))
_h("sk_redirect_hash", RET_INTEGER, (CTX, M, K, A), groups=("sk_skb",))
_h("msg_redirect_map", RET_INTEGER, (CTX, M, A, A), groups=("sk_msg",))
_h("msg_redirect_hash", RET_INTEGER, (CTX, M, K, A), groups=("sk_msg",))
_h("msg_apply_bytes msg_cork_bytes", RET_INTEGER, (CTX, A), groups=("sk_msg",))
_h("msg_pull_data msg_push_data msg_pop_data", RET_INTEGER, (CTX, A, A, A), groups=("sk_msg",),
   changes_pkt_data=True)
_h("bind", RET_INTEGER, (CTX, RO, SZ), groups=("cgroup",))
_h("get_local_storage", RET_PTR_TO_MAP_VALUE_OR_NULL.replace("_OR_NULL", ""), (M, A),
   groups=("cgroup",))
_h("sk_select_reuseport", RET_INTEGER, (CTX, M, K, A), groups=("misc",))
_h("sysctl_get_name", RET_INTEGER, (CTX, UM, SZ, A), groups=("sysctl",))
_h("sysctl_get_current_value sysctl_get_new_value", RET_INTEGER, (CTX, UM, SZ), groups=("sysctl",))
_h("sysctl_set_new_value", RET_INTEGER, (CTX, RO, SZ), groups=("sysctl",))
_h("strtol strtoul", RET_INTEGER, (RO, SZ, A, ARG_PTR_TO_LONG), groups=("sysctl",))
_h("get_retval", RET_INTEGER, (), groups=("cgroup",))
_h("set_retval", RET_INTEGER, (A,), groups=("cgroup",))
_h("lwt_push_encap", RET_INTEGER, (CTX, A, RO, SZ), groups=("lwt",))
_h("lwt_seg6_store_bytes", RET_INTEGER, (CTX, A, RO, SZ), groups=("lwt",))
_h("lwt_seg6_adjust_srh", RET_INTEGER, (CTX, A, A), groups=("lwt",))
_h("lwt_seg6_action", RET_INTEGER, (CTX, A, RO, SZ), groups=("lwt",))
_h("rc_repeat", RET_INTEGER, (CTX,), groups=("lirc",))
_h("rc_keydown", RET_INTEGER, (CTX, A, A, A), groups=("lirc",))
_h("rc_pointer_rel", RET_INTEGER, (CTX, A, A), groups=("lirc",))


# --- Linux 6.2+ (6.12's table only) -------------------------------------------------------------
_h("cgrp_storage_get", RET_PTR_TO_MAP_VALUE_OR_NULL,
   (M, ARG_PTR_TO_BTF_ID + "|PTR_MAYBE_NULL", ARG_PTR_TO_MAP_VALUE + "|PTR_MAYBE_NULL", A),
   groups=("cap",))
_h("cgrp_storage_delete", RET_INTEGER, (M, ARG_PTR_TO_BTF_ID + "|PTR_MAYBE_NULL"), groups=("cap",))


def _build(names=HELPER_NAMES) -> dict[int, HelperProto]:
    out = {}
    for i, n in enumerate(names):
        if i == 0:
            continue
        d = _T.get(n)
        if d is None:   # every 6.1 helper must have a row; fail loudly at import if one is missing
            raise AssertionError(f"helper {n} (#{i}) has no prototype row")
        out[i] = HelperProto(id=i, name=n, **d)
    return out


HELPERS: dict[int, HelperProto] = _build()
HELPERS_612: dict[int, HelperProto] = _build(HELPER_NAMES_612)
BY_NAME: dict[str, HelperProto] = {p.name: p for p in HELPERS_612.values()}
BY_NAME.update({p.kname: p for p in HELPERS_612.values()})
MAX_HELPER_ID = len(HELPER_NAMES)        # __BPF_FUNC_MAX_ID


def helper(key) -> HelperProto | None:
    """Look a helper up by id, `name` or `bpf_name`, in every modelled kernel's table (the
    engines run a program whichever kernel loaded it; the verifier model asks its kernel's
    KernelFacts.helpers)."""
    if isinstance(key, int):
        return HELPERS_612.get(key)
    return BY_NAME.get(key)


def func_id_name(func_id: int, helpers: Mapping[int, HelperProto] = HELPERS) -> str:
    """What the verifier prints for a helper id (`unknown` out of a kernel's range; id 0 is
    bpf_unspec, which no kernel offers)."""
    if 0 <= func_id <= max(helpers):
        return "bpf_" + HELPER_NAMES_612[func_id]
    return "unknown"


def offered(proto: HelperProto, prog_type: str, *, attach_type: str | None = None,
            bpf_capable: bool = True, perfmon_capable: bool = True,
            available: Mapping | None = None) -> bool:
    """Does `prog_type`'s get_func_proto return this helper (root loader unless told
    otherwise: bpf_base_func_proto hands out its "cap" and "perfmon" parts only to capable
    loaders, bpf_sk_base_func_proto its skc_to_* casts only with CAP_PERFMON)? What a root
    loader is offered is the kernel's answer (`available`: KernelFacts.helper_availability,
    default 6.1's spec/helper_avail.py); the groups then say which of those a loader without the
    capabilities loses."""
    offers = OFFERED if available is None else available
    table = offers.get((prog_type, attach_type)) or offers.get((prog_type, None))
    if table is not None:
        if proto.name not in table:
            return False
        if bpf_capable and perfmon_capable:
            return True
    groups = set(PROG_TYPE_GROUPS.get(prog_type, _COMMON))
    if not bpf_capable:
        groups.discard("cap")
    if not perfmon_capable:
        groups.discard("perfmon")
        if proto.name in SK_PERFMON_HELPERS and "skb" in groups:
            return False
    return any(g in groups for g in proto.groups)


def might_sleep(key) -> bool:
    p = helper(key)
    return bool(p and p.might_sleep)


# SP-03: helpers whose kernel implementation may sleep
MIGHT_SLEEP = frozenset(p.name for p in HELPERS.values() if p.might_sleep)

# Helpers whose result is a value read from the outside world (time, randomness, ids, the
# redirect verdict): both engines take it from the run's inputs (`helper_returns[name]`, in call
# order) instead of computing it; name -> width of the result in bits.
WORLD_VALUE_BITS = {
    "ktime_get_ns": 64, "ktime_get_boot_ns": 64, "ktime_get_coarse_ns": 64, "ktime_get_tai_ns": 64,
    "jiffies64": 64, "get_prandom_u32": 32, "get_smp_processor_id": 32, "get_numa_node_id": 32,
    "get_current_pid_tgid": 64, "get_current_uid_gid": 64, "get_current_cgroup_id": 64,
    "get_current_task": 64, "get_socket_cookie": 64, "get_socket_uid": 32, "get_hash_recalc": 32,
    "get_cgroup_classid": 32, "get_route_realm": 32, "redirect": 64, "set_hash_invalid": 64,
}


# ---- what a helper does with its arguments, derived from the prototype -------------------------

@dataclass(frozen=True)
class ArgUse:
    """How a helper uses argument register `reg` (R1..R5), from its ARG_* kind.

    role: "scalar" (must be initialised), "ignored" (ARG_DONTCARE), "map" (a map pointer),
    "ctx" (the program's context), "read" / "write" (memory the helper reads / fills),
    "size" (the byte count of the memory argument before it), "func" (a callback),
    "update" (initialised memory the helper reads and may write back: ARG_PTR_TO_MEM without
    MEM_RDONLY, e.g. bpf_fib_lookup's params, bpf_d_path's buffer),
    "pointer" (a pointer the helper keeps or compares but does not access here),
    "object" (a kernel object: a socket or a BTF-typed pointer the helper reads itself),
    "dynptr" (a struct bpf_dynptr on the stack: its own lowering, spec/dynptr.py),
    "unmodelled" (a dynptr, lock, timer, kptr ...: needs its own lowering).
    size: the bytes a read/write covers: an int, ("reg", N) for the size argument in RN, or
    ("map", "key_size"|"value_size") of the map argument."""
    reg: int
    kind: str
    role: str
    size: object = None
    nullable: bool = False


_FIXED_WRITE = {ARG_PTR_TO_LONG: 8, ARG_PTR_TO_INT: 4}
# arguments naming a kernel object (not program memory): sockets and BTF-typed pointers
OBJECT_ARGS = frozenset({ARG_PTR_TO_SOCK_COMMON, ARG_PTR_TO_SOCKET, ARG_PTR_TO_BTF_ID,
                         ARG_PTR_TO_BTF_ID_SOCK_COMMON})
_MAP_MEM = {ARG_PTR_TO_MAP_KEY: ("read", "key_size"), ARG_PTR_TO_MAP_VALUE: ("read", "value_size"),
            ARG_PTR_TO_UNINIT_MAP_VALUE: ("write", "value_size")}


def arg_uses(proto: HelperProto) -> tuple[ArgUse, ...]:
    """The argument contract of `proto`, in register order: what both engines check at a call
    and what memory the call reads and writes (check_func_arg's view of the ARG_* kinds)."""
    out = []
    for i, kind in enumerate(proto.args):
        reg = i + 1
        base, *flags = kind.split("|")
        nullable = "PTR_MAYBE_NULL" in flags
        nxt = proto.args[i + 1].split("|")[0] if i + 1 < len(proto.args) else ""
        sized = ("reg", reg + 1) if nxt in (ARG_CONST_SIZE, ARG_CONST_SIZE_OR_ZERO) else None
        if base == ARG_ANYTHING:
            out.append(ArgUse(reg, kind, "scalar"))
        elif base == ARG_DONTCARE:
            out.append(ArgUse(reg, kind, "ignored"))
        elif base in (ARG_CONST_SIZE, ARG_CONST_SIZE_OR_ZERO):
            out.append(ArgUse(reg, kind, "size"))
        elif base == ARG_CONST_MAP_PTR:
            out.append(ArgUse(reg, kind, "map"))
        elif base == ARG_PTR_TO_CTX:
            out.append(ArgUse(reg, kind, "ctx", nullable=nullable))
        elif base in _MAP_MEM and "PTR_MAYBE_NULL" not in flags:
            role, what = _MAP_MEM[base]
            out.append(ArgUse(reg, kind, role, ("map", what)))
        elif base == ARG_PTR_TO_MEM and sized:
            role = "write" if "MEM_UNINIT" in flags else "read" if "MEM_RDONLY" in flags else \
                "update"
            out.append(ArgUse(reg, kind, role, sized, nullable))
        elif base == ARG_PTR_TO_UNINIT_MEM and sized:
            out.append(ArgUse(reg, kind, "write", sized, nullable))
        elif base in _FIXED_WRITE:
            out.append(ArgUse(reg, kind, "write", _FIXED_WRITE[base]))
        elif base == ARG_PTR_TO_FIXED_SIZE_MEM:
            out.append(ArgUse(reg, kind, "read", dict(proto.arg_sizes)[reg]))
        elif base == ARG_PTR_TO_DYNPTR:
            out.append(ArgUse(reg, kind, "dynptr"))
        elif base == ARG_PTR_TO_FUNC:
            out.append(ArgUse(reg, kind, "func"))
        elif base in ("ARG_PTR_TO_STACK", ARG_PTR_TO_CONST_STR):
            out.append(ArgUse(reg, kind, "pointer", nullable=nullable))
        elif base in OBJECT_ARGS:
            out.append(ArgUse(reg, kind, "object", nullable=nullable))
        else:
            out.append(ArgUse(reg, kind, "unmodelled"))
    return tuple(out)


def generic(proto: HelperProto) -> bool:
    """Can a call be modelled from the prototype alone: every argument's use is known, it
    returns an integer or nothing, and it hands out no callback or reference?"""
    return proto.ret in (RET_INTEGER, RET_VOID) and proto.callback is None and \
        all(u.role not in ("unmodelled", "dynptr") for u in arg_uses(proto))


# verifier.c is_acquire_function / is_release_function (6.1, the helpers the model covers): a call
# of the first kind hands out a reference (ref_obj_id) that one of the second must release.
ACQUIRE_HELPERS = frozenset({"sk_lookup_tcp", "sk_lookup_udp", "skc_lookup_tcp", "ringbuf_reserve",
                             "kptr_xchg"})


# The input naming what the k-th bpf_kptr_xchg finds in its field (helper_returns[...][k]): a kptr
# field is shared with every other CPU, which may exchange it between two calls of this run.
# 0: what this run (or the map's initial contents) left there; 1: an object another CPU put
# there (a reference the caller now holds); anything else: another CPU emptied it (NULL).
KPTR_XCHG_FIELD = "kptr_xchg:field"
KPTR_RACE_OBJECT = 1
# The input saying whether the k-th bpf_map_update_elem of a hash map created with
# BPF_F_NO_PREALLOC finds no memory for the element it allocates (non-zero: -ENOMEM).
MAP_UPDATE_NOMEM = "map_update_elem:nomem"
# The input saying whether the k-th bpf_map_update_elem of an LRU hash map evicts an element
# although the map is not full: its free nodes are handed to CPUs in batches, and a CPU whose
# local list is empty shrinks the LRU lists (bpf_lru_list_pop_free_to_local) (non-zero: evicts).
MAP_UPDATE_LRU_EVICT = "map_update_elem:evict"


# The inputs a sock_ops program's bpf_setsockopt leaves in the tcp_sock fields of its ctx (one
# value per byte of each field that reads 0 without a full socket, in field order, per call):
# TCP_BPF_IW sets snd_cwnd, TCP_BPF_SNDCWND_CLAMP snd_ssthresh, TCP_CONGESTION reinitialises the
# congestion state, so what the ctx reads afterwards is not what it read before.
SETSOCKOPT_TCP_FIELDS = "setsockopt:tcp_sock"


# verifier.c is_ptr_cast_function: the result is the argument's socket seen as another type (it
# keeps the argument's reference), or NULL when the socket is not of that kind
SOCK_CAST_HELPERS = frozenset({"sk_fullsock", "tcp_sock", *SKC_CASTS})
# helpers that hand out another socket without a reference (the listener, a file's socket)
SOCK_OTHER_HELPERS = frozenset({"get_listener_sock", "sock_from_file"})


def is_acquire_function(name: str, map_type: str | None) -> bool:
    """verifier.c is_acquire_function: the acquiring helpers, and a lookup in a socket map
    (the socket it returns holds a reference)."""
    return name in ACQUIRE_HELPERS or \
        (name == "map_lookup_elem" and map_type in SOCK_MAP_TYPES)
RELEASE_HELPERS = frozenset({"sk_release", "ringbuf_submit", "ringbuf_discard"})


# Helpers with an effect their prototype does not show, on state a later step of the run uses:
# a cgroup program's return value (set_retval), user memory (probe_write_user), the fd table
# (sys_close), the redirect target (redirect, redirect_neigh, redirect_peer), a signal sent to
# the task (send_signal, send_signal_thread).
UNSEEN_EFFECT_HELPERS = frozenset({"set_retval", "probe_write_user", "sys_close", "redirect",
                                   "redirect_neigh", "redirect_peer", "send_signal",
                                   "send_signal_thread"})
_READ_ROLES = frozenset({"scalar", "ignored", "read", "size", "map"})
_READ_MAP_OPS = frozenset({"lookup", "lookup_percpu"})


def changes_nothing_read(proto: HelperProto) -> bool:
    """Does a call leave everything the program may read later as it was? It writes no memory
    through its arguments (arg_uses), changes no map (a lookup), no packet, takes or drops no
    reference, calls nothing back, returns an integer or a map value, and has no effect its
    prototype does not show. Its result may still come from the world (WORLD_VALUE_BITS)."""
    uses = arg_uses(proto)
    return proto.callback is None and not proto.changes_pkt_data and \
        proto.ret in (RET_INTEGER, RET_PTR_TO_MAP_VALUE_OR_NULL) and \
        proto.name not in ACQUIRE_HELPERS | RELEASE_HELPERS | UNSEEN_EFFECT_HELPERS and \
        all(u.role in _READ_ROLES for u in uses) and \
        (MAP_OP_HELPERS.get(proto.name) in _READ_MAP_OPS or all(u.role != "map" for u in uses))


EFFECT_FREE_HELPERS = frozenset(p.name for p in HELPERS_612.values() if changes_nothing_read(p))
