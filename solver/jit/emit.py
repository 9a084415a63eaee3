"""A model of Linux 6.1's x86-64 BPF JIT (arch/x86/net/bpf_jit_comp.c), byte for byte.

Why a model and not a call into the kernel: the proofs (proofs/jit_*.py) need to emit the code for
ONE instruction with symbolic operands, and translation validation needs the same encoder the
kernel uses so that a difference in the real bytes is a difference in behaviour, not in layout.

The model works on the kernel's view of the program, i.e. the verifier's XLATED instructions
(`bpf_prog_get_info_by_fd` xlated dump, or `bpfsmt.solver.xlate.xlate`), JITs each subprogram on its own
(`jit_subprogs`), runs the JIT's multi-pass convergence of jump sizes (`addrs[]` updated in place,
forward jumps see the previous pass) and emits the final image once the length is stable.

Kernel addresses (helper/kfunc call targets, bpf2bpf call targets, map pointers of `lddw`,
retpoline thunks) are not known here: they are emitted as relocations (`Reloc`) with a zero
displacement/immediate, exactly where the kernel writes the address. `normalise()` zeroes the same
fields in real kernel bytes, found independently by decoding them with capstone.

Configuration (`JitConfig`) captures the build/CPU facts that change bytes: retpolines (TCG, the
oracle) vs plain `jmp *%rcx`, straight-line-speculation `int3` after `ret` (Debian: CONFIG_SLS=y),
BMI2 `shlx/shrx/sarx` (CPU feature) and IBT `endbr64` (off in Debian 6.1).
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Optional

from bpfsmt.spec.insn import (
    BPF_ALU, BPF_ALU64, BPF_JMP, BPF_JMP32, BPF_LD, BPF_LDX, BPF_ST, BPF_STX,
    BPF_ADD, BPF_SUB, BPF_MUL, BPF_DIV, BPF_OR, BPF_AND, BPF_LSH, BPF_RSH, BPF_NEG, BPF_MOD,
    BPF_XOR, BPF_MOV, BPF_ARSH, BPF_END, BPF_K, BPF_X, BPF_TO_BE,
    BPF_JA, BPF_JEQ, BPF_JGT, BPF_JGE, BPF_JSET, BPF_JNE, BPF_JSGT, BPF_JSGE, BPF_CALL,
    BPF_EXIT, BPF_JLT, BPF_JLE, BPF_JSLT, BPF_JSLE, BPF_TAIL_CALL,
    BPF_B, BPF_H, BPF_W, BPF_DW, BPF_MEM, BPF_ATOMIC, BPF_IMM, BPF_FETCH, BPF_XCHG, BPF_CMPXCHG,
    BPF_PSEUDO_CALL, BPF_PSEUDO_FUNC, Insn, SIZE_BYTES,
)
from bpfsmt.spec.limits import MAX_TAIL_CALL_CNT

# --- register map (TC-07): BPF register -> x86 register number (0..15) ----------------------
BPF_REG_AX = 11          # kernel-internal R10 aux register of constant blinding -> r10
AUX_REG = 12             # JIT temporary -> r11
X86_REG_R9 = 13          # 6th argument register (trampolines)
REG2HEX = {0: 0, 1: 7, 2: 6, 3: 2, 4: 1, 5: 0, 6: 3, 7: 5, 8: 6, 9: 7, 10: 5,
           BPF_REG_AX: 2, AUX_REG: 3, X86_REG_R9: 1}
EREGS = {5, 7, 8, 9, BPF_REG_AX, AUX_REG, X86_REG_R9}          # need REX.B/R (r8..r15)
X86_NAME = {0: "rax", 1: "rdi", 2: "rsi", 3: "rdx", 4: "rcx", 5: "r8", 6: "rbx", 7: "r13",
            8: "r14", 9: "r15", 10: "rbp", BPF_REG_AX: "r10", AUX_REG: "r11", X86_REG_R9: "r9"}


def x86_index(reg: int) -> int:
    """Full x86 register number (0..15) of a BPF register."""
    return REG2HEX[reg] + (8 if reg in EREGS else 0)


# struct offsets of the Debian 6.1 build (observed in the oracle's tail-call images)
BPF_ARRAY_MAX_ENTRIES = 0x24      # offsetof(struct bpf_array, map.max_entries)
BPF_ARRAY_PTRS = 0x110            # offsetof(struct bpf_array, ptrs)
BPF_PROG_BPF_FUNC = 0x30          # offsetof(struct bpf_prog, bpf_func)
X86_PATCH_SIZE = 5
NOP5 = bytes.fromhex("0f1f440000")
ENDBR64 = bytes.fromhex("f30f1efa")

X86_NOPS = {1: bytes.fromhex("90"), 2: bytes.fromhex("6690"), 3: bytes.fromhex("0f1f00"),
            4: bytes.fromhex("0f1f4000"), 5: bytes.fromhex("0f1f440000"),
            6: bytes.fromhex("660f1f440000"), 7: bytes.fromhex("0f1f8000000000"),
            8: bytes.fromhex("0f1f840000000000")}
PADDING_PASSES = 15        # MAX_PASSES - 5: from this pass on, shrinking jumps are padded

X86_JB, X86_JAE, X86_JE, X86_JNE, X86_JBE, X86_JA = 0x72, 0x73, 0x74, 0x75, 0x76, 0x77
X86_JL, X86_JGE, X86_JLE, X86_JG = 0x7C, 0x7D, 0x7E, 0x7F

SIMPLE_ALU = {BPF_ADD: 0x01, BPF_SUB: 0x29, BPF_AND: 0x21, BPF_OR: 0x09, BPF_XOR: 0x31,
              BPF_LSH: 0xE0, BPF_RSH: 0xE8, BPF_ARSH: 0xF8}
JCC = {BPF_JEQ: X86_JE, BPF_JSET: X86_JNE, BPF_JNE: X86_JNE, BPF_JGT: X86_JA, BPF_JLT: X86_JB,
       BPF_JGE: X86_JAE, BPF_JLE: X86_JBE, BPF_JSGT: X86_JG, BPF_JSLT: X86_JL,
       BPF_JSGE: X86_JGE, BPF_JSLE: X86_JLE}
MAX_PASSES = 20
BPF_TAIL_CALL_HELPER = 12


@dataclass(frozen=True)
class JitConfig:
    """Build and CPU facts that change the emitted bytes."""
    retpoline: bool = True     # spectre_v2=retpoline: indirect jmp -> jmp __x86_indirect_thunk_rcx
    sls: bool = True           # CONFIG_SLS: int3 after ret
    ibt: bool = False          # CONFIG_X86_KERNEL_IBT: endbr64 at entry and tail-call landing
    bmi2: bool = False         # 6.2+ only: shlx/shrx/sarx for register shifts (6.1 has none)
    mutant: Optional[str] = None  # proofs: a named deliberate miscompilation

    @property
    def tail_call_offset(self) -> int:
        """X86_TAIL_CALL_OFFSET: tail calls enter right after `mov rbp,rsp`."""
        return 11 + (len(ENDBR64) if self.ibt else 0)


DEFAULT_CONFIG = JitConfig()


@dataclass
class Reloc:
    """A kernel address the real JIT writes into the image; we emit zeros there."""
    offset: int        # byte offset of the field in the function image
    size: int          # 4 (rel32) or 8 (imm64)
    kind: str          # helper | subprog | map | func_addr | thunk
    target: str        # symbolic target, e.g. "helper#1", "subprog#2", "map#0"


@dataclass
class PokeSite:
    """A direct tail call's patch sites (TC-08): offsets of the bypass jmp and the target NOP."""
    insn: int          # BPF slot of the tail call
    bypass: int        # offset of the 5-byte `jmp out` (tailcall_bypass)
    target: int        # offset of the 5-byte NOP (tailcall_target)
    out: int           # offset of `out:` (bypass_addr = target + 5)


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


class JitError(ValueError):
    """An instruction the 6.1 x86-64 JIT refuses (the kernel falls back or fails the load)."""


def is_imm8(v: int) -> bool:
    return -128 <= v <= 127


def is_imm8_jmp_offset(v: int) -> bool:
    """Stable 6.1 (backport of "bpf, x64: Fix a jit convergence issue", 2024): a positive jump
    offset above 123 takes the rel32 form, so that jumps cannot oscillate between 2 and 6 bytes
    across passes. Observed in the oracle: `jg` with displacement 124 is encoded as 0f 8f."""
    return -128 <= v <= 123


def is_simm32(v: int) -> bool:
    return -(1 << 31) <= v < (1 << 31)


def is_uimm32(v: int) -> bool:
    return 0 <= v < (1 << 32)


def round_up(v: int, a: int) -> int:
    return (v + a - 1) // a * a


def s32(v: int) -> int:
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v & 0x80000000 else v


# ---------------------------------------------------------------------------------------------
# the emitter of one instruction (the body of do_jit's switch)
# ---------------------------------------------------------------------------------------------

class Emitter:
    """Byte buffer with the kernel's EMIT helpers (add_1mod/add_2mod/add_1reg/add_2reg)."""

    def __init__(self, cfg: JitConfig = DEFAULT_CONFIG):
        self.buf = bytearray()
        self.cfg = cfg
        if cfg.mutant == "regmap_swap_r1_r2":      # a JIT that mixes up rdi and rsi
            self.reg2hex = {**REG2HEX, 1: REG2HEX[2], 2: REG2HEX[1]}
        else:
            self.reg2hex = REG2HEX
        self.relocs: list[tuple[int, int, str, str]] = []   # offsets relative to buf start

    # EMIT primitives ---------------------------------------------------------------------
    def b(self, *bs):
        for x in bs:
            self.buf.append(x & 0xFF)

    def imm(self, v: int, n: int):
        self.buf += (v & ((1 << (8 * n)) - 1)).to_bytes(n, "little")

    def off32(self, v: int):
        self.imm(v, 4)

    def __len__(self):
        return len(self.buf)

    # register encoding ---------------------------------------------------------------------
    @staticmethod
    def is_ereg(r):
        return r in EREGS

    @staticmethod
    def is_ereg_8l(r):
        """Low byte of rdi/rsi/rbp needs a REX prefix (sil/dil/bpl), as do r8..r15."""
        return r in EREGS or r in (1, 2, 10)

    @staticmethod
    def add_1mod(byte, reg):
        return byte | 1 if reg in EREGS else byte

    @staticmethod
    def add_2mod(byte, r1, r2):
        if r1 in EREGS:
            byte |= 1
        if r2 in EREGS:
            byte |= 4
        return byte

    def add_1reg(self, byte, reg):
        return byte + self.reg2hex[reg]

    def add_2reg(self, byte, dst, src):
        return byte + self.reg2hex[dst] + (self.reg2hex[src] << 3)

    def maybe_emit_mod(self, dst, src, is64):
        if is64:
            self.b(self.add_2mod(0x48, dst, src))
        elif dst in EREGS or src in EREGS:
            self.b(self.add_2mod(0x40, dst, src))

    def maybe_emit_1mod(self, reg, is64):
        if is64:
            self.b(self.add_1mod(0x48, reg))
        elif reg in EREGS:
            self.b(self.add_1mod(0x40, reg))

    # composite helpers ---------------------------------------------------------------------
    def mov64(self, dst, src):
        """EMIT_mov: nothing when dst == src."""
        if dst != src:
            self.b(self.add_2mod(0x48, dst, src), 0x89, self.add_2reg(0xC0, dst, src))

    def mov_reg(self, is64, dst, src):
        if is64:
            self.mov64(dst, src)
        else:
            if dst in EREGS or src in EREGS:
                self.b(self.add_2mod(0x40, dst, src))
            self.b(0x89, self.add_2reg(0xC0, dst, src))

    def mov_imm32(self, sign_propagate, dst, imm32):
        imm32 = s32(imm32)
        if sign_propagate and imm32 < 0:
            self.b(self.add_1mod(0x48, dst), 0xC7, self.add_1reg(0xC0, dst))
            self.off32(imm32)
            return
        if imm32 == 0:
            if dst in EREGS:
                self.b(self.add_2mod(0x40, dst, dst))
            self.b(0x31, self.add_2reg(0xC0, dst, dst))
            return
        if dst in EREGS:
            self.b(self.add_1mod(0x40, dst))
        self.b(self.add_1reg(0xB8, dst))
        self.off32(imm32)

    def mov_imm64(self, dst, hi, lo, reloc=None):
        value = ((hi & 0xFFFFFFFF) << 32) | (lo & 0xFFFFFFFF)
        if reloc is None and is_uimm32(value):
            self.mov_imm32(False, dst, lo)
            return
        self.b(self.add_1mod(0x48, dst), self.add_1reg(0xB8, dst))
        if reloc is not None:
            self.relocs.append((len(self.buf), 8, reloc[0], reloc[1]))
            self.imm(0, 8)
        else:
            self.imm(lo, 4)
            self.imm(hi, 4)

    def insn_suffix(self, ptr, val, off):
        if is_imm8(off):
            self.b(self.add_2reg(0x40, ptr, val), off)
        else:
            self.b(self.add_2reg(0x80, ptr, val))
            self.off32(off)

    def ldx(self, size, dst, src, off):
        if size == BPF_B:
            self.b(self.add_2mod(0x48, src, dst), 0x0F, 0xB6)
        elif size == BPF_H:
            self.b(self.add_2mod(0x48, src, dst), 0x0F, 0xB7)
        elif size == BPF_W:
            if dst in EREGS or src in EREGS:
                self.b(self.add_2mod(0x40, src, dst))
            self.b(0x8B)
        else:
            self.b(self.add_2mod(0x48, src, dst), 0x8B)
        self.insn_suffix(src, dst, off)

    def stx(self, size, dst, src, off):
        if size == BPF_B:
            if dst in EREGS or self.is_ereg_8l(src):
                self.b(self.add_2mod(0x40, dst, src), 0x88)
            else:
                self.b(0x88)
        elif size == BPF_H:
            if dst in EREGS or src in EREGS:
                self.b(0x66, self.add_2mod(0x40, dst, src), 0x89)
            else:
                self.b(0x66, 0x89)
        elif size == BPF_W:
            if dst in EREGS or src in EREGS:
                self.b(self.add_2mod(0x40, dst, src))
            self.b(0x89)
        else:
            self.b(self.add_2mod(0x48, dst, src), 0x89)
        self.insn_suffix(dst, src, off)

    def atomic(self, op, dst, src, off, size):
        self.b(0xF0)  # lock
        self.maybe_emit_mod(dst, src, size == BPF_DW)
        if op in (BPF_ADD, BPF_AND, BPF_OR, BPF_XOR):
            self.b(SIMPLE_ALU[op])
        elif op == BPF_ADD | BPF_FETCH:
            self.b(0x0F, 0xC1)
        elif op == BPF_XCHG:
            self.b(0x87)
        elif op == BPF_CMPXCHG:
            self.b(0x0F, 0xB1)
        else:
            raise JitError(f"bpf_jit: unknown atomic opcode {op:02x}")
        self.insn_suffix(dst, src, off)

    def rel32(self, opcode, kind, target):
        """emit_patch: call/jmp rel32 to a kernel address (relocation)."""
        self.b(opcode)
        self.relocs.append((len(self.buf), 4, kind, target))
        self.off32(0)

    def nops(self, n):
        while n > 0:
            k = min(n, 8)
            self.buf += X86_NOPS[k]
            n -= k

    def ret(self):
        self.b(0xC3)
        if self.cfg.sls:
            self.b(0xCC)

    def indirect_jump_rcx(self):
        if self.cfg.retpoline:
            self.rel32(0xE9, "thunk", "__x86_indirect_thunk_rcx")
        else:
            self.b(0xFF, 0xE1)   # jmp *%rcx


def push_callee_regs(e: Emitter, used):
    if used[0]:
        e.b(0x53)
    if used[1]:
        e.b(0x41, 0x55)
    if used[2]:
        e.b(0x41, 0x56)
    if used[3]:
        e.b(0x41, 0x57)


def pop_callee_regs(e: Emitter, used):
    if e.cfg.mutant == "pop_order" and used[1] and used[2]:   # restores r13 and r14 swapped
        if used[3]:
            e.b(0x41, 0x5F)
        e.b(0x41, 0x5D)
        e.b(0x41, 0x5E)
        if used[0]:
            e.b(0x5B)
        return
    if used[3]:
        e.b(0x41, 0x5F)
    if used[2]:
        e.b(0x41, 0x5E)
    if used[1]:
        e.b(0x41, 0x5D)
    if used[0]:
        e.b(0x5B)


def emit_prologue(e: Emitter, stack_depth, from_cbpf, tail_call_reachable, is_subprog):
    if e.cfg.ibt:
        e.buf += ENDBR64
    e.buf += NOP5
    if not from_cbpf:
        if tail_call_reachable and not is_subprog and e.cfg.mutant != "main_no_xor":
            e.b(0x31, 0xC0)        # xor eax,eax: the chain's tail_call_cnt starts at 0
        else:
            e.b(0x66, 0x90)        # nop2
    e.b(0x55)                      # push rbp
    e.b(0x48, 0x89, 0xE5)          # mov rbp,rsp  -- X86_TAIL_CALL_OFFSET is here
    if e.cfg.ibt:
        e.buf += ENDBR64
    if stack_depth:
        e.b(0x48, 0x81, 0xEC)
        e.off32(round_up(stack_depth, 8))
    if tail_call_reachable:
        e.b(0x50)                  # push rax: the tail_call_cnt slot


def tail_call_cnt_check(e: Emitter, tcc_off, out_rel):
    """mov eax,[rbp+tcc_off]; cmp eax,33; jae out; add eax,1; mov [rbp+tcc_off],eax."""
    e.b(0x8B, 0x85)
    e.off32(tcc_off)
    if e.cfg.mutant == "tail_call_cnt_ja_32":     # the 5.10 constant with 6.1's jae: 32 calls
        e.b(0x83, 0xF8, MAX_TAIL_CALL_CNT - 1)
    else:
        e.b(0x83, 0xF8, MAX_TAIL_CALL_CNT)
    jcc = X86_JA if e.cfg.mutant == "tail_call_cnt_ja" else X86_JAE
    e.b(jcc, out_rel(len(e.buf) + 2))
    e.b(0x83, 0xC0, 0x01)
    e.b(0x89, 0x85)
    e.off32(tcc_off)


def emit_tail_call_indirect(e: Emitter, used, stack_depth):
    tcc_off = -4 - round_up(stack_depth, 8)
    start = len(e.buf)
    # the label's distance from `start` is fixed: lay the body out once to measure it
    size = _tail_call_indirect_size(e.cfg, used, stack_depth)
    out = start + size

    def rel(after):
        return out - after

    e.b(0x89, 0xD2)                               # mov edx,edx  (index is u32)
    e.b(0x39, 0x56, BPF_ARRAY_MAX_ENTRIES)        # cmp [rsi+max_entries],edx
    e.b(X86_JBE, rel(len(e.buf) + 2))             # jbe out
    tail_call_cnt_check(e, tcc_off, rel)
    e.b(0x48, 0x8B, 0x8C, 0xD6)                   # mov rcx,[rsi+rdx*8+ptrs]
    e.off32(BPF_ARRAY_PTRS)
    e.b(0x48, 0x85, 0xC9)                         # test rcx,rcx
    e.b(X86_JE, rel(len(e.buf) + 2))              # je out
    pop_callee_regs(e, used)
    e.b(0x58)                                     # pop rax
    if stack_depth:
        e.b(0x48, 0x81, 0xC4)
        e.off32(round_up(stack_depth, 8))
    e.b(0x48, 0x8B, 0x49, BPF_PROG_BPF_FUNC)      # mov rcx,[rcx+bpf_func]
    adj = e.cfg.tail_call_offset
    if e.cfg.mutant == "tail_call_enter_prologue":
        adj = 0
    e.b(0x48, 0x83, 0xC1, adj)                    # add rcx,X86_TAIL_CALL_OFFSET
    e.indirect_jump_rcx()
    assert len(e.buf) == out, (len(e.buf), out)


def _tail_call_indirect_size(cfg, used, stack_depth):
    n = 2 + 3 + 2 + 6 + 3 + 2 + 3 + 6 + 8 + 3 + 2
    n += sum(2 if i else 1 for i, u in enumerate(used) if u)
    n += 1 + (7 if stack_depth else 0) + 4 + 4 + (5 if cfg.retpoline else 2)
    return n


def emit_tail_call_direct(e: Emitter, used, stack_depth, slot, pokes: list):
    tcc_off = -4 - round_up(stack_depth, 8)
    start = len(e.buf)
    size = 6 + 3 + 2 + 3 + 6 + 5 + sum(2 if i else 1 for i, u in enumerate(used) if u) + 1 \
        + (7 if stack_depth else 0) + X86_PATCH_SIZE
    out = start + size

    def rel(after):
        return out - after

    tail_call_cnt_check(e, tcc_off, rel)
    bypass = len(e.buf)
    e.b(0xE9)                                      # tailcall_bypass: jmp out (empty slot)
    e.off32(out - (bypass + 5))
    pop_callee_regs(e, used)
    e.b(0x58)
    if stack_depth:
        e.b(0x48, 0x81, 0xC4)
        e.off32(round_up(stack_depth, 8))
    target = len(e.buf)
    e.buf += NOP5                                  # tailcall_target: NOP until populated
    assert len(e.buf) == out
    pokes.append((slot, bypass, target, out))


# ---------------------------------------------------------------------------------------------
# do_jit
# ---------------------------------------------------------------------------------------------

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


def do_jit(insns, addrs, *, stack_depth, tail_call_reachable, is_subprog, cfg, ctx, final=False,
           call_targets=None, from_cbpf=False, padding=False):
    """One pass over a function. `insns`: list of (slot, Insn) with slots relative to the
    function start. `addrs[k]` is updated in place exactly as the kernel does."""
    used, seen = detect_reg_usage([(s, i.with_(src=_kernel_src(i))) for s, i in insns],
                                  ctx.get("raw_helpers", False))
    kinsns = insns
    tcr = tail_call_reachable or seen
    e = Emitter(cfg)
    emit_prologue(e, stack_depth, from_cbpf, tcr, is_subprog)
    push_callee_regs(e, used)
    addrs[0] = len(e.buf)
    pokes: list = []
    seen_exit = False
    offsets = {}
    for slot, insn in kinsns:
        i = slot + 1  # the kernel's 1-based loop index
        start = len(e.buf)
        ctx["insn_start"] = start
        ctx["padding"] = padding
        emit_insn(e, insn, i, addrs, used, stack_depth, tcr, ctx, seen_exit, pokes, slot,
                  call_targets or {})
        if insn.opcode == (BPF_JMP | BPF_EXIT) and not seen_exit:
            seen_exit = True
        i = slot + insn.slots
        addrs[i] = len(e.buf)
        offsets[slot] = (start, len(e.buf))
    return e, pokes, offsets, tcr


def emit_insn(e: Emitter, insn: Insn, i, addrs, used, stack_depth, tcr, ctx, seen_exit, pokes,
              slot, call_targets):
    cls, code, src_k = insn.cls, insn.code, insn.source
    dst, src, imm32, off = insn.dst, insn.src, insn.imm, insn.off
    is64 = cls == BPF_ALU64
    mut = e.cfg.mutant

    if cls in (BPF_ALU, BPF_ALU64):
        if code in (BPF_ADD, BPF_SUB, BPF_AND, BPF_OR, BPF_XOR) and src_k == BPF_X:
            e.maybe_emit_mod(dst, src, is64)
            e.b(SIMPLE_ALU[code], e.add_2reg(0xC0, dst, src))
        elif code == BPF_MOV and src_k == BPF_X:
            if mut == "mov32_no_zext" and not is64:
                e.mov_reg(True, dst, src)
            else:
                e.mov_reg(is64, dst, src)
        elif code == BPF_NEG:
            e.maybe_emit_1mod(dst, is64)
            e.b(0xF7, e.add_1reg(0xD8, dst))
        elif code in (BPF_ADD, BPF_SUB, BPF_AND, BPF_OR, BPF_XOR):
            # mutant: a 32-bit op done in 64 bits leaves the upper half dirty (no zero-extension)
            e.maybe_emit_1mod(dst, is64 or (mut == "alu32_k_no_zext" and code == BPF_ADD))
            b3, b2 = {BPF_ADD: (0xC0, 0x05), BPF_SUB: (0xE8, 0x2D), BPF_AND: (0xE0, 0x25),
                      BPF_OR: (0xC8, 0x0D), BPF_XOR: (0xF0, 0x35)}[code]
            if is_imm8(imm32) and not (mut == "add_k_imm32_form" and code == BPF_ADD):
                e.b(0x83, e.add_1reg(b3, dst), imm32)
            elif dst == 0:
                e.b(b2)
                e.off32(imm32)
            else:
                e.b(0x81, e.add_1reg(b3, dst))
                e.off32(imm32)
        elif code == BPF_MOV:
            e.mov_imm32(is64, dst, imm32)
        elif code in (BPF_MOD, BPF_DIV):
            if insn.off != 0:
                raise JitError("signed division (cpu v4) is not in 6.1")
            emit_divmod(e, insn, is64)
        elif code == BPF_MUL and src_k == BPF_K:
            e.maybe_emit_mod(dst, dst, is64)
            if is_imm8(imm32):
                e.b(0x6B, e.add_2reg(0xC0, dst, dst), imm32)
            else:
                e.b(0x69, e.add_2reg(0xC0, dst, dst))
                e.off32(imm32)
        elif code == BPF_MUL:
            e.maybe_emit_mod(src, dst, is64)
            e.b(0x0F, 0xAF, e.add_2reg(0xC0, src, dst))
        elif code in (BPF_LSH, BPF_RSH, BPF_ARSH) and src_k == BPF_K:
            e.maybe_emit_1mod(dst, is64)
            b3 = SIMPLE_ALU[code]
            if mut == "shift_k_wrong_ext" and code == BPF_ARSH:
                b3 = SIMPLE_ALU[BPF_RSH]
            if imm32 == 1:
                e.b(0xD1, e.add_1reg(b3, dst))
            else:
                e.b(0xC1, e.add_1reg(b3, dst), imm32)
        elif code in (BPF_LSH, BPF_RSH, BPF_ARSH):
            emit_shift_x(e, insn, is64)
        elif code == BPF_END:
            emit_end(e, insn)
        else:
            raise JitError(f"unknown opcode {insn.opcode:02x}")
        return

    if cls == BPF_LD:
        if insn.is_wide:
            reloc = None
            s = insn.src
            if s in (1, 2, 5, 6):
                reloc = ("map", f"map#{insn.imm}" + (f"+{insn.imm64_hi}" if s in (2, 6) else ""))
            elif s == BPF_PSEUDO_FUNC:
                reloc = ("func_addr", f"func@{insn.imm}")
            e.mov_imm64(dst, insn.imm64_hi or 0, insn.imm, reloc)
            return
        raise JitError(f"unknown opcode {insn.opcode:02x} (LD_ABS/LD_IND are rewritten by the "
                       "verifier)")

    if cls == BPF_ST:
        if insn.mode == 0xC0 and insn.opcode == (BPF_ST | 0xC0):   # BPF_ST|BPF_NOSPEC
            e.b(0x0F, 0xAE, 0xE8)   # lfence
            return
        if insn.mode != BPF_MEM:
            raise JitError(f"unknown opcode {insn.opcode:02x}")
        size = insn.size
        if size == BPF_B:
            e.b(*((0x41, 0xC6) if dst in EREGS else (0xC6,)))
        elif size == BPF_H:
            e.b(*((0x66, 0x41, 0xC7) if dst in EREGS else (0x66, 0xC7)))
        elif size == BPF_W:
            e.b(*((0x41, 0xC7) if dst in EREGS else (0xC7,)))
        else:
            e.b(e.add_1mod(0x48, dst), 0xC7)
        if is_imm8(off):
            e.b(e.add_1reg(0x40, dst), off)
        else:
            e.b(e.add_1reg(0x80, dst))
            e.off32(off)
        e.imm(imm32, min(SIZE_BYTES[size], 4))
        return

    if cls == BPF_STX:
        if insn.mode == BPF_MEM:
            e.stx(insn.size, dst, src, off)
            return
        if insn.mode == BPF_ATOMIC and insn.size in (BPF_W, BPF_DW):
            emit_atomic_insn(e, insn)
            return
        raise JitError(f"unknown opcode {insn.opcode:02x}")

    if cls == BPF_LDX:
        if insn.mode == BPF_MEM and ctx.get("probe_mem") and (ctx["base"] + slot) in ctx["probe_mem"]:
            emit_probe_mem_ldx(e, insn)
            return
        if insn.mode == BPF_MEM:
            if mut == "ldx_w_sign_extend" and insn.size == BPF_W:
                e.b(e.add_2mod(0x48, src, dst), 0x63)   # movsxd: wrong for u32 loads
                e.insn_suffix(src, dst, off)
                return
            e.ldx(insn.size, dst, src, off)
            return
        raise JitError(f"unknown opcode {insn.opcode:02x}")

    if cls in (BPF_JMP, BPF_JMP32):
        is_jmp64 = cls == BPF_JMP
        if code == BPF_CALL and cls == BPF_JMP:
            if insn.src == 0 and insn.imm == BPF_TAIL_CALL_HELPER and ctx.get("raw_helpers"):
                code = BPF_TAIL_CALL
            else:
                if tcr and mut != "call_no_tcc_load":
                    e.b(0x48, 0x8B, 0x85)
                    e.off32(-round_up(stack_depth, 8) - 8)
                if insn.src == BPF_PSEUDO_CALL:
                    e.rel32(0xE8, "subprog", call_targets.get(slot, f"subprog@{slot}"))
                else:
                    if insn.imm == 0:
                        raise JitError("call with imm 0")
                    kind = "kfunc" if insn.src == 2 else "helper"
                    e.rel32(0xE8, kind, f"{kind}#{insn.imm}")
                return
        if code == BPF_TAIL_CALL and cls == BPF_JMP:
            direct = ctx.get("direct_tail_calls", {}).get(ctx["base"] + slot, False)
            if direct:
                emit_tail_call_direct(e, used, stack_depth, slot, pokes)
            else:
                emit_tail_call_indirect(e, used, stack_depth)
            return
        if code == BPF_EXIT and cls == BPF_JMP:
            if seen_exit:
                jmp_offset = ctx["cleanup_addr"] - addrs[i]
                emit_jmp(e, jmp_offset, addrs, i, ctx)
                return
            ctx["cleanup_addr"] = ctx["proglen_base"] + len(e.buf)
            pop_callee_regs(e, used)
            e.b(0xC9)        # leave
            e.ret()
            return
        if code == BPF_JA:
            if cls == BPF_JMP32:
                raise JitError("gotol (cpu v4) is not in 6.1")
            if off == -1:
                jmp_offset = -2
            else:
                jmp_offset = addrs[i + off] - addrs[i]
            if jmp_offset == 0:
                if ctx.get("padding"):   # keep the size of the previous pass (0, 2 or 5)
                    nops = _insn_sz_diff(e, addrs, i, ctx)
                    if nops not in (0, 2, 5):
                        raise JitError(f"unexpected nop jump padding: {nops} bytes")
                    e.nops(nops)
                return       # nop jumps are optimised out
            if mut == "ja_off_by_one":
                jmp_offset += 1
            emit_jmp(e, jmp_offset, addrs, i, ctx)
            return
        if code in JCC:
            if src_k == BPF_X:
                e.maybe_emit_mod(dst, src, is_jmp64)
                e.b(0x85 if code == BPF_JSET else 0x39, e.add_2reg(0xC0, dst, src))
            elif code == BPF_JSET:
                e.maybe_emit_1mod(dst, is_jmp64)
                e.b(0xF7, e.add_1reg(0xC0, dst))
                e.off32(imm32)
            elif imm32 == 0 and mut != "jmp_k_zero_cmp":
                e.maybe_emit_mod(dst, dst, is_jmp64)
                e.b(0x85, e.add_2reg(0xC0, dst, dst))
            else:
                e.maybe_emit_1mod(dst, is_jmp64)
                if is_imm8(imm32):
                    e.b(0x83, e.add_1reg(0xF8, dst), imm32)
                else:
                    e.b(0x81, e.add_1reg(0xF8, dst))
                    e.off32(imm32)
            jcc = JCC[code]
            if mut == "jsgt_unsigned" and code == BPF_JSGT:
                jcc = X86_JA
            jmp_offset = addrs[i + off] - addrs[i]
            if is_imm8_jmp_offset(jmp_offset):
                if ctx.get("padding"):
                    nops = _insn_sz_diff(e, addrs, i, ctx) - 2
                    if nops not in (0, 4):
                        raise JitError(f"unexpected jmp_cond padding: {nops} bytes")
                    e.nops(nops)
                e.b(jcc, jmp_offset)
            elif is_simm32(jmp_offset):
                e.b(0x0F, jcc + 0x10)
                e.off32(jmp_offset)
            else:
                raise JitError("cond_jmp gen bug")
            return
    raise JitError(f"unknown opcode {insn.opcode:02x}")


TASK_SIZE_MAX_PLUS_PAGE = 1 << 47     # 4-level paging (observed: movabs r11, 0x800000000000+off)


def emit_probe_mem_ldx(e: Emitter, insn: Insn):
    """BPF_PROBE_MEM load (a BTF pointer the verifier cannot prove valid): check that
    src + off is a kernel address, else dst = 0; the load itself gets an exception-table
    entry (not part of the image)."""
    dst, src, off = insn.dst, insn.src, insn.off
    limit = TASK_SIZE_MAX_PLUS_PAGE + abs(off)
    if e.cfg.mutant == "probe_mem_no_offset_slack":   # forgets abs(off): user addresses pass
        limit = TASK_SIZE_MAX_PLUS_PAGE - 4096
    e.b(e.add_1mod(0x48, AUX_REG), e.add_1reg(0xB8, AUX_REG))   # movabs r11, limit
    e.imm(limit, 8)
    e.maybe_emit_mod(src, AUX_REG, True)
    e.b(0x39, e.add_2reg(0xC0, src, AUX_REG))                     # cmp src, r11
    jb_at = len(e.buf)
    e.b(X86_JB, 0)                                                # jb -> xor dst
    e.mov_reg(True, AUX_REG, src)                                 # mov r11, src
    e.maybe_emit_1mod(AUX_REG, True)
    e.b(0x81, e.add_1reg(0xC0, AUX_REG))                          # add r11, off
    e.off32(off)
    jnc_at = len(e.buf)
    e.b(0x73, 0)                                                  # jnc -> the load
    xor_at = len(e.buf)
    e.mov_imm32(False, dst, 0)                                    # xor dst, dst
    jmp_at = len(e.buf)
    e.b(0xEB, 0)                                                  # jmp -> after the load
    ldx_at = len(e.buf)
    e.ldx(insn.size, dst, src, off)
    e.buf[jb_at + 1] = xor_at - (jb_at + 2)
    e.buf[jnc_at + 1] = ldx_at - (jnc_at + 2)
    e.buf[jmp_at + 1] = len(e.buf) - ldx_at


def _insn_sz_diff(e: Emitter, addrs, i, ctx):
    """INSN_SZ_DIFF: addrs[i] (previous pass) - addrs[i-1] (this pass) - bytes emitted so far."""
    return (addrs[i] - addrs[i - 1]) - (len(e.buf) - ctx["insn_start"])


def emit_jmp(e: Emitter, jmp_offset, addrs=None, i=None, ctx=None):
    if is_imm8_jmp_offset(jmp_offset):
        if ctx is not None and ctx.get("padding"):
            nops = _insn_sz_diff(e, addrs, i, ctx) - 2
            if nops not in (0, 3):
                raise JitError(f"unexpected jump padding: {nops} bytes")
            e.nops(nops)
        e.b(0xEB, jmp_offset)
    elif is_simm32(jmp_offset):
        e.b(0xE9)
        e.off32(jmp_offset)
    else:
        raise JitError("jmp gen bug")


def emit_divmod(e: Emitter, insn: Insn, is64):
    """6.1: save rax/rdx only when dst is not them; divisor in r11 when it is rax/rdx or an imm."""
    dst, src = insn.dst, insn.src
    if dst != 0:
        e.b(0x50)        # push rax
    if dst != 3:
        e.b(0x52)        # push rdx
    if insn.source == BPF_X:
        if src in (0, 3):
            e.mov64(AUX_REG, src)
            src = AUX_REG
    else:
        e.b(0x49, 0xC7, 0xC3)   # mov r11, imm32
        e.off32(insn.imm)
        src = AUX_REG
    if dst != 0:
        e.mov_reg(is64, 0, dst)
    if e.cfg.mutant != "div_no_clear_rdx":
        e.b(0x31, 0xD2)         # xor edx,edx
    e.maybe_emit_1mod(src, is64)
    e.b(0xF7, e.add_1reg(0xF0, src))    # div src
    if insn.code == BPF_MOD and dst != 3:
        e.mov_reg(is64, dst, 3)
    elif insn.code == BPF_DIV and dst != 0:
        e.mov_reg(is64, dst, 0)
    if dst != 3:
        e.b(0x5A)        # pop rdx
    if dst != 0:
        e.b(0x58)        # pop rax


def emit_shift_x(e: Emitter, insn: Insn, is64):
    dst, src = insn.dst, insn.src
    code = insn.code
    if e.cfg.bmi2 and src != 4:
        op = {BPF_LSH: 1, BPF_RSH: 3, BPF_ARSH: 2}[code]
        r = dst in EREGS
        vvvv = REG2HEX[src] | (8 if src in EREGS else 0)
        b1 = ((not r) << 7) | (1 << 6) | ((not r) << 5) | 2
        b2 = (int(is64) << 7) | ((~vvvv & 0xF) << 3) | (op & 3)
        e.b(0xC4, b1, b2, 0xF7, e.add_2reg(0xC0, dst, dst))
        return
    if dst == 4:                 # the count must go to cl: move a dst in rcx out of the way
        e.mov64(AUX_REG, dst)
        dst = AUX_REG
    if src != 4:
        e.b(0x51)                # push rcx
        e.mov64(4, src)
    e.maybe_emit_1mod(dst, is64)
    b3 = SIMPLE_ALU[code]
    if e.cfg.mutant == "shift_x_wrong_op" and code == BPF_ARSH:
        b3 = SIMPLE_ALU[BPF_RSH]
    e.b(0xD3, e.add_1reg(b3, dst))
    if src != 4:
        e.b(0x59)                # pop rcx
    if insn.dst == 4:
        e.mov64(insn.dst, AUX_REG)


def emit_end(e: Emitter, insn: Insn):
    dst, imm = insn.dst, insn.imm
    if insn.cls == BPF_ALU64:
        raise JitError("bswap (ALU64|END, cpu v4) is not in 6.1")
    ere = dst in EREGS
    if insn.source == BPF_TO_BE:
        if imm == 16:
            e.b(0x66)
            if ere:
                e.b(0x41)
            e.b(0xC1, e.add_1reg(0xC8, dst), 8)          # ror ax,8
            if e.cfg.mutant != "be16_no_zext":
                e.b(*((0x45, 0x0F, 0xB7) if ere else (0x0F, 0xB7)))
                e.b(e.add_2reg(0xC0, dst, dst))           # movzx eax,ax
        elif imm == 32:
            e.b(*((0x41, 0x0F) if ere else (0x0F,)))
            e.b(e.add_1reg(0xC8, dst))                    # bswap eax
        elif imm == 64:
            e.b(e.add_1mod(0x48, dst), 0x0F, e.add_1reg(0xC8, dst))
        else:
            raise JitError(f"bad byte swap width {imm}")
    else:
        if imm == 16:
            e.b(*((0x45, 0x0F, 0xB7) if ere else (0x0F, 0xB7)))
            e.b(e.add_2reg(0xC0, dst, dst))
        elif imm == 32:
            if ere:
                e.b(0x45)
            e.b(0x89, e.add_2reg(0xC0, dst, dst))
        elif imm == 64:
            pass
        else:
            raise JitError(f"bad byte swap width {imm}")


def emit_atomic_insn(e: Emitter, insn: Insn):
    dst, src, off, size = insn.dst, insn.src, insn.off, insn.size
    op = insn.imm
    if op in (BPF_AND | BPF_FETCH, BPF_OR | BPF_FETCH, BPF_XOR | BPF_FETCH):
        is64 = size == BPF_DW
        real_src = BPF_REG_AX if src == 0 else src
        real_dst = BPF_REG_AX if dst == 0 else dst
        e.mov_reg(True, BPF_REG_AX, 0)            # save R0: cmpxchg needs rax
        loop = len(e.buf)
        e.ldx(size, 0, real_dst, off)             # rax = old
        e.mov_reg(is64, AUX_REG, 0)
        e.maybe_emit_mod(AUX_REG, real_src, is64)
        e.b(SIMPLE_ALU[op & ~BPF_FETCH], e.add_2reg(0xC0, AUX_REG, real_src))
        e.atomic(BPF_CMPXCHG, real_dst, AUX_REG, off, size)
        e.b(X86_JNE, -(len(e.buf) - loop) - 2)   # lost the race: retry
        e.mov_reg(is64, real_src, 0)
        e.mov_reg(True, 0, BPF_REG_AX)
        return
    if op not in (BPF_ADD, BPF_AND, BPF_OR, BPF_XOR, BPF_ADD | BPF_FETCH, BPF_XCHG, BPF_CMPXCHG):
        raise JitError(f"bpf_jit: unknown atomic opcode {op:02x}")
    e.atomic(op, dst, src, off, size)


# ---------------------------------------------------------------------------------------------
# whole programs
# ---------------------------------------------------------------------------------------------

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
    n = s
    addrs = [64 * (k + 1) for k in range(n + 1)]  # the kernel's first guess: 64 bytes per insn
    ctx = {"cleanup_addr": 0, "direct_tail_calls": direct_tail_calls or {}, "base": base,
           "raw_helpers": raw_helpers, "proglen_base": 0, "probe_mem": set(probe_mem or ())}
    oldlen = 0
    common = dict(stack_depth=stack_depth, tail_call_reachable=tail_call_reachable,
                  is_subprog=is_subprog, cfg=cfg, ctx=ctx, call_targets=call_targets,
                  from_cbpf=from_cbpf)
    padding = False
    for npass in range(MAX_PASSES):
        if not padding and npass >= PADDING_PASSES:
            padding = True
        e, pokes, offsets, tcr = do_jit(slotted, addrs, padding=padding, **common)
        if len(e.buf) == oldlen:
            break
        oldlen = len(e.buf)
    else:
        raise JitError(f"the JIT did not converge in {MAX_PASSES} passes (the kernel falls back "
                       "to the interpreter)")
    passes = npass + 1
    # the image pass: the same addrs, so the same bytes
    if not padding and passes >= PADDING_PASSES:
        padding = True
    e2, pokes, offsets, tcr = do_jit(slotted, addrs, padding=padding, **common)
    if len(e2.buf) != len(e.buf):
        raise JitError(f"bpf_jit: proglen={len(e2.buf)} != oldproglen={len(e.buf)}")
    return JitFunc(index=index, start=base, insns=slotted, image=bytes(e2.buf), addrs=list(addrs),
                   relocs=[Reloc(o, sz, k, t) for o, sz, k, t in e2.relocs],
                   pokes=[PokeSite(base + sl, b, t, o) for sl, b, t, o in pokes],
                   stack_depth=stack_depth, tail_call_reachable=tcr, passes=passes + 1,
                   insn_offsets=offsets)
