"""Cells of CSV files meant for spreadsheets, defused.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return before one)
as a formula: a recipient line "=HYPERLINK(…)" in a document would run on a clerk's machine (CSV injection).
Such text cells get a leading apostrophe, which spreadsheets read as "text" and do not show; numbers are left
as they are. Only the CSV files are defused: the database and the JSON keep the text as printed.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defused(value: Any) -> Any:
    """The value as a spreadsheet cell that cannot run: "'=1+1" for "=1+1"; other values unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def defused_row(row: dict[str, Any]) -> dict[str, Any]:
    return {name: defused(value) for name, value in row.items()}
