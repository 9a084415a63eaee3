"""Rule sets, the helper table, and model behaviours the oracle labels cannot show directly
(the proposed per-callback sleepability design, named mutants, SP-07)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bpfsmt.grammar.asm import parse_program_text
from bpfsmt.spec import helpers as H
from bpfsmt.spec.helper_ids import HELPER_NAMES
from bpfsmt.spec.rules import MUTANTS, RULE_IDS, PROPOSED_HELPERS, get_ruleset
from bpfsmt.solver.verifier import verify

TIMER_COPY = """
.map tmap type=hash key_size=4 value_size=16 max_entries=1 btf timer=0
.program arm section=lsm.s/bprm_committed_creds
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = %[tmap] ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r6 = r0
    r1 = r0
    r2 = %[tmap] ll
    r3 = 0
    call bpf_timer_init
    r1 = r6
    r2 = cb ll
    call {setcb}
out:
    r0 = 0
    exit
.func cb
    r1 = r10
    r1 += -8
    r2 = 8
    r3 = 0
    call bpf_copy_from_user
    r0 = 0
    exit
"""


def _pf(setcb="bpf_timer_set_callback"):
    return parse_program_text(TIMER_COPY.replace("{setcb}", setcb))


def test_sp07_gap_61_accepts_might_sleep_in_timer_callback():
    """6.1: sleepability is program-wide, so the softirq timer callback may call
    bpf_copy_from_user (the SP-07 gap)."""
    r = verify(_pf(), "arm", rules="6.1")
    assert r.accepted, r.message


def test_proposed_rejects_it_and_accepts_sleepable_cb():
    r = verify(_pf(), "arm", rules="proposed")
    assert not r.accepted
    assert r.message == "helper call might sleep in a non-sleepable prog"
    assert r.rule == "SP-03"
    ok = verify(_pf(f"{PROPOSED_HELPERS['timer_set_sleepable_cb']}"), "arm", rules="proposed")
    assert ok.accepted, ok.message


def test_proposed_inherit_mutant_behaves_like_61():
    assert verify(_pf(), "arm", rules="proposed-inherit").accepted


def test_async_callback_r0_must_be_zero():
    pf = parse_program_text(TIMER_COPY.replace("{setcb}", "bpf_timer_set_callback").rsplit(
        "    r0 = 0\n    exit", 1)[0] + "    r0 = 1\n    exit\n")
    r = verify(pf, "arm")
    assert not r.accepted
    assert r.message == "At async callback the register R0 has value (0x1; 0x0) should have been in (0x0; 0x0)"


LOCKED_CALL = """
.map vals type=array key_size=4 value_size=8 max_entries=1 btf spin_lock=4
.program p section=tc
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = %[vals] ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r6 = r0
    r1 = r0
    r1 += 4
    call bpf_spin_lock
    call bpf_get_prandom_u32
    r1 = r6
    r1 += 4
    call bpf_spin_unlock
out:
    r0 = 0
    exit
"""


def test_mutant_disables_exactly_one_rule():
    pf = parse_program_text(LOCKED_CALL)
    r = verify(pf, "p", rules="6.1")
    assert (r.accepted, r.rule) == (False, "SL-07")
    assert verify(pf, "p", rules="6.1-no-call-under-lock").accepted
    assert verify(pf, "p", rules="6.1-no-SL-07").accepted
    assert get_ruleset("6.1").without("SL-07").name == "6.1-no-SL-07"


def test_ruleset_errors_and_names():
    with pytest.raises(KeyError):
        get_ruleset("nonsense")
    with pytest.raises(KeyError):
        get_ruleset("6.1").without("XX-99")
    for name, rs in MUTANTS.items():
        assert rs.disabled <= set(RULE_IDS)
        assert get_ruleset(name) is rs


def test_helper_table_covers_every_61_helper():
    assert set(H.HELPERS) == set(range(1, len(HELPER_NAMES)))
    sleepers = {p.name for p in H.HELPERS.values() if p.might_sleep}
    assert {"copy_from_user", "copy_from_user_task", "ima_inode_hash", "ima_file_hash"} <= sleepers
    assert "d_path" not in sleepers and "probe_read_kernel" not in sleepers
    lookup = H.helper("bpf_map_lookup_elem")
    assert lookup.args == (H.ARG_CONST_MAP_PTR, H.ARG_PTR_TO_MAP_KEY)
    assert lookup.ret == H.RET_PTR_TO_MAP_VALUE_OR_NULL
    assert H.offered(H.helper("get_current_pid_tgid"), "kprobe")
    assert not H.offered(H.helper("skb_store_bytes"), "socket_filter")
    assert H.func_id_name(9999) == "unknown"


def test_cli_exit_codes_and_json(tmp_path):
    f = tmp_path / "p.bpf.s"
    f.write_text(LOCKED_CALL)
    cmd = [sys.executable, "-m", "bpfsmt.cli", "verify", "--json", str(f)]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode == 2 and "No module named" in out.stderr:
        pytest.skip("cli not runnable as a module")
    assert out.returncode == 1, out.stderr
    row = json.loads(out.stdout.splitlines()[0])
    assert row["accepted"] is False and row["message"].startswith("function calls")
    assert row["rule"] == "SL-07" and row["errno"] == 22
    out = subprocess.run(cmd[:-1] + ["--rules", "6.1-no-SL-07", str(f)], capture_output=True,
                         text=True)
    assert out.returncode == 0
    bad = subprocess.run(cmd[:-1] + [str(tmp_path / "missing.s")], capture_output=True, text=True)
    assert bad.returncode == 2


def test_helper_id_zero_is_an_unknown_func_not_an_invalid_one():
    """check_helper_call (6.1): only ids outside [0, __BPF_FUNC_MAX_ID) are "invalid func"; id 0
    is in range and has no prototype, so it is "unknown func bpf_unspec#0"."""
    from bpfsmt.spec.insn import Insn
    from bpfsmt.spec.program import Function, Program, ProgramFile
    insns = [Insn(0x85, imm=0), Insn(0xB7), Insn(0x95)]
    prog = Program(name="p", section="socket", insns=insns, functions=[Function("p", 0)])
    r = verify(ProgramFile(path="<test>", programs=[prog]), prog)
    assert (r.accepted, r.message) == (False, "unknown func bpf_unspec#0")


MAP_VALUE_OOB = """.map m type=array key_size=4 value_size=12 max_entries=1
.program p section=socket
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = %[m] ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r0 = *(u32 *)(r0 + 9)
out:
    r0 = 0
    exit
"""


def test_the_whole_error_block_in_text_and_json(tmp_path, capsys):
    """6.1 prints two lines for an out-of-bounds map-value read; both reach the user."""
    from bpfsmt.cli import main
    f = tmp_path / "p.bpf.s"
    f.write_text(MAP_VALUE_OOB)
    block = ["invalid access to map value, value_size=12 off=9 size=4",
             "R0 min value is outside of the allowed memory range"]
    assert main(["verify", "--json", str(f)]) == 1
    row = json.loads(capsys.readouterr().out.splitlines()[0])
    assert row["log"] == block and row["message"] == block[-1]
    assert main(["verify", str(f)]) == 1
    out = capsys.readouterr().out
    assert all(line in out for line in block)


@pytest.mark.parametrize("src", [5, 6])        # BPF_PSEUDO_MAP_IDX, BPF_PSEUDO_MAP_IDX_VALUE
def test_map_idx_without_fd_array(src):
    """A raw program (no maps, so no fd_array) loading a map by index: 6.1.0-57 answers
    errno 71 "fd_idx without fd_array is invalid" for both forms (oracle, raw socket programs)."""
    import struct
    from bpfsmt.spec.insn import decode
    from bpfsmt.spec.program import Function, Program, ProgramFile
    raw = b"".join(struct.pack("<BBhi", *w) for w in
                   ((0x18, 1 | src << 4, 0, 0), (0, 0, 0, 0), (0xB7, 0, 0, 0), (0x95, 0, 0, 0)))
    prog = Program(name="raw", section="socket", insns=decode(raw), functions=[Function("raw", 0)])
    r = verify(ProgramFile(path="<raw>", programs=[prog]), prog)
    assert (r.accepted, r.errno, r.message) == (False, 71, "fd_idx without fd_array is invalid")
