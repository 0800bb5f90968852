"""A quotation opening on a sentence, not a label, holds none of the labels under it (s43 lead, found on realdocs2/103
after the s43 merge): a consolidated text (văn bản hợp nhất) prints its amending acts' grounds as a note "… có căn cứ
ban hành như sau:" / "“Căn cứ …;" whose closing mark an OCR'd or flattened page puts pages later, after the
document's own chapters and articles; those were read as the note's quoted text and vanished into the opening. Only a
quotation opening on a label (what an amending clause puts in: "“Điều 3.", "“2.", "“a)") quotes labels. Every name and
number made up."""

from __future__ import annotations

import pytest
from conftest import write_in_form
from test_sections_s43_blind import MINISTRY, MINISTRY_CLOSE

from pipeline.run import process

ARTICLES = ["Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", "Thông tư này quy định việc quản lý vùng trồng.",
            "Điều 2. Đối tượng áp dụng", "1. Tổ chức trồng trọt.", "2. Hộ gia đình.", "Điều 3. Nguyên tắc",
            "Việc quản lý bảo đảm công khai."]


def _tree(nodes) -> list:
    return [(n.kind, n.label, _tree(n.children)) for n in nodes if n.kind not in ("opening", "closing")]


def _articles(sections) -> list[str]:
    found = []
    for node in sections:
        found += [node.label] if node.kind == "article" else []
        found += _articles(node.children)
    return found


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("note, closing", [
    (["Thông tư số 18/2026/TT-BNNMT sửa đổi Thông tư số 05/2025/TT-BNNMT, có căn cứ ban hành như sau:",
      "“Căn cứ Nghị định số 45/2026/NĐ-CP;", "Theo đề nghị của Cục trưởng Cục Trồng trọt;"],
     "Bộ trưởng ban hành Thông tư sửa đổi Thông tư số 05/2025/TT-BNNMT.”"),
    (["Văn bản được hợp nhất từ các văn bản sau, có căn cứ như sau:", "\"Căn cứ Luật Trồng trọt;"],
     "Bộ trưởng ban hành Thông tư sửa đổi.\""),
    (["Nội dung được trích như sau:", "“Vùng trồng là khu vực sản xuất tập trung."], "Vùng trồng được cấp mã số.”"),
], ids=["grounds note", "straight marks", "a sentence quoted"])
def test_a_quotation_opening_on_a_sentence_holds_none_of_the_articles_under_it(tmp_path, form, note, closing):
    lines = [*MINISTRY, *note, *ARTICLES[:6], closing, *ARTICLES[6:], "Điều 4. Hiệu lực", "Có hiệu lực từ ngày ký./.",
             *MINISTRY_CLOSE]
    sections = process(write_in_form(tmp_path, lines, form)).sections
    assert _articles(sections) == ["Điều 1.", "Điều 2.", "Điều 3.", "Điều 4."]


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_quotation_opening_on_a_label_still_quotes_the_labels_it_puts_in(tmp_path, form):
    lines = [*MINISTRY, "Điều 1. Sửa đổi, bổ sung Thông tư số 05/2025/TT-BNNMT", "1. Sửa đổi Điều 5 như sau:",
             "“Điều 5. Hồ sơ", "1. Đơn đề nghị.", "2. Bản sao giấy tờ.”", "2. Bãi bỏ Điều 7.", "Điều 2. Hiệu lực",
             "Có hiệu lực từ ngày ký./.", *MINISTRY_CLOSE]
    sections = process(write_in_form(tmp_path, lines, form)).sections
    assert _tree(sections) == [("article", "Điều 1.", [("arabic", "1.", []), ("arabic", "2.", [])]), ("article", "Điều 2.", [])]
