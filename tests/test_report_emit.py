"""The batch report: table/JSON/CSV shapes."""
import argparse
import csv
import io
import json

from bpfsmt.report import emit

ROWS = [
    {"program": "xdp_prog", "section": "xdp", "verdict": "safe", "insns": 12, "time": 0.0123},
    {"program": "tc_prog", "section": "tc", "verdict": "unsafe", "message": "R0 !read_ok",
     "insns": 7, "obligations": 3, "time": 1.5},
]


def _ns(**kw):
    return argparse.Namespace(json=kw.get("json", False), csv=kw.get("csv", False))


def test_json_lines_one_object_per_row():
    out = io.StringIO()
    emit(ROWS, _ns(json=True), out=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    objs = [json.loads(l) for l in lines]
    assert objs[1]["message"] == "R0 !read_ok" and objs[0]["insns"] == 12
    assert "message" not in objs[0]


def test_csv_only_present_columns_in_order():
    out = io.StringIO()
    emit(ROWS, _ns(csv=True), out=out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == ["Program", "Section", "Verdict", "Message", "Insns", "Obligations",
                       "Time (ms)"]
    assert rows[2][:4] == ["tc_prog", "tc", "unsafe", "R0 !read_ok"]
    assert rows[2][6] == "1500" and rows[1][5] == ""


def test_table_has_every_row_and_header():
    out = io.StringIO()
    emit(ROWS, _ns(), out=out)
    text = out.getvalue()
    assert "Program" in text and "Verdict" in text and "Obligations" in text
    assert "xdp_prog" in text and "R0 !read_ok" in text
    assert "File" not in text  # absent column not printed


def test_table_handles_extra_keys_and_rich_markup():
    out = io.StringIO()
    emit([{"program": "p[1]", "verdict": "skip", "reason": "[bold]x"}], _ns(), out=out)
    assert "p[1]" in out.getvalue() and "[bold]x" in out.getvalue()


def test_table_right_aligns_numbers():
    out = io.StringIO()
    emit([{"program": "a", "insns": 3}, {"program": "b", "insns": 1234}], _ns(), out=out)
    lines = [l for l in out.getvalue().splitlines() if l.startswith("| a") or l.startswith("| b")]
    assert lines[0].endswith("|     3 |") and lines[1].endswith("|  1234 |")


def test_rows_from_listing_inputs_without_section():
    """verifier-log / xlated inputs have no ELF section: the column is simply absent."""
    out = io.StringIO()
    emit([{"file": "log.txt", "program": "log", "verdict": "rejected", "message": "R2 !read_ok",
           "processed_insns": 1}], _ns(csv=True), out=out)
    assert out.getvalue().splitlines()[0] == "File,Program,Verdict,Message,Processed"
