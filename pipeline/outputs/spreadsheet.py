"""Cells of files meant for spreadsheets, defused.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return before one)
as a formula: a recipient line "=HYPERLINK(…)" in a document would run on a clerk's machine (CSV injection).
In a CSV file meant for a spreadsheet (``unresolved-agencies.csv``, the list a clerk works through) such text cells
get a leading apostrophe, which spreadsheets read as "text" and do not show; numbers are left as they are. In an .xlsx
file (``pipeline/outputs/xlsx.py``) they are written as text cells marked to stay text. Only these files are defused:
the database, the JSON and the data package's CSV files (data programs read: an indicator's comparator "=" stays "=")
keep the text as printed. CSV files for spreadsheets are
written with a byte-order mark (``CSV_ENCODING``), without which Excel reads UTF-8 Vietnamese as Windows-1252.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_ENCODING = "utf-8-sig"


def open_csv(path: Path):
    """A CSV file for spreadsheets opened to write text: UTF-8 after a byte-order mark (``CSV_ENCODING``), the mark
    written once here, as Python's "utf-8-sig" codec (written in Python) would cost a call per row."""
    handle = path.open("w", encoding="utf-8", newline="")
    handle.write("\ufeff")
    return handle


def looks_like_formula(value: Any) -> bool:
    """Text a spreadsheet would run as a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def defused(value: Any) -> Any:
    """The value as a CSV cell that cannot run: "'=1+1" for "=1+1"; other values unchanged."""
    return "'" + value if looks_like_formula(value) else value


def defused_row(row: dict[str, Any]) -> dict[str, Any]:
    return {name: defused(value) for name, value in row.items()}
