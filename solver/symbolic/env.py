"""The symbolic engine's view of the world outside the program: inputs and region layouts.

Everything a concrete run takes from `ExecInputs` is a Z3 symbol here, named so that a model
turns back into an `ExecInputs` (`to_exec_inputs`) and an `ExecInputs` turns into a substitution
(`substitution`, used by cross-validation):

  ctx bytes        `ctx` : Array(BV64 -> BV8)           ExecInputs.ctx
  packet bytes     `pkt` : Array(BV64 -> BV8), frame index   ExecInputs.packet (the frame)
  packet length    `pkt_len` (what the program sees)    len(packet) - 14 for pulled skb types
  map contents     `map:<name>` : Array(key ++ off64 -> BV8),  `present:<name>` for hash maps
  helper results   `ret:<helper>:<k>` : BV64            ExecInputs.helper_returns[helper][k]

Layouts come from `bpfsmt.spec.ctx` (shared with the executor), so a ctx field means the same
thing in both engines.
"""
from __future__ import annotations

import functools
from typing import Optional

import z3

from bpfsmt.grammar.vmlinux import btf_typed_ctx, ksym_var, tracing_ctx_size
from bpfsmt.spec import ctx as CTX
from bpfsmt.spec.isa import z3_domain
from bpfsmt.spec.insn import (BPF_JMP, BPF_K, BPF_END, BPF_NEG, BPF_JA, BPF_CALL, BPF_EXIT,
                              BPF_PSEUDO_MAP_FD, BPF_PSEUDO_MAP_IDX, BPF_PSEUDO_MAP_VALUE,
                              BPF_PSEUDO_MAP_IDX_VALUE, BPF_PSEUDO_FUNC, BPF_PSEUDO_BTF_ID,
                              COND_JMP_OPS)
from bpfsmt.spec.maps import (ARRAY_FAMILY, CGROUP_STORAGE_TYPES, COUNTED_HASH_TYPES,
                              DATA_VALUE_TYPES, HTAB_FAMILY, QUEUE_TYPES, REDIRECT_MAP_TYPES)
from bpfsmt.spec.program import LITERAL_MAP_FD, Program, ProgramFile
from bpfsmt.spec.progtypes import KERNEL_POINTER_CTX_TYPES
from bpfsmt.spec.vocab import PACKET_TYPES
from bpfsmt.spec.vocab import RegType as T

from bpfsmt.solver.concrete.exec import ExecInputs
from bpfsmt.solver.symbolic.values import (Ptr, Scalar, Unsupported, count0, is_const_true,
                                           is_value, ksym_pointer, queued)

BV64 = z3.BitVecSort(64)
BV8 = z3.BitVecSort(8)
Z3D = z3_domain()


@functools.lru_cache(maxsize=1 << 16)
def _bv(value: int, bits: int) -> z3.BitVecNumRef:
    """A numeral, made once: substituting concrete inputs needs the same indices and bytes
    thousands of times, and building a Z3 numeral costs more than the rest of a store."""
    return z3.BitVecVal(value, bits)


def _byte_array(index_sort, items) -> z3.ArrayRef:
    """The array index_sort -> bytes holding `items` ((index, byte) pairs), zero elsewhere."""
    arr = z3.K(index_sort, _bv(0, 8))
    ctx, bits = arr.ctx, index_sort.size()
    for i, b in items:
        if b:       # z3.Store without its sort checks: index and byte are numerals of the sorts
            arr = z3.ArrayRef(z3.Z3_mk_store(ctx.ref(), arr.as_ast(), _bv(i, bits).as_ast(),
                                             _bv(b, 8).as_ast()), ctx)
    return arr


def bv_(v: int):
    return z3.BitVecVal(v, 64)

NO_ARITH_KINDS = {T.CONST_PTR_TO_MAP, T.PTR_TO_PACKET_END, T.PTR_TO_FUNC}
ARRAY_MAPS = ARRAY_FAMILY
# maps whose elements both engines key by the exact key bytes: an LPM trie's longest-prefix
# match is covered, since its element for a looked-up key may be exactly that key
LOOKUP_MAPS = (ARRAY_FAMILY | HTAB_FAMILY | {"lpm_trie"}) & DATA_VALUE_TYPES | \
    (REDIRECT_MAP_TYPES - {"cpumap"})
# maps indexed by a u32 below max_entries whose slots may be empty (a device, CPU or socket)
INDEX_MAPS = REDIRECT_MAP_TYPES | {"sockmap"}

# the socket the ctx points to (sock_ops' sk): no reference, numbered as the executor does
CTX_SOCKET_RID = ("sock", "ctx")

# executor conventions the engine must share (see bpfsmt.solver.concrete.exec)
POINTER_RETURN_FAULTS = False        # root may return a pointer (CORE-07: unpriv only)
CALLEE_SEES_CALLER_R6_R9 = False     # each frame has its own registers (as the verifier)
MAX_PACKET = 1514                    # longest frame a counterexample may use
REGION_BASE = 0x1000_0000            # where pointer comparisons place a region


def same_space(a, b) -> bool:
    if a.kind in PACKET_TYPES and b.kind in PACKET_TYPES:
        return True
    return a.kind == b.kind and a.rid == b.rid


# --- 6.1 instruction-table membership (what the executor treats as a bad opcode) -------------

def valid_alu(insn) -> bool:
    """As the executor decides (it runs cpu-v4 forms too): NEG only with K, END only with
    16/32/64, codes up to END."""
    code = insn.code
    if code > BPF_END:
        return False
    if code == BPF_NEG and insn.source != BPF_K:
        return False
    if code == BPF_END and insn.imm not in (16, 32, 64):
        return False
    return True


def valid_jmp(insn) -> bool:
    code = insn.code
    if code == BPF_JA:
        return True                      # JMP32 JA is gotol (imm offset)
    if code in (BPF_CALL, BPF_EXIT):
        return insn.cls == BPF_JMP
    return code in COND_JMP_OPS


# ---------------------------------------------------------------------------------------------

class Inputs:
    """The input symbols of one lowering and the layouts they live in."""

    def __init__(self, pfile: ProgramFile, program: Program):
        self.pfile, self.prog = pfile, program
        args_size = tracing_ctx_size(program, pfile.kernel)
        self.spec = CTX.ctx_spec(program.prog_type, args_size)
        self.layout = self.spec.layout
        # program types without a layout in spec/ctx.py get plain bytes: an access beyond them
        # says nothing about the real context, so it is UNKNOWN, not a fault
        self.known_layout = program.prog_type in CTX.PROG_CTX
        # a BTF-typed tracing program whose attach target's prototype is not known (no BTF):
        # how many arguments its ctx has is not known either, so every access is UNKNOWN
        self.untyped_args = args_size is None and btf_typed_ctx(program)
        self.kernel_pointers = program.prog_type in KERNEL_POINTER_CTX_TYPES
        self.has_packet = self.spec.packet
        self.eth = CTX.ETH_HLEN if self.spec.pull_eth else 0
        self.ctx_arr = z3.Array("ctx", BV64, BV8)
        self.pkt_arr = z3.Array("pkt", BV64, BV8)
        self.pkt_len = z3.BitVec("pkt_len", 64)
        self.meta_len = z3.BitVecVal(0, 64)
        self.mem_size = 0
        self.maps = list(pfile.maps.values())
        self.map_arrays: dict[str, z3.ArrayRef] = {}
        self.present_arrays: dict[str, z3.ArrayRef] = {}
        self.rets: dict[tuple, z3.BitVecRef] = {}
        self.lru_drops: dict[tuple, z3.ArrayRef] = {}
        self.fresh: list = []
        self.touched_keys: list = []     # (map name, key term) of every lookup / update
        self.opaque: list = []

    # ---- symbols ----------------------------------------------------------------------------
    def axioms(self) -> list:
        ax = []
        if self.has_packet:
            ax.append(z3.ULE(self.pkt_len, z3.BitVecVal(MAX_PACKET - self.eth, 64)))
        ax += [z3.ULE(queued(m.name), z3.BitVecVal(m.max_entries, 32)) for m in self.maps
               if m.map_type in QUEUE_TYPES]
        ax += [z3.ULE(count0(m.name), z3.BitVecVal(m.max_entries, 32)) for m in self.maps
               if m.map_type in COUNTED_HASH_TYPES]
        return ax

    def entry_r1(self):
        return Ptr(T.PTR_TO_CTX, 0, z3.BitVecVal(0, 64))

    def fresh_byte(self):
        b = z3.BitVec(f"havoc{len(self.fresh)}", 8)
        self.fresh.append(b)
        return b

    def lru_drop(self, name: str, k: int):
        """The keys the k-th LRU node pop of map `name` on a path drops (ExecInputs.lru_drops)."""
        if (name, k) not in self.lru_drops:
            self.lru_drops[(name, k)] = z3.Array(f"lru_drop:{name}:{k}",
                                                 z3.BitVecSort(self.key_bits(self.pfile.maps[name])),
                                                 z3.BoolSort())
        return self.lru_drops[(name, k)]

    def ret_var(self, name: str, k: int):
        key = (name, k)
        if key not in self.rets:
            self.rets[key] = z3.BitVec(f"ret:{name}:{k}", 64)
        return self.rets[key]

    def map_by_index(self, idx: int):
        if 0 <= idx < len(self.maps):
            return self.maps[idx]
        return None

    def key_bits(self, m) -> int:
        return max(1, m.element_key_size) * 8

    def map_array(self, m):
        if m.name not in self.map_arrays:
            self.map_arrays[m.name] = z3.Array(f"map:{m.name}",
                                               z3.BitVecSort(self.key_bits(m) + 64), BV8)
        return self.map_arrays[m.name]

    def present_array(self, m):
        if m.name not in self.present_arrays:
            self.present_arrays[m.name] = z3.Array(f"present:{m.name}",
                                                   z3.BitVecSort(self.key_bits(m)), z3.BoolSort())
        return self.present_arrays[m.name]

    def map_named(self, name):
        return self.pfile.maps[name]

    def value_size(self, rid) -> int:
        return self.pfile.maps[rid[0]].value_size

    def map_byte(self, name, key, off):
        m = self.pfile.maps[name]
        if m.frozen:
            c = self._const_off(off)
            if c is not None:
                return z3.BitVecVal(m.initial_data[c] if 0 <= c < len(m.initial_data) else 0, 8)
            return z3.Select(self._frozen_array(m), off)
        return z3.Select(self.map_array(m), z3.Concat(key, off))

    def _frozen_array(self, m):
        arr = z3.K(BV64, z3.BitVecVal(0, 8))
        for i, b in enumerate(m.initial_data):
            if b:
                arr = z3.Store(arr, z3.BitVecVal(i, 64), z3.BitVecVal(b, 8))
        return arr

    def present0(self, m, key):
        """Is `key` in map m before the program runs?"""
        if m.map_type in ARRAY_MAPS:
            k32 = z3.Extract(31, 0, key) if key.size() >= 32 else z3.ZeroExt(32 - key.size(), key)
            return z3.ULT(k32, z3.BitVecVal(m.max_entries, 32))
        if m.map_type in CGROUP_STORAGE_TYPES:       # created when the program is attached
            return z3.BoolVal(True)
        if m.map_type in INDEX_MAPS:
            k32 = z3.Extract(31, 0, key) if key.size() >= 32 else z3.ZeroExt(32 - key.size(), key)
            return z3.And(z3.Select(self.present_array(m), key),
                          z3.ULT(k32, z3.BitVecVal(m.max_entries, 32)))
        return z3.Select(self.present_array(m), key)

    # ---- lddw -------------------------------------------------------------------------------
    def ld_imm64(self, insn, slot):
        """(value, (rid, key) or None) of an lddw."""
        if insn.src == 0:
            return Scalar(z3.BitVecVal(insn.imm64, 64)), None
        if insn.src in (BPF_PSEUDO_MAP_FD, BPF_PSEUDO_MAP_IDX, BPF_PSEUDO_MAP_VALUE,
                        BPF_PSEUDO_MAP_IDX_VALUE):
            m = self._map_of(insn)
            if m is None:
                return None, None
            if insn.src in (BPF_PSEUDO_MAP_FD, BPF_PSEUDO_MAP_IDX):
                return Ptr(T.CONST_PTR_TO_MAP, m.name, z3.BitVecVal(0, 64)), None
            rid = (m.name, "direct")
            off = (insn.imm64_hi or 0) & 0xFFFFFFFF
            return Ptr(T.PTR_TO_MAP_VALUE, rid, z3.BitVecVal(off, 64)), (rid, z3.BitVecVal(0, self.key_bits(m)))
        if insn.src == BPF_PSEUDO_FUNC:
            return Ptr(T.PTR_TO_FUNC, slot + 1 + insn.imm, z3.BitVecVal(0, 64)), None
        if insn.src == BPF_PSEUDO_BTF_ID:
            v = ksym_var(insn.target, self.pfile.kernel)
            if v is None:
                return None, None
            return ksym_pointer(v, T.PTR_TO_PERCPU if v.percpu else None), None
        return None, None

    def _map_of(self, insn):
        if insn.target == LITERAL_MAP_FD:
            return None
        if insn.target and insn.target in self.pfile.maps:
            return self.pfile.maps[insn.target]
        return self.map_by_index(insn.imm)

    # ---- packet -----------------------------------------------------------------------------
    def pkt_byte(self, a):
        """Byte `a` of what skb->data / xdp->data point to (frame index a + eth)."""
        return z3.Select(self.pkt_arr, a + z3.BitVecVal(self.eth, 64) if self.eth else a)

    def frame_byte(self, i: int):
        return z3.Select(self.pkt_arr, z3.BitVecVal(i, 64))

    # ---- ctx --------------------------------------------------------------------------------
    def ctx_byte(self, a):
        """Byte `a` of the ctx region as the executor builds it: the input bytes, with
        skb->len, skb->protocol and ifindex fields filled in from the packet (spec/ctx.py)."""
        off = self._const_off(a)
        inp = z3.Select(self.ctx_arr, a)
        if off is None or self.layout.raw:
            return inp
        f = self.layout.field_at(off)
        if f is None or f.is_pointer or (f.source == "input" and not f.bits and not f.needs):
            return inp
        i = off - f.offset
        if f.needs:
            g = self.layout.field(f.needs)
            absent = z3.And(*[self._narrow_byte(g, k) == 0 for k in range(g.size)])
            return z3.If(absent, z3.BitVecVal(0, 8), self._narrow_byte(f, i))
        if i >= 4:
            return inp
        if f.source == "len":
            return z3.Extract(8 * i + 7, 8 * i, self.pkt_len)
        if f.source == "protocol":
            frame_ok = z3.UGE(self.pkt_len + self.eth, z3.BitVecVal(14, 64))
            b = self.frame_byte(12 + i) if i < 2 else z3.BitVecVal(0, 8)
            return z3.If(frame_ok, b, inp)
        if f.source == "ifindex":
            zero = z3.And(*[z3.Select(self.ctx_arr, z3.BitVecVal(f.offset + k, 64)) == 0
                            for k in range(f.size)])
            return z3.If(zero, z3.BitVecVal(1 if i == 0 else 0, 8), inp)
        if f.source == "pkt_type":
            n = self.pkt_len + self.eth
            dst = [z3.If(z3.ULT(bv_(k), n), self.frame_byte(k), z3.BitVecVal(0, 8))
                   for k in range(6)]
            return z3.Extract(8 * i + 7, 8 * i, CTX.pkt_type_from(Z3D, dst))
        if f.bits:
            return self._narrow_byte(f, i)
        return inp

    def _narrow_byte(self, f, i):
        """Byte i of an input field the kernel fills from a `bits`-wide value."""
        b = z3.Select(self.ctx_arr, z3.BitVecVal(f.offset + i, 64))
        mask = (CTX.field_mask(f) >> (8 * i)) & 0xFF
        return b if mask == 0xFF else b & z3.BitVecVal(mask, 8)

    def _const_off(self, a) -> Optional[int]:
        v = z3.simplify(a)
        if is_value(v):
            x = v.as_long()
            return x - (1 << 64) if x >> 63 else x
        return None

    def ctx_offset(self, a, size) -> int:
        """The known offset of a ctx access; UNKNOWN (Unsupported) for a variable offset, or
        beyond the struct of a program type whose ctx layout is not modelled."""
        off = self._const_off(a)
        if off is None:
            raise Unsupported("ctx access at a variable offset")
        if self.untyped_args:
            raise Unsupported(f"the ctx of {self.prog.prog_type} program {self.prog.name} "
                              f"(the prototype of {self.prog.attach_target} is not in the BTF)")
        if (off < 0 or off + size > self.layout.size) and not self.known_layout:
            raise Unsupported(f"the ctx of {self.prog.prog_type} programs (access at "
                              f"offset {off}) is not modelled")
        return off

    def ctx_load(self, low, st, a, size):
        off = self._const_off(a)
        L = self.layout
        if not L.raw:
            f = L.field_at(off)
            if f is not None and f.is_pointer:
                if f.kind in ("pkt_data", "pkt_meta", "pkt_end") and self.has_packet:
                    meta, data, end = low.pkt_bounds(st)
                    kind, off = {"pkt_data": (T.PTR_TO_PACKET, data),
                                 "pkt_meta": (T.PTR_TO_PACKET_META, meta),
                                 "pkt_end": (T.PTR_TO_PACKET_END, end)}[f.kind]
                    return Ptr(kind, 0, off)
                if f.kind in ("sock", "sock_or_null"):    # the socket, if any (spec CtxField)
                    g = L.field("is_fullsock") if f.kind == "sock_or_null" else f
                    there = low.region_read(st, Ptr(T.PTR_TO_CTX, 0, z3.BitVecVal(0, 64)),
                                            z3.BitVecVal(g.offset, 64), g.size)
                    return Ptr(T.PTR_TO_SOCKET, CTX_SOCKET_RID, z3.BitVecVal(0, 64), there == 0)
                if f.kind != "flow_keys":
                    raise Unsupported(f"the {f.name} pointer of the {L.name} ctx is not modelled")
                return Scalar(z3.BitVecVal(0, 64))
        ctx = Ptr(T.PTR_TO_CTX, 0, z3.BitVecVal(0, 64))
        v = low.region_read(st, ctx, a, size)
        f = None if L.raw else L.field_at(off)
        if f is not None and f.needs:          # 0 without a full socket, even once written
            g = L.field(f.needs)
            there = low.region_read(st, ctx, z3.BitVecVal(g.offset, 64), g.size)
            v = z3.If(there == 0, z3.BitVecVal(0, 8 * size), v)
        return Scalar(z3.ZeroExt(64 - 8 * size, v) if size < 8 else v)

    # ---- inputs <-> models ------------------------------------------------------------------
    def to_exec_inputs(self, model, st_info=None, touched_present=False):
        """Concrete inputs that make the counterexample happen (an ExecInputs).
        `touched_present`: every key a helper touched is in its hash map at the start (a
        counterexample through a loop summary's havoced key set says nothing of the start)."""
        ev = lambda e: model.eval(e, model_completion=True).as_long()
        # every timer callback set on the path may fire (solver/symbolic/timers.py)
        inputs = ExecInputs(timers="set")
        ctx = bytes(ev(z3.Select(self.ctx_arr, z3.BitVecVal(i, 64))) for i in range(self.layout.size))
        inputs.ctx = ctx
        if self.has_packet:
            n = ev(self.pkt_len) + self.eth
            inputs.packet = bytes(ev(self.frame_byte(i)) for i in range(n))
        # maps: every key a lookup / update touched, with the model's initial contents
        maps: dict = {}
        for (name, key) in self.touched_keys:
            m = self.pfile.maps[name]
            kv = model.eval(key, model_completion=True)
            if not is_value(kv):
                continue
            kval = kv.as_long()
            kb = kval.to_bytes(self.key_bits(m) // 8, "little")
            pres = model.eval(self.present0(m, z3.BitVecVal(kval, self.key_bits(m))),
                              model_completion=True)
            if not is_const_true(pres) and not (touched_present and m.map_type in HTAB_FAMILY):
                continue
            arr = self.map_array(m)
            kbv = z3.BitVecVal(kval, self.key_bits(m))
            val = bytes(ev(z3.Select(arr, z3.Concat(kbv, z3.BitVecVal(i, 64))))
                        for i in range(m.value_size))
            maps.setdefault(name, {})[kb] = val
        # a hash map's other elements: those its initial count has beyond the listed keys
        for name in {n for n, _ in self.touched_keys}:
            m = self.pfile.maps[name]
            if m.map_type in COUNTED_HASH_TYPES:
                listed = {bytes(k) for k in m.contents} | set(maps.get(name, {}))
                others = ev(count0(name)) - len(listed)
                if others > 0:
                    inputs.map_others[name] = others
        for m in self.maps:
            # a queue / stack: every element user space left, by position (oldest first)
            if m.map_type in QUEUE_TYPES and any(n == m.name for n, _ in self.touched_keys):
                arr = self.map_array(m)
                maps[m.name] = {i.to_bytes(4, "little"): bytes(
                    ev(z3.Select(arr, z3.Concat(z3.BitVecVal(i, 32), z3.BitVecVal(o, 64))))
                    for o in range(m.value_size)) for i in range(ev(queued(m.name)))}
        inputs.maps = maps
        rets: dict = {}
        for (name, k), var in sorted(self.rets.items()):
            rets.setdefault(name, [])
            while len(rets[name]) < k:
                rets[name].append(0)
            rets[name].append(ev(var))
        inputs.helper_returns = rets
        for (name, k), arr in sorted(self.lru_drops.items()):
            per = inputs.lru_drops.setdefault(name, [])
            per.extend([] for _ in range(k + 1 - len(per)))
            m = self.pfile.maps[name]
            for kn, key in self.touched_keys:
                kv = model.eval(key, model_completion=True)
                if kn == name and is_value(kv) and \
                        is_const_true(model.eval(z3.Select(arr, kv), model_completion=True)):
                    kb = kv.as_long().to_bytes(self.key_bits(m) // 8, "little")
                    if kb not in per[k]:
                        per[k].append(kb)
        return inputs

    def substitution(self, inputs) -> list:
        """(symbol, concrete term) pairs that fix every input symbol to `inputs`."""
        pairs = []
        pairs.append((self.ctx_arr, _byte_array(BV64, enumerate(inputs.ctx or b""))))
        if self.has_packet:
            frame = self.packet_frame(inputs)
            pairs.append((self.pkt_arr, _byte_array(BV64, enumerate(frame))))
            pairs.append((self.pkt_len, _bv(max(0, len(frame) - self.eth), 64)))
        for m in self.maps:
            contents = dict(m.contents)
            contents.update((inputs.maps or {}).get(m.name, {}))
            kb = self.key_bits(m)
            pres = z3.K(z3.BitVecSort(kb), z3.BoolVal(False))
            for k in contents:
                pres = z3.Store(pres, _bv(int.from_bytes(k, "little"), kb), z3.BoolVal(True))
            arr = _byte_array(z3.BitVecSort(kb + 64),
                              (((int.from_bytes(k, "little") << 64) | i, b)
                               for k, v in contents.items() for i, b in enumerate(v)))
            pairs.append((self.map_array(m), arr))
            pairs.append((self.present_array(m), pres))
            if m.map_type in COUNTED_HASH_TYPES:
                pairs.append((count0(m.name), _bv(len(contents) + inputs.map_others.get(m.name, 0),
                                                  32)))
            if m.map_type in QUEUE_TYPES:
                pairs.append((queued(m.name), _bv(len(contents), 32)))
        for (name, k), var in self.rets.items():
            lst = (inputs.helper_returns or {}).get(name, [])
            pairs.append((var, _bv(lst[k] if k < len(lst) else 0, 64)))
        for (name, k), arr in self.lru_drops.items():
            kb = self.key_bits(self.pfile.maps[name])
            per = inputs.lru_drops.get(name, [])
            drops = z3.K(z3.BitVecSort(kb), z3.BoolVal(False))
            for key in (per[k] if k < len(per) else ()):
                drops = z3.Store(drops, _bv(int.from_bytes(key, "little"), kb), z3.BoolVal(True))
            pairs.append((arr, drops))
        return pairs

    def packet_frame(self, inputs) -> bytes:
        if inputs.packet is not None:
            return inputs.packet
        return CTX.DEFAULT_PACKET
