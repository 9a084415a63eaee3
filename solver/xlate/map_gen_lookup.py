"""ops->map_gen_lookup: the instruction sequences do_misc_fixups inlines for a map lookup.

R1 = map, R2 = &key -> R0. Which map type has which generator is a fact of each kernel's map
table (`MapType.gen_lookup`, spec/maps.py and spec/kernels.py); the generators here are keyed by
the kernel function name and take the kernel's struct layout (`KernelLayout`: 6.12's bpf_array
value offset is 264, 6.1's 272), each confirmed by the oracle's xlated output.
"""
from __future__ import annotations

from typing import Optional

from bpfsmt.spec.insn import (BPF_ADD, BPF_ALU, BPF_ALU64, BPF_AND, BPF_B, BPF_DW, BPF_JA, BPF_JEQ,
                              BPF_JGE, BPF_JMP, BPF_JMP32, BPF_JNE, BPF_K, BPF_LDX, BPF_LSH, BPF_MEM, BPF_MOV,
                              BPF_MUL, BPF_ST, BPF_W, BPF_X, Insn)
from bpfsmt.spec.kernels import KernelLayout
from bpfsmt.spec.maps import BPF_ARRAY_VALUE_OFF, HTAB_ELEM_KEY_OFF, HTAB_LRU_REF_OFF
from bpfsmt.spec.program import BPF_F_INNER_MAP, Map

from bpfsmt.solver.xlate.patch import call_insn


ARRAY_VALUE_OFF = BPF_ARRAY_VALUE_OFF          # 6.1's; the proofs reason about 6.1's sequence
LAYOUT_61 = KernelLayout()
ADDR_PERCPU = -1                               # MOV|X off: BPF_ADDR_PERCPU


def _is_pow2(x: int) -> bool:
    return x > 0 and x & (x - 1) == 0


# ---------------------------------------------------------------------------------------------
# map_gen_lookup generators (R1 = map, R2 = &key -> R0); None = -EOPNOTSUPP / no generator
# ---------------------------------------------------------------------------------------------

def _array_prologue(max_entries: int, elem_size: int, bypass_spec_v1: bool, index_mask: int,
                    skip_bypass: int, jcc: int = BPF_JGE, value_off: int = ARRAY_VALUE_OFF) -> list[Insn]:
    """r1 += offsetof(value); r0 = key; bounds check (+ index_mask); r0 scaled by elem_size."""
    out = [Insn.make(BPF_ALU64 | BPF_ADD | BPF_K, 1, 0, 0, value_off),
           Insn.make(BPF_LDX | BPF_MEM | BPF_W, 0, 2, 0)]
    if not bypass_spec_v1:
        out += [Insn.make(BPF_JMP | jcc | BPF_K, 0, 0, skip_bypass + 1, max_entries),
                Insn.make(BPF_ALU | BPF_AND | BPF_K, 0, 0, 0, index_mask)]
    else:
        out.append(Insn.make(BPF_JMP | jcc | BPF_K, 0, 0, skip_bypass, max_entries))
    if _is_pow2(elem_size):
        out.append(Insn.make(BPF_ALU64 | BPF_LSH | BPF_K, 0, 0, 0, elem_size.bit_length() - 1))
    else:
        out.append(Insn.make(BPF_ALU64 | BPF_MUL | BPF_K, 0, 0, 0, elem_size))
    return out


def gen_array_lookup(max_entries: int, elem_size: int, bypass_spec_v1: bool, index_mask: int,
                     map_flags: int = 0, jcc: int = BPF_JGE,
                     value_off: int = ARRAY_VALUE_OFF) -> Optional[list[Insn]]:
    """AL-02 from the map's numbers: 7 insns (bypass_spec_v1) or 8 (with `w0 &= index_mask`);
    None for BPF_F_INNER_MAP arrays (-EOPNOTSUPP). `jcc` exists only for the proofs'
    off-by-one mutant (proofs/array_lookup.py imports this function: one definition)."""
    if map_flags & BPF_F_INNER_MAP:
        return None
    return _array_prologue(max_entries, elem_size, bypass_spec_v1, index_mask, 3, jcc, value_off) + [
        Insn.make(BPF_ALU64 | BPF_ADD | BPF_X, 0, 1),
        Insn.make(BPF_JMP | BPF_JA, 0, 0, 1),
        Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, 0, 0, 0, 0)]


def array_map_gen_lookup(m: Map, layout: KernelLayout = LAYOUT_61) -> Optional[list[Insn]]:
    """array_map_gen_lookup: elem_size = round_up(value_size, 8) (the inner-map template gets
    it too: the Debian 6.1.y kernel has the AL-04 fix, the oracle shows `r0 <<= 3`)."""
    return gen_array_lookup(m.max_entries, m.elem_size, m.bypass_spec_v1, m.index_mask, m.flags,
                            value_off=layout.bpf_array_value)


def percpu_array_map_gen_lookup(m: Map, layout: KernelLayout = LAYOUT_61) -> Optional[list[Insn]]:
    """6.8+: the array prologue over the 8-byte pptrs[], load the per-CPU pointer and make it
    this CPU's address (BPF_MOV64_PERCPU_REG)."""
    if m.flags & BPF_F_INNER_MAP:
        return None
    return _array_prologue(m.max_entries, 8, m.bypass_spec_v1, m.index_mask, 5,
                           value_off=layout.bpf_array_value) + [
        Insn.make(BPF_ALU64 | BPF_ADD | BPF_X, 0, 1),
        Insn.make(BPF_LDX | BPF_MEM | BPF_DW, 0, 0, 0),
        Insn.make(BPF_ALU64 | BPF_MOV | BPF_X, 0, 0, ADDR_PERCPU),
        Insn.make(BPF_JMP | BPF_JA, 0, 0, 1),
        Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, 0, 0, 0, 0)]


def array_of_map_gen_lookup(m: Map, layout: KernelLayout = LAYOUT_61) -> list[Insn]:
    """AL-03: the array prologue over 8-byte slots, then load the inner map pointer."""
    return _array_prologue(m.max_entries, m.elem_size, m.bypass_spec_v1, m.index_mask, 5,
                           value_off=layout.bpf_array_value) + [
        Insn.make(BPF_ALU64 | BPF_ADD | BPF_X, 0, 1),
        Insn.make(BPF_LDX | BPF_MEM | BPF_DW, 0, 0, 0),
        Insn.make(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 1, 0),
        Insn.make(BPF_JMP | BPF_JA, 0, 0, 1),
        Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, 0, 0, 0, 0)]


def _htab_key_off(m: Map) -> int:
    return HTAB_ELEM_KEY_OFF + ((m.key_size + 7) & ~7)


def htab_map_gen_lookup(m: Map, layout: KernelLayout = LAYOUT_61) -> list[Insn]:
    return [call_insn("__htab_map_lookup_elem"),
            Insn.make(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 1, 0),
            Insn.make(BPF_ALU64 | BPF_ADD | BPF_K, 0, 0, 0, _htab_key_off(m))]


def htab_lru_map_gen_lookup(m: Map, layout: KernelLayout = LAYOUT_61) -> list[Insn]:
    """Also sets the element's LRU `ref` bit (R1 is the scratch register)."""
    return [call_insn("__htab_map_lookup_elem"),
            Insn.make(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 4, 0),
            Insn.make(BPF_LDX | BPF_MEM | BPF_B, 1, 0, HTAB_LRU_REF_OFF),
            Insn.make(BPF_JMP | BPF_JNE | BPF_K, 1, 0, 1, 0),
            Insn.make(BPF_ST | BPF_MEM | BPF_B, 0, 0, HTAB_LRU_REF_OFF, 1),
            Insn.make(BPF_ALU64 | BPF_ADD | BPF_K, 0, 0, 0, _htab_key_off(m))]


def htab_of_map_gen_lookup(m: Map, layout: KernelLayout = LAYOUT_61) -> list[Insn]:
    return [call_insn("__htab_map_lookup_elem"),
            Insn.make(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 2, 0),
            Insn.make(BPF_ALU64 | BPF_ADD | BPF_K, 0, 0, 0, _htab_key_off(m)),
            Insn.make(BPF_LDX | BPF_MEM | BPF_DW, 0, 0, 0)]


def htab_percpu_map_gen_lookup(m: Map, layout: KernelLayout = LAYOUT_61) -> list[Insn]:
    """6.8+: the element's per-CPU pointer, made this CPU's address."""
    return [call_insn("__htab_map_lookup_elem"),
            Insn.make(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 3, 0),
            Insn.make(BPF_ALU64 | BPF_ADD | BPF_K, 0, 0, 0, _htab_key_off(m)),
            Insn.make(BPF_LDX | BPF_MEM | BPF_DW, 0, 0, 0),
            Insn.make(BPF_ALU64 | BPF_MOV | BPF_X, 0, 0, ADDR_PERCPU)]


def xsk_map_gen_lookup(m: Map, layout: KernelLayout = LAYOUT_61) -> list[Insn]:
    """The xdp_sock pointer of slot `key` in xsk_map.xsk_map[] (8-byte slots), NULL past the end;
    the bounds check is a 32-bit compare where the kernel has the JMP32 fix."""
    jmp = BPF_JMP32 if layout.xsk_map_index_jmp32 else BPF_JMP
    return [Insn.make(BPF_LDX | BPF_MEM | BPF_W, 0, 2, 0),
            Insn.make(jmp | BPF_JGE | BPF_K, 0, 0, 5, m.max_entries),
            Insn.make(BPF_ALU64 | BPF_LSH | BPF_K, 0, 0, 0, 3),
            Insn.make(BPF_ALU64 | BPF_ADD | BPF_K, 1, 0, 0, layout.xsk_map_xsk_map),
            Insn.make(BPF_ALU64 | BPF_ADD | BPF_X, 0, 1),
            Insn.make(BPF_LDX | BPF_MEM | BPF_DW, 0, 0, 0),
            Insn.make(BPF_JMP | BPF_JA, 0, 0, 1),
            Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, 0, 0, 0, 0)]


# ops->map_gen_lookup by kernel function name (spec/maps.py says which map type has which)
MAP_GEN_LOOKUP = {f.__name__: f for f in (array_map_gen_lookup, array_of_map_gen_lookup,
                                          htab_map_gen_lookup, htab_lru_map_gen_lookup,
                                          htab_of_map_gen_lookup, percpu_array_map_gen_lookup,
                                          htab_percpu_map_gen_lookup, xsk_map_gen_lookup)}
