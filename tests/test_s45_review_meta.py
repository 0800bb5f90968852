"""The s45 review of the metadata round (s45-meta): a college's "CĐ" under a line ending in "TRƯỜNG", a post in
capitals over two lines inside the body, a comma ending a parent's line over its unit, two bodies joined by "VÀ".

Each fixture is written for the test (names and numbers made up): the header lines, the rule, the motto, "Số:", the
place-and-date line, the heading, the title, the body, "Nơi nhận" and the signature.
"""

from __future__ import annotations

import pytest

from page_fields import processed, wrong_fields
from pipeline.text import fold

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
PLAN = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm thực hiện đúng tiến độ.", "II. NHIỆM VỤ", "1. Rà soát, hoàn thiện thể chế."]
RECIPIENTS = ["Nơi nhận:", "- Như trên;", "- Lưu: VT."]
NA = "Nghệ An, ngày 12 tháng 3 năm 2026"


def doc(header, number, signature=("GIÁM ĐỐC", "Nguyễn Văn An"), date_line=NA, heading="KẾ HOẠCH", body=PLAN):
    return [*header, "-------", *MOTTO, "---------------", f"Số: {number}", date_line, heading,
            "Triển khai công tác năm 2026", *body, *RECIPIENTS, *signature]


# name: (lines, expected); "parent" is the issuer's parent (checked apart)
PAGES = {
 # 1. "CĐ" under a line ending in "TRƯỜNG" is the college's Cao đẳng, the name going on; elsewhere a union (Công đoàn)
 "party_cell_of_a_college": (doc(["ĐẢNG ỦY SỞ Y TẾ", "CHI BỘ TRƯỜNG", "CĐ Y TẾ NGHỆ AN"], "12-KH/CB", ["T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn An"]),
  dict(issuer="CHI BỘ TRƯỜNG CĐ Y TẾ NGHỆ AN", parent="ĐẢNG ỦY SỞ Y TẾ", signer="Nguyễn Văn An")),
 "youth_union_of_a_college": (doc(["TỈNH ĐOÀN NGHỆ AN", "ĐOÀN TRƯỜNG", "CĐ VĂN HÓA NGHỆ THUẬT"], "12-KH/ĐTN",
   ["TM. BAN CHẤP HÀNH", "BÍ THƯ", "Nguyễn Văn An"]),
  dict(issuer="ĐOÀN TRƯỜNG CĐ VĂN HÓA NGHỆ THUẬT", parent="TỈNH ĐOÀN NGHỆ AN")),
 "party_committee_of_a_college": (doc(["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY TRƯỜNG", "CĐ KỸ THUẬT VIỆT - ĐỨC"], "12-KH/ĐU",
   ["T/M ĐẢNG ỦY", "BÍ THƯ", "Nguyễn Văn An"]),
  dict(issuer="ĐẢNG ỦY TRƯỜNG CĐ KỸ THUẬT VIỆT - ĐỨC", parent="ĐẢNG BỘ TỈNH NGHỆ AN")),
 "grassroots_union_of_a_college": (doc(["CÔNG ĐOÀN NGÀNH GIÁO DỤC", "CĐCS TRƯỜNG", "CĐ SƯ PHẠM NGHỆ AN"], "12/KH-CĐCS",
   ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Nguyễn Văn An"]),
  dict(issuer="CĐCS TRƯỜNG CĐ SƯ PHẠM NGHỆ AN", parent="CÔNG ĐOÀN NGÀNH GIÁO DỤC")),
 "council_of_a_college": (doc(["SỞ Y TẾ NGHỆ AN", "HỘI ĐỒNG TRƯỜNG", "CĐ Y TẾ NGHỆ AN"], "12/KH-HĐT",
   ["TM. HỘI ĐỒNG TRƯỜNG", "CHỦ TỊCH", "Nguyễn Văn An"]),
  dict(issuer="HỘI ĐỒNG TRƯỜNG CĐ Y TẾ NGHỆ AN", parent="SỞ Y TẾ NGHỆ AN")),
 "union_named_cd_of_a_college": (doc(["LĐLĐ TỈNH HÀ TĨNH", "CĐ TRƯỜNG", "CĐ Y TẾ HÀ TĨNH"], "12/KH-CĐ",
   ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Nguyễn Văn An"], "Hà Tĩnh, ngày 12 tháng 3 năm 2026"),
  dict(issuer="CĐ TRƯỜNG CĐ Y TẾ HÀ TĨNH", parent="LĐLĐ TỈNH HÀ TĨNH")),
 "sector_union_still_under_the_federation": (doc(["LĐLĐ TỈNH NGHỆ AN", "CĐ NGÀNH GIÁO DỤC"], "12/KH-CĐN",
   ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Nguyễn Văn An"]),
  dict(issuer="CĐ NGÀNH GIÁO DỤC", parent="LĐLĐ TỈNH NGHỆ AN")),
 # 2. a post in capitals over two lines inside the body, over a name, is no signature when the real one is below
 "body_office_head_over_two_lines": (doc(["UBND TỈNH NGHỆ AN", "SỞ Y TẾ"], "12/KH-SYT",
   body=["I. MỤC ĐÍCH", "1. Bảo đảm.", "II. PHÂN CÔNG", "CHÁNH", "VĂN PHÒNG", "Lê Văn Cường", "chịu trách nhiệm tổng hợp."]),
  dict(signer="Nguyễn Văn An", position="Giám đốc", authority=[])),
 "body_members_over_a_deputy_signature": (doc(["UBND TỈNH NGHỆ AN", "SỞ Y TẾ"], "12/KH-SYT", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"],
   body=["I. THÀNH PHẦN", "TRƯỞNG", "BAN", "Trần Văn Bình", "PHÓ TRƯỞNG", "BAN", "Lê Văn Cường", "II. NHIỆM VỤ", "1. Rà soát."]),
  dict(signer="Nguyễn Văn An", position="Phó Giám đốc", authority=["KT."])),
 "body_deputy_judge_over_two_lines": (doc(["TÒA ÁN NHÂN DÂN TỈNH NGHỆ AN"], "12/KH-TA", ["CHÁNH ÁN", "Nguyễn Văn An"],
   body=["I. MỤC ĐÍCH", "1. Phân công nhiệm vụ:", "PHÓ", "CHÁNH ÁN", "Trần Văn Bình", "phụ trách công tác xét xử.", "II. NHIỆM VỤ", "1. Rà soát."]),
  dict(signer="Nguyễn Văn An", position="Chánh án")),
 "body_deputy_director_over_a_chair": (doc(["UBND TỈNH NGHỆ AN"], "12/KH-UBND", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Hồng Vinh"],
   body=["I. THÀNH PHẦN BAN TỔ CHỨC", "Trưởng ban: Ông Lê Văn Cường", "PHÓ", "GIÁM ĐỐC", "Trần Văn Bình", "II. NHIỆM VỤ", "1. Rà soát."]),
  dict(signer="Lê Hồng Vinh", position="Chủ tịch", authority=["TM."])),
 # 3. a parent's line ending in a comma over a line opening with a body's kind: two bodies
 "district_comma_over_its_office": (doc(["UBND HUYỆN ĐÔ LƯƠNG,", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"], "12/KH-PGDĐT",
   ["TRƯỞNG PHÒNG", "Nguyễn Văn An"], "Đô Lương, ngày 12 tháng 3 năm 2026"),
  dict(issuer="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", agency="nghe-an.huyen-do-luong/phong-giao-duc-va-dao-tao", signer="Nguyễn Văn An")),
 "district_comma_over_its_finance_office": (doc(["UBND HUYỆN ĐÔ LƯƠNG,", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"], "12/KH-TCKH",
   ["TRƯỞNG PHÒNG", "Nguyễn Văn An"], "Đô Lương, ngày 12 tháng 3 năm 2026"),
  dict(issuer="PHÒNG TÀI CHÍNH - KẾ HOẠCH")),
 "commune_comma_over_its_school": (doc(["UBND XÃ NAM ĐÀN,", "TRƯỜNG TIỂU HỌC NAM ĐÀN"], "12/KH-TH", ["HIỆU TRƯỞNG", "Nguyễn Văn An"],
   "Nam Đàn, ngày 12 tháng 3 năm 2026"),
  dict(issuer="TRƯỜNG TIỂU HỌC NAM ĐÀN", parent="UBND XÃ NAM ĐÀN")),
 "ward_comma_over_its_station": (doc(["UBND PHƯỜNG BẾN THỦY,", "TRẠM Y TẾ"], "12/KH-TYT", ["TRƯỞNG TRẠM", "Nguyễn Văn An"],
   "Vinh, ngày 12 tháng 3 năm 2026"),
  dict(issuer="TRẠM Y TẾ", parent="UBND PHƯỜNG BẾN THỦY")),
 "department_comma_over_its_school": (doc(["SỞ GIÁO DỤC VÀ ĐÀO TẠO NGHỆ AN,", "TRƯỜNG THPT HUỲNH THÚC KHÁNG"], "12/KH-THPT",
   ["HIỆU TRƯỞNG", "Nguyễn Văn An"]),
  dict(issuer="TRƯỜNG THPT HUỲNH THÚC KHÁNG")),
 "province_comma_over_its_board": (doc(["UBND TỈNH NGHỆ AN,", "BAN QUẢN LÝ KHU KINH TẾ ĐÔNG NAM"], "12/KH-KKT", ["TRƯỞNG BAN", "Nguyễn Văn An"]),
  dict(issuer="BAN QUẢN LÝ KHU KINH TẾ ĐÔNG NAM")),
 "name_with_commas_still_one": (doc(["UBND TỈNH NGHỆ AN", "BAN CHỈ ĐẠO PHÒNG, CHỐNG THAM NHŨNG,", "LÃNG PHÍ, TIÊU CỰC"], "12/KH-BCĐ",
   ["TRƯỞNG BAN", "Nguyễn Văn An"]),
  dict(issuer="BAN CHỈ ĐẠO PHÒNG, CHỐNG THAM NHŨNG, LÃNG PHÍ, TIÊU CỰC", parent="UBND TỈNH NGHỆ AN")),
 # 4. "VÀ" over a body of the same kind: two joint bodies, no stray "VÀ"; over the rest of a name: one name
 "two_ministries_joined_by_and": (doc(["BỘ NỘI VỤ VÀ", "BỘ TÀI CHÍNH"], "15/2026/TTLT-BNV-BTC", ["BỘ TRƯỞNG", "Nguyễn Văn An"],
   "Hà Nội, ngày 12 tháng 3 năm 2026", "THÔNG TƯ LIÊN TỊCH"),
  dict(issuer="BỘ NỘI VỤ", joint=2, agency="viet-nam/bo-noi-vu")),
 "two_departments_joined_by_and": (doc(["SỞ Y TẾ VÀ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"], "12/KHLT-SYT-SGDĐT", heading="KẾ HOẠCH LIÊN TỊCH"),
  dict(issuer="SỞ Y TẾ", joint=2)),
 "two_provinces_joined_by_and": (doc(["UBND TỈNH NGHỆ AN VÀ", "UBND TỈNH HÀ TĨNH"], "12/KHLT-UBND", ["CHỦ TỊCH", "Nguyễn Văn An"],
   heading="KẾ HOẠCH LIÊN TỊCH"),
  dict(issuer="UBND TỈNH NGHỆ AN", joint=2)),
 "ministry_name_wrapped_after_and": (doc(["BỘ NÔNG NGHIỆP VÀ", "PHÁT TRIỂN NÔNG THÔN"], "12/KH-BNN", ["BỘ TRƯỞNG", "Nguyễn Văn An"],
   "Hà Nội, ngày 12 tháng 3 năm 2026"),
  dict(issuer="BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", joint=0)),
}

_APART = ("parent",)


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("name", PAGES)
def test_the_page_reads_right(tmp_path, name, form):
    lines, expected = PAGES[name]
    meta = processed(tmp_path, lines, form).metadata
    wrong = wrong_fields(meta, {field: want for field, want in expected.items() if field not in _APART})
    if "parent" in expected and fold(meta.issuer.parent or "") != fold(expected["parent"] or ""):
        wrong["parent"] = (meta.issuer.parent, expected["parent"])
    if meta.issuer.joint and any(fold(str(j)).rstrip().endswith(" va") for j in meta.issuer.joint):
        wrong["joint_names"] = [str(j) for j in meta.issuer.joint]
    assert wrong == {}


@pytest.mark.parametrize("form", ["docx", "pdf"])
@pytest.mark.parametrize("name", ["party_cell_of_a_college", "body_office_head_over_two_lines", "district_comma_over_its_office",
                                  "two_ministries_joined_by_and"])
def test_the_page_reads_right_in_other_forms(tmp_path, name, form):
    test_the_page_reads_right(tmp_path, name, form)
