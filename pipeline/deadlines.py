"""Deadlines stage: explicit deadlines in the text ("trước ngày 15/6/2020", "Hoàn thành trước 30/5/2020",
"chậm nhất ngày 31/10/2020"), checked against the date of issue.

Reads body ``text`` and ``metadata.issued_date``; writes warnings only. A deadline earlier than the
date the plan was issued is reported, never corrected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .dates import VnDate, find_dates
from .model import Deadline, Document, Issue

_DEADLINE_WORDS = re.compile(r"(?:trước|chậm nhất|hạn chót|hoàn thành)\s*(?:là\s*)?(?:ngày\s*)?$", re.IGNORECASE)


@dataclass(frozen=True)
class ExplicitDeadline:
    date: VnDate
    text: str


def explicit_deadlines(text: str) -> list[ExplicitDeadline]:
    """Complete dates introduced by a deadline word; a date on its own ("từ ngày 10/12/2020") is not one."""
    found = []
    for d in find_dates(text):
        if d.iso and _DEADLINE_WORDS.search(text[max(0, d.start - 30) : d.start]):
            found.append(ExplicitDeadline(d, text[max(0, d.start - 30) : d.end].strip()))
    return found


def deadlines(doc: Document) -> Document:
    issued = doc.metadata.issued_date if doc.metadata else None
    if not issued:
        return doc
    issues = []
    # the tasks stage checks the deadline column of task tables; other table text is checked here
    in_tables = {block_id for table in doc.tables if any(c.role == "deadline" for c in table.columns) for block_id in table.blocks}
    for block in doc.body():
        if block.id in in_tables:
            continue
        for deadline in explicit_deadlines(block.text or ""):
            if deadline.date.iso < issued:
                issues.append(
                    Issue(
                        code="deadline_before_issue",
                        message=f"deadline {deadline.date.iso} is earlier than the date of issue {issued}: '…{deadline.text}'",
                        where=block.where(),
                    )
                )
    return doc.with_warnings(issues)


# ---------------------------------------------------------------------------------------------------
# A deadline cell as a period: "Quý II/2025" -> 2025-04-01..2025-06-30

_QUARTER = re.compile(r"quý\s+(?P<q>IV|I{1,3}|[1-4])\b(?:\s*(?:/|năm)\s*(?P<year>\d{4}))?", re.IGNORECASE)
_MONTH = re.compile(r"tháng\s+(?P<month>\d{1,2})(?:\s*(?:/|năm)\s*(?P<year>\d{4}))?(?!\s*tháng)", re.IGNORECASE)
_HALF = re.compile(r"6\s+tháng\s+(?P<half>đầu|cuối)\s+năm(?:\s+(?P<year>\d{4}))?", re.IGNORECASE)
_YEAR = re.compile(r"(?:trong\s+|cả\s+)?năm\s+(?P<year>\d{4})|(?P<bare>trong năm|cả năm)\b", re.IGNORECASE)
_RECURRING = [
    (re.compile(r"thường xuyên", re.IGNORECASE), "thường xuyên"),
    (re.compile(r"h[ằà]ng\s+tháng", re.IGNORECASE), "hằng tháng"),
    (re.compile(r"h[ằà]ng\s+quý", re.IGNORECASE), "hằng quý"),
    (re.compile(r"h[ằà]ng\s+năm", re.IGNORECASE), "hằng năm"),
    (re.compile(r"h[ằà]ng\s+tuần", re.IGNORECASE), "hằng tuần"),
    (re.compile(r"định kỳ", re.IGNORECASE), "định kỳ"),
]
_QUARTER_NUMBER = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _month_end(year: int, month: int) -> date:
    return (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1))


@lru_cache(maxsize=4096)  # the same cells ("Thường xuyên", "Quý IV/2025") come back in every table
def parse_deadline(text: str, plan_year: int | None) -> Deadline:
    """The period a deadline names. Several periods ("Tháng 6/2025 … - Tháng 7/2025 …") give their
    span; a period printed without its year takes the plan's year and says so; "Thường xuyên",
    "Hằng năm" are recurring; "Theo hướng dẫn của Bộ Nội vụ" names no period."""
    spans: list[tuple[date, date]] = []
    from_plan = False

    def year_of(match: re.Match[str]) -> int | None:
        nonlocal from_plan
        if match.group("year"):
            return int(match.group("year"))
        from_plan = from_plan or plan_year is not None
        return plan_year

    for d in find_dates(text):
        if d.iso:
            spans.append((None, d.value))  # a day: the deadline itself
    for m in _QUARTER.finditer(text):
        if (year := year_of(m)) is not None:
            q = _QUARTER_NUMBER[m.group("q").upper()]
            spans.append((date(year, 3 * q - 2, 1), _month_end(year, 3 * q)))
    for m in _MONTH.finditer(text):
        month = int(m.group("month"))
        if 1 <= month <= 12 and not _HALF.search(text[max(0, m.start() - 2) : m.end() + 12]) and (year := year_of(m)) is not None:
            spans.append((date(year, month, 1), _month_end(year, month)))
    for m in _HALF.finditer(text):
        if (year := year_of(m)) is not None:
            spans.append((date(year, 1, 1), date(year, 6, 30)) if m.group("half").lower() == "đầu" else (date(year, 7, 1), date(year, 12, 31)))
    if not spans:
        for m in _YEAR.finditer(text):
            year = int(m.group("year")) if m.group("year") else plan_year
            if year is not None:
                from_plan = from_plan or not m.group("year")
                spans.append((date(year, 1, 1), date(year, 12, 31)))
    recurring = next((name for pattern, name in _RECURRING if pattern.search(text)), None)
    starts = [s for s, _ in spans if s is not None]
    ends = [e for _, e in spans]
    return Deadline(
        text=text,
        start=min(starts).isoformat() if starts else None,
        end=max(ends).isoformat() if ends else None,
        recurring=recurring,
        year_from_plan=from_plan and bool(spans),
    )
