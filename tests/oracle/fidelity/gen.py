"""Generate the fidelity test programs: loads through a map pointer (struct bpf_map fields
walked over the vmlinux BTF), LD_ABS and tail calls in subprograms by BTF return type, and
narrow loads of __sk_buff->pkt_type (their xlated rewrite); in sock/, every struct bpf_sock field
read and written by each cgroup_sock attach type, and read through the socket pointers of a tc
program (sock_common, fullsock, tcp_sock), and the conversions of narrow loads through every
socket pointer (sockconv); in kfunc/, calls of a weak kfunc no kernel has.

``python tests/oracle/fidelity/gen.py``; label with
``LOG_LEVEL=5 run.sh tests/oracle/fidelity /tmp/of && python tests/oracle_labels.py build fidelity /tmp/of``
(and ``KERNEL=6.12``, ``... build fidelity /tmp/of612 --kernel 6.12``); sock/ likewise as the
subdirectory: ``run.sh tests/oracle/fidelity/sock /tmp/ofs && ... build fidelity /tmp/ofs "" sock``
(kfunc/ the same way).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from oracle_labels import Prog as P, emit_c  # noqa: E402

PRELUDE = """
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, int); __type(value, __u64); } arr SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 16); __type(key, int); __type(value, __u64); } hmap SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 4); __type(key, int); __type(value, int); } jt SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } rb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, 4); __uint(value_size, 4); } pe SEC(".maps");
"""
MAPS = {"arr", "hmap", "jt", "rb", "pe"}
RET0 = "r0 = 0; exit;"


def _rd(name, m, size, off, tail=RET0, sec="socket"):
    return P(name, sec, f"r1 = %[{m}] ll; r0 = *({size} *)(r1 {'+' if off >= 0 else '-'} {abs(off)});" + tail)


# struct bpf_map (6.1 and 6.12): ops 0, inner_map_meta 8, security 16, map_type 24, key_size 28,
# value_size 32, max_entries 36, map_extra 40, map_flags 48; bpf_array.value at 272 (6.1) / 264
FILES = {}
FILES["mapptr"] = [
    _rd("mp_array_max_entries", "arr", "u32", 36),
    _rd("mp_array_max_entries_ret", "arr", "u32", 36, tail="exit;"),
    _rd("mp_hash_max_entries", "hmap", "u32", 36),
    _rd("mp_prog_array_max_entries", "jt", "u32", 36),
    _rd("mp_ringbuf_max_entries", "rb", "u32", 36),
    _rd("mp_perf_key_size", "pe", "u32", 28),
    _rd("mp_map_type_u8", "arr", "u8", 24),
    _rd("mp_key_size_u16", "arr", "u16", 28),
    _rd("mp_value_size_off33", "arr", "u32", 33),
    _rd("mp_u64_over_two_fields", "arr", "u64", 32),
    _rd("mp_map_extra_u64", "hmap", "u64", 40),
    _rd("mp_ops_ptr", "arr", "u64", 0, tail="r0 = 0; exit;"),
    _rd("mp_ops_ptr_half", "arr", "u32", 0),
    _rd("mp_ops_ptr_misaligned", "arr", "u64", 4),
    _rd("mp_negative_off", "arr", "u32", -8),
    _rd("mp_array_value", "arr", "u64", 272),
    _rd("mp_array_past_struct", "arr", "u64", 4096),
    _rd("mp_hash_past_struct", "hmap", "u32", 4096),
    P("mp_ops_deref", "socket", "r1 = %[arr] ll; r2 = *(u64 *)(r1 + 0); r0 = *(u64 *)(r2 + 0);" + RET0),
    P("mp_ops_deref_ret", "socket", "r1 = %[arr] ll; r2 = *(u64 *)(r1 + 0); r0 = *(u64 *)(r2 + 0); exit;"),
    P("mp_max_entries_bounds", "socket",
      "r1 = %[arr] ll; r2 = *(u32 *)(r1 + 36); if r2 > 3 goto l0_%=; r0 = r2; exit; l0_%=:" + RET0),
    P("mp_write", "socket", "r1 = %[arr] ll; r2 = 1; *(u32 *)(r1 + 36) = r2;" + RET0),
    P("mp_max_entries_tc", "tc", "r1 = %[hmap] ll; r0 = *(u32 *)(r1 + 36);" + RET0),
]
FILES["btfret"] = [
    P("sub_ld_abs_void", ".text", "r6 = r1; r0 = *(u8 *)skb[0]; exit;", ret="void", static=True),
    P("sub_ld_abs_int", ".text", "r6 = r1; r0 = *(u8 *)skb[0]; exit;", ret="int", static=True),
    P("sub_tc_int", ".text", "r2 = %[jt] ll; r3 = 0; call %[bpf_tail_call]; r0 = 0; exit;", ret="int", static=True),
    P("sub_tc_void2", ".text", "r2 = %[jt] ll; r3 = 0; call %[bpf_tail_call]; r0 = 0; exit;", ret="void", static=True),
    P("sub_plain_void", ".text", "r0 = 0; exit;", ret="void", static=True),
    P("ld_abs_in_void_subprog", "socket", "call sub_ld_abs_void; r0 = 0; exit;"),
    P("ld_abs_in_int_subprog", "socket", "call sub_ld_abs_int; r0 = 0; exit;"),
    P("tail_call_in_int_subprog", "tc", "call sub_tc_int; r0 = 0; exit;"),
    P("tail_call_in_void_subprog", "tc", "call sub_tc_void2; r0 = 0; exit;"),
    P("void_subprog_no_tail_call", "tc", "call sub_plain_void; r0 = 0; exit;"),
]

# __sk_buff.pkt_type (offset 4): every narrow load converts to the same byte load and mask
FILES["pkttype"] = [
    P(f"pkt_type_{sec}_{size}_{off}", sec, f"r0 = *({size} *)(r1 + {off}); exit;")
    for sec in ("socket", "tc")
    for size, off in (("u32", 4), ("u16", 4), ("u16", 6), ("u8", 4), ("u8", 5), ("u8", 6), ("u8", 7))
] + [
    P("pkt_type_u8_same_reg", "socket", "r1 = *(u8 *)(r1 + 4); r0 = r1; exit;"),
    P("pkt_type_u8_and_len", "socket", "r2 = *(u8 *)(r1 + 4); r0 = *(u16 *)(r1 + 2); r0 += r2; exit;"),
    P("len_u8_5", "socket", "r0 = *(u8 *)(r1 + 1); exit;"),
    P("mark_u16_10", "tc", "r0 = *(u16 *)(r1 + 10); exit;"),
]

# struct bpf_sock (UAPI): field starts; dst_port is a __be16 followed by 16 bits of padding
SOCK_FIELDS = {"bound_dev_if": 0, "family": 4, "type": 8, "protocol": 12, "mark": 16, "priority": 20,
               "src_ip4": 24, "src_ip6": 28, "src_port": 44, "dst_port": 48, "dst_ip4": 52,
               "dst_ip6": 56, "state": 72, "rx_queue_mapping": 76}
CGROUP_SOCK = {"create": "cgroup/sock_create", "release": "cgroup/sock_release",
               "pb4": "cgroup/post_bind4", "pb6": "cgroup/post_bind6", "sock": "cgroup/sock"}
SIZE_NAME = {1: "u8", 2: "u16", 4: "u32", 8: "u64"}
# reads: every word, then narrow and wide loads at field starts, inside fields, in the padding,
# past the end and before the start
SOCK_READS = ([(4, off) for off in range(0, 84, 4)] + [(4, -4)]
              + [(1, off) for off in (0, 4, 5, 8, 12, 16, 24, 25, 28, 31, 44, 45, 48, 49, 50, 52, 72, 73, 76)]
              + [(2, off) for off in (4, 6, 24, 26, 44, 46, 48, 50, 72, 76)]
              + [(8, off) for off in (0, 16, 24, 48, 56, 72)])
SOCK_WRITES = ([(4, off) for off in sorted(set(SOCK_FIELDS.values()) | {32, 80})]
               + [(1, 0), (1, 16), (1, 17), (1, 20), (2, 16), (2, 18), (8, 16)])


def _cgroup_sock_progs():
    """bpf_sock_is_valid_access + __sock_filter_check_attach_type: per attach type which fields
    read (src_* only after bind) and which take a store (bound_dev_if, mark, priority on
    create/release)."""
    out = []
    for at, sec in CGROUP_SOCK.items():
        reads = SOCK_READS if at != "sock" else [(4, off) for off in (16, 24, 44)]
        writes = SOCK_WRITES if at != "sock" else [(4, 16)]
        for size, off in reads:
            out.append(P(f"{at}_rd{size}_{off if off >= 0 else 'm' + str(-off)}", sec,
                         f"r0 = *({SIZE_NAME[size]} *)(r1 {'+' if off >= 0 else '-'} {abs(off)}); r0 = 1; exit;"))
        for size, off in writes:
            reg = "r2" if size == 8 else "w2"
            out.append(P(f"{at}_wr{size}_{off}", sec,
                         f"{reg} = 7; *({SIZE_NAME[size]} *)(r1 + {off}) = {reg}; r0 = 1; exit;"))
    return out


# struct bpf_tcp_sock (UAPI): u32 fields, bytes_received/bytes_acked u64 at 80/88, ends at 112
TCP_SOCK_READS = [(4, off) for off in range(0, 116, 4)] + [(8, 80), (8, 88), (8, 0), (1, 0), (2, 100)]
_SK = "r1 = *(u64 *)(r1 + 168); if r1 == 0 goto l_out_%=;"
_OUT = "l_out_%=: r0 = 0; exit;"


def _sock_ptr_progs():
    """check_sock_access: the bpf_sock fields through skb->sk (sock_common: no type..priority),
    through bpf_sk_fullsock (sock) and bpf_tcp_sock (tcp_sock); a store is refused."""
    out = []
    for size, off in [(4, off) for off in range(0, 84, 4)] + [(1, off) for off in (4, 8, 16, 44, 48, 72)] \
            + [(2, off) for off in (4, 8, 48, 50)]:
        ld = f"r0 = *({SIZE_NAME[size]} *)(r1 + {off});"
        out.append(P(f"skc_rd{size}_{off}", "tc", f"{_SK} {ld} {_OUT}"))
        ld = f"r0 = *({SIZE_NAME[size]} *)(r0 + {off});"
        out.append(P(f"fullsock_rd{size}_{off}", "tc",
                     f"{_SK} call %[bpf_sk_fullsock]; if r0 == 0 goto l_out_%=; {ld} {_OUT}"))
    for size, off in TCP_SOCK_READS:
        ld = f"r0 = *({SIZE_NAME[size]} *)(r0 + {off});"
        out.append(P(f"tcpsock_rd{size}_{off}", "tc",
                     f"{_SK} call %[bpf_tcp_sock]; if r0 == 0 goto l_out_%=; {ld} {_OUT}"))
    out.append(P("skc_wr4_16", "tc", f"{_SK} w2 = 1; *(u32 *)(r1 + 16) = w2; {_OUT}"))
    out.append(P("fullsock_wr4_16", "tc",
                 f"{_SK} call %[bpf_sk_fullsock]; if r0 == 0 goto l_out_%=; w2 = 1; *(u32 *)(r0 + 16) = w2; {_OUT}"))
    return out


# every narrow load bpf_sock_is_valid_access allows (the address words byte by byte, dst_port,
# rx_queue_mapping), through a sock_common (skb->sk), a fullsock, bpf_get_listener_sock and a
# referenced bpf_sk_lookup_tcp / bpf_skc_lookup_tcp socket of a cgroup_skb program (the plain
# protos there), each load also into its own base register; and immediate stores (BPF_ST) into
# a cgroup_sock ctx, which 6.1 refuses and 6.12 converts (BPF_EMIT_STORE)
SOCK_NARROW = ([(1, off) for off in (24, 25, 26, 27, 29, 34, 39, 43, 45, 49, 52, 53, 54, 55, 57,
                                     62, 67, 71, 76, 77)]
               + [(2, off) for off in (24, 26, 30, 40, 42, 44, 52, 54, 58, 70, 72, 76, 78)])
_LOOKUP = ("r6 = r1; r2 = r10; r2 += -16; r3 = 0; *(u64 *)(r10 - 16) = r3; *(u32 *)(r10 - 8) = r3;"
           " r3 = 12; r4 = -1; r5 = 0; call %[{fn}]; if r0 == 0 goto l_out_%=;")
_RELEASE = "r1 = r0; call %[bpf_sk_release];"


def st_imm(size: int, dst: int, off: int, imm: int) -> str:
    """`*(size *)(rDST + off) = imm` (BPF_ST), which clang 14's assembler cannot write: .8byte."""
    code = {1: 0x72, 2: 0x6a, 4: 0x62, 8: 0x7a}[size]
    return f".8byte 0x{code | dst << 8 | (off & 0xFFFF) << 16 | (imm & 0xFFFFFFFF) << 32:016x};"


def _sock_conv_progs():
    out = []
    for size, off in SOCK_NARROW:
        t = SIZE_NAME[size]
        out.append(P(f"skc_n{size}_{off}", "tc", f"{_SK} r0 = *({t} *)(r1 + {off}); {_OUT}"))
        out.append(P(f"skc_self{size}_{off}", "tc", f"{_SK} r1 = *({t} *)(r1 + {off}); {_OUT}"))
        out.append(P(f"fullsock_n{size}_{off}", "tc",
                     f"{_SK} call %[bpf_sk_fullsock]; if r0 == 0 goto l_out_%=; r2 = *({t} *)(r0 + {off}); {_OUT}"))
    for size, off in [(4, off) for off in (0, 4, 8, 16, 44, 48, 72, 76)] + [(1, 48), (2, 76)]:
        t = SIZE_NAME[size]
        out.append(P(f"listener_rd{size}_{off}", "tc",
                     f"{_SK} call %[bpf_get_listener_sock]; if r0 == 0 goto l_out_%=; "
                     f"r0 = *({t} *)(r0 + {off}); {_OUT}"))
        for fn, name in (("bpf_sk_lookup_tcp", "lookup"), ("bpf_skc_lookup_tcp", "skclookup")):
            if name == "skclookup" and 8 <= off < 24:
                continue
            out.append(P(f"{name}_rd{size}_{off}", "cgroup_skb/ingress",
                         _LOOKUP.format(fn=fn) + f" r7 = *({t} *)(r0 + {off}); {_RELEASE} l_out_%=: r0 = 1; exit;"))
    for size, off in [(4, 0), (4, 8), (8, 80), (8, 88), (4, 108), (4, 32)]:
        t = SIZE_NAME[size]
        out.append(P(f"tcpsock_cg_rd{size}_{off}", "cgroup_skb/ingress",
                     f"{_SK} call %[bpf_tcp_sock]; if r0 == 0 goto l_out_%=; "
                     f"r1 = *({t} *)(r0 + {off}); l_out_%=: r0 = 1; exit;"))
    for at in ("create", "release", "pb4"):
        for size, off in ((4, 0), (4, 16), (4, 20), (4, 4), (2, 16), (8, 16)):
            out.append(P(f"{at}_st{size}_{off}", CGROUP_SOCK[at], f"{st_imm(size, 1, off, 7)} r0 = 1; exit;"))
    return out


# __sk_buff's socket fields (family .. local_port: loads through skb->sk) and tstamp, read by a
# cgroup_skb program, full and narrow, into another register and into the ctx register itself
SKB_SOCK_READS = ([(4, off) for off in range(88, 140, 4)] + [(8, 152), (4, 152)]
                  + [(1, off) for off in (88, 89, 90, 92, 132, 133, 134, 136, 137)]
                  + [(2, off) for off in (88, 90, 100, 132, 134, 136, 138)])


def _skb_sock_progs():
    out = []
    for size, off in SKB_SOCK_READS:
        t = SIZE_NAME[size]
        out.append(P(f"cgskb_rd{size}_{off}", "cgroup_skb/ingress", f"r0 = *({t} *)(r1 + {off}); r0 = 1; exit;"))
        if size == 4 or off in (88, 132):
            out.append(P(f"cgskb_self{size}_{off}", "cgroup_skb/ingress",
                         f"r1 = *({t} *)(r1 + {off}); r0 = 1; exit;"))
    return out


# global functions (BTF FUNC linkage global): btf_prepare_func_args types their arguments from
# the prototype (int -> scalar, the ctx struct -> ctx, other sized pointee -> mem_or_null), and
# every call checks what the caller passes (btf_check_func_arg_match, check_mem_reg)
GLOBFUNC_PRELUDE = """
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, int); __type(value, __u64); } arr SEC(".maps");
struct big64 { char b[64]; };
__noinline int gf_scalar(int x) { return x + 1; }
__noinline int gf_mem(int *p) { if (!p) return 0; return *p; }
__noinline int gf_mem_nocheck(int *p) { return *p; }
__noinline int gf_ctx(struct __sk_buff *skb) { return skb->len; }
__noinline int gf_big(struct big64 *p) { if (!p) return 0; return p->b[63]; }
__noinline int gf_void_ptr(void *p) { return p != 0; }
__noinline int gf_two(int a, int *p) { if (!p) return a; return a + *p; }
__noinline int gf_one_arg_r2(int a) { return a; }
"""
_ST0 = "r2 = 0; *(u32 *)(r10 - 4) = r2;"
FILES["globfunc"] = [
    P("gf_scalar_ok", "tc", "r1 = 5; call gf_scalar; exit;"),
    P("gf_scalar_given_fp", "tc", "r1 = r10; call gf_scalar; exit;"),
    P("gf_scalar_given_ctx", "tc", "call gf_scalar; exit;"),
    P("gf_mem_stack_ok", "tc", f"{_ST0} r1 = r10; r1 += -4; call gf_mem; exit;"),
    P("gf_mem_stack_uninit", "tc", "r1 = r10; r1 += -4; call gf_mem; exit;"),
    P("gf_mem_stack_short", "tc", "r2 = 0; *(u8 *)(r10 - 1) = r2; r1 = r10; r1 += -1; call gf_mem; exit;"),
    P("gf_mem_null", "tc", "r1 = 0; call gf_mem; exit;"),
    P("gf_mem_scalar", "tc", "r1 = 5; call gf_mem; exit;"),
    P("gf_mem_ctx", "tc", "call gf_mem; exit;"),
    P("gf_mem_ctx_modified", "tc", "r1 += 4; call gf_mem; exit;"),
    P("gf_mem_map_value", "tc",
      "r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[arr] ll; call %[bpf_map_lookup_elem];"
      " r1 = r0; call gf_mem; exit;"),
    P("gf_mem_map_value_checked", "tc",
      "r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[arr] ll; call %[bpf_map_lookup_elem];"
      " if r0 == 0 goto l0_%=; r1 = r0; r1 += 6; call gf_mem; l0_%=: exit;"),
    P("gf_mem_pkt_unchecked", "tc", "r1 = *(u32 *)(r1 + 76); call gf_mem; exit;"),
    P("gf_mem_nocheck_callee", "tc", f"{_ST0} r1 = r10; r1 += -4; call gf_mem_nocheck; exit;"),
    P("gf_ctx_ok", "tc", "call gf_ctx; exit;"),
    P("gf_ctx_given_stack", "tc", f"{_ST0} r1 = r10; r1 += -4; call gf_ctx; exit;"),
    P("gf_ctx_given_null", "tc", "r1 = 0; call gf_ctx; exit;"),
    P("gf_big_stack_partial", "tc",
      "r2 = 0; *(u64 *)(r10 - 8) = r2; r1 = r10; r1 += -64; call gf_big; exit;"),
    P("gf_big_stack_ok", "tc",
      "r2 = 0; " + " ".join(f"*(u64 *)(r10 - {8 * i}) = r2;" for i in range(1, 9))
      + " r1 = r10; r1 += -64; call gf_big; exit;"),
    P("gf_void_ptr_call", "tc", "r1 = 0; call gf_void_ptr; exit;"),
    P("gf_two_ok", "tc", f"{_ST0} r1 = 3; r2 = r10; r2 += -4; call gf_two; exit;"),
    P("gf_two_swapped", "tc", f"{_ST0} r2 = 3; r1 = r10; r1 += -4; call gf_two; exit;"),
    P("gf_result_is_scalar", "tc", "r1 = 5; call gf_scalar; r0 = *(u32 *)(r0 + 0); exit;"),
    P("gf_caller_regs_clobbered", "tc", "r6 = r1; r1 = 5; call gf_scalar; r0 = r2; exit;"),
    P("gf_twice", "tc", f"{_ST0} r1 = r10; r1 += -4; call gf_mem; r1 = 7; call gf_scalar; exit;"),
]


# an extern kfunc no kernel BTF has: libbpf leaves the call at imm 0 (weak), add_kfunc_call lets it
# through for a GPL program, check_kfunc_call walks on with every register kept, and
# fixup_kfunc_call refuses the program after the walk unless the call was dead code
KF0 = "bpfsmt_unresolved_memset"
KFUNC0_PRELUDE = f"""
extern void {KF0}(void) __attribute__((weak, section(".ksyms")));
__attribute__((used)) static void __ksym_ref(void) {{ {KF0}(); }}
"""
FILES["kfunc/unresolved"] = [
    P("kf0_reached", "socket", f"call %[{KF0}]; r0 = 0; exit;"),
    P("kf0_regs_kept", "socket", f"r1 = 1; call %[{KF0}]; r0 = r1; exit;"),
    P("kf0_r0_never_set", "socket", f"call %[{KF0}]; exit;"),
    P("kf0_dead", "socket", f"r0 = 0; if r0 == 0 goto l0_%=; call %[{KF0}]; l0_%=: exit;"),
    P("kf0_then_bad_ctx", "socket", f"call %[{KF0}]; r0 = *(u32 *)(r1 + 1000); exit;"),
    P("kf0_ctx_kept", "socket", f"call %[{KF0}]; r0 = *(u32 *)(r1 + 0); exit;"),
    P("kf0_in_branch", "socket",
      f"r0 = *(u32 *)(r1 + 0); if r0 > 10 goto l0_%=; call %[{KF0}]; l0_%=: r0 = 0; exit;"),
    P("kf0_twice", "socket", f"call %[{KF0}]; r1 = r10; call %[{KF0}]; r0 = 0; exit;"),
    P("kf0_tc", "tc", f"r6 = r1; call %[{KF0}]; r0 = *(u32 *)(r6 + 0); exit;"),
]
FILES["sock/cgroupsock"] = _cgroup_sock_progs()
FILES["sock/sockptr"] = _sock_ptr_progs()
FILES["sock/sockconv"] = _sock_conv_progs()
FILES["sock/skbsock"] = _skb_sock_progs()

HEADER = {
    "mapptr": "loads through a map pointer: check_ptr_to_map_access walks the map's kernel struct",
    "btfret": "check_btf_func: LD_ABS / tail calls only in subprograms whose BTF returns int",
    "pkttype": "narrow loads of __sk_buff->pkt_type and other u32 fields: the xlated rewrite",
    "sock/cgroupsock": "struct bpf_sock as a cgroup_sock ctx: every field read and written per attach type",
    "sock/sockptr": "struct bpf_sock / bpf_tcp_sock fields read through a tc program's socket pointers",
    "sock/sockconv": "struct bpf_sock / bpf_tcp_sock conversions: narrow loads through every socket pointer, immediate stores",
    "sock/skbsock": "__sk_buff's socket fields and tstamp read by cgroup_skb: the loads through skb->sk",
    "globfunc": "global functions: arguments typed from their BTF prototype and checked at every call",
    "kfunc/unresolved": "an unresolved weak kfunc (imm 0): walked as a no-op, refused after the walk",
}


def main():
    for name, progs in FILES.items():
        (HERE / name).parent.mkdir(exist_ok=True)
        prelude = PRELUDE if name in ("mapptr", "btfret") else KFUNC0_PRELUDE if name.startswith("kfunc/") \
            else GLOBFUNC_PRELUDE if name == "globfunc" else ""
        emit_c(HERE / f"{name}.c", prelude, progs,
               addr_names=MAPS, header=HEADER[name])
    print(f"fidelity: {sum(len(v) for v in FILES.values())} programs in {len(FILES)} files")


if __name__ == "__main__" and "--no-main" not in sys.argv:
    main()
