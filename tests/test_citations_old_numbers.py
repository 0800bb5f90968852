"""Cited numbers of before 2001 and of joint documents, and a gazette's issue numbers (s18).

A joint circular's number carries its own type code, "TTLT" (Thông tư liên tịch), in the forms of every period:
"12/1998/TTLT-BNV-BTC", "12/TTLT-BNV-BTC", the Party-like "12-TTLT/BNV-BTC" and a bare "12/TTLT". It was cited as a
plain Thông tư (the words "liên tịch" dropped, or the prose saying only "Thông tư"); a citation that says only "Văn
bản" kept no type. Numbers of before 2001 print the issuer's code after a hyphen and no type ("Nghị định 64-CP",
"Quyết định 388-HĐBT"): the issuer comes from that code where the text does not print it. A gazette's issue ("Công
báo số 12+13", "đăng công báo số 45/CB-VPCP") is numbered like a document and is none.
Every fixture is written for the test; numbers and dates are made up.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from pipeline.stages.citations import find_citations

JOINT = "Thông tư liên tịch"


@pytest.mark.parametrize("text, expected", [
    ("Căn cứ Thông tư liên tịch số 12/1998/TTLT-BNV-BTC ngày 05/3/1998;", (JOINT, "12/1998/TTLT-BNV-BTC")),
    ("thực hiện Thông tư liên tịch số 07/TTLT-BLĐTBXH-BTC ngày 2/4/2000", (JOINT, "07/TTLT-BLĐTBXH-BTC")),
    ("theo Thông tư số 12/TTLT ngày 5/3/1992 hướng dẫn chế độ phụ cấp", (JOINT, "12/TTLT")),  # the prose says Thông tư
    ("Căn cứ Thông tư 12-TTLT/BNV-BTC ngày 5/3/1992;", (JOINT, "12-TTLT/BNV-BTC")),
    ("Căn cứ Văn bản số 33/TTLT-BYT-BTC ngày 1/6/2010;", (JOINT, "33/TTLT-BYT-BTC")),  # "Văn bản" says no type
    ("theo Văn bản số 15/QĐ-UBND ngày 3/2/2024 của UBND tỉnh", ("Quyết định", "15/QĐ-UBND")),
    ("thực hiện Kế hoạch liên tịch số 4/KHLT-SNV-STP ngày 3/2/2026", ("Kế hoạch liên tịch", "4/KHLT-SNV-STP")),
])
def test_the_type_from_the_numbers_type_code(text, expected):
    assert [(c.doc_type, c.number) for c in find_citations(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Văn bản số 12/UBND-VX ngày 5/1/2024", "Văn bản"),  # a Công văn's number: no type code
    ("Thông tư số 07-TT/LB ngày 1/1/1990", "Thông tư"),  # an inter-ministry circular of before 2001, coded TT
    ("Quyết định số 15/TTLT-BNV ngày 2/2/2010", "Quyết định"),  # the prose names another type: kept, not guessed
    ("Văn bản số 01-GCN-MT ngày 21/4/2026", "Văn bản"),
])
def test_the_printed_type_where_the_code_does_not_refine_it(text, expected):
    assert [c.doc_type for c in find_citations(text)] == [expected]


def test_listed_joint_numbers_follow_their_type():
    found = find_citations("Căn cứ Thông tư liên tịch số 12/TTLT-BNV-BTC ngày 5/3/1998, và số 13/TTLT-BNV-BTC ngày "
                           "6/3/1998;")
    assert [(c.doc_type, c.number) for c in found] == [(JOINT, "12/TTLT-BNV-BTC"), (JOINT, "13/TTLT-BNV-BTC")]


@pytest.mark.parametrize("text, expected", [
    ("Căn cứ Nghị định 64-CP ngày 27/9/1993;", ("64-CP", "Chính phủ")),
    ("Căn cứ Nghị định số 64 - CP ngày 27 tháng 9 năm 1993", ("64-CP", "Chính phủ")),
    ("theo Quyết định 388-HĐBT ngày 20/11/1991 về thành lập doanh nghiệp", ("388-HĐBT", "Hội đồng Bộ trưởng")),
    ("Căn cứ Quyết định số 112/HĐBT ngày 15/4/1991;", ("112/HĐBT", "Hội đồng Bộ trưởng")),
    ("Căn cứ Nghị định số 10/2020/NĐ-CP ngày 17/01/2020;", ("10/2020/NĐ-CP", "Chính phủ")),
    ("Căn cứ Chỉ thị số 15/CT-TTg ngày 5/3/2024;", ("15/CT-TTg", "Thủ tướng Chính phủ")),
    ("Căn cứ Luật Đầu tư số 61/2020/QH14;", ("61/2020/QH14", "Quốc hội")),
    # printed issuers stay as printed
    ("Căn cứ Nghị định 64-CP ngày 27/9/1993 của Chính phủ;", ("64-CP", "Chính phủ")),
    ("Căn cứ Quyết định số 12/QĐ-BNV ngày 5/1/2024 của Bộ trưởng Bộ Nội vụ;", ("12/QĐ-BNV", "Bộ trưởng Bộ Nội vụ")),
])
def test_the_issuer_from_the_symbols_code(text, expected):
    assert [(c.number, c.issuer) for c in find_citations(text)] == [expected]


@pytest.mark.parametrize("text", [
    "Căn cứ Thông tư liên tịch số 12/TTLT-BNV-BTC ngày 5/3/1998;",  # two bodies: no one issuer
    "Căn cứ Thông tư 12-TTLT/BNV-BTC ngày 5/3/1992;",  # the Party-like form: not "Bộ Tài chính" alone
    "Căn cứ Quyết định số 15/QĐ-UBND ngày 3/2/2024;",  # a province's code names no place
    "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024;",
    "Căn cứ Thông tư số 12/TTLT ngày 5/3/1992;",
])
def test_no_issuer_where_the_code_names_no_one_body(text):
    assert [c.issuer for c in find_citations(text)] == [None]


@pytest.mark.parametrize("text", [
    "Luật Đất đai, Công báo số 12/QH13 ngày 5/1/2014",
    "Văn bản đăng công báo số 12/CB-VPCP ngày 1/2/2020",
    "Quyết định trên Công báo số 45/2019/CB ngày 3/5/2019",
    "NGHỊ ĐỊNH ĐĂNG CÔNG BÁO SỐ 12/2020/CB-VPCP",
])
def test_a_gazettes_issue_is_no_cited_document(text):
    assert find_citations(text) == []


def test_a_citation_before_a_gazette_issue_is_kept():
    found = find_citations("Căn cứ Luật Đất đai số 45/2013/QH13 (Công báo số 12+13 ngày 15/01/2014), Nghị định số "
                           "43/2014/NĐ-CP đăng công báo số 5/CB-VPCP;")
    assert [(c.doc_type, c.number) for c in found] == [("Luật", "45/2013/QH13"), ("Nghị định", "43/2014/NĐ-CP")]


@pytest.mark.parametrize("form", ["text", "docx", "html"])
def test_old_and_joint_numbers_in_a_documents_grounds(tmp_path, form):
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN", "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", "---------------", "Số: 21/QĐ-UBND", "Lạng Sơn, ngày 4 tháng 3 năm 2024",
             "QUYẾT ĐỊNH", "Về việc bãi bỏ văn bản",
             "Căn cứ Thông tư số 12/TTLT ngày 5/3/1992 (Công báo số 6+7 ngày 20/3/1992);",
             "Căn cứ Văn bản số 33/TTLT-BYT-BTC ngày 1/6/2010;",
             "Căn cứ Quyết định 388-HĐBT ngày 20/11/1991; Công báo số 4/CB ngày 1/12/1991;",
             "QUYẾT ĐỊNH:", "Điều 1. Bãi bỏ các văn bản nêu trên.", "Nơi nhận:", "- Lưu: VT.",
             "CHỦ TỊCH", "Lê Văn Bình"]
    cited = process(write_in_form(tmp_path, lines, form)).metadata.cited_documents
    assert [(c.doc_type, c.number, c.issuer) for c in cited] == [
        (JOINT, "12/TTLT", None), (JOINT, "33/TTLT-BYT-BTC", None), ("Quyết định", "388-HĐBT", "Hội đồng Bộ trưởng")]


@pytest.mark.parametrize("text,expected", [
    # the Party's form (type before the slash) has types of its own: a Thông tri, not a Thông tư
    ("Căn cứ Văn bản số 15-TT/TU ngày 3/4/2025 của Ban Thường vụ Tỉnh ủy.", "Thông tri"),
    ("Thực hiện Văn bản số 08-QĐi/TW ngày 1/2/2026.", "Quy định"),
    ("Căn cứ Văn bản số 12-NQ/TW ngày 3/4/2025.", "Nghị quyết"),
    # "QĐ" in the Party's form was both a Quyết định and a Quy định: the printed word stays
    ("Căn cứ Văn bản số 205-QĐ/TW ngày 1/2/2026 của Ban Chấp hành Trung ương.", "Văn bản"),
    ("Căn cứ Quy định số 205-QĐ/TW ngày 1/2/2026.", "Quy định"),
    ("Căn cứ Quyết định số 99-QĐ/TU ngày 1/2/2026.", "Quyết định"),
])
def test_a_party_numbers_type_code_reads_in_the_partys_system(text, expected):
    assert [c.doc_type for c in find_citations(text)] == [expected]
