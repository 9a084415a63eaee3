"""The packet byte helpers' results (net/core/filter.c, Linux 6.1), written once for both
engines over a domain of spec/isa: which bpf_skb/xdp_load_bytes and _store_bytes calls fail,
with which errno, and what a failed load leaves in its buffer. The executor passes Python
values, the lowering Z3 terms, so a disagreement cannot come from a second copy of the rule.
"""
from __future__ import annotations

from dataclasses import dataclass

from .errno import EFAULT, EINVAL

BPF_F_RECOMPUTE_CSUM, BPF_F_INVALIDATE_HASH = 1, 2    # bpf_skb_store_bytes' flags (UAPI)
INT_MAX = (1 << 31) - 1
XDP_POINTER_MAX = 0xFFFF      # bpf_xdp_pointer: a larger offset or length faults


@dataclass(frozen=True)
class BytesOutcome:
    """What one packet byte helper call does, as values of a domain of spec/isa."""
    r0: object       # 0 or -errno (64 bits)
    ok: object       # the bytes are copied
    clear: object    # a failed load zeroes its buffer (else the buffer keeps its bytes)


def packet_bytes(D, name: str, off, size: int, pkt_len, flags=None) -> BytesOutcome:
    """bpf_{skb,xdp}_{load,store}_bytes(ctx, off, buf, size[, flags]) on a linear packet of
    `pkt_len` bytes (64 bits): `off` is the offset register (the helper takes its u32), `size`
    the constant length (ARG_CONST_SIZE: never 0), `flags` skb_store_bytes' register.

    bpf_skb_load_bytes: an offset above INT_MAX or a range past the packet (skb_header_pointer)
    -EFAULT, the buffer zeroed (err_clear). bpf_skb_store_bytes: flags other than
    BPF_F_RECOMPUTE_CSUM | BPF_F_INVALIDATE_HASH -EINVAL, then as the load
    (bpf_try_make_writable), nothing written. bpf_xdp_load/store_bytes (bpf_xdp_pointer): an
    offset or length above 0xffff -EFAULT, a range past the packet -EINVAL, and a failed load
    leaves the buffer as it was."""
    off = D.zext(off, 32, 64)
    past = D.ugt(D.add(off, D.const(size), 64), pkt_len)
    if name.startswith("xdp_"):
        fault = D.ugt(off, D.const(XDP_POINTER_MAX)) if size <= XDP_POINTER_MAX else D.true
        checks = ((fault, EFAULT), (past, EINVAL))
        clear = D.false
    else:
        checks = ((D.bor(D.ugt(off, D.const(INT_MAX)), past), EFAULT),)
        if name == "skb_store_bytes":
            known = BPF_F_RECOMPUTE_CSUM | BPF_F_INVALIDATE_HASH
            checks = ((D.ne(D.and_(flags, D.const(~known), 64), D.const(0)), EINVAL),) + checks
        clear = D.true
    r0 = D.const(0)
    for cond, err in reversed(checks):
        r0 = D.ite(cond, D.const(-err), r0)
    ok = D.band(*(D.bnot(c) for c, _ in checks))
    return BytesOutcome(r0, ok, clear)
