"""Forms the s18 round found and left, and forms sampled in s19 from stored openings of legal-site pages.

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up):
- an island district prints its kind as "HUYỆN ĐẢO" ("UBND HUYỆN ĐẢO LÝ SƠN", "Phòng Nội vụ huyện đảo Cồn Cỏ"); the
  official list of districts writes one name in the older spelling ("Phú Quí"), which the district prints "Phú Quý";
- an office under its parent body: "HĐND TỈNH …" / "VĂN PHÒNG", "BỘ …" / "VĂN PHÒNG", "BỘ …" / "VĂN PHÒNG BỘ";
- a plan whose carrier is a draft: "(Ban hành kèm theo Quyết định số      /QĐ-UBND ngày    tháng    năm 2026 …)";
- a decision followed in the same file by the plan it issues, the plan naming the decision under its title.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
FORMS = ["text", "html", "docx"]
BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao hiệu quả công tác trong năm.", "II. TỔ CHỨC THỰC HIỆN",
        "Các đơn vị triển khai thực hiện."]
CLOSING = ["Nơi nhận:", "- Như trên;", "- Lưu: VT."]


def _process(tmp_path, lines: list[str], form: str):
    return process(write_in_form(tmp_path, lines, form))


# --- an island district: "HUYỆN ĐẢO", and a name in the older spelling

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("header, place, jurisdiction", [
    (["UBND HUYỆN ĐẢO LÝ SƠN"], "Lý Sơn", "quang-ngai.huyen-ly-son"),
    (["ỦY BAN NHÂN DÂN", "HUYỆN ĐẢO PHÚ QUÝ"], "Phú Quý", "binh-thuan.huyen-phu-qui"),
    (["ỦY BAN NHÂN DÂN", "HUYỆN PHÚ QUÝ"], "Phú Quý", "binh-thuan.huyen-phu-qui"),
    (["ỦY BAN NHÂN DÂN", "HUYỆN ĐẢO CỒN CỎ"], "Cồn Cỏ", "quang-tri.huyen-con-co"),
])
def test_an_island_district_is_read(tmp_path, form, header, place, jurisdiction):
    """An island district's plan ("UBND HUYỆN ĐẢO LÝ SƠN") had no jurisdiction and its issuer no agency: "huyện đảo" is
    a way of printing the kind "huyện" (places.json district_kind_words); huyện Phú Quý, which the official list writes
    "Phú Quí", is found by either spelling ("qui" is "quy": places.json spelling_variants)."""
    lines = [*header, *MOTTO, "Số: 45/KH-UBND", f"{place}, ngày 14 tháng 4 năm 2024", "KẾ HOẠCH",
             "Phòng, chống thiên tai năm 2024", *BODY, *CLOSING, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Thị Hoa"]
    meta = _process(tmp_path, lines, form).metadata
    assert (meta.place, meta.jurisdiction, meta.issuer.agency.agency_id) == (
        place, jurisdiction, f"{jurisdiction}/uy-ban-nhan-dan")


@pytest.mark.parametrize("form", FORMS)
def test_an_island_districts_body_named_in_a_provinces_plan(tmp_path, form):
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", *MOTTO, "Số: 45/KH-UBND", "Quảng Trị, ngày 14 tháng 4 năm 2024",
             "KẾ HOẠCH", "Phòng, chống thiên tai năm 2024", *BODY, "Nơi nhận:", "- UBND huyện đảo Cồn Cỏ;",
             "- Phòng Nội vụ huyện đảo Cồn Cỏ;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Thị Hoa"]
    meta = _process(tmp_path, lines, form).metadata
    assert [a.agency_id for a in meta.recipient_agencies] == [
        "quang-tri.huyen-con-co/uy-ban-nhan-dan", "quang-tri.huyen-con-co/phong-noi-vu"]
