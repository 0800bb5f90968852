"""Review fixes of s38-party2 (fixstar; every fixture written for the test, names and numbers made up).

1. The star ornament of a Party's or the Youth Union's header printed BEFORE the body's line ("* TỈNH ỦY GIA LAI",
   "*TỈNH ĐOÀN GIA LAI") starts the document: the line had been set aside as the site's furniture, the header began at
   the motto, and the motto ("ĐOÀN TNCS HỒ CHÍ MINH") became the issuer, resolved to the central Youth Union. Glued after
   it ("TỈNH ỦY GIA LAI*") it is no part of the name either.
2. A central body of the Party or the Youth Union is never resolved for a document whose number's code names a committee
   below the centre ("150-KH/TU", "150-KH/TĐTN"): the two disagree, the issuer stays unresolved with the reason.
"""

from __future__ import annotations

import pytest

from page_fields import processed, wrong_fields
from test_central_s37 import BODY, PARTY, YOUTH

PLAN = ["KẾ HOẠCH", "Tổng kết công tác năm 2026"]
GIA_LAI = "Gia Lai, ngày 14 tháng 9 năm 2026"
HANOI = "Hà Nội, ngày 14 tháng 9 năm 2026"
STANDING = ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Rơ Mah Thuận"]
YOUTH_STANDING = ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ", "Cầm Văn Hoan"]
PARTY_COMMITTEE = ["T/M BAN CHẤP HÀNH TRUNG ƯƠNG", "TỔNG BÍ THƯ", "Hoàng Văn Định"]
YOUTH_COMMITTEE = ["TM. BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN", "BÍ THƯ THỨ NHẤT", "Đinh Thị Lụa"]


def page(header: list[str], motto: list[str], number: str, signature: list[str], dated: str = GIA_LAI) -> list[str]:
    return [*header, *motto, f"Số: {number}", dated, *PLAN, *BODY, *signature]


def agency_of(doc) -> str | None:
    return doc.metadata.issuer.agency.agency_id if doc.metadata.issuer.agency else None


# 1. the star ornament before, after, glued or alone ------------------------------------------------------------------

STARS = {
    "star_before_a_province_s_party_committee": (
        page(["* TỈNH ỦY GIA LAI"], PARTY, "150-KH/TU", STANDING), "TỈNH ỦY GIA LAI", "gia-lai/tinh-uy"),
    "star_before_a_province_s_youth_union": (
        page(["* TỈNH ĐOÀN GIA LAI"], YOUTH, "150-KH/TĐTN", YOUTH_STANDING), "TỈNH ĐOÀN GIA LAI", "gia-lai/tinh-doan"),
    "three_stars_before_a_city_s_party_committee": (
        page(["*** THÀNH ỦY CẦN THƠ"], PARTY, "151-CT/TU", STANDING, "Cần Thơ, ngày 14 tháng 9 năm 2026"),
        "THÀNH ỦY CẦN THƠ", "can-tho/tinh-uy"),
    "stars_on_both_sides": (
        page(["* TỈNH ỦY GIA LAI *"], PARTY, "152-KH/TU", STANDING), "TỈNH ỦY GIA LAI", "gia-lai/tinh-uy"),
    "star_glued_after": (
        page(["TỈNH ỦY GIA LAI*"], PARTY, "153-KH/TU", STANDING), "TỈNH ỦY GIA LAI", "gia-lai/tinh-uy"),
    "star_glued_before": (
        page(["*TỈNH ĐOÀN GIA LAI"], YOUTH, "154-KH/TĐTN", YOUTH_STANDING), "TỈNH ĐOÀN GIA LAI", "gia-lai/tinh-doan"),
    "star_before_a_commune_s_committee_under_its_province": (
        page(["ĐẢNG BỘ TỈNH GIA LAI", "* ĐẢNG ỦY XÃ IA BANG"], PARTY, "15-KH/ĐU", STANDING), "ĐẢNG ỦY XÃ IA BANG",
        "gia-lai.xa-ia-bang/dang-uy"),
    "star_before_the_party_s_central_committee": (
        page(["* BAN CHẤP HÀNH TRUNG ƯƠNG"], PARTY, "97-KH/TW", PARTY_COMMITTEE, HANOI), "BAN CHẤP HÀNH TRUNG ƯƠNG",
        "viet-nam/ban-chap-hanh-trung-uong-dang"),
    "star_before_the_youth_union_s_central_committee": (
        # the union's name joins the board printed over its motto without a star line, as it does here
        page(["* BAN CHẤP HÀNH TRUNG ƯƠNG"], YOUTH, "90-KH/TWĐTN-VP", YOUTH_COMMITTEE, HANOI),
        "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH",
        "viet-nam/ban-chap-hanh-trung-uong-doan-thanh-nien-cong-san-ho-chi-minh"),
    # kept: the star on a line of its own, under the body or alone over it
    "star_alone_under_the_body": (
        page(["TỈNH ĐOÀN GIA LAI", "*"], YOUTH, "155-KH/TĐTN", YOUTH_STANDING), "TỈNH ĐOÀN GIA LAI", "gia-lai/tinh-doan"),
    "stars_alone_over_the_body": (
        page(["* * *", "TỈNH ỦY GIA LAI"], PARTY, "156-KH/TU", STANDING), "TỈNH ỦY GIA LAI", "gia-lai/tinh-uy"),
}


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("name", STARS)
def test_a_star_before_or_glued_to_the_body_leaves_the_body_the_issuer(tmp_path, name, form):
    """Before the fix a star before the body gave the motto as the issuer (the central Youth Union) or none."""
    lines, issuer, agency = STARS[name]
    doc = processed(tmp_path, lines, form)
    assert wrong_fields(doc.metadata, dict(issuer=issuer, agency=agency)) == {}


# 2. a central body under a code below the centre ---------------------------------------------------------------------

LOWER = {
    "the_youth_union_s_motto_alone_under_a_province_s_code": page([], YOUTH, "150-KH/TĐTN", YOUTH_STANDING),
    "the_party_s_central_committee_under_a_province_s_code": page(["BAN CHẤP HÀNH TRUNG ƯƠNG", "*"], PARTY, "150-KH/TU", STANDING),
    "the_party_s_central_committee_under_a_district_s_code": page(["BAN CHẤP HÀNH TRUNG ƯƠNG", "*"], PARTY, "12-KH/HU", STANDING),
    "the_youth_union_s_central_committee_under_a_province_s_code": page(["BAN CHẤP HÀNH TRUNG ƯƠNG", "***"], YOUTH,
                                                                        "150-KH/TĐTN", YOUTH_STANDING),
}


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("name", LOWER)
def test_a_central_body_is_never_resolved_under_a_code_below_the_centre(tmp_path, name, form):
    doc = processed(tmp_path, LOWER[name], form)
    assert agency_of(doc) is None
    assert any(w.code == "unresolved_agency" and "below the centre" in w.message for w in doc.warnings)


# kept: the central codes resolve the central bodies
CENTRAL = {
    "the_party_s": (page(["BAN CHẤP HÀNH TRUNG ƯƠNG", "*"], PARTY, "19-KH/TW", PARTY_COMMITTEE, HANOI),
                    "viet-nam/ban-chap-hanh-trung-uong-dang"),
    "the_party_s_spelt_t_u": (page(["BAN CHẤP HÀNH TRUNG ƯƠNG", "*"], PARTY, "20-KH/TƯ", PARTY_COMMITTEE, HANOI),
                              "viet-nam/ban-chap-hanh-trung-uong-dang"),
    "the_youth_union_s": (page(["BAN CHẤP HÀNH TRUNG ƯƠNG", "***"], YOUTH, "88-KH/TWĐTN-VP", YOUTH_COMMITTEE, HANOI),
                          "viet-nam/ban-chap-hanh-trung-uong-doan-thanh-nien-cong-san-ho-chi-minh"),
}


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("name", CENTRAL)
def test_a_central_code_keeps_its_central_body(tmp_path, name, form):
    lines, agency = CENTRAL[name]
    assert agency_of(processed(tmp_path, lines, form)) == agency
