"""Run-time safety violations, named by the rule ids of rules.md, with the kernel 6.1 message.

Both engines speak this vocabulary: the concrete executor stops with a `Fault` of one of these
kinds, the symbolic engine turns each kind into proof obligations, and replay compares the two by
(slot, kind). The message templates are the verifier's own format strings (rules.md §1–§5), so a
report reads like the kernel's log line for the same mistake.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass(frozen=True)
class FaultKind:
    rule: str          # rules.md id, e.g. "CORE-01"
    key: str           # short stable name used in JSON and tests
    template: str      # the 6.1 verifier message (printf-style, without the trailing newline)
    doc: str


KINDS: dict[str, FaultKind] = {}


def _k(rule, key, template, doc):
    KINDS[key] = FaultKind(rule, key, template, doc)
    return KINDS[key]


UNINIT_REG = _k("CORE-01", "uninit_reg", "R%d !read_ok", "read of a register never written on this path")
BAD_REG = _k("CORE-01", "bad_reg", "R%d is invalid", "a register number above R10 (check_reg_arg)")
FP_WRITE = _k("CORE-01", "fp_write", "frame pointer is read only", "write to R10")
STACK_OOB = _k("CORE-02", "stack_oob", "invalid%s stack R%d off=%d size=%d",
               "stack access outside [-512, 0) of the current frame")
STACK_MISALIGNED = _k("CORE-02", "stack_misaligned", "misaligned stack access off %s+%d+%d size %d",
                      "stack access not aligned to its size")
UNINIT_STACK = _k("CORE-03", "uninit_stack", "invalid read from stack off %d+%d size %d",
                  "read of stack bytes never written on this path")
NULL_DEREF = _k("CORE-04", "null_deref", "R%d invalid mem access '%s'",
                "dereference of a possibly-NULL pointer that is NULL")
BAD_MEM = _k("CORE-04", "bad_mem", "R%d invalid mem access '%s'",
             "load/store through a scalar or a pointer kind that cannot be dereferenced")
MAP_VALUE_OOB = _k("AL-05", "map_value_oob", "invalid access to map value, value_size=%d off=%d size=%d",
                   "map value access outside [0, value_size)")
CTX_OOB = _k("CORE-08", "ctx_oob", "invalid bpf_context access off=%d size=%d",
             "context access outside the fields the program type exposes")
PKT_OOB = _k("CORE-08", "pkt_oob", "invalid access to packet, off=%d size=%d, R%d(id=%d,off=%d,r=%d)",
             "packet access beyond data_end")
MEM_OOB = _k("CORE-08", "mem_oob", "invalid access to memory, mem_size=%d off=%d size=%d",
             "access outside a plain memory region (conformance mem, helper buffers)")
PTR_ARITH = _k("CORE-06", "ptr_arith", "R%d pointer arithmetic prohibited",
               "arithmetic the verifier forbids on a pointer")
PTR_LEAK = _k("CORE-07", "ptr_leak", "R0 leaks addr as return value", "a pointer returned or stored where scalars must be")
REF_LEAK = _k("CORE-07", "ref_leak", "Unreleased reference id=%d alloc_insn=%d",
               "exit with an acquired reference (a reserved ringbuf record) not released")
EXIT_R0 = _k("CORE-07", "exit_r0", "R0 !read_ok", "exit with R0 uninitialised")
CALL_DEPTH = _k("CORE-10", "call_depth", "the call stack of %d frames is too deep",
                "more than 8 nested bpf2bpf frames")
INSN_LIMIT = _k("CORE-09", "insn_limit", "BPF program is too large. Processed %d insn",
                "execution exceeded the step budget (a possibly endless loop)")
BAD_HELPER_ARG = _k("CORE-08", "helper_arg", "R%d type=%s expected=%s", "helper argument of the wrong kind")
UNKNOWN_HELPER = _k("CORE-08", "unknown_helper", "invalid func %s#%d", "call of a helper id bpfsmt does not know")
# Not a fault of the program: a 6.1 helper the executor has no concrete model of. A run that
# reaches it cannot go on without being told what the helper returns.
NO_MODEL = _k("MODEL", "no_model", "no concrete model for helper %s#%d; give --helper-return %s=V",
              "a known helper the executor cannot run (not a safety fault)")
DIV_BY_ZERO = _k("CORE-06", "div_by_zero", "div by zero", "immediate division by zero")
BAD_INSN = _k("CORE-05", "bad_insn", "unknown opcode %02x", "an opcode outside the instruction set")
JUMP_OOR = _k("CORE-05", "jump_oor", "jump out of range from insn %d to %d", "jump outside the program")
# lock discipline (SL-*)
LOCK_TWICE = _k("SL-06", "lock_twice", "Locking two bpf_spin_locks are not allowed", "second lock while one is held")
UNLOCK_NONE = _k("SL-06", "unlock_none", "bpf_spin_unlock without taking a lock", "unlock with no lock held")
UNLOCK_OTHER = _k("SL-06", "unlock_other", "bpf_spin_unlock of different lock", "unlock of another element's lock")
CALL_LOCKED = _k("SL-07", "call_locked", "function calls are not allowed while holding a lock", "call while a lock is held")
EXIT_LOCKED = _k("SL-08", "exit_locked", "bpf_spin_unlock is missing", "exit while a lock is held")
LDABS_LOCKED = _k("SL-09", "ldabs_locked", "BPF_LD_[ABS|IND] cannot be used inside bpf_spin_lock-ed region",
                  "legacy packet load while a lock is held")
LOCK_ACCESS = _k("SL-10", "lock_access", "bpf_spin_lock cannot be accessed directly by load/store",
                 "load/store overlapping the lock word")
TIMER_ACCESS = _k("SL-10", "timer_access", "bpf_timer cannot be accessed directly by load/store",
                  "load/store overlapping a bpf_timer")
# sleepable (SP-*)
SLEEP_IN_ATOMIC = _k("SP-03", "sleep_in_atomic", "helper call might sleep in a non-sleepable prog",
                     "a might-sleep helper reached in a context that cannot sleep")
SLEEPABLE_MAP = _k("SP-04", "sleepable_map", "Sleepable programs can only use array, hash, and ringbuf maps",
                   "a sleepable context touching a map not safe under rcu_read_lock_trace")
# RCU read sections of 6.12's bpf_rcu_read_lock/unlock kfuncs (SP-06)
RCU_NESTED = _k("SP-06", "rcu_nested", "nested rcu read lock (kernel function %s)",
                "bpf_rcu_read_lock inside an RCU read section")
RCU_UNMATCHED = _k("SP-06", "rcu_unmatched", "unmatched rcu read unlock (kernel function %s)",
                   "bpf_rcu_read_unlock outside an RCU read section")
SLEEP_IN_RCU = _k("SP-06", "sleep_in_rcu", "sleepable helper %s#%d in rcu_read_lock region",
                  "a might-sleep helper or sleepable kfunc inside an RCU read section")
# the wording check_kfunc_call uses for a sleepable kfunc
SLEEP_IN_RCU_KFUNC = "kernel func %s is sleepable within rcu_read_lock region"
RCU_TAIL_CALL = _k("SP-06", "rcu_tail_call",
                   "tail_call cannot be used inside bpf_rcu_read_lock-ed region",
                   "a tail call inside an RCU read section")
LDABS_RCU = _k("SP-06", "ldabs_rcu",
               "BPF_LD_[ABS|IND] cannot be used inside bpf_rcu_read_lock-ed region",
               "legacy packet load inside an RCU read section")
EXIT_RCU = _k("SP-06", "exit_rcu", "bpf_rcu_read_unlock is missing",
              "program exit inside an RCU read section")
# tail calls (TC-*)
TAIL_CALL_LIMIT = _k("TC-02", "tail_call_limit", "more than %d tail calls taken",
                     "the chain took more tail calls than MAX_TAIL_CALL_CNT allows")


@dataclass
class Fault:
    """A concrete run stopped here: the slot, the kind, and the filled-in message."""
    slot: int
    kind: str                 # a key of KINDS
    message: str
    frame: int = 0
    detail: dict = field(default_factory=dict)

    @property
    def rule(self) -> str:
        return KINDS[self.kind].rule

    def to_json(self) -> dict:
        return {"insn": self.slot, "kind": self.kind, "rule": self.rule, "message": self.message,
                **({"detail": self.detail} if self.detail else {})}


def fault(slot: int, kind: str, *args, frame: int = 0, **detail) -> Fault:
    """Build a Fault, formatting the kind's template with `args` (if given)."""
    t = KINDS[kind].template
    try:
        msg = t % args if args else t
    except TypeError:
        msg = t
    return Fault(slot, kind, msg, frame, detail)


def describe(kind: str) -> Optional[FaultKind]:
    return KINDS.get(kind)
