"""What OCR makes of a handwritten number's line on a poor scan (s42-ocr; found by tests/test_handwriting_s42_scans.py's
pages turned 3 degrees and specked): the label read in small letters ("số: /Z0/QĐ-UBND"), the slash and the figures read
as a letter or lost ("Số: IQĐ-UBND"), the colon lost ("Số /QĐ-UBND"), the written figures read as a part of the symbol
("/Z0/QĐ-UBND"), a letter of the symbol read thrice ("QĐĐĐ"). The line is checked by the image check, the number is
null with a warning that points at the box, the symbol is the typed one or none; never a symbol with the pen's figures."""

from __future__ import annotations

import pytest

from parsers import handwriting
from pipeline.stages.metadata import _stutter_repaired, read_number
from test_metadata_handwritten import block


@pytest.mark.parametrize("line", ["số: /Z0/QĐ-UBND", "số: 1740/QĐ-UBND", "sô: 17/KH-UBND", "Số: IQĐ-UBND", "Số:  QĐ-UBND",
                                  "Số: 1740/QĐ-UBND", "Số /QĐ-UBND", "SỐ: 12/CT-UBND"])
def test_a_number_line_ocr_misread_is_checked(line):
    assert handwriting.line_kind(line) == "number"


@pytest.mark.parametrize("line", ["số 28/QĐ-TTg ngày 24/8/2025 của Thủ tướng Chính phủ", "Số lượng: 15-20 người",
                                  "Số liệu: Cục Thống kê", "số: hai mươi", "Số: 95-CP", "Số: 12-QĐ"])
def test_a_line_that_only_starts_with_the_word_is_not_checked(line):
    assert handwriting.line_kind(line) is None


@pytest.mark.parametrize(("line", "number"), [("số: 122/KH-UBND", "122"), ("Số: 122/KH-UBND", "122"), ("số: /QĐ-UBND", "")])
def test_the_page_reading_of_the_number_is_taken_from_a_small_label_too(line, number):
    assert handwriting.ocr_readings(line, "number") == {"number": number}


@pytest.mark.parametrize(("line", "symbol"), [
    ("Số: /Z0/QĐ-UBND", "QĐ-UBND"),  # '1' read '/', '740' read 'Z0'
    ("số: /Z0/QĐ-UBND", "QĐ-UBND"),
    ("Số: 1/74O/KH-UBND", "KH-UBND"),
    ("Số: /I7/TTr-CAT-PC04", "TTr-CAT-PC04"),
    ("Số: 1740/2025/QĐ-UBND", "QĐ-UBND"),  # a normative document's year is the number's, as when typed
    ("Số: /2026/QĐ-UBND", "QĐ-UBND"),
    ("Số: 17/TTr-CAT-PC04", "TTr-CAT-PC04"),  # a symbol's own figures stay
    ("Số: 4/UBND-KT", "UBND-KT"),
])
def test_the_symbol_after_a_handwritten_number_is_the_typed_one(line, symbol):
    number, found, issues = read_number([block(line, hand=["number"])])
    assert (number, found) == (None, symbol)
    assert [i.code for i in issues] == ["number_handwritten"] and issues[0].where["bbox"] == [100.0, 90.0, 140.0, 110.0]


@pytest.mark.parametrize("line", ["Số /QĐ-UBND", "Số IQĐ-UBND", "Sô /KH-UBND"])
def test_a_marked_number_line_without_its_colon_is_handwritten_not_missing(line):
    number, symbol, issues = read_number([block(line, hand=["number"])])
    assert number is None and symbol is None
    assert [i.code for i in issues] == ["number_handwritten"] and issues[0].where["page"] == 1


def test_an_unmarked_line_without_its_colon_is_still_no_number_line():
    assert [i.code for i in read_number([block("Số /QĐ-UBND")])[2]] == ["missing_number"]


@pytest.mark.parametrize(("symbol", "heading", "repaired"), [
    ("QĐĐ-UBND", "Quyết định", "QĐ-UBND"), ("QĐĐĐ-UBND", "Quyết định", "QĐ-UBND"), ("KHHH-UBND", "Kế hoạch", "KH-UBND"),
    ("QĐĐĐ-UBND", "Kế hoạch", None), ("KH-UBND", "Kế hoạch", None)])
def test_a_letter_read_twice_or_thrice_in_the_type_is_read_once(symbol, heading, repaired):
    assert _stutter_repaired(symbol, heading) == repaired
