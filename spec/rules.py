"""Rule sets: which verifier rules the model applies, so a weakened rule is one line.

API (used by the verifier model, the symbolic checker and the rule proofs):

    from bpfsmt.spec.rules import get_ruleset, RuleSet
    rs = get_ruleset("6.1")               # the default: Debian 6.1 as the oracle shows it
    rs = get_ruleset("6.12")              # Debian 6.12: 6.1 plus the delta rules of spec/deltas.py
    rs = get_ruleset("6.1-no-SL-07").for_kernel("6.12")   # any rule set on another kernel
    rs = get_ruleset("proposed")          # per-callback sleepability (bpf_timer_set_sleepable_cb / bpf_wq)
    rs = get_ruleset("6.1-no-SL-07")      # 6.1 with rule SL-07 disabled (any rule id in RULE_IDS)
    rs = get_ruleset("6.1").without("SL-07", "SL-08")     # same, programmatically
    rs.on("SL-07") -> bool                # is the rule enforced?
    rs.option("callback_sleepable")       # "inherit" (6.1) | "per_callback" (proposed)

Named mutants are listed in MUTANTS (name -> RuleSet); `get_ruleset` also accepts
`<base>-no-<RULE>[-no-<RULE>...]` for any rule id. Disabling a rule removes exactly that check from
the model (the state it maintains is still kept, so other rules keep working).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from .deltas import DELTAS
from .kernels import KERNELS, LINUX_61 as KERNEL_61, KernelFacts

# Rules the verifier model consults, with what disabling one does.
RULE_IDS: dict[str, str] = {
    "SL-03": "lock-bearing maps refused for socket filter / tracing / sleepable programs",
    "SL-04": "bpf_spin_lock argument must point at the lock at a constant offset",
    "SL-06": "lock/unlock state machine (two locks, unlock without lock, unlock of another lock)",
    "SL-07": "no calls while a lock is held (except bpf_spin_unlock)",
    "SL-08": "bpf_spin_unlock is missing at exit",
    "SL-09": "no LD_ABS/LD_IND while a lock is held",
    "SL-10": "no direct load/store of the lock (or timer) word",
    "SP-01": "only tracing/lsm/kprobe may be sleepable; syscall must be",
    "SP-02": "sleepable attach-target allowlist",
    "SP-03": "might-sleep helpers only in sleepable contexts",
    "SP-04": "sleepable programs only use array/hash/ringbuf/storage maps",
    "SP-07": "async callbacks verified as separate paths (R1..R3 = map, key, value; R0 must be 0)",
    "TC-03": "tail call restrictions (prog array only, ctx argument, no held references)",
    "TC-04": "caller frames < 256 bytes when a subprog tail-calls",
    "AL-05": "map value access bounds",
    "CORE-01": "uninitialised register reads",
    "CORE-02": "stack bounds",
    "CORE-03": "uninitialised stack reads",
    "CORE-04": "null checks before dereference",
    "CORE-06": "pointer arithmetic restrictions",
    "CORE-07": "R0 at exit",
    "CORE-08": "helper argument types",
    "CORE-10": "call depth and combined stack size",
}

# Historical range-analysis bugs a rule set can re-introduce into solver/verifier/bounds.py
# (option "range_bugs"); `bpfsmt prove range` refutes each one.
RANGE_BUGS: dict[str, str] = {
    "CVE-2017-16995": "MOV32 imm sign-extended into the 64-bit state (fixed in 4.14.9)",
    "CVE-2017-16996": "ALU32 result not truncated to 32 bits (fixed in 4.15)",
    "CVE-2020-8835": "JMP32: low-half tnum taken from the 64-bit bounds truncated to 32 bits (5.6)",
    "CVE-2020-27194": "ALU32 OR: signed 32-bit bounds copied from the 64-bit umin/umax (5.8)",
    "CVE-2021-3490": "ALU32 AND/OR/XOR with both low halves known kept the stale 32-bit bounds (5.7-5.12)",
    "CVE-2021-31440": "__reg_combine_64_into_32 copied each 64-bit bound that fits on its own (5.7-5.12)",
}

# Helper ids the proposed design adds (not in 6.1's UAPI); the IR names them by id or by target.
PROPOSED_HELPERS = {"timer_set_sleepable_cb": 10001}


@dataclass(frozen=True)
class RuleSet:
    name: str
    disabled: frozenset = frozenset()
    options: tuple = (("callback_sleepable", "inherit"),)
    kernel: KernelFacts = KERNEL_61      # the facts (map types, allowlists) the rules read

    def on(self, rule: str) -> bool:
        return rule not in self.disabled

    @property
    def kernel_name(self) -> str:
        return self.kernel.name

    def kernel_has(self, delta: str) -> bool:
        """Does the modelled kernel follow delta rule `delta` (spec/deltas.py) rather than 6.1?"""
        if delta not in DELTAS:
            raise KeyError(f"unknown delta rule {delta!r}")
        return delta in self.kernel.deltas

    @property
    def kernel_rules(self) -> frozenset:
        return self.kernel.deltas

    def without_kernel_rule(self, delta: str) -> "RuleSet":
        """This rule set with one delta rule back at its 6.1 behaviour (what-if for reports)."""
        return replace(self, name=f"{self.name}-6.1-{delta}",
                       kernel=replace(self.kernel, deltas=self.kernel.deltas - {delta}))

    def for_kernel(self, kernel: str) -> "RuleSet":
        """The same selection of rules on another kernel (6.1 mutants become 6.12 mutants)."""
        if kernel not in KERNELS:
            raise KeyError(f"unknown kernel {kernel!r}; known: {', '.join(KERNELS)}")
        if kernel == self.kernel_name:
            return self
        base, _, rest = self.name.partition("-")
        name = kernel + ("-" + rest if rest else "") if base == self.kernel_name else f"{self.name}@{kernel}"
        return replace(self, name=name, kernel=KERNELS[kernel])

    def option(self, key: str):
        return dict(self.options).get(key)

    def without(self, *rules: str) -> "RuleSet":
        for r in rules:
            if r not in RULE_IDS:
                raise KeyError(f"unknown rule id {r!r}; known: {', '.join(sorted(RULE_IDS))}")
        name = self.name + "".join(f"-no-{r}" for r in rules)
        return replace(self, name=name, disabled=self.disabled | frozenset(rules))

    def with_option(self, key: str, value) -> "RuleSet":
        opts = dict(self.options)
        opts[key] = value
        return replace(self, options=tuple(sorted(opts.items())))

    @property
    def range_bugs(self) -> tuple:
        """The variants bounds.py runs: historical bugs re-introduced (spec/rules.RANGE_BUGS) and
        the later kernel's range rules (BOUNDS-612) when this kernel follows them."""
        return (self.option("range_bugs") or ()) + (("BOUNDS-612",) if self.kernel_has("BOUNDS-612") else ())

    @property
    def per_callback_sleepable(self) -> bool:
        return self.option("callback_sleepable") == "per_callback"


LINUX_61 = RuleSet("6.1")
PROPOSED = RuleSet("proposed", options=(("callback_sleepable", "per_callback"),))

# Named mutants the rule proofs refute (each weakens one rule).
MUTANTS: dict[str, RuleSet] = {
    "6.1-no-helper-gate": LINUX_61.without("SP-03"),
    "6.1-no-map-restriction": LINUX_61.without("SP-04"),
    "proposed-inherit": replace(PROPOSED, name="proposed-inherit",
                                options=(("callback_sleepable", "inherit"),)),
    "6.1-no-call-under-lock": LINUX_61.without("SL-07"),
    "6.1-no-unlock-at-exit": LINUX_61.without("SL-08"),
    "6.1-no-lock-state": LINUX_61.without("SL-06"),
    "6.1-no-ldabs-under-lock": LINUX_61.without("SL-09"),
    "6.1-no-lock-word-guard": LINUX_61.without("SL-10"),
    "6.1-no-tailcall-stack-limit": LINUX_61.without("TC-04"),
    "6.1-no-map-bounds": LINUX_61.without("AL-05"),
    **{f"6.1-{bug.lower()}": replace(LINUX_61.with_option("range_bugs", (bug,)), name=f"6.1-{bug.lower()}")
       for bug in RANGE_BUGS},
}

LINUX_612 = LINUX_61.for_kernel("6.12")
RULESETS: dict[str, RuleSet] = {"6.1": LINUX_61, "6.12": LINUX_612, "proposed": PROPOSED, **MUTANTS}


def get_ruleset(name) -> RuleSet:
    """A RuleSet by name (see module docstring); a RuleSet passes through."""
    if isinstance(name, RuleSet):
        return name
    if name in RULESETS:
        return RULESETS[name]
    base, *rest = name.split("-no-")
    if base in RULESETS and rest:
        return RULESETS[base].without(*rest)
    raise KeyError(f"unknown rule set {name!r}; known: {', '.join(RULESETS)} or <base>-no-<RULE>")
