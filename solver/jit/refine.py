"""Jitterbug's per-instruction refinement check, on decoded x86 bytes.

For one BPF instruction and the x86 bytes that implement it, with registers related by the JIT's
register map (R0=rax, R1=rdi, R2=rsi, R3=rdx, R4=rcx, R5=r8, R6=rbx, R7=r13, R8=r14, R9=r15,
R10=rbp) and the same initial memory, every x86 path must
  * not fault (no #DE, no int3, no undefined flag read, within the step bound),
  * produce the same R0..R10 (full 64 bits: the x86 JIT relies on 32-bit ops zero-extending,
    bpf_jit_needs_zext() is false),
  * perform the same sequence of stores (address, size, value), and load only (address, size)
    pairs the BPF instruction accesses; pushes/pops of the JIT's scratch stack (rsp-based, below
    the frame) are not observable, under the precondition that BPF accesses do not overlap the
    128 bytes below rsp,
  * leave rsp unchanged and end at the mapped next PC: the end of the instruction's code
    (addrs[i+1]) or, when the BPF jump is taken, addrs[target] = end + D where D is the
    displacement the JIT computed (symbolic).
The BPF side is `bpfsmt.spec.isa` over `z3_domain()`. Immediates and offsets are symbolic within
each encoding class of the JIT (the classes are the emitter's own branches: is_imm8, == 0, == 1,
sign); the emitted placeholder is located in the decoded bytes and replaced by the variable.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Optional

import z3

from bpfsmt.grammar.printer import format_insn
from bpfsmt.spec import isa, x86
from bpfsmt.spec.insn import (BPF_ALU, BPF_ALU64, BPF_JMP, BPF_JMP32, BPF_LD, BPF_LDX, BPF_MEMSX, BPF_ST,
                              BPF_STX, BPF_K, BPF_X, BPF_JA, BPF_CMPXCHG, BPF_FETCH, BPF_XCHG,
                              BPF_DIV, BPF_MOD, BPF_LSH, BPF_RSH, BPF_ARSH, BPF_END, Insn)

X86_OF_BPF = ["rax", "rdi", "rsi", "rdx", "rcx", "r8", "rbx", "r13", "r14", "r15", "rbp"]
SCRATCH = 128


@dataclass
class RefineResult:
    status: str                       # proved | refuted | unknown
    counterexample: Optional[dict] = None
    reason: str = ""
    seconds: float = 0.0
    paths: int = 0


@dataclass
class Symbolic:
    """Which fields of the instruction are symbolic: the z3 variables and placeholders."""
    imm: Optional[object] = None        # BV32 (BV64 for lddw)
    imm_placeholder: Optional[int] = None
    off: Optional[object] = None        # BV16
    off_placeholder: Optional[int] = None
    disp: Optional[object] = None       # BV8/BV32 jump displacement
    disp_at: Optional[int] = None
    pre: list = field(default_factory=list)


def bpf_regs(prefix="R"):
    return [z3.BitVec(f"{prefix}{k}", 64) for k in range(11)]


def bpf_semantics(insn: Insn, R, mem, sym: Symbolic):
    """What the BPF instruction does, via spec.isa over z3: (regs', stores, accesses, taken, pre).
    `taken` is the branch condition for conditional jumps, True for ja, None otherwise."""
    D = isa.z3_domain()
    regs = list(R)
    stores, accesses, pre = [], [], []
    taken = None
    cls = insn.cls
    imm64 = (z3.SignExt(32, sym.imm) if sym.imm is not None and sym.imm.size() == 32
             else D.const(insn.imm, 64))
    off64 = z3.SignExt(48, sym.off) if sym.off is not None else D.const(insn.off, 64)
    if cls in (BPF_ALU, BPF_ALU64):
        w = 64 if cls == BPF_ALU64 else 32
        src = imm64 if insn.source == BPF_K else R[insn.src]
        if insn.code in (BPF_DIV, BPF_MOD):
            # the verifier patches a zero divisor away (do_misc_fixups); a K divisor is never 0
            pre.append(D.trunc(src, w) != 0)
            if insn.off == 1:     # sdiv/smod: and -1 (do_misc_fixups' sdiv_smod guard, 6.6+)
                pre.append(D.trunc(src, w) != D.const(-1, w))
        if insn.code in (BPF_LSH, BPF_RSH, BPF_ARSH) and insn.source == BPF_K:
            pre.append(z3.ULT(src, w))                    # verifier: "invalid shift"
        if insn.code == BPF_END:
            regs[insn.dst] = isa.alu(D, insn, R[insn.dst], R[insn.dst])
        else:
            regs[insn.dst] = isa.alu(D, insn, R[insn.dst], src)
    elif cls == BPF_LD and insn.is_wide:
        regs[insn.dst] = sym.imm if sym.imm is not None else D.const(insn.imm64, 64)
    elif cls == BPF_LDX:
        n = insn.size_bytes
        a = R[insn.src] + off64
        v = x86.mem_read(mem, a, n)
        regs[insn.dst] = isa.load_extend(D, v, n, insn.mode == BPF_MEMSX)
        accesses.append((a, n))
    elif cls in (BPF_ST, BPF_STX) and insn.mode == 0x60:
        n = insn.size_bytes
        a = R[insn.dst] + off64
        val = imm64 if cls == BPF_ST else R[insn.src]
        stores.append((a, n, isa.store_value(D, val, n)))
        accesses.append((a, n))
    elif cls == BPF_STX and insn.mode == 0xC0:
        n = insn.size_bytes
        a = R[insn.dst] + off64
        old = x86.mem_read(mem, a, n)
        new, src_out, r0_out = isa.atomic(D, insn, old, R[insn.src], R[0])
        stores.append((a, n, new))
        accesses.append((a, n))
        if src_out is not None:
            regs[insn.src] = src_out
        if r0_out is not None:
            regs[0] = r0_out
    elif cls in (BPF_JMP, BPF_JMP32) and insn.code == BPF_JA:
        taken = z3.BoolVal(True)
    elif cls in (BPF_JMP, BPF_JMP32) and insn.is_cond_jmp:
        src = imm64 if insn.source == BPF_K else R[insn.src]
        taken = isa.jmp_cond(D, insn, R[insn.dst], src)
    else:
        raise ValueError(f"no per-instruction refinement for opcode {insn.opcode:#04x}")
    return regs, stores, accesses, taken, pre


def _placeholders(code: bytes, sym: Symbolic):
    """Locate the placeholder immediate/displacement in the decoded bytes."""
    import capstone.x86 as X
    sym_imm, sym_mdisp = {}, {}
    insns = x86.decode(code)
    for addr, ins in insns.items():
        for op in ins.operands:
            if sym.imm_placeholder is not None and op.type == X.X86_OP_IMM and \
                    (op.imm & (2 ** 64 - 1)) in {sym.imm_placeholder & (2 ** 64 - 1),
                                                  sym.imm_placeholder & 0xFFFFFFFF,
                                                  sym.imm_placeholder & 0xFF,
                                                  sym.imm_placeholder & 0xFFFF} and \
                    not ins.mnemonic.startswith("j"):
                v = sym.imm
                sym_imm[addr] = z3.SignExt(64 - v.size(), v) if v.size() < 64 else v
            if sym.off_placeholder is not None and op.type == X.X86_OP_MEM and \
                    op.mem.disp == sym.off_placeholder:
                sym_mdisp[addr] = z3.SignExt(48, sym.off)
    return sym_imm, sym_mdisp


def check_refinement(insn: Insn, code: bytes, sym: Optional[Symbolic] = None, *,
                     next_insn: Optional[Insn] = None, timeout_ms: int = 60000,
                     target_rel: Optional[int] = None, low32_only=(),
                     sym_imm_at: Optional[dict] = None) -> RefineResult:
    """Prove `code` refines `insn` (see module doc). `next_insn` (a zext the verifier inserts
    after 32-bit cmpxchg) is applied to the BPF side too when the code covers both.
    `sym_imm_at`: {byte offset of an x86 instruction: 64-bit term for its immediate}."""
    t0 = time.perf_counter()
    sym = sym or Symbolic()
    R = bpf_regs()
    SP = z3.BitVec("SP", 64)
    mem = z3.Array("mem", z3.BitVecSort(64), z3.BitVecSort(8))
    st = x86.initial_state("x", mem)
    for k, r in enumerate(X86_OF_BPF):
        st.regs[r] = R[k]
    st.regs["rsp"] = SP
    sym_imm, sym_mdisp = _placeholders(code, sym)
    sym_imm.update(sym_imm_at or {})      # immediates located by the caller (byte offset)
    sym_disp = {}
    end = len(code)
    if sym.disp is not None:
        at = sym.disp_at
        if at is None:   # the branch is the last instruction of the sequence
            at = max(x86.decode(code))
        sym_disp[at] = sym.disp
    try:
        stop = {target_rel} if target_rel is not None and 0 <= target_rel <= len(code) else ()
        finals = x86.Machine(code, sym_disp=sym_disp, sym_imm=sym_imm,
                             sym_mdisp=sym_mdisp, stop_at=stop).run(st)
    except x86.X86Error as e:
        return RefineResult("refuted", {"reason": f"x86 semantics: {e}"}, reason=str(e),
                            seconds=time.perf_counter() - t0)
    regs, stores, accesses, taken, pre = bpf_semantics(insn, R, mem, sym)
    if next_insn is not None:
        regs, _, _, _, _ = bpf_semantics(next_insn, regs, mem, Symbolic())
    pre = pre + list(sym.pre)
    for a, n in accesses:
        pre.append(z3.ULE(a, a + n))                                   # no wrap-around
        pre.append(z3.Or(z3.ULE(SP, a), z3.ULE(a + n, SP - SCRATCH)))  # not the scratch area
    pre.append(z3.UGT(SP, SCRATCH))
    disp64 = z3.SignExt(64 - sym.disp.size(), sym.disp) if sym.disp is not None else None
    bad = []
    why = []
    for f in finals:
        conds = []
        if f.fault is not None:
            bad.append(f.path)
            why.append((f, f"x86 fault: {f.fault}"))
            continue
        kind, tgt = f.exit
        x_pc = tgt if not isinstance(tgt, int) else z3.BitVecVal(tgt, 64)
        if kind not in ("fallthrough", "jump"):
            bad.append(f.path)
            why.append((f, f"x86 leaves by {kind}"))
            continue
        endv = z3.BitVecVal(end, 64)
        if taken is None:
            want_pc = endv
        elif target_rel is not None:     # translation validation: addrs[target] - start
            want_pc = z3.If(taken, z3.BitVecVal(target_rel, 64), endv)
        else:
            tgt_pc = endv + disp64 if disp64 is not None else None
            if tgt_pc is None:
                raise ValueError("jump form needs a symbolic displacement")
            want_pc = z3.If(taken, tgt_pc, endv)
        conds.append(x_pc == want_pc)
        for k, r in enumerate(X86_OF_BPF):
            if k in low32_only:   # upper half dead: the verifier inserts no zext (zext_dst)
                conds.append(z3.Extract(31, 0, f.regs[r]) == z3.Extract(31, 0, regs[k]))
            else:
                conds.append(f.regs[r] == regs[k])
        conds.append(f.regs["rsp"] == SP)
        xs = [a for a in f.stores if not a.via_rsp]
        if len(xs) != len(stores):
            conds.append(z3.BoolVal(False))
            why.append((f, f"{len(xs)} x86 stores vs {len(stores)} BPF stores"))
        else:
            for a, (ba, bn, bv) in zip(xs, stores):
                if a.size != bn:
                    conds.append(z3.BoolVal(False))
                else:
                    conds += [a.addr == ba, a.value == bv]
        for a in f.loads:
            if a.via_rsp:
                continue
            conds.append(z3.Or(*[a.addr == ba for ba, bn in accesses if bn == a.size] or
                               [z3.BoolVal(False)]))
        bad.append(z3.And(f.path, z3.Not(z3.And(*conds))))
    s = z3.Solver()
    s.set("timeout", timeout_ms)
    s.add(*pre)
    s.add(z3.Or(*bad) if bad else z3.BoolVal(False))
    r = s.check()
    secs = time.perf_counter() - t0
    if r == z3.unsat:
        return RefineResult("proved", seconds=secs, paths=len(finals))
    if r == z3.unknown:
        return RefineResult("unknown", reason=s.reason_unknown(), seconds=secs, paths=len(finals))
    m = s.model()
    cex = {"insn": _insn_text(insn), "x86": x86.disasm_lines(code)}
    for k in range(11):
        cex[f"r{k}"] = hex(m.eval(R[k], model_completion=True).as_long())
    for name, v in (("imm", sym.imm), ("off", sym.off), ("disp", sym.disp)):
        if v is not None:
            cex[name] = m.eval(v, model_completion=True).as_signed_long()
    shown = insn          # the instruction with the model's imm/off, not the placeholder
    if "imm" in cex and not insn.is_wide:
        shown = shown.with_(imm=cex["imm"])
    if "off" in cex:
        shown = shown.with_(off=cex["off"])
    cex["insn"] = _insn_text(shown)
    for f in finals:
        if z3.is_true(m.eval(f.path, model_completion=True)):
            if f.fault:
                cex["x86_fault"] = f.fault
                break
            diffs = []
            for k, r in enumerate(X86_OF_BPF):
                xv = m.eval(f.regs[r], model_completion=True).as_long()
                bv = m.eval(regs[k], model_completion=True).as_long()
                if xv != bv:
                    diffs.append(f"r{k}: bpf {bv:#x} x86 {r}={xv:#x}")
            if diffs:
                cex["differs"] = diffs
            if f.exit and f.exit[0] in ("fallthrough", "jump"):
                t = f.exit[1]
                cex["x86_next"] = t if isinstance(t, int) else \
                    m.eval(t, model_completion=True).as_signed_long()
            break
    for f, w in why:
        if z3.is_true(m.eval(f.path, model_completion=True)):
            cex.setdefault("why", w)
    return RefineResult("refuted", cex, seconds=secs, paths=len(finals))


def _insn_text(insn: Insn) -> str:
    return format_insn(insn)


# ---------------------------------------------------------------------------------------------
# concrete replay of a counterexample (unicorn vs spec.isa over CONCRETE)
# ---------------------------------------------------------------------------------------------

def replay_register_form(insn: Insn, code: bytes, regs: list[int]) -> Optional[dict]:
    """Run `code` on unicorn with R0..R10 = `regs` and compute the BPF result with the concrete
    ISA. For register-only forms (ALU, conditional jumps): returns {"bpf": ..., "x86": ...}
    (the destination register, or the taken flag), or None when the form touches memory."""
    from unicorn import Uc, UC_ARCH_X86, UC_MODE_64, UC_HOOK_CODE
    from unicorn import x86_const as U
    D = isa.CONCRETE
    is_jmp = insn.cls in (BPF_JMP, BPF_JMP32)
    if insn.cls not in (BPF_ALU, BPF_ALU64) and not (is_jmp and insn.is_cond_jmp):
        return None
    code_at, stack = 0x100000, 0x200000
    uc = Uc(UC_ARCH_X86, UC_MODE_64)
    uc.mem_map(code_at, 0x100000)
    uc.mem_map(stack, 0x10000)
    uc.mem_write(code_at, code)
    names = ["RAX", "RDI", "RSI", "RDX", "RCX", "R8", "RBX", "R13", "R14", "R15", "RBP"]
    for k, n in enumerate(names):
        uc.reg_write(getattr(U, f"UC_X86_REG_{n}"), regs[k] & (2 ** 64 - 1))
    uc.reg_write(U.UC_X86_REG_RSP, stack + 0x8000)
    left = {}

    def hook(uc_, address, size, _):
        if not code_at <= address < code_at + len(code):
            left["pc"] = address - code_at
            uc_.emu_stop()
    uc.hook_add(UC_HOOK_CODE, hook)
    try:
        uc.emu_start(code_at, code_at + len(code), count=10000)
    except Exception as e:   # a #DE or a fault is a difference too
        return {"bpf": "no fault", "x86": f"fault: {e}"}
    out_pc = left.get("pc", len(code))
    if is_jmp:
        src = D.const(insn.imm, 64) if insn.source == 0 else regs[insn.src]
        taken = isa.jmp_cond(D, insn, regs[insn.dst], src)
        return {"bpf": "taken" if taken else "not taken",
                "x86": "falls through" if out_pc == len(code) else f"jumps to +{out_pc}"}
    src = D.const(insn.imm, 64) if insn.source == 0 else regs[insn.src]
    if insn.code in (BPF_DIV, BPF_MOD) and D.trunc(src, 64 if insn.cls == BPF_ALU64 else 32) == 0:
        return None
    want = list(regs)
    want[insn.dst] = isa.alu(D, insn, regs[insn.dst],
                             regs[insn.dst] if insn.code == BPF_END else src)
    got = [uc.reg_read(getattr(U, f"UC_X86_REG_{n}")) for n in names]
    diff = [k for k in range(11) if (want[k] & (2 ** 64 - 1)) != got[k]]
    if not diff:
        return {"bpf": hex(want[insn.dst]), "x86": hex(got[insn.dst])}
    return {"bpf": ", ".join(f"r{k}={want[k]:#x}" for k in diff),
            "x86": ", ".join(f"{names[k].lower()}={got[k]:#x}" for k in diff)}


def replay_memory_form(insn: Insn, code: bytes, regs: list[int]) -> Optional[dict]:
    """Run a LDX/ST/STX/atomic form on unicorn against the concrete ISA: the base register is
    pointed at a data page (its value in `regs` is replaced), the other registers are `regs`;
    the old memory is a fixed pattern with the sign bit of every access width set (a wrongly
    sign-extending load shows), or R0's low bytes for cmpxchg (its compare-success path).
    Returns {"bpf": ..., "x86": ...} naming the differing registers/bytes, or None for other
    classes and for 32-bit cmpxchg, whose success path unicorn does not emulate as the CPU."""
    from unicorn import Uc, UC_ARCH_X86, UC_MODE_64, UC_HOOK_CODE
    from unicorn import x86_const as U
    D = isa.CONCRETE
    if insn.cls not in (BPF_LDX, BPF_ST, BPF_STX):
        return None
    if insn.cls == BPF_STX and insn.mode == 0xC0 and insn.imm == BPF_CMPXCHG and \
            insn.size_bytes == 4:
        # unicorn (QEMU TCG) writes eax on the success path too, zero-extending rax; the SDM
        # (and the kernel's BPF_ZEXT_REG after 32-bit cmpxchg) say it does not: not replayable
        return None
    n = insn.size_bytes
    code_at, stack, data = 0x100000, 0x200000, 0x1_0030_0000   # data above 4 GiB: an address
    addr = data + 0x8000                                        # in R0 has a non-zero upper half
    regs = [r & (2 ** 64 - 1) for r in regs]
    base = insn.src if insn.cls == BPF_LDX else insn.dst
    regs[base] = (addr - insn.off) & (2 ** 64 - 1)
    is_atomic = insn.cls == BPF_STX and insn.mode == 0xC0
    old = regs[0] & isa.mask(8 * n) if (is_atomic and insn.imm == BPF_CMPXCHG) else \
        0x88776655C4B3A291 & isa.mask(8 * n)       # the sign bit of every width set
    uc = Uc(UC_ARCH_X86, UC_MODE_64)
    uc.mem_map(code_at, 0x100000)
    uc.mem_map(stack, 0x10000)
    uc.mem_map(data, 0x10000)
    uc.mem_write(code_at, code)
    uc.mem_write(addr, old.to_bytes(n, "little"))
    names = ["RAX", "RDI", "RSI", "RDX", "RCX", "R8", "RBX", "R13", "R14", "R15", "RBP"]
    for k, nm in enumerate(names):
        uc.reg_write(getattr(U, f"UC_X86_REG_{nm}"), regs[k])
    uc.reg_write(U.UC_X86_REG_RSP, stack + 0x8000)

    def hook(uc_, address, size, _):
        if not code_at <= address < code_at + len(code):
            uc_.emu_stop()
    uc.hook_add(UC_HOOK_CODE, hook)
    try:
        uc.emu_start(code_at, code_at + len(code), count=10000)
    except Exception as e:
        return {"bpf": "no fault", "x86": f"fault: {e}"}
    want, new = list(regs), old
    if insn.cls == BPF_LDX:
        want[insn.dst] = isa.load_extend(D, old, n, insn.mode == BPF_MEMSX)
    elif insn.cls == BPF_ST:
        new = isa.store_value(D, insn.imm & (2 ** 64 - 1), n)
    elif not is_atomic:
        new = isa.store_value(D, regs[insn.src], n)
    else:
        new, src2, r0 = isa.atomic(D, insn, old, regs[insn.src], regs[0])
        if src2 is not None:
            want[insn.src] = src2
        if r0 is not None:
            want[0] = r0
    got = [uc.reg_read(getattr(U, f"UC_X86_REG_{nm}")) for nm in names]
    got_mem = int.from_bytes(bytes(uc.mem_read(addr, n)), "little")
    diff = [k for k in range(11) if (want[k] & (2 ** 64 - 1)) != got[k]]
    out_b = [f"r{k}={want[k] & (2 ** 64 - 1):#x}" for k in diff]
    out_x = [f"{names[k].lower()}={got[k]:#x}" for k in diff]
    if (new & isa.mask(8 * n)) != got_mem:
        out_b.append(f"mem={new & isa.mask(8 * n):#x}")
        out_x.append(f"mem={got_mem:#x}")
    if not out_b:
        return {"bpf": "same", "x86": "same"}
    return {"bpf": ", ".join(out_b), "x86": ", ".join(out_x)}
