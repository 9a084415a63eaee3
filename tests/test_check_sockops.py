"""The sock_ops context (struct bpf_sock_ops, spec/ctx.py SOCK_OPS) in both engines: the fields
carry the kernel values sock_ops_convert_ctx_access fills them from, the tcp_sock fields and the
sk pointer are 0 without a full socket, reply is written and read back; the sock_ops programs of
the corpus are decided. The labelled programs are tests/oracle/engines/sockops/sockops.c
(test_check_oracle_engines)."""
from __future__ import annotations

import os

import pytest

from bpfsmt.grammar.asm import parse_program_text
from bpfsmt.grammar.loader import load
from bpfsmt.solver.concrete.exec import ExecInputs, execute
from bpfsmt.solver.concrete.runtime_helpers import CTX_SOCKET, socket_fields
from bpfsmt.solver.symbolic.checker import check
from bpfsmt.solver.verifier.ctx import ctx_access
from bpfsmt.spec.ctx import SOCK_OPS, byte_mask

SHARED = os.environ.get("BPFSMT_SHARED",
                        os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
CORPUS = os.path.join(SHARED, "corpus", "ebpf-samples")
SOCK_OPS_CORPUS = [os.path.join("linux", f"tcp_{n}_kern.o")
                   for n in ("bufs", "clamp", "cong", "iw", "rwnd", "synrto")] + \
    [os.path.join("cilium-examples", "tcprtt_sockops_bpf_bpfel.o")]

OFF = {f.name: f.offset for f in SOCK_OPS.fields}


def _prog(body: str):
    return parse_program_text(".program p section=sockops\n" + body + " exit\n", "<t>")


def _run(body: str, ctx: bytes, **helper_returns):
    return execute(_prog(body), "p", ExecInputs(ctx=ctx, helper_returns=helper_returns))


def _ctx(**fields) -> bytes:
    buf = bytearray(SOCK_OPS.size)
    for name, v in fields.items():
        f = SOCK_OPS.field(name)
        buf[f.offset:f.offset + f.size] = v.to_bytes(f.size, "little")
    return bytes(buf)


def test_layout_is_the_uapi_struct():
    """216 bytes, fields back to back (the pointers 8-byte aligned), the writable ones only
    reply and sk_txhash, as sock_ops_is_valid_access."""
    end = 0
    for f in SOCK_OPS.fields:
        assert f.offset == end, f
        end = f.offset + f.size
    assert end == SOCK_OPS.size == 216
    assert [f.name for f in SOCK_OPS.fields if f.writable] == ["reply", "sk_txhash"]
    assert OFF["sk"] == 184 and OFF["skb_tcp_flags"] == 212 and OFF["remote_port"] == 64


def test_remote_port_is_the_be16_shifted_up():
    """The kernel loads the __be16 skc_dport and shifts it up 16: the low half is always 0."""
    assert [byte_mask(SOCK_OPS, OFF["remote_port"] + i) for i in range(4)] == [0, 0, 0xFF, 0xFF]
    r = _run(f" r0 = *(u32 *)(r1 + {OFF['remote_port']})\n",
             _ctx(remote_port=0x12345678, is_fullsock=1))
    assert r.fault is None and r.r0 == 0x12340000


def test_tcp_fields_read_zero_without_a_full_socket():
    body = f" r0 = *(u32 *)(r1 + {OFF['snd_cwnd']})\n"
    assert _run(body, _ctx(snd_cwnd=10)).r0 == 0
    assert _run(body, _ctx(snd_cwnd=10, is_fullsock=1)).r0 == 10
    # is_fullsock is the kernel's 0/1: any other input bit is cut
    assert _run(body, _ctx(snd_cwnd=10, is_fullsock=2)).r0 == 0


def test_reply_is_written_and_read_back():
    body = f" r2 = 7\n *(u32 *)(r1 + {OFF['reply']}) = r2\n r0 = *(u32 *)(r1 + {OFF['reply']})\n"
    assert _run(body, _ctx()).r0 == 7


def test_sk_is_null_without_a_full_socket_and_reads_its_input():
    body = (f" r2 = *(u64 *)(r1 + {OFF['sk']})\n r0 = 99\n if r2 == 0 goto +1\n"
            " r0 = *(u32 *)(r2 + 4)\n")
    assert _run(body, _ctx()).r0 == 99
    fields = {socket_fields(CTX_SOCKET): [0, 0, 0, 0, 10, 0xFF, 0x77]}   # family = 0xff0a -> u16
    assert _run(body, _ctx(is_fullsock=1), **fields).r0 == 0xFF0A


@pytest.mark.parametrize("field,shift,verdict", [
    ("remote_port", 0, "safe"),       # (port << 16) & 0xffff
    ("remote_port", 16, "unsafe"),
    ("local_port", 16, "safe"),
    ("op", 8, "safe"),
    ("state", 8, "safe"),
    ("family", 16, "safe"),
    ("remote_ip4", 16, "unsafe"),
])
def test_check_knows_each_fields_range(field, shift, verdict):
    """A NULL dereference unless the field's bits at `shift` and above (below 16 when shift is 0)
    are 0: safe exactly when the kernel's value cannot have them; an UNSAFE one replays."""
    mask = " r2 &= 0xffff\n" if shift == 0 else f" r2 >>= {shift}\n"
    r = check(_prog(f" r2 = *(u32 *)(r1 + {OFF[field]})\n" + mask +
                    " r0 = 0\n if r2 == 0 goto +1\n r0 = *(u64 *)(r0 + 0)\n"), "p", timeout=60)
    assert r.verdict == verdict, (r.verdict, r.reason)
    if verdict == "unsafe":
        assert r.kind == "null_deref" and r.replayed is True


def test_check_sk_needs_a_full_socket():
    """sk unchecked: UNSAFE (replayed with is_fullsock 0); checked: its fields are read."""
    load_sk = f" r2 = *(u64 *)(r1 + {OFF['sk']})\n"
    r = check(_prog(load_sk + " r0 = *(u32 *)(r2 + 4)\n"), "p", timeout=60)
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "null_deref", True)
    assert r.inputs.ctx[OFF["is_fullsock"]] & 1 == 0
    r = check(_prog(load_sk + " r0 = 0\n if r2 == 0 goto +3\n r3 = *(u32 *)(r2 + 4)\n"
                    " if r3 != 2 goto +1\n r0 = *(u64 *)(r0 + 0)\n"), "p", timeout=60)
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "null_deref", True)
    assert r.inputs.helper_returns[socket_fields(CTX_SOCKET)][4] == 2


def test_verifier_rule_reads_the_layout():
    """sock_ops_is_valid_access: the whole pointer only (no u32 of sk's upper half)."""
    assert ctx_access("sock_ops", None, OFF["sk"], 8, False) == (True, "sock_or_null")
    assert ctx_access("sock_ops", None, OFF["sk"] + 4, 4, False) == (False, None)
    assert ctx_access("sock_ops", None, OFF["skb_data"], 8, False) == (True, "pkt")
    assert ctx_access("sock_ops", None, OFF["skb_tcp_flags"] + 1, 1, False) == (True, None)
    assert ctx_access("sock_ops", None, OFF["reply"], 4, True) == (True, None)
    assert ctx_access("sock_ops", None, OFF["replylong1"], 4, True) == (False, None)
    assert ctx_access("sock_ops", None, OFF["bytes_acked"], 4, False) == (False, None)


def test_the_tcp_header_pointers_stay_unknown():
    """skb_data / skb_data_end bound the op's TCP header, which is not modelled: UNKNOWN."""
    r = check(_prog(f" r2 = *(u64 *)(r1 + {OFF['skb_data']})\n r0 = 0\n"), "p", timeout=60)
    assert r.verdict == "unknown" and "skb_data" in r.reason


@pytest.mark.skipif(not os.path.isdir(CORPUS), reason="corpus not found")
@pytest.mark.parametrize("path", SOCK_OPS_CORPUS)
def test_corpus_sock_ops_programs_are_safe(path):
    pf = load(os.path.join(CORPUS, path))
    for prog in pf.programs:
        r = check(pf, prog, timeout=60)
        assert r.verdict == "safe", (prog.name, r.verdict, r.reason)


def test_sk_txhash_written_without_a_full_socket_reads_zero():
    """SOCK_OPS_SET_FIELD skips the store and SOCK_OPS_GET_FIELD reads 0 without a full socket:
    a program that trusts its own write is unsafe there."""
    body = (f" r2 = 5\n *(u32 *)(r1 + {OFF['sk_txhash']}) = r2\n"
            f" r0 = *(u32 *)(r1 + {OFF['sk_txhash']})\n")
    assert _run(body, _ctx()).r0 == 0
    assert _run(body, _ctx(is_fullsock=1)).r0 == 5
    r = check(_prog(body + " if r0 != 0 goto +1\n r0 = *(u64 *)(r0 + 0)\n"), "p", timeout=60)
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "null_deref", True)


@pytest.mark.parametrize("full,flags,r0,after", [
    (1, 0x05, 0, 0x05), (1, 0x1FF, 0x180, 0x7F), (1, -1, (1 << 64) - 0x80, 0x7F),
    (0, 0x05, (1 << 64) - 22, 0)])
def test_cb_flags_set_changes_what_the_field_reads(full, flags, r0, after):
    """bpf_sock_ops_cb_flags_set: -EINVAL without a full socket, else the known bits become the
    tcp_sock's flags (read back through the ctx) and R0 the unknown ones (an int)."""
    body = (f" r6 = r1\n r2 = {flags}\n call bpf_sock_ops_cb_flags_set\n"
            f" r7 = *(u32 *)(r6 + {OFF['bpf_sock_ops_cb_flags']})\n")
    r = execute(_prog(body), "p", ExecInputs(ctx=_ctx(is_fullsock=full, bpf_sock_ops_cb_flags=0x22)),
                trace=True)
    regs = {k: v for t in r.trace for k, v in t.changed.items()}
    assert r.fault is None and (regs[0], regs[7]) == (r0, after)


def test_check_sees_the_new_flags():
    """Flags read before and after a successful set differ: the bad path is reachable (UNSAFE,
    replayed); reading them twice without the call never differs (SAFE)."""
    read = f" r{{}} = *(u32 *)(r6 + {OFF['bpf_sock_ops_cb_flags']})\n"
    tail = " r0 = 0\n if r7 == r8 goto +1\n r0 = *(u64 *)(r0 + 0)\n"
    call = " r1 = r6\n r2 = 3\n call bpf_sock_ops_cb_flags_set\n"
    r = check(_prog(" r6 = r1\n" + read.format(7) + call + read.format(8) + tail), "p", timeout=60)
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "null_deref", True)
    r = check(_prog(" r6 = r1\n" + read.format(7) + read.format(8) + tail), "p", timeout=60)
    assert r.verdict == "safe", r.reason


def test_setsockopt_may_change_the_tcp_fields():
    """bpf_setsockopt(TCP_BPF_IW, ...) sets snd_cwnd: snd_cwnd read before and after may
    differ (UNSAFE, replayed with the input setsockopt:tcp_sock); without a full socket both
    reads are 0 (SAFE)."""
    read = f" r{{}} = *(u32 *)(r6 + {OFF['snd_cwnd']})\n"
    call = (" r1 = 10\n *(u32 *)(r10 - 4) = r1\n r1 = r6\n r2 = 6\n r3 = 1001\n r4 = r10\n"
            " r4 += -4\n r5 = 4\n call bpf_setsockopt\n")
    tail = " r0 = 0\n if r7 == r8 goto +1\n r0 = *(u64 *)(r0 + 0)\n"
    prog = " r6 = r1\n" + read.format(7) + call + read.format(8) + tail
    r = check(_prog(prog), "p", timeout=60)
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "null_deref", True)
    assert r.inputs.ctx[OFF["is_fullsock"]] & 1
    only = f" r0 = 0\n r2 = *(u32 *)(r1 + {OFF['is_fullsock']})\n if r2 != 0 goto +{prog.count(chr(10))}\n"
    r = check(_prog(only + prog + " exit\n"), "p", timeout=60)
    assert r.verdict == "safe", r.reason
