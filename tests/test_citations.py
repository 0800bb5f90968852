import pytest

from pipeline.stages.citations import find_citations

# Real lines from the samples -> (type, number, date, issuer)
CASES = [
    ("Căn cứ Quyết định số 3897/QĐ-UBND ngày 10 tháng 9 năm 2018 của Ủy ban nhân dân thành phố về Ban hành",
     [("Quyết định", "3897/QĐ-UBND", "2018-09-10", "Ủy ban nhân dân thành phố")]),
    ("Chỉ thị số 07- CT/TU ngày 01/10/2021 của Ban Thường vụ Thành ủy Hà Nội về đẩy mạnh",
     [("Chỉ thị", "07-CT/TU", "2021-10-01", "Ban Thường vụ Thành ủy Hà Nội")]),
    ("Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007 của Ủy ban Thường vụ Quốc hội về thực hiện dân chủ",
     [("Pháp lệnh", "34/2007/PL-UBTVQH11", "2007-04-20", "Ủy ban Thường vụ Quốc hội")]),
    ("Tập trung triển khai Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới",
     [("Nghị quyết", "66-NQ/TW", "2025-04-30", "Bộ Chính trị")]),
    ("theo Nghị quyết số 06/NQ- HĐND ngày 25/02/2025 của HĐND Thành phố: Xây dựng quy trình",
     [("Nghị quyết", "06/NQ-HĐND", "2025-02-25", "HĐND Thành phố")]),
    ("Thực hiện Chương trình phối hợp số 03-CTr/BDVTU-BCSĐUBNDTP ngày 29/10/2021 giữa Ban Dân vận Thành ủy",
     [("Chương trình", "03-CTr/BDVTU-BCSĐUBNDTP", "2021-10-29", None)]),
    ("(thay thế Nghị quyết 08/2016/NQ-HĐND ngày 03/8/2016 và Quyết định 41/2016/QĐ-UBND ngày 19/9/2016)",
     [("Nghị quyết", "08/2016/NQ-HĐND", "2016-08-03", None), ("Quyết định", "41/2016/QĐ-UBND", "2016-09-19", None)]),
    ("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 3769/TTr-SNV ngày 24 tháng 12 năm 2020.",
     [("Tờ trình", "3769/TTr-SNV", "2020-12-24", None)]),
    # a Party-style symbol printed with a space for its hyphen
    ("Thực hiện Kế hoạch số 298 KH/TWĐTN ngày 05/3/2025 của Ban Thường vụ Trung ương Đoàn về tổ chức",
     [("Kế hoạch", "298-KH/TWĐTN", "2025-03-05", "Ban Thường vụ Trung ương Đoàn")]),
    ("Căn cứ Chỉ thị 05 CT/TU, Nghị quyết số 12 NQ/HU và Chương trình số 7 CTr/BDVTU-MTTQ",
     [("Chỉ thị", "05-CT/TU", None, None), ("Nghị quyết", "12-NQ/HU", None, None),
      ("Chương trình", "7-CTr/BDVTU-MTTQ", None, None)]),
    # negative rows: no type word, or no symbol (a space then words without "/" is no symbol)
    ("Kế hoạch số 298 năm 2025 và Quyết định 15 QĐ của huyện; Báo cáo 3 Sở Tư pháp/UBND", []),
    ("Năm 2019, Chỉ số PAPI của Hà Nội đạt 41,53/80 điểm; xếp thứ 59/63 tỉnh", []),
    ("trong năm 2025 có số 159 cán bộ được bồi dưỡng", []),
    ("Căn cứ Luật Tổ chức chính quyền địa phương năm 2015", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_find_citations(text, expected):
    found = [(c.doc_type, c.number, c.issued_date, c.issuer) for c in find_citations(text)]
    assert found == expected


def test_unreadable_date_is_flagged_not_guessed():
    (citation,) = find_citations("Thể chế hóa Chỉ thị số 33/CT-TTg ngày 26/1 1/2021 của Thủ tướng Chính phủ")
    assert citation.issued_date is None
    assert citation.date_unreadable == "ngày 26/1 1/2021"


# A law, a code or an ordinance is cited by its name, then its number ("Luật Đầu tư công số 58/2024/QH15"): the
# grounds (Căn cứ) of every central body's Thông tư, Nghị định and Quyết định cite them so. The name may hold commas
# and "một số" ("Luật sửa đổi, bổ sung một số điều của …"); the number is the Quốc hội's or its Standing Committee's.
NAMED_LAWS = [
    ("Căn cứ Luật Quản lý thuế số 38/2019/QH14 ngày 13 tháng 6 năm 2019;",
     [("Luật", "38/2019/QH14", "2019-06-13", "Quốc hội")]),
    ("Căn cứ Luật Ngân hàng Nhà nước Việt Nam số 46/2010/QH12 ngày 16/6/2010 và Luật Thống kê số 89/2015/QH13;",
     [("Luật", "46/2010/QH12", "2010-06-16", "Quốc hội"), ("Luật", "89/2015/QH13", None, "Quốc hội")]),
    ("Căn cứ Bộ luật Lao động số 45/2019/QH14 ngày 20 tháng 11 năm 2019;",
     [("Bộ luật", "45/2019/QH14", "2019-11-20", "Quốc hội")]),
    ("Căn cứ Pháp lệnh Quản lý thị trường số 11/2016/UBTVQH14 ngày 08 tháng 3 năm 2016;",
     [("Pháp lệnh", "11/2016/UBTVQH14", "2016-03-08", "Ủy ban Thường vụ Quốc hội")]),
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở số 43/2024/QH15;",
     [("Luật", "43/2024/QH15", None, "Quốc hội")]),
    ("Căn cứ Luật số 56/2024/QH15 sửa đổi, bổ sung một số điều của Luật Chứng khoán;",
     [("Luật", "56/2024/QH15", None, "Quốc hội")]),
    # the number must be a law's: a name running on to another document's number cites no law, but that document
    ("Căn cứ Luật Đất đai năm 2024 và văn bản số 1520/BTNMT-QLĐĐ ngày 12/3/2025 của Bộ",
     [("Văn bản", "1520/BTNMT-QLĐĐ", "2025-03-12", "Bộ")]),
    ("Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017; Nghị định số 67/2018/NĐ-CP ngày 14/5/2018 của Chính phủ;",
     [("Nghị định", "67/2018/NĐ-CP", "2018-05-14", "Chính phủ")]),
]


@pytest.mark.parametrize("text, expected", NAMED_LAWS)
def test_a_law_cited_by_its_name_before_its_number(text, expected):
    assert [(c.doc_type, c.number, c.issued_date, c.issuer) for c in find_citations(text)] == expected


@pytest.mark.parametrize(("text", "number"), [
    ("Thực hiện Nghị quyết số 66.7/2025/NQ-CP ngày 15/11/2025 của Chính phủ về cắt giảm thủ tục", "66.7/2025/NQ-CP"),
    ("theo Nghị quyết 206.2/2025/NQ-CP của Chính phủ", "206.2/2025/NQ-CP"),
])
def test_a_number_with_a_dot(text, number):
    """Since 2025 the Government numbers some resolutions of a series with a dot ("66.7/2025/NQ-CP"): the header
    reads them (test_metadata), a citation must too."""
    assert [c.number for c in find_citations(text)] == [number]


# A title in capitals cites what the plan carries out ("KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024 CỦA
# BỘ CHÍNH TRỊ …"): read as in sentence case, the codes of its symbol as they are written ("CT-TTG" -> "CT-TTg").
IN_CAPITALS = [
    ("THỰC HIỆN NGHỊ QUYẾT SỐ 01/NQ-CP NGÀY 05 THÁNG 01 NĂM 2023 CỦA CHÍNH PHỦ VỀ NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
     [("Nghị quyết", "01/NQ-CP", "2023-01-05", "CHÍNH PHỦ")]),
    ("TRIỂN KHAI CHỈ THỊ SỐ 18/CT-TTG NGÀY 20/5/2024 CỦA THỦ TƯỚNG CHÍNH PHỦ",
     [("Chỉ thị", "18/CT-TTg", "2024-05-20", "THỦ TƯỚNG CHÍNH PHỦ")]),
    ("THỰC HIỆN KẾT LUẬN SỐ 27-KL/TW NGÀY 02 THÁNG 8 NĂM 2012 CỦA BỘ CHÍNH TRỊ VÀ NGHỊ QUYẾT SỐ 53-NQ/TW",
     [("Kết luận", "27-KL/TW", "2012-08-02", "BỘ CHÍNH TRỊ"), ("Nghị quyết", "53-NQ/TW", None, None)]),
    ("THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP SỐ 03-CTR/BDVTU-BCSĐUBNDTP NGÀY 29/10/2021",
     [("Chương trình", "03-CTr/BDVTU-BCSĐUBNDTP", "2021-10-29", None)]),
    ("TRIỂN KHAI THI HÀNH LUẬT ĐẦU TƯ CÔNG SỐ 58/2024/QH15", [("Luật", "58/2024/QH15", None, "Quốc hội")]),
    # capitals that cite nothing: no type word before the number, or no symbol
    ("KẾ HOẠCH SỐ 12 NĂM 2026 VỀ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", []),
    ("BÁO CÁO KẾT QUẢ 6/12 THÁNG NĂM 2025", []),
]


@pytest.mark.parametrize("text, expected", IN_CAPITALS)
def test_a_citation_in_capitals(text, expected):
    assert [(c.doc_type, c.number, c.issued_date, c.issuer) for c in find_citations(text)] == expected


def test_sentence_case_keeps_its_case_rules():
    """Only a line all in capitals is read regardless of case: in a sentence, "số 5/năm" cites nothing."""
    assert find_citations("Kế hoạch số 5/năm học và Quyết định số 12/kế hoạch") == []


# An issuer whose registry name holds a comma, a dash or "và" is read whole, with the place words after it; the citation
# ends where the issuer does. Wordings, cases and marks vary; the words after the issuer are no part of it.
WHOLE_ISSUERS = [
    ("Căn cứ Thông tư số 01/2020/TT-BLĐTBXH ngày 05/01/2020 của Bộ Lao động, Thương binh và Xã hội hướng dẫn thực hiện",
     "Bộ Lao động, Thương binh và Xã hội"),
    ("Thực hiện Công văn số 12/BLĐTBXH-VP ngày 3/2/2021 của Bộ Lao động - Thương binh và Xã hội;",
     "Bộ Lao động - Thương binh và Xã hội"),
    ("theo Công văn số 12/BVHTTDL-KH ngày 3/2/2021 của Bộ Văn hoá, Thể thao và Du lịch về việc tổ chức",
     "Bộ Văn hoá, Thể thao và Du lịch"),
    ("Quyết định số 5/QĐ-BTNMT ngày 1/1/2022 của Bộ Tài nguyên và Môi trường.", "Bộ Tài nguyên và Môi trường"),
    ("Quyết định 2/QĐ-BKHCN của Bộ Khoa học và Công nghệ; Quyết định 3/QĐ-BYT của Bộ Y tế",
     "Bộ Khoa học và Công nghệ"),
    ("Kế hoạch số 7/KH-SVHTTDL ngày 2/3/2024 của Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai về tổ chức",
     "Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai"),
    ("THỰC HIỆN THÔNG TƯ SỐ 01/2020/TT-BLĐTBXH NGÀY 05/01/2020 CỦA BỘ LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI",
     "BỘ LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI"),
    ("Công văn số 45/SNNPTNT-KH của Sở Nông nghiệp và Phát triển nông thôn thành phố Hà Nội và Sở Y tế",
     "Sở Nông nghiệp và Phát triển nông thôn thành phố Hà Nội"),
    # the name after a position's words: a minister's or a standing body's act
    ("Căn cứ Thông tư số 14/2019/TT-BLĐTBXH ngày 2/5/2019 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội quy định",
     "Bộ trưởng Bộ Lao động - Thương binh và Xã hội"),
    ("Quyết định số 31/2012/QĐ-BVHTTDL của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch ban hành quy chế",
     "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"),
    ("theo Thông tư số 3/2021/TT-BGDĐT ngày 4/2/2021 của Bộ trưởng Bộ Giáo dục và Đào tạo về việc",
     "Bộ trưởng Bộ Giáo dục và Đào tạo"),
]


@pytest.mark.parametrize("text, issuer", WHOLE_ISSUERS)
def test_an_issuer_named_with_a_comma_or_and_is_read_whole(text, issuer):
    first = find_citations(text)[0]
    assert first.issuer == issuer
    assert first.text.endswith(issuer) and text[first.start:first.end] == first.text


def test_a_stop_word_still_ends_an_issuer_the_registry_does_not_know_whole():
    found = find_citations("Quyết định số 5/QĐ-UBND ngày 1/1/2022 của UBND tỉnh và Sở Y tế về việc")
    assert [c.issuer for c in found] == ["UBND tỉnh"]


@pytest.mark.parametrize("text", [
    # a flattened table row: the next cells ("Kết quả …", "Các sở, ban, ngành …") run into the issuer, then a new row
    "theo Quyết định số 12/QĐ-TTg ngày 2/3/2023 của Thủ tướng Chính phủ Kết quả công khai Hằng quý Các sở, ban, ngành, "
    "địa phương Sở Nội vụ Sở Nội vụ\n7 Tham mưu triển khai",
    "Kế hoạch số 5/KH-UBND của UBND tỉnh Báo cáo Các sở, ban, ngành\n8 Rà soát",
])
def test_a_registry_name_after_other_words_is_no_issuer_read_whole(text):
    """Only at the issuer's start or after a position or a standing organ is a cut registry name read whole: after a
    table's other cells it would lengthen a wrong issuer (and a new row after it once stopped the stage with an error)."""
    issuer = find_citations(text)[0].issuer
    assert issuer is None or "ngành" not in issuer


def test_a_standing_organ_before_a_name_cut_at_and():
    found = find_citations("Báo cáo số 86/BC-UBPLTP15 ngày 2/5/2025 của Thường trực Ủy ban Pháp luật và Tư pháp về dự án")
    assert found[0].issuer == "Thường trực Ủy ban Pháp luật và Tư pháp"


@pytest.mark.parametrize("text, issuer", [
    ("Thông tư số 9/2019/TT-BKHCN ngày 2/3/2019 của Bộ trưởng Bộ Khoa học và Công nghệ Không áp dụng Đạt",
     "Bộ trưởng Bộ Khoa học và Công nghệ"),
    ("Quyết định số 4/QĐ-BTNMT của Bộ Tài nguyên và Môi trường Đã thực hiện", "Bộ Tài nguyên và Môi trường"),
])
def test_words_after_a_name_read_whole_are_its_place_or_nothing(text, issuer):
    """A flattened table's next cell after the issuer is no place of it: the issuer ends at the registry's name."""
    assert find_citations(text)[0].issuer == issuer
