/* Stand-in for the kernel tree's include/linux/filter.h instruction macros, written for
 * bpfsmt from RFC 9669's encoding: selftest files build whole instructions with them
 * (`__imm_insn(name, BPF_RAW_INSN(...))`). Each macro is a `struct bpf_insn` initialiser. */
#ifndef BPFSMT_KERNEL_FILTER_H
#define BPFSMT_KERNEL_FILTER_H

#include <linux/bpf.h>

/* opcodes newer than the installed uapi header */
#ifndef BPF_MEMSX
#define BPF_MEMSX       0x80
#endif
#ifndef BPF_JCOND
#define BPF_JCOND       0xe0
#endif

#define BPF_REG_ARG1    BPF_REG_1
#define BPF_REG_ARG2    BPF_REG_2
#define BPF_REG_ARG3    BPF_REG_3
#define BPF_REG_ARG4    BPF_REG_4
#define BPF_REG_ARG5    BPF_REG_5
#define BPF_REG_CTX     BPF_REG_6
#define BPF_REG_FP      BPF_REG_10
#define BPF_REG_A       BPF_REG_0
#define BPF_REG_X       BPF_REG_7
#define BPF_REG_TMP     BPF_REG_2
#define BPF_REG_AX      11

#define BPF_RAW_INSN(CODE, DST, SRC, OFF, IMM) \
	((struct bpf_insn) { .code = (CODE), .dst_reg = (DST), .src_reg = (SRC), \
			     .off = (OFF), .imm = (IMM) })

/* ALU */
#define BPF_ALU64_REG(OP, DST, SRC)  BPF_RAW_INSN(BPF_ALU64 | BPF_OP(OP) | BPF_X, DST, SRC, 0, 0)
#define BPF_ALU32_REG(OP, DST, SRC)  BPF_RAW_INSN(BPF_ALU | BPF_OP(OP) | BPF_X, DST, SRC, 0, 0)
#define BPF_ALU64_IMM(OP, DST, IMM)  BPF_RAW_INSN(BPF_ALU64 | BPF_OP(OP) | BPF_K, DST, 0, 0, IMM)
#define BPF_ALU32_IMM(OP, DST, IMM)  BPF_RAW_INSN(BPF_ALU | BPF_OP(OP) | BPF_K, DST, 0, 0, IMM)
#define BPF_ALU64_REG_OFF(OP, DST, SRC, OFF) \
	BPF_RAW_INSN(BPF_ALU64 | BPF_OP(OP) | BPF_X, DST, SRC, OFF, 0)
#define BPF_ALU32_REG_OFF(OP, DST, SRC, OFF) \
	BPF_RAW_INSN(BPF_ALU | BPF_OP(OP) | BPF_X, DST, SRC, OFF, 0)
#define BPF_ALU64_IMM_OFF(OP, DST, IMM, OFF) \
	BPF_RAW_INSN(BPF_ALU64 | BPF_OP(OP) | BPF_K, DST, 0, OFF, IMM)
#define BPF_ALU32_IMM_OFF(OP, DST, IMM, OFF) \
	BPF_RAW_INSN(BPF_ALU | BPF_OP(OP) | BPF_K, DST, 0, OFF, IMM)
#define BPF_ENDIAN(TYPE, DST, LEN)   BPF_RAW_INSN(BPF_ALU | BPF_END | BPF_SRC(TYPE), DST, 0, 0, LEN)
#define BPF_BSWAP(DST, LEN)          BPF_RAW_INSN(BPF_ALU64 | BPF_END | BPF_SRC(BPF_K), DST, 0, 0, LEN)
#define BPF_NEG64(DST)               BPF_RAW_INSN(BPF_ALU64 | BPF_NEG | BPF_K, DST, 0, 0, 0)

/* moves, incl. the sign-extending forms (off = 8, 16, 32) */
#define BPF_MOV64_REG(DST, SRC)      BPF_ALU64_REG(BPF_MOV, DST, SRC)
#define BPF_MOV32_REG(DST, SRC)      BPF_ALU32_REG(BPF_MOV, DST, SRC)
#define BPF_MOV64_IMM(DST, IMM)      BPF_ALU64_IMM(BPF_MOV, DST, IMM)
#define BPF_MOV32_IMM(DST, IMM)      BPF_ALU32_IMM(BPF_MOV, DST, IMM)
#define BPF_MOVSX64_REG(DST, SRC, OFF) BPF_ALU64_REG_OFF(BPF_MOV, DST, SRC, OFF)
#define BPF_MOVSX32_REG(DST, SRC, OFF) BPF_ALU32_REG_OFF(BPF_MOV, DST, SRC, OFF)
#define BPF_ZEXT_REG(DST)            BPF_RAW_INSN(BPF_ALU | BPF_MOV | BPF_X, DST, DST, 0, 1)

/* 64-bit immediates take two slots; a pseudo src_reg names what the imm means */
#define BPF_LD_IMM64_RAW(DST, SRC, IMM) \
	BPF_RAW_INSN(BPF_LD | BPF_DW | BPF_IMM, DST, SRC, 0, (__u32)(IMM)), \
	BPF_RAW_INSN(0, 0, 0, 0, ((__u64)(IMM)) >> 32)
#define BPF_LD_IMM64(DST, IMM)       BPF_LD_IMM64_RAW(DST, 0, IMM)
#define BPF_LD_MAP_FD(DST, MAP_FD)   BPF_LD_IMM64_RAW(DST, BPF_PSEUDO_MAP_FD, MAP_FD)

/* memory */
#define BPF_LDX_MEM(SIZE, DST, SRC, OFF)   BPF_RAW_INSN(BPF_LDX | BPF_SIZE(SIZE) | BPF_MEM, DST, SRC, OFF, 0)
#define BPF_LDX_MEMSX(SIZE, DST, SRC, OFF) BPF_RAW_INSN(BPF_LDX | BPF_SIZE(SIZE) | BPF_MEMSX, DST, SRC, OFF, 0)
#define BPF_STX_MEM(SIZE, DST, SRC, OFF)   BPF_RAW_INSN(BPF_STX | BPF_SIZE(SIZE) | BPF_MEM, DST, SRC, OFF, 0)
#define BPF_ST_MEM(SIZE, DST, OFF, IMM)    BPF_RAW_INSN(BPF_ST | BPF_SIZE(SIZE) | BPF_MEM, DST, 0, OFF, IMM)
#define BPF_ATOMIC_OP(SIZE, OP, DST, SRC, OFF) \
	BPF_RAW_INSN(BPF_STX | BPF_SIZE(SIZE) | BPF_ATOMIC, DST, SRC, OFF, OP)
#define BPF_STX_XADD(SIZE, DST, SRC, OFF)  BPF_ATOMIC_OP(SIZE, BPF_ADD, DST, SRC, OFF)

/* legacy packet loads */
#define BPF_LD_ABS(SIZE, IMM)        BPF_RAW_INSN(BPF_LD | BPF_SIZE(SIZE) | BPF_ABS, 0, 0, 0, IMM)
#define BPF_LD_IND(SIZE, SRC, IMM)   BPF_RAW_INSN(BPF_LD | BPF_SIZE(SIZE) | BPF_IND, 0, SRC, 0, IMM)

/* jumps */
#define BPF_JMP_REG(OP, DST, SRC, OFF)   BPF_RAW_INSN(BPF_JMP | BPF_OP(OP) | BPF_X, DST, SRC, OFF, 0)
#define BPF_JMP32_REG(OP, DST, SRC, OFF) BPF_RAW_INSN(BPF_JMP32 | BPF_OP(OP) | BPF_X, DST, SRC, OFF, 0)
#define BPF_JMP_IMM(OP, DST, IMM, OFF)   BPF_RAW_INSN(BPF_JMP | BPF_OP(OP) | BPF_K, DST, 0, OFF, IMM)
#define BPF_JMP32_IMM(OP, DST, IMM, OFF) BPF_RAW_INSN(BPF_JMP32 | BPF_OP(OP) | BPF_K, DST, 0, OFF, IMM)
#define BPF_JMP_A(OFF)               BPF_RAW_INSN(BPF_JMP | BPF_JA, 0, 0, OFF, 0)
#define BPF_JMP32_A(IMM)             BPF_RAW_INSN(BPF_JMP32 | BPF_JA, 0, 0, 0, IMM)

/* calls and exit */
#define BPF_EMIT_CALL(FUNC)          BPF_RAW_INSN(BPF_JMP | BPF_CALL, 0, 0, 0, FUNC)
#define BPF_CALL_REL(IMM)            BPF_RAW_INSN(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_CALL, 0, IMM)
#define BPF_EXIT_INSN()              BPF_RAW_INSN(BPF_JMP | BPF_EXIT, 0, 0, 0, 0)

#endif /* BPFSMT_KERNEL_FILTER_H */
