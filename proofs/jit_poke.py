"""TC-08: the direct tail-call poke site never exposes state A (nop, unwind, nop).

A direct tail call's site is `bypass` (5 bytes: `jmp out` or NOP) · unwind (pops, `pop rax`,
`add rsp`) · `target` (5 bytes: NOP or `jmp prog+adj_off`). The four byte states:
  A = (nop, unwind, nop)   FORBIDDEN: the frame is unwound and execution falls into `out:`
  B = (nop, unwind, tail)  populated
  C = (skip, unwind, nop)  empty
  D = (skip, unwind, tail) transient, still skips
A CPU executing the site reads `bypass`, and only if it is a NOP unwinds and later reads
`target`; each 5-byte poke is atomic (text_poke_bp). The CPU runs inside an RCU read-side
critical section (BPF programs run under rcu_read_lock), so `synchronize_rcu()` in the updater
waits for every CPU that was inside the site when the grace period started.

Updaters (serialised by the prog array's poke_mutex) follow TC-08:
  install (old NULL, new prog): target NOP->jmp new; then bypass jmp->NOP
  update  (old prog, new prog): target jmp old->jmp new
  remove  (old prog, new NULL): bypass NOP->jmp out; synchronize_rcu(); target jmp->NOP
Explicit-state breadth-first search over all interleavings of the updater with CPUS CPUs
executing the site any number of times, with at most OPS map operations (bound stated in the
theorem). A CPU that read `bypass` = NOP and then reads `target` = NOP has observed A.
"""
from __future__ import annotations

from collections import deque

from bpfsmt.proofs.registry import Outcome, theorem

JMP_OUT, NOP = "jmp_out", "nop"
CPUS = 3
OPS = 8
PROGS = ("p1", "p2")


def _plan(op, old, new, variant):
    """The updater's micro-steps for one map operation (TC-08 order, or a mutant's)."""
    if op == "install":
        steps = [("target", new), ("bypass", NOP)]
        if variant == "swap_install":
            steps.reverse()
        return steps
    if op == "update":
        return [("target", new)]
    if op == "remove":
        steps = [("bypass", JMP_OUT), ("sync",), ("target", NOP)]
        if variant == "no_grace_period":
            steps = [("bypass", JMP_OUT), ("target", NOP)]
        if variant == "swap_remove":
            steps = [("target", NOP), ("sync",), ("bypass", JMP_OUT)]
        return steps
    raise ValueError(op)


def search(variant: str = "tc08", cpus: int = CPUS, max_ops: int = OPS, start_populated=False):
    """BFS; returns (None, states) if A is unreachable, else (trace, states)."""
    # state: (bypass, target, slot, ops_done, plan(tuple of steps), waiting(frozenset), cpus)
    # cpu state: "idle" | "in" (rcu read lock held, bypass not read) | "unwound"
    if start_populated:
        init = (NOP, PROGS[0], PROGS[0], 0, (), frozenset(), ("idle",) * cpus)
    else:
        init = (JMP_OUT, NOP, None, 0, (), frozenset(), ("idle",) * cpus)
    seen = {init: None}
    q = deque([init])
    while q:
        s = q.popleft()
        bypass, target, slot, ops, plan, waiting, cs = s
        succ = []
        # CPU moves
        for k, c in enumerate(cs):
            def with_cpu(new_c, st=s, k=k):
                lst = list(st[6])
                lst[k] = new_c
                # leaving the read-side section ends the grace-period wait for this CPU
                w = st[5] - {k} if new_c == "idle" else st[5]
                return st[:5] + (w, tuple(lst))
            if c == "idle":
                succ.append((f"cpu{k} enters the site (rcu_read_lock)", with_cpu("in")))
            elif c == "in":
                if bypass == JMP_OUT:
                    succ.append((f"cpu{k} reads bypass=jmp out, skips", with_cpu("idle")))
                else:
                    succ.append((f"cpu{k} reads bypass=nop, unwinds the frame", with_cpu("unwound")))
            elif c == "unwound":
                if target == NOP:
                    trace = _trace(seen, s) + [f"cpu{k} reads target=nop after unwinding: "
                                               f"STATE A (nop, unwind, nop)"]
                    return trace, len(seen)
                succ.append((f"cpu{k} reads target=jmp {target}, tail-calls", with_cpu("idle")))
        # updater moves
        if plan:
            step = plan[0]
            if step[0] == "sync":
                if not waiting:
                    # the grace period starts now: wait for CPUs inside the site
                    inside = frozenset(k for k, c in enumerate(cs) if c != "idle")
                    if inside:
                        succ.append(("updater: synchronize_rcu() waits for "
                                     f"cpus {sorted(inside)}",
                                     (bypass, target, slot, ops, (("wait",),) + plan[1:],
                                      inside, cs)))
                    else:
                        succ.append(("updater: synchronize_rcu() returns",
                                     (bypass, target, slot, ops, plan[1:], waiting, cs)))
            elif step[0] == "wait":
                if not waiting:
                    succ.append(("updater: grace period over",
                                 (bypass, target, slot, ops, plan[1:], waiting, cs)))
            elif step[0] == "bypass":
                succ.append((f"updater: poke bypass := {step[1]}",
                             (step[1], target, slot, ops, plan[1:], waiting, cs)))
            elif step[0] == "target":
                succ.append((f"updater: poke target := {'jmp ' + step[1] if step[1] != NOP else 'nop'}",
                             (bypass, step[1], slot, ops, plan[1:], waiting, cs)))
        elif ops < max_ops:
            for new in PROGS + (None,):
                if new == slot or (new is None and slot is None):
                    continue
                op = "install" if slot is None else ("remove" if new is None else "update")
                p = tuple(_plan(op, slot, new, variant))
                succ.append((f"updater: map {op} slot {slot} -> {new} (poke_mutex)",
                             (bypass, target, new, ops + 1, p, waiting, cs)))
        for label, t in succ:
            if t not in seen:
                seen[t] = (s, label)
                q.append(t)
    return None, len(seen)


def _trace(seen, s):
    out = []
    while seen[s] is not None:
        prev, label = seen[s]
        out.append(label)
        s = prev
    return list(reversed(out))


STATEMENT = (f"no interleaving of install/update/remove (TC-08 patch order, synchronize_rcu on "
             f"remove) with {CPUS} CPUs executing the direct tail-call site exposes state A "
             f"(nop, unwind, nop); explicit-state BFS, at most {OPS} map operations, unbounded "
             f"executions per CPU, from the empty and the populated site")


@theorem("JIT.poke_never_A", STATEMENT, "jit")
def poke_never_a():
    total = 0
    for pop in (False, True):
        trace, n = search("tc08", start_populated=pop)
        total += n
        if trace is not None:
            return Outcome.refuted({"trace": trace})
    return Outcome.proved(reason=f"{total} states explored, A unreachable")


def _mutant(variant):
    def check():
        for pop in (False, True):
            trace, n = search(variant, start_populated=pop)
            if trace is not None:
                return Outcome.refuted({"variant": variant, "trace": trace}, replayed=None)
        return Outcome.proved(reason="A unreachable")
    return check


poke_never_a.theorem.mutant("no_grace_period",
                            "remove pokes target jmp->nop without synchronize_rcu()")(
    _mutant("no_grace_period"))
poke_never_a.theorem.mutant("swap_install", "install pokes bypass jmp->nop before the target")(
    _mutant("swap_install"))
poke_never_a.theorem.mutant("swap_remove", "remove pokes target jmp->nop before the bypass")(
    _mutant("swap_remove"))
