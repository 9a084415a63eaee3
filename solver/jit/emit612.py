"""Linux 6.12's x86-64 do_jit (Debian 6.12.95), as the cases that differ from 6.1's `X86Jit`.

Read off arch/x86/net/bpf_jit_comp.c of 6.12 and checked byte for byte against the oracle's
6.12 images (tests/oracle/*/labels*_6.12.json, jit/results_6.12.jsonl):
  * the tail-call counter behind a pointer ("bpf, x64: Fix tailcall hierarchy", 6.10): a main
    program that can tail call keeps the counter in its frame and a pointer to it below
    (`tail_call_cnt_ptr`); calls pass the pointer in rax, so a subprogram's tail calls count
    against the entry program's counter; the counter is incremented only once the prog-array
    slot is known populated; X86_TAIL_CALL_OFFSET grows by one (`xor rax,rax` / nop3);
  * cpu v4 instructions (6.6): movsx, sdiv/smod (cdq/cqo + idiv), ldsx, unconditional bswap;
  * BPF_PROBE_MEM checks `src + off - VSYSCALL_ADDR > TASK_SIZE_MAX + PAGE_SIZE - VSYSCALL_ADDR`
    in one compare (6.8), and emit_mov_imm64 uses the sign-extending `mov r64, imm32` (6.7);
  * shifts by a register whose destination is rcx save r11 instead of pushing rcx.
The struct offsets (bpf_array.ptrs at 0x108) and IBT come from KernelLayout (spec/kernels.py).
"""
from __future__ import annotations

from bpfsmt.spec.insn import BPF_ALU64, BPF_B, BPF_H, BPF_MEM, BPF_MEMSX, BPF_TO_BE, BPF_W
from bpfsmt.spec.limits import MAX_TAIL_CALL_CNT

from .emit import X86Jit
from .encode import AUX_REG, BPF_REG_AX, EREGS, X86_JA, JitError, round_up

VSYSCALL_ADDR = 0xFFFFFFFFFF600000
TASK_SIZE_MAX_PLUS_PAGE = 1 << 47      # TASK_SIZE_MAX + PAGE_SIZE, 4-level paging
ADDR_PERCPU = -1                       # MOV|X off: BPF_ADDR_PERCPU (mov dst, per-CPU address)
MOVSX_BITS = (8, 16, 32)
# ld_imm64 relocations whose address lies in the top 2 GiB (sign-extended imm32): a callback's
# JIT image (module area) and the kernel image's &jiffies; map and prog->aux pointers do not
TOP_2G_RELOCS = ("func_addr", "&jiffies")


class X86Jit612(X86Jit):
    """do_jit of Linux 6.12 (x86-64)."""

    signed_div = True
    load_modes = (BPF_MEM, BPF_MEMSX)
    tail_call_offset_base = 12             # nop5 + xor rax,rax/nop3 + push rbp + mov rbp,rsp

    # tail-call counter pointer ----------------------------------------------------------------
    # xor rax,rax where the tail-call context starts (a main program); nop3 elsewhere
    tail_call_cnt_init_forms = (bytes.fromhex("4831c0"), bytes.fromhex("0f1f00"))

    def emit_prologue_tail_call(self):
        """emit_prologue_tail_call: a main program entered with rax <= MAX_TAIL_CALL_CNT (the
        entry, or a tail call from a main program) pushes rax as its counter and points
        tail_call_cnt_ptr at it; entered with a larger rax (a pointer: a tail call from a
        subprogram) or as a subprogram, it keeps the pointer it got."""
        if not self.fn.is_subprog:
            self.b(0x48, 0x83, 0xF8, MAX_TAIL_CALL_CNT)     # cmp rax, MAX_TAIL_CALL_CNT
            self.b(X86_JA, 6)                               # ja 6
            self.b(0x50)                                    # push rax: tail_call_cnt
            self.b(0x48, 0x89, 0xE0)                        # mov rax, rsp
            self.b(0xEB, 1)                                 # jmp 1
            self.b(0x50)                                    # push rax (a pointer; unused)
            self.b(0x50)                                    # push rax: tail_call_cnt_ptr
        else:
            self.b(0x50, 0x50)

    def tail_call_cnt_off(self) -> int:
        """BPF_TAIL_CALL_CNT_PTR_STACK_OFF: where tail_call_cnt_ptr is kept."""
        return -16 - round_up(self.fn.stack_depth, 8)

    def emit_restore_tail_call_cnt(self):
        """LOAD_TAIL_CALL_CNT_PTR before a call: the callee gets the pointer in rax."""
        self.b(0x48, 0x8B, 0x85)
        self.off32(self.tail_call_cnt_off())

    def emit_tail_call_cnt_check(self, outs):
        """if (*tcc_ptr >= MAX_TAIL_CALL_CNT) goto out: mov rax,[rbp+off]; cmp qword [rax],33;
        jae out."""
        self.emit_restore_tail_call_cnt()
        self.b(0x48, 0x83, 0x38, self.tail_call_cnt_limit)
        self.emit_jcc_out(self.tail_call_cnt_jcc, outs)

    def emit_tail_call_cnt_inc(self):
        """add qword [rax], 1: only a tail call into a populated slot counts."""
        self.b(0x48, 0x83, 0x00, 0x01)

    def emit_unwind_frame(self):
        """pop the callee-saved registers, tail_call_cnt_ptr and the counter (or the second
        pointer copy), drop the BPF stack: rax is the counter value (main) or the pointer."""
        self.pop_callee_regs()
        self.b(0x58, 0x58)
        if self.fn.stack_depth:
            self.b(0x48, 0x81, 0xC4)
            self.off32(round_up(self.fn.stack_depth, 8))

    # cpu v4 -----------------------------------------------------------------------------------
    def emit_mov_x(self, insn, is64):
        if insn.off == 0:
            self.emit_mov_reg(is64, insn.dst, insn.src)
        elif is64 and insn.off == ADDR_PERCPU:
            self.emit_mov_percpu_addr(insn.dst, insn.src)
        elif insn.off in MOVSX_BITS:
            self.emit_movsx_reg(insn.off, is64, insn.dst, insn.src)
        else:
            raise JitError(f"MOV|X with off {insn.off} is not modelled")

    def emit_mov_percpu_addr(self, dst, src):
        """mov dst, src; add dst, gs:[&this_cpu_off] (a per-CPU symbol: not randomised)."""
        self.emit_mov64(dst, src)
        self.b(0x65, self.add_2mod(0x48, 0, dst), 0x03, self.add_2reg(0x04, 0, dst), 0x25)
        self.off32(self.layout.this_cpu_off)

    def emit_movsx_reg(self, bits, is64, dst, src):
        if is64:
            if bits == 32:
                self.b(self.add_2mod(0x48, src, dst), 0x63, self.add_2reg(0xC0, src, dst))
            else:
                self.b(self.add_2mod(0x48, src, dst), 0x0F, 0xBE if bits == 8 else 0xBF,
                       self.add_2reg(0xC0, src, dst))
        elif bits == 8:
            self.b(self.add_2mod(0x40, src, dst), 0x0F, 0xBE, self.add_2reg(0xC0, src, dst))
        elif bits == 16:
            if dst in EREGS or src in EREGS:
                self.b(self.add_2mod(0x40, src, dst))
            self.b(self.add_2mod(0x0F, src, dst), 0xBF, self.add_2reg(0xC0, src, dst))
        else:
            raise JitError("movsx32 into a 32-bit register")

    def emit_div(self, insn, src, is64):
        """sdiv/smod (off 1): sign-extend rax into rdx (cdq/cqo), idiv src."""
        if insn.off == 0:
            return super().emit_div(insn, src, is64)
        self.b(*((0x48, 0x99) if is64 else (0x99,)))
        self.maybe_emit_1mod(src, is64)
        self.b(0xF7, self.add_1reg(0xF8, src))

    def emit_bswap(self, insn):
        """ALU64|END (bswap) swaps unconditionally; ALU|END as in 6.1."""
        self.emit_byte_swap(insn.dst, insn.imm, insn.cls == BPF_ALU64 or insn.source == BPF_TO_BE)

    def emit_load(self, insn):
        if insn.mode == BPF_MEMSX:
            self.emit_ldsx(insn.size, insn.dst, insn.src, insn.off)
        else:
            super().emit_load(insn)

    def emit_ldsx(self, size, dst, src, off):
        if size == BPF_B:
            self.b(self.add_2mod(0x48, src, dst), 0x0F, 0xBE)
        elif size == BPF_H:
            self.b(self.add_2mod(0x48, src, dst), 0x0F, 0xBF)
        elif size == BPF_W:
            self.b(self.add_2mod(0x48, src, dst), 0x63)
        else:
            raise JitError("ldsx of 8 bytes")
        self.emit_insn_suffix(src, dst, off)

    # shifts, constants, PROBE_MEM -------------------------------------------------------------
    def emit_shift_reg(self, insn, is64):
        """The count must be in cl: a dst in rcx moves to r11 (and back) instead of a
        push/pop of rcx."""
        dst, src = insn.dst, insn.src
        if self.cfg.bmi2 and src != 4:
            self.emit_shiftx(insn, is64)
            return
        if src != 4:
            if dst == 4:
                self.emit_mov64(AUX_REG, dst)
                dst = AUX_REG
            else:
                self.b(0x51)             # push rcx
            self.emit_mov64(4, src)
        self.maybe_emit_1mod(dst, is64)
        self.b(0xD3, self.add_1reg(self.shift_ext(insn.code), dst))
        if src != 4:
            if insn.dst == 4:
                self.emit_mov64(insn.dst, AUX_REG)
            else:
                self.b(0x59)             # pop rcx

    def emit_mov_imm64(self, dst, hi, lo, reloc=None):
        """A value that fits in s32 takes the sign-extending `mov r64, imm32`: so do addresses
        in the top 2 GiB, the kernel image (&jiffies) and the JIT images (callbacks)."""
        value = ((hi & 0xFFFFFFFF) << 32) | (lo & 0xFFFFFFFF)
        if reloc is not None and (reloc[0] in TOP_2G_RELOCS or reloc[1] in TOP_2G_RELOCS):
            self.b(self.add_1mod(0x48, dst), 0xC7, self.add_1reg(0xC0, dst))
            self.relocs.append((len(self.buf), 4, reloc[0], reloc[1]))
            self.off32(0)
        elif reloc is None and value >> 31 == (1 << 33) - 1:
            self.emit_mov_imm32(True, dst, lo)
        else:
            super().emit_mov_imm64(dst, hi, lo, reloc)

    def probe_mem_limit(self, off):
        """TASK_SIZE_MAX + PAGE_SIZE - VSYSCALL_ADDR, the bound of `src + off - VSYSCALL_ADDR`."""
        return (TASK_SIZE_MAX_PLUS_PAGE - VSYSCALL_ADDR) & ((1 << 64) - 1)

    def emit_probe_mem_ldx(self, insn):
        """Load only if VSYSCALL_ADDR's distance fits: src + off - VSYSCALL_ADDR >
        TASK_SIZE_MAX + PAGE_SIZE - VSYSCALL_ADDR (unsigned); else dst = 0."""
        dst, src, off = insn.dst, insn.src, insn.off
        self.emit_mov_imm64(BPF_REG_AX, VSYSCALL_ADDR >> 32, VSYSCALL_ADDR & 0xFFFFFFFF)
        self.emit_mov64(AUX_REG, src)
        if off:
            self.maybe_emit_1mod(AUX_REG, True)
            self.b(0x81, self.add_1reg(0xC0, AUX_REG))
            self.off32(off)
        self.maybe_emit_mod(AUX_REG, BPF_REG_AX, True)
        self.b(0x29, self.add_2reg(0xC0, AUX_REG, BPF_REG_AX))          # sub r11, r10
        limit = self.probe_mem_limit(off)
        self.emit_mov_imm64(BPF_REG_AX, limit >> 32, limit & 0xFFFFFFFF)
        self.maybe_emit_mod(AUX_REG, BPF_REG_AX, True)
        self.b(0x39, self.add_2reg(0xC0, AUX_REG, BPF_REG_AX))          # cmp r11, r10
        ja_at = len(self.buf)
        self.b(X86_JA, 0)                                               # ja -> the load
        self.emit_mov_imm32(False, dst, 0)                              # xor dst, dst
        jmp_at = len(self.buf)
        self.b(0xEB, 0)                                                 # jmp -> after
        ldx_at = len(self.buf)
        self.emit_load(insn)
        self.buf[ja_at + 1] = ldx_at - (ja_at + 2)
        self.buf[jmp_at + 1] = len(self.buf) - ldx_at
