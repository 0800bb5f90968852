"""The header's lines read wrong in s48 (s49): a text copy of the two-column header that runs the place onto the
number's line with no comma before "ngày", a place whose name holds a dash, the armed forces' Party committees whose
service's name wraps after its kind, and a parent body's line that ends with a comma.

What the forms are (our own notes; every fixture is written for the test, names and numbers made up): a legal site's
text copy puts the number's cell and the date's cell on one line ("Số: 120/2003/QĐ-UB TP Hồ Chí Minh, ngày …"),
sometimes with no comma, with one or many spaces or a tab between the two; a city's name may hold a dash ("Phan Rang -
Tháp Chàm", "Phan Rang-Tháp Chàm"); a symbol may be typed with spaces inside it ("45/KH- UBND", "12 /QĐ-UBND", "05/KH –
UBND"); the Party committee of an armed service prints "ĐẢNG ỦY QUÂN CHỦNG" over "PHÒNG KHÔNG - KHÔNG QUÂN".
"""

from __future__ import annotations

import pytest

from page_fields import processed, wrong_or_apart
from test_pages_s43_central import MOTTO

RECIPIENTS = ["Nơi nhận:", "- Như trên;", "- Lưu: VT."]
PLAN = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm thực hiện đúng tiến độ.", "II. NHIỆM VỤ", "1. Rà soát, hoàn thiện quy chế."]
COMMITTEE_SIGNS = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Khải"]
PARTY_SIGNS = ["T/M ĐẢNG ỦY", "BÍ THƯ", "Trung tướng Lê Văn Đạt"]


def plan(header: list[str], number_lines: list[str], signature=COMMITTEE_SIGNS, motto=MOTTO) -> list[str]:
    return [*header, "-------", *motto, "---------------", *number_lines, "KẾ HOẠCH",
            "Tổ chức tháng hành động vì môi trường năm 2026", *PLAN, *RECIPIENTS, *signature]


def committee(place_line: str, number_line: str, name: str = "THÀNH PHỐ HÀ NỘI") -> list[str]:
    """A committee's plan whose number's line holds its place and date (``number_line`` formats ``place_line``)."""
    return plan(["ỦY BAN NHÂN DÂN", name], [number_line.format(place=place_line)])


DAY = "ngày 09 tháng 4 năm 2026"

# --- 1. the place run onto the number's line, no comma before "ngày": the symbol ends where the place begins
NO_COMMA = {
 "city_spelt_out": (committee("Thành phố Hà Nội", "Số: 45/KH-UBND {place} " + DAY),
  dict(number="45/KH-UBND", place="Thành phố Hà Nội", issued_date="2026-04-09")),
 "city_after_a_tab": (committee("Thành phố Hà Nội", "Số: 45/KH-UBND\t{place} " + DAY),
  dict(number="45/KH-UBND", place="Thành phố Hà Nội", issued_date="2026-04-09")),
 "city_after_many_spaces": (committee("Hà Nội", "Số: 45/KH-UBND        {place}   " + DAY),
  dict(number="45/KH-UBND", place="Hà Nội", issued_date="2026-04-09")),
 "city_abbreviated_with_a_stop": (committee("TP. Hồ Chí Minh", "Số: 312/KH-UBND {place} " + DAY, "THÀNH PHỐ HỒ CHÍ MINH"),
  dict(number="312/KH-UBND", place="TP. Hồ Chí Minh", issued_date="2026-04-09")),
 "city_abbreviated_in_small_letters": (committee("Tp Cần Thơ", "Số: 27/KH-UBND {place} " + DAY, "THÀNH PHỐ CẦN THƠ"),
  dict(number="27/KH-UBND", place="Tp Cần Thơ")),
 "province_name": (committee("Quảng Trị", "Số: 233/KH-UBND {place} " + DAY, "TỈNH QUẢNG TRỊ"),
  dict(number="233/KH-UBND", place="Quảng Trị", issued_date="2026-04-09")),
 "province_normative_number": (committee("Quảng Trị", "Số: 08/2026/QĐ-UBND {place} " + DAY, "TỈNH QUẢNG TRỊ"),
  dict(number="08/2026/QĐ-UBND", place="Quảng Trị")),
 "town": (committee("Thị xã Sa Pa", "Số: 310/KH-UBND {place} " + DAY, "THỊ XÃ SA PA"),
  dict(number="310/KH-UBND", place="Thị xã Sa Pa", issued_date="2026-04-09")),
 "district": (committee("Mường La", "Số: 19/KH-UBND {place} " + DAY, "HUYỆN MƯỜNG LA"),
  dict(number="19/KH-UBND", place="Mường La")),
 "place_in_capitals_the_registry_knows": (committee("HÀ TĨNH", "Số: 61/KH-UBND {place} " + DAY, "TỈNH HÀ TĨNH"),
  dict(number="61/KH-UBND", place="HÀ TĨNH")),
 # a symbol typed with spaces inside it: the spaces touch a separator, the symbol goes on over them
 "space_after_the_dash": (committee("Quảng Trị", "Số: 45/KH- UBND {place} " + DAY, "TỈNH QUẢNG TRỊ"),
  dict(number="45/KH-UBND", place="Quảng Trị")),
 "space_before_the_slash": (committee("Quảng Trị", "Số: 12 /QĐ-UBND {place} " + DAY, "TỈNH QUẢNG TRỊ"),
  dict(number="12/QĐ-UBND", place="Quảng Trị")),
 "spaced_dash": (committee("Ninh Quang", "Số: 05/KH – UBND {place} " + DAY, "XÃ NINH QUANG"),
  dict(number="05/KH-UBND", place="Ninh Quang")),
 "party_number": (plan(["ĐẢNG BỘ TỈNH QUẢNG TRỊ", "TỈNH ỦY", "*"], ["Số 140-KH/TU Quảng Trị " + DAY],
                       ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Hồ Văn Lâm"], motto=["ĐẢNG CỘNG SẢN VIỆT NAM"]),
  dict(number="140-KH/TU", place="Quảng Trị", issued_date="2026-04-09")),
}

# --- 2. a place whose name holds a dash, on its own line or on the number's, with a comma or none
PR = "THÀNH PHỐ PHAN RANG - THÁP CHÀM"
DASHED = {
 "dashed_on_the_number_line": (committee("Phan Rang - Tháp Chàm", "Số: 12/KH-UBND {place}, " + DAY, PR),
  dict(number="12/KH-UBND", place="Phan Rang - Tháp Chàm", issued_date="2026-04-09")),
 "dashed_without_spaces_on_the_number_line": (committee("Phan Rang-Tháp Chàm", "Số: 12/KH-UBND {place}, " + DAY, PR),
  dict(number="12/KH-UBND", place="Phan Rang-Tháp Chàm")),
 "dashed_after_its_unit_word": (committee("Thành phố Phan Rang - Tháp Chàm", "Số: 12/KH-UBND {place}, " + DAY, PR),
  dict(number="12/KH-UBND", place="Thành phố Phan Rang - Tháp Chàm")),
 "dashed_en_dash": (committee("Phan Rang – Tháp Chàm", "Số: 12/KH-UBND {place}, " + DAY, PR),
  dict(number="12/KH-UBND", place="Phan Rang – Tháp Chàm")),
 "dashed_no_comma": (committee("Phan Rang - Tháp Chàm", "Số: 12/KH-UBND {place} " + DAY, PR),
  dict(number="12/KH-UBND", place="Phan Rang - Tháp Chàm", issued_date="2026-04-09")),
 "dashed_on_its_own_line": (plan(["ỦY BAN NHÂN DÂN", PR], ["Số: 12/KH-UBND", "Phan Rang - Tháp Chàm, " + DAY]),
  dict(number="12/KH-UBND", place="Phan Rang - Tháp Chàm")),
 # the symbol's own spaced dash is the symbol's, the place's after it the place's
 "spaced_symbol_dash_then_a_dashed_place": (committee("Phan Rang - Tháp Chàm", "Số: 12/KH - UBND {place}, " + DAY, PR),
  dict(number="12/KH-UBND", place="Phan Rang - Tháp Chàm")),
}

# --- 3. the armed forces' Party committees: the service's name wraps after its kind, a dash inside it
AIR_DEFENCE_PARTY = "ĐẢNG ỦY QUÂN CHỦNG PHÒNG KHÔNG - KHÔNG QUÂN"
PARTY = dict(motto=["ĐẢNG CỘNG SẢN VIỆT NAM"], signature=PARTY_SIGNS)
HN = ["Số 27-KH/ĐU", "Hà Nội, " + DAY]
FORCES = {
 "committee_under_the_central_military_committee": (plan(["ĐẢNG ỦY QUÂN SỰ TRUNG ƯƠNG", "ĐẢNG ỦY QUÂN CHỦNG",
   "PHÒNG KHÔNG - KHÔNG QUÂN", "*"], HN, **PARTY),
  dict(number="27-KH/ĐU", issuer=AIR_DEFENCE_PARTY, parent="ĐẢNG ỦY QUÂN SỰ TRUNG ƯƠNG", place="Hà Nội")),
 "committee_under_the_ministry": (plan(["BỘ QUỐC PHÒNG", "ĐẢNG ỦY QUÂN CHỦNG", "PHÒNG KHÔNG - KHÔNG QUÂN", "*"], HN, **PARTY),
  dict(issuer=AIR_DEFENCE_PARTY, parent="BỘ QUỐC PHÒNG")),
 "committee_under_its_party_organisation": (plan(["ĐẢNG BỘ QUÂN CHỦNG", "PHÒNG KHÔNG - KHÔNG QUÂN", "ĐẢNG ỦY QUÂN CHỦNG",
   "*"], HN, **PARTY),
  dict(issuer="ĐẢNG ỦY QUÂN CHỦNG", parent="ĐẢNG BỘ QUÂN CHỦNG PHÒNG KHÔNG - KHÔNG QUÂN")),
 "committee_name_dashed_without_spaces": (plan(["ĐẢNG ỦY QUÂN SỰ TRUNG ƯƠNG", "ĐẢNG ỦY QUÂN CHỦNG",
   "PHÒNG KHÔNG-KHÔNG QUÂN", "*"], HN, **PARTY),
  dict(issuer="ĐẢNG ỦY QUÂN CHỦNG PHÒNG KHÔNG-KHÔNG QUÂN", parent="ĐẢNG ỦY QUÂN SỰ TRUNG ƯƠNG")),
 # the party organisation alone issues nothing: its wrapped name is no issuer, the issuing committee's line is lost
 "party_organisation_alone_wrapped": (plan(["ĐẢNG BỘ QUÂN CHỦNG", "PHÒNG KHÔNG - KHÔNG QUÂN", "*"], HN, **PARTY),
  dict(issuer=None, number="27-KH/ĐU")),
 # what must stay as it was: the service under the ministry, its kind on its own line or wrapped at the dash
 "service_kind_alone_over_its_name": (plan(["BỘ QUỐC PHÒNG", "QUÂN CHỦNG", "PHÒNG KHÔNG - KHÔNG QUÂN"],
   ["Số: 125/KH-PKKQ", "Hà Nội, " + DAY], ["KT. TƯ LỆNH", "PHÓ TƯ LỆNH", "Thiếu tướng Đặng Văn Bình"]),
  dict(issuer="QUÂN CHỦNG PHÒNG KHÔNG - KHÔNG QUÂN", parent="BỘ QUỐC PHÒNG")),
 "service_wrapped_at_the_dash": (plan(["BỘ QUỐC PHÒNG", "QUÂN CHỦNG PHÒNG KHÔNG -", "KHÔNG QUÂN"],
   ["Số: 125/KH-PKKQ", "Hà Nội, " + DAY], ["KT. TƯ LỆNH", "PHÓ TƯ LỆNH", "Thiếu tướng Đặng Văn Bình"]),
  dict(issuer="QUÂN CHỦNG PHÒNG KHÔNG - KHÔNG QUÂN", parent="BỘ QUỐC PHÒNG")),
 "ministry_over_a_department": (plan(["BỘ CÔNG AN", "CỤC CẢNH SÁT GIAO THÔNG"], ["Số: 88/KH-C08", "Hà Nội, " + DAY],
   ["CỤC TRƯỞNG", "Thiếu tướng Lê Văn Tâm"]),
  dict(issuer="CỤC CẢNH SÁT GIAO THÔNG", parent="BỘ CÔNG AN")),
}

# --- 4. a parent's line that ends with a comma: the comma is the line's, not the name's
PARENT_COMMA = {
 "province_committee_with_a_comma": (plan(["ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ,", "SỞ Y TẾ"],
   ["Số: 125/KH-SYT", "Quảng Trị, " + DAY], ["GIÁM ĐỐC", "Lê Thị Hoa"]),
  dict(issuer="SỞ Y TẾ", parent="ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ")),
 "abbreviated_committee_with_a_comma_and_space": (plan(["UBND HUYỆN MƯỜNG LA ,", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"],
   ["Số: 07/KH-TCKH", "Mường La, " + DAY], ["TRƯỞNG PHÒNG", "Cầm Văn Xuân"]),
  dict(issuer="PHÒNG TÀI CHÍNH - KẾ HOẠCH", parent="UBND HUYỆN MƯỜNG LA")),
 "ministry_with_a_comma": (plan(["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG,", "CỤC THỦY LỢI"], ["Số: 55/KH-TL", "Hà Nội, " + DAY],
   ["CỤC TRƯỞNG", "Nguyễn Văn Bình"]),
  dict(issuer="CỤC THỦY LỢI", parent="BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")),
 # a comma inside a name stays ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH")
 "comma_inside_the_parent": (plan(["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH,", "TRUNG TÂM VĂN HÓA NGHỆ THUẬT"],
   ["Số: 18/KH-TTVH", "Sơn La, " + DAY], ["GIÁM ĐỐC", "Lò Thị Mai"]),
  dict(issuer="TRUNG TÂM VĂN HÓA NGHỆ THUẬT", parent="SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH")),
}

ALL = {**NO_COMMA, **DASHED, **FORCES, **PARENT_COMMA}
# the place on the number's line is what a text copy makes; a Word file and a page print the same lines
FORMS = ("text", "docx", "html")


@pytest.mark.parametrize("name, form", [(name, form) for name in ALL for form in FORMS])
def test_the_header_reads_right(tmp_path, name, form):
    lines, expected = ALL[name]
    assert wrong_or_apart(processed(tmp_path, lines, form).metadata, expected) == {}


# --- where the boundary cannot be shown: the symbol's safe part, and a warning; never words glued into the symbol
UNPROVEN = {
 # the date on the next line, in figures: the place's words are left out of the number, no place is read
 "place_with_a_date_in_figures_on_the_next_line": (plan(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"],
   ["Số: 45/KH-UBND Thành phố Hà Nội", "Ngày 09/4/2026"]), "45/KH-UBND", "number_words_after_symbol"),
 # words in small letters after the symbol that read as no place
 "words_that_are_no_place": (plan(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"],
   ["Số: 233/KH-UBND bản sao lục", "Quảng Trị, " + DAY]), "233/KH-UBND", "number_words_after_symbol"),
}


@pytest.mark.parametrize("name, form", [(name, form) for name in UNPROVEN for form in ("text", "docx")])
def test_words_after_the_symbol_are_never_glued_on(tmp_path, name, form):
    lines, number, code = UNPROVEN[name]
    document = processed(tmp_path, lines, form)
    assert document.metadata.number == number
    assert code in {warning.code for warning in document.warnings}


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_symbol_cut_by_a_space_in_capitals_is_still_one(tmp_path, form):
    """A code OCR or a copy cut with a space, no separator beside it ("UB ND"), is no place: read whole as before."""
    lines = plan(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"], ["Số: 233/KH-UB ND", "Quảng Trị, " + DAY])
    document = processed(tmp_path, lines, form)
    assert (document.metadata.number, document.metadata.place) == ("233/KH-UBND", "Quảng Trị")


# --- the date's cell wrapped after its place: "Số: 45/KH-UBND Thành phố Hà Nội" / "ngày 09 tháng 4 năm 2026"
WRAPPED = {
 "city_then_the_day_on_the_next_line": (plan(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"],
   ["Số: 45/KH-UBND Thành phố Hà Nội", DAY]), dict(number="45/KH-UBND", place="Thành phố Hà Nội", issued_date="2026-04-09")),
 "dashed_place_then_the_day_on_the_next_line": (plan(["ỦY BAN NHÂN DÂN", PR], ["Số: 12/KH-UBND Phan Rang - Tháp Chàm", DAY]),
  dict(number="12/KH-UBND", place="Phan Rang - Tháp Chàm", issued_date="2026-04-09")),
}


@pytest.mark.parametrize("name, form", [(name, form) for name in WRAPPED for form in ("text", "docx")])
def test_a_place_whose_day_wrapped_to_the_next_line(tmp_path, name, form):
    lines, expected = WRAPPED[name]
    assert wrong_or_apart(processed(tmp_path, lines, form).metadata, expected) == {}
