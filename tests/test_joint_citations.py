"""A joint document cited (s18): "Thông tư liên tịch số 12/2015/TTLT-BNV-BTC … của Bộ Nội vụ và Bộ Tài chính" gave the
issuer "Bộ Nội vụ" alone (the issuer pattern stops at "và") and resolved it to Bộ Nội vụ: a confident wrong issuer. A
joint citation's issuer is every body it names, as printed, and its agency none (the field holds one body). A citation
of one body keeps its issuer cut at "và". Every fixture is written for the test."""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from pipeline.stages.agencies import _cited_issuer
from pipeline.stages.citations import find_citations


@pytest.mark.parametrize("text, issuer", [
    ("Căn cứ Thông tư liên tịch số 12/2015/TTLT-BNV-BTC ngày 05/10/2015 của Bộ Nội vụ và Bộ Tài chính hướng dẫn chế độ",
     "Bộ Nội vụ và Bộ Tài chính"),
    ("THỰC HIỆN THÔNG TƯ LIÊN TỊCH SỐ 12/2015/TTLT-BNV-BTC NGÀY 05/10/2015 CỦA BỘ NỘI VỤ VÀ BỘ TÀI CHÍNH",
     "BỘ NỘI VỤ VÀ BỘ TÀI CHÍNH"),
    # three bodies, one of them a name with its own "và" and comma
    ("theo Thông tư liên tịch số 07/2016/TTLT-BGDĐT-BNV-BTC của Bộ Giáo dục và Đào tạo, Bộ Nội vụ và Bộ Lao động, "
     "Thương binh và Xã hội về việc …", "Bộ Giáo dục và Đào tạo, Bộ Nội vụ và Bộ Lao động, Thương binh và Xã hội"),
    # a joint plan named by its symbol's two codes, no "liên tịch"
    ("Triển khai Kế hoạch số 21/KH-UBND-MTTQ ngày 3/4/2024 của Ủy ban nhân dân xã và Ủy ban MTTQ Việt Nam xã.",
     "Ủy ban nhân dân xã và Ủy ban MTTQ Việt Nam xã"),
    # a central body second
    ("Nghị quyết liên tịch số 01/2020/NQLT-ĐCT-CP của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam và Chính phủ về …",
     "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam và Chính phủ"),
])
def test_a_joint_citations_issuer_is_every_body(text, issuer):
    (cited,) = find_citations(text)
    assert cited.issuer == issuer
    assert _cited_issuer(cited.issuer, None) is None  # no one body of them is the issuer


def test_a_list_of_joint_numbers_shares_every_body():
    """A number listed under one type word, the issuer after the last: every body, for each number of that issuer."""
    text = ("Căn cứ Thông tư liên tịch số 05/2014/TTLT-BNV-BTC và số 12/2015/TTLT-BNV-BTC ngày 05/10/2015 của Bộ Nội vụ "
            "và Bộ Tài chính;")
    assert [(c.number, c.issuer) for c in find_citations(text)] == [
        ("05/2014/TTLT-BNV-BTC", "Bộ Nội vụ và Bộ Tài chính"), ("12/2015/TTLT-BNV-BTC", "Bộ Nội vụ và Bộ Tài chính")]


@pytest.mark.parametrize("text, issuer", [
    ("Căn cứ Quyết định số 12/QĐ-UBND ngày 3/4/2024 của UBND tỉnh và Sở Y tế đã triển khai", "UBND tỉnh"),
    ("Thông tư liên tịch số 12/2015/TTLT-BNV-BTC của Bộ Nội vụ và các văn bản hướng dẫn", "Bộ Nội vụ"),
    ("Quyết định số 15/QĐ-BLĐTBXH của Bộ Lao động, Thương binh và Xã hội về việc …", "Bộ Lao động, Thương binh và Xã hội"),
])
def test_a_citation_of_one_body_is_unchanged(text, issuer):
    (cited,) = find_citations(text)
    assert cited.issuer == issuer


_PLAN = ["ỦY BAN NHÂN DÂN", "XÃ TÂN HÒA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
         "Số: 41/KH-UBND", "Tân Hòa, ngày 15 tháng 7 năm 2026", "KẾ HOẠCH", "Triển khai chế độ phụ cấp năm 2026",
         "Căn cứ Thông tư liên tịch số 12/2015/TTLT-BNV-BTC ngày 05/10/2015 của Bộ Nội vụ và Bộ Tài chính hướng dẫn "
         "chế độ phụ cấp;",
         "Căn cứ Quyết định số 88/QĐ-UBND ngày 02/3/2026 của UBND tỉnh về việc giao dự toán;",
         "I. MỤC ĐÍCH", "1. Bảo đảm chế độ đúng quy định.", "Nơi nhận:", "- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Văn An"]


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_joint_citation_in_a_document(tmp_path, form):
    doc = process(write_in_form(tmp_path, _PLAN, form))
    cited = {c.number: c for c in doc.metadata.cited_documents}
    joint = cited["12/2015/TTLT-BNV-BTC"]
    assert (joint.issuer, joint.issuer_agency) == ("Bộ Nội vụ và Bộ Tài chính", None)
    assert cited["88/QĐ-UBND"].issuer == "UBND tỉnh"
