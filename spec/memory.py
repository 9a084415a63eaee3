"""The checks of one memory access, written once for both engines.

Why here: the concrete executor (`Machine.access`) and the Z3 lowering (`Lowerer.access_ok`) must
fault on exactly the same accesses, in the same order, with the same rule and message, or replay
disagrees. `access_checks(region, ...)` returns the ORDERED checks of an access to a region; each
check is a predicate over a domain of `bpfsmt.spec.isa` (CONCRETE ints for the executor, Z3 terms
for the lowering). The executor stops at the first check that fails; the lowering turns each into
an obligation (and continues under its negation), so the first failing check is the one reported.

Offsets are in the region's own coordinates as the verifier prints them: the stack relative to the
frame pointer (-512..-1), a map value / ctx / buffer from its start, the packet relative to the
original `data` with `meta`, `data`, `end` in the same coordinates.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from bpfsmt.spec import faults as F
from bpfsmt.spec.limits import MAX_BPF_STACK
from bpfsmt.spec.vocab import RegionKind

# the executor puts each region in the middle of its own 4 GiB window: an offset beyond +-2 GiB
# addresses another window, never this region
WINDOW = 1 << 31
SPIN_LOCK_SIZE = 4       # sizeof(struct bpf_spin_lock)
TIMER_SIZE = 16          # sizeof(struct bpf_timer)


@dataclass
class Access:
    """One access as both engines describe it. Domain values: `off`, `meta`, `data`, `end`,
    and the entries of `init`; everything else is a Python value."""
    region: RegionKind
    off: Any
    size: int
    write: bool
    helper: bool = False          # an indirect access by a helper argument
    regno: int = 0
    map: Any = None               # spec.program.Map of a map value
    writable: bool = True
    region_size: int = 0          # ctx / plain buffers
    layout: Any = None            # spec.ctx layout of the ctx
    meta: Any = None
    data: Any = None
    end: Any = None
    init: list = field(default_factory=list)    # stack: per byte, initialised on this path?
    var_off: str = "fp"           # how the verifier prints the stack pointer's variable part

    @property
    def what(self) -> str:
        """The `%s` of the stack message."""
        return " indirect access to" if self.helper else (" write to" if self.write else " read from")


@dataclass(frozen=True)
class AccessCheck:
    """`bad(D, acc)` is true (a domain Boolean) when the access faults with `kind`; `args(D, acc)`
    are the message arguments (domain values or Python values). `template` overrides the fault
    kind's message when the kernel words this case differently. `run_time=False`: a typing rule of
    the verifier that the machine itself does not enforce (the executor skips it; replay confirms
    it by reaching the instruction)."""
    name: str
    kind: str
    bad: Callable
    args: Callable = lambda D, a: ()
    template: str = ""
    run_time: bool = True

    @property
    def rule(self) -> str:
        return F.KINDS[self.kind].rule

    @property
    def message_template(self) -> str:
        return self.template or F.KINDS[self.kind].template


def _c(D, v):
    return D.const(v, 64)


def _outside(D, a: Access, lo, hi):
    """off < lo or off + size > hi (signed, 64-bit)."""
    return D.bor(D.slt(a.off, lo, 64), D.sgt(D.add(a.off, _c(D, a.size), 64), hi, 64))


def _overlaps(D, a: Access, start: int, size: int):
    return D.band(D.slt(a.off, _c(D, start + size), 64),
                  D.slt(_c(D, start), D.add(a.off, _c(D, a.size), 64), 64))


def _window_bad(D, a: Access):
    start = MAX_BPF_STACK if a.region == RegionKind.STACK else 0
    x = D.add(a.off, _c(D, start), 64)
    return D.bor(D.slt(x, _c(D, -WINDOW), 64), D.sge(x, _c(D, WINDOW), 64))


WINDOW_CHECK = AccessCheck("window", "bad_mem", _window_bad,
                           lambda D, a: (a.regno, _ptr_name(a.region)))

STACK_BOUNDS = AccessCheck(
    "bounds", "stack_oob", lambda D, a: _outside(D, a, _c(D, -MAX_BPF_STACK), _c(D, 0)),
    lambda D, a: (a.what, a.regno, a.off, a.size))
STACK_ALIGNMENT = AccessCheck(
    "alignment", "stack_misaligned",
    lambda D, a: D.ne(D.urem(a.off, _c(D, a.size), 64), _c(D, 0)),
    lambda D, a: (a.var_off, a.off, 0, a.size), run_time=False)


def _first_uninit(D, a: Access):
    first = _c(D, a.size)
    for i in reversed(range(a.size)):
        first = D.ite(D.bnot(a.init[i]), _c(D, i), first)
    return first


STACK_INIT = AccessCheck("init", "uninit_stack", lambda D, a: D.bnot(D.band(*a.init)),
                         lambda D, a: (a.off, _first_uninit(D, a), a.size))
STACK_INIT_INDIRECT = AccessCheck(
    "init", "uninit_stack", STACK_INIT.bad,
    lambda D, a: (a.regno, a.off, _first_uninit(D, a), a.size),
    template="invalid indirect read from stack R%d off %d+%d size %d")

MAP_VALUE_BOUNDS = AccessCheck(
    "bounds", "map_value_oob", lambda D, a: _outside(D, a, _c(D, 0), _c(D, a.map.value_size)),
    lambda D, a: (a.map.value_size, a.off, a.size))
MAP_VALUE_LOCK = AccessCheck(
    "spin_lock", "lock_access",
    lambda D, a: _overlaps(D, a, a.map.spin_lock_off, SPIN_LOCK_SIZE))
MAP_VALUE_TIMER = AccessCheck(
    "timer", "timer_access", lambda D, a: _overlaps(D, a, a.map.timer_off, TIMER_SIZE))
MAP_VALUE_READ_ONLY = AccessCheck(
    "read_only", "bad_mem", lambda D, a: not a.writable,
    lambda D, a: (a.map.value_size, a.off, a.size),
    template="write into map forbidden, value_size=%d off=%d size=%d")

PACKET_BOUNDS = AccessCheck(
    "bounds", "pkt_oob", lambda D, a: _outside(D, a, a.meta, a.end),
    lambda D, a: (D.sub(a.off, a.data, 64), a.size, a.regno, 0, D.sub(a.off, a.data, 64),
                  D.sub(a.end, a.data, 64)))


def ctx_field_bad(layout, ctx_size: int, off: int, size: int, write: bool) -> bool:
    """A ctx access at a known offset faults (CORE-08): outside the `ctx_size` bytes, across a
    field boundary, or a pointer field (data, data_end, ...) read at the wrong offset/size or
    written."""
    if off < 0 or off + size > ctx_size:
        return True
    if layout.raw:
        return False
    f = layout.field_at(off)
    if f is None or off + size > f.offset + f.size:
        return True
    return f.is_pointer and (write or off != f.offset or size not in (4, 8))


CTX_FIELD = AccessCheck(
    "field", "ctx_oob", lambda D, a: ctx_field_bad(a.layout, a.region_size, D.signed(a.off, 64), a.size,
                                                 a.write),
    lambda D, a: (a.off, a.size))

BUFFER_BOUNDS = AccessCheck(
    "bounds", "mem_oob", lambda D, a: _outside(D, a, _c(D, 0), _c(D, a.region_size)),
    lambda D, a: (a.region_size, a.off, a.size))
BUFFER_READ_ONLY = AccessCheck(
    "read_only", "bad_mem", lambda D, a: not a.writable, lambda D, a: (a.regno, str(a.region)),
    template="R%d cannot write into %s")

NOT_MEMORY = AccessCheck("not_memory", "bad_mem", lambda D, a: True,
                         lambda D, a: (a.regno, _ptr_name(a.region)))


def _ptr_name(region: RegionKind) -> str:
    return {RegionKind.STACK: "fp", RegionKind.PACKET: "pkt", RegionKind.MAP: "map_ptr",
            RegionKind.CODE: "func"}.get(region, str(region))


def access_checks(a: Access) -> list[AccessCheck]:
    """The checks of access `a`, in the order the executor makes them (and the verifier's
    check_mem_access reports them)."""
    r = a.region
    if r == RegionKind.STACK:
        out = [WINDOW_CHECK, STACK_BOUNDS]
        if not a.helper and a.size != 1:
            out.append(STACK_ALIGNMENT)
        if not a.write:
            out.append(STACK_INIT_INDIRECT if a.helper else STACK_INIT)
        return out
    if r in (RegionKind.MAP, RegionKind.CODE):
        return [NOT_MEMORY]
    if r == RegionKind.MAP_VALUE:
        out = [WINDOW_CHECK, MAP_VALUE_BOUNDS]
        m = a.map
        if not a.helper:
            if m.spin_lock_off is not None and m.spin_lock_off >= 0:
                out.append(MAP_VALUE_LOCK)
            if m.timer_off is not None and m.timer_off >= 0:
                out.append(MAP_VALUE_TIMER)
        if a.write:
            out.append(MAP_VALUE_READ_ONLY)
        return out
    if r == RegionKind.CTX:
        return [WINDOW_CHECK, CTX_FIELD]
    if r == RegionKind.PACKET:
        return [WINDOW_CHECK, PACKET_BOUNDS]
    out = [WINDOW_CHECK, BUFFER_BOUNDS]
    if a.write:
        out.append(BUFFER_READ_ONLY)
    return out


def first_failure(D, a: Access) -> Optional[AccessCheck]:
    """The first check of `a` that fails on concrete values (the executor's view), skipping the
    verifier-only typing checks."""
    for c in access_checks(a):
        if c.run_time and c.bad(D, a):
            return c
    return None


# x86-64 kernel pointers are canonical higher-half addresses (bits 63..47 all set): what a
# helper or kfunc hands out as a kernel object, and what one taking a kernel object accepts
# (besides the objects the run holds)
KERNEL_HALF_SHIFT, KERNEL_HALF = 47, 0x1FFFF


def kernel_pointer(v: int) -> bool:
    return v >> KERNEL_HALF_SHIFT == KERNEL_HALF
