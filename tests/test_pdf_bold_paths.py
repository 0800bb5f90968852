"""The PDF reader's bold lines (``parsers.pdf.bold_lines``: each text object's face asked for once, each font decided
once, a page whose lines all start in a regular face left at once) are those of the plain per-character test it
replaced, on generated pages (fonts bold by weight or by name, regular, stroked "synthetic" bold, runs mixed on a
line, text inside a form, invisible text, indented and blank lines, one line in both faces) and on every page of the
real PDFs when ../shared is there."""

from __future__ import annotations

import ctypes
import re
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from conftest import REALDOCS, REALDOCS2
from hypothesis import given, settings
from hypothesis import strategies as st
from pdfmaker import A4, DEJAVU_SANS, FONTS, SERIF, SERIF_BOLD, _font

from parsers.pdf import bold_lines
from pipeline.text import nfc

_PLAIN_BOLD_NAME = re.compile(rb"bold|black|heavy", re.IGNORECASE)


def _plain_bold_at(textpage: pdfium.PdfTextPage, index: int, name: ctypes.Array) -> bool:
    if pdfium_c.FPDFText_GetFontWeight(textpage.raw, index) >= 600:
        return True
    return pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, name, len(name), None) > 0 and _PLAIN_BOLD_NAME.search(name.value) is not None


def _plain_bold_lines(textpage: pdfium.PdfTextPage, text: str) -> frozenset[str]:
    """bold_lines as it was first written: two pdfium calls (the character's font weight, its font's name) for the
    first character of every line, and for every other character of a line whose first is bold."""
    name = ctypes.create_string_buffer(128)
    bold, regular = set(), set()
    at = 0
    for line in text.split("\r\n"):
        start, at = at, at + len(line) + 2
        key = line.strip()
        if not key:
            continue
        first = start + len(line) - len(line.lstrip())
        all_bold = _plain_bold_at(textpage, first, name) and all(
            _plain_bold_at(textpage, start + k, name) for k, c in enumerate(line) if not c.isspace())
        (bold if all_bold else regular).add(nfc(key))
    return frozenset(bold - regular)


def _pages_agree(pdf: pdfium.PdfDocument) -> int:
    """Asserts both give the same lines on every page; the number of bold lines found."""
    found = 0
    for index in range(len(pdf)):
        page = pdf[index]
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        expected = _plain_bold_lines(textpage, text)
        assert bold_lines(textpage, text) == expected, f"page {index + 1}"
        found += len(expected)
        textpage.close()
        page.close()
    return found


# Faces: a TrueType file (its descriptor's weight), one of the standard 14 (bold by its name only), or a regular
# TrueType drawn filled and stroked, as a PDF printer makes "synthetic" bold (not bold: the font is regular)
_FACES = {
    "serif": ("file", SERIF), "serif bold": ("file", SERIF_BOLD), "sans": ("file", DEJAVU_SANS),
    "sans bold": ("file", FONTS / "dejavu" / "DejaVuSans-Bold.ttf"), "Helvetica": ("standard", "Helvetica"),
    "Helvetica-Bold": ("standard", "Helvetica-Bold"), "Times-BoldItalic": ("standard", "Times-BoldItalic"),
    "stroked": ("stroked", SERIF),
}
_WORDS = ["Nhiệm vụ", "I.", "QUYẾT ĐỊNH", "Điều 1.", "Mục tiêu", "a)", "số hóa tài liệu", "2025", "Nhie\u0323\u0302m", "–", " "]
_RUN = st.tuples(st.sampled_from(_WORDS), st.sampled_from(sorted(_FACES)))
_LINE = st.tuples(st.integers(0, 3), st.lists(_RUN, min_size=0, max_size=4))  # (spaces before it, its runs)
_PAGE = st.tuples(st.lists(_LINE, min_size=1, max_size=8), st.booleans(), st.booleans())  # lines, in a form, invisible


def _pdf(pages: list[tuple]) -> pdfium.PdfDocument:
    """Each page's lines, one text object a run, 20 points apart; the whole page drawn through a form XObject where
    asked (its text objects inside the form), its last line invisible where asked."""
    pdf = pdfium.PdfDocument.new()
    for lines, in_form, invisible in pages:
        holder = pdfium.PdfDocument.new() if in_form else pdf
        page = holder.new_page(*A4)
        for number, (indent, runs) in enumerate(lines):
            x = 60.0 + 6 * indent
            for word, face in runs:
                obj = pdfium_c.FPDFPageObj_CreateTextObj(holder.raw, _loaded(holder, face), 12.0)
                text = ctypes.create_string_buffer((word + "\x00").encode("utf-16-le"))
                pdfium_c.FPDFText_SetText(obj, ctypes.cast(text, ctypes.POINTER(ctypes.c_ushort)))
                if _FACES[face][0] == "stroked":
                    pdfium_c.FPDFTextObj_SetTextRenderMode(obj, pdfium_c.FPDF_TEXTRENDERMODE_FILL_STROKE)
                if invisible and number == len(lines) - 1:
                    pdfium_c.FPDFTextObj_SetTextRenderMode(obj, pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE)
                pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, A4[1] - 60 - 20 * number)
                pdfium_c.FPDFPage_InsertObject(page.raw, obj)
                x += 8 * len(word) + 4
        page.gen_content()
        if in_form:
            outer = pdf.new_page(*A4)
            outer.insert_obj(holder.page_as_xobject(0, pdf).as_pageobject())
            outer.gen_content()
    return pdf


def _loaded(pdf: pdfium.PdfDocument, face: str):
    """The face loaded into ``pdf`` (a page drawn as a form is made in a document of its own) once, when first used."""
    loaded = pdf.__dict__.setdefault("_faces", {})
    if face not in loaded:
        kind, source = _FACES[face]
        loaded[face] = _font(pdf, source) if kind != "standard" else pdfium_c.FPDFText_LoadStandardFont(pdf.raw, source.encode())
    return loaded[face]


@settings(max_examples=30, deadline=None)
@given(st.lists(_PAGE, min_size=1, max_size=3))
def test_bold_lines_are_the_plain_tests_on_generated_pages(pages):
    _pages_agree(_pdf(pages))


def test_the_generated_faces_give_bold_lines_and_lines_in_both_faces_are_not():
    """The generator's bold faces are found bold (by weight and by name), its regular and stroked ones not, and a line
    printed once in bold and once regular is left out: what the comparison above stands on."""
    lines = [(0, [("Mục tiêu", "serif bold")]), (1, [("I.", "Helvetica-Bold"), (" ", "sans"), ("Ke hoach", "Times-BoldItalic")]),
             (0, [("QUYẾT ĐỊNH", "stroked")]), (0, [("Điều 1.", "sans bold")]), (0, [("Điều 1.", "serif")]),
             (0, [("a)", "serif bold"), ("2025", "Helvetica")])]
    pdf = _pdf([(lines, False, False), (lines, True, False)])
    for index in range(len(pdf)):
        textpage = pdf[index].get_textpage()
        assert bold_lines(textpage, textpage.get_text_range()) == {"Mục tiêu", "I. Ke hoach"}
    assert _pages_agree(pdf) == 4


@pytest.mark.skipif(not REALDOCS.exists(), reason="the real documents (../shared) are not here")
def test_bold_lines_are_the_plain_tests_on_every_real_pdf():
    paths = sorted(p for folder in (REALDOCS, REALDOCS2) for p in Path(folder).rglob("*.pdf"))
    found = 0
    for path in paths:
        try:
            pdf = pdfium.PdfDocument(path)
        except pdfium.PdfiumError:  # a damaged or protected file: the reader refuses it before any page
            continue
        found += _pages_agree(pdf)
        pdf.close()
    assert found > 0  # the real documents have bold headings: the comparison covered some
