"""kfuncs and BTF-typed pointers in the verifier model, against the BTF family's labels from
Linux 6.1 and 6.12 (tests/oracle/btf): every loaded program's verdict and first error line are the
kernel's, on each kernel, with one documented gap. The kfunc allow sets differ per kernel
(spec/kfuncs.py), and so do the kfunc argument rules (KFUNC-612) and the trusted pointer type
(TRUSTED-PTR), which `verify --kernel 6.1,6.12` names.

Needs `build/btf/` (`make btf`, which `make test` runs); skipped where it could not be fetched.
"""
from __future__ import annotations

import json

import pytest

from oracle_labels import KERNELS, label_object_path, load_labels

from bpfsmt.cli import main as cli_main
from bpfsmt.grammar import vmlinux
from bpfsmt.grammar.loader import load
from bpfsmt.solver.verifier import verify
from bpfsmt.spec.kernels import kernel_facts
from bpfsmt.spec.kfuncs import KF_ACQUIRE, KF_RET_NULL, KF_SLEEPABLE, kfunc_flags
from bpfsmt.spec.rules import get_ruleset

pytestmark = pytest.mark.skipif(any(vmlinux.btf_path(k) is None for k in KERNELS),
                                reason="no vmlinux BTF in build/btf (`make btf` needs the network)")

# labels whose object libbpf could load on that kernel (kfunc612.o's externs are not in 6.1)
LOADED = [lb for k in KERNELS for lb in load_labels("btf", kernel=k)
          if not (lb.libbpf_error or "").startswith("libbpf: extern")]
# 6.12 checks a helper's memory argument for writability first (ARG_PTR_TO_UNINIT_MEM with
# MEM_WRITE: "may write into memory pointed by"); the model prints 6.1's type list
# A bpf_obj_new object is not typed by its program BTF struct in the model (the kernel's
# PTR_TO_BTF_ID | MEM_ALLOC): a store past the struct ("access beyond struct obj_elem") and a
# second bpf_obj_drop ("R1 must be referenced or trusted") are accepted
GAPS = {("6.12", "task_as_mem"), ("6.12", "obj_new_past_end"), ("6.12", "obj_drop_twice")}


@pytest.mark.parametrize("lb", LOADED, ids=lambda lb: f"{lb.kernel}-{lb.prog}")
def test_verdict_and_message_are_the_kernels(lb):
    pf = load(str(label_object_path(lb)), kernel=lb.kernel)
    res = verify(pf, pf.program(lb.prog), rules=get_ruleset("6.1").for_kernel(lb.kernel))
    agrees = (res.accepted, res.message) == (lb.accepted, lb.message)
    assert agrees != ((lb.kernel, lb.prog) in GAPS), (res.accepted, res.message, lb.message)


def test_allow_sets_per_kernel_and_program_type():
    k61, k612 = kernel_facts("6.1"), kernel_facts("6.12")
    assert kfunc_flags(k61.kfuncs, k61.kfunc_hooks, "tracing", "bpf_lookup_user_key") == \
        KF_ACQUIRE | KF_RET_NULL | KF_SLEEPABLE
    assert kfunc_flags(k61.kfuncs, k61.kfunc_hooks, "lsm", "bpf_key_put") is not None
    assert kfunc_flags(k61.kfuncs, k61.kfunc_hooks, "socket_filter", "bpf_key_put") is None
    assert kfunc_flags(k61.kfuncs, k61.kfunc_hooks, "tracing", "bpf_rcu_read_lock") is None
    # 6.12: the common set reaches every type, cpumasks only tracing/struct_ops/syscall
    assert kfunc_flags(k612.kfuncs, k612.kfunc_hooks, "socket_filter", "bpf_rcu_read_lock") == 0
    assert kfunc_flags(k612.kfuncs, k612.kfunc_hooks, "sched_cls", "bpf_cpumask_create") is None
    assert kfunc_flags(k612.kfuncs, k612.kfunc_hooks, "sched_cls", "bpf_task_acquire") is not None


def test_every_allowed_kfunc_is_in_the_kernels_btf():
    """The tables name functions the kernel's BTF really has."""
    for k in KERNELS:
        kb = vmlinux.load_btf(k)
        names = {n for s in kernel_facts(k).kfuncs for n in s.funcs}
        missing = sorted(n for n in names if not kb.by_name(n))
        assert missing == [], (k, missing)


def test_cross_kernel_row_names_the_kfunc_delta(capsys):
    lb = next(lb for lb in LOADED if lb.prog == "key_put_unchecked")
    code = cli_main(["verify", "--kernel", "6.1,6.12", "--json",
                     f"{label_object_path(lb)}:key_put_unchecked"])
    rows = json.loads(capsys.readouterr().out)
    row = rows[0] if isinstance(rows, list) else rows
    assert code == 1 and "KFUNC-612" in json.dumps(row)


def test_object_with_612_kfuncs_gets_both_rows(capsys):
    """libbpf cannot relocate kfunc612.o for 6.1: that kernel's row carries libbpf's refusal,
    6.12's the verdict, and the difference is named KFUNC-SETS."""
    path = label_object_path(next(lb for lb in LOADED if lb.object == "kfunc612.o"))
    cli_main(["verify", "--kernel", "6.1,6.12", "--json", f"{path}:rcu_ok"])
    row = json.loads(capsys.readouterr().out)
    row = row[0] if isinstance(row, list) else row
    assert row["verdict_6.1"] == "rejected" and row["verdict_6.12"] == "accepted"
    assert "bpf_cpumask_create': not found" in row["message_6.1"] and row["delta_rule"] == "KFUNC-SETS"
