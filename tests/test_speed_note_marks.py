"""A page piece's notes' marks glued to a note's first word are set apart over the piece (``footnotes.notes_start_apart``,
issue 20): the same as ``note_start_apart`` on each of its lines, and a piece with no figure glued to a capitalised
word is not walked line by line."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import footnotes, pdf
from parsers.footnotes import note_start_apart, notes_start_apart
from pdfmaker import text_pdf

# what a page's lines hold around a note's mark: figures, capitalised and small words (marked and plain), spaces of
# several kinds, every line break str.splitlines knows, the stamp markers (forms.py)
_PIECES = st.sampled_from(["1", "12", "3", "Quyết", "Ủy", "Đề", "ước", "đồng", "Kế hoạch", "QĐ", " ", "  ", "\t",
                           "\u00a0", "\n", "\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029", ".",
                           "/", "-", "\ue000", "\ue001"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_a_piece_set_apart_gives_its_lines_set_apart(text):
    assert notes_start_apart(text).splitlines() == [note_start_apart(line) for line in text.splitlines()]


@pytest.mark.parametrize("text, apart", [
    ("Căn cứ Quyết định số 12/QĐ-UBND\r\n1Quyết định số 12/QĐ-UBND ngày 3/2/2026.\r\n2Ủy ban nhân dân tỉnh.",
     "Căn cứ Quyết định số 12/QĐ-UBND\r\n1 Quyết định số 12/QĐ-UBND ngày 3/2/2026.\r\n2 Ủy ban nhân dân tỉnh."),
    ("  3Đề án phát triển\n", "  3 Đề án phát triển\n"),
    ("giá năm 2025\r3ước tính", "giá năm 2025\r3ước tính"),  # a small letter opens no note
    ("số 12Kế hoạch", "số 12Kế hoạch"),  # glued, but not at a line's start
])
def test_glued_marks_are_set_apart_at_a_lines_start_only(text, apart):
    assert notes_start_apart(text) == apart


def test_a_piece_without_a_figure_glued_to_a_word_is_not_walked(monkeypatch):
    def walked(line):
        raise AssertionError(f"line looked at: {line!r}")

    monkeypatch.setattr(footnotes, "note_start_apart", walked)
    text = "I. MỤC ĐÍCH\r\n1. Sở Tư pháp chủ trì năm 2026\r\n2 Ủy ban nhân dân"
    assert notes_start_apart(text) is text


def test_a_pdf_notes_glued_mark_reads_apart(tmp_path):
    """Through the reader: a note at a page's foot whose raised mark pdfium gives glued to its first word."""
    lines = ["Căn cứ Quyết định số 12/QĐ-UBND của Ủy ban nhân dân tỉnh", "Các sở, ngành triển khai trong năm 2026",
             "1Quyết định số 12/QĐ-UBND ngày 03/02/2026"]
    path = tmp_path / "glued.pdf"
    path.write_bytes(text_pdf([[(72, 72 + 22 * k, text) for k, text in enumerate(lines)]]))
    assert [b.orig for b in pdf.read(path).blocks][-1] == "1 Quyết định số 12/QĐ-UBND ngày 03/02/2026"
