"""An e-signature's box's post row, and the box of a scanned PDF signed electronically (s38).

a. The box's post row ("Chức vụ: Chủ tịch", "Chức danh: …", a row that is a position) gives the signer's position
   where the signature block prints none, from the box naming the signer (the block's name, or the box's where the
   block prints none): confidence 0.8 and ``signer_title_from_signature_box``; only a position positions.csv knows
   opens the post (never a guess). Where a box naming a person gives another post than the block's, the box is not
   the signer's and ``signature_box_post_differs`` says so; where it gives the block's, nothing is said.
b. A scanned PDF (its pages images, read by OCR) with a signature widget: the widget's appearance is apart from the
   page's image and text layer; its box is read as on a text page (it was not read at all).
Names, bodies and documents below are made up.
"""

from __future__ import annotations

import pytest

from pdfmaker import image_page, scan_pdf, text_pdf, with_signing_stamp
from pipeline.run import process
from test_forms import BODY, HEADER

DATE = (300, 110, "Lào Cai, ngày 15 tháng 10 năm 2025")
NUMBER = (60, 110, "Số: 1234/QĐ-UBND")
NO_POSITION = [(330, 600, "TM. ỦY BAN NHÂN DÂN")]
WITH_POSITION = [(330, 600, "TM. ỦY BAN NHÂN DÂN"), (360, 618, "CHỦ TỊCH")]
TIME = "Thời gian ký: 15.10.2025 09:12:40 +07:00"


def signed(tmp_path, boxes: list[list[str]], signature):
    data = text_pdf([HEADER + [NUMBER, DATE] + BODY + signature])
    for k, rows in enumerate(boxes):
        data = with_signing_stamp(data, (320 + 10 * k, 650 + 40 * k), rows, size=8)
    path = tmp_path / "signed.pdf"
    path.write_bytes(data)
    return process(path)


def codes(doc) -> set[str]:
    return {w.code for w in doc.warnings}


# --- a. the post row

@pytest.mark.parametrize("rows, title", [
    (["Ký bởi: Nguyễn Văn Hùng", "Chức vụ: Chủ tịch", TIME], "Chủ tịch"),
    (["Ký bởi: Nguyễn Văn Hùng", "Chức danh: Phó Chủ tịch UBND tỉnh", TIME], "Phó Chủ tịch"),
    (["Người ký: Nguyễn Văn Hùng", "Chức vụ: PHÓ CHỦ TỊCH", "Ngày ký: 15/10/2025"], "Phó Chủ tịch"),
    (["Nguyễn Văn Hùng", "Chủ tịch", "15/10/2025 09:12"], "Chủ tịch"),
])
def test_the_box_s_post_is_the_position_the_block_does_not_print(tmp_path, rows, title):
    doc = signed(tmp_path, [rows], NO_POSITION)
    assert (doc.metadata.signer.name, doc.metadata.signer.title) == ("Nguyễn Văn Hùng", title)
    assert {"signer_title_from_signature_box", "signer_name_from_signature_box"} <= codes(doc)
    assert "missing_signer_title" not in codes(doc)
    assert doc.metadata.sources["signer"].source == "form" and doc.metadata.sources["signer"].confidence < 1.0


def test_the_box_of_the_printed_name_gives_its_position(tmp_path):
    doc = signed(tmp_path, [["Ký bởi: Nguyễn Văn Hùng", "Chức vụ: Chủ tịch", TIME]], [*NO_POSITION, (350, 700, "Nguyễn Văn Hùng")])
    assert (doc.metadata.signer.name, doc.metadata.signer.title) == ("Nguyễn Văn Hùng", "Chủ tịch")
    assert "signer_title_from_signature_box" in codes(doc)


def test_the_box_of_another_person_gives_the_printed_name_no_position(tmp_path):
    doc = signed(tmp_path, [["Ký bởi: Trần Thị Mai Anh", "Chức vụ: Chủ tịch", TIME]], [*NO_POSITION, (350, 700, "Nguyễn Văn Hùng")])
    assert (doc.metadata.signer.name, doc.metadata.signer.title) == ("Nguyễn Văn Hùng", None)
    assert "missing_signer_title" in codes(doc)


@pytest.mark.parametrize("post", ["Chức vụ: Người phụ trách công tác", "Chức vụ: Cán bộ", "Chức vụ: Chủ"])
def test_a_post_no_known_position_opens_gives_none(tmp_path, post):
    doc = signed(tmp_path, [["Ký bởi: Nguyễn Văn Hùng", post, TIME]], NO_POSITION)
    assert doc.metadata.signer.title is None
    assert "missing_signer_title" in codes(doc)


@pytest.mark.parametrize("rows", [
    ["Ký bởi: Lê Văn Nam", "Chức vụ: Phó Chủ tịch", "Ngày ký: 15/10/2025"],
    ["Lê Văn Nam", "Phó Chánh Văn phòng", "15/10/2025"],
])
def test_a_box_whose_post_is_not_the_block_s_is_warned(tmp_path, rows):
    doc = signed(tmp_path, [rows], WITH_POSITION)
    assert (doc.metadata.signer.name, doc.metadata.signer.title) == (None, "Chủ tịch")
    assert {"signature_box_post_differs", "missing_signer_name"} <= codes(doc)


@pytest.mark.parametrize("post", ["Chức vụ: Chủ tịch", "Chức vụ: Chủ tịch UBND tỉnh Lào Cai", "CHỦ TỊCH"])
def test_a_box_with_the_block_s_post_is_not_warned(tmp_path, post):
    doc = signed(tmp_path, [["Ký bởi: Nguyễn Văn Hùng", post, TIME]], WITH_POSITION)
    assert (doc.metadata.signer.name, doc.metadata.signer.title) == ("Nguyễn Văn Hùng", "Chủ tịch")
    assert "signature_box_post_differs" not in codes(doc)
    assert "signer_title_from_signature_box" not in codes(doc)


def test_a_copy_s_stamp_with_another_post_is_not_warned(tmp_path):
    doc = signed(tmp_path, [["SAO Y BẢN CHÍNH", "Ký bởi: Trần Thị Mai Anh", "Chức vụ: Chánh Văn phòng", TIME]], WITH_POSITION)
    assert "signature_box_post_differs" not in codes(doc)


# --- b. a scan signed electronically

SCAN_LINES = [(60, 40, "ỦY BAN NHÂN DÂN"), (60, 58, "TỈNH LÀO CAI"), (300, 40, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
              (330, 58, "Độc lập - Tự do - Hạnh phúc"), (60, 100, "Số: 1234/KH-UBND"),
              (300, 100, "Lào Cai, ngày 15 tháng 10 năm 2025"), (250, 150, "KẾ HOẠCH"),
              (150, 170, "Sửa chữa trường học năm 2025"), (60, 210, "I. MỤC ĐÍCH, YÊU CẦU"),
              (60, 230, "Hoàn thành việc sửa chữa trước năm học mới."), (60, 250, "II. TỔ CHỨC THỰC HIỆN"),
              (60, 270, "Các phòng, ban triển khai thực hiện kế hoạch này."), (60, 330, "Nơi nhận:"),
              (60, 346, "- Như trên;"), (60, 362, "- Lưu: VT.")]


@pytest.mark.parametrize("signature, rows, expected", [
    ([(330, 330, "TM. ỦY BAN NHÂN DÂN"), (360, 348, "CHỦ TỊCH")],
     ["Ký bởi: Nguyễn Văn Hùng", "Chức vụ: Chủ tịch", TIME], ("Nguyễn Văn Hùng", "Chủ tịch")),
    ([(330, 330, "TM. ỦY BAN NHÂN DÂN")],
     ["Ký bởi: Nguyễn Văn Hùng", "Chức vụ: Phó Chủ tịch", TIME], ("Nguyễn Văn Hùng", "Phó Chủ tịch")),
])
def test_a_scan_s_signature_widget_is_read(tmp_path, signature, rows, expected):
    data = with_signing_stamp(scan_pdf([image_page(SCAN_LINES + signature)]), (320, 400), rows, size=8)
    path = tmp_path / "scan.pdf"
    path.write_bytes(data)
    doc = process(path)
    assert (doc.metadata.signer.name, doc.metadata.signer.title) == expected
    assert [box.rows for box in doc.signature_boxes] == [rows]  # read from the widget, exactly: the page image is OCR's
