"""Robustness on 156 real objects (vbpf/ebpf-samples): every object loads into the IR or fails
with a located InputError, never another exception. Only parses (fast)."""
import glob
import os

import pytest

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
    # the two deliberately malformed objects are the only rejects
    assert sorted(errors) == ["invalid/badsymsize.o", "invalid/invalid-lddw.o"]
    assert programs >= 570
