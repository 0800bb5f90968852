"""E-signed PDFs: a digital signature's stamp ("Ký bởi: …", "Cơ quan: …", "Thời gian ký: …", or a publishing office's
name, e-mail and time) drawn over the printed plan, as a signature field's appearance, a free-text or stamp
annotation, or text flattened into the page, in the places signing software puts it (between the number and the
date, over the issuer, inside the signature block, on the signer's name, over the task table, as a footer). The
stamp names another person and another day than the page prints: the printed signer and date win, and the stamp's
person and time go nowhere.

What the stamps broke, and the classes fixed:
- A signature field's appearance was read as text filling a blank of the page ("1187" into "Số: ___"), each of its
  rows put into the page line it crosses: a stamp over the header put "Cơ quan: …" into the issuer's line (issuer
  wrong, number lost), one over the signature block split "TM. ỦY BAN NHÂN DÂN" (authority lost). A stamp of several
  rows, or one row that starts with a signature's label, fills no blank (parsers/forms.py ``fills_a_blank``).
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from invariance import differences
from parsers import forms, pdf
from pdfmaker import drawn_over, text_pdf, with_signing_stamp
from pipeline.run import process
from test_forms_s19_pdf import CLOSING, ISSUER, MOTTO, OPENING, RECIPIENTS, SIGNATURE, TASKS, plan_lines

# The signer's stamp names another person (a clerk's certificate) and another day than the page prints.
SIGNER_STAMP = ["Ký bởi: Nguyễn Văn Bình", "Cơ quan: Ủy ban nhân dân tỉnh Quảng Trị", "Email: ubnd@quangtri.gov.vn",
                "Thời gian ký: 20.04.2026 15:06:22 +07:00"]
OFFICE_STAMP = ["TRUNG TÂM THÔNG TIN", "ttth@quangtri.gov.vn", "21.04.2026 08:51:04", "+07:00"]
ISSUED_STAMP = ["Cơ quan phát hành: Văn phòng Ủy ban nhân dân tỉnh"]
COLUMNS = (40, 62, 225, 350, 475, 555)
TABLE_TOP = 200


def plan_pdf() -> bytes:
    """The plan on one page as a text PDF: the header's two columns, the tasks in a ruled table, the recipients beside
    the signature block (the name 60 points under the position, where the signature goes)."""
    lines = [(40, 40 + 16 * k, t) for k, t in enumerate(ISSUER)] + [(300, 40 + 16 * k, t) for k, t in enumerate(MOTTO)]
    lines += [(60, 110 + 16 * k, t) for k, t in enumerate(OPENING)]
    cells = []
    for r, row in enumerate(TASKS):
        for c, value in enumerate(row):
            cells.append((COLUMNS[c], TABLE_TOP + 20 * r, COLUMNS[c + 1] - COLUMNS[c], 20, None, True))
            lines.append((COLUMNS[c] + 2, TABLE_TOP + 20 * r + 5, value, 7.5))
    after = TABLE_TOP + 20 * len(TASKS) + 20
    lines += [(60, after + 16 * k, t) for k, t in enumerate(CLOSING)]
    lines += [(40, after + 50 + 14 * k, t, 10) for k, t in enumerate(RECIPIENTS)]
    lines += [(330, after + 50 + 16 * k, t) for k, t in enumerate(SIGNATURE[:-1])] + [(330, after + 140, SIGNATURE[-1])]
    return text_pdf([lines], shapes=[cells])


AFTER_TABLE = TABLE_TOP + 20 * len(TASKS) + 20
# (top-left of the stamp in points from the page's top left, its lines)
PLACES = {
    "between the number and the date": ((200, 68), SIGNER_STAMP),
    "over the issuer": ((45, 36), OFFICE_STAMP),
    "the issuing office on the number's row": ((150, 72), ISSUED_STAMP),
    "inside the signature block": ((320, AFTER_TABLE + 52), SIGNER_STAMP),
    "on the signer's name": ((440, AFTER_TABLE + 136), SIGNER_STAMP),
    "over the task table": ((70, TABLE_TOP + 8), SIGNER_STAMP),  # held before: its rows were on no line of the page text
}


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    return process(write_in_form(tmp_path_factory.mktemp("text"), plan_lines(), "text"))


@pytest.fixture(scope="module")
def plan():
    return plan_pdf()


def test_the_plan_as_a_pdf_reads_as_the_text(tmp_path, reference, plan):
    # held before this change too: the base every stamp below is drawn over
    (tmp_path / "plan.pdf").write_bytes(plan)
    assert differences(reference, process(tmp_path / "plan.pdf")) == []


# each place as a signature field; two as the annotations a PDF editor's tools leave (the same appearance read)
@pytest.mark.parametrize("place, subtype", [*((place, "/Widget") for place in PLACES),
                                            ("between the number and the date", "/FreeText"),
                                            ("inside the signature block", "/Stamp")])
def test_a_signature_stamp_annotation_leaves_the_plan_as_printed(tmp_path, reference, plan, subtype, place):
    top_left, lines = PLACES[place]
    (tmp_path / "stamped.pdf").write_bytes(with_signing_stamp(plan, top_left, lines, subtype))
    doc = process(tmp_path / "stamped.pdf")
    assert differences(reference, doc) == []
    assert (doc.metadata.signer.name, doc.metadata.issued_date) == ("Lê Thị Thanh Hương", "2026-04-14")


def _runs(*rows: tuple[float, str]) -> list:
    return [((100.0, top, 100.0 + 6 * len(text), top + 10), text) for top, text in rows]


@pytest.mark.parametrize("rows, fills", [
    ([(50, "1187")], True), ([(50, "15")], True), ([(50, "ngày"), (51, "15")], True), ([(50, "Số:1187/QĐ-BNV")], True),
    ([(50, "Kýbởi:NguyễnVănBình")], False), ([(50, "Ký số bởi: Sở Y tế")], False), ([(50, "Giờký:22/09/202514:38:43")], False),
    ([(50, "Cơquanpháthành:VănphòngChínhphủ")], False), ([(50, "EMAIL:vp@quangtri.gov.vn")], False),
    ([(50, "TRUNGTÂMCÔNGBÁO"), (62, "ttcb@quangtri.gov.vn"), (74, "21.04.202608:51:04")], False),
    ([(50, "2463"), (62, "16")], False), ([], False),
])
def test_a_stamp_fills_a_blank_only_as_one_row_without_a_signature_label(rows, fills):
    assert forms.fills_a_blank(_runs(*rows)) is fills


NAME_ROW = AFTER_TABLE + 140
# the stamp as text flattened into the page: (top left, lines, size, degrees); held before: the rows turned across the
# signature block, between the number and the date, the footer, and the last row on the name's (the row before it)
DRAWN = {
    "on the signer's name's row": ((440, NAME_ROW + 2), SIGNER_STAMP, 6.5, 0.0),
    "on the name's row in another face and size": ((430, NAME_ROW + 1), SIGNER_STAMP[:1] + SIGNER_STAMP[3:], 8.0, 0.0),
    "inside the signature block, its last row on the name's": ((440, NAME_ROW + 2 - 3 * 8), SIGNER_STAMP, 6.5, 0.0),
    "turned across the signature block": ((320, AFTER_TABLE + 70), SIGNER_STAMP, 6.5, 12.0),
    "between the number and the date": ((200, 68), SIGNER_STAMP, 6.5, 0.0),
    "as a footer": ((40, 800), [" ".join(SIGNER_STAMP)], 7.0, 0.0),
    "over the task table's header and first row": ((70, TABLE_TOP + 2), SIGNER_STAMP, 8.0, 0.0),
    "over the task table's rows, across the columns": ((150, TABLE_TOP + 24), SIGNER_STAMP, 9.0, 0.0),
    "turned over the task table": ((200, TABLE_TOP + 10), SIGNER_STAMP, 7.0, -8.0),
}


@pytest.mark.parametrize("place", list(DRAWN))
def test_a_signature_stamp_drawn_into_the_page_leaves_the_plan_as_printed(tmp_path, reference, plan, place):
    top_left, lines, size, degrees = DRAWN[place]
    (tmp_path / "stamped.pdf").write_bytes(drawn_over(plan, top_left, lines, size, degrees))
    doc = process(tmp_path / "stamped.pdf")
    assert differences(reference, doc) == []
    assert (doc.metadata.signer.name, doc.metadata.issued_date) == ("Lê Thị Thanh Hương", "2026-04-14")


@pytest.mark.parametrize("form, stamp", [
    *((form, "Ký bởi: Nguyễn Văn Bình") for form in ("text", "docx", "pdf")),
    ("text", "Ký số bởi: Ủy ban nhân dân tỉnh Quảng Trị"), ("pdf", "Thời gian ký: 20/04/2026 15:06"),
    ("docx", "Người ký: Nguyễn Văn Bình")])
def test_a_stamp_run_on_the_name_line_is_left_out_of_the_name(tmp_path, form, stamp):
    # the stamp's line joined to the name's, in any format a copy of the page gives: the printed name is the signer's
    lines = [*plan_lines()[:-1], f"{SIGNATURE[-1]} {stamp}"]
    assert process(write_in_form(tmp_path, lines, form)).metadata.signer.name == SIGNATURE[-1]


def test_two_stamps_the_issuers_and_the_signers_leave_the_plan_as_printed(tmp_path, reference, plan):
    # the publishing office's stamp over the issuer (a field) and the signer's on the name (drawn), with other days
    stamped = with_signing_stamp(plan, (45, 36), OFFICE_STAMP, "/Widget")
    (tmp_path / "stamped.pdf").write_bytes(drawn_over(stamped, (440, NAME_ROW + 2), SIGNER_STAMP))
    doc = process(tmp_path / "stamped.pdf")
    assert differences(reference, doc) == []
    assert (doc.metadata.signer.name, doc.metadata.issued_date) == ("Lê Thị Thanh Hương", "2026-04-14")


@pytest.mark.parametrize("labelled", ["Cơ quan chủ trì: Sở Y tế", "Cơ quan phối hợp: Sở Tài chính, Công an tỉnh",
                                      "Email: soyte@quangtri.gov.vn",
                                      "Địa chỉ: 12 Lê Lợi, Đông Hà"])
def test_a_cells_line_led_by_a_label_a_stamp_also_prints_stays_in_its_table(tmp_path, labelled):
    # a row whose first cell starts "Cơ quan …:" / "Email:" / "Địa chỉ:", beside rows that do not and under one that
    # does too: no signature is named, so the rows are the table's (they were emptied, their text put under it)
    rows = [["Nội dung", "Thời hạn"], [labelled, "Tháng 5/2026"], ["Email: tc@quangtri.gov.vn", "Quý III/2026"],
            ["Kiểm tra an toàn hồ chứa nước", "Năm 2026"]]
    columns, lines, cells = (40, 300, 555), [(60, 60, "DANH SÁCH NHIỆM VỤ")], []
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cells.append((columns[c], 100 + 24 * r, columns[c + 1] - columns[c], 24, None, True))
            lines.append((columns[c] + 3, 106 + 24 * r, value, 9))
    (tmp_path / "table.pdf").write_bytes(text_pdf([lines], shapes=[cells]))
    [table] = [b.table for b in pdf.read(tmp_path / "table.pdf").blocks if b.table is not None]
    assert [[c.text for c in table.cells if c.row == r] for r in range(len(rows))] == rows
