"""Raw instructions: binary files of 8-byte little-endian `struct bpf_insn` words, and hex text.

Binary files follow the oracle's naming: `NAME.SEC.raw` loads as section SEC (`g_raw_ret0.
socket.raw` is a socket filter); other names default to `socket`.  Hex text has one
instruction per line (16 hex digits; an lddw as one 32-digit line or two 16-digit lines;
blanks inside are ignored; `#` and `//` start comments).  A truncated stream is an InputError
naming the slot.  bpf2bpf call and callback targets become functions `func_<slot>`.
"""
from __future__ import annotations

import os
import re
from typing import Optional

from bpfsmt.spec import insn as I
from bpfsmt.spec.deadline import LOADER, check_deadline
from bpfsmt.spec.errors import InputError
from bpfsmt.spec.insn import Insn, SourceLoc
from bpfsmt.spec.program import Function, Program, ProgramFile


def section_from_name(path: str) -> Optional[str]:
    """`prog.tc.raw` -> `tc` (the oracle's NAME.SEC.raw convention)."""
    base = os.path.basename(path)
    parts = base.split(".")
    if len(parts) >= 3 and parts[-1] in ("raw", "bin", "hex"):
        from bpfsmt.spec.progtypes import section_to_type
        sec = parts[-2]
        if section_to_type(sec).prog_type is not None:
            return sec
    return None


def decode_raw(data: bytes, file: str) -> list[Insn]:
    if len(data) % 8:
        n = len(data) // 8
        raise InputError(f"truncated instruction stream: {len(data)} bytes is not a multiple of "
                         f"8; slot {n} has only {len(data) % 8} bytes", SourceLoc(file, n + 1, 1))
    try:
        return I.decode(data, file)
    except I.DecodeError as e:
        raise InputError(f"{e} (slot {e.slot})", SourceLoc(file, e.slot + 1, 1)) from None


def parse_hex_text(text: str, file: str) -> list[Insn]:
    """Hex text -> instructions; locations are the text's lines."""
    words: list[tuple[bytes, SourceLoc]] = []
    for ln, line in enumerate(text.split("\n"), 1):
        check_deadline(LOADER)
        body = re.split(r"#|//", line, 1)[0]
        if not body.strip():
            continue
        col = len(body) - len(body.lstrip()) + 1
        digits = re.sub(r"[\s_]", "", body)
        if digits.lower().startswith("0x"):
            digits = digits[2:]
        bad = re.search(r"[^0-9a-fA-F]", digits)
        if bad:
            c = body.find(bad.group(0)) + 1
            raise InputError(f"unexpected {bad.group(0)!r}; expected hex digits "
                             f"(16 per instruction)", SourceLoc(file, ln, c))
        if len(digits) not in (16, 32):
            raise InputError(f"{len(digits)} hex digits; expected 16 (one instruction) or 32 (an "
                             f"lddw)", SourceLoc(file, ln, col))
        raw = bytes.fromhex(digits)
        for k in range(0, len(raw), 8):
            words.append((raw[k:k + 8], SourceLoc(file, ln, col)))
    out: list[Insn] = []
    i = 0
    while i < len(words):
        w, loc = words[i]
        if w[0] == I.LDDW_OPCODE:
            if i + 1 >= len(words):
                raise InputError(f"lddw at slot {i} is missing its second half; expected another "
                                 f"16 hex digits", loc)
            insn = I.decode(w + words[i + 1][0], file)[0]
            i += 2
        else:
            insn = I.decode(w, file)[0]
            i += 1
        out.append(insn.with_(loc=loc))
    return out


def program_from_insns(insns: list[Insn], name: str, section: str, file: str) -> Program:
    """A one-program file's Program: functions from bpf2bpf call and callback targets."""
    from .asm import apply_section
    loc = SourceLoc(file, 1, 1)
    prog = Program(name, section, insns, loc=loc)
    apply_section(prog, {"section": (section, 1)}, file, loc)
    starts = {0: name}
    slots = I.slot_offsets(insns)
    n = sum(i.slots for i in insns)
    for s, i in zip(slots, insns):
        if i.is_pseudo_call or (i.is_wide and i.src == I.BPF_PSEUDO_FUNC):
            t = s + 1 + i.imm
            if 0 < t < n:
                starts.setdefault(t, f"func_{t}")
    prog.functions = [Function(fn, s, False, loc) for s, fn in sorted(starts.items())]
    return prog


def load_raw_file(path: str, fmt: str = "raw", section: Optional[str] = None,
                  name: Optional[str] = None) -> ProgramFile:
    """`fmt` is "raw" (binary) or "hex" (text).  No maps: raw mode has no relocations."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise InputError(f"cannot read input: {e.strerror}", SourceLoc(path, 0, 0)) from None
    if fmt == "hex":
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError("hex input is not text; expected 16 hex digits per line",
                             SourceLoc(path, 1, 1)) from None
        insns = parse_hex_text(text, path)
    else:
        insns = decode_raw(data, path)
    if not insns:
        raise InputError("no instructions", SourceLoc(path, 1, 1))
    sec = section or section_from_name(path) or "socket"
    pname = name or ("raw" if fmt == "raw" else os.path.basename(path).split(".")[0])
    return ProgramFile(path, {}, [program_from_insns(insns, pname, sec, path)])
