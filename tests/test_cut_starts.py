"""Header lines a legal site printed without their first letter ("Y BAN NHÂN DÂN" / "TỈNH KON TUM": a Kon Tum plan's
page in the pages corpus; the same sites cut "Căn cứ Luật Tổ chức …" to "ức …"). The document seemed to start at the
motto: the issuer's lines were the site's, and the plan had no issuer. A line in capitals that is a header's name less
its first letter (boilerplate.json cut_starts) is read with it, with the warning first_letter_restored."""

from __future__ import annotations

import pytest
from conftest import write_in_form

from pipeline.run import process

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
BODY = ["Số: 2516/KH-UBND", "Kon Tum, ngày 3 tháng 10 năm 2026", "KẾ HOẠCH", "Triển khai thực hiện tiêu chuẩn xã phù hợp với trẻ em",
        "I. MỤC ĐÍCH, YÊU CẦU", "1. Tạo môi trường sống an toàn, thân thiện với trẻ em.", "Nơi nhận:", "- Bộ Y tế;",
        "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Hùng"]
SITE = ["Trang chủ | Văn bản | Liên hệ", "Kế hoạch 2516/KH-UBND năm 2026 triển khai tiêu chuẩn xã phù hợp với trẻ em"]


@pytest.mark.parametrize("header, issuer, agency", [
    (["Y BAN NHÂN DÂN", "TỈNH KON TUM"], "ỦY BAN NHÂN DÂN TỈNH KON TUM", "kon-tum/uy-ban-nhan-dan"),
    (["Y BAN NHÂN DÂN TỈNH KON TUM"], "ỦY BAN NHÂN DÂN TỈNH KON TUM", "kon-tum/uy-ban-nhan-dan"),
    (["ỘI ĐỒNG NHÂN DÂN", "TỈNH KON TUM"], "HỘI ĐỒNG NHÂN DÂN TỈNH KON TUM", "kon-tum/hoi-dong-nhan-dan"),
])
@pytest.mark.parametrize("form", ["text", "html"])
def test_an_issuer_without_its_first_letter(tmp_path, header, issuer, agency, form):
    doc = process(write_in_form(tmp_path, SITE + header + MOTTO + BODY, form))
    assert doc.metadata.issuer.name == issuer
    assert doc.metadata.issuer.agency.agency_id == agency
    assert "first_letter_restored" in {w.code for w in doc.warnings}


def test_a_motto_without_its_first_letter(tmp_path):
    doc = process(write_in_form(tmp_path, SITE + ["ỦY BAN NHÂN DÂN", "TỈNH KON TUM", "ỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                                  "Độc lập - Tự do - Hạnh phúc"] + BODY, "text"))
    assert doc.metadata.issuer.name == "ỦY BAN NHÂN DÂN TỈNH KON TUM"
    assert doc.metadata.number == "2516/KH-UBND"


@pytest.mark.parametrize("line", ["Y TẾ CƠ SỞ", "AN TOÀN THỰC PHẨM", "Y BAN", "ỘI NGHỊ", "Y ban nhân dân tỉnh"])
def test_lines_that_are_no_cut_name(tmp_path, line):
    doc = process(write_in_form(tmp_path, ["ỦY BAN NHÂN DÂN", "TỈNH KON TUM", *MOTTO, *BODY[:5], line, *BODY[5:]], "text"))
    assert "first_letter_restored" not in {w.code for w in doc.warnings}
    assert line in [b.text for b in doc.blocks]
