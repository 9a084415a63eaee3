"""Rules that differ between Linux 6.1 and 6.12, each with the messages that show it.

Why one table: the oracle diff report (tests/oracle/kernel_diff.py), the verifier model's per-kernel
switches and `bpfsmt verify --kernel 6.1,6.12` all have to say *which* rule made a program's
verdict or first error differ between the kernels; naming it once keeps those answers consistent.

A `Delta` matches a difference when the 6.1 outcome matches `old` and the 6.12 outcome matches
`new`. An outcome pattern is a regular expression searched in the first error line, or the word
``accepted``. Every difference in the committed labels is explained by one of these (see
tests/oracle/KERNEL-DIFF.md, the per-kernel labels are the evidence).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

ACCEPTED = "accepted"


@dataclass(frozen=True)
class Delta:
    id: str
    title: str
    why: str
    old: tuple = ()          # patterns of the 6.1 outcome
    new: tuple = ()          # patterns of the 6.12 outcome

    def matches(self, old: str, new: str) -> bool:
        return _any(self.old, old) and _any(self.new, new)


def _any(patterns, outcome: str) -> bool:
    return any(outcome == ACCEPTED if p == ACCEPTED else (outcome != ACCEPTED and re.search(p, outcome))
               for p in patterns)


_TNUM_61 = r"\(0x[0-9a-f]+; 0x[0-9a-f]+\)"

DELTAS_LIST = [
    Delta("ISA-V4", "cpu v4 instructions are accepted",
          "6.6 added sdiv/smod, movsx, ldsx, unconditional bswap and gotol (and 6.9 may_goto); 6.1 rejects "
          "their encodings as reserved fields or unknown opcodes.",
          old=(r"uses reserved fields", r"unknown opcode (d7|8d|e5|06|9f)", r"^invalid BPF_LD_IMM"),
          new=(ACCEPTED,)),
    Delta("CTX-ST", "BPF_ST (store immediate) into ctx is allowed",
          "6.3 made convert_ctx_accesses rewrite BPF_ST like BPF_STX, dropping \"BPF_ST stores into R%d ctx "
          "is not allowed\".",
          old=(r"BPF_ST stores into R\d+ ctx is not allowed",), new=(ACCEPTED, r".")),
    Delta("STACK-ROUND8", "stack depth rounds to 8 bytes (not 32) with the JIT on",
          "6.8 rounds each frame of the combined stack to 8 bytes when the JIT is used (round_up 32 only "
          "for the interpreter), so frames near 512 fit on 6.12.",
          old=(r"combined stack size of \d+ calls is \d+\. Too large",), new=(ACCEPTED,)),
    Delta("CFG-CALL-LOOP", "recursion is found by the call-depth walk, not check_cfg",
          "6.12's check_cfg no longer reports a bpf2bpf call edge as a back-edge; a recursive call is "
          "rejected by do_check when the frames run out.",
          old=(r"back-edge from insn",), new=(r"the call stack of \d+ frames is too deep",)),
    Delta("LOG-RANGE", "return ranges print as smin/smax and [a, b]",
          "6.6 prints the R0 range check as 'has smin=%lld smax=%lld should have been in [%d, %d]' "
          "(6.1: tnum '(0x..; 0x..)' and '(0x..; 0x..)').",
          old=(r"should have been in \(0x",), new=(r"should have been in \[",)),
    Delta("LOG-TNUM", "tnums print as plain numbers",
          "6.12's tnum_strn prints a constant tnum as its value ('0') where 6.1 prints '(0x0; 0x0)'.",
          old=(_TNUM_61,), new=(r"off -?\d+\+",)),
    Delta("LOG-ARG-TYPES", "argument type errors list the newer compatible register types",
          "compatible_reg_types grew mem, ringbuf_mem, buf and trusted_ptr_ (the list printed after "
          "'expected=').",
          old=(r"expected=",), new=(r"expected=.*(mem|trusted_ptr_)",)),
    Delta("HELPER-PROTO-MSG", "a helper the type does not offer is named as such",
          "6.12 reports 'program of this type cannot use helper %s#%d' where 6.1 said 'unknown func'.",
          old=(r"^unknown func ",), new=(r"^program of this type cannot use helper ",)),
    Delta("LOG-ZERO-SIZE", "zero-sized helper reads name the register and its range",
          "check_mem_size_reg prints 'R%d invalid zero-sized read: u64=[%lld,%lld]'.",
          old=(r"^invalid zero-sized read$",), new=(r"invalid zero-sized read: u64=",)),
]
DELTAS: dict[str, Delta] = {d.id: d for d in DELTAS_LIST}
UNEXPLAINED = "unexplained"


def outcome(accepted: bool, message: Optional[str]) -> str:
    return ACCEPTED if accepted else (message or "")


def explain_difference(acc_old: bool, msg_old: Optional[str], acc_new: bool, msg_new: Optional[str],
                       **_ignored) -> str:
    """The id of the delta rule that turns the 6.1 outcome into the 6.12 one (UNEXPLAINED if none)."""
    old, new = outcome(acc_old, msg_old), outcome(acc_new, msg_new)
    for d in DELTAS_LIST:
        if d.matches(old, new):
            return d.id
    return UNEXPLAINED
