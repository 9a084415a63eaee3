"""`bpfsmt jit-validate FILE (--jited HEX | --oracle RESULTS.jsonl)`: translation validation.

Proves the kernel's x86-64 bytes equivalent to the BPF program instruction by instruction (see
bpfsmt.solver.jit.validate) or prints the input on which they differ. With --oracle every
selected record of an oracle run is one job. Exit 0 equivalent, 1 differ, 3 unknown, 2 bad
input (the worst over the programs).
"""
from __future__ import annotations

import json
import os

from bpfsmt.commands import kernel_of
from bpfsmt.spec.errors import InputError
from bpfsmt.spec.insn import SourceLoc, decode
from bpfsmt.solver.jit.kernels import jit_config
from bpfsmt.spec.deadline import time_limit
from bpfsmt.solver.jit.validate import validate, EQUIVALENT, DIFFER


def _oracle_records(path, args):
    """Every accepted record with JIT bytes that the selection names (--program, else the
    records of FILE's object, else all of them)."""
    want = set(args.program or [])
    base = os.path.basename(args.files)
    recs = []
    with open(path) as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise InputError(f"not JSON: {e.msg}", SourceLoc(path, n, e.colno)) from None
    cands = [r for r in recs if r.get("jited_insns")]

    def names(r):
        return {r.get("prog"), os.path.basename(r.get("file", "")).split(".")[0]}
    if want:
        cands = [r for r in cands if names(r) & want]
    else:
        stem = base.split(".")[0]
        named = [r for r in cands if os.path.basename(r.get("file", "")).split(".")[0] == stem]
        cands = named or cands
    if not cands:
        raise InputError("no accepted program with JIT bytes matches", SourceLoc(path, 0, 0))
    return cands


def _oracle_case(rec, kernel: str) -> dict:
    """validate()'s arguments for one oracle record: its xlated program against its image."""
    name = rec.get("prog") if rec.get("prog") != "raw" else \
        os.path.basename(rec.get("file", "raw")).split(".")[0]
    return dict(name=name, insns=decode(bytes.fromhex(rec["xlated"])),
                image=bytes.fromhex(rec["jited_insns"]), lens=rec.get("jited_func_lens"),
                depths=(rec.get("verifier_stats") or {}).get("stack_depth"),
                ptype=rec.get("prog_type"), kernel=kernel)


def _job(item):
    """One program: (name, Validation)."""
    case, timeout = item
    with time_limit(timeout):
        return case["name"], validate(case["insns"], case["image"], case["lens"], xlated=True,
                                  stack_depths=case["depths"], timeout=timeout,
                                  prog_type=case["ptype"], cfg=jit_config(case["kernel"]))


def main(args) -> int:
    if args.oracle:
        from bpfsmt.cli import worst_exit
        from bpfsmt.execution import JobFailure, run_batch
        cases = [_oracle_case(r, kernel_of(args)) for r in _oracle_records(args.oracle, args)]
        batch = run_batch([(c, args.timeout) for c in cases], _job, args, "validating")
        codes = []
        for (case, _), got in batch.done():
            if isinstance(got, JobFailure):
                print(f"{case['name']}: {got.verdict.upper()} ({got.reason})")
                codes.append(got.exit_code)
            else:
                codes.append(_print(args, *got))
        return batch.exit(worst_exit(codes))
    from bpfsmt.grammar.loader import load
    import sys
    from bpfsmt.commands.jit import XlateFailed, pipeline
    from bpfsmt.selection import select
    target = select(args.files, args.program, getattr(args, "format", None),
                    getattr(args, "timeout", None))[0]
    pfile = target.pfile
    if len(target.programs) > 1:
        raise InputError(f"--jited holds one program's image; choose one of "
                         f"{', '.join(p.name for p in target.programs)} with FILE:PROG or -p",
                         SourceLoc(target.path, 0, 0))
    prog = target.programs[0]
    notes: list = []
    try:
        insns, depths, probe = pipeline(pfile, prog, notes, kernel=kernel_of(args))
        for n in notes:
            print(f"{args.files}: {prog.name}: warning: {n}", file=sys.stderr)
    except XlateFailed as e:
        print(f"{args.files}: {prog.name}: {e}; use --oracle with the kernel's xlated dump",
              file=sys.stderr)
        return 3
    try:
        kernel = bytes.fromhex("".join(args.jited.split()))
    except ValueError:
        raise InputError("--jited is not hex", SourceLoc("<--jited>", 1, 1)) from None
    with time_limit(args.timeout):                      # LimitReached -> UNKNOWN in cli.py
        v = validate(insns, kernel, _func_lens(args), xlated=True, stack_depths=depths,
                     timeout=args.timeout, prog_type=prog.prog_type, cfg=jit_config(kernel_of(args)),
                     probe_mem=probe)
    return _print(args, prog.name, v)


def _func_lens(args):
    """--func-lens 120,64 (jited_func_lens as bpftool prints them)."""
    text = getattr(args, "func_lens", None)
    if not text:
        return None
    try:
        lens = [int(x) for x in text.replace(",", " ").split()]
    except ValueError:
        raise InputError("--func-lens takes byte counts separated by commas",
                         SourceLoc("<--func-lens>", 1, 1)) from None
    if not lens or min(lens) <= 0:
        raise InputError("--func-lens: every function has a positive length",
                         SourceLoc("<--func-lens>", 1, 1))
    return lens


def _print(args, name, v) -> int:
    """One program's verdict (and where and on which input the bytes differ); its exit code."""
    if getattr(args, "json", False):
        print(json.dumps(v.to_json(), default=str))
    else:
        print(f"{name}: {v.verdict.upper()} ({v.proved} instructions proved on the decoded "
              f"bytes, {v.structural} checked structurally, {v.seconds:.2f}s)")
        if v.verdict != EQUIVALENT:
            where = f"func {v.func}" + (f", insn {v.slot}: {v.insn}" if v.slot is not None else "")
            print(f"  at {where}: {v.reason}")
            for line in v.x86:
                print(f"    {line}")
            if v.counterexample:
                cex = {k: val for k, val in v.counterexample.items() if k not in ("x86",)}
                print("  input on which they differ:")
                for k, val in cex.items():
                    print(f"    {k} = {val}")
    return {EQUIVALENT: 0, DIFFER: 1}.get(v.verdict, 3)
