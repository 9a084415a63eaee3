"""Scalar precision tracking: __mark_chain_precision and backtrack_insn of 6.1.

State pruning treats a stored scalar as "any scalar" unless it is marked precise. A scalar
becomes precise when its exact range matters (pointer arithmetic, a helper's size argument, a
branch decided by its bounds, a spill through a non-fp pointer, ...): the verifier then walks
back over the instructions of the current path, using each state's jmp_history, to find every
register and stack slot the value was computed from, and marks them precise in the stored
checkpoints. Whatever backtracking cannot follow (calls into subprograms, callbacks, exits,
LD_ABS) falls back to marking every scalar of the path precise.
"""
from __future__ import annotations

from bpfsmt.spec.insn import (BPF_ALU, BPF_ALU64, BPF_JMP, BPF_JMP32, BPF_LD, BPF_LDX, BPF_ST,
                              BPF_STX, BPF_X, BPF_MOV, BPF_NEG, BPF_END, BPF_CALL, BPF_EXIT,
                              BPF_ATOMIC, BPF_FETCH, BPF_CMPXCHG, BPF_ABS, BPF_IND, BPF_JA,
                              BPF_PSEUDO_CALL, BPF_PSEUDO_KFUNC_CALL, Insn)
from bpfsmt.spec import helpers as H
from bpfsmt.spec.errno import EFAULT
from bpfsmt.solver.verifier.liveness import read_parts
from bpfsmt.solver.verifier.state import State, BPF_MAIN_FUNC, STACK_SPILL
from bpfsmt.solver.verifier.vlog import BPF_LOG_LEVEL2, insn_text


# struct bpf_insn_hist_entry's flags (6.12, HISTORY-612): a spill or fill of slot spi of frame
# frameno, a conditional jump comparing a stack pointer
INSN_F_FRAMENO_MASK = 0x7
INSN_F_SPI_MASK = 0x3F
INSN_F_SPI_SHIFT = 3
INSN_F_STACK_ACCESS = 1 << 9
INSN_F_DST_REG_STACK = 1 << 10
INSN_F_SRC_REG_STACK = 1 << 11
LINKED_REGS_MAX = 6      # registers one history entry links (the rest lose their id)


class NotSupported(Exception):
    """backtrack_insn's -ENOTSUPP: fall back to mark_all_scalars_precise."""


def _is_atomic_fetch(ins: Insn) -> bool:
    return ins.cls == BPF_STX and ins.mode == BPF_ATOMIC and bool(ins.imm & BPF_FETCH)


def _is_callback_calling_function(func_id: int) -> bool:
    fn = H.HELPERS.get(func_id)
    return fn is not None and fn.callback is not None


BT_SKIP, BT_MOV_X, BT_MOV_K, BT_ALU_X, BT_LOAD, BT_STORE, BT_CALL, BT_NOTSUPP, BT_JMP_X, \
    BT_LD = range(10)


def backtrack_table(insns: list) -> list:
    """backtrack_insn decided once per instruction: (kind, dst bit, src bit, stack slot, flag).
    Backtracking runs on every precision mark, so it only looks the answer up."""
    out = []
    for ins in insns:
        cls, op = ins.cls, ins.code
        d, s = 1 << ins.dst, 1 << ins.src
        e = (BT_SKIP, 0, 0, -1, False)
        if ins.opcode == 0:
            pass
        elif cls in (BPF_ALU, BPF_ALU64):
            if op == BPF_MOV:
                e = (BT_MOV_X if ins.source == BPF_X else BT_MOV_K, d, s, -1, False)
            elif op not in (BPF_END, BPF_NEG) and ins.source == BPF_X:
                e = (BT_ALU_X, d, s, -1, False)
        elif cls == BPF_LDX or _is_atomic_fetch(ins):
            load, base = d, ins.src
            if _is_atomic_fetch(ins):
                load = 1 if ins.imm == BPF_CMPXCHG else s
                base = ins.dst
            e = (BT_LOAD, load, 0, (-ins.off - 1) // 8 if base == 10 else -1, False)
        elif cls in (BPF_STX, BPF_ST):
            e = (BT_STORE, d, s, (-ins.off - 1) // 8 if ins.dst == 10 else -1, cls == BPF_STX)
        elif cls in (BPF_JMP, BPF_JMP32):
            if op == BPF_CALL:
                if ins.src == BPF_PSEUDO_CALL or (ins.src == BPF_PSEUDO_KFUNC_CALL and ins.imm == 0) \
                        or (ins.src == 0 and _is_callback_calling_function(ins.imm)):
                    e = (BT_NOTSUPP, 0, 0, -1, False)
                else:
                    e = (BT_CALL, 0, 0, -1, False)
            elif op == BPF_EXIT:
                e = (BT_NOTSUPP, 0, 0, -1, False)
            elif ins.source == BPF_X and op != BPF_JA:
                e = (BT_JMP_X, d, s, -1, False)
        elif cls == BPF_LD:
            e = (BT_LD, d, 0, -1, ins.mode in (BPF_IND, BPF_ABS))
        out.append(e)
    return out


def backtrack_insn(e: tuple, masks: list) -> None:
    """One instruction backwards: which registers (masks[0]) and stack slots (masks[1]) the
    tracked values depended on before it. `e` is its backtrack_table entry."""
    kind, d, s, spi, flag = e
    reg_mask, stack_mask = masks
    if kind == BT_SKIP:
        return
    if kind == BT_MOV_X:
        if reg_mask & d:
            masks[0] = (reg_mask & ~d) | s
    elif kind == BT_MOV_K:
        masks[0] = reg_mask & ~d
    elif kind == BT_ALU_X:
        if reg_mask & d:
            masks[0] = reg_mask | s
    elif kind == BT_LOAD:
        if reg_mask & d:
            masks[0] = reg_mask & ~d
            if spi >= 0:
                if spi >= 64:
                    raise ValueError(EFAULT)
                masks[1] = stack_mask | 1 << spi
    elif kind == BT_STORE:
        if reg_mask & d:
            raise NotSupported
        if spi >= 0:
            if spi >= 64:
                raise ValueError(EFAULT)
            if stack_mask >> spi & 1:
                masks[1] = stack_mask & ~(1 << spi)
                if flag:
                    masks[0] = reg_mask | s
    elif kind == BT_CALL:
        reg_mask &= ~1
        if reg_mask & 0x3F:
            raise ValueError(EFAULT)
        masks[0] = reg_mask
    elif kind == BT_NOTSUPP:
        raise NotSupported
    elif kind == BT_JMP_X:
        if reg_mask & (d | s):
            masks[0] = reg_mask | d | s
    elif kind == BT_LD:
        if reg_mask & d:
            masks[0] = reg_mask & ~d
            if flag:
                raise NotSupported


def _spilled_scalar(f, spi):
    """The scalar spilled in slot `spi`, to read (a shared slot: mark it with _mark_slot)."""
    if spi >= len(f.stack):
        return None
    sl = f.stack[spi]
    if sl.stype[7] != STACK_SPILL or sl.spilled.type != "scalar":
        return None
    return sl.spilled


def _mark_slot(f, spi, precise: bool) -> None:
    """The spilled scalar of slot `spi` marked (im)precise, the slot copied first if shared."""
    if f.stack[spi].spilled.precise != precise:
        f.slot_w(spi).spilled.precise = precise


def mark_all_scalars_precise(st: State) -> None:
    """The big hammer, from the first checkpoint above `st` up."""
    st = st.parent
    while st is not None:
        for f in st.frames:
            for r in f.regs[:10]:
                if r.type == "scalar":
                    r.precise = True
            for spi in range(f.allocated_stack // 8):
                if _spilled_scalar(f, spi) is not None:
                    _mark_slot(f, spi, True)
        st = st.parent


def mark_all_scalars_imprecise(st: State) -> None:
    """At a checkpoint: forget inherited precision, children will ask again if they need it."""
    for f in st.frames:
        for r in f.regs[:10]:
            if r.type == "scalar":
                r.precise = False
        for spi, sl in enumerate(f.stack):
            sp = sl.spilled
            if sp.precise and sl.stype[7] == STACK_SPILL and sp.type == "scalar":
                f.slot_w(spi).spilled.precise = False


def set_bits(mask: int):
    """The indices of the set bits of `mask`, lowest first (for_each_set_bit)."""
    while mask:
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low


def _fmt_masks(masks) -> str:
    """6.12's fmt_reg_mask / fmt_stack_mask: `regs=r1,r6 stack=-8,-24`."""
    return (f"regs={','.join(f'r{i}' for i in set_bits(masks[0]))} "
            f"stack={','.join(str(-(i + 1) * 8) for i in set_bits(masks[1]))}")


_RUN_ZERO, _RUN_NOTSUPP, _RUN_DONE = "zero", "notsupp", "done"
BACKTRACK_MEMO_SIZE = 1 << 16     # runs remembered (a few MB); forgotten all at once beyond


def with_history(e: tuple, flags, frame: int) -> tuple:
    """PRECISION-612: a load or store reaches a stack slot only when the history says it
    spilled or filled one (INSN_F_STACK_ACCESS, the slot of frame `frame`); `flags` None: 6.1,
    the table's r10-based slot."""
    if flags is None or e[0] not in (BT_LOAD, BT_STORE):
        return e
    spi = (flags >> INSN_F_SPI_SHIFT) & INSN_F_SPI_MASK \
        if flags & INSN_F_STACK_ACCESS and flags & INSN_F_FRAMENO_MASK == frame else -1
    return e[0], e[1], e[2], spi, e[4]


def bt_sync_linked_regs(masks: list, linked: tuple, frame: int) -> None:
    """bt_sync_linked_regs (6.12): when one of the registers a conditional jump linked (its
    history entry) is tracked, all of them are (this frame's; the walk is per frame)."""
    if not linked:
        return
    mine = [(is_reg, k) for fno, is_reg, k in linked if fno == frame]
    if any((masks[0] if is_reg else masks[1]) >> k & 1 for is_reg, k in mine):
        for is_reg, k in mine:
            masks[0 if is_reg else 1] |= 1 << k


def _backtrack_run(bt: list, hi: int, lo: int, reg_mask: int, stack_mask: int, lo_flags=None,
                   frame: int = 0, lo_linked: tuple = ()):
    """backtrack_insn over insns hi, hi-1, ..., lo: the masks before lo, or _RUN_ZERO when
    nothing is left to track (the walk ends), _RUN_NOTSUPP when an insn cannot be followed.
    An EFAULT (ValueError) propagates. `lo_flags` (6.12): the history flags of insn lo, the
    only one of the run with an entry."""
    masks = [reg_mask, stack_mask]
    for k in range(hi, lo - 1, -1):
        e = bt[k]
        if lo_flags is not None:
            e = with_history(e, lo_flags if k == lo else 0, frame)
        if k == lo and lo_linked:
            bt_sync_linked_regs(masks, lo_linked, frame)
        if e[0] != BT_SKIP:
            try:
                backtrack_insn(e, masks)
            except NotSupported:
                return _RUN_NOTSUPP
        if k == lo and lo_linked:
            bt_sync_linked_regs(masks, lo_linked, frame)
        if e[0] != BT_SKIP:
            if not masks[0] and not masks[1]:
                return _RUN_ZERO
    return masks[0], masks[1]


def _walk_runs(memo: dict, bt: list, i: int, first: int, hist: list, cnt: int, skip_first: bool,
               masks: list, v612: bool = False, frame: int = 0):
    """mark_chain_precision_frame's walk over one state's instructions, a straight-line run at
    a time: from `i` down to the next jump target in jmp_history (or the state's first insn).
    Loops backtrack the same runs with the same masks again and again, so each run's outcome
    is remembered per (run, masks). Returns _RUN_DONE at the state's first insn (masks
    updated), None when nothing is left to track, _RUN_NOTSUPP, or (i, cnt, skip_first) for
    the insn-by-insn walk when the history does not lead down to `first`."""
    while True:
        lo = hist[cnt - 1][0] if cnt else first
        if lo > i:
            return i, cnt, skip_first
        hi = i - 1 if skip_first else i
        skip_first = False
        if hi >= lo:
            flags = (hist[cnt - 1][2] if cnt else 0) if v612 else None
            linked = hist[cnt - 1][3] if v612 and cnt and hist[cnt - 1][0] <= hi else ()
            key = (hi, lo, masks[0], masks[1], flags, frame, linked)
            out = memo.get(key)
            if out is None:
                if len(memo) >= BACKTRACK_MEMO_SIZE:
                    memo.clear()
                out = memo[key] = _backtrack_run(bt, hi, lo, masks[0], masks[1], flags, frame,
                                                 linked)
            if out is _RUN_ZERO:
                return None
            if out is _RUN_NOTSUPP:
                return out
            masks[0], masks[1] = out
        if lo == first and (cnt == 0 or (cnt == 1 and hist[0][0] == lo)):
            return _RUN_DONE
        cnt -= 1
        i = hist[cnt][1]


def mark_chain_precision_frame(env, st: State, frame: int, regno: int, spi: int = -1,
                               batch: tuple = None) -> None:
    """__mark_chain_precision for register `regno` (or stack slot `spi`) of `frame`, or for
    the (register, slot) masks of `batch` (6.12's mark_chain_precision_batch). Without
    CAP_BPF every scalar is precise already, and nothing is walked."""
    if not env.priv.bpf_capable:
        return
    last_idx = env.insn_idx
    func = st.frames[frame]
    if regno >= 0 and func.regs[regno].type != "scalar":
        return
    reg_mask = 1 << regno if regno >= 0 else 0
    stack_mask = 0
    new_marks = regno >= 0
    if spi >= 0 and _spilled_scalar(func, spi) is not None:
        stack_mask = 1 << spi
        new_marks = True
    if batch is not None:
        reg_mask, stack_mask = batch
        new_marks = True
    if not new_marks or not (reg_mask or stack_mask):
        return
    skip_first = True
    masks = [reg_mask, stack_mask]
    bt = env.backtrack_table
    # the level-2 log narrates the walk: each state's range, each insn with the masks before it,
    # and what the parent checkpoint got
    vlog = env.vlog if env.vlog is not None and env.vlog.level & BPF_LOG_LEVEL2 else None
    v612 = vlog is not None and vlog.v612       # 6.12 prefixes `mark_precise: frameN:`
    drops_known = env.rules.kernel.precision_drops_known
    hist612 = env.insn_hist_612                 # stack slots from the history's flags
    subseq = -1                                 # 6.12 prints the insn the walk came from
    while True:
        hist = st.jmp_history
        cnt = len(hist)
        first = st.first_insn_idx
        if v612:
            vlog.verbose(f"mark_precise: frame{frame}: last_idx {last_idx} first_idx {first} "
                         f"subseq_idx {subseq} \n")
        elif vlog is not None:
            vlog.verbose(f"last_idx {last_idx} first_idx {first}\n")
        if last_idx < 0:
            # the entry of a global function: its arguments R1-R5
            f0 = st.frames[0]
            if st.curframe == 0 and f0.subprogno > 0 and f0.callsite == BPF_MAIN_FUNC and \
                    masks[1] == 0 and (masks[0] & ~0x3E) == 0:
                for i in set_bits(masks[0]):
                    if f0.regs[i].type == "scalar":
                        f0.regs[i].precise = True
                return
            raise ValueError(EFAULT)
        i = last_idx
        walked = False
        if vlog is None:
            # straight-line runs from memory (the log narrates each insn: not with a log)
            out = _walk_runs(env.backtrack_memo, bt, i, first, hist, cnt, skip_first, masks,
                             hist612, frame)
            skip_first = False
            if out is None:
                return
            if out is _RUN_NOTSUPP:
                mark_all_scalars_precise(st)
                return
            if out is _RUN_DONE:
                walked = True
            else:
                i, cnt, skip_first = out
        while not walked:
            if skip_first:
                skip_first = False
            else:
                e = bt[i]
                linked = ()
                if hist612:
                    here = cnt and hist[cnt - 1][0] == i
                    e = with_history(e, hist[cnt - 1][2] if here else 0, frame)
                    linked = hist[cnt - 1][3] if here else ()
                if v612 and env.insns[i].opcode:
                    vlog.verbose(f"mark_precise: frame{frame}: {_fmt_masks(masks)} before {i}: "
                                 f"{insn_text(env.insns[i], True)}\n")
                elif vlog is not None and env.insns[i].opcode:
                    vlog.verbose(f"regs={masks[0]:x} stack={masks[1]:x} before {i}: "
                                 f"{insn_text(env.insns[i])}\n")
                bt_sync_linked_regs(masks, linked, frame)
                if e[0] != BT_SKIP:
                    try:
                        backtrack_insn(e, masks)
                    except NotSupported:
                        mark_all_scalars_precise(st)
                        return
                    bt_sync_linked_regs(masks, linked, frame)
                    if not masks[0] and not masks[1]:
                        return
            subseq = i
            # get_prev_insn_idx: the instruction before `i` on this path; a jump's source is
            # in jmp_history, the state's first instruction ends the walk
            if i == first and (cnt == 0 or (cnt == 1 and hist[0][0] == i)):
                break
            if cnt and hist[cnt - 1][0] == i:
                cnt -= 1
                i = hist[cnt][1]
            else:
                i -= 1
        st = st.parent
        if st is None:
            break
        new_marks = False
        func = st.frames[frame]
        for r in set_bits(masks[0]):
            reg = func.regs[r]
            if reg.type != "scalar":
                masks[0] &= ~(1 << r)
                continue
            if not reg.precise:
                new_marks = True
            elif drops_known:
                masks[0] &= ~(1 << r)
            reg.precise = True
        for s in set_bits(masks[1]):
            if s >= func.allocated_stack // 8:
                mark_all_scalars_precise(st)
                return
            reg = _spilled_scalar(func, s)
            if reg is None:
                masks[1] &= ~(1 << s)
                continue
            if not reg.precise:
                new_marks = True
            elif drops_known:
                masks[1] &= ~(1 << s)
            _mark_slot(func, s, True)
        if v612:
            for fr in range(frame, -1, -1):
                shown = masks if fr == frame else (0, 0)
                vlog.verbose(f"mark_precise: frame{fr}: parent state {_fmt_masks(shown)}: ")
                vlog.print_verifier_state(st.frames[fr], True, env.vlog_refs(st))
        elif vlog is not None:
            vlog.verbose(f"parent {'didn' + chr(39) + 't have' if new_marks else 'already had'} "
                         f"regs={masks[0]:x} stack={masks[1]:x} marks:")
            vlog.print_verifier_state(func, True, env.vlog_refs(st))
        if not masks[0] and not masks[1]:
            break
        if not new_marks:
            break
        subseq = first
        last_idx = st.last_insn_idx


def propagate_precision(env, old: State, cur: State) -> None:
    """The pruned path needs what the stored state's continuation needed to be precise."""
    vlog = env.vlog if env.vlog is not None and env.vlog.level & BPF_LOG_LEVEL2 else None
    if env.insn_hist_612:
        _propagate_precision_batch(env, old, cur, vlog)
        return
    for fr in range(old.curframe, -1, -1):
        f = old.frames[fr]
        regs, spis = read_parts(f)           # what was not read needs no precision
        for i in regs:
            r = f.regs[i]
            if i < 10 and r.type == "scalar" and r.precise:
                if vlog is not None:
                    vlog.verbose(f"frame {fr}: propagating r{i}\n")
                mark_chain_precision_frame(env, cur, fr, i)
        for spi in spis:
            sl = f.stack[spi]
            r = sl.spilled
            if r.precise and sl.stype[7] == STACK_SPILL and r.type == "scalar":
                if vlog is not None:
                    vlog.verbose(f"frame {fr}: propagating fp{(-spi - 1) * 8}\n")
                mark_chain_precision_frame(env, cur, fr, -1, spi)


def _propagate_precision_batch(env, old: State, cur: State, vlog) -> None:
    """propagate_precision (6.12): every precise, read scalar of a frame (registers, then
    spilled slots) is backtracked in one batch (one walk per frame here)."""
    for fr in range(old.curframe, -1, -1):
        f = old.frames[fr]
        masks, names = [0, 0], []
        for i in range(10):
            r = f.regs[i]
            if r.type == "scalar" and r.precise and r.live & 3:
                masks[0] |= 1 << i
                names.append(f"r{i}")
        live = f.stack_live
        for spi, sl in enumerate(f.stack):
            r = sl.spilled
            if r.precise and live[spi] & 3 and sl.stype[7] == STACK_SPILL and r.type == "scalar":
                masks[1] |= 1 << spi
                names.append(f"fp{(-spi - 1) * 8}")
        if names:
            if vlog is not None:
                vlog.verbose(f"frame {fr}: propagating {','.join(names)}\n")
            mark_chain_precision_frame(env, cur, fr, -1, -1, batch=tuple(masks))
