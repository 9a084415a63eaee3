"""Kernel/LLVM BPF assembly and the bpfsmt program file format (`*.bpf.s`).

The instruction syntax is the one kernel developers read every day: the selftests' inline asm
(`r1 = %[vals] ll`, `call %[bpf_map_lookup_elem]`, `if r0 == 0 goto l0_%=`), what LLVM prints,
and what the 6.1 verifier log and `bpftool prog dump xlated` print (`call bpf_map_lookup_elem#1`,
`if r0 == 0x0 goto pc+7`).  `grammar/kernel_asm.lark` holds the grammar of one statement (built by
asm_stmt.py); asm_program.py assembles statements into a program and resolves names; this module
reads the file directives.

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


import re
from typing import Optional


from bpfsmt.spec.deadline import LOADER, check_deadline
from bpfsmt.spec.errors import InputError
from bpfsmt.spec.insn import SourceLoc
from bpfsmt.spec.maps import MAP_IN_MAP_TYPES, MAP_TYPE_NAMES, MAPS_61
from bpfsmt.spec.program import (FIELD_E2BIG, FIELD_EINVAL, FIELD_ENOENT, FIELD_NO_BTF,
                                 MAP_FLAG_NAMES, PROG_FLAG_NAMES, BPF_F_SLEEPABLE,
                                 Function, Map, Program, ProgramFile, ValueField)

from .asm_program import (FuncBuild, ProgBuild, close_match, prepare_program, resolve_program,
                          stmt_slots)
from .limits import check_map_sizes
from .asm_stmt import (Stmt, parse_stmt, split_statements, strip_block_comments,
                       strip_line_comment)


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
            raise InputError(f"unknown {what} {part!r}{close_match(part, names)}; expected one of "
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
    if size == 0:
        raise InputError(f"{what}: {v} does not fit in 0 bytes", loc)
    lo, hi = -(1 << (8 * size - 1)), 1 << (8 * size)
    if not lo <= v < hi:
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
        self.progs: list[ProgBuild] = []
        self.license = "GPL"
        self.cur: Optional[ProgBuild] = None

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
                raise InputError(f"unknown {what} field {k!r}{close_match(k, keys)}; expected one of "
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
            raise InputError(f"unknown map type {mtype!r}{close_match(mtype, MAP_TYPE_NAMES)}; expected one "
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
        check_map_sizes(m, self.loc(line, c))        # before any .elem allocates one
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
        self.cur = ProgBuild(name, self.loc(line, c), kv)
        self.cur.add_func(FuncBuild(name, 0, False, self.loc(line, c)))
        self.progs.append(self.cur)

    def d_func(self, words, line, col):
        name, c = self._need_name(words, line, col, ".func")
        if self.cur is None:
            self._implicit(line, col)
        if name in self.cur.func_names:
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
        self.cur.add_func(FuncBuild(name, len(self.cur.stmts), "global" in flags,
                                    self.loc(line, c)))

    def _implicit(self, line, col):
        self.cur = ProgBuild("main", self.loc(line, col), {})
        self.cur.add_func(FuncBuild("main", 0, False, self.loc(line, col)))
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

    def _program(self, pb: ProgBuild, map_names) -> Program:
        if not any(s.insn is not None for s in pb.stmts):
            raise InputError(f"program '{pb.name}' has no instructions", pb.loc)
        last = pb.funcs[-1]
        if not any(s.insn is not None for s in pb.stmts[last.start_index:]):
            raise InputError(f"function '{last.name}' has no instructions", last.loc)
        prepare_program(pb)
        insns = resolve_program(pb, map_names, self.consts)
        slot_of = stmt_slots(pb.stmts)
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
            raise InputError(f"unknown program type {ptype!r}{close_match(ptype, PROG_TYPES)}; "
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
        check_deadline(LOADER)
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
            raise InputError(f"unknown directive {first!r}{close_match(first, DIRECTIVES)}; expected "
                             f"one of {', '.join(DIRECTIVES)} or .8byte", SourceLoc(file, ln, col))
        for col, st in split_statements(line):
            fb.stmt(parse_stmt(st, SourceLoc(file, ln, col), fb.consts))
    if not fb.progs:
        raise InputError("no instructions; expected at least one program",
                         SourceLoc(file, 1, 1))
    return fb.finish()
