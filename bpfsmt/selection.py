"""Which programs a command works on, the same for every command.

`FILE` means every program in it (a directory, every program file inside), `FILE:PROG` one
program of it, and `-p PROG` (repeatable) narrows every file to those names. A name that
matches nothing is bad input that lists what the file holds, so a typo never selects nothing.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from bpfsmt.grammar.loader import expand_inputs, load, prepare
from bpfsmt.spec.deadline import time_limit
from bpfsmt.spec.errors import InputError
from bpfsmt.spec.insn import SourceLoc
from bpfsmt.spec.program import Program, ProgramFile


@dataclass
class Target:
    """One input file and the programs of it the command should look at."""
    path: str
    pfile: ProgramFile
    programs: list[Program] = field(default_factory=list)


def split_target(arg: str) -> tuple[str, str | None]:
    """`FILE:PROG` -> (FILE, PROG); a path that exists as written is never split."""
    if os.path.exists(arg) or ":" not in arg:
        return arg, None
    path, _, prog = arg.rpartition(":")
    if path and prog and os.path.exists(path):
        return path, prog
    return arg, None


def _pick(pfile: ProgramFile, path: str, names: list[str]) -> list[Program]:
    known = [p.name for p in pfile.programs]
    missing = [n for n in names if n not in known]
    if missing:
        raise InputError(f"no program named {missing[0]!r} (the file has: "
                         f"{', '.join(known) or 'none'})", SourceLoc(path, 0, 0))
    return [p for p in pfile.programs if p.name in names]


def select(args_files, names=None, fmt=None, timeout=None, kernel: str = "6.1") -> list[Target]:
    """Load every input (ELF objects relocated for `kernel`) and choose its programs;
    InputError for unknown names or a file with no program at all. Loading a file is bounded
    by `timeout` (--timeout) like the work on one program: LimitReached past it."""
    names = list(names or [])
    wanted: list[tuple[str, str | None]] = []
    for arg in ([args_files] if isinstance(args_files, str) else args_files):
        path, prog = split_target(arg)
        wanted += [(p, prog) for p in expand_inputs([path])]
    targets: list[Target] = []
    by_path: dict[str, Target] = {}
    for path, prog in wanted:
        t = by_path.get(path)
        if t is None:
            path_fmt = prepare(path, fmt)
            with time_limit(timeout):
                t = by_path[path] = Target(path, load(path, path_fmt, kernel=kernel))
            targets.append(t)
            if not t.pfile.programs:
                raise InputError("the file holds no program", SourceLoc(path, 0, 0))
        chosen = _pick(t.pfile, path, [prog]) if prog else list(t.pfile.programs)
        t.programs += [p for p in chosen if p not in t.programs]
    if names:
        matched = set()
        for t in targets:
            matched |= {p.name for p in t.programs if p.name in names}
            t.programs = [p for p in t.programs if p.name in names]
        missing = [n for n in names if n not in matched]
        if missing:
            have = sorted({p.name for t in targets for p in t.pfile.programs})
            where = targets[0].path if len(targets) == 1 else "<inputs>"
            raise InputError(f"no program named {missing[0]!r} (the input has: "
                             f"{', '.join(have) or 'none'})", SourceLoc(where, 0, 0))
    return targets
