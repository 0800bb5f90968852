"""The header's number and place read wrong in s49 (s50): a symbol a stray space cut, on the line of a place that has
its comma; a spaced dash between the symbol and the place; a Party number typed with a space for its hyphen; a place
whose name ends in a figure, run onto the number's line.

What the forms are (our own notes; every fixture is written for the test, names and numbers made up): a text copy of a
legal site or OCR flattens the header's two cells onto one line ("Số: 01/2008/NQ-HĐND Quận 2, ngày …"); OCR puts a
space inside a code ("UB ND", "K H"); some copies put a dash between the two cells ("Số: 45/QĐ-UBND - Huế, ngày …");
the Party's numbers are "Số 445-KL/TU", typed by some with a space for the hyphen ("Số 298 KH/TU"), a ward's or an
urban district's place ends in its figure ("Quận 3, ngày …", "Phường 1", since 2025 "Bảo Lộc 1").
"""

from __future__ import annotations

import pytest

from page_fields import processed, wrong_or_apart, wrong_or_unwarned
from test_meta_s49 import DAY, committee, plan

PARTY = dict(motto=["ĐẢNG CỘNG SẢN VIỆT NAM"], signature=["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Hồ Văn Mẫu"])


def party(committee_lines: list[str], number_lines: list[str]) -> list[str]:
    return plan([*committee_lines, "*"], number_lines, **PARTY)


PROVINCE = ["ĐẢNG BỘ TỈNH QUẢNG TRỊ", "TỈNH ỦY"]

HEADERS = {
 # --- 1. a code a stray space cut, the place after it with its comma: the code read whole, the place without it
 "code_cut_in_its_body_part": (committee("Quảng Trị", "Số: 45/KH-UB ND {place}, " + DAY, "TỈNH QUẢNG TRỊ"),
  dict(number="45/KH-UBND", place="Quảng Trị", issued_date="2026-04-09")),
 "code_cut_in_its_type_part": (committee("Lạng Sơn", "Số: 08/K H-UBND {place}, " + DAY, "TỈNH LẠNG SƠN"),
  dict(number="08/KH-UBND", place="Lạng Sơn")),
 "code_ending_small_cut": (plan(["THỦ TƯỚNG CHÍNH PHỦ"], ["Số: 31/QĐ-T Tg Hà Nội, " + DAY]),
  dict(number="31/QĐ-TTg", place="Hà Nội")),
 "code_cut_before_a_unit_word": (committee("Thành phố Huế", "Số: 77/KH-UB ND {place}, " + DAY, "THÀNH PHỐ HUẾ"),
  dict(number="77/KH-UBND", place="Thành phố Huế")),
 # --- 2. a spaced dash after a whole symbol, before the place: it parts the two, the place keeps its words
 "dash_before_the_place": (committee("Quảng Trị", "Số: 45/QĐ-UBND - {place}, " + DAY, "TỈNH QUẢNG TRỊ"),
  dict(number="45/QĐ-UBND", place="Quảng Trị", issued_date="2026-04-09")),
 "en_dash_before_the_place": (committee("Bình Định", "Số: 112/KH-UBND – {place}, " + DAY, "TỈNH BÌNH ĐỊNH"),
  dict(number="112/KH-UBND", place="Bình Định")),
 "dash_before_a_unit_word": (committee("Thành phố Huế", "Số: 210/KH-UBND - {place}, " + DAY, "THÀNH PHỐ HUẾ"),
  dict(number="210/KH-UBND", place="Thành phố Huế")),
 "dash_before_the_place_its_day_wrapped": (plan(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"],
   ["Số: 45/QĐ-UBND - Quảng Trị", DAY]), dict(number="45/QĐ-UBND", place="Quảng Trị", issued_date="2026-04-09")),
 # the spaced dash before a code in capitals is the symbol's own
 "spaced_dash_inside_the_symbol": (committee("Quảng Trị", "Số: 45/UBND - VP {place}, " + DAY, "TỈNH QUẢNG TRỊ"),
  dict(number="45/UBND-VP", place="Quảng Trị")),
 # --- 3. a Party number with a space for its hyphen, its codes the Party's
 "party_spaced_on_its_own_line": (party(PROVINCE, ["Số 298 KH/TU", "Quảng Trị, " + DAY]),
  dict(number="298-KH/TU", place="Quảng Trị", issued_date="2026-04-09")),
 "party_spaced_beside_the_place": (party(PROVINCE, ["Số 298 KH/TU Quảng Trị, " + DAY]),
  dict(number="298-KH/TU", place="Quảng Trị", issued_date="2026-04-09")),
 "party_spaced_without_its_label": (party(PROVINCE, ["298 KH/TU", "Quảng Trị, " + DAY]),
  dict(number="298-KH/TU", place="Quảng Trị")),
 "party_spaced_without_its_label_beside_the_place": (party(PROVINCE, ["298 KH/TU Quảng Trị, " + DAY]),
  dict(number="298-KH/TU", place="Quảng Trị")),
 "party_space_before_the_hyphen": (party(PROVINCE, ["Số 298 -KH/TU", "Quảng Trị, " + DAY]),
  dict(number="298-KH/TU")),
 "district_party_committee": (party(["ĐẢNG BỘ TỈNH SƠN LA", "HUYỆN ỦY MƯỜNG LA"], ["Số 57 NQ/HU", "Mường La, " + DAY]),
  dict(number="57-NQ/HU", place="Mường La")),
 "party_committee_of_a_commune": (party(["ĐẢNG BỘ HUYỆN MƯỜNG LA", "ĐẢNG ỦY XÃ ÍT ONG"], ["Số 14 CT/ĐU", "Ít Ong, " + DAY]),
  dict(number="14-CT/ĐU")),
 # --- 4. a place whose name ends in a figure, run onto the number's line: the place whole, the number without it
 "urban_district_with_its_figure": (plan(["ỦY BAN NHÂN DÂN", "QUẬN 3"], ["Số: 45/KH-UBND Quận 3, " + DAY]),
  dict(number="45/KH-UBND", place="Quận 3", issued_date="2026-04-09")),
 "urban_district_of_two_figures": (plan(["ỦY BAN NHÂN DÂN", "QUẬN 10"], ["Số: 61/KH-UBND Quận 10, " + DAY]),
  dict(number="61/KH-UBND", place="Quận 10")),
 "ward_with_its_figure": (plan(["ỦY BAN NHÂN DÂN", "PHƯỜNG 1"], ["Số: 45/KH-UBND Phường 1, " + DAY]),
  dict(number="45/KH-UBND", place="Phường 1")),
 "merged_ward_with_its_figure": (plan(["ỦY BAN NHÂN DÂN", "PHƯỜNG 1 BẢO LỘC"], ["Số: 09/KH-UBND Bảo Lộc 1, " + DAY]),
  dict(number="09/KH-UBND", place="Bảo Lộc 1")),
 "council_of_an_urban_district": (plan(["HỘI ĐỒNG NHÂN DÂN", "QUẬN 2"], ["Số: 01/2026/NQ-HĐND Quận 2, " + DAY],
   ["TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Thử"]), dict(number="01/2026/NQ-HĐND", place="Quận 2")),
}


@pytest.mark.parametrize("name, form", [(name, form) for name in HEADERS for form in ("text", "docx", "html")])
def test_the_number_and_the_place_read_right(tmp_path, name, form):
    lines, expected = HEADERS[name]
    assert wrong_or_apart(processed(tmp_path, lines, form).metadata, expected) == {}


# --- where the input cannot prove the value: what is sure, and a warning; never a guess
UNPROVEN = {
 # a word in capitals after a cut code that spells no known code with it: not glued on, not the place's
 "unknown_code_after_the_symbol": (committee("Quảng Trị", "Số: 45/KH-UB XY {place}, " + DAY, "TỈNH QUẢNG TRỊ"),
  dict(number="45/KH-UB", place="Quảng Trị"), "number_words_after_symbol"),
 # a number with a space for its hyphen whose codes are not the Party's: no number read
 "spaced_number_of_unknown_codes": (party(PROVINCE, ["Số 298 AB/CD", "Quảng Trị, " + DAY]),
  dict(number=None, place="Quảng Trị"), "number_unreadable"),
}


@pytest.mark.parametrize("name, form", [(name, form) for name in UNPROVEN for form in ("text", "docx")])
def test_what_cannot_be_proven_is_left_out_with_a_warning(tmp_path, name, form):
    assert wrong_or_unwarned(tmp_path, UNPROVEN[name], form) == {}
