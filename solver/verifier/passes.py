"""Load-time passes of bpf_check() that run before do_check: they look at the instruction array,
not at register state.

check_subprogs (subprogram boundaries, jump ranges), check_attach_btf_id (sleepable targets),
resolve_pseudo_ldimm64 (map fds, opcode validity) with check_map_prog_compatibility, check_cfg
(the DFS that finds unreachable code and back-edges, and marks prune points), and after do_check
check_max_stack_depth (the static walk over the call graph).
"""
from __future__ import annotations

from bpfsmt.grammar import vmlinux
from bpfsmt.spec.insn import (BPF_ALU, BPF_ALU64, BPF_JMP, BPF_JMP32, BPF_LD, BPF_LDX, BPF_ST,
                              BPF_STX, BPF_K, BPF_IMM, BPF_ABS, BPF_IND,
                              BPF_MEM, BPF_MEMSX, BPF_ATOMIC, BPF_JCOND,
                              BPF_DW, BPF_W, BPF_JA, BPF_CALL, BPF_EXIT,
                              BPF_NEG, BPF_END, BPF_ARSH, COND_JMP_OPS, BPF_PSEUDO_CALL,
                              BPF_PSEUDO_KFUNC_CALL,
                              BPF_PSEUDO_FUNC, BPF_PSEUDO_MAP_FD, BPF_PSEUDO_MAP_VALUE,
                              BPF_PSEUDO_MAP_IDX, BPF_PSEUDO_MAP_IDX_VALUE, BPF_PSEUDO_BTF_ID,
                              Insn)
from bpfsmt.spec.limits import MAX_BPF_STACK, MAX_CALL_FRAMES, BPF_MAX_VAR_OFF
from bpfsmt.spec.limits import BPF_MAX_SUBPROGS
from bpfsmt.spec.deltas import (SLEEPABLE_MAPS_MSG, SLEEPABLE_TRACING_ATTACH_612, SLEEPABLE_TYPES_MSG,
                                STACK_ROUND)
from bpfsmt.spec.program import Map
from bpfsmt.spec.progtypes import TRACING_PROG_TYPES
from bpfsmt.spec.errno import EACCES, EINVAL, E2BIG, EFAULT, EBADF, EPERM, EPROTO
from bpfsmt.spec.deadline import check_deadline
from bpfsmt.solver.verifier.bounds import U32
from bpfsmt.solver.verifier.calls import license_is_gpl_compatible
from bpfsmt.solver.verifier.state import BPF_FUNC_tail_call, BPF_FUNC_timer_set_callback
from bpfsmt.solver.verifier.vlog import BPF_LOG_LEVEL2


def bpf_pseudo_call(ins: Insn) -> bool:
    return ins.opcode == BPF_JMP | BPF_CALL and ins.src == BPF_PSEUDO_CALL


def bpf_pseudo_func(ins: Insn) -> bool:
    return ins.is_wide and ins.src == BPF_PSEUDO_FUNC


def bpf_helper_call(ins: Insn) -> bool:
    return ins.opcode == BPF_JMP | BPF_CALL and ins.src == 0


def has_jump_target(ins: Insn) -> bool:
    """A JA or conditional jump (JMP or JMP32 class): its offset must stay in the subprogram."""
    return ins.is_jmp and ins.code not in (BPF_CALL, BPF_EXIT)


def bpf_opcode_in_insntable(ins: Insn, cpu_v4: bool = False) -> bool:
    """bpf_opcode_in_insntable (6.1, plus the gotol form Debian's 6.1.192 carries); `cpu_v4`
    (ISA-V4) adds the unconditional bswap, the sign-extending loads and may_goto."""
    cls, op, src, size, mode = ins.cls, ins.code, ins.source, ins.size, ins.mode
    if cls in (BPF_ALU, BPF_ALU64):
        if op == BPF_NEG:
            return src == BPF_K
        if op == BPF_END:
            return cls == BPF_ALU or (cpu_v4 and src == BPF_K)
        return op <= BPF_ARSH
    if cls == BPF_JMP:
        if op in (BPF_JA, BPF_CALL, BPF_EXIT):
            return src == BPF_K
        if cpu_v4 and op == BPF_JCOND:
            return src == BPF_K
        return op in COND_JMP_OPS
    if cls == BPF_JMP32:
        return op in COND_JMP_OPS or (op == BPF_JA and src == BPF_K)
    if cls == BPF_LD:
        return (mode == BPF_IMM and size == BPF_DW) or (mode in (BPF_ABS, BPF_IND) and size != BPF_DW)
    if cls == BPF_LDX and cpu_v4 and mode == BPF_MEMSX:
        return size != BPF_DW
    if cls in (BPF_LDX, BPF_ST):
        return mode == BPF_MEM
    if cls == BPF_STX:
        return mode == BPF_MEM or (mode == BPF_ATOMIC and size in (BPF_W, BPF_DW))
    return False


class LoadPasses:
    """bpf_check() passes around do_check, mixed into Verifier."""
    # -------------------------------------------------------------- pass 1: subprogs
    def check_subprogs(self):
        subs = {0}
        for i, ins in enumerate(self.insns):
            if not self.priv.bpf_capable and (bpf_pseudo_call(ins) or bpf_pseudo_func(ins) or (
                    ins.opcode == BPF_JMP | BPF_CALL and ins.src == BPF_PSEUDO_KFUNC_CALL)):
                self.err("loading/calling other bpf or kernel functions are allowed for CAP_BPF "
                         "and CAP_SYS_ADMIN", EPERM, i)
            if bpf_pseudo_call(ins):
                t = i + ins.imm + 1
                if t < 0 or t >= self.n:
                    self.err("call to invalid destination", EINVAL, i)
                subs.add(t)
            elif bpf_pseudo_func(ins):
                t = i + ins.imm + 1
                if t < 0 or t >= self.n:
                    self.err("call to invalid destination", EINVAL, i)
                subs.add(t)
            elif ins.opcode == BPF_JMP | BPF_CALL and ins.src == BPF_PSEUDO_KFUNC_CALL:
                # add_kfunc_call: the license is checked before an unresolved (imm 0) call is
                # let through to fixup_kfunc_call
                if not license_is_gpl_compatible(self.prog.license):
                    self.err("cannot call kernel function from non-GPL compatible program",
                             EINVAL, i)
                if ins.imm or ins.off:
                    self.add_kfunc_call(ins, i)
        for f in self.prog.functions:
            if 0 <= f.start < self.n:
                subs.add(f.start)
        self.subprogs = sorted(subs)
        if len(self.subprogs) > BPF_MAX_SUBPROGS:
            self.err("too many subprograms", E2BIG)
        if self.vlog is not None and self.vlog.level & BPF_LOG_LEVEL2:
            for idx, start in enumerate(self.subprogs):
                self.vlog.verbose(f"func#{idx} @{start}\n")
        for idx, start in enumerate(self.subprogs):
            fn = self.prog.function_at(start)
            self.subprog_global[idx] = bool(fn and fn.is_global and idx != 0)
        bounds = self.subprogs + [self.n]
        cur = 0
        start, end = bounds[0], bounds[1]
        for i, ins in enumerate(self.insns):
            if bpf_helper_call(ins) and ins.imm == BPF_FUNC_tail_call:
                self.has_tail_call[cur] = True
            if ins.cls == BPF_LD and ins.mode in (BPF_ABS, BPF_IND):
                self.has_ld_abs[cur] = True
            if has_jump_target(ins):
                off = i + ins.jump_offset() + 1
                if off < start or off >= end:
                    self.err(f"jump out of range from insn {i} to {off}", EINVAL, i)
            if i == end - 1:
                if ins.opcode not in (BPF_JMP | BPF_EXIT, BPF_JMP | BPF_JA):
                    self.err("last insn is not an exit or jmp", EINVAL, i)
                start = end
                cur += 1
                if cur < len(self.subprogs):
                    end = bounds[cur + 1]

    # -------------------------------------------------------------- pass 2: attach / sleepable
    def check_btf_func(self):
        """check_btf_info's func_info walk: a subprogram whose BTF prototype does not return
        an int or enum may not hold LD_ABS or a tail call (their implicit exit returns an int
        from the middle of the function). A function without BTF (bpfsmt's own files) is
        taken as returning int."""
        if not self.func_info:
            return
        for idx, start in enumerate(self.subprogs[1:], 1):
            fn = self.prog.function_at(start)
            if fn is None or fn.returns_scalar is not False:
                continue
            if self.has_ld_abs.get(idx):
                self.err("LD_ABS is only allowed in functions that return 'int'.")
            if self.has_tail_call.get(idx):
                self.err("tail_call is only allowed in functions that return 'int'.")

    def check_attach_btf_id(self):
        p = self.prog
        pt = p.prog_type
        rs = self.rules
        if pt == "syscall":
            if self.sleepable:
                return
            if rs.on("SP-01"):
                self.err("Syscall programs can only be sleepable")
            return
        if self.sleepable and rs.on("SP-01"):
            if rs.kernel_has("SP-01-TYPES"):      # can_be_sleepable()
                ok = pt in ("lsm", "kprobe", "struct_ops") or (
                    pt == "tracing" and (p.expected_attach_type or "") in SLEEPABLE_TRACING_ATTACH_612)
            else:
                ok = pt in ("tracing", "lsm", "kprobe")
            if not ok:
                self.err(SLEEPABLE_TYPES_MSG[rs.kernel_has("SP-01-TYPES")])
        if pt not in ("tracing", "lsm", "ext"):
            return
        tgt = p.attach_target or ""
        at = p.expected_attach_type or ""
        if self.sleepable and rs.on("SP-02"):
            table = rs.kernel.sleepable
            if pt == "lsm":
                name = "bpf_lsm_" + tgt
                if not table.lsm_ok(tgt):
                    self.err(f"{name} is not sleepable")
            elif at in ("trace_fentry", "trace_fexit", "modify_return"):
                if not table.tracing_ok(tgt):
                    self.err(f"{tgt} is not sleepable")

    # -------------------------------------------------------------- pass 3: ldimm64 / maps
    def resolve_pseudo_ldimm64(self):
        i = 0
        while i < self.n:
            ins = self.insns[i]
            ldx_modes = (BPF_MEM, BPF_MEMSX) if self.rules.kernel_has("ISA-V4") else (BPF_MEM,)
            if ins.cls == BPF_LDX and (ins.mode not in ldx_modes or ins.imm != 0):
                self.err("BPF_LDX uses reserved fields", EINVAL, i)
            if ins.is_wide:
                nxt = self.insns[i + 1] if i + 1 < self.n else None
                if nxt is None or nxt.opcode != 0 or nxt.dst or nxt.src or nxt.off:
                    self.err("invalid bpf_ld_imm64 insn", EINVAL, i)
                if ins.src == 0 or ins.src == BPF_PSEUDO_FUNC:
                    i += 2
                    continue
                if ins.src == BPF_PSEUDO_BTF_ID:
                    # check_pseudo_btf_id: a kernel VAR of the loading kernel's BTF
                    # (by name: libbpf resolves the extern against the loading kernel)
                    if not ins.imm or vmlinux.ksym_var(ins.target or "", self.rules.kernel.name) is None:
                        self.err(f"ldimm64 insn specifies invalid btf_id {ins.imm}.", EINVAL, i)
                    i += 2
                    continue
                if ins.src in (BPF_PSEUDO_MAP_VALUE, BPF_PSEUDO_MAP_IDX_VALUE):
                    pass
                elif ins.src in (BPF_PSEUDO_MAP_FD, BPF_PSEUDO_MAP_IDX) and (ins.imm64_hi or 0) == 0:
                    pass
                else:
                    self.err("unrecognized bpf_ld_imm64 insn", EINVAL, i)
                if ins.src in (BPF_PSEUDO_MAP_IDX, BPF_PSEUDO_MAP_IDX_VALUE) and not self.maps:
                    # a loader passes fd_array only with maps to index (raw input has none)
                    self.err("fd_idx without fd_array is invalid", EPROTO, i)
                m = self.map_of(ins)
                if m is None:
                    # __bpf_map_get: an open file that is no map (the loader's stdin, stdout,
                    # stderr) is -EINVAL, a closed fd -EBADF
                    self.err(f"fd {ins.imm} is not pointing to valid bpf_map",
                             EINVAL if 0 <= ins.imm <= 2 else EBADF, i)
                self.check_map_prog_compatibility(m, i)
                if ins.src in (BPF_PSEUDO_MAP_VALUE, BPF_PSEUDO_MAP_IDX_VALUE):
                    off = (ins.imm64_hi or 0) & U32
                    if off >= BPF_MAX_VAR_OFF:
                        self.err(f"direct value offset of {off} is not allowed", EINVAL, i)
                    if m.map_type != "array":
                        self.err("no direct value access support for this map type", EINVAL, i)
                    if m.max_entries != 1 or off >= m.value_size:
                        self.err(f"invalid access to map value pointer, value_size={m.value_size} off={off}",
                                 EINVAL, i)
                i += 2
                continue
            if not bpf_opcode_in_insntable(ins, self.rules.kernel_has("ISA-V4")):
                self.err(f"unknown opcode {ins.opcode:02x}", EINVAL, i)
            i += 1

    def check_map_prog_compatibility(self, m: Map, i: int):
        p = self.prog
        pt = p.prog_type
        tracing = pt in TRACING_PROG_TYPES
        rs = self.rules
        mt = rs.kernel.map_type(m.map_type)
        if m.spin_lock_off >= 0 and rs.on("SL-03"):
            if pt == "socket_filter":
                self.err("socket filter progs cannot use bpf_spin_lock yet", EINVAL, i)
            if tracing:
                self.err("tracing progs cannot use bpf_spin_lock yet", EINVAL, i)
            if self.sleepable and not rs.kernel_has("SL-SLEEPABLE"):
                self.err("sleepable progs cannot use bpf_spin_lock yet", EINVAL, i)
        if m.timer_off >= 0 and tracing:
            self.err("tracing progs cannot use bpf_timer yet", EINVAL, i)
        if not mt.prog_use:
            self.err("bpf_struct_ops map cannot be used in prog", EINVAL, i)
        if self.sleepable and rs.on("SP-04"):
            if not mt.sleepable:
                self.err(SLEEPABLE_MAPS_MSG[rs.kernel_has("SP-04-MAPS")], EINVAL, i)

    # -------------------------------------------------------------- pass 4: CFG
    def check_cfg(self):
        """check_cfg: iterative DFS in push_insn order (fall-through edge first, then the branch).
        Back-edges are fine for CAP_BPF on jump edges (bounded loops); call edges and plain
        fall-through edges never may be back-edges ("back-edge from insn %d to %d")."""
        n = self.n
        DISCOVERED, EXPLORED = 1, 2
        state = [0] * n
        insns = self.insns

        prune, jmp = self.prune_points, self.jmp_points
        # CB-LOOP: a call whose sync callback is walked as a loop is a forced checkpoint
        cb_loop = self.rules.kernel_has("CB-LOOP")
        helpers = self.rules.kernel.helpers

        def succ(t):
            """[(w, loop_ok)] in push_insn order, marking prune and jump points as visit_insn
            does: branch targets, the insn after a call, a conditional jump itself."""
            ins = insns[t]
            if bpf_pseudo_func(ins):
                prune.add(t + 2)
                jmp.add(t + 2)
                prune.add(t)
                w = t + ins.imm + 1
                prune.add(w)
                jmp.add(w)
                return [(t + 1, False), (w, True)]
            if not ins.is_jmp:
                return [(t + 1, False)]
            op = ins.code
            if op == BPF_EXIT:
                return []
            if op == BPF_CALL:
                if ins.imm == BPF_FUNC_timer_set_callback:
                    prune.add(t)
                fn = helpers.get(ins.imm) if cb_loop and ins.src == 0 else None
                if fn is not None and fn.callback == "sync":
                    self.calls_callback.add(t)
                    prune.add(t)
                    jmp.add(t)
                prune.add(t + 1)
                jmp.add(t + 1)
                if ins.src == BPF_PSEUDO_CALL:
                    prune.add(t)
                    w = t + ins.imm + 1
                    prune.add(w)
                    jmp.add(w)
                    return [(t + 1, False), (w, False)]
                return [(t + 1, False)]
            if op == BPF_JA:
                w = t + ins.jump_offset() + 1
                prune.add(w)
                jmp.add(w)
                return [(w, True)]
            prune.add(t)
            w = t + ins.off + 1
            prune.add(w)
            jmp.add(w)
            return [(t + 1, True), (w, True)]

        stack = [0]
        state[0] = DISCOVERED
        it = {0: iter(succ(0))}
        while stack:
            check_deadline("the verifier's check_cfg")
            t = stack[-1]
            advanced = False
            for w, loop_ok in it[t]:
                if w < 0 or w >= n:
                    self.err(f"jump out of range from insn {t} to {w}", EINVAL, t)
                if state[w] == 0:
                    state[w] = DISCOVERED
                    stack.append(w)
                    it[w] = iter(succ(w))
                    advanced = True
                    break
                if state[w] == DISCOVERED:
                    if (not loop_ok and not self.rules.kernel_has("CFG-CALL-LOOP")) or \
                            not self.priv.bpf_capable:
                        self.err(f"back-edge from insn {t} to {w}", EINVAL, t)
                    self.has_back_edge = True
            if not advanced:
                state[t] = EXPLORED
                stack.pop()
        for i in range(n):
            if state[i] != EXPLORED:
                self.err(f"unreachable insn {i}", EINVAL, i)
        # Debian 6.1.1xx stable backport: a jump landing on the second slot of an ldimm64
        for t, ins in enumerate(insns):
            if has_jump_target(ins):
                w = t + ins.jump_offset() + 1
                if 0 < w < n and insns[w - 1].is_wide and w - 1 != t:
                    self.err(f"jump into the middle of ldimm64 insn {w - 1}", EINVAL, t)

    def check_max_stack_depth(self):
        def depth_of(i):
            return max((self.stack_depth.get(i, 0) + 31) // 32 * 32, 32)

        v612 = self.rules.kernel_has("STACK-ROUND")
        gran = STACK_ROUND[v612][0 if self.jit else 1]

        def rounded(i):
            d = self.stack_depth.get(i, 0)
            d = d if v612 else max(d, 1)        # round_up_stack_depth() takes the depth as it is
            return (d + gran - 1) // gran * gran

        subs = self.subprogs + [self.n]
        insns = self.insns
        ret_insn = [0] * MAX_CALL_FRAMES
        ret_prog = [0] * MAX_CALL_FRAMES
        depth = 0
        frame = 0
        idx = 0
        i = 0
        tail_call_reachable = False
        tcr = {}
        while True:
            # process_func
            if idx and self.has_tail_call.get(idx) and depth >= 256 and self.rules.on("TC-04"):
                self.err(f"tail_calls are not allowed when call stack of previous frames is {depth} bytes. Too large",
                         EACCES)
            depth += rounded(idx)
            if depth > MAX_BPF_STACK and self.rules.on("CORE-10"):
                self.err(f"combined stack size of {frame + 1} calls is {depth}. Too large", EACCES)
            # continue_func
            while True:
                end = subs[idx + 1]
                descended = False
                while i < end:
                    ins = insns[i]
                    if not (bpf_pseudo_call(ins) or bpf_pseudo_func(ins)):
                        i += 1
                        continue
                    ret_insn[frame] = i + 1
                    ret_prog[frame] = idx
                    nxt = i + ins.imm + 1
                    nidx = self.find_subprog(nxt)
                    if self.is_async_cb.get(nidx):
                        if self.has_tail_call.get(nidx):
                            self.err("verifier bug. subprog has tail_call and async cb", EFAULT)
                        i += 1
                        continue
                    i = nxt
                    idx = nidx
                    if self.has_tail_call.get(idx):
                        tail_call_reachable = True
                    frame += 1
                    if frame >= MAX_CALL_FRAMES:
                        self.err(f"the call stack of {frame} frames is too deep !", E2BIG)
                    descended = True
                    break
                if descended:
                    break
                if tail_call_reachable:
                    for j in range(frame):
                        tcr[ret_prog[j]] = True
                if tcr.get(0):
                    self.tail_call_reachable = True
                if frame == 0:
                    return
                depth -= rounded(idx)
                frame -= 1
                i = ret_insn[frame]
                idx = ret_prog[frame]
            # descended: loop to process_func

