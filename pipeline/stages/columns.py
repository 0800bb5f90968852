"""A table's header and the role of each column, with the evidence that chose it.

- ``header_of(table)``: how many rows at the top are header (a two-line header: a parent spanning its
  children, cells merged down from the first row; the "(1) (2) (3)" numbering row under the names), a
  title row spanning the whole table above it, and one name per column ("Cơ quan thực hiện / Chủ trì").
- ``column_role(name)``: the role a header names, from the vocabulary in ``data/column_roles.csv``.
- ``columns_from(names, rows)``: roles from the header, then, for columns whose header names nothing known,
  from their cells: a column of agency names, of deadlines, of row numbers, the longest free text.
- ``with_report_results(columns, rows, report)``: in a report's table, a bare "Kết quả" column is the result.

Every column keeps the evidence of its role (``header: …`` or ``cells: …``), so a user can see why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .cells import (ROW_NUMBER, find_time_words, is_period_mark, is_role_mark, looks_like_agency, looks_like_deadline,
                    names_a_phase_only)
from .status import read_status, status_name
from ..model import Cell, Table, TableColumn
from ..resources import csv_rows, json_data
from ..text import anchored_start_gate, fold
from ..spelling import is_syllable

INDICATOR_ROLES = frozenset({"max_score", "previous_result", "target"})
AGENCY_ROLES = frozenset({"lead", "support", "lead_support", "implementer", "submitter"})
BODIES_UNREAD = "no header: lead or support not told"  # a column's evidence where its bodies' role is left unread
_MAX_HEADER_ROWS = 4
_MAX_HEADER_CELL = 90  # a header cell is a name, not a sentence
_COLUMN_NUMBER = re.compile(r"^\(?\s*(?:\d{1,2}|[IVX]{1,4})\s*\)?$")
_NAME_NUMBER = re.compile(r"\(\s*\d{1,2}\s*\)")  # "Thời gian (5)": the column's number in the header
_NAME_ENDS = " .:*"  # stripped off a folded name's ends ("STT.", "* TT")


@cache
def _role_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(row["pattern"]), row["role"]) for row in csv_rows("column_roles.csv"))


def folded_name(name: str) -> str:
    return " ".join(fold(_NAME_NUMBER.sub(" ", name)).replace("|", " ").split()).strip(_NAME_ENDS)


# column_roles.csv's last row: a column named as bodies by a function no other row reads ("Cơ quan tổng hợp"): a note,
# but only as printed: a header respelled from a misread word ("Cơ quan chủ trl") is never such a body's column
_UNNAMED_BODIES = "unnamed_bodies"
# column_roles.csv's roles read as another until the cells are known: who speaks at a talk ("Báo cáo viên") is a note,
# the bodies of a table with no other performer column (_speakers_that_are_bodies); a talk's subject ("Chuyên đề") is
# the task, a note beside another task column (_topics_beside_tasks)
_SPEAKERS, _TOPIC = "speakers", "topic"
_READ_AS = {_UNNAMED_BODIES: "note", _SPEAKERS: "note", _TOPIC: "content"}


YEAR_ALONE = re.compile(r"^(?:nam )?\d{4}$")  # folded: a column named by a year alone ("Năm 2025", "2025")
_UNTOLD_YEAR = re.compile(r" \| .* \[\d+/\d+\]$")  # "Năm 2025 | Năm 2026 | Kế hoạch | Thực hiện [1/3]"


def untold_year_names(band: list[str], columns: int) -> list[str]:
    """Names for the columns under a flattened two-line header that does not tell which year heads which (more years
    than plan-and-result pairs under them): the band as printed, then the column's place in it. Their role is
    period_untold: an indicator table's columns whose cells are kept as printed, never read as a year's result or
    target."""
    return [f"{' | '.join(band)} [{k}/{columns}]" for k in range(1, columns + 1)]


@lru_cache(maxsize=16_384)  # the same short lines are asked again and again: find_regions looks ahead from every line
def column_role(name: str) -> str:
    """The role a header names ("Cơ quan chủ trì" -> lead); for a two-line name ("Thời gian / Bắt đầu") the lower
    line first, then the one above it; "other" when none names a role."""
    if _UNTOLD_YEAR.search(name):
        return "period_untold"
    role = _listed_role(name)
    return _READ_AS.get(role, role)


@cache
def _number_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(pattern for pattern, role in _role_patterns() if _READ_AS.get(role, role) == "number")


@cache
def _number_gates() -> tuple[re.Pattern[str], ...] | None:
    """The number rows' ``anchored_start_gate``s; None where one row's first characters cannot be told."""
    gates = tuple(map(anchored_start_gate, _number_patterns()))
    return None if None in gates else gates


# what folded_name strips off or drops at a name's start: its ends, "|", _NAME_NUMBER's "(" ("(1)": a column's number)
_DROPPED_OPENINGS = _NAME_ENDS + "|("


@lru_cache(maxsize=4_096)  # a page's lines open with the same few words ("-", "a)", "Sở")
def may_open_number_column_name(word: str) -> bool:
    """Whether a name whose first word is ``word`` (others after it, no lone "/": a name in parts) may name a number
    column (``names_number_column``): every such name's folded form opens with the folded word's first character, which
    the number rows' first characters are asked for. True where that character is not the name's (one folded_name drops)."""
    first = fold(word)[:1]
    if not first or first in _DROPPED_OPENINGS or (gates := _number_gates()) is None:
        return True
    return any(gate.match(first) for gate in gates)


@lru_cache(maxsize=16_384)  # as column_role's: a page's repeated lines, a document read again
def names_number_column(name: str) -> bool:
    """``column_role(name) == "number"``, told by the number rows' few patterns first: a name none of them matches is
    no number column's, whatever the rows before them say (a PDF page's every line is asked by its first words, and
    the whole vocabulary read for each was ~0.7 ms a page). A name in parts ("… / …") is read by column_role alone."""
    folded = folded_name(name)
    if " / " not in name and not any(pattern.search(folded) for pattern in _number_patterns()):
        return False
    return column_role(name) == "number"


@lru_cache(maxsize=16_384)
def _listed_role(name: str) -> str:
    """The role of the first row of column_roles.csv that matches, as the file spells it. In a two-line name a lower
    line read with the year above it may name a result or a target ("Năm 2025 / Ước thực hiện"), where alone it
    names no role or a body's ("Năm 2025 / Thực hiện": the year's result, no implementer)."""
    parts = name.split(" / ")
    for k in range(len(parts) - 1, -1, -1):
        role = _role_of(folded_name(parts[k]))
        joined = _role_of(folded_name(f"{parts[k]} {parts[k - 1]}")) if k > 0 and role in (None, *AGENCY_ROLES) else None
        if joined in INDICATOR_ROLES:
            return joined
        if role is not None:
            return role
    return "other"


def _role_of(folded: str) -> str | None:
    return next((role for pattern, role in _role_patterns() if pattern.search(folded)), None)


@cache
def _header_words() -> frozenset[str]:
    """The words (three letters or more) the column vocabulary's patterns spell."""
    return frozenset(w for pattern, _ in _role_patterns() for w in re.findall(r"(?<![\\a-z])[a-z]{3,}", pattern.pattern))


_MAX_SPELLINGS = 16
_MAX_RESPELLED_WORDS = 8


def _spellings(name: str) -> list[str]:
    """The folded header with each word the vocabulary lacks replaced by a vocabulary word one letter away (every
    such word, when several are): OCR misreads a letter of a header ("Thời sian bắt đầu", "Thời øian hoàn thành")."""
    known, blanked, rank = _header_words(), _blanked_forms(), _rank_of_header_word()
    variants = [""]
    for word in folded_name(name).split():
        # the words sharing one of the word's forms with a letter blanked out, in the vocabulary's order
        near = sorted({k for i in range(len(word)) for k in blanked.get((i, word[:i] + word[i + 1:]), ())}, key=rank.get) \
            if len(word) >= 3 and word not in known else []
        variants = [f"{v} {w}".strip() for v in variants for w in near or [word]][:_MAX_SPELLINGS]
    return variants


@cache
def _blanked_forms() -> dict[tuple[int, str], list[str]]:
    """Each vocabulary word under each of its forms with one letter blanked out (the letter's place, the rest): two
    words of a length one letter apart share the form with that letter blanked, and no other. Looked up instead of
    comparing every word of a header with every word of the vocabulary (once for every table of every document)."""
    forms: dict[tuple[int, str], list[str]] = {}
    for word in _header_words():
        for i in range(len(word)):
            forms.setdefault((i, word[:i] + word[i + 1:]), []).append(word)
    return forms


@cache
def _rank_of_header_word() -> dict[str, int]:
    return {word: n for n, word in enumerate(_header_words())}


def _misread(word: str) -> bool:
    """A word of three letters or more, not an abbreviation in capitals ("UBND"), that spells no syllable."""

    return len(word) >= 3 and word.isalpha() and not word.isupper() and not is_syllable(word)


def header_role(name: str) -> tuple[str, str | None]:
    """A table header's role and its evidence: as ``column_role`` reads it, else the one role its spellings with a
    misread letter put right give (the evidence says which); ("other", None) when none, or more than one, does. A name
    with a word no Vietnamese syllable spells is respelled even where it names a role as read: "Thời øian kiểm tra" is
    a time ("Thời gian kiểm tra"), not the "kiểm tra" of a note column; "Thời sian thực hiện", not an implementer."""
    role = column_role(name)
    misread = any(_misread(word) for word in name.split())
    if (role != "other" and not misread) or " / " in name or len(name.split()) > _MAX_RESPELLED_WORDS:  # a name, not a sentence
        return (role, f"header: '{name}'") if role != "other" else ("other", None)
    found = {}
    for spelling in _spellings(name):
        found.setdefault(_listed_role(spelling), spelling)
    found.pop("other", None)
    found.pop(_UNNAMED_BODIES, None)
    if len(found) != 1:
        return (role, f"header: '{name}'") if role != "other" else ("other", None)
    (role, spelling), = found.items()
    return _READ_AS.get(role, role), f"header: '{name}' (read as '{spelling}')"


# ---------------------------------------------------------------------------------------------------
# The header rows of a real table


@dataclass(frozen=True)
class Header:
    rows: int  # rows at the top that are header (title row included)
    title: str | None  # a row spanning the whole table above the header ("DANH MỤC NHIỆM VỤ …")
    names: list[str]


def _is_numbering_row(texts: list[str]) -> bool:
    """"(1) (2) (3) …" or "1 2 3 …" under the names: every filled cell a column number, at least two."""
    filled = [t for t in texts if t.strip()]
    return len(filled) >= 2 and all(_COLUMN_NUMBER.match(t.strip()) for t in filled)


def _spanning_text(texts: list[str]) -> str | None:
    """The text of a row that is one cell across the table (the grid repeats it in every column)."""
    filled = {t.strip() for t in texts if t.strip()}
    return filled.pop() if len(filled) == 1 and len(texts) > 1 and all(t.strip() for t in texts) else None


def header_like(texts: list[str]) -> bool:
    filled = [t.strip() for t in texts if t.strip()]
    return bool(filled) and all(len(t) <= _MAX_HEADER_CELL and not _COLUMN_NUMBER.match(t) for t in filled) and (
        sum(column_role(t) != "other" for t in filled) * 2 >= len(filled))


def _has_children(parent: Cell, below: list[Cell]) -> bool:
    """A header cell across several columns with two or more cells of the next row inside its span (and none
    running out of it): "Cơ quan thực hiện" over "Chủ trì" | "Phối hợp". A group row under the header ("A" |
    "NHIỆM VỤ CHUNG" across the table) has no such cells."""
    if not 1 < parent.col_span:
        return False
    last = parent.col + parent.col_span
    inside = [c for c in below if parent.col <= c.col < last]
    return len(inside) >= 2 and all(c.col + c.col_span <= last for c in inside)


_FIGURE_CELL = re.compile(r"[-+]?\d[\d.,]*")
_MAX_CHILD_LABEL = 12


def _child_label(text: str) -> bool:
    """A short word naming a column ("X", "Nam", "Mốc"): letters, no figure, not "-" (a dash is an empty figure)."""
    text = text.strip()
    return 0 < len(text) <= _MAX_CHILD_LABEL and any(ch.isalpha() for ch in text) and not any(ch.isdigit() for ch in text)


def _labels_over_figures(rows: list[list[str]], parents: list[Cell], own: list[Cell]) -> bool:
    """Under parents over children, a row of short words over figures ("Hệ tọa độ …" over "X | Y" over "2456383,596
    | 439985,188"; "Số lượng" over "Nam | Nữ"): the children's names, which name no role, not a data row. Only
    where the row prints nothing else a data row prints (``own``, the cells it opens): outside the parents' columns
    each is empty or a short label ("Mốc"), never a row number, a task's text or a body ("1 | Tuyên truyền | Sở Y
    tế | Ngân sách | Xã hội hóa" is a task)."""
    if len(rows) < 2:
        return False
    labels, figures = rows
    columns = {c for parent in parents for c in range(parent.col, parent.col + parent.col_span)}
    return all(_child_label(labels[c]) and _FIGURE_CELL.fullmatch(figures[c].strip()) for c in columns) and all(
        not cell.text.strip() or (_child_label(cell.text) and not looks_like_agency(cell.text))
        for cell in own if cell.col not in columns)


def _children_of_a_lost_span(above: list[str], below: list[str]) -> bool:
    """A second header line under a parent whose merge across its columns was lost in the copy ("Cơ quan thực hiện"
    | "" over "Chủ trì" | "Phối hợp", or the parent's name repeated in each cell): some name of the lower line stands
    under a blank cell (or a repeat of the cell to its left) right of a filled parent, and every filled cell of the
    lower line names a column's role (a task's row names bodies and work, no roles)."""
    filled = [t.strip() for t in below if t.strip()]
    if len(filled) < 2 or any(column_role(t) == "other" for t in filled):
        return False
    return any(below[c].strip() and above[c - 1].strip() and (not above[c].strip() or above[c] == above[c - 1])
               for c in range(1, min(len(above), len(below))))


_GROUP_ROW = re.compile(r"^(?:[IVXLC]{1,6}|[A-ZĐ])[.)]?(?:\s|$)")  # "I.", "II CÔNG TÁC …": a group row's label


def _group_row(texts: list[str]) -> bool:
    """A group's row: "I." | "CÔNG TÁC …", or its title across the columns after an empty number cell (a scan's
    reading lost the lone "I" of a narrow column; the title, taken for a header, named every column)."""
    first = texts[0].strip()
    if _GROUP_ROW.match(first):
        return column_role(first) == "other"  # "S TT" (a split "STT") names the number's column: no group's "S"
    return not first and _spanning_text(texts[1:]) is not None


def header_of(table: Table) -> Header:
    """The header rows of a real table. The first row is header; the rows below it are too while a header cell
    reaches down into them (merged down over a second header line), or while a cell of the row above spans
    several columns over names of their own (a parent over its children), and the numbering row "(1) (2) …"."""
    grid = table.grid()
    if not grid:
        return Header(0, None, [])
    if is_task_row(grid[0]) or (len(grid) > 1 and _group_row(grid[0]) and is_task_row(grid[1])):
        return Header(0, None, [""] * table.n_cols)  # rows from the first (a group's row over a task is no header)
    start, title = 0, None
    if len(grid) > 2 and (text := _spanning_text(grid[0])) and header_like(grid[1]):  # one name is no header
        start, title = 1, text
    end = start + 1
    children_only: dict[int, set[int]] = {}  # a row of children's names over figures: it names those columns only
    while end < min(len(grid), start + _MAX_HEADER_ROWS):
        above = [c for c in table.cells if start <= c.row < end]
        reaches_down = any(c.row + c.row_span > end for c in above)
        below = [c for c in table.cells if c.row == end]
        parents = [parent for parent in above if _has_children(parent, below)]
        parent_over_children = bool(parents) and header_like(
            [grid[end][c] for c in range(table.n_cols) if grid[end][c] != grid[end - 1][c]])
        # children's names right under their parent only (never a data row after a real children row)
        next_to = [parent for parent in parents if parent.row + parent.row_span == end]
        if next_to and not parent_over_children and _labels_over_figures(grid[end:end + 2], next_to, below):
            parent_over_children = True
            children_only[end] = {c for parent in next_to for c in range(parent.col, parent.col + parent.col_span)}
        all_th = all(c.is_header for c in table.cells if c.row == end) and any(c.row == end for c in table.cells)
        lost_span = not reaches_down and _children_of_a_lost_span(grid[end - 1], grid[end])
        if reaches_down or parent_over_children or all_th or lost_span or _is_numbering_row(grid[end]):
            end += 1
            continue
        break
    names = []
    numbering = {r for r in range(start, end) if _is_numbering_row(grid[r])}  # "X" of "X | Y" is a name, no number
    for c in range(table.n_cols):
        parts: list[str] = []
        for r in range(start, end):
            text = " ".join(grid[r][c].split()) if c in children_only.get(r, (c,)) else ""
            if text and not (r in numbering and _COLUMN_NUMBER.match(text)) and text not in parts:
                parts.append(text)
        names.append(" / ".join(parts))
    return Header(end, title, names)


def is_task_row(texts: list[str]) -> bool:
    """Whether a table's first row is a task, not a header (the header lost in the copy): it opens with a row number
    and holds a date or a period, and its other cells do not read as columns' names."""
    cells = [" ".join(t.split()) for t in texts]
    return (len(cells) >= 3 and bool(ROW_NUMBER.match(cells[0])) and not _is_numbering_row(cells)
            and any(looks_like_deadline(t) for t in cells[1:]) and not header_like(cells[1:]))


def continues_table(table: Table, previous: list[TableColumn]) -> bool:
    """Whether ``table``, printed right after a table of ``previous`` columns, is the rest of it: as many columns, a
    task or indicator table before, and neither its first row nor its second reads as a header (Word splits a table
    at a page break into two tables; the header is printed again only where it was marked to repeat)."""
    grid = table.grid()
    return (bool(grid) and table.n_cols == len(previous) and table_kind([c.role for c in previous]) != "other"
            and not any(header_like(row) for row in grid[:2]))


# ---------------------------------------------------------------------------------------------------
# Roles from the header, then from the cells


@dataclass(frozen=True)
class CellKinds:
    """What the cells of one column look like, as counts over its filled data cells."""

    filled: int
    numbers: int
    agencies: int
    deadlines: int
    mean_length: float


def _cell_kinds(cells: list[str]) -> CellKinds:
    filled = [c.strip() for c in cells if c.strip()]
    return CellKinds(
        filled=len(filled),
        numbers=sum(1 for c in filled if ROW_NUMBER.match(c)),
        agencies=sum(1 for c in filled if looks_like_agency(c)),
        deadlines=sum(1 for c in filled if looks_like_deadline(c) and not names_a_phase_only(c)),  # not "Giai đoạn 1"
        mean_length=sum(len(c) for c in filled) / len(filled) if filled else 0.0,
    )


def _most(count: int, kinds: CellKinds) -> bool:
    return kinds.filled > 0 and count * 10 >= kinds.filled * 6


def columns_from(names: list[str], rows: list[list[str]] | None = None) -> list[TableColumn]:
    """Columns named by a header, their roles read from the names; where a name says nothing known (or nothing
    at all) and data rows are given, from the cells."""
    roles, evidence = map(list, zip(*(header_role(n) for n in names))) if names else ([], [])
    _bare_values_with_no_indicators(names, roles, evidence)
    roles = people_as_notes(names, work_period_roles(names, indicator_roles(names, subject_roles(roles))))
    if rows:
        _stages_with_no_time(names, roles, evidence, rows)
        _bodies_under_unit_name(names, roles, evidence, rows)
        _goals_that_are_targets(names, roles, evidence, rows)
    if rows and table_kind(roles) != "indicators":
        _topics_beside_tasks(names, roles, evidence)
        _speakers_that_are_bodies(names, roles, evidence, rows)
        _marked_bodies(names, roles, evidence, rows)
        _marked_periods(names, roles, evidence, rows)
        _marked_statuses(names, roles, evidence, rows)
        _reference_columns(roles, evidence, rows)
        _roles_from_cells(roles, evidence, rows)
        _targets_that_are_times(roles, evidence, rows)
    return [TableColumn(name=n, role=r, evidence=e) for n, r, e in zip(names, roles, evidence)]


@cache
def _time_pairs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    pairs = json_data("task_tables.json")["time_pairs"]
    return re.compile(pairs["work"]), re.compile(pairs["completion"])


def work_period_roles(names: list[str], roles: list[str]) -> list[str]:
    """Two time columns, one naming when the work runs ("Thời gian thực hiện": "Tháng 3 - 5/2026") and one naming
    when it must be done ("Thời hạn hoàn thành": "30/6/2026"): the period of work gives the task's start, the
    completion column its deadline (data/task_tables.json, time_pairs). Elsewhere a "Thời gian thực hiện" column is
    the deadline, as most plans mean it."""
    work, completion = _time_pairs()
    times = [(c, folded_name(n)) for c, (n, r) in enumerate(zip(names, roles)) if r == "deadline" and " / " not in n]
    if not any(completion.search(name) for _, name in times):
        return roles
    periods = [c for c, name in times if work.match(name) and not completion.search(name)]
    return ["start" if c in periods else r for c, r in enumerate(roles)]


_PERFORMER_ROLES = frozenset({"lead", "implementer", "lead_support"})


@cache
def _people_column() -> re.Pattern[str]:
    return re.compile(json_data("task_tables.json")["people_columns"]["pattern"])


def is_people_column(name: str) -> bool:
    """A header of people ("Người thực hiện", "Cán bộ phụ trách"), not of bodies (task_tables.json people_columns)."""
    return any(_people_column().search(folded_name(part)) for part in name.split(" / "))


def people_as_notes(names: list[str], roles: list[str]) -> list[str]:
    """A column of people ("Người phụ trách", "Cán bộ đầu mối": "Đồng chí …, Phó Chủ tịch UBND xã") beside a column of
    the bodies that do the task ("Đơn vị thực hiện", "Cơ quan chủ trì") says who answers for the task in them: a note,
    the bodies keep their role. Alone it stays the performer column (a post alone, "Giám đốc Sở Y tế", is read as
    printed; tasks.py keeps people's names out of the bodies)."""
    people = {c for c, (name, role) in enumerate(zip(names, roles)) if role in AGENCY_ROLES and is_people_column(name)}
    if not people or not any(role in _PERFORMER_ROLES and c not in people for c, role in enumerate(roles)):
        return roles
    return ["note" if c in people else role for c, role in enumerate(roles)]


def subject_roles(roles: list[str]) -> list[str]:
    """An inspection schedule's column of what each row visits ("Đơn vị được kiểm tra") is the row's task; a "Nội
    dung kiểm tra" beside it says what is looked at there, a note."""
    if "subject" not in roles:
        return roles
    return ["content" if r == "subject" else "note" if r == "content" else r for r in roles]


_TARGETS_NAME = re.compile(r"^(cac )?chi tieu( cu the| chu yeu)?$")  # folded: a column of targets named as such
_BESIDE_TARGETS = AGENCY_ROLES | {"number", "deadline", "note"}  # what a list of targets has beside its names


def names_targets(name: str) -> bool:
    """A column named as targets ("Chỉ tiêu 2026", "Chỉ tiêu năm 2026", "Chỉ tiêu phấn đấu 2026"): in a table of
    tasks, what each task must reach (its output), where "Kế hoạch năm 2026" is the plan's figure only."""
    return folded_name(name.split(" / ")[-1]).startswith("chi tieu")
_YEAR_ROLES = ("period", "period_untold", "rank")  # a year's columns: kept only in an indicator table


@cache
def _plan_and_done() -> tuple[re.Pattern[str], re.Pattern[str]]:
    pair = json_data("task_tables.json")["plan_and_done"]
    return re.compile(pair["plan"]), re.compile(pair["done"])


def plan_and_done_roles(names: list[str], roles: list[str]) -> list[str]:
    """"Kế hoạch | Thực hiện" side by side with no year, in a table with a unit, result or target column: the lower
    names of a year merged over them, the year lost in a copy as text, so the year's target and its result ("Thực
    hiện" alone is an implementer's column elsewhere; data/task_tables.json plan_and_done). Not in a table of tasks
    (a "Nhiệm vụ" column): there "Kế hoạch" is the time and "Thực hiện" the bodies, whatever target column is beside."""
    if not ({"unit"} | INDICATOR_ROLES) & set(roles) or "content" in roles:
        return roles
    roles = list(roles)
    for c in range(len(names) - 1):
        if is_plan_and_done(names[c:c + 2]):
            # beside a year's own column ("Năm 2025 | Kế hoạch | Thực hiện") the year over the pair is another one,
            # not printed: whose plan and result they are is not told
            year_beside = c > 0 and YEAR_ALONE.match(folded_name(names[c - 1]))
            roles[c], roles[c + 1] = ("period_untold",) * 2 if year_beside else ("target", "previous_result")
    return roles


def is_plan_and_done(names: list[str]) -> bool:
    """"Kế hoạch" then "Thực hiện" ("KH | TH", "Kế hoạch | Ước thực hiện"): a year's plan and its result."""
    plan, done = _plan_and_done()
    return len(names) == 2 and bool(plan.match(folded_name(names[0])) and done.match(folded_name(names[1])))


def indicator_roles(names: list[str], roles: list[str]) -> list[str]:
    """The roles of an indicator table: its criteria named "Lĩnh vực", "Chỉ số nội dung", "Chỉ tiêu" (elsewhere a
    task's output). A column named by a year alone ("Năm 2027") is a period of it only beside a unit, an indicator
    column, a column of criteria ("Chỉ số thành phần" | "Điểm 2024" | "Điểm 2026") or a column named as targets
    ("Chỉ tiêu": a five-year plan whose units stand in the names); in a schedule
    it holds marks. A table that names its tasks and their bodies ("Chỉ tiêu, nhiệm vụ" |
    "Kế hoạch năm 2026" | "Cơ quan chủ trì") stays a task table, its target columns kept. A lone "Chỉ tiêu" column
    with only numbers, bodies, deadlines or notes beside it lists targets (written in its cells)."""
    roles = plan_and_done_roles(names, roles)
    found = {"period" if r == "period_untold" else r for r in roles}  # years the header does not tell are still years
    targets_named = [c for c, (n, r) in enumerate(zip(names, roles)) if r == "output" and _TARGETS_NAME.match(folded_name(n))]
    if "content" in found and AGENCY_ROLES & found and not {"max_score", "criterion"} & found:
        # a report's task table: with no target beside it, "Kết quả thực hiện năm 2025" is what was done, in words
        done = "result" if "target" not in found else "previous_result"
        roles = _periods_named_by_no_year(names, roles)
        return ["other" if r in _YEAR_ROLES else done if r == "previous_result" else r for r in roles]
    if not (INDICATOR_ROLES & found or {"period", "unit"} <= found or {"period", "criterion"} <= found
            or ("period" in found and len(targets_named) == 1)):
        roles = ["other" if r in _YEAR_ROLES else r for r in roles]
        if len(targets_named) == 1 and all(r in _BESIDE_TARGETS for c, r in enumerate(roles) if c not in targets_named):
            roles[targets_named[0]] = "criterion"
        return roles
    roles = ["criterion" if r in ("group", "content", "subgroup") else r for r in roles]
    if "criterion" not in roles and "output" in roles:
        roles[roles.index("output")] = "criterion"
    if "criterion" not in roles and "other" in roles:  # "Tỉnh, thành phố | Mục tiêu … (%)": a target per place
        roles[roles.index("other")] = "criterion"
    _bodies_as_criteria(roles)
    units = [c for c, name in enumerate(names) if _indicator_unit_name().match(folded_name(name))]
    if "unit" not in roles and len(units) == 1:  # "Chỉ tiêu | Đơn vị | Kế hoạch năm 2025": the unit, no body
        roles[units[0]] = "unit"
    return roles


def _periods_named_by_no_year(names: list[str], roles: list[str]) -> list[str]:
    """A task table's period column named by no year ("Giai đoạn", "Giai đoạn thực hiện": its cells "2025-2027",
    "Giai đoạn 1 (2025)") says when each task is done: its deadline where no other column names a time; beside a
    completion time ("Thời hạn hoàn thành") when the work runs (work_period_roles makes it the start); beside another
    time ("Thời gian thực hiện") it stays unplaced, the stage the task belongs to, no second deadline."""
    bare = [c for c, (n, r) in enumerate(zip(names, roles)) if r == "period" and _names_no_year(n)]
    times = [c for c, r in enumerate(roles) if r in _TIME_COLUMN_ROLES]
    completion = _time_pairs()[1]
    if len(bare) != 1 or times and not any(completion.search(folded_name(names[c])) for c in times):
        return roles
    return ["deadline" if c == bare[0] else r for c, r in enumerate(roles)]


def _names_no_year(name: str) -> bool:
    return not any(ch.isdigit() for ch in name)


_ANY_YEAR = 2000  # a year for a cell's period printed without its own ("Quý II"): only whether it names one is asked


def is_stage_by_name(column: TableColumn) -> bool:
    """A time column that is one by its name alone: a stage named by no year ("Giai đoạn", "Giai đoạn thực hiện")
    made the deadline or the start (_periods_named_by_no_year) before its cells are seen."""
    return (column.role in ("deadline", "start") and " / " not in column.name and _names_no_year(column.name)
            and header_role(column.name)[0] == "period")


def _stages_with_no_time(names: list[str], roles: list[str], evidence: list[str | None], rows: list[list[str]]) -> None:
    """A stage column named by no year that _periods_named_by_no_year made the deadline or the start, whose cells
    mostly name no time (a year, a date, a quarter, a month: "2025-2027", "Quý III/2026", "Giai đoạn 1 (2025)"), but
    the phases of the work ("Chuẩn bị | Triển khai | Tổng kết", "I | II | III", "Giai đoạn 1"): no time, an unplaced
    column as any other (never a deadline "Chuẩn bị" that ends nowhere)."""
    from .deadlines import parse_deadline

    for c, (name, role) in enumerate(zip(names, roles)):
        if not is_stage_by_name(TableColumn(name=name, role=role)):
            continue
        cells = [row[c] for row in rows if c < len(row)]
        kinds = _cell_kinds(cells)
        timed = sum(1 for cell in map(str.strip, cells)
                    if looks_like_deadline(cell) and parse_deadline(cell, _ANY_YEAR).end is not None)
        if not _most(timed, kinds):  # no cell at all names no time either
            roles[c] = "other"
            evidence[c] = f"{evidence[c]}; cells: {kinds.filled - timed} of {kinds.filled} name no time (stages)"


_TIME_COLUMN_ROLES = frozenset({"deadline", "start", "period_mark"})


@cache
def _indicator_unit_name() -> re.Pattern[str]:
    return re.compile(json_data("task_tables.json")["indicator_unit_names"])


@cache
def _unit_words() -> frozenset[str]:
    return frozenset(row["unit"] for row in csv_rows("indicator_units.csv"))


_MAX_UNIT_WORDS = 3  # "tỷ đồng", "lượt khách", "triệu đồng/người": a unit is a word or a few


def _is_unit_word(cell: str) -> bool:
    """A cell that is a unit ("%", "người", "tỷ đồng", "km", "triệu đồng/người"): a unit data/indicator_units.csv
    lists (its part before "/"), or a few words in lower case ("học sinh") or signs; never a body ("Sở Y tế") nor a
    name in capitals ("Xã Sơn Khê", "Hà Nội": a place)."""
    if looks_like_agency(cell):
        return False
    if " ".join(fold(cell.split("/")[0]).split()) in _unit_words():
        return True
    return len(cell.split()) <= _MAX_UNIT_WORDS and not any(ch.isupper() or ch.isdigit() for ch in cell)


def _bare_values_with_no_indicators(names: list[str], roles: list[str], evidence: list[str | None]) -> None:
    """A column named "Giá trị" alone (task_tables.json bare_value_names) is a target only beside a column named as
    the indicators ("Chỉ tiêu", "Tên chỉ tiêu", "Mục tiêu": indicator_names) or a unit column; elsewhere it is a sum
    ("Tên công trình | Giá trị": a work's cost, "Tên tài sản | Giá trị"), never a target read as an indicator."""
    words = json_data("task_tables.json")
    bare, indicators = re.compile(words["bare_value_names"]), re.compile(words["indicator_names"])
    folded = [folded_name(name.split(" / ")[-1]) for name in names]
    beside = any(role == "unit" or indicators.search(name) or _indicator_unit_name().match(name)
                 for name, role in zip(folded, roles))
    for c, name in enumerate(folded):
        if roles[c] == "target" and bare.match(name) and not beside:
            roles[c], evidence[c] = "other", f"{evidence[c]}; no indicator nor unit column beside it"


def _bodies_under_unit_name(names: list[str], roles: list[str], evidence: list[str | None],
                            rows: list[list[str]]) -> None:
    """A column that is the unit column of an indicator table by its name alone ("Đơn vị": indicator_unit_names) whose
    cells are not all units ("Sở Y tế", "Xã Sơn Khê": the bodies or the places of the rows) keeps its header's role
    (the implementer), never a unit read from a body's name."""
    for c, (name, role) in enumerate(zip(names, roles)):
        if role != "unit" or not _indicator_unit_name().match(folded_name(name)):
            continue
        filled = [row[c].strip() for row in rows if c < len(row) and row[c].strip()]
        if filled and not all(_is_unit_word(cell) for cell in filled):
            roles[c], evidence[c] = header_role(name)
            others = sum(1 for cell in filled if not _is_unit_word(cell))
            evidence[c] = f"{evidence[c]}; cells: {others} of {len(filled)} are no unit"
            _bodies_as_criteria(roles)


def _goals_that_are_targets(names: list[str], roles: list[str], evidence: list[str | None], rows: list[list[str]]
                            ) -> None:
    """A column named "Mục tiêu" with no year (an aim in words, ``goal``), or a task's output named as the targets given
    ("Chỉ tiêu giao": task_tables.json assigned_target_names), whose every cell is one target ("≥ 95%", "100%", "Từ 90 -
    95%") beside the rows' names or bodies: the rows' targets ("STT | Đơn vị | Mục tiêu", "STT | Đơn vị | Chỉ tiêu
    giao")."""
    from .indicators import read_target  # the indicators stage reads the tables this module names

    if not {"criterion", *AGENCY_ROLES} & set(roles) or "content" in roles:
        return
    assigned = re.compile(json_data("task_tables.json")["assigned_target_names"])
    c = next((c for c, role in enumerate(roles) if role == "goal"
              # "Chỉ tiêu" alone, in an indicator table the criteria's column: here its cells are the targets
              or role in ("output", "criterion") and assigned.match(folded_name(names[c].split(" / ")[-1]))), None)
    if c is None or roles[c] == "criterion" and not AGENCY_ROLES & set(roles):
        return
    filled = [row[c].strip() for row in rows if c < len(row) and row[c].strip()]
    if filled and all(read_target(cell) for cell in filled):
        roles[c], evidence[c] = "target", f"{evidence[c]}; cells: {len(filled)} of {len(filled)} are targets"
        _bodies_as_criteria(roles)


def _bodies_as_criteria(roles: list[str]) -> None:
    """An indicator table with no column of criteria and one of bodies ("STT | Đơn vị | Mục tiêu năm 2026", "Cơ quan,
    đơn vị | Chỉ tiêu (%)"): a target per body, the bodies name the rows."""
    bodies = [c for c, role in enumerate(roles) if role in AGENCY_ROLES]
    if not {"criterion", "content"} & set(roles) and len(bodies) == 1 and INDICATOR_ROLES & set(roles):
        roles[bodies[0]] = "criterion"


_MARK_PARENT_ROLES = frozenset({"lead", "support"})  # a parent over bodies' columns that gives their marks a role
# a parent over bodies' columns whose cells may mark each body's role: one naming a role, or one naming the performers
# ("Đơn vị thực hiện / Sở Y tế": "Chủ trì", "Phối hợp"), whose marks alone give the role
_MARK_PARENTS = _MARK_PARENT_ROLES | {"implementer"}


def _marked_bodies(names: list[str], roles: list[str], evidence: list[str | None], rows: list[list[str]]) -> None:
    """A table of assignments: a column headed by a body's name ("Sở Nội vụ") whose cells are role marks ("CT",
    "PH", "x") says that body's role in each task ("agency_mark"); so does one under a parent that names a role
    ("Cơ quan phối hợp / Bộ Công an"), whose marks that say none ("x") take the parent's (``mark_parent_role``), or
    the performers ("Đơn vị thực hiện / Sở Y tế"), whose marks say the role ("Chủ trì", "Phối hợp") or none."""
    for c, (name, role) in enumerate(zip(names, roles)):
        under_role = " / " in name and role in _MARK_PARENTS
        if (role != "other" and not under_role) or not looks_like_agency(name.split(" / ")[-1]):
            continue
        filled = [row[c].strip() for row in rows if c < len(row) and row[c].strip()]
        performers = under_role and role == "implementer"
        marks = sum(1 for cell in filled if is_role_mark(cell) or performers and _role_word(cell))
        if filled and marks == len(filled):
            roles[c], evidence[c] = "agency_mark", f"header names a body; cells: {marks} of {len(filled)} are role marks"


_ROLE_WORD_MAX = 4  # words: "Phối hợp thực hiện"; a body's name under the performers is mostly longer, or reads as one


def _role_word(cell: str) -> bool:
    """A short cell under a body's column below the performers ("Đơn vị thực hiện / Sở Y tế": "Triển khai") that names
    no body and holds no figure: a word for the body's part in the task, whatever it is (tasks.marked_bodies)."""
    return (len(cell.split()) <= _ROLE_WORD_MAX and not looks_like_agency(cell) and not any(ch.isdigit() for ch in cell)
            and "\n" not in cell)


_PERIOD_NAME = re.compile(r"^(?:quy|thang)\s+(?:[ivx]{1,4}|\d{1,2})(?:\s*/\s*\d{4})?$")  # folded: "quy ii", "thang 3"


def names_performers(name: str) -> bool:
    """Whether the parent of a body's mark column names the performers ("Đơn vị thực hiện / Sở Y tế")."""
    return " / " in name and column_role(name.rsplit(" / ", 1)[0]) == "implementer"


def mark_parent_role(name: str) -> str | None:
    """The role the parent of a body's mark column names ("Cơ quan phối hợp / Bộ Công an": support), else None."""
    if " / " not in name:
        return None
    role = column_role(name.rsplit(" / ", 1)[0])
    return role if role in _MARK_PARENT_ROLES else None


def _topics_beside_tasks(names: list[str], roles: list[str], evidence: list[str | None]) -> None:
    """A talk's subject ("Chuyên đề") is the task where no other column names one; beside a task column ("Chuyên đề |
    Nội dung | …") it is what the task is about, a note: the task column keeps the task (the first of two task columns
    would be read as the task, the second lost)."""
    topics = [c for c, name in enumerate(names) if roles[c] == "content" and _listed_role(name) == _TOPIC]
    if topics and roles.count("content") > len(topics):
        for c in topics:
            roles[c], evidence[c] = "note", f"{evidence[c]}; a topic beside a task column"


def _speakers_that_are_bodies(names: list[str], roles: list[str], evidence: list[str | None],
                              rows: list[list[str]]) -> None:
    """A speakers' column ("Báo cáo viên") names people, a note; where its cells name bodies ("Công an tỉnh") and no
    other column names who does the work, the bodies carry the talks out (the implementer, as read from the cells)."""
    if _PERFORMER_ROLES & set(roles):
        return
    for c, name in enumerate(names):
        if roles[c] == "note" and _listed_role(name) == _SPEAKERS:
            kinds = _cell_kinds([row[c] for row in rows if c < len(row)])
            if _most(kinds.agencies, kinds):
                roles[c], evidence[c] = "implementer", f"{evidence[c]}; cells: {kinds.agencies} of {kinds.filled} name agencies"
                return


_FIGURES = re.compile(r"^(?:\d{1,3}(?:\s*[,;]\s*\d{1,3})*|-)$")  # "14", "14, 26", "-": numbers a row refers to


def _reference_columns(roles: list[str], evidence: list[str | None], rows: list[list[str]]) -> None:
    """A task column whose cells are only figures ("14, 26": the numbers of the programme's tasks a row carries out)
    holds no task: a note. A table left with no task column takes its first product column as the task ("Kết quả
    đầu ra | … | Đơn vị chủ trì | Thời hạn": what is to be delivered is the task)."""
    changed = False
    for c, role in enumerate(roles):
        if role != "content":
            continue
        filled = [row[c].strip() for row in rows if c < len(row) and row[c].strip()]
        if filled and all(_FIGURES.match(cell) for cell in filled):
            roles[c], evidence[c], changed = "note", f"cells: {len(filled)} of {len(filled)} are figures, a reference", True
    if changed and "content" not in roles and "output" in roles:
        c = roles.index("output")
        roles[c], evidence[c] = "content", "no task column: the first product column holds the task"


def _marked_periods(names: list[str], roles: list[str], evidence: list[str | None], rows: list[list[str]]) -> None:
    """A schedule: columns of periods under a time header ("Thời gian thực hiện / Quý II") whose cells are marks
    ("x") say when each task runs ("period_mark"); the task's deadline is the span of its marked periods."""
    for c, (name, role) in enumerate(zip(names, roles)):
        lower = name.split(" / ")[-1]
        # a quarter or a month under a time header, or a year alone ("2027", "Năm 2027") under any parent
        by_year = role == "other" and " / " in name and column_role(lower) == "period"
        if not (by_year or (role == "deadline" and _PERIOD_NAME.match(folded_name(lower)))):
            continue
        filled = [row[c].strip() for row in rows if c < len(row) and row[c].strip()]
        marks = sum(1 for cell in filled if is_period_mark(cell))
        if filled and marks == len(filled):
            roles[c], evidence[c] = "period_mark", f"header names a period; cells: {marks} of {len(filled)} are marks"


def _marked_statuses(names: list[str], roles: list[str], evidence: list[str | None], rows: list[list[str]]) -> None:
    """A report's tick columns: columns named by status words ("Tình hình thực hiện" over "Hoàn thành | Đang thực
    hiện | Chưa thực hiện") whose cells are marks ("x") say where each task stands ("status_mark")."""
    for c, name in enumerate(names):
        if status_name(name.split(" / ")[-1]) is None:
            continue
        filled = [row[c].strip() for row in rows if c < len(row) and row[c].strip()]
        marks = sum(1 for cell in filled if is_period_mark(cell))
        if filled and marks == len(filled):
            roles[c], evidence[c] = "status_mark", f"header names a status; cells: {marks} of {len(filled)} are marks"


def with_marked_bodies(columns: list[TableColumn], rows: list[list[str]]) -> list[TableColumn]:
    """``columns`` with the columns of a table of assignments and of a schedule marked as such (``_marked_bodies``,
    ``_marked_periods``), for a table flattened into text, whose cells are known only once its rows are."""
    names, roles = [c.name for c in columns], [c.role for c in columns]
    evidence = [c.evidence for c in columns]
    _stages_with_no_time(names, roles, evidence, rows)
    _bodies_under_unit_name(names, roles, evidence, rows)
    _goals_that_are_targets(names, roles, evidence, rows)
    _marked_bodies(names, roles, evidence, rows)
    _marked_periods(names, roles, evidence, rows)
    _marked_statuses(names, roles, evidence, rows)
    _reference_columns(roles, evidence, rows)
    _targets_that_are_times(roles, evidence, rows)
    if roles == [c.role for c in columns]:
        return columns
    return [TableColumn(name=n, role=r, evidence=e) for n, r, e in zip(names, roles, evidence)]


_REPORT_SIGNS = frozenset({"status", "status_mark", "result"})  # columns only a report's table has


@cache
def _report_results() -> tuple[frozenset[str], re.Pattern[str]]:
    words = json_data("task_tables.json")["report_results"]
    headings = "|".join(re.escape(h) for h in words["headings"])
    return frozenset(words["names"]), re.compile(rf"^(?:(?:[ivxlc]+|\d+(?:\.\d+)*|[a-z])[.)]\s*)?(?:{headings})\b")


def reports_results(heading: str) -> bool:
    """A heading over a report's table ("II. KẾT QUẢ THỰC HIỆN", "1. Tình hình triển khai các nhiệm vụ")."""
    return bool(_report_results()[1].match(folded_name(heading)))


def _times_are_statuses(columns: list[TableColumn], rows: list[list[str]]) -> bool:
    """A time column ("Tiến độ") whose filled cells are mostly status words with no date ("Đã hoàn thành")."""
    for c, column in enumerate(columns):
        if column.role != "deadline":
            continue
        filled = [row[c].strip() for row in rows if c < len(row) and row[c].strip()]
        statuses = sum(1 for cell in filled if (reading := read_status(cell)) and not looks_like_deadline(reading.rest))
        if filled and statuses * 2 > len(filled):
            return True
    return False


def with_report_results(columns: list[TableColumn], rows: list[list[str]], report: bool) -> list[TableColumn]:
    """``columns`` with a column named "Kết quả" alone (task_tables.json report_results) made the result where the
    table is a report's: ``report`` (a Báo cáo, or a table under a heading that reports results), or the table has a
    status or result column, or its time column holds statuses. Elsewhere it stays a plan's product (output)."""
    names, _ = _report_results()
    bare = [c for c, column in enumerate(columns)
            if column.role == "output" and folded_name(column.name.split(" / ")[-1]) in names]
    roles = {c.role for c in columns}
    if not bare or "result" in roles:  # beside a result column of its own a bare "Kết quả" is no second result
        return columns
    if not (report or _REPORT_SIGNS & roles or _times_are_statuses(columns, rows)):
        return columns
    return [column.model_copy(update={"role": "result", "evidence": f"{column.evidence}; a report's table"})
            if c in bare else column for c, column in enumerate(columns)]


def _roles_from_cells(roles: list[str], evidence: list[str | None], rows: list[list[str]]) -> None:
    unknown = [c for c, r in enumerate(roles) if r == "other"]
    if not unknown:
        return
    kinds = {c: _cell_kinds([row[c] for row in rows if c < len(row)]) for c in unknown}
    # where no header names the content, the longest text is it though its sentences end in a time ("…, hoàn thành
    # trước ngày 30/6/2026": a scan's misread "Nội dung" had made it the deadline column, and the table no task table);
    # not a column of time phrases longer than short task names ("Hoàn thành trước ngày 30/6/2026")
    longest = max(unknown, key=lambda c: kinds[c].mean_length) if "content" not in roles else None
    if longest is not None and not _times_end_sentences([row[longest] for row in rows if longest < len(row)]):
        longest = None
    for c in unknown:
        k = kinds[c]
        if c == 0 and "number" not in roles and _most(k.numbers, k):
            roles[c], evidence[c] = "number", f"cells: {k.numbers} of {k.filled} are row numbers"
        elif _most(k.agencies, k) and k.mean_length < 200:
            role = next((r for r in ("lead", "support") if r not in roles and "lead_support" not in roles), None)
            if role:
                roles[c], evidence[c] = role, f"cells: {k.agencies} of {k.filled} name agencies"
        elif _most(k.deadlines, k) and "deadline" not in roles and c != longest:
            roles[c], evidence[c] = "deadline", f"cells: {k.deadlines} of {k.filled} are dates or periods"
    if "content" not in roles:
        free = [c for c in unknown if roles[c] == "other" and kinds[c].filled and kinds[c].mean_length >= 20]
        if free:
            c = max(free, key=lambda c: kinds[c].mean_length)
            roles[c] = "content"
            evidence[c] = f"cells: the longest free text (mean {kinds[c].mean_length:.0f} characters)"


def _targets_that_are_times(roles: list[str], evidence: list[str | None], rows: list[list[str]]) -> None:
    """A task table's column named as a year's target ("Dự kiến 2027", "Chỉ tiêu 2026") whose cells are dates or
    periods ("Quý II/2027") says when each task is done: its deadline where no column names one, no target."""
    if table_kind(roles) != "tasks" or "deadline" in roles:
        return
    for c, role in enumerate(roles):
        k = _cell_kinds([row[c] for row in rows if c < len(row)])
        if role == "target" and k.filled and _most(k.deadlines, k):
            roles[c], evidence[c] = "deadline", f"{evidence[c]}; cells: {k.deadlines} of {k.filled} are dates or periods"
            return


_WORDS_BEFORE_A_TIME = 3


def _times_end_sentences(cells: list[str]) -> bool:
    """Whether most of the cells that name a time name it after words of their own ("Hướng dẫn các xã …, hoàn thành
    trước ngày 30/6/2026": a task and its deadline), not as their opening words ("Hoàn thành trước ngày 30/6/2026")."""
    timed = [(cell, found.start()) for cell in map(str.strip, cells) if cell and (found := find_time_words(cell))]
    late = sum(len(cell[:at].split()) >= _WORDS_BEFORE_A_TIME for cell, at in timed)
    return bool(timed) and late * 10 >= len(timed) * 6


def table_kind(roles: list[str]) -> str:
    if "content" in roles and AGENCY_ROLES & set(roles) and "max_score" not in roles:
        return "tasks"  # a task table with target columns ("Chỉ tiêu, nhiệm vụ" | "Kế hoạch năm 2026" | "Chủ trì")
    if INDICATOR_ROLES & set(roles) or {"period", "period_untold"} & set(roles) or ("criterion" in roles and "content" not in roles):
        return "indicators"
    if "content" in roles and (AGENCY_ROLES | {"deadline", "agency_mark", "period_mark"}) & set(roles):
        return "tasks"
    return "other"
