"""Function-level JIT theorems: prologue/epilogue, calls, indirect and direct tail calls (TC-07).

Whole function images from `bpfsmt.solver.jit.emit.jit_function` are decoded and executed by
`bpfsmt.spec.x86` from the function entry: rsp = SP0 with the return address at [SP0], every
register and all memory symbolic. Configurations enumerated: stack depth in {0, 8, 24, 512},
used callee-saved registers in {none, R6+R8, all}, main vs subprog, tail_call_reachable.
"""
from __future__ import annotations

import itertools

import z3

from bpfsmt.proofs.registry import Outcome, theorem
from bpfsmt.solver.jit.emit import JitConfig, X86Jit, jit_function, TASK_SIZE_MAX_PLUS_PAGE
from bpfsmt.solver.jit.encode import NOP5, X86_JA, round_up
from bpfsmt.spec import x86
from bpfsmt.spec.insn import Insn
from bpfsmt.spec.limits import MAX_TAIL_CALL_CNT

DEPTHS = (0, 8, 24, 512)
USED = ((), (6, 8), (6, 7, 8, 9))
CALLEE_SAVED = ("rbx", "rbp", "r12", "r13", "r14", "r15")
MOV64_X, EXIT = 0xBF, Insn.make(0x95)


def _touch(regs):
    """mov64 rK, rK emits nothing but marks rK used (detect_reg_usage)."""
    return [Insn.make(MOV64_X, r, r) for r in regs]


def _entry():
    st = x86.initial_state("e")
    return st, dict(st.regs), st.mem


def _solve(bad, pre=()):
    """One query per bad-path disjunct (smaller queries are much faster than one big Or)."""
    for b in bad:
        s = z3.Solver()
        s.set("timeout", 60000)
        s.add(*pre)
        s.add(b)
        r = s.check()
        if r == z3.unknown:
            return "unknown"
        if r == z3.sat:
            return s.model()
    return None


def _cex(m, entry, extra):
    out = {k: hex(m.eval(v, model_completion=True).as_long()) for k, v in entry.items()
           if k in ("rax", "rdi", "rsi", "rdx", "rsp", "rbx", "r13")}
    out.update(extra)
    return out


# ---------------------------------------------------------------------------------------------
# prologue / epilogue
# ---------------------------------------------------------------------------------------------

def check_prologue_exit(cfg: JitConfig) -> Outcome:
    """`r0 = r1; exit` (and a two-exit variant whose second exit jumps to the first epilogue)
    under every configuration: returns to [SP0] with rsp = SP0+8, rax = the entry rdi (R1),
    callee-saved registers restored, no store at or above SP0, and after the prologue the
    tail_call_cnt slot holds 0 in a tail_call_reachable main program (xor eax,eax) and the
    caller's rax in a subprog (the counter the caller loaded)."""
    n = 0
    for depth, used, is_sub, tcr, multi in itertools.product(DEPTHS, USED, (False, True),
                                                             (False, True), (False, True)):
        n += 1
        body = _touch(used) + [Insn.make(MOV64_X, 0, 1), EXIT]
        if multi:   # a second exit jumps to the first one's epilogue (cleanup_addr)
            body = _touch(used) + [Insn.make(0x55, 1, 0, 2, 0), Insn.make(MOV64_X, 0, 1), EXIT,
                                   Insn.make(MOV64_X, 0, 1), EXIT]
        f = jit_function(body, stack_depth=depth, tail_call_reachable=tcr, is_subprog=is_sub,
                         cfg=cfg)
        config = {"stack_depth": depth, "used": list(used), "subprog": is_sub,
                  "tail_call_reachable": tcr, "two_exits": multi}
        st, entry, mem0 = _entry()
        sp0 = entry["rsp"]
        pre = [z3.UGT(sp0, 4096), z3.ULT(sp0, 2 ** 63)]
        finals = x86.Machine(f.image).run(st)
        bad = []
        for fs in finals:
            if fs.fault or not fs.exit or fs.exit[0] != "ret":
                return Outcome.refuted({"config": config,
                                        "why": f"exit {fs.exit} fault {fs.fault}",
                                        "x86": x86.disasm_lines(f.image)})
            ok = [fs.exit[1] == x86.mem_read(mem0, sp0, 8),
                  fs.regs["rsp"] == sp0 + 8, fs.regs["rax"] == entry["rdi"]]
            ok += [fs.regs[r] == entry[r] for r in CALLEE_SAVED]
            ok += [z3.ULE(a.addr + a.size, sp0) for a in fs.stores]
            bad.append(z3.And(fs.path, z3.Not(z3.And(*ok))))
        if tcr:   # the counter slot after the prologue
            pro = f.image[:f.addrs[0]]
            for p in x86.Machine(pro).run(_clone(entry, mem0)):
                slot = x86.mem_read(p.mem, sp0 - 8 - round_up(depth, 8) - 8, 8)
                want = z3.BitVecVal(0, 64) if not is_sub else entry["rax"]
                bad.append(z3.And(p.path, slot != want))
        m = _solve(bad, pre)
        if m == "unknown":
            return Outcome.unknown("z3 timeout")
        if m is not None:
            return Outcome.refuted(_cex(m, entry, {"config": config,
                                                   "x86": x86.disasm_lines(f.image)}))
    return Outcome.proved(reason=f"{n} configurations")


@theorem("JIT.prologue_epilogue",
         "for every stack depth in {0,8,24,512}, used callee-saved set, main/subprog and "
         "tail_call_reachable: the function returns to its caller with rsp+8, R0 in rax, rbx/rbp/"
         "r12-r15 restored, no store into the caller's frame, and the tail_call_cnt slot is 0 "
         "in a tail-call-reachable main program and the caller's rax in a subprog", "jit")
def prologue_epilogue():
    return check_prologue_exit(JitConfig())


class PopOrder(X86Jit):
    """The epilogue pops r13 and r14 in the wrong order."""
    def pop_callee_regs(self):
        if not (self.used[1] and self.used[2]):
            return super().pop_callee_regs()
        if self.used[3]:
            self.b(0x41, 0x5F)
        self.b(0x41, 0x5D)
        self.b(0x41, 0x5E)
        if self.used[0]:
            self.b(0x5B)


class MainNoXor(X86Jit):
    """A tail-call-reachable main program keeps nop2 instead of `xor eax,eax` (the counter
    starts at garbage)."""
    def emit_tail_call_cnt_init(self):
        self.b(0x66, 0x90)


def _doc(cls):
    return " ".join(cls.__doc__.split())


prologue_epilogue.theorem.mutant("pop_order", _doc(PopOrder))(
    lambda: check_prologue_exit(JitConfig(jit=PopOrder)))
prologue_epilogue.theorem.mutant("main_no_xor", _doc(MainNoXor))(
    lambda: check_prologue_exit(JitConfig(jit=MainNoXor)))


# ---------------------------------------------------------------------------------------------
# helper calls
# ---------------------------------------------------------------------------------------------

def check_call(cfg: JitConfig) -> Outcome:
    """`call helper; exit` and `call subprog; exit`: at the call the arguments rdi,rsi,rdx,rcx,r8 are the entry R1-R5, the
    call goes to the helper's relocation, and in a tail_call_reachable function rax holds the
    tail_call_cnt slot (so a subprog callee pushes the caller's counter); R0 = the helper's
    return value at exit."""
    n = 0
    # 12: a depth that is not a multiple of 8 (the tail_call_cnt slot is below round_up(12, 8))
    for depth, used, tcr, kind in itertools.product(DEPTHS + (12,), USED[:2], (False, True),
                                                    ("helper", "subprog")):
        n += 1
        call = Insn.make(0x85, 0, 0, 0, 7) if kind == "helper" else \
            Insn.make(0x85, 0, 1, 0, 2)
        body = _touch(used) + [Insn.make(0xB7, 0, 0, 0, 5), call, EXIT]
        f = jit_function(body, stack_depth=depth, tail_call_reachable=tcr,
                         is_subprog=True, cfg=cfg,
                         call_targets={len(body) - 2: "subprog#1"})
        rel = [r for r in f.relocs if r.kind == kind]
        want = "helper#7" if kind == "helper" else "subprog#1"
        if len(rel) != 1 or rel[0].target != want:
            return Outcome.refuted({"why": "call relocation", "relocs": str(f.relocs)})
        call_at = rel[0].offset - 1
        helper = z3.BitVec("helper7", 64)
        st, entry, mem0 = _entry()
        sp0 = entry["rsp"]
        finals = x86.Machine(f.image, externals={call_at: helper},
                                bpf_stack=round_up(depth, 8)).run(st)
        bad = []
        for fs in finals:
            if fs.fault or not fs.exit or fs.exit[0] != "ret" or len(fs.calls) != 1:
                return Outcome.refuted({"why": f"exit {fs.exit} calls {len(fs.calls)}"})
            tgt, args, rax_in, mem_at = fs.calls[0]
            ok = [tgt == helper]
            ok += [a == entry[r] for a, r in zip(args, ("rdi", "rsi", "rdx", "rcx", "r8"))]
            if tcr:
                fp = sp0 - 8
                ok.append(rax_in == x86.mem_read(mem_at, fp - round_up(depth, 8) - 8, 8))
            ok.append(fs.regs["rsp"] == sp0 + 8)
            ok += [fs.regs[r] == entry[r] for r in CALLEE_SAVED]
            bad.append(z3.And(fs.path, z3.Not(z3.And(*ok))))
        m = _solve(bad, [z3.UGT(sp0, 4096)])
        if m == "unknown":
            return Outcome.unknown("z3 timeout")
        if m is not None:
            rp = _replay_call(f, call_at, depth) if tcr else None
            cex = _cex(m, entry, {"config": {"stack_depth": depth, "used": list(used),
                                             "tail_call_reachable": tcr},
                                  "x86": x86.disasm_lines(f.image), "replay": rp})
            return Outcome.refuted(cex, replayed=None if rp is None else rp["differs"])
    return Outcome.proved(reason=f"{n} configurations")


def _replay_call(f, call_at, depth):
    """Run the function on unicorn up to its call: does rax hold the tail_call_cnt slot?"""
    from unicorn import Uc, UC_ARCH_X86, UC_MODE_64, UC_HOOK_CODE
    from unicorn import x86_const as U
    code_at, stack = 0x100000, 0x200000
    mu = Uc(UC_ARCH_X86, UC_MODE_64)
    mu.mem_map(code_at, 0x10000)
    mu.mem_map(stack, 0x10000)
    mu.mem_write(code_at, f.image)
    mu.mem_write(stack, bytes(range(256)) * 256)              # distinct stack bytes
    mu.reg_write(U.UC_X86_REG_RSP, stack + 0x8000)
    mu.reg_write(U.UC_X86_REG_RAX, 0x2100000021)              # the caller's counter (cnt 33)
    seen = {}

    def hook(uc, addr, size, _):
        if addr == code_at + call_at:
            rbp = uc.reg_read(U.UC_X86_REG_RBP)
            slot = rbp - round_up(depth, 8) - 8
            seen["rax"] = uc.reg_read(U.UC_X86_REG_RAX)
            seen["slot"] = int.from_bytes(bytes(uc.mem_read(slot, 8)), "little")
            uc.emu_stop()
    mu.hook_add(UC_HOOK_CODE, hook)
    mu.emu_start(code_at, code_at + len(f.image), count=200)
    if not seen:
        return None
    return {"rax_at_call": hex(seen["rax"]), "tail_call_cnt_slot": hex(seen["slot"]),
            "differs": seen["rax"] != seen["slot"]}


@theorem("JIT.call_helper",
         "a helper call and a bpf2bpf call pass R1-R5 in rdi,rsi,rdx,rcx,r8, call the "
         "helper's/subprog's address, load "
         "the tail_call_cnt slot into rax first in a tail_call_reachable function, and R6-R10 "
         "survive (callee-saved)", "jit")
def call_helper():
    return check_call(JitConfig())


class CallNoTccLoad(X86Jit):
    """No `mov rax,[rbp-stack-8]` before a call in a tail_call_reachable function: the callee
    subprog would push garbage as its counter."""
    def emit_restore_tail_call_cnt(self):
        pass


class TccOffsetUnrounded(X86Jit):
    """Historical (2022, "bpf, x86: Fix tail call count offset calculation on bpf2bpf call"):
    the counter was reloaded from rbp - stack_depth - 8 instead of rbp - round_up(stack_depth,
    8) - 8, so a callee pushed a wrong counter when the depth is not a multiple of 8."""
    def emit_restore_tail_call_cnt(self):
        self.b(0x48, 0x8B, 0x85)
        self.off32(-self.fn.stack_depth - 8)


call_helper.theorem.mutant("call_no_tcc_load", _doc(CallNoTccLoad))(
    lambda: check_call(JitConfig(jit=CallNoTccLoad)))
call_helper.theorem.mutant("tcc_offset_unrounded", _doc(TccOffsetUnrounded))(
    lambda: check_call(JitConfig(jit=TccOffsetUnrounded)))


# ---------------------------------------------------------------------------------------------
# tail calls
# ---------------------------------------------------------------------------------------------

def _tail_call_body(used):
    return _touch(used) + [Insn.make(0x85, 0, 0, 0, 12), Insn.make(0xB7, 0, 0, 0, 1), EXIT]


TAIL_CALLEE = 0x40000000       # where a populated direct tail call's target program is


def tail_call_image(cfg, depth, used, direct, populated, tco):
    """A tail-call-reachable subprogram `tail_call; r0 = 1; exit` as the JIT emits it, a direct
    one's poke site patched as bpf_tail_call_direct_fixup does when `populated` (jmp to
    TAIL_CALLEE + tco); returns (body, JitFunc, image, the retpoline thunk sites)."""
    body = _tail_call_body(used)
    f = jit_function(body, stack_depth=depth, tail_call_reachable=True, is_subprog=True,
                     cfg=cfg, direct_tail_calls={len(body) - 3: direct}, raw_helpers=True)
    img = bytearray(f.image)
    if direct and populated:
        p = f.pokes[0]
        img[p.bypass:p.bypass + 5] = NOP5
        rel = TAIL_CALLEE + tco - (p.target + 5)
        img[p.target:p.target + 5] = bytes([0xE9]) + rel.to_bytes(4, "little", signed=True)
    return body, f, bytes(img), {r.offset - 1: "rcx" for r in f.relocs if r.kind == "thunk"}


def check_tail_call(cfg: JitConfig, direct: bool, populated: bool = False) -> Outcome:
    """TC-01/TC-07 for the x86 sequence, run from the entry of a tail-call-reachable SUBPROG
    (nop2: the counter is the caller's, i.e. arbitrary) so every counter value is covered:
      taken iff (indirect: index(u32) < max_entries) and cnt < 33 and the slot is non-NULL
      (direct: the poke site is populated); then it jumps to prog->bpf_func + 11 with rdi =
      ctx, rsp = rbp = the frame base, callee-saved registers restored, the counter slot = cnt+1
      and rax's upper half = cnt+1 (what the callee's `push rax` stores);
      otherwise execution reaches `out:` with R6-R10 unchanged, the counter incremented iff the
      index and count checks passed (an empty slot consumes a count), and the function returns
      R0 = 1."""
    n = 0
    tco = X86Jit(JitConfig(ibt=cfg.ibt)).tail_call_offset     # where the callee must be entered
    lay = X86Jit(cfg).layout
    for depth in DEPTHS:
        for used in USED:
            n += 1
            body, f, img, thunks = tail_call_image(cfg, depth, used, direct, populated, tco)
            st, entry, mem0 = _entry()
            sp0 = entry["rsp"]
            fp = sp0 - 8
            rs = round_up(depth, 8)
            cnt = z3.Extract(63, 32, entry["rax"])            # the slot's upper half
            out_off = f.insn_offsets[len(body) - 2][0]        # `out:` = start of `r0 = 1`
            tc_off = f.insn_offsets[len(body) - 3][0]
            smem0 = st.smem
            finals = x86.Machine(bytes(img), thunks=thunks, split_stack=True).run(st)
            idx = z3.Extract(31, 0, entry["rdx"])
            arr = entry["rsi"]
            maxe = x86.mem_read(mem0, arr + lay.bpf_array_max_entries, 4)
            prog = x86.mem_read(mem0, arr + lay.bpf_array_value + z3.ZeroExt(32, idx) * 8, 8)
            idx_ok = z3.BoolVal(True) if direct else z3.ULT(idx, maxe)
            cnt_ok = z3.ULT(cnt, MAX_TAIL_CALL_CNT)
            slot_ok = (z3.BoolVal(populated) if direct else prog != 0)
            taken = z3.And(idx_ok, cnt_ok, slot_ok)
            # the kernel objects (bpf_array, bpf_prog) are not on the stack: the executor keeps
            # rsp/rbp-based accesses in a separate array (split_stack)
            pre = [z3.UGT(sp0, 2 ** 20), z3.ULT(sp0, 2 ** 62)]
            bad = []
            for fs in finals:
                if fs.fault:
                    bad.append(fs.path)
                    continue
                kind, tgt = fs.exit
                new_cnt = x86.mem_read(fs.smem, fp - rs - 4, 4)
                if kind in ("indirect", "jump") and not (isinstance(tgt, int) and
                                                         0 <= tgt <= len(img)):
                    want_tgt = (x86.mem_read(mem0, prog + lay.bpf_prog_bpf_func, 8) + tco
                                if not direct else z3.BitVecVal(TAIL_CALLEE + tco, 64))
                    tv = tgt if not isinstance(tgt, int) else z3.BitVecVal(tgt, 64)
                    ok = [taken, tv == want_tgt, fs.regs["rdi"] == entry["rdi"],
                          fs.regs["rsp"] == fp, fs.regs["rbp"] == fp,
                          new_cnt == cnt + 1, z3.Extract(63, 32, fs.regs["rax"]) == cnt + 1]
                    ok += [fs.regs[r] == entry[r] for r in ("rbx", "r12", "r13", "r14", "r15")]
                    bad.append(z3.And(fs.path, z3.Not(z3.And(*ok))))
                elif kind == "ret":
                    inc = z3.And(idx_ok, cnt_ok)
                    ok = [z3.Not(taken), fs.regs["rax"] == 1, fs.regs["rsp"] == sp0 + 8,
                          new_cnt == z3.If(inc, cnt + 1, cnt)]
                    ok += [fs.regs[r] == entry[r] for r in CALLEE_SAVED]
                    bad.append(z3.And(fs.path, z3.Not(z3.And(*ok))))
                else:
                    bad.append(fs.path)
            # a failed tail call is a no-op for R6-R10 at `out:`
            st2 = _clone(entry, mem0, smem0)
            for fs in x86.Machine(bytes(img), thunks=thunks, stop_at={out_off},
                                  split_stack=True).run(st2):
                if fs.exit and fs.exit[0] == "jump" and fs.exit[1] == out_off:
                    # registers at `out:` equal those at the start of the tail call insn
                    pre_tc = x86.Machine(bytes(img[:tc_off]), split_stack=True).run(
                        _clone(entry, mem0, smem0))
                    for p in pre_tc:
                        ok = [fs.regs[r] == p.regs[r] for r in ("rbx", "r13", "r14", "r15",
                                                                "rbp", "rsp")]
                        bad.append(z3.And(fs.path, p.path, z3.Not(z3.And(*ok))))
            m = _solve(bad, pre)
            if m == "unknown":
                return Outcome.unknown("z3 timeout")
            if m is not None:
                c, i, me = (m.eval(v, model_completion=True).as_long() for v in (cnt, idx, maxe))
                rp = None if direct else _replay_tail_call(cfg, body, depth, c, i, me)
                return Outcome.refuted(_cex(m, entry, {
                    "config": {"stack_depth": depth, "used": list(used), "direct": direct,
                               "populated": populated},
                    "tail_call_cnt": c, "index": i, "max_entries": me,
                    "x86": x86.disasm_lines(bytes(img)), "replay": rp}),
                    replayed=None if rp is None else rp["differs"])
    return Outcome.proved(reason=f"{n} configurations")


def _replay_tail_call(cfg, body, depth, cnt, index, max_entries):
    """Run the indirect tail call on unicorn (plain `jmp rcx` instead of the retpoline thunk)
    with the counterexample's counter, index and max_entries and a populated slot: is the tail
    call taken, and should it be (TC-01: index < max_entries and cnt < 33)?"""
    from dataclasses import replace
    from unicorn import Uc, UC_ARCH_X86, UC_MODE_64, UC_HOOK_CODE
    from unicorn import x86_const as U
    if index >= 1024:            # keep the comparison, not the value
        index, max_entries = 0, (1 if index < max_entries else 0)
    f = jit_function(body, stack_depth=depth, tail_call_reachable=True, is_subprog=True,
                     cfg=replace(cfg, retpoline=False), direct_tail_calls={len(body) - 3: False},
                     raw_helpers=True)
    code_at, stack, arr, prog, callee, ret = 0x100000, 0x200000, 0x300000, 0x310000, 0x400000, \
        0x500000
    mu = Uc(UC_ARCH_X86, UC_MODE_64)
    for a in (code_at, stack, arr, prog):
        mu.mem_map(a, 0x10000)
    mu.mem_write(code_at, f.image)
    mu.mem_write(stack + 0x8000, ret.to_bytes(8, "little"))
    lay = X86Jit(cfg).layout
    mu.mem_write(arr + lay.bpf_array_max_entries, max_entries.to_bytes(4, "little"))
    mu.mem_write(arr + lay.bpf_array_value + 8 * index, prog.to_bytes(8, "little"))
    mu.mem_write(prog + lay.bpf_prog_bpf_func, callee.to_bytes(8, "little"))
    regs = {U.UC_X86_REG_RSP: stack + 0x8000, U.UC_X86_REG_RAX: cnt << 32,
            U.UC_X86_REG_RSI: arr, U.UC_X86_REG_RDX: index}
    for r, v in regs.items():
        mu.reg_write(r, v)
    left = []

    def hook(uc, addr, size, _):
        if not code_at <= addr < code_at + len(f.image):
            left.append(addr)
            uc.emu_stop()
    mu.hook_add(UC_HOOK_CODE, hook)
    try:
        mu.emu_start(code_at, code_at + len(f.image), count=500)
    except Exception:            # fetching the (unmapped) callee or return address
        left.append(mu.reg_read(U.UC_X86_REG_RIP))
    x86_taken = bool(left) and left[0] != ret
    taken = index < max_entries and cnt < MAX_TAIL_CALL_CNT
    entry = callee + X86Jit(JitConfig(ibt=cfg.ibt)).tail_call_offset
    x86_says = f"enters {left[0]:#x}" if x86_taken else "not taken"
    return {"tail_call_cnt": cnt, "bpf": f"enters {entry:#x}" if taken else "not taken",
            "x86": x86_says, "differs": x86_says != (f"enters {entry:#x}" if taken else
                                                     "not taken")}


def _clone(regs, mem, smem=None):
    return x86.X86State(dict(regs), {k: None for k in ("cf", "zf", "sf", "of")}, mem, smem=smem)


@theorem("JIT.tail_call_indirect",
         "the indirect tail call (emit_bpf_tail_call_indirect) implements TC-01 with the 6.1 "
         "counter (cnt < 33 taken, incremented before the NULL check), preserves R1 (rdi), "
         "unwinds the frame and enters the callee at bpf_func + X86_TAIL_CALL_OFFSET; a failed "
         "tail call is a no-op for R6-R10", "jit")
def tail_call_indirect():
    return check_tail_call(JitConfig(), direct=False)


class TailCallCntJa(X86Jit):
    """The counter compared with `ja` (cnt > 33): 34 calls."""
    tail_call_cnt_jcc = X86_JA


class TailCallCnt32(X86Jit):
    """Historical off-by-one (the interpreter until 2021, "bpf: Undo off-by-one in interpreter
    tail call count limit"): the counter compared with 32 and jae, so only 32 calls."""
    tail_call_cnt_limit = MAX_TAIL_CALL_CNT - 1


class TailCallEnterPrologue(X86Jit):
    """Jump to bpf_func + 0 (re-runs push rbp)."""
    tail_call_offset = 0


tail_call_indirect.theorem.mutant("cnt_ja", _doc(TailCallCntJa))(
    lambda: check_tail_call(JitConfig(jit=TailCallCntJa), direct=False))
tail_call_indirect.theorem.mutant("cnt_32", _doc(TailCallCnt32))(
    lambda: check_tail_call(JitConfig(jit=TailCallCnt32), direct=False))
tail_call_indirect.theorem.mutant("enter_prologue", _doc(TailCallEnterPrologue))(
    lambda: check_tail_call(JitConfig(jit=TailCallEnterPrologue), direct=False))


@theorem("JIT.tail_call_direct",
         "the direct tail call (emit_bpf_tail_call_direct) with an empty poke site (bypass = jmp "
         "out) falls through after consuming a count, and with a populated site (bypass = NOP, "
         "target = jmp prog+11) tail-calls iff cnt < 33, with the frame unwound", "jit")
def tail_call_direct():
    for pop in (False, True):
        o = check_tail_call(JitConfig(), direct=True, populated=pop)
        if o.status != "proved":
            return o
    return Outcome.proved(reason="empty and populated poke states")


tail_call_direct.theorem.mutant("cnt_ja", _doc(TailCallCntJa))(
    lambda: check_tail_call(JitConfig(jit=TailCallCntJa), direct=True, populated=True))


def check_tail_call_offset(cfg: JitConfig) -> Outcome:
    """X86_TAIL_CALL_OFFSET is an instruction boundary right after `push rbp; mov rbp,rsp` in
    every function the JIT emits, so a tail call skips exactly the frame setup."""
    for depth in DEPTHS:
        for is_sub in (False, True):
            for tcr in (False, True):
                f = jit_function([Insn.make(0xB7, 0, 0, 0, 0), EXIT], stack_depth=depth,
                                 tail_call_reachable=tcr, is_subprog=is_sub, cfg=cfg)
                d = x86.decode(f.image)
                off = cfg.jit(cfg).tail_call_offset
                prev = [i for a, i in d.items() if a + i.size == off]
                if off not in d or not prev or (prev[0].mnemonic, prev[0].op_str) != \
                        ("mov", "rbp, rsp"):
                    return Outcome.refuted({"config": [depth, is_sub, tcr],
                                            "x86": x86.disasm_lines(f.image),
                                            "X86_TAIL_CALL_OFFSET": off})
    return Outcome.proved()


@theorem("JIT.tail_call_offset",
         "X86_TAIL_CALL_OFFSET (11 without IBT) is the instruction right after `mov rbp,rsp` "
         "in every emitted prologue", "jit")
def tail_call_offset():
    return check_tail_call_offset(JitConfig())


class IbtWrongOffset(X86Jit):
    """An IBT build (endbr64 in the prologue) that forgot to add ENDBR_INSN_SIZE to
    X86_TAIL_CALL_OFFSET."""
    tail_call_offset = 11


tail_call_offset.theorem.mutant("ibt_offset", _doc(IbtWrongOffset))(
    lambda: check_tail_call_offset(JitConfig(ibt=True, jit=IbtWrongOffset)))


# ---------------------------------------------------------------------------------------------
# BPF_PROBE_MEM loads
# ---------------------------------------------------------------------------------------------

def check_probe_mem(cfg: JitConfig) -> Outcome:
    """A PROBE_MEM load never touches a user address: every x86 load it performs is at an
    address >= TASK_SIZE_MAX + PAGE_SIZE (2^47, 4-level paging as in the oracle); dst gets the
    zero-extended value when it loads and 0 otherwise; no other BPF register or memory changes.
    dst/src over the cover set (src != R10), off in {-8, 0, 112, 0x7fff} and sizes 1/2/4/8."""
    from bpfsmt.solver.jit.refine import X86_OF_BPF, bpf_regs
    n = 0
    for size, nb in ((0x18, 8), (0x00, 4), (0x08, 2), (0x10, 1)):
        for dst, src in itertools.product((0, 1, 3, 5, 9), (0, 1, 4, 5, 9)):
            for off in (-8, 0, 112, 0x7FFF):
                n += 1
                insn = Insn.make(0x61 | size, dst, src, off)
                j = cfg.jit(cfg)
                j.emit_probe_mem_ldx(insn)
                code = bytes(j.buf)
                R = bpf_regs()
                st = x86.initial_state("p")
                for k, r in enumerate(X86_OF_BPF):
                    st.regs[r] = R[k]
                mem0 = st.mem
                finals = x86.Machine(code).run(st)
                a = R[src] + off
                bad = []
                for fs in finals:
                    if fs.fault or fs.exit != ("fallthrough", len(code)):
                        bad.append(fs.path)
                        continue
                    loads = [ld for ld in fs.loads]
                    ok = [z3.UGE(ld.addr, 1 << 47) for ld in loads]
                    if loads:
                        want = z3.ZeroExt(64 - 8 * nb, x86.mem_read(mem0, a, nb)) \
                            if nb < 8 else x86.mem_read(mem0, a, nb)
                    else:
                        want = z3.BitVecVal(0, 64)
                    ok.append(fs.regs[X86_OF_BPF[dst]] == want)
                    ok += [fs.regs[X86_OF_BPF[k]] == R[k] for k in range(11) if k != dst]
                    ok.append(z3.BoolVal(not fs.stores))
                    bad.append(z3.And(fs.path, z3.Not(z3.And(*ok))))
                m = _solve(bad)
                if m == "unknown":
                    return Outcome.unknown("z3 timeout")
                if m is not None:
                    return Outcome.refuted({"insn": f"r{dst} = *(u{8 * nb} *)(r{src} {off:+d})",
                                            f"r{src}": hex(m.eval(R[src], model_completion=True)
                                                           .as_long()),
                                            "address": hex(m.eval(a, model_completion=True)
                                                           .as_long()),
                                            "x86": x86.disasm_lines(code)})
    return Outcome.proved(reason=f"{n} cases")


@theorem("JIT.probe_mem",
         "a BPF_PROBE_MEM load (tracing programs, BTF pointers) loads only kernel addresses "
         "(>= 2^47) and yields the value or 0; nothing else changes", "jit")
def probe_mem():
    return check_probe_mem(JitConfig())


class ProbeMemNoOffsetSlack(X86Jit):
    """The limit is TASK_SIZE_MAX (no PAGE_SIZE, no abs(off)): the last user page is loaded."""
    def probe_mem_limit(self, off):
        return TASK_SIZE_MAX_PLUS_PAGE - 4096


probe_mem.theorem.mutant("no_offset_slack", _doc(ProbeMemNoOffsetSlack))(
    lambda: check_probe_mem(JitConfig(jit=ProbeMemNoOffsetSlack)))
