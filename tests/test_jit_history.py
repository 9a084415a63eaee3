"""Historical Linux x86-64 JIT bugs re-introduced as mutants (README table): each must be refuted
by its theorem with a counterexample that unicorn replays (the 32-bit cmpxchg one excepted:
unicorn, like QEMU TCG, zero-extends rax on the success path, so it cannot show the bug)."""
import pytest

from bpfsmt.proofs import jit_func, jit_insn, jit_xlate
from bpfsmt.proofs.registry import REFUTED
from bpfsmt.solver.jit.emit import JitConfig

SMALL_D, SMALL_S = [0, 1, 2, 3, 5], [0, 1, 2, 3, 10]


@pytest.mark.parametrize("form,mutant,shows", [
    ("JIT.end_be", "be16_le16_zext", "rax="),
    ("JIT.end_le", "be16_le16_zext", "rax="),
    ("JIT.stx_b", "stx_b_8bit_regs", "mem="),
    ("JIT.atomic_fetch_xor_dw", "fetch_loop_r0_src", ""),
])
def test_encoder_bug_refuted_and_replayed(form, mutant, shows):
    o = jit_insn.run_form(form, mutant, dsts=SMALL_D, srcs=SMALL_S)
    assert o.status == REFUTED and o.replayed is True, o.counterexample
    assert shows in o.counterexample["replay"]["x86"]


def test_cmpxchg32_without_the_verifiers_zext_is_refuted():
    from bpfsmt.proofs.registry import _THEOREMS
    m = next(m for m in _THEOREMS["JIT.atomic_cmpxchg_w"].mutants if m.name == "no_verifier_zext")
    o = m.check()
    assert o.status == REFUTED and o.replayed is None
    bpf, x = o.counterexample["differs"][0].split(" x86 ")
    assert int(bpf.split()[-1], 16) < 2 ** 32 <= int(x.split("=")[-1], 16)


def test_tail_call_count_offset_bug_replayed():
    o = jit_func.check_call(JitConfig(jit=jit_func.TccOffsetUnrounded))
    assert o.status == REFUTED and o.replayed is True
    assert o.counterexample["config"]["stack_depth"] % 8
    rp = o.counterexample["replay"]
    assert rp["rax_at_call"] != rp["tail_call_cnt_slot"]


@pytest.mark.parametrize("patch", [jit_xlate.guard_tests_64bit_src, jit_xlate.mod32_no_truncation])
def test_div_mod_rewrite_bugs_refuted_and_replayed(patch):
    o = jit_xlate.check_divmod_guard(patch)
    assert o.status == REFUTED and o.replayed is True, o.counterexample
    assert o.counterexample["insn"].startswith("alu32")


def test_div_mod_rewrite_proved():
    assert jit_xlate.check_divmod_guard().status == "proved"
