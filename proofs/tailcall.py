"""Tail calls: the tail-call counter as a state machine over call frames.

Schemes (rules.md TC-01/TC-02/TC-07):
- "ideal":  one counter per execution (the interpreter's run-wide count);
- "jit61":  x86-64 6.1: the counter lives in each frame's `push rax` slot; a bpf2bpf callee gets a
            COPY of its caller's counter (rax reloaded before the call) and it is never copied back;
- "jit610": 6.10+: every frame holds a pointer to the entry program's counter (shared);
- "reinit": a subprogram re-initialises the counter on entry as if it were an entry program.
A tail call checks `cnt >= MAX_TAIL_CALL_CNT (33)`, increments, then checks the slot (TC-01): an
empty slot still consumes one count; a taken call reuses the frame (the body restarts).

Two instruments:
1. `frame_machine_induction`: Z3 1-induction over the abstract frame machine (any depth, any
   program, any prog-array contents; actions call / return / tail call to a populated or empty
   slot). For shared counters the invariant `taken <= cnt <= 33` is inductive: the bound holds
   for executions of any length. For per-frame counters it is not (Z3 returns the CTI).
2. `search`: exhaustive enumeration of all abstract program files within bounds (programs,
   functions per program, actions per body, prog-array slots), simulated under each scheme.
   It finds the call tree that breaks the bound under jit61 / reinit; the tree is synthesised
   into real BPF (programs + prog array) and replayed on the executor.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Optional

import z3

from bpfsmt.proofs import synth
from bpfsmt.proofs.registry import Outcome, theorem
from bpfsmt.spec.insn import BPF_JGE, BPF_JGT, BPF_JMP, BPF_K, Insn
from bpfsmt.spec.limits import MAX_CALL_FRAMES, MAX_TAIL_CALL_CNT
from bpfsmt.spec.isa import CONCRETE, jmp_cond, z3_domain
from bpfsmt.spec.program import Map

from bpfsmt.solver.concrete.exec import ExecInputs, execute

SHARED = {"ideal": True, "jit610": True, "jit61": False, "reinit": False}
EXEC_SCHEME = {"ideal": "interp", "jit61": "jit61", "jit610": "jit610", "reinit": "reinit"}
MAX_FRAMES = MAX_CALL_FRAMES     # deeper runs are not replayable on the executor


# ---------------------------------------------------------------------------------------------
# Abstract programs
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class AProg:
    """funcs[0] is main; each body is a tuple of actions ("tc", slot) | ("call", func index)."""
    funcs: tuple


@dataclass(frozen=True)
class AFile:
    progs: tuple                 # AProg, progs[0] is the entry program
    slots: tuple                 # prog array: slot -> program index or None

    def describe(self) -> str:
        out = []
        for i, p in enumerate(self.progs):
            for j, body in enumerate(p.funcs):
                acts = ", ".join(f"tail_call(slot {a[1]})" if a[0] == "tc" else f"call {fname(i, a[1])}"
                                 for a in body) or "-"
                out.append(f"{fname(i, j)}: {acts}; exit")
        out.append("prog_array: " + ", ".join(f"[{s}] = {'empty' if p is None else pname(p)}"
                                              for s, p in enumerate(self.slots)))
        return "\n".join(out)


def pname(i: int) -> str:
    return f"prog{i}"


def fname(i: int, j: int) -> str:
    return pname(i) if j == 0 else f"prog{i}_f{j}"


@dataclass
class SimResult:
    total: int                       # tail calls taken
    attempts: int
    max_depth: int
    stopped: str                     # "exit" | "cap" | "steps" | "lasso"
    tree: list = field(default_factory=list)   # call-tree lines (first ones)
    lasso: Optional[dict] = None


def simulate(f: AFile, scheme: str, *, cap: int = 10_000, max_steps: int = 200_000,
             max_depth: Optional[int] = None, tree_lines: int = 40, detect_lasso: bool = False) -> SimResult:
    """Run the entry program under `scheme`, counting tail calls (the frame machine).
    Stops at `cap` taken calls, `max_steps` actions or when the lasso is detected."""
    shared = SHARED[scheme]
    g = 0                                            # the shared counter
    # frame: [prog, func, pc, cnt, entry_key, total_at_entry]
    stack = [[0, 0, 0, 0, (0, 0, 0), 0]]
    total = attempts = steps = 0
    maxd = 1
    tree: list[str] = [f"{pname(0)} (entry, cnt 0)"]

    def log(s):
        if len(tree) < tree_lines:
            tree.append("  " * (len(stack) - 1) + s)

    while stack:
        steps += 1
        if steps > max_steps:
            return SimResult(total, attempts, maxd, "steps", tree)
        fr = stack[-1]
        body = f.progs[fr[0]].funcs[fr[1]]
        if fr[2] >= len(body):                       # exit
            stack.pop()
            continue
        act = body[fr[2]]
        fr[2] += 1
        if act[0] == "call":
            cnt = 0 if scheme == "reinit" else fr[3]
            key = (fr[0], act[1], cnt)
            if detect_lasso and not shared:
                for anc in stack:
                    if anc[4] == key and total > anc[5]:
                        return SimResult(total, attempts, maxd, "lasso", tree,
                                         {"function": fname(fr[0], act[1]), "counter_at_entry": cnt,
                                          "depth_first": stack.index(anc) + 1, "depth_again": len(stack) + 1,
                                          "tail_calls_per_round": total - anc[5]})
            stack.append([fr[0], act[1], 0, cnt, key, total])
            maxd = max(maxd, len(stack))
            log(f"call {fname(fr[0], act[1])} (cnt {cnt if not shared else g})")
            if max_depth is not None and len(stack) > max_depth:
                return SimResult(total, attempts, maxd, "depth", tree)
            continue
        # tail call
        attempts += 1
        c = g if shared else fr[3]
        if act[1] >= len(f.slots) or c >= MAX_TAIL_CALL_CNT:
            continue
        c += 1
        if shared:
            g = c
        else:
            fr[3] = c
        tgt = f.slots[act[1]]
        if tgt is None:
            continue
        total += 1
        log(f"tail_call #{total} -> {pname(tgt)} (cnt {c})")
        fr[0], fr[1], fr[2] = tgt, 0, 0
        if total >= cap:
            return SimResult(total, attempts, maxd, "cap", tree)
    return SimResult(total, attempts, maxd, "exit", tree)


# ---------------------------------------------------------------------------------------------
# Exhaustive enumeration of bounded program files
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Bounds:
    programs: int = 2            # programs in the file (the entry is prog0)
    funcs: int = 2               # functions per program (main + subprogs; calls go to higher ones)
    actions: int = 2             # actions per function body
    slots: int = 1               # prog-array slots

    def __str__(self):
        return (f"{self.programs} programs, {self.funcs} functions each (call graph acyclic), "
                f"<= {self.actions} actions per body, {self.slots} prog-array slot(s)")


def _bodies(alphabet, n):
    for k in range(n + 1):
        yield from itertools.product(alphabet, repeat=k)


def _programs(b: Bounds):
    for nf in range(1, b.funcs + 1):
        per_func = []
        for j in range(nf):
            alpha = [("tc", s) for s in range(b.slots)] + [("call", q) for q in range(j + 1, nf)]
            per_func.append(list(_bodies(alpha, b.actions)))
        for funcs in itertools.product(*per_func):
            yield AProg(tuple(funcs))


def enumerate_files(b: Bounds):
    progs = list(_programs(b))
    for n in range(1, b.programs + 1):
        for ps in itertools.product(progs, repeat=n):
            for slots in itertools.product([None] + list(range(n)), repeat=b.slots):
                yield AFile(tuple(ps), tuple(slots))


def _size(f: AFile) -> int:
    return sum(len(body) for p in f.progs for body in p.funcs) + sum(len(p.funcs) for p in f.progs)


def search(scheme: str, b: Bounds, *, limit: int = MAX_TAIL_CALL_CNT, max_depth: int = MAX_FRAMES):
    """All files within bounds: (files checked, worst total, smallest file exceeding `limit`
    that stays within `max_depth` frames)."""
    n = 0
    worst, worst_file, witness = -1, None, None
    for f in enumerate_files(b):
        n += 1
        r = simulate(f, scheme, cap=4 * limit + 4, max_depth=max_depth, tree_lines=0)
        if r.total > worst:
            worst, worst_file = r.total, f
        if r.total > limit and r.stopped != "depth":
            if witness is None or _size(f) < _size(witness):
                witness = f
    return n, worst, worst_file, witness


# ---------------------------------------------------------------------------------------------
# Z3 induction over the frame machine
# ---------------------------------------------------------------------------------------------

def frame_machine_induction(scheme: str, timeout_ms: int = 30_000):
    """1-induction of `taken <= cnt_of_current_frame_or_shared <= 33` (and taken <= 33) over
    the frame machine with unbounded depth. Returns ("proved"|"cti"|"unknown", cti dict)."""
    shared = SHARED[scheme]

    def st(tag):
        return (z3.Int(f"d{tag}"), z3.Array(f"cnt{tag}", z3.IntSort(), z3.IntSort()),
                z3.Int(f"g{tag}"), z3.Int(f"t{tag}"))

    d, cnt, g, t = st("")
    act, populated = z3.Int("act"), z3.Bool("populated")
    cur = g if shared else z3.Select(cnt, d)

    def inv(d, cnt, g, t):
        c = g if shared else z3.Select(cnt, d)
        return z3.And(d >= 0, t >= 0, t <= c, c <= MAX_TAIL_CALL_CNT, g >= 0)

    # call
    callee_cnt = z3.IntVal(0) if scheme == "reinit" else z3.Select(cnt, d)
    call = (d + 1, z3.Store(cnt, d + 1, callee_cnt), g, t)
    ret = (d - 1, cnt, g, t)
    can = cur < MAX_TAIL_CALL_CNT
    inc = cur + 1
    tc = (d, cnt if shared else z3.If(can, z3.Store(cnt, d, inc), cnt),
          z3.If(can, inc, g) if shared else g,
          z3.If(z3.And(can, populated), t + 1, t))
    nxt = [z3.If(act == 0, call[i], z3.If(act == 1, ret[i], tc[i])) for i in range(4)]
    s = z3.Solver()
    s.set("timeout", timeout_ms)
    init = inv(z3.IntVal(0), z3.K(z3.IntSort(), z3.IntVal(0)), z3.IntVal(0), z3.IntVal(0))
    step_ok = z3.Implies(z3.And(inv(d, cnt, g, t), z3.Or(act == 0, z3.And(act == 1, d > 0), act == 2)),
                         inv(*nxt))
    s.add(z3.Not(z3.And(init, step_ok)))
    r = s.check()
    if r == z3.unsat:
        return "proved", None
    if r == z3.sat:
        m = s.model()
        return "cti", {"action": ["call", "return", "tail_call"][m.eval(act).as_long()],
                       "depth": m.eval(d).as_long(), "taken": m.eval(t).as_long()}
    return "unknown", {"reason": s.reason_unknown()}


# ---------------------------------------------------------------------------------------------
# Synthesis and replay
# ---------------------------------------------------------------------------------------------

PA = "jmp_table"


def synth_file(f: AFile, prefix: str = ""):
    """Each abstract program becomes a sched_cls program; prog_array `jmp_table` holds them."""
    pname = lambda i: prefix + globals()["pname"](i)  # noqa: E731
    fname = lambda i, j: pname(i) if j == 0 else f"{pname(i)}_f{j}"  # noqa: E731
    pa = Map(PA, "prog_array", key_size=4, value_size=4, max_entries=len(f.slots),
             prog_slots={s: pname(p) for s, p in enumerate(f.slots) if p is not None})
    maps = [PA]
    progs = []
    for i, p in enumerate(f.progs):
        b = synth.Builder()
        for j, body in enumerate(p.funcs):
            if j:
                b.func(fname(i, j))
            b.mov(6, 1)                                   # ctx, for bpf_tail_call's R1
            for act in body:
                if act[0] == "tc":
                    b.mov(1, 6).ld_map(2, maps, PA).movi(3, act[1]).call("tail_call")
                else:
                    b.mov(1, 6).call_sub(fname(i, act[1]))
            b.ret(0)
        progs.append(b.program(pname(i), "sched_cls", section="tc", maps=maps))
    return synth.program_file("<tailcall>", [pa], progs), progs[0]


def replay(f: AFile, schemes=("jit61", "interp"), prefix: str = "") -> dict:
    pfile, entry = synth_file(f, prefix)
    out = {}
    slots = {PA: {s: prefix + pname(p) for s, p in enumerate(f.slots) if p is not None}}
    for sc in schemes:
        res = execute(pfile, entry, ExecInputs(prog_arrays=slots, tail_call_scheme=sc,
                                               packet=bytes(64)))
        out[sc] = {"tail_calls": res.tail_calls,
                   "fault": res.fault.to_json() if res.fault is not None else None}
    return out


# addresses of the linked images' run on unicorn (the kernel's own are randomised)
_TEXT, _ARRAY, _PROGS, _THUNK, _CTX, _STACK, _RET = (0x10000000, 0x20000000, 0x20010000, 0x30000000,
                                                     0x40000000, 0x50000000, 0x60000000)
_NOP5 = bytes.fromhex("0f1f440000")


def run_jit_images(f: AFile, kernel: str, max_insns: int = 2_000_000) -> dict:
    """End-to-end: every program of `f` JITed by `kernel`'s emitter and linked the way the kernel
    links them (bpf2bpf calls, the prog array's address, the retpoline thunk; each populated
    slot's direct tail call poked: its target NOP becomes `jmp` to that program's bpf_func +
    X86_TAIL_CALL_OFFSET and its bypass `jmp` a NOP, as prog_array_map_poke_run does), then the
    entry program run on unicorn. Counts the tail calls taken: executions of a poked `jmp` (direct)
    or of the thunk (indirect), each of which enters a program at its tail-call entry."""
    from unicorn import UC_ARCH_X86, UC_HOOK_CODE, UC_MODE_64, Uc
    from unicorn import x86_const as U
    from bpfsmt.solver.jit.kernels import jit_config
    from bpfsmt.solver.jit.program import jit_program
    from bpfsmt.spec.kernels import kernel_facts
    cfg = jit_config(kernel)
    layout = kernel_facts(kernel).layout
    tail_call_offset = cfg.jit(cfg).tail_call_offset
    pfile, _ = synth_file(f)
    mu = Uc(UC_ARCH_X86, UC_MODE_64)
    for base in (_TEXT, _ARRAY, _PROGS, _THUNK, _CTX, _STACK, _RET):
        mu.mem_map(base, 0x10000)
    mu.mem_write(_THUNK, b"\xff\xe1")                 # __x86_indirect_thunk_rcx: jmp rcx
    jitted, addr = [], _TEXT
    jumps = {_THUNK: None}                           # tail-call jump site -> target program
    for p in pfile.programs:
        res = jit_program(p.insns, xlated=False, cfg=cfg, max_entries={0: len(f.slots)})
        starts = []
        for fn in res.funcs:
            starts.append(addr)
            addr += (len(fn.image) + 63) // 64 * 64
        jitted.append((res, starts))
    bpf_func = [starts[0] for _, starts in jitted]
    for i, (res, starts) in enumerate(jitted):
        for j, fn in enumerate(res.funcs):
            image = bytearray(fn.image)
            for r in fn.relocs:
                if r.kind == "subprog":
                    v = starts[int(r.target.split("#")[1])] - (starts[j] + r.offset + 4)
                elif r.kind == "map":
                    v = _ARRAY
                elif r.kind == "thunk":
                    v = _THUNK - (starts[j] + r.offset + 4)
                else:
                    raise ValueError(f"cannot link a {r.kind} reference ({r.target})")
                image[r.offset:r.offset + r.size] = (v & ((1 << (8 * r.size)) - 1)).to_bytes(r.size, "little")
            slots_used = [a[1] for a in f.progs[i].funcs[j] if a[0] == "tc"]
            for poke, slot in zip(fn.pokes, slots_used):
                tgt = f.slots[slot] if slot < len(f.slots) else None
                if tgt is None:
                    continue
                rel = bpf_func[tgt] + tail_call_offset - (starts[j] + poke.target + 5)
                image[poke.target:poke.target + 5] = b"\xe9" + (rel & 0xFFFFFFFF).to_bytes(4, "little")
                image[poke.bypass:poke.bypass + 5] = _NOP5
                jumps[starts[j] + poke.target] = tgt
            mu.mem_write(starts[j], bytes(image))
    # struct bpf_array and the programs' struct bpf_prog, for the indirect form
    mu.mem_write(_ARRAY + layout.bpf_array_max_entries, len(f.slots).to_bytes(4, "little"))
    for slot, tgt in enumerate(f.slots):
        if tgt is not None:
            prog = _PROGS + 0x100 * tgt
            mu.mem_write(prog + layout.bpf_prog_bpf_func, bpf_func[tgt].to_bytes(8, "little"))
            mu.mem_write(_ARRAY + layout.bpf_array_value + 8 * slot, prog.to_bytes(8, "little"))
    landing = {bpf_func[i] + tail_call_offset: i for i in range(len(bpf_func))}
    taken: list = []

    def on_jump(uc, address, size, _):
        taken.append(jumps[address] if jumps[address] is not None
                     else landing.get(uc.reg_read(U.UC_X86_REG_RCX)))

    for a in jumps:
        mu.hook_add(UC_HOOK_CODE, on_jump, begin=a, end=a)
    sp = _STACK + 0x10000 - 0x100
    mu.mem_write(sp, _RET.to_bytes(8, "little"))    # `call bpf_func` from the kernel
    mu.reg_write(U.UC_X86_REG_RSP, sp)
    mu.reg_write(U.UC_X86_REG_RDI, _CTX)
    mu.emu_start(bpf_func[0], _RET, count=max_insns)
    finished = mu.reg_read(U.UC_X86_REG_RIP) == _RET
    return {"kernel": kernel, "tail_calls": len(taken), "returned": finished,
            "r0": mu.reg_read(U.UC_X86_REG_RAX), "first_targets": [pname(t) if t is not None else "?" for t in taken[:5]]}


def _exceeds(rep: dict, sc: str) -> Optional[bool]:
    r = rep.get(sc)
    if r is None:
        return None
    flt = r["fault"]
    return r["tail_calls"] > MAX_TAIL_CALL_CNT or (flt is not None and flt["kind"] == "tail_call_limit")


def _within(rep: dict, sc: str) -> Optional[bool]:
    r = rep.get(sc)
    if r is None:
        return None
    return r["fault"] is None and r["tail_calls"] <= MAX_TAIL_CALL_CNT


SEARCH_BOUNDS = Bounds()


def refute_scheme(scheme: str) -> Outcome:
    """Find (exhaustively, within SEARCH_BOUNDS) the smallest call tree exceeding 33 tail calls
    under `scheme`, synthesise it, and replay it under the scheme and the interpreter."""
    ind, cti = frame_machine_induction(scheme)
    if ind == "proved":
        return Outcome.proved()
    n, worst, worst_file, w = search(scheme, SEARCH_BOUNDS)
    if w is None:
        return Outcome.unknown(f"induction {ind}; no program within {SEARCH_BOUNDS} exceeds 33 "
                               f"({n} files, worst {worst})")
    sim = simulate(w, scheme)
    prefix = f"rp_tc_{scheme}_"
    pfile, _ = synth_file(w, prefix)
    rep = replay(w, (EXEC_SCHEME[scheme], "interp", "jit610"), prefix)
    cex = {"scheme": scheme, "induction": {"result": ind, "cti": cti},
           "files_searched": n, "bounds": str(SEARCH_BOUNDS),
           "call_tree_program": w.describe(), "tail_calls_reached": sim.total,
           "worst_in_bounds": worst, "worst_program": worst_file.describe() if worst_file else None,
           "execution": sim.tree, "program": synth.file_text(pfile), "replay": rep,
           "kernel_6.1": synth.kernel_label(pfile)}
    if scheme == "reinit":
        cex["unbounded"] = unbounded_evidence(w)
    cex["oracle"] = ("the oracle loads every program with an EMPTY prog array, so the count is not "
                     "observable there; the shape (bpf2bpf calls to subprograms that tail-call) is "
                     "accepted by Debian 6.1 (tests/oracle/tailcall labels: hierarchy_three_subprogs)")
    replayed = bool(_exceeds(rep, EXEC_SCHEME[scheme]) and _within(rep, "interp")
                    and _within(rep, "jit610"))
    if scheme == "jit61":
        # the same file as machine code: 6.1's emitter exceeds the limit, 6.12's does not
        runs = {k: run_jit_images(w, k) for k in ("6.1", "6.12")}
        cex["jit_images"] = runs
        replayed = replayed and all(r["returned"] for r in runs.values()) and \
            runs["6.1"]["tail_calls"] > MAX_TAIL_CALL_CNT >= runs["6.12"]["tail_calls"]
    if scheme == "reinit":
        replayed = replayed and cex["unbounded"]["lasso"] is not None
    return Outcome.refuted(cex, replayed=replayed)


def unbounded_evidence(f: AFile, bounds=(100, 1_000, 10_000)) -> dict:
    """For each bound B the reinit model of `f` passes B; and a lasso: the same (function,
    counter) activation recurs nested inside itself with more tail calls taken since, and a
    nested activation never returns before its copy does, so the round repeats forever."""
    reached = {}
    for B in bounds:
        r = simulate(f, "reinit", cap=B + 1, max_steps=100 * B + 1000, tree_lines=0)
        reached[B] = r.total
    lasso = simulate(f, "reinit", detect_lasso=True, tree_lines=8)
    jit61 = simulate(f, "jit61", cap=10_000, tree_lines=0)
    return {"program": f.describe(), "reached": reached,
            "passes_every_bound": all(v > B for B, v in reached.items()),
            "lasso": lasso.lasso if lasso.stopped == "lasso" else None,
            "same_program_under_jit61": jit61.total}


# ---------------------------------------------------------------------------------------------
# Theorems
# ---------------------------------------------------------------------------------------------

def prove_scheme(scheme: str) -> Outcome:
    ind, cti = frame_machine_induction(scheme)
    if ind != "proved":
        return Outcome.unknown(f"induction {ind}: {cti}")
    n, worst, worst_file, w = search(scheme, SEARCH_BOUNDS)
    if w is not None or worst > MAX_TAIL_CALL_CNT:
        return Outcome.unknown(f"bounded search contradicts the induction: {w.describe() if w else worst}")
    return Outcome.proved()


@theorem("TC.ideal",
         "with one counter per execution (interpreter), every execution of any program file, any "
         "call depth and any prog-array contents takes <= 33 tail calls (Z3 1-induction of taken <= "
         f"cnt <= 33 over the frame machine; exhaustive cross-check over {SEARCH_BOUNDS})", "tail-call",
         kernels=("6.1", "6.12"))
def tc_ideal() -> Outcome:
    return prove_scheme("ideal")


@theorem("TC.jit610",
         "with the 6.10+ pointer to the entry program's counter, every execution takes <= 33 tail "
         f"calls (Z3 1-induction, any depth/programs/contents; exhaustive cross-check over "
         f"{SEARCH_BOUNDS})", "tail-call",
         kernels=("6.1", "6.12"))
def tc_jit610() -> Outcome:
    return prove_scheme("jit610")


tc_ideal.theorem.mutant("jit61", "6.1 x86-64 JIT: counter copied into callees, never copied back")(
    lambda: refute_scheme("jit61"))
tc_jit610.theorem.mutant("jit61", "6.1 x86-64 JIT: counter copied into callees, never copied back")(
    lambda: refute_scheme("jit61"))
tc_jit610.theorem.mutant("reinit", "a subprogram re-initialises the counter like an entry program")(
    lambda: refute_scheme("reinit"))


# ---- MAX_TAIL_CALL_CNT: 32 with '>' (5.10) versus 33 with '>=' (6.1) ---------------------------

def _check_insn(op: int, limit: int) -> Insn:
    """The counter test as a BPF conditional jump `if cnt OP limit goto out` (taken = refuse)."""
    return Insn.make(BPF_JMP | op | BPF_K, 0, 0, 0, limit)


def chain_length(op: int, limit: int, attempts: int = 100) -> int:
    """Concrete: tail calls a self-loop takes under the test (ISA semantics, CONCRETE domain)."""
    cnt, taken = 0, 0
    ins = _check_insn(op, limit)
    for _ in range(attempts):
        if jmp_cond(CONCRETE, ins, cnt, ins.imm):
            break
        cnt += 1
        taken += 1
    return taken


def max_calls_z3(op: int, limit: int):
    """Z3 over 64-bit counters with the ISA's jump semantics: the set of counter values that pass
    the test is exactly [0, 33) iff the chain allows exactly 33 calls (counter starts at 0 and
    increments by one per taken call). Returns (exactly_33, witness counter if not)."""
    D = z3_domain()
    c = z3.BitVec("cnt", 64)
    ins = _check_insn(op, limit)
    passes = z3.Not(jmp_cond(D, ins, c, D.const(ins.imm)))
    s = z3.Solver()
    s.add(passes != z3.ULT(c, MAX_TAIL_CALL_CNT))
    r = s.check()
    if r == z3.unsat:
        return True, None
    if r == z3.sat:
        return False, s.model().eval(c).as_long()
    return None, None


@theorem("TC.max_cnt",
         "MAX_TAIL_CALL_CNT 32 tested with '>' (5.10) and 33 tested with '>=' (6.1) admit the "
         "same counter values [0, 33) for every 64-bit counter, hence exactly 33 tail calls "
         "(Z3 over the ISA's JGT/JGE semantics)", "tail-call",
         kernels=("6.1", "6.12"))
def tc_max_cnt() -> Outcome:
    a, wa = max_calls_z3(BPF_JGT, 32)
    b, wb = max_calls_z3(BPF_JGE, 33)
    if a and b and chain_length(BPF_JGT, 32) == 33 == chain_length(BPF_JGE, 33):
        return Outcome.proved()
    if a is None or b is None:
        return Outcome.unknown("z3 unknown")
    return Outcome.unknown(f"counter values differ: {wa if not a else wb}")


@tc_max_cnt.theorem.mutant("off-by-one", "33 tested with '>' (the constant changed without the test)")
def _tc_off_by_one() -> Outcome:
    ok, w = max_calls_z3(BPF_JGT, 33)
    if ok:
        return Outcome.proved()
    n = chain_length(BPF_JGT, 33)
    return Outcome.refuted({"test": "if cnt > 33 goto out", "counter_value_passing": w,
                            "tail_calls_allowed": n,
                            "expected": MAX_TAIL_CALL_CNT}, replayed=(n == MAX_TAIL_CALL_CNT + 1))
