"""`check` on queue/stack maps and dynptrs beyond the oracle-labelled programs of
tests/oracle/engines/helpers: what user space left in a queue is an input (popped before the
program's own pushes, or after them from a stack), and a dynptr's slots are its state."""
from __future__ import annotations

import pytest
from asm_preludes import lookup_elem0, unmodelled_helpers

from bpfsmt.grammar.asm import parse_program_text
from bpfsmt.spec.helpers import HELPERS, HELPERS_612
from bpfsmt.spec.program import ValueField
from bpfsmt.solver.concrete.exec import execute
from bpfsmt.solver.symbolic.checker import check
from bpfsmt.solver.verifier import verify

# push 9 (BPF_EXIST: always room), pop into fp-16, and reach an out-of-frame read unless the
# popped value is 9
POPPED_NINE = """.map q type=MAPTYPE key_size=0 value_size=8 max_entries=4
.program p section=tc
 r1 = 9
 *(u64 *)(r10 - 8) = r1
 r1 = %[q] ll
 r2 = r10
 r2 += -8
 r3 = 2
 call bpf_map_push_elem
 r1 = %[q] ll
 r2 = r10
 r2 += -16
 call bpf_map_pop_elem
 r1 = *(u64 *)(r10 - 16)
 if r1 == 9 goto out
 r0 = *(u64 *)(r10 + 8)
 exit
out:
 r0 = 0
 exit
"""


@pytest.mark.parametrize("map_type,verdict", [("queue", "unsafe"), ("stack", "safe")])
def test_pop_sees_what_user_space_pushed_first(map_type, verdict):
    """A queue pops the oldest element, which user space may have pushed before the program
    ran (the map input, by position); a stack pops the program's own push."""
    pf = parse_program_text(POPPED_NINE.replace("MAPTYPE", map_type))
    r = check(pf, "p", timeout=60)
    assert r.verdict == verdict, (r.verdict, r.reason)
    if verdict == "unsafe":
        assert (r.kind, r.replayed) == ("stack_oob", True)
        assert r.inputs.maps["q"][bytes(4)] != (9).to_bytes(8, "little")
        assert execute(pf, "p", r.inputs).fault.kind == "stack_oob"


def test_a_full_stack_refuses_the_push():
    """Without BPF_EXIST the push fails on a full stack (-E2BIG): the pop then returns user
    space's newest element."""
    pf = parse_program_text(POPPED_NINE.replace("MAPTYPE", "stack").replace(" r3 = 2\n", " r3 = 0\n"))
    r = check(pf, "p", timeout=60)
    assert (r.verdict, r.kind, r.replayed) == ("unsafe", "stack_oob", True), r.reason
    assert len(r.inputs.maps["q"]) == 4


DYNPTR = ".map vals type=array key_size=4 value_size=16 max_entries=1\n" + lookup_elem0("vals") + """ r1 = r0
 r2 = 16
 r3 = 0
 r4 = r10
 r4 += -32
 call bpf_dynptr_from_mem
 BODY
out:
 r0 = 0
 exit
"""


@pytest.mark.parametrize("body,verdict,kind", [
    # a slice of 8 bytes at a variable offset: NULL past the 16 bytes, so checked it is safe
    (" call bpf_get_prandom_u32\n r2 = r0\n r2 &= 15\n r1 = r10\n r1 += -32\n r3 = 8\n"
     " call bpf_dynptr_data\n if r0 == 0 goto out\n r0 = *(u64 *)(r0 + 0)", "safe", None),
    # the dynptr's bytes are not data: a spill over them ends the dynptr
    (" r1 = r10\n *(u64 *)(r10 - 24) = r1\n r1 = r10\n r1 += -32\n r2 = 0\n r3 = 8\n"
     " call bpf_dynptr_data", "unsafe", "helper_arg"),
    # a subprogram gets the caller's dynptr through a stack pointer
    (" r1 = r10\n r1 += -32\n call read8", "safe", None),
])
def test_local_dynptr(body, verdict, kind):
    text = DYNPTR.replace(" BODY", body) + (
        ".func read8\n r2 = r1\n r1 = r10\n r1 += -8\n r3 = r2\n r2 = 8\n r4 = 8\n r5 = 0\n"
        " call bpf_dynptr_read\n r0 = *(u64 *)(r10 - 8)\n r0 = 0\n exit\n")
    r = check(parse_program_text(text), "p", timeout=60)
    assert r.verdict == verdict, (r.verdict, r.reason, r.message)
    if kind is not None:
        assert (r.kind, r.replayed) == (kind, True), (r.kind, r.replay_note)


def test_every_helper_has_a_model():
    """`check` lowers every helper id of 6.1 and 6.12 (benchmarks/helper_coverage.py prints
    the figure)."""
    assert unmodelled_helpers(HELPERS) == []
    assert unmodelled_helpers(HELPERS_612) == []


# bpf_kptr_xchg on the referenced kptr field at offset 0 of a map value (clang 14 cannot emit
# that BTF, so the field is given here as the loader would read it from a newer compiler's)
KPTR = ".map kv type=array key_size=4 value_size=16 max_entries=1\n" + lookup_elem0("kv") + """ r6 = r0
 r1 = r6
 r1 += OFF
 r2 = 0
 call bpf_kptr_xchg
 AFTER
out:
 r0 = 0
 exit
"""
BACK = "if r0 == 0 goto out\n r1 = r6\n r2 = r0\n call bpf_kptr_xchg"


@pytest.mark.parametrize("off,after,check_verdict,kind,kernel_msg", [
    # the object that was in the field is a reference to release
    (0, "", "unsafe", "ref_leak", "Unreleased reference id=3 alloc_insn=12"),
    # put back, the field hands out what is there then: NULL as this run left it, or an
    # object another CPU exchanged in meanwhile, which the program drops (a leak, as the kernel
    # says; replayed with that race as the input KPTR_XCHG_FIELD)
    (0, BACK, "unsafe", "ref_leak", "Unreleased reference id=5 alloc_insn=16"),
    (8, "", "unsafe", "helper_arg", "off=8 doesn't point to kptr"),
])
def test_kptr_xchg(off, after, check_verdict, kind, kernel_msg):
    pf = parse_program_text(KPTR.replace("OFF", str(off)).replace(" AFTER", " " + after))
    pf.maps["kv"].has_btf = True
    pf.maps["kv"].fields = [ValueField("t", 0, 8, "kptr_ref struct task_struct *"),
                            ValueField("n", 8, 8, "__u64")]
    r = check(pf, "p", timeout=60)
    assert r.verdict == check_verdict, (r.verdict, r.reason, r.message)
    if kind is not None:
        assert (r.kind, r.replayed) == (kind, True), (r.kind, r.replay_note)
    v = verify(pf, "p")
    assert (v.accepted, v.message) == (False, kernel_msg)
