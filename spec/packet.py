"""The packet helpers' results (net/core/filter.c, Linux 6.1), written once for both engines
over a domain of spec/isa: which bpf_skb/xdp_load_bytes and _store_bytes calls fail, with which
errno, and what a failed load leaves in its buffer; how bpf_xdp_adjust_head/meta/tail move
the buffer. The executor passes Python
values, the lowering Z3 terms, so a disagreement cannot come from a second copy of the rule.
"""
from __future__ import annotations

from dataclasses import dataclass

from .ctx import ETH_HLEN
from .errno import EACCES, EFAULT, EINVAL

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


XDP_METADATA_MAX = 32         # xdp_metalen_invalid: at most 32 bytes, a multiple of 4


@dataclass(frozen=True)
class AdjustOutcome:
    """What one bpf_xdp_adjust_head/meta/tail call does to the buffer, as domain values."""
    r0: object       # 0 or -errno (64 bits)
    ok: object       # the layout moved
    meta: object     # the layout after the call (the old one where it failed)
    data: object
    end: object


def xdp_adjust(D, name: str, meta, data, end, delta, frame_end, hard_end) -> AdjustOutcome:
    """bpf_xdp_adjust_head/meta/tail (net/core/filter.c) over a domain of spec/isa, in any
    coordinates of the buffer (64-bit positions, compared signed): `meta`, `data`, `end` the
    xdp_buff's data_meta, data and data_end, `delta` the s32 argument sign-extended,
    `frame_end` the end of the struct xdp_frame at data_hard_start, `hard_end`
    xdp_data_hard_end. head: data may move down to frame_end plus the metadata and up to
    ETH_HLEN before the end (-EINVAL), the metadata moving with it; meta: data_meta between
    frame_end and data (-EINVAL), at most 32 bytes in 4-byte units (-EACCES); tail: data_end up
    to hard_end and down to ETH_HLEN after data (-EINVAL); a grown tail is zeroed (the
    caller's: on success only)."""
    w = 64
    if name == "xdp_adjust_head":
        nd = D.add(data, delta, w)
        bad = D.bor(D.slt(nd, D.add(frame_end, D.sub(data, meta, w), w), w),
                    D.sgt(nd, D.sub(end, D.const(ETH_HLEN), w), w))
        ok = D.bnot(bad)
        return AdjustOutcome(D.ite(bad, D.const(-EINVAL), D.const(0)), ok,
                             D.ite(ok, D.add(meta, delta, w), meta), D.ite(ok, nd, data), end)
    if name == "xdp_adjust_meta":
        nm = D.add(meta, delta, w)
        inval = D.bor(D.slt(nm, frame_end, w), D.sgt(nm, data, w))
        metalen = D.sub(data, nm, w)
        acc = D.bor(D.sgt(metalen, D.const(XDP_METADATA_MAX), w),
                    D.ne(D.and_(metalen, D.const(3), w), D.const(0)))
        ok = D.band(D.bnot(inval), D.bnot(acc))
        r0 = D.ite(inval, D.const(-EINVAL), D.ite(acc, D.const(-EACCES), D.const(0)))
        return AdjustOutcome(r0, ok, D.ite(ok, nm, meta), data, end)
    ne = D.add(end, delta, w)
    bad = D.bor(D.sgt(ne, hard_end, w), D.slt(ne, D.add(data, D.const(ETH_HLEN), w), w))
    ok = D.bnot(bad)
    return AdjustOutcome(D.ite(bad, D.const(-EINVAL), D.const(0)), ok, meta, data,
                         D.ite(ok, ne, end))
