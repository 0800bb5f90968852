"""SQL functions of the database, in every connection the project opens and, through plugins declared in
pyproject.toml, in Datasette and in the ``sqlite-utils`` command line and library:

- ``fold(text)``: the folded form names are matched on (no case, no tone marks, đ -> d): a query typed
  "chuyển đổi số" finds what "chuyen doi so" finds (``WHERE content_folded LIKE '%' || fold(:q) || '%'``).
- ``period_start(text)``, ``period_end(text)``: the first and the last ISO day of a period typed as a researcher
  types it: "2026", "2026-03", "2026-03-15", "2026-Q1" (or "Q1/2026"), two of those joined by "/" or ".."
  ("2026-01-01/2026-06-30"), or as a plan prints it ("Quý I/2026", "6 tháng đầu năm 2026"); null when the text
  names no period.

Views never call them, so a connection without them (the ``sqlite3`` shell) still reads every table and view.
"""

from __future__ import annotations

import calendar
import re
import sqlite3
from datetime import date
from functools import lru_cache

import pluggy

from ..text import fold as _fold

_QUARTER = re.compile(r"^(?:(?P<y1>\d{4})\s*-?\s*Q(?P<q1>[1-4])|Q(?P<q2>[1-4])\s*[/-]\s*(?P<y2>\d{4}))$", re.IGNORECASE)
_ISO = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?$")
_RANGE = re.compile(r"^\s*(.+?)\s*(?:\.\.|/)\s*(.+?)\s*$")


def fold(value):
    """``pipeline.text.fold`` for SQL: null stays null, a number is folded as its text."""
    return None if value is None else _fold(str(value))


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _simple_period(text: str) -> tuple[str, str] | None:
    """A period in one of the ISO-like forms (a year, a month, a day, a quarter)."""
    if match := _QUARTER.match(text):
        year, quarter = int(match["y1"] or match["y2"]), int(match["q1"] or match["q2"])
        return date(year, 3 * quarter - 2, 1).isoformat(), _month_end(year, 3 * quarter).isoformat()
    if match := _ISO.match(text):
        year = int(match["year"])
        try:
            if match["day"]:
                day = date(year, int(match["month"]), int(match["day"])).isoformat()
                return day, day
            if match["month"]:
                month = int(match["month"])
                return date(year, month, 1).isoformat(), _month_end(year, month).isoformat()
        except ValueError:
            return None
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    return None


@lru_cache(maxsize=1024)  # a canned query asks for the same period once per row
def period(text: str | None) -> tuple[str | None, str | None]:
    """(first day, last day) of the period ``text`` names, ISO; (None, None) when it names none."""
    text = (text or "").strip()
    if not text:
        return None, None
    if found := _simple_period(text):
        return found
    if (parts := _RANGE.match(text)) and (first := _simple_period(parts[1])) and (last := _simple_period(parts[2])):
        return first[0], last[1]
    from ..stages.deadlines import parse_deadline  # the phrasings plans print ("Quý I/2026"); loads the model, so only here

    deadline = parse_deadline(text, None)
    return deadline.start, deadline.end


def period_start(text):
    return period(text)[0]


def period_end(text):
    return period(text)[1]


FUNCTIONS = {"fold": (1, fold), "period_start": (1, period_start), "period_end": (1, period_end)}


def register(conn: sqlite3.Connection) -> None:
    """Give a connection the project's SQL functions."""
    for name, (arity, function) in FUNCTIONS.items():
        conn.create_function(name, arity, function, deterministic=True)


# Plugins: Datasette and sqlite-utils call ``prepare_connection`` on every connection they open (the entry points
# in pyproject.toml point here). The markers are pluggy's, so neither program is imported by this module.
@pluggy.HookimplMarker("datasette")
@pluggy.HookimplMarker("sqlite_utils")
def prepare_connection(conn: sqlite3.Connection) -> None:
    register(conn)
