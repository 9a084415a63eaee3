"""Executor memory model: every region's bounds, stack initialisation, NULL, ctx and packet
layouts, and the fault each violation produces (never a Python exception)."""
import pytest

from bpfsmt.grammar.ubpf import parse_ubpf_insns
from bpfsmt.solver.concrete.exec import ExecInputs, execute
from bpfsmt.spec.ctx import DEFAULT_PACKET, SK_BUFF, XDP_MD
from bpfsmt.spec.program import Function, Program, ProgramFile


def run(asm, prog_type="socket_filter", **kw):
    p = Program("t", "raw", parse_ubpf_insns(asm, check_jumps=True), [Function("main", 0)],
                prog_type=prog_type)
    return execute(ProgramFile("<t>", programs=[p]), p, ExecInputs(**kw))


def test_stack_below_frame_faults():
    res = run("stdw [%r10-520], 1\nmov %r0, 0\nexit")
    assert res.fault.kind == "stack_oob"
    assert res.fault.message == "invalid write to stack R10 off=-520 size=8"


def test_stack_above_fp_faults():
    res = run("ldxw %r0, [%r10+0]\nexit")
    assert res.fault.kind == "stack_oob" and "off=0 size=4" in res.fault.message


def test_uninitialised_stack_read_faults_per_byte():
    res = run("stw [%r10-8], 1\nldxdw %r0, [%r10-8]\nexit")
    assert res.fault.kind == "uninit_stack"
    assert res.fault.message == "invalid read from stack off -8+4 size 8"
    assert run("stw [%r10-8], 1\nstw [%r10-4], 2\nldxdw %r0, [%r10-8]\nexit").r0 == 0x200000001


def test_null_dereference():
    res = run("mov %r1, 0\nldxw %r0, [%r1+8]\nexit")
    assert res.fault.kind == "null_deref" and res.fault.rule == "CORE-04"


def test_wild_pointer():
    res = run("lddw %r1, 0x7fff000000001000\nldxw %r0, [%r1]\nexit")
    assert res.fault.kind == "bad_mem"


def test_conformance_mem_bounds_and_r2_length():
    assert run("mov %r0, %r2\nexit", mem=b"\1\2\3").r0 == 3
    res = run("ldxw %r0, [%r1+1]\nexit", mem=b"\1\2\3\4")
    assert res.fault.kind == "mem_oob"
    assert res.fault.message == "invalid access to memory, mem_size=4 off=1 size=4"


def test_pointer_arithmetic_is_allowed_within_a_region():
    assert run("add %r1, 2\nldxb %r0, [%r1-1]\nexit", mem=b"\1\2\3").r0 == 2


def test_skb_ctx_fields_for_socket_filter_and_tc():
    # socket filters see the frame with the Ethernet header pulled (oracle example h)
    assert run("ldxw %r0, [%r1+0]\nexit").r0 == 50
    assert run("ldxw %r0, [%r1+0]\nexit", prog_type="sched_cls").r0 == 64
    # protocol holds the EtherType as stored (big-endian in a u32): 0x0008 for IPv4
    assert run("ldxw %r0, [%r1+16]\nexit", prog_type="sched_cls").r0 == 0x0008
    # mark comes from the ctx input
    ctx = bytearray(SK_BUFF.size)
    ctx[8:12] = (77).to_bytes(4, "little")
    assert run("ldxw %r0, [%r1+8]\nexit", ctx=bytes(ctx)).r0 == 77


def test_packet_pointers_and_bounds():
    direct = """
    ldxw %r2, [%r1+76]
    ldxw %r3, [%r1+80]
    mov %r4, %r2
    add %r4, 14
    jgt %r4, %r3, +2
    ldxb %r0, [%r2+12]
    exit
    mov %r0, 0
    exit
    """
    assert run(direct, prog_type="sched_cls").r0 == DEFAULT_PACKET[12]
    res = run("ldxw %r2, [%r1+76]\nldxb %r0, [%r2+64]\nexit", prog_type="sched_cls")
    assert res.fault.kind == "pkt_oob" and res.fault.rule == "CORE-08"


def test_xdp_ctx_layout():
    res = run("ldxw %r2, [%r1+0]\nldxw %r3, [%r1+4]\nmov %r0, %r3\nsub %r0, %r2\nexit",
              prog_type="xdp", packet=bytes(100))
    assert res.r0 == 100
    assert XDP_MD.field("data_meta").offset == 8


@pytest.mark.parametrize("asm", [
    "ldxw %r0, [%r1+200]\nexit",        # past __sk_buff
    "ldxh %r0, [%r1+76]\nexit",          # half of a pointer field
    "stw [%r1+76], 0\nmov %r0, 0\nexit",  # writing skb->data
])
def test_ctx_violations(asm):
    assert run(asm).fault.kind == "ctx_oob"


def test_ld_abs_big_endian_and_out_of_range_exits_with_zero():
    # socket filter: offset 9 of the IPv4 header is the protocol (17, UDP)
    assert run("mov %r6, %r1\nldabsb 9\nexit").r0 == 17
    assert run("mov %r6, %r1\nldabsh 2\nexit").r0 == 50          # IPv4 total length, BE
    res = run("mov %r6, %r1\nldabsw 1000\nmov %r0, 5\nexit")
    assert res.fault is None and res.r0 == 0
    # LD_ABS clobbers r1-r5
    assert run("mov %r6, %r1\nmov %r2, 1\nldabsb 9\nmov %r0, %r2\nexit").fault.kind == "uninit_reg"


def test_syscall_ctx_is_raw_bytes():
    p = "ldxw %r0, [%r1+0]\nexit"
    assert run(p, prog_type="syscall", ctx=bytes([7, 0, 0, 0])).r0 == 7
    assert run(p, prog_type="syscall").r0 == 0       # 64 zero bytes by default
    assert run("ldxw %r0, [%r1+4]\nexit", prog_type="syscall", ctx=bytes(4)).fault.kind == "ctx_oob"


def test_helper_reading_uninitialised_key_faults():
    from bpfsmt.grammar.asm import parse_program_text
    text = """
.map a type=array key_size=4 value_size=8 max_entries=1
.program main section=tc
    r2 = r10
    r2 += -4
    r1 = %[a] ll
    call bpf_map_lookup_elem
    r0 = 0
    exit
"""
    res = execute(parse_program_text(text, "<t>"), "main")
    assert res.fault.kind == "uninit_stack" and res.fault.slot == 4
    assert res.fault.message == "invalid indirect read from stack R2 off -4+0 size 4"


def test_ld_abs_negative_offsets_address_headers():
    # SKF_LL_OFF + 12: the EtherType, from the link-layer header even when it was pulled
    assert run("mov %r6, %r1\nldabsh -2097140\nexit").r0 == 0x0800
    assert run("mov %r6, %r1\nldabsh -2097140\nexit", prog_type="sched_cls").r0 == 0x0800
    # SKF_NET_OFF + 9: the IPv4 protocol for tc, whose data starts at the Ethernet header
    assert run("mov %r6, %r1\nldabsb -1048567\nexit", prog_type="sched_cls").r0 == 17
    assert run("mov %r6, %r1\nldabsb 9\nexit", prog_type="sched_cls").r0 == 0x00


def test_ctx_layouts_are_consistent():
    from bpfsmt.spec.ctx import PROG_CTX, pkt_type_of
    for spec in set(PROG_CTX.values()):
        lay = spec.layout
        end = 0
        for f in sorted(lay.fields, key=lambda f: f.offset):
            assert f.offset >= end and f.offset + f.size <= lay.size, (lay.name, f.name)
            end = f.offset + f.size
            if f.is_pointer:
                assert f.size in (4, 8)
    assert SK_BUFF.field("data").offset == 76 and SK_BUFF.field("data_end").offset == 80
    assert SK_BUFF.field("hwtstamp").offset == 184 and SK_BUFF.size == 192
    assert pkt_type_of(DEFAULT_PACKET) == 3 and pkt_type_of(bytes(14)) == 0


def test_ctx_bytes_builder():
    from bpfsmt.spec.ctx import ctx_bytes
    assert run("ldxw %r0, [%r1+8]\nexit", prog_type="sched_cls",
               ctx=ctx_bytes("sched_cls", mark=0x1234)).r0 == 0x1234
    with pytest.raises(KeyError):
        ctx_bytes("xdp", mark=1)
