"""A district's Party committee and its boards before 1 July 2025 ("Ban Tuyên giáo Huyện ủy Bắc Quang", "UBKT Quận
ủy Ninh Kiều", "Văn phòng Thành ủy" in a provincial city's plan): the district's own body ("*huyện" rows of
agencies.csv), never the province's board of the same name; where the document does not say which district, the
name stays unresolved."""

from __future__ import annotations

import pytest

from pipeline.stages.agencies import resolve
from pipeline.stages.registry import registry

# (committee word as printed, its name, the district, the province's plan it is named in) over several provinces and
# every kind: huyện, quận, thị xã, thành phố thuộc tỉnh.
COMMITTEES = [("Huyện ủy", "Bắc Quang", "ha-giang.huyen-bac-quang"), ("Quận ủy", "Ninh Kiều", "can-tho.quan-ninh-kieu"),
              ("Thị ủy", "Sa Pa", "lao-cai.thi-xa-sa-pa"), ("Thành ủy", "Đà Lạt", "lam-dong.thanh-pho-da-lat"),
              ("Huyện uỷ", "Di Linh", "lam-dong.huyen-di-linh"), ("Thành ủy", "Lào Cai", "lao-cai.thanh-pho-lao-cai")]
# How plans print a committee's board before its committee word, with the id's last part.
BOARDS = [("Ban Tuyên giáo", "ban-tuyen-giao-huyen-uy"), ("BTG", "ban-tuyen-giao-huyen-uy"),
          ("ban tổ chức", "ban-to-chuc-huyen-uy"), ("Ban Dân vận", "ban-dan-van-huyen-uy"),
          ("Ban Tuyên giáo - Dân vận", "ban-tuyen-giao-va-dan-van-huyen-uy"),
          ("Ủy ban Kiểm tra", "uy-ban-kiem-tra-huyen-uy"), ("Uỷ ban kiểm tra", "uy-ban-kiem-tra-huyen-uy"),
          ("UBKT", "uy-ban-kiem-tra-huyen-uy"), ("Văn phòng", "van-phong-huyen-uy"), ("VP", "van-phong-huyen-uy"),
          ("Thường trực", "thuong-truc-huyen-uy"), ("TT", "thuong-truc-huyen-uy"),
          ("Ban Thường vụ", "ban-thuong-vu-huyen-uy"), ("BTV", "ban-thuong-vu-huyen-uy")]


@pytest.mark.parametrize("committee,name,district", COMMITTEES)
@pytest.mark.parametrize("board,body", BOARDS)
def test_a_districts_board_named_with_its_committee_and_name(committee, name, district, board, body):
    province = district.partition(".")[0]
    printed = f"{board} {committee} {name}"
    assert resolve(printed, province).agency_id == f"{district}/{body}"
    assert resolve(printed.upper(), province).agency_id == f"{district}/{body}"  # a heading in capitals
    # in the district's own plan, without its name
    assert resolve(f"{board} {committee}", district).agency_id == f"{district}/{body}"


def test_the_boards_canonical_name_says_the_committee():
    reg = registry()
    assert reg.agency("lam-dong.thanh-pho-da-lat/ban-to-chuc-huyen-uy").canonical_name == "Ban Tổ chức Thành ủy Đà Lạt"
    assert reg.agency("can-tho.quan-ninh-kieu/uy-ban-kiem-tra-huyen-uy").canonical_name == "Ủy ban Kiểm tra Quận ủy Ninh Kiều"
    board = reg.agency("ha-giang.huyen-bac-quang/ban-tuyen-giao-huyen-uy")
    assert board.canonical_name == "Ban Tuyên giáo Huyện ủy Bắc Quang" and board.valid_until == "2025-06-30"
    # a centrally governed city printed with a capital ("Thành phố Hồ Chí Minh") has a Thành ủy too
    assert reg.agency("ho-chi-minh/ban-tuyen-giao-tinh-uy").canonical_name == "Ban Tuyên giáo Thành ủy Hồ Chí Minh"


@pytest.mark.parametrize("printed", ["Ban Tuyên giáo Thành ủy", "Ban Tổ chức Thành ủy", "Văn phòng Thành ủy", "UBKT Thành ủy",
                                     "Ban Dân vận Thành ủy", "Thường trực Thành ủy", "Thành ủy"])
@pytest.mark.parametrize("place", ["lao-cai", "lam-dong", "ha-giang.huyen-bac-quang", "lam-dong.huyen-di-linh"])
def test_a_city_committees_board_in_a_tinhs_plan_is_never_the_provinces(printed, place):
    """A tỉnh has a Tỉnh ủy; "Thành ủy" in its plan, or in one of its districts', is a provincial city's, and the name
    does not say which: unresolved, never the province's board."""
    mention = resolve(printed, place)
    assert mention.agency_id is None and mention.reason, mention


@pytest.mark.parametrize("printed,place,expected", [
    # the city's own plan: its board
    ("Ban Tuyên giáo Thành ủy", "lao-cai.thanh-pho-lao-cai", "lao-cai.thanh-pho-lao-cai/ban-tuyen-giao-huyen-uy"),
    ("Văn phòng Thành ủy", "lam-dong.thanh-pho-da-lat", "lam-dong.thanh-pho-da-lat/van-phong-huyen-uy"),
    # the province's boards keep their names, in the province's plans and in a district's
    ("Ban Tuyên giáo Tỉnh ủy", "lao-cai.thanh-pho-lao-cai", "lao-cai/ban-tuyen-giao-tinh-uy"),
    ("BTG Tỉnh ủy", "ha-giang", "ha-giang/ban-tuyen-giao-tinh-uy"),
    ("UBKT Tỉnh ủy", "ha-giang.huyen-bac-quang", "ha-giang/uy-ban-kiem-tra-tinh-uy"),
    ("BTV Tỉnh ủy", "lam-dong", "lam-dong/ban-thuong-vu-tinh-uy"),
    # a centrally governed city's committee is a Thành ủy: in its plans and in its districts'
    ("Ban Tuyên giáo Thành ủy", "ha-noi", "ha-noi/ban-tuyen-giao-tinh-uy"),
    ("Ban Dân vận Thành ủy", "ha-noi.quan-ba-dinh", "ha-noi/ban-dan-van-tinh-uy"),
    ("BTV Thành ủy", "can-tho", "can-tho/ban-thuong-vu-tinh-uy"),
    ("Ban Tuyên giáo Thành ủy", "ho-chi-minh", "ho-chi-minh/ban-tuyen-giao-tinh-uy"),
    ("Ban Tuyên giáo Thành ủy", "ho-chi-minh.thanh-pho-thu-duc", "ho-chi-minh/ban-tuyen-giao-tinh-uy"),
    ("Ban Tuyên giáo Thành ủy Thủ Đức", "ho-chi-minh", "ho-chi-minh.thanh-pho-thu-duc/ban-tuyen-giao-huyen-uy"),
    # a name several provinces share needs the province; a district of a province merged in 2025, its successor's plan
    ("Ban Tuyên giáo Huyện ủy Châu Thành", "ben-tre", "ben-tre.huyen-chau-thanh/ban-tuyen-giao-huyen-uy"),
    ("Ban Tổ chức Huyện ủy Bắc Quang (cũ)", "tuyen-quang", "ha-giang.huyen-bac-quang/ban-to-chuc-huyen-uy"),
])
def test_whose_board_a_plan_names(printed, place, expected):
    assert resolve(printed, place).agency_id == expected


@pytest.mark.parametrize("printed,place", [
    ("Ban Tuyên giáo Huyện ủy Châu Thành", None),  # ten provinces
    ("Ban Tuyên giáo Huyện ủy", "ha-giang"),  # which district?
    ("VP Huyện ủy", "lam-dong"),
    ("Ban Tổ chức", "ha-giang.huyen-bac-quang"),  # bare: an event's organising committee as often
    ("Ban Tuyên giáo", "lao-cai.thanh-pho-lao-cai"),  # bare in a People's Committee's plan: which level's?
])
def test_a_board_the_document_does_not_place_stays_unresolved(printed, place):
    mention = resolve(printed, place)
    assert mention.agency_id is None and mention.reason, mention


@pytest.mark.parametrize("printed,place", [("Văn phòng Thị ủy", "lao-cai"), ("Thị ủy", "lam-dong"),
                                           ("Ban Tổ chức Quận ủy", "ha-giang"), ("Ủy ban Kiểm tra Thị ủy", "ha-giang")])
def test_a_typo_never_changes_the_committee(printed, place):
    """"Thị ủy" is one letter from "Tỉnh ủy" once marks are dropped: a town's committee, never the province's by a
    fuzzy match."""
    mention = resolve(printed, place)
    assert mention.agency_id is None, mention


def _committee_plan(heading: str, committee: str, place_line: str, issuer_heading: str = "") -> str:
    lines = [heading, issuer_heading or committee.upper(), "*", "Số: 12-KH/HU", "ĐẢNG CỘNG SẢN VIỆT NAM", place_line,
             "KẾ HOẠCH", "Tuyên truyền kỷ niệm ngày thành lập Đảng", "I. NHIỆM VỤ",
             "1. Giao Ban Dân vận chủ trì, phối hợp với Ủy ban Kiểm tra tổ chức tuyên truyền.",
             "2. Giao Văn phòng chủ trì tổng hợp, báo cáo kết quả.", "3. Đề nghị Ban Tuyên giáo Tỉnh ủy hướng dẫn."]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("heading,committee,place_line,district", [
    ("ĐẢNG BỘ TỈNH HÀ GIANG", "Huyện ủy Bắc Quang", "Bắc Quang, ngày 8 tháng 4 năm 2024", "ha-giang.huyen-bac-quang"),
    ("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "Thành ủy Đà Lạt", "Đà Lạt, ngày 8 tháng 4 năm 2024", "lam-dong.thanh-pho-da-lat"),
    ("ĐẢNG BỘ THÀNH PHỐ CẦN THƠ", "Quận ủy Ninh Kiều", "Ninh Kiều, ngày 8 tháng 4 năm 2024", "can-tho.quan-ninh-kieu"),
])
def test_a_district_committees_own_plan_names_its_boards_bare(write_text, heading, committee, place_line, district):
    """"Ban Dân vận", "Ủy ban Kiểm tra", "Văn phòng" in a plan the Huyện ủy issued are its boards, as a Tỉnh ủy's are
    in its own; "Ban Tuyên giáo Tỉnh ủy" is still the province's."""
    from pipeline.run import process

    doc = process(write_text(_committee_plan(heading, committee, place_line)))
    assert doc.metadata.jurisdiction == district
    named = {a.agency.name: a.agency.agency_id for a in doc.assignments}
    province = district.partition(".")[0]
    assert named == {"Ban Dân vận": f"{district}/ban-dan-van-huyen-uy", "Ủy ban Kiểm tra": f"{district}/uy-ban-kiem-tra-huyen-uy",
                     "Văn phòng": f"{district}/van-phong-huyen-uy", "Ban Tuyên giáo Tỉnh ủy": f"{province}/ban-tuyen-giao-tinh-uy"}


def test_a_districts_peoples_committee_plan_does_not_say_whose_board_a_bare_name_is(write_text):
    from pipeline.run import process

    text = _committee_plan("ỦY BAN NHÂN DÂN", "", "Bắc Quang, ngày 8 tháng 4 năm 2024", "HUYỆN BẮC QUANG")
    doc = process(write_text(text.replace("12-KH/HU", "12/KH-UBND").replace("ĐẢNG CỘNG SẢN VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")))
    assert doc.metadata.jurisdiction == "ha-giang.huyen-bac-quang"
    named = {a.agency.name: a.agency.agency_id for a in doc.assignments}
    assert named["Ban Dân vận"] is None and named["Ủy ban Kiểm tra"] is None
