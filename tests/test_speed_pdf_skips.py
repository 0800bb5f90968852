"""Work the PDF reader skips where a cheap test proves there is nothing to find (issue 20), against the plain code it
replaces: a page's lines walked for a digital signature's details only when its text holds a colon and a labelled
line; a table page's characters asked for the cell that holds them only when they lie in a table's box; a table
page's lines measured for a columns' gutter only when they lie outside the tables' boxes. Each skip is tested twice:
that the work is not done, and that the answers are the plain code's (on built cases and PDFs of varied layouts)."""

from __future__ import annotations

import re
from itertools import groupby

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pdf_tables import Grid, ruled_rows_pdf, write_pdf
from pdfmaker import drawn_over, text_pdf, with_signing_stamp

from parsers import forms, pdf, reading_order
from pipeline.run import process


def _plain_signature_details(text: str) -> np.ndarray:
    """pdf._signature_details as it was before its skips: every line asked, every run of lines walked."""
    found = np.zeros(len(text), dtype=bool)
    lines = list(re.finditer(r"[^\r\n]+", text))
    labelled = forms.signature_details(text, [line.span() for line in lines]).tolist()
    for is_labelled, group in groupby(zip(lines, labelled), key=lambda pair: pair[1]):
        run = [line for line, _ in group]
        if is_labelled and any(forms.names_the_signing(line.group()) for line in run):
            found[run[0].start():run[-1].end()] = True
    return found


# a page around an e-signature's details: its labels spaced and cased as printed, labels a cell may start with too,
# colons in and out of labels, pdfium's line breaks and blank lines between the details
_PIECES = st.sampled_from(["Ký bởi:", "KÝ BỞI :", "Thời gian ký:", "Người ký: ", "Cơ quan:", "Email:", "Cơ quan chủ trì:",
                           "Số: 12/KH", "08:30", ":", " ", "\t", "Trần Văn Bình", "Sở Tư pháp", "\r\n", "\n", "\r\n \r\n"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_signature_details_with_skips_are_the_plain_walks(text):
    assert pdf._signature_details(text).tolist() == _plain_signature_details(text).tolist()


@pytest.mark.parametrize("text", ["Nhiệm vụ\r\nSở Tư pháp\r\n2026", "Ký bởi Sở Tư pháp\r\nThời gian ký 08 30", ""])
def test_a_page_without_a_colon_has_no_line_asked(monkeypatch, text):
    """No colon, no label (every label ends in one): the page's lines are neither listed nor asked."""
    monkeypatch.setattr(forms, "signature_details", lambda *_: pytest.fail("lines asked on a page without a colon"))
    assert not pdf._signature_details(text).any()


@pytest.mark.parametrize("text", ["Số: 12/KH-UBND\r\nNơi nhận:", "Thời hạn: 2026\r\nGhi chú: 08:30"])
def test_a_page_without_a_labelled_line_walks_no_run(monkeypatch, text):
    """Colons but no label of a signature's details: the lines are not walked in runs for one naming the signing."""
    monkeypatch.setattr(pdf, "groupby", lambda *_, **__: pytest.fail("lines walked with no labelled line"))
    assert not pdf._signature_details(text).any()


def test_cells_are_asked_of_the_characters_in_a_table_only(tmp_path, monkeypatch):
    """A page with a table and lines above and below it: only the characters in the table's box are matched with its
    cells (a character outside it is in none of them)."""
    path = write_pdf(Grid(widths=[30, 200, 120, 90], header=[["TT", "Nhiệm vụ", "Đơn vị", "Thời hạn"]],
                          rows=[[str(k), f"Nhiệm vụ số {k}", "Sở Tư pháp", "2026"] for k in range(1, 6)]),
                     tmp_path / "ruled.pdf", title="PHỤ LỤC DANH MỤC NHIỆM VỤ KÈM THEO KẾ HOẠCH")
    asked = []
    containment, first_containing = pdf._containment, pdf._first_containing

    def counted(boxes, areas):
        asked.append((len(boxes), len(areas)))
        return containment(boxes, areas)

    def counted_first(boxes, areas):
        asked.append((len(boxes), len(areas)))
        return first_containing(boxes, areas)

    monkeypatch.setattr(pdf, "_containment", counted)
    monkeypatch.setattr(pdf, "_first_containing", counted_first)
    doc = process(path)
    assert any(b.table for b in doc.blocks)
    (page_chars, _), (cell_chars, _) = asked[:2]  # the tables' boxes, then their cells
    assert 0 < cell_chars < page_chars


def _plain_column_gaps(text, boxes, boxes_at, tables=(), also=None):
    """reading_order.column_gaps as it was before its skip: every line measured and named, then those in a table's
    box left out."""
    spans = reading_order.line_spans(text)
    if not spans:
        return []
    height = reading_order.median(np.maximum(boxes[:, 3] - boxes[:, 1], 1.0))
    lengths = np.array([end - start for start, end in spans])
    labelled = also(text, spans) if also else np.zeros(len(spans), dtype=bool)
    looked_into = (boxes[:, 2] - boxes[:, 0] >= reading_order._WIDE_LINE * height * lengths) | labelled
    if len(tables):
        looked_into &= ~reading_order._inside(boxes, tables).any(axis=1)
    runs = [(m.start(), m.end(), k) for k in np.flatnonzero(looked_into).tolist()
            for m in reading_order._SPACE_RUN.finditer(text, *spans[k]) if spans[k][0] < m.start() and m.end() < spans[k][1]]
    if not runs:
        return []
    around = boxes_at(np.array([i for start, end, _ in runs for i in (start - 1, end)], dtype=int)).reshape(-1, 2, 4)
    white = (around[:, 1, 0] - around[:, 0, 2]).tolist()
    gaps = []
    for k, group in groupby(zip(runs, white), key=lambda run: run[0][2]):
        group = list(group)
        narrowest = max(min(gap for _, gap in group), 0.0)
        gaps += [start for (start, _, _), gap in group
                 if gap >= (1.0 if labelled[k] else reading_order._COLUMN_WHITE) * height
                 and (len(group) == 1 or gap >= reading_order._GUTTER_TO_SPACE * narrowest)]
    return gaps


_LINE_PIECES = st.sampled_from(["Ký bởi:", "Sở Tư pháp", "Số: 12/KH", "x", " ", "   ", "\t", "Thời gian ký:", "08:30"])


@st.composite
def _page(draw):
    """A page's text (lines of words and runs of spaces, pdfium's line breaks between), each character's box on a
    coarse grid (wide and narrow gaps, lines of several heights), and up to three tables' boxes over some lines."""
    lines = draw(st.lists(st.lists(_LINE_PIECES, min_size=1, max_size=6).map("".join), max_size=10))
    text = "\r\n".join(lines)
    boxes, x, row = [], 0.0, 0
    for char in text:
        if char in "\r\n":
            boxes.append((0.0, 0.0, 0.0, 0.0))
            x, row = 0.0, row + (char == "\n")
            continue
        width = draw(st.sampled_from([2.0, 6.0, 40.0]))
        height = draw(st.sampled_from([8.0, 12.0]))
        boxes.append((x, 14.0 * row, x + width, 14.0 * row + height))
        x += width + draw(st.sampled_from([0.0, 1.0, 30.0]))
    tables = [(draw(_GRID), draw(_GRID) * 4, 600.0, draw(_GRID) * 4 + 14 * draw(st.integers(0, 4)))
              for _ in range(draw(st.integers(0, 3)))]
    return text, np.asarray(boxes, dtype=float).reshape(-1, 4), tables


_GRID = st.integers(0, 10).map(lambda k: 10.0 * k)


@settings(max_examples=400, deadline=None)
@given(_page())
def test_column_gaps_of_the_lines_outside_tables_are_the_plain_measures(page):
    text, char_boxes, tables = page
    boxes_at = lambda at: char_boxes[at]  # noqa: E731
    lines = reading_order.line_boxes(text, boxes_at)
    assert (reading_order.column_gaps(text, lines, boxes_at, tables, forms.signature_details)
            == _plain_column_gaps(text, lines, boxes_at, tables, forms.signature_details))


def test_the_lines_inside_a_table_are_not_named_nor_measured():
    """A page of a table's lines and a line above it: only that line is asked whether it names a signature's details."""
    text = "Ký bởi: Sở Tư pháp\r\n1 Rà soát  Sở Tư pháp\r\n2 Cập nhật  Sở Nội vụ"
    lines = np.array([[60.0, 20.0, 300.0, 32.0], [60.0, 100.0, 400.0, 112.0], [60.0, 130.0, 400.0, 142.0]])
    asked = []

    def also(text, spans):
        asked.extend(spans)
        return forms.signature_details(text, spans)

    reading_order.column_gaps(text, lines, lambda at: np.zeros((len(at), 4)), [(50.0, 90.0, 500.0, 150.0)], also)
    assert asked == reading_order.line_spans(text)[:1]


# ---------------------------------------------------------------------------------------------------------------
# The fast paths against the plain ones on PDFs of varied layouts


def _plain_cell_spans(text, indexes, boxes, cells, outside=None):
    """Every character with a box asked for its cell, but a signature's details drawn over a table (as before the
    skip: ``outside`` then held those only)."""
    stamped = _plain_signature_details(text)[indexes]
    return _CELL_SPANS(text, indexes, boxes, cells, stamped)


_CELL_SPANS = pdf._cell_spans
_ROWS = [[str(k), f"Nhiệm vụ số {k}: rà soát, cập nhật", "Sở Tư pháp", f"Quý {k % 4 + 1}/2026"] for k in range(1, 9)]


def _layouts(tmp_path):
    ruled = write_pdf(Grid(widths=[30, 200, 120, 90], header=[["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"]], rows=_ROWS),
                      tmp_path / "ruled.pdf")
    boxed = write_pdf(Grid(widths=[30, 150, 120, 80], header=[["TT", "Nội dung", "Cơ quan", "Thời gian"]], rows=_ROWS,
                           word_boxes=True, jitter=0.4, pages=[["9", "Nhiệm vụ tiếp", "Sở Nội vụ", "2027"]]),
                      tmp_path / "boxed.pdf", rows_per_page=5)
    half = ruled_rows_pdf(tmp_path / "half.pdf", ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"], _ROWS)
    two_columns = tmp_path / "two.pdf"
    two_columns.write_bytes(text_pdf([[(60.0, 60.0, "ỦY BAN NHÂN DÂN"), (330.0, 60.0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                                       (60.0, 80.0, "Số: 12/KH-UBND"), (330.0, 80.0, "Hà Nội, ngày 3 tháng 2 năm 2026"),
                                       (60.0, 130.0, "KẾ HOẠCH"), (60.0, 150.0, "Thực hiện nhiệm vụ năm 2026")]]))
    signed = tmp_path / "signed.pdf"  # a signature's details drawn over a table: no cell's text
    signed.write_bytes(drawn_over(ruled.read_bytes(), (250, 140), ["Ký bởi: Sở Tư pháp", "Cơ quan: Sở Tư pháp",
                                                                  "Thời gian ký: 03.02.2026 08:30:00 +07:00"]))
    stamped = tmp_path / "stamped.pdf"  # a widget's number stamped into the blank
    stamped.write_bytes(with_signing_stamp(two_columns.read_bytes(), (92, 80), ["12"]))
    return [ruled, boxed, half, two_columns, signed, stamped]


def test_pdfs_read_with_the_skips_are_read_as_by_the_plain_code(tmp_path, monkeypatch):
    paths = _layouts(tmp_path)
    fast = [process(path).model_dump_json() for path in paths]
    monkeypatch.setattr(pdf, "_signature_details", _plain_signature_details)
    monkeypatch.setattr(pdf, "_cell_spans", _plain_cell_spans)
    plain = [process(path).model_dump_json() for path in paths]
    for path, one, other in zip(paths, fast, plain):
        assert one == other, path.name
