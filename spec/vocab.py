"""One vocabulary for memory regions and register types, shared by every engine.

Why two enums: a *region* is a piece of memory with its own bounds and rules (what the executor
allocates, what spec/memory.py checks an access against); a *register type* is what the verifier
knows about a pointer (`reg_type_str` names, what the symbolic engine and the verifier model carry).
Several register types point into one region (pkt, pkt_meta and pkt_end all point into the
packet), so `REGION_OF` maps one to the other. Both enums are `str` enums: their values are the
kernel's spelling, which is what messages print and what the JSON reports carry.
"""
from __future__ import annotations

from enum import Enum


class RegionKind(str, Enum):
    """Kinds of memory a run can touch."""
    STACK = "stack"          # a frame's 512-byte stack
    CTX = "ctx"              # the program type's context
    PACKET = "packet"        # the packet buffer (head room, data, tail room)
    MAP_VALUE = "map_value"  # one map element's value
    MAP = "map"              # a map object (what `r1 = map ll` points to): never dereferenced
    MAP_KEY = "map_key"      # a read-only copy of a key handed to a callback
    MEM = "mem"              # conformance `mem`, helper-provided buffers
    USER = "user"            # user memory bpf_copy_from_user reads
    RINGBUF = "ringbuf"      # a reserved ring-buffer record
    SOCKET = "sock"          # a socket a lookup helper handed out (struct bpf_sock, read-only)
    KOBJ = "kobj"            # a kernel object an acquiring kfunc handed out (read by probe loads)
    ALLOC = "alloc"          # an object of the program's own type from bpf_obj_new (6.12)
    CODE = "code"            # a function (callback target): never dereferenced

    def __str__(self) -> str:
        return self.value


class RegType(str, Enum):
    """Pointer register types, valued by the kernel's reg_type_str() base names."""
    SCALAR = "scalar"
    PTR_TO_STACK = "fp"
    PTR_TO_CTX = "ctx"
    PTR_TO_PACKET = "pkt"
    PTR_TO_PACKET_META = "pkt_meta"
    PTR_TO_PACKET_END = "pkt_end"
    PTR_TO_MAP_VALUE = "map_value"
    PTR_TO_MAP_KEY = "map_key"
    CONST_PTR_TO_MAP = "map_ptr"
    PTR_TO_FUNC = "func"
    PTR_TO_MEM = "mem"
    PTR_TO_BUF = "ringbuf_mem"     # a reserved ring-buffer record (PTR_TO_MEM | MEM_ALLOC)
    PTR_TO_SOCKET = "sock"         # a referenced socket from bpf_sk_lookup_*
    PTR_TO_BTF_ID = "ptr_task_struct"   # a trusted kernel object (bpf_get_current_task_btf)
    # an owned bpf_obj_new object (PTR_TO_BTF_ID | MEM_ALLOC of a program BTF type: "ptr_<type>")
    PTR_TO_ALLOC = "ptr_"
    # a per-CPU kernel variable (ld_imm64 of a typed ksym): only bpf_per_cpu_ptr/this_cpu_ptr
    # take it
    PTR_TO_PERCPU = "percpu_ptr_"
    # a struct bpf_dynptr: in stack slots (STACK_DYNPTR), or the kernel's in a callback's R1
    # (PTR_TO_DYNPTR, bpf_user_ringbuf_drain); never dereferenced
    DYNPTR = "dynptr"
    # a packet pointer the verifier invalidated (clear_all_pkt_pointers after a helper that
    # changes packet data): the engines refuse to reason about it
    STALE_PACKET = "stale_pkt"

    def __str__(self) -> str:
        return self.value


REGION_OF: dict[RegType, RegionKind] = {
    RegType.PTR_TO_STACK: RegionKind.STACK,
    RegType.PTR_TO_CTX: RegionKind.CTX,
    RegType.PTR_TO_PACKET: RegionKind.PACKET,
    RegType.PTR_TO_PACKET_META: RegionKind.PACKET,
    RegType.PTR_TO_PACKET_END: RegionKind.PACKET,
    RegType.PTR_TO_MAP_VALUE: RegionKind.MAP_VALUE,
    RegType.PTR_TO_MAP_KEY: RegionKind.MAP_KEY,
    RegType.CONST_PTR_TO_MAP: RegionKind.MAP,
    RegType.PTR_TO_FUNC: RegionKind.CODE,
    RegType.PTR_TO_MEM: RegionKind.MEM,
    RegType.PTR_TO_BUF: RegionKind.RINGBUF,
    RegType.PTR_TO_SOCKET: RegionKind.SOCKET,
    RegType.PTR_TO_ALLOC: RegionKind.ALLOC,
}

# pointers into the packet: they compare with each other, and helpers that change packet data
# invalidate all of them
PACKET_TYPES = frozenset({RegType.PTR_TO_PACKET, RegType.PTR_TO_PACKET_META,
                          RegType.PTR_TO_PACKET_END})
