"""The verifier model's unprivileged mode against Linux 6.1 loading the kernel's own `@unpriv`
selftests without CAP_SYS_ADMIN/NET_ADMIN/PERFMON/BPF (tests/oracle/unpriv: gen.py,
run_unpriv.sh, labels.json)."""
from __future__ import annotations

import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle_labels as OL  # noqa: E402

from bpfsmt.cli import main as cli  # noqa: E402
from bpfsmt.spec.privileges import ROOT, UNPRIV, privileges_for  # noqa: E402
from bpfsmt.solver.verifier import verify  # noqa: E402

LABELS = OL.load_labels("unpriv")


def _verdict(label) -> bool:
    """A verdict of the verifier (or of bpf_prog_load's capability checks), not a libbpf
    failure before the load (a map an unprivileged user may not create, a prog-array slot)."""
    return label.accepted or label.message is not None or \
        "BPF program load failed" in (label.libbpf_error or "") or \
        "failed to create" in (label.libbpf_error or "")


JUDGED = [lab for lab in LABELS if _verdict(lab)]
# the same objects loaded unprivileged by Linux 6.12, judged on the 6.12 rule set
JUDGED_612 = [lab for lab in OL.load_labels("unpriv", kernel="6.12") if _verdict(lab)]


def test_the_labels_cover_every_unprivileged_rule_family():
    msgs = " | ".join(lab.message or "" for lab in JUDGED)
    for family in ("leaks addr", "pointer comparison prohibited", "back-edge from insn",
                   "from different maps, paths or scalars", "unknown scalar with mixed signed",
                   "stack pointer arithmetic goes out of range",
                   "pointer arithmetic of map value goes out of range",
                   "has pointer with unsupported alu operation", "partial copy of pointer",
                   "invalid read from stack", "attempt to corrupt spilled pointer",
                   "tail_call abusing map_ptr", "unknown func bpf_spin_lock",
                   "access is allowed only to CAP_PERFMON"):
        assert family in msgs, family
    assert len(JUDGED) >= 700 and sum(lab.accepted for lab in JUDGED) >= 100


@pytest.mark.parametrize("label", JUDGED + JUDGED_612,
                         ids=lambda lab: f"{lab.kernel}:{lab.file}:{lab.prog}")
def test_model_agrees_with_the_unprivileged_kernel(label):
    pfile, prog = OL.label_program(label)
    r = verify(pfile, prog, rules=label.kernel, unpriv=True)
    assert r.accepted == label.accepted, (r.message, r.log)
    if not label.accepted:
        assert r.message == label.message, r.log
        assert r.errno == label.errno, r.log
        if label.message is None and "failed to create" in label.libbpf_error:
            name = label.libbpf_error.split("'")[1]      # libbpf: map 'NAME': failed to create
            assert r.log[0].startswith(f"map '{name}': map_create: "), r.log
        elif label.message is None:   # refused by bpf_prog_load (EPERM, E2BIG): no verifier log
            assert r.log[0].startswith("bpf_prog_load:")


def test_unprivileged_logs_line_by_line():
    """The kernel's level-1 logs of the unprivileged loads: every scalar printed precise (`P0`),
    map addresses hidden as 0x0 (no allow_ptr_leaks), speculative paths' errors."""
    from vlog_compare import compare_label
    got = [(lab, compare_label(lab)) for lab in LABELS]
    got = [(lab, c) for lab, c in got if c is not None]
    assert len(got) >= 490
    assert all(c.equal for _, c in got), [(lab.prog, c.first_diff) for lab, c in got if not c.equal]
    assert any("R1_w=P0" in lab.log for lab, _ in got) and any("= 0x0 " in lab.log for lab, _ in got)


def _find(prog):
    return next(lab for lab in LABELS if lab.prog == prog)


def test_root_accepts_what_the_unprivileged_loader_may_not():
    """The same program, two loaders: root may return a pointer, an unprivileged one not."""
    lab = _find("leak_pointer_into_ctx_3")
    pfile, prog = OL.label_program(lab)
    assert not lab.accepted and lab.message == "R2 leaks addr into ctx"
    assert verify(pfile, prog).accepted
    assert verify(pfile, prog, unpriv=True).message == "R2 leaks addr into ctx"


def _disagreements(names):
    out = []
    for lab in JUDGED:
        if lab.prog in names:
            pfile, prog = OL.label_program(lab)
            r = verify(pfile, prog, unpriv=True)
            if r.accepted != lab.accepted or r.message != lab.message:
                out.append(lab.prog)
    return out


def test_speculative_walks_are_what_the_kernel_needs(monkeypatch):
    """Without walking the side of a decided branch (sanitize_speculative_path), or the path of
    a masked-to-zero offset (sanitize_ptr_alu), the model would accept programs the kernel
    refused: both walks are needed to agree with it."""
    from bpfsmt.solver.verifier.unpriv import Unprivileged
    branch = {"_32bit_and_64bit_arithmetic_test1", "reg32_0_reg32_xor_1", "known_subreg_with_unknown_reg"}
    masked = {"value_ptr_unknown_scalar_2_2"}
    assert _disagreements(branch | masked) == []
    monkeypatch.setattr(Unprivileged, "sanitize_speculative_path", lambda self, *a: None)
    assert set(_disagreements(branch)) == branch
    monkeypatch.undo()
    real = Unprivileged.sanitize_ptr_alu

    def no_push(self, *args):            # the masking is recorded, its path not walked
        self.push_stack = lambda *a, **k: None
        try:
            real(self, *args)
        finally:
            del self.push_stack
    monkeypatch.setattr(Unprivileged, "sanitize_ptr_alu", no_push)
    assert _disagreements(masked) == list(masked)


def test_kept_capabilities():
    assert privileges_for(()) is UNPRIV
    bpf = privileges_for(["CAP_BPF"])
    assert bpf.bpf_capable and not bpf.allow_ptr_leaks and not bpf.bypass_spec_v1
    admin = privileges_for(["CAP_SYS_ADMIN"])
    assert all(getattr(admin, f) == getattr(ROOT, f) for f in ROOT.__dataclass_fields__
               if f != "name")


def test_literal_map_fd_reaches_the_verifier():
    """An lddw with a literal fd and no relocation is submitted as it is; the kernel refuses
    it in resolve_pseudo_ldimm64, before any capability matters."""
    lab = _find("map_fd_for_function_call")
    pfile, prog = OL.label_program(lab)
    assert lab.message == "fd 0 is not pointing to valid bpf_map"
    for unpriv in (False, True):
        r = verify(pfile, prog, unpriv=unpriv)
        assert not r.accepted and r.message == lab.message and r.errno == lab.errno == 22


def test_cli_verify_unprivileged(capsys):
    lab = _find("leak_pointer_into_ctx_3")
    target = f"{OL.label_object_path(lab)}:{lab.prog}"
    assert cli(["verify", target]) == 0
    capsys.readouterr()
    assert cli(["verify", "--unprivileged", target]) == 1
    assert "R2 leaks addr into ctx" in capsys.readouterr().out
