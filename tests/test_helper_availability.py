"""Which helpers each program type offers on 6.12, as the kernel answered (tests/oracle/helpers:
available_6.12.json from Debian 6.12.95), against spec/helper_avail_612.py (generated from it)
and the verifier model; the same probe on 6.1 (available.json) against tests/oracle/helperavail's
6.1 table (spec/helper_avail.py), which was taken another way (one .c per section)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from bpfsmt.grammar.raw import decode_raw, program_from_insns
from bpfsmt.solver.verifier import verify
from bpfsmt.spec.kernels import KERNELS
from bpfsmt.spec.program import ProgramFile

HERE = Path(__file__).resolve().parent / "oracle" / "helpers"
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

TABLES = {"6.1": json.loads((HERE / "available.json").read_text()),
          "6.12": json.loads((HERE / "available_6.12.json").read_text())}
NOT_OFFERED = {"6.1": "unknown func", "6.12": "program of this type cannot use helper"}
CGRP_STORAGE_IDS = {210, 211}       # cgrp_storage_get, cgrp_storage_delete (6.2): 6.12's table only


def test_spec_module_is_generated_from_the_labels():
    spec = Path(__file__).resolve().parent.parent / "spec" / "helper_avail_612.py"
    assert spec.read_text() == gen.spec_module(HERE / "available_6.12.json")


def test_the_two_6_1_probes_agree():
    """The raw `call N` probe and helperavail's per-section .c probe give 6.1 the same answer."""
    from bpfsmt.spec.helper_ids import HELPER_NAMES
    table = KERNELS["6.1"].helper_availability
    for ptype, ids in TABLES["6.1"].items():
        assert {HELPER_NAMES[i] for i in ids} == set(table[(ptype, None)]), ptype


@pytest.mark.parametrize("kernel", list(TABLES))
def test_verifier_model_offers_what_the_kernel_offers(kernel):
    """Every probed (type, helper id): the model reports the kernel's "not offered" message
    exactly for the helpers the kernel does not offer."""
    wrong = []
    for ptype, ids in TABLES[kernel].items():
        sec = gen.SECTIONS[ptype]
        for hid in range(1, gen.MAX_ID):
            name = f"h{hid}_{ptype}.{sec}.raw"
            prog = program_from_insns(decode_raw(gen.program(hid), name), "raw", sec, name)
            res = verify(ProgramFile(name, {}, [prog]), prog, rules=kernel)
            refused = not res.accepted and NOT_OFFERED[kernel] in (res.message or "") or \
                "invalid func" in (res.message or "")
            if refused == (hid in ids):
                wrong.append((ptype, hid, res.message))
    assert not wrong, wrong[:10]


def test_what_6_12_offers_beyond_6_1():
    """The differences the probe measured: every probed type of 6.12 also offers the current
    task's pid/tgid and cgroup ids (and cgrp_storage_*), raw_tracepoint get_attach_cookie,
    lwt_seg6local skb_pull_data; 6.12 takes nothing away."""
    from bpfsmt.spec.helper_ids import HELPER_IDS
    old, new = TABLES["6.1"], TABLES["6.12"]
    assert all(set(old[t]) <= set(new[t]) for t in old)
    gained = {t: set(new[t]) - set(old[t]) for t in new}
    task = {HELPER_IDS[f"bpf_{n}"] for n in ("get_current_pid_tgid", "get_current_cgroup_id",
                                            "get_ns_current_pid_tgid",
                                            "get_current_ancestor_cgroup_id")}
    assert all(CGRP_STORAGE_IDS <= g for g in gained.values())
    assert task <= gained["socket_filter"] and task <= gained["xdp"]
    assert HELPER_IDS["bpf_get_attach_cookie"] in gained["raw_tracepoint"]
    assert HELPER_IDS["bpf_skb_pull_data"] in gained["lwt_seg6local"]
