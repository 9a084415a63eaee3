"""Context layouts: what `R1` points to at program entry, per program type.

Why data-driven: the concrete executor builds the context region from these tables and the
symbolic engine reuses them to model context loads, so both read the same offsets, sizes and
pointer fields. Offsets are the UAPI ones (`struct __sk_buff`, `struct xdp_md` in 6.1's
linux/bpf.h); pointer fields are 32-bit in the UAPI struct but load a full 64-bit pointer,
because the verifier rewrites the access into a load of `skb->data` etc. (convert_ctx_access).

What the program sees (oracle README, example h): socket filters, cgroup_skb and lwt programs
run with the 14-byte Ethernet header already pulled (skb->len = frame length - 14, LD_ABS offset 0
is the first network-header byte); tc (sched_cls/sched_act) and xdp see the whole frame.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

from bpfsmt.spec.errno import EINVAL
from bpfsmt.spec.isa import CONCRETE

ETH_HLEN = 14

# BPF_PROG_TEST_RUN's default input in the oracle (README "Default packet"): Ethernet + IPv4 + UDP.
DEFAULT_PACKET = bytes.fromhex(
    "020000000002020000000001080045000032000040004011"
    "26b90a0000010a0000023039d431001e0000000102030405"
    "060708090a0b0c0d0e0f101112131415")
assert len(DEFAULT_PACKET) == 64


@dataclass(frozen=True)
class CtxField:
    """One field of a context struct.

    kind: "scalar" (plain bytes), or a pointer the executor fills in: "pkt_data", "pkt_end",
    "pkt_meta" (packet pointers), "sock" (the socket of the ctx, a struct bpf_sock of inputs:
    NULL when the field's input bytes are 0), "sock_or_null" (the same, NULL without a full
    socket: is_fullsock), "flow_keys" (a pointer bpfsmt does not model: load 0).
    source: how the executor fills a scalar field: "input" (from ExecInputs.ctx, default 0),
    "len" (length of the packet the program sees), "protocol" (the EtherType bytes as the
    kernel stores them, i.e. big-endian in a u32), "ifindex" (1, the loopback device the
    test run uses, unless the input sets it), "pkt_type" (what eth_type_trans() derives from
    the destination MAC against lo's all-zero address: see `pkt_type_of`).
    bits: the width of the kernel value the field is converted from (bpf_convert_ctx_access
    loads e.g. the 3-bit skb->pkt_type or the u16 skb->tc_index), 0 = the whole field: an input
    value is cut to it in both engines, so no counterexample needs a value the kernel cannot
    produce. shift: where those bits sit (sock_ops' remote_port is the __be16 moved up 16).
    needs: the field reads 0 unless the field of that name is non-zero (sock_ops reads the
    tcp_sock fields only with a full socket, is_fullsock).
    narrow: a read narrower than the field is allowed (the verifier's narrow ctx access).
    """
    name: str
    offset: int
    size: int
    kind: str = "scalar"
    source: str = "input"
    writable: bool = False
    bits: int = 0
    shift: int = 0
    needs: str = ""
    narrow: bool = False

    @property
    def is_pointer(self) -> bool:
        return self.kind != "scalar"


@dataclass(frozen=True)
class CtxLayout:
    """A context struct: its size and fields. `raw` layouts are plain bytes (syscall ctx,
    raw tracepoint args, pt_regs): every in-bounds access is allowed and reads the input."""
    name: str
    size: int
    fields: tuple[CtxField, ...] = ()
    raw: bool = False

    def field_at(self, off: int) -> Optional[CtxField]:
        for f in self.fields:
            if f.offset <= off < f.offset + f.size:
                return f
        return None

    def field(self, name: str) -> CtxField:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def pointer_fields(self) -> list[CtxField]:
        return [f for f in self.fields if f.is_pointer]


def _f(name, off, size, kind="scalar", source="input", writable=False, bits=0, **kw):
    return CtxField(name, off, size, kind, source, writable, bits, **kw)


# struct __sk_buff (UAPI, 6.1), 192 bytes.
SK_BUFF = CtxLayout("__sk_buff", 192, (
    _f("len", 0, 4, source="len"),
    _f("pkt_type", 4, 4, source="pkt_type", bits=3),
    _f("mark", 8, 4, writable=True),
    _f("queue_mapping", 12, 4, writable=True, bits=16),
    _f("protocol", 16, 4, source="protocol"),
    _f("vlan_present", 20, 4, bits=1),
    _f("vlan_tci", 24, 4, bits=16),
    _f("vlan_proto", 28, 4, bits=16),
    _f("priority", 32, 4, writable=True),
    _f("ingress_ifindex", 36, 4),
    _f("ifindex", 40, 4, source="ifindex"),
    _f("tc_index", 44, 4, writable=True, bits=16),
    _f("cb", 48, 20, writable=True),
    _f("hash", 68, 4),
    _f("tc_classid", 72, 4, writable=True),
    _f("data", 76, 4, kind="pkt_data"),
    _f("data_end", 80, 4, kind="pkt_end"),
    _f("napi_id", 84, 4),
    _f("family", 88, 4, bits=16),
    _f("remote_ip4", 92, 4),
    _f("local_ip4", 96, 4),
    _f("remote_ip6", 100, 16),
    _f("local_ip6", 116, 16),
    _f("remote_port", 132, 4),
    _f("local_port", 136, 4, bits=16),
    _f("data_meta", 140, 4, kind="pkt_meta"),
    _f("flow_keys", 144, 8, kind="flow_keys"),
    _f("tstamp", 152, 8, writable=True),
    _f("wire_len", 160, 4),
    _f("gso_segs", 164, 4, bits=16),
    _f("sk", 168, 8, kind="sock"),
    _f("gso_size", 176, 4, bits=16),
    _f("tstamp_type", 180, 1, bits=2),
    _f("hwtstamp", 184, 8),
))

# struct xdp_md (UAPI, 6.1), 24 bytes.
XDP_MD = CtxLayout("xdp_md", 24, (
    _f("data", 0, 4, kind="pkt_data"),
    _f("data_end", 4, 4, kind="pkt_end"),
    _f("data_meta", 8, 4, kind="pkt_meta"),
    _f("ingress_ifindex", 12, 4, source="ifindex"),
    _f("rx_queue_index", 16, 4),
    _f("egress_ifindex", 20, 4),
))

PT_REGS = CtxLayout("pt_regs", 168, raw=True)      # x86-64 struct pt_regs: 21 u64
# struct bpf_perf_event_data: pt_regs regs; __u64 sample_period; __u64 addr (UAPI)
PERF_EVENT_DATA = CtxLayout("bpf_perf_event_data", 184, raw=True)
# struct bpf_sock (UAPI 6.1): what a socket pointer from bpf_sk_lookup_* or a socket map reads.
# Not a context: the fields are inputs of the run (helper_returns["socket:<n>"], byte values, for
# the n-th reference taken), cut to the kernel value each is converted from (sk_family,
# sk_type, sk_protocol, ports: u16; sk_state: u8; dst_port is __be16 followed by zero padding).
BPF_SOCK = CtxLayout("bpf_sock", 80, (
    _f("bound_dev_if", 0, 4), _f("family", 4, 4, bits=16), _f("type", 8, 4, bits=16),
    _f("protocol", 12, 4, bits=16), _f("mark", 16, 4), _f("priority", 20, 4),
    _f("src_ip4", 24, 4), _f("src_ip6", 28, 16), _f("src_port", 44, 4, bits=16),
    _f("dst_port", 48, 4, bits=16), _f("dst_ip4", 52, 4), _f("dst_ip6", 56, 16),
    _f("state", 72, 4, bits=8), _f("rx_queue_mapping", 76, 4),
))

# struct bpf_tcp_sock (UAPI 6.1), 112 bytes: what bpf_tcp_sock's result reads
# (bpf_tcp_sock_convert_ctx_access): u32 fields but the two u64 counters; ecn_flags and
# icsk_retransmits are u8 in the kernel. Like BPF_SOCK, the fields are inputs of the run.
BPF_TCP_SOCK = CtxLayout("bpf_tcp_sock", 112, (
    *(_f(name, 4 * k, 4, bits=8 if name == "ecn_flags" else 0) for k, name in enumerate(
        "snd_cwnd srtt_us rtt_min snd_ssthresh rcv_nxt snd_nxt snd_una mss_cache ecn_flags "
        "rate_delivered rate_interval_us packets_out retrans_out total_retrans segs_in "
        "data_segs_in segs_out data_segs_out lost_out sacked_out".split())),
    _f("bytes_received", 80, 8), _f("bytes_acked", 88, 8),
    _f("dsack_dups", 96, 4), _f("delivered", 100, 4), _f("delivered_ce", 104, 4),
    _f("icsk_retransmits", 108, 4, bits=8),
))


# a cgroup_sock program's ctx is the socket itself (bpf_sock_is_valid_access): every field reads
# the socket; bound_dev_if, mark and priority may be written
CGROUP_SOCK = CtxLayout("bpf_sock", BPF_SOCK.size, tuple(
    replace(f, writable=f.name in ("bound_dev_if", "mark", "priority")) for f in BPF_SOCK.fields))
SOCK_OFF = {f.name: f.offset for f in BPF_SOCK.fields}


def bpf_sock_ctx_field_size(off: int, size: int, rx_queue_u16: bool = False) -> int:
    """The ctx_field_size bpf_sock_is_valid_access records for a read at `off`: the verifier
    allows a narrow load up to it and convert_ctx_accesses widens the load to it (0: the field is
    read as a whole u32 only). dst_port (a __be16) may also be read as the u32 around it; so may
    rx_queue_mapping where the kernel narrows it from a u16 (`rx_queue_u16`)."""
    o = SOCK_OFF
    if o["dst_port"] <= off < o["dst_port"] + 2 or (rx_queue_u16 and off == o["rx_queue_mapping"]):
        return 4 if size == 4 else 2
    if off in (o["state"], o["family"], o["type"], o["protocol"], o["src_port"],
               o["rx_queue_mapping"]) or o["src_ip4"] <= off < o["src_port"] \
            or o["dst_ip4"] <= off < o["state"]:
        return 4
    return 0


def field_mask(f: CtxField) -> int:
    """The bits of a field's value its kernel value can set (all for bits=0)."""
    return ((1 << f.bits) - 1) << f.shift if f.bits else (1 << (8 * f.size)) - 1


def byte_mask(layout: CtxLayout, off: int) -> int:
    """The bits of byte `off` a field's kernel value can set (fields narrower than their slot)."""
    f = layout.field_at(off)
    if f is None:
        return 0xFF
    return (field_mask(f) >> (8 * (off - f.offset))) & 0xFF


def _tcp(name, off, size=4, bits=0, **kw):
    """A sock_ops field sock_ops_convert_ctx_access reads from the tcp_sock (or sock): 0 without
    a full socket (SOCK_OPS_GET_FIELD jumps over the load)."""
    return _f(name, off, size, bits=bits, needs="is_fullsock", **kw)


# struct bpf_sock_ops (UAPI 6.1), 216 bytes, as sock_ops_convert_ctx_access fills it: op is the
# u8 bpf_sock_ops_kern->op; args[4] / reply / replylong[4] are the kernel struct's own u32s
# (only reply may be written); the address fields come from the sock_common (family u16,
# state u8, local_port the host-order u16 skc_num, remote_port the __be16 skc_dport shifted up
# 16); is_fullsock is 0 or 1; the tcp_sock fields, sk_txhash and the sk pointer read 0 without a
# full socket (ecn_flags and bpf_sock_ops_cb_flags are u8 there); skb_data / skb_data_end
# bound the TCP header of the op's skb; skb_tcp_flags is the u8 tcp_skb_cb->tcp_flags and may
# be read narrow. sock_ops_is_valid_access allows u32 reads of the rest, u64 reads of the two
# counters and the pointers, and writes of reply and sk_txhash (u32).
SOCK_OPS = CtxLayout("bpf_sock_ops", 216, (
    _f("op", 0, 4, bits=8),
    _f("reply", 4, 4, writable=True),
    _f("replylong1", 8, 4), _f("replylong2", 12, 4), _f("replylong3", 16, 4),
    _f("family", 20, 4, bits=16),
    _f("remote_ip4", 24, 4), _f("local_ip4", 28, 4),
    *(_f(f"remote_ip6_{k}", 32 + 4 * k, 4) for k in range(4)),
    *(_f(f"local_ip6_{k}", 48 + 4 * k, 4) for k in range(4)),
    _f("remote_port", 64, 4, bits=16, shift=16),
    _f("local_port", 68, 4, bits=16),
    _f("is_fullsock", 72, 4, bits=1),
    _tcp("snd_cwnd", 76), _tcp("srtt_us", 80), _tcp("bpf_sock_ops_cb_flags", 84, bits=8),
    _f("state", 88, 4, bits=8),
    *(_tcp(name, 92 + 4 * k) for k, name in enumerate(
        "rtt_min snd_ssthresh rcv_nxt snd_nxt snd_una mss_cache".split())),
    _tcp("ecn_flags", 116, bits=8),
    *(_tcp(name, 120 + 4 * k) for k, name in enumerate(
        "rate_delivered rate_interval_us packets_out retrans_out total_retrans segs_in "
        "data_segs_in segs_out data_segs_out lost_out sacked_out".split())),
    _tcp("sk_txhash", 164, writable=True),
    _tcp("bytes_received", 168, 8), _tcp("bytes_acked", 176, 8),
    _f("sk", 184, 8, kind="sock_or_null"),
    _f("skb_data", 192, 8, kind="pkt_data"),
    _f("skb_data_end", 200, 8, kind="pkt_end"),
    _f("skb_len", 208, 4),
    _f("skb_tcp_flags", 212, 4, bits=8, narrow=True),
))

BPF_SOCK_OPS_ALL_CB_FLAGS = 0x7F       # uapi: every BPF_SOCK_OPS_*_CB_FLAG of 6.1 (and 6.12)


def sock_ops_cb_flags_set(D, full, argval, old):
    """bpf_sock_ops_cb_flags_set(ctx, argval) over a domain D of spec/isa: `full` (a domain
    Boolean) the ctx's socket is a full one, `argval` R2 (64 bits: the helper's int is its low
    32), `old` the 32-bit bpf_sock_ops_cb_flags field. Returns (R0, the field afterwards):
    -EINVAL and the field unchanged without a full socket, else the field becomes argval &
    BPF_SOCK_OPS_ALL_CB_FLAGS (what ctx->bpf_sock_ops_cb_flags reads from then on) and R0 the
    bits it does not know (an int, sign-extended)."""
    a32 = D.trunc(argval, 32)
    rest = D.sext(D.and_(a32, D.const(~BPF_SOCK_OPS_ALL_CB_FLAGS & 0xFFFFFFFF, 32), 32), 32, 64)
    return (D.ite(full, rest, D.const(-EINVAL & 0xFFFFFFFFFFFFFFFF)),
            D.ite(full, D.and_(a32, D.const(BPF_SOCK_OPS_ALL_CB_FLAGS, 32), 32), old))


RAW_ARGS = CtxLayout("u64_args", 64, raw=True)     # raw_tp / tracing / lsm: u64 args[]
SYSCALL = CtxLayout("syscall_ctx", 64, raw=True)   # syscall: whatever ctx_in the user passes


@dataclass(frozen=True)
class CtxSpec:
    """How a program type gets its context: the layout, whether it has a packet, and whether
    the Ethernet header is pulled before the program runs."""
    layout: CtxLayout
    packet: bool = False
    pull_eth: bool = False


_SKB_PULLED = CtxSpec(SK_BUFF, packet=True, pull_eth=True)
_SKB_L2 = CtxSpec(SK_BUFF, packet=True, pull_eth=False)

PROG_CTX: dict[str, CtxSpec] = {
    "socket_filter": _SKB_PULLED,
    "cgroup_skb": _SKB_PULLED,
    "lwt_in": _SKB_PULLED, "lwt_out": _SKB_PULLED, "lwt_xmit": _SKB_PULLED,
    "lwt_seg6local": _SKB_PULLED,
    "sched_cls": _SKB_L2,
    "sched_act": _SKB_L2,
    "sk_skb": _SKB_L2,
    "xdp": CtxSpec(XDP_MD, packet=True),
    "cgroup_sock": CtxSpec(CGROUP_SOCK),
    "sock_ops": CtxSpec(SOCK_OPS),
    "kprobe": CtxSpec(PT_REGS),
    "perf_event": CtxSpec(PERF_EVENT_DATA),
    "syscall": CtxSpec(SYSCALL),
    "raw_tracepoint": CtxSpec(RAW_ARGS),
    "raw_tracepoint_writable": CtxSpec(RAW_ARGS),
    "tracepoint": CtxSpec(RAW_ARGS),
    "tracing": CtxSpec(RAW_ARGS),
    "lsm": CtxSpec(RAW_ARGS),
    "struct_ops": CtxSpec(RAW_ARGS),
}


def ctx_spec(prog_type: str, args_size: Optional[int] = None) -> CtxSpec:
    """The context of a program type (plain bytes for types bpfsmt has no layout for); a
    BTF-typed tracing program's u64 arguments are `args_size` bytes (grammar.vmlinux's
    tracing_ctx_size, from the attach target's prototype)."""
    if args_size is not None:
        return CtxSpec(CtxLayout(RAW_ARGS.name, args_size, raw=True))
    return PROG_CTX.get(prog_type, CtxSpec(RAW_ARGS))


PACKET_HOST, PACKET_BROADCAST, PACKET_MULTICAST, PACKET_OTHERHOST = 0, 1, 2, 3


def pkt_type_of(frame: bytes) -> int:
    """skb->pkt_type after eth_type_trans() on the test-run device (lo, address 00:..:00):
    the oracle's default frame (dst 02:00:00:00:00:02) gives PACKET_OTHERHOST (3). lo's
    broadcast address is all zero too, so ff:ff:ff:ff:ff:ff is PACKET_MULTICAST (2), as the
    oracle shows; PACKET_BROADCAST never happens here."""
    return pkt_type_from(CONCRETE, list(bytes(frame[:6]).ljust(6, b"\0")))


def pkt_type_from(D, dst: list):
    """`pkt_type_of` over a spec/isa.py domain: `dst` the 6 destination-MAC bytes (8-bit)."""
    host = D.band(*[D.eq(b, D.const(0, 8)) for b in dst])
    multicast = D.ne(D.and_(dst[0], D.const(1, 8), 8), D.const(0, 8))
    return D.ite(host, D.const(PACKET_HOST, 32),
                 D.ite(multicast, D.const(PACKET_MULTICAST, 32), D.const(PACKET_OTHERHOST, 32)))


def packet_seen(spec: CtxSpec, frame: bytes) -> bytes:
    """The bytes at skb->data / xdp->data for a test-run frame."""
    if spec.pull_eth:
        return frame[ETH_HLEN:]
    return frame


def ctx_bytes(prog_type: str, **fields: int) -> bytes:
    """Context input bytes for `prog_type` with named fields set, e.g.
    `ctx_bytes("sched_cls", mark=7, priority=3)` (little-endian, zero elsewhere). Fields the
    executor computes itself (len, protocol, pkt_type, pointers) are ignored by it."""
    lay = ctx_spec(prog_type).layout
    buf = bytearray(lay.size)
    for name, value in fields.items():
        f = lay.field(name)
        buf[f.offset:f.offset + f.size] = (value & ((1 << (8 * f.size)) - 1)).to_bytes(f.size,
                                                                                        "little")
    return bytes(buf)
