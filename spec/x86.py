"""Z3 semantics of the x86-64 subset the BPF JIT emits, driven by DECODING the bytes.

Why decode: the proofs must not trust our own encoder (solver/jit/emit.py). The bytes are decoded
by capstone and each decoded instruction is given a meaning here, so a wrong ModRM/REX/opcode byte
in the encoder shows up as a different semantics, exactly as it would on the CPU.

State: the 16 general registers as 64-bit vectors, the arithmetic flags CF/ZF/SF/OF (booleans;
None = undefined after an instruction that leaves them so), byte-addressed memory as a Z3 array,
the sequence of memory accesses (address, size, value, via_rsp), and rip (a byte offset in the
code). Execution forks on conditional branches (each path carries its condition) and stops when
rip leaves the code, at `ret`, or at a jump to an external target (retpoline thunk).

Writes to a 32-bit register zero-extend to 64 bits; 8/16-bit writes keep the upper bits (Intel
SDM vol. 1 §3.4.1.1). `div` faults on a zero divisor (recorded as a fault on the path).
Calls to external targets (helpers) are modelled by the System V ABI: rax := an uninterpreted
function of (target, rdi, rsi, rdx, rcx, r8), caller-saved registers are havocked, callee-saved
ones and rsp are preserved, memory is havocked through an uninterpreted function.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Optional

import z3

GPRS = ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
        "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"]
CALLER_SAVED = ["rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11"]


def _subregs():
    """capstone register name -> (64-bit register, width in bits, bit offset)."""
    m = {}
    legacy = {"rax": ("eax", "ax", "al", "ah"), "rcx": ("ecx", "cx", "cl", "ch"),
              "rdx": ("edx", "dx", "dl", "dh"), "rbx": ("ebx", "bx", "bl", "bh"),
              "rsp": ("esp", "sp", "spl", None), "rbp": ("ebp", "bp", "bpl", None),
              "rsi": ("esi", "si", "sil", None), "rdi": ("edi", "di", "dil", None)}
    for r, (e, w, b, h) in legacy.items():
        m[r] = (r, 64, 0)
        m[e] = (r, 32, 0)
        m[w] = (r, 16, 0)
        m[b] = (r, 8, 0)
        if h:
            m[h] = (r, 8, 8)
    for k in range(8, 16):
        r = f"r{k}"
        m[r] = (r, 64, 0)
        m[r + "d"] = (r, 32, 0)
        m[r + "w"] = (r, 16, 0)
        m[r + "b"] = (r, 8, 0)
    return m


SUBREGS = _subregs()
_fresh = itertools.count()


def fresh(name, w=64):
    return z3.BitVec(f"{name}!{next(_fresh)}", w)


class X86Error(Exception):
    """An instruction outside the modelled subset (never silently skipped)."""


@dataclass
class Access:
    kind: str          # "load" | "store"
    addr: object       # BV64
    size: int          # bytes
    value: object      # BV(8*size)
    via_rsp: bool      # push/pop or an rsp-based operand: the JIT's scratch stack


@dataclass
class X86State:
    regs: dict
    flags: dict
    mem: object
    rip: int = 0
    cond: list = field(default_factory=list)
    trace: list = field(default_factory=list)
    exit: Optional[tuple] = None       # ("fallthrough"|"jump"|"ret"|"thunk", target expr/int)
    fault: Optional[str] = None
    calls: list = field(default_factory=list)   # (target, args, rax_in) of external calls
    steps: int = 0
    smem: object = None                # stack memory when the Machine splits regions

    def copy(self):
        return X86State(dict(self.regs), dict(self.flags), self.mem, self.rip, list(self.cond),
                        list(self.trace), self.exit, self.fault, list(self.calls), self.steps,
                        self.smem)

    @property
    def path(self):
        return z3.And(*self.cond) if self.cond else z3.BoolVal(True)

    @property
    def stores(self):
        return [a for a in self.trace if a.kind == "store"]

    @property
    def loads(self):
        return [a for a in self.trace if a.kind == "load"]


def initial_state(prefix="x", mem=None) -> X86State:
    regs = {r: z3.BitVec(f"{prefix}_{r}", 64) for r in GPRS}
    flags = {f: None for f in ("cf", "zf", "sf", "of")}
    if mem is None:
        mem = z3.Array(f"{prefix}_mem", z3.BitVecSort(64), z3.BitVecSort(8))
    smem = z3.Array(f"{prefix}_stack", z3.BitVecSort(64), z3.BitVecSort(8))
    return X86State(regs, flags, mem, smem=smem)


def mem_read(mem, addr, nbytes):
    parts = [z3.Select(mem, addr + k) for k in range(nbytes)]
    return z3.Concat(*reversed(parts)) if nbytes > 1 else parts[0]


def mem_write(mem, addr, value, nbytes):
    for k in range(nbytes):
        mem = z3.Store(mem, addr + k, z3.Extract(8 * k + 7, 8 * k, value))
    return mem


# ---------------------------------------------------------------------------------------------
# decoding
# ---------------------------------------------------------------------------------------------

_MD = None


def disassembler():
    global _MD
    if _MD is None:
        import capstone
        _MD = capstone.Cs(capstone.CS_ARCH_X86, capstone.CS_MODE_64)
        _MD.detail = True
    return _MD


def decode(code: bytes) -> dict:
    """Byte offset -> capstone instruction. Undecodable bytes raise X86Error."""
    out = {}
    total = 0
    for ins in disassembler().disasm(code, 0):
        out[ins.address] = ins
        total = ins.address + ins.size
    if total != len(code):
        raise X86Error(f"cannot decode x86 bytes at offset {total}: {code[total:total+8].hex()}")
    return out


def disasm_lines(code: bytes, base: int = 0) -> list[str]:
    import capstone
    md = capstone.Cs(capstone.CS_ARCH_X86, capstone.CS_MODE_64)
    md.skipdata = True
    return [f"{i.address:5x}:  {i.bytes.hex():22} {i.mnemonic} {i.op_str}".rstrip()
            for i in md.disasm(code, base)]


# ---------------------------------------------------------------------------------------------
# execution
# ---------------------------------------------------------------------------------------------

class Machine:
    """Symbolic executor over decoded bytes.

    `sym_disp`: {instruction offset: z3 expr} replaces the decoded branch displacement by a
    symbolic one (proofs over all jump offsets). `thunks`: offsets of `jmp rel32` that go to an
    indirect-jump thunk (`__x86_indirect_thunk_<reg>`, retpolines) -> the register jumped through.
    `externals`: offsets of `call rel32` -> symbolic call target (helpers); an unlisted call or
    jmp leaving the code uses the decoded absolute target.
    """

    def __init__(self, code: bytes, *, sym_disp=None, thunks=None, externals=None,
                 sym_imm=None, sym_mdisp=None, max_steps=400, loop_bound=3, stop_at=(),
                 bpf_stack=512, split_stack=False):
        self.code = code
        # split_stack: rsp/rbp-based accesses go to a separate stack array (sound when the code
        # never forms stack addresses in other registers and the objects are not on the stack)
        self.split_stack = split_stack
        self.bpf_stack = bpf_stack          # a helper may write the BPF stack [rbp-bpf_stack, rbp)
        self.stop_at = set(stop_at)         # jump targets that end the run (BPF insn starts)
        self.sym_imm = sym_imm or {}        # offset -> 64-bit expr replacing the immediate
        self.sym_mdisp = sym_mdisp or {}    # offset -> 64-bit expr replacing the mem displacement
        self.insns = decode(code)
        self.sym_disp = sym_disp or {}
        self.thunks = thunks or {}
        self.externals = externals or {}
        self.max_steps = max_steps
        self.loop_bound = loop_bound

    # operand access --------------------------------------------------------------------------
    def reg_read(self, st, name):
        base, w, off = SUBREGS[name]
        v = st.regs[base]
        if w == 64:
            return v
        return z3.Extract(off + w - 1, off, v)

    def reg_write(self, st, name, val):
        base, w, off = SUBREGS[name]
        if w == 64:
            st.regs[base] = val
        elif w == 32:
            st.regs[base] = z3.ZeroExt(32, val)
        else:
            old = st.regs[base]
            parts = []
            if off + w < 64:
                parts.append(z3.Extract(63, off + w, old))
            parts.append(val)
            if off > 0:
                parts.append(z3.Extract(off - 1, 0, old))
            st.regs[base] = z3.Concat(*parts) if len(parts) > 1 else parts[0]

    def addr_of(self, st, ins, op):
        m = op.mem
        md = disassembler()
        a = self.sym_mdisp.get(ins.address, z3.BitVecVal(m.disp & (2 ** 64 - 1), 64))
        via_rsp = False
        if m.base:
            bn = md.reg_name(m.base)
            if bn == "rip":
                a = a + (ins.address + ins.size)
            else:
                a = self.reg_read(st, bn) + a
                via_rsp = bn == "rsp"
        if m.index:
            a = a + self.reg_read(st, md.reg_name(m.index)) * m.scale
        if m.segment:
            raise X86Error(f"segment override in {ins.mnemonic} {ins.op_str}")
        return z3.simplify(a), via_rsp

    def read_op(self, st, ins, op, w=None):
        import capstone.x86 as X
        md = disassembler()
        if op.type == X.X86_OP_REG:
            return self.reg_read(st, md.reg_name(op.reg))
        if op.type == X.X86_OP_IMM:
            w = w or op.size * 8
            if ins.address in self.sym_imm:
                return z3.Extract(w - 1, 0, self.sym_imm[ins.address])
            return z3.BitVecVal(op.imm & ((1 << w) - 1), w)
        if op.type == X.X86_OP_MEM:
            a, via = self.addr_of(st, ins, op)
            if self._is_stack(ins, op):
                v = mem_read(st.smem, a, op.size)
            else:
                v = mem_read(st.mem, a, op.size)
            st.trace.append(Access("load", a, op.size, v, via))
            return v
        raise X86Error(f"operand type {op.type} in {ins.mnemonic}")

    def write_op(self, st, ins, op, val):
        import capstone.x86 as X
        md = disassembler()
        if op.type == X.X86_OP_REG:
            self.reg_write(st, md.reg_name(op.reg), val)
            return
        if op.type == X.X86_OP_MEM:
            a, via = self.addr_of(st, ins, op)
            if self._is_stack(ins, op):
                st.smem = mem_write(st.smem, a, val, op.size)
            else:
                st.mem = mem_write(st.mem, a, val, op.size)
            st.trace.append(Access("store", a, op.size, val, via))
            return
        raise X86Error(f"cannot write operand of {ins.mnemonic}")

    def _is_stack(self, ins, op):
        if not self.split_stack:
            return False
        base = op.mem.base
        return bool(base) and disassembler().reg_name(base) in ("rsp", "rbp")

    def push(self, st, val):
        sp = st.regs["rsp"] - 8
        st.regs["rsp"] = sp
        if self.split_stack:
            st.smem = mem_write(st.smem, sp, val, 8)
        else:
            st.mem = mem_write(st.mem, sp, val, 8)
        st.trace.append(Access("store", sp, 8, val, True))

    def pop(self, st):
        sp = st.regs["rsp"]
        v = mem_read(st.smem if self.split_stack else st.mem, sp, 8)
        st.trace.append(Access("load", sp, 8, v, True))
        st.regs["rsp"] = sp + 8
        return v

    # flags -------------------------------------------------------------------------------------
    @staticmethod
    def flags_logic(st, r):
        w = r.size()
        st.flags.update(cf=z3.BoolVal(False), of=z3.BoolVal(False), zf=r == 0,
                        sf=z3.Extract(w - 1, w - 1, r) == 1)

    @staticmethod
    def flags_sub(st, a, b, r):
        w = r.size()
        st.flags.update(cf=z3.ULT(a, b), zf=r == 0, sf=z3.Extract(w - 1, w - 1, r) == 1,
                        of=z3.And(z3.Extract(w - 1, w - 1, a) != z3.Extract(w - 1, w - 1, b),
                                  z3.Extract(w - 1, w - 1, r) != z3.Extract(w - 1, w - 1, a)))

    @staticmethod
    def flags_add(st, a, b, r):
        w = r.size()
        st.flags.update(cf=z3.ULT(r, a), zf=r == 0, sf=z3.Extract(w - 1, w - 1, r) == 1,
                        of=z3.And(z3.Extract(w - 1, w - 1, a) == z3.Extract(w - 1, w - 1, b),
                                  z3.Extract(w - 1, w - 1, r) != z3.Extract(w - 1, w - 1, a)))

    @staticmethod
    def undef_flags(st):
        st.flags.update(cf=None, zf=None, sf=None, of=None)

    def cc(self, st, mnem):
        f = st.flags

        def need(*names):
            for n in names:
                if f[n] is None:
                    raise X86Error(f"{mnem} reads undefined flag {n}")
            return [f[n] for n in names]

        c = mnem[1:]
        if c in ("e", "z"):
            return need("zf")[0]
        if c in ("ne", "nz"):
            return z3.Not(need("zf")[0])
        if c in ("b", "c", "nae"):
            return need("cf")[0]
        if c in ("ae", "nb", "nc"):
            return z3.Not(need("cf")[0])
        if c in ("a", "nbe"):
            cf, zf = need("cf", "zf")
            return z3.And(z3.Not(cf), z3.Not(zf))
        if c in ("be", "na"):
            cf, zf = need("cf", "zf")
            return z3.Or(cf, zf)
        if c in ("l", "nge"):
            sf, of = need("sf", "of")
            return sf != of
        if c in ("ge", "nl"):
            sf, of = need("sf", "of")
            return sf == of
        if c in ("g", "nle"):
            zf, sf, of = need("zf", "sf", "of")
            return z3.And(z3.Not(zf), sf == of)
        if c in ("le", "ng"):
            zf, sf, of = need("zf", "sf", "of")
            return z3.Or(zf, sf != of)
        if c == "s":
            return need("sf")[0]
        if c == "ns":
            return z3.Not(need("sf")[0])
        raise X86Error(f"condition {mnem}")

    # the run -----------------------------------------------------------------------------------
    def run(self, st: X86State) -> list[X86State]:
        """Execute from st.rip until every path exits; returns the final states."""
        done, work = [], [st]
        while work:
            s = work.pop()
            while s.exit is None and s.fault is None:
                if not 0 <= s.rip < len(self.code):
                    s.exit = ("fallthrough" if s.rip == len(self.code) else "jump", s.rip)
                    break
                if s.rip not in self.insns:
                    raise X86Error(f"jump into the middle of an instruction at {s.rip}")
                s.steps += 1
                if s.steps > self.max_steps:
                    s.fault = "step bound exceeded"
                    break
                ins = self.insns[s.rip]
                forks = self.step(s, ins)
                for f in forks:
                    # a bound on branch depth: the JIT's only loop is the cmpxchg retry loop
                    if len(f.cond) > 2 * self.loop_bound + 8:
                        f.fault = "loop bound exceeded"
                    work.append(f)
            done.append(s)
        return done

    def step(self, st: X86State, ins) -> list:
        """Execute one instruction in place; returns extra forked states."""
        mn = ins.mnemonic
        if mn.startswith("lock "):
            mn = mn[5:]
        handler = HANDLERS.get(mn)
        if handler is None:
            raise X86Error(f"x86 instruction outside the modelled subset: {mn} {ins.op_str}")
        st.rip = ins.address + ins.size
        return handler(self, st, ins, mn, ins.operands) or []

    def _target(self, ins, t):
        if ins.address in self.sym_disp:
            return ("sym", ins.address + ins.size, self.sym_disp[ins.address])
        return t.imm

    def _goto(self, st, tgt):
        if isinstance(tgt, tuple):
            _, end, d = tgt
            st.exit = ("jump", z3.BitVecVal(end, 64) + z3.SignExt(64 - d.size(), d))
            return
        if tgt in self.stop_at:
            st.exit = ("jump", tgt)
        elif 0 <= tgt < len(self.code):
            st.rip = tgt
        else:
            st.exit = ("fallthrough" if tgt == len(self.code) else "jump", tgt)


# ---------------------------------------------------------------------------------------------
# the instruction handlers, one per mnemonic family (Machine.step dispatches on the mnemonic)
# ---------------------------------------------------------------------------------------------

HANDLERS: dict = {}


def handles(*mnemonics):
    """Register a handler `fn(machine, state, ins, mnemonic, operands) -> forks or None`."""
    def deco(fn):
        for m in mnemonics:
            HANDLERS[m] = fn
        return fn
    return deco


@handles("nop", "lfence", "endbr64")
def _nop(m, st, ins, mn, ops):
    """No architectural effect (endbr64: an IBT landing pad, a NOP for the data it computes)."""


@handles("int3")
def _int3(m, st, ins, mn, ops):
    st.fault = "int3"


@handles("mov", "movabs")
def _mov(m, st, ins, mn, ops):
    d, s = ops
    w = d.size * 8
    v = m.read_op(st, ins, s, w)
    if v.size() != w:
        v = z3.SignExt(w - v.size(), v) if v.size() < w else z3.Extract(w - 1, 0, v)
    m.write_op(st, ins, d, v)


@handles("movzx", "movsx", "movsxd")
def _movx(m, st, ins, mn, ops):
    d, s = ops
    v = m.read_op(st, ins, s)
    w = d.size * 8
    v = z3.ZeroExt(w - v.size(), v) if mn == "movzx" else z3.SignExt(w - v.size(), v)
    m.write_op(st, ins, d, v)


_ARITH = {"add": (lambda a, b: a + b, Machine.flags_add),
          "sub": (lambda a, b: a - b, Machine.flags_sub),
          "cmp": (lambda a, b: a - b, Machine.flags_sub),
          "and": (lambda a, b: a & b, None), "test": (lambda a, b: a & b, None),
          "or": (lambda a, b: a | b, None), "xor": (lambda a, b: a ^ b, None)}


@handles(*_ARITH)
def _arith(m, st, ins, mn, ops):
    """Two-operand ALU ops; cmp/test only set flags. A lock prefix on a memory destination is
    an atomic read-modify-write: the same sequential effect."""
    d, s = ops
    w = d.size * 8
    a = m.read_op(st, ins, d)
    b = m.read_op(st, ins, s, w)
    if b.size() < w:
        b = z3.SignExt(w - b.size(), b)
    op, flags = _ARITH[mn]
    r = op(a, b)
    if flags is None:
        Machine.flags_logic(st, r)
    else:
        flags(st, a, b, r)
    if mn not in ("cmp", "test"):
        m.write_op(st, ins, d, r)


@handles("neg")
def _neg(m, st, ins, mn, ops):
    (d,) = ops
    a = m.read_op(st, ins, d)
    r = -a
    Machine.flags_sub(st, z3.BitVecVal(0, a.size()), a, r)
    m.write_op(st, ins, d, r)


@handles("imul")
def _imul(m, st, ins, mn, ops):
    if len(ops) == 2:
        d, s = ops
        a, b = m.read_op(st, ins, d), m.read_op(st, ins, s)
    elif len(ops) == 3:
        d, s, k = ops
        a = m.read_op(st, ins, s)
        b = m.read_op(st, ins, k, d.size * 8)
        if b.size() < a.size():
            b = z3.SignExt(a.size() - b.size(), b)
    else:
        raise X86Error("one-operand imul")
    m.write_op(st, ins, d, a * b)
    Machine.undef_flags(st)


@handles("cqo", "cdq")
def _sign_extend_rax(m, st, ins, mn, ops):
    """rdx:rax (edx:eax) = the sign extension of rax (eax), the dividend of idiv."""
    if mn == "cqo":
        st.regs["rdx"] = z3.Extract(127, 64, z3.SignExt(64, st.regs["rax"]))
    else:
        m.reg_write(st, "edx", z3.Extract(63, 32, z3.SignExt(32, z3.Extract(31, 0, st.regs["rax"]))))


@handles("idiv")
def _idiv(m, st, ins, mn, ops):
    """Signed rdx:rax / src, truncating toward zero; a zero divisor or a quotient that does not
    fit (INT_MIN / -1) raises #DE (a forked faulting state)."""
    (s,) = ops
    w = s.size * 8
    if w not in (32, 64):
        raise X86Error("8/16-bit idiv")
    b = m.read_op(st, ins, s)
    lo = st.regs["rax"] if w == 64 else z3.Extract(31, 0, st.regs["rax"])
    hi = st.regs["rdx"] if w == 64 else z3.Extract(31, 0, st.regs["rdx"])
    if z3.is_true(z3.simplify(hi == z3.Extract(2 * w - 1, w, z3.SignExt(w, lo)))):
        # after cqo/cdq: a w-bit signed division (z3's `/` truncates toward zero, as idiv)
        q, r = lo / b, z3.SRem(lo, b)
        fits = z3.Not(z3.And(lo == 1 << (w - 1), b == -1))
    else:
        wide, bb = z3.Concat(hi, lo), z3.SignExt(w, b)
        q2 = wide / bb
        q, r = z3.Extract(w - 1, 0, q2), z3.Extract(w - 1, 0, z3.SRem(wide, bb))
        fits = z3.SignExt(w, q) == q2
    fork = st.copy()
    fork.fault = "#DE divide error"
    fork.cond.append(z3.Or(b == 0, z3.Not(fits)))
    st.cond += [b != 0, fits]
    m.reg_write(st, {64: "rax", 32: "eax"}[w], q)
    m.reg_write(st, {64: "rdx", 32: "edx"}[w], r)
    Machine.undef_flags(st)
    return [fork]


@handles("div")
def _div(m, st, ins, mn, ops):
    """Unsigned rdx:rax / src; a zero divisor or a quotient that does not fit raises #DE (a
    forked faulting state)."""
    (s,) = ops
    w = s.size * 8
    b = m.read_op(st, ins, s)
    if w == 64:
        lo, hi = st.regs["rax"], st.regs["rdx"]
    elif w == 32:
        lo = z3.Extract(31, 0, st.regs["rax"])
        hi = z3.Extract(31, 0, st.regs["rdx"])
    else:
        raise X86Error("8/16-bit div")
    fork = st.copy()
    fork.fault = "#DE divide error"
    if z3.is_true(z3.simplify(hi == 0)):
        fork.cond.append(b == 0)
        q, r = z3.UDiv(lo, b), z3.URem(lo, b)
        st.cond.append(b != 0)
    else:
        fork.cond.append(z3.Or(b == 0, z3.UGE(hi, b)))
        wide = z3.Concat(hi, lo)
        bb = z3.ZeroExt(w, b)
        q = z3.Extract(w - 1, 0, z3.UDiv(wide, bb))
        r = z3.Extract(w - 1, 0, z3.URem(wide, bb))
        st.cond += [b != 0, z3.ULT(hi, b)]
    m.reg_write(st, {64: "rax", 32: "eax"}[w], q)
    m.reg_write(st, {64: "rdx", 32: "edx"}[w], r)
    Machine.undef_flags(st)
    return [fork]


_SHIFT = {"shl": lambda a, n: a << n, "shr": z3.LShR, "sar": lambda a, n: a >> n,
          "ror": z3.RotateRight, "rol": z3.RotateLeft}


@handles(*_SHIFT)
def _shift(m, st, ins, mn, ops):
    """Count masked to 5/6 bits. Flags are left undefined (the JIT never reads them after a
    shift; a count of 0 would keep them, which the model does not claim)."""
    d = ops[0]
    w = d.size * 8
    a = m.read_op(st, ins, d)
    if len(ops) == 1:
        n = z3.BitVecVal(1, w)
    else:
        n = m.read_op(st, ins, ops[1])
        n = z3.ZeroExt(w - n.size(), n) if n.size() < w else z3.Extract(w - 1, 0, n)
    n = n & (63 if w == 64 else 31)
    m.write_op(st, ins, d, _SHIFT[mn](a, n))
    Machine.undef_flags(st)


_SHIFTX = {"shlx": lambda a, n: a << n, "shrx": z3.LShR, "sarx": lambda a, n: a >> n}


@handles(*_SHIFTX)
def _shiftx(m, st, ins, mn, ops):
    """BMI2 shifts: no flags."""
    d, s, c = ops
    w = d.size * 8
    a = m.read_op(st, ins, s)
    n = m.read_op(st, ins, c) & (63 if w == 64 else 31)
    m.write_op(st, ins, d, _SHIFTX[mn](a, n))


@handles("bswap")
def _bswap(m, st, ins, mn, ops):
    (d,) = ops
    a = m.read_op(st, ins, d)
    parts = [z3.Extract(8 * k + 7, 8 * k, a) for k in range(a.size() // 8)]
    m.write_op(st, ins, d, z3.Concat(*parts))


@handles("xchg")
def _xchg(m, st, ins, mn, ops):
    d, s = ops
    a, b = m.read_op(st, ins, d), m.read_op(st, ins, s)
    m.write_op(st, ins, d, b)
    m.write_op(st, ins, s, a)


@handles("xadd")
def _xadd(m, st, ins, mn, ops):
    d, s = ops
    a, b = m.read_op(st, ins, d), m.read_op(st, ins, s)
    r = a + b
    Machine.flags_add(st, a, b, r)
    m.write_op(st, ins, d, r)
    m.write_op(st, ins, s, a)


@handles("cmpxchg")
def _cmpxchg(m, st, ins, mn, ops):
    """SDM CMPXCHG: the locked write always happens (the old value is written back on
    failure); the accumulator is loaded only on failure, so on success rax keeps its upper
    half even in the 32-bit form."""
    d, s = ops
    w = d.size * 8
    acc = {64: "rax", 32: "eax"}[w]
    a = m.read_op(st, ins, d)
    b = m.read_op(st, ins, s)
    e = m.reg_read(st, acc)
    Machine.flags_sub(st, e, a, e - a)
    eq = e == a
    m.write_op(st, ins, d, z3.If(eq, b, a))
    base = SUBREGS[acc][0]
    st.regs[base] = z3.If(eq, st.regs[base], z3.ZeroExt(64 - w, a) if w < 64 else a)


@handles("push")
def _push(m, st, ins, mn, ops):
    (s,) = ops
    v = m.read_op(st, ins, s, 64)
    if v.size() < 64:
        v = z3.SignExt(64 - v.size(), v)
    m.push(st, v)


@handles("pop")
def _pop(m, st, ins, mn, ops):
    (d,) = ops
    m.write_op(st, ins, d, m.pop(st))


@handles("leave")
def _leave(m, st, ins, mn, ops):
    st.regs["rsp"] = st.regs["rbp"]
    st.regs["rbp"] = m.pop(st)


@handles("ret")
def _ret(m, st, ins, mn, ops):
    st.exit = ("ret", m.pop(st))


@handles("jmp")
def _jmp(m, st, ins, mn, ops):
    """Direct jumps inside the code; a register jump or a retpoline thunk leaves it."""
    import capstone.x86 as X
    (t,) = ops
    if t.type != X.X86_OP_IMM:
        if t.type != X.X86_OP_REG:
            raise X86Error("memory-indirect jmp")
        st.exit = ("indirect", m.reg_read(st, disassembler().reg_name(t.reg)))
    elif ins.address in m.thunks:
        st.exit = ("indirect", m.reg_read(st, m.thunks[ins.address]))
    else:
        m._goto(st, m._target(ins, t))


JCC_MNEMONICS = ("je", "jne", "jb", "jae", "jbe", "ja", "jl", "jge", "jle", "jg", "js", "jns")


@handles(*JCC_MNEMONICS)
def _jcc(m, st, ins, mn, ops):
    """Fork: the taken state carries the condition, this one its negation. A condition the
    simplifier decides takes one side only (e.g. the retry of a cmpxchg loop whose compare
    reads the value the loop just loaded: it cannot fail without another writer)."""
    (t,) = ops
    c = z3.simplify(m.cc(st, mn))
    if z3.is_true(c):
        m._goto(st, m._target(ins, t))
        return []
    if z3.is_false(c):
        return []
    taken = st.copy()
    taken.cond.append(c)
    m._goto(taken, m._target(ins, t))
    st.cond.append(z3.Not(c))
    return [taken]


@handles("call")
def _call(m, st, ins, mn, ops):
    """An external call under the System V ABI: rax := uninterpreted f(target, args),
    caller-saved registers havocked, memory havocked except the JIT's frame slots."""
    import capstone.x86 as X
    (t,) = ops
    if t.type != X.X86_OP_IMM:
        raise X86Error("indirect call")
    tgt = m.externals.get(ins.address, z3.BitVecVal(t.imm & (2 ** 64 - 1), 64))
    args = [st.regs[r] for r in ("rdi", "rsi", "rdx", "rcx", "r8")]
    st.calls.append((tgt, args, st.regs["rax"], st.mem))
    ret = z3.Function("x86_call_ret", z3.BitVecSort(64), *[z3.BitVecSort(64)] * 5,
                      z3.BitVecSort(64))
    memf = z3.Function("x86_call_mem", z3.BitVecSort(64), *[z3.BitVecSort(64)] * 5,
                       z3.ArraySort(z3.BitVecSort(64), z3.BitVecSort(8)),
                       z3.ArraySort(z3.BitVecSort(64), z3.BitVecSort(8)))
    st.regs["rax"] = ret(tgt, *args)
    # the callee may write any memory except the JIT's own frame slots above rsp (saved
    # registers, tail_call_cnt, saved rbp, return address): only the BPF stack
    # [rbp - bpf_stack, rbp) of the current frame is writable through pointer arguments
    rsp, rbp = st.regs["rsp"], st.regs["rbp"]
    old = st.mem
    new = memf(tgt, *args, old)
    frame = z3.simplify(rbp - m.bpf_stack - rsp)
    if z3.is_bv_value(frame) and frame.as_long() <= 256:
        # write the preserved slots back byte by byte (cheaper than a lambda)
        for k in range(frame.as_long()):
            new = z3.Store(new, rsp + k, z3.Select(old, rsp + k))
        for k in range(16):
            new = z3.Store(new, rbp + k, z3.Select(old, rbp + k))
        st.mem = new
    else:
        a = z3.BitVec("a", 64)
        keep = z3.And(z3.UGE(a, rsp),
                      z3.Not(z3.And(z3.UGE(a, rbp - m.bpf_stack), z3.ULT(a, rbp))))
        st.mem = z3.Lambda([a], z3.If(keep, old[a], new[a]))
    for r in CALLER_SAVED[1:]:
        st.regs[r] = fresh(f"clobbered_{r}")
    Machine.undef_flags(st)


def run(code: bytes, st: X86State = None, **kw) -> list[X86State]:
    st = st or initial_state()
    return Machine(code, **kw).run(st)
