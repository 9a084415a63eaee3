"""Jump emission over symbolic addrs[] (proofs/jit_jump.py): the theorem on a cover set of forms
(all forms run in `bpfsmt prove jit`) and every mutant refuted with a counterexample that
unicorn replays."""
import pytest

from bpfsmt.proofs import jit_jump as J
from bpfsmt.proofs.registry import PROVED, REFUTED
from bpfsmt.solver.jit.emit import JitConfig

COVER = ["jmp_jeq_k+5", "jmp32_jsgt_x+5", "jmp_jset_k+0", "jmp_jne_x-1", "ja+5", "ja-1", "ja+0",
         "ja-3", "gotol+5", "gotol+0", "exit"]


def test_forms_cover_every_jump():
    names = {n for n, _, _ in J.jump_forms()}
    assert set(COVER) <= names and len(names) == 44 * 3 + 8 + 1


def test_jumps_land_on_the_target():
    o = J.check_jump_lands(JitConfig(), only=COVER)
    assert o.status == PROVED, o.counterexample


def test_padding_never_shrinks():
    o = J.check_jump_padding(JitConfig(), only=COVER)
    assert o.status == PROVED, o.counterexample


@pytest.mark.parametrize("cls", [J.Imm8Cutoff128, J.StartRelativeDisplacement, J.NopsAfterJump])
def test_landing_mutants_refuted_and_replayed(cls):
    o = J.check_jump_lands(JitConfig(jit=cls), only=COVER)
    assert o.status == REFUTED
    cex = o.counterexample
    assert o.replayed is True and cex["replay"]["differs"], cex
    assert cex["replay"]["unicorn_lands_at"] != cex["replay"]["target"]


def test_cutoff_counterexample_is_the_boundary():
    cex = J.check_jump_lands(JitConfig(jit=J.Imm8Cutoff128), only=COVER).counterexample
    assert cex["displacement"] == 128 and cex["encoded"] == -128


def test_no_padding_refuted():
    o = J.check_jump_padding(JitConfig(jit=J.NoPadding), only=COVER)
    assert o.status == REFUTED and o.counterexample["emitted_size"] < o.counterexample[
        "previous_size"]
