"""uBPF-style assembler syntax (the bpf_conformance suite) and the `.data` test file reader.

Why a separate syntax: the conformance corpus (313 files, ../shared/conformance) is written in
the uBPF assembler dialect (`mov32 %r0, 1`, `ldxw %r0, [%r1+4]`, `jeq %r1, 0x1, +1`), not in
kernel/LLVM syntax. The Lark grammar (ubpf.lark) fixes the token shapes; the mnemonic table
below says which operands each of the 90 mnemonics takes and how it encodes (RFC 9669).

Public API:
  load_ubpf_file(path) -> ProgramFile          one program ("raw" section, socket-filter-like)
  read_conformance(path) -> ConformanceCase    program + `-- mem` + `-- result` / `-- error`
  parse_ubpf_insns(text, file) -> list[Insn]   instructions of an asm text (labels resolved)
  format_insn_ubpf(insn) -> str                printer; parse(format(i)) == i for every insn

Extensions beyond upstream (so every instruction has a printed form): `ldabs{b,h,w,dw} IMM`,
`ldind{b,h,w,dw} %rS, IMM` (as in uBPF), `call local ±N`, `call runtime N` (src=2), and
`raw 0xWORD[, 0xWORD]` for any encoding no mnemonic describes (reserved fields set, pseudo lddw,
internal opcodes). A `raw` word is the 64-bit little-endian view of the 8 instruction bytes, the
same convention as the `-- raw` section.
"""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from bpfsmt.spec import insn as I
from bpfsmt.spec.deadline import LOADER, check_deadline
from bpfsmt.spec.errors import InputError
from bpfsmt.spec.insn import Insn, SourceLoc
from bpfsmt.spec.program import Function, Program, ProgramFile

from .asm_file import read_text

_GRAMMAR = os.path.join(os.path.dirname(__file__), "ubpf.lark")


@lru_cache(maxsize=1)
def _parser():
    from lark import Lark
    with open(_GRAMMAR) as f:
        return Lark(f.read(), parser="lalr", propagate_positions=True, maybe_placeholders=False)


# ---------------------------------------------------------------------------------------------
# Mnemonic table
# ---------------------------------------------------------------------------------------------

# name -> (ALU code, off) for the binary ALU ops; `sdiv`/`smod` are DIV/MOD with off=1.
_ALU_BIN = {**{I.ALU_NAMES[op]: (op, 0) for op in I.BINARY_ALU_OPS},
            "sdiv": (I.BPF_DIV, 1), "smod": (I.BPF_MOD, 1)}
_JMP_COND = {I.JMP_NAMES[op]: op for op in I.COND_JMP_OPS}
_SIZES = {name: size for size, name in I.SIZE_NAMES.items()}
_MOVSX = {"movsx864": (I.BPF_ALU64, 8), "movsx1664": (I.BPF_ALU64, 16),
          "movsx3264": (I.BPF_ALU64, 32), "movsx832": (I.BPF_ALU, 8),
          "movsx1632": (I.BPF_ALU, 16)}
_ATOMIC_OPS = {name: op for op, name in I.ATOMIC_OPS.items()}


def _build_table():
    """mnemonic -> (shape, encoder args). Shapes name the operand list the mnemonic takes."""
    t = {}
    for name, (code, off) in _ALU_BIN.items():
        t[name] = ("alu", I.BPF_ALU64, code, off)
        t[name + "32"] = ("alu", I.BPF_ALU, code, off)
    t["neg"] = ("neg", I.BPF_ALU64)
    t["neg32"] = ("neg", I.BPF_ALU)
    for name, (cls, off) in _MOVSX.items():
        t[name] = ("movsx", cls, off)
    for w in (16, 32, 64):
        t[f"be{w}"] = ("end", I.BPF_ALU | I.BPF_END | I.BPF_TO_BE, w)
        t[f"le{w}"] = ("end", I.BPF_ALU | I.BPF_END | I.BPF_TO_LE, w)
        t[f"swap{w}"] = ("end", I.BPF_ALU64 | I.BPF_END | I.BPF_TO_LE, w)
        t[f"bswap{w}"] = ("end", I.BPF_ALU64 | I.BPF_END | I.BPF_TO_LE, w)
    t["lddw"] = ("lddw",)
    for s, sz in _SIZES.items():
        t["ldx" + s] = ("ldx", I.BPF_LDX | I.BPF_MEM | sz)
        t["st" + s] = ("st", I.BPF_ST | I.BPF_MEM | sz)
        t["stx" + s] = ("stx", I.BPF_STX | I.BPF_MEM | sz)
        t["ldabs" + s] = ("ldabs", I.BPF_LD | I.BPF_ABS | sz)
        t["ldind" + s] = ("ldind", I.BPF_LD | I.BPF_IND | sz)
        if s != "dw":
            t["ldxs" + s] = ("ldx", I.BPF_LDX | I.BPF_MEMSX | sz)
    for name, code in _JMP_COND.items():
        t[name] = ("jcond", I.BPF_JMP, code)
        t[name + "32"] = ("jcond", I.BPF_JMP32, code)
    t["ja"] = ("ja", I.BPF_JMP)
    t["ja32"] = ("ja", I.BPF_JMP32)
    t["exit"] = ("exit",)
    t["raw"] = ("raw",)
    return t


MNEMONICS = _build_table()
# the 90 mnemonics of the conformance README (the table above also has the uBPF extensions)
CONFORMANCE_MNEMONICS = sorted(m for m in MNEMONICS if not m.startswith(("ldabs", "ldind", "raw"))) \
    + ["call", "lock"]

_SHAPE_TEXT = {"alu": "REG, REG|IMM", "neg": "REG", "movsx": "REG, REG", "end": "REG",
               "lddw": "REG, IMM64", "ldx": "REG, [REG±OFF]", "st": "[REG±OFF], IMM",
               "stx": "[REG±OFF], REG", "ldabs": "IMM", "ldind": "REG, IMM",
               "jcond": "REG, REG|IMM, LABEL|±OFF", "ja": "LABEL|±OFF", "exit": "no operands",
               "raw": "0xWORD[, 0xWORD]"}


# ---------------------------------------------------------------------------------------------
# Operands
# ---------------------------------------------------------------------------------------------

@dataclass
class _Op:
    kind: str                 # reg | num | mem | target
    value: int = 0            # reg number / number / mem base reg
    off: int = 0              # mem offset
    signed: bool = False      # number written with an explicit sign
    name: str = ""            # target label
    loc: SourceLoc = field(default_factory=SourceLoc)
    sign: Optional[str] = None  # "+", "-" or None as written
    hex: bool = False
    text: str = ""

    @property
    def negative(self) -> bool:
        return self.sign == "-"


@dataclass
class _Stmt:
    """One parsed line before label resolution."""
    insn: Insn
    loc: SourceLoc
    target: Optional[_Op] = None     # jump / local-call target still to resolve
    target_field: str = "off"        # "off" (16-bit) or "imm" (32-bit)
    is_call_local: bool = False


def _err(msg, loc):
    raise InputError(msg, loc)


def _reg(op: _Op, what="register") -> int:
    if op.kind != "reg":
        _err(f"expected a {what} (%r0..%r10), found {_describe(op)}", op.loc)
    if not 0 <= op.value <= 10:
        _err(f"register %r{op.value} does not exist (expected %r0..%r10)", op.loc)
    return op.value


def _describe(op: _Op) -> str:
    if op.kind == "reg":
        return f"register %r{op.value}"
    if op.kind == "num":
        return f"number {op.value}"
    if op.kind == "mem":
        return "memory operand"
    return f"label '{op.name}'"


def _imm32(op: _Op) -> int:
    if op.kind != "num":
        _err(f"expected an immediate, found {_describe(op)}", op.loc)
    v = op.value
    if op.hex and not op.negative:  # hex is the unsigned bit pattern (upstream assembler)
        if v > 0xFFFFFFFF:
            _err(f"immediate {op.text} does not fit in 32 bits", op.loc)
        return I._s32(v)
    if not -(1 << 31) <= v < (1 << 31):
        _err(f"immediate {op.text} does not fit in a signed 32-bit field", op.loc)
    return v


def _imm64(op: _Op) -> int:
    if op.kind != "num":
        _err(f"expected a 64-bit immediate, found {_describe(op)}", op.loc)
    if not -(1 << 63) <= op.value < (1 << 64):
        _err(f"immediate {op.text} does not fit in 64 bits", op.loc)
    return op.value & ((1 << 64) - 1)


def _mem(op: _Op):
    if op.kind != "mem":
        _err(f"expected a memory operand [%rN±OFF], found {_describe(op)}", op.loc)
    if not 0 <= op.value <= 10:
        _err(f"register %r{op.value} does not exist (expected %r0..%r10)", op.loc)
    if not -(1 << 15) <= op.off < (1 << 15):
        _err(f"memory offset {op.off} does not fit in a signed 16-bit field", op.loc)
    return op.value, op.off


def _count(mn, ops, n, loc):
    if len(ops) != n:
        _err(f"'{mn}' takes {n} operand{'s' if n != 1 else ''} ({_SHAPE_TEXT.get(MNEMONICS[mn][0], '')}),"
             f" found {len(ops)}", loc)


def assemble(mn: str, ops: list[_Op], loc: SourceLoc) -> _Stmt:
    """Encode one instruction from its mnemonic and operands (targets left to resolve)."""
    ent = MNEMONICS.get(mn)
    if ent is None:
        _err(f"unknown mnemonic '{mn}'", loc)
    shape = ent[0]
    mk = lambda *a, **k: Insn.make(*a, loc=loc, **k)  # noqa: E731
    if shape == "alu":
        _, cls, code, off = ent
        _count(mn, ops, 2, loc)
        dst = _reg(ops[0])
        if ops[1].kind == "reg":
            return _Stmt(mk(cls | code | I.BPF_X, dst, _reg(ops[1]), off, 0), loc)
        return _Stmt(mk(cls | code | I.BPF_K, dst, 0, off, _imm32(ops[1])), loc)
    if shape == "neg":
        _count(mn, ops, 1, loc)
        return _Stmt(mk(ent[1] | I.BPF_NEG, _reg(ops[0])), loc)
    if shape == "movsx":
        _count(mn, ops, 2, loc)
        return _Stmt(mk(ent[1] | I.BPF_MOV | I.BPF_X, _reg(ops[0]), _reg(ops[1]), ent[2], 0), loc)
    if shape == "end":
        _count(mn, ops, 1, loc)
        return _Stmt(mk(ent[1], _reg(ops[0]), 0, 0, ent[2]), loc)
    if shape == "lddw":
        _count(mn, ops, 2, loc)
        return _Stmt(Insn.lddw(_reg(ops[0]), _imm64(ops[1]), loc=loc), loc)
    if shape == "ldx":
        _count(mn, ops, 2, loc)
        base, off = _mem(ops[1])
        return _Stmt(mk(ent[1], _reg(ops[0]), base, off, 0), loc)
    if shape == "st":
        _count(mn, ops, 2, loc)
        base, off = _mem(ops[0])
        return _Stmt(mk(ent[1], base, 0, off, _imm32(ops[1])), loc)
    if shape == "stx":
        _count(mn, ops, 2, loc)
        base, off = _mem(ops[0])
        return _Stmt(mk(ent[1], base, _reg(ops[1]), off, 0), loc)
    if shape == "ldabs":
        _count(mn, ops, 1, loc)
        return _Stmt(mk(ent[1], 0, 0, 0, _imm32(ops[0])), loc)
    if shape == "ldind":
        _count(mn, ops, 2, loc)
        return _Stmt(mk(ent[1], 0, _reg(ops[0]), 0, _imm32(ops[1])), loc)
    if shape == "jcond":
        _, cls, code = ent
        _count(mn, ops, 3, loc)
        dst = _reg(ops[0])
        if ops[1].kind == "reg":
            ins = mk(cls | code | I.BPF_X, dst, _reg(ops[1]), 0, 0)
        else:
            ins = mk(cls | code | I.BPF_K, dst, 0, 0, _imm32(ops[1]))
        return _target_stmt(ins, ops[2], "off", loc)
    if shape == "ja":
        _count(mn, ops, 1, loc)
        cls = ent[1]
        return _target_stmt(mk(cls | I.BPF_JA), ops[0], "imm" if cls == I.BPF_JMP32 else "off", loc)
    if shape == "exit":
        _count(mn, ops, 0, loc)
        return _Stmt(mk(I.BPF_JMP | I.BPF_EXIT), loc)
    if shape == "raw":
        if len(ops) not in (1, 2) or any(o.kind != "num" for o in ops):
            _err("'raw' takes one or two 64-bit instruction words (0x...)", loc)
        words = [o.value & ((1 << 64) - 1) for o in ops]
        data = b"".join(struct.pack("<Q", w) for w in words)
        try:
            ins = I.decode(data, loc.file)
        except I.DecodeError as e:
            _err(str(e), loc)
        if len(ins) != 1:
            _err("'raw' with two words must be one 16-byte lddw", loc)
        return _Stmt(ins[0].with_(loc=loc), loc)
    raise AssertionError(shape)


def _target_stmt(ins: Insn, op: _Op, fld: str, loc: SourceLoc) -> _Stmt:
    if op.kind == "target":
        return _Stmt(ins, loc, op, fld)
    if op.kind == "num":
        if not op.sign:
            _err(f"jump offset {op.text} must carry a sign (+N or -N) or be a label", op.loc)
        lim = 15 if fld == "off" else 31
        if not -(1 << lim) <= op.value < (1 << lim):
            _err(f"jump offset {op.text} does not fit in a signed {lim + 1}-bit field", op.loc)
        return _Stmt(ins.with_(**{fld: op.value}), loc)
    _err(f"expected a jump target (label, 'exit' or ±offset), found {_describe(op)}", op.loc)


def _call_stmt(kind: Optional[str], op: _Op, loc: SourceLoc) -> _Stmt:
    call = I.BPF_JMP | I.BPF_CALL
    if kind is None and op.kind == "reg":          # callx: register in dst (upstream encoding)
        return _Stmt(Insn.make(call | I.BPF_X, _reg(op), 0, 0, 0, loc=loc), loc)
    if kind == "local":
        if op.kind == "target":
            return _Stmt(Insn.make(call, 0, I.BPF_PSEUDO_CALL, 0, 0, loc=loc), loc, op, "imm", True)
        if op.kind == "num" and op.sign:
            return _Stmt(Insn.make(call, 0, I.BPF_PSEUDO_CALL, 0, _imm32(op), loc=loc), loc)
        _err(f"'call local' expects a function label or ±offset, found {_describe(op)}", op.loc)
    src = I.BPF_PSEUDO_KFUNC_CALL if kind == "runtime" else 0
    if op.kind == "num":
        return _Stmt(Insn.make(call, 0, src, 0, _imm32(op), loc=loc), loc)
    if op.kind == "target" and kind in (None, "helper"):
        from bpfsmt.spec.helper_ids import HELPER_IDS
        hid = HELPER_IDS.get(op.name if op.name.startswith("bpf_") else "bpf_" + op.name)
        if hid is None:
            _err(f"unknown helper '{op.name}'", op.loc)
        return _Stmt(Insn.make(call, 0, 0, 0, hid, loc=loc), loc)
    _err(f"'call' expects a helper number, 'local LABEL' or a register, found {_describe(op)}",
         op.loc)


# ---------------------------------------------------------------------------------------------
# Parse tree -> statements
# ---------------------------------------------------------------------------------------------

def _loc(file, meta_or_tok, line_base=0) -> SourceLoc:
    line = getattr(meta_or_tok, "line", 0)
    col = getattr(meta_or_tok, "column", 0)
    return SourceLoc(file, line + line_base, col)


def _number(tree, file) -> _Op:
    sign = None
    for ch in tree.children:
        if ch.type == "SIGN":
            sign = str(ch)
        else:
            tok = ch
    text = str(tok)
    v = int(text, 16) if text[:2].lower() == "0x" else int(text)
    if sign == "-":
        v = -v
    return _Op("num", v, loc=_loc(file, tree.meta), signed=sign is not None, sign=sign,
               hex=text[:2].lower() == "0x", text=(sign or "") + text)


def _regno(tok, loc) -> int:
    """`%rN` -> N; more than two digits is no register (and may be too long for int())."""
    digits = str(tok)[2:]
    if len(digits) > 2:
        _err(f"register {str(tok)[:12]}{'...' if len(digits) > 10 else ''} does not exist "
             f"(expected %r0..%r10)", loc)
    return int(digits)


def _operand(tree, file) -> _Op:
    d = tree.data
    loc = _loc(file, tree.meta)
    if d == "reg":
        return _Op("reg", _regno(tree.children[0], loc), loc=loc)
    if d == "number":
        return _number(tree, file)
    if d == "mem":
        ch = tree.children
        off = 0
        if len(ch) == 3:
            t = str(ch[2])
            off = int(t, 16) if t[:2].lower() == "0x" else int(t)
            if str(ch[1]) == "-":
                off = -off
        return _Op("mem", _regno(ch[0], loc), off=off, loc=loc)
    if d == "target":
        return _Op("target", name=str(tree.children[0]), loc=loc)
    raise AssertionError(d)


def _parse_tree(text: str, file: str):
    from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken
    try:
        return _parser().parse(text)
    except UnexpectedCharacters as e:
        ch = text[e.pos_in_stream] if e.pos_in_stream < len(text) else "end of input"
        exp = ", ".join(sorted(_pretty(t) for t in (e.allowed or []))) or "an instruction"
        raise InputError(f"unexpected character {ch!r}; expected {exp}",
                         SourceLoc(file, e.line, e.column)) from None
    except UnexpectedToken as e:
        tok = e.token
        found = "end of line" if tok.type in ("_NL", "$END") else f"{str(tok)!r}"
        exp = ", ".join(sorted({_pretty(t) for t in e.expected if t != "$END"})) or "end of line"
        raise InputError(f"unexpected {found}; expected {exp}",
                         SourceLoc(file, tok.line or 0, tok.column or 0)) from None
    except UnexpectedEOF as e:
        raise InputError("unexpected end of input", SourceLoc(file, 0, 0)) from None
    except UnexpectedInput as e:  # pragma: no cover - other lark errors
        raise InputError(str(e).splitlines()[0], SourceLoc(file, getattr(e, "line", 0),
                                                              getattr(e, "column", 0))) from None


_PRETTY = {"REG": "register", "INT": "number", "SIGN": "sign", "NAME": "name",
           "COMMA": "','", "LSQB": "'['", "RSQB": "']'", "COLON": "':'", "_NL": "end of line",
           "FETCH": "'fetch'", "CALL_KIND": "'local'/'helper'/'runtime'", "LOCK": "'lock'",
           "CALL": "'call'", "PLUS": "'+'", "MINUS": "'-'"}


def _pretty(t: str) -> str:
    return _PRETTY.get(t, t)


def _statements(text: str, file: str):
    """Yield ('label', name, loc) and ('insn', _Stmt) in source order."""
    tree = _parse_tree(text, file)
    for st in tree.children:
        check_deadline(LOADER)
        loc = _loc(file, st.meta)
        if st.data == "label_def":
            yield ("label", str(st.children[0]), loc)
        elif st.data == "insn":
            mn = str(st.children[0])
            ops = [_operand(c, file) for c in st.children[1:]]
            yield ("insn", assemble(mn, ops, loc))
        elif st.data == "call":
            kind = None
            rest = st.children
            if rest and getattr(rest[0], "type", None) == "CALL_KIND":
                kind = str(rest[0])
                rest = rest[1:]
            yield ("insn", _call_stmt(kind, _operand(rest[0], file), loc))
        elif st.data == "atomic":
            ch = list(st.children)
            fetch = False
            if getattr(ch[0], "type", None) == "FETCH":
                fetch = True
                ch = ch[1:]
            yield ("insn", _atomic_stmt(str(ch[0]), fetch, _operand(ch[1], file),
                                        _operand(ch[2], file), loc))
        else:  # pragma: no cover
            raise AssertionError(st.data)


def _atomic_stmt(op: str, fetch: bool, mem: _Op, src: _Op, loc: SourceLoc) -> _Stmt:
    size = I.BPF_DW
    name = op
    if op.endswith("32"):
        size, name = I.BPF_W, op[:-2]
    if name in _ATOMIC_OPS:
        imm = _ATOMIC_OPS[name] | (I.BPF_FETCH if fetch else 0)
    elif name == "xchg":
        imm = I.BPF_XCHG
    elif name == "cmpxchg":
        imm = I.BPF_CMPXCHG
    else:
        _err(f"unknown atomic operation '{op}'; expected add, and, or, xor, xchg, cmpxchg "
             f"(optionally with a 32 suffix)", loc)
    base, off = _mem(mem)
    return _Stmt(Insn.make(I.BPF_STX | I.BPF_ATOMIC | size, base, _reg(src), off, imm, loc=loc), loc)


def _resolve(stmts, labels_in, file, check_jumps=True):
    """Assign slots, resolve label targets (and the built-in `exit` label)."""
    slots, pc = [], 0
    labels: dict[str, int] = {}
    stmt_list = []
    for item in stmts:
        if item[0] == "label":
            name, loc = item[1], item[2]
            if name in labels:
                _err(f"label '{name}' defined twice", loc)
            labels[name] = pc
        else:
            stmt_list.append(item[1])
            slots.append(pc)
            pc += item[1].insn.slots
    for name in labels_in:
        labels.setdefault(name, labels_in[name])
    total = pc
    first_exit = next((s for st, s in zip(stmt_list, slots) if st.insn.is_exit), None)
    out, functions = [], {}
    for st, slot in zip(stmt_list, slots):
        ins = st.insn
        if st.target is not None:
            name = st.target.name
            if name in labels:
                dest = labels[name]
            elif name == "exit" and first_exit is not None:
                dest = first_exit
            else:
                _err(f"unresolved label '{name}'", st.target.loc)
            rel = dest - (slot + 1)
            ins = ins.with_(target=name, **{st.target_field: rel})
            if st.is_call_local:
                functions.setdefault(dest, name)
        elif ins.is_pseudo_call:
            dest = slot + 1 + ins.imm
            functions.setdefault(dest, f"sub_{dest}")
        if (ins.is_jmp and not ins.is_call and not ins.is_exit) or ins.is_pseudo_call:
            dest = slot + 1 + (ins.imm if ins.is_pseudo_call else ins.jump_offset())
            if check_jumps and not 0 <= dest < total:
                _err(f"jump out of range: slot {slot} to {dest} (program has {total} slots)",
                     ins.loc)
        out.append(ins)
    return out, labels, functions


def parse_ubpf_insns(text: str, file: str = "<string>", check_jumps: bool = False) -> list[Insn]:
    """Instructions of an asm text in uBPF syntax, labels resolved to relative offsets.
    A fragment may jump outside itself unless `check_jumps` (whole programs always check)."""
    insns, _, _ = _resolve(list(_statements(text, file)), {}, file, check_jumps)
    return insns


def _program(insns, labels, functions, name, loc) -> Program:
    funcs = [Function("main", 0, loc=loc)]
    for start in sorted(functions):
        if start != 0:
            funcs.append(Function(functions[start], start))
    return Program(name=name, section="raw", insns=insns, functions=funcs, labels=labels,
                   prog_type="socket_filter", loc=loc)


# ---------------------------------------------------------------------------------------------
# .data files
# ---------------------------------------------------------------------------------------------

@dataclass
class ConformanceCase:
    """One bpf_conformance test: the program, input memory, and the expected r0 or error."""
    program_file: ProgramFile
    mem: Optional[bytes]
    expected: Optional[int]
    error: Optional[str]
    path: str = ""

    @property
    def program(self) -> Program:
        return self.program_file.programs[0]


_SECTION_KEYS = [("asm", "asm"), ("result", "result"), ("mem", "mem"), ("raw", "raw"),
                 ("no register offset", "ignore"), (" c", "c"), ("error", "error")]


def _split_sections(path: str, text: str):
    """Section name -> list of (line_no, text-without-comment). Follows the upstream reader."""
    sections: dict[str, list[tuple[int, str]]] = {}
    cur = None
    for no, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip("\r")
        if "#" in line:
            line = line[:line.index("#")]
        if "--" in line:
            cur = "ignore"
            for key, name in _SECTION_KEYS:
                if key in line:
                    cur = name
                    break
            sections.setdefault(cur, [])
            continue
        if cur is None or not line.strip():
            continue
        sections[cur].append((no, line))
    return sections


def read_conformance(path: str) -> ConformanceCase:
    """Read a bpf_conformance `.data` file (see ../shared/conformance/README.md)."""
    text = read_text(path)
    sec = _split_sections(path, text)
    name = os.path.splitext(os.path.basename(path))[0]
    ploc = SourceLoc(path, 1, 1)
    if "raw" in sec:  # upstream: raw words replace the assembled program
        if not sec["raw"]:
            header = next(no for no, line in enumerate(text.split("\n"), 1)
                          if "--" in line.split("#")[0] and "raw" in line.split("#")[0])
            _err("the '-- raw' section holds no instruction; expected 64-bit words (0x...)",
                 SourceLoc(path, header, 1))
        data = b""
        for no, line in sec["raw"]:
            for tok in line.split():
                try:
                    w = int(tok, 0)
                except ValueError:
                    _err(f"expected a 64-bit instruction word (0x...), found {tok!r}",
                         SourceLoc(path, no, line.index(tok) + 1))
                if not 0 <= w < (1 << 64):
                    _err(f"instruction word {tok} does not fit in 64 bits",
                         SourceLoc(path, no, line.index(tok) + 1))
                data += struct.pack("<Q", w)
        try:
            insns = I.decode(data, path)
        except I.DecodeError as e:
            raise InputError(str(e), SourceLoc(path, sec["raw"][-1][0], 1)) from None
        lines = [no for no, _ in sec["raw"]]
        fixed, idx = [], 0
        for ins in insns:  # relocate to the raw section's line numbers
            fixed.append(ins.with_(loc=SourceLoc(path, lines[min(idx, len(lines) - 1)], 1)))
            idx += ins.slots
        prog = _program(fixed, {}, {}, name, ploc)
    elif "asm" in sec:
        prog = _program_from_lines(path, text, sec["asm"], name, ploc)
    else:
        raise InputError("no '-- asm' or '-- raw' section", ploc)
    mem = None
    if "mem" in sec:
        bs = bytearray()
        for no, line in sec["mem"]:
            for tok in line.split():
                try:
                    if len(tok) > 2 or not tok:
                        raise ValueError
                    bs.append(int(tok, 16))
                except ValueError:
                    _err(f"expected a hex byte in '-- mem', found {tok!r}",
                         SourceLoc(path, no, line.index(tok) + 1))
        mem = bytes(bs)
    expected = None
    if "result" in sec and sec["result"]:
        no, line = sec["result"][0]
        tok = line.strip()
        try:
            expected = (int(tok, 16) if tok.lower().startswith("0x") else int(tok)) & ((1 << 64) - 1)
        except ValueError:
            _err(f"expected a number in '-- result', found {tok!r}",
                 SourceLoc(path, no, line.index(tok) + 1))
    error = None
    if "error" in sec and sec["error"]:
        error = " ".join(line.strip() for _, line in sec["error"])
    pf = ProgramFile(path=path, programs=[prog])
    return ConformanceCase(pf, mem, expected, error, path)


def _program_from_lines(path, text, lines, name, ploc) -> Program:
    """Parse the asm section keeping file line numbers: other lines become blank."""
    n = text.count("\n") + 1
    buf = [""] * n
    for no, line in lines:
        buf[no - 1] = line
    insns, labels, functions = _resolve(list(_statements("\n".join(buf), path)), {}, path)
    if not insns:
        raise InputError("the program has no instructions", ploc)
    return _program(insns, labels, functions, name, ploc)


def load_ubpf_file(path: str, **_options) -> ProgramFile:
    """A `.data` conformance file (or a plain uBPF asm file) as a one-program ProgramFile."""
    text = read_text(path)
    if any("--" in line.split("#")[0] for line in text.splitlines()):
        return read_conformance(path).program_file
    name = os.path.splitext(os.path.basename(path))[0]
    lines = []
    for no, line in enumerate(text.split("\n"), start=1):
        line = line.split("#")[0].rstrip("\r")
        if line.strip():
            lines.append((no, line))
    prog = _program_from_lines(path, text, lines, name, SourceLoc(path, 1, 1))
    return ProgramFile(path=path, programs=[prog])


# ---------------------------------------------------------------------------------------------
# Printer
# ---------------------------------------------------------------------------------------------

_REV_ALU = {v: k for k, v in _ALU_BIN.items()}
_REV_JMP = {v: k for k, v in _JMP_COND.items()}
_REV_SIZE = {v: k for k, v in _SIZES.items()}
_REV_ATOMIC = {v: k for k, v in _ATOMIC_OPS.items()}


def _mem_text(reg, off):
    return f"[%r{reg}{'+' if off >= 0 else '-'}{abs(off)}]" if off else f"[%r{reg}]"


def _signed_off(v):
    return f"+{v}" if v >= 0 else str(v)


def _imm_text(v):
    return str(v)


def _canonical(insn: Insn) -> Optional[str]:
    """The mnemonic form, or None if no mnemonic encodes exactly these fields."""
    c, code, op = insn.cls, insn.code, insn.opcode
    d, s, off, imm = insn.dst, insn.src, insn.off, insn.imm
    if d > 10 or s > 10:  # registers %r11-%r15 are not BPF registers: print raw
        return None
    if insn.is_wide:
        if s == 0 and off == 0:
            return f"lddw %r{d}, {insn.imm64:#x}"
        return None
    if c in (I.BPF_ALU, I.BPF_ALU64):
        sfx = "32" if c == I.BPF_ALU else ""
        if code == I.BPF_END:
            if s or off:
                return None
            if c == I.BPF_ALU:
                return f"{'be' if insn.source == I.BPF_TO_BE else 'le'}{imm} %r{d}" \
                    if imm in (16, 32, 64) else None
            if insn.source == I.BPF_K and imm in (16, 32, 64):
                return f"bswap{imm} %r{d}"
            return None
        if code == I.BPF_NEG:
            return f"neg{sfx} %r{d}" if insn.source == I.BPF_K and not (s or off or imm) else None
        if code == I.BPF_MOV and insn.source == I.BPF_X and off in (8, 16, 32):
            if imm:
                return None
            name = f"movsx{off}{'32' if c == I.BPF_ALU else '64'}"
            return f"{name} %r{d}, %r{s}" if name in _MOVSX else None
        key = (code, off)
        if key not in _REV_ALU:
            return None
        name = _REV_ALU[key] + sfx
        if insn.source == I.BPF_X:
            return f"{name} %r{d}, %r{s}" if imm == 0 else None
        return f"{name} %r{d}, {_imm_text(imm)}" if s == 0 else None
    if c in (I.BPF_JMP, I.BPF_JMP32):
        sfx = "32" if c == I.BPF_JMP32 else ""
        if code == I.BPF_JA:
            if insn.source or d or s:
                return None
            if c == I.BPF_JMP:
                return f"ja {_signed_off(off)}" if imm == 0 else None
            return f"ja32 {_signed_off(imm)}" if off == 0 else None
        if code == I.BPF_EXIT:
            return "exit" if c == I.BPF_JMP and not (insn.source or d or s or off or imm) else None
        if code == I.BPF_CALL:
            if c != I.BPF_JMP or off:
                return None
            if insn.source == I.BPF_X:
                return f"call %r{d}" if s == 0 and imm == 0 else None
            if d:
                return None
            if s == 0:
                return f"call {imm}"
            if s == I.BPF_PSEUDO_CALL:
                return f"call local {_signed_off(imm)}"
            if s == I.BPF_PSEUDO_KFUNC_CALL:
                return f"call runtime {imm}"
            return None
        if code in _REV_JMP:
            name = _REV_JMP[code] + sfx
            if insn.source == I.BPF_X:
                return f"{name} %r{d}, %r{s}, {_signed_off(off)}" if imm == 0 else None
            return f"{name} %r{d}, {_imm_text(imm)}, {_signed_off(off)}" if s == 0 else None
        return None
    sz = _REV_SIZE[insn.size]
    mode = insn.mode
    if c == I.BPF_LDX and mode in (I.BPF_MEM, I.BPF_MEMSX) and imm == 0:
        if mode == I.BPF_MEMSX and sz == "dw":
            return None
        return f"ldx{'s' if mode == I.BPF_MEMSX else ''}{sz} %r{d}, {_mem_text(s, off)}"
    if c == I.BPF_ST and mode == I.BPF_MEM and s == 0:
        return f"st{sz} {_mem_text(d, off)}, {_imm_text(imm)}"
    if c == I.BPF_STX and mode == I.BPF_MEM and imm == 0:
        return f"stx{sz} {_mem_text(d, off)}, %r{s}"
    if c == I.BPF_STX and mode == I.BPF_ATOMIC and sz in ("w", "dw"):
        sfx = "32" if sz == "w" else ""
        if imm == I.BPF_XCHG:
            name = "xchg"
        elif imm == I.BPF_CMPXCHG:
            name = "cmpxchg"
        elif (imm & ~I.BPF_FETCH) in _REV_ATOMIC:
            name = ("fetch " if imm & I.BPF_FETCH else "") + _REV_ATOMIC[imm & ~I.BPF_FETCH]
        else:
            return None
        return f"lock {name}{sfx} {_mem_text(d, off)}, %r{s}"
    if c == I.BPF_LD and mode == I.BPF_ABS and d == 0 and s == 0 and off == 0:
        return f"ldabs{sz} {_imm_text(imm)}"
    if c == I.BPF_LD and mode == I.BPF_IND and d == 0 and off == 0:
        return f"ldind{sz} %r{s}, {_imm_text(imm)}"
    return None


def format_insn_ubpf(insn: Insn, labels: Optional[dict[int, str]] = None,
                     slot: Optional[int] = None) -> str:
    """One instruction in uBPF syntax. Encodings no mnemonic describes print as `raw 0x...`
    so that parsing the text back always gives the same instruction. With `labels`
    (slot -> name) and the instruction's `slot`, jump targets print as label names."""
    text = _canonical(insn)
    if text is None:
        words = struct.unpack(f"<{insn.slots}Q", insn.encode())
        return "raw " + ", ".join(f"{w:#018x}" for w in words)
    if labels and slot is not None and (insn.is_jmp and not insn.is_exit) and \
            not (insn.is_call and not insn.is_pseudo_call):
        if insn.is_call or insn.cls == I.BPF_JMP32 and insn.code == I.BPF_JA:
            dest = slot + 1 + insn.imm
        else:
            dest = slot + 1 + insn.off
        if dest in labels:
            head, _, last = text.rpartition(" ")
            text = f"{head} {labels[dest]}"
    return text


def format_program_ubpf(prog: Program) -> str:
    """A whole program in uBPF syntax with its labels (round-trips through parse_ubpf_insns)."""
    by_slot = {s: n for n, s in prog.labels.items()}
    for f in prog.functions[1:]:
        by_slot.setdefault(f.start, f.name)
    lines = []
    for slot, ins in zip(prog.slots(), prog.insns):
        if slot in by_slot:
            lines.append(f"{by_slot[slot]}:")
        lines.append(format_insn_ubpf(ins, by_slot, slot))
    return "\n".join(lines) + "\n"
