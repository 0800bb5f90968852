"""The centre's regional offices are one body whatever numbering a plan prints ("Kho bạc Nhà nước khu vực XV" and "KBNN
khu vực 15"), named and identified as the office's own heading numbers it (agencies.csv: {số} / {số La Mã}); a numeral
no region has resolves to none; a project board of a district's area named by a place is never another area's board."""

from __future__ import annotations

import pytest

from page_fields import processed
from pipeline.stages.agencies import resolve
from pipeline.stages.registry import RegistryError, region_number, registry, use_user_folder

# (printed forms of one office, the document's place, its id, its canonical name)
ONE_OFFICE = [
    (["Kho bạc Nhà nước khu vực XV", "Kho bạc Nhà nước khu vực 15", "KBNN khu vực 15", "KBNN Khu vực xv"], "lam-dong",
     "viet-nam/kho-bac-nha-nuoc-khu-vuc-xv", "Kho bạc Nhà nước khu vực XV"),
    (["Chi cục Hải quan khu vực III", "Chi cục Hải quan khu vực 3", "Chi cục Hải quan Khu vực 03"], "hai-phong",
     "viet-nam/chi-cuc-hai-quan-khu-vuc-iii", "Chi cục Hải quan khu vực III"),
    (["Bảo hiểm xã hội khu vực XXV", "BHXH khu vực 25"], "nghe-an", "viet-nam/bao-hiem-xa-hoi-khu-vuc-xxv",
     "Bảo hiểm xã hội khu vực XXV"),
    (["Kiểm toán nhà nước khu vực IV", "Kiểm toán Nhà nước khu vực 4"], "viet-nam", "viet-nam/kiem-toan-nha-nuoc-khu-vuc-iv",
     "Kiểm toán nhà nước khu vực IV"),
    (["Chi cục Thuế khu vực I", "Chi cục Thuế khu vực 1"], "ha-noi", "viet-nam/chi-cuc-thue-khu-vuc-i", "Chi cục Thuế khu vực I"),
    # the state bank's branches print figures: a Roman numeral in a plan is the same branch
    (["Ngân hàng Nhà nước chi nhánh khu vực 8", "Ngân hàng Nhà nước khu vực VIII", "Ngân hàng Nhà nước Việt Nam chi nhánh "
      "Khu vực viii"], "lam-dong", "viet-nam/ngan-hang-nha-nuoc-chi-nhanh-khu-vuc-8", "Ngân hàng Nhà nước chi nhánh khu vực 8"),
    # a province's regions print figures, as before
    (["Thuế cơ sở 3", "Thuế cơ sở III", "Thuế cơ sở 3 tỉnh Lâm Đồng"], "lam-dong", "lam-dong/thue-co-so-3",
     "Thuế cơ sở 3 tỉnh Lâm Đồng"),
]


@pytest.mark.parametrize("printed, place, agency_id, canonical", [(p, *rest) for forms, *rest in ONE_OFFICE for p in forms])
def test_a_regional_office_is_one_body_in_figures_or_roman_numerals(printed, place, agency_id, canonical):
    mention = resolve(printed, place)
    assert (mention.agency_id, mention.canonical_name) == (agency_id, canonical), mention


@pytest.mark.parametrize("agency_id", [agency_id for _, _, agency_id, _ in ONE_OFFICE])
def test_a_regional_offices_id_is_found_and_its_other_numbering_is_no_id(agency_id):
    reg = registry()
    assert reg.agency(agency_id).id == agency_id
    number = agency_id.rsplit("-", 1)[1]
    other = {"xv": "15", "iii": "3", "xxv": "25", "iv": "4", "i": "1", "8": "viii", "3": "iii"}[number]
    assert reg.agency(f"{agency_id[: -len(number)]}{other}") is None


@pytest.mark.parametrize("printed", ["Kho bạc Nhà nước khu vực IIII", "Chi cục Hải quan khu vực VX", "KBNN khu vực 0",
                                     "Thuế cơ sở IIX", "Ngân hàng Nhà nước chi nhánh khu vực 00",
                                     # figures no Roman numeral below 90 spells ("95" was named "…-khu-vuc-lxlv")
                                     "Kho bạc Nhà nước khu vực 95", "KBNN khu vực 90", "Chi cục Hải quan khu vực 99",
                                     "Bảo hiểm xã hội khu vực 120"])
def test_a_numeral_no_region_has_names_no_region(printed):
    mention = resolve(printed, "lam-dong")
    assert mention.agency_id is None and mention.reason, mention


HEADER_BODY = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 45/KH-KBKV",
               "Vũng Tàu, ngày 12 tháng 8 năm 2025", "KẾ HOẠCH", "Kiểm soát chi năm 2025", "I. MỤC ĐÍCH",
               "1. Bảo đảm chi đúng quy định.", "Nơi nhận:", "- Như trên;", "GIÁM ĐỐC", "Trần Văn Bình"]


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("heading", ["KHO BẠC NHÀ NƯỚC KHU VỰC 15", "KHO BẠC NHÀ NƯỚC KHU VỰC XV"])
def test_a_regional_offices_heading_in_either_numbering_is_the_office(tmp_path, heading, form):
    issuer = processed(tmp_path, ["BỘ TÀI CHÍNH", heading, *HEADER_BODY], form).metadata.issuer
    assert issuer.agency is not None and issuer.agency.agency_id == "viet-nam/kho-bac-nha-nuoc-khu-vuc-xv"


@pytest.mark.parametrize("printed, place", [
    ("Ban QLDA ĐTXD khu vực Bảo Lộc", "lam-dong"), ("Ban Quản lý dự án đầu tư xây dựng khu vực Đức Trọng", "lam-dong"),
    ("Ban QLDA ĐTXD khu vực Lâm Hà", "lam-dong.xa-di-linh"), ("BQLDA ĐTXD khu vực Bắc Hà", "lao-cai"),
    ("Ban QLDA đầu tư xây dựng khu vực Hai", "hue"), ("Ban QLDA ĐTXD khu vực phía Bắc", "lao-cai"),
    ("Ban QLDA ĐTXD khu vực thị xã Sa Pa", "lao-cai")])
def test_a_project_board_named_by_a_place_is_no_numbered_board(printed, place):
    """A district area's board named by its place ("khu vực Bảo Lộc") is none of the province's numbered boards: not
    resolved, with a reason, never another area's board."""
    mention = resolve(printed, place)
    assert mention.agency_id is None and mention.reason, mention


@pytest.fixture
def folder(tmp_path):
    yield tmp_path
    use_user_folder(None)


COLUMNS = "jurisdiction,name,kind,level,collective,aliases,canonical,valid_from,valid_until\n"


def test_a_clerks_regional_row_numbers_its_bodies_as_its_canonical_says(folder):
    (folder / "agencies.csv").write_text(COLUMNS + "*khu vực,Cảng vụ Hàng hải khu vực,cơ quan ngành dọc,tỉnh,0,,"
                                                   "{name} {số La Mã},,\n", encoding="utf-8")
    use_user_folder(folder)
    assert {resolve(p, "hai-phong").agency_id for p in ("Cảng vụ Hàng hải khu vực 2", "Cảng vụ hàng hải khu vực II")} == \
        {"viet-nam/cang-vu-hang-hai-khu-vuc-ii"}


@pytest.mark.parametrize("canonical", ["{name}", ""])
def test_a_clerks_regional_row_written_before_the_numbering_styles_numbers_in_figures(folder, canonical):
    (folder / "agencies.csv").write_text(COLUMNS + f"*khu vực,Cảng vụ Hàng hải khu vực,cơ quan ngành dọc,tỉnh,0,,"
                                                   f"{canonical},,\n", encoding="utf-8")
    use_user_folder(folder)
    mentions = [resolve(p, "hai-phong") for p in ("Cảng vụ Hàng hải khu vực 2", "Cảng vụ hàng hải khu vực II")]
    assert {(m.agency_id, m.canonical_name) for m in mentions} == \
        {("viet-nam/cang-vu-hang-hai-khu-vuc-2", "Cảng vụ Hàng hải khu vực 2")}


@pytest.mark.parametrize("canonical", ["{name} {số} {số La Mã}", "{name} {số} - {số}"])
def test_a_regional_row_that_prints_its_number_twice_is_refused(folder, canonical):
    (folder / "agencies.csv").write_text(COLUMNS + f"*khu vực,Cảng vụ Hàng hải khu vực,cơ quan ngành dọc,tỉnh,0,,"
                                                   f"{canonical},,\n", encoding="utf-8")
    use_user_folder(folder)
    with pytest.raises(RegistryError, match="agencies.csv:2"):
        registry()


@pytest.mark.parametrize("printed, number", [("95", None), ("90", None), ("120", None), ("89", 89), ("LXXXIX", 89), ("XC", None)])
def test_a_region_s_number_is_one_roman_numerals_below_90_spell(printed, number):
    """No region is numbered from 90 up: such a figure is a misreading, it names no region (fixstar)."""
    assert region_number(printed) == number
