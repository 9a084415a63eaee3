"""struct bpf_dynptr of Linux 6.1 (kernel/bpf/helpers.c, verifier.c), as data and two rules.

A dynptr is 16 bytes on the program's stack (two slots the verifier marks STACK_DYNPTR) that
the dynptr helpers initialise (bpf_dynptr_from_mem over a map value: a local dynptr;
bpf_ringbuf_reserve_dynptr: a ringbuf record, a reference the program must submit or discard,
even when the reservation failed) and then read through. Both engines keep the same facts:
the layout they write into the slots, the errnos, and the offset/length check of every access.
"""
from __future__ import annotations

BPF_DYNPTR_SIZE = 16                 # sizeof(struct bpf_dynptr_kern): two stack slots
DYNPTR_MAX_SIZE = (1 << 24) - 1      # the upper 8 bits of the size word hold type and flags
DYNPTR_TYPE_SHIFT = 28
BPF_DYNPTR_TYPE_LOCAL, BPF_DYNPTR_TYPE_RINGBUF = 1, 2
TYPES = {"local": BPF_DYNPTR_TYPE_LOCAL, "ringbuf": BPF_DYNPTR_TYPE_RINGBUF}
BPF_RINGBUF_HDR_SZ = 8

# the verifier's complaints about a dynptr argument (check_func_arg, 6.1; 6.12 numbers the
# arguments of NOT_INIT and NOT_RINGBUF from 0 and adds the rest: DYNPTR-612 of spec/deltas.py)
AT_OFFSET = "cannot pass in dynptr at an offset"
AT_OFFSET_612 = "cannot pass in dynptr at an offset=%d"        # stack_slot_obj_get_spi
OVERWRITE_REFERENCED = "cannot overwrite referenced dynptr"    # destroy_if_dynptr_stack_slot
RAW_WRITE = "potential write to dynptr at off=%d disallowed"  # a helper's uninit memory argument
NOT_UNINIT = "Dynptr has to be an uninitialized dynptr"
NOT_INIT = "Expected an initialized dynptr as arg #%d"
NOT_RINGBUF = "Expected a dynptr of type ringbuf as arg #%d"
UNACQUIRED = "arg %d is an unacquired reference"
FROM_MEM_DATA = "Unsupported reg type %s for bpf_dynptr_from_mem data"


def dynptr_kind(arg_kind: str) -> str | None:
    """The dynptr type an ARG_PTR_TO_DYNPTR kind asks for: "local", "ringbuf" or None (any)."""
    if "DYNPTR_TYPE_RINGBUF" in arg_kind:
        return "ringbuf"
    if "DYNPTR_TYPE_LOCAL" in arg_kind:
        return "local"
    return None


def slot_bytes(data: int, size: int, kind: str) -> bytes:
    """bpf_dynptr_init's 16 bytes: data pointer, size | type << 28, offset 0 (all zero for a
    dynptr set NULL)."""
    if not data:
        return bytes(BPF_DYNPTR_SIZE)
    return data.to_bytes(8, "little") + (size | TYPES[kind] << DYNPTR_TYPE_SHIFT).to_bytes(
        4, "little") + bytes(4)


def off_len_bad(D, size, off, length):
    """bpf_dynptr_check_off_len (u32 arithmetic, domain D of spec/isa): -E2BIG when true."""
    return D.bor(D.ugt(length, size), D.ugt(off, D.sub(size, length, 32)))


def ringbuf_record_fits(size: int, max_entries: int) -> bool:
    """__bpf_ringbuf_reserve: the record and its header, rounded up to 8, fit the ring."""
    return (size + BPF_RINGBUF_HDR_SZ + 7) & ~7 <= max_entries
