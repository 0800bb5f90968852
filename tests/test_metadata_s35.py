"""Metadata (s35): a draft's note is no part of the title or the type heading; an association's central committee
printed as "BAN CHẤP HÀNH TRUNG ƯƠNG" over or under the association; the supreme court's council of judges; a
provincial police's departments. Each fixture written from facts (own words, numbers and bodies)."""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from pipeline.stages.agencies import resolve
from pipeline.stages.parts import doc_type_of_heading

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
DRAFT_HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "Số:      /KH-UBND", *MOTTO, "Nghệ An, ngày     tháng 9 năm 2025"]
BODY = ["I. MỤC TIÊU", "Nâng tổng đàn ong lên 5.000 đàn.", "II. NHIỆM VỤ", "Điều tra đàn ong trong quý I."]
TITLE = "Phát triển nghề nuôi ong năm 2026"


def _meta(tmp_path, lines, form="text"):
    return process(write_in_form(tmp_path, lines, form)).metadata


# --- a draft's note ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("form", ["text", "docx", "html"])
@pytest.mark.parametrize("lines, title", [
    (["KẾ HOẠCH", f"{TITLE} (Dự thảo lần 3)"], TITLE),  # after the title, in brackets
    (["KẾ HOẠCH", f"{TITLE} - Dự thảo lần 2"], TITLE),  # after a dash
    (["KẾ HOẠCH", "PHÁT TRIỂN NGHỀ NUÔI ONG NĂM 2026 (DỰ THẢO LẦN 2)"], "PHÁT TRIỂN NGHỀ NUÔI ONG NĂM 2026"),
    (["KẾ HOẠCH", "Phát triển nghề nuôi ong", "năm 2026 (dự thảo)"], TITLE),  # on the title's wrapped line
    (["KẾ HOẠCH", TITLE, "Dự thảo lần 2"], TITLE),  # under the title, no brackets
    (["KẾ HOẠCH", TITLE, "(Bản dự thảo lần 2)"], TITLE),
    (["KẾ HOẠCH", TITLE, "DỰ THẢO 15/11"], TITLE),  # with its date
    (["KẾ HOẠCH", "DỰ THẢO 15/11", TITLE], TITLE),  # between the heading and the title
    (["KẾ HOẠCH", "(Dự thảo ngày 15/11/2025)", TITLE], TITLE),
    (["KẾ HOẠCH (DỰ THẢO)", TITLE], TITLE),  # after the type heading
    (["DỰ THẢO 15/11", "KẾ HOẠCH", TITLE], TITLE),  # over the heading (read before)
])
def test_a_drafts_note_is_no_part_of_the_title(tmp_path, form, lines, title):
    meta = _meta(tmp_path, [*DRAFT_HEADER, *lines, *BODY], form)
    assert (meta.doc_type, meta.title) == ("Kế hoạch", title)
    assert meta.issuer.agency.canonical_name == "Ủy ban nhân dân tỉnh Nghệ An"


@pytest.mark.parametrize("title", [
    "Góp ý dự thảo Luật Đất đai (sửa đổi)",  # a draft the title is about, not a note
    "Lấy ý kiến Nhân dân về dự thảo Nghị quyết",
    "Tổ chức hội nghị - Dự thảo văn kiện Đại hội",
])
def test_a_title_about_a_draft_keeps_its_words(tmp_path, title):
    meta = _meta(tmp_path, [*DRAFT_HEADER, "KẾ HOẠCH", title, *BODY])
    assert meta.title == title


@pytest.mark.parametrize("heading, doc_type", [
    ("KẾ HOẠCH (DỰ THẢO)", "Kế hoạch"), ("QUYẾT ĐỊNH (Dự thảo lần 2)", "Quyết định"), ("BÁO CÁO - DỰ THẢO", "Báo cáo"),
])
def test_a_type_heading_with_a_drafts_note_names_its_type(heading, doc_type):
    assert doc_type_of_heading(heading) == doc_type


# --- central committees printed as "BAN CHẤP HÀNH TRUNG ƯƠNG" ---------------------------------------------------

def _central(tmp_path, header, form="text"):
    lines = [*header, "Số: 15-KH/TW", *MOTTO, "Hà Nội, ngày 9 tháng 9 năm 2025", "KẾ HOẠCH", TITLE, *BODY]
    return _meta(tmp_path, lines, form).issuer


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("header, canonical", [
    (["HỘI NÔNG DÂN VIỆT NAM", "BAN CHẤP HÀNH TRUNG ƯƠNG"], "Trung ương Hội Nông dân Việt Nam"),  # the board under it
    (["BAN CHẤP HÀNH TRUNG ƯƠNG", "HỘI NÔNG DÂN VIỆT NAM"], "Trung ương Hội Nông dân Việt Nam"),  # over it (read before)
    (["HỘI CỰU CHIẾN BINH VIỆT NAM", "BAN CHẤP HÀNH TRUNG ƯƠNG"], "Trung ương Hội Cựu chiến binh Việt Nam"),
    (["HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM", "BAN CHẤP HÀNH TRUNG ƯƠNG"], "Trung ương Hội Liên hiệp Phụ nữ Việt Nam"),
])
def test_an_associations_central_committee_is_one_issuer(tmp_path, form, header, canonical):
    issuer = _central(tmp_path, header, form)
    assert issuer.parent is None  # no unit under the association
    assert issuer.agency.canonical_name == canonical


def test_the_partys_central_committee_and_its_secretariat_are_as_before(tmp_path):
    """"BAN CHẤP HÀNH TRUNG ƯƠNG" / "BAN BÍ THƯ": a board over a board stays two lines, not one name."""
    issuer = _central(tmp_path, ["BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN BÍ THƯ"])
    assert (issuer.name, issuer.parent) == ("BAN BÍ THƯ", "BAN CHẤP HÀNH TRUNG ƯƠNG")


@pytest.mark.parametrize("header", [["TÒA ÁN NHÂN DÂN TỐI CAO", "HỘI ĐỒNG THẨM PHÁN"], ["HỘI ĐỒNG THẨM PHÁN", "TÒA ÁN NHÂN DÂN TỐI CAO"]])
def test_the_supreme_courts_council_of_judges_is_in_the_registry(tmp_path, header):
    lines = [*header, "Số: 02/2025/NQ-HĐTP", *MOTTO, "Hà Nội, ngày 9 tháng 9 năm 2025", "NGHỊ QUYẾT",
             "Hướng dẫn áp dụng một số quy định về án phí", "Điều 1. Phạm vi điều chỉnh", "Nghị quyết này hướng dẫn."]
    agency = _meta(tmp_path, lines).issuer.agency
    assert agency.canonical_name == "Hội đồng Thẩm phán Tòa án nhân dân tối cao"


# --- a provincial police and its departments ---------------------------------------------------------------------

@pytest.mark.parametrize("header, place, canonical", [
    (["CÔNG AN TỈNH NGHỆ AN", "PHÒNG CẢNH SÁT GIAO THÔNG"], "Nghệ An", "Phòng Cảnh sát giao thông Công an tỉnh Nghệ An"),
    (["CÔNG AN THÀNH PHỐ HÀ NỘI", "PHÒNG CẢNH SÁT PHÒNG CHÁY, CHỮA CHÁY VÀ CỨU NẠN, CỨU HỘ"], "Hà Nội",
     "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an thành phố Hà Nội"),
    (["CÔNG AN TỈNH LÂM ĐỒNG", "PHÒNG CẢNH SÁT ĐIỀU TRA TỘI PHẠM VỀ MA TÚY"], "Lâm Đồng",
     "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Lâm Đồng"),
    (["CÔNG AN TỈNH GIA LAI", "PHÒNG QUẢN LÝ XUẤT NHẬP CẢNH"], "Gia Lai", "Phòng Quản lý xuất nhập cảnh Công an tỉnh Gia Lai"),
])
def test_a_provincial_polices_department_is_its_own_body(tmp_path, header, place, canonical):
    lines = [*header, "Số: 120/KH-PC", *MOTTO, f"{place}, ngày 9 tháng 9 năm 2025", "KẾ HOẠCH",
             "Bảo đảm trật tự an toàn năm 2026", *BODY]
    issuer = _meta(tmp_path, lines).issuer
    assert issuer.parent == header[0]
    assert issuer.agency.canonical_name == canonical


@pytest.mark.parametrize("name, place, canonical", [
    ("Phòng Cảnh sát giao thông Công an tỉnh", "nghe-an", "Phòng Cảnh sát giao thông Công an tỉnh Nghệ An"),
    ("Phòng Cảnh sát kinh tế Công an tỉnh Nghệ An", "nghe-an", "Phòng Cảnh sát kinh tế Công an tỉnh Nghệ An"),
    ("Phòng Cảnh sát hình sự, Công an thành phố", "ha-noi", "Phòng Cảnh sát hình sự Công an thành phố Hà Nội"),
])
def test_a_police_department_named_in_a_plan_resolves_in_its_province(name, place, canonical):
    assert resolve(name, place).canonical_name == canonical


def test_a_police_department_of_another_province_is_not_this_ones():
    assert resolve("Phòng Cảnh sát giao thông Công an tỉnh Gia Lai", "nghe-an").canonical_name != \
        "Phòng Cảnh sát giao thông Công an tỉnh Nghệ An"
