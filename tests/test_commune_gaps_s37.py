"""Plans of the two-level local government (communes since 1 July 2025), the gaps s36 left: a part of the commune's own
body named bare that the registry does not give the commune ("Ban Dân tộc HĐND": a commune's council has no Ban Dân
tộc unless the registry says so) stays unresolved and reported, never the province's board; a body right before "các
thôn" is each village's ("Công an các thôn, tổ dân phố"), not the commune's body beside the villages; a typo never
turns a unit's kind into another word ("HĐND các thôn" is no "Hội đồng nhân dân các tỉnh …", "UBND các ấp" no "… các
cấp"); the province's regional project boards ("Ban QLDA ĐTXD khu vực 2") resolve one a region's number."""

from __future__ import annotations

import pytest

from conftest import write_in_form, write_with_table
from test_commune_bodies_s36 import HEAD, TAIL
from pipeline.run import process
from pipeline.stages.agencies import resolve, resolve_all

COMMUNES = ["lam-dong.xa-tan-minh", "tuyen-quang.phuong-an-tuong", "an-giang.dac-khu-phu-quoc"]


@pytest.mark.parametrize("commune", COMMUNES)
@pytest.mark.parametrize("printed", ["Ban Dân tộc HĐND", "Ban Dân tộc Hội đồng nhân dân", "Ban Dân tộc HĐND {k}",
                                     "Các Ban HĐND", "Ban Tuyên giáo Đảng ủy"])
def test_a_part_of_the_communes_body_it_lacks_stays_unresolved(commune, printed):
    kind = {"xa": "xã", "phuong": "phường", "dac": "đặc khu"}[commune.split(".")[1].split("-")[0]]
    mention = resolve(printed.format(k=kind), commune)
    assert mention.agency_id is None and mention.reason and mention.reason.startswith("not in the registry"), mention


@pytest.mark.parametrize("printed, agency_id", [
    ("Ban Dân tộc HĐND tỉnh", "lam-dong/ban-dan-toc-hoi-dong-nhan-dan"),
    ("Ban Dân tộc Hội đồng nhân dân tỉnh Lâm Đồng", "lam-dong/ban-dan-toc-hoi-dong-nhan-dan"),
    ("Ban Pháp chế HĐND", "lam-dong.xa-tan-minh/ban-phap-che-hoi-dong-nhan-dan"),
    ("Thường trực HĐND", "lam-dong.xa-tan-minh/thuong-truc-hoi-dong-nhan-dan"),
    ("Ủy ban Kiểm tra Đảng ủy", "lam-dong.xa-tan-minh/uy-ban-kiem-tra-dang-uy"),
    ("Văn phòng UBND tỉnh", "lam-dong/van-phong-uy-ban-nhan-dan")])
def test_the_communes_own_parts_and_the_provinces_named_with_its_level_still_resolve(printed, agency_id):
    assert resolve(printed, "lam-dong.xa-tan-minh").agency_id == agency_id


def test_a_provinces_plan_keeps_its_own_board():
    assert resolve("Ban Dân tộc HĐND", "lam-dong").agency_id == "lam-dong/ban-dan-toc-hoi-dong-nhan-dan"


def test_a_districts_plan_names_no_province_board_bare():
    """A district of districts.csv (before July 2025): its council's board named bare is no province's."""
    assert resolve("Ban Dân tộc HĐND", "ha-giang.huyen-bac-quang").agency_id is None


@pytest.mark.parametrize("place", ["lam-dong.xa-tan-minh", "tuyen-quang.phuong-an-tuong"])
@pytest.mark.parametrize("printed", ["Công an các thôn, tổ dân phố", "Công an các thôn", "Chi hội Nông dân các ấp, khu phố",
                                     "Văn phòng HĐND và UBND các thôn, bản", "Ủy ban MTTQ Việt Nam các thôn, bản"])
def test_a_body_right_before_the_villages_is_each_villages(printed, place):
    mentions = resolve_all(printed, place)
    assert [m.name for m in mentions] == [printed] and mentions[0].agency_id is None and mentions[0].reason


@pytest.mark.parametrize("printed, place, body", [
    ("Công an xã các thôn, tổ dân phố", "phu-tho.xa-vinh-phu", "phu-tho.xa-vinh-phu/cong-an"),
    ("Công an xã các thôn, buôn", "lam-dong.xa-tan-minh", "lam-dong.xa-tan-minh/cong-an"),
    ("Ủy ban MTTQ Việt Nam xã các thôn, bản", "phu-tho.xa-vinh-phu", "phu-tho.xa-vinh-phu/uy-ban-mat-tran-to-quoc-viet-nam"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam xã các thôn, tổ dân phố", "lam-dong.xa-tan-minh",
     "lam-dong.xa-tan-minh/uy-ban-mat-tran-to-quoc-viet-nam"),
    ("Công an xã Tân Minh các thôn, buôn", "lam-dong.xa-tan-minh", "lam-dong.xa-tan-minh/cong-an"),
    ("Công an xã Vĩnh Phú các thôn, tổ dân phố", "phu-tho.xa-vinh-phu", "phu-tho.xa-vinh-phu/cong-an"),
    ("Công an phường các thôn, tổ dân phố", "tuyen-quang.phuong-an-tuong", "tuyen-quang.phuong-an-tuong/cong-an")])
def test_the_communes_body_run_into_the_villages_is_the_communes_beside_them(printed, place, body):
    """A unit word (and the unit's name) before "các thôn": the commune's own body, then the villages (a PDF cell that
    lost its line break between them), not one body of each village."""
    province = place.split(".")[0]
    assert [m.agency_id for m in resolve_all(printed, place)] == [body, f"{province}/thon-va-to-dan-pho"]


def test_the_communes_police_and_the_villages_parted_by_va_or_a_comma_are_both():
    for printed in ("Công an xã và các thôn, tổ dân phố",):
        assert [m.agency_id for m in resolve_all(printed, "lam-dong.xa-tan-minh")] == [
            "lam-dong.xa-tan-minh/cong-an", "lam-dong/thon-va-to-dan-pho"]


@pytest.mark.parametrize("place", ["lam-dong.xa-tan-minh", "lam-dong"])
@pytest.mark.parametrize("printed", ["HĐND các thôn", "Hội đồng nhân dân các thôn", "UBND các thôn", "UBND các ấp",
                                     "Ủy ban nhân dân các xóm"])
def test_no_typo_turns_a_units_kind_into_another_word(printed, place):
    mention = resolve(printed, place)
    assert mention.agency_id is None and mention.match == "unresolved", mention


@pytest.mark.parametrize("printed, place", [("Sở Nôi vụ", "lam-dong"), ("Ủy ban nhân dân tinh", "lam-dong"),
                                            ("Ủy ban nhân dân các tinh", "lam-dong")])
def test_a_typo_elsewhere_still_matches(printed, place):
    assert resolve(printed, place).agency_id is not None


@pytest.mark.parametrize("place", ["lao-cai", "lam-dong", "ha-noi"])
@pytest.mark.parametrize("printed, body", [
    ("Sở Giao thôn vận tải", "so-giao-thong-van-tai"), ("Sở Thôn tin và Truyền thông", "so-thong-tin-va-truyen-thong"),
    ("Sở Thông tin và Truyền thôn", "so-thong-tin-va-truyen-thong"),
    ("Sở Lao động - Thương binh và Sã hội", "so-lao-dong-thuong-binh-va-xa-hoi"),
    ("Bam Quản lý Khu kinh tế", "ban-quan-ly-khu-kinh-te"), ("Bam Dân tộc", "ban-dan-toc"),
    ("Sở Nông nghiệp và Phát triển nông thông", "so-nong-nghiep-va-phat-trien-nong-thon")])
def test_a_typo_of_a_word_that_folds_as_a_units_kind_matches_where_no_unit_stands(printed, body, place):
    """"thông" folds as "thôn", "Sã" as "xã", "Bam"/"Ban" as "bản": where no unit stands (after "các", or closing the name
    after a body) the kind is a word like any other, and a typo of it matches."""
    assert resolve(printed, place).agency_id == f"{place}/{body}"


@pytest.mark.parametrize("printed", ["UBND thôn", "Công an thôn", "HĐND từng thôn", "UBND mỗi ấp", "Hội Nông dân bản"])
def test_a_units_kind_in_a_units_place_is_no_typo(printed):
    mention = resolve(printed, "lao-cai")
    assert mention.agency_id is None and mention.match == "unresolved", mention


@pytest.mark.parametrize("printed, place, agency_id, canonical", [
    ("Ban Quản lý dự án Đầu tư xây dựng khu vực 1 thành phố Huế", "hue", "hue/ban-quan-ly-du-an-dau-tu-xay-dung-khu-vuc-1",
     "Ban Quản lý dự án đầu tư xây dựng khu vực 1 thành phố Huế"),
    ("Ban QLDA ĐTXD khu vực 2", "hue", "hue/ban-quan-ly-du-an-dau-tu-xay-dung-khu-vuc-2",
     "Ban Quản lý dự án đầu tư xây dựng khu vực 2 thành phố Huế"),
    ("BQLDA đầu tư xây dựng khu vực 3", "lam-dong.xa-di-linh", "lam-dong/ban-quan-ly-du-an-dau-tu-xay-dung-khu-vuc-3",
     "Ban Quản lý dự án đầu tư xây dựng khu vực 3 tỉnh Lâm Đồng"),
    ("Ban QLDA ĐTXD khu vực III tỉnh Lâm Đồng", "lam-dong", "lam-dong/ban-quan-ly-du-an-dau-tu-xay-dung-khu-vuc-3",
     "Ban Quản lý dự án đầu tư xây dựng khu vực 3 tỉnh Lâm Đồng"),
    ("Ban QLDA ĐTXD các công trình dân dụng và công nghiệp", "lam-dong",
     "lam-dong/ban-quan-ly-du-an-dau-tu-xay-dung-cac-cong-trinh-dan-dung-va-cong-nghiep",
     "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Lâm Đồng")])
def test_a_provinces_regional_project_board_resolves_by_its_number(printed, place, agency_id, canonical):
    mention = resolve(printed, place)
    assert (mention.agency_id, mention.canonical_name) == (agency_id, canonical), mention


@pytest.mark.parametrize("printed, place, number", [
    ("Ban QLDA ĐTXD khu vực III", "lao-cai", "3"), ("Ban Quản lý dự án đầu tư xây dựng khu vực IV tỉnh Lào Cai", "lao-cai", "4"),
    ("BQLDA ĐTXD khu vực II", "lam-dong.xa-di-linh", "2"), ("Tòa án nhân dân khu vực II - tỉnh Lâm Đồng", "lam-dong", "2"),
    ("Viện kiểm sát nhân dân khu vực XII - tỉnh Lâm Đồng", "lam-dong", "12"), ("Thuế cơ sở V tỉnh Lào Cai", "lao-cai", "5")])
def test_a_provinces_region_printed_in_roman_numerals_or_figures_is_one_body(printed, place, number):
    """"khu vực III" and "khu vực 3" of a province are one region: one id, the number in figures as the bodies' own
    headings print it."""
    mention = resolve(printed, place)
    assert mention.agency_id is not None and mention.agency_id.endswith(f"-{number}"), mention
    assert mention.canonical_name.split(" - ")[0].split(" tỉnh ")[0].endswith(f" {number}")


@pytest.mark.parametrize("printed, place", [("Ban QLDA ĐTXD khu vực 2", "viet-nam"), ("Ban QLDA ĐTXD khu vực Bảo Thắng", "lao-cai"),
                                            ("Ban Quản lý dự án đầu tư xây dựng khu vực Di Linh", "lam-dong.xa-di-linh")])
def test_a_regional_board_without_a_province_or_named_by_a_place_stays_unresolved(printed, place):
    mention = resolve(printed, place)
    assert mention.agency_id is None and mention.reason


# the commune's plan of tests/test_commune_bodies_s36.py, with another task table
TABLE = [["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
         ["1", "Rà soát đối tượng", "Công an xã", "Công an các thôn, tổ dân phố", "Quý I/2026"],
         ["2", "Giám sát chính sách dân tộc", "Ban Dân tộc HĐND", "HĐND các thôn", "Năm 2026"],
         ["3", "Xây dựng đường liên thôn", "Ban QLDA ĐTXD khu vực 2", "Ban Kinh tế - Ngân sách HĐND xã", "Quý III/2026"]]
EXPECTED = [(["lam-dong.xa-di-linh/cong-an"], [None]), ([None], [None]),
            (["lam-dong/ban-quan-ly-du-an-dau-tu-xay-dung-khu-vuc-2"], ["lam-dong.xa-di-linh/ban-kinh-te-ngan-sach-hoi-dong-nhan-dan"])]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
def test_a_communes_task_table(tmp_path, form):
    path = write_with_table(tmp_path, HEAD, TABLE, TAIL, form) if form != "text" else \
        write_in_form(tmp_path, HEAD + ["| " + " | ".join(row) + " |" for row in TABLE] + TAIL, "text")
    doc = process(path)
    assert doc.metadata.jurisdiction == "lam-dong.xa-di-linh"
    got = [([m.agency_id for m in task.lead], [m.agency_id for m in task.support]) for task in doc.tasks]
    assert got == EXPECTED
    names = {m.name for task in doc.tasks for m in (*task.lead, *task.support)}
    assert {"Công an các thôn, tổ dân phố", "Ban Dân tộc HĐND", "HĐND các thôn"} <= names  # kept whole, reported


def test_a_name_that_starts_with_a_body_of_the_commune_is_no_part_of_the_last():
    """"Ủy ban Kiểm tra Đảng ủy giúp Đảng ủy" (a cell's clause): the commune's committee first, not a part of its Đảng ủy."""
    mention = resolve("Ủy ban Kiểm tra Đảng ủy giúp Đảng ủy", "lam-dong.xa-tan-minh")
    assert mention.agency_id is None and "no such part" not in (mention.reason or "")
