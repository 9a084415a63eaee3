"""Readers for text files: the bpfsmt program file format and kernel/LLVM listings.

`load_asm_file` reads the file format of grammar/asm.py.  `load_listing` reads what the kernel
and the toolchain print (6.1 verifier logs, `bpftool prog dump xlated`, `llvm-objdump -d`, the
oracle's results.txt) into a ProgramFile, so a log pasted from a bug report can be checked.
"""
from __future__ import annotations

from bpfsmt.spec.errors import InputError
from bpfsmt.spec.insn import SourceLoc
from bpfsmt.spec.program import ProgramFile

from .asm import parse_program_text


def read_text(path: str) -> str:
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise InputError(f"cannot read input: {e.strerror}", SourceLoc(path, 0, 0)) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        col = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        raise InputError("not UTF-8 text (a binary file? use --format raw or elf)",
                         SourceLoc(path, line, col)) from None


def load_asm_file(path: str, **options) -> ProgramFile:
    """A `.bpf.s` program file (format: see grammar/asm.py)."""
    return parse_program_text(read_text(path), path, **options)


def load_listing(path: str, fmt: str = "verifier-log", **options) -> ProgramFile:
    """A kernel/toolchain listing (verifier-log, xlated, objdump, oracle results.txt)."""
    from .listing import parse_listing
    return parse_listing(read_text(path), path, fmt, **options)
