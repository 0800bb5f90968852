"""s30 metadata: the leftovers of the s29 blind round (tests/test_pages_s29_blind.py) as classes.

- an OCR'd number label ("Sé: #52 /KCB-NV", "Sô:", "S6:"): the line was no number's line, so the date a layout ran on
  after it on the same line was lost with it;
"""

from __future__ import annotations

import pytest

from page_fields import processed

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
FORMS = ["text", "html", "docx", "pdf"]


# --- "Số:" misread by OCR, kept so in the scan's text and in a site's copy of it

def _letter(number_lines: list[str]) -> list[str]:
    return ["BỘ Y TẾ", "CỤC QUẢN LÝ KHÁM, CHỮA BỆNH", *MOTTO, *number_lines, "V/v báo cáo thực hiện Đề án bệnh viện vệ tinh",
            "Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương.",
            "Thực hiện chỉ đạo của Bộ trưởng Bộ Y tế, Cục đề nghị các Sở Y tế thực hiện tốt một số việc sau:",
            "1. Đôn đốc các bệnh viện báo cáo kết quả thực hiện."]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("label", ["Sé:", "Sô:", "S6:", "Sỏ.", "Sê :"])
@pytest.mark.parametrize("printed, number", [("452/KCB-NV", "452/KCB-NV"), ("#52 /KCB-NV", None)])
@pytest.mark.parametrize("one_line", [True, False])
def test_a_misread_number_label_still_heads_the_number_and_the_date(tmp_path, form, label, printed, number, one_line):
    """A scan's OCR read the label "Số:" as "Sé:" (a site's copy keeps it): the line was no number's line, and the
    place and date a layout ran on after the number ("Sé: #52 /KCB-NV Hà Nội, ngày …") were lost with it. The label is
    read as "Số:" where a number and its symbol follow; a number misread as well ("#52") is still none, warned."""
    date_line = "Hà Nội, ngày 14 tháng 8 năm 2016"
    lines = [f"{label} {printed} {date_line}"] if one_line else [f"{label} {printed}", date_line]
    doc = processed(tmp_path, _letter(lines), form)
    meta = doc.metadata
    assert (meta.number, meta.issued_date, meta.place) == (number, "2016-08-14", "Hà Nội")
    assert ("number_unreadable" in {w.code for w in doc.warnings}) == (number is None)


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("line", ["Sê: Phòng Kế hoạch - Tài chính", "Sô 452 KCB"])
def test_a_misread_label_without_a_symbol_gives_no_number(tmp_path, form, line):
    """The other side: the misread label is taken only before a number and its symbol."""
    doc = processed(tmp_path, _letter([line, "Hà Nội, ngày 14 tháng 8 năm 2016"]), form)
    assert doc.metadata.number is None and "missing_number" in {w.code for w in doc.warnings}
