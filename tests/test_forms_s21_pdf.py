"""Text PDFs whose content stream draws the page in another order than it is read: the signature block drawn before
the header, the whole page bottom up, a paragraph's lines in reverse, the motto's column before the issuer's, the
task table's rows bottom up. pdfium gives the text in the order it is drawn: the number, the date, the issuer, the
signer and the recipients were lost, and the title taken from the motto's lines (a wrong value) or the closing.

The class fixed (parsers/reading_order.py): a page with a line drawn after one under it in its column, or after one
to its right on its row, is read by position; rows side by side that keep a gutter (issuer | motto, recipients |
signature) are read as two columns, whatever small offsets their baselines have. A page drawn in order is read as
drawn (two character boxes a line to tell: no render, no OCR).
"""

from __future__ import annotations

import numpy as np
import pytest

from conftest import write_in_form
from invariance import differences
from parsers import pdf, reading_order
from pdfmaker import DEJAVU_SANS, text_pdf
from pipeline.run import process
from test_forms_s19_pdf import CLOSING, ISSUER, MOTTO, OPENING, RECIPIENTS, SIGNATURE, TASKS, plan_lines

COLUMNS = (40, 62, 225, 350, 475, 555)


def plan_parts(motto_drop: float = 0.0, table_top: float = 200, size: float = 13.0) -> tuple[dict[str, list], list]:
    """The plan's parts as (x, top, text[, size]) lines, in reading order each, and the task table's cells;
    ``motto_drop`` points lower (negative: higher) than the issuer's lines."""
    step = size + 3
    parts = {
        "issuer": [(40, 40 + step * k, t, size) for k, t in enumerate(ISSUER)],
        "motto": [(300, 40 + motto_drop + step * k, t, size) for k, t in enumerate(MOTTO)],
        "opening": [(60, 110 + step * k, t, size) for k, t in enumerate(OPENING)],
        "table": [],
    }
    cells = []
    for r, row in enumerate(TASKS):
        for c, value in enumerate(row):
            cells.append((COLUMNS[c], table_top + 20 * r, COLUMNS[c + 1] - COLUMNS[c], 20, None, True))
            parts["table"].append((COLUMNS[c] + 2, table_top + 20 * r + 5, value, 7.5))
    after = table_top + 20 * len(TASKS) + 20
    parts["closing"] = [(60, after + step * k, t, size) for k, t in enumerate(CLOSING)]
    parts["recipients"] = [(40, after + 50 + 14 * k, t, 10) for k, t in enumerate(RECIPIENTS)]
    parts["signature"] = [(330, after + 50 + 16 * k, t, size) for k, t in enumerate(SIGNATURE[:-1])]
    parts["signature"].append((330, after + 140, SIGNATURE[-1], size))
    return parts, cells


IN_ORDER = ("issuer", "motto", "opening", "table", "closing", "recipients", "signature")


def drawn(parts: dict[str, list], order=IN_ORDER, reversed_parts: tuple[str, ...] = ()) -> list:
    return [line for name in order for line in (parts[name][::-1] if name in reversed_parts else parts[name])]


# (order of the parts, parts whose lines are drawn bottom up, the motto's drop in points, the font, the table's top)
FORMS = {
    "the signature block first, the header last": (("signature", "recipients", "opening", "table", "closing", "issuer", "motto"), (), 0, None, 200),
    "the whole page bottom up": (IN_ORDER[::-1], IN_ORDER, 0, None, 200),
    "the opening's and the closing's lines bottom up": (IN_ORDER, ("opening", "closing"), 0, None, 200),
    "the motto's column before the issuer's": (("motto", "issuer", *IN_ORDER[2:]), (), 0, None, 200),
    "the motto drawn first, a point above the issuer": (("motto", "issuer", *IN_ORDER[2:]), (), -1.0, None, 200),
    "the motto drawn last, two points above, in DejaVu Sans": (("issuer", *IN_ORDER[2:], "motto"), (), -2.0, DEJAVU_SANS, 210),
    "the task table's rows bottom up, the header last": (("table", *(p for p in IN_ORDER if p != "table")), ("table",), 1.5, None, 230),
}


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    return process(write_in_form(tmp_path_factory.mktemp("text"), plan_lines(), "text"))


@pytest.mark.parametrize("form", list(FORMS))
def test_a_page_drawn_out_of_reading_order_reads_as_the_text(tmp_path, reference, form):
    order, backwards, drop, font, table_top = FORMS[form]
    parts, cells = plan_parts(drop, table_top)
    (tmp_path / "drawn.pdf").write_bytes(text_pdf([drawn(parts, order, backwards)], shapes=[cells], **({"font_path": font} if font else {})))
    doc = process(tmp_path / "drawn.pdf")
    assert differences(reference, doc) == []
    assert (doc.metadata.number, doc.metadata.signer.name, doc.metadata.title) == \
        ("317/KH-UBND", "Lê Thị Thanh Hương", reference.metadata.title)


@pytest.mark.parametrize("drop", [0.0, -1.5, 2.0])
def test_a_page_drawn_in_order_is_read_as_drawn(tmp_path, drop):
    # held before this change too: the header's columns one after the other, each top down, is the reading order
    parts, cells = plan_parts(drop)
    (tmp_path / "plan.pdf").write_bytes(text_pdf([drawn(parts)], shapes=[cells]))
    doc = pdf.read(tmp_path / "plan.pdf")
    assert [b.orig for b in doc.blocks if b.table is None][:6] == ISSUER + MOTTO


def _boxes(*lines: tuple[float, float, float]) -> np.ndarray:
    """(left, top, right) of 12-point lines."""
    return np.array([(x0, top, x1, top + 12) for x0, top, x1 in lines], dtype=float)


@pytest.mark.parametrize("lines, out_of_order", [
    ([(40, 40, 200), (40, 56, 200), (300, 40, 500), (300, 56, 500)], False),  # the left column, then the right
    ([(40, 40, 500), (40, 56, 480), (40, 72, 300)], False),  # a paragraph
    ([(40, 56, 480), (40, 40, 500)], True),  # its lines bottom up
    ([(300, 40, 500), (40, 41, 200)], True),  # the right column's line, then the left one's on its row
    ([(40, 40, 200), (300, 39, 500), (40, 56, 200), (300, 55, 500)], False),  # row by row, left before right
    ([(60, 800, 80), (40, 40, 500)], True),  # a page number drawn first
    ([(40, 40, 500), (60, 800, 80)], False),
])
def test_a_page_is_out_of_order_when_a_line_comes_after_one_under_it_or_right_of_it(lines, out_of_order):
    assert reading_order.drawn_out_of_order(_boxes(*lines)) is out_of_order


@pytest.mark.parametrize("offset", [-2.0, -1.0, 0.0, 1.0, 2.0])
def test_header_columns_read_as_two_columns_whatever_their_baselines_offsets(offset):
    issuer = [(40, 40 + 16 * k, 180 - 20 * k) for k in range(3)]
    motto = [(300, 40 + offset + 16 * k, 540 - 30 * k) for k in range(2)]
    below = [(60, 110, 500), (60, 126, 480)]  # the title, across the gutter
    boxes = _boxes(*motto[::-1], *below[::-1], *issuer[::-1])  # drawn in any order
    order = reading_order.visual_order(boxes)
    assert [tuple(boxes[k][:3]) for k in order] == [(x0, top, x1) for x0, top, x1 in issuer + motto + below]


def test_a_line_alone_under_the_columns_goes_on_its_side():
    # the issuer's third line under a two-line motto, then the recipients beside the signature with its name lower
    lines = [(40, 40, 200), (300, 40, 540), (40, 56, 200), (300, 56, 540), (40, 72, 150),
             (40, 200, 180), (330, 201, 500), (40, 214, 200), (330, 217, 480), (330, 290, 420)]
    boxes = _boxes(*lines[::-1])
    assert [tuple(boxes[k][:3]) for k in reading_order.visual_order(boxes)] == \
        [(x0, top, x1) for x0, top, x1 in [lines[k] for k in (0, 2, 4, 1, 3, 5, 7, 6, 8, 9)]]
