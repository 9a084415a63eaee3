"""bpf_timer in the symbolic engine: the helpers as the executor runs them, and the callbacks
checked after the program in their own async context.

Why after the program: a timer callback runs from softirq once the timer fires, with its own
frame, R1 = map, R2 = key, R3 = the element's value, no lock held and no right to sleep (SP-07),
on map contents the program left behind. Every element whose timer got a callback on the path
fires once, in the order the timers were initialised: the callback may run whether or not this
run started it (any holder of the map may start it later), which is what the executor does under
`ExecInputs.timers = "set"`, the setting counterexamples are replayed with.
"""
from __future__ import annotations

import z3

from bpfsmt.spec.errno import EBUSY, EINVAL
from bpfsmt.spec.vocab import RegType as T

from bpfsmt.spec.helper_ids import HELPER_NAMES_612
from bpfsmt.spec.helpers import EFFECT_FREE_HELPERS
from bpfsmt.spec.insn import BPF_ST, BPF_STX

from bpfsmt.solver.symbolic import loops
from bpfsmt.solver.symbolic.state import Frame, Outcome, TimerEvent
from bpfsmt.solver.symbolic.values import (FALSE, TRUE, UNINIT, Ptr, Scalar, Unsupported, bv, ite, simp,
                                           is_const_false, is_const_true, type_name)

CLOCKS = (0, 1, 7)          # CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_BOOTTIME


def _timer_arg(low, st, slot):
    """R1: the bpf_timer of a map value; (map, key) of its element, or None (path stopped)."""
    p = low.read_reg(st, slot, 1)
    if p is None:
        return None
    m = low.env.map_named(p.rid[0]) if isinstance(p, Ptr) and p.kind == T.PTR_TO_MAP_VALUE \
        else None
    if m is None or m.timer_off is None or m.timer_off < 0:
        low.oblige(st, slot, "helper_arg", TRUE, 1, type_name(p), "timer")
        return None
    if not low.oblige(st, slot, "helper_arg", simp(p.off != bv(m.timer_off)), 1, "map_value",
                      "timer"):
        return None
    return m.name, st.mem.keys[p.rid]


def _match(st, kinds, name, key):
    """Events of `kinds` on element (name, key): (event, it applies) in call order. An event
    of a loop summary stands for the trips before it: its key is the set of elements (an
    array key -> Bool) they did it to."""
    for e in st.timers:
        if e.kind in kinds and e.map == name:
            same = TRUE if e.key is key else z3.Select(e.key, key) if z3.is_array(e.key) else \
                simp(e.key == key)
            yield e, simp(z3.And(e.guard, same))


def _any(conds):
    conds = [c for c in conds if not is_const_false(c)]
    return simp(z3.Or(*conds)) if conds else FALSE


def _scalar(low, st, slot, reg):
    v = low.read_reg(st, slot, reg)
    if v is None:
        return None
    if isinstance(v, Ptr):
        raise Unsupported(f"a pointer as R{reg} of a bpf_timer helper at insn {slot}")
    return v.v


def call(low, st, slot, name, finish):
    """bpf_timer_init / set_callback / start / cancel with the executor's checks and errnos."""
    elem = _timer_arg(low, st, slot)
    if elem is None:
        return []
    mname, key = elem
    inited = _any(c for _, c in _match(st, ("init",), mname, key))
    if name == "timer_init":
        mp = low.read_reg(st, slot, 2)
        if mp is None:
            return []
        if not (isinstance(mp, Ptr) and mp.kind == T.CONST_PTR_TO_MAP and mp.rid == mname):
            raise Unsupported(f"bpf_timer_init with another map than the timer's at insn {slot}")
        flags = _scalar(low, st, slot, 3)
        if flags is None:
            return []
        bad = simp(z3.And(*[flags != bv(c) for c in CLOCKS]))
        ok = simp(z3.And(z3.Not(bad), z3.Not(inited)))
        st.timers = st.timers + (TimerEvent("init", mname, key, None, ok),)
        return finish(low, st, slot, Scalar(z3.If(bad, bv(-EINVAL), z3.If(inited, bv(-EBUSY),
                                                                             bv(0)))))
    if name == "timer_set_callback":
        fn = low.typed_arg(st, slot, 2, T.PTR_TO_FUNC)
        if fn is None:
            return []
        # the callback lives in the program that set it (a tail call may have left it)
        st.timers = st.timers + (TimerEvent("cb", mname, key, (st.prog, fn.rid), inited),)
        return finish(low, st, slot, Scalar(z3.If(inited, bv(0), bv(-EINVAL))))
    if name == "timer_start":
        if _scalar(low, st, slot, 2) is None:
            return []
        flags = _scalar(low, st, slot, 3)
        if flags is None:
            return []
        has_cb = _any(c for _, c in _match(st, ("cb",), mname, key))
        ok = simp(z3.And((flags & bv(~1)) == 0, has_cb))
        st.timers = st.timers + (TimerEvent("start", mname, key, None, ok),)
        return finish(low, st, slot, Scalar(z3.If(ok, bv(0), bv(-EINVAL))))
    # timer_cancel: 1 when it stopped an armed timer
    armed = FALSE
    for e, c in _match(st, ("start", "cancel"), mname, key):
        armed = ite(c, TRUE if e.kind == "start" else FALSE, armed)
    st.timers = st.timers + (TimerEvent("cancel", mname, key, None, inited),)
    return finish(low, st, slot, Scalar(z3.If(z3.Not(inited), bv(-EINVAL),
                                              z3.If(armed, bv(1), bv(0)))))


def after_exit(low, st, slot) -> list:
    """The main program (or the previous callback) returned: give the next initialised timer
    element its turn, forking on whether its callback fires; after the last one the path is an
    Outcome with the program's R0."""
    out = []
    while True:
        inits = [e for e in st.timers if e.kind == "init"]
        if st.phase >= len(inits):
            low.outcomes.append(Outcome(slot, st.pc_expr(), st.main_r0, st.mem))
            return out
        elem = inits[st.phase]
        st.phase += 1
        if z3.is_array(elem.key):
            elem = _any_element(low, st, elem)
        cbs = list(_match(st, ("cb",), elem.map, elem.key))
        targets = {e.target for e, c in cbs if not is_const_false(c)}
        if not targets:
            continue
        if len(targets) > 1:
            raise Unsupported(f"timer callbacks of {elem.map} set to different functions")
        fires = simp(z3.And(elem.guard, _any(c for _, c in cbs)))
        if is_const_false(fires):
            continue
        cb = st.copy() if not is_const_true(fires) else st
        if not is_const_true(fires):
            cb.pc = st.pc + (fires,)
            st.pc = st.pc + (simp(z3.Not(fires)),)
        out.append(_enter_callback(low, cb, elem, targets.pop()))
        if is_const_true(fires):
            return out


def _any_element(low, st, elem):
    """The init event of a loop summary (every element the summarised trips initialised): its
    callback fires once per element, which one run from the program's end stands for only when
    no run of it changes what another reads: a callback without stores through pointers,
    subprogram calls or helpers that change what the program reads
    (spec/helpers.EFFECT_FREE_HELPERS). The element: a fresh key in the set."""
    targets = {e.target for e in st.timers if e.kind == "cb" and e.map == elem.map}
    for prog, start in targets:
        code = low.code(prog).insns
        for s in range(start, start + loops.function_size(low, prog, start)):
            i = code.get(s)
            if i is None:
                continue
            name = HELPER_NAMES_612[i.imm] if i.is_helper_call and 0 <= i.imm < len(
                HELPER_NAMES_612) else ""
            if i.cls in (BPF_ST, BPF_STX) and i.dst != 10 or \
                    i.is_call and name not in EFFECT_FREE_HELPERS:
                raise Unsupported(f"the timer callback at insn {start} of elements a loop "
                                  f"initialised changes what another may read (insn {s})")
    m = low.env.map_named(elem.map)
    key = z3.BitVec(f"timer_elem:{elem.map}:{st.phase}", low.env.key_bits(m))
    low.env.touched_keys.append((m.name, key))
    return elem._replace(key=key, guard=simp(z3.And(elem.guard, z3.Select(elem.key, key))))


def _enter_callback(low, st, elem, target):
    """A fresh frame 0 at the callback: R1 = map, R2 = key, R3 = value of the element."""
    st.prog, target = target
    m = low.env.map_named(elem.map)
    rid = st.value_rid(m.name, target)
    st.mem.keys[rid] = elem.key
    regs = [UNINIT] * 11
    regs[1] = Ptr(T.CONST_PTR_TO_MAP, m.name, bv(0))
    regs[2] = Ptr(T.PTR_TO_MAP_KEY, rid, bv(0))
    regs[3] = Ptr(T.PTR_TO_MAP_VALUE, rid, bv(0))
    regs[10] = Ptr(T.PTR_TO_STACK, 0, bv(0))
    st.frames = [Frame(regs, {}, -1, 0, target)]
    st.lock = None
    st.loops = {}
    st.slot = target
    return st
