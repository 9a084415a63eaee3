"""The verifier rewrites the JIT relies on, proved through xlate and the JIT against the
ORIGINAL instructions (proofs/jit_xlate.py): the zext after a 32-bit cmpxchg, the inlined array
lookup and the __sk_buff ctx conversions, each with its mutants refuted."""
import json
import os

import pytest

from bpfsmt.proofs import jit_xlate
from bpfsmt.proofs.registry import PROVED, REFUTED, all_theorems, run_theorem
from bpfsmt.solver.xlate.map_gen_lookup import array_map_gen_lookup
from bpfsmt.spec.insn import decode

NAMES = ("JIT.cmpxchg32_zext", "JIT.array_lookup_inline", "JIT.ctx_loads")
THEOREMS = {t.name: t for t in all_theorems() if t.name in NAMES}


def test_registered():
    assert set(THEOREMS) == set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_proved_and_mutants_refuted(name):
    rep = run_theorem(THEOREMS[name])
    assert rep.outcome.status == PROVED, rep.outcome.reason
    assert rep.mutants and all(o.status == REFUTED for _, o in rep.mutants), \
        [(m.name, o.status, o.reason) for m, o in rep.mutants]
    assert rep.ok


def test_the_lookup_proof_runs_on_xlates_inlined_sequence():
    for vs, me in jit_xlate.ARRAY_SHAPES:
        out, a, b, m = jit_xlate.lookup_xlated(vs, me)
        assert out[a:b] == array_map_gen_lookup(m)


def test_the_cmpxchg_zext_is_left_out_only_before_a_32_bit_use():
    from bpfsmt.solver.xlate.patch import XlatedProg
    from bpfsmt.spec.insn import BPF_ATOMIC, BPF_CMPXCHG, BPF_STX, BPF_W, Insn
    ins = Insn.make(BPF_STX | BPF_ATOMIC | BPF_W, 1, 2, -8, BPF_CMPXCHG)
    zext = {}
    for name, use, _ in jit_xlate.ZEXT_USES:
        p = XlatedProg([ins] + ([use] if not use.is_exit else []) + [jit_xlate.EXIT], [0])
        jit_xlate.opt_subreg_zext_cmpxchg(p)
        zext[name] = len(p.insns) > (2 if use.is_exit else 3)
    assert zext == {"exit": True, "r0 += r1": True, "r2 = r0": True, "if r0 > r1": True,
                    "w0 += 1": False, "r0 = 1": False}      # as the kernel (oracle/jit/zext)


def test_pkt_type_mutant_is_replayed_out_of_range():
    o = jit_xlate.check_ctx_loads(jit_xlate.pkt_type_unmasked)
    assert o.status == REFUTED and o.replayed is True
    assert o.counterexample["field"] == "pkt_type"


ZEXT_LABELS = os.path.join(os.path.dirname(__file__), "oracle", "jit", "zext")


def _zext_records():
    with open(os.path.join(ZEXT_LABELS, "results.jsonl")) as f:
        return [json.loads(line) for line in f]


@pytest.mark.parametrize("rec", _zext_records(), ids=lambda r: r["file"])
def test_cmpxchg_zext_as_the_kernel_places_it(rec):
    """xlate places the zext where 6.1 does, and the JIT gives the kernel's image."""
    from bpfsmt.grammar.loader import load
    from bpfsmt.solver.jit.program import compare_with_oracle
    from bpfsmt.solver.xlate import xlate
    pfile = load(os.path.join(ZEXT_LABELS, "inputs", rec["file"]))
    prog = pfile.programs[0]
    got = xlate(pfile, prog.name)
    assert [i.encode() for i in got] == [i.encode() for i in
                                         decode(bytes.fromhex(rec["xlated"]))]
    assert compare_with_oracle(rec).equal
