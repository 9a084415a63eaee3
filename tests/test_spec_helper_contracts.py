"""spec/helpers.arg_uses: what a call checks, reads and writes, derived from the ARG_* kinds of
the 6.1 prototype (the table both engines run helpers without a model of their own from)."""
from __future__ import annotations

from bpfsmt.spec import helpers as H


def roles(name):
    return [(u.reg, u.role, u.size, u.nullable) for u in H.arg_uses(H.helper(name))]


def test_memory_arguments_take_their_size_from_the_next_register():
    assert roles("probe_read_kernel") == [(1, "write", ("reg", 2), False), (2, "size", None, False),
                                         (3, "scalar", None, False)]
    assert roles("csum_diff")[:2] == [(1, "read", ("reg", 2), True), (2, "size", None, False)]


def test_map_arguments_take_key_and_value_sizes_from_the_map():
    assert roles("map_update_elem") == [(1, "map", None, False), (2, "read", ("map", "key_size"), False),
                                       (3, "read", ("map", "value_size"), False),
                                       (4, "scalar", None, False)]
    assert roles("map_pop_elem")[1] == (2, "write", ("map", "value_size"), False)


def test_fixed_size_outputs_and_context():
    assert roles("get_func_ret") == [(1, "ctx", None, False), (2, "write", 8, False)]


def test_generic_only_for_plain_prototypes():
    assert H.generic(H.helper("get_stack"))
    for name in ("map_lookup_elem", "ringbuf_reserve", "sk_lookup_tcp", "timer_init", "loop",
                 "kptr_xchg", "dynptr_read"):
        assert not H.generic(H.helper(name)), name
    for name in ("skb_vlan_push", "csum_diff", "probe_read_str", "fib_lookup", "snprintf",
                 "skb_get_tunnel_key", "perf_event_read_value"):
        assert H.generic(H.helper(name)), (name, roles(name))
    # kernel objects (a socket, a BTF pointer) and read-write memory count as plain
    for name in ("sk_cgroup_id", "tcp_send_ack", "d_path", "bprm_opts_set", "skb_output"):
        assert H.generic(H.helper(name)), (name, roles(name))
    assert roles("fib_lookup")[1] == (2, "update", ("reg", 3), False)
    # the raw syncookie checks read a struct iphdr/ipv6hdr and a struct tcphdr (fixed sizes)
    assert roles("tcp_raw_check_syncookie_ipv6") == [(1, "read", 40, False), (2, "read", 20, False)]
    assert sum(H.generic(p) for p in H.HELPERS.values()) == 164
    assert sum(H.generic(p) for p in H.HELPERS_612.values()) == 165    # + cgrp_storage_delete
