"""The verifier rewrites the JIT relies on, proved together with the JIT against the ORIGINAL
instruction.

The per-form theorems (jit_insn.py) assume what the verifier guarantees: a non-zero divisor. The
guarantee is do_misc_fixups' div/mod-by-zero rewrite (`bpfsmt.solver.xlate.misc_fixups.
div_mod_patch`, the generator xlate applies): here the rewritten sequence is JITed as the kernel
JITs it (one function, convergence and all) and its x86 code is run from the first rewritten
instruction to the next one over symbolic registers; it must give every BPF register exactly
what the ORIGINAL `dst /= src` / `dst %= src` gives under the ISA's semantics (x/0 = 0, x%0 = x,
32-bit ops zero-extend), never fault (#DE), for every divisor including 0 and every upper half.

Mutants are two historical rewrite bugs (2021): the 32-bit guard testing all 64 bits of src,
and a 32-bit mod by zero leaving dst's upper half. Counterexamples are replayed on unicorn.
"""
from __future__ import annotations

import z3

from bpfsmt.grammar.printer import format_insn
from bpfsmt.proofs.registry import Outcome, theorem
from bpfsmt.solver.jit.emit import JitConfig, jit_function
from bpfsmt.solver.jit.refine import X86_OF_BPF, bpf_regs
from bpfsmt.solver.xlate.misc_fixups import div_mod_patch
from bpfsmt.spec import isa, x86
from bpfsmt.spec.insn import (BPF_ALU, BPF_ALU64, BPF_DIV, BPF_JEQ, BPF_JMP, BPF_JMP32, BPF_K,
                              BPF_MOD, BPF_X, Insn)

EXIT = Insn.make(0x95)
# register pairs over every encoder branch of emit_divmod: dst or src in rax, rdx, rcx, r8+,
# dst == src
PAIRS = ((0, 1), (1, 0), (3, 4), (3, 0), (5, 5), (9, 2))


def _guarded_code(ins: Insn, patch, cfg):
    """The x86 code of the rewrite of `ins`, cut from a JITed function: from the first
    rewritten instruction to the start of the instruction after the rewrite."""
    body = patch(ins) + [EXIT]
    f = jit_function(body, cfg=cfg)
    end = f.insn_offsets[len(body) - 1][0]
    return f.image[f.addrs[0]:end]


def check_divmod_guard(patch=div_mod_patch, cfg: JitConfig = JitConfig()) -> Outcome:
    n = 0
    D = isa.z3_domain()
    for cls in (BPF_ALU64, BPF_ALU):
        for code in (BPF_DIV, BPF_MOD):
            for dst, src in PAIRS:
                n += 1
                ins = Insn.make(cls | code | BPF_X, dst, src)
                x86_code = _guarded_code(ins, patch, cfg)
                R = bpf_regs()
                st = x86.initial_state("g")
                for k, r in enumerate(X86_OF_BPF):
                    st.regs[r] = R[k]
                want = list(R)
                want[dst] = isa.alu(D, ins, R[dst], R[src])
                bad = []
                for fs in x86.Machine(x86_code).run(st):
                    if fs.fault or fs.exit != ("fallthrough", len(x86_code)):
                        bad.append(fs.path)
                        continue
                    ok = [fs.regs[X86_OF_BPF[k]] == want[k] for k in range(11)]
                    bad.append(z3.And(fs.path, z3.Not(z3.And(*ok))))
                s = z3.Solver()
                s.set("timeout", 300000)
                s.add(z3.Or(*bad))
                r = s.check()
                if r == z3.unknown:
                    return Outcome.unknown(f"z3: {s.reason_unknown()} on {ins}")
                if r == z3.sat:
                    m = s.model()
                    regs = [m.eval(R[k], model_completion=True).as_long() for k in range(11)]
                    cex = {"insn": f"{'alu64' if cls == BPF_ALU64 else 'alu32'} "
                                   f"r{dst} {'/' if code == BPF_DIV else '%'}= r{src}",
                           "rewrite": [format_insn(i) for i in patch(ins)],
                           **{f"r{k}": hex(v) for k, v in enumerate(regs)},
                           "x86": x86.disasm_lines(x86_code)}
                    rp = replay(ins, x86_code, regs)
                    cex["replay"] = rp
                    return Outcome.refuted(cex, replayed=rp["differs"])
    return Outcome.proved(reason=f"{n} (class, op, register pair) cases, every divisor")


def replay(ins: Insn, code: bytes, regs: list[int]) -> dict:
    """Run the rewrite's x86 code on unicorn and compare with the concrete ISA."""
    from unicorn import Uc, UC_ARCH_X86, UC_MODE_64
    from unicorn import x86_const as U
    names = [f"UC_X86_REG_{r.upper()}" for r in X86_OF_BPF]
    mu = Uc(UC_ARCH_X86, UC_MODE_64)
    mu.mem_map(0x100000, 0x10000)
    mu.mem_map(0x200000, 0x10000)
    mu.mem_write(0x100000, code)
    for k, nm in enumerate(names):
        mu.reg_write(getattr(U, nm), regs[k])
    mu.reg_write(U.UC_X86_REG_RSP, 0x208000)
    want = isa.alu(isa.CONCRETE, ins, regs[ins.dst], regs[ins.src]) & (2 ** 64 - 1)
    try:
        mu.emu_start(0x100000, 0x100000 + len(code), count=1000)
    except Exception as e:              # #DE: the guard let a zero divisor through
        return {"bpf": hex(want), "x86": f"fault: {e}", "differs": True}
    got = mu.reg_read(getattr(U, names[ins.dst]))
    return {"bpf": hex(want), "x86": hex(got), "differs": got != want}


@theorem("JIT.divmod_guard",
         "do_misc_fixups' div/mod-by-zero rewrite, JITed, computes the ORIGINAL register "
         "div/mod (alu32/alu64) for every divisor including 0 and every upper half: x/0 = 0, "
         "x%0 = x (zero-extended in 32 bits), no #DE, no other register changed", "jit")
def divmod_guard():
    return check_divmod_guard()


def guard_tests_64bit_src(ins: Insn) -> list[Insn]:
    """Historical (2021, "bpf: Fix 32 bit src register truncation on div/mod"): the guard of a
    32-bit div/mod tested all 64 bits of src, so a src with a zero low half but a non-zero
    upper half reached a 32-bit `div` by zero."""
    return [i.with_(opcode=BPF_JMP | i.code | BPF_K) if i.cls == BPF_JMP32 else i
            for i in div_mod_patch(ins)]


def mod32_no_truncation(ins: Insn) -> list[Insn]:
    """Historical (2021, "bpf: Fix truncation handling for mod32 dst reg wrt zero",
    CVE-2021-3444): a 32-bit mod by zero left dst as it was, upper half included, while the
    verifier had tracked it as truncated to 32 bits."""
    if ins.cls == BPF_ALU and ins.code == BPF_MOD:
        return [Insn.make(BPF_JMP32 | BPF_JEQ | BPF_K, ins.src, 0, 1, 0), ins]
    return div_mod_patch(ins)


def _doc(fn):
    return " ".join(fn.__doc__.split())


divmod_guard.theorem.mutant("guard_tests_64bit_src", _doc(guard_tests_64bit_src))(
    lambda: check_divmod_guard(guard_tests_64bit_src))
divmod_guard.theorem.mutant("mod32_no_truncation", _doc(mod32_no_truncation))(
    lambda: check_divmod_guard(mod32_no_truncation))
