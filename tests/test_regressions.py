"""Regressions found by running the engines on the real-world corpus (benchmarks/corpus.py)."""
import os
from pathlib import Path

import pytest

from bpfsmt.grammar import load
from bpfsmt.solver.verifier import verify

SHARED = Path(os.environ.get("BPFSMT_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
CORPUS = SHARED / "corpus" / "ebpf-samples"


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus not present")
def test_trace_printk_checks_only_two_arguments():
    """6.1's bpf_trace_printk proto declares arg1/arg2 only (args 3-5 ARG_DONTCARE): the kernel
    accepted tracex1_kern.o bpf_prog1 (oracle, tests/data/corpus_oracle.jsonl) with R5 unset;
    the model used to say `R5 !read_ok`."""
    pfile = load(str(CORPUS / "new_linux" / "tracex1_kern.o"))
    res = verify(pfile, pfile.program("bpf_prog1"))
    assert res.accepted, res.message


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus not present")
@pytest.mark.parametrize("prog", ["cil_sock4_connect", "cil_sock4_sendmsg", "cil_sock4_recvmsg",
                                  "cil_sock6_connect", "cil_sock6_sendmsg", "cil_sock6_recvmsg"])
def test_cgroup_sock_addr_ctx_writes(prog):
    """The kernel accepts Cilium's sock_addr programs (they rewrite user_ip4/user_ip6/user_port);
    the model used to reject them with `invalid bpf_context access off=4 size=4`."""
    pfile = load(str(CORPUS / "cilium-core" / "bpf_sock.o"))
    res = verify(pfile, pfile.program(prog))
    assert res.accepted, res.message


def test_sock_addr_access_rules():
    from bpfsmt.solver.verifier.ctx import ctx_access
    t4, t6, s6 = "cgroup_inet4_connect", "cgroup_inet6_connect", "cgroup_udp6_sendmsg"
    assert ctx_access("cgroup_sock_addr", t4, 4, 4, True)[0]        # user_ip4 store
    assert not ctx_access("cgroup_sock_addr", t4, 8, 4, True)[0]    # user_ip6 in a v4 hook
    assert ctx_access("cgroup_sock_addr", t6, 8, 8, True)[0]        # wide store into user_ip6
    assert not ctx_access("cgroup_sock_addr", t6, 44, 4, False)[0]  # msg_src_ip6 outside sendmsg
    assert ctx_access("cgroup_sock_addr", s6, 44, 4, True)[0]
    assert not ctx_access("cgroup_sock_addr", t4, 28, 4, True)[0]   # family is read-only
    assert ctx_access("cgroup_sock_addr", t4, 64, 8, False) == (True, "sock")


def test_helper_with_a_fixed_width_pointer_argument_runs():
    """bpf_strtoul's ARG_PTR_TO_LONG result covers a fixed 8 bytes (ArgUse.size is an int): the
    executor and the symbolic engine both take that width (a TypeError on `size[0]` before)."""
    from bpfsmt.grammar.asm import parse_program_text
    from bpfsmt.solver.concrete.exec import ExecInputs, execute
    from bpfsmt.solver.symbolic.checker import check
    text = (".program p section=cgroup/sysctl\n"
            " r1 = 0x31\n *(u64 *)(r10 - 16) = r1\n r1 = r10\n r1 += -16\n r2 = 2\n r3 = 0\n"
            " r4 = r10\n r4 += -8\n call bpf_strtoul\n r0 = *(u64 *)(r10 - 8)\n r0 = 1\n exit\n")
    pf = parse_program_text(text)
    res = execute(pf, pf.programs[0], ExecInputs())
    assert res.fault is None and res.r0 == 1
    assert check(pf, pf.programs[0]).verdict != "error"
