"""Memory in the symbolic engine: the checks of an access (spec/memory.py) as obligations, the
stack as per-frame byte tables, and the input-backed regions (ctx, packet, map values) as Z3
arrays with write logs. A mixin of `Lowerer`: it uses `oblige`, `env` and `pkt_bounds`."""
from __future__ import annotations

import dataclasses

import z3

from bpfsmt.spec import isa
from bpfsmt.spec import ctx as CTX
from bpfsmt.spec import memory as MEM
from bpfsmt.spec.limits import MAX_BPF_STACK
from bpfsmt.spec.vocab import REGION_OF
from bpfsmt.spec.vocab import RegionKind as RK
from bpfsmt.spec.vocab import RegType as T

from bpfsmt.solver.symbolic import dynptrs
from bpfsmt.solver.symbolic.loops import HAVOC
from bpfsmt.solver.concrete.runtime_helpers import (CTX_SOCKET, kobj_fields, ksym_bytes,
                                                     socket_fields, tcp_sock_fields)
from bpfsmt.solver.symbolic.env import CTX_SOCKET_RID
from bpfsmt.solver.symbolic.refs import BTF_VIEW, TCP_VIEW, held_cond, socket_of
from bpfsmt.solver.symbolic.state import LogJoin, Obligation, SByte, conj
from bpfsmt.solver.symbolic.values import (D, FALSE, TRUE, Ptr, Scalar, Unsupported, add_off, as_int, bv, kobj_size,
                                           type_name,
                                           cval, fold, fromle, is_const_false, is_const_true, lebytes,
                                           guard_term, is_value, mk_if, shape_of, signed, simp,
                                           key_eq, zext64)

# register types a load or store may go through
DEREF_KINDS = {T.PTR_TO_STACK, T.PTR_TO_CTX, T.PTR_TO_PACKET, T.PTR_TO_PACKET_META,
               T.PTR_TO_MAP_VALUE, T.PTR_TO_BUF, T.PTR_TO_SOCKET, T.PTR_TO_MAP_KEY,
               T.PTR_TO_ALLOC, T.PTR_TO_MEM}
# owned memory (a ringbuf record, a bpf_obj_new object): a region per reference, freed with it
OWNED_KINDS = (T.PTR_TO_BUF, T.PTR_TO_ALLOC)


def _known(t):
    return None if t is None else cval(t)


class RegionOps:
    def access_ok(self, st, slot, reg, base, off, size, write, helper=False) -> bool:
        """The checks an access makes before touching memory: an address in some region
        (scalars below 4 GiB are the NULL window), not NULL, then the checks of spec/memory.py in
        their order, each an obligation. The stack's initialised-bytes check waits until the
        bytes are read (`_stack_bytes`). False = the path stops here."""
        if isinstance(base, Scalar):
            if self.env.kernel_pointers and cval(base.v) is None:
                # tracing-style contexts hold kernel pointers (BTF objects, pt_regs values):
                # loads through them are probe reads the executor does not have
                raise Unsupported(f"load through a kernel pointer ({self.prog.prog_type} "
                                  f"context) at insn {slot}")
            a = add_off(base.v, off)
            ok = self.oblige(st, slot, "null_deref", z3.LShR(a, 32) == 0, reg,
                             "null" if as_int(a) is not None and as_int(a) < 65536 else "scalar")
            if ok:
                self.oblige(st, slot, "bad_mem", TRUE, reg, type_name(base))
            return False
        if base.kind not in DEREF_KINDS and not kobj_size(base):
            self.oblige(st, slot, "bad_mem", TRUE, reg, base.type_name())
            return False
        if base.null is not None:
            if not self.oblige(st, slot, "null_deref", base.null, reg, "null"):
                return False
        # a dynptr slice of a ringbuf record goes with the record
        owner = base.rid if base.kind in OWNED_KINDS else \
            base.rid[2] if base.kind == T.PTR_TO_MEM and base.rid[1] == T.PTR_TO_BUF else None
        if base.kind == T.PTR_TO_SOCKET and any(r[0] == socket_of(base.rid) for r in st.refs):
            owner = socket_of(base.rid)        # a referenced socket: not after bpf_sk_release
        elif kobj_size(base):
            owner = base.rid                   # a kfunc's object: not after its release
        if owner is not None and not self.oblige(
                st, slot, "bad_mem", simp(z3.Not(held_cond(st, owner))), reg,
                str(RK.KOBJ if kobj_size(base) else REGION_OF[base.kind]),
                template="R%d invalid mem access '%s' (the memory was released)"):
            return False
        acc = self._describe(st, base, add_off(base.off, off), size, write, helper, reg)
        for chk in MEM.access_checks(acc):
            if chk.kind == "uninit_stack":
                continue
            if not self._oblige_check(st, slot, chk, acc):
                return False
        return True

    def _describe(self, st, base, a, size, write, helper, reg) -> MEM.Access:
        """The access in spec/memory.py's terms."""
        region = RK.KOBJ if kobj_size(base) else REGION_OF[base.kind]
        acc = MEM.Access(region, a, size, write, helper, reg)
        if region == RK.STACK:
            acc.var_off = "fp" if cval(base.off) is not None else "(var)"
        elif region == RK.MAP_VALUE:
            acc.map = self.env.map_named(base.rid[0])
            acc.writable = acc.map.value_writable
        elif region == RK.CTX:
            acc.off = bv(self.env.ctx_offset(a, size))
            acc.layout, acc.region_size = self.env.layout, self.env.layout.size
        elif region == RK.PACKET:
            acc.meta, acc.data, acc.end = self.pkt_bounds(st)
        elif region in (RK.RINGBUF, RK.ALLOC):
            acc.region_size = base.rid[2]
        elif region == RK.MAP_KEY:
            # a callback's read-only copy of the element's key
            acc.region_size, acc.writable = self.env.map_named(base.rid[0]).key_size, False
        elif region == RK.MEM:        # a dynptr slice (solver/symbolic/dynptrs.py), a ksym
            acc.region_size, acc.writable = base.rid[4], base.rid[0] != "ksym"
        elif region == RK.SOCKET:
            acc.region_size, acc.writable = _socket_layout(base).size, False
        elif region == RK.KOBJ:
            acc.region_size, acc.writable = kobj_size(base), False
        return acc

    def _oblige_check(self, st, slot, chk, acc, **kw) -> bool:
        """One check of spec/memory.py as an obligation: decided in Python when every value of
        the access is known (the CONCRETE domain), else a Z3 formula."""
        terms = [acc.off, acc.meta, acc.data, acc.end, *acc.init]
        if all(t is None or cval(t) is not None or is_const_true(t) or is_const_false(t)
               for t in terms):
            dom = isa.CONCRETE
            acc = dataclasses.replace(
                acc, off=cval(acc.off), meta=_known(acc.meta), data=_known(acc.data),
                end=_known(acc.end), init=[is_const_true(t) for t in acc.init])
            bad = TRUE if chk.bad(dom, acc) else FALSE
            args = tuple(signed(x) if type(x) is int else x for x in chk.args(dom, acc))
        else:
            bad, args = chk.bad(D, acc), chk.args(D, acc)
            if isinstance(bad, bool):
                bad = TRUE if bad else FALSE
        return self.oblige(st, slot, chk.kind, bad, *args, template=chk.template, **kw)

    def load(self, st, slot, reg, base, off, size):
        if not self.access_ok(st, slot, reg, base, off, size, False):
            return None
        a = add_off(base.off, off)
        if base.kind == T.PTR_TO_STACK:
            return self.stack_load(st, slot, base, a, size)
        if base.kind == T.PTR_TO_CTX:
            return self.env.ctx_load(self, st, a, size)
        return Scalar(zext64(self.region_read(st, base, a, size), size * 8))

    def read_range(self, st, slot, reg, base, size):
        """A helper reading `size` bytes at `base` (key, value, buffer): one range check, then
        the bytes (stack bytes must be initialised). List of 8-bit terms, or None."""
        if not self.access_ok(st, slot, reg, base, 0, size, False, helper=True):
            return None
        a = base.off
        if base.kind == T.PTR_TO_STACK:
            return self._stack_bytes(st, slot, self._frame_of(st, base), a, size, reg, True)
        if base.kind == T.PTR_TO_CTX:
            v = self.env.ctx_load(self, st, a, size) if size <= 8 else None
            if v is None or isinstance(v, Ptr):
                raise Unsupported(f"helper reading the ctx at insn {slot}")
            return lebytes(v.v, size)
        return self.read_bytes(st, base, [add_off(a, i) for i in range(size)])

    def write_range(self, st, slot, reg, base, bytes_) -> bool:
        """A helper writing bytes at `base` (ARG_PTR_TO_UNINIT_MEM): one range check, then the
        bytes become initialised data."""
        size = len(bytes_)
        if not self.access_ok(st, slot, reg, base, 0, size, True, helper=True):
            return False
        a = base.off
        if base.kind == T.PTR_TO_STACK:
            ai = as_int(a)
            if ai is None:
                raise Unsupported(f"helper writing the stack at a variable offset at insn {slot}")
            f = self._frame_of(st, base)
            ai = signed(ai)
            for i, b in enumerate(bytes_):
                f.stack[ai + i] = SByte(b, TRUE)
            return True
        if base.kind == T.PTR_TO_CTX:
            raise Unsupported(f"helper writing the ctx at insn {slot}")
        self.region_write_bytes(st, base, a, bytes_)
        return True

    def store(self, st, slot, reg, base, off, size, val) -> bool:
        if not self.access_ok(st, slot, reg, base, off, size, True):
            return False
        a = add_off(base.off, off)
        if base.kind == T.PTR_TO_STACK:
            return self.stack_store(st, slot, base, a, size, val)
        if isinstance(val, Ptr):
            # a pointer stored into ctx / packet / map memory leaves the verifier's sight
            self.oblige(st, slot, "ptr_leak", TRUE)
            return False
        self.region_write(st, base, a, size, val.v)
        return True

    # stack -------------------------------------------------------------------------------------
    def _frame_of(self, st, base):
        for f in st.frames:
            if f.fno == base.rid:
                return f
        return None

    def _stack_bytes(self, st, slot, f, a, size, reg=0, helper=False):
        """Data bytes at stack offset `a` (concrete or not), after the initialised-bytes check
        of spec/memory.py (CORE-03, reported with the first uninitialised byte)."""
        ai = as_int(a)
        if ai is not None:
            ai = signed(ai)
            bytes_ = [f.stack.get(ai + i) for i in range(size)]
            inits = [b.init if b is not None else FALSE for b in bytes_]
            vals = [b.val if b is not None else bv(0, 8) for b in bytes_]
            spilled = {id(b.ptr): b.ptr for b in bytes_ if b is not None and b.ptr is not None}
            if any(p.kind == T.DYNPTR for p in spilled.values()):
                raise Unsupported(f"read of a dynptr's stack slots at insn {slot}")
            for p in spilled.values():
                # the bytes of a spilled pointer read as data (part of it, or by a helper)
                # expose a kernel address, as a pointer stored into memory does (CORE-07);
                # the path goes on where the slot held the other paths' data
                there = TRUE if p.undef is None else simp(z3.Not(p.undef))
                if not self.oblige(st, slot, "ptr_leak", there, reg, template=(
                        "R%d leaks addr into helper function" if helper else
                        "invalid size of register fill")):
                    return None
        else:
            offs = sorted(f.stack)
            if any(f.stack[o].ptr is not None for o in offs):
                raise Unsupported(f"variable-offset stack read over a spilled pointer at insn {slot}")
            vals, inits = [], []
            for i in range(size):
                ai_ = a + bv(i)
                v, ini = bv(0, 8), FALSE
                for o in offs:
                    b = f.stack[o]
                    v = z3.If(ai_ == bv(o), b.val, v)
                    ini = z3.If(ai_ == bv(o), b.init, ini)
                vals.append(v)
                inits.append(ini)
        if all(is_const_true(i) for i in inits):
            self.obligations.append(Obligation(slot, "uninit_stack", FALSE))
            return vals
        acc = MEM.Access(RK.STACK, a, size, False, helper, reg, init=inits)
        chk = MEM.STACK_INIT_INDIRECT if helper else MEM.STACK_INIT
        if not self._oblige_check(st, slot, chk, acc):
            return None
        return [fold(v) for v in vals]

    def stack_load(self, st, slot, base, a, size):
        f = self._frame_of(st, base)
        if f is None:
            self.oblige(st, slot, "bad_mem", TRUE, 0, "fp")
            return None
        ai = as_int(a)
        if ai is not None and size == 8:
            ai = signed(ai)
            bytes_ = [f.stack.get(ai + i) for i in range(size)]
            # a whole spilled pointer comes back as that pointer
            p0 = bytes_[0].ptr if bytes_[0] is not None else None
            if p0 is not None and p0.kind == T.DYNPTR:
                raise Unsupported(f"read of a dynptr's stack slots at insn {slot}")
            if p0 is not None and all(b is not None and b.ptr is not None and b.i == i and
                                      b.ptr.rid == p0.rid and shape_of(b.ptr) == shape_of(p0)
                                      and b.ptr.undef is None for i, b in enumerate(bytes_)):
                return p0
        vals = self._stack_bytes(st, slot, f, a, size)
        if vals is None:
            return None
        return Scalar(zext64(fromle(vals), size * 8))

    def split_spill(self, st, base, off, size):
        """Before a load of `size` bytes at `off` from `base`: if they cover a pointer spilled
        on some paths only (its `undef` holds on the others), the state split in two, one where
        the slot holds the pointer and one where it holds the other paths' data; else None.
        The caller loads from each (which may split again at another such slot)."""
        if not isinstance(base, Ptr) or base.kind != T.PTR_TO_STACK:
            return None
        ai = cval(add_off(base.off, off))
        f = self._frame_of(st, base)
        if ai is None or f is None:
            return None
        ai = signed(ai)
        for k in range(size):
            b = f.stack.get(ai + k)
            if b is not None and b.ptr is not None and b.ptr.undef is not None:
                p = b.ptr
                break
        else:
            return None
        out = []
        whole = dataclasses.replace(p, undef=None)
        for cond, as_ptr in ((simp(z3.Not(p.undef)), True), (simp(p.undef), False)):
            if is_const_false(cond):
                continue
            s2 = st.copy()
            s2.pc = s2.pc + (cond,)
            for fr in s2.frames:
                for o, x in fr.stack.items():
                    if x.ptr is p:
                        fr.stack[o] = SByte(ptr=whole, i=x.i) if as_ptr else SByte(x.val, x.init)
            out.append(s2)
        return out

    def stack_store(self, st, slot, base, a, size, val) -> bool:
        f = self._frame_of(st, base)
        if f is None:
            self.oblige(st, slot, "bad_mem", TRUE, 0, "fp")
            return False
        ai = as_int(a)
        if ai is not None:
            ai = signed(ai)
            if isinstance(val, Ptr):
                if size != 8:
                    self.oblige(st, slot, "ptr_arith", TRUE, 0)   # partial pointer spill
                    return False
                for i in range(8):
                    f.stack[ai + i] = SByte(ptr=val, i=i)
                return True
            # overwriting part of a spilled pointer leaves the other bytes as pointer fragments:
            # reading them later is a partial fill, which we do not model (UNKNOWN)
            for i, byte in enumerate(lebytes(val.v, size)):
                f.stack[ai + i] = SByte(byte, TRUE)
            return True
        if isinstance(val, Ptr):
            raise Unsupported(f"pointer spilled at a variable stack offset at insn {slot}")
        for o, b in list(f.stack.items()):
            if b.ptr is not None:
                raise Unsupported(f"variable-offset stack write near a spilled pointer at insn {slot}")
        nb = lebytes(val.v, size)
        for o in range(-MAX_BPF_STACK, 0):
            hit = [(a + bv(i)) == bv(o) for i in range(size)]
            old = f.stack.get(o)
            ov, oi = (old.val, old.init) if old is not None else (bv(0, 8), FALSE)
            v = ov
            for i in range(size):
                v = z3.If(hit[i], nb[i], v)
            f.stack[o] = SByte(v, z3.Or(oi, *hit))
        return True

    # input-backed regions ------------------------------------------------------------------
    def region_read(self, st, base, a, size):
        """Little-endian value of `size` bytes at offset `a` of a ctx/packet/map-value region."""
        return fromle(self.read_bytes(st, base, [add_off(a, i) for i in range(size)]))

    def read_byte(self, st, base, a):
        return self.read_bytes(st, base, [a])[0]

    def read_bytes(self, st, base, addrs: list) -> list:
        """The bytes at offsets `addrs` of a region; one walk of its write log for them all."""
        mem = st.mem
        if base.kind in (T.PTR_TO_MEM, T.PTR_TO_SOCKET, T.PTR_TO_MAP_KEY) or kobj_size(base):
            return [self._other_byte(st, base, a) for a in addrs]
        part = key = None
        if base.kind in (T.PTR_TO_PACKET, T.PTR_TO_PACKET_META):
            init = [self.env.pkt_byte(a) for a in addrs]
            if mem.layout is not None:
                # head room and tail room of the test-run buffer are zeros
                init = [z3.If(z3.Or(a < bv(0), a >= self.env.pkt_len), bv(0, 8), v)
                        for a, v in zip(addrs, init)]
            log = mem.pkt
        elif base.kind == T.PTR_TO_CTX:
            init = [self.env.ctx_byte(a) for a in addrs]
            log = mem.ctx
        elif base.kind in OWNED_KINDS:
            # a fresh record is zeroed by the executor; an object's bytes were written at its
            # allocation
            init = [bv(0, 8)] * len(addrs)
            log, part = mem.buf, base.rid
        elif base.kind == T.PTR_TO_MAP_VALUE:
            part = base.rid[0]
            key = mem.keys[base.rid]
            init = [self.env.map_byte(part, key, a) for a in addrs]
            log = mem.mapw
        else:
            raise Unsupported(f"read of region {base.kind}")
        places = [(a, cval(a)) for a in addrs]
        at = {ca: i for i, (_, ca) in enumerate(places) if ca is not None}
        exact = at if len(at) == len(places) else None
        return [fold(v) for v in _after_writes(log, part, key, places, exact, init, {},
                                               self.budget)]

    def _other_byte(self, st, base, a):
        if base.kind == T.PTR_TO_MEM and base.rid[0] == "sample":     # a user ringbuf sample
            return z3.Select(base.rid[2], a)
        if base.kind == T.PTR_TO_MEM and base.rid[0] == "ksym":      # a kernel variable
            off = cval(a)
            if off is None:
                raise Unsupported(f"read of kernel variable {base.rid[1].name} at a variable offset")
            return z3.Extract(7, 0, self.env.ret_var(ksym_bytes(base.rid[1].name), off))
        if base.kind == T.PTR_TO_MEM:           # a dynptr slice: the bytes it covers
            return self.read_byte(st, dynptrs.target(base), simp(base.rid[3] + a))
        if base.kind == T.PTR_TO_SOCKET:
            return self._socket_byte(st, base, a)
        if kobj_size(base):                     # a kfunc's object: the executor's input bytes
            n = next(k for rid, k, _, _ in st.refs if rid == base.rid)
            off = cval(a)
            if off is None:
                raise Unsupported("read of a kernel object at a variable offset")
            return z3.Extract(7, 0, self.env.ret_var(kobj_fields(n), off))
        return _key_byte(st.mem.keys[base.rid], a)

    def _socket_byte(self, st, base, a):
        """A struct bpf_sock (bpf_tcp_sock through bpf_tcp_sock's result) byte of a socket the
        program holds a reference to or the ctx points to: the input the executor reads for
        that socket (socket_fields / tcp_sock_fields), cut to the field's width."""
        sock = socket_of(base.rid)
        n = CTX_SOCKET if sock == CTX_SOCKET_RID else \
            next((k for rid, k, _, _ in st.refs if rid == sock), None)
        layout = _socket_layout(base)
        off = cval(a)
        if not isinstance(n, int) or off is None or not 0 <= off < layout.size:
            raise Unsupported("read of a socket field the engine cannot name")
        name = tcp_sock_fields(n) if layout is CTX.BPF_TCP_SOCK else socket_fields(n)
        v = z3.Extract(7, 0, self.env.ret_var(name, off))
        mask = CTX.byte_mask(layout, off)
        return v if mask == 0xFF else fold(v & bv(mask, 8))

    def region_write(self, st, base, a, size, value):
        self.region_write_bytes(st, base, a, lebytes(value, size))

    def region_write_bytes(self, st, base, a, bytes_):
        mem = st.mem
        if base.kind == T.PTR_TO_MEM and base.rid[0] == "sample":
            raise Unsupported("write into a user ring buffer sample")
        if base.kind == T.PTR_TO_MEM:
            t = dynptrs.target(base)
            return self.region_write_bytes(st, t, simp(t.off + a), bytes_)
        if base.kind in (T.PTR_TO_PACKET, T.PTR_TO_PACKET_META):
            mem.pkt = mem.pkt + tuple((add_off(a, i), b, TRUE) for i, b in enumerate(bytes_))
        elif base.kind == T.PTR_TO_MAP_VALUE:
            name = base.rid[0]
            key = mem.keys[base.rid]
            mem.mapw = mem.mapw + tuple((name, key, add_off(a, i), b, TRUE)
                                        for i, b in enumerate(bytes_))
        elif base.kind == T.PTR_TO_CTX:
            mem.ctx = mem.ctx + tuple((add_off(a, i), b, TRUE) for i, b in enumerate(bytes_))
        elif base.kind in OWNED_KINDS:
            mem.buf = mem.buf + tuple((base.rid, add_off(a, i), b, TRUE)
                                      for i, b in enumerate(bytes_))
        else:
            raise Unsupported(f"write to region {base.kind}")



def _socket_layout(base):
    """The struct a socket pointer reads: bpf_tcp_sock through bpf_tcp_sock's result, bpf_sock
    otherwise; bpf_skc_to_*'s result is a BTF pointer whose loads are probe reads (a plain load
    through it says nothing of the kernel struct: UNKNOWN)."""
    if isinstance(base.rid, tuple) and base.rid and base.rid[0] == BTF_VIEW:
        raise Unsupported("a plain load through bpf_skc_to_*'s result (a BTF pointer the verifier "
                          "model did not mark as a probe read)")
    return CTX.BPF_TCP_SOCK if isinstance(base.rid, tuple) and base.rid and \
        base.rid[0] == TCP_VIEW else CTX.BPF_SOCK


def _key_byte(key, a):
    """Byte `a` of a little-endian key term (zero past its width)."""
    n = key.size() // 8
    parts = [z3.Extract(8 * i + 7, 8 * i, key) for i in range(n)]
    ca = cval(a)
    if ca is not None:
        return parts[ca] if 0 <= ca < n else bv(0, 8)
    v = bv(0, 8)
    for i, b in enumerate(parts):
        v = mk_if(a == bv(i), b, v)
    return v


def _after_writes(log, part, key, places, exact, vals, memo, budget):
    """The bytes at `places` ((offset, its value if constant)) of a region holding `vals` once
    the writes of `log` (oldest first, newest wins) are done: entries (off, byte, guard),
    prefixed by the ringbuf record or by the map and key (`part` selects, `key` is the read's
    map key), and LogJoins of two paths' writes. `exact`: constant offset -> index, when every
    place is constant (an entry at a constant offset then touches one place at most).

    Joins share sub-logs (a path that split, joined one way, then met its other half again
    holds the same LogJoin on both sides), so a log is a DAG that unfolds into exponentially
    many entries: a join that writes none of the places is skipped, and one met again with
    the same bytes before it (Z3 terms are hash-consed: equal terms, equal ids) gives the bytes
    it gave then (`memo`). A long walk stops when the lowering's `budget` is spent."""
    vals = list(vals)
    everywhere = range(len(places))
    for e in log:
        if type(e) is LogJoin:
            if part not in e.touches():
                continue
            offs = e.touches()[part]
            if exact is not None and offs is not None and offs.isdisjoint(exact):
                continue
            mk = (id(e), *(v.get_id() for v in vals))
            out = memo.get(mk)
            if out is None:
                budget.check()
                va = _after_writes(e.a, part, key, places, exact, vals, memo, budget)
                vb = _after_writes(e.b, part, key, places, exact, vals, memo, budget)
                out = memo[mk] = [x if x is y else mk_if(e.c, x, y) for x, y in zip(va, vb)]
            vals = list(out)
            continue
        o, b, g = e[-3], e[-2], e[-1]
        k = None
        if part is not None:
            if e[0] != part:
                continue
            k = e[1] if len(e) == 5 else None
        if o is HAVOC:
            # a loop summary forgot the region: every byte is the fresh array's
            g = guard_term(g)
            for i in everywhere:
                a = places[i][0]
                sel = z3.Select(b, z3.Concat(key, a) if k is HAVOC else a)
                vals[i] = sel if is_const_true(g) else mk_if(g, sel, vals[i])
            continue
        co = cval(o)
        if exact is not None and co is not None:
            i = exact.get(co)
            if i is None:
                continue
            where = (i,)
        else:
            where = everywhere
        g = guard_term(g)
        kq = key_eq(k, key) if k is not None else None
        for i in where:
            a, ca = places[i]
            if ca is not None and co is not None:
                if co != ca:
                    continue
                hit = conj(g, kq) if kq is not None else g
            else:
                hit = conj(g, kq, o == a) if kq is not None else conj(g, o == a)
            if is_const_true(hit):
                vals[i] = b
            elif not is_const_false(hit):
                vals[i] = mk_if(hit, b, vals[i])
    return vals
