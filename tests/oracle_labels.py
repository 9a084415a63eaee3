"""Kernel-labelled test programs: loader API, and the tools that produced the labels.

The labels under ``tests/oracle/<family>/labels.json`` were produced by the real Debian
Linux 6.1 kernel (6.1.192) through ``../shared/oracle/run.sh``; ``labels_6.12.json`` beside them
hold what Debian's Linux 6.12 (6.12.95, ``KERNEL=6.12``) said about the same objects
(``tests/oracle/relabel.py`` stages the committed bytes again, so both files describe one program
set).  Sysctl variants are ``labels_VARIANT.json`` / ``labels_VARIANT_6.12.json``.  Tests consume them
through :func:`load_labels` and :func:`label_object_path` and never need qemu or clang:
the BPF objects that the oracle loaded are committed under ``tests/oracle/<family>/obj/``
(kept out of the family directory itself, because run.sh copies ``IN_DIR/*.o`` over the
objects it compiles).

Label fields (one JSON object per loaded program):

``file``        input file name inside the family directory (``x.c`` or ``NAME.SEC.raw``)
``object``      object file name under ``obj/`` (``x.o`` or ``NAME.SEC.raw``)
``prog``        program name (``raw`` for raw inputs)
``section``     ELF section / raw section (libbpf 1.1 names)
``prog_type``   kernel program type (lowercase enum name without prefix)
``accepted``    the verdict;  ``errno`` the load's errno (0 when accepted)
``message``     the kernel's error line: the last non-empty line of the verifier log before
                the statistics lines (``verification time``, ``stack depth``, ``processed``),
                stripped.  ``None`` when accepted, or when the verifier printed nothing
                (e.g. map creation failed before verification: see ``libbpf_error``).
``error_lines`` the trailing block of non-trace lines of the log (the message is its last
                line; multi-line errors such as ``invalid access to map value ...`` followed by
                ``R1 min value is outside ...`` keep both)
``log``         the whole verifier log if shorter than 4 KiB, else ``None``
``verification_time_usec``, ``processed_insns``, ``stack_depth``: from the stats lines
``insn_cnt``, ``insns`` (hex of submitted insns), ``xlated``, ``jited`` (hex), ``jited_func_lens``
``retval``      BPF_PROG_TEST_RUN return value when the oracle ran the program
``libbpf_error`` first libbpf line of a failed load (map creation / relocation failures);
``libbpf_log``  libbpf's messages (e.g. "Retrying without BTF" when map creation with BTF failed)
``xlated_calls`` for every helper call in ``xlated`` (``call`` with src 0): ``[slot, kernel symbol]``,
                resolved from the xlated imm (``address - __bpf_call_base``) with the guest's kallsyms;
                e.g. ``bpf_get_prandom_u32``, or ``htab_map_lookup_elem`` where the verifier
                called the map op directly.  Use :func:`normalize_xlated` to compare xlated code.
``variant``     ``""`` normally; e.g. ``"nojit"`` for the bpf_jit_enable=0 array run
``flags``, ``log_level``: the effective load flags / log level
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Optional

ORACLE_DIR = Path(__file__).resolve().parent / "oracle"
FAMILIES = ("core", "lock", "sleepable", "tailcall", "array", "engines", "range", "fidelity")
KERNELS = ("6.1", "6.12")
DEFAULT_KERNEL = "6.1"
_LABEL_FAMILIES = FAMILIES + ("xlate", "btf", "unpriv", "diff")   # families whose labels use this module's schema
_STATS_PREFIXES = ("verification time ", "stack depth ", "processed ")
_STATE_DUMPS = ("cur state:", "old state:")
_TRACE_LINE = re.compile(r"^(\d+: |\d+:|; |from \d+ to \d+|Live regs|func#|last_idx|regs=|parent |propagating|frame\d|caller:|callee:|returning from|mark_precise|Validating |Func#)")


@dataclass
class Label:
    """One program as one real kernel (``kernel``) judged it."""
    family: str
    file: str
    object: str
    prog: str
    section: str
    prog_type: str
    accepted: bool
    errno: int
    message: Optional[str]
    error_lines: list[str]
    log: Optional[str]
    verification_time_usec: Optional[int]
    processed_insns: Optional[int]
    stack_depth: Optional[list[int]]
    insn_cnt: int
    insns: str
    xlated: Optional[str] = None
    jited: Optional[str] = None
    jited_func_lens: Optional[list[int]] = None
    retval: Optional[int] = None
    libbpf_error: Optional[str] = None
    libbpf_log: Optional[str] = None
    xlated_calls: Optional[list] = None
    flags: int = 0
    log_level: int = 0
    variant: str = ""
    note: str = ""
    extra: dict = field(default_factory=dict)
    kernel: str = DEFAULT_KERNEL

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.file, self.prog, self.variant)

    def to_json(self) -> dict:
        d = asdict(self)
        del d["kernel"]             # the file name says which kernel
        return d


def labels_path(family: str, variant: str = "", kernel: str = DEFAULT_KERNEL) -> Path:
    if kernel not in KERNELS:
        raise ValueError(f"unknown kernel {kernel!r}; known: {', '.join(KERNELS)}")
    parts = ["labels"] + ([variant] if variant else []) + ([kernel] if kernel != DEFAULT_KERNEL else [])
    return ORACLE_DIR / family / ("_".join(parts) + ".json")


def label_sets(family: str) -> list[tuple[str, str]]:
    """Every committed (variant, kernel) label file of a family, e.g. ``("nojit", "6.12")``."""
    out = []
    for p in sorted((ORACLE_DIR / family).glob("labels*.json")):
        parts = p.stem.split("_")[1:]
        kernel = parts.pop() if parts and parts[-1] in KERNELS else DEFAULT_KERNEL
        out.append(("_".join(parts), kernel))
    return out


def load_labels(family: str, variant: str = "", kernel: str = DEFAULT_KERNEL) -> list[Label]:
    """All labels of one family as one kernel gave them (``variant="nojit"``: the run without JIT)."""
    if family not in _LABEL_FAMILIES:
        raise ValueError(f"unknown label family {family!r}; known: {', '.join(_LABEL_FAMILIES)}")
    data = json.loads(labels_path(family, variant, kernel).read_text())
    return [Label(family=family, kernel=kernel, **{k: v for k, v in d.items() if k not in ("family", "kernel")})
            for d in data]


def label_object_path(label: Label) -> Path:
    """The exact object (ELF .o or raw insn file) the kernel loaded for this label."""
    return ORACLE_DIR / label.family / "obj" / label.object


_STATS = re.compile(r"processed (\d+) insns \(limit \d+\) max_states_per_insn (\d+) "
                    r"total_states (\d+) peak_states (\d+) mark_read (\d+)")
STATS_FIELDS = ("processed_insns", "max_states_per_insn", "total_states", "peak_states",
                "mark_read")


def label_stats(label: Label) -> Optional[dict]:
    """The kernel's statistics line of this load (LOG_LEVEL with stats), when the log has it."""
    m = _STATS.search(label.log or "")
    return dict(zip(STATS_FIELDS, map(int, m.groups()))) if m else None


def norm_sha256(insns) -> str:
    """sha256 of instruction bytes with map references blanked (the kernel got fds, the IR has
    indices): what a corpus label keeps of the instructions the kernel judged."""
    import hashlib
    from bpfsmt.spec.insn import encode
    out = []
    for i in insns:
        if i.is_wide and i.src in (1, 2):
            i = i.with_(imm=0, imm64_hi=i.imm64_hi if i.src == 2 else 0)
        out.append(i)
    return hashlib.sha256(encode(out)).hexdigest()


_PROGRAM_FILES: dict = {}


def label_program(label: Label):
    """(ProgramFile, Program) as the kernel loaded it: the object (CO-RE relocated against
    that kernel's BTF, as libbpf did), its flags."""
    from bpfsmt.grammar import load
    from bpfsmt.spec.program import BPF_F_SLEEPABLE
    path = label_object_path(label)
    key = (path, label.kernel)
    if key not in _PROGRAM_FILES:
        _PROGRAM_FILES[key] = load(str(path), kernel=label.kernel)
    pf = _PROGRAM_FILES[key]
    prog = pf.programs[0] if label.prog == "raw" else pf.program(label.prog)
    if str(path).endswith(".raw"):
        prog.prog_flags = label.flags
        prog.sleepable = bool(label.flags & BPF_F_SLEEPABLE)
    else:
        prog.prog_flags |= label.flags
    return pf, prog


def label_source_path(label: Label) -> Path:
    return ORACLE_DIR / label.family / label.file


def find_label(family: str, prog: str, file: Optional[str] = None, variant: str = "",
               kernel: str = DEFAULT_KERNEL) -> Label:
    hits = [lb for lb in load_labels(family, variant, kernel) if lb.prog == prog and (file is None or lb.file == file)]
    if len(hits) != 1:
        raise KeyError(f"{family}: {len(hits)} labels named {prog!r} (file={file!r})")
    return hits[0]


def xlated_insns(hexstr: str) -> list[tuple[int, int, int, int, int]]:
    """(opcode, dst, src, off, imm) for every 8-byte slot of a hex instruction dump."""
    import struct
    raw = bytes.fromhex(hexstr)
    out = []
    for i in range(0, len(raw), 8):
        op, regs, off, imm = struct.unpack_from("<BBhi", raw, i)
        out.append((op, regs & 0xF, regs >> 4, off, imm))
    return out


def normalize_xlated(label: Label) -> list[tuple]:
    """The label's xlated code with the run-specific values replaced by stable names.

    Map ids in ``ld_imm64`` (src 1 = map, 2 = map value) become ``"map#k"`` where k numbers the
    distinct maps in order of first appearance; helper-call immediates become the kernel symbol
    they called.  Everything else (opcodes, registers, offsets, ALU immediates) is kept.
    """
    if not label.xlated:
        raise ValueError(f"{label.prog}: no xlated code (rejected program)")
    calls = {slot: name for slot, name in (label.xlated_calls or [])}
    maps: dict[int, str] = {}
    out: list[tuple] = []
    insns = xlated_insns(label.xlated)
    i = 0
    while i < len(insns):
        op, dst, src, off, imm = insns[i]
        if op == 0x18 and src in (1, 2):
            name = maps.setdefault(imm, f"map#{len(maps)}")
            out.append((op, dst, src, off, name))
            out.append(insns[i + 1])
            i += 2
            continue
        if op == 0x85 and src == 0:
            out.append((op, dst, src, off, calls.get(i, imm)))
        else:
            out.append(insns[i])
        i += 1
    return out


def _kallsyms(kernel: str) -> tuple[Optional[int], dict[int, str]]:
    import os
    kdir = "kernel" if kernel == DEFAULT_KERNEL else f"kernel-{kernel}"
    path = Path(os.environ.get("ORACLE_CACHE", "/var/cache/bpf-oracle")) / kdir / "kallsyms"
    syms: dict[int, str] = {}
    if not path.exists():
        return None, syms
    for line in path.read_text().splitlines():
        parts = line.split()
        if len(parts) >= 3:
            syms.setdefault(int(parts[0], 16), parts[2])
    base = next((a for a, n in syms.items() if n == "__bpf_call_base"), None)
    return base, syms


_KSYMS: dict[str, tuple] = {}


def resolve_xlated_calls(xlated: str, kernel: str = DEFAULT_KERNEL) -> list[list]:
    if kernel not in _KSYMS:
        _KSYMS[kernel] = _kallsyms(kernel)
    base, syms = _KSYMS[kernel]
    if base is None:
        return []
    out = []
    for slot, (op, _d, src, _off, imm) in enumerate(xlated_insns(xlated)):
        if op == 0x85 and src == 0:
            name = syms.get((base + imm) & 0xFFFFFFFFFFFFFFFF)
            if name is None and imm == 12:      # BPF_TAIL_CALL is dumped back as "call 12"
                name = "bpf_tail_call"
            out.append([slot, name or f"unknown@{imm:#x}"])
    return out


# ----------------------------------------------------------------------------------------
# Producing labels from an oracle run (not used by the tests; kept so the labels can be
# regenerated: ``python tests/oracle_labels.py build FAMILY OUT_DIR [variant]``)
# ----------------------------------------------------------------------------------------

def split_log(log: str) -> tuple[Optional[str], list[str]]:
    """(message, error_lines) of a verifier log, following the definition above."""
    lines = [ln.rstrip() for ln in (log or "").split("\n")]
    body: list[str] = []
    for ln in lines:
        if ln.startswith(_STATS_PREFIXES):
            break
        body.append(ln)
    body = [ln for ln in body if ln.strip()]
    # 6.12 follows "infinite loop detected at insn N" with the two states it compared
    while len(body) > 1 and body[-1].startswith(_STATE_DUMPS):
        body.pop()
    if not body:
        return None, []
    # the verifier may glue its message onto the printed jump insn ("... goto pc-2 infinite loop ...")
    glued = re.match(r"^\d+: \([0-9a-f]{2}\) .*?goto pc[+-]\d+ (\D.*)$", body[-1])
    if glued:
        return glued.group(1).strip(), [glued.group(1).strip()]
    block: list[str] = []
    for ln in reversed(body):
        if _TRACE_LINE.match(ln):
            break
        block.append(ln.strip())
    block.reverse()
    return body[-1].strip(), block or [body[-1].strip()]


def _input_name(obj_name: str, family_dir: Path) -> str:
    if obj_name.endswith(".raw"):
        return obj_name
    stem = obj_name[:-2]
    if (family_dir / f"{stem}.c").exists():
        return f"{stem}.c"
    return obj_name


def build_labels(family: str, out_dir: str, variant: str = "", sub: str = "", note: str = "",
                 kernel: str = DEFAULT_KERNEL) -> list[dict]:
    """Turn an oracle OUT_DIR into label dicts; a 6.1 base run also copies the built objects into obj/
    (other kernels and variants were given those committed objects)."""
    fdir = ORACLE_DIR / family
    src_dir = fdir / sub if sub else fdir
    out = Path(out_dir)
    meta = json.loads((out / "meta.json").read_text())
    if not meta.get("complete"):
        print(f"warning: oracle run {out} is not complete", file=sys.stderr)
    objdir = fdir / "obj"
    objdir.mkdir(exist_ok=True)
    rows = []
    for line in (out / "results.jsonl").read_text().splitlines():
        r = json.loads(line)
        obj_name = Path(r["file"]).name
        built = out / "build" / obj_name
        obj_rel = f"{sub}/{obj_name}" if sub else obj_name
        if built.exists() and not variant and kernel == DEFAULT_KERNEL:
            (objdir / obj_rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(built, objdir / obj_rel)
        log = r.get("verifier_log") or ""
        msg, block = (None, []) if r["accepted"] else split_log(log)
        stats = r.get("verifier_stats") or {}
        libbpf_err = None
        if not r["accepted"]:
            lb = [ln for ln in (r.get("libbpf_log") or "").splitlines() if ln.strip()]
            libbpf_err = lb[0] if lb else None
        tr = r.get("test_run") or {}
        inp = _input_name(obj_name, src_dir)
        rows.append(dict(
            file=f"{sub}/{inp}" if sub else inp, object=obj_rel, prog=r["prog"], section=r["section"],
            prog_type=r.get("prog_type") or "", accepted=bool(r["accepted"]), errno=r.get("errno") or 0,
            message=msg, error_lines=block, log=log if len(log) < 4096 else None,
            verification_time_usec=stats.get("verification_time_usec"),
            processed_insns=stats.get("processed_insns"), stack_depth=stats.get("stack_depth"),
            insn_cnt=r.get("insn_cnt") or 0, insns=r.get("insns") or "",
            xlated=r.get("xlated"), jited=r.get("jited_insns"),
            xlated_calls=resolve_xlated_calls(r["xlated"], kernel) if r.get("xlated") else None, jited_func_lens=r.get("jited_func_lens"),
            retval=tr.get("retval"), libbpf_error=libbpf_err,
            libbpf_log=(r.get("libbpf_log") or None) if len(r.get("libbpf_log") or "") < 2048 else None, flags=r.get("flags") or 0,
            log_level=r.get("log_level") or 0, variant=variant, note=note,
            extra={k: r[k] for k in ("setup_error",) if k in r} | ({"test_run_errno": tr["errno"]} if "errno" in tr else {}),
        ))
    return rows


def _in_scope(file: str, prefix: str) -> bool:
    """Rows of one run: a subdir's rows (prefix "sub/") or the top-level rows (prefix "")."""
    return file.startswith(prefix) if prefix else "/" not in file


def merge_into(family: str, rows: list[dict], variant: str = "", replace_prefix: Optional[str] = None,
               kernel: str = DEFAULT_KERNEL) -> int:
    """Write rows into the family's labels file, replacing rows of the same (file, prog)."""
    path = labels_path(family, variant, kernel)
    old = json.loads(path.read_text()) if path.exists() else []
    keys = {(r["file"], r["prog"]) for r in rows}
    kept = [r for r in old if (r["file"], r["prog"]) not in keys
            and not (replace_prefix is not None and _in_scope(r["file"], replace_prefix))]
    allrows = sorted(kept + rows, key=lambda r: (r["file"], r["prog"]))
    path.write_text(json.dumps(allrows, indent=1, sort_keys=True) + "\n")
    return len(allrows)


# ----------------------------------------------------------------------------------------
# Writing selftest-style sources: a family's gen.py lists programs as asm text and this
# turns them into C with naked inline asm (imm/addr operands are derived from %[name]).
# ----------------------------------------------------------------------------------------

# A 48-byte array map value and the lookup the differential families start from: r6 = the
# value, r7 = its first u64 (unknown to the verifier); `l_out_%=` is the NULL exit.
VAL48_PRELUDE = """
struct val48 { __u64 a[6]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, int); __type(value, struct val48); } arr SEC(".maps");
"""
VAL48_LOOKUP = ("r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[arr] ll; "
                "call %[bpf_map_lookup_elem]; if r0 == 0 goto l_out_%=; r6 = r0; r7 = *(u64 *)(r6 + 0);")


def jset(reg: str, imm: int, target: str, n: int) -> str:
    """`if reg & imm goto target` (reg r7/w7, or any rN/wN): clang 14 cannot assemble JSET, so the
    jump is an .8byte with off +1 over a `goto` to the fall-through, onto a `goto target`."""
    op = 0x46 if reg.startswith("w") else 0x45
    word = op | (int(reg[1:]) << 8) | (1 << 16) | ((imm & 0xFFFFFFFF) << 32)
    return f".8byte 0x{word:016x}; goto l_n{n}_%=; goto {target}; l_n{n}_%=:"


def jset_x(reg: str, src: int, target: str, n: int) -> str:
    """`if reg & rSRC goto target` (BPF_X), as an .8byte like `jset`."""
    op = 0x4e if reg.startswith("w") else 0x4d
    word = op | (int(reg[1:]) << 8) | (src << 12) | (1 << 16)
    return f".8byte 0x{word:016x}; goto l_n{n}_%=; goto {target}; l_n{n}_%=:"


@dataclass
class Prog:
    name: str
    sec: str
    asm: str
    consts: dict = field(default_factory=dict)   # %[name] -> C constant expression
    ret: str = "void"
    static: bool = False                         # subprogram (static, in .text)
    comment: str = ""


def _asm_lines(asm: str) -> list[str]:
    out = []
    for raw in asm.strip().split("\n"):
        for part in raw.split(";"):
            p = part.strip()
            if p:
                out.append(p if p.endswith(":") else p + ";")
    return out


def emit_c(path: Path, prelude: str, progs: list[Prog], addr_names: set[str] = frozenset(), header: str = "") -> None:
    """Write a C file: prelude (maps, types), then every program as a naked function."""
    text = [f"// {ln}" if ln else "//" for ln in header.strip().splitlines()] if header else []
    text += ["#include <linux/bpf.h>", "#include <bpf/bpf_helpers.h>", '#include "oracle_asm.h"', "", prelude.strip(), ""]
    funcs = {p.name for p in progs if p.static}
    for p in progs:
        if p.static:
            text.append(f"{'static ' if p.sec == '.text' else ''}__naked __attribute__((noinline, used)) {p.ret} {p.name}(void);")
    text.append("")
    for p in progs:
        if p.comment:
            text += [f"/* {p.comment} */"]
        if p.static:
            text.append(f"{'static ' if p.sec == '.text' else ''}__naked __attribute__((noinline, used)) {p.ret} {p.name}(void)")
        else:
            text.append(f'SEC("{p.sec}") __naked {p.ret} {p.name}(void)')
        text.append("{")
        text.append("\tasm volatile (")
        for ln in _asm_lines(p.asm):
            esc = re.sub(r"%(?![\[=])", "%%", ln).replace('"', '\\"')
            text.append(f'\t"{esc}\\n"' if not ln.endswith(":") else f'"{esc}\\n"')
        names = []
        for n in re.findall(r"%\[(\w+)\]", p.asm):
            if n not in names:
                names.append(n)
        ops = []
        for n in names:
            if n in p.consts:
                ops.append(f"__imm_const({n}, {p.consts[n]})")
            elif n in addr_names or n in funcs:
                ops.append(f"__imm_addr({n})")
            else:
                ops.append(f"__imm({n})")
        text.append(f"\t: : {', '.join(ops)} : __clobber_all);" if ops else "\t: : : __clobber_all);")
        text.append("}")
        text.append("")
    text.append('char _license[] SEC("license") = "GPL";')
    path.write_text("\n".join(text) + "\n")


def write_raw(path: Path, words: list[tuple[int, int, int, int, int]]) -> None:
    """Raw insn file from (opcode, dst, src, off, imm) tuples."""
    import struct
    blob = b"".join(struct.pack("<BBhi", op, (src << 4) | dst, off, imm) for op, dst, src, off, imm in words)
    path.write_bytes(blob)


def _main(argv: list[str]) -> int:
    kernel = DEFAULT_KERNEL
    if "--kernel" in argv:
        i = argv.index("--kernel")
        kernel = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    if len(argv) >= 3 and argv[0] == "build":
        family, out = argv[1], argv[2]
        variant = argv[3] if len(argv) > 3 else ""
        sub = argv[4] if len(argv) > 4 else ""
        meta = json.loads((Path(out) / "meta.json").read_text())
        note = "load only (TEST_RUN=0)" if "-n" in meta.get("loader_args", "").split() else ""
        rows = build_labels(family, out, variant=variant, sub=sub, note=note, kernel=kernel)
        n = merge_into(family, rows, variant=variant, replace_prefix=(sub + "/") if sub else "", kernel=kernel)
        acc = sum(r["accepted"] for r in rows)
        print(f"{family}{'/' + variant if variant else ''}: {len(rows)} programs from this run "
              f"({acc} accepted), {n} labels in total")
        return 0
    print("usage: oracle_labels.py build FAMILY OUT_DIR [VARIANT [SUBDIR]] [--kernel 6.1|6.12]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
