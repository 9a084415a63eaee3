"""What the loader's capabilities change in bpf_prog_load() and bpf_check() (Linux 6.1).

bpf_check() copies five capability answers into the verifier env once per load
(env->allow_ptr_leaks = bpf_allow_ptr_leaks(), ... in verifier.c); every unprivileged rule of
the verifier reads one of them. A root loader (the oracle's, and `verify`'s default) has them
all; an unprivileged one (test_loader's `@unpriv` runs drop CAP_SYS_ADMIN, CAP_NET_ADMIN,
CAP_PERFMON and CAP_BPF) has none.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Privileges:
    name: str
    allow_ptr_leaks: bool          # perfmon_capable: pointers may be stored, compared, returned
    allow_uninit_stack: bool       # perfmon_capable: reads of never-written stack bytes
    allow_ptr_to_map_access: bool  # perfmon_capable: loads from struct bpf_map via a map pointer
    bypass_spec_v1: bool           # perfmon_capable: no Spectre v1 sanitation of pointer ALU
    bypass_spec_v4: bool           # perfmon_capable: no Spectre v4 barrier after spills
    bpf_capable: bool              # CAP_BPF: loops, bpf2bpf calls, precision, more helpers
    perfmon_capable: bool          # CAP_PERFMON: the perfmon helpers of bpf_base_func_proto


ROOT = Privileges("root", True, True, True, True, True, True, True)
UNPRIV = Privileges("unprivileged", False, False, False, False, False, False, False)


def privileges_for(caps=()) -> Privileges:
    """An unprivileged loader that kept `caps` (e.g. {"CAP_BPF"}, selftests' __caps_unpriv):
    bpf_capable() is CAP_BPF or CAP_SYS_ADMIN, perfmon_capable() CAP_PERFMON or CAP_SYS_ADMIN,
    and 6.1 derives the four allow/bypass answers from perfmon_capable()."""
    caps = set(caps)
    if not caps:
        return UNPRIV
    bpf = bool(caps & {"CAP_BPF", "CAP_SYS_ADMIN"})
    perfmon = bool(caps & {"CAP_PERFMON", "CAP_SYS_ADMIN"})
    return Privileges("unprivileged+" + "+".join(sorted(caps)), perfmon, perfmon, perfmon,
                      perfmon, perfmon, bpf, perfmon)

# bpf_prog_load(): without CAP_BPF only these program types load at all (CGROUP_SKB is
# "always unpriv" among the CAP_NET_ADMIN types)
UNPRIV_PROG_TYPES = frozenset({"socket_filter", "cgroup_skb"})

# bpf_prog_load(): an unprivileged program may have at most BPF_MAXINSNS instructions
BPF_MAXINSNS = 4096

# bpf_sk_base_func_proto(): helpers a socket program gets only with CAP_PERFMON
SK_PERFMON_HELPERS = frozenset({
    "skc_to_tcp6_sock", "skc_to_tcp_sock", "skc_to_tcp_timewait_sock", "skc_to_tcp_request_sock",
    "skc_to_udp6_sock", "skc_to_unix_sock", "skc_to_mptcp_sock"})

# map_create(): the map types whose ->map_alloc_check / ->map_alloc ask for a capability (6.1's
# kernel/bpf/*.c, net/core/sock_map.c, net/xdp/xskmap.c); -EPERM without it
MAP_CREATE_NEEDS_BPF = frozenset({
    "stack_trace", "lru_hash", "lru_percpu_hash", "lpm_trie", "queue", "stack", "cpumap",
    "reuseport_sockarray", "bloom_filter", "struct_ops", "sk_storage", "inode_storage",
    "task_storage"})
MAP_CREATE_NEEDS_NET_ADMIN = frozenset({"devmap", "devmap_hash", "sockmap", "sockhash", "xskmap"})
# bpf_local_storage_map_alloc_check: local storage needs BTF (-EINVAL) before it asks for CAP_BPF
MAP_CREATE_NEEDS_BTF = frozenset({"sk_storage", "inode_storage", "task_storage"})


def map_create_refusal(map_type: str, has_btf: bool, zero_seed: bool, priv: Privileges):
    """(errno name, reason) when map_create() refuses this map to the loader, or None."""
    if map_type in MAP_CREATE_NEEDS_BTF and not has_btf:
        return "EINVAL", "local storage needs BTF for its key and value"
    if not priv.bpf_capable and (map_type in MAP_CREATE_NEEDS_BPF or
                                 (zero_seed and map_type in ("hash", "percpu_hash"))):
        return "EPERM", "needs CAP_BPF"
    if not priv.bpf_capable and map_type in MAP_CREATE_NEEDS_NET_ADMIN:
        return "EPERM", "needs CAP_NET_ADMIN"
    return None


# sanitize_err(): the tail of every Spectre v1 refusal
SANITIZE_ERR = "pointer arithmetic with it prohibited for !root"

# test_loader.c is_unpriv_capable_map(): the maps an `@unpriv` run lets libbpf create (the others
# are left out, and a program that references one fails to load)
UNPRIV_CAPABLE_MAPS = frozenset({
    "hash", "percpu_hash", "hash_of_maps", "percpu_cgroup_storage", "array", "ringbuf",
    "prog_array", "cgroup_array", "percpu_array", "user_ringbuf", "array_of_maps",
    "cgroup_storage", "perf_event_array"})


# bpf_insn_aux_data.alu_state bits (include/linux/bpf_verifier.h): what sanitize_ptr_alu recorded
# for the do_misc_fixups masking of an unprivileged pointer move
BPF_ALU_SANITIZE_SRC, BPF_ALU_SANITIZE_DST = 1 << 0, 1 << 1
BPF_ALU_SANITIZE = BPF_ALU_SANITIZE_SRC | BPF_ALU_SANITIZE_DST
BPF_ALU_NEG_VALUE, BPF_ALU_NON_POINTER, BPF_ALU_IMMEDIATE = 1 << 2, 1 << 3, 1 << 4
