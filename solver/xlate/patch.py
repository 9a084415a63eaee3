"""The instruction array the rewrite passes edit, with bpf_patch_insn_data's bookkeeping:
subprogram starts and do_check's `seen` marks move with the patches, and every branch offset is
re-adjusted after a patch or a removal (bpf_adj_branches)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from bpfsmt.spec.insn import BPF_CALL, BPF_JA, BPF_JMP, BPF_JMP32, BPF_PSEUDO_FUNC, Insn, slot_offsets
from bpfsmt.spec.kernels import LINUX_61, KernelFacts


# ---------------------------------------------------------------------------------------------
# Patching (bpf_patch_insn_data + bpf_adj_branches)
# ---------------------------------------------------------------------------------------------

def _branch_field(ins: Insn) -> Optional[str]:
    """The field bpf_adj_branches re-targets: `off` of a jump, `imm` of a bpf2bpf call, of a
    callback's ld_imm64 and of JMP32 JA; None for every other instruction."""
    if ins.is_pseudo_call or (ins.is_wide and ins.src == BPF_PSEUDO_FUNC):
        return "imm"
    if ins.is_jmp and not ins.is_exit and not ins.is_call:
        return "imm" if ins.cls == BPF_JMP32 and ins.code == BPF_JA else "off"
    return None


def _retarget(ins: Insn, here: int, new_here: int, image: dict, end: tuple[int, int],
              patchlet=None) -> Insn:
    """`ins` (at old slot `here`, new slot `new_here`) with its jump offset or relative call imm
    pointing at the new slot of its old target (`image`: every old slot and the end -> new;
    `end`: the old and new end). A target outside the instructions patched (one function of
    several) stays if before them and moves with the end if past them. `patchlet` = (start,
    end, delta) of the patch `ins` belongs to, in the slots of that patch alone: a target
    inside stays, one past it moved by delta."""
    field = _branch_field(ins)
    if field is None:
        return ins
    off = getattr(ins, field)
    target = here + off + 1
    if patchlet is not None:
        first, last, delta = patchlet
        if first <= target < last:
            return ins
        if target >= last:
            target -= delta
    new_off = _moved(target, image, end) - new_here - 1
    return ins if new_off == off else ins.with_(**{field: new_off})


def _moved(slot: int, image: dict, end: tuple[int, int]) -> int:
    """Where old `slot` went: `image` inside the program; outside it (a call target of another
    function, or out of range in a program the verifier model rejected: xlate prints those too)
    it stays before the start and moves with the end past it."""
    if 0 <= slot <= end[0]:
        return image[slot]
    return slot if slot < 0 else slot + end[1] - end[0]


class XlatedProg:
    """The instruction array being rewritten, with subprogram starts (slots) kept in step."""

    def __init__(self, insns: list[Insn], sub_starts: list[int], seen: Optional[list[bool]] = None,
                 aux: Optional[list] = None):
        self.insns = list(insns)
        self.sub_starts = sorted(set(sub_starts))
        # insn_aux_data[].seen, per instruction; patchlets inherit the patched insn's mark
        self.seen = list(seen) if seen is not None else [True] * len(self.insns)
        # the rest of insn_aux_data an unprivileged load's rewrites read, per instruction: None or
        # {"alu": (alu_state, alu_limit), "sanitize_stack_spill": True}; adjust_insn_aux_data
        # leaves the old entry on the patchlet's last insn
        self.aux = list(aux) if aux is not None else [None] * len(self.insns)

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
            field = _branch_field(ins)
            if field is None or delta == 0:
                out.append(ins)
                continue
            off = getattr(ins, field)
            if curr < pos and curr + off + 1 >= end_old:
                off += delta
            elif curr >= end_new and curr + off + 1 < end_new:
                off -= delta
            out.append(ins.with_(**{field: off}))
        self.insns = out
        self.seen = self.seen[:idx] + [self.seen[idx]] * len(new) + self.seen[idx + 1:]
        self.aux = self.aux[:idx] + [None] * (len(new) - 1) + self.aux[idx:]
        self.sub_starts = [s + delta if s > pos else s for s in self.sub_starts]

    def patch_many(self, patches: dict[int, list[Insn]]) -> None:
        """`patch` of every insns[idx] by patches[idx] (each patchlet made from the unpatched
        instruction), in one pass. Patching one by one costs a pass over the whole program per
        patch: hours for a rewrite of most of a 1M-insn program.

        The result is that of `patch` applied in increasing order of idx (as
        bpf_jit_blind_constants does): every jump lands where its target went (an instruction
        that was patched: its patchlet's start); a jump inside a patchlet is read as `patch`
        reads it (relative to that one patch) and, if it leaves the patchlet, re-targeted the
        same way; a jump into an instruction (the second slot of an lddw: a mutant's) keeps its
        place in it."""
        if not patches:
            return
        old = self.insns
        image, pos, at = {}, 0, 0      # old slot -> new slot
        for k, ins in enumerate(old):
            image.update((pos + d, at + d) for d in range(ins.slots))
            pos += ins.slots
            at += sum(x.slots for x in patches[k]) if k in patches else ins.slots
        image[pos] = at
        end = (pos, at)
        out, seen, aux, pos, at = [], [], [], 0, 0
        for k, ins in enumerate(old):
            body = patches.get(k)
            if body is None:
                out.append(_retarget(ins, pos, at, image, end))
                at += ins.slots
            else:
                end_new = pos + sum(x.slots for x in body)
                local = 0
                for y in body:
                    out.append(_retarget(y, pos + local, at + local, image, end,
                                         (pos, end_new, end_new - pos - ins.slots)))
                    local += y.slots
                at += local
            seen += [self.seen[k]] * len(body or [ins])
            aux += [None] * (len(body or [ins]) - 1) + [self.aux[k]]
            pos += ins.slots
        self.insns, self.seen, self.aux = out, seen, aux
        self.sub_starts = [_moved(s, image, end) for s in self.sub_starts]

    def remove_many(self, idxs: set[int]) -> None:
        """Drop every insns[idx] for idx in `idxs` (single-slot no-ops: opt_remove_nops' `goto
        +0`) in one pass: what `remove` of each in increasing order leaves. A jump to a dropped
        insn lands on the next one kept; a function left without instructions loses its start."""
        old = self.insns
        image, pos, at = {}, 0, 0
        for k, ins in enumerate(old):
            image.update((pos + d, at + d) for d in range(ins.slots))
            pos += ins.slots
            at += 0 if k in idxs else ins.slots
        image[pos] = at
        end = (pos, at)
        slots = slot_offsets(old)
        keep = [k for k in range(len(old)) if k not in idxs]
        self.insns = [_retarget(old[k], slots[k], image[slots[k]], image, end) for k in keep]
        self.seen = [self.seen[k] for k in keep]
        self.aux = [self.aux[k] for k in keep]
        # a function ends at the next start or at the program's end; one left empty loses its start
        bounds = zip(self.sub_starts, self.sub_starts[1:] + [end[0]])
        self.sub_starts = [_moved(st, image, end) for st, nxt in bounds
                           if not 0 <= st < end[0] or image[st] < image[min(nxt, end[0])]]

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
            field = _branch_field(ins)
            if field is None:
                out.append(ins)
                continue
            off = getattr(ins, field)
            if curr < pos and curr + off + 1 >= end_old:
                off -= cnt
            elif curr >= end_new and curr + off + 1 < end_new:
                off += cnt
            out.append(ins.with_(**{field: off}))
        self.insns = out
        self.seen = self.seen[:idx] + self.seen[idx + count:]
        self.aux = self.aux[:idx] + self.aux[idx + count:]
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


@dataclass
class XlateOptions:
    jit: bool = True
    dump: bool = True          # bpf_insn_prepare_dump view (tail call as `call 12`)
    kernel: KernelFacts = LINUX_61
    # loaded (and its maps created) without CAP_PERFMON: map->bypass_spec_v1 is off
    unprivileged: bool = False


def call_insn(symbol: str, imm: int = 0) -> Insn:
    return Insn.make(BPF_JMP | BPF_CALL, 0, 0, 0, imm, target=symbol)
