"""Print instructions and programs.

Styles of `format_insn`:
  * "kernel": the text the Linux verifier log and `bpftool prog dump xlated` print after the
    `N: (op)` prefix (kernel/bpf/disasm.c of 6.1; the cpu-v4 forms as 6.6+ prints them):
    `r0 = *(u32 *)(r2 +0)`, `if r0 >= 0x3 goto pc+5`, `call bpf_map_lookup_elem#1`,
    `r1 = map[id:5]`.  A 64-bit constant prints as `r1 = 0x2a` exactly as the kernel does, so
    only `format_listing` (which carries the `(18)` opcode) reads back unambiguously.
  * "asm": LLVM's syntax, which clang accepts and the bpfsmt file format reads back
    (`*(u32 *)(r10 - 4) = r1`, `if r0 == 0 goto +10`, `r1 = 0x2a ll`, `w0 = xchg32_32(...)`).
  * "ubpf": the conformance suite's syntax (grammar/ubpf.py).
Whatever a style cannot express (reserved fields set, unknown opcodes) prints as `.8byte`
words so that printing never loses an instruction.
"""
from __future__ import annotations

from typing import Optional

from bpfsmt.spec import insn as I
from bpfsmt.spec.helper_ids import HELPER_NAMES
from bpfsmt.spec.program import LITERAL_MAP_FD
from bpfsmt.spec.insn import Insn

_ALU_OPS = I.ALU_SYMBOLS
_JMP_OPS = I.JMP_SYMBOLS
_SIZES = I.SIZE_TYPES
_SSIZES = I.SIGNED_SIZE_TYPES
_ATOMIC_ALU = I.ATOMIC_OPS
_LOCK_OPS = {op: I.ALU_SYMBOLS[op] for op in I.ATOMIC_OPS}


def helper_name(imm: int) -> Optional[str]:
    """`bpf_<name>` for a UAPI helper id (func_id_str in the kernel), else None."""
    if 0 <= imm < len(HELPER_NAMES):
        return "bpf_" + HELPER_NAMES[imm]
    return None


def is_canonical(i: Insn) -> bool:
    """A valid RFC 9669 instruction whose unused fields are zero: exactly the ones the text
    syntaxes can express.  (The kernel rejects the others anyway.)"""
    cls, code, src_bit = i.cls, i.code, i.source
    if cls in (I.BPF_ALU, I.BPF_ALU64):
        w32 = cls == I.BPF_ALU
        if code == I.BPF_NEG:
            return src_bit == 0 and i.src == 0 and i.off == 0 and i.imm == 0
        if code == I.BPF_END:
            if i.src or i.off or i.imm not in (16, 32, 64):
                return False
            return w32 or src_bit == I.BPF_TO_LE
        if code not in _ALU_OPS:
            return False
        if code in (I.BPF_DIV, I.BPF_MOD):
            ok_off = i.off in (0, 1)
        elif code == I.BPF_MOV and src_bit == I.BPF_X:
            ok_off = i.off in ((0, 8, 16) if w32 else (0, 8, 16, 32))
        else:
            ok_off = i.off == 0
        if not ok_off:
            return False
        return i.imm == 0 if src_bit == I.BPF_X else i.src == 0
    if cls in (I.BPF_JMP, I.BPF_JMP32):
        if code == I.BPF_JA:
            if src_bit or i.src or i.dst:
                return False
            return i.imm == 0 if cls == I.BPF_JMP else i.off == 0
        if code == I.BPF_CALL:
            return cls == I.BPF_JMP and src_bit == 0 and i.dst == 0 and i.off == 0 and \
                i.src in (0, I.BPF_PSEUDO_CALL, I.BPF_PSEUDO_KFUNC_CALL)
        if code in (I.BPF_EXIT, I.BPF_TAIL_CALL):
            return cls == I.BPF_JMP and src_bit == 0 and i.dst == 0 and i.src == 0 and \
                i.off == 0 and i.imm == 0
        if code not in _JMP_OPS:
            return False
        return i.imm == 0 if src_bit == I.BPF_X else i.src == 0
    if cls == I.BPF_LDX:
        if i.imm:
            return False
        return i.mode == I.BPF_MEM or (i.mode == I.BPF_MEMSX and i.size != I.BPF_DW)
    if cls == I.BPF_ST:
        return i.mode == I.BPF_MEM and i.src == 0
    if cls == I.BPF_STX:
        if i.mode == I.BPF_MEM:
            return i.imm == 0
        return i.mode == I.BPF_ATOMIC and i.size in (I.BPF_W, I.BPF_DW) and \
            i.imm in I.VALID_ATOMIC_IMMS
    if cls == I.BPF_LD:
        if i.opcode == I.LDDW_OPCODE:
            if i.off or not 0 <= i.src <= 6:
                return False
            return i.src in (0, 2, 3, 6) or not i.imm64_hi
        if i.mode in (I.BPF_ABS, I.BPF_IND) and i.size != I.BPF_DW:
            return i.dst == 0 and i.off == 0 and (i.mode == I.BPF_IND or i.src == 0)
    return False


def _raw(i: Insn) -> str:
    b = i.encode()
    words = [f".8byte {int.from_bytes(b[k:k + 8], 'little'):#018x}" for k in range(0, len(b), 8)]
    return "\n".join(words)


def _u32(v: int) -> int:
    return v & 0xFFFFFFFF


def format_insn(insn: Insn, style: str = "kernel") -> str:
    """One instruction as text (see the module docstring for the styles)."""
    if style == "ubpf":
        from bpfsmt.grammar.ubpf import format_insn_ubpf
        return format_insn_ubpf(insn)
    if style not in ("kernel", "asm"):
        raise ValueError(f"unknown style {style!r}; expected kernel, asm or ubpf")
    if not is_canonical(insn):
        return _raw(insn)
    k = style == "kernel"
    i = insn
    cls, code = i.cls, i.code

    def mem(reg, off):
        return f"(r{reg} {off:+d})" if k else f"(r{reg} {'-' if off < 0 else '+'} {abs(off)})"

    if cls in (I.BPF_ALU, I.BPF_ALU64):
        r = "w" if cls == I.BPF_ALU else "r"
        if code == I.BPF_NEG:
            return f"{r}{i.dst} = -{r}{i.dst}"
        if code == I.BPF_END:
            if cls == I.BPF_ALU64:
                return f"r{i.dst} = bswap{i.imm} r{i.dst}"
            return f"r{i.dst} = {'be' if i.source == I.BPF_TO_BE else 'le'}{i.imm} r{i.dst}"
        if code == I.BPF_MOV and i.source == I.BPF_X and i.off:
            return f"{r}{i.dst} = (s{i.off}){r}{i.src}"
        op = _ALU_OPS[code]
        if code in (I.BPF_DIV, I.BPF_MOD) and i.off == 1:
            op = "s" + op
        rhs = f"{r}{i.src}" if i.source == I.BPF_X else f"{i.imm}"
        return f"{r}{i.dst} {op} {rhs}"
    if cls in (I.BPF_JMP, I.BPF_JMP32):
        if code == I.BPF_CALL:
            if i.src == I.BPF_PSEUDO_CALL:
                return f"call pc{i.imm:+d}"
            if i.src == I.BPF_PSEUDO_KFUNC_CALL:
                return f"call kernel-function#{i.imm}" if k else f"call kfunc {_u32(i.imm)}"
            name = helper_name(i.imm)
            if k:
                return f"call {name or 'unknown'}#{i.imm}"
            return f"call {name}" if name and i.imm else f"call {_u32(i.imm)}"
        if code == I.BPF_EXIT:
            return "exit"
        if code == I.BPF_TAIL_CALL:
            return "tail_call"
        pc = "pc" if k else ""
        if code == I.BPF_JA:
            if cls == I.BPF_JMP32:
                return f"gotol {pc}{i.imm:+d}"
            return f"goto {pc}{i.off:+d}"
        r = "w" if cls == I.BPF_JMP32 else "r"
        if i.source == I.BPF_X:
            rhs = f"{r}{i.src}"
        else:
            rhs = f"{_u32(i.imm):#x}" if k else f"{i.imm}"
        return f"if {r}{i.dst} {_JMP_OPS[code]} {rhs} goto {pc}{i.off:+d}"
    if cls == I.BPF_LDX:
        sz = (_SSIZES if i.mode == I.BPF_MEMSX else _SIZES)[i.size]
        return f"r{i.dst} = *({sz} *){mem(i.src, i.off)}"
    if cls == I.BPF_ST:
        return f"*({_SIZES[i.size]} *){mem(i.dst, i.off)} = {i.imm}"
    if cls == I.BPF_STX:
        sz = _SIZES[i.size]
        if i.mode == I.BPF_MEM:
            return f"*({sz} *){mem(i.dst, i.off)} = r{i.src}"
        w64 = i.size == I.BPF_DW
        sr = "r" if (k or w64) else "w"
        if i.imm in _LOCK_OPS:
            return f"lock *({sz} *){mem(i.dst, i.off)} {_LOCK_OPS[i.imm]} {sr}{i.src}"
        if i.imm & I.BPF_FETCH and (i.imm & ~I.BPF_FETCH) in _ATOMIC_ALU:
            fn = f"atomic{'64' if w64 and k else ''}_fetch_{_ATOMIC_ALU[i.imm & ~I.BPF_FETCH]}"
            return f"{sr}{i.src} = {fn}(({sz} *){mem(i.dst, i.off)}, {sr}{i.src})"
        if k:
            a = "atomic64" if w64 else "atomic"
            if i.imm == I.BPF_XCHG:
                return f"r{i.src} = {a}_xchg(({sz} *){mem(i.dst, i.off)}, r{i.src})"
            return f"r0 = {a}_cmpxchg(({sz} *){mem(i.dst, i.off)}, r0, r{i.src})"
        addr = f"r{i.dst} {'-' if i.off < 0 else '+'} {abs(i.off)}"
        if i.imm == I.BPF_XCHG:
            fn = "xchg_64" if w64 else "xchg32_32"
            return f"{sr}{i.src} = {fn}({addr}, {sr}{i.src})"
        fn = "cmpxchg_64" if w64 else "cmpxchg32_32"
        return f"{sr}0 = {fn}({addr}, {sr}0, {sr}{i.src})"
    if cls == I.BPF_LD:
        if i.opcode == I.LDDW_OPCODE:
            return f"r{i.dst} = {_lddw_rhs(i, k)}"
        sz = _SIZES[i.size]
        if i.mode == I.BPF_ABS:
            return f"r0 = *({sz} *)skb[{i.imm}]"
        return f"r0 = *({sz} *)skb[r{i.src} + {i.imm}]"
    return _raw(i)  # pragma: no cover - is_canonical() filters the rest


def _lddw_rhs(i: Insn, kernel: bool) -> str:
    hi = i.imm64_hi or 0
    ll = "" if kernel else " ll"
    if i.src == 0:
        return f"{i.imm64:#x}{ll}"
    if i.src == I.BPF_PSEUDO_MAP_FD:
        return f"map[id:{_u32(i.imm)}]"
    if i.src == I.BPF_PSEUDO_MAP_VALUE:
        return f"map[id:{_u32(i.imm)}][0]+{_u32(hi)}"
    if i.src == I.BPF_PSEUDO_FUNC:
        return f"subprog[{i.imm:+d}]"
    if i.src == I.BPF_PSEUDO_MAP_IDX:
        return f"map[idx:{_u32(i.imm)}]"
    if i.src == I.BPF_PSEUDO_MAP_IDX_VALUE:
        return f"map[idx:{_u32(i.imm)}]+{_u32(hi)}"
    # BPF_PSEUDO_BTF_ID: the kernel prints the resolved address; keep the ids instead
    return f"btf_id {_u32(i.imm)}" + (f" off {hi}" if hi else "") + ll


def format_listing(insns: list[Insn], style: str = "kernel") -> str:
    """`N: (op) text` lines as the verifier log and bpftool print them (slot-numbered)."""
    out, slot = [], 0
    for i in insns:
        out.append(f"{slot}: ({i.opcode:02x}) {format_insn(i, style)}")
        slot += i.slots
    return "\n".join(out)


# --- whole programs in the file format --------------------------------------------------------
def _map_line(m, template=False, programs=None) -> str:
    from bpfsmt.spec.program import (FIELD_E2BIG, FIELD_EINVAL, FIELD_ENOENT, FIELD_NO_BTF,
                                     MAP_FLAG_NAMES)
    parts = [f".map {m.name} type={m.map_type} key_size={m.key_size} "
             f"value_size={m.value_size} max_entries={m.max_entries}"]
    if m.flags:
        names = [n for n, b in MAP_FLAG_NAMES.items() if m.flags & b]
        rest = m.flags & ~sum(MAP_FLAG_NAMES[n] for n in names)
        parts.append("flags=" + "|".join(names + ([f"{rest:#x}"] if rest else [])))
    sentinel = {FIELD_ENOENT: "-", FIELD_E2BIG: "E2BIG", FIELD_EINVAL: "EINVAL"}
    if m.has_btf:
        parts.append("btf")
    known = set()
    for key, off in (("spin_lock", m.spin_lock_off), ("timer", m.timer_off)):
        if off == FIELD_NO_BTF or (off == FIELD_ENOENT):
            continue
        parts.append(f"{key}={sentinel.get(off, off)}")
        known.add((key, off))
    for f in m.fields:
        if (f.name, f.offset) in known and f.type_name in ("struct bpf_spin_lock",
                                                           "struct bpf_timer"):
            continue
        parts.append(f"field={f.name}:{f.offset}:{f.size}" + (f":{f.type_name}"
                                                               if f.type_name else ""))
    if m.inner is not None:
        parts.append(f"inner={m.inner.name}")
    slots = m.prog_slots or m.inner_maps
    if m.prog_slots and programs is not None:   # only programs that are printed too
        slots = {k: v for k, v in slots.items() if v in programs}
    if slots:
        parts.append("slots=" + ",".join(f"{k}:{v}" for k, v in sorted(slots.items())))
    if m.section != ".maps":
        parts.append(f"section={m.section}")
    if m.initial_data:
        parts.append(f"data=hex:{m.initial_data.hex()}")
    if not m.bypass_spec_v1:
        parts.append("bypass_spec_v1=0")
    if template:
        parts.append("template")
    return " ".join(parts)


def format_maps(pfile, programs=None) -> list[str]:
    lines = []
    declared = set(pfile.maps)
    for m in pfile.maps.values():
        if m.inner is not None and m.inner.name not in declared:
            lines.append(_map_line(m.inner, template=True))
            declared.add(m.inner.name)
    for m in pfile.maps.values():
        lines.append(_map_line(m, programs=programs))
    for m in pfile.maps.values():
        for k, v in m.contents.items():
            lines.append(f".elem {m.name} key=hex:{k.hex()} value=hex:{v.hex()}")
    return lines


def format_program(program, pfile=None, *, with_maps: bool = True) -> str:
    """A program in the bpfsmt file format: parse_program_text(...) gives it back."""
    lines = []
    if pfile is not None and with_maps:
        lines += format_maps(pfile, programs={program.name})
    lines.append(_program_header(program))
    lines += _program_body(program, pfile)
    return "\n".join(lines) + "\n"


def format_file(pfile) -> str:
    """Every map and program of a ProgramFile in the file format."""
    lines = format_maps(pfile)
    for p in pfile.programs:
        lines.append(_program_header(p))
        lines += _program_body(p, pfile)
    return "\n".join(lines) + "\n"


def _program_header(p) -> str:
    from bpfsmt.spec.program import PROG_FLAG_NAMES
    from bpfsmt.spec.progtypes import section_to_type
    info = section_to_type(p.section)
    parts = [f".program {p.name} section={p.section}"]
    if info.prog_type != p.prog_type:
        parts.append(f"type={p.prog_type}")
    if p.expected_attach_type != info.expected_attach_type and p.expected_attach_type:
        parts.append(f"attach={p.expected_attach_type}")
    if p.attach_target != info.attach_target and p.attach_target:
        parts.append(f"target={p.attach_target}")
    extra = p.prog_flags & ~info.prog_flags
    if extra:
        names = [n for n, b in PROG_FLAG_NAMES.items() if extra & b]
        rest = extra & ~sum(PROG_FLAG_NAMES[n] for n in names)
        parts.append("flags=" + "|".join(names + ([f"{rest:#x}"] if rest else [])))
    if p.license != "GPL":
        parts.append(f'license="{p.license}"' if " " in p.license else f"license={p.license}")
    return " ".join(parts)


def _program_body(p, pfile) -> list[str]:
    map_names = list(pfile.maps) if pfile is not None else []
    slots = p.slots()
    funcs = {f.start: f for f in p.functions}
    labels_at: dict[int, list[str]] = {}
    fnames = [f.name for f in sorted(p.functions, key=lambda f: f.start)]
    for name, slot in p.labels.items():
        labels_at.setdefault(slot, []).append(name.split(".", 1)[1] if
                                              name.split(".", 1)[0] in fnames and "." in name
                                              else name)
    lines = []
    nslots = p.slot_count()
    for idx, i in enumerate(p.insns):
        slot = slots[idx]
        if slot in funcs and slot != 0:
            f = funcs[slot]
            lines.append(f".func {f.name}" + (" global" if f.is_global else ""))
        for lab in labels_at.get(slot, []):
            lines.append(f"{lab}:")
        lines.append("    " + _insn_in_file(i, slot, p, funcs, map_names))
    for lab in labels_at.get(nslots, []):
        lines.append(f"{lab}:")
    return lines


def _insn_in_file(i: Insn, slot: int, p, funcs, map_names) -> str:
    if is_canonical(i) and (i.is_cond_jmp or i.is_ja):
        tgt = slot + 1 + i.jump_offset()
        same_fn = p.function_of(tgt).name == p.function_of(slot).name if p.functions else True
        names = [n for n, s in p.labels.items() if s == tgt and "." not in n.lstrip(".")]
        if same_fn and names and 0 <= tgt < p.slot_count():
            name = i.target if i.target in names else names[0]
            text = format_insn(i, "asm")
            return text.rsplit(" ", 1)[0] + " " + name
    if i.is_pseudo_call and is_canonical(i):
        f = funcs.get(slot + 1 + i.imm)
        if f is not None:
            return f"call {f.name}"
    if i.is_wide and is_canonical(i):
        if i.src in (I.BPF_PSEUDO_MAP_FD, I.BPF_PSEUDO_MAP_VALUE) and 0 <= i.imm < len(map_names) \
                and i.target != LITERAL_MAP_FD:
            name = map_names[i.imm]
            if i.src == I.BPF_PSEUDO_MAP_FD:
                return f"r{i.dst} = map[{name}] ll"
            return f"r{i.dst} = map[{name}][0]+{_u32(i.imm64_hi or 0)} ll"
        if i.src == I.BPF_PSEUDO_FUNC:
            f = funcs.get(slot + 1 + i.imm)
            if f is not None:
                return f"r{i.dst} = {f.name} ll"
    return format_insn(i, "asm").replace("\n", "\n    ")


# --- selftest-style C, for the kernel oracle ------------------------------------------------
_MAP_TYPE_C = "BPF_MAP_TYPE_"


def format_selftest_c(pfile, programs=None, section_of=None, int_subprogs=False) -> str:
    """The file as selftest-style C (naked functions with inline asm, maps in `.maps`), which
    clang -O2 -g -target bpf builds and the oracle loads: a bpfsmt file gets labelled by the
    real kernel.  A map-in-map is written with its inner template (libbpf's `values`), without
    its initial slots (the verifier sees only the template); one without a template is not
    expressible this way (ValueError).
    `programs`: only these programs; `section_of(program)`: the SEC name to write (a libbpf
    1.1 name for an object from an older loader); `int_subprogs`: static subprograms return
    `int` in their BTF unless the object's BTF said otherwise (check_btf_func refuses a tail
    call or LD_ABS in a `void` one).  Global functions are written global, returning int."""
    from bpfsmt.spec.program import MAP_FLAG_NAMES
    out = ["// generated by bpfsmt from " + str(pfile.path),
           "#include <linux/bpf.h>", "#include <bpf/bpf_helpers.h>", "",
           "#define __naked __attribute__((naked))",
           '#define __clobber_all "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", '
           '"r9", "memory"',
           '#define __imm(name) [name]"i"(name)', '#define __imm_addr(name) [name]"i"(&name)', ""]
    used = None if programs is None else {n for p in programs for n in p.maps}
    map_names = list(pfile.maps)
    data_offsets: dict[str, set] = {}
    for p in (pfile.programs if programs is None else programs):
        for i in p.insns:
            if i.is_wide and i.src == I.BPF_PSEUDO_MAP_VALUE and 0 <= i.imm < len(map_names):
                data_offsets.setdefault(map_names[i.imm], set()).add(i.imm64_hi or 0)
    for m in pfile.maps.values():
        if used is not None and m.name not in used:
            continue
        if m.section.startswith((".data", ".rodata", ".bss")):
            # global data: variables filling the section back to back, one starting at each
            # offset an lddw refers to (LLVM's asm has no `sym+off ll`); libbpf makes the
            # section the array map and the symbol's offset the lddw's value offset
            qual = "const volatile" if m.section.startswith(".rodata") else "volatile"
            data = m.initial_data.ljust(m.value_size, b"\0")
            cuts = sorted({0, m.value_size} | {o for o in data_offsets.get(m.name, ())
                                                if 0 < o < m.value_size})
            for a, b in zip(cuts, cuts[1:]):
                init = "" if m.section.startswith(".bss") else \
                    " = {" + ", ".join(str(x) for x in data[a:b]) + "}"
                out.append(f"static {qual} unsigned char {_c_ident(m.name)}_{a}[{b - a}] "
                           f"__attribute__((section(\"{m.section}\"), used, "
                           f"aligned({8 if a == 0 else 1}))){init};")
            out.append("")
            continue
        if m.section == ".kconfig":
            raise ValueError(f"map {m.name}: .kconfig externs are not written as selftest C here")
        if m.map_type.endswith("of_maps") and m.inner is None:
            raise ValueError(f"map {m.name}: a map-in-map without an inner template cannot be "
                             f"written as selftest C here")
        lines = [f"struct {{", f"\t__uint(type, {_MAP_TYPE_C}{m.map_type.upper()});",
                 f"\t__uint(max_entries, {m.max_entries});"]
        if m.flags:
            names = [n for n, b in MAP_FLAG_NAMES.items() if m.flags & b]
            lines.append(f"\t__uint(map_flags, {' | '.join(names) or m.flags});")
        if m.inner is not None:
            # libbpf 1.1 creates the inner map from the template in `values` (value size 4)
            t = m.inner
            if t.inner is not None or t.has_btf and t.fields:
                raise ValueError(f"map {m.name}: an inner template with BTF fields or maps is "
                                 f"not written as selftest C here")
            inner = [f"__uint(type, {_MAP_TYPE_C}{t.map_type.upper()})",
                     f"__uint(max_entries, {t.max_entries})"]
            inner += [f"__uint(key_size, {t.key_size})"] if t.key_size else []
            inner += [f"__uint(value_size, {t.value_size})"] if t.value_size else []
            inner += [f"__uint(map_flags, {t.flags})"] if t.flags else []
            lines.append(f"\t__uint(key_size, {m.key_size});")
            lines.append(f"\t__array(values, struct {{ {'; '.join(inner)}; }});")
        elif m.has_btf:
            sname = f"{m.name}_value"
            body, pos = [], 0
            for k, f in enumerate(sorted(m.fields, key=lambda f: f.offset)):
                if f.offset < pos:          # a union member over a field already written
                    continue
                if f.offset > pos:
                    body.append(f"\tchar __pad{k}[{f.offset - pos}];")
                if f.type_name == "struct bpf_spin_lock":
                    body.append(f"\tstruct bpf_spin_lock {f.name};")
                elif f.type_name == "struct bpf_timer":
                    body.append(f"\tstruct bpf_timer {f.name};")
                elif f.type_name in ("int", "__u32", "__u64", "__s64", "long") and \
                        f.size in (4, 8):
                    body.append(f"\t{'int' if f.size == 4 else 'long'} {f.name};")
                else:
                    body.append(f"\tchar {f.name or f'__anon{k}'}[{f.size}];")
                pos = f.offset + f.size
            if m.value_size > pos:
                body.append(f"\tchar __pad_end[{m.value_size - pos}];")
            out += [f"struct {sname} {{"] + body + ["};"]
            lines.append(f"\t__uint(key_size, {m.key_size});" if m.key_size != 4 else
                         "\t__type(key, __u32);")
            lines.append(f"\t__type(value, struct {sname});")
        else:
            if m.key_size:
                lines.append(f"\t__uint(key_size, {m.key_size});")
            if m.value_size:
                lines.append(f"\t__uint(value_size, {m.value_size});")
        out += lines + [f"}} {m.name} SEC(\".maps\");", ""]
    for name in sorted({_kfunc_extern(i) for p in (pfile.programs if programs is None else programs)
                        for i in p.insns if i.is_call and i.src == I.BPF_PSEUDO_KFUNC_CALL and i.target}):
        # a weak __ksym: libbpf gives the call the kernel's BTF id, or (not found) imm 0, which
        # the verifier lets stand until fixup_kfunc_call; called once from C as well (clang
        # gives an extern BTF only to what C code calls)
        out += [f'extern void {name}(void) __attribute__((weak, section(".ksyms")));',
                f"__attribute__((used)) static void __ksym_ref_{name}(void) {{ {name}(); }}", ""]
    for p in (pfile.programs if programs is None else programs):
        out += _c_program(p, map_names, section_of(p) if section_of else p.section, int_subprogs)
    lic = pfile.programs[0].license if pfile.programs else "GPL"
    out.append(f'char _license[] SEC("license") = "{lic}";')
    return "\n".join(out) + "\n"


def _kfunc_extern(i) -> str:
    """The extern a kfunc call is written against: its own name, or for an unresolved call (imm
    0: an extern no kernel BTF had, e.g. a memset the compiler left outlined) a name no kernel
    has either, so that libbpf leaves the call at imm 0 on every kernel."""
    return i.target if i.imm else f"bpfsmt_unresolved_{i.target}"


def _c_ident(name: str) -> str:
    return "".join(c if c.isalnum() or c == "_" else "_" for c in name)


def _c_program(p, map_names, section, int_subprogs) -> list[str]:
    slots = p.slots()
    starts = sorted(f.start for f in p.functions)
    ends = starts[1:] + [p.slot_count()]
    out = []
    targets = set()
    for s, i in zip(slots, p.insns):
        if i.is_cond_jmp or i.is_ja:
            targets.add(s + 1 + i.jump_offset())
    fn_at = {f.start: f for f in p.functions}
    for start, end in zip(reversed(starts), reversed(ends)):   # callees before callers
        f = fn_at[start]
        body, imms = [], []
        for s, i in zip(slots, p.insns):
            if not start <= s < end:
                continue
            if s in targets:
                body.append(f"l{s}_%=:")
            if (i.is_cond_jmp or i.is_ja) and is_canonical(i):
                text = format_insn(i, "asm").rsplit(" ", 1)[0] + f" l{s + 1 + i.jump_offset()}_%="
            elif i.is_helper_call and helper_name(i.imm) and i.imm:
                text = f"call %[{helper_name(i.imm)}]"
                imms.append(f"__imm({helper_name(i.imm)})")
            elif i.is_call and i.src == I.BPF_PSEUDO_KFUNC_CALL and i.target:
                text = f"call %[{_kfunc_extern(i)}]"
                imms.append(f"__imm({_kfunc_extern(i)})")
            elif i.is_wide and i.src == I.BPF_PSEUDO_FUNC and (s + 1 + i.imm) in fn_at:
                # a callback's address: libbpf turns the relocation into BPF_PSEUDO_FUNC
                name = fn_at[s + 1 + i.imm].name
                text = f"r{i.dst} = %[{name}] ll"
                imms.append(f"__imm_addr({name})")
            elif i.is_pseudo_call and (s + 1 + i.imm) in fn_at:
                text = f"call {fn_at[s + 1 + i.imm].name}"
            elif i.is_wide and i.src == I.BPF_PSEUDO_MAP_VALUE and 0 <= i.imm < len(map_names):
                var = f"{_c_ident(map_names[i.imm])}_{i.imm64_hi or 0}"
                text = f"r{i.dst} = %[{var}] ll"
                imms.append(f"__imm_addr({var})")
            elif i.is_wide and i.src == I.BPF_PSEUDO_MAP_FD and 0 <= i.imm < len(map_names):
                text = f"r{i.dst} = %[{map_names[i.imm]}] ll"
                imms.append(f"__imm_addr({map_names[i.imm]})")
            elif i.cls == I.BPF_LD and i.mode == I.BPF_IND:
                if i.imm:       # LLVM's assembler has LD_IND with a register only
                    raise ValueError(f"{p.name}: slot {s}: LD_IND with an offset has no LLVM asm")
                text = format_insn(i, "asm").replace(" + 0]", "]")
            else:
                text = format_insn(i, "asm").replace("%", "%%")   # inline asm escapes %
                if text.startswith(".8byte"):
                    raise ValueError(f"{p.name}: slot {s} cannot be written as clang inline asm")
            body.append(text)
        if end in targets and end == p.slot_count():
            body.append(f"l{end}_%=:")
        imms = sorted(set(imms))
        if start == 0:
            out.append(f'SEC("{section}")')
            out.append(f"__naked void {f.name}(void)")
        elif f.is_global:
            out.append(f"__naked __attribute__((noinline, used)) int {f.name}(void)")
        else:
            ret = "int" if int_subprogs and f.returns_scalar is not False else "void"
            out.append(f"static __naked __attribute__((noinline, used)) {ret} {f.name}(void)")
        out.append("{\n\tasm volatile (")
        out += [f'\t"{t};"' if not t.endswith(":") else f'"{t}"' for t in body]
        out.append(f"\t:: {', '.join(imms)}" if imms else "\t::")
        out.append("\t: __clobber_all);\n}\n")
    # the entry function must come last in C only if it calls others; keep callees first
    return out
