"""The layer rule and the absence of import cycles, read from the source with `ast`.

Layers, lowest first: spec < grammar < solver < proofs < the package root (cli, commands,
report, explain, testing). A module may import its own layer and lower ones only. Inside
solver/ each engine is its own folder and imports only the engines ENGINE_MAY_IMPORT allows
(the symbolic engine replays its counterexamples on the concrete executor). Imports inside
functions count: a lazy import is still a dependency, and a cycle through one is still a cycle.
"""
from __future__ import annotations

import ast
import os
import re
from collections import defaultdict

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE_DIRS = {"bpfsmt": "bpfsmt", "bpfsmt.spec": "spec", "bpfsmt.grammar": "grammar",
                "bpfsmt.solver": "solver", "bpfsmt.proofs": "proofs"}
LAYERS = {"spec": 0, "grammar": 1, "solver": 2, "proofs": 3, "root": 4}
# solver/budget.py (the memory cap) imports no engine and no engine imports it; the deadline
# every engine and loader polls is spec/deadline.py. The JIT's constant blinding patches
# instructions with xlate's bpf_patch_insn_single (core.c's, shared by the verifier's rewrites and
# bpf_jit_blind_constants).
ENGINE_MAY_IMPORT = {"concrete": set(), "symbolic": {"concrete"}, "verifier": set(),
                     "xlate": set(), "jit": {"xlate"}, "budget": set()}


def source_modules(root: str = ROOT) -> dict[str, str]:
    """Dotted module name -> file, for every module of the installed package."""
    mods = {}
    for pkg, d in PACKAGE_DIRS.items():
        for dirpath, dirnames, files in os.walk(os.path.join(root, d)):
            dirnames[:] = [x for x in dirnames if x != "__pycache__"]
            for f in files:
                if not f.endswith(".py"):
                    continue
                rel = os.path.relpath(os.path.join(dirpath, f), os.path.join(root, d))
                parts = rel[:-3].split(os.sep)
                if parts[-1] == "__init__":
                    parts = parts[:-1]
                mods[".".join([pkg, *parts])] = os.path.join(dirpath, f)
    return mods


def _targets(mod: str, is_pkg: bool, node, mods) -> list[str]:
    if isinstance(node, ast.Import):
        names = [a.name for a in node.names]
    else:
        base = node.module or ""
        if node.level:
            pkg = mod if is_pkg else mod.rsplit(".", 1)[0]
            for _ in range(node.level - 1):
                pkg = pkg.rsplit(".", 1)[0]
            base = pkg + ("." + base if base else "")
        names = [f"{base}.{a.name}" if f"{base}.{a.name}" in mods else base for a in node.names]
    out = []
    for t in names:
        while t not in mods and "." in t:
            t = t.rsplit(".", 1)[0]
        if t in mods and t != mod:
            out.append(t)
    return out


def import_graph(mods: dict[str, str]) -> dict[str, set[str]]:
    """module -> the package modules it imports, anywhere in its body."""
    edges = defaultdict(set)
    for mod, path in mods.items():
        with open(path) as f:
            tree = ast.parse(f.read(), path)
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                edges[mod].update(_targets(mod, path.endswith("__init__.py"), node, mods))
    return edges


def place(mod: str) -> tuple[str, str | None]:
    """(layer, engine) of a module."""
    parts = mod.split(".")
    layer = parts[1] if len(parts) > 1 and parts[1] in LAYERS else "root"
    engine = parts[2] if layer == "solver" and len(parts) > 2 else None
    return layer, engine


def violations(edges) -> list[str]:
    out = []
    for a, targets in sorted(edges.items()):
        la, ea = place(a)
        for b in sorted(targets):
            lb, eb = place(b)
            if LAYERS[lb] > LAYERS[la]:
                out.append(f"{a} imports {b}: {la} is below {lb}")
            elif la == lb == "solver" and ea and eb and ea != eb and \
                    eb not in ENGINE_MAY_IMPORT.get(ea, set()):
                out.append(f"{a} imports {b}: engine {ea} may not import engine {eb}")
    return out


def cycles(edges) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index, low, on, stack, out = {}, {}, set(), [], []
    counter = 0
    for root in sorted(set(edges) | {b for t in edges.values() for b in t}):
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            w = next(it, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(edges.get(w, ())))))
                elif w in on:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                if len(comp) > 1:
                    out.append(sorted(comp))
    return out


MODS = source_modules()
EDGES = import_graph(MODS)


def test_every_layer_is_found():
    assert {place(m)[0] for m in MODS} == set(LAYERS)
    assert {place(m)[1] for m in MODS if place(m)[0] == "solver"} - {None} == \
        set(ENGINE_MAY_IMPORT)


def test_no_upward_import():
    assert violations(EDGES) == []


def test_no_import_cycle():
    assert cycles(EDGES) == []


def test_the_checks_catch_what_they_guard():
    """A synthetic graph with an upward import, a forbidden engine edge and a cycle."""
    g = {"bpfsmt.spec.insn": {"bpfsmt.grammar.asm"},
         "bpfsmt.grammar.asm": {"bpfsmt.spec.insn"},
         "bpfsmt.solver.jit.emit": {"bpfsmt.solver.verifier.main"},
         "bpfsmt.solver.symbolic.lower": {"bpfsmt.solver.concrete.exec"},
         "bpfsmt.cli": {"bpfsmt.proofs.lock"}}
    assert violations(g) == [
        "bpfsmt.solver.jit.emit imports bpfsmt.solver.verifier.main: engine jit may not "
        "import engine verifier",
        "bpfsmt.spec.insn imports bpfsmt.grammar.asm: spec is below grammar"]
    assert cycles(g) == [["bpfsmt.grammar.asm", "bpfsmt.spec.insn"]]


def test_function_local_imports_count(tmp_path):
    pkg = tmp_path / "spec"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("def f():\n    from bpfsmt.proofs import b\n")
    (tmp_path / "proofs").mkdir()
    (tmp_path / "proofs" / "__init__.py").write_text("")
    (tmp_path / "proofs" / "b.py").write_text("from ..spec import a\n")
    mods = source_modules(str(tmp_path))
    g = import_graph(mods)
    assert g["bpfsmt.spec.a"] == {"bpfsmt.proofs.b"}
    assert g["bpfsmt.proofs.b"] == {"bpfsmt.spec.a"}


# ------------------------------------------------------------------ words and guards in code
SOURCE_FILES = sorted(MODS.values())


@pytest.mark.parametrize("path", SOURCE_FILES, ids=lambda p: os.path.relpath(p, ROOT))
def test_no_process_words(path):
    """Code says why, in the kernel's terms; tracker references belong in commits."""
    with open(path) as f:
        text = f.read()
    assert not re.findall(r"\b[Ii]ssue[ -]?#?\d+", text)


@pytest.mark.parametrize("path", SOURCE_FILES, ids=lambda p: os.path.relpath(p, ROOT))
def test_no_import_guard_around_package_modules(path):
    """A sibling module is always there: guarding its import only hides a broken package."""
    with open(path) as f:
        tree = ast.parse(f.read(), path)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Try):
            continue
        imports = [n for s in node.body for n in ast.walk(s)
                   if isinstance(n, ast.ImportFrom) and (n.level or
                                                         (n.module or "").startswith("bpfsmt"))]
        if imports:
            assert not node.handlers, f"{path}:{node.lineno}: try/except around {imports[0].module}"
