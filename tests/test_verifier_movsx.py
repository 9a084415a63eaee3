"""ISA-V4 movsx (BPF_MOV | BPF_X with off 8/16/32) in check_alu_op, against the programs of
tests/oracle/core/movsx and tests/oracle/unpriv/movsx as Linux 6.1 (which refuses the encoding)
and 6.12 loaded them (plus one 32-bit plain move of a source linked with a delta, and the
log lines of sdiv/smod): verdict, errno, error line, the log at level 2 and the statistics.
6.12 checks the destination like any move (check_reg_arg DST_OP_NO_MARK: r10 is read only, the
destination is written), copies a scalar keeping the destination's liveness, keeps the scalar id
when the sign extension cannot change the value, and refuses a pointer source only when pointers
may not leak (otherwise the copy is an unknown scalar)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from oracle_labels import KERNELS, STATS_FIELDS, find_label, label_program, label_stats, load_labels  # noqa: E402
from vlog_compare import compare_logs  # noqa: E402

from bpfsmt.solver.verifier import verify  # noqa: E402

LABELS = [lb for kernel in KERNELS for fam in ("core", "unpriv")
          for lb in load_labels(fam, "", kernel) if lb.file.startswith("movsx/")]


def _verify(lb):
    pf, prog = label_program(lb)
    return verify(pf, prog, rules=lb.kernel, log_level=lb.log_level, unpriv=lb.family == "unpriv")


def test_every_movsx_program_is_labelled_on_both_kernels():
    assert {k: sum(lb.kernel == k for lb in LABELS) for k in KERNELS} == {"6.1": 16, "6.12": 16}
    assert all(lb.log_level == 6 and lb.log for lb in LABELS)


@pytest.mark.parametrize("lb", LABELS, ids=[f"{lb.kernel}/{lb.family}/{lb.prog}" for lb in LABELS])
def test_model_equals_the_kernel(lb):
    r = _verify(lb)
    assert (r.accepted, r.errno if not r.accepted else 0, r.message) == \
        (lb.accepted, lb.errno, lb.message), r.verifier_log
    c = compare_logs(lb.log, r.verifier_log)
    assert c.equal, c.first_diff
    got = {"processed_insns": r.processed_insns, "max_states_per_insn": r.max_states_per_insn,
           "total_states": r.total_states, "peak_states": r.peak_states, "mark_read": r.mark_read}
    assert got == {f: label_stats(lb)[f] for f in STATS_FIELDS}


def _label(prog, kernel="6.12", family="core"):
    return find_label(family, prog, kernel=kernel)


def test_the_kernel_behaviours_the_labels_pin():
    """What each program is there for, read from the kernel's labels (a relabel that changes
    one fails here, not only in the model comparison)."""
    assert all(not lb.accepted and lb.message == "BPF_MOV uses reserved fields"
               for lb in LABELS if lb.kernel == "6.1" and "movsx" in lb.prog)
    # a 32-bit move of a value past 32 bits unlinks the copy only: r6 <= 6 from r7 = r6 + 4 <= 10
    assert _label("mov32_keeps_src_delta_link").accepted
    assert not _label("mov32_keeps_src_delta_link", kernel="6.1").accepted
    assert _label("movsx_fp_dst").message == _label("movsx32_fp_dst").message == \
        "frame pointer is read only"
    assert _label("movsx_dst_r11").message == "R11 is invalid"
    assert _label("movsx_ctx_src").accepted and _label("movsx32_ctx_src").accepted
    assert _label("movsx_linked").accepted and _label("movsx32_linked").accepted
    assert not _label("movsx_sext_unlinked").accepted and not _label("movsx32_sext_unlinked").accepted
    live = _label("movsx_live_w").log
    assert "R6=scalar(id=1," in live and "R7_w=scalar(id=1," in live
    assert _label("movsx_ptr_unpriv", family="unpriv").message == "R1 sign-extension part of pointer"
    assert _label("movsx32_ptr_unpriv", family="unpriv").message == "R1 partial copy of pointer"
    assert _label("movsx_fp_dst_unpriv", family="unpriv").message == "frame pointer is read only"
    # 6.12's disassembler names the signed division and modulo; 6.1 refuses them
    sdiv = _label("sdiv_smod_log").log
    assert "(37) r0 s/= 3" in sdiv and "(94) w0 s%= 5" in sdiv and "(3f) r0 s/= r1" in sdiv
    assert _label("sdiv_smod_log", kernel="6.1").message == "BPF_ALU uses reserved fields"
