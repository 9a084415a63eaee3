"""`bpfsmt run FILE`: execute one program concretely and print r0.

With --trace every executed instruction is printed in kernel syntax with the registers it
changed; a fault prints `file:line:col: fault at insn N [RULE] message` and exits 1.
"""
from __future__ import annotations

import json
import sys

from bpfsmt.spec.errors import InputError
from bpfsmt.spec.insn import SourceLoc


def _hex(arg: str | None, what: str, path: str):
    if arg is None:
        return None
    text = "".join(arg.split())
    if text.lower().startswith("0x"):
        text = text[2:]
    try:
        return bytes.fromhex(text)
    except ValueError:
        raise InputError(f"--{what} is not hex bytes: {arg!r}", SourceLoc("<command line>", 0, 0)) \
            from None


def _fmt_val(v):
    return "uninit" if v is None else f"{v:#x}"


def main(args) -> int:
    from bpfsmt.selection import select, split_target
    target = select(args.files, getattr(args, "program", None), getattr(args, "format", None),
                    getattr(args, "timeout", None))[0]
    path, pfile = target.path, target.pfile
    chosen = bool(getattr(args, "program", None)) or split_target(args.files)[1] is not None
    progs = target.programs if chosen else target.programs[:1]
    if not chosen and len(pfile.programs) > 1:
        print(f"# {path}: running {progs[0].name} (the file holds {len(pfile.programs)} "
              f"programs; choose with FILE:PROG or -p)", file=sys.stderr)
    rc = 0
    for prog in progs:
        if len(progs) > 1 and not getattr(args, "json", False):
            print(f"{prog.name}:")
        rc = max(rc, _run_one(args, path, pfile, prog))
    return rc


def _run_one(args, path, pfile, prog) -> int:
    from bpfsmt.solver.concrete.exec import ExecInputs, execute
    inputs = ExecInputs(mem=_hex(args.mem, "mem", path), ctx=_hex(args.ctx, "ctx", path),
                        packet=_hex(args.packet, "packet", path),
                        user_mem=_hex(getattr(args, "user_mem", None), "user-mem", path))
    inputs.tail_call_scheme = getattr(args, "scheme", "interp") or "interp"
    inputs.jit = not getattr(args, "no_jit", False)
    inputs.privileged = getattr(args, "privileged", True)
    for spec in getattr(args, "helper_return", None) or []:
        name, _, vals = spec.partition("=")
        try:
            inputs.helper_returns[name.strip()] = [int(v, 0) for v in vals.split(",") if v.strip()]
        except ValueError:
            raise InputError(f"--helper-return {spec!r}: expected NAME=INT[,INT...]",
                             SourceLoc(path, 0, 0)) from None
    for spec in getattr(args, "map", None) or []:
        name, _, kv = spec.partition(":")
        key, _, val = kv.partition("=")
        if name not in pfile.maps:
            raise InputError(f"--map {spec!r}: no map named {name!r} (the file has: "
                             f"{', '.join(pfile.maps) or 'none'})", SourceLoc(path, 0, 0))
        inputs.maps.setdefault(name, {})[_hex(key, "map key", path)] = _hex(val, "map value", path)
    if path.endswith(".data"):
        inputs.runtime = "ubpf"
        if inputs.mem is None:
            from bpfsmt.grammar.ubpf import read_conformance
            mem = read_conformance(path).mem
            inputs.mem = mem if mem is not None else b""
    from bpfsmt.spec.deadline import time_limit
    with time_limit(getattr(args, "timeout", None)):    # LimitReached -> UNKNOWN in cli.py
        res = execute(pfile, prog, inputs, trace=args.trace)
    if args.json:
        out = res.to_json()
        out["file"] = path
        out["program_name"] = prog.name
        print(json.dumps(out))
        return 1 if res.fault else 0
    if args.trace:
        for t in res.trace:
            regs = " ".join(f"r{r}={_fmt_val(v)}" for r, v in sorted(t.changed.items()))
            ind = "  " * t.frame
            prog_tag = f"{t.program}:" if t.program != prog.name else ""
            print(f"{ind}{prog_tag}{t.slot}: {t.text}" + (f"    ; {regs}" if regs else ""))
    if res.fault is not None and res.fault.kind == "no_model":
        print(f"{path}: {prog.name}: {res.fault.message} (insn {res.fault.slot})",
              file=sys.stderr)
        return 3
    if res.fault is not None:
        f = res.fault
        # no instruction at the fault: the run fell off the end, after the last instruction
        loc = res.fault_insn.loc if res.fault_insn is not None else \
            prog.insns[-1].loc if prog.insns else SourceLoc(path, 0, 0)
        where = f" in {res.fault_program}" if res.fault_program and res.fault_program != prog.name \
            else ""
        print(f"{loc}: fault at insn {f.slot}{where} [{f.rule}] {f.kind}: {f.message}",
              file=sys.stderr)
        return 1
    print(f"r0 = {res.r0:#x} ({res.r0})")
    return 0
