"""The unprivileged loader's rules: pointer leaks and Spectre v1 sanitation (verifier.c, 6.1).

Without CAP_PERFMON (`allow_ptr_leaks`, `bypass_spec_v1` off) a program may not let a pointer
value escape as a number (stored to memory, compared, returned, passed as a plain helper
argument), and pointer arithmetic with a register must stay maskable: sanitize_ptr_alu records
per instruction the direction and the limit the fixup will mask the offset with, refuses an
instruction whose paths disagree on them ("from different maps, paths or scalars"), and walks the
path a mispredicted mask would take (the unmoved pointer) as speculative execution; a branch
decided by the bounds has its other side walked speculatively too. sanitize_check_bounds keeps
the result inside its map value or the stack.
"""
from __future__ import annotations

from bpfsmt.spec.errno import EACCES
from bpfsmt.spec.insn import ALU_NAMES, BPF_K, BPF_X, Insn
from bpfsmt.spec.limits import MAX_BPF_STACK
from bpfsmt.spec.privileges import (BPF_ALU_IMMEDIATE, BPF_ALU_NEG_VALUE, BPF_ALU_NON_POINTER,
                                    BPF_ALU_SANITIZE_DST, BPF_ALU_SANITIZE_SRC, SANITIZE_ERR)
from bpfsmt.solver.verifier.bounds import U32, s64
from bpfsmt.solver.verifier.log import VerifierError
from bpfsmt.solver.verifier.state import Reg, State, copy_register_state, mark_reg_unknown

# sanitize_ptr_alu's failure reasons
REASON_BOUNDS, REASON_TYPE, REASON_PATHS, REASON_LIMIT = "bounds", "type", "paths", "limit"


def _s32_abs(v: int) -> int:
    """abs() of a u32 difference as the kernel's macro computes it (through int)."""
    v &= U32
    if v & 0x80000000:
        v -= 1 << 32
    return abs(v) & U32


class Unprivileged:
    """is_pointer_value and the sanitize_* family, mixed into Verifier."""

    def is_pointer_value(self, r: Reg) -> bool:
        """__is_pointer_value: a pointer the loader may not observe as a number."""
        return not self.priv.allow_ptr_leaks and r.type != "scalar"

    def check_leak(self, regs, regno: int, into: str) -> None:
        """`R%d leaks addr into <into>` when `regno` holds a pointer (unprivileged)."""
        if regno >= 0 and self.is_pointer_value(regs[regno]):
            self.err(f"R{regno} leaks addr into {into}", EACCES)

    def sanitize_err(self, ins: Insn, reason: str, off_is_dst: bool) -> None:
        """sanitize_err(); its `off_reg == dst_reg` never holds in 6.1 (the offset is a copy or
        the source), so a bounds reason names the source and a type reason the destination;
        6.12 passes the destination itself for `scalar += pointer` (SANITIZE-REG)."""
        op = "add" if ALU_NAMES[ins.code] == "add" else "sub"
        dst, src = ins.dst, ins.src
        same = off_is_dst and self.rules.kernel_has("SANITIZE-REG")
        msg = {REASON_BOUNDS: f"R{dst if same else src} has unknown scalar with mixed signed "
                              f"bounds, {SANITIZE_ERR}",
               REASON_TYPE: f"R{src if same else dst} has pointer with unsupported alu "
                            f"operation, {SANITIZE_ERR}",
               REASON_PATHS: f"R{dst} tried to {op} from different maps, paths or scalars, "
                             f"{SANITIZE_ERR}",
               REASON_LIMIT: f"R{dst} tried to {op} beyond pointer bounds, {SANITIZE_ERR}"}[reason]
        self.err(msg, EACCES)

    @staticmethod
    def retrieve_ptr_limit(ptr: Reg, mask_to_left: bool):
        """(alu_limit, None) or (None, reason): how far the pointer may move in the masked
        direction (u32 arithmetic as in the kernel)."""
        if ptr.type == "fp":
            limit_max = MAX_BPF_STACK + mask_to_left
            limit = (-(s64(ptr.b.var_off.value) + ptr.off)) & U32
        elif ptr.type == "map_value":
            limit_max = ptr.map.value_size
            limit = ((ptr.b.smin if mask_to_left else ptr.b.umax) + ptr.off) & U32
        else:
            return None, REASON_TYPE
        if limit >= limit_max:
            return None, REASON_LIMIT
        return limit, None

    def update_alu_sanitation_state(self, alu_state: int, alu_limit: int):
        old = self.alu_aux.get(self.insn_idx)
        if old is not None and old != (alu_state, alu_limit):
            return REASON_PATHS
        self.alu_aux[self.insn_idx] = (alu_state, alu_limit)
        return None

    def sanitize_val_alu(self, ins: Insn, op: str) -> None:
        """Scalar add/sub by a register at an instruction that elsewhere moves a pointer."""
        if self.priv.bypass_spec_v1 or ins.source == BPF_K or op not in ("add", "sub"):
            return
        if self.update_alu_sanitation_state(BPF_ALU_NON_POINTER, 0):
            self.sanitize_err(ins, REASON_PATHS, False)

    def sanitize_ptr_alu(self, st: State, ins: Insn, op: str, ptr: Reg, off: Reg,
                         off_is_dst: bool, info: dict) -> None:
        """The first half (before the move): record the masking and push the speculative path
        on which the offset was masked to zero, i.e. the destination holds the unmoved pointer."""
        if self.priv.bypass_spec_v1 or ins.source == BPF_K:
            return
        ob = off.b
        off_is_imm = ob.var_off.is_const()
        off_is_neg = ob.smin < 0
        if not st.speculative:
            if not off_is_imm and (ob.smin < 0) != (ob.smax < 0):
                self.sanitize_err(ins, REASON_BOUNDS, off_is_dst)
            info["mask_to_left"] = (op == "add" and off_is_neg) or (op == "sub" and not off_is_neg)
            limit, reason = self.retrieve_ptr_limit(ptr, info["mask_to_left"])
            if reason:
                self.sanitize_err(ins, reason, off_is_dst)
            alu_state = (BPF_ALU_NEG_VALUE if off_is_neg else 0) | \
                (BPF_ALU_IMMEDIATE if off_is_imm else 0) | \
                (BPF_ALU_SANITIZE_DST if off_is_dst else BPF_ALU_SANITIZE_SRC)
            info["aux"] = (alu_state, limit)
            if not off_is_imm:
                self.explore_alu_limits = True
        if off_is_imm:
            return
        spec = st.copy()
        regs = spec.cur.regs
        regs[ins.dst] = copy_register_state(regs[ins.dst], ptr)
        self.push_stack(spec, self.insn_idx + 1, self.insn_idx, speculative=True)

    def sanitize_ptr_alu_commit(self, st: State, ins: Insn, new: Reg, off_is_dst: bool,
                                info: dict) -> None:
        """The commit window: the mask's limit is the distance the pointer actually moved."""
        if self.priv.bypass_spec_v1 or ins.source == BPF_K or st.speculative:
            return
        limit, reason = self.retrieve_ptr_limit(new, info["mask_to_left"])
        if reason:
            self.sanitize_err(ins, reason, off_is_dst)
        alu_state, before = info["aux"]
        if self.update_alu_sanitation_state(alu_state, _s32_abs(before - limit)):
            self.sanitize_err(ins, REASON_PATHS, False)

    def sanitize_check_bounds(self, ins: Insn, new: Reg) -> None:
        """The moved pointer must still point into its map value or the stack."""
        if self.priv.bypass_spec_v1:
            return
        dno = ins.dst
        if new.type == "fp":
            off = new.off + s64(new.b.var_off.value)
            if not new.b.var_off.is_const():
                self.err(f"R{dno} variable stack access prohibited for !root, "
                         f"var_off={self.tnum_log(new.b.var_off)} off={off}", EACCES)
            if off >= 0 or off < -MAX_BPF_STACK:
                self.err(f"R{dno} stack pointer arithmetic goes out of range, prohibited for "
                         f"!root; off={off}", EACCES)
        elif new.type == "map_value":
            try:
                self.check_map_access(new, dno, new.off, 1, False)
            except VerifierError as e:
                self.err(e.lines + [f"R{dno} pointer arithmetic of map value goes out of range, "
                                    "prohibited for !root"], EACCES)

    def sanitize_speculative_path(self, st: State, ins: Insn, next_idx: int) -> None:
        """The side of a decided branch a mispredicting CPU would take, walked as speculative
        execution with the compared registers unknown."""
        if self.priv.bypass_spec_v1:
            return
        spec = st.copy()
        regs = spec.cur.regs
        mark_reg_unknown(regs[ins.dst])
        if ins.source == BPF_X:
            mark_reg_unknown(regs[ins.src])
        self.push_stack(spec, next_idx, self.insn_idx, speculative=True)
