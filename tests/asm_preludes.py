"""Assembler fragments several `check` tests share (bpfsmt .bpf.s text)."""

# a tc program looks up a TCP socket by an all-zero 12-byte IPv4 tuple at fp-16 (R6 keeps the
# ctx): R0 is a referenced socket or NULL
SK_LOOKUP_TCP = """.program p section=tc
 r6 = r1
 r1 = 0
 *(u64 *)(r10 - 16) = r1
 *(u32 *)(r10 - 8) = r1
 r1 = r6
 r2 = r10
 r2 += -16
 r3 = 12
 r4 = -1
 r5 = 0
 call bpf_sk_lookup_tcp
"""
