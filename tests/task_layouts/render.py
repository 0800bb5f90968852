"""Print a Layout in every input format the pipeline reads.

- ``docx``: python-docx; the header and the closing as borderless two-column tables (as Word documents have them),
  task tables with real merged cells (two-row headers, group rows, a task's cells down two rows), header rows marked
  to repeat on each page, annexes in sections of their own (landscape where the layout says).
- ``pdf``: the DOCX printed by LibreOffice (ruled or half-ruled as the DOCX is).
- ``doc``: the DOCX saved by LibreOffice as Word 97 through ODT (a direct DOCX→DOC loses python-docx tables).
- ``html``: the document inside a legal site's page chrome, tables with rowspan/colspan; the layout's ``html`` names
  the site's markup ("plain", "vbpl", "word": a page saved by Word, "thead").
- ``txt``: the text a user copies from a legal site: one cell per paragraph, blank lines between, a non-breaking
  space for an empty cell, cells under a merged cell missing.
- ``pipe.txt``: the same text where every cell ends with " |".
- ``bar.txt``: the same text where every cell is followed by a line "|" (pages whose cells hold paragraphs).
- ``tab.txt``: a table copied from a browser: a row per line, its cells separated by tabs, a cell's paragraphs on
  lines of their own (the row's next tabs come after them), a cell under or beside a merged cell not printed (fewer
  tabs); the borderless header and closing copied the same way, as two tabbed cells.
- ``md.txt``: Markdown-like text: a table's rows printed whole as "| a | b | c |" (every position, a merged one
  empty), a "|---|" rule under the first row, "<br>" between a cell's paragraphs.
- ``mdonce.txt``: the same rows as markdownify and markitdown write them: a cell spanning columns followed by empty
  cells, but a cell merged down written once, the rows it reaches into one cell short for it (markdownify issue 121,
  markitdown pull request 2522).
- ``cells.txt``: rows as some legal sites print them: a row per line, every cell followed by " |" ("1 | Rà soát … |
  Sở Tư pháp | … |"; an empty first cell leaves the row starting with "| "), every position printed (a merged one
  empty), a cell's paragraphs joined by a space, no rule under the header.
"""

from __future__ import annotations

import hashlib
import html as htmllib
import io
import shutil
import subprocess
import tempfile
import textwrap
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from parsers import content_format, legacy
from pipeline.resources import data_bytes

from .spec import ROLES, Group, Layout, OtherTable, PageBreak, Para, Task, TaskItems, TaskTable

NBSP = "\u00a0"
FORMATS = ("docx", "pdf", "doc", "html", "txt", "pipe.txt", "bar.txt")
# Built only when asked for (scripts/evaluate_tasks.py --formats scan.pdf): OCR takes seconds a page. "worn.scan.pdf"
# is the same page as real scans come: 200 dpi, JPEG, more askew, on grey paper with the back showing through, lit unevenly.
SLOW_FORMATS = ("scan.pdf", "worn.scan.pdf")
# Tables copied as text rows (the txt reader's tab and pipe tables): built when asked for, tested in tests/test_text_tables.py.
TEXT_TABLE_FORMATS = ("tab.txt", "md.txt", "mdonce.txt", "cells.txt")
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


@dataclass
class Cell:
    text: str
    rowspan: int = 1
    colspan: int = 1
    header: bool = False
    bold: bool = False  # a group row of a table with bold_groups


Grid = list[list[Cell | None]]  # None: a position covered by a merged cell


def join(names: tuple[str, ...], separator: str) -> str:
    if not names:
        return ""
    if separator == "\n- ":
        return "- " + "\n- ".join(names)
    return separator.join(names)


def task_cells(table: TaskTable, task: Task) -> dict[str, str]:
    sep = table.separator
    if table.combined == "mark":
        marked = tuple(f"{lead} (chủ trì)" for lead in task.lead)  # every lead marked: the unmarked support
        agencies = join(marked + task.support, sep)
    else:
        agencies = "Chủ trì: " + join(task.lead, sep) + (f"; Phối hợp: {join(task.support, sep)}" if task.support else "")
    cells = dict.fromkeys(ROLES, "")
    cells |= {"number": task.number, "content": task.content, "lead": join(task.lead, sep), "support": join(task.support, sep),
             "submitter": ", ".join(task.submitter), "agencies": agencies,
             "deadline": task.deadline.text if task.deadline else "", "start": task.start,
             "output": task.outputs[0] if task.outputs else "", "note": task.note, "other": "",
             "implementer": join(task.implementer, sep), "level": task.level, "budget": task.budget,
             "parent": task.parent}
    cells.update(task.printed)
    return cells


def header_grid(table: TaskTable) -> Grid:
    cols = table.columns
    if table.header_rows() == 1:
        return [[Cell(c.header, header=True) for c in cols]]
    top: list[Cell | None] = []
    bottom: list[Cell | None] = []
    i = 0
    while i < len(cols):
        parent = cols[i].parent
        if parent is None and table.header_gridspan_only:
            top.append(Cell(cols[i].header, header=True))
            bottom.append(Cell("", header=True))
            i += 1
            continue
        if parent is None:
            top.append(Cell(cols[i].header, rowspan=2, header=True))
            bottom.append(None)
            i += 1
            continue
        span = 1
        while i + span < len(cols) and cols[i + span].parent == parent:
            span += 1
        top += [Cell(parent, colspan=span, header=True)] + [None] * (span - 1)
        bottom += [Cell(c.header, header=True) for c in cols[i:i + span]]
        i += span
    return [top, bottom]


def table_grid(table: TaskTable, repeat: bool = True) -> Grid:
    """The table as printed: header rows, group rows, task rows. ``repeat``: the header printed again every
    ``repeat_header_every`` rows, as a page converted to HTML or text keeps it (Word repeats it by itself)."""
    n = len(table.columns)
    # a "mark" or "period" column's cells go by its header: the body, the period
    roles = [c.header if c.role in ("mark", "period") else c.role for c in table.columns]
    header = header_grid(table) if table.header else []
    grid: Grid = [[Cell(table.caption, colspan=n, header=True)] + [None] * (n - 1)] if table.caption and table.header else []
    grid += [list(r) for r in header]
    if table.column_numbers:
        grid.append([Cell(table.column_number_format.format(i + 1)) for i in range(n)])
    if table.total and table.total_first:
        grid.append(_total_row(table, roles))
    merged = {i for i, r in enumerate(roles) if r in table.merge}
    anchors: dict[int, Cell] = {}  # column -> the cell a merge runs down from
    body_rows = 0
    for k, row in enumerate(table.rows):
        if repeat and table.repeat_header_every and body_rows and body_rows % table.repeat_header_every == 0:
            grid += [list(r) for r in header]
            anchors = {}
        body_rows += 1
        if isinstance(row, Group):
            bold = table.bold_groups
            if row.spanning and not row.label:
                grid.append([Cell(row.title, colspan=n, bold=bold)] + [None] * (n - 1))
            elif row.spanning:
                grid.append([Cell(row.label, bold=bold), Cell(row.title, colspan=n - 1, bold=bold)] + [None] * (n - 2))
            else:
                grid.append(_group_cells(table, row, roles, anchors, k))
            if not (table.merge_through_groups and not row.spanning):
                anchors = {}
            continue
        cells = task_cells(table, row)
        # a column per body ("mark"): the body's mark in this task, under the body's name
        cells |= {c.header: table.marks[0] if c.header in row.lead else table.marks[1] if c.header in row.support else ""
                  for c in table.columns if c.role == "mark"}
        periods = row.deadline.text.split(", ") if row.deadline else []
        cells |= {c.header: "x" if c.header in periods else "" for c in table.columns if c.role == "period"}
        if len(row.outputs) > 1 and "output" in roles:  # one task over two rows: all but the product merged
            first = [Cell(cells[r], rowspan=1 if r == "output" else 2) for r in roles]
            second = [Cell(row.outputs[1]) if r == "output" else None for r in roles]
            grid += [first, second]
            anchors = {}
            continue
        printed: list[Cell | None] = []
        for i, r in enumerate(roles):
            anchor = anchors.get(i)
            if i in merged and cells[r] and anchor is not None and anchor.text == cells[r]:
                anchor.rowspan += 1
                printed.append(None)
                continue
            printed.append(Cell(cells[r]))
            if i in merged:
                anchors[i] = printed[-1]
        grid.append(printed)
    if table.total and not table.total_first:
        grid.append(_total_row(table, roles))
    grid += [[Cell("") for _ in roles] for _ in range(table.blank_rows)]
    return grid


def _group_cells(table: TaskTable, group: Group, roles: list[str], anchors: dict[int, Cell], k: int) -> list[Cell | None]:
    """A group row of its own cells (label, title); with ``merge_through_groups`` a merged cell above whose text the
    next task prints again runs down over the group row to it (Word lets a vertical merge cross a row whose other
    cells are its own), and one that stops here is ended (``anchors`` loses it)."""
    following = next((r for r in table.rows[k + 1:] if isinstance(r, Task)), None)
    after = task_cells(table, following) if following is not None else {}
    cells: list[Cell | None] = []
    for i, r in enumerate(roles):
        text = {"number": group.label, "content": group.title, **group.printed}.get(r, "")
        anchor = anchors.get(i)
        if table.merge_through_groups and not text and anchor is not None and after.get(r) == anchor.text:
            anchor.rowspan += 1
            cells.append(None)
            continue
        anchors.pop(i, None)
        cells.append(Cell(text, bold=table.bold_groups))
    return cells


def _total_row(table: TaskTable, roles: list[str]) -> list[Cell | None]:
    """"Tổng cộng" over the number and content columns, the sum of the budgets in the budget column."""
    total = sum(int(t.budget.replace(".", "")) for t in table.rows if isinstance(t, Task) and t.budget)
    row: list[Cell | None] = [Cell(f"{total:,}".replace(",", ".") if r == "budget" else "") for r in roles]
    content = roles.index("content")
    if content and roles[content - 1] == "number" and not table.total_apart:
        row[content - 1], row[content] = Cell(table.total, colspan=2, bold=True), None
    else:
        row[content] = Cell(table.total, bold=True)
    return row


def leading_header_rows(grid: Grid) -> int:
    """How many rows at the top are header rows (the caption and the column names, not the "(1) (2)" row)."""
    count = 0
    for row in grid:
        if not (row and all(c is None or c.header for c in row) and any(c is not None for c in row)):
            break
        count += 1
    return count


def other_grid(table: OtherTable) -> Grid:
    return [[Cell(h, header=True) for h in table.header]] + [[Cell(c) for c in row] for row in table.rows]


def header_columns(layout: Layout) -> tuple[list[str], list[str]]:
    left = [*layout.issuer]
    if layout.issuer:
        left.append("_______")
    left.append(layout.number or ("Số:      /" + _symbol(layout) if layout.issuer and layout.motto else ""))
    right = [*MOTTO, "_______________"] if layout.motto else []
    if layout.place_date:
        right.append(layout.place_date)
    return [x for x in left if x], right


def _symbol(layout: Layout) -> str:
    kind = {"KẾ HOẠCH": "KH", "QUYẾT ĐỊNH": "QĐ", "NGHỊ QUYẾT": "NQ"}.get(next((h for h in layout.heading if h != "DỰ THẢO"), ""), "")
    return f"{kind}-UBND" if kind else "UBND"


def closing_columns(layout: Layout) -> tuple[list[str], list[str]]:
    return list(layout.recipients), list(layout.signature)


def items(layout: Layout):
    """The document in reading order, for every renderer: ("header", (left, right)) — the borderless issuer | motto
    table, ("title", line) — a header line printed alone (no motto), ("heading", line), ("p", text),
    ("break", PageBreak), ("table", TaskTable | OtherTable), ("closing", (recipients, signature)) — before the first
    page break (the annexes come after the signature) or at the end."""
    left, right = header_columns(layout)
    if layout.motto:
        yield "header", (left, right)
    else:
        yield from (("title", line) for line in left + right)
    yield from (("heading", line) for line in layout.heading)
    closing = bool(layout.signature or layout.recipients)
    for part in layout.parts:
        if isinstance(part, PageBreak) and closing:
            yield "closing", closing_columns(layout)
            closing = False
        if isinstance(part, TaskItems):  # tasks written as items: paragraphs like any other
            yield from (("p", paragraph) for paragraph in part.paragraphs())
            continue
        yield ("break" if isinstance(part, PageBreak) else "p" if isinstance(part, str) else "table"), part
    if closing:
        yield "closing", closing_columns(layout)


# -- DOCX -------------------------------------------------------------------------------------------------------------


def to_docx(layout: Layout, target: Path) -> None:
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = layout.font, Pt(13)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    if layout.page_numbers:  # the later sections' feet are linked to the first's
        _page_number_foot(section)

    def paragraph(text: str, bold: bool = False, center: bool = False) -> None:
        p = document.add_paragraph()
        p.add_run(text).bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def two_columns(left: list[str], right: list[str]) -> None:
        table = document.add_table(rows=1, cols=2)  # no style: no borders, as Word's header tables
        for cell, lines in zip(table.rows[0].cells, (left, right)):
            for i, line in enumerate(lines or [""]):
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                p.add_run(line)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    landscape = False
    for kind, value in items(layout):
        if kind in ("header", "closing"):
            two_columns(*value)
        elif kind in ("title", "heading"):
            paragraph(value, bold=True, center=True)
        elif kind == "break":
            landscape = value.landscape
            new = document.add_section(WD_SECTION.NEW_PAGE)
            new.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
            new.page_width, new.page_height = (Cm(29.7), Cm(21)) if landscape else (Cm(21), Cm(29.7))
        elif kind == "p" and isinstance(value, Para):  # a bold label before its value
            p = document.add_paragraph()
            for text, bold in value.runs:
                p.add_run(text).bold = bold
        elif kind == "p":
            paragraph(value, bold=value.isupper(), center=value.startswith(("PHỤ LỤC", "(Kèm theo", "(Ban hành")) or
                      (value.isupper() and not value[:1].isdigit() and "." not in value[:4]))
        else:
            task = isinstance(value, TaskTable)
            grid = table_grid(value, repeat=value.repeat_in_docx) if task else other_grid(value)
            weights = column_weights(value)
            width = Cm(25.7 if landscape else 17)
            where = document
            if task and value.framed:  # inside a cell of a borderless one-column layout table
                outer = document.add_table(rows=len(value.frame_title) + 1 + len(value.frame_note), cols=1)
                frame_cells = [row.cells[0] for row in outer.rows]
                for cell in frame_cells:
                    cell.width = width
                for cell, line in zip(frame_cells, (*value.frame_title, None, *value.frame_note)):
                    if line is not None:
                        cell.paragraphs[0].add_run(line).bold = line.isupper()
                where = frame_cells[len(value.frame_title)]
                width = int(width * 0.96)
            size = Pt(layout.table_pt if task else 11)
            _docx_table(where, grid, value.rules if task else "grid", size, [int(width * w / sum(weights)) for w in weights],
                        padded=task and value.padded_cells,
                        centred=frozenset(c for c, col in enumerate(value.columns) if col.role in value.centred) if task
                        else frozenset())
    document.save(target)


# Relative column widths by role: a narrow number column, a wide task column, as printed plans have them.
_NARROW = 1.5  # a column too narrow for a whole date: about 1.6 cm of a portrait page's table of six columns
_WEIGHTS = {"number": 1.3, "content": 6.0, "note": 1.8, "start": 1.8, "budget": 1.8, "level": 1.8}


def column_weights(table: TaskTable | OtherTable) -> list[float]:
    if isinstance(table, TaskTable):
        return [_NARROW if c.role in table.narrow else _WEIGHTS.get(c.role, 2.5) for c in table.columns]
    return [2.5] * len(table.header)


def _docx_table(where, grid: Grid, rules: str, size, widths: list[int], padded: bool = False,
                centred: frozenset[int] = frozenset()) -> None:
    """``where``: the document, or a cell the table is nested in; ``padded``: an empty paragraph above and below the
    text of each body cell (as users space cells out with Enter); ``centred``: the columns whose body cells are
    centred down their rows."""
    from docx.enum.table import WD_ALIGN_VERTICAL
    from docx.oxml import OxmlElement

    table = where.add_table(rows=len(grid), cols=len(grid[0]))
    table.style = "Table Grid"
    table.autofit = False
    # Each position's cell, taken once: python-docx's table.cell() and column.cells walk the whole table on every
    # call (most of the beds' build time). Merging below leaves these cells in place: the grid never reaches a
    # position a merge has covered.
    cells = table._cells
    columns = len(grid[0])
    for index, (column, width) in enumerate(zip(table.columns, widths)):
        column.width = width
        for cell in cells[index::columns]:
            cell.width = width
    header_rows = leading_header_rows(grid)
    if rules != "grid":  # rules between rows only, around the header and under the table, between columns, or none
        ruled = {"horizontal": ("top", "bottom", "insideH"), "header": ("top", "bottom"),
                 "vertical": ("top", "bottom", "left", "right", "insideV"), "zebra": ()}[rules]
        _borders(table._tbl.tblPr, "w:tblBorders", {edge: edge in ruled for edge in
                                                    ("top", "left", "bottom", "right", "insideH", "insideV")})
        if rules in ("header", "vertical") and header_rows:
            for cell in table.rows[header_rows - 1].cells:
                _borders(cell._tc.get_or_add_tcPr(), "w:tcBorders", {"bottom": True})
    for r, row in enumerate(grid):
        if r < header_rows:  # a header printed again lower down is an ordinary row
            tr_pr = table.rows[r]._tr.get_or_add_trPr()
            repeat = OxmlElement("w:tblHeader")  # repeated at the top of every page the table runs onto
            tr_pr.append(repeat)
        for c, cell in enumerate(row):
            if cell is None:
                continue
            target = cells[r * columns + c]
            if cell.rowspan > 1 or cell.colspan > 1:
                target = target.merge(cells[(r + cell.rowspan - 1) * columns + c + cell.colspan - 1])
            if c in centred and r >= header_rows:
                target.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
            lines = cell.text.split("\n") if cell.text else [""]
            if padded and cell.text and r >= header_rows:
                lines = ["", *lines, ""]
            for i, line in enumerate(lines):
                p = target.paragraphs[0] if i == 0 else target.add_paragraph()
                run = p.add_run(line)
                run.font.size = size
                run.bold = cell.header or cell.bold
    if rules == "zebra":  # the header grey, every other body row light grey (shaded once merged: a merge keeps the
        # first cell's properties, in the order Word writes them)
        for r, row in enumerate(grid):
            if r < header_rows or (r - header_rows) % 2:
                for c, cell in enumerate(row):
                    if cell is not None:
                        _shade(cells[r * columns + c], "BFBFBF" if r < header_rows else "E7E6E6")


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _page_number_foot(section, paragraph=None) -> None:
    """A PAGE field centred in the section's foot (or at the end of ``paragraph``, as it is aligned)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    if paragraph is None:
        paragraph = section.footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _borders(properties, tag: str, edges: dict[str, bool]) -> None:
    """Word borders on a table's or a cell's properties: each edge single or none."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = properties.find(qn(tag))
    if borders is None:
        borders = OxmlElement(tag)
        properties.append(borders)
    for edge, ruled in edges.items():
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "single" if ruled else "nil")
        if ruled:
            element.set(qn("w:sz"), "4")
        borders.append(element)


# -- HTML -------------------------------------------------------------------------------------------------------------


def to_html(layout: Layout) -> str:
    if layout.html == "word":
        return _word_html(layout)
    esc = htmllib.escape
    container = (f'<div class="{layout.container[6:]}">' if layout.container.startswith("class:")
                 else f'<div id="{layout.container}">')
    out = ["<!DOCTYPE html>", '<html lang="vi"><head><meta charset="utf-8">',
           f"<title>{esc(' '.join(layout.heading) or layout.name)}</title>",
           "<style>td,th{border:1px solid #000;padding:2px}</style></head><body>",
           '<div class="site-header"><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/van-ban">Văn bản</a></li>'
           '<li><a href="/lien-he">Liên hệ</a></li></ul><form><input name="q" placeholder="Tìm văn bản"></form></div>',
           '<div class="breadcrumb">Trang chủ › Văn bản pháp luật › Bộ máy hành chính</div>', container]

    def lines(text: str, breaks: bool) -> str:
        parts = [esc(x) for x in text.split("\n")] if text else [NBSP]
        return "<br>".join(parts) if breaks else "".join(f"<p>{x}</p>" for x in parts)

    for kind, value in items(layout):
        if kind in ("header", "closing"):
            out.append('<table class="layout" style="border:none"><tr>' + "".join(
                f"<td style='border:none'>{lines(chr(10).join(side), False)}</td>" for side in value) + "</tr></table>")
        elif kind in ("title", "heading"):
            out.append(f"<p align='center'><b>{esc(value)}</b></p>")
        elif kind == "p" and layout.html == "tvpl":  # anchors before annex titles, spaced paragraphs
            anchor = '<a name="chuong_pl"></a>' if value.startswith("PHỤ LỤC") else ""
            out.append(f"<p style='margin-top:6.0pt'>{anchor}{_runs(value)}</p>")
        elif kind == "p":
            out.append(f"<p>{_runs(value)}</p>")
        elif kind == "table" and layout.html == "tvpl":
            out.append(_tvpl_table(value))
        elif kind == "table" and layout.html == "divs" and isinstance(value, TaskTable):
            out.append(_div_table(value))
        elif kind == "table" and layout.html in ("vbpl", "thead"):
            out.append(_site_table(value, layout.html))
        elif kind == "table":
            task = isinstance(value, TaskTable)
            grid = table_grid(value) if task else other_grid(value)
            th, breaks = (value.th, not value.th) if task else (True, False)
            table = ['<table border="1" cellspacing="0" cellpadding="0" width="100%">']
            for row in grid:
                cells = []
                for c, cell in enumerate(row):
                    if cell is None:
                        continue
                    tag = "th" if (cell.header and th) or (task and value.row_headers and c == 0) else "td"
                    text = f"<b>{lines(cell.text, breaks)}</b>" if cell.bold else lines(cell.text, breaks)
                    cells.append(f"<{tag}{_spans(cell)}>{text}</{tag}>")
                table.append(f"<tr>{''.join(cells)}</tr>")
            table.append("</table>")
            out.append(_nest(table, value))
    out += ["</div>", '<div class="comments"><h3>Ý kiến bạn đọc</h3><p>Chưa có ý kiến nào.</p></div>',
            '<div class="footer">Bản quyền thuộc Cổng thông tin văn bản. Ghi rõ nguồn khi phát hành lại.</div></body></html>']
    return "\n".join(out)


def _div_table(table: TaskTable) -> str:
    """A table built of <div>s styled as rows and cells: no spans, so a cell merged down is printed again in each
    row it covers and a cell spanning columns is one cell in its row."""
    esc = htmllib.escape
    grid = table_grid(table)
    anchors = {(r + k, c): cell for r, row in enumerate(grid) for c, cell in enumerate(row)
               if cell is not None for k in range(1, cell.rowspan)}  # the positions a cell merged down covers
    out = ['<div class="tbl" style="display:table;width:100%;border-collapse:collapse">']
    for r, row in enumerate(grid):
        cells = []
        for c, cell in enumerate(row):
            shown = cell or anchors.get((r, c))
            if shown is None:
                continue
            body = "<br>".join(esc(x) for x in shown.text.split("\n")) if shown.text else NBSP
            body = f"<b>{body}</b>" if shown.header or shown.bold else body
            cells.append(f'<div class="td" style="display:table-cell;border:1px solid #000">{body}</div>')
        out.append(f'<div class="tr" style="display:table-row">{"".join(cells)}</div>')
    out.append("</div>")
    return "\n".join(out)


def _runs(text: str) -> str:
    """A paragraph's text, escaped, its bold runs in <b>."""
    runs = text.runs if isinstance(text, Para) else ((text, False),)
    return "".join(f"<b>{htmllib.escape(part)}</b>" if bold else htmllib.escape(part) for part, bold in runs)


def _spans(cell: Cell) -> str:
    return (f' rowspan="{cell.rowspan}"' if cell.rowspan > 1 else "") + (f' colspan="{cell.colspan}"' if cell.colspan > 1 else "")


def _nest(table: list[str], value: TaskTable | OtherTable) -> str:
    """A task table inside a cell of a borderless layout table of one column, as some sites and Word files frame an
    annex: the cell alone, or under rows holding a title and over rows holding a note."""
    if not (isinstance(value, TaskTable) and value.framed):
        return "\n".join(table)

    def rows(lines: tuple[str, ...]) -> str:
        return "".join(f'<tr><td style="border:none"><p>{htmllib.escape(line)}</p></td></tr>' for line in lines)

    return "\n".join([f'<table border="0" width="100%" style="border:none">{rows(value.frame_title)}<tr><td style="border:none">',
                      *table, f"</td></tr>{rows(value.frame_note)}</table>"])


def _widths(table: TaskTable | OtherTable) -> list[float]:
    weights = column_weights(table)
    return [w / sum(weights) for w in weights]


def _site_table(table: TaskTable | OtherTable, style: str) -> str:
    """A table as a legal site's editor writes it. "vbpl": every cell a <p align="center"> holding a styled <span>,
    headers in <b>, widths in per cent, every row in one <tbody>. "thead": the leading header rows in <thead> with
    <strong> inside <th>, the rest in <tbody>, "&nbsp;" in empty cells, lines split by <br />, the table in a
    scrolling <div>."""
    esc = htmllib.escape
    task = isinstance(table, TaskTable)
    grid = table_grid(table) if task else other_grid(table)
    widths = _widths(table)
    heads = leading_header_rows(grid)
    span = "<span style=\"font-family: 'times new roman', times, serif; font-size: 14px;\">"

    def body(cell: Cell) -> str:
        parts = cell.text.split("\n") if cell.text else []
        strong = cell.header or cell.bold
        if style == "vbpl":
            if not parts:
                return f'<p align="center" class="prov-content">{span}&nbsp;</span></p>'
            return "".join(f'<p align="center" class="prov-content">{span}{f"<b>{esc(x)}</b>" if strong else esc(x)}</span></p>'
                           for x in parts)
        if not parts:
            return "&nbsp;"
        text = "<br />".join(esc(x) for x in parts)
        return f"<strong>{text}</strong>" if strong else text

    rows = []
    for r, row in enumerate(grid):
        cells = []
        for c, cell in enumerate(row):
            if cell is None:
                continue
            width = sum(widths[c:c + cell.colspan])
            if style == "vbpl":
                cells.append(f'<td style="border-width: 1.5px;" width="{round(width * 100)}%"{_spans(cell)}>{body(cell)}</td>')
            elif r < heads:
                cells.append(f'<th style="text-align:center;vertical-align:middle"{_spans(cell)}>{body(cell)}</th>')
            else:
                cells.append(f'<td style="vertical-align:top"{_spans(cell)}>{body(cell)}</td>')
        rows.append(f"<tr>{''.join(cells)}</tr>")
    if style == "vbpl":
        out = ['<table border="1" cellpadding="0" cellspacing="0" class="prov-content" style="border-collapse: collapse; '
               'width: 100%; border-width: 1.5px; border-spacing: 0px;" width="100%">', "<tbody>", *rows, "</tbody>", "</table>"]
    else:
        out = ['<div style="overflow-x:auto;width:100%">',
               '<table class="table table-bordered" style="width:100%;border-collapse:collapse">',
               "<thead>", *rows[:heads], "</thead>", "<tbody>", *rows[heads:], "</tbody>", "</table>", "</div>"]
    return _nest(out, table)


def _tvpl_table(table: TaskTable | OtherTable) -> str:
    """A table as a site that republishes Word files prints it: border="0" on the table with the rules in each
    cell's inline style (no top rule on rows after the first), widths in points, every line a
    <p style='margin-top:6.0pt'> holding a <span lang=VI>, headers centred in <b>, "&nbsp;" in an empty cell."""
    esc = htmllib.escape
    task = isinstance(table, TaskTable)
    grid = table_grid(table) if task else other_grid(table)
    widths = _widths(table)
    out = ["<table border=0 cellspacing=0 cellpadding=0 width=\"100%\" style='border-collapse:collapse'>"]
    for r, row in enumerate(grid):
        out.append("<tr>")
        for c, cell in enumerate(row):
            if cell is None:
                continue
            pt = 700 * sum(widths[c:c + cell.colspan])
            top = "" if r == 0 else "border-top:none;"
            lines = cell.text.split("\n") if cell.text else []
            align = " align=center" if cell.header else ""
            strong = cell.header or cell.bold
            body = "".join(f"<p{align} style='margin-top:6.0pt'>{'<b>' if strong else ''}<span lang=VI>{esc(x)}</span>"
                           f"{'</b>' if strong else ''}</p>" for x in lines) or "<p style='margin-top:6.0pt'><span lang=VI>&nbsp;</span></p>"
            out.append(f"<td width={round(pt * 4 / 3)} valign=top{_spans(cell)} style='width:{pt:.1f}pt;"
                       f"border:solid windowtext 1.0pt;{top}padding:0in 5.4pt 0in 5.4pt'>{body}</td>")
        out.append("</tr>")
    out.append("</table>")
    return _nest(out, table)


def _word_html(layout: Layout) -> str:
    """The document as Word saves it as a web page: no site around it, MsoNormal paragraphs with <span lang=VI>,
    <o:p> markers, tables with inline borders and widths in points, a section break per landscape annex."""

    def para(text: str, center: bool = False, bold: bool = False) -> str:
        inner = f"<span lang=VI>{_runs(text)}<o:p></o:p></span>" if text else "<o:p>&nbsp;</o:p>"
        inner = f"<b>{inner}</b>" if bold and text else inner
        align = " align=center style='text-align:center'" if center else " style='text-align:justify'"
        return f"<p class=MsoNormal{align}>{inner}</p>"

    def table(grid: Grid, widths: list[float], total_pt: float, border: bool) -> list[str]:
        line = "border:solid windowtext 1.0pt;" if border else "border:none;"
        out = ["<table class=MsoNormalTable border=" + ("1" if border else "0") +
               " cellspacing=0 cellpadding=0 width=\"100%\" style='width:100.0%;border-collapse:collapse;border:none'>"]
        for row in grid:
            out.append("<tr style='height:14.0pt'>")
            for c, cell in enumerate(row):
                if cell is None:
                    continue
                pt = total_pt * sum(widths[c:c + cell.colspan])
                lines = cell.text.split("\n") if cell.text else [""]
                body = "".join(para(x, center=cell.header, bold=cell.header or cell.bold) for x in lines)
                out.append(f"<td width={round(pt * 4 / 3)} valign=top{_spans(cell)} "
                           f"style='width:{pt:.1f}pt;{line}padding:0cm 5.4pt 0cm 5.4pt'>{body}</td>")
            out.append("</tr>")
        out.append("</table>")
        return out

    out = ["<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
           "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">",
           "<head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\"><meta name=Generator content=\"Microsoft Word 15\">",
           "<style>p.MsoNormal{margin:0cm;font-size:13.0pt;font-family:\"Times New Roman\",serif}</style></head>",
           "<body lang=EN-US style='tab-interval:36.0pt'>", "<div class=WordSection1>"]
    landscape = False
    for kind, value in items(layout):
        if kind in ("header", "closing"):
            out += table([[Cell("\n".join(side)) for side in value]], [0.5, 0.5], 480, border=False)
        elif kind in ("title", "heading"):
            out.append(para(value, center=True, bold=True))
        elif kind == "p":
            out.append(para(value, center=value.startswith(("PHỤ LỤC", "(Kèm theo", "(Ban hành")), bold=value.isupper()))
        elif kind == "break":
            landscape = value.landscape
            out += ["</div>", "<span lang=VI style='font-size:13.0pt'><br clear=all style='page-break-before:always;"
                    "mso-break-type:section-break'></span>", f"<div class=WordSection{'L' if landscape else 'P'}>"]
        elif kind == "table":
            task = isinstance(value, TaskTable)
            grid = table_grid(value) if task else other_grid(value)
            out.append(_nest(table(grid, _widths(value), 728 if landscape else 482, border=True), value))
    out += ["</div>", "</body>", "</html>"]
    return "\n".join(out)


# -- Text copied from a legal site ------------------------------------------------------------------------------------

SITE_TOP = ("Văn bản pháp luật", "", "  • Thuộc tính", "  • Nội dung", "  • VB gốc", "  • Lược đồ", "  • Tải về", "Mục lục",
            "Tìm từ trong trang", "Lưu", "Theo dõi văn bản", "")
SITE_BOTTOM = ("", "Ý kiến bạn đọc", "Bạn cần đăng nhập để gửi ý kiến.", "Văn bản liên quan", "")


def to_text(layout: Layout, pipe: bool = False, bar_lines: bool = False) -> str:
    """One paragraph per line; ``pipe``: cells end with " |" (no blank lines), or with ``bar_lines`` are followed by
    a line "|"; else blank lines between paragraphs and a non-breaking space for an empty cell (or, with the
    layout's ``text_lines``, no blank lines between and that line for an empty cell)."""
    out: list[str] = [" ".join(layout.heading[-1:]) or layout.name, *SITE_TOP]

    def para(text: str) -> None:
        out.append(text)
        if not pipe and layout.text_lines is None:
            out.append("")

    def cell(text: str, width: int = 0) -> None:
        # each of the cell's paragraphs as the lines it prints on: broken at ``width`` where the site wraps cells
        paragraphs = [textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [line] if width
                      else [line] for line in text.split("\n")] if text else []
        if pipe and bar_lines:
            out.extend(line for lines in paragraphs for line in lines)
            out.append("|")
        elif pipe:
            lines = [line for lines in paragraphs for line in lines] or [""]
            out.extend(lines[:-1])
            out.append(f"{lines[-1]} |".lstrip())
        else:
            for lines in paragraphs or [[NBSP if layout.text_lines is None else layout.text_lines]]:
                para("\n".join(lines))

    for kind, value in items(layout):
        if kind in ("header", "closing"):
            for side in value:  # a borderless table: its two cells in pipe text, its lines otherwise
                cell("\n".join(side)) if pipe else [para(line) for line in side]
        elif kind in ("title", "heading", "p"):
            para(value)
        elif kind == "break":
            [para(line) for line in layout.running_header]
        elif kind == "table":
            frame_title, frame_note = _frame_lines(value)
            for line in frame_title:  # a frame's cell: a line of its own, or a cell ending in " |"
                cell(line) if pipe else para(line)
            # A cell spanning columns is followed by an empty cell for each column it covers (the sites print group
            # rows so: corpus 001 and 003); a cell under a merged cell above is not printed at all (003's III.3).
            weights = column_weights(value)
            for row in table_grid(value) if isinstance(value, TaskTable) else other_grid(value):
                covered = 0
                for k, c in enumerate(row):
                    if c is not None:
                        share = sum(weights[k:k + c.colspan]) / sum(weights)
                        cell(c.text, max(6, round(layout.wrap_width * share)) if layout.wrap_width else 0)
                        covered = 0 if layout.spans_once else c.colspan - 1
                    elif covered:
                        cell("")
                        covered -= 1
            for line in frame_note:
                cell(line) if pipe else para(line)
    out += SITE_BOTTOM
    return "\n".join(out)


def to_row_text(layout: Layout, markdown: bool = False, down_once: bool = False, site_cells: bool = False) -> str:
    """The ``tab.txt`` text, or with ``markdown`` the ``md.txt`` text, with ``down_once`` too the ``mdonce.txt`` text,
    with ``site_cells`` the ``cells.txt`` text (module docstring); paragraphs with blank lines between, as in ``txt``."""
    out: list[str] = [" ".join(layout.heading[-1:]) or layout.name, *SITE_TOP]

    def para(text: str) -> None:
        out.extend([text, ""])

    for kind, value in items(layout):
        if kind in ("header", "closing"):
            if markdown or site_cells:
                for side in value:
                    [para(line) for line in side]
            else:  # a two-cell row: the left cell's paragraphs, a tab, the right cell's
                out.extend("\t".join("\n".join(side) for side in value).split("\n"))
                out.append("")
        elif kind in ("title", "heading", "p"):
            para(value)
        elif kind == "break":
            [para(line) for line in layout.running_header]
        elif kind == "table":
            frame_title, frame_note = _frame_lines(value)
            for line in frame_title:
                para(line)
            grid = table_grid(value) if isinstance(value, TaskTable) else other_grid(value)
            below = _covered_from_above(grid) if down_once else set()
            for number, row in enumerate(grid):
                if site_cells:
                    out.append((" | ".join((c.text if c else "").replace("\n", " ") for c in row) + " |").strip())
                elif markdown:
                    printed = [c for k, c in enumerate(row) if (number, k) not in below]
                    out.append("| " + " | ".join((c.text if c else "").replace("\n", "<br>") for c in printed) + " |")
                    if number == 0:
                        out.append("|" + "---|" * len(row))
                else:
                    out.extend("\t".join(c.text for c in row if c is not None).split("\n"))
            out.append("")
            for line in frame_note:
                para(line)
    out += SITE_BOTTOM
    return "\n".join(out)


def _frame_lines(value: TaskTable | OtherTable) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The title's and the note's lines of the frame a task table is set in (none for a table in the body)."""
    return (value.frame_title, value.frame_note) if isinstance(value, TaskTable) else ((), ())


def _covered_from_above(grid: Grid) -> set[tuple[int, int]]:
    """The positions a cell merged down from an earlier row covers."""
    covered = set()
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell is not None and cell.rowspan > 1:
                covered |= {(r + k, c + j) for k in range(1, cell.rowspan) for j in range(cell.colspan)}
    return covered


# -- Building every format --------------------------------------------------------------------------------------------


def libreoffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


_BATCH = 120  # files a LibreOffice start converts: with 248 files the last one was left unwritten, no error (s44)
# The bed's own conversions draw no thumbnail page into the ODT (half its time; the DOC made from it holds none)
_NO_THUMBNAILS = b"""<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Common/Save/Document"><prop oor:name="GenerateThumbnail" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
"""


def convert(sources: list[Path], to: str, outdir: Path, as_the_reader: bool = False) -> None:
    """Convert many files in few LibreOffice starts (a start costs more than a conversion). ``as_the_reader``: in the
    profile and the sandbox parsers/legacy.py converts a file in (offline settings, no network)."""
    program = libreoffice()
    if program is None:
        raise RuntimeError("LibreOffice is not installed (apt-get install -y libreoffice-writer-nogui)")
    prefix = legacy.sandbox() if as_the_reader else ()
    settings = data_bytes("libreoffice_offline.xcu") if as_the_reader else _NO_THUMBNAILS
    for k in range(0, len(sources), _BATCH):
        with tempfile.TemporaryDirectory() as profile:
            (Path(profile) / "p" / "user").mkdir(parents=True)
            (Path(profile) / "p" / "user" / "registrymodifications.xcu").write_bytes(settings)
            subprocess.run([*prefix, program, f"-env:UserInstallation=file://{profile}/p", "--headless", "--convert-to", to,
                            "--outdir", str(outdir), *map(str, sources[k:k + _BATCH])], capture_output=True,
                           timeout=900, check=True)


def legacy_conversions(sources: list[Path], outdir: Path) -> dict[str, Path]:
    """The DOCX parsers/legacy.py would convert each of ``sources`` (.doc, .odt, .rtf) into, made in few LibreOffice
    starts: the SHA-256 of a source's bytes -> its DOCX. The reader starts LibreOffice for every file, which cost the
    bed's .doc cases 3.9 s each (s49's full run): 1,066 s of the suite's 8,954."""
    outdir.mkdir(parents=True, exist_ok=True)
    # converted as the reader converts: by the format its bytes say (the reader names its copy so)
    sources = [p for p in sources if content_format(p) == p.suffix.lstrip(".")]
    convert(sources, "docx", outdir, as_the_reader=True)
    made = {hashlib.sha256(p.read_bytes()).hexdigest(): outdir / f"{p.stem}.docx" for p in sources}
    return {digest: docx for digest, docx in made.items() if docx.exists()}


def converting_from(conversions: dict[str, Path]):
    """A stand-in for parsers.legacy.convert that gives a file's DOCX from ``conversions`` (legacy_conversions) and
    converts any other file as the reader does."""
    real_convert = legacy.convert

    def convert_or_copy(source: Path, out_dir: Path, profile: Path) -> bool:
        made = conversions.get(hashlib.sha256(source.read_bytes()).hexdigest())
        if made is None:
            return real_convert(source, out_dir, profile)
        shutil.copyfile(made, out_dir / f"{source.stem}.docx")
        return True

    return convert_or_copy


# The formats written as text: (format, the layout's text), in the order they are built.
_TEXT_RENDERERS = {
    "html": to_html,
    "txt": to_text,
    "pipe.txt": lambda layout: to_text(layout, pipe=True),
    "bar.txt": lambda layout: to_text(layout, pipe=True, bar_lines=True),
    "tab.txt": to_row_text,
    "md.txt": lambda layout: to_row_text(layout, markdown=True),
    "mdonce.txt": lambda layout: to_row_text(layout, markdown=True, down_once=True),
    "cells.txt": lambda layout: to_row_text(layout, site_cells=True),
}
TEXT_RENDERERS = _TEXT_RENDERERS  # for tests that print a layout in one form without building files


def build(folder: Path, layouts: list[Layout], formats: tuple[str, ...] = FORMATS,
          doc_layouts: set[str] | None = None) -> dict[tuple[str, str], Path]:
    """Every layout in every format under ``folder``; returns (layout name, format) -> file. PDF and DOC need
    LibreOffice: without it they are left out (the caller says so). ``doc_layouts``: the layouts given a .doc (three
    LibreOffice passes each), None for all."""
    folder.mkdir(parents=True, exist_ok=True)
    made: dict[tuple[str, str], Path] = {}
    for layout in layouts:
        for fmt, render in _TEXT_RENDERERS.items():
            if fmt in formats:
                made[layout.name, fmt] = folder / f"{layout.name}.{fmt}"
                made[layout.name, fmt].write_text(render(layout), encoding="utf-8")
        if {"docx", "pdf", "doc", *SLOW_FORMATS} & set(formats):
            made[layout.name, "docx"] = folder / f"{layout.name}.docx"
            to_docx(layout, made[layout.name, "docx"])
    skipped = {(layout.name, fmt) for layout in layouts for fmt in layout.skip}
    if not libreoffice():
        return {k: v for k, v in made.items() if k[1] in formats and k not in skipped}
    docx_files = [made[layout.name, "docx"] for layout in layouts if (layout.name, "docx") in made]
    if {"pdf", *SLOW_FORMATS} & set(formats) and docx_files:
        convert(docx_files, "pdf", folder)
        made.update({(p.stem, "pdf"): p.with_suffix(".pdf") for p in docx_files})
        for layout in layouts:
            if layout.rotated_pdf and (layout.name, "pdf") in made:
                rotate_landscape_pages(made[layout.name, "pdf"])
    doc_sources = [p for p in docx_files if doc_layouts is None or p.stem in doc_layouts]
    if "doc" in formats and doc_sources:
        odt = folder / "odt"
        odt.mkdir(exist_ok=True)
        convert(doc_sources, "odt", odt)
        convert(sorted(odt.glob("*.odt")), "doc:MS Word 97", folder)
        made.update({(p.stem, "doc"): p.with_suffix(".doc") for p in doc_sources})
    for layout in layouts:
        if (layout.name, "pdf") in made and made[layout.name, "pdf"].exists():
            if "scan.pdf" in formats:
                made[layout.name, "scan.pdf"] = to_scan(made[layout.name, "pdf"], folder / f"{layout.name}.scan.pdf",
                                                        scan_angle(layout.name))
            if "worn.scan.pdf" in formats:
                made[layout.name, "worn.scan.pdf"] = to_worn_scan(made[layout.name, "pdf"],
                                                                  folder / f"{layout.name}.worn.scan.pdf", layout.name)
    return {k: v for k, v in made.items() if k[1] in formats and k not in skipped and v.exists()}


def rotate_landscape_pages(pdf: Path) -> None:
    """Each landscape page stored as a portrait page whose content is drawn turned a quarter, with /Rotate 90 so a
    viewer shows it upright (as some printers and PDF tools write a landscape annex in a portrait file)."""
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pdf)
    for page in writer.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        if width > height:  # (x, y) -> (height - y, x): shown turned 90 degrees clockwise, it reads as before
            page.add_transformation(pypdf.Transformation((0, 1, -1, 0, height, 0)))
            page.mediabox = page.cropbox = pypdf.generic.RectangleObject((0, 0, height, width))
            page.rotation = 90
    with pdf.open("wb") as out:
        writer.write(out)


def scan_angle(name: str) -> float:
    """The degrees a layout's scan is turned, as a sheet fed askew: -1.5 to 1.5 in half degrees, fixed per layout."""
    return (zlib.crc32(name.encode()) % 7 - 3) / 2


def to_scan(pdf: Path, out: Path, angle: float) -> Path:
    """The PDF printed and scanned: each page an image at 300 dpi, in grey, turned by ``angle`` degrees."""
    import pypdfium2 as pdfium
    from PIL import Image

    document = pdfium.PdfDocument(str(pdf))
    pages = [document[i].render(scale=300 / 72).to_pil().convert("L") for i in range(len(document))]
    if angle:
        pages = [p.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255) for p in pages]
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=300)
    return out


WORN_DPI = 200


def to_worn_scan(pdf: Path, out: Path, name: str) -> Path:
    """The PDF scanned as real ones come, the same way each time for a layout (seeded by its name): 200 dpi, in grey,
    turned by 2 to 3 degrees, on greyish paper with the back page's print showing through faintly, lit unevenly, every
    other layout photographed (its page slightly in perspective), stored as JPEG of quality 40 to 60."""
    import pypdfium2 as pdfium

    random = np.random.default_rng(zlib.crc32(name.encode()))
    document = pdfium.PdfDocument(str(pdf))
    pages = [document[i].render(scale=WORN_DPI / 72).to_pil().convert("L") for i in range(len(document))]
    photographed = zlib.crc32(name.encode()) % 2 == 1
    worn = [_worn_page(page, random, photographed) for page in pages]
    worn[0].save(out, save_all=True, append_images=worn[1:], resolution=WORN_DPI)
    return out


def _worn_page(page, random, photographed: bool):
    from PIL import Image, ImageFilter, ImageOps

    width, height = page.size
    ink = 255 - np.asarray(page, dtype=np.float32)
    # the back page: the same print mirrored, blurred and faint (what shows through thin paper)
    back = np.asarray(ImageOps.mirror(page).filter(ImageFilter.GaussianBlur(2)), dtype=np.float32)
    paper = 232 + random.uniform(-8, 8)
    light = 1.0 - random.uniform(0.06, 0.14) * _gradient(width, height, random)
    grey = (paper - 0.10 * (255 - back)) * light - ink * (paper / 255)
    grey += random.normal(0, 4, grey.shape)
    image = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8))
    angle = float(random.uniform(2.0, 3.0) * random.choice((-1, 1)))
    image = image.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=int(paper))
    if photographed:
        image = _in_perspective(image, random, int(paper))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=int(random.integers(40, 61)))
    return Image.open(io.BytesIO(out.getvalue())).convert("L")


def _gradient(width: int, height: int, random) -> np.ndarray:
    """0 where the light falls fullest, 1 at the darkest corner: a lamp off to one side."""
    x, y = np.meshgrid(np.linspace(0, 1, width), np.linspace(0, 1, height))
    cx, cy = random.uniform(0, 1, 2)
    distance = np.hypot(x - cx, y - cy)
    return distance / distance.max()


def _in_perspective(image, random, fill: int):
    """A page photographed from a little off square: its far edge up to 2% narrower."""
    from PIL import Image

    width, height = image.size
    squeeze = random.uniform(0.01, 0.02) * width
    # corners of the source quad (top left, bottom left, bottom right, top right) mapped onto the whole image
    quad = (-squeeze, 0, 0, height, width, height, width + squeeze, 0)
    return image.transform((width, height), Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=fill)
