"""Metadata on the classes of real documents the team has not seen (issue 17, what was left): look-alike glyphs,
OCR's slips in the header, signing authority implied by the signer's position, the digital signing time and the file
name as evidence for a value the page does not show. Every fixture is a variant written here, not a real file."""

from __future__ import annotations

import pytest

from pipeline.text import normalise

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
ARTICLES = "Căn cứ Luật Tổ chức chính quyền địa phương;\nĐiều 1. Phạm vi điều chỉnh\nNội dung.\n"
LETTER = "Kính gửi: Sở Công Thương các tỉnh\nThực hiện chỉ đạo của Bộ trưởng, Cục có ý kiến như sau:\n1. Nội dung.\n"


def codes(doc) -> set[str]:
    return {w.code for w in doc.warnings}


# ---------------------------------------------------------------------------------------------------
# Look-alike glyphs: a PDF font's wrong mapping, OCR's fraction slash


@pytest.mark.parametrize("printed, text", [
    ("hƣớng dẫn BỘ CÔNG THƢƠNG", "hướng dẫn BỘ CÔNG THƯƠNG"),  # Latin OI for Ư
    ("Ðộc lập - Tự do", "Độc lập - Tự do"),  # the Icelandic eth for Đ
    ("V⁄v chính sách thuế", "V/v chính sách thuế"), ("V∕v góp ý", "V/v góp ý"),  # fraction and division slashes
    ("h\u01a3\u0301ng", "h\u1ee9ng"),  # a look-alike with a combining tone mark composes once replaced (NFC)
    ("Cỗ Ngõ Õ", "Cỗ Ngõ Õ"),  # letters Vietnamese does use stay
])
def test_look_alike_glyphs_are_read_as_the_letters_they_show(printed, text):
    assert normalise(printed) == text


@pytest.mark.parametrize("subject_line", ["V⁄v hướng dẫn quản lý cụm công nghiệp", "V∕V: hướng dẫn quản lý cụm công nghiệp",
                                          "V/v hƣớng dẫn quản lý cụm công nghiệp"])
def test_a_cong_van_subject_with_look_alike_glyphs(processed, subject_line):
    doc = processed(f"BỘ CÔNG THƢƠNG\nCỤC ĐỔI MỚI SÁNG TẠO\nSố: 1178/ĐCK-CTT\n{subject_line}\n{MOTTO}"
                    f"Hà Nội, ngày 09 tháng 7 năm 2025\n{LETTER}")
    meta = doc.metadata
    assert (meta.doc_type, meta.title) == ("Công văn", "hướng dẫn quản lý cụm công nghiệp")
    assert meta.issuer.parent == "BỘ CÔNG THƯƠNG"


# ---------------------------------------------------------------------------------------------------
# OCR's slips in the header


@pytest.mark.parametrize("line, heading, number", [
    ("Số: 1050/QĐĐ-SCT", "QUYẾT ĐỊNH", "1050/QĐ-SCT"),
    ("Số:1050 /QĐÐ-SCT", "QUYẾT ĐỊNH", "1050/QĐ-SCT"),  # with the Icelandic eth
    ("Số: 77/KKH-UBND", "KẾ HOẠCH", "77/KH-UBND"),
])
def test_a_doubled_letter_in_the_type_part_is_read_once_with_a_warning(processed, line, heading, number):
    doc = processed(f"UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\n{line}\n{MOTTO}Lào Cai, ngày 06 tháng 3 năm 2026\n{heading}\n"
                    f"Kiểm tra việc chấp hành pháp luật\n{ARTICLES}")
    assert doc.metadata.number == number
    assert "number_typo_normalised" in codes(doc) and "doc_type_mismatch" not in codes(doc)


@pytest.mark.parametrize("line, heading, number", [
    ("Số: 1050/QĐĐ-SCT", "KẾ HOẠCH", "1050/QĐĐ-SCT"),  # the repair must give the heading's type: left as printed
    ("Số: 12/UBND-VX", "KẾ HOẠCH", "12/UBND-VX"),  # no type part, nothing doubled
    ("Số: 30/CCHC-UBND", "QUYẾT ĐỊNH", "30/CCHC-UBND"),  # a doubled letter, but "CHC" is no type
])
def test_a_symbol_is_repaired_only_into_the_headings_type(processed, line, heading, number):
    doc = processed(f"UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\n{line}\n{MOTTO}Lào Cai, ngày 06 tháng 3 năm 2026\n{heading}\n"
                    f"Kiểm tra việc chấp hành pháp luật\n{ARTICLES}")
    assert doc.metadata.number == number
    assert "number_typo_normalised" not in codes(doc)


@pytest.mark.parametrize("first_line", [
    "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI £ï7 NGHĨA VIỆT NAM",  # a stamp's smudge read as a word
    "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ®",
])
def test_a_header_line_with_ocr_noise_still_starts_the_document(processed, first_line):
    doc = processed(f"{first_line}\nTỈNH LÂM ĐỒNG\nSố: 1406/QĐ-UBND\nĐộc lập - Tự do - Hạnh phúc\n"
                    f"Lâm Đồng, ngày 22 tháng 9 năm 2025\nQUYẾT ĐỊNH\nVề việc cho phép hợp nhất hội\n"
                    f"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\n{ARTICLES}")
    meta = doc.metadata
    assert (meta.number, meta.issued_date, meta.place) == ("1406/QĐ-UBND", "2025-09-22", "Lâm Đồng")
    assert meta.issuer.name == "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"


def test_a_sentence_with_a_symbol_does_not_start_the_document(processed):
    """The noise is dropped only to test for capitals: a sentence stays a sentence."""
    doc = processed(f"Ủy ban nhân dân tỉnh có 3 ý kiến ® như sau\nỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 5/KH-UBND\n{MOTTO}"
                    f"Lâm Đồng, ngày 2 tháng 9 năm 2025\nKẾ HOẠCH\nTiêu đề\nI. MỤC ĐÍCH\nNội dung.\n")
    assert doc.metadata.issuer.name == "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"
    assert doc.blocks[0].layer.value == "furniture"


# ---------------------------------------------------------------------------------------------------
# Signing authority implied by the signer's position


CLOSING = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"


@pytest.mark.parametrize("chain, authority, title", [
    # a scan lost the KT. line under the seal: a deputy signs under TL. only as KT. of the head
    ("TL. CHỦ TỊCH\nPHÓ CHÁNH VĂN PHÒNG", ["TL.", "KT."], "Phó Chánh Văn phòng"),
    ("TL. BỘ TRƯỞNG\nPHÓ VỤ TRƯỞNG VỤ PHÁP CHẾ", ["TL.", "KT."], "Phó Vụ trưởng Vụ pháp chế"),
    ("TM. ỦY BAN NHÂN DÂN\nTL. CHỦ TỊCH\nPHÓ CHÁNH VĂN PHÒNG", ["TM.", "TL.", "KT."], "Phó Chánh Văn phòng"),
])
def test_a_deputy_under_tl_signs_as_kt_with_a_warning(processed, chain, authority, title):
    doc = processed(f"ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 493/TB-UBND\n{MOTTO}Lâm Đồng, ngày 13 tháng 11 năm 2025\nTHÔNG BÁO\n"
                    f"Kết luận của Phó Chủ tịch\nNgày 07/11/2025, Phó Chủ tịch đã làm việc.\n{CLOSING}{chain}\nThạch Minh Vũ\n")
    signer = doc.metadata.signer
    assert (signer.authority, signer.title, signer.name) == (authority, title, "Thạch Minh Vũ")
    assert "signer_authority_inferred" in codes(doc)


@pytest.mark.parametrize("chain, authority", [
    ("TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG", ["TL.", "KT."]),  # printed: nothing to infer
    ("TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG", ["TL."]),  # the head of the office signs TL. himself
    ("TUQ. CHỦ TỊCH\nPHÓ GIÁM ĐỐC SỞ TƯ PHÁP", ["TUQ."]),  # a delegate does not delegate again: no KT. implied
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", ["KT."]),
])
def test_no_kt_is_inferred_where_the_chain_is_complete_or_not_a_tl(processed, chain, authority):
    doc = processed(f"ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 493/TB-UBND\n{MOTTO}Lâm Đồng, ngày 13 tháng 11 năm 2025\nTHÔNG BÁO\n"
                    f"Kết luận của Phó Chủ tịch\nNgày 07/11/2025, Phó Chủ tịch đã làm việc.\n{CLOSING}{chain}\nThạch Minh Vũ\n")
    assert doc.metadata.signer.authority == authority
    assert "signer_authority_inferred" not in codes(doc)
