"""A model of Linux 6.1's x86-64 BPF JIT (arch/x86/net/bpf_jit_comp.c), byte for byte.

Why a model and not a call into the kernel: the proofs (proofs/jit_*.py) need to emit the code for
ONE instruction with symbolic operands, and translation validation needs the same encoder the
kernel uses so that a difference in the real bytes is a difference in behaviour, not in layout.

The model works on the kernel's view of the program, i.e. the verifier's XLATED instructions
(`bpf_prog_get_info_by_fd` xlated dump, or `bpfsmt.solver.xlate.xlate`), JITs each subprogram on its own
(`jit_subprogs`), runs the JIT's multi-pass convergence of jump sizes (`addrs[]` updated in place,
forward jumps see the previous pass) and emits the final image once the length is stable.

`X86Jit` is do_jit: one method per case of its switch, named after the case or the emit_* helper
the kernel calls there. A kernel version is a subclass that overrides the cases and data that
differ; a proof mutant (proofs/jit_*.py) is a subclass that breaks one case, selected through
`JitConfig.jit`.

Kernel addresses (helper/kfunc call targets, bpf2bpf call targets, map pointers of `lddw`,
retpoline thunks) are not known here: they are emitted as relocations (`Reloc`) with a zero
displacement/immediate, exactly where the kernel writes the address. `normalise()` zeroes the same
fields in real kernel bytes, found independently by decoding them with capstone.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from bpfsmt.spec.insn import (
    BPF_ALU, BPF_ALU64, BPF_JMP, BPF_JMP32, BPF_LD, BPF_LDX, BPF_ST, BPF_STX,
    BPF_ADD, BPF_SUB, BPF_MUL, BPF_DIV, BPF_OR, BPF_AND, BPF_LSH, BPF_RSH, BPF_NEG, BPF_MOD,
    BPF_XOR, BPF_MOV, BPF_ARSH, BPF_END, BPF_K, BPF_X, BPF_TO_BE, BPF_NOSPEC,
    BPF_JA, BPF_JEQ, BPF_JGT, BPF_JGE, BPF_JSET, BPF_JNE, BPF_JSGT, BPF_JSGE, BPF_CALL,
    BPF_EXIT, BPF_JLT, BPF_JLE, BPF_JSLT, BPF_JSLE, BPF_TAIL_CALL,
    BPF_B, BPF_H, BPF_W, BPF_DW, BPF_MEM, BPF_ATOMIC, BPF_FETCH, BPF_XCHG, BPF_CMPXCHG,
    BPF_PSEUDO_CALL, BPF_PSEUDO_FUNC, KERNEL_ADDRESS_TARGETS, Insn, SIZE_BYTES,
)
from bpfsmt.spec.deadline import check_deadline
from bpfsmt.spec.helper_ids import HELPER_IDS
from bpfsmt.spec.kernels import DEFAULT_KERNEL, KernelLayout, kernel_facts
from bpfsmt.spec.limits import MAX_TAIL_CALL_CNT
from .encode import (AUX_REG, BPF_REG_AX, EREGS, ENDBR64, NOP5, REG2HEX, SIMPLE_ALU,
                     X86_JA, X86_JAE, X86_JB, X86_JBE, X86_JE, X86_JG, X86_JGE,
                     X86_JL, X86_JLE, X86_JNE, Emitter, JitError, is_imm8, is_simm32, round_up)

TASK_SIZE_MAX_PLUS_PAGE = 1 << 47     # 4-level paging (observed: movabs r11, 0x800000000000+off)
MAX_PASSES = 20
PADDING_PASSES = 15        # MAX_PASSES - 5: from this pass on, shrinking jumps are padded
BPF_TAIL_CALL_HELPER = HELPER_IDS["bpf_tail_call"]

JCC = {BPF_JEQ: X86_JE, BPF_JSET: X86_JNE, BPF_JNE: X86_JNE, BPF_JGT: X86_JA, BPF_JLT: X86_JB,
       BPF_JGE: X86_JAE, BPF_JLE: X86_JBE, BPF_JSGT: X86_JG, BPF_JSLT: X86_JL,
       BPF_JSGE: X86_JGE, BPF_JSLE: X86_JLE}
# ALU|K: (ModRM /ext of `op r/m, imm`, the short opcode of `op eax, imm32`)
ALU_IMM = {BPF_ADD: (0xC0, 0x05), BPF_SUB: (0xE8, 0x2D), BPF_AND: (0xE0, 0x25),
           BPF_OR: (0xC8, 0x0D), BPF_XOR: (0xF0, 0x35)}
ALU_SIMPLE = (BPF_ADD, BPF_SUB, BPF_AND, BPF_OR, BPF_XOR)
SHIFTS = (BPF_LSH, BPF_RSH, BPF_ARSH)
FETCH_LOOP_OPS = (BPF_AND | BPF_FETCH, BPF_OR | BPF_FETCH, BPF_XOR | BPF_FETCH)


@dataclass
class Reloc:
    """A kernel address the real JIT writes into the image; we emit zeros there."""
    offset: int        # byte offset of the field in the function image
    size: int          # 4 (rel32) or 8 (imm64)
    kind: str          # helper | subprog | map | func_addr | kaddr | thunk
    target: str        # symbolic target, e.g. "helper#1", "subprog#2", "map#0"


@dataclass
class PokeSite:
    """A direct tail call's patch sites (TC-08): offsets of the bypass jmp and the target NOP."""
    insn: int          # BPF slot of the tail call
    bypass: int        # offset of the 5-byte `jmp out` (tailcall_bypass)
    target: int        # offset of the 5-byte NOP (tailcall_target)
    out: int           # offset of `out:` (bypass_addr = target + 5)


@dataclass
class FuncCtx:
    """What do_jit knows about the function besides its instructions (struct jit_context and
    the bpf_prog fields it reads). `cleanup_addr` persists across passes as in the kernel."""
    stack_depth: int = 0
    tail_call_reachable: bool = False
    is_subprog: bool = False
    from_cbpf: bool = False
    direct_tail_calls: dict = field(default_factory=dict)   # absolute slot -> direct?
    base: int = 0                                           # first slot of the function
    raw_helpers: bool = False        # `call 12` is bpf_tail_call (not yet rewritten)
    call_targets: dict = field(default_factory=dict)        # local slot -> "subprog#k"
    probe_mem: frozenset = frozenset()                      # absolute slots of PROBE_MEM loads
    cleanup_addr: int = 0


class X86Jit(Emitter):
    """do_jit for one pass over one function (Linux 6.1, x86-64).

    Kernel-version data is kept as class attributes and small methods so that another kernel
    (or a mutant) overrides exactly what differs: `JCC`, the tail-call counter check,
    `is_imm8_jmp_offset`, the padding limits, `tail_call_offset`."""

    JCC = JCC
    # is_imm8_jmp_offset: stable 6.1 (backport of "bpf, x64: Fix a jit convergence issue",
    # 2024) sends positive offsets above 123 to the rel32 form, so that jumps cannot oscillate
    # between 2 and 6 bytes across passes. Observed in the oracle: `jg` +124 is 0f 8f.
    imm8_jmp_range = (-128, 123)
    tail_call_cnt_limit = MAX_TAIL_CALL_CNT
    tail_call_cnt_jcc = X86_JAE             # 6.1: `cmp eax, 33; jae out`
    signed_div = False                      # cpu v4 sdiv/smod/movsx/bswap/gotol: 6.6+
    max_passes = MAX_PASSES
    padding_passes = PADDING_PASSES

    def __init__(self, cfg, fn: Optional[FuncCtx] = None, addrs=None, padding=False,
                 image=False):
        super().__init__(cfg)
        self.fn = fn or FuncCtx()
        self.addrs = addrs
        self.padding = padding
        self.image = image          # the image pass: addrs[] must already be the fixed point
        self.used = [False] * 4
        self.tcr = self.fn.tail_call_reachable
        self.seen_exit = False
        self.pokes: list = []
        self.insn_start = 0

    # kernel-version facts ------------------------------------------------------------------
    tail_call_offset_base = 11              # nop5 + nop2/xor eax,eax + push rbp + mov rbp,rsp

    @property
    def layout(self) -> KernelLayout:
        """The struct offsets this kernel build compiles in (spec/kernels.py)."""
        return kernel_facts(self.cfg.kernel).layout

    @property
    def tail_call_offset(self) -> int:
        """X86_TAIL_CALL_OFFSET: tail calls enter right after `mov rbp,rsp` (and its endbr64)."""
        return self.tail_call_offset_base + (len(ENDBR64) if self.cfg.ibt else 0)

    def is_imm8_jmp_offset(self, v: int) -> bool:
        lo, hi = self.imm8_jmp_range
        return lo <= v <= hi

    def jmp_offset(self, i: int, off: int) -> int:
        """addrs[i + off] - addrs[i]: from the END of this insn to the end of the target's
        predecessor, i.e. the target's first byte (addrs[] holds end offsets)."""
        if not 0 <= i + off < len(self.addrs):
            raise JitError(f"jump to slot {i + off - 1} outside the function")
        return self.addrs[i + off] - self.addrs[i]

    def cleanup_jmp_offset(self, i: int) -> int:
        """A later exit jumps from its end to the epilogue of the first exit."""
        return self.fn.cleanup_addr - self.addrs[i]

    # the pass ------------------------------------------------------------------------------
    def do_jit(self, insns):
        """One pass. `insns`: (slot, Insn) with slots relative to the function start. Updates
        `addrs` in place exactly as the kernel does; returns {slot: (start, end)}."""
        self.used, seen = detect_reg_usage([(s, i.with_(src=_kernel_src(i))) for s, i in insns],
                                           self.fn.raw_helpers)
        self.tcr = self.fn.tail_call_reachable or seen
        self.emit_prologue()
        self.push_callee_regs()
        self.addrs[0] = len(self.buf)
        offsets = {}
        for n, (slot, insn) in enumerate(insns):
            if not n & 0xFFF:
                check_deadline("the JIT")
            start = len(self.buf)
            self.emit_insn(insn, slot + 1, slot)        # i: the kernel's 1-based loop index
            if self.image and len(self.buf) != self.addrs[slot + insn.slots]:
                # CVE-2021-29154's fix: a displacement computed from addrs[] that moved is wrong
                raise JitError("bpf_jit: fatal error (addrs[] changed in the image pass)")
            self.addrs[slot + insn.slots] = len(self.buf)
            offsets[slot] = (start, len(self.buf))
        return offsets

    def emit_insn(self, insn: Insn, i: int, slot: int):
        """The body of do_jit's switch for one instruction."""
        self.insn_start = len(self.buf)
        case = {BPF_ALU: self.do_alu, BPF_ALU64: self.do_alu, BPF_LD: self.do_ld,
                BPF_ST: self.do_st, BPF_STX: self.do_stx, BPF_LDX: self.do_ldx,
                BPF_JMP: self.do_jmp, BPF_JMP32: self.do_jmp}[insn.cls]
        case(insn, i, slot)

    # ALU / ALU64 ---------------------------------------------------------------------------
    def do_alu(self, insn: Insn, i, slot):
        code, is64, x = insn.code, insn.cls == BPF_ALU64, insn.source == BPF_X
        if code in ALU_SIMPLE:
            (self.emit_alu_reg if x else self.emit_alu_imm)(insn, is64)
        elif code == BPF_MOV:
            if x:
                self.emit_mov_x(insn, is64)
            else:
                self.emit_mov_imm32(is64, insn.dst, insn.imm)
        elif code == BPF_NEG:
            self.emit_neg(insn, is64)
        elif code in (BPF_MOD, BPF_DIV):
            if insn.off != 0 and not self.signed_div:
                raise JitError("signed division (cpu v4) is not in 6.1")
            self.emit_divmod(insn, is64)
        elif code == BPF_MUL:
            (self.emit_imul_reg if x else self.emit_imul_imm)(insn, is64)
        elif code in SHIFTS:
            (self.emit_shift_reg if x else self.emit_shift_imm)(insn, is64)
        elif code == BPF_END:
            self.emit_bswap(insn)
        else:
            raise JitError(f"unknown opcode {insn.opcode:02x}")

    def emit_mov_x(self, insn, is64):
        """MOV|X: a register move (6.1 ignores `off`; the verifier rejects movsx there)."""
        self.emit_mov_reg(is64, insn.dst, insn.src)

    def emit_alu_reg(self, insn, is64):
        """ALU|X add/sub/and/or/xor: `op dst, src`."""
        self.maybe_emit_mod(insn.dst, insn.src, is64)
        self.b(SIMPLE_ALU[insn.code], self.add_2reg(0xC0, insn.dst, insn.src))

    def emit_alu_imm(self, insn, is64):
        """ALU|K add/sub/and/or/xor: imm8 form, the short eax form, or imm32."""
        dst, imm32 = insn.dst, insn.imm
        self.maybe_emit_1mod(dst, is64)
        b3, b2 = ALU_IMM[insn.code]
        if is_imm8(imm32):
            self.b(0x83, self.add_1reg(b3, dst), imm32)
        elif dst == 0:
            self.b(b2)
            self.off32(imm32)
        else:
            self.b(0x81, self.add_1reg(b3, dst))
            self.off32(imm32)

    def emit_neg(self, insn, is64):
        self.maybe_emit_1mod(insn.dst, is64)
        self.b(0xF7, self.add_1reg(0xD8, insn.dst))

    def emit_imul_imm(self, insn, is64):
        dst, imm32 = insn.dst, insn.imm
        self.maybe_emit_mod(dst, dst, is64)
        if is_imm8(imm32):
            self.b(0x6B, self.add_2reg(0xC0, dst, dst), imm32)
        else:
            self.b(0x69, self.add_2reg(0xC0, dst, dst))
            self.off32(imm32)

    def emit_imul_reg(self, insn, is64):
        self.maybe_emit_mod(insn.src, insn.dst, is64)
        self.b(0x0F, 0xAF, self.add_2reg(0xC0, insn.src, insn.dst))

    def shift_ext(self, code):
        """The ModRM /ext of shl/shr/sar (simple_alu_op)."""
        return SIMPLE_ALU[code]

    def emit_shift_imm(self, insn, is64):
        dst = insn.dst
        self.maybe_emit_1mod(dst, is64)
        b3 = self.shift_ext(insn.code)
        if insn.imm == 1:
            self.b(0xD1, self.add_1reg(b3, dst))
        else:
            self.b(0xC1, self.add_1reg(b3, dst), insn.imm)

    def emit_shift_reg(self, insn, is64):
        """Shift by a register: the count must be in cl (BMI2 shlx/shrx/sarx where enabled)."""
        dst, src = insn.dst, insn.src
        if self.cfg.bmi2 and src != 4:
            self.emit_shiftx(insn, is64)
            return
        if dst == 4:                 # the count must go to cl: move a dst in rcx out of the way
            self.emit_mov64(AUX_REG, dst)
            dst = AUX_REG
        if src != 4:
            self.b(0x51)             # push rcx
            self.emit_mov64(4, src)
        self.maybe_emit_1mod(dst, is64)
        self.b(0xD3, self.add_1reg(self.shift_ext(insn.code), dst))
        if src != 4:
            self.b(0x59)             # pop rcx
        if insn.dst == 4:
            self.emit_mov64(insn.dst, AUX_REG)

    def emit_shiftx(self, insn, is64):
        op = {BPF_LSH: 1, BPF_RSH: 3, BPF_ARSH: 2}[insn.code]
        dst, src = insn.dst, insn.src
        r = dst in EREGS
        vvvv = REG2HEX[src] | (8 if src in EREGS else 0)
        b1 = ((not r) << 7) | (1 << 6) | ((not r) << 5) | 2
        b2 = (int(is64) << 7) | ((~vvvv & 0xF) << 3) | (op & 3)
        self.b(0xC4, b1, b2, 0xF7, self.add_2reg(0xC0, dst, dst))

    def emit_divmod(self, insn, is64):
        """6.1: save rax/rdx only when dst is not them; divisor in r11 when it is rax/rdx or an
        imm."""
        dst, src = insn.dst, insn.src
        if dst != 0:
            self.b(0x50)        # push rax
        if dst != 3:
            self.b(0x52)        # push rdx
        if insn.source == BPF_X:
            if src in (0, 3):
                self.emit_mov64(AUX_REG, src)
                src = AUX_REG
        else:
            self.b(0x49, 0xC7, 0xC3)   # mov r11, imm32
            self.off32(insn.imm)
            src = AUX_REG
        if dst != 0:
            self.emit_mov_reg(is64, 0, dst)
        self.emit_div(insn, src, is64)
        if insn.code == BPF_MOD and dst != 3:
            self.emit_mov_reg(is64, dst, 3)
        elif insn.code == BPF_DIV and dst != 0:
            self.emit_mov_reg(is64, dst, 0)
        if dst != 3:
            self.b(0x5A)        # pop rdx
        if dst != 0:
            self.b(0x58)        # pop rax

    def emit_div(self, insn, src, is64):
        """rdx:rax / src, unsigned: xor edx,edx; div src."""
        self.emit_clear_rdx()
        self.maybe_emit_1mod(src, is64)
        self.b(0xF7, self.add_1reg(0xF0, src))

    def emit_clear_rdx(self):
        """xor edx,edx: zero-extend rax into rdx:rax, the dividend of `div`."""
        self.b(0x31, 0xD2)

    def emit_bswap(self, insn):
        """BPF_END: to_be = ror/bswap (+ movzx for 16), to_le = zero-extension only."""
        if insn.cls == BPF_ALU64:
            raise JitError("bswap (ALU64|END, cpu v4) is not in 6.1")
        dst, imm = insn.dst, insn.imm
        self.emit_byte_swap(dst, imm, insn.source == BPF_TO_BE)

    def emit_byte_swap(self, dst, imm, swap):
        """ror/bswap (+ movzx for 16) when the bytes swap, else the zero-extension only."""
        if imm not in (16, 32, 64):
            raise JitError(f"bad byte swap width {imm}")
        ere = dst in EREGS
        if swap:
            if imm == 16:
                self.b(*((0x66, 0x41) if ere else (0x66,)))
                self.b(0xC1, self.add_1reg(0xC8, dst), 8)          # ror ax,8
                self.emit_movzwl(dst)
            elif imm == 32:
                self.b(*((0x41, 0x0F) if ere else (0x0F,)))
                self.b(self.add_1reg(0xC8, dst))                    # bswap eax
            else:
                self.b(self.add_1mod(0x48, dst), 0x0F, self.add_1reg(0xC8, dst))
        elif imm == 16:
            self.emit_movzwl(dst)
        elif imm == 32:
            if ere:
                self.b(0x45)
            self.b(0x89, self.add_2reg(0xC0, dst, dst))             # mov eax,eax

    def emit_movzwl(self, dst):
        self.b(*((0x45, 0x0F, 0xB7) if dst in EREGS else (0x0F, 0xB7)))
        self.b(self.add_2reg(0xC0, dst, dst))

    # LD (lddw) -----------------------------------------------------------------------------
    def do_ld(self, insn: Insn, i, slot):
        if not insn.is_wide:
            raise JitError(f"unknown opcode {insn.opcode:02x} (LD_ABS/LD_IND are rewritten by "
                           "the verifier)")
        self.emit_ld_imm64(insn)

    def emit_ld_imm64(self, insn):
        """BPF_LD|BPF_IMM|BPF_DW: map pointers, callback addresses and the kernel objects the
        verifier's rewrites load (prog->aux, &jiffies) are kernel addresses: always movabs."""
        reloc = None
        s = insn.src
        if insn.target in KERNEL_ADDRESS_TARGETS:     # `r3 = prog->aux` etc. from the rewrites
            reloc = ("kaddr", insn.target)
        elif s in (1, 2, 5, 6):
            reloc = ("map", f"map#{insn.imm}" + (f"+{insn.imm64_hi}" if s in (2, 6) else ""))
        elif s == BPF_PSEUDO_FUNC:
            reloc = ("func_addr", f"func@{insn.imm}")
        self.emit_mov_imm64(insn.dst, insn.imm64_hi or 0, insn.imm, reloc)

    # ST / STX / LDX ------------------------------------------------------------------------
    def do_st(self, insn: Insn, i, slot):
        if insn.opcode == (BPF_ST | BPF_NOSPEC):
            self.emit_nospec()
        elif insn.mode == BPF_MEM:
            self.emit_st_imm(insn)
        else:
            raise JitError(f"unknown opcode {insn.opcode:02x}")

    def emit_nospec(self):
        self.b(0x0F, 0xAE, 0xE8)   # lfence

    def emit_st_imm(self, insn):
        dst, off, size = insn.dst, insn.off, insn.size
        if size == BPF_B:
            self.b(*((0x41, 0xC6) if dst in EREGS else (0xC6,)))
        elif size == BPF_H:
            self.b(*((0x66, 0x41, 0xC7) if dst in EREGS else (0x66, 0xC7)))
        elif size == BPF_W:
            self.b(*((0x41, 0xC7) if dst in EREGS else (0xC7,)))
        else:
            self.b(self.add_1mod(0x48, dst), 0xC7)
        if is_imm8(off):
            self.b(self.add_1reg(0x40, dst), off)
        else:
            self.b(self.add_1reg(0x80, dst))
            self.off32(off)
        self.imm(insn.imm, min(SIZE_BYTES[size], 4))

    def do_stx(self, insn: Insn, i, slot):
        if insn.mode == BPF_MEM:
            self.emit_stx(insn.size, insn.dst, insn.src, insn.off)
        elif insn.mode == BPF_ATOMIC and insn.size in (BPF_W, BPF_DW):
            self.emit_atomic_insn(insn)
        else:
            raise JitError(f"unknown opcode {insn.opcode:02x}")

    load_modes = (BPF_MEM,)                 # BPF_MEMSX (ldsx): 6.6+

    def do_ldx(self, insn: Insn, i, slot):
        if insn.mode not in self.load_modes:
            raise JitError(f"unknown opcode {insn.opcode:02x}")
        if (self.fn.base + slot) in self.fn.probe_mem:
            self.emit_probe_mem_ldx(insn)
        else:
            self.emit_load(insn)

    def emit_load(self, insn):
        self.emit_ldx(insn.size, insn.dst, insn.src, insn.off)

    def probe_mem_limit(self, off):
        """The lowest kernel address a PROBE_MEM load of [src + off] may start from."""
        return TASK_SIZE_MAX_PLUS_PAGE + abs(off)

    def emit_probe_mem_ldx(self, insn):
        """BPF_PROBE_MEM load (a BTF pointer the verifier cannot prove valid): check that
        src + off is a kernel address, else dst = 0; the load itself gets an exception-table
        entry (not part of the image)."""
        dst, src, off = insn.dst, insn.src, insn.off
        self.b(self.add_1mod(0x48, AUX_REG), self.add_1reg(0xB8, AUX_REG))   # movabs r11, limit
        self.imm(self.probe_mem_limit(off), 8)
        self.maybe_emit_mod(src, AUX_REG, True)
        self.b(0x39, self.add_2reg(0xC0, src, AUX_REG))                     # cmp src, r11
        jb_at = len(self.buf)
        self.b(X86_JB, 0)                                                   # jb -> xor dst
        self.emit_mov_reg(True, AUX_REG, src)                               # mov r11, src
        self.maybe_emit_1mod(AUX_REG, True)
        self.b(0x81, self.add_1reg(0xC0, AUX_REG))                          # add r11, off
        self.off32(off)
        jnc_at = len(self.buf)
        self.b(0x73, 0)                                                     # jnc -> the load
        xor_at = len(self.buf)
        self.emit_mov_imm32(False, dst, 0)                                  # xor dst, dst
        jmp_at = len(self.buf)
        self.b(0xEB, 0)                                                     # jmp -> after
        ldx_at = len(self.buf)
        self.emit_load(insn)
        self.buf[jb_at + 1] = xor_at - (jb_at + 2)
        self.buf[jnc_at + 1] = ldx_at - (jnc_at + 2)
        self.buf[jmp_at + 1] = len(self.buf) - ldx_at

    # atomics -------------------------------------------------------------------------------
    def emit_atomic_insn(self, insn):
        op = insn.imm
        if op in FETCH_LOOP_OPS:
            self.emit_atomic_fetch_loop(insn)
            return
        if op not in (BPF_ADD, BPF_AND, BPF_OR, BPF_XOR, BPF_ADD | BPF_FETCH, BPF_XCHG,
                      BPF_CMPXCHG):
            raise JitError(f"bpf_jit: unknown atomic opcode {op:02x}")
        self.emit_atomic(op, insn.dst, insn.src, insn.off, insn.size)

    def emit_atomic_fetch_loop(self, insn):
        """fetch-and/or/xor have no x86 instruction: a cmpxchg retry loop with R0 saved in
        BPF_REG_AX (R0 is rax, which cmpxchg needs)."""
        off, size = insn.off, insn.size
        is64 = size == BPF_DW
        real_src, real_dst = self.fetch_loop_regs(insn.src, insn.dst)
        self.emit_mov_reg(True, BPF_REG_AX, 0)
        loop = len(self.buf)
        self.emit_ldx(size, 0, real_dst, off)            # rax = old
        self.emit_mov_reg(is64, AUX_REG, 0)
        self.maybe_emit_mod(AUX_REG, real_src, is64)
        self.b(SIMPLE_ALU[insn.imm & ~BPF_FETCH], self.add_2reg(0xC0, AUX_REG, real_src))
        self.emit_atomic(BPF_CMPXCHG, real_dst, AUX_REG, off, size)
        self.b(X86_JNE, -(len(self.buf) - loop) - 2)     # lost the race: retry
        self.emit_mov_reg(is64, real_src, 0)
        self.emit_mov_reg(True, 0, BPF_REG_AX)

    def fetch_loop_regs(self, src, dst):
        """rax is cmpxchg's accumulator: an R0 operand is read from its copy in BPF_REG_AX."""
        return (BPF_REG_AX if src == 0 else src), (BPF_REG_AX if dst == 0 else dst)

    # JMP / JMP32 ---------------------------------------------------------------------------
    def do_jmp(self, insn: Insn, i, slot):
        code, jmp64 = insn.code, insn.cls == BPF_JMP
        if jmp64 and code == BPF_CALL:
            if insn.src == 0 and insn.imm == BPF_TAIL_CALL_HELPER and self.fn.raw_helpers:
                self.emit_tail_call(slot)
            else:
                self.emit_call(insn, slot)
        elif jmp64 and code == BPF_TAIL_CALL:
            self.emit_tail_call(slot)
        elif jmp64 and code == BPF_EXIT:
            self.emit_exit(i)
        elif code == BPF_JA:
            self.emit_ja(insn, i)
        elif code in self.JCC:
            self.emit_cond_jmp(insn, i)
        else:
            raise JitError(f"unknown opcode {insn.opcode:02x}")

    def emit_call(self, insn, slot):
        """bpf2bpf, helper and kfunc calls; a tail-call-reachable caller first reloads the
        counter into rax so the callee's prologue pushes it."""
        if self.tcr:
            self.emit_restore_tail_call_cnt()
        if insn.src == BPF_PSEUDO_CALL:
            self.emit_patch(0xE8, "subprog", self.fn.call_targets.get(slot, f"subprog@{slot}"))
            return
        if insn.imm == 0:
            raise JitError("call with imm 0")
        kind = "kfunc" if insn.src == 2 else "helper"
        self.emit_patch(0xE8, kind, f"{kind}#{insn.imm}")

    def emit_restore_tail_call_cnt(self):
        """mov rax, [rbp - round_up(stack_depth, 8) - 8]"""
        self.b(0x48, 0x8B, 0x85)
        self.off32(-round_up(self.fn.stack_depth, 8) - 8)

    def emit_tail_call(self, slot):
        if self.fn.direct_tail_calls.get(self.fn.base + slot, False):
            self.emit_bpf_tail_call_direct(slot)
        else:
            self.emit_bpf_tail_call_indirect()

    def emit_exit(self, i):
        """The first exit is the epilogue (cleanup_addr); later ones jump to it."""
        if self.seen_exit:
            self.emit_jmp(self.cleanup_jmp_offset(i), i)
            return
        self.seen_exit = True
        self.fn.cleanup_addr = len(self.buf)
        self.pop_callee_regs()
        self.b(0xC9)        # leave
        self.emit_return()

    def ja_offset(self, insn, i):
        """JMP|JA jumps by `off`; JMP32|JA (gotol) by `imm` -- Debian's 6.1 JIT already has the
        case: the oracle's image of a JMP32|JA with imm 1 is `jmp` over one insn, imm 0 is
        nothing. A jump to itself is `jmp $` (-2)."""
        off = insn.off if insn.cls == BPF_JMP else insn.imm
        return -2 if off == -1 else self.jmp_offset(i, off)

    def emit_ja(self, insn, i):
        jmp_offset = self.ja_offset(insn, i)
        if jmp_offset == 0:
            if self.padding:    # keep the size of the previous pass (0, 2 or 5)
                nops = self.insn_sz_diff(i)
                if nops not in (0, 2, 5):
                    raise JitError(f"unexpected nop jump padding: {nops} bytes")
                self.emit_nops(nops)
            return              # nop jumps are optimised out
        self.emit_jmp(jmp_offset, i)

    def emit_cond_jmp(self, insn, i):
        self.emit_cmp(insn, insn.cls == BPF_JMP)
        self.emit_jcc(self.JCC[insn.code], self.jmp_offset(i, insn.off), i)

    def emit_cmp(self, insn, is_jmp64):
        """cmp/test of the operands: `test dst,dst` for a compare with 0."""
        dst, src, imm32 = insn.dst, insn.src, insn.imm
        if insn.source == BPF_X:
            self.maybe_emit_mod(dst, src, is_jmp64)
            self.b(0x85 if insn.code == BPF_JSET else 0x39, self.add_2reg(0xC0, dst, src))
        elif insn.code == BPF_JSET:
            self.maybe_emit_1mod(dst, is_jmp64)
            self.b(0xF7, self.add_1reg(0xC0, dst))
            self.off32(imm32)
        elif imm32 == 0:
            self.maybe_emit_mod(dst, dst, is_jmp64)
            self.b(0x85, self.add_2reg(0xC0, dst, dst))
        else:
            self.maybe_emit_1mod(dst, is_jmp64)
            if is_imm8(imm32):
                self.b(0x83, self.add_1reg(0xF8, dst), imm32)
            else:
                self.b(0x81, self.add_1reg(0xF8, dst))
                self.off32(imm32)

    def emit_jcc(self, jcc, jmp_offset, i):
        if self.is_imm8_jmp_offset(jmp_offset):
            if self.padding:
                nops = self.insn_sz_diff(i) - 2
                if nops not in (0, 4):
                    raise JitError(f"unexpected jmp_cond padding: {nops} bytes")
                self.emit_nops(nops)
            self.b(jcc, jmp_offset)
        elif is_simm32(jmp_offset):
            self.b(0x0F, jcc + 0x10)
            self.off32(jmp_offset)
        else:
            raise JitError("cond_jmp gen bug")

    def emit_jmp(self, jmp_offset, i):
        """emit_jmp: jmp rel8 / rel32 (with NOP padding once the passes pad)."""
        if self.is_imm8_jmp_offset(jmp_offset):
            if self.padding:
                nops = self.insn_sz_diff(i) - 2
                if nops not in (0, 3):
                    raise JitError(f"unexpected jump padding: {nops} bytes")
                self.emit_nops(nops)
            self.b(0xEB, jmp_offset)
        elif is_simm32(jmp_offset):
            self.b(0xE9)
            self.off32(jmp_offset)
        else:
            raise JitError("jmp gen bug")

    def insn_sz_diff(self, i):
        """INSN_SZ_DIFF: addrs[i] (previous pass) - addrs[i-1] (this pass) - bytes emitted so
        far for this instruction."""
        return (self.addrs[i] - self.addrs[i - 1]) - (len(self.buf) - self.insn_start)

    # prologue / epilogue -------------------------------------------------------------------
    def emit_prologue(self):
        if self.cfg.ibt:
            self.buf += ENDBR64
        self.buf += NOP5
        if not self.fn.from_cbpf:
            self.emit_tail_call_cnt_init()
        self.b(0x55)                      # push rbp
        self.b(0x48, 0x89, 0xE5)          # mov rbp,rsp  -- X86_TAIL_CALL_OFFSET is here
        if self.cfg.ibt:
            self.buf += ENDBR64
        if self.fn.stack_depth:
            self.b(0x48, 0x81, 0xEC)
            self.off32(round_up(self.fn.stack_depth, 8))
        if self.tcr:
            self.emit_prologue_tail_call()

    def emit_prologue_tail_call(self):
        """push rax: the tail_call_cnt slot (the caller's counter, or 0 from the xor)."""
        self.b(0x50)

    # the prologue's counter initialisation: (xor, the same-sized nop)
    tail_call_cnt_init_forms = (bytes.fromhex("31c0"), bytes.fromhex("6690"))

    def emit_tail_call_cnt_init(self):
        """xor eax,eax in a tail-call-reachable main program (the chain's counter starts at
        0); subprogs keep the caller's rax (nop2)."""
        xor, nop = self.tail_call_cnt_init_forms
        self.buf += xor if self.tcr and not self.fn.is_subprog else nop

    def push_callee_regs(self):
        for k, reg in enumerate((6, 7, 8, 9)):
            if self.used[k]:
                self.b(*((0x53,) if reg == 6 else (0x41, 0x50 + REG2HEX[reg])))

    def pop_callee_regs(self):
        for k, reg in reversed(list(enumerate((6, 7, 8, 9)))):
            if self.used[k]:
                self.b(*((0x5B,) if reg == 6 else (0x41, 0x58 + REG2HEX[reg])))

    # tail calls ----------------------------------------------------------------------------
    def tail_call_cnt_off(self) -> int:
        """rbp-relative offset of the counter: the upper half of the slot `push rax` made."""
        return -4 - round_up(self.fn.stack_depth, 8)

    def emit_tail_call_cnt_check(self, outs):
        """if (tail_call_cnt++ >= MAX_TAIL_CALL_CNT) goto out: mov eax,[rbp+off]; cmp eax,33;
        jae out; add eax,1; mov [rbp+off],eax (6.1 counts before the slot is read)."""
        off = self.tail_call_cnt_off()
        self.b(0x8B, 0x85)
        self.off32(off)
        self.b(0x83, 0xF8, self.tail_call_cnt_limit)
        self.emit_jcc_out(self.tail_call_cnt_jcc, outs)
        self.b(0x83, 0xC0, 0x01)
        self.b(0x89, 0x85)
        self.off32(off)

    def emit_tail_call_cnt_inc(self):
        """Counting once the slot is known populated (6.12); 6.1 counted in the check."""

    def emit_jcc_out(self, jcc, outs):
        """A rel8 jump to `out:`, patched once the sequence's end is known."""
        outs.append(len(self.buf))
        self.b(jcc, 0)

    def patch_outs(self, outs):
        for at in outs:
            rel = len(self.buf) - (at + 2)
            if not is_imm8(rel):
                raise JitError(f"tail call body too long for a rel8 jump ({rel})")
            self.buf[at + 1] = rel & 0xFF

    def emit_unwind_frame(self):
        """pop the callee-saved registers and the counter slot, drop the BPF stack."""
        self.pop_callee_regs()
        self.b(0x58)                                  # pop rax
        if self.fn.stack_depth:
            self.b(0x48, 0x81, 0xC4)
            self.off32(round_up(self.fn.stack_depth, 8))

    def emit_bpf_tail_call_indirect(self):
        lay, outs = self.layout, []
        self.b(0x89, 0xD2)                                   # mov edx,edx  (index is u32)
        self.b(0x39, 0x56, lay.bpf_array_max_entries)        # cmp [rsi+max_entries],edx
        self.emit_jcc_out(X86_JBE, outs)                     # jbe out
        self.emit_tail_call_cnt_check(outs)
        self.b(0x48, 0x8B, 0x8C, 0xD6)                       # mov rcx,[rsi+rdx*8+ptrs]
        self.off32(lay.bpf_array_value)
        self.b(0x48, 0x85, 0xC9)                             # test rcx,rcx
        self.emit_jcc_out(X86_JE, outs)                      # je out
        self.emit_tail_call_cnt_inc()
        self.emit_unwind_frame()
        self.b(0x48, 0x8B, 0x49, lay.bpf_prog_bpf_func)      # mov rcx,[rcx+bpf_func]
        self.b(0x48, 0x83, 0xC1, self.tail_call_offset)      # add rcx,X86_TAIL_CALL_OFFSET
        self.emit_indirect_jump_rcx()
        self.patch_outs(outs)

    def emit_bpf_tail_call_direct(self, slot):
        outs = []
        self.emit_tail_call_cnt_check(outs)
        bypass = len(self.buf)
        self.b(0xE9)                                      # tailcall_bypass: jmp out
        self.off32(0)
        self.emit_tail_call_cnt_inc()
        self.emit_unwind_frame()
        target = len(self.buf)
        self.buf += NOP5                                  # tailcall_target: NOP until populated
        out = len(self.buf)
        self.buf[bypass + 1:bypass + 5] = (out - (bypass + 5)).to_bytes(4, "little", signed=True)
        self.patch_outs(outs)
        self.pokes.append((slot, bypass, target, out))


def detect_reg_usage(insns, raw_helpers=False):
    used = [False] * 4
    seen = False
    for _, insn in insns:
        if insn.opcode == (BPF_JMP | BPF_TAIL_CALL) or (
                raw_helpers and insn.is_helper_call and insn.imm == BPF_TAIL_CALL_HELPER):
            seen = True
        for k, r in enumerate((6, 7, 8, 9)):
            if insn.dst == r or insn.src == r:
                used[k] = True
    return used, seen


def _kernel_src(insn: Insn) -> int:
    """src_reg as the JIT sees it: the verifier clears it for map-pointer lddw."""
    if insn.is_wide and insn.src in (1, 2, 5, 6):
        return 0
    return insn.src


@dataclass(frozen=True)
class JitConfig:
    """Build and CPU facts that change the emitted bytes, and the do_jit implementation."""
    retpoline: bool = True     # spectre_v2=retpoline: indirect jmp -> jmp __x86_indirect_thunk_rcx
    sls: bool = True           # CONFIG_SLS: int3 after ret
    ibt: bool = False          # CONFIG_X86_KERNEL_IBT: endbr64 at entry and tail-call landing
    bmi2: bool = False         # 6.2+ only: shlx/shrx/sarx for register shifts (6.1 has none)
    jit: type = X86Jit         # the kernel's do_jit, or a proof mutant (a subclass)
    kernel: str = DEFAULT_KERNEL   # whose struct offsets (KernelLayout) the code builds in


DEFAULT_CONFIG = JitConfig()


@dataclass
class JitFunc:
    """One JITed (sub)program."""
    index: int
    start: int                       # first BPF slot
    insns: list                      # (slot, Insn) of this function
    image: bytes
    addrs: list[int]                 # addrs[k]: byte offset of the end of the k-th slot
    relocs: list[Reloc] = field(default_factory=list)
    pokes: list[PokeSite] = field(default_factory=list)
    stack_depth: int = 0
    tail_call_reachable: bool = False
    passes: int = 0
    insn_offsets: dict = field(default_factory=dict)   # slot -> (start, end) byte offsets

    def to_json(self):
        return {"index": self.index, "start": self.start, "len": len(self.image),
                "image": self.image.hex(), "stack_depth": self.stack_depth,
                "tail_call_reachable": self.tail_call_reachable, "passes": self.passes,
                "relocs": [r.__dict__ for r in self.relocs],
                "pokes": [p.__dict__ for p in self.pokes]}


@dataclass
class JitResult:
    funcs: list[JitFunc]

    @property
    def image(self) -> bytes:
        return b"".join(f.image for f in self.funcs)

    @property
    def func_lens(self) -> list[int]:
        return [len(f.image) for f in self.funcs]

    def to_json(self):
        return {"jited_len": len(self.image), "jited_func_lens": self.func_lens,
                "jited_insns": self.image.hex(), "funcs": [f.to_json() for f in self.funcs]}


def jit_function(insns, *, stack_depth=0, tail_call_reachable=False, is_subprog=False,
                 cfg: JitConfig = DEFAULT_CONFIG, direct_tail_calls=None, base=0,
                 raw_helpers=False, call_targets=None, index=0, from_cbpf=False,
                 probe_mem=None) -> JitFunc:
    """bpf_int_jit_compile for one function: passes until the length is stable, then the image.
    `insns`: list of Insn of this function (slot numbering restarts at 0)."""
    slotted = []
    s = 0
    for insn in insns:
        slotted.append((s, insn))
        s += insn.slots
    addrs = [64 * (k + 1) for k in range(s + 1)]  # the kernel's first guess: 64 bytes per insn
    fn = FuncCtx(stack_depth=stack_depth, tail_call_reachable=tail_call_reachable,
                 is_subprog=is_subprog, from_cbpf=from_cbpf,
                 direct_tail_calls=direct_tail_calls or {}, base=base, raw_helpers=raw_helpers,
                 call_targets=call_targets or {}, probe_mem=frozenset(probe_mem or ()))
    oldlen = 0
    jit_cls = cfg.jit
    for npass in range(jit_cls.max_passes):
        j = jit_cls(cfg, fn, addrs, padding=npass >= jit_cls.padding_passes)
        j.do_jit(slotted)
        if len(j.buf) == oldlen:
            break
        oldlen = len(j.buf)
    else:
        raise JitError(f"the JIT did not converge in {jit_cls.max_passes} passes (the kernel "
                       "falls back to the interpreter)")
    passes = npass + 1
    # the image pass: the same addrs, so the same bytes
    final = jit_cls(cfg, fn, addrs, padding=passes >= jit_cls.padding_passes, image=True)
    offsets = final.do_jit(slotted)
    if len(final.buf) != len(j.buf):
        raise JitError(f"bpf_jit: proglen={len(final.buf)} != oldproglen={len(j.buf)}")
    return JitFunc(index=index, start=base, insns=slotted, image=bytes(final.buf),
                   addrs=list(addrs), relocs=[Reloc(o, sz, k, t) for o, sz, k, t in final.relocs],
                   pokes=[PokeSite(base + sl, b, t, o) for sl, b, t, o in final.pokes],
                   stack_depth=stack_depth, tail_call_reachable=final.tcr, passes=passes + 1,
                   insn_offsets=offsets)
