"""The stack: bounds of a stack access, spills and fills, byte types, helper reads of the stack.

A stack slot is 8 bytes with a type per byte (STACK_INVALID / SPILL / MISC / ZERO) and, when a
register was spilled there, the register itself, as bpf_stack_state keeps it. Debian's 6.1.1xx
lets root read uninitialised stack (ALLOW_UNINIT_STACK).
"""
from __future__ import annotations

from bpfsmt.spec.limits import MAX_BPF_STACK
from bpfsmt.solver.verifier.bounds import s64, is_unbounded
from bpfsmt.solver.verifier.log import EACCES
from bpfsmt.solver.verifier.state import (Reg, Slot, Frame, BPF_MAX_VAR_OFF, ALLOW_UNINIT_STACK,
                                          STACK_INVALID, STACK_SPILL, STACK_MISC, STACK_ZERO,
                                          mark_reg_unknown, mark_reg_known)


class StackAccess:
    """check_stack_{read,write} and friends, mixed into Verifier."""
    def update_stack_depth(self, frame: Frame, off: int):
        depth = -off
        sp = frame.subprogno
        if depth > self.stack_depth.get(sp, 0):
            self.stack_depth[sp] = depth

    def check_stack_access_within_bounds(self, st, r: Reg, regno, off, size, write, helper):
        extra = " indirect access to" if helper else (" write to" if write else " read from")
        frame = st.frames[r.frameno]
        b = r.b
        if b.var_off.is_const():
            min_off = s64(b.var_off.value) + off
            max_off = min_off + size - 1 if size > 0 else min_off
        else:
            if b.smax >= BPF_MAX_VAR_OFF or b.smin <= -BPF_MAX_VAR_OFF:
                self.err(f"invalid unbounded variable-offset{extra} stack R{regno}", EACCES)
            min_off = b.smin + off
            max_off = b.smax + off + size - 1 if size > 0 else min_off
        lo = -MAX_BPF_STACK if (write or helper) else -frame.allocated_stack
        if ALLOW_UNINIT_STACK and not write:
            lo = -MAX_BPF_STACK
        bad = not (lo <= min_off <= -1) or not (lo <= max_off <= -1)
        if bad and self.rules.on("CORE-02"):
            if b.var_off.is_const():
                self.err(f"invalid{extra} stack R{regno} off={off} size={size}", EACCES)
            self.err(f"invalid variable-offset{extra} stack R{regno} var_off={b.var_off} size={size}",
                     EACCES)

    def _slot(self, frame: Frame, spi: int) -> Slot:
        s = frame.stack.get(spi)
        if s is None:
            s = Slot()
            frame.stack[spi] = s
        return s

    def _grow(self, frame: Frame, off: int):
        need = ((-off) + 7) // 8 * 8
        if need > frame.allocated_stack:
            frame.allocated_stack = need

    def check_stack_write(self, st, r: Reg, regno, off, size, value_regno):
        frame = st.frames[r.frameno]
        if not r.b.var_off.is_const():
            # check_stack_write_var_off: bytes become MISC (or ZERO for a zero value)
            lo, hi = r.b.smin + off, r.b.smax + off + size
            self._grow(frame, lo)
            for a in range(lo, hi):
                slot = -a - 1
                sl = self._slot(frame, slot // 8)
                if sl.is_spilled():
                    sl.stype = [STACK_MISC if t == STACK_SPILL else t for t in sl.stype]
                    sl.spilled = None
                sl.stype[slot % 8] = STACK_MISC
            return
        off = s64(r.b.var_off.value) + off
        self._grow(frame, off)
        slot = -off - 1
        spi = slot // 8
        sl = self._slot(frame, spi)
        cur = st.cur
        reg = cur.regs[value_regno] if value_regno >= 0 else None
        if (reg is not None and off % 8 == 0 and reg.type == "scalar"
                and not is_unbounded(reg.b) and not reg.is_null()):
            self._save_reg(sl, reg, size)
        elif reg is not None and reg.type not in ("scalar", "?"):
            if size != 8:
                self.err("invalid size of register spill", EACCES)
            if frame is not cur and reg.type == "fp":
                self.err("cannot spill pointers to stack into stack frame of the caller")
            self._save_reg(sl, reg, size)
        else:
            typ = STACK_MISC
            if sl.is_spilled():
                sl.stype = [STACK_MISC if t == STACK_SPILL else t for t in sl.stype]
            sl.spilled = None
            if reg is not None and reg.is_null():
                typ = STACK_ZERO
            for i in range(size):
                sl.stype[(slot - i) % 8] = typ

    def _save_reg(self, sl: Slot, reg: Reg, size: int):
        sl.spilled = reg.copy()
        for i in range(8, 8 - size, -1):
            sl.stype[i - 1] = STACK_SPILL
        for i in range(8 - size, 0, -1):
            if sl.stype[i - 1] == STACK_SPILL:
                sl.stype[i - 1] = STACK_MISC

    def check_stack_read(self, st, r: Reg, regno, off, size, value_regno):
        frame = st.frames[r.frameno]
        regs = st.cur.regs
        if not r.b.var_off.is_const():
            lo, hi = r.b.smin + off, r.b.smax + off + size
            for a in range(lo, hi):
                slot = -a - 1
                sl = frame.stack.get(slot // 8)
                t = sl.stype[slot % 8] if sl else STACK_INVALID
                if t == STACK_INVALID and not ALLOW_UNINIT_STACK:
                    self.err(f"invalid variable-offset read from stack R{regno} var_off={r.b.var_off} "
                             f"off={off} size={size}", EACCES)
            if value_regno >= 0:
                mark_reg_unknown(regs[value_regno])
            return
        off = s64(r.b.var_off.value) + off
        slot = -off - 1
        spi = slot // 8
        sl = frame.stack.get(spi) or Slot()
        stype = sl.stype
        if sl.is_spilled():
            spill_size = 1
            i = 7
            while i > 0 and stype[i - 1] == STACK_SPILL:
                spill_size += 1
                i -= 1
            sp = sl.spilled
            if size != 8 or spill_size != 8:
                if sp.type != "scalar":
                    self.err("invalid size of register fill", EACCES)
                if value_regno < 0:
                    return
                if off % 8 == 0 and size == spill_size:
                    regs[value_regno] = sp.copy()
                else:
                    for i in range(size):
                        t = stype[(slot - i) % 8]
                        if t in (STACK_SPILL, STACK_MISC):
                            continue
                        if t == STACK_INVALID and ALLOW_UNINIT_STACK:
                            continue
                        self.err(f"invalid read from stack off {off}+{i} size {size}", EACCES)
                    mark_reg_unknown(regs[value_regno])
                return
            if value_regno >= 0:
                regs[value_regno] = sp.copy()
            return
        zeros = 0
        for i in range(size):
            t = stype[(slot - i) % 8]
            if t == STACK_MISC:
                continue
            if t == STACK_ZERO:
                zeros += 1
                continue
            if t == STACK_INVALID and ALLOW_UNINIT_STACK:
                continue
            if self.rules.on("CORE-03"):
                self.err(f"invalid read from stack off {off}+{i} size {size}", EACCES)
        if value_regno >= 0:
            if zeros == size:
                mark_reg_known(regs[value_regno], 0)
            else:
                mark_reg_unknown(regs[value_regno])

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
            meta["access_size"] = size
            meta["regno"] = regno
            return
        for i in range(min_off, max_off + size):
            slot = -i - 1
            spi = slot // 8
            sl = frame.stack.get(spi)
            ok = False
            if frame.allocated_stack > slot and sl is not None:
                t = sl.stype[slot % 8]
                if t == STACK_MISC:
                    ok = True
                elif t == STACK_ZERO:
                    sl.stype[slot % 8] = STACK_MISC
                    ok = True
                elif sl.is_spilled():
                    # a helper may write anything: the spilled register becomes misc bytes
                    sl.stype = [STACK_MISC if x == STACK_SPILL else x for x in sl.stype]
                    sl.spilled = None
                    ok = True
                elif t == STACK_INVALID and ALLOW_UNINIT_STACK:
                    sl.stype[slot % 8] = STACK_MISC
                    ok = True
            elif ALLOW_UNINIT_STACK:
                ok = True
            if not ok and self.rules.on("CORE-03"):
                if b.var_off.is_const():
                    self.err(f"invalid indirect read from stack R{regno} off {min_off}+{i - min_off} size {size}",
                             EACCES)
                self.err(f"invalid indirect read from stack R{regno} var_off {b.var_off}+{i - min_off} size {size}",
                         EACCES)
        self.update_stack_depth(frame, min_off)

