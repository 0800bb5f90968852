"""Metadata from header lines, in the LexNLP style: real lines from the samples -> expected value,
with negative rows (things that look like a field but are not)."""

import pytest

HEADER_001 = "ỦY BAN NHÂN DÂN\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 159/KH-UBND |\nHà Nội, ngày 09 tháng 06 năm 2025 |\nKẾ HOẠCH\n"
BODY = "I. MỤC ĐÍCH\n1. Ngày 15/4/2025, Chương trình UNDP công bố kết quả; Số 159 cán bộ được bồi dưỡng.\n"


@pytest.mark.parametrize(
    "line, number, symbol",
    [
        ("Số: 122/KH-UBND", "122/KH-UBND", "KH-UBND"),
        ("Số:09/2010/QĐ-UBND", "09/2010/QĐ-UBND", "QĐ-UBND"),
        ("Số: 2463 /QĐ - UBND", "2463/QĐ-UBND", "QĐ-UBND"),
        ("Số: 05 /TTr-SNV", "05/TTr-SNV", "TTr-SNV"),
        ("Số:           /KH-UBND", None, "KH-UBND"),  # unnumbered draft
        ("Số: 12/UBND-VX", "12/UBND-VX", "UBND-VX"),  # a Công văn has no type part
    ],
)
def test_number_and_symbol(processed, line, number, symbol):
    meta = processed(f"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n{line}\nKẾ HOẠCH\nTiêu đề\n{BODY}").metadata
    assert (meta.number, meta.symbol) == (number, symbol)


def test_unnumbered_draft_is_a_warning_not_a_guess(processed):
    doc = processed(f"ỦY BAN NHÂN DÂN\nSố:           /KH-UBND\nLào Cai, ngày       tháng      năm 2026\nKẾ HOẠCH\nTiêu đề\n{BODY}")
    assert doc.metadata.number is None and doc.metadata.issued_date is None
    assert doc.metadata.issued_date_partial == "2026"
    assert {"unnumbered_draft", "issue_date_incomplete"} <= {w.code for w in doc.warnings}


def test_a_number_in_prose_is_not_the_document_number(processed):
    doc = processed(f"ỦY BAN NHÂN DÂN\nKẾ HOẠCH\nTiêu đề\n{BODY}")
    assert doc.metadata.number is None
    assert "missing_number" in {w.code for w in doc.warnings}


def test_a_date_in_the_body_is_not_the_issue_date(processed):
    doc = processed(f"ỦY BAN NHÂN DÂN\nSố: 1/KH-UBND\nKẾ HOẠCH\nTiêu đề\n{BODY}")
    assert doc.metadata.issued_date is None  # "Ngày 15/4/2025" is in the body
    assert "missing_issue_date" in {w.code for w in doc.warnings}


@pytest.mark.parametrize(
    "lines, place, iso",
    [
        (["Hà Nội, ngày 09 tháng 06 năm 2025 |"], "Hà Nội", "2025-06-09"),
        (["Bình", "Tân, ngày 05 tháng 10 năm 2018"], "Bình Tân", "2018-10-05"),  # place wrapped in its cell
        (["Cần Thơ, ngày 21 tháng  01", "năm 2010"], "Cần Thơ", "2010-01-21"),  # date wrapped in its cell
        (["Lâm Đồng, ngày 06 tháng 01năm 2026"], "Lâm Đồng", "2026-01-06"),
        (["Hà Nội, ngày 9/6/2025"], "Hà Nội", "2025-06-09"),
    ],
)
def test_place_and_date(processed, lines, place, iso):
    header = "\n".join(["ỦY BAN NHÂN DÂN", "Số: 1/KH-UBND", *lines])
    meta = processed(f"{header}\nKẾ HOẠCH\nTiêu đề\n{BODY}").metadata
    assert (meta.place, meta.issued_date) == (place, iso)


@pytest.mark.parametrize(
    "lines, name, parent",
    [
        (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI", "-------"], "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", None),
        (["ỦY", "BAN NHÂN DÂN", "QUẬN BÌNH TÂN", "-------"], "ỦY BAN NHÂN DÂN QUẬN BÌNH TÂN", None),
        (["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG"], "SỞ CÔNG THƯƠNG", "UBND TỈNH LÀO CAI"),
        (["UBND TỈNH LÂM ĐỒNG", "SỞ NỘI VỤ", "______"], "SỞ NỘI VỤ", "UBND TỈNH LÂM ĐỒNG"),
    ],
)
def test_issuer_lower_line_is_the_issuer(processed, lines, name, parent):
    header = "\n".join([*lines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 1/KH-UBND"])
    meta = processed(f"{header}\nKẾ HOẠCH\nTiêu đề\n{BODY}").metadata
    assert (meta.issuer.name, meta.issuer.parent) == (name, parent)


@pytest.mark.parametrize(
    "closing, authority, title, name",
    [
        ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Đức Chung", ["TM."], "Chủ tịch", "Nguyễn Đức Chung"),
        ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thành Sinh", ["TM.", "KT."], "Phó Chủ tịch", "Nguyễn Thành Sinh"),
        ("TM.ỦY BAN NHÂN DÂN\nKT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Tuấn Anh", ["TM.", "KT."], "Phó Chủ tịch", "Trần Tuấn Anh"),
        ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHoàng Văn Thuân", ["KT."], "Phó Giám đốc", "Hoàng Văn Thuân"),
        ("|\nCHỦ TỊCH\nLê Văn Thinh\n|", [], "Chủ tịch", "Lê Văn Thinh"),
        ("TM. ỦY BAN NHÂN DÂN\nCHÚ TỊCH\n\n\nChu Ngọc Anh", ["TM."], "Chủ tịch", "Chu Ngọc Anh"),  # a slipped tone mark
        ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", ["KT."], "Phó Chủ tịch", None),  # draft without a name
    ],
)
def test_signer(processed, closing, authority, title, name):
    doc = processed(f"{HEADER_001}Tiêu đề\n{BODY}Nơi nhận:\n- Như trên;\n- Lưu: VT.\n{closing}\n")
    signer = doc.metadata.signer
    assert (signer.authority, signer.title, signer.name) == (authority, title, name)
    assert ("missing_signer_name" in {w.code for w in doc.warnings}) == (name is None)


def test_recipients_one_per_dash_line_continuations_joined(processed):
    closing = "Nơi nhận:\n- Thủ tướng Chính phủ;\n- UBMTTQ VN TPHN;\n- VP UBTP: CVP, các PCVP;\nCác phòng: NC, TH;\n- Lưu: VT, NC (B), SNV.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Đức Chung"
    meta = processed(f"{HEADER_001}Tiêu đề\n{BODY}{closing}\n").metadata
    assert meta.recipients == ["Thủ tướng Chính phủ", "UBMTTQ VN TPHN", "VP UBTP: CVP, các PCVP; Các phòng: NC, TH", "Lưu: VT, NC (B), SNV"]


@pytest.mark.parametrize(
    "lines, title",
    [
        (["KẾ HOẠCH", "Cải thiện, nâng cao Chỉ số PAPI của thành phố Hà Nội năm 2020", "______________", "Chỉ số PAPI do UNDP"],
         "Cải thiện, nâng cao Chỉ số PAPI của thành phố Hà Nội năm 2020"),
        (["KẾ HOẠCH", "CẢI THIỆN CHỈ SỐ (PAPI) TRÊN", "ĐỊA BÀN QUẬN BÌNH TÂN NĂM 2018 - 2019", "Căn cứ Quyết định số 1/QĐ-UBND"],
         "CẢI THIỆN CHỈ SỐ (PAPI) TRÊN ĐỊA BÀN QUẬN BÌNH TÂN NĂM 2018 - 2019"),
        (["QUYẾT ĐỊNH", "VỀ VIỆC BAN HÀNH KẾ HOẠCH CCHC NĂM 2021", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "Căn cứ Luật"],
         "VỀ VIỆC BAN HÀNH KẾ HOẠCH CCHC NĂM 2021"),
    ],
)
def test_title_joined_and_stopped_before_the_body(processed, lines, title):
    header = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 1/KH-UBND\nHà Nội, ngày 9/6/2025\n"
    assert processed(header + "\n".join(lines) + "\n" + BODY).metadata.title == title


def test_heading_and_symbol_that_disagree_are_reported(processed):
    doc = processed(f"ỦY BAN NHÂN DÂN\nSố: 1/QĐ-UBND\nHà Nội, ngày 9/6/2025\nKẾ HOẠCH\nTiêu đề\n{BODY}")
    assert doc.metadata.doc_type == "Kế hoạch"
    assert "doc_type_mismatch" in {w.code for w in doc.warnings}


def test_site_panel_that_disagrees_is_reported_and_never_fills_a_gap(processed):
    page = "Thuộc tính\nSố hiệu:122/KH-UBNDNgày đăng công báo:Đang cập nhật\nNgày ban hành:12/06/2020Người ký:Nguyễn Đức Chung\n"
    doc = processed(page + f"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nHà Nội, ngày 11 tháng 6 năm 2020\nKẾ HOẠCH\nTiêu đề\n{BODY}")
    codes = [w.code for w in doc.warnings]
    assert doc.metadata.number is None  # the panel's "122/KH-UBND" is not copied in
    assert "missing_in_document" in codes and "site_attribute_mismatch" in codes


def test_deadline_before_the_date_of_issue_is_reported(processed):
    doc = processed(f"{HEADER_001}Tiêu đề\nI. NỘI DUNG\n- Hoàn thành trước 30/5/2025\n- Báo cáo trước ngày 15/7/2025\n")
    messages = [w.message for w in doc.warnings if w.code == "deadline_before_issue"]
    assert len(messages) == 1 and "2025-05-30" in messages[0]
