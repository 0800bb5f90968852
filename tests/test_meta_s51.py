"""Header fields read wrong or cut in s50's reviews (s51): a Roman numeral after a symbol told by its standard spelling
(pipeline.roman.is_roman_numeral), a place whose name carries a kind in small letters, a number with a space for its
hyphen whose codes are no committee's (with its colon too), a place a dash sets off after the issuer's line, and a
division's code after its body's with a space for the hyphen.

What the forms are (our own notes; every fixture is written for the test, names and numbers made up): a regional
office numbers its papers with its region's Roman numeral after its code ("KH-KV IV"); a town that grew out of a state
farm keeps the farm in its name, printed "Thị trấn Nông trường …" on its date line, and a border town's name may hold
"Cửa khẩu …"; the Party's numbers are "Số 12-KH/TU", the Youth Union's "Số 12-KH/TĐTN", some typed with a space for
the hyphen, with or without the label's colon; a flattened header may run the date cell's place onto the body's line
after a dash ("BỘ NỘI VỤ - HÀ NỘI", a line "- HÀ NỘI"), while a province's name holds a dash of its own ("BÀ RỊA -
VŨNG TÀU"); a department's division numbers its letters "Số: 12/SGDĐT-KHTC" (the department's code, then the
division's), and a copy may type a space for that hyphen.
"""

from __future__ import annotations

import pytest

from page_fields import processed, wrong_or_apart, wrong_or_unwarned
from pipeline.roman import is_roman_numeral
from test_meta_s49 import DAY, committee, plan
from test_meta_s50 import PROVINCE, party


@pytest.mark.parametrize("word, numeral", [("IV", True), ("XII", True), ("IX", True), ("XL", True), ("I", True),
                                           ("IIII", False), ("VX", False), ("IL", False), ("VV", False), ("XIIII", False),
                                           ("", False), ("KV", False), ("iv", False)])
def test_a_roman_numeral_is_told_by_its_standard_spelling(word, numeral):
    assert is_roman_numeral(word) is numeral


YOUTH_UNION = dict(motto=["ĐOÀN TNCS HỒ CHÍ MINH"], signature=["TM. BAN THƯỜNG VỤ", "BÍ THƯ", "Hồ Văn Mẫu"])
AUDIT = ["KIỂM TOÁN NHÀ NƯỚC", "KIỂM TOÁN NHÀ NƯỚC KHU VỰC XII"]
DEPARTMENT = ["UBND TỈNH QUẢNG TRỊ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"]

READ_RIGHT = {
 # --- 1. a region's numeral after the symbol, in its standard spelling, is the symbol's
 "region_numeral_after_the_symbol": (plan(AUDIT, ["Số: 31/KH-KV XII", "Cần Thơ, " + DAY]),
  dict(number=("31/KH-KV XII", "31/KH-KVXII"), place="Cần Thơ", issued_date="2026-04-09")),
 # --- 3. a place whose name carries a kind in small letters: read whole, as printed
 "state_farm_town_on_its_own_line": (plan(["ỦY BAN NHÂN DÂN", "THỊ TRẤN NÔNG TRƯỜNG MỘC CHÂU"],
   ["Số: 45/KH-UBND", "Thị trấn Nông trường Mộc Châu, " + DAY]),
  dict(number="45/KH-UBND", place="Thị trấn Nông trường Mộc Châu", issued_date="2026-04-09")),
 "state_farm_town_beside_the_number": (plan(["ỦY BAN NHÂN DÂN", "THỊ TRẤN NÔNG TRƯỜNG LIÊN SƠN"],
   ["Số: 17/KH-UBND Thị trấn Nông trường Liên Sơn, " + DAY]),
  dict(number="17/KH-UBND", place="Thị trấn Nông trường Liên Sơn", issued_date="2026-04-09")),
 "state_farm_without_its_unit": (plan(["ỦY BAN NHÂN DÂN", "THỊ TRẤN NÔNG TRƯỜNG VIỆT LÂM"],
   ["Số: 08/KH-UBND", "Nông trường Việt Lâm, " + DAY]),
  dict(number="08/KH-UBND", place="Nông trường Việt Lâm", issued_date="2026-04-09")),
 "state_farm_in_small_letters": (plan(["ỦY BAN NHÂN DÂN", "THỊ TRẤN NÔNG TRƯỜNG MỘC CHÂU"],
   ["Số: 45/KH-UBND", "Thị trấn nông trường Mộc Châu, " + DAY]),
  dict(place="Thị trấn nông trường Mộc Châu", issued_date="2026-04-09")),
 "border_gate_town": (plan(["ỦY BAN NHÂN DÂN", "THỊ TRẤN ĐỒNG ĐĂNG"], ["Số: 52/KH-UBND", "Cửa khẩu Hữu Nghị, " + DAY]),
  dict(number="52/KH-UBND", place="Cửa khẩu Hữu Nghị", issued_date="2026-04-09")),
 # --- 4. a number with a space for its hyphen, after a colon: read in the Party's form where its codes are the
 # Party's or the Youth Union's
 "party_spaced_after_a_colon": (party(PROVINCE, ["Số: 298 KH/TU", "Quảng Trị, " + DAY]),
  dict(number="298-KH/TU", place="Quảng Trị")),
 "party_spaced_after_a_colon_beside_the_place": (party(PROVINCE, ["Số: 298 KH/TU Quảng Trị, " + DAY]),
  dict(number="298-KH/TU", place="Quảng Trị", issued_date="2026-04-09")),
 "youth_union_spaced_after_a_colon": (plan(["BCH ĐOÀN TỈNH QUẢNG TRỊ", "*"], ["Số: 41 KH/TĐTN", "Quảng Trị, " + DAY],
   **YOUTH_UNION), dict(number="41-KH/TĐTN", place="Quảng Trị")),
 "youth_union_spaced_without_a_colon": (plan(["BCH ĐOÀN TỈNH QUẢNG TRỊ", "*"], ["Số 41 KH/TĐTN", "Quảng Trị, " + DAY],
   **YOUTH_UNION), dict(number="41-KH/TĐTN", place="Quảng Trị")),
 # --- 6. a division's code after its body's, a space for the hyphen: the hyphen read back
 "division_code_on_its_own_line": (plan(DEPARTMENT, ["Số: 1234/SGDĐT KHTC", "Quảng Trị, " + DAY]),
  dict(number="1234/SGDĐT-KHTC", place="Quảng Trị", issued_date="2026-04-09")),
 "division_code_beside_the_place": (plan(DEPARTMENT, ["Số: 1234/SGDĐT KHTC Quảng Trị, " + DAY]),
  dict(number="1234/SGDĐT-KHTC", place="Quảng Trị", issued_date="2026-04-09")),
 "personnel_division_of_a_health_department": (plan(["UBND TỈNH LẠNG SƠN", "SỞ Y TẾ"], ["Số: 87/SYT TCCB", "Lạng Sơn, " + DAY]),
  dict(number="87/SYT-TCCB", place="Lạng Sơn")),
 "office_code_after_the_committee": (committee("Quảng Trị", "Số: 45/UBND VP {place}, " + DAY, "TỈNH QUẢNG TRỊ"),
  dict(number="45/UBND-VP", place="Quảng Trị", issued_date="2026-04-09")),
 "office_code_on_its_own_line": (plan(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"], ["Số: 45/UBND VP", "Quảng Trị, " + DAY]),
  dict(number="45/UBND-VP", place="Quảng Trị")),
 # --- 5. a place's name a dash sets off after the issuer's line (a flattened header's date cell): the body alone
 "ministry_then_a_dash_and_its_place": (plan(["BỘ NỘI VỤ - HÀ NỘI"], ["Số: 45/KH-BNV", "Hà Nội, " + DAY]),
  dict(issuer="BỘ NỘI VỤ", number="45/KH-BNV", place="Hà Nội")),
 "a_dash_and_the_place_on_a_line_under_the_body": (plan(["BỘ TÀI CHÍNH", "- HÀ NỘI"], ["Số: 61/KH-BTC", "Hà Nội, " + DAY]),
  dict(issuer="BỘ TÀI CHÍNH", place="Hà Nội")),
 "the_place_and_a_dash_on_a_line_under_the_body": (plan(["BỘ Y TẾ", "HÀ NỘI -"], ["Số: 72/KH-BYT", "Hà Nội, " + DAY]),
  dict(issuer="BỘ Y TẾ", place="Hà Nội")),
 "committee_then_a_dash_and_its_province": (plan(["UBND TỈNH QUẢNG TRỊ - QUẢNG TRỊ"], ["Số: 45/KH-UBND",
   "Quảng Trị, " + DAY]), dict(issuer="UBND TỈNH QUẢNG TRỊ", place="Quảng Trị")),
 # guards: a dash inside a place's name is the place's; a name the registry does not know stays as printed
 "province_whose_name_holds_a_dash": (plan(["ỦY BAN NHÂN DÂN", "TỈNH BÀ RỊA - VŨNG TÀU"], ["Số: 45/KH-UBND",
   "Bà Rịa - Vũng Tàu, " + DAY]), dict(issuer="ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU", place="Bà Rịa - Vũng Tàu")),
 "province_whose_name_wraps_at_its_dash": (plan(["ỦY BAN NHÂN DÂN TỈNH BÀ RỊA", "- VŨNG TÀU"], ["Số: 45/KH-UBND",
   "Bà Rịa - Vũng Tàu, " + DAY]), dict(issuer=("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU",), place="Bà Rịa - Vũng Tàu")),
 "unknown_company_keeps_its_place": (plan(["CÔNG TY CỔ PHẦN BAO BÌ - HÀ NỘI"], ["Số: 45/KH-BB", "Hà Nội, " + DAY]),
  dict(issuer="CÔNG TY CỔ PHẦN BAO BÌ - HÀ NỘI", place="Hà Nội")),
 # guard: a place's unit abbreviated in capitals after the symbol stays the place's
 "city_unit_abbreviated_after_the_committee": (committee("TP Hồ Chí Minh", "Số: 45/UBND {place}, " + DAY,
   "THÀNH PHỐ HỒ CHÍ MINH"), dict(number="45/UBND", place="TP Hồ Chí Minh")),
}


@pytest.mark.parametrize("name, form", [(name, form) for name in READ_RIGHT for form in ("text", "docx")])
def test_the_header_fields_read_right(tmp_path, name, form):
    lines, expected = READ_RIGHT[name]
    assert wrong_or_apart(processed(tmp_path, lines, form).metadata, expected) == {}


@pytest.mark.parametrize("name", ["state_farm_town_on_its_own_line", "division_code_beside_the_place"])
def test_the_header_fields_read_right_in_html(tmp_path, name):
    lines, expected = READ_RIGHT[name]
    assert wrong_or_apart(processed(tmp_path, lines, "html").metadata, expected) == {}


UNPROVEN = {
 # --- 1. a run of numeral letters spelt no standard way is no region's numeral: left out, with a warning
 "letters_of_no_standard_numeral": (plan(AUDIT, ["Số: 31/KH-KV VX", "Cần Thơ, " + DAY]),
  dict(number="31/KH-KV", place="Cần Thơ"), "number_words_after_symbol"),
 # --- 4. a number with a space for its hyphen after a colon, its codes no committee's: no number
 "spaced_number_of_unknown_codes_after_a_colon": (party(PROVINCE, ["Số: 298 XY/AB", "Quảng Trị, " + DAY]),
  dict(number=None, place="Quảng Trị", issued_date="2026-04-09"), "number_unreadable"),
 "spaced_unknown_codes_beside_the_place": (committee("Quảng Trị", "Số: 298 XY/AB {place}, " + DAY, "TỈNH QUẢNG TRỊ"),
  dict(number=None, place="Quảng Trị"), "number_unreadable"),
 # --- 5. the place a dash set off from the body is not taken for the date line's, which prints none
 "the_place_set_off_and_no_place_on_the_date_line": (plan(["BỘ NỘI VỤ", "- HÀ NỘI"], ["Số: 45/KH-BNV", DAY]),
  dict(issuer="BỘ NỘI VỤ", place=None, issued_date="2026-04-09"), "missing_place"),
 # --- 6. a word after the body's code that is no division's code: the number without it, and the warning
 "unknown_word_after_the_department_code": (plan(DEPARTMENT, ["Số: 1234/SGDĐT XQZ", "Quảng Trị, " + DAY]),
  dict(number="1234/SGDĐT", place="Quảng Trị"), "number_words_after_symbol"),
}


@pytest.mark.parametrize("name, form", [(name, form) for name in UNPROVEN for form in ("text", "docx")])
def test_what_cannot_be_proven_is_left_out_with_a_warning(tmp_path, name, form):
    assert wrong_or_unwarned(tmp_path, UNPROVEN[name], form) == {}
