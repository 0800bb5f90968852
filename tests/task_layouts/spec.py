"""A task-table document as data: the document around the tables, the tables' columns and rows, and the truth
of every task row. Renderers (``render.py``) print a ``Layout`` in each input format; ``truth()`` is what a reader
of the printed page would write down for each task, whatever the format.

A task row names its agencies as lists; how a cell prints them is the table's business (``TaskTable.separator``,
a combined "Chủ trì: …; Phối hợp: …" column, or a row's own ``printed`` text), so the truth never depends on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

# Roles a generated column can have. "agencies" is one cell naming both roles; "start" is the start date of a
# "Thời gian: Bắt đầu | Hoàn thành" pair; "other" is a column no task field comes from.
ROLES = frozenset({"number", "content", "lead", "support", "submitter", "agencies", "deadline", "start", "output", "note", "other"})


@dataclass(frozen=True)
class Column:
    header: str
    role: str
    parent: str | None = None  # a two-row header: the merged cell over this column and its neighbours

    def __post_init__(self):
        if self.role not in ROLES:
            raise ValueError(f"unknown column role {self.role!r}")


@dataclass(frozen=True)
class Deadline:
    text: str  # as printed
    end: str | None = None  # ISO end of the period it names; None where it names none ("Thường xuyên", "7 ngày")


@dataclass(frozen=True)
class Task:
    number: str  # as printed: "1", "1.", "1.1", "Bước 1", ""
    content: str
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    submitter: tuple[str, ...] = ()
    deadline: Deadline | None = None
    outputs: tuple[str, ...] = ()  # two outputs print as two rows under merged cells: still one task
    start: str = ""
    note: str = ""
    printed: dict[str, str] = field(default_factory=dict, hash=False, compare=False)  # role -> cell text as printed


@dataclass(frozen=True)
class Group:
    label: str  # "I.", "A", "1", "" (a title alone)
    title: str
    level: int = 0  # 0: top group; 1: a group inside it
    spanning: bool = True  # the title cell spans every column after the label (all of them when there is no label)


Row = Union[Task, Group]


@dataclass(frozen=True)
class TaskTable:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    separator: str = "; "  # between agency names in a cell: "; ", ", ", " và ", "/", "\n", "\n- " (bullets)
    combined: str = "label"  # an "agencies" column: "label" ("Chủ trì: A; Phối hợp: B") or "mark" ("A (chủ trì); B")
    column_numbers: bool = False  # a row "(1) (2) …" under the header
    repeat_header_every: int = 0  # HTML and text: the header printed again every N rows (a converted page break)
    th: bool = True  # HTML: header cells as <th>
    rules: str = "grid"  # DOCX/PDF: "grid" (every cell ruled) or "horizontal" (rules between rows only)

    def header_rows(self) -> int:
        return 2 if any(c.parent for c in self.columns) else 1


@dataclass(frozen=True)
class OtherTable:
    """A table that holds no tasks: a cost estimate, a form, a list of members."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class PageBreak:
    landscape: bool = False  # the pages from here on are landscape (an annex section)


Part = Union[str, TaskTable, OtherTable, PageBreak]


@dataclass(frozen=True)
class Layout:
    name: str
    issuer: tuple[str, ...]  # the header's left lines: ("ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI")
    number: str | None  # "Số: 45/KH-UBND"; None where the document has none (a draft prints "Số:      /KH-UBND")
    place_date: str | None  # "Lào Cai, ngày 12 tháng 3 năm 2026"
    heading: tuple[str, ...]  # the type and title lines: ("KẾ HOẠCH", "Triển khai …")
    parts: tuple[Part, ...]
    signature: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    motto: bool = True
    container: str = "toanvancontent"  # HTML: the id (or "class:NAME") of the element that holds the document
    note: str = ""  # what this layout tests, for failure messages and FACTS.md
    skip: tuple[str, ...] = ()  # formats in which the printed page could not tell the truth (see the layout's comment)

    @property
    def tables(self) -> list[TaskTable]:
        return [p for p in self.parts if isinstance(p, TaskTable)]


@dataclass(frozen=True)
class TruthRow:
    """One task as a person reads it off the page."""

    layout: str
    table: int  # 1-based among the layout's task tables
    index: int  # 1-based among the layout's tasks
    number: str
    group_path: tuple[str, ...]
    content: str
    lead: tuple[str, ...]
    support: tuple[str, ...]
    submitter: tuple[str, ...]
    deadline: str | None
    deadline_end: str | None
    outputs: tuple[str, ...]


def truth(layout: Layout) -> list[TruthRow]:
    rows: list[TruthRow] = []
    for t, table in enumerate(layout.tables, 1):
        roles = {c.role for c in table.columns}
        groups: list[Group] = []
        for row in table.rows:
            if isinstance(row, Group):
                groups = [g for g in groups if g.level < row.level] + [row]
                continue
            deadline = row.deadline if "deadline" in roles else None
            rows.append(TruthRow(
                layout=layout.name, table=t, index=len(rows) + 1, number=row.number,
                group_path=tuple(f"{g.label} {g.title}".strip() for g in groups), content=row.content,
                lead=row.lead, support=row.support if roles & {"support", "agencies"} else (),
                submitter=row.submitter, deadline=deadline.text if deadline else None,
                deadline_end=deadline.end if deadline else None,
                outputs=row.outputs if "output" in roles else ()))
    return rows
