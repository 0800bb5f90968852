"""Vietnamese dates as printed in administrative documents.

"ngày 09 tháng 06 năm 2025", "ngày 9/6/2025", "09-06-2025", "ngày 15/12 năm 2026", "ngày       tháng 4 năm 2026" (a draft
with blanks left for the day and month), "ngày 06 tháng 01năm 2026" (a lost space).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from datetime import date

# Each pattern opens with what its first character must be, so that re skips every other position at once: a third
# faster on the lines that hold a year. A digit first and the day's lookbehind after it ("\d(?<!\d\d)" is
# "(?<!\d)\d"): a pattern that opens with a class gets re's scan for that class in C, where one that opens with a
# lookaround is tried at every position (a fifth of the figures' patterns' time).
_WORDS = re.compile(
    r"(?=[nt])(?:ngày\s*(?P<day>\d{1,2})?\s*)?tháng\s*(?P<month>\d{1,2})?\s*năm\s*(?P<year>\d{4})", re.IGNORECASE
)
_NUMERIC = re.compile(r"(?P<day>\d(?<!\d\d)\d?)\s*[/.\-]\s*(?P<month>\d{1,2})\s*[/.\-]\s*(?P<year>\d{4})(?!\d)")
# "15/12 năm 2026": the day and month in figures, the year in words (a slash only: "mục 1.2 năm 2026" is no date)
_NUMERIC_YEAR_WORD = re.compile(r"(?P<day>\d(?<![\d/.]\d)\d?)\s*/\s*(?P<month>\d{1,2})\s+năm\s+(?P<year>\d{4})(?!\d)",
                                re.IGNORECASE)
# A day before "tháng" without its "ngày" ("Trước 31 tháng 6 năm 2026"), or with its month and year in figures ("ngày 31
# tháng 6/2026"): looked at only for a day that does not exist (impossible_date_spans). Without "ngày" the figure may be
# a count ("Trong 6 tháng 6 năm 2026"), so only a day a month can have (up to 31) is one, and a valid one is not read.
_DAY_WITHOUT_ITS_WORD = re.compile(
    r"(?:(?P<word>ngày)\s*)?(?P<day>\d(?<![\d/.]\d)\d?)\s*,?\s+tháng\s*(?P<month>\d{1,2})\s*(?:năm\s*|/\s*)(?P<year>\d{4})(?!\d)",
    re.IGNORECASE)
# Both forms end in a year: a line without four digits in a row holds no date. (Spelled out, not \d{4}: re
# searches a plain sequence a third faster than a counted repeat, and this runs on every line.)
_YEAR = re.compile(r"\d\d\d\d")


@dataclass(frozen=True)
class VnDate:
    """A date as far as it is printed: ``iso`` when complete, ``partial`` ("2026", "2026-04") when not."""

    iso: str | None
    partial: str | None
    start: int
    end: int
    text: str

    @property
    def value(self) -> date | None:
        return date.fromisoformat(self.iso) if self.iso else None


def _build(match: re.Match[str]) -> VnDate | None:
    day, month, year = match.group("day"), match.group("month"), match.group("year")
    year_n = int(year)
    if not 1900 <= year_n <= 2100:
        return None
    if day and month:
        try:
            iso = date(year_n, int(month), int(day)).isoformat()
        except ValueError:
            return None
        return VnDate(iso, None, match.start(), match.end(), match.group())
    partial = f"{year_n:04d}-{int(month):02d}" if month and 1 <= int(month) <= 12 else f"{year_n:04d}"
    return VnDate(None, partial, match.start(), match.end(), match.group())


def find_dates(text: str) -> list[VnDate]:
    """Every date in ``text``, in order, complete or partial."""
    if not _YEAR.search(text):
        return []
    found = [d for m in _WORDS.finditer(text) if (d := _build(m))]
    taken = [(d.start, d.end) for d in found]
    for m in (*_NUMERIC.finditer(text), *_NUMERIC_YEAR_WORD.finditer(text)):
        if not any(s <= m.start() < e for s, e in taken) and (d := _build(m)):
            found.append(d)
            taken.append((d.start, d.end))
    return sorted(found, key=lambda d: d.start)


def impossible_dates(text: str) -> list[str]:
    """The dates in ``text`` printed whole in figures whose day or month does not exist ("32/5/2025", "ngày 31 tháng 4
    năm 2025", "5/13/2025"), as printed: ``find_dates`` skips them, so where one stood the reader says it cannot be
    read rather than leave a silent null."""
    return [text[start:end] for start, end in impossible_date_spans(text)]


def impossible_date_spans(text: str) -> list[tuple[int, int]]:
    """Where ``impossible_dates`` stand in ``text``: no month or year inside one is read as a period of its own (the
    day was meant, not "tháng 6 năm 2026")."""
    if not _YEAR.search(text):
        return []
    spans = [m.span() for pattern in (_WORDS, _NUMERIC, _NUMERIC_YEAR_WORD) for m in pattern.finditer(text)
             if m.group("day") and m.group("month") and 1900 <= int(m.group("year")) <= 2100 and not _build(m)]
    spans += [m.span() for m in _DAY_WITHOUT_ITS_WORD.finditer(text)
              if not any(s <= m.start("day") < e for s, e in spans) and 1900 <= int(m.group("year")) <= 2100
              and (m.group("word") or 1 <= int(m.group("day")) <= 31 and 1 <= int(m.group("month")) <= 12)
              and not _build(m)]
    return sorted(spans)


# A day left blank for the hand before a printed month and year ("ngày … tháng 3 năm 2026", "ngày    /3/2026", "ngày
# __/3/2026"): "ngày" with no figure after it, not a count of days ("trong 10 ngày tháng 3 …" is no date).
_BLANK_DAY = re.compile(r"(?<!\d)(?<!\d\s)ngày[\s.…_]*(?:tháng\s*\d{1,2}\s*(?:năm|/)\s*\d{4}|/[\s.…_]*\d{1,2}\s*/\s*\d{4})(?!\d)",
                        re.IGNORECASE)


# "những ngày tháng 3/2026", "các ngày tháng 3", "hằng ngày tháng 3": days of the month, no day left blank
_DAYS_OF_THE_MONTH = re.compile(r"\b(?:những|các|mọi|mỗi|hằng|hàng|trong)\s+$", re.IGNORECASE)


def blank_days(text: str) -> list[tuple[int, int]]:
    """Where ``text`` prints a date whose day is left blank ("ngày … tháng 3 năm 2026", "ngày   /3/2026"): its month
    is no period of its own (a day was meant, which the document does not give)."""
    return [m.span() for m in _BLANK_DAY.finditer(text) if not _DAYS_OF_THE_MONTH.search(text[: m.start()])] \
        if _YEAR.search(text) else []


def parse_date(text: str) -> VnDate | None:
    """The first date in ``text``."""
    dates = find_dates(text)
    return dates[0] if dates else None


# A date written out in words, wholly or in part ("ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi sáu",
# "ngày 05 tháng Ba năm 2026"): the parts between "ngày", "tháng" and "năm" ("tháng năm năm 2026" is May).
_SPELLED = re.compile(r"ngày\s*(?P<day>\S.*?)?\s+tháng\s+(?P<month>\S.*?)\s+năm\s+(?P<year>\S.*?)[\s.;,]*$", re.IGNORECASE)


@cache
def _number_words() -> dict[str, tuple[str, int]]:
    from ..resources import csv_rows
    from ..text import fold

    return {fold(row["word"]): (row["kind"], int(row["value"])) for row in csv_rows("number_words.csv")}


def number_in_words(text: str) -> int | None:
    """"hai mươi mốt" -> 21, "mười lăm" -> 15, "hai nghìn không trăm hai mươi sáu" -> 2026, "05" -> 5; None when a
    word is no number word (number_words.csv) or the words make no number."""
    from ..text import fold

    if text.isdecimal():
        return int(text)
    words, table = fold(text).split(), _number_words()
    total = below_thousand = 0
    digit: int | None = None
    tens = False  # "hai mươi" or "mười" read since the last hundred or thousand: no second one
    for word in words:
        kind, value = ("digit", int(word)) if word.isdecimal() else table.get(word, ("", 0))  # "mùng 5", "mồng 10"
        if kind == "digit" and digit is None:
            digit = value
        elif kind == "ten" and not tens:  # "hai mươi": the digit's tens; "mười" alone: ten
            below_thousand, digit, tens = below_thousand + 10 * (digit if digit is not None else 1), None, True
        elif kind == "hundred" and digit is not None and not tens:
            below_thousand, digit = below_thousand + 100 * digit, None
        elif kind == "thousand" and (digit is not None or below_thousand):
            total, below_thousand, digit, tens = total + 1000 * (below_thousand + (digit or 0)), 0, None, False
        elif kind == "day" and word is words[0]:
            continue  # "mùng năm", "mồng 5": the word that opens a day of the first ten
        elif kind != "zero_tens":
            return None  # an unknown word, or two digits in a row
    return total + below_thousand + (digit or 0) if words else None


def date_in_words(text: str) -> tuple[VnDate | None, list[str]]:
    """(the date, the parts that could not be read, as printed) of a date line whose day, month or year is written in
    words; the date is partial ("2026-03") when the day cannot be read, None when the year or the month cannot."""
    match = _SPELLED.search(text)
    if not match:
        return None, []
    values = {part: number_in_words(match.group(part).strip()) if match.group(part) else None for part in ("day", "month", "year")}
    unread = [match.group(part) for part, value in values.items() if value is None and match.group(part)]  # not a blank
    day, month, year = values["day"], values["month"], values["year"]
    if year is None or not 1900 <= year <= 2100 or month is None or not 1 <= month <= 12:
        return None, unread or [match.group()]
    if day is None:
        return VnDate(None, f"{year:04d}-{month:02d}", match.start(), match.end(), match.group()), unread
    try:
        iso = date(year, month, day).isoformat()
    except ValueError:
        return None, [match.group("day")]
    return VnDate(iso, None, match.start(), match.end(), match.group()), []
