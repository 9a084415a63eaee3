"""The verifier log: the error block a failed check prints, and the rule id it belongs to.

A `VerifierError` carries every line of the kernel's error block (e.g. `invalid access to map
value, ...` then `R6 min value is outside of the allowed memory range`) and the errno bpf(2)
returns; `rule_of` maps a message to the rule id (spec/rules.py) for reports.
"""
from __future__ import annotations

from typing import Optional

from bpfsmt.spec.errno import EINVAL


class VerifierError(Exception):
    """A check failed: `lines` is the error block, the last line the one bpf_check() ends on;
    `after`: what the log prints after that line (6.12's state dumps of an infinite loop)."""
    def __init__(self, lines, errno=EINVAL, rule=None, insn=None, after=()):
        if isinstance(lines, str):
            lines = [lines]
        super().__init__(lines[-1])
        self.lines = list(lines)
        self.after = list(after)
        self.errno = errno
        self.rule = rule
        self.insn = insn


def tnum_str(t, plain_const: bool) -> str:
    """A tnum as the alignment errors print it: 6.1 '(0x0; 0x0)'; with LOG-TNUM (6.12) a constant
    prints as its value ('0', '0x8'), the C "%#llx" way."""
    if plain_const and t.mask == 0:
        return f"{t.value:#x}" if t.value else "0"
    return str(t)


# message -> rule id, for reports (first match by substring)
_RULE_OF = [
    ("function calls are not allowed while holding a lock", "SL-07"),
    ("bpf_spin_unlock is missing", "SL-08"), ("Locking two", "SL-06"),
    ("bpf_spin_unlock without", "SL-06"), ("bpf_spin_unlock of different", "SL-06"),
    ("BPF_LD_[ABS|IND] cannot be used inside", "SL-09"),
    ("bpf_spin_lock cannot be accessed", "SL-10"), ("bpf_timer cannot be accessed", "SL-10"),
    ("socket filter progs cannot use bpf_spin_lock", "SL-03"),
    ("tracing progs cannot use bpf_spin_lock", "SL-03"),
    ("sleepable progs cannot use bpf_spin_lock", "SL-03"),
    ("map '", "SL-01"), ("off ", "SL-04"), ("doesn't have constant offset", "SL-04"),
    ("Only fentry/fexit/fmod_ret", "SP-01"), ("Syscall programs can only", "SP-01"),
    ("is not sleepable", "SP-02"), ("helper call might sleep", "SP-03"),
    ("Sleepable programs can only use", "SP-04"),
    ("In async callback", "SP-07"), ("At async callback", "SP-07"),
    ("tail_calls are not allowed when call stack", "TC-04"), ("tail_call", "TC-03"),
    ("cannot pass map_type", "CORE-08"),
    ("invalid access to map value", "AL-05"), ("min value is", "AL-05"),
    ("max value is", "AL-05"), ("unbounded memory access", "AL-05"),
    ("!read_ok", "CORE-01"), ("frame pointer is read only", "CORE-01"),
    ("invalid read from stack", "CORE-03"), ("invalid indirect read", "CORE-03"),
    ("invalid size of register", "CORE-03"),
    ("stack", "CORE-02"), ("invalid mem access", "CORE-04"),
    ("pointer comparison", "CORE-04"), ("null-check", "CORE-04"),
    ("jump out of range", "CORE-05"), ("last insn", "CORE-05"), ("back-edge", "CORE-05"),
    ("unreachable insn", "CORE-05"), ("infinite loop", "CORE-05"), ("unknown opcode", "CORE-05"),
    ("uses reserved fields", "CORE-05"), ("jump into the middle", "CORE-05"),
    ("invalid BPF_LD_IMM", "CORE-05"), ("bpf_ld_imm64", "CORE-05"),
    ("pointer", "CORE-06"), ("math between", "CORE-06"), ("div by zero", "CORE-06"),
    ("invalid shift", "CORE-06"), ("dereference of modified", "CORE-06"),
    ("At program exit", "CORE-07"), ("At subprogram exit", "CORE-07"),
    ("At callback return", "CORE-07"), ("R0 not a scalar", "CORE-07"),
    ("cannot return stack pointer", "CORE-07"), ("leaks addr", "CORE-07"),
    ("unknown func", "CORE-08"), ("invalid func", "CORE-08"), ("CO-RE relocation", "CORE-08"), ("type=", "CORE-08"),
    ("invalid zero-sized read", "CORE-08"), ("helper", "CORE-08"),
    ("BPF program is too large", "CORE-09"), ("too complex", "CORE-09"),
    ("call stack of", "CORE-10"), ("combined stack size", "CORE-10"),
    ("invalid bpf_context access", "CORE-08"), ("packet", "CORE-08"),
]


def rule_of(msg: str) -> Optional[str]:
    for prefix, rule in _RULE_OF:
        if prefix in msg:
            return rule
    return None

