"""A hash map other users may have filled (or, without preallocation, one whose element cannot
be allocated): bpf_map_update_elem of a new key fails with -E2BIG (-ENOMEM), an LRU map
evicts instead. Both engines count a hash map's elements: the executor from the listed
contents plus `ExecInputs.map_others` (elements under keys the run never uses), `check` from
the input `count0:<map>`; the programs of tests/oracle/engines/loops.c carry the kernel's labels."""
from __future__ import annotations

import pytest

from oracle_labels import label_object_path, load_labels

from bpfsmt.grammar.asm import parse_program_text
from bpfsmt.grammar.loader import load
from bpfsmt.solver.concrete.exec import ExecInputs, execute
from bpfsmt.solver.symbolic.checker import check
from bpfsmt.spec.errno import E2BIG, EEXIST, ENOENT, ENOMEM
from bpfsmt.spec.helpers import MAP_UPDATE_LRU_EVICT, MAP_UPDATE_NOMEM

LOOPS = {lb.prog: lb for lb in load_labels("engines") if lb.file == "loops.c"}
LOOPS_612 = {lb.prog: lb for lb in load_labels("engines", kernel="6.12") if lb.file == "loops.c"}


def insert(key: int, flags: int = 0) -> str:
    """h[key] = 0 (BPF_ANY, or `flags`), the result in r0."""
    return (f" r1 = {key}\n *(u32 *)(r10 - 4) = r1\n r1 = 0\n *(u64 *)(r10 - 16) = r1\n"
            f" r1 = %[h] ll\n r2 = r10\n r2 += -4\n r3 = r10\n r3 += -16\n r4 = {flags}\n"
            " call bpf_map_update_elem\n")


UPDATE = (".map h type=TYPE key_size=4 value_size=8 max_entries=2 FLAGS\n.program p section=socket\n" +
          insert("KEY") + " w0 = -w0\n exit\n")


def _update(key, map_type="hash", flags="", **inputs):
    pf = parse_program_text(UPDATE.replace("TYPE", map_type).replace("FLAGS", flags)
                            .replace("KEY", str(key)), "<t>")
    return execute(pf, "p", ExecInputs(**inputs))


def test_executor_counts_other_users_elements():
    one = {"h": {(1).to_bytes(4, "little"): bytes(8)}}
    assert _update(2, maps=one).r0 == 0
    assert _update(2, maps=one, map_others={"h": 1}).r0 == E2BIG
    # an existing key is replaced in place; an LRU map makes room
    assert _update(1, maps=one, map_others={"h": 1}).r0 == 0
    assert _update(2, "lru_hash", maps=one, map_others={"h": 1}).r0 == 0
    # and may do so before it is full
    assert _update(2, "lru_hash", maps=one, helper_returns={MAP_UPDATE_LRU_EVICT: [1]}).r0 == 0


def test_executor_allocation_failure_without_preallocation():
    nomem = {MAP_UPDATE_NOMEM: [1]}
    assert _update(2, flags="flags=BPF_F_NO_PREALLOC", helper_returns=nomem).r0 == ENOMEM
    assert _update(2, helper_returns=nomem).r0 == 0      # preallocated: nothing to allocate


@pytest.mark.parametrize("prog,kind", [("hash_update_lookup_unchecked", "null_deref"),
                                       ("hash_update_e2big", "stack_oob"),
                                       ("hash_update_enomem", "stack_oob")])
def test_insertion_into_a_full_map_fails(prog, kind):
    """The kernel rejects these (it cannot know the map has room); `check` shows the run: the
    map full at entry (or the allocation failing), replayed."""
    assert not LOOPS[prog].accepted and not LOOPS_612[prog].accepted
    r = check(load(str(label_object_path(LOOPS[prog]))), prog, timeout=120)
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", kind, True), (r.verdict, r.kind, r.reason)
    if prog == "hash_update_enomem":
        assert r.inputs.helper_returns[MAP_UPDATE_NOMEM][0] != 0
    else:
        assert r.inputs.map_others["hash4"] + len(r.inputs.maps.get("hash4", {})) >= 4


def test_loop_may_fill_the_map():
    """2000 insertions into a 1024-element map: each update's result is checked by nobody,
    so a full map is harmless; the loop's invariant keeps the element count unknown."""
    assert LOOPS["loop_hash_update_2000"].accepted
    r = check(load(str(label_object_path(LOOPS["loop_hash_update_2000"]))), "loop_hash_update_2000",
              timeout=120)
    assert r.verdict == "safe", (r.verdict, r.reason)
    assert "element count of map hash1k" in r.loops[0], r.loops


LRU = (".map h type=lru_hash key_size=4 value_size=8 max_entries=64\n.program p section=socket\n" +
       insert(1) + " if r0 != 0 goto out\n" + insert(2) +
       " r1 = 1\n *(u32 *)(r10 - 4) = r1\n r1 = %[h] ll\n r2 = r10\n r2 += -4\n"
       " call bpf_map_lookup_elem\n r0 = *(u64 *)(r0 + 0)\nout:\n r0 = 0\n exit\n")


def test_lru_map_may_evict_before_it_is_full():
    """Key 1 inserted, then key 2: the second insertion may evict key 1 even in a map of 64
    that holds nothing else (a CPU whose free nodes ran out shrinks the LRU lists): reading key
    1 back unchecked is a NULL dereference, replayed with that early eviction."""
    r = check(parse_program_text(LRU, "<t>"), "p", timeout=120)
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "null_deref", True), (r.verdict, r.reason)
    assert r.inputs.helper_returns[MAP_UPDATE_LRU_EVICT][1] != 0 or \
        r.inputs.map_others.get("h", 0) >= 63, r.inputs


def _key(k: int) -> bytes:
    return k.to_bytes(4, "little")


# a second update of key 1 (BPF_EXIST, result ignored), then key 1 read back unchecked
LRU_PRESENT = (".map h type=lru_hash key_size=4 value_size=8 max_entries=64\n"
               ".program p section=socket\n" + insert(1) + " if r0 != 0 goto out\n" +
               insert(1, 2) + " r1 = 1\n *(u32 *)(r10 - 4) = r1\n r1 = %[h] ll\n r2 = r10\n"
               " r2 += -4\n call bpf_map_lookup_elem\n r0 = *(u64 *)(r0 + 0)\nout:\n r0 = 0\n"
               " exit\n")


def _lru_update(flags, inputs):
    pf = parse_program_text(UPDATE.replace("TYPE", "lru_hash").replace("FLAGS", "")
                            .replace("r4 = 0", f"r4 = {flags}").replace("KEY", "1"), "<t>")
    return execute(pf, "p", inputs)


def test_executor_lru_pop_evicts_before_check_flags():
    """htab_lru_map_update_elem pops its node before it looks the key up: in a full map an
    update of a present key drops elements (the input names which), and so does one that
    then fails; a dropped key may be the updated one (BPF_EXIST then finds nothing,
    BPF_NOEXIST succeeds)."""
    full = lambda **kw: ExecInputs(maps={"h": {_key(1): bytes(8), _key(2): bytes(8)}}, **kw)
    # BPF_NOEXIST on the present key 1 fails (-EEXIST), and key 2 is gone all the same
    r = _lru_update(1, full(lru_drops={"h": [[_key(2)]]}))
    assert r.r0 == EEXIST and set(r.maps["h"]) == {_key(1)}
    # BPF_ANY on a present key: in place, key 2 gone
    r = _lru_update(0, full(lru_drops={"h": [[_key(2)]]}))
    assert r.r0 == 0 and set(r.maps["h"]) == {_key(1)}
    # the key itself dropped: BPF_NOEXIST succeeds, BPF_EXIST is -ENOENT and the key is gone
    r = _lru_update(1, full(lru_drops={"h": [[_key(1)]]}))
    assert r.r0 == 0 and set(r.maps["h"]) == {_key(1), _key(2)}
    r = _lru_update(2, full(lru_drops={"h": [[_key(1)]]}))
    assert r.r0 == ENOENT and set(r.maps["h"]) == {_key(2)}
    # a shrink may take both; none named held: one the run never names goes
    r = _lru_update(2, full(lru_drops={"h": [[_key(1), _key(2)]]}))
    assert r.r0 == ENOENT and set(r.maps["h"]) == set()
    r = _lru_update(2, ExecInputs(maps={"h": {_key(1): bytes(8)}}, map_others={"h": 1}))
    assert r.r0 == 0 and set(r.maps["h"]) == {_key(1)}
    # not full, no early eviction: nothing dropped whatever the input says
    r = _lru_update(1, ExecInputs(maps={"h": {_key(1): bytes(8)}},
                                  lru_drops={"h": [[_key(1)]]}))
    assert r.r0 == EEXIST and _key(1) in r.maps["h"]


def test_lru_update_of_a_present_key_may_lose_it():
    """Key 1 inserted, then updated with BPF_EXIST: the kernel pops a node first, which in a
    full map (or on a CPU whose free nodes ran out) may drop key 1 itself; the update then
    fails with -ENOENT and key 1 is gone, so reading it back unchecked is a NULL dereference,
    replayed. An engine evicting only on the insertion of a new key calls this SAFE."""
    r = check(parse_program_text(LRU_PRESENT, "<t>"), "p", timeout=120)
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "null_deref", True), (r.verdict, r.reason)
    assert _key(1) in r.inputs.lru_drops["h"][1], r.inputs.lru_drops
    # the report (`check --json`) names the dropped key too
    assert _key(1).hex() in r.to_json()["inputs"]["lru_drops"]["h"][1]


# keys 1 and 2 inserted, then one update of key 3 (result ignored); key 2 is read unchecked
# only when key 1 is gone: both must go in that one pop
LRU_TWO = (".map h type=lru_hash key_size=4 value_size=8 max_entries=64\n"
           ".program p section=socket\n" + insert(1) + " if r0 != 0 goto out\n" + insert(2) +
           " if r0 != 0 goto out\n" + insert(3) +
           " r1 = 1\n *(u32 *)(r10 - 4) = r1\n r1 = %[h] ll\n r2 = r10\n r2 += -4\n"
           " call bpf_map_lookup_elem\n if r0 != 0 goto out\n"
           " r1 = 2\n *(u32 *)(r10 - 4) = r1\n r1 = %[h] ll\n r2 = r10\n r2 += -4\n"
           " call bpf_map_lookup_elem\n r0 = *(u64 *)(r0 + 0)\nout:\n r0 = 0\n exit\n")


def test_lru_pop_may_drop_several_keys():
    """__bpf_lru_list_shrink_inactive frees up to a batch of unreferenced nodes at once: one
    update may lose keys 1 and 2 together (an engine dropping one element per pop says SAFE)."""
    r = check(parse_program_text(LRU_TWO, "<t>"), "p", timeout=120)
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "null_deref", True), (r.verdict, r.reason)
