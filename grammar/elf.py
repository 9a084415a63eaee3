"""Read clang-built BPF ELF objects into the program IR, the way libbpf 1.1 prepares them.

What libbpf does at `bpf_object__open` + relocation time, and so what the kernel receives:
  * every executable section other than `.text` holds entry programs, one per FUNC symbol;
  * the program type, attach type and sleepable flag come from the section name
    (`spec/progtypes.py`);
  * maps come from `.maps` (BTF-defined, parsed from `.BTF`) or the legacy `maps` section
    (`struct bpf_map_def`, which libbpf 1.x refuses but older loaders and the corpus use), and
    global data sections (`.data`, `.rodata*`, `.bss`) become single-element array maps;
  * `lddw` relocations become BPF_PSEUDO_MAP_FD (src=1) / BPF_PSEUDO_MAP_VALUE (src=2, offset
    in the high imm) with `imm` = the map's index in `ProgramFile.maps`; `lddw` of a function
    address becomes BPF_PSEUDO_FUNC (src=4, callbacks);
  * bpf2bpf callees (and callbacks) from `.text` or the program's own section are appended
    after the main function, each once, and the call/lddw imm patched to the new position;
  * CO-RE relocations (`.BTF.ext`) are applied against the chosen kernel's vmlinux BTF
    (grammar/core.py), and kfunc calls get the btf_id of the kernel's FUNC of that name.
Malformed objects raise InputError located at `FILE:0:0` with the section and byte offset.
"""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass, field
from typing import Optional

from bpfsmt.spec.deadline import LOADER, check_deadline
from bpfsmt.spec.errors import InputError
from bpfsmt.spec.insn import (BPF_PSEUDO_BTF_ID, BPF_PSEUDO_CALL, BPF_PSEUDO_FUNC,
                              BPF_PSEUDO_KFUNC_CALL, BPF_PSEUDO_MAP_FD, BPF_PSEUDO_MAP_VALUE,
                              LDDW_OPCODE, Insn, SourceLoc, decode, DecodeError)
from bpfsmt.spec.program import (BPF_F_MMAPABLE, BPF_F_RDONLY_PROG, FIELD_EINVAL, FIELD_NO_BTF,
                                 LITERAL_MAP_FD, Function, Map, Program, ProgramFile, ValueField)
from bpfsmt.spec.limits import KMALLOC_MAX_SIZE
from bpfsmt.spec.maps import MAP_IN_MAP_TYPES, MAP_TYPE_NAMES_612, MAPS_61, names_where
from bpfsmt.spec.progtypes import section_to_type

from . import btf as btfmod
from . import core, vmlinux

EM_BPF = 247
SHF_EXECINSTR = 0x4
SHT_NOBITS = 8
SHT_REL = 9
STT_NOTYPE, STT_OBJECT, STT_FUNC, STT_SECTION = 0, 1, 2, 3
STB_LOCAL, STB_GLOBAL, STB_WEAK = 0, 1, 2
SHN_UNDEF = 0

DATA_PREFIXES = (".data", ".rodata", ".bss")
BPF_OBJ_NAME_LEN = 16


@dataclass
class _Sym:
    name: str
    value: int
    size: int
    type: int
    bind: int
    shndx: int


@dataclass
class _Sec:
    idx: int
    name: str
    type: int
    flags: int
    offset: int
    size: int
    data: bytes


@dataclass
class _Func:
    """A function inside an executable section (slot range [start, end))."""
    sec: int
    name: str
    start: int
    end: int
    is_global: bool
    sym_global: bool


@dataclass
class _Ctx:
    path: str
    data: bytes
    secs: list[_Sec] = field(default_factory=list)
    syms: list[_Sym] = field(default_factory=list)
    rels: dict[int, dict[int, tuple[int, _Sym]]] = field(default_factory=dict)  # sec -> off -> (type, sym)
    btf: Optional[btfmod.BTF] = None
    ext: Optional[btfmod.BTFExt] = None
    maps: dict[str, Map] = field(default_factory=dict)
    map_by_sym: dict[tuple[int, int], str] = field(default_factory=dict)       # (shndx, off) -> map
    data_map: dict[int, str] = field(default_factory=dict)                     # shndx -> map
    funcs: dict[int, list[_Func]] = field(default_factory=dict)                # sec -> funcs
    code: dict[int, tuple[list[Insn], dict[int, int]]] = field(default_factory=dict)
    syms_by_sec: Optional[dict[int, list[_Sym]]] = None
    kconfig: Optional[tuple[str, dict[str, tuple[int, int]]]] = None
    kernel: str = "6.1"
    kfunc_ids: dict[str, int] = field(default_factory=dict)                   # extern -> btf_id
    ksym_var_ids: dict[str, int] = field(default_factory=dict)   # typed ksym -> kernel VAR id

    def err(self, msg: str, loc: Optional[SourceLoc] = None) -> InputError:
        return InputError(msg, loc if loc is not None and loc.line else SourceLoc(self.path, 0, 0))

    def vmlinux(self, what: str) -> btfmod.BTF:
        """The target kernel's BTF; bad input when it has not been fetched."""
        kb = vmlinux.load_btf(self.kernel)
        if kb is None:
            raise self.err(vmlinux.missing_message(self.kernel, what))
        return kb


def load_elf(path: str, prog_type: Optional[str] = None, kernel: str = "6.1",
             **_options) -> ProgramFile:
    """Read the BPF object at `path`. `prog_type` chooses the type of programs whose section
    name no libbpf version recognises (default: xdp if the file name says so, else tc);
    `kernel` is the one whose vmlinux BTF CO-RE relocations and kfunc calls resolve against."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise InputError(f"cannot read ELF object: {e.strerror}", SourceLoc(path, 0, 0)) from None
    ctx = _Ctx(path, data, kernel=kernel)
    try:
        _read_elf(ctx)
        _read_btf(ctx)
        _read_maps(ctx)
        _resolve_kfuncs(ctx)
        _resolve_ksym_vars(ctx)
        programs = _read_programs(ctx, prog_type)
    except InputError:
        raise
    except btfmod.BTFError as e:
        raise ctx.err(f"malformed BTF: {e}") from None
    except (struct.error, IndexError, ValueError, KeyError, UnicodeDecodeError) as e:
        raise ctx.err(f"malformed ELF object: {type(e).__name__}: {e}") from None
    return ProgramFile(path=path, maps=ctx.maps, programs=programs,
                       local_type_sizes=_struct_sizes(ctx.btf))


def _struct_sizes(btf) -> dict[int, int]:
    if btf is None:
        return {}
    return {i: t.size_or_type for i, t in enumerate(btf.types)
            if i and t is not None and t.kind == btfmod.K_STRUCT}


def read_btf(path: str):
    """(BTF or None, {function name: (line, col)}) of an object: the selftest reader needs the
    decl tags and where each entry function starts in the C source."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise InputError(f"cannot read ELF object: {e.strerror}", SourceLoc(path, 0, 0)) from None
    ctx = _Ctx(path, data)
    try:
        _read_elf(ctx)
        _read_btf(ctx)
    except btfmod.BTFError as e:
        raise ctx.err(f"malformed BTF: {e}") from None
    except (struct.error, IndexError, ValueError, KeyError) as e:
        raise ctx.err(f"malformed ELF object: {type(e).__name__}: {e}") from None
    funcs: dict[str, tuple[int, int]] = {}
    for s in ctx.secs:
        if not (s.flags & SHF_EXECINSTR) or s.name == ".text" or s.size == 0:
            continue
        locs = _line_locs(ctx, s.name)
        for y in sorted((y for y in ctx.syms if y.shndx == s.idx and y.type == STT_FUNC),
                        key=lambda y: y.value):
            loc = locs.get(y.value // 8)
            funcs[y.name] = (loc.line, loc.column) if loc else (0, 0)
    return ctx.btf, funcs


# ---- ELF container -----------------------------------------------------------------------------
def _read_elf(ctx: _Ctx) -> None:
    """Sections, symbols and relocations, with every offset checked against the file size
    (pyelftools reads lazily and would fail later with an opaque exception)."""
    from elftools.common.exceptions import ELFError
    from elftools.elf.elffile import ELFFile
    import io

    d = ctx.data
    if len(d) < 16 or d[:4] != b"\x7fELF":
        raise ctx.err("not an ELF object (bad magic at offset 0)")
    if d[4] != 2:
        raise ctx.err("not a 64-bit ELF object (EI_CLASS at offset 4)")
    if d[5] != 1:
        raise ctx.err("big-endian BPF objects are not supported (EI_DATA at offset 5); "
                      "compile with -target bpfel")
    if len(d) < 64:
        raise ctx.err(f"ELF header truncated: file has {len(d)} bytes, header needs 64")
    try:
        elf = ELFFile(io.BytesIO(d))
        if elf["e_machine"] not in ("EM_BPF", EM_BPF, "EM_NONE", 0):
            raise ctx.err(f"not a BPF object: e_machine is {elf['e_machine']} (offset 18)")
        shoff, shnum, shentsize = elf["e_shoff"], elf["e_shnum"], elf["e_shentsize"]
        if shoff + shnum * shentsize > len(d) or (shnum and shentsize < 64):
            raise ctx.err(f"section header table at offset {shoff:#x} ({shnum} entries) runs "
                          f"past the end of the file ({len(d)} bytes): truncated object")
        for i in range(shnum):
            sh = elf._get_section_header(i)
            try:
                name = elf._get_section_name(sh) if i else ""
            except Exception:
                raise ctx.err(f"section #{i}: name offset {sh['sh_name']:#x} outside the "
                              f"section name table") from None
            if sh["sh_type"] != "SHT_NOBITS" and sh["sh_type"] != "SHT_NULL" and \
                    sh["sh_offset"] + sh["sh_size"] > len(d):
                raise ctx.err(f"section {name!r} (offset {sh['sh_offset']:#x}, size "
                              f"{sh['sh_size']:#x}) runs past the end of the file "
                              f"({len(d)} bytes): truncated object")
            stype = sh["sh_type"]
            stype_n = {"SHT_NOBITS": SHT_NOBITS, "SHT_REL": SHT_REL}.get(stype, -1) \
                if isinstance(stype, str) else stype
            body = b"" if stype_n == SHT_NOBITS else d[sh["sh_offset"]:sh["sh_offset"] + sh["sh_size"]]
            ctx.secs.append(_Sec(i, name, stype_n if stype_n != -1 else (0 if stype == "SHT_NULL" else 1),
                                 sh["sh_flags"], sh["sh_offset"], sh["sh_size"], body))
            if stype == "SHT_SYMTAB":
                symtab_idx, strtab_idx = i, sh["sh_link"]
        symtab = [s for s in ctx.secs if s.idx and elf._get_section_header(s.idx)["sh_type"] == "SHT_SYMTAB"]
        if not symtab:
            raise ctx.err("no symbol table (.symtab): not a relocatable BPF object")
        st = symtab[0]
        link = elf._get_section_header(st.idx)["sh_link"]
        if link >= len(ctx.secs):
            raise ctx.err(f".symtab links to missing string table section #{link}")
        strtab = ctx.secs[link].data
        if len(st.data) % 24:
            raise ctx.err(f".symtab size {len(st.data)} is not a multiple of 24")
        for off in range(0, len(st.data), 24):
            name_off, info, _other, shndx, value, size = struct.unpack_from("<IBBHQQ", st.data, off)
            if name_off >= max(len(strtab), 1) and name_off:
                raise ctx.err(f".symtab entry {off // 24}: name offset {name_off:#x} outside .strtab")
            end = strtab.find(b"\0", name_off)
            name = strtab[name_off:end if end >= 0 else len(strtab)].decode("utf-8", "replace")
            sym = _Sym(name, value, size, info & 0xF, info >> 4, shndx)
            if sym.type == STT_SECTION and shndx < len(ctx.secs):
                sym.name = sym.name or ctx.secs[shndx].name
            ctx.syms.append(sym)
        for s in ctx.secs:
            sh = elf._get_section_header(s.idx) if s.idx else None
            if sh is None or sh["sh_type"] not in ("SHT_REL", "SHT_RELA"):
                continue
            tgt = sh["sh_info"]
            if tgt >= len(ctx.secs):
                raise ctx.err(f"relocation section {s.name!r} applies to missing section #{tgt}")
            entsize = 16 if sh["sh_type"] == "SHT_REL" else 24
            if len(s.data) % entsize:
                raise ctx.err(f"relocation section {s.name!r} size {len(s.data)} is not a "
                              f"multiple of {entsize}")
            rel = ctx.rels.setdefault(tgt, {})
            for off in range(0, len(s.data), entsize):
                r_off, r_info = struct.unpack_from("<QQ", s.data, off)
                symi = r_info >> 32
                if symi >= len(ctx.syms):
                    raise ctx.err(f"{s.name} entry at offset {off:#x}: symbol #{symi} out of range")
                rel[r_off] = (r_info & 0xFFFFFFFF, ctx.syms[symi])
    except InputError:
        raise
    except ELFError as e:
        raise ctx.err(f"malformed ELF object: {e}") from None


def _sec_by_name(ctx: _Ctx, name: str) -> Optional[_Sec]:
    for s in ctx.secs:
        if s.name == name:
            return s
    return None


def _read_btf(ctx: _Ctx) -> None:
    s = _sec_by_name(ctx, ".BTF")
    if s is None:
        return
    try:
        ctx.btf = btfmod.BTF(s.data)
    except btfmod.BTFError as e:
        raise ctx.err(f"malformed .BTF (section offset {s.offset:#x}, +{e.offset:#x}): {e}") from None
    _fixup_datasecs(ctx)
    x = _sec_by_name(ctx, ".BTF.ext")
    if x is not None:
        try:
            ctx.ext = btfmod.parse_btf_ext(x.data, ctx.btf)
        except btfmod.BTFError as e:
            raise ctx.err(f"malformed .BTF.ext (section offset {x.offset:#x}, +{e.offset:#x}): "
                          f"{e}") from None


def _fixup_datasecs(ctx: _Ctx) -> None:
    """clang leaves DATASEC sizes and var offsets to the loader; like libbpf's
    btf_fixup_datasec(), take them from the ELF section size and the symbols' values."""
    for t in ctx.btf.types[1:]:
        if t.kind != btfmod.K_DATASEC:
            continue
        sec = _sec_by_name(ctx, t.name)
        if sec is None:
            continue
        t.size_or_type = sec.size
        syms = {y.name: y for y in ctx.syms if y.shndx == sec.idx and y.type != STT_SECTION}
        fixed = []
        for vtid, off, size in t.members:
            var = ctx.btf.get(vtid)
            y = syms.get(var.name)
            fixed.append((vtid, y.value if y is not None else off, size))
        t.members = fixed


# ---- maps ---------------------------------------------------------------------------------------
def _map_type(ctx: _Ctx, t: int, name: str) -> str:
    if not 0 <= t < len(MAP_TYPE_NAMES_612):     # the newest enum the model knows by name
        raise ctx.err(f"map {name!r}: unknown map type {t}")
    return MAP_TYPE_NAMES_612[t]


def _read_maps(ctx: _Ctx) -> None:
    """libbpf order: BTF-defined maps, then legacy `maps`, then global data."""
    msec = _sec_by_name(ctx, ".maps")
    if msec is not None:
        _read_btf_maps(ctx, msec)
    legacy: list[tuple[Map, int, int, int]] = []
    for s in ctx.secs:
        if s.name == "maps" or s.name.startswith("maps/"):
            legacy += _read_legacy_maps(ctx, s)
    # the inner-map template of an array_of_maps / hash_of_maps: struct bpf_map_def's 6th word
    # (samples/bpf, PREVAIL) is its index among the legacy maps; iproute2's struct bpf_elf_map
    # (Cilium) names it by `inner_id`, the `id` of the template
    by_id = {map_id: m for m, _, map_id, _ in legacy if map_id}
    for m, inner_idx, _, inner_id in legacy:
        if m.map_type in MAP_IN_MAP_TYPES and 0 <= inner_idx < len(legacy) \
                and legacy[inner_idx][0] is not m:
            m.inner = legacy[inner_idx][0]
        if m.map_type in MAP_IN_MAP_TYPES and by_id.get(inner_id, m) is not m:
            m.inner = by_id[inner_id]
        if m.map_type in MAP_IN_MAP_TYPES and m.value_size == 0:
            m.value_size = 4   # bpf_create_map_in_map(): the value is an inner map fd
    for s in ctx.secs:
        if (s.name in DATA_PREFIXES or s.name.startswith(tuple(p + "." for p in DATA_PREFIXES))) \
                and not (s.flags & SHF_EXECINSTR) and s.size > 0 and s.type in (1, SHT_NOBITS):
            _add_data_map(ctx, s)
    _add_kconfig_map(ctx)


# What libbpf 1.1 fills in for `extern ... __kconfig` on the oracle's kernel (Debian 6.1).
KCONFIG_VALUES = {"LINUX_KERNEL_VERSION": (6 << 16) | (1 << 8),   # from uname -r "6.1.0-NN-amd64"
                  "LINUX_HAS_BPF_COOKIE": 1, "LINUX_HAS_SYSCALL_WRAPPER": 1}


def _add_kconfig_map(ctx: _Ctx) -> None:
    """`extern T NAME __kconfig;` variables live in one read-only array map that libbpf lays
    out (sorted by alignment, then size, then name) and fills from the running kernel."""
    if ctx.btf is None:
        return
    ds = ctx.btf.by_name(".kconfig", btfmod.K_DATASEC)
    if not ds:
        return
    ext = []
    for vtid, _off, _sz in ds[0].members:
        var = ctx.btf.get(vtid)
        if var.kind != btfmod.K_VAR:
            continue
        size = ctx.btf.size_of(var.type)
        align = min(size, 8) if size in (1, 2, 4, 8) else 1
        ext.append((-align, size, var.name))
    ext.sort()
    off, layout = 0, {}
    for negalign, size, name in ext:
        off = (off + (-negalign) - 1) // (-negalign) * (-negalign)
        layout[name] = (off, size)
        off += size
    value_size = (off + 7) // 8 * 8 or 8
    if value_size > KMALLOC_MAX_SIZE:
        raise ctx.err(f"the .kconfig externs take {value_size:#x} bytes: their array map's "
                      f"value_size would exceed KMALLOC_MAX_SIZE ({KMALLOC_MAX_SIZE:#x}), so "
                      f"libbpf cannot create it (E2BIG)")
    data = bytearray(value_size)
    for name, (o, size) in layout.items():
        v = KCONFIG_VALUES.get(name, 0)
        data[o:o + size] = (v & ((1 << (8 * size)) - 1)).to_bytes(size, "little")
    name = _internal_map_name(ctx.path, ".kconfig")
    m = Map(name=name, map_type="array", key_size=4, value_size=value_size, max_entries=1,
            flags=BPF_F_MMAPABLE | BPF_F_RDONLY_PROG, section=".kconfig", has_btf=True,
            initial_data=bytes(data), loc=SourceLoc(ctx.path, 0, 0))
    m.spin_lock_off = btfmod.spin_lock_off(ctx.btf, ds[0].id)
    m.timer_off = btfmod.timer_off(ctx.btf, ds[0].id)
    m.fields = [ValueField(n, o, sz) for n, (o, sz) in layout.items()]
    m.contents = {bytes(4): m.initial_data}
    ctx.maps[name] = m
    ctx.kconfig = (name, layout)


def _internal_map_name(obj_path: str, sec_name: str) -> str:
    """libbpf's name for a global-data map: object-name prefix + section (kernel allows 15 chars)."""
    obj = os.path.basename(obj_path)
    obj = obj[:-2] if obj.endswith(".o") else obj
    if obj.endswith(".bpf"):
        obj = obj[:-4]
    sfx_len = max(7, len(sec_name))
    pfx_len = 0 if "." in sec_name[1:] else max(0, min(BPF_OBJ_NAME_LEN - sfx_len - 1, len(obj)))
    name = (obj[:pfx_len] + sec_name[:sfx_len])[:BPF_OBJ_NAME_LEN - 1]
    return "".join(c if c.isalnum() or c in "_." else "_" for c in name)


def _add_data_map(ctx: _Ctx, s: _Sec) -> None:
    if s.size > KMALLOC_MAX_SIZE:
        raise ctx.err(f"section {s.name!r} (#{s.idx}) has size {s.size:#x}: its array map's "
                      f"value_size would exceed KMALLOC_MAX_SIZE ({KMALLOC_MAX_SIZE:#x}), so "
                      f"libbpf cannot create it (E2BIG)")
    name = _internal_map_name(ctx.path, s.name)
    flags = BPF_F_MMAPABLE | (BPF_F_RDONLY_PROG if s.name.startswith(".rodata") else 0)
    m = Map(name=name, map_type="array", key_size=4, value_size=s.size, max_entries=1,
            flags=flags, section=s.name,
            initial_data=bytes(s.size) if s.type == SHT_NOBITS else s.data,
            loc=SourceLoc(ctx.path, 0, 0))
    if ctx.btf is not None:
        ds = ctx.btf.by_name(s.name, btfmod.K_DATASEC)
        if ds:
            m.has_btf = True
            m.spin_lock_off = btfmod.spin_lock_off(ctx.btf, ds[0].id)
            m.timer_off = btfmod.timer_off(ctx.btf, ds[0].id)
            m.fields = [ValueField(*f) for f in btfmod.value_fields(ctx.btf, ds[0].id)]
    m.contents = {bytes(4): m.initial_data}
    ctx.maps[name] = m
    ctx.data_map[s.idx] = name


BPF_ELF_MAP_SIZE = 36      # iproute2's struct bpf_elf_map: ... flags, id, pinning, inner_id, inner_idx


def _read_legacy_maps(ctx: _Ctx, s: _Sec) -> list[tuple[Map, int, int, int]]:
    """The maps of a legacy section, each with how it names an inner-map template: (map,
    bpf_map_def inner index or -1, bpf_elf_map id, bpf_elf_map inner_id; 0 when absent)."""
    syms = sorted((y for y in ctx.syms if y.shndx == s.idx and y.type != STT_SECTION and y.name),
                  key=lambda y: y.value)
    out: list[tuple[Map, int, int, int]] = []
    if not syms:
        return out
    def_size = s.size // len(syms)
    if def_size < 16:
        raise ctx.err(f"legacy maps section {s.name!r}: {len(syms)} maps in {s.size} bytes "
                      f"(struct bpf_map_def needs at least 16)")
    for y in syms:
        if y.value + 16 > len(s.data):
            raise ctx.err(f"map {y.name!r} at offset {y.value:#x} of {s.name!r} is truncated")
        n = min(def_size, len(s.data) - y.value) // 4
        f = list(struct.unpack_from(f"<{min(n, 9)}I", s.data, y.value)) + [0] * 9
        m = Map(name=y.name, map_type=_map_type(ctx, f[0], y.name), key_size=f[1],
                value_size=f[2], max_entries=f[3], flags=f[4], section=s.name,
                loc=SourceLoc(ctx.path, 0, 0))
        ctx.maps[y.name] = m
        ctx.map_by_sym[(s.idx, y.value)] = y.name
        elf_map = def_size == BPF_ELF_MAP_SIZE
        out.append((m, f[5] if n >= 6 and def_size in (28, 24) else -1,
                    f[5] if elf_map else 0, f[7] if elf_map else 0))
    return out


def _btf_map_def(ctx: _Ctx, name: str, tid: int, depth: int = 0) -> tuple[Map, Optional[int], Optional[btfmod.BtfType], int]:
    """Decode libbpf's `__uint`/`__type`/`__array` map definition struct. Returns the map, the
    value type id (None if only value_size was given), the inner definition struct and the
    byte offset of `values` (for declaratively initialised slots)."""
    b = ctx.btf
    t = b.skip_mods(tid)
    if t.kind != btfmod.K_STRUCT:
        raise ctx.err(f"map {name!r}: BTF definition is a {t.kind_name}, expected a struct")
    key_tid = None
    m = Map(name=name, map_type="unspec", has_btf=True, section=".maps",
            key_size=0, value_size=0, max_entries=0, loc=SourceLoc(ctx.path, 0, 0))
    vtid = None
    inner = None
    values_off = -1
    have_type = False

    def uint(member) -> int:
        pt = b.skip_mods(member.type_id)
        if pt.kind != btfmod.K_PTR:
            raise ctx.err(f"map {name!r}: attribute '{member.name}' must be __uint(), got {pt.kind_name}")
        at = b.skip_mods(pt.type)
        if at.kind != btfmod.K_ARRAY:
            raise ctx.err(f"map {name!r}: attribute '{member.name}' must be __uint(), got "
                          f"pointer to {at.kind_name}")
        return at.array[2]

    def pointee(member) -> int:
        pt = b.skip_mods(member.type_id)
        if pt.kind != btfmod.K_PTR:
            raise ctx.err(f"map {name!r}: attribute '{member.name}' must be __type(), got {pt.kind_name}")
        return pt.type

    for mem in t.members:
        if mem.name == "type":
            m.map_type = _map_type(ctx, uint(mem), name)
            have_type = True
        elif mem.name == "max_entries":
            m.max_entries = uint(mem)
        elif mem.name == "map_flags":
            m.flags = uint(mem)
        elif mem.name == "key_size":
            m.key_size = uint(mem)
        elif mem.name == "value_size":
            m.value_size = uint(mem)
        elif mem.name == "key":
            key_tid = pointee(mem)
            m.key_size = b.size_of(key_tid)
        elif mem.name == "value":
            vtid = pointee(mem)
            m.value_size = b.size_of(vtid)
        elif mem.name == "values":
            at = b.skip_mods(mem.type_id)
            if at.kind != btfmod.K_ARRAY:
                raise ctx.err(f"map {name!r}: 'values' must be __array()")
            values_off = mem.bit_offset // 8
            pt = b.skip_mods(at.array[0])
            if pt.kind != btfmod.K_PTR:
                raise ctx.err(f"map {name!r}: 'values' must be an array of pointers")
            target = b.skip_mods(pt.type)
            if target.kind == btfmod.K_STRUCT:
                inner = target
            m.value_size = 4
        # pinning, numa_node, map_extra: not part of the verifier's view
    if not have_type:
        raise ctx.err(f"map {name!r}: BTF definition has no 'type'")
    if m.map_type in _NO_BTF_MAP_TYPES:
        # libbpf's bpf_object__create_map() drops BTF for these types
        key_tid = vtid = None
    if inner is not None:
        if depth >= 1:
            raise ctx.err(f"map {name!r}: an inner map cannot itself hold maps")
        im, ivtid, _, _ = _btf_map_def(ctx, f"{name}.inner", inner.id, depth + 1)
        _finish_btf_map(ctx, im, ivtid)
        m.inner = im
    m.has_btf = bool(key_tid or vtid)
    return m, vtid, inner, values_off


# map types libbpf 1.1 creates without btf_key/value_type_id
_NO_BTF_MAP_TYPES = names_where(MAPS_61, lambda t: not t.libbpf_btf)


def _finish_btf_map(ctx: _Ctx, m: Map, vtid: Optional[int]) -> None:
    if vtid is None:
        # no btf_value_type_id: map_check_btf() never runs. With a key type the map still
        # has BTF and map_create()'s -EINVAL stays; with neither it is a BTF-less map.
        m.spin_lock_off = m.timer_off = FIELD_EINVAL if m.has_btf else FIELD_NO_BTF
        return
    m.spin_lock_off = btfmod.spin_lock_off(ctx.btf, vtid)
    m.timer_off = btfmod.timer_off(ctx.btf, vtid)
    m.fields = [ValueField(*f) for f in btfmod.value_fields(ctx.btf, vtid)]


def _read_btf_maps(ctx: _Ctx, s: _Sec) -> None:
    if ctx.btf is None:
        raise ctx.err("section '.maps' needs BTF (compile with -g): no .BTF section")
    ds = ctx.btf.by_name(".maps", btfmod.K_DATASEC)
    if not ds:
        raise ctx.err("'.maps' has no DATASEC in .BTF")
    syms = {y.name: y for y in ctx.syms if y.shndx == s.idx and y.type != STT_SECTION}
    values_at: list[tuple[Map, int, int]] = []
    for vtid, off, size in ds[0].members:
        var = ctx.btf.get(vtid)
        if var.kind != btfmod.K_VAR:
            raise ctx.err(f"'.maps' DATASEC member #{vtid} is a {var.kind_name}, expected a var")
        m, vt, _inner, values_off = _btf_map_def(ctx, var.name, var.type)
        _finish_btf_map(ctx, m, vt)
        ctx.maps[var.name] = m
        y = syms.get(var.name)
        base = y.value if y is not None else off
        ctx.map_by_sym[(s.idx, base)] = var.name
        if values_off >= 0:
            values_at.append((m, base + values_off, base + size))
    # `values = { [i] = &prog_or_map }`: relocations inside the .maps section
    for r_off, (_rtype, sym) in sorted(ctx.rels.get(s.idx, {}).items()):
        check_deadline(LOADER)
        for m, lo, hi in values_at:
            if lo <= r_off < hi:
                slot = (r_off - lo) // 8
                if m.map_type == "prog_array":
                    m.prog_slots[slot] = sym.name
                else:
                    m.inner_maps[slot] = sym.name


# ---- code ---------------------------------------------------------------------------------------
def _decode_section(ctx: _Ctx, s: _Sec) -> tuple[list[Insn], dict[int, int]]:
    if s.idx in ctx.code:
        return ctx.code[s.idx]
    if s.size % 8:
        raise ctx.err(f"section {s.name!r}: size {s.size} is not a multiple of 8 (truncated "
                      f"instruction at offset {s.size - s.size % 8:#x})")
    try:
        insns = decode(s.data, file=ctx.path)
    except DecodeError as e:
        raise ctx.err(f"section {s.name!r}, instruction at offset {e.slot * 8:#x}: {e}") from None
    by_slot = _slot_index(insns)
    if ctx.ext is not None and ctx.ext.core_relos.get(s.name):
        insns = _apply_core_relos(ctx, s, insns, by_slot)
        by_slot = _slot_index(insns)
    ctx.code[s.idx] = (insns, by_slot)
    return ctx.code[s.idx]


def _slot_index(insns: list[Insn]) -> dict[int, int]:
    by_slot = {}
    slot = 0
    for i, ins in enumerate(insns):
        by_slot[slot] = i
        slot += ins.slots
    return by_slot


def _apply_core_relos(ctx: _Ctx, s: _Sec, insns: list[Insn], by_slot: dict[int, int]) -> list[Insn]:
    """bpf_object__relocate_core: patch every CO-RE relocated instruction of the section (a
    poisoned lddw becomes two `call 0xbad2310`, so slot positions do not move)."""
    kb = ctx.vmlinux("CO-RE relocations")
    locs = _line_locs(ctx, s.name)
    out: list[list[Insn]] = [[ins] for ins in insns]
    for n, r in enumerate(ctx.ext.core_relos[s.name]):
        slot = r.insn_off // 8
        i = by_slot.get(slot)
        loc = max(((k, v) for k, v in locs.items() if k <= slot), default=(0, None))[1]
        if i is None:
            raise ctx.err(f"section {s.name!r}: CO-RE relocation #{n} at insn #{slot}, which is "
                          f"not an instruction", loc)
        if len(out[i]) != 1:
            continue                                    # already poisoned
        try:
            out[i] = core.patch(out[i][0], core.resolve(r, ctx.btf, kb), slot)
        except (core.CoreError, btfmod.BTFError) as e:
            raise ctx.err(f"section {s.name!r}: relo #{n}: {e}: failed to relocate against Linux "
                          f"{ctx.kernel}'s vmlinux BTF", loc) from None
    return [ins for group in out for ins in group]


def _btf_func_linkage(ctx: _Ctx) -> dict[str, bool]:
    """name -> is_global, from BTF FUNC linkage (what the kernel uses via func_info)."""
    if ctx.btf is None:
        return {}
    out = {}
    for name, t in ctx.btf.funcs().items():
        out[name] = t.linkage == btfmod.LINKAGE_GLOBAL
    return out


def _collect_funcs(ctx: _Ctx, s: _Sec, linkage: dict[str, bool]) -> list[_Func]:
    if s.idx in ctx.funcs:
        return ctx.funcs[s.idx]
    _decode_section(ctx, s)
    nslots = s.size // 8
    in_sec = _syms_in(ctx, s.idx)
    cands = [y for y in in_sec if y.type == STT_FUNC and y.name]
    if not cands:  # very old objects: global NOTYPE labels, else the section is one program
        cands = [y for y in in_sec if y.type == STT_NOTYPE and y.bind == STB_GLOBAL and y.name]
    seen: dict[int, _Sym] = {}
    for y in sorted(cands, key=lambda y: (y.value, y.bind != STB_GLOBAL)):
        if y.value % 8:
            raise ctx.err(f"section {s.name!r}: function {y.name!r} at offset {y.value:#x} is "
                          f"not instruction-aligned")
        seen.setdefault(y.value // 8, y)
    starts = sorted(seen)
    funcs = []
    if not starts or starts[0] != 0:
        # code before the first symbol (or no symbol at all) is a function named after the section
        if nslots and (not starts or starts[0] > 0):
            starts = [0] + starts
            seen[0] = _Sym(_sanitize(s.name), 0, 0, STT_FUNC, STB_GLOBAL, s.idx)
    for i, st in enumerate(starts):
        y = seen[st]
        end = starts[i + 1] if i + 1 < len(starts) else nslots
        if y.size and st + y.size // 8 < end:
            end = st + y.size // 8
        if st >= nslots:
            raise ctx.err(f"section {s.name!r}: function {y.name!r} starts past the end of the "
                          f"section")
        glob = linkage.get(y.name, y.bind == STB_GLOBAL)
        funcs.append(_Func(s.idx, y.name, st, end, glob, y.bind in (STB_GLOBAL, STB_WEAK)))
    ctx.funcs[s.idx] = funcs
    return funcs


def _syms_in(ctx: _Ctx, shndx: int) -> list[_Sym]:
    if ctx.syms_by_sec is None:
        ctx.syms_by_sec = {}
        for y in ctx.syms:
            ctx.syms_by_sec.setdefault(y.shndx, []).append(y)
    return ctx.syms_by_sec.get(shndx, [])


def _sanitize(name: str) -> str:
    return "".join(c if c.isalnum() or c == "_" else "_" for c in name) or "prog"


def _func_at(ctx: _Ctx, sec: int, slot: int, linkage) -> _Func:
    s = ctx.secs[sec]
    for f in _collect_funcs(ctx, s, linkage):
        if f.start == slot:
            return f
    for f in _collect_funcs(ctx, s, linkage):
        if f.start <= slot < f.end:
            # a jump into the middle of a function: make the callee start there (as libbpf
            # would, it copies from the target to the end of the enclosing function)
            return _Func(sec, f"{f.name}+{slot - f.start}", slot, f.end, False, False)
    raise ctx.err(f"section {s.name!r}: call or function pointer to slot {slot}, which is "
                  f"outside the section's code")


def _line_locs(ctx: _Ctx, secname: str) -> dict[int, SourceLoc]:
    """slot -> C source location, from .BTF.ext line info (only the slots it names)."""
    out = {}
    if ctx.ext is None:
        return out
    for li in ctx.ext.line_info.get(secname, []):
        out[li.insn_off // 8] = SourceLoc(li.file, li.line, li.col)
    return out


def _build_program(ctx: _Ctx, main: _Func, linkage, line_locs) -> tuple[list[Insn], list[Function], list[str]]:
    """Append callees after `main` as libbpf's bpf_object__reloc_code() does, resolving maps."""
    out: list[Insn] = []
    functions: list[Function] = []
    placed: dict[tuple[int, int], int] = {}
    used_maps: list[str] = []
    map_names = list(ctx.maps)
    callees: list[_Func] = []

    def place(f: _Func) -> tuple[int, int]:
        callees.append(f)
        return (f.sec, f.start)

    pending: list[tuple[int, tuple[int, int], str]] = []   # (index in out, callee key, kind)
    slot = 0
    # libbpf appends a callee when its first reference is met and relocates it right away
    # (recursively), so the layout is a depth-first preorder over call/callback sites.
    stack = [main]
    while stack:
        f = stack.pop()
        if (f.sec, f.start) in placed:
            continue
        callees = []
        s = ctx.secs[f.sec]
        insns, by_slot = _decode_section(ctx, s)
        base = slot
        placed[(f.sec, f.start)] = base
        locs = line_locs.get(f.sec)
        if locs is None:
            locs = line_locs[f.sec] = _line_locs(ctx, s.name)
        bt = ctx.btf.funcs().get(f.name) if ctx.btf is not None else None
        functions.append(Function(f.name, base, is_global=f.is_global,
                                  loc=locs.get(f.start) or SourceLoc(ctx.path, 0, 0),
                                  btf_global=bt is not None and bt.linkage == btfmod.LINKAGE_GLOBAL,
                                  returns_scalar=None if bt is None else ctx.btf.returns_scalar(bt),
                                  btf_args=None if bt is None else ctx.btf.func_args(bt)))
        rels = ctx.rels.get(f.sec, {})
        o = f.start
        last_loc = SourceLoc(ctx.path, 0, 0)
        while o < f.end:
            if o not in by_slot:
                raise ctx.err(f"section {s.name!r}: function {f.name!r} ends inside an lddw at "
                              f"offset {(o - 1) * 8:#x}")
            ins = insns[by_slot[o]]
            li = locs.get(o)
            if li is not None and li.line:
                last_loc = li
            loc = last_loc
            rel = rels.get(o * 8)
            if rel is not None:
                ins = _apply_reloc(ctx, s, o, ins, rel, map_names, used_maps, linkage,
                                   pending, len(out), place)
            elif ins.is_pseudo_call:
                tgt = o + 1 + ins.imm
                callee = _func_at(ctx, f.sec, tgt, linkage)
                if callee.start == f.start and callee.sec == f.sec and f is not main:
                    pass
                pending.append((len(out), place(callee), "call"))
            elif ins.opcode == LDDW_OPCODE and ins.src == BPF_PSEUDO_MAP_FD:
                # no relocation: libbpf submits the literal fd, for the kernel to judge
                ins = ins.with_(target=LITERAL_MAP_FD)
            elif ins.opcode == LDDW_OPCODE and ins.src in (BPF_PSEUDO_MAP_VALUE, BPF_PSEUDO_FUNC):
                raise ctx.err(f"section {s.name!r}, offset {o * 8:#x}: lddw with src={ins.src} "
                              f"but no relocation")
            out.append(Insn(ins.opcode, ins.dst, ins.src, ins.off, ins.imm, ins.imm64_hi, loc,
                            ins.target, ins.hi_slot))
            o += ins.slots
            slot += ins.slots
        stack.extend(reversed(callees))
    # patch call / function-pointer immediates now that every callee has a position
    slots = []
    acc = 0
    for ins in out:
        slots.append(acc)
        acc += ins.slots
    for idx, key, kind in pending:
        tgt = placed[key]
        ins = out[idx]
        name = next((fn.name for fn in functions if fn.start == tgt), None)
        out[idx] = ins.with_(imm=tgt - (slots[idx] + 1), target=name)
    return out, functions, used_maps


def _apply_reloc(ctx, s, o, ins: Insn, rel, map_names, used_maps, linkage, pending, out_idx, place):
    rtype, sym = rel
    where = f"section {s.name!r}, offset {o * 8:#x}"
    if sym.shndx == SHN_UNDEF or sym.shndx >= 0xFF00:
        # extern: a ksym / kfunc / kconfig value resolved by libbpf against the kernel
        if ins.is_call:
            # a `__ksym` kfunc has its btf_id; an extern without BTF stays unresolved (imm 0)
            return ins.with_(src=BPF_PSEUDO_KFUNC_CALL, imm=ctx.kfunc_ids.get(sym.name, 0), off=0,
                             target=sym.name)
        if ins.opcode == LDDW_OPCODE:
            if ctx.kconfig and sym.name in ctx.kconfig[1]:
                kname, layout = ctx.kconfig
                if kname not in used_maps:
                    used_maps.append(kname)
                return ins.with_(src=BPF_PSEUDO_MAP_VALUE, imm=map_names.index(kname),
                                 imm64_hi=layout[sym.name][0] + ins.imm, target=kname)
            return ins.with_(src=BPF_PSEUDO_BTF_ID, imm=ctx.ksym_var_ids.get(sym.name, 0),
                             imm64_hi=0, target=sym.name)
        raise ctx.err(f"{where}: relocation against extern {sym.name!r} on a non-lddw/call insn")
    tsec = ctx.secs[sym.shndx] if sym.shndx < len(ctx.secs) else None
    if tsec is None:
        raise ctx.err(f"{where}: relocation symbol {sym.name!r} in missing section #{sym.shndx}")
    if ins.is_call:
        if not (tsec.flags & SHF_EXECINSTR):
            raise ctx.err(f"{where}: call relocated against non-code symbol {sym.name!r}")
        if sym.value % 8:
            raise ctx.err(f"{where}: call target {sym.name!r} is not instruction-aligned")
        tgt = sym.value // 8 + ins.imm + 1
        callee = _func_at(ctx, tsec.idx, tgt, linkage)
        pending.append((out_idx, place(callee), "call"))
        return ins.with_(src=BPF_PSEUDO_CALL)
    if ins.opcode != LDDW_OPCODE:
        raise ctx.err(f"{where}: relocation against {sym.name!r} on an instruction that is "
                      f"neither lddw nor call (opcode {ins.opcode:#04x})")
    if tsec.flags & SHF_EXECINSTR:
        off = sym.value + ins.imm
        if off % 8:
            raise ctx.err(f"{where}: function pointer to {sym.name!r}+{ins.imm} is not aligned")
        callee = _func_at(ctx, tsec.idx, off // 8, linkage)
        pending.append((out_idx, place(callee), "func"))
        return ins.with_(src=BPF_PSEUDO_FUNC, imm64_hi=0)
    key = (tsec.idx, sym.value)
    if key not in ctx.map_by_sym and sym.type == STT_SECTION:
        key = (tsec.idx, sym.value + ins.imm)
    if key in ctx.map_by_sym:
        name = ctx.map_by_sym[key]
        if name not in used_maps:
            used_maps.append(name)
        return ins.with_(src=BPF_PSEUDO_MAP_FD, imm=map_names.index(name), imm64_hi=0, target=name)
    if tsec.idx in ctx.data_map:
        name = ctx.data_map[tsec.idx]
        if name not in used_maps:
            used_maps.append(name)
        off = sym.value + ins.imm if sym.type != STT_SECTION else ins.imm
        if not 0 <= off < max(tsec.size, 1):
            raise ctx.err(f"{where}: global data reference {sym.name!r}+{ins.imm} outside "
                          f"{tsec.name!r} ({tsec.size} bytes)")
        return ins.with_(src=BPF_PSEUDO_MAP_VALUE, imm=map_names.index(name), imm64_hi=off,
                         target=name)
    if tsec.name in (".maps",) or tsec.name.startswith("maps"):
        raise ctx.err(f"{where}: reference to {sym.name!r}+{sym.value:#x} which is no map "
                      f"definition in {tsec.name!r}")
    raise ctx.err(f"{where}: lddw relocated against {sym.name!r} in section {tsec.name!r}, "
                  f"which is neither a map nor global data")


def _resolve_kfuncs(ctx: _Ctx) -> None:
    """bpf_object__resolve_externs: every extern function of the object, in libbpf's order
    (by name), so the first unresolvable one is the one libbpf names."""
    if ctx.btf is None:
        return
    ksyms = {vtid for ds in ctx.btf.by_name(".ksyms", btfmod.K_DATASEC) for vtid, _o, _s in ds.members}
    called = {sym.name: sym for rels in ctx.rels.values() for _t, sym in rels.values()
              if sym.shndx == SHN_UNDEF and sym.name}
    for name in sorted(called):
        local = ctx.btf.by_name(name, btfmod.K_FUNC)
        if not local:
            continue
        if local[0].id not in ksyms:
            # find_extern_btf_id: an extern function must be declared __ksym (DATASEC .ksyms)
            raise ctx.err(f"failed to find BTF for extern '{name}' [{local[0].id}] section: -2")
        ctx.kfunc_ids[name] = _kfunc_btf_id(ctx, called[name])


def _resolve_ksym_vars(ctx: _Ctx) -> None:
    """bpf_object__resolve_ksym_var_btf_id: a typed `extern T name __ksym` (a VAR of .ksyms)
    is the kernel VAR of that name, whose type must be compatible (a forward declaration is
    not a struct); an unresolved __weak one stays 0."""
    if ctx.btf is None:
        return
    for ds in ctx.btf.by_name(".ksyms", btfmod.K_DATASEC):
        for vtid, _o, _s in ds.members:
            local = ctx.btf.get(vtid)
            if local.kind != btfmod.K_VAR or ctx.btf.skip_mods(local.type).kind == btfmod.K_UNKN:
                continue
            kb = ctx.vmlinux("typed ksyms")
            name = core.essential_name(local.name)
            kvars = kb.by_name(name, btfmod.K_VAR)
            if not kvars:
                raise ctx.err(f"extern (var ksym) '{name}': not found in Linux {ctx.kernel}'s "
                              f"vmlinux BTF")
            if not core.types_are_compat(ctx.btf, ctx.btf.skip_mods_id(local.type)[1], kb,
                                         kb.skip_mods_id(kvars[0].type)[1]):
                raise ctx.err(f"extern (var ksym) '{name}': incompatible types, expected "
                              f"[{local.type}] {ctx.btf.type_name(local.type)}, but kernel has "
                              f"[{kvars[0].type}] {kb.type_name(kvars[0].type)}")
            ctx.ksym_var_ids[local.name] = kvars[0].id


def _kfunc_btf_id(ctx: _Ctx, sym: _Sym) -> int:
    """bpf_object__resolve_ksym_func_btf_id: the kernel FUNC of that name, whose prototype must
    be compatible with the extern's; an unresolved __weak kfunc gets 0."""
    kb = ctx.vmlinux("kfunc calls")
    name = core.essential_name(sym.name)
    kfuncs = kb.by_name(name, btfmod.K_FUNC)
    if not kfuncs:
        if sym.bind == STB_WEAK:
            return 0
        raise ctx.err(f"extern (func ksym) '{name}': not found in Linux {ctx.kernel}'s vmlinux BTF")
    kfunc = kfuncs[0]
    local = ctx.btf.by_name(sym.name, btfmod.K_FUNC) if ctx.btf is not None else []
    if local and not core.types_are_compat(ctx.btf, local[0].type, kb, kfunc.type):
        raise ctx.err(f"extern (func ksym) '{name}': func_proto [{local[0].type}] incompatible "
                      f"with vmlinux [{kfunc.type}]")
    return kfunc.id


def _read_programs(ctx: _Ctx, default_type: Optional[str]) -> list[Program]:
    license = ""
    lic = _sec_by_name(ctx, "license")
    if lic is not None:
        license = lic.data.split(b"\0", 1)[0].decode("utf-8", "replace")
    linkage = _btf_func_linkage(ctx)
    code_secs = [s for s in ctx.secs if s.flags & SHF_EXECINSTR and s.size > 0]
    prog_secs = [s for s in code_secs if s.name != ".text"]
    if not prog_secs:
        # objects with only .text (no SEC()): every global function is an entry point
        prog_secs = [s for s in code_secs if s.name == ".text"]
    infos = {s.idx: section_to_type(s.name) for s in prog_secs}
    if default_type is None:
        # Untyped sections were loaded by a tool that was told the type (`tc ... bpf obj`,
        # `ip link set xdp obj`), not by the section name, so a sibling's type proves
        # nothing (ovs's datapath.o has one `xdp` program and many tc tail calls). Follow
        # the loader the object was most likely built for: ip/xdp if the name says so,
        # else tc. `load(path, prog_type=...)` overrides.
        if "xdp" in os.path.basename(ctx.path).lower():
            default_type = "xdp"
        else:
            default_type = "sched_cls"
    programs: list[Program] = []
    line_locs: dict[int, dict[int, SourceLoc]] = {}
    for s in prog_secs:
        info = infos[s.idx]
        funcs = _collect_funcs(ctx, s, linkage)
        if s.name == ".text":
            funcs = [f for f in funcs if f.sym_global] or funcs[:1]
        # libbpf: every FUNC symbol of a non-.text section is an entry program, global or
        # static; subprograms live in .text (a call into a sibling still appends a copy)
        for f in funcs:
            insns, functions, used = _build_program(ctx, f, linkage, line_locs)
            if not insns:                   # bpf_prog_load refuses insn_cnt 0 (E2BIG)
                raise ctx.err(f"section {s.name!r}: program {f.name!r} has no instructions "
                              f"(its symbol's size is 0)")
            functions[0].is_global = False
            first = next((i.loc for i in insns if i.loc.line), SourceLoc(ctx.path, 0, 0))
            programs.append(Program(
                name=f.name, section=s.name, insns=insns, functions=functions,
                prog_type=info.prog_type or default_type,
                expected_attach_type=info.expected_attach_type,
                attach_target=info.attach_target, sleepable=info.sleepable,
                prog_flags=info.prog_flags, license=license, maps=used, loc=first))
    return programs
