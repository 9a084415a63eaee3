"""The verifier's abstract state, as include/linux/bpf_verifier.h lays it out.

`Reg` is bpf_reg_state, `Slot` one 8-byte bpf_stack_state, `Frame` bpf_func_state and `State`
bpf_verifier_state. Register types use reg_type_str()'s base names ("scalar", "ctx", "fp",
"map_value", ...; "?" for NOT_INIT) with the PTR_MAYBE_NULL / MEM_RDONLY flags as booleans, so a
message can print the kernel's type string directly.
"""
from __future__ import annotations

import itertools
from typing import Optional

from bpfsmt.spec.helper_ids import HELPER_IDS
from bpfsmt.solver.verifier.bounds import Bounds, Tnum, tnum_range, mark_known

STACK_INVALID, STACK_SPILL, STACK_MISC, STACK_ZERO, STACK_DYNPTR = 0, 1, 2, 3, 4

# enum bpf_reg_liveness
REG_LIVE_NONE, REG_LIVE_READ32, REG_LIVE_READ64, REG_LIVE_WRITTEN, REG_LIVE_DONE = 0, 1, 2, 4, 8
REG_LIVE_READ = REG_LIVE_READ32 | REG_LIVE_READ64
BPF_MAIN_FUNC = -1

BPF_FUNC_map_lookup_elem = HELPER_IDS["bpf_map_lookup_elem"]
BPF_FUNC_tail_call = HELPER_IDS["bpf_tail_call"]
BPF_FUNC_spin_lock = HELPER_IDS["bpf_spin_lock"]
BPF_FUNC_spin_unlock = HELPER_IDS["bpf_spin_unlock"]
BPF_FUNC_timer_set_callback = HELPER_IDS["bpf_timer_set_callback"]
BPF_FUNC_loop = HELPER_IDS["bpf_loop"]


class Reg:
    """bpf_reg_state. `type` is the kernel's reg_type_str() base name ("scalar", "ctx", "fp",
    "map_value", ...) or "?" for NOT_INIT; `maybe_null`/`rdonly` are the type flags.

    The bounds `b` are shared between a register and its copies (a state copy copies every
    register): they are never changed in place, a change goes to the copy `bw()` returns."""
    __slots__ = ("type", "maybe_null", "rdonly", "b", "off", "id", "ref_obj_id", "map",
                 "map_uid", "range", "mem_size", "subprogno", "frameno", "precise", "parent",
                 "live", "btf", "btf_id", "trusted", "dynptr_id")

    def __init__(self, type_="?"):
        self.type = type_
        self.maybe_null = False
        self.rdonly = False
        self.b = Bounds()
        self.off = 0
        self.id = 0
        self.ref_obj_id = 0
        self.map = None
        self.map_uid = 0
        self.range = 0
        self.mem_size = 0
        self.subprogno = 0
        self.frameno = 0
        self.precise = False
        self.parent: Optional[Reg] = None   # the same register in the parent checkpoint
        self.live = REG_LIVE_NONE
        self.btf = None          # PTR_TO_BTF_ID: the BTF (vmlinux) and the pointee's type id
        self.btf_id = 0
        self.trusted = False     # PTR_TRUSTED (6.12, TRUSTED-PTR)
        self.dynptr_id = 0       # a dynptr slice: the id of the dynptr it came from (6.12)

    def copy(self) -> "Reg":
        r = Reg.__new__(Reg)
        r.type = self.type; r.maybe_null = self.maybe_null; r.rdonly = self.rdonly
        r.b = self.b; r.off = self.off; r.id = self.id; r.ref_obj_id = self.ref_obj_id
        r.map = self.map; r.map_uid = self.map_uid; r.range = self.range
        r.mem_size = self.mem_size; r.subprogno = self.subprogno; r.frameno = self.frameno
        r.precise = self.precise; r.parent = self.parent; r.live = self.live
        r.btf = self.btf; r.btf_id = self.btf_id; r.trusted = self.trusted
        r.dynptr_id = self.dynptr_id
        return r

    def bw(self) -> Bounds:
        """The bounds to change: this register's own copy of them."""
        b = self.b = self.b.copy()
        return b

    def same(self, c: "Reg", bounds: bool = True, ids: bool = True) -> bool:
        """The memcmp regsafe()/states_maybe_looping() make: every field before `parent`,
        compared one by one from the bounds (where a loop counter differs) to `id` and
        `ref_obj_id`, stopping at the first difference. Without `bounds` the memcmp starts
        after them (the type, flags, fixed offset and the pointer union); without `ids`
        it stops before the ids."""
        if bounds:
            ob, cb = self.b, c.b
            if ob is not cb:
                ot, ct = ob.var_off, cb.var_off
                if not (ot.value == ct.value and ot.mask == ct.mask and ob.smin == cb.smin and
                        ob.smax == cb.smax and ob.umin == cb.umin and ob.umax == cb.umax and
                        ob.s32min == cb.s32min and ob.s32max == cb.s32max and
                        ob.u32min == cb.u32min and ob.u32max == cb.u32max):
                    return False
        if not (self.type == c.type and self.maybe_null == c.maybe_null and
                self.rdonly == c.rdonly and self.off == c.off and self.map is c.map and
                self.map_uid == c.map_uid and self.range == c.range and
                self.mem_size == c.mem_size and self.subprogno == c.subprogno and
                self.btf is c.btf and self.btf_id == c.btf_id and self.trusted == c.trusted):
            return False
        return not ids or (self.id == c.id and self.ref_obj_id == c.ref_obj_id)

    def tstr(self) -> str:
        """reg_type_str()"""
        if self.type == "?":
            return "?"
        s = self.type
        if self.rdonly:
            s = "rdonly_" + s
        if self.trusted:
            s = "trusted_" + s
        if self.maybe_null:
            s += "or_null_" if self.type == "ptr_" else "_or_null"
        return s

    @property
    def is_ptr(self) -> bool:
        return self.type not in ("scalar", "?")

    def is_null(self) -> bool:
        return self.type == "scalar" and self.b.var_off == Tnum(0, 0)

    def is_pkt(self) -> bool:
        return self.type in ("pkt", "pkt_meta")


def copy_register_state(dst: Reg, src: Reg) -> Reg:
    """`*dst = *src` keeping dst's parent and live marks (the register's place in the
    parentage chain does not move with its value)."""
    r = src.copy()
    r.parent = dst.parent
    r.live = dst.live
    return r


def mark_reg_unknown(r: Reg) -> None:
    r.type = "scalar"; r.maybe_null = False; r.rdonly = False
    r.b = Bounds()
    r.off = 0; r.id = 0; r.ref_obj_id = 0; r.map = None; r.range = 0; r.precise = False
    r.frameno = 0; r.subprogno = 0; r.mem_size = 0; r.map_uid = 0; r.btf = None; r.btf_id = 0
    r.trusted = False; r.dynptr_id = 0


# LINKED-CONST-612: a scalar's id with this bit set links it to the registers of the base id
# plus the constant in `off` (rX = rY; rX += k)
BPF_ADD_CONST = 1 << 31


def clear_scalar_id(r: Reg) -> None:
    """clear_scalar_id: no longer linked (nor offset from a linked register)."""
    r.id = 0
    r.off = 0


def mark_reg_known(r: Reg, imm: int) -> None:
    mark_reg_unknown(r)
    mark_known(r.b, imm)        # r.b is new


def mark_reg_known_zero(r: Reg, type_: str) -> None:
    mark_reg_known(r, 0)
    r.type = type_


def mark_reg_not_init(r: Reg) -> None:
    mark_reg_unknown(r)
    r.type = "?"


class Slot:
    """bpf_stack_state's value: 8 byte types (index = kernel slot_type index) + spilled_ptr.

    A slot's value is shared copy-on-write between the states copied from one another (a
    pushed branch, a checkpoint): it belongs to the frame whose `gen` is its `owner`, and a
    frame writes only slots it owns (Frame.slot_w). The spilled_ptr's liveness (live, parent)
    is per state, so it lives in the frame (Frame.stack_live / stack_parent), not here."""
    __slots__ = ("stype", "spilled", "owner")

    def __init__(self):
        self.stype = [STACK_INVALID] * 8
        self.spilled = Reg()
        mark_reg_not_init(self.spilled)
        self.owner = 0

    def copy(self):
        s = Slot.__new__(Slot)
        s.stype = self.stype.copy()
        s.spilled = self.spilled.copy()
        s.owner = 0
        return s

    def is_spilled(self):
        return self.stype[7] == STACK_SPILL


# a slot nobody owns: every new or cleaned slot starts as this value, copied at its first write
EMPTY_SLOT = Slot()
_frame_gens = itertools.count(1)


class Frame:
    """bpf_func_state. `stack[spi]` is the slot value (shared, read only: write through
    slot_w), `stack_live[spi]` / `stack_parent[spi]` its spilled_ptr's liveness: the REG_LIVE_*
    marks and the frame of the last checkpoint holding the same slot (None: no parent)."""
    def __init__(self, frameno: int, subprogno: int, callsite: int):
        self.regs = [Reg() for _ in range(11)]
        for r in self.regs:
            mark_reg_not_init(r)
        fp = self.regs[10]
        mark_reg_known_zero(fp, "fp")
        fp.frameno = frameno
        self.frameno = frameno
        self.subprogno = subprogno
        self.callsite = callsite
        self.stack: list[Slot] = []
        self.stack_live: list[int] = []
        self.stack_parent: list[Optional[Frame]] = []
        self.gen = next(_frame_gens)
        self.allocated_stack = 0
        self.in_callback_fn = False
        self.in_async_callback_fn = False
        self.callback_ret_range = tnum_range(0, 1)
        self.async_entry_cnt = 0
        self.callback_depth = 0      # CB-LOOP: callback walks from this frame's current call
        self.read_parts = None       # a finished state's read registers and slots (pruning.py)

    def grow_stack_state(self, size: int) -> None:
        """grow_stack_state: slots below `size` bytes exist (zeroed: INVALID, no parent)."""
        if size > self.allocated_stack:
            n = size // 8 - self.allocated_stack // 8
            self.stack += [EMPTY_SLOT] * n
            self.stack_live += [REG_LIVE_NONE] * n
            self.stack_parent += [None] * n
            self.allocated_stack = size

    def slot_w(self, spi: int) -> Slot:
        """The slot `spi` to write: this frame's own copy of it."""
        sl = self.stack[spi]
        if sl.owner != self.gen:
            sl = sl.copy()
            sl.owner = self.gen
            self.stack[spi] = sl
        return sl

    def copy(self) -> "Frame":
        """The slots are shared: neither frame owns them any more, each copies at its write."""
        f = Frame.__new__(Frame)
        f.regs = [r.copy() for r in self.regs]
        f.frameno = self.frameno; f.subprogno = self.subprogno; f.callsite = self.callsite
        f.stack = self.stack.copy()
        f.stack_live = self.stack_live.copy()
        f.stack_parent = self.stack_parent.copy()
        f.gen = next(_frame_gens)
        self.gen = next(_frame_gens)
        f.allocated_stack = self.allocated_stack
        f.in_callback_fn = self.in_callback_fn
        f.in_async_callback_fn = self.in_async_callback_fn
        f.callback_ret_range = self.callback_ret_range
        f.async_entry_cnt = self.async_entry_cnt
        f.callback_depth = self.callback_depth
        f.read_parts = None
        return f


class State:
    """bpf_verifier_state: frames, active_spin_lock (reg id, 0 = none), in_sleepable (proposed
    design: per-state sleepability), acquired references; and the checkpoint bookkeeping:
    `parent` (the last checkpoint on this path), `branches` (paths still being explored below a
    checkpoint), first/last_insn_idx and jmp_history (the jumps since `parent`, for
    backtracking)."""
    def __init__(self):
        self.frames: list[Frame] = []
        self.active_spin_lock = 0
        self.active_rcu_lock = False
        self.in_sleepable = False
        self.refs: list[tuple] = []
        self.parent: Optional[State] = None
        self.branches = 1
        self.insn_idx = 0
        self.first_insn_idx = 0
        self.last_insn_idx = -1
        self.jmp_history: list[tuple[int, int]] = []
        self.speculative = False    # a path only a mispredicting CPU takes (unprivileged)
        self.callback_unroll_depth = 0   # CB-LOOP: callback entries on this path
        self.dfs_depth = 0               # checkpoints above this state on its path

    @property
    def cur(self) -> Frame:
        return self.frames[-1]

    @property
    def curframe(self) -> int:
        return len(self.frames) - 1

    def copy(self) -> "State":
        """copy_verifier_state"""
        s = State.__new__(State)
        s.frames = [f.copy() for f in self.frames]
        s.active_spin_lock = self.active_spin_lock
        s.active_rcu_lock = self.active_rcu_lock
        s.in_sleepable = self.in_sleepable
        s.refs = list(self.refs)
        s.parent = self.parent
        s.branches = self.branches
        s.insn_idx = self.insn_idx
        s.first_insn_idx = self.first_insn_idx
        s.last_insn_idx = self.last_insn_idx
        s.jmp_history = list(self.jmp_history)
        s.speculative = self.speculative
        s.callback_unroll_depth = self.callback_unroll_depth
        s.dfs_depth = self.dfs_depth
        return s

    def regs_where(self, pred):
        """The registers and spilled registers of every frame (bpf_for_each_reg_in_vstate)
        for which `pred` holds, ready to be changed: a shared stack slot is copied first."""
        for f in self.frames:
            for r in f.regs:
                if pred(r):
                    yield r
            for spi, sl in enumerate(f.stack):
                if sl.stype[7] == STACK_SPILL and pred(sl.spilled):
                    yield f.slot_w(spi).spilled
