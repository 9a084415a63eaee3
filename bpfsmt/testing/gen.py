"""Random valid programs and inputs for cross-validating the Z3 lowering against the executor.

Programs are built from blocks a compiler would emit: ALU on initialised scalars (32/64-bit,
K and X, shifts, division by registers, byte swaps), stack stores and loads (aligned, sometimes
of bytes never written, which must fault identically in both engines), helper calls whose
results are inputs, map lookups with NULL checks and value loads/stores, map updates, forward
branches over short bodies, small counted loops, and (for XDP) bounds-checked packet loads.
The generator tracks which registers hold scalars, so a program only faults where it means to.

`Rand` adapts either a `random.Random` (the fuzz campaign: fast) or hypothesis' `draw` (the
test suite: shrinking) to the two calls the generator needs.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from bpfsmt.spec import insn as I
from bpfsmt.spec.helper_ids import HELPER_IDS
from bpfsmt.spec.insn import Insn
from bpfsmt.spec.program import Function, Map, Program, ProgramFile

HASH = Map("h", "hash", key_size=4, value_size=16, max_entries=64)
ARRAY = Map("a", "array", key_size=4, value_size=16, max_entries=4)
LOCKED = Map("lk", "array", key_size=4, value_size=16, max_entries=2, has_btf=True,
             spin_lock_off=0)
VALUE_HELPERS = {n: HELPER_IDS["bpf_" + n] for n in ("get_prandom_u32", "ktime_get_ns")}
SCALAR_REGS = [0, 2, 3, 4, 5, 7, 8, 9]


def _helper_call(name: str) -> Insn:
    return Insn.make(I.BPF_JMP | I.BPF_CALL, 0, 0, 0, HELPER_IDS["bpf_" + name])
ALU_OPS = list(I.BINARY_ALU_OPS)


class Rand:
    def __init__(self, rnd=None, draw=None):
        self.rnd, self.draw = rnd, draw

    def int(self, lo, hi):
        if self.draw is not None:
            from hypothesis import strategies as st
            return self.draw(st.integers(lo, hi))
        return self.rnd.randint(lo, hi)

    def choice(self, xs):
        return xs[self.int(0, len(xs) - 1)]

    def bytes(self, n):
        if self.draw is not None:
            from hypothesis import strategies as st
            return self.draw(st.binary(min_size=n, max_size=n))
        return bytes(self.rnd.getrandbits(8) for _ in range(n))


def _imm(r: Rand) -> int:
    return r.choice([0, 1, 2, 3, 7, 8, 16, 31, 32, 63, -1, -8, 255, 0x7FFFFFFF, -0x80000000,
                     r.int(-(1 << 31), (1 << 31) - 1)])


@dataclass
class _G:
    r: Rand
    out: list
    scalars: set
    stack: set            # initialised 8-byte slots (offsets)
    prog_type: str
    calls: dict

    def emit(self, *insns):
        self.out.extend(insns)

    def scalar(self):
        return self.r.choice(sorted(self.scalars))

    def dst(self):
        return self.r.choice([x for x in SCALAR_REGS if x != 0] + [0])


def _alu(g: _G, only_init=False):
    r = g.r
    op = r.choice(ALU_OPS + [I.BPF_NEG, I.BPF_END])
    cls = r.choice([I.BPF_ALU64, I.BPF_ALU])
    d = g.scalar() if (only_init or op != I.BPF_MOV) else g.dst()
    if op == I.BPF_NEG:
        g.emit(Insn.make(cls | op, d))
    elif op == I.BPF_END:
        src = r.choice([I.BPF_TO_LE, I.BPF_TO_BE])
        g.emit(Insn.make(I.BPF_ALU | op | src, d, 0, 0, r.choice([16, 32, 64])))
    elif r.int(0, 1):
        imm = _imm(g.r)
        if op in (I.BPF_LSH, I.BPF_RSH, I.BPF_ARSH):
            imm = r.int(0, 31 if cls == I.BPF_ALU else 63)
        g.emit(Insn.make(cls | op | I.BPF_K, d, 0, 0, imm))
    else:
        g.emit(Insn.make(cls | op | I.BPF_X, d, g.scalar(), 0, 0))
    g.scalars.add(d)


def _mov(g: _G):
    d = g.dst()
    if g.r.int(0, 3) == 0:
        g.emit(Insn.lddw(d, g.r.int(0, (1 << 64) - 1)))
    else:
        g.emit(Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_K, d, 0, 0, _imm(g.r)))
    g.scalars.add(d)


def _stack_store(g: _G):
    r = g.r
    size = r.choice([1, 2, 4, 8])
    slot = -8 * r.int(1, 8)
    off = slot + r.int(0, 8 // size - 1) * size
    sz = I.BYTES_SIZE[size]
    if r.int(0, 1):
        g.emit(Insn.make(I.BPF_ST | I.BPF_MEM | sz, 10, 0, off, _imm(r)))
    else:
        g.emit(Insn.make(I.BPF_STX | I.BPF_MEM | sz, 10, g.scalar(), off, 0))
    if size == 8:
        g.stack.add(slot)


def _stack_load(g: _G):
    r = g.r
    if not g.stack and r.int(0, 3):
        return _stack_store(g)
    size = r.choice([1, 2, 4, 8])
    # mostly slots written before; sometimes one that may not be (must fault alike)
    if g.stack and r.int(0, 7):
        slot = r.choice(sorted(g.stack))
    else:
        slot = -8 * r.int(1, 8)
    off = slot + r.int(0, 8 // size - 1) * size
    d = g.dst()
    g.emit(Insn.make(I.BPF_LDX | I.BPF_MEM | I.BYTES_SIZE[size], d, 10, off, 0))
    g.scalars.add(d)


def _atomic(g: _G):
    if not g.stack:
        return _stack_store(g)
    r = g.r
    slot = r.choice(sorted(g.stack))
    size = r.choice([4, 8])
    op = r.choice(sorted(I.VALID_ATOMIC_IMMS))
    if op == I.BPF_CMPXCHG and 0 not in g.scalars:
        op = I.BPF_ADD
    src = g.scalar()
    g.emit(Insn.make(I.BPF_STX | I.BPF_ATOMIC | I.BYTES_SIZE[size], 10, src, slot, op))
    if op & I.BPF_FETCH:
        g.scalars.add(src if op != I.BPF_CMPXCHG else 0)


def _clobber(g: _G):
    g.scalars -= {1, 2, 3, 4, 5}
    g.scalars.add(0)


def _helper(g: _G):
    name = g.r.choice(sorted(VALUE_HELPERS))
    g.calls[name] = g.calls.get(name, 0) + 1
    g.emit(_helper_call(name))
    _clobber(g)


def _key(g: _G, off=-4):
    r = g.r
    if r.int(0, 2):
        g.emit(Insn.make(I.BPF_ST | I.BPF_MEM | I.BPF_W, 10, 0, off, r.int(0, 5)))
    else:
        s = g.scalar()
        g.emit(Insn.make(I.BPF_ALU64 | I.BPF_AND | I.BPF_K, s, 0, 0, 7))
        g.emit(Insn.make(I.BPF_STX | I.BPF_MEM | I.BPF_W, 10, s, off, 0))


def _map_ref(m: Map, idx: int, reg=1):
    return Insn.make(I.LDDW_OPCODE, reg, I.BPF_PSEUDO_MAP_FD, 0, idx, 0, target=m.name)


def _lookup(g: _G):
    r = g.r
    idx = r.int(0, 1)
    m = [HASH, ARRAY][idx]
    _key(g)
    g.emit(_map_ref(m, idx), Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_X, 2, 10),
           Insn.make(I.BPF_ALU64 | I.BPF_ADD | I.BPF_K, 2, 0, 0, -4),
           _helper_call("map_lookup_elem"))
    _clobber(g)
    g.scalars.discard(0)
    body = []
    size = r.choice([1, 2, 4, 8])
    off = r.int(0, 16 // size - 1) * size
    if r.int(0, 15) == 0:
        off = 16 - size + size          # one past the end: must fault alike
    dst = r.choice([7, 8, 9])
    sz = I.BYTES_SIZE[size]
    if r.int(0, 1):
        body.append(Insn.make(I.BPF_LDX | I.BPF_MEM | sz, dst, 0, off, 0))
    else:
        body.append(Insn.make(I.BPF_STX | I.BPF_MEM | sz, 0, r.choice([7, 8, 9]), off, 0))
    skip_null = r.int(0, 19) == 0        # occasionally forget the NULL check
    if not skip_null:
        g.emit(Insn.make(I.BPF_JMP | I.BPF_JEQ | I.BPF_K, 0, 0, len(body), 0))
    g.emit(*body)
    g.emit(Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_K, 0, 0, 0, r.int(0, 3)))
    g.scalars.add(0)


def _update(g: _G):
    r = g.r
    idx = r.int(0, 1)
    m = [HASH, ARRAY][idx]
    _key(g)
    for o in (-24, -16):
        g.emit(Insn.make(I.BPF_STX | I.BPF_MEM | I.BPF_DW, 10, g.scalar(), o, 0))
    g.stack |= {-24, -16}
    g.emit(_map_ref(m, idx), Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_X, 2, 10),
           Insn.make(I.BPF_ALU64 | I.BPF_ADD | I.BPF_K, 2, 0, 0, -4),
           Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_X, 3, 10),
           Insn.make(I.BPF_ALU64 | I.BPF_ADD | I.BPF_K, 3, 0, 0, -24),
           Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_K, 4, 0, 0, r.choice([0, 0, 1, 2, 3, 8])),
           _helper_call("map_update_elem"))
    _clobber(g)


def _branch(g: _G):
    r = g.r
    saved = set(g.scalars)
    sub = _G(r, [], set(g.scalars), set(g.stack), g.prog_type, g.calls)
    for _ in range(r.int(1, 3)):
        r.choice([lambda x: _alu(x, only_init=True), _stack_store, _stack_load])(sub)
    cls = r.choice([I.BPF_JMP, I.BPF_JMP32])
    op = r.choice(list(I.COND_JMP_OPS))
    if r.int(0, 1):
        g.emit(Insn.make(cls | op | I.BPF_K, g.scalar(), 0, len(sub.out), _imm(r)))
    else:
        g.emit(Insn.make(cls | op | I.BPF_X, g.scalar(), g.scalar(), len(sub.out), 0))
    g.emit(*sub.out)
    g.scalars = saved & sub.scalars | saved
    g.stack &= sub.stack


def _loop(g: _G):
    r = g.r
    c = r.choice([7, 8, 9])
    n = r.int(1, 4)
    g.emit(Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_K, c, 0, 0, n))
    g.scalars.add(c)
    sub = _G(r, [], set(g.scalars), set(g.stack), g.prog_type, g.calls)
    for _ in range(r.int(1, 2)):
        _alu(sub, only_init=True)
    body = [i for i in sub.out if i.dst != c]
    body.append(Insn.make(I.BPF_ALU64 | I.BPF_SUB | I.BPF_K, c, 0, 0, 1))
    g.emit(*body)
    g.emit(Insn.make(I.BPF_JMP | I.BPF_JNE | I.BPF_K, c, 0, -(len(body) + 1), 0))


def _packet(g: _G):
    r = g.r
    if g.prog_type != "xdp":
        return _alu(g)
    size = r.choice([1, 2, 4, 8])
    off = r.int(0, 40)
    short = r.int(0, 4) == 0          # sometimes check nothing: faults when the packet is short
    end = off + size
    d = r.choice([7, 8, 9])
    g.emit(Insn.make(I.BPF_LDX | I.BPF_MEM | I.BPF_W, 2, 6, 0, 0),
           Insn.make(I.BPF_LDX | I.BPF_MEM | I.BPF_W, 3, 6, 4, 0),
           Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_X, 4, 2),
           Insn.make(I.BPF_ALU64 | I.BPF_ADD | I.BPF_K, 4, 0, 0, end),
           Insn.make(I.BPF_JMP | I.BPF_JGT | I.BPF_X, 4, 3, 1, 0) if not short else
           Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_X, 4, 3),
           Insn.make(I.BPF_LDX | I.BPF_MEM | I.BYTES_SIZE[size], d, 2, off, 0))
    g.scalars -= {2, 3, 4}


def _pkt_bytes(g: _G):
    """bpf_skb/xdp_load_bytes into a stack slot or bpf_skb/xdp_store_bytes from one (the
    source slot sometimes never written: both engines must fault alike); offsets sometimes
    beyond a short packet (-EFAULT)."""
    r = g.r
    store = r.int(0, 1) == 1
    xdp = g.prog_type == "xdp"
    hid = HELPER_IDS["bpf_" + (("xdp_store_bytes" if xdp else "skb_store_bytes") if store else
                               ("xdp_load_bytes" if xdp else "skb_load_bytes"))]
    slot = -8 * r.int(1, 8)
    size = r.int(1, 8)
    off = r.int(0, 70)
    buf = 3
    if store and slot not in g.stack and r.int(0, 3):
        g.emit(Insn.make(I.BPF_STX | I.BPF_MEM | I.BPF_DW, 10, g.scalar(), slot, 0))
        g.stack.add(slot)
    g.emit(Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_X, 1, 6),
           Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_K, 2, 0, 0, off),
           Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_X, buf, 10),
           Insn.make(I.BPF_ALU64 | I.BPF_ADD | I.BPF_K, buf, 0, 0, slot),
           Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_K, 4, 0, 0, size),
           Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_K, 5, 0, 0, 0),
           Insn.make(I.BPF_JMP | I.BPF_CALL, 0, 0, 0, hid))
    if not store and size == 8:
        g.stack.add(slot)
    _clobber(g)


def _xdp_adjust(g: _G):
    """bpf_xdp_adjust_head/meta/tail by a small delta (growing, shrinking, sometimes past the
    limits: -EINVAL / -EACCES); later packet blocks reload data/data_end and see the move."""
    r = g.r
    if g.prog_type != "xdp":
        return _alu(g)
    hid = r.choice([HELPER_IDS[f"bpf_xdp_adjust_{w}"] for w in ("head", "meta", "tail")])
    delta = r.choice([r.int(-80, 80), r.int(-8, 8) * 4, -300, 3000])
    g.emit(Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_X, 1, 6),
           Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_K, 2, 0, 0, delta),
           Insn.make(I.BPF_JMP | I.BPF_CALL, 0, 0, 0, hid))
    _clobber(g)


def _subcall(g: _G):
    """A bpf2bpf call to the generated subprogram `sub` (patched at the end)."""
    for a in (1, 2):
        g.emit(Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_X, a, g.scalar()))
    g.emit(Insn.make(I.BPF_JMP | I.BPF_CALL, 0, I.BPF_PSEUDO_CALL, 0, 0, target="sub"))
    _clobber(g)


def _locked(g: _G):
    """lookup an element of `lk`, bpf_spin_lock it, update the value, unlock; sometimes a
    helper call under the lock, a forgotten unlock or an access to the lock word."""
    r = g.r
    g.emit(Insn.make(I.BPF_ST | I.BPF_MEM | I.BPF_W, 10, 0, -4, r.int(0, 2)),
           _map_ref(LOCKED, 2), Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_X, 2, 10),
           Insn.make(I.BPF_ALU64 | I.BPF_ADD | I.BPF_K, 2, 0, 0, -4),
           _helper_call("map_lookup_elem"))
    _clobber(g)
    g.scalars.discard(0)
    body = [Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_X, 1, 0),
            Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_X, 9, 0),
            _helper_call("spin_lock")]
    mistake = r.int(0, 9)
    if mistake == 0:
        body.append(_helper_call("get_prandom_u32"))
    elif mistake == 1:
        body.append(Insn.make(I.BPF_LDX | I.BPF_MEM | I.BPF_W, 8, 9, 0, 0))
    body.append(Insn.make(I.BPF_STX | I.BPF_MEM | I.BPF_DW, 9, 7, 8, 0))
    if mistake != 2:
        body += [Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_X, 1, 9),
                 _helper_call("spin_unlock")]
    body.append(Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_K, 9, 0, 0, 0))
    g.emit(Insn.make(I.BPF_JMP | I.BPF_JEQ | I.BPF_K, 0, 0, len(body), 0), *body)
    g.emit(Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_K, 0, 0, 0, 0))
    g.scalars |= {0, 9}
    g.scalars -= {1, 2, 3, 4, 5}


def _sub_body(r: Rand) -> list:
    g = _G(r, [], {1, 2}, set(), "socket_filter", {})
    for _ in range(r.int(1, 4)):
        r.choice([_alu, _alu, _stack_store, _stack_load])(g)
    g.emit(Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_X, 0, g.scalar()))
    g.emit(Insn.make(I.BPF_JMP | I.BPF_EXIT))
    return g.out


BLOCKS = [(_alu, 6), (_mov, 2), (_stack_store, 3), (_stack_load, 2), (_atomic, 1), (_helper, 1),
          (_branch, 3), (_lookup, 2), (_update, 1), (_loop, 1), (_packet, 2), (_subcall, 1), (_locked, 1),
          (_pkt_bytes, 1), (_xdp_adjust, 1)]


def gen_program(r: Rand, max_blocks: int = 10, kinds=None) -> ProgramFile:
    """A program of random blocks; `kinds` restricts the block kinds (names of the functions)."""
    prog_type = r.choice(["socket_filter", "xdp"])
    g = _G(r, [], {7, 8, 9}, set(), prog_type, {})
    g.emit(Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_X, 6, 1))
    for reg in (7, 8, 9):
        g.emit(Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_K, reg, 0, 0, _imm(r)))
    table = [(f, w) for f, w in BLOCKS if kinds is None or f.__name__.strip("_") in kinds]
    weighted = [f for f, w in table for _ in range(w)]
    for _ in range(r.int(1, max_blocks)):
        r.choice(weighted)(g)
    if 0 not in g.scalars:
        g.emit(Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_X, 0, g.scalar()))
    g.emit(Insn.make(I.BPF_JMP | I.BPF_EXIT))
    funcs = [Function("gen", 0)]
    insns = g.out
    if any(i.target == "sub" for i in insns):
        start = sum(i.slots for i in insns)
        funcs.append(Function("sub", start))
        patched, slot = [], 0
        for i in insns:
            if i.target == "sub":
                i = Insn.make(i.opcode, 0, I.BPF_PSEUDO_CALL, 0, start - (slot + 1), target="sub")
            patched.append(i)
            slot += i.slots
        insns = patched + _sub_body(r)
    section = {"socket_filter": "socket", "xdp": "xdp"}[prog_type]
    p = Program("gen", section, insns, funcs, prog_type=prog_type)
    maps = {m.name: Map(**{**m.__dict__}) for m in (HASH, ARRAY, LOCKED)}
    pf = ProgramFile("<gen>", maps=maps, programs=[p])
    pf.calls = dict(g.calls)          # how many values each helper needs
    return pf


def gen_inputs(r: Rand, pf: ProgramFile):
    from bpfsmt.solver.concrete.exec import ExecInputs
    from bpfsmt.spec.ctx import ctx_spec
    p = pf.programs[0]
    spec = ctx_spec(p.prog_type)
    inp = ExecInputs(max_steps=100_000)
    inp.ctx = r.bytes(spec.layout.size) if r.int(0, 1) else bytes(spec.layout.size)
    if spec.packet:
        inp.packet = r.bytes(r.int(14, 80))
    maps = {"h": {}, "a": {}}
    for _ in range(r.int(0, 4)):
        maps["h"][r.int(0, 7).to_bytes(4, "little")] = r.bytes(16)
    for k in range(4):
        if r.int(0, 1):
            maps["a"][k.to_bytes(4, "little")] = r.bytes(16)
    inp.maps = maps
    calls = getattr(pf, "calls", {}) or {}
    inp.helper_returns = {n: [r.int(0, (1 << 64) - 1) for _ in range(c * 8 + 1)]
                          for n, c in calls.items()}
    return inp


def random_program(seed: int, max_blocks: int = 10):
    r = Rand(random.Random(seed))
    pf = gen_program(r, max_blocks)
    return pf, gen_inputs(r, pf)
