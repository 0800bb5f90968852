"""A name two units bore, told apart by the document's date: "thành phố Huế" was tỉnh Thừa Thiên Huế's provincial city
(a district) until 31 December 2024 and is the centrally governed city since 1 January 2025 (the province renamed into
it: places.json renamed_provinces; the old city in districts_earlier.csv). A 2024 plan headed "THÀNH PHỐ HUẾ" is the
provincial city's, a 2025 one the centrally governed city's; an undated one is neither: its jurisdiction stays null,
with a warning. A place that began after the document's date is never its jurisdiction. The bodies of Thừa Thiên Huế
ended with it, and a later document that names one is told its successor, the same body of Huế."""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from pipeline.stages import agencies
from pipeline.stages.registry import registry

_CITY_2024 = "thua-thien-hue.thanh-pho-hue"


def _plan(heading: list[str], date_line: str | None, duties: list[str] | None = None) -> list[str]:
    return [*heading, "Số: 58/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            *([date_line] if date_line else []), "KẾ HOẠCH", "Cải cách hành chính trên địa bàn", "I. TỔ CHỨC THỰC HIỆN",
            *(duties or ["1. Giao Phòng Nội vụ chủ trì, phối hợp với Sở Nội vụ tổ chức kiểm tra.",
                         "2. Giao Phòng Tư pháp hướng dẫn các phường."])]


_HEADINGS = [["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HUẾ"], ["UBND THÀNH PHỐ HUẾ"], ["ỦY BAN NHÂN DÂN", "TP. HUẾ"]]


@pytest.mark.parametrize("fmt", ["text", "docx", "html"])
@pytest.mark.parametrize("heading", _HEADINGS)
@pytest.mark.parametrize("date_line", ["Huế, ngày 10 tháng 3 năm 2024", "Thành phố Huế, ngày 31/12/2024"])
def test_a_plan_before_2025_is_the_provincial_citys(tmp_path, fmt, heading, date_line):
    doc = process(write_in_form(tmp_path, _plan(heading, date_line), fmt))
    assert doc.metadata.jurisdiction == _CITY_2024
    assert doc.metadata.issuer.agency.agency_id == f"{_CITY_2024}/uy-ban-nhan-dan"
    named = {a.agency.name: a.agency.agency_id for a in doc.assignments}
    # its Sở is the province's of the day, never the city's that came after it
    assert named["Sở Nội vụ"] == "thua-thien-hue/so-noi-vu"
    assert named["Phòng Nội vụ"] == f"{_CITY_2024}/phong-noi-vu"
    assert not any(agency_id and agency_id.startswith("hue/") for agency_id in named.values())


@pytest.mark.parametrize("fmt", ["text", "docx", "html"])
@pytest.mark.parametrize("heading", _HEADINGS)
@pytest.mark.parametrize("date_line", ["Huế, ngày 10 tháng 3 năm 2025", "Huế, ngày 01/01/2025"])
def test_a_plan_since_2025_is_the_centrally_governed_citys(tmp_path, fmt, heading, date_line):
    doc = process(write_in_form(tmp_path, _plan(heading, date_line), fmt))
    assert doc.metadata.jurisdiction == "hue"
    assert doc.metadata.issuer.agency.agency_id == "hue/uy-ban-nhan-dan"
    named = {a.agency.name: a.agency.agency_id for a in doc.assignments}
    assert named["Sở Nội vụ"] == "hue/so-noi-vu"
    assert not [w for w in doc.warnings if w.code in ("agency_not_in_force", "jurisdiction_undecided")]


@pytest.mark.parametrize("fmt", ["text", "html"])
@pytest.mark.parametrize("heading", _HEADINGS)
def test_an_undated_plan_leaves_the_jurisdiction_undecided(tmp_path, fmt, heading):
    doc = process(write_in_form(tmp_path, _plan(heading, None), fmt))
    assert doc.metadata.issued_date is None
    assert doc.metadata.jurisdiction is None and doc.metadata.issuer.agency.agency_id is None
    assert all(a.agency.agency_id is None for a in doc.assignments)
    warning, = [w for w in doc.warnings if w.code == "jurisdiction_undecided"]
    assert "2024-12-31" in warning.message and "2025-01-01" in warning.message


def test_a_place_named_before_it_began_is_no_jurisdiction():
    """A place the heading or the text names that began after the document's date (the centrally governed city in a
    plan of June 2024, with no district of the name in the heading) is none: null, and why."""
    reg = registry()
    assert agencies._place_on_date("2024-06-05", "hue", None, reg)[0] is None
    assert "2025-01-01" in agencies._place_on_date("2024-06-05", "hue", None, reg)[1]
    assert agencies._place_on_date("2025-06-05", "hue", None, reg) == ("hue", None)
    assert agencies._place_on_date(None, "hue", None, reg) == ("hue", None)  # only one unit fits: the city's
    assert agencies._place_on_date("2018-04-05", "thai-binh", "thai-binh.thanh-pho-thai-binh", reg)[0] \
        == "thai-binh.thanh-pho-thai-binh"


def test_a_heading_under_the_provincial_city_in_2024_is_never_the_city_of_2025(tmp_path):
    doc = process(write_in_form(tmp_path, _plan(["UBND THÀNH PHỐ HUẾ", "PHÒNG NỘI VỤ"], "Huế, ngày 5 tháng 6 năm 2024"), "text"))
    assert doc.metadata.jurisdiction == _CITY_2024
    assert not (doc.metadata.issuer.agency.agency_id or "").startswith("hue/")


def test_a_provinces_body_named_after_it_ended_names_its_successor(tmp_path):
    duties = ["1. Giao Sở Nội vụ tỉnh Thừa Thiên Huế tổng hợp, báo cáo kết quả."]
    doc = process(write_in_form(tmp_path, _plan(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HUẾ"], "Huế, ngày 10 tháng 3 năm 2025",
                                                      duties), "text"))
    assert {a.agency.agency_id for a in doc.assignments} == {"thua-thien-hue/so-noi-vu"}
    warning, = [w for w in doc.warnings if w.code == "agency_not_in_force"]
    assert "2024-12-31" in warning.message and "Sở Nội vụ thành phố Huế" in warning.message


def test_the_provinces_bodies_end_with_it_and_the_citys_begin_after():
    reg = registry()
    assert reg.agency("thua-thien-hue/so-noi-vu").valid_until == "2024-12-31"
    assert reg.agency("hue/so-noi-vu").valid_until is None
    assert reg.began("hue") == "2025-01-01" and reg.began("ha-noi") is None
    assert reg.place(_CITY_2024).valid_until == "2024-12-31" and reg.place(_CITY_2024).parent == "thua-thien-hue"


@pytest.mark.parametrize("heading, date_line, jurisdiction", [
    # a provincial city named like its province: the names differ ("thành phố" / "tỉnh"), the district it is
    (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ THÁI BÌNH"], "Thái Bình, ngày 5 tháng 4 năm 2018", "thai-binh.thanh-pho-thai-binh"),
    (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ ĐÀ LẠT"], "Đà Lạt, ngày 5 tháng 4 năm 2024", "lam-dong.thanh-pho-da-lat"),
    # a province merged in July 2025: its plans before, the province it went into after
    (["ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG"], "Hà Giang, ngày 5 tháng 4 năm 2025", "ha-giang"),
    (["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG"], "Tuyên Quang, ngày 5 tháng 9 năm 2025", "tuyen-quang"),
    # Huế's districts, named the same before and after 2025
    (["ỦY BAN NHÂN DÂN", "HUYỆN PHÚ VANG"], "Phú Vang, ngày 5 tháng 4 năm 2024", "hue.huyen-phu-vang"),
    (["ỦY BAN NHÂN DÂN", "QUẬN THUẬN HÓA"], "Huế, ngày 5 tháng 4 năm 2025", "hue.quan-thuan-hoa"),
])
def test_other_units_keep_their_place(tmp_path, heading, date_line, jurisdiction):
    assert process(write_in_form(tmp_path, _plan(heading, date_line), "text")).metadata.jurisdiction == jurisdiction
