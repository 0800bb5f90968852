"""What readers share: the file's origin (name, hash, size); page numbers; tables continued over pages."""

from __future__ import annotations

import hashlib
import re
from dataclasses import fields
from functools import cache
from itertools import compress, repeat
from operator import attrgetter, lt
from pathlib import Path

from pipeline.model import Block, Cell, Layer, Origin, Table, trusted

PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$")

# A cell's line that opens an item of its own: a bullet ("- ", "+ ", "• "), a label ("a)", "(1)", "2)") or a number
# ("1. "; not a year ending a sentence, "2025. "). Kept on a line of its own where a cell's lines are joined, whether
# the layout wrapped them or a page break split the cell.
ITEM_START = re.compile(r"^\s*(?:[-+•–]\s|[a-zđ]\)|\(?\d+\)|\d{1,2}(?:\.\d{1,2})*\.\s)")

# A note's reference mark raised after a figure ("70¹", "34,7⁽²⁾", "95%*" typed as superscript): glued to the figure it
# would read as another number ("701"), so the HTML (<sup>) and DOCX (a superscript run) readers leave it out, as
# they and the PDF reader leave other marks out. After a letter a raised figure may be an exponent ("m³/s") and stays.
_RAISED_NOTE_MARK = re.compile(r"\s*(?:\d{1,2}|\(\d{1,2}\)|\*{1,3})\s*")


# A power of ten: "10" standing alone or after a multiplication or comparison sign ("không quá 10⁵ CFU/g", "1,5 ×
# 10³"); not an article's, a clause's or a point's number, which a note's mark may follow ("Điều 10¹")
_POWER_OF_TEN_BASE = re.compile(r"(?:^|[×x·*(≤≥<>=~]|(?<!điều)(?<!khoản)(?<!điểm)(?<!mục)(?<!số)(?<!chương)\s)10$",
                                re.IGNORECASE)


def is_power_of_ten_base(before: str) -> bool:
    """Whether ``before`` ends with a power's base ("không quá 10", "1,5 x 10"): a figure raised after it is its
    exponent, no note's mark."""
    return _POWER_OF_TEN_BASE.search(before[-12:] if len(before) > 12 else before) is not None


def is_note_mark_after_figure(before: str, raised: str) -> bool:
    """Whether ``raised`` (a superscript's text) is a note's mark right after the figure ``before`` ends with (not an
    exponent of ten: "10⁵")."""
    return (bool(before) and before[-1] in "0123456789%" and _RAISED_NOTE_MARK.fullmatch(raised) is not None
            and not (raised.strip().isdigit() and is_power_of_ten_base(before)))


def frame_cells(rows: list[list], holds_table, has_text) -> list | None:
    """The cells of a table used as a frame around another table, each read in turn as if it stood in the body: its
    one cell holding a table, its other cells empty; or in a table of one column (a box), every cell, a title or a
    note over or under the table it holds being the frame's own lines. None for any other table (a table in a cell of
    a table of several columns is that cell's: a support cell's list of bodies)."""
    cells = [cell for row in rows for cell in row]
    holding = [cell for cell in cells if holds_table(cell)]
    if len(holding) != 1:
        return None
    if not any(has_text(cell) for cell in cells if cell is not holding[0]):
        return holding
    return cells if all(len(row) == 1 for row in rows) else None


def origin_of(path: Path, data: bytes, fmt: str) -> Origin:
    return Origin(path=str(path), name=path.name, format=fmt, sha256=hashlib.sha256(data).hexdigest(), size=len(data))


def grid_text(table: Table) -> str:
    return "\n".join("\t".join(row) for row in table.grid())


def printed_alike(row: list[str], other: list[str]) -> bool:
    """Whether two grid rows print the same cells: a header cell spanning two columns on one page ("Đơn vị thực
    hiện" over "Chủ trì" | "Phối hợp") can be read as one column's cell and an empty one on the next, where its
    text is narrower than the first column (a half-ruled table's columns are the white its own rows leave)."""
    def alike(k: int) -> bool:
        return row[k] == other[k] or k > 0 and row[k - 1] == other[k - 1] != "" and (
            row[k] == "" and other[k] == other[k - 1] or other[k] == "" and row[k] == row[k - 1])

    return len(row) == len(other) and all(alike(k) for k in range(len(row)))


def _continues(previous: Table, table: Table, same_row=printed_alike) -> tuple[bool, int]:
    """Whether ``table``, the first thing on its page after ``previous`` ended the page before, goes on
    it (same columns), and how many repeated header rows to drop (a header of two lines repeats both; ``same_row``
    tells a row repeated)."""
    if previous.n_cols != table.n_cols:
        return False, 0
    compared = min(previous.n_rows, table.n_rows) - 1
    before, after = _top_rows(previous, compared), _top_rows(table, compared)
    repeated = 0
    while repeated < compared and same_row(after[repeated], before[repeated]):
        repeated += 1
    return True, repeated


def _top_rows(table: Table, rows: int) -> list[list[str]]:
    """The first rows of the table's grid: a table joined over many pages is not laid out whole at every page."""
    rows = max(0, rows)
    # the cells picked out in C (the table so far is looked at after every page), the table made without validating
    # again (its cells are the table's own)
    top = list(compress(table.cells, map(lt, map(_ROW, table.cells), repeat(rows))))
    return trusted(Table, {"n_rows": rows, "n_cols": table.n_cols, "cells": top}).grid()


_ROW = attrgetter("row")
_CELL_FIELDS = attrgetter(*(field.name for field in fields(Cell)))  # in __init__'s order


def _moved(cell: Cell, row: int, page: int | None) -> Cell:
    """The cell at another row, on ``page`` unless the reader told its page (a scan's cells know it):
    ``cell.model_copy(update=…)`` without dataclasses.replace's generic steps (every cell of every page of a long
    table is moved once)."""
    moved = Cell(*_CELL_FIELDS(cell))
    moved.row = row
    if moved.page is None:
        moved.page = page
    return moved


def _on_page(table: Table, page: int | None) -> Table:
    """The table's cells on ``page`` (those whose page the reader did not tell): a table joined over pages tells the
    page of each row (a row at the top of a page under a merged cell the break split: the tasks stage says so)."""
    moved = Table.model_construct(n_rows=table.n_rows, n_cols=table.n_cols,
                                  cells=[_moved(c, c.row, page) for c in table.cells])
    moved._between = _between(table)
    return moved


def _between(table: Table) -> bool:
    """Whether a PDF's table is ruled between its columns only (``Table._between``; a table made without it: no)."""
    return bool(getattr(table, "_between", False))


def _join(previous: Table, table: Table, skip: int, page: int | None = None) -> Table:
    """The table of the next page (``page``) appended; a row the page break split (its text going on in small
    letters at the top of the page, or with no number where the rows are numbered) is put back together."""
    cells = list(previous.cells)
    first = [c for c in table.cells if c.row == skip]
    text = next((c.text for c in sorted(first, key=lambda c: c.col) if c.text.strip()), "")
    number_cell = next((c.text.strip() for c in first if c.col == 0), "")

    def mostly_numbered() -> bool:  # asked only when it decides: the table so far is read whole for it
        numbered = [number.strip() for number in _first_column(previous)[1:]]
        return bool(numbered) and sum(1 for n in numbered if n) >= 0.8 * len(numbered)

    last_row = previous.n_rows - 1

    def whole() -> bool:
        """Whether the page's first row holds text in every column but the number's: an unnumbered row of its own (a
        sub-row "∅ | - Tổ chức hội nghị … | Ủy ban nhân dân các xã | … | Quý IV/2026"), no rest proven (s46 review: glued
        onto the task before the page break, its deadline twice); a rest with a cell opening in small letters (a row cut
        after its first line goes on in every column) is still one."""
        filled = {c.col for c in first if c.text.strip()}
        return table.n_cols > 2 and all(col in filled for col in range(1, table.n_cols)) \
            and not any(c.text.lstrip()[:1].islower() for c in first) and not any(map(listed_on, first))

    def listed_on(piece) -> bool:
        """Whether ``piece`` goes on from its column's cell above as a list (s47 review, finding 1: a rest of "- …"
        items, bodies one a line, deadlines "Quý IV/2026; / Quý IV/2027; / Quý IV/2028" split off as a row of its
        own): the cell above ends an item (";", ","), or its last line and the piece open an item ("- …"), or both
        hold one short value a line (a body, a period) in a column of short values."""
        k = last_cell(piece.col) if piece.col > 0 and piece.text.strip() else None
        above = cells[k].text.strip() if k is not None else ""
        if not above:
            return False
        lines, more = above.split("\n"), piece.text.strip().split("\n")
        return above[-1] in ";," or bool(len(lines) > 1 and ITEM_START.match(lines[-1]) and ITEM_START.match(more[0])) \
            or (piece.col > 1 and len(lines) > 1 and all(len(line) <= _SHORT_VALUE for line in [*lines, *more])
                and _short_values(previous, piece.col))

    def heading() -> bool:
        """Whether the page's first row holds a group's heading alone ("∅ | Nhóm 4. Các nhiệm vụ về đất đai | ∅ …":
        task_tables.json group_words), a row of its own (s47 review: glued onto the task before, a group lost)"""
        filled = [c for c in first if c.text.strip()]
        if len(filled) != 1 or filled[0].col == 0 or not (label := _group_label().match(words := filled[0].text.strip())):
            return False
        # a content rest opening with a group word (s47 review, finding 2: "Giai đoạn 2028 - 2030: hoàn thành …",
        # "Lĩnh vực dân số: …"): words after a ":" on its first line, or going on as a list (items, ";" / "," ends)
        # (a heading after a cell ending an item "…;" is still one: a task's last item)
        line, lines = words.split("\n")[0], words.split("\n")
        return not (":" in line[label.end():].rstrip(" :") or any(ITEM_START.match(more) for more in lines[1:])
                    or any(more.rstrip()[-1:] in ";," for more in lines))

    def last_cell(col: int) -> int | None:  # the cell of the last row in a column: one of the last cells (row order)
        return next((k for k in range(len(cells) - 1, -1, -1)
                     if cells[k].col == col and cells[k].row <= last_row < cells[k].row + cells[k].row_span), None)

    # a row whose number cell the reader left unread (``Cell.unreadable``: several rows' lines the PDF does not part, a
    # blot) is no rest proven: it may hold a number, or the rest of the last row with other rows' lines; that row's
    # cells in the columns left unread are unread too (their words may go on there), never a value cut short
    # (only where the row holds read words in one column at most, the task's wording the reader keeps of a band it
    # did not part: a row with other cells read on their own, a scan's number cell blotted, is a row of its own, and
    # the row before keeps its values: s46 review, a scan's right deadline was cleared)
    if not number_cell and any(c.unreadable and c.col == 0 for c in first) and mostly_numbered():
        if sum(1 for c in first if c.text.strip() and not c.unreadable) > 1:
            first = []
        for piece in first:
            if piece.unreadable and piece.col > 0 and (k := last_cell(piece.col)) is not None and cells[k].row_span == 1:
                cells[k] = cells[k].model_copy(update={"text": "", "unreadable": True})
    # the guards below (a whole row, a heading, a field that cannot go on) are for tables ruled between their columns
    # only, whose rows the reader finds by their numbers; a grid ruled round every row reads as it did before them (s47
    # review: a grid's rest of "- …" items or capitalised sentences was split off as a row of its own, values nulled)
    elif not (_between(previous) or _between(table)):
        if text and (text.lstrip()[:1].islower() or (not number_cell and mostly_numbered())):
            for piece in first:
                k = last_cell(piece.col)
                if k is not None and piece.text.strip() and not cells[k].unreadable:  # (a cell left unread: no rest)
                    glue = "\n" if ITEM_START.match(piece.text) and cells[k].text.strip() else " "
                    cells[k] = cells[k].model_copy(update={"text": f"{cells[k].text}{glue}{piece.text}".strip()})
                if k is not None and piece.row_span > 1:
                    cells[k] = cells[k].model_copy(update={"row_span": last_row - cells[k].row + piece.row_span})
            skip += 1
    elif text and (text.lstrip()[:1].islower() or (not number_cell and not whole() and not heading() and mostly_numbered())):
        # a rest not proven by its words (none going on in small letters: an item's letter "a) …" opens a sub-row as
        # well) with a field after the wording that cannot go on from its part before ("Năm 2026" | "Quý I/2027",
        # "Sở Công Thương" | "Ủy ban nhân dân các xã"): the page's first row may be an unnumbered row of its own (a
        # sub-row under the last task, s47 review: two deadlines, two leads glued) or that row's rest: the row's
        # fields where the first row holds words are left unread (null and a warning), never two rows' values as one
        # (fields: columns of short values, a body or a deadline; a column of sentences goes on in capitals as well,
        # "… với" | "Mặt trận Tổ quốc …")
        # (a row with no wording of its own is the rest of a cell listing one body a line: "Sở Y tế" | "Sở Tư pháp")
        clashing = (not text.lstrip()[:1].islower() or bool(ITEM_START.match(text))) \
            and any(c.col == 1 and c.text.strip() for c in first) and any(
            piece.col > 1 and (k := last_cell(piece.col)) is not None and cells[k].text.strip() and piece.text.strip()
            and not _goes_on(cells[k].text, piece.text) and _short_values(previous, piece.col) for piece in first)
        for piece in first:
            k = last_cell(piece.col)
            if clashing and piece.col > 1 and k is not None and piece.text.strip() and cells[k].row_span == 1:
                cells[k] = cells[k].model_copy(update={"text": "", "unreadable": True})
            # a cell left unread (its rows not parted for sure) takes no rest: the rest alone is no value of it
            elif k is not None and piece.text.strip() and not cells[k].unreadable:
                # the rest opening an item ("- Xác nhận …") is the cell's next item, not its last one's words
                glue = "\n" if ITEM_START.match(piece.text) and cells[k].text.strip() else " "
                cells[k] = cells[k].model_copy(update={"text": f"{cells[k].text}{glue}{piece.text}".strip()})
            if k is not None and piece.row_span > 1:  # a cell merged down over the rows after the split one
                cells[k] = cells[k].model_copy(update={"row_span": last_row - cells[k].row + piece.row_span})
        skip += 1
    shift = previous.n_rows - skip
    moved = [_moved(c, c.row + shift, page) for c in table.cells if c.row >= skip]
    # the cells are the two tables' own, valid already: not validated again at every page of a long table
    joined = Table.model_construct(n_rows=previous.n_rows + table.n_rows - skip, n_cols=previous.n_cols, cells=[*cells, *moved])
    joined._between = _between(table)
    return joined


def _goes_on(before: str, rest: str) -> bool:
    """Whether ``rest``, a cell's words at the top of a page, can go on from ``before``, the same column's words at the
    foot of the page before: the rest opens in small letters or with a quarter's numeral ("Quý" | "IV/2026"), or the
    words before break off at a mark or a word that joins ("Sở Xây dựng;", "giai đoạn 2026-" | "2030", "Sở Văn hóa, Thể
    thao và": task_tables.json task_line_open_ends). Two words each a value of its own ("Năm 2026" | "Quý I/2027")
    cannot, nor a rest with no letter after a whole value (s47 review: "Quý III/2026" | "31/12/2027", "Sở Tài chính"
    | "- Sở Y tế", a sub-row's field)."""
    opening, words = rest.lstrip()[:1], before.lower().split()
    return opening.islower() or bool(_QUARTER.match(rest)) or before.rstrip()[-1:] in _JOINING \
        or any(" ".join(words[-len(end.split()):]) == end for end in _open_ends())


@cache
def _group_label() -> re.Pattern[str]:
    from pipeline.resources import listed_pattern  # imported when first asked (no import cycle)
    return listed_pattern("task_tables.json", "group_words", re.IGNORECASE)


@cache
def _open_ends() -> frozenset[str]:
    from pipeline.resources import json_data  # the data's reader, imported when first asked (no import cycle)
    return frozenset(json_data("task_tables.json")["task_line_open_ends"])


_JOINING = frozenset(",;:-–/(&+")
_QUARTER = re.compile(r"\s*[IVX]{1,3}/\d")  # a quarter's numeral and its year
_SHORT_VALUE = 40  # characters: a column whose cells hold this few at the median holds values (bodies, deadlines)


def _short_values(table: Table, col: int) -> bool:
    """Whether the column's body cells hold short values (a body, a deadline), not sentences."""
    lengths = sorted(len(c.text.strip()) for c in table.cells if c.col == col and c.row > 0 and c.text.strip())
    return bool(lengths) and lengths[len(lengths) // 2] <= _SHORT_VALUE


def _first_column(table: Table) -> list[str]:
    """The first column of ``table.grid()``, without laying out the rest: a table joined over many pages is
    looked at after every page."""
    column = [""] * table.n_rows
    for cell in table.cells:
        if cell.col == 0:
            for r in range(cell.row, min(cell.row + cell.row_span, table.n_rows)):
                column[r] = cell.text
    return column


def join_continued_tables(blocks: list[Block], same_row=printed_alike) -> list[Block]:
    """A table that opens a page right after a table that closed the page before (only furniture such
    as page numbers between them) and has the same columns is the same table: joined into one block, without the
    header rows it repeats (``same_row``: whether two rows are the same; OCR reads a header alike, not the same)."""
    result: list[Block] = []
    last_table: int | None = None
    joined: set[int] = set()
    for block in blocks:
        if block.table is not None and last_table is not None:
            previous = result[last_table]
            if previous.prov.page != block.prov.page:
                continues, skip = _continues(previous.table, block.table, same_row)
                if continues:
                    first = previous.table if last_table in joined else _on_page(previous.table, previous.prov.page)
                    result[last_table] = previous.model_copy(update={"table": _join(first, block.table, skip,
                                                                                    block.prov.page)})
                    joined.add(last_table)
                    continue
        if block.table is not None:
            last_table = len(result)
        elif block.layer == Layer.BODY and block.orig.strip():
            last_table = None
        result.append(block)
    for index in joined:  # the text of a joined table, once it is whole (not again after every page)
        result[index] = result[index].model_copy(update={"orig": grid_text(result[index].table)})
    return result


def mark_page_numbers(blocks: list[Block]) -> list[Block]:
    """A number alone as the first or last line of a page is the page's number: furniture."""
    by_page: dict[int | None, list[int]] = {}
    for i, block in enumerate(blocks):
        by_page.setdefault(block.prov.page, []).append(i)
    marked = list(blocks)
    for indexes in by_page.values():
        for i in {indexes[0], indexes[-1]}:
            if blocks[i].table is None and PAGE_NUMBER.match(blocks[i].orig):
                marked[i] = blocks[i].model_copy(update={"layer": Layer.FURNITURE})
    return marked
