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


# --- an office under its parent: a ministry's, a People's Council's

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("header, place, agency_id", [
    (["BỘ TÀI CHÍNH", "VĂN PHÒNG"], "Hà Nội", "viet-nam/van-phong-bo-tai-chinh"),
    (["BỘ Y TẾ", "VĂN PHÒNG BỘ"], "Hà Nội", "viet-nam/van-phong-bo-y-te"),
    (["BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "VĂN PHÒNG"], "Hà Nội", "viet-nam/van-phong-bo-van-hoa-the-thao-va-du-lich"),
    (["BỘ KẾ HOẠCH VÀ ĐẦU TƯ", "VĂN PHÒNG BỘ"], "Hà Nội", "viet-nam/van-phong-bo-ke-hoach-va-dau-tu"),
])
def test_an_office_under_a_ministry_or_a_council(tmp_path, form, header, place, agency_id):
    """A Giấy mời of "BỘ TÀI CHÍNH" / "VĂN PHÒNG" or "BỘ Y TẾ" / "VĂN PHÒNG BỘ": the issuer was unresolved, the registry
    holding no ministry's office (a bare "Văn phòng Bộ" names none). Each ministry's office is listed with its ministry's
    name, and a kind that ends in the parent's first word says it once ("VĂN PHÒNG BỘ" / "BỘ Y TẾ"). The office under a
    People's Council stays unresolved with its parent recorded."""
    def issuer_of(lines_above, where):
        lines = [*lines_above, *MOTTO, "Số: 120/GM-VP", f"{where}, ngày 14 tháng 4 năm 2024", "GIẤY MỜI",
                 "Họp nghe báo cáo tiến độ dự án", "Trân trọng kính mời:", "- Lãnh đạo Vụ Kế hoạch.", *CLOSING,
                 "CHÁNH VĂN PHÒNG", "Lê Thị Hoa"]
        return _process(tmp_path, lines, form).metadata.issuer

    issuer = issuer_of(header, place)
    assert (issuer.name, issuer.parent, issuer.agency.agency_id) == (header[-1], " ".join(header[:-1]), agency_id)
    # the office of a province's People's Council (before the Văn phòng Đoàn ĐBQH và HĐND) is not in the registry:
    # never the Ủy ban's office
    for council in (["HĐND TỈNH NGHỆ AN", "VĂN PHÒNG"], ["HỘI ĐỒNG NHÂN DÂN", "TỈNH NGHỆ AN", "VĂN PHÒNG"]):
        issuer = issuer_of(council, "Nghệ An")
        assert (issuer.name, issuer.parent, issuer.agency.agency_id) == ("VĂN PHÒNG", " ".join(council[:-1]), None)


# --- a council's standing organ on a line of its own

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("header, agency_id", [
    (["HỘI ĐỒNG NHÂN DÂN", "TỈNH BÌNH ĐỊNH", "THƯỜNG TRỰC"], "binh-dinh/thuong-truc-hoi-dong-nhan-dan"),
    (["HĐND TỈNH GIA LAI", "THƯỜNG TRỰC"], "gia-lai/thuong-truc-hoi-dong-nhan-dan"),
    (["HỘI ĐỒNG NHÂN DÂN", "HUYỆN BẮC QUANG", "THƯỜNG TRỰC"], "ha-giang.huyen-bac-quang/thuong-truc-hoi-dong-nhan-dan"),
])
def test_a_councils_standing_organ_under_it(tmp_path, form, header, agency_id):
    """"HỘI ĐỒNG NHÂN DÂN" / "TỈNH BÌNH ĐỊNH" / "THƯỜNG TRỰC" over a Thường trực HĐND's plan: the three lines were one
    name ("… TỈNH BÌNH ĐỊNH THƯỜNG TRỰC") that named no body. A standing organ's line (party_boards.json board_lines)
    starts a body of its own, joined to the body it belongs to, as "BAN THƯỜNG TRỰC" under an Ủy ban MTTQ is."""
    lines = [*header, *MOTTO, "Số: 12/KH-TTHĐND", "Bình Định, ngày 10 tháng 1 năm 2024", "KẾ HOẠCH",
             "Giám sát chuyên đề năm 2024", *BODY, *CLOSING, "TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH", "Hồ Quốc Dũng"]
    issuer = _process(tmp_path, lines, form).metadata.issuer
    assert (issuer.agency.agency_id, issuer.parent) == (agency_id, None)


# --- the head of a tax office since 2025

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("header, signature, title", [
    (["CỤC THUẾ", "THUẾ TỈNH BẮC NINH"], ["KT. TRƯỞNG THUẾ TỈNH", "PHÓ TRƯỞNG THUẾ TỈNH", "Nguyễn Văn Đạt"],
     "Phó Trưởng Thuế tỉnh"),
    (["CỤC THUẾ", "THUẾ THÀNH PHỐ HẢI PHÒNG"], ["TRƯỞNG THUẾ THÀNH PHỐ", "Nguyễn Văn Đạt"], "Trưởng Thuế thành phố"),
    (["THUẾ TỈNH NGHỆ AN", "THUẾ CƠ SỞ 3 TỈNH NGHỆ AN"], ["KT. TRƯỞNG THUẾ CƠ SỞ", "PHÓ TRƯỞNG THUẾ CƠ SỞ",
     "Nguyễn Văn Đạt"], "Phó Trưởng Thuế cơ sở"),
])
def test_the_head_of_a_tax_office(tmp_path, form, header, signature, title):
    """Since March 2025 a province's tax office is "THUẾ TỈNH …" under the Cục Thuế, headed by a "Trưởng Thuế tỉnh": the
    signer's title was null (missing_signer_title)."""
    lines = [*header, *MOTTO, "Số: 120/KH-TCT", "Bắc Ninh, ngày 12 tháng 9 năm 2025", "KẾ HOẠCH",
             "Thu ngân sách nhà nước quý IV năm 2025", *BODY, *CLOSING, *signature]
    doc = _process(tmp_path, lines, form)
    assert (doc.metadata.signer.title, doc.metadata.signer.name) == (title, "Nguyễn Văn Đạt")
    assert "missing_signer_title" not in {w.code for w in doc.warnings}


# --- a district's mass organisation heads its documents with its executive committee

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("header, number, body", [
    (["TỈNH ĐOÀN HÀ GIANG", "BCH ĐOÀN HUYỆN BẮC QUANG", "***"], "Số: 45-KH/HĐTN", "doan-thanh-nien-cong-san-ho-chi-minh"),
    (["HỘI NÔNG DÂN TỈNH HÀ GIANG", "BAN CHẤP HÀNH HỘI NÔNG DÂN HUYỆN BẮC QUANG"], "Số: 12-KH/HNDH", "hoi-nong-dan"),
    (["HỘI LHPN TỈNH HÀ GIANG", "BCH HỘI LHPN HUYỆN BẮC QUANG"], "Số: 08/KH-HPN", "hoi-lien-hiep-phu-nu"),
    (["LĐLĐ TỈNH HÀ GIANG", "BAN CHẤP HÀNH LIÊN ĐOÀN LAO ĐỘNG HUYỆN BẮC QUANG"], "Số: 20/KH-LĐLĐ", "lien-doan-lao-dong"),
])
def test_a_districts_mass_organisation_under_its_committee(tmp_path, form, header, number, body):
    """"BCH ĐOÀN HUYỆN BẮC QUANG", "BAN CHẤP HÀNH HỘI NÔNG DÂN HUYỆN …": a province's and a commune's organisations so
    headed resolved, a district's did not (its rows had no "Ban Chấp hành …" form), and the plan's jurisdiction was
    the province's."""
    lines = [*header, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", number,
             "Bắc Quang, ngày 10 tháng 3 năm 2024", "KẾ HOẠCH", "Tổ chức hoạt động hè năm 2024", *BODY, *CLOSING,
             "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Hoàng Văn Nam"]
    meta = _process(tmp_path, lines, form).metadata
    assert (meta.issuer.agency.agency_id, meta.jurisdiction) == (
        f"ha-giang.huyen-bac-quang/{body}", "ha-giang.huyen-bac-quang")
