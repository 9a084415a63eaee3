"""kfunc allow sets: which kernel functions a program type may call, with their KF_* flags.

The kernel registers `BTF_SET8`/`BTF_KFUNCS` id sets per hook (`register_btf_kfunc_id_set`), and
check_kfunc_call refuses a kfunc outside the sets of the program's hook with `calling kernel
function X is not allowed`. The prototypes come from the kernel's vmlinux BTF; the sets do not
(they live in `.BTF_ids`), so they are written down here per kernel from its sources
(kernel/bpf/helpers.c, kernel/trace/bpf_trace.c, kernel/bpf/cpumask.c, net/core/filter.c,
kernel/bpf/map_iter.c, kernel/bpf/crypto.c, kernel/bpf/arena.c of Debian's 6.1 and 6.12) for
the built-in objects the oracle's kernels carry (no modules are loaded there).
"""
from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping, Optional

# include/linux/btf.h
KF_ACQUIRE = 1 << 0
KF_RELEASE = 1 << 1
KF_RET_NULL = 1 << 2
KF_KPTR_GET = 1 << 3            # 6.1 only
KF_TRUSTED_ARGS = 1 << 4
KF_SLEEPABLE = 1 << 5
KF_DESTRUCTIVE = 1 << 6
KF_RCU = 1 << 7
KF_ITER_NEW = 1 << 8
KF_ITER_NEXT = 1 << 9
KF_ITER_DESTROY = 1 << 10
KF_RCU_PROTECTED = 1 << 11

# the kfuncs that open and close an RCU read section (6.12; the verifier's active_rcu_lock)
RCU_READ_LOCK, RCU_READ_UNLOCK = "bpf_rcu_read_lock", "bpf_rcu_read_unlock"
# an object of a program BTF type (argument: its local type id), owned until dropped (6.12)
OBJ_NEW, OBJ_DROP = "bpf_obj_new_impl", "bpf_obj_drop_impl"
# the run's inputs for it (helper_returns keys): the result (0: NULL) and the object's bytes
OBJ_NEW_RESULT, OBJ_NEW_BYTES = "obj_new_impl", "obj_new_impl:mem"

COMMON = "common"               # BTF_KFUNC_HOOK_COMMON (BPF_PROG_TYPE_UNSPEC): every program type


@dataclass(frozen=True)
class KfuncSet:
    """One registered id set: the hooks it was registered for and its kfuncs' flags."""
    hooks: frozenset
    funcs: Mapping[str, int]


def _set(hooks, funcs: dict) -> KfuncSet:
    return KfuncSet(frozenset(hooks.split()), MappingProxyType(funcs))


# bpf_prog_type_to_kfunc_hook (program type -> hook); a type missing here has no hook
HOOKS_61 = MappingProxyType({"xdp": "xdp", "sched_cls": "tc", "struct_ops": "struct_ops",
                             "tracing": "tracing", "lsm": "tracing", "syscall": "syscall"})
HOOKS_612 = MappingProxyType({
    **HOOKS_61, "tracepoint": "tracing", "perf_event": "tracing",
    **{t: "cgroup" for t in ("cgroup_skb", "cgroup_sock", "cgroup_device", "cgroup_sock_addr",
                             "cgroup_sockopt", "cgroup_sysctl")},
    "sched_act": "sched_act", "sk_skb": "sk_skb", "socket_filter": "socket_filter",
    **{t: "lwt" for t in ("lwt_out", "lwt_in", "lwt_xmit", "lwt_seg6local")},
    "netfilter": "netfilter", "kprobe": "kprobe"})

_KEY_SIG = {"bpf_lookup_user_key": KF_ACQUIRE | KF_RET_NULL | KF_SLEEPABLE,
            "bpf_lookup_system_key": KF_ACQUIRE | KF_RET_NULL,
            "bpf_key_put": KF_RELEASE,
            "bpf_verify_pkcs7_signature": KF_SLEEPABLE}

KFUNCS_61 = (
    _set("tracing", {"crash_kexec": KF_DESTRUCTIVE}),           # kernel/bpf/helpers.c
    _set("tracing", _KEY_SIG),                                   # kernel/trace/bpf_trace.c
)

_A, _R, _N = KF_ACQUIRE, KF_RELEASE, KF_RET_NULL
KFUNCS_612 = (
    # kernel/bpf/helpers.c: generic_kfunc_set
    _set("tracing tc xdp struct_ops syscall cgroup", {
        "crash_kexec": KF_DESTRUCTIVE,
        "bpf_obj_new_impl": _A | _N, "bpf_percpu_obj_new_impl": _A | _N,
        "bpf_obj_drop_impl": _R, "bpf_percpu_obj_drop_impl": _R,
        "bpf_refcount_acquire_impl": _A | _N | KF_RCU,
        "bpf_list_push_front_impl": 0, "bpf_list_push_back_impl": 0,
        "bpf_list_pop_front": _A | _N, "bpf_list_pop_back": _A | _N,
        "bpf_task_acquire": _A | KF_RCU | _N, "bpf_task_release": _R,
        "bpf_rbtree_remove": _A | _N, "bpf_rbtree_add_impl": 0, "bpf_rbtree_first": _N,
        "bpf_cgroup_acquire": _A | KF_RCU | _N, "bpf_cgroup_release": _R,
        "bpf_cgroup_ancestor": _A | KF_RCU | _N, "bpf_cgroup_from_id": _A | _N,
        "bpf_task_under_cgroup": KF_RCU, "bpf_task_get_cgroup1": _A | KF_RCU | _N,
        "bpf_task_from_pid": _A | _N, "bpf_throw": 0}),
    # kernel/bpf/helpers.c: common_kfunc_set
    _set(COMMON, {
        "bpf_cast_to_kern_ctx": 0, "bpf_rdonly_cast": 0,
        "bpf_rcu_read_lock": 0, "bpf_rcu_read_unlock": 0,
        "bpf_dynptr_slice": _N, "bpf_dynptr_slice_rdwr": _N,
        "bpf_iter_num_new": KF_ITER_NEW, "bpf_iter_num_next": KF_ITER_NEXT | _N,
        "bpf_iter_num_destroy": KF_ITER_DESTROY,
        "bpf_iter_task_vma_new": KF_ITER_NEW | KF_RCU, "bpf_iter_task_vma_next": KF_ITER_NEXT | _N,
        "bpf_iter_task_vma_destroy": KF_ITER_DESTROY,
        "bpf_iter_css_task_new": KF_ITER_NEW | KF_TRUSTED_ARGS,
        "bpf_iter_css_task_next": KF_ITER_NEXT | _N, "bpf_iter_css_task_destroy": KF_ITER_DESTROY,
        "bpf_iter_css_new": KF_ITER_NEW | KF_TRUSTED_ARGS | KF_RCU_PROTECTED,
        "bpf_iter_css_next": KF_ITER_NEXT | _N, "bpf_iter_css_destroy": KF_ITER_DESTROY,
        "bpf_iter_task_new": KF_ITER_NEW | KF_TRUSTED_ARGS | KF_RCU_PROTECTED,
        "bpf_iter_task_next": KF_ITER_NEXT | _N, "bpf_iter_task_destroy": KF_ITER_DESTROY,
        "bpf_dynptr_adjust": 0, "bpf_dynptr_is_null": 0, "bpf_dynptr_is_rdonly": 0,
        "bpf_dynptr_size": 0, "bpf_dynptr_clone": 0, "bpf_modify_return_test_tp": 0,
        "bpf_wq_init": 0, "bpf_wq_set_callback_impl": 0, "bpf_wq_start": 0,
        "bpf_preempt_disable": 0, "bpf_preempt_enable": 0,
        "bpf_iter_bits_new": KF_ITER_NEW, "bpf_iter_bits_next": KF_ITER_NEXT | _N,
        "bpf_iter_bits_destroy": KF_ITER_DESTROY,
        "bpf_copy_from_user_str": KF_SLEEPABLE}),
    _set("tracing", _KEY_SIG),                                   # kernel/trace/bpf_trace.c
    _set("kprobe", {"bpf_session_is_return": 0, "bpf_session_cookie": 0}),
    # kernel/bpf/cpumask.c
    _set("tracing struct_ops syscall", {
        "bpf_cpumask_create": _A | _N, "bpf_cpumask_release": _R,
        "bpf_cpumask_acquire": _A | KF_TRUSTED_ARGS,
        **{f"bpf_cpumask_{n}": KF_RCU for n in (
            "first", "first_zero", "first_and", "set_cpu", "clear_cpu", "test_cpu",
            "test_and_set_cpu", "test_and_clear_cpu", "setall", "clear", "and", "or", "xor",
            "equal", "intersects", "subset", "empty", "full", "copy", "any_distribute",
            "any_and_distribute", "weight")}}),
    # net/core/filter.c
    _set("tc sched_act sk_skb socket_filter cgroup lwt netfilter tracing",
         {"bpf_dynptr_from_skb": KF_TRUSTED_ARGS}),
    _set("xdp", {"bpf_dynptr_from_xdp": 0}),
    _set("cgroup", {"bpf_sock_addr_set_sun_path": 0}),
    _set("tc", {"bpf_sk_assign_tcp_reqsk": KF_TRUSTED_ARGS}),
    _set(COMMON, {"bpf_map_sum_elem_count": KF_TRUSTED_ARGS}),   # kernel/bpf/map_iter.c
    _set(COMMON, {"bpf_arena_alloc_pages": KF_TRUSTED_ARGS | KF_SLEEPABLE,  # kernel/bpf/arena.c
                  "bpf_arena_free_pages": KF_TRUSTED_ARGS | KF_SLEEPABLE}),
)


def kfunc_flags(sets, hooks: Mapping[str, str], prog_type: str, name: str) -> Optional[int]:
    """btf_kfunc_id_set_contains: the flags of `name` for `prog_type`'s hook (the common hook
    applies to every type), None when the kfunc is not allowed there."""
    hook = hooks.get(prog_type)
    for s in sets:
        if name in s.funcs and (COMMON in s.hooks or (hook is not None and hook in s.hooks)):
            return s.funcs[name]
    return None


KFUNC_SETS = MappingProxyType({"6.1": KFUNCS_61, "6.12": KFUNCS_612})


def registered_flags(kernel: str, name: str) -> Optional[int]:
    """The KF_* flags `kernel` registered `name` with, whichever hook (None: not a kfunc
    there). What a call does at run time; which program types may call it is kfunc_flags."""
    for s in KFUNC_SETS.get(kernel, ()):
        if name in s.funcs:
            return s.funcs[name]
    return None
