"""The x86-64 encoding layer of Linux's BPF JIT (arch/x86/net/bpf_jit_comp.c): the register map,
the EMIT*/add_*mod/add_*reg helpers and the small emit_* helpers that several do_jit cases share.

Kept apart from the do_jit cases (emit.py) so that a kernel version or a proof mutant overrides a
case without copying the encoder, and so that the encoder reads next to the kernel's own helpers.
Every method is an instance method: a mutant that mixes up registers overrides `reg2hex`.
"""
from __future__ import annotations

from bpfsmt.spec.insn import BPF_ADD, BPF_AND, BPF_OR, BPF_XOR, BPF_LSH, BPF_RSH, BPF_ARSH
from bpfsmt.spec.insn import BPF_SUB, BPF_B, BPF_H, BPF_W, BPF_FETCH, BPF_XCHG, BPF_CMPXCHG
from bpfsmt.spec.insn import BPF_DW, BPF_REG_AX

# --- register map (TC-07): BPF register -> x86 register number (0..15) ----------------------
AUX_REG = 12             # JIT temporary -> r11
X86_REG_R9 = 13          # 6th argument register (trampolines)
REG2HEX = {0: 0, 1: 7, 2: 6, 3: 2, 4: 1, 5: 0, 6: 3, 7: 5, 8: 6, 9: 7, 10: 5,
           BPF_REG_AX: 2, AUX_REG: 3, X86_REG_R9: 1}
EREGS = frozenset({5, 7, 8, 9, BPF_REG_AX, AUX_REG, X86_REG_R9})   # need REX.B/R (r8..r15)
X86_NAME = {0: "rax", 1: "rdi", 2: "rsi", 3: "rdx", 4: "rcx", 5: "r8", 6: "rbx", 7: "r13",
            8: "r14", 9: "r15", 10: "rbp", BPF_REG_AX: "r10", AUX_REG: "r11", X86_REG_R9: "r9"}


def x86_index(reg: int) -> int:
    """Full x86 register number (0..15) of a BPF register."""
    return REG2HEX[reg] + (8 if reg in EREGS else 0)


X86_PATCH_SIZE = 5
NOP5 = bytes.fromhex("0f1f440000")
ENDBR64 = bytes.fromhex("f30f1efa")
X86_NOPS = {1: bytes.fromhex("90"), 2: bytes.fromhex("6690"), 3: bytes.fromhex("0f1f00"),
            4: bytes.fromhex("0f1f4000"), 5: bytes.fromhex("0f1f440000"),
            6: bytes.fromhex("660f1f440000"), 7: bytes.fromhex("0f1f8000000000"),
            8: bytes.fromhex("0f1f840000000000")}

X86_JB, X86_JAE, X86_JE, X86_JNE, X86_JBE, X86_JA = 0x72, 0x73, 0x74, 0x75, 0x76, 0x77
X86_JL, X86_JGE, X86_JLE, X86_JG = 0x7C, 0x7D, 0x7E, 0x7F

# simple_alu_op: the opcode byte of `op r/m, reg` and the ModRM /ext of the shifts
SIMPLE_ALU = {BPF_ADD: 0x01, BPF_SUB: 0x29, BPF_AND: 0x21, BPF_OR: 0x09, BPF_XOR: 0x31,
              BPF_LSH: 0xE0, BPF_RSH: 0xE8, BPF_ARSH: 0xF8}


class JitError(ValueError):
    """An instruction the x86-64 JIT refuses (the kernel falls back or fails the load)."""


def is_imm8(v: int) -> bool:
    return -128 <= v <= 127


def is_simm32(v: int) -> bool:
    return -(1 << 31) <= v < (1 << 31)


def is_uimm32(v: int) -> bool:
    return 0 <= v < (1 << 32)


def round_up(v: int, a: int) -> int:
    return (v + a - 1) // a * a


def s32(v: int) -> int:
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v & 0x80000000 else v


class Emitter:
    """Byte buffer with the kernel's EMIT helpers and the shared emit_* encoders."""

    reg2hex = REG2HEX

    def __init__(self, cfg):
        self.buf = bytearray()
        self.cfg = cfg
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

    # shared emit_* helpers -----------------------------------------------------------------
    def emit_mov64(self, dst, src):
        """EMIT_mov: nothing when dst == src."""
        if dst != src:
            self.b(self.add_2mod(0x48, dst, src), 0x89, self.add_2reg(0xC0, dst, src))

    def emit_mov_reg(self, is64, dst, src):
        if is64:
            self.emit_mov64(dst, src)
            return
        if dst in EREGS or src in EREGS:
            self.b(self.add_2mod(0x40, dst, src))
        self.b(0x89, self.add_2reg(0xC0, dst, src))

    def emit_mov_imm32(self, sign_propagate, dst, imm32):
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

    def emit_mov_imm64(self, dst, hi, lo, reloc=None):
        """A value that fits in u32 takes the short mov; a kernel address (`reloc`) is always
        the 10-byte movabs the kernel patches."""
        value = ((hi & 0xFFFFFFFF) << 32) | (lo & 0xFFFFFFFF)
        if reloc is None and is_uimm32(value):
            self.emit_mov_imm32(False, dst, lo)
            return
        self.b(self.add_1mod(0x48, dst), self.add_1reg(0xB8, dst))
        if reloc is not None:
            self.relocs.append((len(self.buf), 8, reloc[0], reloc[1]))
            self.imm(0, 8)
        else:
            self.imm(lo, 4)
            self.imm(hi, 4)

    def emit_insn_suffix(self, ptr, val, off):
        if is_imm8(off):
            self.b(self.add_2reg(0x40, ptr, val), off)
        else:
            self.b(self.add_2reg(0x80, ptr, val))
            self.off32(off)

    def emit_ldx(self, size, dst, src, off):
        if size == BPF_B:
            self.b(self.add_2mod(0x48, src, dst), 0x0F, 0xB6)        # movzx
        elif size == BPF_H:
            self.b(self.add_2mod(0x48, src, dst), 0x0F, 0xB7)
        elif size == BPF_W:
            if dst in EREGS or src in EREGS:
                self.b(self.add_2mod(0x40, src, dst))
            self.b(0x8B)
        else:
            self.b(self.add_2mod(0x48, src, dst), 0x8B)
        self.emit_insn_suffix(src, dst, off)

    def emit_stx(self, size, dst, src, off):
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
        self.emit_insn_suffix(dst, src, off)

    def emit_atomic(self, op, dst, src, off, size):
        """lock-prefixed add/and/or/xor, xadd, xchg, cmpxchg on [dst + off]."""
        self.b(0xF0)
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
        self.emit_insn_suffix(dst, src, off)

    def emit_patch(self, opcode, kind, target):
        """call/jmp rel32 to a kernel address (a relocation here)."""
        self.b(opcode)
        self.relocs.append((len(self.buf), 4, kind, target))
        self.off32(0)

    def emit_nops(self, n):
        while n > 0:
            k = min(n, 8)
            self.buf += X86_NOPS[k]
            n -= k

    def emit_return(self):
        self.b(0xC3)
        if self.cfg.sls:
            self.b(0xCC)

    def emit_indirect_jump_rcx(self):
        if self.cfg.retpoline:
            self.emit_patch(0xE9, "thunk", "__x86_indirect_thunk_rcx")
        else:
            self.b(0xFF, 0xE1)   # jmp *%rcx
