"""Ring-buffer records in `check`: bpf_ringbuf_reserve hands out a reference that must be
submitted or discarded before the program exits (ref_leak), its memory has the reserved size,
and it is gone once released. Every counterexample replays on the executor."""
from __future__ import annotations

import pytest

from asm_preludes import SK_LOOKUP_TCP

from bpfsmt.grammar.asm import parse_program_text
from bpfsmt.solver.symbolic.checker import check

RB = """
.map rb type=ringbuf key_size=0 value_size=0 max_entries=4096
.program p section=tc
 r1 = %[rb] ll
 r2 = 16
 r3 = 0
 call bpf_ringbuf_reserve
 NULLCHECK
 r6 = r0
 r1 = 5
 *(u64 *)(r6 + OFF) = r1
 RELEASE
 AFTER
out:
 r0 = 0
 exit
"""
SUBMIT = "r1 = r6\n r2 = 0\n call bpf_ringbuf_submit"
DISCARD = "r1 = r6\n r2 = 0\n call bpf_ringbuf_discard"


def prog(null="if r0 == 0 goto out", off=8, release=SUBMIT, after=""):
    return (RB.replace("NULLCHECK", null).replace("OFF", str(off))
            .replace("RELEASE", release).replace("AFTER", after))


@pytest.mark.parametrize("text, kind", [
    (prog(), None),
    (prog(release=DISCARD), None),
    (prog(release=""), "ref_leak"),
    (prog(null=""), "null_deref"),
    (prog(off=12), "mem_oob"),
    (prog(after="r0 = *(u64 *)(r6 + 0)"), "bad_mem"),
    (prog(after=SUBMIT), "helper_arg"),
])
def test_ringbuf_record_is_a_reference(text, kind):
    pf = parse_program_text(text)
    r = check(pf, "p", timeout=60)
    if kind is None:
        assert r.verdict == "safe", (r.verdict, r.reason, r.message)
    else:
        assert (r.verdict, r.kind, r.replayed) == ("unsafe", kind, True), (r.verdict, r.reason,
                                                                            r.message, r.replay_note)


def test_a_full_ring_gives_null():
    # the NULL check matters even with good arguments: the ring may be full
    pf = parse_program_text(prog(null=""))
    r = check(pf, "p", timeout=60)
    assert r.inputs.helper_returns.get("ringbuf_reserve:full", [0])[0] != 0


SK = SK_LOOKUP_TCP + """ NULLCHECK
 RELEASE
out:
 r0 = 0
 exit
"""
SK_RELEASE = "r1 = r0\n call bpf_sk_release"


@pytest.mark.parametrize("null, release, kind", [
    ("if r0 == 0 goto out", SK_RELEASE, None),
    ("if r0 == 0 goto out", "", "ref_leak"),
    ("", SK_RELEASE, "helper_arg"),          # NULL when no socket matches
])
def test_socket_lookup_is_a_reference(null, release, kind):
    pf = parse_program_text(SK.replace("NULLCHECK", null).replace("RELEASE", release))
    r = check(pf, "p", timeout=60)
    if kind is None:
        assert r.verdict == "safe", (r.verdict, r.reason, r.message)
    else:
        assert (r.verdict, r.kind, r.replayed) == ("unsafe", kind, True), (r.reason, r.replay_note)
