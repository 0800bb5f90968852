"""The s44 review of s44-seal (a digital signature's stamp printed on the page is no site's panel; its time of signing no
date of issue), rev5 findings 1-4, on the reviewer's inputs (tests/data/s44_review_stamps, from /tmp/rev5/in) and
variants in txt, HTML and DOCX.

1. A stamp's time of signing between a subject's lines, or after it ("Ngày ký: 04-05-2026 09:44:21 +07:00", "Giờ ký:
   …"), went into the title: a line of a stamp the subject never takes.
2. A panel read as a table (one block of rows joined by "\\n": "Ngày ký: | 10/03/2026" … "Ngày đăng: | 12/03/2026
   10:15") was skipped whole as a stamp: the file was rejected. A table's block is never a stamp.
3. A panel's "Người ký" / "Ngày ký" was dropped for a clock time that is no time of signing (after "Ngày hiệu lực:",
   "Cập nhật:", on a line alone, a portal's clock, a browser's print header). A run of stamp lines is a stamp only
   where a line proves signing (clean._proves_signing).
4. A stamp read by OCR ("09.44.21", "09g44") or with an e-mail and no time was read as a panel: its body became the
   signer. Now null and a missing_signer warning.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.run import process

DATA = Path(__file__).parent / "data" / "s44_review_stamps"
SUBJECT = "triển khai các Nghị quyết cắt giảm thủ tục hành chính"
SIGNER = "Nguyễn Văn Thắng"


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- 1. a time of signing is no line of the subject -------------------------------------------------------------------

CONG_VAN_HEAD = ["THỦ TƯỚNG CHÍNH PHỦ", "Số: 464/TTg-CĐS", "V/v triển khai các Nghị quyết cắt giảm thủ tục hành chính"]
CONG_VAN_TAIL = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 30 tháng 4 năm 2026",
                 "Kính gửi: Các bộ, cơ quan ngang bộ.",
                 "Để triển khai kịp thời các Nghị quyết, Thủ tướng Chính phủ yêu cầu các bộ thực hiện."]


@pytest.mark.parametrize("name", ["d1_stamp_in_subject.txt", "d3_stamp_no_motto.txt", "d4_program_stamp_in_subject.txt",
                                  "d5_signedby_after_subject.txt", "d6_program_after_subject.txt",
                                  "d7_time_after_subject.txt", "d8_gioky.txt"])
def test_reviewer_time_of_signing_is_no_part_of_the_subject(name):
    meta = process(DATA / name).metadata
    assert meta.title == SUBJECT
    assert meta.issued_date in ("2026-04-30", None)


@pytest.mark.parametrize("stamp", ["Ngày ký: 04/05/2026 09:44", "NGÀY KÝ: 04-05-2026 09:44:21 +07:00",
                                   "Giờ ký: 09:44 04/05/2026"])
def test_time_of_signing_after_the_subject_variants(tmp_path, stamp):
    meta = process(_file(tmp_path, "cv.txt", "\n".join([*CONG_VAN_HEAD, stamp, *CONG_VAN_TAIL]) + "\n")).metadata
    assert (meta.title, meta.issued_date) == (SUBJECT, "2026-04-30")


# --- 2. a panel's table is never a stamp ------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["h8_table_ngayky_first.html", "h9_horizontal_signer_first.html",
                                  "x1_docx_panel_table.docx", "h6_table_first_row_signer.html"])
def test_reviewer_panel_table_is_read(name):
    doc = process(DATA / name)
    assert doc.site_attributes.get("Người ký", "").startswith(SIGNER)
    assert (doc.metadata.number, doc.metadata.issued_date) == ("45/QĐ-UBND", "2026-03-10")


PANEL_ROWS = [("Ngày ký:", "10/03/2026"), ("Số hiệu:", "45/QĐ-UBND"), ("Người ký:", SIGNER),
              ("Loại văn bản:", "Quyết định")]


@pytest.mark.parametrize("last", [("Ngày đăng:", "12/03/2026 10:15"), ("Cập nhật:", "12/03/2026, 10:15"),
                                  ("Lượt xem:", "10:15 12/03/2026")])
def test_panel_table_with_a_clock_time_variants(tmp_path, last):
    rows = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in [*PANEL_ROWS, last])
    html = (f'<html><head><meta charset="utf-8"></head><body><table>{rows}</table>'
            "<p>Về việc ban hành Kế hoạch chuyển đổi số năm 2026</p></body></html>")
    doc = process(_file(tmp_path, "p.html", html))
    assert doc.site_attributes.get("Người ký") == SIGNER and doc.site_attributes.get("Ngày ký") == "10/03/2026"
    assert (doc.metadata.number, doc.metadata.issued_date, doc.metadata.signer.name) == ("45/QĐ-UBND", "2026-03-10", SIGNER)


# --- 3. a clock time that is no time of signing leaves the panel's values ---------------------------------------------

@pytest.mark.parametrize("name", ["a8_bars.txt", "e1_spaces_hieuluc.txt", "e2_ngayky_hieuluc_sameline.txt",
                                  "h5_dl_luatvn.html", "h3_portal_clock.html", "e3_browser_print_header.txt",
                                  "a3_time_alone_below.txt", "h4_ul_panel.html", "a4_time_first_below.txt",
                                  "a6_chucdanh_coquan.txt"])
def test_reviewer_panel_signer_kept_beside_a_clock_time(name):
    doc = process(DATA / name)
    assert doc.site_attributes.get("Người ký") == SIGNER
    assert doc.metadata.signer.name == SIGNER


@pytest.mark.parametrize("lines", [
    ["Số hiệu: 45/QĐ-UBND", f"Người ký: {SIGNER}\tNgày hiệu lực: 12/03/2026 10:15", "Ngày ban hành: 10/03/2026"],
    ["Số hiệu: 45/QĐ-UBND", f"Người ký: {SIGNER}", "Ngày ký: 10/03/2026 | Ngày đăng: 12/03/2026 10:15"],
    ["Số hiệu: 45/QĐ-UBND", f"Người ký: {SIGNER}", "Ngày ký: 10/03/2026", "12/03/2026 10:15:07"],
])
def test_panel_signer_kept_beside_a_clock_time_variants(processed, lines):
    doc = processed("\n".join(lines) + "\n")
    assert doc.site_attributes.get("Người ký") == SIGNER and doc.metadata.signer.name == SIGNER
    assert doc.metadata.number == "45/QĐ-UBND" and doc.metadata.issued_date == "2026-03-10"


# --- 4. a stamp as OCR reads it, or with an e-mail and no time, is no panel --------------------------------------------

STAMP_WORDS = ("chính phủ", "cổng", "công thông tin", "2026-05-04")


def _stamp_leaks(doc) -> list[str]:
    said = [*doc.site_attributes.values(), doc.metadata.signer.name or "", doc.metadata.issued_date or ""]
    return [text for text in said if any(word in text.lower() for word in STAMP_WORDS)]


@pytest.mark.parametrize("name", ["g1_ocr_dots.txt", "g2_no_colon_time.txt", "g3_email_no_time.txt"])
def test_reviewer_ocr_stamp_is_no_panel(name):
    doc = process(DATA / name)
    # a stamp's "Ngày ký: 04/05/2026" with no time at all is no date line either (g3; s45)
    assert _stamp_leaks(doc) == []
    assert doc.metadata.signer.name is None and any(w.code == "missing_signer" for w in doc.warnings)


@pytest.mark.parametrize("stamp", [
    ["Người ký: Văn phòng Chính phủ", "Ngày ký: 04/05/2026 9h44"],
    ["Người ký: Văn phòng Chính phủ", "Email: vpcp@chinhphu.vn", "Ngày ký: 04/05/2026"],
    ["Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", "thongtinchinhphu@chinhphu.vn", "Ngày ký: 04.05.2026 09.44"],
])
def test_ocr_stamp_is_no_panel_variants(processed, stamp):
    doc = processed("\n".join([*stamp, *CONG_VAN_HEAD[2:], *CONG_VAN_TAIL[3:]]) + "\n")
    # a "Ngày ký:" with no time is no date line either (s45)
    assert _stamp_leaks(doc) == []
    assert doc.metadata.signer.name is None
