"""Work the PDF reader skips where a cheap test proves there is nothing to find (issue 20), against the plain code it
replaces: a page's lines walked for a digital signature's details only when its text holds a colon and a labelled
line; a table page's characters asked for the cell that holds them only when they lie in a table's box. Each skip is
tested twice: that the work is not done, and that the reading is the plain code's on PDFs of varied layouts."""

from __future__ import annotations

import re
from itertools import groupby

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pdf_tables import Grid, ruled_rows_pdf, write_pdf
from pdfmaker import drawn_over, text_pdf, with_signing_stamp

from parsers import forms, pdf
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
    containment = pdf._containment

    def counted(boxes, areas):
        asked.append((len(boxes), len(areas)))
        return containment(boxes, areas)

    monkeypatch.setattr(pdf, "_containment", counted)
    doc = process(path)
    assert any(b.table for b in doc.blocks)
    (page_chars, _), (cell_chars, _) = asked[:2]  # the tables' boxes, then their cells
    assert 0 < cell_chars < page_chars


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
