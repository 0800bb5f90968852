"""Citations in shapes the samples do not print, each in several forms.

- A citation cut by a copy's hard wrap in a text too short for the wrap to be measured ("Căn cứ Nghị định số" |
  "07/2026/NĐ-CP ngày …", "… ngày 12 tháng 3 năm" | "2026 của …", a list's issuer on the next line): read whole.

The documents are invented; each shape is stated by hand.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process

FORMS = ["text", "docx", "html", "pdf"]
HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH BẮC GIANG", "Số: 214/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Bắc Giang, ngày 16 tháng 4 năm 2026"]
CLOSING = ["Nơi nhận:", "- Như trên;", "- Lưu: VT, TH.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đỗ Minh Khang"]


def _run(tmp_path, lines, form):
    return process(write_in_form(tmp_path, lines, form))


# ---------------------------------------------------------------------------------------------------
# Citations over a hard wrap


WRAPPED = [
    (["Căn cứ Nghị định số", "07/2026/NĐ-CP ngày 20/01/2026 của Chính phủ về quản lý dữ liệu;"],
     ("Nghị định", "07/2026/NĐ-CP", "2026-01-20", "Chính phủ")),
    (["Căn cứ Kế hoạch số 57/KH-UBND ngày 12 tháng 3 năm", "2026 của Ủy ban nhân dân tỉnh về dữ liệu số;"],
     ("Kế hoạch", "57/KH-UBND", "2026-03-12", "Ủy ban nhân dân tỉnh")),
    (["Thực hiện Công văn số 1234/UBND-KT ngày 03/3/2026", "của Ủy ban nhân dân tỉnh về dữ liệu số;"],
     ("Công văn", "1234/UBND-KT", "2026-03-03", "Ủy ban nhân dân tỉnh")),
    (["Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của", "Bộ Chính trị về đột phá phát triển khoa học;"],
     ("Nghị quyết", "57-NQ/TW", "2024-12-22", "Bộ Chính trị")),
    (["Căn cứ Luật Dữ liệu số 60/2024/QH15 ngày", "30/11/2024;"], ("Luật", "60/2024/QH15", "2024-11-30", "Quốc hội")),
]


@pytest.mark.parametrize("form", ["text", "pdf"])
@pytest.mark.parametrize("lines, expected", WRAPPED)
def test_a_citation_cut_by_a_hard_wrap_is_read_whole(tmp_path, form, lines, expected):
    doc = _run(tmp_path, [*HEADER, "KẾ HOẠCH", "Phát triển dữ liệu số năm 2026", *lines, "I. MỤC ĐÍCH",
                          "Khai thác dữ liệu dùng chung.", *CLOSING], form)
    assert [(c.doc_type, c.number, c.issued_date, c.issuer) for c in doc.metadata.cited_documents] == [expected]


@pytest.mark.parametrize("form", ["text", "pdf"])
def test_a_list_whose_issuer_the_wrap_cut(tmp_path, form):
    lines = ["Căn cứ các Quyết định số 12/QĐ-UBND, 34/QĐ-UBND", "của Ủy ban nhân dân tỉnh;"]
    doc = _run(tmp_path, [*HEADER, "KẾ HOẠCH", "Phát triển dữ liệu số năm 2026", *lines, "I. MỤC ĐÍCH",
                          "Khai thác dữ liệu dùng chung.", *CLOSING], form)
    assert [(c.number, c.issuer) for c in doc.metadata.cited_documents] == [
        ("12/QĐ-UBND", "Ủy ban nhân dân tỉnh"), ("34/QĐ-UBND", "Ủy ban nhân dân tỉnh")]


def test_a_clause_ended_is_not_read_on_into_the_next_line(tmp_path):
    lines = ["Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2026;", "2026 là năm chuyển đổi số của tỉnh.",
             "Thực hiện Kế hoạch số 15/KH-UBND ngày 02/02/2026", "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"]
    doc = _run(tmp_path, [*HEADER, "KẾ HOẠCH", "Phát triển dữ liệu số năm 2026", *lines, "I. MỤC ĐÍCH",
                          "Khai thác dữ liệu dùng chung.", *CLOSING], "text")
    assert [(c.number, c.issued_date, c.issuer) for c in doc.metadata.cited_documents] == [
        ("12/QĐ-UBND", "2026-01-05", None), ("15/KH-UBND", "2026-02-02", None)]
