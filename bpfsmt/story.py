"""Counterexamples a person can read.

`check` finds a counterexample as whole input blobs (ctx, packet, map contents, helper
results). A person wants: where it fails (with the source line), how the program got there (the
path, with the register values that changed), which inputs matter, and a command that replays
it. The inputs that matter are found on the concrete executor: each input is reset to its
default in turn (packet bytes in halving chunks) and kept only if the failure then goes away, so
what is shown is a smaller counterexample that still fails the same way — never a guess.
The same module renders `prove`'s counterexamples (nested values, program listings) as text.
"""
from __future__ import annotations

import copy
import json
import shlex
from typing import Optional

from bpfsmt.solver.concrete.exec import ExecInputs, execute
from bpfsmt.spec.ctx import ctx_spec

MAX_PATH_LINES = 40
MAX_RERUNS = 400


def _fails_same(pfile, prog, inputs: ExecInputs, want) -> bool:
    res = execute(pfile, prog, inputs)
    f = res.fault
    return f is not None and (f.rule, f.slot, f.kind) == want


def minimise(pfile, prog, inputs: ExecInputs) -> ExecInputs:
    """A copy of `inputs` with every part the fault does not depend on reset to its default."""
    first = execute(pfile, prog, inputs).fault
    if first is None:
        return inputs
    want = (first.rule, first.slot, first.kind)
    best = copy.deepcopy(inputs)
    budget = [MAX_RERUNS]

    def keeps(cand: ExecInputs) -> bool:
        if budget[0] <= 0:
            return False
        budget[0] -= 1
        return _fails_same(pfile, prog, cand, want)

    for name in list(best.helper_returns):
        cand = copy.deepcopy(best)
        del cand.helper_returns[name]
        if keeps(cand):
            best = cand
    for m in list(best.maps):
        for key in list(best.maps[m]):
            cand = copy.deepcopy(best)
            del cand.maps[m][key]
            if keeps(cand):
                best = cand
        if not best.maps[m]:
            del best.maps[m]
    for attr in ("packet", "ctx", "user_mem"):
        data = getattr(best, attr)
        if data is None:
            continue
        if keeps(_with(best, attr, None)):          # the default input fails the same way
            setattr(best, attr, None)
            continue
        data = _zero_chunks(data, lambda d, a=attr: keeps(_with(best, a, d)))
        # trailing zeros the path never reads: the shortest length that still fails
        lo, hi = max((i + 1 for i, b in enumerate(data) if b), default=0), len(data)
        while lo < hi:
            mid = (lo + hi) // 2
            if keeps(_with(best, attr, data[:mid])):
                hi = mid
            else:
                lo = mid + 1
        setattr(best, attr, data[:hi])
    return best


def _with(inputs: ExecInputs, attr: str, data: bytes) -> ExecInputs:
    cand = copy.copy(inputs)
    setattr(cand, attr, data)
    return cand


def _zero_chunks(data: bytes, keeps) -> bytes:
    """Zero as many bytes as possible, trying halving chunks (ddmin-style)."""
    buf = bytearray(data)
    size = len(buf)
    while size >= 1:
        for start in range(0, len(buf), size):
            chunk = buf[start:start + size]
            if not any(chunk):
                continue
            trial = bytearray(buf)
            trial[start:start + size] = bytes(len(chunk))
            if keeps(bytes(trial)):
                buf = trial
        size //= 2
    return bytes(buf)


def _source_line(loc) -> Optional[str]:
    if loc is None or not getattr(loc, "line", 0):
        return None
    try:
        with open(loc.file, encoding="utf-8", errors="replace") as f:
            for n, text in enumerate(f, 1):
                if n == loc.line:
                    return text.rstrip()
    except OSError:
        return None
    return None


def _fmt(v) -> str:
    if v is None:
        return "uninit"
    return f"{v:#x}" if abs(v) > 9 else str(v)


def _path_lines(res, prog_name: str) -> list[str]:
    lines = []
    for t in res.trace:
        regs = " ".join(f"r{r}={_fmt(v)}" for r, v in sorted(t.changed.items()))
        where = f"{t.program}:" if t.program != prog_name else ""
        ind = "  " * t.frame
        lines.append(f"  {ind}{where}{t.slot:>4}: {t.text:<34}" + (f" ; {regs}" if regs else ""))
    if len(lines) > MAX_PATH_LINES:
        head, tail = lines[:10], lines[-(MAX_PATH_LINES - 11):]
        lines = head + [f"  ... {len(lines) - len(head) - len(tail)} more steps ..."] + tail
    return lines


def _input_lines(prog, inputs: ExecInputs) -> list[str]:
    out = []
    spec = ctx_spec(prog.prog_type)
    if inputs.ctx and any(inputs.ctx):
        named = []
        for f in spec.layout.fields:
            if f.is_pointer or f.offset + f.size > len(inputs.ctx):
                continue
            v = int.from_bytes(inputs.ctx[f.offset:f.offset + f.size], "little")
            if v:
                named.append(f"{spec.layout.name}.{f.name} = {_fmt(v)}")
        if named:
            out += [f"  ctx: {n}" for n in named]
        else:
            out += [f"  ctx[{i}] = {b:#04x}" for i, b in enumerate(inputs.ctx) if b]
    if inputs.packet and any(inputs.packet):
        nz = [i for i, b in enumerate(inputs.packet) if b]
        out.append(f"  packet: {len(inputs.packet)} bytes, non-zero at "
                   + ", ".join(f"[{i}]={inputs.packet[i]:#04x}" for i in nz[:16])
                   + (" ..." if len(nz) > 16 else ""))
    elif inputs.packet is not None and spec.packet:
        out.append(f"  packet: {len(inputs.packet)} zero bytes")
    for m, kv in inputs.maps.items():
        for k, v in kv.items():
            out.append(f"  map {m}[{k.hex()}] = {v.hex()}")
    for name, vals in inputs.helper_returns.items():
        out.append(f"  {name} returns {', '.join(_fmt(v) for v in vals)}")
    if inputs.user_mem and any(inputs.user_mem):
        out.append(f"  user memory: {inputs.user_mem.hex()}")
    if inputs.mem is not None:
        out.append(f"  mem: {inputs.mem.hex() or '(empty)'}")
    return out or ["  none: the program fails on every input"]


def replay_command(path: str, prog, inputs: ExecInputs, n_programs: int = 1,
                   fault_kind: str = "") -> str:
    """The `bpfsmt run` command line that replays `inputs` (unprivileged when the fault is an
    uninitialised stack read, which `run` allows a privileged loader as Linux 6.1 does)."""
    target = f"{path}:{prog.name}" if n_programs > 1 else path
    cmd = ["bpfsmt", "run", target, "--trace"]
    if fault_kind == "uninit_stack":
        cmd.append("--unprivileged")
    if inputs.ctx and any(inputs.ctx):
        cmd += ["--ctx", inputs.ctx.hex()]
    if inputs.packet is not None and ctx_spec(prog.prog_type).packet:
        cmd += ["--packet", inputs.packet.hex()]
    if inputs.mem is not None:
        cmd += ["--mem", inputs.mem.hex()]
    for m, kv in inputs.maps.items():
        for k, v in kv.items():
            cmd += ["--map", f"{m}:{k.hex()}={v.hex()}"]
    for name, vals in inputs.helper_returns.items():
        cmd += ["--helper-return", f"{name}={','.join(str(v) for v in vals)}"]
    if inputs.user_mem:
        cmd += ["--user-mem", inputs.user_mem.hex()]
    if inputs.tail_call_scheme != "interp":
        cmd += ["--scheme", inputs.tail_call_scheme]
    if not inputs.jit:
        cmd.append("--no-jit")
    return " ".join(shlex.quote(c) for c in cmd)


def counterexample_story(path: str, pfile, prog, result) -> list[str]:
    """A `check` UNSAFE verdict as a short story: failure, source, path, inputs, replay."""
    inputs = result.inputs
    where = f" of {result.in_program} (tail call)" if result.in_program else ""
    lines = [f"{prog.name}: UNSAFE [{result.rule}] at insn {result.insn}{where}: {result.message}"]
    if inputs is None:
        return lines + ["  (no concrete inputs: the counterexample could not be replayed)"]
    small = minimise(pfile, prog, inputs)
    res = execute(pfile, prog, small, trace=True)
    insn = res.fault_insn
    loc = getattr(insn, "loc", None)
    if loc is not None and getattr(loc, "line", 0):
        src = _source_line(loc)
        lines.append(f"  at {loc}" + (f":  {src.strip()}" if src else ""))
    if res.fault is None:
        lines.append("  (the replay did not fault: a bug in bpfsmt, please report it)")
    else:
        lines.append("  confirmed by replay on the concrete executor")
    lines.append("path (register values after each step):")
    lines += _path_lines(res, prog.name)
    lines.append("inputs that matter:")
    lines += _input_lines(prog, small)
    lines.append("replay:")
    lines.append("  " + replay_command(path, prog, small, len(pfile.programs),
                                       res.fault.kind if res.fault else ""))
    return lines


# ---- prove's counterexamples --------------------------------------------------------------------
def render_value(value, indent: int = 2, width: int = 100) -> list[str]:
    """Nested counterexample values as indented text: listings stay listings, long lists are
    cut with a count, numbers get their hex beside them."""
    pad = " " * indent
    if isinstance(value, dict):
        out = []
        for k, v in value.items():
            if isinstance(v, (dict, list)) and v or isinstance(v, str) and "\n" in v:
                out.append(f"{pad}{k}:")
                out += render_value(v, indent + 2, width)
            else:
                out.append(f"{pad}{k}: {_scalar(v, width - indent - len(str(k)))}")
        return out
    if isinstance(value, list):
        if all(not isinstance(v, (dict, list)) for v in value) and \
                len(", ".join(_scalar(v, 40) for v in value)) < width - indent:
            return [pad + ", ".join(_scalar(v, 40) for v in value)]
        out = []
        for v in value[:24]:
            sub = render_value(v, indent + 2, width)
            out.append(pad + "- " + sub[0].lstrip()) if sub else None
            out += sub[1:]
        if len(value) > 24:
            out.append(f"{pad}... {len(value) - 24} more")
        return out
    if isinstance(value, str) and "\n" in value:
        return [pad + ln for ln in value.rstrip().splitlines()]
    return [pad + _scalar(value, width - indent)]


def _scalar(v, room: int) -> str:
    if isinstance(v, bool) or v is None:
        return json.dumps(v)
    if isinstance(v, int):
        return f"{v} ({v:#x})" if abs(v) > 9 else str(v)
    s = v.hex() if isinstance(v, (bytes, bytearray)) else str(v)
    room = max(room, 24)
    return s if len(s) <= room else f"{s[:room - 14]}... ({len(s)} chars)"
