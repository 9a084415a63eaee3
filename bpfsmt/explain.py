"""`--explain DIR`: the program's control-flow graph as SVG, with the counterexample on it.

A kernel developer reading a rejection wants to see *which way* the program went: basic
blocks (instructions in kernel syntax, numbered by slot as the verifier log numbers them), the
counterexample path drawn thick and red, the blocks it visits shaded, and the failing
instruction marked with the register values of the counterexample. Rendering uses graphviz
(`dot`); the SVG is plain XML so tests can check nodes, edges and annotations structurally.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from html import escape
from typing import Iterable, Optional

from bpfsmt.spec.insn import BPF_PSEUDO_CALL, BPF_PSEUDO_FUNC, Insn
from bpfsmt.spec.program import Program

PATH_COLOR = "#d62728"
VISITED_FILL = "#fde0dd"
FAULT_FILL = "#f4a6a6"
FUNC_COLOR = "#1f77b4"


@dataclass
class Block:
    """A basic block: consecutive slots entered only at the first and left only at the last."""
    start: int                      # first slot
    insns: list[tuple[int, Insn]] = field(default_factory=list)   # (slot, insn)
    succs: list[tuple[int, str]] = field(default_factory=list)    # (target slot, kind)

    @property
    def end(self) -> int:           # last slot
        return self.insns[-1][0]

    @property
    def node(self) -> str:
        return f"b{self.start}"


def _text(insn: Insn) -> str:
    from bpfsmt.grammar.printer import format_insn
    text = format_insn(insn)
    # name the map / callee the loader resolved (the kernel syntax shows only numbers)
    if insn.target and insn.target not in text:
        text += f"  ; {insn.target}"
    return text


def build_cfg(program: Program) -> dict[int, Block]:
    """Basic blocks keyed by start slot. Edge kinds: fall, taken, goto, call (to a bpf2bpf
    callee), callback (lddw of a function address)."""
    slots = program.slots()
    insns = list(zip(slots, program.insns))
    total = program.slot_count()
    leaders = {0} | {f.start for f in program.functions}
    for s, i in insns:
        nxt = s + i.slots
        if i.is_jmp and not i.is_call and not i.is_exit:
            leaders.add(s + 1 + i.jump_offset())
            if nxt < total:
                leaders.add(nxt)
        elif i.is_exit and nxt < total:
            leaders.add(nxt)
        elif i.is_call and i.src == BPF_PSEUDO_CALL:
            # a bpf2bpf call ends its block so the path into the callee is an edge
            leaders.add(s + 1 + i.imm)
            if nxt < total:
                leaders.add(nxt)
        elif i.is_wide and i.src == BPF_PSEUDO_FUNC:
            leaders.add(s + 1 + i.imm)
    leaders = {x for x in leaders if 0 <= x < total}
    blocks: dict[int, Block] = {}
    cur: Optional[Block] = None
    for s, i in insns:
        if s in leaders or cur is None:
            cur = Block(s)
            blocks[s] = cur
        cur.insns.append((s, i))
    for b in blocks.values():
        s, i = b.insns[-1]
        nxt = s + i.slots
        for ls, li in b.insns:
            if li.is_call and li.src == BPF_PSEUDO_CALL:
                b.succs.append((ls + 1 + li.imm, "call"))
            elif li.is_wide and li.src == BPF_PSEUDO_FUNC:
                b.succs.append((ls + 1 + li.imm, "callback"))
        if i.is_exit:
            continue
        if i.is_ja:
            b.succs.append((s + 1 + i.jump_offset(), "goto"))
        elif i.is_cond_jmp:
            b.succs.append((s + 1 + i.jump_offset(), "taken"))
            b.succs.append((nxt, "fall"))
        else:
            b.succs.append((nxt, "fall"))
    for b in blocks.values():
        b.succs = [(t, k) for t, k in b.succs if t in blocks]
    return blocks


def _reg_text(regs) -> str:
    if not regs:
        return ""
    items = regs.items() if isinstance(regs, dict) else enumerate(regs)
    parts = []
    for k, v in items:
        name = f"r{k}" if isinstance(k, int) else str(k)
        if isinstance(v, int):
            val = f"{v:#x}" if abs(v) > 9 else str(v)
        else:
            val = str(v)
        parts.append(f"{name}={val}")
    return " ".join(parts)


def _path_slots(path: Optional[Iterable]) -> list[int]:
    out = []
    for x in path or []:
        if isinstance(x, int):
            out.append(x)
        elif isinstance(x, dict) and isinstance(x.get("insn"), int):
            out.append(x["insn"])
        elif isinstance(x, (tuple, list)) and x and isinstance(x[0], int):
            out.append(x[0])
    return out


MAX_BLOCKS = 150   # dot's layout time grows fast; larger CFGs are drawn around the path


def _select_blocks(blocks: dict[int, Block], path_blocks: list[int],
                   fault_block: Optional[int], limit: int) -> set[int]:
    """Which blocks to draw: all of a small CFG. For a large one (dot would take minutes):
    the fault, the path's last blocks before it and its first ones, their neighbours, then
    blocks in slot order, `limit` in all."""
    if len(blocks) <= limit:
        return set(blocks)
    preds: dict[int, set[int]] = {b: set() for b in blocks}
    for b in blocks.values():
        for t, _ in b.succs:
            preds[t].add(b.start)
    keep: set[int] = set()
    if fault_block is not None:
        keep.add(fault_block)
    order: list[int] = []          # path blocks, most recent first, then from the start
    for b in reversed(path_blocks):
        if b not in order:
            order.append(b)
    tail, head = order[: limit * 2 // 3], [b for b in dict.fromkeys(path_blocks)]
    for b in tail + head:
        if len(keep) >= limit * 5 // 6:
            break
        keep.add(b)
    for k in sorted(keep) or [0]:
        for t in [t for t, _ in blocks[k].succs] + sorted(preds[k]):
            if len(keep) < limit:
                keep.add(t)
    for b in sorted(blocks):
        if len(keep) >= limit:
            break
        keep.add(b)
    return keep


def cfg_dot(program: Program, path=None, fault_slot: Optional[int] = None, regs=None,
            max_blocks: int = MAX_BLOCKS):
    """The graphviz.Digraph of `program` with the path and fault marked."""
    import graphviz

    blocks = build_cfg(program)
    block_of = {}
    for b in blocks.values():
        for s, _ in b.insns:
            block_of[s] = b.start
    pslots = [s for s in _path_slots(path) if s in block_of]
    visited = {block_of[s] for s in pslots}
    path_edges: set[tuple[int, int]] = set()
    for a, b in zip(pslots, pslots[1:]):
        ba, bb = block_of[a], block_of[b]
        if a == blocks[ba].end and b == bb:
            path_edges.add((ba, bb))
    fault_block = block_of.get(fault_slot) if fault_slot is not None else None
    shown = _select_blocks(blocks, [block_of[s] for s in pslots], fault_block, max_blocks)
    hidden = len(blocks) - len(shown)
    title = f"{program.name} ({program.section})"
    if hidden:
        title += f": {len(shown)} of {len(blocks)} basic blocks shown (around the path)"

    g = graphviz.Digraph(name=program.name, graph_attr={"rankdir": "TB", "fontname": "monospace",
                                                         "label": title, "labelloc": "t",
                                                         # bound dot's layout iterations
                                                         "nslimit": "20", "nslimit1": "20",
                                                         "mclimit": "0.5"},
                         node_attr={"shape": "plaintext", "fontname": "monospace",
                                    "fontsize": "10"},
                         edge_attr={"fontname": "monospace", "fontsize": "9"})
    funcs = {f.start: f for f in program.functions}
    for b in blocks.values():
        if b.start not in shown:
            continue
        fill = FAULT_FILL if b.start == fault_block else (VISITED_FILL if b.start in visited
                                                          else "white")
        border = PATH_COLOR if b.start in visited or b.start == fault_block else "black"
        rows = []
        if b.start in funcs:
            f = funcs[b.start]
            kind = "main" if b.start == 0 else ("global func" if f.is_global else "func")
            rows.append(f'<TR><TD ALIGN="LEFT" BGCOLOR="#e8f0fa"><B>{escape(f.name)}</B> '
                        f'({kind})</TD></TR>')
        for s, i in b.insns:
            t = escape(f"{s}: {_text(i)}")
            if s == fault_slot:
                rows.append(f'<TR><TD ALIGN="LEFT" BGCOLOR="{PATH_COLOR}"><FONT COLOR="white">'
                            f'<B>{t}</B></FONT></TD></TR>')
                ann = _reg_text(regs)
                rows.append(f'<TR><TD ALIGN="LEFT"><FONT COLOR="{PATH_COLOR}">fault here'
                            f'{": " + escape(ann) if ann else ""}</FONT></TD></TR>')
            else:
                rows.append(f'<TR><TD ALIGN="LEFT">{t}</TD></TR>')
        label = (f'<<TABLE BORDER="1" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2" '
                 f'COLOR="{border}" BGCOLOR="{fill}">' + "".join(rows) + "</TABLE>>")
        attrs = {"id": b.node, "class": "block" + (" visited" if b.start in visited else "")
                 + (" fault" if b.start == fault_block else "")}
        g.node(b.node, label=label, **attrs)
    if hidden:
        g.node("elided", label=f"... {hidden} more blocks", shape="box", style="dashed",
               id="elided", **{"class": "elided"})
    for b in blocks.values():
        if b.start not in shown:
            continue
        for t, kind in b.succs:
            if t not in shown:
                g.edge(b.node, "elided", style="dotted", id=f"e{b.start}_elided_{kind}",
                       **{"class": "edge-elided"})
                continue
            on_path = (b.start, t) in path_edges
            attrs = {"id": f"e{b.start}_{t}_{kind}", "label": "" if kind in ("fall",) else kind,
                     "class": "edge-" + kind + (" path" if on_path else "")}
            if kind in ("call", "callback"):
                attrs.update(style="dashed", color=FUNC_COLOR)
            if on_path:
                attrs.update(color=PATH_COLOR, penwidth="3")
            g.edge(b.node, f"b{t}", **attrs)
    return g


def dot_available() -> bool:
    return shutil.which("dot") is not None


def write_cfg_svg(program: Program, out_path: str, path=None, fault_slot: Optional[int] = None,
                  regs=None) -> str:
    """Render the CFG of `program` to `out_path` (SVG). `path`: slots the counterexample
    executes, in order; `fault_slot`: the failing instruction; `regs`: its register values
    ({0: 5, "r1": ...}). Raises RuntimeError if graphviz's `dot` is not installed."""
    if not dot_available():
        raise RuntimeError("graphviz 'dot' is not installed (run `make clang` or "
                           "`apt-get install graphviz`)")
    g = cfg_dot(program, path, fault_slot, regs)
    svg = g.pipe(format="svg")
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with open(out_path, "wb") as f:
        f.write(svg)
    return out_path


def write_batch(out_dir, tool: str, drawings) -> None:
    """`--explain DIR` for a batch command: `drawings` yields (input path, program, keyword
    arguments of write_cfg_svg). A drawing failure is reported and never hides the verdicts."""
    import os
    import sys
    os.makedirs(out_dir, exist_ok=True)
    for path, prog, kw in drawings:
        out = os.path.join(out_dir, f"{os.path.basename(path)}.{prog.name}.svg")
        try:
            write_cfg_svg(prog, out, **kw)
        except Exception as e:  # noqa: BLE001
            print(f"bpfsmt {tool}: could not draw {out}: {e}", file=sys.stderr)
