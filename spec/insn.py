"""BPF instructions exactly as RFC 9669 lays them out.

An `Insn` is the decoded 8-byte wire form (opcode, dst, src, off, imm) plus, for the 16-byte
`lddw`, the second slot's `imm` as `imm64_hi`. Every other view (class, op, source, size, mode) is
derived from the opcode, so there is one source of truth and encode/decode are exact inverses.
Source locations ride along so every layer above can report `file:line:column`.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Optional

from .deadline import LOADER, check_deadline

# --- instruction classes (opcode & 0x07) -----------------------------------------------------
BPF_LD, BPF_LDX, BPF_ST, BPF_STX, BPF_ALU, BPF_JMP, BPF_JMP32, BPF_ALU64 = range(8)

# --- source (ALU/JMP opcode & 0x08) ----------------------------------------------------------
BPF_K, BPF_X = 0x00, 0x08
# for END: BPF_TO_LE = K (0), BPF_TO_BE = X (0x08)
BPF_TO_LE, BPF_TO_BE = 0x00, 0x08

# --- ALU operations (opcode & 0xf0) ----------------------------------------------------------
BPF_ADD, BPF_SUB, BPF_MUL, BPF_DIV = 0x00, 0x10, 0x20, 0x30
BPF_OR, BPF_AND, BPF_LSH, BPF_RSH = 0x40, 0x50, 0x60, 0x70
BPF_NEG, BPF_MOD, BPF_XOR, BPF_MOV = 0x80, 0x90, 0xA0, 0xB0
BPF_ARSH, BPF_END = 0xC0, 0xD0
ALU_NAMES = {BPF_ADD: "add", BPF_SUB: "sub", BPF_MUL: "mul", BPF_DIV: "div", BPF_OR: "or",
             BPF_AND: "and", BPF_LSH: "lsh", BPF_RSH: "rsh", BPF_NEG: "neg", BPF_MOD: "mod",
             BPF_XOR: "xor", BPF_MOV: "mov", BPF_ARSH: "arsh", BPF_END: "end"}
# the ALU ops that take a source operand (all but NEG and END)
BINARY_ALU_OPS = (BPF_ADD, BPF_SUB, BPF_MUL, BPF_DIV, BPF_OR, BPF_AND, BPF_LSH, BPF_RSH, BPF_MOD,
                  BPF_XOR, BPF_MOV, BPF_ARSH)
# kernel/bpf/disasm.c bpf_alu_string: how the verifier log and bpftool print each ALU op
ALU_SYMBOLS = {BPF_ADD: "+=", BPF_SUB: "-=", BPF_MUL: "*=", BPF_DIV: "/=", BPF_OR: "|=",
               BPF_AND: "&=", BPF_LSH: "<<=", BPF_RSH: ">>=", BPF_NEG: "neg", BPF_MOD: "%=",
               BPF_XOR: "^=", BPF_MOV: "=", BPF_ARSH: "s>>=", BPF_END: "endian"}

# --- JMP operations (opcode & 0xf0) ----------------------------------------------------------
BPF_JA, BPF_JEQ, BPF_JGT, BPF_JGE, BPF_JSET = 0x00, 0x10, 0x20, 0x30, 0x40
BPF_JNE, BPF_JSGT, BPF_JSGE, BPF_CALL, BPF_EXIT = 0x50, 0x60, 0x70, 0x80, 0x90
BPF_JLT, BPF_JLE, BPF_JSLT, BPF_JSLE = 0xA0, 0xB0, 0xC0, 0xD0
BPF_TAIL_CALL = 0xF0  # kernel-internal (include/linux/filter.h), never in user programs
BPF_JCOND = 0xE0      # may_goto (JMP|JCOND, src 0): cpu v4, Linux 6.9+
JMP_NAMES = {BPF_JA: "ja", BPF_JEQ: "jeq", BPF_JGT: "jgt", BPF_JGE: "jge", BPF_JSET: "jset",
             BPF_JNE: "jne", BPF_JSGT: "jsgt", BPF_JSGE: "jsge", BPF_CALL: "call",
             BPF_EXIT: "exit", BPF_JLT: "jlt", BPF_JLE: "jle", BPF_JSLT: "jslt",
             BPF_JSLE: "jsle", BPF_TAIL_CALL: "tail_call"}
COND_JMP_OPS = (BPF_JEQ, BPF_JGT, BPF_JGE, BPF_JSET, BPF_JNE, BPF_JSGT, BPF_JSGE,
                BPF_JLT, BPF_JLE, BPF_JSLT, BPF_JSLE)
# kernel/bpf/disasm.c bpf_jmp_string, for the conditional jumps
JMP_SYMBOLS = {BPF_JEQ: "==", BPF_JGT: ">", BPF_JGE: ">=", BPF_JSET: "&", BPF_JNE: "!=",
               BPF_JSGT: "s>", BPF_JSGE: "s>=", BPF_JLT: "<", BPF_JLE: "<=", BPF_JSLT: "s<",
               BPF_JSLE: "s<="}

# --- load/store size (opcode & 0x18) and mode (opcode & 0xe0) --------------------------------
BPF_W, BPF_H, BPF_B, BPF_DW = 0x00, 0x08, 0x10, 0x18
SIZE_BYTES = {BPF_W: 4, BPF_H: 2, BPF_B: 1, BPF_DW: 8}
BYTES_SIZE = {v: k for k, v in SIZE_BYTES.items()}
SIZE_NAMES = {BPF_W: "w", BPF_H: "h", BPF_B: "b", BPF_DW: "dw"}
SIZE_TYPES = {BPF_W: "u32", BPF_H: "u16", BPF_B: "u8", BPF_DW: "u64"}     # disasm.c bpf_ldst_string
SIGNED_SIZE_TYPES = {BPF_W: "s32", BPF_H: "s16", BPF_B: "s8"}              # BPF_MEMSX loads
BPF_IMM, BPF_ABS, BPF_IND, BPF_MEM, BPF_MEMSX, BPF_ATOMIC = 0x00, 0x20, 0x40, 0x60, 0x80, 0xC0
BPF_NOSPEC = 0xC0          # BPF_ST mode: the kernel-internal speculation barrier (no UAPI form)
# the kernel-internal LDX mode of a load through a BTF pointer (same bits as BPF_ABS): the JIT
# lets it fault and reads 0, so it reads kernel memory, never faults the program
BPF_PROBE_MEM = 0x20

# --- atomic operations (imm of STX|ATOMIC) ---------------------------------------------------
BPF_FETCH = 0x01
BPF_XCHG = 0xE0 | BPF_FETCH
BPF_CMPXCHG = 0xF0 | BPF_FETCH
ATOMIC_OPS = {BPF_ADD: "add", BPF_OR: "or", BPF_AND: "and", BPF_XOR: "xor"}
VALID_ATOMIC_IMMS = {BPF_ADD, BPF_OR, BPF_AND, BPF_XOR, BPF_ADD | BPF_FETCH, BPF_OR | BPF_FETCH,
                     BPF_AND | BPF_FETCH, BPF_XOR | BPF_FETCH, BPF_XCHG, BPF_CMPXCHG}

# --- pseudo sources ---------------------------------------------------------------------------
BPF_PSEUDO_MAP_FD, BPF_PSEUDO_MAP_VALUE, BPF_PSEUDO_BTF_ID = 1, 2, 3
BPF_PSEUDO_FUNC, BPF_PSEUDO_MAP_IDX, BPF_PSEUDO_MAP_IDX_VALUE = 4, 5, 6
# ld_imm64 of kernel objects the verifier's rewrites insert (do_misc_fixups): the value is run
# specific, `Insn.target` names the object; the JIT always emits them as a 10-byte movabs
KERNEL_ADDRESS_TARGETS = ("prog->aux", "&jiffies")
BPF_PSEUDO_CALL, BPF_PSEUDO_KFUNC_CALL = 1, 2
# libbpf's poisoned instruction for a CO-RE relocation it could not resolve: `call 0xbad2310`
CORE_POISON_IMM = 195896080

# MAX_BPF_REG: the kernel-internal auxiliary register the verifier's rewrites and constant
# blinding use (never in user programs)
BPF_REG_AX = 11

LDDW_OPCODE = BPF_LD | BPF_IMM | BPF_DW  # 0x18


@dataclass(frozen=True)
class SourceLoc:
    """Where an instruction came from, for `file:line:column` messages."""
    file: str = "<input>"
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


def _s16(v: int) -> int:
    v &= 0xFFFF
    return v - 0x10000 if v & 0x8000 else v


def _s32(v: int) -> int:
    v &= 0xFFFFFFFF
    return v - 0x100000000 if v & 0x80000000 else v


@dataclass(frozen=True)
class Insn:
    """One BPF instruction (one or two 8-byte slots).

    `off` is a signed 16-bit value and `imm` a signed 32-bit value, as in `struct bpf_insn`.
    For `lddw`, `imm64_hi` is the second slot's imm (also s32); the other fields of the second
    slot must be zero on the wire (the kernel refuses the load otherwise), and `hi_slot` keeps
    them as (opcode, dst, src, off) when a raw input has them set.
    `target` optionally names a label/function the parser resolved `off`/`imm` from.
    """
    opcode: int
    dst: int = 0
    src: int = 0
    off: int = 0
    imm: int = 0
    imm64_hi: Optional[int] = None
    loc: SourceLoc = field(default=SourceLoc(), compare=False)
    target: Optional[str] = field(default=None, compare=False)
    hi_slot: Optional[tuple] = None

    # ---- derived fields (cached: the verifier model reads them in its innermost loops) ------
    @cached_property
    def cls(self) -> int:
        return self.opcode & 0x07

    @cached_property
    def code(self) -> int:  # ALU/JMP operation
        return self.opcode & 0xF0

    @cached_property
    def source(self) -> int:  # BPF_K or BPF_X
        return self.opcode & 0x08

    @cached_property
    def size(self) -> int:  # LD/ST size field
        return self.opcode & 0x18

    @cached_property
    def size_bytes(self) -> int:
        return SIZE_BYTES[self.size]

    @cached_property
    def mode(self) -> int:
        return self.opcode & 0xE0

    @cached_property
    def is_wide(self) -> bool:
        return self.opcode == LDDW_OPCODE

    @property
    def slots(self) -> int:
        return 2 if self.is_wide else 1

    @property
    def imm64(self) -> int:
        """The 64-bit constant of an lddw (unsigned)."""
        assert self.is_wide
        return ((self.imm64_hi or 0) & 0xFFFFFFFF) << 32 | (self.imm & 0xFFFFFFFF)

    @cached_property
    def is_alu(self) -> bool:
        return self.cls in (BPF_ALU, BPF_ALU64)

    @cached_property
    def is_jmp(self) -> bool:
        return self.cls in (BPF_JMP, BPF_JMP32)

    @property
    def is_exit(self) -> bool:
        return self.cls == BPF_JMP and self.code == BPF_EXIT

    @property
    def is_call(self) -> bool:
        return self.cls == BPF_JMP and self.code == BPF_CALL

    @property
    def is_helper_call(self) -> bool:
        return self.is_call and self.src == 0

    @property
    def is_pseudo_call(self) -> bool:
        return self.is_call and self.src == BPF_PSEUDO_CALL

    @property
    def is_ja(self) -> bool:
        return self.is_jmp and self.code == BPF_JA

    @property
    def is_cond_jmp(self) -> bool:
        return self.is_jmp and self.code in COND_JMP_OPS

    def jump_offset(self) -> int:
        """Slots to skip after this instruction when the jump is taken (gotol uses imm)."""
        if self.cls == BPF_JMP32 and self.code == BPF_JA:
            return self.imm
        return self.off

    def successors(self, slot: int) -> list[int]:
        """Control-flow successors of this instruction at `slot` (calls fall through)."""
        if self.is_exit:
            return []
        if self.is_ja:
            return [slot + 1 + self.jump_offset()]
        if self.is_cond_jmp:
            return [slot + self.slots, slot + 1 + self.off]
        return [slot + self.slots]

    def with_(self, **kw) -> "Insn":
        return replace(self, **kw)

    # ---- wire form --------------------------------------------------------------------------
    def encode(self) -> bytes:
        out = struct.pack("<BBhi", self.opcode & 0xFF, (self.dst & 0xF) | ((self.src & 0xF) << 4),
                          _s16(self.off), _s32(self.imm))
        if self.is_wide:
            op2, dst2, src2, off2 = self.hi_slot or (0, 0, 0, 0)
            out += struct.pack("<BBhi", op2, dst2 | (src2 << 4), off2, _s32(self.imm64_hi or 0))
        return out

    @staticmethod
    def make(opcode, dst=0, src=0, off=0, imm=0, imm64_hi=None, **kw) -> "Insn":
        """Build an instruction, normalising off/imm to their signed ranges."""
        if opcode == LDDW_OPCODE and imm64_hi is None:
            imm64_hi = 0
        return Insn(opcode, dst, src, _s16(off), _s32(imm),
                    None if imm64_hi is None else _s32(imm64_hi), **kw)

    @staticmethod
    def lddw(dst: int, value: int, src: int = 0, **kw) -> "Insn":
        value &= (1 << 64) - 1
        return Insn.make(LDDW_OPCODE, dst, src, 0, value & 0xFFFFFFFF, value >> 32, **kw)


class DecodeError(ValueError):
    """Raw bytes that do not form a whole instruction stream."""

    def __init__(self, message: str, slot: int):
        super().__init__(message)
        self.slot = slot


def decode(data: bytes, file: str = "<raw>", strict: bool = True) -> list[Insn]:
    """Decode little-endian `struct bpf_insn` words; lddw consumes two slots.

    With `strict`, a length that is not a multiple of 8, or an lddw missing its second slot,
    raises DecodeError naming the slot. The location of each instruction is (file, slot+1, 1).
    """
    if strict and len(data) % 8:
        raise DecodeError(f"truncated instruction stream: {len(data)} bytes is not a multiple of 8",
                          len(data) // 8)
    out: list[Insn] = []
    n = len(data) // 8
    i = 0
    while i < n:
        if not i & 0xFFF:
            check_deadline(LOADER)
        op, regs, off, imm = struct.unpack_from("<BBhi", data, i * 8)
        loc = SourceLoc(file, i + 1, 1)
        if op == LDDW_OPCODE:
            if i + 1 >= n:
                raise DecodeError("lddw at the end of the stream is missing its second slot", i)
            op2, regs2, off2, imm2 = struct.unpack_from("<BBhi", data, (i + 1) * 8)
            hi = (op2, regs2 & 0xF, regs2 >> 4, off2) if op2 or regs2 or off2 else None
            out.append(Insn(op, regs & 0xF, regs >> 4, off, imm, imm2, loc, hi_slot=hi))
            i += 2
        else:
            out.append(Insn(op, regs & 0xF, regs >> 4, off, imm, None, loc))
            i += 1
    return out


def encode(insns: list[Insn]) -> bytes:
    return b"".join(i.encode() for i in insns)


def slot_offsets(insns: list[Insn]) -> list[int]:
    """Slot index of each instruction (lddw takes two), i.e. the kernel's insn numbering."""
    out, pc = [], 0
    for i in insns:
        out.append(pc)
        pc += i.slots
    return out
