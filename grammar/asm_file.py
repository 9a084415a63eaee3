"""Readers for text files: the bpfsmt program file format and kernel/LLVM listings.

`load_asm_file` reads the file format of grammar/asm.py.  `load_listing` reads what the kernel
and the toolchain print (6.1 verifier logs, `bpftool prog dump xlated`, `llvm-objdump -d`, the
oracle's results.txt) into a ProgramFile, so a log pasted from a bug report can be checked.
"""
from __future__ import annotations

import os
import re

from bpfsmt.spec.deadline import LOADER, check_deadline
from bpfsmt.spec.errors import InputError
from bpfsmt.spec.insn import SourceLoc
from bpfsmt.spec.program import ProgramFile

from .asm import parse_program_text


MAX_TEXT_BYTES = 256 << 20     # 1M instructions in any listing style fit in a tenth of this
# A decimal literal Python refuses to convert (sys.get_int_max_str_digits), or a 0x literal of
# more digits than any field holds; the digits inside a `hex:` data word are bytes, not numbers.
_HUGE_NUMBER = re.compile(r"(?<![\w.])(?:[0-9]{4300,}|0[xX][0-9a-fA-F]{65,})")


def read_text(path: str) -> str:
    """The file as UTF-8 text; size, encoding and over-long numbers are checked before any
    parser sees it (errors at file:line:col)."""
    try:
        size = os.path.getsize(path)
        if size > MAX_TEXT_BYTES:
            raise InputError(f"file of {size} bytes; text inputs are limited to "
                             f"{MAX_TEXT_BYTES >> 20} MiB", SourceLoc(path, 0, 0))
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise InputError(f"cannot read input: {e.strerror}", SourceLoc(path, 0, 0)) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        col = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        raise InputError("not UTF-8 text (a binary file? use --format raw or elf)",
                         SourceLoc(path, line, col)) from None
    m = _HUGE_NUMBER.search(text)
    if m:
        line = text.count("\n", 0, m.start()) + 1
        col = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
        hexa = m.group(0)[1:2] in ("x", "X")
        n, kind, most = len(m.group(0)) - 2 * hexa, "hex digits" if hexa else "digits", \
            16 if hexa else 20
        raise InputError(f"number literal of {n} {kind}; a BPF value has at most {most}",
                         SourceLoc(path, line, col))
    return text


def load_asm_file(path: str, **options) -> ProgramFile:
    """A `.bpf.s` program file (format: see grammar/asm.py).  Text that is plainly a listing
    (a verifier log, an xlated or objdump dump) is read as one, so `bpfsmt verify x.log` works
    without --format."""
    text = read_text(path)
    fmt = sniff_listing(text)
    if fmt is not None:
        return parse_listing(text, path, fmt, **options)
    return parse_program_text(text, path, **options)


def sniff_listing(text: str):
    """"verifier-log" / "objdump" when the first meaningful lines say so, else None."""
    import re as _re
    seen = 0
    for line in text.split("\n"):
        s = line.strip()
        if not s:
            continue
        if _re.match(r"^\S+:\s+file format elf64-bpf", s) or s.startswith("Disassembly of section"):
            return "objdump"
        if _re.match(r"^\d+: \([0-9a-f]{2}\) ", s) or _re.match(r"^\d+: R\d+", s) or \
                _re.match(r"^(func#\d+ @\d+|processed \d+ insns)", s) or \
                _re.match(r"^\S+ :: \S+\s+\[", s):
            return "verifier-log"
        seen += 1
        if seen > 3:
            return None
    return None


def load_listing(path: str, fmt: str = "verifier-log", **options) -> ProgramFile:
    """A kernel/toolchain listing (verifier-log, xlated, objdump, oracle results.txt)."""
    return parse_listing(read_text(path), path, fmt, **options)


# --- listings ---------------------------------------------------------------------------------
from dataclasses import dataclass, field  # noqa: E402
from typing import Optional  # noqa: E402

from bpfsmt.spec import insn as I  # noqa: E402
from bpfsmt.spec.insn import Insn  # noqa: E402
from bpfsmt.spec.program import Function, Map, Program  # noqa: E402

from .asm import apply_section  # noqa: E402
from .asm_stmt import parse_stmt  # noqa: E402

# `12: (bf) r6 = r0        ; R0_w=...`  (verifier log, bpftool xlated)
_RE_KERNEL = re.compile(r"^\s*(\d+): \(([0-9a-fA-F]{2})\) (.*)$")
# `  4: 1811000005000000 0000000000000000  r1 = map_fd/id 5 ll`  (oracle decode.py)
_RE_DECODE = re.compile(r"^\s*(\d+): ([0-9a-f]{16})(?: ([0-9a-f]{16}))?\s+(.*)$")
# `       4:\t18 01 00 00 ... 00\tr1 = 0 ll`  (llvm-objdump -d)
_RE_OBJDUMP = re.compile(r"^\s*(\d+):\s+((?:[0-9a-f]{2} ){7}[0-9a-f]{2}"
                         r"(?: (?:[0-9a-f]{2} ){7}[0-9a-f]{2})?)\s+(.*)$")
_RE_OBJ_SYM = re.compile(r"^[0-9a-f]+ <(.+)>:\s*$")
_RE_OBJ_SEC = re.compile(r"^Disassembly of section (.+):\s*$")
_RE_OBJ_RELOC = re.compile(r"^\s+([0-9a-f]+):\s+(R_BPF_\w+)\s+(\S+)")
_RE_RESULTS_HDR = re.compile(r"^(\S+) :: (\S+)\s+\[(.*?)\]")
_RE_BLOCK = re.compile(r"^--- (.*?) ---\s*$|^--- (submitted insns|xlated)")
_RE_FUNC_LOG = re.compile(r"^func#(\d+) @(\d+)\s*$")
_RE_BPFTOOL_FUNC = re.compile(r"^[A-Za-z_].*?\b(\w+)\((.*)\):\s*$")
_RE_NOTE = re.compile(r"\s+\((?:legacy|probe_mem|bpf-to-bpf|internal)[^)]*\)\s*$")
_RE_MAP_PTR = re.compile(r"\bR(\d{1,2})(?:_w)?=map_ptr\((?:[^)]*?\bks=(\d+))?(?:[^)]*?\bvs=(\d+))?")


@dataclass
class _LProg:
    name: str
    section: str
    loc: SourceLoc
    insns: dict[int, tuple[Insn, SourceLoc]] = field(default_factory=dict)
    funcs: dict[int, str] = field(default_factory=dict)
    labels: dict[int, str] = field(default_factory=dict)
    relocs: dict[int, str] = field(default_factory=dict)   # byte offset -> symbol (objdump)
    base: Optional[int] = None


def parse_listing(text: str, file: str = "<listing>", fmt: str = "verifier-log",
                  maps: Optional[dict[str, Map]] = None, section: Optional[str] = None
                  ) -> ProgramFile:
    """Listings as the kernel and toolchain print them -> ProgramFile.

    Only lines with a slot number are instructions (`N: (op) text`, `N: hex text`,
    objdump's `N:\\tbytes\\ttext`); `; source`, register state, `processed N insns`, messages
    and headers are skipped.  Oracle results.txt files give one program per entry (the
    `submitted insns` block, or `xlated` with fmt="xlated").  Map ids / addresses become
    placeholder maps (type `unspec`) named `map_id_N`, `map_at_0x...` or after the objdump
    relocation symbol, unless `maps` declares them."""
    pf = ProgramFile(file, dict(maps or {}), [])
    progs: list[_LProg] = []
    default_section = section or "socket"
    cur: Optional[_LProg] = None
    collect = True
    pending_func: Optional[str] = None
    obj_section = None
    have_blocks = bool(re.search(r"^--- (submitted insns|xlated)", text, re.M))
    want_block = "xlated" if fmt == "xlated" else "submitted insns"
    if have_blocks:
        collect = False
    hdr_name, hdr_sec = None, None

    def new_prog(name, sec, ln):
        nonlocal cur
        cur = _LProg(name, sec, SourceLoc(file, ln, 1))
        progs.append(cur)
        return cur

    for ln, line in enumerate(text.split("\n"), 1):
        check_deadline(LOADER)
        line = line.rstrip("\r")
        m = _RE_RESULTS_HDR.match(line)
        if m:
            hdr_name, hdr_sec = m.group(2), m.group(3)
            cur = None
            collect = False
            continue
        if line.startswith("====="):
            cur = None
            continue
        m = _RE_BLOCK.match(line)
        if m:
            kind = (m.group(1) or m.group(2) or "").strip()
            collect = kind.startswith(want_block) if have_blocks else True
            if collect:
                new_prog(hdr_name or "main", hdr_sec or default_section, ln)
            continue
        if not collect:
            continue
        m = _RE_OBJ_SEC.match(line)
        if m:
            obj_section = m.group(1)
            cur = None
            continue
        m = _RE_OBJ_SYM.match(line)
        if m:
            sym = m.group(1)
            nxt = _next_slot(text, ln)
            if cur is not None and nxt is not None and _is_jump_target(cur, nxt):
                cur.labels[nxt] = sym
            elif cur is not None and nxt is not None and cur.base is not None and \
                    not _ends_function(cur):
                cur.labels[nxt] = sym
            else:
                new_prog(sym, obj_section or default_section, ln)
            continue
        m = _RE_OBJ_RELOC.match(line)
        if m and cur is not None:
            cur.relocs[int(m.group(1), 16)] = m.group(3)
            continue
        m = _RE_FUNC_LOG.match(line)
        if m:
            if cur is None:
                new_prog("main", default_section, ln)
            cur.funcs[int(m.group(2))] = f"func_{m.group(1)}" if m.group(1) != "0" else cur.name
            continue
        m = _RE_BPFTOOL_FUNC.match(line)
        if m and not line.lstrip().startswith(";"):
            pending_func = m.group(1)
            continue
        parsed = _listing_line(line, file, ln)
        if parsed is None:
            continue
        slot, insn, loc = parsed
        if cur is None:
            new_prog("main", default_section, ln)
        if cur.base is None:
            cur.base = slot
        rel = slot - cur.base
        if pending_func is not None:
            if rel == 0:
                cur.name = pending_func
            cur.funcs[rel] = pending_func
            pending_func = None
        if rel in cur.insns:
            continue            # the verifier log revisits instructions on other paths
        cur.insns[rel] = (insn, loc)
    progs = [p for p in progs if p.insns]
    if not progs:
        raise InputError(f"no instructions found; expected {fmt} lines such as "
                         f"`0: (b7) r0 = 0`", SourceLoc(file, 1, 1))
    # objdump of an object: bpf2bpf callees live in .text; link them like libbpf does
    text_funcs = sorted((lp for lp in progs if lp.section == ".text"),
                        key=lambda lp: lp.base or 0)
    if text_funcs and len(text_funcs) < len(progs):
        progs = [lp for lp in progs if lp.section != ".text"]
        for lp in progs:
            _link_subprogs(lp, text_funcs)
    names = set()
    for lp in progs:
        base_name, k = lp.name, 1
        while lp.name in names:
            k += 1
            lp.name = f"{base_name}_{k}"
        names.add(lp.name)
        pf.programs.append(_finish(lp, pf, file))
    return pf


def _link_subprogs(lp: _LProg, text: list[_LProg]):
    """Append the object's .text (its static functions) to a program that calls into it and
    resolve the relocations as libbpf does: a call or lddw against `.text` + addend, or
    against a function symbol, becomes a bpf2bpf call / BPF_PSEUDO_FUNC with a relative imm."""
    base = lp.base or 0
    text_syms = {tp.name: tp.base or 0 for tp in text}
    uses = [(off // 8 - base, sym) for off, sym in lp.relocs.items()
            if sym == ".text" or sym in text_syms]
    if not any(off in lp.insns for off, _ in uses):
        return
    end = max(s + i.slots for s, (i, _) in lp.insns.items())
    fixups = list(uses)
    for tp in text:
        tb = tp.base or 0
        for s, (i, loc) in tp.insns.items():
            lp.insns[end + tb + s] = (i, loc)
        lp.funcs[end + tb] = tp.name
        for slot, name in tp.labels.items():
            lp.labels[base + end + slot] = name
        for off, sym in tp.relocs.items():
            lp.relocs[(base + end + off // 8) * 8] = sym
            if sym == ".text" or sym in text_syms:
                fixups.append((end + off // 8, sym))
    for s, sym in fixups:
        insn, loc = lp.insns.get(s, (None, None))
        if insn is None:
            continue
        if insn.is_call:
            tgt = end + (insn.imm + 1 if sym == ".text" else text_syms[sym])
            name = lp.funcs.get(tgt)
            lp.insns[s] = (insn.with_(src=I.BPF_PSEUDO_CALL, imm=tgt - s - 1, target=name), loc)
        elif insn.is_wide:
            tgt = end + ((insn.imm // 8) if sym == ".text" else text_syms[sym])
            lp.funcs.setdefault(tgt, f"func_{tgt}")
            lp.insns[s] = (insn.with_(src=I.BPF_PSEUDO_FUNC, imm=tgt - s - 1, imm64_hi=0,
                                      target=lp.funcs[tgt]), loc)
        lp.relocs.pop((base + s) * 8, None)      # resolved: not a map reference


def _next_slot(text: str, ln: int) -> Optional[int]:
    for line in text.split("\n")[ln:ln + 3]:
        m = _RE_OBJDUMP.match(line) or _RE_KERNEL.match(line)
        if m:
            return int(m.group(1))
    return None


def _is_jump_target(p: _LProg, slot: int) -> bool:
    rel = slot - (p.base or 0)
    for s, (i, _) in p.insns.items():
        if (i.is_cond_jmp or i.is_ja) and s + 1 + i.jump_offset() == rel:
            return True
    return False


def _ends_function(p: _LProg) -> bool:
    """Did the instructions so far end with exit or an unconditional jump?"""
    if not p.insns:
        return True
    last = p.insns[max(p.insns)][0]
    return last.is_exit or last.is_ja


def _listing_line(line: str, file: str, ln: int):
    """(slot, Insn, loc) for an instruction line of any listing style, else None."""
    m = _RE_DECODE.match(line)
    if m:
        raw = bytes.fromhex(m.group(2) + (m.group(3) or ""))
        text = _RE_NOTE.sub("", m.group(4))
        return int(m.group(1)), _checked(raw, text, file, ln, m.start(4) + 1), \
            SourceLoc(file, ln, m.start(4) + 1)
    m = _RE_OBJDUMP.match(line)
    if m:
        raw = bytes.fromhex(m.group(2).replace(" ", ""))
        return int(m.group(1)), _checked(raw, m.group(3), file, ln, m.start(3) + 1), \
            SourceLoc(file, ln, m.start(3) + 1)
    m = _RE_KERNEL.match(line)
    if m:
        text = m.group(3)
        annot = ""
        if ";" in text:
            text, annot = text.split(";", 1)
        loc = SourceLoc(file, ln, m.start(3) + 1)
        hint = int(m.group(2), 16)
        insn = parse_stmt(text.rstrip(), loc, {}, hint).insn
        if insn is None:
            raise InputError("expected an instruction after the opcode", loc)
        if insn.opcode != hint:
            raise InputError(f"the opcode ({hint:02x}) does not match the instruction text "
                             f"(which encodes ({insn.opcode:02x}))",
                             SourceLoc(file, ln, m.start(2)))
        if insn.is_wide and insn.src == 0:
            mm = _RE_MAP_PTR.search(annot)
            if mm and int(mm.group(1)) == insn.dst:
                insn = insn.with_(src=I.BPF_PSEUDO_MAP_FD,
                                  target=f"map_at_{insn.imm64:#x}|{mm.group(2) or 0}|"
                                         f"{mm.group(3) or 0}")
        return int(m.group(1)), insn, loc
    return None


def _checked(raw: bytes, text: str, file: str, ln: int, col: int) -> Insn:
    """Bytes are authoritative; the text beside them must say the same thing."""
    loc = SourceLoc(file, ln, col)
    try:
        insn = I.decode(raw, file)[0]
    except I.DecodeError as e:
        raise InputError(str(e), loc) from None
    insn = insn.with_(loc=loc)
    st = parse_stmt(text.strip(), loc, {})
    t = st.insn
    if t is None:
        raise InputError("expected an instruction after the bytes", loc)
    if st.fix is None and t != insn and not _same_modulo_relocation(t, insn):
        raise InputError(f"the text does not match the bytes {raw.hex()}: the text encodes "
                         f"{t.encode().hex()}", loc)
    if st.fix is not None and st.fix.kind == "jump":
        insn = insn.with_(target=st.fix.name)
    m = re.search(r"<([A-Za-z_.$][^<>]*)>\s*$", text)
    if m and (insn.is_cond_jmp or insn.is_ja):      # objdump: `goto +7 <l0_1>`
        insn = insn.with_(target=m.group(1))
    return insn


def _same_modulo_relocation(t: Insn, b: Insn) -> bool:
    # LLVM prints `r1 = 0 ll` for an lddw whose map/func relocation is not applied yet, and
    # `call -1` for a bpf2bpf call; decode.py prints xlated helper calls by address
    if t.opcode == b.opcode == I.LDDW_OPCODE and t.dst == b.dst:
        return True
    if t.is_call and b.is_call and t.imm == b.imm:
        return True
    return False


def _finish(lp: _LProg, pf: ProgramFile, file: str) -> Program:
    slots = sorted(lp.insns)
    expect = 0
    insns = []
    for s in slots:
        insn, loc = lp.insns[s]
        if s != expect:
            if s < expect:
                raise InputError(f"slot {s + (lp.base or 0)} lies inside the previous lddw", loc)
            raise InputError(f"the listing has no instruction at slot {expect + (lp.base or 0)} "
                             f"(a verifier log shows only the instructions it visited); "
                             f"expected a contiguous listing", loc)
        insns.append(_map_ref(insn, lp, pf, s))
        expect = s + insn.slots
    prog = Program(lp.name, lp.section, insns, loc=lp.loc)
    apply_section(prog, {"section": (lp.section, 1)} if lp.section else {}, file, lp.loc) \
        if _known_section(lp.section) else apply_section(prog, {"section": ("socket", 1)},
                                                          file, lp.loc)
    prog.section = lp.section
    funcs = dict(lp.funcs)
    funcs.setdefault(0, lp.name)
    # bpf2bpf calls and callbacks start functions even when the listing does not name them
    for s, i in zip(prog.slots(), insns):
        if i.is_pseudo_call:
            funcs.setdefault(s + 1 + i.imm, f"func_{s + 1 + i.imm}")
        if i.is_wide and i.src == I.BPF_PSEUDO_FUNC:
            funcs.setdefault(s + 1 + i.imm, f"func_{s + 1 + i.imm}")
    nslots = prog.slot_count()
    prog.functions = [Function(n, s, False, lp.loc) for s, n in sorted(funcs.items())
                      if 0 <= s < nslots]
    prog.labels = {n: s - (lp.base or 0) for s, n in lp.labels.items()}
    prog.maps = sorted({i.target for i in insns if i.is_wide and i.src in (1, 2) and i.target},
                       key=list(pf.maps).index)
    return prog


def _known_section(sec: str) -> bool:
    from bpfsmt.spec.progtypes import section_to_type
    return bool(sec) and section_to_type(sec).prog_type is not None


def _map_ref(insn: Insn, lp: _LProg, pf: ProgramFile, slot: int) -> Insn:
    """Give map references of a listing a map of the ProgramFile (imm = its index)."""
    if not (insn.is_wide and insn.src in (I.BPF_PSEUDO_MAP_FD, I.BPF_PSEUDO_MAP_VALUE)):
        reloc = lp.relocs.get(((lp.base or 0) + slot) * 8)
        if insn.is_wide and insn.src == 0 and reloc is not None:
            insn = insn.with_(src=I.BPF_PSEUDO_MAP_FD, target=reloc)
        else:
            return insn
    ks = vs = 0
    if insn.target and insn.target.startswith("map_at_"):
        name, ks, vs = insn.target.split("|")
        ks, vs = int(ks), int(vs)
    elif insn.target:
        name = insn.target
    else:
        name = f"map_id_{insn.imm & 0xFFFFFFFF}"
    if name not in pf.maps:
        pf.maps[name] = Map(name, "unspec", key_size=ks, value_size=vs, loc=insn.loc)
    return insn.with_(imm=list(pf.maps).index(name), target=name,
                      imm64_hi=insn.imm64_hi if insn.src == I.BPF_PSEUDO_MAP_VALUE else 0)
