"""Review of s47-metablind (s47 fixmeta): the header's bodies and the date of issue.

1. A body under a body whose name opens with a title's word ("CHI CỤC TRỒNG TRỌT …", "BỆNH VIỆN 19-8", "VIỆN KHỔNG
   TỬ", "PHÒNG KHÔNG QUÂN") was merged into its parent: split_bodies refused the kind for the whole title list
   no_name_after_kind; it now refuses it only for not_kind_openings and no_body_after_kind ("PHÒNG CHÁY").
2. and 5. A day in figures with no place is a stamp's only where the stamp's own words are printed ("CÔNG BÁO", "ĐẾN",
   "Số đến", "Ngày đến"): a bare "Số: 12" over "Ngày 05/12/2025", or a site's "Ngày ban hành:", keeps its date; a
   stamp's day under its words is no date of issue, whatever the document's own date line looks like.
3. A rule run onto the number's line before a place opening in a small-letter word ("Thành phố …") or of five words
   went into the number ("45/QĐ-UBND------Thànhphố"): a rule parts the two cells for sure (_NUMBER_RULE_DATE).
4. OCR'd capitals without marks after a department's first line ("VỤ CÔNG CHỨC -" / "VIEN CHUC") were a body of their
   own: not_kind_openings lists such phrases as OCR prints them without marks too.
"""

from __future__ import annotations

import pytest

from page_fields import processed

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
PLAN = ["KẾ HOẠCH", "Triển khai công tác chuyển đổi số năm 2026", "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Bảo đảm thực hiện đúng tiến độ.", "II. NHIỆM VỤ", "1. Rà soát, hoàn thiện thể chế."]
BODY_CV = ["Kính gửi: Các sở, ban, ngành tỉnh.", "Ủy ban nhân dân tỉnh đề nghị các đơn vị triển khai như sau:",
           "1. Rà soát, tổng hợp số liệu./."]
FORMS = ["text", "docx"]


def plan(header, number, sig, date="Nghệ An, ngày 09 tháng 4 năm 2026"):
    return [*header, "-------", *MOTTO, "---------------", f"Số: {number}", date, *PLAN,
            "Nơi nhận:", "- Như trên;", "- Lưu: VT.", *sig]


# --- 1. a body under a body, its name opening with a word of a title's list: issuer and parent apart
CHIEF = ("KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "Nguyễn Văn An")
BODIES = {
    "chicuc_under_so": (["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT"], CHIEF,
                        "CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"),
    "chicuc_under_so_ubnd": (["UBND TỈNH NGHỆ AN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT"],
                             CHIEF, "CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"),
    "chicuc_under_so_ptnt": (["SỞ NÔNG NGHIỆP VÀ PTNT", "CHI CỤC TRỒNG TRỌT VÀ BVTV"], CHIEF,
                             "CHI CỤC TRỒNG TRỌT VÀ BVTV", "SỞ NÔNG NGHIỆP VÀ PTNT"),
    "chicuc_dash_so": (["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG - CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT"], CHIEF,
                       "CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"),
    "bv_19_8_under_cuc": (["BỘ CÔNG AN", "CỤC Y TẾ", "BỆNH VIỆN 19-8"], ("GIÁM ĐỐC", "Nguyễn Văn An"),
                          "BỆNH VIỆN 19-8", "CỤC Y TẾ"),
    "bv_30_4_dash": (["BỘ CÔNG AN - BỆNH VIỆN 30-4"], ("GIÁM ĐỐC", "Nguyễn Văn An"), "BỆNH VIỆN 30-4", "BỘ CÔNG AN"),
    "vien_khong_tu": (["TRƯỜNG ĐẠI HỌC HÀ NỘI", "VIỆN KHỔNG TỬ"], ("VIỆN TRƯỞNG", "Nguyễn Văn An"),
                      "VIỆN KHỔNG TỬ", "TRƯỜNG ĐẠI HỌC HÀ NỘI"),
    "phong_khong_quan": (["BỘ TỔNG THAM MƯU", "PHÒNG KHÔNG QUÂN"], ("TRƯỞNG PHÒNG", "Nguyễn Văn An"),
                         "PHÒNG KHÔNG QUÂN", "BỘ TỔNG THAM MƯU"),
    # variants: a Trung tâm, a Phòng whose names open with a title's word ("THEO", a year)
    "trung_tam_trong_trot": (["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "TRUNG TÂM TRONG NƯỚC VÀ QUỐC TẾ"], ("GIÁM ĐỐC", "Nguyễn Văn An"),
                             "TRUNG TÂM TRONG NƯỚC VÀ QUỐC TẾ", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"),
    "bv_115_under_so": (["SỞ Y TẾ", "BỆNH VIỆN 115-NGHỆ AN"], ("GIÁM ĐỐC", "Nguyễn Văn An"), "BỆNH VIỆN 115-NGHỆ AN", "SỞ Y TẾ"),
    "tram_under_chicuc": (["CHI CỤC TRỒNG TRỌT VÀ BVTV", "TRẠM TRỒNG TRỌT VÀ BVTV"], ("TRẠM TRƯỞNG", "Nguyễn Văn An"),
                          "TRẠM TRỒNG TRỌT VÀ BVTV", "CHI CỤC TRỒNG TRỌT VÀ BVTV"),
}
# kept from s47-metablind: a department's name wrapped before a field's word, one body
ONE_BODY = {
    "phong_chay_wrapped": (["BỘ CÔNG AN", "CỤC CẢNH SÁT", "PHÒNG CHÁY, CHỮA CHÁY VÀ CỨU NẠN, CỨU HỘ"],
                           ("KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Nguyễn Văn An"),
                           "CỤC CẢNH SÁT PHÒNG CHÁY, CHỮA CHÁY VÀ CỨU NẠN, CỨU HỘ", "BỘ CÔNG AN"),
    "vien_chuc_wrapped": (["BỘ NỘI VỤ", "VỤ CÔNG CHỨC -", "VIÊN CHỨC"], ("VỤ TRƯỞNG", "Nguyễn Văn An"),
                          "VỤ CÔNG CHỨC - VIÊN CHỨC", "BỘ NỘI VỤ"),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", sorted(BODIES) + sorted(ONE_BODY))
def test_a_body_under_a_body_is_read_apart(tmp_path, name, form):
    header, sig, issuer, parent = (BODIES | ONE_BODY)[name]
    meta = processed(tmp_path, plan(header, "12/KH-ABC", sig), form).metadata
    assert (meta.issuer.name, meta.issuer.parent) == (issuer, parent)


# --- 2. and 5. a day in figures with no place: a stamp's only under the stamp's own words
SIG = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"]


def page(top, body=tuple(PLAN)):
    return ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "-------", *MOTTO, "---------------", *top, *body, *SIG]


SUBJECT = "V/v triển khai công tác chuyển đổi số"
DATES = {
    # 5: no stamp's words, the day is the document's
    "bare_number": (page(["Số: 12", "Ngày 05/12/2025"]), "2025-12-05"),
    "bare_number_colon": (page(["Số: 125", "Ngày: 05/12/2025"]), "2025-12-05"),
    "bare_number_dot": (page(["Số 7", "Ngày 05/12/2025"]), "2025-12-05"),
    "site_issued_blank_day": (page(["Ngày ban hành: 05/12/2025", "Số: 12/UBND-VP", "Nghệ An, ngày      tháng 12 năm 2025",
                                    SUBJECT], BODY_CV), "2025-12-05"),
    "left_figures_right_blank_day": (page(["Số: 12/UBND-VP", "Ngày 05/12/2025", "Nghệ An, ngày      tháng 12 năm 2025",
                                           SUBJECT], BODY_CV), "2025-12-05"),
    # 2: a stamp's words over its day, the document's own date line with its place wrapped above it
    "den_one_line": (page(["ĐẾN Số: 4512", "Ngày: 18/12/2025", "Số: 12/UBND-VP", "Nghệ An,", "ngày 15 tháng 12 năm 2025",
                           SUBJECT], BODY_CV), "2025-12-15"),
    "den_three_lines": (page(["ĐẾN", "Số: 4512", "Ngày: 18/12/2025", "Số: 12/UBND-VP", "Nghệ An,",
                              "ngày 15 tháng 12 năm 2025", SUBJECT], BODY_CV), "2025-12-15"),
    "so_den_labels": (page(["CÔNG VĂN ĐẾN", "Số đến: 4512", "Ngày đến: 18/12/2025", "Số: 12/UBND-VP", "Nghệ An,",
                            "ngày 15 tháng 12 năm 2025", SUBJECT], BODY_CV), "2025-12-15"),
    "gazette_day_first": (page(["CÔNG BÁO", "Ngày 25/12/2025", "Số 1457 + 1458", "Số: 12/KH-UBND", "Nghệ An,",
                                "ngày 15 tháng 12 năm 2025"]), "2025-12-15"),
    "gazette_dash_no_place": (page(["CÔNG BÁO", "Số 1457 - 1458", "Ngày 25/12/2025", "Số: 12/KH-UBND",
                                    "ngày 15 tháng 12 năm 2025"]), "2025-12-15"),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", sorted(DATES))
def test_a_day_in_figures_is_a_stamp_s_only_under_its_words(tmp_path, name, form):
    lines, issued = DATES[name]
    meta = processed(tmp_path, lines, form).metadata
    assert meta.issued_date == issued


# --- 3. a rule on the number's line before a place in small letters or of five words: the number ends at the rule
RULED = {
    "thanh_pho": "Thành phố Hà Nội",
    "thi_xa": "Thị xã Sa Pa",
    "dac_khu": "Đặc khu Phú Quốc",
    "five_words": "Phan Rang Tháp Chàm Ninh",
    "underscores_tp_hcm": "Thành phố Hồ Chí Minh",
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", sorted(RULED))
def test_a_rule_before_a_long_place_is_no_part_of_the_number(tmp_path, name, form):
    place = RULED[name]
    rule = "________" if name.startswith("underscores") else "------"
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "-------", *MOTTO,
             f"Số: 45/QĐ-UBND {rule} {place}, ngày 15 tháng 12 năm 2025", *PLAN, *SIG]
    meta = processed(tmp_path, lines, form).metadata
    assert (meta.number, meta.place, meta.issued_date) == ("45/QĐ-UBND", place, "2025-12-15")


# --- 4. OCR'd capitals without marks going on with a department's name: one body, no confident wrong issuer
NO_MARKS = {
    "vien_chuc": (["BỘ NỘI VỤ", "VỤ CÔNG CHỨC -", "VIEN CHUC"], "VỤ CÔNG CHỨC - VIEN CHUC", "BỘ NỘI VỤ"),
    "bo_tro": (["BỘ TƯ PHÁP", "CỤC QUẢN LÝ", "BO TRO TU PHAP"], "CỤC QUẢN LÝ BO TRO TU PHAP", "BỘ TƯ PHÁP"),
    "so_hoa": (["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM CHUYỂN ĐỔI", "SO HOA VA DU LIEU"],
               "TRUNG TÂM CHUYỂN ĐỔI SO HOA VA DU LIEU", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", sorted(NO_MARKS))
def test_an_unmarked_line_is_no_body_of_its_own(tmp_path, name, form):
    header, issuer, parent = NO_MARKS[name]
    meta = processed(tmp_path, plan(header, "12/KH-ABC", ("CỤC TRƯỞNG", "Nguyễn Văn An")), form).metadata
    assert (meta.issuer.name, meta.issuer.parent) == (issuer, parent)
