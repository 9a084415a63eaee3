"""One statement of kernel/LLVM BPF assembly -> an `Insn` (or a label, or raw bytes).

`grammar/kernel_asm.lark` is the grammar of one statement; `parse_stmt` parses it and builds the
instruction, keeping names it cannot resolve yet (maps, labels, functions, placeholders) as
`Fix`es. Also here: splitting text into statements and stripping comments. The syntax is
documented in grammar/asm.py's docstring."""
from __future__ import annotations


import os
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from lark import Lark, Token, Transformer
from lark.exceptions import (UnexpectedCharacters, UnexpectedEOF, UnexpectedInput,
                             UnexpectedToken, VisitError)

from bpfsmt.spec import insn as I
from bpfsmt.spec.errors import InputError
from bpfsmt.spec.insn import Insn, SourceLoc

GRAMMAR_PATH = os.path.join(os.path.dirname(__file__), "kernel_asm.lark")


@lru_cache(maxsize=1)
def parser() -> Lark:
    """The LALR parser of one statement, built once per process."""
    return Lark.open(GRAMMAR_PATH, parser="lalr", lexer="contextual", start="start",
                     maybe_placeholders=False)


# --- human names for terminals in error messages ---------------------------------------------
_TERM_NAMES = {
    "REG": "a register (r0-r10 or w0-w10)", "NUM": "a number", "SNUM": "a signed number (+N/-N)",
    "NAME": "a name", "PLACEHOLDER": "a %[name] placeholder", "SIZE": "a size (u8/u16/u32/u64)",
    "ALUOP": "an operator (+=, -=, ...)", "CMP": "a comparison (==, !=, <, s>, &, ...)",
    "ENDOP": "be16/le32/bswap64...", "ANNOT": "<annotation>", "HASHNAME": "#name",
    "EQUAL": "'='", "LPAR": "'('", "RPAR": "')'", "STAR": "'*'", "COMMA": "','",
    "LSQB": "'['", "RSQB": "']'", "COLON": "':'", "HASH": "'#'", "PLUS": "'+'", "MINUS": "'-'",
    "$END": "end of instruction",
}


def _describe_expected(expected) -> str:
    names = []
    for t in sorted(expected):
        if t in _TERM_NAMES:
            names.append(_TERM_NAMES[t])
        elif t.isupper() and t.isalpha() and len(t) <= 12 and t not in (
                "FETCHFN", "XCHGFN", "CMPXCHGFN", "PSEUDO"):
            names.append(f"'{t.lower()}'")
    names = sorted(set(names), key=lambda n: (not n.startswith("a"), n))  # words first
    if len(names) > 9:
        names = names[:9] + ["..."]
    return ", ".join(names) if names else "a BPF instruction"


# --- a statement before name resolution -------------------------------------------------------
@dataclass
class Fix:
    """A reference the statement could not resolve on its own (needs labels, functions, maps)."""
    kind: str            # jump | call | ldname | mapname | ph_call | ph_ld
    name: str
    col: int
    value_off: Optional[int] = None   # map value offset (BPF_PSEUDO_MAP_VALUE)


@dataclass
class Stmt:
    labels: list[tuple[str, int]]
    insn: Optional[Insn] = None
    fix: Optional[Fix] = None
    raw8: bool = False        # came from .8byte: may be half of an lddw
    loc: SourceLoc = SourceLoc()


_REG_RE = re.compile(r"[rw]([0-9]+)$")
_ATOMIC_OP = {name: op for op, name in I.ATOMIC_OPS.items()}   # add, and, or, xor


def parse_int(s: str) -> int:
    """A lexer-validated number: optional sign (maybe spaced), decimal or 0x hex."""
    s = s.replace(" ", "").replace("\t", "")
    neg = s.startswith("-")
    s = s.lstrip("+-")
    v = int(s[2:], 16) if s[:2] in ("0x", "0X") else int(s, 10)
    return -v if neg else v


class _Build(Transformer):
    """Parse tree of one statement -> Stmt.  Constants resolve here; names later."""

    def __init__(self, loc: SourceLoc, consts: dict[str, int], hint: Optional[int]):
        super().__init__(visit_tokens=False)
        self.loc = loc
        self.consts = consts
        self.hint = hint
        self.fix: Optional[Fix] = None
        self.raw8 = False

    # --- helpers -------------------------------------------------------------------------------
    def err(self, msg: str, tok=None):
        col = self.loc.column + (tok.column - 1 if isinstance(tok, Token) and tok.column else 0)
        raise InputError(msg, SourceLoc(self.loc.file, self.loc.line, col))

    def col(self, tok) -> int:
        return self.loc.column + (tok.column - 1 if isinstance(tok, Token) and tok.column else 0)

    def reg(self, tok) -> tuple[int, bool]:
        m = _REG_RE.match(str(tok))
        n = int(m.group(1)) if len(m.group(1)) <= 2 else 99
        if n > 10:
            self.err(f"no register {str(tok)[:12]}{'...' if len(str(tok)) > 12 else ''}; expected "
                     f"r0-r10 or w0-w10", tok)
        return n, str(tok)[0] == "w"

    def num(self, tok) -> int:
        return parse_int(str(tok))

    def const(self, tok) -> int:
        name = str(tok)[2:-1]
        if name not in self.consts:
            self.err(f"unknown constant %[{name}]; expected a name declared with .const "
                     f"(maps, helpers and functions are only allowed in call/ld positions)",
                     tok)
        return self.consts[name]

    def imm32(self, v: int, tok, what="immediate") -> int:
        if not -(1 << 31) <= v < (1 << 32):
            self.err(f"{what} {v} does not fit in 32 bits; expected -2147483648..4294967295"
                     + (" (use `... ll` for a 64-bit constant)" if what == "immediate" else ""),
                     tok)
        return I._s32(v)

    def off16(self, v: int, tok) -> int:
        if not -(1 << 15) <= v < (1 << 15):
            self.err(f"offset {v} does not fit in 16 bits; expected -32768..32767", tok)
        return v

    def size(self, tok, allowed=("u8", "u16", "u32", "u64")) -> tuple[int, bool]:
        s = str(tok)
        if s not in allowed:
            self.err(f"size {s} not allowed here; expected one of {', '.join(allowed)}", tok)
        return I.BYTES_SIZE[int(s[1:]) // 8], s[0] == "s"

    # --- statement -----------------------------------------------------------------------------
    def start(self, items):
        labels = []
        insn = None
        for it in items:
            if isinstance(it, tuple) and it and it[0] == "label":
                labels.append((it[1], it[2]))
            else:
                insn = it
        return labels, insn

    def label(self, items):
        return ("label", str(items[0]), self.col(items[0]))

    def mk(self, opcode, dst=0, src=0, off=0, imm=0, imm64_hi=None, target=None):
        return Insn(opcode, dst, src, off, imm, imm64_hi, self.loc, target)

    def exit_insn(self, _):
        return self.mk(I.BPF_JMP | I.BPF_EXIT)

    def tail_call_insn(self, _):
        return self.mk(I.BPF_JMP | I.BPF_TAIL_CALL)

    # --- calls ---------------------------------------------------------------------------------
    def call_insn(self, items):
        return items[0]

    def call_name(self, items):
        self.fix = Fix("call", str(items[0]), self.col(items[0]))
        return self.mk(I.BPF_JMP | I.BPF_CALL)

    def call_name_id(self, items):
        name, tok = str(items[0]), items[1]
        imm = self.imm32(self.num(tok), tok, "helper id")
        return self.mk(I.BPF_JMP | I.BPF_CALL, imm=imm,
                       target=None if name == "unknown" else name)

    def call_kfunc(self, items):
        tok = items[-1]
        return self.mk(I.BPF_JMP | I.BPF_CALL, src=I.BPF_PSEUDO_KFUNC_CALL,
                       imm=self.imm32(self.num(tok), tok, "kfunc btf id"))

    def call_id(self, items):
        tok = items[0]
        return self.mk(I.BPF_JMP | I.BPF_CALL, imm=self.imm32(self.num(tok), tok, "helper id"))

    def call_placeholder(self, items):
        self.fix = Fix("ph_call", str(items[0])[2:-1], self.col(items[0]))
        return self.mk(I.BPF_JMP | I.BPF_CALL)

    def call_pc(self, items):
        tok = items[0]
        return self.mk(I.BPF_JMP | I.BPF_CALL, src=I.BPF_PSEUDO_CALL,
                       imm=self.imm32(self.num(tok), tok, "call offset"))

    call_rel = call_pc

    # --- jumps ---------------------------------------------------------------------------------
    def goto_kw(self, items):
        return str(items[0])

    def jt_off(self, items):
        tok = items[-1]
        return ("off", self.num(tok), tok)

    def jt_label(self, items):
        return ("label", str(items[0]), items[0])

    def _jump_target(self, opcode, jt, **kw):
        kind, v, tok = jt
        wide = opcode == (I.BPF_JMP32 | I.BPF_JA)
        if kind == "label":
            self.fix = Fix("jump", v, self.col(tok))
            return self.mk(opcode, **kw)
        if wide:
            return self.mk(opcode, imm=self.imm32(v, tok, "jump offset"), **kw)
        return self.mk(opcode, off=self.off16(v, tok), **kw)

    def goto_insn(self, items):
        kw, jt = items[0], items[1]
        opcode = I.BPF_JMP32 | I.BPF_JA if kw == "gotol" else I.BPF_JMP | I.BPF_JA
        return self._jump_target(opcode, jt)

    _CMP = {sym: op for op, sym in I.JMP_SYMBOLS.items()}

    def cond_insn(self, items):
        rtok, cmp, operand, jt = items[0], items[1], items[2], items[3]
        dst, w = self.reg(rtok)
        cls = I.BPF_JMP32 if w else I.BPF_JMP
        op = self._CMP[str(cmp)]
        kind, val, tok = operand
        if kind == "reg":
            if val[1] != w:
                self.err("both operands of a comparison must be rN (64-bit) or wN (32-bit)", tok)
            return self._jump_target(cls | op | I.BPF_X, jt, dst=dst, src=val[0])
        return self._jump_target(cls | op | I.BPF_K, jt, dst=dst, imm=self.imm32(val, tok))

    # --- operands ------------------------------------------------------------------------------
    def op_reg(self, items):
        return ("reg", self.reg(items[0]), items[0])

    def op_imm(self, items):
        return ("imm", self.num(items[0]), items[0])

    def op_ph(self, items):
        return ("imm", self.const(items[0]), items[0])

    # --- ALU -----------------------------------------------------------------------------------
    _ALU = {**{I.ALU_SYMBOLS[op]: op for op in I.BINARY_ALU_OPS if op != I.BPF_MOV},
            "s/=": I.BPF_DIV, "s%=": I.BPF_MOD}     # signed div/mod: off = 1

    def alu_insn(self, items):
        rtok, op, operand = items
        dst, w = self.reg(rtok)
        cls = I.BPF_ALU if w else I.BPF_ALU64
        code = self._ALU[str(op)]
        off = 1 if str(op) in ("s/=", "s%=") else 0
        kind, val, tok = operand
        if kind == "reg":
            if val[1] != w:
                self.err(f"{rtok} {op} {tok}: both registers must be rN (64-bit) or wN (32-bit)",
                         tok)
            return self.mk(cls | code | I.BPF_X, dst, val[0], off)
        return self.mk(cls | code | I.BPF_K, dst, 0, off, self.imm32(val, tok))

    def assign_insn(self, items):
        rtok, rhs = items
        dst, w = self.reg(rtok)
        return rhs(dst, w, rtok)

    def mov_reg(self, items):
        stok = items[0]

        def build(dst, w, rtok):
            src, sw = self.reg(stok)
            if sw != w:
                self.err(f"{rtok} = {stok}: both registers must be rN or wN", stok)
            return self.mk((I.BPF_ALU if w else I.BPF_ALU64) | I.BPF_MOV | I.BPF_X, dst, src)
        return build

    def _mov_imm(self, v, tok):
        def build(dst, w, rtok):
            # the verifier log prints lddw without `ll`: its opcode says so, or the value does
            if not w and (self.hint == I.LDDW_OPCODE or
                          (self.hint is None and not -(1 << 31) <= v < (1 << 32))):
                return self._lddw_value(dst, v, tok)
            return self.mk((I.BPF_ALU if w else I.BPF_ALU64) | I.BPF_MOV | I.BPF_K, dst, 0, 0,
                           self.imm32(v, tok))
        return build

    def mov_imm(self, items):
        return self._mov_imm(self.num(items[0]), items[0])

    def mov_ph(self, items):
        return self._mov_imm(self.const(items[0]), items[0])

    def neg(self, items):
        stok = items[0]

        def build(dst, w, rtok):
            src, sw = self.reg(stok)
            if src != dst or sw != w:
                self.err(f"negation is in place: expected `{rtok} = -{rtok}`", stok)
            return self.mk((I.BPF_ALU if w else I.BPF_ALU64) | I.BPF_NEG | I.BPF_K, dst)
        return build

    def movsx(self, items):
        sz, stok = items

        def build(dst, w, rtok):
            allowed = ("s8", "s16") if w else ("s8", "s16", "s32")
            if str(sz) not in allowed:
                self.err(f"sign extension ({sz}) not allowed for {rtok}; expected one of "
                         f"{', '.join('(' + a + ')' for a in allowed)}", sz)
            src, sw = self.reg(stok)
            if sw != w:
                self.err(f"{rtok} = ({sz}){stok}: both registers must be rN or wN", stok)
            return self.mk((I.BPF_ALU if w else I.BPF_ALU64) | I.BPF_MOV | I.BPF_X, dst, src,
                           int(str(sz)[1:]))
        return build

    def endian(self, items):
        optok, stok = items

        def build(dst, w, rtok):
            src, _ = self.reg(stok)
            if src != dst:
                self.err(f"byte swap is in place: expected `{rtok} = {optok} {rtok}`", stok)
            s = str(optok)
            bits = int(s[-2:])
            if s.startswith("bswap"):
                return self.mk(I.BPF_ALU64 | I.BPF_END | I.BPF_TO_LE, dst, imm=bits)
            return self.mk(I.BPF_ALU | I.BPF_END | (I.BPF_TO_BE if s.startswith("be")
                                                   else I.BPF_TO_LE), dst, imm=bits)
        return build

    # --- memory --------------------------------------------------------------------------------
    def mem(self, items):
        base, _ = self.reg(items[0])
        off = items[1] if len(items) > 1 else (0, items[0])
        return base, self.off16(off[0], off[1]), items[0]

    def off_num(self, items):
        return self.num(items[0]), items[0]

    def off_ph(self, items):
        return self.const(items[0]), items[0]

    def off_neg_ph(self, items):
        return -self.const(items[0]), items[0]

    def load(self, items):
        sz, (base, off, _) = items

        def build(dst, w, rtok):
            size, signed = self.size(sz, ("u8", "u16", "u32", "u64", "s8", "s16", "s32"))
            mode = I.BPF_MEMSX if signed else I.BPF_MEM
            if self.hint is not None and self.hint & 0x07 == I.BPF_LDX and \
                    self.hint & 0xE0 not in (I.BPF_MEM, I.BPF_MEMSX) and \
                    self.hint & 0x18 == size:
                mode = self.hint & 0xE0        # xlated PROBE_MEM and friends keep their mode
            return self.mk(I.BPF_LDX | mode | size, dst, base, off)
        return build

    def ld_abs(self, items):
        sz, addr = items

        def build(dst, w, rtok):
            if dst != 0:
                self.err(f"legacy packet loads always write r0; found {rtok}", rtok)
            size, _ = self.size(sz, ("u8", "u16", "u32"))
            kind, src, imm, tok = addr
            mode = I.BPF_IND if kind == "ind" else I.BPF_ABS
            return self.mk(I.BPF_LD | mode | size, 0, src, 0, self.imm32(imm, tok, "offset"))
        return build

    def skb_abs(self, items):
        return ("abs", 0, self.num(items[0]), items[0])

    def skb_ind(self, items):
        src, _ = self.reg(items[0])
        return ("ind", src, self.num(items[1]) if len(items) > 1 else 0, items[-1])

    def skb_ind_ph(self, items):
        src, _ = self.reg(items[0])
        return ("ind", src, self.const(items[1]), items[1])

    def st_insn(self, items):
        sz, (base, off, _), operand = items
        size, _ = self.size(sz)
        kind, val, tok = operand
        if kind == "reg":
            return self.mk(I.BPF_STX | I.BPF_MEM | size, base, val[0], off)
        return self.mk(I.BPF_ST | I.BPF_MEM | size, base, 0, off, self.imm32(val, tok))

    _LOCK = {I.ALU_SYMBOLS[op]: op for op in I.ATOMIC_OPS}

    def _atomic_size(self, sz):
        size, _ = self.size(sz, ("u32", "u64"))
        return size

    def lock_insn(self, items):
        sz, (base, off, _), op, stok = items
        if str(op) not in self._LOCK:
            self.err(f"atomic operation {op} not supported; expected +=, |=, &= or ^=", op)
        src, _ = self.reg(stok)
        return self.mk(I.BPF_STX | I.BPF_ATOMIC | self._atomic_size(sz), base, src, off,
                       self._LOCK[str(op)])

    def raw_atomic_insn(self, items):
        ntok, sz, (base, off, _), stok = items
        imm = self.num(ntok)
        if imm not in I.VALID_ATOMIC_IMMS:
            self.err(f"unknown atomic operation {imm:#x}", ntok)
        src, _ = self.reg(stok)
        return self.mk(I.BPF_STX | I.BPF_ATOMIC | self._atomic_size(sz), base, src, off, imm)

    def _check_fn_size(self, fn, size, tok):
        s = str(fn)
        if s.startswith("atomic64") and size != I.BPF_DW:
            self.err(f"{s} works on u64; found a u32 operand", tok)

    def _fetching(self, items, what: str, imm_of):
        """`rN = fn(ptr, rN)`: the old value comes back in the source register."""
        fn, sz, (base, off, _), stok = items

        def build(dst, w, rtok):
            size = self._atomic_size(sz)
            self._check_fn_size(fn, size, sz)
            src, _ = self.reg(stok)
            if src != dst:
                self.err(f"{what or fn} returns the old value in its source register: expected "
                         f"`{stok} = {fn}(..., {stok})`", rtok)
            return self.mk(I.BPF_STX | I.BPF_ATOMIC | size, base, src, off, imm_of(str(fn)))
        return build

    def atomic_fetch(self, items):
        return self._fetching(items, "", lambda fn: _ATOMIC_OP[fn.rsplit("_", 1)[1]] | I.BPF_FETCH)

    def atomic_xchg(self, items):
        return self._fetching(items, "xchg", lambda fn: I.BPF_XCHG)

    def _cmpxchg(self, size, base, off, dst, rtok, old, new):
        if dst != 0 or self.reg(old)[0] != 0:
            self.err("cmpxchg compares with and returns in r0: expected "
                     "`r0 = cmpxchg(..., r0, rN)`", rtok)
        src, _ = self.reg(new)
        return self.mk(I.BPF_STX | I.BPF_ATOMIC | size, base, src, off, I.BPF_CMPXCHG)

    def atomic_cmpxchg(self, items):
        fn, sz, (base, off, _), old, new = items

        def build(dst, w, rtok):
            size = self._atomic_size(sz)
            self._check_fn_size(fn, size, sz)
            return self._cmpxchg(size, base, off, dst, rtok, old, new)
        return build

    def _llvm_size(self, fn):
        return I.BPF_DW if str(fn).endswith("_64") else I.BPF_W

    def llvm_xchg(self, items):
        fn, btok = items[0], items[1]
        off = items[2] if len(items) == 4 else (0, btok)
        stok = items[-1]

        def build(dst, w, rtok):
            base, _ = self.reg(btok)
            src, _ = self.reg(stok)
            if src != dst:
                self.err(f"xchg returns the old value in its source register: expected "
                         f"`{stok} = {fn}(..., {stok})`", rtok)
            return self.mk(I.BPF_STX | I.BPF_ATOMIC | self._llvm_size(fn), base, src,
                           self.off16(off[0], off[1]), I.BPF_XCHG)
        return build

    def llvm_cmpxchg(self, items):
        fn, btok = items[0], items[1]
        off = items[2] if len(items) == 5 else (0, btok)
        old, new = items[-2], items[-1]

        def build(dst, w, rtok):
            base, _ = self.reg(btok)
            return self._cmpxchg(self._llvm_size(fn), base, self.off16(off[0], off[1]), dst,
                                 rtok, old, new)
        return build

    # --- lddw ----------------------------------------------------------------------------------
    def _lddw_value(self, dst, v, tok, src=0):
        if not -(1 << 63) <= v < (1 << 64):
            self.err(f"constant {v} does not fit in 64 bits", tok)
        v &= (1 << 64) - 1
        return self.mk(I.LDDW_OPCODE, dst, src, 0, I._s32(v & 0xFFFFFFFF), I._s32(v >> 32))

    def _wide(self, fn):
        def build(dst, w, rtok):
            if w:
                self.err(f"64-bit loads need an rN destination; found {rtok}", rtok)
            return fn(dst)
        return build

    def lddw_imm(self, items):
        tok = items[0]
        return self._wide(lambda dst: self._lddw_value(dst, self.num(tok), tok))

    def lddw_name(self, items):
        tok = items[0]
        self.fix = Fix("ldname", str(tok), self.col(tok))
        return self._wide(lambda dst: self.mk(I.LDDW_OPCODE, dst, imm64_hi=0))

    def lddw_ph(self, items):
        tok = items[0]
        self.fix = Fix("ph_ld", str(tok)[2:-1], self.col(tok))
        return self._wide(lambda dst: self.mk(I.LDDW_OPCODE, dst, imm64_hi=0))

    def map_by_name(self, items):
        return ("name", str(items[0]), items[0])

    def map_by_ph(self, items):
        return ("name", str(items[0])[2:-1], items[0])

    def map_by_id(self, items):
        return ("id", self.num(items[0]), items[0])

    def map_by_idx(self, items):
        return ("idx", self.num(items[0]), items[0])

    def map_value(self, items):
        return self.num(items[-1]), items[-1]

    def lddw_map(self, items):
        kind, v, tok = items[0]
        value = items[1] if len(items) > 1 else None

        def build(dst):
            hi = 0
            if value is not None:
                hi = self.imm32(value[0], value[1], "map value offset")
            if kind == "name":
                self.fix = Fix("mapname", v, self.col(tok), value_off=hi if value else None)
                return self.mk(I.LDDW_OPCODE, dst, imm64_hi=0)
            if kind == "idx":
                src = I.BPF_PSEUDO_MAP_IDX_VALUE if value else I.BPF_PSEUDO_MAP_IDX
            else:
                src = I.BPF_PSEUDO_MAP_VALUE if value else I.BPF_PSEUDO_MAP_FD
            return self.mk(I.LDDW_OPCODE, dst, src, 0, self.imm32(v, tok, "map id"), hi)
        return self._wide(build)

    def lddw_subprog(self, items):
        tok = items[0]
        return self._wide(lambda dst: self.mk(I.LDDW_OPCODE, dst, I.BPF_PSEUDO_FUNC, 0,
                                              self.imm32(self.num(tok), tok, "offset"), 0))

    _PSEUDO = {"map_fd/id": I.BPF_PSEUDO_MAP_FD, "map_value": I.BPF_PSEUDO_MAP_VALUE,
               "btf_id": I.BPF_PSEUDO_BTF_ID, "func": I.BPF_PSEUDO_FUNC,
               "map_idx": I.BPF_PSEUDO_MAP_IDX, "map_idx_value": I.BPF_PSEUDO_MAP_IDX_VALUE}

    def lddw_pseudo(self, items):
        ptok, ntok = items[0], items[1]
        hi = items[2] if len(items) > 2 else None
        return self._wide(lambda dst: self.mk(
            I.LDDW_OPCODE, dst, self._PSEUDO[str(ptok)], 0, self.imm32(self.num(ntok), ntok, "id"),
            self.imm32(self.num(hi), hi, "offset") if hi is not None else 0))

    # --- raw words -----------------------------------------------------------------------------
    def byte8(self, items):
        tok = items[0]
        v = self.const(tok) if tok.type == "PLACEHOLDER" else self.num(tok)
        if not -(1 << 63) <= v < (1 << 64):
            self.err(f".8byte value {v} does not fit in 64 bits", tok)
        word = (v & ((1 << 64) - 1)).to_bytes(8, "little")
        self.raw8 = True
        d = I.decode(word + (b"\0" * 8 if word[0] == I.LDDW_OPCODE else b""))[0]
        return self.mk(d.opcode, d.dst, d.src, d.off, d.imm, d.imm64_hi)


def parse_stmt(text: str, loc: SourceLoc, consts: Optional[dict[str, int]] = None,
               hint: Optional[int] = None) -> Stmt:
    """Parse one statement (labels + at most one instruction).  `loc` is where `text` starts;
    `hint` is the opcode a listing printed next to the text (verifier log `(18)`)."""
    b = _Build(loc, consts or {}, hint)
    try:
        tree = _parse_tree(text)
    except UnexpectedInput as e:
        raise _lark_error(e, text, loc) from None
    try:
        labels, insn = b.transform(tree)
    except VisitError as e:      # the builder's own exception (InputError, MemoryError, a bug)
        raise e.orig_exc from None
    if callable(insn):  # assignment builders need the destination first
        raise AssertionError("unbuilt assignment")
    return Stmt(labels, insn, b.fix, b.raw8, loc)


@lru_cache(maxsize=8192)
def _parse_tree(text: str):
    """Trees are only read afterwards, so equal statements (common) share one parse."""
    return parser().parse(text)


def _lark_error(e: UnexpectedInput, text: str, loc: SourceLoc) -> InputError:
    col = loc.column + max(getattr(e, "column", 1) or 1, 1) - 1
    where = SourceLoc(loc.file, loc.line, col)
    if isinstance(e, UnexpectedToken):
        tok = e.token
        hist = getattr(e, "token_history", None) or []
        if set(e.expected) == {"COLON"} and hist and hist[-1].type == "NAME":
            name = hist[-1]
            return InputError(f"unknown instruction {str(name)!r}; expected a BPF instruction in "
                              f"kernel syntax (e.g. `r0 = 1`, `call bpf_map_lookup_elem`, "
                              f"`exit`) or a label `{name}:`",
                              SourceLoc(loc.file, loc.line, loc.column + name.column - 1))
        expected = set(e.expected)
        try:                              # LALR merges states: ask the parser what really fits
            expected = set(e.interactive_parser.accepts()) or expected
        except Exception:  # noqa: BLE001 - best effort, e.expected is still right
            pass
        if tok.type == "$END":
            found = "end of instruction"
            where = SourceLoc(loc.file, loc.line, loc.column + len(text.rstrip()))
        else:
            found = repr(str(tok))
        if "$END" in expected and tok.type != "$END":
            return InputError(f"unexpected {found} after a complete instruction; expected `;` "
                              f"or a newline before the next one", where)
        if tok.type == "LPAR" and hist and hist[-1].type == "NAME":
            name = hist[-1]
            return InputError(f"unknown operation {str(name)!r}; expected atomic_fetch_add/and/or/"
                              f"xor, atomic_xchg, atomic_cmpxchg (atomic64_* too), xchg_64, "
                              f"xchg32_32, cmpxchg_64 or cmpxchg32_32",
                              SourceLoc(loc.file, loc.line, loc.column + name.column - 1))
        return InputError(f"unexpected {found}; expected {_describe_expected(expected)}", where)
    if isinstance(e, UnexpectedCharacters):
        ch = text[e.pos_in_stream] if e.pos_in_stream < len(text) else ""
        exp = _describe_expected(e.allowed or set())
        return InputError(f"unexpected character {ch!r}; expected {exp}", where)
    if isinstance(e, UnexpectedEOF):
        return InputError(f"unexpected end of instruction; expected "
                          f"{_describe_expected(e.expected)}",
                          SourceLoc(loc.file, loc.line, loc.column + len(text.rstrip())))
    return InputError(f"syntax error: {e}", where)


# --- splitting text into statements -----------------------------------------------------------
_BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.S)


def strip_block_comments(text: str, file: str) -> str:
    """Blank out /* ... */ keeping line/column positions; unterminated -> InputError."""
    def blank(m):
        return re.sub(r"[^\n]", " ", m.group(0))
    out = _BLOCK_COMMENT.sub(blank, text)
    i = out.find("/*")
    if i >= 0:
        line = out.count("\n", 0, i) + 1
        col = i - (out.rfind("\n", 0, i) + 1) + 1
        raise InputError("unterminated /* comment; expected */", SourceLoc(file, line, col))
    return out


def strip_line_comment(line: str) -> str:
    """Drop `// ...` and `# ...` (a `#` at line start or after blank; `call f#1` keeps it)."""
    i = line.find("//")
    if i >= 0:
        line = line[:i]
    for m in re.finditer(r"(^|[ \t])#", line):
        return line[:m.start(0) + len(m.group(1))]
    return line


def split_statements(line: str) -> list[tuple[int, str]]:
    """`;`-separated statements of one line with their 1-based start columns."""
    out, col = [], 1
    for part in line.split(";"):
        stripped = part.lstrip(" \t\"")
        if stripped.strip(" \t\"\r"):
            out.append((col + len(part) - len(stripped), stripped.rstrip()))
        col += len(part) + 1
    return out
