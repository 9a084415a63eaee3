"""Helper availability per program type against the kernel's answers (tests/oracle/helperavail:
a `call ID` probe for every helper under one section per program type, labelled on 6.1, and on
6.12 for the sections a raw program cannot select: tests/oracle/helpers probes the others)."""
import json
from pathlib import Path

import pytest

from bpfsmt.spec import helpers as H
from bpfsmt.spec.helper_ids import HELPER_NAMES
from bpfsmt.spec.insn import Insn
from bpfsmt.spec.program import Function, Program, ProgramFile
from bpfsmt.spec.progtypes import section_to_type
from bpfsmt.solver.verifier import verify

LABELS = json.loads((Path(__file__).parent / "oracle" / "helperavail" / "labels_6.1.json").read_text())
LABELS_612 = json.loads((Path(__file__).parent / "oracle" / "helperavail" / "labels_6.12.json").read_text())
VERIFIED = sorted(s for s, v in LABELS.items() if not v["unverified"])


def _probe(section: str, hid: int) -> tuple:
    info = section_to_type(section)
    prog = Program(name=f"h{hid}", section=section, insns=[Insn(0x85, imm=hid), Insn(0xB7), Insn(0x95)],
                   functions=[Function(f"h{hid}", 0)], prog_type=info.prog_type, sleepable=info.sleepable,
                   expected_attach_type=info.expected_attach_type, attach_target=info.attach_target)
    return ProgramFile(path="<probe>", programs=[prog]), prog


def test_every_program_type_the_kernel_has_is_labelled():
    assert len(VERIFIED) >= 30 and LABELS["lirc_mode2"]["unverified"]


@pytest.mark.parametrize("section", VERIFIED)
def test_offered_helpers_are_the_kernels(section):
    info = section_to_type(section)
    offered = set(LABELS[section]["offered"])
    wrong = [HELPER_NAMES[hid] for hid in range(1, H.MAX_HELPER_ID) if hid in H.HELPERS and
             H.offered(H.HELPERS[hid], info.prog_type, attach_type=info.expected_attach_type)
             != (hid in offered)]
    assert not wrong
    assert all(hid in H.HELPERS for hid in offered)


@pytest.mark.parametrize("section", ["kprobe/do_unlinkat", "iter/task", "cgroup/connect4", "sk_skb/stream_parser"])
def test_the_verifier_says_unknown_func_where_the_kernel_does(section):
    """End to end through check_helper_call (bpf_ktime_get_coarse_ns is not offered to kprobes)."""
    lab = LABELS[section]
    for hid in range(1, 212):
        r = verify(*_probe(section, hid))
        refused = (r.message or "").startswith(("unknown func", "invalid func"))
        assert refused == (hid not in lab["offered"]), (hid, r.message)
        if str(hid) in lab["refused"]:
            assert r.message == lab["refused"][str(hid)]


@pytest.mark.parametrize("section", sorted(LABELS_612))
def test_612_verifier_refuses_exactly_what_612_does_not_offer(section):
    """6.12 on the types a raw program cannot select: "program of this type cannot use helper"
    exactly for the helpers 6.12 refused."""
    offered = set(LABELS_612[section]["offered"])
    assert not LABELS_612[section]["unverified"] and len(offered) > 60
    wrong = []
    for hid in range(1, 212):
        m = verify(*_probe(section, hid), rules="6.12").message or ""
        refused = m.startswith(("program of this type cannot use helper", "invalid func"))
        if refused == (hid in offered):
            wrong.append((hid, m))
    assert not wrong, wrong


def test_612_offers_the_current_task_ids_to_cgroup_types():
    """What 6.12 added for cgroup types (and nothing it took away from the 6.1 answers)."""
    from bpfsmt.spec.helper_ids import HELPER_IDS
    for sec in LABELS_612:
        assert set(LABELS[sec]["offered"]) <= set(LABELS_612[sec]["offered"]), sec
    ids = {HELPER_IDS[f"bpf_{n}"] for n in ("get_ns_current_pid_tgid", "current_task_under_cgroup")}
    assert all(ids <= set(LABELS_612[s]["offered"]) - set(LABELS[s]["offered"])
               for s in LABELS_612 if s.startswith("cgroup/"))
