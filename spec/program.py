"""The program IR: what every input format maps onto and every engine consumes.

A `ProgramFile` is what one input (text file, ELF object, selftest file) holds: maps shared by
several `Program`s (a prog array's slots name programs of the same file, so tail calls stay inside
the model). A `Program` is the kernel's view: one flat instruction array (slot-numbered, lddw takes
two slots) in which bpf2bpf subprograms and callbacks are `Function`s starting at known slots,
plus the section name and what libbpf derives from it (program type, attach type, sleepable).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .errno import E2BIG, EINVAL, ENOENT
from .insn import Insn, SourceLoc, slot_offsets
from .maps import (COUNTED_HASH_TYPES, LRU_TYPES, MAP_TYPE_IDS, MAPS_61, QUEUE_TYPES,
                   STORAGE_OWNER, array_elem_size, array_index_mask)


# map_flags bits (UAPI)
BPF_F_NO_PREALLOC = 1 << 0
BPF_F_NO_COMMON_LRU = 1 << 1
BPF_F_NUMA_NODE = 1 << 2
BPF_F_RDONLY = 1 << 3
BPF_F_WRONLY = 1 << 4
BPF_F_STACK_BUILD_ID = 1 << 5
BPF_F_ZERO_SEED = 1 << 6

# Insn.target of an lddw (src BPF_PSEUDO_MAP_FD) that names none of the object's maps: its imm
# is a file descriptor the loader passes to the kernel as it is (a selftest's deliberately
# invalid `ld_map_fd`), which resolve_pseudo_ldimm64 refuses
LITERAL_MAP_FD = "<literal map fd>"
BPF_F_RDONLY_PROG = 1 << 7
BPF_F_WRONLY_PROG = 1 << 8
BPF_F_CLONE = 1 << 9
BPF_F_MMAPABLE = 1 << 10
BPF_F_PRESERVE_ELEMS = 1 << 11
BPF_F_INNER_MAP = 1 << 12
MAP_FLAG_NAMES = {
    "BPF_F_NO_PREALLOC": BPF_F_NO_PREALLOC, "BPF_F_NO_COMMON_LRU": BPF_F_NO_COMMON_LRU,
    "BPF_F_NUMA_NODE": BPF_F_NUMA_NODE, "BPF_F_RDONLY": BPF_F_RDONLY, "BPF_F_WRONLY": BPF_F_WRONLY,
    "BPF_F_STACK_BUILD_ID": BPF_F_STACK_BUILD_ID, "BPF_F_ZERO_SEED": BPF_F_ZERO_SEED,
    "BPF_F_RDONLY_PROG": BPF_F_RDONLY_PROG, "BPF_F_WRONLY_PROG": BPF_F_WRONLY_PROG,
    "BPF_F_CLONE": BPF_F_CLONE, "BPF_F_MMAPABLE": BPF_F_MMAPABLE,
    "BPF_F_PRESERVE_ELEMS": BPF_F_PRESERVE_ELEMS, "BPF_F_INNER_MAP": BPF_F_INNER_MAP,
}

# prog load flags (UAPI)
BPF_F_STRICT_ALIGNMENT = 1 << 0
BPF_F_ANY_ALIGNMENT = 1 << 1
BPF_F_TEST_RND_HI32 = 1 << 2
BPF_F_TEST_STATE_FREQ = 1 << 3
BPF_F_SLEEPABLE = 1 << 4
BPF_F_XDP_HAS_FRAGS = 1 << 5
BPF_F_XDP_DEV_BOUND_ONLY = 1 << 6
BPF_F_TEST_REG_INVARIANTS = 1 << 7
PROG_FLAG_NAMES = {
    "BPF_F_STRICT_ALIGNMENT": BPF_F_STRICT_ALIGNMENT, "BPF_F_ANY_ALIGNMENT": BPF_F_ANY_ALIGNMENT,
    "BPF_F_TEST_RND_HI32": BPF_F_TEST_RND_HI32, "BPF_F_TEST_STATE_FREQ": BPF_F_TEST_STATE_FREQ,
    "BPF_F_SLEEPABLE": BPF_F_SLEEPABLE, "BPF_F_XDP_HAS_FRAGS": BPF_F_XDP_HAS_FRAGS,
    "BPF_F_XDP_DEV_BOUND_ONLY": BPF_F_XDP_DEV_BOUND_ONLY,
    "BPF_F_TEST_REG_INVARIANTS": BPF_F_TEST_REG_INVARIANTS,
}

# Sentinel values of spin_lock_off / timer_off, as map_check_btf() leaves them (SL-01).
FIELD_ENOENT = -ENOENT     # no such field
FIELD_E2BIG = -E2BIG       # more than one
FIELD_EINVAL = -EINVAL     # not a struct / misaligned ("mangled")
FIELD_NO_BTF = -1000   # the map was created without BTF


# btf_find_kptr's type tags; the referenced kind is `kptr_ref` in 6.1, `kptr` from 6.2 on
# (where the unreferenced kind became `kptr_untrusted`)
KPTR_TAGS = ("kptr", "kptr_ref", "kptr_untrusted")
REFERENCED_KPTR_TAG = {"6.1": "kptr_ref", "6.12": "kptr"}


@dataclass
class ValueField:
    """A member of a map value struct, as BTF describes it."""
    name: str
    offset: int
    size: int
    type_name: str = ""

    def kptr(self) -> Optional[tuple[str, str]]:
        """A kptr field (a pointer tagged `kptr`, `kptr_ref` or `kptr_untrusted` to a struct,
        btf_find_kptr): (tag, pointee struct name)."""
        tag, _, rest = self.type_name.partition(" ")
        if tag in KPTR_TAGS and rest.startswith("struct ") and rest.endswith(" *"):
            return tag, rest[len("struct "):-2]
        return None

    def referenced_kptr(self, kernel: str) -> bool:
        """Is this a referenced kptr (bpf_kptr_xchg's field) in `kernel`'s spelling?"""
        k = self.kptr()
        return k is not None and k[0] == REFERENCED_KPTR_TAG[kernel]


@dataclass
class Map:
    """A map as the verifier sees it (`struct bpf_map` fields the rules read)."""
    name: str
    map_type: str                      # a name from spec/maps.MAP_TYPE_NAMES
    key_size: int = 4
    value_size: int = 8
    max_entries: int = 1
    flags: int = 0
    has_btf: bool = False
    spin_lock_off: int = FIELD_NO_BTF  # >=0: offset of the single bpf_spin_lock
    timer_off: int = FIELD_NO_BTF      # >=0: offset of the single bpf_timer
    fields: list[ValueField] = field(default_factory=list)
    inner: Optional["Map"] = None      # inner-map template of a map-in-map
    bypass_spec_v1: bool = True        # created by a CAP_PERFMON loader (the oracle runs as root)
    contents: dict[bytes, bytes] = field(default_factory=dict)    # initial elements
    prog_slots: dict[int, str] = field(default_factory=dict)      # prog_array: index -> program
    inner_maps: dict[int, str] = field(default_factory=dict)      # map-in-map: index -> map name
    section: str = ".maps"             # .maps, maps, .data, .rodata, .bss, .kconfig
    initial_data: bytes = b""          # global data sections
    loc: SourceLoc = field(default=SourceLoc(), compare=False)

    @property
    def preallocless_hash(self) -> bool:
        """A hash map whose updates allocate (BPF_F_NO_PREALLOC; LRU maps always preallocate)."""
        return self.map_type in COUNTED_HASH_TYPES - LRU_TYPES and bool(self.map_flags & BPF_F_NO_PREALLOC)

    @property
    def map_flags(self) -> int:
        """map->map_flags after the map is created: the loader's flags plus what the map type
        forces (dev_map_init_map / cpu_map_alloc add BPF_F_RDONLY_PROG)."""
        t = MAPS_61.get(self.map_type)
        return self.flags | (BPF_F_RDONLY_PROG if t is not None and t.rdonly_prog else 0)

    @property
    def element_key_size(self) -> int:
        """The bytes that name an element in the engines: the key, but a bloom filter's value
        (what a peek finds), a local storage's owner (an 8-byte object address) and a queue or
        stack element's position (u32: 0 the oldest of what user space pushed)."""
        if self.map_type == "bloom_filter":
            return self.value_size
        if self.map_type in QUEUE_TYPES:
            return 4
        if self.map_type in STORAGE_OWNER:
            return 8
        return self.key_size

    @property
    def value_writable(self) -> bool:
        """Can the program write what a lookup returns: not in a BPF_F_RDONLY_PROG map, nor
        a socket (sockmap/sockhash) or xdp_sock (xskmap) that stands for the element."""
        t = MAPS_61.get(self.map_type)
        return not self.map_flags & BPF_F_RDONLY_PROG and (t is None or t.lookup_ret == "value")

    @property
    def type_id(self) -> int:
        return MAP_TYPE_IDS[self.map_type]

    @property
    def frozen(self) -> bool:
        """A .rodata map: libbpf writes its initial data and freezes it before loading, and
        the program cannot write it (BPF_F_RDONLY_PROG), so every run sees exactly that data."""
        return self.section.startswith(".rodata") and bool(self.flags & BPF_F_RDONLY_PROG)

    @property
    def elem_size(self) -> int:
        return array_elem_size(self.value_size)

    @property
    def index_mask(self) -> int:
        return array_index_mask(self.max_entries)


@dataclass
class Function:
    """A function inside a program's instruction array: main, a bpf2bpf subprogram or a
    callback. `start` is a slot index; `is_global` mirrors BTF linkage (global functions are
    verified on their own in the kernel)."""
    name: str
    start: int
    is_global: bool = False
    loc: SourceLoc = field(default=SourceLoc(), compare=False)
    # what the object's BTF (func_info) says: FUNC linkage global (for main too, which the
    # kernel verifies as main either way) and a FUNC_PROTO returning an int or enum; None when
    # the function has no BTF
    btf_global: bool = False
    returns_scalar: Optional[bool] = None
    # the FUNC_PROTO's arguments as btf_prepare_func_args reads them (BTF.func_args)
    btf_args: Optional[tuple] = None


@dataclass
class Program:
    """One loadable program: the unit the verifier, the executor and the JIT work on."""
    name: str
    section: str
    insns: list[Insn]
    functions: list[Function] = field(default_factory=list)
    labels: dict[str, int] = field(default_factory=dict)       # label -> slot
    prog_type: str = "socket_filter"
    expected_attach_type: Optional[str] = None
    attach_target: Optional[str] = None
    sleepable: bool = False
    prog_flags: int = 0
    license: str = "GPL"
    maps: list[str] = field(default_factory=list)   # names of maps this program references
    loc: SourceLoc = field(default=SourceLoc(), compare=False)

    def slots(self) -> list[int]:
        return slot_offsets(self.insns)

    def insn_at_slot(self) -> dict[int, int]:
        """slot -> index into insns."""
        return {s: i for i, s in enumerate(self.slots())}

    def slot_count(self) -> int:
        return sum(i.slots for i in self.insns)

    def function_at(self, slot: int) -> Optional[Function]:
        for f in self.functions:
            if f.start == slot:
                return f
        return None

    def function_of(self, slot: int) -> Function:
        """The function containing `slot` (functions are contiguous, sorted by start)."""
        best = self.functions[0] if self.functions else Function("main", 0)
        for f in sorted(self.functions, key=lambda f: f.start):
            if f.start <= slot:
                best = f
        return best


@dataclass
class ProgramFile:
    """Everything one input holds: maps and programs, keyed by name, in file order."""
    path: str
    maps: dict[str, Map] = field(default_factory=dict)
    programs: list[Program] = field(default_factory=list)
    # the kernel it was loaded for: whose BTF resolved its kfunc calls and types its tracing ctx
    kernel: str = "6.1"
    # sizes of the object's own BTF struct types by id: what bpf_obj_new(local type id) allocates
    local_type_sizes: dict[int, int] = field(default_factory=dict)

    def program(self, name: str) -> Program:
        for p in self.programs:
            if p.name == name:
                return p
        raise KeyError(name)

    def map_list(self) -> list[Map]:
        return list(self.maps.values())

    def map_index(self, name: str) -> int:
        return list(self.maps).index(name)
