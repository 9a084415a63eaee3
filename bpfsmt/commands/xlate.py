"""`bpfsmt xlate FILE [--no-jit] [--hex] [--kernel 6.1|6.12] [-p PROG]`: the program as the
verifier of that kernel rewrites it.

Owned by the xlate helper. Prints one block per program in the syntax of
`bpftool prog dump xlated` (the grammar helper's kernel printer). Where the kernel's dump shows
run-specific numbers we print what they stand for: helper calls by the kernel function they
call (`call bpf_user_rnd_u32`, `call __htab_map_lookup_elem`), map references by map name,
`r3 = prog->aux ll` / `r0 = &jiffies ll` for inserted kernel addresses. Dead code is removed
as the privileged kernel does, with the visited set from the verifier model.
"""
from __future__ import annotations

import sys

from bpfsmt.commands import kernel_of
from bpfsmt.spec.deadline import LimitReached


def format_xlated(pfile, insns, hexdump: bool = False) -> list[str]:
    """`N: (op) text` lines; calls and map loads named (see the module docstring)."""
    from bpfsmt.grammar.printer import format_insn
    from bpfsmt.solver.xlate import KERNEL_ADDRESS_TARGETS
    from bpfsmt.spec.insn import BPF_NOSPEC, BPF_ST
    names = list(pfile.maps)
    lines, slot = [], 0
    for ins in insns:
        text = format_insn(ins, "kernel")
        if ins.is_call and ins.src == 0 and ins.target:
            text = f"call {ins.target}"
        elif ins.is_call and ins.src == 1 and ins.target:
            text = f"call {ins.target} pc{ins.off:+d}"
        elif ins.is_wide and ins.src in (1, 2) and 0 <= ins.imm < len(names):
            text = f"r{ins.dst} = map[{names[ins.imm]}]" + \
                (f"[0]+{ins.imm64_hi & 0xFFFFFFFF}" if ins.src == 2 else "")
        elif ins.opcode == BPF_ST | BPF_NOSPEC:       # kernel-internal: disasm.c's name
            text = "nospec"
        elif ins.is_wide and ins.target in KERNEL_ADDRESS_TARGETS:
            text = f"r{ins.dst} = {ins.target} ll"
        line = f"{slot}: ({ins.opcode:02x}) {text}"
        if hexdump:
            line = f"{line:<56} ; {ins.encode().hex()}"
        lines.append(line)
        slot += ins.slots
    return lines


def _verified(pfile, prog, jit: bool, kernel: str = "6.1", unpriv: bool = False):
    """The verifier model's result, for the dead-code passes (`seen`), the loads through socket
    pointers and an unprivileged load's sanitation; None (every insn reached) when the model rejects the program or cannot
    run on it."""
    from bpfsmt.solver.verifier import verify
    try:
        res = verify(pfile, prog, jit=jit, rules=kernel, unpriv=unpriv)
    except LimitReached:
        raise
    except Exception as e:          # a model failure must not hide the rewrite: say so and go on
        print(f"# verifier model failed ({type(e).__name__}): dead code is kept", file=sys.stderr)
        return None
    if not res.accepted:
        print(f"# the verifier model rejects {prog.name}: {res.message} (the kernel would not "
              f"load it; printing the rewrites anyway)", file=sys.stderr)
        return None
    return res


def main(args) -> int:
    import json
    from bpfsmt.selection import select
    from bpfsmt.spec.deadline import time_limit
    from bpfsmt.solver.xlate import xlate
    first, rc = True, 0
    for t in select(args.files, args.program, getattr(args, "format", None),
                    getattr(args, "timeout", None)):
        for prog in t.programs:
            try:
                with time_limit(getattr(args, "timeout", None)):
                    unpriv = getattr(args, "unprivileged", False)
                    res = _verified(t.pfile, prog, not args.no_jit, kernel_of(args), unpriv)
                    out = xlate(t.pfile, prog, jit=not args.no_jit, kernel=kernel_of(args),
                                seen=res and res.seen, sock_access=res and res.sock_access,
                                unpriv=res if unpriv and res else None)
            except LimitReached as e:
                print(f"{t.path}: {prog.name}: UNKNOWN: {e.reason}", file=sys.stderr)
                rc = 3
                continue
            lines = format_xlated(t.pfile, out, args.hex)
            if getattr(args, "json", False):
                print(json.dumps({"file": t.path, "program": prog.name, "kernel": kernel_of(args),
                                  "prog_type": prog.prog_type, "jit": not args.no_jit,
                                  "xlated": lines,
                                  "insns": "".join(i.encode().hex() for i in out)}))
                continue
            if not first:
                print()
            first = False
            print(f"{prog.name}: {prog.prog_type} ({t.path}) [Linux {kernel_of(args)}]"
                  f"{'' if not args.no_jit else ' [no JIT]'}")
            print("\n".join(lines))
    sys.stdout.flush()
    return rc
