"""Kernel selftest-style BPF C files: compile with clang, read the test annotations.

A selftest file (tools/testing/selftests/bpf/progs/verifier_*.c style) holds naked functions
with inline asm, one program each, annotated with `__success`, `__failure`, `__msg(...)`,
`__retval(...)` ... from bpf_misc.h. Those macros are BTF decl tags on the function, so the
annotations travel inside the object's `.BTF` and are read back from there exactly as the
kernel's test_loader does: tag strings `comment:test_*` on the FUNC type, in BTF order.

A basic asm without operands passes `%=` to the assembler verbatim, which does not know it: it
is rewritten to a number unique to that statement; in an extended asm a label written `l1_%%=`
becomes `l1_%=` while the modulo-assign `w1 %%= 2` stays. Kernel-tree includes that escape the file's
directory (`"../../../include/linux/filter.h"`) land on stand-ins shipped in include/kernel,
`<limits.h>` under `-target bpf` finds the `gnu/stubs-32.h` stand-in in include/sys, and
`vmlinux.h` is generated from the target kernel's BTF (grammar/vmlinux.py).
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import asdict, dataclass, field
from typing import Optional

from bpfsmt.spec.errors import InputError
from bpfsmt.spec.insn import SourceLoc
from bpfsmt.spec.program import PROG_FLAG_NAMES, ProgramFile

from . import vmlinux

INCLUDE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "include")
# "../../../include/linux/filter.h" from here lands on include/kernel/include/linux/filter.h
KERNEL_TREE_INCLUDE = os.path.join(INCLUDE_DIR, "kernel", "a", "b", "c")
SYS_STANDINS = os.path.join(INCLUDE_DIR, "sys")
# Debian's libbpf headers: bpf_helper_defs.h is generated at build time, absent from a tree
LIBBPF_INCLUDE = "/usr/include/bpf"
_SELFTEST_DIR = os.path.join("tools", "testing", "selftests", "bpf")


def kernel_tree_includes(path: str) -> list[str]:
    """For a file inside a kernel tree's selftests (…/tools/testing/selftests/bpf/progs/), the
    include path the selftests' Makefile gives clang: the selftests' own headers
    (bpf_experimental.h, bpf_kfuncs.h, …), the tree's libbpf headers and its uapi headers."""
    d = os.path.dirname(os.path.abspath(path))
    while d != os.path.dirname(d):
        if d.endswith(os.sep + _SELFTEST_DIR):
            root = d[: -len(_SELFTEST_DIR) - 1]
            return ["-I", d, "-I", os.path.join(root, "tools", "lib"),
                    "-I", os.path.join(root, "tools", "include", "uapi")]
        d = os.path.dirname(d)
    return []
SYS_INCLUDE = "/usr/include/x86_64-linux-gnu"

TAG = "comment:"
# Tags whose values are ordered lists, and the ModeSpec field each fills
_ORDERED = {"test_expect_msg": "msgs", "test_expect_msg_unpriv": "msgs",
            "test_expect_xlated": "xlated", "test_expect_xlated_unpriv": "xlated",
            "test_jited": "jited", "test_jited_unpriv": "jited"}
_COUNTER = re.compile(r"^(\d+)=")
# Values __retval() may name (test_loader.c)
NAMED_RETVALS = {"INT_MIN": -(1 << 31), "POINTER_VALUE": 0xCAFE4A11, "TEST_DATA_LEN": 64}


@dataclass
class ModeSpec:
    """Expectations for one run mode (privileged or unprivileged)."""
    expect_failure: bool = False
    msgs: list[str] = field(default_factory=list)
    retval: Optional[int] = None
    xlated: list[str] = field(default_factory=list)   # lines of `bpftool prog dump xlated`
    jited: list[str] = field(default_factory=list)    # lines of the x86-64 disassembly

    @property
    def execute(self) -> bool:
        return self.retval is not None


@dataclass
class TestSpec:
    """What a selftest function's annotations ask for (test_loader's `struct test_spec`)."""
    program: str
    description: str
    priv: ModeSpec = field(default_factory=ModeSpec)
    unpriv: ModeSpec = field(default_factory=ModeSpec)
    run_priv: bool = False
    run_unpriv: bool = False
    log_level: int = 0
    prog_flags: int = 0
    auxiliary: bool = False
    auxiliary_unpriv: bool = False
    arch: list[str] = field(default_factory=list)     # __arch_*: empty means any
    caps_unpriv: list[str] = field(default_factory=list)
    load_mode: str = ""                               # "", "jited" or "no_jited"
    tags: list[str] = field(default_factory=list)
    loc: SourceLoc = field(default=SourceLoc(), compare=False)

    def to_json(self) -> dict:
        d = asdict(self)
        d["loc"] = str(self.loc)
        return d


# ---- source rewriting ---------------------------------------------------------------------------
_LABEL_PCT = re.compile(r"(?<=_)%%=")
_ASM_START = re.compile(r"\b(?:asm|__asm__|__asm)\b\s*(?:volatile|__volatile__|goto|inline|\s)*\(")


def rewrite_unique_labels(src: str) -> str:
    """Make every unique-label operand of each asm(...) statement something clang 14 can
    assemble (see the module docstring)."""
    out = []
    pos = 0
    n = 0
    for m in _ASM_START.finditer(src):
        if m.start() < pos:
            continue
        start = m.end()
        depth, i, in_str, esc, extended = 1, start, False, False, False
        while i < len(src) and depth:
            c = src[i]
            if in_str:
                if esc:
                    esc = False
                elif c == "\\":
                    esc = True
                elif c == '"':
                    in_str = False
            elif c == '"':
                in_str = True
            elif c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
            elif c == ":" and depth == 1:
                extended = True
            i += 1
        body = src[start:i]
        if "%=" in body:
            if extended:
                # operands present: clang expands `%=` itself, unique per inlined instance.
                # `%%=` is the literal text `%=`: after a label name ending in `_` (`l1_%%=`)
                # it was meant as the unique-label operand; after a register (`w1 %%= 2`,
                # `w0 s%%= 2`) it is BPF's modulo-assign and must stay
                body = _LABEL_PCT.sub("%=", body)
            else:
                n += 1
                body = body.replace("%%=", f"_{n}").replace("%=", f"_{n}")
        out.append(src[pos:start])
        out.append(body)
        pos = i
    out.append(src[pos:])
    return "".join(out)


_CLANG_DIAG = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?P<col>\d+): (?:fatal )?error: (?P<msg>.*)$",
                         re.M)


def find_clang() -> Optional[str]:
    for name in ("clang-19", "clang-18", "clang-17", "clang-16", "clang", "clang-15", "clang-14"):
        p = shutil.which(name)
        if p:
            return p
    return None


def compile_selftest(path: str, out_dir: Optional[str] = None, extra_includes=(),
                     kernel: str = "6.1") -> str:
    """Compile `path` to a BPF object (clang -O2 -g -target bpf) and return the .o path.

    The rewritten source is compiled from a temporary copy, with `#line` pointing back to the
    original so clang's diagnostics (turned into InputError) name the user's file and line."""
    if not os.path.exists(path):
        raise InputError("no such file", SourceLoc(path, 0, 0))
    clang = find_clang()
    if clang is None:
        raise InputError("clang is needed to compile selftest files (run `make clang`, or "
                         "install clang and libbpf-dev)", SourceLoc(path, 0, 0))
    with open(path, encoding="utf-8", errors="replace") as f:
        src = f.read()
    text = f'#line 1 "{os.path.abspath(path)}"\n' + rewrite_unique_labels(src)
    with open(os.path.join(INCLUDE_DIR, "bpf_misc.h"), "rb") as f:
        header = f.read()
    # the cache key covers everything that changes the object: source, our header, compiler
    digest = hashlib.sha1(text.encode() + header + clang.encode() + kernel.encode()
                          ).hexdigest()[:12]
    out_dir = out_dir or os.path.join(tempfile.gettempdir(), f"bpfsmt-selftest-{os.getuid()}")
    os.makedirs(out_dir, exist_ok=True)
    base = os.path.splitext(os.path.basename(path))[0]
    obj = os.path.join(out_dir, f"{base}.{digest}.o")
    if os.path.exists(obj):
        return obj
    tmp_c = os.path.join(out_dir, f"{base}.{digest}.{os.getpid()}.c")  # parallel test workers
    with open(tmp_c, "w") as f:
        f.write(text)
    cmd = [clang, "-O2", "-g", "-target", "bpf", "-mcpu=v3", "-D__TARGET_ARCH_x86",
           "-I", os.path.dirname(os.path.abspath(path)) or ".", "-I", INCLUDE_DIR]
    for inc in extra_includes:
        cmd += ["-I", inc]
    cmd += kernel_tree_includes(path)
    cmd += ["-I", KERNEL_TREE_INCLUDE, "-I", SYS_INCLUDE, "-idirafter", SYS_STANDINS,
            "-idirafter", LIBBPF_INCLUDE]
    vdir = vmlinux.header_path(kernel)   # direct or through a selftest header
    if vdir is not None:
        cmd += ["-I", vdir]
    tmp_o = f"{obj}.{os.getpid()}.tmp"
    cmd += ["-c", tmp_c, "-o", tmp_o]
    try:
        r = subprocess.run(cmd, capture_output=True, text=True)
    finally:
        os.unlink(tmp_c)
    if r.returncode != 0:
        m = _CLANG_DIAG.search(r.stderr)
        if m and vdir is None and "'vmlinux.h' file not found" in m["msg"]:
            raise InputError(f"vmlinux.h of Linux {kernel} is generated from its BTF with "
                             f"bpftool: run `make btf` (or set {vmlinux.env_name(kernel)})",
                             SourceLoc(m["file"], int(m["line"]), int(m["col"])))
        if m:
            raise InputError(f"clang: {m['msg']}", SourceLoc(m["file"], int(m["line"]),
                                                             int(m["col"])))
        lines = r.stderr.strip().splitlines()
        first = next((ln for ln in lines if "error:" in ln), lines[0] if lines else "")
        if r.returncode < 0 or "frontend command failed" in first:
            first = f"clang crashed compiling this file (exit {r.returncode}): {first}"
        raise InputError(f"clang: {first or 'failed'}", SourceLoc(path, 0, 0))
    os.replace(tmp_o, obj)
    return obj


# ---- annotations --------------------------------------------------------------------------------
def _parse_int(text: str, where: SourceLoc) -> int:
    t = text.strip()
    if t in NAMED_RETVALS:
        return NAMED_RETVALS[t]
    neg = t.startswith("-")
    body = t[1:] if neg else t
    body = body.rstrip("uUlL")
    try:
        v = int(body, 0)
    except ValueError:
        raise InputError(f"cannot parse integer {text!r} in a test annotation", where) from None
    return -v if neg else v


def _parse_flags(text: str, where: SourceLoc) -> int:
    flags = 0
    for part in re.split(r"\s*\|\s*", text.strip()):
        if part in PROG_FLAG_NAMES:
            flags |= PROG_FLAG_NAMES[part]
        else:
            flags |= _parse_int(part, where)
    return flags


def read_specs(obj_path: str, source: Optional[str] = None) -> dict[str, TestSpec]:
    """Program name -> TestSpec from the decl tags in the object's BTF, with test_loader's
    rules: no verdict tag means success expected in privileged mode; unprivileged mode runs
    only when some *_unpriv tag is present, and inherits the privileged verdict, retval and
    messages it does not override."""
    from .btf import K_FUNC
    from .elf import read_btf
    btf, funcs = read_btf(obj_path)
    specs: dict[str, TestSpec] = {}
    for name, (line, col) in funcs.items():
        where = SourceLoc(source or obj_path, line, col)
        spec = TestSpec(program=name, description=name, loc=where)
        fn = btf.by_name(name, K_FUNC) if btf is not None else []
        tags = btf.decl_tags(fn[0].id) if fn else []
        spec.tags = [t for t in tags if t.startswith(TAG)]
        description = None
        has_unpriv_result = has_unpriv_retval = False
        ordered: dict[str, list[tuple[int, int, str]]] = {}
        for i, t in enumerate(spec.tags):
            body = t[len(TAG):]
            key, eq, val = body.partition("=")
            if key in _ORDERED:
                # the kernel's header numbers each message with __COUNTER__ (`=N=text`)
                m = _COUNTER.match(val)
                n, text = (int(m[1]), val[m.end():]) if m else (-1, val)
                ordered.setdefault(key, []).append((n, i, text))
                if key.endswith("_unpriv"):
                    spec.run_unpriv = True
                else:
                    spec.run_priv = True
            elif key == "test_description" and eq:
                description = val
            elif key == "test_expect_failure":
                spec.priv.expect_failure, spec.run_priv = True, True
            elif key == "test_expect_success":
                spec.priv.expect_failure, spec.run_priv = False, True
            elif key == "test_expect_failure_unpriv":
                spec.unpriv.expect_failure, spec.run_unpriv, has_unpriv_result = True, True, True
            elif key == "test_expect_success_unpriv":
                spec.unpriv.expect_failure, spec.run_unpriv, has_unpriv_result = False, True, True
            elif key == "test_auxiliary":
                spec.auxiliary, spec.run_priv = True, True
            elif key == "test_auxiliary_unpriv":
                spec.auxiliary_unpriv, spec.run_unpriv = True, True
            elif key == "test_retval" and eq:
                spec.priv.retval = _parse_int(val, where)
                spec.run_priv = True
            elif key == "test_retval_unpriv" and eq:
                spec.unpriv.retval = _parse_int(val, where)
                spec.run_unpriv, has_unpriv_retval = True, True
            elif key == "test_log_level" and eq:
                spec.log_level = _parse_int(val, where)
            elif key == "test_prog_flags" and eq:
                spec.prog_flags |= _parse_flags(val, where)
            elif key == "test_arch" and eq:
                spec.arch.append(val)
            elif key == "test_caps_unpriv" and eq:
                spec.caps_unpriv += [c for c in re.split(r"\s*\|\s*", val.strip()) if c]
            elif key == "load_mode" and eq:
                spec.load_mode = val
            # test_btf_path and unknown tags: nothing the model needs
        for key, items in ordered.items():
            mode_spec = spec.unpriv if key.endswith("_unpriv") else spec.priv
            getattr(mode_spec, _ORDERED[key]).extend(text for _, _, text in sorted(items))
        if not spec.run_priv and not spec.run_unpriv:
            spec.run_priv = True
        spec.description = description or name
        if not has_unpriv_result:
            spec.unpriv.expect_failure = spec.priv.expect_failure
        if not has_unpriv_retval:
            spec.unpriv.retval = spec.priv.retval
        if not spec.unpriv.msgs:
            spec.unpriv.msgs = list(spec.priv.msgs)
        if not spec.unpriv.xlated:
            spec.unpriv.xlated = list(spec.priv.xlated)
        if not spec.unpriv.jited:
            spec.unpriv.jited = list(spec.priv.jited)
        specs[name] = spec
    return specs


def load_selftest_with_specs(path: str, **options) -> tuple[ProgramFile, dict[str, TestSpec]]:
    """Compile `path` and return the programs (with C line locations) and their specs."""
    from .elf import load_elf
    kernel = options.pop("kernel", "6.1")
    obj = compile_selftest(path, extra_includes=options.pop("extra_includes", ()), kernel=kernel)
    pf = load_elf(obj, kernel=kernel, **options)
    pf.path = path
    specs = read_specs(obj, source=path)
    return pf, specs


def load_selftest(path: str, **options) -> ProgramFile:
    return load_selftest_with_specs(path, **options)[0]
