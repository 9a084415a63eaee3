"""Which map reaches a helper's map argument: insn_aux_data's map_ptr_state, as record_func_map()
leaves it. A forward dataflow over the CFG, through stack spills and into bpf2bpf callees; a call
that different maps reach is POISON and keeps the generic helper call."""
from __future__ import annotations

from typing import Optional

from bpfsmt.spec.helper_ids import HELPER_NAMES
from bpfsmt.spec.insn import (BPF_ALU, BPF_ALU64, BPF_DW, BPF_LD, BPF_LDX, BPF_MEM, BPF_MOV,
                              BPF_PSEUDO_FUNC, BPF_ST, BPF_STX, BPF_X, Insn, slot_offsets)
from bpfsmt.spec.maps import MAP_OP_HELPERS
from bpfsmt.spec.program import ProgramFile


# ---------------------------------------------------------------------------------------------
# Which map reaches a helper's map argument (insn_aux_data map_ptr_state)
# ---------------------------------------------------------------------------------------------
POISON = "poison"


def _map_arg_reg(helper_id: int) -> Optional[int]:
    """Register holding the CONST_PTR_TO_MAP argument whose map record_func_map() stores."""
    name = "bpf_" + HELPER_NAMES[helper_id] if 0 <= helper_id < len(HELPER_NAMES) else ""
    if name == "bpf_tail_call":
        return 2
    if name[len("bpf_"):] in MAP_OP_HELPERS:
        return 1
    return None


def map_states(pfile: ProgramFile, insns: list[Insn]) -> dict[int, object]:
    """insn index -> the Map (or inner template) every path brings to the helper's map
    argument, or POISON when different maps arrive, for the map helpers and bpf_tail_call.

    A forward dataflow over the CFG: a register's value is a frozenset of Maps (a map pointer
    loaded by `lddw src=1`, or the inner-map template a lookup in a map-in-map returns) or None
    (anything else). Spills to the stack through r10 are followed; calls clobber r0-r5; a
    bpf2bpf callee starts with the R1-R5 of its call sites.
    The kernel records the map per path during do_check; the union over CFG paths may poison a
    call the verifier never reaches with two maps (infeasible paths) - then the helper call stays.
    """
    maps = list(pfile.maps.values())
    registry = {m.name: m for m in maps}       # Map is unhashable: the dataflow carries names
    for m in maps:
        if m.inner is not None:
            registry.setdefault(m.inner.name, m.inner)
    slots = slot_offsets(insns)
    at_slot = {sl: i for i, sl in enumerate(slots)}
    n = len(insns)
    Env = tuple  # (regs tuple of 12: R0-R10 and AX, stack frozenset of (off, value))

    def join(a, b):
        if a is None:
            return b
        ra, sa = a
        rb, sb = b
        regs = tuple(x if x == y else (x | y if x is not None and y is not None else None)
                     for x, y in zip(ra, rb))
        da, db = dict(sa), dict(sb)
        st = {}
        for k in set(da) & set(db):
            x, y = da[k], db[k]
            if x is not None and y is not None:
                st[k] = x | y
        return regs, frozenset(st.items())

    entry = (tuple([None] * 16), frozenset())   # every 4-bit register field
    callbacks = set()
    for i, ins in enumerate(insns):
        if ins.is_wide and ins.src == BPF_PSEUDO_FUNC:
            t = slots[i] + 1 + ins.imm
            if t in at_slot:
                callbacks.add(at_slot[t])
    state: dict[int, Env] = {0: entry}
    work = [0]
    result: dict[int, object] = {}
    seen_args: dict[int, set] = {}

    def enter(t: int, env) -> None:
        new = join(state.get(t), env)
        if new != state.get(t):
            state[t] = new
            work.append(t)

    def maps_in(val) -> frozenset:
        return frozenset(m for m in val if not isinstance(m, tuple)) if val else frozenset()

    def _step(i: int) -> None:
        regs, stack = state[i]
        regs = list(regs)
        stk = dict(stack)
        ins = insns[i]
        succ = []
        nxt = i + 1
        if ins.is_wide:
            cb = at_slot.get(slots[i] + 1 + ins.imm) if ins.src == BPF_PSEUDO_FUNC else None
            regs[ins.dst] = frozenset([maps[ins.imm].name]) if ins.src == 1 and 0 <= ins.imm < len(maps) \
                else frozenset([("callback", cb)]) if cb is not None else None
            succ.append(nxt)
        elif ins.cls == BPF_ALU64 and ins.code == BPF_MOV and ins.source == BPF_X:
            regs[ins.dst] = regs[ins.src]
            succ.append(nxt)
        elif ins.cls in (BPF_ALU, BPF_ALU64, BPF_LDX):
            if ins.cls == BPF_LDX and ins.src == 10 and ins.size == BPF_DW:
                regs[ins.dst] = stk.get(ins.off)
            else:
                regs[ins.dst] = None
            succ.append(nxt)
        elif ins.cls in (BPF_ST, BPF_STX):
            if ins.dst == 10:
                for k in [k for k in stk if k < ins.off + ins.size_bytes and ins.off < k + 8]:
                    del stk[k]
                if ins.cls == BPF_STX and ins.mode == BPF_MEM and ins.size == BPF_DW and regs[ins.src]:
                    stk[ins.off] = regs[ins.src]
            if ins.cls == BPF_STX and ins.mode != BPF_MEM and ins.imm & 1:   # atomic fetch
                regs[ins.src if ins.imm != 0xF1 else 0] = None
            succ.append(nxt)
        elif ins.cls == BPF_LD:                      # LD_ABS/IND clobber r0-r5
            for r in range(6):
                regs[r] = None
            succ.append(nxt)
        elif ins.is_exit:
            pass
        elif ins.is_pseudo_call:
            # bpf2bpf: the callee sees the caller's R1-R5 (a map passed as an argument)
            t = at_slot.get(slots[i] + 1 + ins.imm)
            if t is not None:
                callee = (tuple([None] + regs[1:6] + [None] * 10), frozenset())
                enter(t, callee)
            for r in range(6):
                regs[r] = None
            succ.append(nxt)
        elif ins.is_call:
            ret = None
            if ins.is_helper_call:
                name = "bpf_" + HELPER_NAMES[ins.imm] if 0 <= ins.imm < len(HELPER_NAMES) else ""
                reg = _map_arg_reg(ins.imm)
                if reg is not None:
                    seen_args.setdefault(i, set())
                    val = regs[reg] if regs[reg] == maps_in(regs[reg]) else None
                    seen_args[i].add(val)
                    if name == "bpf_map_lookup_elem" and val:
                        inner = {registry[m].inner.name for m in val if registry[m].inner is not None}
                        if inner and len(inner) == len(val):
                            ret = frozenset(inner)
                for r in range(1, 6):
                    for _, t in (regs[r] or frozenset()) - maps_in(regs[r]):
                        walked = maps_in(regs[1]) if name == "bpf_for_each_map_elem" else frozenset()
                        enter(t, (tuple([None, walked or None] + [None] * 14), frozenset()))
            for r in range(6):
                regs[r] = None
            regs[0] = ret
            succ.append(nxt)
        elif ins.is_ja:
            succ.append(at_slot.get(slots[i] + 1 + ins.jump_offset(), n))
        elif ins.is_jmp:
            succ += [nxt, at_slot.get(slots[i] + 1 + ins.off, n)]
        else:
            succ.append(nxt)
        out = (tuple(regs), frozenset(stk.items()))
        for j in succ:
            if j >= n:
                continue
            new = join(state.get(j), out)
            if new != state.get(j):
                state[j] = new
                work.append(j)

    # a callback is entered from the helper that gets its address: bpf_for_each_map_elem's
    # with R1 the map it walks (set_map_elem_callback_state: CONST_PTR_TO_MAP), the others with
    # unknown registers; one whose address goes elsewhere, with unknown registers at the end
    while True:
        while work:                      # finite lattice: map sets only grow, None absorbs
            _step(work.pop())
        unseeded = sorted(callbacks - set(state))
        if not unseeded:
            break
        for t in unseeded:
            enter(t, entry)
        i = work.pop()
    for i, vals in seen_args.items():
        if None in vals:
            result[i] = None
            continue
        allm = frozenset().union(*vals)
        result[i] = registry[next(iter(allm))] if len(allm) == 1 else POISON
    return result
