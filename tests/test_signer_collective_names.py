"""A signature for a collective whose name holds a position's words: "TM. ĐOÀN CHỦ TỊCH" (the presidium of a front or
an association), "T/M HỘI ĐỒNG BỘ TRƯỞNG" (the Council of Ministers before 1992), "TM. HỘI ĐỒNG QUẢN TRỊ". The words in
the collective's name are not the signer's post: the post is the line under it ("PHÓ CHỦ TỊCH" was read as "Chủ tịch",
"CHỦ TỊCH" under the Council of Ministers as "Bộ trưởng": confident wrong values).

Each form is a document of our own, read as plain text and as a DOCX whose signature sits in a table beside the
recipients.
"""

from __future__ import annotations

import docx
import pytest

from pipeline.run import process

HEADER = ["ỦY BAN TRUNG ƯƠNG", "MẶT TRẬN TỔ QUỐC VIỆT NAM", "Số: 118/KH-MTTW-ĐCT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 12 tháng 3 năm 2026", "KẾ HOẠCH",
          "Tổ chức hội nghị lấy ý kiến góp ý năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "1. Phát huy dân chủ trong góp ý.",
          "II. NỘI DUNG", "1. Tổ chức hội nghị tại các tỉnh trong quý II năm 2026."]
RECIPIENTS = ["Nơi nhận:", "- Các tổ chức thành viên;", "- Lưu: VT."]

# (the signature's capital lines, the signer's post as read, the authority)
FORMS = {
    "presidium_deputy": (["TM. ĐOÀN CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Phó Chủ tịch", ["TM."]),
    "presidium_head": (["TM. ĐOÀN CHỦ TỊCH", "CHỦ TỊCH"], "Chủ tịch", ["TM."]),
    "presidium_standing_deputy": (["TM. ĐOÀN CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"], "Phó Chủ tịch Thường trực", ["TM."]),
    "slash_spelling": (["T/M ĐOÀN CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Phó Chủ tịch", ["TM."]),
    "council_of_ministers": (["T/M HỘI ĐỒNG BỘ TRƯỞNG", "CHỦ TỊCH"], "Chủ tịch", ["TM."]),
    "council_of_ministers_deputy": (["TM. HỘI ĐỒNG BỘ TRƯỞNG", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Phó Chủ tịch",
                                    ["TM.", "KT."]),
    "name_on_two_lines": (["TM. ĐOÀN CHỦ TỊCH", "ỦY BAN TRUNG ƯƠNG MTTQ VIỆT NAM", "PHÓ CHỦ TỊCH"], "Phó Chủ tịch", ["TM."]),
    # no position after the collective's line: a block run onto one line, the position at its end is the signer's
    "run_onto_one_line": (["TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"], "Chủ tịch", ["TM."]),
    # an ordinary collective: unchanged
    "people_committee": (["TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH"], "Phó Chủ tịch", ["TM."]),
}
NAME = "Trần Thị Mai Hương"


def _txt(tmp_path, signature: list[str]):
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(HEADER + RECIPIENTS + signature + [NAME]) + "\n", encoding="utf-8")
    return path


def _docx(tmp_path, signature: list[str]):
    word = docx.Document()
    for line in HEADER:
        word.add_paragraph(line)
    table = word.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.text = RECIPIENTS[0]
    for line in RECIPIENTS[1:]:
        left.add_paragraph(line)
    right.text = signature[0]
    for line in [*signature[1:], "", NAME]:
        right.add_paragraph(line)
    path = tmp_path / "plan.docx"
    word.save(path)
    return path


@pytest.mark.parametrize("make", [_txt, _docx], ids=["txt", "docx"])
@pytest.mark.parametrize("form", FORMS)
def test_the_post_is_the_line_under_the_collective(tmp_path, make, form):
    signature, title, authority = FORMS[form]
    signer = process(make(tmp_path, signature)).metadata.signer
    assert (signer.name, signer.title, signer.authority) == (NAME, title, authority)
