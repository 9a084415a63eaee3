"""spec/packet.packet_bytes (the packet byte helpers) and xdp_adjust (bpf_xdp_adjust_*): the kernel's errnos on chosen cases
(tests/test_check_oracle_engines.py holds the engines to the oracle's labels), and the
executor's domain agreeing with the Z3 one on offsets, sizes, packet lengths and flags."""
from __future__ import annotations

import itertools

import pytest
import z3

from bpfsmt.spec.errno import EACCES, EFAULT, EINVAL
from bpfsmt.spec.isa import CONCRETE, z3_domain
from bpfsmt.spec.packet import packet_bytes, xdp_adjust

NAMES = ("skb_load_bytes", "skb_store_bytes", "xdp_load_bytes", "xdp_store_bytes")


def r0(name, off, size, length, flags=0):
    out = packet_bytes(CONCRETE, name, off, size, length, flags)
    return CONCRETE.signed(out.r0, 64), out.ok, out.clear


def test_kernel_errnos():
    assert r0("skb_load_bytes", 60, 8, 64) == (-EFAULT, False, True)
    assert r0("skb_load_bytes", 56, 8, 64) == (0, True, True)
    assert r0("skb_load_bytes", 1 << 31, 1, 1 << 40)[0] == -EFAULT      # offset > INT_MAX
    assert r0("skb_load_bytes", (1 << 32) + 4, 4, 64)[0] == 0           # the u32 of the register
    assert r0("xdp_load_bytes", 60, 8, 64) == (-EINVAL, False, False)
    assert r0("xdp_load_bytes", 0x10000, 8, 1 << 20)[0] == -EFAULT       # bpf_xdp_pointer
    assert r0("xdp_store_bytes", 0, 0x10000, 1 << 20)[0] == -EFAULT
    assert r0("skb_store_bytes", 60, 8, 64, 4)[0] == -EINVAL              # flags first
    assert r0("skb_store_bytes", 0, 8, 64, 3)[:2] == (0, True)
    assert r0("skb_store_bytes", 60, 8, 64, 3)[0] == -EFAULT


@pytest.mark.parametrize("name", NAMES)
def test_executor_and_lowering_domains_agree(name):
    so, sl, sf = z3.BitVec("off", 64), z3.BitVec("len", 64), z3.BitVec("flags", 64)
    for size in (1, 8, 0x10000):
        sym = packet_bytes(z3_domain(), name, so, size, sl, sf)
        for off, length, flags in itertools.product((0, 56, 60, 0xFFFF, 0x10000, 1 << 31,
                                                     (1 << 32) + 4), (64, 1 << 20), (0, 3, 4)):
            want = packet_bytes(CONCRETE, name, off, size, length, flags)
            sub = [(so, z3.BitVecVal(off, 64)), (sl, z3.BitVecVal(length, 64)),
                   (sf, z3.BitVecVal(flags, 64))]
            got = [z3.simplify(z3.substitute(x, *sub)) for x in (sym.r0, sym.ok, sym.clear)]
            assert got[0].as_long() == want.r0, (name, off, size, length, flags)
            assert (z3.is_true(got[1]), z3.is_true(got[2])) == (want.ok, want.clear)


# the BPF_PROG_TEST_RUN xdp buffer as the executor lays it out: xdp_frame up to 40, data at 256
FRAME, HARD = 40, 4096 - 320


def adjust(name, meta, data, end, delta):
    o = xdp_adjust(CONCRETE, name, meta, data, end, delta, FRAME, HARD)
    return CONCRETE.signed(o.r0, 64), o.meta, o.data, o.end


def test_xdp_adjust_kernel_rules():
    assert adjust("xdp_adjust_head", 256, 256, 320, -216) == (0, 40, 40, 320)
    assert adjust("xdp_adjust_head", 256, 256, 320, -217)[0] == -EINVAL     # into the xdp_frame
    assert adjust("xdp_adjust_head", 248, 256, 320, -209)[0] == -EINVAL     # the metadata too
    assert adjust("xdp_adjust_head", 256, 256, 320, 50) == (0, 306, 306, 320)
    assert adjust("xdp_adjust_head", 256, 256, 320, 51)[0] == -EINVAL       # ETH_HLEN stays
    assert adjust("xdp_adjust_meta", 256, 256, 320, -32) == (0, 224, 256, 320)
    assert adjust("xdp_adjust_meta", 256, 256, 320, -36)[0] == -EACCES      # over 32 bytes
    assert adjust("xdp_adjust_meta", 256, 256, 320, -6)[0] == -EACCES       # not 4-byte units
    assert adjust("xdp_adjust_meta", 256, 256, 320, 4)[0] == -EINVAL        # past data
    assert adjust("xdp_adjust_tail", 256, 256, 320, -50) == (0, 256, 256, 270)
    assert adjust("xdp_adjust_tail", 256, 256, 320, -51)[0] == -EINVAL
    assert adjust("xdp_adjust_tail", 256, 256, 320, HARD - 320) == (0, 256, 256, HARD)
    assert adjust("xdp_adjust_tail", 256, 256, 320, HARD - 319)[0] == -EINVAL


@pytest.mark.parametrize("name", ["xdp_adjust_head", "xdp_adjust_meta", "xdp_adjust_tail"])
def test_xdp_adjust_domains_agree(name):
    sm, sd, se, sx = (z3.BitVec(n, 64) for n in ("meta", "data", "end", "delta"))
    sym = xdp_adjust(z3_domain(), name, sm, sd, se, sx, z3.BitVecVal(FRAME, 64),
                     z3.BitVecVal(HARD, 64))
    for meta, end, delta in itertools.product((224, 248, 256), (260, 320, HARD),
                                              (-300, -217, -36, -6, 0, 4, 50, 3000)):
        want = xdp_adjust(CONCRETE, name, meta, 256, end, delta, FRAME, HARD)
        sub = [(sm, z3.BitVecVal(meta, 64)), (sd, z3.BitVecVal(256, 64)),
               (se, z3.BitVecVal(end, 64)), (sx, z3.BitVecVal(delta, 64))]
        got = [z3.simplify(z3.substitute(x, *sub)) for x in (sym.r0, sym.meta, sym.data, sym.end)]
        assert [g.as_long() for g in got] == [want.r0, want.meta, want.data, want.end], \
            (name, meta, end, delta)
