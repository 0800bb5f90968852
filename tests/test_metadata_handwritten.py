"""The metadata stage's unreadable rule: a number or a date part the OCR reader found handwritten
(``prov.handwritten``) is null with a warning that points at the page and the box; a typed number is
taken whatever Tesseract's confidence in it; typed parts of a date are kept as a partial date."""

from __future__ import annotations

import pytest

from pipeline.stages.metadata import read_number, read_place_and_date
from pipeline.model import Block, Provenance


def block(text: str, hand: list[str] = (), unsure: list[str] = ()) -> Block:
    marks = [{"field": f, "bbox": [100.0, 90.0, 140.0, 110.0], "reason": "glyphs 1.4× the height of the typed ones"} for f in hand]
    return Block(id="b0003", orig=text, text=text, prov=Provenance(reader="ocr", page=1, line_start=3, line_end=3, ocr_confidence=70.0,
                                                                    ocr_unsure=list(unsure), handwritten=marks))


@pytest.mark.parametrize("line", ["Số: 322/QĐ-TTg", "Số: Ở32/QĐ-TTg", "Số: /QĐ-TTg", "Số:  2/J CT-CS"])
def test_a_handwritten_number_is_null_whatever_ocr_read(line):
    number, symbol, issues = read_number([block(line, hand=["number"])])
    assert number is None
    assert [i.code for i in issues] == ["number_handwritten"]
    assert issues[0].where["page"] == 1 and issues[0].where["bbox"] == [100.0, 90.0, 140.0, 110.0]
    if "/QĐ-TTg" in line:
        assert symbol == "QĐ-TTg"


def test_a_typed_number_read_with_low_confidence_is_taken():
    """Tesseract gives a typed Arial '5743/QĐ-UBND' 32: confidence alone says nothing about handwriting."""
    number, symbol, issues = read_number([block("Số: 5743/QĐ-UBND", unsure=["5743/QĐ-UBND"])])
    assert (number, symbol, issues) == ("5743/QĐ-UBND", "QĐ-UBND", [])


@pytest.mark.parametrize("line, hand, partial", [
    ("Hà Nội, ngày 30 tháng 4 năm 2026", ["day"], "2026-04"),
    ("Hà Nội, ngày30 tháng 4 năm 2026", ["day"], "2026-04"),  # OCR glued the day to "ngày"
    ("Hà Nội ngày 0Ÿ tháng # năm 2026", ["day", "month"], "2026"),
    ("Lâm Đồng, ngày 24 tháng 10 năm 2025", ["day", "month"], "2025"),
])
def test_a_handwritten_day_or_month_leaves_the_typed_parts(line, hand, partial):
    place, issued, issues = read_place_and_date([block(line, hand=hand)])
    assert issued is not None and issued.iso is None and issued.partial == partial
    assert place and place.split()[0] in ("Hà", "Lâm")
    assert [i.code for i in issues] == ["issue_date_handwritten"] and issues[0].where["fields"] == hand


def test_a_typed_date_is_read():
    place, issued, issues = read_place_and_date([block("Hà Nội, ngày 15 tháng 5 năm 2025", unsure=["15"])])
    assert (place, issued.iso, issues) == ("Hà Nội", "2025-05-15", [])
