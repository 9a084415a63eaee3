"""A model of the Linux 6.1 (Debian 6.1.1xx) eBPF verifier: accepted, or the kernel's error line.

Why an abstract interpreter shaped like verifier.c rather than a cleaner analysis: the question is
"what would 6.1 say", so the model walks the program the way `do_check` does (DFS, fall-through
first, the taken branch pushed and explored later, dead branches skipped via is_branch_taken) and
applies the checks in the kernel's order, so the FIRST error it meets is the kernel's. Register
state is the kernel's: type, fixed `off`, tnum + s64/u64/s32/u32 bounds (verifier_bounds.py), `id`
for null checks and locks, packet `range`, per-byte stack slot types with spilled registers.

Pass order (bpf_check): check_subprogs -> check_attach_btf_id -> resolve_pseudo_ldimm64
(+check_map_prog_compatibility) -> check_cfg -> do_check_subprogs (global functions) ->
do_check_main -> check_max_stack_depth.

Modelling choices (each is visible in tests when it matters):
  * state pruning as is_state_visited does it: states are stored at prune points (jump targets,
    after calls) with the kernel's storing heuristic (every state with BPF_F_TEST_STATE_FREQ),
    compared newest first; a stored state that keeps missing (miss_cnt > 3 * hit_cnt + 3) is
    dropped from the list as 6.1 does; a finished stored state that covers the current one
    prunes the path (regsafe/stacksafe of 6.1: map-value ids and active_spin_lock compared as
    raw values, i.e. SL-13 is reproduced),
    and a stored state still on the current path with identical state means an endless loop.
    Liveness is a static backward analysis and precision is not tracked (scalars are compared
    by range containment), so the model prunes no more than the kernel does: it may walk more
    paths (processed-insn counts differ) but meets the same first error;
  * the loader is root: allow_ptr_leaks, bypass_spec_v1, bpf_capable, no sanitisation;
  * Debian 6.1.192 backports: reads of uninitialised stack are allowed for root
    (allow_uninit_stack), might_sleep helper protos, "jump into the middle of ldimm64",
    gotol (JMP32|JA with imm), async-callback R0 range printed as (0x0; 0x0);
  * map creation is modelled where it changes the verifier's view: a lock/timer in a map type
    that cannot carry one makes libbpf retry without BTF (SL-02); a lock in an inner-map
    template fails the whole load with -ENOTSUPP and no verifier log (SL-12).

Rule sets (spec/rules.py) switch individual checks off or select the proposed per-callback
sleepability design.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Optional

from bpfsmt.spec import helpers as H
from bpfsmt.spec.insn import (BPF_ALU, BPF_ALU64, BPF_JMP, BPF_JMP32, BPF_LD, BPF_LDX, BPF_ST,
                              BPF_STX, BPF_K, BPF_X, BPF_ABS, BPF_IND, BPF_IMM, BPF_MEM,
                              BPF_ATOMIC, BPF_DW, BPF_W, BPF_H, BPF_B, BPF_FETCH, BPF_CMPXCHG,
                              BPF_XCHG, VALID_ATOMIC_IMMS, SIZE_BYTES, BPF_PSEUDO_CALL,
                              BPF_PSEUDO_KFUNC_CALL, BPF_PSEUDO_FUNC, BPF_PSEUDO_MAP_FD,
                              BPF_PSEUDO_MAP_VALUE, BPF_PSEUDO_MAP_IDX, BPF_PSEUDO_MAP_IDX_VALUE,
                              BPF_PSEUDO_BTF_ID, Insn)
from bpfsmt.spec.program import (BPF_F_SLEEPABLE, BPF_F_TEST_STATE_FREQ, BPF_F_RDONLY_PROG, BPF_F_WRONLY_PROG, BPF_F_STRICT_ALIGNMENT,
                                 FIELD_E2BIG, FIELD_ENOENT, FIELD_NO_BTF, Map, Program,
                                 ProgramFile)
from bpfsmt.spec.rules import RuleSet, get_ruleset, PROPOSED_HELPERS

from bpfsmt.solver.verifier.bounds import (Bounds, Tnum, tnum_const, tnum_range, tnum_in, tnum_add,
                              tnum_sub, tnum_subreg, tnum_is_aligned, tnum_intersect,
                              mark_known, mark_unknown, mark_32_unbounded, reg_bounds_sync,
                              adjust_scalar, zext_32_to_64, coerce_reg_to_size,
                              is_branch_taken_scalar, reg_set_min_max, combine_min_max, FLIP,
                              is_unbounded, S64_MIN, S64_MAX, U64, U32, s64, s32, u64, u32)
from bpfsmt.solver.verifier.ctx import ctx_access

EACCES, EINVAL, E2BIG, EFAULT, ENOTSUPP, ENOENT = 13, 22, 7, 14, 524, 2
MAX_BPF_STACK = 512
MAX_CALL_FRAMES = 8
BPF_MAX_VAR_OFF = 1 << 29
BPF_MAX_VAR_SIZ = 1 << 29
COMPLEXITY_LIMIT_INSNS = 1_000_000
COMPLEXITY_LIMIT_JMP_SEQ = 8192
MAX_PACKET_OFF = 0xFFFF
ALLOW_UNINIT_STACK = True     # Debian 6.1.1xx: "bpf: Allow reads from uninit stack" for root

STACK_INVALID, STACK_SPILL, STACK_MISC, STACK_ZERO = 0, 1, 2, 3

ALU_OPS = {0x00: "add", 0x10: "sub", 0x20: "mul", 0x30: "div", 0x40: "or", 0x50: "and",
           0x60: "lsh", 0x70: "rsh", 0x80: "neg", 0x90: "mod", 0xA0: "xor", 0xB0: "mov",
           0xC0: "arsh", 0xD0: "end"}
ALU_STR = {"add": "+=", "sub": "-=", "mul": "*=", "div": "/=", "or": "|=", "and": "&=",
           "lsh": "<<=", "rsh": ">>=", "neg": "neg", "mod": "%=", "xor": "^=", "mov": "=",
           "arsh": "s>>=", "end": "endian"}
JMP_OPS = {0x10: "jeq", 0x20: "jgt", 0x30: "jge", 0x40: "jset", 0x50: "jne", 0x60: "jsgt",
           0x70: "jsge", 0xA0: "jlt", 0xB0: "jle", 0xC0: "jslt", 0xD0: "jsle"}

FUNC_tail_call, FUNC_spin_lock, FUNC_spin_unlock = 12, 93, 94
FUNC_timer_set_callback, FUNC_loop, FUNC_for_each_map_elem = 170, 181, 164
FUNC_map_lookup_elem = 1


class VerifierError(Exception):
    def __init__(self, lines, errno=EINVAL, rule=None, insn=None):
        if isinstance(lines, str):
            lines = [lines]
        super().__init__(lines[-1])
        self.lines = list(lines)
        self.errno = errno
        self.rule = rule
        self.insn = insn


def _opcode_valid(code: int) -> bool:
    """bpf_opcode_in_insntable (6.1)."""
    cls = code & 7
    op = code & 0xF0
    src = code & 0x08
    if cls in (BPF_ALU, BPF_ALU64):
        if op == 0x80:
            return src == 0
        if op == 0xD0:
            return cls == BPF_ALU
        return op <= 0xC0
    if cls == BPF_JMP:
        if op in (0x00, 0x80, 0x90):
            return src == 0
        return op in JMP_OPS
    if cls == BPF_JMP32:
        return op in JMP_OPS or code == 0x06     # gotol: present in Debian's 6.1.192
    if cls == BPF_LD:
        return code in (0x18, 0x20, 0x28, 0x30, 0x40, 0x48, 0x50)
    if cls == BPF_LDX:
        return code in (0x61, 0x69, 0x71, 0x79)
    if cls == BPF_ST:
        return code in (0x62, 0x6A, 0x72, 0x7A)
    if cls == BPF_STX:
        return code in (0x63, 0x6B, 0x73, 0x7B, 0xC3, 0xDB)
    return False


# ------------------------------------------------------------------------------ register state
class Reg:
    """bpf_reg_state. `type` is the kernel's reg_type_str() base name ("scalar", "ctx", "fp",
    "map_value", ...) or "?" for NOT_INIT; `maybe_null`/`rdonly` are the type flags."""
    __slots__ = ("type", "maybe_null", "rdonly", "b", "off", "id", "ref_obj_id", "map",
                 "map_uid", "range", "mem_size", "subprogno", "frameno", "precise")

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

    def copy(self) -> "Reg":
        r = Reg.__new__(Reg)
        r.type = self.type; r.maybe_null = self.maybe_null; r.rdonly = self.rdonly
        r.b = self.b.copy(); r.off = self.off; r.id = self.id; r.ref_obj_id = self.ref_obj_id
        r.map = self.map; r.map_uid = self.map_uid; r.range = self.range
        r.mem_size = self.mem_size; r.subprogno = self.subprogno; r.frameno = self.frameno
        r.precise = self.precise
        return r

    def tstr(self) -> str:
        """reg_type_str()"""
        if self.type == "?":
            return "?"
        s = self.type
        if self.rdonly:
            s = "rdonly_" + s
        if self.maybe_null:
            s += "_or_null"
        return s

    @property
    def is_ptr(self) -> bool:
        return self.type not in ("scalar", "?")

    def is_null(self) -> bool:
        return self.type == "scalar" and self.b.var_off == Tnum(0, 0)

    def is_pkt(self) -> bool:
        return self.type in ("pkt", "pkt_meta")

    def key(self, blur_imprecise: bool):
        """A hashable fingerprint for loop detection (states_equal approximation)."""
        if self.type == "?":
            return ("?",)
        if self.type == "scalar" and blur_imprecise and not self.precise:
            return ("scalar",)
        b = self.b
        return (self.type, self.maybe_null, self.off, b.var_off, b.smin, b.smax, b.umin, b.umax,
                b.s32min, b.s32max, b.u32min, b.u32max, self.id,
                id(self.map), self.range, self.subprogno, self.frameno)


def mark_reg_unknown(r: Reg) -> None:
    r.type = "scalar"; r.maybe_null = False; r.rdonly = False
    mark_unknown(r.b)
    r.off = 0; r.id = 0; r.ref_obj_id = 0; r.map = None; r.range = 0; r.precise = False
    r.frameno = 0; r.subprogno = 0; r.mem_size = 0; r.map_uid = 0


def mark_reg_known(r: Reg, imm: int) -> None:
    mark_reg_unknown(r)
    mark_known(r.b, imm)


def mark_reg_known_zero(r: Reg, type_: str) -> None:
    mark_reg_known(r, 0)
    r.type = type_


def mark_reg_not_init(r: Reg) -> None:
    mark_reg_unknown(r)
    r.type = "?"


class Slot:
    """bpf_stack_state: 8 byte types (index = kernel slot_type index) + spilled register."""
    __slots__ = ("stype", "spilled")

    def __init__(self):
        self.stype = [STACK_INVALID] * 8
        self.spilled = None

    def copy(self):
        s = Slot.__new__(Slot)
        s.stype = list(self.stype)
        s.spilled = self.spilled.copy() if self.spilled is not None else None
        return s

    def is_spilled(self):
        return self.stype[7] == STACK_SPILL


class Frame:
    """bpf_func_state"""
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
        self.stack: dict[int, Slot] = {}
        self.allocated_stack = 0
        self.in_callback_fn = False
        self.in_async_callback_fn = False
        self.callback_ret_range = tnum_range(0, 1)

    def copy(self) -> "Frame":
        f = Frame.__new__(Frame)
        f.regs = [r.copy() for r in self.regs]
        f.frameno = self.frameno; f.subprogno = self.subprogno; f.callsite = self.callsite
        f.stack = {k: v.copy() for k, v in self.stack.items()}
        f.allocated_stack = self.allocated_stack
        f.in_callback_fn = self.in_callback_fn
        f.in_async_callback_fn = self.in_async_callback_fn
        f.callback_ret_range = self.callback_ret_range
        return f


class _Snap:
    """A stored explored state (bpf_verifier_state_list entry) with its branch count."""
    __slots__ = ("state", "parent", "branches", "hit_cnt", "miss_cnt")

    def __init__(self, state, parent):
        self.state = state
        self.parent = parent
        self.branches = 1
        self.hit_cnt = 0
        self.miss_cnt = 0


class State:
    """bpf_verifier_state: frames, active_spin_lock (reg id, 0 = none), in_sleepable (proposed
    design: per-state sleepability), the path's loop-detection history."""
    def __init__(self):
        self.frames: list[Frame] = []
        self.active_spin_lock = 0
        self.in_sleepable = False
        self.refs: list[int] = []
        self.parent = None                       # the last stored _Snap on this path

    @property
    def cur(self) -> Frame:
        return self.frames[-1]

    def copy(self) -> "State":
        s = State()
        s.frames = [f.copy() for f in self.frames]
        s.active_spin_lock = self.active_spin_lock
        s.in_sleepable = self.in_sleepable
        s.refs = list(self.refs)
        s.parent = self.parent
        return s

    def all_regs(self):
        for f in self.frames:
            for r in f.regs:
                yield r
            for sl in f.stack.values():
                if sl.spilled is not None:
                    yield sl.spilled

    def key(self):
        parts = [self.active_spin_lock, self.in_sleepable]
        for f in self.frames:
            parts.append(tuple(r.key(False) for r in f.regs[:10]))
            parts.append(tuple(sorted((k, tuple(s.stype), s.spilled.key(False) if s.spilled else None)
                                      for k, s in f.stack.items())))
        return tuple(parts)


# ------------------------------------------------------------------------------ results
@dataclass
class VerifyResult:
    program: str
    section: str
    accepted: bool
    errno: int = 0
    message: Optional[str] = None        # the kernel's error line (last line of the error block)
    insn: Optional[int] = None            # slot index where the error was found
    rule: Optional[str] = None
    log: list = field(default_factory=list)   # the error block (all lines)
    processed_insns: int = 0
    stack_depth: list = field(default_factory=list)
    rules: str = "6.1"
    seconds: float = 0.0
    seen: Optional[set] = field(default=None, repr=False)   # slots visited by do_check
    map_state: dict = field(default_factory=dict, repr=False)  # slot -> map name | "poison"
    tail_call_reachable: bool = False

    def to_json(self) -> dict:
        return {"program": self.program, "section": self.section, "accepted": self.accepted,
                "errno": self.errno, "message": self.message, "insn": self.insn,
                "rule": self.rule, "log": self.log, "processed_insns": self.processed_insns,
                "stack_depth": self.stack_depth, "rules": self.rules,
                "seconds": round(self.seconds, 4)}


# message -> rule id, for reports (first match by prefix)
_RULE_OF = [
    ("function calls are not allowed while holding a lock", "SL-07"),
    ("bpf_spin_unlock is missing", "SL-08"), ("Locking two", "SL-06"),
    ("bpf_spin_unlock without", "SL-06"), ("bpf_spin_unlock of different", "SL-06"),
    ("BPF_LD_[ABS|IND] cannot be used inside", "SL-09"),
    ("bpf_spin_lock cannot be accessed", "SL-10"), ("bpf_timer cannot be accessed", "SL-10"),
    ("socket filter progs cannot use bpf_spin_lock", "SL-03"),
    ("tracing progs cannot use bpf_spin_lock", "SL-03"),
    ("sleepable progs cannot use bpf_spin_lock", "SL-03"),
    ("map '", "SL-01"), ("off ", "SL-04"), ("doesn't have constant offset", "SL-04"),
    ("Only fentry/fexit/fmod_ret", "SP-01"), ("Syscall programs can only", "SP-01"),
    ("is not sleepable", "SP-02"), ("helper call might sleep", "SP-03"),
    ("Sleepable programs can only use", "SP-04"),
    ("In async callback", "SP-07"), ("At async callback", "SP-07"),
    ("tail_calls are not allowed when call stack", "TC-04"), ("tail_call", "TC-03"),
    ("cannot pass map_type", "CORE-08"),
    ("invalid access to map value", "AL-05"), ("min value is", "AL-05"),
    ("max value is", "AL-05"), ("unbounded memory access", "AL-05"),
    ("!read_ok", "CORE-01"), ("frame pointer is read only", "CORE-01"),
    ("invalid read from stack", "CORE-03"), ("invalid indirect read", "CORE-03"),
    ("invalid size of register", "CORE-03"),
    ("stack", "CORE-02"), ("invalid mem access", "CORE-04"),
    ("pointer comparison", "CORE-04"), ("null-check", "CORE-04"),
    ("jump out of range", "CORE-05"), ("last insn", "CORE-05"), ("back-edge", "CORE-05"),
    ("unreachable insn", "CORE-05"), ("infinite loop", "CORE-05"), ("unknown opcode", "CORE-05"),
    ("uses reserved fields", "CORE-05"), ("jump into the middle", "CORE-05"),
    ("invalid BPF_LD_IMM", "CORE-05"), ("bpf_ld_imm64", "CORE-05"),
    ("pointer", "CORE-06"), ("math between", "CORE-06"), ("div by zero", "CORE-06"),
    ("invalid shift", "CORE-06"), ("dereference of modified", "CORE-06"),
    ("At program exit", "CORE-07"), ("At subprogram exit", "CORE-07"),
    ("At callback return", "CORE-07"), ("R0 not a scalar", "CORE-07"),
    ("cannot return stack pointer", "CORE-07"), ("leaks addr", "CORE-07"),
    ("unknown func", "CORE-08"), ("invalid func", "CORE-08"), ("type=", "CORE-08"),
    ("invalid zero-sized read", "CORE-08"), ("helper", "CORE-08"),
    ("BPF program is too large", "CORE-09"), ("too complex", "CORE-09"),
    ("call stack of", "CORE-10"), ("combined stack size", "CORE-10"),
    ("invalid bpf_context access", "CORE-08"), ("packet", "CORE-08"),
]


def rule_of(msg: str) -> Optional[str]:
    for prefix, rule in _RULE_OF:
        if prefix in msg:
            return rule
    return None


# ------------------------------------------------------------------------------ the verifier
class Verifier:
    def __init__(self, pfile: ProgramFile, prog: Program, rules: RuleSet, jit: bool = True):
        self.pfile = pfile
        self.prog = prog
        self.rules = rules
        self.jit = jit
        self.maps = pfile.map_list()
        self.insns = self._kernel_insns(prog)
        self.n = len(self.insns)
        self.id_gen = 0
        self.processed = 0
        self.seen: set[int] = set()
        self.map_state: dict[int, object] = {}       # insn_aux map_ptr_state
        self.key_state: dict[int, object] = {}       # insn_aux map_key_state (tail calls)
        self.prune_points: set[int] = set()
        self.has_back_edge = False      # check_cfg: a bounded loop exists
        self.stack_depth: dict[int, int] = {}
        self.subprogs: list[int] = []
        self.subprog_global: dict[int, bool] = {}
        self.has_tail_call: dict[int, bool] = {}
        self.is_async_cb: dict[int, bool] = {}
        self.sleepable_cb: set[int] = set()
        self.tail_call_reachable = False
        self.stack: list[State] = []
        self.explored: dict[int, list] = {}
        self.loop_keys: dict[int, dict] = {}
        self.jmps_processed = 0
        self.prev_jmps = 0
        self.prev_insns = 0
        self.strict_alignment = bool(prog.prog_flags & BPF_F_STRICT_ALIGNMENT)
        self.sleepable = bool(prog.sleepable or prog.prog_flags & BPF_F_SLEEPABLE)
        self.test_state_freq = bool(prog.prog_flags & BPF_F_TEST_STATE_FREQ)

    # -------------------------------------------------------------- helpers
    @staticmethod
    def _kernel_insns(prog: Program) -> list[Insn]:
        """The kernel's slot array: lddw occupies two slots, the second a pseudo insn."""
        out = []
        for ins in prog.insns:
            out.append(ins)
            if ins.is_wide:
                out.append(Insn(0, 0, 0, 0, ins.imm64_hi or 0))
        return out

    def err(self, msg, errno=EINVAL, insn=None):
        raise VerifierError(msg, errno, rule_of(msg if isinstance(msg, str) else msg[-1]), insn)

    def find_subprog(self, idx: int) -> int:
        try:
            return self.subprogs.index(idx)
        except ValueError:
            return -1

    def map_of(self, ins: Insn) -> Optional[Map]:
        if 0 <= ins.imm < len(self.maps):
            return self.maps[ins.imm]
        if ins.target and ins.target in self.pfile.maps:
            return self.pfile.maps[ins.target]
        return None

    # -------------------------------------------------------------- pass 1: subprogs
    def check_subprogs(self):
        subs = {0}
        for i, ins in enumerate(self.insns):
            if ins.opcode == 0x85 and ins.src == BPF_PSEUDO_CALL:
                t = i + ins.imm + 1
                if t < 0 or t >= self.n:
                    self.err("call to invalid destination", EINVAL, i)
                subs.add(t)
            elif ins.opcode == 0x18 and ins.src == BPF_PSEUDO_FUNC:
                t = i + ins.imm + 1
                if t < 0 or t >= self.n:
                    self.err("call to invalid destination", EINVAL, i)
                subs.add(t)
        for f in self.prog.functions:
            if 0 <= f.start < self.n:
                subs.add(f.start)
        self.subprogs = sorted(subs)
        if len(self.subprogs) > 256:
            self.err("too many subprograms", E2BIG)
        for idx, start in enumerate(self.subprogs):
            fn = self.prog.function_at(start)
            self.subprog_global[idx] = bool(fn and fn.is_global and idx != 0)
        bounds = self.subprogs + [self.n]
        cur = 0
        start, end = bounds[0], bounds[1]
        for i, ins in enumerate(self.insns):
            code = ins.opcode
            if code == 0x85 and ins.imm == FUNC_tail_call and ins.src != BPF_PSEUDO_CALL:
                self.has_tail_call[cur] = True
            cls = code & 7
            if cls in (BPF_JMP, BPF_JMP32) and (code & 0xF0) not in (0x80, 0x90):
                off = i + ins.jump_offset() + 1
                if off < start or off >= end:
                    self.err(f"jump out of range from insn {i} to {off}", EINVAL, i)
            if i == end - 1:
                if code != 0x95 and code != 0x05:
                    self.err("last insn is not an exit or jmp", EINVAL, i)
                start = end
                cur += 1
                if cur < len(self.subprogs):
                    end = bounds[cur + 1]

    # -------------------------------------------------------------- pass 2: attach / sleepable
    def check_attach_btf_id(self):
        p = self.prog
        pt = p.prog_type
        rs = self.rules
        if pt == "syscall":
            if self.sleepable:
                return
            if rs.on("SP-01"):
                self.err("Syscall programs can only be sleepable")
            return
        if self.sleepable and pt not in ("tracing", "lsm", "kprobe") and rs.on("SP-01"):
            self.err("Only fentry/fexit/fmod_ret, lsm, and kprobe/uprobe programs can be sleepable")
        if pt not in ("tracing", "lsm", "ext"):
            return
        tgt = p.attach_target or ""
        at = p.expected_attach_type or ""
        if self.sleepable and rs.on("SP-02"):
            table = rs.sleepable_table
            if pt == "lsm":
                name = "bpf_lsm_" + tgt
                if not table.lsm_ok(tgt):
                    self.err(f"{name} is not sleepable")
            elif at in ("trace_fentry", "trace_fexit", "modify_return"):
                if not table.tracing_ok(tgt):
                    self.err(f"{tgt} is not sleepable")

    # -------------------------------------------------------------- pass 3: ldimm64 / maps
    def resolve_pseudo_ldimm64(self):
        i = 0
        while i < self.n:
            ins = self.insns[i]
            if (ins.opcode & 7) == BPF_LDX and ((ins.opcode & 0xE0) != BPF_MEM or ins.imm != 0):
                self.err("BPF_LDX uses reserved fields", EINVAL, i)
            if ins.opcode == 0x18:
                nxt = self.insns[i + 1] if i + 1 < self.n else None
                if nxt is None or nxt.opcode != 0 or nxt.dst or nxt.src or nxt.off:
                    self.err("invalid bpf_ld_imm64 insn", EINVAL, i)
                if ins.src == 0 or ins.src == BPF_PSEUDO_FUNC:
                    i += 2
                    continue
                if ins.src == BPF_PSEUDO_BTF_ID:
                    # ksym variables need vmlinux BTF, which the IR does not carry
                    self.err(f"ldimm64 insn specifies invalid btf_id {ins.imm}.", EINVAL, i)
                if ins.src in (BPF_PSEUDO_MAP_VALUE, BPF_PSEUDO_MAP_IDX_VALUE):
                    pass
                elif ins.src in (BPF_PSEUDO_MAP_FD, BPF_PSEUDO_MAP_IDX) and (ins.imm64_hi or 0) == 0:
                    pass
                else:
                    self.err("unrecognized bpf_ld_imm64 insn", EINVAL, i)
                m = self.map_of(ins)
                if m is None:
                    self.err(f"fd {ins.imm} is not pointing to valid bpf_map", EBADF, i)
                self.check_map_prog_compatibility(m, i)
                if ins.src in (BPF_PSEUDO_MAP_VALUE, BPF_PSEUDO_MAP_IDX_VALUE):
                    off = (ins.imm64_hi or 0) & U32
                    if off >= BPF_MAX_VAR_OFF:
                        self.err(f"direct value offset of {off} is not allowed", EINVAL, i)
                    if m.map_type != "array":
                        self.err("no direct value access support for this map type", EINVAL, i)
                    if m.max_entries != 1 or off >= m.value_size:
                        self.err(f"invalid access to map value pointer, value_size={m.value_size} off={off}",
                                 EINVAL, i)
                i += 2
                continue
            if not _opcode_valid(ins.opcode):
                self.err(f"unknown opcode {ins.opcode:02x}", EINVAL, i)
            i += 1

    def check_map_prog_compatibility(self, m: Map, i: int):
        p = self.prog
        pt = p.prog_type
        tracing = pt in ("kprobe", "tracepoint", "perf_event", "raw_tracepoint",
                         "raw_tracepoint_writable")
        rs = self.rules
        if m.spin_lock_off >= 0 and rs.on("SL-03"):
            if pt == "socket_filter":
                self.err("socket filter progs cannot use bpf_spin_lock yet", EINVAL, i)
            if tracing:
                self.err("tracing progs cannot use bpf_spin_lock yet", EINVAL, i)
            if self.sleepable:
                self.err("sleepable progs cannot use bpf_spin_lock yet", EINVAL, i)
        if m.timer_off >= 0 and tracing:
            self.err("tracing progs cannot use bpf_timer yet", EINVAL, i)
        if m.map_type == "struct_ops":
            self.err("bpf_struct_ops map cannot be used in prog", EINVAL, i)
        if self.sleepable and rs.on("SP-04"):
            if m.map_type not in ("hash", "lru_hash", "array", "percpu_hash", "percpu_array",
                                  "lru_percpu_hash", "array_of_maps", "hash_of_maps", "ringbuf",
                                  "user_ringbuf", "inode_storage", "sk_storage", "task_storage"):
                self.err("Sleepable programs can only use array, hash, and ringbuf maps", EINVAL, i)

    # -------------------------------------------------------------- pass 4: CFG
    def check_cfg(self):
        """check_cfg: iterative DFS in push_insn order (fall-through edge first, then the branch).
        Back-edges are fine for CAP_BPF on jump edges (bounded loops); call edges and plain
        fall-through edges never may be back-edges ("back-edge from insn %d to %d")."""
        n = self.n
        DISCOVERED, EXPLORED = 1, 2
        state = [0] * n
        insns = self.insns

        def succ(t):
            """[(w, loop_ok)] in push order."""
            ins = insns[t]
            cls = ins.opcode & 7
            if ins.opcode == 0x18 and ins.src == BPF_PSEUDO_FUNC:
                self.prune_points.add(t + 1)
                return [(t + 1, False), (t + ins.imm + 1, False)]
            if cls not in (BPF_JMP, BPF_JMP32):
                return [(t + 1, False)]
            op = ins.opcode & 0xF0
            if op == 0x90:
                return []
            if op == 0x80:
                self.prune_points.add(t + 1)
                if ins.src == 0 and ins.imm == FUNC_timer_set_callback:
                    self.prune_points.add(t)
                if ins.src == BPF_PSEUDO_CALL:
                    return [(t + 1, False), (t + ins.imm + 1, False)]
                return [(t + 1, False)]
            if op == 0x00:
                w = t + ins.jump_offset() + 1
                self.prune_points.add(w)
                if t + 1 < n:
                    self.prune_points.add(t + 1)
                return [(w, True)]
            self.prune_points.add(t + 1)
            self.prune_points.add(t + ins.off + 1)
            return [(t + 1, True), (t + ins.off + 1, True)]

        stack = [0]
        state[0] = DISCOVERED
        it = {0: iter(succ(0))}
        while stack:
            t = stack[-1]
            advanced = False
            for w, loop_ok in it[t]:
                if w < 0 or w >= n:
                    self.err(f"jump out of range from insn {t} to {w}", EINVAL, t)
                if state[w] == 0:
                    state[w] = DISCOVERED
                    stack.append(w)
                    it[w] = iter(succ(w))
                    advanced = True
                    break
                if state[w] == DISCOVERED:
                    if not loop_ok:
                        self.err(f"back-edge from insn {t} to {w}", EINVAL, t)
                    self.has_back_edge = True
            if not advanced:
                state[t] = EXPLORED
                stack.pop()
        for i in range(n):
            if state[i] != EXPLORED:
                self.err(f"unreachable insn {i}", EINVAL, i)
        # Debian 6.1.1xx stable backport: a jump landing on the second slot of an ldimm64
        for t, ins in enumerate(insns):
            cls = ins.opcode & 7
            if cls in (BPF_JMP, BPF_JMP32) and (ins.opcode & 0xF0) not in (0x80, 0x90):
                w = t + ins.jump_offset() + 1
                if 0 < w < n and insns[w - 1].opcode == 0x18 and w - 1 != t:
                    self.err(f"jump into the middle of ldimm64 insn {w - 1}", EINVAL, t)

    def compute_liveness(self):
        """Registers live at each insn (static backward dataflow). Stands in for the kernel's
        REG_LIVE_READ marks when comparing states for pruning: a register that is overwritten
        before it is read on every path does not matter. Static liveness over-approximates the
        kernel's path-based marks, so the model prunes no more than 6.1 does."""
        n = self.n
        insns = self.insns
        uses = [0] * n
        defs = [0] * n
        succs = [()] * n
        ALL15 = 0b111110

        def bit(*r):
            m = 0
            for x in r:
                m |= 1 << x
            return m
        for t, ins in enumerate(insns):
            code = ins.opcode
            cls = code & 7
            if t > 0 and insns[t - 1].opcode == 0x18:
                succs[t] = (t + 1,) if t + 1 < n else ()
                continue
            nxt = (t + 1,) if t + 1 < n else ()
            if cls in (BPF_ALU, BPF_ALU64):
                op = code & 0xF0
                u = 0 if op == 0xB0 else bit(ins.dst)
                if code & 0x08 and op not in (0x80, 0xD0):
                    u |= bit(ins.src)
                uses[t], defs[t], succs[t] = u, bit(ins.dst), nxt
            elif cls == BPF_LDX:
                uses[t], defs[t], succs[t] = bit(ins.src), bit(ins.dst), nxt
            elif cls == BPF_ST:
                uses[t], succs[t] = bit(ins.dst), nxt
            elif cls == BPF_STX:
                u = bit(ins.dst, ins.src)
                d = 0
                if (code & 0xE0) == BPF_ATOMIC and ins.imm & BPF_FETCH:
                    if ins.imm == BPF_CMPXCHG:
                        u |= 1
                        d = 1
                    else:
                        d = bit(ins.src)
                uses[t], defs[t], succs[t] = u, d, nxt
            elif cls == BPF_LD:
                if code == 0x18:
                    uses[t], defs[t], succs[t] = 0, bit(ins.dst), (t + 2,) if t + 2 < n else ()
                else:
                    u = bit(6) | (bit(ins.src) if (code & 0xE0) == BPF_IND else 0)
                    uses[t], defs[t], succs[t] = u, 0b111111, nxt
            elif cls in (BPF_JMP, BPF_JMP32):
                op = code & 0xF0
                if op == 0x90:
                    uses[t], succs[t] = 1, ()
                elif op == 0x80:
                    if ins.src == 0:
                        fn = H.HELPERS.get(ins.imm)
                        na = len(fn.args) if fn else 5
                        u = 0
                        for a in range(na):
                            u |= 1 << (a + 1)
                    else:
                        u = ALL15
                    uses[t], defs[t], succs[t] = u, 0b111111, nxt
                elif op == 0x00:
                    w = t + ins.jump_offset() + 1
                    succs[t] = (w,) if 0 <= w < n else ()
                else:
                    u = bit(ins.dst) | (bit(ins.src) if code & 0x08 else 0)
                    w = t + ins.off + 1
                    uses[t] = u
                    succs[t] = tuple(x for x in (t + 1, w) if 0 <= x < n)
        live = [0] * n
        changed = True
        while changed:
            changed = False
            for t in range(n - 1, -1, -1):
                out = 0
                for w in succs[t]:
                    out |= live[w]
                v = uses[t] | (out & ~defs[t])
                if v != live[t]:
                    live[t] = v
                    changed = True
        self.live_in = live

    # -------------------------------------------------------------- state init
    def init_state(self, subprog: int, start_regs=None) -> State:
        st = State()
        f = Frame(0, subprog, -1)
        st.frames.append(f)
        if start_regs is None:
            mark_reg_known_zero(f.regs[1], "ctx")
        st.in_sleepable = bool(self.sleepable)
        return st

    # -------------------------------------------------------------- regs
    def check_reg_arg(self, st: State, regno: int, src: bool, mark_unknown_dst=False):
        if regno >= 11:
            self.err(f"R{regno} is invalid", EINVAL)
        r = st.cur.regs[regno]
        if src:
            if r.type == "?" and self.rules.on("CORE-01"):
                self.err(f"R{regno} !read_ok", EACCES)
        else:
            if regno == 10:
                self.err("frame pointer is read only", EACCES)
            if mark_unknown_dst:
                mark_reg_unknown(r)

    # -------------------------------------------------------------- ALU
    def check_alu_op(self, st: State, ins: Insn):
        regs = st.cur.regs
        op = ALU_OPS[ins.opcode & 0xF0]
        alu64 = (ins.opcode & 7) == BPF_ALU64
        src_x = (ins.opcode & 0x08) == BPF_X
        if op in ("end", "neg"):
            if op == "neg":
                if src_x or ins.src != 0 or ins.off != 0 or ins.imm != 0:
                    self.err("BPF_NEG uses reserved fields")
            else:
                if ins.src != 0 or ins.off != 0 or ins.imm not in (16, 32, 64) or alu64:
                    self.err("BPF_END uses reserved fields")
            self.check_reg_arg(st, ins.dst, True)
            self.check_reg_arg(st, ins.dst, False, mark_unknown_dst=True)
            return
        if op == "mov":
            if src_x:
                if ins.imm != 0 or ins.off != 0:
                    self.err("BPF_MOV uses reserved fields")
                self.check_reg_arg(st, ins.src, True)
            else:
                if ins.src != 0 or ins.off != 0:
                    self.err("BPF_MOV uses reserved fields")
            self.check_reg_arg(st, ins.dst, False)
            if src_x:
                s = regs[ins.src]
                if alu64:
                    if s.type == "scalar" and not s.id:
                        self.id_gen += 1
                        s.id = self.id_gen
                    regs[ins.dst] = s.copy()
                else:
                    if s.type == "scalar":
                        d = s.copy()
                        d.id = 0
                    else:
                        d = Reg()
                        mark_reg_unknown(d)
                    zext_32_to_64(d.b)
                    reg_bounds_sync(d.b)
                    regs[ins.dst] = d
            else:
                d = regs[ins.dst]
                mark_reg_unknown(d)
                mark_known(d.b, ins.imm if alu64 else u32(ins.imm))
            return
        if op not in ALU_STR or (ins.opcode & 0xF0) > 0xD0:
            self.err(f"invalid BPF_ALU opcode {ins.opcode & 0xF0:x}")
        if src_x:
            if ins.imm != 0 or ins.off != 0:
                self.err("BPF_ALU uses reserved fields")
            self.check_reg_arg(st, ins.src, True)
        else:
            if ins.src != 0 or ins.off != 0:
                self.err("BPF_ALU uses reserved fields")
        self.check_reg_arg(st, ins.dst, True)
        if op in ("mod", "div") and not src_x and ins.imm == 0:
            self.err("div by zero")
        if op in ("lsh", "rsh", "arsh") and not src_x:
            size = 64 if alu64 else 32
            if ins.imm < 0 or ins.imm >= size:
                self.err(f"invalid shift {ins.imm}")
        self.check_reg_arg(st, ins.dst, False)
        self.adjust_reg_min_max_vals(st, ins, op, alu64, src_x)

    def adjust_reg_min_max_vals(self, st, ins, op, alu64, src_x):
        regs = st.cur.regs
        dst = regs[ins.dst]
        ptr = dst if dst.type != "scalar" else None
        if dst.type == "scalar":
            dst.id = 0
        if src_x:
            src = regs[ins.src]
            if src.type != "scalar":
                if dst.type != "scalar":
                    if op == "sub":
                        mark_reg_unknown(dst)
                        return
                    self.err(f"R{ins.dst} pointer {ALU_STR[op]} pointer prohibited", EACCES)
                dst.precise = True
                return self.adjust_ptr(st, ins, op, alu64, ptr_reg=src, off_reg=dst.copy(),
                                       off_is_dst=True)
            if ptr is not None:
                src.precise = True
                return self.adjust_ptr(st, ins, op, alu64, ptr_reg=dst.copy(), off_reg=src,
                                       off_is_dst=False)
            srcb = src.b
            if dst.precise:
                src.precise = True
        else:
            srcb = Bounds()
            mark_known(srcb, ins.imm)
            if ptr is not None:
                off = Reg()
                mark_reg_known(off, ins.imm)
                return self.adjust_ptr(st, ins, op, alu64, ptr_reg=dst.copy(), off_reg=off,
                                       off_is_dst=False)
        if not adjust_scalar(dst.b, srcb.copy() if src_x else srcb, op, not alu64):
            mark_reg_unknown(dst)
            if not alu64:
                zext_32_to_64(dst.b)
                reg_bounds_sync(dst.b)

    def check_reg_sane_offset(self, r: Reg, tstr: str) -> None:
        b = r.b
        known = b.var_off.is_const()
        val = s64(b.var_off.value)
        if known and (val >= BPF_MAX_VAR_OFF or val <= -BPF_MAX_VAR_OFF):
            self.err(f"math between {tstr} pointer and {val} is not allowed", EACCES)
        if r.off >= BPF_MAX_VAR_OFF or r.off <= -BPF_MAX_VAR_OFF:
            self.err(f"{tstr} pointer offset {r.off} is not allowed", EACCES)
        if b.smin == S64_MIN:
            self.err(f"math between {tstr} pointer and register with unbounded min value is not allowed",
                     EACCES)
        if b.smin >= BPF_MAX_VAR_OFF or b.smin <= -BPF_MAX_VAR_OFF:
            self.err(f"value {b.smin} makes {tstr} pointer be out of bounds", EACCES)

    def adjust_ptr(self, st, ins, op, alu64, ptr_reg: Reg, off_reg: Reg, off_is_dst: bool):
        regs = st.cur.regs
        dno = ins.dst
        ob = off_reg.b
        known = ob.var_off.is_const()
        smin_val, smax_val, umin_val, umax_val = ob.smin, ob.smax, ob.umin, ob.umax
        dst = regs[dno]
        if ((known and (smin_val != smax_val or umin_val != umax_val)) or smin_val > smax_val
                or umin_val > umax_val):
            mark_reg_unknown(dst)
            return
        if not alu64:
            if op == "sub":
                mark_reg_unknown(dst)
                return
            self.err(f"R{dno} 32-bit pointer arithmetic prohibited", EACCES)
        if ptr_reg.maybe_null and self.rules.on("CORE-04"):
            self.err(f"R{dno} pointer arithmetic on {ptr_reg.tstr()} prohibited, null-check it first",
                     EACCES)
        if ptr_reg.type == "map_ptr" and not (known and smin_val == 0 and op == "add") or \
                ptr_reg.type in ("pkt_end", "sock", "sock_common", "tcp_sock", "xdp_sock"):
            self.err(f"R{dno} pointer arithmetic on {ptr_reg.tstr()} prohibited", EACCES)
        pb = ptr_reg.b
        new = ptr_reg.copy()
        tstr = ptr_reg.tstr()
        self.check_reg_sane_offset(off_reg, tstr)
        self.check_reg_sane_offset(ptr_reg, tstr)
        mark_32_unbounded(new.b)
        nb = new.b
        if op == "add":
            if known and -(1 << 31) <= ptr_reg.off + smin_val < (1 << 31):
                new.off = ptr_reg.off + smin_val
            else:
                if (pb.smin + smin_val < S64_MIN or pb.smin + smin_val > S64_MAX
                        or pb.smax + smax_val < S64_MIN or pb.smax + smax_val > S64_MAX):
                    nb.smin, nb.smax = S64_MIN, S64_MAX
                else:
                    nb.smin, nb.smax = pb.smin + smin_val, pb.smax + smax_val
                if pb.umin + umin_val > U64 or pb.umax + umax_val > U64:
                    nb.umin, nb.umax = 0, U64
                else:
                    nb.umin, nb.umax = pb.umin + umin_val, pb.umax + umax_val
                nb.var_off = tnum_add(pb.var_off, ob.var_off)
                if ptr_reg.is_pkt():
                    self.id_gen += 1
                    new.id = self.id_gen
                    new.range = 0
        elif op == "sub":
            if off_is_dst:
                self.err(f"R{dno} tried to subtract pointer from scalar", EACCES)
            if ptr_reg.type == "fp":
                self.err(f"R{dno} subtraction from stack pointer prohibited", EACCES)
            if known and -(1 << 31) <= ptr_reg.off - smin_val < (1 << 31):
                new.off = ptr_reg.off - smin_val
            else:
                if (pb.smin - smax_val < S64_MIN or pb.smin - smax_val > S64_MAX
                        or pb.smax - smin_val < S64_MIN or pb.smax - smin_val > S64_MAX):
                    nb.smin, nb.smax = S64_MIN, S64_MAX
                else:
                    nb.smin, nb.smax = pb.smin - smax_val, pb.smax - smin_val
                if pb.umin < umax_val:
                    nb.umin, nb.umax = 0, U64
                else:
                    nb.umin, nb.umax = pb.umin - umax_val, pb.umax - umin_val
                nb.var_off = tnum_sub(pb.var_off, ob.var_off)
                if ptr_reg.is_pkt():
                    self.id_gen += 1
                    new.id = self.id_gen
                    if smin_val < 0:
                        new.range = 0
        elif op in ("and", "or", "xor"):
            self.err(f"R{dno} bitwise operator {ALU_STR[op]} on pointer prohibited", EACCES)
        else:
            self.err(f"R{dno} pointer arithmetic with {ALU_STR[op]} operator prohibited", EACCES)
        self.check_reg_sane_offset(new, tstr)
        reg_bounds_sync(nb)
        regs[dno] = new

    # -------------------------------------------------------------- memory
    def check_ptr_alignment(self, r: Reg, off: int, size: int, strict_once=False):
        strict = self.strict_alignment or strict_once
        if r.is_pkt():
            if not strict:
                return
            ip_align = 2
            reg_off = tnum_add(r.b.var_off, tnum_const(ip_align + r.off + off))
            if not tnum_is_aligned(reg_off, size):
                self.err(f"misaligned packet access off {ip_align}+{r.b.var_off}+{r.off}+{off} size {size}",
                         EACCES)
            return
        desc = {"map_value": "value ", "map_key": "key ", "ctx": "context ", "fp": "stack ",
                "sock": "sock ", "sock_common": "sock_common ", "tcp_sock": "tcp_sock "}.get(r.type, "")
        if r.type == "fp":
            strict = True
        if not strict:
            return
        reg_off = tnum_add(r.b.var_off, tnum_const(r.off + off))
        if not tnum_is_aligned(reg_off, size):
            self.err(f"misaligned {desc}access off {r.b.var_off}+{r.off}+{off} size {size}", EACCES)

    def check_mem_access(self, st: State, regno: int, off: int, size: int, write: bool,
                         value_regno: int, strict_once=False, helper=False):
        regs = st.cur.regs
        r = regs[regno]
        self.check_ptr_alignment(r, off, size, strict_once)
        off += r.off
        t = r.type
        if r.maybe_null and t != "?":
            if t == "mem":
                self.err(f"R{regno} invalid mem access '{r.tstr()}'", EACCES)
            if self.rules.on("CORE-04"):
                self.err(f"R{regno} invalid mem access '{r.tstr()}'", EACCES)
        if t == "map_key":
            if write:
                self.err(f"write to change key R{regno} not allowed", EACCES)
            self.check_mem_region_access(r, regno, off, size, r.map.key_size, False)
            if value_regno >= 0:
                mark_reg_unknown(regs[value_regno])
        elif t == "map_value":
            self.check_map_access_type(r, regno, off, size, write)
            self.check_map_access(r, regno, off, size, False)
            if not write and value_regno >= 0:
                mark_reg_unknown(regs[value_regno])
        elif t == "mem":
            if write and r.rdonly:
                self.err(f"R{regno} cannot write into {r.tstr()}", EACCES)
            self.check_mem_region_access(r, regno, off, size, r.mem_size, False)
            if value_regno >= 0 and (not write or r.rdonly):
                mark_reg_unknown(regs[value_regno])
        elif t == "ctx":
            self.check_ptr_off_reg(r, regno)
            ok, rt = ctx_access(self.prog.prog_type, self.prog.expected_attach_type, off, size, write)
            if not ok:
                self.err(f"invalid bpf_context access off={off} size={size}", EACCES)
            if not write and value_regno >= 0:
                d = regs[value_regno]
                if rt is None and size == 8 and self.prog.prog_type in ("tracing", "lsm"):
                    # btf_ctx_access: pointer arguments are PTR_TO_BTF_ID (the IR carries no
                    # vmlinux BTF, so every u64 argument is taken as a BTF pointer)
                    mark_reg_known_zero(d, "ptr_")
                elif rt is None:
                    mark_reg_unknown(d)
                else:
                    mark_reg_known_zero(d, rt.replace("_or_null", ""))
                    if rt.endswith("_or_null"):
                        d.maybe_null = True
                        self.id_gen += 1
                        d.id = self.id_gen
        elif t == "fp":
            self.check_stack_access_within_bounds(st, r, regno, off, size, write, helper=False)
            frame = st.frames[r.frameno]
            self.update_stack_depth(frame, r.b.var_off.value + off if r.b.var_off.is_const()
                                    else r.b.smin + off)
            if write:
                self.check_stack_write(st, r, regno, off, size, value_regno)
            else:
                self.check_stack_read(st, r, regno, off, size, value_regno)
        elif r.is_pkt() and t != "pkt_end":
            self.check_packet_access(r, regno, off, size, False)
            if not write and value_regno >= 0:
                mark_reg_unknown(regs[value_regno])
        elif t == "map_ptr":
            # check_ptr_to_map_access: read-only access to struct bpf_map fields via BTF
            if write:
                self.err(f"only read from bpf_array is supported", EACCES)
            if off < 0:
                self.err(f"R{regno} is bpf_array invalid negative access: off={off}", EACCES)
            if value_regno >= 0:
                mark_reg_unknown(regs[value_regno])
        elif t in ("ptr_", "sock", "sock_common", "tcp_sock", "buf"):
            if not write and value_regno >= 0:
                mark_reg_unknown(regs[value_regno])
        else:
            self.err(f"R{regno} invalid mem access '{r.tstr()}'", EACCES)
        if value_regno >= 0 and not write and size < 8 and regs[value_regno].type == "scalar":
            coerce_reg_to_size(regs[value_regno].b, size)

    def check_ptr_off_reg(self, r: Reg, regno: int, fixed_off_ok=False):
        if r.off < 0:
            self.err(f"negative offset {r.tstr()} ptr R{regno} off={r.off} disallowed", EACCES)
        if not fixed_off_ok and r.off:
            self.err(f"dereference of modified {r.tstr()} ptr R{regno} off={r.off} disallowed",
                     EACCES)
        if not r.b.var_off.is_const() or r.b.var_off.value:
            self.err(f"variable {r.tstr()} access var_off={r.b.var_off} disallowed", EACCES)

    def mem_err(self, r: Reg, regno, off, size, mem_size):
        if r.type == "map_key":
            return f"invalid access to map key, key_size={mem_size} off={off} size={size}"
        if r.type == "map_value":
            return f"invalid access to map value, value_size={mem_size} off={off} size={size}"
        if r.type in ("pkt", "pkt_meta", "pkt_end"):
            return (f"invalid access to packet, off={off} size={size}, "
                    f"R{regno}(id={r.id},off={off},r={mem_size})")
        return f"invalid access to memory, mem_size={mem_size} off={off} size={size}"

    def _mem_ok(self, off, size, mem_size, zero_ok):
        size_ok = size > 0 or (size == 0 and zero_ok)
        return off >= 0 and size_ok and off + size <= mem_size

    def check_mem_region_access(self, r: Reg, regno, off, size, mem_size, zero_ok):
        b = r.b
        if r.type == "map_value" and not self.rules.on("AL-05"):
            return
        if b.smin < 0 and (b.smin == S64_MIN or not (-(1 << 31) <= off + b.smin < (1 << 31))
                           or b.smin + off < 0):
            self.err(f"R{regno} min value is negative, either use unsigned index or do a if (index >=0) check.",
                     EACCES)
        if not self._mem_ok(b.smin + off, size, mem_size, zero_ok):
            self.err([self.mem_err(r, regno, b.smin + off, size, mem_size),
                      f"R{regno} min value is outside of the allowed memory range"], EACCES)
        if b.umax >= BPF_MAX_VAR_OFF:
            self.err(f"R{regno} unbounded memory access, make sure to bounds check any such access",
                     EACCES)
        if not self._mem_ok(b.umax + off, size, mem_size, zero_ok):
            self.err([self.mem_err(r, regno, b.umax + off, size, mem_size),
                      f"R{regno} max value is outside of the allowed memory range"], EACCES)

    def check_map_access_type(self, r: Reg, regno, off, size, write):
        m = r.map
        if write and m.flags & BPF_F_RDONLY_PROG:
            self.err(f"write into map forbidden, value_size={m.value_size} off={off} size={size}",
                     EACCES)
        if not write and m.flags & BPF_F_WRONLY_PROG:
            self.err(f"read from map forbidden, value_size={m.value_size} off={off} size={size}",
                     EACCES)

    def check_map_access(self, r: Reg, regno, off, size, zero_ok):
        m = r.map
        self.check_mem_region_access(r, regno, off, size, m.value_size, zero_ok)
        if not self.rules.on("SL-10"):
            return
        b = r.b
        if m.spin_lock_off >= 0:
            lk = m.spin_lock_off
            if b.smin + off < lk + 4 and lk < b.umax + off + size:
                self.err("bpf_spin_lock cannot be accessed directly by load/store", EACCES)
        if m.timer_off >= 0:
            t = m.timer_off
            if b.smin + off < t + 16 and t < b.umax + off + size:
                self.err("bpf_timer cannot be accessed directly by load/store", EACCES)

    def check_packet_access(self, r: Reg, regno, off, size, zero_ok):
        if r.b.smin < 0:
            self.err(f"R{regno} min value is negative, either use unsigned index or do a if (index >=0) check.",
                     EACCES)
        if r.range < 0 or not self._mem_ok(off, size, r.range, zero_ok):
            lines = []
            if r.range >= 0:
                lines.append(self.mem_err(r, regno, off, size, r.range))
            lines.append(f"R{regno} offset is outside of the packet")
            self.err(lines, EACCES)

    # -------------------------------------------------------------- stack
    def update_stack_depth(self, frame: Frame, off: int):
        depth = -off
        sp = frame.subprogno
        if depth > self.stack_depth.get(sp, 0):
            self.stack_depth[sp] = depth

    def check_stack_access_within_bounds(self, st, r: Reg, regno, off, size, write, helper):
        extra = " indirect access to" if helper else (" write to" if write else " read from")
        frame = st.frames[r.frameno]
        b = r.b
        if b.var_off.is_const():
            min_off = s64(b.var_off.value) + off
            max_off = min_off + size - 1 if size > 0 else min_off
        else:
            if b.smax >= BPF_MAX_VAR_OFF or b.smin <= -BPF_MAX_VAR_OFF:
                self.err(f"invalid unbounded variable-offset{extra} stack R{regno}", EACCES)
            min_off = b.smin + off
            max_off = b.smax + off + size - 1 if size > 0 else min_off
        lo = -MAX_BPF_STACK if (write or helper) else -frame.allocated_stack
        if ALLOW_UNINIT_STACK and not write:
            lo = -MAX_BPF_STACK
        bad = not (lo <= min_off <= -1) or not (lo <= max_off <= -1)
        if bad and self.rules.on("CORE-02"):
            if b.var_off.is_const():
                self.err(f"invalid{extra} stack R{regno} off={off} size={size}", EACCES)
            self.err(f"invalid variable-offset{extra} stack R{regno} var_off={b.var_off} size={size}",
                     EACCES)

    def _slot(self, frame: Frame, spi: int) -> Slot:
        s = frame.stack.get(spi)
        if s is None:
            s = Slot()
            frame.stack[spi] = s
        return s

    def _grow(self, frame: Frame, off: int):
        need = ((-off) + 7) // 8 * 8
        if need > frame.allocated_stack:
            frame.allocated_stack = need

    def check_stack_write(self, st, r: Reg, regno, off, size, value_regno):
        frame = st.frames[r.frameno]
        if not r.b.var_off.is_const():
            # check_stack_write_var_off: bytes become MISC (or ZERO for a zero value)
            lo, hi = r.b.smin + off, r.b.smax + off + size
            self._grow(frame, lo)
            for a in range(lo, hi):
                slot = -a - 1
                sl = self._slot(frame, slot // 8)
                if sl.is_spilled():
                    sl.stype = [STACK_MISC if t == STACK_SPILL else t for t in sl.stype]
                    sl.spilled = None
                sl.stype[slot % 8] = STACK_MISC
            return
        off = s64(r.b.var_off.value) + off
        self._grow(frame, off)
        slot = -off - 1
        spi = slot // 8
        sl = self._slot(frame, spi)
        cur = st.cur
        reg = cur.regs[value_regno] if value_regno >= 0 else None
        if (reg is not None and off % 8 == 0 and reg.type == "scalar"
                and not is_unbounded(reg.b) and not reg.is_null()):
            self._save_reg(sl, reg, size)
        elif reg is not None and reg.type not in ("scalar", "?"):
            if size != 8:
                self.err("invalid size of register spill", EACCES)
            if frame is not cur and reg.type == "fp":
                self.err("cannot spill pointers to stack into stack frame of the caller")
            self._save_reg(sl, reg, size)
        else:
            typ = STACK_MISC
            if sl.is_spilled():
                sl.stype = [STACK_MISC if t == STACK_SPILL else t for t in sl.stype]
            sl.spilled = None
            if reg is not None and reg.is_null():
                typ = STACK_ZERO
            for i in range(size):
                sl.stype[(slot - i) % 8] = typ

    def _save_reg(self, sl: Slot, reg: Reg, size: int):
        sl.spilled = reg.copy()
        for i in range(8, 8 - size, -1):
            sl.stype[i - 1] = STACK_SPILL
        for i in range(8 - size, 0, -1):
            if sl.stype[i - 1] == STACK_SPILL:
                sl.stype[i - 1] = STACK_MISC

    def check_stack_read(self, st, r: Reg, regno, off, size, value_regno):
        frame = st.frames[r.frameno]
        regs = st.cur.regs
        if not r.b.var_off.is_const():
            lo, hi = r.b.smin + off, r.b.smax + off + size
            for a in range(lo, hi):
                slot = -a - 1
                sl = frame.stack.get(slot // 8)
                t = sl.stype[slot % 8] if sl else STACK_INVALID
                if t == STACK_INVALID and not ALLOW_UNINIT_STACK:
                    self.err(f"invalid variable-offset read from stack R{regno} var_off={r.b.var_off} "
                             f"off={off} size={size}", EACCES)
            if value_regno >= 0:
                mark_reg_unknown(regs[value_regno])
            return
        off = s64(r.b.var_off.value) + off
        slot = -off - 1
        spi = slot // 8
        sl = frame.stack.get(spi) or Slot()
        stype = sl.stype
        if sl.is_spilled():
            spill_size = 1
            i = 7
            while i > 0 and stype[i - 1] == STACK_SPILL:
                spill_size += 1
                i -= 1
            sp = sl.spilled
            if size != 8 or spill_size != 8:
                if sp.type != "scalar":
                    self.err("invalid size of register fill", EACCES)
                if value_regno < 0:
                    return
                if off % 8 == 0 and size == spill_size:
                    regs[value_regno] = sp.copy()
                else:
                    for i in range(size):
                        t = stype[(slot - i) % 8]
                        if t in (STACK_SPILL, STACK_MISC):
                            continue
                        if t == STACK_INVALID and ALLOW_UNINIT_STACK:
                            continue
                        self.err(f"invalid read from stack off {off}+{i} size {size}", EACCES)
                    mark_reg_unknown(regs[value_regno])
                return
            if value_regno >= 0:
                regs[value_regno] = sp.copy()
            return
        zeros = 0
        for i in range(size):
            t = stype[(slot - i) % 8]
            if t == STACK_MISC:
                continue
            if t == STACK_ZERO:
                zeros += 1
                continue
            if t == STACK_INVALID and ALLOW_UNINIT_STACK:
                continue
            if self.rules.on("CORE-03"):
                self.err(f"invalid read from stack off {off}+{i} size {size}", EACCES)
        if value_regno >= 0:
            if zeros == size:
                mark_reg_known(regs[value_regno], 0)
            else:
                mark_reg_unknown(regs[value_regno])

    def check_stack_range_initialized(self, st, r: Reg, regno, off, size, zero_ok, meta):
        if size == 0 and not zero_ok:
            self.err("invalid zero-sized read", EACCES)
        self.check_stack_access_within_bounds(st, r, regno, off, size, True, helper=True)
        frame = st.frames[r.frameno]
        b = r.b
        if b.var_off.is_const():
            min_off = max_off = s64(b.var_off.value) + off
        else:
            if meta is not None and meta.get("raw_mode"):
                meta = None
            min_off, max_off = b.smin + off, b.smax + off
        if meta is not None and meta.get("raw_mode"):
            meta["access_size"] = size
            meta["regno"] = regno
            return
        for i in range(min_off, max_off + size):
            slot = -i - 1
            spi = slot // 8
            sl = frame.stack.get(spi)
            ok = False
            if frame.allocated_stack > slot and sl is not None:
                t = sl.stype[slot % 8]
                if t == STACK_MISC:
                    ok = True
                elif t == STACK_ZERO:
                    sl.stype[slot % 8] = STACK_MISC
                    ok = True
                elif sl.is_spilled():
                    # a helper may write anything: the spilled register becomes misc bytes
                    sl.stype = [STACK_MISC if x == STACK_SPILL else x for x in sl.stype]
                    sl.spilled = None
                    ok = True
                elif t == STACK_INVALID and ALLOW_UNINIT_STACK:
                    sl.stype[slot % 8] = STACK_MISC
                    ok = True
            elif ALLOW_UNINIT_STACK:
                ok = True
            if not ok and self.rules.on("CORE-03"):
                if b.var_off.is_const():
                    self.err(f"invalid indirect read from stack R{regno} off {min_off}+{i - min_off} size {size}",
                             EACCES)
                self.err(f"invalid indirect read from stack R{regno} var_off {b.var_off}+{i - min_off} size {size}",
                         EACCES)
        self.update_stack_depth(frame, min_off)

    # -------------------------------------------------------------- helper memory
    def check_helper_mem_access(self, st, regno, size, zero_ok, meta):
        r = st.cur.regs[regno]
        t = r.type
        raw = bool(meta and meta.get("raw_mode"))
        if t in ("pkt", "pkt_meta"):
            return self.check_packet_access(r, regno, r.off, size, zero_ok)
        if t == "map_key":
            if raw:
                self.err(f"R{regno} cannot write into {r.tstr()}", EACCES)
            return self.check_mem_region_access(r, regno, r.off, size, r.map.key_size, False)
        if t == "map_value":
            self.check_map_access_type(r, regno, r.off, size, raw)
            return self.check_map_access(r, regno, r.off, size, zero_ok)
        if t == "mem":
            if r.rdonly and raw:
                self.err(f"R{regno} cannot write into {r.tstr()}", EACCES)
            return self.check_mem_region_access(r, regno, r.off, size, r.mem_size, zero_ok)
        if t == "fp":
            return self.check_stack_range_initialized(st, r, regno, r.off, size, zero_ok, meta)
        if t == "ctx" and self.prog.prog_type == "syscall":
            if size == 0:
                if zero_ok:
                    return
                self.err("invalid zero-sized read", EACCES)
            return self.check_mem_access(st, regno, size - 1, 1, raw, -1)
        if zero_ok and size == 0 and r.is_null():
            return
        self.err(f"R{regno} type={r.tstr()} expected=fp", EACCES)

    def check_mem_size_reg(self, st, regno, zero_ok, meta):
        r = st.cur.regs[regno]
        r.precise = True
        if not r.b.var_off.is_const():
            meta = None
        if r.b.smin < 0:
            self.err(f"R{regno} min value is negative, either use unsigned or 'var &= const'", EACCES)
        if r.b.umin == 0:
            self.check_helper_mem_access(st, regno - 1, 0, zero_ok, meta)
        if r.b.umax >= BPF_MAX_VAR_SIZ:
            self.err(f"R{regno} unbounded memory access, use 'var &= const' or 'if (var < const)'",
                     EACCES)
        self.check_helper_mem_access(st, regno - 1, r.b.umax, zero_ok, meta)

    # -------------------------------------------------------------- helper calls
    COMPATIBLE = {
        "ARG_PTR_TO_MAP_KEY": ["fp", "pkt", "pkt_meta", "map_key", "map_value"],
        "ARG_PTR_TO_MAP_VALUE": ["fp", "pkt", "pkt_meta", "map_key", "map_value"],
        "ARG_PTR_TO_UNINIT_MAP_VALUE": ["fp", "pkt", "pkt_meta", "map_key", "map_value"],
        "ARG_PTR_TO_MEM": ["fp", "pkt", "pkt_meta", "map_key", "map_value", "mem", "alloc_mem",
                           "buf", "rdonly_buf"],
        "ARG_PTR_TO_UNINIT_MEM": ["fp", "pkt", "pkt_meta", "map_key", "map_value", "mem",
                                  "alloc_mem", "buf", "rdonly_buf"],
        "ARG_CONST_SIZE": ["scalar"], "ARG_CONST_SIZE_OR_ZERO": ["scalar"],
        "ARG_CONST_ALLOC_SIZE_OR_ZERO": ["scalar"],
        "ARG_CONST_MAP_PTR": ["map_ptr"], "ARG_PTR_TO_CTX": ["ctx"],
        "ARG_PTR_TO_SPIN_LOCK": ["map_value"], "ARG_PTR_TO_TIMER": ["map_value"],
        "ARG_PTR_TO_FUNC": ["func"], "ARG_PTR_TO_STACK": ["fp"],
        "ARG_PTR_TO_LONG": ["fp", "pkt", "pkt_meta", "map_key", "map_value"],
        "ARG_PTR_TO_INT": ["fp", "pkt", "pkt_meta", "map_key", "map_value"],
        "ARG_PTR_TO_CONST_STR": ["map_value"], "ARG_PTR_TO_KPTR": ["map_value"],
        "ARG_PTR_TO_ALLOC_MEM": ["alloc_mem"],
        "ARG_PTR_TO_SOCK_COMMON": ["sock_common", "sock", "tcp_sock", "xdp_sock"],
        "ARG_PTR_TO_SOCKET": ["sock"],
        "ARG_PTR_TO_BTF_ID": ["ptr_"], "ARG_PTR_TO_BTF_ID_SOCK_COMMON":
            ["sock_common", "sock", "tcp_sock", "xdp_sock", "ptr_", "ptr_"],
        "ARG_PTR_TO_PERCPU_BTF_ID": ["percpu_ptr_"], "ARG_PTR_TO_DYNPTR": ["fp"],
    }

    def _reg_type_key(self, r: Reg, arg_flags):
        s = r.type
        if r.rdonly and "MEM_RDONLY" not in arg_flags:
            s = "rdonly_" + s
        if r.maybe_null and "PTR_MAYBE_NULL" not in arg_flags:
            s += "_or_null"
        return s

    def check_func_arg(self, st, argno, arg, meta, fn):
        regno = argno + 1
        if arg in (H.ARG_DONTCARE,):
            return
        self.check_reg_arg(st, regno, True)
        r = st.cur.regs[regno]
        if arg == H.ARG_ANYTHING:
            return
        base, *flags = arg.split("|")
        if r.is_pkt() and not self.may_access_direct_pkt_data(meta):
            self.err("helper access to the packet is not allowed", EACCES)
        if r.is_null() and "PTR_MAYBE_NULL" in flags:
            pass
        elif self.rules.on("CORE-08"):
            compat = self.COMPATIBLE.get(base)
            if compat is not None:
                k = self._reg_type_key(r, flags)
                if k not in compat:
                    self.err(f"R{regno} type={r.tstr()} expected={', '.join(compat)}", EACCES)
            if r.type in ("ctx", "map_ptr", "func", "sock", "sock_common", "tcp_sock") and \
                    base != "ARG_PTR_TO_ALLOC_MEM":
                self.check_ptr_off_reg(r, regno)
        if base == "ARG_CONST_MAP_PTR":
            if meta.get("map") is not None:
                if meta["map"] is not r.map or meta.get("map_uid", 0) != r.map_uid:
                    self.err(f"timer pointer in R1 map_uid={meta.get('map_uid', 0)} doesn't match "
                             f"map pointer in R2 map_uid={r.map_uid}", EACCES)
            meta["map"] = r.map
            meta["map_uid"] = r.map_uid
            meta["map_regno"] = regno
        elif base == "ARG_PTR_TO_MAP_KEY":
            if meta.get("map") is None:
                self.err("invalid map_ptr to access map->key", EACCES)
            self.check_helper_mem_access(st, regno, meta["map"].key_size, False, None)
            meta["key_regno"] = regno
        elif base in ("ARG_PTR_TO_MAP_VALUE", "ARG_PTR_TO_UNINIT_MAP_VALUE"):
            if "PTR_MAYBE_NULL" in flags and r.is_null():
                return
            if meta.get("map") is None:
                self.err("invalid map_ptr to access map->value", EACCES)
            meta["raw_mode"] = base == "ARG_PTR_TO_UNINIT_MAP_VALUE"
            self.check_helper_mem_access(st, regno, meta["map"].value_size, False, meta)
        elif base in ("ARG_PTR_TO_SPIN_LOCK", "ARG_PTR_TO_TIMER"):
            try:       # check_func_arg turns any failure here into -EACCES
                if base == "ARG_PTR_TO_SPIN_LOCK":
                    self.process_spin_lock(st, regno, fn.id == FUNC_spin_lock)
                else:
                    self.process_timer_func(st, regno, meta)
            except VerifierError as e:
                e.errno = EACCES
                raise
        elif base == "ARG_PTR_TO_FUNC":
            meta["subprogno"] = r.subprogno
        elif base in ("ARG_PTR_TO_MEM", "ARG_PTR_TO_UNINIT_MEM"):
            meta["raw_mode"] = base == "ARG_PTR_TO_UNINIT_MEM"
        elif base in ("ARG_CONST_SIZE", "ARG_CONST_SIZE_OR_ZERO"):
            self.check_mem_size_reg(st, regno, base == "ARG_CONST_SIZE_OR_ZERO", meta)
        elif base == "ARG_CONST_ALLOC_SIZE_OR_ZERO":
            if not r.b.var_off.is_const():
                self.err(f"R{regno} is not a known constant'", EACCES)
            meta["mem_size"] = r.b.var_off.value
        elif base in ("ARG_PTR_TO_LONG", "ARG_PTR_TO_INT"):
            size = 8 if base == "ARG_PTR_TO_LONG" else 4
            self.check_helper_mem_access(st, regno, size, False, meta)
            self.check_ptr_alignment(r, 0, size, True)

    def may_access_direct_pkt_data(self, meta) -> bool:
        pt = self.prog.prog_type
        if pt in ("socket_filter", "lwt_in", "lwt_out", "lwt_seg6local", "sk_reuseport",
                  "flow_dissector", "cgroup_skb"):
            return bool(meta and meta.get("pkt_access")) and pt != "socket_filter" or \
                (pt == "cgroup_skb" and bool(meta and meta.get("pkt_access")))
        if pt in ("sched_cls", "sched_act", "xdp", "lwt_xmit", "sk_skb", "sk_msg"):
            return True
        return False

    def process_spin_lock(self, st, regno, is_lock):
        r = st.cur.regs[regno]
        m = r.map
        if not r.b.var_off.is_const():
            self.err(f"R{regno} doesn't have constant offset. bpf_spin_lock has to be at the constant offset")
        name = (m.name or "")[:15]
        if not m.has_btf or m.spin_lock_off == FIELD_NO_BTF:
            self.err(f"map '{name}' has to have BTF in order to use bpf_spin_lock")
        if m.spin_lock_off < 0:
            if m.spin_lock_off == FIELD_E2BIG:
                self.err(f"map '{name}' has more than one 'struct bpf_spin_lock'")
            if m.spin_lock_off == FIELD_ENOENT:
                self.err(f"map '{name}' doesn't have 'struct bpf_spin_lock'")
            self.err(f"map '{name}' is not a struct type or bpf_spin_lock is mangled")
        val = s64(r.b.var_off.value + r.off)
        if m.spin_lock_off != val and self.rules.on("SL-04"):
            self.err(f"off {val} doesn't point to 'struct bpf_spin_lock'")
        on = self.rules.on("SL-06")
        if is_lock:
            if st.active_spin_lock and on:
                self.err("Locking two bpf_spin_locks are not allowed")
            st.active_spin_lock = r.id
        else:
            if not st.active_spin_lock and on:
                self.err("bpf_spin_unlock without taking a lock")
            if st.active_spin_lock != r.id and on:
                self.err("bpf_spin_unlock of different lock")
            st.active_spin_lock = 0

    def process_timer_func(self, st, regno, meta):
        r = st.cur.regs[regno]
        m = r.map
        if not r.b.var_off.is_const():
            self.err(f"R{regno} doesn't have constant offset. bpf_timer has to be at the constant offset")
        name = (m.name or "")[:15]
        if not m.has_btf or m.timer_off == FIELD_NO_BTF:
            self.err(f"map '{name}' has to have BTF in order to use bpf_timer")
        if m.timer_off < 0:
            if m.timer_off == FIELD_E2BIG:
                self.err(f"map '{name}' has more than one 'struct bpf_timer'")
            if m.timer_off == FIELD_ENOENT:
                self.err(f"map '{name}' doesn't have 'struct bpf_timer'")
            self.err(f"map '{name}' is not a struct type or bpf_timer is mangled")
        val = s64(r.b.var_off.value + r.off)
        if m.timer_off != val:
            self.err(f"off {val} doesn't point to 'struct bpf_timer' that is at {m.timer_off}")
        if meta.get("map") is not None:
            self.err("verifier bug. Two map pointers in a timer helper", EFAULT)
        meta["map"] = m
        meta["map_uid"] = r.map_uid

    def check_helper_call(self, st: State, ins: Insn, idx: int):
        func_id = ins.imm
        rs = self.rules
        proposed_sleepable_cb = (rs.per_callback_sleepable
                                 and func_id == PROPOSED_HELPERS["timer_set_sleepable_cb"])
        if proposed_sleepable_cb:
            fn = H.HELPERS[FUNC_timer_set_callback]
        else:
            if func_id < 0 or func_id >= H.MAX_HELPER_ID or func_id == 0:
                self.err(f"invalid func {H.func_id_name(func_id)}#{func_id}")
            fn = H.HELPERS.get(func_id)
            if fn is None or not H.offered(fn, self.prog.prog_type):
                self.err(f"unknown func {H.func_id_name(func_id)}#{func_id}")
        if fn.gpl_only and not _gpl_compatible(self.prog.license):
            self.err("cannot call GPL-restricted function from non-GPL compatible program")
        if fn.name in ("ima_inode_hash", "ima_file_hash") and \
                not self.rules.sleepable_table.lsm_ok(self.prog.attach_target or ""):
            self.err("helper call is not allowed in probe")
        if fn.name == "d_path" and self.prog.prog_type not in ("lsm", "tracing"):
            self.err("helper call is not allowed in probe")
        if fn.might_sleep and not st.in_sleepable and rs.on("SP-03"):
            self.err("helper call might sleep in a non-sleepable prog")
        meta = {"pkt_access": fn.pkt_access, "func_id": fn.id}
        for i, a in enumerate(fn.args):
            self.check_func_arg(st, i, a, meta, fn)
        self.record_func_map(st, meta, fn.id, idx)
        self.record_func_key(st, meta, fn.id, idx)
        if meta.get("access_size"):
            regno = meta["regno"]
            for i in range(meta["access_size"]):
                self.check_mem_access(st, regno, i, 1, True, -1)
        regs = st.cur.regs
        caller = st.cur
        if fn.name in RELEASE_HELPERS:
            rel = regs[1]
            if not rel.ref_obj_id:
                self.err(f"R1 must be referenced when passed to release function", EINVAL)
            st.refs = [x for x in st.refs if x[0] != rel.ref_obj_id]
            for r in st.all_regs():
                if r.ref_obj_id == rel.ref_obj_id and r.type != "?":
                    mark_reg_unknown(r)
        if fn.id == FUNC_tail_call:
            if st.refs and rs.on("TC-03"):
                self.err("tail_call would lead to reference leak")
        entered_callback = False
        if fn.callback == "sync":
            self.check_func_call_common(st, ins, idx, meta.get("subprogno", 0),
                                        kind=fn.name)
            entered_callback = True
        elif fn.callback == "async":
            self.check_func_call_common(st, ins, idx, meta.get("subprogno", 0),
                                        kind="timer", sleepable_cb=proposed_sleepable_cb)
        for i in range(1, 6):
            mark_reg_not_init(caller.regs[i])
        r0 = caller.regs[0]
        ret = fn.ret
        if ret == H.RET_INTEGER:
            mark_reg_unknown(r0)
        elif ret == H.RET_VOID:
            mark_reg_not_init(r0)
        elif ret.startswith("RET_PTR_TO_MAP_VALUE"):
            mark_reg_known_zero(r0, "map_value")
            m = meta.get("map")
            if m is None:
                self.err("kernel subsystem misconfigured verifier", EINVAL)
            r0.map = m
            r0.map_uid = meta.get("map_uid", 0)
            if ret.endswith("_OR_NULL"):
                r0.maybe_null = True
            elif m.spin_lock_off >= 0:
                self.id_gen += 1
                r0.id = self.id_gen
        elif ret == H.RET_PTR_TO_MEM_OR_NULL:
            mark_reg_known_zero(r0, "mem")
            r0.maybe_null = True
            r0.mem_size = meta.get("mem_size", 0)
        elif ret in (H.RET_PTR_TO_SOCKET_OR_NULL, H.RET_PTR_TO_SOCK_COMMON_OR_NULL,
                     H.RET_PTR_TO_TCP_SOCK_OR_NULL):
            mark_reg_known_zero(r0, {"RET_PTR_TO_SOCKET_OR_NULL": "sock",
                                     "RET_PTR_TO_SOCK_COMMON_OR_NULL": "sock_common",
                                     "RET_PTR_TO_TCP_SOCK_OR_NULL": "tcp_sock"}[ret])
            r0.maybe_null = True
        else:
            mark_reg_known_zero(r0, "ptr_")
            r0.maybe_null = ret.endswith("_OR_NULL")
        if r0.maybe_null:
            self.id_gen += 1
            r0.id = self.id_gen
        if fn.name in ACQUIRE_HELPERS:
            r0.ref_obj_id = r0.id
            st.refs.append((r0.id, idx))
        self.check_map_func_compatibility(meta.get("map"), fn)
        if fn.changes_pkt_data:
            for r in st.all_regs():
                if r.type in ("pkt", "pkt_meta", "pkt_end"):
                    mark_reg_unknown(r)
        return entered_callback

    def record_func_map(self, st, meta, func_id, idx):
        if func_id not in (FUNC_tail_call, 1, 2, 3, 87, 88, 89, 164, 51, 195):
            return
        m = meta.get("map")
        if m is None:
            self.err("kernel subsystem misconfigured verifier")
        if func_id == FUNC_tail_call and m.map_type != "prog_array":
            self.err("kernel subsystem misconfigured verifier")
        if m.flags & BPF_F_RDONLY_PROG and func_id in (2, 3, 87, 88):
            self.err("write into map forbidden", EACCES)
        prev = self.map_state.get(idx)
        if prev is None:
            self.map_state[idx] = m
        elif prev is not m and prev != "poison":
            self.map_state[idx] = "poison"

    def record_func_key(self, st, meta, func_id, idx):
        if func_id != FUNC_tail_call:
            return
        r3 = st.cur.regs[3]
        m = meta.get("map")
        prev = self.key_state.get(idx, "unset")
        if prev == "poison":
            return
        if r3.type == "scalar" and r3.b.var_off.is_const() and m is not None and \
                r3.b.var_off.value < m.max_entries:
            val = r3.b.var_off.value
            if prev == "unset":
                self.key_state[idx] = val
            elif prev != val:
                self.key_state[idx] = "poison"
        else:
            self.key_state[idx] = "poison"

    def check_map_func_compatibility(self, m: Optional[Map], fn):
        if m is None:
            return
        fid, name = fn.id, fn.kname
        t = m.map_type

        def bad():
            self.err(f"cannot pass map_type {m.type_id} into func {name}#{fid}")

        allowed = {
            "prog_array": {FUNC_tail_call},
            "perf_event_array": {25, 22, 55, 111, 121},
            "ringbuf": {130, 131, 134, 198, 199, 200},
            "user_ringbuf": {209},
            "stack_trace": {27},
            "cgroup_array": {33, 37},
            "cgroup_storage": {81}, "percpu_cgroup_storage": {81},
            "devmap": {51, 1}, "devmap_hash": {51, 1},
            "cpumap": {51}, "xskmap": {51, 1},
            "array_of_maps": {1}, "hash_of_maps": {1},
            "sockmap": {52, 53, 60, 1, 3, 2, 82},
            "sockhash": {72, 70, 71, 1, 3, 2, 82},
            "reuseport_sockarray": {82, 1, 3, 2},
            "queue": {87, 88, 89, 2}, "stack": {87, 88, 89, 2},
            "sk_storage": {107, 108}, "inode_storage": {145, 146}, "task_storage": {156, 157},
            "bloom_filter": {89, 87},
        }
        if t in allowed and fid not in allowed[t]:
            bad()
        needs = {FUNC_tail_call: {"prog_array"}, 25: {"perf_event_array"},
                 22: {"perf_event_array"}, 55: {"perf_event_array"}, 111: {"perf_event_array"},
                 121: {"perf_event_array"}, 130: {"ringbuf"}, 131: {"ringbuf"},
                 134: {"ringbuf"}, 27: {"stack_trace"}, 33: {"cgroup_array"},
                 37: {"cgroup_array"}, 81: {"cgroup_storage", "percpu_cgroup_storage"},
                 51: {"devmap", "devmap_hash", "cpumap", "xskmap"},
                 52: {"sockmap"}, 60: {"sockmap"}, 53: {"sockmap"}, 72: {"sockhash"},
                 71: {"sockhash"}, 70: {"sockhash"},
                 87: {"queue", "stack", "bloom_filter"}, 88: {"queue", "stack"},
                 89: {"queue", "stack", "bloom_filter"},
                 107: {"sk_storage"}, 108: {"sk_storage"}, 145: {"inode_storage"},
                 146: {"inode_storage"}, 156: {"task_storage"}, 157: {"task_storage"},
                 195: {"percpu_array", "percpu_hash", "lru_percpu_hash"}}
        if fid in needs and t not in needs[fid]:
            bad()
        if fid == FUNC_tail_call and len(self.subprogs) > 1 and not self.jit:
            self.err("tail_calls are not allowed in non-JITed programs with bpf-to-bpf calls")

    # -------------------------------------------------------------- bpf2bpf / callbacks
    def check_func_call_common(self, st: State, ins: Insn, idx: int, subprog: int, kind: str,
                               sleepable_cb=False):
        """__check_func_call. kind: "call" (bpf2bpf), "timer" (async), or a sync-callback helper."""
        if len(st.frames) >= MAX_CALL_FRAMES:
            self.err(f"the call stack of {len(st.frames) + 1} frames is too deep", E2BIG)
        caller = st.cur
        is_global = self.subprog_global.get(subprog, False)
        if is_global and kind == "call":
            for i in range(1, 6):
                mark_reg_not_init(caller.regs[i])
            mark_reg_unknown(caller.regs[0])
            return False
        if kind == "timer":
            self.is_async_cb[subprog] = True
            if sleepable_cb:
                self.sleepable_cb.add(subprog)
            cb = State()
            f = Frame(0, subprog, -1)
            cb.frames.append(f)
            m = caller.regs[1].map
            for regno, t in ((1, "map_ptr"), (2, "map_key"), (3, "map_value")):
                mark_reg_known_zero(f.regs[regno], t)
                f.regs[regno].map = m
            f.in_async_callback_fn = True
            f.callback_ret_range = tnum_range(0, 1)
            if self.rules.per_callback_sleepable:
                cb.in_sleepable = sleepable_cb
            else:
                cb.in_sleepable = bool(self.sleepable)
            cb.parent = None
            self.push_state(cb, self.subprogs[subprog])
            for i in range(1, 6):
                mark_reg_not_init(caller.regs[i])
            mark_reg_unknown(caller.regs[0])
            return False
        callee = Frame(len(st.frames), subprog, idx)
        if kind == "call":
            for i in range(1, 6):
                callee.regs[i] = caller.regs[i].copy()
        elif kind == "loop":
            mark_reg_unknown(callee.regs[1])
            callee.regs[2] = caller.regs[3].copy()
            callee.in_callback_fn = True
        elif kind == "for_each_map_elem":
            m = caller.regs[1].map
            callee.regs[1] = caller.regs[1].copy()
            mark_reg_known_zero(callee.regs[2], "map_key")
            callee.regs[2].map = m
            mark_reg_known_zero(callee.regs[3], "map_value")
            callee.regs[3].map = m
            callee.regs[4] = caller.regs[3].copy()
            callee.in_callback_fn = True
        else:   # find_vma, user_ringbuf_drain: generic two-argument callback
            mark_reg_unknown(callee.regs[1])
            callee.regs[2] = caller.regs[3].copy()
            callee.in_callback_fn = True
        callee.callback_ret_range = tnum_range(0, 1)
        if kind == "call":
            for i in range(1, 6):
                mark_reg_not_init(caller.regs[i])
        st.frames.append(callee)
        return True

    def prepare_func_exit(self, st: State) -> int:
        callee = st.cur
        r0 = callee.regs[0]
        if r0.type == "fp":
            self.err("cannot return stack pointer to the caller")
        caller = st.frames[-2]
        if callee.in_callback_fn:
            if r0.type != "scalar":
                self.err("R0 not a scalar value", EACCES)
            if not tnum_in(callee.callback_ret_range, r0.b.var_off):
                self.err(self._invalid_scalar(r0, callee.callback_ret_range, "callback return", "R0"))
        else:
            caller.regs[0] = r0.copy()
        st.frames.pop()
        return callee.callsite + 1

    @staticmethod
    def _invalid_scalar(r: Reg, rng: Tnum, ctx: str, name: str) -> str:
        s = f"At {ctx} the register {name} "
        if not r.b.var_off.is_unknown():
            s += f"has value {r.b.var_off}"
        else:
            s += "has unknown scalar value"
        return s + f" should have been in {rng}"

    # -------------------------------------------------------------- exit / return code
    def check_return_code(self, st: State):
        p = self.prog
        f = st.frames[0]
        is_subprog = f.subprogno != 0
        if not is_subprog and p.prog_type in ("struct_ops", "lsm") and \
                (p.attach_target or "") in self.rules.sleepable_table.void_lsm_hooks and \
                p.expected_attach_type != "lsm_cgroup":
            return
        self.check_reg_arg(st, 0, True)
        r0 = f.regs[0]
        if f.in_async_callback_fn:
            if r0.type != "scalar":
                self.err(f"In async callback the register R0 is not a known value ({r0.tstr()})")
            if not tnum_in(tnum_const(0), r0.b.var_off):
                self.err(self._invalid_scalar(r0, tnum_const(0), "async callback", "R0"))
            return
        if is_subprog:
            if r0.type != "scalar":
                self.err(f"At subprogram exit the register R0 is not a scalar value ({r0.tstr()})")
            return
        rng = tnum_range(0, 1)
        pt = p.prog_type
        at = p.expected_attach_type or ""
        if pt == "cgroup_skb":
            if at == "cgroup_inet_egress":
                rng = tnum_range(0, 3)
        elif pt in ("cgroup_sock", "sock_ops", "cgroup_device", "cgroup_sysctl",
                    "cgroup_sockopt", "cgroup_sock_addr"):
            pass
        elif pt == "raw_tracepoint":
            return
        elif pt == "tracing":
            if at in ("trace_fentry", "trace_fexit"):
                rng = tnum_const(0)
            elif at in ("trace_raw_tp", "modify_return"):
                return
            elif at == "trace_iter":
                pass
            else:
                return
        elif pt == "sk_lookup":
            rng = tnum_range(0, 1)
        elif pt == "lsm":
            if at != "lsm_cgroup":
                return
        else:
            return
        if not self.rules.on("CORE-07"):
            return
        if r0.type != "scalar":
            self.err(f"At program exit the register R0 is not a known value ({r0.tstr()})")
        if not tnum_in(rng, r0.b.var_off):
            self.err(self._invalid_scalar(r0, rng, "program exit", "R0"))

    # -------------------------------------------------------------- conditional jumps
    def check_cond_jmp_op(self, st: State, ins: Insn, idx: int) -> int:
        """Returns the next insn index for the current path; may push the other branch."""
        regs = st.cur.regs
        op = JMP_OPS.get(ins.opcode & 0xF0)
        if op is None:
            self.err(f"invalid BPF_JMP/JMP32 opcode {ins.opcode & 0xF0:x}")
        src_x = (ins.opcode & 0x08) == BPF_X
        src = None
        if src_x:
            if ins.imm != 0:
                self.err("BPF_JMP/JMP32 uses reserved fields")
            self.check_reg_arg(st, ins.src, True)
            src = regs[ins.src]
        else:
            if ins.src != 0:
                self.err("BPF_JMP/JMP32 uses reserved fields")
        self.check_reg_arg(st, ins.dst, True)
        dst = regs[ins.dst]
        jmp32 = (ins.opcode & 7) == BPF_JMP32
        pred = -1
        if not src_x:
            pred = self.is_branch_taken(dst, s64(ins.imm), op, jmp32)
        elif src.type == "scalar" and jmp32 and tnum_subreg(src.b.var_off).is_const():
            pred = self.is_branch_taken(dst, tnum_subreg(src.b.var_off).value, op, jmp32)
        elif src.type == "scalar" and not jmp32 and src.b.var_off.is_const():
            pred = self.is_branch_taken(dst, src.b.var_off.value, op, jmp32)
        if pred >= 0:
            if dst.type == "scalar":
                dst.precise = True
            if src is not None and src.type == "scalar":
                src.precise = True
        target = idx + ins.off + 1
        if pred == 1:
            return target
        if pred == 0:
            return idx + 1
        other = st.copy()
        oregs = other.cur.regs
        if src_x:
            if dst.type == "scalar" and src.type == "scalar":
                if src.b.var_off.is_const() or (jmp32 and tnum_subreg(src.b.var_off).is_const()):
                    reg_set_min_max(oregs[ins.dst].b, dst.b, src.b.var_off.value,
                                    tnum_subreg(src.b.var_off).value, op, jmp32)
                elif dst.b.var_off.is_const() or (jmp32 and tnum_subreg(dst.b.var_off).is_const()):
                    reg_set_min_max(oregs[ins.src].b, src.b, dst.b.var_off.value,
                                    tnum_subreg(dst.b.var_off).value, FLIP[op], jmp32)
                elif not jmp32 and op in ("jeq", "jne"):
                    if op == "jeq":
                        combine_min_max(oregs[ins.src].b, oregs[ins.dst].b)
                    else:
                        combine_min_max(src.b, dst.b)
                if src.id:
                    self.find_equal_scalars(st, src)
                    self.find_equal_scalars(other, oregs[ins.src])
        elif dst.type == "scalar":
            reg_set_min_max(oregs[ins.dst].b, dst.b, s64(ins.imm), u32(ins.imm), op, jmp32)
        if dst.type == "scalar" and dst.id:
            self.find_equal_scalars(st, dst)
            self.find_equal_scalars(other, oregs[ins.dst])
        if (not jmp32 and not src_x and ins.imm == 0 and op in ("jeq", "jne")
                and dst.maybe_null):
            self.mark_ptr_or_null_regs(st, ins.dst, op == "jne")
            self.mark_ptr_or_null_regs(other, ins.dst, op == "jeq")
        elif src_x and not jmp32:
            self.try_match_pkt_pointers(op, dst, src, st, other, ins)
        self.push_state(other, target)
        return idx + 1

    def is_branch_taken(self, r: Reg, val: int, op: str, jmp32: bool) -> int:
        if r.type != "scalar":
            if r.maybe_null or r.type not in ("sock", "tcp_sock", "map_value", "map_key",
                                               "sock_common"):
                return -1
            if val != 0:
                return -1
            return {"jeq": 0, "jne": 1}.get(op, -1)
        return is_branch_taken_scalar(r.b, val, op, jmp32)

    def find_equal_scalars(self, st: State, known: Reg):
        for f in st.frames:
            for i, r in enumerate(f.regs):
                if r is not known and r.type == "scalar" and r.id == known.id:
                    f.regs[i] = known.copy()
            for sl in f.stack.values():
                if sl.spilled is not None and sl.spilled is not known and \
                        sl.spilled.type == "scalar" and sl.spilled.id == known.id:
                    sl.spilled = known.copy()

    def mark_ptr_or_null_regs(self, st: State, regno: int, is_null: bool):
        rid = st.cur.regs[regno].id
        if not rid:
            return
        for r in st.all_regs():
            if r.maybe_null and r.id == rid:
                if r.off or not r.b.var_off == Tnum(0, 0):
                    continue
                if is_null:
                    if r.ref_obj_id:
                        st.refs = [x for x in st.refs if x[0] != r.ref_obj_id]
                    mark_reg_known(r, 0)
                    continue
                r.maybe_null = False
                if r.type == "map_value" and r.map is not None and r.map.map_type in (
                        "array_of_maps", "hash_of_maps"):
                    r.type = "map_ptr"
                    inner = r.map.inner
                    r.map = inner
                    if inner is not None and inner.timer_off >= 0:
                        r.map_uid = r.id
                elif r.type == "map_value" and r.map is not None and r.map.map_type == "xskmap":
                    r.type = "xdp_sock"
                elif r.type == "map_value" and r.map is not None and r.map.map_type in (
                        "sockmap", "sockhash"):
                    r.type = "sock"
                if not (r.type == "map_value" and r.map is not None and r.map.spin_lock_off >= 0):
                    r.id = 0

    def try_match_pkt_pointers(self, op, dst: Reg, src: Reg, this: State, other: State, ins):
        def init_pkt(r):
            return r.type == "pkt" and r.off == 0 and r.b.var_off == Tnum(0, 0)
        fwd = (dst.type == "pkt" and src.type == "pkt_end") or \
            (dst.type == "pkt_meta" and init_pkt(src))
        rev = (dst.type == "pkt_end" and src.type == "pkt") or \
            (init_pkt(dst) and src.type == "pkt_meta")
        if op == "jgt":
            if fwd:
                self.find_good_pkt_pointers(this, dst, False)
            elif rev:
                self.find_good_pkt_pointers(other, src, True)
        elif op == "jlt":
            if fwd:
                self.find_good_pkt_pointers(other, dst, True)
            elif rev:
                self.find_good_pkt_pointers(this, src, False)
        elif op == "jge":
            if fwd:
                self.find_good_pkt_pointers(this, dst, True)
            elif rev:
                self.find_good_pkt_pointers(other, src, False)
        elif op == "jle":
            if fwd:
                self.find_good_pkt_pointers(other, dst, False)
            elif rev:
                self.find_good_pkt_pointers(this, src, True)

    def find_good_pkt_pointers(self, st: State, dst: Reg, right_open: bool):
        if dst.off < 0 or (dst.off == 0 and right_open):
            return
        if dst.b.umax > MAX_PACKET_OFF or dst.b.umax + dst.off > MAX_PACKET_OFF:
            return
        new_range = dst.off - (1 if right_open else 0)
        for r in st.all_regs():
            if r.type == dst.type and r.id == dst.id:
                r.range = max(r.range, new_range)

    # -------------------------------------------------------------- ld_imm64 / ld_abs
    def check_ld_imm(self, st: State, ins: Insn, idx: int):
        if (ins.opcode & 0x18) != BPF_DW:
            self.err("invalid BPF_LD_IMM insn")
        if ins.off != 0:
            self.err("BPF_LD_IMM64 uses reserved fields")
        self.check_reg_arg(st, ins.dst, False, mark_unknown_dst=True)
        d = st.cur.regs[ins.dst]
        if ins.src == 0:
            mark_reg_known(d, ins.imm64)
            return
        mark_reg_known_zero(d, "scalar")
        if ins.src == BPF_PSEUDO_FUNC:
            sub = self.find_subprog(idx + ins.imm + 1)
            if self.subprog_global.get(sub, False):
                self.err("callback function not static")
            d.type = "func"
            d.subprogno = sub
            return
        m = self.map_of(ins)
        d.map = m
        if ins.src in (BPF_PSEUDO_MAP_VALUE, BPF_PSEUDO_MAP_IDX_VALUE):
            d.type = "map_value"
            d.off = (ins.imm64_hi or 0) & U32
            if m.spin_lock_off >= 0:
                self.id_gen += 1
                d.id = self.id_gen
        elif ins.src in (BPF_PSEUDO_MAP_FD, BPF_PSEUDO_MAP_IDX):
            d.type = "map_ptr"
        else:
            self.err("bpf verifier is misconfigured")

    def check_ld_abs(self, st: State, ins: Insn):
        pt = self.prog.prog_type
        mode = ins.opcode & 0xE0
        if pt not in ("socket_filter", "sched_cls", "sched_act"):
            self.err("BPF_LD_[ABS|IND] instructions not allowed for this program type")
        if ins.dst != 0 or ins.off != 0 or (ins.opcode & 0x18) == BPF_DW or \
                (mode == BPF_ABS and ins.src != 0):
            self.err("BPF_LD_[ABS|IND] uses reserved fields")
        self.check_reg_arg(st, 6, True)
        if st.refs:
            self.err("BPF_LD_[ABS|IND] cannot be mixed with socket references")
        if st.active_spin_lock and self.rules.on("SL-09"):
            self.err("BPF_LD_[ABS|IND] cannot be used inside bpf_spin_lock-ed region")
        regs = st.cur.regs
        if regs[6].type != "ctx":
            self.err("at the time of BPF_LD_ABS|IND R6 != pointer to skb")
        if mode == BPF_IND:
            self.check_reg_arg(st, ins.src, True)
        self.check_ptr_off_reg(regs[6], 6)
        for i in range(1, 6):
            mark_reg_not_init(regs[i])
        mark_reg_unknown(regs[0])

    # -------------------------------------------------------------- atomics
    def check_atomic(self, st: State, ins: Insn, idx: int):
        if ins.imm not in VALID_ATOMIC_IMMS:
            self.err(f"BPF_ATOMIC uses invalid atomic opcode {ins.imm & 0xFF:02x}")
        if (ins.opcode & 0x18) not in (BPF_W, BPF_DW):
            self.err("invalid atomic operand size")
        self.check_reg_arg(st, ins.src, True)
        self.check_reg_arg(st, ins.dst, True)
        if ins.imm == BPF_CMPXCHG:
            self.check_reg_arg(st, 0, True)
        regs = st.cur.regs
        d = regs[ins.dst]
        if d.type in ("ctx", "pkt", "pkt_meta", "pkt_end", "flow_keys", "sock", "sock_common",
                      "tcp_sock", "xdp_sock"):
            self.err(f"BPF_ATOMIC stores into R{ins.dst} {d.tstr()} is not allowed", EACCES)
        size = SIZE_BYTES[ins.opcode & 0x18]
        load_reg = -1
        if ins.imm & BPF_FETCH:
            load_reg = 0 if ins.imm == BPF_CMPXCHG else ins.src
            self.check_reg_arg(st, load_reg, False, mark_unknown_dst=True)
        self.check_mem_access(st, ins.dst, ins.off, size, False, -1, True)
        if load_reg >= 0:
            self.check_mem_access(st, ins.dst, ins.off, size, False, load_reg, True)
        self.check_mem_access(st, ins.dst, ins.off, size, True, -1, True)

    # -------------------------------------------------------------- DFS driver
    def push_state(self, st: State, insn_idx: int):
        st._next = insn_idx
        if st.parent is not None:
            st.parent.branches += 1
        self.stack.append(st)
        if len(self.stack) > COMPLEXITY_LIMIT_JMP_SEQ:
            self.err(f"The sequence of {len(self.stack)} jumps is too complex.", E2BIG)

    def is_state_visited(self, st: State, idx: int) -> bool:
        """is_state_visited: at a prune point, (1) a stored state on this path (branches > 0)
        equal to the current one means an endless loop; (2) a finished stored state
        (branches == 0) that covers the current one prunes the path. Returns True when pruned.
        States are stored with the kernel's heuristic (>= 2 jumps and >= 8 insns since the last
        stored state, throttled to 20 jumps / 100 insns inside loops). The miss_cnt eviction
        matters for more than speed: without it the per-insn list fills with early states that
        never match and later ones (e.g. the next loop iterations) are never stored."""
        if idx not in self.prune_points:
            return False
        k = None
        # Loop detection needs the state's fingerprint only when a path can come back to idx:
        # a stored state with branches > 0 is an ancestor of the current one (DFS order), so in
        # a single function without back-edges it can never sit at the current insn.
        track = self.has_back_edge or len(self.subprogs) > 1
        keys = self.loop_keys.get(idx) if track else None
        if keys is not None:
            k = st.key()
            snap = keys.get(k)
            if snap is not None and snap.branches > 0:
                self.err(f"infinite loop detected at insn {idx}")
        add = self.test_state_freq or (self.jmps_processed - self.prev_jmps >= 2 and
                                       self.processed - self.prev_insns >= 8)
        lst = self.explored.get(idx)
        if lst:
            # newest first, as new_sl is pushed at the head of the kernel's list; a state that
            # keeps missing (miss_cnt > 3 * hit_cnt + 3, counted only when a new state is about
            # to be stored) is dropped from the list as 6.1 does
            i = len(lst) - 1
            drop = False
            while i >= 0:
                old = lst[i]
                if old.branches > 0:
                    if self.jmps_processed - self.prev_jmps < 20 and \
                            self.processed - self.prev_insns < 100:
                        add = False
                elif states_safe(old.state, st, self.live_in[idx]):
                    old.hit_cnt += 1
                    if drop:
                        lst[:] = [s for s in lst if s is not None]
                    return True
                if add:
                    old.miss_cnt += 1
                if old.miss_cnt > old.hit_cnt * 3 + 3:
                    lst[i] = None
                    drop = True
                i -= 1
            if drop:
                lst[:] = [s for s in lst if s is not None]
        if add:
            self.prev_jmps, self.prev_insns = self.jmps_processed, self.processed
            snap = _Snap(st.copy(), st.parent)
            snap.state.parent = None
            st.parent = snap
            lst = self.explored.setdefault(idx, [])
            if len(lst) < 64:
                lst.append(snap)
            if track:
                self.loop_keys.setdefault(idx, {})[k if k is not None else st.key()] = snap
        return False

    def path_done(self, st: State):
        """update_branch_counts"""
        s = st.parent
        while s is not None:
            s.branches -= 1
            if s.branches:
                break
            s = s.parent

    def do_check(self, st: State, start: int):
        self.stack = []
        st._next = start
        self.stack.append(st)
        while self.stack:
            st = self.stack.pop()
            idx = st._next
            self._run_path(st, idx)
            self.path_done(st)

    def _run_path(self, st: State, idx: int):
        insns = self.insns
        while True:
            if idx >= self.n or idx < 0:
                self.err(f"invalid insn idx {idx} insn_cnt {self.n}")
            self.processed += 1
            if self.processed > COMPLEXITY_LIMIT_INSNS:
                self.err(f"BPF program is too large. Processed {self.processed} insn", E2BIG)
            self.cur_insn = idx
            if self.is_state_visited(st, idx):
                return
            self.seen.add(idx)
            ins = insns[idx]
            cls = ins.opcode & 7
            regs = st.cur.regs
            if cls in (BPF_ALU, BPF_ALU64):
                self.check_alu_op(st, ins)
            elif cls == BPF_LDX:
                self.check_reg_arg(st, ins.src, True)
                self.check_reg_arg(st, ins.dst, False)
                self.check_mem_access(st, ins.src, ins.off, SIZE_BYTES[ins.opcode & 0x18], False,
                                      ins.dst)
            elif cls == BPF_STX:
                if (ins.opcode & 0xE0) == BPF_ATOMIC:
                    self.check_atomic(st, ins, idx)
                    idx += 1
                    continue
                if (ins.opcode & 0xE0) != BPF_MEM or ins.imm != 0:
                    self.err("BPF_STX uses reserved fields")
                self.check_reg_arg(st, ins.src, True)
                self.check_reg_arg(st, ins.dst, True)
                self.check_mem_access(st, ins.dst, ins.off, SIZE_BYTES[ins.opcode & 0x18], True,
                                      ins.src)
            elif cls == BPF_ST:
                if (ins.opcode & 0xE0) != BPF_MEM or ins.src != 0:
                    self.err("BPF_ST uses reserved fields")
                self.check_reg_arg(st, ins.dst, True)
                if regs[ins.dst].type == "ctx":
                    self.err(f"BPF_ST stores into R{ins.dst} ctx is not allowed", EACCES)
                self.check_mem_access(st, ins.dst, ins.off, SIZE_BYTES[ins.opcode & 0x18], True, -1)
            elif cls in (BPF_JMP, BPF_JMP32):
                self.jmps_processed += 1
                op = ins.opcode & 0xF0
                if op == 0x80:
                    if (ins.opcode & 0x08) or (ins.src != BPF_PSEUDO_KFUNC_CALL and ins.off != 0) \
                            or ins.src not in (0, BPF_PSEUDO_CALL, BPF_PSEUDO_KFUNC_CALL) \
                            or ins.dst != 0 or cls == BPF_JMP32:
                        self.err("BPF_CALL uses reserved fields")
                    if st.active_spin_lock and (ins.src == BPF_PSEUDO_CALL or
                                                ins.imm != FUNC_spin_unlock) and \
                            self.rules.on("SL-07"):
                        self.err("function calls are not allowed while holding a lock")
                    if ins.src == BPF_PSEUDO_CALL:
                        sub = self.find_subprog(idx + ins.imm + 1)
                        if sub < 0:
                            self.err(f"verifier bug. No program starts at insn {idx + ins.imm + 1}",
                                     EFAULT)
                        if self.check_func_call_common(st, ins, idx, sub, "call"):
                            idx = self.subprogs[sub]
                            continue
                    elif ins.src == BPF_PSEUDO_KFUNC_CALL:
                        self.err(f"kernel btf_id {ins.imm} is not a function")
                    else:
                        if self.check_helper_call(st, ins, idx):
                            idx = self.subprogs[st.cur.subprogno]
                            continue
                elif op == 0x00:
                    if (ins.opcode & 0x08) or ins.src != 0 or ins.dst != 0 or \
                            (cls == BPF_JMP and ins.imm != 0) or (cls == BPF_JMP32 and ins.off != 0):
                        self.err("BPF_JA uses reserved fields")
                    idx += ins.jump_offset() + 1
                    continue
                elif op == 0x90:
                    if (ins.opcode & 0x08) or ins.imm != 0 or ins.src != 0 or ins.dst != 0 or \
                            cls == BPF_JMP32:
                        self.err("BPF_EXIT uses reserved fields")
                    if st.active_spin_lock and self.rules.on("SL-08"):
                        self.err("bpf_spin_unlock is missing")
                    if st.refs and len(st.frames) == 1:
                        rid, at = st.refs[0]
                        self.err(f"Unreleased reference id={rid} alloc_insn={at}")
                    if len(st.frames) > 1:
                        idx = self.prepare_func_exit(st)
                        continue
                    self.check_return_code(st)
                    return
                else:
                    idx = self.check_cond_jmp_op(st, ins, idx)
                    continue
            elif cls == BPF_LD:
                mode = ins.opcode & 0xE0
                if mode in (BPF_ABS, BPF_IND):
                    self.check_ld_abs(st, ins)
                elif mode == BPF_IMM:
                    self.check_ld_imm(st, ins, idx)
                    self.seen.add(idx + 1)
                    idx += 1
                else:
                    self.err("invalid BPF_LD mode")
            else:
                self.err(f"unknown insn class {cls}")
            idx += 1

    # -------------------------------------------------------------- stack depth (static)
    def check_max_stack_depth(self):
        def depth_of(i):
            return max((self.stack_depth.get(i, 0) + 31) // 32 * 32, 32)

        def rounded(i):
            d = self.stack_depth.get(i, 0)
            return (max(d, 1) + 31) // 32 * 32

        subs = self.subprogs + [self.n]
        insns = self.insns
        ret_insn = [0] * MAX_CALL_FRAMES
        ret_prog = [0] * MAX_CALL_FRAMES
        depth = 0
        frame = 0
        idx = 0
        i = 0
        tail_call_reachable = False
        tcr = {}
        while True:
            # process_func
            if idx and self.has_tail_call.get(idx) and depth >= 256 and self.rules.on("TC-04"):
                self.err(f"tail_calls are not allowed when call stack of previous frames is {depth} bytes. Too large",
                         EACCES)
            depth += rounded(idx)
            if depth > MAX_BPF_STACK and self.rules.on("CORE-10"):
                self.err(f"combined stack size of {frame + 1} calls is {depth}. Too large", EACCES)
            # continue_func
            while True:
                end = subs[idx + 1]
                descended = False
                while i < end:
                    ins = insns[i]
                    if not ((ins.opcode == 0x85 and ins.src == BPF_PSEUDO_CALL) or
                            (ins.opcode == 0x18 and ins.src == BPF_PSEUDO_FUNC)):
                        i += 1
                        continue
                    ret_insn[frame] = i + 1
                    ret_prog[frame] = idx
                    nxt = i + ins.imm + 1
                    nidx = self.find_subprog(nxt)
                    if self.is_async_cb.get(nidx):
                        if self.has_tail_call.get(nidx):
                            self.err("verifier bug. subprog has tail_call and async cb", EFAULT)
                        i += 1
                        continue
                    i = nxt
                    idx = nidx
                    if self.has_tail_call.get(idx):
                        tail_call_reachable = True
                    frame += 1
                    if frame >= MAX_CALL_FRAMES:
                        self.err(f"the call stack of {frame} frames is too deep !", E2BIG)
                    descended = True
                    break
                if descended:
                    break
                if tail_call_reachable:
                    for j in range(frame):
                        tcr[ret_prog[j]] = True
                if tcr.get(0):
                    self.tail_call_reachable = True
                if frame == 0:
                    return
                depth -= rounded(idx)
                frame -= 1
                i = ret_insn[frame]
                idx = ret_prog[frame]
            # descended: loop to process_func

    # -------------------------------------------------------------- entry
    def run(self) -> None:
        self.check_subprogs()
        self.check_attach_btf_id()
        self.resolve_pseudo_ldimm64()
        self.check_cfg()
        self.compute_liveness()
        # do_check_subprogs: global functions first, with unknown scalar arguments
        for sub, is_global in sorted(self.subprog_global.items()):
            if not is_global:
                continue
            st = State()
            f = Frame(0, sub, -1)
            for i in range(1, 6):
                mark_reg_unknown(f.regs[i])
            st.frames.append(f)
            st.in_sleepable = bool(self.sleepable)
            self.do_check(st, self.subprogs[sub])
        st = self.init_state(0)
        self.do_check(st, 0)
        self.check_max_stack_depth()


def _range_within(o: Bounds, c: Bounds) -> bool:
    return (o.umin <= c.umin and o.umax >= c.umax and o.smin <= c.smin and o.smax >= c.smax
            and o.u32min <= c.u32min and o.u32max >= c.u32max and o.s32min <= c.s32min
            and o.s32max >= c.s32max)


def _bounds_cover(o: Bounds, c: Bounds) -> bool:
    """range_within && tnum_in, inlined: this is the innermost test of state pruning."""
    if not (o.umin <= c.umin and o.umax >= c.umax and o.smin <= c.smin and o.smax >= c.smax
            and o.u32min <= c.u32min and o.u32max >= c.u32max and o.s32min <= c.s32min
            and o.s32max >= c.s32max):
        return False
    a = o.var_off
    b = c.var_off
    if a is b:
        return True
    am = a.mask
    if b.mask & ~am & U64:
        return False
    return (b.value & ~am & U64) == a.value


def regsafe(o: Reg, c: Reg, idmap: dict) -> bool:
    """regsafe (6.1) without liveness or precision: `o` (explored) covers `c` (current)."""
    ot = o.type
    if ot == "?":
        return True
    ct = c.type
    if ct == "?":
        return False
    if ot == "scalar":
        if ct != "scalar":
            return False
        return _bounds_cover(o.b, c.b)
    if ot != ct or o.maybe_null != c.maybe_null or o.rdonly != c.rdonly:
        return False
    if o.map is not c.map or o.off != c.off or o.frameno != c.frameno or \
            o.subprogno != c.subprogno:
        return False
    if ot in ("pkt", "pkt_meta"):
        if o.range > c.range or (o.range < 0 and o.range != c.range):
            return False
        if idmap.setdefault(o.id, c.id) != c.id:
            return False
    elif o.maybe_null:
        # check_ids: ids must correspond one to one
        if idmap.setdefault(o.id, c.id) != c.id:
            return False
    # map_value: 6.1 does not compare ids (SL-13)
    return _bounds_cover(o.b, c.b)


def states_safe(old: State, cur: State, live: int = -1) -> bool:
    """states_equal (6.1 shape): same frames, active_spin_lock compared as a raw integer (SL-13).
    The checks are a conjunction (check_ids only asks that the id pairs form a function), so
    they run cheapest-and-most-discriminating first: the innermost frame's live registers, then
    the callers' registers, then the stacks (equal slot-type vectors skip the per-byte walk)."""
    ofr = old.frames
    cfr = cur.frames
    if len(ofr) != len(cfr) or old.active_spin_lock != cur.active_spin_lock:
        return False
    if old.in_sleepable != cur.in_sleepable or len(old.refs) != len(cur.refs):
        return False
    idmap: dict = {}
    last = len(cfr) - 1
    for fo, fc in zip(ofr, cfr):
        if fo.callsite != fc.callsite or fo.in_async_callback_fn != fc.in_async_callback_fn:
            return False
    oregs = ofr[last].regs
    cregs = cfr[last].regs
    for ri in range(11):
        if ri < 10 and not (live >> ri) & 1:
            continue
        if not regsafe(oregs[ri], cregs[ri], idmap):
            return False
    for fi in range(last):
        for ro, rc in zip(ofr[fi].regs, cfr[fi].regs):
            if not regsafe(ro, rc, idmap):
                return False
    for fo, fc in zip(ofr, cfr):
        cstack = fc.stack
        alloc = fc.allocated_stack
        for spi, so in fo.stack.items():
            sc = cstack.get(spi)
            sto = so.stype
            if sc is None or sto != sc.stype or spi * 8 + 7 >= alloc:
                for j in range(8):
                    to = sto[j]
                    if to == STACK_INVALID:
                        continue
                    if (spi * 8 + (7 - j)) >= alloc:
                        return False
                    tc = sc.stype[j] if sc is not None else STACK_INVALID
                    if to == STACK_MISC and tc == STACK_ZERO:
                        continue
                    if to != tc:
                        return False
            if sto[7] == STACK_SPILL:
                if sc is None or sc.stype[7] != STACK_SPILL or \
                        not regsafe(so.spilled, sc.spilled, idmap):
                    return False
    return True


def _gpl_compatible(lic: str) -> bool:
    return lic in ("GPL", "GPL v2", "GPL and additional rights", "Dual BSD/GPL", "Dual MIT/GPL",
                   "Dual MPL/GPL")


EBADF = 9
ACQUIRE_HELPERS = {"sk_lookup_tcp", "sk_lookup_udp", "skc_lookup_tcp", "ringbuf_reserve"}
RELEASE_HELPERS = {"sk_release", "ringbuf_submit", "ringbuf_discard"}
SPIN_LOCK_MAP_TYPES = {"hash", "array", "cgroup_storage", "sk_storage", "inode_storage",
                       "task_storage"}
TIMER_MAP_TYPES = {"hash", "lru_hash", "array"}


def _map_create_fixup(pfile: ProgramFile):
    """What map creation leaves: map_check_btf() refuses a lock/timer in a map type that cannot
    carry one (SL-02) and libbpf then retries without BTF, so the verifier later sees a map
    without BTF. A map-in-map whose inner template has a lock cannot be created (SL-12)."""
    import copy
    out = copy.copy(pfile)
    out.maps = {}
    failed = None
    for name, m in pfile.maps.items():
        if (m.spin_lock_off >= 0 and m.map_type not in SPIN_LOCK_MAP_TYPES) or \
                (m.timer_off >= 0 and m.map_type not in TIMER_MAP_TYPES):
            m = copy.copy(m)
            m.has_btf = False
            m.spin_lock_off = FIELD_NO_BTF
            m.timer_off = FIELD_NO_BTF
        if m.inner is not None and m.inner.spin_lock_off >= 0 and failed is None:
            failed = name
        out.maps[name] = m
    return out, failed


def verify(pfile: ProgramFile, program, *, rules="6.1", jit: bool = True) -> VerifyResult:
    """Would Linux 6.1 accept `program`? Returns the verdict and the kernel's error line."""
    prog = pfile.program(program) if isinstance(program, str) else program
    rs = get_ruleset(rules)
    pfile, failed_map = _map_create_fixup(pfile)
    if failed_map is not None:   # libbpf creates every map of the object before loading
        return VerifyResult(program=prog.name, section=prog.section, accepted=False,
                            errno=ENOTSUPP, message=None, rule="SL-12", rules=rs.name,
                            log=[f"map '{failed_map}': inner map with bpf_spin_lock cannot be "
                                 f"created (bpf_map_meta_alloc: -ENOTSUPP)"])
    t0 = time.perf_counter()
    v = Verifier(pfile, prog, rs, jit=jit)
    res = VerifyResult(program=prog.name, section=prog.section, accepted=True, rules=rs.name)
    try:
        v.run()
    except VerifierError as e:
        res.accepted = False
        res.errno = e.errno
        res.message = e.lines[-1]
        res.log = e.lines
        res.rule = e.rule
        res.insn = e.insn if e.insn is not None else getattr(v, "cur_insn", None)
    except RecursionError:
        res.accepted = False
        res.errno = E2BIG
        res.message = "model recursion limit"
    res.processed_insns = v.processed
    res.stack_depth = [v.stack_depth.get(i, 0) for i in range(len(v.subprogs))]
    res.seen = v.seen
    res.map_state = v.map_state
    res.tail_call_reachable = v.tail_call_reachable
    res.seconds = time.perf_counter() - t0
    return res
