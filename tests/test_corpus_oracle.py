"""The verifier model on the real-world corpus against the real 6.1 kernel: every corpus program
the oracle could get to the verifier (tests/oracle/corpus/labels.json, see its gen.py for the two
routes) gets the kernel's verdict, its error line and the five statistics of the kernel's log
(`processed`, `max_states_per_insn`, `total_states`, `peak_states`, `mark_read`).

Each label keeps the sha256 of the instructions the kernel judged; it equals the IR bpfsmt loads
from the corpus object, so the model verifies exactly what the kernel verified. Programs whose
kernel walk took more than SLOW_INSNS processed insns run with BPFSMT_SLOW=1 (the Python walk
takes seconds to minutes on them); benchmarks/stats.py --corpus prints the figures for all.
"""
from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from oracle_labels import STATS_FIELDS, norm_sha256  # noqa: E402

from bpfsmt.grammar.elf import load_elf  # noqa: E402
from bpfsmt.spec.errors import InputError  # noqa: E402
from bpfsmt.solver.verifier import verify  # noqa: E402

SHARED = os.environ.get("BPFSMT_SHARED", str(Path(__file__).resolve().parents[2] / "shared"))
CORPUS = Path(SHARED) / "corpus" / "ebpf-samples"
LABELS = Path(__file__).resolve().parent / "oracle" / "corpus" / "labels.json"
SLOW_INSNS = 20_000

# (file, prog) -> why the model's answer differs from 6.1's; asserted to still differ
DIFFER: dict = {
}

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus not found at {CORPUS}")


def _labels():
    return json.loads(LABELS.read_text()) if LABELS.exists() else []


LAB = _labels()
_FILES: dict = {}


def model_answer(lab: dict, kernel: str = "6.1"):
    """(IR sha256, VerifyResult on `kernel`) of the corpus program a label describes."""
    path = CORPUS / lab["file"]
    if path not in _FILES:
        _FILES[path] = load_elf(str(path))
    prog = _FILES[path].program(lab["prog"])
    return norm_sha256(prog.insns), verify(_FILES[path], prog, rules=kernel)


def stats_of(r) -> dict:
    return {f: getattr(r, f) for f in STATS_FIELDS}


def test_every_corpus_program_is_labelled_or_says_why_not():
    """labels.json + unlabelled.json (program -> why no kernel saw it) cover the corpus."""
    unlabelled = json.loads((LABELS.parent / "unlabelled.json").read_text())
    labelled = {f"{lab['file']}::{lab['prog']}" for lab in LAB}
    assert len(LAB) >= 570 and sum(lab["route"] == "c" for lab in LAB) >= 520
    assert not labelled & set(unlabelled)
    every = set()
    for path in sorted(CORPUS.rglob("*.o")):
        try:
            pf = load_elf(str(path))
        except InputError:
            continue
        every |= {f"{path.relative_to(CORPUS)}::{p.name}" for p in pf.programs}
    assert labelled | set(unlabelled) == every
    assert all(lab["stats"] is not None for lab in LAB)


def test_iproute2_map_in_map_names_its_template_by_inner_id():
    """Cilium's legacy maps are iproute2's struct bpf_elf_map: the outer maglev map's
    `inner_id` is the `id` of its inner template, an array of one maglev table (the kernel
    labels of the tail_lb programs were taken with exactly this inner map)."""
    pf = load_elf(str(CORPUS / "cilium" / "bpf_xdp_dsr_linux.o"))
    for outer in ("cilium_lb4_maglev", "cilium_lb6_maglev"):
        inner = pf.maps[outer].inner
        assert inner is pf.maps[outer + "_inner"]
        assert (inner.map_type, inner.key_size, inner.value_size, inner.max_entries) == \
            ("array", 4, 4078, 1)
    assert all(m.inner is None for m in pf.maps.values() if not m.name.endswith("_maglev"))


def test_a_section_renamed_in_place_keeps_the_program(tmp_path):
    """gen.py's elf-renamed route: PREVAIL's bpf2bpf.o with `test` renamed `tc` in the ELF and
    .BTF strings is the same program, now of a type libbpf 1.1 knows, its functions still
    global with their BTF prototypes (the kernel verifies them as such)."""
    # by path, under a name of its own: other families' gen.py are modules called `gen` too
    spec = importlib.util.spec_from_file_location("corpus_gen", LABELS.parent / "gen.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    renamed_section_object = gen.renamed_section_object
    src = CORPUS / "build" / "bpf2bpf.o"
    renamed_section_object(src, tmp_path / "b.o", "test", "tc")
    old, new = load_elf(str(src)).program("func"), load_elf(str(tmp_path / "b.o")).program("func")
    assert (new.section, new.prog_type) == ("tc", "sched_cls")
    assert norm_sha256(new.insns) == norm_sha256(old.insns)
    assert [(f.name, f.is_global, f.btf_args) for f in new.functions] == \
        [(f.name, f.is_global, f.btf_args) for f in old.functions]
    assert new.functions[1].btf_args == (("ptr", None, 4, "INT", "int"),)
    with pytest.raises(ValueError):
        renamed_section_object(src, tmp_path / "c.o", "test", "classifier")


@pytest.mark.parametrize("lab", LAB, ids=[f"{lab['file']}::{lab['prog']}" for lab in LAB])
def test_verdict_and_statistics_equal_the_kernels(lab):
    kst = lab["stats"] or {}
    if kst.get("processed_insns", 0) > SLOW_INSNS and not os.environ.get("BPFSMT_SLOW"):
        pytest.skip(f"kernel processed {kst['processed_insns']} insns; set BPFSMT_SLOW=1")
    sha, r = model_answer(lab)
    assert sha == lab["insns_sha256"], "the IR is not what the kernel judged"
    got = (r.accepted, None if r.accepted else r.message, stats_of(r) if kst else None)
    want = (lab["accepted"], lab["message"], kst or None)
    reason = DIFFER.get((lab["file"], lab["prog"]))
    if reason:
        assert got != want, f"documented difference no longer differs (fixed?): {reason}"
    else:
        assert got == want, f"kernel error_lines={lab['error_lines']}; model log={r.log}"
