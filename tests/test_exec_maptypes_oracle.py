"""The executor's redirect-map, socket-map, local-storage, bloom-filter, queue/stack and dynptr
semantics against the real kernel's BPF_PROG_TEST_RUN results (tests/oracle/engines/maps_*.c and
helpers/*.c, inputs in their .oracle.json sidecars): r0 equals the retval on 6.1 and on 6.12 for
every program that ran."""
from __future__ import annotations

import json

import pytest

from oracle_labels import ORACLE_DIR, label_object_path, load_labels

from bpfsmt.grammar.loader import load
from bpfsmt.solver.concrete.exec import ExecInputs, execute

RAN = [lb for k in ("6.1", "6.12") for lb in load_labels("engines", kernel=k)
       if lb.file.startswith(("maps_", "helpers/")) and lb.retval is not None]
# 6.12 lets a local dynptr be initialised again (spec/deltas DYNPTR-612); the engines follow 6.1
RULE_612 = {("6.12", "dynptr_mem_reinit")}


def _inputs(lb) -> ExecInputs:
    side = ORACLE_DIR / "engines" / lb.file.replace(".c", ".oracle.json")
    entry = json.loads(side.read_text()).get(lb.prog, {}) if side.exists() else {}
    # the oracle loads as root: bloom_peek_uninit_value reads stack it never wrote
    return ExecInputs(privileged=True,
                      maps={m: {bytes.fromhex(k): bytes.fromhex(v) for k, v in kv.items()}
                            for m, kv in entry.get("maps", {}).items()})


def test_test_runs_cover_every_map_kind():
    names = {lb.prog for lb in RAN}
    assert len(RAN) >= 40 and {"redir_devmap_hit", "redir_devmap_miss_pass", "sockmap_delete",
                               "sockhash_delete", "bloom_push_peek", "bloom_peek_empty",
                               "cgroup_storage_value_returned", "sk_storage_get_inc",
                               "dynptr_rb_write_read", "dynptr_mem_slice_aliases_value",
                               "queue_full_exist", "stack_lifo", "raw_check_syncookie_ipv4"} <= names


@pytest.mark.parametrize("lb", RAN, ids=lambda lb: f"{lb.kernel}:{lb.prog}")
def test_retval_matches_kernel(lb):
    res = execute(load(str(label_object_path(lb))), lb.prog, _inputs(lb))
    if (lb.kernel, lb.prog) in RULE_612:
        assert res.fault is not None and res.fault.kind == "helper_arg", res.fault
        return
    assert res.fault is None, res.fault
    assert res.r0 & 0xFFFFFFFF == lb.retval
