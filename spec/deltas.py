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
    modelled: bool = True    # False: the verifier model does not follow it yet (known gap)

    def matches(self, old: str, new: str) -> bool:
        return _any(self.old, old) and _any(self.new, new)


def _any(patterns, outcome: str) -> bool:
    return any(outcome == ACCEPTED if p == ACCEPTED else (outcome != ACCEPTED and re.search(p, outcome))
               for p in patterns)


_TNUM_61 = r"\(0x[0-9a-f]+; 0x[0-9a-f]+\)"

DELTAS_LIST = [
    Delta("SL-LOCK-PTR", "the held lock is named by its map and the pointer's id",
          "6.12 keeps active_lock = {ptr: map or btf, id: reg->id}: a lock taken through a pointer with "
          "id 0 (an ld_imm64 map value, a callback's map value) is still held, and two ld_imm64 "
          "pointers to the same global lock are the same lock (6.1: active_spin_lock = reg->id).",
          old=(r"^bpf_spin_unlock of different lock$", ACCEPTED), new=(ACCEPTED, r"bpf_spin_unlock is missing")),
    Delta("CHECK-IDS", "state pruning compares map-value ids and the held lock through check_ids",
          "6.12's regsafe/states_equal map the ids of map-value pointers and of active_lock one to one "
          "(check_ids), so a path that unlocks another element's lock is no longer pruned against one "
          "that unlocks its own (SL-13 is closed; 6.1 compares the lock id as a raw integer and "
          "map-value ids not at all).",
          old=(ACCEPTED,), new=(r"^bpf_spin_unlock of different lock$",)),
    Delta("REFSAFE-IDS", "state pruning maps reference ids one to one",
          "6.12's refsafe compares the acquired references through check_ids, so a loop that hands "
          "a socket from one trip to the next reaches a state it saw before (same references, other "
          "ids) and is pruned; 6.1 compares the references' raw ids (memcmp), never prunes such a "
          "loop and stops at \"BPF program is too large\".",
          old=(r"^BPF program is too large",), new=(ACCEPTED,)),
    Delta("LOG-LOCK-OFF", "lock argument errors read the map's btf_record",
          "6.12 prints \"off %lld doesn't point to 'struct bpf_spin_lock' that is at %d\", and \"map '%s' "
          "has no valid bpf_spin_lock\" for a value without (or with a mangled) lock.",
          old=(r"doesn't point to 'struct bpf_spin_lock'$", r"doesn't have 'struct bpf_spin_lock'$",
               r"is not a struct type or bpf_spin_lock is mangled$"),
          new=(r"doesn't point to 'struct bpf_spin_lock' that is at", r"has no valid bpf_spin_lock$")),
    Delta("LOG-KPTR-REC", "bpf_kptr_xchg's field is looked up in the map's btf_record",
          "6.12's process_kptr_func prints \"R%d has no valid kptr\" for a map value without a kptr "
          "(6.1: \"map '%s' has no valid kptr\").",
          old=(r"^map '.*' has no valid kptr$",), new=(r"^R\d+ has no valid kptr$",)),
    Delta("SL-SUBPROG", "locks across bpf2bpf calls; a callback may not return holding one",
          "6.12 allows bpf2bpf calls while a lock is held and asks for the unlock only when the main "
          "program exits; a callback that returns with the lock held fails when the verifier walks "
          "its helper call again ('function calls are not allowed while holding a lock'), which "
          "closes SL-14.",
          old=(ACCEPTED, r"^function calls are not allowed while holding a lock$", r"^bpf_spin_unlock is missing$"),
          new=(ACCEPTED, r"^function calls are not allowed while holding a lock$", r"^bpf_spin_unlock is missing$")),
    Delta("SL-12-INNER", "an inner map template may carry a bpf_spin_lock",
          "6.12's bpf_map_meta_alloc copies the BTF record of the inner map, so a map-in-map whose inner "
          "value has a lock is created (6.1: -ENOTSUPP before any verification).",
          old=(r"failed to create", r"^$"), new=(ACCEPTED,)),
    Delta("ISA-V4", "cpu v4 instructions are accepted",
          "6.6 added sdiv/smod, movsx, ldsx, unconditional bswap and gotol (and 6.9 may_goto); 6.1 rejects "
          "their encodings as reserved fields or unknown opcodes (6.12 goes on and may refuse the program "
          "for what the instruction does, e.g. a movsx into r10: 'frame pointer is read only').",
          old=(r"uses reserved fields", r"unknown opcode (d7|8d|e5|06|9f)", r"^invalid BPF_LD_IMM"),
          new=(ACCEPTED, r".")),
    Delta("CTX-ST", "BPF_ST (store immediate) into ctx is allowed",
          "6.3 made convert_ctx_accesses rewrite BPF_ST like BPF_STX, dropping \"BPF_ST stores into R%d ctx "
          "is not allowed\".",
          old=(r"BPF_ST stores into R\d+ ctx is not allowed",), new=(ACCEPTED, r".")),
    Delta("GLOBAL-FUNC-CALLED", "global functions are verified after main, and only if called",
          "6.9 made do_check_subprogs verify a global function only once a walk called it "
          "(subprog_aux->called), main first, then the called ones until no new one is called; 6.1 "
          "verifies every global function before main. The log names the function: \"Func#1 ('f') "
          "is safe for any args that match its prototype\". Statistics differ; an error in a global "
          "function no walk calls rejects on 6.1 only. A call's arguments are checked against the "
          "parsed prototype (6.8): \"arg#0 expects pointer to ctx\" (6.1: \"arg#0 expected pointer "
          "to ctx, but got PTR\"), a prototype it cannot use only when a walk calls the function.",
          old=(r"^Caller passes invalid args into func#\d+$", r"size cannot be determined"),
          new=(r"^Caller passes invalid args into func#\d+ \('",)),
    Delta("MAP-STRUCT-LAYOUT", "the map structs of the vmlinux BTF have another layout",
          "A load through a map pointer walks the map's kernel struct (check_ptr_to_map_access); 6.12's "
          "struct bpf_array is 264 bytes with value[] at 264 (6.1: 320, value[] at 272), so a read at "
          "272 is past 6.12's struct but inside 6.1's, where it meets the value union (no such field).",
          old=(r"^struct bpf_array doesn't have field at offset",),
          new=(r"^access beyond struct bpf_array at off",)),
    Delta("STACK-ROUND", "stack frames round to 16 bytes (not 32) with the JIT on",
          "6.12's check_max_stack_depth rounds each frame with round_up_stack_depth: 16 bytes when the JIT "
          "is requested, 32 only for the interpreter (6.1: always 32, and at least 1 byte), so frames "
          "near 512 (or 256 before a tail call) fit on 6.12.",
          old=(r"combined stack size of \d+ calls is \d+\. Too large",
               r"^tail_calls are not allowed when call stack of previous frames is \d+ bytes\. Too large$"),
          new=(ACCEPTED,)),
    Delta("SP-01-TYPES", "the sleepable program types: iter, uprobe and struct_ops, but not tp_btf",
          "6.12's check_attach_btf_id lets fentry/fexit/fmod_ret, lsm, iter, uprobe and struct_ops be "
          "sleepable (6.1: any BPF_PROG_TYPE_TRACING, so tp_btf too, lsm and kprobe/uprobe) and words the "
          "refusal after that list.",
          old=(r"^Only fentry/fexit/fmod_ret, lsm, and kprobe/uprobe programs can be sleepable$", ACCEPTED),
          new=(r"^Only fentry/fexit/fmod_ret, lsm, iter, uprobe, and struct_ops programs can be sleepable$",)),
    Delta("SP-04-MAPS", "sleepable programs may use queue/stack (and local storage) maps",
          "6.12's check_map_prog_compatibility refuses only map types outside array, hash, ringbuf, "
          "local storage, queue and stack (and some more) in sleepable programs, with the message naming "
          "local storage.",
          old=(r"^Sleepable programs can only use array, hash, and ringbuf maps$",),
          new=(ACCEPTED, r"^Sleepable programs can only use array, hash, ringbuf and local storage maps$")),
    Delta("SL-SLEEPABLE", "sleepable programs may use bpf_spin_lock",
          "6.12 dropped \"sleepable progs cannot use bpf_spin_lock yet\" (rcu_read_lock_trace protects "
          "the map value, and the lock region forbids sleeping calls anyway).",
          old=(r"^sleepable progs cannot use bpf_spin_lock yet$",), new=(ACCEPTED, r".")),
    Delta("CFG-CALL-LOOP", "recursion is found by the call-depth walk, not check_cfg",
          "6.12's check_cfg no longer reports a bpf2bpf call edge as a back-edge; a recursive call is "
          "rejected by do_check when the frames run out.",
          old=(r"back-edge from insn",), new=(r"the call stack of \d+ frames is too deep",)),
    Delta("RET-RANGE", "return values are checked by signed bounds and printed as smin/smax and [a, b]",
          "6.12 checks R0 at exit against a bpf_retval_range with smin/smax and prints 'has smin=%lld "
          "smax=%lld should have been in [%d, %d]' (6.1: tnum_in, printed as tnums '(0x..; 0x..)').",
          old=(r"should have been in \(0x",), new=(r"should have been in \[",)),
    Delta("LOG-TNUM", "tnums print as plain numbers",
          "6.12's tnum_strn prints a constant tnum as its value ('0') where 6.1 prints '(0x0; 0x0)'.",
          old=(_TNUM_61,), new=(r"off -?\d+\+",)),
    Delta("LOG-ARG-TYPES", "argument type errors list the newer compatible register types",
          "compatible_reg_types grew mem, ringbuf_mem, buf and trusted_ptr_ (the list printed after "
          "'expected=').",
          old=(r"expected=",), new=(r"expected=.*(mem|trusted_ptr_|ptr_)$",)),
    Delta("HELPER-PROTO-MSG", "a helper the type does not offer is named as such",
          "6.12 reports 'program of this type cannot use helper %s#%d' where 6.1 said 'unknown func'.",
          old=(r"^unknown func ",), new=(r"^program of this type cannot use helper ",)),
    Delta("LOG-RINGBUF-MEM", "ring buffer records print as ringbuf_mem",
          "6.12 types bpf_ringbuf_reserve's result PTR_TO_MEM | MEM_RINGBUF, printed 'ringbuf_mem' "
          "(6.1: PTR_TO_MEM | MEM_ALLOC, 'alloc_mem').",
          old=(r"alloc_mem",), new=(r"ringbuf_mem",)),
    Delta("SANITIZE-REG", "Spectre v1 refusals name the offset register as 6.12 passes it",
          "6.12's adjust_reg_min_max_vals hands `scalar += pointer` to sanitize_err with the "
          "destination as the offset register, so 'has pointer with unsupported alu operation' "
          "names the source and 'mixed signed bounds' the destination there (6.1: always the "
          "destination, resp. the source). Seen in the unprivileged labels (tests/oracle/unpriv).",
          old=(r"has pointer with unsupported alu operation|has unknown scalar with mixed signed",),
          new=(r"has pointer with unsupported alu operation|has unknown scalar with mixed signed",)),
    Delta("LOG-MAP-PTR-ACCESS", "a map pointer's struct is quoted in the capability refusal",
          "check_ptr_to_map_access prints \"'struct bpf_array' access is allowed only to CAP_PERFMON "
          "and CAP_SYS_ADMIN\" (6.1: 'bpf_array access ...').",
          old=(r"^bpf_array access is allowed only",), new=(r"^'struct bpf_array' access",)),
    Delta("RELEASE-OFF", "a released pointer at an offset has its own message",
          "check_func_arg_reg_off prints 'R%d must have zero offset when passed to release func or "
          "trusted arg to kfunc' for a ring buffer record passed at an offset (6.1: '__check_ptr_off_reg: "
          "dereference of modified alloc_mem ptr').",
          old=(r"^dereference of modified alloc_mem ptr",),
          new=(r"must have zero offset when passed to release func",)),
    Delta("LOG-ZERO-SIZE", "zero-sized helper reads name the register and its range",
          "check_mem_size_reg prints 'R%d invalid zero-sized read: u64=[%lld,%lld]'.",
          old=(r"^invalid zero-sized read$",), new=(r"invalid zero-sized read: u64=",)),
    Delta("BOUNDS-612", "tighter scalar bounds: 64/32-bit cross deduction and earlier pointer-offset checks",
          "6.12's reg_bounds_sync derives 64-bit bounds from 32-bit ones and back (__reg_deduce_mixed_bounds, "
          "6.7) and sync_linked_regs/range checks meet an out-of-range offset at the pointer arithmetic "
          "('value %lld makes map_value pointer be out of bounds') where 6.1 still had an unbounded "
          "minimum. Modelled as the BOUNDS-612 variant of bounds.py: reg_bounds_sync with the 32/64-bit "
          "cross deduction, is_safe_to_compute_dst_reg_range (unknown without zero-extension), JEQ/JNE "
          "in is_scalar_branch_taken, regs_refine_cond_op (against a constant, and between two "
          "registers: both refined, a register-register branch decided by their ranges), the "
          "sanity check and maybe_fork_scalars (AND/OR with a constant on a -1/0 register walks "
          "both values).",
          old=(ACCEPTED, r"unbounded min value is not allowed$", r"unbounded memory access", r"min value is negative",
               r"outside of the allowed memory range$", r"makes map_value pointer be out of bounds$",
               r"invalid access to map value"),
          new=(ACCEPTED, r"makes map_value pointer be out of bounds$", r"unbounded min value is not allowed$",
               r"outside of the allowed memory range$", r"invalid access to map value")),
    Delta("KFUNC-612", "kfunc arguments by check_kfunc_args: sleepability first, trusted pointers, RCU sections",
          "6.12 refuses a sleepable kfunc in a non-sleepable program before looking at its arguments "
          "('program must be sleepable to call sleepable kfunc %s', EACCES), treats the arguments of "
          "release and KF_RCU kfuncs as trusted ('Possibly NULL pointer passed to trusted arg%d') and "
          "tracks bpf_rcu_read_lock/unlock sections ('bpf_rcu_read_unlock is missing'); 6.1 checks the "
          "arguments first and says 'kernel function %s is sleepable but the program is not'.",
          old=(r"is sleepable but the program is not$", r"must point to scalar, or struct with scalar$"),
          new=(r"^program must be sleepable to call sleepable kfunc ", r"^Possibly NULL pointer passed to trusted arg")),
    Delta("TRUSTED-PTR", "BTF pointers the kernel hands out are PTR_TRUSTED",
          "6.12 marks tracing arguments, bpf_get_current_task_btf's task and acquired kfunc results "
          "PTR_TRUSTED, printed 'trusted_ptr_' (6.1: 'ptr_').",
          old=(r"'ptr_or_null_'$",), new=(r"'trusted_ptr_or_null_'$",)),
    Delta("KFUNC-SETS", "6.12 has kfuncs 6.1 does not (and allows them to more program types)",
          "bpf_rcu_read_lock, bpf_obj_new_impl, bpf_task_acquire, bpf_cpumask_*, the iterators and "
          "dynptr kfuncs came after 6.1: libbpf 1.1 cannot resolve such an extern on 6.1 and refuses "
          "the object ('extern (func ksym) ...: not found'); the allow sets per program type differ "
          "too (spec/kfuncs.py: 6.12's common set reaches every type).",
          old=(r"^extern \(func ksym\) '[^']+': not found", r"^calling kernel function .* is not allowed$"),
          new=(ACCEPTED, r".")),
    Delta("CGRP-STORAGE", "cgroup storage maps and bpf_cgrp_storage_get/delete (6.2)",
          "6.12 creates BPF_MAP_TYPE_CGRP_STORAGE (32) and offers helpers 210/211; 6.1 refuses to "
          "create the map (EINVAL, before any verification).",
          old=(r"^$",), new=(ACCEPTED, r".")),
    Delta("SPILL-612", "every scalar store at a slot boundary is a register spill",
          "6.12's check_stack_write_fixed_off spills any scalar (a zero and an unbounded one too) and "
          "every BPF_ST immediate as STACK_SPILL without marking it precise, giving the value an id "
          "when it fits the store; a narrower fill at the slot boundary copies the spilled register "
          "(bpf_stack_narrow_access_ok). 6.1 stores zeros as STACK_ZERO and spills only bounded "
          "non-zero scalars. Seen in the state lines: 'fp-8_w=0' (6.1 'fp-8_w=00000000'), 'fp-8=mmmm0' "
          "for a 4-byte spill of zero; no verdict in the labels differs by it."),
    Delta("SCALAR-ID-612", "register moves link scalars as 6.12's assign_scalar_id_before_mov does",
          "6.12 gives the source of `rX = rY` an id only when it is not a constant, and a 32-bit "
          "`wX = wY` of a value that fits 32 bits links both registers as well (6.1 always clears the "
          "id of a 32-bit move). Seen in the state lines ('R7_w=scalar(id=2,...)' after `w7 = w7`); "
          "no verdict in the labels differs by it."),
    Delta("BPF-ARRAY-LAYOUT", "struct bpf_array is 8 bytes shorter",
          "6.12's struct bpf_map lost 8 bytes, so struct bpf_array ends (and value[] starts) at 264, not "
          "272 (KernelLayout.bpf_array_value); a map-pointer load at offset 272 walks past the struct's "
          "BTF on 6.12 ('access beyond struct bpf_array') where 6.1 meets the flexible array there "
          "('struct bpf_array doesn't have field at offset 272').",
          old=(r"^struct bpf_array doesn't have field at offset",),
          new=(r"^access beyond struct bpf_array at off",)),
    Delta("DYNPTR-612", "dynptr stack slots as 6.12 tracks them",
          "6.12 numbers a dynptr argument from 0 ('arg #2' for R3), finds the slots before it "
          "checks them ('cannot pass in dynptr at an offset=-28', then the argument's own "
          "complaint), gives a dynptr an id of its own and a ringbuf dynptr's reference the next "
          "one ('Unreleased reference id=2'), refuses a store or a new initialisation over a "
          "referenced dynptr ('cannot overwrite referenced dynptr') and a helper's raw write into "
          "any dynptr ('potential write to dynptr at off=-32 disallowed'), and lets a store or a "
          "new initialisation destroy a local one and the slices taken from it "
          "(destroy_if_dynptr_stack_slot; a slice then is a scalar for root); an initialised "
          "dynptr's slots are marked read. 6.1 leaves the overwritten slots to the next use and "
          "refuses to initialise over any dynptr.",
          old=(r"dynptr", r"^Unreleased reference id=\d+ alloc_insn=", ACCEPTED),
          new=(ACCEPTED, r"[Dd]ynptr", r"^Unreleased reference id=\d+ alloc_insn=",
               r"^arg \d+ is an unacquired reference$", r"invalid mem access 'scalar'$")),
    Delta("CB-LOOP", "sync callbacks are walked as loops from their helper call",
          "6.12 does not enter a bpf_loop / bpf_for_each_map_elem / find_vma / user_ringbuf_drain "
          "callback inline: the call is a forced checkpoint, the callback's entry is pushed as a path "
          "of its own (push_callback_call) and its exit returns to the call, which is walked again "
          "until the state at the call is covered by the checkpoint (states_equal RANGE_WITHIN); "
          "imprecise scalars that changed are widened, bpf_loop stops after R1's umax iterations "
          "(callback_depth). 6.1 walks the callback once, as a bpf2bpf call. Seen in the statistics "
          "(more processed insns and states) and in the log (no caller:/callee: lines, the call's "
          "line followed by the callback's first state); no verdict in the labels differs by it."),
    Delta("PRECISION-612", "precision marks as 6.12 places and backtracks them",
          "6.12 marks R0 precise before it checks a return value against its range "
          "(check_return_code's enforce_retval), leaves a zero filled from STACK_ZERO bytes "
          "imprecise (backtracking stops at the fill) and backtracks a spill or fill through any "
          "stack pointer of any frame from the instruction history (INSN_F_STACK_ACCESS) where 6.1 "
          "follows only r10-based accesses of the current frame. Seen in the statistics and in "
          "the level-2 log's mark_precise lines; no verdict in the labels differs by it."),
    Delta("HISTORY-612", "the instruction history records stack accesses; a long one forces a checkpoint",
          "6.12's push_insn_history records, besides jump points, every register spill and fill "
          "(INSN_F_STACK_ACCESS with the frame and slot) and every conditional jump whose scalar "
          "shares its id with other registers (the linked registers); is_state_visited forces a "
          "checkpoint once a path has more than 40 entries since its last one. Seen in the "
          "statistics (more states on straight code with many spills); no verdict in the labels "
          "differs by it."),
    Delta("LINKED-CONST-612", "scalars linked with a constant delta; scalar ids in state comparison",
          "6.12 keeps `rX = rY; rX += k` (64-bit, 0 <= k <= S32_MAX) linked to rY: rX's id gets "
          "BPF_ADD_CONST and off = k (printed 'id=N+k'), and a branch on either moves the other's "
          "range by the difference (sync_linked_regs). regsafe compares a precise scalar's id "
          "through check_scalar_ids (linking in the old state must hold in the current one) and "
          "its delta; stacksafe compares a 64-bit spilled scalar with an all-MISC slot as an "
          "unbounded scalar. Seen in the state lines and the statistics, and in a verdict: a "
          "branch 6.12 knows dead by the link is walked by 6.1 (core/movsx "
          "mov32_keeps_src_delta_link reads an uninitialised register there).",
          old=(r"!read_ok$",), new=(ACCEPTED,)),
    Delta("NOT-NULL-612", "more pointer types decide a comparison with zero",
          "6.12's reg_not_null also knows map pointers, XDP sockets, memory (a checked ring buffer "
          "record) and trusted BTF pointers as never NULL, so `if rX == 0` on one walks only the "
          "fall-through; it gives up on a 32-bit comparison or an offset that may wrap "
          "(|off| >= BPF_MAX_VAR_OFF). Seen in the statistics; no verdict in the labels differs by it."),
    Delta("LD-ABS-EXIT-612", "LD_ABS in a subprogram: no walk of the hidden exit",
          "Debian's 6.1.192 walks bpf_gen_ld_abs's hidden `r0 = 0; exit` of a failed load in a "
          "subprogram as a path of its own (a backport); the oracle's 6.12.95 does not (the "
          "6.12.118 sources do): the load's caller just goes on. Seen in the statistics "
          "(fidelity/btfret.c ld_abs_in_int_subprog: 6 processed insns, 6.1 8)."),
    # last: its patterns are the broadest (a refused BTF changes every lock program's outcome)
    Delta("BTF-TWO-LOCKS", "BTF with a struct holding two (or a misaligned) bpf_spin_locks is refused",
          "6.12 parses struct metas at BTF_LOAD and fails on a second or misaligned bpf_spin_lock; libbpf "
          "then creates every map of the object without BTF, so lock programs fail with \"map '%s' has "
          "to have BTF in order to use bpf_spin_lock\" and direct lock-word accesses pass (6.1 loads "
          "that BTF and refuses only the one map's use).",
          old=(r".", ACCEPTED), new=(r"has to have BTF in order to use bpf_(spin_lock|timer)",
                                     r"^missing btf func_info$", ACCEPTED)),
]
DELTAS: dict[str, Delta] = {d.id: d for d in DELTAS_LIST}
NOT_MODELLED = frozenset(d.id for d in DELTAS_LIST if not d.modelled)

# ---- the values some delta rules switch between (6.1 value, 6.12 value) ----------------------
# SP-04 (which map types: MapType.sleepable of each kernel's table, spec/kernels.py)
SLEEPABLE_MAPS_MSG = {False: "Sleepable programs can only use array, hash, and ringbuf maps",
                      True: "Sleepable programs can only use array, hash, ringbuf and local storage maps"}
# SP-01: program types that may be sleepable, and the refusal
SLEEPABLE_TYPES_MSG = {False: "Only fentry/fexit/fmod_ret, lsm, and kprobe/uprobe programs can be sleepable",
                       True: "Only fentry/fexit/fmod_ret, lsm, iter, uprobe, and struct_ops programs can be sleepable"}
SLEEPABLE_TRACING_ATTACH_612 = frozenset({"trace_fentry", "trace_fexit", "modify_return", "trace_iter"})
# NOT-NULL-612: the register types reg_not_null calls never NULL (the verifier model's names;
# "ptr_" only when trusted)
NOT_NULL_TYPES = {False: frozenset({"sock", "tcp_sock", "map_value", "map_key", "sock_common"}),
                  True: frozenset({"sock", "tcp_sock", "map_value", "map_key", "sock_common",
                                   "xdp_sock", "mem", "alloc_mem", "map_ptr", "ptr_"})}
# STACK-ROUND: granularity of each frame in check_max_stack_depth (JIT requested / interpreter)
STACK_ROUND = {False: (32, 32), True: (16, 32)}

def btf_refused_by_612(maps) -> bool:
    """BTF-TWO-LOCKS: would 6.12's BTF_LOAD refuse the object's BTF? It parses every struct's
    special fields and fails on a second bpf_spin_lock or a misaligned one (here: in a map value)."""
    for m in maps:
        locks = [f for f in m.fields if f.type_name.endswith("bpf_spin_lock")]
        if len(locks) > 1 or any(f.offset % 4 for f in locks):
            return True
    return False


# Which kernel has which delta rules: KernelFacts.deltas (spec/kernels.py).
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
