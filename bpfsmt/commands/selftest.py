"""`bpfsmt selftest FILE.c|FILE.o ...`: run kernel selftest-style files against the verifier model.

Each annotated function is one test (two when it also has *_unpriv expectations), judged the
way the kernel's test_loader judges the real verifier: the load must succeed or fail as
`__success`/`__failure` say, every `__msg` must appear in the verifier log in order, and with
`__retval` the program is run (executor) on a 64-byte zero packet and r0 compared. Output
follows test_progs: `#N/M file/description:OK|FAIL|SKIP` with the reason, then a summary.
Exit 1 if any test fails, 2 for a file that does not compile.
"""
from __future__ import annotations

import dataclasses
import inspect
import json
import os
import re
import sys
from dataclasses import dataclass, field
from typing import Optional

from bpfsmt.spec.errors import InputError
from bpfsmt.spec.privileges import privileges_for

TEST_DATA_LEN = 64


@dataclass
class TestResult:
    file: str
    program: str
    name: str                 # description (+ " @unpriv")
    mode: str                 # priv | unpriv
    status: str               # pass | fail | skip
    reason: str = ""
    expected: str = ""        # success | failure
    got: str = ""             # accepted | rejected | ""
    message: str = ""         # the model's first error line
    retval: Optional[int] = None
    missing_msgs: list = field(default_factory=list)
    seconds: float = 0.0

    def to_json(self) -> dict:
        return dataclasses.asdict(self)


def _s32(v: int) -> int:
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v & 0x80000000 else v


def _verifier():
    """The verifier model (tests substitute the kernel oracle's answers here)."""
    from bpfsmt.solver.verifier import verify
    return verify


def _call_verify(verify, pfile, prog, *, unpriv: bool, log_level: int, caps=()):
    """verify() with the options it supports; None if it cannot model the requested mode."""
    try:
        params = inspect.signature(verify).parameters
    except (TypeError, ValueError):
        params = {}
    kw = {}
    if unpriv:
        if "unpriv" not in params:
            return None
        kw["unpriv"] = True
        if caps and "caps" in params:
            kw["caps"] = tuple(caps)
        if "uncreated_maps" in params:
            kw["uncreated_maps"] = frozenset(m.name for m in pfile.maps.values()
                                             if not _unpriv_capable(m))
    if log_level and "log_level" in params:
        kw["log_level"] = log_level
    return verify(pfile, prog, **kw)


_TRACE_LINE = re.compile(r"^\d+: \(", re.M)
_TRACE_LIKE = re.compile(r"^\d+:|\bR\d+(_[rwD]+)?=|\bfp-\d+|^(from \d+ to|frame\d|last_idx|"
                         r"regs=|parent |propagating|mark_precise|caller:|callee:|returning "
                         r"from|;)|^\s*r\d+ [-+*/|&^<>=]*= |^(if|goto|call|exit|\*\()")


def _has_trace(log_text: str) -> bool:
    return bool(_TRACE_LINE.search(log_text))


def _trace_like(msg: str) -> bool:
    """A message from the instruction/state part of the kernel log rather than an error."""
    return bool(_TRACE_LIKE.search(msg.strip()))


def _pattern(msg: str):
    """test_loader's compile_regex(): text outside `{{ }}` is literal, inside is a regex."""
    if "{{" not in msg:
        return None
    parts, pos = [], 0
    while True:
        at = msg.find("{{", pos)
        if at < 0:
            parts.append(re.escape(msg[pos:]))
            break
        end = msg.find("}}", at + 2)
        if end < 0:
            parts.append(re.escape(msg[pos:]))
            break
        parts.append(re.escape(msg[pos:at]))
        parts.append(msg[at + 2:end])
        pos = end + 2
    return re.compile("".join(parts))


def find_msgs(log_text: str, msgs: list[str], disasm: bool = False) -> list[str]:
    """test_loader's validate_msgs(): each message must occur after the previous match.

    For `__xlated`/`__jited` (`disasm`), consecutive patterns must match on consecutive lines
    unless a `...` stands between them. Returns the messages not found (from the first miss
    on)."""
    pos, prev_line, next_line = 0, -1, False
    for i, m in enumerate(msgs):
        if disasm and m == "...":
            next_line = False
            continue
        rx = _pattern(m)
        if rx is None:
            at = log_text.find(m, pos)
            end = at + len(m)
        else:
            hit = rx.search(log_text, pos)
            at, end = (hit.start(), hit.end()) if hit else (-1, -1)
        if at < 0:
            return msgs[i:]
        line = log_text.count("\n", 0, at)
        if disasm and next_line and prev_line >= 0 and line != prev_line + 1:
            return msgs[i:]
        prev_line, pos = line, end
        next_line = disasm
    return []


def xlated_text(pfile, prog, seen, unpriv=None, sock_access=None) -> str:
    """The program as test_loader prints it for `__xlated` (disasm_helpers.c): `N: insn`,
    without bpftool's `(op)` prefix, calls as `call name`; `unpriv`: the verifier result of a
    load without CAP_BPF (its dead-code traps, Spectre v1 masks and nospec barriers)."""
    from bpfsmt.commands.xlate import format_xlated
    from bpfsmt.solver.xlate import xlate
    out = []
    for line in format_xlated(pfile, xlate(pfile, prog, jit=True, seen=seen, unpriv=unpriv,
                                           sock_access=sock_access)):
        slot, _, rest = line.partition(": ")
        rest = re.sub(r"^\([0-9a-f]{2}\) ", "", rest)
        if rest.startswith("call "):
            rest = re.sub(r"#-?\d+$", "", rest)
        out.append(f"{slot}: {rest}")
    return "\n".join(out) + "\n"


def jited_text(pfile, prog) -> str:
    """The x86-64 image in AT&T syntax, one instruction per line (`\tmnemonic\toperands`), as
    test_loader prints it for `__jited` with LLVM's disassembler."""
    import capstone
    from bpfsmt.commands.jit import pipeline
    from bpfsmt.solver.jit.program import jit_program
    insns, depths, probe = pipeline(pfile, prog)
    res = jit_program(insns, xlated=True, stack_depths=depths, prog_type=prog.prog_type,
                      probe_mem=probe)
    md = capstone.Cs(capstone.CS_ARCH_X86, capstone.CS_MODE_64)
    md.syntax = capstone.CS_OPT_SYNTAX_ATT
    lines = []
    for func in res.funcs:
        lines += [f"\t{i.mnemonic}\t{i.op_str}".rstrip() for i in md.disasm(func.image, 0)]
    return "\n".join(lines) + "\n"


def run_file(path: str, verbose: bool = False, kernel: str = "6.1",
             timeout: float | None = None) -> list[TestResult]:
    """Every test of one file; `timeout` bounds each test's verification (SKIP past it)."""
    import time
    from bpfsmt.spec.deadline import LimitReached, time_limit
    from bpfsmt.grammar.selftest import load_selftest_with_specs, read_specs
    if path.endswith(".o"):
        # an object already built (e.g. the kernel's own progs/verifier_*.bpf.o)
        from bpfsmt.grammar.elf import load_elf
        pfile, specs = load_elf(path), read_specs(path)
    else:
        pfile, specs = load_selftest_with_specs(path, kernel=kernel)
    verify = _verifier()
    base = os.path.splitext(os.path.basename(path))[0]
    results: list[TestResult] = []
    for prog in pfile.programs:
        spec = specs.get(prog.name)
        if spec is None:
            continue
        for mode in ("priv", "unpriv"):
            run = spec.run_priv if mode == "priv" else spec.run_unpriv
            if not run:
                continue
            ms = spec.priv if mode == "priv" else spec.unpriv
            name = spec.description + (" @unpriv" if mode == "unpriv" else "")
            aux = spec.auxiliary if mode == "priv" else spec.auxiliary_unpriv
            if aux:
                continue  # loaded with the others, not a test (test_loader skips silently)
            r = TestResult(file=path, program=prog.name, name=f"{base}/{name}", mode=mode,
                           status="skip", expected="failure" if ms.expect_failure else "success")
            results.append(r)
            if spec.arch and "X86_64" not in spec.arch:
                r.reason = f"for {', '.join(spec.arch)} only (the model is x86-64)"
                continue
            if spec.load_mode == "no_jited":
                r.reason = "loaded only without a JIT (the model JITs)"
                continue
            p = dataclasses.replace(prog, prog_flags=prog.prog_flags | spec.prog_flags)
            missing_map = _uncreated_map(pfile, p) if mode == "unpriv" else None
            if missing_map is not None:
                # libbpf poisons the reference to a map it did not create: the load fails
                r.got, r.message = "rejected", f"BPF map '{missing_map}' is referenced but wasn't created"
                r.status, r.reason, r.retval, r.missing_msgs = judge(ms, False, r.message)
                continue
            t0 = time.perf_counter()
            try:
                with time_limit(timeout):
                    vr = _call_verify(verify, pfile, p, unpriv=(mode == "unpriv"),
                                      log_level=spec.log_level, caps=spec.caps_unpriv)
            except NotImplementedError as e:
                r.reason = f"not modelled: {e}"
                continue
            except LimitReached as e:
                r.reason = f"UNKNOWN: {e.reason}"
                continue
            r.seconds = time.perf_counter() - t0
            if vr is None:
                r.reason = "unprivileged mode not modelled by the verifier"
                continue
            r.got = "accepted" if vr.accepted else "rejected"
            r.message = vr.message or ""
            log_text = "\n".join(vr.log or []) + ("\n" + vr.message if vr.message else "")
            runner = None
            if ms.retval is not None and vr.accepted:
                runner = lambda p=p: _test_run(pfile, p)  # noqa: E731
            r.status, r.reason, r.retval, r.missing_msgs = judge(ms, vr.accepted, log_text,
                                                                 runner)
            if r.status == "pass" and vr.accepted:
                unpriv = vr if mode == "unpriv" and \
                    not privileges_for(spec.caps_unpriv).bpf_capable else None
                _check_disasm(r, ms, pfile, p, vr, unpriv)
    return results


def _uncreated_map(pfile, prog) -> Optional[str]:
    """The first map `prog` references that test_loader leaves uncreated in an `@unpriv` run
    (is_unpriv_capable_map), or None."""
    maps = pfile.map_list()
    for ins in prog.insns:
        if not ins.is_wide or ins.src == 0:
            continue
        m = pfile.maps.get(ins.target) if ins.target else (
            maps[ins.imm] if 0 <= ins.imm < len(maps) else None)
        if m is not None and not _unpriv_capable(m):
            return m.name
    return None


def _unpriv_capable(m) -> bool:
    """test_loader's is_unpriv_capable_map()."""
    from bpfsmt.spec.privileges import UNPRIV_CAPABLE_MAPS
    from bpfsmt.spec.program import BPF_F_ZERO_SEED
    return m.map_type in UNPRIV_CAPABLE_MAPS and not (
        m.map_type in ("hash", "percpu_hash", "hash_of_maps") and m.flags & BPF_F_ZERO_SEED)


def _check_disasm(r: TestResult, ms, pfile, prog, vr, unpriv=None) -> None:
    """`__xlated` against the xlate model's rewrite, `__jited` against the JIT model's image."""
    for what, want in (("xlated", ms.xlated), ("jited", ms.jited)):
        if not want:
            continue
        text = xlated_text(pfile, prog, vr.seen, unpriv, vr.sock_access) if what == "xlated" \
            else jited_text(pfile, prog)
        missing = find_msgs(text, want, disasm=True)
        if missing:
            r.status, r.missing_msgs = "fail", missing
            r.reason = f"expected {what} line not in the model's {what} program: {missing[0]!r}"
            return


def _test_run(pfile, prog):
    """BPF_PROG_TEST_RUN as test_loader does it: a zeroed TEST_DATA_LEN-byte packet.
    Returns (r0, fault message or None)."""
    from bpfsmt.solver.concrete.exec import ExecInputs, execute
    res = execute(pfile, prog, ExecInputs(packet=bytes(TEST_DATA_LEN)))
    if res.fault is not None:
        return res.r0, getattr(res.fault, "message", None) or str(res.fault)
    return res.r0, None


def judge(ms, accepted: bool, log_text: str, run=None):
    """test_loader's verdict for one mode: (status, reason, retval, missing messages).
    `run()` returns (r0, fault) for `__retval`, or None if programs cannot be run."""
    if ms.expect_failure and accepted:
        return "fail", "unexpected load success", None, []
    if not ms.expect_failure and not accepted:
        first = log_text.strip().splitlines()[-1] if log_text.strip() else ""
        return "fail", f"unexpected load failure: {first}", None, []
    unverifiable: list[str] = []
    msgs = ms.msgs
    if not _has_trace(log_text):
        # the model reports the error block only: instruction/state lines of the kernel log
        # cannot be checked (which is not the same as being wrong); the rest must match
        unverifiable = [m for m in msgs if _trace_like(m)]
        msgs = [m for m in msgs if not _trace_like(m)]
    missing = find_msgs(log_text, msgs)
    if missing:
        return ("fail", f"expected message not in the verifier log: {missing[0]!r}", None,
                missing)
    if ms.retval is not None and accepted:
        out = run() if run is not None else None
        if out is None:
            return "skip", "no executor to check __retval", None, []
        r0, fault = out
        if fault is not None:
            return "fail", f"test run faulted: {fault}", None, []
        got = _s32(r0 or 0)
        if got != _s32(ms.retval):
            return "fail", f"unexpected retval: {got} != {_s32(ms.retval)}", got, []
        retval = got
    else:
        retval = None
    if unverifiable:
        return ("skip", f"verdict matches; __msg {unverifiable[0]!r} not checkable: the "
                        f"model's log has no instruction trace", retval, unverifiable)
    return "pass", "", retval, []


def _job(item: tuple) -> list[TestResult] | InputError:
    """One file; a file that does not compile is bad input, returned rather than raised so it
    is not mistaken for an internal error."""
    path, verbose, kernel, timeout = item
    try:
        return run_file(path, verbose, kernel, timeout)
    except InputError as e:
        return e


def main(args) -> int:
    from bpfsmt.execution import JobFailure, run_batch
    verbose = getattr(args, "verbose", False)
    kernel = getattr(args, "kernel", None) or "6.1"
    timeout = getattr(args, "timeout", None)
    batch = run_batch([(p, verbose, kernel, timeout) for p in args.files], _job, args,
                      "selftest")
    all_results: list[TestResult] = []
    compile_errors = internal = 0
    for (path, *_), got in batch.done():
        if isinstance(got, InputError):
            compile_errors += 1
            print(f"bpfsmt: {got}", file=sys.stderr)
        elif isinstance(got, JobFailure):
            internal += 1
            print(f"bpfsmt: {path}: {got.verdict}: {got.reason}", file=sys.stderr)
        else:
            all_results += got
    if getattr(args, "json", False):
        for r in all_results:
            print(json.dumps(r.to_json()))
    else:
        _print_like_test_progs(all_results, verbose)
    if compile_errors:
        print(f"{compile_errors} of {len(args.files)} file(s) could not be loaded (see above)",
              file=sys.stderr)
    if any(r.status == "fail" for r in all_results):
        return batch.exit(1)
    if internal:
        return batch.exit(4)
    if compile_errors:
        return batch.exit(2)
    return batch.exit(0)


def _print_like_test_progs(results: list[TestResult], verbose: bool) -> None:
    files: dict[str, list[TestResult]] = {}
    for r in results:
        files.setdefault(r.file, []).append(r)
    word = {"pass": "OK", "fail": "FAIL", "skip": "SKIP"}
    for n, (f, rs) in enumerate(files.items(), 1):
        for m, r in enumerate(rs, 1):
            line = f"#{n}/{m:<4} {r.name}:{word[r.status]}"
            if r.status != "pass" and r.reason:
                line += f" ({r.reason})"
            print(line)
            if verbose and r.message:
                print(f"    verifier: {r.got}: {r.message}")
        bad = sum(r.status == "fail" for r in rs)
        print(f"#{n:<6} {os.path.splitext(os.path.basename(f))[0]}:"
              f"{'FAIL' if bad else 'OK'}")
    ok = sum(r.status == "pass" for r in results)
    sk = sum(r.status == "skip" for r in results)
    fl = sum(r.status == "fail" for r in results)
    files_ok = sum(all(r.status != "fail" for r in rs) for rs in files.values())
    # test_progs: "<tests passed>/<subtests passed> PASSED, <skipped> SKIPPED, <n> FAILED"
    print(f"Summary: {files_ok}/{ok} PASSED, {sk} SKIPPED, {fl} FAILED")
