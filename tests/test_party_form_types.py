"""A number in the Party's form, type before the slash ("15-TT/TU"), gives the Party's type only before a committee's
code: the state's numbers before 2001 were written so too ("09-TT/LB", a Thông tư liên bộ), and "TT" is a Thông tư
there, a Thông tri in the Party's."""
from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from pipeline.stages.metadata import doc_type_of_symbol


@pytest.mark.parametrize("symbol, expected", [
    ("TT/TU", "Thông tri"), ("TT/TW", "Thông tri"), ("TT/HU", "Thông tri"), ("TT/ĐU", "Thông tri"),
    ("TT/ĐUK", "Thông tri"), ("TT/BTGTW", "Thông tri"),
    ("TT/LB", None), ("TT/LĐ", None), ("TT/BYT", None),  # the state's old form: no type read from the symbol
    ("KH/TU", "Kế hoạch"), ("CV/HU", "Công văn"), ("CT/TW", "Chỉ thị"),  # codes that mean one type either way
    ("TT-BTC", "Thông tư"), ("KH-UBND", "Kế hoạch"),
])
def test_the_type_of_a_party_form_symbol(symbol, expected):
    assert doc_type_of_symbol(symbol) == expected


_STATE = ["BỘ TÀI CHÍNH - BỘ Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Số: {number}", "Hà Nội, ngày 12 tháng 3 năm 1994", "THÔNG TƯ LIÊN BỘ",
          "Hướng dẫn chế độ bồi dưỡng đối với cán bộ y tế cơ sở", "Căn cứ Nghị định số 15-CP ngày 2/3/1993;",
          "Liên Bộ hướng dẫn như sau:", "I. PHẠM VI ÁP DỤNG", "Thông tư này áp dụng đối với cán bộ y tế cơ sở."]
_PARTY = ["TỈNH ỦY NGHỆ AN", "ĐẢNG CỘNG SẢN VIỆT NAM", "*", "Số {number}", "Vinh, ngày 5 tháng 4 năm 2024", "THÔNG TRI",
          "về lãnh đạo công tác bầu cử", "Thực hiện Chỉ thị của Bộ Chính trị, Ban Thường vụ Tỉnh ủy yêu cầu:",
          "1. Các cấp ủy đảng tập trung lãnh đạo công tác bầu cử."]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("number", ["09-TT/LB", "15-TT/LB", "3-TT/LĐ"])
def test_an_old_state_number_is_no_party_thong_tri(tmp_path, form, number):
    doc = process(write_in_form(tmp_path, [line.format(number=number) for line in _STATE], form))
    assert doc.metadata.number == number
    assert doc.metadata.doc_type == "Thông tư"  # the heading's type, "LIÊN BỘ" how it was made
    assert doc.metadata.title == "Hướng dẫn chế độ bồi dưỡng đối với cán bộ y tế cơ sở"
    assert "doc_type_mismatch" not in [w.code for w in doc.warnings]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("number", ["15-TT/TU", "07-TT/HU", "2-TT/ĐU"])
def test_a_party_thong_tri_keeps_its_type(tmp_path, form, number):
    doc = process(write_in_form(tmp_path, [line.format(number=number) for line in _PARTY], form))
    assert doc.metadata.number == number
    assert doc.metadata.doc_type == "Thông tri"
