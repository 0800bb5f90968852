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


# --- a carrier whose number and date are left blank (a draft's)

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("carrier", [
    "(Ban hành kèm theo Quyết định số      /QĐ-UBND ngày     tháng     năm 2026 của Ủy ban nhân dân tỉnh Quảng Trị)",
    "(Kèm theo Quyết định số ....../QĐ-UBND ngày ..../..../2026 của UBND tỉnh)",
    "(Ban hành kèm theo Quyết định số …/2026/QĐ-UBND ngày … tháng … năm 2026 của Ủy ban nhân dân tỉnh)",
    "(Kèm theo Kế hoạch số ___/KH-UBND ngày ___/___/2026 của UBND tỉnh)",
])
def test_a_carrier_left_blank_is_named_without_a_date(tmp_path, form, carrier):
    """A draft plan under "(Ban hành kèm theo Quyết định số      /QĐ-UBND ngày    tháng    năm 2026 …)": no citation
    is read from a blank number, and the plan said nothing of its carrier. The carrier is known, its number and date
    are not: the plan's number and date stay null, and the warning issued_with names the carrier's line."""
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", *MOTTO, "KẾ HOẠCH", "Phát triển du lịch cộng đồng giai đoạn 2026 - 2030",
             carrier, *BODY]
    doc = _process(tmp_path, lines, form)
    assert (doc.metadata.number, doc.metadata.issued_date) == (None, None)
    [warning] = [w for w in doc.warnings if w.code == "issued_with"]
    assert "left blank" in warning.message and " ".join(carrier.split()) in warning.message
    assert "missing_issue_date" in {w.code for w in doc.warnings}


# --- a decision and the plan it issues in one file

DECISION = ["Số: 245/QĐ-UBND", "Quảng Trị, ngày 12 tháng 02 năm 2026", "QUYẾT ĐỊNH",
            "Ban hành Kế hoạch phát triển du lịch cộng đồng giai đoạn 2026 - 2030", "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển du lịch cộng đồng.",
            "Điều 2. Quyết định có hiệu lực từ ngày ký.", *CLOSING, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Hai"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("plan_header, carrier, issued", [
    (["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", *MOTTO], "(Ban hành kèm theo Quyết định số 245/QĐ-UBND ngày 12 tháng 02 năm "
     "2026 của Ủy ban nhân dân tỉnh Quảng Trị)", "2026-02-12"),
    ([], "(Kèm theo Quyết định số 245/QĐ-UBND ngày 12/02/2026 của UBND tỉnh)", "2026-02-12"),
    (["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", *MOTTO], "(Ban hành kèm theo Quyết định số      /QĐ-UBND ngày     tháng "
     "năm 2026 của Ủy ban nhân dân tỉnh Quảng Trị)", None),
])
def test_a_part_issued_with_the_first_has_its_date(tmp_path, form, plan_header, carrier, issued):
    """The plan a decision issues, printed after it in the same file, names the decision under its title: as a part
    (document.parts) it had no date, though the same plan in a file of its own has the decision's. It has it now (the
    decision is printed in the file: no warning); a carrier left blank gives none."""
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", *MOTTO, *DECISION, *plan_header, "KẾ HOẠCH",
             "Phát triển du lịch cộng đồng giai đoạn 2026 - 2030", carrier, *BODY]
    doc = _process(tmp_path, lines, form)
    decision, plan = doc.metadata.parts
    assert (decision.number, decision.issued_date) == ("245/QĐ-UBND", "2026-02-12")
    assert (plan.doc_type, plan.number, plan.issued_date, plan.attached_to) == ("Kế hoạch", None, issued, decision.id)
    assert not [w for w in doc.warnings if w.message.startswith(f"{plan.id}: ")]
    assert doc.metadata.issued_date == "2026-02-12"
