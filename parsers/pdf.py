"""PDF reader: text and ruling lines from pypdfium2, tables by pdfplumber's table finder, stamps by pdfium (pdfminer where pdfium cannot), scans to OCR.

- Text comes from pypdfium2 character by character with its box, so text inside a table's area is
  left to the table and each table is placed where its first character falls in reading order.
- Tables come from pdfplumber's table finder fed the page's ruling lines as pdfium reads them (the
  file is never parsed by pdfminer for them): a cell reported as ``None`` is covered by a merged
  cell, which becomes a span; a table continued on the next page (same columns, header repeated or
  numbering going on) is joined into one.
- E-signed documents often carry the number and the day as a signing stamp (a signature field's
  appearance) over the blank "Số: ___" and "ngày ___": its glyphs are put back in their line by
  position (``forms.py``), and that line's block is marked ``pdf-form``; signing times are kept. Only a
  page with widgets that draw text is read for stamps: its widgets flattened into its content by pdfium, or
  by pdfminer where pdfium cannot give the same glyphs (pdfplumber opens the file then).
- A page number alone at the top or bottom of a page is furniture.
- A PDF with no text layer is read by OCR; so is each page whose text layer is garbage (mojibake, an
  earlier OCR that lost the marks) or holds only a stamp line over a scanned image (``textlayer.py``).
Provenance: page, line within the page's text, and the box of the block where it is known.
"""

from __future__ import annotations

import ctypes
import io
import math
import re
from functools import cache
from itertools import compress, groupby, repeat
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pipeline.errors import ReaderError
from pipeline.legacy_fonts import convert, converted_by_font, encoding_of, font_encoding, may_be_legacy, misread_words, swapped_letters_repaired
from pipeline.model import Block, BlockKind, Cell, DigitalSignature, Document, Issue, Provenance, SignatureBox, Table
from pipeline.spelling import is_syllable
from pipeline.text import nfc

from . import footnotes, forms, glyphmap, reading_order, rules, textlayer
from .common import ITEM_START, grid_text, join_continued_tables, mark_page_numbers, origin_of

READER = "pdf"
_SHOWN_WORDS = 3  # a repaired layer's warning shows this many of its words
MAX_PAGES = 500
_MIN_TEXT_PER_PAGE = 40  # fewer characters than this per page: a scan


# ---------------------------------------------------------------------------------------------------
# Tables


def _join_cell_lines(raw: str, hard_breaks: frozenset[int] = frozenset()) -> str:
    """A cell's lines joined as the layout wrapped them (a space where the line broke at one, none inside
    a word); bullets, labels and the lines the author began anew (``hard_breaks``: their indexes among the
    non-blank lines) kept on lines of their own."""
    if "\n" not in raw:  # most cells hold one line: nothing to join (a table's cells are thousands)
        return raw.replace("\r", "").strip()
    lines = [line for line in raw.replace("\r", "").split("\n") if line.strip()]
    if len(lines) < 2:
        return lines[0].strip() if lines else ""
    out = lines[0]
    for i, line in enumerate(lines[1:], start=1):
        before = out.rstrip()
        if i in hard_breaks or ITEM_START.match(line):
            out = before + "\n" + line
            continue
        # each test's cheap first step asked here (a table's cells are thousands, their lines tens of thousands): the
        # ending of a word broken at its hyphen or slash, a line that goes on with one, or with figures
        glued = ((before.endswith(_BREAK_ENDS) and _ends_mid_word(before))
                 or (line[0] in "/-" and _TOKEN_GOES_ON.match(line) and _SYMBOL_END.search(before))
                 or (line[0].isdigit() and _year_goes_on(before, line)))
        out = before + ("" if glued else " ") + line
    return out.strip()


# A date too long for its cell broken inside its year ("31/10/202" over "6", "Quý IV/20" over "26"): the line ends with
# a day or a month (or a quarter) and a slash before a year's first figures, the next line starts with the rest of it.
_YEAR_CUT = re.compile(r"(?:(?<![\w/])\d{1,2}|\b[IV]{1,3})/(?:\d{1,2}/)?((?:1|2)(?:9|0)?\d?)$")
_YEAR_REST = re.compile(r"^(\d{1,3})(?!\d)")


_YEAR_CUT_SPAN = 12  # characters: the longest cut ("31/10/202") and what its look-behind reads before it


def _year_goes_on(before: str, line: str) -> bool:
    """Whether ``line`` goes on a year the line ``before`` broke: the two runs of figures make one of four (19xx, 20xx)."""
    if not line[:1].isdigit():  # most lines: no figures to go on with (a cell's lines are tens of thousands)
        return False
    # the cut ends the line: searched in its last characters only (a cell's text grows with each line joined)
    cut, rest = _YEAR_CUT.search(before, max(0, len(before) - _YEAR_CUT_SPAN)), _YEAR_REST.match(line)
    if not (cut and rest):
        return False
    year = cut.group(1) + rest.group(1)
    return len(year) == 4 and year.startswith(("19", "20"))


_FIT_TOLERANCE = 1.0  # points
# by code point: whether Python's str.strip() removes the character (none above U+3000 does)
_IS_SPACE = np.array([chr(c).isspace() for c in range(0x3002)])


def _hard_breaks(codes: np.ndarray, boxes: np.ndarray, boxed: np.ndarray,
                 runs: list[tuple[tuple, int, int]]) -> dict[int, frozenset[int]]:
    """Per cell, the lines (indexes among its lines with ink) that the author began on a new line: the line before
    ends so far short of where the cell's lines can reach that this line's first word would have fitted after it.
    A line the layout wrapped had no room left ("Trần Thị Mai" / "Lê Quang Vinh" are two names; "Trung tâm Phục vụ
    hành chính công" / "tỉnh" is one). Lines reach the cell's right border less the padding its text keeps from the
    left border (producers pad both sides alike), or the longest line, if further.
    ``codes``: the cells' characters one after another (code points), ``boxes`` their boxes as shown, ``boxed``
    whether they have one (a generated line break has none), ``runs``: each cell's box and where its run in ``codes``
    starts and ends, in order. The answer is keyed by the runs' starts.
    Every line of the page's cells measured at once (per character in Python, this was the largest cost of a
    ruled page; np.concatenate, not np.insert or np.append: their checks cost more than the work on a page's arrays)."""
    n = len(codes)
    runs = [run for run in runs if run[2] > run[1]]
    if not n or not runs:
        return {}
    newline = codes == 10
    valid = boxed & ~newline  # what a line's extent counts: every character with a box, spaces too
    space = _IS_SPACE[np.minimum(codes, len(_IS_SPACE) - 1)]
    ink, gap = valid & ~space, valid & space
    cell_starts = np.asarray([start for _, start, _ in runs])
    flag = newline.copy()
    flag[cell_starts] = True
    starts = np.flatnonzero(flag)
    ends = np.concatenate((starts[1:], [n]))
    left = np.minimum.reduceat(np.where(valid, boxes[:, 0], np.inf), starts)
    right = np.maximum.reduceat(np.where(valid, boxes[:, 2], -np.inf), starts)
    inked = np.flatnonzero(np.add.reduceat(ink.astype(np.int8), starts) > 0)
    if not len(inked):
        return {}
    # each inked line's first word: from its first ink to the first boxed space after it
    ink_at, gap_at, valid_at = np.flatnonzero(ink), np.flatnonzero(gap), np.flatnonzero(valid)
    first = ink_at[np.searchsorted(ink_at, starts[inked])]
    word_end = np.minimum(np.concatenate((gap_at, [n]))[np.searchsorted(gap_at, first)], ends[inked])
    word = boxes[first]
    word_right = boxes[valid_at[np.searchsorted(valid_at, word_end) - 1], 2]
    # the cells' reach, from their inked lines
    cell_of = np.searchsorted(cell_starts, starts[inked], side="right") - 1
    new_cell = np.concatenate(([True], np.diff(cell_of) != 0))
    groups = np.flatnonzero(new_cell)
    line_left, line_right = left[inked], right[inked]
    cell_left = np.minimum.reduceat(line_left, groups)
    cell_boxes = np.asarray([runs[c][0] for c in cell_of[groups].tolist()], dtype=float)
    reach = np.maximum(np.maximum.reduceat(line_right, groups),
                       cell_boxes[:, 2] - np.maximum(0.0, cell_left - cell_boxes[:, 0]))
    group_of = np.cumsum(new_cell) - 1
    fits = (np.concatenate(([np.inf], line_right[:-1])) + 0.3 * (word[:, 3] - word[:, 1]) + (word_right - word[:, 0])
            < reach[group_of] - _FIT_TOLERANCE)
    fits[groups] = False  # a cell's first line follows nothing
    found: dict[int, set[int]] = {}
    for line in np.flatnonzero(fits).tolist():
        found.setdefault(runs[cell_of[line]][1], set()).add(line - int(groups[group_of[line]]))
    return {start: frozenset(lines) for start, lines in found.items()}


_SNAP = 2.0  # points: cell edges closer than this are one column boundary (Word draws borders a fraction apart)
_HEADER_ROWS = 3  # edges that only the first rows have (a box around each header word) make no column


def _boundaries(values: list[float]) -> list[float]:
    """Sorted edge positions grouped where they lie within _SNAP of each other: one position per group."""
    return [sum(g) / len(g) for g in rules.near_groups(values, _SNAP)]


def _nearest(positions: np.ndarray, values: list[float]) -> list[int]:
    """For each value, the index of the position nearest it (the first of equally near ones)."""
    if not values:
        return []
    return np.abs(positions[None, :] - np.asarray(values, dtype=float)[:, None]).argmin(axis=1).tolist()


def _table(found, cell_text) -> Table:
    """A pdfplumber table as a grid: merged cells (reported as None) become spans. Columns are the vertical edges
    the data rows use, snapped together; an edge that only the header has (a box drawn around a header word, a
    border a fraction off) makes no column of its own, so every data cell stays under its header."""
    rows = found.rows
    boxes = [(r, bbox) for r, row in enumerate(rows) for bbox in row.cells if bbox is not None]
    xs = _boundaries([x for _, b in boxes for x in (b[0], b[2])])
    data = [b for r, b in boxes if r >= _HEADER_ROWS]
    edges = np.asarray(xs)
    used = set(_nearest(edges, [x for b in data for x in (b[0], b[2])]))
    # an edge only the header rows have, and that a data cell runs across, is no column boundary
    xs = np.asarray([x for i, x in enumerate(xs) if i in used or not any(b[0] + _SNAP < x < b[2] - _SNAP for b in data)])
    tops = np.asarray([row.bbox[1] for row in rows] + [rows[-1].bbox[3]])
    by_position: dict[tuple[int, int], Cell] = {}
    firsts, lasts = _nearest(xs, [b[0] for _, b in boxes]), _nearest(xs, [b[2] for _, b in boxes])
    for (r, bbox), col, last, below in zip(boxes, firsts, lasts, _nearest(tops, [b[3] for _, b in boxes])):
        col_span = max(1, last - col)
        row_span = max(1, below - r)
        text = cell_text(bbox)  # NFC already
        if (r, col) in by_position:  # two boxes in one column (header words boxed apart): one cell
            cell = by_position[(r, col)]
            cell.text = f"{cell.text} {text}".strip()
            cell.col_span = max(cell.col_span, col_span)
            cell.bbox = (min(cell.bbox[0], bbox[0]), min(cell.bbox[1], bbox[1]), max(cell.bbox[2], bbox[2]),
                         max(cell.bbox[3], bbox[3]))
            continue
        by_position[(r, col)] = Cell(row=r, col=col, row_span=row_span, col_span=col_span, text=text,
                                     bbox=tuple(bbox))
    n_cols, n_rows = max(1, len(xs) - 1), len(rows)
    cells = [c for c in by_position.values() if c.col < n_cols]
    for c in cells:  # spans cut at the table's edge
        c.row_span, c.col_span = min(c.row_span, n_rows - c.row), min(c.col_span, n_cols - c.col)
    if found.doubtful and n_cols > 1:
        # rows whose cells hold unnumbered rows' or several rows' fields that cannot be parted for sure: left empty
        # and unreadable (a warning for each task field), never one row's merged value; the widest column's text (a
        # task's wording) is kept, and the number where one number opens the row
        widest = int(np.argmax(np.diff(xs)))
        for c in cells:
            middle = (c.bbox[1] + c.bbox[3]) / 2
            for upper, lower, numbered in found.doubtful:
                if upper < middle < lower and c.col_span == 1 and c.col != widest and (c.col > 0 or not numbered):
                    c.text, c.unreadable = "", True
    table = Table(n_rows=n_rows, n_cols=n_cols, cells=cells)
    table._between = found.between
    return table


def page_tables(edges: list[dict], char_boxes: Callable[[], list[rules.Box]], rows_by_number: bool = True,
                carried: dict | None = None, char_text: Callable[[], str] | None = None, unruled: bool = False) -> list:
    """pdfplumber's tables, built from the page's ruling lines (read by pdfium: ``rules.page_edges``; pdfplumber's
    table finder needs nothing of the page but them), and the tables ruled by horizontal lines only (a "half-ruled"
    grid: a rule under the header and under each row, no column borders), whose columns are the gutters that every
    row leaves white (``char_boxes()``: the page's characters, read only for such a grid). ``rows_by_number``: rows
    found between rules by the lines that open a narrow number column (``rules.unruled_row_tops``), for a text
    layer's characters; a scan's marks of ink (a rule's slivers, specks) are no lines to count. ``carried``: kept
    from page to page, the last half-ruled table's extent and gutters, whose rest opening the next page between two
    rules takes them (``rules.continued_rule_pair``)."""
    if rows_by_number and any(e.get("ground") for e in edges):  # a table told apart by shading its rows
        edges = edges + rules.shaded_row_edges(edges, char_boxes())
    # a table ruled between its columns only cut by a page break: the rules round its rows the break leaves out (the
    # column rules of such a table that ran off the page before: the same ones opening this page go on with its rows)
    ran_off = carried.pop("column-ruled", None) if carried is not None else None
    ends = rules.column_ruled_ends(edges, char_boxes, ran_off and ran_off[0]) if rows_by_number and char_text is not None else []
    edges = edges + ends
    settings = rules.table_settings(edges)
    found = rules.find_tables(settings) if settings else []
    doubtful: list[tuple[float, float, bool]] = []
    between: list[rules.Box] = []  # the tables ruled between their columns only (``Table.between``)
    if rows_by_number and char_text is not None:
        split = []
        for t in found:
            # the first table under the same column rules may open with the rest of the row the page break cut, its
            # rows read as the page before's were (numbers centred down them or not)
            rest = ran_off is not None and t is min(found, key=lambda f: f.bbox[1]) \
                and rules.same_places(rules.column_places(edges, t.bbox), ran_off[0])
            runs_off = any(abs(e["top"] - t.bbox[3]) <= _SNAP for e in ends)
            cuts, unsure, centred = rules.rows_between_column_rules(edges, char_boxes, t.bbox, char_text, rest, runs_off,
                                                                    ran_off[1] if rest else None)
            if carried is not None and runs_off:  # the pages' reading kept where this page's tells neither
                carried["column-ruled"] = (rules.column_places(edges, t.bbox),
                                           ran_off[1] if centred is None and rest else centred)
            split += [{"object_type": "line_edge", "x0": t.bbox[0], "x1": t.bbox[2], "top": y, "bottom": y,
                       "width": t.bbox[2] - t.bbox[0], "height": 0, "orientation": "h"} for y in cuts]
            doubtful += unsure
            if cuts or unsure or rest or runs_off:
                between.append(t.bbox)
        if split:
            split += [{"object_type": "line_edge", "x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0,
                       "orientation": "h"} for t in found for x0, x1, y in rules.sub_header_rules(edges, t.bbox)]
            found = rules.find_tables(rules.table_settings(edges + split))  # ruled between columns only: rows by number
        for t in found:
            t.doubtful = [span for span in doubtful if t.bbox[1] - _SNAP <= span[0] and span[1] <= t.bbox[3] + _SNAP]
            t.between = any(b[1] - _SNAP <= t.bbox[1] and t.bbox[3] <= b[3] + _SNAP and b[0] < t.bbox[2] and t.bbox[0] < b[2]
                            for b in between)
    before, gutters_before, centred_before = carried.pop("half-ruled", (None, None, False)) if carried is not None \
        else (None, None, False)
    told_by_white: list[dict] = []  # the rules of tables printed with none
    ruled_header = rules.header_rules_alone(edges, rules.horizontal_rule_groups(edges)) \
        if rows_by_number and char_text is not None else None
    # the reading by white of the rows under a header ruled round (a table ruled round its header only)
    under_ruled_header = rules.unruled_table_rules(char_boxes(), char_text(), [t.bbox for t in found],
                                                   ruled_header=ruled_header) if ruled_header else []
    if (unruled or before) and rows_by_number and char_text is not None:
        taken = [t.bbox for t in found] + rules.horizontal_rule_groups(edges, 2)
        told_by_white = rules.unruled_table_rules(char_boxes(), char_text(), taken,
                                                  (before, gutters_before) if before and not taken else None, carried)
        if ruled_header:  # its header printed again as rows lower on the page opens no table: they are its rows
            told_by_white = rules.outside_rows_told(told_by_white, ruled_header, under_ruled_header)
        edges = edges + told_by_white
    groups = rules.horizontal_rule_groups(edges)
    pair = rules.continued_rule_pair(edges, char_boxes(), before, gutters_before,
                                     char_text() if char_text is not None else None) if before else None
    if pair and not any(abs(g[1] - pair[1]) <= _SNAP for g in groups):  # two rules only: no stack of its own
        groups = [pair, *groups]

    def held(group: rules.Box) -> bool:  # in the rules' height of a table found: read as that table
        return any(t.bbox[1] < group[3] and t.bbox[3] > group[1] for t in found)

    # a header's two rules alone, in a table found as every stack of rules is, make no table: the page's characters
    # are not read for one (a grid running down a page has its top and bottom borders alone)
    alone = rules.header_rules_alone(edges, groups) if rows_by_number else None
    opened, ended_by_white = None, False
    if alone and not (held(alone) and all(map(held, groups))) \
            and (opened := rules.header_running_to_foot(edges, char_boxes(), groups)):
        if char_text is not None:  # rows that end above the page's foot (a part, the signature under them) end there
            ended = rules.rows_told_end(opened, alone, under_ruled_header if alone == ruled_header else
                                        rules.unruled_table_rules(char_boxes(), char_text(), [t.bbox for t in found],
                                                                  ruled_header=alone))
            opened, ended_by_white = ended, ended != opened
        groups.append(opened)
        # the rule its last row would have, were it not on a later page
        edges = [*edges, {"object_type": "line_edge", "x0": opened[0], "x1": opened[2], "top": opened[3],
                          "bottom": opened[3], "width": opened[2] - opened[0], "height": 0, "orientation": "h"}]
    for group in groups:
        left, top, right, bottom = group
        if held(group):
            continue
        # by the middle of a character's height: a capital's stacked tone marks can reach above the top rule
        inside = [box for box in char_boxes() if left <= box[0] and box[2] <= right and top <= (box[1] + box[3]) / 2 <= bottom]
        # the table's own rules only: a line above or below it across its width (a heading's underline, a
        # signature's line) would stretch the side borders and make a row of the text between
        rows = [e for e in edges if e["orientation"] == "h" and e["x0"] < right and e["x1"] > left
                and top - _SNAP <= e["top"] <= bottom + _SNAP]
        if not (gutters := gutters_before if group == pair else rules.gutters(inside, left, right, [e["top"] for e in rows])):
            continue
        # with no rule, rows are told by the number column's lines alone, which hold nothing but the rows' numbers
        by_white = any(top - _SNAP <= e["top"] <= bottom + _SNAP and e["x0"] < right and e["x1"] > left for e in told_by_white) \
            or (group == opened and ended_by_white)
        # the first table on a page after one that ended the page before may open with a row's rest
        rest_first = before is not None and group == min(groups, key=lambda g: g[1])
        tops = sorted(e["top"] for e in rows)
        # two rules closer than a line (one table's foot, the next one's top right under it) bound no band of their own
        tops = [y for y, below in zip(tops, tops[1:] + [math.inf]) if below - y > rules._LINE_STEP]
        header_band = char_text is not None and len(tops) > 1 \
            and rules.opens_with_heading(char_boxes(), char_text(), left, gutters[0], tops[0], tops[1])
        told = (rules.unruled_row_tops(inside, tops, left, right, gutters[0], rest_first, by_white,
                                        runs_off=group == opened and not ended_by_white, centred_before=rest_first and centred_before,
                                        header_band=header_band, second_gutter=gutters[1] if len(gutters) > 1 else None,
                                        repeats=rules.header_repeats(char_boxes(), char_text(), (left, tops[0], right, tops[1]))
                                        if header_band else ())
                if rows_by_number else ([], False))
        if told is None:
            continue  # numbers centred down rows the lines do not prove: no rows told (never several tasks as one)
        unruled, rows_centred = told
        # text under a framed line, no rows of a table; but under a header printed again over the rest of the table
        # the page before ran off, a row or two (the one the break cut) that the reading by white ends are rows
        if group == opened and (len(gutters) < 2
                                or len(unruled) < 2 and not (rest_first and header_band and ended_by_white)):
            continue
        if unruled and group != pair:  # a group row's title spanning columns is told by its row only
            gutters = rules.gutters(inside, left, right, [e["top"] for e in rows] + unruled) or gutters
        if carried is not None and rules.ends_page(group, char_boxes(), edges):  # its rest may open the next page
            carried["half-ruled"] = (group, gutters, rows_centred)
        rows = rules.rules_to_gutters(rows, inside, left, right, gutters)
        rows += [{"object_type": "line_edge", "x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0,
                  "height": 0, "orientation": "h"}
                 for x0, x1, y in rules.header_span_rules(inside, [e["top"] for e in rows], left, right, gutters)]
        rows += [{"object_type": "line_edge", "x0": left, "x1": right, "top": y, "bottom": y, "width": right - left,
                  "height": 0, "orientation": "h"} for y in unruled]
        columns = [{"object_type": "line_edge", "x0": x, "x1": x, "top": upper, "bottom": lower, "width": 0,
                    "height": lower - upper, "orientation": "v"}
                   for x, upper, lower in rules.column_borders(inside, [e["top"] for e in rows], left, right, gutters)]
        found += rules.find_tables(rules.table_settings(rows + columns))
    return found


# ---------------------------------------------------------------------------------------------------
# Text


def _containment(boxes, areas: list) -> np.ndarray:
    """A (box, area) matrix: True where the box's centre lies in the area, edges included. (Vectorised: a page
    has thousands of characters and a table hundreds of cells; testing each pair in Python took half the time
    of reading a ruled PDF.)"""
    if not len(boxes) or not areas:
        return np.zeros((len(boxes), len(areas)), dtype=bool)
    # the areas' sides each made one contiguous row: compared with a strided column, numpy copied it for every
    # character's row (a ruled page's cells: twice the time)
    b, (x0, top, x1, bottom) = np.asarray(boxes, dtype=float), np.asarray(areas, dtype=float).T.copy()
    cx, cy = ((b[:, 0] + b[:, 2]) / 2)[:, None], ((b[:, 1] + b[:, 3]) / 2)[:, None]
    return (x0 <= cx) & (cx <= x1) & (top <= cy) & (cy <= bottom)


def _first_containing(boxes: np.ndarray, areas: list) -> np.ndarray:
    """For each box, the index of the first area its centre lies in, edges included, or -1: the first True of each row of
    ``_containment``'s matrix without the matrix. The areas' sides cut each axis into classes (a side, or the open
    stretch between two sides): an area covers a block of classes in both axes, written into a small grid from the last
    area to the first (the first one stays), and each centre is classed by two binary searches an axis. (The matrix
    of a table page's characters by its cells was two thirds of finding each character's cell.)"""
    if not len(boxes) or not len(areas):
        return np.full(len(boxes), -1)
    b, a = np.asarray(boxes, dtype=float), np.asarray(areas, dtype=float)
    xs, ys = np.unique(a[:, [0, 2]]), np.unique(a[:, [1, 3]])
    # side k of an axis is class 2k + 1; the stretch just below it class 2k
    first_x, last_x = 2 * np.searchsorted(xs, a[:, 0]) + 1, 2 * np.searchsorted(xs, a[:, 2]) + 2
    first_y, last_y = 2 * np.searchsorted(ys, a[:, 1]) + 1, 2 * np.searchsorted(ys, a[:, 3]) + 2
    grid = np.full((2 * len(xs) + 1, 2 * len(ys) + 1), -1)
    for k, x0, x1, y0, y1 in zip(range(len(a) - 1, -1, -1), first_x[::-1].tolist(), last_x[::-1].tolist(),
                                 first_y[::-1].tolist(), last_y[::-1].tolist()):
        grid[x0:x1, y0:y1] = k

    def classes(values: np.ndarray, sides: np.ndarray) -> np.ndarray:
        below = np.searchsorted(sides, values, "left")
        return 2 * below + (np.searchsorted(sides, values, "right") > below)

    return grid[classes((b[:, 0] + b[:, 2]) / 2, xs), classes((b[:, 1] + b[:, 3]) / 2, ys)]


# FPDFText_GetCharBox called with no declared argument types (``rules.unprototyped``), on arguments made once: each
# pointer a ``byref`` (a ready C argument that ctypes copies as it is), where a c_void_p object made ctypes look up
# its type's C format and build a C argument for each of a character's five pointers at every call (a third of the
# time), and declared pointer types an object for each. The pointers of _CHUNK characters point into one buffer, read chunk after chunk
# (pdfium is not thread-safe: one thread reads a document at a time).
_CHUNK = 256
_GET_CHAR_BOX = rules.unprototyped(pdfium_c.FPDFText_GetCharBox, ctypes.c_int)
_BOX_BUFFER = (ctypes.c_double * (4 * _CHUNK))()  # pdfium writes left, right, bottom, top
_BOX_POINTERS = [[ctypes.byref(_BOX_BUFFER, 8 * (4 * i + side)) for i in range(_CHUNK)] for side in range(4)]


def _char_boxes(textpage: pdfium.PdfTextPage, count: int) -> np.ndarray:
    """(left, bottom, right, top) of the first ``count`` characters, one row each, as pypdfium2's ``get_charbox``
    gives them."""
    return _char_boxes_at(textpage, range(count))


def _char_boxes_at(textpage: pdfium.PdfTextPage, indexes: Sequence[int]) -> np.ndarray:
    """(left, bottom, right, top) of the characters at ``indexes``, one row each."""
    page = rules.ready(rules.address(textpage.raw))
    count = len(indexes)
    found = np.empty((count, 4))
    chunk = np.frombuffer(_BOX_BUFFER, dtype=float).reshape(-1, 4)
    for start in range(0, count, _CHUNK):
        n = min(_CHUNK, count - start)
        # one call a character, mapped over the indexes (a Python loop around the calls cost a tenth more)
        if not all(map(_GET_CHAR_BOX, repeat(page, n), indexes[start:start + n], *(side[:n] for side in _BOX_POINTERS))):
            raise pdfium.PdfiumError("Failed to get charbox.")
        found[start:start + n] = chunk[:n]
    return found[:, [0, 2, 1, 3]]


# called on a sample of every page's characters: unprototyped on a ready handle, mapped (declared c_void_p and c_int
# arguments, called in a Python loop, were twice the time)
_CHAR_ANGLE = rules.unprototyped(pdfium_c.FPDFText_GetCharAngle, ctypes.c_float)
_ANGLE_SAMPLE = 64  # characters whose angle is asked: most of a page's tell its text's direction
_CLEAR_TURN = 0.8  # of the sampled characters away from the page's edges: the share a turn needs to be the page's
_EDGE_BAND = 0.1  # of the page's shorter side: a character this close to an edge is in its margin (a stamp along it)


def upright_turn(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, count: int) -> int | None:
    """The clockwise turn (0, 90, 180, 270) that sets the page's text upright, where it is not its /Rotate's: a page
    shown upside down or sideways (scanned so and turned by /Rotate, a /Rotate added by a viewer) still has its lines
    drawn left to right in its own coordinates, and read as shown they run backwards or down the page. None where
    the /Rotate sets the text upright, the page has no text, or no direction is clearly the page's: the direction
    taken by ``_CLEAR_TURN`` of a sample of its characters (pdfium's angles are clockwise), those in a band along an
    edge not counted (a signing stamp turned along the margin; an upright stamp beside a turned annex leaves neither
    direction clear: the /Rotate stands)."""
    if not count:
        return None
    sample = list(range(0, count, max(1, count // _ANGLE_SAMPLE)))
    angles = list(map(_CHAR_ANGLE, repeat(rules.ready(rules.address(textpage.raw)), len(sample)), sample))
    width, height = page.get_width(), page.get_height()
    if page.get_rotation() % 180 == 90:
        width, height = height, width  # the page's own size, as the boxes are
    band = _EDGE_BAND * min(width, height)
    boxes = _char_boxes_at(textpage, sample)  # (left, bottom, right, top)
    inner = (boxes[:, 0] >= band) & (boxes[:, 2] <= width - band) & (boxes[:, 1] >= band) & (boxes[:, 3] <= height - band)
    turns = [round(-math.degrees(a) / 90) % 4 * 90 for a, kept in zip(angles, inner.tolist()) if a >= 0 and kept]
    if not turns:
        return None
    turn = max(set(turns), key=turns.count)
    if turns.count(turn) < _CLEAR_TURN * len(turns):
        return None
    return None if turn == page.get_rotation() % 360 else turn


def _shown(raw: np.ndarray, to_display) -> np.ndarray:
    """Characters' boxes as pdfium gives them (left, bottom, right, top), one row each, as the page is shown (x0, top,
    x1, bottom: ``rules.display_transform``), written into one array (np.column_stack's checks cost more than the
    work on a page's few dozen line ends)."""
    shown = np.empty((len(raw), 4))
    shown[:, 0], shown[:, 1], shown[:, 2], shown[:, 3] = to_display(raw[:, 0], raw[:, 1], raw[:, 2], raw[:, 3])
    return shown


_ANNOT_OBJECT = rules.plain(pdfium_c.FPDFAnnot_GetObject, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)


# Annotations whose appearance is part of the page as printed: form widgets (a number or a day stamped at signing),
# and the free-text and stamp annotations a PDF editor's "add text" / "fill and sign" tools make when a clerk types the
# number and the day onto a printed document (forms.STAMPING_ANNOTATIONS names the same for pdfminer).
_STAMPING_SUBTYPES = frozenset({pdfium_c.FPDF_ANNOT_WIDGET, pdfium_c.FPDF_ANNOT_FREETEXT, pdfium_c.FPDF_ANNOT_STAMP})


def text_widgets(page: pdfium.PdfPage) -> frozenset[int]:
    """The annotations of the page whose appearance draws text (form widgets, free text, stamps: a number or a date
    stamped at signing or typed on), by their index in the page's /Annots: only those are read for stamps, which takes
    pdfminer parsing the file and each appearance's resources. A seal or a signature image draws none (pdfminer
    would parse its image for nothing)."""
    found = set()
    for i in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, i)
        if not annot:
            continue
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annot) in _STAMPING_SUBTYPES and any(rules.objects_of_kind(
                    pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDFAnnot_GetObjectCount(annot), _ANNOT_OBJECT, rules.address(annot))):
                found.add(i)
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return frozenset(found)


_LAST_OBJECTS = 8  # objects looked at from the end of a page for an image drawn over its text
_INVISIBLE_MODES = frozenset({pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE, pdfium_c.FPDF_TEXTRENDERMODE_CLIP})
_TEXT_OBJECT = rules.unprototyped(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p)  # (ready text page, index)
_RENDER_MODE = rules.plain(pdfium_c.FPDFTextObj_GetTextRenderMode, ctypes.c_int, ctypes.c_void_p)
_COUNT_OBJECTS = rules.plain(pdfium_c.FPDFPage_CountObjects, ctypes.c_int, ctypes.c_void_p)
_GET_OBJECT = rules.plain(pdfium_c.FPDFPage_GetObject, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)


def hidden_under_image(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, count: int) -> bool:
    """Whether the page's text is a scanner's OCR layer that the page does not show: text in an invisible render mode
    over an image that covers the page, or text drawn before such an image (which hides it). Its figures are an OCR's
    reading, not the page's. A few pdfium calls on a text page: the render mode of three characters, and the objects
    drawn after the last text object."""
    objects = rules.address(page.raw)
    area = page.get_width() * page.get_height()
    total = _COUNT_OBJECTS(objects)
    # what is drawn after the page's last text (a scanner draws its image last; a text page's own drawing after its text,
    # a table's thousands of rules, is not walked through)
    for index in range(total - 1, max(-1, total - 1 - _LAST_OBJECTS), -1):
        obj = _GET_OBJECT(objects, index)
        kind = rules.object_type(obj)
        if kind in (pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_FORM):  # a form may hold text
            break
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            left, bottom, right, top = rules.bounds_of(obj)
            if (right - left) * (top - bottom) >= 0.5 * area:
                return count > 0
    chars = rules.ready(rules.address(textpage.raw))
    found = [obj for obj in (_TEXT_OBJECT(chars, i) for i in {0, count // 2, count - 1} if 0 <= i < count) if obj]
    return bool(found) and all(_RENDER_MODE(obj) in _INVISIBLE_MODES for obj in found) and textlayer.covered_by_image(page)


# A bold face: its weight (FontWeight in the font's descriptor, 400 regular, 700 bold), else its name ("Times New
# Roman,Bold", "TimesNewRomanPS-BoldMT", "Arial-Black") where the descriptor gives none or a wrong one
_BOLD_WEIGHT = 600
_BOLD_NAME = re.compile(rb"bold|black|heavy", re.IGNORECASE)
_TEXT_FONT = rules.plain(pdfium_c.FPDFTextObj_GetFont, ctypes.c_void_p, ctypes.c_void_p)
_FONT_WEIGHT = rules.plain(pdfium_c.FPDFFont_GetWeight, ctypes.c_int, ctypes.c_void_p)
_FONT_NAME = rules.plain(pdfium_c.FPDFFont_GetBaseFontName, ctypes.c_size_t, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t)


def _bold_font(font: int) -> bool:
    if _FONT_WEIGHT(font) >= _BOLD_WEIGHT:
        return True
    name = ctypes.create_string_buffer(_FONT_NAME(font, None, 0))  # the whole name, however long
    return _FONT_NAME(font, name, len(name)) > 0 and _BOLD_NAME.search(name.value) is not None


def _font_name(font: int) -> str:
    name = ctypes.create_string_buffer(_FONT_NAME(font, None, 0))
    return name.value.decode("latin-1") if _FONT_NAME(font, name, len(name)) > 0 else ""


def legacy_fonts_converted(textpage: pdfium.PdfTextPage, text: str) -> str | None:
    """The page's text (pdfium's, one index a character) with what a legacy font drew (".VnTime", "ABCDEF+.VnTimeH",
    "VNI-Times": a PDF printed from a Word file typed in them, whose text layer reads the code points as typed,
    "Céng hoµ") in Unicode, each run of a line by its font (pipeline.legacy_fonts.converted_by_font: a font name is a
    hint, not proof), one character for one (VNI's "aä" is "ạ" and a combining circumflex: the blocks are NFC), so that
    each keeps its box; None for a page that does not read as legacy (most: told from its text alone) or names no
    legacy font."""
    lines = text.split("\r\n")
    if not may_be_legacy(lines):
        return None
    chars = rules.ready(rules.address(textpage.raw))
    names: dict[int, str] = {}  # a font's address -> its name
    pieces: list[tuple[str, str | None, int]] = []  # (a run of one font's characters, its font, its line)
    at = 0
    for number, line in enumerate(lines):
        fonts = []
        for obj in map(_TEXT_OBJECT, repeat(chars, len(line)), range(at, at + len(line))):
            font = _TEXT_FONT(obj) if obj else 0
            if font not in names:
                names[font] = _font_name(font) if font else ""
            fonts.append(names[font])
        start = 0
        for font, run in groupby(fonts):
            end = start + len(list(run))
            pieces.append((line[start:end], font or None, number))
            start = end
        at += len(line) + 2
    if not any(font_encoding(name)[0] for name in names.values()):
        return None
    converted = converted_by_font(pieces, in_place=True)
    out: list[list[str]] = [[] for _ in lines]
    for (_, _, number), piece in zip(pieces, converted):
        out[number].append(piece)
    return "\r\n".join(map("".join, out))


def _typed_in_a_legacy_encoding(page: pdfium.PdfPage, text: str) -> bool:
    """Whether a page's layer is Vietnamese typed in a legacy encoding under fonts named otherwise (a printer that
    substituted the font's name, "TimesNewRomanPSMT" over VNI code points): its letters tell the encoding, and
    converted it passes the text-layer check. Neither OCR (of glyphs that may draw the code points as read) nor the
    fonts' tables (which took the code points for glyph ids: "Trieån" read "Trieän") read it as exactly. Not an
    encoding whose capitals a font of their own draws (TCVN3's ".VnTimeH"): without the font's name its capitals
    would read as small letters, where OCR of the page reads them as printed."""
    lines = text.split("\r\n")
    if not may_be_legacy(lines) or (encoding := encoding_of(lines)) is None or encoding.capitals_suffix:
        return False
    return textlayer.page_problem(page, convert(text, encoding), _MIN_TEXT_PER_PAGE) is None


def bold_lines(textpage: pdfium.PdfTextPage, text: str) -> frozenset[str]:
    """The lines of the page's text (``text``: pdfium's, one index a character) all printed in a bold face, as the
    blocks will hold them (stripped, NFC), less any line printed so and also in a regular face. The text objects of
    the lines' first characters are asked for together (on most pages none is bold: nothing more is done); the rest
    of a line is looked at only where its first character is bold. Each text object's face is asked for once, and
    each font's boldness decided once."""
    chars = rules.ready(rules.address(textpage.raw))
    fonts: dict[int, bool] = {}  # a font's address -> bold
    objects: dict[int | None, bool] = {None: False}  # a text object's -> in a bold face; a character pdfium made (a space) has none

    def bold_object(obj: int | None) -> bool:
        if obj not in objects:
            font = _TEXT_FONT(obj)
            if font not in fonts:
                fonts[font] = bool(font) and _bold_font(font)
            objects[obj] = fonts[font]
        return objects[obj]

    lines, firsts, at = [], [], 0  # the lines holding text: where each starts, and its first character
    for line in text.split("\r\n"):
        if rest := line.lstrip():
            lines.append((at, line))
            firsts.append(at + len(line) - len(rest))
        at += len(line) + 2
    starting = list(map(_TEXT_OBJECT, repeat(chars, len(firsts)), firsts))
    # the first characters' objects are as many as the lines (a table's cells: an object each): their fonts asked in
    # one map, each font decided once, with no Python call an object
    unseen = list(set(starting).difference(objects))
    their_fonts = list(map(_TEXT_FONT, unseen))
    for font in set(their_fonts).difference(fonts):
        fonts[font] = bool(font) and _bold_font(font)
    objects.update(zip(unseen, map(fonts.__getitem__, their_fonts)))
    if not any(objects.values()):
        return frozenset()
    bold, regular = [], []
    for (start, line), first in zip(lines, starting):
        printed = (start + k for k, c in enumerate(line) if not c.isspace())
        all_bold = objects[first] and all(map(bold_object, map(_TEXT_OBJECT, repeat(chars), printed)))
        (bold if all_bold else regular).append(line.strip())
    # NFC as the blocks hold them, only once a bold line is found
    return frozenset(map(nfc, bold)) - frozenset(map(nfc, regular)) if bold else frozenset()


# A line set letter by letter ("K Ế  H O Ạ C H", a justified title a producer placed glyph by glyph): pdfium puts a space
# between every two letters, the words' own spaces among them. Most of its tokens are one letter.
_SPACED_TOKEN = re.compile(r"\S+")
_SPACED_RUN = re.compile(r"(?<!\S)\S(?: +\S){4}(?!\S)")  # five characters apart: the page's test, before any line's
_MIN_SPACED_LETTERS = 5
_SPACED_SHARE = 0.75  # of a line's tokens, one letter each: a line set letter by letter
_WORD_GAP = 0.35  # a gap this share of a letter's median width wider than the letters' median gap: a word's end


def _letter_spaced(line: str) -> bool:
    tokens = _SPACED_TOKEN.findall(line)
    letters = sum(len(token) == 1 and token.isalnum() for token in tokens)
    return letters >= _MIN_SPACED_LETTERS and letters >= _SPACED_SHARE * len(tokens)


def spaced_words(characters: list[tuple[str, float, float]]) -> str | None:
    """A letter-spaced line's words from its printed characters ((character, left, right), in order): a word ends
    where the gap to the next character is clearly wider than the gaps between its letters. None unless every word so
    read is a Vietnamese syllable (numbers and Roman numerals not asked): a row of check marks "x x x x x", figures
    of a table apart, and a line only partly spaced ("Sở Y tế Ủ Y B A N", "a b c d đ e các điểm", whose words the
    spaced letters' gaps would run together: "SởYtế", "abcdđe") stay as pdfium reads them."""
    if len(characters) < _MIN_SPACED_LETTERS:
        return None
    gaps = [next_left - right for (_, _, right), (_, next_left, _) in zip(characters, characters[1:])]
    widths = sorted(right - left for _, left, right in characters)
    letter_gap = sorted(gaps)[len(gaps) // 2]
    wider = letter_gap + _WORD_GAP * widths[len(widths) // 2]
    words = characters[0][0] + "".join((" " if gap > wider else "") + c for gap, (c, _, _) in zip(gaps, characters[1:]))
    asked = [w for w in (word.strip(_SYLLABLE_SIDES) for word in words.split()) if w and not _NOT_ASKED.search(w)]
    if not asked or not all(map(is_syllable, asked)):
        return None
    return words


_SYLLABLE_SIDES = ".,;:!?()[]\"'“”‘’-–"
_NOT_ASKED = re.compile(r"\d|^[IVX]+$")  # a number, a code with figures ("305/KH-UBND"), a Roman numeral


def letter_spaced_lines(textpage: pdfium.PdfTextPage, text: str) -> dict[str, str]:
    """The page's lines set letter by letter (as the blocks hold them: stripped, NFC) and their words as printed,
    told by the characters' boxes (``spaced_words``); most pages have none (told from their text alone)."""
    found: dict[str, str] = {}
    # the text's characters must be pdfium's, one for one: a layer read again (a legacy font's, VNI's two bytes a
    # letter made one) has no boxes of its own to look up
    if not _SPACED_RUN.search(text) or len(text) != textpage.count_chars():
        return found
    at = 0
    for line in text.split("\r\n"):
        if _letter_spaced(line) and (words := _spaced_line_words(textpage, at, line)) is not None:
            found[nfc(line.strip())] = nfc(words)
        at += len(line) + 2
    return found


def _spaced_line_words(textpage: pdfium.PdfTextPage, at: int, line: str) -> str | None:
    """A letter-spaced line's words (the line starts at character ``at`` of the page's text), read by its gaps. Where
    that fails, a word pdfium reads whole (two letters or more, a syllable or a figure) is kept as it reads it: a line
    only partly set apart ("Sở Y tế" typed beside "Ủ Y B A N …") has typed word spaces narrower than the spaced
    letters' gaps, which would run the typed words together. Each run of tokens between such words is read by ``spaced_words`` (a run of fewer than
    five letters stays as pdfium reads it); None where a run's words are not all syllables."""
    # the whole line by its gaps first: where two spaced letters stand close, pdfium reads them as one token ("B AN",
    # "Q UY"), a syllable that is no typed word, and the line's reading would keep the letters around it apart
    if (whole := spaced_words(_printed(textpage, at, [(t.start(), t.group()) for t in _SPACED_TOKEN.finditer(line)]))) is not None:
        return whole
    pieces: list[str | list[tuple[int, str]]] = []  # pdfium's whole words, and the runs of (start, token) between them
    for token in _SPACED_TOKEN.finditer(line):
        for start, text, whole in _typed_and_spaced(token.start(), token.group()):
            if whole:
                pieces.append(text)
            elif pieces and isinstance(pieces[-1], list):
                pieces[-1].append((start, text))
            else:
                pieces.append([(start, text)])
    words = []
    for piece in pieces:
        if isinstance(piece, str):
            words.append(piece)
            continue
        printed = _printed(textpage, at, piece)
        if len(printed) < _MIN_SPACED_LETTERS:
            words.extend(text for _, text in piece)
        elif (read := spaced_words(printed)) is None:
            return None
        else:
            words.append(read)
    return " ".join(words)


def _typed_and_spaced(start: int, token: str) -> list[tuple[int, str, bool]]:
    """A token's parts as (start, text, whether pdfium read it whole): the token itself, or, where a spaced part is set
    right against a typed word and pdfium runs the word into the first spaced letter ("HOẠCHt h ự c", "Hban hành"
    after "N"), the word and that letter apart."""
    if _whole_word(token):
        return [(start, token, True)]
    if len(token) > 2 and token[-1].isalpha() and _whole_word(token[:-1]):
        return [(start, token[:-1], True), (start + len(token) - 1, token[-1], False)]
    if len(token) > 2 and token[0].isalpha() and _whole_word(token[1:]):
        return [(start, token[0], False), (start + 1, token[1:], True)]
    return [(start, token, False)]


def _printed(textpage: pdfium.PdfTextPage, at: int, tokens) -> list[tuple[str, float, float]]:
    """The tokens' characters with their left and right edges (a line's (start, token) pairs, the line starting at ``at``)."""
    return [(c, *textpage.get_charbox(at + start + k)[0::2]) for start, token in tokens for k, c in enumerate(token)]


def _whole_word(token: str) -> bool:
    """Whether pdfium read a token as a whole word: two letters or more, a syllable or a figure ("2026", "305/KH")."""
    word = token.strip(_SYLLABLE_SIDES)
    return len(word) >= 2 and (is_syllable(word) or _NOT_ASKED.search(word) is not None)


_LINE_END_SPACE = re.compile(r" (?=[\r\n]|\Z)")  # a space that ends a line, or the page's text


class _CellsOutOfOrder(Exception):
    """A table's cell on a page read turned (``upright_turn``) has its characters in no upright order."""


def _page_pieces(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, text: str,
                 read_stamps: Callable[[frozenset[int]], list[forms.Stamp]],
                 carried: dict | None = None) -> tuple[list[tuple[str, object]], bool, list[forms.Stamp]]:
    """The page in reading order as ("text", str) and ("table", Table) pieces, from the page's text as pdfium reads
    it and the stamps its widgets draw (``read_stamps(widgets)``, read only when the page has widgets that draw
    text); whether its lines were put in visual order (drawn in another: ``reading_order``); and the stamps that are
    part of no line (an e-signature's box: ``forms.insertions``). ``carried``: what a table's rest on the next page
    takes from this page's (``page_tables``)."""
    turn = upright_turn(page, textpage, textpage.count_chars())
    if turn is None:
        return _pieces_as(page, textpage, text, read_stamps, carried, None)
    before = dict(carried) if carried is not None else None
    try:
        return _pieces_as(page, textpage, text, read_stamps, carried, turn)
    except _CellsOutOfOrder:
        # a cell's lines drawn in an order the turn does not set upright (a /Rotate 90 added to a landscape table:
        # pdfium gives a cell's wrapped lines bottom-up): the page is read as its /Rotate shows it, no cell's text
        # put together from lines in the wrong order
        if carried is not None:
            carried.clear()
            carried.update(before)
        return _pieces_as(page, textpage, text, read_stamps, carried, None)


def _pieces_as(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, text: str,
               read_stamps: Callable[[frozenset[int]], list[forms.Stamp]], carried: dict | None,
               turn: int | None) -> tuple[list[tuple[str, object]], bool, list[forms.Stamp]]:
    """``_page_pieces`` with the page shown turned by ``turn`` (None: its /Rotate); raises ``_CellsOutOfOrder`` where
    a turn is given and a table cell's characters, in the order drawn, go up the page as shown."""
    to_display = rules.display_transform(page, turn)
    source: np.ndarray | None = None  # each character's index in pdfium's text, where the lines were reordered

    @cache
    def drawn_boxes() -> np.ndarray:
        return _char_boxes(textpage, min(textpage.count_chars(), len(text)))

    def char_boxes() -> tuple[np.ndarray, np.ndarray]:
        """The characters that have a box (generated line breaks have none): their indexes and their boxes as shown.
        Read only when the page has a table or a stamp (a page of running text is its text as it is, and its boxes
        were a fifth of the reading time)."""
        raw = drawn_boxes() if source is None else np.where((source >= 0)[:, None], drawn_boxes()[source], 0.0)
        boxed = np.flatnonzero(raw[:, 2] > raw[:, 0])
        return boxed, _shown(raw, to_display)[boxed]

    @cache
    def ink() -> tuple[np.ndarray, np.ndarray]:
        """The indexes and boxes (as shown) of the characters that count as ink, in the text as pdfium read it (asked
        only by the table finder, before any reordering; several times a page: worked out once). The spaces between a
        cell's words count (a column's gutter is white in every row), a space that ends a wrapped line does not: its
        box can reach over the cell's margin into the next column."""
        indexes, boxes = char_boxes()
        line_end_spaces = np.fromiter((m.start() for m in _LINE_END_SPACE.finditer(text)), dtype=int)
        kept = ~np.isin(indexes, line_end_spaces)
        return indexes[kept], boxes[kept]

    @cache
    def ink_boxes() -> list[rules.Box]:
        return list(map(tuple, ink()[1].tolist()))

    @cache
    def ink_text() -> str:
        """The characters of ``ink_boxes``, one for each box."""
        return "".join(map(text.__getitem__, ink()[0].tolist()))

    found = page_tables(rules.page_edges(page, to_display), ink_boxes, carried=carried, char_text=ink_text,
                        unruled=rules.may_hold_unruled_table(text))
    tables = [t.bbox for t in found]  # worked out from the cells at each asking (pdfplumber's): asked once
    if found:  # a table's cells take every box of the page: read them all once, the line ends below among them
        drawn_boxes()

    def shown_boxes_at(at: np.ndarray) -> np.ndarray:
        return _shown(drawn_boxes()[at] if drawn_boxes.cache_info().currsize else _char_boxes_at(textpage, at.tolist()), to_display)

    lines = reading_order.line_boxes(text, shown_boxes_at)
    # two columns' lines on one row (two signers', an e-signature's details beside the name) parted by a tab, as a copy
    # with its table's gaps is: one character for one, the boxes' indexes stay
    if gaps := reading_order.column_gaps(text, lines, shown_boxes_at, tables, forms.signature_details):
        characters = list(text)
        for at in gaps:
            characters[at] = "\t"
        text = "".join(characters)
    if moved := reading_order.reordered(text, lines, tables):
        text, source = moved
    stamps = read_stamps(widgets) if (widgets := text_widgets(page)) else []
    if not found and not stamps:
        return [("text", text)], source is not None, []
    indexes, boxes = char_boxes()
    # a digital signature's details drawn over a table are no cell's text: they stay lines of the page
    stamped = _signature_details(text)[indexes] if found else np.zeros(len(indexes), dtype=bool)
    # a character inside a table is left to it; each table is placed where its first character falls
    in_table = _containment(boxes, tables) & ~stamped[:, None]
    tabled = in_table.any(axis=1)
    keep = np.ones(len(text), dtype=bool)
    keep[indexes[tabled]] = False
    starts: dict[int, int] = {}  # first character -> table (two tables starting at one: the later one)
    for first, k in sorted((int(indexes[column.argmax()]), k) for k, column in enumerate(in_table.T) if column.any()):
        starts[first] = k
    anchors = keep[indexes]
    inserts, blanks, apart = forms.insertions(stamps, indexes[anchors], boxes[anchors], "".join(text[i] for i in indexes[anchors].tolist())) \
        if stamps else ({}, set(), [])
    keep[list(blanks)] = False  # the dots or underscores of the blank a stamp fills
    # every cell's characters, one cell after another: taken out of the page text at once, each cell a slice; a
    # character in no table's box is in none of its cells (a table's box bounds its cells): the others only are asked
    runs, grouped = _cell_spans(text, indexes, boxes, [tuple(c) for t in found for c in t.cells], ~tabled)
    spans = {cell: (start, end) for cell, start, end in runs}  # a box two tables share: the later one's run
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)[grouped]
    joined = codes.tobytes().decode("utf-32-le")
    rows = np.minimum(np.searchsorted(indexes, grouped), len(indexes) - 1)
    breaks = _hard_breaks(codes, boxes[rows], indexes[rows] == grouped, runs)
    if turn is not None and _goes_up(boxes[rows], indexes[rows] == grouped, runs):
        raise _CellsOutOfOrder

    def cell_text(bbox) -> str:
        start, end = spans.get(tuple(bbox), (0, 0))
        return nfc(_join_cell_lines(joined[start:end].replace(_JOINED_HYPHEN, "-"), breaks.get(start, frozenset()))
                   .replace(footnotes.NOTE_MARK, ""))

    pieces: list[tuple[str, object]] = []
    current: list[str] = []
    kept = keep.tolist()
    at = 0
    for i in sorted(set(inserts) | set(starts)):  # the text between is copied whole, less the tables' characters
        current.append("".join(compress(text[at:i], kept[at:i])))
        at = i
        if i in inserts:
            current.append(inserts[i])
        if i in starts:
            pieces.append(("text", "".join(current)))
            current = []
            pieces.append(("table", _table(found[starts[i]], cell_text)))
    current.append("".join(compress(text[at:], kept[at:])))
    pieces.append(("text", "".join(current)))
    return pieces, source is not None, apart


def _goes_up(boxes: np.ndarray, boxed: np.ndarray, runs: list[tuple[tuple, int, int]]) -> bool:
    """Whether a cell's characters (``runs`` over ``boxes`` as shown, ``boxed``: which have a box of their own) go up
    the page in the order drawn: a character wholly above and to the left of the one before it (a wrapped line read
    after the line below it, starting again at the cell's left; a header's words turned to run up the cell stay over
    one another). Characters with no height (a space's box, on its baseline) are passed over."""
    for _, start, end in runs:
        shown = boxes[start:end][boxed[start:end]]
        shown = shown[shown[:, 3] - shown[:, 1] > 1.0]  # points
        if len(shown) > 1 and bool(((shown[1:, 3] < shown[:-1, 1]) & (shown[1:, 2] < shown[:-1, 0])).any()):
            return True
    return False


def _signature_details(text: str) -> np.ndarray:
    """For each position of the page text, whether its line is a digital signature's details: a run of labelled lines
    one of which names the signing ("Ký bởi: …" / "Cơ quan: …" / "Thời gian ký: …"); a cell's "Email: …" or "Cơ quan
    chủ trì: …" alone is the table's."""
    found = np.zeros(len(text), dtype=bool)
    if ":" not in text:  # every label ends in a colon (forms.signature_detail): most table pages have none to look at
        return found
    lines = list(re.finditer(r"[^\r\n]+", text))
    labelled = forms.signature_details(text, [line.span() for line in lines]).tolist()
    if not any(labelled):  # no labelled line, no run of them: the lines are not walked
        return found
    for is_labelled, group in groupby(zip(lines, labelled), key=lambda pair: pair[1]):
        run = [line for line, _ in group]
        if is_labelled and any(forms.names_the_signing(line.group()) for line in run):
            found[run[0].start():run[-1].end()] = True
    return found


def _cell_spans(text: str, indexes: np.ndarray, boxes: np.ndarray, cells: list[tuple],
                outside: np.ndarray | None = None) -> tuple[list[tuple[tuple, int, int]], np.ndarray]:
    """The positions in the page text of every cell's characters, cell after cell, each cell's in stream order, and
    each cell's run among them: (cell, start, end), in order. A cell's characters are those whose box's centre is in it (the
    first such cell), but those ``outside`` (one per row of ``boxes``) any cell, and the characters without a box
    (generated line breaks) that follow one of them."""
    if not cells or not len(indexes):
        return [], np.zeros(0, dtype=int)
    asked = np.arange(len(indexes)) if outside is None else np.flatnonzero(~outside)
    first_cell = np.full(len(indexes), -1)
    first_cell[asked] = _first_containing(boxes[asked], cells)
    # each position takes the cell of the last character with a box at or before it
    last_boxed = np.searchsorted(indexes, np.arange(len(text)), side="right") - 1
    owner = np.where(last_boxed >= 0, first_cell[np.maximum(last_boxed, 0)], -1)
    positions = np.flatnonzero(owner >= 0)
    grouped = positions[np.argsort(owner[positions], kind="stable")]
    owners = owner[grouped]
    starts = np.flatnonzero(np.concatenate(([True], np.diff(owners) != 0))) if len(grouped) else np.zeros(0, dtype=int)
    ends = np.concatenate((starts[1:], [len(grouped)]))
    return [(cells[cell], start, end) for cell, start, end in zip(owners[starts].tolist(), starts.tolist(), ends.tolist())], grouped


def _without_text_off_the_page(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> tuple[pdfium.PdfTextPage, list[str]]:
    """The page's text page, read again without the text objects drawn wholly outside the page's visible box, if
    any (a template's lines moved off the page, a layer's text placed beyond its edge, a form's lines drawn there):
    pdfium reads them with the page's own lines, where their number, date or title would stand for the document's;
    and the lines left out, for a warning. Told first from the text's runs of characters (one C call), so that only
    such a page's objects are walked; a page none of whose text is in its box, and a scan's page, keep it."""
    left, bottom, right, top = page.get_cropbox()

    def off(box: tuple[float, float, float, float]) -> bool:
        box_left, box_bottom, box_right, box_top = box
        return box_right <= left or box_left >= right or box_top <= bottom or box_bottom >= top

    runs = [textpage.get_rect(k) for k in range(textpage.count_rects())]
    runs_off = list(map(off, runs))
    # all of it off: the box is more likely wrong (a producer's crop box of nothing) than every line hidden; a scan's
    # text is a layer of the words its image shows, and a layer placed a little off (one computed for a Letter page on
    # an A4 one) puts its last lines beyond the edge while the image shows them
    if not any(runs_off) or all(runs_off) or textlayer.covered_by_image(page):
        return textpage, []
    outside = {obj for obj, containers in rules.page_objects(page, pdfium_c.FPDF_PAGEOBJ_TEXT)
               if off(rules.page_bounds(obj, containers))}
    if not outside:
        return textpage, []
    left_out = [line for run in compress(runs, runs_off) if (line := " ".join(textpage.get_text_bounded(*run).split()))]
    textpage.close()  # pdfium asks a page's text pages closed before its text objects are taken out
    for obj, _ in rules.page_objects(page, pdfium_c.FPDF_PAGEOBJ_TEXT, depth=1):
        if obj in outside:
            _destroyed(pdfium_c.FPDFPage_RemoveObject(page.raw, _handle(obj)), obj)
            outside.discard(obj)
    forms = [form for form, _ in rules.page_objects(page, pdfium_c.FPDF_PAGEOBJ_FORM, depth=1)]
    while forms and outside:  # each form's own text objects, then the forms it draws
        form = forms.pop()
        for obj, _ in rules.objects_of_kind(pdfium_c.FPDF_PAGEOBJ_TEXT, rules.form_count(form), rules.form_object, form, depth=1):
            if obj in outside:
                _destroyed(pdfium_c.FPDFFormObj_RemoveObject(_handle(form), _handle(obj)), obj)
                outside.discard(obj)
        forms += [inner for inner, _ in rules.objects_of_kind(pdfium_c.FPDF_PAGEOBJ_FORM, rules.form_count(form), rules.form_object,
                                                              form, depth=1)]
    return page.get_textpage(), left_out


def _handle(obj: int):
    """A page object's address as pypdfium2's declared functions take it."""
    return ctypes.cast(obj, pdfium_c.FPDF_PAGEOBJECT)


def _destroyed(removed: bool, obj: int) -> None:
    """A removed object is the caller's to free."""
    if removed:
        pdfium_c.FPDFPageObj_Destroy(_handle(obj))


def read(path: Path) -> Document:
    data = Path(path).read_bytes()
    if not data:
        raise ReaderError(str(path), "empty file")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            reason = "password-protected PDF"
        elif damage(data):  # the usual cause: a download or a copy that stopped before the end
            reason = f"not a readable PDF: cut short, it does not end with its end-of-file marker ({error})"
        elif _has_no_pages(data):  # pdfium refuses such a file, saying "Success"
            reason = "a PDF with no pages"
        else:
            reason = f"not a readable PDF ({error})"
        raise ReaderError(str(path), reason) from None
    if len(pdf) > MAX_PAGES:
        raise ReaderError(str(path), f"too many pages ({len(pdf)} > {MAX_PAGES})")
    pdf.init_forms()  # before any page is loaded: a page rendered for OCR then shows its widgets
    # read before any page's widgets are flattened (pdfium takes the flattened fields out of the form)
    signatures = [DigitalSignature(signed_at=time) for time in forms.signing_times(pdf)]
    plumber = _Plumber(pdf, data)
    texts, problems, pages = [], [], []
    boxes: list[SignatureBox] = []  # what the widgets draw apart from the lines (an e-signature's box)
    notes: dict[int, tuple[int, int]] = {}  # page -> (its notes' lines, the lines after them: the page's number)
    unsure: dict[int, dict[str, list[dict]]] = {}  # page -> its number and date lines' fields its image does not confirm
    bold: dict[int, frozenset[str]] = {}  # page -> its lines all in bold
    spaced: dict[int, dict[str, str]] = {}  # page -> its lines set letter by letter, as their words read
    remapped: list[int] = []  # the pages whose garbage layer was read again from its fonts (glyphmap)
    converted: list[int] = []  # the pages typed in a legacy font, read in Unicode
    misread: dict[int, list[tuple[str, str]]] = {}  # page -> the words its fonts' map misread, put right
    off_the_page: dict[int, list[str]] = {}  # page -> its lines drawn outside its visible box, left out
    carried: dict = {}  # a half-ruled table's columns, for its rest on the next page (page_tables)
    try:
        for i in range(len(pdf)):  # each page loaded once and its text extracted once (a page with forms: ~5 ms)
            page = pdf[i]
            textpage, off_the_page[i + 1] = _without_text_off_the_page(page, page.get_textpage())
            texts.append(textpage.get_text_range())
            if (legacy := legacy_fonts_converted(textpage, texts[-1])) is not None:  # judged and read in Unicode
                if legacy != texts[-1]:
                    converted.append(i + 1)
                texts[-1] = legacy
            read = texts[-1]
            texts[-1] = swapped_letters_repaired(read)  # "CỘNG HÕA" beside "ƣ": a font's map one glyph off
            misread[i + 1] = misread_words(read, texts[-1])
            problems.append(textlayer.page_problem(page, texts[-1], _MIN_TEXT_PER_PAGE))
            suspect = problems[-1] or glyphmap.may_hold_glyph_ids(texts[-1])
            if suspect and legacy is None and _typed_in_a_legacy_encoding(page, texts[-1]):
                problems[-1] = None  # kept as read: the clean stage converts it, told from its letters
            # a garbage layer, or a few letters of no Vietnamese text, read from the fonts' own tables: exactly, not by OCR
            elif suspect and (text := glyphmap.remapped_text(textpage)) and not textlayer.page_problem(page, text, _MIN_TEXT_PER_PAGE):
                texts[-1], problems[-1] = text, None
                remapped.append(i + 1)
            # pieces of a page read by OCR are never used; those of a whole document read by OCR are cheap
            pages.append(None)
            if problems[-1]:  # a table's rest goes on only from the page right before
                carried.clear()
            if not problems[-1] and hidden_under_image(page, textpage, textpage.count_chars()):
                unsure[i + 1] = _hidden_layer_check(page, textpage, texts[-1])
            if not problems[-1]:
                bold[i + 1] = bold_lines(textpage, texts[-1])
                spaced[i + 1] = letter_spaced_lines(textpage, texts[-1])
                # a hyphen ending a line pdfium joined to the next stays U+FFFE until the lines are told apart
                text = footnotes.marks_hidden(textpage, texts[-1])
                pages[-1], moved, apart = _page_pieces(page, textpage, text, lambda widgets: plumber.stamps(i, widgets, page, textpage.count_chars()),
                                                       carried)
                boxes += [SignatureBox(page=i + 1, rows=rows) for stamp in apart if (rows := forms.rows(stamp))]
                # a page's notes are told by their place at the end of the page as drawn: none looked for on a page reordered
                notes[i + 1] = (0, 0) if moved else footnotes.at_the_foot(textpage, text, texts[-1])
            elif widgets := text_widgets(page):  # a scan signed electronically: its widgets draw apart from the image
                boxes += [SignatureBox(page=i + 1, rows=rows) for stamp in plumber.stamps(i, widgets, page, textpage.count_chars())
                          if not forms.fills_a_blank(forms.runs(stamp)) and (rows := forms.rows(stamp))]
            textpage.close()
            page.close()
    finally:
        plumber.close()
    total = sum(len(t.strip()) for t in texts)
    if plumber.flattened and any(problems):  # pages rendered for OCR as the file is, widgets drawn by the form layer
        pdf = pdfium.PdfDocument(data)
        pdf.init_forms()
    if total < _MIN_TEXT_PER_PAGE * max(1, len(pdf)) or all(problems):
        from . import ocr  # OCR only when needed: it needs Tesseract

        reason = "no text layer" if total < _MIN_TEXT_PER_PAGE * max(1, len(pdf)) else problems[0]
        doc = ocr.read_pdf(path, data, pdf, reason=reason)
        return with_damage(doc.model_copy(update={"signatures": signatures, "signature_boxes": boxes}), data)
    warnings = [Issue(code="text_layer_remapped", where={"page": page_no},
                      message=f"page {page_no}: text layer without a usable character map, read from its fonts' own tables")
                for page_no in remapped]
    # a layer repaired, not read as is, says so: the page to look at where a repair went wrong
    warnings += [Issue(code="text_layer_legacy_font", where={"page": page_no}, message=(
                       f"page {page_no}: text layer typed in a legacy Vietnamese font (TCVN3, VNI), converted to Unicode by "
                       "its fonts' names"))
                 for page_no in converted if not problems[page_no - 1] and page_no not in remapped]
    warnings += [Issue(code="text_layer_letters_repaired", where={"page": page_no}, message=(
                       f"page {page_no}: text layer whose font map reads some letters as others; {len(words)} word(s) put "
                       "right (" + ", ".join(f"'{read}' as '{printed}'" for read, printed in words[:_SHOWN_WORDS]) + ")"))
                 for page_no, words in misread.items() if words and not problems[page_no - 1] and page_no not in remapped]
    # text the page does not show, left out: a person should know it was there (a template's lines, another number)
    warnings += [Issue(code="text_off_page", where={"page": page_no}, message=(
                       f"page {page_no}: {len(lines)} line(s) drawn outside the page's visible box left out ("
                       + ", ".join(f"'{line}'" for line in lines[:_SHOWN_WORDS]) + (", …)" if len(lines) > _SHOWN_WORDS else ")")))
                 for page_no, lines in off_the_page.items() if lines]
    blocks: list[Block] = []
    note_ids: set[str] = set()
    for page_no, pieces in enumerate(pages, start=1):
        if problem := problems[page_no - 1]:
            from . import ocr

            read = ocr.read_page(pdf[page_no - 1], page_no, path, warnings)
            blocks += [b.model_copy(update={"id": f"b{len(blocks) + k:04d}"}) for k, b in enumerate(read, start=1)]
            warnings.append(Issue(code="page_read_by_ocr", message=f"page {page_no}: {problem}; read by OCR", where={"page": page_no}))
            continue
        line_no, first = 0, len(blocks)
        unsure_lines = unsure.get(page_no)  # only a hidden layer's page has lines to look up (each line's NFC a page less)
        bold_here = bold.get(page_no)  # on most pages none: no line's NFC made to look one up
        spaced_here = spaced.get(page_no)
        for kind, value in pieces:
            if kind == "table" and value.n_cols == 1:  # a boxed paragraph, not data
                kind, value = "text", "\n".join(c.text for c in value.cells)
            if kind == "table":
                blocks.append(Block(id=f"b{len(blocks) + 1:04d}", kind=BlockKind.TABLE, orig=grid_text(value), table=value,
                                    prov=Provenance(reader=READER, page=page_no, line_start=line_no + 1, line_end=line_no + 1)))
                continue
            # the notes' marks taken out and those glued to a note's first word set apart over the piece, not line by line
            for line in footnotes.notes_start_apart(_hyphen_line_ends(value).replace(footnotes.NOTE_MARK, "")).splitlines():
                line_no += 1
                line, drawn = forms.from_form(line)
                if line.strip():
                    orig = nfc(line)
                    if spaced_here:  # a line set letter by letter, as its words read
                        orig = spaced_here.get(orig.strip(), orig)
                    blocks.append(Block(id=f"b{len(blocks) + 1:04d}", orig=orig, ends_mid_word=_ends_mid_word(line),
                                        bold=bool(bold_here) and nfc(line.strip()) in bold_here,
                                        prov=Provenance(reader=forms.READER if drawn else READER, page=page_no,
                                                        line_start=line_no, line_end=line_no,
                                                        handwritten=unsure_lines.get(nfc(line.strip()), []) if unsure_lines else [])))
        count, after = notes.get(page_no, (0, 0))
        if count and len(blocks) - first >= count + after:
            start, end = len(blocks) - after - count, len(blocks) - after
            blocks[start:end] = footnotes.note_paragraphs(blocks[start:end])
            for k in range(start, len(blocks)):  # a mark alone on its line joined to its note: the ids after it move up
                blocks[k].id = f"b{k + 1:04d}"
            note_ids.update(b.id for b in blocks[start : len(blocks) - after])
    blocks = footnotes.after_their_paragraph(mark_page_numbers(blocks), note_ids)
    return with_damage(Document(origin=origin_of(Path(path), data, "pdf"), blocks=join_continued_tables(blocks),
                                signatures=signatures, signature_boxes=boxes, warnings=warnings), data)


def _hidden_layer_check(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, text: str) -> dict[str, list[dict]]:
    """The fields of the page's number and date lines that its image does not confirm, by line (``hiddenlayer``): the
    page's text is a scanner's OCR layer it does not show."""
    from . import hiddenlayer, ocr

    count = textpage.count_chars()
    # the lines as the page is read (``_page_pieces``): a scan turned by /Rotate 90 or 180 has its layer's lines
    # drawn upright in its own coordinates
    turn = upright_turn(page, textpage, count)
    to_display = rules.display_transform(page, turn)
    # the image rendered as the lines are shown: turned from the /Rotate's showing to the upright one
    extra = 0 if turn is None else (turn - page.get_rotation()) % 360

    def shown_boxes(at: np.ndarray) -> np.ndarray:
        return _shown(_char_boxes_at(textpage, at[at < count].tolist()), to_display)

    def render():
        scale = ocr.render_scale(page)
        return page.render(scale=scale, rotation=extra).to_pil(), scale

    def read_line(image, psm: str) -> str:  # no Tesseract: nothing confirms the layer
        return "" if ocr.tesseract_problem() else " ".join(word.text for word in ocr.read_words(image, psm))

    return {nfc(line): marks for line, marks in hiddenlayer.unsure_fields(text, shown_boxes, render, read_line).items()}


_TOKEN_BREAK = re.compile(r"(?<=[^\s.])[/\-]$")  # not "./", the end-of-text mark
# A line that goes on a symbol broken before its hyphen or slash: "…/BDVTU" | "-BCSĐUBNDTP".
_TOKEN_GOES_ON = re.compile(r"^[/\-](?=[A-ZĐ0-9])")
_SYMBOL_END = re.compile(r"[A-ZĐ0-9]$")


# pdfium joins a line that ends in a hyphen to the next one, the hyphen given as U+FFFE and no line break between.
_JOINED_HYPHEN = "\ufffe"
# What surely goes on a word broken at its hyphen (the next line starts with): a word in small letters ("e-" | "mail"), or a symbol's next piece in
# capitals and figures, unmarked, up to its own hyphen, slash or end ("1281/KH-" | "UBND", "619/QĐ-" | "TTg ngày …",
# "COVID-" | "19"). A word with marks, a place and date, or a piece cut short ("Lâm Đồng, ngày …", "V/v …", "KẾ HOẠCH", "TP. Huế") starts a
# line of its own.
_SYMBOL_GOES_ON = re.compile(r"[A-ZĐ0-9][A-Za-zĐđ0-9&]*(?:[/\-\ufffe][A-ZĐ0-9]|\s|$)")
_PLACE_AND_DATE = re.compile(r"[^,\d]{2,40},\s*ng[àa]y\s*\d", re.IGNORECASE)  # "HUE, ngày 20 tháng 5 năm 2025"


def _hyphen_line_ends(text: str) -> str:
    """The text with each hyphen pdfium joined to the next line put back: the word goes on where the next line
    surely continues it, else the line breaks after the hyphen ("Số: 1281/KH-" over the date line in one column was
    read "1281/KH-Lâm"). A line broken after its hyphen still ends mid word (``_ends_mid_word``) for the stages."""
    if _JOINED_HYPHEN not in text:
        return text
    pieces = text.split(_JOINED_HYPHEN)
    out = [pieces[0]]
    for piece in pieces[1:]:
        line = piece.split("\r", 1)[0].split("\n", 1)[0]
        goes_on = (line[:1].islower() or _SYMBOL_GOES_ON.match(line)) and not _PLACE_AND_DATE.match(line)
        out.append("-" + piece if goes_on else "-\n" + piece)
    return "".join(out)


_BREAK_ENDS = ("/", "-", "/\n", "-\n")  # where _TOKEN_BREAK can match ("$": at the end or before a final newline)


def _ends_mid_word(line: str) -> bool:
    """A line the layout broke inside a token: after a slash or a hyphen attached to its word
    ("03-CTr/BDVTU-" | "BCSĐUBNDTP"). A dash standing between words ("2021 -") is not one."""
    line = line.rstrip("\r")
    # the ending tested first: the pattern's search tries every position of the line
    return line.endswith(_BREAK_ENDS) and bool(_TOKEN_BREAK.search(line))




# ---------------------------------------------------------------------------------------------------
# Damaged and encrypted files


def damage(data: bytes) -> str | None:
    """Why the file looks cut short, or None. pdfium rebuilds what it can and reads the pages it finds, so a PDF cut
    in half would otherwise be read as if it were whole. A PDF ends with "%%EOF" (then at most blank bytes); a cut
    at the very end of an earlier revision of a signed file cannot be told from the file it was."""
    end = data.rfind(b"%%EOF")
    if end < 0 or data[end + 5:].strip(b" \t\r\n\0\x0c"):
        return "the PDF file is cut short (it does not end with its end-of-file marker): pages or parts of pages may be missing"
    return None


def _has_no_pages(data: bytes) -> bool:
    """Whether pdfminer opens the file and finds no page in it (asked only of a file pdfium cannot open)."""
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as document:
            return not document.pages
    except Exception:  # noqa: BLE001 - pdfminer's errors on a broken file are many and undocumented
        return False


def with_damage(doc: Document, data: bytes) -> Document:
    reason = damage(data)
    return doc.with_warnings([Issue(code="pdf_damaged", message=reason)]) if reason else doc


class _Plumber:
    """The stamps of a document's pages: by pdfium, flattening the page's widgets (``forms.flattened_stamps``), or by
    pdfplumber where pdfium cannot give the same glyphs (opened then only: pdfminer parses the whole file to open it).
    ``fallbacks``: the pages read by pdfminer, for the benchmarks to count."""

    def __init__(self, pdf: pdfium.PdfDocument, data: bytes):
        self.pdf, self.data = pdf, data
        self.opened = None
        self.failed = False
        self.fonts = None
        self.page_objects: list = []  # pdfminer's pages, read up to the last one asked for
        self.more_pages = None
        self.flattened = False  # a page's widgets flattened: the document is no longer the file
        self.fallbacks: list[int] = []

    def stamps(self, index: int, widgets: frozenset[int] | None = None, page: pdfium.PdfPage | None = None,
               page_chars: int = 0) -> list[forms.Stamp]:
        """The stamps of page ``index``: of the widgets at these indexes in its /Annots (None: all); ``page``: the page
        as pdfium loaded it (its text and objects already read: pdfium flattens its widgets; ``page_chars``: the
        characters of its text page), None: by pdfminer."""
        if page is not None and widgets is not None and (rects := forms.widget_rects(page, widgets)) is not None:
            self.flattened = True
            found = forms.flattened_stamps(page, index, widgets, rects, page_chars)
            if found is not None:
                return found
        self.fallbacks.append(index)
        if self.opened is None and not self.failed:
            import pdfplumber
            from pdfminer.pdfinterp import PDFResourceManager

            self.fonts = PDFResourceManager()
            try:
                as_it_was = pdfium.PdfDocument(self.data) if self.flattened else self.pdf  # what pdfium copies if pdfminer needs a copy
                self.opened = pdfplumber.open(for_pdfplumber(as_it_was, self.data))
            except Exception:  # the stamps are lost, the text still reads
                self.failed = True
        if self.opened is None or (page := self._page(index)) is None:
            return []
        try:
            return forms.widget_stamps(page, widgets, self.fonts)
        finally:
            page.close()  # what pdfplumber keeps of a page (its objects: ~4.6 MiB) is not needed again

    def _page(self, index: int):
        """Page ``index`` as pdfplumber makes it, the page tree read only as far as it (pdfplumber's ``pages`` reads
        every page of the file first), or None when pdfminer cannot reach it."""
        from pdfminer.pdfpage import PDFPage
        from pdfplumber.page import Page

        try:
            if self.more_pages is None:
                self.more_pages = PDFPage.create_pages(self.opened.doc)
            while len(self.page_objects) <= index:
                self.page_objects.append(next(self.more_pages))
        except Exception:  # StopIteration included: the stamps are lost, the text still reads
            return None
        return Page(self.opened, self.page_objects[index], page_number=index + 1)

    def close(self) -> None:
        if self.opened is not None:  # pdfplumber's own close() makes every page of the file to close each
            self.opened.flush_cache()
            if not self.opened.stream_is_external:
                self.opened.stream.close()


def for_pdfplumber(pdf: pdfium.PdfDocument, data: bytes) -> io.BytesIO:
    """What pdfplumber opens: the bytes the reader read (not the file again: the document is the bytes it hashed),
    or pdfium's clean copy of them when the file is encrypted (pdfminer decrypts each object in pure Python: RC4 made
    a 12-page PDF take 9 times as long) or damaged (pdfminer gives up where pdfium repaired it)."""
    if pdfium_c.FPDF_GetSecurityHandlerRevision(pdf) < 0 and damage(data) is None:
        return io.BytesIO(data)
    copy = io.BytesIO()
    pdf.save(copy, flags=pdfium_c.FPDF_REMOVE_SECURITY)
    copy.seek(0)
    return copy
