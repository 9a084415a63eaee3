"""Robustness on 156 real objects (vbpf/ebpf-samples): every object loads into the IR or fails
with a located InputError, never another exception. Only parses (fast)."""
import glob
import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))
from oracle_labels import norm_sha256  # noqa: E402

from bpfsmt.grammar import vmlinux
from bpfsmt.grammar.elf import load_elf
from bpfsmt.spec.errors import InputError

SHARED = os.environ.get("BPFSMT_SHARED",
                        os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
CORPUS = os.path.join(SHARED, "corpus", "ebpf-samples")
OBJECTS = sorted(glob.glob(os.path.join(CORPUS, "**", "*.o"), recursive=True))

pytestmark = pytest.mark.skipif(not OBJECTS, reason=f"corpus not found at {CORPUS}")


def test_every_object_loads_or_fails_cleanly():
    programs = 0
    errors = []
    loaded = 0
    for path in OBJECTS:
        try:
            pf = load_elf(path)
        except InputError as e:
            assert str(e).startswith(path + ":0:0: "), str(e)
            errors.append(os.path.relpath(path, CORPUS))
            continue
        loaded += 1
        programs += len(pf.programs)
        names = list(pf.maps)
        for p in pf.programs:
            assert p.insns and p.functions and p.functions[0].start == 0
            assert p.prog_type
            slots = p.slot_count()
            for f in p.functions:
                assert 0 <= f.start < slots
            for i in p.insns:
                if i.is_wide and i.src in (1, 2):
                    assert names[i.imm] == i.target
    print(f"\ncorpus: {len(OBJECTS)} objects, {loaded} loaded, {programs} programs, "
          f"{len(errors)} rejected: {errors}")
    # the two deliberately malformed objects, and two that call extern functions not declared
    # __ksym, which libbpf 1.1 refuses too ("failed to find BTF for extern", corpus_oracle.jsonl)
    expected = ["build/badrelo.o", "build/externalfunction.o", "invalid/badsymsize.o",
                "invalid/invalid-lddw.o"]
    if vmlinux.btf_path("6.1") is None:      # CO-RE needs the kernel's BTF (`make btf`)
        expected += ["cilium-examples/tcprtt_bpf_bpfel.o", "cilium-examples/tcprtt_sockops_bpf_bpfel.o"]
    assert sorted(errors) == sorted(expected)
    assert programs >= 570


LABELS = os.path.join(os.path.dirname(__file__), "data", "corpus_oracle.jsonl")


def test_ir_equals_what_libbpf_submitted_to_the_kernel():
    """tests/data/corpus_oracle.jsonl: the 6.1 oracle (libbpf 1.1.2) on the 74 corpus objects
    with BTF and no legacy `maps` section. For every program libbpf relocated, the IR is the
    same instruction stream (subprograms appended in the same order, same map value
    offsets)."""
    import json
    labels = [json.loads(l) for l in open(LABELS)]
    compared = 0
    cache = {}
    for lab in labels:
        if not lab.get("insns_sha256") or not lab.get("relocated"):
            continue
        path = os.path.join(CORPUS, lab["file"])
        if path not in cache:
            cache[path] = load_elf(path)
        prog = cache[path].program(lab["prog"])
        assert norm_sha256(prog.insns) == lab["insns_sha256"], (lab["file"], lab["prog"])
        compared += 1
    assert compared == 77


@pytest.mark.parametrize("rel,outer,inner", [
    ("build/map_in_map_legacy.o", "array_of_maps", "inner_map"),
    ("linux/test_map_in_map_kern.o", "h_of_port_h", "port_h"),
])
def test_legacy_map_in_map_inner_index(rel, outer, inner):
    pf = load_elf(os.path.join(CORPUS, rel))
    m = pf.maps[outer]
    assert m.map_type in ("array_of_maps", "hash_of_maps") and m.value_size == 4
    assert m.inner is pf.maps[inner] and not m.has_btf


def test_btf_map_in_map_variants():
    for rel in ("build/map_in_map.o", "build/map_in_map_anonymous.o",
                "build/map_in_map_typedef.o"):
        pf = load_elf(os.path.join(CORPUS, rel))
        outers = [m for m in pf.maps.values() if m.map_type in ("array_of_maps", "hash_of_maps")]
        assert outers and all(m.inner is not None and m.inner.map_type for m in outers), rel


def test_untyped_sections_follow_the_loader_not_siblings():
    pf = load_elf(os.path.join(CORPUS, "ovs", "datapath.o"))   # EM_NONE from an old LLVM
    types = {p.section: p.prog_type for p in pf.programs}
    assert types["xdp"] == "xdp" and types["tail-0"] == "sched_cls"
    assert types["ingress"] == "sched_cls"
    pf = load_elf(os.path.join(CORPUS, "cilium", "bpf_xdp.o"))
    assert {p.prog_type for p in pf.programs} == {"xdp"}
    pf = load_elf(os.path.join(CORPUS, "linux", "sockex3_kern.o"))  # socket/N: libbpf 0.x
    assert {p.prog_type for p in pf.programs} == {"socket_filter"}
