"""--explain SVG: basic blocks as nodes, the counterexample path highlighted, the failing
instruction annotated with register values. Checked by parsing the SVG XML."""
import os
import shutil
import xml.etree.ElementTree as ET

import pytest

from bpfsmt.grammar.elf import load_elf
from bpfsmt.explain import PATH_COLOR, build_cfg, write_cfg_svg

FEATURES = os.path.join(os.path.dirname(__file__), "data", "elf", "features.bpf.o")
NS = {"s": "http://www.w3.org/2000/svg"}


@pytest.fixture(scope="module")
def entry():
    return load_elf(FEATURES).program("entry")


def test_basic_blocks(entry):
    blocks = build_cfg(entry)
    # lookup result null-checked at slot 9: two successors; a bpf2bpf call ends its block;
    # callees and the callback are their own blocks reached by call/callback edges
    assert sorted(blocks) == [0, 10, 19, 37, 40, 42, 51, 58]
    assert blocks[0].succs == [(19, "taken"), (10, "fall")]
    assert blocks[10].succs == [(19, "fall")]
    assert blocks[19].succs == [(42, "callback"), (51, "call"), (37, "fall")]
    assert blocks[37].succs == [(58, "call"), (40, "fall")]
    assert all(b.insns[-1][1].is_exit for s, b in blocks.items() if s in (40, 42, 51, 58))


needs_dot = pytest.mark.skipif(shutil.which("dot") is None,
                               reason="graphviz 'dot' is not installed (make clang)")


def _parse(path):
    root = ET.parse(path).getroot()
    nodes = {g.get("id"): g for g in root.iter(f"{{{NS['s']}}}g")
             if "node" in (g.get("class") or "")}
    edges = {g.get("id"): g for g in root.iter(f"{{{NS['s']}}}g")
             if "edge" in (g.get("class") or "")}
    return nodes, edges


def _texts(g):
    return [t.text or "" for t in g.iter(f"{{{NS['s']}}}text")]


@needs_dot
def test_svg_path_and_fault_annotation(entry, tmp_path):
    out = tmp_path / "entry.svg"
    path = list(range(0, 10)) + [19, 20]      # the null branch: 0..9 then jump to 19
    write_cfg_svg(entry, str(out), path=path, fault_slot=20, regs={0: 0, "r1": 4})
    nodes, edges = _parse(out)
    assert set(nodes) == {"b0", "b10", "b19", "b37", "b40", "b42", "b51", "b58"}
    assert "visited" in nodes["b0"].get("class") and "visited" in nodes["b19"].get("class")
    assert "visited" not in nodes["b10"].get("class")
    assert "fault" in nodes["b19"].get("class")
    # exactly the taken edge 0 -> 19 is on the path, drawn in the path colour
    on_path = [e for e, g in edges.items() if "path" in g.get("class")]
    assert on_path == ["e0_19_taken"]
    stroke = [p.get("stroke") for p in edges["e0_19_taken"].iter(f"{{{NS['s']}}}path")]
    assert stroke and all(s == PATH_COLOR for s in stroke)
    assert all(p.get("stroke") != PATH_COLOR
               for p in edges["e0_10_fall"].iter(f"{{{NS['s']}}}path"))
    # the failing instruction is annotated with the counterexample's registers
    txt = " ".join(_texts(nodes["b19"]))
    assert "20: " in txt and "fault here: r0=0 r1=4" in txt
    # kernel syntax inside the blocks, slot-numbered
    assert any(t.startswith("9: if r7 == ") for t in _texts(nodes["b0"]))
    assert "entry" in " ".join(_texts(nodes["b0"]))            # function header
    assert "add_global" in " ".join(_texts(nodes["b58"]))


@needs_dot
def test_svg_without_counterexample(entry, tmp_path):
    out = tmp_path / "plain.svg"
    write_cfg_svg(entry, str(out))
    nodes, edges = _parse(out)
    assert len(nodes) == 8 and len(edges) == 8
    assert not any("path" in g.get("class") for g in edges.values())
    assert not any("visited" in g.get("class") or "fault" in g.get("class")
                   for g in nodes.values())


@needs_dot
def test_svg_path_into_a_subprogram(entry, tmp_path):
    """The call at slot 36 ends its block: a path entering add_static highlights the call
    edge, and the fault inside the callee is annotated there."""
    out = tmp_path / "call.svg"
    path = list(range(0, 10)) + list(range(19, 37)) + [51, 52, 53]
    write_cfg_svg(entry, str(out), path=path, fault_slot=53, regs={"r1": 1, "r2": 2})
    nodes, edges = _parse(out)
    on_path = sorted(e for e, g in edges.items() if "path" in g.get("class"))
    assert on_path == ["e0_19_taken", "e19_51_call"]
    assert "fault" in nodes["b51"].get("class")
    assert "fault here: r1=1 r2=2" in " ".join(_texts(nodes["b51"]))


@needs_dot
def test_check_explain_end_to_end(tmp_path, capsys):
    """`bpfsmt check FILE.c --explain DIR` on a selftest file: the unsafe program's SVG marks
    the failing instruction with the counterexample's registers."""
    from bpfsmt.grammar.selftest import find_clang
    if find_clang() is None:
        pytest.skip("clang not installed (make clang)")
    try:
        import bpfsmt.solver.symbolic.checker  # noqa: F401
    except ImportError:
        pytest.skip("symbolic checker not available")
    from bpfsmt.cli import main
    src = os.path.join(os.path.dirname(__file__), "data", "selftest", "annotations.c")
    rc = main(["check", src, "-p", "uninit_r2", "--explain", str(tmp_path), "-q"])
    assert rc == 1
    svg = tmp_path / "annotations.c.uninit_r2.svg"
    nodes, _ = _parse(svg)
    assert list(nodes) == ["b0"] and "fault" in nodes["b0"].get("class")
    txt = " ".join(_texts(nodes["b0"]))
    assert "0: r0 = r2" in txt and "fault here: " in txt and "r1=" in txt


def _ladder(n):
    """`if r1 == k goto +1; r0 = k` n times, then exit: 2n+1 basic blocks."""
    from bpfsmt.spec.insn import BPF_ALU64, BPF_EXIT, BPF_JEQ, BPF_JMP, BPF_K, BPF_MOV, Insn
    from bpfsmt.spec.program import Function, Program
    insns = []
    for k in range(n):
        insns.append(Insn.make(BPF_JMP | BPF_JEQ | BPF_K, dst=1, off=1, imm=k))
        insns.append(Insn.make(BPF_ALU64 | BPF_MOV | BPF_K, dst=0, imm=k))
    insns.append(Insn.make(BPF_JMP | BPF_EXIT))
    return Program(name="ladder", section="socket", insns=insns,
                   functions=[Function("ladder", 0)])


@needs_dot
def test_large_cfg_is_drawn_around_the_path(tmp_path):
    from bpfsmt.explain import MAX_BLOCKS
    prog = _ladder(400)
    assert len(build_cfg(prog)) == 801
    path = list(range(0, 700))            # falls through the first 350 rungs
    out = tmp_path / "ladder.svg"
    write_cfg_svg(prog, str(out), path=path, fault_slot=699, regs={0: 348})
    nodes, edges = _parse(out)
    blocks = [n for n in nodes if n != "elided"]
    assert "elided" in nodes and len(blocks) == MAX_BLOCKS
    # the path's last blocks before the fault and its first ones are drawn
    assert {f"b{s}" for s in range(600, 700)} <= set(nodes)
    assert {"b0", "b1", "b2"} <= set(nodes)
    assert any("edge-elided" in g.get("class") for g in edges.values())
    assert "fault here: r0=0x15c" in " ".join(_texts(nodes["b699"]))
    title = " ".join(t.text or "" for t in ET.parse(out).getroot().iter(f"{{{NS['s']}}}text"))
    assert "of 801 basic blocks shown" in title
