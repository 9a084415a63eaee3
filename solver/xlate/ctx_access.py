"""convert_ctx_accesses: loads of user ctx fields become loads of the kernel structures
(__sk_buff -> sk_buff, xdp_md -> xdp_buff) for the fields the oracle showed, and the tc
bpf_unclone_prologue when the program writes packet data."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from bpfsmt.spec.ctx import (BPF_TCP_SOCK, CGROUP_SOCK, SK_BUFF, SOCK_OFF, SOCK_OPS,
                             bpf_sock_ctx_field_size)
from bpfsmt.spec.helper_ids import HELPER_IDS
from bpfsmt.spec.insn import (BPF_ADD, BPF_ALU, BPF_ALU64, BPF_AND, BPF_B, BPF_DW, BPF_EXIT, BPF_H,
                              BPF_JA, BPF_JEQ, BPF_JGE, BPF_JMP, BPF_JMP32, BPF_JNE, BPF_JSET, BPF_LSH,
                              BPF_K, BPF_LD, BPF_LDX, BPF_MEM, BPF_MOV, BPF_NOSPEC, BPF_RSH, BPF_ST, BPF_SUB,
                              BPF_STX, BPF_W, BPF_X, BPF_XOR, BPF_REG_AX, SIZE_BYTES, Insn,
                              slot_offsets)
from bpfsmt.spec.program import Program

from bpfsmt.solver.xlate.patch import XlatedProg, call_insn


# ---------------------------------------------------------------------------------------------
# convert_ctx_accesses: user ctx fields -> kernel structure loads (only fields the oracle showed)
# ---------------------------------------------------------------------------------------------
# field offset -> chain of (size, offset) loads; the first is from the ctx register, the rest
# from the destination register; ("and", imm) is a 32-bit mask of the destination (bitfields).
# x86-64 Debian 6.1.192 layouts, each SEEN in an oracle xlated dump (tests/oracle/*/labels.json,
# tests/oracle/jit/results.jsonl: submitted insns vs xlated).
SKB_CTX = {0: [(BPF_W, 112)],          # __sk_buff.len       -> sk_buff.len
           4: [(BPF_B, 128), ("and", 7)],   # pkt_type   -> PKT_TYPE_OFFSET byte, & PKT_TYPE_MAX
           8: [(BPF_W, 168)],          # __sk_buff.mark      -> sk_buff.mark
           32: [(BPF_W, 140)],         # __sk_buff.priority  -> sk_buff.priority
           # cb[0..4]: skb->cb (40) + offsetof(qdisc_skb_cb, data) (8) + 4*i
           48: [(BPF_W, 48)], 52: [(BPF_W, 52)], 56: [(BPF_W, 56)], 60: [(BPF_W, 60)],
           64: [(BPF_W, 64)],
           76: [(BPF_DW, 208)],        # __sk_buff.data      -> sk_buff.data
           80: [(BPF_DW, 80)]}         # __sk_buff.data_end  -> cb's bpf_skb_data_end.data_end
# Loads of __sk_buff fields whose conversion is not a plain load chain, or is specific to the
# program type: field offset -> (user field size, builder(dst, src) -> insns). Each sequence
# is the xlated dump of a full-size load `dst = *(size *)(src + off)` with dst != src
# (tests/oracle/jit/ctx/ctxfields.bpf.c, labelled in tests/oracle/jit/ctx/results.jsonl);
# narrow loads of these fields are left unconverted. AX is the verifier's scratch register.
AX = BPF_REG_AX


def _ld(size, dst, src, off):
    return Insn.make(BPF_LDX | BPF_MEM | size, dst, src, off)


def _skb_shinfo_load(size, off):
    """dst = skb_shinfo(skb)->field: AX = skb->end; dst = skb->head; dst += AX; load."""
    return lambda d, s: [_ld(BPF_W, AX, s, 192), _ld(BPF_DW, d, s, 200),
                         Insn.make(BPF_ALU64 | BPF_ADD | BPF_X, d, AX), _ld(size, d, d, off)]


def _dev_ifindex(ifindex_off: int, null_check: bool):
    """__sk_buff.ifindex: skb->dev->ifindex (socket filters test skb->dev for NULL first)."""
    def seq(d, s):
        test = [Insn.make(BPF_JMP | BPF_JEQ | BPF_K, d, 0, 1, 0)] if null_check else []
        return [_ld(BPF_DW, d, s, 16)] + test + [_ld(BPF_W, d, d, ifindex_off)]
    return seq


def _napi_id(off: int):
    """__sk_buff.napi_id: 0 below MIN_NAPI_ID."""
    return lambda d, s: [_ld(BPF_W, d, s, off),
                         Insn.make(BPF_JMP | BPF_JGE | BPF_K, d, 0, 1, 0x2001),
                         Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, d, 0, 0, 0)]


NETDEV_IFINDEX = 216                                            # offsetof(net_device, ifindex)
SKB_CTX_SEQ = {
    12: (4, lambda d, s: [_ld(BPF_H, d, s, 124)]),              # queue_mapping
    16: (4, lambda d, s: [_ld(BPF_H, d, s, 180)]),              # protocol
    20: (4, lambda d, s: [_ld(BPF_B, d, s, 130),                # vlan_present (bit 0)
                          Insn.make(BPF_ALU | BPF_AND | BPF_K, d, 0, 0, 1)]),
    24: (4, lambda d, s: [_ld(BPF_H, d, s, 154)]),              # vlan_tci
    28: (4, lambda d, s: [_ld(BPF_H, d, s, 152)]),              # vlan_proto
    36: (4, lambda d, s: [_ld(BPF_W, d, s, 144)]),              # ingress_ifindex (skb_iif)
    40: (4, _dev_ifindex(NETDEV_IFINDEX, True)),               # ifindex: skb->dev may be NULL
    44: (4, lambda d, s: [_ld(BPF_H, d, s, 134)]),              # tc_index
    68: (4, lambda d, s: [_ld(BPF_W, d, s, 148)]),              # hash
    84: (4, _napi_id(156)),
    164: (4, _skb_shinfo_load(BPF_H, 6)),                       # gso_segs
    168: (8, lambda d, s: [_ld(BPF_DW, d, s, 24)]),             # sk
    176: (4, _skb_shinfo_load(BPF_H, 4)),                       # gso_size
}
# tc (sched_cls / sched_act: tc_cls_act_convert_ctx_access) differs or adds:
SKB_CTX_SEQ_TC = {
    **SKB_CTX_SEQ,
    40: (4, _dev_ifindex(NETDEV_IFINDEX, False)),              # ifindex, no NULL test
    72: (4, lambda d, s: [_ld(BPF_H, d, s, 46)]),               # tc_classid (qdisc_skb_cb)
    140: (4, lambda d, s: [_ld(BPF_DW, d, s, 72)]),             # data_meta
    152: (8, lambda d, s: [_ld(BPF_B, AX, s, 130),              # tstamp (0 if delivery-time mono)
                           Insn.make(BPF_ALU | BPF_AND | BPF_K, AX, 0, 0, 160),
                           Insn.make(BPF_JMP32 | BPF_JNE | BPF_K, AX, 0, 2, 160),
                           Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, d, 0, 0, 0),
                           Insn.make(BPF_JMP | BPF_JA, 0, 0, 1, 0),
                           _ld(BPF_DW, d, s, 32)]),
    160: (4, lambda d, s: [_ld(BPF_W, d, s, 40)]),              # wire_len
    180: (1, lambda d, s: [_ld(BPF_B, AX, s, 130),              # tstamp_type
                           Insn.make(BPF_JMP32 | BPF_JSET | BPF_K, AX, 0, 2, 0x20),
                           Insn.make(BPF_ALU | BPF_MOV | BPF_K, d, 0, 0, 0),
                           Insn.make(BPF_JMP | BPF_JA, 0, 0, 1, 0),
                           Insn.make(BPF_ALU | BPF_MOV | BPF_K, d, 0, 0, 1)]),
    184: (8, _skb_shinfo_load(BPF_DW, 16)),                     # hwtstamp
}
CTX_SEQ_TABLES = {"socket_filter": SKB_CTX_SEQ, "sched_cls": SKB_CTX_SEQ_TC,
                  "sched_act": SKB_CTX_SEQ_TC}

# Debian 6.12.95's sk_buff and net_device (tests/oracle/jit/ctx/results_6.12.jsonl): the fields
# after the removed vlan_present bit moved by 4, net_device.ifindex by 8; vlan_present is
# `vlan_all != 0` and the delivery-time type two bits at 129 ("net: remove skb->vlan_present",
# 6.3; tstamp_type as two bits, 6.11).
NETDEV_IFINDEX_612 = 224
SKB_CTX_SEQ_612 = {
    **SKB_CTX_SEQ,
    20: (4, lambda d, s: [_ld(BPF_W, d, s, 156),                # vlan_present: vlan_all != 0
                          Insn.make(BPF_JMP | BPF_JEQ | BPF_K, d, 0, 1, 0),
                          Insn.make(BPF_ALU | BPF_MOV | BPF_K, d, 0, 0, 1)]),
    24: (4, lambda d, s: [_ld(BPF_H, d, s, 158)]),              # vlan_tci
    28: (4, lambda d, s: [_ld(BPF_H, d, s, 156)]),              # vlan_proto
    36: (4, lambda d, s: [_ld(BPF_W, d, s, 148)]),              # ingress_ifindex (skb_iif)
    40: (4, _dev_ifindex(NETDEV_IFINDEX_612, True)),
    68: (4, lambda d, s: [_ld(BPF_W, d, s, 152)]),              # hash
    84: (4, _napi_id(160)),
}
SKB_CTX_SEQ_TC_612 = {
    **SKB_CTX_SEQ_TC, **SKB_CTX_SEQ_612,
    40: (4, _dev_ifindex(NETDEV_IFINDEX_612, False)),
    152: (8, lambda d, s: [_ld(BPF_B, AX, s, 129),              # tstamp (0 if delivery-time mono
                           Insn.make(BPF_JMP32 | BPF_JSET | BPF_K, AX, 0, 1, 4),   # at ingress)
                           Insn.make(BPF_JMP | BPF_JA, 0, 0, 4, 0),
                           Insn.make(BPF_JMP32 | BPF_JSET | BPF_K, AX, 0, 1, 3),
                           Insn.make(BPF_JMP | BPF_JA, 0, 0, 2, 0),
                           Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, d, 0, 0, 0),
                           Insn.make(BPF_JMP | BPF_JA, 0, 0, 1, 0),
                           _ld(BPF_DW, d, s, 32)]),
    180: (1, lambda d, s: [_ld(BPF_B, d, s, 129),               # tstamp_type: two bits
                           Insn.make(BPF_ALU | BPF_AND | BPF_K, d, 0, 0, 3)]),
}
# cgroup_skb (bpf_convert_ctx_access, like a socket filter) may also read __sk_buff's socket
# fields, loads through skb->sk (sk_buff.sk at 24 on both kernels) of struct sock_common
# fields (tests/oracle/fidelity/sock/skbsock.c), and tstamp as tc reads it
SKB_SK = 24
CGROUP_SKB_CTX = {**SKB_CTX,
                  88: [(BPF_DW, SKB_SK), (BPF_H, 16)],          # family     -> skc_family
                  92: [(BPF_DW, SKB_SK), (BPF_W, 0)],           # remote_ip4 -> skc_daddr
                  96: [(BPF_DW, SKB_SK), (BPF_W, 4)],           # local_ip4  -> skc_rcv_saddr
                  **{100 + 4 * i: [(BPF_DW, SKB_SK), (BPF_W, 56 + 4 * i)] for i in range(4)},
                  **{116 + 4 * i: [(BPF_DW, SKB_SK), (BPF_W, 72 + 4 * i)] for i in range(4)},
                  136: [(BPF_DW, SKB_SK), (BPF_H, 14)]}         # local_port -> skc_num
# remote_port: skc_dport shifted up 16 bits; a narrow load is converted on the u32 and then
# narrowed against target_size 2 (so a u16 load is not masked)
_REMOTE_PORT = (4, lambda d, s: [_ld(BPF_DW, d, s, SKB_SK), _ld(BPF_H, d, d, 12),
                                 Insn.make(BPF_ALU | BPF_LSH | BPF_K, d, 0, 0, 16)], 2)
# __sk_buff fields no oracle dump shows (the kernel rejects them in socket_filter and tc, or
# they belong to other program types' ctx rules): left UNCONVERTED by xlate.
SKB_CTX_UNOBSERVED = {88: "family", 92: "remote_ip4", 96: "local_ip4", 100: "remote_ip6",
                      116: "local_ip6", 132: "remote_port", 136: "local_port", 144: "flow_keys"}
XDP_CTX = {0: [(BPF_DW, 0)],           # xdp_md.data         -> xdp_buff.data
           4: [(BPF_DW, 8)],           # xdp_md.data_end     -> xdp_buff.data_end
           8: [(BPF_DW, 16)],          # xdp_md.data_meta    -> xdp_buff.data_meta
           12: [(BPF_DW, 32), (BPF_DW, 0), (BPF_W, NETDEV_IFINDEX)],   # rxq->dev->ifindex
           16: [(BPF_DW, 32), (BPF_W, 8)]}                  # rx_queue_index: rxq->queue_index
XDP_CTX_UNOBSERVED = {20: "egress_ifindex"}                 # devmap programs only
CTX_TABLES = {"socket_filter": SKB_CTX, "sched_cls": SKB_CTX, "sched_act": SKB_CTX,
              "cgroup_skb": CGROUP_SKB_CTX, "xdp": XDP_CTX}
XDP_CTX_612 = {**XDP_CTX, 12: [(BPF_DW, 32), (BPF_DW, 0), (BPF_W, NETDEV_IFINDEX_612)]}
TSTAMP = 152
# each kernel's (load chains, load sequences) by program type
CTX_CONVERSIONS = {
    "6.1": (CTX_TABLES, {**CTX_SEQ_TABLES, "cgroup_skb": {
        **SKB_CTX_SEQ, 132: _REMOTE_PORT, TSTAMP: SKB_CTX_SEQ_TC[TSTAMP]}}),
    "6.12": ({**CTX_TABLES, "xdp": XDP_CTX_612},
             {"socket_filter": SKB_CTX_SEQ_612, "sched_cls": SKB_CTX_SEQ_TC_612,
              "sched_act": SKB_CTX_SEQ_TC_612, "cgroup_skb": {
                  **SKB_CTX_SEQ_612, 132: _REMOTE_PORT, TSTAMP: SKB_CTX_SEQ_TC_612[TSTAMP]}}),
}


# Loads through a socket pointer (convert_ctx_accesses by insn_aux_data's ptr_type): pointer
# type -> user field offset -> builder(dst, src). bpf_xdp_sock_convert_ctx_access: queue_id is
# xdp_sock's u16 at 0x370 (both kernels' dumps: tests/oracle/engines maps_redirect.c).
XDP_SOCK_QUEUE_ID = 0x370
XDP_SOCK_CONVERSIONS = {0: lambda d, s: [_ld(BPF_H, d, s, XDP_SOCK_QUEUE_ID)]}

# bpf_sock_convert_ctx_access (a cgroup_sock program's ctx, PTR_TO_SOCKET, PTR_TO_SOCK_COMMON):
# struct bpf_sock field offset -> (load size, offset in struct sock, target_size). struct
# sock_common (the first 136 bytes of every socket) is the same on both kernels; struct sock's
# own fields moved in 6.12. Debian's x86-64 layouts (vmlinux BTF), checked against the oracle's
# xlated dumps of tests/oracle/fidelity/sock.
_SOCK_COMMON = {0: (BPF_W, 20, 4),          # bound_dev_if -> skc_bound_dev_if
                4: (BPF_H, 16, 2),          # family       -> skc_family
                24: (BPF_W, 4, 4),          # src_ip4      -> skc_rcv_saddr
                **{28 + 4 * i: (BPF_W, 72 + 4 * i, 4) for i in range(4)},    # skc_v6_rcv_saddr
                44: (BPF_H, 14, 2),         # src_port     -> skc_num
                48: (BPF_H, 12, 2),         # dst_port     -> skc_dport
                52: (BPF_W, 0, 4),          # dst_ip4      -> skc_daddr
                **{56 + 4 * i: (BPF_W, 56 + 4 * i, 4) for i in range(4)},    # skc_v6_daddr
                72: (BPF_B, 18, 1)}         # state        -> skc_state
SOCK_RX_QUEUE_MAPPING = 122                 # sock_common's skc_rx_queue_mapping (u16)
NO_QUEUE_MAPPING = 0xFFFF
BPF_SOCK_RX_QUEUE = SOCK_OFF["rx_queue_mapping"]
# rx_queue_mapping, as the dumps show it: 6.1 writes NO_QUEUE_MAPPING as a 32-bit -1 and narrows
# a u8/u16 load from the u32; 6.12.95 writes a 64-bit -1 and narrows from a u16 (a u16 load is
# the field itself, a u8 one masked) — unlike the extracted 6.12 source (MOV32, u32 field)
RX_QUEUE_MAPPING_612 = {"6.1": False, "6.12": True}
BPF_SOCK_FIELDS = {
    "6.1": {**_SOCK_COMMON, 8: (BPF_H, 514, 2), 12: (BPF_H, 516, 2),   # sk_type, sk_protocol
            16: (BPF_W, 452, 4), 20: (BPF_W, 448, 4)},                 # sk_mark, sk_priority
    "6.12": {**_SOCK_COMMON, 8: (BPF_H, 572, 2), 12: (BPF_H, 574, 2),
             16: (BPF_W, 524, 4), 20: (BPF_W, 520, 4)},
}
BPF_SOCK_WRITABLE = tuple(f.offset for f in CGROUP_SOCK.fields if f.writable)   # STX (6.12: ST too)

# bpf_tcp_sock_convert_ctx_access: struct bpf_tcp_sock field (spec/ctx.py BPF_TCP_SOCK) -> its
# offset in struct tcp_sock; rtt_min is rtt_min.s[0].v, icsk_retransmits inet_connection_sock's.
_TCP_SOCK_OFFSETS = {
    "6.1": (1776, 1672, 1696, 1772, 1464, 1476, 1508, 1580, 1734, 1840, 1844, 1716, 1720, 2144,
            1456, 1460, 1480, 1484, 1864, 1868, 1448, 1496, 1504, 1808, 1812, 1281),
    "6.12": (1452, 1728, 1508, 1536, 1712, 1716, 1720, 1448, 1688, 1812, 1816, 1732, 1492, 2216,
             1792, 1796, 1600, 1604, 1460, 1464, 1784, 1840, 1880, 1740, 1744, 1241),
}
# the load of the kernel field: its width (a u64 counter, a u8 behind a u32 field, else u32)
_TCP_SOCK_LOAD = {f.offset: BPF_DW if f.size == 8 else BPF_B if f.bits == 8 else BPF_W
                  for f in BPF_TCP_SOCK.fields}
# struct bpf_tcp_sock field offset -> (load size, offset in struct tcp_sock), per kernel
BPF_TCP_SOCK_FIELDS = {k: {f.offset: (_TCP_SOCK_LOAD[f.offset], koff)
                           for f, koff in zip(BPF_TCP_SOCK.fields, offs, strict=True)}
                       for k, offs in _TCP_SOCK_OFFSETS.items()}


# sock_ops_convert_ctx_access: struct bpf_sock_ops (spec/ctx.py SOCK_OPS) read from the
# kernel's struct bpf_sock_ops_kern (the same on both kernels, vmlinux BTF): the socket, the
# reply words, the skb of the TCP header options, op, is_fullsock, and `temp`, where a
# borrowed scratch register is saved
SOCK_OPS_KERN = {"sk": 0, "reply": 8, "skb": 32, "skb_data_end": 40, "op": 48, "is_fullsock": 49,
                 "temp": 56}
# the sock_ops fields read from struct sock_common through sk, by the struct bpf_sock field
# holding the same value (_SOCK_COMMON); remote_port is the __be16 moved up 16 bits
_SOCK_OPS_COMMON = {"family": ("family", 0), "remote_ip4": ("dst_ip4", 0), "local_ip4": ("src_ip4", 0),
                    **{f"remote_ip6_{k}": ("dst_ip6", 4 * k) for k in range(4)},
                    **{f"local_ip6_{k}": ("src_ip6", 4 * k) for k in range(4)},
                    "remote_port": ("dst_port", 0), "local_port": ("src_port", 0),
                    "state": ("state", 0)}
SKB_CB = 40                    # offsetof(sk_buff, cb): struct tcp_skb_cb in TCP's receive path
TCP_SKB_CB_TCP_FLAGS = 12      # offsetof(tcp_skb_cb, tcp_flags), a u8


@dataclass(frozen=True)
class SockOpsKernel:
    """What sock_ops_convert_ctx_access differs in per kernel (Debian's builds, vmlinux BTF and
    the oracle's dumps of tests/oracle/engines/sockops): the two fields outside struct
    bpf_tcp_sock (tcp_sock.bpf_sock_ops_cb_flags, a u8, and sock.sk_txhash); whether a load
    with dst == src zeroes dst without a full socket (6.12.95 restores the scratch register and
    leaves the ctx pointer in dst); whether rtt_min is read behind the is_fullsock test
    (6.12.95 loads sk->rtt_min.s[0].v from any socket)."""
    cb_flags: int
    sk_txhash: int
    same_reg_zeroes: bool
    rtt_min_fullsock: bool


SOCK_OPS_KERNELS = {"6.1": SockOpsKernel(2164, 508, True, True),
                    "6.12": SockOpsKernel(2248, 564, False, False)}

def narrowed(out: list[Insn], dst: int, shift_bytes: int, size: int) -> list[Insn]:
    """convert_ctx_accesses' tail for a load narrower than the kernel field it was converted
    to: shift the wanted bytes down (little endian), then mask to the load's size."""
    if shift_bytes:
        out.append(Insn.make(BPF_ALU | BPF_RSH | BPF_K, dst, 0, 0, shift_bytes * 8))
    out.append(Insn.make(BPF_ALU | BPF_AND | BPF_K, dst, 0, 0, (1 << size * 8) - 1))
    return out


def bpf_sock_convert(ins: Insn, kernel: str) -> Optional[list[Insn]]:
    """convert_ctx_accesses + bpf_sock_convert_ctx_access for one access at user offset
    ins.off: a narrower load is widened to its ctx_field_size at the aligned offset, converted,
    then shifted and masked when still narrower than the kernel field (target_size)."""
    fields = BPF_SOCK_FIELDS[kernel]
    d, s, off, size = ins.dst, ins.src, ins.off, ins.size_bytes
    if ins.cls in (BPF_ST, BPF_STX):
        return [ins.with_(off=fields[off][1])] if off in BPF_SOCK_WRITABLE and size == 4 else None
    cfs = bpf_sock_ctx_field_size(off, size, RX_QUEUE_MAPPING_612[kernel])
    narrower = size < cfs
    at = off & ~(cfs - 1) if narrower else off
    if at == BPF_SOCK_RX_QUEUE:                  # -1 for NO_QUEUE_MAPPING
        mov = BPF_ALU64 if RX_QUEUE_MAPPING_612[kernel] else BPF_ALU
        out = [_ld(BPF_H, d, s, SOCK_RX_QUEUE_MAPPING),
               Insn.make(BPF_JMP | BPF_JNE | BPF_K, d, 0, 1, NO_QUEUE_MAPPING),
               Insn.make(mov | BPF_MOV | BPF_K, d, 0, 0, -1)]
        target = 4
    elif at in fields:
        sz, koff, target = fields[at]
        out = [_ld(sz, d, s, koff)]
    else:
        return None
    return narrowed(out, d, off & (cfs - 1), size) if narrower and size < target else out


def _scratch_reg(dst: int, src: int) -> int:
    """The register SOCK_OPS_GET_FIELD / SET_FIELD borrow: r9, else r8, else r7."""
    reg = 9
    for _ in range(2):
        if reg in (dst, src):
            reg -= 1
    return reg


def _sock_ops_get(d: int, s: int, load: Optional[tuple], k: SockOpsKernel) -> list[Insn]:
    """SOCK_OPS_GET_FIELD (`load` = (size, offset) of the field behind sk) / SOCK_OPS_GET_SK
    (`load` None): sk, then the field, only with a full socket, else dst is is_fullsock's 0.
    With dst == src the test needs another register: the scratch one, saved in temp."""
    kern = SOCK_OPS_KERN
    body = [_ld(BPF_DW, d, s, kern["sk"])] + ([_ld(load[0], d, d, load[1])] if load else [])
    if d != s:
        return [_ld(BPF_B, d, s, kern["is_fullsock"]),
                Insn.make(BPF_JMP | BPF_JEQ | BPF_K, d, 0, len(body), 0)] + body
    reg = _scratch_reg(d, s)
    restore = _ld(BPF_DW, reg, s, kern["temp"])
    skip = [restore] + ([Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, d, 0, 0, 0)] if k.same_reg_zeroes else [])
    return [Insn.make(BPF_STX | BPF_MEM | BPF_DW, s, reg, kern["temp"]),
            _ld(BPF_B, reg, s, kern["is_fullsock"]),
            Insn.make(BPF_JMP | BPF_JEQ | BPF_K, reg, 0, len(body) + 2, 0),
            restore, *body, Insn.make(BPF_JMP | BPF_JA, 0, 0, len(skip), 0), *skip]


def _sock_ops_set(ins: Insn, koff: int) -> list[Insn]:
    """SOCK_OPS_SET_FIELD: the store through sk into `koff`, only with a full socket; dst stays
    the ctx, so the scratch register carries is_fullsock and sk (saved in temp around it)."""
    d, kern = ins.dst, SOCK_OPS_KERN
    reg = _scratch_reg(d, ins.src)
    return [Insn.make(BPF_STX | BPF_MEM | BPF_DW, d, reg, kern["temp"]),
            _ld(BPF_B, reg, d, kern["is_fullsock"]),
            Insn.make(BPF_JMP | BPF_JEQ | BPF_K, reg, 0, 2, 0),
            _ld(BPF_DW, reg, d, kern["sk"]),
            ins.with_(dst=reg, off=koff),
            _ld(BPF_DW, reg, d, kern["temp"])]


def _sock_ops_tcp_field(name: str, kernel: str) -> tuple:
    """(load size, offset) of a sock_ops field read through sk behind is_fullsock."""
    k = SOCK_OPS_KERNELS[kernel]
    if name == "bpf_sock_ops_cb_flags":
        return BPF_B, k.cb_flags
    if name == "sk_txhash":
        return BPF_W, k.sk_txhash
    return BPF_TCP_SOCK_FIELDS[kernel][BPF_TCP_SOCK.field(name).offset]


def sock_ops_convert(ins: Insn, off: int, kernel: str) -> Optional[list[Insn]]:
    """convert_ctx_accesses + sock_ops_convert_ctx_access for one access at ctx offset `off`.
    sock_ops_is_valid_access allows whole fields only (skb_tcp_flags also narrower, converted
    the same: its target is a u8) and writes to reply and sk_txhash."""
    f = SOCK_OPS.field_at(off)
    if f is None or off != f.offset or (ins.size_bytes != f.size and not f.narrow):
        return None
    d, s, kern, k = ins.dst, ins.src, SOCK_OPS_KERN, SOCK_OPS_KERNELS[kernel]
    reply = SOCK_OPS.field("reply").offset
    if ins.cls in (BPF_ST, BPF_STX):
        if not f.writable:
            return None
        return [ins.with_(off=kern["reply"])] if off == reply else \
            _sock_ops_set(ins, _sock_ops_tcp_field(f.name, kernel)[1])
    if f.name in _SOCK_OPS_COMMON:
        name, at = _SOCK_OPS_COMMON[f.name]
        size, koff, _target = _SOCK_COMMON[SOCK_OFF[name] + at]
        out = [_ld(BPF_DW, d, s, kern["sk"]), _ld(size, d, d, koff)]
        return out + [Insn.make(BPF_ALU | BPF_LSH | BPF_K, d, 0, 0, 16)] if f.shift else out
    if f.needs == "is_fullsock":
        load = _sock_ops_tcp_field(f.name, kernel)
        if f.name == "rtt_min" and not k.rtt_min_fullsock:
            return [_ld(BPF_DW, d, s, kern["sk"]), _ld(load[0], d, d, load[1])]
        return _sock_ops_get(d, s, load, k)
    if f.name == "sk":
        return _sock_ops_get(d, s, None, k)
    if f.name.startswith("reply"):                      # reply, replylong1..3
        return [_ld(BPF_W, d, s, kern["reply"] + off - reply)]
    if f.name in ("op", "is_fullsock", "skb_data_end"):
        return [_ld(BPF_B if f.name != "skb_data_end" else BPF_DW, d, s, kern[f.name])]
    skb_load = {"skb_data": SKB_CTX[SKB_DATA_OFF][0], "skb_len": SKB_CTX[SK_BUFF.field("len").offset][0],
                "skb_tcp_flags": (BPF_B, SKB_CB + TCP_SKB_CB_TCP_FLAGS)}.get(f.name)
    if skb_load is None:
        return None
    return [_ld(BPF_DW, d, s, kern["skb"]), Insn.make(BPF_JMP | BPF_JEQ | BPF_K, d, 0, 1, 0),
            _ld(skb_load[0], d, d, skb_load[1])]


def sock_pointer_convert(ptr_type: str, ins: Insn, kernel: str) -> Optional[list[Insn]]:
    """A load the verifier typed through a socket pointer (insn_aux_data's ptr_type)."""
    if ptr_type == "xdp_sock":
        conv = XDP_SOCK_CONVERSIONS.get(ins.off)
        return conv and conv(ins.dst, ins.src)
    if ptr_type == "tcp_sock":
        f = BPF_TCP_SOCK_FIELDS[kernel].get(ins.off)
        return f and [_ld(f[0], ins.dst, ins.src, f[1])]
    return bpf_sock_convert(ins, kernel)


SOCK_POINTERS = ("sock", "sock_common", "tcp_sock", "xdp_sock")


PKT = "pkt"
SKB_DATA_OFF = SK_BUFF.field("data").offset    # loads of __sk_buff.data give packet pointers


def ctx_pointers(insns: list[Insn], direct_write: Optional[list] = None) -> dict[int, int]:
    """insn index -> offset of the ctx pointer in the base register of the load/store, for
    every memory access through a ctx pointer (the kernel's insn_aux_data[].ptr_type == PTR_TO_CTX).
    Dataflow from R1 at the main entry through moves, constant adds and 8-byte stack spills.
    Packet pointers (loaded from __sk_buff.data) are followed too: a store through one is the
    verifier's `seen_direct_write`, reported by appending True to `direct_write`."""
    slots = slot_offsets(insns)
    at_slot = {sl: i for i, sl in enumerate(slots)}
    n = len(insns)
    TOP = "top"

    def j1(a, b):
        return a if a == b else TOP

    state = {0: (tuple([None, 0] + [None] * 14), frozenset())}   # every 4-bit register field
    work, res = [0], {}
    while work:
        i = work.pop()
        regs, stack = state[i]
        regs, stk = list(regs), dict(stack)
        ins = insns[i]
        succ = [i + 1]
        if ins.cls == BPF_ALU64 and ins.code == BPF_MOV and ins.source == BPF_X:
            regs[ins.dst] = regs[ins.src]
        elif ins.cls == BPF_ALU64 and ins.code == BPF_ADD and ins.source == BPF_K \
                and isinstance(regs[ins.dst], int):
            regs[ins.dst] += ins.imm
        elif ins.cls == BPF_ALU64 and ins.code == BPF_SUB and ins.source == BPF_K \
                and isinstance(regs[ins.dst], int):
            regs[ins.dst] -= ins.imm
        elif ins.cls == BPF_ALU64 and ins.code in (BPF_ADD, BPF_SUB) and regs[ins.dst] == PKT:
            pass
        elif ins.cls in (BPF_ALU, BPF_ALU64) or ins.is_wide:
            regs[ins.dst] = None
        elif ins.cls == BPF_LDX:
            base = regs[ins.src]
            if isinstance(base, int):
                res[i] = base if res.get(i, base) == base else TOP
            regs[ins.dst] = stk.get(ins.off) if ins.src == 10 and ins.size == BPF_DW else None
            if isinstance(base, int) and base + ins.off == SKB_DATA_OFF:
                regs[ins.dst] = PKT
        elif ins.cls in (BPF_ST, BPF_STX):
            if regs[ins.dst] == PKT and direct_write is not None:
                direct_write.append(True)
            if isinstance(regs[ins.dst], int) and ins.mode == BPF_MEM:
                res[i] = regs[ins.dst] if res.get(i, regs[ins.dst]) == regs[ins.dst] else TOP
            if ins.dst == 10:
                for k in [k for k in stk if k < ins.off + ins.size_bytes and ins.off < k + 8]:
                    del stk[k]
                if ins.cls == BPF_STX and ins.mode == BPF_MEM and ins.size == BPF_DW \
                        and regs[ins.src] is not None:
                    stk[ins.off] = regs[ins.src]
            if ins.cls == BPF_STX and ins.mode != BPF_MEM and ins.imm & 1:
                regs[ins.src if ins.imm != 0xF1 else 0] = None
        elif ins.cls == BPF_LD:
            for r in range(6):
                regs[r] = None
        elif ins.is_exit:
            succ = []
        elif ins.is_call:
            if ins.is_pseudo_call:              # the callee's frame gets R1-R5 (ctx passed on)
                callee = at_slot.get(slots[i] + 1 + ins.imm)
                if callee is not None:
                    cin = tuple([None] + regs[1:6] + [None] * 10)
                    old = state.get(callee)
                    new = (cin, frozenset()) if old is None else \
                        (tuple(j1(a, b) for a, b in zip(old[0], cin)), frozenset())
                    if new != old:
                        state[callee] = new
                        work.append(callee)
            for r in range(6):
                regs[r] = None
        elif ins.is_ja:
            succ = [at_slot.get(slots[i] + 1 + ins.jump_offset(), n)]
        elif ins.is_jmp:
            succ = [i + 1, at_slot.get(slots[i] + 1 + ins.off, n)]
        out = (tuple(regs), frozenset(stk.items()))
        for j in succ:
            if j >= n:
                continue
            old = state.get(j)
            if old is None:
                new = out
            else:
                r = tuple(j1(a, b) for a, b in zip(old[0], out[0]))
                da, db = dict(old[1]), dict(out[1])
                new = (r, frozenset((k, j1(da[k], db[k])) for k in set(da) & set(db)))
            if new != old:
                state[j] = new
                work.append(j)
    return {i: o for i, o in res.items() if o != TOP}


def _reads_src_late(seq, dst: int) -> bool:
    """Whether the sequence reads its source register after it first wrote dst (it then
    cannot be used with dst == src as it is; built with a stand-in source to see)."""
    stand_in = 15
    written = False
    for ins in seq(dst, stand_in):
        if written and stand_in in (ins.src, ins.dst):
            return True
        written = written or ins.dst == dst
    return False


def _convert_ctx_seq(seq: tuple, ins: Insn, off: int) -> Optional[list[Insn]]:
    """A load of a field converted by a sequence: (user size, builder[, target_size]). A load
    of the full field, or, with a target size, a narrower one of the u32 (converted at the
    field's start, then narrowed)."""
    size = ins.size_bytes
    if ins.dst == ins.src and _reads_src_late(seq[1], ins.dst):
        return None
    if size == seq[0]:
        return seq[1](ins.dst, ins.src)
    if len(seq) < 3 or size > seq[0]:
        return None
    out = seq[1](ins.dst, ins.src)
    return narrowed(out, ins.dst, off & (seq[0] - 1), size) if size < seq[2] else out


def _convert_ctx_access(table: dict, ins: Insn, off: int) -> Optional[list[Insn]]:
    """The kernel loads for one ctx access (narrow loads: full field, then shift and mask)."""
    base = None
    for fo, chain in table.items():
        if fo <= off < fo + 4:                  # every modelled user field is a u32
            base = (fo, chain, 4)
            break
    if base is None:
        return None
    fo, chain, ufsize = base
    size = ins.size_bytes
    if ins.cls == BPF_LDX:
        out = []
        reg = ins.src
        target_size = ufsize
        for sz, o in chain:
            if sz == "and":
                out.append(Insn.make(BPF_ALU | BPF_AND | BPF_K, ins.dst, 0, 0, o))
                continue
            out.append(Insn.make(BPF_LDX | BPF_MEM | sz, ins.dst, reg, o))
            reg = ins.dst
            target_size = SIZE_BYTES[sz]
        # convert_ctx_accesses narrows a narrow load only if `size < target_size` (the kernel
        # field's size): a narrow load of the 1-byte pkt_type, at any offset inside the u32,
        # is the same byte load
        return narrowed(out, ins.dst, off - fo, size) if size < ufsize and size < target_size \
            else out
    if len(chain) == 1 and size == ufsize and chain[0][0] == BPF_W:                  # stores: plain fields only
        return [ins.with_(off=chain[0][1])]
    return None


CLONED_OFFSET, CLONED_MASK = 126, 1    # sk_buff's `cloned` bit (byte offset, mask)
TC_ACT_SHOT = 2


def bpf_unclone_prologue(first: Insn, drop_verdict: int) -> list[Insn]:
    """tc_cls_act_prologue with seen_direct_write: un-clone the skb before the program may
    write packet data (`bpf_skb_pull_data(skb, 0)`, drop on failure), then the first insn."""
    return [Insn.make(BPF_LDX | BPF_MEM | BPF_B, 6, 1, CLONED_OFFSET),
            Insn.make(BPF_ALU | BPF_AND | BPF_K, 6, 0, 0, CLONED_MASK),
            Insn.make(BPF_JMP | BPF_JEQ | BPF_K, 6, 0, 7, 0),
            Insn.make(BPF_ALU64 | BPF_MOV | BPF_X, 6, 1),
            Insn.make(BPF_ALU64 | BPF_XOR | BPF_X, 2, 2),
            call_insn("bpf_skb_pull_data", HELPER_IDS["bpf_skb_pull_data"]),
            Insn.make(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 2, 0),
            Insn.make(BPF_ALU | BPF_MOV | BPF_K, 0, 0, 0, drop_verdict),
            Insn.make(BPF_JMP | BPF_EXIT),
            Insn.make(BPF_ALU64 | BPF_MOV | BPF_X, 1, 6),
            first]


def sanitize_stack_spill(p: "XlatedProg") -> None:
    """convert_ctx_accesses' Spectre v4 barrier: a stack write the verifier marked
    sanitize_stack_spill (unprivileged, a pointer spilled or a slot not yet MISC/ZERO) is
    followed by `nospec` (BPF_ST_NOSPEC)."""
    nospec = Insn.make(BPF_ST | BPF_NOSPEC)
    p.patch_many({i: [ins, nospec] for i, ins in enumerate(p.insns)
                  if ins.cls in (BPF_ST, BPF_STX) and ins.mode == BPF_MEM and
                  (p.aux[i] or {}).get("sanitize_stack_spill")})


def convert_ctx_accesses(prog: Program, p: "XlatedProg", kernel: str = "6.1") -> None:
    """Every ctx access of the program type's table, and every load the verifier typed through
    a socket pointer (insn_aux_data's ptr_type, carried in `p.aux`)."""
    tables, seq_tables = CTX_CONVERSIONS[kernel]
    table = tables.get(prog.prog_type)
    sock_ctx = prog.prog_type == "cgroup_sock"
    sock_ops = prog.prog_type == "sock_ops"
    socks = {i: a["sock"] for i, a in enumerate(p.aux or []) if a and a.get("sock") in SOCK_POINTERS}
    if table is None and not sock_ctx and not sock_ops and not socks:
        return
    direct_write: list = []
    accesses = ctx_pointers(p.insns, direct_write) if table is not None or sock_ctx or sock_ops else {}
    orig = list(p.insns)
    shift, patches = 0, {}
    if direct_write and prog.prog_type in ("sched_cls", "sched_act"):
        pro = bpf_unclone_prologue(p.insns[0], TC_ACT_SHOT)
        p.patch(0, pro)
        shift = len(pro) - 1
    for i, ins in enumerate(orig):
        if i in socks:
            new = sock_pointer_convert(socks[i], ins, kernel)
        elif i not in accesses:
            continue
        elif sock_ctx:
            new = bpf_sock_convert(ins.with_(off=accesses[i] + ins.off), kernel)
        elif sock_ops:
            new = sock_ops_convert(ins, accesses[i] + ins.off, kernel)
        else:
            off = accesses[i] + ins.off
            seqs = seq_tables.get(prog.prog_type, {})
            seq = seqs.get(off, seqs.get(off & ~3) if ins.size_bytes < 4 else None)
            new = _convert_ctx_seq(seq, ins, off) if seq is not None and ins.cls == BPF_LDX \
                else None
            if new is None:
                new = _convert_ctx_access(table, ins, off)
        if new is None:
            continue
        if len(new) == 1:
            p.insns[i + shift] = new[0]
        else:
            patches[i + shift] = new
    p.patch_many(patches)
