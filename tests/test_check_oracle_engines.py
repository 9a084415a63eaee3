"""The helper / reference programs of tests/oracle/engines against the real 6.1 kernel's labels
(`verify` is compared with them in test_verifier_oracle.py): `check` is SAFE on every program the
kernel accepts and UNSAFE (replayed) on every program it rejects, with one documented
difference: 6.1 lets root read uninitialised stack (rules.md CORE-03 stable delta), which
`check` reports as the unsafe read it is."""
from __future__ import annotations

import pytest

from oracle_labels import label_object_path, load_labels

from bpfsmt.grammar.loader import load
from bpfsmt.solver.symbolic.checker import check
from bpfsmt.solver.verifier import verify
from bpfsmt.solver.verifier.btf import with_probe_mem

# 6.1 cannot create the maps of k612/ (cgroup storage): no verdict to compare with
LABELS = [lb for lb in load_labels("engines") if not lb.file.startswith("k612/")]
ROOT_READS_UNINIT_STACK = {"csum_diff_uninit_stack", "bloom_peek_uninit_value",
                           "raw_check_syncookie_ipv6_uninit"}
# the verifier wants a constant there (bpf_dynptr_data's length); a run cannot show that a value
# was not constant, so `check` leaves it UNKNOWN
VARIABLE_SIZE = {"dynptr_data_var_len"}
# safe, but bpf_user_ringbuf_drain may hand its 10-insn callback up to 128K samples: more calls
# than the executor's step budget could replay, so `check` leaves it UNKNOWN
EXEC_BUDGET = {"user_ringbuf_drain_read"}
# safe (the kernel tracks every trip exactly), but only a quadratic invariant proves it: the
# induction step fails and its counterexample does not replay
NOT_INDUCTIVE = {"loop_squares"}
# safe at run time, rejected by the kernel: the packet walk stops at data_end, but the verifier
# explores one state per packet offset until "The sequence of 8193 jumps is too complex"; the
# socket each trip hands to the next is released there, but the verifier's states differ in
# their reference ids and never prune ("BPF program is too large")
PRECISION_GAP = {"loop_pkt_pointer_walk", "loop_sk_carry_release_50"}
# rejected by the kernel, which sees any u32 in a sock_ops ctx field; safe at run time:
# sock_ops_convert_ctx_access fills the field from a narrower kernel value (remote_port is the
# __be16 shifted up 16, local_port / family u16, op / state u8) or with 0 without a full socket
# (snd_cwnd, sk): spec/ctx.py SOCK_OPS
SOCK_OPS_RANGES = {"so_remote_port_range", "so_local_port_range", "so_op_range", "so_state_range",
                   "so_family_range", "so_cwnd_no_fullsock_range", "so_sk_no_fullsock_range"}
# rejected by 6.1 (an immediate store into the ctx: "BPF_ST stores into R1 ctx is not allowed",
# lifted in 6.3), safe at run time: the store converts as the register store does
ST_INTO_CTX = {"sockops/sx_st_reply.sockops.raw", "sockops/sx_st_txhash.sockops.raw"}
# sock_ops' skb_data / skb_data_end (the TCP header of the op) are not modelled: UNKNOWN
SOCK_OPS_SKB_DATA = {"sx_skb_data"}
# a variable-offset store into a dynptr's slots: the symbolic stack model leaves a variable
# store near a spilled pointer (the dynptr) to `verify`, so `check` says UNKNOWN
VAR_OFF_OVER_DYNPTR = {"dyn_var_store_over_local", "dyn_var_store_over_rb"}
# an LPM trie the program may fill: `check` counts only hash maps' elements, so UNKNOWN
MAY_FILL_UNCOUNTED = {"lpm_full"}


@pytest.mark.parametrize("lb", LABELS, ids=lambda lb: lb.prog)
def test_check_decides_like_the_kernel(lb):
    pf = load(str(label_object_path(lb)))
    prog = pf.program(lb.prog)
    # as `bpfsmt check` runs it: loads the verifier typed through a BTF pointer are probe reads
    r = check(pf, with_probe_mem(prog, verify(pf, prog).probe_mem), timeout=60)
    if lb.prog in ROOT_READS_UNINIT_STACK:
        assert lb.accepted and (r.verdict, r.kind, r.replayed) == ("unsafe", "uninit_stack", True)
    elif lb.prog in PRECISION_GAP or lb.prog in SOCK_OPS_RANGES or lb.file in ST_INTO_CTX:
        assert not lb.accepted and r.verdict == "safe", (r.verdict, r.reason)
    elif lb.prog in VARIABLE_SIZE:
        assert not lb.accepted and r.verdict == "unknown" and "variable size" in r.reason, r.reason
    elif lb.prog in EXEC_BUDGET:
        assert lb.accepted and r.verdict == "unknown" and "executor's budget" in r.reason, r.reason
    elif lb.prog in VAR_OFF_OVER_DYNPTR:
        assert not lb.accepted and r.verdict == "unknown" and "variable-offset stack write" in r.reason, \
            r.reason
    elif lb.prog in SOCK_OPS_SKB_DATA:
        assert lb.accepted and r.verdict == "unknown" and "skb_data" in r.reason, r.reason
    elif lb.prog in MAY_FILL_UNCOUNTED:
        assert lb.accepted and r.verdict == "unknown" and "may fill" in r.reason, r.reason
    elif lb.prog in NOT_INDUCTIVE:
        assert lb.accepted and r.verdict == "unknown" and "induction step" in r.reason, r.reason
    elif lb.accepted:
        assert r.verdict == "safe", (r.verdict, r.reason, r.message)
    else:
        assert r.verdict == "unsafe" and r.replayed is True, (r.verdict, r.reason, r.message)


LABELS_612_ONLY = [lb for lb in load_labels("engines", kernel="6.12") if lb.file.startswith("k612/")]


@pytest.mark.parametrize("lb", LABELS_612_ONLY, ids=lambda lb: lb.prog)
def test_check_decides_like_6_12(lb):
    """Programs only 6.12 loads (cgroup storage, helpers 210/211): the same agreement."""
    pf = load(str(label_object_path(lb)))
    r = check(pf, lb.prog, timeout=60, rules="6.12")
    if lb.accepted:
        assert r.verdict == "safe", (r.verdict, r.reason, r.message)
    else:
        assert r.verdict == "unsafe" and r.replayed is True, (r.verdict, r.reason, r.message)


def test_6_12_only_programs_labelled():
    assert len(LABELS_612_ONLY) == 4 and sum(lb.accepted for lb in LABELS_612_ONLY) == 3


PKT_BYTES = {k: [lb for lb in load_labels("engines", kernel=k) if lb.file.startswith("pktbytes/")]
             for k in ("6.1", "6.12")}


@pytest.mark.parametrize("kernel", sorted(PKT_BYTES))
def test_packet_byte_helpers_return_what_the_kernel_returns(kernel):
    """bpf_skb/xdp_load_bytes and _store_bytes (spec/packet.py): the executor's r0 is the
    kernel's BPF_PROG_TEST_RUN retval (errno, a failed xdp load keeps its buffer, a failed skb
    load clears it, bad skb_store_bytes flags write nothing); `check` on the same programs is
    test_check_decides_like_the_kernel."""
    from bpfsmt.solver.concrete.exec import ExecInputs, execute
    labels = PKT_BYTES[kernel]
    assert len(labels) == 6 and all(lb.accepted and lb.retval is not None for lb in labels)
    for lb in labels:
        res = execute(load(str(label_object_path(lb))), lb.prog, ExecInputs())
        assert res.fault is None and res.r0 & 0xFFFFFFFF == lb.retval, (lb.prog, res.r0, lb.retval)


@pytest.mark.parametrize("kernel", ["6.1", "6.12"])
def test_lpm_trie_full_is_enospc(kernel):
    """trie_check_add_elem: the second key of a one-entry LPM trie is -ENOSPC (spec/maps), the
    executor's r0 the kernel's retval."""
    from bpfsmt.solver.concrete.exec import ExecInputs, execute
    lb, = [lb for lb in load_labels("engines", kernel=kernel) if lb.prog == "lpm_full"]
    res = execute(load(str(label_object_path(lb))), lb.prog, ExecInputs())
    assert res.fault is None and res.r0 & 0xFFFFFFFF == lb.retval == 28 << 8


@pytest.mark.parametrize("kernel", ["6.1", "6.12"])
def test_lru_node_pop_drops_before_check_flags(kernel):
    """htab_lru_map_update_elem pops its node before check_flags (spec/maps.lru_prealloc_pop):
    BPF_EXIST on the only key of a full one-element map drops that key and fails with -ENOENT;
    a failing BPF_NOEXIST in a full map still drops the unreferenced key. The executor's r0 is
    the kernel's retval (-errno << 8 | the key gone)."""
    from bpfsmt.solver.concrete.exec import ExecInputs, execute
    want = {"lru_exist_drops_itself": 2 << 8 | 1, "lru_noexist_fails_drops_other": 17 << 8 | 1}
    labels = [lb for lb in load_labels("engines", kernel=kernel) if lb.prog in want]
    assert len(labels) == 2
    for lb in labels:
        res = execute(load(str(label_object_path(lb))), lb.prog, ExecInputs())
        assert res.fault is None and res.r0 & 0xFFFFFFFF == lb.retval == want[lb.prog], \
            (lb.prog, res.r0, lb.retval)
