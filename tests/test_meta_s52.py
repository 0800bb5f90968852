"""s52: header values read wrong on documents nobody has seen: a place run onto the number's line after a body's
name, a place printed in small letters, a Party conclusion's title under its organ's or meeting's line, and a Youth
Union header read clean and in a one-line copy.

What the forms are (our own notes; every fixture is written for the test, names and numbers made up): a text copy of
a header's table may run the number's cell and the date's into one line, and some offices type their body's name
after the symbol ("Số: 12/BC-VP UBND Quảng Trị, ngày …": an office of the committee, then the date's cell; or the
body's name and then the place, "… UBND Quảng Trị Quảng Trị, ngày …"). A commune, a ward or a border gate may print
its place with its unit or kind word in small letters ("xã Tân Lập, ngày …", "phường 5, ngày …", "cửa khẩu Hữu Nghị,
ngày …"). A province's Party conclusion prints "KẾT LUẬN" over the organ's or the meeting's line in capitals ("CỦA
BAN THƯỜNG VỤ TỈNH ỦY", "CỦA THƯỜNG TRỰC TỈNH ỦY", "HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY", "HỘI NGHỊ LẦN THỨ …" / "BAN
CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA …)") and the subject in small letters ("về …"); the project records the subject as the
title, the organ's or meeting's line being the heading's (sections.json organ_lines), as for a Party resolution or
directive (tests/test_metadata_unseen.py, tests/test_metadata_bodies.py, tests/test_pages_s34_blind.py).
"""

from __future__ import annotations

import pytest

from page_fields import processed
from test_meta_s49 import DAY, plan

FORMS = ["text", "docx", "html"]


def _place_and_date(tmp_path, lines, form):
    meta = processed(tmp_path, lines, form).metadata
    return meta.place, meta.issued_date, meta.number


# --- 1. a body's name on the number's line before the place: the place is never the body's name ------------------------
# (header, number's lines, place, the number's start): the base read "UBND Quảng Trị", "Quảng Trị Quảng Trị" …; the
# body's words are left out of the place, the number read as before
BODY_BEFORE_THE_PLACE = {
 "office_code_then_the_committee": (["UBND TỈNH QUẢNG TRỊ", "VĂN PHÒNG"], ["Số: 12/BC-VP UBND Quảng Trị, " + DAY],
                                    "Quảng Trị", "12/BC-VP"),
 "committee_and_its_place_then_the_place": (["UBND TỈNH QUẢNG TRỊ", "VĂN PHÒNG"],
                                            ["Số: 12/BC-VP UBND Quảng Trị Quảng Trị, " + DAY], "Quảng Trị", "12/BC-VP"),
 "council_code_then_a_district": (["HĐND HUYỆN MƯỜNG TÈ", "THƯỜNG TRỰC"], ["Số: 7/TB-TT HĐND Mường Tè, " + DAY],
                                  "Mường Tè", "7/TB-TT"),
 "committee_of_the_province_then_its_place": (["UBND TỈNH GIA LAI", "VĂN PHÒNG"],
                                              ["Số: 45/TB-VP UBND tỉnh Gia Lai Gia Lai, " + DAY], "Gia Lai", "45/TB-VP"),
 "party_committee_then_its_place": (["HUYỆN ỦY MƯỜNG TÈ", "BAN CHỈ ĐẠO"],
                                    ["Số: 7/KH-BCĐ Huyện ủy Mường Tè Mường Tè, " + DAY], "Mường Tè", "7/KH-BCĐ"),
 # the date's own line opening with the body's code
 "date_line_opening_with_the_committee": (["UBND TỈNH QUẢNG TRỊ", "VĂN PHÒNG"], ["Số: 12/BC-VP",
                                          "UBND Quảng Trị, " + DAY], "Quảng Trị", "12/BC-VP"),
 "date_line_opening_with_a_commune_s_committee": (["UBND HUYỆN LẠNG GIANG", "UBND XÃ TÂN LẬP"], ["Số: 12/KH-UBND",
                                                 "UBND xã Tân Lập, " + DAY], "xã Tân Lập", "12/KH-UBND"),
}
# the neighbours the base read right: the real place line after the number's, the body's name in small letters
BODY_BEFORE_THE_PLACE_KEPT = {
 "place_line_after": (["UBND TỈNH QUẢNG TRỊ", "VĂN PHÒNG"], ["Số: 12/BC-VP UBND Quảng Trị", "Quảng Trị, " + DAY],
                      "Quảng Trị", "12/BC-VP"),
 "place_line_after_a_party_committee": (["HUYỆN ỦY MƯỜNG TÈ", "BAN CHỈ ĐẠO"], ["Số: 7/KH-BCĐ Huyện ủy Mường Tè",
                                        "Mường Tè, " + DAY], "Mường Tè", "7/KH-BCĐ"),
 "province_s_unit_word_after_the_code": (["UBND TỈNH GIA LAI", "VĂN PHÒNG"], ["Số: 45/TB-VP UBND tỉnh Gia Lai, " + DAY],
                                         "Gia Lai", "45/TB-VP"),
 "party_committee_in_small_letters": (["HUYỆN ỦY MƯỜNG TÈ", "BAN CHỈ ĐẠO"], ["Số: 7/KH-BCĐ Huyện ủy Mường Tè, " + DAY],
                                      "Mường Tè", "7/KH-BCĐ"),
 "a_city_spelt_out": (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"], ["Số: 45/KH-UBND Thành phố Hà Nội, " + DAY],
                      "Thành phố Hà Nội", "45/KH-UBND"),
 "a_place_of_two_names": (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ PHAN RANG - THÁP CHÀM"],
                          ["Số: 45/KH-UBND Phan Rang - Tháp Chàm, " + DAY], "Phan Rang - Tháp Chàm", "45/KH-UBND"),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", sorted(BODY_BEFORE_THE_PLACE) + sorted(BODY_BEFORE_THE_PLACE_KEPT))
def test_a_body_s_name_before_the_place_is_no_place(tmp_path, name, form):
    header, number_lines, place, number_start = {**BODY_BEFORE_THE_PLACE, **BODY_BEFORE_THE_PLACE_KEPT}[name]
    got_place, issued, number = _place_and_date(tmp_path, plan(header, number_lines), form)
    assert (got_place, issued) == (place, "2026-04-09")
    assert number is not None and number.startswith(number_start)


# --- 2. a place printed in small letters, its unit or kind word kept as printed, on its own line or run onto the
# number's (the base dropped the unit word from a run-on line, read no place from "… quận 3, ngày …" run on, and no
# date from "phường 5, ngày …" on its own line)
SMALL_LETTERS = ["xã Tân Lập", "thị trấn Phong Thổ", "phường Bến Thành", "đặc khu Phú Quốc", "huyện Mường Tè",
                 "thị trấn Nông trường Mộc Châu", "cửa khẩu Hữu Nghị", "phường 5", "quận 3"]


def _commune_plan(number_lines: list[str]) -> list[str]:
    return plan(["UBND HUYỆN PHONG THỔ", "ỦY BAN NHÂN DÂN XÃ"], number_lines)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("place", SMALL_LETTERS)
def test_a_place_in_small_letters_on_its_own_line_is_read_as_printed(tmp_path, place, form):
    got = _place_and_date(tmp_path, _commune_plan(["Số: 12/KH-UBND", f"{place}, ngày 5 tháng 3 năm 2026"]), form)
    assert got == (place, "2026-03-05", "12/KH-UBND")


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("place", SMALL_LETTERS)
def test_a_place_in_small_letters_run_onto_the_number_is_read_as_printed(tmp_path, place, form):
    got = _place_and_date(tmp_path, _commune_plan([f"Số: 12/KH-UBND {place}, ngày 5 tháng 3 năm 2026"]), form)
    assert got == (place, "2026-03-05", "12/KH-UBND")


@pytest.mark.parametrize("form", FORMS)
def test_a_body_s_ward_run_onto_the_number_is_no_place(tmp_path, form):
    """The other side: a unit word in small letters after a body's code, not right after the symbol, is the body's
    ("Số: 12/KH-UBND UBND phường 5, ngày …"): no place "5" nor "UBND phường 5" (none read, as on the base)."""
    got = _place_and_date(tmp_path, _commune_plan(["Số: 12/KH-UBND UBND phường 5, ngày 5 tháng 3 năm 2026"]), form)
    assert got[0] is None and got[1] == "2026-03-05"


# --- 3. a Party conclusion's title: the subject under the organ's or the meeting's line, whatever that line says, and
# with the heading split by a stray space or a misread mark ("K ẾT LUẬN", "K ÉT LUẬN"). The base kept "CỦA THƯỜNG TRỰC
# TỈNH ỦY" and "HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY" in the title (sections.json organ_lines knew "CỦA BAN …" and "HỘI NGHỊ
# LẦN THỨ / BAN CHẤP HÀNH" only)

SUBJECT = "về phát triển kinh tế cửa khẩu đến năm 2030"
CONCLUSION_HEADER = ["TỈNH ỦY CAO BẰNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "*", "Số 215-KL/TU", "Cao Bằng, ngày 8 tháng 9 năm 2023"]
CONCLUSION_BODY = ["Ngày 5/9/2023, Thường trực Tỉnh ủy họp nghe báo cáo và kết luận như sau:",
                   "1. Kinh tế cửa khẩu có bước phát triển.", "Nơi nhận:", "- Lưu Văn phòng Tỉnh ủy.", "T/M BAN THƯỜNG VỤ",
                   "PHÓ BÍ THƯ", "Nông Văn Mẫu"]
ORGAN_OR_MEETING = {
 "standing_members": ["CỦA THƯỜNG TRỰC TỈNH ỦY"],
 "standing_board_without_ban": ["CỦA THƯỜNG VỤ TỈNH ỦY"],
 "standing_board_s_meeting": ["HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY"],
 # read right on the base: the neighbours
 "standing_board": ["CỦA BAN THƯỜNG VỤ TỈNH ỦY"],
 "plenum_in_two_lines": ["HỘI NGHỊ LẦN THỨ MƯỜI HAI", "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XIX)"],
 "plenum_in_one_line": ["HỘI NGHỊ LẦN THỨ MƯỜI HAI BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XIX)"],
 "standing_board_at_a_meeting": ["CỦA BAN THƯỜNG VỤ TỈNH ỦY TẠI HỘI NGHỊ NGÀY 5/9/2023"],
}


# s53: "HỘI NGHỊ BAN THƯỜNG VỤ …" is an organ line again, the heading's only above a subject opening with "về"
# (sections.json meeting_lines): a programme of that meeting keeps it in its title (tests/test_s52_review_meta.py)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("heading", ["KẾT LUẬN", "K ẾT LUẬN"])
@pytest.mark.parametrize("name", ORGAN_OR_MEETING)
def test_a_party_conclusion_s_title_is_its_subject(tmp_path, name, heading, form):
    lines = [*CONCLUSION_HEADER, heading, *ORGAN_OR_MEETING[name], SUBJECT, *CONCLUSION_BODY]
    meta = processed(tmp_path, lines, form).metadata
    assert (meta.doc_type, meta.title) == ("Kết luận", SUBJECT)
    assert (meta.number, meta.issuer.name) == ("215-KL/TU", "TỈNH ỦY CAO BẰNG")


@pytest.mark.parametrize("form", FORMS)
def test_a_notice_of_a_conclusion_keeps_its_capitals(tmp_path, form):
    """The other side: a notice's title that names the conclusion ("THÔNG BÁO" / "KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY" /
    "về …") is no organ's line under a heading: kept whole, as tests/test_metadata_unseen.py has it."""
    lines = [*CONCLUSION_HEADER[:3], "Số 216-TB/TU", CONCLUSION_HEADER[4], "THÔNG BÁO",
             "KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY", SUBJECT, *CONCLUSION_BODY]
    assert processed(tmp_path, lines, form).metadata.title == f"KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY {SUBJECT}"


@pytest.mark.parametrize("form", FORMS)
def test_a_plan_whose_title_opens_with_a_meeting_keeps_it(tmp_path, form):
    """A plan to hold a meeting names it in its title: "KẾ HOẠCH" / "Tổ chức Hội nghị Ban Thường vụ …" is no organ's line
    (organ_lines are lines in capitals that open with the meeting's or the organ's words)."""
    lines = [*CONCLUSION_HEADER[:3], "Số 217-KH/TU", CONCLUSION_HEADER[4], "KẾ HOẠCH",
             "Tổ chức Hội nghị Ban Thường vụ Tỉnh ủy mở rộng năm 2023", "I. MỤC ĐÍCH, YÊU CẦU",
             "1. Đánh giá kết quả.", *CONCLUSION_BODY[2:]]
    assert processed(tmp_path, lines, form).metadata.title == "Tổ chức Hội nghị Ban Thường vụ Tỉnh ủy mở rộng năm 2023"


# --- 4. the Youth Union's central header: a one-line copy gives the issuer its clean lines give, in both prints —
# the union's name beside the board as its motto (the board's standing organ that signs "TM." issued it, as the
# Party's: metadata._organ_signing) and the union's name under the board in its column (the committee, as
# tests/test_metadata_bodies.py has it). Read right on the base: a guard.

YOUTH_BODY = ["QUYẾT ĐỊNH", "Về việc ban hành quy chế làm việc của cơ quan", "BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH",
              "Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh;", "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy chế.",
              "Điều 2. Quyết định có hiệu lực từ ngày ký.", "Nơi nhận:", "- Lưu VP.", "TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN",
              "BÍ THƯ THƯỜNG TRỰC", "Hoàng Văn Thử"]
YOUTH_HEADERS = {
 "motto_beside_the_board": (["BAN CHẤP HÀNH TRUNG ƯƠNG", "***", "Số: 412-QĐ/TWĐTN-VP", "ĐOÀN TNCS HỒ CHÍ MINH",
                             "Hà Nội, ngày 12 tháng 5 năm 2021"],
                            ("BAN BÍ THƯ", "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH")),
 "name_under_the_board": (["BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐOÀN TNCS HỒ CHÍ MINH", "***", "Số: 412-QĐ/TWĐTN-VP",
                           "Hà Nội, ngày 12 tháng 5 năm 2021"], ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH", None)),
}


def _issuer(tmp_path, lines, form):
    meta = processed(tmp_path, lines, form).metadata
    return (meta.issuer.name, meta.issuer.parent), (meta.number, meta.issued_date, meta.title)


@pytest.mark.parametrize("name", YOUTH_HEADERS)
def test_a_youth_union_header_in_one_line_gives_its_clean_issuer(tmp_path, name):
    header, issuer = YOUTH_HEADERS[name]
    fields = ("412-QĐ/TWĐTN-VP", "2021-05-12", "Về việc ban hành quy chế làm việc của cơ quan")
    for form in FORMS:
        assert _issuer(tmp_path, [*header, *YOUTH_BODY], form) == (issuer, fields), form
    # a forum's copy: the header's cells run together, the stars glued to the lines either side
    one_line = " ".join([*header, *YOUTH_BODY]).replace(" ***", "***").replace("*** ", "***")
    assert _issuer(tmp_path, [one_line], "text") == (issuer, fields)
