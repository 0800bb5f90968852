"""The ruling lines of a PDF page, read from pdfium's path objects, as the edges pdfplumber builds tables from.

pdfplumber finds a page's lines by having pdfminer tokenise every drawing operator of the page, which costs four
fifths of reading a text PDF; pdfium has already parsed them. Each path's segments, taken through the path's
matrix and those of the forms that hold it, to the page as it is shown (a page turned by /Rotate included),
become edges: horizontal and vertical ones, as pdfplumber's own would be (a rectangle gives its four sides).
Tables ruled by horizontal lines only get their columns from the white gutters every row leaves.
"""

from __future__ import annotations

import bisect
import ctypes
import math
import re
from itertools import repeat
from typing import Callable, Sequence

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

Box = tuple[float, float, float, float]  # x0, top, x1, bottom, as shown
ToDisplay = Callable[[float, float, float, float], Box]

_AXIS_TOLERANCE = 0.01  # points: a segment this close to level is horizontal (pdfplumber asks for exact)
_RULE_THICKNESS = 2.0  # a filled rectangle thinner than this is a drawn rule
_MIN_RULES = 3  # a header rule, a rule under the header and one under a row
_MIN_GUTTER = 3.0  # points of white that every row leaves between two columns
_SNAP = 2.0
_LINE_STEP = 4.0  # points: characters whose tops differ by more are on different lines
_TITLE_LINES = 3  # the lines a group's title with no label, merged across a table's columns, may wrap to
# rules across a table ruled between columns only: above and below a header (a caption's), under the rows (s45-blindtab's
# 5, a second header's where the table goes on under its header printed again, served rules.column_ruled_ends, taken
# out in the s45 review: a grid of five rules across was read from its characters, tests/test_speed_pdf_s43.py)
_FEW_RULES = 4
_FOOT_WIDTH = 0.1  # of a table's width: a page's number in its foot is narrower
_NUMBER_COLUMN = 0.12  # of a table's width: a first column this narrow holds the rows' numbers
# a row's number alone on its line in a narrow first column: 1, 1.2, 3., IV, a), đ., a group's capital A, B.
_ROW_NUMBER = re.compile(r"(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,7}|[a-zđ]|[A-HĐ])[.)]?")
_RULE_WIDTHS = 1.5  # points: rules of one table's column this close (outer borders drawn wider than inner rules)
_ALIGNED = 0.5  # points: sides this close are one column's
_WHITE = 250  # a fill at least this light in each of red, green and blue leaves no mark on a white page


def display_transform(page: pdfium.PdfPage, turn: int | None = None) -> ToDisplay:
    """A function from a box in the page's own coordinates (x0, y0, x1, y1, y upwards) to the page as it is shown
    (x to the right, y downwards from the top), which is where pdfplumber works: a page turned by /Rotate (a
    landscape annex) has its text along the other axis. ``turn``: the page turned by so many degrees clockwise instead
    of its /Rotate (the turn that sets its text upright: ``pdf.upright_turn``)."""
    rotation = (page.get_rotation() if turn is None else turn) % 360
    width, height = page.get_width(), page.get_height()  # as shown
    if page.get_rotation() % 180 == 90:
        width, height = height, width  # the page's own size

    def to_display(left: float, bottom: float, right: float, top: float) -> Box:
        if rotation == 90:
            return bottom, left, top, right
        if rotation == 180:
            return width - right, bottom, width - left, top
        if rotation == 270:
            return height - top, width - right, height - bottom, width - left
        return left, height - top, right, height - bottom

    return to_display


_MAX_DEPTH = 15  # forms inside forms followed this deep (pypdfium2's own limit)


def plain(function, restype, *argtypes):
    """A pdfium function declared with plain addresses (``c_void_p``: handles and buffers passed as ints): pypdfium2's
    declared pointer types make ctypes check and wrap every argument and result, which costs more than the call
    when a page's thousands of objects, segments or characters are read one call each. Declared as keeping the GIL
    (``PYFUNCTYPE``): these getters take well under a microsecond and call nothing back, and releasing and taking the
    GIL around each was a tenth of a call's cost (a ruled page's character boxes: 0.60 -> 0.56 us a character)."""
    return ctypes.PYFUNCTYPE(restype, *argtypes)(ctypes.cast(function, ctypes.c_void_p).value)


def address(handle) -> int:
    """The address of a pypdfium2 handle, for the ``plain`` functions."""
    return ctypes.cast(handle, ctypes.c_void_p).value


def unprototyped(function, restype):
    """A pdfium function declared with no argument types, for the calls made thousands of times on one handle: the
    handle passed ``ready``, its C int arguments as Python ints. A declared argument made ctypes look up its type's C
    format and build a C argument at every call (``plain``: c_void_p and c_int, a third of such a call's cost)."""
    return ctypes.PYFUNCTYPE(restype)(ctypes.cast(function, ctypes.c_void_p).value)


def ready(address: int):
    """A handle (its address) as a ready C argument for the ``unprototyped`` functions: ctypes passes it as it is."""
    return ctypes.byref(ctypes.c_char.from_address(address))


_VOID, _INT = ctypes.c_void_p, ctypes.c_int
_count_objects = plain(pdfium_c.FPDFPage_CountObjects, _INT, _VOID)
_object_at = unprototyped(pdfium_c.FPDFPage_GetObject, _VOID)  # (ready page, index)
object_type = plain(pdfium_c.FPDFPageObj_GetType, _INT, _VOID)
form_count = plain(pdfium_c.FPDFFormObj_CountObjects, _INT, _VOID)
form_object = plain(pdfium_c.FPDFFormObj_GetObject, _VOID, _VOID, ctypes.c_ulong)
_get_matrix = plain(pdfium_c.FPDFPageObj_GetMatrix, _INT, _VOID, _VOID)
count_segments = plain(pdfium_c.FPDFPath_CountSegments, _INT, _VOID)
_segment_get = plain(pdfium_c.FPDFPath_GetPathSegment, _VOID, _VOID, _INT)
_segment_point = plain(pdfium_c.FPDFPathSegment_GetPoint, _INT, _VOID, _VOID, _VOID)
_segment_type = plain(pdfium_c.FPDFPathSegment_GetType, _INT, _VOID)
_segment_closes = plain(pdfium_c.FPDFPathSegment_GetClose, _INT, _VOID)
_draw_mode = plain(pdfium_c.FPDFPath_GetDrawMode, _INT, _VOID, _VOID, _VOID)
_fill_color = plain(pdfium_c.FPDFPageObj_GetFillColor, _INT, _VOID, _VOID, _VOID, _VOID, _VOID)
_bounds = plain(pdfium_c.FPDFPageObj_GetBounds, _INT, _VOID, _VOID, _VOID, _VOID, _VOID)


def raw_matrix(obj: int) -> tuple[float, ...]:
    matrix = pdfium_c.FS_MATRIX()
    if not _get_matrix(obj, ctypes.addressof(matrix)):
        raise pdfium.PdfiumError("Failed to get matrix of pageobject.")
    return matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f


def objects_of_kind(kind: int, count: int, get, holder, containers: tuple = (), depth: int = _MAX_DEPTH):
    """Each object of this pdfium kind among the ``count`` objects of ``holder`` (``get(holder, i)``: a plain pdfium
    function giving the address of the i-th, or an unprototyped one and a ready holder), forms' included (``depth``
    levels of objects, pypdfium2's ``max_depth``), as an address, with the matrices of the forms that hold it (nearest
    first). Plain pdfium calls mapped over the indexes: the other objects (thousands of text runs) are only counted
    past, never wrapped, and no Python code runs per object but the type test."""
    objects = list(map(get, repeat(holder, count), range(count)))
    for obj, found in zip(objects, map(object_type, objects)):
        if found == kind:
            yield obj, containers
        elif found == pdfium_c.FPDF_PAGEOBJ_FORM and len(containers) < depth - 1:
            yield from objects_of_kind(kind, form_count(obj), form_object, obj, (raw_matrix(obj), *containers), depth)


def page_objects(page: pdfium.PdfPage, kind: int, depth: int = _MAX_DEPTH):
    """Each object of this pdfium kind on the page, forms' included (``depth``: as ``objects_of_kind``), with the
    matrices of the forms that hold it: pypdfium2's ``get_objects`` wraps every object of the page in Python to test its
    kind (a page of text runs: ~7 us an object)."""
    raw = address(page.raw)
    return objects_of_kind(kind, _count_objects(raw), _object_at, ready(raw), depth=depth)


def _paths(page: pdfium.PdfPage):
    """Each path object of the page, forms' included, with the matrices of the forms that hold it."""
    return page_objects(page, pdfium_c.FPDF_PAGEOBJ_PATH)


def _matrix(obj: int, containers: tuple) -> tuple[float, ...]:
    """The path's matrix composed with those of the forms that hold it: object space to page space."""
    a, b, c, d, e, f = raw_matrix(obj)
    for pa, pb, pc, pd, pe, pf in containers:
        a, b, c, d, e, f = (a * pa + b * pc, a * pb + b * pd, c * pa + d * pc, c * pb + d * pd,
                            e * pa + f * pc + pe, e * pb + f * pd + pf)
    return a, b, c, d, e, f


def _subpaths(objects: list[int]) -> list[list[list[tuple[float, float]]]]:
    """Each path's points in object space, one list per subpath (a closed subpath ends at its first point). Every
    segment of the page's paths read at once, each kind of call mapped over them all and the points written into one
    buffer (a Python loop a segment, with a point buffer made for each path, took most of reading a page's rules)."""
    counts = [max(0, count) for count in map(count_segments, objects)]  # -1: pdfium failed, no segments
    owners = [obj for obj, count in zip(objects, counts) for _ in range(count)]
    segments = list(map(_segment_get, owners, [i for count in counts for i in range(count)]))
    points = (ctypes.c_float * (2 * len(segments)))()
    start = ctypes.addressof(points)
    end = start + 8 * len(segments)
    read = list(map(_segment_point, segments, range(start, end, 8), range(start + 4, end, 8)))
    xs, ys = points[0::2], points[1::2]
    moves = [kind == pdfium_c.FPDF_SEGMENT_MOVETO for kind in map(_segment_type, segments)]
    closes = list(map(_segment_closes, segments))
    found: list[list[list[tuple[float, float]]]] = []
    at = 0
    for count in counts:
        paths: list[list[tuple[float, float]]] = []
        point = (0.0, 0.0)
        for k in range(at, at + count):
            if read[k]:  # a segment pdfium cannot read leaves the point before (the first: none, zeros)
                point = (xs[k], ys[k])
            if moves[k] or not paths:
                paths.append([])
            paths[-1].append(point)
            if closes[k] and paths[-1]:
                paths[-1].append(paths[-1][0])
        at += count
        found.append(paths)
    return found


def _edge(p0: tuple[float, float], p1: tuple[float, float], to_display: ToDisplay) -> dict | None:
    x0, top, x1, bottom = to_display(min(p0[0], p1[0]), min(p0[1], p1[1]), max(p0[0], p1[0]), max(p0[1], p1[1]))
    if bottom - top <= _AXIS_TOLERANCE:
        orientation = "h"
        top = bottom = (top + bottom) / 2
    elif x1 - x0 <= _AXIS_TOLERANCE:
        orientation = "v"
        x0 = x1 = (x0 + x1) / 2
    else:
        return None  # a diagonal or a curve's chord
    return {"object_type": "line_edge", "x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0,
            "height": bottom - top, "orientation": orientation}


def page_edges(page: pdfium.PdfPage, to_display: ToDisplay) -> list[dict]:
    """Every horizontal and vertical edge the page's paths draw (filled or stroked, as pdfplumber counts them), but
    those of paths that leave no mark (see ``_unseen``)."""
    edges = []
    objects = _seen(list(_paths(page)))
    for (obj, containers, ground), subpaths in zip(objects, _subpaths([obj for obj, _, _ in objects])):
        a, b, c, d, e, f = _matrix(obj, containers)
        for points in subpaths:
            shown = [(a * x + c * y + e, b * x + d * y + f) for x, y in points]
            for p0, p1 in zip(shown, shown[1:]):
                if (edge := _edge(p0, p1, to_display)) is None or fill_end(edge, obj):
                    continue
                edges.append(edge | {"ground": True} if ground else edge)
    return edges


def fill_end(edge: dict, obj: int) -> bool:
    """Whether ``edge`` is a filled rule's end (its thickness), no rule: a rule dashed or dotted dash by dash in thin
    fills gives hundreds, at every dash, which pdfplumber's snapping chains into one place with the table's own rules
    across them (their rows or columns then lost)."""
    return max(edge["width"], edge["height"]) < _RULE_THICKNESS and not draw_mode_of(obj)[1]


def _seen(objects: list[tuple[int, tuple]]) -> list[tuple[int, tuple, bool]]:
    """The paths that draw a table's rules. A word processor paints a run's background shading or highlight as a
    rectangle behind each word or run, one line high: text pasted from a web page keeps a white one, a draft marks its
    changes in yellow, and the PDF then holds dozens of rectangles side by side over a paragraph, whose sides
    pdfplumber would take for rules (the paragraph read as a grid of words). Kept: what is stroked, and fills thin as
    a rule. Left out: paths neither stroked nor filled, fills in white or with no opacity (but white cells on a fill of
    another colour: they draw the rules by what they leave), and broad fills of a colour (grounds), but a cell of a
    grid of such grounds (another ground spans the same columns in another row: a table shaded cell by cell), each
    told (the last item) from the drawn rules."""
    paints, boxes = zip(*map(_paint, (obj for obj, _ in objects))) if objects else ((), ())
    if all(paint == _LINE for paint in paints):
        return [(obj, containers, False) for obj, containers in objects]
    grounds = [(box, containers) for (_, containers), paint, box in zip(objects, paints, boxes) if paint == _GROUND]
    in_grids = _grid_cells(grounds)
    in_grids |= _spanning_cells(grounds, in_grids)

    def kept(paint: str, box: Box | None, containers: tuple) -> bool:
        if paint == _LINE:
            return True
        if paint == _WHITE_FILL:
            return any(held == containers and _inside(box, ground) for ground, held in grounds)
        return paint == _GROUND and (box, containers) in in_grids

    return [(obj, containers, paint == _GROUND) for (obj, containers), paint, box in zip(objects, paints, boxes)
            if kept(paint, box, containers)]


def _grid_cells(grounds: list[tuple[Box, tuple]]) -> set[tuple[Box, tuple]]:
    """The grounds another ground of the same forms spans the same columns of in a row that does not overlap
    (``_same_columns``). Found through the grounds' sides rounded to a point, the neighbouring roundings too: a page of
    text drawn as filled outlines holds thousands of grounds, and comparing each with all would cost seconds."""
    by_columns: dict[tuple, list[Box]] = {}
    for box, containers in grounds:
        by_columns.setdefault((containers, round(box[0]), round(box[2])), []).append(box)
    cells = set()
    for box, containers in grounds:
        left, right = round(box[0]), round(box[2])
        if any(_same_columns(box, other) for dl in (-1, 0, 1) for dr in (-1, 0, 1)
               for other in by_columns.get((containers, left + dl, right + dr), ())):
            cells.add((box, containers))
    return cells


def _spanning_cells(grounds: list[tuple[Box, tuple]], cells: set[tuple[Box, tuple]]) -> set[tuple[Box, tuple]]:
    """The grounds that shade a row's cell spanning columns of a grid of ``cells`` (a group's title across a table
    shaded row by row, no other ground of its columns): its sides are two of the grid's column sides and it meets a
    grid row above or below."""
    lefts = {(containers, round(box[0])) for box, containers in cells}
    rights = {(containers, round(box[2])) for box, containers in cells}
    heights = {(containers, round(y)) for box, containers in cells for y in (box[1], box[3])}
    near = (-1, 0, 1)
    return {(box, containers) for box, containers in grounds
            if any((containers, round(box[0]) + d) in lefts for d in near)
            and any((containers, round(box[2]) + d) in rights for d in near)
            and any((containers, round(y) + d) in heights for y in (box[1], box[3]) for d in near)}


_LINE, _GROUND, _WHITE_FILL, _NO_MARK = "line", "ground", "white fill", "no mark"


def _paint(obj: int) -> tuple[str, Box | None]:
    """What the path leaves on the page, and a fill's bounds (read once: ``_seen`` needs them for every fill)."""
    filled, stroked = draw_mode_of(obj)
    if stroked:
        return _LINE, None
    if not filled:
        return _NO_MARK, None
    box = bounds_of(obj)
    if _white_or_clear(obj):
        return _WHITE_FILL, box
    left, bottom, right, top = box
    return (_LINE if min(right - left, top - bottom) < _RULE_THICKNESS else _GROUND), box


def _same_columns(box: Box, other: Box) -> bool:
    """Whether two boxes (left, bottom, right, top) span the same columns in rows that do not overlap."""
    return (abs(box[0] - other[0]) <= _ALIGNED and abs(box[2] - other[2]) <= _ALIGNED
            and (box[3] <= other[1] + _ALIGNED or other[3] <= box[1] + _ALIGNED))


def draw_mode_of(obj: int) -> tuple[bool, bool]:
    """(filled, stroked)."""
    fill_mode, stroked = ctypes.c_int(), ctypes.c_int()
    if not _draw_mode(obj, ctypes.addressof(fill_mode), ctypes.addressof(stroked)):
        return True, True  # unknown: counted, as before
    return fill_mode.value != 0, bool(stroked.value)


def _white_or_clear(obj: int) -> bool:
    rgba = (ctypes.c_uint * 4)()
    at = ctypes.addressof(rgba)
    if not _fill_color(obj, at, at + 4, at + 8, at + 12):
        return False
    red, green, blue, alpha = rgba
    return alpha == 0 or min(red, green, blue) >= _WHITE


def bounds_of(obj: int) -> Box:
    """(left, bottom, right, top) of a page object, by its address."""
    box = (ctypes.c_float * 4)()
    at = ctypes.addressof(box)
    _bounds(obj, at, at + 4, at + 8, at + 12)
    return tuple(box)


def page_bounds(obj: int, containers: tuple) -> Box:
    """(left, bottom, right, top) of an object as the page places it: pdfium gives an object's bounds in the space of
    the form that holds it, taken here through the matrices of the forms that hold it (``page_objects``)."""
    left, bottom, right, top = bounds_of(obj)
    if not containers:
        return left, bottom, right, top
    corners = [(left, bottom), (left, top), (right, bottom), (right, top)]
    for a, b, c, d, e, f in containers:  # nearest first
        corners = [(a * x + c * y + e, b * x + d * y + f) for x, y in corners]
    xs, ys = [x for x, _ in corners], [y for _, y in corners]
    return min(xs), min(ys), max(xs), max(ys)


def _inside(inner: Box, outer: Box) -> bool:
    """Whether the box (left, bottom, right, top) lies within the other."""
    return outer[0] <= inner[0] and outer[1] <= inner[1] and inner[2] <= outer[2] and inner[3] <= outer[3]


def table_settings(edges: list[dict]) -> dict | None:
    """pdfplumber's settings to build tables from these edges, or None when they cannot make one."""
    vertical = [e for e in edges if e["orientation"] == "v"]
    horizontal = [e for e in edges if e["orientation"] == "h"]
    if len(vertical) < 2 or len(horizontal) < 2:
        return None
    return {"vertical_strategy": "explicit", "explicit_vertical_lines": vertical,
            "horizontal_strategy": "explicit", "explicit_horizontal_lines": horizontal}


# ---------------------------------------------------------------------------------------------------
# Tables ruled by horizontal lines only


def horizontal_rule_groups(edges: list[dict], least: int = _MIN_RULES) -> list[Box]:
    """(left, top, right, bottom) of each stack of at least ``least`` horizontal rules of the same extent."""
    stacks: dict[tuple[int, int], list[float]] = {}
    for edge in edges:
        if edge["orientation"] == "h" and edge["width"] > 50:
            stacks.setdefault((round(edge["x0"] / _SNAP), round(edge["x1"] / _SNAP)), []).append(edge["top"])
    return [(x0 * _SNAP, min(tops), x1 * _SNAP, max(tops)) for (x0, x1), tops in stacks.items()
            if len({round(t / _SNAP) for t in tops}) >= least]


def continued_rule_pair(edges: list[dict], char_boxes: list[Box], before: Box,
                        gutters: Sequence[float] = (), chars: str | None = None) -> Box | None:
    """The two rules that open a page where a half-ruled table of extent ``before`` (left, top, right, bottom) ended
    the page before and goes on, its rows too few for a stack of its own (a row's rest the page break carried over:
    the table's top and bottom borders only); the first thing on the page but a running line (one line of text). The
    text between them sits in the table's columns: no line of it runs across one of ``gutters`` (a framed "PHỤ LỤC
    II", "Ghi chú: …", a box of signers across the page is no row's rest)."""
    pairs = [g for g in horizontal_rule_groups(edges, 2) if abs(g[0] - before[0]) <= _SNAP and abs(g[2] - before[2]) <= _SNAP]
    if not pairs:
        return None
    first = min(pairs, key=lambda g: g[1])
    if not _one_line_at_most([b for b in char_boxes if (b[1] + b[3]) / 2 < first[1]]):
        return None
    left, top, right, bottom = first
    if len(_rule_tops(edges, first)) > 2:
        return first  # a stack of rules: a table's rest of several rows (a group row's title may span its columns)
    inside = [b for b in char_boxes if left <= b[0] and b[2] <= right and top <= (b[1] + b[3]) / 2 <= bottom]
    if not _in_columns(inside, left, right, gutters):
        return None
    # the header printed again (Word's repeated header row) over rows with no rule under them (a table ruled round its
    # header only): those rows are the rest, read under it (``header_running_to_foot``), down to the page's foot, or
    # up to a part's heading or paragraph after them where the band is a header's ("STT" in its number column, where
    # a row's rest has nothing or a number): rows' first two lines stand in the columns, a paragraph's do not, but two
    # short lines after a rest may too (review s59)
    under = _text_lines([b for b in char_boxes if left <= b[0] and b[2] <= right and (b[1] + b[3]) / 2 > bottom])
    if not any(e["orientation"] == "h" and e["top"] > bottom + _SNAP for e in edges) and len(under) > 1 and (
            _in_columns([b for line in under for b in line], left, right, gutters)
            or chars is not None and gutters and _in_columns(under[0] + under[1], left, right, gutters)
            and opens_with_heading(char_boxes, chars, left, gutters[0], top, bottom)):
        return None
    return first


def header_rules_alone(edges: list[dict], groups: list[Box]) -> Box | None:
    """The lowest two rules of one extent in no stack (of ``groups``) with no rule below them: the header's of a table
    whose rows may run on to the page's foot (``header_running_to_foot``), its extent (left, top, right, bottom) from
    rule to rule; None where there are none. Told from the rules alone."""
    pairs = [g for g in horizontal_rule_groups(edges, 2) if len(_rule_tops(edges, g)) == 2
             and not any(g[1] <= other[3] + _SNAP and other[1] <= g[3] + _SNAP for other in groups)]
    if not pairs:
        return None
    lowest = max(pairs, key=lambda g: g[3])
    return None if any(e["orientation"] == "h" and e["top"] > lowest[3] + _SNAP for e in edges) else lowest


def header_running_to_foot(edges: list[dict], char_boxes: list[Box], groups: list[Box]) -> Box | None:
    """A table ruled only round its header whose rows run on to the page's foot: the page break leaves no rule under
    them (the rule under its last row is on a later page), so the header's two rules are the page's last and too few
    for a stack (``header_rules_alone``). Its extent (left, top, right, bottom), the bottom at the foot of the text
    under the rules in their width; None where rules lie below them or no text does. The caller keeps it only where
    that text stands in columns with a narrow number column opening its rows (``gutters``, ``unruled_row_tops``)."""
    if (pair := header_rules_alone(edges, groups)) is None:
        return None
    left, top, right, bottom = pair
    header = [b for b in char_boxes if left <= b[0] and b[2] <= right and top < (b[1] + b[3]) / 2 < bottom]
    under = [b for b in char_boxes if left <= b[0] and b[2] <= right and (b[1] + b[3]) / 2 > bottom]
    if not header or not under:
        return None
    lines = _text_lines(under)
    if len(lines) > 1 and _page_foot(lines[-1], lines[-2], right - left):
        under = [b for line in lines[:-1] for b in line]
    return left, top, right, max(b[3] for b in under) + _SNAP


def rows_told_end(extent: Box, header: Box, told: list[dict]) -> Box:
    """``extent`` (``header_running_to_foot``: a header's two rules, ``header``, and the text under them to the page's
    foot) ended where the reading by white ends the rows under that header (``unruled_table_rules``: three rules a
    table, over its header, under it and under its last row): a paragraph, a part's heading or the signature right
    under the last row is none of its rows."""
    left, top, right, bottom = extent
    for over, _, under in zip(told[0::3], told[1::3], told[2::3]):
        if header[1] - 2 * _SNAP <= over["top"] <= header[3] and top < under["top"] < bottom:
            return left, top, right, under["top"]
    return extent


def outside_rows_told(told: list[dict], header: Box, under_header: list[dict]) -> list[dict]:
    """``told`` (``unruled_table_rules``: three rules a table) but the tables opening among the rows the reading by
    white gives a header ruled round (``header``; ``under_header``, read with ``ruled_header``): that header printed
    again as rows of its own table (a clerk's copy of the header row every few rows), whose rows are the ruled
    table's."""
    ended = rows_told_end((*header[:3], math.inf), header, under_header)[3]
    ended = header[3] if ended == math.inf else ended  # no rows told under the header: every table kept
    return [rule for k in range(0, len(told), 3) if not header[3] < told[k]["top"] < ended for rule in told[k:k + 3]]


def _page_foot(last: list[Box], above: list[Box], width: float) -> bool:
    """Whether the page's last line, under a table's rows in its width, is the page's foot (its number, "- 2 -",
    "Trang 2"): a few characters, apart from the rows by more than a line's height (rows go on line by line)."""
    height = max(b[3] for b in last) - min(b[1] for b in last)
    return (max(b[2] for b in last) - min(b[0] for b in last) < _FOOT_WIDTH * width
            and min(b[1] for b in last) - max(b[3] for b in above) > 1.5 * height)


def _rule_tops(edges: list[dict], group: Box) -> set[int]:
    """The heights (snapped) of the horizontal rules of ``group``'s extent, from its top to its bottom."""
    return {round(e["top"] / _SNAP) for e in edges if e["orientation"] == "h" and abs(e["x0"] - group[0]) <= _SNAP
            and abs(e["x1"] - group[2]) <= _SNAP and group[1] - _SNAP <= e["top"] <= group[3] + _SNAP}


def _one_line_at_most(boxes: list[Box]) -> bool:
    """Whether ``boxes`` are no text or one line of it (a running line, a page's number)."""
    return not boxes or max(b[3] for b in boxes) - min(b[1] for b in boxes) <= 2 * _LINE_STEP + min(b[3] - b[1] for b in boxes)


def _in_columns(char_boxes: list[Box], left: float, right: float, gutters: Sequence[float]) -> bool:
    """Whether no character of ``char_boxes`` lies across a gutter between columns, nor any line's words run over one
    (a gutter inside the text's extent lies in a white strip of it)."""
    if not char_boxes:
        return True
    first, last = min(b[0] for b in char_boxes), max(b[2] for b in char_boxes)
    white = _white_strips(char_boxes, left, right)
    return all(any(a <= g <= b for a, b in white) for g in gutters if first < g < last)


def ends_page(table: Box, char_boxes: list[Box], edges: list[dict]) -> bool:
    """Whether the table of extent ``table`` is the last thing on its page: no rule below it and at most one line of
    text (its page number, a running line), so a row of it may go on on the next page."""
    below = table[3] + _SNAP
    if any(e["orientation"] == "h" and e["top"] > below for e in edges):
        return False
    return _one_line_at_most([b for b in char_boxes if (b[1] + b[3]) / 2 > below])


def gutters(char_boxes: list[Box], left: float, right: float, rule_tops: Sequence[float] = ()) -> list[float]:
    """Where one column ends and the next begins: the middles of the strips that every row leaves white, and, with
    the rules between the rows (``rule_tops``), of those that only rows spanning columns cross: a row of one line
    crossing at least two of them (a group row's title spanning the columns after its label; a long cell's one
    line crosses one strip only and makes no column border), or the header's top row over a second one that has
    headings each side of the strip ("Đơn vị thực hiện" over "Chủ trì" | "Phối hợp")."""
    found = _white_strips(char_boxes, left, right)
    bands = _bands(char_boxes, sorted(rule_tops))
    ordered = [bands[k] for k in sorted(bands)]
    # one line: every character's box meets one height (tone marks raise the tops of some)
    spanning = [k == 0 and len(ordered) > 1 or max(b[1] for b in band) < min(b[3] for b in band)
                for k, band in enumerate(ordered)]
    if not any(spanning) or len(ordered) - sum(spanning) < _MIN_RULES:
        titled = _strips_under_titles(ordered[0], ordered[-1], left, right, found) if len(ordered) == 2 else []
        return sorted([(a + b) / 2 for a, b in found] + titled)
    loose = _white_strips([box for band, spans in zip(ordered, spanning) if not spans for box in band], left, right)
    new = [(a + b) / 2 for a, b in loose if not any(a <= x0 and x1 <= b for x0, x1 in found)]
    every = sorted([(a + b) / 2 for a, b in found] + new)

    def spanned(k: int, x: float) -> bool:
        if sum(_crosses(ordered[k], g) for g in new) >= 2:
            return True
        before = max((g for g in every if g < x), default=left)
        after = min((g for g in every if g > x), default=right)

        def headed(band: list[Box]) -> bool:  # headings either side, up to the next borders
            return (not _crosses(band, x) and any(before < b[0] and b[2] < x for b in band)
                    and any(x < b[0] and b[2] < after for b in band))

        if k == 0:  # the header's top row: the row below, or its own lines under the spanning one (a header ruled
            # only at its foot), have headings either side
            return headed(ordered[1]) or headed([b for line in _lines_under(ordered[0], x)[1] for b in line])
        # a group row's title too short to cross two strips ("I" | "ĐÀO TẠO, BỒI DƯỠNG" over the content and lead
        # columns): the header names a column either side (a long cell's line crosses a strip under one heading)
        return headed(ordered[0]) or k > 1 and headed(ordered[1])

    kept = [x for x in new if all(spanned(k, x) for k, spans in enumerate(spanning) if spans and _crosses(ordered[k], x))]
    return sorted([(a + b) / 2 for a, b in found] + kept)


def column_borders(char_boxes: list[Box], rule_tops: Sequence[float], left: float, right: float,
                   gutters: list[float]) -> list[tuple[float, float, float]]:
    """(x, top, bottom) of the lines that stand for the column borders of a table ruled by horizontal lines only:
    the table's sides, and at each gutter a line down each row but the rows whose text runs across it (a group
    row's title spanning columns is one cell)."""
    tops = sorted(rule_tops)
    bands = _bands(char_boxes, tops)
    borders = [(left, tops[0], tops[-1]), (right, tops[0], tops[-1])]
    for before, x, after in zip([left, *gutters], gutters, [*gutters[1:], right]):
        # a border the first band (the header) names columns either side of: a row of several lines whose words
        # come within a word space of it, leaving a gutter's white (no space, no letter: "điện|Sở", small margins and
        # justified text), is two cells; a title across the columns is one line, its letters closer ("c|ủa")
        header = bands.get(1, [])
        headed = not _crosses(header, x) and any(before < b[0] and b[2] < x for b in header) \
            and any(x < b[0] and b[2] < after for b in header)
        borders += [(x, upper, lower) for k, (upper, lower) in enumerate(zip(tops, tops[1:]), start=1)
                    if not _crosses(bands.get(k, []), x) or headed and k > 1 and _two_cells(bands[k], x)]
    return borders


def header_span_rules(char_boxes: list[Box], rule_tops: Sequence[float], left: float, right: float,
                      gutters: list[float]) -> list[tuple[float, float, float]]:
    """(x0, x1, y) of the rule a header ruled only at its foot leaves out under a heading that spans columns ("Đơn
    vị thực hiện" over "Chủ trì" | "Phối hợp" in one band): from the gutters either side of the heading, between
    its line and the headings under it, so that the columns under it are cells of their own."""
    header = _bands(char_boxes, sorted(rule_tops)).get(1, [])
    found = []
    for x in gutters:
        line, under = _lines_under(header, x)
        below = [b for row in under for b in row]
        if not (any(b[2] < x for b in below) and any(b[0] > x for b in below)):
            continue
        # the heading: the characters of its line no farther apart than a word space
        heading, run = [], []
        for b in sorted(line):
            if run and b[0] - run[-1][2] >= 2 * _MIN_GUTTER:
                run = []
            run.append(b)
            if run[0][0] <= x + 2 * _MIN_GUTTER and b[2] >= x - 2 * _MIN_GUTTER:
                heading = run
        if not heading:
            continue
        start, end = heading[0][0], max(b[2] for b in heading)
        x0 = max((g for g in [left, *gutters] if g < start), default=left)
        x1 = min((g for g in [*gutters, right] if g > end), default=right)
        found.append((x0, x1, (max(b[3] for b in line) + min(b[1] for b in below)) / 2))
    return list(dict.fromkeys(found))


def _text_lines(band: list, box: Callable = lambda b: b) -> list[list]:
    """A band's characters as lines, top to bottom, by their middles (``box``: an item's box, for items that carry
    more than their box)."""
    lines: list[list] = []
    for item in sorted(band, key=lambda b: (box(b)[1] + box(b)[3]) / 2):
        if lines and (box(item)[1] + box(item)[3]) / 2 - (box(lines[-1][0])[1] + box(lines[-1][0])[3]) / 2 <= _LINE_STEP:
            lines[-1].append(item)
        else:
            lines.append([item])
    return lines


def _strips_under_titles(header: list[Box], body: list[Box], left: float, right: float,
                         found: list[tuple[float, float]]) -> list[float]:
    """A table ruled only round its header, all its rows in one band under it: the middles of the strips that every
    line of the body leaves white but a few that run across them (a group row's title from the number column into the
    task's: "Nhóm 1: Thể chế, chính sách"), where the header names a column either side of the strip ("STT" |
    "Nhiệm vụ"). A cell's line wraps inside its column, so only a row spanning columns crosses a border."""
    lines = _text_lines(body)
    if len(lines) < 2 * _MIN_RULES:
        return []
    crossers = max(1, len(lines) // 5)  # a group row every few tasks at most
    step = 0.5
    inked = np.zeros(int((right - left) / step) + 1, dtype=int)  # per half point: how many lines have ink there
    for line in lines:
        ink = np.zeros_like(inked, dtype=bool)
        for x0, _, x1, _ in line:
            ink[max(0, int((x0 - left) / step)):max(0, int((x1 - left) / step) + 1)] = True
        inked += ink
    kept: list[float] = []
    first, last = np.flatnonzero(inked)[[0, -1]]
    white = np.flatnonzero(inked[first:last + 1] <= crossers) + first
    for run in np.split(white, np.flatnonzero(np.diff(white) > 1) + 1):
        a, b = left + run[0] * step, left + (run[-1] + 1) * step
        x = (a + b) / 2
        if len(run) * step < _MIN_GUTTER or any(c < b and a < d for c, d in found):  # a gutter every line leaves
            continue
        if not any(_crosses(line, x) for line in lines):
            continue
        before = max((g for g in [left, *((c + d) / 2 for c, d in found)] if g < x), default=left)
        after = min((g for g in [*((c + d) / 2 for c, d in found), right] if g > x), default=right)
        if (not _crosses(header, x) and any(before < h[0] and h[2] < x for h in header)
                and any(x < h[0] and h[2] < after for h in header)):
            kept.append(x)
    return kept


def _lines_under(band: list[Box], x: float) -> tuple[list[Box], list[list[Box]]]:
    """The lowest line of a band's text that runs across ``x``, and the lines under it (none crossing: [], [])."""
    lines = _text_lines(band)
    crossing = [k for k, line in enumerate(lines) if _crosses(line, x)]
    return (lines[crossing[-1]], lines[crossing[-1] + 1:]) if crossing else ([], [])


def rules_to_gutters(rows: list[dict], char_boxes: list[Box], left: float, right: float,
                     gutters: list[float]) -> list[dict]:
    """The rules between a half-ruled table's rows, a rule broken where a cell merged down over rows stops it
    ("Sở Tư pháp" printed once for three tasks) reaching the nearest gutter: a broken rule ends at the cell's drawn
    border, which lies off the middle of the gutter the column borders stand at, and a rule that meets no border
    would merge the next column's cells too. Reached over white only (no character between its end and the gutter
    in the rows either side of it)."""
    tops = sorted({e["top"] for e in rows})
    reached = []
    for edge in rows:
        x0, x1 = edge["x0"], edge["x1"]
        k = bisect.bisect_left(tops, edge["top"])
        near = [b for b in char_boxes if tops[max(0, k - 1)] < (b[1] + b[3]) / 2 < tops[min(len(tops) - 1, k + 1)]]
        for end in (x0, x1):
            if not left + _SNAP < end < right - _SNAP or not gutters:
                continue
            gutter = min(gutters, key=lambda g: abs(g - end))
            low, high = min(gutter, end), max(gutter, end)
            if not any(b[0] < high and b[2] > low for b in near):
                x0, x1 = (min(x0, gutter), x1) if end == edge["x0"] else (x0, max(x1, gutter))
        reached.append(edge if (x0, x1) == (edge["x0"], edge["x1"]) else dict(edge, x0=x0, x1=x1, width=x1 - x0))
    return reached


def _bands(char_boxes: list[Box], tops: list[float]) -> dict[int, list[Box]]:
    """The characters between each two rules (``tops`` sorted), by their middles: a capital's stacked tone marks
    can reach above its row's rule."""
    bands: dict[int, list[Box]] = {}
    for box in char_boxes:
        bands.setdefault(bisect.bisect(tops, (box[1] + box[3]) / 2), []).append(box)
    return bands


def _two_cells(band: list[Box], x: float) -> bool:
    """Whether a row of several lines leaves at least a gutter's white at ``x`` (``_crosses`` tells it crossed
    where words come within a word space of it)."""
    before = max((b[2] for b in band if b[2] <= x), default=-math.inf)
    after = min((b[0] for b in band if b[0] >= x), default=math.inf)
    return after - before >= _MIN_GUTTER and not any(b[0] < x < b[2] for b in band) and len(_text_lines(band)) > 1


def _crosses(band: list[Box], x: float) -> bool:
    """Whether a line of text runs across ``x``: a character over it, or one each side no farther apart than a word
    space."""
    before = max((b[2] for b in band if b[2] <= x), default=None)
    after = min((b[0] for b in band if b[0] >= x), default=None)
    return (any(b[0] < x < b[2] for b in band)
            or (before is not None and after is not None and after - before < 2 * _MIN_GUTTER))


def _white_strips(char_boxes: list[Box], left: float, right: float) -> list[tuple[float, float]]:
    """The vertical strips between ``left`` and ``right`` that no character touches, at least _MIN_GUTTER wide."""
    if not char_boxes:
        return []
    step = 0.5
    bins = int((right - left) / step) + 1
    ink = [False] * bins
    for x0, _, x1, _ in char_boxes:
        for i in range(max(0, int((x0 - left) / step)), min(bins, int((x1 - left) / step) + 1)):
            ink[i] = True
    first = next((i for i, v in enumerate(ink) if v), None)
    if first is None:
        return []
    last = next(i for i in range(bins - 1, -1, -1) if ink[i])
    found, start = [], None
    for i in range(first, last + 1):
        if not ink[i] and start is None:
            start = i
        elif ink[i] and start is not None:
            if (i - start) * step >= _MIN_GUTTER:
                found.append((left + start * step, left + i * step))
            start = None
    return found


def shaded_row_edges(edges: list[dict], char_boxes: list[Box]) -> list[dict]:
    """The column borders of the rows left white in a table told apart by shading alone (no rule: the header and every
    other row shaded): a shaded row's cells give their four sides, the white row between two shaded ones none. Its
    borders continue theirs: a vertical across the gap between two cells' sides at one place where shaded rows bound
    the gap above and below, and the rows' text does not run across it (text between two tables, a title spanning
    columns does). Under the last shaded row, the lines that go on in its columns up to a wider gap (its last row, left
    white) get its columns' borders and a rule under them; a line after a gap of one or two blank lines goes on in the
    row where it starts in a column but the first where a line of the row starts (a blank paragraph in its cell)."""
    ground = [e for e in edges if e.get("ground")]
    if not ground:
        return []
    across = [e for e in ground if e["orientation"] == "h"]
    spans: dict[int, list[tuple[float, float, float]]] = {}
    for e in ground:
        if e["orientation"] == "v":
            spans.setdefault(round(e["x0"] / _SNAP), []).append((e["top"], e["bottom"], e["x0"]))

    def ruled(y: float, x: float) -> bool:
        return any(abs(e["top"] - y) <= _SNAP and e["x0"] - _SNAP <= x <= e["x1"] + _SNAP for e in across)

    def crossed(x: float, upper: float, lower: float) -> bool:
        return any(b[0] < x - 1 and b[2] > x + 1 and upper < (b[1] + b[3]) / 2 < lower for b in char_boxes)

    def edge(x: float, upper: float, lower: float) -> dict:
        return {"object_type": "line_edge", "x0": x, "x1": x, "top": upper, "bottom": lower, "width": 0,
                "height": lower - upper, "orientation": "v"}

    added: list[dict] = []
    ends: dict[int, list[float]] = {}  # the lowest shaded bottom -> the places of the borders ending there
    for pieces in spans.values():
        pieces.sort()
        for (_, bottom, x), (top, _, _) in zip(pieces, pieces[1:]):
            if not (top - bottom > _SNAP and ruled(bottom, x) and ruled(top, x)):
                continue
            # row by row: a shaded title row spanning columns on the way keeps its span where its text crosses
            cuts = sorted({bottom, top, *(e["top"] for e in across if bottom < e["top"] < top and ruled(e["top"], x))})
            added += [edge(x, upper, lower) for upper, lower in zip(cuts, cuts[1:])
                      if lower - upper > _SNAP and not crossed(x, upper, lower)]
        ends.setdefault(round(max(p[1] for p in pieces) / _SNAP), []).append(pieces[-1][2])
    for key, xs in ends.items():
        bottom, left, right = key * _SNAP, min(xs), max(xs)
        if len(xs) < 3:
            continue
        lines = _text_lines([b for b in char_boxes if left <= b[0] and b[2] <= right and (b[1] + b[3]) / 2 > bottom])
        height = float(np.median([b[3] - b[1] for line in lines for b in line])) if lines else 0.0
        last = bottom
        borders = sorted(xs)
        starts: set[tuple[int, float]] = set()  # (column, left) of the lines' pieces taken into the last row

        def pieces(line: list[Box]) -> dict[int, float]:
            found: dict[int, float] = {}
            for b in line:
                k = bisect.bisect(borders, b[0]) - 1
                found[k] = min(found.get(k, b[0]), b[0])
            return found

        for line in lines:
            # a line across a border (a character over it, or two either side a word space apart: "Ghi c|hú") is
            # text under the table, no cell's
            if any(crossed(x, last, max(b[3] for b in line) + 1) or _crosses(line, x) for x in xs):
                break
            gap = min(b[1] for b in line) - last
            # a blank paragraph inside a cell: the line after it goes on in a column but the first (the text under
            # the table starts at the first column's left), where a line of the row above starts
            if gap > height and not (gap <= 4 * height and starts and all(
                    k > 0 and any(c == k and abs(x - left_x) <= 1.0 for c, left_x in starts)
                    for k, x in pieces(line).items())):
                break
            starts |= set(pieces(line).items())
            last = max(b[3] for b in line)
        if last > bottom:
            last += _SNAP
            added += [edge(x, bottom, last) for x in xs]
            added.append({"object_type": "line_edge", "x0": left, "x1": right, "top": last, "bottom": last,
                          "width": right - left, "height": 0, "orientation": "h"})
    return added


def _rules_across(edges: list[dict], table: Box, least: int = 3, most: int = _FEW_RULES) -> list[float] | None:
    """The heights of the rules across a table's width, where it is ruled between its columns only: a few rules (from
    ``least`` to ``most``), and no other horizontal rule inside it (a table whose rows are ruled but for a column merged
    down over them is not)."""
    left, top, right, bottom = table
    inside = [e for e in edges if e["orientation"] == "h" and e["x1"] > left + _SNAP and e["x0"] < right - _SNAP
              and top - _SNAP <= e["top"] <= bottom + _SNAP]
    across = sorted({round(e["top"] / _SNAP) * _SNAP for e in inside if e["x0"] <= left + _SNAP and e["x1"] >= right - _SNAP})
    if not least <= len(across) <= most or len({round(e["top"] / _SNAP) for e in inside}) > len(across) + 1:
        return None
    return across


def near_groups(values: Sequence[float], tolerance: float = _RULE_WIDTHS) -> list[list[float]]:
    """``values`` grouped where each is within ``tolerance`` of the one before, in order: the ends and places of one
    table's rules, which its outer borders' width sets apart from its inner rules' (LibreOffice: ~0.5 pt), or the cell
    edges of one column boundary (parsers/pdf.py)."""
    groups: list[list[float]] = []
    for v in sorted(values):
        if groups and v - groups[-1][-1] <= tolerance:
            groups[-1].append(v)
        else:
            groups.append([v])
    return groups


_PAIRWISE_FROM = 8  # values: numpy's sum adds fewer than this in order, more by pairs of blocks


def mean_of(values: Sequence[float]) -> float:
    """``float(np.mean(values))`` to the last bit, without numpy's ~10 µs a call on a short list (a table's column
    rules are grouped row by row on a ruled page: thousands of calls): under eight values numpy adds them one after
    another from zero, as ``sum`` does; from eight on it adds in blocks, and numpy is asked."""
    if len(values) < _PAIRWISE_FROM:
        return sum(values) / len(values)
    return float(np.mean(values))


def column_places(edges: list[dict], table: Box) -> list[float]:
    """The places of the vertical rules down a table, left to right (one for rules a border's width apart)."""
    left, top, right, bottom = table
    places = [e["x0"] for e in edges if e["orientation"] == "v" and left - _SNAP <= e["x0"] <= right + _SNAP
              and e["top"] < bottom and e["bottom"] > top]
    return [mean_of(g) for g in near_groups(places)]


def same_places(these: Sequence[float], those: Sequence[float]) -> bool:
    """Whether two tables' column rules stand at the same places (a table going on from the page before)."""
    return len(these) == len(those) and all(abs(a - b) <= _RULE_WIDTHS for a, b in zip(these, those))


def column_ruled_ends(edges: list[dict], char_boxes: Callable[[], list[Box]],
                      before: Sequence[float] | None = None) -> list[dict]:
    """The rules a table ruled between its columns only would have round its rows where a page break cuts it: the
    rule under the rows of the page it runs off is on a later page, and where its header is not printed again the next
    page opens with no rule over its rows, so no band of rows is closed and no row of it is read. Its columns' rules
    (three at least, ends within a border's width: ``near_groups``) end at one height with no rule across there nor below,
    nothing but a line (the page's number) under them, and rules across them above (the header's) or the same columns
    as the table that ran off the page before (``before``: their places, left to right): a rule across at their foot.
    They open the page (nothing but a running line over them) with no rule across at their top and the columns of
    ``before``: a rule across there."""
    vertical = [e for e in edges if e["orientation"] == "v"]
    horizontal = [e for e in edges if e["orientation"] == "h"]
    added: list[dict] = []
    # a ruled grid's verticals end at every row: each row's rules are a group, so each step is done once a row, over
    # what the step before kept (done over every edge of the page, this was quadratic in the rows)
    for feet in near_groups([e["bottom"] for e in vertical]):
        ending = [e for e in vertical if feet[0] <= e["bottom"] <= feet[-1]]
        for heads in near_groups([e["top"] for e in ending]):
            group = [e for e in ending if heads[0] <= e["top"] <= heads[-1]]
            places = near_groups([e["x0"] for e in group])
            if len(places) < 3:
                continue
            xs = [mean_of(g) for g in places]
            left, right = min(e["x0"] for e in group), max(e["x0"] for e in group)
            top, bottom = min(e["top"] for e in group), max(e["bottom"] for e in group)
            across = [e["top"] for e in horizontal if e["x0"] <= left + _SNAP and e["x1"] >= right - _SNAP]
            same = before is not None and same_places(xs, before)
            heights = []
            if not any(y > bottom - _LINE_STEP for y in across) and (same or sum(y >= top - _SNAP for y in across) >= 2) \
                    and ends_page((left, top, right, bottom), char_boxes(), edges):
                heights.append(bottom)
            if same and not any(abs(y - top) <= _SNAP for y in across) \
                    and _one_line_at_most([b for b in char_boxes() if (b[1] + b[3]) / 2 < top]):
                heights.append(top)
            added += [{"object_type": "line_edge", "x0": left, "x1": right, "top": y, "bottom": y,
                       "width": right - left, "height": 0, "orientation": "h"} for y in heights]
    return added


def rows_between_column_rules(edges: list[dict], char_boxes: Callable[[], list[Box]], table: Box,
                              chars: Callable[[], str], rest_first: bool = False, runs_off: bool = False,
                              centred_before: bool | None = None
                              ) -> tuple[list[float], list[tuple[float, float, bool]], bool | None]:
    """Where rows start in a table ruled between its columns but not between its rows (rules above and below the
    header and under the last row, verticals down every column): all its rows share one band, which a grid finder
    reads as one row. Only where the table has no rule between body rows (``_rules_across``: a grid ruled round each
    of its one or two rows has as many rules) and its first column is narrow: a row opens at each line of the first
    column, in the band under the header, that reads as a row's number (``chars()``, one character for each box of
    ``char_boxes()``, both read only for such a table: a figure, "1.2", a Roman numeral or a letter), two such lines
    at least, the first opening the band (a first column of words wraps: "Lĩnh vực" / "Giáo dục và" / "Đào tạo" is
    no row's start). Each row's number on its first line, level with the other columns' first lines: a cut that runs
    through another column's line (a number centred down its row) or a band whose text starts above its first number
    leaves the band unsplit, unless each number stands half-way down its row and the lines prove where each row ends
    (``_centred_row_cuts``). Each band between two rules across is read so (two tables printed one under the other: a
    double rule between two bands of rows). ``rest_first``: the table goes on from the page before, whose table of the
    same column rules ran off its foot (``column_ruled_ends``): lines over the first body band's first number, none of
    them in the number column, may be the rest of the row the page break cut, a row of their own (joined to that row
    with the pages: parsers/common.py) where the lines prove it (``_rest_rows``). ``runs_off``: the table runs off the
    page's foot (its rule there added by ``column_ruled_ends``): its last band's last row is cut. ``centred_before``:
    how the rows of the page before were read (the third value returned: numbers centred down their rows, on their
    rows' first lines, or None: not read so), which the rest's reading must keep.

    Also the spans (top, bottom, whether the row's number is sure) of the rows whose cells cannot be told apart for
    sure, their cells but the widest column's to be left empty with a warning, never a merged value: such a band left
    unsplit (its number cell holds several numbers), and a row in which another column's text starts below the row's
    number (an unnumbered sub-row's bodies and deadline under a numbered heading row: "2 | … gồm: | ∅" / "∅ | - … |
    Sở Nội vụ | … | Quý III/2026": dashed lines level with a wrapped cell's lines prove no sub-rows)."""
    left, top, right, bottom = table
    inner = sorted(e["x0"] for e in edges if e["orientation"] == "v" and left + _SNAP < e["x0"] < right - _SNAP
                   and e["top"] < bottom and e["bottom"] > top)
    # a table going on from the page before with no header printed again: its top and bottom rules only; one cut by a
    # page break (proven by its column rules: ``column_ruled_ends``) may hold a second header's rules, the table going
    # on under its header printed again (a grid ruled between its rows closes each row: no page break proven)
    most = _FEW_RULES + 1 if rest_first or runs_off else _FEW_RULES
    if not (across := _rules_across(edges, table, 2 if rest_first else 3, most)) or not inner:
        # a table running off the page is ruled between its columns only: its bands, not read so, hold several rows
        return [], [(top, bottom, False)] if runs_off and inner else [], None
    first = inner[0]
    if first - left > _NUMBER_COLUMN * (right - left):
        return [], [], None
    # each band between two rules across: the rows' band under the header, and another under a rule across it (two
    # tables printed one under the other as one); a header's band opens with no number and is left whole
    boxes, text = char_boxes(), chars()
    cuts: list[float] = []
    doubtful: list[tuple[float, float, bool]] = []
    centred: bool | None = None
    for upper, lower in zip(across, across[1:]):
        band = [(box, char) for box, char in zip(boxes, text)
                if left <= box[0] and box[2] <= right and upper < (box[1] + box[3]) / 2 < lower]
        # the rest of a row cut by the page break opens the first band of rows (a header's holds no number: no cut)
        more, unsure, centred = _band_rows(band, first, [*inner, right], upper, lower, rest_first and not cuts,
                                           runs_off and lower == across[-1], centred_before)
        cuts += more
        doubtful += unsure
    return cuts, doubtful, centred


def _band_rows(band: list[tuple[Box, str]], first: float, borders: list[float], upper: float,
               lower: float, rest: bool = False, runs_off: bool = False, centred_before: bool | None = None
               ) -> tuple[list[float], list[tuple[float, float, bool]], bool | None]:
    """``rows_between_column_rules`` in one band between two rules across the table: the cuts between its rows and
    the spans of rows it cannot part for sure. ``rest``: the band may open with the rest of a row the page break cut
    (``_rest_rows``); ``runs_off``: its last row is cut by the page break (``_centred_row_cuts``). Also whether the
    rows were read with their numbers centred down them (True), on their first lines (False), or neither (None)."""
    column = [(box, char) for box, char in band if box[2] <= first]
    others = [box for box, _ in band if box[0] >= first]
    if not others:
        return [], [], None
    if not column:
        # no number in the band: a row of a grid ruled round each row (a rule across above and below it), a row going
        # on from the page before, or unnumbered rows the base reading leaves as one (dashed lines level with a
        # wrapped cell's lines prove no sub-rows: s43 review), never cut on a guess
        return [], [], None
    # a space's box is flat on the baseline, a period's low: their tops are no line's
    tall = float(np.median([box[3] - box[1] for box, _ in column])) / 2
    tops: list[float] = []  # the tops of the first column's lines
    for y in sorted(box[1] for box, _ in column if box[3] - box[1] >= tall):
        if not tops or y - tops[-1] > _LINE_STEP:
            tops.append(y)
    if not tops:
        return [], [], None
    lines: list[list[tuple[Box, str]]] = [[] for _ in tops]
    for box, char in column:  # each character on the last line whose top is above its middle
        lines[max(0, bisect.bisect(tops, (box[1] + box[3]) / 2) - 1)].append((box, char))
    numbered = [k for k, line in enumerate(lines)
                if _ROW_NUMBER.fullmatch("".join(c for _, c in sorted(line, key=lambda item: item[0][0])).strip())]
    unsplit = [(upper, lower, False)]  # several rows' numbers in one band that cannot be cut for sure
    # a band opening with a whole row (every column's cell opening on its first line: an unnumbered sub-row
    # "∅ | Nhóm việc: … | Sở Tư pháp | Thanh tra tỉnh | Quý I/2027") opens with no rest, whatever the page before
    # (s46 review: such a sub-row was glued onto the task before the page break, two leads and two deadlines)
    if rest and numbered and any(_middle(b) < tops[0] - 1 for b in others) and not _opens_whole(band, borders):
        found = numbered[0] == 0 and _rest_rows(band, lines, numbered, tops, others, borders, upper, lower, runs_off,
                                                centred_before)
        return found or ([], unsplit, None)
    if len(numbered) < 2 or numbered[0] != 0:  # a column of words wrapped to pieces ("Thá" / "ng 12/" / "202" / "6")
        return [], [], None
    centred = len(numbered) == len(lines) and _centred_row_cuts([lines[k] for k in numbered], others, runs_off=runs_off)
    # the first number on the band's first line: a number set lower (centred down its row) cuts rows mid-way, unless
    # the rows' lines prove where each row ends (``_centred_row_cuts``)
    if _line_middle(lines[0]) - min(_middle(b) for b in others) > _LINE_STEP:
        return (centred, [], True) if centred else ([], unsplit, None)
    found = _top_aligned_rows(band, lines, numbered, tops, others, borders, upper, lower)
    if found is None:
        return (centred, [], True) if centred else ([], unsplit, None)
    return (*found, False)


def _middle(box: Box) -> float:
    return (box[1] + box[3]) / 2


def _line_middle(line: list[tuple[Box, str]]) -> float:
    return float(np.median([_middle(b) for b, _ in line]))


def _crossed(others: list[Box], y: float) -> bool:
    """Whether a line of ``others`` runs across the height ``y`` (no gap between lines in every column there)."""
    return any(b[1] + (b[3] - b[1]) / 3 < y < b[3] - (b[3] - b[1]) / 3 for b in others)


def _top_aligned_rows(band: list[tuple[Box, str]], lines: list[list[tuple[Box, str]]], numbered: list[int],
                      tops: list[float], others: list[Box], borders: list[float], upper: float, lower: float
                      ) -> tuple[list[float], list[tuple[float, float, bool]]] | None:
    """The band's rows where each opens on its number's line (a cut over each number but the first), and the rows
    that hold more than one row's cells (doubtful); None where a cut would run through another column's line."""
    cuts = []
    for k in numbered[1:]:
        y = tops[k] - 1
        if _crossed(others, y):  # a gap between lines in every column: no other column's line runs across the cut
            return None
        cuts.append(y)
    # each row's cells open on its number's line, else the row holds unnumbered rows (or a cell set lower beside a
    # task's dashed parts): left unread
    doubtful: list[tuple[float, float, bool]] = []
    for k, row_top, row_bottom in zip(numbered, [upper, *cuts], [*cuts, lower]):
        level = _line_middle(lines[k])
        cells = [[b for b in others if x0 - _SNAP <= b[0] and b[2] <= x1 + _SNAP and row_top < _middle(b) < row_bottom]
                 for x0, x1 in zip(borders, borders[1:])]
        # unnumbered sub-rows, or one cell set lower (centred, at the foot) beside a task listing dashed parts, a
        # wrapped cell's lines level with them: nothing parts them for sure (s43 review), unread
        task = max(range(len(cells)), key=lambda j: borders[j + 1] - borders[j])  # the widest column: the task's
        wording = [(b, c) for b, c in band if borders[task] - _SNAP <= b[0] and b[2] <= borders[task + 1] + _SNAP
                   and row_top < _middle(b) < row_bottom]
        if any(cell and min(_middle(b) for b in cell) - level > _LINE_STEP for cell in cells) \
                or _opened_after_gaps(cells, task, _wrapped_feet(wording, borders[task], borders[task + 1])):
            doubtful.append((row_top, row_bottom, True))
    return cuts, doubtful


def _opens_whole(band: list[tuple[Box, str]], borders: list[float]) -> bool:
    """Whether every column between ``borders`` holds text opening on the band's first line, none of it in small
    letters: a whole row opens the band. A row's rest the page break carried over goes on in its longer cells (a row
    cut after its first line: in all of them), a word cut mid-sentence ("điện tử của học sinh", "trì, phối hợp")."""
    others = [(b, c) for b, c in band if b[0] >= borders[0]]
    top = min(_middle(b) for b, _ in others)
    for x0, x1 in zip(borders, borders[1:]):
        cell = [(b, c) for b, c in others if x0 - _SNAP <= b[0] and b[2] <= x1 + _SNAP]
        if not cell or min(_middle(b) for b, _ in cell) - top > _LINE_STEP:
            return False
        opening = sorted((b[0], c) for b, c in cell if _middle(b) - top <= _LINE_STEP and c.strip())
        if opening and next((c for _, c in opening if c.isalpha()), "").islower():
            return False
    return True


def _open_together(others: list[Box], borders: list[float], cuts: list[float]) -> bool:
    """Whether in each row between ``cuts`` every cell but the number's that holds text opens on one line: the cells
    of a row begin at its top (a reading that parts a row mid-way gives one of its parts cells opening lower)."""
    for upper, lower in zip(cuts, cuts[1:]):
        opens = [min(_middle(b) for b in cell) for x0, x1 in zip(borders, borders[1:])
                 if (cell := [b for b in others if x0 - _SNAP <= b[0] and b[2] <= x1 + _SNAP and upper < _middle(b) < lower])]
        if opens and max(opens) - min(opens) > _LINE_STEP:
            return False
    return True


def _rest_rows(band: list[tuple[Box, str]], lines: list[list[tuple[Box, str]]], numbered: list[int],
               tops: list[float], others: list[Box], borders: list[float], upper: float, lower: float,
               runs_off: bool = False, centred_before: bool | None = None
               ) -> tuple[list[float], list[tuple[float, float, bool]], bool | None] | None:
    """The rows of a band that opens a page under the same column rules as a table that ran off the page before,
    other columns' lines standing over its first number (none in the number column): the rest of the row the page
    break cut (a row of its own, joined back to that row with the pages: parsers/common.py), or the first row's own
    lines over a number centred down it. Each reading the lines prove is tried: numbers on their rows' first lines
    (the rest over the first number, every row's cells opening level with its number), numbers centred from the
    band's first line (no rest), or centred under a rest of the first lines (``_centred_row_cuts``). One reading,
    or several that part the lines alike: its cuts; readings that part them otherwise, or none: None (the band is
    left unsplit, its fields unread: never one row's cells given to another). Where the page before's rows were read
    with their numbers centred (``centred_before``), its rows' own reading is the only one kept: every cell set
    centred down its row reads as well with the rest over the first number."""
    numbers = [lines[k] for k in numbered]
    readings: list[tuple[list[float], bool]] = []
    y = tops[0] - 1
    if not _crossed(others, y) and centred_before is not True:
        found = _top_aligned_rows(band, lines, numbered, tops, [b for b in others if _middle(b) > y], borders, y, lower)
        if found is not None and not found[1] and _open_together(others, borders, [y, *found[0], lower]):
            readings.append(([y, *found[0]], False))
    if len(numbered) == len(lines) and centred_before is not False:
        for cut in _rest_heights(others, numbers[0], upper):
            if cut > upper and _crossed(others, cut):
                continue
            centred = _centred_row_cuts(numbers, [b for b in others if _middle(b) > cut], True, runs_off)
            if centred is not None and _open_together(others, borders, [cut, *centred, lower]):
                readings.append((([cut] if cut > upper else []) + centred, True))
    parts = {tuple(sum(_middle(b) < y for b in others) for y in cuts) for cuts, _ in readings}
    if len(parts) != 1:
        return None
    modes = {mode for _, mode in readings}
    return readings[0][0], [], modes.pop() if len(modes) == 1 else None


def _wrapped_feet(wording: list[tuple[Box, str]], left: float, right: float) -> list[float]:
    """The feet of a task cell's lines that are proven to run on from the line above (a wrapped paragraph, not a
    wording of its own): the line opens with a small letter and its first word would not have fit at the end of the
    line above (the room from that line's end to the column's right rule less the cell's padding, taken as the
    left's: the text's start off the left rule)."""
    if not wording:
        return []
    feet = _line_feet(_tall([b for b, _ in wording]))
    padding = max(0.0, min(b[0] for b, _ in wording) - left)
    lines = [sorted(((b, c) for b, c in wording if abs(b[3] - y) <= _LINE_STEP and c.strip()), key=lambda i: i[0][0])
             for y in feet]
    wrapped = []
    for y, above, line in zip(feet[1:], lines, lines[1:]):
        if not above or not line or not line[0][1].islower():
            continue
        height = max(b[3] - b[1] for b, _ in line)
        end = line[0][0][2]
        for (b, _), (nb, _) in zip(line, line[1:]):  # the first word: up to the first space (a gap of a quarter em)
            if nb[0] - b[2] > height / 4:
                break
            end = nb[2]
        space = height / 4
        if end - line[0][0][0] + space > right - padding - max(b[2] for b, _ in above):
            wrapped.append(y)
    return wrapped


def _opened_after_gaps(cells: list[list[Box]], task: int, wrapped: list[float] = ()) -> bool:
    """Whether two of a numbered row's cells or more go on after an empty line, at one height where the task's column
    (``task``: the widest) opens a line too: an unnumbered row under the numbered one (its cells open together under
    the numbered row's shorter cells, the task's lines running on with no gap, an unnumbered row has its own task
    text); the print cannot tell it from cells holding empty lines, so the row is read only with a warning, never as
    one task holding both rows' bodies. A wrapped cell has no empty line; paragraphs spaced apart in a cell leave less
    than a line; empty lines at one height in the other cells beside a task that has ended above them, or whose line
    there is proven to run on from the line above (``wrapped``: ``_wrapped_feet``), are the row's own (s45 review: a
    lead "Sở Y tế / (empty) / Sở Nội vụ" beside a deadline "Quý I / (empty) / Quý III"), read."""
    feet = [_line_feet(_tall(cell)) if cell else [] for cell in cells]
    steps = [b - a for column in feet for a, b in zip(column, column[1:])]
    if not steps:
        return False
    pitch = min(steps)  # the band's line pitch: the closest two lines of one cell
    after = [b for column in feet for a, b in zip(column, column[1:]) if b - a > 1.8 * pitch]
    starts = [line for line in feet[task] if not any(abs(line - y) <= _LINE_STEP for y in wrapped)]
    return any(sum(abs(y - other) <= _LINE_STEP for other in after) >= 2
               and any(abs(y - line) <= _LINE_STEP for line in starts) for y in after)


def _line_feet(boxes: list[Box]) -> list[float]:
    """The heights of a cell's lines, by the feet of their letters (a capital's stacked tone marks raise its top by
    more than a descender lowers a foot), top to bottom."""
    feet: list[float] = []
    for y in sorted(b[3] for b in boxes):
        if not feet or y - feet[-1] > _LINE_STEP:
            feet.append(y)
    return feet


def _tall(boxes: list[Box]) -> list[Box]:
    """The boxes that mark a line: a space's box is flat on the baseline, a period's or a comma's low."""
    tall = float(np.median([b[3] - b[1] for b in boxes])) / 2 if boxes else 0.0
    return [b for b in boxes if b[3] - b[1] >= tall]


def _baseline(line: list[tuple[Box, str]]) -> float:
    """Where a line's letters stand: the most common bottom (a descender's or a comma's is lower)."""
    return float(np.median([b[3] for b, _ in line]))


def _line_bases(others: list[Box]) -> list[float]:
    """The baselines of the lines of ``others`` (several columns'), top to bottom: one for lines level across columns."""
    bases: list[float] = []
    for base in sorted(_baseline(line) for line in _text_lines([(b, "") for b in _tall(others)], lambda item: item[0])):
        if not bases or base - bases[-1] > _SNAP:
            bases.append(base)
    return bases


def _rest_heights(others: list[Box], first_number: list[tuple[Box, str]], upper: float) -> list[float]:
    """Where a row's rest over a band's first number may end: the band's top (no rest), or under any line of the other
    columns over that number."""
    bases = _line_bases(others)
    return [upper] + [b + 0.3 * (a - b) for b, a in zip(bases, bases[1:]) if a <= _baseline(first_number) + _SNAP]


def _centred_row_cuts(numbers: list[list[tuple[Box, str]]], others: list[Box], alone: bool = False,
                      runs_off: bool = False) -> list[float] | None:
    """The cuts between rows whose numbers are centred down them (a cell set "centre" in Word): each number stands
    half-way between its row's first and last lines, so from the band's first line each row's last line is worked
    out in turn (twice the number's baseline less the first line's), the next row opening on the next line. Only
    where every worked-out last line is a line of the other columns, each number inside its row, and the last row
    ends on the band's last line: the lines prove the rows; else None (the band is left unsplit, unread). A band of one
    row proves nothing (None), unless ``alone`` (its rows' reading weighed against another: no cut). ``runs_off``: the
    band runs off the page's foot, its last row cut by the page break (its number, at its first line or lower, is
    centred down no whole row): its end is no proof, so the centring must be proven otherwise, by a number of the
    rows before standing between two lines of the other columns (half a line lower than a line: only a number
    centred down a row of an even count of lines stands so). A number on its row's first line stands level with a
    line; numbers on their rows' first lines under an unnumbered row (a group's heading) chain as if centred, their
    rows one line off (s46 review: page 1's fields one task down, no warning): left unread."""
    bases = _line_bases(others)
    standing = [_baseline(line) for line in numbers]  # each number's baseline
    first, cuts = bases[0], []
    for k, step in enumerate(standing):
        last = 2 * step - first
        at = next((j for j, base in enumerate(bases) if abs(base - last) <= _SNAP), None)
        if k == len(standing) - 1 and runs_off and (at is None or at != len(bases) - 1):
            # the last row, cut by the page break, ends on no worked-out line: proven centred by a number between lines
            between = any(all(abs(base - level) > _SNAP for base in bases) for level in standing[:k])
            return cuts if step >= first - _SNAP and (cuts or alone) and between else None
        if at is None or step < first - _SNAP:
            return None
        if k == len(standing) - 1:
            return cuts if at == len(bases) - 1 and (cuts or alone) else None
        if at + 1 >= len(bases) or bases[at + 1] > standing[k + 1] + _SNAP:
            return None
        # under the last line's descenders, over the next line's capitals and marks
        y = bases[at] + 0.3 * (bases[at + 1] - bases[at])
        if any(b[1] + (b[3] - b[1]) / 3 < y < b[3] - (b[3] - b[1]) / 3 for b in others):
            return None
        cuts.append(y)
        first = bases[at + 1]
    return None


def sub_header_rules(edges: list[dict], table: Box) -> list[tuple[float, float, float]]:
    """(x0, x1, y) of the rules such a table leaves out under a parent heading ("Thời gian thực hiện" over "Năm 2026 |
    Năm 2027"): where vertical rules begin inside the header's band (above the band of the rows), a rule across the
    columns they divide, from the vertical on their left to the one on their right."""
    left, top, right, bottom = table
    if not (across := _rules_across(edges, table)):
        return []
    vertical = [e for e in edges if e["orientation"] == "v" and left - _SNAP <= e["x0"] <= right + _SNAP]
    found = []
    for y in sorted({round(e["top"] / _SNAP) * _SNAP for e in vertical}):
        if not across[0] + _SNAP < y < across[-2] - _SNAP or any(abs(y - a) <= _SNAP for a in across):
            continue
        starting = [e["x0"] for e in vertical if abs(e["top"] - y) <= _SNAP]
        through = [e["x0"] for e in vertical if e["top"] < y - _SNAP and e["bottom"] > y + _SNAP]
        before = [x for x in through if x < min(starting)]
        after = [x for x in through if x > max(starting)]
        if before and after:
            found.append((max(before), min(after), y))
    return found


def narrow_number_column(left: float, right: float, first_gutter: float) -> bool:
    """Whether a table's first column is narrow enough to hold only its rows' numbers (which do not wrap: its lines
    tell the rows apart)."""
    return first_gutter - left <= _NUMBER_COLUMN * (right - left)


def unruled_row_tops(char_boxes: list[Box], rule_tops: list[float], left: float, right: float,
                     first_gutter: float, rest_first: bool = False, by_white: bool = False,
                     runs_off: bool = False, centred_before: bool = False,
                     header_band: bool = False, second_gutter: float | None = None,
                     repeats: Sequence[tuple[float, float]] = ()) -> tuple[list[float], bool] | None:
    """Where rows start between two rules that hold several rows (a table ruled only around its header, so that
    all its rows share one band): at each line that opens the first column after the band's first line. Only
    where the first column is narrow, a column of row numbers (which do not wrap), so a wrapped task is one row, or
    in a table told by white (``by_white``: ``unruled_table_rules``, whose rows end at any words there but a row's
    number), where its lines are the rows' numbers alone under a header band of its own (its heading broken over
    lines, "ST" over "T", is no row).
    ``rest_first``: the table goes on from the page before, so lines over the band's first number (none in the first
    column: a row's rest the page break carried over) are a row of their own, to be joined to that row.
    Numbers centred down their rows (a cell set "centre" in Word: the first number lower than the band's first line)
    cut no row mid-way: the rows are where the lines prove them (``_centred_row_cuts``; ``runs_off``: the band runs
    off the page's foot), else None: no rows can be told (the caller reads no table there, never one row of several
    tasks). Under a rest, where the page before's rows were read centred (``centred_before``), the rows are the one
    centred reading the lines prove, else None (s57 review: a centred table's later pages read at the numbers gave each
    row its neighbour's lead). ``header_band``: the band under the first rule is the header's (``opens_with_heading``),
    whole whatever its first column's lines ("ST" over "T" in a 1 cm column). A band opening with a group's title
    with no label, merged across the columns after the number (``second_gutter``: the task column's right border,
    ``_title_over_rows``), is a row of its own over the numbered rows, no first row's top over its centred number.
    ``repeats``: the header printed again as rows (``header_repeats``), one row each ("ST" over "T" no two rows).
    Also whether the rows were read centred (for the table's next page)."""
    if not (by_white or narrow_number_column(left, right, first_gutter)):
        return [], False
    lines: list[float] = []  # the tops of the first column's lines
    column = [box for box in char_boxes if box[2] <= first_gutter]
    # a space's box is flat on the baseline, a period's low: their tops are no line's
    tall = float(np.median([box[3] - box[1] for box in column])) / 2 if column else 0.0
    for top in sorted(box[1] for box in column if box[3] - box[1] >= tall):
        if not lines or top - lines[-1] > _LINE_STEP:
            lines.append(top)
    lines = [top for top in lines if not any(first + _LINE_STEP < top <= last + _LINE_STEP for first, last in repeats)]
    rules = sorted(rule_tops)
    starts: list[float] = []
    read_centred = False
    for k, (upper, lower) in enumerate(zip(rules, rules[1:])):
        inside = [top for top in lines if upper < top < lower]
        # the first band under the header; a pair of rules alone holds no header (``continued_rule_pair``)
        # (a line over the first number by its middle: in small type a line's foot comes within a line step of the next)
        rest = rest_first and k == min(1, len(rules) - 2) and inside \
            and any(upper < b[1] and _middle(b) < inside[0] - _LINE_STEP for b in char_boxes)
        if (by_white or header_band) and k == 0 and len(rules) > 2:  # the header's band (a pair of rules holds a rest)
            continue
        if not rest and inside and second_gutter is not None \
                and _title_over_rows(char_boxes, inside[0], first_gutter, second_gutter, upper):
            starts.append(inside[0] - 1)
            upper = inside[0] - 1  # the rows under the title, read as any band's
        centred = _centred_band(column, char_boxes, inside, first_gutter, upper, lower,
                                bool(rest) and centred_before, runs_off and k == len(rules) - 2) \
            if (len(inside) > 1 and not rest) or (rest and centred_before) else False
        if centred is None:
            return None
        if centred is not False:
            starts += centred
            read_centred = True
            continue
        starts += [top - 1 for top in inside[0 if rest else 1:]]
        if second_gutter is not None:  # a title between two rows: a row of its own over the next
            starts += [title for before, number in zip(inside, inside[1:])
                       if (title := _title_between_rows(char_boxes, before, number, first_gutter, second_gutter))]
    return sorted(starts), read_centred


def _title_over_rows(char_boxes: list[Box], first_number: float, first_gutter: float, second_gutter: float,
                     upper: float) -> bool:
    """Whether the text between a band's top (``upper``) and its first number's line (at ``first_number``) is a
    group's title with no label: a line or two, none of it in the number column, the first running across the task
    column's right border (``second_gutter``): a cell merged over the columns, which no task cell's line does (a
    first row's top over its centred number stays in its columns)."""
    above = _tall([b for b in char_boxes if upper < _middle(b) < first_number])
    lines = _text_lines(above)
    return 0 < len(lines) < _TITLE_LINES and min(b[0] for b in above) >= first_gutter and _crosses(lines[0], second_gutter)


def _title_between_rows(char_boxes: list[Box], before: float, number: float, first_gutter: float,
                        second_gutter: float) -> float | None:
    """The top of a group's title with no label set between the row whose number's line is at ``before`` and the
    next (at ``number``): the last line over the next number, none of it in the number column, running across the
    task column's right border (``_title_over_rows``); None where there is none."""
    lines = _text_lines(_tall([b for b in char_boxes if before < b[1] and _middle(b) < number]))
    last = lines[-1] if len(lines) > 1 else []
    return min(b[1] for b in last) - 1 if last and min(b[0] for b in last) >= first_gutter \
        and _crosses(last, second_gutter) else None


def opens_with_heading(char_boxes: list[Box], chars: str, left: float, first_gutter: float, upper: float,
                       lower: float) -> bool:
    """Whether the first column's first line between two rules is a heading ("STT", "ST" of "ST" over "T"), not a
    row's number: the band is a header's."""
    column = sorted((box[1], box[0], ch) for box, ch in zip(char_boxes, chars)
                    if left <= box[0] and box[2] <= first_gutter and upper < _middle(box) < lower and not ch.isspace())
    first = "".join(ch for top, _, ch in column if top - column[0][0] <= _LINE_STEP) if column else ""
    return bool(first) and not _ROW_NUMBER.fullmatch(first)


def _centred_band(column: list[Box], char_boxes: list[Box], tops: list[float], first_gutter: float, upper: float,
                  lower: float, rest: bool, runs_off: bool) -> list[float] | bool | None:
    """``unruled_row_tops`` in a band whose first-column lines (at ``tops``) may be numbers centred down their rows:
    the cuts the lines prove; None where they may be so but prove no rows; False where the numbers stand on their
    rows' first lines. ``rest``: the band opens under a row's rest, its rows centred (``_rest_rows``)."""
    others = [b for b in char_boxes if b[0] >= first_gutter and upper < _middle(b) < lower]
    if not others:
        return False
    numbers = [[(b, "") for b in column if top - _SNAP <= b[1] and (k + 1 == len(tops) or b[1] < tops[k + 1] - _SNAP)
                and upper < _middle(b) < lower] for k, top in enumerate(tops)]
    if rest:  # the first lines a rest of the row the page break cut, or of the first row, over its centred number
        readings = [([cut] if cut > upper else []) + centred for cut in _rest_heights(others, numbers[0], upper)
                    if (centred := _centred_row_cuts(numbers, [b for b in others if _middle(b) > cut], True, runs_off))
                    is not None]
        parts = {tuple(sum(_middle(b) < y for b in others) for y in cuts) for cuts in readings}
        return readings[0] if len(parts) == 1 else None
    if min(_middle(b) for b, _ in numbers[0]) - min(_middle(b) for b in others) <= _LINE_STEP:
        return False  # the first number on the band's first line
    return _centred_row_cuts(numbers, others, runs_off=runs_off) or None


# ---------------------------------------------------------------------------------------------------
# Tables from the edges


class FoundTable:
    """A table the rules make, as pdfplumber's ``Table`` gives it: its cells (x0, top, x1, bottom) in pdfplumber's
    order, its box, and its rows (``rows``: each row's cells one per left edge any cell of the table has, None where
    no cell starts there, as pdfplumber's ``Table.rows``), each worked out once (pdfplumber's at each asking)."""

    __slots__ = ("cells", "bbox", "_rows", "doubtful", "between")

    def __init__(self, cells: list[Box]):
        self.cells = cells
        # (top, bottom, whether the number is sure) of rows whose cells cannot be told apart: rows_between_column_rules
        self.doubtful: list[tuple[float, float, bool]] = []
        # ruled between its columns only (rows found by their numbers, or cut by a page break): parsers/pdf.py
        self.between = False
        self.bbox = (min(c[0] for c in cells), min(c[1] for c in cells), max(c[2] for c in cells), max(c[3] for c in cells))
        self._rows: list | None = None

    @property
    def rows(self) -> list[CellRow]:
        if self._rows is None:
            xs = sorted({cell[0] for cell in self.cells})
            by_top: dict[float, dict[float, Box]] = {}
            for cell in sorted(self.cells, key=lambda cell: (cell[1], cell[0])):
                by_top.setdefault(cell[1], {})[cell[0]] = cell  # two cells at one corner: the later one, as pdfplumber
            self._rows = [CellRow([row.get(x) for x in xs], row.values()) for row in by_top.values()]
        return self._rows


class CellRow:
    """A row of a ``FoundTable``, as pdfplumber's ``Row``: its cells (None where none starts) and the box of those it has."""

    __slots__ = ("cells", "bbox")

    def __init__(self, cells: list[Box | None], present):
        self.cells = cells
        self.bbox = (min(c[0] for c in present), min(c[1] for c in present), max(c[2] for c in present),
                     max(c[3] for c in present))


def find_tables(settings: dict) -> list[FoundTable]:
    """pdfplumber's tables from explicit edges (``table_settings``): its own steps (snapping and joining the edges,
    their intersections, the cells grouped into tables), each done here the same way but on plain values
    (``_edge_lines``, ``_points``, ``_cells``, ``_tables``), which gives the same tables without pdfplumber rebuilding
    dicts and re-sorting at each step."""
    from pdfplumber.table import TableSettings

    resolved = TableSettings.resolve(settings)
    lines = _edge_lines(resolved)
    vertical = [edge[:3] for orientation, edge in lines if orientation == "v"]  # x, top, bottom
    horizontal = [edge[:3] for orientation, edge in lines if orientation == "h"]  # top, x0, x1
    points = _points(vertical, horizontal, resolved.intersection_x_tolerance, resolved.intersection_y_tolerance)
    return [FoundTable(group) for group in _tables(_cells(*points, resolved.intersection_x_tolerance,
                                                          resolved.intersection_y_tolerance))]


def _edges(settings) -> list[dict]:
    """pdfplumber's ``TableFinder.get_edges`` for explicit edges given as edge dicts (``_edge_lines`` as dicts)."""
    return [_as_edge(edge, orientation) for orientation, edge in _edge_lines(settings)]


def _edge_lines(settings) -> list[tuple[str, list]]:
    """pdfplumber's ``TableFinder.get_edges`` for explicit edges given as edge dicts: the vertical edges snapped to the
    mean x of each run of positions within the snap tolerance, the horizontal ones likewise in y; then the edges on one
    line joined where they overlap or lie within the join tolerance; then those shorter than the minimum length
    dropped. The same arithmetic in the same order, so the same floats. Each edge as (orientation, [position, start,
    end, length, its dict, its other side]): x0, top, bottom, height, x1 of a vertical one."""
    snap = settings.snap_x_tolerance > 0 or settings.snap_y_tolerance > 0
    vertical = [[e["x0"], e["top"], e["bottom"], e["height"], e, e["x1"]]
                for e in settings.explicit_vertical_lines or [] if e["orientation"] == "v"]
    horizontal = [[e["top"], e["x0"], e["x1"], e["width"], e, e["bottom"]]
                  for e in settings.explicit_horizontal_lines or [] if e["orientation"] == "h"]
    if snap:
        vertical, horizontal = _snapped(vertical, settings.snap_x_tolerance), _snapped(horizontal, settings.snap_y_tolerance)
    found = []
    for orientation, edges in (("h", horizontal), ("v", vertical)):  # pdfplumber groups by (orientation, position)
        tolerance = settings.join_x_tolerance if orientation == "h" else settings.join_y_tolerance
        by_position: dict[float, list] = {}
        for edge in sorted(edges, key=lambda edge: edge[0]):
            by_position.setdefault(edge[0], []).append(edge)
        for group in by_position.values():
            found += [(orientation, edge) for edge in _joined(group, orientation, tolerance)
                      if edge[3] >= settings.edge_min_length]
    return found


def _snapped(edges: list[list], tolerance: float) -> list[list]:
    """pdfplumber's ``snap_objects``: the positions grouped into runs whose neighbours lie within ``tolerance``, each
    edge moved across by (its run's mean - its position), edges listed run by run."""
    if not edges:
        return edges
    values = sorted({edge[0] for edge in edges})
    run_of, run = {values[0]: 0}, 0
    for before, value in zip(values, values[1:]):
        run += value > before + tolerance
        run_of[value] = run
    runs: list[list[list]] = [[] for _ in range(run + 1)]
    for edge in edges:
        runs[run_of[edge[0]]].append(edge)
    moved = []
    for members in runs:
        mean = sum(edge[0] for edge in members) / len(members)
        for position, start, end, length, original, other in members:
            delta = mean - position
            moved.append([position + delta, start, end, length, original, other + delta])
    return moved


def _joined(group: list[list], orientation: str, tolerance: float) -> list[list]:
    """pdfplumber's ``join_edge_group``: edges on one line, by where they start, each joined to the one before when it
    starts within ``tolerance`` of its end (the end then extended to the further one)."""
    joined: list[list] = []
    for edge in sorted(group, key=lambda edge: edge[1]):
        if joined and edge[1] <= joined[-1][2] + tolerance:
            last = joined[-1]
            if edge[2] > last[2]:
                # as pdfplumber resizes: a horizontal edge's width worked out anew, a vertical one's height moved
                last[3] = edge[2] - last[1] if orientation == "h" else last[3] + (edge[2] - last[2])
                last[2] = edge[2]
        else:
            joined.append(list(edge))
    return joined


def _as_edge(edge: list, orientation: str) -> dict:
    position, start, end, length, original, other = edge
    if orientation == "v":
        return {**original, "x0": position, "x1": other, "top": start, "bottom": end, "height": length}
    return {**original, "top": position, "bottom": other, "x0": start, "x1": end, "width": length}


def _points(vertical: list[tuple], horizontal: list[tuple], x_tolerance: float, y_tolerance: float) -> tuple:
    """pdfplumber's ``edges_to_intersections`` on plain edges (vertical: x, top, bottom; horizontal: top, x0, x1): each
    point (x, y) where a vertical edge meets a horizontal one within the tolerances (the same comparisons), in sorted
    order, and for each the furthest its edges reach: down (the largest bottom of the vertical edges that meet there)
    and right (the largest right end of the horizontal ones). Which edges meet at a point matters to the cell search
    only through these (``_cells``). Every pair tested at once."""
    if not vertical or not horizontal:
        return [], [], []
    v, h = np.asarray(vertical, dtype=float), np.asarray(horizontal, dtype=float)
    meet = ((v[:, 1, None] <= h[None, :, 0] + y_tolerance) & (v[:, 2, None] >= h[None, :, 0] - y_tolerance)
            & (v[:, 0, None] >= h[None, :, 1] - x_tolerance) & (v[:, 0, None] <= h[None, :, 2] + x_tolerance))
    reach: dict[tuple[float, float], list[float]] = {}  # point -> [down, right]
    for i, j in zip(*(pairs.tolist() for pairs in np.nonzero(meet))):
        (x, _, bottom), (y, _, end) = vertical[i], horizontal[j]
        if (found := reach.get((x, y))) is None:
            reach[(x, y)] = [bottom, end]
        else:
            found[0], found[1] = max(found[0], bottom), max(found[1], end)
    points = sorted(reach)
    return points, [reach[point][0] for point in points], [reach[point][1] for point in points]


def _cells(points: list[tuple[float, float]], down: list[float], right: list[float], x_tolerance: float,
           y_tolerance: float) -> list[Box]:
    """pdfplumber's ``intersections_to_cells`` on ``_points``: for each point in sorted order, the smallest cell it is
    the top-left corner of: the first point below it joined to it by a vertical edge, then the first point right of
    it joined to it by a horizontal edge, such that the fourth corner is a point joined to both (pdfplumber: the two
    points have an edge in common). Two points of a column have a vertical edge in common exactly when the lower one
    lies within the reach of the upper one's furthest-reaching edge (that edge meets the horizontal edges the lower
    point lies on: same x, and a top above); likewise in a row. A point further down or right is out of reach once
    one is, so the search stops there."""
    at = {point: k for k, point in enumerate(points)}
    rows: dict[float, list[int]] = {}
    for k, (_, y) in enumerate(points):  # in sorted order: a row's points go right
        rows.setdefault(y, []).append(k)
    in_row = {k: n for row in rows.values() for n, k in enumerate(row)}
    cells = []
    count = len(points)
    for k, (x, y) in enumerate(points):
        row = rows[y][in_row[k] + 1:]
        below = k + 1
        found = None
        while found is None and below < count and points[below][0] == x and points[below][1] - y_tolerance <= down[k]:
            y_below = points[below][1]
            for r in row:
                x_right = points[r][0]
                if x_right > right[k] + x_tolerance:
                    break
                corner = at.get((x_right, y_below))
                if corner is not None and y_below - y_tolerance <= down[r] and x_right <= right[below] + x_tolerance:
                    found = (x, y, x_right, y_below)
                    break
            below += 1
        if found is not None:
            cells.append(found)
    return cells


def _corners(cell: Box) -> tuple:
    x0, top, x1, bottom = cell
    return (x0, top), (x0, bottom), (x1, top), (x1, bottom)


def _tables(cells: list[Box]) -> list[list[Box]]:
    """pdfplumber's ``cells_to_tables``: the cells grouped into tables, a table being the first cell left and every
    cell that shares a corner with it or with a cell taken before, found by passes over the cells left in their
    order until a pass takes none; the tables ordered by their top-left cell, those of one cell dropped. The same
    groups with their cells in the same order (pdfplumber takes each cell out of its list by a search of the list)."""
    tables = []
    left = list(cells)
    while left:
        table, corners = [left[0]], set(_corners(left[0]))
        pending = left[1:]
        while True:
            left = []
            for cell in pending:
                cell_corners = _corners(cell)
                if corners.isdisjoint(cell_corners):
                    left.append(cell)
                else:
                    corners.update(cell_corners)
                    table.append(cell)
            if len(left) == len(pending):  # a pass that took none: the table is whole
                break
            pending = left
        tables.append(table)
    tables.sort(key=lambda table: min((cell[1], cell[0]) for cell in table))
    return [table for table in tables if len(table) > 1]


# ---------------------------------------------------------------------------------------------------
# Tables with no rule at all

_CELL_GAP = 7.0  # points of white between two cells' words on one line (a word space is about 3 at 11 pt)
_HEADER_LINES = 4  # a header's wrapped names run to this many lines at most
_MIN_HEADED_COLUMNS = 3  # columns whose header names a role: fewer is no task or indicator table told by white alone
_WORD_SPACE = 1.8  # points: characters' boxes farther apart have a space between them (a glyph's side bearings less)
_WORD_SPACE_RUN = 3  # characters: two this near in the text are neighbours (a space or a line end between them)
_ROW_GAP = 3.0  # line heights: a wider white space under a line ends the table
_NUMBER_HEADING_WORDS = 3  # a number column's heading is this many words at most ("Số thứ tự")


def may_hold_unruled_table(text: str) -> bool:
    """Whether a page's text may hold a table with no rules (``unruled_table_rules``): a line opens with a number
    column's heading ("STT", "TT", "Số thứ tự": data/column_roles.csv), as such a table's header line does, or with
    its first part over the next line's first word (a narrow column breaks "STT" into "ST" over "T"). A page without
    one is not read character by character for it (a page of running text)."""
    from pipeline.stages.columns import may_open_number_column_name, names_number_column

    lines = [line.split() for line in text.splitlines()]
    for words, below in zip(lines, [*lines[1:], []]):
        words = words[:_NUMBER_HEADING_WORDS]
        # most lines are told by their first word: no heading of theirs opens as a number column's name does
        if words and "/" not in words[1:] and not may_open_number_column_name(words[0]):
            continue
        headings = [" ".join(words[:n]) for n in range(1, len(words) + 1)]
        if words and below:
            headings.append(f"{words[0]} {below[0]}")
        if any(names_number_column(heading) for heading in headings):
            return True
    return False


def _ink_lines(ink: list[tuple[Box, str, int]]) -> list[list[tuple[Box, str, int]]]:
    """The characters as lines, top to bottom: a character whose middle lies in a line's height is on it (a period's or
    a comma's, low on the baseline, too: by their middles alone they made lines of their own)."""
    lines: list[list[tuple[Box, str, int]]] = []
    for item in sorted(ink, key=lambda item: item[0][1] + item[0][3]):
        middle = (item[0][1] + item[0][3]) / 2
        if lines and middle <= max(other[0][3] for other in lines[-1]):
            lines[-1].append(item)
        else:
            lines.append([item])
    return lines


def _line_pieces(line: list[tuple[Box, str, int]], chars: str) -> list[tuple[float, float, str]]:
    """A line's words as the cells they fall in: (left, right, text) of each run of characters no wider apart than
    _CELL_GAP."""
    pieces: list[list[tuple[Box, str, int]]] = []
    for item in sorted(line, key=lambda item: item[0][0]):
        if pieces and item[0][0] - pieces[-1][-1][0][2] <= _CELL_GAP:
            pieces[-1].append(item)
        else:
            pieces.append([item])
    return [(piece[0][0][0], max(item[0][2] for item in piece), _words(piece, chars)) for piece in pieces]


def _words(piece: list[tuple[Box, str, int]], chars: str) -> str:
    """The characters of a run as words: a space where the text has one between two characters (the space's own box,
    flat on the baseline, is in no line's) or, where they are no neighbours in the text, where they stand apart."""
    out = piece[0][1]
    for (before, _, i), (box, ch, j) in zip(piece, piece[1:]):
        spaced = chars[i + 1:j].isspace() if 0 < j - i <= _WORD_SPACE_RUN else box[0] - before[2] > _WORD_SPACE
        out += (" " if spaced else "") + ch
    return out


def _spans(pieces: list[tuple[float, float, str]]) -> list[list[float]]:
    """The columns the pieces of a header's lines make: their extents joined where they overlap, left to right."""
    columns: list[list[float]] = []
    for x0, x1, _ in sorted(pieces):
        if columns and x0 <= columns[-1][1]:
            columns[-1][1] = max(columns[-1][1], x1)
        else:
            columns.append([x0, x1])
    return columns


def unruled_table_rules(char_boxes: list[Box], chars: str, taken: Sequence[Box] = (),
                        before: tuple[Box, Sequence[float]] | None = None, headers: dict | None = None,
                        ruled_header: Box | None = None) -> list[dict]:
    """The rules a table printed with no rule at all (its columns told by white alone, as a Word table with its
    borders taken off prints) would have: above and below its header and under its last row, as a table ruled round
    its header only has (the half-ruled reading then finds its columns and rows: ``gutters``, ``unruled_row_tops``).
    Only where a line of at least three cells apart by _CELL_GAP, with the lines its names wrap to, names a narrow
    number column first and at least three columns by their roles (``header_like`` of data/column_roles.csv: "STT |
    Nội dung | Cơ quan chủ trì | …", "STT | Chỉ tiêu | ĐVT | 2026 …"), and the line under it opens with a row's number
    in that column. The rows go on while each line stays in the header's columns or opens with a number there (a
    group's title may run across); a line of words in the number column (a paragraph, "Nơi nhận:"), one running
    across columns or a wide white space ends them. ``taken``: the tables found by their rules (their text is no
    other table's). ``before``: the extent and gutters of a table that ran off the page before (``ends_page``), whose
    rest may open this page with no header: the two rules round the lines that stand in its columns there
    (``continued_rule_pair`` then reads them as its rest). ``headers``: kept from page to page, the lines of the last
    header found ("unruled-header"): the same lines opening a page are that header printed again, and a line under them
    is a row's, not a header's (a row's rest the page break cut, under the header Word prints again). ``ruled_header``:
    the extent of a header's two rules on the page (a table ruled round its header only): the lines between them are a
    header in the same way, whatever the line under them (a row's rest, a group's title with no number)."""
    from pipeline.stages.columns import column_role, header_like

    ink = [(box, ch, i) for i, (box, ch) in enumerate(zip(char_boxes, chars)) if not ch.isspace()
           and not any(t[0] <= box[0] and box[2] <= t[2] and t[1] <= box[1] and box[3] <= t[3] for t in taken)]
    lines = _ink_lines(ink)
    pieces = [_line_pieces(line, chars) for line in lines]
    found: list[dict] = []
    known = headers.get("unruled-header") if headers is not None else None
    if ruled_header is not None:
        known = [_line_text(pieces[k]) for k in _lines_within(lines, ruled_header)] or known
    k = 0
    # the rest of the table before, unless its header, printed again, opens the page
    if before is not None and (rest := _unruled_rest(lines, pieces, *before)) \
            and _unruled_table_end(lines, pieces, rest[1], column_role, header_like, known) is None:
        k = rest[2] + 1
        found += [_rule(before[0][0], before[0][2], y) for y in rest[0]]
    ended = -1  # the last line of the last table found
    while k < len(lines):
        end = _unruled_table_end(lines, pieces, k, column_role, header_like, known)
        if end is None:
            k += 1
            continue
        header_end, last = end
        if headers is not None:
            headers["unruled-header"] = [_line_text(line) for line in pieces[k:header_end]]
        boxes = [item[0] for line in lines[k:last + 1] for item in line]
        if ruled_header is not None and found and k == ended + 1 \
                and [_line_text(line) for line in pieces[k:header_end]] == known:
            # the ruled header printed again as rows of its own table, right under its last row (Word's rows, not
            # its repeated header row): the rows go on under it (s60 review: the rows under the repeat were lost)
            found[-1] = _rule(found[-1]["x0"], found[-1]["x1"], max(b[3] for b in boxes) + _SNAP)
            ended, k = last, last + 1
            continue
        left, right = min(b[0] for b in boxes) - _SNAP, max(b[2] for b in boxes) + _SNAP
        under_header = (max(item[0][3] for item in lines[header_end - 1]) + min(item[0][1] for item in lines[header_end])) / 2
        over = min(item[0][1] for item in lines[k]) - _SNAP
        for y in (max(over, _between(lines, k - 1)) if k else over, under_header, max(b[3] for b in boxes) + _SNAP):
            found.append(_rule(left, right, y))
        ended, k = last, last + 1
    return found


def _lines_within(lines: list[list[tuple[Box, str, int]]], extent: Box) -> list[int]:
    """The indices of ``lines`` that stand wholly inside ``extent`` (by their characters' middles down it)."""
    left, top, right, bottom = extent
    return [k for k, line in enumerate(lines)
            if all(left <= box[0] and box[2] <= right and top < (box[1] + box[3]) / 2 < bottom for box, _, _ in line)]


def header_repeats(char_boxes: list[Box], chars: str, header: Box) -> list[tuple[float, float]]:
    """Where the lines between a header's two rules (``header``) are printed again lower on the page, as rows of its
    table (a clerk's copy of the header row every few rows): the top of each repeat's first line and of its last."""
    lines = _ink_lines([(box, ch, i) for i, (box, ch) in enumerate(zip(char_boxes, chars)) if not ch.isspace()])
    texts = [_line_text(_line_pieces(line, chars)) for line in lines]
    known = [texts[k] for k in _lines_within(lines, header)]
    return [(min(b[1] for b, _, _ in lines[k]), min(b[1] for b, _, _ in lines[k + len(known) - 1]))
            for k in range(len(lines) - len(known) + 1)
            if known and min(b[1] for b, _, _ in lines[k]) > header[3] and texts[k:k + len(known)] == known]


def _line_text(pieces: list[tuple[float, float, str]]) -> str:
    return " ".join(text for _, _, text in pieces)


def _rule(left: float, right: float, y: float) -> dict:
    return {"object_type": "line_edge", "x0": left, "x1": right, "top": y, "bottom": y, "width": right - left,
            "height": 0, "orientation": "h"}


def _unruled_rest(lines: list[list[tuple[Box, str, int]]], pieces: list[list[tuple[float, float, str]]], extent: Box,
                  gutters: Sequence[float]) -> tuple[tuple[float, float], int, int] | None:
    """The top and bottom of the lines opening a page that stand in the columns of an unruled table the page before
    ran off (``extent``, ``gutters``), the first and the last of them; a running line or the page's number over them
    is left out. A line opening with a row's number in the number column may run across (a group's title); None where the
    page opens otherwise."""
    left, _, right, _ = extent

    def in_columns(k: int) -> bool:
        x0, x1, text = pieces[k][0]
        if gutters and x1 < gutters[0] and _ROW_NUMBER.fullmatch(text):  # its words right of the number column
            # ("III.<tab>TỔ CHỨC THỰC HIỆN", a heading numbered with a tab, sets them at a tab stop inside it)
            return all(left <= a and b <= right for a, b, _ in pieces[k]) and all(a > gutters[0] for a, _, _ in pieces[k][1:])
        # words in the number column other than a row's number ("Nơi nhận:" in a wide one) are no line of the rows
        return all(left <= a and b <= right and not any(a < g < b for g in gutters) for a, b, _ in pieces[k]) \
            and not (gutters and x1 < gutters[0])

    start = 1 if len(lines) > 1 and len(pieces[0]) == 1 and not in_columns(0) else 0
    last = start - 1
    while last + 1 < len(lines) and in_columns(last + 1):
        last += 1
    if last < start:
        return None
    boxes = [item[0] for line in lines[start:last + 1] for item in line]
    return (min(b[1] for b in boxes) - _SNAP, _rule_under(lines, last)), start, last


def _rule_under(lines: list[list[tuple[Box, str, int]]], last: int) -> float:
    """Where the rule under line ``last`` goes: a snap under its foot, but not past the middle of the white to the next
    line (in tight type a table opening right under it has its top rule there: the two must not cross)."""
    foot = max(item[0][3] for item in lines[last]) + _SNAP
    return min(foot, _between(lines, last)) if last + 1 < len(lines) else foot


def _between(lines: list[list[tuple[Box, str, int]]], upper: int) -> float:
    return (max(item[0][3] for item in lines[upper]) + min(item[0][1] for item in lines[upper + 1])) / 2


def _unruled_table_end(lines: list[list[tuple[Box, str, int]]], pieces: list[list[tuple[float, float, str]]], first: int,
                       column_role: Callable[[str], str], header_like: Callable[[list[str]], bool],
                       known: list[str] | None = None) -> tuple[int, int] | None:
    """(the header's end, the last row's line) of an unruled table whose header opens at line ``first``
    (``unruled_table_rules``), or None where no such table opens there. ``known``: the lines of a header found before,
    which, opening at ``first``, end the header whatever the line under them (a row's rest)."""
    from pipeline.stages.cells import is_total_label

    if len(pieces[first]) < _MIN_HEADED_COLUMNS:
        return None

    def opens_row(k: int, number_column: list[float]) -> bool:
        x0, x1, text = pieces[k][0]
        return x1 <= number_column[1] + _CELL_GAP and bool(_ROW_NUMBER.fullmatch(text))

    again = known is not None and [_line_text(line) for line in pieces[first:first + len(known)]] == known
    for header_end in [first + len(known)] if again else range(first + 1, min(first + _HEADER_LINES, len(lines)) + 1):
        if header_end == len(lines):
            return None
        columns = _spans([p for line in pieces[first:header_end] for p in line])
        if len(columns) < _MIN_HEADED_COLUMNS or not (again or opens_row(header_end, columns[0])):
            continue
        names = [" ".join(text for line in pieces[first:header_end] for x0, x1, text in line if a <= x0 and x1 <= b)
                 for a, b in columns]
        roles = [column_role(name) for name in names]
        width = columns[-1][1] - columns[0][0]
        if (roles[0] != "number" or sum(role != "other" for role in roles) < _MIN_HEADED_COLUMNS
                or not header_like(names) or columns[0][1] - columns[0][0] > _NUMBER_COLUMN * width):
            return None
        last, cut, opening = header_end, None, {header_end}  # the lines that open rows
        # where the rows' second cells begin: a numbered paragraph after the table ("1.<tab>Sở Y tế theo dõi…")
        # sets its words at a tab stop left of them, in the white between the number column and the next
        first_row = pieces[header_end]
        second_cell = min(columns[1][0], first_row[1][0] if not again and len(first_row) > 1 else columns[1][0])

        def numbered_paragraph(k: int) -> bool:
            return len(pieces[k]) > 1 and pieces[k][1][0] < second_cell - _CELL_GAP

        def title_line(k: int) -> bool:
            return len(pieces[k]) == 1 and abs(pieces[k][0][0] - second_cell) <= _CELL_GAP

        def unlabelled_title(k: int) -> bool:
            """A group's title with no label, merged across the columns after the number: one line set where the
            rows' second cells begin, a row opening right under it. Not a title wrapped over two lines: between two
            rows only a one-line title is told a row of its own (``_title_between_rows``), so the rows would run on
            with the title inside the row above, its columns lost (review s60: a title merged over the task and
            lead columns, wrapped, lost the three rows over it that main read)."""
            return title_line(k) and k + 1 < len(lines) and opens_row(k + 1, columns[0]) and not numbered_paragraph(k + 1)
        for k in range(header_end + 1, len(lines)):
            above, below = [item[0] for item in lines[k - 1]], [item[0] for item in lines[k]]
            height = max(b[3] for b in above) - min(b[1] for b in above)
            if min(b[1] for b in below) - max(b[3] for b in above) > _ROW_GAP * height:
                break
            if opens_row(k, columns[0]):
                if numbered_paragraph(k):
                    break  # a numbered paragraph, not a row
                cut = None
                opening.add(k)
            elif pieces[k][0][0] < second_cell - _CELL_GAP:  # words in the number column: no row's
                break  # (so its lines are the rows' numbers alone, however wide it is: ``unruled_row_tops``)
            elif any(sum(x0 < b and a < x1 for a, b in columns) > 1 for x0, x1, _ in pieces[k]):
                if not unlabelled_title(k):
                    break  # a line across the columns
                cut = None
                opening.add(k)
            elif is_total_label(pieces[k][0][2]):
                break  # a totals row ("Tổng cộng"), no number of its own: no line of the row above
            elif cut is None and _continues_no_cell(lines, pieces, header_end, k, opening):
                cut = last  # the rows end over it, unless a row opens after it (a cell's empty line)
            last = k
        return header_end, last if cut is None else cut
    return None


def _continues_no_cell(lines: list[list[tuple[Box, str, int]]], pieces: list[list[tuple[float, float, str]]],
                       first: int, k: int, opening: set[int]) -> bool:
    """Whether line ``k`` of a table's rows (from line ``first``; ``opening``: the lines that open rows) goes on with no
    cell: every word of it stands under a blank line of its column (a cell's lines follow each other with no space
    between; a short paragraph under the table, "- Sở Y tế tổng hợp.", starts under the white its column leaves round
    the last row's shorter cells), or it starts off the one edge every line of its column starts at, rows' first
    lines and others alike (that paragraph's first-line indent, right under the last row's wrapped line: a left-aligned
    cell's lines all start at its edge). Where only rows' first lines are seen, a cell's own wrapped line may start
    off them (cells whose paragraphs open indented or hanging, the first wrap in the last row): no proof; nor where
    line ``k`` has words in other columns too (the row's cells going on side by side: a paragraph is one piece)."""
    x0, x1, _ = pieces[k][0]
    starts = [(j, a) for j in range(first, k) for a, b, _ in pieces[j] if a < x1 and x0 < b]
    edges = [a for _, a in starts]
    if len(pieces[k]) == 1 and len(starts) > 1 and any(j not in opening for j, _ in starts) \
            and max(edges) - min(edges) <= _SNAP and abs(x0 - min(edges)) > _SNAP:
        return True
    tops = [min(item[0][1] for item in line) for line in lines[first:k + 1]]
    pitch = float(np.median(np.diff(tops))) if len(tops) > 1 else 0.0
    for box, _, _ in lines[k]:
        above = [b[1] for line in lines[first:k] for b, _, _ in line if b[0] < box[2] and box[0] < b[2]]
        if above and tops[-1] - max(above) < 1.5 * pitch:
            return False
    return True
