"""A handwritten figure read as another by both readings, with the right count of figures ('914' written with a
thin upright pen read '374', the day '11' read '17'): the blank is read again alone, digits only, several ways,
and the field is kept only when every reading agrees. Typed figures read the same every way, so they are still
taken (the reading at twice the size as a line is left out: it read a typed '4' as nothing, '71' as '1').
Pages are drawn by tests/test_handwriting.py's header_page (pen strokes for the figures, as
scripts/handwriting_variants.py --more draws them); the line is cut out and judged as parsers/ocr.py does, the
page's reading taken to agree with the line's (the case the count of figures cannot catch)."""

from __future__ import annotations

import numpy as np
import pytest

from parsers import handwriting
from parsers.ocr import tesseract_problem
from pdfmaker import DEJAVU_SANS, DEJAVU_SERIF, SANS, SERIF, as_jpeg, on_grey_paper
from test_handwriting import _STROKES, header_page

pytestmark = pytest.mark.skipif(tesseract_problem() is not None, reason=str(tesseract_problem()))

NUMBER_LINE = (200, 260, 1150, 360)  # header_page's "Số: …/QĐ-UBND", pixels
DATE_LINE = (1200, 260, 2450, 360)  # its "Lào Cai, ngày … tháng 10 năm 2025"
THIN_UPRIGHT = {"scale": 0.95, "width": 4, "slant": 0.0}
NINE = [[(0.85, 0.3), (0.5, 0.0), (0.15, 0.2), (0.4, 0.5), (0.85, 0.3), (0.6, 1.0)]]  # as handwriting_variants draws it


@pytest.fixture(autouse=True)
def _nine(monkeypatch):
    monkeypatch.setitem(_STROKES, "9", NINE)


def _field(image, box, kind: str, name: str) -> tuple[handwriting.Field, str]:
    """The field as judged when the page's OCR read what the line's reading gives (both readings agree)."""
    line = image.crop(box)
    rgb, glyphs = np.asarray(line.convert("RGB")), handwriting.makebox(line.convert("L"))
    first = handwriting.fields(rgb, glyphs, kind)  # no page reading: only where the field is
    field = next(f for f in first if f.name == name)
    reading = "".join(g.char for g in glyphs if field.box[0] <= (g.left + g.right) / 2 <= field.box[2])
    readings = {"number": reading} if kind == "number" else {"day": reading, "month": "10", "year": "2025"}
    return next(f for f in handwriting.fields(rgb, glyphs, kind, readings) if f.name == name), reading


@pytest.mark.parametrize(("face", "number"), [(SERIF, "914"), (DEJAVU_SERIF, "914")], ids=lambda v: getattr(v, "stem", v))
def test_a_written_number_misread_with_the_right_count_is_not_taken(face, number):
    page = header_page(face, number=number, hand={"number": THIN_UPRIGHT})
    field, reading = _field(page, NUMBER_LINE, "number", "number")
    assert field.handwritten or reading == number, (reading, field)


@pytest.mark.parametrize(("face", "day"), [(SANS, "11")], ids=lambda v: getattr(v, "stem", v))
def test_a_written_day_misread_with_the_right_count_is_not_taken(face, day):
    page = header_page(face, day=day, hand={"day": THIN_UPRIGHT})
    field, reading = _field(page, DATE_LINE, "date", "day")
    assert field.handwritten or reading == day, (reading, field)


@pytest.mark.parametrize(("face", "number", "day"), [(SERIF, "4", "09"), (SANS, "71", "4"), (DEJAVU_SERIF, "1894", "9"),
                                                     (DEJAVU_SANS, "09", "1")], ids=lambda v: getattr(v, "stem", v))
@pytest.mark.parametrize("scan", ["clean", "jpeg"])
def test_typed_figures_read_alone_the_same(face, number, day, scan):
    """Typed figures, as drawn and on a grey JPEG: read alone they read the same, so they are still taken."""
    page = header_page(face, number=number, day=day)
    if scan == "jpeg":
        page = as_jpeg(on_grey_paper(page, 215), 50)
    for box, kind, name, value in ((NUMBER_LINE, "number", "number", number), (DATE_LINE, "date", "day", day)):
        field, reading = _field(page, box, kind, name)
        assert reading == value and not field.handwritten, (name, reading, field)
