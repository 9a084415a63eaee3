"""Translation validation: are the x86-64 bytes a real kernel produced equivalent to the program?

Per instruction, on the DECODED kernel bytes: the model (emit.py) supplies only the instruction
boundaries (addrs[]); they must be instruction boundaries of the kernel's decoded image. Every
ALU/LDX/ST/STX/atomic/jump/lddw-constant slice is then proved to refine its BPF instruction with
`refine.check_refinement` (concrete imm/off, jump targets mapped through the same addrs[]).
Slices with kernel addresses (calls, map pointers, tail calls) and the prologue/epilogue are
compared with the model's bytes after address normalisation; the model's bytes for those are the
subject of the function-level theorems (proofs/jit_func.py, jit_poke.py).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Optional

from bpfsmt.spec import x86
from bpfsmt.spec.insn import (BPF_ALU, BPF_ALU64, BPF_ATOMIC, BPF_CALL, BPF_CMPXCHG, BPF_DW,
                              BPF_EXIT, BPF_JA, BPF_JMP, BPF_JMP32, BPF_LDX, BPF_MOV, BPF_ST,
                              BPF_STX, BPF_TAIL_CALL, BPF_W, BPF_X, Insn)
from .emit import DEFAULT_CONFIG, JitConfig
from .encode import ENDBR64, NOP5
from .program import jit_program, normalise
from .refine import check_refinement, _insn_text

EQUIVALENT, DIFFER, UNKNOWN = "equivalent", "differ", "unknown"


@dataclass
class Validation:
    verdict: str
    proved: int = 0
    structural: int = 0
    seconds: float = 0.0
    func: Optional[int] = None
    slot: Optional[int] = None
    insn: str = ""
    reason: str = ""
    counterexample: Optional[dict] = None
    x86: list = field(default_factory=list)

    def to_json(self):
        return dict(self.__dict__)



def _is_cmpxchg32(insn: Insn) -> bool:
    """A 32-bit BPF_CMPXCHG: the rewrite may follow it with BPF_ZEXT_REG(r0)."""
    return insn.cls == BPF_STX and insn.mode == BPF_ATOMIC and insn.imm == BPF_CMPXCHG and \
        insn.size == BPF_W

def _boundaries(code: bytes) -> set:
    import capstone
    md = capstone.Cs(capstone.CS_ARCH_X86, capstone.CS_MODE_64)
    out = {0}
    for i in md.disasm(code, 0):
        out.add(i.address + i.size)
    return out


def kernel_func_lens(image: bytes, cfg: JitConfig = DEFAULT_CONFIG) -> list[int]:
    """jited_func_lens recovered from an image: every function starts with the prologue's
    `nop5; xor eax,eax | nop2; push rbp; mov rbp,rsp` (6.12: `xor rax,rax | nop3`; endbr64
    first under IBT), found at instruction boundaries of the decoded image."""
    import capstone
    md = capstone.Cs(capstone.CS_ARCH_X86, capstone.CS_MODE_64)
    md.skipdata = True
    head = (ENDBR64 if cfg.ibt else b"") + NOP5
    tails = tuple(form + bytes.fromhex("554889e5") for form in cfg.jit.tail_call_cnt_init_forms)
    starts = [ins.address for ins in md.disasm(image, 0)
              if image[ins.address:ins.address + len(head)] == head and
              image[ins.address + len(head):ins.address + len(head) + 6] in tails]
    if not starts or starts[0] != 0:
        return [len(image)]
    bounds = starts + [len(image)]
    return [b - a for a, b in zip(bounds, bounds[1:])]


def _semantic(insn: Insn) -> bool:
    """Forms proved per instruction on the kernel's bytes."""
    if insn.is_wide:
        return insn.src == 0
    if insn.cls in (BPF_JMP, BPF_JMP32) and insn.code in (BPF_CALL, BPF_EXIT, BPF_TAIL_CALL):
        return False
    return True


def validate(insns: list[Insn], kernel: bytes, func_lens: Optional[list[int]] = None, *,
             xlated: bool = True, stack_depths=None, cfg: JitConfig = DEFAULT_CONFIG,
             timeout: float = 60.0, prog_type=None, probe_mem=None) -> Validation:
    """`probe_mem`: the BPF_PROBE_MEM load slots (the source pipeline's, from the verifier
    model); None: found in the code (probe_mem_slots, for a kernel's dump)."""
    t0 = time.perf_counter()
    from .program import probe_mem_slots
    probe = probe_mem_slots(insns, prog_type) if probe_mem is None else probe_mem
    model = jit_program(insns, xlated=xlated, stack_depths=stack_depths, cfg=cfg,
                        probe_mem=probe)
    if not func_lens:
        # no jited_func_lens given: split like the model when the total agrees, else where the
        # kernel image has its function prologues
        func_lens = model.func_lens if sum(model.func_lens) == len(kernel) else \
            kernel_func_lens(kernel, cfg)
    if sum(func_lens) != len(kernel):
        return Validation(UNKNOWN, reason=f"the function lengths add up to {sum(func_lens)} "
                                          f"bytes, the image has {len(kernel)}",
                          seconds=time.perf_counter() - t0)
    if len(func_lens) != len(model.funcs):
        return Validation(UNKNOWN, reason=f"kernel has {len(func_lens)} functions, the program "
                                          f"{len(model.funcs)}", seconds=time.perf_counter() - t0)
    kfuncs, pos = [], 0
    for n in func_lens:
        kfuncs.append(kernel[pos:pos + n])
        pos += n
    res = Validation(EQUIVALENT)
    for f, kb in zip(model.funcs, kfuncs):
        bounds = _boundaries(kb)
        offs = f.insn_offsets
        ends = sorted({a for a, _ in offs.values()} | {b for _, b in offs.values()})
        if not set(ends) <= bounds or max(ends) > len(kb):
            return Validation(UNKNOWN, func=f.index, seconds=time.perf_counter() - t0,
                              reason="the model's instruction boundaries are not instruction "
                                     "boundaries of the kernel image (lengths differ: "
                                     f"model {len(f.image)}, kernel {len(kb)}); cannot align")
        # prologue and the bytes after the last instruction
        first = f.addrs[0]
        if normalise(kb[:first]) != normalise(f.image[:first]):
            return Validation(DIFFER, func=f.index, reason="prologue differs from the 6.1 "
                              "prologue for this function", x86=x86.disasm_lines(kb[:first]),
                              seconds=time.perf_counter() - t0)
        slots = sorted(offs)
        skip = set()
        for k, slot in enumerate(slots):
            if slot in skip:
                continue
            local = dict(f.insns)[slot]
            a, b = offs[slot]
            ks = kb[a:b]
            nxt = None
            if _is_cmpxchg32(local) and k + 1 < len(slots):
                n2 = dict(f.insns)[slots[k + 1]]
                if n2.opcode == BPF_ALU | BPF_MOV | BPF_X and n2.dst == 0 and n2.src == 0:
                    nxt = n2
                    b = offs[slots[k + 1]][1]
                    ks = kb[a:b]
                    skip.add(slots[k + 1])
            if _semantic(local) and (f.start + slot) not in probe:
                target_rel = None
                if local.is_jmp and (local.is_cond_jmp or local.code == BPF_JA):
                    target_rel = _addr_of_slot(f, slot + 1 + local.off) - a
                low = ()
                if _is_cmpxchg32(local) and nxt is None and \
                        not upper_half_live(f.insns, slot, 0):
                    low = (0,)
                try:
                    r = check_refinement(local, ks, None, next_insn=nxt,
                                         timeout_ms=int(timeout * 1000), target_rel=target_rel,
                                         low32_only=low)
                except x86.X86Error as e:
                    r = None
                    reason = str(e)
                if r is None or r.status == "refuted":
                    return Validation(DIFFER, res.proved, res.structural,
                                      time.perf_counter() - t0, f.index, f.start + slot,
                                      _insn_text(local),
                                      reason if r is None else "x86 code does not refine the insn",
                                      None if r is None else r.counterexample,
                                      x86.disasm_lines(ks, a))
                if r.status == "unknown":
                    return Validation(UNKNOWN, res.proved, res.structural,
                                      time.perf_counter() - t0, f.index, f.start + slot,
                                      _insn_text(local), f"z3: {r.reason}")
                res.proved += 1
            else:
                mine = f.image[a:b]
                if normalise(ks) != normalise(mine):
                    return Validation(DIFFER, res.proved, res.structural,
                                      time.perf_counter() - t0, f.index, f.start + slot,
                                      _insn_text(local), "differs from the 6.1 emission of this "
                                      "call/exit/tail call/map load/PROBE_MEM load (checked "
                                      "structurally)",
                                      {"kernel": x86.disasm_lines(ks, a),
                                       "model": x86.disasm_lines(mine, a)},
                                      x86.disasm_lines(ks, a))
                res.structural += 1
        tail = max(ends)
        if normalise(kb[tail:]) != normalise(f.image[tail:]):
            return Validation(DIFFER, func=f.index, reason="bytes after the last instruction")
    res.seconds = time.perf_counter() - t0
    return res


def _addr_of_slot(f, t):
    """Byte offset of BPF slot t in function f (addrs[t] is the end of slot t-1)."""
    if t == 0:
        return f.addrs[0]
    return f.addrs[t]


def _reads64(insn: Insn, reg: int) -> bool:
    """Does `insn` read all 64 bits of `reg`?"""
    cls = insn.cls
    if cls == BPF_ALU64:
        if insn.code == BPF_MOV:
            return insn.source == BPF_X and insn.src == reg
        return insn.dst == reg or (insn.source == BPF_X and insn.src == reg)
    if cls == BPF_JMP:
        if insn.code == BPF_EXIT:
            return reg == 0
        if insn.code == BPF_CALL:
            return reg in (1, 2, 3, 4, 5)
        if insn.code == BPF_JA:
            return False
        return insn.dst == reg or (insn.source == BPF_X and insn.src == reg)
    if cls == BPF_LDX:                              # pointer base
        return insn.src == reg
    if cls in (BPF_ST, BPF_STX):                    # base, and a DW/atomic value
        if insn.dst == reg:
            return True
        return cls == BPF_STX and insn.src == reg and (insn.size == BPF_DW or insn.mode == BPF_ATOMIC)
    return False


def _writes(insn: Insn, reg: int) -> bool:
    if insn.cls in (BPF_ALU, BPF_ALU64) and insn.dst == reg:
        return True
    if insn.cls == BPF_LDX and insn.dst == reg:
        return True
    if insn.is_wide and insn.dst == reg:
        return True
    if insn.cls == BPF_JMP and insn.code == BPF_CALL and reg in (0, 1, 2, 3, 4, 5):
        return True
    return False


def upper_half_live(insns, slot: int, reg: int) -> bool:
    """Conservative: is the upper half of `reg` read (as 64 bits) on some path after `slot`
    before `reg` is redefined? (The verifier's zext_dst analysis, for validation.)"""
    by = dict(insns)
    work, seen = [], set()
    start = by[slot]
    work.append(slot + start.slots)
    while work:
        s = work.pop()
        if s in seen:
            continue
        seen.add(s)
        insn = by.get(s)
        if insn is None:
            return True                              # leaves the function: assume live
        if _reads64(insn, reg):
            return True
        if _writes(insn, reg):
            continue                                 # redefined (ALU32 reads the low half only)
        if insn.is_exit:
            continue
        nxt = s + insn.slots
        if insn.is_jmp and insn.code == BPF_JA and insn.cls == BPF_JMP:
            work.append(s + 1 + insn.off)
        elif insn.is_cond_jmp:
            work += [nxt, s + 1 + insn.off]
        else:
            work.append(nxt)
    return False
