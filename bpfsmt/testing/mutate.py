"""Seeds and mutators for the input fuzzer (`python -m bpfsmt.testing.fuzz inputs`).

Seeds are the bundled examples, the committed test listings and ELF objects, the bpf_conformance
`.data` files and the corpus objects; raw and hex seeds are the instructions of the text seeds.
Mutations are byte-level (flips, interesting bytes, inserted/deleted/duplicated ranges, splices
with another seed of the same format), token-level for text (numbers replaced by boundary and
over-long literals, registers by r11-r15, lines deleted/duplicated/swapped, a non-UTF-8 byte)
and structure-aware for ELF (ELF header, section headers, symbols, relocations) and BTF (header
and type records), so the loaders see inputs that get past their first sanity check.
"""
from __future__ import annotations

import glob
import os
import random
import re
import struct

from bpfsmt.spec import insn as I

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Extensions choose the loader (grammar/loader.py detect_format); text listings need --format.
FORMAT_EXT = {"asm": ".bpf.s", "ubpf": ".data", "raw": ".raw", "hex": ".hex", "elf": ".o",
              "verifier-log": ".log", "xlated": ".txt", "objdump": ".txt"}

INTERESTING_INTS = ["0", "1", "-1", "7", "8", "11", "15", "16", "63", "64", "255", "256", "512",
                    "-512", "4096", "32767", "-32768", "65535", "2147483647", "-2147483648",
                    "4294967295", "4294967296", "0x7fffffff", "0x80000000", "0xffffffff",
                    "9223372036854775807", "18446744073709551615", "18446744073709551616",
                    "0xffffffffffffffffff", "1000000", "1" * 5000, "0x" + "f" * 5000,
                    "-" + "9" * 4400]
INTERESTING_U32 = [0, 1, 7, 8, 0x7F, 0x80, 0xFF, 0xFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF,
                   0xFFFFFFF0, 0x10000, 0x1000000]
INTERESTING_U64 = INTERESTING_U32 + [1 << 32, (1 << 63) - 1, 1 << 63, (1 << 64) - 1,
                                     (1 << 64) - 8, 1 << 40]

_NUM_RE = re.compile(rb"-?(?:0[xX][0-9a-fA-F]+|[0-9]+)")
_REG_RE = re.compile(rb"\b([rw]|%r)([0-9]|10)\b")


def _read(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read()


def load_seeds(shared: str | None, corpus_max_bytes: int = 200_000) -> dict[str, list[bytes]]:
    """format -> seed files' bytes; formats without a seed on this machine are left out."""
    seeds: dict[str, list[bytes]] = {f: [] for f in FORMAT_EXT}
    for p in sorted(glob.glob(os.path.join(ROOT, "examples", "*.bpf.s"))):
        seeds["asm"].append(_read(p))
    data = os.path.join(ROOT, "tests", "data")
    for p in sorted(glob.glob(os.path.join(data, "grammar", "*.verifier.log"))):
        seeds["verifier-log"].append(_read(p))
    for p in sorted(glob.glob(os.path.join(data, "grammar", "*.objdump.txt"))):
        seeds["objdump"].append(_read(p))
    for p in sorted(glob.glob(os.path.join(data, "**", "*.o"), recursive=True)):
        seeds["elf"].append(_read(p))
    if shared:
        for p in sorted(glob.glob(os.path.join(shared, "conformance", "tests", "*.data"))):
            seeds["ubpf"].append(_read(p))
        for p in sorted(glob.glob(os.path.join(shared, "corpus", "ebpf-samples", "**", "*.o"),
                                  recursive=True)):
            if os.path.getsize(p) <= corpus_max_bytes:
                seeds["elf"].append(_read(p))
    _derive_binary_seeds(seeds)
    return {f: s for f, s in seeds.items() if s}


def _derive_binary_seeds(seeds: dict[str, list[bytes]]) -> None:
    """raw/hex/xlated seeds: the instructions of the asm and uBPF seeds, re-encoded."""
    import tempfile
    from bpfsmt.grammar import load
    from bpfsmt.grammar.printer import format_listing
    from bpfsmt.spec.errors import InputError
    with tempfile.TemporaryDirectory() as d:
        for fmt in ("asm", "ubpf"):
            for k, text in enumerate(seeds[fmt][:40]):
                p = os.path.join(d, f"s{k}{FORMAT_EXT[fmt]}")
                with open(p, "wb") as f:
                    f.write(text)
                try:
                    pf = load(p)
                except InputError:
                    continue
                for prog in pf.programs:
                    raw = I.encode(prog.insns)
                    seeds["raw"].append(raw)
                    seeds["hex"].append("\n".join(raw[i:i + 8].hex()
                                                  for i in range(0, len(raw), 8)).encode())
                    seeds["xlated"].append(format_listing(prog.insns, "kernel").encode())


# ---- generic mutators -------------------------------------------------------------------------
def _flip(r: random.Random, b: bytearray, _seeds) -> None:
    if b:
        i = r.randrange(len(b))
        b[i] ^= 1 << r.randrange(8)


def _byte(r, b, _seeds):
    if b:
        b[r.randrange(len(b))] = r.choice([0, 1, 0x7F, 0x80, 0xFF, 0x0A, 0x20, 0x2D, 0x30, 0x39])


def _insert(r, b, _seeds):
    i = r.randrange(len(b) + 1)
    b[i:i] = bytes(r.getrandbits(8) for _ in range(r.randint(1, 16)))


def _delete(r, b, _seeds):
    if b:
        i = r.randrange(len(b))
        del b[i:i + r.randint(1, 64)]


def _duplicate(r, b, _seeds):
    if b:
        i = r.randrange(len(b))
        j = min(len(b), i + r.randint(1, 256))
        k = r.randrange(len(b) + 1)
        b[k:k] = b[i:j] * r.randint(1, 4)


def _splice(r, b, seeds):
    other = r.choice(seeds)
    if other and b:
        i, j = r.randrange(len(b)), r.randrange(len(other))
        b[i:] = other[j:]


def _truncate(r, b, _seeds):
    if b:
        del b[r.randrange(len(b)):]


BYTE_MUTATORS = [_flip, _byte, _insert, _delete, _duplicate, _splice, _truncate]


# ---- text mutators ------------------------------------------------------------------------------
def _number(r, b, _seeds):
    ms = list(_NUM_RE.finditer(b))
    if ms:
        m = r.choice(ms)
        b[m.start():m.end()] = r.choice(INTERESTING_INTS).encode()


def _register(r, b, _seeds):
    ms = list(_REG_RE.finditer(b))
    if ms:
        m = r.choice(ms)
        b[m.start(2):m.end(2)] = str(r.randint(11, 15)).encode()


def _lines(r, b, _seeds):
    lines = bytes(b).split(b"\n")
    i, j = r.randrange(len(lines)), r.randrange(len(lines))
    op = r.randrange(4)
    if op == 0:
        del lines[i]
    elif op == 1:
        lines.insert(j, lines[i])
    elif op == 2:
        lines[i], lines[j] = lines[j], lines[i]
    else:
        lines[i] = lines[i] + b"\xff\xfe"
    b[:] = b"\n".join(lines)


TEXT_MUTATORS = BYTE_MUTATORS + [_number, _number, _number, _register, _lines, _lines]


# ---- raw instructions ---------------------------------------------------------------------------
def _raw_field(r, b, _seeds):
    """Overwrite one field of one instruction: opcode, registers (11-15 too), off or imm."""
    n = len(b) // 8
    if not n:
        return
    s = 8 * r.randrange(n)
    field = r.randrange(4)
    if field == 0:
        b[s] = r.getrandbits(8)
    elif field == 1:
        b[s + 1] = r.randint(0, 15) | (r.randint(0, 15) << 4)
    elif field == 2:
        struct.pack_into("<h", b, s + 2, r.choice([0, 1, -1, 0x7FFF, -0x8000, r.randint(-40, 40)]))
    else:
        struct.pack_into("<I", b, s + 4, r.choice(INTERESTING_U32))


RAW_MUTATORS = BYTE_MUTATORS + [_raw_field] * 6


# ---- ELF / BTF ----------------------------------------------------------------------------------
def _elf_sections(b: bytes) -> list[tuple[int, int, int, int, int]]:
    """(header offset, sh_type, sh_offset, sh_size, sh_entsize) per section of an ELF64 LE."""
    if len(b) < 64 or b[:4] != b"\x7fELF":
        return []
    shoff, = struct.unpack_from("<Q", b, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", b, 0x3A)
    if shentsize != 64 or shoff + 64 * shnum > len(b):
        return []
    out = []
    for k in range(shnum):
        h = shoff + 64 * k
        _name, typ, _flags, _addr, off, size, _link, _info, _align, ent = \
            struct.unpack_from("<IIQQQQIIQQ", b, h)
        out.append((h, typ, off, size, ent))
    return out


def _elf_header(r, b, _seeds):
    field, fmt = r.choice([(0x18, "<Q"), (0x20, "<Q"), (0x28, "<Q"), (0x3A, "<H"), (0x3C, "<H"),
                           (0x3E, "<H"), (0x12, "<H"), (0x04, "<B"), (0x05, "<B")])
    if len(b) >= field + struct.calcsize(fmt):
        v = r.choice(INTERESTING_U64) & ((1 << (8 * struct.calcsize(fmt))) - 1)
        struct.pack_into(fmt, b, field, v)


_SHDR_FIELDS = [(0, "<I"), (4, "<I"), (8, "<Q"), (0x18, "<Q"), (0x20, "<Q"), (0x28, "<I"),
                (0x2C, "<I"), (0x38, "<Q")]


def _elf_shdr(r, b, _seeds):
    secs = _elf_sections(b)
    if secs:
        h = r.choice(secs)[0]
        off, fmt = r.choice(_SHDR_FIELDS)
        v = r.choice(INTERESTING_U64) & ((1 << (8 * struct.calcsize(fmt))) - 1)
        struct.pack_into(fmt, b, h + off, v)


def _elf_entries(r, b, _seeds):
    """A field of a symbol (SHT_SYMTAB) or relocation (SHT_REL) entry."""
    secs = [s for s in _elf_sections(b) if s[1] in (2, 9) and s[4] and s[3] // s[4]]
    if not secs:
        return
    _h, typ, off, size, ent = r.choice(secs)
    e = off + ent * r.randrange(size // ent)
    fields = [(0, "<I"), (4, "<B"), (6, "<H"), (8, "<Q"), (16, "<Q")] if typ == 2 else \
        [(0, "<Q"), (8, "<I"), (12, "<I")]
    fo, fmt = r.choice(fields)
    if e + fo + struct.calcsize(fmt) <= len(b):
        v = r.choice(INTERESTING_U64 + [r.randrange(64)]) & ((1 << (8 * struct.calcsize(fmt))) - 1)
        struct.pack_into(fmt, b, e + fo, v)


def _btf(r, b, _seeds):
    """A word of the .BTF (or .BTF.ext) section: header fields or a type record's info/size."""
    i = bytes(b).find(b"\x9f\xeb\x01")
    if i < 0 or i + 24 > len(b):
        return
    if r.randrange(3) == 0:
        o = i + 4 * r.randrange(1, 6) + 4
    else:
        hdr_len, type_off, type_len = struct.unpack_from("<III", b, i + 4)
        start = i + hdr_len + type_off
        if type_len < 12 or start + type_len > len(b):
            return
        o = start + 4 * r.randrange(type_len // 4)
    if o + 4 <= len(b):
        struct.pack_into("<I", b, o, r.choice(INTERESTING_U32 + [r.randrange(64) << 24,
                                                                 r.randrange(32)]))


ELF_MUTATORS = BYTE_MUTATORS + [_elf_header, _elf_shdr, _elf_shdr, _elf_shdr, _elf_entries,
                                _elf_entries, _btf, _btf, _btf]

MUTATORS = {"asm": TEXT_MUTATORS, "ubpf": TEXT_MUTATORS, "verifier-log": TEXT_MUTATORS,
            "xlated": TEXT_MUTATORS, "objdump": TEXT_MUTATORS, "hex": TEXT_MUTATORS,
            "raw": RAW_MUTATORS, "elf": ELF_MUTATORS}


def mutate(r: random.Random, fmt: str, seeds: list[bytes]) -> bytes:
    """One to four stacked mutations of a random seed of `fmt`."""
    b = bytearray(r.choice(seeds))
    for _ in range(r.randint(1, 4)):
        r.choice(MUTATORS[fmt])(r, b, seeds)
    return bytes(b)
