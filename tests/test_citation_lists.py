"""Numbers listed under one type word: "các Nghị định của Chính phủ: số 10/2020/NĐ-CP ngày …, số 11/2020/NĐ-CP ngày …",
"các Tờ trình số 505/TTr-CP …, số 531/TTr-CP … và số 579/TTr-CP … của Chính phủ", "các Quyết định số 12/QĐ-UBND,
13/QĐ-UBND". Only the first number was cited (or none, when the type's issuer came before a colon): the others were
lost. Each listed number is a citation of the list's type when its symbol is of that type (another type's number in
the list is left, not guessed); the issuer printed after the list's last number, or before the colon, is every
listed number's that prints none.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form

from pipeline.run import process
from pipeline.stages.citations import find_citations

CP, BTC, TTG = "Chính phủ", "Bộ Tài chính", "Thủ tướng Chính phủ"

# (the sentence, the citations: doc type, number, date, issuer)
FORMS = {
    "lead_with_issuer_and_colon": (
        "Căn cứ các Nghị định của Chính phủ: số 10/2020/NĐ-CP ngày 17/01/2020, số 11/2020/NĐ-CP ngày 20/01/2020;",
        [("Nghị định", "10/2020/NĐ-CP", "2020-01-17", CP), ("Nghị định", "11/2020/NĐ-CP", "2020-01-20", CP)]),
    "issuer_after_the_last": (
        "Xét các Tờ trình số 505/TTr-CP ngày 11/6/2025, số 531/TTr-CP ngày 18/6/2025 và số 579/TTr-CP ngày 24/6/2025 "
        "của Chính phủ;",
        [("Tờ trình", "505/TTr-CP", "2025-06-11", CP), ("Tờ trình", "531/TTr-CP", "2025-06-18", CP),
         ("Tờ trình", "579/TTr-CP", "2025-06-24", CP)]),
    "without_so": (
        "Căn cứ các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND ngày 5/1/2025 của UBND tỉnh;",
        [("Quyết định", "12/QĐ-UBND", None, "UBND tỉnh"), ("Quyết định", "13/QĐ-UBND", "2025-01-05", "UBND tỉnh")]),
    "items_with_their_subjects": (
        "Căn cứ Quyết định số 1400/QĐ-TTg ngày 30/9/2008 về việc phê duyệt Đề án dạy và học ngoại ngữ; số 2080/QĐ-TTg "
        "ngày 22/12/2017 phê duyệt điều chỉnh Đề án;",
        [("Quyết định", "1400/QĐ-TTg", "2008-09-30", TTG), ("Quyết định", "2080/QĐ-TTg", "2017-12-22", TTG)]),
    "three_with_va": (
        "Căn cứ các Thông tư của Bộ Tài chính: số 15/2024/TT-BTC ngày 01/3/2024, số 16/2024/TT-BTC ngày 02/3/2024 và "
        "số 17/2024/TT-BTC;",
        [("Thông tư", "15/2024/TT-BTC", "2024-03-01", BTC), ("Thông tư", "16/2024/TT-BTC", "2024-03-02", BTC),
         ("Thông tư", "17/2024/TT-BTC", None, BTC)]),
    "party_numbers": (
        "Thực hiện các Nghị quyết số 57-NQ/TW ngày 22/12/2024, số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị;",
        [("Nghị quyết", "57-NQ/TW", "2024-12-22", "Bộ Chính trị"), ("Nghị quyết", "66-NQ/TW", "2025-04-30", "Bộ Chính trị")]),
    # a number of another type in the list: not the list's type, so left (never a guessed type)
    "another_type_is_left": (
        "Thực hiện Kế hoạch số 10/KH-UBND ngày 01/02/2025; số 11/QĐ-UBND ngày 02/02/2025;",
        [("Kế hoạch", "10/KH-UBND", "2025-02-01", None)]),
    # the issuer printed after the last number is not lent to a number whose symbol names another issuer
    "another_issuers_symbol_keeps_none": (
        "Căn cứ các Quyết định số 12/QĐ-UBND ngày 5/1/2025, số 15/QĐ-SYT ngày 6/1/2025 của Sở Y tế;",
        [("Quyết định", "12/QĐ-UBND", "2025-01-05", None), ("Quyết định", "15/QĐ-SYT", "2025-01-06", "Sở Y tế")]),
    "a_party_number_after_a_state_one": (
        "Thực hiện Quyết định số 12/QĐ-UBND ngày 5/1/2025, 13-QĐ/TU ngày 7/1/2025 của Tỉnh ủy;",
        [("Quyết định", "12/QĐ-UBND", "2025-01-05", None), ("Quyết định", "13-QĐ/TU", "2025-01-07", "Tỉnh ủy")]),
    # numbers that are no document's
    "counts_are_no_citations": (
        "Kế hoạch số 10/KH-UBND ngày 01/02/2025, số lượng 20/30 người, tỷ lệ 15/20 đơn vị;",
        [("Kế hoạch", "10/KH-UBND", "2025-02-01", None)]),
}


@pytest.mark.parametrize("form", FORMS)
def test_listed_numbers_are_cited(form):
    sentence, expected = FORMS[form]
    assert [(c.doc_type, c.number, c.issued_date, c.issuer) for c in find_citations(sentence)] == expected


PLAN = ["ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH", "Số: 77/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Bắc Ninh, ngày 20 tháng 3 năm 2025", "KẾ HOẠCH", "Thực hiện chuyển đổi số năm 2025",
        FORMS["lead_with_issuer_and_colon"][0], FORMS["issuer_after_the_last"][0], "I. MỤC ĐÍCH",
        "1. Nâng cao chất lượng.", "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Hải"]


@pytest.mark.parametrize("fmt", ["text", "docx"])
def test_a_plan_cites_every_listed_number(tmp_path, fmt):
    path = write_in_form(tmp_path, PLAN, fmt)
    cited = {(c.number, c.issuer) for c in process(path).metadata.cited_documents}
    expected = {(number, issuer) for form in ("lead_with_issuer_and_colon", "issuer_after_the_last")
                for _, number, _, issuer in FORMS[form][1]}
    assert cited == expected


def test_a_long_line_of_lists_cites_each_as_alone():
    """A flattened table's line holds many lists one after another: each is read as it is alone (the leads and the
    citations found are walked once, in order)."""
    sentences = [FORMS[form][0] for form in FORMS]
    alone = [[(c.doc_type, c.number, c.issued_date, c.issuer) for c in find_citations(s)] for s in sentences]
    line = " ".join(sentences * 40)
    assert [(c.doc_type, c.number, c.issued_date, c.issuer) for c in find_citations(line)] == [
        c for _ in range(40) for cited in alone for c in cited]
