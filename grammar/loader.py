"""One entry point for every input format: `load(path) -> ProgramFile`.

The format is chosen by `fmt` or, when absent, by the file name. Each reader lives in its own
module and is imported lazily so a user reading a text file never pays for pyelftools.
"""
from __future__ import annotations

import os

from bpfsmt.spec.errors import InputError
from bpfsmt.spec.insn import SourceLoc
from bpfsmt.spec.program import ProgramFile

from .limits import check_map_sizes

FORMATS = ("asm", "ubpf", "raw", "hex", "elf", "selftest", "verifier-log", "xlated", "objdump")


def detect_format(path: str) -> str:
    name = os.path.basename(path)
    if name.endswith(".data"):
        return "ubpf"
    if name.endswith(".o"):
        return "elf"
    if name.endswith(".c"):
        return "selftest"
    if name.endswith((".raw", ".bin")):
        return "raw"
    if name.endswith(".hex"):
        return "hex"
    try:
        with open(path, "rb") as f:
            head = f.read(4)
    except OSError as e:
        raise InputError(f"cannot read input: {e.strerror}", SourceLoc(path, 0, 0)) from None
    if head == b"\x7fELF":
        return "elf"
    return "asm"


def prepare(path: str, fmt: str | None = None) -> str | None:
    """The format `load` would use for `path`, with its reader imported and its parser built:
    once-per-process work that a per-program time limit (--timeout) should not count."""
    if not os.path.isfile(path):
        return fmt                  # load says what is wrong with it
    fmt = fmt or detect_format(path)
    if fmt in ("asm", "verifier-log", "xlated", "objdump"):
        from . import asm_file  # noqa: F401 - imported for its parser
        from .asm_stmt import parser
        parser()
    elif fmt == "ubpf":
        from .ubpf import _parser
        _parser()
    elif fmt in ("raw", "hex"):
        from . import raw  # noqa: F401
    elif fmt == "elf":
        from . import elf  # noqa: F401
    return fmt


def load(path: str, fmt: str | None = None, kernel: str = "6.1", **options) -> ProgramFile:
    """Read `path` in format `fmt` (default: by name/content) into a ProgramFile. `kernel` is
    the one ELF objects are relocated for (CO-RE, kfunc btf_ids), as libbpf does at load time.

    Raises InputError (with file:line:column) for anything malformed."""
    if not os.path.exists(path):
        raise InputError("no such file", SourceLoc(path, 0, 0))
    if os.path.isdir(path):
        raise InputError("is a directory (pass the files inside it)", SourceLoc(path, 0, 0))
    pfile = _read(path, fmt or detect_format(path), options, kernel)
    pfile.kernel = kernel
    for m in pfile.maps.values():
        check_map_sizes(m, m.loc if m.loc.line else SourceLoc(path, 0, 0))
    return pfile


def _read(path: str, fmt: str, options: dict, kernel: str) -> ProgramFile:
    if fmt == "asm":
        from .asm_file import load_asm_file
        return load_asm_file(path, **options)
    if fmt in ("verifier-log", "xlated", "objdump"):
        from .asm_file import load_listing
        return load_listing(path, fmt, **options)
    if fmt == "ubpf":
        from .ubpf import load_ubpf_file
        return load_ubpf_file(path, **options)
    if fmt in ("raw", "hex"):
        from .raw import load_raw_file
        return load_raw_file(path, fmt, **options)
    if fmt == "elf":
        from .elf import load_elf
        return load_elf(path, kernel=kernel, **options)
    if fmt == "selftest":
        from .selftest import load_selftest
        return load_selftest(path, kernel=kernel, **options)
    raise InputError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}",
                     SourceLoc(path, 0, 0))


def expand_inputs(paths: list[str]) -> list[str]:
    """Directories stand for the program files inside them (sorted), for batch commands."""
    out = []
    for p in paths:
        if os.path.isdir(p):
            for n in sorted(os.listdir(p)):
                q = os.path.join(p, n)
                if os.path.isfile(q) and n.endswith((".s", ".bpf.s", ".o", ".c", ".data", ".raw",
                                                     ".hex", ".bin")):
                    out.append(q)
        else:
            out.append(p)
    return out
