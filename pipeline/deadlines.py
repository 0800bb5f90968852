"""Deadlines stage: explicit deadlines in the text ("trước ngày 15/6/2020", "Hoàn thành trước 30/5/2020",
"chậm nhất ngày 31/10/2020"), checked against the date of issue.

Reads body ``text`` and ``metadata.issued_date``; writes warnings only. A deadline earlier than the
date the plan was issued is reported, never corrected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import VnDate, find_dates
from .model import Document, Issue

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
    for block in doc.body():
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
