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
  * the loader is root (allow_ptr_leaks, bypass_spec_v1, bpf_capable, no sanitisation) unless
    `unpriv`: then unprivileged.py's pointer-leak and Spectre v1 rules apply, decided branches
    and masked pointer moves are walked as speculative paths, every scalar is precise, at most
    BPF_COMPLEXITY_LIMIT_STATES states are kept per instruction, and bpf_prog_load refuses
    program types, instruction counts, loops and calls a non-CAP_BPF loader may not use;
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

import contextlib
import copy
import functools
import gc
import time
from dataclasses import dataclass, field
from typing import Optional

from bpfsmt.grammar import vmlinux
from bpfsmt.spec.insn import (BPF_ALU, BPF_ALU64, BPF_JMP, BPF_JMP32, BPF_LD, BPF_LDX, BPF_ST,
                              BPF_STX, BPF_X, BPF_ABS, BPF_IND, BPF_IMM, BPF_MEM, BPF_MEMSX, BPF_ATOMIC,
                              BPF_DW, BPF_JA, BPF_CALL, BPF_EXIT, BPF_PSEUDO_CALL,
                              BPF_PSEUDO_KFUNC_CALL, BPF_PSEUDO_FUNC, BPF_PSEUDO_MAP_FD,
                              BPF_PSEUDO_MAP_VALUE, BPF_PSEUDO_MAP_IDX, BPF_PSEUDO_MAP_IDX_VALUE,
                              BPF_PSEUDO_BTF_ID, Insn)
from bpfsmt.spec.program import (BPF_F_SLEEPABLE, BPF_F_TEST_STATE_FREQ, BPF_F_STRICT_ALIGNMENT,
                                 FIELD_NO_BTF, LITERAL_MAP_FD, BPF_F_ZERO_SEED, Map, Program,
                                 ProgramFile)
from bpfsmt.spec.ctx import PROG_CTX
from bpfsmt.spec.progtypes import MAY_ACCESS_SKB_TYPES
from bpfsmt.spec.privileges import (BPF_MAXINSNS, ROOT, UNPRIV_PROG_TYPES, Privileges,
                                   map_create_refusal, privileges_for)
from bpfsmt.spec.deltas import btf_refused_by_612
from bpfsmt.spec.rules import RuleSet, get_ruleset
from bpfsmt.spec.errno import EACCES, EINVAL, E2BIG, EFAULT, ENOTSUPP, EPERM
from bpfsmt.spec.limits import BPF_COMPLEXITY_LIMIT_INSNS
from bpfsmt.spec.deadline import check_deadline
from bpfsmt.solver.verifier.alu import AluOps
from bpfsmt.solver.verifier.bounds import U32, coerce_reg_to_size_sx
from bpfsmt.solver.verifier.branches import Branches
from bpfsmt.solver.verifier.btf import BtfAccess
from bpfsmt.solver.verifier.calls import Calls, clear_caller_saved_regs
from bpfsmt.solver.verifier.log import VerifierError, rule_of, tnum_str
from bpfsmt.solver.verifier.liveness import is_reg64, mark_reg_read
from bpfsmt.solver.verifier.memory import MemoryAccess
from bpfsmt.solver.verifier.passes import LoadPasses
from bpfsmt.solver.verifier.precision import backtrack_table, mark_chain_precision_frame
from bpfsmt.solver.verifier.pruning import Pruning
from bpfsmt.solver.verifier.stack import StackAccess
from bpfsmt.solver.verifier.unpriv import Unprivileged
from bpfsmt.solver.verifier.vlog import (BPF_LOG_LEVEL, BPF_LOG_LEVEL2, BPF_LOG_STATS, VLog,
                                         insn_text)
from bpfsmt.solver.verifier.state import (State, Frame, BPF_FUNC_spin_unlock, BPF_FUNC_tail_call, REG_LIVE_READ32,
                                          REG_LIVE_READ64, REG_LIVE_WRITTEN, mark_reg_unknown,
                                          mark_reg_known, mark_reg_known_zero)



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
    alu_aux: dict = field(default_factory=dict, repr=False)    # slot -> (alu_state, alu_limit)
    sanitize_stack_spill: frozenset = frozenset()              # stack-write slots needing nospec
    probe_mem: frozenset = frozenset()    # LDX slots through a BTF pointer (BPF_PROBE_MEM)
    sock_access: dict = field(default_factory=dict, repr=False)   # LDX slot -> socket pointer type
    tail_call_reachable: bool = False
    # the kernel's statistics line: processed N insns (limit 1000000) max_states_per_insn M
    # total_states T peak_states P mark_read R
    max_states_per_insn: int = 0
    total_states: int = 0
    peak_states: int = 0
    mark_read: int = 0
    verifier_log: str = ""      # the whole log at the requested level (verify(log_level=...))

    def stats_line(self) -> str:
        return (f"processed {self.processed_insns} insns (limit 1000000) max_states_per_insn "
                f"{self.max_states_per_insn} total_states {self.total_states} peak_states "
                f"{self.peak_states} mark_read {self.mark_read}")

    def to_json(self) -> dict:
        return {"program": self.program, "section": self.section, "accepted": self.accepted,
                "errno": self.errno, "message": self.message, "insn": self.insn,
                "rule": self.rule, "log": self.log, "processed_insns": self.processed_insns,
                "stack_depth": self.stack_depth, "rules": self.rules,
                "stats": self.stats_line(),
                "seconds": round(self.seconds, 4)}


class Verifier(LoadPasses, AluOps, MemoryAccess, StackAccess, Calls, Branches, Pruning,
               Unprivileged, BtfAccess):
    """bpf_verifier_env: the per-load state, and the main loop over the program."""

    def __init__(self, pfile: ProgramFile, prog: Program, rules: RuleSet, jit: bool = True,
                 priv: Privileges = ROOT):
        self.pfile = pfile
        self.priv = priv
        self.alu_aux: dict[int, tuple] = {}          # insn_aux alu_state, alu_limit
        self.explore_alu_limits = False
        self._env_compare = None                     # Pruning.env_compare's, unprivileged
        self.sanitize_stack_spill: set[int] = set()   # insn_aux sanitize_stack_spill
        self.prog = prog
        self.vlog: Optional[VLog] = None     # the verifier log, when asked for (verify(log_level=))
        self.rules = rules
        self.range_bugs = rules.range_bugs       # read on every ALU insn and branch
        self.alu_memo: dict = {}                 # AluOps.adjust_reg_min_max_vals' outcomes
        self.branch_memo: dict = {}              # Branches.set_min_max's outcomes
        self.isa_v4 = rules.kernel_has("ISA-V4")
        self.scalar_id_612 = rules.kernel_has("SCALAR-ID-612")
        self.core01 = rules.on("CORE-01")
        self.alu_plans: dict = {}                # AluOps.check_alu_op's per-insn checks
        self.jit = jit
        self.func_info = True        # the object's BTF (func_info) reached the kernel
        self.maps = pfile.map_list()
        self.insns = self._kernel_insns(prog)
        self.n = len(self.insns)
        self.id_gen = 0
        self.processed = 0
        self.seen: set[int] = set()
        self.map_state: dict[int, object] = {}       # insn_aux map_ptr_state
        self.probe_mem: set[int] = set()             # loads convert_ctx_accesses makes PROBE_MEM
        self.sock_access: dict[int, str] = {}        # insn_aux ptr_type of loads through a socket
        self.unconverted: set[int] = set()           # loads convert_ctx_accesses has no rewrite for
        self.unresolved_kfuncs: set[int] = set()     # reached kfunc calls with imm 0
        self.key_state: dict[int, object] = {}       # insn_aux map_key_state (tail calls)
        self.loop_inline_state: dict[int, tuple] = {}   # insn_aux loop_inline_state
        self.prune_points: set[int] = set()
        self.jmp_points: set[int] = set()
        self.calls_callback: set[int] = set()    # insn_aux calls_callback = force_checkpoint
        self.has_back_edge = False      # check_cfg: a bounded loop exists
        self.stack_depth: dict[int, int] = {}
        self.subprogs: list[int] = []
        self.subprog_global: dict[int, bool] = {}
        self.global_called: set[int] = set()           # subprog_aux->called (6.12)
        self.has_tail_call: dict[int, bool] = {}
        self.has_ld_abs: dict[int, bool] = {}
        self.is_async_cb: dict[int, bool] = {}
        self.sleepable_cb: set[int] = set()
        self.tail_call_reachable = False
        self.stack: list[State] = []
        self.explored: dict[int, list] = {}
        self.jmps_processed = 0
        self.prev_jmps = 0
        self.prev_insns = 0
        self.insn_idx = 0
        self.prev_insn_idx = -1
        self.total_states = 0
        self.peak_states = 0
        self.max_states_per_insn = 0
        self.longest_mark_read_walk = 0
        self.hist_stamp = -1         # env->cur_hist_ent: `processed` when this insn pushed one
        self.strict_alignment = bool(prog.prog_flags & BPF_F_STRICT_ALIGNMENT)
        self.sleepable = bool(prog.sleepable or prog.prog_flags & BPF_F_SLEEPABLE)
        self.test_state_freq = bool(prog.prog_flags & BPF_F_TEST_STATE_FREQ)

    @staticmethod
    def _kernel_insns(prog: Program) -> list[Insn]:
        """The kernel's slot array: lddw occupies two slots, the second a pseudo insn."""
        out = []
        for ins in prog.insns:
            out.append(ins)
            if ins.is_wide:
                out.append(Insn(*(ins.hi_slot or (0, 0, 0, 0)), ins.imm64_hi or 0))
        return out

    def tnum_log(self, t) -> str:
        return tnum_str(t, self.rules.kernel_has("LOG-TNUM"))

    def err(self, msg, errno=EINVAL, insn=None, after=()):
        if self.rules.kernel_has("LOG-RINGBUF-MEM"):     # reg_type_str names MEM_RINGBUF
            msg = [m.replace("alloc_mem", "ringbuf_mem") for m in msg] if isinstance(msg, list) else \
                msg.replace("alloc_mem", "ringbuf_mem")
        raise VerifierError(msg, errno, rule_of(msg if isinstance(msg, str) else msg[-1]), insn, after)

    def depths_after_loop_inlining(self, depths: list[int]) -> list[int]:
        """The stack depths print_verification_stats shows: optimize_bpf_loop ran before it and
        gave each subprogram with an inlined bpf_loop 3 slots more (after rounding up to 8)."""
        inlined = {max(k for k, start in enumerate(self.subprogs) if start <= idx)
                   for idx, (fit, _) in self.loop_inline_state.items() if fit}
        return [(d + 7) // 8 * 8 + 24 if k in inlined else d for k, d in enumerate(depths)]

    def find_subprog(self, idx: int) -> int:
        try:
            return self.subprogs.index(idx)
        except ValueError:
            return -1

    def map_of(self, ins: Insn) -> Optional[Map]:
        if ins.target == LITERAL_MAP_FD:
            return None
        if 0 <= ins.imm < len(self.maps):
            return self.maps[ins.imm]
        if ins.target and ins.target in self.pfile.maps:
            return self.pfile.maps[ins.target]
        return None

    def init_state(self, subprog: int, start_regs=None) -> State:
        if self.vlog is not None:
            self.vlog.mark_state_scratched()              # init_func_state
        st = State()
        f = Frame(0, subprog, -1)
        st.frames.append(f)
        if start_regs is None:
            mark_reg_known_zero(f.regs[1], "ctx")
        st.in_sleepable = bool(self.sleepable)
        return st

    # ---- the verifier log (vlog.py), printed where do_check prints it ---------------------
    def vlog_refs(self, st: State) -> list:
        return [rid for rid, _ in st.refs]

    def vlog_insn_state(self, st: State) -> None:
        if self.vlog is not None:
            self.vlog.print_insn_state(st.cur, self.insn_idx, self.vlog_refs(st))

    def vlog_safe(self, st: State, idx: int) -> None:
        v = self.vlog
        if v.do_print_state:
            spec = " (speculative execution)" if st.speculative else ""
            v.verbose(f"\nfrom {self.prev_insn_idx} to {idx}{spec}: safe\n")
        else:
            v.verbose(f"{idx}: safe\n")

    def vlog_insn(self, st: State, idx: int) -> None:
        v = self.vlog
        if v.level & BPF_LOG_LEVEL2 and v.do_print_state:
            spec = " (speculative execution)" if st.speculative else ""
            v.verbose(f"\nfrom {self.prev_insn_idx} to {idx}{spec}:")
            v.print_verifier_state(st.cur, True, self.vlog_refs(st))
        v.do_print_state = False
        if v.scratched():
            v.print_insn_state(st.cur, idx, self.vlog_refs(st))
        v.print_insn(idx, insn_text(self.printed_insn(idx), v.v612, not self.priv.allow_ptr_leaks))

    def printed_insn(self, idx: int) -> Insn:
        """The insn as the log shows it: resolve_pseudo_ldimm64 gave a per-CPU ksym's lddw the
        variable's address (its .data..percpu offset in the vmlinux BTF) before do_check."""
        ins = self.insns[idx]
        if ins.is_wide and ins.src == BPF_PSEUDO_BTF_ID:
            v = vmlinux.ksym_var(ins.target or "", self.rules.kernel.name)
            if v is not None and v.percpu_off is not None:
                return Insn.lddw(ins.dst, v.percpu_off)
        return ins

    def check_reg_arg(self, st: State, regno: int, src: bool, mark_unknown_dst=False):
        """check_reg_arg: SRC_OP reads `regno` (a liveness read mark), a destination is
        written (DST_OP makes it an unknown scalar, DST_OP_NO_MARK leaves it to the caller)."""
        if regno >= 11:
            self.err(f"R{regno} is invalid", EINVAL)
        if self.vlog is not None:
            self.vlog.mark_reg_scratched(regno)
        r = st.frames[-1].regs[regno]
        if src:
            if r.type == "?" and self.core01:
                self.err(f"R{regno} !read_ok", EACCES)
            # mark_reg_read stops at once at a register written since the last checkpoint
            if regno == 10 or r.parent is None or r.live & REG_LIVE_WRITTEN:
                return
            rw64 = is_reg64(self.insns[self.insn_idx], regno, r, True)
            mark_reg_read(self, r, r.parent, REG_LIVE_READ64 if rw64 else REG_LIVE_READ32)
        else:
            if regno == 10:
                self.err("frame pointer is read only", EACCES)
            r.live |= REG_LIVE_WRITTEN
            if mark_unknown_dst:
                mark_reg_unknown(r)

    def mark_chain_precision(self, st: State, regno: int) -> None:
        mark_chain_precision_frame(self, st, st.curframe, regno)

    @functools.cached_property
    def backtrack_table(self) -> list:
        return backtrack_table(self.insns)

    @functools.cached_property
    def backtrack_memo(self) -> dict:
        """The outcome of backtracking a straight-line run with given masks (precision.py)."""
        return {}

    def check_ld_imm(self, st: State, ins: Insn, idx: int):
        if ins.size != BPF_DW:
            self.err("invalid BPF_LD_IMM insn")
        if ins.off != 0:
            self.err("BPF_LD_IMM64 uses reserved fields")
        self.check_reg_arg(st, ins.dst, False, mark_unknown_dst=True)
        d = st.cur.regs[ins.dst]
        if ins.src == 0:
            mark_reg_known(d, ins.imm64)
            return
        mark_reg_known_zero(d, "scalar")
        if ins.src == BPF_PSEUDO_BTF_ID:          # a ksym variable (check_pseudo_btf_id)
            v = vmlinux.ksym_var(ins.target, self.rules.kernel.name)
            if v.percpu:
                d.type = "percpu_ptr_"
            elif v.struct:
                d.type = "ptr_"
            else:
                d.type, d.rdonly, d.mem_size = "mem", True, v.size
            if v.percpu or v.struct:
                d.btf, d.btf_id = self.kernel_btf(), v.type_id
            return
        if ins.src == BPF_PSEUDO_FUNC:
            sub = self.find_subprog(idx + ins.imm + 1)
            if not self.func_info:
                self.err("missing btf func_info")
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
            if m.spin_lock_off >= 0 and not self.rules.kernel_has("SL-LOCK-PTR"):
                self.id_gen += 1            # 6.12: id 0, "map_value is not distinct"
                d.id = self.id_gen
        elif ins.src in (BPF_PSEUDO_MAP_FD, BPF_PSEUDO_MAP_IDX):
            d.type = "map_ptr"
        else:
            self.err("bpf verifier is misconfigured")

    def check_ld_abs(self, st: State, ins: Insn, idx: int) -> Optional[int]:
        """The load's checks; in a subprogram, where the caller goes on (the failed load's return)."""
        pt = self.prog.prog_type
        mode = ins.mode
        if pt not in MAY_ACCESS_SKB_TYPES:
            self.err("BPF_LD_[ABS|IND] instructions not allowed for this program type")
        if ins.dst != 0 or ins.off != 0 or ins.size == BPF_DW or \
                (mode == BPF_ABS and ins.src != 0):
            self.err("BPF_LD_[ABS|IND] uses reserved fields")
        self.check_reg_arg(st, 6, True)
        if st.refs:
            self.err("BPF_LD_[ABS|IND] cannot be mixed with socket references")
        if st.active_spin_lock and self.rules.on("SL-09"):
            self.err("BPF_LD_[ABS|IND] cannot be used inside bpf_spin_lock-ed region")
        regs = st.frames[-1].regs
        if regs[6].type != "ctx":
            self.err("at the time of BPF_LD_ABS|IND R6 != pointer to skb")
        if mode == BPF_IND:
            self.check_reg_arg(st, ins.src, True)
        self.check_ptr_off_reg(regs[6], 6)
        clear_caller_saved_regs(regs)
        if self.vlog is not None:
            for i in range(6):
                self.vlog.mark_reg_scratched(i)
        mark_reg_unknown(regs[0])
        if len(st.frames) > 1 and not self.rules.kernel_has("LD-ABS-EXIT-612"):
            # bpf_gen_ld_abs's hidden `r0 = 0; exit` on a failed load: in a subprogram that
            # returns to the caller, a path of its own (the load's result goes on, pushed)
            if self.vlog is not None:
                self.vlog.mark_reg_scratched(0)
            self.push_stack(st.copy(), idx + 1, idx)
            mark_reg_known(regs[0], 0)
            return self.prepare_func_exit(st)
        return None


    def do_check(self, st: State, start: int):
        """Walk every path from `start`: the current one first, pushed branches after (pop_stack)."""
        self.stack = []
        st._next, st._prev = start, -1
        st._log_pos = self.vlog.pos if self.vlog is not None else 0
        self.stack.append(st)
        first = True
        while self.stack:
            st = self.stack.pop()
            if self.vlog is not None and not first:
                # pop_stack: at level 1 the finished path is cut out of the log
                if not self.vlog.level & BPF_LOG_LEVEL2:
                    self.vlog.reset(st._log_pos)
                self.vlog.do_print_state = True
            first = False
            self.do_check_insns(st, st._next, st._prev)
            if self.vlog is not None:
                self.vlog.mark_state_scratched()          # process_bpf_exit
            self.update_branch_counts(st)
        if self.vlog is not None and not self.vlog.level & BPF_LOG_LEVEL2:
            self.vlog.reset(0)            # do_check_common: a verified function leaves no trace

    def do_check_insns(self, st: State, idx: int, prev: int):
        """do_check's loop for one path, from `idx` (reached from `prev`) until exit or pruning."""
        insns, n, seen, vlog = self.insns, self.n, self.seen, self.vlog
        prune_points, jmp_points = self.prune_points, self.jmp_points
        while True:
            self.prev_insn_idx = prev
            if idx >= n or idx < 0:
                self.err(f"invalid insn idx {idx} insn_cnt {n}")
            processed = self.processed = self.processed + 1
            if not processed & 63:       # a clock read every 64 insns is often enough
                check_deadline("the verifier")
            if processed > BPF_COMPLEXITY_LIMIT_INSNS:
                self.err(f"BPF program is too large. Processed {processed} insn", E2BIG)
            self.insn_idx = idx
            if idx in prune_points:
                if self.is_state_visited(st, idx):
                    if vlog is not None:
                        self.vlog_safe(st, idx)
                    return
            else:
                st.last_insn_idx = prev
                if idx in jmp_points:
                    self.push_jmp_history(st, idx)
            if vlog is not None:
                self.vlog_insn(st, idx)
            prev = idx
            if not st.speculative:              # sanitize_mark_insn_seen
                seen.add(idx)
            ins = insns[idx]
            cls = ins.cls
            if cls == BPF_ALU64 or cls == BPF_ALU:
                self.check_alu_op(st, ins)
                idx += 1
                continue
            regs = st.frames[-1].regs
            if cls == BPF_LDX:
                self.check_reg_arg(st, ins.src, True)
                self.check_reg_arg(st, ins.dst, False)
                self.check_mem_access(st, ins.src, ins.off, ins.size_bytes, False,
                                      ins.dst)
                if ins.mode == BPF_MEMSX and regs[ins.dst].type == "scalar":   # ISA-V4 ldsx
                    coerce_reg_to_size_sx(regs[ins.dst].bw(), ins.size_bytes)
            elif cls == BPF_STX:
                if ins.mode == BPF_ATOMIC:
                    self.check_atomic(st, ins, idx)
                    idx += 1
                    continue
                if ins.mode != BPF_MEM or ins.imm != 0:
                    self.err("BPF_STX uses reserved fields")
                self.check_reg_arg(st, ins.src, True)
                self.check_reg_arg(st, ins.dst, True)
                self.check_mem_access(st, ins.dst, ins.off, ins.size_bytes, True,
                                      ins.src)
            elif cls == BPF_ST:
                if ins.mode != BPF_MEM or ins.src != 0:
                    self.err("BPF_ST uses reserved fields")
                self.check_reg_arg(st, ins.dst, True)
                if regs[ins.dst].type == "ctx" and not self.rules.kernel_has("CTX-ST"):
                    self.err(f"BPF_ST stores into R{ins.dst} ctx is not allowed", EACCES)
                self.check_mem_access(st, ins.dst, ins.off, ins.size_bytes, True, -1)
            elif cls in (BPF_JMP, BPF_JMP32):
                self.jmps_processed += 1
                op = ins.code
                if op == BPF_CALL:
                    if ins.source == BPF_X or (ins.src != BPF_PSEUDO_KFUNC_CALL and ins.off != 0) \
                            or ins.src not in (0, BPF_PSEUDO_CALL, BPF_PSEUDO_KFUNC_CALL) \
                            or ins.dst != 0 or cls == BPF_JMP32:
                        self.err("BPF_CALL uses reserved fields")
                    # SL-SUBPROG: 6.12 lets bpf2bpf calls run under the lock
                    if st.active_spin_lock and ((ins.src == BPF_PSEUDO_CALL and
                                                 not self.rules.kernel_has("SL-SUBPROG")) or
                                                (ins.src != BPF_PSEUDO_CALL and
                                                 ins.imm != BPF_FUNC_spin_unlock)) and \
                            self.rules.on("SL-07"):
                        self.err("function calls are not allowed while holding a lock")
                    if ins.src == BPF_PSEUDO_CALL:
                        sub = self.find_subprog(idx + ins.imm + 1)
                        if sub < 0:
                            self.err(f"verifier bug. No program starts at insn {idx + ins.imm + 1}",
                                     EFAULT)
                        if self.check_func_call(st, ins, idx, sub, "call"):
                            idx = self.subprogs[sub]
                            continue
                    elif ins.src == BPF_PSEUDO_KFUNC_CALL:
                        self.check_kfunc_call(st, ins, idx)
                    else:
                        if self.check_helper_call(st, ins, idx):
                            idx = self.subprogs[st.cur.subprogno]
                            continue
                elif op == BPF_JA:
                    if ins.source == BPF_X or ins.src != 0 or ins.dst != 0 or \
                            (cls == BPF_JMP and ins.imm != 0) or (cls == BPF_JMP32 and ins.off != 0):
                        self.err("BPF_JA uses reserved fields")
                    idx += ins.jump_offset() + 1
                    continue
                elif op == BPF_EXIT:
                    if ins.source == BPF_X or ins.imm != 0 or ins.src != 0 or ins.dst != 0 or \
                            cls == BPF_JMP32:
                        self.err("BPF_EXIT uses reserved fields")
                    if st.active_spin_lock and self.rules.on("SL-08") and \
                            (len(st.frames) == 1 or st.cur.in_async_callback_fn or
                             not self.rules.kernel_has("SL-SUBPROG")):
                        self.err("bpf_spin_unlock is missing")
                    if st.active_rcu_lock and len(st.frames) == 1:
                        self.err("bpf_rcu_read_unlock is missing")
                    if st.refs and len(st.frames) == 1:
                        rid, at = st.refs[0]
                        self.err(f"Unreleased reference id={rid} alloc_insn={at}")
                    if len(st.frames) > 1:
                        idx = self.prepare_func_exit(st)
                        if self.vlog is not None:
                            self.vlog.do_print_state = True
                        continue
                    self.check_return_code(st)
                    return
                else:
                    idx = self.check_cond_jmp_op(st, ins, idx)
                    continue
            elif cls == BPF_LD:
                mode = ins.mode
                if mode in (BPF_ABS, BPF_IND):
                    ret = self.check_ld_abs(st, ins, idx)
                    if ret is not None:
                        idx = ret
                        continue
                elif mode == BPF_IMM:
                    self.check_ld_imm(st, ins, idx)
                    if not st.speculative:
                        self.seen.add(idx + 1)
                    idx += 1
                else:
                    self.err("invalid BPF_LD mode")
            else:
                self.err(f"unknown insn class {cls}")
            idx += 1

    def bpf_check(self) -> None:
        """The passes in bpf_check() order; raises VerifierError with the first error."""
        self.check_subprogs()
        self.check_btf_func()
        self.check_attach_btf_id()
        self.resolve_pseudo_ldimm64()
        self.check_cfg()
        # do_check_subprogs: 6.1 verifies every global function first; 6.12 walks main first
        # and then the global functions a walk called, until no new one is called
        called_only = self.rules.kernel_has("GLOBAL-FUNC-CALLED")
        if not called_only:
            for sub, is_global in sorted(self.subprog_global.items()):
                if is_global:
                    self.check_global_func(sub)
        main = self.prog.function_at(0)
        if self.vlog is not None and self.vlog.v612 and self.func_info and main is not None \
                and main.btf_global and main.returns_scalar is False:
            # do_check_common (6.12) checks main's BTF signature with btf_prepare_func_args,
            # which logs this and marks the BTF unreliable; main is verified all the same
            self.vlog.verbose(f"Global function {main.name}() doesn't return scalar. Only those "
                              f"are supported.\n")
        st = self.init_state(0)
        self.do_check(st, 0)
        verified: set[int] = set()
        while called_only:
            todo = [sub for sub in range(1, len(self.subprogs)) if self.subprog_global.get(sub)
                    and sub in self.global_called and sub not in verified]
            for sub in todo:
                self.check_global_func(sub)
                verified.add(sub)
            called_only = bool(todo)
        self.check_max_stack_depth()
        self.check_ctx_conversions()
        self.do_misc_fixups()

    def global_func_name(self, sub: int) -> str:
        """How the log names a global function: 6.12 adds its name in quotes."""
        fn = self.prog.function_at(self.subprogs[sub])
        return f"#{sub} ('{fn.name if fn else '?'}')" if self.rules.kernel_has("GLOBAL-FUNC-CALLED") \
            else f"#{sub}"

    def check_global_func(self, sub: int) -> None:
        """do_check_common for a global function: verified once, on its own, with the
        arguments its BTF declares."""
        if self.vlog is not None:
            self.vlog.mark_state_scratched()          # init_func_state
        st = State()
        f = Frame(0, sub, -1)
        fn = self.prog.function_at(self.subprogs[sub])
        st.frames.append(f)
        st.in_sleepable = bool(self.sleepable)
        if self.vlog is not None:
            self.vlog.verbose(f"Validating {fn.name if fn else '?'}() func#{sub}...\n")
        self.btf_prepare_func_args(fn, f)
        self.do_check(st, self.subprogs[sub])
        if self.vlog is not None:
            self.vlog.verbose(f"Func{self.global_func_name(sub)} is safe for any args that match "
                              f"its prototype\n")

    def btf_func_arg_kind(self, arg: tuple) -> str:
        """How btf_prepare_func_args types one BTF argument: "scalar", "ctx" (a pointer to the
        program type's own ctx struct), "mem" (a pointer to something sized) or "bad"."""
        if arg[0] == "scalar":
            return "scalar"
        if arg[0] != "ptr":
            return "bad"
        spec = PROG_CTX.get(self.prog.prog_type)
        if arg[1] is not None and spec is not None and arg[1] == spec.layout.name:
            return "ctx"
        return "mem" if arg[2] is not None else "bad"

    def btf_prepare_func_args(self, fn, f: Frame) -> None:
        """A global function's registers from its BTF prototype: an int or enum is an unknown
        scalar, a pointer to the ctx struct the ctx, any other sized pointee PTR_TO_MEM that may
        be NULL (a fresh id, mem_size the pointee's size); registers past the arguments stay
        unreadable. A function without BTF arguments gets five unknown scalars."""
        if fn is None or fn.btf_args is None:
            for i in range(1, 6):
                mark_reg_unknown(f.regs[i])
            return
        for i, arg in enumerate(fn.btf_args):
            kind = self.btf_func_arg_kind(arg)
            if kind == "bad" and arg[0] == "ptr":
                self.err(f"arg#{i} reference type('{arg[3]} {arg[4]}') size cannot be "
                         f"determined: -22")
            if kind == "bad":
                self.err(f"Arg#{i} type {arg[1]} in {fn.name}() is not supported yet.")
            r = f.regs[i + 1]
            if kind == "scalar":
                mark_reg_unknown(r)
            elif kind == "ctx":
                mark_reg_known_zero(r, "ctx")
            else:
                mark_reg_known_zero(r, "mem")
                r.maybe_null, r.mem_size = True, arg[2]
                self.id_gen += 1
                r.id = self.id_gen

    def check_ctx_conversions(self) -> None:
        """convert_ctx_accesses: a load the access check allowed but the type's convert_ctx_access
        writes nothing for (cnt 0) fails the load after the walk."""
        for idx in sorted(self.unconverted):
            self.err("bpf verifier is misconfigured", EINVAL, idx)

    def do_misc_fixups(self) -> None:
        """do_misc_fixups, in instruction order: a kfunc call the walk reached unresolved (imm 0)
        is refused (fixup_kfunc_call; unreached ones are dead code, removed before); an
        unprivileged tail call is bounded by index masking against one map's max_entries, so a
        call site reached with two prog arrays cannot be fixed up."""
        abusing = set() if self.priv.bypass_spec_v1 else {
            idx for idx, m in self.map_state.items()
            if m == "poison" and self.insns[idx].is_helper_call and self.insns[idx].imm == BPF_FUNC_tail_call}
        for idx in sorted(abusing | self.unresolved_kfuncs):
            if idx in abusing:
                self.err("tail_call abusing map_ptr", EINVAL, idx)
            self.err("invalid kernel function call not eliminated in verifier pass", EINVAL, idx)


def _map_create_fixup(pfile: ProgramFile, rs: RuleSet, priv: Privileges = ROOT,
                      uncreated=frozenset()):
    """What map creation leaves: map_check_btf() refuses a lock/timer in a map type that cannot
    carry one (SL-02) and libbpf then retries without BTF, so the verifier later sees a map
    without BTF. A map-in-map whose inner template has a lock cannot be created (SL-12, 6.1).
    BTF-TWO-LOCKS (a kernel that refuses the object's BTF) and a loader without CAP_BPF (no
    BPF_BTF_LOAD) leave every map without BTF."""
    out = copy.copy(pfile)
    out.maps = {}
    failed = None
    btf_loadable = priv.bpf_capable     # BPF_BTF_LOAD needs CAP_BPF: libbpf goes on without
    no_btf = not btf_loadable or (rs.kernel_has("BTF-TWO-LOCKS") and
                                  btf_refused_by_612(pfile.maps.values()))
    for name, m in pfile.maps.items():
        if m.map_type not in rs.kernel.map_type_names:   # map_create: type beyond the enum
            return out, (name, f"map type {m.map_type} does not exist in Linux {rs.kernel.name} "
                               f"(map_create: -EINVAL)", EINVAL), no_btf
        if m.map_type not in rs.kernel.maps:
            raise NotImplementedError(f"map type {m.map_type} of Linux {rs.kernel.name}")
        refused = None if priv is ROOT or name in uncreated else map_create_refusal(
            m.map_type, m.has_btf and not no_btf, bool(m.flags & BPF_F_ZERO_SEED), priv)
        if refused is not None:
            return out, (name, f"map_create: {refused[1]}", EPERM if refused[0] == "EPERM"
                         else EINVAL), no_btf
        mt = rs.kernel.map_type(m.map_type)     # map_check_btf: may it carry a lock / a timer?
        if no_btf or (m.spin_lock_off >= 0 and not mt.spin_lock) or (m.timer_off >= 0 and not mt.timer):
            m = copy.copy(m)
            m.has_btf = False
            m.spin_lock_off = FIELD_NO_BTF
            m.timer_off = FIELD_NO_BTF
        if m.inner is not None and m.inner.spin_lock_off >= 0 and failed is None \
                and not rs.kernel_has("SL-12-INNER"):
            failed = (name, "inner map with bpf_spin_lock cannot be created (bpf_map_meta_alloc: "
                            "-ENOTSUPP)", ENOTSUPP)
        out.maps[name] = m
    return out, failed, no_btf


def unpriv_load_refusal(prog: Program, priv: Privileges) -> Optional[tuple]:
    """bpf_prog_load's checks before the verifier runs, for a loader without CAP_BPF:
    (errno, reason) or None."""
    if priv.bpf_capable:
        return None
    if prog.prog_type not in UNPRIV_PROG_TYPES:
        return EPERM, f"program type {prog.prog_type} needs CAP_BPF"
    n = sum(2 if ins.is_wide else 1 for ins in prog.insns)
    if n > BPF_MAXINSNS:
        return E2BIG, f"{n} instructions: more than BPF_MAXINSNS ({BPF_MAXINSNS}) without CAP_BPF"
    return None


@contextlib.contextmanager
def _without_cycle_collection():
    """The walk allocates millions of short-lived registers and bounds that reference counting
    frees (they form no cycles), while the checkpoints it keeps grow the heap that each pass
    of the cyclic collector scans again: 12-14 % of the 1M-insn walk. Off during the walk,
    back as it was after."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def verify(pfile: ProgramFile, program, *, rules="6.1", jit: bool = True,
           log_level: int = 0, unpriv: bool = False, caps=(),
           uncreated_maps=frozenset()) -> VerifyResult:
    """Would Linux 6.1 accept `program`? Returns the verdict and the kernel's error line; with
    `log_level` (1, 2, |4 for statistics) also the verifier log the kernel would print.
    `unpriv`: loaded without CAP_SYS_ADMIN, CAP_NET_ADMIN, CAP_PERFMON and CAP_BPF, except the
    capabilities named in `caps`. `uncreated_maps`: maps the loader does not create (test_loader
    leaves out what an unprivileged user may not create; the program must not use them)."""
    prog = pfile.program(program) if isinstance(program, str) else program
    rs = get_ruleset(rules)
    priv = privileges_for(caps) if unpriv else ROOT
    pfile, failed_map, btf_refused = _map_create_fixup(pfile, rs, priv, frozenset(uncreated_maps))
    if failed_map is not None:   # libbpf creates every map of the object before loading
        name, why, errno = failed_map
        return VerifyResult(program=prog.name, section=prog.section, accepted=False,
                            errno=errno, message=None, rule="SL-12" if errno == ENOTSUPP else None,
                            rules=rs.name, log=[f"map '{name}': {why}"])
    refusal = unpriv_load_refusal(prog, priv) if unpriv else None
    if refusal is not None:       # the syscall fails before bpf_check: no verifier log
        return VerifyResult(program=prog.name, section=prog.section, accepted=False,
                            errno=refusal[0], message=None, rules=rs.name,
                            log=[f"bpf_prog_load: {refusal[1]}"])
    with _without_cycle_collection():       # the walk's states are freed on return, first
        return _bpf_check(pfile, prog, rs, priv, jit, log_level, btf_refused)


def _bpf_check(pfile: ProgramFile, prog: Program, rs: RuleSet, priv: Privileges, jit: bool,
               log_level: int, btf_refused: bool) -> VerifyResult:
    """verify()'s walk and its result."""
    t0 = time.perf_counter()
    v = Verifier(pfile, prog, rs, jit=jit, priv=priv)
    v.func_info = not btf_refused
    if log_level & BPF_LOG_LEVEL:
        v.vlog = VLog(log_level, rs.kernel.name, all_precise=not priv.bpf_capable)
    res = VerifyResult(program=prog.name, section=prog.section, accepted=True, rules=rs.name)
    try:
        v.bpf_check()
    except VerifierError as e:
        if v.vlog is not None:
            v.vlog.verbose("".join(line + "\n" for line in e.lines + e.after))
        res.accepted = False
        res.errno = e.errno
        res.message = e.lines[-1]
        res.log = e.lines
        res.rule = e.rule
        res.insn = e.insn if e.insn is not None else v.insn_idx
    except RecursionError:
        res.accepted = False
        res.errno = E2BIG
        res.message = "model recursion limit"
    res.processed_insns = v.processed
    res.max_states_per_insn = v.max_states_per_insn
    res.total_states = v.total_states
    res.peak_states = v.peak_states
    res.mark_read = v.longest_mark_read_walk
    res.stack_depth = [v.stack_depth.get(i, 0) for i in range(len(v.subprogs))]
    res.seen = v.seen
    res.map_state = v.map_state
    res.alu_aux = dict(v.alu_aux)
    res.sanitize_stack_spill = frozenset(v.sanitize_stack_spill)
    res.probe_mem = frozenset(v.probe_mem)
    res.sock_access = dict(v.sock_access)
    res.tail_call_reachable = v.tail_call_reachable
    res.seconds = time.perf_counter() - t0
    if log_level:
        out = v.vlog if v.vlog is not None else VLog(log_level)
        if log_level & BPF_LOG_STATS:
            out.verbose(f"verification time {int(res.seconds * 1e6)} usec\n")
            depths = res.stack_depth or [0]
            if res.accepted:
                depths = v.depths_after_loop_inlining(depths)
            out.verbose("stack depth " + "+".join(str(d) for d in depths) + "\n")
        out.verbose(res.stats_line() + "\n")
        res.verifier_log = out.text()
    return res
