"""Indicators stage: rows of indicator tables with their scores and targets as numbers.

Reads ``tables``; writes ``indicators`` and warnings. Two shapes of table: score tables (PAR INDEX, SIPAS, PAPI
criteria: code, criterion, max_score, previous_result, target) and a plan's targets ("Chỉ tiêu | Đơn vị tính |
Thực hiện 2025 | Kế hoạch 2026", a column per year or period). Numbers are printed in Vietnamese notation
("43,7747", "1.200"), or in English where a table was copied from a statistics export ("1,234.5"): the table's
figures that prove a notation beyond doubt ("12,345.6", "1.234.567", a decimal comma "9,5") tell which (``notations``, ``in_vn_notation``); codes with a decimal
comma ("1,1") are codes (1.1), not numbers. A target is read with what it means ("≥ 95%", "Trên 90%", "90 – 95%",
"Giảm 10%": the words in data/target_words.csv); a cell that is not one number stays null with its text kept (and a warning when it holds digits). A criterion's parts are
checked against it where the table is additive (the parts' maximum scores add up to the whole's): when results or targets do not add
up, a warning gives both figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from parsers.common import is_power_of_ten_base

from .agencies import mentions_in
from .cells import MARKED_GROUP_LABEL
from ..model import Document, Indicator, IndicatorValue, Issue, Table, TableRecord, TableRow
from ..resources import csv_rows
from ..text import fold

_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$")
_TOLERANCE = 0.005


def parse_vn_number(text: str) -> float | None:
    """"43,7747" -> 43.7747, "1,50" -> 1.5, "600.000" -> 600000.0; anything else -> None."""
    cleaned = text.strip().rstrip("%").strip()
    if not _NUMBER.match(cleaned):
        return None
    return float(cleaned.replace(".", "").replace(",", "."))


_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_RANGE_TO = r"(?:-|–|—|÷|đến|tới)"  # between a range's bounds: "90 – 95%", "90 đến 95%"
_TARGET = re.compile(rf"(?P<pre>.*?)(?<![\d.,])(?P<low>{_NUM})\s*(?P<low_unit>%)?"
                     rf"(?:\s*{_RANGE_TO}\s*(?P<high>{_NUM}))?(?![\d.,]*\d)(?P<post>.*)", re.DOTALL | re.IGNORECASE)
# a range that prints its unit after each bound ("từ 80,4 triệu đồng đến 80,8 triệu đồng"): the unit once, at the end
_UNIT_AFTER_BOTH = re.compile(rf"(?<![\d.,])(?P<low>{_NUM})\s*(?P<unit>[^\d\s][^\d]*?)\s+(?P<to>{_RANGE_TO})\s*"
                              rf"(?P<high>{_NUM})\s*(?P=unit)$", re.IGNORECASE)
_PERCENT = re.compile(rf"(?<![\d.,])(?:{_NUM})\s*%")
_YEARS = re.compile(r"(\d{4})(?:\s*[-–]\s*(\d{4}))?")
_HEADER_UNIT = re.compile(r"\(([^()\d]{1,20})\)\s*$")  # "Kế hoạch năm 2026 (%)", "(tỷ đồng)"
_NAME_UNIT = re.compile(r"\(([^()\d]{1,30})\)\s*$")  # "Thu ngân sách (tỷ đồng)": a unit when the vocabulary has it
_FOOTNOTE_MARK = re.compile(r"(?<=[\d%\w])\s*(?:\(\d{1,2}\)|\(\*{1,3}\)|\*{1,3})$")  # "34,7(1)", "95%(2)", "70*"
# a note's mark raised after a figure that a copy as text keeps as superscript characters ("15²", "34,7⁽²⁾", "95%¹");
# (a PDF may space them and set its brackets apart: "27 ³⁽ ⁾"); after a unit's letters it is the unit's exponent ("m²"),
# after "10" a power ("10⁵"): both stay
_RAISED_MARK = re.compile(r"(?<=[\d%])(?: ?[⁽⁾⁰¹²³⁴⁵⁶⁷⁸⁹]){1,4}$")
# a figure's sign, stuck to it ("-4,13", "+9%", a typeset minus "−2,5"); a dash and a space before a figure ("- 100%",
# "– 1,5%") is a list's dash, no minus (the cell stays unread); a dash alone is an empty cell
_SIGN = re.compile(r"^(?:(?P<minus>[-–−])|\+)(?=\d)")
_NAME_MARK = re.compile(r"\s*(?:\(\*{1,3}\)|\*{1,3})$")  # "… (tỷ đồng) (*)": a note's mark after a name
_YEAR = re.compile(r"^\d{4}$")
_COMPARATORS = frozenset({">=", ">", "<=", "<", "~"})
_RANKS = {"rank": "=", "rank_top": "<="}  # a place in a ranking, or one no lower than it ("Top 20")
RANK_UNIT = "hạng"
_PLACE_WORD = re.compile(r"(?<!\w)(?:thứ|hạng)(?!\w)", re.IGNORECASE)  # a rank's word as printed, not "Thu", "Hàng"
_OUT_OF = re.compile(r"^\s*/\s*\d+(?!\S)")  # "27/63": a place out of 63
_PER_POWER_OF_TEN = re.compile(r"^/10{0,2}(?:\.000)+$")  # "12/1.000 trẻ đẻ sống", "42/100.000": a rate, no share of a count
# A figure as Vietnamese prints it ("1.234,5", "12,5", "1.234.567") or as an English copy does ("1,234.5", "4.80", a
# statistics portal's export); "1.234" and "1,234" (one separator before three figures) read both ways
_FIGURE = re.compile(r"(?<![\d.,])\d(?:[\d.,]*\d)?")
_VN_FORM = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d+,\d+")
_EN_FORM = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+")
# A figure that proves its table's notation beyond doubt: both separators ("12.345,6", "12,345.6") or several groups
# ("1.234.567", "1,234,567"); a figure only one notation reads ("6.5", "98.5%", "7,5") is read so but proves nothing
# (a version "2.0", a month "12.2025", a score "0.5" print so in a Vietnamese table)
_VN_PROOF = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+,\d+|[1-9]\d{0,2}(?:\.\d{3}){2,}")
_EN_PROOF = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+\.\d+|[1-9]\d{0,2}(?:,\d{3}){2,}")
# a cell that is a month and its year ("12.2025", "6/2026", "tháng 12/2025"): a time, never a value
_MONTH_YEAR = re.compile(r"(?:tháng\s*)?(?:0?[1-9]|1[0-2])\s*[./-]\s*(?:19|20)\d\d", re.IGNORECASE)
_SWAP = str.maketrans(".,", ",.")
_MAX_UNIT_WORDS = 4
_MAX_PHRASE_WORDS = 5  # "tỉnh thành phố dẫn đầu"


@dataclass(frozen=True)
class Target:
    """A cell read as one number, with what it means (``Indicator``'s fields of the same names)."""

    value: float
    high: float | None = None
    comparator: str = "="
    change: str | None = None
    unit: str | None = None


@cache
def _words() -> dict[tuple[str, str], tuple[str, bool]]:
    """(place, folded words) -> (meaning, marks a target in prose), from data/target_words.csv."""
    return {(row["place"], row["words"]): (row["meaning"], row["prose"] == "yes") for row in csv_rows("target_words.csv")}


def _phrases(words: list[str], place: str) -> list[tuple[str, bool]] | None:
    """The meanings of a run of words, each a phrase of the vocabulary (the longest first); None when a word is not."""
    found, i = [], 0
    while i < len(words):
        for n in range(min(_MAX_PHRASE_WORDS, len(words) - i), 0, -1):
            known = _words().get((place, " ".join(words[i:i + n])))
            if known:
                found.append(known)
                i += n
                break
        else:
            return None
    return found


def _folded_words(text: str) -> list[str]:
    """The words as the vocabulary holds them: folded, with no colon or comma ("tỉnh, thành phố dẫn đầu")."""
    return fold(text.replace(":", " ").replace(",", " ")).split()


def _baseline_start(words: list[str]) -> int | None:
    """Where the words after a number end with what a change is measured against ("… so với năm 2025", "so với cùng
    kỳ"): the index of its first word, else None."""
    for start in range(len(words)):
        tail = _folded_words(" ".join(words[start:]))
        if tail and _YEAR.match(tail[-1]):
            tail = tail[:-1]
        if tail and _words().get(("end", " ".join(tail)), ("",))[0] == "baseline":
            return start
    return None


@lru_cache(maxsize=4096)  # score tables repeat their cells ("100", "1,5") row after row
def read_target(printed: str) -> Target | None:
    """A target cell as one number and what it means: "≥ 95%", "Trên 90%", "từ 85% trở lên", "90 – 95%", "Giảm 10%",
    "1.200 hồ sơ"; None for anything else ("x", "Không có", "Đạt 90% cấp tỉnh, 80% cấp huyện")."""
    text = _without_note_mark(" ".join(printed.split()).rstrip(".;"))  # a mark that calls a note under the table
    text = _UNIT_AFTER_BOTH.sub(r"\g<low> \g<to> \g<high> \g<unit>", text)  # "80,4 triệu đồng đến 80,8 triệu đồng"
    # a figure in brackets after words ("Đạt (100%)", "Vượt (120%)") is no value: an assessment's share of the plan
    sign = _SIGN.match(text)
    bare = text[sign.end() if sign else 0:].removesuffix("%").rstrip()
    if _NUMBER.match(bare):  # most cells: a bare number ("43,7747", "95%", "-4,13"), no words to read
        value = parse_vn_number(bare)
        return Target(value=-value if sign and sign["minus"] else value, unit="%" if text.endswith("%") else None)
    match = _TARGET.fullmatch(text)
    if match is None:
        return None
    before = _phrases(_folded_words(match["pre"]), "before")
    out_of = _OUT_OF.match(match["post"])
    post_words = match["post"][out_of.end() if out_of else 0:].split()
    unit = "%" if match["low_unit"] else None
    if post_words and post_words[0].startswith("%"):
        unit, post_words[0] = "%", post_words[0][1:]
        post_words = [w for w in post_words if w]
    if unit == "%" and post_words and post_words[0].startswith("/"):  # "8%/năm": a rate per year
        unit, post_words = unit + post_words[0], post_words[1:]
    per = post_words.pop(0) if unit is None and post_words and _PER_POWER_OF_TEN.match(post_words[0]) else None
    baseline = _baseline_start(post_words)
    if baseline is not None:
        post_words = post_words[:baseline]
    after = _phrases_at_end(post_words)
    post_words = post_words[:len(post_words) - sum(n for _, n in after)]
    after = [known for phrases, _ in after for known in phrases]
    if before is None or any(any(c.isdigit() for c in w) for w in post_words):
        return None
    meanings = {meaning for meaning, _ in before + after}
    if "not" in meanings:
        return None  # "Không …" before words the vocabulary does not list whole: what it negates is not known
    if meanings & {*_RANKS, "rank_group"} or out_of:  # "so với năm 2025" after a place says nothing readable
        return _rank(match, meanings, unit or per, post_words) if baseline is None else None
    if len(post_words) > _MAX_UNIT_WORDS:
        return None
    if per:  # the rate's denominator and what of: "/1.000 trẻ đẻ sống"
        unit = " ".join([per, *post_words])
    elif post_words and unit != "%":  # after a percentage, words say what of ("95% số xã"): the unit stays "%"
        unit = " ".join(post_words)
    change = next((m for m in ("increase", "decrease") if m in meanings), None)
    compared = meanings & _COMPARATORS
    if not _a_level_after_a_fall(meanings, compared, unit, post_words):
        return None  # "Còn 5% chưa giải ngân": what is left; "Giảm xuống 30 thủ tục": by 30 or to 30
    if change and len(meanings & {"increase", "decrease"}) > 1:
        return None
    if baseline is not None and change is None:
        return None  # "95% so với năm 2025": a level measured against a year says nothing readable
    low = parse_vn_number(match["low"])
    if match["high"] is not None:
        high = parse_vn_number(match["high"])
        if compared - {">=", "~"} or high is None or low is None or high < low:
            return None  # "trên 8 - 10%" says two things; "95 - 90" is no range
        return Target(value=low, high=high, comparator="range", change=change, unit=unit)
    if len(compared) > 1 or low is None:
        return None
    return Target(value=low, comparator=next(iter(compared), "="), change=change, unit=unit)


def _a_level_after_a_fall(meanings: set[str], compared: set[str], unit: str | None, post_words: list[str]) -> bool:
    """Whether the words say a level: "còn" alone says what is left (data/target_words.csv: remains), a level only with
    a comparator after it ("Còn dưới 17%"); a fall "xuống" (fall_to) of a count may be by it or to it ("Giảm xuống 30
    thủ tục"), a level only for a share ("Giảm xuống 1,8%") or with a comparator; a negation after the figure says what
    is left undone ("Còn dưới 5% chưa giải ngân", "Giảm còn 2% chưa đạt"): no level."""
    if "remains" in meanings and not compared:
        return False
    if "fall_to" in meanings and not compared and not (unit and (_is_percent(fold(unit)) or unit.startswith("‰"))):
        return False
    return not any(_negates([word]) for word in post_words)


def _bare_figure(printed: str) -> bool:
    """Whether a cell is a figure alone ("8,5", "95%", "-4,13", "34,7(1)"), no words beside it ("Đạt 100%")."""
    text = _without_note_mark(" ".join(printed.split()))
    sign = _SIGN.match(text)
    return _NUMBER.match(text[sign.end() if sign else 0:].removesuffix("%").rstrip()) is not None


def _without_note_mark(text: str) -> str:
    """The cell without the mark after its figure that calls a note under the table ("34,7(1)", "70*", "15²")."""
    text = _FOOTNOTE_MARK.sub("", text)
    raised = _RAISED_MARK.search(text)
    return text[:raised.start()] if raised and not is_power_of_ten_base(text[:raised.start()]) else text


def _phrases_at_end(words: list[str]) -> list[tuple[list[tuple[str, bool]], int]]:
    """The vocabulary's phrases the words end with ("… trở lên", "… tỉnh dẫn đầu"), the longest first, each with its
    count of words; stops at the first word that is none."""
    found: list[tuple[list[tuple[str, bool]], int]] = []
    end = len(words)
    while end:
        for n in range(min(_MAX_PHRASE_WORDS, end), 0, -1):
            known = _phrases(_folded_words(" ".join(words[end - n:end])), "after")
            if known is not None:
                found.insert(0, (known, n))
                end -= n
                break
        else:
            break
    return found


def _rank(match: re.Match, meanings: set[str], unit: str | None, post_words: list[str]) -> Target | None:
    """A place in a ranking ("Xếp thứ 27/63", "Top 20", "Trong nhóm 20 tỉnh dẫn đầu"): a whole number and rank words
    only; anything beside them (a percentage, a range, a change, other words: "Top 4 ASEAN") leaves it unread."""
    ranks = meanings & _RANKS.keys()
    beside = {"=", "rank_group"} if ranks == {"rank_top"} else {"="}  # "Trong nhóm 20 tỉnh dẫn đầu"; "Nhóm 2" no rank
    if (len(ranks) != 1 or meanings - ranks - beside or unit or post_words or match["high"]
            or not re.fullmatch(r"\d{1,3}", match["low"])):
        return None
    if ranks == {"rank"} and not _PLACE_WORD.search(match["pre"]):
        return None  # "Thu 450", "Hàng 100": folded alike, no place's word printed
    return Target(value=float(match["low"]), comparator=_RANKS[ranks.pop()], unit=RANK_UNIT)


def target_in_name(name: str) -> tuple[Target, str] | None:
    """The target an indicator's name states ("Tỷ lệ hồ sơ … đạt trên 80%"), with the words it was read from: only
    when the name holds exactly one percentage, right after words that mark a target ("đạt", "trên", "tối thiểu")."""
    percents = list(_PERCENT.finditer(name))
    if len(percents) != 1:
        return None
    percent = percents[0]
    head = name[:percent.start()]
    low = re.search(rf"(?:{_NUM})\s*%?\s*{_RANGE_TO}\s*$", head)  # the low bound of a range "90 – 95%"
    if low:
        head = head[:low.start()]
    words = head.split()
    tail = name[percent.end():].split()
    suffix = tail[:2] if _phrases(_folded_words(" ".join(tail[:2])), "after") else []
    for n in range(min(_MAX_PHRASE_WORDS, len(words)), 0, -1):
        marks = _phrases(_folded_words(" ".join(words[-n:])), "before")
        if marks and all(prose for _, prose in marks):
            if _negates(words[:-n]):
                return None  # "… không nhỏ hơn 80%" with "không" outside the phrase: never "< 80"
            phrase = " ".join(words[-n:] + ([name[low.start():low.end()].strip()] if low else [])
                              + [percent.group()] + suffix)
            phrase = " ".join(phrase.split())
            target = read_target(phrase)
            return (target, phrase) if target else None
    return None


def _negates(words: list[str]) -> bool:
    """Whether the last word is a negation ("không", "chưa": data/target_words.csv) of the phrase after it."""
    return bool(words) and _words().get(("before", " ".join(_folded_words(words[-1]))), ("",))[0] == "not"


@cache
def _units() -> frozenset[str]:
    return frozenset(row["unit"] for row in csv_rows("indicator_units.csv"))


def unit_in_name(name: str) -> str | None:
    """The unit an indicator's name ends with in brackets ("… (tỷ đồng)", "… (%)", "(triệu đồng/người)"), as printed;
    None for other words in brackets ("(GRDP)", "(theo chuẩn nghèo đa chiều)")."""
    bracket = _NAME_UNIT.search(_NAME_MARK.sub("", name.rstrip()))  # "(%)(*)": the unit before a note's mark
    if bracket is None:
        return None
    unit = " ".join(bracket.group(1).split())
    return unit if _known_unit(unit) else None


def _known_unit(unit: str) -> bool:
    """Whether a unit is one of data/indicator_units.csv ("tỷ đồng", "%", "xã"; after "/" any words: "bác sĩ/vạn dân")."""
    return " ".join(fold(unit.split("/")[0]).split()) in _units()


def _form(figure: str) -> str | None:
    """How a figure's separators read: "vn" only in Vietnamese notation, "en" only in English, "either", or None (a
    whole number, or no number in either)."""
    vn, en = _VN_FORM.fullmatch(figure) is not None, _EN_FORM.fullmatch(figure) is not None
    return "either" if vn and en else "vn" if vn else "en" if en else None


def _proofs(cells: list[str]) -> frozenset[str]:
    """The notations figures prove beyond doubt: both separators or several groups (``_VN_PROOF``, ``_EN_PROOF``);
    for Vietnamese also a decimal comma no English figure can be ("9,5", "0,84", "9,905" after a "0": "0,125"), which
    has no other use in a value cell (a dot has: a version "2.0", a month "12.2025", a section "2.1")."""
    found = set()
    for figure in (figure for cell in cells for figure in _FIGURE.findall(cell)):
        if _VN_PROOF.fullmatch(figure) or (_form(figure) == "vn" and "." not in figure):
            found.add("vn")
        elif _EN_PROOF.fullmatch(figure):
            found.add("en")
    return frozenset(found)


def notations(cells: list[str]) -> frozenset[str]:
    """The notations a table's figures prove ("vn": "12.345,6", "1.234.567", a decimal comma "9,5"; "en": "12,345.6",
    "1,234,567"), from its value cells (``_proofs``). A figure only English reads and proving nothing beyond doubt
    ("6.5", "98.5%", "2.0") is read so, but proves nothing of the others: a version "2.0", a month "12.2025" or a score
    "0.5" print so in a Vietnamese table, and a false proof of English would turn its "1.200" into 1,2. It speaks
    against a proof of Vietnamese, though: then nothing is proved (the national notation's "1.200" is read, a comma
    "1,500" is not). English proved beside a figure only Vietnamese reads is both (what reads two ways stays unread)."""
    proven = _proofs(cells)
    if proven == {"vn"} and any(_form(figure) == "en" for cell in cells for figure in _FIGURE.findall(cell)):
        return frozenset()
    return proven


def in_vn_notation(printed: str, proven: frozenset[str] = frozenset()) -> str | None:
    """The cell with its figures in Vietnamese notation, as read_target reads them: a figure only English notation
    reads is turned ("1,234.5" -> "1.234,5"); one both read ("1.234", "1,234") follows what its table's figures
    prove (``notations``), and where they prove nothing a dot before three figures is the Vietnamese
    thousands ("1.234": the national notation, the one every Vietnamese page writes), a comma not ("1,500" is 1,5 or
    1500: an English copy's thousands as often); None where a figure reads two ways and the document does not tell
    which (it proves neither for a comma, or both): never a guess."""
    unclear = False

    def turned(match: re.Match) -> str:
        nonlocal unclear
        figure = match.group()
        form = _form(figure)
        if form == "en" or (form == "either" and proven == {"en"}):
            return figure.translate(_SWAP)
        if form == "either" and proven != {"vn"} and (proven or "," in figure):
            unclear = True
        return figure

    text = _FIGURE.sub(turned, printed)
    return None if unclear else text


def _code(printed: str) -> str:
    return printed.strip().rstrip(".").replace(",", ".")


_ROMAN_CODE = re.compile(r"[IVXLC]+")


def _parent_code(code: str, previous: list[Indicator], roman: str | None) -> str | None:
    """"1.3.1" -> the "1.3" before it; "-" -> the last numbered criterion; "1" after "I" -> "I". ``roman``: the id of
    the last of ``previous`` numbered in Roman numerals, kept by the caller as it reads the rows (searched back from
    each row numbered in figures, it read the whole table again where no Roman numeral heads it)."""
    if not code:
        return None
    if "." in code:
        prefix = code.rsplit(".", 1)[0]
        return next((p.id for p in reversed(previous) if p.code == prefix), None)
    if code in ("-", "–"):
        return next((p.id for p in reversed(previous) if p.code not in ("-", "–", "")), None)
    if code.isdigit():
        return roman
    return None


_VALUE_ROLES = {"previous_result": "result", "target": "target", "period": "target", "score": "result", "rank": "result"}
# In a score table (criteria and their points) a status column ("Tự đánh giá", "Đánh giá") holds the points given.
_SCORE_TABLE_VALUE_ROLES = {**_VALUE_ROLES, "status": "result"}


def _period(name: str) -> str | None:
    """The period a column's name says; of a two-line name ("Giai đoạn 2025 - 2027 / Năm 2026"), its lower line's when
    that names one (the span over its years holds each of them), else its upper line's ("Năm 2025 / Kế hoạch")."""
    for line in reversed(name.split(" / ")):
        if years := _YEARS.search(line):
            return "-".join(y for y in years.groups() if y)
    return None


def _value_columns(table: TableRecord, plan_year: int | None) -> list[tuple[int, str, str | None, str, str | None]]:
    """(index, header, period, kind, unit) of each result or target column; a column named by a period alone ("Năm
    2024") is a result when the period ended before the plan's year, else a target; a column of places by year
    ("Xếp hạng 2024") a result, or a target from the plan's year on; a unit its header ends with ("Mục tiêu năm 2025
    (%)"), a rank column's "hạng"."""
    found = []
    value_roles = _SCORE_TABLE_VALUE_ROLES if "criterion" in {c.role for c in table.columns} else _VALUE_ROLES
    for c, column in enumerate(table.columns):
        kind = value_roles.get(column.role)
        if kind is None:
            continue
        period = _period(column.name)
        if column.role == "period" and plan_year and period and int(period[-4:]) < plan_year:
            kind = "result"
        if column.role == "rank" and plan_year and period and int(period[-4:]) >= plan_year:
            kind = "target"
        unit = _HEADER_UNIT.search(column.name)
        unit = RANK_UNIT if column.role == "rank" else unit.group(1).strip() if unit else None
        found.append((c, column.name, period, kind, unit))
    return found


_PLACE = re.compile(r"^(\d{1,3})(?:\s*/\s*\d{1,3})?$")  # a rank column's cell: "38", "38/63"


def _place(printed: str) -> Target | None:
    """A cell of a column of places ("Xếp hạng 2024"): a whole place ("38", "38/63") or a rank in words ("Top 20");
    anything else (a decimal, a change "Tăng 5 bậc") is no place."""
    place = _PLACE.match(_without_note_mark(printed.strip()))
    if place:
        return Target(value=float(place.group(1)), unit=RANK_UNIT)
    target = read_target(printed)
    return target if target is not None and target.unit == RANK_UNIT else None


def _value(column: str, period: str | None, kind: str, printed: str, unit: str | None,
           assessment: bool, proven: frozenset[str] = frozenset()) -> tuple[IndicatorValue, str | None] | None:
    """A result or target cell read as a number in the row's unit, and the unit the cell prints beside its figure when
    it is another ("Giảm 5%" in a row of "vụ"): then no number (the row's one unit cannot hold it). An assessment
    column's cell (``assessment``) that is no value of the row is no value at all: None. Its figures are read in the
    notation the document's figures prove (``proven``: ``in_vn_notation``), none where that is not told."""
    figures = None if _MONTH_YEAR.fullmatch(printed) else in_vn_notation(printed, proven)
    target = None if figures is None else _place(figures) if unit == RANK_UNIT else read_target(figures)
    if not _of_the_row(figures or printed, target, unit, assessment):
        if assessment:
            return None
        return (IndicatorValue(column=column, period=period, kind=kind, printed=printed, unit=unit),
                target.unit if target is not None else None)
    if target.unit == RANK_UNIT:
        unit = None  # a place in a ranking whatever the row's unit ("Top 20" in a row of points)
    return IndicatorValue(column=column, period=period, kind=kind, printed=printed, value=target.value, high=target.high,
                          comparator=target.comparator, change=target.change, unit=unit or target.unit), None


def _of_the_row(printed: str, target: Target | None, unit: str | None, assessment: bool) -> bool:
    """Whether a cell is a value of its row: a figure read (``read_target``, a place in a rank column) in the row's
    unit (``_other_unit``: not "Giảm 10%" in a row of "vụ"); in an assessment column ("Đánh giá", "Tự đánh giá") only a
    figure alone, a score table's points ("8,5"): with words beside it ("Đạt 100%", "Vượt 2 xã") the cell is the
    assessment's."""
    if target is None or (target.unit != RANK_UNIT and _other_unit(unit, target.unit)):
        return False
    return not assessment or _bare_figure(printed)


def _is_percent(unit: str) -> bool:
    return "%" in unit or "phan tram" in unit


def _other_unit(row: str | None, cell: str | None) -> bool:
    """Whether the unit a cell prints beside its figure is another than the row's: "%" in a row of "vụ" (a share of the
    count, not that many), "nghìn người" in a row of "người". A percentage and percentage points or a rate a year
    ("điểm %", "%/năm") are alike; words after the row's unit say what of ("doanh nghiệp mới"), the row's first words
    are its short form ("tỷ" of "tỷ đồng", "bác sĩ" of "bác sĩ/vạn dân"); words in brackets are a remark ("(đạt)")."""
    if not row or not cell or cell.startswith("("):
        return False
    row, cell = (" ".join(fold(u).split()) for u in (row, cell))
    if _is_percent(row) or _is_percent(cell):
        return _is_percent(row) != _is_percent(cell)
    return not (cell == row or cell.startswith(row + " ") or row.startswith((cell + " ", cell + "/")))


def _previous_result(values: list[IndicatorValue], target: IndicatorValue | None,
                     rank_columns: set[str]) -> IndicatorValue | None:
    """The last result; for a target that is a place ("Top 20"), the last place before it if any ("Xếp hạng 2025"); a
    column of places is never the result of a target in points or any other measure."""
    results = [v for v in values if v.kind == "result"]
    if target is not None and target.unit == RANK_UNIT:
        return ([v for v in results if v.unit == RANK_UNIT] or results or [None])[-1]
    return next((v for v in reversed(results) if v.column not in rank_columns), None)


def _value_cells(table: TableRecord, plan_year: int | None) -> list[str]:
    """The cells of a table's result and target columns."""
    columns = [c for c, *_ in _value_columns(table, plan_year)]
    return [row.cells[c] for row in table.rows if row.kind != "header" for c in columns if c < len(row.cells)]


def _short_of_a_value(row: TableRow, value_columns: list[tuple[int, str, str | None, str, str | None]],
                      width: int, printed: int) -> bool:
    """Whether a row copied as text (a paragraph a cell, or cells ended by "|") prints fewer cells (``printed``) than
    the columns it does not take from the row above, and a result or target cell of it is empty: the reader fills the
    columns in order, so a cell lacking before its figures (a value merged across two years printed once, a dropped
    empty one) moves each later figure a year back; a row short of its note alone reads right."""
    if printed >= width - len(row.merged_from_above):
        return False
    return any(not row.cells[c].strip() for c, *_ in value_columns
               if c < len(row.cells) and c not in row.merged_from_above)


def _cells_printed(row: TableRow, layout: str, cell_ends: frozenset[str] | None) -> int:
    """How many cells a row copied as text prints: a paragraph a cell (``lines``); in a '|' copy the paragraphs that
    end a cell (``cell_ends``; a cell may run over several lines), its paragraphs where those are not told."""
    if layout == "pipe" and cell_ends is not None:
        return sum(1 for b in row.blocks if b in cell_ends)
    return len(row.blocks)


def _figure_not_unit(printed: str) -> bool:
    """Whether a unit cell holds a figure ("2.100.000", "Dưới 2"), no unit of data/indicator_units.csv ("m2", "km2")."""
    return read_target(printed) is not None and not _known_unit(printed)


_UNTOLD = "untold"


def _period_across(value_columns: list[tuple[int, str, str | None, str, str | None]], c: int, span: int,
                   period: str | None) -> str | None:
    """The period of a value cell merged across ``span`` columns from column ``c`` ("Dưới 2" over "Năm 2026 | Năm
    2027"): the years from the earliest column's to the latest's ("2026-2027"), never the first's alone; ``_UNTOLD`` where
    the columns are results and targets both, or some name a year and some none. Over columns of one kind that name no
    year ("Điểm tự đánh giá | Điểm thẩm định": a score given once for both) the first column's reading: no year to
    stretch, no kind to choose."""
    covered = [(p, kind) for v, _, p, kind, _ in value_columns if c <= v < c + span]
    if len(covered) < 2:
        return period
    if len({kind for _, kind in covered}) > 1:
        return _UNTOLD
    if all(p is None for p, _ in covered):
        return period
    if any(p is None for p, _ in covered):
        return _UNTOLD
    start, end = min(p[:4] for p, _ in covered), max(p[-4:] for p, _ in covered)  # "2030 | Tổng 2026-2030"
    return start if start == end else f"{start}-{end}"


def merged_across(tables: list[Table]) -> list[tuple[tuple[str, ...], dict[int, int]]]:
    """Each grid row of real tables (HTML, DOCX, PDF), in order, by its texts (``Table.grid`` with ``across=False``, as
    the tables stage reads rows), with its cells merged across columns: {column: columns spanned} (empty for none)."""
    found: list[tuple[tuple[str, ...], dict[int, int]]] = []
    for table in tables:
        grid = table.grid(across=False)
        spans: list[dict[int, int]] = [{} for _ in grid]
        for cell in table.cells:
            if cell.col_span > 1:
                for r in range(cell.row, min(cell.row + cell.row_span, len(grid))):
                    spans[r][cell.col] = cell.col_span
        found += [(tuple(texts), row_spans) for texts, row_spans in zip(grid, spans)]
    return found


def spans_of_rows(rows: list[TableRow], grid_rows: list[tuple[tuple[str, ...], dict[int, int]]]) -> dict[int, dict[int, int]]:
    """Each row's cells merged across columns (``merged_across``), by the row's index in ``rows``. A row is matched to
    its grid row by position, never by its texts alone: two rows printing the same texts (one commune's "1 | Tỷ lệ trẻ
    em … | % | 98 | 100" merged over two years, another's with "100" under one year) each take their own grid row's
    spans: the k-th row of those texts the k-th grid row of them. Where that is not sure (the tables stage made or
    dropped a row of those texts: their counts differ) and the grid rows of those texts merge differently, the row
    takes none (read as a cell of its first column), never another row's."""
    by_texts: dict[tuple[str, ...], list[dict[int, int]]] = {}
    for texts, spans in grid_rows:
        by_texts.setdefault(texts, []).append(spans)
    counts: dict[tuple[str, ...], int] = {}
    for row in rows:
        key = tuple(row.cells)
        counts[key] = counts.get(key, 0) + 1
    found: dict[int, dict[int, int]] = {}
    seen: dict[tuple[str, ...], int] = {}
    for index, row in enumerate(rows):
        key = tuple(row.cells)
        k = seen[key] = seen.get(key, -1) + 1
        options = by_texts.get(key)
        if not options:
            continue
        if all(spans == options[0] for spans in options):
            spans = options[0]
        elif counts[key] == len(options):
            spans = options[k]
        else:
            continue
        if spans:
            found[index] = spans
    return found


def indicators_of(table: TableRecord, plan_year: int | None = None, proven: frozenset[str] | None = None,
                  row_spans: dict[int, dict[int, int]] | None = None,
                  cell_ends: frozenset[str] | None = None) -> tuple[list[Indicator], list[Issue]]:
    """The table's indicators and warnings; its figures read in the notation ``proven`` (``notations``: the
    document's), by default the one the table's own figures prove; ``row_spans`` (``spans_of_rows``): each row's cells
    merged across columns, by the row's index in ``table.rows``; ``cell_ends``: in a '|' copy, the paragraphs that end
    a cell."""
    row_spans = row_spans or {}
    if proven is None:
        proven = notations(_value_cells(table, plan_year))
    roles = [c.role for c in table.columns]
    value_columns = _value_columns(table, plan_year)
    rank_columns = {column for _, column, _, _, unit in value_columns if unit == RANK_UNIT}
    found: list[Indicator] = []
    roman: str | None = None  # the id of the last indicator numbered in Roman numerals (_parent_code)
    issues: list[Issue] = []
    untold = [c.name for c in table.columns if c.role == "period_untold"]
    if untold:
        issues.append(Issue(
            code="indicator_period_untold",
            message=f"{table.id}: which year heads the columns '{untold[0].rsplit(' [', 1)[0]}' is not told (a header "
                    f"flattened, or its lower row copied alone), so {len(untold)} columns are kept as printed, no result "
                    "or target read",
            where={"block": None, "line": table.rows[0].line_start if table.rows else None, "page": None}))

    def row_issue(code: str, message: str) -> Issue:
        """A warning on the row the loop below is at (``index``, ``row``, ``name`` read when called)."""
        return Issue(code=code, message=f"{table.id} row {index} '{name[:60]}': {message}",
                     where={"block": None, "line": row.line_start, "page": row.page})

    for index, row in enumerate(table.rows):
        if row.kind == "header":
            continue
        cell = {role: text for role, text in zip(roles, row.cells)}
        name = cell.get("criterion" if table.kind == "indicators" else "content", "").strip()
        code = _code(cell.get("number", ""))
        if not name and (label := MARKED_GROUP_LABEL.fullmatch(cell.get("number", "").strip())):
            code, name = label.group("mark"), label.group("title")  # "I. CHỈ TIÊU KINH TẾ" merged across the row
        if not name:
            continue
        unit = cell.get("unit", "").strip() or unit_in_name(name)
        # a row copied as text short of a cell: its figures sit under the wrong years, and the unit column may hold
        # the first of them ("2 | Số khách du lịch | 2.100.000 | 2.300.000 | 2.500.000", its unit cell dropped)
        short_row = (table.layout in ("lines", "pipe")
                     and _short_of_a_value(row, value_columns, len(roles), _cells_printed(row, table.layout, cell_ends)))
        if short_row and _figure_not_unit(cell.get("unit", "").strip()):
            unit = unit_in_name(name)
        read = []
        for c, column, period, kind, column_unit in value_columns:
            if c >= len(row.cells) or not row.cells[c].strip():
                continue
            period = _period_across(value_columns, c, row_spans.get(index, {}).get(c, 1), period)
            if period is _UNTOLD:
                read.append((IndicatorValue(column=column, kind=kind, printed=row.cells[c].strip(), unit=unit), None))
                issues.append(row_issue("indicator_span_untold",
                                        f"'{row.cells[c].strip()}' is merged across columns of results and targets, "
                                        "or of no year: which it is, is not told: kept as printed, no value"))
            elif (reading := _value(column, period, kind, row.cells[c].strip(),
                                    RANK_UNIT if column_unit == RANK_UNIT else unit or column_unit,
                                    assessment=roles[c] == "status", proven=proven)) is not None:
                read.append(reading)
        short = bool(read) and short_row
        if short:
            read = [(value.model_copy(update={"period": None, "value": None, "high": None, "comparator": None,
                                              "change": None}), None)
                    for value, _ in read]
            issues.append(row_issue("indicator_row_short",
                                    "copied as text, it prints fewer cells than the header has columns, and a result "
                                    "or target column is left empty: which cell it lacks is not told, so its figures "
                                    "may sit under the wrong years: kept as printed, no value"))
        values = [value for value, _ in read]
        if table.kind == "tasks" and (row.kind != "data" or not values):
            continue  # a task table with target columns: its rows that give a target are indicators too
        for value in values:
            if in_vn_notation(value.printed, proven) is None:
                issues.append(row_issue("indicator_notation_untold",
                                        f"'{value.printed}' reads two ways (one separator before three digits: "
                                        "thousands in one notation, decimals in the other) and the document's figures "
                                        "do not prove which notation it prints: kept as printed, no value"))
        target = next((v for v in reversed(values) if v.kind == "target"), None)
        result = _previous_result(values, target, rank_columns)
        fields = {}
        if target is not None:
            fields = {"target": target.value, "target_high": target.high, "comparator": target.comparator,
                      "change": target.change, "unit": target.unit, "target_printed": target.printed,
                      "target_period": target.period, "target_from": "cell"}
            other = next((other for value, other in read if value is target), None)
            if other:
                # a unit the registry of units knows is read for sure: the figure is held in it ("50 xã" of a row in
                # "%"); another ("12 vụ việc") leaves no value
                held = _known_unit(other) and (figure := read_target(in_vn_notation(target.printed, proven) or "")) is not None
                if held:
                    fields |= {"target": figure.value, "target_high": figure.high, "comparator": figure.comparator,
                               "change": figure.change, "target_unit": other}
                issues.append(row_issue("indicator_target_unit_differs",
                                        f"target '{target.printed}' is counted in '{other}', the row in "
                                        f"'{target.unit}': "
                                        + ("its figure kept in target_unit" if held else "kept as printed, no value")))
            elif (target.value is None and not short and any(ch.isdigit() for ch in target.printed)
                  and in_vn_notation(target.printed, proven) is not None):  # else said above
                issues.append(row_issue("indicator_target_unread",
                                        f"target '{target.printed}' is not one number: kept as printed, no value"))
        elif not value_columns and not untold and (stated := target_in_name(name)):
            read, phrase = stated
            fields = {"target": read.value, "target_high": read.high, "comparator": read.comparator,
                      "change": read.change, "unit": unit or read.unit, "target_printed": phrase, "target_from": "name"}
        indicator = Indicator(
            id=f"{table.id}__ind_{len(found) + 1}", table=table.id, code=code or None, name=name,
            parent=_parent_code(code, found, roman),
            max_score=parse_vn_number(cell.get("max_score", "")),
            previous_result=result.value if result and result.comparator == "=" and result.high is None else None,
            values=values, lead=mentions_in(cell.get("lead", "")),
            row=index, line_start=row.line_start, **{"unit": unit, **fields},
        )
        found.append(indicator)
        if indicator.code and _ROMAN_CODE.fullmatch(indicator.code):
            roman = indicator.id
    return found, issues


def _is_rank(indicator: Indicator, field: str) -> bool:
    """Whether the indicator's previous result or target (the last value of its kind) is a place in a ranking."""
    kind = {"previous_result": "result", "target": "target"}.get(field)
    last = next((v for v in reversed(indicator.values) if v.kind == kind), None)
    return last is not None and last.unit == RANK_UNIT


def parts_by_parent(found: list[Indicator]) -> dict[str | None, list[Indicator]]:
    """Each parent's id -> its parts, in the table's order: ``[i for i in found if i.parent == id]`` for every id at
    once (one pass, where asking it of each row read the whole table again: a table of hundreds of rows was quadratic)."""
    parts: dict[str | None, list[Indicator]] = {}
    for indicator in found:
        parts.setdefault(indicator.parent, []).append(indicator)
    return parts


def check_sums(found: list[Indicator]) -> list[Issue]:
    issues = []
    parts = parts_by_parent(found)
    for parent in found:
        children = parts.get(parent.id, [])
        maxima = [c.max_score for c in children]
        if not children or parent.max_score is None or None in maxima:
            continue
        if abs(sum(maxima) - parent.max_score) > 0.05 * parent.max_score:
            continue  # not an additive criterion (SIPAS scores are each out of 100)
        for field in ("max_score", "previous_result", "target"):
            values = [getattr(c, field) for c in children]
            whole = getattr(parent, field)
            if whole is None or None in values or any(_is_rank(i, field) for i in (parent, *children)):
                continue  # places in a ranking ("Top 20") add up to nothing
            if abs(sum(values) - whole) > _TOLERANCE:
                issues.append(Issue(
                    code="indicator_sum_mismatch",
                    message=f"{parent.table} '{parent.code} {parent.name}': {field} is {whole:g} but its {len(children)} parts add up to {sum(values):.4g}",
                    where={"block": None, "line": parent.line_start, "page": None}))
    return issues


def indicators(doc: Document) -> Document:
    found: list[Indicator] = []
    issues: list[Issue] = []
    issued = doc.metadata.issued_date
    plan_year = int(issued[:4]) if issued else None
    read = [table for table in doc.tables if table.kind == "indicators"
            or (table.kind == "tasks" and _VALUE_ROLES.keys() & {c.role for c in table.columns})]
    # each table read in the notation its own figures prove; a document whose tables prove both leaves the figures
    # that read two ways unread in all of them (a copy of mixed sources: no table's notation is sure)
    proofs = [notations(_value_cells(table, plan_year)) for table in read]
    both = frozenset({"vn", "en"}) if frozenset().union(*proofs) == {"vn", "en"} else None
    grids = {b.id: b.table for b in doc.blocks if b.table is not None}
    cell_ends = frozenset(b.id for b in doc.blocks if b.cell_end)
    for table, proven in zip(read, proofs):
        spans = (spans_of_rows(table.rows, merged_across([grids[b] for b in table.blocks if b in grids]))
                 if table.layout == "grid" else {})
        rows, unread = indicators_of(table, plan_year, both or proven, spans, cell_ends)
        found += rows
        issues += unread + check_sums(rows)
    return doc.with_warnings(issues, indicators=found)
