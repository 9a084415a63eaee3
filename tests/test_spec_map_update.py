"""bpf_map_update_elem's errno order (spec/maps.map_update_elem), stated once over a domain:
the kernel's order on chosen cases, and the executor's domain (Python values) agreeing with
the lowering's (FOLD: Z3 terms folded without the simplifier) on every combination of map
kind, flags, presence, fill, allocation failure and early LRU eviction; an LRU map's node pop
(spec/maps.lru_prealloc_pop) evicts before the key is looked up."""
from __future__ import annotations

import itertools

import pytest
import z3

from bpfsmt.spec.errno import E2BIG, EEXIST, EINVAL, ENOENT, ENOMEM, ENOSPC, EOPNOTSUPP
from bpfsmt.spec.isa import CONCRETE, z3_domain
from bpfsmt.spec.maps import (BPF_ANY, BPF_EXIST, BPF_F_LOCK, BPF_NOEXIST, lru_prealloc_pop,
                              map_update_elem)
from bpfsmt.spec.program import BPF_F_NO_PREALLOC, Map
from bpfsmt.solver.symbolic.maptypes import FOLD

MAPS = {
    "array": Map("a", "array", max_entries=4),
    "array_lock": Map("al", "array", max_entries=4, spin_lock_off=0),
    "hash": Map("h", "hash", max_entries=4),
    "hash_lock": Map("hl", "hash", max_entries=4, spin_lock_off=0),
    "hash_noprealloc": Map("hn", "hash", max_entries=4, flags=BPF_F_NO_PREALLOC),
    "percpu_noprealloc": Map("pn", "percpu_hash", max_entries=4, flags=BPF_F_NO_PREALLOC),
    "lru": Map("l", "lru_hash", max_entries=4),
    "lru_percpu": Map("lp", "lru_percpu_hash", max_entries=4),
    "prog_array": Map("p", "prog_array", max_entries=4),
    "lpm_trie": Map("t", "lpm_trie", key_size=8, max_entries=4, flags=BPF_F_NO_PREALLOC),
}
FLAGS = (BPF_ANY, BPF_NOEXIST, BPF_EXIST, 3, BPF_F_LOCK, BPF_F_LOCK | BPF_EXIST, 8, 1 << 40)


def concrete(m, flags, present, count=0, nomem=False):
    out = map_update_elem(CONCRETE, m, flags, present, count, nomem)
    return CONCRETE.signed(out.r0, 64), out.ok, out.fresh, out.evict


def test_kernel_order_of_checks():
    h, a, hl, lru = MAPS["hash"], MAPS["array"], MAPS["hash_lock"], MAPS["lru"]
    # flags first, even before an array index past max_entries
    assert concrete(a, 3, False)[0] == -EINVAL
    # array_map_update_elem: the index before BPF_NOEXIST, BPF_NOEXIST before BPF_F_LOCK
    assert concrete(a, BPF_NOEXIST, False)[0] == -E2BIG
    assert concrete(a, BPF_NOEXIST | BPF_F_LOCK, True)[0] == -EEXIST
    assert concrete(a, BPF_F_LOCK, True)[0] == -EINVAL
    assert concrete(MAPS["array_lock"], BPF_F_LOCK, True)[:2] == (0, True)
    # htab_map_update_elem: BPF_F_LOCK without a lock before check_flags
    assert concrete(h, BPF_NOEXIST | BPF_F_LOCK, True, 4)[0] == -EINVAL
    assert concrete(hl, BPF_NOEXIST | BPF_F_LOCK, True, 4)[0] == -EEXIST
    assert concrete(h, BPF_EXIST, False, 4)[0] == -ENOENT
    # a full map refuses a new key, not an existing one; an LRU map never refuses (its pop
    # made room) and never evicts in map_update_elem (lru_prealloc_pop did, before)
    assert concrete(h, BPF_ANY, False, 4)[0] == -E2BIG
    assert concrete(h, BPF_ANY, True, 4) == (0, True, False, False)
    assert concrete(lru, BPF_ANY, False, 4) == (0, True, True, False)
    assert concrete(lru, BPF_ANY, False, 2) == (0, True, True, False)
    # E2BIG before ENOMEM; a per-CPU map allocates only for a new key, a plain one always
    assert concrete(MAPS["hash_noprealloc"], BPF_ANY, False, 4, nomem=True)[0] == -E2BIG
    assert concrete(MAPS["hash_noprealloc"], BPF_ANY, True, 1, nomem=True)[0] == -ENOMEM
    assert concrete(MAPS["percpu_noprealloc"], BPF_ANY, True, 1, nomem=True)[0] == 0
    assert concrete(MAPS["percpu_noprealloc"], BPF_ANY, False, 1, nomem=True)[0] == -ENOMEM
    # a preallocated map never fails to allocate
    assert concrete(h, BPF_ANY, False, 1, nomem=True)[0] == 0
    # trie_check_add_elem: an LPM trie without room for a new key says -ENOSPC
    assert concrete(MAPS["lpm_trie"], BPF_ANY, False, 4)[0] == -ENOSPC
    assert concrete(MAPS["lpm_trie"], BPF_NOEXIST, True, 4)[0] == -EEXIST
    assert concrete(MAPS["lpm_trie"], BPF_ANY, True, 4)[:2] == (0, True)
    assert concrete(MAPS["prog_array"], BPF_ANY, True)[0] == -EOPNOTSUPP
    assert concrete(MAPS["prog_array"], 3, True)[0] == -EINVAL


def test_lru_pop_evicts_before_the_key_is_looked_up():
    """htab_lru_map_update_elem: -EINVAL for flags above BPF_EXIST, then prealloc_lru_pop,
    then lookup_elem_raw and check_flags. A full map loses an element on EVERY update that
    gets past the flags: of a present key, and one that then fails."""
    lru, pcpu = MAPS["lru"], MAPS["lru_percpu"]
    pop = lambda m, flags, count, early=False: lru_prealloc_pop(CONCRETE, m, flags, count, early)
    for flags in (BPF_ANY, BPF_NOEXIST, BPF_EXIST):
        assert pop(lru, flags, 4) is True          # full: whatever the key's presence
        assert pop(lru, flags, 2) is False
        assert pop(lru, flags, 2, early=True) is True
        assert pop(lru, flags, 0, early=True) is False     # nothing to drop
    for flags in (3, BPF_F_LOCK, 8, 1 << 40):
        assert pop(lru, flags, 4) is False         # -EINVAL before the pop
        assert concrete(lru, flags, True, 4)[0] == -EINVAL
    # the per-CPU variant pops unless BPF_EXIST (an existing element is updated in place)
    assert pop(pcpu, BPF_ANY, 4) is True and pop(pcpu, BPF_NOEXIST, 4) is True
    assert pop(pcpu, BPF_EXIST, 4) is False
    assert pop(MAPS["hash"], BPF_ANY, 4) is False
    # the kernel's order, the key present in a full map. Another key dropped: BPF_NOEXIST
    # fails with -EEXIST and the dropped element stays gone (count 3).
    assert pop(lru, BPF_NOEXIST, 4)
    assert concrete(lru, BPF_NOEXIST, True, 3)[0] == -EEXIST
    # the key itself dropped: BPF_EXIST finds nothing (-ENOENT), BPF_NOEXIST now succeeds
    assert concrete(lru, BPF_EXIST, False, 3)[0] == -ENOENT
    assert concrete(lru, BPF_NOEXIST, False, 3) == (0, True, True, False)


def _const(e):
    e = z3.simplify(e)
    if z3.is_bv_value(e):
        return e.as_long()
    assert z3.is_true(e) or z3.is_false(e), e
    return z3.is_true(e)


@pytest.mark.parametrize("kind", sorted(MAPS))
def test_executor_and_lowering_domains_agree(kind):
    """The same function over Python values, over folded Z3 constants, and over Z3 terms of
    symbolic inputs evaluated at those values: one answer."""
    m = MAPS[kind]
    sf, sp, sc = z3.BitVec("flags", 64), z3.Bool("present"), z3.BitVec("count", 32)
    snomem, searly = z3.Bool("nomem"), z3.Bool("early")
    for D in (FOLD, z3_domain()):
        sym = map_update_elem(D, m, sf, sp, sc, snomem)
        for flags, present, count, nomem, early in itertools.product(
                FLAGS, (False, True), (0, 3, 4), (False, True), (False, True)):
            want = map_update_elem(CONCRETE, m, flags, present, count, nomem)
            want = (want.r0, want.ok, want.fresh, want.evict)
            folded = map_update_elem(FOLD, m, FOLD.const(flags), z3.BoolVal(present),
                                     FOLD.const(count, 32), z3.BoolVal(nomem))
            # FOLD hands back constants for constant inputs, without the simplifier
            assert all(z3.is_bv_value(x) or z3.is_true(x) or z3.is_false(x)
                       for x in (folded.r0, folded.ok, folded.fresh, folded.evict)), kind
            assert tuple(_const(x) for x in (folded.r0, folded.ok, folded.fresh,
                                             folded.evict)) == want
            sub = [(sf, z3.BitVecVal(flags, 64)), (sp, z3.BoolVal(present)),
                   (sc, z3.BitVecVal(count, 32)), (snomem, z3.BoolVal(nomem)),
                   (searly, z3.BoolVal(early))]
            got = tuple(_const(z3.substitute(x, *sub))
                        for x in (sym.r0, sym.ok, sym.fresh, sym.evict))
            assert got == want, (kind, flags, present, count, nomem, early)
            pop = lru_prealloc_pop(CONCRETE, m, flags, count, early)
            assert _const(lru_prealloc_pop(FOLD, m, FOLD.const(flags), FOLD.const(count, 32),
                                           z3.BoolVal(early))) == pop
            assert _const(z3.substitute(lru_prealloc_pop(D, m, sf, sc, searly), *sub)) == pop


def test_queue_push_and_sock_map_update_kernel_order():
    from bpfsmt.spec.maps import queue_push, sock_map_update
    push = lambda flags, full: (lambda o: (CONCRETE.signed(o.r0, 64), o.ok, o.evict))(
        queue_push(CONCRETE, flags, full))
    assert push(BPF_NOEXIST, False)[0] == -EINVAL and push(1 << 33, False)[0] == -EINVAL
    assert push(BPF_ANY, True) == (-E2BIG, False, False)
    assert push(BPF_EXIST, True) == (0, True, True)          # the oldest element goes
    assert push(BPF_ANY, False) == (0, True, False)

    def upd(kind, flags, present, past=False, full=False, unsuitable=False):
        o = sock_map_update(CONCRETE, kind, flags, present, past, full, unsuitable)
        return CONCRETE.signed(o.r0, 64)
    assert upd("sockmap", 3, False, unsuitable=True) == -EOPNOTSUPP
    assert upd("sockmap", 3, False, past=True) == -EINVAL
    assert upd("sockmap", BPF_NOEXIST, True, past=True) == -E2BIG
    assert upd("sockhash", BPF_NOEXIST, True, full=True) == -EEXIST
    assert upd("sockhash", BPF_EXIST, False, full=True) == -ENOENT
    assert upd("sockhash", BPF_ANY, False, full=True) == -E2BIG
    assert upd("sockmap", BPF_ANY, False, full=True) == 0      # a sockmap has a slot per index


@pytest.mark.parametrize("kind", ["sockmap", "sockhash"])
def test_sock_map_and_queue_domains_agree(kind):
    from bpfsmt.spec.maps import queue_push, sock_map_update
    sf, sp, sx, sfull, su = (z3.BitVec("flags", 64), z3.Bool("present"), z3.Bool("past"),
                             z3.Bool("full"), z3.Bool("unsuitable"))
    for D in (FOLD, z3_domain()):
        sym = sock_map_update(D, kind, sf, sp, sx, sfull, su)
        qsym = queue_push(D, sf, sfull)
        for flags, present, past, full, unsuitable in itertools.product(
                FLAGS, *([(False, True)] * 4)):
            sub = [(sf, z3.BitVecVal(flags, 64)), (sp, z3.BoolVal(present)),
                   (sx, z3.BoolVal(past)), (sfull, z3.BoolVal(full)),
                   (su, z3.BoolVal(unsuitable))]
            for want, got in ((sock_map_update(CONCRETE, kind, flags, present, past, full,
                                               unsuitable), sym),
                              (queue_push(CONCRETE, flags, full), qsym)):
                assert tuple(_const(z3.substitute(x, *sub)) for x in
                             (got.r0, got.ok, got.fresh, got.evict)) == \
                    (want.r0, want.ok, want.fresh, want.evict)
