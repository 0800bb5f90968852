"""A district's or a provincial city's office, named as offices of a province are: "Văn phòng UBND thành phố" in a 2024
plan of thành phố Đà Lạt resolved to the province's office (Văn phòng UBND tỉnh Lâm Đồng: a wrong merge), and
"Văn phòng UBND huyện" in a district's plan was unresolved. A district's office is its "Văn phòng HĐND và UBND"; the
short form names it (agencies.csv, the "*huyện" row's aliases). A province's or a centrally-run city's office stays its
own.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form

from pipeline.run import process

CLOSE = ["Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Hải"]

# (issuer's two lines, place, date, the office as printed, the body it is)
FORMS = {
    "provincial_city": ("THÀNH PHỐ ĐÀ LẠT", "Đà Lạt", "2024", "Văn phòng UBND thành phố",
                        "lam-dong.thanh-pho-da-lat/van-phong-hoi-dong-nhan-dan-va-uy-ban-nhan-dan"),
    "district": ("HUYỆN BẮC QUANG", "Bắc Quang", "2023", "Văn phòng UBND huyện",
                 "ha-giang.huyen-bac-quang/van-phong-hoi-dong-nhan-dan-va-uy-ban-nhan-dan"),
    "district_written_out": ("HUYỆN BẮC QUANG", "Bắc Quang", "2023", "Văn phòng Ủy ban nhân dân huyện",
                             "ha-giang.huyen-bac-quang/van-phong-hoi-dong-nhan-dan-va-uy-ban-nhan-dan"),
    # a province's and a centrally-run city's own office are unchanged
    "province": ("TỈNH LÂM ĐỒNG", "Lâm Đồng", "2024", "Văn phòng UBND tỉnh", "lam-dong/van-phong-uy-ban-nhan-dan"),
    "central_city": ("THÀNH PHỐ HÀ NỘI", "Hà Nội", "2024", "Văn phòng UBND Thành phố", "ha-noi/van-phong-uy-ban-nhan-dan"),
}


@pytest.mark.parametrize("fmt", ["text", "docx"])
@pytest.mark.parametrize("form", FORMS)
def test_the_office_of_the_plans_own_place(tmp_path, fmt, form):
    place_line, place, year, office, agency_id = FORMS[form]
    lines = ["ỦY BAN NHÂN DÂN", place_line, "Số: 45/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", f"{place}, ngày 20 tháng 3 năm {year}", "KẾ HOẠCH",
             f"Cải cách hành chính năm {year}", "I. NHIỆM VỤ",
             f"1. {office} chủ trì tổ chức kiểm tra cải cách hành chính; hoàn thành trong quý II/{year}.", *CLOSE]
    doc = process(write_in_form(tmp_path, lines, fmt))
    assert [(a.agency.name, a.agency.agency_id) for a in doc.assignments] == [(office, agency_id)]
