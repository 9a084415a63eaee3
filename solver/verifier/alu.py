"""ALU instructions: check_alu_op and the bounds it derives, as verifier.c's ALU section does.

Scalar arithmetic goes to adjust_scalar_min_max_vals (bounds.py, the tnum and range rules);
pointer arithmetic to adjust_ptr_min_max_vals, which keeps a constant in the pointer's fixed
`off` and a variable part in its bounds, refusing what 6.1 refuses (32-bit pointer arithmetic,
arithmetic on maybe-null or packet-end pointers, offsets beyond BPF_MAX_VAR_OFF).
"""
from __future__ import annotations

import functools
from typing import Optional

from bpfsmt.spec.insn import BPF_ALU64, BPF_X, ALU_NAMES, ALU_SYMBOLS, Insn
from bpfsmt.spec.isa import CONCRETE, alu
from bpfsmt.spec.errno import EACCES, EINVAL
from bpfsmt.spec.limits import BPF_MAX_VAR_OFF
from bpfsmt.solver.verifier.bounds import (Bounds, bounds_fields, tnum_add, tnum_sub, mark_known,
                                           mark_32_unbounded, reg_bounds_sync, adjust_scalar,
                                           mov_imm, mov32_reg, movsx, mark_reg32_known, S64_MIN, S64_MAX,
                                           S32_MAX, U32, U64, s64)
from bpfsmt.solver.verifier.liveness import is_reg64, mark_reg_read
from bpfsmt.solver.verifier.state import (BPF_ADD_CONST, Reg, State, REG_LIVE_READ32,
                                          REG_LIVE_READ64, REG_LIVE_WRITTEN, clear_scalar_id,
                                          copy_register_state, mark_reg_unknown, mark_reg_known)

# bpf_alu_string (kernel/bpf/disasm.c) by operation name: how pointer-arithmetic errors print
BPF_ALU_STRING = {ALU_NAMES[code]: sym for code, sym in ALU_SYMBOLS.items()}


def known_value(b: Bounds):
    """The register's value when it is a constant in every field as ___mark_reg_known leaves it
    (a constant tnum with bounds that disagree is left to the general rules), else None."""
    t = b.var_off
    if t.mask:
        return None
    v = t.value
    lo = v & 0xFFFFFFFF
    if b.umin == v == b.umax and b.smin == b.smax == (v - (1 << 64) if v >> 63 else v) and \
            b.u32min == b.u32max == lo and b.s32min == b.s32max == (lo - (1 << 32) if lo >> 31 else lo):
        return v
    return None


def scalar_alu_known(ins: Insn, op: str, alu64: bool, d: Bounds, s: Bounds) -> Optional[int]:
    """adjust_scalar_min_max_vals of two constants: the rules keep a constant tnum through every
    operation but DIV/MOD and over-wide shifts, and reg_bounds_sync of a constant tnum inside its
    bounds is that constant, so the outcome is ___mark_reg_known of the ISA's result, returned
    here. Computed directly because constant arithmetic is most of what a long loop does; None
    leaves `d` to the general rules (tests/test_verifier_fastpath.py holds the two equal)."""
    return scalar_alu_known_src(ins, op, alu64, d, known_value(s))


def scalar_alu_known_src(ins: Insn, op: str, alu64: bool, d: Bounds, sv) -> Optional[int]:
    """scalar_alu_known with the source given as its value (None: not a constant), so that an
    immediate needs no Bounds."""
    if sv is None or op in ("div", "mod"):
        return None
    if op in ("lsh", "rsh", "arsh") and sv >= (64 if alu64 else 32):
        return None
    dv = known_value(d)
    if dv is None:
        return None
    return alu(CONCRETE, ins, dv, sv)


ALU_MEMO_SIZE = 1 << 13       # outcomes remembered per program (a few MB); forgotten beyond


KNOWN_BOUNDS: dict = {}       # constant -> its bounds, shared (bounds are never changed in place)
KNOWN_BOUNDS_SIZE = 1 << 12


def set_known_bounds(r: Reg, v: int) -> None:
    """___mark_reg_known of `r`'s bounds only (its id and precision stay). A walk makes the
    same constants again and again (a loop counter's next value, a masked index): their
    bounds are made once."""
    b = KNOWN_BOUNDS.get(v)
    if b is None:
        if len(KNOWN_BOUNDS) >= KNOWN_BOUNDS_SIZE:
            KNOWN_BOUNDS.clear()
        b = KNOWN_BOUNDS[v] = Bounds.__new__(Bounds)
        mark_known(b, v)
    r.b = b


# alu_plan's kinds; MOVSX and UNARY (NEG, END) take check_alu_op's rarer turns
MOV_K, MOV_X, ALU_K, ALU_X, MOVSX, UNARY = range(6)
SHIFTS = ("lsh", "rsh", "arsh")


def alu_plan(ins: Insn, isa_v4: bool) -> tuple:
    """check_alu_op's checks of the insn alone, decided once per insn: (kind, op, alu64, dst,
    src, imm, reads, flag, errs, scratch), errs = (field_err, read_err, dst_err) or None when
    the insn passes them all.
    `field_err`: the opcode's reserved-fields message, given before any register is looked at;
    `reads`: the registers check_reg_arg(SRC_OP) reads, in the kernel's order, up to one past
    R10; `flag`: their liveness mark (is_reg64); `read_err`: (message, errno) after the reads -
    that register number, or else a constant divisor or shift the kernel refuses; `dst_err`:
    check_reg_arg's refusal of the destination (past R10, or the frame pointer); `scratch`: the
    registers check_reg_arg marks scratched for the log."""
    op = ALU_NAMES[ins.code]
    alu64 = ins.cls == BPF_ALU64
    src_x = ins.source == BPF_X
    dst, src, off, imm = ins.dst, ins.src, ins.off, ins.imm
    flag = REG_LIVE_READ64 if is_reg64(ins, dst, None, True) else REG_LIVE_READ32
    field_err = value_err = None
    if op == "neg":
        kind, reads = UNARY, (dst,)
        if src_x or src != 0 or off != 0 or imm != 0:
            field_err = "BPF_NEG uses reserved fields"
    elif op == "end":
        kind, reads = UNARY, (dst,)
        # ISA-V4: ALU64|END|TO_LE is the unconditional bswap
        if src != 0 or off != 0 or imm not in (16, 32, 64) or \
                (alu64 and not (isa_v4 and ins.source == 0)):
            field_err = "BPF_END uses reserved fields"
    elif op == "mov":
        if src_x:
            kind, reads = (MOVSX if off else MOV_X), (src,)
            movsx_widths = (8, 16, 32) if alu64 else (8, 16)       # ISA-V4 movsx
            if imm != 0 or (off != 0 and not (isa_v4 and off in movsx_widths)):
                field_err = "BPF_MOV uses reserved fields"
        else:
            kind, reads = MOV_K, ()
            if src != 0 or off != 0:
                field_err = "BPF_MOV uses reserved fields"
    else:
        # ISA-V4: off 1 turns div/mod into sdiv/smod
        signed_ok = isa_v4 and op in ("div", "mod") and off == 1
        if src_x:
            kind, reads = ALU_X, (src, dst)
            if imm != 0 or (off != 0 and not signed_ok):
                field_err = "BPF_ALU uses reserved fields"
        else:
            kind, reads = ALU_K, (dst,)
            if src != 0 or (off != 0 and not signed_ok):
                field_err = "BPF_ALU uses reserved fields"
            if op in ("mod", "div") and imm == 0:
                value_err = ("div by zero", EINVAL)
            elif op in SHIFTS and not 0 <= imm < (64 if alu64 else 32):
                value_err = (f"invalid shift {imm}", EINVAL)
    read_err = value_err
    for i, regno in enumerate(reads):
        if regno >= 11:
            reads, read_err = reads[:i], (f"R{regno} is invalid", EINVAL)
            break
    dst_err = (f"R{dst} is invalid", EINVAL) if dst >= 11 else \
        ("frame pointer is read only", EACCES) if dst == 10 else None
    scratch = 0
    for regno in reads + ((dst,) if dst < 11 else ()):
        scratch |= 1 << regno
    errs = (field_err, read_err, dst_err) if field_err or read_err or dst_err else None
    return kind, op, alu64, dst, src, imm, reads, flag, errs, scratch


class AluOps:
    """check_alu_op and the min/max tracking it calls, mixed into Verifier."""
    def check_alu_op(self, st: State, ins: Insn):
        """check_alu_op, every check in the kernel's order: the insn's own checks as alu_plan
        decided them, check_reg_arg's on the registers (inlined: the liveness width is the
        plan's; a log only adds the scratch marks), then the new value."""
        idx = self.insn_idx
        plan = self.alu_plans.get(idx)
        if plan is None:
            plan = self.alu_plans[idx] = alu_plan(ins, self.isa_v4)
        kind, op, alu64, dst, src, imm, reads, flag, errs, scratch = plan
        if errs is not None and errs[0] is not None:
            self.err(errs[0])
        if self.vlog is not None:     # what the insn's check_reg_arg calls mark (an error ends
            self.vlog.scratched_regs |= scratch       # the walk before they are printed)
        regs = st.frames[-1].regs
        for regno in reads:                   # check_reg_arg(SRC_OP)
            r = regs[regno]
            if r.type == "?" and self.core01:
                self.err(f"R{regno} !read_ok", EACCES)
            if regno != 10 and r.parent is not None and not r.live & REG_LIVE_WRITTEN:
                mark_reg_read(self, r, r.parent, flag)
        if errs is not None or kind >= MOVSX:
            read_err, dst_err = (None, None) if errs is None else errs[1:]
            if read_err is not None:
                self.err(*read_err)
            if kind == UNARY and self.is_pointer_value(regs[dst]):
                self.err(f"R{dst} pointer arithmetic prohibited", EACCES)
            if dst_err is not None:           # check_reg_arg(DST_OP_NO_MARK; NEG / END: DST_OP)
                self.err(*dst_err)
        d = regs[dst]
        d.live |= REG_LIVE_WRITTEN
        if kind == MOV_K:
            mark_reg_unknown(d)
            mov_imm(d.b, imm, alu64, bugs=self.range_bugs)     # d.b is new
        elif kind == MOV_X:
            self.mov_reg(regs, dst, src, alu64)
        elif kind == UNARY:
            mark_reg_unknown(d)
        elif kind == MOVSX:
            self.check_movsx(regs, dst, src, ins.off, alu64)
        else:
            self.alu_two_operands(st, ins, op, alu64, kind == ALU_X, regs)

    def alu_two_operands(self, st: State, ins: Insn, op: str, alu64: bool, src_x: bool, regs):
        """A two-operand ALU insn after its checks: the destination's new bounds."""
        dst = regs[ins.dst]
        link = dst.id if self.linked_const_612 and dst.type == "scalar" else 0
        self.adjust_reg_min_max_vals(st, ins, op, alu64, src_x)
        if link and dst.type == "scalar" and regs[ins.dst] is dst:
            self.link_add_const(dst, link, ins, op, alu64, src_x, regs)

    @functools.cached_property
    def linked_const_612(self) -> bool:
        return self.rules.kernel_has("LINKED-CONST-612") and self.priv.bpf_capable

    @staticmethod
    def link_add_const(dst: Reg, link: int, ins: Insn, op: str, alu64: bool, src_x: bool, regs):
        """adjust_reg_min_max_vals (LINKED-CONST-612): after a 64-bit `rX += k` with a known k
        up to S32_MAX, rX stays linked to its id's registers with the delta k in off;
        anything else (or a second delta) unlinks it."""
        src = regs[ins.src] if src_x else None
        if op == "add" and alu64 and (src is None or (src.type == "scalar" and
                                                      src.b.var_off.is_const() and ins.src != ins.dst)):
            val = src.b.var_off.value if src_x else ins.imm & U64
            if not link & BPF_ADD_CONST and val <= S32_MAX:
                dst.id = link | BPF_ADD_CONST
                dst.off = val
                return
        clear_scalar_id(dst)

    def assign_scalar_id_before_mov(self, s: Reg) -> None:
        """A scalar source gets an id before it is copied, so that what a branch learns of one
        copy spreads to the other (SCALAR-ID-612: not for constants; one `rX += k` at a time,
        so the source forgets its delta)."""
        if s.type != "scalar":
            return
        if self.linked_const_612 and s.id & BPF_ADD_CONST:
            clear_scalar_id(s)
        if not s.id and not (self.scalar_id_612 and s.b.var_off.is_const()):
            self.id_gen += 1
            s.id = self.id_gen

    def mov_reg(self, regs: list, dst: int, src: int, alu64: bool) -> None:
        """BPF_MOV | BPF_X after its checks: the copy, linked to its source by a scalar id;
        6.12 links a 32-bit copy too when the value fits 32 bits (otherwise the source keeps
        its id, a `+= k` delta included, and only the copy loses it)."""
        s = regs[src]
        if alu64:
            self.assign_scalar_id_before_mov(s)
            regs[dst] = copy_register_state(regs[dst], s)
            return
        if self.is_pointer_value(s):
            self.err(f"R{src} partial copy of pointer", EACCES)
        if s.type == "scalar":
            fits = self.scalar_id_612 and s.b.umax.bit_length() <= 32
            if fits:
                self.assign_scalar_id_before_mov(s)
            d = copy_register_state(regs[dst], s)
            if not fits:
                clear_scalar_id(d)
        else:
            d = regs[dst]
            mark_reg_unknown(d)
        mov32_reg(d.bw(), bugs=self.range_bugs)
        regs[dst] = d

    def check_movsx(self, regs: list, dst: int, src: int, bits: int, alu64: bool) -> None:
        """ISA-V4 movsx after check_reg_arg(dst): a scalar copied and sign-extended from `bits`
        (coerce_reg_to_size_sx), still linked to its source when the extension cannot change the
        value; a pointer refused when it may not leak, else the copy is unknown (32-bit: as any
        32-bit write, zero-extended)."""
        s = regs[src]
        if self.is_pointer_value(s):
            self.err(f"R{src} sign-extension part of pointer" if alu64 else
                     f"R{src} partial copy of pointer", EACCES)
        if s.type != "scalar":
            d = regs[dst]
            mark_reg_unknown(d)
            if not alu64:
                mov32_reg(d.bw(), bugs=self.range_bugs)
            return
        no_sext = s.b.umax < 1 << (bits - 1)
        if no_sext:
            self.assign_scalar_id_before_mov(s)
        d = copy_register_state(regs[dst], s)
        if not no_sext:
            clear_scalar_id(d)
        movsx(d.bw(), bits, alu64, bugs=self.range_bugs)
        regs[dst] = d

    def adjust_reg_min_max_vals(self, st, ins, op, alu64, src_x):
        regs = st.frames[-1].regs
        dst = regs[ins.dst]
        ptr = dst if dst.type != "scalar" else None
        if dst.type == "scalar":
            dst.id = 0
        if src_x:
            src = regs[ins.src]
            if src.type != "scalar":
                if dst.type != "scalar":
                    if op == "sub" and self.priv.allow_ptr_leaks:
                        mark_reg_unknown(dst)
                        return
                    self.err(f"R{ins.dst} pointer {BPF_ALU_STRING[op]} pointer prohibited", EACCES)
                self.mark_chain_precision(st, ins.dst)
                return self.adjust_ptr_min_max_vals(st, ins, op, alu64, ptr_reg=src, off_reg=dst.copy(),
                                       off_is_dst=True)
            if ptr is not None:
                self.mark_chain_precision(st, ins.src)
                return self.adjust_ptr_min_max_vals(st, ins, op, alu64, ptr_reg=dst.copy(), off_reg=src,
                                       off_is_dst=False)
            srcb = src.b
            if dst.precise:
                self.mark_chain_precision(st, ins.src)
            self.sanitize_val_alu(ins, op)
        else:
            if ptr is None and not self.range_bugs:
                v = scalar_alu_known_src(ins, op, alu64, dst.b, ins.imm & U64)
                if v is not None:
                    set_known_bounds(dst, v)
                    return
            srcb = Bounds()
            mark_known(srcb, ins.imm)
            if ptr is not None:
                off = Reg()
                mark_reg_known(off, ins.imm)
                return self.adjust_ptr_min_max_vals(st, ins, op, alu64, ptr_reg=dst.copy(), off_reg=off,
                                       off_is_dst=False)
        bugs = self.range_bugs
        # (an immediate source tried the shortcut above)
        if src_x and not bugs:
            v = scalar_alu_known(ins, op, alu64, dst.b, srcb)
            if v is not None:
                set_known_bounds(dst, v)
                return
        if op in ("and", "or") and "BOUNDS-612" in bugs and srcb.var_off.is_const():
            self.maybe_fork_scalars(st, ins, dst)
        # adjust_scalar_min_max_vals is a function of the two bounds (the rules fixed per env),
        # and a walk meets the same few hundred pairs again and again: outcomes remembered
        db = dst.b
        key = (op, alu64, *bounds_fields(db), *bounds_fields(srcb))
        out = self.alu_memo.get(key)
        if out is None:
            nb = db.copy()
            ok = adjust_scalar(nb, srcb.copy() if src_x else srcb, op, not alu64, bugs=bugs)
            if len(self.alu_memo) >= ALU_MEMO_SIZE:
                self.alu_memo.clear()
            out = self.alu_memo[key] = nb if ok else None
        if out is None:
            mark_reg_unknown(dst)
        else:
            dst.b = out

    def maybe_fork_scalars(self, st: State, ins: Insn, dst: Reg) -> None:
        """6.12: a destination of AND/OR with a constant that is -1 or 0 (s>>= 63's result, in 64
        or else 32 bits) is walked as both: a branch state re-runs this insn with it 0, this
        walk goes on with it -1."""
        b = dst.b
        if b.smin == -1 and b.smax == 0:
            known = mark_known
        elif b.s32min == -1 and b.s32max == 0:
            known = mark_reg32_known
        else:
            return
        other = st.copy()
        known(other.frames[-1].regs[ins.dst].bw(), 0)
        known(dst.bw(), U64 if known is mark_known else U32)
        self.push_stack(other, self.insn_idx, self.insn_idx)

    def check_reg_sane_offset(self, r: Reg, tstr: str) -> None:
        b = r.b
        known = b.var_off.is_const()
        val = s64(b.var_off.value)
        if known and (val >= BPF_MAX_VAR_OFF or val <= -BPF_MAX_VAR_OFF):
            self.err(f"math between {tstr} pointer and {val} is not allowed", EINVAL)
        if r.off >= BPF_MAX_VAR_OFF or r.off <= -BPF_MAX_VAR_OFF:
            self.err(f"{tstr} pointer offset {r.off} is not allowed", EINVAL)
        if b.smin == S64_MIN:
            self.err(f"math between {tstr} pointer and register with unbounded min value is not allowed",
                     EINVAL)
        if b.smin >= BPF_MAX_VAR_OFF or b.smin <= -BPF_MAX_VAR_OFF:
            self.err(f"value {b.smin} makes {tstr} pointer be out of bounds", EINVAL)

    def adjust_ptr_min_max_vals(self, st, ins, op, alu64, ptr_reg: Reg, off_reg: Reg, off_is_dst: bool):
        regs = st.frames[-1].regs
        dno = ins.dst
        ob = off_reg.b
        known = ob.var_off.is_const()
        smin_val, smax_val, umin_val, umax_val = ob.smin, ob.smax, ob.umin, ob.umax
        dst = regs[dno]
        if ((known and (smin_val != smax_val or umin_val != umax_val)) or smin_val > smax_val
                or umin_val > umax_val):
            mark_reg_unknown(dst)
            return
        if not alu64:
            if op == "sub" and self.priv.allow_ptr_leaks:
                mark_reg_unknown(dst)
                return
            self.err(f"R{dno} 32-bit pointer arithmetic prohibited", EACCES)
        if ptr_reg.maybe_null and self.rules.on("CORE-04"):
            self.err(f"R{dno} pointer arithmetic on {ptr_reg.tstr()} prohibited, null-check it first",
                     EACCES)
        if ptr_reg.type == "map_ptr" and not (known and smin_val == 0 and op == "add") or \
                ptr_reg.type in ("pkt_end", "sock", "sock_common", "tcp_sock", "xdp_sock"):
            self.err(f"R{dno} pointer arithmetic on {ptr_reg.tstr()} prohibited", EACCES)
        pb = ptr_reg.b
        new = ptr_reg.copy()
        tstr = ptr_reg.tstr()
        self.check_reg_sane_offset(off_reg, tstr)
        self.check_reg_sane_offset(ptr_reg, tstr)
        nb = new.bw()
        mark_32_unbounded(nb)
        sanitize: dict = {}
        if op in ("add", "sub"):
            self.sanitize_ptr_alu(st, ins, op, ptr_reg, off_reg, off_is_dst, sanitize)
        if op == "add":
            if known and -(1 << 31) <= ptr_reg.off + smin_val < (1 << 31):
                new.off = ptr_reg.off + smin_val
            else:
                if (pb.smin + smin_val < S64_MIN or pb.smin + smin_val > S64_MAX
                        or pb.smax + smax_val < S64_MIN or pb.smax + smax_val > S64_MAX):
                    nb.smin, nb.smax = S64_MIN, S64_MAX
                else:
                    nb.smin, nb.smax = pb.smin + smin_val, pb.smax + smax_val
                if pb.umin + umin_val > U64 or pb.umax + umax_val > U64:
                    nb.umin, nb.umax = 0, U64
                else:
                    nb.umin, nb.umax = pb.umin + umin_val, pb.umax + umax_val
                nb.var_off = tnum_add(pb.var_off, ob.var_off)
                if ptr_reg.is_pkt():
                    self.id_gen += 1
                    new.id = self.id_gen
                    new.range = 0
        elif op == "sub":
            if off_is_dst:
                self.err(f"R{dno} tried to subtract pointer from scalar", EACCES)
            if ptr_reg.type == "fp":
                self.err(f"R{dno} subtraction from stack pointer prohibited", EACCES)
            if known and -(1 << 31) <= ptr_reg.off - smin_val < (1 << 31):
                new.off = ptr_reg.off - smin_val
            else:
                if (pb.smin - smax_val < S64_MIN or pb.smin - smax_val > S64_MAX
                        or pb.smax - smin_val < S64_MIN or pb.smax - smin_val > S64_MAX):
                    nb.smin, nb.smax = S64_MIN, S64_MAX
                else:
                    nb.smin, nb.smax = pb.smin - smax_val, pb.smax - smin_val
                if pb.umin < umax_val:
                    nb.umin, nb.umax = 0, U64
                else:
                    nb.umin, nb.umax = pb.umin - umax_val, pb.umax - umin_val
                nb.var_off = tnum_sub(pb.var_off, ob.var_off)
                if ptr_reg.is_pkt():
                    self.id_gen += 1
                    new.id = self.id_gen
                    if smin_val < 0:
                        new.range = 0
        elif op in ("and", "or", "xor"):
            self.err(f"R{dno} bitwise operator {BPF_ALU_STRING[op]} on pointer prohibited", EACCES)
        else:
            self.err(f"R{dno} pointer arithmetic with {BPF_ALU_STRING[op]} operator prohibited", EACCES)
        self.check_reg_sane_offset(new, tstr)
        reg_bounds_sync(nb, bugs=self.range_bugs)
        self.sanitize_check_bounds(ins, new)
        if op in ("add", "sub"):
            self.sanitize_ptr_alu_commit(st, ins, new, off_is_dst, sanitize)
        regs[dno] = copy_register_state(dst, new)

