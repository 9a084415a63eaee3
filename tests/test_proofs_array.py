"""Inline array lookup proofs."""
import pytest
from hypothesis import given, settings, strategies as st

from bpfsmt.proofs import array_lookup as al
from bpfsmt.proofs.registry import PROVED, REFUTED, all_theorems, run_theorem
from bpfsmt.spec.insn import encode
from bpfsmt.spec.maps import array_elem_size, array_index_mask
from bpfsmt.spec.program import BPF_F_INNER_MAP

THEOREMS = {t.name: t for t in all_theorems() if t.issue == "array-lookup"}

# xlated bytes of the inlined lookups the Debian 6.1 kernel produced for
# ../shared/oracle/examples/inputs/f_array_lookup.bpf.c (results.jsonl, lookup_arr8/arr24),
# from the `r1 += 272` after the map lddw up to the `r0 = 0` that ends the sequence.
ORACLE_ARR8 = ("0701000010010000612000000000000035000300080000006700000003000000"
               "0f100000000000000500010000000000b700000000000000")
ORACLE_ARR24 = ("0701000010010000612000000000000035000300050000002700000018000000"
                "0f100000000000000500010000000000b700000000000000")


def test_generator_matches_the_kernel_xlated_bytes():
    assert encode(al.gen_array_lookup(8, 8, True, 7)).hex() == ORACLE_ARR8
    assert encode(al.gen_array_lookup(5, 24, True, 7)).hex() == ORACLE_ARR24
    assert al.gen_array_lookup(5, 24, False, 7)[3].imm == 7          # w0 &= index_mask
    assert len(al.gen_array_lookup(5, 24, False, 7)) == 8
    assert al.gen_array_lookup(4, 8, True, 3, map_flags=BPF_F_INNER_MAP) is None


@pytest.mark.parametrize("name", ["AL.gen_lookup", "AL.spectre", "AL.map_in_map", "AL.const_key_null"])
def test_theorem_proved_and_mutants_refuted(name):
    rep = run_theorem(THEOREMS[name])
    assert rep.outcome.status == PROVED, rep.outcome.reason
    for m, o in rep.mutants:
        assert o.status == REFUTED and o.replayed is True, (m.name, o.reason, o.counterexample)
    assert rep.ok


def test_mutant_counterexamples_are_out_of_bounds_or_wrong_element():
    o = al._refute_mim(al.MimRules("x", meta_max_entries=False), "OUT OF BOUNDS")
    c = o.counterexample
    assert c["key"] >= c["inner_max_entries"] and "OUT OF BOUNDS" in c["replay"]["concrete_meaning"]
    assert c["replay"]["executor"]["helper_says"] == "NULL"
    o = al._refute_mim(al.MimRules("y", copy_elem_size=False), "element 0")
    c = o.counterexample
    assert c["key"] != 0 and c["replay"]["concrete_meaning"] == "element 0"


def test_huge_max_entries_finding():
    f = al.huge_max_entries_finding()
    assert f["index_mask"]["result"] == "cex" and f["index_mask"]["concrete"].startswith("element")
    assert f["bypass_spec_v1"]["result"] == "cex" and "OUT OF BOUNDS" in f["bypass_spec_v1"]["concrete"]


@settings(max_examples=60, deadline=None)
@given(me=st.integers(1, 1 << 20), vs=st.integers(1, 4096), key=st.integers(0, (1 << 32) - 1),
       bypass=st.booleans())
def test_concrete_sequence_meets_the_spec(me, vs, key, bypass):
    es = array_elem_size(vs)
    mask = array_index_mask(me)
    base = al.KERNEL_LO
    got = al.run_concrete(al.gen_array_lookup(me, es, bypass, mask), base - al.ARRAY_VALUE_OFF, key)
    assert got == (base + key * es if key < me else 0)
    spec = al.run_concrete(al.gen_array_lookup(me, es, False, mask), base - al.ARRAY_VALUE_OFF, key,
                           speculate=True)
    assert 0 <= spec - base < (mask + 1) * es


def _inlined_sequences(xlated_hex):
    """Every array_map_gen_lookup sequence in a kernel xlated dump (starts at `r1 += 272`)."""
    from bpfsmt.spec.insn import decode
    insns = decode(bytes.fromhex(xlated_hex))
    for i, ins in enumerate(insns):
        if ins.encode().hex() == "0701000010010000" and i + 6 < len(insns):
            jge = insns[i + 2]
            n = 8 if insns[i + 3].cls == 4 and insns[i + 3].code == 0x50 else 7  # w0 &= mask
            seq = insns[i:i + n]
            if len(seq) == n and seq[-2].is_ja:      # (array_of_map_gen_lookup loads instead)
                yield seq, jge


def test_every_inlined_lookup_the_kernel_emitted_is_the_generator_output():
    """All inlined array lookups in the labelling helper's oracle runs (tests/oracle/array) are
    byte-identical to gen_array_lookup for the parameters they encode."""
    import json
    import os
    path = os.path.join(os.path.dirname(__file__), "oracle", "array", "labels.json")
    if not os.path.exists(path):
        pytest.skip("no array labels")
    seen = 0
    for r in json.load(open(path)):
        for seq, jge in _inlined_sequences(r.get("xlated") or ""):
            me = jge.imm & 0xFFFFFFFF
            scale = seq[-4]
            es = 1 << scale.imm if scale.code == 0x60 else scale.imm
            bypass = len(seq) == 7
            mask = array_index_mask(me) if not bypass else 0
            assert encode(al.gen_array_lookup(me, es, bypass, mask)) == encode(seq), r["prog"]
            seen += 1
    assert seen >= 10
