"""Counterexamples for people: the failing line, the path with its values, only the inputs that
matter, and a `bpfsmt run` command that replays them."""
import os
import shlex

from bpfsmt.cli import main as cli
from bpfsmt.grammar import load
from bpfsmt.solver.concrete.exec import ExecInputs, execute
from bpfsmt.solver.concrete.runtime_helpers import HELPERS as EXECUTOR_HELPERS
from bpfsmt.spec.helpers import HELPERS, HELPERS_612, generic
from bpfsmt.story import minimise, render_value, replay_command

EXAMPLES = os.path.join(os.path.dirname(os.path.dirname(__file__)), "examples")
PKT = """\
.program pkt section=xdp
    r2 = *(u32 *)(r1 + 0)
    r3 = *(u32 *)(r1 + 4)
    r4 = r2
    r4 += 8
    if r4 > r3 goto out
    r5 = *(u8 *)(r2 + 5)
    if r5 != 7 goto out
    r6 = *(u8 *)(r2 + 6)
    r2 += r6
    r0 = *(u8 *)(r2 + 0)
out:
    r0 = 0
    exit
"""


def _story(capsys, path):
    rc = cli(["check", path, "-j", "1"])
    out = capsys.readouterr().out
    return rc, out[out.index("UNSAFE ["):] if "UNSAFE [" in out else ""


def _replay(capsys, story: str) -> tuple[int, str]:
    cmd = story.split("replay:\n", 1)[1].strip().splitlines()[0].strip()
    argv = shlex.split(cmd)
    assert argv[:2] == ["bpfsmt", "run"]
    rc = cli(argv[1:])
    return rc, capsys.readouterr().err


def test_null_deref_story_has_source_path_and_a_replay(capsys):
    path = os.path.join(EXAMPLES, "lookup_no_null_check.bpf.s")
    rc, story = _story(capsys, path)
    assert rc == 1
    assert "UNSAFE [CORE-04] at insn 7" in story
    assert "lookup_no_null_check.bpf.s:13:5:" in story and "r0 = *(u64 *)(r0 + 0)" in story
    assert "call bpf_map_lookup_elem" in story and "r0=0" in story      # the value that matters
    assert "none: the program fails on every input" in story            # nothing to choose
    rc, err = _replay(capsys, story)
    assert rc == 1 and "fault at insn 7 [CORE-04]" in err


def test_only_the_packet_bytes_the_path_reads_are_kept(tmp_path, capsys):
    f = tmp_path / "pkt.bpf.s"
    f.write_text(PKT)
    rc, story = _story(capsys, str(f))
    assert rc == 1 and "[CORE-08]" in story
    assert "packet: 8 bytes, non-zero at [5]=0x07, [6]=0xfe" in story
    rc, err = _replay(capsys, story)
    assert rc == 1 and "[CORE-08]" in err


def test_minimise_never_changes_the_failure():
    pf = load(os.path.join(EXAMPLES, "lookup_no_null_check.bpf.s"))
    prog = pf.programs[0]
    big = ExecInputs(packet=bytes(range(200)), ctx=bytes(range(1, 65)),
                     helper_returns={"bpf_get_prandom_u32": [5]})
    small = minimise(pf, prog, big)
    a, b = execute(pf, prog, big).fault, execute(pf, prog, small).fault
    assert (a.rule, a.slot, a.kind) == (b.rule, b.slot, b.kind)
    assert small.packet is None and small.ctx is None and not small.helper_returns


def test_replay_command_carries_every_input():
    pf = load(os.path.join(EXAMPLES, "lookup_no_null_check.bpf.s"))
    inputs = ExecInputs(packet=b"\x01\x02", maps={"vals": {b"\x00" * 4: b"\x07" * 8}},
                        helper_returns={"bpf_ktime_get_ns": [1, 2]}, jit=False)
    cmd = replay_command("p.s", pf.programs[0], inputs, n_programs=2)
    assert cmd.startswith("bpfsmt run p.s:lookup_no_null_check --trace")
    assert "--packet 0102" in cmd and "--map vals:00000000=0707070707070707" in cmd
    assert "--helper-return bpf_ktime_get_ns=1,2" in cmd and cmd.endswith("--no-jit")


def test_prove_counterexamples_render_as_text_not_json():
    cex = {"steps": ["r7 = lookup(elem 0)", "bpf_spin_lock(r7 + 0)"],
           "layout": {"value_size": 4, "lock_off": 0},
           "program": "0: r0 = 0\n1: exit",
           "trace": [{"insn": i} for i in range(30)],
           "blob": "ab" * 200}
    lines = render_value(cex)
    assert lines[:2] == ["  steps:", "    r7 = lookup(elem 0), bpf_spin_lock(r7 + 0)"]
    assert "  layout:" in lines and "    value_size: 4" in lines
    assert "    0: r0 = 0" in lines and "    1: exit" in lines      # a listing stays a listing
    assert "    ... 6 more" in lines                                 # long lists are cut
    assert any("(400 chars)" in ln for ln in lines)
    assert not any(ln.lstrip().startswith("{") for ln in lines)


def test_run_is_privileged_by_default_as_the_oracle_loads(tmp_path, capsys):
    # Linux 6.1 lets a CAP_BPF loader read uninitialised stack (allow_uninit_stack)
    f = tmp_path / "uninit.bpf.s"
    f.write_text(".program u section=socket\n    r0 = *(u64 *)(r10 - 8)\n    exit\n")
    assert cli(["verify", str(f)]) == 0
    capsys.readouterr()
    assert cli(["run", str(f)]) == 0
    assert capsys.readouterr().out.strip() == "r0 = 0x0 (0)"
    assert cli(["run", "--unprivileged", str(f)]) == 1
    assert "[CORE-03] uninit_stack" in capsys.readouterr().err
    # check still calls it a leak, and its replay command says how to see the fault
    rc, story = _story(capsys, str(f))
    assert rc == 1 and "--unprivileged" in story
    assert _replay(capsys, story)[0] == 1


def test_run_models_every_helper_and_takes_helper_returns(tmp_path, capsys):
    # every helper of both kernels runs concretely (the "give --helper-return" answer is left for
    # a prototype without a model); --helper-return sets what a helper of the world returns
    for table in (HELPERS, HELPERS_612):
        assert [p.name for p in table.values() if p is not None and
                EXECUTOR_HELPERS.get(p.name) is None and not generic(p)] == []
    f = tmp_path / "h.bpf.s"
    f.write_text(".program u section=tc\n    call bpf_ktime_get_ns\n    exit\n")
    assert cli(["run", str(f), "--helper-return", "bpf_ktime_get_ns=7"]) == 0
    assert capsys.readouterr().out.strip() == "r0 = 0x7 (7)"
