"""s41 review of the công văn subject/date/addressee rules s41-esigned added (fixtures our own, names made up).

1. A V/v subject naming a place and day of its own ("… tại UBND huyện Bảo Thắng, ngày 12 tháng 3 năm 2026") was cut
   there: its day became the date of issue and its place the place, the header's own date line lost (a confident
   wrong value); with no date line the subject's day was the date of issue.
2. The place was the words from the earliest capital before ", ngày" ("tỉnh Hà Giang Hà Nội", "ODA Hà Nội", "Hồ Chí
   Minh" without "Thành phố").
A subject's line is cut before the date's cell only where a number, a symbol or a cell's border goes before a place
the registry knows whole, and the header has no date line of its own; else the base reading (the subject whole, no
date of issue and a warning where the header has none).
"""

from __future__ import annotations

import pytest

from page_fields import processed, wrong_fields

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
HEAD = ["SỞ NỘI VỤ TỈNH LÀO CAI", *MOTTO]
TAIL = ["Kính gửi: Ủy ban nhân dân các xã, phường.", "Sở Nội vụ đề nghị các đơn vị thực hiện.", "Trân trọng./.", "Nơi nhận:",
        "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Nguyễn Văn Thành"]
NUMBER, DATE = "Số: 12/SNV-VP", "Lào Cai, ngày 3 tháng 3 năm 2026"

# subjects that name a place and a day of their own
OWN_PLACE_AND_DAY = [
    "mời dự hội nghị tại UBND huyện Bảo Thắng, ngày 12 tháng 3 năm 2026",
    "tập huấn cho cán bộ xã Bảo Thắng, ngày 12/3/2026",
    "tổ chức hội nghị tại thành phố Lào Cai, ngày 12/3/2026",
    "kiểm tra tại phường Kim Tân, ngày 12/3/2026",
    "tham gia Hội chợ thương mại Lào Cai, ngày 20 tháng 3 năm 2026",
    "tổ chức hội nghị trực tuyến với huyện Bảo Thắng, ngày 12/3/2026",
    "hỗ trợ kinh phí cho tỉnh Hà Giang Hà Nội, ngày 17 tháng 6 năm 2026",
    "hướng dẫn quyết toán vốn ODA Hà Nội, ngày 17 tháng 6 năm 2026",
    "làm việc với Đoàn công tác Sa Pa, ngày 20 tháng 3 năm 2026",
    "mời họp trực tuyến ở Văn Bàn, ngày 20/3/2026",
]


@pytest.mark.parametrize("form", ["text", "html", "docx", "pdf"])
@pytest.mark.parametrize("subject", OWN_PLACE_AND_DAY)
def test_a_subject_s_own_place_and_day_never_beat_the_date_line(tmp_path, subject, form):
    meta = processed(tmp_path, [*HEAD, NUMBER, f"V/v {subject}", DATE, *TAIL], form).metadata
    assert wrong_fields(meta, dict(number="12/SNV-VP", issued_date="2026-03-03", place="Lào Cai", title=subject)) == {}


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("subject", OWN_PLACE_AND_DAY[:6])
def test_a_subject_s_own_place_and_day_on_the_number_s_line(tmp_path, subject, form):
    meta = processed(tmp_path, [*HEAD, f"{NUMBER} V/v {subject}", DATE, *TAIL], form).metadata
    assert wrong_fields(meta, dict(number="12/SNV-VP", issued_date="2026-03-03", place="Lào Cai")) == {}


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("subject", OWN_PLACE_AND_DAY)
def test_without_a_date_line_a_subject_s_day_is_no_date_of_issue(tmp_path, subject, form):
    doc = processed(tmp_path, [*HEAD, NUMBER, f"V/v {subject}", *TAIL], form)
    assert (doc.metadata.issued_date, doc.metadata.place) == (None, None)
    assert "missing_issue_date" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("form", ["text", "html"])
def test_number_and_subject_with_its_own_day_and_no_date_line(tmp_path, form):
    doc = processed(tmp_path, [*HEAD, "Số: 12/SNV-VP V/v mời dự hội nghị tại xã Bảo Thắng, ngày 12/3/2026", *TAIL], form)
    assert (doc.metadata.number, doc.metadata.issued_date, doc.metadata.place) == ("12/SNV-VP", None, None)


# the subject's cell and the date's on one line: cut where the place the registry knows whole starts
DATE_CELLS = {
    "năm 2027 Hà Nội, ngày 17 tháng 6 năm 2026": ("năm 2027", "Hà Nội", "2026-06-17"),
    "năm 2026 Thành phố Hồ Chí Minh, ngày 17 tháng 6 năm 2026": ("năm 2026", "Thành phố Hồ Chí Minh", "2026-06-17"),
    "năm 2026 TP. Hồ Chí Minh, ngày 05 tháng 01 năm 2026": ("năm 2026", "TP. Hồ Chí Minh", "2026-01-05"),
    "Kế hoạch số 45/KH-UBND Lào Cai, ngày 20 tháng 3 năm 2026": ("Kế hoạch số 45/KH-UBND", "Lào Cai", "2026-03-20"),
}


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("tail", sorted(DATE_CELLS))
def test_a_date_cell_after_the_subject_s_is_cut_at_the_whole_place(tmp_path, tail, form):
    end, place, issued = DATE_CELLS[tail]
    meta = processed(tmp_path, [*HEAD, NUMBER, f"V/v triển khai nhiệm vụ {tail}", *TAIL], form).metadata
    assert wrong_fields(meta, dict(issued_date=issued, place=(place, place.replace("TP.", "Thành phố")),
                                   title=f"triển khai nhiệm vụ {end}")) == {}


# 5. "kính gửi" among a subject's words is no label: the letter's own "Kính gửi: …" under the date is read
# 8. a numbered line of the letter quoting a label adds no addressee
ADDRESSEES = {
    "subject_names_the_label_in_small_letters": (["V/v đính chính nơi kính gửi tại Công văn số 123/SNV-VP", DATE, "Kính gửi: Sở Y tế."],
                                                 ["Sở Y tế"]),
    "subject_names_the_label_then_a_list": (["V/v sửa đổi phần kính gửi của Công văn số 45/SNV-VP", DATE, "Kính gửi:", "- Sở Y tế;",
                                             "- Sở Tài chính."], ["Sở Y tế", "Sở Tài chính"]),
    "subject_names_the_label_in_its_capital": (["V/v bổ sung nơi Kính gửi tại Công văn số 123/SNV-VP", DATE, "Kính gửi: Sở Y tế."],
                                               ["Sở Y tế"]),
    "subject_s_wrapped_line_names_the_label": (["V/v đính chính nơi nhận và", "kính gửi tại Công văn số 123/SNV-VP", DATE,
                                                "Kính gửi: Sở Y tế."], ["Sở Y tế"]),
}
QUOTED = {
    "numbered_line": "1. Đề nghị ghi rõ Kính gửi: Chủ tịch UBND tỉnh trên văn bản.",
    "lettered_line": "a) ghi rõ Kính gửi: Chủ tịch UBND tỉnh trên văn bản.",
    "sentence_s_wrapped_line": "ghi rõ phần Kính gửi: Chủ tịch UBND tỉnh trên văn bản.",
}


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("name", sorted(ADDRESSEES))
def test_a_subject_naming_the_label_leaves_the_letter_s_label(tmp_path, name, form):
    lines, addressees = ADDRESSEES[name]
    doc = processed(tmp_path, [*HEAD, NUMBER, *lines, "Sở Nội vụ đề nghị các đơn vị thực hiện.", *TAIL[2:]], form)
    assert [a.name for a in doc.metadata.addressees] == addressees
    assert "addressees_unread" not in {w.code for w in doc.warnings}


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("name", sorted(QUOTED))
def test_a_label_quoted_in_the_letter_adds_no_addressee(tmp_path, name, form):
    body = [QUOTED[name], "2. Về thời hạn gửi văn bản."]
    doc = processed(tmp_path, [*HEAD, NUMBER, "V/v hướng dẫn thể thức văn bản", DATE, *body, *TAIL[2:]], form)
    assert [a.name for a in doc.metadata.addressees] == []


@pytest.mark.parametrize("form", ["text", "html"])
def test_a_numbered_line_under_a_subject_after_the_date_adds_no_addressee(tmp_path, form):
    doc = processed(tmp_path, [*HEAD, NUMBER, DATE, "V/v hướng dẫn thể thức văn bản", QUOTED["numbered_line"], *TAIL[2:]], form)
    assert [a.name for a in doc.metadata.addressees] == []


# 6. a subject wrapped before words a body can start with goes on: it ends only where it cannot go on
WRAPPED = {
    "before_an_article": (["V/v hướng dẫn thực hiện khoản 2", "Điều 5 Nghị định số 178/2024/NĐ-CP"],
                          "hướng dẫn thực hiện khoản 2 Điều 5 Nghị định số 178/2024/NĐ-CP"),
    "before_a_year": (["V/v báo cáo kết quả thực hiện nhiệm vụ", "Năm 2025, phương hướng năm 2026"],
                      "báo cáo kết quả thực hiện nhiệm vụ Năm 2025, phương hướng năm 2026"),
    "day_s_name_on_one_line": (["V/v tổ chức các hoạt động kỷ niệm Ngày 8/3/2026, Ngày Quốc tế Phụ nữ"],
                               "tổ chức các hoạt động kỷ niệm Ngày 8/3/2026, Ngày Quốc tế Phụ nữ"),
    "before_a_chapter": (["V/v hướng dẫn thi hành", "Chương II Luật Cán bộ, công chức"], "hướng dẫn thi hành Chương II Luật Cán bộ, công chức"),
}


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("above_the_date", [True, False])
@pytest.mark.parametrize("name", sorted(WRAPPED))
def test_a_subject_wrapped_before_a_body_s_opening_words_goes_on(tmp_path, name, above_the_date, form):
    subject, title = WRAPPED[name]
    header = [NUMBER, *subject, DATE] if above_the_date else [NUMBER, DATE, *subject]
    meta = processed(tmp_path, [*HEAD, *header, *TAIL], form).metadata
    assert wrong_fields(meta, dict(issued_date="2026-03-03", title=title, addressees=["Ủy ban nhân dân các xã, phường"])) == {}


@pytest.mark.parametrize("form", ["text", "html"])
def test_a_letter_s_first_paragraph_still_ends_the_subject(tmp_path, form):
    meta = processed(tmp_path, [*HEAD, NUMBER, DATE, "V/v hướng dẫn thể thức văn bản",
                                "Thực hiện Nghị định số 30/2020/NĐ-CP, Sở Nội vụ hướng dẫn như sau:", *TAIL[2:]], form).metadata
    assert meta.title == "hướng dẫn thể thức văn bản"


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("sentence", ["Thời gian qua, công tác cải cách hành chính trên địa bàn tỉnh đạt nhiều kết quả.",
                                      "Năm 2025, các cơ quan, đơn vị đã hoàn thành kế hoạch đề ra."])
def test_a_letter_s_first_sentence_under_the_subject_still_ends_it(tmp_path, sentence, form):
    meta = processed(tmp_path, [*HEAD, NUMBER, DATE, "V/v báo cáo tình hình thực hiện", sentence, *TAIL[2:]], form).metadata
    assert meta.title == "báo cáo tình hình thực hiện"
