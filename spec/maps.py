"""Map types and what the kernel allows each to do, as data.

One `MapType` per `enum bpf_map_type` value says which helpers may take it (the map-type switch of
verifier.c's check_map_func_compatibility), whether a sleepable program may use it (SP-04,
check_map_prog_compatibility), whether its value may hold a bpf_spin_lock or bpf_timer
(map_check_btf, SL-02), which kernel function inlines its lookups (`ops->map_gen_lookup`), and
which kernel functions do_misc_fixups calls for its map helpers. The verifier model, the xlate
pass, the executor, the Z3 lowering and the proofs read these tables; none keeps its own copy.

Helper names are the UAPI names without `bpf_` (spec/helper_ids.HELPER_NAMES). A second kernel
is a second table built from this one (see spec/kernels.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping, Optional

from .errno import E2BIG, EEXIST, EINVAL, ENOENT, ENOMEM, ENOSPC, EOPNOTSUPP

# enum bpf_map_type (UAPI linux/bpf.h, 6.1); the index is the map type id. The enum only grows,
# so a later kernel appends to it.
MAP_TYPE_NAMES = (
    "unspec", "hash", "array", "prog_array", "perf_event_array", "percpu_hash", "percpu_array",
    "stack_trace", "cgroup_array", "lru_hash", "lru_percpu_hash", "lpm_trie", "array_of_maps",
    "hash_of_maps", "devmap", "sockmap", "cpumap", "xskmap", "sockhash", "cgroup_storage",
    "reuseport_sockarray", "percpu_cgroup_storage", "queue", "stack", "sk_storage",
    "devmap_hash", "struct_ops", "ringbuf", "inode_storage", "task_storage", "bloom_filter",
    "user_ringbuf",
)
# 6.12's enum: cgrp_storage (6.2) and arena (6.9) appended; their semantics are not modelled
MAP_TYPE_NAMES_612 = MAP_TYPE_NAMES + ("cgrp_storage", "arena")
MAP_TYPE_IDS = {n: i for i, n in enumerate(MAP_TYPE_NAMES_612)}

# Map helpers whose map argument record_func_map() stores in insn_aux_data, and the map op
# do_misc_fixups calls for them directly when the program is JITed (helper -> op name).
MAP_OP_HELPERS: Mapping[str, str] = MappingProxyType({
    "map_lookup_elem": "lookup", "map_update_elem": "update", "map_delete_elem": "delete",
    "map_push_elem": "push", "map_pop_elem": "pop", "map_peek_elem": "peek",
    "redirect_map": "redirect", "for_each_map_elem": "for_each",
    "map_lookup_percpu_elem": "lookup_percpu",
})
RECORD_FUNC_MAP_HELPERS = frozenset(MAP_OP_HELPERS) | {"tail_call"}
# record_func_map: the map helpers a BPF_F_RDONLY_PROG map refuses ("write into map forbidden")
MAP_WRITE_HELPERS = frozenset({"map_update_elem", "map_delete_elem", "map_push_elem",
                               "map_pop_elem"})
# resolve_map_arg_type: a bloom filter's peek tests the value it is given, so its value argument
# is read (ARG_PTR_TO_MAP_VALUE), not written as the prototype's uninit value (both kernels)
READ_VALUE_ARG = frozenset({("bloom_filter", "map_peek_elem")})


@dataclass(frozen=True)
class MapType:
    """What one kernel says about one map type."""
    name: str
    family: str = ""                 # "array" (struct bpf_array, u32 index keys) | "htab" | ""
    value: str = "data"              # what an element holds: "data", "map", "prog", "fd", "none"
    helpers: Optional[frozenset] = None   # check_map_func_compatibility: only these (None: any)
    sleepable: bool = False          # SP-04: a sleepable program may use it (rcu_read_lock_trace)
    spin_lock: bool = False          # SL-02: map_check_btf accepts a bpf_spin_lock in the value
    timer: bool = False              # map_check_btf accepts a bpf_timer in the value
    percpu: bool = False
    lru: bool = False
    gen_lookup: Optional[str] = None  # ops->map_gen_lookup: the kernel function inlining lookups
    ops: Mapping[str, str] = field(default_factory=dict)   # map op -> kernel function
    prog_use: bool = True            # check_map_prog_compatibility: a program may reference it
    libbpf_btf: bool = True          # libbpf 1.1 passes btf key/value type ids at creation
    default_key_size: int = 4        # what a `.map` line means when it gives no size
    default_value_size: int = 8
    # map_alloc forces BPF_F_RDONLY_PROG: a lookup points straight at kernel data (dev->ifindex)
    rdonly_prog: bool = False
    # what a program's non-NULL map_lookup_elem result is (verifier.c mark_ptr_or_null_reg):
    # "value" (the element), "map" (map-in-map), "sock" (sockmap/sockhash: a struct bpf_sock the
    # program holds a reference to, is_acquire_function), "xdp_sock" (xskmap: struct bpf_xdp_sock)
    lookup_ret: str = "value"
    # local storage: the kernel object an element belongs to (bpf_local_storage owner)
    owner: str = ""

    @property
    def id(self) -> int:
        return MAP_TYPE_IDS[self.name]

    @property
    def map_in_map(self) -> bool:
        return self.value == "map"


# Kernel struct offsets the rewrite and the JIT build in (x86-64 Debian 6.1.y, each confirmed by
# the oracle's xlated and JIT bytes). A kernel whose layout differs moves them into KernelFacts.
BPF_ARRAY_MAX_ENTRIES_OFF = 0x24   # offsetof(struct bpf_array, map.max_entries)
BPF_ARRAY_VALUE_OFF = 0x110        # offsetof(struct bpf_array, value) == offsetof(.., ptrs)
HTAB_ELEM_KEY_OFF = 48             # offsetof(struct htab_elem, key)
HTAB_LRU_REF_OFF = 35              # offsetof(struct htab_elem, lru_node) + offsetof(bpf_lru_node, ref)


def _hs(*names: str) -> frozenset:
    return frozenset(names)


_ARRAY_OPS = {"lookup": "array_map_lookup_elem", "update": "array_map_update_elem",
              "delete": "array_map_delete_elem", "for_each": "bpf_for_each_array_elem"}
_HTAB_OPS = {"lookup": "htab_map_lookup_elem", "update": "htab_map_update_elem",
             "delete": "htab_map_delete_elem", "for_each": "bpf_for_each_hash_elem"}
_RINGBUF = _hs("ringbuf_output", "ringbuf_reserve", "ringbuf_query", "ringbuf_reserve_dynptr",
               "ringbuf_submit_dynptr", "ringbuf_discard_dynptr")
_PERF = _hs("perf_event_read", "perf_event_output", "perf_event_read_value", "skb_output",
            "xdp_output")
_REDIRECT = _hs("redirect_map", "map_lookup_elem")
_QUEUE = _hs("map_push_elem", "map_pop_elem", "map_peek_elem", "map_update_elem")
_SOCK_COMMON = ("map_lookup_elem", "map_delete_elem", "map_update_elem", "sk_select_reuseport")


def _table(*types: MapType) -> Mapping[str, MapType]:
    return MappingProxyType({t.name: t for t in types})


# Linux 6.1 (verifier.c, arraymap.c, hashtab.c, btf.c; the oracle's Debian 6.1.y agrees).
MAPS_61: Mapping[str, MapType] = _table(
    MapType("unspec"),
    MapType("hash", "htab", sleepable=True, spin_lock=True, timer=True,
            gen_lookup="htab_map_gen_lookup", ops=_HTAB_OPS),
    MapType("array", "array", sleepable=True, spin_lock=True, timer=True,
            gen_lookup="array_map_gen_lookup", ops=_ARRAY_OPS),
    MapType("prog_array", "array", "prog", helpers=_hs("tail_call"), libbpf_btf=True,
            default_value_size=4),
    MapType("perf_event_array", "array", "fd", helpers=_PERF, libbpf_btf=False,
            default_value_size=4),
    MapType("percpu_hash", "htab", sleepable=True, percpu=True,
            ops={**_HTAB_OPS, "lookup": "htab_percpu_map_lookup_elem",
                 "update": "htab_percpu_map_update_elem",
                 "lookup_percpu": "htab_percpu_map_lookup_percpu_elem"}),
    MapType("percpu_array", "array", sleepable=True, percpu=True,
            ops={**_ARRAY_OPS, "lookup": "percpu_array_map_lookup_elem",
                 "lookup_percpu": "percpu_array_map_lookup_percpu_elem"}),
    MapType("stack_trace", helpers=_hs("get_stackid"), libbpf_btf=False),
    MapType("cgroup_array", "array", "fd",
            helpers=_hs("skb_under_cgroup", "current_task_under_cgroup"), libbpf_btf=False,
            default_value_size=4),
    MapType("lru_hash", "htab", sleepable=True, timer=True, lru=True,
            gen_lookup="htab_lru_map_gen_lookup",
            ops={**_HTAB_OPS, "lookup": "htab_lru_map_lookup_elem",
                 "update": "htab_lru_map_update_elem", "delete": "htab_lru_map_delete_elem"}),
    MapType("lru_percpu_hash", "htab", sleepable=True, percpu=True, lru=True,
            ops={**_HTAB_OPS, "lookup": "htab_lru_percpu_map_lookup_elem",
                 "update": "htab_lru_percpu_map_update_elem",
                 "delete": "htab_lru_map_delete_elem",
                 "lookup_percpu": "htab_lru_percpu_map_lookup_percpu_elem"}),
    MapType("lpm_trie", ops={"lookup": "trie_lookup_elem", "update": "trie_update_elem",
                             "delete": "trie_delete_elem"}),
    MapType("array_of_maps", "array", "map", helpers=_hs("map_lookup_elem"), sleepable=True,
            gen_lookup="array_of_map_gen_lookup", libbpf_btf=False, default_value_size=4,
            ops={"lookup": "array_of_map_lookup_elem", "delete": "fd_array_map_delete_elem"}),
    MapType("hash_of_maps", "htab", "map", helpers=_hs("map_lookup_elem"), sleepable=True,
            gen_lookup="htab_of_map_gen_lookup", libbpf_btf=False, default_value_size=4,
            ops={"lookup": "htab_of_map_lookup_elem", "delete": "htab_map_delete_elem"}),
    MapType("devmap", value="fd", helpers=_REDIRECT, libbpf_btf=False, default_value_size=4,
            rdonly_prog=True, ops={"redirect": "dev_map_redirect", "lookup": "dev_map_lookup_elem"}),
    MapType("sockmap", value="fd", libbpf_btf=False, default_value_size=4, lookup_ret="sock",
            ops={"lookup": "sock_map_lookup", "delete": "sock_map_delete_elem",
                 "update": "sock_map_update_elem"},
            helpers=_hs("sk_redirect_map", "sock_map_update", "msg_redirect_map",
                        *_SOCK_COMMON)),
    MapType("cpumap", value="fd", helpers=_hs("redirect_map"), libbpf_btf=False,
            default_value_size=4, rdonly_prog=True,
            ops={"redirect": "cpu_map_redirect", "lookup": "cpu_map_lookup_elem"}),
    MapType("xskmap", value="fd", helpers=_REDIRECT, libbpf_btf=False, default_value_size=4,
            lookup_ret="xdp_sock", gen_lookup="xsk_map_gen_lookup",
            ops={"redirect": "xsk_map_redirect", "lookup": "xsk_map_lookup_elem"}),
    MapType("sockhash", value="fd", libbpf_btf=False, default_value_size=4, lookup_ret="sock",
            ops={"lookup": "sock_hash_lookup", "delete": "sock_hash_delete_elem",
                 "update": "sock_hash_update_elem"},
            helpers=_hs("sk_redirect_hash", "sock_hash_update", "msg_redirect_hash",
                        *_SOCK_COMMON)),
    MapType("cgroup_storage", helpers=_hs("get_local_storage"), spin_lock=True),
    MapType("reuseport_sockarray", value="fd", helpers=_hs(*_SOCK_COMMON),
            default_value_size=4),
    MapType("percpu_cgroup_storage", helpers=_hs("get_local_storage"), percpu=True),
    MapType("queue", helpers=_QUEUE, libbpf_btf=False, default_key_size=0,
            ops={"push": "queue_stack_map_push_elem", "pop": "queue_map_pop_elem",
                 "peek": "queue_map_peek_elem"}),
    MapType("stack", helpers=_QUEUE, libbpf_btf=False, default_key_size=0,
            ops={"push": "queue_stack_map_push_elem", "pop": "stack_map_pop_elem",
                 "peek": "stack_map_peek_elem"}),
    MapType("sk_storage", helpers=_hs("sk_storage_get", "sk_storage_delete"), sleepable=True,
            spin_lock=True, owner="sock"),
    MapType("devmap_hash", value="fd", helpers=_REDIRECT, libbpf_btf=False, default_value_size=4,
            rdonly_prog=True, ops={"redirect": "dev_hash_map_redirect", "lookup": "dev_map_hash_lookup_elem"}),
    MapType("struct_ops", prog_use=False),
    MapType("ringbuf", value="none", helpers=_RINGBUF, sleepable=True, libbpf_btf=False,
            default_key_size=0, default_value_size=0),
    MapType("inode_storage", helpers=_hs("inode_storage_get", "inode_storage_delete"),
            sleepable=True, spin_lock=True, owner="inode"),
    MapType("task_storage", helpers=_hs("task_storage_get", "task_storage_delete"),
            sleepable=True, spin_lock=True, owner="task"),
    MapType("bloom_filter", helpers=_hs("map_peek_elem", "map_push_elem"), default_key_size=0,
            ops={"push": "bloom_map_push_elem", "peek": "bloom_map_peek_elem",
                 "pop": "bloom_map_pop_elem", "lookup": "bloom_map_lookup_elem",
                 "update": "bloom_map_update_elem", "delete": "bloom_map_delete_elem"}),
    MapType("user_ringbuf", value="none", helpers=_hs("user_ringbuf_drain"), sleepable=True,
            default_key_size=0, default_value_size=0),
)

# check_map_func_compatibility's helper switch (6.1): these helpers take only these map types.
HELPER_MAP_TYPES_61: Mapping[str, frozenset] = MappingProxyType({
    "tail_call": _hs("prog_array"),
    **{h: _hs("perf_event_array") for h in _PERF},
    **{h: _hs("ringbuf") for h in ("ringbuf_output", "ringbuf_reserve", "ringbuf_query")},
    "get_stackid": _hs("stack_trace"),
    "skb_under_cgroup": _hs("cgroup_array"), "current_task_under_cgroup": _hs("cgroup_array"),
    "get_local_storage": _hs("cgroup_storage", "percpu_cgroup_storage"),
    "redirect_map": _hs("devmap", "devmap_hash", "cpumap", "xskmap"),
    "sk_redirect_map": _hs("sockmap"), "msg_redirect_map": _hs("sockmap"),
    "sock_map_update": _hs("sockmap"),
    "sk_redirect_hash": _hs("sockhash"), "msg_redirect_hash": _hs("sockhash"),
    "sock_hash_update": _hs("sockhash"),
    "map_push_elem": _hs("queue", "stack", "bloom_filter"),
    "map_pop_elem": _hs("queue", "stack"),
    "map_peek_elem": _hs("queue", "stack", "bloom_filter"),
    "sk_storage_get": _hs("sk_storage"), "sk_storage_delete": _hs("sk_storage"),
    "inode_storage_get": _hs("inode_storage"), "inode_storage_delete": _hs("inode_storage"),
    "task_storage_get": _hs("task_storage"), "task_storage_delete": _hs("task_storage"),
    "map_lookup_percpu_elem": _hs("percpu_array", "percpu_hash", "lru_percpu_hash"),
})


def map_func_compatible(helper: str, map_type: str, maps: Mapping[str, MapType] = MAPS_61,
                        helper_map_types: Mapping[str, frozenset] = HELPER_MAP_TYPES_61) -> bool:
    """check_map_func_compatibility: may `helper` take a map of `map_type` (both switches)?"""
    allowed = maps[map_type].helpers if map_type in maps else None
    if allowed is not None and helper not in allowed:
        return False
    return helper not in helper_map_types or map_type in helper_map_types[helper]


def array_elem_size(value_size: int) -> int:
    """array_map_alloc: elem_size = round_up(value_size, 8)."""
    return (value_size + 7) & ~7


def array_index_mask(max_entries: int) -> int:
    """array_map_alloc: index_mask = roundup_pow_of_two(max_entries) - 1 (Spectre v1 masking)."""
    return (1 << (max(max_entries, 1) - 1).bit_length()) - 1


def names_where(table: Mapping[str, MapType], pred) -> frozenset:
    """The names of the map types of `table` for which `pred(map_type)` holds."""
    return frozenset(n for n, t in table.items() if pred(t))


# Groups of 6.1 map types by property, for the engines that test membership.
ARRAY_FAMILY = names_where(MAPS_61, lambda t: t.family == "array")
HTAB_FAMILY = names_where(MAPS_61, lambda t: t.family == "htab")
MAP_IN_MAP_TYPES = names_where(MAPS_61, lambda t: t.map_in_map)
DATA_VALUE_TYPES = names_where(MAPS_61, lambda t: t.value == "data")
LRU_TYPES = names_where(MAPS_61, lambda t: t.lru)
# hash maps of data whose update may find the map full (an LRU map evicts instead); without
# preallocation, the plain (not per-CPU) ones allocate a new element at every update
COUNTED_HASH_TYPES = names_where(MAPS_61, lambda t: t.family == "htab" and t.value == "data")
PLAIN_HASH_TYPES = COUNTED_HASH_TYPES - LRU_TYPES - names_where(MAPS_61, lambda t: t.percpu)


# ops->map_btf_id (BTF_ID_LIST_SINGLE in each map's .c file, the same in 6.1 and 6.12): the
# kernel struct that check_ptr_to_map_access walks for a load through a map pointer
# (`r1 = map ll; r0 = *(u32 *)(r1 + 36)` reads bpf_array.map.max_entries)
MAP_BTF_STRUCT: Mapping[str, str] = MappingProxyType({
    **{t: "bpf_array" for t in ("array", "percpu_array", "prog_array", "perf_event_array",
                                "cgroup_array", "array_of_maps")},
    **{t: "bpf_htab" for t in ("hash", "percpu_hash", "lru_hash", "lru_percpu_hash",
                               "hash_of_maps")},
    **{t: "bpf_local_storage_map" for t in ("sk_storage", "inode_storage", "task_storage",
                                            "cgrp_storage")},
    **{t: "bpf_cgroup_storage_map" for t in ("cgroup_storage", "percpu_cgroup_storage")},
    **{t: "bpf_queue_stack" for t in ("queue", "stack")},
    **{t: "bpf_dtab" for t in ("devmap", "devmap_hash")},
    **{t: "bpf_ringbuf_map" for t in ("ringbuf", "user_ringbuf")},
    "stack_trace": "bpf_stack_map", "lpm_trie": "lpm_trie", "cpumap": "bpf_cpu_map",
    "xskmap": "xsk_map", "sockmap": "bpf_stab", "sockhash": "bpf_shtab",
    "reuseport_sockarray": "reuseport_array", "struct_ops": "bpf_struct_ops_map",
    "bloom_filter": "bpf_bloom_filter", "arena": "bpf_arena",
})
REDIRECT_MAP_TYPES = HELPER_MAP_TYPES_61["redirect_map"]
SOCK_MAP_TYPES = names_where(MAPS_61, lambda t: t.lookup_ret == "sock")
# the FIFO / LIFO maps of bpf_map_push/pop/peek_elem (kernel/bpf/queue_stack_maps.c)
QUEUE_TYPES = frozenset({"queue", "stack"})
# Linux 6.2's BPF_MAP_TYPE_CGRP_STORAGE (bpf_cgrp_storage_get/delete, helpers 210/211)
CGRP_STORAGE = MapType("cgrp_storage", helpers=_hs("cgrp_storage_get", "cgrp_storage_delete"),
                       sleepable=True, spin_lock=True, owner="cgroup")
# bpf_sk/task/inode_storage_get and bpf_cgrp_storage_get: map type -> the kind of kernel object
# whose element a get/delete names
STORAGE_OWNER = MappingProxyType({n: t.owner for n, t in (*MAPS_61.items(),
                                                          (CGRP_STORAGE.name, CGRP_STORAGE))
                                  if t.owner})
# bpf_get_local_storage: the cgroup's element, created when the program is attached
CGROUP_STORAGE_TYPES = HELPER_MAP_TYPES_61["get_local_storage"]

# __bpf_xdp_redirect_map: the low bits of the flags are the XDP action returned when the lookup
# fails; devmap and devmap_hash also take BPF_F_BROADCAST | BPF_F_EXCLUDE_INGRESS
XDP_ACTION_MASK = 0x3                   # XDP_ABORTED | XDP_DROP | XDP_PASS | XDP_TX
XDP_ABORTED, XDP_REDIRECT = 0, 4
BPF_F_BROADCAST, BPF_F_EXCLUDE_INGRESS = 1 << 3, 1 << 4
REDIRECT_FLAG_MASK = {"devmap": BPF_F_BROADCAST | BPF_F_EXCLUDE_INGRESS,
                      "devmap_hash": BPF_F_BROADCAST | BPF_F_EXCLUDE_INGRESS,
                      "cpumap": 0, "xskmap": 0}
SK_DROP, SK_PASS = 0, 1
BPF_F_INGRESS = 1                       # bpf_sk/msg_redirect_*: the only flag
BPF_LOCAL_STORAGE_GET_F_CREATE = 1


# bpf_map_update_elem's flags (UAPI linux/bpf.h)
BPF_ANY, BPF_NOEXIST, BPF_EXIST, BPF_F_LOCK = 0, 1, 2, 4


@dataclass(frozen=True)
class UpdateOutcome:
    """What one bpf_map_update_elem does, as values of a domain of spec/isa."""
    r0: object       # 0 or -errno (64 bits)
    ok: object       # the value is written
    fresh: object    # ok, into a new element (the key had none)
    evict: object    # fresh, and the map drops its oldest element (a queue's BPF_EXIST push)


def lru_prealloc_pop(D, m, flags, count, lru_early):
    """Whether bpf_map_update_elem on an LRU hash map drops its least recently used element
    (which may be the very key updated) BEFORE it looks the key up, over a domain D of spec/isa.

    htab_lru_map_update_elem refuses flags above BPF_EXIST (-EINVAL), then takes its node with
    prealloc_lru_pop before lookup_elem_raw and check_flags; the per-CPU variant does so unless
    the flags are BPF_EXIST. The pop evicts when no node is free: the map is full (`count`, 32
    bits, reaches max_entries; an LRU map has no extra nodes) or this CPU's free nodes ran out
    early (`lru_early`, only a map holding something has an element to drop). The element
    stays gone even when the update then fails (-EEXIST/-ENOENT: the node goes back free) or
    finds the key present. So the caller drops the element first, then asks map_update_elem
    with the presence and count left after the pop; map_update_elem itself never evicts."""
    if m.map_type not in LRU_TYPES:
        return D.false
    pops = D.ule(flags, D.const(BPF_EXIST))
    if MAPS_61[m.map_type].percpu:
        pops = D.band(pops, D.ne(flags, D.const(BPF_EXIST)))
    full = D.uge(count, D.const(m.max_entries, 32))
    return D.band(pops, D.bor(full, D.band(lru_early, D.ne(count, D.const(0, 32)))))


def map_update_elem(D, m, flags, present, count=None, nomem=None) -> UpdateOutcome:
    """bpf_map_update_elem on an array or a hash map of data, in the kernel's order of checks,
    over a domain D of spec/isa: the executor passes Python values, the lowering Z3 terms, so
    both engines take the same errno for the same map state.

    `m` is the map (spec/program.Map), `flags` the 64-bit flags, `present` whether the key has
    an element (an array's index is below max_entries); a hash map also needs `count` (the
    elements it holds, 32 bits) and `nomem` (the element a map without preallocation allocates
    cannot be had; read only for such a map). An LRU map's eviction is lru_prealloc_pop's,
    taken before: `present` and `count` are what it left.

    array_map_update_elem: flags above BPF_EXIST (BPF_F_LOCK aside) -EINVAL, an index past
    max_entries -E2BIG, BPF_NOEXIST -EEXIST, BPF_F_LOCK without a bpf_spin_lock -EINVAL.
    htab_map_update_elem: bad flags -EINVAL, BPF_F_LOCK without a lock -EINVAL, check_flags
    (BPF_NOEXIST on a present key -EEXIST, BPF_EXIST on a missing one -ENOENT), a new key in a
    full map -E2BIG (an LRU map evicts instead, prealloc_lru_pop), then the allocation -ENOMEM
    (every update of a plain hash without preallocation, a new key of a per-CPU one). An LPM
    trie takes the hash map's order with -ENOSPC when full (trie_update_elem; its prefix length
    check and node allocation are not modelled). An fd map (prog array, map-in-map) has no
    update from a program: -EOPNOTSUPP after the flags check.
    """
    zero = D.const(0)
    f3 = D.and_(flags, D.const(BPF_NOEXIST | BPF_EXIST), 64)
    bad_flags = D.bor(D.ne(D.and_(flags, D.const(~(BPF_NOEXIST | BPF_EXIST | BPF_F_LOCK)), 64),
                           zero),
                      D.eq(f3, D.const(BPF_NOEXIST | BPF_EXIST)))
    has_lock = m.spin_lock_off is not None and m.spin_lock_off >= 0
    lock_bad = D.false if has_lock else D.ne(D.and_(flags, D.const(BPF_F_LOCK), 64), zero)
    noexist = D.eq(f3, D.const(BPF_NOEXIST))
    absent = D.bnot(present)

    if m.map_type == "prog_array" or m.map_type in MAP_IN_MAP_TYPES:
        r0 = _errno(D, ((bad_flags, EINVAL), (D.true, EOPNOTSUPP)))
        return UpdateOutcome(r0, D.false, D.false, D.false)
    if m.map_type in ARRAY_FAMILY:
        r0 = _errno(D, ((bad_flags, EINVAL), (absent, E2BIG), (noexist, EEXIST),
                        (lock_bad, EINVAL)))
        ok = D.band(D.bnot(bad_flags), present, D.bnot(noexist), D.bnot(lock_bad))
        return UpdateOutcome(r0, ok, D.false, D.false)
    lru = m.map_type in LRU_TYPES
    full = D.uge(count, D.const(m.max_entries, 32))
    exists = D.band(noexist, present)
    missing = D.band(D.eq(f3, D.const(BPF_EXIST)), absent)
    e2big = D.false if lru else D.band(absent, full)
    no_room = D.false
    if m.preallocless_hash:
        no_room = nomem if m.map_type in PLAIN_HASH_TYPES else D.band(nomem, absent)
    # an LPM trie has no room for a new key: -ENOSPC (trie_check_add_elem)
    full_errno = ENOSPC if m.map_type == "lpm_trie" else E2BIG
    checks = ((bad_flags, EINVAL), (lock_bad, EINVAL), (exists, EEXIST), (missing, ENOENT),
              (e2big, full_errno), (no_room, ENOMEM))
    ok = D.band(*(D.bnot(c) for c, _ in checks))
    fresh = D.band(ok, absent)
    return UpdateOutcome(_errno(D, checks), ok, fresh, D.false)


def _errno(D, checks):
    """The first failing check's -errno (64 bits), else 0: `checks` in the kernel's order."""
    r0 = D.const(0)
    for cond, err in reversed(checks):
        r0 = D.ite(cond, D.const(-err), r0)
    return r0


def queue_push(D, flags, full) -> UpdateOutcome:
    """queue_stack_map_push_elem over a domain D of spec/isa: flags other than BPF_EXIST
    -EINVAL, a full map -E2BIG unless BPF_EXIST makes room by dropping the oldest element
    (`evict`: the push drops it)."""
    bad = D.ne(D.and_(flags, D.const(~BPF_EXIST), 64), D.const(0))
    replace = D.ne(D.and_(flags, D.const(BPF_EXIST), 64), D.const(0))
    checks = ((bad, EINVAL), (D.band(full, D.bnot(replace)), E2BIG))
    ok = D.band(*(D.bnot(c) for c, _ in checks))
    return UpdateOutcome(_errno(D, checks), ok, ok, D.band(ok, full))


def sock_map_update(D, map_type, flags, present, past, full, unsuitable) -> UpdateOutcome:
    """bpf_sock_map_update / bpf_sock_hash_update (and their map_update_elem) over a domain D:
    a socket sock_map_sk_is_suitable / sock_map_op_okay refuse (`unsuitable`) -EOPNOTSUPP,
    flags above BPF_EXIST -EINVAL, then sock_map_update_common: an index past max_entries
    (`past`) -E2BIG; check's BPF_NOEXIST on a present key -EEXIST, BPF_EXIST on a missing one
    -ENOENT; a sockhash without room for a new key (`full`, sock_hash_alloc_elem) -E2BIG."""
    checks = ((unsuitable, EOPNOTSUPP), (D.ugt(flags, D.const(BPF_EXIST)), EINVAL))
    if map_type == "sockmap":
        checks += ((past, E2BIG),)
    absent = D.bnot(present)
    checks += ((D.band(present, D.eq(flags, D.const(BPF_NOEXIST))), EEXIST),
               (D.band(absent, D.eq(flags, D.const(BPF_EXIST))), ENOENT))
    if map_type == "sockhash":
        checks += ((D.band(absent, full), E2BIG),)
    ok = D.band(*(D.bnot(c) for c, _ in checks))
    return UpdateOutcome(_errno(D, checks), ok, D.band(ok, absent), D.false)
