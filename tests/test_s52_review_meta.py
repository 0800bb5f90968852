"""s52 review of s52-meta: where its new rules gave a confident wrong value or lost one the base read right.

Our own fixtures (names and numbers made up). A date line may print a place and the larger unit it lies in without a
comma ("xã Tân Lập huyện Lạng Giang, ngày …", "Mường Tè Lai Châu, ngày …"): the place is the first, never the larger
unit; s52-meta's "place printed twice" cut kept only the second. An industrial zone's place ("KCN Quang Minh, ngày
…") opens with a place kind's initials, a school's "THPT Lê Lợi" or a company's "CTY Trần Phú" with the code of
no territory's body before a person's name a commune also bears: read whole as printed. A conference's programme names the
meeting as its title ("CHƯƠNG TRÌNH" / "HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY MỞ RỘNG" / "SƠ KẾT …"): no organ's line.
"""

from __future__ import annotations

import pytest

from page_fields import processed
from test_meta_s49 import DAY, plan

FORMS = ["text", "docx"]

# (header, the number's lines, the place as printed): the base read each so; s52-meta read the larger unit alone
PLACE_AND_ITS_LARGER_UNIT = {
 "commune_then_its_district": (["UBND HUYỆN LẠNG GIANG", "UBND XÃ TÂN LẬP"],
                               ["Số: 12/KH-UBND", "xã Tân Lập huyện Lạng Giang, " + DAY], "xã Tân Lập huyện Lạng Giang"),
 "commune_then_its_district_in_capitals": (["UBND HUYỆN LẠNG GIANG", "UBND XÃ TÂN LẬP"],
                                           ["Số: 12/KH-UBND", "Xã Tân Lập Huyện Lạng Giang, " + DAY],
                                           "Xã Tân Lập Huyện Lạng Giang"),
 "two_names_without_units": (["UBND HUYỆN LẠNG GIANG", "UBND XÃ TÂN LẬP"],
                             ["Số: 12/KH-UBND", "Tân Lập Lạng Giang, " + DAY], "Tân Lập Lạng Giang"),
 "town_then_its_province": (["UBND HUYỆN MỘC CHÂU", "UBND THỊ TRẤN MỘC CHÂU"],
                            ["Số: 12/KH-UBND", "Thị trấn Mộc Châu Sơn La, " + DAY], "Thị trấn Mộc Châu Sơn La"),
 "district_then_its_province": (["UBND TỈNH LAI CHÂU", "UBND HUYỆN MƯỜNG TÈ"],
                                ["Số: 12/KH-UBND", "Mường Tè Lai Châu, " + DAY], "Mường Tè Lai Châu"),
 "district_then_its_province_run_on": (["UBND TỈNH LAI CHÂU", "UBND HUYỆN MƯỜNG TÈ"],
                                       ["Số: 12/KH-UBND Mường Tè Lai Châu, " + DAY], "Mường Tè Lai Châu"),
 "two_names_run_on": (["UBND HUYỆN LẠNG GIANG", "UBND XÃ TÂN LẬP"],
                      ["Số: 12/KH-UBND Tân Lập Lạng Giang, " + DAY], "Tân Lập Lạng Giang"),
 # a body's code, its province, then another place: which one is the place the copy cannot prove; read as printed
 "committee_s_province_then_its_seat_run_on": (["UBND TỈNH QUẢNG TRỊ", "VĂN PHÒNG"],
                                               ["Số: 12/BC-VP UBND tỉnh Quảng Trị Đông Hà, " + DAY],
                                               "Quảng Trị Đông Hà"),
 # a place kind's initials, no body's code (places.json place_kind_words): read whole
 "industrial_zone": (["UBND THÀNH PHỐ HÀ NỘI", "BAN QUẢN LÝ CÁC KCN"], ["Số: 12/KH-BQL", "KCN Quang Minh, " + DAY],
                     "KCN Quang Minh"),
 # a school's or a company's code before a person's name that is a commune's too: no territory's body, read whole
 "school_named_after_a_person": (["SỞ GD&ĐT THANH HÓA", "TRƯỜNG THPT LÊ LỢI"], ["Số: 12/KH-THPT", "THPT Lê Lợi, " + DAY],
                                 "THPT Lê Lợi"),
 "school_run_on": (["SỞ GD&ĐT THANH HÓA", "TRƯỜNG THPT LÊ LỢI"], ["Số: 12/KH-THPT THPT Lê Lợi, " + DAY], "THPT Lê Lợi"),
 "company_named_after_a_person": (["UBND TỈNH HÀ TĨNH", "CÔNG TY TNHH TRẦN PHÚ"], ["Số: 12/KH-CTY", "CTY Trần Phú, " + DAY],
                                  "CTY Trần Phú"),
 "economic_zone": (["UBND TỈNH KHÁNH HÒA", "BAN QUẢN LÝ KKT VÂN PHONG"], ["Số: 12/KH-BQL", "KKT Vân Phong, " + DAY],
                   "KKT Vân Phong"),
}
# the neighbours s52-meta reads right and keeps: the same place twice, a body's code before the place
SAME_PLACE_TWICE = {
 "the_place_twice": (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"], ["Số: 12/KH-UBND", "Hà Nội Hà Nội, " + DAY], "Hà Nội"),
 "the_province_with_its_unit_then_bare": (["UBND TỈNH GIA LAI", "VĂN PHÒNG"],
                                          ["Số: 45/TB-VP UBND tỉnh Gia Lai Gia Lai, " + DAY], "Gia Lai"),
 "a_district_committee_s_code": (["UBND TỈNH LAI CHÂU", "UBND HUYỆN MƯỜNG TÈ"],
                                 ["Số: 12/KH-UBND", "UBND huyện Mường Tè, " + DAY], "huyện Mường Tè"),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", sorted(PLACE_AND_ITS_LARGER_UNIT) + sorted(SAME_PLACE_TWICE))
def test_a_place_is_never_cut_to_its_larger_unit(tmp_path, name, form):
    header, number_lines, place = {**PLACE_AND_ITS_LARGER_UNIT, **SAME_PLACE_TWICE}[name]
    meta = processed(tmp_path, plan(header, number_lines), form).metadata
    assert (meta.place, meta.issued_date) == (place, "2026-04-09")
    assert meta.number is not None and meta.number.startswith("12/" if not name.endswith("then_bare") else "45/")


PARTY_HEADER = ["TỈNH ỦY CAO BẰNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "*", "Số 218-CTr/TU", "Cao Bằng, ngày 8 tháng 9 năm 2023"]
PARTY_BODY = ["I. THỜI GIAN, ĐỊA ĐIỂM", "1. Thời gian: một ngày.", "Nơi nhận:", "- Lưu Văn phòng Tỉnh ủy.",
              "T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Nông Văn Khánh"]
MEETING_TITLES = {
 "standing_board_s_meeting": ("HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY MỞ RỘNG", "SƠ KẾT CÔNG TÁC 6 THÁNG ĐẦU NĂM 2023"),
 "standing_board_s_meeting_of_a_year": ("HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY", "TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2023"),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", MEETING_TITLES)
def test_a_programme_of_a_meeting_keeps_the_meeting_in_its_title(tmp_path, name, form):
    meeting, subject = MEETING_TITLES[name]
    meta = processed(tmp_path, [*PARTY_HEADER, "CHƯƠNG TRÌNH", meeting, subject, *PARTY_BODY], form).metadata
    assert meta.title == f"{meeting} {subject}"
