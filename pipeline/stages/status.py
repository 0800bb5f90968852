"""Where a report says a task stands: the status words a cell starts with ("Đã hoàn thành", "Đang thực hiện", "Chậm
tiến độ"), read on the folded cell by the vocabulary in ``data/task_status.csv``.

- ``read_status(text)``: the status the cell's first words give, and the printed rest of the cell after them (a date:
  "Hoàn thành tháng 6/2025"; a measure: "Hoàn thành 80% khối lượng"); None when it starts with no status words.
- ``opens_report(text)``: whether a cell opens as a report's statement ("Đã tổ chức 4 hội nghị", "Đang chờ …").
- ``status_name(name)``: the status a tick column's name gives ("Đang thực hiện" under "Tình hình thực hiện").
- ``time_roles(text, …)``: whether a time cell or field ("Tiến độ: Đã hoàn thành") gives a status, a deadline or both;
  a task table's rows, a task item's fields and a prose duty's fields are read alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .cells import find_time_words, looks_like_deadline
from ..model import Document
from ..resources import csv_rows, json_data
from ..text import fold

_LEAD = re.compile(r"^[\s\-+•–.:]+")  # a bullet or a dash before the words
_END = re.compile(r"^[\s.,;:()\-–]*$")  # what may follow the words when they are the whole cell
_SHARE = re.compile(r"^(?:được\s+|khoảng\s+|đạt\s+)?(\d{1,2}(?:[.,]\d+)?)\s*%")  # "Hoàn thành 80% khối lượng": a part


@dataclass(frozen=True)
class StatusWords:
    status: str
    fact: bool  # a fact even before a date ("Đã hoàn thành tháng 6"), not a plan's aim ("Hoàn thành tháng 6")


@cache
def _vocabulary() -> tuple[tuple[re.Pattern[str], StatusWords], ...]:
    rows = sorted(csv_rows("task_status.csv"), key=lambda row: -len(row["words"]))
    return tuple((re.compile(rf"^{re.escape(fold(row['words']))}(?![a-z0-9])"),
                  StatusWords(row["status"], row["fact"] == "yes")) for row in rows)


@dataclass(frozen=True)
class StatusReading:
    status: str
    fact: bool
    rest: str  # the cell after the status words, as printed ("tháng 6/2025", "80% khối lượng"); "" when none


def read_status(text: str) -> StatusReading | None:
    """The status a cell's first words give ("Đã hoàn thành" -> done; "Chưa hoàn thành" -> not_done); None when the
    cell starts with none of the vocabulary's words."""
    printed = _LEAD.sub("", text.strip())
    folded = fold(printed)
    for pattern, words in _vocabulary():
        if found := pattern.match(folded):
            # fold keeps one character per printed character (a tone mark is part of its letter in NFC text), but a
            # run of spaces folds to one: find the same number of words in the printed text
            if not words.status:
                return None  # a deadline's words ("Hoàn thành trước …"): no status
            words_in = len(found.group(0).split())
            rest = printed.split(None, words_in)[words_in:] if words_in else [printed]
            rest_text = (rest[0] if rest else "").strip(" .,;:-–")
            if words.status == "done" and _SHARE.match(rest_text.lower()):
                return StatusReading("in_progress", True, rest_text)  # a share of the work under 100%: under way
            return StatusReading(words.status, words.fact, rest_text)
    return None


def status_name(name: str) -> str | None:
    """The status a tick column's name gives when the name is status words alone ("Hoàn thành", "Đang thực hiện")."""
    reading = read_status(name)
    return reading.status if reading and _END.match(reading.rest) else None


_REPORT_OPENERS = frozenset(json_data("task_tables.json")["report_openers"])


def opens_report(text: str) -> bool:
    """"Đã tổ chức 4 hội nghị", "Đang triển khai": a report's statement of what was done or where a task stands, never
    the rest of a body's name nor a plan's product."""
    return text[:6].lower().split(" ", 1)[0] in _REPORT_OPENERS  # tone marks kept: "Đà Nẵng" is no "Đã"


def is_report(doc: Document) -> bool:
    """Whether the document is a report (Báo cáo): its tables and items say what was done and where tasks stand."""
    meta = doc.metadata
    return bool(meta and meta.doc_type and fold(meta.doc_type) == "bao cao")


def report_date(doc: Document) -> str | None:
    """A report's date (None for another kind of document): its time cells that name a period over by then say when a
    task was done."""
    return doc.metadata.issued_date if is_report(doc) else None


def time_roles(text: str, after_deadline: bool, report_date: str | None) -> list[str]:
    """What a time cell or field gives ("Tiến độ: …"): "status", "deadline" or both, as ``tasks._role_cells`` says.
    ``after_deadline``: a second time cell of the row; ``report_date``: the report's date, None in another document."""
    if (reading := read_status(text)) is not None:
        dated = bool(reading.rest) and looks_like_deadline(reading.rest)
        done_by = dated and (reading.fact or _past(text, report_date))
        return ["status", "deadline"] if done_by else ["deadline"] if dated else ["status"]
    if (after_deadline or report_date) and not looks_like_deadline(text):
        return ["status"]  # a report's, or a second, time column ("Tiến độ thực hiện") saying no time: "Đã trình …"
    if (statement := _report_after_time(text)) is not None:
        # "Quý II/2026 đã bố trí vốn; hoàn thành Quý IV/2026": when a step was done, then the time the task is due by
        return ["status", "deadline"] if _due_after(statement) else ["status"]
    return ["deadline"]


_TIME_WORD = re.compile(json_data("task_tables.json")["time_clause_words"])


def says_when_done(text: str) -> bool:
    """A time, then a report's verb, and no time after it ("Quý I/2026 đã trình UBND tỉnh", "Tháng 3/2026 đã ban hành
    Quyết định"): when something was done, in a plan's "Tiến độ" column as in a report's; no deadline."""
    statement = _report_after_time(text)
    return statement is not None and not _due_after(statement)


_CLAUSE_BREAK = re.compile(r"[,;]\s+|\s+[-–]\s+")


def _due_after(statement: str) -> bool:
    """A later clause of a done-statement that names a time ("đã trình dự thảo, ban hành tháng 9/2026"); a number in
    the statement's own clause ("đã ban hành Kế hoạch 12/2026") is a document's, no time."""
    from .deadlines import parse_deadline  # here, not at the top: kehoach akn runs the tables stage, not the deadlines

    parts = _CLAUSE_BREAK.split(statement, maxsplit=1)
    return len(parts) == 2 and parse_deadline(parts[1], None).end is not None


def _report_after_time(text: str) -> str | None:
    """The cell from a report's verb (report_openers) on, where it opens with a time and only that time's own words
    stand between the two; None otherwise."""
    rest = _after_opening_time(text)
    return rest if rest and opens_report(rest) else None


def read_status_after_time(text: str) -> StatusReading | None:
    """The status the words after an opening time give where they are status words ("Quý I/2026 đã hoàn thành" ->
    done, "Tháng 5/2026 đang thực hiện" -> in_progress); None where the cell opens with no time or goes on in others."""
    rest = _after_opening_time(text)
    return read_status(rest) if rest else None


def _after_opening_time(text: str) -> str | None:
    """The cell after the time it opens with and that time's own words (task_tables.json time_clause_words); None where
    it opens with no time."""
    found = find_time_words(text)
    if found is None or found.start() != 0:
        return None
    words = text[found.end():].split()
    k = 0
    while k < len(words) and not opens_report(words[k]) and _TIME_WORD.fullmatch(words[k]):
        k += 1
    return " ".join(words[k:])


def _past(text: str, report_date: str | None) -> bool:
    """A report's time cell that names a period ended by the report's date ("Hoàn thành tháng 6/2025" in July 2025)."""
    if not report_date:
        return False
    from .deadlines import parse_deadline  # here, not at the top: kehoach akn runs the tables stage, not the deadlines

    end = parse_deadline(text, int(report_date[:4])).end
    return bool(end) and end <= report_date
