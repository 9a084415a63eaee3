"""Values of the symbolic engine and the small Z3 term utilities every part of it uses.

A register holds a `Scalar` (a 64-bit term), a `Ptr` (register type, region id, offset term, and
the condition under which a maybe-NULL pointer is NULL) or `UNINIT`. Pointer kinds are the
verifier's register types (`spec.vocab.RegType`), the same vocabulary as the verifier model.
Terms made only of values are computed in Python through the CONCRETE domain of spec/isa.py, so
concrete programs stay concrete and cheap.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Optional

import z3

from bpfsmt.spec import isa
from bpfsmt.spec import memory as MEM
from bpfsmt.spec.vocab import RegType as T

D = isa.z3_domain()
TRUE, FALSE = z3.BoolVal(True), z3.BoolVal(False)
_CTX = TRUE.ctx
_TRUE_ID, _FALSE_ID = TRUE.get_id(), FALSE.get_id()

# The lowering builds millions of small terms; z3's Python constructors spend most of their time
# coercing and checking arguments. The helpers below call the C API on terms that are already
# of the right sorts (Z3 still rejects a sort error).


def mk_and(*cs):
    """And of Boolean terms, without z3.And's argument coercion."""
    args = (z3.Ast * len(cs))(*(c.as_ast() for c in cs))
    return z3.BoolRef(z3.z3core.Z3_mk_and(_CTX.ref(), len(cs), args), _CTX)


def mk_if(c, a, b):
    """If(c, a, b) of two terms of one sort, without z3.If's coercion."""
    return z3.z3._to_expr_ref(z3.z3core.Z3_mk_ite(_CTX.ref(), c.as_ast(), a.as_ast(),
                                                   b.as_ast()), _CTX)


def bv(v: int, w: int = 64):
    return z3.BitVecVal(v & ((1 << w) - 1), w)


class Guard:
    """The condition `a and b` of a memory write, built as a term only when a read needs it:
    a join guards every write either branch made, and most are never read again."""
    __slots__ = ("a", "b", "term")

    def __init__(self, a, b):
        self.a, self.b, self.term = a, b, None


def guard(a, b):
    """`a and b` for a write's condition `b` (a term or a Guard), lazily."""
    if is_const_true(a):
        return b
    return Guard(a, b)


def guard_term(g):
    """The term of a write condition (forcing a Guard chain, innermost first)."""
    if not isinstance(g, Guard):
        return g
    if g.term is None:
        chain, x = [], g
        while isinstance(x, Guard) and x.term is None:
            chain.append(x)
            x = x.b
        t = x.term if isinstance(x, Guard) else x
        for y in reversed(chain):
            t = y.term = y.a if is_const_true(t) else mk_and(y.a, t)
    return g.term


def key_eq(k1, k2):
    """Key equality without simplifying the (possibly large) key terms."""
    if k1 is k2 or z3.eq(k1, k2):
        return TRUE
    c1, c2 = cval(k1), cval(k2)
    if c1 is not None and c2 is not None:
        return TRUE if c1 == c2 else FALSE
    return k1 == k2


def is_value(e) -> bool:
    """z3.is_bv_value: z3 wraps every bit-vector numeral as a BitVecNumRef."""
    return isinstance(e, z3.BitVecNumRef)


def cval(e) -> Optional[int]:
    """The Python int of a bit-vector value, None if symbolic (cheap: no simplification; kept
    on the term, since the offsets of write logs are asked again at every read)."""
    if not isinstance(e, z3.BitVecNumRef):
        return None
    try:
        return e._cval
    except AttributeError:
        v = e._cval = e.as_long()
        return v


def add_off(e, off: int):
    """e + off, computed in Python when e is a value (the common case of fixed offsets)."""
    c = cval(e)
    if c is not None:
        return bv(c + off)
    return e + bv(off) if off else e


def fold(e):
    """Constant-fold terms made only of values so concrete programs stay concrete (branches
    fold, offsets index tables directly). The hot paths (ALU, offsets, byte splitting) compute
    values in Python through the CONCRETE interpretation of the same spec and never get here
    with constants; simplifying symbolic terms at every step would cost more than it saves."""
    if is_value(e) or is_const_true(e) or is_const_false(e):
        return e
    return z3.simplify(e) if _all_values(e, 2) else e


def lebytes(v, n: int):
    """isa.le_bytes, in Python when `v` is a value."""
    c = cval(v)
    if c is not None:
        return [bv(x, 8) for x in isa.le_bytes(isa.CONCRETE, c, n)]
    return isa.le_bytes(D, v, n)


def fromle(parts):
    """isa.from_le_bytes, in Python when every byte is a value."""
    cs = [cval(p) for p in parts]
    if all(c is not None for c in cs):
        return bv(isa.from_le_bytes(isa.CONCRETE, cs), 8 * len(parts))
    return isa.from_le_bytes(D, parts)


def zext64(v, w: int):
    c = cval(v)
    if c is not None:
        return bv(c)
    return v if w == 64 else z3.ZeroExt(64 - w, v)


def _all_values(e, depth):
    if z3.is_const(e):
        return is_value(e) or is_const_true(e) or is_const_false(e)
    if depth == 0:
        return False
    return all(_all_values(c, depth - 1) for c in e.children())


# rewrite steps z3.simplify may take on one term: a branch condition over a map's presence
# and element count can reach a million DAG nodes (every earlier update's guard), and the
# simplifier walks all of them again at every call; past the bound the term stays as is
SIMPLIFY_STEPS = 4000


def simp(c):
    """Simplify a Boolean (branch conditions, guards) so constants are recognised; a term too
    large to simplify within SIMPLIFY_STEPS comes back unchanged (it is no constant the
    lowering can fold, and the simplifier's rewrite of it would be larger still)."""
    if is_const_true(c) or is_const_false(c):
        return c
    try:
        return z3.simplify(c, max_steps=SIMPLIFY_STEPS)
    except z3.Z3Exception:
        return c


def mk_not(c):
    """Not(c), folding constants and double negations without the simplifier (`c` may be a
    long presence or count term)."""
    if is_const_true(c):
        return FALSE
    if is_const_false(c):
        return TRUE
    if z3.is_not(c):
        return c.arg(0)
    return z3.Not(c)


def is_const_true(c) -> bool:
    """z3.is_true, by the id of the (hash-consed) constant."""
    return isinstance(c, z3.ExprRef) and c.get_id() == _TRUE_ID


def is_const_false(c) -> bool:
    return isinstance(c, z3.ExprRef) and c.get_id() == _FALSE_ID


def as_int(e) -> Optional[int]:
    e = e if is_value(e) else z3.simplify(e)
    return e.as_long() if is_value(e) else None


def kernel_pointer(v):
    """spec.memory.kernel_pointer of a 64-bit term."""
    return z3.LShR(v, MEM.KERNEL_HALF_SHIFT) == MEM.KERNEL_HALF


def signed(v: int, w: int = 64) -> int:
    return v - (1 << w) if v >> (w - 1) & 1 else v


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Scalar:
    v: Any  # z3 BitVec 64
    # after a join with a path on which the register was never written: when it is
    # uninitialised (reading it then is the uninit_reg fault)
    undef: Any = None


@dataclass(frozen=True)
class Ptr:
    """A pointer: region kind, region id, byte offset (64-bit), and when it may be NULL (a map
    lookup result before its NULL check), the condition under which it *is* NULL."""
    kind: T            # the verifier's register type
    rid: Any           # fp: frame number; map_value: (map, instance); map_ptr: map name
    off: Any
    null: Any = None   # z3 Bool or None (never NULL)
    undef: Any = None  # as Scalar.undef

    def type_name(self) -> str:
        name = str(self.kind)
        if self.null is not None and not is_const_false(self.null):
            name += "_or_null"
        return name


def ksym_pointer(v, kind=None, null=None) -> "Ptr":
    """A kernel variable (grammar.vmlinux.KsymVar) as the verifier types it: `kind` (a per-CPU
    one before bpf_*_cpu_ptr), else a struct is an opaque ptr_, anything else read-only memory
    of its size whose bytes are the inputs helper_returns["ksym:<name>"]."""
    if kind is not None:
        return Ptr(kind, ("ksym", v), z3.BitVecVal(0, 64), null)
    if v.struct:
        return Ptr(T.PTR_TO_BTF_ID, ("ksym", v), z3.BitVecVal(0, 64), null)
    return Ptr(T.PTR_TO_MEM, ("ksym", v, None, None, v.size), z3.BitVecVal(0, 64), null)


def queued(name: str):
    """The number of elements user space left in queue/stack map `name` (an input, u32)."""
    return z3.BitVec(f"queued:{name}", 32)


def count0(name: str):
    """The elements hash map `name` holds at the program's start (ExecInputs.map_others plus
    those it lists), a u32 input."""
    return z3.BitVec(f"count0:{name}", 32)


class MapChoice:
    """The region id of a pointer that points into one of several maps after a join of paths
    that held different maps in one register (Cilium picks its CT map by direction and keeps
    it in a callee-saved register): `options` are (rid, cond) pairs, the rid a map name
    (CONST_PTR_TO_MAP) or a map-value region, cond when it is that one. An instruction that
    reads the register splits the state per option (Lowerer.step), so the rest of the engine
    only sees plain pointers, and the states meet again at the next join."""
    __slots__ = ("options", "_key")

    def __init__(self, options):
        self.options = tuple(options)
        self._key = tuple((r, c.get_id()) for r, c in self.options)

    def __eq__(self, other):
        return isinstance(other, MapChoice) and self._key == other._key

    def __hash__(self):
        return hash(self._key)


MAP_KINDS = (T.CONST_PTR_TO_MAP, T.PTR_TO_MAP_VALUE)


def map_options(p) -> dict:
    """map name -> (rid, cond) of a map or map-value pointer (None: no option)."""
    if p is None:
        return {}
    if isinstance(p.rid, MapChoice):
        return {(r if p.kind == T.CONST_PTR_TO_MAP else r[0]): (r, c) for r, c in p.rid.options}
    return {(p.rid if p.kind == T.CONST_PTR_TO_MAP else p.rid[0]): (p.rid, TRUE)}


def joins_maps(x, y) -> bool:
    """Two values a join makes one MapChoice pointer: map (or map-value) pointers of one kind
    into different maps, or a choice on either side."""
    for p, q in ((x, y), (y, x)):
        if isinstance(p, Ptr) and isinstance(p.rid, MapChoice) and \
                (q is None or isinstance(q, Ptr) and q.kind == p.kind):
            return True
    return isinstance(x, Ptr) and isinstance(y, Ptr) and x.kind == y.kind and \
        x.kind in MAP_KINDS and set(map_options(x)) != set(map_options(y))


UNINIT = None
# pointers the engine may move between registers but not otherwise use (UNKNOWN): a packet
# pointer the kernel invalidated (clear_all_pkt_pointers after a helper that changes packet
# data), a trusted kernel object (bpf_get_current_task_btf), the read-only key copy
# bpf_for_each_map_elem hands its callback
OPAQUE_KINDS = {T.STALE_PACKET, T.PTR_TO_BTF_ID}


def kobj_size(p) -> int:
    """The size of the kernel object an acquiring kfunc handed out (its BTF struct; rid
    ("kobj", slot, refs before, size)) that `p` points into, 0 for any other value: the one
    BTF pointer a plain load may read (its bytes are inputs, as the executor's KOBJ region)."""
    rid = p.rid if isinstance(p, Ptr) and p.kind == T.PTR_TO_BTF_ID else None
    return rid[3] if isinstance(rid, tuple) and len(rid) == 4 and rid[0] == "kobj" else 0


def shape_of(v):
    """What two values must share to merge into one. Map-value pointers into one map merge
    whichever lookup made them: the element is named by its key (Memory.keys), and the join
    gives it the key If(c, key_a, key_b); pointers into different maps join into a MapChoice
    (a loop summary's havoced element stays apart)."""
    if v is None:
        return None
    if isinstance(v, Scalar):
        return "s"
    if v.kind in MAP_KINDS and (isinstance(v.rid, MapChoice) or v.kind == T.CONST_PTR_TO_MAP
                                or v.rid[0] != "loop"):
        rid = "map"         # into any map: different maps join into a MapChoice
    else:
        rid = v.rid[0] if v.kind == T.PTR_TO_MAP_VALUE else v.rid
    return ("p", v.kind, rid, v.null is not None)


def merge_val(c, a, b):
    """If(c, a, b) for two values of the same shape. A value joined with an uninitialised
    register (None) is uninitialised where that side's condition holds (`undef`)."""
    if a is None or b is None:
        if a is b:
            return None
        if a is None:
            return replace(b, undef=c if b.undef is None else ite(c, TRUE, b.undef))
        return replace(a, undef=z3.Not(c) if a.undef is None else ite(c, a.undef, TRUE))
    undef = None
    if a.undef is not None or b.undef is not None:
        undef = ite(c, FALSE if a.undef is None else a.undef,
                    FALSE if b.undef is None else b.undef)
    if isinstance(a, Scalar):
        return a if a.v is b.v and undef is None else Scalar(ite(c, a.v, b.v), undef)
    off = a.off if a.off is b.off else ite(c, a.off, b.off)
    null = a.null
    if a.null is not b.null:
        # None: never NULL on that side (a one-sided None must not drop the other's NULL case)
        null = ite(c, FALSE if a.null is None else a.null, FALSE if b.null is None else b.null)
    return Ptr(a.kind, a.rid, off, null, undef)


def ite(c, a, b):
    if a.eq(b):
        return a
    return mk_if(c, a, b)


def type_name(v) -> str:
    """How the verifier names a register's type in a message."""
    return "scalar" if isinstance(v, Scalar) else v.type_name()


class Unsupported(Exception):
    """Something this engine does not model: the verdict becomes UNKNOWN with this reason."""

