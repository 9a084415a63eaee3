"""A reader for the `.BTF` and `.BTF.ext` sections clang emits with `-g`.

The verifier model needs from BTF what the kernel takes from it at map creation and program
load: map definitions in `.maps` (libbpf's `__uint`/`__type`/`__array` encoding), the size and
member layout of key/value types (to find `struct bpf_spin_lock` / `struct bpf_timer`, SL-01),
function linkage (global functions are verified on their own), decl tags (the selftest
annotations) and line info (for `file:line:col` of C sources). Everything malformed raises
`BTFError` with the byte offset so the ELF reader can turn it into a located InputError.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Optional

from bpfsmt.spec.deadline import LOADER, check_deadline

BTF_MAGIC = 0xEB9F

KIND_NAMES = {
    0: "unkn", 1: "int", 2: "ptr", 3: "array", 4: "struct", 5: "union", 6: "enum", 7: "fwd",
    8: "typedef", 9: "volatile", 10: "const", 11: "restrict", 12: "func", 13: "func_proto",
    14: "var", 15: "datasec", 16: "float", 17: "decl_tag", 18: "type_tag", 19: "enum64",
}
(K_UNKN, K_INT, K_PTR, K_ARRAY, K_STRUCT, K_UNION, K_ENUM, K_FWD, K_TYPEDEF, K_VOLATILE,
 K_CONST, K_RESTRICT, K_FUNC, K_FUNC_PROTO, K_VAR, K_DATASEC, K_FLOAT, K_DECL_TAG, K_TYPE_TAG,
 K_ENUM64) = range(20)
MODIFIERS = (K_TYPEDEF, K_VOLATILE, K_CONST, K_RESTRICT, K_TYPE_TAG)

LINKAGE_STATIC, LINKAGE_GLOBAL, LINKAGE_EXTERN = 0, 1, 2


def btf_kind_str(kind: int) -> str:
    """btf_kind_str[]: the kernel log's name of a BTF kind."""
    return "UNKNOWN" if kind == K_UNKN else KIND_NAMES.get(kind, "?").upper()


class BTFError(ValueError):
    def __init__(self, message: str, offset: int = 0):
        super().__init__(message)
        self.offset = offset


@dataclass
class Member:
    name: str
    type_id: int
    bit_offset: int
    bitfield_size: int = 0


@dataclass
class BtfType:
    id: int
    kind: int
    name: str
    size_or_type: int = 0            # size for int/struct/union/enum/datasec, else a type id
    vlen: int = 0
    kind_flag: bool = False
    members: list = field(default_factory=list)   # struct/union: Member; datasec: (type, off, size)
    array: Optional[tuple[int, int, int]] = None   # (elem type, index type, nelems)
    params: list = field(default_factory=list)     # func_proto: (name, type)
    linkage: int = 0                               # var / func
    component_idx: int = -1                        # decl_tag
    enum_values: list = field(default_factory=list)
    int_encoding: int = 0                          # int: BTF_INT_SIGNED/CHAR/BOOL bits
    int_offset: int = 0                            # int: bit offset (deprecated bitfield ints)

    @property
    def kind_name(self) -> str:
        return KIND_NAMES.get(self.kind, "?")

    @property
    def type(self) -> int:
        return self.size_or_type


class BTF:
    """Parsed `.BTF`: `types[id]` (id 0 is void) and the string table."""

    def __init__(self, data: bytes):
        self.data = data
        if len(data) < 24:
            raise BTFError(f"BTF header truncated ({len(data)} bytes)", 0)
        magic, version, flags, hdr_len = struct.unpack_from("<HBBI", data, 0)
        if magic != BTF_MAGIC:
            raise BTFError(f"bad BTF magic {magic:#x}", 0)
        if version != 1:
            raise BTFError(f"unsupported BTF version {version}", 2)
        if hdr_len < 24 or hdr_len > len(data):
            raise BTFError(f"bad BTF header length {hdr_len}", 4)
        type_off, type_len, str_off, str_len = struct.unpack_from("<IIII", data, 8)
        t0, s0 = hdr_len + type_off, hdr_len + str_off
        if t0 + type_len > len(data) or s0 + str_len > len(data):
            raise BTFError("BTF type or string section runs past the end of .BTF", 8)
        self.strings = data[s0:s0 + str_len]
        self.types: list[Optional[BtfType]] = [BtfType(0, K_UNKN, "void")]
        self._funcs: Optional[dict] = None
        self._parse_types(t0, t0 + type_len)
        self._by_name: dict[str, list[int]] = {}
        for t in self.types[1:]:
            if t.name:
                self._by_name.setdefault(t.name, []).append(t.id)

    # ---- raw parsing ------------------------------------------------------------------------
    def str_at(self, off: int) -> str:
        if off < 0 or off >= max(len(self.strings), 1) and off != 0:
            raise BTFError(f"BTF string offset {off} out of range", off)
        end = self.strings.find(b"\0", off)
        if end < 0:
            end = len(self.strings)
        return self.strings[off:end].decode("utf-8", "replace")

    def _parse_types(self, pos: int, end: int) -> None:
        d = self.data

        def u32s(n):
            nonlocal pos
            if pos + 4 * n > end:
                raise BTFError(f"BTF type #{len(self.types)} truncated", pos)
            vals = struct.unpack_from(f"<{n}I", d, pos)
            pos += 4 * n
            return vals

        while pos < end:
            check_deadline(LOADER)
            start = pos
            name_off, info, sot = u32s(3)
            kind = (info >> 24) & 0x1F
            vlen = info & 0xFFFF
            kflag = bool(info >> 31)
            if kind not in KIND_NAMES or kind == 0:
                raise BTFError(f"BTF type #{len(self.types)} has unknown kind {kind}", start)
            t = BtfType(len(self.types), kind, self.str_at(name_off), sot, vlen, kflag)
            if kind == K_INT:
                info_int = u32s(1)[0]
                t.int_encoding, t.int_offset = info_int >> 24 & 0xF, info_int >> 16 & 0xFF
            elif kind == K_ARRAY:
                t.array = tuple(u32s(3))
            elif kind in (K_STRUCT, K_UNION):
                for _ in range(vlen):
                    mn, mt, mo = u32s(3)
                    if kflag:
                        t.members.append(Member(self.str_at(mn), mt, mo & 0xFFFFFF, mo >> 24))
                    else:
                        t.members.append(Member(self.str_at(mn), mt, mo))
            elif kind == K_ENUM:
                for _ in range(vlen):
                    en, ev = u32s(2)
                    t.enum_values.append((self.str_at(en), ev - (1 << 32) if ev >> 31 else ev))
            elif kind == K_ENUM64:
                for _ in range(vlen):
                    en, lo, hi = u32s(3)
                    t.enum_values.append((self.str_at(en), hi << 32 | lo))
            elif kind == K_FUNC_PROTO:
                for _ in range(vlen):
                    pn, pt = u32s(2)
                    t.params.append((self.str_at(pn), pt))
            elif kind == K_VAR:
                t.linkage = u32s(1)[0]
            elif kind == K_DATASEC:
                for _ in range(vlen):
                    t.members.append(tuple(u32s(3)))
            elif kind == K_DECL_TAG:
                ci = u32s(1)[0]
                t.component_idx = ci - (1 << 32) if ci >> 31 else ci
            elif kind == K_FUNC:
                t.linkage = vlen
            self.types.append(t)
        if pos != end:
            raise BTFError("BTF type section has trailing bytes", pos)

    # ---- queries ----------------------------------------------------------------------------
    def get(self, tid: int) -> BtfType:
        if tid < 0 or tid >= len(self.types):
            raise BTFError(f"BTF type id {tid} out of range (have {len(self.types) - 1})", 0)
        return self.types[tid]

    def by_name(self, name: str, kind: Optional[int] = None) -> list[BtfType]:
        out = [self.types[i] for i in self._by_name.get(name, [])]
        return [t for t in out if kind is None or t.kind == kind]

    def skip_mods(self, tid: int) -> BtfType:
        """Follow typedef/const/volatile/restrict/type_tag, as btf_type_id_size() does."""
        return self.skip_mods_id(tid)[0]

    def skip_mods_id(self, tid: int) -> tuple[BtfType, int]:
        """btf_type_skip_modifiers: the type past the modifiers and typedefs, and its id."""
        seen = 0
        t = self.get(tid)
        while t.kind in MODIFIERS:
            tid = t.type
            t = self.get(tid)
            seen += 1
            if seen > 64:
                raise BTFError(f"BTF modifier loop at type #{tid}", 0)
        return t, tid

    def size_of(self, tid: int, depth: int = 0) -> int:
        if depth > 64:
            raise BTFError(f"BTF type #{tid} nests too deep", 0)
        t = self.skip_mods(tid)
        if t.kind in (K_INT, K_STRUCT, K_UNION, K_ENUM, K_ENUM64, K_DATASEC, K_FLOAT):
            return t.size_or_type
        if t.kind == K_PTR:
            return 8
        if t.kind == K_ARRAY:
            return t.array[2] * self.size_of(t.array[0], depth + 1)
        if t.kind == K_VAR:
            return self.size_of(t.type, depth + 1)
        raise BTFError(f"BTF type #{tid} ({t.kind_name}) has no size", 0)

    def type_name(self, tid: int, depth: int = 0) -> str:
        """A C-ish spelling, for map field listings."""
        if depth > 16:
            return "..."
        if not 0 <= tid < len(self.types):
            return f"<bad type #{tid}>"
        t = self.types[tid]
        if t.kind == K_UNKN:
            return "void"
        if t.kind in (K_STRUCT, K_UNION):
            return f"{'struct' if t.kind == K_STRUCT else 'union'} {t.name or '<anon>'}"
        if t.kind in (K_ENUM, K_ENUM64):
            return f"enum {t.name or '<anon>'}"
        if t.kind == K_PTR:
            return self.type_name(t.type, depth + 1) + " *"
        if t.kind == K_ARRAY:
            return f"{self.type_name(t.array[0], depth + 1)}[{t.array[2]}]"
        if t.kind in (K_CONST, K_VOLATILE, K_RESTRICT):
            return f"{t.kind_name} {self.type_name(t.type, depth + 1)}"
        if t.kind == K_TYPE_TAG:          # e.g. a kptr: "kptr_ref struct task_struct *"
            return f"{t.name} {self.type_name(t.type, depth + 1)}"
        return t.name or t.kind_name

    def funcs(self) -> dict[str, BtfType]:
        if self._funcs is None:
            self._funcs = {t.name: t for t in self.types[1:] if t.kind == K_FUNC}
        return self._funcs

    def returns_scalar(self, func: BtfType) -> bool:
        """btf_prepare_func_args' return check: the FUNC's prototype returns an int or an enum
        (through typedefs and qualifiers); void and pointers do not."""
        proto = self.get(func.type)
        tid = proto.type
        while tid and self.get(tid).kind in MODIFIERS:
            tid = self.get(tid).type
        return bool(tid) and self.get(tid).kind in (K_INT, K_ENUM, K_ENUM64)

    def func_args(self, func: BtfType) -> tuple:
        """btf_prepare_func_args' view of a FUNC's arguments, one tuple per argument:
        ("scalar",) for an int or enum; ("ptr", struct name or None, size or None, kind, name)
        for a pointer (the pointee past modifiers: a struct's name decides whether it is the
        program's ctx, its size the memory it points to; None when btf_resolve_size fails);
        ("other", kind) for anything else. Kinds as btf_type_str prints them."""
        out = []
        for _name, tid in self.get(func.type).params:
            t = self.skip_mods(tid)
            if t.kind in (K_INT, K_ENUM, K_ENUM64):
                out.append(("scalar",))
            elif t.kind == K_PTR:
                ref = self.skip_mods(t.type)
                try:
                    size = None if ref.kind in (K_DATASEC, K_VAR) else self.size_of(t.type)
                except BTFError:
                    size = None
                out.append(("ptr", ref.name if ref.kind == K_STRUCT else None, size,
                            btf_kind_str(ref.kind), ref.name if ref.kind != K_UNKN else ""))
            else:
                out.append(("other", btf_kind_str(t.kind)))
        return tuple(out)

    def decl_tags(self, target_id: int) -> list[str]:
        """Tag strings attached to a whole declaration (component_idx == -1), in BTF order."""
        return [t.name for t in self.types[1:]
                if t.kind == K_DECL_TAG and t.type == target_id and t.component_idx == -1]


# ---- special fields (SL-01) ---------------------------------------------------------------
def find_struct_field(btf: BTF, value_tid: int, name: str, size: int, align: int) -> int:
    """btf_find_spin_lock()/btf_find_timer() of 6.1: offset of the single top-level member (or
    datasec var) of type `struct <name>`; -ENOENT if none, -E2BIG if several, -EINVAL if the
    value is not a struct/datasec or the member is misaligned."""
    from bpfsmt.spec.program import FIELD_E2BIG, FIELD_EINVAL, FIELD_ENOENT
    t = btf.skip_mods(value_tid)
    found: list[int] = []
    if t.kind == K_STRUCT:
        for m in t.members:
            mt = btf.get(m.type_id)  # no modifier skipping: the kernel compares the member type
            if mt.kind != K_STRUCT or mt.name != name:
                continue
            if m.bit_offset % 8:
                return FIELD_EINVAL
            off = m.bit_offset // 8
            if off % align:
                return FIELD_EINVAL
            if mt.size_or_type != size:
                continue
            found.append(off)
    elif t.kind == K_DATASEC:
        for vtid, off, _sz in t.members:
            var = btf.get(vtid)
            vt = btf.get(var.type) if var.kind == K_VAR else var
            if vt.kind != K_STRUCT or vt.name != name:
                continue
            if off % align:
                return FIELD_EINVAL
            if vt.size_or_type != size:
                continue
            found.append(off)
    else:
        return FIELD_EINVAL
    if not found:
        return FIELD_ENOENT
    if len(found) > 1:
        return FIELD_E2BIG
    return found[0]


def spin_lock_off(btf: BTF, value_tid: int) -> int:
    return find_struct_field(btf, value_tid, "bpf_spin_lock", 4, 4)


def timer_off(btf: BTF, value_tid: int) -> int:
    return find_struct_field(btf, value_tid, "bpf_timer", 16, 8)


def value_fields(btf: BTF, value_tid: int) -> list[tuple[str, int, int, str]]:
    """(name, byte offset, size, type name) of the top-level members of a struct value."""
    t = btf.skip_mods(value_tid)
    out = []
    if t.kind in (K_STRUCT, K_UNION):
        for m in t.members:
            try:
                sz = btf.size_of(m.type_id)
            except BTFError:
                sz = 0
            out.append((m.name, m.bit_offset // 8, sz, btf.type_name(m.type_id)))
    elif t.kind == K_DATASEC:
        for vtid, off, sz in t.members:
            var = btf.get(vtid)
            out.append((var.name, off, sz, btf.type_name(var.type) if var.kind == K_VAR else ""))
    return out


# ---- .BTF.ext ------------------------------------------------------------------------------
@dataclass
class LineInfo:
    insn_off: int          # in bytes from the section start
    file: str
    line_text_off: int     # string offset of the source line (decoded on demand)
    line: int
    col: int


@dataclass
class CoreRelo:
    """struct bpf_core_relo, with its access string ("0:1:2") resolved."""
    insn_off: int       # bytes from the start of the section
    type_id: int        # local (object BTF) type
    access: str
    kind: int           # enum bpf_core_relo_kind (grammar/core.py)


@dataclass
class BTFExt:
    func_info: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # sec -> (byte off, type id)
    line_info: dict[str, list[LineInfo]] = field(default_factory=dict)
    core_relos: dict[str, list[CoreRelo]] = field(default_factory=dict)


def parse_btf_ext(data: bytes, btf: BTF) -> BTFExt:
    if len(data) < 24:
        raise BTFError(f".BTF.ext header truncated ({len(data)} bytes)", 0)
    magic, version, _flags, hdr_len = struct.unpack_from("<HBBI", data, 0)
    if magic != BTF_MAGIC:
        raise BTFError(f"bad .BTF.ext magic {magic:#x}", 0)
    if hdr_len > len(data) or hdr_len < 24:
        raise BTFError(f"bad .BTF.ext header length {hdr_len}", 4)
    fi_off, fi_len, li_off, li_len = struct.unpack_from("<IIII", data, 8)
    cr_off, cr_len = struct.unpack_from("<II", data, 24) if hdr_len >= 32 else (0, 0)
    ext = BTFExt()

    def records(off, length, min_rec):
        start = hdr_len + off
        end = start + length
        if length == 0:
            return
        if end > len(data):
            raise BTFError(".BTF.ext info runs past the end of the section", start)
        rec_size = struct.unpack_from("<I", data, start)[0]
        if rec_size < min_rec:
            raise BTFError(f".BTF.ext record size {rec_size} too small", start)
        p = start + 4
        while p < end:
            if p + 8 > end:
                raise BTFError(".BTF.ext info truncated", p)
            sec_off, n = struct.unpack_from("<II", data, p)
            p += 8
            if p + n * rec_size > end:
                raise BTFError(".BTF.ext info truncated", p)
            sec = btf.str_at(sec_off)
            for i in range(n):
                yield sec, data[p + i * rec_size:p + (i + 1) * rec_size]
            p += n * rec_size

    for sec, rec in records(fi_off, fi_len, 8):
        ext.func_info.setdefault(sec, []).append(struct.unpack_from("<II", rec))
    names: dict[int, str] = {}
    for sec, rec in records(li_off, li_len, 16):
        insn_off, fname, lline, lc = struct.unpack_from("<IIII", rec)
        if fname not in names:
            names[fname] = btf.str_at(fname)
        ext.line_info.setdefault(sec, []).append(
            LineInfo(insn_off, names[fname], lline, lc >> 10, lc & 0x3FF))
    for sec, rec in records(cr_off, cr_len, 16):
        insn_off, type_id, access_off, kind = struct.unpack_from("<IIII", rec)
        if insn_off % 8:
            raise BTFError(f"CO-RE relocation at insn offset {insn_off} is not instruction-aligned", 0)
        btf.get(type_id)
        ext.core_relos.setdefault(sec, []).append(CoreRelo(insn_off, type_id, btf.str_at(access_off), kind))
    return ext
