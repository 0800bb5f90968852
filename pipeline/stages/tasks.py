"""Tasks stage: every row of a task table as a task record.

Reads ``tables`` and ``metadata``; writes ``tasks`` and warnings.

- Group rows ("A | CHỈ SỐ CCHC (PAR INDEX)", "I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH") make the group path of
  the rows under them; a table with group columns ("Chỉ số nội dung", "Nội dung thành phần") adds them.
- A row continuing a task under merged cells (same number and content, sample 003's III.3) adds its
  product, agencies and deadline to that task instead of making a new one.
- A row whose task cell holds several "- " bullets, with as many bullets in its result and
  implementer cells (sample 000), becomes one task per bullet; when the bullets do not line up it
  stays one task and a warning says so.
- A row numbered "-" is a sub-task of the numbered task above it.
- A table with two task columns whose first is merged down over rows that differ in the second ("Nhiệm vụ" |
  "Hoạt động cụ thể", each activity with its own bodies and time): each row is a task, its content the later
  column's text; the earlier column's (numbered) is a step of its group path.
- A group row that names a deadline ("I | Nhóm … | | | Năm 2026") is the deadline of the tasks under it that give
  none of their own.
- A group row that names a body leads the tasks under it that name no lead of their own: by its lead cell
  ("1 | Nhóm … | Sở Tư pháp" over "1.1 | … | (empty)"), by its title when that names the lead in words ("Nhiệm vụ
  giao Sở Nội vụ chủ trì", data/task_tables.json ``group_leads``; "… chủ trì, Sở Tài chính phối hợp" gives the support
  of those that name none too; never who assigns them, "Nhiệm vụ do UBND tỉnh giao", nor a collective that names no
  body, "Nhiệm vụ của các cơ quan, đơn vị"), or, in a table with no lead column, by its title when the title is a
  body's name ("1. Sở Tài chính" over the tasks of a directive's annex by body).
- A task numbered as the next of the numbered group row above ("1 | Tập huấn …" with blank cells over its dashed
  items, then "2 | …") is no longer under that group; tasks numbered in one sequence with the group rows ("1 | Nhóm …",
  "2 | …", "3 | …") and those under a title that opens as a group's ("Nhóm …") stay under it.
- In a table of assignments whose columns are bodies ("Sở Nội vụ | Sở Tài chính | …"), a row's marks give their
  bodies' roles ("CT" leads, "PH" supports; data/task_tables.json ``matrix_marks``). In a schedule ("Thời gian thực
  hiện" over "Quý I | Quý II | …"), the periods a row marks make its deadline ("Quý II, Quý III": their span).
- An agency or time cell printed "Như trên", "nt" or "-nt-" (data/task_tables.json ``ditto_marks``) is the row above's
  cell; where the row above has none (a blank cell, a group row, no row) it names nothing, with a warning. A blank cell
  is never the row above's.
- Deadlines become periods (``deadlines.parse_deadline``); one that ends before the date of issue is
  a warning. In a table with no deadline column, a last clause of the content that gives one ("…, hoàn thành
  trước ngày 30/6/2026") is the task's deadline (``deadlines.deadline_clause``).

Tasks written in the body as items, not table rows (ministries' and the Government's plans), come after the table
tasks, one per item whose labelled fields give a lead or a deadline (a bare "Thời gian:" is as often the time of an
event, so it makes no task alone): "a) Rà soát …" over "- Cơ quan chủ trì: Vụ Pháp
chế." / "- Thời gian hoàn thành: Quý II/2026." lines, or "… Chủ trì: Sở Nội vụ; phối hợp: các sở; thời gian: tháng
6/2026." inline. The labels are those the assignments read (``assignments.labelled_fields``); the bodies and the
deadline are read by the same code as a table's cells. Such a task names its ``section``, not a ``table``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .agencies import (agencies_by_role, as_mentions, document_place, lead_in_content, lead_in_group_title,
                       lead_in_opening, names_no_body, same_body, split_agencies, support_in_note,
                       unique_names)
from .assignments import (TIME_FIELDS, Issuers, LabelledField, before_close, doers_after_the_work, duty_bodies,
                          duty_deadline, field_line, heading_bodies, issuer_keys, labelled_fields, lead_in_bodies,
                          lead_in_of_its_own_body, last_step_holding_fields, open_brackets, opens_with_work,
                          work_heading_bodies)
from .cells import (GROUP_LABEL, dashed_part, find_time_words, is_ditto, is_total_label, names_a_person,
                    is_role_mark, names_a_phase_only, reads_as_agency, role_of_mark)
from .columns import BODIES_UNREAD, is_people_column, mark_parent_role, names_performers, names_targets
from .corrections import TASK_FIELDS
from .deadlines import (counts_from_either_year, deadline_clause, deadline_doubt, explicit_deadlines,
                        issued_before_plan_year, names_year_in_words_only, parse_deadline, plan_year, quarters_spelled_out,
                        unwrap_periods, year_of_date_in_december)
from .registry import registry_rows
from .status import opens_report, read_status, read_status_after_time, report_date, time_roles
from ..model import TASK_AGENCY_ROLES, AgencyMention, Deadline, Document, Issue, Section, TableRecord, TableRow, Task
from ..resources import json_data
from ..text import CAPITAL_LETTERS, fold

# which deadlines' year a plan leaves to either of two years, by their text (``_TaskReading.either_year``)
EitherYear = Callable[[str], bool] | None

_NUMBER_WITH_POINT = re.compile(r"0?([1-9]\d{0,2})\.")  # "3.": a row's number as a copy runs it into the text
# a row's number opening its task's text: "1. Xây dựng …", "a) …", "II. …"; closed by a bracket or a dash before a
# word ("1) Xây dựng", "1- Xây dựng", "1 - Xây dựng"), or glued to it after its point ("1.Xây dựng": a site's copy)
_NUMBER_IN_CONTENT = re.compile(rf"^(?:(?P<closed>\d{{1,3}}(?:\)|\s?[-–]))\s+(?=[^\W\d_])"
                                rf"|(?P<number>\d{{1,3}}(?:\.\d{{1,3}})*\.?|[a-zđ]\)|[IVXLC]{{1,6}}\.)\s+(?=\S)"
                                rf"|(?P<glued>\d{{1,3}}\.)(?=[{CAPITAL_LETTERS}]))")
# a later item of the cell numbered too: on a line of its own ("\n2) …", "\n2.Biên soạn"), or within the text as a copy
# runs a cell's lines together or prose cites items ("1) Rà soát 2) Báo cáo", "1) và 2) của Mục II")
_LATER_ITEM = re.compile(r"\n\s*\d{1,3}(?:\)|\.?\s?[-–]|\.(?=\S))|\s\d{1,3}(?:\)|\s?[-–])\s+[^\W\d_]")


def _number_in_content(content: str) -> tuple[str, int] | None:
    """The row's number a task's text opens with (_NUMBER_IN_CONTENT) and where the text starts after it. A number
    closed by a bracket or a dash, or glued after its point, only where no later item of the cell is numbered too
    ("1) Tổ chức hội nghị" / "2) Biên soạn tài liệu": the items of one task, not its row's number)."""
    found = _NUMBER_IN_CONTENT.match(content)
    if found is None or (found.group("number") is None and _LATER_ITEM.search(content, found.end())):
        return None
    return next(filter(None, found.group("closed", "number", "glued"))), found.end()


_LONE_BULLET = re.compile(r"^[-+•–]\s+(?=\S)")
_BULLET_SPLIT = re.compile(r"\n(?=[-+•]\s?)")
_LETTER_GROUP = re.compile(r"^[A-Z]\.?$")
_ROMAN_GROUP = re.compile(r"^[IVXLC]+\.?$")
_SUB_GROUP = re.compile(r"^[IVXLC]+\.\d+\.?$")
_PLAIN_NUMBER = re.compile(r"^\d{1,3}\.?$")
# "1.", "II", "A." before a title; a scan may read a number's last dot as another stop ("2;")
_GROUP_LABEL = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*[.;:,]?|[IVXLC]{1,6}\.?|[A-Z]\.?)\s+(?=\S)")
_MAX_BODY_TITLE_WORDS = 12  # a group title that is a body's name, not a sentence
_FIRST_CLAUSE = re.compile(r"[^.;,\n]*")  # "Đã hoàn thành" of "Đã hoàn thành. Ban hành Quyết định …"


def _bullets(cell: str) -> list[str]:
    """The "- " items of a cell; a paragraph without a dash goes on the item before it."""
    return [b.strip() for b in _BULLET_SPLIT.split(cell.strip()) if b.strip()] if cell.strip() else []


# A dash after a space, before the next word: where an item may begin in a cell whose paragraphs a converter joined
# with spaces ("- Phối hợp … tin bài. - Tăng cường …", docling's Markdown)
_INLINE_DASH = re.compile(r"(?<=\s)[-+•]\s?(?=\w)")


def _inline_bullets(cell: str) -> list[str]:
    """The items of a one-paragraph cell that opens with a dash: it splits before each later dash whose next word
    begins in a capital or a digit, except a dash between two numbers ("2015 - 2020") or inside a registered body's
    name ("Sở Quy hoạch - Kiến trúc", ``_dashed_name_joints``). The paragraphs' breaks are lost, so the split stands
    only when the row's cells line up (``TaskTable.split``)."""
    text = cell.strip()
    if "\n" in text or not _LONE_BULLET.match(text):
        return _bullets(cell)
    starts = [0]
    for dash in _INLINE_DASH.finditer(text):
        before, after = text[:dash.start()].split(), text[dash.end():].split()
        first = after[0][0]
        if not (first.isupper() or first.isdigit()) or (first.isdigit() and before[-1][-1].isdigit()):
            continue
        if (fold(before[-1]), fold(after[0])) in _dashed_name_joints():
            continue
        starts.append(dash.start())
    return [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)])]


@lru_cache(maxsize=1)
def _dashed_name_joints() -> frozenset[tuple[str, str]]:
    """The folded words on either side of each dash in the registry's names and aliases ("kien truc" of "Sở Quy
    hoạch - Kiến trúc": ("hoach", "kien"))."""
    joints = set()
    for row in registry_rows("agencies.csv"):
        for name in [row.get("name") or "", *(row.get("aliases") or "").split("|")]:
            for left, right in re.findall(r"(\S+) [-–] (\S+)", name):
                joints.add((fold(left), fold(right)))
    return frozenset(joints)


def _role_cells(table: TableRecord, row: TableRow, report_date: str | None = None) -> dict[str, str]:
    """The row's first filled cell of each role. A time cell ("Tiến độ") is read cell by cell: status words alone
    ("Đã hoàn thành", "Đang thực hiện", "Hoàn thành 80% khối lượng") give the status, not a deadline; followed by a
    date they give both when they state a fact ("Đã hoàn thành tháng 6/2025") or, in a report, name a time over by its
    date ("Hoàn thành tháng 6/2025" in a report of July 2025); in a plan, or for a time still to come (a report's
    tasks for the next months), "Hoàn thành trước ngày 30/6/2026" stays a deadline. A time cell that names no
    time in a report, or after the deadline's cell, is a status too (one its words may not tell: "Đã trình UBND
    tỉnh"); in a plan it stays the deadline's text ("Theo hướng dẫn của Bộ Nội vụ"). A cell the row leaves to the row
    above (merged, in a table flattened into text) gives no status or result: those say where that row's task stands."""
    cells: dict[str, str] = {}
    notes: list[tuple[str, str]] = []
    no_time_column = not any(c.role in _TIME_ROLES for c in table.columns)
    for j, (column, text) in enumerate(zip(table.columns, row.cells)):
        text = text.strip()
        if not text or (j in row.merged_from_above and column.role in _OWN_ROLES):
            continue
        if column.role in _TIME_ROLES:
            text = unwrap_periods(text)  # "2027-" / "2028" wrapped in its cell: the period "2027-2028"
        if column.role in ("deadline", "output") and _names_time_and_product(column.name):
            time, product = split_time_and_product(text)
            if product:
                cells.setdefault("output", product)
            if not time:
                continue
            text, roles = time, time_roles(time, "deadline" in cells, report_date)
        elif column.role == "note" and no_time_column and _is_time_clause(text):
            roles = ["deadline"]  # "Ghi chú: Hoàn thành trước 30/9/2026" where no column is the time's
        else:
            roles = time_roles(text, "deadline" in cells, report_date) if column.role == "deadline" else [column.role]
        if j in row.merged_from_above and "status" in roles:
            continue  # "Đã hoàn thành tháng 3/2026" above: when that task was done, not this one's deadline
        if roles == ["note"]:
            notes.append((" ".join(column.name.split()), text))
        for role in roles:
            cells.setdefault(role, text)
    if len(notes) > 1:  # several note columns ("Cơ quan tổng hợp" and "Ghi chú"): each kept, named by its column
        cells["note"] = "\n".join(f"{name}: {text}" for name, text in notes)
    return cells


_SUB_TASK_BODIES = frozenset({"lead", "support", "lead_support"})  # a sub-row's own bodies: a task of its own
_NOTE_UNDER_TABLE = re.compile(json_data("task_tables.json")["notes_under_table"]["pattern"])
_WORK_ROLES = ("lead", "support", "lead_support", "deadline")  # what a row says of who does a task and by when
_OWN_ROLES = frozenset({"status", "result", "status_mark"})  # a row's own: never lent by a merged cell above
_TIME_ROLES = frozenset({"deadline", "start", "period"})
_TIME_AND_PRODUCT_COLUMNS = tuple(re.compile(p) for p in json_data("task_tables.json")["time_and_product_columns"])
_TIME_CLAUSE_OPENER = re.compile(json_data("task_tables.json")["time_clause_openers"])
_TIME_CLAUSE_WORD = re.compile(json_data("task_tables.json")["time_clause_words"])
_TIME_CLAUSE_REFUSED = re.compile(json_data("task_tables.json")["time_clause_refused"])
_CLAUSE_BREAK = re.compile(r":\s+|\s+[-–]\s+|;\s+|,\s+")


def _names_time_and_product(header: str) -> bool:
    """A column for a task's time and its product both ("Sản phẩm, thời gian hoàn thành", "Thời hạn, kết quả")."""
    folded = fold(header.split(" / ")[-1]).strip()
    return any(p.search(folded) for p in _TIME_AND_PRODUCT_COLUMNS)


def _opens_with_time(text: str) -> bool:
    """A cell or a clause that opens with a time ("Quý II/2026", "Trước ngày 30/9", "Thực hiện trong tháng 10/2026")."""
    opener = _TIME_CLAUSE_OPENER.match(text)
    found = find_time_words(text[opener.end():] if opener else text)
    return found is not None and found.start() == 0


def _is_time_clause(text: str) -> bool:
    """A cell that is a time whole, its opener's words aside ("Quý III/2026", "Hoàn thành trước 30/9/2026", "Thực hiện
    trong tháng 10/2026"): around the time's first words only a time's own words stand (data/task_tables.json
    time_clause_words), no report's verb ("Năm 2025 đã thực hiện": a note of what was done), and the time is no
    "theo …" ("Thực hiện theo Kế hoạch số 12/KH-UBND": what the work follows; time_clause_refused)."""
    opener = _TIME_CLAUSE_OPENER.match(text)
    rest = text[opener.end():] if opener else text
    found = find_time_words(rest)
    if found is None or _TIME_CLAUSE_REFUSED.match(found.group(0)):
        return False  # the time's own words before it too: "Từ tháng 3 đến tháng 6/2026"
    return all(_TIME_CLAUSE_WORD.fullmatch(word) for word in (rest[:found.start()] + " " + rest[found.end():]).split())


def split_time_and_product(text: str) -> tuple[str | None, str | None]:
    """A cell of a column for a time and a product both: (time, product). The time first, the product after the first
    ": ", " - ", "; " or ", " that opens no time ("Tháng 8/2026: Quyết định …"), or the product first and the time
    after the first such break that opens one ("Chuyên mục, tin bài; Quý III/2026"); a cell with no time is the product."""
    breaks = list(_CLAUSE_BREAK.finditer(text))
    if _opens_with_time(text):
        after = next((b for b in breaks if not _opens_with_time(text[b.end():])), None)
        return (text[:after.start()], text[after.end():]) if after else (text, None)
    before = next((b for b in breaks if _opens_with_time(text[b.end():])), None)
    return (text[before.end():], text[:before.start()]) if before else (None, text)


def _status_of(cells: dict[str, str], marked: list[str]) -> tuple[str | None, str | None, str | None]:
    """The task's status, its text as printed and, when the cells say none that can be read, why: the status cell
    (a tick column's name for a tick), else the status words a result cell starts with ("Đã hoàn thành. Ban hành …")."""
    if len(marked) > 1:
        return None, ", ".join(marked), "ticks under several statuses"
    if printed := (marked[0] if marked else cells.get("status")):
        # a time cell saying when it was done ("Quý I/2026 đã hoàn thành"): the words after the time
        reading = read_status(printed) or read_status_after_time(printed)
        return (reading.status, printed, None) if reading else (None, printed, "no status words known")
    if (result := cells.get("result")) and (reading := read_status(result)):
        return reading.status, _FIRST_CLAUSE.match(result).group(0).strip(), None
    return None, None, None


def _outline_columns(table: TableRecord) -> tuple[int, int] | None:
    """The task column and the activity column of a table that lists activities under each task: its first content
    column holds one text over consecutive rows where a later one changes (merged down: repeated, or left empty
    under the first as a Markdown copy prints it), or the later one is named as the specific work ("Nhiệm vụ cụ
    thể" after "Nội dung": each field may have a single task, so nothing runs down)."""
    contents = [i for i, c in enumerate(table.columns) if c.role == "content"]
    if len(contents) < 2:
        return None
    parent, activity = contents[0], contents[-1]
    # a first column that names each row's task ("Tên đề án", "Tên nhiệm vụ") keeps it: the later one describes it
    names_a_task = fold(table.columns[parent].name.split(" / ")[-1]).strip().startswith("ten ")
    if not names_a_task and _ACTIVITY_COLUMN.search(fold(table.columns[activity].name.split(" / ")[-1]).strip()):
        return parent, activity
    data = [r.cells for r in table.rows if r.kind == "data"]
    if any(above[parent].strip() and below[parent].strip() in ("", above[parent].strip()) and above[activity].strip()
           and below[activity].strip() and above[activity] != below[activity] for above, below in zip(data, data[1:])):
        return parent, activity
    return None


_ACTIVITY_COLUMN = re.compile(json_data("task_tables.json")["activity_columns"])


def _deadline(text: str | None, year: int | None, either_year: EitherYear = None) -> Deadline | None:
    """The period a time cell names; none for a phase printed with no time ("Giai đoạn 1", "II"): the row's cell keeps
    it, and no format reads it as a deadline that ends nowhere. A cell whose year the plan leaves to either of two
    (``either_year``: ``_TaskReading.either_year``) names no period, its text kept."""
    if not text or names_a_phase_only(text):
        return None
    if either_year and either_year(text):
        return Deadline(text=text)
    return parse_deadline(text, year)


def _labelled(number: str, text: str) -> str:
    """A task's text with its number, as a step of its activities' group path: "1. Tập huấn …"; a number that prints
    its own mark keeps it ("3." and "a)": never "3.. …")."""
    if not number:
        return text
    return f"{number} {text}" if number.endswith((".", ")")) else f"{number}. {text}"


_FIGURE = re.compile(r"\d+|[IVX]+")
# "4, 5", "11 - 12", "II và III": bare figures listed or spanned in a time column's cell
# "Thời gian (tháng)", "Thời hạn (quý)": a time header that names its unit in brackets
_UNIT_IN_BRACKETS = re.compile(r"\((?:thang|quy)\)$")
_FIGURES_JOINED = re.compile(r"\s*(?:,|và|-|–|—|đến)\s*")


def _figures_of(cell: str) -> list[str] | None:
    """The bare figures a cell lists or spans ("4, 5": ["4", "5"]; "12": ["12"]), None for a cell of any other word."""
    figures = _FIGURES_JOINED.split(cell.strip())
    return figures if all(_FIGURE.fullmatch(figure) for figure in figures) else None


@lru_cache(maxsize=1)
def _time_units() -> tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...]:
    return tuple((re.compile(unit["header"]), re.compile(unit["cell"]), unit["word"])
                 for unit in json_data("task_tables.json")["time_unit_columns"]["units"])


@lru_cache(maxsize=1)
def _date_part_column() -> re.Pattern[str]:
    return re.compile(json_data("task_tables.json")["time_unit_columns"]["date_part_column"])


def _date_part_beside(table: TableRecord, column: int) -> bool:
    """Whether another column holds another part of the date of the deadline column's month or quarter ("Tháng" |
    "Năm": "6" | "2027"; "Ngày" | "Tháng": "15" | "6")."""
    return any(k != column and _date_part_column().match(fold(c.name.split(" / ")[-1]).strip())
               for k, c in enumerate(table.columns))


def _year_column(table: TableRecord) -> int | None:
    """The column beside the deadline column that holds each row's year ("Tháng" | "Năm", "Thời gian" | "Năm thực
    hiện"): a column of a date's part (``_date_part_beside``) named by the year's word."""
    column = next((k for k, c in enumerate(table.columns) if c.role == "deadline"), None)
    if column is None:
        return None
    return next((k for k, c in enumerate(table.columns) if k != column and (name := fold(c.name.split(" / ")[-1]).strip())
                 and name.startswith("nam") and _date_part_column().match(name)), None)


def time_unit_of(table: TableRecord, beside_a_year: bool = False) -> tuple[re.Pattern[str], str] | None:
    """The unit the deadline column's header names its cells in ("Thời gian trình (tháng)": a bare "4" is month 4), as the
    cells it applies to and the word to read them after (task_tables.json time_unit_columns); none where a column
    beside holds another part of the date ("Tháng" | "Năm": the month of that row's year, not of the plan's), but with
    ``beside_a_year``: the unit of the cells a row's year cell completes (``_with_row_year``)."""
    column = next((k for k, c in enumerate(table.columns) if c.role == "deadline"), None)
    if column is None or _date_part_beside(table, column) and not beside_a_year:
        return None
    name = fold(table.columns[column].name.split(" / ")[-1]).strip()
    unit = next(((cell, word) for header, cell, word in _time_units() if header.search(name)), None)
    figures = [figure for cells in (r.cells for r in table.rows if r.kind == "data") if column < len(cells)
               for figure in _figures_of(cells[column]) or ()]
    # a figure past the unit's last ("18" months) counts how long the work runs: no cell of the column is a month
    return unit if unit and all(unit[0].fullmatch(figure) for figure in figures) else None


def _in_unit(text: str, unit: tuple[re.Pattern[str], str]) -> bool:
    """Whether a cell is bare figures the unit reads ("4, 5" in months; not "18", "V")."""
    figures = _figures_of(text)
    return bool(figures) and all(unit[0].fullmatch(figure) for figure in figures)


def _deadline_in_unit(text: str | None, unit: tuple[re.Pattern[str], str] | None, year: int | None,
                      either_year: EitherYear) -> Deadline | None:
    """A bare figure under a header that names its unit ("4" under "Thời gian trình (tháng)") read as that month or quarter,
    figures listed or spanned ("4, 5", "II - III") as those months or quarters, its text kept as printed; any other
    cell read as it is."""
    printed = (text or "").strip()
    if unit is None or not _in_unit(printed, unit):
        return _deadline(text, year, either_year)
    deadline = _deadline(f"{unit[1]} {printed}", year, either_year)
    return deadline and deadline.model_copy(update={"text": text})


_ROW_YEAR = re.compile(r"(?:19|20)\d\d")
_PRINTED_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _with_row_year(text: str | None, year_cell: str, unit: tuple[re.Pattern[str], str] | None,
                   plan_year: int | None) -> Deadline | None:
    """A deadline cell that prints no year beside the row's cell of a year column ("Quý II" | "2027", "6" | "2027"
    under "Tháng" | "Năm"): the period in that row's year (never the plan's), its text both cells as printed ("Quý II |
    2027"); none where the year cell is no single year or the deadline cell prints a year of its own. Its words of a
    year ("Cuối năm", "năm sau") count from that printed year, whatever the plan's date."""
    year_cell = year_cell.strip()
    if not text or _PRINTED_YEAR.search(text):
        return None
    if not _ROW_YEAR.fullmatch(year_cell):
        # the row's year cell empty (a merged year's next row) or no single year ("2026 - 2027"): the plan's year
        # would be a guess, so a cell that would read as a period keeps its text alone (_Builder.row_year_missing warns)
        read = _deadline_in_unit(quarters_spelled_out(text), unit, plan_year, None)
        return Deadline(text=text) if read and (read.start or read.end) else None
    deadline = _deadline_in_unit(quarters_spelled_out(text), unit, int(year_cell), None)
    if deadline is None or not (deadline.start or deadline.end):
        return None
    return deadline.model_copy(update={"text": f"{text} | {year_cell}", "year_from_plan": False})


def _deadline_of(cells: dict[str, str], year: int | None, either_year: EitherYear = None,
                 unit: tuple[re.Pattern[str], str] | None = None,
                 row_year_unit: tuple[re.Pattern[str], str] | None = None) -> Deadline | None:
    """The deadline cell as a period (in the ``unit`` its column's header names), in the row's year where a column
    beside holds it (``_with_row_year``, its cells in ``row_year_unit``); where the table has a start column ("Thời
    gian / Bắt đầu | Hoàn thành"), the period starts where the start cell's period does."""
    in_row_year = "row_year" in cells and _with_row_year(cells.get("deadline"), cells["row_year"], row_year_unit, year)
    deadline = in_row_year or _deadline_in_unit(cells.get("deadline"), unit, year, either_year)
    begins = _deadline(cells.get("start"), year, either_year)
    start = begins and (begins.start or begins.end)
    if deadline is None or not start or (deadline.end and start > deadline.end):
        return deadline
    return deadline.model_copy(update={"start": start})


def _span_of(first: Deadline | None, second: Deadline | None) -> Deadline | None:
    """Two sub-rows' deadlines as one task's: their texts over each other, from the earlier start to the later end.
    Where either reads no period (a recurrence, an unread year, a cell with no time), no period: one end alone would be
    a confident wrong deadline. A day with no start after a period ("Quý II" | "2026" over "30/9/2026" | "2026") goes on
    from the period's start; one ending before it ("30/3/2026" over "Quý II") leaves the start unknown."""
    if first is None or second is None or first.text == second.text:
        return first or second
    text = f"{first.text}\n{second.text}"
    if not (first.end and second.end):
        return Deadline(text=text)
    starts = [d.start for d in (first, second) if d.start]
    start = min(starts) if starts and all(d.start or d.end >= min(starts) for d in (first, second)) else None
    return Deadline(text=text, start=start, end=max(first.end, second.end),
                    year_from_plan=first.year_from_plan or second.year_from_plan)


def _times_printed(deadline: Deadline) -> set[str]:
    """The time cells a deadline was read from, without the row's year ("Quý IV | 2026\nQuý I | 2027": Quý IV, Quý I)."""
    return {line.rsplit(" | ", 1)[0] for line in deadline.text.splitlines()}


_AGENCY_CELL_ROLES = ("lead", "lead_support", "support", "implementer", "submitter")
_DITTO_ROLES = (*_AGENCY_CELL_ROLES, "deadline", "start", "output")  # the cells a "Như trên" can stand for


def _agencies(cells: dict[str, str], leads_column: bool) -> dict[str, list]:
    """Every agency cell's bodies by role: the column's role, or the role the cell itself gives a body ("Chủ trì: …;
    Phối hợp: …", "(chủ trì)"); a column for both roles gives its first body the lead. Fresh lists (the mentions
    themselves are shared: no stage changes a mention, each derives new ones)."""
    found = _agencies_of_cells(tuple(cells.get(role) or "" for role in _AGENCY_CELL_ROLES), leads_column)
    return {field: list(mentions) for field, mentions in zip(TASK_AGENCY_ROLES, found)}


@lru_cache(maxsize=4096)
def _agencies_of_cells(texts: tuple[str, ...], leads_column: bool) -> tuple[tuple[AgencyMention, ...], ...]:
    """_agencies on the agency cells' texts (in the order of ``_AGENCY_CELL_ROLES``), cached: the rows of a table
    name the same bodies again and again, and each reading folds and validates every name."""
    found: dict[str, list] = {field: [] for field in TASK_AGENCY_ROLES}
    for role, text in zip(_AGENCY_CELL_ROLES, texts):
        if text:
            for named_role, names in agencies_by_role(text, role).items():
                found[named_role if named_role in found else "lead"] += as_mentions(names)
    if not found["lead"] and not leads_column:
        # "Đơn vị thực hiện" in a table with no "chủ trì" column: whoever carries the task out leads it
        found["lead"], found["implementer"] = found["implementer"], []
    return tuple(tuple(unique_names(found[field])) for field in TASK_AGENCY_ROLES)


class _TaskReading:
    """What reading tasks out of a document needs of it, and what the reading gives: tasks and issues."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.year = plan_year(doc)
        # the deadlines whose year the plan leaves to either of two: in a plan issued in a year before its own (title
        # "năm 2027", dated 20/12/2026) a year counted from the present ("Quý I năm sau", "tháng 12 năm nay"), from the
        # date's year or the plan's (deadline_doubt warns); in a plan dated in December whose title names no year, a year
        # named in words alone ("Cuối năm", "Trong năm"): the closing year's or the next's (deadline_year_unknown warns)
        self.either_year: EitherYear = (counts_from_either_year if issued_before_plan_year(doc)
                                        else names_year_in_words_only if year_of_date_in_december(doc) else None)
        # a report's date: its time cells that name a period over by then say when a task was done
        self.report_date = report_date(doc)
        self.tasks: list[Task] = []
        self.issues: list[Issue] = []

    def year_in_words_unknown(self, task: Task, where: dict) -> Issue | None:
        """The warning for a deadline that names its year in words alone ("Cuối năm") in a plan dated in December whose
        title names no year (``either_year``): the closing year's or the next's, its text kept, its end null."""
        deadline = task.deadline
        if self.either_year is names_year_in_words_only and deadline and deadline.end is None \
                and names_year_in_words_only(deadline.text):
            return Issue(code="deadline_year_unknown", where=where,
                         message=f"{task.id}: deadline '{deadline.text}' names its year in words alone, in a plan dated "
                                 f"in December whose title names no year: the closing year's or the next's, end left null")
        return None


class _Builder(_TaskReading):
    def next_number(self, printed: str) -> bool:
        """Whether "N." opening a copied row's text is its row's number, as its neighbours prove: a whole number with
        its point, the first task's 1 or the task above's number plus one. A quantity ("03 lớp", "1.200 hồ sơ", "5
        năm") or a sub-row's own count restarting ("2. Tổ chức …" after task 3) is none."""
        if not (mark := _NUMBER_WITH_POINT.fullmatch(printed)):
            return False
        above = next((t.number for t in reversed(self.tasks) if t.number), None)
        if above is None:
            return int(mark.group(1)) == 1 and not self.tasks
        return above.rstrip(".").isdigit() and int(mark.group(1)) == int(above.rstrip(".")) + 1

    def __init__(self, doc: Document, table: TableRecord):
        super().__init__(doc)
        self.table = table
        # rank, label, the lead, the deadline and the support the group names, and whether its title names the lead
        self.groups: list[tuple[int, str, list, str, list, bool]] = []
        self.row_groups = {"group": "", "subgroup": ""}
        self.above: dict[str, str] = {}  # the role cells of the row above, what its "Như trên" cells stand for
        self.last_numbered: Task | None = None
        self.numbered_in_group = False  # whether a task under the last group row printed a plain number ("1", "2")
        self.items_in_group = False  # whether one printed none or an item's mark ("-", "+", "a)", "1.1")
        self.next_letter = "A"
        self.roles = {c.role for c in table.columns}
        self.leads_column = bool({"lead", "lead_support", "agency_mark"} & self.roles)
        self.agency_column = bool({"lead", "lead_support", "implementer"} & self.roles)
        # a table printed with no header: its bodies' columns are there, unread (a group's title is no lead then)
        self.bodies_unread = any(c.evidence == BODIES_UNREAD for c in table.columns)
        self.content_column = next((i for i, c in enumerate(table.columns) if c.role == "content"), None)
        self.lead_columns = [i for i, c in enumerate(table.columns) if c.role in ("lead", "lead_support")]
        # the performer columns of people ("Người thực hiện": names, posts), by role: a person is no body
        self.people_columns = {c.role: c.name for c in table.columns
                               if c.role in _AGENCY_CELL_ROLES and is_people_column(c.name)}
        self.people_named: list[str] = []  # the people such columns named, for the table's one warning
        # the record rows under an empty lead cell that opens a page, by the lead printed above the page break
        self.under_broken_lead: dict[int, str] = {}
        # "Chỉ tiêu 2026" beside the tasks: what each must reach, its output as well as an indicator's target
        self.target_outputs = "output" not in self.roles and any(
            c.role == "target" and names_targets(c.name) for c in table.columns)
        self.outline = _outline_columns(table)
        self.time_unit = time_unit_of(table)  # "Thời gian trình (tháng)" over bare "4", "12"
        # "Tháng" | "Năm": each row's year in a column of its own, and the unit of the cells it completes ("6" | "2027")
        self.year_column = _year_column(table)
        self.row_year_unit = time_unit_of(table, beside_a_year=True) if self.year_column is not None else None
        # rows recovered from text (a copy), where a cell's dashed lines may print as rows of their own; a real table's
        # rows are real rows (tables._dashed_part_of_row_above)
        self.copied = table.layout != "grid" or any(b.prov.reader == "txt" for b in doc.blocks if b.id in table.blocks[:1])
        self.parent: str | None = None  # in such a table, the task (numbered) whose activities the rows list
        self.deadline_columns = [i for i, c in enumerate(table.columns) if c.role in ("deadline", "start")]
        # a table read by OCR from a scan: its cells know the words read with low confidence
        self.scanned_tables = {b.id: b for b in doc.blocks if b.table is not None and b.id in table.blocks
                               and any(c.unsure for c in b.table.cells)} if self.deadline_columns else {}

    def group_rank(self, number: str) -> int:
        """A: 0, I: 1, I.1: 2. A single letter is a lettered group only where it goes on the sequence
        A, B, C …; otherwise "I", "V" and "C" are roman numerals."""
        bare = number.rstrip(".")
        if _LETTER_GROUP.match(number) and bare == self.next_letter:
            self.next_letter = chr(ord(bare) + 1)
            return 0
        if _ROMAN_GROUP.match(number):
            return 1
        return 2 if _SUB_GROUP.match(number) else 3

    def where(self, row: TableRow) -> dict:
        return {"block": row.blocks[0] if row.blocks else None, "line": row.line_start, "page": row.page}

    def warn_row(self, code: str, index: int, row: TableRow, says: str) -> None:
        self.issues.append(Issue(code=code, message=f"{self.table.id}: row {index} {says}", where=self.where(row)))

    def group_row(self, row: TableRow) -> None:
        # a cell merged from above belongs to the row above ("1" over a group row of copied text), not to the label
        cells = [c.strip() for j, c in enumerate(row.cells) if c.strip() and j not in row.merged_from_above]
        number, title = (cells + ["", ""])[:2]
        rank = self.group_rank(number)
        while self.groups and self.groups[-1][0] >= rank:
            self.groups.pop()
        label = f"{number} {title}".strip()
        self.above = _role_cells(self.table, row)
        # what it names for its tasks is in its own cells: a lead or a time merged down over it is the task's above
        own = _role_cells(self.table, row.model_copy(update={
            "cells": ["" if j in row.merged_from_above else c for j, c in enumerate(row.cells)]})) \
            if row.merged_from_above else self.above
        lead, support, worded = self.group_lead(own, label)
        self.groups.append((rank, label, lead, own.get("deadline", ""), support, worded))
        self.numbered_in_group = self.items_in_group = False
        self.last_numbered = None  # its items ("-" | …) are its own, no task's above it

    def ends_a_numbered_group(self, number: str | None) -> bool:
        """Whether a task numbered as the next of the group row above ("1 | Tập huấn …" over its dashed items, then
        "2 | Rà soát …") is that group's sibling, not under it: only where that row is a task over its items (the
        rows under it so far printed an item's mark or none). Not where a task under the group printed a plain number
        of its own (tasks "1", "2" under a group "1" number anew; "1 | Nhóm …", "2 | Rà soát …", "3 | …" number groups
        and tasks in one sequence), nor under a title that opens as a group's does ("Nhóm …", "Lĩnh vực …":
        data/task_tables.json group_words)."""
        if not self.groups or self.numbered_in_group or not self.items_in_group or not number \
                or not _PLAIN_NUMBER.match(number):
            return False
        group_number, _, title = self.groups[-1][1].partition(" ")
        return bool(_PLAIN_NUMBER.match(group_number)) and not GROUP_LABEL.match(title) \
            and int(number.rstrip(".")) == int(group_number.rstrip(".")) + 1

    def group_lead(self, cells: dict[str, str], label: str) -> tuple[list, list, bool]:
        """The bodies a group row names as the lead (and the support) of its tasks: its own lead cell, else its title
        when that names the lead in words ("Nhiệm vụ giao Sở Nội vụ chủ trì", "Nhiệm vụ do Sở Y tế chủ trì, Sở Tài
        chính phối hợp"), else (in a table with no lead column) its title when that is a body's name ("1. Sở Tài
        chính", "II. CÔNG AN TỈNH"); last, whether the title names the lead in words."""
        by_role = _agencies(cells, self.leads_column)
        if by_role["lead"]:
            return by_role["lead"], [], False
        if self.bodies_unread:
            return [], [], False
        name = _GROUP_LABEL.sub("", label).strip().rstrip(":").strip()
        if "\n" not in name and (worded := lead_in_group_title(name)):
            # "Nhiệm vụ giao Sở Nội vụ chủ trì": said in words, the lead of its tasks beside a blank lead cell too
            lead, support = worded
            return (unique_names(as_mentions(agencies_by_role(lead, "lead").get("lead", []))),
                    unique_names(as_mentions(agencies_by_role(support, "support").get("support", []))) if support else [],
                    True)
        if self.agency_column:
            return [], [], False
        if not name or "\n" in name or len(name.split()) > _MAX_BODY_TITLE_WORDS:
            return [], [], False
        if reads_as_agency(name):
            return unique_names(as_mentions(agencies_by_role(name, "lead").get("lead", []))), [], False
        return [], [], False

    def support_under_worded_lead(self, row: TableRow, cells: dict[str, str]) -> dict[str, str]:
        """A row of a table copied a cell a line that prints one agency cell, in the lead column, its support cell not
        printed, under a group whose title names the lead of its tasks ("Nhiệm vụ do Sở Nội vụ chủ trì"): the copy
        dropped the blank lead cell, so the printed cell is the support (the title says who leads), unless it names
        the group's lead itself."""
        if self.table.layout != "lines" or not cells.get("lead") or cells.get("support") or "support" not in self.roles:
            return cells
        group = next((g for g in reversed(self.groups) if g[2]), None)
        support_column = next(i for i, c in enumerate(self.table.columns) if c.role == "support")
        if group is None or not group[5] or support_column not in row.merged_from_above:
            return cells
        # "UBND tỉnh" under "Nhiệm vụ do Ủy ban nhân dân tỉnh chủ trì": the group's body, printed another way
        place = document_place(self.doc) if self.doc.metadata is not None else None
        if any(same_body(name, m.name, place) for name in split_agencies(cells["lead"]) for m in group[2]):
            return cells
        return {**{k: v for k, v in cells.items() if k != "lead"}, "support": cells["lead"]}

    def part_of_row_above(self, index: int, content: str) -> bool:
        """cells.dashed_part, on the row above as printed."""
        above = _role_cells(self.table, self.table.rows[index - 1], self.report_date)
        return dashed_part(content, above.get("content", ""), set(above) == {"content"})

    def group_path(self, cells: dict[str, str], number: str | None) -> list[str]:
        path = [group[1] for group in self.groups]
        roles = self.roles
        if "group" in roles:  # the row number numbers the group ("1 | Tham gia của người dân")
            if cells.get("group"):
                self.row_groups["group"] = f"{number}. {cells['group']}" if number else cells["group"]
            path.append(self.row_groups["group"])
        if "subgroup" in roles:
            if cells.get("subgroup"):
                self.row_groups["subgroup"] = cells["subgroup"].replace("\n", " ")
            path.append(self.row_groups["subgroup"])
        return [p for p in path if p]

    def data_row(self, index: int, row: TableRow) -> None:
        cells = self.people_as_note(self.without_ditto(_role_cells(self.table, row, self.report_date), row, index))
        if self.year_column is not None and self.year_column < len(row.cells):
            cells["row_year"] = row.cells[self.year_column]  # "Quý II" | "2027": the deadline's year (_with_row_year)
        roles = self.roles
        number = cells.get("number")
        task_number = None if "group" in roles else number
        if self.ends_a_numbered_group(task_number):
            self.groups.pop()
        plain = bool(task_number and _PLAIN_NUMBER.match(task_number))
        self.numbered_in_group, self.items_in_group = self.numbered_in_group or plain, self.items_in_group or not plain
        path = self.group_path(cells, number)
        content = cells.get("content")
        if self.outline and (activity := self.activity(row, number)):
            content, path = activity, [*path, self.parent]
        if not content and not number and self.tasks and set(cells) == {"output"}:
            # "| | | | | Báo cáo …": the task above's second product, its other cells printed empty, not merged
            self.extend(self.tasks[-1], index, row, cells)
            return
        if self.copied and self.tasks and self.tasks[-1].rows and self.tasks[-1].rows[-1] == index - 1 \
                and not number and content and set(cells) == {"content"} and self.part_of_row_above(index, content):
            # "- Tổ chức …" alone under a task's row of a copy: that task's text goes on (tables.py
            # _dashed_part_of_row_above)
            task = self.tasks[-1]
            self.tasks[-1] = task.model_copy(update={"content": f"{task.content}\n{content}", "rows": [*task.rows, index],
                                                     "line_end": row.line_end})
            return
        if not content and (lone := self.line_going_on(index, row)):
            # "tại các xã miền núi |" alone under a task's full row: the rest of one of its cells, which the copy
            # does not tell; not read into any, but not in silence
            self.warn_row("table_row_uncertain", index, row,
                          f"holds only '{lone}', in small letters under the row of {self.tasks[-1].id}: it goes on one "
                          f"of that row's cells, which the copy does not tell; not read into the task")
            return
        if not content or is_total_label(content) or (number and is_total_label(number)):
            # "TỔNG CỘNG": the totals row of a list of works, its label in the number's column where a copy as text
            # ran the label and the sum into the row's first cells ("Tổng cộng" | "470")
            if not content and not number and any(cells.get(r) for r in _WORK_ROLES):
                # its number and task cells blank, not merged (a sub-row of the task above, or a row of its own whose
                # task was left out): whose task it is the table does not say, so no task, but not in silence
                self.warn_row("task_row_without_task", index, row,
                              f"names bodies or a time ({'; '.join(cells[r] for r in _WORK_ROLES if cells.get(r))}) "
                              f"but no task, its number and task cells blank: not read as a task")
            return
        if not number and (numbered := _number_in_content(content)) \
                and ("number" not in roles or (self.copied and self.next_number(numbered[0]))):
            # no number column, or a copy that ran the number into the task's paragraph ("1. Xây dựng …" under "STT"):
            # the task numbers itself; under a number column only the next row's number ("03 lớp tập huấn …", "1.200
            # hồ sơ …", a sub-row's "2. …" after task 3 are the row's text)
            number = task_number = numbered[0]
            content = content[numbered[1]:]
        elif not number and _LONE_BULLET.match(content) and "\n" not in content and len(_inline_bullets(content)) == 1:
            content = _LONE_BULLET.sub("", content)  # "- Tổ chức …", an item of the group above
        cells = self.support_under_worded_lead(row, {**cells, "content": content})
        if self.target_outputs and "target" in cells:
            cells["output"] = cells["target"]
        if "deadline" not in cells and (group_deadline := next((g[3] for g in reversed(self.groups) if g[3]), "")):
            cells["deadline"] = group_deadline  # "I | Nhóm … | | Năm 2026" over tasks that give no time of their own
        if "deadline" not in cells and (periods := self.marked_periods(row)):
            cells["deadline"] = periods  # a schedule: "x" under "Quý II" and "Quý III" gives "Quý II, Quý III"
        if "deadline" not in roles and "deadline" not in cells and (clause := deadline_clause(content, self.year)):
            cells["deadline"] = clause  # no deadline column: "…, hoàn thành trước ngày 30/6/2026" gives it
        if not {"support", "lead_support"} & roles and "support" not in cells and cells.get("note") and (
                helpers := support_in_note(cells["note"], cells.get("lead", ""))):
            cells["support"] = helpers  # no support column: a note "Phối hợp với Sở Y tế" names the help
        if not self.agency_column and "support" not in roles and (
                named := lead_in_content(content) or lead_in_opening(content)):
            cells["lead"], cells["support"] = named  # no agency column: "… (Sở Nội vụ chủ trì)", "Sở A chủ trì, …" name them
        content_column = self.content_column
        previous = self.tasks[-1] if self.tasks else None
        # a row under merged cells: recovered from flattened text the cells are marked merged; in a real
        # table they repeat the row above
        # (a row printing a number of its own, "3" under "2", is a task of its own whose task text runs down from above)
        continues = (content_column in row.merged_from_above and not (task_number and previous is not None
                                                                      and previous.number and previous.number != task_number)
                     or (previous is not None and previous.number == task_number))
        if continues and previous is not None and previous.content == content and not self.own_sub_task(index, row):
            self.extend(previous, index, row, cells)
            return
        parent = None
        if number in ("-", "–") and self.last_numbered is not None:
            parent = self.last_numbered
            path = [*path, _labelled(parent.number, parent.content)]
        marked = self.marked_bodies(row)
        lead_above_break = self.lead_above_page_break(index, row)
        first_task = len(self.tasks)
        status, status_text, unread = _status_of(cells, self.marked_statuses(row))
        if unread:
            self.issues.append(Issue(
                code="task_status_unread",
                message=f"{self.table.id}: status '{status_text}' of the task in row {index}: {unread}; status left "
                        f"null", where=self.where(row)))
        for part in self.split(row, cells):
            agencies = _agencies(part, self.leads_column)
            for role, names in marked.items():
                agencies[role] = unique_names(agencies[role] + as_mentions(names))
            # a lead cell that refers elsewhere ("Theo phân công tại Quyết định số …") names no lead, nor the group's
            referred = [part[role] for role in ("lead", "lead_support") if names_no_body(part.get(role) or "")]
            if not agencies["lead"] and not referred and (group := next((g for g in reversed(self.groups) if g[2]), None)):
                # a group row above names the lead of its tasks, and in words ("… chủ trì, Sở Tài chính phối hợp") the
                # support of those that name none
                agencies["lead"] = group[2]
                agencies["support"] = agencies["support"] or group[4]
            task = Task(
                id=f"{self.table.id}__task_{len(self.tasks) + 1}", table=self.table.id, number=task_number,
                group_path=path, content=part["content"], **agencies,
                deadline=_deadline_of(part, self.year, self.either_year, self.time_unit, self.row_year_unit), output=part.get("output"), note=part.get("note"),
                status=status, status_text=status_text, result=part.get("result"), rows=[index], line_start=row.line_start, line_end=row.line_end, page=row.page, uncertain=row.uncertain,
            )
            self.tasks.append(task)
            self.check_deadline(task, row, index)
            if referred and not task.lead:
                self.issues.append(Issue(
                    code="task_lead_not_a_body",
                    message=f"{task.id}: the lead cell '{' '.join(referred[0].split())[:120]}' is a clause or a "
                            f"reference, no body's name: lead left empty", where=self.where(row)))
        if lead_above_break:
            ids = ", ".join(t.id for t in self.tasks[first_task:])
            self.issues.append(Issue(
                code="task_lead_over_page_break",
                message=f"{ids}: the lead cell is empty at the top of page {row.page} (this row's, or merged down over "
                        f"it), under a row of the page before whose lead is '{lead_above_break}': a lead cell merged "
                        f"down over a page break prints nothing on the next page, so the lead may be that row's; not "
                        f"taken from it",
                where=self.where(row)))
        if parent is None and number not in ("-", "–"):
            self.last_numbered = self.tasks[-1]

    def line_going_on(self, index: int, row: TableRow) -> str:
        """The text of a row that prints words alone (in its first cell, or across the table), opening in small
        letters, right under a task's row; "" otherwise."""
        texts = {cell.strip() for cell in row.cells if cell.strip()}
        if len(texts) != 1 or not self.tasks or self.tasks[-1].rows[-1] != index - 1 or not row.cells[0].strip():
            return ""
        text = texts.pop()
        return text if text[0].islower() and " " in text else ""  # words, no item's mark ("a)")

    def lead_above_page_break(self, index: int, row: TableRow) -> str:
        """The lead of the row above a page break, where this row opens the next page with its lead cell empty (or
        lies under the same empty cell merged down): a PDF prints nothing of a lead merged over the break on the next
        page, so this row's lead may be that one. "" where the row prints a lead or opens no page."""
        if index in self.under_broken_lead:
            return self.under_broken_lead[index]
        if not self.lead_columns or row.page is None or any(row.cells[j].strip() for j in self.lead_columns):
            return ""
        above = next((r for r in reversed(self.table.rows[:index]) if r.kind != "header"), None)
        if above is None or above.kind != "data" or above.page is None or row.page <= above.page:
            return ""
        lead = next((above.cells[j].strip() for j in self.lead_columns if above.cells[j].strip()), "")
        if lead:
            self.under_broken_lead.update(dict.fromkeys(self.rows_under_lead_cell(index, row), lead))
        return lead

    def rows_under_lead_cell(self, index: int, row: TableRow) -> range:
        """The record's rows the row's lead cell spans down over, as its block's table merged it; the row alone where
        the record's rows are not the block's grid rows (a text copy, a table rebuilt)."""
        block = next((b for b in self.doc.blocks if row.blocks and b.id == row.blocks[0] and b.table is not None), None)
        grid = block.table.grid(across=False) if block is not None else []
        if index >= len(grid) or grid[index] != row.cells:
            return range(index, index + 1)
        column = self.lead_columns[0]
        cell = next((c for c in block.table.cells
                     if c.col <= column < c.col + c.col_span and c.row <= index < c.row + c.row_span), None)
        return range(index, cell.row + cell.row_span if cell is not None else index + 1)

    def people_as_note(self, cells: dict[str, str]) -> dict[str, str]:
        """The row's cells with the people a people's column names ("Đỗ Mạnh Cường", "Đồng chí …, Phó Chủ tịch UBND
        xã") moved to the note under the column's name: a person is not a body, so never a lead (realdocs 008's
        "Người thực hiện"). A post alone ("Giám đốc Sở Y tế") stays the performer, as printed."""
        for role, header in self.people_columns.items():
            if role not in cells:
                continue
            names = [n for found in agencies_by_role(cells[role], role).values() for n in found]
            people = [n for n in names if names_a_person(n)]
            if not people:
                continue
            self.people_named += [p for p in people if p not in self.people_named]
            cells = {k: v for k, v in cells.items() if k != role}
            if rest := [n for n in names if n not in people]:
                cells[role] = "\n".join(rest)
            note = f"{' '.join(header.split())}: {'; '.join(people)}"
            cells["note"] = f"{cells['note']}\n{note}" if cells.get("note") else note
        return cells

    def own_sub_task(self, index: int, row: TableRow) -> bool:
        """Whether a row under its task's merged number and text is a task of its own: it prints its own product or
        time, not the row above's, and its own bodies, or its own product and time both (realdocs 009's VII.2: one
        sub-row the province's plan, its time and Sở Nội vụ, the next each body's own plan, its time and the bodies).
        Its cells go together: added to the task above, products, times and bodies of two sub-rows would be pooled.
        Bodies continuing alone, one a row ("Sở Tư pháp" under "Văn phòng UBND tỉnh;"), are the task's list; a
        ditto ("Như trên", "-") is the cell above's, no body of its own. A sub-row printing only a second product (or
        time) under merged bodies stays the task's, and so does one whose body cells are empty and not known to be
        merged (a copy as text prints a merged cell empty: whose bodies it has is not printed)."""
        merged = set(row.merged_from_above) | self.spanned_from_above(index, row)
        columns = [(j, column.role) for j, column in enumerate(self.table.columns) if j < len(row.cells)]
        above = self.table.rows[index - 1].cells if index else []

        def printed(j: int) -> bool:
            text = row.cells[j].strip()
            return bool(text) and j not in merged and not is_ditto(text) and text.strip("-–— ") != ""

        own = {role for j, role in columns if printed(j)}
        differs = any(role == "output" or role in _TIME_ROLES for j, role in columns
                      if printed(j) and (j >= len(above) or " ".join(above[j].split()) != " ".join(row.cells[j].split())))
        bodies_unknown = any(role in _SUB_TASK_BODIES and j not in merged and not row.cells[j].strip()
                             for j, role in columns)
        return (differs and bool(own & _SUB_TASK_BODIES)) or (
            "output" in own and bool(own & _TIME_ROLES) and not bodies_unknown)

    def spanned_from_above(self, index: int, row: TableRow) -> set[int]:
        """The columns whose cell the row's block table merged down from a row above into this one (DOCX ``vMerge``,
        HTML ``rowspan``, a PDF cell over two rows): the grid repeats their text. Empty where the record's row is not
        its block's grid row (a text copy marks its merged cells itself)."""
        block = next((b for b in self.doc.blocks if row.blocks and b.id == row.blocks[0] and b.table is not None), None)
        if block is None:
            return set()
        k = sum(1 for r in self.table.rows[:index] if r.blocks[:1] == row.blocks[:1])
        grid = block.table.grid(across=False)
        if k >= len(grid) or grid[k] != row.cells:
            return set()
        return {j for c in block.table.cells if c.row < k < c.row + c.row_span
                for j in range(c.col, c.col + c.col_span)}

    def without_ditto(self, cells: dict[str, str], row: TableRow, index: int) -> dict[str, str]:
        """The row's cells with each "Như trên" replaced by the row above's cell of its role; one whose row above has
        none is dropped, with a warning. The result is the row above of the next row."""
        resolved = dict(cells)
        for role in _DITTO_ROLES:
            if role not in cells or not is_ditto(cells[role]):
                continue
            if above := self.above.get(role):
                resolved[role] = above
                continue
            del resolved[role]
            self.issues.append(Issue(
                code="task_ditto_without_value",
                message=f"{self.table.id}: the {role} cell of row {index} prints '{cells[role]}' (as above), but the "
                        f"row above gives no {role}; left empty", where=self.where(row)))
        self.above = resolved
        return resolved

    def activity(self, row: TableRow, number: str | None) -> str | None:
        """In a table of activities under tasks, the row's activity; ``parent`` becomes the task it carries out ("1.
        Hoàn thiện …"), printed in this row or in the row above that the merged cell runs down from. None where the row
        is a task with no activity of its own."""
        parent_column, activity_column = self.outline
        printed = row.cells[parent_column].strip()
        if printed:
            self.parent = _labelled(number, printed)
        activity = row.cells[activity_column].strip()
        return activity if activity and activity != printed and self.parent else None

    def marked_periods(self, row: TableRow) -> str:
        """In a schedule, the periods whose column marks this row, by their header names ("Quý II, Quý III")."""
        return ", ".join(column.name.split(" / ")[-1] for column, text in zip(self.table.columns, row.cells)
                         if column.role == "period_mark" and text.strip())

    def marked_statuses(self, row: TableRow) -> list[str]:
        """In a report's tick columns, the names of the statuses this row ticks ("Đang thực hiện")."""
        return [column.name.split(" / ")[-1] for j, (column, text) in enumerate(zip(self.table.columns, row.cells))
                if column.role == "status_mark" and text.strip() and j not in row.merged_from_above]

    def marked_bodies(self, row: TableRow) -> dict[str, list[str]]:
        """In a table of assignments, the bodies whose column marks this row ("CT": lead, "PH": support); a mark
        that gives no role ("x") takes the role its column's parent names ("Cơ quan phối hợp / Bộ Công an"), else
        leaves its body out, with a warning."""
        found: dict[str, list[str]] = {}
        for column, text in zip(self.table.columns, row.cells):
            if column.role != "agency_mark" or not text.strip():
                continue
            role = role_of_mark(text) or mark_parent_role(column.name)
            if role is None and names_performers(column.name):
                # under the performers ("Đơn vị thực hiện"): a mark of no role ("x", "Thực hiện") makes the body one of
                # them; a word no list gives ("Triển khai") too, with a warning: never the word as a body
                if not is_role_mark(text):
                    self.issues.append(Issue(
                        code="task_mark_without_role",
                        message=f"{self.table.id}: '{text.strip()}' under '{column.name}' says no known role; the body "
                                f"is read as an implementer", where=self.where(row)))
                role = "implementer"
            if role is None:
                self.issues.append(Issue(
                    code="task_mark_without_role",
                    message=f"{self.table.id}: '{text.strip()}' under '{column.name}' says no role; the body is left "
                            f"out of lead and support", where=self.where(row)))
                continue
            found.setdefault(role, []).append(column.name.split(" / ")[-1])
        return found

    def split(self, row: TableRow, cells: dict[str, str]) -> list[dict[str, str]]:
        """One task per bullet when the task, result and implementer bullets line up (sample 000)."""
        tasks = _bullets(cells["content"])
        parallel = [role for role in ("output", "implementer") if role in cells]
        if not parallel or not all(cells[r].lstrip().startswith("-") for r in ["content", *parallel]):
            return [cells]
        lists = {role: _bullets(cells[role]) for role in parallel}
        if len(tasks) < 2:  # one paragraph: its items, if a converter joined them, stand where the cells line up
            tasks = _inline_bullets(cells["content"])
            lists = {role: _inline_bullets(cells[role]) for role in parallel}
            if len(tasks) < 2 or any(len(items) < 2 for items in lists.values()):
                return [cells]
        if all(len(items) == len(tasks) for items in lists.values()):
            return [{**cells, "content": t, **{role: lists[role][i] for role in parallel}} for i, t in enumerate(tasks)]
        counts = ", ".join(f"{role} {len(items)}" for role, items in lists.items())
        self.issues.append(Issue(
            code="task_bullets_not_aligned",
            message=f"{self.table.id}: {len(tasks)} task bullets but {counts} in the parallel cells; kept as one task",
            where=self.where(row)))
        return [cells]

    def extend(self, task: Task, index: int, row: TableRow, cells: dict[str, str]) -> None:
        """A sub-row under merged cells: more products, agencies or deadlines for the same task."""
        position = self.tasks.index(task)
        outputs = [o for o in (task.output, cells.get("output")) if o]
        results = [r for r in (task.result, cells.get("result")) if r]
        deadline = task.deadline
        printed = cells.get("deadline")
        if printed and "row_year" in cells:
            # each sub-row's time in its own row's year ("Quý IV" | "2026" over "Quý I" | "2027"): the span of both;
            # a time cell merged over both rows with its year beside the first alone is the same time, not a second
            if not (deadline and not cells["row_year"].strip() and printed in _times_printed(deadline)):
                deadline = _span_of(deadline, _deadline_of(cells, self.year, self.either_year, self.time_unit,
                                                            self.row_year_unit))
        elif printed and printed != (deadline.text if deadline else None):
            texts = "\n".join(t for t in ((deadline.text if deadline else ""), printed) if t)
            deadline = _deadline(texts, self.year, self.either_year)
        more = _agencies(cells, self.leads_column)
        merged = task.model_copy(update={
            "output": "\n".join(dict.fromkeys(outputs)) or None, "result": "\n".join(dict.fromkeys(results)) or None,
            **{field: unique_names(getattr(task, field) + more[field]) for field in TASK_AGENCY_ROLES},
            "deadline": deadline, "rows": [*task.rows, index], "line_end": row.line_end,
        })
        self.tasks[position] = merged
        if printed and (issue := self.unsure_deadline(merged, row, index)):
            self.issues.append(issue)

    def check_deadline(self, task: Task, row: TableRow, index: int) -> None:
        if issue := _before_issue(self.doc, task, self.where(row)):
            self.issues.append(issue)
        # one warning a deadline: a span plan's yearless one ("Quý I năm sau" too) says the plan has no year
        if issue := _year_unknown(task, self.year, self.where(row), self.time_unit) \
                or self.year_in_words_unknown(task, self.where(row)) or self.row_year_missing(task, row) \
                or _doubted(task, self.where(row), self.time_unit):
            self.issues.append(issue)
        if task.deadline and (issue := self.unsure_deadline(task, row, index)):
            self.issues.append(issue)

    def row_year_missing(self, task: Task, row: TableRow) -> Issue | None:
        """The warning for a time cell left with no period because the row's cell of the year column beside it is
        empty or names no single year (``_with_row_year``): "Quý III" | "" under "Thời gian" | "Năm"."""
        deadline = task.deadline
        if self.year_column is None or self.year_column >= len(row.cells) or not deadline or deadline.start \
                or deadline.end or _ROW_YEAR.fullmatch(row.cells[self.year_column].strip()):
            return None
        read = _deadline_in_unit(quarters_spelled_out(deadline.text), self.row_year_unit, self.year, None)
        if not (read and (read.start or read.end)):
            return None
        return Issue(code="deadline_doubt", where=self.where(row),
                     message=f"{task.id}: deadline '{deadline.text}' beside a year column whose cell in this row names "
                             f"no single year ('{row.cells[self.year_column].strip()}'): no period read")

    def unsure_deadline(self, task: Task, row: TableRow, index: int) -> Issue | None:
        """The warning for a deadline read from a scanned cell whose words Tesseract read with low confidence: a
        figure misread ("Quý III" as "Quý II", "tháng 5" as "tháng 9") gives a date no rule can tell from a right
        one, so a person checks the cell (its page and box point at it)."""
        if not self.deadline_columns or not row.blocks:
            return None
        block = self.scanned_tables.get(row.blocks[0])
        if block is None:
            return None
        for cell in _row_cells(block, index):
            if cell.unsure and any(cell.col <= col < cell.col + cell.col_span for col in self.deadline_columns):
                return Issue(code="deadline_unsure",
                             message=f"{task.id}: deadline '{task.deadline.text}' read from a scan with low confidence "
                                     f"in {', '.join(repr(w) for w in cell.unsure)}: check it against the page",
                             where={"block": block.id, "line": row.line_start, "page": cell.page, "bbox": cell.bbox})
        return None

    def build(self) -> None:
        for index, row in enumerate(self.table.rows):
            if row.kind == "group":
                self.group_row(row)
                self.row_groups = {"group": "", "subgroup": ""}
                self.parent = None
            elif row.kind == "data":
                self.data_row(index, row)
        if self.people_named:
            self.table_warning(
                "task_people_not_bodies",
                f"the column '{' / '.join(' '.join(n.split()) for n in self.people_columns.values())}' names people "
                f"({_first_few(self.people_named)}), not bodies: each task keeps them in its note; no lead is taken from them")
        self.unreadable_columns()
        self.unreadable_cells()
        self.time_in_note_under()
        self.figures_of_an_unsure_unit()

    def figures_of_an_unsure_unit(self) -> None:
        """A warning for bare figures under a time header that names its unit but not whether they count or name it
        ("Thời gian (tháng)" over "6", "4, 5": months the work lasts, or months of the year?): each is kept as printed,
        no period read (task_tables.json time_unit_columns), so a person reads the table."""
        at, column = next(((k, c) for k, c in enumerate(self.table.columns) if c.role == "deadline"), (None, None))
        if column is None or self.time_unit is not None:
            return
        date_part_beside = _date_part_beside(self.table, at)  # the year (or the day) in a column of its own
        if not (date_part_beside or _UNIT_IN_BRACKETS.search(fold(column.name))):
            return
        figures = [t.deadline.text for t in self.tasks if t.deadline and _figures_of(t.deadline.text)
                   and not (t.deadline.start or t.deadline.end)]
        if figures and date_part_beside:
            self.table_warning("deadline_unit_unsure",
                               f"the column '{' '.join(column.name.split())}' holds bare figures ({_first_few(figures)}) "
                               f"whose year or day another column holds: kept as printed, no period read")
        elif figures:
            self.table_warning("deadline_unit_unsure",
                               f"the column '{' '.join(column.name.split())}' holds bare figures ({_first_few(figures)}) "
                               f"that may count how long the work runs or name its month or quarter: kept as printed, "
                               f"no period read")

    def table_warning(self, code: str, message: str) -> None:
        """A warning about the whole table, its id before the message."""
        self.issues.append(Issue(code=code, message=f"{self.table.id}: {message}", where={"table": self.table.id}))

    def time_in_note_under(self) -> None:
        """A warning for a note right under a table with no time column that names a time ("* Tiến độ trình UBTVQH:
        Phiên họp tháng 9/2025 (áp dụng cho cả 04 dự án luật)"): it may stand for every row's deadline, or for one
        row's, a step's, a condition's; not applied, so a person reads it (task_tables.json notes_under_table)."""
        if self.roles & _TIME_ROLES or not self.tasks or any(t.deadline for t in self.tasks) or not self.table.blocks:
            return
        at = next((k for k, b in enumerate(self.doc.blocks) if b.id == self.table.blocks[-1]), None)
        for block in self.doc.blocks[at + 1:at + 3] if at is not None else ():
            text = " ".join(block.text.split()) if block.table is None else ""
            if text and _NOTE_UNDER_TABLE.match(fold(text)) and (when := _deadline(text, self.year)) and when.end:
                self.issues.append(Issue(
                    code="task_time_in_note",
                    message=f"{self.table.id}: the note under the table '{text[:160]}' names a time, and the table has "
                            f"no time column: it may be the deadline of every task, or of some; not applied (each "
                            f"deadline null)", where={"table": self.table.id, "block": block.id}))
                return

    def unreadable_cells(self) -> None:
        """A warning for each task's cell no word could be read from (``Cell.unreadable``), named by the correction
        path of the field it would give ("tasks[table_1__task_2].deadline: …"): the review queue lists each cell with
        its page and box, and a person's correction of that field takes it off (pipeline/data/views.sql)."""
        blocks = {b.id: b for b in self.doc.blocks if b.table is not None and b.id in self.table.blocks
                  and any(c.unreadable for c in b.table.cells)}
        if not blocks:
            return
        for task in self.tasks:
            for index in task.rows:
                row = self.table.rows[index]
                block = blocks.get(row.blocks[0]) if row.blocks else None
                for cell in _row_cells(block, index) if block else ():
                    column = self.table.columns[cell.col] if cell.unreadable and cell.col < len(self.table.columns) else None
                    field = _CELL_FIELDS.get(column.role, column.role) if column else None
                    if field not in TASK_FIELDS:
                        continue  # no task field comes from that column: the column's warning says it
                    self.issues.append(Issue(
                        code="cell_unreadable",
                        message=f"tasks[{task.id}].{field}: the scanned cell under '{column.name}' holds ink no word "
                                f"could be read from (a blot, a scribble, a stamp): no {field} is taken from it; read it "
                                f"on the page" if block.prov.reader != "pdf" else
                                f"tasks[{task.id}].{field}: the cell under '{column.name}' holds the text of rows the PDF "
                                f"does not part for sure (rows ruled between columns only, a row with no number under "
                                f"a numbered one or numbers set down their rows): no {field} is taken from it; read it "
                                f"on the page",
                        where={"block": block.id, "line": row.line_start, "page": cell.page, "bbox": cell.bbox}))

    def unreadable_columns(self) -> None:
        """A warning for each column of a scanned table whose cells were mostly ink no word could be read from (the
        reader leaves them empty: ``ocr._unreadable_cells``): the task field it gives is null in those rows, never a
        guess, and ``where`` boxes the column's unread cells on the page (the report crops it)."""
        for block in (b for b in self.doc.blocks if b.table is not None and b.id in self.table.blocks):
            by_column: dict[tuple[int, int | None], list] = {}
            for cell in block.table.cells:
                if cell.unreadable:
                    by_column.setdefault((cell.col, cell.page), []).append(cell)
            for (col, page), cells in sorted(by_column.items(), key=lambda item: (item[0][0], item[0][1] or 0)):
                column = self.table.columns[col] if col < len(self.table.columns) else None
                name = f"'{column.name}' ({column.role})" if column else f"{col + 1}"
                boxes = [c.bbox for c in cells if c.bbox]
                self.issues.append(Issue(
                    code="column_unreadable",
                    message=f"{self.table.id}: column {name}: {len(cells)} cells hold ink no word could be read from "
                            f"(a blot, a scribble, a stamp): the task fields from them are left empty; read them on the page"
                    if block.prov.reader != "pdf" else
                    f"{self.table.id}: column {name}: {len(cells)} cells hold rows the PDF does not part for sure (rows "
                    f"ruled between columns only): the task fields from them are left empty; read them on the page",
                    where={"block": block.id, "page": page, "bbox": tuple(f(v) for f, v in zip(
                        (min, min, max, max), zip(*boxes))) if boxes else None}))


def _first_few(items: list[str], few: int = 3) -> str:
    """The first items of a warning's list, "; "-joined, "…" for the rest."""
    return "; ".join(items[:few]) + ("; …" if len(items) > few else "")


# the task field a column's role gives, where its name is not the field's (corrections.TASK_FIELDS)
_CELL_FIELDS = {"lead_support": "lead", "start": "deadline", "status_mark": "status", "agency_mark": "lead",
                "period_mark": "deadline"}


def _row_cells(block, index: int) -> list:
    """The cells of a scanned table's block that lie in the table's row ``index`` (the table's rows are its block's
    grid rows, header rows included, in order: tables.grid_record)."""
    return [cell for cell in block.table.cells if cell.row <= index < cell.row + cell.row_span]


_ANY_YEAR = 2000  # a stand-in year: whether a deadline printed with no year names a period at all


def _year_unknown(task: Task, year: int | None, where: dict, unit: tuple[re.Pattern[str], str] | None = None) -> Issue | None:
    """The warning for a deadline printed with no year ("Trước 30/6", "trước ngày 15/12", "trong quý II", "4, 5" under
    "Tháng") in a plan that has none of its own (over several years, deadlines.plan_year): its text is kept, its end
    left null, since any of the plan's years may be meant."""
    deadline = _as_read(task.deadline, unit)
    if year is None and deadline and deadline.text and deadline.end is None \
            and parse_deadline(deadline.text, _ANY_YEAR).end is not None:
        return Issue(code="deadline_year_unknown", where=where,
                     message=f"{task.id}: deadline '{deadline.text}' names no year and the plan has none of its own "
                             f"(its title names years): end left null")
    return None


def _before_issue(doc: Document, task: Task, where: dict) -> Issue | None:
    """The warning for a deadline that ends before the date of issue, if it does."""
    issued = doc.metadata.issued_date if doc.metadata else None
    if task.deadline and task.deadline.end and issued and task.deadline.end < issued:
        return Issue(code="deadline_before_issue",
                     message=f"{task.id}: deadline '{task.deadline.text}' ends {task.deadline.end}, before the date of "
                             f"issue {issued}", where=where)
    return None


def _as_read(deadline: Deadline | None, unit: tuple[re.Pattern[str], str] | None) -> Deadline | None:
    """A deadline of bare figures under a header that names their unit ("12, 1" under "Tháng") as it is read, after the
    unit's word ("Tháng 12, 1"); any other as it is."""
    if deadline and unit and _in_unit(deadline.text, unit):
        return deadline.model_copy(update={"text": f"{unit[1]} {deadline.text}"})
    return deadline


def _doubted(task: Task, where: dict, unit: tuple[re.Pattern[str], str] | None = None) -> Issue | None:
    """The warning for a deadline read with a doubt a person should settle (``deadlines.deadline_doubt``); bare figures
    under a header that names their unit ("12, 1" under "Tháng") are judged as read, after the unit's word."""
    deadline = _as_read(task.deadline, unit)
    doubt = deadline_doubt(deadline) if deadline else None
    return Issue(code="deadline_doubt", message=f"{task.id}: {doubt}", where=where) if doubt else None


def tasks(doc: Document) -> Document:
    found: list[Task] = []
    issues: list[Issue] = []
    for table in doc.tables:
        if table.kind != "tasks":
            continue
        builder = _Builder(doc, table)
        builder.build()
        found += builder.tasks
        issues += builder.issues
    items = _Items(doc)
    for top in doc.sections:
        items.visit(top, [])
    return doc.with_warnings(issues + items.issues, tasks=found + items.tasks)


# Tasks written as items --------------------------------------------------------------------------------------

# the parts around the numbered ones (a body with no outline among them), table nodes, and containers (an annex, a plan a decision carries) whose
# headings are a document's title, not an item or a group
_NOT_ITEMS = frozenset({"opening", "body", "closing", "table", "annex", "attached"})
_FIELD_END = re.compile(r"[\s.;,]+$")
# "1. Rà soát … - Chủ trì: Sở Nội vụ; …", "- Rà soát …; thời hạn: …": the dash or the ";" parts the fields off
_DASH_BEFORE_FIELDS = re.compile(r"\s[-–]$|[;,]$")  # (a comma before a field run into the sentence: "…, chủ trì: …")


class _Items(_TaskReading):
    """The task items of the section tree, in document order."""

    def visit(self, node: Section, path: list[str], bodies_above: tuple[tuple[str, str], ...] = (),
              lines_after: tuple[Section, ...] = ()) -> None:
        if node.kind == "table":
            return
        field_lines = {}
        siblings_fields = _fields_after_siblings(node)  # read once: the item's own field lines leave them out too
        if node.kind not in _NOT_ITEMS:
            field_lines = self.item(node, path, bodies_above, lines_after, siblings_fields=siblings_fields)
        below = path
        if node.kind not in _NOT_ITEMS and (title := _title(node)):
            below = [*path, f"{node.label} {title}".strip() if node.label else title]
            # "a) Sở Nội vụ" over its duties, "1. Sở Nội vụ chủ trì thực hiện các nhiệm vụ sau:": the items' body
            # ("1. Rà soát quy chế … (Sở Nội vụ chủ trì)": the lead of its items that name none)
            if node.children and node.kind != "roman" and (named := heading_bodies(title) or lead_in_bodies(node, title)
                                                          or work_heading_bodies(title)):
                bodies_above = tuple(named)
            elif node.kind != "roman" and lead_in_of_its_own_body(node, title):
                # "b) Sở Nội vụ hướng dẫn các xã thực hiện:" under "1. Sở Tài chính chủ trì …:": not the bodies above
                bodies_above = ()
        adopted = {line.id for lines in siblings_fields.values() for line in lines}
        for child in node.children:
            if child.id not in field_lines and child.id not in adopted:
                self.visit(child, below, bodies_above, siblings_fields.get(child.id, ()))

    def item(self, node: Section, path: list[str], bodies_above: tuple[tuple[str, str], ...] = (),
             lines_after: tuple[Section, ...] = (), *, siblings_fields: dict[str, tuple[Section, ...]]) -> set[str]:
        """The task a node is, when its fields give a lead or a deadline; returns the ids of the children that are
        its field lines (read here, not visited as items). ``bodies_above``: the bodies a heading over the item
        names, its lead where neither its fields nor its words name one ("a) Sở Nội vụ" over "- Rà soát …; thời hạn:
        quý II/2026"). ``lines_after``: its field lines printed as its siblings after it (``_fields_after_siblings``);
        ``siblings_fields``: ``_fields_after_siblings(node)``, which ``visit`` reads for the children too."""
        heading, text = _heading_and_text(node)
        fields = labelled_fields(text)
        starts = [f.start for f in fields]  # labelled_fields keeps the text's offsets
        lines = {}
        of_siblings = {line.id for lines in siblings_fields.values() for line in lines}
        # "- Cơ quan chủ trì: Vụ Pháp chế." / "a) Cơ quan chủ trì: …": a field to a line
        for child in (*(c for c in node.children if c.id not in of_siblings), *lines_after):
            if found := field_line(child):
                lines[child.id] = found
        if not fields and (step := last_step_holding_fields(node)):  # the item's fields under its list's last step
            lines[step.id] = ([f for line in step.children for f in field_line(line)] if step.children
                              else labelled_fields(step.text))
        fields += [f for found in lines.values() for f in found]
        roles = {f.role for f in fields}
        if not roles & {"lead", "implementer", "deadline", "status"}:  # a "time" alone is as often an event's ("- Thời gian: 8 giờ …")
            return set()
        before = _words_around_fields(text, starts)
        values = _values(fields)
        if not {"lead", "implementer"} & values.keys():
            # "Công an tỉnh chủ trì, Bộ Chỉ huy Quân sự tỉnh phối hợp …; thời gian hoàn thành: …": its sentence names them
            led_above = any(role == "lead" for _, role in bodies_above)
            before, in_prose = _work_and_its_bodies(before, issuer_keys(self.doc), led_above)
            if "lead" not in in_prose:
                for name, role in bodies_above:
                    in_prose.setdefault(role, []).append(name)
            for role, names in in_prose.items():
                values.setdefault(role, []).extend(names)
        content = _DASH_BEFORE_FIELDS.sub("", "\n".join(p for p in (heading, before) if p))
        if not content:
            return set()
        # the fields read as a table row's agency cells are: "Đơn vị thực hiện: Sở Y tế" leads where no field names a
        # lead, as a table's implementer column does; beside a lead field it is the task's implementer
        agencies = _agencies({role: "; ".join(values[role]) for role in ("lead", "support", "implementer") if role in values},
                             "lead" in values)
        if not any(agencies.values()) and self.recurring_regime(content, values):
            return set()
        where = {"block": node.blocks[0] if node.blocks else None, "section": node.id, "line": node.line_start,
                 "page": node.page_start}
        task_id = f"{node.id}__task"
        if not agencies["lead"]:
            self.issues.append(Issue(
                code="task_item_without_lead",
                message=f"{task_id}: the item's fields name no body that leads it "
                        f"({'its lead field could not be read' if 'lead' in roles else 'no lead field'}); lead left empty",
                where=where))
        values = self.report_fields(values)
        status, status_text, unread = _status_of({role: values[role][0] for role in ("status", "result") if role in values}, [])
        if unread:
            self.issues.append(Issue(code="task_status_unread", where=where,
                                     message=f"{task_id}: status '{status_text}': {unread}; status left null"))
        deadline_text = "; ".join(values.get("deadline", []))
        own_words = "\n".join(p for p in (heading, text) if p)
        if not roles & set(TIME_FIELDS) and (in_words := duty_deadline(own_words, self.year, self.report_date)):
            # no time field: the item's words may give it ("Rà soát … hoàn thành trước ngày 30/9/2026. Chủ trì: …",
            # "(chủ trì: Sở Y tế; hoàn thành trong năm 2026)"), its heading's too where its fields are lines under it
            # ("1. Trong quý II/2026, rà soát …" over "- Cơ quan chủ trì: …")
            deadline_text = in_words.text
        task = Task(
            id=task_id, section=node.id, number=_marker(node), group_path=path, content=content, **agencies,
            deadline=_deadline(deadline_text, self.year, self.either_year),
            output="\n".join(values.get("output", [])) or None, note="\n".join(values.get("note", [])) or None,
            status=status, status_text=status_text, result="\n".join(values.get("result", [])) or None,
            line_start=node.line_start, line_end=node.line_end, page=node.page_start)
        self.tasks.append(task)
        # a "trước ngày …" deadline is already checked by the deadlines stage, which reads every paragraph
        if not explicit_deadlines(deadline_text) and (issue := _before_issue(self.doc, task, where)):
            self.issues.append(issue)
        if issue := _year_unknown(task, self.year, where) or self.year_in_words_unknown(task, where) \
                or _doubted(task, where):
            self.issues.append(issue)
        return set(lines)

    def recurring_regime(self, content: str, values: dict[str, list[str]]) -> bool:
        """Whether an item naming no body is a standing rule of the plan's, no work: a title, no verb ("Chế độ báo
        cáo"), over a time that recurs ("Thời hạn: trước ngày 15 tháng 12 hằng năm")."""
        if opens_with_work(content):
            return False
        times = [_deadline(text, self.year) for text in values.get("deadline", []) + values.get("time", [])]
        return bool(times) and all(time is not None and time.recurring for time in times)

    def report_fields(self, values: dict[str, list[str]]) -> dict[str, list[str]]:
        """The fields by role once a time field is read as a table's time cell ("Tiến độ: Đã hoàn thành" is a status,
        not a deadline) and, in a report, a product field that states what was done ("Kết quả: Đã tổ chức 3 hội nghị")
        is the result: "deadline" then holds the time fields' deadlines."""
        out = {role: list(texts) for role, texts in values.items() if role not in TIME_FIELDS}
        for text in values.get("deadline", []) + values.get("time", []):
            for role in time_roles(text, False, self.report_date):  # a plan's second time field stays a deadline
                out.setdefault(role, []).append(text)
        if self.report_date and (done := [t for t in out.get("output", []) if opens_report(t)]):
            out["result"] = out.get("result", []) + done
            out["output"] = [t for t in out["output"] if t not in done]
        return out


def _fields_after_siblings(node: Section) -> dict[str, tuple[Section, ...]]:
    """The field lines of the items under ``node`` printed as those items' siblings, by item ("- Rà soát quy chế …" /
    "– Cơ quan chủ trì: Sở Nội vụ." / "– Thời gian: …" / "- Xây dựng kho dữ liệu …" / "– Cơ quan chủ trì: …": a
    hyphen and an en dash are one list to the section tree). Only where two items or more have field lines after them:
    one run of them after the steps of a list is the fields of the node over it ("2. Xây dựng …, gồm:" / "- Chuẩn hóa
    dữ liệu;" / "- Số hóa tài liệu;" / "- Cơ quan chủ trì: …")."""
    runs: dict[str, list[Section]] = {}
    item = None
    for child in node.children:
        if field_line(child):
            if item is not None:
                runs.setdefault(item.id, []).append(child)
        else:
            item = child
    return {item_id: tuple(lines) for item_id, lines in runs.items()} if len(runs) > 1 else {}


def _heading_and_text(node: Section) -> tuple[str | None, str]:
    """An item's heading and text; where a line break in a printed page cut a field's label ("3. Hoàn thiện … - Chủ"
    / "trì: Vụ Pháp chế; phối hợp: …", the first line taken as the heading), the heading's words are read with the
    text."""
    if node.heading and node.text[:1].islower():
        joined = f"{node.heading}\n{node.text}"
        if any(field.start < len(node.heading) for field in labelled_fields(joined)):
            return None, joined
    if node.heading and not node.text.strip() and not node.children \
            and any(field.start > 0 for field in labelled_fields(node.heading)):
        # "1. Rà soát quy chế; chủ trì: Sở Nội vụ; thời hạn: quý II/2026" with no stop, taken as a heading: the work
        # and its fields are the item's text
        return None, node.heading
    return node.heading, node.text


def _work_and_its_bodies(before: str, issuers: Issuers, under_a_body: bool = False) -> tuple[str, dict[str, list[str]]]:
    """An item's words before its fields and the bodies they name by role; where the work comes first and who does it
    after a colon ("Rà soát quy chế: Sở Nội vụ chủ trì; Sở Tư pháp phối hợp; thời gian: …"), the work alone and the
    bodies of the words after the colon (read whole, the work's words hide the lead). Only where the lead's word
    follows the bodies there: "Gửi xin ý kiến: Bộ Nội vụ thẩm định …" is work of the body's own, no lead of the item.
    ``under_a_body``: a heading over the item names its lead (``duty_bodies``: its partners in the words are read)."""
    if (who := doers_after_the_work(before)) and "lead" in (after := duty_bodies(who, issuers)):
        work = _BEFORE_THE_DOERS_END.sub("", before[:len(before) - len(who)])
        if "lead" not in duty_bodies(work, issuers):
            return work, after
    return before, duty_bodies(before, issuers, under_a_body)


_BEFORE_THE_DOERS_END = re.compile(r"(?::|,?\s+do|,)\s*$")


def _words_around_fields(text: str, starts: list[int]) -> str:
    """An item's own words: its text before its first field, with the bracket that field sits in closed, and the words
    after that bracket ("Xây dựng Đề án (chủ trì: Sở Nội vụ; phối hợp: Sở Tài chính), trình UBND tỉnh …" -> "Xây dựng
    Đề án, trình UBND tỉnh …"; "Rà soát thủ tục (theo Nghị định số 30/2020/NĐ-CP; thời hạn: …)" -> "Rà soát thủ tục
    (theo Nghị định số 30/2020/NĐ-CP)")."""
    if not starts:
        return " ".join(text.split())
    before = _DASH_BEFORE_FIELDS.sub("", " ".join(text[:starts[0]].split()))
    if open_brackets(before) <= 0:
        return before
    before = before.rstrip(" (;,")
    if open_brackets(before) > 0:  # words of the bracket's own before the fields
        before += ")"
    inside = before_close(text[starts[0]:])
    closed_at = starts[0] + len(inside)
    after = " ".join(text[closed_at + 1:min((at for at in starts if at > closed_at), default=len(text))].split())
    if not re.search(r"[^\W\d_]", after):
        return before
    return f"{before}{after}" if after[0] in ",.;:" else f"{before} {after}"


def _values(fields: list[LabelledField]) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for field in fields:
        if value := _FIELD_END.sub("", field.value).strip():
            values.setdefault(field.role, []).append(value)
    return values


def _marker(node: Section) -> str | None:
    """The item's marker as printed, without its closing punctuation: "1", "a", "2.1", "-" ("1/", "a/": "1", "a")."""
    label = (node.label or "").strip()
    return label.rstrip(".)/") or label or None


def _title(node: Section) -> str:
    """What a node's children are grouped under: its heading, else its first line."""
    return node.heading or node.text.strip().split("\n", 1)[0]

