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
# "Thời gian: Bắt đầu | Hoàn thành" pair; "implementer" is a "Đơn vị thực hiện" column beside a "Cơ quan chủ trì"
# one (the bodies that do the work under the lead: neither lead nor support); "level" is "Cấp ban hành"; "budget" is
# a sum of money or its source; "other" is a column no task field comes from.
ROLES = frozenset({"number", "content", "lead", "support", "submitter", "agencies", "deadline", "start", "output", "note",
                   "implementer", "level", "budget", "other", "unit", "target", "status", "leader", "mark", "period", "parent"})
# Third bed: "unit" (ĐVT) and "target" (Kế hoạch năm …) of an indicator row; "status" ("Tiến độ thực hiện" of a report:
# "Đã hoàn thành"); "leader" (the province leader in charge, "Lãnh đạo UBND tỉnh phụ trách"): none of them a task field.
# Fourth bed: "mark", a column headed by a body's name in a table of assignments: "CT" where the body leads the task,
# "PH" where it supports it (``TaskTable.marks`` spells them), empty otherwise. "period", a column of a schedule headed
# by a period ("Quý II" under "Thời gian thực hiện"): "x" where the task's deadline text ("Quý II, Quý III") names it.
# Sixth bed: "parent", a task column left of the activity column ("Nhiệm vụ" | "Hoạt động cụ thể"): the task an activity
# carries out, printed once and merged down over its activities (``Task.parent``); each activity row is a task.


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
    implementer: tuple[str, ...] = ()  # printed in an "implementer" column; not in the truth (neither lead nor support)
    level: str = ""
    budget: str = ""  # a whole number of millions, as printed: "150", "1.200"
    parent: str = ""  # a "parent" column: the task this row's activity carries out (a step of the group path)
    printed: dict[str, str] = field(default_factory=dict, hash=False, compare=False)  # role -> cell text as printed


@dataclass(frozen=True)
class Group:
    label: str  # "I.", "A", "1", "" (a title alone)
    title: str
    level: int = 0  # 0: top group; 1: a group inside it
    spanning: bool = True  # the title cell spans every column after the label (all of them when there is no label)
    printed: dict[str, str] = field(default_factory=dict, hash=False, compare=False)  # role -> cell text of a
    # non-spanning group row (a group row that names the lead of all its tasks in its own lead cell)


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
    rules: str = "grid"  # DOCX/PDF: "grid" (every cell ruled), "horizontal" (rules between rows only), "header"
    # (a rule above and below the header rows and under the last row: no rule between body rows, no verticals),
    # "vertical" (rules between and round the columns, above and below the header and under the last row: none
    # between body rows) or "zebra" (no rule at all: the header and every other body row shaded)
    column_number_format: str = "({})"  # the "(1) (2) …" row: "{}" prints "1 2 …"
    merge: tuple[str, ...] = ()  # roles whose cell, equal over consecutive tasks, is printed once, merged down over them
    merge_through_groups: bool = False  # a merge runs on over a group row (not spanning) between two tasks of one value
    caption: str = ""  # a first row spanning every column, above the header ("BẢNG PHÂN CÔNG NHIỆM VỤ")
    total: str = ""  # a last row: this label in the content column, the sum of the "budget" cells under it
    total_first: bool = False  # the total printed first, under the header (as public-investment lists print it)
    total_apart: bool = False  # the total's label in the content cell alone, the number's cell printed empty (not merged)
    blank_rows: int = 0  # empty rows left at the end (a draft's unused rows)
    repeat_in_docx: bool = False  # the repeated header (repeat_header_every) is printed as ordinary rows in DOCX/PDF too
    nested: bool = False  # DOCX/HTML: the table sits in the one cell of an outer borderless table
    frame_title: tuple[str, ...] = ()  # DOCX/HTML: the table sits in a one-column frame table whose rows above its
    # cell hold these lines, one a row ("DANH MỤC NHIỆM VỤ"); text forms print them as paragraphs over the table
    frame_note: tuple[str, ...] = ()  # the same, rows under the table's cell ("Ghi chú: …")
    continued: bool = False  # the same table as the one before it, split by a page break and an annex heading
    bold_groups: bool = False  # group rows printed in bold, as most real tables print them
    deadline_in_content: bool = False  # no deadline column: each task's deadline is a clause of its content cell
    deadline_in_output: bool = False  # no deadline column: the product's cell prints its time too (the row's ``printed``)
    agencies_in_content: bool = False  # no agency column: each task's text names its lead and support (both in the truth)
    support_in_note: bool = False  # no support column: the "Ghi chú" cell names the help ("Phối hợp với Sở Y tế": in the truth)
    header_gridspan_only: bool = False  # a two-row header whose one-level columns are not merged down (an empty
    # cell under each, as other word processors write it): only the parent cells span (gridSpan)
    padded_cells: bool = False  # DOCX: an empty paragraph above and below the text of each body cell
    header: bool = True  # False: no header row printed (a continued part whose header the page break did not repeat)
    row_headers: bool = False  # HTML: the first cell of every row a <th> (as some editors mark the number column)
    narrow: tuple[str, ...] = ()  # DOCX/PDF: roles whose columns are printed narrow (a date wraps inside its cell:
    # "31/10/202" over "6", "Quý IV/" over "2026")
    marks: tuple[str, str] = ("CT", "PH")  # "mark" columns: what the cell of a leading / supporting body prints
    centred: tuple[str, ...] = ()  # DOCX/PDF: roles whose body cells are centred down their rows (Word's "centre"
    # cell alignment: a row's number on its middle line, not its first)

    def header_rows(self) -> int:
        return 2 if any(c.parent for c in self.columns) else 1

    @property
    def framed(self) -> bool:
        """Set in a frame table's cell: the one cell of a borderless table, or a cell between a title's and a note's."""
        return self.nested or bool(self.frame_title or self.frame_note)


@dataclass(frozen=True)
class OtherTable:
    """A table that holds no tasks: a cost estimate, a form, a list of members."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


class Para(str):
    """A paragraph whose parts are printed in bold or not (a bold label before its value): the text as a str, so
    every renderer prints it as a paragraph, and ``runs`` for those that print bold (DOCX, HTML)."""

    runs: tuple[tuple[str, bool], ...]

    def __new__(cls, runs: tuple[tuple[str, bool], ...]) -> Para:
        para = super().__new__(cls, "".join(text for text, _ in runs))
        para.runs = runs
        return para


LETTERED_FIELDS = "a) "  # TaskItems.field_mark: the item's field lines lettered a), b), c) in turn


@dataclass(frozen=True)
class TaskItems:
    """Tasks written in the body as items with labelled fields, not as a table (ministries' and the Government's
    plans, many provinces'): "a) Rà soát …" over "- Cơ quan chủ trì: Vụ Pháp chế." lines, or "… Chủ trì: …; phối
    hợp: …; thời gian: …." after the item's text. ``heading`` is the numbered part they are printed under ("II.
    NHIỆM VỤ CỤ THỂ"); a Group row prints "label title" as a paragraph."""

    heading: str  # "" where the groups are the document's own numbered parts ("II. …" rows)
    rows: tuple[Row, ...]
    style: str = "lines"  # "lines": a field to a line under the item; "inline": after its text, ";" between fields;
    # "break": the label on a line of its own, the value on the next; "bracket": as "lines", the supports in a bracket
    # of their label after the lead ("- Cơ quan chủ trì: Sở A (cơ quan phối hợp: Sở B)."); "prose": who does the work
    # after a colon, the deadline's label after it ("1. Rà soát …: Sở A chủ trì, phối hợp với Sở B thực hiện; thời
    # hạn: Quý II/2026."; no product); "do": the same after "do" ("1. Rà soát …, do Sở A chủ trì, Sở B phối hợp; thời
    # hạn: …."); "duty": the deadline's field alone after the work, the lead the body a Group over the items names ("a)
    # Sở Nội vụ" / "- Rà soát …; thời hạn: Quý II/2026."), or the lead and its partners ("a) Sở A chủ trì; Sở B phối
    # hợp:"); "comma": as "prose", who does the work after the item's comma ("1. Rà soát …, Sở A chủ trì, phối hợp với
    # Sở B thực hiện; thời hạn: …")
    labels: tuple[str, str, str, str] = ("Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm")
    field_mark: str = "- "  # what starts a field's line: "- ", "+ ", "" (style "lines" and "break"); LETTERED_FIELDS
    # letters them in turn, "a) Cơ quan chủ trì: …", "b) Cơ quan phối hợp: …" (the Prime Minister's plans)
    separator: str = ", "  # between the names of one field
    field_separator: str = "; "  # style "inline": between the fields ("…; phối hợp: …", or ", " as some plans print)
    fields_after: str = ". "  # style "inline": between the item's text and its first field (". ", or " - ")
    bold_labels: bool = False  # DOCX and HTML: the labels in bold

    def paragraphs(self) -> list[str]:
        out: list[str] = [self.heading] if self.heading else []
        for row in self.rows:
            if isinstance(row, Group):
                out.append(f"{row.label} {row.title}".strip())
                continue
            fields = [(label, self.separator.join(value) if isinstance(value, tuple) else value)
                      for label, value in zip(self.labels, (row.lead, row.support, row.deadline and row.deadline.text,
                                                            row.outputs[0] if row.outputs else None)) if value]
            item = f"{row.number} {row.content}".strip()
            deadline = f"; {self.labels[2]}: {row.deadline.text}" if row.deadline else ""
            if self.style in ("prose", "comma"):
                partners = f", phối hợp với {self.separator.join(row.support)}" if row.support else ""
                doers = ": " if self.style == "prose" else ", "
                out.append(f"{item}{doers}{self.separator.join(row.lead)} chủ trì{partners} thực hiện{deadline}.")
                continue
            if self.style == "do":
                partners = f", {self.separator.join(row.support)} phối hợp" if row.support else ""
                out.append(f"{item}, do {self.separator.join(row.lead)} chủ trì{partners}{deadline}.")
                continue
            if self.style == "duty":
                out.append(f"{item}{deadline}.")
                continue
            if self.style == "bracket" and row.support:
                fields = [(self.labels[0], f"{self.separator.join(row.lead)} ({self.labels[1].lower()}: "
                                           f"{self.separator.join(row.support)})"),
                          *((label, value) for label, value in fields if label not in self.labels[:2])]
            if self.style == "inline":
                runs = _inline_runs(fields, self.field_separator)
                out.append(Para(((f"{item}{self.fields_after}", False), *((part, self.bold_labels and k % 2 == 0)
                                                          for k, part in enumerate(runs)))) if fields else item)
                continue
            out.append(item)
            for k, (label, value) in enumerate(fields):
                mark = f"{'abcdefgh'[k]}) " if self.field_mark == LETTERED_FIELDS else self.field_mark
                if self.style == "break":
                    out += [Para(((mark, False), (f"{label}:", self.bold_labels))), value]
                else:
                    out.append(Para(((mark, False), (f"{label}:", self.bold_labels), (f" {value}.", False))))
        return out


def _inline_runs(fields: list[tuple[str, str]], between: str = "; ") -> list[str]:
    """"Chủ trì:", " Sở A; ", "phối hợp:", " Sở B." …: labels at the even places, values at the odd."""
    runs: list[str] = []
    for k, (label, value) in enumerate(fields):
        runs += [f"{label if k == 0 else label[0].lower() + label[1:]}:", f" {value}{'.' if k == len(fields) - 1 else between}"]
    return runs


@dataclass(frozen=True)
class PageBreak:
    landscape: bool = False  # the pages from here on are landscape (an annex section)


Part = Union[str, TaskTable, OtherTable, PageBreak, TaskItems]


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
    html: str = "plain"  # HTML markup: "plain", "vbpl" (<p><span style> in every cell, <b> headers, widths),
    # "word" (a page saved by Word: MsoNormal paragraphs, <o:p>, inline borders, no site chrome),
    # "thead" (header rows in <thead>, <strong> headers, "&nbsp;" cells, the table in a scrolling <div>),
    # "tvpl" (a site republishing Word files: border="0" tables ruled by inline cell styles, <p style> lines, anchors),
    # "divs" (task tables built of <div style="display:table-row|table-cell">, a merged cell repeated in each row)
    font: str = "Times New Roman"  # DOCX (and so PDF/DOC)
    table_pt: float = 11  # the task tables' font size
    note: str = ""  # what this layout tests, for failure messages and FACTS.md
    rotated_pdf: bool = False  # PDF: each landscape page stored portrait with /Rotate 90 (its content drawn turned)
    text_lines: str | None = None  # txt: a copy with no blank line between paragraphs, an empty cell printed as this
    # line ("" a blank line, " " a space, "\xa0" a non-breaking space)
    running_header: tuple[str, ...] = ()  # text forms: lines printed at each page break (a copy of a PDF's pages:
    # the page's number and running header between the rows of a table going on)
    page_numbers: bool = False  # DOCX/PDF: each page's number printed centred in its foot (under a table's last row
    # on a page the table runs off)
    skip: tuple[str, ...] = ()  # formats in which the printed page could not tell the truth (see the layout's comment)
    wrap_width: int = 0  # txt, pipe.txt, bar.txt: each table cell's lines hard-wrapped at its column's share of this
    # many characters (a site that breaks a cell's text at the cell's width and a copy that keeps the breaks)
    spans_once: bool = False  # txt, pipe.txt, bar.txt: a cell spanning columns printed once, no empty cell after it
    # for each column it covers (a group's title, a caption, a parent over two columns)

    @property
    def tables(self) -> list[TaskTable]:
        return [p for p in self.parts if isinstance(p, TaskTable)]

    @property
    def task_items(self) -> list[TaskItems]:
        return [p for p in self.parts if isinstance(p, TaskItems)]


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
    t = 0
    groups: list[Group] = []
    for table in layout.tables:
        if not table.continued:  # a table continued after a page break keeps its number and its open groups
            t += 1
            groups = []
        roles = {c.role for c in table.columns}
        for row in table.rows:
            if isinstance(row, Group):
                groups = [g for g in groups if g.level < row.level] + [row]
                continue
            deadline = row.deadline if roles & {"deadline", "period"} or table.deadline_in_content or table.deadline_in_output else None
            parent = (f"{row.number}. {row.parent}" if row.number else row.parent,) if row.parent else ()
            rows.append(TruthRow(
                layout=layout.name, table=t, index=len(rows) + 1, number=row.number,
                group_path=(*(f"{g.label} {g.title}".strip() for g in groups), *parent), content=row.content,
                lead=row.lead, support=row.support if roles & {"support", "agencies", "mark"} or table.agencies_in_content
                or table.support_in_note else (),
                submitter=row.submitter, deadline=deadline.text if deadline else None,
                deadline_end=deadline.end if deadline else None,
                outputs=row.outputs if "output" in roles else ()))
    for items in layout.task_items:  # after the tables' tasks, as the pipeline lists them
        t += 1
        groups = []
        for row in items.rows:
            if isinstance(row, Group):
                groups = [g for g in groups if g.level < row.level] + [row]
                continue
            rows.append(TruthRow(
                layout=layout.name, table=t, index=len(rows) + 1, number=row.number.rstrip(".)") or row.number,
                group_path=(*([items.heading] if items.heading else []), *(f"{g.label} {g.title}".strip() for g in groups)),
                content=row.content,
                lead=row.lead, support=row.support, submitter=(), deadline=row.deadline.text if row.deadline else None,
                deadline_end=row.deadline.end if row.deadline else None, outputs=row.outputs))
    return rows
