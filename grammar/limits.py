"""Sizes an input may declare: checked while reading, before anything is allocated for them."""
from __future__ import annotations

from bpfsmt.spec.errors import InputError
from bpfsmt.spec.insn import SourceLoc
from bpfsmt.spec.limits import KMALLOC_MAX_SIZE
from bpfsmt.spec.maps import MAPS_61
from bpfsmt.spec.program import Map


def check_map_sizes(m: Map, loc: SourceLoc) -> None:
    """A map no kernel can create (a key or value above KMALLOC_MAX_SIZE: map_alloc_check's
    -E2BIG; no key for a type that is looked up by key: -EINVAL) is bad input, found before
    anything allocates or reads an element of it."""
    # listings know a map only by id (unspec); libbpf sizes a perf_event_array itself (4, 4)
    mt = None if m.map_type in ("unspec", "perf_event_array") else MAPS_61.get(m.map_type)
    for what, default in (("key_size", "default_key_size"), ("value_size", "default_value_size")):
        if mt is not None and getattr(mt, default) and getattr(m, what) == 0:
            raise InputError(f"map '{m.name}' has {what}=0, but {m.map_type} maps need one: it "
                             f"cannot be created (EINVAL)", loc)
    for what in ("key_size", "value_size"):
        size = getattr(m, what)
        if size > KMALLOC_MAX_SIZE:
            raise InputError(f"map '{m.name}' has {what}={size}, larger than the kernel's "
                             f"KMALLOC_MAX_SIZE ({KMALLOC_MAX_SIZE}): it cannot be created "
                             f"(E2BIG)", loc)
