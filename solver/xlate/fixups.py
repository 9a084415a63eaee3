"""Owned by the xlate helper (do_misc_fixups model).

The verifier's rewrites of an accepted program, as `bpftool prog dump xlated` shows them on
Linux 6.1 (Debian 6.1.y, loaded as root): what `do_misc_fixups` and `fixup_call_args` /
`jit_subprogs` do after `do_check`, plus `bpf_insn_prepare_dump` (rules.md §0 pass order, §3
TC-06, §4 AL-01..AL-04, §6 div/mod).

Modelled, in the kernel's pass order (bpf_check):
  * `optimize_bpf_loop`: `bpf_loop` with a constant callback and flags 0 becomes an inline loop
    (R6-R8 spilled below the function's stack depth, estimated from its r10 accesses);
  * the privileged dead-code passes `opt_hard_wire_dead_code_branches`, `opt_remove_dead_code`
    (given do_check's `seen` marks, e.g. from the verifier model) and `opt_remove_nops`;
  * `convert_ctx_accesses` for the ctx fields the oracle showed: every __sk_buff field that
    socket_filter / tc may read (SKB_CTX chains, SKB_CTX_SEQ / SKB_CTX_SEQ_TC sequences, incl.
    the AX-using skb_shinfo and tstamp ones; narrow loads of the chain fields get the
    shift/mask), xdp_md data/data_end/data_meta/ingress_ifindex/rx_queue_index;
    SKB_CTX_UNOBSERVED / XDP_CTX_UNOBSERVED list the rest, left unconverted, the ctx pointer found by a dataflow (moves, constant offsets, stack spills,
    and R1-R5 passed into bpf2bpf callees),
    and the tc
    `bpf_unclone_prologue` when the program writes packet data (seen_direct_write);
  * `do_misc_fixups`: div/mod by register get the `JNE/JEQ src,0` guard patchlets (§6);
    LD_ABS/LD_IND go through `gen_ld_abs` (socket_filter, sched_cls, sched_act: call
    `bpf_skb_load_helper_{8,16,32}_no_cache`, exit with R0=0 on error); map helpers with JIT:
    `map_gen_lookup` inlining for ARRAY / ARRAY_OF_MAPS (AL-02/03), the call-based generators of
    HASH / LRU_HASH / HASH_OF_MAPS (`__htab_map_lookup_elem`), direct map-op calls
    (`array_map_update_elem`, ...) and the generic helper when the map pointer is poisoned
    (different maps reach the call: a dataflow over the CFG, through spills and into callees);
    `bpf_tail_call` -> internal `BPF_JMP|BPF_TAIL_CALL` (dumped back as `call 12`);
    `bpf_timer_set_callback` (`r3 = prog->aux` inserted), `*_storage_get` (`r5 = gfp flags`),
    `bpf_jiffies64` inlined with JIT (`r0 = &jiffies; r0 = *(u64 *)(r0 +0)`);
  * helper immediates: the kernel's `func - __bpf_call_base` cannot be reproduced, so a helper
    call carries the kernel SYMBOL it calls in `Insn.target` (`bpf_user_rnd_u32` for
    `bpf_get_prandom_u32`, `bpf_get_raw_cpu_id` outside tracing) and keeps the helper id in
    `imm`; compare calls by symbol;
  * `opt_subreg_zext_lo32_rnd_hi32` as on x86-64: `BPF_ZEXT_REG(r0)` after a 32-bit cmpxchg
    whose R0 is read as 64 bits next on the fall-through path;
  * `fixup_call_args`: bpf2bpf calls and callback `ld_imm64` after `jit_subprogs` (off =
    original imm, imm = subprog index) or, without JIT, `bpf_patch_call_args` (imm = interpreter
    address: `target` names it);
  * branch offsets re-adjusted after every patch and removal (`bpf_adj_branches`).
Map references keep `imm` = the map's index in `ProgramFile.maps` (the dump shows the map id).

Not modelled (the xlated output then differs): other ctx fields and program types' ctx
conversions, other prologues (lwt, sk_skb, sockopt), constant blinding, kfunc calls, the
pointer-ALU sanitation of unprivileged programs.
The unprivileged variants that depend only on the map (`Map.bypass_spec_v1 = False`: the
`w0 &= index_mask` of AL-02/03 and the tail-call index check of TC-06) are modelled but cannot
be confirmed by the oracle, which loads as root.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from bpfsmt.spec.helper_ids import HELPER_IDS, HELPER_NAMES
from bpfsmt.spec.insn import (BPF_ABS, BPF_ADD, BPF_ALU, BPF_ALU64, BPF_AND, BPF_B, BPF_CALL, BPF_DIV,
                              BPF_DW, BPF_EXIT, BPF_H, BPF_IND, BPF_JA, BPF_JEQ, BPF_JGE, BPF_JMP,
                              BPF_JLE, BPF_JMP32, BPF_JNE, BPF_JSET, BPF_JSGE, BPF_K, BPF_LD, BPF_LDX, BPF_LSH, BPF_MEM,
                              BPF_MOD, BPF_MOV, BPF_MUL, BPF_PSEUDO_CALL, BPF_PSEUDO_FUNC, BPF_RSH, BPF_ST, BPF_SUB,
                              BPF_STX, BPF_TAIL_CALL, BPF_W, BPF_X, BPF_XOR, LDDW_OPCODE, Insn)
from bpfsmt.spec.errno import E2BIG
from bpfsmt.spec.kernels import LINUX_61, KernelFacts, kernel_facts
from bpfsmt.spec.limits import BPF_MAX_LOOPS
from bpfsmt.spec.maps import MAP_OP_HELPERS
from bpfsmt.spec.program import BPF_F_INNER_MAP, Map, Program, ProgramFile
from bpfsmt.spec.progtypes import MAY_ACCESS_SKB_TYPES, TRACING_FUNC_PROTO_TYPES

# ---------------------------------------------------------------------------------------------
# Kernel layout constants (x86-64, Debian 6.1.y; each confirmed by the oracle's xlated output)
# ---------------------------------------------------------------------------------------------
ARRAY_VALUE_OFF = 272          # offsetof(struct bpf_array, value)
HTAB_ELEM_KEY_OFF = 48         # offsetof(struct htab_elem, key)
HTAB_LRU_REF_OFF = 35          # offsetof(struct htab_elem, lru_node) + offsetof(bpf_lru_node, ref)
GFP_KERNEL = 0xCC0             # r5 of *_storage_get in sleepable programs
GFP_ATOMIC = 0xA20             # r5 of *_storage_get otherwise
PROG_AUX_PLACEHOLDER = 0       # `r3 = prog->aux` (bpf_timer_set_callback): a kernel address
# ld_imm64 of kernel addresses the rewrites insert; the value is run specific, `target` names it
KERNEL_ADDRESS_TARGETS = ("prog->aux", "&jiffies")

F = HELPER_IDS
STORAGE_GET = {F.get("bpf_sk_storage_get"), F.get("bpf_inode_storage_get"),
               F.get("bpf_task_storage_get"), F.get("bpf_cgrp_storage_get")} - {None}
LD_ABS_HELPERS = {BPF_B: "bpf_skb_load_helper_8_no_cache", BPF_H: "bpf_skb_load_helper_16_no_cache",
                  BPF_W: "bpf_skb_load_helper_32_no_cache"}

# Kernel functions behind helper prototypes whose name is not "bpf_" + the UAPI name.
PROTO_FUNC = {"bpf_get_prandom_u32": "bpf_user_rnd_u32"}

def helper_symbol(helper_id: int, prog_type: str = "socket_filter") -> str:
    """The kernel function a helper call ends up calling (patch_call_imm), by helper id: the
    `func` of the prototype the program type's get_func_proto returns."""
    name = "bpf_" + HELPER_NAMES[helper_id] if 0 <= helper_id < len(HELPER_NAMES) else f"helper#{helper_id}"
    if name == "bpf_get_smp_processor_id" and prog_type not in TRACING_FUNC_PROTO_TYPES:
        return "bpf_get_raw_cpu_id"          # bpf_base_func_proto: bpf_get_raw_smp_processor_id_proto
    return PROTO_FUNC.get(name, name)


def _call(symbol: str, imm: int = 0) -> Insn:
    return Insn.make(BPF_JMP | BPF_CALL, 0, 0, 0, imm, target=symbol)


def _is_pow2(x: int) -> bool:
    return x > 0 and x & (x - 1) == 0


# ---------------------------------------------------------------------------------------------
# map_gen_lookup generators (R1 = map, R2 = &key -> R0); None = -EOPNOTSUPP / no generator
# ---------------------------------------------------------------------------------------------

def _array_prologue(max_entries: int, elem_size: int, bypass_spec_v1: bool, index_mask: int,
                    skip_bypass: int, jcc: int = BPF_JGE) -> list[Insn]:
    """r1 += offsetof(value); r0 = key; bounds check (+ index_mask); r0 scaled by elem_size."""
    out = [Insn.make(BPF_ALU64 | BPF_ADD | BPF_K, 1, 0, 0, ARRAY_VALUE_OFF),
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
                     map_flags: int = 0, jcc: int = BPF_JGE) -> Optional[list[Insn]]:
    """AL-02 from the map's numbers: 7 insns (bypass_spec_v1) or 8 (with `w0 &= index_mask`);
    None for BPF_F_INNER_MAP arrays (-EOPNOTSUPP). `jcc` exists only for the proofs'
    off-by-one mutant (proofs/array_lookup.py imports this function: one definition)."""
    if map_flags & BPF_F_INNER_MAP:
        return None
    return _array_prologue(max_entries, elem_size, bypass_spec_v1, index_mask, 3, jcc) + [
        Insn.make(BPF_ALU64 | BPF_ADD | BPF_X, 0, 1),
        Insn.make(BPF_JMP | BPF_JA, 0, 0, 1),
        Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, 0, 0, 0, 0)]


def array_map_gen_lookup(m: Map) -> Optional[list[Insn]]:
    """array_map_gen_lookup: elem_size = round_up(value_size, 8) (the inner-map template gets
    it too: the Debian 6.1.y kernel has the AL-04 fix, the oracle shows `r0 <<= 3`)."""
    return gen_array_lookup(m.max_entries, m.elem_size, m.bypass_spec_v1, m.index_mask, m.flags)


def array_of_map_gen_lookup(m: Map) -> list[Insn]:
    """AL-03: the array prologue over 8-byte slots, then load the inner map pointer."""
    return _array_prologue(m.max_entries, m.elem_size, m.bypass_spec_v1, m.index_mask, 5) + [
        Insn.make(BPF_ALU64 | BPF_ADD | BPF_X, 0, 1),
        Insn.make(BPF_LDX | BPF_MEM | BPF_DW, 0, 0, 0),
        Insn.make(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 1, 0),
        Insn.make(BPF_JMP | BPF_JA, 0, 0, 1),
        Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, 0, 0, 0, 0)]


def _htab_key_off(m: Map) -> int:
    return HTAB_ELEM_KEY_OFF + ((m.key_size + 7) & ~7)


def htab_map_gen_lookup(m: Map) -> list[Insn]:
    return [_call("__htab_map_lookup_elem"),
            Insn.make(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 1, 0),
            Insn.make(BPF_ALU64 | BPF_ADD | BPF_K, 0, 0, 0, _htab_key_off(m))]


def htab_lru_map_gen_lookup(m: Map) -> list[Insn]:
    """Also sets the element's LRU `ref` bit (R1 is the scratch register)."""
    return [_call("__htab_map_lookup_elem"),
            Insn.make(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 4, 0),
            Insn.make(BPF_LDX | BPF_MEM | BPF_B, 1, 0, HTAB_LRU_REF_OFF),
            Insn.make(BPF_JMP | BPF_JNE | BPF_K, 1, 0, 1, 0),
            Insn.make(BPF_ST | BPF_MEM | BPF_B, 0, 0, HTAB_LRU_REF_OFF, 1),
            Insn.make(BPF_ALU64 | BPF_ADD | BPF_K, 0, 0, 0, _htab_key_off(m))]


def htab_of_map_gen_lookup(m: Map) -> list[Insn]:
    return [_call("__htab_map_lookup_elem"),
            Insn.make(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 2, 0),
            Insn.make(BPF_ALU64 | BPF_ADD | BPF_K, 0, 0, 0, _htab_key_off(m)),
            Insn.make(BPF_LDX | BPF_MEM | BPF_DW, 0, 0, 0)]


# ops->map_gen_lookup by kernel function name (spec/maps.py says which map type has which)
MAP_GEN_LOOKUP = {f.__name__: f for f in (array_map_gen_lookup, array_of_map_gen_lookup,
                                          htab_map_gen_lookup, htab_lru_map_gen_lookup,
                                          htab_of_map_gen_lookup)}


# ---------------------------------------------------------------------------------------------
# Which map reaches a helper's map argument (insn_aux_data map_ptr_state)
# ---------------------------------------------------------------------------------------------
POISON = "poison"


def _map_arg_reg(helper_id: int) -> Optional[int]:
    """Register holding the CONST_PTR_TO_MAP argument whose map record_func_map() stores."""
    name = "bpf_" + HELPER_NAMES[helper_id] if 0 <= helper_id < len(HELPER_NAMES) else ""
    if name == "bpf_tail_call":
        return 2
    if name[len("bpf_"):] in MAP_OP_HELPERS:
        return 1
    return None


def map_states(pfile: ProgramFile, insns: list[Insn]) -> dict[int, object]:
    """insn index -> the Map (or inner template) every path brings to the helper's map
    argument, or POISON when different maps arrive, for the map helpers and bpf_tail_call.

    A forward dataflow over the CFG: a register's value is a frozenset of Maps (a map pointer
    loaded by `lddw src=1`, or the inner-map template a lookup in a map-in-map returns) or None
    (anything else). Spills to the stack through r10 are followed; calls clobber r0-r5; a
    bpf2bpf callee starts with the R1-R5 of its call sites.
    The kernel records the map per path during do_check; the union over CFG paths may poison a
    call the verifier never reaches with two maps (infeasible paths) - then the helper call stays.
    """
    maps = list(pfile.maps.values())
    registry = {m.name: m for m in maps}       # Map is unhashable: the dataflow carries names
    for m in maps:
        if m.inner is not None:
            registry.setdefault(m.inner.name, m.inner)
    slots, s = [], 0
    for ins in insns:
        slots.append(s)
        s += ins.slots
    at_slot = {sl: i for i, sl in enumerate(slots)}
    n = len(insns)
    Env = tuple  # (regs tuple of 12: R0-R10 and AX, stack frozenset of (off, value))

    def join(a, b):
        if a is None:
            return b
        ra, sa = a
        rb, sb = b
        regs = tuple(x if x == y else (x | y if x is not None and y is not None else None)
                     for x, y in zip(ra, rb))
        da, db = dict(sa), dict(sb)
        st = {}
        for k in set(da) & set(db):
            x, y = da[k], db[k]
            if x is not None and y is not None:
                st[k] = x | y
        return regs, frozenset(st.items())

    entry = (tuple([None] * 12), frozenset())
    starts = {0}
    for i, ins in enumerate(insns):       # callbacks start with unknown registers
        if ins.is_wide and ins.src == BPF_PSEUDO_FUNC:
            t = slots[i] + 1 + ins.imm
            if t in at_slot:
                starts.add(at_slot[t])
    state: dict[int, Env] = {i: entry for i in starts}
    work = sorted(starts)
    result: dict[int, object] = {}
    seen_args: dict[int, set] = {}
    while work:                          # finite lattice: map sets only grow, None absorbs
        i = work.pop()
        regs, stack = state[i]
        regs = list(regs)
        stk = dict(stack)
        ins = insns[i]
        succ = []
        nxt = i + 1
        if ins.is_wide:
            regs[ins.dst] = frozenset([maps[ins.imm].name]) if ins.src == 1 and 0 <= ins.imm < len(maps) else None
            succ.append(nxt)
        elif ins.cls == BPF_ALU64 and ins.code == BPF_MOV and ins.source == BPF_X:
            regs[ins.dst] = regs[ins.src]
            succ.append(nxt)
        elif ins.cls in (BPF_ALU, BPF_ALU64, BPF_LDX):
            if ins.cls == BPF_LDX and ins.src == 10 and ins.size == BPF_DW:
                regs[ins.dst] = stk.get(ins.off)
            else:
                regs[ins.dst] = None
            succ.append(nxt)
        elif ins.cls in (BPF_ST, BPF_STX):
            if ins.dst == 10:
                for k in [k for k in stk if k < ins.off + ins.size_bytes and ins.off < k + 8]:
                    del stk[k]
                if ins.cls == BPF_STX and ins.mode == BPF_MEM and ins.size == BPF_DW and regs[ins.src]:
                    stk[ins.off] = regs[ins.src]
            if ins.cls == BPF_STX and ins.mode != BPF_MEM and ins.imm & 1:   # atomic fetch
                regs[ins.src if ins.imm != 0xF1 else 0] = None
            succ.append(nxt)
        elif ins.cls == BPF_LD:                      # LD_ABS/IND clobber r0-r5
            for r in range(6):
                regs[r] = None
            succ.append(nxt)
        elif ins.is_exit:
            pass
        elif ins.is_pseudo_call:
            # bpf2bpf: the callee sees the caller's R1-R5 (a map passed as an argument)
            t = at_slot.get(slots[i] + 1 + ins.imm)
            if t is not None:
                callee = (tuple([None] + regs[1:6] + [None] * 6), frozenset())
                new = join(state.get(t), callee)
                if new != state.get(t):
                    state[t] = new
                    work.append(t)
            for r in range(6):
                regs[r] = None
            succ.append(nxt)
        elif ins.is_call:
            ret = None
            if ins.is_helper_call:
                reg = _map_arg_reg(ins.imm)
                if reg is not None:
                    seen_args.setdefault(i, set())
                    val = regs[reg]
                    seen_args[i].add(val)
                    if "bpf_" + HELPER_NAMES[ins.imm] == "bpf_map_lookup_elem" and val:
                        inner = {registry[m].inner.name for m in val if registry[m].inner is not None}
                        if inner and len(inner) == len(val):
                            ret = frozenset(inner)
            for r in range(6):
                regs[r] = None
            regs[0] = ret
            succ.append(nxt)
        elif ins.is_ja:
            succ.append(at_slot.get(slots[i] + 1 + ins.jump_offset(), n))
        elif ins.is_jmp:
            succ += [nxt, at_slot.get(slots[i] + 1 + ins.off, n)]
        else:
            succ.append(nxt)
        out = (tuple(regs), frozenset(stk.items()))
        for j in succ:
            if j >= n:
                continue
            new = join(state.get(j), out)
            if new != state.get(j):
                state[j] = new
                work.append(j)
    for i, vals in seen_args.items():
        if None in vals:
            result[i] = None
            continue
        allm = frozenset().union(*vals)
        result[i] = registry[next(iter(allm))] if len(allm) == 1 else POISON
    return result


# ---------------------------------------------------------------------------------------------
# Patching (bpf_patch_insn_data + bpf_adj_branches)
# ---------------------------------------------------------------------------------------------

class _Prog:
    """The instruction array being rewritten, with subprogram starts (slots) kept in step."""

    def __init__(self, insns: list[Insn], sub_starts: list[int], seen: Optional[list[bool]] = None):
        self.insns = list(insns)
        self.sub_starts = sorted(set(sub_starts))
        # insn_aux_data[].seen, per instruction; patchlets inherit the patched insn's mark
        self.seen = list(seen) if seen is not None else [True] * len(self.insns)

    def slot_of(self, idx: int) -> int:
        return sum(x.slots for x in self.insns[:idx])

    def patch(self, idx: int, new: list[Insn]) -> None:
        """Replace insns[idx] by `new`; jumps crossing the patch are re-targeted as
        bpf_adj_delta_to_off/imm do (a jump to the patched insn lands on the patchlet's start)."""
        pos = self.slot_of(idx)
        old_len = self.insns[idx].slots
        new_len = sum(x.slots for x in new)
        delta = new_len - old_len
        end_old, end_new = pos + old_len, pos + new_len
        out, slot = [], 0
        rebuilt = self.insns[:idx] + new + self.insns[idx + 1:]
        for k, ins in enumerate(rebuilt):
            curr = slot
            slot += ins.slots
            if idx <= k < idx + len(new):
                out.append(ins)
                continue
            rel_imm = ins.is_pseudo_call or (ins.is_wide and ins.src == BPF_PSEUDO_FUNC)
            is_jump = ins.is_jmp and not ins.is_exit and not ins.is_call
            if not (rel_imm or is_jump) or delta == 0:
                out.append(ins)
                continue
            field = "imm" if rel_imm or (ins.cls == BPF_JMP32 and ins.code == BPF_JA) else "off"
            off = getattr(ins, field)
            if curr < pos and curr + off + 1 >= end_old:
                off += delta
            elif curr >= end_new and curr + off + 1 < end_new:
                off -= delta
            out.append(ins.with_(**{field: off}))
        self.insns = out
        self.seen = self.seen[:idx] + [self.seen[idx]] * len(new) + self.seen[idx + 1:]
        self.sub_starts = [s + delta if s > pos else s for s in self.sub_starts]

    def remove(self, idx: int, count: int) -> None:
        """bpf_remove_insns + adjust_subprog_starts_after_remove: drop insns[idx:idx+count]."""
        pos = self.slot_of(idx)
        cnt = sum(x.slots for x in self.insns[idx:idx + count])
        end_old, end_new = pos + cnt, pos
        rest = self.insns[:idx] + self.insns[idx + count:]
        out, slot = [], 0
        for ins in rest:
            curr = slot
            slot += ins.slots
            rel_imm = ins.is_pseudo_call or (ins.is_wide and ins.src == BPF_PSEUDO_FUNC)
            is_jump = ins.is_jmp and not ins.is_exit and not ins.is_call
            if not (rel_imm or is_jump):
                out.append(ins)
                continue
            field = "imm" if rel_imm or (ins.cls == BPF_JMP32 and ins.code == BPF_JA) else "off"
            off = getattr(ins, field)
            if curr < pos and curr + off + 1 >= end_old:
                off -= cnt
            elif curr >= end_new and curr + off + 1 < end_new:
                off += cnt
            out.append(ins.with_(**{field: off}))
        self.insns = out
        self.seen = self.seen[:idx] + self.seen[idx + count:]
        total = sum(x.slots for x in out)
        starts = []
        for st in self.sub_starts:
            if st >= end_old:
                starts.append(st - cnt)
            elif st >= pos:
                nxt = min([t for t in self.sub_starts if t > st] + [total + cnt])
                if nxt > end_old:                 # only the head of this function was removed
                    starts.append(pos)
            else:
                starts.append(st)
        self.sub_starts = sorted(set(starts))


# ---------------------------------------------------------------------------------------------
# The passes
# ---------------------------------------------------------------------------------------------

@dataclass
class XlateOptions:
    jit: bool = True
    dump: bool = True          # bpf_insn_prepare_dump view (tail call as `call 12`)
    kernel: KernelFacts = LINUX_61


def _div_mod_patch(ins: Insn) -> list[Insn]:
    is64 = ins.cls == BPF_ALU64
    jcls = BPF_JMP if is64 else BPF_JMP32
    if ins.code == BPF_DIV:
        return [Insn.make(jcls | BPF_JNE | BPF_K, ins.src, 0, 2, 0),
                Insn.make(BPF_ALU | BPF_XOR | BPF_X, ins.dst, ins.dst),
                Insn.make(BPF_JMP | BPF_JA, 0, 0, 1),
                ins]
    if is64:
        return [Insn.make(jcls | BPF_JEQ | BPF_K, ins.src, 0, 1, 0), ins]
    return [Insn.make(jcls | BPF_JEQ | BPF_K, ins.src, 0, 2, 0), ins,
            Insn.make(BPF_JMP | BPF_JA, 0, 0, 1),
            Insn.make(BPF_ALU | BPF_MOV | BPF_X, ins.dst, ins.dst)]


def gen_ld_abs(ins: Insn) -> list[Insn]:
    """bpf_gen_ld_abs (net/core/filter.c): R6 holds the skb; a negative helper result makes
    the program return 0."""
    out = []
    if ins.mode == BPF_ABS:
        out.append(Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, 2, 0, 0, ins.imm))
    else:
        out.append(Insn.make(BPF_ALU64 | BPF_MOV | BPF_X, 2, ins.src))
        if ins.imm:
            out.append(Insn.make(BPF_ALU64 | BPF_ADD | BPF_K, 2, 0, 0, ins.imm))
    out += [Insn.make(BPF_ALU64 | BPF_MOV | BPF_X, 1, 6),
            _call(LD_ABS_HELPERS[ins.size]),
            Insn.make(BPF_JMP | BPF_JSGE | BPF_K, 0, 0, 2, 0),
            Insn.make(BPF_ALU | BPF_XOR | BPF_X, 0, 0),
            Insn.make(BPF_JMP | BPF_EXIT)]
    return out


# ---------------------------------------------------------------------------------------------
# optimize_bpf_loop: bpf_loop with a constant callback and flags == 0 becomes a loop
# ---------------------------------------------------------------------------------------------


def _last_def(insns: list[Insn], idx: int, reg: int, lo: int) -> Optional[Insn]:
    """The instruction defining `reg` that reaches `idx` in straight-line code after slot `lo`
    (no jump target in between); None when it is not found that way."""
    slots, s = [], 0
    for ins in insns:
        slots.append(s)
        s += ins.slots
    targets = set()
    for k, ins in enumerate(insns):
        if ins.is_jmp and not ins.is_call and not ins.is_exit:
            targets.add(slots[k] + 1 + ins.jump_offset())
    k = idx - 1
    while k >= 0 and slots[k] >= lo:
        ins = insns[k]
        if ins.is_jmp and not ins.is_call or ins.is_call:
            return None
        if ins.cls in (BPF_ALU, BPF_ALU64, BPF_LDX) or ins.is_wide:
            if ins.dst == reg:
                return ins
        if slots[k] in targets:
            return None
        k -= 1
    return None


def _stack_depth(insns: list[Insn], lo: int, hi: int) -> int:
    """Stack bytes the function in slots [lo, hi) uses, as do_check's update_stack_depth
    records them: the lowest r10-relative offset reached by an access or a pointer handed on."""
    depth, slot = 0, 0
    fp = {10: 0}
    for ins in insns:
        if lo <= slot < hi:
            if ins.cls == BPF_ALU64 and ins.code == BPF_MOV and ins.source == BPF_X:
                if ins.src in fp:
                    fp[ins.dst] = fp[ins.src]
                else:
                    fp.pop(ins.dst, None)
            elif ins.cls == BPF_ALU64 and ins.code == BPF_ADD and ins.source == BPF_K and ins.dst in fp \
                    and ins.dst != 10:
                fp[ins.dst] += ins.imm
                depth = max(depth, -fp[ins.dst])
            elif ins.cls in (BPF_ALU, BPF_ALU64, BPF_LDX) or ins.is_wide:
                if ins.cls == BPF_LDX and ins.src in fp:
                    depth = max(depth, -(fp[ins.src] + ins.off))
                if ins.dst != 10:
                    fp.pop(ins.dst, None)
            elif ins.cls in (BPF_ST, BPF_STX) and ins.dst in fp:
                depth = max(depth, -(fp[ins.dst] + ins.off))
            elif ins.is_call:
                for r in range(6):
                    fp.pop(r, None)
        slot += ins.slots
    return depth


def inline_bpf_loop(stack_base: int) -> list[Insn]:
    """The 18 instructions that replace `call bpf_loop` (R6-R8 spilled below the frame); the
    callback call (index 11) gets its offset once the patch is in place."""
    r6o, r7o, r8o = stack_base, stack_base + 8, stack_base + 16
    A64, J = BPF_ALU64, BPF_JMP
    return [Insn.make(J | BPF_JLE | BPF_K, 1, 0, 2, BPF_MAX_LOOPS),
            Insn.make(BPF_ALU | BPF_MOV | BPF_K, 0, 0, 0, -E2BIG),
            Insn.make(J | BPF_JA, 0, 0, 16),
            Insn.make(BPF_STX | BPF_MEM | BPF_DW, 10, 6, r6o),
            Insn.make(BPF_STX | BPF_MEM | BPF_DW, 10, 7, r7o),
            Insn.make(BPF_STX | BPF_MEM | BPF_DW, 10, 8, r8o),
            Insn.make(A64 | BPF_MOV | BPF_X, 6, 1),
            Insn.make(BPF_ALU | BPF_MOV | BPF_K, 7, 0, 0, 0),
            Insn.make(A64 | BPF_MOV | BPF_X, 8, 3),
            Insn.make(J | BPF_JGE | BPF_X, 7, 6, 5),
            Insn.make(A64 | BPF_MOV | BPF_X, 1, 7),
            Insn.make(A64 | BPF_MOV | BPF_X, 2, 8),
            Insn.make(J | BPF_CALL, 0, BPF_PSEUDO_CALL, 0, 0),
            Insn.make(A64 | BPF_ADD | BPF_K, 7, 0, 0, 1),
            Insn.make(J | BPF_JEQ | BPF_K, 0, 0, -6, 0),
            Insn.make(A64 | BPF_MOV | BPF_X, 0, 7),
            Insn.make(BPF_LDX | BPF_MEM | BPF_DW, 6, 10, r6o),
            Insn.make(BPF_LDX | BPF_MEM | BPF_DW, 7, 10, r7o),
            Insn.make(BPF_LDX | BPF_MEM | BPF_DW, 8, 10, r8o)]


def optimize_bpf_loop(p: "_Prog") -> None:
    """Inline `bpf_loop(nr, cb, ctx, 0)` when the flags are the constant 0 and the callback a
    constant function (the kernel's loop_inline_state.fit_for_inline; here: both set by a
    `r4 = 0` / `r2 = cb ll` in straight-line code before the call)."""
    loop_id = F["bpf_loop"]
    # subprog stack depths as do_check left them (the kernel adds stack_depth_extra only when
    # it leaves the subprog, so every bpf_loop of one function uses the same base)
    total = sum(x.slots for x in p.insns)
    bounds = p.sub_starts + [total]
    depths = [_stack_depth(p.insns, bounds[f], bounds[f + 1]) for f in range(len(p.sub_starts))]
    k = 0
    while k < len(p.insns):
        ins = p.insns[k]
        if not (ins.is_helper_call and ins.imm == loop_id):
            k += 1
            continue
        slot = p.slot_of(k)
        fstart = max(st for st in p.sub_starts if st <= slot)
        r4 = _last_def(p.insns, k, 4, fstart)
        r2 = _last_def(p.insns, k, 2, fstart)
        if not (r4 is not None and r4.code == BPF_MOV and r4.source == BPF_K and r4.imm == 0
                and r2 is not None and r2.is_wide and r2.src == BPF_PSEUDO_FUNC):
            k += 1
            continue
        r2_slot = next(p.slot_of(j) for j in range(k - 1, -1, -1) if p.insns[j] is r2)
        cb_start = r2_slot + 1 + r2.imm
        depth = depths[p.sub_starts.index(fstart)]
        roundup = (depth + 7) // 8 * 8 - depth
        seq = inline_bpf_loop(-(depth + 8 * 3 + roundup))
        # the kernel's stack_depth_extra, added to the subprog's stack depth (what the JIT uses)
        p.stack_extra[p.sub_starts.index(fstart)] = 8 * 3 + roundup
        starts_before = list(p.sub_starts)
        p.patch(k, seq)
        cb_new = p.sub_starts[starts_before.index(cb_start)] if cb_start in starts_before else cb_start
        call_slot = slot + 12
        p.insns[k + 12] = p.insns[k + 12].with_(imm=cb_new - call_slot - 1)
        k += len(seq)


# ---------------------------------------------------------------------------------------------
# Privileged dead-code passes (is_priv: the oracle loads as root)
# ---------------------------------------------------------------------------------------------

def opt_hard_wire_dead_code_branches(p: "_Prog") -> None:
    """A conditional jump one of whose successors do_check never reached becomes `goto`."""
    slots, s = [], 0
    for ins in p.insns:
        slots.append(s)
        s += ins.slots
    at_slot = {sl: i for i, sl in enumerate(slots)}
    for i, ins in enumerate(p.insns):
        if not ins.is_cond_jmp:
            continue
        fall = at_slot.get(slots[i] + 1)
        taken = at_slot.get(slots[i] + 1 + ins.off)
        if fall is not None and not p.seen[fall]:
            p.insns[i] = Insn.make(BPF_JMP | BPF_JA, 0, 0, ins.off)
        elif taken is not None and not p.seen[taken]:
            p.insns[i] = Insn.make(BPF_JMP | BPF_JA, 0, 0, 0)


def opt_remove_dead_code(p: "_Prog") -> None:
    i = 0
    while i < len(p.insns):
        j = 0
        while i + j < len(p.insns) and not p.seen[i + j]:
            j += 1
        if j:
            p.remove(i, j)
        i += 1


def opt_remove_nops(p: "_Prog") -> None:
    """Every `goto +0` goes, the program's own included."""
    nop = Insn.make(BPF_JMP | BPF_JA, 0, 0, 0)
    i = 0
    while i < len(p.insns):
        if p.insns[i] == nop:
            p.remove(i, 1)
        else:
            i += 1


# ---------------------------------------------------------------------------------------------
# convert_ctx_accesses: user ctx fields -> kernel structure loads (only fields the oracle showed)
# ---------------------------------------------------------------------------------------------
# field offset -> chain of (size, offset) loads; the first is from the ctx register, the rest
# from the destination register; ("and", imm) is a 32-bit mask of the destination (bitfields).
# x86-64 Debian 6.1.192 layouts, each SEEN in an oracle xlated dump (tests/oracle/*/labels.json,
# tests/oracle/jit/results.jsonl: submitted insns vs xlated).
SKB_CTX = {0: [(BPF_W, 112)],          # __sk_buff.len       -> sk_buff.len
           4: [(BPF_B, 128), ("and", 7)],   # pkt_type   -> PKT_TYPE_OFFSET byte, & PKT_TYPE_MAX
           8: [(BPF_W, 168)],          # __sk_buff.mark      -> sk_buff.mark
           32: [(BPF_W, 140)],         # __sk_buff.priority  -> sk_buff.priority
           # cb[0..4]: skb->cb (40) + offsetof(qdisc_skb_cb, data) (8) + 4*i
           48: [(BPF_W, 48)], 52: [(BPF_W, 52)], 56: [(BPF_W, 56)], 60: [(BPF_W, 60)],
           64: [(BPF_W, 64)],
           76: [(BPF_DW, 208)],        # __sk_buff.data      -> sk_buff.data
           80: [(BPF_DW, 80)]}         # __sk_buff.data_end  -> cb's bpf_skb_data_end.data_end
# Loads of __sk_buff fields whose conversion is not a plain load chain, or is specific to the
# program type: field offset -> (user field size, builder(dst, src) -> insns). Each sequence
# is the xlated dump of a full-size load `dst = *(size *)(src + off)` with dst != src
# (tests/oracle/jit/ctx/ctxfields.bpf.c, labelled in tests/oracle/jit/ctx/results.jsonl);
# narrow loads of these fields are left unconverted. AX is the verifier's scratch r11.
AX = 11


def _ld(size, dst, src, off):
    return Insn.make(BPF_LDX | BPF_MEM | size, dst, src, off)


def _skb_shinfo_load(size, off):
    """dst = skb_shinfo(skb)->field: AX = skb->end; dst = skb->head; dst += AX; load."""
    return lambda d, s: [_ld(BPF_W, AX, s, 192), _ld(BPF_DW, d, s, 200),
                         Insn.make(BPF_ALU64 | BPF_ADD | BPF_X, d, AX), _ld(size, d, d, off)]


SKB_CTX_SEQ = {
    12: (4, lambda d, s: [_ld(BPF_H, d, s, 124)]),              # queue_mapping
    16: (4, lambda d, s: [_ld(BPF_H, d, s, 180)]),              # protocol
    20: (4, lambda d, s: [_ld(BPF_B, d, s, 130),                # vlan_present (bit 0)
                          Insn.make(BPF_ALU | BPF_AND | BPF_K, d, 0, 0, 1)]),
    24: (4, lambda d, s: [_ld(BPF_H, d, s, 154)]),              # vlan_tci
    28: (4, lambda d, s: [_ld(BPF_H, d, s, 152)]),              # vlan_proto
    36: (4, lambda d, s: [_ld(BPF_W, d, s, 144)]),              # ingress_ifindex (skb_iif)
    40: (4, lambda d, s: [_ld(BPF_DW, d, s, 16),                # ifindex: skb->dev may be NULL
                          Insn.make(BPF_JMP | BPF_JEQ | BPF_K, d, 0, 1, 0),
                          _ld(BPF_W, d, d, 216)]),
    44: (4, lambda d, s: [_ld(BPF_H, d, s, 134)]),              # tc_index
    68: (4, lambda d, s: [_ld(BPF_W, d, s, 148)]),              # hash
    84: (4, lambda d, s: [_ld(BPF_W, d, s, 156),                # napi_id: 0 below MIN_NAPI_ID
                          Insn.make(BPF_JMP | BPF_JGE | BPF_K, d, 0, 1, 0x2001),
                          Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, d, 0, 0, 0)]),
    164: (4, _skb_shinfo_load(BPF_H, 6)),                       # gso_segs
    168: (8, lambda d, s: [_ld(BPF_DW, d, s, 24)]),             # sk
    176: (4, _skb_shinfo_load(BPF_H, 4)),                       # gso_size
}
# tc (sched_cls / sched_act: tc_cls_act_convert_ctx_access) differs or adds:
SKB_CTX_SEQ_TC = {
    **SKB_CTX_SEQ,
    40: (4, lambda d, s: [_ld(BPF_DW, d, s, 16), _ld(BPF_W, d, d, 216)]),   # ifindex, no NULL test
    72: (4, lambda d, s: [_ld(BPF_H, d, s, 46)]),               # tc_classid (qdisc_skb_cb)
    140: (4, lambda d, s: [_ld(BPF_DW, d, s, 72)]),             # data_meta
    152: (8, lambda d, s: [_ld(BPF_B, AX, s, 130),              # tstamp (0 if delivery-time mono)
                           Insn.make(BPF_ALU | BPF_AND | BPF_K, AX, 0, 0, 160),
                           Insn.make(BPF_JMP32 | BPF_JNE | BPF_K, AX, 0, 2, 160),
                           Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, d, 0, 0, 0),
                           Insn.make(BPF_JMP | BPF_JA, 0, 0, 1, 0),
                           _ld(BPF_DW, d, s, 32)]),
    160: (4, lambda d, s: [_ld(BPF_W, d, s, 40)]),              # wire_len
    180: (1, lambda d, s: [_ld(BPF_B, AX, s, 130),              # tstamp_type
                           Insn.make(BPF_JMP32 | BPF_JSET | BPF_K, AX, 0, 2, 0x20),
                           Insn.make(BPF_ALU | BPF_MOV | BPF_K, d, 0, 0, 0),
                           Insn.make(BPF_JMP | BPF_JA, 0, 0, 1, 0),
                           Insn.make(BPF_ALU | BPF_MOV | BPF_K, d, 0, 0, 1)]),
    184: (8, _skb_shinfo_load(BPF_DW, 16)),                     # hwtstamp
}
CTX_SEQ_TABLES = {"socket_filter": SKB_CTX_SEQ, "sched_cls": SKB_CTX_SEQ_TC,
                  "sched_act": SKB_CTX_SEQ_TC}
# __sk_buff fields no oracle dump shows (the kernel rejects them in socket_filter and tc, or
# they belong to other program types' ctx rules): left UNCONVERTED by xlate.
SKB_CTX_UNOBSERVED = {88: "family", 92: "remote_ip4", 96: "local_ip4", 100: "remote_ip6",
                      116: "local_ip6", 132: "remote_port", 136: "local_port", 144: "flow_keys"}
XDP_CTX = {0: [(BPF_DW, 0)],           # xdp_md.data         -> xdp_buff.data
           4: [(BPF_DW, 8)],           # xdp_md.data_end     -> xdp_buff.data_end
           8: [(BPF_DW, 16)],          # xdp_md.data_meta    -> xdp_buff.data_meta
           12: [(BPF_DW, 32), (BPF_DW, 0), (BPF_W, 216)],   # ingress_ifindex: rxq->dev->ifindex
           16: [(BPF_DW, 32), (BPF_W, 8)]}                  # rx_queue_index: rxq->queue_index
XDP_CTX_UNOBSERVED = {20: "egress_ifindex"}                 # devmap programs only
CTX_FIELD_SIZE = {BPF_W: 4, BPF_DW: 8}
CTX_TABLES = {"socket_filter": SKB_CTX, "sched_cls": SKB_CTX, "sched_act": SKB_CTX,
              "cgroup_skb": SKB_CTX, "xdp": XDP_CTX}


PKT = "pkt"
SKB_DATA_OFF = 76                     # __sk_buff.data: loads of it give packet pointers


def ctx_pointers(insns: list[Insn], direct_write: Optional[list] = None) -> dict[int, int]:
    """insn index -> offset of the ctx pointer in the base register of the load/store, for
    every memory access through a ctx pointer (the kernel's insn_aux_data[].ptr_type == PTR_TO_CTX).
    Dataflow from R1 at the main entry through moves, constant adds and 8-byte stack spills.
    Packet pointers (loaded from __sk_buff.data) are followed too: a store through one is the
    verifier's `seen_direct_write`, reported by appending True to `direct_write`."""
    slots, s = [], 0
    for ins in insns:
        slots.append(s)
        s += ins.slots
    at_slot = {sl: i for i, sl in enumerate(slots)}
    n = len(insns)
    TOP = "top"

    def j1(a, b):
        return a if a == b else TOP

    state = {0: (tuple([None, 0] + [None] * 10), frozenset())}
    work, res = [0], {}
    while work:
        i = work.pop()
        regs, stack = state[i]
        regs, stk = list(regs), dict(stack)
        ins = insns[i]
        succ = [i + 1]
        if ins.cls == BPF_ALU64 and ins.code == BPF_MOV and ins.source == BPF_X:
            regs[ins.dst] = regs[ins.src]
        elif ins.cls == BPF_ALU64 and ins.code == BPF_ADD and ins.source == BPF_K \
                and isinstance(regs[ins.dst], int):
            regs[ins.dst] += ins.imm
        elif ins.cls == BPF_ALU64 and ins.code == BPF_SUB and ins.source == BPF_K \
                and isinstance(regs[ins.dst], int):
            regs[ins.dst] -= ins.imm
        elif ins.cls == BPF_ALU64 and ins.code in (BPF_ADD, BPF_SUB) and regs[ins.dst] == PKT:
            pass
        elif ins.cls in (BPF_ALU, BPF_ALU64) or ins.is_wide:
            regs[ins.dst] = None
        elif ins.cls == BPF_LDX:
            base = regs[ins.src]
            if isinstance(base, int):
                res[i] = base if res.get(i, base) == base else TOP
            regs[ins.dst] = stk.get(ins.off) if ins.src == 10 and ins.size == BPF_DW else None
            if isinstance(base, int) and base + ins.off == SKB_DATA_OFF:
                regs[ins.dst] = PKT
        elif ins.cls in (BPF_ST, BPF_STX):
            if regs[ins.dst] == PKT and direct_write is not None:
                direct_write.append(True)
            if isinstance(regs[ins.dst], int) and ins.mode == BPF_MEM:
                res[i] = regs[ins.dst] if res.get(i, regs[ins.dst]) == regs[ins.dst] else TOP
            if ins.dst == 10:
                for k in [k for k in stk if k < ins.off + ins.size_bytes and ins.off < k + 8]:
                    del stk[k]
                if ins.cls == BPF_STX and ins.mode == BPF_MEM and ins.size == BPF_DW \
                        and regs[ins.src] is not None:
                    stk[ins.off] = regs[ins.src]
            if ins.cls == BPF_STX and ins.mode != BPF_MEM and ins.imm & 1:
                regs[ins.src if ins.imm != 0xF1 else 0] = None
        elif ins.cls == BPF_LD:
            for r in range(6):
                regs[r] = None
        elif ins.is_exit:
            succ = []
        elif ins.is_call:
            if ins.is_pseudo_call:              # the callee's frame gets R1-R5 (ctx passed on)
                callee = at_slot.get(slots[i] + 1 + ins.imm)
                if callee is not None:
                    cin = tuple([None] + regs[1:6] + [None] * 6)
                    old = state.get(callee)
                    new = (cin, frozenset()) if old is None else \
                        (tuple(j1(a, b) for a, b in zip(old[0], cin)), frozenset())
                    if new != old:
                        state[callee] = new
                        work.append(callee)
            for r in range(6):
                regs[r] = None
        elif ins.is_ja:
            succ = [at_slot.get(slots[i] + 1 + ins.jump_offset(), n)]
        elif ins.is_jmp:
            succ = [i + 1, at_slot.get(slots[i] + 1 + ins.off, n)]
        out = (tuple(regs), frozenset(stk.items()))
        for j in succ:
            if j >= n:
                continue
            old = state.get(j)
            if old is None:
                new = out
            else:
                r = tuple(j1(a, b) for a, b in zip(old[0], out[0]))
                da, db = dict(old[1]), dict(out[1])
                new = (r, frozenset((k, j1(da[k], db[k])) for k in set(da) & set(db)))
            if new != old:
                state[j] = new
                work.append(j)
    return {i: o for i, o in res.items() if o != TOP}


def _convert_ctx_access(table: dict, ins: Insn, off: int) -> Optional[list[Insn]]:
    """The kernel loads for one ctx access (narrow loads: full field, then shift and mask)."""
    base = None
    for fo, chain in table.items():
        if fo <= off < fo + 4:                  # every modelled user field is a u32
            base = (fo, chain, 4)
            break
    if base is None:
        return None
    fo, chain, ufsize = base
    size = ins.size_bytes
    if ins.cls == BPF_LDX:
        out = []
        reg = ins.src
        for sz, o in chain:
            if sz == "and":
                out.append(Insn.make(BPF_ALU | BPF_AND | BPF_K, ins.dst, 0, 0, o))
                continue
            out.append(Insn.make(BPF_LDX | BPF_MEM | sz, ins.dst, reg, o))
            reg = ins.dst
        if size < ufsize:
            shift = (off - fo) * 8
            if shift:
                out.append(Insn.make(BPF_ALU | BPF_RSH | BPF_K, ins.dst, 0, 0, shift))
            out.append(Insn.make(BPF_ALU | BPF_AND | BPF_K, ins.dst, 0, 0, (1 << size * 8) - 1))
        return out
    if len(chain) == 1 and size == ufsize and chain[0][0] == BPF_W:                  # stores: plain fields only
        return [ins.with_(off=chain[0][1])]
    return None


CLONED_OFFSET, CLONED_MASK = 126, 1    # sk_buff's `cloned` bit (byte offset, mask)
TC_ACT_SHOT = 2


def bpf_unclone_prologue(first: Insn, drop_verdict: int) -> list[Insn]:
    """tc_cls_act_prologue with seen_direct_write: un-clone the skb before the program may
    write packet data (`bpf_skb_pull_data(skb, 0)`, drop on failure), then the first insn."""
    return [Insn.make(BPF_LDX | BPF_MEM | BPF_B, 6, 1, CLONED_OFFSET),
            Insn.make(BPF_ALU | BPF_AND | BPF_K, 6, 0, 0, CLONED_MASK),
            Insn.make(BPF_JMP | BPF_JEQ | BPF_K, 6, 0, 7, 0),
            Insn.make(BPF_ALU64 | BPF_MOV | BPF_X, 6, 1),
            Insn.make(BPF_ALU64 | BPF_XOR | BPF_X, 2, 2),
            _call("bpf_skb_pull_data", F["bpf_skb_pull_data"]),
            Insn.make(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 2, 0),
            Insn.make(BPF_ALU | BPF_MOV | BPF_K, 0, 0, 0, drop_verdict),
            Insn.make(BPF_JMP | BPF_EXIT),
            Insn.make(BPF_ALU64 | BPF_MOV | BPF_X, 1, 6),
            first]


def convert_ctx_accesses(prog: Program, p: "_Prog") -> None:
    table = CTX_TABLES.get(prog.prog_type)
    if table is None:
        return
    direct_write: list = []
    accesses = ctx_pointers(p.insns, direct_write)
    orig = list(p.insns)
    shift = 0
    if direct_write and prog.prog_type in ("sched_cls", "sched_act"):
        pro = bpf_unclone_prologue(p.insns[0], TC_ACT_SHOT)
        p.patch(0, pro)
        shift = len(pro) - 1
    for i, ins in enumerate(orig):
        if i not in accesses:
            continue
        off = accesses[i] + ins.off
        seq = CTX_SEQ_TABLES.get(prog.prog_type, {}).get(off)
        if seq is not None and ins.cls == BPF_LDX and ins.size_bytes == seq[0] and ins.dst != ins.src:
            new = seq[1](ins.dst, ins.src)
        else:
            new = _convert_ctx_access(table, ins, off)
        if new is None:
            continue
        if len(new) == 1:
            p.insns[i + shift] = new[0]
        else:
            p.patch(i + shift, new)
            shift += len(new) - 1


def do_misc_fixups(pfile: ProgramFile, prog: Program, p: _Prog, opts: XlateOptions) -> None:
    states = map_states(pfile, p.insns)
    # walk by original index; `shift` = insns inserted so far (the kernel's `delta`)
    orig = list(p.insns)
    shift = 0
    for i, ins in enumerate(orig):
        k = i + shift
        new: Optional[list[Insn]] = None
        if ins.cls in (BPF_ALU, BPF_ALU64) and ins.code in (BPF_DIV, BPF_MOD) and ins.source == BPF_X:
            new = _div_mod_patch(ins)
        elif ins.cls == BPF_LD and ins.mode in (BPF_ABS, BPF_IND) and prog.prog_type in MAY_ACCESS_SKB_TYPES:
            new = gen_ld_abs(ins)
        elif ins.is_helper_call:
            new = _fix_helper(pfile, prog, ins, states.get(i), opts)
        if new is None:
            continue
        if len(new) == 1:
            p.insns[k] = new[0]
        else:
            p.patch(k, new)
            shift += len(new) - 1


def _fix_helper(pfile, prog, ins: Insn, mstate, opts: XlateOptions) -> list[Insn]:
    hid = ins.imm
    name = "bpf_" + HELPER_NAMES[hid] if 0 <= hid < len(HELPER_NAMES) else ""
    generic = [ins.with_(target=helper_symbol(hid, prog.prog_type))]
    if name == "bpf_tail_call":
        # TC-06: imm = poke descriptor index + 1 for a direct tail call, 0 otherwise; the dump
        # maps both back to `call 12`, so the poke numbering is not modelled
        tc = Insn.make(BPF_JMP | BPF_TAIL_CALL, 0, 0, 0, 0, target="bpf_tail_call")
        if isinstance(mstate, Map) and not mstate.bypass_spec_v1:
            # an "unpriv" prog array (created without CAP_PERFMON): bound and mask the index
            return [Insn.make(BPF_JMP | BPF_JGE | BPF_K, 3, 0, 2, mstate.max_entries),
                    Insn.make(BPF_ALU | BPF_AND | BPF_K, 3, 0, 0, mstate.index_mask), tc]
        return [tc]
    if name == "bpf_timer_set_callback":
        return [Insn.lddw(3, PROG_AUX_PLACEHOLDER, target="prog->aux"), generic[0]]
    if hid in STORAGE_GET:
        gfp = GFP_KERNEL if prog.sleepable else GFP_ATOMIC
        return [Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, 5, 0, 0, gfp), generic[0]]
    if opts.jit and name == "bpf_jiffies64":
        return [Insn.lddw(0, PROG_AUX_PLACEHOLDER, target="&jiffies"),
                Insn.make(BPF_LDX | BPF_MEM | BPF_DW, 0, 0, 0)]
    op = MAP_OP_HELPERS.get(name[len("bpf_"):])
    if opts.jit and op is not None:
        if mstate is None or mstate == POISON:
            return generic
        m: Map = mstate
        mt = opts.kernel.map_type(m.map_type)
        if op == "lookup" and mt.gen_lookup is not None:
            seq = MAP_GEN_LOOKUP[mt.gen_lookup](m)
            if seq is not None:
                return seq
        fn = mt.ops.get(op)
        if fn is not None:
            return [ins.with_(target=fn)]
    return generic


BPF_CMPXCHG = 0xF1


def _reads_r0_64(ins: Insn) -> Optional[bool]:
    """True: reads R0 as 64 bits; False: redefines R0 without reading it; None: neither."""
    if ins.is_exit or (ins.cls == BPF_JMP and ins.is_jmp and not ins.is_call
                       and (ins.dst == 0 or (ins.source == BPF_X and ins.src == 0))):
        return True
    if ins.cls == BPF_ALU64:
        if (ins.source == BPF_X and ins.src == 0) or (ins.dst == 0 and ins.code != BPF_MOV):
            return True
        if ins.dst == 0:
            return False
    if ins.cls == BPF_STX and ins.mode == 0xC0 and ins.dst != 0:
        if ins.imm == BPF_CMPXCHG:                      # compares R0 at the access width
            return ins.size == BPF_DW
        if ins.src == 0:
            return ins.size == BPF_DW
        return None
    if ins.cls == BPF_STX and ins.size == BPF_DW and ins.src == 0:
        return True
    if ins.cls in (BPF_LDX, BPF_ST, BPF_STX) and (ins.src == 0 if ins.cls == BPF_LDX else ins.dst == 0):
        return True                                             # R0 used as a pointer
    if ins.is_call:
        return False
    if ins.cls in (BPF_ALU, BPF_LDX, BPF_LD) and ins.dst == 0 and \
            (ins.cls != BPF_ALU or ins.code == BPF_MOV):
        return False
    return None


def opt_subreg_zext_cmpxchg(p: "_Prog") -> None:
    """opt_subreg_zext_lo32_rnd_hi32 on x86-64 (no bpf_jit_needs_zext): only a 32-bit
    `cmpxchg`, whose R0 is then read as 64 bits (the verifier's zext_dst), gets
    `BPF_ZEXT_REG(r0)` (w0 = w0 with imm 1) after it. Here: the first use of R0 on the
    fall-through path decides (branches end the scan and count as a 64-bit read)."""
    k = 0
    while k < len(p.insns):
        ins = p.insns[k]
        if ins.cls == BPF_STX and ins.mode == 0xC0 and ins.size == BPF_W and ins.imm == BPF_CMPXCHG:
            need = True
            for nxt in p.insns[k + 1:]:
                r = _reads_r0_64(nxt)
                if r is not None:
                    need = r
                    break
                if nxt.is_jmp or nxt.is_ja:
                    break
            if need:
                p.patch(k, [ins, Insn.make(BPF_ALU | BPF_MOV | BPF_X, 0, 0, 0, 1)])
                k += 1
        k += 1


def _fixup_call_args(p: _Prog, opts: XlateOptions) -> None:
    """jit_subprogs (JIT, more than one subprog): off = original relative imm, imm = callee's
    subprog index; callbacks' ld_imm64: hi word = subprog index. Without JIT,
    bpf_patch_call_args: off = original imm, imm = the interpreter entry (run specific)."""
    starts = p.sub_starts
    if len(starts) <= 1 and opts.jit:
        return
    slot = 0
    out = []
    for ins in p.insns:
        if ins.is_pseudo_call:
            t = slot + 1 + ins.imm
            if opts.jit:
                out.append(ins.with_(off=ins.imm, imm=starts.index(t) if t in starts else 0))
            else:
                out.append(ins.with_(off=ins.imm, imm=0, target="__bpf_call_base_args"))
        elif ins.is_wide and ins.src == BPF_PSEUDO_FUNC and opts.jit:
            t = slot + 1 + ins.imm
            out.append(ins.with_(imm64_hi=starts.index(t) if t in starts else 0))
        else:
            out.append(ins)
        slot += ins.slots
    p.insns = out


def prepare_dump(insns: list[Insn]) -> list[Insn]:
    """bpf_insn_prepare_dump: BPF_TAIL_CALL shows as `call 12` (bpf_tail_call)."""
    out = []
    for ins in insns:
        if ins.cls == BPF_JMP and ins.code == BPF_TAIL_CALL:
            ins = Insn.make(BPF_JMP | BPF_CALL, 0, 0, 0, F["bpf_tail_call"], target="bpf_tail_call")
        out.append(ins)
    return out


def xlate(pfile: ProgramFile, program, jit: bool = True, *, dump: bool = True,
          seen: Optional[set] = None, stack_extra: Optional[dict] = None,
          kernel="6.1") -> list[Insn]:
    """The program after optimize_bpf_loop, the privileged dead-code passes,
    convert_ctx_accesses, do_misc_fixups and fixup_call_args, as `bpftool prog dump xlated`
    shows it (dump=True) or with the internal tail-call opcode (dump=False).

    `seen`: the slots do_check visited (e.g. `bpfsmt.solver.verifier.verify(...).seen`); without
    it every instruction counts as reached, so only `goto +0` nops are removed.
    `stack_extra`: if a dict, filled with subprog index -> bytes the bpf_loop inlining adds to
    that subprog's verifier stack depth (stack_depth_extra). The caller is
    responsible for passing an ACCEPTED program: the rewrites assume do_check succeeded."""
    prog = program if isinstance(program, Program) else pfile.program(program)
    opts = XlateOptions(jit=jit, dump=dump, kernel=kernel_facts(kernel))
    starts = sorted({f.start for f in prog.functions} | {0})
    slots, s = [], 0
    for ins in prog.insns:
        slots.append(s)
        s += ins.slots
    for sl, ins in zip(slots, prog.insns):       # callees found through calls / callbacks
        if ins.is_pseudo_call or (ins.is_wide and ins.src == BPF_PSEUDO_FUNC):
            starts.append(sl + 1 + ins.imm)
    seen_list = None if seen is None else [sl in seen for sl in slots]
    p = _Prog(prog.insns, starts, seen_list)
    p.stack_extra = {}
    optimize_bpf_loop(p)
    if stack_extra is not None:
        stack_extra.update(p.stack_extra)
    opt_hard_wire_dead_code_branches(p)
    opt_remove_dead_code(p)
    opt_remove_nops(p)
    convert_ctx_accesses(prog, p)
    do_misc_fixups(pfile, prog, p, opts)
    opt_subreg_zext_cmpxchg(p)
    _fixup_call_args(p, opts)
    return prepare_dump(p.insns) if dump else p.insns
