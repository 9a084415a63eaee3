"""Program synthesis for the rule proofs: abstract traces -> real BPF instructions.

Why: a counterexample found in an abstract model (a step sequence, a call tree, a key and sizes)
only convinces once it runs. The proof modules turn the Z3 model into a `ProgramFile` with this
builder and replay it on the concrete executor (`bpfsmt.solver.concrete.exec.execute`). The builder is a
tiny label-resolving assembler over `Insn`; it emits kernel slot numbering (lddw = 2 slots).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from bpfsmt.grammar.printer import format_insn
from bpfsmt.spec.helper_ids import HELPER_NAMES
from bpfsmt.spec.insn import (BPF_ABS, BPF_ADD, BPF_ALU64, BPF_CALL, BPF_EXIT, BPF_JA, BPF_JEQ,
                              BPF_JMP, BPF_JNE, BPF_K, BPF_LD, BPF_LDX, BPF_MEM, BPF_MOV,
                              BPF_PSEUDO_CALL, BPF_PSEUDO_FUNC, BPF_PSEUDO_MAP_FD, BPF_ST, BPF_STX,
                              BPF_X, BYTES_SIZE, Insn)
from bpfsmt.spec.program import Function, Map, Program, ProgramFile

HELPER_ID = {n: i for i, n in enumerate(HELPER_NAMES)}


@dataclass
class _Item:
    insn: Insn
    jump_to: Optional[str] = None     # label for off (jumps)
    call_to: Optional[str] = None     # label for imm (bpf2bpf call, BPF_PSEUDO_FUNC lddw)


@dataclass
class Builder:
    """Append instructions; jumps and calls name labels resolved in `program()`."""
    items: list[_Item] = field(default_factory=list)
    labels: dict[str, int] = field(default_factory=dict)   # label -> item index
    functions: list[tuple[str, bool]] = field(default_factory=list)  # (label, is_global)

    def _add(self, insn: Insn, **kw) -> "Builder":
        self.items.append(_Item(insn, **kw))
        return self

    def label(self, name: str) -> "Builder":
        if name in self.labels:
            raise ValueError(f"label {name} defined twice")
        self.labels[name] = len(self.items)
        return self

    def func(self, name: str, is_global: bool = False) -> "Builder":
        """Start a bpf2bpf subprogram / callback here."""
        self.label(name)
        self.functions.append((name, is_global))
        return self

    # --- ALU --------------------------------------------------------------------------------
    def mov(self, dst: int, src: int) -> "Builder":
        return self._add(Insn.make(BPF_ALU64 | BPF_MOV | BPF_X, dst, src))

    def movi(self, dst: int, imm: int) -> "Builder":
        return self._add(Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, dst, 0, 0, imm))

    def addi(self, dst: int, imm: int) -> "Builder":
        return self._add(Insn.make(BPF_ALU64 | BPF_ADD | BPF_K, dst, 0, 0, imm))

    def add(self, dst: int, src: int) -> "Builder":
        return self._add(Insn.make(BPF_ALU64 | BPF_ADD | BPF_X, dst, src))

    def alu(self, opcode: int, dst: int, src: int = 0, imm: int = 0) -> "Builder":
        return self._add(Insn.make(opcode, dst, src, 0, imm))

    # --- memory -----------------------------------------------------------------------------
    def ldx(self, size: int, dst: int, src: int, off: int) -> "Builder":
        return self._add(Insn.make(BPF_LDX | BPF_MEM | BYTES_SIZE[size], dst, src, off))

    def stx(self, size: int, dst: int, off: int, src: int) -> "Builder":
        return self._add(Insn.make(BPF_STX | BPF_MEM | BYTES_SIZE[size], dst, src, off))

    def st(self, size: int, dst: int, off: int, imm: int) -> "Builder":
        return self._add(Insn.make(BPF_ST | BPF_MEM | BYTES_SIZE[size], dst, 0, off, imm))

    def ld_abs(self, size: int, imm: int) -> "Builder":
        return self._add(Insn.make(BPF_LD | BPF_ABS | BYTES_SIZE[size], 0, 0, 0, imm))

    def ld_map(self, dst: int, pfile_maps: list[str], name: str) -> "Builder":
        """r = map (lddw src=BPF_PSEUDO_MAP_FD, imm = index of the map in the file)."""
        idx = pfile_maps.index(name)
        return self._add(Insn.make(0x18, dst, BPF_PSEUDO_MAP_FD, 0, idx, 0, target=name))

    def ld_func(self, dst: int, label: str) -> "Builder":
        """r = &callback (lddw src=BPF_PSEUDO_FUNC, imm = relative slot offset)."""
        return self._add(Insn.make(0x18, dst, BPF_PSEUDO_FUNC, 0, 0, 0, target=label), call_to=label)

    # --- control flow -------------------------------------------------------------------------
    def call(self, helper: str) -> "Builder":
        return self._add(Insn.make(BPF_JMP | BPF_CALL, 0, 0, 0, HELPER_ID[helper]))

    def call_sub(self, label: str) -> "Builder":
        return self._add(Insn.make(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_CALL, 0, 0, target=label),
                         call_to=label)

    def ja(self, label: str) -> "Builder":
        return self._add(Insn.make(BPF_JMP | BPF_JA, target=label), jump_to=label)

    def jcond(self, op: int, dst: int, imm: int, label: str) -> "Builder":
        return self._add(Insn.make(BPF_JMP | op | BPF_K, dst, 0, 0, imm, target=label), jump_to=label)

    def jump(self, opcode: int, dst: int, label: str, src: int = 0, imm: int = 0) -> "Builder":
        """Any conditional jump (JMP or JMP32 class, K or X source) to a label."""
        return self._add(Insn.make(opcode, dst, src, 0, imm, target=label), jump_to=label)

    def lddw(self, dst: int, value: int) -> "Builder":
        """dst = 64-bit constant (lddw, src 0)."""
        value &= (1 << 64) - 1
        return self._add(Insn.make(0x18, dst, 0, 0, value & 0xFFFFFFFF, value >> 32))

    def jeq(self, dst, imm, label): return self.jcond(BPF_JEQ, dst, imm, label)
    def jne(self, dst, imm, label): return self.jcond(BPF_JNE, dst, imm, label)

    def exit(self) -> "Builder":
        return self._add(Insn.make(BPF_JMP | BPF_EXIT))

    def ret(self, imm: int = 0) -> "Builder":
        return self.movi(0, imm).exit()

    # --- helpers for common shapes -------------------------------------------------------------
    def lookup(self, maps: list[str], name: str, key: int, dst: int, null_label: str,
               key_off: int = -4) -> "Builder":
        """dst = bpf_map_lookup_elem(&map, &key); NULL -> null_label (u32 key on the stack)."""
        self.movi(1, key).stx(4, 10, key_off, 1)   # (clang 14 cannot assemble BPF_ST imm)
        self.mov(2, 10).addi(2, key_off)
        self.ld_map(1, maps, name)
        self.call("map_lookup_elem")
        self.jeq(0, 0, null_label)
        if dst != 0:
            self.mov(dst, 0)
        return self

    # --- output -------------------------------------------------------------------------------
    def program(self, name: str, prog_type: str, *, section: Optional[str] = None,
                sleepable: bool = False, maps: Optional[list[str]] = None,
                attach_target: Optional[str] = None, expected_attach_type: Optional[str] = None) -> Program:
        slots, pc = [], 0
        for it in self.items:
            slots.append(pc)
            pc += it.insn.slots
        end = pc

        def slot_of(label: str) -> int:
            i = self.labels[label]
            return slots[i] if i < len(slots) else end

        insns = []
        for i, it in enumerate(self.items):
            ins = it.insn
            if it.jump_to is not None:
                ins = ins.with_(off=slot_of(it.jump_to) - slots[i] - 1)
            if it.call_to is not None:
                ins = ins.with_(imm=slot_of(it.call_to) - slots[i] - 1)
            insns.append(ins)
        funcs = [Function("main", 0)]
        for lab, glob in self.functions:
            funcs.append(Function(lab, slot_of(lab), is_global=glob))
        funcs.sort(key=lambda f: f.start)
        labels = {lab: slot_of(lab) for lab in self.labels}
        return Program(name=name, section=section or prog_type, insns=insns, functions=funcs,
                       labels=labels, prog_type=prog_type, sleepable=sleepable,
                       maps=list(maps or []), attach_target=attach_target,
                       expected_attach_type=expected_attach_type)


def program_file(path: str, maps: list[Map], programs: list[Program]) -> ProgramFile:
    return ProgramFile(path=path, maps={m.name: m for m in maps}, programs=programs)


def program_text_insn(ins: Insn) -> str:
    """One instruction in kernel syntax."""
    return format_insn(ins)


def program_text(prog: Program) -> str:
    """The program in the kernel's assembly syntax, with its labels, for reports."""
    labels_at = {}
    for lab, s in prog.labels.items():
        labels_at.setdefault(s, []).append(lab)
    lines, pc = [], 0
    for ins in prog.insns:
        for lab in labels_at.get(pc, []):
            lines.append(f"{lab}:")
        lines.append(f"  {pc:3}: {format_insn(ins)}")
        pc += ins.slots
    return "\n".join(lines)


def file_text(pfile: ProgramFile) -> str:
    out = []
    for m in pfile.maps.values():
        extra = f" spin_lock_off={m.spin_lock_off}" if m.spin_lock_off >= 0 else ""
        extra += f" timer_off={m.timer_off}" if m.timer_off >= 0 else ""
        extra += f" flags={m.flags:#x}" if m.flags else ""
        out.append(f"map {m.name}: {m.map_type} key_size={m.key_size} value_size={m.value_size} "
                   f"max_entries={m.max_entries}{extra}")
    for p in pfile.programs:
        out.append(f"program {p.name} ({p.prog_type}{', sleepable' if p.sleepable else ''}):")
        out.append(program_text(p))
    return "\n".join(out)


# --- replay on the concrete executor ------------------------------------------------------------

def ev_get(ev, *names, default=None):
    """Read a field of an executor Event whether it is a dataclass or a dict."""
    for n in names:
        if isinstance(ev, dict):
            if n in ev:
                return ev[n]
        elif hasattr(ev, n):
            return getattr(ev, n)
    return default


def ev_kind(ev) -> str:
    return str(ev_get(ev, "kind", "type", "event", default="")).lower()


def events_json(events) -> list:
    out = []
    for e in events:
        if hasattr(e, "to_json"):
            out.append(e.to_json())
        elif isinstance(e, dict):
            out.append(e)
        else:
            out.append(repr(e))
    return out


def check_with_verifier(pfile: ProgramFile, prog: Program, rules: str = "6.1") -> Optional[dict]:
    """Verdict of the verifier model for the synthesised program, for reports."""
    from bpfsmt.solver.verifier import verify
    try:
        r = verify(pfile, prog, rules=rules)
        return {"rules": rules, "accepted": bool(r.accepted), "message": getattr(r, "message", None),
                "insn": getattr(r, "insn", None)}
    except Exception as e:
        return {"rules": rules, "error": f"{type(e).__name__}: {e}"}


# --- export for the real kernel (the oracle's selftest-style C) --------------------------------

def _value_struct(m) -> tuple[str, str]:
    """A BTF value type for `m`: u8 padding plus the bpf_spin_lock / bpf_timer fields."""
    fields, off, n = [], 0, 0
    special = []
    if m.spin_lock_off is not None and m.spin_lock_off >= 0:
        special.append((m.spin_lock_off, 4, "struct bpf_spin_lock"))
    if m.timer_off is not None and m.timer_off >= 0:
        special.append((m.timer_off, 16, "struct bpf_timer"))
    for so, size, ty in sorted(special):
        if so > off:
            fields.append(f"__u8 pad{n}[{so - off}];")
            n += 1
        fields.append(f"{ty} f{n};")
        n += 1
        off = so + size
    if m.value_size > off:
        fields.append(f"__u8 pad{n}[{m.value_size - off}];")
    name = f"val_{m.name}"
    return name, f"struct {name} {{ {' '.join(fields)} }};"


_C_SCALAR = {1: "__u8", 2: "__u16", 4: "__u32", 8: "__u64"}


def _c_type(size: int) -> str:
    return _C_SCALAR.get(size) or f"struct {{ __u8 b[{size}]; }}"


def _func_name(prog: Program, f) -> str:
    if f.start == 0:
        return prog.name
    return f.name if f.name.startswith(prog.name) else f"{prog.name}_{f.name}"


def to_oracle_c(pfile: ProgramFile, programs: Optional[list[Program]] = None) -> str:
    """The programs as naked-asm C for ../shared/oracle/run.sh. Each function becomes a naked
    function (static, or global in .text), jumps become local labels, helpers `%[bpf_x]`,
    maps `%[name] ll`, callbacks `%[func] ll`, bpf2bpf calls `call func`. Map-in-map is not
    exported."""
    from bpfsmt.grammar.printer import format_insn
    from bpfsmt.spec.program import MAP_FLAG_NAMES
    out = ["#include <linux/bpf.h>", "#include <bpf/bpf_helpers.h>", '#include "oracle_asm.h"', ""]
    for m in pfile.maps.values():
        if m.map_type in ("array_of_maps", "hash_of_maps"):
            raise ValueError("map-in-map is not exported")
        if m.spin_lock_off is not None and m.spin_lock_off >= 0 or \
                m.timer_off is not None and m.timer_off >= 0:
            vname, decl = _value_struct(m)
            out.append(decl)
            vtype = f"struct {vname}"
        else:
            vtype = _c_type(m.value_size)
        flags = " | ".join(n for n, v in MAP_FLAG_NAMES.items() if m.flags & v)
        out.append(f"struct {{ __uint(type, BPF_MAP_TYPE_{m.map_type.upper()}); "
                   f"__uint(max_entries, {m.max_entries}); "
                   + (f"__uint(map_flags, {flags}); " if flags else "")
                   + f"__type(key, {_c_type(m.key_size)}); __type(value, {vtype}); }} {m.name} SEC(\".maps\");")
    out.append("")
    bodies, protos = [], []
    for p in programs or pfile.programs:
        slots = p.slots()
        end = slots[-1] + p.insns[-1].slots if slots else 0
        funcs = sorted(p.functions or [], key=lambda f: f.start)
        fname_at = {f.start: _func_name(p, f) for f in funcs}
        for k, f in enumerate(funcs):
            stop = funcs[k + 1].start if k + 1 < len(funcs) else end
            body = [(s, i) for s, i in zip(slots, p.insns) if f.start <= s < stop]
            targets = {s + 1 + i.off for s, i in body if i.is_jmp and (i.is_ja or i.is_cond_jmp)}
            helpers, addrs, lines = set(), set(), []
            for s, ins in body:
                if s in targets:
                    lines.append(f'"l{s}_%=:"')
                if ins.is_wide and ins.src == 1:
                    addrs.add(ins.target)
                    txt = f"r{ins.dst} = %[{ins.target}] ll"
                elif ins.is_wide and ins.src == 4:
                    cb = fname_at[s + 1 + ins.imm]
                    addrs.add(cb)
                    txt = f"r{ins.dst} = %[{cb}] ll"
                elif ins.is_pseudo_call:
                    txt = f"call {fname_at[s + 1 + ins.imm]}"
                elif ins.is_helper_call:
                    name = "bpf_" + HELPER_NAMES[ins.imm]
                    helpers.add(name)
                    txt = f"call %[{name}]"
                elif ins.is_jmp and (ins.is_ja or ins.is_cond_jmp):
                    txt = format_insn(ins, "asm")
                    txt = txt[:txt.rindex("goto")] + f"goto l{s + 1 + ins.off}_%="
                else:
                    txt = format_insn(ins, "asm")
                lines.append(f'"{txt};"')
            if stop in targets:
                lines.append(f'"l{stop}_%=:"')
            imms = [f"__imm({h})" for h in sorted(helpers)] + [f"__imm_addr({m})" for m in sorted(addrs)]
            name = fname_at[f.start]
            if f.start == 0:
                head = f'SEC("{p.section}") __naked void {name}(void)'
            elif f.is_global:
                head = f'__attribute__((section(".text"))) __naked __attribute__((noinline, used)) int {name}(void)'
                protos.append(head + ";")
            else:
                head = f"static __naked __attribute__((noinline, used)) int {name}(void)"
                protos.append(head + ";")
            bodies.append(f"{head}\n{{\n\tasm volatile (\n\t" + "\n\t".join(lines)
                          + f"\n\t:: {', '.join(imms)} : __clobber_all);\n}}\n")
    if protos:
        out += protos + [""]
    out += bodies
    out.append('char _license[] SEC("license") = "GPL";')
    return "\n".join(out)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def repo_root() -> str:
    import os
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def kernel_label(pfile: ProgramFile, kernel: str = "6.1") -> Optional[dict]:
    """The real kernel's verdict (6.1: labels.json, 6.12: labels_6.12.json) for this exact
    program if tests/oracle/proofs holds it (same C text as `to_oracle_c` gives now), else None."""
    import json
    import os
    d = os.path.join(repo_root(), "tests", "oracle", "proofs")
    name = "labels.json" if kernel == "6.1" else f"labels_{kernel}.json"
    try:
        labels = {r["prog"]: r for r in json.load(open(os.path.join(d, name)))}
    except (OSError, ValueError):
        return None
    p = pfile.programs[0]
    lab = labels.get(p.name)
    if lab is None:
        return None
    try:
        same = open(os.path.join(d, lab["file"])).read() == to_oracle_c(pfile)
    except (OSError, ValueError):
        return None
    if not same:
        return {"note": f"tests/oracle/proofs/{lab['file']} differs from the program found now"}
    return {k: lab[k] for k in ("accepted", "errno", "message", "kernel")}


def oracle_finding(key: str) -> str:
    """The section of tests/oracle/FINDINGS.md (the labelling helper's real-kernel runs) whose
    heading names `key`, e.g. "SL-13"."""
    import os
    try:
        text = open(os.path.join(repo_root(), "tests", "oracle", "FINDINGS.md")).read()
    except OSError:
        return "no oracle finding recorded (tests/oracle/FINDINGS.md missing)"
    out, keep = [], False
    for line in text.splitlines():
        if line.startswith("## "):
            keep = key in line
        if keep:
            out.append(line)
    return "\n".join(out).strip() or f"FINDINGS.md has no section for {key}"
