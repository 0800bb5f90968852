"""Review of s50-meta (the number and the place read from one header line): variants of its rules where they could give
a confident wrong value, or lose a value the base read right.

What the forms are (our own notes; every fixture is written for the test, names and numbers made up): a unit without a
code of its own numbers its papers with the type's code alone ("Số: 15/BC", "Số: 08/CT"), and a text copy runs its
place onto that line ("Số: 15/BC Hà Tĩnh, ngày …"); the letters of such a code and the first letters of a place may
spell another known code ("BC" + "H" = "BCH", "BC" + "Đ" = "BCĐ", "CT" + "Y"), yet the word is the place's. A steering
committee's code may carry its figure after a space ("BCĐ 35"): a figure after a code in capitals is no ward's.
"""

from __future__ import annotations

import pytest

from page_fields import processed, wrong_or_apart, wrong_or_unwarned
from test_meta_s49 import DAY, committee, plan
from test_meta_s50 import PROVINCE, party

READ_RIGHT = {
 # --- a symbol that ends in a type's code alone, a place after it whose first letters would lengthen the code
 "report_code_before_a_province": (plan(["SỞ Y TẾ", "TỈNH HÀ TĨNH"], ["Số: 15/BC Hà Tĩnh, " + DAY]),
  dict(number="15/BC", place="Hà Tĩnh", issued_date="2026-04-09")),
 "report_code_before_a_city_with_a_d_stroke": (plan(["TRƯỜNG TRUNG HỌC PHỔ THÔNG", "NGÔ QUYỀN"],
   ["Số: 21/BC Đà Nẵng, " + DAY]), dict(number="21/BC", place="Đà Nẵng")),
 "directive_code_before_a_province": (plan(["ỦY BAN NHÂN DÂN", "TỈNH YÊN BÁI"], ["Số: 08/CT Yên Bái, " + DAY]),
  dict(number="08/CT", place="Yên Bái")),
 "report_code_before_a_district": (plan(["ỦY BAN NHÂN DÂN", "QUẬN TÂN BÌNH"], ["Số: 33/BC Tân Bình, " + DAY]),
  dict(number="33/BC", place="Tân Bình")),
 "report_code_before_a_commune_with_its_figure": (plan(["ỦY BAN NHÂN DÂN", "XÃ A LƯỚI 1"],
   ["Số: 06/BC A Lưới 1, " + DAY]), dict(number="06/BC", place="A Lưới 1")),
 # guards: a place's unit in capitals before its name is the place's, a dash inside a place's name is the place's
 "city_unit_abbreviated_in_capitals": (committee("TP Hồ Chí Minh", "Số: 45/KH-UBND {place}, " + DAY,
   "THÀNH PHỐ HỒ CHÍ MINH"), dict(number="45/KH-UBND", place="TP Hồ Chí Minh")),
 "town_unit_abbreviated_in_capitals": (committee("TX Sơn Tây", "Số: 52/KH-UBND {place}, " + DAY, "THỊ XÃ SƠN TÂY"),
  dict(number="52/KH-UBND", place="TX Sơn Tây")),
 "spaced_dash_before_a_place_with_a_dash": (committee("Phan Rang - Tháp Chàm", "Số: 45/QĐ-UBND - {place}, " + DAY,
   "THÀNH PHỐ PHAN RANG - THÁP CHÀM"), dict(number="45/QĐ-UBND", place="Phan Rang - Tháp Chàm")),
 "central_party_number_with_a_space_for_its_hyphen": (party(["BAN CHẤP HÀNH TRUNG ƯƠNG"], ["Số 15 QĐ/TW", "Hà Nội, " + DAY]),
  dict(number="15-QĐ/TW", place="Hà Nội")),
}


@pytest.mark.parametrize("name, form", [(name, form) for name in READ_RIGHT for form in ("text", "docx")])
def test_the_number_and_the_place_read_right(tmp_path, name, form):
    lines, expected = READ_RIGHT[name]
    assert wrong_or_apart(processed(tmp_path, lines, form).metadata, expected) == {}


UNPROVEN = {
 # a figure after a code in capitals is the body's, no ward's: no place, and the number is not read cut short
 "steering_committee_code_with_its_figure": (plan(["BAN CHỈ ĐẠO 35"], ["Số: 05/KH BCĐ 35, " + DAY]),
  dict(number=None, place=None), "number_unreadable"),
 # a state's number with a space for its hyphen: not read as the Party's
 "state_number_with_a_space_for_its_hyphen": (plan(["THỦ TƯỚNG CHÍNH PHỦ"], ["Số 15 QĐ/TTg", "Hà Nội, " + DAY]),
  dict(number=None, place="Hà Nội"), "number_unreadable"),
 "steering_board_with_a_space_for_its_hyphen": (party(PROVINCE, ["Số 12 KH/BCĐ", "Quảng Trị, " + DAY]),
  dict(number=None, place="Quảng Trị"), "number_unreadable"),
}


@pytest.mark.parametrize("name, form", [(name, form) for name in UNPROVEN for form in ("text", "docx")])
def test_what_cannot_be_proven_is_left_out_with_a_warning(tmp_path, name, form):
    assert wrong_or_unwarned(tmp_path, UNPROVEN[name], form) == {}
