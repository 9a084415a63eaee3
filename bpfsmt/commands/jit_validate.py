"""`bpfsmt jit-validate FILE (--jited HEX | --oracle RESULTS.jsonl)`: translation validation.

Proves the kernel's x86-64 bytes equivalent to the BPF program instruction by instruction (see
bpfsmt.solver.jit.validate) or prints the input on which they differ.
Exit 0 equivalent, 1 differ, 3 unknown, 2 bad input.
"""
from __future__ import annotations

import json
import os

from bpfsmt.spec.errors import InputError
from bpfsmt.spec.insn import SourceLoc, decode
from bpfsmt.solver.jit.validate import validate, EQUIVALENT, DIFFER


def _oracle_record(path, args):
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
    if len(cands) > 1:
        raise InputError("several programs match; choose one with --program "
                         f"({', '.join(r['prog'] for r in cands[:8])})", SourceLoc(path, 0, 0))
    return cands[0]


def main(args) -> int:
    if args.oracle:
        rec = _oracle_record(args.oracle, args)
        insns = decode(bytes.fromhex(rec["xlated"]))
        kernel = bytes.fromhex(rec["jited_insns"])
        lens = rec.get("jited_func_lens")
        depths = (rec.get("verifier_stats") or {}).get("stack_depth")
        xlated = True
        ptype = rec.get("prog_type")
        name = rec.get("prog") if rec.get("prog") != "raw" else \
            os.path.basename(rec.get("file", "raw")).split(".")[0]
    else:
        from bpfsmt.grammar.loader import load
        import sys
        from bpfsmt.commands.jit import XlateFailed, pipeline
        pfile = load(args.files, getattr(args, "format", None))
        progs = pfile.programs
        if args.program:
            progs = [p for p in progs if p.name in args.program]
        if not progs:
            raise InputError("no such program", SourceLoc(args.files, 0, 0))
        prog = progs[0]
        notes: list = []
        try:
            insns, depths = pipeline(pfile, prog, notes)
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
        lens, xlated, name = None, True, prog.name
        ptype = prog.prog_type
    v = validate(insns, kernel, lens, xlated=xlated, stack_depths=depths, timeout=args.timeout,
                 prog_type=ptype)
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
