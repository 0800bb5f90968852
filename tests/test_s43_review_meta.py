"""s43 review of s43-meta's rules (s43-fixmeta; fixtures our own, names and numbers made up).

1. A header's own "Email:" line (and "Chức vụ:"/"Chức danh:", both a stamp's lines since s43) under the issuer's name
   made the name a signing stamp's, set aside (clean._in_a_signing_stamp): "CÔNG TY CỔ PHẦN CẤP THOÁT NƯỚC LÂM ĐỒNG" /
   "Email: info@capnuoclamdong.vn" / the motto / "Số: 31/KH-CTN" gave the issuer 'Chủ tịch nước' (the symbol's "CTN"),
   a school's and a hospital's none. A name is a stamp's only with the stamp's own marks under it, a time of signing or
   a signer (boilerplate.json signing_stamp_marks); and a symbol's code names no issuer when a stamp over the header
   names another body (the company's own stamp over its page: "CTN" is its code, no proof of Chủ tịch nước).
2. A line of addressees parted by ";" was parted only when it read as a sentence (long): "CHỦ TỊCH ỦY BAN NHÂN DÂN
   TỈNH điện: Giám đốc các Sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu." gave one addressee
   holding the ";". A label's line is parted at ";" whatever its length.
"""

from __future__ import annotations

import pytest

from page_fields import processed

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm triển khai đồng bộ, hiệu quả."]
SIGNS = ["Nơi nhận:", "- Các phòng, ban;", "- Lưu: VT.", "GIÁM ĐỐC", "Nguyễn Văn An"]
DATE = "Lâm Đồng, ngày 10 tháng 3 năm 2026"
TITLE = ["KẾ HOẠCH", "Phòng chống thiên tai năm 2026"]
WATER = "CÔNG TY CỔ PHẦN CẤP THOÁT NƯỚC LÂM ĐỒNG"
SCHOOL = "TRƯỜNG THCS NGUYỄN DU"
HOSPITAL = "BỆNH VIỆN ĐA KHOA TỈNH LÂM ĐỒNG"
STAMP = ["TRUNG TÂM CÔNG BÁO VÀ TIN HỌC", "Email: congbao@lamdong.gov.vn", "Thời gian ký: 10.03.2026 09:15:22 +07:00"]

# 1. a header's own contact lines under the issuer's name: (lines over the motto, number, issuer)
CONTACT_HEADERS = {
    "company_email": ([WATER, "Email: info@capnuoclamdong.vn"], "31/KH-CTN", WATER),
    "school_email": ([SCHOOL, "Email: c2nguyendu@lamdong.edu.vn"], "12/KH-THCS", SCHOOL),
    "hospital_email": ([HOSPITAL, "Email: bvdk@lamdong.gov.vn"], "31/KH-BV", HOSPITAL),
    "company_position": ([WATER, "Chức vụ: Giám đốc"], "31/KH-CTN", WATER),
    # variants of our own
    "company_phone": ([WATER, "Điện thoại: 0263 3822 123", "Email: info@capnuoclamdong.vn"], "31/KH-CTN", WATER),
    "company_website": ([WATER, "Website: capnuoclamdong.vn", "Email: info@capnuoclamdong.vn"], "31/KH-CTN", WATER),
    "company_address": ([WATER, "Địa chỉ: 02 Đường 3/4, Đà Lạt", "Email: info@capnuoclamdong.vn"], "31/KH-CTN", WATER),
    "hospital_fax": ([HOSPITAL, "Tel: 0263 3822 124", "Fax: 0263 3822 125", "Email: bvdk@lamdong.gov.vn"], "31/KH-BV", HOSPITAL),
    "school_title": ([SCHOOL, "Chức danh: Hiệu trưởng", "Email: c2nguyendu@lamdong.edu.vn"], "12/KH-THCS", SCHOOL),
    # a real stamp over the header: its name set aside, the header's own with its e-mail kept
    "stamp_over_company": ([*STAMP, WATER, "Email: info@capnuoclamdong.vn"], "31/KH-CTN", WATER),
    "stamp_over_school": ([STAMP[0], STAMP[1], "10.03.2026 09:15:22", "+07:00", SCHOOL, "Điện thoại: 0263 3822 125"],
                          "12/KH-THCS", SCHOOL),
    "stamp_over_province": ([*STAMP, "ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"], "31/KH-UBND", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"),
}


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("name", sorted(CONTACT_HEADERS))
def test_a_header_s_own_contact_lines_make_no_signing_stamp(tmp_path, name, form):
    over, number, issuer = CONTACT_HEADERS[name]
    doc = processed(tmp_path, [*over, *MOTTO, f"Số: {number}", DATE, *TITLE, *BODY, *SIGNS], form)
    assert (doc.metadata.issuer.name, doc.metadata.number) == (issuer, number)
    assert "issuer_from_symbol" not in {w.code for w in doc.warnings}


# the body's own stamp over its page, no header line of its own under it: no central body guessed from its code
OWN_STAMPS = {
    "company_time": [WATER, "Email: info@capnuoclamdong.vn", "Thời gian ký: 10.03.2026 09:15:22 +07:00"],
    "company_date_time": [WATER, "Email: info@capnuoclamdong.vn", "10.03.2026 09:15:22", "+07:00"],
    "company_signer": [WATER, "Email: info@capnuoclamdong.vn", "Người ký: Nguyễn Văn An", "Thời gian ký: 10.03.2026 09:15"],
}


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("name", sorted(OWN_STAMPS))
def test_a_symbol_s_code_names_no_state_post_under_another_body_s_stamp(tmp_path, name, form):
    doc = processed(tmp_path, [*OWN_STAMPS[name], *MOTTO, "Số: 31/KH-CTN", DATE, *TITLE, *BODY, *SIGNS], form)
    assert doc.metadata.issuer.name in (None, WATER)
    assert "issuer_from_symbol" not in {w.code for w in doc.warnings}


# 2. a label's line of addressees parted by ";", short as it may be: (header, number, subject lines, label's line, names)
PROVINCE = ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"]
SHORT_LINES = {
    "committee_telegram": (PROVINCE, "12/CĐ-UBND", ["CÔNG ĐIỆN", "Về việc chủ động ứng phó với bão số 3"],
                           "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện: Giám đốc các Sở, ban, ngành; Chủ tịch Ủy ban nhân dân "
                           "các xã, phường, đặc khu.",
                           ["Giám đốc các Sở, ban, ngành", "Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu"]),
    "two_comrades": (PROVINCE, "12/UBND-KT", ["V/v triển khai kế hoạch phòng chống thiên tai"],
                     "Kính gửi: Đồng chí Nguyễn Văn Hải, Phó Chủ tịch UBND tỉnh; Đồng chí Trần Văn B, Giám đốc Sở Tài chính.",
                     ["Đồng chí Nguyễn Văn Hải, Phó Chủ tịch UBND tỉnh", "Đồng chí Trần Văn B, Giám đốc Sở Tài chính"]),
    # variants of our own
    "two_directors": (PROVINCE, "15/UBND-VX", ["V/v chuẩn bị khai giảng năm học mới"],
                      "Kính gửi: Giám đốc Sở Giáo dục và Đào tạo; Giám đốc Sở Y tế.",
                      ["Giám đốc Sở Giáo dục và Đào tạo", "Giám đốc Sở Y tế"]),
    "minister_telegram": (["BỘ Y TẾ"], "05/CĐ-BYT", ["CÔNG ĐIỆN", "Về việc phòng, chống dịch sốt xuất huyết"],
                          "BỘ TRƯỞNG BỘ Y TẾ điện: Giám đốc Sở Y tế các tỉnh; Thủ trưởng các đơn vị trực thuộc Bộ.",
                          ["Giám đốc Sở Y tế các tỉnh", "Thủ trưởng các đơn vị trực thuộc Bộ"]),
    "three_persons": (PROVINCE, "18/UBND-TH", ["V/v dự họp giao ban"],
                      "Kính gửi: Ông Lê Văn C; Bà Phạm Thị D; Ông Hoàng Văn E.",
                      ["Ông Lê Văn C", "Bà Phạm Thị D", "Ông Hoàng Văn E"]),
}


def _letter(header, number, subject, label, content):
    return [*header, *MOTTO, f"Số: {number}", "Lâm Đồng, ngày 10 tháng 3 năm 2026", *subject, label, *content,
            "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Văn An"]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("name", sorted(SHORT_LINES))
def test_a_short_label_s_line_is_parted_at_its_semicolons(tmp_path, name, form):
    header, number, subject, label, names = SHORT_LINES[name]
    lines = _letter(header, number, subject, label, ["Thời gian qua, tình hình diễn biến phức tạp.",
                                                     "1. Các cơ quan chủ động triển khai./."])
    assert [a.name for a in processed(tmp_path, lines, form).metadata.addressees] == names


# the content's lines with ";" under a label with no name give no addressees (kept)
CONTENT_AFTER_LABEL = {
    "sentence": "Thực hiện Kế hoạch số 10/KH-UBND ngày 05/3/2026 của UBND tỉnh; Sở Y tế đề nghị các đơn vị triển khai.",
    "numbered": "1. Tăng cường tuyên truyền; kiểm tra, giám sát việc thực hiện.",
}


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("name", sorted(CONTENT_AFTER_LABEL))
def test_content_with_semicolons_under_a_bare_label_gives_no_addressees(tmp_path, name, form):
    lines = _letter(PROVINCE, "19/UBND-VX", ["V/v triển khai kế hoạch"], "Kính gửi:",
                    [CONTENT_AFTER_LABEL[name], "2. Các cơ quan chủ động triển khai./."])
    assert processed(tmp_path, lines, form).metadata.addressees == []
