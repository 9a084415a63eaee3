"""The fact tables in spec/ are complete, name real kernel objects, and are the ones the
engines and proofs apply (no second copy that could drift)."""
from bpfsmt.proofs import sleepable as sp
from bpfsmt.solver.xlate.map_gen_lookup import MAP_GEN_LOOKUP
from bpfsmt.spec import insn as I
from bpfsmt.spec.kernels import KERNELS, LINUX_61, kernel_facts
from bpfsmt.spec.maps import MAP_OP_HELPERS, MAP_TYPE_NAMES
from bpfsmt.spec.program import Map, ProgramFile, Program
from bpfsmt.spec.rules import get_ruleset
from bpfsmt.solver.verifier import verify

import pytest


@pytest.mark.parametrize("name", sorted(KERNELS))
def test_every_map_type_has_facts(name):
    k = kernel_facts(name)
    assert list(k.map_type_names[:len(k.maps)]) == list(k.maps)
    assert set(k.map_type_names[len(k.maps):]) <= {"arena"}   # named, not modelled
    helpers = {p.name for p in k.helpers.values()}
    for t in k.maps.values():
        assert t.helpers is None or t.helpers <= helpers, t.name
        assert set(t.ops) <= set(MAP_OP_HELPERS.values()), t.name
        assert t.gen_lookup is None or t.gen_lookup in MAP_GEN_LOOKUP, t.name
    for h, types in k.helper_map_types.items():
        assert h in helpers and types <= set(k.maps), h


def test_sleepable_proof_reads_the_verifier_table():
    """SP-04: the proof's safe set is the one the 6.1 rule set hands the verifier model."""
    assert get_ruleset("6.1").kernel is LINUX_61
    assert sp.RCU_TRACE_SAFE == {n for n, t in LINUX_61.maps.items() if t.sleepable}
    assert sp.UNSAFE_MAP_TYPE not in sp.RCU_TRACE_SAFE


def _uses_map(map_type: str, sleepable: bool) -> str | None:
    """The verifier's first error for a program that loads the address of one map."""
    m = Map("m", map_type, key_size=4, value_size=8, max_entries=1)
    prog = Program("p", "fentry.s/x" if sleepable else "tc",
                   [I.Insn.lddw(1, 0, src=I.BPF_PSEUDO_MAP_FD, target="m"),
                    I.Insn.make(I.BPF_ALU64 | I.BPF_MOV | I.BPF_K, 0, 0, 0, 0),
                    I.Insn.make(I.BPF_JMP | I.BPF_EXIT)],
                   prog_type="tracing" if sleepable else "sched_cls",
                   expected_attach_type="trace_fentry" if sleepable else None,
                   attach_target="x" if sleepable else None, sleepable=sleepable,
                   maps=["m"])
    res = verify(ProgramFile("t", maps={"m": m}, programs=[prog]), prog, rules="6.1-no-SP-02")
    return res.message


@pytest.mark.parametrize("map_type", ["hash", "ringbuf", "lpm_trie", "queue"])
def test_verifier_applies_the_sleepable_map_table(map_type):
    msg = _uses_map(map_type, sleepable=True)
    if LINUX_61.map_type(map_type).sleepable:
        assert msg is None or "Sleepable programs" not in msg
    else:
        assert msg == "Sleepable programs can only use array, hash, and ringbuf maps"


def test_unknown_kernel_is_named():
    with pytest.raises(KeyError, match="unknown kernel '5.4'"):
        kernel_facts("5.4")


def test_program_type_groups_name_real_program_types():
    from bpfsmt.spec import progtypes as P
    groups = {n: getattr(P, n) for n in dir(P) if n.endswith("_TYPES") and n not in
              ("PROG_TYPES", "ATTACH_TYPES")}
    assert {"TRACING_PROG_TYPES", "TRACING_FUNC_PROTO_TYPES", "BTF_CTX_PROG_TYPES",
            "MAY_ACCESS_SKB_TYPES", "KERNEL_POINTER_CTX_TYPES"} <= set(groups)
    for name, group in groups.items():
        assert set(group) <= set(P.PROG_TYPES), name
    # the two sets once both called TRACING_TYPES are different kernel notions
    assert P.TRACING_FUNC_PROTO_TYPES != P.BTF_CTX_PROG_TYPES


def test_effect_free_helpers_follow_the_prototypes():
    """What a timer callback run for every element may call (solver/symbolic/timers) comes
    from the prototypes: the world-value readers and lookups are in, every helper that writes
    through an argument, changes a map, the packet or a reference, calls back, or has an
    effect its prototype does not show is out."""
    from bpfsmt.spec.helpers import EFFECT_FREE_HELPERS, UNSEEN_EFFECT_HELPERS, helper
    assert {"map_lookup_elem", "ktime_get_ns", "ktime_get_boot_ns", "get_prandom_u32",
            "get_smp_processor_id", "trace_printk", "jiffies64"} <= EFFECT_FREE_HELPERS
    for name in ("map_update_elem", "map_delete_elem", "map_pop_elem", "map_peek_elem",
                 "ringbuf_output", "ringbuf_reserve", "probe_read_kernel", "get_current_comm",
                 "skb_store_bytes", "tail_call", "spin_lock", "timer_start", "loop",
                 "sk_lookup_tcp", "kptr_xchg", "set_hash_invalid", *UNSEEN_EFFECT_HELPERS):
        assert helper(name) is not None, name
        assert name not in EFFECT_FREE_HELPERS, name
