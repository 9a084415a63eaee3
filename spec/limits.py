"""Numeric limits of the BPF runtime and verifier, with the kernel's names.

They are the same in every kernel bpfsmt models (6.1, 6.12). If a later kernel changes one,
move it into `KernelFacts` (spec/kernels.py) and read it from there.
"""

KMALLOC_MAX_SIZE = 1 << 22              # largest kmalloc() on x86-64: no map key/value (E2BIG)
MAX_BPF_STACK = 512                    # bytes of stack per frame (include/linux/filter.h)
MAX_CALL_FRAMES = 8                    # bpf2bpf call depth (include/linux/bpf_verifier.h)
MAX_TAIL_CALL_CNT = 33                 # tail calls per invocation (include/linux/bpf.h)
BPF_MAX_SUBPROGS = 256                 # subprograms per program (include/linux/bpf_verifier.h)
BPF_COMPLEXITY_LIMIT_INSNS = 1_000_000     # processed insns before "too large" (bpf.h)
BPF_COMPLEXITY_LIMIT_JMP_SEQ = 8192    # pending branch states (verifier.c)
BPF_COMPLEXITY_LIMIT_STATES = 64       # explored states kept per instruction (verifier.c)
BPF_MAX_VAR_OFF = 1 << 29              # largest variable pointer offset (verifier.c)
BPF_MAX_VAR_SIZ = 1 << 29              # largest variable access size (verifier.c)
MAX_PACKET_OFF = 0xFFFF                # largest packet range the verifier tracks (verifier.c)
BPF_MAX_LOOPS = 1 << 23                # bpf_loop's nr_loops bound (kernel/bpf/bpf_iter.c)
BPF_MAX_USER_RINGBUF_SAMPLES = 128 * 1024   # bpf_user_ringbuf_drain's bound (kernel/bpf/ringbuf.c)
BPF_RB_WAKEUP_FLAGS = 1 | 2            # BPF_RB_NO_WAKEUP | BPF_RB_FORCE_WAKEUP, its only flags
XDP_PACKET_HEADROOM = 256              # room before an XDP frame's data (uapi/linux/bpf.h)
XDP_HARD_END = 4096 - 320              # page minus SKB_DATA_ALIGN(sizeof(skb_shared_info))
XDP_FRAME_SIZE = 40                    # sizeof(struct xdp_frame), kept at data_hard_start
