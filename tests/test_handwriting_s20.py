"""A number or day whose figures both readings get wrong the same way: a figure left out ('1740' read '772') or
read twice is not output. The count of digits read is checked against the figures of ink in the blank (each
figure, typed or written, is one connected mark), so the field is null with its warning instead of a confident
wrong value. Pages are drawn by tests/test_handwriting.py's header_page: typed in four faces or written by hand
at the type's own height."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from parsers import handwriting
from parsers.ocr import tesseract_problem
from pdfmaker import DEJAVU_SANS, DEJAVU_SERIF, SANS, SERIF, as_jpeg, on_grey_paper, scan_pdf
from pipeline.run import process
from test_handwriting import header_page

pytestmark = pytest.mark.skipif(tesseract_problem() is not None, reason=str(tesseract_problem()))

NUMBER_LINE = (200, 260, 1150, 360)  # header_page's "Số: …/QĐ-UBND", pixels


def _number_line(face, number: str) -> tuple[np.ndarray, list[handwriting.Glyph]]:
    image = header_page(face, number=number).crop(NUMBER_LINE)
    return np.asarray(image.convert("RGB")), handwriting.makebox(image.convert("L"))


def _digit_glyphs(glyphs: list[handwriting.Glyph]) -> list[int]:
    slash = next(i for i, g in enumerate(glyphs) if g.char == "/")
    return [i for i, g in enumerate(glyphs[:slash]) if g.char.isdigit()]


def _misread(glyphs: list[handwriting.Glyph], how: str) -> list[handwriting.Glyph]:
    """The line's glyphs as a reading that left out a figure (two boxes read as one digit) or read one twice."""
    digits = _digit_glyphs(glyphs)
    first, second = glyphs[digits[0]], glyphs[digits[1]]
    if how == "left out":
        joined = dataclasses.replace(second, left=first.left, top=min(first.top, second.top), bottom=max(first.bottom, second.bottom))
        return glyphs[: digits[0]] + [joined] + glyphs[digits[1] + 1 :]
    middle = (first.left + first.right) // 2
    halves = [dataclasses.replace(first, right=middle), dataclasses.replace(first, left=middle + 1)]
    return glyphs[: digits[0]] + halves + glyphs[digits[0] + 1 :]


def _number_field(rgb, glyphs) -> handwriting.Field:
    reading = "".join(glyphs[i].char for i in _digit_glyphs(glyphs))
    return next(f for f in handwriting.fields(rgb, glyphs, "number", {"number": reading}) if f.name == "number")


@pytest.mark.parametrize("how", ["left out", "read twice"])
@pytest.mark.parametrize(("face", "number"), [(SANS, "1740"), (SERIF, "914"), (SANS, "71"), (DEJAVU_SERIF, "4791"),
                                              (DEJAVU_SANS, "19")], ids=lambda v: getattr(v, "stem", v))
def test_a_figure_misread_by_both_readings_is_not_taken(face, number, how):
    """Ink that matches the type (here the type itself), read the same wrong way twice: only the count tells."""
    rgb, glyphs = _number_line(face, number)
    assert not _number_field(rgb, glyphs).handwritten  # read right: taken
    misread = _number_field(rgb, _misread(glyphs, how))
    assert misread.handwritten and "figures of ink" in misread.reason, misread


@pytest.mark.parametrize("face", [SERIF, SANS, DEJAVU_SERIF, DEJAVU_SANS], ids=lambda f: f.stem)
def test_typed_numbers_keep_their_figures_on_a_poor_scan(face):
    """A typed number on a grey JPEG scan: its figures stay one mark each, so it is still read."""
    image = as_jpeg(on_grey_paper(header_page(face, number="1947").crop(NUMBER_LINE), 215), 40)
    glyphs = handwriting.makebox(image.convert("L"))
    field = _number_field(np.asarray(image.convert("RGB")), glyphs)
    assert not field.handwritten, field


@pytest.fixture(scope="module")
def the_772_page(tmp_path_factory):
    """s20's probe: '1740' written with a thin pen at the capitals' height in Liberation Sans' line, on grey
    paper as a JPEG; both readings gave '772' and the pipeline output 772/QĐ-UBND with no warning."""
    pen = {"scale": 0.95, "width": 4}
    page = as_jpeg(on_grey_paper(header_page(SANS, number="1740", day="17", hand={"number": pen, "day": pen}), 225), 50)
    path = tmp_path_factory.mktemp("hand") / "qd.pdf"
    path.write_bytes(scan_pdf([page]))
    return process(path)


def test_a_number_written_at_the_types_height_is_right_or_null_with_its_warning(the_772_page):
    meta = the_772_page.metadata
    assert meta.number in (None, "1740/QĐ-UBND"), meta.number
    if meta.number is None:
        warning = next(w for w in the_772_page.warnings if w.code == "number_handwritten")
        assert warning.where["page"] == 1 and warning.where["bbox"]
    assert meta.symbol == "QĐ-UBND"
