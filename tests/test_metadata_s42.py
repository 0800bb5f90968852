"""Metadata leftovers of s41 (s42-meta; fixtures our own, names and numbers made up).

1. (Taken out by the s42 review, tests/test_s42_review_meta.py: the date stays null with missing_issue_date, the
   title as printed; an event's place and day read the same.) A type heading's title whose line ends in the place and
   date of issue ("… chính sách Hà Nội, ngày 5 tháng 3 năm 2026"), the header printing no date line, gave no date of
   issue and kept the date in the title. The date is read
   where the place is certain: a name the registry knows whole after a figure or a word in small letters that is no
   preposition nor a unit's kind (places.json subject_place_words), the issuer's own place (its heading's, or the seat
   of a central body), the rest of the line the date formula. A "V/v" subject's own place and day stay its own (s41:
   tests/test_s41_review_meta.py), as does a title's where a date line exists or the place is not the issuer's.
2. A line of the body opening on a day ("Ngày 8/3/2026, Ngày Quốc tế Phụ nữ, …") was read as a place-and-date line
   with no place: a công văn without a date line took it as its date of issue.
3. A ministry the registry does not know by the name printed ("BỘ NÔNG NGHIỆP VÀ PTNT") took the city of its date line
   as its jurisdiction: its "các sở, ban, ngành" became Hà Nội's collective. A heading opening with a central body's
   kind and naming no place is the centre's (places.json central_openings); "PTNT" is spelt out
   (agency_abbreviations.csv).
4. "Thực hiện Luật Đất đai; Luật Nhà ở; …" (laws by their names alone after "Thực hiện") cited nothing
   (cited_issuers.json named_laws.alone.grounds).
"""

from __future__ import annotations

import pytest

from page_fields import processed, wrong_fields

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm triển khai đồng bộ, hiệu quả."]
PROVINCE = ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", *MOTTO, "Số: 45/KH-UBND"]
PROVINCE_SIGNS = ["Nơi nhận:", "- Các sở, ban, ngành;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"]
MINISTRY_SIGNS = ["Nơi nhận:", "- Như trên;", "- Các sở, ban, ngành;", "- Lưu: VT.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trần Văn Bình"]

# 1. header, title line, and what it gives: (place, date, title)
GLUED = {
 "ministry": (["BỘ Y TẾ", *MOTTO, "Số: 45/KH-BYT"], "Thực hiện chính sách bảo hiểm y tế Hà Nội, ngày 5 tháng 3 năm 2026",
              ("Hà Nội", "2026-03-05", "Thực hiện chính sách bảo hiểm y tế")),
 "ministry_two_lines": (["BỘ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH", *MOTTO, "Số: 12/KH-BVHTTDL"],
              "Tổ chức Ngày Văn hóa các dân tộc năm 2026 Hà Nội, ngày 17 tháng 02 năm 2026",
              ("Hà Nội", "2026-02-17", "Tổ chức Ngày Văn hóa các dân tộc năm 2026")),
 "province": ([*PROVINCE], "Triển khai chính sách hỗ trợ người có công Lào Cai, ngày 12 tháng 3 năm 2026",
              ("Lào Cai", "2026-03-12", "Triển khai chính sách hỗ trợ người có công")),
 "commune_after_a_year": (["ỦY BAN NHÂN DÂN", "XÃ BÁT XÁT", *MOTTO, "Số: 12/KH-UBND"],
              "Phòng, chống thiên tai năm 2026 Bát Xát, ngày 02 tháng 4 năm 2026",
              ("Bát Xát", "2026-04-02", "Phòng, chống thiên tai năm 2026")),
 "department": (["UBND TỈNH LÀO CAI", "SỞ NỘI VỤ", *MOTTO, "Số: 30/KH-SNV"],
              "Đào tạo, bồi dưỡng cán bộ, công chức Lào Cai, ngày 09 tháng 01 năm 2026",
              ("Lào Cai", "2026-01-09", "Đào tạo, bồi dưỡng cán bộ, công chức")),
}

# 1. the title's own place and day: no date of issue, a warning, the title as printed
OWN_PLACE_AND_DAY = [
    "Tổ chức hội nghị xúc tiến đầu tư tại Lào Cai, ngày 20 tháng 3 năm 2026",  # after a preposition
    "Phát triển du lịch cộng đồng Sa Pa, ngày 20 tháng 3 năm 2026",  # not the issuer's place
    "Hỗ trợ các xã vùng cao huyện Bảo Thắng, ngày 20 tháng 3 năm 2026",  # after a unit's kind
    "Làm việc với Đoàn công tác Hà Nội, ngày 20 tháng 3 năm 2026",  # after a capital: the place may be longer
    "Hỗ trợ nhà ở Lào Cai, ngày 20 tháng 3 năm 2026",  # "ở": a preposition as well
    "Tổ chức Hội chợ Lào Cai, ngày 20/3/2026",  # no date formula
    "Giải chạy Lào Cai, ngày 20 tháng 3 năm 2026 và các hoạt động",  # words after the date
]


@pytest.mark.parametrize("form", ["text", "html", "docx", "pdf"])
@pytest.mark.parametrize("name", sorted(GLUED))
def test_a_title_s_line_with_the_date_line_run_on(tmp_path, name, form):
    # taken out by the s42 review (tests/test_s42_review_meta.py): an event's place and day at a title's end read the
    # same; the header's missing date line stands, the title as printed
    header, line, _ = GLUED[name]
    doc = processed(tmp_path, [*header, "KẾ HOẠCH", line, *BODY, *PROVINCE_SIGNS], form)
    assert wrong_fields(doc.metadata, dict(place=None, issued_date=None, title=line)) == {}
    assert "missing_issue_date" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("line", OWN_PLACE_AND_DAY)
def test_a_title_s_own_place_and_day_is_no_date_of_issue(tmp_path, line, form):
    doc = processed(tmp_path, [*PROVINCE, "KẾ HOẠCH", line, *BODY, *PROVINCE_SIGNS], form)
    assert (doc.metadata.issued_date, doc.metadata.place, doc.metadata.title) == (None, None, line)
    assert "missing_issue_date" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("name", sorted(GLUED))
def test_with_a_date_line_the_title_keeps_its_place_and_day(tmp_path, name, form):
    header, line, _ = GLUED[name]
    doc = processed(tmp_path, [*header, "Lào Cai, ngày 02 tháng 01 năm 2026", "KẾ HOẠCH", line, *BODY, *PROVINCE_SIGNS], form)
    assert (doc.metadata.issued_date, doc.metadata.title) == ("2026-01-02", line)


# 2. a body's sentence opening on a day, the header printing no date line
OPENING_ON_A_DAY = [
    "Ngày 8/3/2026, Ngày Quốc tế Phụ nữ, đề nghị các cơ quan tổ chức gặp mặt.",
    "Ngày 08 tháng 3 năm 2026, Ngày Quốc tế Phụ nữ, các cơ quan tổ chức gặp mặt.",
    "Ngày 26/3/2026 kỷ niệm 95 năm Ngày thành lập Đoàn, đề nghị các đơn vị treo cờ.",
    "ngày 12.4.2026, tổ chức Ngày Sách và Văn hóa đọc Việt Nam tại các trường học.",
]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("line", OPENING_ON_A_DAY)
def test_a_sentence_opening_on_a_day_is_no_date_of_issue(tmp_path, line, form):
    doc = processed(tmp_path, ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", *MOTTO, "Số: 45/UBND-VX", "V/v tổ chức các hoạt động",
                               "Kính gửi: Các sở, ban, ngành", line, *PROVINCE_SIGNS], form)
    assert (doc.metadata.issued_date, doc.metadata.place) == (None, None)
    assert "missing_issue_date" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("line", ["Ngày 05 tháng 3 năm 2026", "Ngày 05/3/2026", "ngày 05 tháng 3 năm 2026."])
def test_a_date_line_without_a_place_is_still_the_date_of_issue(tmp_path, line, form):
    doc = processed(tmp_path, ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", *MOTTO, "Số: 45/UBND-VX", line, "V/v tổ chức các hoạt động",
                               "Kính gửi: Các sở, ban, ngành", "Đề nghị các cơ quan tổ chức gặp mặt.", *PROVINCE_SIGNS], form)
    assert doc.metadata.issued_date == "2026-03-05"


# 3. a ministry's "các sở, ban, ngành": never a province's collective
MINISTRIES = [
    ["BỘ NÔNG NGHIỆP VÀ PTNT"],
    ["BỘ NÔNG NGHIỆP", "VÀ PHÁT TRIỂN NÔNG THÔN"],
    ["BỘ KINH TẾ SỐ VÀ ĐỔI MỚI"],  # a ministry the registry does not know
    ["BỘ Y TẾ"],
]


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("header", MINISTRIES, ids=lambda h: "_".join(h))
def test_a_ministry_s_provincial_departments_are_no_province_s(tmp_path, header, form):
    doc = processed(tmp_path, [*header, *MOTTO, "Số: 45/KH-BNN", "Hà Nội, ngày 02 tháng 3 năm 2024", "KẾ HOẠCH",
                               "Phòng, chống thiên tai năm 2024", *BODY, *MINISTRY_SIGNS], form)
    found = {m.name: m.agency_id for m in doc.metadata.recipient_agencies}
    assert found["Các sở, ban, ngành"] is None
    assert doc.metadata.jurisdiction == "viet-nam"


def test_a_province_s_departments_stay_its_own(tmp_path):
    doc = processed(tmp_path, [*PROVINCE, "Lào Cai, ngày 02 tháng 3 năm 2026", "KẾ HOẠCH", "Phòng, chống thiên tai",
                               *BODY, *PROVINCE_SIGNS], "text")
    assert {m.name: m.agency_id for m in doc.metadata.recipient_agencies}["Các sở, ban, ngành"] == "lao-cai/cac-so-ban-nganh"


# 4. laws cited by their names after "Thực hiện"
CARRYING_OUT = {
    "Thực hiện Luật Đất đai; Luật Nhà ở; Luật Kinh doanh bất động sản;": ["Luật Đất đai", "Luật Nhà ở", "Luật Kinh doanh bất động sản"],
    "Thực hiện Luật Phòng, chống ma túy; Luật Xử lý vi phạm hành chính;": ["Luật Phòng, chống ma túy", "Luật Xử lý vi phạm hành chính"],
    "Thực hiện Luật Thi đua, Khen thưởng và Luật Thanh niên;": ["Luật Thi đua, Khen thưởng", "Luật Thanh niên"],
    "Thực hiện Luật Đất đai năm 2024, Luật Nhà ở năm 2023, Ủy ban nhân dân tỉnh ban hành Kế hoạch:":
        ["Luật Đất đai năm 2024", "Luật Nhà ở năm 2023"],
}


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("line", sorted(CARRYING_OUT))
def test_laws_by_their_names_after_thuc_hien(tmp_path, line, form):
    doc = processed(tmp_path, [*PROVINCE, "Lào Cai, ngày 02 tháng 3 năm 2026", "KẾ HOẠCH", "Triển khai thi hành các luật",
                               line, *BODY, *PROVINCE_SIGNS], form)
    assert sorted(c.text for c in doc.metadata.cited_documents if c.doc_type == "Luật") == sorted(CARRYING_OUT[line])


@pytest.mark.parametrize("line", ["Thực hiện Luật Ngân sách nhà nước, Đầu tư công;",
                                  "Thực hiện Luật Đất đai, Sở Tài nguyên và Môi trường tham mưu;"])
def test_no_made_up_law_after_thuc_hien(tmp_path, line):
    doc = processed(tmp_path, [*PROVINCE, "Lào Cai, ngày 02 tháng 3 năm 2026", "KẾ HOẠCH", "Triển khai thi hành các luật",
                               line, *BODY, *PROVINCE_SIGNS], "text")
    assert not [c for c in doc.metadata.cited_documents if c.doc_type == "Luật" and "," in (c.text or "")]
