"""Deadlines stage: explicit deadlines in the text ("trước ngày 15/6/2020", "Hoàn thành trước 30/5/2020",
"chậm nhất ngày 31/10/2020"), checked against the date of issue.

Reads body ``text`` and ``metadata.issued_date``; writes warnings only. A deadline earlier than the
date the plan was issued is reported, never corrected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from .cells import PERIOD_OPENER_ALONE, PHASE_WORDS
from .dates import VnDate, blank_days, find_dates, impossible_date_spans, impossible_dates
from .status import is_report
from ..model import Deadline, Document, Issue
from ..resources import any_of, json_data

_DEADLINE_WORD_LIST = ("trước", "chậm nhất", "hạn chót", "hoàn thành")  # in small letters
_DEADLINE_WORDS = re.compile(rf"(?:{'|'.join(_DEADLINE_WORD_LIST)})\s*(?:là\s*)?(?:ngày\s*)?$", re.IGNORECASE)


def _holds_deadline_word(text: str) -> bool:
    """Whether one of the deadline words is in the text, in any case: a date is a deadline only after one, so a text
    with none is not read for dates. Tests in C on the text in small letters (every character the pattern matches
    ignoring case is one whose small letter is the word's): a third of a case-blind search's time."""
    lowered = text.lower()
    for word in _DEADLINE_WORD_LIST:
        if word in lowered:
            return True
    return False


# a title's years that name no one year of work: a span ("giai đoạn 2026-2030", "năm 2026 - 2030", "2026—2030",
# "2026 đến 2030", "từ năm 2026 đến năm 2030") or a horizon ("đến năm 2030", "tầm nhìn đến năm 2045")
_YEARS_OF_A_SPAN = re.compile(
    r"(?:từ\s+)?(?:năm\s+)?(?P<start>(?:19|20)\d\d)\s*(?:[-–—]|đến)\s*(?:năm\s+)?(?P<end>(?:19|20)\d\d)\b"
    r"|(?:đến|tầm nhìn)\s+năm\s+(?P<horizon>\d{4})", re.IGNORECASE)


def _runs_past(title: str, year: int) -> bool:
    """Whether a span or horizon of ``title`` runs past ``year`` (the plan's date's year): "giai đoạn 2026-2030" or
    "đến năm 2030" dated 2026 (its work may fall in any later year). A span that ends by then names a past
    ("kỷ niệm 80 năm Ngày Quốc khánh (1945 - 2025)", "giai đoạn 1965 - 1975"), a horizon of that year the year itself
    ("đến năm 2026" dated 2026): no plan period, and the date's year stands."""
    for m in _YEARS_OF_A_SPAN.finditer(title):
        last = int(m.group("end") or m.group("horizon"))
        if last > year and (m.group("horizon") or int(m.group("start")) < last):
            return True
    return False


def _title_years(doc: Document) -> list[int]:
    """The years the plan's titles name as its own ("… NĂM 2021"), not inside a span or a horizon."""
    meta = doc.metadata
    titles = [meta.title or ""] + [a.title or "" for a in meta.attached] if meta else []
    return [int(y) for t in titles for y in re.findall(r"(?:năm|NĂM)\s+(\d{4})", _YEARS_OF_A_SPAN.sub(" ", t))]


def plan_year(doc: Document) -> int | None:
    """The year the plan is for: the last year its title names ("… NĂM 2021"), else its date's year. A plan whose
    title names only a span of years or a horizon running past its date's year ("giai đoạn 2026-2030", "đến năm
    2030") has none: its "Trước 30/6" may fall in any of them, and the date's year would be a confident wrong
    deadline."""
    meta = doc.metadata
    if meta is None:
        return None
    titles = [meta.title or ""] + [a.title or "" for a in meta.attached]
    if years := _title_years(doc):
        return years[-1]
    issued = meta.issued_date or meta.issued_date_partial
    if not issued:
        return None
    year = int(issued[:4])
    return None if any(_runs_past(t, year) for t in titles) else year


def year_of_date_in_december(doc: Document) -> bool:
    """Whether the plan's year is only its date's (its title names none) and it is dated in December: a plan written
    then is as often the next year's as the closing one's, so its "Cuối năm", "Trong năm" name either year's. Not a
    report: dated in December, it tells of the closing year's work."""
    meta = doc.metadata
    issued = meta.issued_date if meta else None
    return bool(issued and issued[5:7] == "12" and not _title_years(doc) and plan_year(doc) is not None
                and not is_report(doc))


def names_year_in_words_only(text: str) -> bool:
    """Whether a deadline names its year in words alone ("Cuối năm", "Trong năm", "Hoàn thành cả năm"): no year printed,
    no day, month or quarter of its own, no word of the present year ("năm nay") nor of a year counted from it."""
    return (not _PRINTED_YEAR.search(text) and not _YEARLESS_ANY.search(text) and not _NOW_YEAR.search(text)
            and not relative_years(text) and any(m.group("bare") or m.group("end") for m in _YEAR.finditer(text)))


@dataclass(frozen=True)
class ExplicitDeadline:
    date: VnDate
    text: str


def explicit_deadlines(text: str) -> list[ExplicitDeadline]:
    """Complete dates introduced by a deadline word; a date on its own ("từ ngày 10/12/2020") is not one."""
    found = []
    if not _holds_deadline_word(text):
        return found
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

# the year printed after a quarter or a month: "/2026", "năm 2026", and the looser "III.2026", "III - 2026",
# "6, năm 2026", or a space alone where the year closes the time ("Quý II 2027", a cell's "Quý II" over "2027") (read,
# never left to the plan's year when printed)
_ITS_YEAR = (r"(?:(?:\s*(?:/|năm|[.,\-–]\s*(?:năm)?)\s*|\s+(?=(?:19|20)\d\d\s*(?:$|[,;.)(\-–—]|(?:và|đến)\b)))"
             r"(?P<year>(?:19|20)\d\d)(?!\d))?")
# the numeral may touch "năm" or "Quý" where the space was lost (OCR, a site's copy: "Quý Inăm 2026", "QuýIII năm
# 2026"): a quarter still, not the whole year the "năm 2026" alone would give
_QUARTER = re.compile(r"quý\s*(?P<q>IV|I{1,3}|[1-4])(?:\b|(?=năm))" + _ITS_YEAR, re.IGNORECASE)
_MONTH = re.compile(r"tháng\s+(?P<month>\d{1,2})" + _ITS_YEAR + r"(?!\s*tháng)", re.IGNORECASE)
# "6 tháng đầu năm", "9 tháng đầu năm 2026", "3 tháng cuối năm": the first or last months of a year
_HALF = re.compile(r"(?<!\d)0?(?P<months>[369])\s+tháng\s+(?P<half>đầu|cuối)\s+năm(?:\s+(?P<year>\d{4}))?", re.IGNORECASE)
# "năm 2026", "trong năm", "cả năm"; the year's end "Cuối năm" ("end": not "cuối năm học", "cuối năm 2026", "cuối năm sau")
_YEAR = re.compile(r"(?:trong\s+|cả\s+)?năm\s+(?P<year>\d{4})|(?P<bare>trong năm|cả năm)\b|(?<=cuối )(?P<end>năm)(?!\s*\w)",
                   re.IGNORECASE)
_RECURRING = [
    (re.compile(r"thường xuyên", re.IGNORECASE), "thường xuyên"),
    (re.compile(r"h[ằà]ng\s+tháng", re.IGNORECASE), "hằng tháng"),
    (re.compile(r"h[ằà]ng\s+quý", re.IGNORECASE), "hằng quý"),
    (re.compile(r"h[ằà]ng\s+năm", re.IGNORECASE), "hằng năm"),
    (re.compile(r"h[ằà]ng\s+tuần", re.IGNORECASE), "hằng tuần"),
    # "trước ngày 15 của tháng cuối quý", "cuối mỗi quý": every quarter's, not one quarter ("cuối quý IV/2026")
    (re.compile(r"cuối\s+(?:mỗi\s+|các\s+)?quý(?!\s+(?:IV|I{1,3}|[1-4])\b)", re.IGNORECASE), "hằng quý"),
    (re.compile(r"định kỳ", re.IGNORECASE), "định kỳ"),
]
# "định kỳ 6 tháng", "6 tháng một lần", "mỗi 3 tháng": how often a task comes back, no time allowed for it
_INTERVAL = re.compile(r"định\s+kỳ\s+\d{1,2}\s*(?:ngày|tuần|tháng|năm)|\d{1,2}\s*(?:ngày|tuần|tháng|năm)\s*(?:một|1)\s*lần"
                       r"|mỗi\s+\d{1,2}\s*(?:ngày|tuần|tháng|năm)", re.IGNORECASE)
_QUARTER_NUMBER = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# "Quý I, II/2026", "quý III và quý IV năm 2026": quarters that share the year printed after the last; "Quý II, IV",
# "Quý I và Quý III": quarters printed without their year, each of one year (the plan's, or none), read as one list
# (the last quarter read alone would drop the others: "Quý II, IV" is not the second quarter). A yearless list ends
# at its last numeral, not before a unit ("Quý I, 2 lần", "quý II, 3 tháng"), a figure ("Quý 2, 2026") or a word after
# a figure, which counts it ("Quý I, 2 báo cáo", "Quý II, 4 lớp"); it is the plan year's only where the cell names no
# other year (parse_deadline).
_Q = r"(?:IV|I{1,3}|[1-4])"
_QUARTER_LIST = re.compile(rf"quý\s*(?P<first>{_Q})(?:\s*(?:,|và|-|–)\s*(?:quý\s*)?{_Q})*\s*(?:,|và|-|–)\s*(?:quý\s*)?"
                           rf"(?P<last>{_Q})(?:\s*(?:/|năm)\s*(?P<year>\d{{4}})"
                           rf"|(?![\w/]|[.,]\d|\s*(?:ngày|tuần|tháng|lần|đợt)(?!\w)|(?<=\d)\s+\w))", re.IGNORECASE)
# A list or span of quarters that cannot be read as printed: a later quarter's numeral unread ("Quý II - Quý TI1/2026",
# OCR) or one quarter named twice ("Quý I, I/2026", a stroke lost: nobody prints it). The quarters read alone would be
# a confident wrong period, so the deadline gives none.
_QUARTER_UNREAD = re.compile(rf"quý\s*{_Q}\s*(?:,|và|-|–|—|đến)\s*quý\s*(?!{_Q}(?:\b|(?=năm)))\S", re.IGNORECASE)
_QUARTER_NUMERAL = re.compile(rf"(?:\b|(?<=quý)){_Q}\b", re.IGNORECASE)
# "Quý năm 2026", "Quý /2026", "Quý năm I 2026": a quarter whose numeral is unread or read out of its place (a scan's
# words reordered); the year alone would be a confident wrong end (every quarter but the fourth), so no period where
# no quarter is read with its numeral ("Quý I/2026; báo cáo quý năm 2026"); a report by quarters ("báo cáo quý năm
# 2026", "theo quý năm 2026") names every quarter
_QUARTER_WITHOUT_NUMERAL = re.compile(rf"(?<!mỗi )(?<!từng )(?<!các )(?<!theo )(?<!cáo )\bquý\s*(?:năm\s+|/\s*)(?:{_Q}\s+)?(?:19|20)\d\d",
                                      re.IGNORECASE)
# a year on its own ("2026" in a deadline column), not part of a date, a range or a document's number
# "năm 2026, 2027", "năm 2026, 2027 và 2028": years listed after one "năm", every one of them
_YEAR_LIST = re.compile(r"năm\s+(?P<first>(?:19|20)\d\d)(?:\s*(?:,|và)\s*(?:năm\s+)?(?:19|20)\d\d)*\s*(?:,|và)\s*(?:năm\s+)?"
                        r"(?P<last>(?:19|20)\d\d)(?![\d/])", re.IGNORECASE)
_BARE_YEAR = re.compile(r"(?<![\d/.\-])(?P<year>(?:19|20)\d\d)(?![\d/.\-])")
_PRINTED_YEAR = re.compile(r"(?:19|20)\d\d")
# "Tháng 10 - 12/2026", "Tháng 9 - 12.2026", "từ tháng 3 đến tháng 6/2026": every month from the first to the last, of the year printed last;
# "Tháng 9 - 12" with no year: of the plan's year (not a day and month: "từ tháng 3 đến 10/6/2026")
_MONTH_RANGE = re.compile(r"tháng\s+(?P<first>\d{1,2})\s*(?:[-–—]|đến)\s*(?:tháng\s+)?(?P<last>\d{1,2})"
                          r"(?:\s*(?:[/.]|năm)\s*(?P<year>(?:19|20)\d\d)(?!\d)|(?!\s*[/.\d]))", re.IGNORECASE)
# a year printed anywhere in the cell, or the word "năm" ("năm sau", "năm học …"): a month range printed without its
# year takes the plan's only where the cell names no year at all
_NAMES_A_YEAR = re.compile(r"(?:19|20)\d\d|\bnăm\b", re.IGNORECASE)
# "Tháng 12, 1", "Tháng 11 - 2", "Tháng 10, 11, 12, 1", "Tháng 12, 1/2027", "Tháng 12, 1 năm 2027" (and "Tháng 12, 1
# năm sau", read as that): months listed or spanned past the year's end (into the next year? a slip?), closed as a time
# is, the year printed after the last with them (its year alone would be a whole year's end); not "Tháng 6, 2 đợt": a
# count after the month; "Tháng 12 và tháng 1 năm sau" names each month, its year January's: read by its relative year
_MONTH_JOINT = r"\s*(?:,|và|[-–—]|đến)\s*"
_MONTHS_PAST_YEAR_END = re.compile(rf"tháng\s+\d{{1,2}}(?:{_MONTH_JOINT}(?:tháng\s+)?\d{{1,2}})*"
                                   rf"(?:{_MONTH_JOINT}\d{{1,2}}(?:\s*(?:/|năm)\s*(?:19|20)\d\d(?!\d))?"
                                   rf"|{_MONTH_JOINT}tháng\s+\d{{1,2}}(?:\s*/\s*(?:19|20)\d\d(?!\d))?)"
                                   r"(?=\s*(?:$|[,;.)(]))", re.IGNORECASE)


def _runs_past_year_end(found: re.Match[str]) -> bool:
    """Whether months listed or spanned run back ("Tháng 12, 1": December, then January; "Tháng 10, 11, 12, 1")."""
    months = [int(figure) for figure in re.findall(r"(?<!\d)\d{1,2}(?!\d)", found.group())]
    return all(1 <= month <= 12 for month in months) and any(b < a for a, b in zip(months, months[1:]))


# "Tháng 5, 6/2026", "tháng 11 và tháng 12 năm 2026": months that share the year printed after the last
# "Tháng 3, 6, 9, 12" with no year: of the plan's year, as a range is (not the first month alone)
_MONTH_LIST = re.compile(r"tháng\s+(?P<first>\d{1,2})(?:\s*(?:,|và)\s*(?:tháng\s+)?\d{1,2})*\s*(?:,|và)\s*(?:tháng\s+)?"
                         r"(?P<last>\d{1,2})(?:\s*(?:/|năm)\s*(?P<year>\d{4}))?(?![\d/])(?!\s*(?:ngày|tuần|tháng|giờ)(?!\w))",
                         re.IGNORECASE)
# "01/2026", "6/2026": a month of a year printed in figures (not the day and month of "15/6/2026", not a number "12/2026/NĐ-CP");
# "1 năm 2027" only as a list's next after a month printed with its year ("Tháng 12 năm 2026, 1 năm 2027")
_NUMERIC_MONTH = re.compile(r"(?<![\d/.\-])(?P<month>\d{1,2})\s*(?:/|(?P<in_words>năm))\s*(?P<year>(?:19|20)\d\d)(?![\d/])",
                            re.IGNORECASE)
# "2026-2030", "giai đoạn 2026 - 2030": every year from the first to the last
_YEAR_RANGE = re.compile(r"(?<!\d)(?P<first>(?:19|20)\d\d)\s*[-–—]\s*(?P<last>(?:19|20)\d\d)(?!\d)")
# "đến năm 2030", "đến quý II/2026", "hoàn thành trong tháng 9/2026": the period's end is the deadline, no start claimed
# (data/task_tables.json term_openers' until words, as before a term); "từ năm 2026" starts one without ending it. The
# whole words are matched with them: a phrase that starts earlier and ends in a by-word is none ("trước hết", "Đã cơ
# bản hoàn thành", "Thực hiện và hoàn thành trong"), and the period stays whole.
_UNTIL = re.compile(r"(?<!\w)(?:(?P<whole>" + any_of(json_data("task_tables.json")["term_openers"]["whole"]) + r")|(?P<until>"
                    + any_of(json_data("task_tables.json")["term_openers"]["until"]) + r"))\s*$", re.IGNORECASE)
# "trước quý IV/2026", "trước tháng 10/2026", "trước năm 2027": before the period starts, not within it
_BEFORE = re.compile(r"(?<!\w)trước\s*$", re.IGNORECASE)
# what ends a span's first period and starts its last: "Tháng 12/2026 - 01/2027", "tháng 11/2026 đến 02/2027"
_SPAN_END = re.compile(r"(?:[-–—]|đến)\s*$", re.IGNORECASE)
# a list's joint right after a month or a quarter printed with its year ("Tháng 12/2026, ", "quý IV/2026 và "): the
# month in figures after it is the list's next ("Tháng 12/2026, 1/2027"), not a day's part ("30/11/2026, …" is no month)
_NEXT_AFTER_DATED = re.compile(rf"(?:(?:tháng\s+\d{{1,2}}|quý\s*{_Q})\s*(?:/|năm)|(?<![\d/])\d{{1,2}}\s*/)\s*(?:19|20)\d\d\s*(?:,|và)\s*$",
                               re.IGNORECASE)
_FROM = re.compile(r"(?:từ|bắt đầu(?: từ)?)\s*$", re.IGNORECASE)
_FROM_DAY = re.compile(r"(?:từ|bắt đầu(?: từ)?)\s*(?:ngày\s*)?$", re.IGNORECASE)
# "trước 15/3", "ngày 30/6": a day and a month with no year take the plan's year
# what joins a period's start to its end: "từ 01/11 đến 31/3", "từ 01/9 - 30/9"
_RANGE_JOIN = re.compile(r"\s*(?:đến|tới|[-–—])\s*(?:ngày\s*)?", re.IGNORECASE)
_RANGE_JOIN_BEFORE = re.compile(r"\s*(?:đến|tới|[-–—])\s*(?:ngày\s*)?\Z", re.IGNORECASE)
_DAY_MONTH = re.compile(r"(?<![\d/.\-])(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})(?![\d/.\-])")
# "7 ngày", "trong 30 ngày kể từ …", "03 tháng": a duration, not a period ("6 tháng đầu năm" is a half-year)
_DURATION = re.compile(r"(?<![\d/])(?P<n>\d{1,3})\s*(?P<unit>giờ|ngày|tuần|tháng|năm)(?!\s*(?:\d|đầu|cuối))", re.IGNORECASE)
_DURATION_UNIT = {"giờ": "TH", "ngày": "D", "tuần": "W", "tháng": "M", "năm": "Y"}
# "Năm 2026 và các năm tiếp theo": a period that goes on, with no end
_OPEN_ENDED = re.compile(r"(?:các|những)\s+năm\s+(?:tiếp theo|sau)|trở đi", re.IGNORECASE)


@cache
def _season_years() -> re.Pattern[str]:
    """"năm học 2026-2027", "mùa khô 2026-2027": a year of a calendar of its own (a school year runs from autumn to
    summer, a dry season from November to April), not the two calendar years; and "Trước mùa mưa bão 2026": due
    before a season of one year, not by that year's end (task_tables.json calendars_of_their_own)."""
    season = any_of(json_data("task_tables.json")["calendars_of_their_own"])
    year = r"(?:năm\s+)?(?:19|20)\d\d"
    years = rf"{year}\s*[-–—/]\s*(?:19|20)\d\d"
    # "Trước mùa khô 2026 - 2027" whole: its second year, left out, would read as a year of its own
    return re.compile(rf"(?:{season})\s*{years}|trước\s+(?:{season})\s*(?:{years}|{year})", re.IGNORECASE)


# "giữa năm 2026", "đầu năm 2026": a part of the year nobody bounds, not the whole year; "Tết Nguyên đán 2027",
# "Tết Nguyên đán Bính Ngọ 2026": a lunar feast whose day moves, no calendar year's end
_PART_OF_YEAR = re.compile(r"(?:giữa|đầu)\s+năm\s+(?:19|20)\d\d|Tết(?:\s+Nguyên\s+đán)?(?:\s+[A-ZĐ]\w*\s+[A-ZĐ]\w*)?"
                           r"\s+(?:năm\s+)?(?:19|20)\d\d", re.IGNORECASE)
# "Đợt 2/2026", "Giai đoạn 1/2026", "Lần II/2026": round or phase N of a year (data/task_tables.json phase_words),
# never month N; read as the year only where the cell names no other period ("Đợt 1/2026: 15/3/2026" is that day)
_PHASE_NUMBERED = re.compile(rf"(?<!\w)(?i:{PHASE_WORDS})\s*(?:\d{{1,2}}(?!\d)|[IVX]{{1,5}}\b)")
# "hoàn thành", "xong" with no milestone word ("%", "sơ kết", "đạt"): a by-word's period inside a span of years is when
# the task is done, not a step on the way (data/task_tables.json span_due_words)
_SPAN_DONE = re.compile(json_data("task_tables.json")["span_due_words"]["completion"])
_SPAN_STEP = re.compile(json_data("task_tables.json")["span_due_words"]["refused"])
_PHASE_OF_YEAR = re.compile(rf"(?<!\w)(?i:{PHASE_WORDS})\s*(?:\d{{1,2}}|[IVX]{{1,5}})\s*/\s*(?P<year>(?:19|20)\d\d)(?![\d/])")
# "Kỳ I năm 2026", "Kỳ 2/2026": a numbered term of a year, never month N; term 1 or I is the first half, 2 or II the
# second (read only where the cell names no other period, as a phase's year); "Học kỳ I năm 2026", "Học kỳ 1/2026":
# a school's term, whose months the school calendar sets, no period (data/task_tables.json term_words,
# school_term_words). "kỳ" after a word that is no opener of a term is that word's ("Hoa Kỳ", "Thời kỳ", "nhiệm kỳ"):
# its number is no term nor month.
_TERM_OF_YEAR = re.compile(rf"(?<!\w)(?i:(?P<school>{json_data('task_tables.json')['school_term_words']})"
                           rf"|{json_data('task_tables.json')['term_words']})\s*(?P<n>[IVX]{{1,4}}|\d{{1,2}})(?!\w)"
                           rf"\s*(?:/|(?i:năm)|[.,\-–]\s*(?i:năm)?)\s*(?P<year>(?:19|20)\d\d)(?![\d/])")
# what may stand before a term: nothing, a clause's break, or a word of time (term_openers), in a group named by how
# it bounds the term
_TERM_OPENER = re.compile(r"(?:^|[,;:(\[\-–—+•]|(?<!\w)(?i:" + "|".join(
    f"(?P<{role}>{any_of(words)})" for role, words in json_data("task_tables.json")["term_openers"].items())
    + r"))\s*$")
_HALF_OF_TERM = {"I": 1, "1": 1, "II": 2, "2": 2}
# "đầu", "giữa" right before a month or a quarter (term_openers' part words): a part of it, not the whole
_PART_OPENER = re.compile(r"(?<!\w)(?:" + any_of(json_data("task_tables.json")["term_openers"]["part"]) + r")\s*$", re.IGNORECASE)
# a part that starts a span ("Từ đầu tháng 6/2026 đến …", "Đầu tháng 6/2026 - tháng 8/2026"), and the part words that
# start it with the month ("đầu": from the month's first day; "giữa" starts it on no day)
_FROM_PART = re.compile(r"(?<!\w)(?:từ|bắt đầu(?:\s+từ)?)\s+(?:" + any_of(json_data("task_tables.json")["term_openers"]["part"])
                        + r")\s*$", re.IGNORECASE)
_SPAN_JOINT_AFTER = re.compile(r"\s*(?:[-–—]|đến(?!\w))", re.IGNORECASE)
_PART_AT_START = re.compile(r"(?<!\w)(?:" + any_of(json_data("task_tables.json")["part_at_start"]) + r")\s*$", re.IGNORECASE)
_OPENS_WITH_PART_AT_START = re.compile(r"(?:" + any_of(json_data("task_tables.json")["part_at_start"]) + r")\s", re.IGNORECASE)
# A date that belongs to a cited document ("theo Quyết định số 12/QĐ-UBND ngày 5/3/2026") is no deadline.
_CITED_BEFORE = re.compile(r"số\s*[\w.]*\d[\w.]*/[^\s,;]*\s*(?:ngày\s*)?$", re.IGNORECASE)


# "Qúy II", "Quí III": the quarter's word as many documents spell it (same length as "quý", so spans stay in place)
_QUARTER_SPELLINGS = re.compile(r"(?<!\w)q(?:úy|uí|úi)(?!\w)", re.IGNORECASE)
# "Q.III/2026", "QIII/2026", "Q3/2026", "Q1 2027": the quarter's abbreviation, read only before its year ("Q.1" alone
# is as often a district, "Quận 1", as a quarter) or as a cell's whole text (_QUARTERS_ABBREVIATED_ALONE)
# "Q2", "Q.III", "Q1, Q2": a cell of the quarter's abbreviation alone
_QUARTERS_ABBREVIATED_ALONE = re.compile(r"\s*Q\.?\s*(?:IV|I{1,3}|[1-4])(?:\s*(?:,|và|-|–)\s*(?:Q\.?\s*)?(?:IV|I{1,3}|[1-4]))*\s*")
_QUARTER_ABBREVIATION_MARK = re.compile(r"(?<!\w)Q\.?\s*")


def quarters_spelled_out(cell: str) -> str:
    """A time cell of the quarter's abbreviation alone ("Q2", "Q.III", "Q1, Q2") with the quarter's word ("quý 2"), for a
    cell whose row's year cell beside it proves it a time (tasks._with_row_year); alone elsewhere "Q.1" is as often a
    district (Quận 1) as a quarter, and is kept as printed. Any other cell as it is."""
    return _QUARTER_ABBREVIATION_MARK.sub("quý ", cell) if _QUARTERS_ABBREVIATED_ALONE.fullmatch(cell) else cell


_QUARTER_ABBREVIATION = re.compile(r"(?<!\w)Q\.?\s*(?=(?:IV|I{1,3}|[1-4])(?:\s*(?:,|và|-|–)\s*(?:Q\.?\s*)?(?:IV|I{1,3}|[1-4]))*"
                                   r"(?:\s*(?:/|\.|-|–|năm)\s*|\s+)(?:19|20)\d\d(?!\d))")


# A period broken across a cell's lines at its joint: a wrap in a PDF cell, a soft break in Word, a <br> on a site
# ("2027-" / "2028", "01/2026 -" / "06/2027", "Quý I -" / "Quý II/2027", "2026 đến" / "2027"; "2026" / "– 2027")
_ENDS_AT_JOINT = re.compile(r"(?:\d|\b(?:IV|I{1,3})|\))\s*(?:[-–—]|(?i:\bđến))\s*$")
_ENDS_WITH_TIME = re.compile(r"(?:\d|\b(?:IV|I{1,3}))\)?\s*$")
# the span's end alone after the joint ("– 2027", "đến Quý II/2027"), not an item of its own ("- Quý II/2026: ban hành")
_OPENS_WITH_JOINT = re.compile(r"(?:[-–—]|(?i:đến\b))\s*(?:(?i:q(?:uý|úy|uí|úi)|tháng|năm|ngày)\s+)?[\dIV][\d/.IV]*\)?$")
_OPENS_WITH_TIME = re.compile(r"(?i:q(?:uý|úy|uí|úi)|tháng|năm|ngày)\s|\(?\d")
_OPENS_WITH_BULLET = re.compile(r"[-–—+•]\s")
# the time a period's opening words alone wait for on the next line ("2026", "ngày 30/6/2026", "II/2026" after "Quý")
_OPENS_WITH_FIGURE = re.compile(r"(?:(?i:ngày)\s+)?(?:\(?\d|(?:IV|I{1,3})\s*(?:/|(?i:năm\b)))")


def unwrap_periods(text: str) -> str:
    """A time cell as it reads unwrapped: a line that ends at a period's joint ("2027-", "Quý I -", "2026 đến") or is
    a period's opening words alone ("Giai đoạn", "Năm", "Trước ngày") goes on with the next line's time ("2028", "Quý
    II/2027", "2026-2030"), and a time's next line that is the joint and the span's end alone ("– 2027", "đến Quý
    II/2027") goes on after it, unless the cell's lines are dashed items ("- Quý I/2026" over "- Quý II/2026"). A
    hyphen printed against its year ("2027-") joins without a space, as "2027-2028" is printed."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        before, after = out[-1].rstrip(), line.strip()
        if _ENDS_AT_JOINT.search(before) and _OPENS_WITH_TIME.match(after):
            out[-1] = before + ("" if re.search(r"\d-$", before) else " ") + after
        elif PERIOD_OPENER_ALONE.fullmatch(before) and _OPENS_WITH_FIGURE.match(after):
            out[-1] = before.strip() + " " + after
        elif (_ENDS_WITH_TIME.search(before) and _OPENS_WITH_JOINT.match(after)
              and not _OPENS_WITH_BULLET.match(before.lstrip())):
            out[-1] = before + " " + after
        else:
            out.append(line)
    return "\n".join(out)


def _month_end(year: int, month: int) -> date:
    return (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1))


@lru_cache(maxsize=4096)  # the same cells ("Thường xuyên", "Quý IV/2025") come back in every table
def parse_deadline(text: str, plan_year: int | None) -> Deadline:
    """The period a deadline names. Several periods ("Tháng 6/2025 … - Tháng 7/2025 …") give their
    span; a period printed without its year takes the plan's year and says so; "Thường xuyên",
    "Hằng năm" are recurring; "Theo hướng dẫn của Bộ Nội vụ" names no period."""
    spans: list[tuple[date, date]] = []
    from_plan = False
    printed, text = text, _QUARTER_ABBREVIATION.sub("quý ", _QUARTER_SPELLINGS.sub("quý", text))
    if relative_years(text) and (relative := _relative_year_deadline(printed, text, plan_year)):
        return relative
    if _others_relative_years(text):  # "Quý I năm sau nữa", "tháng 3 năm sau đó": no plan's year, nor the next
        return Deadline(text=printed)

    def year_of(match: re.Match[str]) -> int | None:
        nonlocal from_plan
        if match.group("year"):
            return int(match.group("year"))
        if match.re is _MONTH_LIST and list_years.get(match.start()) not in (None, plan_year):
            return list_years[match.start()]  # "Quý III/2026 (họp tháng 7, 8)": the period's year before it
        from_plan = from_plan or plan_year is not None
        return plan_year

    # a month, quarter or half-year the cell gives only the end of ("đến quý II/2027"), whole, by its index in spans
    whole_periods: dict[int, tuple[date, date]] = {}

    def add_bounded(match: re.Match[str], start: date, end: date) -> None:
        bounded = _as_bounded(text, match, start, end)
        if bounded == (None, end):
            whole_periods[len(spans)] = (start, end)
        spans.append(bounded)

    start_at: dict[int, date] = {}  # a period's start by where it ends in the text ("từ 01/11/2026")
    end_at: dict[int, date] = {}  # a full date by where it starts ("… đến 31/3/2027")
    ranges = [m for pattern in (_MONTH_RANGE, _MONTH_LIST) for m in pattern.finditer(text)
              if 1 <= int(m.group("first")) <= int(m.group("last")) <= 12]
    # a month list without its year is the plan year's only where the cell names no other year nor "năm" word; beside
    # one ("Tháng 6 và tháng 12 (năm 2026)", "Tháng 11, 12 năm trước", "Tháng 5, 6 năm học 2025-2026", "Tháng 3, 4 năm
    # 2026 (đợt 1), tháng 9, 10 (đợt 2)") which year its months are is unsure: no period, no duration ("12 năm")
    # where every year the cell names is the plan's ("Tháng 6 và tháng 12, năm 2026", "… trong năm") and no month,
    # quarter or day with its year comes before the list ("Tháng 7, 8 năm 2026 và tháng 1, 2": maybe the next year's),
    # its months are the plan year's, as main read them
    # the year each month list printed without its year is read in, by where it starts (None: unsure, no period)
    list_years = {m.start(): _list_year(text, plan_year, m.start()) for m in ranges
                  if m.re is _MONTH_LIST and not m.group("year")}
    plan_lists = [m for m in ranges if m.re is _MONTH_LIST and not m.group("year") and list_years[m.start()] is not None]
    list_unread = any(m.re is _MONTH_LIST and not m.group("year") and m not in plan_lists for m in ranges) \
        and bool(_NAMES_A_YEAR.search(text))
    phases = list(_PHASE_OF_YEAR.finditer(text))
    terms = list(_TERM_OF_YEAR.finditer(text))
    # spans no other pattern may read: cited documents' dates, month ranges, a phase's number and year, a term's
    cited = [m.span() for m in ranges + phases + terms]
    # a cited document's name ("theo Kế hoạch … năm 2026"): its years are the name's, no period is read inside it
    names = cited_document_names(text)
    if names:
        ranges, phases, terms = ([m for m in found if not any(s <= m.start() < e for s, e in names)]
                                 for found in (ranges, phases, terms))
        cited = [m.span() for m in ranges + phases + terms] + names
    # "Tháng 12, 1": which year each month is in is unsure (the next year's January? a slip?): no month of it read,
    # nor the year printed after it
    past_year_end = [m.span() for m in _MONTHS_PAST_YEAR_END.finditer(text) if _runs_past_year_end(m)]
    cited += past_year_end
    # "Đầu tháng 6/2026", "giữa quý III": a part of a month or a quarter no day ends; the whole one's end would be late
    # ("Bắt đầu tháng 6/2026" starts the whole month: its "đầu" is the from-word's)
    part_matches = [m for pattern in (_MONTH, _QUARTER) for m in pattern.finditer(text)
                    if _PART_OPENER.search(text, 0, m.start()) and not _FROM.search(text, 0, m.start())]
    parts = [m.span() for m in part_matches]
    cited += parts
    # a part that starts a span gives the span's start at most ("Từ đầu tháng 6/2026": 1/6); one that ends the work
    # beside other periods leaves no end ("Tháng 6/2026, đầu tháng 7/2026": never 30/6, before the work is done)
    starting_parts = {m.span() for m in part_matches
                      if _FROM_PART.search(text, 0, m.start()) or _SPAN_JOINT_AFTER.match(text, m.end())}
    month_starts = {m.span() for m in part_matches if m.re is _MONTH and m.span() in starting_parts
                    and _PART_AT_START.search(text, 0, m.start())}
    ending_parts_first_days = [_first_day(m, plan_year) for m in part_matches if m.span() not in starting_parts]
    # so a part of a later year ("Cuối năm 2026 và đầu năm 2027": never 31/12/2026, before the work is done); one that
    # starts a span: the year's early part on its first day ("Đầu năm 2027 - quý II/2027": never 1/4/2027), another
    # part ("Từ giữa năm 2026 đến …", "Tết …") with no start
    year_part_starts = []
    for m in _PART_OF_YEAR.finditer(text):
        first_day = date(int(_PRINTED_YEAR.search(m.group()).group()), 1, 1)
        if _FROM.search(text, 0, m.start()) or _SPAN_JOINT_AFTER.match(text, m.end()):
            year_part_starts.append(first_day if _OPENS_WITH_PART_AT_START.match(m.group()) else None)
        else:
            ending_parts_first_days.append(first_day)
    def add_listed(match: re.Match[str], start: date, end: date) -> None:
        # months or quarters listed or spanned after a by-word ("Đến quý I, II/2026", "Hoàn thành trong tháng 3, 4/2026"):
        # due by the last one's end, no start claimed, as one period after a by-word is read
        if _is_until(text, match.start()):
            whole_periods[len(spans)] = (start, end)
            spans.append((None, end))
        elif _BEFORE.search(text[max(0, match.start() - 20): match.start()]):
            spans.append((None, start - timedelta(days=1)))  # "Trước tháng 3, 4": done before the first starts
        else:
            spans.append((start, end))

    for m in ranges:
        # "Tháng 9 - 12 năm học 2025-2026", "Tháng 3 - 5 năm sau": a range without its year beside another is no plan's
        if (m.group("year") or not _NAMES_A_YEAR.search(text) or m in plan_lists) and (year := year_of(m)) is not None:
            add_listed(m, date(year, int(m.group("first")), 1), _month_end(year, int(m.group("last"))))
    for d in find_dates(text):
        if any(s <= d.start < e for s, e in cited):
            continue
        if d.iso and _CITED_BEFORE.search(text[max(0, d.start - 40): d.start]):
            cited.append((d.start, d.end))
        elif d.iso and _FROM_DAY.search(text[max(0, d.start - 20): d.start]):
            spans.append((d.value, None))  # "từ 01/7/2026": the day a period starts, not its end
            start_at[d.end] = d.value
        elif d.iso:
            spans.append((None, d.value))  # a day: the deadline itself
            end_at[d.start] = d.value
            cited.append((d.start, d.end))  # its "tháng 7 năm 2028" is that day's, not the whole month
    # "Ngày 31 tháng 6 năm 2026": a day was meant, never the whole of June nor of 2026
    # nor "ngày … tháng 3 năm 2026": a day left blank, never the whole month
    not_a_day = impossible_date_spans(text) + blank_days(text)
    cited += not_a_day
    for m in _DAY_MONTH.finditer(text):
        if any(s <= m.start() < e for s, e in cited) or _is_date_part(text, m):
            continue
        starts_period = bool(_FROM_DAY.search(text[max(0, m.start() - 20): m.start()]))
        # a period's start printed without its year is of the year its own end reaches ("Từ 01/8 đến 15/9/2026"), and
        # a period's end without its year follows its start ("Từ 01/11 đến 31/3": March of the next year); the ends
        # of other periods in the cell say nothing of it ("Trước 30/6/2026; từ 01/7 đến 31/12")
        joined = _RANGE_JOIN.match(text, m.end()) if starts_period else _RANGE_JOIN_BEFORE.search(text, 0, m.start())
        own = (end_at.get(joined.end()) if starts_period else start_at.get(joined.start())) if joined else None
        year = own.year if own else plan_year
        if year is None:
            continue
        try:
            day = date(year, int(m.group("month")), int(m.group("day")))
        except ValueError:
            continue
        if own and starts_period and day > own:
            day = day.replace(year=year - 1)  # "Từ 01/11 đến 31/3/2027": the November before
        elif own and not starts_period and day < own:
            day = day.replace(year=year + 1)  # "Từ 01/11 đến 31/3": the March after
        from_plan = from_plan or year == plan_year and not own
        if starts_period:
            spans.append((day, None))  # "từ 15/9 đến 30/10": the day it starts
            start_at[m.end()] = day
        else:
            spans.append((None, day))
    school_years = [m.span() for m in _season_years().finditer(text)]  # its end is its own calendar's, not printed
    read = list(school_years)  # what the month, quarter and year readers took: a year inside it is theirs
    year_ranges: list[int] = []  # "Giai đoạn 2026-2030": the years the work runs in, by index in spans
    for m in (*_YEAR_RANGE.finditer(text), *_YEAR_LIST.finditer(text)):
        first, last = int(m.group("first")), int(m.group("last"))
        if first <= last and not any(s <= m.start() < e for s, e in read + cited):
            if m.re is _YEAR_RANGE:
                year_ranges.append(len(spans))
            spans.append((date(first, 1, 1), date(last, 12, 31)))
            read.append(m.span())
    unread = bool(_QUARTER_UNREAD.search(text))
    for m in _QUARTER_LIST.finditer(text):
        first, last = _QUARTER_NUMBER[m.group("first").upper()], _QUARTER_NUMBER[m.group("last").upper()]
        numerals = [_QUARTER_NUMBER[n.upper()] for n in
                    _QUARTER_NUMERAL.findall(text, m.start(), m.start("year") if m.group("year") else m.end())]
        unread = unread or len(set(numerals)) < len(numerals)
        if first <= last:
            cited.append(m.span())
            # a yearless list is the plan year's only where the cell names no other year ("Quý I, II (2027)", "Quý III,
            # IV năm học 2025-2026": maybe another year's); else, or with no plan year, no period, no quarter of it alone
            if m.group("year") or _names_no_year_but(text, plan_year, plan_year):
                add_listed(m, date(year := year_of(m), 3 * first - 2, 1), _month_end(year, 3 * last))
            else:
                unread = True
        else:
            cited.append(m.span())  # "Quý IV, I(/2027)": on into the next year, no period; not its first quarter alone
    for m in _QUARTER.finditer(text):
        if any(s <= m.start() < e for s, e in cited):
            continue
        if (year := year_of(m)) is not None:
            q = _QUARTER_NUMBER[m.group("q").upper()]
            read.append(m.span())
            add_bounded(m, date(year, 3 * q - 2, 1), _month_end(year, 3 * q))
    for m in _MONTH.finditer(text):
        month = int(m.group("month"))
        if m.span() in month_starts and 1 <= month <= 12 and (year := year_of(m)) is not None:
            read.append(m.span())
            spans.append((date(year, month, 1), None))  # "Từ đầu tháng 6/2026 đến …": from the month's first day
            continue
        if any(s <= m.start() < e for s, e in cited):
            continue
        if 1 <= month <= 12 and not _HALF.search(text[max(0, m.start() - 2) : m.end() + 12]) and (year := year_of(m)) is not None:
            read.append(m.span())
            add_bounded(m, date(year, month, 1), _month_end(year, month))
    for m in _NUMERIC_MONTH.finditer(text):
        month, year = int(m.group("month")), int(m.group("year"))
        # beside another period, only the end of a span printed after a dash ("Tháng 12/2026 - 01/2027") or the next
        # of a list right after a month or quarter printed with its year ("Tháng 12/2026, 1/2027"; not after "trước":
        # "Trước tháng 12/2026, 1/2027" is due before the first starts)
        listed = _NEXT_AFTER_DATED.search(text, 0, m.start())
        if m.group("in_words") and not listed:
            continue  # "trong 5 năm 2026": no month
        if m.group("in_words") and listed.group().lower().startswith("q"):
            unread = True  # "Quý IV năm 2026, 1 năm 2027": quarter I or January? either end would be a guess
        skipped = any(s <= m.start() < e for s, e in cited) or spans and (
            any(s <= m.start() < e for s, e in read) or not (_SPAN_END.search(text[:m.start()]) or listed)
            or listed and _BEFORE.search(text[max(0, listed.start() - 20): listed.start()]))
        if m.group("in_words"):
            read.append(m.span())  # "1 năm 2027" is a month, read here or not at all: never the whole year 2027
        if skipped:
            continue
        if 1 <= month <= 12 and not _CITED_BEFORE.search(text[max(0, m.start() - 40): m.start()]):
            # a list's next after a period due by its end ("hoàn thành trong tháng 12/2026, 1/2027") is due by its own
            # end too, no start claimed
            due_by_end = bool(listed and spans and spans[-1][0] is None)
            spans.append((None if due_by_end else date(year, month, 1), _month_end(year, month)))
    for m in _HALF.finditer(text):
        if any(s <= m.start() < e for s, e in names):
            continue
        if (year := year_of(m)) is not None:
            read.append(m.span())
            months = int(m.group("months"))
            first_months = m.group("half").lower() == "đầu"
            add_bounded(m, date(year, 1 if first_months else 13 - months, 1), _month_end(year, months if first_months else 12))
    vague = [m.span() for m in _PART_OF_YEAR.finditer(text)] + school_years + [m.span() for m in terms] + past_year_end \
        + parts + not_a_day
    # the periods as named: a year beside one the cell gives only the end of ("Năm 2026 đến quý II/2027") is its start
    periods = [whole_periods.get(k, span) for k, span in enumerate(spans)]
    done_in_span = bool(year_ranges and _SPAN_DONE.search(text) and not _SPAN_STEP.search(text))
    for m in _YEAR.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in vague + read + cited):
            continue
        year = int(m.group("year")) if m.group("year") else plan_year
        if year is None:
            continue  # "trong năm" in a plan with no year of its own: no year to read, nothing to compare
        # beside another period, only a printed year that period does not reach ("Quý IV/2026 và năm 2027"; not
        # "Năm 2026 (Quý IV)", whose year is the quarter's), or one that reaches only periods the cell gives the end of:
        # the year the work runs in starts it ("Năm 2026 (hoàn thành trong tháng 6/2026)": 2026-01-01..2026-06-30)
        reached = [k for k, period in enumerate(periods) if _touches(period, year)]
        if (m.group("year") and reached and set(reached) <= set(year_ranges) and _is_until(text, m.start())
                and done_in_span):
            whole_periods[len(spans)] = (date(year, 1, 1), date(year, 12, 31))
            spans.append((None, date(year, 12, 31)))  # "Giai đoạn 2026-2030, hoàn thành trong năm 2026"
            continue
        if periods and (not m.group("year") or reached and not set(reached) <= whole_periods.keys()):
            continue
        if m.group("end"):  # "Cuối năm": by the plan year's end
            if _NAMES_A_YEAR.search(text, m.end()):  # "Cuối năm, đầu năm sau": runs on into another year
                continue
            from_plan = True
            spans.append((None, date(year, 12, 31)))
            continue
        if reached:
            if not _is_until(text, m.start()) and not _BEFORE.search(text[max(0, m.start() - 20): m.start()]):
                spans.append((date(year, 1, 1), None))
            continue
        if year is not None:
            from_plan = from_plan or not m.group("year")
            before = text[max(0, m.start() - 20): m.start()]
            if _BEFORE.search(before):
                spans.append((None, date(year - 1, 12, 31)))
            else:
                spans.append((None if _is_until(text, m.start()) else date(year, 1, 1),
                              None if _FROM.search(before) else date(year, 12, 31)))
    # "Giai đoạn 2026-2030, hoàn thành trong năm 2026 / quý IV/2026": the years the work runs in start it and the
    # by-word's period inside them is when it is due, the range's end no deadline; where a numbered phase is named
    # ("giai đoạn 1 hoàn thành trong năm 2026") the by-word is the phase's and the range's end stays
    due = [spans[k][1] for k in whole_periods]
    if due and done_in_span and not _PHASE_NUMBERED.search(text):
        for k in year_ranges:
            start, end = spans[k]
            if any(start <= d <= end for d in due):
                spans[k] = (start, None)
    if not spans:
        spans = [(date(int(m.group("year")), 1, 1), date(int(m.group("year")), 12, 31)) for m in phases]
        spans += [half for m in terms if (half := _half_of_year(text, m))]
        for m in _BARE_YEAR.finditer(text):
            if any(s <= m.start() < e for s, e in vague + names):
                continue
            if not _CITED_BEFORE.search(text[max(0, m.start() - 40): m.start()]) and not re.search(r"số\s*$", text[:m.start()], re.IGNORECASE):
                year = int(m.group("year"))
                spans.append((date(year, 1, 1), date(year, 12, 31)))
    interval = _INTERVAL.search(text)
    recurring = next((name for pattern, name in _RECURRING if pattern.search(text)), "định kỳ" if interval else None)
    if recurring and not _PRINTED_YEAR.search(text):
        spans, from_plan = [], False  # "Tháng 11 hằng năm": every year's November, not the plan year's
    # a part that ends the work after every other period's end ("Tháng 6/2026, đầu tháng 7/2026"): that end is early;
    # one a day inside it ends is read by the day ("Đầu tháng 6/2026, chậm nhất ngày 10/6/2026")
    ends_read = [e for _, e in spans if e is not None]
    part_after_ends = any(first is None or not ends_read or first > max(ends_read) for first in ending_parts_first_days)
    if unread or list_unread or spans and part_after_ends or (recurring != "hằng quý" and _QUARTER_WITHOUT_NUMERAL.search(text) and not _QUARTER.search(text)):
        spans, from_plan = [], False
    starts = [s for s, _ in spans if s is not None] + (year_part_starts if spans else [])
    if None in starts:
        starts = []
    ends = [e for _, e in spans if e is not None] if not _OPEN_ENDED.search(text) else []
    if starts and ends and min(starts) > max(ends):
        starts = []  # "Hoàn thành trước 30/9/2026, duy trì từ 01/10": what goes on after the deadline starts no period
    duration = _DURATION.search(text) if not spans and not interval and not list_unread else None
    return Deadline(
        text=printed,
        start=min(starts).isoformat() if starts else None,
        end=max(ends).isoformat() if ends else None,
        recurring=recurring,
        year_from_plan=from_plan and bool(spans),
        duration=_iso_duration(duration) if duration else None,
    )


# "năm nay", "trong năm", "năm kế hoạch" (data/task_tables.json this_year_words): the plan's year, in words
_THIS_YEAR = re.compile(r"(?<!\w)(?:" + any_of(json_data("task_tables.json")["this_year_words"]) + r")(?!\s*\w)", re.IGNORECASE)


# a year printed as a day's, a month's or a quarter's ("7, 8 năm ", "30/6/", "quý IV năm "), not a bare "Năm 2026"
_YEAR_OF_A_PERIOD = re.compile(r"(?:\d|(?<!\w)(?:IV|I{1,3}))\s*(?:/|(?i:năm)|[.\-–])\s*$")


# "cuối năm", "giữa năm", "2 năm/lần" (data/task_tables.json no_year_words): a "năm" word that names no year
_NO_YEAR = re.compile(r"(?<!\w)(?:" + any_of(json_data("task_tables.json")["no_year_words"]) + r")(?!\s*\w)", re.IGNORECASE)
# a quarter, a month or a day printed with its year, alone (not the last of a list: "Tháng 3, 4 năm 2026")
_PERIOD_BEFORE_YEAR = re.compile(rf"(?:(?<![\d,]\s)(?<![\d,])quý\s*(?P<q>{_Q})|(?<![\d/])(?P<day>\d{{1,2}})\s*/\s*(?P<dm>\d{{1,2}})"
                                 r"|(?<![\d,]\s)(?<![\d,])tháng\s+(?P<m>\d{1,2}))\s*(?:/|năm|[.\-–])\s*$", re.IGNORECASE)


def _list_year(text: str, plan_year: int | None, at: int) -> int | None:
    """The year of a month list printed without its year at ``at``: the plan's where every year ``text`` names is the
    plan's, printed ("năm 2026") or in words ("năm nay", "trong năm"), or no year ("cuối năm", "2 năm/lần"), and no
    day, month or quarter printed with its year comes before it; after one, that period's year where every year printed
    is it and the list's months fall within that quarter or month or after its start ("Quý III/2026 (họp tháng 7, 8)",
    "Tháng 10/2026 (tổ chức tháng 10, 11)") or before that day ("Trước ngày 15/12/2026; sơ kết tháng 6, 7"). Else None:
    the list may be of another year ("Quý IV năm 2026, tháng 1, 2", "Tháng 9, 10 (năm 2027)")."""
    printed = [m for m in re.finditer(r"(?<!\d)(?:19|20)\d\d(?!\d)", text)]
    before = [m for m in printed if m.start() < at and _YEAR_OF_A_PERIOD.search(text, 0, m.start())]
    year = plan_year
    if before:
        last = before[-1]
        period = _PERIOD_BEFORE_YEAR.search(text, 0, last.start())
        year = int(last.group())
        months = [int(n) for n in re.findall(r"\d{1,2}", _MONTH_LIST.match(text, at).group())]
        if period is None or not all(1 <= n <= 12 for n in months):
            return None
        if period.group("q"):
            first = 3 * _QUARTER_NUMBER[period.group("q").upper()] - 2
            if months[0] < first:
                return None
        elif period.group("m"):
            if months[0] < int(period.group("m")):
                return None
        elif _FROM_DAY.search(text, 0, period.start()) or months[-1] > int(period.group("dm")):
            return None
    return year if _names_no_year_but(text, year, plan_year) else None


def _names_no_year_but(text: str, year: int | None, plan_year: int | None) -> bool:
    """Whether every year ``text`` names is ``year``: printed ("năm 2026"), in words of the plan's ("năm nay") where it is
    the plan's, or a "năm" that names no year ("cuối năm", "2 năm/lần")."""
    if year is None or any(int(m.group()) != year for m in re.finditer(r"(?<!\d)(?:19|20)\d\d(?!\d)", text)):
        return False
    rest = re.sub(rf"(?:(?<!\w)năm\s*)?(?<!\d){year}(?!\d)", " ", text, flags=re.IGNORECASE)
    rest = _NO_YEAR.sub(" ", rest)
    if year == plan_year:
        rest = _THIS_YEAR.sub(" ", rest)
    return not _NAMES_A_YEAR.search(rest)


# "năm sau", "năm liền kề", "năm tiếp theo" (data/task_tables.json relative_years): the year after the plan's, as a point
# in time; "của năm sau" is the month's or quarter's before it ("Trong tháng 01 của năm sau")
_RELATIVE_YEAR = re.compile(r"(?<!\w)(?:của\s+)?(?:" + any_of(json_data("task_tables.json")["relative_years"]) + r")(?!\w)",
                            re.IGNORECASE)
# not after a count ("Trong 01 năm sau khi …", "hai năm tiếp theo", "các năm sau", "mỗi năm sau", "hằng năm sau đó"),
# nor before "khi"/"đó" ("Năm sau khi sáp nhập", "Năm sau đó"): a length of time or another event's year, no plan's
_RELATIVE_COUNT = re.compile(r"(?<!\w)(?:" + any_of(json_data("task_tables.json")["relative_years_refused"]["before"])
                             + r")\s*$", re.IGNORECASE)
_RELATIVE_AFTER = re.compile(r"\s*(?:" + any_of(json_data("task_tables.json")["relative_years_refused"]["after"]
                                               + json_data("task_tables.json")["relative_years_refused"]["after_event"])
                             + r")(?!\w)", re.IGNORECASE)
# "Năm tiếp theo sau khi được phê duyệt", "năm sau kể từ …": a year counted from an event, never the plan's next
_RELATIVE_EVENT = re.compile(r"\s*(?:" + any_of(json_data("task_tables.json")["relative_years_refused"]["after_event"])
                             + r")(?!\w)", re.IGNORECASE)


# where a relative year stands as a time of its own: the cell's or a clause's start, after a figure or a quarter's
# numeral ("31/01 năm sau", "Tháng 3 - 5 năm sau", "Quý I năm sau") or a time word ("Trong năm sau", "Cuối năm sau");
# after any other word it is that thing's year ("xây dựng kế hoạch năm sau": next year's plan, drafted this year)
_RELATIVE_PLACE = re.compile(r"(?:^|[,;:(\[\-–—]|\d|(?<!\w)(?:IV|I{1,3})|(?<!\w)(?i:"
                             + any_of(json_data("task_tables.json")["relative_years_openers"]) + r"))\s*$")


def relative_years(text: str) -> list[re.Match[str]]:
    """Where ``text`` names a year relative to the plan's as a point in time ("trước 31/01 năm sau", "Quý I năm
    liền kề", "Trong năm sau"): not after a count, not before "khi"/"đó"/"nữa", not after a word that it is the
    year of ("dự toán năm sau")."""
    return [m for m in _RELATIVE_YEAR.finditer(text)
            if not _RELATIVE_COUNT.search(text, 0, m.start()) and not _RELATIVE_AFTER.match(text, m.end())
            and _RELATIVE_PLACE.search(text, 0, m.start())]


# what a relative year qualifies: a day, a month or a quarter printed without its year ("31/01 năm sau", "tháng 02
# năm sau", "quý I năm liền kề")
_YEARLESS_PERIOD = re.compile(rf"(?:\d{{1,2}}\s*/\s*\d{{1,2}}|tháng\s+\d{{1,2}}|quý\s*{_Q})\s*$", re.IGNORECASE)


# a day, a month or a quarter printed without its year ("15/01", "tháng 3", "quý I"; not "tháng 10/2026")
_YEARLESS_ANY = re.compile(rf"(?:(?<![\d/])\d{{1,2}}\s*/\s*(?P<dm>\d{{1,2}})(?!\d)|tháng\s+(?P<m>\d{{1,2}})(?!\d)|quý\s*(?P<q>{_Q})\b)"
                           r"(?!\s*(?:/|năm|[.\-–])\s*(?:19|20)\d\d)(?!\s*/\s*\d)", re.IGNORECASE)


def _month_of(period: re.Match[str]) -> int:
    return int(period.group("dm") or period.group("m") or 3 * _QUARTER_NUMBER[period.group("q").upper()] - 2)


def _unplaced_period(text: str, matches: list[re.Match[str]]) -> bool:
    """Whether a day, a month or a quarter printed without its year stands beside a relative year that does not
    qualify it, and may be of either year: after it ("Năm sau: Quý I"), or before the period it qualifies and not later
    in the year ("Tháng 3 hoặc tháng 4 năm sau", "Từ quý I đến quý II năm sau"), or before one it qualifies none of
    ("Tháng 3 hoặc 4 năm sau"). A later month before it is the plan year's ("Tháng 11 đến tháng 02 năm sau"), and a
    month range or list right before it is read whole ("Tháng 3 - 5 năm sau", "Tháng 3, 4 năm sau")."""
    wholes = [m.span() for pattern in (_MONTH_RANGE, _MONTH_LIST) for m in pattern.finditer(text)
              if any(not text[m.end():r.start()].strip() for r in matches)]
    periods = [p for p in _YEARLESS_ANY.finditer(text) if not any(s <= p.start() < e for s, e in wholes)]
    qualified = {p.start() for p in periods
                 if any(r.start() >= p.end() and not text[p.end():r.start()].strip() for r in matches)}
    for p in periods:
        if p.start() in qualified:
            continue
        after = [r for r in matches if r.start() > p.start()]
        if not after:
            return True
        own = next((q for q in periods if q.start() in qualified and p.start() < q.start() < after[0].start()), None)
        if own is None or _month_of(p) <= _month_of(own):
            return True
    return False


# "năm nay" (data/task_tables.json now_year_words): the year the plan is written in
_NOW_YEAR = re.compile(r"(?<!\w)(?:" + any_of(json_data("task_tables.json")["now_year_words"]) + r")(?!\w)", re.IGNORECASE)


def issued_before_plan_year(doc: Document) -> bool:
    """Whether the plan is dated in a year before the one it is for (title "năm 2027", dated 20/12/2026): its "năm
    sau" and "năm nay" may count from either."""
    year = plan_year(doc)
    issued = doc.metadata.issued_date or doc.metadata.issued_date_partial if doc.metadata else None
    return bool(year and issued and int(issued[:4]) < year)


def counts_from_either_year(text: str) -> bool:
    """Whether a deadline names a year in words counted from the present ("năm sau", "năm nay") in a plan issued in
    a year before its own: which year it names is unsure (``issued_before_plan_year``)."""
    return bool(relative_years(text) or _others_relative_years(text) or _NOW_YEAR.search(text))


def _others_relative_years(text: str) -> list[re.Match[str]]:
    """Relative years refused by the word after them ("năm sau nữa", "năm sau đó", "năm sau khi …") that qualify a day,
    a month or a quarter printed without its year ("Quý I năm sau nữa"): that period is of a year counted from another
    than the plan's, which no rule reads."""
    return [m for m in _RELATIVE_YEAR.finditer(text)
            if _RELATIVE_AFTER.match(text, m.end()) and _YEARLESS_PERIOD.search(text, 0, m.start())
            or _RELATIVE_EVENT.match(text, m.end()) and not _RELATIVE_COUNT.search(text, 0, m.start())]


# what stands before a day's, a month's or a quarter's year: "30/11/", "tháng 12/", "quý IV năm "
_PERIOD_OF_YEAR = re.compile(rf"(?:\d{{1,2}}\s*/\s*\d{{1,2}}|tháng\s+\d{{1,2}}|quý\s*{_Q})\s*(?:/|năm|[.\-–])\s*$", re.IGNORECASE)


def _date_years(text: str) -> list[tuple[int, int]]:
    """The years a cell prints as a date's, by where they stand: not a cited document's ("Theo Quyết định số
    1234/QĐ-UBND năm 2025", "Chỉ thị số 05 năm 2024", "Theo Chiến lược … 2030"), nor a number's or a symbol's
    ("Nghị định số 30/2020/NĐ-CP", "Quyết định số 2015/QĐ-UBND", "mẫu số 2020")."""
    names = cited_document_names(text) + [m.span() for m in _NUMBERED_DOCUMENT.finditer(text)]
    return [(m.start(), int(m.group())) for m in re.finditer(r"(?<![\d\w])(?:19|20)\d\d(?!\d)", text)
            if not any(s <= m.start() < e for s, e in names)
            and not re.match(r"\s*/|[-–]?[^\W\d]", text[m.end():])
            and not re.search(r"(?<!\w)số\s*(?:[\w.\-]*\d[\w.\-]*/\s*)?$", text[max(0, m.start() - 40): m.start()],
                              re.IGNORECASE)]


def _relative_year_deadline(printed: str, text: str, plan_year: int | None) -> Deadline | None:
    """A deadline that names a year relative to the plan's ("Trước ngày 31/01 năm sau", "Quý I năm liền kề", "Năm
    sau"): the year after the plan's, read as if printed ("năm 2027"), never after a number the cell prints; after a
    day's, a month's or a quarter's year printed before it ("Tháng 10/2026 - tháng 3 năm sau"). With no plan year and
    no such printed year, where the cell prints a date's year other than the plan's before it (or, after it, other than the
    plan's or the next: "Chiến lược đến năm 2030; … năm sau", "Quý I năm sau (năm 2027)" in a plan for 2025), or in a
    recurring deadline ("hằng năm, trước ngày 31/01 năm sau": every year's next), no period: its text kept, a warning
    (``deadline_doubt``). A relative year that qualifies no yearless period in a cell that prints a date's year
    ("Quý I/2027 (năm liền kề)") glosses it: None, the cell read as printed."""
    recurring = next((name for pattern, name in _RECURRING if pattern.search(text)), None)
    if recurring:
        return Deadline(text=printed, recurring=recurring)
    matches = relative_years(text)
    years = _date_years(text)
    if any(not _YEARLESS_PERIOD.search(text, 0, m.start()) for m in matches) and years:
        # a gloss in brackets after a period printed with its year ("Quý I/2027 (năm liền kề)") says nothing more: the
        # cell as printed; any other beside a printed year ("Tháng 10/2026, hoàn thành trong năm sau", "Năm 2026 và
        # năm sau", "Năm 2026: tháng 6; năm sau: tháng 3") is a period the rule cannot place: none, a warning
        glosses = all(re.search(r"\(\s*$", text[:m.start()]) for m in matches
                      if not _YEARLESS_PERIOD.search(text, 0, m.start()))
        return None if glosses else Deadline(text=printed)
    if _unplaced_period(text, matches):
        return Deadline(text=printed)
    first = matches[0].start()
    before = [(at, year) for at, year in years if at < first]
    base = plan_year
    if any(year != plan_year for _, year in before):
        # the year of a day, month or quarter printed before it ("Tháng 12/2027 - tháng 02 năm sau"), never a bare
        # year's ("Theo Chiến lược đến năm 2030; … năm sau", "Báo cáo kết quả năm 2024, trước 31/01 năm sau"); so
        # also in a plan with no year of its own ("Từ tháng 10/2026 đến tháng 3 năm sau" under "giai đoạn 2026-2030")
        at, base = before[-1]
        if not _PERIOD_OF_YEAR.search(text, 0, at):
            return Deadline(text=printed)
    if base is None:
        return Deadline(text=printed)
    if any(year not in (base, base + 1) for at, year in years if at >= first):
        return Deadline(text=printed)
    read, end = [], 0
    for m in matches:
        read += [text[end:m.start()], f"năm {base + 1}"]
        end = m.end()
    deadline = parse_deadline("".join(read) + text[end:], plan_year)
    return deadline.model_copy(update={"text": printed, "year_from_plan": not before})


def _words(key: str) -> str:
    return any_of(json_data("task_tables.json")["cited_documents"][key])


# "theo Kế hoạch rà soát … năm 2026", "Theo tiến độ của Đề án … giai đoạn 2026-2030" (data/task_tables.json
# cited_documents): a citing word, a document's kind in its clause, the name on to the clause's end or a time's words
# cited_documents): a citing word ("theo", not "Theo dõi"), a document's kind with its capital ("Kế hoạch", not "theo
# kế hoạch", as planned) in its clause, the name on to its number or symbol ("số 12/KH-UBND", with its day or year),
# else to the clause's end or a time's words ("trong năm", "đến", "vào", "từ", "dự kiến", "quý", "tháng", a dash)
_CAPITAL_KINDS = "|".join(f"(?:{kind[0].upper()}(?i:{kind[1:]}))" for kind in json_data("task_tables.json")["cited_documents"]["kinds"])
_NAME_STOP = rf"(?<!\w)(?i:{_words('stops')})(?!\w)"
_DOCUMENT_SYMBOL = (r"\s+(?i:số)\s*[\w.]*\d[\w./\-]*(?:\s+(?i:ngày)\s*\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}"
                    r"|\s+(?i:ngày)\s+\d{1,2}\s+(?i:tháng)\s+\d{1,2}\s+(?i:năm)\s+\d{4}|\s+(?i:năm)\s+\d{4})?")
# a name's words may end in its horizon ("Chiến lược phát triển nông nghiệp đến năm 2030"); "đến" right after the
# kind opens a time of the cell's own ("Theo Kế hoạch đến tháng 6/2026", "Theo tiến độ Đề án đến năm 2027")
_NAME_HORIZON = rf"(?:\s+(?:(?!{_NAME_STOP})[^,;:()\[\]])+?\s+(?i:đến\s+năm)\s+(?:19|20)\d\d(?!\d))?"
_CITED_NAME = re.compile(rf"(?<!\w)(?i:{_words('openers')})\s(?:(?!{_NAME_STOP})[^,;:()\[\]])*?(?<!\w)(?:{_CAPITAL_KINDS})(?!\w)"
                         rf"(?:{_DOCUMENT_SYMBOL}|{_NAME_HORIZON}(?:(?!{_NAME_STOP})[^,;:()\[\]])*)")
# "Chỉ thị số 05 năm 2024", "Nghị quyết số 08-NQ/TU năm 2021": a document named by its kind and number, its year the name's
_NUMBERED_DOCUMENT = re.compile(rf"(?<!\w)(?:{_CAPITAL_KINDS})(?!\w){_DOCUMENT_SYMBOL}")


def cited_document_names(text: str) -> list[tuple[int, int]]:
    """Where ``text`` cites a document by its name: the years, months and quarters inside are the name's."""
    return [m.span() for m in _CITED_NAME.finditer(text)]


# "Tháng 3, 6, 9, 12", "Quý II và quý IV/2026": periods listed with a gap between them, each one a deadline of its own
_LISTED = re.compile(rf"(?P<word>tháng|quý)\s*(?P<items>(?:\d{{1,2}}(?!\d)|{_Q}\b)(?:\s*(?:,|và)\s*(?:(?P=word)\s*)?"
                     rf"(?:\d{{1,2}}(?!\d)|{_Q}\b))+)(?!\s*(?:ngày|tuần|tháng|giờ)(?!\w))", re.IGNORECASE)


def several_deadlines(text: str) -> list[str]:
    """The deadlines a cell names one by one where it names several ("trước ngày 20/6 và 20/12/2026", "Tháng 3, 6, 9,
    12", "báo cáo 6 tháng trước 15/6, báo cáo năm trước 15/12"): days that each end a time given (not a period's start
    and end, "từ 01/11 đến 31/3"), or months or quarters listed with a gap. A deadline has one start and one end: their
    span is stored, and a warning names them (``deadline_doubt``)."""
    days = [(d.start, text[d.start:d.end]) for d in find_dates(text)
            if d.iso and not _FROM_DAY.search(text[max(0, d.start - 20): d.start])]
    inside = [(d.start, d.end) for d in find_dates(text)]  # "31/01 năm 2027": one day
    days = [day for _, day in sorted(days + [(m.start(), m.group()) for m in _DAY_MONTH.finditer(text)
                                             if not _is_date_part(text, m) and not any(s <= m.start() < e for s, e in inside)])]
    if len(days) > 1 and not _RANGE_JOIN_BEFORE.search(text) and not re.search(r"(?<!\w)từ(?!\w)", text, re.IGNORECASE):
        return days
    for m in _LISTED.finditer(text):
        items = [int(n) if n.isdigit() else _QUARTER_NUMBER[n.upper()]
                 for n in re.findall(rf"\d{{1,2}}|\b{_Q}\b", m.group("items"), re.IGNORECASE)]
        # a gap, or quarters on into the next year ("Quý IV, I": no period read, see parse_deadline)
        if any(b - a > 1 or b < a and m.group("word").lower() == "quý" and _QUARTER_LIST.match(text, m.start())
               for a, b in zip(items, items[1:])):
            return [m.group()]
    return []


def deadline_doubt(deadline: Deadline) -> str | None:
    """Why a deadline as read needs a person's eye: a year named relative to another ("năm sau") read from the plan's
    year, or with none to read it from; a cell that names only a cited document's year ("Theo Kế hoạch … năm 2026");
    several deadlines in one cell, of which only their span is stored (not a recurring one: "Tháng 6 và tháng 12 hằng
    năm" stores no span, its recurrence says it); a date that does not exist ("Trước ngày 31/4/2026")."""
    text = deadline.text
    if impossible := impossible_dates(text):
        read = (f"read as {deadline.start or '…'} to {deadline.end or '…'}" if deadline.start or deadline.end
                else "no period read")
        return f"deadline '{text}' prints a date that does not exist ('{impossible[0]}'): {read}"
    if blank := blank_days(text):
        read = (f"read as {deadline.start or '…'} to {deadline.end or '…'}" if deadline.start or deadline.end
                else "no period read")
        return f"deadline '{text}' leaves the day of a date blank ('{text[slice(*blank[0])]}'): {read}"
    if not (deadline.start or deadline.end or deadline.recurring or deadline.duration) \
            and (now := _NOW_YEAR.search(text)) and not relative_years(text):
        return f"deadline '{text}' names the year it is written in ('{now.group()}'), not the plan's: no period read"
    if (relative := next(iter(relative_years(text) + _others_relative_years(text)), None)) \
            and (deadline.year_from_plan or not deadline.end):
        read = (f"read from the plan's year as {deadline.start or '…'} to {deadline.end or '…'}"
                if deadline.start or deadline.end else "no period read")
        return f"deadline '{text}' names a year relative to another ('{relative.group()}'): {read}"
    if not (deadline.start or deadline.end or deadline.recurring or deadline.duration) and cited_document_names(text) \
            and _PRINTED_YEAR.search(text):
        return f"deadline '{text}' names only a cited document's year or date: no period read"
    if not deadline.recurring and (several := several_deadlines(text)):  # a recurring one says it comes back
        if not (deadline.start or deadline.end):  # "Tháng 6 và tháng 12 (năm 2026)": no span stored
            return f"deadline '{text}' names several deadlines ({', '.join(several)}): no period read"
        return (f"deadline '{text}' names several deadlines ({', '.join(several)}): only their span is stored, "
                f"{deadline.start or '…'} to {deadline.end or '…'}")
    if not (deadline.start or deadline.end) and (past := next(
            (m for m in _MONTHS_PAST_YEAR_END.finditer(text) if _runs_past_year_end(m)), None)):
        return f"deadline '{text}' names months that run past the year's end ('{past.group()}'): no period read"
    if not (deadline.start or deadline.end or deadline.recurring or deadline.duration) and _NAMES_A_YEAR.search(text) \
            and (listed := next((m for pattern in (_MONTH_LIST, _QUARTER_LIST) for m in pattern.finditer(text)
                                 if not m.group("year")), None)):
        kind = "months" if listed.re is _MONTH_LIST else "quarters"
        return f"deadline '{text}' names {kind} without their year ('{listed.group()}') beside another year: no period read"
    if not (deadline.start or deadline.end or deadline.recurring or deadline.duration) \
            and (after := _FIGURE_AFTER_QUARTER.search(text)):
        return f"deadline '{text}' lists a figure after a quarter ('{after.group()}'): a quarter or a month, no period read"
    if not (deadline.start or deadline.end or deadline.recurring or deadline.duration) \
            and (part := _UNBOUNDED_PART.search(text)):
        return f"deadline '{text}' names a part of a period no day bounds ('{part.group()}'): no period read"
    return None


def _first_day(period: re.Match[str], plan_year: int | None) -> date | None:
    """The first day of a month or a quarter (_MONTH, _QUARTER) in its printed year or the plan's; None with neither."""
    year = int(period.group("year")) if period.group("year") else plan_year
    if year is None:
        return None
    if period.re is _MONTH:
        return date(year, int(period.group("month")), 1) if 1 <= int(period.group("month")) <= 12 else None
    return date(year, 3 * _QUARTER_NUMBER[period.group("q").upper()] - 2, 1)


# "Quý IV năm 2026, 1 năm 2027": the list's next is quarter I or January, unsure (parse_deadline reads neither)
_FIGURE_AFTER_QUARTER = re.compile(rf"quý\s*{_Q}\s*(?:/|năm)\s*(?:19|20)\d\d\s*(?:,|và)\s*\d{{1,2}}\s*năm\s*(?:19|20)\d\d",
                                   re.IGNORECASE)
# "Giữa năm", "Đầu quý", "Giữa tháng" (data/task_tables.json unbounded_parts): a time no convention ends on one day
_UNBOUNDED_PART = re.compile(r"(?<!\w)(?:" + any_of(json_data("task_tables.json")["unbounded_parts"]) + r")(?!\w)",
                             re.IGNORECASE)


@lru_cache(maxsize=1)
def _clause_starts() -> re.Pattern[str]:
    words = json_data("task_tables.json")["content_deadlines"]
    return re.compile("^(?:" + any_of(words) + ")", re.IGNORECASE)


# a comma that ends a clause, not one inside a list of months whose next figures alone run to the clause's end
# ("hoàn thành trong tháng 12, 1 năm sau", "tháng 12/2026, 1/2027.", "trong tháng 3, 6, 9 và 12 hằng năm"): broken
# there, the list's first months alone would be a confident wrong end (and its recurrence lost)
# a listed month or day, its word repeated or not ("tháng 6, tháng 12 hằng năm", "ngày 15/6, 15/12 hằng năm")
_LISTED_FIGURE = r"(?:(?:tháng|ngày)\s+)?\d{1,2}(?:\s*/\s*\d{1,2})?(?:\s*/\s*(?:19|20)\d\d)?"
CLAUSE_COMMA = (rf",(?!\s*{_LISTED_FIGURE}(?:\s*(?:,|và)\s*{_LISTED_FIGURE})*(?:\s+năm\s+\w+|\s+h[ằà]ng\s+năm)?"
                r"\s*(?:[.;,)]|$))")
_CLAUSE_BREAK = re.compile(rf"(?:{CLAUSE_COMMA}|[;(])\s*")
_DOCUMENT_NUMBER = re.compile(r"\bsố\s*\d+[^\s,;]*/", re.IGNORECASE)


def starts_with_deadline_words(clause: str) -> bool:
    """"hoàn thành trước …", "trong quý …": the words that open a clause giving a deadline (data/task_tables.json,
    content_deadlines)."""
    return _clause_starts().match(clause) is not None


def cites_document(text: str) -> bool:
    """"theo Quyết định số 12/QĐ-UBND ngày …": a clause naming a document, whose dates are that document's."""
    return _DOCUMENT_NUMBER.search(text) is not None


_ANY_YEAR = 2000  # a stand-in year: whether a clause names a period at all, where the plan has no year


def deadline_clause(content: str, plan_year: int | None) -> str | None:
    """The clause that ends a task's content when it gives the deadline ("…, hoàn thành trước ngày 30/6/2026"):
    read where the table has no deadline column. It must start with a deadline's words (data/task_tables.json,
    content_deadlines) and name a period; a cited document's date ("theo Quyết định số … ngày …") is none."""
    parts = _CLAUSE_BREAK.split(" ".join(content.split()))
    if len(parts) < 2:
        return None
    clause = parts[-1].strip().rstrip(".);").strip()
    if not starts_with_deadline_words(clause) or cites_document(clause):
        return None
    # a plan with no year of its own (over several years) still names a period in "trước ngày 15/12": the clause is
    # kept, its end left unread (tasks.py warns deadline_year_unknown); so is a date that does not exist or whose day is
    # left blank (deadline_doubt)
    return clause if parse_deadline(clause, plan_year if plan_year is not None else _ANY_YEAR).end \
        or impossible_dates(clause) or blank_days(clause) else None


def _touches(period: tuple[date | None, date | None], year: int) -> bool:
    """Whether a period (either bound may be open) reaches into ``year``."""
    start, end = period
    return (start is None or start.year <= year) and (end is None or end.year >= year)


def _as_bounded(text: str, match: re.Match[str], start: date, end: date) -> tuple[date | None, date | None]:
    """The month or quarter ``match`` names as the words before it bound it: from its start with no end ("từ tháng
    3/2026", "bắt đầu từ quý II/2026": from then on, not only then), ending the day before it ("trước quý IV/2026":
    done before it starts), to its end with no start ("đến quý II/2026", "hoàn thành trong tháng 9/2026": due by then),
    or the whole period."""
    before = text[max(0, match.start() - 20): match.start()]
    if _FROM.search(before):
        return start, None
    if _BEFORE.search(before):
        return None, start - timedelta(days=1)
    if _is_until(text, match.start()):
        return None, end
    return start, end


def _is_until(text: str, at: int) -> bool:
    """Whether a by-word ends right before ``at`` ("đến", "hoàn thành trong", "hướng tới"), not as the end of a
    longer phrase that is none ("Trước hết", "Đã cơ bản hoàn thành", "Thực hiện và hoàn thành trong")."""
    opener = _UNTIL.search(text[max(0, at - 40): at])
    return opener is not None and opener.group("until") is not None


def _term_opener(text: str, term: re.Match[str]) -> re.Match[str] | None:
    """What opens a term ("Đến kỳ II/2026": "Đến"), none where "kỳ" is another word's ("Hoa Kỳ 1/2026")."""
    return _TERM_OPENER.search(text, 0, term.start())


def _half_of_year(text: str, term: re.Match[str]) -> tuple[date | None, date | None] | None:
    """The half of its year a term names ("Kỳ II/2026": July to December) as the words before it bound it; none for a
    school's term, a term numbered past two, or a part of a term ("đầu kỳ II")."""
    half = None if term.group("school") else _HALF_OF_TERM.get(term.group("n").upper())
    opener = _term_opener(text, term)
    if half is None or opener is None or opener.group("part"):
        return None
    year = int(term.group("year"))
    start, end = date(year, 6 * half - 5, 1), _month_end(year, 6 * half)
    if opener.group("until"):
        return None, end
    if opener.group("before"):
        return None, start - timedelta(days=1)
    if opener.group("from"):
        return start, None
    return start, end


def _iso_duration(match: re.Match[str]) -> str:
    """"7 ngày" -> "P7D", "04 giờ" -> "PT4H" (ISO 8601: hours after a T)."""
    unit = _DURATION_UNIT[match.group("unit").lower()]
    return f"P{'T' if unit.startswith('T') else ''}{int(match.group('n'))}{unit[-1]}"


def _is_date_part(text: str, match: re.Match[str]) -> bool:
    """"15/3" inside "15/3/2026" or "số 15/3": part of a full date or of a document number, not a day of its own."""
    after = text[match.end(): match.end() + 1]
    return after in "/.-" and after != "" or bool(re.search(r"số\s*$", text[max(0, match.start() - 6): match.start()], re.IGNORECASE))
