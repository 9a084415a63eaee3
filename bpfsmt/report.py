"""Batch output shared by `check`, `verify` and `selftest`: one row per program.

Kernel developers compare runs with veristat; the default table uses its shape (one line per
program, verdict and instruction counts) so the two can be read side by side. `--json` gives one
object per line (easy to `jq`/diff), `--csv` a spreadsheet. Rows are plain dicts; only the
columns present in some row are printed, in the canonical order below, then any extra keys.
"""
from __future__ import annotations

import csv
import json
import os
import sys
from typing import Any

# Canonical column order and headers (veristat-like).
COLUMNS = [
    ("file", "File"),
    ("program", "Program"),
    ("section", "Section"),
    ("verdict", "Verdict"),
    ("rule", "Rule"),
    ("insn", "Insn"),
    ("message", "Message"),
    ("replayed", "Replayed"),
    ("insns", "Insns"),
    ("processed_insns", "Processed"),
    ("obligations", "Obligations"),
    ("time", "Time (ms)"),
]
_HEADER = dict(COLUMNS)

# Verdict colours for the rich table (terminal only).
_VERDICT_STYLE = {
    "safe": "green", "accepted": "green", "pass": "green", "ok": "green", "success": "green",
    "unsafe": "red", "rejected": "red", "fail": "red", "failure": "red", "error": "red",
    "unknown": "yellow", "skip": "yellow",
}


def _columns(rows: list[dict]) -> list[str]:
    """Canonical columns that occur in some row, then the remaining keys in first-seen order."""
    present: dict[str, None] = {}
    for r in rows:
        for k in r:
            present.setdefault(k, None)
    cols = [k for k, _ in COLUMNS if k in present]
    cols += [k for k in present if k not in _HEADER]
    return cols


def _cell(key: str, value: Any) -> str:
    if value is None:
        return ""
    if key == "time" and isinstance(value, (int, float)):
        # rows carry seconds; veristat prints milliseconds
        return f"{value * 1000:.0f}"
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, dict)):
        return json.dumps(value, default=str)
    return str(value)


def _jsonable(value: Any) -> Any:
    if hasattr(value, "to_json"):
        return value.to_json()
    return value


def emit(rows: list[dict], args=None, out=None) -> None:
    """Print `rows` as a table (default), JSON lines (`args.json`) or CSV (`args.csv`).

    `args` is the argparse namespace (only `json`/`csv` are read); `out` defaults to stdout."""
    out = out or sys.stdout
    rows = [dict(r) for r in rows]
    if getattr(args, "json", False):
        for r in rows:
            out.write(json.dumps({k: _jsonable(v) for k, v in r.items()}, default=str) + "\n")
        return
    cols = _columns(rows)
    if getattr(args, "csv", False):
        w = csv.writer(out, lineterminator="\n")
        w.writerow([_HEADER.get(c, c) for c in cols])
        for r in rows:
            w.writerow([_cell(c, r.get(c)) for c in cols])
        return
    _table(rows, cols, out)


def _table(rows: list[dict], cols: list[str], out) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich import box

    tty = hasattr(out, "isatty") and out.isatty()
    # Off a terminal (pipes, files, CI logs) keep the table readable and un-wrapped.
    console = Console(file=out, force_terminal=tty, no_color=not tty, highlight=False,
                      width=None if tty else 1000, soft_wrap=not tty)
    table = Table(box=box.SIMPLE_HEAD if tty else box.ASCII2, show_lines=False)
    numeric = {"insns", "processed_insns", "obligations", "time", "insn"}
    for c in cols:
        table.add_column(_HEADER.get(c, c), justify="right" if c in numeric else "left",
                         overflow="fold", no_wrap=not tty or c != "message")
    for r in rows:
        cells = []
        for c in cols:
            text = _cell(c, r.get(c))
            if c == "verdict" and tty:
                style = _VERDICT_STYLE.get(text.split(":")[0].strip().lower())
                if style:
                    text = f"[{style}]{text}[/{style}]"
            elif tty:
                from rich.markup import escape
                text = escape(text)
            cells.append(text)
        table.add_row(*cells)
    console.print(table, markup=tty)


# ----------------------------------------------------------------------------------------------
def failure_row(path: str, program: str, failure) -> dict:
    """The row of a job that gave no result (killed at its limit, out of memory, worker died,
    internal error): the verdict says which, the message why."""
    return {"file": os.path.basename(path), "program": program, "verdict": failure.verdict,
            "message": failure.reason}
