"""Context access rules of 6.1 (`*_is_valid_access` per program type) for the verifier model.

Why only these: the model needs to say which ctx offsets a program type may load/store and which
loads yield packet pointers; field-by-field conversion to kernel structs (convert_ctx_accesses) is
not needed for the verdict. Offsets are those of the UAPI structs (__sk_buff, xdp_md, pt_regs).
"""
from __future__ import annotations

from bpfsmt.spec.ctx import (BPF_SOCK, BPF_TCP_SOCK, PT_REGS, SK_BUFF, SOCK_OFF as SOCK, SOCK_OPS,  # noqa: E402
                             XDP_MD, bpf_sock_ctx_field_size)

# One definition of the UAPI layouts (spec/ctx.py, shared with the executor and the lowering).
SKB = {f.name: f.offset for f in SK_BUFF.fields}
SKB_SIZE = SK_BUFF.size
XDP = {f.name: f.offset for f in XDP_MD.fields}
XDP_SIZE = XDP_MD.size
PT_REGS_SIZE = PT_REGS.size
# struct bpf_sock_addr (UAPI): what cgroup/connect4, sendmsg6, ... see
SOCK_ADDR = dict(user_family=0, user_ip4=4, user_ip6=8, user_port=24, family=28, type=32,
                 protocol=36, msg_src_ip4=40, msg_src_ip6=44, sk=64)
SOCK_ADDR_SIZE = 72


def _sock_addr_access(attach_type, off, size, write):
    """sock_addr_is_valid_access (6.1): user_ip4/6 only for the matching family's attach types,
    msg_src_ip4/6 only for sendmsg; user_ip*/user_port/msg_src_* writable with 4-byte stores (8 for
    the ip6 arrays), narrow reads allowed; the rest read-only words; sk a socket pointer."""
    if off < 0 or off >= SOCK_ADDR_SIZE or off % size:
        return False, None
    at = attach_type or ""
    v4 = not at or "4" in at
    v6 = not at or "6" in at
    sendmsg = not at or "sendmsg" in at

    def field(start, length, allowed):
        if not (start <= off < start + length):
            return None
        if not allowed:
            return False
        if write:
            return size == 4 or (size == 8 and length == 16)
        return off + size <= start + length
    for start, length, allowed in ((4, 4, v4), (8, 16, v6), (40, 4, v4 and sendmsg),
                                   (44, 16, v6 and sendmsg), (24, 4, True)):
        r = field(start, length, allowed)
        if r is not None:
            return r, None
    if off == SOCK_ADDR["sk"]:
        return (not write and size == 8), "sock"
    if off < SOCK_ADDR["sk"]:
        return (not write and size == 4), None
    return False, None


def _in(off, start, end):
    return start <= off < end


def _skb_field(off):
    """The __sk_buff field containing `off` and its (start, size)."""
    best = None
    for name, start in SKB.items():
        if start <= off and (best is None or start > best[1]):
            best = (name, start)
    name, start = best
    sizes = dict(cb=20, remote_ip6=16, local_ip6=16, flow_keys=8, tstamp=8, sk=8, hwtstamp=8,
                 tstamp_type=1)
    return name, start, sizes.get(name, 4)


def _skb_common(off, size, write):
    """bpf_skb_is_valid_access. Returns (ok, reg_type or None)."""
    if off < 0 or off >= SKB_SIZE or off % size:
        return False, None
    name, start, fsize = _skb_field(off)
    if name == "cb":
        return off + size <= SKB["cb"] + 20, None
    if name in ("remote_ip6", "local_ip6", "remote_ip4", "local_ip4"):
        return size == 4, None
    if name in ("data", "data_meta", "data_end"):
        return size == 4, None
    if name == "flow_keys":
        return False, None
    if name == "hwtstamp":
        return (not write and size == 8), None
    if name == "tstamp":
        return size == 8, None
    if name == "sk":
        return (not write and size == 8 and off == start), "sock_common_or_null"
    if name == "tstamp_type" or _in(off, 181, 184):
        return False, None
    if write:
        return size == 4, None
    # narrow reads of a 4-byte field are fine when naturally aligned
    return size <= fsize and off + size <= start + fsize, None


# the register type a read of a sock_ops pointer field yields (spec/ctx.py's SOCK_OPS layout)
SOCK_OPS_PTR_TYPES = {"sock_or_null": "sock_or_null", "pkt_data": "pkt", "pkt_end": "pkt_end"}


def _sock_ops_access(off: int, size: int, write: bool):
    """sock_ops_is_valid_access over the spec layout: u32 reads of the scalar fields (skb_tcp_flags
    also narrow), u64 reads of the two counters and the three pointers; u32 writes of reply and
    sk_txhash only."""
    if off < 0 or off >= SOCK_OPS.size or off % size:
        return False, None
    f = SOCK_OPS.field_at(off)
    if write:
        return f.writable and off == f.offset and size == 4, None
    if f.size == 8:     # bpf_ctx_range_till / bpf_ctx_range_ptr: the whole field only
        return size == 8, SOCK_OPS_PTR_TYPES.get(f.kind) if size == 8 else None
    if f.narrow:
        return _narrow_ok(size, f.size), None
    return size == 4, None


# struct bpf_tcp_sock (spec/ctx.py BPF_TCP_SOCK): u32 fields but the two u64 counters
TCP_SOCK_U64 = tuple(f.offset for f in BPF_TCP_SOCK.fields if f.size == 8)
TCP_SOCK_SIZE = BPF_TCP_SOCK.size
# u32 loads of the counters' upper halves pass bpf_tcp_sock_is_valid_access, but
# bpf_tcp_sock_convert_ctx_access has no case for them
TCP_SOCK_UNCONVERTED = tuple(off + 4 for off in TCP_SOCK_U64)


def _narrow_ok(size: int, field_size: int) -> bool:
    """bpf_ctx_narrow_access_ok: a power of two no wider than the field."""
    return size <= field_size and not size & (size - 1)


def bpf_sock_is_valid_access(off: int, size: int) -> bool:
    """6.1's bpf_sock_is_valid_access: the u16/u8 fields (at their first byte) and the address
    words may be read narrow, dst_port as a u16 or the u32 around it, the padding after it never;
    everything else only as a u32. It does not look at the access type: callers do."""
    if off < 0 or off >= BPF_SOCK.size or off % size:
        return False
    if SOCK["dst_port"] + 2 <= off < SOCK["dst_ip4"]:
        return False
    field_size = bpf_sock_ctx_field_size(off, size)
    return _narrow_ok(size, field_size) if field_size else size == 4


def sock_ptr_access(ptr_type: str, off: int, size: int) -> bool:
    """check_sock_access: a sock_common hides type..priority (bpf_sock_common_is_valid_access);
    a tcp_sock is u32 fields with two u64 counters (bpf_tcp_sock_is_valid_access)."""
    if ptr_type == "tcp_sock":
        if off < 0 or off >= TCP_SOCK_SIZE or off % size:
            return False
        return size == (8 if off in TCP_SOCK_U64 else 4)
    if ptr_type == "sock_common" and SOCK["type"] <= off < SOCK["src_ip4"]:
        return False
    return bpf_sock_is_valid_access(off, size)


def _cgroup_sock_access(attach_type, off: int, size: int, write: bool) -> bool:
    """sock_filter_is_valid_access: bpf_sock_is_valid_access, then __sock_filter_check_attach_type:
    bound_dev_if, mark and priority are read and written by sock_create/sock_release only, the
    source address and port read after bind only (post_bind4: src_ip4, post_bind6: src_ip6, both:
    src_port); the rest is read-only. A program loaded without an expected attach type is a
    sock_create one (bpf_prog_load_fixup_attach_type)."""
    if not bpf_sock_is_valid_access(off, size):
        return False
    at = attach_type or "cgroup_inet_sock_create"
    if off in (SOCK["bound_dev_if"], SOCK["mark"], SOCK["priority"]):
        return at in ("cgroup_inet_sock_create", "cgroup_inet_sock_release")
    if SOCK["src_ip4"] <= off < SOCK["src_ip6"] and at != "cgroup_inet4_post_bind":
        return False
    if SOCK["src_ip6"] <= off < SOCK["src_port"] and at != "cgroup_inet6_post_bind":
        return False
    if SOCK["src_port"] <= off < SOCK["dst_port"] and at not in ("cgroup_inet4_post_bind",
                                                                 "cgroup_inet6_post_bind"):
        return False
    return not write


def ctx_access(prog_type: str, attach_type, off: int, size: int, write: bool,
               bpf_capable: bool = True):
    """(ok, resulting register type for a read: None=scalar, or pkt/pkt_meta/pkt_end/...).
    Without CAP_BPF a cgroup_skb program may not touch the packet pointers nor write tstamp."""
    pt = prog_type
    if pt == "socket_filter":
        name = _skb_field(off)[0] if 0 <= off < SKB_SIZE else None
        if name in ("tc_classid", "data", "data_meta", "data_end", "tstamp", "wire_len",
                    "hwtstamp") or (name and SKB["family"] <= off < SKB["local_port"] + 4):
            return False, None
        if write and name != "cb":
            return False, None
        return _skb_common(off, size, write)
    if pt in ("sched_cls", "sched_act", "lwt_xmit"):
        name = _skb_field(off)[0] if 0 <= off < SKB_SIZE else None
        if write and name not in ("mark", "tc_index", "priority", "cb", "tc_classid",
                                  "queue_mapping", "tstamp"):
            return False, None
        if name and SKB["family"] <= off < SKB["local_port"] + 4:
            return False, None
        ok, t = _skb_common(off, size, write)
        if ok and not write and name in ("data", "data_meta", "data_end"):
            t = {"data": "pkt", "data_meta": "pkt_meta", "data_end": "pkt_end"}[name]
        return ok, t
    if pt == "cgroup_skb":
        name = _skb_field(off)[0] if 0 <= off < SKB_SIZE else None
        if name in ("tc_classid", "data_meta", "wire_len") or (
                not bpf_capable and name in ("data", "data_end")):
            return False, None
        if write and name not in ("mark", "priority", "cb", "tstamp") or (
                write and name == "tstamp" and not bpf_capable):
            return False, None
        ok, t = _skb_common(off, size, write)
        if ok and not write and name in ("data", "data_end"):
            t = {"data": "pkt", "data_end": "pkt_end"}[name]
        return ok, t
    if pt in ("lwt_in", "lwt_out", "lwt_seg6local", "sk_skb", "flow_dissector", "sk_reuseport"):
        ok, t = _skb_common(off, size, write)
        name = _skb_field(off)[0] if ok else None
        if ok and not write and name in ("data", "data_end"):
            t = {"data": "pkt", "data_end": "pkt_end"}[name]
        return ok and not write, t
    if pt == "xdp":
        if attach_type != "xdp_devmap" and off == XDP["egress_ifindex"]:
            return False, None
        if write:
            return False, None
        if off < 0 or off >= XDP_SIZE or off % size or size != 4:
            return False, None
        t = {0: "pkt", 4: "pkt_end", 8: "pkt_meta"}.get(off)
        return True, t
    if pt == "kprobe":
        ok = 0 <= off < PT_REGS_SIZE and not write and off % size == 0 and off + size <= PT_REGS_SIZE
        return ok, None
    if pt == "tracepoint":
        ok = 8 <= off < 2048 and not write and off % size == 0
        return ok, None
    if pt in ("raw_tracepoint", "raw_tracepoint_writable"):
        ok = 0 <= off < 8 * 12 and not write and off % size == 0
        return ok, None
    if pt == "perf_event":
        ok = 0 <= off < PT_REGS_SIZE + 16 and not write and off % size == 0
        return ok, None
    if pt in ("tracing", "lsm", "ext", "struct_ops"):
        # btf_ctx_access: u64 arguments, read-only
        ok = 0 <= off < 8 * 12 and not write and off % 8 == 0 and size == 8
        return ok, None
    if pt == "cgroup_sock_addr":
        return _sock_addr_access(attach_type, off, size, write)
    if pt == "sock_ops":
        return _sock_ops_access(off, size, write)
    if pt == "cgroup_sock":
        return _cgroup_sock_access(attach_type, off, size, write), None
    if pt == "syscall":
        return (0 <= off < 0xFFFF and off % size == 0), None
    # other types: word reads of a small struct
    return (0 <= off < 256 and off % size == 0 and not write), None
