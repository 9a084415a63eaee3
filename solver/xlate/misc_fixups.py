"""do_misc_fixups: div/mod guards, LD_ABS/LD_IND through gen_ld_abs, tail calls, and helper calls
rewritten to the kernel function they reach (map ops, inlined map_gen_lookup, timer and storage
arguments, bpf_jiffies64). A helper call keeps its id in `imm` and names the kernel SYMBOL in
`Insn.target`: `func - __bpf_call_base` cannot be reproduced."""
from __future__ import annotations

import dataclasses

from typing import Optional

from bpfsmt.spec.helper_ids import HELPER_NAMES_612
from bpfsmt.spec.insn import (BPF_ABS, BPF_ADD, BPF_ALU, BPF_ALU64, BPF_AND, BPF_B, BPF_DIV,
                              BPF_DW, BPF_EXIT, BPF_H, BPF_IND, BPF_JA, BPF_JEQ, BPF_JGE, BPF_JMP,
                              BPF_JMP32, BPF_JNE, BPF_JSGE, BPF_K, BPF_LD, BPF_LDX, BPF_MEM,
                              BPF_MOD, BPF_MOV, BPF_MUL, BPF_NEG, BPF_OR, BPF_ARSH, BPF_SUB, BPF_REG_AX, BPF_TAIL_CALL, BPF_W, BPF_X,
                              BPF_XOR, BPF_JGT, Insn)
from bpfsmt.spec.kernels import LINUX_61, KernelFacts
from bpfsmt.spec.maps import MAP_OP_HELPERS
from bpfsmt.spec.privileges import (BPF_ALU_IMMEDIATE, BPF_ALU_NEG_VALUE, BPF_ALU_NON_POINTER,
                                    BPF_ALU_SANITIZE, BPF_ALU_SANITIZE_SRC)
from bpfsmt.spec.program import Map, Program, ProgramFile
from bpfsmt.spec.progtypes import MAY_ACCESS_SKB_TYPES, TRACING_FUNC_PROTO_TYPES, TRACING_PROG_TYPES

from bpfsmt.solver.xlate.map_gen_lookup import ADDR_PERCPU, MAP_GEN_LOOKUP
from bpfsmt.solver.xlate.map_state import POISON, map_states
from bpfsmt.solver.xlate.patch import XlatedProg, XlateOptions, call_insn


PROG_AUX_PLACEHOLDER = 0       # `r3 = prog->aux` (bpf_timer_set_callback): a kernel address

STORAGE_GET = frozenset(HELPER_NAMES_612.index(n) for n in ("sk_storage_get", "inode_storage_get",
                                                              "task_storage_get", "cgrp_storage_get"))
LD_ABS_HELPERS = {BPF_B: "bpf_skb_load_helper_8_no_cache", BPF_H: "bpf_skb_load_helper_16_no_cache",
                  BPF_W: "bpf_skb_load_helper_32_no_cache"}

# Kernel functions behind helper prototypes whose name is not "bpf_" + the UAPI name.
PROTO_FUNC = {"bpf_get_prandom_u32": "bpf_user_rnd_u32",
              "bpf_sk_select_reuseport": "sk_select_reuseport"}
# The socket lookups' prototypes per program type: tc_cls_act_func_proto, xdp_func_proto and
# sock_addr_func_proto hand out their own (bpf_tc_sk_lookup_tcp, ...); the others the plain ones
SK_LOOKUPS = ("bpf_sk_lookup_tcp", "bpf_sk_lookup_udp", "bpf_skc_lookup_tcp")
SK_LOOKUP_PREFIX = {"sched_cls": "bpf_tc_", "sched_act": "bpf_tc_", "xdp": "bpf_xdp_",
                    "cgroup_sock_addr": "bpf_sock_addr_"}
TASK_STORAGE = ("bpf_task_storage_get", "bpf_task_storage_delete")
# sock_ops_func_proto's own prototypes (the ctx is a struct bpf_sock_ops_kern)
SOCK_OPS_FUNC = {"bpf_setsockopt": "bpf_sock_ops_setsockopt", "bpf_getsockopt": "bpf_sock_ops_getsockopt",
                 "bpf_get_socket_cookie": "bpf_get_socket_cookie_sock_ops",
                 "bpf_get_netns_cookie": "bpf_get_netns_cookie_sock_ops",
                 "bpf_load_hdr_opt": "bpf_sock_ops_load_hdr_opt",
                 "bpf_store_hdr_opt": "bpf_sock_ops_store_hdr_opt",
                 "bpf_reserve_hdr_opt": "bpf_sock_ops_reserve_hdr_opt",
                 "bpf_perf_event_output": "bpf_event_output_data"}


def helper_symbol(helper_id: int, prog_type: str = "socket_filter", kernel: KernelFacts = LINUX_61,
                  attach_type: Optional[str] = None) -> str:
    """The kernel function a helper call ends up calling (patch_call_imm), by helper id: the
    `func` of the prototype the program type's get_func_proto returns."""
    name = "bpf_" + HELPER_NAMES_612[helper_id] if 0 <= helper_id < len(HELPER_NAMES_612) \
        else f"helper#{helper_id}"
    if name == "bpf_get_smp_processor_id" and prog_type not in TRACING_FUNC_PROTO_TYPES:
        return "bpf_get_raw_cpu_id"          # bpf_base_func_proto: bpf_get_raw_smp_processor_id_proto
    if name in SK_LOOKUPS and prog_type in SK_LOOKUP_PREFIX:
        return SK_LOOKUP_PREFIX[prog_type] + name[len("bpf_"):]
    if prog_type == "sock_ops" and name in SOCK_OPS_FUNC:
        return SOCK_OPS_FUNC[name]
    if name in TASK_STORAGE and kernel.task_storage_recur and (
            prog_type in TRACING_PROG_TYPES or (prog_type == "tracing" and attach_type != "trace_iter")):
        return name + "_recur"
    return PROTO_FUNC.get(name, name)


def div_mod_patch(ins: Insn) -> list[Insn]:
    """The div/mod-by-zero guard do_misc_fixups wraps around a register divisor (x/0 = 0,
    x%0 = x, a 32-bit mod zero-extending dst); proofs/jit_xlate.py proves it with the JIT."""
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


def sdiv_smod_patch(ins: Insn) -> list[Insn]:
    """cpu v4 (off 1): signed division by a register also guards -1 (LLONG_MIN / -1 traps on
    x86): x s/ 0 = 0, x s/ -1 = -x, x s% 0 = x, x s% -1 = 0 (AX = src + 1 tells them apart)."""
    is64 = ins.cls == BPF_ALU64
    alu, jcls = (BPF_ALU64, BPF_JMP) if is64 else (BPF_ALU, BPF_JMP32)
    probe = [Insn.make(BPF_ALU64 | BPF_MOV | BPF_X, BPF_REG_AX, ins.src),
             Insn.make(alu | BPF_ADD | BPF_K, BPF_REG_AX, 0, 0, 1)]
    if ins.code == BPF_DIV:
        return probe + [Insn.make(jcls | BPF_JGT | BPF_K, BPF_REG_AX, 0, 4, 1),
                        Insn.make(jcls | BPF_JEQ | BPF_K, BPF_REG_AX, 0, 1, 0),
                        Insn.make(alu | BPF_MOV | BPF_K, ins.dst, 0, 0, 0),
                        Insn.make(alu | BPF_NEG | BPF_K, ins.dst),
                        Insn.make(BPF_JMP | BPF_JA, 0, 0, 1),
                        ins]
    out = probe + [Insn.make(jcls | BPF_JGT | BPF_K, BPF_REG_AX, 0, 3, 1),
                   Insn.make(jcls | BPF_JEQ | BPF_K, BPF_REG_AX, 0, 3 if is64 else 4, 1),
                   Insn.make(BPF_ALU | BPF_MOV | BPF_K, ins.dst, 0, 0, 0),
                   Insn.make(BPF_JMP | BPF_JA, 0, 0, 1),
                   ins]
    return out if is64 else out + [Insn.make(BPF_JMP | BPF_JA, 0, 0, 1),
                                    Insn.make(BPF_ALU | BPF_MOV | BPF_X, ins.dst, ins.dst)]


def sdiv_smod_by_minus_one(ins: Insn) -> Insn:
    """cpu v4: a signed division by the constant -1 becomes a negation, the modulo dst = 0."""
    if ins.code == BPF_DIV:
        return Insn.make(ins.cls | BPF_NEG | BPF_K, ins.dst)
    return Insn.make(BPF_ALU | BPF_MOV | BPF_K, ins.dst, 0, 0, 0)


def ptr_alu_mask(ins: Insn, alu_state: int, alu_limit: int) -> list[Insn]:
    """The Spectre v1 rewrite of an unprivileged pointer move by a register: AX = the offset if
    it lies within alu_limit of the pointer's bounds in the recorded direction, else 0 (a
    negative offset is moved as a positive one the other way); the move then uses AX."""
    isneg = bool(alu_state & BPF_ALU_NEG_VALUE)
    issrc = (alu_state & BPF_ALU_SANITIZE) == BPF_ALU_SANITIZE_SRC
    isimm = bool(alu_state & BPF_ALU_IMMEDIATE)
    off_reg = ins.src if issrc else ins.dst
    mov_limit = Insn.make(BPF_ALU | BPF_MOV | BPF_K, BPF_REG_AX, 0, 0, alu_limit)
    negate = Insn.make(BPF_ALU64 | BPF_MUL | BPF_K, off_reg, 0, 0, -1)
    if isimm:
        out = [mov_limit]
    else:
        out = ([negate] if isneg else []) + [
            mov_limit,
            Insn.make(BPF_ALU64 | BPF_SUB | BPF_X, BPF_REG_AX, off_reg),
            Insn.make(BPF_ALU64 | BPF_OR | BPF_X, BPF_REG_AX, off_reg),
            Insn.make(BPF_ALU64 | BPF_NEG | BPF_K, BPF_REG_AX),
            Insn.make(BPF_ALU64 | BPF_ARSH | BPF_K, BPF_REG_AX, 0, 0, 63),
            Insn.make(BPF_ALU64 | BPF_AND | BPF_X, BPF_REG_AX, off_reg)]
    if not issrc:
        out.append(Insn.make(BPF_ALU64 | BPF_MOV | BPF_X, ins.dst, ins.src))
    code = (BPF_SUB if ins.code == BPF_ADD else BPF_ADD) if isneg else ins.code
    out.append(Insn.make(BPF_ALU64 | code | BPF_X, ins.dst, BPF_REG_AX, ins.off, ins.imm))
    if issrc and isneg and not isimm:
        out.append(negate)
    return out


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
            call_insn(LD_ABS_HELPERS[ins.size]),
            Insn.make(BPF_JMP | BPF_JSGE | BPF_K, 0, 0, 2, 0),
            Insn.make(BPF_ALU | BPF_XOR | BPF_X, 0, 0),
            Insn.make(BPF_JMP | BPF_EXIT)]
    return out


def do_misc_fixups(pfile: ProgramFile, prog: Program, p: XlatedProg, opts: XlateOptions) -> None:
    states = map_states(pfile, p.insns)
    # every patchlet is made from the original instruction, so all go in at once (patch_many)
    patches = {}
    for i, ins in enumerate(list(p.insns)):
        new: Optional[list[Insn]] = None
        alu = (p.aux[i] or {}).get("alu")
        if ins.cls == BPF_ALU64 and ins.code in (BPF_ADD, BPF_SUB) and ins.source == BPF_X:
            if alu and alu[0] and alu[0] != BPF_ALU_NON_POINTER:
                new = ptr_alu_mask(ins, *alu)
        elif ins.cls in (BPF_ALU, BPF_ALU64) and ins.code in (BPF_DIV, BPF_MOD) and ins.off == 1:
            new = sdiv_smod_patch(ins) if ins.source == BPF_X else \
                [sdiv_smod_by_minus_one(ins)] if ins.imm == -1 else None
        elif ins.cls in (BPF_ALU, BPF_ALU64) and ins.code in (BPF_DIV, BPF_MOD) and ins.source == BPF_X:
            new = div_mod_patch(ins)
        elif ins.cls == BPF_LD and ins.mode in (BPF_ABS, BPF_IND) and prog.prog_type in MAY_ACCESS_SKB_TYPES \
                and ins.size in LD_ABS_HELPERS:     # a DW one is left for check_ld_abs to refuse
            new = gen_ld_abs(ins)
        elif ins.is_helper_call:
            new = _fix_helper(pfile, prog, ins, states.get(i), opts)
        if new is None:
            continue
        if len(new) == 1:
            p.insns[i] = new[0]
        else:
            patches[i] = new
    p.patch_many(patches)


def _fix_helper(pfile, prog, ins: Insn, mstate, opts: XlateOptions) -> list[Insn]:
    if opts.unprivileged and isinstance(mstate, Map) and mstate.bypass_spec_v1:
        mstate = dataclasses.replace(mstate, bypass_spec_v1=False)     # its loader created it
    hid = ins.imm
    name = "bpf_" + HELPER_NAMES_612[hid] if 0 <= hid < len(HELPER_NAMES_612) else ""
    generic = [ins.with_(target=helper_symbol(hid, prog.prog_type, opts.kernel,
                                              prog.expected_attach_type))]
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
    lay = opts.kernel.layout
    if hid in STORAGE_GET:
        gfp = lay.gfp_kernel if prog.sleepable else lay.gfp_atomic
        return [Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, 5, 0, 0, gfp), generic[0]]
    if opts.jit and lay.percpu_insn and name == "bpf_get_smp_processor_id":
        return [Insn.make(BPF_ALU | BPF_MOV | BPF_K, 0, 0, 0, lay.pcpu_hot_cpu_number),
                Insn.make(BPF_ALU64 | BPF_MOV | BPF_X, 0, 0, ADDR_PERCPU),
                Insn.make(BPF_LDX | BPF_MEM | BPF_W, 0, 0, 0)]
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
            seq = MAP_GEN_LOOKUP[mt.gen_lookup](m, lay)
            if seq is not None:
                return seq
        fn = mt.ops.get(op)
        if fn is not None:
            return [ins.with_(target=fn)]
    return generic
