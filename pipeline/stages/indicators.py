"""Indicators stage: rows of indicator tables (PAR INDEX, SIPAS, PAPI criteria) with their scores as numbers.

Reads ``tables``; writes ``indicators`` and warnings. Scores are printed in Vietnamese notation
("43,7747", "9,5"); codes with a decimal comma ("1,1") are codes (1.1), not numbers. A criterion's parts
are checked against it where the table is additive (the parts' maximum scores add up to the whole's):
when results or targets do not add up, a warning gives both figures.
"""

from __future__ import annotations

import re

from .agencies import mentions_in
from ..model import Document, Indicator, Issue, TableRecord

_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$")
_TOLERANCE = 0.005


def parse_vn_number(text: str) -> float | None:
    """"43,7747" -> 43.7747, "1,50" -> 1.5, "600.000" -> 600000.0; anything else -> None."""
    cleaned = text.strip().rstrip("%").strip()
    if not _NUMBER.match(cleaned):
        return None
    return float(cleaned.replace(".", "").replace(",", "."))


def _code(printed: str) -> str:
    return printed.strip().rstrip(".").replace(",", ".")


def _parent_code(code: str, previous: list[Indicator]) -> str | None:
    """"1.3.1" -> the "1.3" before it; "-" -> the last numbered criterion; "1" after "I" -> "I"."""
    if not code:
        return None
    if "." in code:
        prefix = code.rsplit(".", 1)[0]
        return next((p.id for p in reversed(previous) if p.code == prefix), None)
    if code in ("-", "–"):
        return next((p.id for p in reversed(previous) if p.code not in ("-", "–", "")), None)
    if code.isdigit():
        return next((p.id for p in reversed(previous) if p.code and re.fullmatch(r"[IVXLC]+", p.code)), None)
    return None


def indicators_of(table: TableRecord) -> list[Indicator]:
    roles = [c.role for c in table.columns]
    found: list[Indicator] = []
    for index, row in enumerate(table.rows):
        if row.kind == "header":
            continue
        cell = {role: text for role, text in zip(roles, row.cells) if role not in {}}
        name = cell.get("criterion", "").strip()
        if not name:
            continue
        code = _code(cell.get("number", ""))
        indicator = Indicator(
            id=f"{table.id}__ind_{len(found) + 1}", table=table.id, code=code or None, name=name,
            parent=_parent_code(code, found),
            max_score=parse_vn_number(cell.get("max_score", "")), previous_result=parse_vn_number(cell.get("previous_result", "")),
            target=parse_vn_number(cell.get("target", "")), lead=mentions_in(cell.get("lead", "")),
            row=index, line_start=row.line_start,
        )
        found.append(indicator)
    return found


def check_sums(found: list[Indicator]) -> list[Issue]:
    issues = []
    for parent in found:
        children = [i for i in found if i.parent == parent.id]
        maxima = [c.max_score for c in children]
        if not children or parent.max_score is None or None in maxima:
            continue
        if abs(sum(maxima) - parent.max_score) > 0.05 * parent.max_score:
            continue  # not an additive criterion (SIPAS scores are each out of 100)
        for field in ("max_score", "previous_result", "target"):
            values = [getattr(c, field) for c in children]
            whole = getattr(parent, field)
            if whole is None or None in values:
                continue
            if abs(sum(values) - whole) > _TOLERANCE:
                issues.append(Issue(
                    code="indicator_sum_mismatch",
                    message=f"{parent.table} '{parent.code} {parent.name}': {field} is {whole:g} but its {len(children)} parts add up to {sum(values):.4g}",
                    where={"block": None, "line": parent.line_start, "page": None}))
    return issues


def indicators(doc: Document) -> Document:
    found: list[Indicator] = []
    issues: list[Issue] = []
    for table in doc.tables:
        if table.kind == "indicators":
            rows = indicators_of(table)
            found += rows
            issues += check_sums(rows)
    return doc.with_warnings(issues, indicators=found)
