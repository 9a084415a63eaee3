"""`bpfsmt run` and `bpfsmt conformance` on the command line."""
import json
import os

from bpfsmt.cli import main

SHARED = os.environ.get("BPFSMT_SHARED",
                        os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
CONF = os.path.join(SHARED, "conformance", "tests")

PROG = """
.map vals type=array key_size=4 value_size=8 max_entries=2
.elem vals key=0 value=5
.program main section=tc
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = %[vals] ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r0 = *(u64 *)(r0 + 0)
    exit
out:
    r0 = 0
    exit
.program bad section=socket
    r1 = 0
    r0 = *(u32 *)(r1 + 8)
    exit
"""


def _file(tmp_path, text=PROG, name="p.s"):
    p = tmp_path / name
    p.write_text(text)
    return str(p)


def test_run_prints_r0(tmp_path, capsys):
    assert main(["run", _file(tmp_path)]) == 0
    assert capsys.readouterr().out.strip() == "r0 = 0x5 (5)"


def test_run_trace_shows_changed_registers(tmp_path, capsys):
    assert main(["run", _file(tmp_path), "--trace"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("0: ") and "r1=0x0" in lines[0]
    assert any("r0=0x5" in ln for ln in lines)
    assert len(lines) == 10        # 9 executed instructions + the r0 line


def test_run_fault_location_and_exit_1(tmp_path, capsys):
    path = _file(tmp_path)
    assert main(["run", path, "-p", "bad"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"{path}:19:5: fault at insn 1 [CORE-04] null_deref")


def test_run_json(tmp_path, capsys):
    assert main(["run", _file(tmp_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["r0"] == 5 and out["fault"] is None and out["path"][:2] == [0, 1]
    assert out["events"][0]["helper"] == "map_lookup_elem"


def test_run_data_file_uses_its_mem(capsys):
    assert main(["run", os.path.join(CONF, "mem-len.data")]) == 0
    assert "0x8" in capsys.readouterr().out


def test_run_bad_input_exits_2(tmp_path, capsys):
    assert main(["run", _file(tmp_path), "--mem", "zz"]) == 2
    assert main(["run", _file(tmp_path), "-p", "nope"]) == 2
    assert main(["run", _file(tmp_path, "-- asm\nmov %r0, \n", "x.data")]) == 2
    err = capsys.readouterr().err
    assert "x.data:2:" in err


def test_conformance_single_file(capsys):
    assert main(["conformance", os.path.join(CONF, "add.data")]) == 0
    out = capsys.readouterr().out
    assert out.strip().endswith("1 passed, 0 failed")


def test_trace_ends_with_the_faulting_instruction(tmp_path, capsys):
    path = _file(tmp_path)
    assert main(["run", path, "-p", "bad", "--trace"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("1: r0 = *(u32 *)(r1")


def test_trace_orders_callback_after_helper_call():
    from bpfsmt.grammar.asm import parse_program_text
    from bpfsmt.solver.concrete.exec import execute
    text = """
.program main section=tc
    r1 = 2
    r2 = cb ll
    r3 = 0
    r4 = 0
    call bpf_loop
    exit
.func cb
    r0 = 0
    exit
"""
    res = execute(parse_program_text(text, "<t>"), "main", trace=True)
    kinds = [(t.slot, t.context) for t in res.trace]
    assert kinds == [(0, "main"), (1, "main"), (3, "main"), (4, "main"), (5, "main"),
                     (7, "sync_cb"), (8, "sync_cb"), (7, "sync_cb"), (8, "sync_cb"), (6, "main")]
    assert res.trace[4].changed[0] == 2        # bpf_loop returned the iteration count
