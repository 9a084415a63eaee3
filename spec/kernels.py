"""Per-kernel facts: one `KernelFacts` object per modelled kernel version.

The engines take a `KernelFacts` (through the rule set, `RuleSet.kernel`, or a `kernel=`
argument) and read every version-dependent table from it, so a second kernel is a data change:
LINUX_612 below is LINUX_61 with another sleepable table, the two helpers 6.2 added, two map types made sleepable, two per-CPU
lookups inlined, another struct and JIT layout (KernelLayout) and the delta rules of
spec/deltas.py (ARCHITECTURE.md, "Adding a kernel version").

Facts that are the same in every modelled kernel stay plain constants (spec/limits.py,
spec/errno.py, spec/insn.py); move one here when a kernel changes it.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Mapping

from .maps import (BPF_ARRAY_MAX_ENTRIES_OFF, BPF_ARRAY_VALUE_OFF, CGRP_STORAGE, HELPER_MAP_TYPES_61,
                   MAP_TYPE_NAMES, MAP_TYPE_NAMES_612, MAPS_61, MapType, names_where)
from .deltas import DELTAS
from .helper_avail import OFFERED
from .helper_avail_612 import OFFERED_612
from .helpers import HELPERS, HELPERS_612, HelperProto
from .kfuncs import HOOKS_61, HOOKS_612, KFUNCS_61, KFUNCS_612
from .sleepable import DEBIAN_61, DEBIAN_612, SleepableTable


@dataclass(frozen=True)
class KernelLayout:
    """The build's struct offsets that the verifier's rewrites and the x86-64 JIT compile into
    the code, and the JIT's build options; each value was read off the oracle's xlated and JIT
    bytes of that kernel (the tail-call and array-lookup programs)."""
    bpf_array_max_entries: int = BPF_ARRAY_MAX_ENTRIES_OFF   # offsetof(bpf_array, map.max_entries)
    bpf_array_value: int = BPF_ARRAY_VALUE_OFF   # offsetof(bpf_array, value) == .. ptrs (prog array)
    bpf_prog_bpf_func: int = 0x30                # offsetof(struct bpf_prog, bpf_func)
    ibt: bool = False           # CONFIG_X86_KERNEL_IBT: endbr64 at entry and at the tail-call landing
    tail_call_cnt_ptr: bool = False  # the tail-call counter is reached through a pointer (6.10+)
    cpu_v4: bool = False        # the JIT emits sdiv/smod, movsx, ldsx, bswap64 (6.6+)
    percpu_insn: bool = False   # BPF_MOV64_PERCPU_REG (bpf_jit_supports_percpu_insn, 6.8+): per-CPU
                                # array/hash lookups and bpf_get_smp_processor_id are inlined
    this_cpu_off: int = 0       # &this_cpu_off, the per-CPU offset `mov dst, percpu addr` adds
    pcpu_hot_cpu_number: int = 0  # &pcpu_hot.cpu_number (a per-CPU symbol: not randomised)
    gfp_atomic: int = 0xA20     # r5 of *_storage_get in a non-sleepable program
    gfp_kernel: int = 0xCC0     # r5 of *_storage_get in a sleepable program
    bmi2: bool = False          # shlx/shrx/sarx for shifts by a register (6.2+ on a BMI2 CPU, as
                                # the oracle's TCG CPU is)
    xsk_map_xsk_map: int = 0x108   # offsetof(struct xsk_map, xsk_map): sizeof(bpf_map) + lock + count
    xsk_map_index_jmp32: bool = True   # xsk_map_gen_lookup's bounds check compares w0 (Debian
                                       # 6.1.192 has the JMP32 fix; 6.12.95 compares r0)


@dataclass(frozen=True)
class KernelFacts:
    """What one kernel version says, as the model reads it."""
    name: str                                   # "6.1": what --kernel / rule sets name
    release: str                                # the kernel the oracle labels came from
    maps: Mapping[str, MapType]                 # map type name -> MapType
    helper_map_types: Mapping[str, frozenset]   # helper -> the only map types it accepts
    sleepable: SleepableTable                   # SP-01/SP-02 attach-target allowlists
    map_type_names: tuple = MAP_TYPE_NAMES      # enum bpf_map_type of this kernel
    deltas: frozenset = frozenset()             # spec/deltas.py rules where it differs from 6.1
    layout: KernelLayout = KernelLayout()       # struct offsets and JIT build options
    # what get_func_proto offers a root loader, as the kernel answered: (prog_type, attach_type)
    # -> helper names (spec/helper_avail.py, spec/helper_avail_612.py)
    helper_availability: Mapping[tuple, frozenset] = field(default_factory=dict)
    kfuncs: tuple = KFUNCS_61                   # registered kfunc id sets (spec/kfuncs.py)
    kfunc_hooks: Mapping[str, str] = field(default_factory=lambda: HOOKS_61)   # type -> kfunc hook
    # __mark_chain_precision: 6.12 (backtrack_state, 6.5) stops tracking a register or slot the
    # parent checkpoint already had precise; 6.1 tracks the whole mask until no mark is new
    precision_drops_known: bool = False
    # bpf_tracing_func_proto hands a program bpf_prog_check_recur accepts (not LSM, struct_ops,
    # an iterator) the _recur task storage prototypes (6.7)
    task_storage_recur: bool = False
    helpers: Mapping[int, HelperProto] = field(default_factory=lambda: HELPERS)   # id -> prototype

    def map_type(self, name: str) -> MapType:
        return self.maps[name]

    def map_types_where(self, pred) -> frozenset:
        return names_where(self.maps, pred)


LINUX_61 = KernelFacts(name="6.1", release="Debian 6.1.0-56 (6.1.192)", maps=MAPS_61,
                       helper_map_types=HELPER_MAP_TYPES_61, sleepable=DEBIAN_61,
                       helper_availability=MappingProxyType(OFFERED))

# Debian 6.12.95 (bookworm-backports): 6.1's tables plus its delta rules and hook allowlist, the
# cgrp_storage map type and its two helpers (6.2); arena (6.9) is known by name only: the verifier
# model reports a program using one as not modelled (6.1 itself refuses to create either).
LINUX_612 = replace(LINUX_61, name="6.12", release="Debian 6.12.95+deb12 (6.12.95)", sleepable=DEBIAN_612,
                    maps=MappingProxyType({**MAPS_61, **{n: replace(MAPS_61[n], sleepable=True)
                                                         for n in ("queue", "stack")},      # SP-04-MAPS
                                           CGRP_STORAGE.name: CGRP_STORAGE,
                                           **{n: replace(MAPS_61[n], gen_lookup=g) for n, g in (
                                               ("percpu_array", "percpu_array_map_gen_lookup"),
                                               ("percpu_hash", "htab_percpu_map_gen_lookup"))}}),
                    map_type_names=MAP_TYPE_NAMES_612, precision_drops_known=True, helpers=HELPERS_612,
                    task_storage_recur=True,
                    helper_map_types=MappingProxyType({**HELPER_MAP_TYPES_61, **{
                        h: frozenset({CGRP_STORAGE.name}) for h in CGRP_STORAGE.helpers}}),
                    # types not probed on 6.12 (struct_ops, ext) keep 6.1's answer plus the two
                    # cgrp_storage helpers, which 6.12's bpf_base_func_proto hands every type (all
                    # 33 probed sections show it)
                    helper_availability=MappingProxyType({
                        **{k: v | CGRP_STORAGE.helpers for k, v in OFFERED.items()}, **OFFERED_612}),
                    deltas=frozenset(DELTAS), kfuncs=KFUNCS_612, kfunc_hooks=HOOKS_612,
                    # struct bpf_array lost 8 bytes before value[]/ptrs[] (r1 += 264, ptrs at 0x108);
                    # IBT builds; the counter behind a pointer ("bpf, x64: Fix tailcall hierarchy")
                    layout=KernelLayout(bpf_array_value=0x108, ibt=True, tail_call_cnt_ptr=True,
                                        cpu_v4=True, bmi2=True, percpu_insn=True,
                                        this_cpu_off=0x19A18, pcpu_hot_cpu_number=0x351CC,
                                        gfp_atomic=0x820, xsk_map_xsk_map=0x100,
                                        xsk_map_index_jmp32=False))

KERNELS: dict[str, KernelFacts] = {"6.1": LINUX_61, "6.12": LINUX_612}
DEFAULT_KERNEL = "6.1"


def kernel_facts(name=DEFAULT_KERNEL) -> KernelFacts:
    """The facts of kernel `name` ("6.1"); a KernelFacts passes through."""
    if isinstance(name, KernelFacts):
        return name
    try:
        return KERNELS[name]
    except KeyError:
        raise KeyError(f"unknown kernel {name!r}; known: {', '.join(KERNELS)}") from None
