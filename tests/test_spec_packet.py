"""spec/packet.packet_bytes, the packet byte helpers' rule: the kernel's errnos on chosen cases
(tests/test_check_oracle_engines.py holds the engines to the oracle's labels), and the
executor's domain agreeing with the Z3 one on offsets, sizes, packet lengths and flags."""
from __future__ import annotations

import itertools

import pytest
import z3

from bpfsmt.spec.errno import EFAULT, EINVAL
from bpfsmt.spec.isa import CONCRETE, z3_domain
from bpfsmt.spec.packet import packet_bytes

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
