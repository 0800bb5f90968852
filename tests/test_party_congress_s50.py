"""A Party organisation's line over the body under it stays the parent, the body printed: a congress's line
("ĐẠI HỘI ĐẠI BIỂU LẦN THỨ …") under "ĐẢNG BỘ …" is the issuer with it. s49-meta read the two lines run together as the
organisation's name wrapped over two lines (its rule for "ĐẢNG BỘ QUÂN CHỦNG" / "PHÒNG KHÔNG - KHÔNG QUÂN") and gave no
issuer. A name wraps where a body's kind runs across the break; a congress's line starts a body of its own."""

from __future__ import annotations

import pytest

from tests.page_fields import processed


def _plan(organisation: str, under: list[str], number: str) -> list[str]:
    return [organisation + "                ĐẢNG CỘNG SẢN VIỆT NAM", *under, "*", number,
            "Phú Thọ, ngày 05 tháng 9 năm 2025", "KẾ HOẠCH", "tổ chức Đại hội đại biểu Đảng bộ", "-----",
            "I. MỤC ĐÍCH, YÊU CẦU"]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("organisation, congress", [
    ("ĐẢNG BỘ TỈNH PHÚ THỌ", "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XX"),
    ("ĐẢNG BỘ XÃ HẠ HÒA", "ĐẠI HỘI LẦN THỨ I"),
    ("ĐẢNG BỘ PHƯỜNG NÔNG TRANG", "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ II, NHIỆM KỲ 2025 - 2030"),
])
def test_a_congress_under_its_party_organisation_is_the_issuer_with_it(tmp_path, form, organisation, congress):
    meta = processed(tmp_path, _plan(organisation, [congress], "Số 03-KH/ĐH"), form).metadata
    assert meta.issuer.name == f"{organisation} {congress}"


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("organisation", [["ĐẢNG BỘ QUÂN CHỦNG", "PHÒNG KHÔNG - KHÔNG QUÂN"], ["ĐẢNG BỘ TỈNH PHÚ THỌ"]])
def test_an_organisation_alone_still_issues_nothing(tmp_path, form, organisation):
    # wrapped inside its kind ("QUÂN CHỦNG" / "PHÒNG KHÔNG …") or on one line: the issuer's own line is lost
    lines = _plan(organisation[0], organisation[1:], "Số 27-KH/ĐU")
    doc = processed(tmp_path, lines, form)
    assert doc.metadata.issuer.name is None and "issuer_unit_lost" in {w.code for w in doc.warnings}
