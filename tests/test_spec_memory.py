"""spec/memory.py: the ordered checks of an access, and both engines reporting the first one
that fails (the executor stops there; the lowering's counterexample names the same check)."""
from __future__ import annotations

import pytest

from bpfsmt.grammar.asm import parse_program_text
from bpfsmt.solver.concrete.exec import execute
from bpfsmt.solver.symbolic.checker import check
from bpfsmt.spec import isa
from bpfsmt.spec import memory as M
from bpfsmt.spec.program import Map
from bpfsmt.spec.vocab import REGION_OF, RegionKind, RegType

D = isa.CONCRETE


def _map(**kw):
    return Map(name="m", map_type="array", key_size=4, value_size=kw.pop("value_size", 16),
               max_entries=1, **kw)


def test_order_of_map_value_checks():
    m = _map(spin_lock_off=0)
    acc = M.Access(RegionKind.MAP_VALUE, D.const(0), 4, True, map=m)
    assert [c.name for c in M.access_checks(acc)] == ["window", "bounds", "spin_lock", "read_only"]
    # a helper's indirect access does not see the lock word rule
    acc.helper = True
    assert [c.name for c in M.access_checks(acc)] == ["window", "bounds", "read_only"]


def test_first_failure_is_the_earliest_check():
    m = _map(value_size=8)
    # out of bounds AND read-only: bounds comes first
    acc = M.Access(RegionKind.MAP_VALUE, D.const(6), 4, True, map=m, writable=False)
    assert M.first_failure(D, acc) is M.MAP_VALUE_BOUNDS
    acc.off = D.const(0)
    assert M.first_failure(D, acc) is M.MAP_VALUE_READ_ONLY
    acc.writable = True
    assert M.first_failure(D, acc) is None


def test_stack_alignment_is_a_verifier_rule_only():
    acc = M.Access(RegionKind.STACK, D.const(-6), 4, True)
    assert M.STACK_ALIGNMENT in M.access_checks(acc)
    assert M.STACK_ALIGNMENT.bad(D, acc)
    assert M.first_failure(D, acc) is None          # the machine does not fault on it
    acc.off = D.const(-8)
    assert not M.STACK_ALIGNMENT.bad(D, acc)


def test_uninit_stack_reports_first_uninitialised_byte():
    acc = M.Access(RegionKind.STACK, D.const(-8), 4, False, init=[True, True, False, True])
    chk = M.first_failure(D, acc)
    assert chk is M.STACK_INIT
    args = chk.args(D, acc)
    assert D.signed(args[0], 64) == -8 and args[1] == 2 and args[2] == 4


def test_every_pointer_type_names_a_region():
    for t in RegType:
        # not memory a program reads: a dynptr's slots, a per-CPU variable before bpf_*_cpu_ptr
        if t in (RegType.SCALAR, RegType.STALE_PACKET, RegType.PTR_TO_BTF_ID, RegType.DYNPTR,
                 RegType.PTR_TO_PERCPU):
            continue
        assert t in REGION_OF, t


RO_MAP = (".map ro type=array key_size=4 value_size=8 max_entries=1 section=.rodata "
          "flags=BPF_F_RDONLY_PROG data=hex:2a00000000000000\n")


@pytest.mark.parametrize("store, kind, first", [
    ("*(u64 *)(r1 + 0) = r0", "bad_mem", "write into map forbidden, value_size=8 off=0 size=8"),
    ("*(u64 *)(r1 + 4) = r0", "map_value_oob", "invalid access to map value, value_size=8 off=4 size=8"),
])
def test_both_engines_stop_at_the_same_check(store, kind, first):
    text = RO_MAP + f".program main section=tc\n r1 = map[ro][0]+0\n r0 = *(u64 *)(r1 + 0)\n {store}\n exit\n"
    pf = parse_program_text(text)
    run = execute(pf, "main")
    assert (run.fault.kind, run.fault.message) == (kind, first)
    res = check(pf, "main", timeout=10)
    assert (res.verdict, res.kind, res.insn, res.replayed) == ("unsafe", kind, 3, True)
    assert res.message == first
