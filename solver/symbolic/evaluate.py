"""Evaluate a lowering on concrete inputs: what does the Z3 encoding say this run does?

Cross-validation substitutes an `ExecInputs` into the formulas of `symbolic.lower` and reads
off the single outcome whose path condition holds: a fault (slot, kind), or an exit with R0 and
final map contents. Comparing that with `exec.execute` on the same inputs tests the encoding of
every path the inputs take, not only the counterexamples the solver happens to find.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import z3

from bpfsmt.solver.symbolic import lower as S
from bpfsmt.solver.symbolic.state import LRU_DROP, Lowering, log_entries
from bpfsmt.solver.symbolic.values import Scalar
from bpfsmt.solver.symbolic import env as ENV


@dataclass
class Predicted:
    fault: Optional[tuple] = None          # (slot, kind)
    r0: Optional[int] = None
    maps: dict = field(default_factory=dict)
    bound: Optional[str] = None
    problems: list = field(default_factory=list)   # an encoding that is not a function


def _val(e, pairs):
    v = z3.simplify(z3.substitute(e, *pairs)) if pairs else z3.simplify(e)
    if z3.is_true(v):
        return True
    if z3.is_false(v):
        return False
    if z3.is_bv_value(v):
        return v.as_long()
    return None


_ONE, _ZERO = z3.BitVecVal(1, 1), z3.BitVecVal(0, 1)


def _vals(es: list, pairs) -> list:
    """`_val` of each expression; when all are constants (the usual case on concrete inputs)
    with one substitution and simplification of their concatenation instead of one each."""
    if len(es) > 1:
        parts = [z3.If(e, _ONE, _ZERO) if z3.is_bool(e) else e for e in es]
        v = _val(z3.Concat(*parts), pairs)
        if isinstance(v, int) and not isinstance(v, bool):
            out = []
            for e, p in zip(reversed(es), reversed(parts)):     # the first part is the top bits
                x, v = v & ((1 << p.size()) - 1), v >> p.size()
                out.append(bool(x) if z3.is_bool(e) else x)
            return out[::-1]
    return [_val(e, pairs) for e in es]


def evaluate(low: Lowering, inputs) -> Predicted:
    pairs = low.inputs.substitution(inputs)
    out = Predicted()
    hits = []
    obs = [ob for ob in low.obligations if not z3.is_false(ob.cond)]
    vs = _vals([ob.cond for ob in obs] + [oc.pc for oc in low.outcomes] +
               [ev.pc for ev in low.bounds], pairs)
    for ob, v in zip(obs, vs):
        if v is None:
            out.problems.append(f"obligation {ob.label()} does not evaluate to a constant")
        elif v:
            hits.append(("fault", ob))
    for oc, v in zip(low.outcomes, vs[len(obs):]):
        if v is None:
            out.problems.append(f"exit at {oc.slot}: path condition not constant")
        elif v:
            hits.append(("exit", oc))
    for ev, v in zip(low.bounds, vs[len(obs) + len(low.outcomes):]):
        if v:
            hits.append(("bound", ev))
    if len(hits) != 1:
        out.problems.append(f"{len(hits)} outcomes hold on these inputs: "
                            f"{[(h[0], getattr(h[1], 'slot', None)) for h in hits]}")
    if not hits:
        return out
    what, x = hits[0]
    if what == "fault":
        out.fault = (x.slot, x.kind)
    elif what == "bound":
        out.bound = x.reason
    else:
        if isinstance(x.r0, Scalar):
            out.r0 = _val(x.r0.v, pairs)
        out.maps = _final_maps(low, x.mem, inputs, pairs)
    return out


def _final_maps(low, mem, inputs, pairs) -> dict:
    """map -> key -> (present, value bytes) for every key the inputs or the program name."""
    env = low.inputs
    res = {}
    for m in env.maps:
        keys = set((inputs.maps or {}).get(m.name, {}))
        keys |= set(m.contents)
        for (name, k) in env.touched_keys:
            if name == m.name:
                kv = _val(k, pairs)
                if isinstance(kv, int) and not isinstance(kv, bool):
                    keys.add(kv.to_bytes(m.key_size, "little"))
        pres_w = [(k, val, guard) for (name, k, val, guard) in log_entries(mem.mapp)
                  if name == m.name]
        byte_w = [(k, o, byte, g) for (name, k, o, byte, g) in log_entries(mem.mapw)
                  if name == m.name]
        # an LRU node pop's dropped keys are an array: through the If-chains
        concrete = None if any(w[0] is LRU_DROP for w in pres_w) else \
            _concrete_writes(pres_w, byte_w, pairs)
        res[m.name] = {kb: (_final_entry(env, m, kb, concrete, pairs) if concrete else
                            _final_entry_symbolic(env, m, kb, pres_w, byte_w, pairs))
                       for kb in keys}
    return res


def _concrete_writes(pres_w, byte_w, pairs):
    """The path's map writes with every part evaluated, or None if one part is not constant."""
    vs = _vals([x for w in pres_w + byte_w for x in w], pairs)
    if any(v is None for v in vs):
        return None
    pres = [tuple(vs[3 * j:3 * j + 3]) for j in range(len(pres_w))]
    at = 3 * len(pres_w)
    byte = [tuple(vs[at + 4 * j:at + 4 * j + 4]) for j in range(len(byte_w))]
    return pres, byte


def _final_entry(env, m, kb, concrete, pairs):
    """An entry after the path's writes, applied in order on the concrete values (the last
    write whose guard holds wins, as in the If-chain of `_final_entry_symbolic`): one Z3
    evaluation for the initial presence and one for the initial value instead of one per byte
    and write."""
    pres_w, byte_w = concrete
    kint = int.from_bytes(kb, "little")
    kbv = z3.BitVecVal(kint, env.key_bits(m))
    p = _val(env.present0(m, kbv), pairs)
    for k, val, guard in pres_w:
        if guard and k == kint:
            p = val
    vals = _initial_value(env, m, kbv, pairs)
    for k, o, byte, guard in byte_w:
        if guard and k == kint and 0 <= o < m.value_size:
            vals[o] = byte
    return p, bytes(v if isinstance(v, int) and not isinstance(v, bool) else 0 for v in vals)


def _initial_value(env, m, kbv, pairs) -> list:
    """The value bytes of key `kbv` before the program runs (None where not constant)."""
    bs = [env.map_byte(m.name, kbv, z3.BitVecVal(i, 64)) for i in range(m.value_size)]
    if len(bs) > 1:
        v = _val(z3.Concat(*bs), pairs)
        if isinstance(v, int) and not isinstance(v, bool):
            return list(v.to_bytes(len(bs), "big"))
    return [_val(b, pairs) for b in bs]


def _final_entry_symbolic(env, m, kb, pres_w, byte_w, pairs):
    """The same as `_final_entry` through the If-chains, for writes whose parts depend on
    something the inputs do not fix."""
    kbv = z3.BitVecVal(int.from_bytes(kb, "little"), env.key_bits(m))
    pres = env.present0(m, kbv)
    for (k, val, guard) in pres_w:
        if k is LRU_DROP:
            pres = z3.And(pres, z3.Not(z3.And(guard, z3.Select(val, kbv))))
        else:
            pres = z3.If(z3.And(guard, k == kbv), val, pres)
    vals = []
    for i in range(m.value_size):
        b = env.map_byte(m.name, kbv, z3.BitVecVal(i, 64))
        for (k, o, byte, guard) in byte_w:
            b = z3.If(z3.And(guard, k == kbv, o == i), byte, b)
        vals.append(b)
    p = _val(pres, pairs)
    vs = [_val(b, pairs) for b in vals]
    return p, bytes(v if isinstance(v, int) and not isinstance(v, bool) else 0 for v in vs)


def compare(pf, program, inputs, loop_bound: int = 8) -> list[str]:
    """Differences between the encoding and the executor on one run ([] = agree)."""
    from bpfsmt.solver.concrete.exec import execute
    from bpfsmt.solver.symbolic.replay import TYPED_KINDS
    low = S.lower(pf, program, loop_bound=loop_bound)
    if low.unsupported:
        return []                               # nothing to compare: UNKNOWN by design
    if low.approx:
        return []                               # over-approximated helpers: a superset, not a run
    if low.summaries:
        return []                               # loops from an invariant: a superset, not a run
    pred = evaluate(low, inputs)
    got = execute(pf, program, inputs)
    diffs = list(pred.problems)
    if pred.bound:
        return diffs                            # beyond the unrolling: not a claim
    if pred.fault and pred.fault[1] in TYPED_KINDS:
        return diffs
    gf = (got.fault.slot, got.fault.kind) if got.fault else None
    if gf != pred.fault:
        diffs.append(f"fault: executor {gf} ({got.fault.message if got.fault else 'exit'}), "
                     f"encoding {pred.fault}")
        return diffs
    if gf is None:
        if pred.r0 is not None and got.r0 is not None and pred.r0 != got.r0:
            diffs.append(f"r0: executor {got.r0:#x}, encoding {pred.r0:#x}")
        for name, kv in pred.maps.items():
            final = got.maps.get(name, {})
            arr = program and pf.maps[name].map_type in ENV.ARRAY_MAPS
            for k, (present, val) in kv.items():
                if k in final:
                    if present is False:
                        diffs.append(f"map {name} key {k.hex()}: executor has it, encoding not")
                    elif final[k] != val:
                        diffs.append(f"map {name} key {k.hex()}: executor {final[k].hex()}, "
                                     f"encoding {val.hex()}")
                elif present is True and not arr:
                    diffs.append(f"map {name} key {k.hex()}: encoding has it, executor not")
    return diffs
