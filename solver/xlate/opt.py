"""The optimisation passes bpf_check runs around do_misc_fixups: optimize_bpf_loop (a bpf_loop
with a constant callback and flags 0 becomes a loop), the privileged dead-code passes
(opt_hard_wire_dead_code_branches, opt_remove_dead_code, opt_remove_nops) and, as on x86-64,
opt_subreg_zext_lo32_rnd_hi32's zero extension after a 32-bit cmpxchg."""
from __future__ import annotations

import bisect
from typing import Optional

from bpfsmt.spec.helper_ids import HELPER_IDS
from bpfsmt.spec.insn import (BPF_ADD, BPF_ALU, BPF_ALU64, BPF_CALL, BPF_DW, BPF_JA, BPF_JEQ,
                              BPF_JGE, BPF_JMP, BPF_JLE, BPF_K, BPF_LD, BPF_LDX, BPF_MEM, BPF_MOV,
                              BPF_PSEUDO_CALL, BPF_PSEUDO_FUNC, BPF_ST, BPF_STX, BPF_W, BPF_X,
                              BPF_CMPXCHG, Insn, slot_offsets)
from bpfsmt.spec.errno import E2BIG
from bpfsmt.spec.limits import BPF_MAX_LOOPS

from bpfsmt.solver.xlate.patch import XlatedProg


# ---------------------------------------------------------------------------------------------
# optimize_bpf_loop: bpf_loop with a constant callback and flags == 0 becomes a loop
# ---------------------------------------------------------------------------------------------


def _last_def(insns: list[Insn], idx: int, reg: int, lo: int) -> Optional[Insn]:
    """The instruction defining `reg` that reaches `idx` in straight-line code after slot `lo`
    (no jump target in between); None when it is not found that way."""
    slots = slot_offsets(insns)
    targets = set()
    for k, ins in enumerate(insns):
        if ins.is_jmp and not ins.is_call and not ins.is_exit:
            targets.add(slots[k] + 1 + ins.jump_offset())
    k = idx - 1
    while k >= 0 and slots[k] >= lo:
        ins = insns[k]
        if ins.is_jmp and not ins.is_call or ins.is_call:
            return None
        if ins.cls in (BPF_ALU, BPF_ALU64, BPF_LDX) or ins.is_wide:
            if ins.dst == reg:
                return ins
        if slots[k] in targets:
            return None
        k -= 1
    return None


def _stack_depth(insns: list[Insn]) -> int:
    """Stack bytes one function's instructions use, as do_check's update_stack_depth records
    them: the lowest r10-relative offset reached by an access or a pointer handed on."""
    depth = 0
    fp = {10: 0}
    for ins in insns:
        if ins.cls == BPF_ALU64 and ins.code == BPF_MOV and ins.source == BPF_X:
            if ins.src in fp:
                fp[ins.dst] = fp[ins.src]
            else:
                fp.pop(ins.dst, None)
        elif ins.cls == BPF_ALU64 and ins.code == BPF_ADD and ins.source == BPF_K and ins.dst in fp \
                and ins.dst != 10:
            fp[ins.dst] += ins.imm
            depth = max(depth, -fp[ins.dst])
        elif ins.cls in (BPF_ALU, BPF_ALU64, BPF_LDX) or ins.is_wide:
            if ins.cls == BPF_LDX and ins.src in fp:
                depth = max(depth, -(fp[ins.src] + ins.off))
            if ins.dst != 10:
                fp.pop(ins.dst, None)
        elif ins.cls in (BPF_ST, BPF_STX) and ins.dst in fp:
            depth = max(depth, -(fp[ins.dst] + ins.off))
        elif ins.is_call:
            for r in range(6):
                fp.pop(r, None)
    return depth


def inline_bpf_loop(stack_base: int) -> list[Insn]:
    """The 18 instructions that replace `call bpf_loop` (R6-R8 spilled below the frame); the
    callback call (index 11) gets its offset once the patch is in place."""
    r6o, r7o, r8o = stack_base, stack_base + 8, stack_base + 16
    A64, J = BPF_ALU64, BPF_JMP
    return [Insn.make(J | BPF_JLE | BPF_K, 1, 0, 2, BPF_MAX_LOOPS),
            Insn.make(BPF_ALU | BPF_MOV | BPF_K, 0, 0, 0, -E2BIG),
            Insn.make(J | BPF_JA, 0, 0, 16),
            Insn.make(BPF_STX | BPF_MEM | BPF_DW, 10, 6, r6o),
            Insn.make(BPF_STX | BPF_MEM | BPF_DW, 10, 7, r7o),
            Insn.make(BPF_STX | BPF_MEM | BPF_DW, 10, 8, r8o),
            Insn.make(A64 | BPF_MOV | BPF_X, 6, 1),
            Insn.make(BPF_ALU | BPF_MOV | BPF_K, 7, 0, 0, 0),
            Insn.make(A64 | BPF_MOV | BPF_X, 8, 3),
            Insn.make(J | BPF_JGE | BPF_X, 7, 6, 5),
            Insn.make(A64 | BPF_MOV | BPF_X, 1, 7),
            Insn.make(A64 | BPF_MOV | BPF_X, 2, 8),
            Insn.make(J | BPF_CALL, 0, BPF_PSEUDO_CALL, 0, 0),
            Insn.make(A64 | BPF_ADD | BPF_K, 7, 0, 0, 1),
            Insn.make(J | BPF_JEQ | BPF_K, 0, 0, -6, 0),
            Insn.make(A64 | BPF_MOV | BPF_X, 0, 7),
            Insn.make(BPF_LDX | BPF_MEM | BPF_DW, 6, 10, r6o),
            Insn.make(BPF_LDX | BPF_MEM | BPF_DW, 7, 10, r7o),
            Insn.make(BPF_LDX | BPF_MEM | BPF_DW, 8, 10, r8o)]


def optimize_bpf_loop(p: "XlatedProg", stack_depths: Optional[list] = None) -> None:
    """Inline `bpf_loop(nr, cb, ctx, 0)` when the flags are the constant 0 and the callback a
    constant function (the kernel's loop_inline_state.fit_for_inline; here: both set by a
    `r4 = 0` / `r2 = cb ll` in straight-line code before the call). `stack_depths`: the
    verifier's depth of each subprog (grow_stack_state's, in 8-byte slots)."""
    loop_id = HELPER_IDS["bpf_loop"]
    # subprog stack depths as do_check left them (the kernel adds stack_depth_extra only when
    # it leaves the subprog, so every bpf_loop of one function uses the same base)
    if not any(ins.is_helper_call and ins.imm == loop_id for ins in p.insns):
        return
    slots = slot_offsets(p.insns)
    at = [bisect.bisect_left(slots, st) for st in p.sub_starts] + [len(p.insns)]
    depths = list(stack_depths) if stack_depths else \
        [_stack_depth(p.insns[at[f]:at[f + 1]]) for f in range(len(p.sub_starts))]
    k = 0
    while k < len(p.insns):
        ins = p.insns[k]
        if not (ins.is_helper_call and ins.imm == loop_id):
            k += 1
            continue
        slot = p.slot_of(k)
        fstart = max(st for st in p.sub_starts if st <= slot)
        r4 = _last_def(p.insns, k, 4, fstart)
        r2 = _last_def(p.insns, k, 2, fstart)
        if not (r4 is not None and r4.code == BPF_MOV and r4.source == BPF_K and r4.imm == 0
                and r2 is not None and r2.is_wide and r2.src == BPF_PSEUDO_FUNC):
            k += 1
            continue
        r2_slot = next(p.slot_of(j) for j in range(k - 1, -1, -1) if p.insns[j] is r2)
        cb_start = r2_slot + 1 + r2.imm
        depth = depths[p.sub_starts.index(fstart)]
        roundup = (depth + 7) // 8 * 8 - depth
        seq = inline_bpf_loop(-(depth + 8 * 3 + roundup))
        # the kernel's stack_depth_extra, added to the subprog's stack depth (what the JIT uses)
        p.stack_extra[p.sub_starts.index(fstart)] = 8 * 3 + roundup
        starts_before = list(p.sub_starts)
        p.patch(k, seq)
        cb_new = p.sub_starts[starts_before.index(cb_start)] if cb_start in starts_before else cb_start
        call_slot = slot + 12
        p.insns[k + 12] = p.insns[k + 12].with_(imm=cb_new - call_slot - 1)
        k += len(seq)


# ---------------------------------------------------------------------------------------------
# Privileged dead-code passes (is_priv: the oracle loads as root)
# ---------------------------------------------------------------------------------------------

def opt_hard_wire_dead_code_branches(p: "XlatedProg") -> None:
    """A conditional jump one of whose successors do_check never reached becomes `goto`."""
    slots = slot_offsets(p.insns)
    at_slot = {sl: i for i, sl in enumerate(slots)}
    for i, ins in enumerate(p.insns):
        if not ins.is_cond_jmp:
            continue
        fall = at_slot.get(slots[i] + 1)
        taken = at_slot.get(slots[i] + 1 + ins.off)
        if fall is not None and not p.seen[fall]:
            p.insns[i] = Insn.make(BPF_JMP | BPF_JA, 0, 0, ins.off)
        elif taken is not None and not p.seen[taken]:
            p.insns[i] = Insn.make(BPF_JMP | BPF_JA, 0, 0, 0)


def opt_remove_dead_code(p: "XlatedProg") -> None:
    i = 0
    while i < len(p.insns):
        j = 0
        while i + j < len(p.insns) and not p.seen[i + j]:
            j += 1
        if j:
            p.remove(i, j)
        i += 1


def sanitize_dead_code(p: "XlatedProg") -> None:
    """Unprivileged loads keep dead code, each slot overwritten by the trap `goto -1`."""
    trap = Insn.make(BPF_JMP | BPF_JA, 0, 0, -1)
    i = 0
    while i < len(p.insns):
        if not p.seen[i]:
            if p.insns[i].is_wide:
                p.patch(i, [trap, trap])
                i += 1
            else:
                p.insns[i] = trap
        i += 1


def opt_remove_nops(p: "XlatedProg") -> None:
    """Every `goto +0` goes, the program's own included."""
    nop = Insn.make(BPF_JMP | BPF_JA, 0, 0, 0)
    p.remove_many({i for i, ins in enumerate(p.insns) if ins == nop})


def reads_r0_64(ins: Insn) -> Optional[bool]:
    """True: reads R0 as 64 bits; False: redefines R0 without reading it; None: neither."""
    if ins.is_exit or (ins.cls == BPF_JMP and ins.is_jmp and not ins.is_call
                       and (ins.dst == 0 or (ins.source == BPF_X and ins.src == 0))):
        return True
    if ins.cls == BPF_ALU64:
        if (ins.source == BPF_X and ins.src == 0) or (ins.dst == 0 and ins.code != BPF_MOV):
            return True
        if ins.dst == 0:
            return False
    if ins.cls == BPF_ALU and ins.dst == 0:          # a 32-bit op: reads and writes the subreg
        return False
    if ins.cls == BPF_STX and ins.mode == 0xC0 and ins.dst != 0:
        if ins.imm == BPF_CMPXCHG:                      # compares R0 at the access width
            return ins.size == BPF_DW
        if ins.src == 0:
            return ins.size == BPF_DW
        return None
    if ins.cls == BPF_STX and ins.size == BPF_DW and ins.src == 0:
        return True
    if ins.cls in (BPF_LDX, BPF_ST, BPF_STX) and (ins.src == 0 if ins.cls == BPF_LDX else ins.dst == 0):
        return True                                             # R0 used as a pointer
    if ins.is_call:
        return False
    if ins.cls in (BPF_LDX, BPF_LD) and ins.dst == 0:
        return False
    return None


def opt_subreg_zext_cmpxchg(p: "XlatedProg", reads=reads_r0_64) -> None:
    """opt_subreg_zext_lo32_rnd_hi32 on x86-64 (no bpf_jit_needs_zext): only a 32-bit
    `cmpxchg`, whose R0 is then read as 64 bits (the verifier's zext_dst), gets
    `BPF_ZEXT_REG(r0)` (w0 = w0 with imm 1) after it. Here: the first use of R0 on the
    fall-through path decides (branches end the scan and count as a 64-bit read). `reads`:
    the use classifier (a proof mutant replaces it)."""
    k = 0
    while k < len(p.insns):
        ins = p.insns[k]
        if ins.cls == BPF_STX and ins.mode == 0xC0 and ins.size == BPF_W and ins.imm == BPF_CMPXCHG:
            need = True
            for nxt in p.insns[k + 1:]:
                r = reads(nxt)
                if r is not None:
                    need = r
                    break
                if nxt.is_jmp or nxt.is_ja:
                    break
            if need:
                p.patch(k, [ins, Insn.make(BPF_ALU | BPF_MOV | BPF_X, 0, 0, 0, 1)])
                k += 1
        k += 1
