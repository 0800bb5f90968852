"""A document cited by its type with words that qualify it before its number: "Chương trình hành động số
34/CTr-UBND", "Kế hoạch liên tịch số 02/KHLT-…", "Thông báo kết luận số 123/TB-VPCP". The citation pattern wanted
the type word right before "số" (or the number): such a document was not cited at all (a Hà Nội plan's "Chương
trình hành động số 34/CTr-UBND ngày 28/01/2018", seen in the pages corpus). Up to three words in small letters may
now stand between the type and "số"; the number must still follow "số"."""

from __future__ import annotations

import pytest

from pipeline.stages.citations import find_citations


@pytest.mark.parametrize("text, number, doc_type", [
    ("UBND Thành phố đã ban hành Chương trình hành động số 34/CTr-UBND ngày 28/01/2018 với 188 nhiệm vụ",
     "34/CTr-UBND", "Chương trình"),
    ("Thực hiện Kế hoạch hành động số 12/KH-UBND ngày 5/3/2026 của UBND tỉnh về chuyển đổi số", "12/KH-UBND", "Kế hoạch"),
    ("theo Chương trình công tác số 05/CTr-UBND ngày 10/01/2026", "05/CTr-UBND", "Chương trình"),
    ("Căn cứ Thông báo kết luận số 123/TB-VPCP ngày 10/4/2026 của Văn phòng Chính phủ", "123/TB-VPCP", "Thông báo"),
    ("thực hiện Kế hoạch liên tịch số 02/KHLT-UBND-MTTQ ngày 3/2/2026", "02/KHLT-UBND-MTTQ", "Kế hoạch liên tịch"),
    ("Căn cứ Văn bản hợp nhất số 15/VBHN-BTC ngày 20/5/2025 của Bộ Tài chính", "15/VBHN-BTC", "Văn bản hợp nhất"),
    ("Thực hiện Kế hoạch triển khai số 7/KH-SNV ngày 2/2/2026 của Sở Nội vụ", "7/KH-SNV", "Kế hoạch"),
])
def test_a_qualified_type_cites(text, number, doc_type):
    found = [(c.number, c.doc_type) for c in find_citations(text)]
    assert (number, doc_type) in found


def test_the_date_and_issuer_after_a_qualified_type():
    [citation] = find_citations("Thực hiện Kế hoạch hành động số 12/KH-UBND ngày 5/3/2026 của UBND tỉnh về chuyển đổi số")
    assert (citation.issued_date, citation.issuer) == ("2026-03-05", "UBND tỉnh")
    assert citation.text.startswith("Kế hoạch hành động số 12/KH-UBND")


@pytest.mark.parametrize("text", [
    "Kế hoạch năm 2026 giao 15 nhiệm vụ, đã hoàn thành số 3/4 nhiệm vụ quý I",  # figures, no symbol
    "Chương trình đạt được số lượng 12/15 chỉ tiêu đề ra",  # "số lượng", not "số"
    "Kế hoạch này được xây dựng trên cơ sở số liệu thống kê năm 2025",
    "Báo cáo kết quả thực hiện các nhiệm vụ trọng tâm của tỉnh trong năm số 12/KH-UBND",  # four words between
])
def test_no_citation_without_a_number_after_so(text):
    assert [c.number for c in find_citations(text)] == []
