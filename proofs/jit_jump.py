"""Jump emission over whole images: every jump lands on its target's first byte.

The per-form theorems (jit_insn.py) take a jump's displacement as given. Here the displacement
is what the JIT computes from `addrs[]` -- SYMBOLIC for every entry: for a jump at kernel loop
index I (its code spans [addrs[I-1], addrs[I]), the target slot t starts at addrs[t]):

  JIT.jump_lands: for every jcc (JMP/JMP32 x condition x K/X), ja, gotol (JMP32|JA) and a later
  `exit` (a jmp to the epilogue), every size class the JIT chooses (rel8 inside
  `imm8_jmp_range`, rel32 for the rest of the s32 range), with and without the NOP padding of
  the late passes, and every previous-pass size: in a pass whose addrs[] are a fixed point (what
  the image pass asserts), the decoded x86 code, placed at addrs[I-1], jumps exactly to the
  target's first byte and falls through to addrs[I]. The displacement field is symbolic in the
  proof; that the encoder writes it is checked at the class boundaries (lo, hi, hi+1, lo-1,
  +-2^31) by decoding.
  JIT.jump_padding: once the passes pad (pass >= 15), a jump's size is never smaller than the
  previous pass's, so the total length cannot oscillate and the loop converges.

Mutants: a cut-off that puts +128 in the rel8 class, a displacement computed from the START of
the jump (addrs[i-1]), NOPs emitted after the jump instead of before it, no padding. The landing
counterexamples are replayed on unicorn: the mutant's bytes, placed at the counterexample's
addrs[I-1], are run until they leave the instruction, and the landing address is compared.
"""
from __future__ import annotations

import z3

from bpfsmt.proofs.registry import Outcome, theorem
from bpfsmt.solver.jit.emit import FuncCtx, JitConfig, X86Jit, JitError
from bpfsmt.spec import x86
from bpfsmt.spec.insn import (BPF_JMP, BPF_JMP32, BPF_K, BPF_X, COND_JMP_OPS, JMP_NAMES, Insn)

I = 4                  # the jump's kernel loop index (slot I-1)
N = 12                 # addrs[] entries
OFF = 5                # a target other than the neighbours: addrs[I + OFF]
EXIT = Insn.make(0x95)


def jump_forms():
    """(name, insn, off): every jump form and the targets with a special meaning (the next
    insn: displacement 0; itself: `ja -1`)."""
    out = []
    for cls, cn in ((BPF_JMP, "jmp"), (BPF_JMP32, "jmp32")):
        for code in COND_JMP_OPS:
            for src, sn in ((BPF_K, "k"), (BPF_X, "x")):
                for off in (OFF, 0, -1):
                    out.append((f"{cn}_{JMP_NAMES[code]}_{sn}{off:+d}",
                                Insn.make(cls | code | src, 1, 2, off, 7), off))
    for off in (OFF, 0, -1, -3):
        out.append((f"ja{off:+d}", Insn.make(BPF_JMP | 0x00, 0, 0, off), off))
        out.append((f"gotol{off:+d}", Insn.make(BPF_JMP32 | 0x00, 0, 0, 0, off), off))
    out.append(("exit", EXIT, None))
    return out


def _is_ja(insn):
    return insn.is_jmp and insn.code == 0x00


def _offset(j, insn):
    """The displacement the JIT computes (its own methods, on whatever addrs[] it holds)."""
    if insn.is_exit:
        return j.cleanup_jmp_offset(I)
    if _is_ja(insn):
        return j.ja_offset(insn, I)
    return j.jmp_offset(I, insn.off)


def _target_index(insn, off):
    if insn.is_exit:
        return None
    return I - 1 if (_is_ja(insn) and off == -1) else I + off


def _emit(cfg, insn, off, e, prev, padding):
    """Emit the jump for a concrete layout: addrs[I-1] = P, addrs[I] = P + prev (the previous
    pass), the target at addrs[I] + e. Returns (code, the displacement the JIT computed, P,
    target), or None when e contradicts the layout (target = this or the next insn)."""
    p = 0x40000
    addrs = [p - 64 * (I - 1 - k) for k in range(N)]
    addrs[I - 1], addrs[I] = p, p + prev
    t = _target_index(insn, off)
    implied = {I: 0, I - 1: -prev}.get(t)
    if implied is not None and e != implied:
        return None
    if t is not None and implied is None:
        addrs[t] = p + prev + e
    j = cfg.jit(cfg, FuncCtx(cleanup_addr=p + prev + e), addrs, padding=padding)
    j.seen_exit = insn.is_exit
    d = _offset(j, insn)
    j.emit_insn(insn, I, I - 1)
    return bytes(j.buf), d, p, p + prev + e


def _sizes(cfg, insn, off):
    """The sizes the JIT can give this jump (any class, no padding) -- the candidates for the
    previous pass's size."""
    out = set()
    for e in (0, 0x10, -0x50, 0x1000, -0x1000):
        for prev in (0, 2, 5, 6, 8, 12):
            try:
                r = _emit(cfg, insn, off, e, prev, False)
            except JitError:
                continue
            if r is not None:
                out.add(len(r[0]))
    return sorted(out)


def _classes(j):
    lo, hi = j.imm8_jmp_range
    return {"rel8": ((0x10, -0x50, 0), (lo, hi)),
            "rel32": ((0x1000, -0x1000), (hi + 1, lo - 1, (1 << 31) - 1 - 64, -(1 << 31) + 64))}


def _last_branch(code):
    """(offset, displacement width in bits, displacement) of the last relative jump, or None."""
    out = None
    for a, ins in sorted(x86.decode(code).items()):
        if ins.mnemonic.startswith("j") and ins.operands and ins.operands[0].type == 2:
            out = (a, 8 if ins.size == 2 else 32, ins.operands[0].imm - (a + ins.size))
    return out


def _replay(cfg, insn, off, e, prev, padding):
    """Run the JIT's bytes for a layout on unicorn, placed at addrs[I-1]: where does the jump
    land? Registers are tried until a conditional jump is taken."""
    from unicorn import Uc, UC_ARCH_X86, UC_MODE_64, UC_HOOK_CODE
    from unicorn import x86_const as U
    code, _, a_prev, target = _emit(cfg, insn, off, e, prev, padding)
    base, at = 0x100000, 0x100000 + 0x8000
    imm = insn.imm or 0        # a jcc against an immediate is taken at, around or beside it
    jump = _last_branch(code)
    jaddr = None if jump is None else at + jump[0]
    landed, after = [], {}

    def hook(uc, addr, size, _):
        # the first instruction executed after the jump is where it landed, inside the code
        # (a short displacement into the padding) or outside it
        if after:
            landed.append(addr)
            uc.emu_stop()
        elif addr == jaddr:
            after["next"] = addr + size
        elif not at <= addr < at + len(code):
            landed.append(addr)
            uc.emu_stop()

    # one emulator for every attempt: each holds a large translation buffer, and a job runs
    # under an address-space cap
    mu = Uc(UC_ARCH_X86, UC_MODE_64)
    mu.mem_map(base, 0x20000)
    mu.mem_write(at, code)
    mu.hook_add(UC_HOOK_CODE, hook)
    for regs in (0, 1, -1, 0x80000000, 7, 8, imm, imm + 1, imm - 1, ~imm):
        for r in (U.UC_X86_REG_RAX, U.UC_X86_REG_RBX, U.UC_X86_REG_RCX, U.UC_X86_REG_RDX,
                  U.UC_X86_REG_RDI, U.UC_X86_REG_RSI, U.UC_X86_REG_R8, U.UC_X86_REG_R9,
                  U.UC_X86_REG_R10, U.UC_X86_REG_R11, U.UC_X86_REG_R12, U.UC_X86_REG_R13,
                  U.UC_X86_REG_R14, U.UC_X86_REG_R15):     # every BPF register's home
            mu.reg_write(r, regs & (2 ** 64 - 1))
        landed.clear()
        after.clear()
        try:
            mu.emu_start(at, at + 0x10000, count=64)
        except Exception:
            landed.append(mu.reg_read(U.UC_X86_REG_RIP))
        fell_through = landed and (landed[0] == after.get("next", at + len(code)))
        if landed and (not fell_through or not insn.is_cond_jmp):
            got = a_prev + landed[0] - at
            return {"unicorn_lands_at": hex(got), "target": hex(target), "differs": got != target}
    return None


def check_jump_lands(cfg: JitConfig, only=None) -> Outcome:
    """`only`: a subset of form names (tests)."""
    ref = cfg.jit(cfg)
    n = 0
    for name, insn, off in jump_forms():
        if only is not None and name not in only:
            continue
        sizes = _sizes(cfg, insn, off)
        for cname, (reps, samples) in _classes(ref).items():
            for rep in reps:
                for padding in (False, True):
                    for prev in sizes:
                        r = _check_case(cfg, ref, name, insn, off, cname, rep, samples, prev,
                                        padding)
                        if r is None:
                            continue
                        n += 1
                        if r is not True:
                            return r
    return Outcome.proved(reason=f"{n} (form, target, size class, padding, previous size) cases")


def _check_case(cfg, ref, name, insn, off, cname, rep, samples, prev, padding):
    try:
        r = _emit(cfg, insn, off, rep, prev, padding)
    except JitError:
        return None
    if r is None or len(r[0]) != prev:
        return None              # no such layout, or the size changes: not a fixed point
    code, d0, _, _ = r
    where = _last_branch(code)
    if where is None and not (d0 == 0 and _is_ja(insn)):   # only a nop jump has no jump
        return Outcome.refuted({"form": name, "class": cname, "x86": x86.disasm_lines(code),
                                "why": "no jump in the emitted code"})
    # the encoder writes the displacement it computed: checked at the class boundaries
    for e in (rep,) + samples:
        try:
            r2 = _emit(cfg, insn, off, e, prev, padding)
        except JitError:
            continue
        if r2 is None or len(r2[0]) != prev:
            continue
        w = _last_branch(r2[0])
        if w is not None and w[2] != r2[1]:
            rp = _replay(cfg, insn, off, e, prev, padding)
            return Outcome.refuted({"form": name, "class": cname, "displacement": r2[1],
                                    "encoded": w[2], "x86": x86.disasm_lines(r2[0]),
                                    "replay": rp,
                                    "why": f"displacement {r2[1]} is encoded as {w[2]}"},
                                   replayed=None if rp is None else rp["differs"])
    # the proof: symbolic addrs[], the JIT's own displacement computation
    A = [z3.BitVec(f"addrs{k}", 64) for k in range(N)]
    C = z3.BitVec("cleanup_addr", 64)
    d = _offset(cfg.jit(cfg, FuncCtx(cleanup_addr=C), A), insn)
    d = d if isinstance(d, z3.ExprRef) else z3.BitVecVal(d, 64)
    t = _target_index(insn, off)
    T = C if t is None else A[t]
    lo, hi = ref.imm8_jmp_range
    in8 = z3.And(d >= lo, d <= hi)
    pre = [z3.ULT(a, 1 << 31) for a in A] + [z3.ULT(C, 1 << 31), A[I] - A[I - 1] == len(code)]
    pre.append(in8 if cname == "rel8" else z3.And(z3.Not(in8), d >= -(1 << 31), d < (1 << 31)))
    if where is None:
        pre.append(d == 0)       # the nop-jump class: emitted as nothing (or padding)
    sym = {} if where is None else {where[0]: z3.Extract(where[1] - 1, 0, d)}
    bad = []
    for fs in x86.Machine(code, sym_disp=sym).run(x86.initial_state("j")):
        if fs.fault or fs.exit is None:
            bad.append(fs.path)
            continue
        kind, local = fs.exit
        landed = A[I - 1] + (local if isinstance(local, z3.ExprRef) else z3.BitVecVal(local, 64))
        want = A[I] if (kind == "fallthrough" and insn.is_cond_jmp) else T
        bad.append(z3.And(fs.path, landed != want))
    s = z3.Solver()
    s.set("timeout", 30000)
    s.add(*pre)
    s.add(z3.Or(*bad) if bad else z3.BoolVal(False))
    res = s.check()
    if res == z3.unknown:
        return Outcome.unknown(f"z3: {s.reason_unknown()} on {name}")
    if res == z3.unsat:
        return True
    m = s.model()
    val = lambda x: m.eval(x, model_completion=True).as_signed_long()   # noqa: E731
    a_prev, a_end, target = val(A[I - 1]), val(A[I]), val(T)
    cex = {"form": name, "class": cname, "padding": padding, "previous_size": prev,
           "addrs[I-1]": hex(a_prev), "addrs[I]": hex(a_end), "target": hex(target),
           "displacement": val(d), "x86": x86.disasm_lines(code)}
    rp = None
    if a_end - a_prev == prev:
        try:
            rp = _replay(cfg, insn, off, target - a_end, prev, padding)
        except JitError:
            rp = None
    cex["replay"] = rp
    return Outcome.refuted(cex, replayed=None if rp is None else rp["differs"])


def check_jump_padding(cfg: JitConfig, only=None) -> Outcome:
    """In a padding pass a jump is emitted with exactly the previous pass's size when that is
    at least the size it needs now (NOPs before the jump), else with the size it needs: sizes
    never shrink, so the total length is monotone and bounded. A previous size below the
    minimum of a padded form (a nop `ja` that became a real jump) makes the JIT refuse the
    program, as the kernel's "unexpected jump padding" does."""
    n = refused = 0
    for name, insn, off in jump_forms():
        if only is not None and name not in only:
            continue
        sizes = _sizes(cfg, insn, off)
        for d in (0, 0x10, -0x50, 0x1000, -0x1000):
            try:
                r = _emit(cfg, insn, off, d, 64, False)
            except JitError:
                continue
            if r is None:
                continue
            natural = len(r[0])
            for prev in sizes:
                n += 1
                try:
                    r = _emit(cfg, insn, off, d, prev, True)
                except JitError as e:
                    if prev < natural and "padding" in str(e):
                        refused += 1      # the kernel's "unexpected ... padding": no image
                        continue
                    return Outcome.refuted({"form": name, "displacement": d,
                                            "previous_size": prev, "why": str(e)})
                if r is None:
                    continue
                padded = r[0]
                if len(padded) != max(prev, natural):
                    return Outcome.refuted({"form": name, "displacement": d,
                                            "previous_size": prev, "emitted_size": len(padded),
                                            "x86": x86.disasm_lines(padded),
                                            "why": "the size shrank in a padding pass"},
                                           replayed=True)
    return Outcome.proved(reason=f"{n} (form, displacement, previous size) cases, {refused} "
                                 "refused as the kernel does")


@theorem("JIT.jump_lands",
         "for symbolic addrs[] and every displacement in the s32 range, every jcc/ja/gotol/exit "
         "jump the JIT emits (rel8 or rel32 by imm8_jmp_range, with or without NOP padding) "
         "lands exactly on its target's first byte and falls through to the next instruction, "
         "in any pass whose addrs[] are a fixed point (what the image pass asserts)", "jit")
def jump_lands():
    return check_jump_lands(JitConfig())


class Imm8Cutoff128(X86Jit):
    """A cut-off one too far: +128 still takes the rel8 form, whose byte means -128."""
    imm8_jmp_range = (-128, 128)


class StartRelativeDisplacement(X86Jit):
    """The displacement taken from the jump's START (addrs[i-1]) instead of its end."""
    def jmp_offset(self, i, off):
        return self.addrs[i + off] - self.addrs[i - 1]


class NopsAfterJump(X86Jit):
    """The padding NOPs emitted after the conditional jump instead of before it."""
    def emit_jcc(self, jcc, jmp_offset, i):
        if not (self.padding and self.is_imm8_jmp_offset(jmp_offset)):
            return super().emit_jcc(jcc, jmp_offset, i)
        nops = self.insn_sz_diff(i) - 2
        self.b(jcc, jmp_offset)
        self.emit_nops(nops)


class NoPadding(X86Jit):
    """The late passes do not pad: a jump may shrink again and the length oscillate."""
    def __init__(self, cfg, fn=None, addrs=None, padding=False, image=False):
        super().__init__(cfg, fn, addrs, False, image)


def _doc(cls):
    return " ".join(cls.__doc__.split())


for _cls, _name in ((Imm8Cutoff128, "cutoff_128"), (StartRelativeDisplacement, "start_relative"),
                    (NopsAfterJump, "nops_after_jump")):
    jump_lands.theorem.mutant(_name, _doc(_cls))(
        lambda cls=_cls: check_jump_lands(JitConfig(jit=cls)))


@theorem("JIT.jump_padding",
         "once the passes pad, every jump form keeps the previous pass's size when it needs no "
         "more (NOPs before the jump) and grows otherwise: sizes never shrink, so the loop "
         "converges (a nop ja that becomes a real jump is refused, as by the kernel)", "jit")
def jump_padding():
    return check_jump_padding(JitConfig())


jump_padding.theorem.mutant("no_padding", _doc(NoPadding))(
    lambda: check_jump_padding(JitConfig(jit=NoPadding)))
