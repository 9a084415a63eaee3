"""Linux 6.12's tail-call counter behind a pointer, proved on the bytes its x86-64 JIT emits
(`X86Jit612`, "bpf, x64: Fix tailcall hierarchy", 6.10).

The seeds' TC.jit610 (proofs/tailcall.py) proves the 33-call bound for a frame machine in which
every frame reaches ONE counter, the tail-call context's, through a pointer. These theorems show
that 6.12's real code has that shape, and that 6.1's does not:

* JIT612.tail_call_cnt_ptr: the prologue of a tail-call-reachable main program, entered at 0 (the
  context starts: xor rax,rax) or at X86_TAIL_CALL_OFFSET with any rax, leaves tail_call_cnt_ptr
  ([rbp - round_up(depth, 8) - 16]) pointing at its own counter slot holding rax when rax <= 33
  (a count: entry, or a tail call from a main program, whose frame is gone) and equal to rax
  otherwise (a pointer: a tail call from a subprogram keeps sharing the context's counter); a
  subprogram keeps the pointer its caller passed in rax.
* JIT612.tail_call_indirect / JIT612.tail_call_direct: TC-01/TC-07 from a subprogram entered with
  rax = P (the pointer every call passes, JIT.call_helper): taken iff the index is in range, *P <
  33 and the slot is populated; then *P = *P + 1, rax = P for the callee's prologue, the frame is
  unwound and the callee entered at bpf_func + X86_TAIL_CALL_OFFSET; otherwise *P is unchanged (an
  empty slot no longer consumes a count) and the function returns R0 = 1.
  Mutant `jit61`: the same statement over 6.1's emitter, whose subprogram counts in its own frame,
  so *P - the counter its caller's next tail call checks - never moves: the hierarchy hole
  (proofs/tailcall.py, TC.ideal's mutant jit61) is refuted on 6.12's shape only.
"""
from __future__ import annotations

import itertools

import z3

from bpfsmt.proofs.jit_func import (CALLEE_SAVED, DEPTHS, TAIL_CALLEE, USED, _cex, _doc, _entry, _solve,
                                    tail_call_image)
from bpfsmt.proofs.registry import Outcome, theorem
from bpfsmt.solver.jit.emit import X86Jit, jit_function
from bpfsmt.solver.jit.emit612 import X86Jit612
from bpfsmt.solver.jit.encode import X86_JA, round_up
from bpfsmt.solver.jit.kernels import jit_config
from bpfsmt.spec import x86
from bpfsmt.spec.insn import Insn
from bpfsmt.spec.limits import MAX_TAIL_CALL_CNT

EXIT = Insn.make(0x95)


def check_tail_call_cnt_ptr(cfg, direct: bool, populated: bool = False) -> Outcome:
    """The statement of JIT612.tail_call_indirect/direct (module docstring) for every stack depth
    and used callee-saved set; the kernel objects and *P are not on the JIT's stack
    (split_stack: P points into a caller's frame, above this one)."""
    n = 0
    lay = X86Jit(cfg).layout
    tco = cfg.jit(cfg).tail_call_offset
    for depth, used in itertools.product(DEPTHS, USED):
        n += 1
        _, f, img, thunks = tail_call_image(cfg, depth, used, direct, populated, tco)
        st, entry, mem0 = _entry()
        sp0, ptr = entry["rsp"], entry["rax"]
        fp = sp0 - 8
        cnt = x86.mem_read(mem0, ptr, 8)
        idx = z3.Extract(31, 0, entry["rdx"])
        arr = entry["rsi"]
        maxe = x86.mem_read(mem0, arr + lay.bpf_array_max_entries, 4)
        prog = x86.mem_read(mem0, arr + lay.bpf_array_value + z3.ZeroExt(32, idx) * 8, 8)
        idx_ok = z3.BoolVal(True) if direct else z3.ULT(idx, maxe)
        slot_ok = z3.BoolVal(populated) if direct else prog != 0
        taken = z3.And(idx_ok, z3.ULT(cnt, MAX_TAIL_CALL_CNT), slot_ok)
        # *P (a caller's frame) is not the bpf_prog's bpf_func, read after the count is taken
        func_at = prog + lay.bpf_prog_bpf_func
        pre = [z3.UGT(sp0, 2 ** 20), z3.ULT(sp0, 2 ** 62), z3.ULT(ptr, 2 ** 62),
               z3.ULT(func_at, 2 ** 62), z3.Or(z3.UGE(func_at, ptr + 8), z3.ULE(func_at + 8, ptr))]
        bad = []
        for fs in x86.Machine(bytes(img), thunks=thunks, split_stack=True).run(st):
            if fs.fault:
                bad.append(fs.path)
                continue
            kind, tgt = fs.exit
            new_cnt = x86.mem_read(fs.mem, ptr, 8)
            if kind in ("indirect", "jump") and not (isinstance(tgt, int) and 0 <= tgt <= len(img)):
                want = (x86.mem_read(mem0, prog + lay.bpf_prog_bpf_func, 8) + tco
                        if not direct else z3.BitVecVal(TAIL_CALLEE + tco, 64))
                tv = tgt if not isinstance(tgt, int) else z3.BitVecVal(tgt, 64)
                ok = [taken, tv == want, fs.regs["rdi"] == entry["rdi"], fs.regs["rsp"] == fp,
                      fs.regs["rbp"] == fp, new_cnt == cnt + 1, fs.regs["rax"] == ptr]
                ok += [fs.regs[r] == entry[r] for r in ("rbx", "r12", "r13", "r14", "r15")]
            elif kind == "ret":
                ok = [z3.Not(taken), fs.regs["rax"] == 1, fs.regs["rsp"] == sp0 + 8, new_cnt == cnt]
                ok += [fs.regs[r] == entry[r] for r in CALLEE_SAVED]
            else:
                bad.append(fs.path)
                continue
            bad.append(z3.And(fs.path, z3.Not(z3.And(*ok))))
        m = _solve(bad, pre)
        if m == "unknown":
            return Outcome.unknown("z3 timeout")
        if m is not None:
            ev = lambda v: m.eval(v, model_completion=True).as_long()  # noqa: E731
            return Outcome.refuted(_cex(m, entry, {
                "config": {"stack_depth": depth, "used": list(used), "direct": direct,
                           "populated": populated},
                "tail_call_cnt_ptr": hex(ev(ptr)), "*tail_call_cnt_ptr": ev(cnt),
                "index": ev(idx), "max_entries": ev(maxe),
                "x86": x86.disasm_lines(bytes(img))}))
    return Outcome.proved(reason=f"{n} configurations")


class CountEmptySlot(X86Jit612):
    """6.1's order: the count is taken before the NULL check, so an empty slot consumes one."""
    def emit_tail_call_cnt_check(self, outs):
        super().emit_tail_call_cnt_check(outs)
        super().emit_tail_call_cnt_inc()

    def emit_tail_call_cnt_inc(self):
        pass


class CntJa(X86Jit612):
    """The counter compared with `ja` (*P > 33): 34 calls."""
    tail_call_cnt_jcc = X86_JA


JIT61 = ("6.1's emitter: a subprogram pushes the counter it is given into its own frame and counts "
         "there, so the counter its caller checks next (*P) never moves (the hierarchy hole)")


@theorem("JIT612.tail_call_indirect",
         "6.12's indirect tail call from a subprogram entered with tail_call_cnt_ptr P: taken iff "
         "index < max_entries, *P < 33 and the slot is non-NULL; then *P+1, rax = P, frame unwound, "
         "callee entered at bpf_func + X86_TAIL_CALL_OFFSET (16); else *P unchanged and R0 = 1",
         "jit-6.12", kernels=("6.12",))
def tail_call_indirect_612():
    return check_tail_call_cnt_ptr(jit_config("6.12"), direct=False)


tail_call_indirect_612.theorem.mutant("jit61", JIT61)(
    lambda: check_tail_call_cnt_ptr(jit_config("6.12", jit=X86Jit), direct=False))
tail_call_indirect_612.theorem.mutant("count_empty_slot", _doc(CountEmptySlot))(
    lambda: check_tail_call_cnt_ptr(jit_config("6.12", jit=CountEmptySlot), direct=False))
tail_call_indirect_612.theorem.mutant("cnt_ja", _doc(CntJa))(
    lambda: check_tail_call_cnt_ptr(jit_config("6.12", jit=CntJa), direct=False))


@theorem("JIT612.tail_call_direct",
         "6.12's direct tail call (poke site empty: bypass; populated: jmp to the target) from a "
         "subprogram with tail_call_cnt_ptr P: taken iff populated and *P < 33, counting in *P",
         "jit-6.12", kernels=("6.12",))
def tail_call_direct_612():
    for pop in (False, True):
        o = check_tail_call_cnt_ptr(jit_config("6.12"), direct=True, populated=pop)
        if o.status != "proved":
            return o
    return Outcome.proved(reason="empty and populated poke states")


tail_call_direct_612.theorem.mutant("jit61", JIT61)(
    lambda: check_tail_call_cnt_ptr(jit_config("6.12", jit=X86Jit), direct=True, populated=True))
tail_call_direct_612.theorem.mutant("cnt_ja", _doc(CntJa))(
    lambda: check_tail_call_cnt_ptr(jit_config("6.12", jit=CntJa), direct=True, populated=True))


def check_prologue_cnt_ptr(cfg) -> Outcome:
    """The statement of JIT612.tail_call_cnt_ptr (module docstring) for every stack depth, over
    the prologue's bytes run from 0 and from X86_TAIL_CALL_OFFSET (there rsp = rbp = the frame
    base the unwinding tail call left) with any rax."""
    n = 0
    for depth, is_sub in itertools.product(DEPTHS, (False, True)):
        f = jit_function([Insn.make(0xB7, 0, 0, 0, 0), EXIT], stack_depth=depth,
                         tail_call_reachable=True, is_subprog=is_sub, cfg=cfg)
        pro = f.image[:f.addrs[0]]
        tco = cfg.jit(cfg).tail_call_offset
        rs = round_up(depth, 8)
        for entry_at in (0, tco):
            n += 1
            st, entry, mem0 = _entry()
            rax = entry["rax"]
            if entry_at:
                st.regs["rbp"] = st.regs["rsp"]
                fp = entry["rsp"]
            else:
                fp = entry["rsp"] - 8
            pre = [z3.UGT(fp, 2 ** 20), z3.ULT(fp, 2 ** 62)]
            own = fp - rs - 8
            if is_sub:
                want_ptr, want_cnt = rax, None
            elif entry_at == 0:
                want_ptr, want_cnt = own, z3.BitVecVal(0, 64)
            else:
                count = z3.ULE(rax, MAX_TAIL_CALL_CNT)
                want_ptr, want_cnt = z3.If(count, own, rax), z3.If(count, rax, x86.mem_read(mem0, own, 8))
            bad = []
            for fs in x86.Machine(pro[entry_at:]).run(st):
                if fs.fault or fs.exit != ("fallthrough", len(pro) - entry_at):
                    bad.append(fs.path)
                    continue
                ok = [x86.mem_read(fs.mem, fp - rs - 16, 8) == want_ptr]
                if want_cnt is not None and not is_sub:
                    ok.append(z3.Implies(z3.Or(entry_at == 0, z3.ULE(rax, MAX_TAIL_CALL_CNT)),
                                         x86.mem_read(fs.mem, own, 8) == want_cnt))
                bad.append(z3.And(fs.path, z3.Not(z3.And(*ok))))
            m = _solve(bad, pre)
            if m == "unknown":
                return Outcome.unknown("z3 timeout")
            if m is not None:
                return Outcome.refuted(_cex(m, entry, {
                    "config": {"stack_depth": depth, "subprog": is_sub,
                               "entered_at": "X86_TAIL_CALL_OFFSET" if entry_at else "0"},
                    "x86": x86.disasm_lines(pro)}))
    return Outcome.proved(reason=f"{n} entries")


class CountEveryEntry(X86Jit612):
    """The prologue takes any rax as a count (no `cmp rax, 33; ja`): a tail call from a
    subprogram starts a new counter from the pointer's bits instead of sharing the context's."""
    def emit_prologue_tail_call(self):
        if self.fn.is_subprog:
            return super().emit_prologue_tail_call()
        self.b(0x50)                        # push rax: tail_call_cnt
        self.b(0x48, 0x89, 0xE0)            # mov rax, rsp
        self.b(0x50)                        # push rax: tail_call_cnt_ptr
        self.emit_nops(8)                   # keep the layout


@theorem("JIT612.tail_call_cnt_ptr",
         "6.12's prologue of a tail-call-reachable main program leaves tail_call_cnt_ptr pointing "
         "at its own counter, 0 at the entry, rax when entered by a tail call with rax <= 33, and "
         "equal to rax (the context's counter) otherwise; a subprogram keeps its caller's "
         "pointer: every frame of a tail-call context reaches one counter (TC.jit610's machine)",
         "jit-6.12", kernels=("6.12",))
def tail_call_cnt_ptr():
    return check_prologue_cnt_ptr(jit_config("6.12"))


tail_call_cnt_ptr.theorem.mutant("count_every_entry", _doc(CountEveryEntry))(
    lambda: check_prologue_cnt_ptr(jit_config("6.12", jit=CountEveryEntry)))
tail_call_cnt_ptr.theorem.mutant("jit61", "6.1's prologue: one `push rax` slot per frame, no "
                                 "pointer (a subprogram's frame holds a copy of the count)")(
    lambda: check_prologue_cnt_ptr(jit_config("6.12", jit=X86Jit)))
