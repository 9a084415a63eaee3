"""`check` on BTF-typed loads: the loads the verifier types through a BTF pointer run as the
kernel leaves them, BPF_PROBE_MEM (kernel memory: an input, never a fault), in the lowering and
on the executor alike, so tracing programs are decided and their counterexamples replay.

Needs `build/btf/` (`make btf`, which `make test` runs); skipped where it could not be fetched.
"""
from __future__ import annotations

import json
import os

import pytest

from oracle_labels import label_object_path, load_labels

from bpfsmt.cli import main as cli_main
from bpfsmt.grammar import vmlinux
from bpfsmt.grammar.loader import load
from bpfsmt.solver.concrete.exec import ExecInputs, execute
from bpfsmt.solver.symbolic.checker import check
from bpfsmt.solver.verifier import verify
from bpfsmt.commands.check import probe_loads
from bpfsmt.solver.verifier.btf import may_hold_btf_pointers, with_probe_mem
from bpfsmt.spec.helpers import KPTR_RACE_OBJECT, KPTR_XCHG_FIELD
from bpfsmt.spec.insn import BPF_PROBE_MEM

pytestmark = pytest.mark.skipif(vmlinux.btf_path("6.1") is None,
                                reason="no vmlinux BTF in build/btf (`make btf` needs the network)")

ACCEPTED_TRACING = [lb for lb in load_labels("btf") if lb.accepted
                    and lb.object in ("btfptr.o", "core.o") and lb.prog_type == "tracing"]

PROBE_INDEX = """
.program sk_index section=fentry/tcp_close
    r1 = *(u64 *)(r1 + 0)
    r2 = *(u32 *)(r1 + 0)
    r2 &= 1023
    r3 = r10
    r3 -= r2
    r4 = 0
    *(u8 *)(r3 - 1) = r4
    r0 = 0
    exit
"""


def _check_rows(capsys, *args):
    code = cli_main(["check", "--json", "--timeout", "60", *args])
    rows = json.loads(capsys.readouterr().out)
    return code, rows if isinstance(rows, list) else [rows]


@pytest.mark.parametrize("lb", ACCEPTED_TRACING, ids=lambda lb: lb.prog)
def test_kernel_accepted_tracing_programs_are_safe(lb, capsys):
    code, rows = _check_rows(capsys, f"{label_object_path(lb)}:{lb.prog}")
    assert rows[0]["verdict"] == "safe", rows[0]


def test_verifier_marks_btf_loads_probe_mem():
    lb = next(lb for lb in ACCEPTED_TRACING if lb.prog == "core_parent_tgid")
    pf = load(str(label_object_path(lb)))
    prog = pf.program(lb.prog)
    res = verify(pf, prog)
    assert len(res.probe_mem) == 2                # task->real_parent, then ->tgid
    marked = with_probe_mem(prog, res.probe_mem)
    assert sum(i.mode == BPF_PROBE_MEM for i in marked.insns) == 2
    # the executor reads kernel memory from its inputs, in order, and never faults there
    r = execute(pf, marked, ExecInputs(ctx=bytes(64), helper_returns={"probe_mem": [0xFFFF8880_00001000, 7],
                                                            "get_current_task_btf": [0xFFFF8880_00002000]}))
    assert r.fault is None


def test_unsafe_use_of_a_probed_value_replays(tmp_path, capsys):
    src = tmp_path / "probe.bpf.s"
    src.write_text(PROBE_INDEX)
    code, rows = _check_rows(capsys, str(src))
    row = rows[0]
    assert code == 1 and row["verdict"] == "unsafe" and row["replayed"] is True
    assert row["kind"] == "stack_oob" and row["inputs"]["helper_returns"]["probe_mem"][0] % 1024 > 511


def test_tracing_ctx_is_sized_from_the_attach_target(capsys, monkeypatch):
    """fentry/tcp_close(struct sock *sk, long timeout): the ctx is two u64 arguments, so the
    read of a third is the kernel's `invalid bpf_context access`, in check and on replay."""
    lb = next(lb for lb in load_labels("btf") if lb.prog == "fentry_arg_missing")
    assert not lb.accepted
    pf = load(str(label_object_path(lb)))
    assert vmlinux.tracing_ctx_size(pf.program(lb.prog)) == 16
    code, rows = _check_rows(capsys, f"{label_object_path(lb)}:{lb.prog}")
    assert (rows[0]["verdict"], rows[0]["insn"], rows[0]["replayed"]) == ("unsafe", 0, True)
    # fexit's ctx also holds the return value
    fexit = load(str(label_object_path(lb)))
    p = fexit.program(lb.prog)
    p.expected_attach_type = "trace_fexit"
    assert vmlinux.tracing_ctx_size(p) == 24
    # without the BTF the number of arguments is not known: no verdict either way
    monkeypatch.setenv(vmlinux.env_name("6.1"), "/nonexistent/vmlinux.btf")
    code, rows = _check_rows(capsys, f"{label_object_path(lb)}:{lb.prog}")
    assert rows[0]["verdict"] == "unknown" and "not in the BTF" in rows[0]["reason"], rows[0]


# kfunc calls lowered from their BTF prototypes (tests/oracle/btf/kfunc.c on 6.1, kfunc612.c on
# 6.12): what check says of each labelled program, and the kernel's verdict beside it. Calling
# a kfunc the program type may not call is the verifier's rule, not a fault (key_socket,
# cpumask_tc). RCU read sections are a state of both engines: a nested lock, an unmatched
# unlock, a sleepable call or an exit inside one is a fault (SP-06). A bpf_obj_new object is
# owned memory of its program type's size, a reference until bpf_obj_drop.
KFUNC_VERDICTS = {
    "key_ok": ("safe", None), "key_socket": ("safe", None), "user_key_lsm_s": ("safe", None),
    "key_leak": ("unsafe", "ref_leak"), "key_put_unchecked": ("unsafe", "helper_arg"),
    "key_double_put": ("unsafe", "helper_arg"),
    "user_key_nonsleepable": ("unsafe", "sleep_in_atomic"),
    "task_acquire_ok": ("safe", None), "cpumask_ok": ("safe", None), "cpumask_tc": ("safe", None),
    "task_acquire_leak": ("unsafe", "ref_leak"),
    "rcu_ok": ("safe", None), "rcu_tc": ("safe", None), "rcu_socket": ("safe", None),
    "rcu_unbalanced": ("unsafe", "exit_rcu"), "rcu_nested": ("unsafe", "rcu_nested"),
    "rcu_unmatched": ("unsafe", "rcu_unmatched"),
    "rcu_sleepable_helper": ("unsafe", "sleep_in_rcu"), "rcu_sleepable_helper_after": ("safe", None),
    "obj_new_ok": ("safe", None), "obj_new_read_fields": ("safe", None),
    "obj_new_leak": ("unsafe", "ref_leak"), "obj_new_past_end": ("unsafe", "mem_oob"),
    "obj_drop_twice": ("unsafe", "helper_arg"),
}
KFUNC_LABELS = [lb for lb in load_labels("btf") + load_labels("btf", kernel="6.12")
                if lb.prog in KFUNC_VERDICTS and
                (lb.object == "kfunc.o") == (lb.kernel == "6.1")]


@pytest.mark.skipif(vmlinux.btf_path("6.12") is None, reason="no 6.12 vmlinux BTF")
@pytest.mark.parametrize("lb", KFUNC_LABELS, ids=lambda lb: lb.prog)
def test_kfunc_calls_from_their_prototypes(lb):
    pf = load(str(label_object_path(lb)), kernel=lb.kernel)
    prog = pf.program(lb.prog)
    r = check(pf, with_probe_mem(prog, verify(pf, prog, rules=_rules(lb.kernel)).probe_mem),
              timeout=120)
    verdict, kind = KFUNC_VERDICTS[lb.prog]
    assert (r.verdict, r.kind if verdict == "unsafe" else None) == (verdict, kind), \
        (r.verdict, r.kind, r.reason, r.replay_note)
    if verdict == "unsafe":
        assert r.replayed is True and not lb.accepted, r.replay_note
    if verdict == "safe" and lb.prog not in ("key_socket", "cpumask_tc"):
        assert lb.accepted


def _rules(kernel):
    from bpfsmt.spec.rules import get_ruleset
    return get_ruleset("6.1").for_kernel(kernel)


# bpf_kptr_xchg on a referenced kptr field (tests/oracle/btf/kptr612.c, labelled on 6.12; 6.1
# spells the tag kptr_ref and cannot create such a map for task_struct: kptr61.c's labels). The
# field is shared with every other CPU: an object put back may come out as another CPU's
# object, which kptr_take_put_back drops (a leak, replayed with that race as the input
# KPTR_XCHG_FIELD), as the kernel says. Safe for one CPU alone, but not what runs.
KPTR_VERDICTS = {
    "kptr_take_release": ("safe", None), "kptr_take_put_back_release": ("safe", None),
    "kptr_store_pid": ("safe", None), "kptr_take_leak": ("unsafe", "ref_leak"),
    "kptr_take_put_back": ("unsafe", "ref_leak"), "kptr_release_after_store": ("unsafe", "helper_arg"),
}
KPTR_LABELS = [lb for lb in load_labels("btf", kernel="6.12") if lb.object == "kptr612.o"]


def test_kptr_labels():
    assert {lb.prog: lb.accepted for lb in KPTR_LABELS} == \
        {p: v == "safe" for p, (v, _) in KPTR_VERDICTS.items()}
    assert all(not lb.accepted and "kptr" in lb.message
               for lb in load_labels("btf") if lb.object == "kptr61.o")


@pytest.mark.skipif(vmlinux.btf_path("6.12") is None, reason="no 6.12 vmlinux BTF")
@pytest.mark.parametrize("lb", KPTR_LABELS, ids=lambda lb: lb.prog)
def test_kptr_xchg_as_6_12_runs_it(lb):
    pf = load(str(label_object_path(lb)), kernel="6.12")
    r = check(pf, lb.prog, timeout=120)
    verdict, kind = KPTR_VERDICTS[lb.prog]
    assert (r.verdict, r.kind if verdict == "unsafe" else None) == (verdict, kind), \
        (r.verdict, r.kind, r.reason, r.replay_note)
    assert r.replayed is (True if verdict == "unsafe" else None), r.replay_note
    if lb.prog == "kptr_take_put_back":
        assert r.inputs.helper_returns[KPTR_XCHG_FIELD][1] == KPTR_RACE_OBJECT



SKCAST = {lb.prog: lb for lb in load_labels("btf") if lb.object == "skcast.o"}
SKCAST_612 = {lb.prog: lb for lb in load_labels("btf", kernel="6.12") if lb.object == "skcast.o"}
# (verdict, replayed) of `check` on skcast.o; the kernel accepts only skc_cast_checked: the
# unchecked read is rejected at the load the verifier leaves unconverted (UNKNOWN), the stack
# offset from a probe read is really unsafe, and a NULL sk casts to NULL (the store past the
# stack is dead code: a precision gap of the verifier, which walks both branches)
SKCAST_CHECK = {"skc_cast_checked": ("safe", None), "skc_cast_unchecked": ("unknown", None),
                "skc_cast_value_as_offset": ("unsafe", True), "skc_cast_null_sk": ("safe", None)}


@pytest.mark.parametrize("prog", sorted(SKCAST_CHECK))
def test_skc_cast_of_a_tracing_argument(prog, capsys):
    lb, lb612 = SKCAST[prog], SKCAST_612[prog]
    assert lb.accepted == lb612.accepted == (prog == "skc_cast_checked")
    code, rows = _check_rows(capsys, f"{label_object_path(lb)}:{prog}")
    assert (rows[0]["verdict"], rows[0]["replayed"]) == SKCAST_CHECK[prog], rows[0]


def test_skc_cast_of_null_is_null_on_the_executor():
    """A tracing argument may be NULL: the helper returns NULL whatever its input says."""
    pf = load(str(label_object_path(SKCAST["skc_cast_checked"])))
    run = probe_loads(pf, pf.program("skc_cast_checked"))
    for sk in (0, 0xFFFF8880_00001000):
        r = execute(pf, run, ExecInputs(ctx=sk.to_bytes(8, "little") + bytes(8),
                                        helper_returns={"skc_to_tcp_sock": [1]}), trace=True)
        assert r.fault is None
        assert (r.trace[1].changed[0] == 0) == (sk == 0)


SHARED = os.environ.get("BPFSMT_SHARED", os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
CORPUS = os.path.join(SHARED, "corpus", "ebpf-samples", "cilium-examples")


@pytest.mark.skipif(not os.path.isdir(CORPUS), reason="corpus not found")
@pytest.mark.parametrize("obj,prog", [("fentry_bpf_bpfel.o", "tcp_connect"),
                                      ("tcprtt_bpf_bpfel.o", "tcp_close")])
def test_corpus_tracing_programs_as_the_benchmark_checks_them(obj, prog):
    """benchmarks/corpus.py checks `probe_loads(...)`: the loads through the fentry argument
    (and through bpf_skc_to_tcp_sock's result) are probe reads; the program as compiled loads
    through a kernel pointer the engine does not type itself (UNKNOWN)."""
    pf = load(os.path.join(CORPUS, obj))
    p = pf.program(prog)
    assert may_hold_btf_pointers(pf, p)
    assert check(pf, probe_loads(pf, p), timeout=60).verdict == "safe"
    assert "kernel pointer" in check(pf, p, timeout=60).reason


KOBJ = {lb.prog: lb for lb in load_labels("btf") if lb.object == "kobj.o"}
KOBJ_612 = {lb.prog: lb for lb in load_labels("btf", kernel="6.12") if lb.object == "kobj.o"}
# `check` on plain reads of bpf_lookup_system_key's object (its BTF struct bpf_key, 16 bytes, the
# bytes inputs kobj:<n> in both engines): the kernel rejects the out-of-bounds and the
# after-release reads (UNSAFE, replayed) and accepts the probe load of has_ref (SAFE)
KOBJ_CHECK = {"kobj_has_ref": ("safe", None, True), "kobj_past_end": ("unsafe", "mem_oob", False),
              "kobj_after_put": ("unsafe", "bad_mem", False)}


@pytest.mark.parametrize("prog", sorted(KOBJ_CHECK))
def test_kfunc_object_has_its_btf_size(prog, capsys):
    verdict, kind, accepted = KOBJ_CHECK[prog]
    assert KOBJ[prog].accepted == KOBJ_612[prog].accepted == accepted
    code, rows = _check_rows(capsys, f"{label_object_path(KOBJ[prog])}:{prog}")
    assert (rows[0]["verdict"], rows[0]["kind"]) == (verdict, kind), rows[0]
    assert rows[0]["replayed"] is (True if verdict == "unsafe" else None)


def test_half_a_pointer_member_is_in_bounds(capsys):
    """kfunc.c key_put_field reads k->serial through the struct bpf_key * (off 4, the upper half
    of its `key` pointer): both kernels reject the typing ("cannot access ptr member key"), the
    read is within the 16-byte object: SAFE (a precision gap, not a memory fault)."""
    lb = next(lb for lb in load_labels("btf") if lb.prog == "key_put_field")
    assert not lb.accepted and "cannot access ptr member key" in lb.message
    code, rows = _check_rows(capsys, f"{label_object_path(lb)}:key_put_field")
    assert rows[0]["verdict"] == "safe", rows[0]
