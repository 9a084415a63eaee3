"""`bpfsmt jit FILE`: the x86-64 image Linux 6.1's JIT emits, as hex and as disassembly.

The program goes through the verifier's rewrites first when the verifier model provides them
(`bpfsmt.solver.fixups.xlate`); otherwise it is JITed as written with the rewrite the JIT depends
on (TC-06: `call bpf_tail_call` becomes BPF_JMP|BPF_TAIL_CALL). Kernel addresses (helpers, maps,
retpoline thunks) are printed as zeros with their symbolic target.
"""
from __future__ import annotations

import json

from bpfsmt.grammar.loader import load
from bpfsmt.solver.jit.emit import JitError
from bpfsmt.solver.jit.program import jit_program
from bpfsmt.spec import x86
from bpfsmt.spec.errors import InputError


def have_xlate() -> bool:
    try:
        from bpfsmt.solver.fixups import xlate  # noqa: F401
        return True
    except ImportError:
        return False


def _xlate(pfile, prog):
    """The verifier's rewrites (ctx field offsets, inlined helpers, ...) when modelled."""
    if not have_xlate():
        return prog.insns
    from bpfsmt.solver.fixups import xlate
    try:
        return xlate(pfile, prog, jit=True)
    except Exception:
        return prog.insns


def _fmt(insn):
    try:
        from bpfsmt.grammar.printer import format_insn
        return format_insn(insn)
    except Exception:
        return insn.encode().hex()


def main(args) -> int:
    rc = 0
    for path in args.files:
        pfile = load(path, getattr(args, "format", None))
        progs = pfile.programs
        if args.program:
            progs = [p for p in progs if p.name in args.program]
            if not progs:
                raise InputError(f"no program named {', '.join(args.program)}")
        for prog in progs:
            insns = _xlate(pfile, prog)
            try:
                res = jit_program(insns, xlated=False, prog_type=prog.prog_type)
            except JitError as e:
                print(f"{path}: {prog.name}: the 6.1 JIT refuses this program: {e}")
                rc = 1
                continue
            if getattr(args, "hex_only", False):
                print(res.image.hex())
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
