"""The verifier's rewrites of an accepted program, as `bpftool prog dump xlated` shows them on
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
  * a per-CPU ksym's lddw becomes its address (the variable's .data..percpu offset in the
    vmlinux BTF); other ksyms keep their BTF id (their address is in no BTF);
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
conversions, other prologues (lwt, sk_skb, sockopt), constant blinding, kfunc calls.
An unprivileged load (`unpriv=`): sanitize_dead_code's traps, do_misc_fixups' pointer-ALU
masks and the nospec after sanitize_stack_spill stores, and the variants that depend on the
map its loader created (`Map.bypass_spec_v1` off: the `w0 &= index_mask` of AL-02/03 and the
tail-call index check of TC-06). Confirmed by tests/oracle/unpriv/labels_xlated.json: the
kernel's dumps of programs loaded without CAP_BPF (read back with it).
"""
from __future__ import annotations

from typing import Optional, Protocol

from bpfsmt.spec.deadline import check_deadline
from bpfsmt.spec.helper_ids import HELPER_IDS
from bpfsmt.grammar import vmlinux
from bpfsmt.spec.insn import (BPF_CALL, BPF_JMP, BPF_PSEUDO_BTF_ID, BPF_PSEUDO_FUNC, BPF_TAIL_CALL,
                              Insn, slot_offsets)
from bpfsmt.spec.kernels import kernel_facts
from bpfsmt.spec.program import Program, ProgramFile

from bpfsmt.solver.xlate.ctx_access import convert_ctx_accesses, sanitize_stack_spill
from bpfsmt.solver.xlate.misc_fixups import do_misc_fixups
from bpfsmt.solver.xlate.opt import (opt_hard_wire_dead_code_branches, opt_remove_dead_code,
                                    opt_remove_nops, opt_subreg_zext_cmpxchg,
                                    optimize_bpf_loop, sanitize_dead_code)
from bpfsmt.solver.xlate.patch import XlatedProg, XlateOptions

XLATE = "xlate"                         # where a --timeout stops the rewrites


class SanitizeAux(Protocol):
    """What an unprivileged rewrite reads of the verifier's insn_aux_data (a VerifyResult has it):
    per slot, sanitize_ptr_alu's (alu_state, alu_limit) and the sanitize_stack_spill marks."""
    alu_aux: dict[int, tuple]
    sanitize_stack_spill: frozenset[int]


def _fixup_call_args(p: XlatedProg, opts: XlateOptions) -> None:
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


def ksym_addresses(insns: list[Insn], kernel: str) -> list[Insn]:
    """check_pseudo_btf_id + convert_pseudo_ld_imm64: a per-CPU ksym's lddw loads the variable's
    address, its offset in the vmlinux BTF's .data..percpu (the section is linked at 0, so the
    BTF offset is the kallsyms address). Other ksyms keep their BTF id: their kernel address is
    in no BTF."""
    out = []
    for ins in insns:
        if ins.is_wide and ins.src == BPF_PSEUDO_BTF_ID:
            v = vmlinux.ksym_var(ins.target or "", kernel)
            if v is not None and v.percpu_off is not None:
                ins = Insn.lddw(ins.dst, v.percpu_off)
        out.append(ins)
    return out


def prepare_dump(insns: list[Insn]) -> list[Insn]:
    """bpf_insn_prepare_dump: BPF_TAIL_CALL shows as `call 12` (bpf_tail_call)."""
    out = []
    for ins in insns:
        if ins.cls == BPF_JMP and ins.code == BPF_TAIL_CALL:
            ins = Insn.make(BPF_JMP | BPF_CALL, 0, 0, 0, HELPER_IDS["bpf_tail_call"], target="bpf_tail_call")
        out.append(ins)
    return out


def xlate(pfile: ProgramFile, program, jit: bool = True, *, dump: bool = True,
          seen: Optional[set] = None, stack_extra: Optional[dict] = None,
          kernel="6.1", unpriv: Optional[SanitizeAux] = None,
          stack_depths: Optional[list] = None, probe_mem: Optional[frozenset] = None,
          probe_mem_out: Optional[set] = None, sock_access: Optional[dict] = None) -> list[Insn]:
    """The program after optimize_bpf_loop, the privileged dead-code passes,
    convert_ctx_accesses, do_misc_fixups and fixup_call_args, as `bpftool prog dump xlated`
    shows it (dump=True) or with the internal tail-call opcode (dump=False).

    `seen`: the slots do_check visited (e.g. `bpfsmt.solver.verifier.verify(...).seen`); without
    it every instruction counts as reached, so only `goto +0` nops are removed.
    `stack_extra`: if a dict, filled with subprog index -> bytes the bpf_loop inlining adds to
    that subprog's verifier stack depth (stack_depth_extra), computed from `stack_depths` (the
    verifier's per-subprog depths, e.g. `verify(...).stack_depth`) or, without them, from the
    stack offsets in the code.
    `probe_mem`: the slots of the loads the verifier typed through a BTF pointer
    (`verify(...).probe_mem`, insn_aux_data's PTR_TO_BTF_ID); `probe_mem_out`, if a set, is
    filled with their slots in the result (what convert_ctx_accesses makes BPF_PROBE_MEM and
    the dump shows as plain loads). `sock_access`: slot -> socket pointer type of the loads
    through one (`verify(...).sock_access`, insn_aux_data's ptr_type), which convert_ctx_accesses
    turns into loads of the kernel's socket structures. The caller is
    responsible for passing an ACCEPTED program: the rewrites assume do_check succeeded.
    `unpriv`: for an unprivileged load, the verifier's result (`verify(..., unpriv=True)`):
    dead code becomes traps instead of being removed, every sanitized pointer move gets its
    Spectre v1 mask (alu_state/alu_limit) and a stack write sanitize_stack_spill marked is
    followed by the Spectre v4 `nospec`."""
    prog = program if isinstance(program, Program) else pfile.program(program)
    opts = XlateOptions(jit=jit, dump=dump, kernel=kernel_facts(kernel), unprivileged=unpriv is not None)
    starts = sorted({f.start for f in prog.functions} | {0})
    slots = slot_offsets(prog.insns)
    for sl, ins in zip(slots, prog.insns):       # callees found through calls / callbacks
        if ins.is_pseudo_call or (ins.is_wide and ins.src == BPF_PSEUDO_FUNC):
            starts.append(sl + 1 + ins.imm)
    seen_list = None if seen is None else [sl in seen for sl in slots]
    probe_mem, sock_access = probe_mem or frozenset(), sock_access or {}
    p = XlatedProg(ksym_addresses(prog.insns, opts.kernel.name), starts, seen_list,
                   None if unpriv is None and not probe_mem and not sock_access else
                   [{"alu": unpriv and unpriv.alu_aux.get(sl),
                     "sanitize_stack_spill": bool(unpriv) and sl in unpriv.sanitize_stack_spill,
                     "probe_mem": sl in probe_mem, "sock": sock_access.get(sl)} for sl in slots])
    p.stack_extra = {}
    optimize_bpf_loop(p, stack_depths)
    if stack_extra is not None:
        stack_extra.update(p.stack_extra)
    check_deadline(XLATE)                   # every pass is one walk over the program: poll between
    if unpriv is None:
        opt_hard_wire_dead_code_branches(p)
        opt_remove_dead_code(p)
        opt_remove_nops(p)
    else:
        sanitize_dead_code(p)
    check_deadline(XLATE)
    sanitize_stack_spill(p)
    convert_ctx_accesses(prog, p, opts.kernel.name)
    check_deadline(XLATE)
    do_misc_fixups(pfile, prog, p, opts)
    check_deadline(XLATE)
    opt_subreg_zext_cmpxchg(p)
    _fixup_call_args(p, opts)
    if probe_mem_out is not None:
        probe_mem_out.update(sl for sl, a in zip(slot_offsets(p.insns), p.aux)
                             if a and a["probe_mem"])
    return prepare_dump(p.insns) if dump else p.insns
