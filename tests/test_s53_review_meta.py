"""s53 review of s53-meta: variants of its rules that gave a confident wrong value, or lost one the base read.

What the forms are (our own notes; every fixture is written for the test, names and numbers made up): a header is a
two-column table with no borders (issuer and number on the left, motto and place-and-date line on the right); a
narrow right cell wraps a long place ("TP Hồ Chí" / "Minh, ngày …"), a text copy puts the cells one under the other
or runs the whole header into one line. A ministry's department ("VỤ …") sits under the ministry, a general
department's under the general department ("TỔNG CỤC …" / "VỤ …"). A Party resolution or conclusion prints the
plenum's line under its heading ("NGHỊ QUYẾT" / "HỘI NGHỊ LẦN THỨ MƯỜI BAN CHẤP HÀNH ĐẢNG BỘ TỈNH" / subject), its
subject not always opening with "về"; a programme of the plenum names the plenum as its title.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from test_meta_s53 import FORMS, _read

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
DAY = "ngày 5 tháng 3 năm 2026"
PLAN = ["KẾ HOẠCH", "Tổ chức tháng hành động vì môi trường năm 2026", "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Bảo đảm thực hiện đúng tiến độ.", "II. NHIỆM VỤ", "1. Rà soát, hoàn thiện quy chế.", "Nơi nhận:", "- Như trên;",
        "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Khải"]
# --- 1. a department after a name ending in "NGHIỆP", run into one line: s53-meta read "NGHIỆP VỤ" as a field's word
# and gave the whole line as the issuer ("BỘ CÔNG NGHIỆP VỤ KẾ HOẠCH"); the base read the department under its ministry
DEPARTMENT_AFTER_NGHIEP = {
 "ministry_of_industry": ("BỘ CÔNG NGHIỆP VỤ KẾ HOẠCH", ("VỤ KẾ HOẠCH", "BỘ CÔNG NGHIỆP")),
 "ministry_of_agriculture": ("BỘ NÔNG NGHIỆP VỤ TỔ CHỨC CÁN BỘ", ("VỤ TỔ CHỨC CÁN BỘ", "BỘ NÔNG NGHIỆP")),
 "vocational_general_department": ("TỔNG CỤC GIÁO DỤC NGHỀ NGHIỆP VỤ KẾ HOẠCH - TÀI CHÍNH",
                                   ("VỤ KẾ HOẠCH - TÀI CHÍNH", "TỔNG CỤC GIÁO DỤC NGHỀ NGHIỆP")),
 # the rule's own class, kept: a field's word "MÔI TRƯỜNG" twice, a school under its ministry
 "school_of_the_environment": ("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG TRƯỜNG ĐẠI HỌC TÀI NGUYÊN VÀ MÔI TRƯỜNG HÀ NỘI",
                               ("TRƯỜNG ĐẠI HỌC TÀI NGUYÊN VÀ MÔI TRƯỜNG HÀ NỘI", "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG")),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", DEPARTMENT_AFTER_NGHIEP)
def test_a_department_after_a_name_ending_in_nghiep_is_a_body_of_its_own(tmp_path, name, form):
    issuers, issuer = DEPARTMENT_AFTER_NGHIEP[name]
    lines = [f"{issuers} {' '.join(MOTTO)} Số: 77/KH-CQ HÀ NỘI, NGÀY 14 THÁNG 8 NĂM 2025", "KẾ HOẠCH",
             "Phòng, chống thiên tai năm 2025", "I. MỤC ĐÍCH", "1. Bảo đảm an toàn.", "Nơi nhận:", "- Lưu: VT.",
             "TL. BỘ TRƯỞNG", "VỤ TRƯỞNG", "Nguyễn Văn Tỉnh"]
    meta = process(write_in_form(tmp_path, lines, form)).metadata
    assert ((meta.issuer.name, meta.issuer.parent), meta.number) == (issuer, "77/KH-CQ")


# --- 2. a plenum's line over a subject that does not open with "về": s53-meta kept the meeting's line as the title
# and lost the subject ("HỘI NGHỊ LẦN THỨ MƯỜI BAN CHẤP HÀNH ĐẢNG BỘ TỈNH"), or read the meeting's first line alone
# where it wrapped over a subject in capitals; the base read the subject (or no title)
PARTY_LEFT = ["ĐẢNG BỘ TỈNH QUẢNG TRỊ", "TỈNH ỦY", "*", "Số: 15-{code}/TU"]
PARTY_RIGHT = ["ĐẢNG CỘNG SẢN VIỆT NAM", f"Quảng Trị, {DAY}"]
PARTY_BODY = ["I. TÌNH HÌNH", "1. Kết quả đạt được khá toàn diện.", "II. NHIỆM VỤ", "1. Tăng cường lãnh đạo.",
              "Nơi nhận:", "- Như trên;", "- Lưu VPTU.", "T/M TỈNH ỦY", "BÍ THƯ", "Lê Văn Hùng"]
SUBJECT = "Đẩy mạnh phát triển du lịch đến năm 2030"
_CODES = {"NGHỊ QUYẾT": "NQ", "KẾT LUẬN": "KL", "CHƯƠNG TRÌNH": "CTr", "THÔNG BÁO": "TB"}


def party_meta(tmp_path, code: str, lines: list[str], form: str):
    """The metadata of a provincial Party committee's document of symbol ``code`` whose right column's lines after the
    header are ``lines`` (its type heading, what stands under it), then PARTY_BODY."""
    return _read(tmp_path, [line.format(code=code) for line in PARTY_LEFT], PARTY_RIGHT, [*lines, *PARTY_BODY], form).metadata
# (heading, the lines under it, the title)
PLENUM_OVER_ITS_SUBJECT = {
 "resolution_subject_in_sentence_case": ("NGHỊ QUYẾT", ["HỘI NGHỊ LẦN THỨ MƯỜI BAN CHẤP HÀNH ĐẢNG BỘ TỈNH", SUBJECT],
                                         SUBJECT),
 "conclusion_subject_in_sentence_case": ("KẾT LUẬN", ["HỘI NGHỊ LẦN THỨ MƯỜI BAN CHẤP HÀNH ĐẢNG BỘ TỈNH", SUBJECT],
                                         SUBJECT),
 "resolution_of_the_plenary_committee": ("NGHỊ QUYẾT", ["HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH LẦN THỨ MƯỜI", SUBJECT],
                                         SUBJECT),
 "resolution_subject_in_capitals": ("NGHỊ QUYẾT", ["HỘI NGHỊ LẦN THỨ MƯỜI BAN CHẤP HÀNH ĐẢNG BỘ TỈNH",
                                                   SUBJECT.upper()], SUBJECT.upper()),
 # guards of the branch's own class: a conclusion over "về", a programme of the plenum
 "conclusion_over_ve": ("KẾT LUẬN", ["HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY", "về phát triển du lịch"], "về phát triển du lịch"),
 "programme_of_the_plenum": ("CHƯƠNG TRÌNH", ["HỘI NGHỊ LẦN THỨ MƯỜI", "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVII)"],
                             "HỘI NGHỊ LẦN THỨ MƯỜI BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVII)"),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", PLENUM_OVER_ITS_SUBJECT)
def test_a_plenum_s_line_over_any_subject_is_the_heading_s(tmp_path, name, form):
    heading, under, title = PLENUM_OVER_ITS_SUBJECT[name]
    meta = party_meta(tmp_path, _CODES[heading], [heading, *under], form)
    assert (meta.title, meta.number) == (title, f"15-{_CODES[heading]}/TU")


@pytest.mark.parametrize("form", FORMS)
def test_a_plenum_s_line_wrapped_over_a_subject_in_capitals_is_no_title(tmp_path, form):
    under = ["HỘI NGHỊ LẦN THỨ BẢY", "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XVII", "VỀ XÂY DỰNG ĐỘI NGŨ CÁN BỘ"]
    meta = party_meta(tmp_path, "NQ", ["NGHỊ QUYẾT", *under], form)
    assert meta.title in (None, "VỀ XÂY DỰNG ĐỘI NGŨ CÁN BỘ")  # never the meeting's first line alone


# --- 3. a place a narrow cell wrapped: the wrapped start with a body's code or a unit abbreviated in small letters.
# Before the fix the code stayed in the place ("UBND Thành phố Hồ Chí Minh"), and "tp. Hồ Chí" / "Minh, ngày …" gave
# the place "Minh" (both on the base too)
WRAPPED_PLACES = {
 "code_before_a_city": (["UBND Thành phố Hồ", f"Chí Minh, {DAY}"], "Thành phố Hồ Chí Minh"),
 "city_abbreviated_in_small_letters": (["tp. Hồ Chí", f"Minh, {DAY}"], "tp. Hồ Chí Minh"),
 "city_abbreviated_glued": (["tp.Hồ Chí", f"Minh, {DAY}"], "tp.Hồ Chí Minh"),
 # read right on the base: the abbreviation in capitals, a fragment of two words
 "city_abbreviated_in_capitals": (["TP Hồ Chí", f"Minh, {DAY}"], "TP Hồ Chí Minh"),
 "district_in_two_lines": (["Vĩnh", f"Linh, {DAY}"], "Vĩnh Linh"),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", WRAPPED_PLACES)
def test_a_wrapped_place_is_read_whole_without_a_body_s_code(tmp_path, name, form):
    lines, place = WRAPPED_PLACES[name]
    doc = _read(tmp_path, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "Số: 12/KH-UBND"], [*MOTTO, *lines], PLAN, form)
    assert (doc.metadata.place, doc.metadata.issued_date, doc.metadata.number) == (place, "2026-03-05", "12/KH-UBND")


# --- 4. a place in capitals whose first word spells a body's code ("TU", places.json territorial_body_codes): s53-meta
# gave no place and place_unproved for "TU MƠ RÔNG, NGÀY …", a district the registry knows (the base read it)
CODE_SPELLING_PLACES = {
 "known_place_in_capitals": ("TU MƠ RÔNG", "TU MƠ RÔNG", False),
 "known_place_in_sentence_case": ("Tu Mơ Rông", "Tu Mơ Rông", False),
 # the branch's own class, kept: a body's code before a place the registry does not know
 "code_before_an_unknown_place_in_capitals": ("UBND TÂN LẬP MỘT", None, True),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", CODE_SPELLING_PLACES)
def test_a_known_place_whose_first_word_spells_a_code_is_the_place(tmp_path, name, form):
    words, place, unproved = CODE_SPELLING_PLACES[name]
    day = DAY.upper() if words.isupper() else DAY
    doc = _read(tmp_path, ["UBND TỈNH KON TUM", "UBND HUYỆN TU MƠ RÔNG", "Số: 12/KH-UBND"], [*MOTTO, f"{words}, {day}"],
                PLAN, form)
    assert (doc.metadata.place, doc.metadata.issued_date) == (place, "2026-03-05")
    assert ("place_unproved" in {warning.code for warning in doc.warnings}) is unproved
