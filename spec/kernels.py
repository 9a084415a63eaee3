"""Per-kernel facts: one `KernelFacts` object per modelled kernel version.

The engines take a `KernelFacts` (through the rule set, `RuleSet.kernel`, or a `kernel=`
argument) and read every version-dependent table from it, so a second kernel is a data change:
LINUX_612 below is LINUX_61 with another sleepable table, two map types made sleepable and the
delta rules of spec/deltas.py (ARCHITECTURE.md, "Adding a kernel version").

Facts that are the same in every modelled kernel stay plain constants (spec/limits.py,
spec/errno.py, spec/insn.py); move one here when a kernel changes it.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Mapping

from .maps import HELPER_MAP_TYPES_61, MAP_TYPE_NAMES, MAP_TYPE_NAMES_612, MAPS_61, MapType, names_where
from .deltas import DELTAS
from .sleepable import DEBIAN_61, DEBIAN_612, SleepableTable


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

    def map_type(self, name: str) -> MapType:
        return self.maps[name]

    def map_types_where(self, pred) -> frozenset:
        return names_where(self.maps, pred)


LINUX_61 = KernelFacts(name="6.1", release="Debian 6.1.0-56 (6.1.192)", maps=MAPS_61,
                       helper_map_types=HELPER_MAP_TYPES_61, sleepable=DEBIAN_61)

# Debian 6.12.95 (bookworm-backports): 6.1's tables plus its delta rules and hook allowlist; the map
# types it adds (cgrp_storage, arena) are known by name only: the verifier model reports a program
# using one as not modelled (6.1 itself refuses to create them).
LINUX_612 = replace(LINUX_61, name="6.12", release="Debian 6.12.95+deb12 (6.12.95)", sleepable=DEBIAN_612,
                    maps=MappingProxyType({**MAPS_61, **{n: replace(MAPS_61[n], sleepable=True)
                                                         for n in ("queue", "stack")}}),   # SP-04-MAPS
                    map_type_names=MAP_TYPE_NAMES_612,
                    deltas=frozenset(DELTAS))

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
