"""Statements -> a program's instruction array: labels, functions, lddw slots and the
name fixes (maps, labels, subprograms, callbacks) resolved to what the kernel would see."""
from __future__ import annotations


from dataclasses import dataclass, field
from typing import Optional


from bpfsmt.spec import insn as I
from bpfsmt.spec.errors import InputError
from bpfsmt.spec.helper_ids import HELPER_IDS, HELPER_NAMES
from bpfsmt.spec.insn import Insn, SourceLoc
from bpfsmt.spec.deadline import LOADER, check_deadline
from bpfsmt.spec.program import Map

from .asm_stmt import (Fix, Stmt, parse_stmt, split_statements, strip_block_comments,
                       strip_line_comment)


# --- resolution context -----------------------------------------------------------------------
def helper_id(name: str) -> Optional[int]:
    """`bpf_map_lookup_elem` or `map_lookup_elem` -> 1; unknown -> None."""
    if name in HELPER_IDS and name != "bpf_unspec":
        return HELPER_IDS[name]
    if "bpf_" + name in HELPER_IDS and name != "unspec":
        return HELPER_IDS["bpf_" + name]
    return None


def close_match(word: str, names) -> str:
    import difflib
    m = difflib.get_close_matches(word, list(names), n=1)
    return f" (did you mean {m[0]}?)" if m else ""


@dataclass
class FuncBuild:
    name: str
    start_index: int          # index into the statement list of the program
    is_global: bool
    loc: SourceLoc
    labels: dict[str, tuple[int, SourceLoc]] = field(default_factory=dict)


@dataclass
class ProgBuild:
    name: str
    loc: SourceLoc
    opts: dict
    stmts: list[Stmt] = field(default_factory=list)
    funcs: list[FuncBuild] = field(default_factory=list)
    func_names: set = field(default_factory=set)     # of funcs, for a duplicate check in O(1)

    def add_func(self, f: FuncBuild) -> None:
        self.funcs.append(f)
        self.func_names.add(f.name)


def parse_insns(text: str, file: str = "<string>", *, maps=None, functions=None,
                consts: Optional[dict[str, int]] = None, line: int = 1
                ) -> tuple[list[Insn], dict[str, int]]:
    """Instructions of `text` (kernel/LLVM syntax, `;` or newline separated) as one function.

    `maps` (names, or a dict/list of Map) resolve `%[m]`/`m ll`; `functions` maps function
    name -> slot for pseudo calls; labels resolve locally.  Returns (insns, labels -> slot)."""
    map_names = list(maps.keys()) if isinstance(maps, dict) else \
        [m.name if isinstance(m, Map) else m for m in (maps or [])]
    stmts = _statements(text, file, consts or {}, line)
    pb = ProgBuild("main", SourceLoc(file, line, 1), {}, stmts,
                    [FuncBuild("main", 0, False, SourceLoc(file, line, 1))])
    prepare_program(pb)
    insns = resolve_program(pb, map_names, consts or {}, extra_funcs=functions or {})
    labels = {}
    idx_slot = stmt_slots(pb.stmts)
    for f in pb.funcs:
        for name, (si, _) in f.labels.items():
            labels[name] = idx_slot[si]
    return insns, labels


def _statements(text: str, file: str, consts, first_line: int = 1) -> list[Stmt]:
    text = strip_block_comments(text, file)
    out = []
    for ln, raw in enumerate(text.split("\n"), first_line):
        check_deadline(LOADER)
        for col, st in split_statements(strip_line_comment(raw)):
            out.append(parse_stmt(st, SourceLoc(file, ln, col), consts))
    return out


def stmt_slots(stmts: list[Stmt]) -> list[int]:
    """Slot at which each statement's instruction (or the next one, for label-only) sits."""
    out, pc = [], 0
    for s in stmts:
        out.append(pc)
        if s.insn is not None:
            pc += s.insn.slots if not s.raw8 else 1
    out.append(pc)
    return out


def _collect_labels(pb: ProgBuild):
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


def prepare_program(pb: ProgBuild):
    """Merge `.8byte` lddw halves (per function) and collect each function's labels."""
    starts = [f.start_index for f in pb.funcs] + [len(pb.stmts)]
    new_stmts = []
    for f, a, b in zip(pb.funcs, starts, starts[1:]):
        f.start_index = len(new_stmts)
        f.labels.clear()
        new_stmts.extend(_merge_raw8(pb.stmts[a:b]))
    pb.stmts = new_stmts
    _collect_labels(pb)


def resolve_program(pb: ProgBuild, map_names: list[str], consts, extra_funcs=None,
             strict_range: bool = True) -> list[Insn]:
    """Turn statements into the flat slot-numbered instruction array of one program."""
    stmts = pb.stmts
    slot_of = stmt_slots(stmts)
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
        if not si & 0xFF:
            check_deadline(LOADER)
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


def _apply_fix(insn: Insn, fx: Fix, floc: SourceLoc, slot: int, f: FuncBuild, pb: ProgBuild,
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
            raise InputError(f"unresolved label '{fx.name}'{close_match(fx.name, f.labels)}; "
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
        raise InputError(f"unknown helper or function '{name}'{close_match(name, cands)}; expected "
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
        raise InputError(f"unknown {what} '{name}'{close_match(name, list(map_names) + list(func_slot))}"
                         f"; expected a map declared with .map ({', '.join(map_names) or 'none'})"
                         + ("" if fx.kind == "mapname" else
                            f" or a function of this program ({', '.join(func_slot)})"), floc)
    raise AssertionError(fx.kind)
