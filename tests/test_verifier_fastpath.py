"""The verifier's shortcut for ALU on two constants (alu.scalar_alu_known) against the general
rules it stands in for (bounds.adjust_scalar + reg_bounds_sync): every field equal, for every
operation, both widths, edge constants and random ones."""
import random

import pytest

from bpfsmt.spec.insn import ALU_NAMES, BPF_ALU, BPF_ALU64, BPF_K, BPF_X, Insn
from bpfsmt.solver.verifier.alu import known_value, scalar_alu_known
from bpfsmt.solver.verifier.bounds import (U64, Bounds, Tnum, adjust_scalar, mark_known,
                                           mark_unknown)

OPS = {name: code for code, name in ALU_NAMES.items()
       if name in ("add", "sub", "mul", "div", "mod", "or", "and", "xor", "lsh", "rsh", "arsh")}
EDGE = [0, 1, 2, 7, 31, 32, 63, 64, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 1 << 32, (1 << 63) - 1,
        1 << 63, U64, U64 - 1, 0xDEADBEEF12345678]


def _known(v: int) -> Bounds:
    b = Bounds()
    mark_known(b, v)
    return b


def _fields(b: Bounds) -> tuple:
    return (b.var_off, b.smin, b.smax, b.umin, b.umax, b.s32min, b.s32max, b.u32min, b.u32max)


def _general(op: str, alu64: bool, dv: int, sv: int) -> tuple:
    d = _known(dv)
    if not adjust_scalar(d, _known(sv), op, not alu64):
        mark_unknown(d)
    return _fields(d)


def _cases():
    rng = random.Random(14)
    vals = EDGE + [rng.getrandbits(64) for _ in range(12)] + [rng.getrandbits(8) for _ in range(6)]
    for op in OPS:
        for alu64 in (True, False):
            for dv in vals[::3] if op in ("lsh", "rsh", "arsh") else vals:
                for sv in vals if op in ("lsh", "rsh", "arsh") else vals[::2]:
                    yield op, alu64, dv, sv


@pytest.mark.parametrize("op", sorted(OPS))
def test_constant_alu_equals_the_general_rules(op):
    taken = 0
    for o, alu64, dv, sv in _cases():
        if o != op:
            continue
        for source in (BPF_K, BPF_X):
            if source == BPF_K and not -(1 << 31) <= (sv if sv < 1 << 63 else sv - (1 << 64)) < 1 << 31:
                continue            # an imm is a sign-extended s32
            ins = Insn((BPF_ALU64 if alu64 else BPF_ALU) | OPS[op] | source, 1, 2 if source else 0)
            v = scalar_alu_known(ins, op, alu64, _known(dv), _known(sv))
            if v is not None:
                taken += 1
                assert _fields(_known(v)) == _general(op, alu64, dv, sv), (op, alu64, hex(dv), hex(sv))
    # the shortcut is taken for everything but DIV/MOD and over-wide shifts
    assert (taken == 0) == (op in ("div", "mod"))


def test_only_a_constant_in_every_field_is_known():
    assert known_value(_known(5)) == 5
    wide = _known(5)
    wide.umax = 9                      # constant tnum, bounds that say otherwise
    assert known_value(wide) is None
    b = Bounds()
    assert known_value(b) is None
    b.var_off = Tnum(4, 1)
    assert known_value(b) is None
