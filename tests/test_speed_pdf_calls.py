"""The PDF reader's per-character and per-line work done with fewer calls (issue 20), against the plain code it
replaced: footnote figures found by one scan in C (a Python test of each run of figures before), the character boxes,
a page's objects and a character's text object asked of pdfium with arguments made once (ctypes built a C argument
for each pointer and int at every call), and a line's NFC made for the bold-line lookup only on a page that has bold
lines. Each change is tested for
what it spares and for answers that are the plain code's."""

from __future__ import annotations

import ctypes
import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pdfmaker import text_pdf

from parsers import footnotes, pdf, rules

_FIGURES, _SPACE, _AFTER_A_MARK = re.compile(r"\d+"), re.compile(r"\s"), re.compile(r"[\s,.;:)]")


def _plain_figures_after_a_word(text: str) -> list[tuple[int, int]]:
    """footnotes._figures_after_a_word as it was: every run of figures, each tested in Python (a number standing alone
    from its second figure on)."""
    found = []
    for run in _FIGURES.finditer(text):
        start, end = run.span()
        if end == len(text) or _AFTER_A_MARK.match(text, end):
            if start and not _SPACE.match(text, start - 1):
                found.append((start, end))
            elif end - start >= 2:
                found.append((start + 1, end))
    return found


# letters (Vietnamese, Latin), figures of other scripts that \d takes ("٣", "３") and a superscript it does not ("²"),
# the stops a mark comes before, other punctuation, spaces of several kinds, pdfium's line breaks
_PIECES = st.sampled_from(["tỉnh", "QH", "Sở", "a", "1", "2", "15", "2026", "٣", "３", "²", ".", ",", ";", ":", ")", "(",
                           "/", "-", "”", " ", "\u00a0", "\u2003", "\t", "\r\n", "\n"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join))
@example("tỉnh1 và QH15¹, năm 2026.1\r\n105/2025/NĐ-CP2")
@example("1tỉnh 2")  # figures at the text's start: nothing before them
@example("Sở3")  # at the text's end
@example("a12b 3")  # a run followed by a letter is no mark's
@example("x٣, y３)")
def test_figures_after_a_word_are_the_plain_scan(text):
    assert list(footnotes._figures_after_a_word(text)) == _plain_figures_after_a_word(text)


def test_figures_after_a_word_are_found_by_one_pattern_opening_on_a_figure():
    """The scan opens on a figure, so that re passes over the page's other characters in C, and no Python code runs
    for a run of figures that is no mark's place (figures before a letter); a number standing alone is given from its
    second figure ("2026": its last figures may be a raised mark, "70¹" in a cell)."""
    assert footnotes._FIGURES_AFTER_A_WORD.pattern.startswith(r"\d")
    assert list(footnotes._figures_after_a_word("năm 2026 và 3a, tỉnh4.")) == [(5, 8), (20, 21)]


def test_the_character_box_pointers_are_c_arguments_made_once():
    """Every pointer pdfium writes a box through is a ready C argument (``byref``): ctypes copies it at each call
    instead of building one from a c_void_p object."""
    ready = type(ctypes.byref(ctypes.c_int()))
    assert all(type(pointer) is ready for side in pdf._BOX_POINTERS for pointer in side)


def test_the_getters_called_per_object_or_character_declare_no_argument():
    """A page's objects (paths looked for among thousands of text runs) and a text page's characters' text objects
    (the bold-line test) are asked with the handle ready and the index a Python int: nothing converted at each call."""
    assert rules._object_at.argtypes == pdf._TEXT_OBJECT.argtypes == pdf._GET_CHAR_BOX.argtypes == ()


def test_the_objects_asked_with_a_ready_handle_are_pdfiums_own():
    """The objects of a page with text, rectangles and a form holding a page, asked by index with the page's handle
    ready, are those pdfium's declared function gives; so are the text objects of its characters."""
    shapes = [[(60, 60 + 30 * k, 200, 20, None, True) for k in range(5)]]
    data = text_pdf([[(72, 72 + 22 * k, f"{k + 1}. Sở Tư pháp chủ trì") for k in range(12)]], shapes=shapes)
    page = pdfium.PdfDocument(data)[0]
    handle = rules.address(page.raw)
    count = pdfium_c.FPDFPage_CountObjects(page.raw)
    declared = [ctypes.cast(pdfium_c.FPDFPage_GetObject(page.raw, i), ctypes.c_void_p).value for i in range(count)]
    assert count > 15 and [rules._object_at(rules.ready(handle), i) for i in range(count)] == declared
    textpage = page.get_textpage()
    chars = textpage.count_chars()
    declared = [ctypes.cast(pdfium_c.FPDFText_GetTextObject(textpage.raw, i), ctypes.c_void_p).value for i in range(chars)]
    ready = rules.ready(rules.address(textpage.raw))
    assert [pdf._TEXT_OBJECT(ready, i) for i in range(chars)] == declared


@pytest.mark.parametrize("count", [1, 7, 300])
def test_the_character_boxes_of_a_few_characters_anywhere_are_pdfiums_own(count):
    """Boxes asked for at scattered indexes (a line's first and last characters), past a chunk's end too."""
    runs = [(72, 60 + 24 * k, f"{k + 1}. Sở Tư pháp chủ trì, phối hợp các sở, ngành") for k in range(20)]
    textpage = pdfium.PdfDocument(text_pdf([runs]))[0].get_textpage()
    total = textpage.count_chars()
    indexes = [(k * 37) % total for k in range(count)]
    assert pdf._char_boxes_at(textpage, indexes).tolist() == [list(textpage.get_charbox(i)) for i in indexes]


def test_a_page_without_bold_lines_makes_one_nfc_a_line(tmp_path, monkeypatch):
    """A page of lines in a regular face: each line's NFC is made once, for its text; none for a bold lookup."""
    lines = [(72, 72 + 22 * k, text) for k, text in enumerate(["KẾ HOẠCH", "Triển khai công tác năm 2026", "I. MỤC ĐÍCH",
                                                                "1. Sở Tư pháp chủ trì", "2. Các sở, ngành phối hợp"])]
    path = tmp_path / "regular.pdf"
    path.write_bytes(text_pdf([lines]))
    calls = []
    real = pdf.nfc
    monkeypatch.setattr(pdf, "nfc", lambda text: calls.append(text) or real(text))
    doc = pdf.read(path)
    assert [b.orig for b in doc.blocks] == [text for _, _, text in lines]
    assert not any(b.bold for b in doc.blocks)
    assert len(calls) == len(doc.blocks)


def test_a_page_with_bold_lines_still_marks_them(tmp_path):
    """The lookup skipped on pages without bold lines is still made where there are: a bold line is marked, the others
    not."""
    path = tmp_path / "bold.pdf"
    lines = ["I. MỤC ĐÍCH", "Sở Tư pháp chủ trì, phối hợp các sở, ngành", "II. NHIỆM VỤ", "Các huyện triển khai trong năm 2026"]
    path.write_bytes(text_pdf([[(72, 72 + 22 * k, text) for k, text in enumerate(lines)]], bold=frozenset(lines[::2])))
    doc = pdf.read(path)
    assert [(b.orig, b.bold) for b in doc.blocks] == [(text, k % 2 == 0) for k, text in enumerate(lines)]
