"""The leftovers of the s26 blind round (tests/test_pages_s26_blind.py), each a class written on variants of our own:
a signature's body glued to its position by the copy, the number and the date in one HTML paragraph parted by a cell's
border, and a committee's kind alone over the symbol of any unit under it (not only a department's)."""

from __future__ import annotations

import pytest

from page_fields import processed as _process

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
PLAN = ["KẾ HOẠCH", "Hỗ trợ thanh niên khởi nghiệp năm 2024", "I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao nhận thức.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT."]


# --- a signature's body and position glued together by the copy

def _signer(tmp_path, header, signature, form):
    doc = _process(tmp_path, [*header, *MOTTO, "Số: 31-KH/TĐTN", "Sơn La, ngày 14 tháng 5 năm 2024", *PLAN, *signature], form)
    return doc.metadata.signer, {w.code for w in doc.warnings}


UNION = ["BAN CHẤP HÀNH ĐOÀN TỈNH SƠN LA", "***"]
COMMITTEE = ["ỦY BAN NHÂN DÂN", "TỈNH SƠN LA", "-------"]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("header, signature, position, authority", [
    (UNION, ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀNBÍ THƯ THƯỜNG TRỰC", "Lò Văn Thắng"], "Bí thư Thường trực", ["TM."]),
    (UNION, ["T/M BAN THƯỜNG VỤ TỈNH ĐOÀNPHÓ BÍ THƯ", "Cầm Thị Hương"], "Phó Bí thư", ["TM."]),
    (COMMITTEE, ["TM. ỦY BAN NHÂN DÂN TỈNHPHÓ CHỦ TỊCH", "Lò Văn Thắng"], "Phó Chủ tịch", ["TM."]),
    (COMMITTEE, ["TM. ỦY BANKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lò Văn Thắng"], "Phó Chủ tịch", ["TM.", "KT."]),
    (COMMITTEE, ["TM. ỦY BAN NHÂN DÂNKT. CHỦ TỊCHPHÓ CHỦ TỊCH", "Lò Văn Thắng"], "Phó Chủ tịch", ["TM.", "KT."]),
])
def test_a_body_glued_to_its_position_is_parted(tmp_path, form, header, signature, position, authority):
    """"TM. BAN THƯỜNG VỤ TỈNH ĐOÀNBÍ THƯ THƯỜNG TRỰC": a copy that lost the line break between the body a TM. line
    acts for and the position under it read no position, or the position without its first word ("…TỈNHPHÓ CHỦ
    TỊCH" was "Chủ tịch"), or lost the KT. ("…ỦY BANKT. CHỦ TỊCH"). Parted where a whole syllable ends the body."""
    signer, _ = _signer(tmp_path, header, signature, form)
    assert (signer.title, signer.authority, signer.name) == (position, authority, signature[-1])


@pytest.mark.parametrize("line", ["TM. UBNDPHÓ CHỦ TỊCH", "TM. HĐNDKT. CHỦ TỊCH"])
def test_glue_that_cannot_be_parted_gives_no_position(tmp_path, line):
    """The other side: glued after an abbreviation ("UBNDPHÓ"), where the body ends cannot be told from the letters:
    no position rather than a wrong one ("Chủ tịch" for a Phó Chủ tịch), with the warning."""
    signer, warnings = _signer(tmp_path, COMMITTEE, [line, "Lò Văn Thắng"], "text")
    assert (signer.title, signer.name) == (None, "Lò Văn Thắng")
    assert "missing_signer_title" in warnings


@pytest.mark.parametrize("chain", [["TM. BAN THƯỜNG VỤ", "BÍ THƯ"], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]])
def test_a_chain_without_glue_reads_as_before(tmp_path, chain):
    """The other side: words that end in a prefix's or a position's letters as printed are no glue."""
    signer, _ = _signer(tmp_path, COMMITTEE, [*chain, "Lò Văn Thắng"], "text")
    assert signer.title is not None and signer.title.split()[-1].lower() == chain[-1].split()[-1].lower()


# --- the number and the place-and-date in one HTML paragraph, a cell's border between them

@pytest.mark.parametrize("form", ["html", "docx", "text"])
@pytest.mark.parametrize("row, number, place", [
    ("Số: 27/KH-UBND | Hà Nam, ngày 14 tháng 5 năm 2024", "27/KH-UBND", "Hà Nam"),
    ("Số: 108/QĐ-SNV | | Phủ Lý, ngày 14 tháng 5 năm 2024 |", "108/QĐ-SNV", "Phủ Lý"),
    ("Số: 3/2024/NQ-HĐND | TP. Hồ Chí Minh, ngày 14 tháng 5 năm 2024", "3/2024/NQ-HĐND", "TP. Hồ Chí Minh"),
])
def test_a_border_between_the_number_and_the_date_in_one_paragraph(tmp_path, form, row, number, place):
    """"Số: 27/KH-UBND | Hà Nam, ngày …" in one HTML paragraph (a site that typed the header table's row with its
    border): the bar was read into the number, which was then no number (number_unreadable). A text copy's row is
    parted into cells before; one paragraph is parted here."""
    lines = ["ỦY BAN NHÂN DÂN TỈNH HÀ NAM", *MOTTO, row, *PLAN]
    meta = _process(tmp_path, lines, form).metadata
    assert (meta.number, meta.place, meta.issued_date) == (number, place, "2024-05-14")


# --- a committee's kind alone over the symbol of a unit under it

@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("number", ["45/KH-BCĐ", "17/KH-BCĐ389", "203/TB-VPUBND", "9/KH-BQLKKT", "62/BC-BDT", "31/KH-TTPVHCC"])
def test_a_committee_s_kind_over_any_unit_s_symbol_is_no_issuer(tmp_path, form, number):
    """"ỦY BAN NHÂN DÂN" over "Số: 45/KH-BCĐ": a steering committee's, its office's, a board's, a centre's symbol
    under the committee's kind alone (the unit's line lost by the site) gave the province's people's committee, a wrong
    body: only a department's or an office's code ("S…", "P…") had been seen as a unit's."""
    lines = ["ỦY BAN NHÂN DÂN", *MOTTO, f"Số: {number}", "Lai Châu, ngày 14 tháng 5 năm 2024", *PLAN]
    doc = _process(tmp_path, lines, form)
    assert (doc.metadata.issuer.name, doc.metadata.issuer.agency) == (None, None)
    assert "issuer_unit_lost" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("number", ["45/KH-UBND", "203/UBND-VP", "12/QĐ-CT", "62/UBND-KTN"])
def test_a_committee_s_kind_over_its_own_symbol_keeps_it(tmp_path, number):
    """The other side: the committee's own code in the symbol ("UBND-VP": its letter, its office the drafter) keeps
    the committee's kind the issuer."""
    lines = ["ỦY BAN NHÂN DÂN", *MOTTO, f"Số: {number}", "Lai Châu, ngày 14 tháng 5 năm 2024", *PLAN]
    assert _process(tmp_path, lines, "text").metadata.issuer.name == "ỦY BAN NHÂN DÂN"


@pytest.mark.parametrize("header, number", [
    (["ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", "BAN CHỈ ĐẠO CÔNG TÁC GIẢM NGHÈO"], "45/KH-BCĐ"),
    (["UBND TỈNH LAI CHÂU", "VĂN PHÒNG"], "203/TB-VPUBND"),
])
def test_a_unit_whose_line_is_printed_is_the_issuer(tmp_path, header, number):
    """The other side: the unit's own line under the committee's is printed: it is the issuer."""
    lines = [*header, *MOTTO, f"Số: {number}", "Lai Châu, ngày 14 tháng 5 năm 2024", *PLAN]
    doc = _process(tmp_path, lines, "text")
    assert doc.metadata.issuer.name == header[-1]
    assert "issuer_unit_lost" not in {w.code for w in doc.warnings}
