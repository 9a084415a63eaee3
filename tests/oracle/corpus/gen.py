"""Corpus programs labelled by the real kernel: every program of ../shared/corpus/ebpf-samples
that the oracle can get to the verifier, with the kernel's verdict, error block and statistics.

Three routes to the kernel (``route`` in each label):
  * ``elf``: the corpus object as it is, loaded by the oracle's libbpf 1.1 (CO-RE against the
    guest's BTF). Works for the objects with BTF maps and section names libbpf 1.1 knows.
  * ``c``: the rest (legacy ``maps`` sections, libbpf 0.x / iproute2 section names, static
    entry functions, pinning values libbpf 1.1 refuses) cannot be opened by libbpf 1.1. bpfsmt's
    own ELF loader reads them as a libbpf 0.x-era loader would; the program is written back as
    selftest C (naked inline asm, the same maps as BTF-less ``.maps``, a libbpf 1.1 section
    name for the same program type), built with clang and loaded. The label keeps the sha256 of
    the instructions the kernel was given (map fds blanked): it equals the IR of the corpus
    program, so the kernel judged exactly the instructions bpfsmt verifies.
  * ``elf-renamed``: a program with global subprograms (their BTF signatures decide how the
    kernel verifies them, which naked C cannot carry) in a section libbpf 1.1 has no type for:
    the object as it is with only that section's name replaced, in the ELF string table and
    in the .BTF string .BTF.ext names it by, by a libbpf 1.1 name of the type bpfsmt reads
    from the old one (``tc`` for PREVAIL's ``test``).

    python tests/oracle/corpus/gen.py stage ELF_RESULTS OUT_DIR   # C inputs for the c route
    python tests/oracle/corpus/gen.py build 6.1 ELF_OUT C_OUT     # -> labels.json / labels_6.12.json

(ELF_RESULTS / ELF_OUT: an oracle run over the corpus objects, flattened as DIR__NAME.o, with
LOG_LEVEL=5 TEST_RUN=0; C_OUT: the oracle run over the staged C inputs, same knobs.)
"""
from __future__ import annotations

import json
import os
import struct
import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from oracle_labels import STATS_FIELDS, norm_sha256, split_log  # noqa: E402

from bpfsmt.grammar.elf import load_elf  # noqa: E402
from bpfsmt.grammar.printer import format_selftest_c  # noqa: E402
from bpfsmt.spec.errors import InputError  # noqa: E402
from bpfsmt.spec.insn import decode  # noqa: E402
from bpfsmt.spec.progtypes import SECTION_DEFS, section_to_type  # noqa: E402

SHARED = os.environ.get("BPFSMT_SHARED", str(HERE.parents[3] / "shared"))
CORPUS = Path(SHARED) / "corpus" / "ebpf-samples"


def flat(rel: str) -> str:
    """Corpus path -> the input name the oracle saw (one directory)."""
    return rel.replace("/", "__")


def libbpf11_section(p) -> str:
    """A section name libbpf 1.1 reads as the program's type and expected attach type."""
    info = section_to_type(p.section)
    if info.libbpf11 and info.prog_type == p.prog_type:
        return p.section
    for pattern, ptype, attach, _flags in SECTION_DEFS:
        if ptype == p.prog_type and attach in (p.expected_attach_type, "xdp" if ptype == "xdp" else None):
            name = pattern.rstrip("+")
            return name[:-1] if name.endswith("/") else name
    raise ValueError(f"no libbpf 1.1 section for {p.prog_type}/{p.expected_attach_type}")


def corpus_programs():
    for path in sorted(CORPUS.rglob("*.o")):
        rel = str(path.relative_to(CORPUS))
        try:
            pf = load_elf(str(path))
        except InputError:
            continue
        yield rel, pf


def reached_verifier(r: dict) -> bool:
    return bool(r["accepted"] or (r.get("verifier_log") or "").strip())


def as_loaded(pf):
    """The maps as the object's own loader creates them, where the ELF alone does not say:
    a ring buffer has key and value size 0 and a perf event array 4 and 4 (bpf2go objects
    declare a value type for Go's sake; cilium/ebpf drops it, the kernel refuses anything
    else), and falco sizes its
    max_entries-0 per-CPU scratch arrays at run time (one entry here). The verifier reads
    neither size for these maps. Returns the file and what was changed."""
    maps, notes = {}, []
    for name, m in pf.maps.items():
        if m.map_type == "ringbuf" and (m.key_size or m.value_size):
            notes.append(f"{name}: ringbuf key/value size {m.key_size}/{m.value_size} -> 0/0")
            m = replace(m, key_size=0, value_size=0)
        elif m.map_type == "perf_event_array" and (m.key_size, m.value_size) != (4, 4):
            notes.append(f"{name}: perf_event_array key/value size {m.key_size}/{m.value_size} -> 4/4")
            m = replace(m, key_size=4, value_size=4)
        elif m.map_type == "array" and m.max_entries == 0:
            notes.append(f"{name}: max_entries 0 -> 1 (set by the loader at run time)")
            m = replace(m, max_entries=1)
        maps[name] = m
    return replace(pf, maps=maps), notes


def _rename_strings(data: bytearray, start: int, size: int, old: bytes, new: bytes) -> int:
    """Every NUL-terminated `old` in the string table data[start:start+size] (also as the tail
    of a longer name, where ELF string tables share it) becomes `new`, padded with NULs so no
    other offset moves. Returns how many were replaced."""
    pat, n, i = old + b"\0", 0, start
    while (i := data.find(pat, i, start + size)) >= 0:
        data[i:i + len(pat)] = new.ljust(len(pat), b"\0")
        i, n = i + len(pat), n + 1
    return n


def renamed_section_object(src: Path, dst: Path, old: str, new: str) -> None:
    """A copy of the object whose section `old` is called `new` (not longer): in the section
    header string table (with its relocation section, `.rel<old>`) and in the .BTF strings
    (.BTF.ext's func_info and line_info find their section by that name)."""
    from elftools.elf.elffile import ELFFile
    if len(new) > len(old):
        raise ValueError(f"section {old!r} cannot be renamed in place to the longer {new!r}")
    data = bytearray(src.read_bytes())
    with src.open("rb") as fh:
        elf = ELFFile(fh)
        shstr = elf.get_section(elf["e_shstrndx"])
        btf = elf.get_section_by_name(".BTF")
        tables = [(shstr["sh_offset"], shstr["sh_size"])]
        if btf is not None:
            hdr_len, _, _, str_off, str_len = struct.unpack_from("<5I", data, btf["sh_offset"] + 4)
            tables.append((btf["sh_offset"] + hdr_len + str_off, str_len))
    for start, size in tables:
        if not _rename_strings(data, start, size, old.encode(), new.encode()):
            raise ValueError(f"no string {old!r} to rename")
    dst.write_bytes(bytes(data))


def c_entry(p):
    """The program with an entry function LLVM's assembler can name: a function called like
    its own section (ovs's `xdp` in SEC("xdp")) collides with the section symbol; the kernel
    does not look at the name."""
    if libbpf11_section(p) != p.name:
        return p
    name = p.name + "_prog"
    return replace(p, name=name, functions=[replace(p.functions[0], name=name)] + p.functions[1:])


def stage(elf_results: str, out_dir: str) -> None:
    """One C file (or a renamed object) per program the elf route did not get to the verifier."""
    done = {(r["file"].split("/")[-1], r["prog"]) for r in map(json.loads, open(elf_results))
            if reached_verifier(r)}
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    manifest, skipped = {}, {}
    for rel, pf in corpus_programs():
        for p in pf.programs:
            if (flat(rel), p.name) in done:
                continue
            name = f"{flat(rel)[:-2]}__{p.name}".replace("-", "_").replace(".", "_")
            try:
                if any(f.is_global for f in p.functions[1:]):
                    new = libbpf11_section(p)
                    renamed_section_object(CORPUS / rel, out / f"{name}.o", p.section, new)
                    manifest[f"{name}.o"] = {"file": rel, "prog": p.name, "route": "elf-renamed",
                                             "ir_sha256": norm_sha256(p.insns),
                                             "section_renamed": f"{p.section} -> {new}"}
                    continue
                loaded, notes = as_loaded(pf)
                text = format_selftest_c(loaded, programs=[c_entry(p)], section_of=libbpf11_section,
                                         int_subprogs=True)
            except ValueError as e:
                skipped[f"{rel}::{p.name}"] = str(e)
                continue
            (out / f"{name}.c").write_text(text)
            manifest[f"{name}.o"] = {"file": rel, "prog": p.name, "ir_sha256": norm_sha256(p.insns)}
            if notes:
                manifest[f"{name}.o"]["maps_as_loaded"] = notes
    (HERE / "manifest.json").write_text(json.dumps({"c": manifest, "skipped": skipped},
                                                   indent=1, sort_keys=True) + "\n")
    print(f"{len(manifest)} C inputs in {out}, {len(skipped)} programs not expressible")


def _label(r: dict, route: str, file: str, prog: str) -> dict:
    log = r.get("verifier_log") or ""
    msg, block = (None, []) if r["accepted"] else split_log(log)
    st = r.get("verifier_stats") or {}
    insns = decode(bytes.fromhex(r["insns"])) if r.get("insns") else []
    return {"file": file, "prog": prog, "route": route, "section": r["section"],
            "prog_type": r.get("prog_type") or "", "accepted": bool(r["accepted"]),
            "errno": r.get("errno") or 0, "message": msg, "error_lines": block,
            "stats": {f: st[f] for f in STATS_FIELDS if f in st} or None,
            "stack_depth": st.get("stack_depth"), "insn_cnt": r.get("insn_cnt") or 0,
            "insns_sha256": norm_sha256(insns) if insns else None}


def _map_definitions(rel: str, why: str) -> str:
    """The definition of the map whose creation failed, as the object gives it (the kernel's
    map_alloc_check refuses it, e.g. an array's key_size other than 4)."""
    pf = load_elf(str(CORPUS / rel))
    return "".join(f" ({m.map_type}: key_size {m.key_size}, value_size {m.value_size}, "
                   f"max_entries {m.max_entries}, map_flags {m.flags})"
                   for name, m in pf.maps.items() if f"map '{name}'" in why)


def build(kernel: str, elf_out: str, *c_outs: str) -> None:
    """Labels from the elf run and the C runs (a later C run's row for an object wins)."""
    manifest = json.loads((HERE / "manifest.json").read_text())["c"]
    rows = []
    for r in map(json.loads, open(Path(elf_out) / "results.jsonl")):
        if not r.get("prog") or not reached_verifier(r):
            continue
        rel = r["file"].split("/")[-1].replace("__", "/")
        rows.append(_label(r, "elf", rel, r["prog"]))
    mismatched = []
    c_rows = {}
    for c_out in c_outs:
        for r in map(json.loads, open(Path(c_out) / "results.jsonl")):
            if r.get("prog"):
                c_rows[r["file"].split("/")[-1]] = r
    for obj, r in sorted(c_rows.items()):
        m = manifest.get(obj)
        if m is None or not r.get("prog"):
            continue
        if not reached_verifier(r):
            lines = (r.get("libbpf_log") or "").strip().splitlines() or ["?"]
            why = next((ln for ln in lines if "failed to create" in ln),
                       next((ln for ln in lines if "Error" in ln), lines[-1]))
            mismatched.append((m["file"], m["prog"], "did not reach the verifier: " + why +
                               _map_definitions(m["file"], why)))
            continue
        lab = _label(r, m.get("route", "c"), m["file"], m["prog"])
        if lab["insns_sha256"] != m["ir_sha256"]:
            mismatched.append((m["file"], m["prog"], "submitted instructions differ from the IR"))
            continue
        for key in ("maps_as_loaded", "section_renamed"):
            if m.get(key):
                lab[key] = m[key]
        rows.append(lab)
    rows.sort(key=lambda x: (x["file"], x["prog"]))
    name = "labels.json" if kernel == "6.1" else f"labels_{kernel}.json"
    (HERE / name).write_text(json.dumps(rows, indent=1, sort_keys=True) + "\n")
    print(f"{len(rows)} labels ({sum(r['accepted'] for r in rows)} accepted) -> {name}")
    skipped = json.loads((HERE / "manifest.json").read_text())["skipped"]
    unlabelled = {**{k: "not written as C: " + v for k, v in skipped.items()},
                  **{f"{f}::{p}": why for f, p, why in mismatched}}
    (HERE / ("unlabelled.json" if kernel == "6.1" else f"unlabelled_{kernel}.json")).write_text(
        json.dumps(unlabelled, indent=1, sort_keys=True) + "\n")
    for m in mismatched:
        print("  not labelled:", *m)


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "stage" and len(sys.argv) == 4:
        stage(sys.argv[2], sys.argv[3])
    elif cmd == "build" and len(sys.argv) >= 5:
        build(*sys.argv[2:])
    else:
        sys.exit(__doc__)
