"""The fast paths of parsers/reading_order.py against the plain loops they replaced (issue 20): a page's printed line
ends found by one regex scan, and its lines grouped by table with one array comparison."""

from __future__ import annotations

import re

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REALDOCS, REALDOCS2, needs

from parsers import forms, reading_order


def _plain_printed_ends(text: str) -> tuple[list[int], list[int]]:
    spans = _plain_line_spans(text)
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


def _plain_line_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[^\r\n]+", text) if m.group().strip()]


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_inked_lines_found_by_one_pattern_as_every_line_tested_for_ink(text):
    assert reading_order.line_spans(text) == _plain_line_spans(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=30).map("".join), min_size=1, max_size=4), st.randoms())
def test_lines_and_their_printed_ends_of_one_scan_as_the_plain_loops_whatever_text_was_asked_before(texts, rng):
    """The scan kept for the page text last asked of (``line_boxes`` then ``column_gaps``) answers for that text only:
    texts asked in any order, again and in turn, each gets the plain loops' answers."""
    for text in [rng.choice(texts) for _ in range(8)]:
        if rng.random() < 0.5:
            assert reading_order.line_spans(text) == _plain_line_spans(text)
        else:
            firsts, lasts = _plain_printed_ends(text)
            assert reading_order._printed_ends(text) == (firsts, lasts)


@needs(REALDOCS2)
def test_lines_and_their_printed_ends_of_every_real_pdf_page_as_the_plain_loops():
    import pypdfium2 as pdfium

    pages = 0
    for path in sorted(REALDOCS.glob("*.pdf")) + sorted(REALDOCS2.glob("*.pdf")):
        pdf = pdfium.PdfDocument(path)
        for index in range(len(pdf)):
            text = pdf[index].get_textpage().get_text_range()
            assert reading_order._printed_ends(text) == _plain_printed_ends(text)
            assert reading_order.line_spans(text) == _plain_line_spans(text)
            pages += 1
    assert pages > 100


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.floats(0.0, 40.0), st.sampled_from([1.0, 11.5, 12.0])), min_size=1, max_size=60))
def test_median_of_line_heights_is_numpys(heights):
    values = np.asarray(heights, dtype=float)
    assert reading_order.median(values) == float(np.median(values))


def _plain_drawn_out_of_order(boxes: np.ndarray) -> bool:
    """drawn_out_of_order as it was written before its tests were split: every pair tested whole."""
    if len(boxes) < 2:
        return False
    x0, top, x1, bottom = boxes.T
    height = np.maximum(bottom - top, 1.0)
    middle = (top + bottom) / 2
    under = middle[:, None] > bottom[None, :] + 0.1 * height[None, :]
    shared = np.minimum(x1[:, None], x1[None, :]) - np.maximum(x0[:, None], x0[None, :])
    narrower = np.minimum((x1 - x0)[:, None], (x1 - x0)[None, :])
    overlapping = shared > 0.3 * np.maximum(narrower, 1.0)
    same_row = (middle[:, None] >= top[None, :]) & (middle[:, None] <= bottom[None, :]) \
        & (middle[None, :] >= top[:, None]) & (middle[None, :] <= bottom[:, None])
    right_of = x0[:, None] >= x1[None, :]
    earlier = np.triu(np.ones((len(boxes), len(boxes)), dtype=bool), k=1)
    return bool(((under & overlapping) | (same_row & right_of))[earlier].any())


@st.composite
def _page_lines(draw):
    """Lines of a page: most on rows going down (some two to a row, some drawn out of order), of a few heights and
    widths, on a coarse grid so that sides and middles often meet exactly."""
    lines = []
    for _ in range(draw(st.integers(0, 14))):
        top, height = draw(st.integers(0, 30).map(lambda k: 12.0 * k)), draw(st.sampled_from([0.0, 0.5, 6.0, 12.0, 14.0]))
        x0 = draw(st.integers(0, 12).map(lambda k: 25.0 * k))
        lines.append((x0, top, x0 + draw(st.sampled_from([0.0, 10.0, 25.0, 100.0, 300.0])), top + height))
    if draw(st.booleans()):
        lines.sort(key=lambda line: (line[1], line[0]))
    return np.array(lines, dtype=float).reshape(-1, 4)


@settings(max_examples=400, deadline=None)
@given(_page_lines())
def test_out_of_order_by_cheap_halves_first_is_every_pair_tested_whole(boxes):
    assert reading_order.drawn_out_of_order(boxes) is _plain_drawn_out_of_order(boxes)


# lines of a page around an e-signature's details: its labels spaced and cased as printed, colons in and out of them
_DETAIL_PIECES = st.sampled_from(["Ký bởi:", "Ky boi :", "Thời gian ký:", "Cơ quan:", "Email:", "Cơ quan chủ trì:",
                                  "Số: 12/KH", ":", "::", " ", "\t", "Trần Văn Bình", "08:30", "\r\n", "\n", "x"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_DETAIL_PIECES, max_size=30).map("".join), st.booleans())
def test_signature_details_asked_of_lines_with_a_colon_are_each_lines_answer(text, every_line):
    spans = [m.span() for m in re.finditer(r"[^\r\n]+" if every_line else r"[^\r\n]*\S[^\r\n]*", text)]
    assert forms.signature_details(text, spans).tolist() == [forms.signature_detail(text[a:b]) for a, b in spans]
