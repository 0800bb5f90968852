"""The fast paths of parsers/reading_order.py against the plain loops they replaced (issue 20): a page's printed line
ends found by one regex scan, and its lines grouped by table with one array comparison."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import reading_order


def _plain_printed_ends(text: str) -> tuple[list[int], list[int]]:
    spans = reading_order.line_spans(text)
    firsts = [start + len(text[start:end]) - len(text[start:end].lstrip()) for start, end in spans]
    lasts = [end - 1 - (len(text[start:end]) - len(text[start:end].rstrip())) for start, end in spans]
    return firsts, lasts


def _plain_units(boxes: np.ndarray, tables: list) -> tuple[list[list[int]], np.ndarray]:
    units: list[list[int]] = []
    unit_boxes: list = []
    table_unit: dict[int, int] = {}
    for k, (x0, top, x1, bottom) in enumerate(boxes.tolist()):
        x, y = (x0 + x1) / 2, (top + bottom) / 2
        table = next((t for t, (a, b, c, d) in enumerate(tables) if a <= x <= c and b <= y <= d), None)
        if table is None or table not in table_unit:
            if table is not None:
                table_unit[table] = len(units)
            units.append([])
            unit_boxes.append(tuple(tables[table]) if table is not None else (x0, top, x1, bottom))
        units[table_unit[table] if table is not None else -1].append(k)
    return units, np.array(unit_boxes, dtype=float).reshape(-1, 4)


# page text as pdfium gives it: words, spaces of several kinds, pdfium's "\r\n" and lone breaks
_PIECES = st.sampled_from(["Kế", "hoạch", "Số:", "12/KH-UBND", " ", "  ", "\t", "\u00a0", "\u2003", "\r\n", "\n", "\r",
                           "\x0c", "\ufffe", "-", "ý"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_printed_line_ends_as_the_plain_loop(text):
    assert reading_order._printed_ends(text) == _plain_printed_ends(text)


_COORD = st.integers(0, 60).map(float)


@st.composite
def _boxes_and_tables(draw):
    def box():
        x0, top = draw(_COORD), draw(_COORD)
        return (x0, top, x0 + draw(_COORD), top + draw(_COORD))
    boxes = np.array([box() for _ in range(draw(st.integers(0, 12)))], dtype=float).reshape(-1, 4)
    return boxes, [box() for _ in range(draw(st.integers(0, 3)))]


@settings(max_examples=150, deadline=None)
@given(_boxes_and_tables())
def test_units_as_the_plain_loop(case):
    boxes, tables = case
    units, unit_boxes = reading_order._units(boxes, tables)
    plain_units, plain_boxes = _plain_units(boxes, tables)
    assert units == plain_units
    assert np.array_equal(unit_boxes, plain_boxes)
