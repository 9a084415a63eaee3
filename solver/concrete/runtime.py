"""Memory and maps of the concrete executor.

Why regions: a BPF program may do arithmetic on pointers, so pointers are plain 64-bit integers;
but every kind of memory (a frame's stack, the ctx, the packet, one map element, conformance
`mem`, a ringbuf record) has its own bounds and rules. Each region lives in its own 4 GiB window
(`base = (id << 32) + 2**31`), so an address names its region by its top 32 bits and an access
that runs up to 2 GiB past either end still lands in the right window and gets that region's kernel-style message
(stack off=, value_size=, packet off=...). Window 0 is NULL: any access there is a NULL
dereference.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Optional

from bpfsmt.spec.errno import EINVAL, ENOENT
from bpfsmt.spec.isa import CONCRETE as D
from bpfsmt.spec.maps import (ARRAY_FAMILY, LRU_TYPES, MAP_IN_MAP_TYPES, QUEUE_TYPES,
                              lru_prealloc_pop, map_update_elem, queue_push)
from bpfsmt.spec.program import Map
from bpfsmt.spec.vocab import RegionKind as RK

REGION_SHIFT = 32
REGION_BIAS = 1 << 31   # regions start mid-window: small under/overruns stay in their window

# map types with array semantics (u32 index keys, all elements exist, zero-initialised)
ARRAY_TYPES = ARRAY_FAMILY - MAP_IN_MAP_TYPES - {"prog_array"}


@dataclass
class Region:
    """One contiguous piece of memory a pointer can point into.

    kind: a spec.vocab.RegionKind.
    `init` (stack only) marks bytes written on this run (CORE-03). `element` is the identity of a
    map element, `(map name, key hex)`, used by locks and timers. `live` is False once the memory
    is gone (a returned frame, a submitted ringbuf record)."""
    rid: int
    kind: RK
    data: bytearray
    name: str = ""
    writable: bool = True
    init: Optional[bytearray] = None
    element: Optional[tuple[str, str]] = None
    map: Optional[Map] = None
    key: bytes = b""
    live: bool = True
    start: int = 0          # offset of the first byte (packet: data_meta may precede data)
    extra: dict = field(default_factory=dict)

    @property
    def base(self) -> int:
        return (self.rid << REGION_SHIFT) + REGION_BIAS

    @property
    def size(self) -> int:
        return len(self.data)


class Memory:
    """All regions of one run, addressed by their windows."""

    def __init__(self):
        self.regions: dict[int, Region] = {}
        self._next = 1

    def new(self, kind: RK, data: bytes | bytearray | int, **kw) -> Region:
        buf = bytearray(data) if not isinstance(data, int) else bytearray(data)
        r = Region(self._next, kind, buf, **kw)
        self.regions[r.rid] = r
        self._next += 1
        return r

    def view(self, parent: Region, start: int, size: int, kind: RK, **kw) -> Region:
        """A region of its own over `size` bytes of `parent` from `start` (a dynptr slice):
        its own bounds, the parent's bytes."""
        r = Region(self._next, kind, memoryview(parent.data)[start:start + size], **kw)
        self.regions[r.rid] = r
        self._next += 1
        return r

    def region_of(self, addr: int) -> Optional[Region]:
        return self.regions.get((addr & ((1 << 64) - 1)) >> REGION_SHIFT)


@dataclass
class MapState:
    """Run-time contents of one map: element regions keyed by key bytes."""
    map: Map
    obj: Region                                   # what `r1 = map ll` points to
    elems: "OrderedDict[bytes, Region]" = field(default_factory=OrderedDict)
    prog_slots: dict[int, str] = field(default_factory=dict)
    inner: dict[int, str] = field(default_factory=dict)

    queue: list = field(default_factory=list)
    others: int = 0         # elements of other users (ExecInputs.map_others): never this run's keys

    def extra_list(self) -> list:
        return self.queue

    @property
    def is_array(self) -> bool:
        return self.map.map_type in ARRAY_TYPES

    def key_index(self, key: bytes) -> int:
        return int.from_bytes(key[:4].ljust(4, b"\0"), "little")


class MapStore:
    """The maps of a ProgramFile during one run (array elements created on first touch)."""

    def __init__(self, mem: Memory, maps: dict[str, Map], initial: dict[str, dict] | None,
                 prog_arrays: dict[str, dict[int, str]] | None, others: dict[str, int] | None = None):
        self.mem = mem
        self.states: dict[str, MapState] = {}
        self.by_obj: dict[int, MapState] = {}
        for name, m in maps.items():
            obj = mem.new(RK.MAP, 0, name=name, writable=False, map=m)
            st = MapState(m, obj, prog_slots=dict(m.prog_slots), inner=dict(m.inner_maps),
                          others=(others or {}).get(name, 0))
            self.states[name] = st
            self.by_obj[obj.rid] = st
            if m.initial_data and m.map_type in ARRAY_TYPES:  # .data/.rodata/.bss
                self._put(st, bytes(m.key_size), bytes(m.initial_data))
            for k, v in m.contents.items():
                self._put(st, bytes(k), bytes(v))
            for k, v in (initial or {}).get(name, {}).items():
                k = bytes.fromhex(k) if isinstance(k, str) else bytes(k)
                if m.map_type in MAP_IN_MAP_TYPES:  # value: the inner map's name
                    st.inner[st.key_index(k)] = v.decode() if isinstance(v, bytes) else v
                    continue
                if m.map_type == "bloom_filter":    # keys: the values user space pushed
                    st.queue.append(k[:m.value_size].ljust(m.value_size, b"\0"))
                    continue
                if m.map_type in QUEUE_TYPES:   # keys: positions, 0 the oldest
                    v = bytes.fromhex(v) if isinstance(v, str) else bytes(v)
                    st.queue.append((int.from_bytes(k, "little"), v.ljust(m.value_size, b"\0")))
                    continue
                v = bytes.fromhex(v) if isinstance(v, str) else bytes(v)
                self._put(st, k, v)
            if m.map_type in QUEUE_TYPES:
                st.queue = [v for _, v in sorted(st.queue)]
            if prog_arrays and name in prog_arrays:
                st.prog_slots.update({int(i): p for i, p in prog_arrays[name].items()})

    def _new_elem(self, st: MapState, key: bytes, value: bytes) -> Region:
        m = st.map
        val = bytearray(value[:m.value_size].ljust(m.value_size, b"\0"))
        for off, size in ((m.spin_lock_off, 4), (m.timer_off, 16)):
            if off is not None and off >= 0:   # a new element's lock and timer start zeroed
                val[off:off + size] = bytes(size)
        return self.mem.new(RK.MAP_VALUE, val, name=m.name, element=(m.name, key.hex()), map=m,
                            key=key, writable=m.value_writable)

    def put(self, st: MapState, key: bytes, value: bytes) -> None:
        """Make `key` an element holding `value` (a map op's insertion, no checks)."""
        self._put(st, key, value)

    def _put(self, st: MapState, key: bytes, value: bytes) -> None:
        n = st.map.element_key_size
        key = key[:n].ljust(n, b"\0")
        if st.map.map_type in MAP_IN_MAP_TYPES or st.map.map_type == "prog_array":
            return
        if key in st.elems:
            r = st.elems[key]
            r.data[:] = value[:st.map.value_size].ljust(st.map.value_size, b"\0")
        else:
            st.elems[key] = self._new_elem(st, key, value)

    def state_of_ptr(self, addr: int) -> Optional[MapState]:
        r = self.mem.region_of(addr)
        if r is None or r.kind != RK.MAP or addr != r.base:
            return None
        return self.by_obj.get(r.rid)

    # ---- element access ------------------------------------------------------------------
    def lookup(self, st: MapState, key: bytes) -> Optional[Region]:
        m = st.map
        if st.is_array:
            idx = st.key_index(key)
            if idx >= m.max_entries:
                return None
            k = idx.to_bytes(4, "little").ljust(m.key_size, b"\0")
            if k not in st.elems:
                st.elems[k] = self._new_elem(st, k, b"")
            return st.elems[k]
        r = st.elems.get(key)
        if r is not None and m.map_type in LRU_TYPES:
            st.elems.move_to_end(key)  # recently used
        return r

    def update(self, st: MapState, key: bytes, value: bytes, flags: int, nomem: bool = False,
               evict: bool = False, drops=()) -> int:
        """bpf_map_update_elem as spec/maps decides it. `nomem`: the element this update
        allocates (a hash map without preallocation) cannot be had. `evict`: this CPU's free
        LRU nodes ran out before the map is full. An LRU map first pops a node
        (lru_prealloc_pop), which may drop elements - maybe this very key - whatever the
        update then does: those of the keys `drops` it holds (which elements a shrink takes
        depends on every CPU's use: an input), else one the run never names, else the
        oldest this run knows."""
        m = st.map
        if not st.is_array and lru_prealloc_pop(D, m, flags, len(st.elems) + st.others, evict):
            held = [k for k in drops if k in st.elems]
            for k in held:
                del st.elems[k]
            if not held and st.others:
                st.others -= 1
            elif not held and st.elems:
                st.elems.popitem(last=False)
        present = st.key_index(key) < m.max_entries if st.is_array else key in st.elems
        out = map_update_elem(D, m, flags, present, len(st.elems) + st.others, nomem)
        if not out.ok:
            return D.signed(out.r0, 64)
        if st.is_array:
            self._write_value(self.lookup(st, key), value, keep_special=True)
        elif not out.fresh:
            self._write_value(st.elems[key], value, keep_special=True)
            if m.map_type in LRU_TYPES:
                st.elems.move_to_end(key)
        else:
            st.elems[key] = self._new_elem(st, key, value)
        return 0

    @staticmethod
    def _write_value(r: Region, value: bytes, keep_special: bool) -> None:
        """Copy a new value in; the bpf_spin_lock and bpf_timer words are not overwritten
        (copy_map_value skips them)."""
        m = r.map
        new = bytearray(value[:m.value_size].ljust(m.value_size, b"\0"))
        if keep_special:
            for off, size in ((m.spin_lock_off, 4), (m.timer_off, 16)):
                if off is not None and off >= 0:
                    new[off:off + size] = r.data[off:off + size]
        r.data[:] = new

    def delete(self, st: MapState, key: bytes) -> int:
        if st.is_array or st.map.map_type in {"prog_array"} | MAP_IN_MAP_TYPES:
            return -EINVAL
        if key not in st.elems:    # __sock_map_delete finds no socket: -EINVAL
            return -EINVAL if st.map.map_type == "sockmap" else -ENOENT
        del st.elems[key]   # the region stays readable (RCU keeps freed elements alive)
        return 0

    # ---- queue / stack maps (key_size 0) ------------------------------------------------
    def push(self, st: MapState, value: bytes, flags: int) -> int:
        """bpf_map_push_elem as spec/maps.queue_push decides it."""
        q = st.extra_list()
        out = queue_push(D, flags, len(q) >= st.map.max_entries)
        if out.evict:
            q.pop(0)            # BPF_EXIST: make room by dropping the oldest element
        if out.ok:
            q.append(bytes(value))
        return D.signed(out.r0, 64)

    def bloom_push(self, st: MapState, value: bytes, flags: int) -> int:
        """bloom_map_push_elem: only BPF_ANY; the value is then always found by a peek."""
        if flags:
            return -EINVAL
        st.queue.append(bytes(value))
        return 0

    def pop(self, st: MapState, delete: bool) -> Optional[bytes]:
        q = st.extra_list()
        if not q:
            return None
        i = -1 if st.map.map_type == "stack" else 0
        return q.pop(i) if delete else q[i]

    def contents(self) -> dict[str, dict[bytes, bytes]]:
        out = {}
        for name, st in self.states.items():
            if st.map.map_type == "prog_array":
                continue
            out[name] = {k: bytes(r.data) for k, r in st.elems.items()}
        return out
