"""`bpfsmt jit FILE [--kernel 6.1|6.12]`: the x86-64 image that kernel's JIT emits, as hex and as
disassembly.

The program goes through the verifier model (stack depths, visited slots) and its rewrites
(`bpfsmt.solver.xlate.xlate`) first, like the kernel's bpf_check before bpf_int_jit_compile.
A program the model rejects is skipped with a message on stderr (the kernel never JITs it), as is
one it cannot translate; the other programs of the file are still JITed, and the exit code is 1.
Kernel addresses (helpers, maps, retpoline thunks) are printed as zeros with their symbolic target.
`--harden 2` blinds every constant first (bpf_jit_blind_constants) with seeded random values;
a blinded map pointer is its map index, since the kernel's address is not known here.
"""
from __future__ import annotations

import json
import sys

from bpfsmt.commands import kernel_of
from bpfsmt.grammar.loader import load
from bpfsmt.solver.jit.blind import Blinder, blinding_enabled, seeded
from bpfsmt.spec.deadline import LimitReached, time_limit
from bpfsmt.solver.jit.emit import JitError
from bpfsmt.solver.jit.kernels import jit_config
from bpfsmt.solver.jit.program import jit_program
from bpfsmt.spec import x86
from bpfsmt.spec.errors import InputError


def pipeline(pfile, prog, notes: list | None = None, kernel: str = "6.1"):
    """source -> verifier model (stack depths, visited slots) -> xlate -> JIT input.

    Returns (xlated insns, per-subprog stack depths, BPF_PROBE_MEM load slots). The stack depths
    are the verifier model's plus the bpf_loop inlining's stack_depth_extra; the probe loads are
    the verifier model's (insn_aux_data), carried through xlate, as are its socket pointer loads; xlate's output follows the xlated-dump
    conventions (bpf2bpf call: off = relative slot offset, imm = subprog index), so it is JITed
    with `jit_program(xlated=True)`. Raises Rejected when the verifier model rejects the program
    (the kernel never JITs it) unless `notes` is given: then (jit-validate: the kernel's image
    shows it accepted) a note is appended and xlate runs without the visited set (no dead-code
    removal) with stack depths and probe loads estimated from the code (None). Raises XlateFailed if xlate fails:
    never a silent fallback to the untranslated insns."""
    from bpfsmt.solver.xlate import xlate
    from bpfsmt.solver.verifier import verify
    v = verify(pfile, prog, rules=kernel)
    seen, sd, probe = v.seen, v.stack_depth, set()
    if not v.accepted:
        if notes is None:
            raise Rejected(f"skipped: the verifier model rejects it: {v.message}")
        notes.append(f"the verifier model does not accept it ({v.message}); JITing the "
                     "rewrites without its visited set and with estimated stack depths")
        seen, sd, probe = None, None, None
    extra: dict = {}
    if isinstance(sd, dict):
        sd = [sd[k] for k in sorted(sd)]
    try:
        insns = xlate(pfile, prog, jit=True, seen=seen, stack_extra=extra, kernel=kernel,
                      stack_depths=sd, probe_mem=v.probe_mem if v.accepted else None,
                      probe_mem_out=probe, sock_access=v.sock_access if v.accepted else None)
    except LimitReached:                                    # --timeout: UNKNOWN, not a failure
        raise
    except Exception as e:                                  # a modelling gap, reported
        raise XlateFailed(f"xlate failed: {type(e).__name__}: {e}") from e
    depths = None
    if sd:
        depths = [d + extra.get(k, 0) for k, d in enumerate(sd)]
    return insns, depths, probe


def map_max_entries(pfile) -> dict:
    """{map index as `lddw src=1` loads it: max_entries}: a constant tail-call key at or above
    the prog array's size makes the tail call indirect (record_func_key)."""
    return {k: m.max_entries for k, m in enumerate(pfile.map_list())}


class Rejected(Exception):
    pass


class XlateFailed(Exception):
    pass


def _fmt(insn):
    from bpfsmt.grammar.printer import format_insn
    return format_insn(insn)


def blinder(args):
    """Constant blinding as bpf_jit_harden asks for a root loader (bpf_jit_blinding_enabled),
    with random values from --blind-seed."""
    if not blinding_enabled(getattr(args, "harden", 0), bpf_capable=True):
        return None
    return Blinder(seeded(getattr(args, "blind_seed", 0)))


def main(args) -> int:
    from bpfsmt.selection import select
    rc = 0
    for t in select(args.files, args.program, getattr(args, "format", None),
                    getattr(args, "timeout", None)):
        path, pfile = t.path, t.pfile
        for prog in t.programs:
            try:
                with time_limit(getattr(args, "timeout", None)):
                    insns, depths, probe = pipeline(pfile, prog, kernel=kernel_of(args))
                    res = jit_program(insns, xlated=True, stack_depths=depths, probe_mem=probe,
                                      prog_type=prog.prog_type, cfg=jit_config(kernel_of(args)),
                                      max_entries=map_max_entries(pfile), blinder=blinder(args))
            except LimitReached as e:
                print(f"{path}: {prog.name}: UNKNOWN: {e.reason}", file=sys.stderr)
                rc = rc or 3
                continue
            except (Rejected, XlateFailed) as e:
                print(f"{path}: {prog.name}: {e}", file=sys.stderr)
                rc = 1
                continue
            except JitError as e:
                print(f"{path}: {prog.name}: the {kernel_of(args)} JIT refuses this program: {e}",
                      file=sys.stderr)
                rc = 1
                continue
            if getattr(args, "json", False):
                print(json.dumps({"file": path, "program": prog.name, "kernel": kernel_of(args),
                                  "jited_len": len(res.image),
                                  "jited_func_lens": res.func_lens, "image": res.image.hex(),
                                  "funcs": [{"index": f.index, "start": f.start,
                                             "image": f.image.hex(), "stack_depth": f.stack_depth,
                                             "passes": f.passes} for f in res.funcs]}))
                continue
            if getattr(args, "hex_only", False):
                print(f"{prog.name} {res.image.hex()}")
                continue
            print(f"; {path}: {prog.name}  jited_len {len(res.image)}  "
                  f"jited_func_lens {res.func_lens}")
            print(res.image.hex())
            for f in res.funcs:
                print(f"; func {f.index} (slot {f.start}): {len(f.image)} bytes, stack depth "
                      f"{f.stack_depth}, tail_call_reachable {str(f.tail_call_reachable).lower()}, "
                      f"{f.passes} passes")
                rel = {r.offset - (1 if r.size == 4 else 2): r for r in f.relocs}
                print("\n".join("    " + l for l in x86.disasm_lines(f.image[:f.addrs[0]])))
                for slot, insn in f.insns:
                    a, b = f.insn_offsets[slot]
                    print(f"  {f.start + slot:4}: {_fmt(insn)}")
                    for line in x86.disasm_lines(f.image[a:b], a):
                        off = int(line.split(":")[0], 16)
                        note = ""
                        for k in (off, off + 1):
                            if k in rel:
                                note = f"   ; -> {rel[k].target}"
                        print("        " + line + note)
                end = max((b for _, b in f.insn_offsets.values()), default=f.addrs[0])
                for line in x86.disasm_lines(f.image[end:], end):
                    print("        " + line)
                for p in f.pokes:
                    print(f"  ; poke site of slot {p.insn}: bypass @{p.bypass:#x}, "
                          f"target @{p.target:#x}, out @{p.out:#x}")
    return rc
