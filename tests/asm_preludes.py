"""Assembler programs (bpfsmt .bpf.s text) several `check` tests and benchmarks share."""
from __future__ import annotations

from bpfsmt.grammar.asm import parse_program_text
from bpfsmt.solver.symbolic.checker import check

# a tc program looks up a TCP socket by an all-zero 12-byte IPv4 tuple at fp-16 (R6 keeps the
# ctx): R0 is a referenced socket or NULL
SK_LOOKUP_TCP = """.program p section=tc
 r6 = r1
 r1 = 0
 *(u64 *)(r10 - 16) = r1
 *(u32 *)(r10 - 8) = r1
 r1 = r6
 r2 = r10
 r2 += -16
 r3 = 12
 r4 = -1
 r5 = 0
 call bpf_sk_lookup_tcp
"""


def lookup_elem0(m: str) -> str:
    """R0 = the element of key 0 of map `m` (a tc program), or the jump to `out` when NULL."""
    return (".program p section=tc\n r1 = 0\n *(u32 *)(r10 - 4) = r1\n r2 = r10\n r2 += -4\n"
            f" r1 = %[{m}] ll\n call bpf_map_lookup_elem\n if r0 == 0 goto out\n")


NOT_MODELLED = "is not modelled"


def unmodelled_helpers(helpers) -> list[str]:
    """The helpers of a table (spec/helpers.HELPERS, HELPERS_612) whose call `check` leaves
    UNKNOWN for want of a model: each is called once with R1-R5 zero (from xdp for the xdp-only
    ones, else from tc); a helper with a lowering gets as far as its argument checks or effects,
    one without ends "... is not modelled" before looking at them."""
    out = []
    for hid, proto in sorted(helpers.items()):
        sec = "xdp" if "xdp" in proto.groups and "tc" not in proto.groups else "tc"
        text = (f".program p section={sec}\n" + "".join(f" r{r} = 0\n" for r in range(1, 6)) +
                f" call {hid}\n r0 = 0\n exit\n")
        r = check(parse_program_text(text), "p", timeout=20)
        if r.verdict == "unknown" and NOT_MODELLED in (r.reason or ""):
            out.append(proto.kname)
    return out
