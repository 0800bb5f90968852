"""Whose central committee a header means (s37-party; every fixture is written for the test, names and numbers made up).

The Party's and the Youth Union's central documents print the same board lines ("BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN BÍ
THƯ" under it); what tells them apart is the motto printed in the state motto's place ("ĐẢNG CỘNG SẢN VIỆT NAM",
"ĐOÀN TNCS HỒ CHÍ MINH") and the number's code ("52-CT/TW", "61-KH/TWĐTN-VP"). s36-central read the motto alone and
resolved a Youth Union plan numbered "KH/TWĐTN" under a Party motto to the Party's Central Committee. Now the motto and
the code must not name two organisations (the state's motto, or another central body's code, "KH/TWHND", names neither
the Party nor the Youth Union); either alone decides; when they disagree or neither speaks, the issuer stays as printed,
unresolved, with the warning issuer_organisation_undecided. A mass organisation's province branch keeps its own body
beside the rule for its central committee.
"""

from __future__ import annotations

import pytest

from page_fields import processed, wrong_fields

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
PARTY = ["ĐẢNG CỘNG SẢN VIỆT NAM", "---------------"]
YOUTH = ["ĐOÀN TNCS HỒ CHÍ MINH"]
BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao chất lượng công tác.", "II. NHIỆM VỤ", "1. Tổ chức thực hiện đúng tiến độ.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VP."]
PLAN = ["KẾ HOẠCH", "Sơ kết công tác sáu tháng năm 2026"]
DIRECTIVE = ["CHỈ THỊ", "về tăng cường công tác bảo vệ môi trường"]
SECRETARIAT = ["BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN BÍ THƯ", "*"]  # the Party's, its star under the board
YOUTH_SECRETARIAT = ["BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN BÍ THƯ", "***"]  # the Youth Union's, three


def page(header: list[str], motto: list[str], number: str | None, heading: list[str], signature: list[str]) -> list[str]:
    numbered = [f"Số: {number}"] if number else []
    return [*header, *motto, *numbered, "Hà Nội, ngày 21 tháng 5 năm 2026", *heading, *BODY, *signature]


PARTY_SIGNATURE = ["T/M BAN BÍ THƯ", "THƯỜNG TRỰC BAN BÍ THƯ", "Trịnh Văn Khải"]
YOUTH_SIGNATURE = ["TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN", "BÍ THƯ THỨ NHẤT", "Đặng Minh Tâm"]

# the motto and the number's code name two organisations, or neither names one: the board stays unresolved
UNDECIDED = {
    "youth_union_s_motto_and_a_party_code": page(YOUTH_SECRETARIAT, YOUTH, "45-KH/TW", PLAN, YOUTH_SIGNATURE),
    "party_s_motto_and_a_youth_union_code": page(SECRETARIAT, PARTY, "73-KH/TWĐTN-VP", PLAN, YOUTH_SIGNATURE),
    "party_s_motto_and_a_youth_union_code_with_spaces": page(SECRETARIAT, PARTY, "73 - KH/TWĐTN-CTTN", PLAN, YOUTH_SIGNATURE),
    "no_motto_and_no_number": page(SECRETARIAT, [], None, DIRECTIVE, PARTY_SIGNATURE),
    "the_state_s_motto_and_a_youth_union_code": page(SECRETARIAT, MOTTO, "73-KH/TWĐTN-VP", PLAN, YOUTH_SIGNATURE),
    # the signature's TM. line names the other organisation
    "party_s_motto_no_number_signed_for_the_youth_union": page(SECRETARIAT, PARTY, None, PLAN, YOUTH_SIGNATURE),
    "youth_union_s_code_signed_for_the_party": page(YOUTH_SECRETARIAT, [], "74-KH/TWĐTN-VP", PLAN,
                                                    ["T/M BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG", "Trịnh Văn Khải"]),
    # the central committee printed alone: the motto had resolved it whatever the code said
    "the_committee_alone_party_s_motto_youth_union_code": page(["BAN CHẤP HÀNH TRUNG ƯƠNG", "*"], PARTY, "73-KH/TWĐTN-VP",
                                                                PLAN, ["TM. BAN CHẤP HÀNH", "BÍ THƯ THỨ NHẤT", "Đặng Minh Tâm"]),
    "the_committee_alone_youth_union_s_motto_party_code": page(["BAN CHẤP HÀNH TRUNG ƯƠNG", "***"], YOUTH, "18-NQ/TW",
                                                                ["NGHỊ QUYẾT", "về công tác cán bộ"],
                                                                ["T/M BAN CHẤP HÀNH TRUNG ƯƠNG", "TỔNG BÍ THƯ", "Trịnh Văn Khải"]),
    "the_committee_alone_party_s_motto_farmers_code": page(["BAN CHẤP HÀNH TRUNG ƯƠNG", "*"], PARTY, "30-KH/HNDTW", PLAN,
                                                            ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Đặng Minh Tâm"]),
}


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("name", UNDECIDED)
def test_a_central_board_whose_organisation_the_evidence_does_not_tell(tmp_path, name, form):
    """These gave no warning (the Secretariat) or a confident Party's Central Committee (the committee alone, by the
    motto whatever the code said): now unresolved, with issuer_organisation_undecided."""
    doc = processed(tmp_path, UNDECIDED[name], form)
    issuer = doc.metadata.issuer
    printed_parent = None if issuer.name == "BAN CHẤP HÀNH TRUNG ƯƠNG" else "BAN CHẤP HÀNH TRUNG ƯƠNG"  # as printed
    assert (issuer.agency.agency_id if issuer.agency else None, issuer.parent) == (None, printed_parent)
    assert "issuer_organisation_undecided" in {w.code for w in doc.warnings}


# the motto or the code, and none against it (the signature's TM. line may name none): the board is that organisation's
DECIDED = {
    "party_s_code_with_no_motto": (
        page(SECRETARIAT, [], "52-CT/TW", DIRECTIVE, PARTY_SIGNATURE),
        dict(issuer="BAN BÍ THƯ", agency="viet-nam/ban-bi-thu-trung-uong-dang", position="Thường trực Ban Bí thư")),
    "party_s_motto_with_no_number": (
        page(SECRETARIAT, PARTY, None, DIRECTIVE, ["T/M BAN BÍ THƯ", "Trịnh Văn Khải"]),
        dict(issuer="BAN BÍ THƯ", agency="viet-nam/ban-bi-thu-trung-uong-dang", position=None, signer="Trịnh Văn Khải")),
    "youth_union_s_code_with_no_motto": (
        page(YOUTH_SECRETARIAT, [], "73-KH/TWĐTN-VP", PLAN, YOUTH_SIGNATURE),
        dict(issuer="BAN BÍ THƯ", agency="viet-nam/ban-bi-thu-trung-uong-doan", position="Bí thư thứ nhất")),
    "youth_union_s_motto_and_code_with_a_unit": (
        page(YOUTH_SECRETARIAT, YOUTH, "183-KH/TWĐTN-TNNT", PLAN, YOUTH_SIGNATURE),
        dict(agency="viet-nam/ban-bi-thu-trung-uong-doan", position="Bí thư thứ nhất", signer="Đặng Minh Tâm")),
    "party_s_motto_and_code_signed_for_the_secretariat": (
        page(SECRETARIAT, PARTY, "52-CT/TW", DIRECTIVE, PARTY_SIGNATURE),
        dict(agency="viet-nam/ban-bi-thu-trung-uong-dang", position="Thường trực Ban Bí thư", authority=["TM."])),
}

# a mass organisation's central committee by its board before the national name or "TRUNG ƯƠNG" after it; its province's
# and district's branches keep their own bodies
ASSOCIATIONS = {
    "farmers_standing_board_national": (
        page(["BAN THƯỜNG VỤ", "HỘI NÔNG DÂN VIỆT NAM", "*"], MOTTO, "120-KH/HNDTW", PLAN, ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Lò Văn Pha"]),
        dict(agency="viet-nam/trung-uong-hoi-nong-dan-viet-nam", position="Chủ tịch")),
    "farmers_presidium_signing_with_no_position": (
        page(["ĐOÀN CHỦ TỊCH", "HỘI NÔNG DÂN VIỆT NAM", "*"], MOTTO, "121-KH/HNDTW", PLAN, ["TM. ĐOÀN CHỦ TỊCH", "Lò Văn Pha"]),
        dict(agency="viet-nam/trung-uong-hoi-nong-dan-viet-nam", position=None, signer="Lò Văn Pha")),
    "veterans_centre_after": (
        page(["HỘI CỰU CHIẾN BINH VIỆT NAM", "TRUNG ƯƠNG", "*"], MOTTO, "36-KH/CCB", PLAN, ["TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "Vi Văn Sâm"]),
        dict(agency="viet-nam/trung-uong-hoi-cuu-chien-binh-viet-nam", position="Phó Chủ tịch")),
    "women_s_standing_board_national": (
        page(["BAN THƯỜNG VỤ", "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM"], MOTTO, "89/KH-ĐCT", PLAN, ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Mai Thị Hoa"]),
        dict(agency="viet-nam/trung-uong-hoi-lien-hiep-phu-nu-viet-nam", position="Chủ tịch")),
    # kept (passed before): the branches
    "veterans_province_standing_board": (
        page(["BAN THƯỜNG VỤ", "HỘI CỰU CHIẾN BINH TỈNH GIA LAI", "*"], MOTTO, "20-KH/CCB", PLAN, ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Vi Văn Sâm"]),
        dict(agency="gia-lai/hoi-cuu-chien-binh")),
    "women_s_province_union_over_its_board": (
        page(["HỘI LIÊN HIỆP PHỤ NỮ", "TỈNH GIA LAI", "BAN THƯỜNG VỤ"], MOTTO, "21/KH-HPN", PLAN, ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Mai Thị Hoa"]),
        dict(agency="gia-lai/hoi-lien-hiep-phu-nu")),
    "national_name_over_the_province_s_committee": (
        page(["HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN TỈNH NGHỆ AN", "*"], MOTTO, "22-KH/HNDT", PLAN, ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Lò Văn Pha"]),
        dict(agency="nghe-an/hoi-nong-dan")),
    "district_farmers_standing_board": (
        page(["HỘI NÔNG DÂN HUYỆN CHƯ SÊ", "BAN THƯỜNG VỤ", "*"], MOTTO, "23-KH/HND", PLAN, ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Lò Văn Pha"]),
        dict(agency="gia-lai.huyen-chu-se/hoi-nong-dan")),
}


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("name", [*DECIDED, *ASSOCIATIONS])
def test_a_central_board_the_evidence_tells(tmp_path, name, form):
    """The Secretariat with the code alone, and a mass organisation's central committee by its board, were unresolved;
    "THƯỜNG TRỰC BAN BÍ THƯ", "BÍ THƯ THỨ NHẤT" gave "Bí thư" (positions.csv had neither)."""
    lines, expected = {**DECIDED, **ASSOCIATIONS}[name]
    doc = processed(tmp_path, lines, form)
    assert wrong_fields(doc.metadata, expected) == {}
    assert "issuer_organisation_undecided" not in {w.code for w in doc.warnings}
