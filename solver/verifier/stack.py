"""The stack: bounds of a stack access, spills and fills, byte types, helper reads of the stack.

A stack slot is 8 bytes with a type per byte (STACK_INVALID / SPILL / MISC / ZERO) and, when a
register was spilled there, the register itself, as bpf_stack_state keeps it. Debian's 6.1.1xx
lets root read uninitialised stack (allow_uninit_stack); an unprivileged loader may not, nor
overwrite part of a spilled pointer, and its scalars are spilled as plain bytes.
"""
from __future__ import annotations

from bpfsmt.spec import dynptr as DP
from bpfsmt.spec.insn import BPF_ST
from bpfsmt.spec.limits import MAX_BPF_STACK, BPF_MAX_VAR_OFF
from bpfsmt.spec.errno import EACCES, EINVAL
from bpfsmt.solver.verifier.bounds import s64, is_unbounded
from bpfsmt.solver.verifier.liveness import mark_slot_read
from bpfsmt.solver.verifier.precision import INSN_F_SPI_SHIFT, INSN_F_STACK_ACCESS
from bpfsmt.solver.verifier.state import (BPF_ADD_CONST, Reg, Frame, STACK_DYNPTR, STACK_INVALID,
                                          clear_scalar_id,
                                          STACK_SPILL, STACK_MISC, STACK_ZERO, REG_LIVE_READ64,
                                          REG_LIVE_WRITTEN, copy_register_state, mark_reg_unknown,
                                          mark_reg_known)


class StackAccess:
    """check_stack_{read,write} and friends, mixed into Verifier."""
    def update_stack_depth(self, frame: Frame, off: int):
        depth = -off
        sp = frame.subprogno
        if depth > self.stack_depth.get(sp, 0):
            self.stack_depth[sp] = depth

    def check_stack_access_within_bounds(self, st, r: Reg, regno, off, size, write, helper):
        """check_stack_access_within_bounds; the access then grows the frame's stack state
        (Debian's 6.1.1xx backport does this for reads too)."""
        extra = " indirect access to" if helper else (" write to" if write else " read from")
        frame = st.frames[r.frameno]
        b = r.b
        if b.var_off.is_const():
            min_off = s64(b.var_off.value) + off
            end = min_off + size            # the kernel's max_off: one past the last byte
        else:
            if b.smax >= BPF_MAX_VAR_OFF or b.smin <= -BPF_MAX_VAR_OFF:
                self.err(f"invalid unbounded variable-offset{extra} stack R{regno}", EACCES)
            min_off = b.smin + off
            end = b.smax + off + size       # a zero-sized access still spans [smin, smax]
        lo = -MAX_BPF_STACK if (write or helper) else -frame.allocated_stack
        if self.priv.allow_uninit_stack and not write:
            lo = -MAX_BPF_STACK
        # check_stack_slot_within_bounds on the lowest byte (-EACCES), nothing at or above the
        # frame pointer (-EINVAL)
        errno = EACCES if not lo <= min_off <= -1 else (EINVAL if end > 0 else 0)
        bad = errno != 0
        if bad and self.rules.on("CORE-02"):
            if b.var_off.is_const():
                self.err(f"invalid{extra} stack R{regno} off={off} size={size}", errno)
            self.err(f"invalid variable-offset{extra} stack R{regno} var_off={b.var_off} size={size}",
                     errno)
        if not bad:
            grown = (-min_off + 7) // 8 * 8
            frame.grow_stack_state(grown)
            self.update_stack_depth(frame, -grown)     # grow_stack_state's "known max" update

    def check_stack_write(self, st, r: Reg, regno, off, size, value_regno):
        frame = st.frames[r.frameno]
        if not r.b.var_off.is_const():
            self.check_stack_write_var_off(st, frame, r, off, size, value_regno)
            return
        off = s64(r.b.var_off.value) + off
        frame.grow_stack_state((-off + 7) // 8 * 8)
        slot = -off - 1
        spi = slot // 8
        sl = frame.slot_w(spi)
        if not self.priv.allow_ptr_leaks and sl.is_spilled() and size != 8:
            self.err("attempt to corrupt spilled pointer on stack", EACCES)
        cur = st.cur
        reg = cur.regs[value_regno] if value_regno >= 0 else None
        if not self.priv.bypass_spec_v4 and (
                (reg is not None and reg.type not in ("scalar", "?")) or
                any(sl.stype[(slot - i) % 8] not in (STACK_MISC, STACK_ZERO) for i in range(size))):
            self.sanitize_stack_spill.add(self.insn_idx)
        if self.rules.kernel_has("DYNPTR-612"):
            self.destroy_if_dynptr_stack_slot(st, frame, spi)
        if self.vlog is not None:
            self.vlog.mark_stack_slot_scratched(spi)
        capable = self.priv.bpf_capable
        ins = self.insns[self.insn_idx]
        if self.rules.kernel_has("SPILL-612") and capable and off % 8 == 0 and (
                (reg is not None and reg.type == "scalar") or (reg is None and ins.cls == BPF_ST)):
            # 6.12: every scalar (a zero too) and every BPF_ST immediate is a register spill,
            # with no precision mark; the value's id survives unless the spill narrows it
            if reg is None:
                reg = Reg()
                mark_reg_known(reg, ins.imm)
            fits = reg.b.umax.bit_length() <= 8 * size
            if fits and reg.id & BPF_ADD_CONST:
                clear_scalar_id(reg)        # assign_scalar_id_before_mov
            if fits and not reg.id and not reg.b.var_off.is_const():
                self.id_gen += 1
                reg.id = self.id_gen
            save_register_state(frame, spi, reg, size, v612=True,
                                allow_ptr_leaks=self.priv.allow_ptr_leaks)
            if not fits:
                clear_scalar_id(sl.spilled)
            self.push_stack_access(st, r.frameno, spi)
        elif (reg is not None and off % 8 == 0 and reg.type == "scalar"
                and not is_unbounded(reg.b) and not reg.is_null() and capable):
            if ins.dst != 10:
                self.mark_chain_precision(st, value_regno)
            save_register_state(frame, spi, reg, size)
            if reg.b.umax.bit_length() > 8 * size:
                sl.spilled.id = 0       # break the relation on a narrowing spill
        elif reg is None and off % 8 == 0 and ins.cls == BPF_ST and ins.imm != 0 and capable:
            fake = Reg()
            mark_reg_known(fake, ins.imm)
            save_register_state(frame, spi, fake, size)
        elif reg is not None and reg.type not in ("scalar", "?"):
            if size != 8:
                self.err("invalid size of register spill", EACCES)
            if frame is not cur and reg.type == "fp":
                self.err("cannot spill pointers to stack into stack frame of the caller")
            save_register_state(frame, spi, reg, size)
            self.push_stack_access(st, r.frameno, spi)
        else:
            typ = STACK_MISC
            sl.spilled.type = "?"
            if sl.is_spilled():         # scrub_spilled_slot: every byte but INVALID
                sl.stype = [t if t == STACK_INVALID else STACK_MISC for t in sl.stype]
            if size == 8:
                frame.stack_live[spi] |= REG_LIVE_WRITTEN
            if (reg is not None and reg.is_null()) or (reg is None and ins.cls == BPF_ST
                                                       and ins.imm == 0):
                if value_regno >= 0:
                    self.mark_chain_precision(st, value_regno)
                typ = STACK_ZERO
            for i in range(size):
                sl.stype[(slot - i) % 8] = typ

    def push_stack_access(self, st, frameno: int, spi: int) -> None:
        """HISTORY-612: a register spilled to or filled from slot `spi` of frame `frameno`
        (insn_stack_access_flags), for the history and the backtracking of stack slots."""
        if self.insn_hist_612:
            self.push_insn_history(st, INSN_F_STACK_ACCESS | spi << INSN_F_SPI_SHIFT | frameno)

    def check_stack_write_var_off(self, st, frame, r: Reg, off, size, value_regno):
        """check_stack_write_var_off: bytes become MISC (stay ZERO for a zero value)."""
        reg = st.cur.regs[value_regno] if value_regno >= 0 else None
        ins = self.insns[self.insn_idx]
        writing_zero = (reg is not None and reg.is_null()) or (
            reg is None and ins.cls == BPF_ST and ins.imm == 0)
        zero_used = False
        if self.rules.kernel_has("DYNPTR-612"):
            for a in range(r.b.smin + off, r.b.smax + off + size):
                self.destroy_if_dynptr_stack_slot(st, frame, (-a - 1) // 8)
        for a in range(r.b.smin + off, r.b.smax + off + size):
            slot = -a - 1
            sl = frame.slot_w(slot // 8)
            if self.vlog is not None:
                self.vlog.mark_stack_slot_scratched(slot // 8)
            sl.spilled.type = "?"
            new = STACK_MISC
            if writing_zero and sl.stype[slot % 8] == STACK_ZERO:
                new = STACK_ZERO
                zero_used = True
            sl.stype[slot % 8] = new
        if zero_used and value_regno >= 0:
            self.mark_chain_precision(st, value_regno)

    def check_stack_read(self, st, r: Reg, regno, off, size, value_regno):
        frame = st.frames[r.frameno]
        regs = st.cur.regs
        if not r.b.var_off.is_const():
            # check_stack_read_var_off: every slot in range is read; zeros stay zero
            lo, hi = r.b.smin + off, r.b.smax + off + size
            zeros = 0
            for a in range(lo, hi):
                slot = -a - 1
                spi = slot // 8
                mark_slot_read(self, frame, frame.stack_parent[spi], spi, REG_LIVE_READ64)
                zeros += frame.stack[spi].stype[slot % 8] == STACK_ZERO
            if value_regno >= 0:
                self.mark_reg_stack_read(regs, value_regno, zeros == hi - lo)
            return
        off = s64(r.b.var_off.value) + off
        slot = -off - 1
        spi = slot // 8
        sl = frame.stack[spi]
        stype = sl.stype
        if self.vlog is not None and self.vlog.v612:     # 6.12 shows the slot a fill read
            self.vlog.mark_stack_slot_scratched(spi)
        sp = sl.spilled
        if sl.is_spilled():
            spill_size = 1
            i = 7
            while i > 0 and stype[i - 1] == STACK_SPILL:
                spill_size += 1
                i -= 1
            if size != 8 or spill_size != 8:
                if sp.type != "scalar":
                    self.err("invalid size of register fill", EACCES)
                mark_slot_read(self, frame, frame.stack_parent[spi], spi, REG_LIVE_READ64)
                if value_regno < 0:
                    return
                if off % 8 == 0 and (size == spill_size or (
                        size < spill_size and self.rules.kernel_has("SPILL-612"))):
                    # 6.12 (bpf_stack_narrow_access_ok): a narrower fill copies the spill too;
                    # the load's coerce_reg_to_size cuts it, the id goes if that narrows it
                    regs[value_regno] = copy_register_state(regs[value_regno], sp)
                    if sp.b.umax.bit_length() > 8 * size:
                        clear_scalar_id(regs[value_regno])
                    self.push_stack_access(st, r.frameno, spi)
                elif self.rules.kernel_has("SPILL-612"):
                    kinds = [stype[(slot - i) % 8] for i in range(size)]
                    for i, t in enumerate(kinds):
                        if t in (STACK_SPILL, STACK_MISC, STACK_ZERO) or (
                                t == STACK_INVALID and self.priv.allow_uninit_stack):
                            continue
                        self.err(f"invalid read from stack off {off}+{i} size {size}", EACCES)
                    if (kinds.count(STACK_SPILL) == size and sp.b.var_off.mask == 0
                            and sp.b.var_off.value == 0) or kinds.count(STACK_ZERO) == size:
                        if kinds.count(STACK_SPILL) == size:    # a fill of the spilled zero
                            self.push_stack_access(st, r.frameno, spi)
                        mark_reg_known(regs[value_regno], 0)
                    else:
                        mark_reg_unknown(regs[value_regno])
                else:
                    for i in range(size):
                        t = stype[(slot - i) % 8]
                        if t in (STACK_SPILL, STACK_MISC):
                            continue
                        if t == STACK_INVALID and self.priv.allow_uninit_stack:
                            continue
                        self.err(f"invalid read from stack off {off}+{i} size {size}", EACCES)
                    mark_reg_unknown(regs[value_regno])
                regs[value_regno].live |= REG_LIVE_WRITTEN
                return
            if value_regno >= 0:
                regs[value_regno] = copy_register_state(regs[value_regno], sp)
                regs[value_regno].live |= REG_LIVE_WRITTEN
            elif self.is_pointer_value(sp):
                self.err(f"leaking pointer from stack off {off}", EACCES)
            mark_slot_read(self, frame, frame.stack_parent[spi], spi, REG_LIVE_READ64)
            self.push_stack_access(st, r.frameno, spi)
            return
        zeros = 0
        for i in range(size):
            t = stype[(slot - i) % 8]
            if t == STACK_MISC:
                continue
            if t == STACK_ZERO:
                zeros += 1
                continue
            if t == STACK_INVALID and self.priv.allow_uninit_stack:
                continue
            if self.rules.on("CORE-03"):
                self.err(f"invalid read from stack off {off}+{i} size {size}", EACCES)
        mark_slot_read(self, frame, frame.stack_parent[spi], spi, REG_LIVE_READ64)
        if value_regno >= 0:
            self.mark_reg_stack_read(regs, value_regno, zeros == size)

    def mark_reg_stack_read(self, regs, dst_regno: int, all_zero: bool):
        """All bytes read were STACK_ZERO: a known zero (6.1: precise, to stop backtracking;
        PRECISION-612: imprecise, backtracking stops at the fill anyway); otherwise an unknown
        scalar."""
        d = regs[dst_regno]
        if all_zero:
            mark_reg_known(d, 0)
            d.precise = not self.rules.kernel_has("PRECISION-612")
        else:
            mark_reg_unknown(d)
        d.live |= REG_LIVE_WRITTEN

    def check_stack_range_initialized(self, st, r: Reg, regno, off, size, zero_ok, meta):
        if size == 0 and not zero_ok:
            self.err("invalid zero-sized read", EACCES)
        self.check_stack_access_within_bounds(st, r, regno, off, size, True, helper=True)
        frame = st.frames[r.frameno]
        b = r.b
        if b.var_off.is_const():
            min_off = max_off = s64(b.var_off.value) + off
        else:
            if meta is not None and meta.get("raw_mode"):
                meta = None
            min_off, max_off = b.smin + off, b.smax + off
        if meta is not None and meta.get("raw_mode"):
            if self.rules.kernel_has("DYNPTR-612"):     # no helper writes into a dynptr
                for i in range(min_off, max_off + size):
                    slot = -i - 1
                    if slot < frame.allocated_stack and frame.stack[slot // 8].stype[slot % 8] == STACK_DYNPTR:
                        self.err(DP.RAW_WRITE % i, EACCES)
            meta["access_size"] = size
            meta["regno"] = regno
            return
        for i in range(min_off, max_off + size):
            slot = -i - 1
            spi = slot // 8
            sl = frame.stack[spi]
            t = sl.stype[slot % 8]
            if t == STACK_ZERO or (t == STACK_INVALID and self.priv.allow_uninit_stack):
                frame.slot_w(spi).stype[slot % 8] = STACK_MISC    # a helper may write anything
            elif t != STACK_MISC:
                if not sl.is_spilled() or (sl.spilled.type != "scalar" and
                                           not self.priv.allow_ptr_leaks):
                    if b.var_off.is_const():
                        self.err(f"invalid indirect read from stack R{regno} off {min_off}+{i - min_off} size {size}",
                                 EACCES)
                    self.err(f"invalid indirect read from stack R{regno} var_off {b.var_off}+{i - min_off} size {size}",
                             EACCES)
                sl = frame.slot_w(spi)
                mark_reg_unknown(sl.spilled)
                sl.stype = [x if x == STACK_INVALID else STACK_MISC for x in sl.stype]
            mark_slot_read(self, frame, frame.stack_parent[spi], spi, REG_LIVE_READ64)
        self.update_stack_depth(frame, min_off)


def save_register_state(frame: Frame, spi: int, reg: Reg, size: int, v612: bool = False,
                        allow_ptr_leaks: bool = False) -> None:
    """Spill `reg` to slot `spi`. The bytes below a narrower spill: 6.1's scrub_spilled_slot
    makes every written one MISC (a ZERO byte too); 6.12's mark_stack_slot_misc (`v612`) keeps
    ZERO bytes and, for a loader that may leak pointers, INVALID ones."""
    sl = frame.slot_w(spi)
    sl.spilled = copy_register_state(sl.spilled, reg)
    if size == 8:
        frame.stack_live[spi] |= REG_LIVE_WRITTEN
    for i in range(8, 8 - size, -1):
        sl.stype[i - 1] = STACK_SPILL
    for i in range(8 - size, 0, -1):
        t = sl.stype[i - 1]
        if (v612 and not (t == STACK_ZERO or (allow_ptr_leaks and t == STACK_INVALID))) or \
                (not v612 and t != STACK_INVALID):
            sl.stype[i - 1] = STACK_MISC
