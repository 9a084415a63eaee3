/* bpfsmt's stand-in for ../shared/oracle/include/oracle_asm.h: the oracle's inputs include that
 * header for __naked, __clobber_all and __imm*(); ours come from bpf_misc.h, so the oracle's
 * test programs compile unchanged with `bpfsmt check/verify/selftest FILE.c`. */
#ifndef BPFSMT_ORACLE_ASM_H
#define BPFSMT_ORACLE_ASM_H
#include "bpf_misc.h"
#endif
