"""Conditional jumps: check_cond_jmp_op, dead-branch detection and what each branch learns.

is_branch_taken decides a comparison from the bounds alone (then only one branch is walked);
otherwise reg_set_min_max (bounds.py) refines both copies, find_equal_scalars spreads the result
to registers with the same id, mark_ptr_or_null_regs resolves a NULL check, and
find_good_pkt_pointers records the packet range a comparison with pkt_end proved.
"""
from __future__ import annotations

import functools

from bpfsmt.spec.deltas import NOT_NULL_TYPES
from bpfsmt.spec.insn import BPF_JMP32, BPF_X, COND_JMP_OPS, JMP_NAMES, Insn
from bpfsmt.spec.errno import EACCES
from bpfsmt.spec.maps import MAP_IN_MAP_TYPES
from bpfsmt.spec.limits import BPF_MAX_VAR_OFF, MAX_PACKET_OFF
from bpfsmt.solver.verifier.bounds import (Tnum, bounds_fields, tnum_subreg,
                                           is_branch_taken_scalar, is_scalar_branch_taken_regs,
                                           reg_bounds_sanity_check, reg_bounds_sync,
                                           reg_set_min_max, regs_refine_cond_op_regs,
                                           add_const, combine_min_max, FLIP, REV, s32, s64, u32)
from bpfsmt.solver.verifier.precision import (INSN_F_DST_REG_STACK, INSN_F_SRC_REG_STACK,
                                               LINKED_REGS_MAX)
from bpfsmt.solver.verifier.state import (BPF_ADD_CONST, Reg, State, clear_scalar_id, STACK_SPILL, copy_register_state,
                                          mark_reg_known)


# reg->range of a packet pointer known to lie at / beyond pkt_end (mark_pkt_end)
AT_PKT_END, BEYOND_PKT_END = -1, -2
BRANCH_MEMO_SIZE = 1 << 13    # outcomes remembered per program (a few MB); forgotten beyond


class Branches:
    """check_cond_jmp_op and the branch refinements, mixed into Verifier."""
    def check_cond_jmp_op(self, st: State, ins: Insn, idx: int) -> int:
        """Returns the next insn index for the current path; may push the other branch."""
        regs = st.frames[-1].regs
        if ins.code not in COND_JMP_OPS:
            self.err(f"invalid BPF_JMP/JMP32 opcode {ins.code:x}")
        op = JMP_NAMES[ins.code]
        src_x = ins.source == BPF_X
        src = None
        if src_x:
            if ins.imm != 0:
                self.err("BPF_JMP/JMP32 uses reserved fields")
            self.check_reg_arg(st, ins.src, True)
            src = regs[ins.src]
            pkt_any = ("pkt", "pkt_meta", "pkt_end")
            if not (regs[ins.dst].type in pkt_any and src.type in pkt_any) and \
                    self.is_pointer_value(src):
                self.err(f"R{ins.src} pointer comparison prohibited", EACCES)
        else:
            if ins.src != 0:
                self.err("BPF_JMP/JMP32 uses reserved fields")
        self.check_reg_arg(st, ins.dst, True)
        dst = regs[ins.dst]
        jmp32 = ins.cls == BPF_JMP32
        if self.insn_hist_612 and ((src_x and src.type == "fp") or dst.type == "fp"):
            self.push_insn_history(st, (INSN_F_SRC_REG_STACK if src_x and src.type == "fp" else 0)
                                   | (INSN_F_DST_REG_STACK if dst.type == "fp" else 0))
        pred = -1
        if not src_x:
            pred = self.is_branch_taken(dst, s64(ins.imm), op, jmp32)
        elif "BOUNDS-612" in self.range_bugs and dst.type == "scalar" and src.type == "scalar":
            pred = is_scalar_branch_taken_regs(dst.b, src.b, op, jmp32)
        elif src.type == "scalar" and jmp32 and tnum_subreg(src.b.var_off).is_const():
            pred = self.is_branch_taken(dst, tnum_subreg(src.b.var_off).value, op, jmp32)
        elif src.type == "scalar" and not jmp32 and src.b.var_off.is_const():
            pred = self.is_branch_taken(dst, src.b.var_off.value, op, jmp32)
        elif not jmp32 and dst.type in ("pkt", "pkt_meta", "pkt_end") and \
                src.type in ("pkt", "pkt_meta", "pkt_end"):
            pred = self.is_pkt_ptr_branch_taken(dst, src, op)
        if pred >= 0:
            if dst.type == "scalar":
                self.mark_chain_precision(st, ins.dst)
            if src is not None and src.type == "scalar":
                self.mark_chain_precision(st, ins.src)
        target = idx + ins.off + 1
        if pred == 1:
            self.sanitize_speculative_path(st, ins, idx + 1)
            self.vlog_insn_state(st)
            return target
        if pred == 0:
            self.sanitize_speculative_path(st, ins, target)
            self.vlog_insn_state(st)
            return idx + 1
        linked = None
        if self.insn_hist_612:
            # collect_linked_regs before the other branch is copied: it shares the history
            linked = []
            if src_x and src.type == "scalar" and src.id:
                self.collect_linked_regs(st, src.id, linked)
            if dst.type == "scalar" and dst.id:
                self.collect_linked_regs(st, dst.id, linked)
            if len(linked) > 1:
                self.push_insn_history(st, 0, tuple(linked))
        other = st.copy()
        oregs = other.frames[-1].regs
        if src_x:
            if dst.type == "scalar" and src.type == "scalar" and "BOUNDS-612" in self.range_bugs:
                # 6.12 reg_set_min_max: both registers refined on each branch, whatever is constant
                for r1, r2, cond in ((dst, src, REV[op]), (oregs[ins.dst], oregs[ins.src], op)):
                    b1 = r1.bw()
                    regs_refine_cond_op_regs(b1, b1 if r2 is r1 else r2.bw(), cond, jmp32)
                    for r in (r1, r2):
                        reg_bounds_sync(r.b, bugs=self.range_bugs)
                        reg_bounds_sanity_check(r.b)
                if src.id:
                    self.find_equal_scalars(st, src, linked)
                    self.find_equal_scalars(other, oregs[ins.src], linked)
            elif dst.type == "scalar" and src.type == "scalar":
                if src.b.var_off.is_const() or (jmp32 and tnum_subreg(src.b.var_off).is_const()):
                    self.set_min_max(oregs[ins.dst], dst, src.b.var_off.value,
                                     tnum_subreg(src.b.var_off).value, op, jmp32)
                elif dst.b.var_off.is_const() or (jmp32 and tnum_subreg(dst.b.var_off).is_const()):
                    self.set_min_max(oregs[ins.src], src, dst.b.var_off.value,
                                     tnum_subreg(dst.b.var_off).value, FLIP[op], jmp32)
                elif not jmp32 and op in ("jeq", "jne"):
                    a, b = (oregs[ins.src], oregs[ins.dst]) if op == "jeq" else (src, dst)
                    ab = a.bw()
                    combine_min_max(ab, ab if b is a else b.bw(), bugs=self.range_bugs)
                if src.id:
                    self.find_equal_scalars(st, src, linked)
                    self.find_equal_scalars(other, oregs[ins.src], linked)
        elif dst.type == "scalar":
            self.set_min_max(oregs[ins.dst], dst, s64(ins.imm), u32(ins.imm), op, jmp32)
        if dst.type == "scalar" and dst.id:
            self.find_equal_scalars(st, dst, linked)
            self.find_equal_scalars(other, oregs[ins.dst], linked)
        if (not jmp32 and not src_x and ins.imm == 0 and op in ("jeq", "jne")
                and dst.maybe_null):
            self.mark_ptr_or_null_regs(st, ins.dst, op == "jne")
            self.mark_ptr_or_null_regs(other, ins.dst, op == "jeq")
        elif not (src_x and not jmp32 and self.try_match_pkt_pointers(op, ins, dst, src, st, other)) \
                and self.is_pointer_value(dst):
            self.err(f"R{ins.dst} pointer comparison prohibited", EACCES)
        self.push_stack(other, target, idx)
        self.vlog_insn_state(st)
        return idx + 1

    def set_min_max(self, t: Reg, f: Reg, val: int, val32: int, op: str, jmp32: bool):
        """reg_set_min_max on one register's two copies, `t` in the state that takes the jump,
        `f` in the one that falls through (just copied: the same bounds). The outcome is a
        function of the bounds and operands (the rules fixed per env), met again and again
        along a walk: remembered."""
        key = (*bounds_fields(f.b), val, val32, op, jmp32)
        out = self.branch_memo.get(key)
        if out is None:
            tb, fb = t.b.copy(), f.b.copy()
            reg_set_min_max(tb, fb, val, val32, op, jmp32, bugs=self.range_bugs)
            if len(self.branch_memo) >= BRANCH_MEMO_SIZE:
                self.branch_memo.clear()
            out = self.branch_memo[key] = (tb, fb)
        t.b, f.b = out

    def is_branch_taken(self, r: Reg, val: int, op: str, jmp32: bool) -> int:
        if r.type != "scalar":
            v612 = self.not_null_612
            if r.maybe_null or r.type not in NOT_NULL_TYPES[v612] or val != 0:
                return -1
            if v612 and (jmp32 or (r.type == "ptr_" and not r.trusted) or
                         r.b.smin <= -BPF_MAX_VAR_OFF or r.b.smax >= BPF_MAX_VAR_OFF):
                return -1
            return {"jeq": 0, "jne": 1}.get(op, -1)
        return is_branch_taken_scalar(r.b, val, op, jmp32, self.range_bugs)

    @functools.cached_property
    def not_null_612(self) -> bool:
        return self.rules.kernel_has("NOT-NULL-612")

    @staticmethod
    def collect_linked_regs(st: State, rid: int, out: list) -> None:
        """collect_linked_regs (HISTORY-612): (frameno, is_reg, regno or spi) of the scalars
        with id `rid`, innermost frame first, at most LINKED_REGS_MAX; the rest lose the id."""
        rid &= ~BPF_ADD_CONST
        for fno in range(len(st.frames) - 1, -1, -1):
            f = st.frames[fno]
            for i in range(10):
                r = f.regs[i]
                if r.type == "scalar" and r.id & ~BPF_ADD_CONST == rid:
                    if len(out) < LINKED_REGS_MAX:
                        out.append((fno, True, i))
                    else:
                        clear_scalar_id(r)
            for spi in range(f.allocated_stack // 8):
                sp = f.stack[spi].spilled
                if f.stack[spi].is_spilled() and sp.type == "scalar" and sp.id & ~BPF_ADD_CONST == rid:
                    if len(out) < LINKED_REGS_MAX:
                        out.append((fno, False, spi))
                    else:
                        clear_scalar_id(f.slot_w(spi).spilled)

    def find_equal_scalars(self, st: State, known: Reg, linked=None):
        """find_equal_scalars (6.1): every scalar with the known one's id takes its range;
        sync_linked_regs (6.12, `linked`): only the collected ones, a register linked with a
        constant delta (LINKED-CONST-612) takes the range moved by the difference."""
        if linked is not None:
            base = known.id & ~BPF_ADD_CONST
            for fno, is_reg, k in linked:
                f = st.frames[fno]
                r = f.regs[k] if is_reg else f.stack[k].spilled
                if r is known or r.type != "scalar" or r.id & ~BPF_ADD_CONST != base:
                    continue
                new = copy_register_state(r, known)
                if (r.id | known.id) & BPF_ADD_CONST and r.off != known.off:
                    new.id, new.off = r.id, r.off
                    add_const(new.bw(), s32(r.off) - s32(known.off))
                if is_reg:
                    f.regs[k] = new
                else:
                    f.slot_w(k).spilled = new
            return
        for f in st.frames:
            for i, r in enumerate(f.regs):
                if r is not known and r.type == "scalar" and r.id == known.id:
                    f.regs[i] = copy_register_state(r, known)
            for spi, sl in enumerate(f.stack):
                if sl.stype[7] == STACK_SPILL and sl.spilled.type == "scalar" and \
                        sl.spilled.id == known.id:
                    f.slot_w(spi).spilled = copy_register_state(sl.spilled, known)

    def mark_ptr_or_null_regs(self, st: State, regno: int, is_null: bool):
        rid = st.cur.regs[regno].id
        if not rid:
            return
        for r in st.regs_where(lambda r: r.maybe_null and r.id == rid and not r.off and
                               r.b.var_off == Tnum(0, 0)):
            if is_null:
                if r.ref_obj_id:
                    st.refs = [x for x in st.refs if x[0] != r.ref_obj_id]
                mark_reg_known(r, 0)
                continue
            r.maybe_null = False
            if r.type == "map_value" and r.map is not None and \
                    r.map.map_type in MAP_IN_MAP_TYPES:
                r.type = "map_ptr"
                inner = r.map.inner
                r.map = inner
                if inner is not None and inner.timer_off >= 0:
                    r.map_uid = r.id
            elif r.type == "map_value" and r.map is not None and \
                    self.rules.kernel.map_type(r.map.map_type).lookup_ret in ("xdp_sock", "sock"):
                r.type = self.rules.kernel.map_type(r.map.map_type).lookup_ret
            if not (r.type == "map_value" and r.map is not None and r.map.spin_lock_off >= 0):
                r.id = 0

    def try_match_pkt_pointers(self, op, ins, dst: Reg, src: Reg, this: State, other: State) -> bool:
        """True when the comparison is one of packet pointers against their end. The branch
        where a packet pointer lies at or beyond the end records that (mark_pkt_end)."""
        def init_pkt(r):
            return r.type == "pkt" and r.off == 0 and r.b.var_off == Tnum(0, 0)
        fwd = (dst.type == "pkt" and src.type == "pkt_end") or \
            (dst.type == "pkt_meta" and init_pkt(src))
        rev = (dst.type == "pkt_end" and src.type == "pkt") or \
            (init_pkt(dst) and src.type == "pkt_meta")
        # op -> (range_open of find_good_pkt_pointers, which branch it refines: the fall-through
        # for jgt/jge, the jump for jlt/jle), for the forward form; the reverse form flips both
        table = {"jgt": (False, True), "jlt": (True, False), "jge": (True, True), "jle": (False, False)}
        if op not in table or not (fwd or rev):
            return False
        open_, on_this = table[op]
        if rev:
            open_, on_this = not open_, not on_this
        good, end = (this, other) if on_this else (other, this)
        self.find_good_pkt_pointers(good, dst if fwd else src, open_)
        self.mark_pkt_end(end, ins.dst if fwd else ins.src, not open_)
        return True

    @staticmethod
    def mark_pkt_end(st: State, regno: int, range_open: bool):
        """pkt > pkt_end (range_open) or pkt >= pkt_end: how far beyond the end is unknown."""
        r = st.frames[-1].regs[regno]
        if r.type == "pkt":
            r.range = BEYOND_PKT_END if range_open else AT_PKT_END

    @staticmethod
    def is_pkt_ptr_branch_taken(dst: Reg, src: Reg, op: str) -> int:
        """A packet pointer known at (AT_PKT_END) or beyond (BEYOND_PKT_END) the end decides a
        comparison with pkt_end."""
        if src.type == "pkt_end":
            pkt = dst
        elif dst.type == "pkt_end":
            pkt, op = src, FLIP[op]
        else:
            return -1
        if pkt.range >= 0:
            return -1
        if op in ("jle", "jgt") and pkt.range == BEYOND_PKT_END:
            return int(op == "jgt")
        if op in ("jlt", "jge") and pkt.range in (BEYOND_PKT_END, AT_PKT_END):
            return int(op == "jge")
        return -1

    def find_good_pkt_pointers(self, st: State, dst: Reg, right_open: bool):
        if dst.off < 0 or (dst.off == 0 and right_open):
            return
        if dst.b.umax > MAX_PACKET_OFF or dst.b.umax + dst.off > MAX_PACKET_OFF:
            return
        new_range = dst.off - (1 if right_open else 0)
        for r in st.regs_where(lambda r: r.type == dst.type and r.id == dst.id):
            r.range = max(r.range, new_range)

