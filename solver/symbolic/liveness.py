"""Static register liveness, so states that differ only in dead registers merge at a join.

A register is live at a slot when some path from there reads it before writing it. Calls are
one instruction: a helper, kfunc or subprogram call reads R1-R5 and leaves R0-R5 written (the
callee's own frame is analysed at its own slots), exit reads R0. The sets over-approximate
what the lowering reads (every operand the instruction could read counts), so clearing a dead
register can never turn a read into an uninitialised one.
"""
from __future__ import annotations

from bpfsmt.spec.insn import (BPF_ALU, BPF_ALU64, BPF_JMP, BPF_JMP32, BPF_LD, BPF_LDX, BPF_ST,
                              BPF_STX, BPF_X, BPF_MOV, BPF_JA, BPF_CALL, BPF_EXIT, BPF_ATOMIC,
                              BPF_ABS, BPF_IND, LDDW_OPCODE, Insn)

ARGS = 0b111110          # R1-R5
CALLER_SAVED = 0b111111  # R0-R5
ALL_REGS = 0x7FF         # R0-R10


def _bit(r: int) -> int:
    return 1 << r if 0 <= r <= 10 else 0


def uses_defs(insn: Insn) -> tuple[int, int]:
    """(registers read, registers written) of one instruction, as bit sets."""
    cls = insn.cls
    if cls in (BPF_ALU, BPF_ALU64):
        use = _bit(insn.src) if insn.source == BPF_X else 0
        if insn.code != BPF_MOV:
            use |= _bit(insn.dst)
        return use, _bit(insn.dst)
    if cls in (BPF_JMP, BPF_JMP32):
        if insn.code == BPF_EXIT:
            return 1, 0
        if insn.code == BPF_CALL:
            return ARGS | (_bit(insn.dst) if insn.source == BPF_X else 0), CALLER_SAVED
        if insn.code == BPF_JA:
            return 0, 0
        return _bit(insn.dst) | (_bit(insn.src) if insn.source == BPF_X else 0), 0
    if cls == BPF_LDX:
        return _bit(insn.src), _bit(insn.dst)
    if cls == BPF_ST:
        return _bit(insn.dst), 0
    if cls == BPF_STX:
        use = _bit(insn.dst) | _bit(insn.src)
        return (use | 1, 0) if insn.mode == BPF_ATOMIC else (use, 0)
    if cls == BPF_LD:
        if insn.opcode == LDDW_OPCODE:
            return 0, _bit(insn.dst)
        if insn.mode in (BPF_ABS, BPF_IND):
            return _bit(6) | _bit(insn.src) | ARGS, CALLER_SAVED
    return ALL_REGS, 0


def live_in(insns: dict[int, Insn]) -> dict[int, int]:
    """Slot -> registers live before it (a bit set), by a backward fixpoint over the CFG."""
    succ: dict[int, tuple[int, ...]] = {}
    for s, i in insns.items():
        nxt = s + (2 if i.opcode == LDDW_OPCODE else 1)
        if i.cls in (BPF_JMP, BPF_JMP32):
            if i.code == BPF_EXIT:
                succ[s] = ()
            elif i.code == BPF_JA:
                succ[s] = (s + 1 + i.jump_offset(),)
            elif i.code == BPF_CALL:
                succ[s] = (nxt,)
            else:
                succ[s] = (nxt, s + 1 + i.off)
        else:
            succ[s] = (nxt,)
    ud = {s: uses_defs(i) for s, i in insns.items()}
    live = dict.fromkeys(insns, 0)
    order = sorted(insns, reverse=True)
    changed = True
    while changed:
        changed = False
        for s in order:
            out = 0
            for t in succ[s]:
                # a jump out of the program reads nothing the lowering could clear wrongly:
                # it faults there
                out |= live.get(t, 0)
            use, d = ud[s]
            new = use | (out & ~d)
            if new != live[s]:
                live[s] = new
                changed = True
    return live
