"""The concrete executor: run a program on concrete inputs, stop with a structured Fault.

Why it exists: it is the ground truth the symbolic engine's counterexamples are replayed on, the
engine of `bpfsmt run` and `bpfsmt conformance`, and the place where run-time semantics the
verifier only approximates (tail-call counting under each JIT scheme, timer callbacks running
in a non-sleepable context, lock discipline) are made concrete.

Every ALU / JMP / atomic / load-extend computation goes through `bpfsmt.spec.isa` with the
CONCRETE domain: the Z3 lowering calls the same functions, so the two engines cannot disagree
on an opcode. This module adds what the ISA leaves open: registers with initialisation
tracking, region-checked memory (solver/concrete/runtime.py), frames, helpers (solver/concrete/runtime_helpers.py),
tail calls and async callbacks.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from bpfsmt.grammar.printer import format_insn
from bpfsmt.grammar.vmlinux import kfunc_modelled, kfunc_proto, ksym_var, tracing_ctx_size
from bpfsmt.spec import insn as I
from bpfsmt.spec import isa
from bpfsmt.spec import memory
from bpfsmt.spec.ctx import DEFAULT_PACKET, ctx_spec, field_mask, packet_seen, pkt_type_of
from bpfsmt.spec.faults import SLEEP_IN_RCU_KFUNC, Fault, fault
from bpfsmt.spec.helper_ids import HELPER_NAMES
from bpfsmt.spec.helpers import MIGHT_SLEEP, arg_uses, generic
from bpfsmt.spec.helpers import helper as helper_proto
from bpfsmt.spec.maps import map_func_compatible
from bpfsmt.spec.insn import Insn
from bpfsmt.spec.kfuncs import (KF_ACQUIRE, KF_RELEASE, KF_RET_NULL, KF_SLEEPABLE, OBJ_DROP,
                                OBJ_NEW, OBJ_NEW_BYTES, OBJ_NEW_RESULT, RCU_READ_LOCK,
                                RCU_READ_UNLOCK)
from bpfsmt.spec.isa import CONCRETE as D
from bpfsmt.spec.limits import (MAX_BPF_STACK, MAX_CALL_FRAMES, MAX_TAIL_CALL_CNT,
                                XDP_HARD_END, XDP_PACKET_HEADROOM)
from bpfsmt.spec.program import Program, ProgramFile
from bpfsmt.spec.vocab import RegionKind as RK

from bpfsmt.solver.concrete.frames import TAIL_CALL_TAKEN, Event, ExitNow, Frame
from bpfsmt.solver.concrete.runtime import MapStore, Memory, Region
from bpfsmt.solver.concrete.runtime_helpers import (HELPERS, KSYM_BASE, ctx_socket, generic_call,
                                                     helper_name, kobj_fields, ksym_value)
from bpfsmt.spec.deadline import check_deadline

U64 = (1 << 64) - 1
TAIL_CALL_SCHEMES = ("interp", "jit61", "jit610", "reinit")
SKF_NET_OFF, SKF_LL_OFF = -0x100000, -0x200000


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------

@dataclass
class ExecInputs:
    """Everything a run reads that is not in the program.

    `mem` (conformance style): R1 points to a copy of it, R2 holds its length. Otherwise R1 is
    the program type's context, built from `ctx` (bytes over the layout of spec/ctx.py) and
    `packet` (the whole frame; socket filters see it with the Ethernet header pulled).
    `helper_returns`: helper name (with or without `bpf_`) -> values returned in order by
    helpers that read the outside world (ktime_get_ns, get_prandom_u32, ...).
    `user_mem`: the user memory `bpf_copy_from_user` reads (user pointers point into it).
    `runtime`: "linux", or "ubpf" where helper 5 is uBPF's `unwind` test helper (conformance).
    `timers`: which bpf_timer callbacks fire after the program (see run_async_callbacks).
    `privileged`: a CAP_BPF/CAP_PERFMON loader, as the oracle loads: Linux 6.1 then lets the
    program read uninitialised stack (it reads what the stack holds; here the bytes last written
    there, zero if none) instead of faulting. Off by default: that read is still an information
    leak for `check`, and its counterexamples must replay as faults.
    `jit`: run as the 6.1 JIT does (the default, like the oracle). The visible difference: with
    the JIT, do_misc_fixups calls map_update/delete/push/pop/peek through `map->ops`, whose 6.1
    prototypes return `int`, so a negative errno reaches R0 zero-extended (0x00000000fffffff9);
    the interpreter goes through the BPF_CALL wrapper and sign-extends (fixed in 6.5 by
    "bpf: return long from bpf_map_ops funcs"). Checked against the oracle (tests/oracle/exec/maps).
    """
    ctx: Optional[bytes] = None
    packet: Optional[bytes] = None
    mem: Optional[bytes] = None
    maps: dict = field(default_factory=dict)
    helper_returns: dict = field(default_factory=dict)
    prog_arrays: dict = field(default_factory=dict)
    tail_call_scheme: str = "interp"
    max_steps: int = 1_000_000
    user_mem: Optional[bytes] = None
    runtime: str = "linux"
    jit: bool = True
    timers: str = "started"
    privileged: bool = False
    # hash map -> elements other users left in it besides those of `maps`, under keys this run
    # never uses (they count towards max_entries: an insertion may find the map full)
    map_others: dict = field(default_factory=dict)
    # LRU hash map -> per bpf_map_update_elem on it, in order: the keys its node pop drops
    # (spec/maps.lru_prealloc_pop; a shrink drops up to a batch at once). None of them held:
    # one element the run never names goes (else the oldest it knows)
    lru_drops: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        hx = lambda b: None if b is None else bytes(b).hex()  # noqa: E731
        return {"ctx": hx(self.ctx), "packet": hx(self.packet), "mem": hx(self.mem),
                "maps": {m: {(k.hex() if isinstance(k, bytes) else k):
                             (v.hex() if isinstance(v, bytes) else v) for k, v in kv.items()}
                         for m, kv in self.maps.items()},
                "helper_returns": self.helper_returns, "prog_arrays": self.prog_arrays,
                "tail_call_scheme": self.tail_call_scheme, "max_steps": self.max_steps,
                "user_mem": hx(self.user_mem), "runtime": self.runtime, "jit": self.jit,
                "privileged": self.privileged, "map_others": self.map_others,
                "lru_drops": {m: [[k.hex() for k in ks] for ks in per] for m, per in
                              self.lru_drops.items()},
                "timers": self.timers}


@dataclass
class TraceStep:
    """One executed instruction and the registers it changed (reg -> new value, None = now
    uninitialised)."""
    slot: int
    program: str
    frame: int
    insn: Insn
    text: str
    changed: dict = field(default_factory=dict)
    context: str = "main"

    def to_json(self) -> dict:
        return {"insn": self.slot, "program": self.program, "frame": self.frame,
                "text": self.text, "context": self.context,
                "changed": {f"r{r}": v for r, v in self.changed.items()}}


@dataclass
class ExecResult:
    r0: Optional[int]
    fault: Optional[Fault]
    path: list = field(default_factory=list)
    trace: list = field(default_factory=list)
    events: list = field(default_factory=list)
    tail_calls: int = 0
    maps: dict = field(default_factory=dict)
    steps: int = 0
    program: str = ""            # the program that was running when the run ended
    fault_program: Optional[str] = None
    fault_insn: Optional[Insn] = None

    def to_json(self) -> dict:
        return {"r0": self.r0, "fault": self.fault.to_json() if self.fault else None,
                "path": self.path, "steps": self.steps, "tail_calls": self.tail_calls,
                "program": self.program,
                "events": [e.to_json() for e in self.events],
                "maps": {m: {k.hex(): v.hex() for k, v in kv.items()} for m, kv in self.maps.items()},
                **({"trace": [t.to_json() for t in self.trace]} if self.trace else {})}


def execute(pfile: ProgramFile, program: Program | str, inputs: ExecInputs | None = None, *,
            trace: bool = False) -> ExecResult:
    """Run `program` of `pfile` on `inputs`. Never raises for anything the program does: a bad
    access, an endless loop, a too-deep call chain end the run with `ExecResult.fault`."""
    prog = pfile.program(program) if isinstance(program, str) else program
    m = Machine(pfile, prog, inputs or ExecInputs(), trace)
    return m.run()


# ---------------------------------------------------------------------------------------------
# Machine
# ---------------------------------------------------------------------------------------------

class _Stop(Exception):
    """Internal: the run ends with a fault (caught in Machine.run, never escapes)."""

    def __init__(self, f: Fault):
        self.fault = f


class Machine:
    def __init__(self, pfile: ProgramFile, prog: Program, inputs: ExecInputs, trace: bool):
        if inputs.tail_call_scheme not in TAIL_CALL_SCHEMES:
            raise ValueError(f"tail_call_scheme must be one of {TAIL_CALL_SCHEMES}")
        self.pfile = pfile
        self.prog = prog
        self.inputs = inputs
        self.tracing = trace
        self.mem = Memory()
        self.maps = MapStore(self.mem, pfile.maps, inputs.maps, inputs.prog_arrays,
                             inputs.map_others)
        self.frames: list[Frame] = []
        self.path: list[int] = []
        self.trace: list[TraceStep] = []
        self.events: list[Event] = []
        self.steps = 0
        self.tail_calls = 0
        self.shared_tail_call_cnt = 0
        self.lock: Optional[tuple] = None          # element identity of the held bpf_spin_lock
        self.rcu = False                           # inside bpf_rcu_read_lock/unlock
        self.timers: dict[tuple, dict] = {}        # element -> timer state
        self.refs: dict[int, tuple] = {}           # held references: rid -> (id, alloc slot)
        self.acquired = 0                          # acquiring helper calls so far
        self.dynptrs: dict[int, object] = {}       # stack address -> runtime_helpers.Dynptr
        self.dynptr_bytes: dict[int, int] = {}     # stack byte -> its dynptr's address
        self.percpu_vars: dict[int, object] = {}   # address -> the per-CPU ksym (KsymVar)
        self.timer_queue: list[tuple] = []         # armed timers, in start order
        self.helper_queues = {k.removeprefix("bpf_"): list(v)
                              for k, v in inputs.helper_returns.items()}
        self.lru_drops = {m: list(v) for m, v in inputs.lru_drops.items()}
        self.code_regions: dict[str, Region] = {}
        self.idx_cache: dict[str, dict[int, int]] = {}
        self.cur_slot = 0
        self.ptr_load = False
        self.user: Optional[Region] = None
        if inputs.user_mem is not None:
            self.user = self.mem.new(RK.USER, inputs.user_mem, name="user")
        self._build_ctx()

    # ---- set-up --------------------------------------------------------------------------
    def _build_ctx(self):
        """R1 at entry: conformance `mem`, or the program type's context (spec/ctx.py)."""
        self.packet: Optional[Region] = None
        self.ctx: Optional[Region] = None
        self.entry_regs: dict[int, int] = {}
        inp = self.inputs
        if inp.mem is not None:
            r = self.mem.new(RK.MEM, inp.mem, name="mem")
            self.entry_regs = {1: r.base, 2: len(inp.mem)}
            return
        args_size = tracing_ctx_size(self.prog, self.pfile.kernel)
        spec = ctx_spec(self.prog.prog_type, args_size)
        lay = spec.layout
        if lay.raw:
            data = inp.ctx if inp.ctx is not None else bytes(lay.size)
            if args_size is not None:          # the traced function's arguments, no more
                data = data[:args_size].ljust(args_size, b"\0")
            self.ctx = self.mem.new(RK.CTX, data, name=lay.name)
            self.ctx.extra["layout"] = lay
            self.entry_regs = {1: self.ctx.base}
            return
        data = bytearray((inp.ctx or b"")[:lay.size].ljust(lay.size, b"\0"))
        frame = inp.packet if inp.packet is not None else DEFAULT_PACKET
        seen = packet_seen(spec, frame) if spec.packet else b""
        # the buffer as BPF_PROG_TEST_RUN lays it out: XDP_PACKET_HEADROOM bytes, the data,
        # and (xdp) room up to 4096 - sizeof(skb_shared_info) for bpf_xdp_adjust_tail
        tail = max(0, XDP_HARD_END - XDP_PACKET_HEADROOM - len(seen)) if lay.name == "xdp_md" else 0
        self.packet = self.mem.new(RK.PACKET, bytes(XDP_PACKET_HEADROOM) + seen + bytes(tail),
                                   name="packet")
        self.packet.extra.update(frame=bytes(frame), data_off=XDP_PACKET_HEADROOM,
                                 meta_off=XDP_PACKET_HEADROOM, end_off=XDP_PACKET_HEADROOM + len(seen))
        for f in lay.fields:
            if f.source == "len":
                data[f.offset:f.offset + 4] = len(seen).to_bytes(4, "little")
            elif f.source == "protocol" and len(frame) >= 14:
                data[f.offset:f.offset + 4] = frame[12:14] + b"\0\0"
            elif f.source == "pkt_type":
                data[f.offset:f.offset + 4] = pkt_type_of(frame).to_bytes(4, "little")
            elif f.source == "ifindex" and not any(data[f.offset:f.offset + f.size]):
                data[f.offset:f.offset + 4] = (1).to_bytes(4, "little")
            elif f.source == "input" and f.bits:
                # the kernel fills the field from a narrower value: only its bits survive
                v = int.from_bytes(data[f.offset:f.offset + f.size], "little")
                data[f.offset:f.offset + f.size] = (v & field_mask(f)).to_bytes(f.size, "little")
        for f in lay.fields:
            if f.needs and not any(data[(g := lay.field(f.needs)).offset:g.offset + g.size]):
                data[f.offset:f.offset + f.size] = bytes(f.size)
        self.ctx = self.mem.new(RK.CTX, data, name=lay.name)
        self.ctx.extra["layout"] = lay
        self.entry_regs = {1: self.ctx.base}

    def ctx_pointer(self, f, lay) -> int:
        kind = f.kind
        if kind in ("sock", "sock_or_null"):     # the socket, if any (spec/ctx.py CtxField)
            g = lay.field("is_fullsock") if kind == "sock_or_null" else f
            return ctx_socket(self) if any(self.ctx.data[g.offset:g.offset + g.size]) else 0
        p = self.packet
        if p is None:
            return 0
        if kind == "pkt_data":
            return p.base + p.extra["data_off"]
        if kind == "pkt_meta":
            return p.base + p.extra["meta_off"]
        if kind == "pkt_end":
            return p.base + p.extra["end_off"]
        return 0  # sk / flow_keys: not modelled, NULL

    def _idx(self, prog: Program) -> dict[int, int]:
        d = self.idx_cache.get(prog.name)
        if d is None:
            d = self.idx_cache[prog.name] = prog.insn_at_slot()
        return d

    def code_addr(self, prog: Program, slot: int) -> int:
        r = self.code_regions.get(prog.name)
        if r is None:
            r = self.code_regions[prog.name] = self.mem.new(RK.CODE, 0, name=prog.name,
                                                            writable=False)
            r.extra["prog"] = prog
        return r.base + slot

    def code_target(self, addr: int) -> Optional[tuple[Program, int]]:
        r = self.mem.region_of(addr)
        if r is None or r.kind != RK.CODE:
            return None
        prog = r.extra["prog"]
        slot = addr - r.base
        if slot not in self._idx(prog):
            return None
        return prog, slot

    # ---- faults --------------------------------------------------------------------------
    def stop(self, kind: str, *args, **detail):
        f = fault(self.cur_slot, kind, *args, frame=len(self.frames) - 1 if self.frames else 0,
                  **detail)
        raise _Stop(f)

    def stop_msg(self, kind: str, message: str, **detail):
        raise _Stop(Fault(self.cur_slot, kind, message,
                          len(self.frames) - 1 if self.frames else 0, detail))

    # ---- registers -----------------------------------------------------------------------
    def reg(self, fr: Frame, r: int) -> int:
        if r > 10:
            self.stop("bad_reg", r)
        v = fr.regs[r]
        if v is None:
            self.stop("uninit_reg", r)
        return v

    def set_reg(self, fr: Frame, r: int, v: Optional[int]):
        if r >= 10:
            self.stop("fp_write" if r == 10 else "bad_reg", r)
        fr.regs[r] = None if v is None else v & U64

    # ---- frames --------------------------------------------------------------------------
    def push_frame(self, prog: Program, slot: int, kind: str, can_sleep: bool,
                   tail_call_cnt: int) -> Frame:
        depth = len(self.frames)
        if depth >= MAX_CALL_FRAMES:
            self.stop("call_depth", depth + 1)
        stack = self.mem.new(RK.STACK, MAX_BPF_STACK, name=f"stack{depth}",
                             init=bytearray(MAX_BPF_STACK))
        fr = Frame(prog, self._idx(prog), slot, stack, kind, can_sleep, tail_call_cnt, depth)
        fr.regs[10] = stack.base + MAX_BPF_STACK
        self.frames.append(fr)
        return fr

    def pop_frame(self) -> Frame:
        fr = self.frames.pop()
        fr.stack.live = False
        return fr

    # ---- memory --------------------------------------------------------------------------
    def access(self, addr: int, size: int, write: bool, regno: int, helper: bool = False):
        """Check an access of `size` bytes at `addr` (the checks of spec/memory.py, stopping at
        the first that fails); returns (region, offset)."""
        addr &= U64
        r = self.mem.region_of(addr)
        if r is None:
            if addr >> 32 == 0:
                self.stop("null_deref", regno, "scalar", addr=addr)
            self.stop("bad_mem", regno, "scalar", addr=addr)
        off = addr - r.base
        if not r.live:
            self.stop_msg("bad_mem", f"R{regno} invalid mem access '{r.kind}' (the "
                          f"{'frame has returned' if r.kind == RK.STACK else 'memory was released'})",
                          addr=addr)
        acc = self._describe(r, off, size, write, regno, helper)
        chk = memory.first_failure(D, acc)
        if chk is not None and chk.kind == "uninit_stack" and self.inputs.privileged:
            chk = None                    # allowed to a privileged loader (see ExecInputs)
        if chk is not None:
            args = tuple(D.signed(x, 64) if isinstance(x, int) and not isinstance(x, bool) else x
                         for x in chk.args(D, acc))
            detail = {"addr": addr} if chk is memory.NOT_MEMORY else {}
            self.stop_msg(chk.kind, chk.message_template % args, **detail)
        return r, off

    def _describe(self, r: Region, off: int, size: int, write: bool, regno: int,
                  helper: bool) -> memory.Access:
        """The access in spec/memory.py's terms (stack offsets relative to the frame pointer)."""
        acc = memory.Access(r.kind, off & U64, size, write, helper, regno, map=r.map,
                            writable=r.writable, region_size=r.size)
        if r.kind == RK.STACK:
            acc.off = (off - MAX_BPF_STACK) & U64
            if not write:
                # a helper's size may be any u32; only an access within the stack's 512 bytes
                # gets past STACK_BOUNDS to the init check, so those bytes are all it reads
                acc.init = [bool(r.init[off + i]) if 0 <= off + i < MAX_BPF_STACK else False
                            for i in range(min(size, MAX_BPF_STACK))]
        elif r.kind == RK.CTX:
            acc.layout = r.extra.get("layout")
        elif r.kind == RK.PACKET:
            x = r.extra
            acc.meta, acc.data, acc.end = x["meta_off"], x["data_off"], x["end_off"]
        return acc

    def load(self, addr: int, size: int, regno: int) -> int:
        r, off = self.access(addr, size, False, regno)
        if r.kind == RK.CTX:
            lay = r.extra.get("layout")
            if lay is not None and not lay.raw:
                f = lay.field_at(off)
                if f.is_pointer:
                    self.ptr_load = True
                    return self.ctx_pointer(f, lay)
                if f.needs and not any(r.data[(g := lay.field(f.needs)).offset:g.offset + g.size]):
                    return 0        # SOCK_OPS_GET_FIELD: 0 without a full socket, even written
        return int.from_bytes(r.data[off:off + size], "little")

    def store(self, addr: int, size: int, value: int, regno: int):
        r, off = self.access(addr, size, True, regno)
        if self.dynptr_bytes and r.kind == RK.STACK:
            self.overwrite_dynptrs(r.base + off, size)
        r.data[off:off + size] = (value & ((1 << (8 * size)) - 1)).to_bytes(size, "little")
        if r.init is not None:
            r.init[off:off + size] = b"\1" * size

    def read_bytes(self, addr: int, size: int, regno: int) -> bytes:
        """Helper argument read (ARG_PTR_TO_MEM / key / value)."""
        if size == 0:
            return b""
        r, off = self.access(addr, size, False, regno, helper=True)
        return bytes(r.data[off:off + size])

    def write_bytes(self, addr: int, data: bytes, regno: int):
        if not data:
            return
        r, off = self.access(addr, len(data), True, regno, helper=True)
        if self.dynptr_bytes and r.kind == RK.STACK:
            self.overwrite_dynptrs(r.base + off, len(data))
        r.data[off:off + len(data)] = data
        if r.init is not None:
            r.init[off:off + len(data)] = b"\1" * len(data)

    def overwrite_dynptrs(self, addr: int, size: int):
        """A store over dynptr slots: those bytes stop being STACK_DYNPTR, and the dynptr they
        belonged to is no longer initialised (its other bytes still are STACK_DYNPTR, and a
        ringbuf dynptr's reference stays held: it can no longer be released)."""
        for a in range(addr, addr + size):
            owner = self.dynptr_bytes.pop(a, None)
            if owner is not None:
                self.dynptrs.pop(owner, None)

    # ---- run -----------------------------------------------------------------------------
    def run(self) -> ExecResult:
        r0 = None
        flt = None
        try:
            fr = self.push_frame(self.prog, 0, "main", bool(self.prog.sleepable), 0)
            for r, v in self.entry_regs.items():
                fr.regs[r] = v
            r0 = self.loop(1)
            self.run_async_callbacks()
        except _Stop as s:
            flt = s.fault
        cur = self.frames[-1].prog if self.frames else self.prog
        res = ExecResult(r0 if flt is None or r0 is not None else None, flt, self.path,
                         self.trace, self.events, self.tail_calls, self.maps.contents(),
                         self.steps, cur.name)
        if flt is not None:
            res.fault_program = cur.name
            idx = self._idx(cur).get(flt.slot)
            if idx is not None:
                res.fault_insn = cur.insns[idx]
        return res

    def run_async_callbacks(self):
        """bpf_timer callbacks after the program, each in a fresh frame 0 in softirq context
        (cannot sleep, no lock held), with R1 = map, R2 = key, R3 = value (SP-07). Which fire:
        `ExecInputs.timers` "started" - the timers this run started, in start order (a callback
        re-arming its own timer fires again); "set" - once, every timer that has a callback,
        in the order the timers were initialised (a later bpf_timer_start by any holder of the
        map), the reading `check` proves programs under."""
        if self.inputs.timers == "set":
            fired = 0
            while fired < len(self.timers):
                elem = list(self.timers)[fired]
                fired += 1
                if self.timers[elem].get("cb") is not None:
                    self._fire_timer(elem, self.timers[elem])
            return
        while self.timer_queue:
            elem = self.timer_queue.pop(0)
            t = self.timers.get(elem)
            if t is None or t.get("cb") is None:
                continue
            t["armed"] = False
            self._fire_timer(elem, t)

    def _fire_timer(self, elem, t):
        prog, slot = t["cb"]
        region: Region = t["region"]
        st = self.maps.states[elem[0]]
        key = self.mem.new(RK.MAP_KEY, region.key, name=f"key of {elem[0]}", writable=False)
        self.events.append(Event("async_cb", slot, prog.name, context="async_cb",
                                 can_sleep=False, element=elem))
        self.shared_tail_call_cnt = 0
        self.lock = None
        self.cur_slot = slot
        fr = self.push_frame(prog, slot, "async_cb", False, 0)
        fr.regs[1], fr.regs[2], fr.regs[3] = st.obj.base, key.base, region.base
        self.loop(1)

    def call_function(self, prog: Program, slot: int, args: list[int], kind: str) -> int:
        """Run a synchronous callback (bpf_loop, for_each_map_elem) to completion."""
        caller = self.frames[-1]
        fr = self.push_frame(prog, slot, kind, caller.can_sleep, self._callee_cnt(caller))
        fr.callback = True
        for i, v in enumerate(args, start=1):
            fr.regs[i] = v & U64
        return self.loop(len(self.frames))

    def _callee_cnt(self, caller: Frame) -> int:
        scheme = self.inputs.tail_call_scheme
        return 0 if scheme == "reinit" else caller.tail_call_cnt

    def loop(self, stop_depth: int) -> int:
        """Execute until the frame at depth `stop_depth` (1-based) returns; its R0."""
        inputs = self.inputs
        while True:
            fr = self.frames[-1]
            slot = fr.pc
            self.cur_slot = slot
            idx = fr.idx.get(slot)
            if idx is None:     # fell off the end, or jumped outside the program
                self.stop("jump_oor", self.path[-1] if self.path else slot - 1, slot)
            insn = fr.prog.insns[idx]
            self.steps += 1
            check_deadline("the executor")
            if self.steps > inputs.max_steps:
                self.stop("insn_limit", inputs.max_steps)
            self.path.append(slot)
            if not self.tracing:
                ret = self.step(fr, insn, slot)
            else:
                # recorded before it runs, so a callback's steps follow the helper call and a
                # faulting instruction is the last line of the trace
                ts = TraceStep(slot, fr.prog.name, fr.depth, insn, format_insn(insn), {},
                               fr.kind)
                self.trace.append(ts)
                before, depth_before = list(fr.regs), len(self.frames)
                ret = self.step(fr, insn, slot)
                ts.changed = self._changed(fr, before, depth_before)
            if ret is not None and len(self.frames) < stop_depth:
                return ret

    def _changed(self, fr, before, depth_before) -> dict:
        """Registers changed by one instruction; for a call, the callee's arguments and frame
        pointer; for a return, the caller's r0."""
        if len(self.frames) == depth_before:
            after = self.frames[-1].regs
            return {r: after[r] for r in range(11) if after[r] != before[r]}
        if len(self.frames) > depth_before:
            callee = self.frames[-1]
            return {r: callee.regs[r] for r in (1, 2, 3, 4, 5, 10) if callee.regs[r] is not None}
        return {0: self.frames[-1].regs[0]} if self.frames else {0: fr.regs[0]}

    # ---- one instruction -----------------------------------------------------------------
    def step(self, fr: Frame, insn: Insn, slot: int):
        """Execute one instruction; returns R0 when the frame stack shrinks past a callback
        boundary (exit of the frame `loop` waits for), else None."""
        cls = insn.cls
        nxt = slot + insn.slots
        if cls in (I.BPF_ALU, I.BPF_ALU64):
            self.exec_alu(fr, insn)
            fr.pc = nxt
            return None
        if cls in (I.BPF_JMP, I.BPF_JMP32):
            return self.exec_jmp(fr, insn, slot, nxt)
        if cls == I.BPF_LDX and insn.mode == I.BPF_PROBE_MEM:
            # a load through a BTF pointer reads kernel memory (an input) and never faults
            v = self.next_value("probe_mem", 0) & ((1 << (8 * insn.size_bytes)) - 1)
            self.set_reg(fr, insn.dst, v)
            fr.pc = nxt
            return None
        if cls == I.BPF_LDX:
            if insn.mode not in (I.BPF_MEM, I.BPF_MEMSX) or \
                    (insn.mode == I.BPF_MEMSX and insn.size == I.BPF_DW):
                self.stop("bad_insn", insn.opcode)
            n = insn.size_bytes
            self.ptr_load = False
            v = self.load(D.add(self.reg(fr, insn.src), D.const(insn.off), 64), n, insn.src)
            if not self.ptr_load:  # a ctx pointer field loads the whole 64-bit pointer
                v = isa.load_extend(D, v, n, insn.mode == I.BPF_MEMSX)
            self.set_reg(fr, insn.dst, v)
            fr.pc = nxt
            return None
        if cls == I.BPF_ST:
            if insn.mode != I.BPF_MEM:
                self.stop("bad_insn", insn.opcode)
            n = insn.size_bytes
            addr = D.add(self.reg(fr, insn.dst), D.const(insn.off), 64)
            self.store(addr, n, isa.store_value(D, D.const(insn.imm), n), insn.dst)
            fr.pc = nxt
            return None
        if cls == I.BPF_STX:
            if insn.mode == I.BPF_MEM:
                n = insn.size_bytes
                addr = D.add(self.reg(fr, insn.dst), D.const(insn.off), 64)
                val = self.reg(fr, insn.src)
                self.store(addr, n, isa.store_value(D, val, n), insn.dst)
            elif insn.mode == I.BPF_ATOMIC:
                self.exec_atomic(fr, insn)
            else:
                self.stop("bad_insn", insn.opcode)
            fr.pc = nxt
            return None
        # BPF_LD
        if insn.is_wide:
            self.set_reg(fr, insn.dst, self.ld_imm64(fr, insn, slot))
            fr.pc = nxt
            return None
        if insn.mode in (I.BPF_ABS, I.BPF_IND) and insn.size != I.BPF_DW:
            return self.exec_ld_abs(fr, insn, nxt)
        self.stop("bad_insn", insn.opcode)

    def exec_alu(self, fr: Frame, insn: Insn):
        code = insn.code
        if code == I.BPF_NEG and insn.source != I.BPF_K or code > I.BPF_END:
            self.stop("bad_insn", insn.opcode)
        if code == I.BPF_END and (insn.imm not in (16, 32, 64) or
                                  insn.cls == I.BPF_ALU64 and insn.source != I.BPF_K):
            self.stop_msg("bad_insn", f"BPF_END uses reserved fields (opcode {insn.opcode:#04x}, "
                          f"imm {insn.imm})")
        # RFC 9669 uses `off` only for sdiv/smod (1) and movsx (8/16, and 32 for ALU64)
        if code in (I.BPF_DIV, I.BPF_MOD):
            ok_off = (0, 1)
        elif code == I.BPF_MOV and insn.source == I.BPF_X:
            ok_off = (0, 8, 16, 32) if insn.cls == I.BPF_ALU64 else (0, 8, 16)
        else:
            ok_off = (0,)
        if insn.off not in ok_off:
            self.stop_msg("bad_insn", f"BPF_ALU uses reserved fields (off {insn.off})")
        if code == I.BPF_MOV:
            dst = 0  # MOV does not read dst
        else:
            dst = self.reg(fr, insn.dst)
        if insn.source == I.BPF_X and code not in (I.BPF_NEG, I.BPF_END):
            src = self.reg(fr, insn.src)
        else:
            src = isa.alu_operand(D, insn, 0)
        try:
            v = isa.alu(D, insn, dst, src)
        except ValueError as e:
            self.stop_msg("bad_insn", str(e))
        self.set_reg(fr, insn.dst, v)

    def exec_atomic(self, fr: Frame, insn: Insn):
        if insn.size not in (I.BPF_W, I.BPF_DW):
            self.stop_msg("bad_insn", "invalid atomic operand size")
        if insn.imm not in I.VALID_ATOMIC_IMMS:
            self.stop_msg("bad_insn",
                          f"BPF_ATOMIC uses invalid atomic opcode {insn.imm & 0xff:02x}")
        n = insn.size_bytes
        addr = D.add(self.reg(fr, insn.dst), D.const(insn.off), 64)
        src = self.reg(fr, insn.src)
        r0 = self.reg(fr, 0) if insn.imm == I.BPF_CMPXCHG else 0
        old = self.load(addr, n, insn.dst)
        new, new_src, new_r0 = isa.atomic(D, insn, old, src, r0)
        self.store(addr, n, new, insn.dst)
        if new_src is not None:
            self.set_reg(fr, insn.src, new_src)
        if new_r0 is not None:
            self.set_reg(fr, 0, new_r0)

    def ld_imm64(self, fr: Frame, insn: Insn, slot: int) -> int:
        src = insn.src
        if src == 0:
            return insn.imm64
        if src in (I.BPF_PSEUDO_MAP_FD, I.BPF_PSEUDO_MAP_IDX, I.BPF_PSEUDO_MAP_VALUE,
                   I.BPF_PSEUDO_MAP_IDX_VALUE):
            st = self._map_of_insn(insn)
            if src in (I.BPF_PSEUDO_MAP_FD, I.BPF_PSEUDO_MAP_IDX):
                return st.obj.base
            elem = self.maps.lookup(st, (0).to_bytes(st.map.key_size, "little"))
            if elem is None:
                self.stop_msg("bad_insn", f"map {st.map.name} has no value to point into")
            return elem.base + (insn.imm64_hi or 0)
        if src == I.BPF_PSEUDO_FUNC:
            return self.code_addr(fr.prog, slot + 1 + insn.imm)
        v = ksym_var(insn.target, self.pfile.kernel) if src == I.BPF_PSEUDO_BTF_ID else None
        if v is None:
            self.stop_msg("bad_insn", f"ld_imm64 with src {src} is not modelled")
        if v.percpu:                    # only bpf_per_cpu_ptr / this_cpu_ptr take it
            addr = KSYM_BASE + (v.var_id << 12)
            self.percpu_vars[addr] = v
            return addr
        return ksym_value(self, v)

    def _map_of_insn(self, insn: Insn):
        names = list(self.maps.states)
        name = insn.target if insn.target in self.maps.states else None
        if name is None:
            if not 0 <= insn.imm < len(names):
                self.stop_msg("bad_insn", f"map index {insn.imm} does not name a map")
            name = names[insn.imm]
        return self.maps.states[name]

    def exec_ld_abs(self, fr: Frame, insn: Insn, nxt: int):
        """Legacy packet load as gen_ld_abs rewrites it: big-endian, out of range => the
        function exits with R0 = 0; R1-R5 are clobbered."""
        if self.lock is not None:
            self.stop("ldabs_locked")
        if self.rcu:
            self.stop("ldabs_rcu")
        n = insn.size_bytes
        off = D.signed(insn.imm & 0xFFFFFFFF, 32)
        if insn.mode == I.BPF_IND:
            off = D.signed(D.add(self.reg(fr, insn.src), D.const(insn.imm), 32), 32)
        for r in range(1, 6):
            fr.regs[r] = None
        data = self._ld_abs_bytes(off, n)
        if data is None:
            fr.regs[0] = 0
            return self._exit(fr)
        fr.regs[0] = int.from_bytes(data, "big")
        fr.pc = nxt
        return None

    def packet_bytes(self) -> bytes:
        """The bytes between data and data_end now."""
        p = self.packet
        if p is None:
            return b""
        return bytes(p.data[p.extra["data_off"]:p.extra["end_off"]])

    def _ld_abs_bytes(self, off: int, n: int) -> Optional[bytes]:
        """bpf_skb_load_helper: offset >= 0 is from skb->data; SKF_NET_OFF (-0x100000) and
        SKF_LL_OFF (-0x200000) address the network and link-layer headers."""
        pkt = self.packet
        if pkt is None:
            return None
        if off >= 0:
            buf, o = self.packet_bytes(), off
        elif off >= SKF_NET_OFF:
            buf, o = pkt.extra.get("frame", b"")[14:], off - SKF_NET_OFF
        elif off >= SKF_LL_OFF:
            buf, o = pkt.extra.get("frame", b""), off - SKF_LL_OFF
        else:
            return None
        if o + n > len(buf):
            return None
        return bytes(buf[o:o + n])

    # ---- jumps, calls, exit --------------------------------------------------------------
    def exec_jmp(self, fr: Frame, insn: Insn, slot: int, nxt: int):
        code = insn.code
        cls = insn.cls
        if code == I.BPF_JA:
            fr.pc = nxt + insn.jump_offset()
            return None
        if code == I.BPF_EXIT:
            if cls != I.BPF_JMP:
                self.stop("bad_insn", insn.opcode)
            if fr.regs[0] is None:
                self.stop("exit_r0")
            return self._exit(fr)
        if code == I.BPF_CALL:
            if cls != I.BPF_JMP:
                self.stop("bad_insn", insn.opcode)
            return self.exec_call(fr, insn, slot, nxt)
        if code in I.COND_JMP_OPS:
            a = self.reg(fr, insn.dst)
            b = self.reg(fr, insn.src) if insn.source == I.BPF_X else isa.jmp_operand(D, insn, 0)
            fr.pc = nxt + insn.off if isa.jmp_cond(D, insn, a, b) else nxt
            return None
        self.stop("bad_insn", insn.opcode)

    def _exit(self, fr: Frame):
        if self.lock is not None:
            self.stop("exit_locked")
        if len(self.frames) == 1 and self.rcu:
            self.stop("exit_rcu")
        if len(self.frames) == 1 and self.refs:
            self.stop("ref_leak", *next(iter(self.refs.values())))
        r0 = fr.regs[0]
        self.pop_frame()
        if fr.callback or not self.frames:
            return r0
        caller = self.frames[-1]
        caller.regs[0] = r0
        for r in range(1, 6):
            caller.regs[r] = None
        caller.pc = fr.ret_slot
        return None

    def exec_call(self, fr: Frame, insn: Insn, slot: int, nxt: int):
        if insn.source == I.BPF_X:  # callx: target register in dst (conformance encoding)
            tgt = self.reg(fr, insn.dst)
            code = self.code_target(tgt)
            if code is None:
                if self.inputs.runtime == "ubpf" or 0 <= tgt < len(HELPER_NAMES):
                    return self.call_helper(fr, tgt, slot, nxt)
                self.stop("unknown_helper", f"callx %r{insn.dst}", tgt)
            return self.call_local(fr, code[1], slot, nxt)
        if insn.src == I.BPF_PSEUDO_CALL:
            return self.call_local(fr, nxt + insn.imm, slot, nxt)
        if insn.src == 0:
            return self.call_helper(fr, insn.imm, slot, nxt)
        return self.call_kfunc(fr, insn, slot, nxt)

    def call_kfunc(self, fr: Frame, insn: Insn, slot: int, nxt: int):
        """A kfunc call from its prototype in the loading kernel's BTF (grammar.vmlinux
        .kfunc_proto): scalar arguments, kernel-object arguments (never NULL; a released one
        or an object of another kind faults), the released reference (KF_RELEASE), the result
        helper_returns[name] (a scalar, or a kernel object: NULL when 0 under KF_RET_NULL, a
        referenced object of its own under KF_ACQUIRE)."""
        name = insn.target or ""
        proto = kfunc_proto(name, self.pfile.kernel) if name else None
        if proto is None or not kfunc_modelled(proto):
            self.stop_msg("unknown_helper", f"kfunc call {name or insn.imm} is not modelled")
        if self.lock is not None:
            self.stop("call_locked")
        if proto.flags & KF_SLEEPABLE and not fr.can_sleep:
            self.stop_msg("sleep_in_atomic", f"kfunc call might sleep in a non-sleepable "
                          f"context ({fr.kind}): {name}", helper=name, context=fr.kind)
        if name in (RCU_READ_LOCK, RCU_READ_UNLOCK):
            if self.rcu == (name == RCU_READ_LOCK):
                self.stop("rcu_nested" if self.rcu else "rcu_unmatched", name)
            self.rcu = name == RCU_READ_LOCK
        elif self.rcu and proto.flags & KF_SLEEPABLE:
            self.stop_msg("sleep_in_rcu", SLEEP_IN_RCU_KFUNC % name)
        if name in (OBJ_NEW, OBJ_DROP):
            return self.obj_new_drop(fr, name, slot, nxt)
        released = None
        for i, kind in enumerate(proto.params):
            if kind == "ignored":
                continue
            v = self.reg(fr, i + 1)
            if kind != "object":
                continue
            r = self.mem.region_of(v)
            if (r is None and not memory.kernel_pointer(v)) or \
                    (r is not None and (r.kind != RK.KOBJ or v != r.base or not r.live)):
                self.stop_msg("helper_arg", f"R{i + 1} type=scalar expected=trusted_ptr_ "
                              f"(kernel function {name} arg#{i})")
            if proto.flags & KF_RELEASE and released is None:
                if r is None or r.rid not in self.refs:
                    self.stop_msg("helper_arg", f"release kernel function {name} expects "
                                  f"refcounted PTR_TO_BTF_ID")
                released = r
        if released is not None:
            released.live = False
            self.refs.pop(released.rid, None)
        ret = None
        if proto.ret != "void":
            ret = self.next_value(name.removeprefix("bpf_"), 0)
        if proto.ret == "object" and proto.flags & KF_ACQUIRE:
            self.acquired += 1
            if not (ret == 0 and proto.flags & KF_RET_NULL):
                # the struct the prototype returns (its BTF size), bytes from the input
                vals = list(self.inputs.helper_returns.get(kobj_fields(self.acquired), []))
                data = bytes(v & 0xFF for v in (vals + [0] * proto.ret_size)[:proto.ret_size])
                r = self.mem.new(RK.KOBJ, data or 8, name=f"object from {name}", writable=False)
                self.refs[r.rid] = (self.acquired, slot)
                ret = r.base
        for r in range(1, 6):
            fr.regs[r] = None
        fr.regs[0] = None if ret is None else ret & U64
        fr.pc = nxt
        return None

    def obj_new_drop(self, fr: Frame, name: str, slot: int, nxt: int):
        """bpf_obj_new_impl(local type id, meta): an object of that program type (its bytes
        the inputs helper_returns["obj_new_impl:mem"], one per byte), NULL when the input
        helper_returns["obj_new_impl"] is 0, owned (a reference) until bpf_obj_drop_impl(obj,
        meta) frees it."""
        if name == OBJ_NEW:
            tid = self.reg(fr, 1)
            size = self.pfile.local_type_sizes.get(tid)
            if size is None:
                self.stop_msg("helper_arg", f"bpf_obj_new type ID argument must be of a struct "
                              f"(BTF type {tid} of the program)")
            data = bytes(self.next_value(OBJ_NEW_BYTES, 0) & 0xFF for _ in range(size))
            ret = self.next_value(OBJ_NEW_RESULT, 0)
            self.acquired += 1
            if ret != 0:
                r = self.mem.new(RK.ALLOC, data, name=f"object from {name}")
                self.refs[r.rid] = (self.acquired, slot)
                ret = r.base
        else:
            v = self.reg(fr, 1)
            r = self.mem.region_of(v)
            if r is None or r.kind != RK.ALLOC or v != r.base or r.rid not in self.refs:
                self.stop_msg("helper_arg", f"R1 must be referenced when passed to release "
                              f"function ({name})")
            r.live = False
            self.refs.pop(r.rid)
            ret = None
        for r in range(1, 6):
            fr.regs[r] = None
        fr.regs[0] = ret
        fr.pc = nxt
        return None

    def call_local(self, fr: Frame, target: int, slot: int, nxt: int):
        if self.lock is not None:
            self.stop("call_locked")
        callee = self.push_frame(fr.prog, target, "subprog", fr.can_sleep, self._callee_cnt(fr))
        for r in range(1, 6):
            callee.regs[r] = fr.regs[r]
        callee.ret_slot = nxt  # where the caller continues when the callee exits
        return None

    def check_map_compatible(self, fr: Frame, proto):
        """A map argument of a type the helper does not take: the kernel refuses the program
        (check_map_func_compatibility), so the call is a helper_arg fault."""
        for u in arg_uses(proto):
            if u.role == "map" and fr.regs[u.reg] is not None:
                st = self.maps.state_of_ptr(fr.regs[u.reg])
                if st is not None and not map_func_compatible(proto.name, st.map.map_type):
                    self.stop_msg("helper_arg", f"cannot pass map_type {st.map.type_id} into "
                                  f"func {proto.kname}#{proto.id}")

    def call_helper(self, fr: Frame, hid: int, slot: int, nxt: int):
        name = helper_name(hid, self.inputs.runtime)
        if self.lock is not None and name != "spin_unlock":
            self.stop("call_locked")
        self.events.append(Event("helper", slot, fr.prog.name, helper=name, context=fr.kind,
                                 can_sleep=fr.can_sleep, frame=fr.depth))
        if name in MIGHT_SLEEP and not fr.can_sleep:
            self.stop_msg("sleep_in_atomic", f"helper call might sleep in a non-sleepable "
                          f"context ({fr.kind}): bpf_{name}", helper=name, context=fr.kind)
        if name in MIGHT_SLEEP and self.rcu:
            self.stop("sleep_in_rcu", f"bpf_{name}", hid)
        fn = HELPERS.get(name)
        proto = helper_proto(name) if name else None
        if proto is not None:
            self.check_map_compatible(fr, proto)
        if fn is not None:
            ret = fn(self, fr, slot)
        elif proto is not None and generic(proto):
            ret = generic_call(self, fr, proto)
        elif name in self.helper_queues:
            ret = self.next_value(name, 0)
        else:
            if proto is not None:
                self.stop("no_model", f"bpf_{name}", hid, f"bpf_{name}")
            self.stop("unknown_helper", f"bpf_{name}" if name else "unknown", hid)
        if ret is TAIL_CALL_TAKEN:
            return None
        if isinstance(ret, ExitNow):
            fr.regs[0] = ret.r0
            return self._exit(fr)
        fr = self.frames[-1]
        for r in range(1, 6):
            fr.regs[r] = None
        fr.regs[0] = None if ret is None else ret & U64
        fr.pc = nxt
        return None

    def next_value(self, name: str, default: int) -> int:
        q = self.helper_queues.get(name)
        if q:
            return q.pop(0)
        return default

    # ---- tail calls (TC-01) --------------------------------------------------------------
    def tail_call(self, fr: Frame, slot: int):
        if self.rcu:
            self.stop("rcu_tail_call")
        st = self.maps.state_of_ptr(self.reg(fr, 2))
        if st is None or st.map.map_type != "prog_array":
            self.stop_msg("helper_arg", "R2 type=scalar expected=map_ptr (prog_array)")
        index = self.reg(fr, 3) & 0xFFFFFFFF           # u32 index
        scheme = self.inputs.tail_call_scheme
        shared = scheme in ("interp", "jit610")
        cnt = self.shared_tail_call_cnt if shared else fr.tail_call_cnt
        ev = Event("tail_call", slot, fr.prog.name, index=index, taken=False, count=cnt,
                   context=fr.kind, frame=fr.depth)
        self.events.append(ev)
        if index >= st.map.max_entries:
            return None
        if cnt >= MAX_TAIL_CALL_CNT:
            return None
        cnt += 1                                          # before the empty-slot check
        if shared:
            self.shared_tail_call_cnt = cnt
        else:
            fr.tail_call_cnt = cnt
        ev.count = cnt
        target = st.prog_slots.get(index)
        if target is None:
            return None
        try:
            prog = self.pfile.program(target)
        except KeyError:
            return None
        ev.taken = True
        self.tail_calls += 1
        if self.tail_calls > MAX_TAIL_CALL_CNT:
            self.stop("tail_call_limit", MAX_TAIL_CALL_CNT, tail_calls=self.tail_calls)
        # reuse the frame: same depth and return point, fresh registers and stack contents
        ctx = fr.regs[1]
        fr.prog = prog
        fr.idx = self._idx(prog)
        fr.regs = [None] * 11
        fr.regs[1] = ctx
        fr.regs[10] = fr.stack.base + MAX_BPF_STACK
        fr.stack.data[:] = bytes(MAX_BPF_STACK)
        fr.stack.init[:] = bytes(MAX_BPF_STACK)
        fr.pc = 0
        return TAIL_CALL_TAKEN
