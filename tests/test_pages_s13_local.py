"""Local bodies' documents as legal sites print them (provinces, districts, communes: UBND, HĐND and its standing
committee, the Fatherland Front), classes found on ~35 stored openings of such pages (tuning set, s13).

What the forms are (our own notes from those pages; every fixture below is written for the test, names, places and
numbers made up):
- the standing committee of a people's council heads its documents "THƯỜNG TRỰC" over "HĐND TỈNH …" (or on one line),
  and with the people's committee of the same place, "THƯỜNG TRỰC" / "HĐND - UBND TỈNH …", a symbol such as
  "QC-TT.HĐND-UBND" (a joint working regulation);
- a joint header of two bodies of one place whose names share the place line: "ỦY BAN NHÂN DÂN" / "ỦY BAN MTTQ VIỆT
  NAM" / "TỈNH …", numbered "01/QCPH/UBND-UBMTTQ" (type, then a code for each body after the slash);
- a site's table cell wraps the place before the date ("TP Hồ Chí" / "Minh, ngày 17 tháng 7 năm 2003").
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
NOTICE = ["THÔNG BÁO", "KẾT LUẬN CỦA THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH TẠI PHIÊN HỌP THÁNG 4 NĂM 2024",
          "Ngày 10 tháng 4 năm 2024, Thường trực Hội đồng nhân dân tỉnh họp phiên thường kỳ.",
          "1. Giao Văn phòng tổng hợp ý kiến, báo cáo trước ngày 30/4/2024."]


def _document(tmp_path, header: list[str], number: str, date_line: str, form: str, tail: list[str] = NOTICE):
    lines = [*header, "-------", *MOTTO, f"Số: {number}", date_line, *tail]
    return process(write_in_form(tmp_path, lines, form)).metadata


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("header, issuer", [
    (["THƯỜNG TRỰC", "HĐND TỈNH PHÚ YÊN"], "THƯỜNG TRỰC HĐND TỈNH PHÚ YÊN"),
    (["THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", "HUYỆN TAM NÔNG"], "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN HUYỆN TAM NÔNG"),
    (["THƯỜNG TRỰC HĐND XÃ AN PHÚ"], "THƯỜNG TRỰC HĐND XÃ AN PHÚ"),
])
def test_standing_committee_header_starts_the_document(tmp_path, form, header, issuer):
    """The first line "THƯỜNG TRỰC" was taken for the site's furniture above the document: no issuer at all."""
    meta = _document(tmp_path, header, "45/TB-HĐND", "Tuy Hòa, ngày 12 tháng 4 năm 2024", form)
    assert meta.issuer.name == issuer
    assert meta.number == "45/TB-HĐND"
    assert meta.doc_type == "Thông báo"

