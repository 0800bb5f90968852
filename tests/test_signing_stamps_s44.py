"""A digital signature's stamp printed on the page is no legal site's attribute panel, and its time of signing no
date of issue (s44-seal). A portal that republishes a document stamps its own signature on the copy ("Người ký: CỔNG
THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ" / "Email: …" / "Cơ quan: VĂN PHÒNG CHÍNH PHỦ" / "Thời gian ký: 04.05.2026 09:44:21
+07:00", realdocs2 102, issued on 30/4): read as a panel, the stamp's body became the site's signer, its day the
site's date of issue, and on a page whose header was not read (a scan, a stamp over it) the document's metadata.
A site's own panel ("Người ký: …", "Ngày ký: 10/03/2026", no clock time) is still read as one.

The stamps and documents are written here: three stamp layouts (a portal's with an e-mail, a signing program's with
"Ngày ký:", a "Ký bởi:" one), in capitals or not, over a công văn with its number and day left blank (handwritten on the
scan), a decision dated in full, and a page whose header OCR lost."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont

from parsers.ocr import tesseract_problem
from pipeline.run import process
from pipeline.stages.clean import signing_time_line

STAMPS = {
    "portal": ["Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", "Email: thongtinchinhphu@chinhphu.vn",
               "Cơ quan: VĂN PHÒNG CHÍNH PHỦ", "Thời gian ký: 04.05.2026 09:44:21 +07:00"],
    "program": ["Người ký: Cổng Thông tin điện tử tỉnh", "Cơ quan: Văn phòng Ủy ban nhân dân tỉnh",
                "Ngày ký: 04-05-2026 09:44:21 +07:00"],
    "signed-by": ["Ký bởi: Trung tâm Công báo và Tin học", "Ngày ký: 04/05/2026 16:02"],
    "time-apart": ["Người ký: Văn phòng Chính phủ", "Ngày ký: 04.05.2026", "09:44:21 +07:00"],
    # as OCR reads a stamp printed small: smudges before its labels, the e-mail's "@" lost
    "ocr-smudged": ["Người ký: CÔNG THÔNG TIN ĐIỆN TƯ TỈNH", "Email: congthongtin tinh.gov.vn", "“Cơ quan: VĂN PHÒNG UBND TỈNH",
                    "_— Thời gian ký: 04.05.2026 09:44:21 +07:00"],
}
# the stamp's values: none may come out as the site's, nor as the document's
STAMP_WORDS = ("cổng thông tin", "công thông tin", "văn phòng chính phủ", "văn phòng ủy ban", "văn phòng ubnd", "công báo",
               "04.05.2026", "04-05-2026", "04/05/2026")

CONG_VAN = ["THỦ TƯỚNG CHÍNH PHỦ", "Số:      /TTg-CĐS", "V/v triển khai các Nghị quyết cắt giảm thủ tục hành chính",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày      tháng 4 năm 2026",
            "Kính gửi: Các bộ, cơ quan ngang bộ.",
            "Để triển khai kịp thời các Nghị quyết, Thủ tướng Chính phủ yêu cầu các bộ thực hiện."]
DECISION = ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "Số: 45/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Lào Cai, ngày 30 tháng 4 năm 2026", "QUYẾT ĐỊNH",
            "Về việc ban hành Kế hoạch chuyển đổi số năm 2026", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.",
            "Nơi nhận:", "- Như Điều 1;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Thắng"]
HEADER_LOST = ["V/v triển khai các Nghị quyết cắt giảm thủ tục hành chính", "Kính gửi: Các bộ, cơ quan ngang bộ.",
               "Để triển khai kịp thời các Nghị quyết, Thủ tướng Chính phủ yêu cầu các bộ thực hiện."]


def _leaks(doc) -> list[str]:
    """What of the stamp came out as the site's panel, the document's date or signer, or a warning quoting a panel."""
    meta = doc.metadata
    said = [*doc.site_attributes.values(), meta.issued_date or "", meta.signer.name or ""]
    said += [w.message for w in doc.warnings if w.code in ("missing_in_document", "site_attribute_mismatch",
                                                           "metadata_from_site_attributes")]
    return [text for text in said if any(word in text.lower() for word in STAMP_WORDS) or "2026-05-04" in text]


@pytest.mark.parametrize("stamp", STAMPS)
@pytest.mark.parametrize("case", [str.upper, str], ids=["capitals", "as-printed"])
def test_a_stamp_over_a_cong_van_with_blank_number_and_day_gives_nothing(processed, stamp, case):
    # the values after the labels in capitals, as some stamps print them
    lines = [label + colon + case(value) for label, colon, value in (line.partition(":") for line in STAMPS[stamp])]
    doc = processed("\n".join([*lines, *CONG_VAN]) + "\n")
    assert not _leaks(doc)
    assert (doc.metadata.number, doc.metadata.issued_date, doc.metadata.issued_date_partial) == (None, None, "2026-04")


@pytest.mark.parametrize("stamp", STAMPS)
def test_a_stamp_over_a_dated_decision_leaves_its_date_and_signer(processed, stamp):
    doc = processed("\n".join([*STAMPS[stamp], *DECISION]) + "\n")
    assert not _leaks(doc)
    meta = doc.metadata
    assert (meta.number, meta.issued_date, meta.signer.name) == ("45/QĐ-UBND", "2026-04-30", "Nguyễn Văn Thắng")


# A stamp whose time of signing is on a line of its own ("Ngày ký: 04.05.2026" / "09:44:21 +07:00") leaves a bare
# "Ngày ký: <day>" line: a labelled day of signing is never the place-and-date line (s45: it was read as the date).
SAME_LINE = list(STAMPS)


@pytest.mark.parametrize("stamp", SAME_LINE)
def test_a_stamp_over_a_page_whose_header_was_not_read_is_no_panel_to_fill_it_from(processed, stamp):
    doc = processed("\n".join([*STAMPS[stamp], *HEADER_LOST]) + "\n")
    assert not _leaks(doc)
    assert doc.metadata.issued_date is None and doc.metadata.signer.name is None


@pytest.mark.parametrize("stamp", STAMPS)
def test_a_stamp_under_the_document_is_not_its_date_either(processed, stamp):
    # the stamp drawn in the bottom margin, read after the closing
    doc = processed("\n".join([*CONG_VAN, *STAMPS[stamp]]) + "\n")
    assert not _leaks(doc) and doc.metadata.issued_date is None


PANEL = ["Số hiệu: 45/QĐ-UBND", "Loại văn bản: Quyết định", "Người ký: Nguyễn Văn Thắng", "Ngày ký: 10/03/2026"]


def test_a_site_panel_is_still_read(processed):
    doc = processed("\n".join([*PANEL, *DECISION]) + "\n")
    assert doc.site_attributes["Người ký"] == "Nguyễn Văn Thắng" and doc.site_attributes["Ngày ký"] == "10/03/2026"


def test_a_page_with_only_a_site_panel_still_takes_its_metadata(processed):
    doc = processed("\n".join(PANEL) + "\n")
    assert (doc.metadata.number, doc.metadata.issued_date, doc.metadata.signer.name) == ("45/QĐ-UBND", "2026-03-10", "Nguyễn Văn Thắng")


@pytest.mark.parametrize("text, stamp", [
    ("Ngày ký: 04.05.2026 09:44:21 +07:00", True),
    ("Ngày ký: 04-05-2026 16:02", True),
    ("Thời gian ký: 04/05/2026 09:44", True),
    ("Ngày ký: 10/03/2026", False),  # a site's panel: no clock time
    ("Hà Nội, ngày 30 tháng 4 năm 2026", False),
    ("Ngày 04/5/2026, lúc 09:00, Sở Nội vụ tổ chức hội nghị", False),  # a sentence's day and hour
])
def test_a_time_of_signing_is_told_from_a_date_line(text, stamp):
    assert signing_time_line(text) is stamp


# ---------------------------------------------------------------------------------------------------
# The same on a scan (OCR): the portal's stamp printed small at the top, the number and day left blank


FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"


@pytest.mark.slow
@pytest.mark.skipif(tesseract_problem() is not None, reason=str(tesseract_problem()))
@pytest.mark.parametrize("dpi", [200, 300])
def test_a_portal_stamp_on_a_scan_is_no_panel_and_no_date(tmp_path, dpi):
    s = dpi / 300
    page = Image.new("L", (int(2480 * s), int(3508 * s)), 255)
    draw = ImageDraw.Draw(page)
    small, body = ImageFont.truetype(FONT, int(30 * s)), ImageFont.truetype(FONT, int(50 * s))
    for k, line in enumerate(STAMPS["portal"]):
        draw.text((700 * s, (60 + 38 * k) * s), line, font=small, fill=0)
    for k, line in enumerate(CONG_VAN):
        x = 1250 if line.startswith(("CỘNG", "Độc", "Hà Nội")) else 250
        y = {"CỘNG": 300, "Độc": 370, "Hà Nội": 480}.get(line.split()[0].rstrip(","), 300 + 90 * k)
        draw.text((x * s, (y + 40) * s), line, font=body, fill=0)
    path = tmp_path / "scan.pdf"
    page.convert("RGB").save(path, resolution=dpi)
    doc = process(path)
    assert not _leaks(doc)
    assert doc.metadata.issued_date is None
