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
    ("TL. BỘ TRƯỞNG\nPHÓ VỤ TRƯỞNG VỤ PHÁP CHẾ", ["TL.", "KT."], "Phó Vụ trưởng Vụ Pháp chế"),
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


# ---------------------------------------------------------------------------------------------------
# Evidence outside the page: the digital signing time, the file name


import parsers  # noqa: E402
from pipeline.model import DigitalSignature, Provenance  # noqa: E402
from pipeline.run import run_stages  # noqa: E402


def _read(path, signatures=(), reader=None):
    """A text variant read as if by another reader: with the digital signatures of an e-signed PDF, or its blocks
    marked as a scan's OCR."""
    doc = parsers.read(path)
    if reader:
        doc = doc.model_copy(update={"blocks": [b.model_copy(update={"prov": Provenance(reader=reader, page=1, line_start=b.prov.line_start,
                                                                                         ocr_confidence=90.0)}) for b in doc.blocks]})
    return run_stages(doc.model_copy(update={"signatures": [DigitalSignature(signed_at=s) for s in signatures]}))


def _decision(date_line: str, number_line: str = "Số:      /QĐ-BNV") -> str:
    return (f"BỘ NỘI VỤ\n{number_line}\n{MOTTO}{date_line}\nQUYẾT ĐỊNH\nPhê duyệt Đề án\nBỘ TRƯỞNG BỘ NỘI VỤ\n{ARTICLES}"
            f"{CLOSING}BỘ TRƯỞNG\nPhạm Thị Thanh Trà\n")


@pytest.mark.parametrize("signatures, day", [
    (["2025-10-15T08:17:11+07:00"], "2025-10-15"),
    # the signer signs first; the office's copies are stamped later, and may come first in the file
    (["2025-10-16T13:42:06+07:00", "2025-10-15T13:58:32+07:00", "2025-10-15T14:00:22+07:00"], "2025-10-15"),
])
def test_a_blank_day_of_an_e_signed_page_from_the_signing_time(write_text, signatures, day):
    doc = _read(write_text(_decision("Hà Nội, ngày      tháng 10 năm 2025")), signatures)
    meta = doc.metadata
    assert meta.issued_date == day and meta.issued_date_partial is None
    assert (meta.sources["issued_date"].source, meta.sources["issued_date"].confidence) == ("signature", 0.7)
    assert "issue_date_from_signature" in codes(doc)


@pytest.mark.parametrize("date_line, signatures, reader, iso, partial", [
    # signed in another month than the page shows: not taken, and said
    ("Hà Nội, ngày      tháng 10 năm 2025", ["2025-11-02T08:00:00+07:00"], None, None, "2025-10"),
    # only the year typed: a signing time could be any day of it
    ("Hà Nội, ngày      tháng      năm 2025", ["2025-10-15T08:00:00+07:00"], None, None, "2025"),
    # the page shows its day: the signature changes nothing
    ("Hà Nội, ngày 14 tháng 10 năm 2025", ["2025-10-15T08:00:00+07:00"], None, "2025-10-14", None),
    # a scan: its signature dates the scan, not the document
    ("Hà Nội, ngày      tháng 10 năm 2025", ["2025-10-15T08:00:00+07:00"], "ocr", None, "2025-10"),
    # no signature at all
    ("Hà Nội, ngày      tháng 10 năm 2025", [], None, None, "2025-10"),
])
def test_the_signing_time_fills_nothing_it_does_not_agree_with(write_text, date_line, signatures, reader, iso, partial):
    doc = _read(write_text(_decision(date_line)), signatures, reader)
    assert (doc.metadata.issued_date, doc.metadata.issued_date_partial) == (iso, partial)
    assert "issue_date_from_signature" not in codes(doc)
    if signatures and not reader and partial == "2025-10":
        assert "issue_date_signature_disagrees" in codes(doc)


@pytest.mark.parametrize("file_name, number", [
    ("1187_QD-BNV.txt", "1187/QĐ-BNV"),
    ("QĐ 1187-QĐ-BNV ký số.txt", "1187/QĐ-BNV"),
    ("1187.2025.qd.bnv.txt", "1187/2025/QĐ-BNV"),
])
def test_a_number_the_page_does_not_show_legibly_from_the_file_name(write_text, file_name, number):
    doc = _read(write_text(_decision("Hà Nội, ngày 15 tháng 10 năm 2025", "Số: 11?7 /QĐ-BNV"), name=file_name))
    meta = doc.metadata
    assert meta.number == number
    assert (meta.sources["number"].source, meta.sources["number"].confidence) == ("file_name", 0.6)
    assert {"number_from_file_name", "number_unreadable"} <= codes(doc)


@pytest.mark.parametrize("file_name, number_line", [
    ("1187_QD-BNV.txt", "Số: 1186/QĐ-BNV"),  # the page's own number wins
    ("58_CD-VPCP_10012026.txt", "Số: 11?7 /QĐ-BNV"),  # another document's number and symbol
    ("2352_qd.txt", "Số: 11?7 /QĐ-BNV"),  # digits with no symbol (a received number)
    ("1187_2024_QD-BNV.txt", "Số: 11?7 /QĐ-BNV"),  # a year the page does not show
    ("1187_QD-BNV_1188_QD-BNV.txt", "Số: 11?7 /QĐ-BNV"),  # two numbers: which one?
    ("1187_QD-BNV.txt", "Số:      /QĐ-BNV"),  # an unnumbered draft: a blank number is no unreadable one
])
def test_a_file_name_never_overrides_or_guesses(write_text, file_name, number_line):
    doc = _read(write_text(_decision("Hà Nội, ngày 15 tháng 10 năm 2025", number_line), name=file_name))
    assert doc.metadata.number == (None if "?" in number_line or number_line.endswith(" /QĐ-BNV") else number_line.split()[-1])
    assert "number_from_file_name" not in codes(doc)


# ---------------------------------------------------------------------------------------------------
# Another document of the run that cites this one


from pipeline.stages.evidence import fill_from_citations  # noqa: E402


def _sct_decision(number_line: str, date_line: str) -> str:
    return (f"UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\n{number_line}\n{MOTTO}{date_line}\nQUYẾT ĐỊNH\nKiểm tra vật liệu nổ\n"
            f"GIÁM ĐỐC SỞ CÔNG THƯƠNG\n{ARTICLES}{CLOSING}GIÁM ĐỐC\nHoàng Chí Hiền\n")


def _citing_notice(citation: str) -> str:
    return (f"UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố: 1894/TB-SCT\n{MOTTO}Lào Cai, ngày 09 tháng 4 năm 2026\nTHÔNG BÁO\n"
            f"Kết quả kiểm tra\nThực hiện {citation} của Giám đốc Sở Công Thương, Đoàn đã kiểm tra.\n{CLOSING}"
            f"GIÁM ĐỐC\nHoàng Văn Thuân\n")


@pytest.mark.parametrize("number_line, date_line, citation, number, day", [
    # the day unreadable: the citing document gives it
    ("Số: 1050/QĐ-SCT", "Lào Cai, ngày U6_ tháng 3 năm 2026", "Quyết định số 1050/QĐ-SCT ngày 06/3/2026", "1050/QĐ-SCT", "2026-03-06"),
    # the number unreadable, the date printed: the citation of that type, symbol and date gives the number
    ("Số: 1?5O /QĐ-SCT", "Lào Cai, ngày 06 tháng 3 năm 2026", "Quyết định số 1050/QĐ-SCT ngày 06 tháng 3 năm 2026", "1050/QĐ-SCT", "2026-03-06"),
    # both: the month and year printed agree with the citation
    ("Số: 1?5O /QĐ-SCT", "Lào Cai, ngày U6_ tháng 3 năm 2026", "Quyết định số 1050/QĐ-SCT ngày 06/3/2026", "1050/QĐ-SCT", "2026-03-06"),
])
def test_a_value_the_page_does_not_show_from_a_document_that_cites_it(write_text, number_line, date_line, citation, number, day):
    docs = [_read(write_text(_sct_decision(number_line, date_line), name="qd.txt")), _read(write_text(_citing_notice(citation), name="tb.txt"))]
    filled = fill_from_citations(docs)
    meta = filled[0].metadata
    assert (meta.number, meta.issued_date) == (number, day)
    changed = [f for f in ("number", "issued_date") if meta.sources[f].source == "cited_by"]
    assert changed and all(meta.sources[f].where["file_name"] == "tb.txt" and meta.sources[f].confidence == 0.7 for f in changed)
    assert {"number_from_citation", "issue_date_from_citation"} & codes(filled[0])
    assert filled[1] is docs[1]  # the citing document is left as it was


@pytest.mark.parametrize("number_line, date_line, citation", [
    ("Số: 1050/QĐ-SCT", "Lào Cai, ngày U6_ tháng 3 năm 2026", "Quyết định số 1050/QĐ-SCT ngày 06/4/2026"),  # another month
    ("Số: 1050/QĐ-SCT", "Lào Cai, ngày U6_ tháng 3 năm 2026", "Quyết định số 1051/QĐ-SCT ngày 06/3/2026"),  # another number
    ("Số: 1050/QĐ-SCT", "Lào Cai, ngày U6_ tháng 3 năm 2026", "Kế hoạch số 1050/KH-SCT ngày 06/3/2026"),  # another type
    ("Số: 1050/QĐ-SCT", "Lào Cai, ngày U6_ tháng 3 năm 2026", "Quyết định số 1050/QĐ-SCT"),  # no date cited
    ("Số: 1?5O /QĐ-SCT", "Lào Cai, ngày U6_ tháng      năm 2026", "Quyết định số 1050/QĐ-SCT ngày 06/3/2026"),  # only the year
    ("Số:      /QĐ-SCT", "Lào Cai, ngày 06 tháng 3 năm 2026", "Quyết định số 1050/QĐ-SCT ngày 06/3/2026"),  # a draft
])
def test_a_citation_that_does_not_agree_fills_nothing(write_text, number_line, date_line, citation):
    docs = [_read(write_text(_sct_decision(number_line, date_line), name="qd.txt")), _read(write_text(_citing_notice(citation), name="tb.txt"))]
    assert fill_from_citations(docs)[0] is docs[0]


def test_two_citing_documents_that_disagree_fill_nothing(write_text):
    docs = [_read(write_text(_sct_decision("Số: 1?5O /QĐ-SCT", "Lào Cai, ngày 06 tháng 3 năm 2026"), name="qd.txt")),
            _read(write_text(_citing_notice("Quyết định số 1050/QĐ-SCT ngày 06/3/2026"), name="tb1.txt")),
            _read(write_text(_citing_notice("Quyết định số 1058/QĐ-SCT ngày 06/3/2026"), name="tb2.txt"))]
    assert fill_from_citations(docs)[0] is docs[0]


@pytest.mark.parametrize("reader, line, name", [
    ("ocr", "TỈNH LÂM LÂM ĐỒNG", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"),  # OCR read a word twice
    ("ocr", "TỈNH TỈNH LÂM ĐỒNG", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"),
    ("txt", "TỈNH LÂM LÂM ĐỒNG", "ỦY BAN NHÂN DÂN TỈNH LÂM LÂM ĐỒNG"),  # printed text is taken as printed
])
def test_a_word_ocr_read_twice_in_the_issuer(write_text, reader, line, name):
    doc = _read(write_text(f"ỦY BAN NHÂN DÂN\n{line}\nSố: 1406/QĐ-UBND\n{MOTTO}Lâm Đồng, ngày 22 tháng 9 năm 2025\nQUYẾT ĐỊNH\n"
                           f"Về việc cho phép hợp nhất hội\n{ARTICLES}"), reader=None if reader == "txt" else reader)
    assert doc.metadata.issuer.name == name
    assert ("issuer_ocr_repeat" in codes(doc)) == (reader == "ocr")


# ---------------------------------------------------------------------------------------------------
# The signer's name in a scan that lost the signature block's lines


def _directive(closing: str) -> str:
    return (f"ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 07/CT-UBND\n{MOTTO}Quảng Ngãi, ngày 20 tháng 3 năm 2018\nCHỈ THỊ\n"
            f"Về việc tăng cường công tác thi hành án\nTrong thời gian qua, công tác thi hành án đã có chuyển biến.\n{closing}")


@pytest.mark.parametrize("closing", [
    "Nơi nhận:\n- Văn phòng Chính phủ;\n- Bộ Tư pháp;\nPhạm Trường Thọ\n- Đoàn ĐBQH tỉnh;\n- Lưu: VT.\n",
    "Nơi nhận:\n- Văn phòng Chính phủ;\n- Lưu: VT.\nPhạm Trường Thọ\n",
])
def test_a_bare_name_beside_the_recipients_is_the_signer_without_a_position(processed, closing):
    doc = processed(_directive(closing))
    signer = doc.metadata.signer
    assert (signer.name, signer.title, signer.authority) == ("Phạm Trường Thọ", None, [])
    assert "missing_signer_title" in codes(doc) and "missing_signer" not in codes(doc)


@pytest.mark.parametrize("closing", [
    "Nơi nhận:\n- Văn phòng Chính phủ;\nPhạm Trường Thọ\nTrần Văn Nam\n- Lưu: VT.\n",  # two names: whose?
    "Nơi nhận:\n- Văn phòng Chính phủ;\nHội Đồng Thi Đua\n- Lưu: VT.\n",  # capitalised words, no family name
    "Nơi nhận:\n- Văn phòng Chính phủ;\n- Đ/c Phạm Trường Thọ;\n- Lưu: VT.\n",  # a recipient
])
def test_no_signer_from_the_recipients_unless_one_bare_name(processed, closing):
    doc = processed(_directive(closing))
    assert doc.metadata.signer.name is None and "missing_signer" in codes(doc)


def test_a_signers_name_after_a_seals_rule(processed):
    doc = processed(_directive("Nơi nhận:\n- Bộ Tư pháp;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n———— Nguyễn Minh\n"))
    assert (doc.metadata.signer.name, doc.metadata.signer.title) == ("Nguyễn Minh", "Phó Chủ tịch")


@pytest.mark.parametrize("reader, name_line, name", [
    ("ocr", "Hzăng Văn Thuân", None),  # a seal over the name: no Vietnamese spelling, not taken
    ("ocr", "_ Hzăng Văn Thuân", None),
    ("ocr", "Hoàng Văn Thuân", "Hoàng Văn Thuân"),
    ("txt", "Hzăng Văn Thuân", "Hzăng Văn Thuân"),  # printed text is taken as printed
])
def test_an_ocr_signer_name_that_is_no_vietnamese_spelling_is_null_with_a_warning(write_text, reader, name_line, name):
    doc = _read(write_text(_directive(f"Nơi nhận:\n- Bộ Tư pháp;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n{name_line}\n")),
                reader=None if reader == "txt" else reader)
    assert doc.metadata.signer.name == name
    assert ("signer_name_unreadable" in codes(doc)) == (name is None)


# ---------------------------------------------------------------------------------------------------
# Title boundaries: the issuing authority's line under a title in capitals, for every position of positions.csv


@pytest.mark.parametrize("issuer, line, heading, authority", [
    ("NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM", "Số: 12/2025/TT-NHNN", "THÔNG TƯ", "THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC VIỆT NAM"),
    ("VIỆN KIỂM SÁT NHÂN DÂN\nTỐI CAO", "Số: 5/QĐ-VKSTC", "QUYẾT ĐỊNH", "VIỆN TRƯỞNG VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO"),
    ("TÒA ÁN NHÂN DÂN\nTỐI CAO", "Số: 7/QĐ-TANDTC", "QUYẾT ĐỊNH", "CHÁNH ÁN TÒA ÁN NHÂN DÂN TỐI CAO"),
    ("KIỂM TOÁN NHÀ NƯỚC", "Số: 9/QĐ-KTNN", "QUYẾT ĐỊNH", "TỔNG KIỂM TOÁN NHÀ NƯỚC"),
    ("ỦY BAN DÂN TỘC", "Số: 3/QĐ-UBDT", "QUYẾT ĐỊNH", "BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC"),
    ("BỘ THÔNG TIN VÀ\nTRUYỀN THÔNG", "Số: 15/2011/TT-BTTTT", "THÔNG TƯ", "BỘ TRƯỞNG BỘ THÔNG\nTIN VÀ TRUYỀN THÔNG"),
])
def test_a_title_in_capitals_ends_at_the_issuing_authoritys_line(processed, issuer, line, heading, authority):
    doc = processed(f"{issuer}\n{MOTTO}{line}\nHà Nội, ngày 28 tháng 6 năm 2025\n{heading}\nQUY ĐỊNH VỀ QUẢN LÝ CHẤT LƯỢNG\n"
                    f"DỊCH VỤ CÔNG\n{authority}\n{ARTICLES}")
    assert doc.metadata.title == "QUY ĐỊNH VỀ QUẢN LÝ CHẤT LƯỢNG DỊCH VỤ CÔNG"


# ---------------------------------------------------------------------------------------------------
# Lines a web page broke: the date after "ngày", the type heading between its words


@pytest.mark.parametrize("lines, place, iso", [
    (["Quảng Nam, ngày", "13 tháng 7 năm 2023"], "Quảng Nam", "2023-07-13"),
    (["Hà Nội, ngày 28", "tháng 6 năm 2011"], "Hà Nội", "2011-06-28"),
    (["Sơn La, ngày 11 tháng 3", "năm 2020"], "Sơn La", "2020-03-11"),  # the wrap already read before
    (["Hà Nội,", "ngày 15 tháng 3 năm 2022"], "Hà Nội", "2022-03-15"),  # wrapped after the place's comma
    (["Quảng", "Nam, ngày 13 tháng 7 năm 2023"], "Quảng Nam", "2023-07-13"),  # inside the place
])
def test_a_date_line_wrapped_after_the_day(processed, lines, place, iso):
    header = "\n".join(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NAM", MOTTO.strip(), "Số: 4544/KH-UBND", *lines])
    meta = processed(f"{header}\nKẾ HOẠCH\nGIÁM SÁT THỰC HIỆN CHƯƠNG TRÌNH\nI. MỤC ĐÍCH\nNội dung.\n").metadata
    assert (meta.place, meta.issued_date) == (place, iso)


def test_a_wrapped_day_line_takes_no_sentence_after_it(processed):
    """'ngày' at the end of a line and a body sentence after it is no date line."""
    meta = processed("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 4544/KH-UBND\nQuảng Nam, ngày\nKẾ HOẠCH\nTiêu đề\nI. MỤC ĐÍCH\n"
                     "Ngày 13 tháng 7 năm 2023, Ủy ban họp.\n").metadata
    assert meta.issued_date is None


@pytest.mark.parametrize("first, second, doc_type", [("THÔNG", "TƯ", "Thông tư"), ("KẾ", "HOẠCH", "Kế hoạch"),
                                                     ("QUYẾT", "ĐỊNH", "Quyết định"), ("CHỈ", "THỊ", "Chỉ thị")])
def test_a_type_heading_broken_over_two_lines(processed, first, second, doc_type):
    doc = processed(f"BỘ THÔNG TIN VÀ\nTRUYỀN THÔNG\n{MOTTO}Số: 15/2011/TT-BTTTT\nHà Nội, ngày 28 tháng 6 năm 2011\n{first}\n{second}\n"
                    f"QUY\nĐỊNH VỀ QUẢN LÝ CHẤT LƯỢNG DỊCH VỤ BƯU CHÍNH\nBỘ TRƯỞNG BỘ THÔNG\nTIN VÀ TRUYỀN THÔNG\n{ARTICLES}")
    meta = doc.metadata
    assert meta.title == "QUY ĐỊNH VỀ QUẢN LÝ CHẤT LƯỢNG DỊCH VỤ BƯU CHÍNH"
    assert meta.doc_type == doc_type and ("doc_type_mismatch" in codes(doc)) == (doc_type != "Thông tư")


def test_two_capitalised_words_that_make_no_type_are_no_heading(processed):
    doc = processed(f"BỘ Y TẾ\n{MOTTO}Số: 5/BYT-KH\nHà Nội, ngày 2 tháng 6 năm 2025\nV/v góp ý dự thảo\nKính gửi: Các Sở Y tế\n"
                    f"KẾ\nTOÁN\nNội dung.\n")
    assert (doc.metadata.doc_type, doc.metadata.title) == ("Công văn", "góp ý dự thảo")


@pytest.mark.parametrize("title_line, title", [
    ("Quy định chi tiết một số điều của Luật Luật sư ________________________ Chính phủ ban hành Nghị định",
     "Quy định chi tiết một số điều của Luật Luật sư"),
    ("Về việc ban hành Quy chế ---------- Phạm vi điều chỉnh", "Về việc ban hành Quy chế"),
    ("Về việc phân loại đô thị - giai đoạn 2021 - 2025", "Về việc phân loại đô thị - giai đoạn 2021 - 2025"),  # dashes of the title stay
])
def test_a_rule_run_into_the_titles_line_ends_it(processed, title_line, title):
    meta = processed(f"CHÍNH PHỦ\n{MOTTO}Số: 45/2026/NĐ-CP\nHà Nội, ngày 26 tháng 1 năm 2026\nNGHỊ ĐỊNH\n{title_line}\n{ARTICLES}").metadata
    assert meta.title == title


@pytest.mark.parametrize("name_line, name", [
    ("Thượng tướng Nguyễn Văn Long", "Nguyễn Văn Long"),
    ("Vướn tướng Nguyễn Văn Long", "Nguyễn Văn Long"),  # OCR misread the rank's first word
    ("Đại tá Bùi Duy Hưng", "Bùi Duy Hưng"),
    ("Thượng tọa Bùi Duy Hưng", None),  # no rank's last word: no name is taken from the line
    ("Vướn tướng Hội Đồng Thi", None),  # no family name after it
])
def test_a_rank_before_the_signers_name(processed, name_line, name):
    doc = processed(f"BỘ CÔNG AN\nSố: 5689/BCA-C04\nV/v kế hoạch đầu tư công\n{MOTTO}Hà Nội, ngày 16 tháng 12 năm 2025\n"
                    f"Kính gửi: Các đơn vị\nBộ Công an đề nghị các đơn vị thực hiện.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
                    f"KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n{name_line}\n")
    assert doc.metadata.signer.name == name


# ---------------------------------------------------------------------------------------------------
# A header table copied with its cell borders ("|"): a legal site's text, a page converted to Markdown

PLAN_BODY = "I. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao chất lượng phục vụ.\nII. TỔ CHỨC THỰC HIỆN\nSở Nội vụ chủ trì thực hiện.\n"


@pytest.mark.parametrize("header, issuer, parent", [
    # two columns, one row per line, no border before the first cell
    ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nTỈNH BẮC GIANG | Độc lập - Tự do - Hạnh phúc |\n"
     "Số: 45/KH-UBND | Bắc Giang, ngày 3 tháng 2 năm 2025 |\n", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", None),
    # Markdown: borders on both sides and a rule row under the first
    ("| UBND TỈNH BẮC GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| --- | --- |\n| SỞ NỘI VỤ | Độc lập - Tự do - "
     "Hạnh phúc |\n| Số: 45/KH-SNV | Bắc Giang, ngày 3 tháng 2 năm 2025 |\n", "SỞ NỘI VỤ", "UBND TỈNH BẮC GIANG"),
    # one row for the whole header, the issuer's lines and the motto's side by side
    ("ỦY BAN NHÂN DÂN TỈNH BẮC GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
     "Số: 45/KH-UBND | Bắc Giang, ngày 3 tháng 2 năm 2025\n", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", None),
])
def test_a_header_table_with_its_cell_borders_is_read_column_by_column(processed, header, issuer, parent):
    doc = processed(f"{header}KẾ HOẠCH\nCải cách hành chính năm 2025\n{PLAN_BODY}")
    meta = doc.metadata
    assert (meta.doc_type, meta.number, meta.issued_date, meta.place) == (
        "Kế hoạch", "45/" + ("KH-SNV" if parent else "KH-UBND"), "2025-02-03", "Bắc Giang")
    assert (meta.issuer.name, meta.issuer.parent) == (issuer, parent)
    assert meta.title == "Cải cách hành chính năm 2025"


def test_a_cong_van_and_its_signature_with_cell_borders(processed):
    doc = processed("| BỘ TÀI CHÍNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| --- | --- |\n"
                    "| Số: 1234/BTC-QLCS | Hà Nội, ngày 15 tháng 5 năm 2025 |\n| V/v kiểm kê tài sản công | |\n"
                    "Kính gửi: Các bộ, cơ quan ngang bộ\nBộ Tài chính đề nghị các cơ quan thực hiện.\n"
                    "| Nơi nhận:\n- Như trên;\n- Lưu: VT. | KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTrần Thị Hoa |\n")
    meta = doc.metadata
    assert (meta.doc_type, meta.number, meta.issued_date, meta.issuer.name) == (
        "Công văn", "1234/BTC-QLCS", "2025-05-15", "BỘ TÀI CHÍNH")
    assert meta.title == "kiểm kê tài sản công"
    assert (meta.signer.name, meta.signer.authority) == ("Trần Thị Hoa", ["KT."])


@pytest.mark.parametrize("reader", ["ocr", "pdf"])
def test_a_bar_in_a_line_read_from_a_page_is_no_cell_border(write_text, reader):
    """OCR reads a handwritten 1 or a rule as "|": only copied text has cell borders."""
    doc = _read(write_text(f"ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 07/CT-UBND\n{MOTTO}Quảng Ngãi, ngày |2 tháng 3 năm 2018\n"
                           f"CHỈ THỊ\nVề việc tăng cường công tác thi hành án\n{ARTICLES}"), reader=reader)
    assert (doc.metadata.place, doc.metadata.number) == ("Quảng Ngãi", "07/CT-UBND")
    assert "missing_issue_date" not in codes(doc)


@pytest.mark.parametrize("first_lines, issuer", [
    (["THỦ TƯỚNG", "CHÍNH PHỦ"], "THỦ TƯỚNG CHÍNH PHỦ"),  # a position whose body wrapped: the document starts above
    (["THỦ TƯỚNG CHÍNH PHỦ"], "THỦ TƯỚNG CHÍNH PHỦ"),
    (["BỘ KẾ HOẠCH", "VÀ ĐẦU TƯ"], "BỘ KẾ HOẠCH VÀ ĐẦU TƯ"),
])
def test_a_central_issuer_wrapped_by_a_web_page(processed, first_lines, issuer):
    header = "\n".join([*first_lines, "-------", "|", "CỘNG HÒA XÃ", "HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                        "|", "Số:", "344/QĐ-TTg", "|", "Hà Nội,", "ngày 15 tháng 3 năm 2022", "|"])
    meta = processed(f"Văn bản pháp luật\nTrang chủ\n{header}\nQUYẾT ĐỊNH\nVỀ\nVIỆC PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN\n"
                     f"THỦ TƯỚNG CHÍNH PHỦ\n{ARTICLES}").metadata
    assert (meta.issuer.name, meta.number, meta.place, meta.issued_date) == (issuer, "344/QĐ-TTg", "Hà Nội", "2022-03-15")


@pytest.mark.parametrize("lines, issuer, parent", [
    (["UBND TỈNH BẮC GIANG", "SỞ NỘI VỤ Số: 12/KH-SNV"], "SỞ NỘI VỤ", "UBND TỈNH BẮC GIANG"),
    (["BỘ TÀI CHÍNH Số: 12/KH-BTC"], "BỘ TÀI CHÍNH", None),
])
def test_the_issuer_and_its_number_on_one_line(processed, lines, issuer, parent):
    meta = processed("\n".join([*lines, MOTTO.strip(), "Bắc Giang, ngày 3 tháng 2 năm 2025", "KẾ HOẠCH",
                                "Cải cách hành chính năm 2025", "I. MỤC ĐÍCH", "- Nâng cao."])).metadata
    assert (meta.number, meta.issuer.name, meta.issuer.parent) == (lines[-1].split("Số: ")[1], issuer, parent)



# ---------------------------------------------------------------------------------------------------
# A title whose first word a web page wrapped onto a line of its own ("BAN" / "HÀNH KẾ HOẠCH …", "VỀ" / "VIỆC …")


@pytest.mark.parametrize("heading, first, rest, authority", [
    ("QUYẾT ĐỊNH", "BAN", "HÀNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021", "BỘ TRƯỞNG BỘ NỘI VỤ"),
    ("QUYẾT ĐỊNH", "VỀ", "VIỆC PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN DU LỊCH", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI"),
    ("NGHỊ QUYẾT", "BAN", "HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ", "CHÍNH PHỦ"),
    ("QUYẾT ĐỊNH", "BAN HÀNH", "KẾ HOẠCH TRIỂN KHAI ĐỀ ÁN 06", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI"),
])
def test_a_title_wrapped_after_its_first_word_is_read_whole(processed, heading, first, rest, authority):
    doc = processed(f"BỘ NỘI VỤ\n-------\n{MOTTO}Số: 1120/QĐ-BNV\nHà Nội, ngày 16 tháng 4 năm 2021\n{heading}\n{first}\n{rest}\n"
                    f"{authority}\n{ARTICLES}")
    assert doc.metadata.title == f"{first} {rest}"


def test_a_lone_kind_word_under_a_title_still_ends_it_when_it_names_a_body(processed):
    """Only a line of one word is taken for a wrap: the authority's line "CHÍNH PHỦ" still ends the title."""
    doc = processed(f"CHÍNH PHỦ\n-------\n{MOTTO}Số: 12/NQ-CP\nHà Nội, ngày 16 tháng 4 năm 2021\nNGHỊ QUYẾT\n"
                    f"VỀ PHIÊN HỌP CHÍNH PHỦ THƯỜNG KỲ\nCHÍNH PHỦ\n{ARTICLES}")
    assert doc.metadata.title == "VỀ PHIÊN HỌP CHÍNH PHỦ THƯỜNG KỲ"


def test_a_page_stored_with_escaped_line_breaks_reads_as_with_real_ones(processed):
    """A legal site serving its text with the breaks escaped ("…ỦY BAN NHÂN DÂN \\r\\n TỈNH …") loses nothing."""
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH SÓC TRĂNG", "-------", "|", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "|", "Số: 135/KH-UBND", "|", "Sóc Trăng, ngày", "27 tháng 9 năm 2022", "|", "KẾ HOẠCH", "RÀ SOÁT HỘ NGHÈO NĂM 2022",
             "I. MỤC ĐÍCH", "1. Sở Lao động chủ trì thực hiện.", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN",
             "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lâm Hoàng Nghiệp"]
    real = processed("\n".join(lines) + "\n").metadata
    escaped = processed(" \\r\\n ".join(lines) + " \\r\\n").metadata
    assert (real.number, real.issued_date, real.title, real.signer.name) == (
        "135/KH-UBND", "2022-09-27", "RÀ SOÁT HỘ NGHÈO NĂM 2022", "Lâm Hoàng Nghiệp")
    assert escaped.model_dump() == real.model_dump()


# ---------------------------------------------------------------------------------------------------
# A title in sentence case followed by no rule: the body's first sentence is not the title's


@pytest.mark.parametrize("heading, symbol", [("CHỈ THỊ", "CT-TTg"), ("KẾ HOẠCH", "KH-UBND"), ("THÔNG BÁO", "TB-VPCP")])
@pytest.mark.parametrize("opening", [
    "Thời gian qua, công tác cải cách hành chính đạt nhiều kết quả quan trọng.",
    "Trong những năm qua, việc triển khai các nhiệm vụ chuyển đổi số đã có chuyển biến",
    "Năm 2024, các bộ, ngành đã hoàn thành phần lớn nhiệm vụ được giao.",
    "Để tiếp tục nâng cao hiệu quả công tác cải cách hành chính, Thủ tướng Chính phủ yêu cầu:",
])
def test_a_sentence_case_title_stops_where_the_body_opens(processed, heading, symbol, opening):
    doc = processed(f"THỦ TƯỚNG CHÍNH PHỦ\n-------\n{MOTTO}Số: 07/{symbol}\nHà Nội, ngày 14 tháng 3 năm 2025\n{heading}\n"
                    f"Về việc đẩy mạnh cải cách hành chính\n{opening}\n1. Các Bộ tập trung chỉ đạo.\n")
    assert doc.metadata.title == "Về việc đẩy mạnh cải cách hành chính"


@pytest.mark.parametrize("second", ["năm 2025 trên địa bàn tỉnh", "Nghị quyết số 12/NQ-CP của Chính phủ",
                                    "giai đoạn 2026 - 2030"])
def test_a_sentence_case_title_wrapped_onto_a_second_line_is_kept_whole(processed, second):
    doc = processed(f"ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n{MOTTO}Số: 7/KH-UBND\nLào Cai, ngày 14 tháng 3 năm 2025\nKẾ HOẠCH\n"
                    f"Triển khai thực hiện\n{second}\nI. MỤC ĐÍCH\n1. Nội dung.\n")
    assert doc.metadata.title == f"Triển khai thực hiện {second}"


# ---------------------------------------------------------------------------------------------------
# Lines standing for the signature between the position and the name


@pytest.mark.parametrize("marks", ["Đã ký", "ĐÃ KÝ", "[daky]", "[Đã ký]", "(Đã ký)", "đã ký và đóng dấu",
                                   "Ký bởi: Ủy ban nhân dân tỉnh Lào Cai\nThời gian ký: 05.03.2026 10:20:11 +07:00",
                                   "Người ký: Ủy ban Nhân dân tỉnh Lào Cai\nEmail: ubnd@laocai.gov.vn\nĐã ký"])
def test_a_signed_mark_between_position_and_name_is_passed_over(processed, marks):
    doc = processed(f"ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n{MOTTO}Số: 45/KH-UBND\nLào Cai, ngày 5 tháng 3 năm 2026\nKẾ HOẠCH\n"
                    f"Cải cách hành chính năm 2026\nI. MỤC ĐÍCH\n1. Sở Nội vụ chủ trì.\n{CLOSING}TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n"
                    f"PHÓ CHỦ TỊCH\n{marks}\nNguyễn Thành Sinh\n")
    signer = doc.metadata.signer
    assert (signer.name, signer.title, signer.authority) == ("Nguyễn Thành Sinh", "Phó Chủ tịch", ["TM.", "KT."])


@pytest.mark.parametrize("line", ["Đã kiểm tra nội dung trên.", "Ký kết hợp đồng với nhà thầu", "Thời gian thực hiện: năm 2026"])
def test_sentences_that_only_start_alike_are_no_signed_marks(line):
    from pipeline.stages.metadata import _signed_mark

    assert not _signed_mark(line)


# ---------------------------------------------------------------------------------------------------
# Number and date left blank (a draft, or an e-signed document whose number and day the signature carries)


@pytest.mark.parametrize("line, symbol", [("Số:       /KH-UBND", "KH-UBND"), ("Số: ......./KH-UBND", "KH-UBND"),
                                          ("Số: …/KH-UBND", "KH-UBND"), ("Số: ____/KH-UBND", "KH-UBND"),
                                          ("Số:   /2026/QĐ-UBND", "QĐ-UBND"), ("Số: ..../2026/NQ-HĐND", "NQ-HĐND")])
@pytest.mark.parametrize("date_line, partial", [("Lào Cai, ngày      tháng 3 năm 2026", "2026-03"),
                                                ("Lào Cai, ngày .... tháng .... năm 2026", "2026"),
                                                ("Lào Cai, ngày … tháng … năm 2026", "2026"),
                                                ("Lào Cai, ngày ..... tháng 3 năm 2026", "2026-03")])
def test_a_number_and_a_day_left_blank_are_null_with_the_symbol_and_the_year_kept(processed, line, symbol, date_line, partial):
    doc = processed(f"ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n{MOTTO}{line}\n{date_line}\nKẾ HOẠCH\nCải cách hành chính năm 2026\n"
                    f"I. MỤC ĐÍCH\n1. Nội dung.\n{CLOSING}CHỦ TỊCH\nNguyễn Văn Nam\n")
    meta = doc.metadata
    assert (meta.number, meta.symbol, meta.issued_date) == (None, symbol, None)
    assert {"unnumbered_draft", "issue_date_incomplete"} <= codes(doc)
    assert not {"number_unreadable", "issue_date_unreadable"} & codes(doc)
    assert partial in next(w.message for w in doc.warnings if w.code == "issue_date_incomplete")


@pytest.mark.parametrize("line", ["Số: 12.../KH-UBND", "Số: A1/KH-UBND"])
def test_a_number_with_more_than_dots_is_not_taken_for_a_blank(processed, line):
    doc = processed(f"ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n{MOTTO}{line}\nLào Cai, ngày 5 tháng 3 năm 2026\nKẾ HOẠCH\n"
                    f"Cải cách hành chính năm 2026\nI. MỤC ĐÍCH\n1. Nội dung.\n")
    assert "unnumbered_draft" not in codes(doc)
