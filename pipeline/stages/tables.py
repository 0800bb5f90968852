"""Tables stage: every table as header, column roles and rows, from real tables and from flattened text.

Reads body blocks (``text``, ``cell_end``, ``table``) and the annex headings; writes ``tables`` and
warnings. Three layouts:

- ``grid``: a real table from a reader (DOCX, HTML, PDF): rows of cells, merged cells already repeated.
- ``pipe``: text copied from a web page where each cell ends with "|" (sample 001). The header gives the
  column count and the cells follow in order.
- ``lines``: text copied from a web page with each cell on its own paragraph(s) (samples 000, 003). Cell
  boundaries are lost: one cell can hold several "- " paragraphs, an empty cell is a non-breaking
  space, merged cells are simply missing. The rows are recovered by aligning the paragraphs to the
  columns (``align``): a small dynamic programme that scores each paragraph against each column's
  role (a row number, an agency, a deadline, a long task text …) and lets a row start over at any
  column (a sub-row under merged cells). Rows whose alignment is doubtful keep their raw text and
  are flagged; no paragraph is dropped.
"""

from __future__ import annotations

import itertools
import operator
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from .agencies import lead_in_group_title
from .clean import TABLE_STARTS
from .cells import (AGENCY, BARE_LETTER, GROUP_LABEL, MARKED_GROUP_LABEL, PERSON, PRODUCT, ROLE_LABEL,
                    ROW_NUMBER, TASK_CODE, dashed_part, is_ditto, find_time_words, is_role_mark, is_total_label,
                    looks_like_agency, looks_like_deadline, names_a_phase_only)
from .status import is_report, opens_report, read_status
from .dates import find_dates
from .columns import (AGENCY_ROLES, BODIES_UNREAD, INDICATOR_ROLES, Header, column_role, columns_from, continues_table, folded_name,
                      YEAR_ALONE, untold_year_names,
                      header_of, indicator_roles, is_plan_and_done, is_stage_by_name, is_task_row, reports_results, table_kind, with_marked_bodies, with_report_results)
from ..model import Block, Cell, Document, Issue, Layer, Table, TableColumn, TableRecord, TableRow, trusted
from .numbering import Label, classify
from .parts import KEM_THEO, MOTTO, RECIPIENTS, STATE_MOTTO, annex_heading, is_signature_line, signature_line_in_any_case
from ..resources import body_start, is_page_mark, json_data, listed_pattern, names_a_place
from ..text import CAPITAL_LETTERS, LETTER_LABEL, fold, is_upper_line
from ..spelling import is_syllable

_HEADER_START = TABLE_STARTS
_COLUMN_NUMBERS = re.compile(r"^\(?\s*\d{1,2}\s*\)?$")  # a header row "(1) (2) (3) …" ("( 1 )") under the names


# ---------------------------------------------------------------------------------------------------
# Finding flattened tables


@dataclass(frozen=True)
class Region:
    start: int  # index of the first header block
    end: int  # one past the last block
    section_title: str | None
    # the line after it, a place-and-date at the place column's position in the last row, is the document's closing
    # line: that row ends short, the cells it does not print empty (never the row above's)
    closed_short: bool = False


def find_regions(blocks: list[Block], issued: str | None = None) -> list[Region]:
    """A flattened table starts at its header: a header cell "TT"/"STT" inside an annex, or anywhere a run of short
    paragraphs that name a table's columns (at least three, two of them task roles: "Nội dung công việc", "Đơn vị
    chủ trì", "Tiến độ"). It runs to the next annex heading, or to the first part of the document after it: a
    heading "III. TỔ CHỨC THỰC HIỆN", an article, "Nơi nhận", the signature (or the end of the document).
    ``issued``: the document's issue date as the metadata read it (ISO), which its closing line repeats."""
    regions = []
    title = None
    # each paragraph's stripped text, and whether it ends a run of column names: read once, not once for every
    # paragraph whose look-ahead reaches it (a run of short lines was read again from each of its lines)
    texts = [(b.text or "").strip() for b in blocks]
    ends_names = [bool(t) and _ends_names(t) for t in texts]
    i = 0
    while i < len(blocks):
        text = blocks[i].text or ""
        if annex_heading(text):
            title = _annex_title(blocks, i)
        if (title is not None and _HEADER_START.match(text)) or _names_columns(texts, ends_names, i):
            if _number_column_name(blocks, i):
                i -= 1  # "Số" before "Hạng mục | Đơn vị | Thời điểm": the number column's name
            elif _title_over_names(texts, ends_names, i):
                i += 1
            # the header's names and its place column, read once for the region, not again for each line asked
            names = _header_names(texts, ends_names, i) or []
            place = _place_column(names)
            end = next((j for j in range(i + 1, len(blocks))
                        if (_ends_table(blocks[j].text or "") and not _group_row_across(blocks, j)
                            and not _place_and_date_cell(blocks, texts, names, place, i, j, issued))
                        or _counts_under_table(blocks, texts, names, i, j)),
                       len(blocks))
            closed_short = end < len(blocks) and _at_place_column(blocks, texts, place, i, end)
            regions.append(Region(i, end, title, closed_short))
            i = end
            continue
        i += 1
    return regions


_MAX_HEADER_NAME = 60


def _title_over_names(texts: list[str], ends_names: list[bool], i: int) -> bool:
    """The table's title or the document's subject just above a header with no number column ("CÁC CHỈ TIÊU CHỦ YẾU"
    over "Tên chỉ tiêu | ĐVT | …"): the indicators or tasks it names are named again by a column after it, and the
    names from the next line are a header of their own."""
    role = column_role(texts[i])
    if role not in _TITLE_NAME_ROLES or not _names_columns(texts, ends_names, i + 1):
        return False
    later = (t for t in texts[i + 1:i + 3 * _MAX_LAYOUT_COLUMNS] if t)
    return role in {column_role(t) for t in itertools.takewhile(lambda t: not _ends_names(t), later)}


_TITLE_NAME_ROLES = frozenset({"criterion", "output", "content"})
_MAX_NUMBER_NAME = 12


def _number_column_name(blocks: list[Block], i: int) -> bool:
    """The short name of a number column that no vocabulary knows ("Số", "Thứ tự") just before the names found from
    ``i``: the names include no number column, and the first cell after them is a row number."""
    if i == 0 or (before := blocks[i - 1]).cell_end != blocks[i].cell_end or _HEADER_START.match(blocks[i].text or ""):
        return False
    text = (before.text or "").strip()
    if not (0 < len(text) <= _MAX_NUMBER_NAME and text[-1] not in ".;:!?)" and not is_upper_line(text)
            and not ROW_NUMBER.match(text) and column_role(text) in ("number", "other")):
        return False
    names = [(b.text or "").strip() for b in blocks[i:i + 3 * _MAX_LAYOUT_COLUMNS] if (b.text or "").strip()]
    first = next((k for k, n in enumerate(names) if ROW_NUMBER.match(n) or len(n) > _MAX_HEADER_NAME), None)
    return first is not None and bool(ROW_NUMBER.match(names[first])) and "number" not in map(column_role, names[:first])
# A day, a month or a quarter with its year ("Ngày 10/3/2026", "Trước ngày 05/3", "Quý I/2026", "15/3/2026"): a
# cell's value, never a column's name (a time column first, with no row number before the first row's cells)
_CELL_VALUE = re.compile(r"^(?:(?:từ|trước|sau|đến)\s+)?(?:ngày|tháng|quý)\s+(?:\d{1,2}|[IV]+)\s*(?:/|năm\s)|^\d{1,2}/\d{1,2}(?:/\d{4})?$",
                         re.IGNORECASE)  # "Quý I", "Tháng 1" alone can name a column (a quarter's, a month's figures)
_TASK_COLUMN_ROLES = frozenset({"content", "lead", "support", "lead_support", "implementer", "submitter", "deadline",
                                "output", "result"})


# a row's first cell that prints its number before its name ("1. Tốc độ tăng trưởng", "2.1) Thu ngân sách", a site's
# "1- Xây dựng …", "1.Xây dựng …"), in a table with no number column: no column's name is numbered so
_NUMBERED_NAME = re.compile(rf"^\d{{1,3}}(?:\.\d{{1,3}})*(?:[.)]\s+[^\W\d_]|\s?[-–]\s+[^\W\d_]|\.[{CAPITAL_LETTERS}])")


def _ends_names(text: str) -> bool:
    """Whether a paragraph (stripped, not empty) is no column's name: a row number or a task's code, a sentence, a
    cell's value."""
    # the tests in C first: this runs on every paragraph of a document, most of them sentences
    return bool(len(text) > _MAX_HEADER_NAME or text[-1] in ".;!?:" or ROW_NUMBER.match(text) or TASK_CODE.match(text)
                or _CELL_VALUE.match(text) or _NUMBERED_NAME.match(text))


def _names_columns(texts: list[str], ends_names: list[bool], i: int) -> bool:
    """Whether the paragraphs from ``i`` up to the first row number are a table's header: short names, at least
    three, two of them roles of a task table's columns. ``texts``: the paragraphs stripped; ``ends_names``: which
    of them end the names (``_ends_names``)."""
    if not texts[i] or ends_names[i]:  # most paragraphs: no name starts there
        return False
    names = _header_names(texts, ends_names, i)
    if names is None:
        return False
    roles = [column_role(n) for n in names]
    if names and _PART_HEADING.match(names[0]) and is_upper_line(names[0]):
        return False  # "III. PHÂN CÔNG THỰC HIỆN": a heading of the document, not a column's name
    if any(name[:1] == "P" and (label := classify(name)) is not None and label.kind == "part" for name in names):
        return False  # "KẾT QUẢ NĂM 2025" / "Phần thứ hai" / "NHIỆM VỤ NĂM 2026": the document's parts, no header
    if any(_HEADER_START.match(n) for n in names[1:]):
        return False  # a title above the header ("PHÂN CÔNG NHIỆM VỤ …"): the table starts at its "TT"
    if any(MOTTO.match(n) for n in names):
        return False  # the document's own header read line by line (an OCR'd công văn's "V/v …" over the motto)
    # a goal's column beside the bodies may hold a target each ("STT | Đơn vị | Mục tiêu": columns_from reads its cells)
    return len(names) >= 3 and roles[0] != "other" and (
        len(_TASK_COLUMN_ROLES & set(roles)) >= 2 or _names_targets(names, roles)
        or ("goal" in roles and bool(AGENCY_ROLES & set(roles))))


def _header_names(texts: list[str], ends_names: list[bool], i: int) -> list[str] | None:
    """The paragraphs from ``i`` up to the first that ends the names (a row number, a long cell); None where nothing
    ends them within a table's width."""
    names: list[str] = []
    for k in range(i, min(i + 3 * _MAX_LAYOUT_COLUMNS, len(texts))):
        if not texts[k]:
            continue
        if ends_names[k]:
            return names
        names.append(texts[k])
    return None


_TARGET_COLUMN_ROLES = INDICATOR_ROLES | {"unit", "period", "period_untold"}
_FIGURE_ROLES = INDICATOR_ROLES | {"figures", "period", "period_untold"}  # columns where a dash alone is a figure's "none"


def _names_targets(names: list[str], roles: list[str]) -> bool:
    """A targets table's header: "TT | Chỉ tiêu | ĐVT | Thực hiện năm 2025 | Kế hoạch năm 2026"."""
    read = indicator_roles(names, roles)
    # "Đơn vị" names the unit or the bodies whose targets the rows give ("STT | Đơn vị | Mục tiêu năm 2026")
    named = "criterion" in read or any(r in AGENCY_ROLES and r2 == "unit" for r, r2 in zip(roles, read))
    return named and table_kind(read) == "indicators" and bool(_TARGET_COLUMN_ROLES & set(read))


_MAX_LAYOUT_COLUMNS = 12
_PART_HEADING = re.compile(r"^(?:[IVXLC]+\.\s+\S|Điều\s+\d+\.|Chương\s+[IVXLC\d]+\b)")


def _group_row_across(blocks: list[Block], j: int) -> bool:
    """A heading-like "I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH" that is a group row in one cell across the table, as sites
    print it: a cell ("… |") in piped text, else followed by the empty cells it covers or by its first row's number
    alone (the merged cell copied as one paragraph): "1", or the number after the last row's above it ("II. NHIỆM VỤ
    CỤ THỂ" then "4" under rows 1 to 3: the table's numbering going on). A part of the document after the table is
    none of these."""
    text = blocks[j].text or ""
    if not (_PART_HEADING.match(text) and is_upper_line(text)):
        return False
    following = blocks[j + 1: j + 3]
    last = next((int(t.rstrip(".")) for b in reversed(blocks[:j]) if _BARE_ROW_NUMBER.fullmatch(t := (b.text or "").strip())),
                None)
    return (blocks[j].cell_end or (len(following) == 2 and all(_is_empty(b) for b in following))
            or _heads_numbered_rows([(b.text or "").strip() for b in blocks[j: j + 3]], 0,
                                    last + 1 if last is not None else None))


_BARE_ROW_NUMBER = re.compile(r"\d{1,3}\.?")  # a row's number alone in its paragraph ("3", "3.")


_FIRST_ROW_NUMBER = re.compile(r"0?1\.?")


def _heads_numbered_rows(texts: list[str], i: int, next_number: int | None = None) -> bool:
    """A group's mark and title in one paragraph ("I. CHỈ TIÊU KINH TẾ", "I. Chỉ tiêu về kinh tế", "A. CÁC CHỈ TIÊU
    XÃ HỘI") over the number of its first row alone ("1", or ``next_number``: the table's numbering going on under a
    later group, "II. Văn hóa - xã hội" then "3"): a label merged across the table, copied as one paragraph, never a
    column's name or a part of the document (whose items go on in words: "1. Sở Nội vụ: …")."""
    following = next((t.strip() for t in texts[i + 1:] if t.strip()), "")
    return bool(MARKED_GROUP_LABEL.fullmatch(texts[i].strip()) and (
        _FIRST_ROW_NUMBER.fullmatch(following) or (next_number is not None and following.rstrip(".") == str(next_number))))


@lru_cache(maxsize=8192)
def _ends_table(text: str) -> bool:
    """A paragraph no table cell holds: the next annex, a heading of the document's parts, "Nơi nhận", a signature,
    a closing sentence ("Trên đây là …", "Nghị quyết này được … thông qua"), the state's motto in capitals (the header
    of a document copied after it). Cached: it is asked of every line of a table, whose cells ("Sở Nội vụ", "Quý
    II/2026") come back row after row."""
    return bool(annex_heading(text) or RECIPIENTS.match(text) or is_signature_line(text)
                or ((_PART_HEADING.match(text) or STATE_MOTTO.match(text)) and is_upper_line(text))
                or _TABLE_ENDS.match(text) or _place_and_date(text))


_COUNT_LINE = re.compile(json_data("task_tables.json")["count_lines"])
_COUNT_LINE_OPENS = frozenset("TtCcBb")  # the first letters of count_lines' words


def _counts_under_table(blocks: list[Block], texts: list[str], names: list[str], header: int, j: int) -> bool:
    """A paragraph that counts the table's rows ("Tổng cộng: 12 nhiệm vụ"), followed only by more counts ("Trong đó: 5
    nhiệm vụ chuyển tiếp") and the document going on: notes under the table, never a row (a totals row prints its
    sums in cells of their own after its label). Only after a row whose cells are all printed: before that, a
    count-like line is the row's last cell ("Ghi chú": "Bao gồm 15 xã, 2 thị trấn")."""
    if (blocks[j].text or "").lstrip()[:1] not in _COUNT_LINE_OPENS:  # most paragraphs: asked of each line of a table
        return False
    for block in blocks[j:]:
        text = (block.text or "").strip()
        if not text:
            continue
        if block.cell_end or not _COUNT_LINE.fullmatch(fold(text)):
            if block is blocks[j] or not _ends_table(text):
                return False
            break
    position = _position_in_row(blocks, texts, header, j)
    return position is None or position >= len(names)


def _position_in_row(blocks: list[Block], texts: list[str], header: int, j: int) -> int | None:
    """How many cells of its row come before paragraph ``j``: those from the row's number on (in a copy that marks
    each cell's end, "… |", the marked cells; else every paragraph, an empty cell's empty one too). None where no row
    number comes before it after the header."""
    row_start = next((k for k in range(j - 1, header, -1) if ROW_NUMBER.match(texts[k])), None)
    return None if row_start is None else _cells_between(blocks, row_start, j)


def _cells_between(blocks: list[Block], start: int, end: int) -> int:
    """The cells from paragraph ``start`` up to ``end``: the marked ones in a copy that marks each cell's end ("… |"),
    else every paragraph."""
    if blocks[start].cell_end:
        return sum(1 for block in blocks[start:end] if block.cell_end)
    return end - start


def _place_and_date(text: str) -> bool:
    """A place-and-date line ("Hà Giang, ngày 12 tháng 3 năm 2026") whose place the registry knows: a time cell prints a
    period or a day before its date ("Quý II, ngày 30 tháng 6 năm 2026", "Thứ Hai, ngày …"), never a place alone."""
    match = _PLACE_AND_DATE_END.match(text)
    return bool(match and names_a_place(match.group("place")))


def _place_and_date_cell(blocks: list[Block], texts: list[str], names: list[str], place: int | None, header: int,
                         j: int, issued: str | None = None) -> bool:
    """A place-and-date in a time-and-place cell ("Thời gian, địa điểm": "Hà Nội, ngày 15 tháng 5 năm 2026") of the
    table whose header starts at ``header`` (its column ``names``), not the document's closing line: the header names
    a place (column ``place``: task_tables.json place_columns) and the line sits where that column's cell is in its
    row, counted from the row's number or back from the next row's. The closing line sits after the row's last cell,
    or comes before a signature in any case ("TM. Ủy ban nhân dân", "KT. GIÁM ĐỐC", "Chủ tịch", "Người lập biểu",
    "(Đã ký)", the signer's name). After the last row, before no signature ("Nơi nhận" or nothing), it is the closing
    line only where it repeats the day the document was issued (``issued``); an event's place and day, or a day
    nothing compares with, stay the cell."""
    if place is None or not _place_and_date(texts[j]) or _signature_follows(texts, j):
        return False
    next_row = next((k for k in range(j + 1, min(j + 1 + len(names), len(texts))) if ROW_NUMBER.match(texts[k])), None)
    if _position_in_row(blocks, texts, header, j) == place:
        return next_row is not None or issued is None or _day_of(texts[j]) != issued
    return next_row is not None and _cells_between(blocks, j, next_row) == len(names) - place


def _place_column(names: list[str]) -> int | None:
    return next((k for k, name in enumerate(names) if _PLACE_COLUMN.search(fold(name))), None)


def _at_place_column(blocks: list[Block], texts: list[str], place: int | None, header: int, j: int) -> bool:
    """Whether the place-and-date at ``j`` that ends the table sits where its last row's place cell (column ``place``)
    would."""
    return place is not None and _place_and_date(texts[j]) and _position_in_row(blocks, texts, header, j) == place


def _day_of(text: str) -> str | None:
    return next((d.iso for d in find_dates(text) if d.iso), None)


def _signature_follows(texts: list[str], j: int) -> bool:
    """Whether the line after paragraph ``j`` signs the document, in any case: an authority ("TM.", "KT.", "TL.",
    "Q."), a post ("Chủ tịch", "Giám đốc"), a signer of a table (task_tables.json table_signers: "Người lập biểu"),
    "(Đã ký)", or a person's name that is the last line or comes before a part of the document's end."""
    following = list(itertools.islice((k for k in range(j + 1, len(texts)) if texts[k]), 2))
    if not following:
        return False
    text = texts[following[0]]
    if signature_line_in_any_case(text) or _TABLE_SIGNER.fullmatch(fold(text)) or _SIGNED.match(text):
        return True
    return bool(PERSON.match(text)) and (len(following) == 1 or _ends_table(texts[following[1]]))


_PLACE_COLUMN = re.compile(json_data("task_tables.json")["place_columns"])
_TABLE_SIGNER = re.compile(json_data("task_tables.json")["table_signers"])
_SIGNED = listed_pattern("sections.json", "signed_marks")  # "(Đã ký)", "Ký bởi: …"


def _annex_title(blocks: list[Block], i: int) -> str:
    parts = [blocks[i].text or ""]
    for block in blocks[i + 1 : i + 6]:
        text = block.text or ""
        if not text or not is_upper_line(text) or KEM_THEO.search(text) or _HEADER_START.match(text):
            break
        parts.append(text)
    return " ".join(parts)


_COLUMN_BODY_WORDS = re.compile(
    r"^(?:" + "|".join(map(re.escape, json_data("task_tables.json")["column_body_words"])) + r")(?:\s|$)")


def _names_bodies(text: str) -> bool:
    """A column's name made of the generic words of bodies in lower case after them ("Cơ quan thường trực", "Đơn vị
    tham mưu"), never a body ("Cơ quan Thường trực Ban Chỉ đạo tỉnh" names one by its capitals)."""
    words = text.split()
    return bool(_COLUMN_BODY_WORDS.match(text.lower())) and all(not w[:1].isupper() for w in words[1:])


def header_length(texts: list[str]) -> int:
    """How many cells from the start are header cells: up to the first row number, a group's label ("Nhóm 1: …",
    "I. CẢI CÁCH …"), a totals row's label, a day or quarter with its year, a cell no column is named by (a
    sentence, a text longer than any name: the first task of a table with no number column),
    or an empty cell that opens the first row (a table whose rows leave the number cell blank), a title in capitals
    that names no column followed by an empty cell (a group row with no label); an empty cell
    followed by more names is a merged one of a two-line header. Where the first column is a group column ("Lĩnh
    vực"), a name of no column just before the first task is the first row's group ("Cải cách thể chế"); where it is
    a body's column ("Cơ quan, đơn vị"), a body's name there is the first row's body."""
    body_first = column_role(texts[0].strip()) in AGENCY_ROLES if texts else False
    for i, text in enumerate(texts[1:], start=1):
        text = text.strip()
        if body_first and i >= 2 and looks_like_agency(text) and column_role(text) == "other" and not _names_bodies(text):
            return i  # the first row's body under a first column of bodies ("Cơ quan, đơn vị" over "Sở Nội vụ")
        if i >= 3 and (first_row := _first_row_before_figure(texts, i)) is not None:
            return first_row
        if (text and _ends_names(text)) or (is_total_label(text) and not _sum_under_money(texts, i)) or (
                GROUP_LABEL.match(text) and column_role(text) == "other") or (
                _PART_HEADING.match(text) and is_upper_line(text)) or (  # "I. CẢI CÁCH …": a group row, no column name
                i >= 2 and _heads_numbered_rows(texts, i)):  # "I. Chỉ tiêu về kinh tế" over its first row's "1"
            if i > 2 and column_role(texts[0].strip()) == "group" and column_role(texts[i - 1].strip()) == "other":
                return i - 1
            return i
        if i >= 3 and MARKED_GROUP_LABEL.fullmatch(text) and _names_a_header(texts[:i]):
            return i  # "I. Kinh tế" after whole names: a group row merged across the table, no column's name
        if i >= 2 and is_upper_line(text) and column_role(text) == "other" and i + 1 < len(texts) and not texts[i + 1].strip():
            return i  # "HOÀN THIỆN THỂ CHẾ" then empty cells: a group row's title with no label, across the first row
        if i >= 2 and not text:
            at = next((j for j in range(i + 1, len(texts)) if texts[j].strip()), len(texts))
            following = texts[at].strip() if at < len(texts) else ""
            if len(following) > _MAX_HEADER_NAME or (column_role(following) == "other" and not (
                    is_total_label(following) and _sum_under_money(texts, at))):
                return i
    return len(texts)


def _sum_under_money(texts: list[str], i: int) -> bool:
    """Whether the totals label at ``i`` ("Tổng số") is the first name under a money parent of a two-line header
    ("Kinh phí (triệu đồng)" over "Tổng số | Ngân sách tỉnh"): such a parent among the names before it, a source's name
    after it. A totals row's label ends the names; this one is one of them."""
    following = next((t.strip() for t in texts[i + 1:] if t.strip()), "")
    return _child_kind(following) == "money" and any(_parent_kind(t.strip()) == "money" for t in texts[:i])


def _names_a_header(texts: list[str]) -> bool:
    names = [t.strip() for t in texts]
    # a row number after them ends the names, as the first row's would
    return all(names) and len(names) >= 3 and _names_columns([*names, "1"], [*map(_ends_names, names), True], 0)


def _first_row_before_figure(texts: list[str], i: int) -> int | None:
    """Where the first row starts in a header with no number column read on into the row's cells ("Chỉ tiêu | ĐVT |
    2025 | 2026 | Tốc độ tăng trưởng GRDP | % | 7,5"): at a figure no column is named by, as many cells back as the
    header's names before its first column of figures, where the names before that make a header of their own."""
    from .indicators import read_target  # the indicators stage reads the tables this module finds

    text = texts[i].strip()
    if len(text) > _MAX_FIGURE_CELL or column_role(text) != "other" or read_target(text) is None:
        return None
    names = [t.strip() for t in texts[:i]]
    read = indicator_roles(names, [column_role(n) for n in names])
    first_figure = next((c for c, r in enumerate(read) if r in _FIGURE_ROLES), None)
    if not first_figure or i - first_figure < 3 or "number" in read:
        return None  # a header that names a number column: its first row opens with "1", no figure (s45)
    row = i - first_figure
    if any(read[c] in _FIGURE_ROLES for c in range(row, i)) or not _names_a_header(texts[:row]):
        return None
    return row


# The lower line of a two-line header in text flattened from a web page comes after the whole upper line: "STT |
# Nhiệm vụ | Cơ quan thực hiện | Thời hạn | Chủ trì | Phối hợp". The upper name that heads them is one of the usual
# parents (data/task_tables.json) whose role is of the children's kind.
_CHILD_KINDS = {"lead": "agency", "support": "agency", "lead_support": "agency", "start": "time", "deadline": "time",
                "period": "time",
                "content": "task", "output": "task", "result": "task", "budget": "money"}
_PARENT_KINDS = {"implementer": "agency", "lead_support": "agency", "lead": "agency", "support": "agency",
                 "deadline": "time", "content": "task", "budget": "money", "funding": "money"}
_MAX_CHILD_NAME = 20
_MAX_CHILD_BODY = 40  # a body's name under a parent that names a role ("Cơ quan phối hợp" over "Bộ Công an | …")




def _child_kind(name: str) -> str | None:
    """What a lower header name is, as a parent's child: its role's kind, else a body's name (a column of marks)."""
    if folded_name(name) in _agency_note_children():  # "Thường trực": a body's column, though a note
        return "agency"
    if is_plan_and_done([name, "Thực hiện"]) or is_plan_and_done(["Kế hoạch", name]):
        return "year"  # a year's plan or its result
    if len(name) <= _MAX_CHILD_NAME and (kind := _CHILD_KINDS.get(column_role(name))):
        return kind
    return "agency" if len(name) <= _MAX_CHILD_BODY and column_role(name) == "other" and looks_like_agency(name) else None


def _parent_kind(name: str) -> str | None:
    """The kind of the names a two-line header's upper name heads, where it is a parent: one of the usual parents
    (data/task_tables.json), or any name of the bodies that carry out the work ("Phân công nhiệm vụ", "Trách nhiệm")
    over the roles under it."""
    role = column_role(name)
    return _PARENT_KINDS.get(role) if folded_name(name) in _header_parents() or role == "implementer" else None


def heads_by_kind(parent: str, children: list[str]) -> bool:
    """Whether an upper header name may head ``children`` by their kinds: none is a column of another kind than the
    parent's ("Thời gian" never heads "Nhiệm vụ | Hoạt động cụ thể", a task's columns). A name of no kind ("Tổng số")
    and a year's plan or result ("Kế hoạch | Thực hiện" under "Tiến độ") say nothing."""
    kind = _PARENT_KINDS.get(column_role(parent))
    return kind is None or all(_child_kind(child) in (kind, None, "year") for child in children)


def fold_two_line_header(names: list[str]) -> list[str]:
    """Names of a flattened two-line header, one per column: each parent with its children ("Cơ quan thực hiện /
    Chủ trì", "Cơ quan thực hiện / Phối hợp"; a year over its plan and result, "Năm 2025 / Kế hoạch", "Năm 2025 / Thực
    hiện", printed after the whole upper line or right after the year). Names that are not such a header are returned
    as they are."""
    names = _years_over_plan_and_done(names)
    last = len(names)
    while last > 0 and (_child_kind(names[last - 1]) or is_total_label(names[last - 1])):  # "Tổng số": a money child
        last -= 1
    # the lower line is the longest run of such names at the end that the upper line's parents take in full
    for start in range(last, len(names) - 1):
        if (folded := _fold(names[:start], names[start:])) is not None:
            return folded
    return names


def _years_over_plan_and_done(names: list[str]) -> list[str]:
    """A year printed right before its plan and result ("Năm 2025", "Kế hoạch", "Thực hiện": each cell a line, the
    year's cell first) heads them: two columns, not three; a run of years before as many pairs heads them in turn.
    More years than pairs ("Năm 2025", "Năm 2026", "Kế hoạch", "Thực hiện": the upper line then the lower, flattened)
    do not tell which year heads a pair (2025's plan and result then 2026's target, or 2025's figure then 2026's plan
    and result): those columns are named as the band was printed (columns.untold_year_names), their cells unread."""
    folded, i = [], 0
    while i < len(names):
        years, pairs = _years_and_pairs_at(names, i)
        if years and pairs and years == pairs:
            folded += [f"{year} / {child}" for k, year in enumerate(names[i:i + years])
                       for child in names[i + years + 2 * k:i + years + 2 * k + 2]]
            i += years + 2 * pairs
        elif years > pairs > 0:
            folded += untold_year_names(names[i:i + years + 2 * pairs], years + pairs)
            i += years + 2 * pairs
        else:
            folded += names[i:i + max(years, 1)]
            i += max(years, 1)
    return folded


def _years_and_pairs_at(names: list[str], i: int) -> tuple[int, int]:
    """How many names from ``i`` on are years alone ("Năm 2025", "2025"), and how many plan-and-result pairs ("Kế hoạch
    | Thực hiện") follow them (none after no year)."""
    years = 0
    while i + years < len(names) and YEAR_ALONE.match(folded_name(names[i + years])):
        years += 1
    pairs = 0
    while years and is_plan_and_done(names[i + years + 2 * pairs:i + years + 2 * pairs + 2]):
        pairs += 1
    return years, pairs


def _fold(upper: list[str], children: list[str]) -> list[str] | None:
    if not upper:
        return None
    if (untold := _years_untold(upper, children)) is not None:
        return untold
    folded, queue = [], list(children)
    for name in upper:
        kind = _parent_kind(name)
        if YEAR_ALONE.match(folded_name(name)):
            kind = "year"  # "Năm 2025" over "Kế hoạch | Thực hiện"
        run: list[str] = []
        for child in queue if kind else []:
            # the sum of the sources under a money parent ("Tổng số" | "Ngân sách tỉnh") is one of them
            if _child_kind(child) != kind and not (kind == "money" and is_total_label(child)):
                break
            run.append(child)
        if kind == "year" and not is_plan_and_done(run[:2]):
            run = []
        run = run[:2] if kind == "year" else run
        if len(run) >= 2 and (kind != "task" or any(column_role(c) == "content" for c in run)):
            # "Nhiệm vụ" over "Nội dung" | "Sản phẩm": a task's parts, the content among them
            folded += [f"{name} / {child}" for child in run]
            queue = queue[len(run):]
        else:
            folded.append(name)
    return None if queue else folded


def _years_untold(upper: list[str], children: list[str]) -> list[str] | None:
    """An upper line with more years than the plan-and-result pairs under them, other names between the years and the
    pairs ("Năm 2024 | Năm 2025 | Tốc độ tăng (%)" over "KH | TH"): which year spans the pair is not told. The years
    and the pairs are named as the band was printed (untold_year_names); the names around them keep their place."""
    years = [k for k, name in enumerate(upper) if YEAR_ALONE.match(folded_name(name))]
    pairs = len(children) // 2
    if not pairs or len(children) % 2 or not all(is_plan_and_done(children[k:k + 2]) for k in range(0, len(children), 2)):
        return None
    if len(years) <= pairs:
        return None
    first, last = years[0], years[-1]
    band = [*upper[first:last + 1], *children]
    return [*upper[:first], *untold_year_names(band, last + 1 - first + pairs), *upper[last + 1:]]


@cache
def _header_parents() -> frozenset[str]:
    return frozenset(json_data("task_tables.json")["header_parents"])


@cache
def _agency_note_children() -> frozenset[str]:
    return frozenset(json_data("task_tables.json")["agency_note_children"])


# ---------------------------------------------------------------------------------------------------
# Scoring a paragraph as the cell of a column


def _is_empty(block: Block) -> bool:
    return not (block.text or "").strip()


class Features(NamedTuple):
    """What a paragraph looks like, computed once per paragraph (the alignment asks many times).
    A named tuple: tables of hundreds of rows make thousands of these, and a tuple is quick to build."""

    text: str
    empty: bool
    number: bool
    agency: bool
    deadline_short: bool  # a deadline phrase in a short cell (what other columns must not hold)
    deadline_cell: bool  # a deadline phrase in a cell of up to 120 characters (the deadline column)
    letter: bool
    long: bool
    product: bool
    bullet: bool
    group_label: bool  # "Nhóm 1: …", "II. HIỆN ĐẠI HÓA …": a group's label, a row of its own
    status: bool  # a report's status cell: "Đã hoàn thành", "Đang thực hiện", "Hoàn thành 80%", "Hoàn thành tháng 6/2025"
    count: bool  # a figure of a result ("Tổ chức 3 đoàn kiểm tra", "Số hóa được 12.500 hồ sơ", "đạt 80%")
    statement: bool  # a short "Đã/Đang/Chưa …" ("Đã trình UBND tỉnh"): a status cell whose words the vocabulary may lack
    ditto: bool  # "Như trên", "nt", "-nt-": a cell of its own that repeats the cell above it (a body's, a time's)
    total: bool  # "Tổng cộng": a totals row's label, printed in its first cell (the number's) or in the task's
    money: bool  # a sum or its source ("50 triệu đồng/mô hình", "Ngân sách tỉnh", "Xã hội hóa") or a figure alone: no body
    counted: bool  # a totals label with a count in words ("Cộng 2 đợt", "Tổng: 3 đợt"): a note cell may say it too
    figure: bool  # a target's words and figures ("55 - 56", "Trên 70", "≥ 95%"): an indicator's value, no name's line

    @classmethod
    def of(cls, block: Block) -> Features:
        return cls.of_text(block.text or "")

    @classmethod
    def of_text(cls, text: str) -> Features:
        return _features_of_text(text)

    @classmethod
    def _of_text(cls, text: str) -> Features:
        size = len(text)
        # a time word late in a cell of a sentence's length ("Rà soát các dự án …, đề xuất thu hồi … theo quy định")
        # is the task's own wording; a date or a period there still makes a deadline cell ("Theo các mốc thời gian
        # tại Phương án … ngày 5/3/2026")
        has_deadline = size < 120 and (found := find_time_words(text)) is not None and (
            size < 60 or found.start() < _LATE_TIME_PHRASE or _names_a_period(found.group()))
        # positional, in field order: keywords cost twice as much, and every paragraph of a table makes one
        return cls(text, not text.strip(), bool(ROW_NUMBER.match(text) or TASK_CODE.match(text)),
                   size < 160 and (AGENCY.match(text) is not None or PERSON.match(text) is not None
                                    or ROLE_LABEL.match(text) is not None), has_deadline and size < 60,
                   has_deadline, LETTER_LABEL.match(text) is not None, size > 110,
                   PRODUCT.match(text) is not None,
                   text.startswith("-") or text == "+" or _BULLET_START.match(text) is not None,  # "+ Sở …", "– Sở …"
                   GROUP_LABEL.match(text) is not None or bool(_PART_HEADING.match(text) and is_upper_line(text)),
                   size < 60 and _is_status_cell(text), _RESULT_COUNT.search(text) is not None,
                   size < 60 and opens_report(text), size < 20 and is_ditto(text),
                   size < 40 and is_total_label(text),
                   size < 80 and (_MONEY_CELL.match(text) is not None or _VALUE.match(text.strip()) is not None),
                   size < 40 and _COUNT_LINE.fullmatch(fold(text.strip())) is not None,
                   size <= _MAX_FIGURE_CELL and _reads_as_target(text))


def _is_status_cell(text: str) -> bool:
    """Status words of a fact ("Đã hoàn thành …", "Đang triển khai tại 5 xã"), or others alone or before a date or a
    share ("Hoàn thành", "Hoàn thành tháng 6/2025", "Hoàn thành 80%"), not a task that starts with them ("Hoàn thành
    việc cấp giấy chứng nhận …")."""
    reading = read_status(text)
    return reading is not None and (reading.fact or not reading.rest or reading.rest[:1].isdigit()
                                    or looks_like_deadline(reading.rest))


_RESULT_COUNT = re.compile(json_data("task_tables.json")["result_counts"])
_MONEY_CELL = re.compile(json_data("task_tables.json")["money_cells"], re.IGNORECASE)
_WORK_LIKE_A_BODY = re.compile(json_data("task_tables.json")["works_named_like_bodies"], re.IGNORECASE)


def _reads_as_target(text: str) -> bool:
    from .indicators import read_target  # the indicators stage reads the tables this module finds

    return any(ch.isdigit() for ch in text) and read_target(text.strip()) is not None


@lru_cache(maxsize=8192)
def _features_of_text(text: str) -> Features:
    """Features.of_text, cached: empty cells, row numbers and agencies' names come back row after row (on the
    samples, one paragraph in two is a text seen before). A Features is a tuple, so sharing one is safe."""
    return Features._of_text(text)


_TIME_ROLES = frozenset({"deadline", "start"})
_STATUS_ROLES = _TIME_ROLES | {"status"}  # the columns a report's status cell sits in ("Tiến độ", "Mức độ hoàn thành")
_LATE_TIME_PHRASE = 30  # characters into a cell of 60 or more


def _names_a_period(phrase: str) -> bool:
    """A time phrase with a figure or a quarter's numeral ("năm 2026", "Quý II"), not time words alone ("theo quy định")."""
    return phrase[-1:] in "IV" or any(ch.isdigit() for ch in phrase)


def emission(f: Features, role: str) -> float:
    """How well a paragraph (given by its features) fits a column of this role (higher is better)."""
    if f.empty:
        return 0.0 if role != "number" else -0.5
    if role == "number":
        # a group row's title in its first cell ("Nhóm nhiệm vụ 2: …"), copied with an empty cell for each other column
        return 3.0 if f.number else (1.5 if f.total or f.group_label else -6.0)
    if role in _MONEY_ROLES:  # an amount, which looks like a row number ("85", "1.250"), or words ("Ngân sách tỉnh")
        figure = _VALUE.match(f.text.strip()) or AMOUNT.match(f.text.strip())
        return 1.5 if (f.money or figure) and (role == "budget" or not figure) else 0.0
    if f.number:
        # a bare row number never sits in another column; a dash alone in a figure's column is its "no figure"
        if role in _FIGURE_ROLES and f.bullet:  # a number that is a bullet: "-" alone
            return 2.5
        # a small whole figure in a score table's points ("1", "4") reads as a row number: where the numbers run
        # on; so does a figure in an indicator's columns ("7,2", "5.210"), which a table with no number column holds
        return _FIGURE_AS_NUMBER if (role in _POINTS_ROLES or (role in _FIGURE_ROLES and f.money)) and not f.bullet else -6.0
    deadline = f.deadline_cell if role in _TIME_ROLES else f.deadline_short
    if role == "subgroup":
        return 2.5 if f.letter else -1.0
    if f.letter:
        return -2.0
    if f.group_label and role in _WORK_ROLES and not (role in _TIME_ROLES and deadline):
        return -2.0  # a period's label ("Giai đoạn 2026-2030") heads a group of rows, or is a time cell
    if f.total:  # a totals row's label: its row's first cell, else the task's
        if f.counted and role in _NOTE_ROLES:
            return 0.0  # "Cộng 2 đợt" in a note's column: words as any note's (a row's count, not the table's)
        return 1.0 if role in ("content", "criterion") else -2.0
    if f.ditto:  # "Như trên" stands for a body or a time, never for the task itself
        return 1.5 if role in AGENCY_ROLES or role in _TIME_ROLES or role == "output" else -1.5
    if role in AGENCY_ROLES:  # a product's words ("Quyết định …", "Văn bản …") and a sum or its source name no body
        return 1.5 if f.agency else (-2.0 if f.long or f.product or f.money else (-1.0 if deadline else -0.3))
    if role == "status" or (role == "result" and f.status):
        return 1.5 if f.status else (1.0 if f.statement else (-1.5 if f.agency else 0.0))
    if role in _TIME_ROLES:
        if f.status or f.statement:
            return 2.0 if f.status else 1.0  # a report's "Tiến độ": "Đã hoàn thành", "Đã trình UBND tỉnh"
        return 2.0 if deadline and not f.agency else (-2.0 if f.product else (-1.5 if f.agency or f.long else -0.8))
    if role in ("output", "result"):  # a plan's product, a report's result: the same kinds of words
        if f.product or (role == "result" and f.count and not f.agency):
            return 1.0  # a report's figure of what was done: "Tổ chức 3 đoàn kiểm tra", no body name's second line
        return -1.0 if f.agency else (0.3 if deadline else (0.0 if not f.long else -0.3))
    if role in _FIGURE_ROLES and (f.money or f.figure):
        return 1.0  # a figure in an indicator's column ("7,2", "≥72", "55 - 56"): the cell of a row with no number column too
    if role in ("content", "criterion"):
        if role == "criterion" and (f.money or f.figure):
            return -0.8  # a figure is no indicator's name
        return 1.0 if f.long else (-1.2 if f.agency else (-0.8 if deadline else 0.2))
    if role == "group":
        return 0.5 if not f.bullet and not f.agency and not deadline else -1.5
    if role == "aside":  # a cell of its own ("Thông tư 10/2025" under "Căn cứ"), not the time cell's first line
        return 0.5  # above a skipped cell's cost less a time cell's next line: the named column keeps its cells
    return 0.0  # note, other


_POINTS_ROLES = frozenset({"max_score", "score"})
_NOTE_ROLES = frozenset({"note", "aside", "other"})
_MONEY_ROLES = frozenset({"budget", "funding"})
_FIGURE_AS_NUMBER = 1.5  # below a row number's 3.0: a new row still opens where the numbers run on


_NAME_ROLES = AGENCY_ROLES | {"group", "subgroup"}
_JUDGED_BY_JOIN = frozenset({"group", "subgroup"})  # a label's second line: by how it joins
_FULL_STOP = re.compile(r"[.;]$")


class Join(NamedTuple):
    """How a paragraph would go on the cell of the paragraph before it, whatever the column: bullets of
    one list belong together, and so do the halves of a name broken over two lines ("Thanh tra" /
    "Thành phố"). Computed once per pair of paragraphs; ``score`` gives the column's view of it."""

    never: bool  # an empty cell, a row number and a lettered label always stand alone
    bullets: bool
    short_continuation: bool
    introduced: bool = False  # the paragraph before ends with ":" ("…, gồm:"): what follows is its list
    wrapped: bool = False  # starts in lower case after no sentence's end: the rest of a line broken inside the cell
    status: bool = False  # a status or a short "Đã/Đang/Chưa …": a status cell of its own, never a status cell's next line
    # opens with a row's number and words ("2. Thu ngân sách"), or a figure after a figure ("6,85" / "35", "2,4" / "Đạt
    # 100%": an assessment's words with its figure, in the next column): never a figure's next line
    new_figure_cell: bool = False

    @classmethod
    def of(cls, previous: Features, block: Features) -> Join:
        # a product's words ("Báo cáo …", "Quyết định …") open a cell: no body's name goes on with them
        # a phase ("II", "Đợt 1", "Giai đoạn 2") is a cell of its own, no name's last words
        whole_on_its_own = (block.agency or block.deadline_cell or block.status or block.product or block.money
                            or opens_report(block.text) or names_a_phase_only(block.text))
        # a count opening a line ("03 tổ kiểm tra liên ngành", "02 đoàn công tác") opens a body's cell, no name's last
        # words; after a comma or a semicolon the line goes on the list whatever it opens with ("Sở Y tế," / "03 bệnh viện")
        short = not block.bullet and len(block.text) < 40 and (
            previous.text.endswith((",", ";"))
            or not (whole_on_its_own or _FULL_STOP.search(previous.text) or _opens_with_a_count(block.text)))
        return cls(never=previous.empty or block.empty or block.letter or block.group_label or block.ditto or previous.ditto
                   or block.total,
                   bullets=previous.bullet and block.bullet,
                   short_continuation=short, introduced=previous.text.rstrip().endswith(":"),
                   wrapped=block.text[:1].islower() and len(block.text.strip()) > 1  # "x": a schedule's mark
                   and not previous.text.rstrip().endswith((".", "!", "?")),
                   status=block.status or block.statement, new_figure_cell=_NUMBERED_NAME.match(block.text) is not None or bool(
                       _VALUE.match(previous.text.strip()) and (block.figure or _VALUE.match(block.text.strip()))))

    def score(self, role: str) -> float:
        if self.never or role == "number" or (self.new_figure_cell and role in _FIGURE_ROLES):
            return -9.0
        if self.status and role in _STATUS_ROLES:
            return -2.0  # a result's next line "Đã ban hành …" goes on the result, not into the status column
        if self.introduced:
            return 2.0
        if self.wrapped and role in _TEXT_ROLES:
            return 1.0  # a task's text goes on; a name's second line is judged below, as a short continuation
        if self.bullets:
            return 0.6
        return 0.8 if self.short_continuation and role in _NAME_ROLES else -0.4


# columns of a task's running text, not names; not an indicator's name ("criterion", "goal"), whose unit cell beside it
# is a word or two in small letters ("hồ sơ"), no line of the name going on
_TEXT_ROLES = frozenset({"content", "output", "result", "note", "aside"})
_NO_JOIN = Join(never=True, bullets=False, short_continuation=False)
_NEW_ROW = -1.0  # starting a row again costs a little, so rows start only where the text says so
_MERGED_BEFORE = -0.6  # each cell before a row's first printed cell (merged from the row above)
_MERGED_AFTER = -0.3  # each cell after a row's last printed cell
_SKIPPED = -1.5  # a cell skipped inside a row: web pages print an empty cell, so a gap is unlikely
_SAME_CELL, _LATER_CELL, _NEW_ROW_MOVE = 0, 1, 2


class Placement(NamedTuple):  # one per paragraph of a table: a tuple is quick to build
    column: int
    new_row: bool
    new_cell: bool


def _tenths(score: float) -> int:
    return round(10 * score)


@lru_cache(maxsize=8192)
def _emission_tenths(flags: tuple[bool, ...], roles: tuple[str, ...]) -> tuple[int, ...]:
    """Each column's emission for a paragraph, in tenths. ``emission`` reads only the flags (a paragraph's
    Features after its text), so paragraphs that look alike share one computation."""
    looks = Features("", *flags)
    return tuple(_tenths(emission(looks, r)) for r in roles)


@lru_cache(maxsize=8192)
def _emission_and_stay_tenths(flags: tuple[bool, ...], roles: tuple[str, ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """A paragraph's emissions (``_emission_tenths``) and what staying in each column earns from the paragraph itself:
    its emission, but nothing in a column judged by how the paragraph joins (a label's second line)."""
    emissions = _emission_tenths(flags, roles)
    return emissions, tuple(0 if r in _JUDGED_BY_JOIN else e for r, e in zip(roles, emissions))


@lru_cache(maxsize=1024)
def _join_tenths(join: Join, roles: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(_tenths(join.score(r)) for r in roles)


def align(features: list[Features], roles: list[str], joins: bool = True) -> list[Placement]:
    """Assign each paragraph (given by its features) to a column, in reading order (Viterbi over (paragraph, column)).

    A paragraph goes on the cell of the one before (the same column), opens a later cell of the same
    row (the cells between are merged from above), or opens a new row at any column. The best new row
    does not depend on the column it opens once the row's end is paid for, and the best later cell is a
    running maximum, so each paragraph costs O(columns), not O(columns²). Scores are summed in whole
    tenths (every weight has one decimal), so equal paths tie exactly and the tie goes to the path that
    leaves the previous paragraph in the earlier column, then to the one that keeps the row. ``joins`` False: every
    unit is a whole cell ("|"-ended cells), so none goes on the cell before it."""
    m = len(roles)
    columns = tuple(roles)
    looks = [_emission_and_stay_tenths(f[1:], columns) for f in features]
    row_end = [_tenths(_MERGED_AFTER) * (m - 1 - c) for c in range(m)]  # the cells after c left to the row above
    row_start = [_tenths(_NEW_ROW) + _tenths(_MERGED_BEFORE) * c for c in range(m)]  # the cells before c merged from above
    skipped = _tenths(_SKIPPED)
    joins_allowed = joins
    # whole cells: an empty cell with a row's text after it never opens a row beside a number merged down over it, a
    # number being merged with the text it numbers, never alone (parsers/txt.py _number_without_task): it is the row
    # above's last cell, printed empty (an empty cell before a row's number may still end a group row's run of them)
    beside_number = 1 if not joins and m > 1 and roles[0] == "number" else None
    row_text_after = [i + 1 < len(features) and not features[i + 1].empty and not features[i + 1].number
                      for i in range(len(features))]
    span = range(m)
    no_later = float("-inf")  # no earlier column to come from: loses every comparison, as a missing candidate would
    score = [e + _tenths(_MERGED_BEFORE) * c for c, e in enumerate(looks[0][0])]
    back: list[tuple[list[int], list[int]]] = []  # per paragraph after the first: (previous column, move) per column
    for i in range(1, len(features)):
        emit, stay_emit = looks[i]
        joins = _join_tenths(Join.of(features[i - 1], features[i]) if joins_allowed else _NO_JOIN, columns)
        ends = [s + e for s, e in zip(score, row_end)]
        best_end = max(ends)
        end_column = ends.index(best_end)
        current, came_from, moves = [0] * m, [0] * m, [0] * m
        later, later_from = no_later, -1  # the best score[p] + skipped * (c - p - 1) over p < c
        for c in span:
            stay = score[c] + joins[c] + stay_emit[c]
            if later + emit[c] >= stay:
                best, origin, move = later + emit[c], later_from, _LATER_CELL
            else:
                best, origin, move = stay, c, _SAME_CELL
            opened = best_end + emit[c] + row_start[c]
            if c == beside_number and features[i].empty and row_text_after[i]:
                opened = no_later
            if opened > best or (opened == best and end_column < origin):
                best, origin, move = opened, end_column, _NEW_ROW_MOVE
            current[c], came_from[c], moves[c] = best, origin, move
            later += skipped
            if score[c] > later:
                later, later_from = score[c], c
        back.append((came_from, moves))
        score = current
    column = max(range(m), key=lambda c: score[c] + row_end[c])
    placements: list[Placement] = []
    for came_from, moves in reversed(back):
        move = moves[column]
        placements.append(Placement(column, move == _NEW_ROW_MOVE, move != _SAME_CELL))
        column = came_from[column]
    placements.append(Placement(column, True, True))
    placements.reverse()
    return placements


# ---------------------------------------------------------------------------------------------------
# Rows


@dataclass
class _Row:
    cells: dict[int, list[Block]]

    def blocks(self) -> list[Block]:
        return [b for c in sorted(self.cells) for b in self.cells[c]]


def _cell_text(blocks: list[Block]) -> str:
    if len(blocks) == 1:  # most cells: one paragraph, no join to build
        text = blocks[0].text or ""
        return text if text.strip() else ""
    return "\n".join(b.text or "" for b in blocks if (b.text or "").strip())


AMOUNT = re.compile(r"^\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?$")  # thousands grouped: an amount, never a row's number
_FIGURE = re.compile(r"^\d{1,3}(?:\.\d{1,3})*(?:\.|\s?[)\-–])?$")  # "3", "1.2", "3.", "3)", "3-"
_FIGURE_CLOSERS = ". )-–"
_MAX_NUMBER_SKIP = 2  # "1, 2, 4": a number a row of the source left out, or a typo, still numbers a row


def _follows(previous: tuple[int, ...], number: tuple[int, ...]) -> bool:
    """Whether a row numbered ``number`` can come after one numbered ``previous``: the next at its level ("2" after
    "1", "1.3" after "1.2"), the first under it ("1.1" after "1"), the next one up ("2" after "1.3", "2.1" after
    "1.3" under an unnumbered group), or "1" again (numbering restarting under a group)."""
    if set(number) == {1} or number == previous:
        return True
    if number[:-1] == previous and number[-1] <= _MAX_NUMBER_SKIP:
        return True
    for level in range(1, min(len(previous), len(number)) + 1):  # on at this level, then the first under it ("2.1")
        if (number[:level - 1] == previous[:level - 1]
                and previous[level - 1] < number[level - 1] <= previous[level - 1] + _MAX_NUMBER_SKIP
                and all(x <= _MAX_NUMBER_SKIP for x in number[level:])):
            return True
    return False


# a figure cell: "3", "94,5", "1.200", "≥ 95%", a sign glued to it ("-4,13", "+9%": no list's dash); not a code "1.1",
# which may follow its row's number
_VALUE = re.compile(r"^(?:[≥≤<>]|[-–+](?=\d))?\s*(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?\s*%?$")


_NAME_GOES_ON_AFTER = ("-", "–", ",")


def _money_after_a_name_going_on(features: list[Features]) -> list[Features]:
    """A paragraph after one that ends in "-", "–" or "," ("Ban Kinh tế -" / "Ngân sách HĐND tỉnh") is the rest of that
    name, never a sum or its source of its own; not after a sum's or a source's own line ("Ngân sách trung ương," /
    "ngân sách tỉnh") nor after a dash alone (an empty figure's cell)."""
    out = features[:1]
    for previous, f in zip(features, features[1:]):
        before = previous.text.rstrip()
        if f.money and not previous.money and before.endswith(_NAME_GOES_ON_AFTER) and before not in _NAME_GOES_ON_AFTER:
            f = f._replace(money=False)
        out.append(f)
    return out


def _numbers_in_sequence(features: list[Features], criterion_follows: bool = False,
                         roles: Sequence[str] = ()) -> list[Features]:
    """A figure alone on its line ("80", "1.200", "94,5": a target, an amount) looks like a row number; row numbers run
    on from the one before. A figure that does not is a cell's value, not a row's number. Where the column after the
    number's is a criterion's name (``criterion_follows``), a figure followed by another, or last ("2", "3" after row
    1's unit: small counts a cell a line), is a value, though it runs on from the row's number; not where a code
    column follows the number ("2", "02")."""
    previous: tuple[int, ...] | None = None
    out = []
    numbers = _figures(features)
    if any(n is not None and len(n) > 1 for n in numbers):
        # numbers on two levels ("1.1", "1.2") number a table of criteria and sub-criteria whose figures are points, not
        # the small counts of one row after another: its row numbers are told by their sequence alone
        criterion_follows = False
    for k, f in enumerate(features):
        text = f.text.strip()
        if f.number and text[:1].isdigit():
            number = numbers[k]
            if number is None:
                f = f._replace(number=False)  # "94,5": a decimal figure
            elif previous is not None and (not _follows(previous, number) or _skipped_by_next(previous, number, numbers[k + 1:])
                                           or _printed_again(features, k) or _only_a_body_after_the_last(features, numbers, k, roles)
                                           or criterion_follows and (k + 1 == len(features) or _VALUE.match(features[k + 1].text.strip()))):
                f = f._replace(number=False)
            else:
                previous = number
        out.append(f)
    return out


def _figures(features: list[Features]) -> list[tuple[int, ...] | None]:
    """Each paragraph's figure as a row's number would be read ("3" -> (3,), "1.2" -> (1, 2)), None for other text."""
    return [tuple(int(x) for x in f.text.strip().rstrip(_FIGURE_CLOSERS).split(".")) if f.number and _FIGURE.match(f.text.strip())
            else None for f in features]


def _lines_under_the_last_row(features: list[Features], roles: Sequence[str] = ()) -> int | None:
    """Where the lines under the table's last row begin: at a stray word before a figure with only bodies' names after
    it (_only_a_body_after_the_last: "các" / "3" / "Sở Giáo dục và Đào tạo"), read before the rows' numbers are. As
    cells, whole "|" ones above all, they made rows that sat well (the word a lower half of the last task's text, the
    figure a task's, the bodies its lead and support)."""
    numbers = _figures(features)
    for k in range(1, len(features)):
        if numbers[k] is not None and any(n is not None for n in numbers[:k]) and _only_a_body_after_the_last(
                features, numbers, k, roles):
            return max(j for j in range(k) if not features[j].empty)
    return None


def _only_a_body_after_the_last(features: list[Features], numbers: list[tuple[int, ...] | None], k: int,
                                roles: Sequence[str] = ()) -> bool:
    """Whether the figure at ``k``, running on from the last row's number with no number after it, is a figure of a
    body's cell on a line of its own ("ở" / "3" / "Công an tỉnh" under the last row): a stray word in small letters that
    is no cell comes before it, and only bodies' names or a second document's header lines ("TỈNH QUẢNG NGÃI",
    "TM. ỦY BAN NHÂN DÂN") follow it. With no stray word before it, "3" / "Công an tỉnh" is a last row whose task (or
    time) is merged from the row above, and a row's task may be printed in capitals ("SƠ KẾT, TỔNG KẾT KẾ HOẠCH").
    Where the table's columns (``roles``) are known, a word that is the last row's last cell, a note's, is no stray: a
    one-word note ("mới" / "3" / "Công an tỉnh": then a last row whose task is merged from the row above)."""
    if any(n is not None for n in numbers[k + 1:]) or not _a_stray_word_before(features, k) \
            or _the_last_rows_note(features, numbers, k, roles):
        return False
    following = [f for f in features[k + 1:] if not f.empty]
    return bool(following) and all((f.agency or _a_header_line(f.text)) and not f.deadline_short for f in following)


_LONE_WORD = re.compile(r"[^\W\d_]+")


def _the_last_rows_note(features: list[Features], numbers: list[tuple[int, ...] | None], k: int,
                        roles: Sequence[str]) -> bool:
    """Whether the word before ``k`` is the row above's last cell where the table's last column is a note's: the cells
    from that row's number to the word, empty ones too (a '|' copy prints " |", a copy one cell a line its empty line),
    are exactly the table's columns, each body's and time's cell one of its kind ("2" | … | "Sở Tài chính" |
    "Tháng 10/2026" | "mới"). One more, and the word is under a full row: a stray ("…" | "mới" then "các" / "3" /
    "Sở Y tế"); fewer, or a cell not of its column's kind (one not printed: "…" | "Sở A" | "mới" | "các"), and the
    copy cannot tell which column the word is in: a stray as before (a time column last takes no word either)."""
    if not roles or roles[-1] not in _NOTE_ROLES:
        return False
    word = max((j for j in range(k) if not features[j].empty), default=None)
    start = max((j for j in range(k) if numbers[j] is not None), default=None)
    if word is None or start is None or word - start + 1 != len(roles):
        return False
    return all(f.empty or (role not in _TIME_ROLES or _is_time_cell(f)) and (role not in _BODY_ROLES or f.agency)
               for f, role in zip(features[start + 1:word], roles[1:-1]))


_BODY_ROLES = frozenset({"lead", "support"})


def _a_stray_word_before(features: list[Features], k: int) -> bool:
    """Whether the line before ``k`` is one word in small letters ("ở", "tại", "các"): a fragment no cell is made of."""
    before = next((f.text.strip() for f in reversed(features[:k]) if not f.empty), "")
    return bool(_LONE_WORD.fullmatch(before)) and before[:1].islower()


def _a_header_line(text: str) -> bool:
    """A line in capitals of a document's header or signature: the motto, a post ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
    a place ("TỈNH QUẢNG NGÃI")."""
    return is_upper_line(text) and bool(MOTTO.match(text) or is_signature_line(text) or names_a_place(text))


def _marks_with_no_title(features: list[Features], roles: list[str]) -> list[Features]:
    """Roman numerals or capitals alone ("I", "II.", "B") that come only after the table's first task row, each followed
    by a time cell ("31/12/2027", "Quý IV/2026"), by a row's number or by nothing, are no group rows' marks: a group's
    mark comes before its tasks, with its title after it ("I" | "Năm 2026" | "1" …). They are the phases a stage column
    names ("Giai đoạn thực hiện": "I", "II"), copied a cell a line: cells of their rows. A mark right after a time cell
    where the table's last column is its time, or after a row whose every column is printed, has its row ended before
    it: it opens a group ("… | Tháng 9/2026" then
    "II" | "Năm 2027": the year is the title of the group below, no phase or deadline of the row above)."""
    first = next((f for f in features if f.number), None)
    if first is None or not first.text.strip()[:1].isdigit():
        return features
    time_ends_rows = bool(roles) and roles[-1] in _TIME_ROLES
    after_full_rows = {k for k, f in enumerate(features) if f.number and _GROUP_MARK.match(f.text.strip())
                       and _fills_its_row(features, k, len(roles))}
    # the title of a group opened after a full row ("II" | "Năm 2027") is the group's title, no time cell of its own
    features = [f._replace(deadline_short=False, deadline_cell=False) if k - 1 in after_full_rows and f.deadline_short
                else f for k, f in enumerate(features)]
    marks = {k for k, f in enumerate(features) if f.number and _GROUP_MARK.match(f.text.strip())
             and not (time_ends_rows and _is_time_cell(next((g for g in reversed(features[:k]) if not g.empty), f)))
             and k not in after_full_rows}
    following = [next((g for g in features[k + 1:] if not g.empty), None) for k in marks]
    if not marks or not all(g is None or (g.number and g.text.strip()[:1].isdigit()) or _is_time_cell(g) for g in following):
        return features
    return [f._replace(number=False) if k in marks else f for k, f in enumerate(features)]


def _fills_its_row(features: list[Features], k: int, width: int) -> bool:
    """Whether the paragraphs from the last row number before ``k`` fill every column: a mark after them is no cell
    of that row (a phase's) but opens a row of its own ("… | Tháng 9/2026 | Báo cáo" then "II" | "Năm 2027")."""
    start = next((j for j in range(k - 1, -1, -1) if features[j].number and features[j].text.strip()[:1].isdigit()), None)
    return start is not None and sum(not f.empty for f in features[start:k]) >= width


def _tasks_that_open_like_bodies(features: list[Features], roles: list[str]) -> list[Features]:
    """A numbered row copied a cell a line prints its own task right after its number. A task named as a work or a
    thing that opens as a body's name does ("Trung tâm dữ liệu …", "Trường Tiểu học …": works_named_like_bodies) had
    been read as the row's lead, its task taken from the row above; it is the task where the row prints exactly one
    line per column (a wrapped cell's next line in small letters aside: every cell printed, the lead's its own line)
    and each later line sits no worse than fairly in its column. A row a line short (a cell merged from above) or long
    (a list a name a line) is left to the aligner, and so is an administrative body's name ("Sở Y tế" then two more
    bodies: a row whose task is merged may print its supports a name a line)."""
    if len(roles) < 3 or roles[:2] != ["number", "content"] or "lead" not in roles:
        return features
    out = list(features)
    for start, _, firsts in _rows_a_line_a_cell(features, roles):
        task = start + 1
        cells = [features[k] for k in firsts]
        if (features[task].agency and _WORK_LIKE_A_BODY.match(features[task].text)
                and all(cell.empty or emission(cell, role) > -1.0 for cell, role in zip(cells[2:], roles[2:]))):
            out[task] = features[task]._replace(agency=False)
    return out


def _collectives_going_on_a_text(features: list[Features], roles: list[str]) -> list[Features]:
    """A task's line broken inside its cell whose next line opens like a collective in small letters ("Sắp xếp, tổ
    chức lại" / "các đơn vị sự nghiệp công lập thuộc" / "tỉnh") had been read as a lead beside the lead's own body,
    the task cut there. Where the numbered row prints exactly one cell per column with such a line read as going on
    (a line in small letters after no sentence's end), and the line before it ends on a word that needs what follows
    ("… thuộc", "… của", "… đối với": task_line_open_ends), that line is no body's name: it stays in its text column.
    Not after a line that may end the task ("Tuyên truyền, phổ biến kế hoạch" / "các sở, ngành, địa phương"): a lead
    in small letters, another cell of the row wrapped over two lines making up the count (s45 review)."""
    if len(roles) < 3 or roles[0] != "number" or not any(role in AGENCY_ROLES for role in roles):
        return features
    out = list(features)
    for _, end, cells in _rows_a_line_a_cell(features, roles):
        for first, last, role in zip(cells, [*cells[1:], end], roles):
            if role in _TEXT_ROLES:
                out[first + 1:last] = [f._replace(agency=False) if f.agency and f.text[:1].islower()
                                       and _OPEN_END.search(features[k - 1].text.rstrip()) else f
                                       for k, f in enumerate(features[first + 1:last], start=first + 1)]
    return out


# a task's line that ends on a word needing what follows ("sắp xếp lại", "bộ phận một cửa của", "đối với"): the next
# line goes on it (data/task_tables.json task_line_open_ends)
_OPEN_END = re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, json_data("task_tables.json")["task_line_open_ends"]))
                       + r")$", re.IGNORECASE)


def _rows_a_line_a_cell(features: list[Features], roles: list[str]) -> Iterator[tuple[int, int, list[int]]]:
    """Each row opened by a figure ("3", not a group's "II") in a copy a cell a line that prints exactly one cell per
    column: its first line, the line past its end and each cell's first line. Such a row proves where each of its
    cells starts, which the readers of rows a line a cell rely on."""
    starts = [k for k, f in enumerate(features) if f.number]
    for start, end in zip(starts, [*starts[1:], len(features)]):
        if features[start].text.strip()[:1].isdigit() and len(cells := _cell_starts(features, start, end)) == len(roles):
            yield start, end, cells


def _cell_starts(features: list[Features], start: int, end: int) -> list[int]:
    """The first line of each cell of the row printed from ``start`` to ``end``, one cell a line: every line but a
    wrapped cell's next line in small letters."""
    return [start] + [k for k in range(start + 1, end) if not Join.of(features[k - 1], features[k]).wrapped]


def _notes_of_rows_a_line_a_cell(features: list[Features], roles: list[str]) -> list[Features]:
    """A note after the time column, in a numbered row copied a cell a line, whose words are time words too ("Theo
    hướng dẫn của tỉnh", "Định kỳ") had gone on the time cell as its second line. Where the row prints exactly one line
    per column, each line is its own cell: the note's line is read as no time, so it stays in its column."""
    notes = [c for c, role in enumerate(roles) if role in _NOTE_ROLES and c and roles[c - 1] in _TIME_ROLES]
    if not notes or roles[0] != "number":
        return features
    out = list(features)
    for _, _, cells in _rows_a_line_a_cell(features, roles):
        for c in notes:
            out[cells[c]] = features[cells[c]]._replace(deadline_short=False, deadline_cell=False)
    return out


def _dashes_before_a_number(features: list[Features]) -> list[Features]:
    """A dash alone ("-", "–") right before a row's number is no dashed row's mark (such a row prints its text after
    the dash) but an empty cell's sign, a note's or a time's ("… | Tháng 10/2026 | - |" then "3"): as a mark it made a
    task "-" of the row above's cells merged down."""
    out = list(features)
    for k, f in enumerate(features):
        if f.number and f.text.strip() in ("-", "–"):
            after = next((g for g in features[k + 1:] if not g.empty), None)
            if after is not None and after.number and after.text.strip()[:1].isdigit():
                out[k] = f._replace(number=False)
    return out


def _labels_over_rows(features: list[Features]) -> list[Features]:
    """A group's mark and title in one paragraph over its first row's number ("I. Chỉ tiêu về kinh tế" then "1"): a
    label merged across the table, copied as one cell; it opens its row in the number's column, as a row number does
    (an indicator table's label had gone on the last cell of the row above, or into the name's column)."""
    texts = [f.text for f in features]
    out, last_number = [], None
    for k, f in enumerate(features):
        if f.number and f.text.strip().rstrip(".").isdecimal():
            last_number = int(f.text.strip().rstrip("."))
        elif _heads_numbered_rows(texts, k, last_number + 1 if last_number is not None else None):
            f = f._replace(number=True)
        out.append(f)
    return out


def _is_time_cell(f: Features) -> bool:
    """A short cell that opens with its time ("31/12/2027", "Quý IV/2026"), in no capitals a group's title prints."""
    text = f.text.strip()
    found = find_time_words(text) if f.deadline_short and not f.group_label and not is_upper_line(text) else None
    return found is not None and found.start() == 0


def _follows_number(roles: list[str]) -> str | None:
    """The role of the column after the row number's ("criterion" after "STT"; "code" for a "Mã số")."""
    after = roles[roles.index("number") + 1:roles.index("number") + 2] if "number" in roles else []
    return after[0] if after else None


def _printed_again(features: list[Features], k: int) -> bool:
    """Whether the figure at ``k`` comes again after empty cells ("2 | … | khu | 3 | | 3 | Số chợ …"): the last is the
    row's number, the first a value of the row before (the last cells of a row may be empty); printed twice side by
    side, it is the row's number and its code ("1 | 1 | Tỷ lệ …")."""
    if k + 1 >= len(features) or not features[k + 1].empty:
        return False
    following = next((f for f in features[k + 1:] if not f.empty), None)
    return following is not None and following.text.strip() == features[k].text.strip()


def _skipped_by_next(previous: tuple[int, ...], number: tuple[int, ...], later: list[tuple[int, ...] | None]) -> bool:
    """"4" between "2" and "2.1" (a criterion's points after its number): the next number goes on from the one before
    it and not from this one, so this one is a figure of the row, no row's number."""
    following = next((n for n in later if n is not None), None)
    return (following is not None and following != number and _follows(previous, following)
            and not _follows(number, following) and len(following) > len(previous))


def rows_from_lines(blocks: list[Block], roles: list[str]) -> tuple[list[TableRow], float]:
    units = _lines_of_one_cell(blocks)
    return _time_first_rows(units, roles) or _aligned_rows(units, roles, joins=True)


def _time_first_rows(units: list[list[Block]], roles: list[str], whole_cells: bool = False,
                     ) -> tuple[list[TableRow], float] | None:
    """The rows of a time-first table with no number column ("Thời gian | Nội dung | Đơn vị thực hiện | Ghi chú": a
    conference's schedule), cut where its time cells open them: a row under a time merged over two rows or more
    prints one cell fewer, so a row opening with a time has every cell and any other is short by the time's. None
    where the cells do not come out so (a cell wrapped over two paragraphs, a printed empty time): a time or a body's
    name in the task's column, a time in any cell but the row's first (a note or a lead merged over two rows, an
    empty cell not printed: the next row's time would be read as this row's note and every row after it shifted,
    each task given the time above, s45 review), a lead that names no body, a last row cut before its body. The
    aligner then places them. Before, such a row ran into the one above (its lead took both rows' bodies) and '|' cells grouped by the
    header's width shifted every row after it. ``whole_cells``: each unit is a whole cell ("… |"), so a row whose
    next row's time comes where its notes would is short by its notes only (merged over rows or not printed): its
    notes are read empty, its other cells as printed (the counts of the whole rows prove where they are)."""
    width = len(roles)
    body = next((c for c, role in enumerate(roles) if role in AGENCY_ROLES), None)
    if (width < 3 or roles[0] not in _TIME_ROLES or body is None
            or any(r in _TIME_ROLES or r == "number" for r in roles[1:])):
        return None
    features = [Features.of_text(_cell_text(u)) for u in units]
    if not units or not features[0].deadline_short:
        return None
    rows: list[TableRow] = []
    k, time = 0, ""
    while k < len(units):
        short = not features[k].deadline_short or features[k].group_label  # "Sau Hội nghị 05 ngày": a time too
        group = units[k:k + width - short]
        if whole_cells and (end := _notes_left_out(features[k:k + len(group)], roles, short)) is not None:
            group = group[:end]  # the row's notes merged from above or left out: the next row's time opens it
        for c, f in enumerate(features[k:k + len(group)], start=short):
            if c and roles[c] not in AGENCY_ROLES and _opens_with_time(f):
                return None  # a time past the row's first cell: a cell merged or left out elsewhere, unproven (s45)
            if c and (f.empty and roles[c] not in _NOTE_ROLES | AGENCY_ROLES
                      or roles[c] in AGENCY_ROLES and not (f.empty or f.agency)
                      or roles[c] not in _NOTE_ROLES | AGENCY_ROLES and (f.agency or f.deadline_short)):
                return None
        # the table's last cells, printed empty, may have gone with the blank lines after it: its last row may be
        # short at its end, but prints its task and its first body
        if len(group) < width - short and (k + len(group) < len(units) and not whole_cells
                                           or short + len(group) <= body):
            return None
        time = time if short else _cell_text(group[0])
        cells = [time] * short + [_cell_text(u) for u in group] + [""] * (width - short - len(group))
        rows.append(_table_row([b for u in group for b in u], cells, [0] if short else [], False))
        k += len(group)
    return rows, 1.0


def _notes_left_out(features: list[Features], roles: list[str], short: int) -> int | None:
    """Where a row of whole cells from ``features`` (its first ``short`` columns merged from above) ends when a time
    opens the next row in the place of its last columns and those are notes ("Ghi chú"): the count of its cells; None
    where no time comes so, or a column it would leave out is no note. None too where a body's cell it keeps is empty
    ("Tháng 6/2026 | Tập huấn … | Sở Nội vụ | |" under a lead merged from the row above, its note empty): a row short
    by one cell in front of an empty cell prints the same count as one short by its note, so the counts prove
    nothing there (s46 review: the support read as the lead, confidence 1.0); the aligner leaves it uncertain."""
    end = next((c for c, f in enumerate(features) if c and _opens_with_time(f) and f.deadline_short), None)
    if end is None or not all(r in _NOTE_ROLES for r in roles[short + end:]):
        return None
    if any(f.empty and roles[short + c] in AGENCY_ROLES for c, f in enumerate(features[:end])):
        return None
    return end


def _opens_with_time(f: Features) -> bool:
    """A cell that reads as a time column's own ("Tháng 7/2026", "Ngày 25/5/2026", "Hằng ngày"): its time at its
    start or after one word; not a note that names one after its own words ("Đưa tin hằng ngày", "Xong trước 15/5")."""
    text = f.text.strip()
    found = find_time_words(text) if f.deadline_short and not f.group_label else None
    return found is not None and len(text[:found.start()].split()) <= 1


def _lines_of_one_cell(blocks: list[Block]) -> list[list[Block]]:
    """The paragraphs as units for the aligner: one each, but in a copy that prints a blank line after every cell's
    paragraph (its row numbers stand between blank lines), the lines with no blank line between are one unit, however
    short: a cell a site broke where its column ended ("Sở Y tế," / "Ban Quản lý các khu"), or a cell's lines kept
    together ("UBND cấp xã." / "• UBND cấp huyện"). Read as paragraphs of their own, a narrow agency cell broken after
    a comma gave a name to the cell beside it (the lead took the support's first bodies)."""
    def apart(above: Block, below: Block) -> bool:
        return below.prov.line_start > above.prov.line_end + 1

    units = [[b] for b in blocks]
    if any(b.prov.line_start is None or b.prov.line_end is None for b in blocks):
        return units
    numbers = [k for k, b in enumerate(blocks) if ROW_NUMBER.match((b.text or "").strip())]
    if len(numbers) < 2 or not all((k == 0 or apart(blocks[k - 1], blocks[k]))
                                   and (k + 1 == len(blocks) or apart(blocks[k], blocks[k + 1])) for k in numbers):
        return units
    runs = [[blocks[0]]]
    for above, below in zip(blocks, blocks[1:]):
        if apart(above, below):
            runs.append([below])
        else:
            runs[-1].append(below)
    return runs


def _aligned_rows(units: list[list[Block]], roles: list[str], joins: bool) -> tuple[list[TableRow], float]:
    """Rows from units placed by the aligner: paragraphs (one cell may take several), or whole "|"-ended cells."""
    features = [Features.of_text(_cell_text(u) if len(u) > 1 else (u[0].text or "")) for u in units]
    if (end := _lines_under_the_last_row(features, roles)) is not None:
        units, features = units[:end], features[:end]
    features = _numbers_in_sequence(features, criterion_follows=_follows_number(roles) == "criterion", roles=roles)
    features = _marks_with_no_title(features, roles)
    features = _labels_over_rows(_dashes_before_a_number(features))
    if joins:
        features = _tasks_that_open_like_bodies(_money_after_a_name_going_on(features), roles)
        features = _collectives_going_on_a_text(_notes_of_rows_a_line_a_cell(features, roles), roles)
    placements = align(features, roles, joins=joins)
    if (end := _body_goes_on_at(units, placements, roles)) is not None:
        units, features, placements = units[:end], features[:end], placements[:end]
    features_of = {b.id: f for u, f in zip(units, features) for b in u}  # a cell's lines are judged as the cell
    rows: list[_Row] = []
    for unit, place in zip(units, placements):
        if place.new_row or not rows:
            rows.append(_Row({}))
        rows[-1].cells.setdefault(place.column, []).extend(unit)
    if not joins:
        _second_products(rows, roles, features_of)
    table_rows: list[TableRow] = []
    previous: list[str] = [""] * len(roles)
    certain = 0
    # paragraphs (``joins``) may drop an empty cell, so a row's one agency cell may as well be a lead with no support:
    # only whole cells, or paragraphs that print their empty cells (a site's "\xa0"), tell a merged cell
    shows_empty = not joins or any(features_of[u[0].id].empty for u in units)
    for row in rows:
        settled, unread = _one_agency_cell(row, roles, previous, shows_empty)
        if joins and _agency_cells_split_untold(row, roles):
            unread = (roles.index("lead"), roles.index("support"))
        if joins and (run_in := _bodies_run_into_next_row(row, roles, features_of)):
            unread = (*unread, *run_in)
        printed = sorted(row.cells)
        merged = [c for c in range(len(roles)) if c not in row.cells and not _left_empty(row, roles, c)]
        cells = [(_cell_text(row.cells[c]) if c in row.cells else previous[c] if c in merged else "")
                 for c in range(len(roles))]
        for c in unread:
            cells[c] = ""
        # a column left unread is one of the two agency columns, merged down: no cell sitting badly
        explained = settled if settled is not None else next((c for c in unread if c not in row.cells), None)
        sits_badly = _doubtful(row, roles, features_of, explained, whole_cells=not joins)
        certain += not sits_badly  # a row whose cells sit well, though which body leads is unread, is well placed
        table_rows.append(_table_row(row.blocks(), cells, merged if printed else [], bool(unread) or sits_badly))
        previous = cells
    confidence = certain / len(rows) if rows else 0.0
    return table_rows, confidence


_GROUP_MARK = re.compile(r"^(?:[A-ZĐ]|[IVXLC]{1,6})[.)]?$")  # a group's capital letter or Roman numeral ("B", "II.")
_TITLE_ROLES = frozenset({"content", "criterion", "group"})


def _left_empty(row: _Row, roles: list[str], c: int) -> bool:
    """Whether column ``c``, which the row does not print, is empty rather than merged down from the row above: a
    figure after the row's last printed cell (a copy drops an empty last cell: "3 | Số chợ | chợ | " had taken the
    target above), or any cell after the title of a group row that prints only its mark and title ("B" | "CHỈ TIÊU XÃ
    HỘI", "II" | "Nhiệm vụ cụ thể", "a)" | "NHIỆM VỤ CHUNG"; in a table of figures any mark: "a)" | "Chỉ tiêu xã hội";
    the mark and title in one cell: "II. Chỉ tiêu xã hội"): it had taken the figures, the unit and the bodies of the
    row above. A task table's "a)" | "Khảo sát …" may be a sub-task under bodies merged down over it."""
    printed = sorted(row.cells)
    if not printed or c < printed[-1]:
        return False
    if roles[c] in _FIGURE_ROLES:
        return True
    if printed == [0] and roles[0] == "number" and MARKED_GROUP_LABEL.fullmatch(_cell_text(row.cells[0]).strip()):
        return True  # "I. CHỈ TIÊU XÃ HỘI" in one cell across the row: a group's label, no cell merged from above
    if len(printed) != 2 or roles[printed[0]] != "number" or roles[printed[1]] not in _TITLE_ROLES:
        return False
    mark, title = _cell_text(row.cells[printed[0]]).strip(), _cell_text(row.cells[printed[1]]).strip()
    figures = bool(_FIGURE_ROLES & set(roles))
    return bool(_GROUP_MARK.match(mark) or (not mark[:1].isdigit() and (figures or is_upper_line(title))))


_BARE_BULLETS = {"-": "dash", "–": "dash", "•": "dash", "+": "plus"}  # a bullet alone on its line, its text on the next


def _body_item(text: str) -> Label | None:
    """The label of an item of the document's body the paragraph opens ("b) …", "2. …", "- …", or the label alone),
    as ``numbering.classify`` reads it; a bullet alone on its line too."""
    if (kind := _BARE_BULLETS.get(text)) is not None:
        return Label(kind=kind, label=text, number=None, rest="")
    return classify(text)


def _body_goes_on_at(units: list[list[Block]], placements: list[Placement], roles: list[str]) -> int | None:
    """Where the document's body goes on under a flattened table's last row: the first paragraph opening an item of
    it ("b) …", "2. …", "- …", the label alone or with its text) that opens a row or runs on from a row's last cell,
    with no row number after it, whose label follows none of the table's: a later letter or number with no earlier one
    before it in the table ("b)" with no "a)"), a first one or a bullet whose row prints no task and work of its own
    ("a)" then a body). Read as cells, its bodies had joined the last task's lead (its label a sub-item's) or its last
    cell."""
    texts = [(u[0].text or "").strip() for u in units]
    last_row_number = max((k for k, t in enumerate(texts) if _row_number(t) is not None or _ITEM_LABEL.match(t)),
                          default=-1)
    for k in range(max(1, last_row_number), len(units)):
        if not (placements[k].new_row or placements[k - 1].column == len(roles) - 1):
            continue
        if (label := _body_item(texts[k])) is not None and not _table_item(label, k, texts, placements, roles):
            return k
        if k > last_row_number and not placements[k].new_row and roles[-1] in _TIME_ROLES \
                and _a_sentence_with_no_time(texts[k]):
            return k  # "Quý III/2026" / "Giao Công an tỉnh điều tra …": the body's sentence, no time going on
    return None


_SENTENCE_WORDS = 6  # a time cell's short line going on ("Hoàn thành trước ngày 30/9", "(sau khi có hướng dẫn)")


def _a_sentence_with_no_time(text: str) -> bool:
    """Whether a line is a sentence of the body rather than a time cell's next line: it opens with a capital, ends as a
    sentence does and names no time (a time cell's note "Tiếp tục triển khai trong giai đoạn tiếp theo" has no stop;
    "Riêng đối với các xã miền núi hoàn thành trong quý IV/2026." names the task's later end)."""
    return len(text.split()) >= _SENTENCE_WORDS and text[:1].isupper() and text.endswith((".", ":")) and \
        find_time_words(text) is None


def _table_item(label: Label, k: int, texts: list[str], placements: list[Placement], roles: list[str]) -> bool:
    """Whether the item labelled ``label`` at paragraph ``k`` is the table's: its label follows one of the table's
    (same kind, one before; a number the row numbers' next), or it is a first item or a bullet and its row prints a
    task's text and a work cell of its own (an indicator's name and a figure of its own)."""
    earlier = [other for t in texts[:k] if (other := _body_item(t)) is not None and other.kind == label.kind]
    if label.value is not None and label.value > 1:
        last_row = _last_row_number_of(texts[:k]) if label.kind == "arabic" and label.depth == 1 else None
        return label.value - 1 == last_row or any(
            other.value == label.value - 1 and other.depth == label.depth for other in earlier)
    row = {placements[k].column} if label.rest.strip() else set()  # a label alone is no task's text
    for place in placements[k + 1:]:
        if place.new_row:
            break
        row.add(place.column)
    own = [roles[c] for c in row]
    if "criterion" in own:  # "- | Trong đó: … | % | 28 | …": an indicator's part under it, its figures in the row
        return any(role in _TARGET_COLUMN_ROLES for role in own)
    return "content" in own and any(role in _WORK_ROLES for role in own)


def _second_products(rows: list[_Row], roles: list[str], features_of: dict[str, Features]) -> None:
    """A row of one whole cell in the task column that reads as a product, right after a row that printed the last
    column, the products': the task's second product, printed as a row of its own under its merged cells (the aligner
    would rather open a task with it, its body and time copied from the row above). Moved to the products' column."""
    last = len(roles) - 1
    if roles[last] != "output" or "content" not in roles:
        return
    content = roles.index("content")
    for above, row in zip(rows, rows[1:]):
        cell = row.cells.get(content, [])
        if list(row.cells) == [content] and last in above.cells and len(cell) == 1 and features_of[cell[0].id].product:
            row.cells = {last: cell}


def _one_agency_cell(row: _Row, roles: list[str], previous: list[str], merged_only: bool = True
                     ) -> tuple[int | None, tuple[int, ...]]:
    """A row that prints one agency cell where the table has a lead and a support column side by side, the other merged
    down from the row above: the printed cell may be either. A merged cell holds a value (Word merges cells that repeat
    one), so where the row above's cell is empty in one of the two columns only, the printed cell is that column's
    (moved there) and the other is surely merged: returned first. Where both are filled nothing says which: the two
    columns are returned second, to be left empty in an uncertain row, never a guessed body; so where both are empty
    above (a group row: the merged cell ran on from a task above it). ``merged_only`` False: a cell left out may be
    an empty one the copy dropped, not a merged one (a lead with no support): the printed cell stays where the columns
    put it, and where both are filled above only the other column is left empty, never the row above's body."""
    if roles.count("lead") != 1 or roles.count("support") != 1 or not row.cells:
        return None, ()
    lead, support = roles.index("lead"), roles.index("support")
    between = range(min(lead, support) + 1, max(lead, support))
    if (lead in row.cells) == (support in row.cells) or any(c in row.cells for c in between):
        return None, ()
    shown, hidden = (lead, support) if lead in row.cells else (support, lead)
    if previous[shown] and previous[hidden]:
        return None, (lead, support) if merged_only else (hidden,)
    if merged_only and not previous[shown] and not previous[hidden]:
        return None, (lead, support)
    if not previous[shown] or not merged_only:
        return None, ()
    row.cells[hidden] = row.cells.pop(shown)  # nothing above the hidden column to merge down: the printed cell is its own
    return shown, ()


def _bodies_run_into_next_row(row: _Row, roles: list[str], features_of: dict[str, Features]) -> tuple[int, ...]:
    """The agency columns of a row of a time-first table with no number column (a schedule) whose paragraphs go on
    past the body's name with a line that names no body and goes on no name (a capital after no comma, a task's verb
    first, no body's word: "Sở Y tế" / "Trình UBND tỉnh phê duyệt"): the next row's task and a note ran into it where the cells' counts
    proved no cut (a cell wrapped over two paragraphs). Those cells are left empty, the row uncertain: never two
    rows' bodies in one lead."""
    if not roles or roles[0] not in _TIME_ROLES or "number" in roles:
        return ()
    return tuple(c for c, blocks in row.cells.items() if roles[c] in AGENCY_ROLES and any(
        not features_of[below.id].agency and (below.text or "")[:1].isupper()
        and not (above.text or "").rstrip().endswith((",", ";", "-", "–", "và"))
        and _RUN_IN_OPENER.match((below.text or "").strip()) and not _BODY_START.match((below.text or "").strip())
        for above, below in zip(blocks, blocks[1:])))


# the line a body's name ran into: the next row's task or a note, which opens with a task's verb (data/task_tables.json
# content_openers, row_run_in_verbs: "Trình UBND tỉnh phê duyệt", "Bảo đảm an ninh trật tự"); no line that goes on a name ("Trung tâm" /
# "Phục vụ hành chính công", "Ban Quản lý" / "Khu kinh tế tỉnh") or names another body the agency pattern misses
# ("Bệnh viện Đa khoa tỉnh", "Tỉnh đoàn", "Chi nhánh Ngân hàng …": body_words.csv), s45 review
_RUN_IN_OPENER = re.compile(r"(?:" + "|".join(map(re.escape, [*json_data("task_tables.json")["content_openers"]["verbs"],
                                                                 *json_data("task_tables.json")["row_run_in_verbs"]]))
                            + r")\b", re.IGNORECASE)
_BODY_START = re.compile(body_start())


def _agency_cells_split_untold(row: _Row, roles: list[str]) -> bool:
    """Copied a paragraph a line, a lead and a support side by side whose bodies are all items of one list ("- Sở
    Công Thương" / "- Sở Y tế" / "- Sở Tài chính"): where the lead ends and the support begins is not printed, with
    three lines or more in the two (two are one each), or two or more where one of them is not printed (merged down,
    or an empty cell the copy dropped). Read by how items join, the supports had gone into the lead."""
    if roles.count("lead") != 1 or roles.count("support") != 1:
        return False
    lead, support = roles.index("lead"), roles.index("support")
    printed = [c for c in (min(lead, support), max(lead, support)) if c in row.cells]
    if abs(lead - support) != 1 or not printed:
        return False
    lines = [(b.text or "").strip() for c in printed for b in row.cells[c] if (b.text or "").strip()]
    marks = {line[:1] for line in lines}
    return (len(lines) >= 3 or len(printed) == 1 and len(lines) >= 2) and len(marks) == 1 and all(
        _BULLET_START.match(line) for line in lines)


LABEL_ROLES = frozenset({"number", "group", "subgroup"})


def _doubtful(row: _Row, roles: list[str], features_of: dict[str, Features], settled: int | None = None,
              whole_cells: bool = False) -> bool:
    """A row whose paragraphs sit badly in their columns (an agency in a task column, a long text in
    the deadline column …), or that prints task cells yet leaves a later cell to the row above (a merged
    cell covers leading cells, or all the task cells of a row that prints only its label) other than ``settled``
    (a column surely merged down: ``_one_agency_cell``). ``whole_cells``: every cell ends with "|", an empty one too
    (" |"), so the cells after a row's last printed one are merged down, not dropped: no doubt (a time merged down
    over tasks whose cells run over several lines had every such row doubtful, and the rows read by position won)."""
    printed = sorted(row.cells)
    # a group row's label with its work cells printed empty gives no task cell the merged one could be out of line with
    labelled = any(roles[c] in LABEL_ROLES and _cell_text(row.cells[c]).strip() for c in printed)
    if any(roles[c] not in LABEL_ROLES and (not labelled or _cell_text(row.cells[c]).strip()) for c in printed):
        if any(c not in row.cells and c != settled and not _left_empty(row, roles, c)
               and not (whole_cells and c > printed[-1]) for c in range(printed[0], len(roles))):
            return True
    for column, blocks in row.cells.items():
        # a label's own second line ("Y tế công lập") is judged by the label, so only its first line counts
        label_column = roles[column] in ("group", "subgroup")
        judged = blocks[:1] if label_column else blocks
        if any(emission(features_of[b.id], roles[column]) <= -1.0 for b in judged if (b.text or "").strip()):
            return True
        if label_column and any((b.text or "").startswith("-") or AGENCY.match(b.text or "") for b in blocks[1:]):
            return True
    return False


def _table_row(blocks: list[Block], cells: list[str], merged: list[int], uncertain: bool) -> TableRow:
    lines = [n for b in blocks for n in (b.prov.line_start, b.prov.line_end) if n is not None]
    pages = [b.prov.page for b in blocks if b.prov.page is not None]
    return TableRow(
        kind="data", cells=cells, line_start=min(lines, default=None), line_end=max(lines, default=None),
        page=min(pages, default=None), merged_from_above=merged, uncertain=uncertain,
        raw="\n".join(b.text or "" for b in blocks) if uncertain else None, blocks=[b.id for b in blocks],
    )


# a first column real tables merge down over the rows under it: the row's number (over a task's second product), the
# group its tasks belong to ("Lĩnh vực" printed once over them)
_MERGED_FIRST = frozenset({"number", "group"})


def rows_from_pipes(blocks: list[Block], roles: list[str]) -> tuple[list[TableRow], float]:
    """Cells end with "|"; a cell may run over several lines before its "|". Every row has the header's
    number of cells; a row whose first cell is not a row number is flagged. Where a table numbers its rows (or names
    their group in its first column) and some group of cells does not start with a number, rows under merged cells
    may have printed fewer cells: each
    cell is then placed by the aligner, as copied paragraphs are, and the reading with more rows that sit well in
    their columns is kept."""
    cells = _pipe_cells(blocks)
    if (timed := _time_first_rows(cells, roles, whole_cells=True)) is not None:
        return timed
    numbered = not roles or roles[0] != "criterion"  # an indicator table with no number column opens with its names
    rows, confidence = _positional_rows(cells, len(roles), numbered)
    if roles and (roles[0] in _MERGED_FIRST or (roles[0] == "criterion" and len(cells) % len(roles))) and confidence < 1.0:
        aligned, aligned_confidence = _aligned_rows(cells, roles, joins=False)
        if aligned_confidence >= confidence:  # the reading whose rows sit better in their columns (positional is broken)
            return aligned, aligned_confidence
    return rows, confidence


def _positional_rows(cells: list[list[Block]], n_columns: int, numbered: bool = True) -> tuple[list[TableRow], float]:
    """``numbered``: the first column numbers the rows (a row whose first cell is no number is doubtful); with no
    number column ("Chỉ tiêu | ĐVT | 2025 | 2026") a row is whole by its count of cells."""
    rows: list[TableRow] = []
    good = start = 0
    while start < len(cells):
        width = n_columns
        if (not numbered and start + 1 < len(cells) and MARKED_GROUP_LABEL.fullmatch(_cell_text(cells[start]).strip())
                and _cell_text(cells[start + 1]).strip()):
            width = 1  # "I. Kinh tế |" then the next row's name: a group's label merged across a table with no numbers
        group = cells[start : start + width]
        start += width
        texts = [_cell_text(c) for c in group] + [""] * (n_columns - len(group))
        row_blocks = [b for c in group for b in c]
        ok = len(group) == width and bool(not numbered or ROW_NUMBER.match(texts[0]) or not texts[0])
        good += ok
        rows.append(_table_row(row_blocks, texts, [], not ok))
    return rows, (good / len(rows) if rows else 0.0)


def rows_from_grid(grid: list[list[str]], block: Block, first: int = 0) -> list[TableRow]:
    """A table's grid (Table.grid: strings) as data rows at its block, ``first`` the block's grid row the first of
    ``grid`` is. Not validated again: a big table has hundreds of rows, and a row's validation of its cells costs
    twice its making (cachegrind)."""
    prov = block.prov
    pages = _row_pages(block.table, prov.page) if block.table is not None else []
    return [
        trusted(TableRow, {"kind": "data", "cells": list(r), "line_start": prov.line_start, "line_end": prov.line_end,
                           "page": pages[first + k] if first + k < len(pages) else prov.page, "merged_from_above": [],
                           "uncertain": False, "raw": None, "blocks": [block.id]})
        for k, r in enumerate(grid)
    ]


def _row_pages(table: Table, page: int | None) -> list[int | None]:
    """The page each grid row is printed on: its cells' (a table joined over pages, a scan: parsers/common.py), a row
    of cells merged down from above on the page of the row above; ``page`` (the block's) where the cells tell none."""
    told: list[int | None] = [None] * table.n_rows
    for cell in table.cells:
        if cell.page is not None and cell.row < table.n_rows:
            told[cell.row] = cell.page
    pages, last = [], page
    for row_page in told:
        last = row_page if row_page is not None else last
        pages.append(last)
    return pages


_GROUP_NUMBER = re.compile(r"^(?:[IVXLC]{1,6}|[A-ZĐ])[.)]?$")  # "I.", "II", "A", "B.": a group's label, not a task's
_TABLE_ENDS = listed_pattern("task_tables.json", "table_ends")
_PLACE_AND_DATE_END = re.compile(json_data("task_tables.json")["place_and_date_end"].replace("CAPITAL", f"[{CAPITAL_LETTERS}]"))
_WORKING_SHARE = 0.75
_WORK_ROLES = frozenset({"lead", "support", "lead_support", "implementer", "submitter", "deadline", "start", "output",
                         "agency_mark", "period_mark", "result", "status", "status_mark"})


_ITEM_LABEL = re.compile(r"^[a-zđ][).]$")
# a scan may read the number's last dot as another stop ("2.2;")
_LEADING_NUMBER = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)[.;:,]?(?:\s+\S|$)")
_FIRST_UNDER = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)\.1\.?$")  # "2.1", "1.2.1": the first row numbered under "2", "1.2"
_BARE_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*")
_BULLET_START = re.compile(r"^[-+•–]\s")
_ITEM_MARKS = frozenset("-+•–")  # an item's mark printed alone in the number's column


def _sub_number(number: str, following: str) -> bool:
    """"1" then "1.1": the row numbered ``number`` heads the rows numbered under it (also where its title runs in
    the number cell: "1. Sở Tài chính" across the table)."""
    lead = _LEADING_NUMBER.match(number)
    stem = lead.group(1) if lead else number.rstrip(".")
    if bool(stem) and following.startswith(f"{stem}.") and len(following.rstrip(".")) > len(stem) + 1:
        return True
    return _misread_parent(stem, following)


def _misread_parent(stem: str, following: str) -> bool:
    """"3" over "2.1", "12." over "1.2.1": the row right above the first row of a run heads it, its number misread
    by a scan's OCR (a figure read as another, its dots lost): a number as deep as the run's parent, or the parent's
    figures without their dots."""
    first = _FIRST_UNDER.match(following)
    if not first or not _BARE_NUMBER.fullmatch(stem):
        return False
    parent = first.group(1)
    return stem.count(".") == parent.count(".") or stem.replace(".", "") == parent.replace(".", "")


def _heads_items(number: str, next_row: list[str] | None, number_column: int, content_column: int | None,
                 title: str = "") -> bool:
    """"1." over "a)", "b)" or over unnumbered "- " items: the numbered row heads the items under it; over items
    whose dash is printed in the number's column ("-" | "Rà soát …") only where its title names their lead in words
    ("Nhiệm vụ giao Sở Nội vụ chủ trì": data/task_tables.json group_leads)."""
    if not number or next_row is None:
        return False
    below = next_row[number_column].strip()
    content = next_row[content_column].strip() if content_column is not None else ""
    return bool(_ITEM_LABEL.match(below) or (not below and _BULLET_START.match(content))
                or (below in _ITEM_MARKS and lead_in_group_title(" ".join(title.split())) is not None))


def _labels_group(texts: list[str], printed: list[int], number: int | None, content: int | None) -> bool:
    """A row's printed cells label a group: "I."/"A." for a number, a heading in capitals, "Nhóm …"."""
    label = texts[content] if content in printed else texts[printed[0]]
    return bool((number in printed and _GROUP_NUMBER.match(texts[number])) or is_upper_line(label) or GROUP_LABEL.match(label))


_GROUP_AGENCY_ROLES = frozenset({"lead", "lead_support", "implementer"})
_GROUP_LENT_ROLES = _GROUP_AGENCY_ROLES | {"deadline"}  # what a row labelled as a group may name for its tasks


def _lends_agency(i: int, rows: list[TableRow], roles: list[str], filled: list[int], numbers: list[str],
                  labelled: bool) -> bool:
    """"1 | Nhóm … | Sở Tư pháp | | " over "1.1", "1.2" (or items "a)", "b)"; or a group's label "II" over "1", "2")
    whose lead cells are empty: a group row that names the lead of the tasks under it; a row ``labelled`` as a group
    ("I", "A.", capitals, "Nhóm …") may name their deadline too ("I | Nhóm … | | | Năm 2026"). Its only work cells are
    those; the first row numbered under it leaves them empty."""
    agency = [j for j in filled if roles[j] in (_GROUP_LENT_ROLES if labelled else _GROUP_AGENCY_ROLES)]
    if not agency or any(roles[j] in _WORK_ROLES for j in filled if j not in agency):
        return False
    first = next((r for r, n in zip(rows[i + 1:], numbers[i + 1:]) if n), None)
    if first is None:
        return False
    below = first.cells[roles.index("number")].strip()
    under = _sub_number(numbers[i], below) or _ITEM_LABEL.match(below) or _GROUP_NUMBER.match(numbers[i])
    return bool(under) and not any(first.cells[j].strip() for j in agency)


_MIN_NAMES_ROW = 3


def _lower_header_line(texts: list[str]) -> bool:
    """Cells that are a two-line header's lower line ("Tổng kinh phí | Ngân sách tỉnh | Ngân sách huyện | Ghi chú"):
    each names a column and none is a time or a body (a row's "Giai đoạn 2026 - 2030 | Báo cáo kết quả", "Các cơ
    quan, đơn vị liên quan | Năm 2026" name columns' kinds too), and three or more are children of one kind (the
    names under one parent: "Kinh phí"). Never a task's row."""
    if len(texts) < _MIN_NAMES_ROW or not all(len(t) <= _MAX_HEADER_NAME and column_role(t) != "other"
                                              and find_time_words(t) is None and not looks_like_agency(t) for t in texts):
        return False
    kinds = Counter(kind for t in texts if (kind := _child_kind(t)) is not None)
    return bool(kinds) and max(kinds.values()) >= _MIN_NAMES_ROW
_HEADER_LIKENESS = 85  # rapidfuzz ratio of every cell: a header read again by OCR differs by a letter or two


def _header_again(folded: tuple[str, ...], header: set[tuple[str, ...]]) -> bool:
    """The row is the header printed again: the same names (a scan's OCR reads them each time with a slip or two:
    "Thời øian", "phốihợp"), empty where the header is empty."""
    if folded in header:
        return True
    from rapidfuzz import fuzz

    return any(len(row) == len(folded) and any(row) and all(
        (not a) == (not b) and (not a or fuzz.ratio(a, b) >= _HEADER_LIKENESS) for a, b in zip(row, folded))
        for row in header)


def classify_rows(rows: list[TableRow], columns: list[TableColumn], header: list[list[str]] | None = None,
                  covered: list[frozenset[int]] | None = None, copied: bool = False,
                  unread: frozenset[int] = frozenset(), titled: frozenset[int] = frozenset()) -> list[TableRow]:
    """Header rows (the names again after a page break, a "(1) (2) …" row), group rows and data rows.

    In a task table a group row gives no work: its agency, deadline and product cells are empty (or it is one cell
    across the table), and it is labelled as a group: "I."/"A." for a number, a heading in capitals, a group word
    ("Nhóm …", "Lĩnh vực …"), or a number the rows below it are numbered under ("1" over "1.1", "1.2"). A numbered
    row whose only filled work cell is its lead, over rows numbered under it that leave theirs empty, is a group
    row too: it names the lead of its tasks. ``covered``: for each row of a real table, the columns a cell merged
    down from a row above covers (a lead merged over the tasks before and after a group row is none of the group's
    work); a group row keeps them as ``merged_from_above``. ``copied``: the rows were recovered from text lines (a
    copy), where a cell's dashed lines may print as rows of their own (_dashed_part_of_row_above). ``unread``: the
    rows whose work cells the reader left unread (``Cell.unreadable``: a scan's blot, rows a PDF does not part): they
    give work, which no one can read, and head no group. ``titled``: the rows of a real table whose one cell runs over
    every work column (a title merged across the row: no cell is left for a task's bodies or time), groups wherever
    they give no work ("3. | Các nhiệm vụ khác" merged across, over "- | …" items that name their own bodies)."""
    roles = [c.role for c in columns]
    kind_of_table = table_kind(roles)
    number = roles.index("number") if "number" in roles else None
    content = roles.index("content") if "content" in roles else None
    work = [j for j, r in enumerate(roles) if r in _WORK_ROLES]
    repeated = {tuple(fold(t).strip() for t in row) for row in header or []}
    numbers = [(row.cells[number].strip() if number is not None else "") for row in rows]
    with_work = [any(row.cells[j].strip() for j in work) or i in unread for i, row in enumerate(rows)]
    # in a table whose rows nearly all give work, a row that gives none groups the rows under it
    working_table = len(rows) >= 4 and sum(with_work) >= _WORKING_SHARE * len(rows)

    def heads_sub_numbers(i: int) -> bool:
        """"1" over "1.1": the next numbered row is numbered under the row's number."""
        return number is not None and _sub_number(numbers[i], next((n for n in numbers[i + 1:] if n), ""))

    def titled_task(i: int) -> bool:
        """A numbered row merged across the work columns (``titled``) with no items of its own under it: the row
        below is no "-"/"+" item, no "a)" under a number and no "2.1" under "2" (a sibling "3", a "c)" after "b)",
        or none: the table's last row). Its one cell is a task's whole text ("2 | Tổ chức Hội nghị sơ kết … (Sở Nội
        vụ chủ trì, tháng 7/2026)"), no group's title: a task, as any numbered row that heads nothing."""
        if i not in titled or number is None or not numbers[i]:
            return False
        if heads_sub_numbers(i):
            return False
        if i + 1 >= len(rows):
            return True
        below = numbers[i + 1]
        text = rows[i + 1].cells[content].strip() if content is not None else ""
        items = (below in _ITEM_MARKS or (not below and bool(_BULLET_START.match(text)))
                 or (bool(_ITEM_LABEL.match(below)) and not _ITEM_LABEL.match(numbers[i])))
        return not items

    result = []
    for i, row in enumerate(rows):
        texts = [t.strip() for t in row.cells]
        if covered and covered[i]:
            row = row.model_copy(update={"merged_from_above": sorted({*row.merged_from_above, *covered[i]})})
        filled = [j for j, t in enumerate(texts) if t and j not in row.merged_from_above]
        if all(_COLUMN_NUMBERS.match(t) for t in texts if t) and len(filled) > 1:
            kind = "header"
        elif repeated and _header_again(tuple(fold(t) for t in texts), repeated):
            kind = "header"  # the header printed again at the top of a page
        elif kind_of_table == "tasks" and _lower_header_line([texts[j] for j in filled]):
            kind = "header"  # a header's lower line printed again ("Tổng kinh phí | Ngân sách tỉnh | …"): no task
        elif copied and kind_of_table == "tasks" and _dashed_part_of_row_above(result, texts, filled, number, content):
            kind = "data"  # the row above's task goes on: tasks.py joins it to that task's text
        elif kind_of_table == "tasks" and filled and not any(j in filled for j in work) and i not in unread and (
                not any(texts[j] for j in row.merged_from_above) or _labels_group(texts, filled, number, content)
                or heads_sub_numbers(i)):
            # a row whose cells are marked merged is judged as printed where they carry nothing down (the first row
            # under the header) or where the rows under it are numbered under its number ("2 | Kiểm tra, giám sát"
            # over "2.1", copied as text: it heads them, no task that takes the work of the row above)
            kind = "data" if titled_task(i) and not _labels_group(texts, filled, number, content) else "group" if (
                _labels_group(texts, filled, number, content)
                or heads_sub_numbers(i) or i in titled
                or (number is not None and _heads_items(numbers[i], rows[i + 1].cells if i + 1 < len(rows) else None,
                                                        number, content, texts[content] if content is not None else ""))
                or (number is not None and not numbers[i] and len(filled) == 1 and sum(map(bool, numbers)) * 2 > len(numbers))
                or working_table
            ) else "data"
        elif kind_of_table == "tasks" and number is not None and filled and _lends_agency(
                i, rows, roles, filled, numbers, _labels_group(texts, filled, number, content)):
            kind = "group"
        elif number is not None and filled and set(filled) <= {number, number + 1} and kind_of_table == "indicators" \
                and (number + 1 in filled or MARKED_GROUP_LABEL.fullmatch(texts[number])) \
                and not any(texts[j] for j in range(len(texts)) if roles[j] in INDICATOR_ROLES):
            kind = "group"  # "I" | "CHỈ TIÊU KINH TẾ", or "I. CHỈ TIÊU KINH TẾ" merged across the row
        else:
            kind = "data"
        if covered and covered[i] and kind != "group":
            row = rows[i]  # a real table's row of work: its merged cells are its own (they repeat the cell above)
        # most rows are data rows, as they were made: kept as they are, not copied (rows are never changed in place)
        result.append(row if row.kind == kind else row.model_copy(update={"kind": kind}))
    return result


def _dashed_part_of_row_above(above: list[TableRow], texts: list[str], filled: list[int], number: int | None,
                              content: int | None) -> bool:
    """A row of a copied table that prints only a dashed line in the task column ("- Tổ chức hội nghị …"; no number,
    no body, no time) under a task row: a part of that task, its text printed as a row of its own (a copy from a site
    splits a cell's dashed lines so; a real table's rows are real rows), unless cells.dashed_part says otherwise."""
    if content is None or filled != [content] or (number is not None and texts[number]) or not above \
            or above[-1].kind != "data":
        return False
    above_texts = [t.strip() for t in above[-1].cells]
    above_alone = [j for j, t in enumerate(above_texts) if t and j not in above[-1].merged_from_above] == [content]
    return dashed_part(texts[content], above_texts[content], above_alone)


# ---------------------------------------------------------------------------------------------------


def recover(blocks: list[Block], region: Region, index: int, running: frozenset[str] = frozenset(),
            paged: frozenset[str] = frozenset(), page_lines: list[int] = ()) -> tuple[TableRecord, list[Issue]]:
    """``running``: the document's running headers (a PDF's pages copied as text), dropped between rows; ``paged``:
    those printed beside a page's number outside the tables (_paged_lines); ``page_lines``: the lines, sorted, of the
    page numbers a copy's reader found (furniture, not among ``blocks``)."""
    region_blocks = blocks[region.start : region.end]
    pipe = region_blocks[0].cell_end
    region_blocks = _without_page_lines(region_blocks, running, pipe, paged)
    if pipe:
        cells = _pipe_cells(region_blocks)
        texts = [_cell_text(cell) for cell in cells]
        n_header = _with_lower_empties(texts, header_length(texts))
        header_blocks = [b for cell in cells[:n_header] for b in cell]
        names = [_cell_text(cell) for cell in cells[:n_header]]
    else:
        n_header = header_length([b.text or "" for b in region_blocks])
        header_blocks = region_blocks[:n_header]
        names = [b.text or "" for b in header_blocks]
    # empty names stand for the merged cells of a two-line header; "(1) (2) …" numbers the columns under the names
    with_empties = [n.strip() for n in names if not _COLUMN_NUMBERS.match(n.strip())]
    names = [n for n in with_empties if n]
    if not pipe:
        names = _rejoined_names(names)
    printed_names, names = names, fold_two_line_header(names)
    columns = columns_from(names)
    roles = [c.role for c in columns]
    body = _without_repeated_header(region_blocks[len(header_blocks):], header_blocks)
    body = _without_repeated_header(body, [b for b in header_blocks if _COLUMN_NUMBERS.match((b.text or "").strip())])
    # a PDF viewer's copy gives each column's cells in turn: checked before the columns' numbers ("1" … "5") go
    in_turn = not pipe and roles[:1] == ["number"] and _columns_in_turn([(b.text or "").strip() for b in body],
                                                                         len(columns))
    if not pipe:
        body = _without_bare_column_numbers(body, len(columns))
        body = _blank_lines_as_empty_cells(body, page_lines)
    if table_kind(roles) == "tasks":
        body = _without_runs_of_names(body, pipe, len(columns))
    texts = [_cell_text(cell).strip() for cell in _pipe_cells(body)] if pipe else [(b.text or "").strip() for b in body]
    if len(names) < len(printed_names) and (width := _width_the_rows_tell(texts, printed_names, names)
                                            or _width_with_spacers(texts, with_empties, len(names))) != len(names):
        if width and (spaced := _folded_with_unnamed(with_empties, width)) is not None:
            names = spaced  # an empty column among the parents' spans (a spacer): no one-line header
        elif width == len(printed_names):
            # the header's lower row alone ("Năm 2025 | Kế hoạch | Thực hiện": the year over the pair lost), no two lines
            names = printed_names
        elif _years_over_plan_and_done(printed_names) != printed_names:
            # two lines, or the lower row alone: the rows do not tell, so no year is given to the pair
            names = _years_and_pairs_untold(printed_names)
        columns = columns_from(names)
        roles = [c.role for c in columns]
    if roles and roles[0] == "other" and texts and ROW_NUMBER.match(texts[0]) and len(_row_starts(texts)) >= 2:
        # a first column no vocabulary names ("Số") whose cells open each row with its number, 1, 2 …: html and docx
        # tables tell it by their cells (columns._roles_from_cells); a copy as text by the numbers its body opens with
        columns[0] = columns[0].model_copy(update={"role": "number", "evidence": "cells: the rows open with 1, 2 …"})
        roles = [c.role for c in columns]
    if in_turn:
        body = []  # no row can be put together for sure: the table's rows are left unread, never guessed
        issues_before = [Issue(code="table_rows_left_as_text", where=region_blocks[0].where(),
                               message=f"table_{index}: the copy prints each column's cells in turn (a PDF viewer's "
                                       "copy: the row numbers first, then the tasks …), not a row's cells together: "
                                       "its rows are not read")]
    else:
        issues_before = []
    printed_empty = 0  # empty cells a site printed ("\xa0" lines) among the empty lines after the last row
    while body and _is_empty(body[-1]) and not pipe:
        printed_empty += "\xa0" in (body[-1].orig or "")
        body = body[:-1]  # spacing after the last row
    # a stage named by no year ("Giai đoạn") is a time only where its cells name times: its lines are placed as any
    # other column's ("Chuẩn bị", "I": no time to pull them elsewhere), then again as times where they are
    stages = ["other" if is_stage_by_name(column) else column.role for column in columns]
    rows, confidence = _rows_of(body, pipe, stages, printed_empty)
    marked = with_marked_bodies(columns, [r.cells for r in rows])  # "CT"/"PH" under bodies' names: known from the rows
    if any(is_stage_by_name(column) and marked[c].role in ("deadline", "start") for c, column in enumerate(columns)):
        rows, confidence = _rows_of(body, pipe, roles, printed_empty)
        marked = with_marked_bodies(columns, [r.cells for r in rows])
    targets = [c for c, column in enumerate(marked) if column.role == "target"]
    if not pipe and table_kind([c.role for c in marked]) == "indicators" and (
            table_kind(roles) != "indicators" or any(roles[c] != "target" for c in targets)):
        # a target per body found in the cells ("Đơn vị | Mục tiêu", "Đơn vị | Chỉ tiêu"): its lines placed again as
        # figures' columns
        rows, confidence = _rows_of(body, pipe, [c.role for c in marked], printed_empty)
    region_blocks = _without_body_after(region_blocks, body, rows)
    if region.closed_short and rows:
        rows[-1] = _ended_short(rows[-1])
    columns = marked
    roles = [c.role for c in columns]
    header_row = _table_row(header_blocks, names, [], False).model_copy(update={"kind": "header"})
    rows = [header_row, *classify_rows(rows, columns, copied=True)]
    table = TableRecord(
        id=f"table_{index}", title=region.section_title, columns=columns, kind=table_kind(roles),
        layout="pipe" if pipe else "lines", confidence=round(confidence, 3), blocks=[b.id for b in region_blocks], rows=rows,
    )
    issues = issues_before + [
        Issue(code="table_row_uncertain",
              message=f"{table.id}: the cells of this row could not be recovered with confidence; its text is kept as printed",
              where={"block": r.blocks[0] if r.blocks else None, "line": r.line_start, "page": r.page})
        for r in rows if r.uncertain
    ]
    return table, issues


_MIN_NUMBERS_IN_TURN = 2  # "1" / "2" / a task: two rows in turn (a copy by rows prints row 1's task between)


def _columns_in_turn(texts: list[str], n_cols: int) -> bool:
    """A copy a cell a line under a number column whose body opens with three row numbers or more in sequence, each a
    line, and then no row's number ("1" / "2" / "3" / "Xây dựng …"): a PDF viewer's copy that gives the number
    column's cells, then the next column's; a copy by rows prints a row's other cells (or their empty marks) between
    two numbers. A run "1" … N for N columns reads as the columns' own numbers too (under the names, the first row's
    mark after them: "1", "I"): left to _without_bare_column_numbers."""
    filled = [t for t in texts if t]
    numbers = list(itertools.takewhile(_BARE_ROW_NUMBER.fullmatch, filled))
    values = [int(n.rstrip(".")) for n in numbers]
    if not (len(values) >= _MIN_NUMBERS_IN_TURN and values == list(range(values[0], values[0] + len(values)))):
        return False
    if values != list(range(1, n_cols + 1)):
        return True
    # "1" … N for N columns: the columns' own numbers have a row's number (or a group's mark) among the next N cells;
    # as many rows as columns in turn (5 × 5) have the tasks' texts there, none a number
    after = filled[len(values):len(values) + n_cols]
    return len(after) == n_cols and not any(_BARE_ROW_NUMBER.fullmatch(t) or _ROW_MARK_IN_TURN.match(t) for t in after)


_ROW_MARK_IN_TURN = re.compile(r"^(?:[IVXLC]{1,6}|[A-ZĐa-zđ])[.)]?(?:\s|$)")  # "I", "II.", "A", "a)": a group's mark


def _ended_short(row: TableRow) -> TableRow:
    """The last row, the document's closing line printed where its next cell would be: the cells after those it
    prints are not given, so they stay empty (not the row above's, as a cell merged down would be)."""
    merged = set(row.merged_from_above)
    trailing = set(itertools.takewhile(merged.__contains__, range(len(row.cells) - 1, -1, -1)))
    if not trailing:
        return row
    cells = ["" if c in trailing else cell for c, cell in enumerate(row.cells)]
    return row.model_copy(update={"cells": cells, "merged_from_above": sorted(merged - trailing)})


def _rows_of(body: list[Block], pipe: bool, roles: list[str], printed_empty: int) -> tuple[list[TableRow], float]:
    """The rows of a flattened table's body under columns of these roles, and how surely they were placed."""
    if not body:
        return [], 0.0
    if pipe:
        rows, confidence = rows_from_pipes(body, roles)
    else:
        rows, confidence = _last_cells_printed_empty(rows_from_lines(body, _aligned_roles(roles)), printed_empty)
    rows = _without_strays_under_the_last_row(_rows_broken_over_pages(rows, roles), roles)
    return _without_lettered_rows_lacking_text(rows, roles), confidence


def _folded_with_unnamed(names: list[str], width: int) -> list[str] | None:
    """A two-line header whose upper line prints ``width`` cells, an empty one after a parent for each column it spans
    and an empty one for a column no name heads (a spacer an editor left: "Đơn vị thực hiện | | | Thời gian" over
    "Chủ trì | Phối hợp"): the folded names with "" at the unnamed column's place. None where the empties are only
    the parents' spans, or the names do not fold so."""
    upper, lower = names[:width], [n for n in names[width:] if n]
    folded = fold_two_line_header([n for n in upper if n] + lower)
    if not lower or len(upper) != width or len(folded) >= width:
        return None
    placed: list[str] = []
    at = spanned = 0
    for name in upper:
        if not name:
            if spanned:
                spanned -= 1  # the parent's span
            else:
                placed.append("")
            continue
        run = 1 if at < len(folded) and folded[at] == name else sum(
            1 for _ in itertools.takewhile(lambda n: n.startswith(f"{name} / "), folded[at:]))
        if not run or spanned:
            return None
        placed += folded[at:at + run]
        at, spanned = at + run, run - 1
    return placed if at == len(folded) and len(placed) == width and not spanned else None


def _width_the_rows_tell(texts: list[str], printed: list[str], folded: list[str]) -> int | None:
    """How many columns the body's rows have, ``len(printed)`` or ``len(folded)``, or None where they do not tell. A
    header flattened into lines may be one row or two folded ("Năm 2025" over "Kế hoạch | Thực hiện": two columns, or
    three where only the lower row was copied). The rows tell it by their numbers ("1", "2", "3" … every so many cells,
    two rows at least) or, where names wrap, group rows ("I. Kinh tế") come between or a number is missing, by the run
    of figures every numbered row holds, as many as the columns of figures under one reading and not the other."""
    for width, other in ((len(printed), len(folded)), (len(folded), len(printed))):
        if _numbered_every(texts, width) and not _numbered_every(texts, other):
            return width
    runs = _figure_runs(texts)
    if len(runs) < 2 or len(set(runs)) != 1:
        return None
    told = [len(names) for names in (printed, folded) if _figure_columns(names) == runs[0]]
    return told[0] if len(told) == 1 else None


def _figure_runs(texts: list[str]) -> list[int]:
    """The longest run of figures in each row numbered "1", "2", "3" … (from the first "1" on; the number itself not
    counted): a wrapped name or a group row between rows is no figure and leaves the run as it is."""
    from .indicators import read_target  # the indicators stage reads the tables this module finds

    starts, runs = _row_starts(texts), []
    for start, end in zip(starts, [*starts[1:], len(texts)]):
        longest = run = 0
        for text in texts[start + 1:end]:
            run = run + 1 if text in _DASHES or (len(text) <= _MAX_FIGURE_CELL and read_target(text)) else 0
            longest = max(longest, run)
        runs.append(longest)
    return runs


def _row_starts(texts: list[str]) -> list[int]:
    """Where the rows numbered "1", "2", "3" … start among a flattened table's cells, in turn from the first "1"."""
    starts, expected = [], 1
    for k, text in enumerate(texts):
        if text.rstrip(".") == str(expected):
            starts.append(k)
            expected += 1
    return starts


_DASHES = frozenset({"-", "–", "—", "x"})
_MAX_FIGURE_CELL = 40


def _figure_columns(names: list[str]) -> int:
    """How many columns of figures these names give: a year's, a plan's, a result's, a target's."""
    return sum(1 for c in columns_from(names) if c.role in _TARGET_COLUMN_ROLES - {"unit"} or c.role == "rank")


def _years_and_pairs_untold(names: list[str]) -> list[str]:
    """The names with each run of years and the plan-and-result pairs after it ("Năm 2025 | Kế hoạch | Thực hiện")
    named as printed, whose year each column is not told (role period_untold)."""
    out, i = [], 0
    while i < len(names):
        years, pairs = _years_and_pairs_at(names, i)
        if pairs:
            out += untold_year_names(names[i:i + years + 2 * pairs], years + 2 * pairs)
            i += years + 2 * pairs
        else:
            out += names[i:i + max(years, 1)]
            i += max(years, 1)
    return out


def _width_with_spacers(texts: list[str], with_empties: list[str], folded: int) -> int | None:
    """The one width, wider than the folded names, that the rows' numbers tell and a two-line header whose upper line
    holds spacer columns fits (_folded_with_unnamed: "Đơn vị thực hiện | | | | Thời gian" over "Chủ trì | Phối hợp"
    with two spacers); None where no width or more than one does."""
    widths = [w for w in range(folded + 1, len(with_empties))
              if _numbered_every(texts, w) and _folded_with_unnamed(with_empties, w) is not None]
    return widths[0] if len(widths) == 1 else None


def _numbered_every(texts: list[str], width: int) -> bool:
    first = next((k for k, t in enumerate(texts) if t.rstrip(".") == "1"), None)
    if first is None:
        return False
    starts = range(first, len(texts), width)
    return len(starts) >= 2 and all(texts[k].rstrip(".") == str(n) for n, k in enumerate(starts, 1))


def _aligned_roles(roles: list[str]) -> list[str]:
    """The roles the rows of a table flattened into lines are aligned by: in an indicator table a column no name gives
    a role ("So sánh (%)", "Tăng/giảm") holds figures, its "-" a figure's dash, never the next row's number; in a task
    table a note's or an unknown named column ("Căn cứ pháp lý", "Giai đoạn") keeps its cells aside, where a citation
    ("Thông tư 10/2025") or a span ("2026-2027") would otherwise open the time cell."""
    kind = table_kind(roles)
    if kind == "indicators":
        return ["figures" if r == "other" else r for r in roles]
    return ["aside" if r in ("note", "other") else r for r in roles] if kind == "tasks" else roles


def _without_body_after(region_blocks: list[Block], body: list[Block], rows: list[TableRow]) -> list[Block]:
    """The table's blocks up to the paragraphs of the document's body its rows left after them (_body_goes_on_at):
    those are the body's again."""
    used = {block_id for row in rows for block_id in row.blocks}
    last = max((k for k, b in enumerate(body) if b.id in used), default=-1)
    left = next((b for b in body[last + 1:] if not _is_empty(b)), None)
    return region_blocks if left is None else region_blocks[:next(k for k, b in enumerate(region_blocks) if b is left)]


# A task's text going on in small letters: a word of letters, or a one-letter word before another ("ở các xã"); not a
# label or a stray ("a", "b)", "a0": an item's label, OCR noise) that lines under a table's last row may print
_GOES_ON_IN_WORDS = re.compile(r"[^\W\d_]{2,}(?![\w)])|[^\W\d_]\s+\S")


def _without_lettered_rows_lacking_text(rows: list[TableRow], roles: list[str]) -> list[TableRow]:
    """A lettered task ("a", "b." under a numbered sub-group) prints its own text; a bare letter whose row has none (its
    task cell empty or merged from the row above) is a label or a stray under the table ("a" / "Phòng Tư pháp" after the
    last row), not a second lead for the task above."""
    if "number" not in roles or "content" not in roles:
        return rows
    number, content = roles.index("number"), roles.index("content")
    return [row for row in rows if not (BARE_LETTER.match(row.cells[number].strip()) and number not in row.merged_from_above
                                        and (content in row.merged_from_above or not row.cells[content].strip()))]


def _figures_as_digits(text: str) -> str:
    """``text`` with every figure a plain digit: "¹", "²", "①" are word characters to a regex, not letters ("a¹" is a
    footnote's label, not a word going on)."""
    return "".join("0" if c.isalnum() and not c.isalpha() else c for c in text)


_OPENS_WITH_A_FIGURE = re.compile(r"\d+(?!\S)")  # "0", "12 ỦY BAN NHÂN DÂN": a count, no body's name going on
_WORDS_OF_LETTERS = re.compile(r"[^\W\d_]+")


def _opens_with_a_count(text: str) -> bool:
    """A figure, then a word in small letters: "03 tổ kiểm tra", "02 đoàn công tác" (not "2 Bảo Thắng")."""
    figure = _OPENS_WITH_A_FIGURE.match(text)
    return figure is not None and text[figure.end():].lstrip()[:1].islower()


def _goes_on_in_words(row: TableRow, roles: list[str], text: str) -> bool:
    """Whether a row with no number of its own is the lower half of the row above by its words: its task text ``text``
    goes on in small letters, in words of the language (one of them a written Vietnamese syllable: "ab", "aA" alone
    are a stray or OCR noise), and no line of its own cells of words is a count or a page's number ("0", "12", "- 3 -",
    "Trang 3": task_tables.json page_lines), nor does a body's cell open with a figure ("0 ỦY BAN NHÂN DÂN"). Lines
    under a table's last row (a stray, a count, then a second document's header) had been joined into it so."""

    if not text[:1].islower() or not _GOES_ON_IN_WORDS.match(_figures_as_digits(text[:40])):
        return False
    if not any(is_syllable(word) for word in _WORDS_OF_LETTERS.findall(_figures_as_digits(text[:200]))):
        return False
    for j, role in enumerate(roles[:len(row.cells)]):
        if j in row.merged_from_above or not (role == "content" or role in AGENCY_ROLES):
            continue
        lines = [line.strip() for line in row.cells[j].splitlines()]
        if any(_page_number(fold(line)) for line in lines) or (
                role in AGENCY_ROLES and _OPENS_WITH_A_FIGURE.match(row.cells[j].strip())):
            return False
    return True


def _rows_broken_over_pages(rows: list[TableRow], roles: list[str]) -> list[TableRow]:
    """A row a page broke, copied as text: its lower half (under the header printed again, dropped) prints no number
    and its task goes on in small letters ("| giới rừng phòng hộ … |"); its other cells hold what the page's foot had
    no room for, or are empty, or were read as merged from the upper half. The halves are one row: each cell is the
    upper half's own text and the lower half's own text joined; a cell one half left to the row above is the other's.
    A row printing its own time under a row that prints one is a task of its own ("tổng hợp báo cáo" | "Công an tỉnh" |
    "Tháng 12/2025"), never a lower half: its time had gone on the upper half's deadline and its body on its lead."""
    if "number" not in roles or "content" not in roles:
        return rows
    number, content = roles.index("number"), roles.index("content")
    joined: list[TableRow] = []
    for row in rows:
        above = joined[-1] if joined else None
        text = row.cells[content].strip() if content not in row.merged_from_above else ""
        if (above is None or not _goes_on_in_words(row, roles, text)
                or (row.cells[number].strip() and number not in row.merged_from_above)
                or not above.cells[number].strip() or number in above.merged_from_above
                or _a_task_of_its_own_under(row, above, roles)):
            joined.append(row)
            continue
        cells = []
        for j, (top, bottom) in enumerate(zip(above.cells, row.cells)):
            own_top = "" if j in above.merged_from_above else top.strip()
            own_bottom = "" if j in row.merged_from_above else bottom.strip()
            cells.append(f"{own_top} {own_bottom}".strip() if own_top or own_bottom or j == number else top)
        merged = [j for j in above.merged_from_above if j in row.merged_from_above or not row.cells[j].strip()]
        joined[-1] = above.model_copy(update={
            "cells": cells, "merged_from_above": merged, "uncertain": above.uncertain and row.uncertain,
            "raw": None if not (above.uncertain and row.uncertain) else above.raw,
            "blocks": [*above.blocks, *row.blocks], "line_end": row.line_end or above.line_end})
    return joined


def _without_strays_under_the_last_row(rows: list[TableRow], roles: list[str]) -> list[TableRow]:
    """Rows after the table's last numbered row that print no number and were no lower half of the row above
    (_rows_broken_over_pages), whose task is a count or a page's number ("0", "- 7 -") or opens with a small letter
    without going on in words (_goes_on_in_words: "ab", "kt", "thêm" over "12"), are no rows: a stray letter, OCR
    noise, a count or a page's number under the table, then a body's name or a second document's header ("ab" / "0" /
    "ỦY BAN NHÂN DÂN"). As rows they were tasks of their own, some with the bodies of the row above merged down; their
    lines are the document's again (_without_body_after). A lettered sub-item ("a) …", "b. …") and a row printing its
    own time ("Quý III/2026") are rows, whatever their task's first letter."""
    if "number" not in roles or "content" not in roles:
        return rows
    number, content = roles.index("number"), roles.index("content")
    # a row's number, or a group's mark: a word the cells placed by position put in the number's cell is none
    numbered = [k for k, row in enumerate(rows) if number not in row.merged_from_above
                and (ROW_NUMBER.match(row.cells[number].strip()) or _GROUP_NUMBER.match(row.cells[number].strip()))]
    end = len(rows)
    while numbered and end - 1 > numbered[-1] and _stray_under_the_table(rows[end - 1], roles, content):
        end -= 1
    return rows[:end]


def _stray_under_the_table(row: TableRow, roles: list[str], content: int) -> bool:
    """Whether a row with no number, under the table's last numbered row, is a stray line rather than a task (see
    _without_strays_under_the_last_row)."""
    text = "" if content in row.merged_from_above else row.cells[content].strip()
    if _opens_with_a_letter_label(text) or _prints_its_own_time(row, roles):
        return False
    if text and _page_number(fold(text.splitlines()[0].strip())):
        return True
    return text[:1].islower() and not _goes_on_in_words(row, roles, text)


_OPENS_A_SPAN_END = re.compile(r"(?:đến|tới)\b|[-–—]", re.IGNORECASE)  # "đến tháng 6/2025", "– 2027": a span's end


def _a_task_of_its_own_under(row: TableRow, above: TableRow, roles: list[str]) -> bool:
    """Whether a row in small letters with no number, under a numbered row, prints a body and a time of its own beside
    the upper row's time ("tổng hợp báo cáo" | "Công an tỉnh" | "Tháng 12/2025"): a task, no lower half. A lower half
    printing only the rest of the upper row's time ("Từ tháng 3/2025" over "đến tháng 6/2025") is the row's second part."""
    if not (_prints_its_own_time(row, roles) and _prints_its_own_time(above, roles) and _prints_its_own_body(row, roles)):
        return False
    return not any(role in _TIME_ROLES and _one_span(above.cells[j], row.cells[j])
                   for j, role in enumerate(roles[:len(row.cells)]))


def _one_span(top: str, bottom: str) -> bool:
    """Two time cells that read as one span: the lower opens with the span's joint, or they unwrap into one line."""
    top, bottom = top.strip(), bottom.strip()
    from .deadlines import unwrap_periods  # here, not at the top: kehoach akn runs the tables stage, not the deadlines

    return bool(top and bottom) and bool(_OPENS_A_SPAN_END.match(bottom) or "\n" not in unwrap_periods(f"{top}\n{bottom}"))


def _prints_its_own_body(row: TableRow, roles: list[str]) -> bool:
    return any(role in AGENCY_ROLES and j not in row.merged_from_above and row.cells[j].strip()
               for j, role in enumerate(roles[:len(row.cells)]))


def _prints_its_own_time(row: TableRow, roles: list[str]) -> bool:
    """Whether a time cell of the row ("Quý III/2026", "Tháng 12/2025") is its own, not merged from the row above."""
    return any(role in _TIME_ROLES and j not in row.merged_from_above and looks_like_deadline(row.cells[j])
               for j, role in enumerate(roles[:len(row.cells)]))


def _opens_with_a_letter_label(text: str) -> bool:
    """"a) Xây dựng …", "đ) …", "b. Kiểm tra …": a lettered item's label, then its words."""
    label, _, rest = text.partition(" ")
    return bool(LETTER_LABEL.match(text) or BARE_LETTER.match(label) and rest.strip())


def _last_cells_printed_empty(read: tuple[list[TableRow], float], printed_empty: int) -> tuple[list[TableRow], float]:
    """The last row's cells after its last printed one are empty, not merged from the row above, as far as the
    empty cells printed after it ("\xa0" lines, dropped with the spacing) reach: a site prints an empty cell so."""
    rows, confidence = read
    if not rows or not printed_empty:
        return read
    last = rows[-1]
    trailing = [j for j in range(len(last.cells)) if j in last.merged_from_above
                and all(k in last.merged_from_above for k in range(j, len(last.cells)))][:printed_empty]
    if not trailing:
        return read
    cells = ["" if j in trailing else text for j, text in enumerate(last.cells)]
    merged = [j for j in last.merged_from_above if j not in trailing]
    return [*rows[:-1], last.model_copy(update={"cells": cells, "merged_from_above": merged})], confidence


_MIN_LINES_PER_BLANK = 3  # cells on consecutive lines for each blank line, in a copy whose blank lines are empty cells


def _blank_lines_as_empty_cells(body: list[Block], page_lines: list[int] = ()) -> list[Block]:
    """A table copied one cell a line with no blank line between cells: a blank line (or one of spaces, which the
    text reader drops) among them is an empty cell, printed back as an empty paragraph. Decided from the table's own
    lines: where blank lines separate the cells (a site's copy), a blank line is spacing and nothing is added; the
    lines around a PDF viewer's page number (``page_lines``, sorted: furniture, no cell) are the page's."""
    if len(body) < 2 or body[0].prov.reader != "txt" or any(b.prov.line_start is None for b in body):
        return body

    def gap(before: Block, after: Block) -> int:
        end = before.prov.line_end or before.prov.line_start
        if bisect_left(page_lines, after.prov.line_start) > bisect_right(page_lines, end):
            return 0  # a page's number between: the blank lines beside it are the page's
        return after.prov.line_start - end - 1

    gaps = [gap(before, after) for before, after in zip(body, body[1:])]
    blanks = sum(gap for gap in gaps if gap > 0)
    if not blanks or gaps.count(0) < _MIN_LINES_PER_BLANK * blanks:
        return body
    cells: list[Block] = [body[0]]
    for gap, block in zip(gaps, body[1:]):
        line = block.prov.line_start - gap
        cells += [block.model_copy({"id": f"{block.id}e{k}", "orig": "", "text": "", "ends_mid_word": False,
                                    "prov": block.prov.model_copy({"line_start": line + k, "line_end": line + k,
                                                                   "char_start": None, "char_end": None})})
                  for k in range(gap)]
        cells.append(block)
    return cells


def _with_lower_empties(texts: list[str], length: int) -> int:
    """A two-line header merged across only prints an empty cell under each one-level column ("STT | Nội dung |
    Cơ quan thực hiện | | Thời gian | " over " | | Chủ trì | Phối hợp | | "): the empty cells after the last lower
    name are header too, where they complete the two lines (twice as many cells as the upper line has)."""
    header = [t.strip() for t in texts[:length]]
    if "" not in header[1:]:
        return length  # a one-line header
    columns = len(fold_two_line_header([t for t in header if t]))
    end = 2 * columns
    if length < end < len(texts) and not any(t.strip() for t in texts[length:end]) and texts[end].strip():
        return end
    return length


def _rejoined_names(names: list[str]) -> list[str]:
    """Header names broken over two lines of their cell ("Cơ quan" / "chủ trì"), copied one line a paragraph: a name
    starts with a capital (or a figure), so a line that starts in lower case goes on the name before it."""
    joined: list[str] = []
    for name in names:
        text = name.strip()
        if joined and text[:1].islower():
            joined[-1] = f"{joined[-1]} {text}"
        else:
            joined.append(text)
    return joined


# A numbered heading over a table's header printed again ("2. Các chỉ tiêu về xã hội", "II. CHỈ TIÊU XÃ HỘI", "B. MÔI
# TRƯỜNG", "2.2. Các chỉ tiêu …", "b) Các chỉ tiêu …"): a plan's targets split by field into tables of one header, copied
# as text one cell a line; only over an indicator table's header (task_tables.json indicator_names), naming a group of
# indicators (indicator_group_headings): a task's numbered product or body ("2. Dự thảo Quyết định", "2. Sở Y tế") is
# a real last cell
_HEADING_OVER_HEADER = re.compile(
    rf"^(?:\d{{1,2}}(?:\.\d{{1,2}})*\.|[IVXLC]{{1,6}}\.|[A-ZĐ]\.|[a-zđ]\))\s+(?P<title>[{CAPITAL_LETTERS}].*)$")
_INDICATOR_HEADER_NAME = re.compile(json_data("task_tables.json")["indicator_names"])
_INDICATOR_GROUP_HEADING = re.compile(json_data("task_tables.json")["indicator_group_headings"])
_ROW_NUMBER = re.compile(r"\d{1,3}\.?")


def _heading_over_header(kept: list[Block], last: int, names: list[str]) -> bool:
    """Whether the filled block ``kept[last]``, right before the header printed again, is a heading over it, no cell
    of the row above: the header is an indicator table's, the block a numbered heading naming a group of indicators,
    and the row above is whole without it (its number ``len(names)`` blocks before, one block a cell): never where
    the row would be short of a cell."""
    heading = _HEADING_OVER_HEADER.match((kept[last].text or "").strip())
    n = len(names)
    return (heading is not None and any(_INDICATOR_HEADER_NAME.search(name) for name in names)
            and _INDICATOR_GROUP_HEADING.search(" ".join(fold(heading.group("title")).split())) is not None
            and last >= n and _ROW_NUMBER.fullmatch((kept[last - n].text or "").strip()) is not None)


def _last_filled(blocks: list[Block]) -> int | None:
    return next((k for k in range(len(blocks) - 1, -1, -1) if (blocks[k].text or "").strip()), None)


def _without_repeated_header(body: list[Block], header: list[Block]) -> list[Block]:
    """The body without the header printed again inside it (at each page top of the source, copied with the text):
    the first ``count`` filled blocks from a block, all among the ``2 × count`` blocks from there, that read as the
    header's names. Only a filled block that reads as the first name can start one, so the blocks between those are
    copied as they are (tables of thousands of lines print their header a few times)."""
    names = [fold(b.text or "") for b in header if (b.text or "").strip()]
    if len(names) < 2:
        return body
    filled = [k for k, b in enumerate(body) if (b.text or "").strip()]
    count = len(names)
    kept: list[Block] = []
    i = 0  # the first block not yet kept or dropped
    for q in range(len(filled) - count + 1):
        k = filled[q]
        if k < i or fold(body[k].text or "") != names[0]:
            continue
        # a window that starts after the filled block before this one and still holds the last name
        cut = max(i, filled[q - 1] + 1 if q else 0, filled[q + count - 1] - 2 * count + 1)
        if cut > k or any(fold(body[filled[q + m]].text or "") != names[m] for m in range(1, count)):
            continue
        kept += body[i:cut]
        if header[0].cell_end and kept and not kept[-1].cell_end:
            kept.pop()  # "PHỤ LỤC I (tiếp theo)" over the header again: in piped text a line of no cell
        elif not header[0].cell_end and (last := _last_filled(kept)) is not None \
                and _heading_over_header(kept, last, names):
            del kept[last]  # "2. Các chỉ tiêu về xã hội" over the next field's table: a heading, no cell of the row
        i = filled[q + count - 1] + 1
    kept += body[i:]
    return kept


def _without_bare_column_numbers(body: list[Block], n_columns: int) -> list[Block]:
    """The body without its rows of bare column numbers "1", "2", … one a line (under the header, and under no header
    where a split table's part goes on): the header's reading stops at a "1" as at a row's number, and read as cells
    the run falls across a task's row. A run is the numbers 1 to the table's width in order, nothing between but
    empty lines: no task row prints its number, its task and its other cells so."""
    if n_columns < 3:
        return body
    filled = [k for k, b in enumerate(body) if (b.text or "").strip()]
    drop: set[int] = set()
    for q in range(len(filled) - n_columns + 1):
        run = filled[q:q + n_columns]
        if all(_bare_number(body[k].text) == m for m, k in enumerate(run, 1)):
            drop.update(range(run[0], run[-1] + 1))
    return [b for k, b in enumerate(body) if k not in drop] if drop else body


def _without_runs_of_names(body: list[Block], pipe: bool, width: int) -> list[Block]:
    """The body of a task table copied a cell a line (``pipe``: each cell's end marked, "… |") without a run of names
    of columns right before a row's number ("Tổng kinh phí" / "Ngân sách tỉnh" / "Ngân sách huyện" then "3"; empty
    cells between them): a header's lower line printed again, as classify_rows drops such a row of a table read whole;
    read as cells it fell across the row above (its names leads of that row's task).

    Only a run that stands where no cell of a row is due: the row before it already holds its ``width`` cells (its
    number on). A run that is the tail of a row short of its cells is that row's cells, however like names they read
    (a matrix's "Chủ trì" / "Phối hợp" / "Phối hợp", a cell listing "Ngân sách tỉnh" / "Ngân sách huyện" / "Xã hội
    hóa" a line each); and never a run with a role mark. Right under the header (no row's number before it) a run
    is the header's lower line wherever it stands."""
    cells = _pipe_cells(body) if pipe else [[b] for b in body]
    texts = [_cell_text(cell).strip() for cell in cells]
    filled = [k for k, t in enumerate(texts) if t]
    drop: set[int] = set()
    run: list[int] = []  # the filled cells since the last that names no column
    last_number: int | None = None
    for k in filled:
        if ROW_NUMBER.match(texts[k]):
            # the longest tail of the run that is such a line (the row's own cells before it name none)
            start = next((q for q in range(len(run) - _MIN_NAMES_ROW + 1)
                          if _lower_header_line([texts[j] for j in run[q:]])), None)
            if start is not None and run[start] != filled[0] \
                    and (last_number is None or run[start] - last_number >= width) \
                    and not any(is_role_mark(texts[j]) for j in run[start:]):
                drop.update(range(run[start], k))
            last_number = k
        run = [*run, k] if len(texts[k]) <= _MAX_HEADER_NAME and column_role(texts[k]) != "other" else []
    return [b for k, cell in enumerate(cells) if k not in drop for b in cell] if drop else body


def _bare_number(text: str | None) -> int | None:
    text = (text or "").strip()
    return int(text) if text.isdecimal() and len(text) <= 2 else None


def _pipe_cells(blocks: list[Block]) -> list[list[Block]]:
    cells: list[list[Block]] = [[]]
    for block in blocks:
        cells[-1].append(block)
        if block.cell_end:
            cells.append([])
    return [c for c in cells if c]


def _split_rows_joined(rows: list[TableRow], columns: list[TableColumn]) -> list[TableRow]:
    """A row a page break split, the header printed again between its halves (a page saved from a PDF, a Word row
    broken across pages copied as rows): the half under the header, with no number and its first text going on in
    small letters, goes back on the row above the header (as parsers/common.py joins a PDF's pages)."""
    number = next((j for j, c in enumerate(columns) if c.role == "number"), None)
    joined: list[TableRow] = []
    for row in rows:
        above = next((k for k in range(len(joined) - 1, -1, -1) if joined[k].kind != "header"), None)
        first = next((t.strip() for t in row.cells if t.strip()), "")
        if (row.kind == "data" and joined and joined[-1].kind == "header" and above is not None
                and first[:1].islower()
                and (number is None or not row.cells[number].strip())):
            top = joined[above]
            joined[above] = top.model_copy(update={  # a half with no work cells read as a group row: a task whole
                "kind": "data", "cells": [f"{a.strip()} {b.strip()}".strip() for a, b in zip(top.cells, row.cells)],
                "blocks": list(dict.fromkeys(top.blocks + row.blocks)), "line_end": row.line_end or top.line_end})
            continue
        joined.append(row)
    return joined


_RUNNING_LINE = 100  # characters: a running header is one short line


def grid_record(block: Block, table_id: str, before: TableRecord | None = None) -> TableRecord:
    """A real table: its header rows, the columns' roles (from the header, else from the cells) and its rows.
    ``before``: the table printed right before it (nothing but empty lines between), whose columns a headless
    table that continues it takes."""
    grid = block.table.grid(across=False)  # a cell across the task and lead columns is no lead
    if before is not None and continues_table(block.table, before.columns):
        header, columns = Header(0, None, [c.name for c in before.columns]), before.columns
        data = grid
    else:
        header = header_of(block.table)
        data = grid[header.rows:]
        columns = columns_from(header.names, data)
        if not header.rows:
            columns = _agencies_unread(columns)
    header_rows = [r.model_copy(update={"kind": "header"}) for r in rows_from_grid(grid[:header.rows], block)]
    covered = _covered_from_above(block.table, len(grid) - len(data), len(grid))
    # a table of a text copy ("| a | b |" lines, tabs) is a copy: a cell's dashed lines may print as rows of their own
    first = len(grid) - len(data)
    unread = frozenset(r - first for c in block.table.cells if c.unreadable and c.col < len(columns)
                       and columns[c.col].role in _WORK_ROLES for r in range(c.row, c.row + c.row_span) if r >= first)
    work = [j for j, c in enumerate(columns) if c.role in _WORK_ROLES]
    titled = frozenset(c.row - first for c in block.table.cells if c.row >= first and c.col_span > 1 and work
                       and c.col <= work[0] and c.col + c.col_span > work[-1])
    rows = _split_rows_joined(classify_rows(rows_from_grid(data, block, header.rows), columns,
                                            header=grid[:header.rows], covered=covered,
                                            copied=block.prov.reader == "txt", unread=unread, titled=titled), columns)
    return TableRecord(id=table_id, title=header.title, columns=columns, kind=table_kind([c.role for c in columns]),
                       layout="grid", confidence=1.0, blocks=[block.id], rows=[*header_rows, *rows])


def _covered_from_above(table, first: int, end: int) -> list[frozenset[int]]:
    """For each grid row from ``first`` to ``end``, the columns a cell starting in an earlier row spans down into."""
    covered: list[set[int]] = [set() for _ in range(first, end)]
    for cell in table.cells:
        for r in range(max(cell.row + 1, first), min(cell.row + cell.row_span, end)):
            covered[r - first].update(range(cell.col, cell.col + cell.col_span))
    return [frozenset(c) for c in covered]


def _agencies_unread(columns: list[TableColumn]) -> list[TableColumn]:
    """A table with no header row: its cells tell the bodies' columns, never which of them leads and which supports
    (their order is no rule), so those columns are read as no role (warning ``table_header_missing``)."""
    return [c.model_copy(update={"role": "other", "evidence": BODIES_UNREAD}) if c.role in ("lead", "support") else c
            for c in columns]


def tables(doc: Document) -> Document:
    blocks = [b for b in doc.body()]
    records: list[TableRecord] = []
    issues: list[Issue] = []
    report = is_report(doc)
    before: TableRecord | None = None  # the last real table, while only empty lines or the page's own follow it
    short = _short_lines(blocks)
    running = _running_lines(blocks, short)
    for i, block in enumerate(blocks):
        if block.table is not None:
            before = grid_record(block, f"table_{len(records) + 1}", before)
            records.append(_results_of(before, report or _under_results(blocks, i)))
            issues += _header_missing(before, block) + _unplaced_columns(records[-1], block)
        elif before is not None and (block.text or "").strip() and not _page_line(block, running):
            before = None  # text between two tables: asked only after a table (most lines follow none)
    text_blocks = [b for b in blocks if b.table is None and b.layer == Layer.BODY]
    regions = find_regions(text_blocks, doc.metadata.issued_date if doc.metadata else None)
    in_tables = {k for region in regions for k in range(region.start, region.end)}
    # a running header is printed outside the tables too (on the pages before them): a cell printed twice is not
    outside_blocks = [b for k, b in enumerate(text_blocks) if k not in in_tables]
    outside = _running_lines(outside_blocks, short, once=True)
    running_in_text = _running_lines(text_blocks, short) & outside
    paged = _paged_lines(outside_blocks, short) & running_in_text
    page_lines = sorted(b.prov.line_start for b in doc.blocks if b.layer is Layer.FURNITURE and b.prov.reader == "txt"
                        and b.prov.line_start is not None)
    for region in regions:
        record, found = recover(text_blocks, region, len(records) + 1, running_in_text, paged, page_lines)
        records.append(_results_of(record, report or _under_results(text_blocks, region.start)))
        issues += found + _unplaced_columns(records[-1], text_blocks[region.start])
    for cells, width in _headerless_runs(outside_blocks):
        record = _headerless_record(cells, width, f"table_{len(records) + 1}")
        records.append(record)
        issues += _header_missing(record, cells[0][0])
    return doc.with_warnings(issues, tables=records)


def _header_missing(record: TableRecord, block: Block) -> list[Issue]:
    if not any(c.evidence == BODIES_UNREAD for c in record.columns):
        return []
    return [Issue(code="table_header_missing", where=block.where(),
                  message=f"{record.id}: the table prints no header; its columns' roles are read from the cells, which "
                          "name bodies but not which of them leads: lead and support left empty")]


def _unplaced_columns(record: TableRecord, block: Block) -> list[Issue]:
    """A task table's named column that no role fits ("Mức độ ưu tiên", "Phương thức thực hiện") and whose cells
    hold text: no task field is read from it (never guessed into one), and a reviewer is told its cells are only in
    the table's rows."""
    if record.kind != "tasks":
        return []
    filled = [c for c, column in enumerate(record.columns) if column.role == "other" and column.name.strip()
              and column.evidence != BODIES_UNREAD
              and any(c < len(row.cells) and row.cells[c].strip() for row in record.rows if row.kind == "data")]
    return [Issue(code="table_column_unplaced", where=block.where(),
                  message=f"{record.id}: column '{record.columns[c].name}' names no task field; its cells are kept in "
                          "the table's rows only") for c in filled]


_HEADERLESS_WIDTHS = range(3, 10)  # columns of a task table copied without its header


def _headerless_runs(blocks: list[Block]) -> list[tuple[list[list[Block]], int]]:
    """The cells of task tables copied a cell a line (or a cell a '|' line) with no header row, which no header
    opens as a region: from a cell "1", the cells "2", "3" … come back every as many cells as the table has columns,
    and each row so cut reads as a task's (a number, a date or a period, no column's names). A group row between
    ("I." then its title, or "I. TITLE" in one cell, and the empty cells it spans) is a row of its own; the numbers
    go on after it, or start again at 1. Returns each table's cells, a row a list padded to the width."""
    pipe = any(b.cell_end for b in blocks)
    # in '|' text the paragraph before the first cell ends no cell: it is no line of the first row's number cell (nor
    # of a group row's label)
    cells = ([c[-1:] if _row_number(c[-1].text) or _labels_group_row((c[-1].text or "").strip()) else c
              for c in _pipe_cells(blocks)] if pipe else [[b] for b in blocks])
    texts = [_cell_text(c).strip() for c in cells]
    runs: list[tuple[list[list[Block]], int]] = []  # (cells, columns)
    start = done = 0
    while start < len(cells):
        found = _headerless_rows(texts, start) if _row_number(texts[start]) == 1 else None
        if found is None:
            start += 1
            continue
        spans, width = found
        opening = _group_row_before(texts, start, width, done)
        spans = ([(opening, start - opening)] if opening is not None else []) + spans
        runs.append(([c for first, length in spans for c in _padded(cells[first:first + length], width)], width))
        start = done = spans[-1][0] + spans[-1][1]
    return runs


def _padded(row: list[list[Block]], width: int) -> list[list[Block]]:
    """A group row's cells with empty ones up to the table's width (its title spans the rest)."""
    return row + [[] for _ in range(width - len(row))]


def _headerless_rows(texts: list[str], start: int) -> tuple[list[tuple[int, int]], int] | None:
    """The rows ((first cell, cells) each) and columns of a headerless table whose first row's number is
    ``texts[start]``: at least two task rows, the first a task's."""
    for width in _HEADERLESS_WIDTHS:
        if not is_task_row(texts[start:start + width]):
            continue
        spans, number, at = [(start, width)], 1, start + width
        while at < len(texts):
            group = _group_row_length(texts, at, width)
            after = at + group
            if after + width > len(texts) or _row_number(texts[after]) not in ((number + 1, 1) if group else (number + 1,)):
                break
            spans += [(at, group)] if group else []
            spans.append((after, width))
            number, at = _row_number(texts[after]), after + width
        if sum(1 for _, length in spans if length == width) >= 2:
            return spans, width
    return None


def _group_row_length(texts: list[str], at: int, width: int) -> int:
    """How many cells a group row at ``at`` holds ("I." and its title, or "I. TITLE" alone, then the empty cells of
    its span), 0 where none starts there."""
    if at >= len(texts):
        return 0
    if _PART_HEADING.match(texts[at]):
        length = 1
    elif (_GROUP_NUMBER.match(texts[at]) and at + 1 < len(texts) and texts[at + 1]
          and _row_number(texts[at + 1]) is None):
        length = 2
    else:
        return 0
    while length < width and at + length < len(texts) and not texts[at + length]:
        length += 1
    return length


def _labels_group_row(text: str) -> bool:
    """"I.", "B", "II. CÔNG TÁC …": a group row's label (alone, or with its title)."""
    return bool(_PART_HEADING.match(text) or _GROUP_NUMBER.match(text))


def _group_row_before(texts: list[str], start: int, width: int, done: int) -> int | None:
    """Where a group row that ends just before ``start`` (the table's first task row) begins, after ``done``."""
    return next((at for at in range(max(done, start - width), start)
                 if _group_row_length(texts, at, width) == start - at), None)


def _row_number(text: str | None) -> int | None:
    """A row's number alone in its cell: "3", "3."."""
    return _bare_number((text or "").strip().rstrip("."))


def _headerless_record(cells: list[list[Block]], width: int, table_id: str) -> TableRecord:
    """A headerless run of cells read as the table it was: a grid of its rows, columns from the cells."""
    grid = Table(n_rows=len(cells) // width, n_cols=width,
                 cells=[Cell(row=k // width, col=k % width, text=_cell_text(c)) for k, c in enumerate(cells)])
    first = cells[0][0]
    record = grid_record(first.model_copy(update={"table": grid}), table_id)
    return record.model_copy(update={"layout": "lines", "blocks": [b.id for c in cells for b in c]})


@cache
def _page_line_pattern() -> re.Pattern:
    """task_tables.json page_lines as one alternation: its fullmatch is any one's (one call a line, no generator)."""
    return re.compile("|".join(f"(?:{p})" for p in json_data("task_tables.json")["page_lines"]))


def _short_lines(blocks: list[Block]) -> dict[int, str]:
    """The folded text of each short line outside tables (by its block's ``id()``), the lines _running_lines counts:
    folded once for the three counts the stage makes of the same blocks."""
    return {id(b): fold(b.text).strip() for b in blocks if b.table is None and b.text and len(b.text) <= _RUNNING_LINE}


def _running_lines(blocks: list[Block], short: dict[int, str], once: bool = False) -> frozenset[str]:
    """Short lines printed more than once outside tables: a running header or footer copied with each page (with
    ``once``: every short line). ``short``: _short_lines of the blocks, or of more."""
    seen = Counter(text for b in blocks if (text := short.get(id(b))) is not None)
    return frozenset(text for text, count in seen.items() if text and (once or count > 1))


def _paged_lines(blocks: list[Block], short: dict[int, str]) -> frozenset[str]:
    """The short lines printed right before or after a page's number (empty lines between skipped): where pages
    print their number, a running header stands beside it on every page."""
    filled = [short.get(id(b)) for b in blocks if (b.text or "").strip()]
    numbers = [text is not None and _page_number(text) for text in filled]
    return frozenset(text for k, text in enumerate(filled) if text and not numbers[k]
                     and (k > 0 and numbers[k - 1] or k + 1 < len(filled) and numbers[k + 1]))


def _without_page_lines(blocks: list[Block], running: frozenset[str], pipe: bool,
                        paged: frozenset[str] = frozenset()) -> list[Block]:
    """A copied table's rows without the lines of the pages it ran over (a PDF's pages copied as text: the page's
    number and running header between two rows). A run of page lines goes where it holds one page number and a
    running header that is no number (a cell printed twice alone is no page's) printed beside a page's number outside
    the table too (``paged``: a page prints both on each page; a cell printed outside the table once, then in a
    repeated row over the next row's number, is no page's); a page's number that says it is one ("Trang 6/12",
    task_tables.json page_marks) goes alone where a row's number is printed after it; in '|' rows only lines that end
    no cell can be the page's."""
    kept: list[Block] = []
    run: list[Block] = []
    header_opens = fold(blocks[0].text or "").strip() if blocks else ""

    # from each line on, whether a row's number ("3" alone) is printed: a page's mark before one is inside the table
    numbers_from = list(itertools.accumulate((_row_number(b.text) is not None for b in reversed(blocks)), operator.or_))[::-1]
    at = 0  # the line the run ends before
    # a copy a cell a line: the filled lines from a row's number to the next one's, page marks aside, most often (the
    # fewest of equally common counts): a row's lines when whole. In '|' rows a cell's "|" says where it ends.
    numbered = [k for k, b in enumerate(blocks) if _row_number(b.text) is not None]
    stripped = [(b.text or "").strip() for b in blocks]
    filled_to = [0, *itertools.accumulate(bool(t) and not is_page_mark(t) for t in stripped)]
    # (a row of the columns' numbers "1" / "2" / … under the header is no row: one line from number to number)
    row_lengths = Counter(n for a, b in zip(numbered, numbered[1:]) if (n := filled_to[b] - filled_to[a]) > 2)
    row_length = min(row_lengths, key=lambda n: (-row_lengths[n], n)) if row_lengths else 0

    # in '|' rows: the cells from a row's number to the next one's, most often (a whole row's)
    cells_to = [0, *itertools.accumulate(bool(b.cell_end) for b in blocks)]
    row_cells = Counter(cells_to[b] - cells_to[a] for a, b in zip(numbered, numbered[1:]))
    whole_cells = max(row_cells, key=lambda n: (row_cells[n], n)) if pipe and row_cells else 0

    def inside_last_row(start: int, end: int) -> bool:
        """Whether a page's mark from ``start`` to ``end`` in '|' rows sits inside the last row: the row short of its
        cells before it, and the cells after it, up to the table's end, just the ones it lacks (under a whole last
        row the mark stays, s37's sign)."""
        before = bisect_right(numbered, start) - 1
        if not whole_cells or before < 0 or before + 1 < len(numbered):
            return False
        printed = cells_to[start] - cells_to[numbered[before]]
        return 0 < printed < whole_cells and printed + cells_to[len(blocks)] - cells_to[end] == whole_cells

    def row_whole_without(start: int) -> bool:
        """Whether the row a page's mark at ``start`` sits in (from the row's number before it to the next row's) is
        whole without it: a mark ("Trang 2", "- 2 -") where the row would be short is the row's cell."""
        before = bisect_right(numbered, start) - 1
        after = bisect_left(numbered, start)
        return before >= 0 and after < len(numbered) and filled_to[numbered[after]] - filled_to[numbered[before]] >= row_length

    def flush(after: str = "", numbers_open: bool = False) -> None:
        """``after``: the folded text of the block after the run (a page's running header alone, with no number, is
        the page's where the table's header or its column numbers "(1) (2) …", or "1 2 …" (``numbers_open``), open
        the next page under it)."""
        if not run:  # nothing to keep or drop: most rows come with no page line before them
            return
        texts = [fold(b.text or "").strip() for b in run]
        start = at - len(run)
        page_top = numbers_open or after == header_opens or bool(_COLUMN_NUMBERS.match(after) and after.startswith("("))
        # in '|' rows a page's number alone, ending no cell, over the column numbers "1 |" is the page's too
        number_alone = pipe and numbers_open and all(map(_page_number, texts))
        # a running header over a number that goes on from the last row's, before a cell that is no number: the
        # next row's number (the page printed none), not the page's
        row_goes_on = (not pipe and not page_top and len(run) > 1 and not _page_number(after)
                       and _row_number(run[-1].text) == _last_row_number(kept) + 1)
        if row_goes_on:
            kept.extend(run[-1:])
            run.pop()
        headers = [t for t in texts if t in running and not _page_number(t)]
        numbered = any(map(_page_number, texts)) and any(t in paged for t in headers)
        # a number that says it is the page's ("Trang 6/12", "- 6 -"), alone or beside the running header, inside the
        # table (a row's number printed after it, or the page's top): no cell. Under the last row it stays, a sign
        # that the lines after it are no lower half of that row (tests/test_rows_under_the_last_s37.py)
        goes_on = (page_top or at < len(blocks) and numbers_from[at] and (pipe or row_whole_without(start))
                   or pipe and inside_last_row(start, at))
        marked = goes_on and any(map(is_page_mark, texts)) and all(not t or t in headers or is_page_mark(t) for t in texts)
        if not number_alone and not marked and not (headers and (page_top or row_goes_on or numbered)):
            kept.extend(run)
        run.clear()

    for k, block in enumerate(blocks):
        at = k
        text = fold(block.text or "").strip()
        # "1" over "2", "3": the columns' numbers, no page's number; asked only where the line opens with a digit or
        # holds no cell's words (a test in C: the first filled line read must be "1", and most rows open otherwise)
        first = (block.text or "").strip()[:1]
        if (not first or first == "|" or first.isdecimal()) and _opens_bare_column_numbers(blocks, k):
            flush(text, numbers_open=True)
            kept.append(block)
        elif pipe and block.cell_end or not (text in running or _page_number(text) or (run and not text)):  # _page_line's test
            flush(text)
            kept.append(block)
        elif _page_number(text) and any(_page_number(fold(b.text or "").strip()) for b in run):
            flush()  # a page prints one number: a second is the next row's
            run.append(block)
        else:
            run.append(block)  # empty lines between a page's lines go with them
    at = len(blocks)
    flush()
    return kept


def _last_row_number(blocks: list[Block]) -> int:
    """The number of the last row among ``blocks`` ("3" alone in its cell), -1 where none is."""
    return _last_row_number_of([b.text for b in blocks])


def _last_row_number_of(texts: list[str | None]) -> int:
    return next((n for text in reversed(texts) if (n := _row_number(text)) is not None), -1)


def _opens_bare_column_numbers(blocks: list[Block], k: int) -> bool:
    """Whether block ``k`` reads "1" and the next filled blocks "2" and "3" (a cell a line, or a cell a '|' line)."""
    expected = 1  # the filled blocks read one by one: this runs at every row, and most rows open with no "1"
    for block in blocks[k:k + 6]:
        if words := _cell_words_of(block):
            if _bare_number(words) != expected:
                return False
            if expected == 3:
                return True
            expected += 1
    return False


def _cell_words_of(block: Block) -> str:
    return (block.text or "").strip().removesuffix("|").strip()


def _page_line(block: Block, running: frozenset[str]) -> bool:
    """A line of the page, not of the document: its number or its running header (task_tables.json page_lines)."""
    text = fold(block.text or "").strip()
    return text in running or _page_number(text)


def _page_number(folded: str) -> bool:
    return _page_line_pattern().fullmatch(folded) is not None


def _under_results(blocks: list[Block], i: int) -> bool:
    """Whether the paragraph printed right before a table is a heading over a report's results ("II. KẾT QUẢ THỰC
    HIỆN")."""
    before = next((b.text for b in reversed(blocks[max(0, i - 3):i]) if (b.text or "").strip()), "")
    return reports_results(before)


def _results_of(record: TableRecord, report: bool) -> TableRecord:
    """The table with a report's bare "Kết quả" column read as the result (``columns.with_report_results``)."""
    columns = with_report_results(record.columns, [r.cells for r in record.rows if r.kind == "data"], report)
    return record if columns is record.columns else record.model_copy(update={"columns": columns})

