"""The verifier rewrites the JIT relies on, proved together with the JIT against the ORIGINAL
instruction.

The per-form theorems (jit_insn.py) assume what the verifier guarantees: a non-zero divisor. The
guarantee is do_misc_fixups' div/mod-by-zero rewrite (`bpfsmt.solver.xlate.misc_fixups.
div_mod_patch`, the generator xlate applies): here the rewritten sequence is JITed as the kernel
JITs it (one function, convergence and all) and its x86 code is run from the first rewritten
instruction to the next one over symbolic registers; it must give every BPF register exactly
what the ORIGINAL `dst /= src` / `dst %= src` gives under the ISA's semantics (x/0 = 0, x%0 = x,
32-bit ops zero-extend), never fault (#DE), for every divisor including 0 and every upper half
(a non-zero divisor: the state of the JIT's own division, which the per-form theorems prove).

Mutants are two historical rewrite bugs (2021): the 32-bit guard testing all 64 bits of src,
and a 32-bit mod by zero leaving dst's upper half. Counterexamples are replayed on unicorn.
"""
from __future__ import annotations

import z3

from bpfsmt.grammar.printer import format_insn
from bpfsmt.proofs.registry import Outcome, theorem
from bpfsmt.solver.jit.emit import JitConfig, jit_function
from bpfsmt.solver.jit.refine import X86_OF_BPF, bpf_regs, check_refinement
from bpfsmt.solver.jit.program import jit_program
from bpfsmt.solver.xlate.map_gen_lookup import gen_array_lookup
from bpfsmt.solver.xlate.misc_fixups import div_mod_patch
from bpfsmt.solver.xlate.opt import opt_subreg_zext_cmpxchg, reads_r0_64
from bpfsmt.solver.xlate.patch import XlatedProg
from bpfsmt.spec import isa, x86
from bpfsmt.spec.insn import (BPF_ADD, BPF_ALU, BPF_ALU64, BPF_ATOMIC, BPF_CMPXCHG, BPF_DIV,
                              BPF_AND, BPF_JEQ, BPF_JGT, BPF_JMP, BPF_JMP32, BPF_K, BPF_MOD,
                              BPF_MOV,
                              BPF_STX, BPF_W, BPF_X, Insn, slot_offsets)
from bpfsmt.spec.ctx import SK_BUFF
from bpfsmt.spec.maps import BPF_ARRAY_VALUE_OFF

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


def _bpf_state(prefix: str, R, mem=None):
    """An x86 state whose BPF registers (the JIT's map) hold R."""
    st = x86.initial_state(prefix, mem)
    for k, r in enumerate(X86_OF_BPF):
        st.regs[r] = R[k]
    return st


def _solve_paths(code: bytes, st, ok, timeout_ms: int = 60000):
    """Run `code` from `st`: is there a path that faults, leaves other than at the code's end,
    stores outside the JIT's scratch stack, or breaks `ok(final state)` (a list of claims)?
    Returns (z3 result, model or the solver's reason)."""
    bad = []
    for fs in x86.Machine(code).run(st):
        if fs.fault or fs.exit[1] != len(code) or any(not a.via_rsp for a in fs.stores):
            bad.append(fs.path)
            continue
        bad.append(z3.And(fs.path, z3.Not(z3.And(*ok(fs)))))
    s = z3.Solver()
    s.set("timeout", timeout_ms)
    s.add(z3.Or(*bad))
    r = s.check()
    return r, (s.model() if r == z3.sat else s.reason_unknown())


def _unicorn(code: bytes, regs: dict, data: bytes = b""):
    """Run `code` on unicorn with x86 registers `regs` ({name: value}) and `data` at 0x200000
    (rsp points into that page); returns the emulator or raises what the CPU raised."""
    from unicorn import Uc, UC_ARCH_X86, UC_MODE_64
    from unicorn import x86_const as U
    mu = Uc(UC_ARCH_X86, UC_MODE_64)
    mu.mem_map(0x100000, 0x10000)
    mu.mem_map(0x200000, 0x10000)
    mu.mem_write(0x100000, code)
    mu.mem_write(0x200000, data)
    mu.reg_write(U.UC_X86_REG_RSP, 0x20f000)
    for name, v in regs.items():
        mu.reg_write(getattr(U, f"UC_X86_REG_{name.upper()}"), v)
    mu.emu_start(0x100000, 0x100000 + len(code), count=1000)
    return mu


def _reg(mu, name: str) -> int:
    from unicorn import x86_const as U
    return mu.reg_read(getattr(U, f"UC_X86_REG_{name.upper()}"))


def check_divmod_guard(patch=div_mod_patch, cfg: JitConfig = JitConfig()) -> Outcome:
    """For a zero divisor the guarded code gives the ISA's x/0 = 0, x%0 = x; for a non-zero one
    it ends, without #DE, in the state the JIT's unguarded division of the same registers ends in,
    whose result JIT.alu{32,64}_{div,mod}_x prove to be the ISA's: the division is not proved a
    second time (what makes 64-bit division slow in Z3), the guard and its routing are."""
    n = 0
    D = isa.z3_domain()
    for cls in (BPF_ALU64, BPF_ALU):
        for code in (BPF_DIV, BPF_MOD):
            for dst, src in PAIRS:
                n += 1
                ins = Insn.make(cls | code | BPF_X, dst, src)
                x86_code = _guarded_code(ins, patch, cfg)
                R = bpf_regs()
                zero = D.trunc(R[src], 64 if cls == BPF_ALU64 else 32) == 0
                want = list(R)
                want[dst] = isa.alu(D, ins, R[dst], R[src])
                plain = [ps for ps in x86.Machine(_guarded_code(ins, lambda i: [i], cfg)).run(
                    _bpf_state("g", R)) if not ps.fault]
                bad = []
                for fs in x86.Machine(x86_code).run(_bpf_state("g", R)):
                    if fs.fault or fs.exit[1] != len(x86_code):
                        bad.append(fs.path)
                        continue
                    regs = [fs.regs[X86_OF_BPF[k]] for k in range(11)]
                    bad.append(z3.And(fs.path, zero, z3.Not(z3.And(
                        *[regs[k] == want[k] for k in range(11)]))))
                    bad.append(z3.And(fs.path, z3.Not(zero),
                                      z3.Not(z3.Or(*[ps.path for ps in plain]))))
                    bad += [z3.And(fs.path, ps.path, z3.Not(zero), z3.Not(z3.And(
                        *[regs[k] == ps.regs[X86_OF_BPF[k]] for k in range(11)])))
                        for ps in plain]
                s = z3.Solver()
                s.set("timeout", 60000)
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
    want = isa.alu(isa.CONCRETE, ins, regs[ins.dst], regs[ins.src]) & (2 ** 64 - 1)
    try:
        mu = _unicorn(code, dict(zip(X86_OF_BPF, regs)))
    except Exception as e:              # #DE: the guard let a zero divisor through
        return {"bpf": hex(want), "x86": f"fault: {e}", "differs": True}
    got = _reg(mu, X86_OF_BPF[ins.dst])
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


# ---------------------------------------------------------------------------------------------
# opt_subreg_zext_lo32_rnd_hi32: the zero-extension of R0 after a 32-bit cmpxchg
# ---------------------------------------------------------------------------------------------
# The instruction after the cmpxchg, and whether the proof stops before it (exit, a jump: R0
# must then be the ORIGINAL's in full) or runs through it (its result must be the original's).
ZEXT_USES = (("exit", EXIT, False),
             ("r0 += r1", Insn.make(BPF_ALU64 | BPF_ADD | BPF_X, 0, 1), True),
             ("r2 = r0", Insn.make(BPF_ALU64 | BPF_MOV | BPF_X, 2, 0), True),
             ("if r0 > r1", Insn.make(BPF_JMP | BPF_JGT | BPF_X, 0, 1, 0), False),
             ("w0 += 1", Insn.make(BPF_ALU | BPF_ADD | BPF_K, 0, 0, 0, 1), True),
             ("r0 = 1", Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, 0, 0, 0, 1), True))
CMPXCHG_REGS = ((1, 2, -8), (10, 3, -4), (7, 7, 16))           # (base, new value, off)


def check_cmpxchg_zext(opt=opt_subreg_zext_cmpxchg, cfg: JitConfig = JitConfig()) -> Outcome:
    """`w0 = cmpxchg(dst + off, w0, src)` followed by each use of R0: xlate's pass, the JIT,
    and the x86 code from the cmpxchg up to (or through) the use must give what the ORIGINAL
    two BPF instructions give on every register and memory: R0 = the old 32-bit value,
    zero-extended, whether or not the compare succeeded."""
    n = 0
    for use_name, use, through in ZEXT_USES:
        for dst, src, off in CMPXCHG_REGS:
            n += 1
            ins = Insn.make(BPF_STX | BPF_ATOMIC | BPF_W, dst, src, off, BPF_CMPXCHG)
            body = [ins] + ([use] if not use.is_exit else []) + [EXIT]
            p = XlatedProg(body, [0])
            opt(p)
            f = jit_function(p.insns, cfg=cfg)
            k_use = len(p.insns) - (2 if not use.is_exit else 1)
            stop = k_use + 1 if through else k_use
            code = f.image[f.insn_offsets[0][0]:f.insn_offsets[stop][0]]
            r = check_refinement(ins, code, next_insn=use if through else None)
            if r.status == "unknown":
                return Outcome.unknown(f"z3: {r.reason} on cmpxchg then {use_name}")
            if r.status == "refuted":
                cex = dict(r.counterexample)
                cex.update({"then": use_name, "xlated": [format_insn(i) for i in p.insns],
                            "replay": "not replayable on unicorn: QEMU TCG zero-extends rax on "
                                      "a successful 32-bit cmpxchg, unlike the CPU (SDM)"})
                return Outcome.refuted(cex, replayed=None)
    return Outcome.proved(reason=f"{n} (use of R0, registers) cases, both compare outcomes")


@theorem("JIT.cmpxchg32_zext",
         "opt_subreg_zext_lo32_rnd_hi32's zero-extension after a 32-bit cmpxchg, JITed: for "
         "every use of R0 that follows (exit, a 64-bit ALU read, a move, a jump, a 32-bit read, "
         "a redefinition) the x86 code gives the ORIGINAL instructions' registers and memory; "
         "the rewrite leaves the zext out only where R0's upper half is never read", "jit")
def cmpxchg32_zext():
    return check_cmpxchg_zext()


def opt_without_cmpxchg_zext(p: XlatedProg) -> None:
    """Historical (before 2021's "bpf: Explicitly zero-extend R0 after 32-bit cmpxchg"): no
    zero-extension after a 32-bit cmpxchg; x86's cmpxchg leaves rax's upper half on success."""


def opt_alu64_use_not_a_read(p: XlatedProg) -> None:
    """A liveness slip: a 64-bit ALU operation on R0 (r0 += r1) is taken for a redefinition,
    not a read of its upper half, so no zext is inserted before it."""
    def reads(ins):
        r = reads_r0_64(ins)
        return False if r and ins.cls == BPF_ALU64 and ins.dst == 0 else r
    opt_subreg_zext_cmpxchg(p, reads)


cmpxchg32_zext.theorem.mutant("opt_without_cmpxchg_zext", _doc(opt_without_cmpxchg_zext))(
    lambda: check_cmpxchg_zext(opt_without_cmpxchg_zext))
cmpxchg32_zext.theorem.mutant("opt_alu64_use_not_a_read", _doc(opt_alu64_use_not_a_read))(
    lambda: check_cmpxchg_zext(opt_alu64_use_not_a_read))


# ---------------------------------------------------------------------------------------------
# do_misc_fixups' inlined array lookup (ops->map_gen_lookup), from source
# ---------------------------------------------------------------------------------------------
LOOKUP_PROGRAM = """
.map vals type=array key_size=4 value_size={vs} max_entries={me}
.program p section=socket
    r6 = r1
    r2 = r10
    r2 += -4
    r1 = %[vals] ll
    call bpf_map_lookup_elem
    exit
"""
# (value_size, max_entries): a shift (8, 4096, 12 -> 16) and a multiply (24) element stride
ARRAY_SHAPES = ((8, 1), (24, 5), (12, 65536), (4096, 3))
CALLER_SAVED = {1, 2, 3, 4, 5}


def lookup_xlated(vs: int, me: int):
    """xlate of `call bpf_map_lookup_elem` on an array map: (xlated insns, first and end index
    of the inlined sequence, the map)."""
    from bpfsmt.grammar.asm import parse_program_text
    from bpfsmt.solver.xlate import xlate
    pf = parse_program_text(LOOKUP_PROGRAM.format(vs=vs, me=me))
    out = xlate(pf, "p")
    call = next(k for k, i in enumerate(out) if i.is_wide) + 1
    return out, call, len(out) - 1, pf.maps["vals"]


def check_array_lookup(mutate=None, cfg: JitConfig = JitConfig()) -> Outcome:
    """The x86 code of the inlined lookup, from its first instruction to the one after it,
    over a symbolic map address (R1), key pointer (R2) and memory: R0 = the helper's result
    array_map_lookup_elem gives (index < max_entries ? map + offsetof(bpf_array, value) +
    index * elem_size : NULL), R6..R10 kept, only the key read, no store, no fault."""
    for vs, me in ARRAY_SHAPES:
        out, a, b, m = lookup_xlated(vs, me)
        if mutate is not None:
            out = out[:a] + mutate(m) + out[b:]
            b = len(out) - 1
        res = jit_program(out, xlated=True, stack_depths=[8])
        f = res.funcs[0]
        slots = slot_offsets(out)
        code = f.image[f.insn_offsets[slots[a]][0]:f.insn_offsets[slots[b]][0]]
        R = bpf_regs()
        mem = z3.Array("mem", z3.BitVecSort(64), z3.BitVecSort(8))
        idx = z3.ZeroExt(32, x86.mem_read(mem, R[2], 4))
        want = z3.If(z3.ULT(idx, me), R[1] + BPF_ARRAY_VALUE_OFF + idx * m.elem_size,
                     z3.BitVecVal(0, 64))
        r, mdl = _solve_paths(code, _bpf_state("a", R, mem), lambda fs: [
            fs.regs["rax"] == want, *[fs.regs[X86_OF_BPF[k]] == R[k] for k in range(6, 11)],
            *[z3.And(ld.addr == R[2], z3.BoolVal(ld.size == 4)) for ld in fs.loads
              if not ld.via_rsp]])
        if r == z3.unknown:
            return Outcome.unknown(f"z3: {mdl} on value_size {vs}")
        if r == z3.sat:
            key = mdl.eval(idx, model_completion=True).as_long()
            mp = mdl.eval(R[1], model_completion=True).as_long()
            rp = replay_lookup(code, mp, key)
            exp = mdl.eval(want, model_completion=True).as_long()
            return Outcome.refuted({"map": f"array value_size {vs} max_entries {me}",
                                    "key": key, "map address": hex(mp),
                                    "helper": hex(exp), "x86 r0": rp,
                                    "xlated": [format_insn(i) for i in out[a:b]],
                                    "x86": x86.disasm_lines(code)},
                                   replayed=rp != hex(exp))
    return Outcome.proved(reason=f"{len(ARRAY_SHAPES)} array shapes, every map address, key "
                                 "pointer and key")


def replay_lookup(code: bytes, map_addr: int, key: int) -> str:
    """Run the lookup's x86 code on unicorn: the key in mapped memory, rdi = map address."""
    return hex(_reg(_unicorn(code, {"rdi": map_addr, "rsi": 0x200000},
                             key.to_bytes(4, "little")), "rax"))


@theorem("JIT.array_lookup_inline",
         "xlate's inlined bpf_map_lookup_elem on an array (array_map_gen_lookup), JITed, "
         "returns what the helper returns for every map address, key pointer and key: "
         "map->value + index * elem_size below max_entries, NULL from max_entries on; R6..R10 "
         "kept, only the key read", "jit")
def array_lookup_inline():
    return check_array_lookup()


def lookup_bound_jgt(m) -> list[Insn]:
    """The bounds check as `index > max_entries` (an off-by-one: index == max_entries reads
    one element past the array)."""
    return gen_array_lookup(m.max_entries, m.elem_size, True, m.index_mask, jcc=BPF_JGT)


array_lookup_inline.theorem.mutant("lookup_bound_jgt", _doc(lookup_bound_jgt))(
    lambda: check_array_lookup(lookup_bound_jgt))


# ---------------------------------------------------------------------------------------------
# convert_ctx_accesses: __sk_buff field loads
# ---------------------------------------------------------------------------------------------
CTX_PROGRAM = """
.program p section={sec}
    r{d} = *({t} *)(r1 + {off})
    exit
"""
CTX_TYPES = (("socket", "socket_filter"), ("tc", "sched_cls"))
SIZE_TYPE = {1: "u8", 2: "u16", 4: "u32", 8: "u64"}


def ctx_xlated(sec: str, off: int, size: int, dst: int):
    from bpfsmt.grammar.asm import parse_program_text
    from bpfsmt.solver.xlate import xlate
    text = CTX_PROGRAM.format(sec=sec, d=dst, t=SIZE_TYPE[size], off=off)
    return xlate(parse_program_text(text), "p")


def field_loads(field) -> list[tuple[int, int]]:
    """(offset, size) of the full loads of a field: the field, or each u32 of an array."""
    if field.size in SIZE_TYPE:
        return [(field.offset, field.size)]
    return [(field.offset + 4 * k, 4) for k in range(field.size // 4)]


def check_ctx_loads(mutate=None) -> Outcome:
    """Every scalar __sk_buff field that xlate converts in socket filters and tc, loaded at its
    size into R0 and R7: the JITed conversion leaves a value the field's kernel width can hold
    (`CtxField.bits`, else its size; what the verifier model and check assume of the field),
    changes no other BPF register, stores nothing and does not fault, for every ctx pointer
    and kernel memory."""
    n = 0
    for sec, ptype in CTX_TYPES:
        for field, (off, size), dst in ((f, ld, d) for f in SK_BUFF.fields
                                         if not f.is_pointer for ld in field_loads(f)
                                         for d in (0, 7)):
            out = ctx_xlated(sec, off, size, dst)
            if len(out) == 2 and out[0].off == off:
                continue                              # left unconverted (rejected or unseen)
            n += 1
            if mutate is not None:
                out = mutate(field, out)
            bad = _ctx_case(out, dst, field.bits or 8 * size)
            if isinstance(bad, str):
                return Outcome.unknown(f"{bad} on {ptype} {field.name}")
            if bad is not None:
                bad.update({"program type": ptype, "field": field.name, "offset": off,
                            "xlated": [format_insn(i) for i in out[:-1]]})
                return Outcome.refuted(bad, replayed=bad["replay (kernel memory all 0xff)"]
                                       ["out of range"])
    return Outcome.proved(reason=f"{n} (program type, field, register) loads")


def _ctx_case(out: list[Insn], dst: int, width: int):
    """None (proved), a counterexample dict, or the solver's reason for giving up."""
    f = jit_program(out, xlated=True, stack_depths=[0]).funcs[0]
    code = f.image[f.insn_offsets[0][0]:f.insn_offsets[slot_offsets(out)[-1]][0]]
    R = bpf_regs()

    def ok(fs):
        out = [fs.regs[X86_OF_BPF[k]] == R[k] for k in range(11) if k != dst]
        if width < 64:
            out.append(z3.Extract(63, width, fs.regs[X86_OF_BPF[dst]]) == 0)
        return out

    r, why = _solve_paths(code, _bpf_state("c", R), ok)
    if r == z3.unknown:
        return f"z3: {why}"
    if r == z3.unsat:
        return None
    return {"bits": width, "x86": x86.disasm_lines(code),
            "replay (kernel memory all 0xff)": replay_ctx_load(code, dst, width)}


def replay_ctx_load(code: bytes, dst: int, width: int) -> dict:
    """Run the conversion on unicorn with every byte of kernel memory 0xff (the ctx and all the
    pointers it leads to) and report the loaded value."""
    try:
        mu = _unicorn(code, {"rdi": 0x200000}, b"\xff" * 0xf000)
    except Exception as e:              # a pointer into unmapped memory: not a range answer
        return {"fault": str(e), "out of range": False}
    v = _reg(mu, X86_OF_BPF[dst])
    return {"value": hex(v), "out of range": v >> width != 0}


@theorem("JIT.ctx_loads",
         "convert_ctx_accesses' __sk_buff field loads (socket filter, tc), JITed: the loaded "
         "value fits the field's kernel width the verifier model assumes, no other register "
         "changes, nothing is stored, nothing faults, for every ctx and kernel memory", "jit")
def ctx_loads():
    return check_ctx_loads()


def pkt_type_unmasked(field, out: list[Insn]) -> list[Insn]:
    """pkt_type loaded as the whole byte at PKT_TYPE_OFFSET, without `& PKT_TYPE_MAX`: the
    neighbouring bitfields leak into a value the verifier takes for 0..7."""
    if field.name != "pkt_type":
        return out
    return [i for i in out if not (i.cls == BPF_ALU and i.code == BPF_AND)]


ctx_loads.theorem.mutant("pkt_type_unmasked", _doc(pkt_type_unmasked))(
    lambda: check_ctx_loads(pkt_type_unmasked))
