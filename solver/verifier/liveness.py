"""Register and stack liveness, as 6.1 tracks it along the parentage chain.

Every register (and every stack slot's spilled_ptr) points at the same register of the last
checkpoint (`parent`). A read marks REG_LIVE_READ up that chain until a write on the way screens
it off (REG_LIVE_WRITTEN); state pruning then ignores everything a stored state never read.
When a path is pruned, what the stored state's continuation read is read by the current path
too (propagate_liveness). Once no path below a stored state is left, its marks are final:
clean_live_state marks it REG_LIVE_DONE and forgets what was not read.
"""
from __future__ import annotations

from typing import Optional

from bpfsmt.spec.insn import (BPF_ALU, BPF_ALU64, BPF_JMP, BPF_JMP32, BPF_LD, BPF_LDX,
                              BPF_STX, BPF_CALL, BPF_EXIT, BPF_END, BPF_IMM, BPF_DW,
                              BPF_PSEUDO_CALL, Insn)
from bpfsmt.solver.verifier.state import (Reg, State, Frame, EMPTY_SLOT, REG_LIVE_NONE,
                                          REG_LIVE_READ, REG_LIVE_READ64, REG_LIVE_DONE,
                                          mark_reg_not_init)


def mark_reg_read(env, reg: Reg, parent: Optional[Reg], flag: int) -> None:
    """mark_reg_read: `reg`'s value is used, so every checkpoint up to the last write of it
    depends on it. env.longest_mark_read_walk is the `mark_read` statistic."""
    writes = parent is reg.parent
    cnt = 0
    state = reg
    while parent is not None:
        if writes and state.live & 4:            # REG_LIVE_WRITTEN
            break
        if parent.live & REG_LIVE_DONE:
            break
        plive = parent.live
        if (plive & REG_LIVE_READ) == flag or plive & REG_LIVE_READ64:
            break
        parent.live = plive | flag
        if flag == REG_LIVE_READ64:
            parent.live &= ~1                    # READ64 overrides READ32
        state = parent
        parent = state.parent
        writes = True
        cnt += 1
    if env.longest_mark_read_walk < cnt:
        env.longest_mark_read_walk = cnt


def mark_slot_read(env, child: Optional[Frame], parent: Optional[Frame], spi: int,
                   flag: int) -> None:
    """mark_reg_read for stack slot `spi`'s spilled_ptr, whose liveness the frames keep
    (stack_live, stack_parent): `parent` is the frame above `child` in the parentage chain;
    child None when the first link is not screened by child's writes (propagate_liveness)."""
    cnt = 0
    while parent is not None:
        if child is not None and child.stack_live[spi] & 4:          # REG_LIVE_WRITTEN
            break
        plive = parent.stack_live[spi]
        if plive & REG_LIVE_DONE:
            break
        if (plive & REG_LIVE_READ) == flag or plive & REG_LIVE_READ64:
            break
        parent.stack_live[spi] = (plive | flag) & ~1 if flag == REG_LIVE_READ64 else plive | flag
        child = parent
        parent = child.stack_parent[spi]
        cnt += 1
    if env.longest_mark_read_walk < cnt:
        env.longest_mark_read_walk = cnt


def is_reg64(ins: Insn, regno: int, reg: Reg, src_op: bool) -> bool:
    """is_reg64: whether `ins` reads (or defines) all 64 bits of `regno`: a READ64 mark rather
    than READ32."""
    cls, op = ins.cls, ins.code
    if cls == BPF_JMP:
        if op == BPF_EXIT:
            return True
        if op == BPF_CALL:
            if ins.src == BPF_PSEUDO_CALL:
                return False
            return src_op
    if cls == BPF_ALU64 or cls == BPF_JMP or (cls == BPF_ALU and op == BPF_END
                                             and ins.imm == 64):
        return True
    if cls in (BPF_ALU, BPF_JMP32):
        return False
    if cls == BPF_LDX:
        return ins.size == BPF_DW if not src_op else True
    if cls == BPF_STX:
        if src_op and reg.type != "scalar":
            return True
        return ins.size == BPF_DW
    if cls == BPF_LD:
        return ins.mode == BPF_IMM or src_op
    return True


def _propagate_liveness_reg(env, reg: Reg, parent_reg: Reg) -> None:
    parent_flag = parent_reg.live & REG_LIVE_READ
    flag = reg.live & REG_LIVE_READ
    if parent_flag == REG_LIVE_READ64 or not flag or parent_flag == flag:
        return
    mark_reg_read(env, reg, parent_reg, flag)


def read_parts(f: Frame) -> tuple:
    """The indices of the registers and of the stack slots frame `f` read. Final once its
    state is cleaned (REG_LIVE_DONE: no path below it is left to add marks), so a finished
    state keeps them (Frame.read_parts) for the comparisons and hits it takes part in."""
    parts = f.read_parts
    if parts is None:
        live = f.stack_live
        parts = (tuple([i for i, r in enumerate(f.regs) if r.live & REG_LIVE_READ]),
                 tuple([spi for spi in range(f.allocated_stack // 8) if live[spi] & REG_LIVE_READ]))
        if f.regs[0].live & REG_LIVE_DONE:
            f.read_parts = parts
    return parts


def propagate_liveness(env, vstate: State, vparent: State) -> None:
    """What the stored state `vstate`'s continuation read, the pruned path `vparent` reads."""
    last = vstate.curframe
    for fr in range(last + 1):
        parent = vparent.frames[fr]
        state = vstate.frames[fr]
        regs, spis = read_parts(state)
        lo = 6 if fr < last else 0
        for i in regs:
            if lo <= i < 10:
                _propagate_liveness_reg(env, state.regs[i], parent.regs[i])
        n = min(state.allocated_stack, parent.allocated_stack) // 8
        for spi in spis:
            if spi >= n:
                break
            flag = state.stack_live[spi] & REG_LIVE_READ
            parent_flag = parent.stack_live[spi] & REG_LIVE_READ
            if parent_flag == REG_LIVE_READ64 or not flag or parent_flag == flag:
                continue
            mark_slot_read(env, None, parent, spi, flag)


def clean_func_state(f: Frame) -> None:
    for i in range(10):
        r = f.regs[i]
        live = r.live
        r.live |= REG_LIVE_DONE
        if not live & REG_LIVE_READ:
            mark_reg_not_init(r)
            r.live = live | REG_LIVE_DONE
    live = f.stack_live
    for spi in range(f.allocated_stack // 8):
        if not live[spi] & REG_LIVE_READ:
            f.stack[spi] = EMPTY_SLOT
        live[spi] |= REG_LIVE_DONE


def clean_live_state(st: State, cur: State) -> None:
    """clean_live_states for one stored state at the current insn with no path left below it
    (branches == 0): at the same call sites as `cur`, its marks are final. is_state_visited
    cleans each state just before comparing it, rather than the whole bucket first: a state
    left uncleaned by an earlier prune hit is read by nobody before the next visit (no live
    path descends from it), which cleans it first."""
    # a state cleaned before (REG_LIVE_DONE) is left as it is by clean_verifier_state
    if st.frames[0].regs[0].live & REG_LIVE_DONE or len(st.frames) != len(cur.frames):
        return
    for f, c in zip(st.frames, cur.frames):
        if f.callsite != c.callsite:
            return
    for f in st.frames:
        clean_func_state(f)


def link_checkpoint(cur: State, new: State) -> None:
    """Connect `cur` to the checkpoint `new` just stored: its registers' (r6-r9 in callers'
    frames) and stack slots' parents are new's, and its write marks start afresh."""
    last = cur.curframe
    for j, f in enumerate(cur.frames):
        nf = new.frames[j]
        for i in range(6 if j < last else 0, 10):
            f.regs[i].parent = nf.regs[i]
        for i in range(10):
            f.regs[i].live = REG_LIVE_NONE
    for j, f in enumerate(cur.frames):
        n = f.allocated_stack // 8
        f.stack_live = [REG_LIVE_NONE] * n
        f.stack_parent = [new.frames[j]] * n
