"""s53: header values of documents by other hands — a body's name before the place with no place the registry knows,
a city's or a town's abbreviation in small letters, a place run onto the number's line with no comma, a meeting's line
over a programme's or a conclusion's title, and the central bodies' headers and closings.

What the forms are (our own notes; every fixture is written for the test, names and numbers made up): the header is a
two-column table with no borders (the issuer and the number on the left, the motto and the place-and-date line on the
right); a text copy puts the cells one under the other, or runs them into one line. Some offices type their body's code
before the place on the date's line ("UBND Quảng Trị, ngày …"), some type the place's unit abbreviated in small
letters ("tp. Hồ Chí Minh, ngày …", "tp Hà Nội", "tx. Sơn Tây"). A Party conclusion prints the meeting's line under
its heading ("KẾT LUẬN" / "HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY" / "về …"), a programme of a meeting names the meeting as its
title ("CHƯƠNG TRÌNH" / "HỘI NGHỊ LẦN THỨ MƯỜI HAI" / "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XIX)"). A ministry prints
"BỘ …" over its general department or department ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" / "TỔNG CỤC THỦY LỢI"), signs "KT. BỘ
TRƯỞNG" / "THỨ TRƯỞNG" or "TL. BỘ TRƯỞNG" / "VỤ TRƯỞNG VỤ …"; the Government Office signs "KT. BỘ TRƯỞNG, CHỦ NHIỆM" /
"PHÓ CHỦ NHIỆM"; a copy may run the whole header into one line.
"""

from __future__ import annotations

import docx
import pytest

from conftest import write_in_form
from pipeline.run import process

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
DAY = "ngày 5 tháng 3 năm 2026"
PLAN = ["KẾ HOẠCH", "Tổ chức tháng hành động vì môi trường năm 2026", "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Bảo đảm thực hiện đúng tiến độ.", "II. NHIỆM VỤ", "1. Rà soát, hoàn thiện quy chế.", "Nơi nhận:", "- Như trên;",
        "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Giả"]
FORMS = ["text", "docx"]


def _read(tmp_path, left: list[str], right: list[str], after: list[str], form: str):
    """The document of a header whose columns are ``left`` and ``right``, then ``after``: a text copy (the left cell's
    lines, then the right's), or a Word file whose header is a table of two cells with no borders."""
    if form == "text":
        return process(write_in_form(tmp_path, [*left, *right, *after], "text"))
    document = docx.Document()
    header = document.add_table(rows=1, cols=2)
    header.cell(0, 0).text, header.cell(0, 1).text = "\n".join(left), "\n".join(right)
    for line in after:
        document.add_paragraph(line)
    path = tmp_path / "doc.docx"
    document.save(path)
    return process(path)


def _codes(doc) -> set[str]:
    return {warning.code for warning in doc.warnings}


# --- 1. a body's code before the place on the date's own line, the number in the other column --------------------
# (left column, the date line's place words, the place): read right on the base, guards of the new rule's neighbours
BODY_BEFORE_THE_PLACE = {
 "committee_s_code": (["UBND TỈNH QUẢNG TRỊ", "VĂN PHÒNG", "Số: 12/BC-VP"], "UBND Quảng Trị", "Quảng Trị"),
 "office_s_code": (["UBND TỈNH QUẢNG TRỊ", "VĂN PHÒNG", "Số: 12/BC-VP"], "VP Quảng Trị", "Quảng Trị"),
 "council_s_code": (["HĐND HUYỆN MƯỜNG TÈ", "THƯỜNG TRỰC", "Số: 7/TB-TT"], "HĐND Mường Tè", "Mường Tè"),
 "commune_s_committee": (["UBND HUYỆN LẠNG GIANG", "UBND XÃ TÂN LẬP", "Số: 12/KH-UBND"], "UBND xã Tân Lập", "xã Tân Lập"),
 "city_s_committee": (["UBND TỈNH QUẢNG TRỊ", "UBND THÀNH PHỐ ĐÔNG HÀ", "Số: 12/KH-UBND"], "UBND Đông Hà", "Đông Hà"),
}
# the base read the body's name as the place ("UBND Tân Lập Một"): a place the registry does not know after a body's
# code cannot be proved the place; null and a warning
BODY_BEFORE_AN_UNKNOWN_PLACE = {
 "committee_of_an_unknown_commune": (["UBND HUYỆN LẠNG GIANG", "UBND XÃ TÂN LẬP MỘT", "Số: 12/KH-UBND"], "UBND Tân Lập Một"),
 "council_of_an_unknown_district": (["HĐND HUYỆN NẬM HÀ", "THƯỜNG TRỰC", "Số: 7/TB-TT"], "HĐND Nậm Hà Thượng"),
 "office_of_an_unknown_place": (["UBND TỈNH QUẢNG TRỊ", "VĂN PHÒNG", "Số: 12/BC-VP"], "VPUBND Bến Hải Mới"),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", BODY_BEFORE_THE_PLACE)
def test_a_body_s_code_before_a_known_place_is_left_out(tmp_path, name, form):
    left, words, place = BODY_BEFORE_THE_PLACE[name]
    meta = _read(tmp_path, left, [*MOTTO, f"{words}, {DAY}"], PLAN, form).metadata
    assert (meta.place, meta.issued_date, meta.number) == (place, "2026-03-05", left[-1].removeprefix("Số: "))


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", BODY_BEFORE_AN_UNKNOWN_PLACE)
def test_a_body_s_name_before_an_unknown_place_is_no_place(tmp_path, name, form):
    left, words = BODY_BEFORE_AN_UNKNOWN_PLACE[name]
    doc = _read(tmp_path, left, [*MOTTO, f"{words}, {DAY}"], PLAN, form)
    assert (doc.metadata.place, doc.metadata.issued_date) == (None, "2026-03-05")
    assert "place_unproved" in _codes(doc)


@pytest.mark.parametrize("form", FORMS)
def test_a_body_s_name_before_an_unknown_place_run_onto_the_number_is_no_place(tmp_path, form):
    doc = _read(tmp_path, ["UBND HUYỆN LẠNG GIANG", "UBND XÃ TÂN LẬP MỘT"],
                [*MOTTO, f"Số: 12/KH-UBND UBND Tân Lập Một, {DAY}"], PLAN, form)
    assert (doc.metadata.place, doc.metadata.number) == (None, "12/KH-UBND")
    assert "place_unproved" in _codes(doc)


# --- 2. a city's or a town's abbreviation in small letters before the place: the base read no date from
# "tp. Hồ Chí Minh, ngày …" and read "tp Hà Nội, ngày …" as a garbled line (a warning); run onto the number's line it
# dropped "tp." from the place
SMALL_ABBREVIATIONS = {
 "city_with_a_stop": ("tp. Hồ Chí Minh", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"]),
 "city_glued": ("tp.Hồ Chí Minh", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"]),
 "city_without_a_stop": ("tp Hà Nội", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"]),
 "another_city": ("tp. Cần Thơ", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"]),
 "town": ("tx. Sơn Tây", ["UBND THÀNH PHỐ HÀ NỘI", "UBND THỊ XÃ SƠN TÂY"]),
 "town_without_a_stop": ("tx Sa Pa", ["UBND TỈNH LÀO CAI", "UBND THỊ XÃ SA PA"]),
}
# printed in capitals or with a capital first, read right on the base
CAPITAL_ABBREVIATIONS = {"capitals": "TP. Hồ Chí Minh", "capital_first": "Tp. Hồ Chí Minh", "initials": "Tp.HCM"}
PLACE_LINES = {"own_line": lambda place: ["Số: 12/KH-UBND", f"{place}, {DAY}"],
               "run_on": lambda place: [f"Số: 12/KH-UBND {place}, {DAY}"],
               "run_on_without_a_comma": lambda place: [f"Số: 12/KH-UBND {place} {DAY}"]}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("line", PLACE_LINES)
@pytest.mark.parametrize("name", sorted(SMALL_ABBREVIATIONS) + sorted(CAPITAL_ABBREVIATIONS))
def test_a_unit_s_abbreviation_in_any_case_opens_the_place(tmp_path, name, line, form):
    place, left = SMALL_ABBREVIATIONS.get(name) or (CAPITAL_ABBREVIATIONS[name], ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"])
    number, *date = PLACE_LINES[line](place)
    doc = _read(tmp_path, [*left, number] if date else left, [*MOTTO, *date] if date else [*MOTTO, number], PLAN, form)
    assert (doc.metadata.place, doc.metadata.issued_date, doc.metadata.number) == (place, "2026-03-05", "12/KH-UBND")
    assert not _codes(doc) & {"issue_date_garbled", "number_words_after_symbol", "missing_issue_date"}


# --- 3. a place run onto the number's line with no comma before "ngày", its unit in small letters: the base read no
# place ("Số: 12/KH-UBND xã Tân Lập ngày …"); the place's own line without a comma and a bare name after the number
# with one were read right and stay so
NO_COMMA = {
 "commune": ("xã Tân Lập", ["UBND HUYỆN LẠNG GIANG", "UBND XÃ TÂN LẬP"]),
 "township": ("thị trấn Vôi", ["UBND HUYỆN LẠNG GIANG", "UBND THỊ TRẤN VÔI"]),
 "ward": ("phường Bến Thành", ["UBND QUẬN 1", "UBND PHƯỜNG BẾN THÀNH"]),
 "special_zone": ("đặc khu Phú Quốc", ["UBND TỈNH AN GIANG", "UBND ĐẶC KHU PHÚ QUỐC"]),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", NO_COMMA)
def test_a_place_in_small_letters_run_onto_the_number_without_a_comma(tmp_path, name, form):
    place, left = NO_COMMA[name]
    meta = _read(tmp_path, left, [*MOTTO, f"Số: 12/KH-UBND {place} {DAY}"], PLAN, form).metadata
    assert (meta.place, meta.issued_date, meta.number) == (place, "2026-03-05", "12/KH-UBND")


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("number_lines, place", [
    (["Số: 12/KH-UBND", f"xã Tân Lập {DAY}"], "xã Tân Lập"),  # the place's own line without a comma
    ([f"Số: 12/KH-UBND Tân Lập, {DAY}"], "Tân Lập"),  # the bare name after the number, a comma
    ([f"Số: 12/KH-UBND Tân Lập {DAY}"], "Tân Lập"),
    ([f"Số: 12/KH-UBND UBND phường 5 {DAY}"], None),  # a body's ward after its code: no place "5" nor "UBND phường 5"
])
def test_the_neighbours_of_a_place_run_on_are_read_as_before(tmp_path, number_lines, place, form):
    meta = _read(tmp_path, ["UBND HUYỆN LẠNG GIANG", "UBND XÃ TÂN LẬP"], [*MOTTO, *number_lines], PLAN, form).metadata
    assert (meta.place, meta.issued_date, meta.number) == (place, "2026-03-05", "12/KH-UBND")


# --- 4. a meeting's line under the heading: the heading's over a subject that opens with "về" (a conclusion, a
# resolution), the title's over anything else (a programme of the meeting). The base kept "HỘI NGHỊ BAN THƯỜNG VỤ …"
# in a conclusion's title and gave a plenum's programme the title "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XIX)", the
# meeting's line lost
PARTY_LEFT = {"province": (["TỈNH ỦY CAO BẰNG", "*", "Số 218-{code}/TU"], "Cao Bằng, ngày 8 tháng 9 năm 2023"),
              "district": (["HUYỆN ỦY MƯỜNG TÈ", "*", "Số 45-{code}/HU"], "Mường Tè, ngày 8 tháng 9 năm 2023")}
PARTY_END = ["I. THỜI GIAN, ĐỊA ĐIỂM", "1. Thời gian: một ngày.", "Nơi nhận:", "- Lưu Văn phòng.", "T/L BAN THƯỜNG VỤ",
             "CHÁNH VĂN PHÒNG", "Nông Văn Mẫu"]
SUBJECT = "về phát triển kinh tế cửa khẩu đến năm 2030"
# (heading, the lines under it, the title)
MEETING_TITLES = {
 "conclusion_of_the_standing_board_s_meeting": ("KẾT LUẬN", ["HỘI NGHỊ BAN THƯỜNG VỤ {committee}", SUBJECT], SUBJECT),
 "conclusion_of_the_standing_members_meeting": ("KẾT LUẬN", ["HỘI NGHỊ THƯỜNG TRỰC {committee}", SUBJECT], SUBJECT),
 "conclusion_subject_in_capitals": ("KẾT LUẬN", ["HỘI NGHỊ BAN THƯỜNG VỤ {committee}", SUBJECT.upper()], SUBJECT.upper()),
 "programme_of_a_plenum": ("CHƯƠNG TRÌNH", ["HỘI NGHỊ LẦN THỨ MƯỜI HAI", "BAN CHẤP HÀNH ĐẢNG BỘ (KHÓA XIX)"],
                           "HỘI NGHỊ LẦN THỨ MƯỜI HAI BAN CHẤP HÀNH ĐẢNG BỘ (KHÓA XIX)"),
 "programme_of_a_plenum_in_one_line": ("CHƯƠNG TRÌNH", ["HỘI NGHỊ LẦN THỨ MƯỜI HAI BAN CHẤP HÀNH ĐẢNG BỘ (KHÓA XIX)"],
                                       "HỘI NGHỊ LẦN THỨ MƯỜI HAI BAN CHẤP HÀNH ĐẢNG BỘ (KHÓA XIX)"),
 "programme_of_the_standing_board_s_meeting": ("CHƯƠNG TRÌNH", ["HỘI NGHỊ BAN THƯỜNG VỤ {committee} MỞ RỘNG",
                                                               "TỔNG KẾT CÔNG TÁC NĂM 2023"],
                                               "HỘI NGHỊ BAN THƯỜNG VỤ {committee} MỞ RỘNG TỔNG KẾT CÔNG TÁC NĂM 2023"),
 # read right on the base: a meeting's words in small letters are the title's ("(kỳ họp thứ 12)", "hội nghị lần thứ …")
 "session_in_brackets": ("NGHỊ QUYẾT", [SUBJECT, "(kỳ họp thứ 12)"], f"{SUBJECT} (kỳ họp thứ 12)"),
 "meeting_in_small_letters": ("NGHỊ QUYẾT", ["Về phát triển kinh tế cửa khẩu", "hội nghị lần thứ 12"],
                              "Về phát triển kinh tế cửa khẩu hội nghị lần thứ 12"),
 "plan_to_hold_a_meeting": ("KẾ HOẠCH", ["Tổ chức Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ (khóa XIX)"],
                            "Tổ chức Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ (khóa XIX)"),
}
_CODES = {"KẾT LUẬN": "KL", "CHƯƠNG TRÌNH": "CTr", "NGHỊ QUYẾT": "NQ", "KẾ HOẠCH": "KH"}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("level", PARTY_LEFT)
@pytest.mark.parametrize("name", MEETING_TITLES)
def test_a_meeting_s_line_is_the_heading_s_only_over_its_subject(tmp_path, name, level, form):
    heading, under, title = MEETING_TITLES[name]
    left, date = PARTY_LEFT[level]
    committee = left[0].split(" ", 2)[0] + " " + left[0].split(" ", 2)[1]  # "TỈNH ỦY", "HUYỆN ỦY"
    left = [line.format(code=_CODES[heading]) for line in left]
    meta = _read(tmp_path, left, ["ĐẢNG CỘNG SẢN VIỆT NAM", date],
                 [heading, *(line.format(committee=committee) for line in under), *PARTY_END], form).metadata
    assert meta.title == title.format(committee=committee)
    assert (meta.number, meta.issuer.name) == (left[-1].removeprefix("Số "), left[0])


# --- 5. the central bodies: every field of a ministry's, the Prime Minister's, the Government Office's, a general
# department's, a department's under a ministry and a body under the Government's documents. Read right on the base in
# their columns: guards. Run into one line by a copy, the base cut "… VÀ MÔI" / "TRƯỜNG TỔNG CỤC …" (a ministry's
# name holds "TRƯỜNG", a school's kind): the issuer "TRƯỜNG TỔNG CỤC THỦY LỢI" under "BỘ NÔNG NGHIỆP VÀ MÔI".

CAPITAL_DATE = "Hà Nội, ngày 14 tháng 8 năm 2025"
DECISION_END = ["Căn cứ Nghị định số 25/2025/NĐ-CP ngày 21 tháng 02 năm 2025 của Chính phủ;", "QUYẾT ĐỊNH:",
                "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện.", "Điều 2. Quyết định này có hiệu lực từ ngày ký.",
                "Nơi nhận:", "- Như Điều 2;", "- Văn phòng Chính phủ;", "- Lưu: VT, TCCB."]
DECISION_RECIPIENTS = ["Như Điều 2", "Văn phòng Chính phủ", "Lưu: VT, TCCB"]
PLAN_END = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm tiến độ.", "Nơi nhận:", "- Bộ trưởng (để b/c);", "- Sở Y tế các tỉnh;", "- Lưu: VT."]
PLAN_RECIPIENTS = ["Bộ trưởng (để b/c)", "Sở Y tế các tỉnh", "Lưu: VT"]
# name: (left column, the lines after the header, signature, expected fields)
CENTRAL = {
 "ministry_deputy_signs": (["BỘ NỘI VỤ", "Số: 1234/QĐ-BNV"],
                           ["QUYẾT ĐỊNH", "Về việc ban hành Kế hoạch chuyển đổi số năm 2025", "BỘ TRƯỞNG BỘ NỘI VỤ", *DECISION_END],
                           ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Văn Giả"],
                           dict(doc_type="Quyết định", number="1234/QĐ-BNV", issuer=("BỘ NỘI VỤ", None),
                                title="Về việc ban hành Kế hoạch chuyển đổi số năm 2025", signer="Nguyễn Văn Giả",
                                position="Thứ trưởng", authority=["KT."], recipients=DECISION_RECIPIENTS)),
 "ministry_director_signs_by_order": (["BỘ NỘI VỤ", "Số: 1235/QĐ-BNV"],
                                      ["QUYẾT ĐỊNH", "Về việc cử công chức tham gia đoàn công tác", "BỘ TRƯỞNG BỘ NỘI VỤ",
                                       *DECISION_END], ["TL. BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ TỔ CHỨC CÁN BỘ", "Lê Thị Mẫu"],
                                      dict(doc_type="Quyết định", number="1235/QĐ-BNV", issuer=("BỘ NỘI VỤ", None),
                                           title="Về việc cử công chức tham gia đoàn công tác", signer="Lê Thị Mẫu",
                                           position="Vụ trưởng Vụ Tổ chức cán bộ", authority=["TL."],
                                           recipients=DECISION_RECIPIENTS)),
 "prime_minister": (["THỦ TƯỚNG CHÍNH PHỦ", "Số: 456/QĐ-TTg"],
                    ["QUYẾT ĐỊNH", "Phê duyệt Kế hoạch phát triển nguồn nhân lực", "THỦ TƯỚNG CHÍNH PHỦ", *DECISION_END],
                    ["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Trần Văn Nháp"],
                    dict(doc_type="Quyết định", number="456/QĐ-TTg", issuer=("THỦ TƯỚNG CHÍNH PHỦ", None),
                         title="Phê duyệt Kế hoạch phát triển nguồn nhân lực", signer="Trần Văn Nháp", position="Phó Thủ tướng",
                         authority=["KT."], recipients=DECISION_RECIPIENTS)),
 "government_office_notice": (["VĂN PHÒNG CHÍNH PHỦ", "Số: 389/TB-VPCP"],
                              ["THÔNG BÁO", "Kết luận của Phó Thủ tướng tại cuộc họp về kế hoạch chuyển đổi số",
                               "Ngày 10 tháng 8 năm 2025, Phó Thủ tướng chủ trì cuộc họp.", "1. Các bộ khẩn trương triển khai.",
                               "Nơi nhận:", "- Thủ tướng, các Phó Thủ tướng;", "- Các Bộ: Nội vụ, Tài chính;", "- Lưu: VT, KGVX."],
                              ["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Phạm Minh Mẫu"],
                              dict(doc_type="Thông báo", number="389/TB-VPCP", issuer=("VĂN PHÒNG CHÍNH PHỦ", None),
                                   title="Kết luận của Phó Thủ tướng tại cuộc họp về kế hoạch chuyển đổi số",
                                   signer="Phạm Minh Mẫu", position="Phó Chủ nhiệm", authority=["KT."],
                                   recipients=["Thủ tướng, các Phó Thủ tướng", "Các Bộ: Nội vụ, Tài chính", "Lưu: VT, KGVX"])),
 "department_under_a_ministry": (["BỘ TÀI CHÍNH", "CỤC THUẾ", "Số: 2345/QĐ-CT"],
                                 ["QUYẾT ĐỊNH", "Về việc ban hành Kế hoạch kiểm tra thuế năm 2025", "CỤC TRƯỞNG CỤC THUẾ",
                                  *DECISION_END], ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Mai Văn Mẫu"],
                                 dict(doc_type="Quyết định", number="2345/QĐ-CT", issuer=("CỤC THUẾ", "BỘ TÀI CHÍNH"),
                                      title="Về việc ban hành Kế hoạch kiểm tra thuế năm 2025", signer="Mai Văn Mẫu",
                                      position="Phó Cục trưởng", authority=["KT."], recipients=DECISION_RECIPIENTS)),
 "general_department": (["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "TỔNG CỤC THỦY LỢI", "Số: 77/KH-TCTL"],
                        ["KẾ HOẠCH", "Phòng, chống thiên tai năm 2025", *PLAN_END],
                        ["KT. TỔNG CỤC TRƯỞNG", "PHÓ TỔNG CỤC TRƯỞNG", "Nguyễn Mẫu Tỉnh"],
                        dict(doc_type="Kế hoạch", number="77/KH-TCTL", issuer=("TỔNG CỤC THỦY LỢI", "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"),
                             title="Phòng, chống thiên tai năm 2025", signer="Nguyễn Mẫu Tỉnh", position="Phó Tổng cục trưởng",
                             authority=["KT."], recipients=PLAN_RECIPIENTS)),
 "department_of_an_older_ministry": (["BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "CỤC BIẾN ĐỔI KHÍ HẬU", "Số: 15/KH-BĐKH"],
                                     ["KẾ HOẠCH", "Kiểm kê khí nhà kính năm 2024", *PLAN_END],
                                     ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Tăng Thế Mẫu"],
                                     dict(doc_type="Kế hoạch", number="15/KH-BĐKH",
                                          issuer=("CỤC BIẾN ĐỔI KHÍ HẬU", "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG"),
                                          title="Kiểm kê khí nhà kính năm 2024", signer="Tăng Thế Mẫu",
                                          position="Phó Cục trưởng", authority=["KT."], recipients=PLAN_RECIPIENTS)),
 "body_under_the_government": (["BẢO HIỂM XÃ HỘI VIỆT NAM", "Số: 800/QĐ-BHXH"],
                               ["QUYẾT ĐỊNH", "Về việc ban hành Kế hoạch cải cách hành chính năm 2025",
                                "TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM", *DECISION_END],
                               ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "Đào Văn Mẫu"],
                               dict(doc_type="Quyết định", number="800/QĐ-BHXH", issuer=("BẢO HIỂM XÃ HỘI VIỆT NAM", None),
                                    title="Về việc ban hành Kế hoạch cải cách hành chính năm 2025", signer="Đào Văn Mẫu",
                                    position="Phó Tổng Giám đốc", authority=["KT."], recipients=DECISION_RECIPIENTS)),
 "ministry_s_plan": (["BỘ Y TẾ", "Số: 99/KH-BYT"], ["KẾ HOẠCH", "Triển khai tiêm chủng mở rộng năm 2025", *PLAN_END],
                     ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Đỗ Văn Mẫu"],
                     dict(doc_type="Kế hoạch", number="99/KH-BYT", issuer=("BỘ Y TẾ", None),
                          title="Triển khai tiêm chủng mở rộng năm 2025", signer="Đỗ Văn Mẫu", position="Thứ trưởng",
                          authority=["KT."], recipients=PLAN_RECIPIENTS)),
}


def _fields(meta) -> dict:
    return dict(doc_type=meta.doc_type, number=meta.number, issuer=(meta.issuer.name, meta.issuer.parent), title=meta.title,
                signer=meta.signer.name, position=meta.signer.title, authority=list(meta.signer.authority),
                recipients=list(meta.recipients))


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", CENTRAL)
def test_a_central_body_s_header_and_closing(tmp_path, name, form):
    left, after, signature, fields = CENTRAL[name]
    meta = _read(tmp_path, left, [*MOTTO, CAPITAL_DATE], [*after, *signature], form).metadata
    assert (meta.place, meta.issued_date) == ("Hà Nội", "2025-08-14")
    assert _fields(meta) == fields


@pytest.mark.parametrize("shape", ["whole_header_in_one_line", "issuer_and_number_in_one_line", "signature_in_one_line"])
@pytest.mark.parametrize("name", CENTRAL)
def test_a_central_body_s_text_copy_run_together(tmp_path, name, shape):
    """A text copy that runs the header's cells into one line, the issuer's lines and the number into one, or the
    signing authority and the position into one: the same fields."""
    left, after, signature, fields = CENTRAL[name]
    if shape == "whole_header_in_one_line":
        lines = [" ".join([*left[:-1], *MOTTO, left[-1], CAPITAL_DATE]), *after, *signature]
    elif shape == "issuer_and_number_in_one_line":
        lines = [" ".join(left), *MOTTO, CAPITAL_DATE, *after, *signature]
    else:
        lines = [*left, *MOTTO, CAPITAL_DATE, *after, " ".join(signature[:2]), signature[2]]
    meta = process(write_in_form(tmp_path, lines, "text")).metadata
    assert (meta.place, meta.issued_date) == ("Hà Nội", "2025-08-14")
    assert _fields(meta) == fields


# a ministry's or a department's name that holds a kind's word as a field's ("MÔI TRƯỜNG", "THỊ TRƯỜNG", "DỊCH VỤ") run
# into one line with the body under it: the base cut the name at the kind's word
FIELD_WORDS_IN_ONE_LINE = {
 "environment_then_a_general_department": ("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỔNG CỤC QUẢN LÝ ĐẤT ĐAI",
                                           ("TỔNG CỤC QUẢN LÝ ĐẤT ĐAI", "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG")),
 "environment_then_a_department": ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG CỤC QUẢN LÝ ĐÊ ĐIỀU",
                                   ("CỤC QUẢN LÝ ĐÊ ĐIỀU", "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")),
 "market_then_a_provincial_department": ("TỔNG CỤC QUẢN LÝ THỊ TRƯỜNG CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH LÀO CAI",
                                         ("CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH LÀO CAI", "TỔNG CỤC QUẢN LÝ THỊ TRƯỜNG")),
 # read right on the base: a school under its ministry, a department of a province
 "a_school_under_its_ministry": ("BỘ GIÁO DỤC VÀ ĐÀO TẠO TRƯỜNG ĐẠI HỌC SƯ PHẠM",
                                 ("TRƯỜNG ĐẠI HỌC SƯ PHẠM", "BỘ GIÁO DỤC VÀ ĐÀO TẠO")),
 "province_then_its_environment_department": ("UBND TỈNH LÀO CAI SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
                                              ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "UBND TỈNH LÀO CAI")),
}


@pytest.mark.parametrize("name", FIELD_WORDS_IN_ONE_LINE)
def test_a_field_s_word_in_a_name_run_into_one_line_starts_no_body(tmp_path, name):
    issuers, issuer = FIELD_WORDS_IN_ONE_LINE[name]
    lines = [f"{issuers} {' '.join(MOTTO)} Số: 77/KH-CQ {CAPITAL_DATE}", "KẾ HOẠCH", "Phòng, chống thiên tai năm 2025",
             *PLAN_END, "KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Nguyễn Mẫu Tỉnh"]
    meta = process(write_in_form(tmp_path, lines, "text")).metadata
    assert ((meta.issuer.name, meta.issuer.parent), meta.number, meta.title) == (issuer, "77/KH-CQ",
                                                                              "Phòng, chống thiên tai năm 2025")
