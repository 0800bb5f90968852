"""Citations the s34 round left unread or read wrong (s35), each a class with variants written for the test (numbers and
dates made up; wordings after the search tool's stored preambles and the fixtures of tests/test_pages_s*.py):

- a law, a code, an ordinance or the Constitution cited by its name and date or year, no number ("Luật Tổ chức chính
  quyền địa phương ngày 19 tháng 6 năm 2025", "Bộ luật Lao động năm 2019"): now a citation whose ``number`` is null
  (schema: ``cited_documents[].number`` nullable), its name in ``text``; a law named inside another's title ("Luật sửa
  đổi … của Luật X ngày …") is not cited with the amending law's date;
- a type in small letters straight before its number, no "số" ("công văn 1303/CP/KTTH");
- the issuer printed between the type and "số" ("Quyết định của Thủ tướng Chính phủ số …", "Thông tư liên tịch Ban
  Vật giá Chính phủ - Bộ Công nghiệp số …");
- a joint issuer printed as one name ("Liên bộ Kế hoạch và Đầu tư - Nội vụ", cut at "và" before) or after "giữa"
  ("giữa Bộ Nội vụ và Bộ Tài chính", null before): kept whole as printed, resolved to no one body;
- a scan's "về" read with a wrong tone mark left in the issuer ("Tỉnh ủy Lâm Đồng vẻ"): the issuer ends there.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from pipeline.stages.agencies import _cited_issuer
from pipeline.stages.citations import find_citations, find_named_laws


def _cited(text: str) -> list[tuple]:
    return [(c.doc_type, c.number, c.issued_date, c.issuer) for c in find_citations(text)]


def _named(text: str) -> list[tuple]:
    return [(c.doc_type, c.name, c.issued_date, c.text) for c in find_named_laws(text)]


@pytest.mark.parametrize("text, expected", [
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2025;",
     ("Luật", "Tổ chức chính quyền địa phương", "2025-06-19", "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2025")),
    ("Căn cứ Luật Phòng, chống thiên tai ngày 19/6/2013;",
     ("Luật", "Phòng, chống thiên tai", "2013-06-19", "Luật Phòng, chống thiên tai ngày 19/6/2013")),
    ("Căn cứ Bộ luật Lao động năm 2019;", ("Bộ luật", "Lao động", None, "Bộ luật Lao động năm 2019")),
    ("theo quy định của Bộ Luật Dân sự 2015 và hướng dẫn", ("Bộ luật", "Dân sự", None, "Bộ Luật Dân sự 2015")),
    ("Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng ngày 09 tháng 12 năm 2020;",
     ("Pháp lệnh", "Ưu đãi người có công với cách mạng", "2020-12-09",
      "Pháp lệnh Ưu đãi người có công với cách mạng ngày 09 tháng 12 năm 2020")),
    ("Căn cứ Hiến pháp năm 2013;", ("Hiến pháp", None, None, "Hiến pháp năm 2013")),
    ("Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025 của Quốc hội;",
     ("Luật", "Tổ chức Chính phủ", "2025-02-18", "Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025 của Quốc hội")),
])
def test_a_law_cited_by_its_name_and_date_is_read(text, expected):
    assert _named(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # the laws a title amends take the amending law's date: not cited (null beats a wrong date); the amending law is
    # (s40: tests/test_citations_s40_blind.py)
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương "
     "ngày 22 tháng 11 năm 2019;", [("Luật", "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
     "chính quyền địa phương", "2019-11-22", "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ "
     "chức chính quyền địa phương ngày 22 tháng 11 năm 2019")]),
    ("Căn cứ Luật số 47/2019/QH14 sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền "
     "địa phương ngày 22 tháng 11 năm 2019;", []),
    # a numbered law is the numbered citation's, not cited twice
    ("Căn cứ Luật Đầu tư công số 58/2024/QH15 ngày 29 tháng 11 năm 2024;", []),
    # a year that is a period's or a symbol's, no law's
    ("theo Luật Đầu tư công 2019-2020 và", []),
    ("Luật Đất đai 2024/QH15", []),
    # no date or year: no citation to read
    ("thực hiện theo quy định của Luật Đất đai và các văn bản hướng dẫn", []),
])
def test_no_law_is_cited_by_name_where_the_date_is_not_its_own(text, expected):
    assert _named(text) == expected


def test_two_laws_by_name_in_one_sentence_are_each_cited():
    assert [c[1] for c in _named("Căn cứ Luật Đất đai năm 2013 và Luật Nhà ở năm 2014;")] == ["Đất đai", "Nhà ở"]


def test_a_law_by_name_is_a_cited_document_with_a_null_number_once_per_name_and_year(tmp_path):
    # cited again in the body by its year (or its date): one citation, the date from whichever mention prints it
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: 12/KH-UBND", "Lâm Đồng, ngày 5 tháng 3 năm 2026", "KẾ HOẠCH",
             "Triển khai công tác phòng, chống thiên tai năm 2026",
             "Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;",
             "Căn cứ Bộ luật Lao động năm 2019;",
             "Căn cứ Quyết định số 45/QĐ-UBND ngày 12/01/2026 của UBND tỉnh;",
             "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
             "I. MỤC ĐÍCH, YÊU CẦU",
             "1. Thực hiện đúng Luật Phòng, chống thiên tai năm 2013 và Bộ luật Lao động ngày 20/11/2019.",
             "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A"]
    meta = process(write_in_form(tmp_path, lines, "text")).metadata
    assert [(c.doc_type, c.number, c.issued_date) for c in meta.cited_documents] == [
        ("Luật", None, "2013-06-19"), ("Bộ luật", None, "2019-11-20"), ("Quyết định", "45/QĐ-UBND", "2026-01-12")]


@pytest.mark.parametrize("text, expected", [
    ("Thực hiện công văn 1303/CP/KTTH ngày 5/4/1997 của Chính phủ về",
     ("Công văn", "1303/CP/KTTH", "1997-04-05", "Chính phủ")),
    ("theo quyết định 120/QĐ-UBND ngày 3/4/2024 của UBND huyện", ("Quyết định", "120/QĐ-UBND", "2024-04-03", "UBND huyện")),
    ("thực hiện kế hoạch 117-KH/TU ngày 2/5/2025 của Tỉnh ủy", ("Kế hoạch", "117-KH/TU", "2025-05-02", "Tỉnh ủy")),
    ("Căn cứ Quyết định 15/QĐ-UBND ngày 12/01/2024 của UBND tỉnh", ("Quyết định", "15/QĐ-UBND", "2024-01-12", "UBND tỉnh")),
])
def test_a_type_in_small_letters_goes_straight_on_to_its_number(text, expected):
    assert _cited(text) == [expected]


@pytest.mark.parametrize("text", ["theo kế hoạch 2021-2025 và báo cáo 12/2024", "quyết định 3 năm 2024"])
def test_a_small_type_before_a_figure_with_no_symbol_cites_nothing(text):
    assert _cited(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Căn cứ Quyết định của Thủ tướng Chính phủ số 123/QĐ-TTg ngày 5 tháng 3 năm 2020 về việc phê duyệt",
     ("Quyết định", "123/QĐ-TTg", "2020-03-05", "Thủ tướng Chính phủ")),
    ("Căn cứ Nghị định của Chính phủ số 15/2020/NĐ-CP ngày 3/2/2020;",
     ("Nghị định", "15/2020/NĐ-CP", "2020-02-03", "Chính phủ")),
    ("Thực hiện Chỉ thị của Ban Bí thư số 05-CT/TW ngày 15/5/2016 về", ("Chỉ thị", "05-CT/TW", "2016-05-15", "Ban Bí thư")),
    ("Căn cứ Quyết định của Bộ trưởng Bộ Lao động - Thương binh và Xã hội số 12/QĐ-LĐTBXH ngày 1/2/2020;",
     ("Quyết định", "12/QĐ-LĐTBXH", "2020-02-01", "Bộ trưởng Bộ Lao động - Thương binh và Xã hội")),
    ("căn cứ quyết định của UBND tỉnh số 12/QĐ-UBND ngày 1/2/2020", ("Quyết định", "12/QĐ-UBND", "2020-02-01", "UBND tỉnh")),
    # no "của": the issuer's first word is a body's (body_words.csv)
    ("Căn cứ Thông tư liên tịch Ban Vật giá Chính phủ - Bộ Công nghiệp số 12/TTLT ngày 3/4/1998 về giá điện;",
     ("Thông tư liên tịch", "12/TTLT", "1998-04-03", "Ban Vật giá Chính phủ - Bộ Công nghiệp")),
    ("Thực hiện Kế hoạch Sở Y tế số 12/KH-SYT ngày 3/4/2024;", ("Kế hoạch", "12/KH-SYT", "2024-04-03", "Sở Y tế")),
    ("Căn cứ Chương trình Bộ Chính trị số 05-CTr/TW ngày 1/2/2021;",
     ("Chương trình", "05-CTr/TW", "2021-02-01", "Bộ Chính trị")),
    # a qualifier, no body: as before
    ("Căn cứ Nghị quyết Liên tịch số 05/2020/NQLT-BCA-BQP ngày 1/2/2020;",
     ("Nghị quyết liên tịch", "05/2020/NQLT-BCA-BQP", "2020-02-01", None)),
])
def test_an_issuer_between_the_type_and_its_number_is_read(text, expected):
    assert _cited(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Căn cứ Thông tư liên bộ số 12/TT-LB ngày 5/3/1995 của Liên bộ Kế hoạch và Đầu tư - Nội vụ hướng dẫn thực hiện;",
     ("Thông tư", "12/TT-LB", "1995-03-05", "Liên bộ Kế hoạch và Đầu tư - Nội vụ")),
    ("Căn cứ Thông tư số 08/TTLB ngày 2/6/1993 của Liên Bộ Lao động - Thương binh và Xã hội - Tài chính về",
     ("Thông tư", "08/TT-LB", "1993-06-02", "Liên Bộ Lao động - Thương binh và Xã hội - Tài chính")),
    ("Căn cứ Thông tư liên tịch số 12/2015/TTLT-BNV-BTC ngày 5/3/2015 giữa Bộ Nội vụ và Bộ Tài chính về chế độ;",
     ("Thông tư liên tịch", "12/2015/TTLT-BNV-BTC", "2015-03-05", "Bộ Nội vụ và Bộ Tài chính")),
    ("Căn cứ Quy chế phối hợp số 12/QC-UBND ngày 1/1/2020 giữa UBND tỉnh và Công an tỉnh về",
     ("Quy chế", "12/QC-UBND", "2020-01-01", "UBND tỉnh và Công an tỉnh")),
    # "giữa" one body: the other is not read, so no issuer (the first body alone is not the issuer)
    ("Căn cứ Thông tư liên tịch số 12/2015/TTLT-BNV-BTC ngày 5/3/2015 giữa Bộ Nội vụ về chế độ;",
     ("Thông tư liên tịch", "12/2015/TTLT-BNV-BTC", "2015-03-05", None)),
])
def test_a_joint_issuer_is_kept_whole(text, expected):
    assert _cited(text) == [expected]


@pytest.mark.parametrize("issuer", ["Liên bộ Kế hoạch và Đầu tư - Nội vụ", "Liên Bộ Tài chính - Xây dựng",
                                    "Liên ngành Y tế - Giáo dục và Đào tạo"])
def test_a_joint_name_resolves_to_no_one_body(issuer):
    assert _cited_issuer(issuer, "lam-dong") is None


@pytest.mark.parametrize("text, issuer", [
    ("Thực hiện Kế hoạch số 117-KH/TU ngày 5/3/2025 của Tỉnh ủy Lâm Đồng vẻ triển khai", "Tỉnh ủy Lâm Đồng"),
    ("Thực hiện Kế hoạch số 117-KH/TU ngày 5/3/2025 của Tỉnh ủy Lâm Đồng vê triển khai", "Tỉnh ủy Lâm Đồng"),
    ("Căn cứ Quyết định số 12/QĐ-UBND ngày 2/3/2024 của UBND tỉnh Lâm Đồng tai huyện Đức Trọng", "UBND tỉnh Lâm Đồng"),
    ("Căn cứ Công văn số 12/SYT-NV ngày 2/3/2024 của Sở Y tế trên địa bàn", "Sở Y tế"),
    ("Căn cứ Công văn số 12/SYT-NV ngày 2/3/2024 của Sở Y tế thẹo chỉ đạo", "Sở Y tế"),
    # a name's own word that folds to an end word stays ("vệ" of "Bảo vệ", "Cảnh vệ")
    ("Thực hiện Kế hoạch số 12/KH-BVSK ngày 2/3/2024 của Ban Bảo vệ sức khỏe cán bộ tỉnh vể triển khai",
     "Ban Bảo vệ sức khỏe cán bộ tỉnh"),
    ("Thực hiện Kế hoạch số 12/KH-BTLCV ngày 2/3/2024 của Bộ Tư lệnh Cảnh vệ về việc", "Bộ Tư lệnh Cảnh vệ"),
])
def test_an_issuer_ends_at_an_end_word_a_scan_read_with_a_wrong_mark(text, issuer):
    assert [c.issuer for c in find_citations(text)] == [issuer]
