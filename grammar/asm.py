"""Kernel/LLVM BPF assembly and the bpfsmt program file format (`*.bpf.s`).

The instruction syntax is the one kernel developers read every day: the selftests' inline asm
(`r1 = %[vals] ll`, `call %[bpf_map_lookup_elem]`, `if r0 == 0 goto l0_%=`), what LLVM prints,
and what the 6.1 verifier log and `bpftool prog dump xlated` print (`call bpf_map_lookup_elem#1`,
`if r0 == 0x0 goto pc+7`).  `grammar/kernel_asm.lark` holds the grammar of one statement; this
module splits text into statements, adds the file directives and resolves names.

File format
===========
A file is kernel asm plus a few directives; `#` (at line start or after blank), `//` and
`/* ... */` are comments; `;` and newlines separate instructions, so a selftest asm body can be
pasted as is (double quotes are ignored inside instruction text)::

    # maps: name, then key=value fields; flags by name, joined with |
    .map vals    type=array key_size=4 value_size=8 max_entries=4 flags=BPF_F_INNER_MAP
    .map locked  type=hash key_size=4 value_size=16 max_entries=8 btf spin_lock=4 timer=-
    .map outer   type=array_of_maps key_size=4 max_entries=2 inner=vals slots=0:vals
    .map jmp_table type=prog_array max_entries=4 slots=0:target
    .map tmpl    type=array value_size=8 template        # inner-map template only
    .elem vals key=1 value=42                             # initial contents (int or hex:...)
    .const SKB_LEN 0                                      # for %[SKB_LEN] placeholders
    .license GPL

    .program main section=tc                              # type etc. follow from the section
    main:                                                 # optional: the function's own name
        r1 = 0
        *(u32 *)(r10 - 4) = r1
        r2 = r10
        r2 += -4
        r1 = %[vals] ll              # also `r1 = vals ll` and `r1 = map[vals] ll`
        call bpf_map_lookup_elem     # also `call %[bpf_map_lookup_elem]`, `call 1`
        if r0 == 0 goto out
        r0 = *(u64 *)(r0 + 0)
        call helper_fn               # a function of this program: a bpf2bpf (pseudo) call
    out:
        r0 = 0
        exit
    .func helper_fn                  # a bpf2bpf subprogram; `.func name global` for global
        r2 = helper_cb ll            # a function address: BPF_PSEUDO_FUNC (callback)
        exit
    .program target section=tc
        r0 = 1; exit

Directive fields
----------------
`.map NAME` fields: `type=` (spec.maps.MAP_TYPE_NAMES), `key_size=`, `value_size=`,
`max_entries=`, `flags=A|B|0x10` (BPF_F_* names), `btf` (the map has BTF), `spin_lock=OFF`,
`timer=OFF` (value layout; `-` = no such field, `E2BIG`/`EINVAL` for the kernel's error values;
either implies `btf`), `field=name:off:size[:type]` (more value members), `inner=MAP` (inner-map
template of a map-in-map), `slots=I:NAME,...` (prog_array: program names; map-in-map: map
names), `section=.data` and `data=hex:...` (global data), `bypass_spec_v1=0|1`, `template`
(declared only as an `inner=` template, not created).
`.elem MAP key=K value=V`: K/V are integers (little-endian, the map's key/value size) or
`hex:0102...`.  `.program NAME` fields: `section=` (default `socket`; program type, expected
attach type and sleepable follow libbpf 1.1, see spec/progtypes.py), `type=`, `attach=`,
`target=`, `flags=BPF_F_SLEEPABLE|...`, `sleepable`, `license=`.
`.func NAME [global]` starts a subprogram.  Labels are local to their function.
`.8byte VALUE` emits one raw slot (`%[name]` allowed, as in the selftests' `__imm_insn`).

Map references: `%[m] ll`, `m ll`, `map[m]` (BPF_PSEUDO_MAP_FD, imm = index of m in the file's
maps), `map[m][0]+8` (BPF_PSEUDO_MAP_VALUE, offset 8).  Raw kernel forms (`map[id:5]`,
`map_fd/id 5 ll`, `map_value 5 off 8 ll`, `subprog[+3]`, `func 3 ll`) keep their numbers.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from lark import Lark, Token, Transformer
from lark.exceptions import (UnexpectedCharacters, UnexpectedEOF, UnexpectedInput,
                             UnexpectedToken, VisitError)

from bpfsmt.spec import insn as I
from bpfsmt.spec.errors import InputError
from bpfsmt.spec.helper_ids import HELPER_IDS, HELPER_NAMES
from bpfsmt.spec.insn import Insn, SourceLoc
from bpfsmt.spec.maps import MAP_IN_MAP_TYPES, MAP_TYPE_NAMES, MAPS_61
from bpfsmt.spec.program import (FIELD_E2BIG, FIELD_EINVAL, FIELD_ENOENT, FIELD_NO_BTF,
                                 MAP_FLAG_NAMES, PROG_FLAG_NAMES, BPF_F_SLEEPABLE,
                                 Function, Map, Program, ProgramFile, ValueField)

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
        n = int(m.group(1))
        if n > 10:
            self.err(f"no register {tok}; expected r0-r10 or w0-w10", tok)
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

    def atomic_fetch(self, items):
        fn, sz, (base, off, _), stok = items

        def build(dst, w, rtok):
            size = self._atomic_size(sz)
            self._check_fn_size(fn, size, sz)
            src, _ = self.reg(stok)
            if src != dst:
                self.err(f"{fn} returns the old value in its source register: expected "
                         f"`{stok} = {fn}(..., {stok})`", rtok)
            op = {"add": I.BPF_ADD, "and": I.BPF_AND, "or": I.BPF_OR,
                  "xor": I.BPF_XOR}[str(fn).rsplit("_", 1)[1]]
            return self.mk(I.BPF_STX | I.BPF_ATOMIC | size, base, src, off, op | I.BPF_FETCH)
        return build

    def atomic_xchg(self, items):
        fn, sz, (base, off, _), stok = items

        def build(dst, w, rtok):
            size = self._atomic_size(sz)
            self._check_fn_size(fn, size, sz)
            src, _ = self.reg(stok)
            if src != dst:
                self.err(f"xchg returns the old value in its source register: expected "
                         f"`{stok} = {fn}(..., {stok})`", rtok)
            return self.mk(I.BPF_STX | I.BPF_ATOMIC | size, base, src, off, I.BPF_XCHG)
        return build

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
    except VisitError as e:
        if isinstance(e.orig_exc, InputError):
            raise e.orig_exc from None
        raise
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


# --- resolution context -----------------------------------------------------------------------
def helper_id(name: str) -> Optional[int]:
    """`bpf_map_lookup_elem` or `map_lookup_elem` -> 1; unknown -> None."""
    if name in HELPER_IDS and name != "bpf_unspec":
        return HELPER_IDS[name]
    if "bpf_" + name in HELPER_IDS and name != "unspec":
        return HELPER_IDS["bpf_" + name]
    return None


def _close(word: str, names) -> str:
    import difflib
    m = difflib.get_close_matches(word, list(names), n=1)
    return f" (did you mean {m[0]}?)" if m else ""


@dataclass
class _Func:
    name: str
    start_index: int          # index into the statement list of the program
    is_global: bool
    loc: SourceLoc
    labels: dict[str, tuple[int, SourceLoc]] = field(default_factory=dict)


@dataclass
class _ProgBuild:
    name: str
    loc: SourceLoc
    opts: dict
    stmts: list[Stmt] = field(default_factory=list)
    funcs: list[_Func] = field(default_factory=list)


def parse_insns(text: str, file: str = "<string>", *, maps=None, functions=None,
                consts: Optional[dict[str, int]] = None, line: int = 1
                ) -> tuple[list[Insn], dict[str, int]]:
    """Instructions of `text` (kernel/LLVM syntax, `;` or newline separated) as one function.

    `maps` (names, or a dict/list of Map) resolve `%[m]`/`m ll`; `functions` maps function
    name -> slot for pseudo calls; labels resolve locally.  Returns (insns, labels -> slot)."""
    map_names = list(maps.keys()) if isinstance(maps, dict) else \
        [m.name if isinstance(m, Map) else m for m in (maps or [])]
    stmts = _statements(text, file, consts or {}, line)
    pb = _ProgBuild("main", SourceLoc(file, line, 1), {}, stmts,
                    [_Func("main", 0, False, SourceLoc(file, line, 1))])
    _prepare(pb)
    insns = _resolve(pb, map_names, consts or {}, extra_funcs=functions or {})
    labels = {}
    idx_slot = _stmt_slots(pb.stmts)
    for f in pb.funcs:
        for name, (si, _) in f.labels.items():
            labels[name] = idx_slot[si]
    return insns, labels


def _statements(text: str, file: str, consts, first_line: int = 1) -> list[Stmt]:
    text = strip_block_comments(text, file)
    out = []
    for ln, raw in enumerate(text.split("\n"), first_line):
        for col, st in split_statements(strip_line_comment(raw)):
            out.append(parse_stmt(st, SourceLoc(file, ln, col), consts))
    return out


def _stmt_slots(stmts: list[Stmt]) -> list[int]:
    """Slot at which each statement's instruction (or the next one, for label-only) sits."""
    out, pc = [], 0
    for s in stmts:
        out.append(pc)
        if s.insn is not None:
            pc += s.insn.slots if not s.raw8 else 1
    out.append(pc)
    return out


def _collect_labels(pb: _ProgBuild):
    """Assign labels to functions (a function owns statements from its start to the next)."""
    fi = 0
    starts = [f.start_index for f in pb.funcs] + [len(pb.stmts) + 1]
    for si, s in enumerate(pb.stmts):
        while fi + 1 < len(pb.funcs) and si >= starts[fi + 1]:
            fi += 1
        f = pb.funcs[fi]
        for name, col in s.labels:
            loc = SourceLoc(s.loc.file, s.loc.line, col)
            if name == f.name and not f.labels and si == f.start_index and \
                    all(x.insn is None for x in pb.stmts[f.start_index:si]):
                continue  # `main:` at the top of function main names the function itself
            if name in f.labels:
                first = f.labels[name][1]
                raise InputError(f"duplicate label '{name}' in function {f.name}; first "
                                 f"defined at {first.line}:{first.column}", loc)
            f.labels[name] = (si, loc)


def _merge_raw8(stmts: list[Stmt]) -> list[Stmt]:
    """Two `.8byte` words whose first is an lddw opcode form one 16-byte instruction."""
    out, i = [], 0
    while i < len(stmts):
        s = stmts[i]
        if s.raw8 and s.insn is not None and s.insn.opcode == I.LDDW_OPCODE:
            j = i + 1
            while j < len(stmts) and stmts[j].insn is None:
                if stmts[j].labels:
                    break
                j += 1
            nxt = stmts[j] if j < len(stmts) else None
            if nxt is None or not nxt.raw8 or nxt.insn is None or nxt.labels:
                raise InputError("an lddw written with .8byte needs its second slot as the next "
                                 ".8byte; found " + ("end of function" if nxt is None else
                                                     "another instruction"), s.loc)
            hi = nxt.insn.encode()
            word2 = int.from_bytes(hi[:8], "little")
            merged = I.decode(s.insn.encode()[:8] + word2.to_bytes(8, "little"))[0]
            out.append(Stmt(s.labels, merged.with_(loc=s.insn.loc), None, False, s.loc))
            out.extend(stmts[i + 1:j])
            i = j + 1
            continue
        out.append(s if not s.raw8 else Stmt(s.labels, s.insn, s.fix, False, s.loc))
        i += 1
    return out


def _prepare(pb: _ProgBuild):
    """Merge `.8byte` lddw halves (per function) and collect each function's labels."""
    starts = [f.start_index for f in pb.funcs] + [len(pb.stmts)]
    new_stmts = []
    for f, a, b in zip(pb.funcs, starts, starts[1:]):
        f.start_index = len(new_stmts)
        f.labels.clear()
        new_stmts.extend(_merge_raw8(pb.stmts[a:b]))
    pb.stmts = new_stmts
    _collect_labels(pb)


def _resolve(pb: _ProgBuild, map_names: list[str], consts, extra_funcs=None,
             strict_range: bool = True) -> list[Insn]:
    """Turn statements into the flat slot-numbered instruction array of one program."""
    stmts = pb.stmts
    slot_of = _stmt_slots(stmts)
    nslots = slot_of[-1]
    func_slot = {f.name: slot_of[f.start_index] for f in pb.funcs}
    for name, slot in (extra_funcs or {}).items():
        func_slot.setdefault(name, slot)
    func_of_stmt = []
    fi = 0
    for si in range(len(stmts)):
        while fi + 1 < len(pb.funcs) and si >= pb.funcs[fi + 1].start_index:
            fi += 1
        func_of_stmt.append(pb.funcs[fi])
    out: list[Insn] = []
    for si, s in enumerate(stmts):
        if s.insn is None:
            continue
        insn = s.insn
        slot = slot_of[si]
        fx = s.fix
        f = func_of_stmt[si]
        loc = insn.loc
        if fx is not None:
            floc = SourceLoc(loc.file, loc.line, fx.col)
            insn = _apply_fix(insn, fx, floc, slot, f, pb, map_names, func_slot, slot_of, consts)
        # range checks for numeric jumps and calls
        if insn.is_jmp and (insn.is_cond_jmp or insn.is_ja) and strict_range:
            tgt = slot + 1 + insn.jump_offset()
            if not 0 <= tgt < nslots:
                raise InputError(f"jump out of range: the target slot {tgt} (from slot {slot}, "
                                 f"offset {insn.jump_offset():+d}) is outside the program; "
                                 f"expected a slot in 0..{nslots - 1}", loc)
        if insn.is_pseudo_call and strict_range:
            tgt = slot + 1 + insn.imm
            if not 0 <= tgt < nslots:
                raise InputError(f"call out of range: the target slot {tgt} (from slot {slot}) "
                                 f"is outside the program; expected 0..{nslots - 1}", loc)
        out.append(insn)
    return out


def _apply_fix(insn: Insn, fx: Fix, floc: SourceLoc, slot: int, f: _Func, pb: _ProgBuild,
               map_names, func_slot, slot_of, consts) -> Insn:
    if fx.kind == "jump":
        if fx.name in f.labels:
            tgt = slot_of[f.labels[fx.name][0]]
        else:
            other = [g.name for g in pb.funcs if fx.name in g.labels]
            if other:
                raise InputError(f"label '{fx.name}' belongs to function {other[0]}; labels are "
                                 f"local to their function ({f.name})", floc)
            if fx.name in func_slot:
                raise InputError(f"'{fx.name}' is a function, not a label; expected a label of "
                                 f"function {f.name} (use `call {fx.name}` to call it)", floc)
            known = ", ".join(sorted(f.labels)) or "none"
            raise InputError(f"unresolved label '{fx.name}'{_close(fx.name, f.labels)}; "
                             f"expected a label of function {f.name} (defined: {known})", floc)
        off = tgt - slot - 1
        if insn.opcode == (I.BPF_JMP32 | I.BPF_JA):
            return insn.with_(imm=off, target=fx.name)
        if not -(1 << 15) <= off < (1 << 15):
            raise InputError(f"jump to '{fx.name}' spans {off} slots; a 16-bit offset holds "
                             f"-32768..32767 (use gotol)", floc)
        return insn.with_(off=off, target=fx.name)
    if fx.kind in ("call", "ph_call"):
        name = fx.name
        if fx.kind == "call" and name in func_slot:
            return insn.with_(src=I.BPF_PSEUDO_CALL, imm=func_slot[name] - slot - 1, target=name)
        hid = helper_id(name)
        if hid is not None:
            return insn.with_(src=0, imm=hid, target=HELPER_NAMES[hid] and "bpf_" +
                              HELPER_NAMES[hid])
        if name in func_slot:
            return insn.with_(src=I.BPF_PSEUDO_CALL, imm=func_slot[name] - slot - 1, target=name)
        if fx.kind == "ph_call" and name in consts:
            return insn.with_(src=0, imm=I._s32(consts[name]))
        cands = [n for n in HELPER_IDS] + list(func_slot)
        raise InputError(f"unknown helper or function '{name}'{_close(name, cands)}; expected "
                         f"a bpf_* helper name (spec/helper_ids.py) or a function of this program"
                         f" ({', '.join(func_slot) or 'none'})", floc)
    if fx.kind in ("ldname", "ph_ld", "mapname"):
        name = fx.name
        if name in map_names:
            idx = map_names.index(name)
            if fx.value_off is not None:
                return insn.with_(src=I.BPF_PSEUDO_MAP_VALUE, imm=idx, imm64_hi=fx.value_off,
                                  target=name)
            return insn.with_(src=I.BPF_PSEUDO_MAP_FD, imm=idx, imm64_hi=0, target=name)
        if fx.kind != "mapname" and name in func_slot:
            return insn.with_(src=I.BPF_PSEUDO_FUNC, imm=func_slot[name] - slot - 1, imm64_hi=0,
                              target=name)
        if fx.kind == "ph_ld" and name in consts:
            v = consts[name] & ((1 << 64) - 1)
            return insn.with_(src=0, imm=I._s32(v & 0xFFFFFFFF), imm64_hi=I._s32(v >> 32))
        what = "map" if fx.kind == "mapname" else "map or function"
        raise InputError(f"unknown {what} '{name}'{_close(name, list(map_names) + list(func_slot))}"
                         f"; expected a map declared with .map ({', '.join(map_names) or 'none'})"
                         + ("" if fx.kind == "mapname" else
                            f" or a function of this program ({', '.join(func_slot)})"), floc)
    raise AssertionError(fx.kind)


# --- the file format --------------------------------------------------------------------------
DIRECTIVES = (".map", ".program", ".func", ".const", ".elem", ".license")

_MAP_KEYS = {"type", "key_size", "value_size", "max_entries", "flags", "btf", "spin_lock",
             "timer", "inner", "slots", "section", "data", "bypass_spec_v1", "template", "field"}
_PROG_KEYS = {"section", "type", "attach", "target", "flags", "sleepable", "license"}


def _words(text: str, col0: int) -> list[tuple[str, int]]:
    """Blank-separated words with their columns (no quoting beyond "..." for licences)."""
    out = []
    for m in re.finditer(r'(?:[^\s"]|"[^"]*")+', text):
        out.append((m.group(0), col0 + m.start()))
    return out


def _int(word: str, loc: SourceLoc, what: str) -> int:
    try:
        return int(word, 0)
    except ValueError:
        raise InputError(f"{what}: expected an integer, found {word!r}", loc) from None


def _flags(word: str, names: dict[str, int], loc: SourceLoc, what: str) -> int:
    v = 0
    for part in word.split("|"):
        part = part.strip()
        if part in names:
            v |= names[part]
        elif re.fullmatch(r"0[xX][0-9a-fA-F]+|[0-9]+", part):
            v |= int(part, 0)
        else:
            raise InputError(f"unknown {what} {part!r}{_close(part, names)}; expected one of "
                             f"{', '.join(names)} or a number", loc)
    return v


def _bytes(word: str, size: int, loc: SourceLoc, what: str) -> bytes:
    if word.startswith("hex:"):
        h = word[4:].replace("_", "")
        try:
            b = bytes.fromhex(h)
        except ValueError:
            raise InputError(f"{what}: bad hex {h!r}", loc) from None
        if size >= 0 and len(b) != size:
            raise InputError(f"{what}: {len(b)} bytes given; expected {size}", loc)
        return b
    v = _int(word, loc, what)
    if size < 0:
        raise InputError(f"{what}: expected hex:..., found {word!r}", loc)
    lo, hi = -(1 << (8 * size - 1)), 1 << (8 * size)
    if size == 0 or not lo <= v < hi:
        raise InputError(f"{what}: {v} does not fit in {size} bytes", loc)
    return (v % hi).to_bytes(size, "little")


_FIELD_SENTINELS = {"-": FIELD_ENOENT, "none": FIELD_ENOENT, "ENOENT": FIELD_ENOENT,
                    "E2BIG": FIELD_E2BIG, "EINVAL": FIELD_EINVAL}


class _FileBuilder:
    def __init__(self, file: str, maps: Optional[dict[str, Map]] = None):
        self.file = file
        self.maps: dict[str, Map] = dict(maps or {})
        self.templates: dict[str, Map] = {}
        self.pending_maps: list[tuple[Map, dict, SourceLoc]] = []
        self.elems: list[tuple[str, str, str, SourceLoc, SourceLoc]] = []
        self.consts: dict[str, int] = {}
        self.progs: list[_ProgBuild] = []
        self.license = "GPL"
        self.cur: Optional[_ProgBuild] = None

    def loc(self, line, col):
        return SourceLoc(self.file, line, col)

    # --- directives ----------------------------------------------------------------------------
    def directive(self, name, words, line, col):
        getattr(self, "d_" + name[1:])(words, line, col)

    def _kv(self, words, line, keys, what):
        out = {}
        for w, c in words:
            k, eq, v = w.partition("=")
            if k not in keys:
                raise InputError(f"unknown {what} field {k!r}{_close(k, keys)}; expected one of "
                                 f"{', '.join(sorted(keys))}", self.loc(line, c))
            if k == "field":
                out.setdefault("field", []).append((v, c))
                continue
            if k in out:
                raise InputError(f"{what} field {k!r} given twice", self.loc(line, c))
            out[k] = (v if eq else None, c)
        return out

    def _need_name(self, words, line, col, what):
        if not words:
            raise InputError(f"{what} needs a name", self.loc(line, col))
        name, c = words[0]
        if not re.fullmatch(r"[A-Za-z_.$][\w.$]*", name):
            raise InputError(f"bad {what} name {name!r}; expected an identifier", self.loc(line, c))
        return name, c

    def d_map(self, words, line, col):
        name, c = self._need_name(words, line, col, ".map")
        if name in self.maps or name in self.templates:
            raise InputError(f"map '{name}' declared twice", self.loc(line, c))
        kv = self._kv(words[1:], line, _MAP_KEYS, ".map")

        def get(k, default=None):
            return kv[k][0] if k in kv else default

        def lc(k):
            return self.loc(line, kv[k][1])
        mtype = get("type")
        if mtype is None:
            raise InputError(f"map '{name}' needs type=; expected one of {', '.join(MAP_TYPE_NAMES[1:])}",
                             self.loc(line, c))
        if mtype not in MAPS_61:
            raise InputError(f"unknown map type {mtype!r}{_close(mtype, MAP_TYPE_NAMES)}; expected one "
                             f"of {', '.join(MAP_TYPE_NAMES[1:])}", lc("type"))
        m = Map(name, mtype, loc=self.loc(line, c))
        m.key_size = MAPS_61[mtype].default_key_size
        m.value_size = MAPS_61[mtype].default_value_size
        for k in ("key_size", "value_size", "max_entries"):
            if k in kv:
                v = _int(kv[k][0] or "", lc(k), k)
                if not 0 <= v < (1 << 32):
                    raise InputError(f"{k} {v} out of range; expected 0..4294967295", lc(k))
                setattr(m, k, v)
        if "flags" in kv:
            m.flags = _flags(kv["flags"][0] or "", MAP_FLAG_NAMES, lc("flags"), "map flag")
        if "btf" in kv:
            m.has_btf = True
        for k, attr, size, tname in (("spin_lock", "spin_lock_off", 4, "struct bpf_spin_lock"),
                                     ("timer", "timer_off", 16, "struct bpf_timer")):
            if k in kv:
                m.has_btf = True
                v = kv[k][0] or ""
                if v in _FIELD_SENTINELS:
                    setattr(m, attr, _FIELD_SENTINELS[v])
                else:
                    off = _int(v, lc(k), k)
                    if not 0 <= off < (1 << 31):
                        raise InputError(f"{k} offset {off} out of range", lc(k))
                    setattr(m, attr, off)
                    m.fields.append(ValueField(k, off, size, tname))
        for v, fc in kv.get("field", []):
            parts = v.split(":")
            if len(parts) not in (3, 4) or not parts[0]:
                raise InputError("field= expects name:offset:size[:type]", self.loc(line, fc))
            m.has_btf = True
            m.fields.append(ValueField(parts[0], _int(parts[1], self.loc(line, fc), "offset"),
                                       _int(parts[2], self.loc(line, fc), "size"),
                                       parts[3] if len(parts) == 4 else ""))
        if m.has_btf:
            if m.spin_lock_off == FIELD_NO_BTF:
                m.spin_lock_off = FIELD_ENOENT
            if m.timer_off == FIELD_NO_BTF:
                m.timer_off = FIELD_ENOENT
        m.fields.sort(key=lambda f: f.offset)
        if "section" in kv:
            m.section = kv["section"][0] or ""
        if "data" in kv:
            m.initial_data = _bytes(kv["data"][0] or "", -1, lc("data"), "data")
        if "bypass_spec_v1" in kv:
            m.bypass_spec_v1 = bool(_int(kv["bypass_spec_v1"][0] or "", lc("bypass_spec_v1"),
                                         "bypass_spec_v1"))
        self.pending_maps.append((m, kv, self.loc(line, c)))
        if "template" in kv:
            self.templates[name] = m
        else:
            self.maps[name] = m

    def d_elem(self, words, line, col):
        name, c = self._need_name(words, line, col, ".elem")
        kv = self._kv(words[1:], line, {"key", "value"}, ".elem")
        for k in ("key", "value"):
            if k not in kv or kv[k][0] is None:
                raise InputError(f".elem {name} needs {k}=", self.loc(line, col))
        self.elems.append((name, kv["key"][0], kv["value"][0], self.loc(line, c),
                           self.loc(line, kv["key"][1])))

    def d_const(self, words, line, col):
        name, c = self._need_name(words, line, col, ".const")
        rest = [w for w in words[1:] if w[0] != "="]
        if len(rest) != 1:
            raise InputError(".const expects NAME VALUE", self.loc(line, col))
        v = _int(rest[0][0], self.loc(line, rest[0][1]), ".const value")
        self.consts[name] = v

    def d_license(self, words, line, col):
        if not words:
            raise InputError(".license needs a value, e.g. GPL", self.loc(line, col))
        self.license = " ".join(w for w, _ in words).strip('"')

    def d_program(self, words, line, col):
        name, c = self._need_name(words, line, col, ".program")
        if any(p.name == name for p in self.progs):
            raise InputError(f"program '{name}' defined twice", self.loc(line, c))
        kv = self._kv(words[1:], line, _PROG_KEYS, ".program")
        self.cur = _ProgBuild(name, self.loc(line, c), kv)
        self.cur.funcs.append(_Func(name, 0, False, self.loc(line, c)))
        self.progs.append(self.cur)

    def d_func(self, words, line, col):
        name, c = self._need_name(words, line, col, ".func")
        if self.cur is None:
            self._implicit(line, col)
        if any(f.name == name for f in self.cur.funcs):
            raise InputError(f"function '{name}' defined twice in program {self.cur.name}",
                             self.loc(line, c))
        flags = [w for w, _ in words[1:]]
        for w, wc in words[1:]:
            if w not in ("global", "static"):
                raise InputError(f"unknown .func option {w!r}; expected global or static",
                                 self.loc(line, wc))
        prev = self.cur.funcs[-1]
        if not any(s.insn is not None for s in self.cur.stmts[prev.start_index:]):
            raise InputError(f"function '{prev.name}' has no instructions", self.loc(line, col))
        self.cur.funcs.append(_Func(name, len(self.cur.stmts), "global" in flags,
                                    self.loc(line, c)))

    def _implicit(self, line, col):
        self.cur = _ProgBuild("main", self.loc(line, col), {})
        self.cur.funcs.append(_Func("main", 0, False, self.loc(line, col)))
        self.progs.append(self.cur)

    def stmt(self, st: Stmt):
        if self.cur is None:
            self._implicit(st.loc.line, st.loc.column)
        self.cur.stmts.append(st)

    # --- finishing -----------------------------------------------------------------------------
    def finish(self) -> ProgramFile:
        for m, kv, loc in self.pending_maps:
            if "inner" in kv:
                iname = kv["inner"][0] or ""
                inner = self.templates.get(iname) or self.maps.get(iname)
                if inner is None:
                    raise InputError(f"unknown inner map '{iname}'; expected a map declared with "
                                     f".map", SourceLoc(self.file, loc.line, kv["inner"][1]))
                m.inner = inner
            if "slots" in kv:
                sl = SourceLoc(self.file, loc.line, kv["slots"][1])
                for part in (kv["slots"][0] or "").split(","):
                    idx, colon, target = part.partition(":")
                    if not colon:
                        raise InputError("slots= expects INDEX:NAME[,INDEX:NAME...]", sl)
                    i = _int(idx, sl, "slot index")
                    if m.map_type == "prog_array":
                        if not any(p.name == target for p in self.progs):
                            raise InputError(f"prog_array slot {i}: unknown program "
                                             f"'{target}'; expected one of "
                                             f"{', '.join(p.name for p in self.progs)}", sl)
                        m.prog_slots[i] = target
                    elif m.map_type in MAP_IN_MAP_TYPES:
                        if target not in self.maps:
                            raise InputError(f"slot {i}: unknown map '{target}'", sl)
                        m.inner_maps[i] = target
                    else:
                        raise InputError(f"slots= is for prog_array and map-in-map maps, not "
                                         f"{m.map_type}", sl)
        for name, k, v, loc, kloc in self.elems:
            m = self.maps.get(name)
            if m is None:
                raise InputError(f"unknown map '{name}' in .elem", loc)
            m.contents[_bytes(k, m.key_size, kloc, "key")] = _bytes(v, m.value_size, kloc,
                                                                    "value")
        pf = ProgramFile(self.file, dict(self.maps), [])
        map_names = list(self.maps)
        for pb in self.progs:
            pf.programs.append(self._program(pb, map_names))
        return pf

    def _program(self, pb: _ProgBuild, map_names) -> Program:
        if not any(s.insn is not None for s in pb.stmts):
            raise InputError(f"program '{pb.name}' has no instructions", pb.loc)
        last = pb.funcs[-1]
        if not any(s.insn is not None for s in pb.stmts[last.start_index:]):
            raise InputError(f"function '{last.name}' has no instructions", last.loc)
        _prepare(pb)
        insns = _resolve(pb, map_names, self.consts)
        slot_of = _stmt_slots(pb.stmts)
        functions = [Function(f.name, slot_of[f.start_index], f.is_global, f.loc)
                     for f in pb.funcs]
        labels: dict[str, int] = {}
        for f in pb.funcs:
            for name, (si, _) in f.labels.items():
                key = name if name not in labels else f"{f.name}.{name}"
                labels[key] = slot_of[si]
        prog = Program(pb.name, "socket", insns, functions, labels, loc=pb.loc,
                       license=self.license)
        apply_section(prog, pb.opts, self.file, pb.loc)
        prog.maps = sorted({i.target for i in insns if i.is_wide and i.src in (1, 2)
                            and i.target}, key=map_names.index)
        return prog


def apply_section(prog: Program, opts: dict, file: str, loc: SourceLoc):
    """Fill section, program type, attach type, sleepable and flags from `.program` fields."""
    def get(k):
        return opts[k][0] if k in opts else None

    def lc(k):
        return SourceLoc(file, loc.line, opts[k][1]) if k in opts else loc
    section = get("section") or "socket"
    prog.section = section
    info = section_type(section)
    ptype = get("type")
    if ptype is None:
        if info is None or info.prog_type is None:
            raise InputError(f"unknown section {section!r}; expected a libbpf 1.1 section name "
                             f"(socket, tc, xdp, kprobe/..., lsm.s/..., fentry/..., syscall, ...) "
                             f"or give type=", lc("section"))
        ptype = info.prog_type
    else:
        from bpfsmt.spec.progtypes import PROG_TYPES
        if ptype not in PROG_TYPES:
            raise InputError(f"unknown program type {ptype!r}{_close(ptype, PROG_TYPES)}; "
                             f"expected one of {', '.join(PROG_TYPES[1:])}", lc("type"))
    prog.prog_type = ptype
    prog.expected_attach_type = get("attach") or (info.expected_attach_type if info else None)
    prog.attach_target = get("target") or (info.attach_target if info else None)
    flags = info.prog_flags if info else 0
    if "flags" in opts:
        flags |= _flags(get("flags") or "", PROG_FLAG_NAMES, lc("flags"), "program flag")
    if "sleepable" in opts:
        flags |= BPF_F_SLEEPABLE
    prog.prog_flags = flags
    prog.sleepable = bool(flags & BPF_F_SLEEPABLE)
    if get("license"):
        prog.license = get("license").strip('"')


def section_type(section: str):
    """libbpf 1.1's reading of a section name (spec/progtypes.py)."""
    from bpfsmt.spec.progtypes import section_to_type
    return section_to_type(section)


def parse_program_text(text: str, file: str = "<string>", maps: Optional[dict] = None
                       ) -> ProgramFile:
    """The whole file format (see the module docstring) -> ProgramFile.

    `maps` pre-declares maps (name -> Map) for text that uses them without `.map`."""
    fb = _FileBuilder(file, maps)
    text = strip_block_comments(text, file)
    for ln, raw in enumerate(text.split("\n"), 1):
        line = strip_line_comment(raw)
        stripped = line.lstrip()
        first = stripped.split(None, 1)[0] if stripped else ""
        if first in DIRECTIVES:
            col = len(line) - len(stripped) + 1
            fb.directive(first, _words(stripped[len(first):], col + len(first)), ln, col)
            continue
        if first.startswith(".") and first not in (".8byte",) and not first.rstrip(
                ";").endswith(":") and not re.match(r"\.\w+:", first):
            col = len(line) - len(stripped) + 1
            raise InputError(f"unknown directive {first!r}{_close(first, DIRECTIVES)}; expected "
                             f"one of {', '.join(DIRECTIVES)} or .8byte", SourceLoc(file, ln, col))
        for col, st in split_statements(line):
            fb.stmt(parse_stmt(st, SourceLoc(file, ln, col), fb.consts))
    if not fb.progs:
        raise InputError("no instructions; expected at least one program",
                         SourceLoc(file, 1, 1))
    return fb.finish()
