"""Confident wrong issuers the s34 reviews found in the merged boards' rule (s34-blind34), fixed: a joint header's
second column that prints its body over a board line ("HỘI NÔNG DÂN TỈNH NGHỆ AN" / "BAN THƯỜNG VỤ") gave the board
alone as the second body; a board under an organ that is itself a board ("BAN CHẤP HÀNH TRUNG ƯƠNG" / "BAN BÍ THƯ") was
joined to it into one garbled issuer."""
from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process

_MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
_BODY = ["I. MỤC ĐÍCH", "Bảo đảm thực hiện đúng tiến độ.", "Nơi nhận:", "- Như trên;", "- Lưu: VT."]


@pytest.mark.parametrize("form", ["text", "docx", "html", "pdf"])
@pytest.mark.parametrize("first, second, board, code", [
    ("SỞ Y TẾ", "HỘI NÔNG DÂN TỈNH NGHỆ AN", "BAN THƯỜNG VỤ", "SYT-HND"),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "TỈNH ĐOÀN HÀ TĨNH", "BAN THƯỜNG VỤ", "SGDĐT-TĐTN"),
    ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "LIÊN ĐOÀN LAO ĐỘNG TỈNH NAM ĐỊNH", "BAN THƯỜNG VỤ", "SVHTTDL-LĐLĐ"),
])
def test_a_joint_headers_second_body_over_its_board_keeps_its_name(tmp_path, form, first, second, board, code):
    lines = [first, "-------", f"Số: 12/KHLT-{code}", second, board, "-------", *_MOTTO,
             "Hà Tĩnh, ngày 10 tháng 3 năm 2026", "KẾ HOẠCH LIÊN TỊCH", "Phối hợp công tác năm 2026", *_BODY,
             "GIÁM ĐỐC", "Nguyễn Văn An"]
    issuer = process(write_in_form(tmp_path, lines, form)).metadata.issuer
    assert issuer.joint[0] == first
    assert second in issuer.joint[1] and board in issuer.joint[1]


@pytest.mark.parametrize("form", ["text", "docx", "html", "pdf"])
@pytest.mark.parametrize("organ, board, number", [
    ("BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN BÍ THƯ", "12-KH/TWĐTN-VP"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN THƯỜNG VỤ", "45-KH/TWHND"),
])
def test_a_board_under_an_organ_that_is_a_board_is_not_joined_to_it(tmp_path, form, organ, board, number):
    lines = [organ, board, "***", f"Số: {number}", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày 10 tháng 3 năm 2026",
             "KẾ HOẠCH", "Triển khai công tác năm 2026", *_BODY, f"TM. {board}", "BÍ THƯ", "Nguyễn Văn Bình"]
    issuer = process(write_in_form(tmp_path, lines, form)).metadata.issuer
    assert (issuer.name, issuer.parent) == (board, organ)
