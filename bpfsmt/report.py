"""Batch output shared by `check`, `verify` and `selftest`: one row per program.

Kernel developers compare runs with veristat; the default table uses its shape (one line per
program, verdict and instruction counts) so the two can be read side by side. `--json` gives one
object per line (easy to `jq`/diff), `--csv` a spreadsheet. Rows are plain dicts; only the
columns present in some row are printed, in the canonical order below, then any extra keys.
"""
from __future__ import annotations

import csv
import json
import sys
from typing import Any, Callable, Iterable

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
def _show_progress(n: int, quiet: bool) -> bool:
    """A bar is useful only for several items, on a terminal, unless the user asked for quiet."""
    return not quiet and n > 1 and sys.stderr.isatty()


def run_batch(items: Iterable, fn: Callable, jobs: int = 1, progress_label: str = "programs",
              quiet: bool = False, args=None) -> list:
    """`[fn(x) for x in items]`, in order, with a rich progress bar on stderr.

    With `jobs > 1` the items run in a process pool (Z3 holds the GIL, so threads would not
    help); `fn` and the items must then be picklable (a top-level function). An exception in
    `fn` propagates, as it would in the sequential loop."""
    items = list(items)
    if args is not None:
        quiet = quiet or bool(getattr(args, "quiet", False))
        if getattr(args, "jobs", None):
            jobs = max(jobs, int(args.jobs))
    jobs = max(1, min(int(jobs or 1), len(items) or 1))
    show = _show_progress(len(items), quiet)
    results: list = [None] * len(items)

    progress = None
    task = None
    if show:
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)
        from rich.console import Console
        progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(),
                            MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn(),
                            console=Console(file=sys.stderr), transient=True)
        progress.start()
        task = progress.add_task(progress_label, total=len(items))
    try:
        if jobs == 1:
            for i, x in enumerate(items):
                results[i] = fn(x)
                if progress:
                    progress.advance(task)
        else:
            from concurrent.futures import ProcessPoolExecutor, as_completed
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                futs = {pool.submit(fn, x): i for i, x in enumerate(items)}
                for fut in as_completed(futs):
                    results[futs[fut]] = fut.result()
                    if progress:
                        progress.advance(task)
    finally:
        if progress:
            progress.stop()
    return results
