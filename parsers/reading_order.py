"""A PDF page's lines in the order they are seen, where the content stream draws them in another order.

pdfium gives a page's text in the order its content stream draws it. Producers draw in reading order, but not all:
a signature block drawn before the header, a paragraph's lines bottom up. Such a page is told by a line drawn after
one that stands below it in the same column (``drawn_out_of_order``: two character boxes a line, cheap enough for
every page) or after one to its right on its row; only then is it read by position (``visual_order``): rows top to bottom, and rows side by side that keep
a gutter (the header's issuer and motto, the recipients and the signature) read as two columns, the left one first,
whatever small offsets their baselines have.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import groupby
from typing import Callable

import numpy as np

Box = tuple[float, float, float, float]  # x0, top, x1, bottom as the page is shown
BREAK = "\r\n"  # pdfium's generated line break
# a line that holds more than white space (``\\S``: not ``str.isspace``, what ``str.strip`` takes off), matched whole,
# from its start to its end, its printed part (from its first character that is not white space to its last) the group
_INKED_LINE = re.compile(r"[^\r\n\S]*(\S(?:[^\r\n]*\S)?)[^\r\n]*")
# Of two lines' heights: how far one's middle must stand below the other's foot, and how much of the narrower one's
# width they must share across, for the one to stand under the other in the same column.
_BELOW = 0.1
_SHARED_WIDTH = 0.3
_COLUMN_GAP = 1.5  # a row goes on a pair of columns when it is this many line heights or fewer under them
_MIN_GUTTER = 1.0  # line heights of white between two columns
# Line heights of white between two words of a line that make them two columns' (two signers' lines side by side, an
# e-signature's details beside the name): a justified line's widest space is about one.
_COLUMN_WHITE = 2.5
# A line as wide as this many of the page's line heights for each of its characters, or wider, may hold such a gap
# (a line of capitals is about 0.8 wide, of small letters less): only such lines' spaces are measured.
_WIDE_LINE = 1.0
_GUTTER_TO_SPACE = 3.0
_SPACE_RUN = re.compile(r"[ \t]+")


@lru_cache(maxsize=1)
def _inked_lines(text: str) -> tuple[re.Match, ...]:
    """The inked lines of the page text, by one scan: a page's lines and their printed ends are asked for by
    ``line_boxes`` and ``column_gaps`` in turn (a scan each was a tenth of them)."""
    return tuple(_INKED_LINE.finditer(text))


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of the page text that holds more than white space."""
    # one scan: every line matched and its blankness tested apart cost a tenth of the reading-order check
    return [m.span() for m in _inked_lines(text)]


def _printed_ends(text: str) -> tuple[list[int], list[int]]:
    """The first and the last printed character of each line of ``line_spans``."""
    found = _inked_lines(text)
    return [m.start(1) for m in found], [m.end(1) - 1 for m in found]


def line_boxes(text: str, boxes_at: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """Each line's box from its first and last printed characters' boxes (``boxes_at(indexes)``: one row (x0, top,
    x1, bottom) as shown for each index), read in one call."""
    firsts, lasts = _printed_ends(text)
    ends = boxes_at(np.array(firsts + lasts, dtype=int)).reshape(2, len(firsts), 4)
    first, last = ends[0], ends[1]
    boxes = np.minimum(first, last)  # x0 and top; then x1 and bottom the larger (a side at a time cost twice as much)
    boxes[:, 2:] = np.maximum(first[:, 2:], last[:, 2:])
    return boxes


def drawn_out_of_order(boxes: np.ndarray) -> bool:
    """Whether a line is drawn after one that stands under it in its column, or after one to its right on its row (a
    line drawn after those of another column to its left, higher up, is in order). Each test's cheap half is made for
    every pair of lines ([earlier, later]: the earlier line's middle under the later one's foot; the earlier line
    wholly right of the later one), its other half only for the few pairs it leaves (on a page in order, none or a
    handful: the whole tests for every pair were a fifth of the reading-order check)."""
    if len(boxes) < 2:
        return False
    x0, top, x1, bottom = boxes.T
    height = np.maximum(bottom - top, 1.0)
    middle = (top + bottom) / 2
    earlier, later = _earlier_pairs(middle[:, None] > bottom[None, :] + _BELOW * height[None, :])
    if len(earlier):  # and the two sharing their width
        shared = np.minimum(x1[earlier], x1[later]) - np.maximum(x0[earlier], x0[later])
        narrower = np.minimum((x1 - x0)[earlier], (x1 - x0)[later])
        if (shared > _SHARED_WIDTH * np.maximum(narrower, 1.0)).any():
            return True
    earlier, later = _earlier_pairs(x0[:, None] >= x1[None, :])
    # and both middles inside the other's height
    return bool(((middle[earlier] >= top[later]) & (middle[earlier] <= bottom[later])
                 & (middle[later] >= top[earlier]) & (middle[later] <= bottom[earlier])).any())


def _earlier_pairs(pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The (earlier, later) indexes of the True cells of a [line, line] matrix above its diagonal."""
    first, second = np.nonzero(pairs)
    ahead = first < second
    return first[ahead], second[ahead]


def _rows(boxes: np.ndarray) -> list[list[int]]:
    """The lines in rows, top to bottom, each row's left to right: a line is on a row when its middle is inside the
    row's first line's height."""
    rows: list[list[int]] = []
    for k in np.argsort(boxes[:, 1], kind="stable").tolist():
        middle = (boxes[k, 1] + boxes[k, 3]) / 2
        if rows and boxes[rows[-1][0], 1] <= middle <= boxes[rows[-1][0], 3]:
            rows[-1].append(k)
        else:
            rows.append([k])
    return [sorted(row, key=lambda k: boxes[k, 0]) for row in rows]


def _gutter(boxes: np.ndarray, row: list[int]) -> tuple[float, float] | None:
    """The widest white between a row's lines, as (from, to) across; None for a row of one line."""
    gaps = [(boxes[a, 2], boxes[b, 0]) for a, b in zip(row, row[1:]) if boxes[b, 0] > boxes[a, 2]]
    return max(gaps, key=lambda gap: gap[1] - gap[0]) if gaps else None


def _narrowed(gutter: tuple[float, float], boxes: np.ndarray, row: list[int]) -> tuple[float, float] | None:
    """The gutter less what the row's lines take of it (each line on the side of its middle); None when too little
    is left."""
    left, right = gutter
    for k in row:
        if (boxes[k, 0] + boxes[k, 2]) / 2 < (left + right) / 2:
            left = max(left, boxes[k, 2])
        else:
            right = min(right, boxes[k, 0])
    return (left, right) if right - left >= _MIN_GUTTER * np.ptp(boxes[row][:, [1, 3]]) else None


def visual_order(boxes: np.ndarray) -> list[int]:
    """The lines' indexes in reading order by position: rows top to bottom; a run of rows that keep a gutter (rows
    side by side, and lines alone on their row just under them, clear of it) read as two columns, left before
    right."""
    order: list[int] = []
    run: list[list[int]] = []
    gutter: tuple[float, float] | None = None

    def flush() -> None:
        lines = [k for row in run for k in row]
        order.extend(sorted(lines, key=lambda k: (boxes[k, 0] >= gutter[1], boxes[k, 1])) if gutter else lines)
        run.clear()

    for row in _rows(boxes):
        near = bool(run) and boxes[row, 1].min() - boxes[run[-1], 3].max() <= _COLUMN_GAP * np.ptp(boxes[run[-1]][:, [1, 3]])
        kept = _narrowed(gutter, boxes, row) if gutter is not None and near else None
        if kept is not None and (len(row) > 1 or len(run) > 0):
            gutter = kept
            run.append(row)
            continue
        flush()
        gutter = _gutter(boxes, row)
        run.append(row)
    flush()
    return order


def _inside(boxes: np.ndarray, tables: list[Box]) -> np.ndarray:
    """[line, table]: whether the line's middle is inside the table's box."""
    x, y = (boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2
    a, b, c, d = np.asarray(tables, dtype=float).reshape(-1, 4).T[:, None, :]
    return (a <= x[:, None]) & (x[:, None] <= c) & (b <= y[:, None]) & (y[:, None] <= d)


def _units(boxes: np.ndarray, tables: list[Box]) -> tuple[list[list[int]], np.ndarray]:
    """The lines taken together (one line, or all those of a table's box, placed where the table's first line is)
    and each unit's box."""
    if not len(tables):
        return [[k] for k in range(len(boxes))], boxes
    inside = _inside(boxes, tables)
    if not inside.any():
        return [[k] for k in range(len(boxes))], boxes
    units: list[list[int]] = []
    unit_boxes: list[Box] = []
    table_unit: dict[int, int] = {}
    for k, table in enumerate(np.where(inside.any(axis=1), inside.argmax(axis=1), -1).tolist()):
        if table < 0:
            units.append([k])
            unit_boxes.append(tuple(boxes[k]))
        elif table in table_unit:
            units[table_unit[table]].append(k)
        else:
            table_unit[table] = len(units)
            units.append([k])
            unit_boxes.append(tuple(tables[table]))
    return units, np.array(unit_boxes, dtype=float).reshape(-1, 4)


def reordered(text: str, boxes: np.ndarray, tables: list[Box] = (),
              boxes_at: Callable[[np.ndarray], np.ndarray] | None = None) -> tuple[str, np.ndarray] | None:
    """The page text in visual order and, for each of its characters, its index in ``text`` (-1 for a generated line
    break or space); None when the page is drawn in reading order. ``boxes``: its lines' (``line_boxes``). The lines
    inside a table's box (read cell by cell, by position) stay together in the order drawn, placed as one line of the
    table's box. Where pdfium ran a line over words drawn apart between its ends (``_run_over``), the lines outside
    the tables are cut into their words and the words put back into lines by position (``boxes_at``: as for
    ``line_boxes``)."""
    units, unit_boxes = _units(boxes, tables)
    if not drawn_out_of_order(unit_boxes):
        return None
    spans = line_spans(text)
    lines = [[[spans[k]] for k in unit] for unit in units]  # each unit's lines, each line's spans joined by a space
    tabled = _inside(boxes, tables).any(axis=1) if len(tables) else np.zeros(len(boxes), dtype=bool)
    loose = [u for u, unit in enumerate(units) if not tabled[unit[0]]]
    if boxes_at is not None and _run_over(unit_boxes[loose]) and not _overprinted(
            (cut := _words(text, [spans[units[u][0]] for u in loose], boxes_at))[1]):
        # words standing over words are no words drawn apart: a label or a stamp's text over a line, a line drawn
        # twice over itself (bold by hand) stay lines, as they are drawn
        kept = [u for u in range(len(units)) if u not in set(loose)]
        words, word_boxes = cut
        rejoined = _rejoined(word_boxes)
        lines = [lines[u] for u in kept] + [[[words[k] for k in line]] for line in rejoined]
        unit_boxes = np.concatenate((unit_boxes[kept], np.array(
            [[*word_boxes[line, :2].min(axis=0), *word_boxes[line, 2:].max(axis=0)] for line in rejoined]).reshape(-1, 4)))
    pieces, indexes = [], []
    for unit in visual_order(unit_boxes):
        for line in lines[unit]:
            for j, (start, end) in enumerate(line):
                pieces.append((" " if j else "") + text[start:end])
                indexes.append(np.concatenate(([-1] if j else [], np.arange(start, end))))
            pieces.append(BREAK)
            indexes.append(np.array([-1, -1]))
    return "".join(pieces), np.concatenate(indexes).astype(int)


def _run_over(boxes: np.ndarray) -> bool:
    """Whether two lines share a row and half the narrower one's width: pdfium joins the words a page draws as objects
    apart in no order into a line when one follows another on its row, over the words drawn between them later ("do
    Hạnh" over "- Tự"), which come out lines of their own inside its box. Lines of a page never stand so."""
    if len(boxes) < 2:
        return False
    x0, top, x1, bottom = boxes.T
    middle = (top + bottom) / 2
    inside = (middle[:, None] >= top[None, :]) & (middle[:, None] <= bottom[None, :])
    shared = np.minimum(x1[:, None], x1[None, :]) - np.maximum(x0[:, None], x0[None, :])
    narrower = np.minimum((x1 - x0)[:, None], (x1 - x0)[None, :])
    over = inside & inside.T & (shared > 0.5 * np.maximum(narrower, 1.0))
    np.fill_diagonal(over, False)
    return bool(over.any())


def _overprinted(boxes: np.ndarray) -> bool:
    """Whether a word's box covers a third of another's across and down: a stamp's small print over a line's words (its
    middle inside their height, theirs outside its: ``_run_over`` does not see it), a label, a line drawn twice. Words a
    page draws apart in no order never cover each other."""
    x0, top, x1, bottom = boxes.T
    across = np.minimum(x1[:, None], x1[None, :]) - np.maximum(x0[:, None], x0[None, :])
    down = np.minimum(bottom[:, None], bottom[None, :]) - np.maximum(top[:, None], top[None, :])
    width, height = np.maximum(x1 - x0, 1.0), np.maximum(bottom - top, 1.0)
    covered = ((across > 0.3 * np.minimum(width[:, None], width[None, :]))
               & (down > 0.3 * np.minimum(height[:, None], height[None, :])))
    np.fill_diagonal(covered, False)
    return bool(covered.any())


_WORD = re.compile(r"\S+")


def _words(text: str, spans: list[tuple[int, int]], boxes_at: Callable[[np.ndarray], np.ndarray]
           ) -> tuple[list[tuple[int, int]], np.ndarray]:
    """The words of these lines of the text, as (start, end), and their boxes (from their first and last characters')."""
    words = [m.span() for start, end in spans for m in _WORD.finditer(text, start, end)]
    if not words:
        return [], np.zeros((0, 4))
    ends = boxes_at(np.array([start for start, _ in words] + [end - 1 for _, end in words], dtype=int)).reshape(2, len(words), 4)
    boxes = np.minimum(ends[0], ends[1])
    boxes[:, 2:] = np.maximum(ends[0][:, 2:], ends[1][:, 2:])
    return words, boxes


def _rejoined(boxes: np.ndarray) -> list[list[int]]:
    """Words put back into lines: rows top to bottom (``_rows``), a row's words left to right on one line until the
    white to the next is a columns' gutter (``_COLUMN_WHITE`` line heights: two columns' lines stay apart, as
    ``column_gaps`` parts them)."""
    lines: list[list[int]] = []
    for row in _rows(boxes):
        height = median(np.maximum(boxes[row, 3] - boxes[row, 1], 1.0))
        lines.append([row[0]])
        for before, k in zip(row, row[1:]):
            if boxes[k, 0] - boxes[before, 2] < _COLUMN_WHITE * height:
                lines[-1].append(k)
            else:
                lines.append([k])
    return lines


def median(values: np.ndarray) -> float:
    """``np.median`` of a non-empty array without NaN, as a float: the middle value of the sorted values, or the mean of
    the two middle ones (np.median's checks and dispatch cost ten times the sort of a page's few dozen lines)."""
    ordered = np.sort(values, axis=None)
    middle = len(ordered) // 2
    return float(ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2)


def column_gaps(text: str, boxes: np.ndarray, boxes_at: Callable[[np.ndarray], np.ndarray], tables: list[Box] = (),
                also: Callable[[str, list[tuple[int, int]]], np.ndarray] | None = None) -> list[int]:
    """The first position of each run of spaces in ``text`` that stands for a columns' gutter (pdfium reads two
    columns' lines on one row as one line, a single space between them): the white between the characters around it
    is ``_COLUMN_WHITE`` line heights wide or more (one on a line ``also`` names), and, on a line of several spaces,
    ``_GUTTER_TO_SPACE`` times its
    narrowest (a justified line's spaces are stretched alike: "-   Báo   cáo   -" in a narrow cell). Only the lines
    wider than their characters make (``_WIDE_LINE``) and those ``also`` names (an e-signature's details in a small
    print beside the name) are measured, outside the tables' boxes: two boxes a space. ``boxes``: the lines'
    (``line_boxes``); ``boxes_at``: as for ``line_boxes``; ``also(text, spans)``: whether it names each line of
    ``line_spans`` outside the tables' boxes (asked once a page: it may pass over most lines unread)."""
    spans = line_spans(text)
    if not spans:
        return []
    height = median(np.maximum(boxes[:, 3] - boxes[:, 1], 1.0))
    # a cell's lines are the table's: only the lines outside the tables' boxes are measured and named (on a table
    # page, its lines are nearly all in cells)
    outside = np.flatnonzero(~_inside(boxes, tables).any(axis=1)) if len(tables) else np.arange(len(spans))
    if not len(outside):
        return []
    asked = [spans[k] for k in outside.tolist()]
    lengths = np.array([end - start for start, end in asked])
    labelled = np.zeros(len(spans), dtype=bool)
    if also:
        labelled[outside] = also(text, asked)
    looked_into = (boxes[outside, 2] - boxes[outside, 0] >= _WIDE_LINE * height * lengths) | labelled[outside]
    runs = [(m.start(), m.end(), k) for k in outside[looked_into].tolist()
            for m in _SPACE_RUN.finditer(text, *spans[k]) if spans[k][0] < m.start() and m.end() < spans[k][1]]
    if not runs:
        return []
    around = boxes_at(np.array([i for start, end, _ in runs for i in (start - 1, end)], dtype=int)).reshape(-1, 2, 4)
    white = (around[:, 1, 0] - around[:, 0, 2]).tolist()
    gaps = []
    for k, group in groupby(zip(runs, white), key=lambda run: run[0][2]):
        group = list(group)
        narrowest = max(min(gap for _, gap in group), 0.0)
        gaps += [start for (start, _, _), gap in group
                 if gap >= (1.0 if labelled[k] else _COLUMN_WHITE) * height
                 and (len(group) == 1 or gap >= _GUTTER_TO_SPACE * narrowest)]
    return gaps
