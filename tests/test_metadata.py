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
        (["Hà Nội, Ngày 09 Tháng 6 Năm 2025"], "Hà Nội", "2025-06-09"),  # the words in capitals
        (["Đà Nẵng, NGÀY 15 THÁNG 02", "NĂM 2025"], "Đà Nẵng", "2025-02-15"),
        (["Phan Rang - Tháp Chàm, ngày 5 tháng 6 năm 2025"], "Phan Rang - Tháp Chàm", "2025-06-05"),
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
        # a web page wrapped the title's year onto a line of its own: a line with no word has no case to break on
        (["KẾ HOẠCH", "TRIỂN KHAI CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM", "2025", "I. MỤC ĐÍCH"],
         "TRIỂN KHAI CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2025"),
        (["KẾ HOẠCH", "PHÁT TRIỂN NGUỒN NHÂN LỰC GIAI ĐOẠN", "2026 - 2030", "Căn cứ Luật"],
         "PHÁT TRIỂN NGUỒN NHÂN LỰC GIAI ĐOẠN 2026 - 2030"),
        (["KẾ HOẠCH", "Chuyển đổi số tỉnh năm", "2026", "I. MỤC ĐÍCH"], "Chuyển đổi số tỉnh năm 2026"),
        # a wrapped line that starts with a body's name goes on with a line that needs it
        (["NGHỊ QUYẾT", "VỀ CHƯƠNG TRÌNH GIÁM SÁT CỦA", "QUỐC HỘI NĂM 2026", "QUỐC HỘI", "Căn cứ Hiến pháp"],
         "VỀ CHƯƠNG TRÌNH GIÁM SÁT CỦA QUỐC HỘI NĂM 2026"),
        (["NGHỊ QUYẾT", "VỀ CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA", "CHÍNH PHỦ NĂM 2026", "CHÍNH PHỦ", "Căn cứ Luật"],
         "VỀ CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ NĂM 2026"),
        (["NGHỊ QUYẾT", "VỀ KẾ HOẠCH NĂM 2026", "QUỐC HỘI", "Căn cứ Hiến pháp"], "VỀ KẾ HOẠCH NĂM 2026"),
        # a number that is no year is not taken into the title
        (["KẾ HOẠCH", "KIỂM TRA CÔNG VỤ NĂM 2025", "15", "I. MỤC ĐÍCH"], "KIỂM TRA CÔNG VỤ NĂM 2025"),
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


# ---------------------------------------------------------------------------------------------------
# Central bodies (issue 17, item 4): the number line of a law or a resolution, decimal and mistyped numbers,
# the issuer beside the motto, the date of adoption in the closing sentence.

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
ARTICLES = "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nĐiều 1. Phạm vi điều chỉnh\nNội dung.\n"


@pytest.mark.parametrize(
    "issuer, line, heading, number, doc_type",
    [
        ("QUỐC HỘI", "Luật số: 91/2015/QH13", "LUẬT", "91/2015/QH13", "Luật"),
        ("QUỐC HỘI", "Luật số 45/2019/QH14", "LUẬT", "45/2019/QH14", "Luật"),
        ("ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Nghị quyết số: 96/2025/UBTVQH15", "NGHỊ QUYẾT", "96/2025/UBTVQH15", "Nghị quyết"),
        ("CHÍNH PHỦ", "Số: 66.15/2026/NQ-CP", "NGHỊ QUYẾT", "66.15/2026/NQ-CP", "Nghị quyết"),  # decimal number
        ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "Số: 12/2025/TT-NHNN", "THÔNG TƯ", "12/2025/TT-NHNN", "Thông tư"),
        ("BỘ TÀI CHÍNH - BỘ NỘI VỤ", "Số: 03/2024/TTLT-BTC-BNV", "THÔNG TƯ LIÊN TỊCH", "03/2024/TTLT-BTC-BNV",
         "Thông tư liên tịch"),
        ("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nCÔNG ĐOÀN NGÀNH GIÁO DỤC", "Số: 42/KHLT-SGDĐT-CĐN", "KẾ HOẠCH LIÊN TỊCH",
         "42/KHLT-SGDĐT-CĐN", "Kế hoạch liên tịch"),
    ],
)
def test_central_number_lines(processed, issuer, line, heading, number, doc_type):
    meta = processed(f"{issuer}\n{line}\n{MOTTO}Hà Nội, ngày 24 tháng 11 năm 2015\n{heading}\nTiêu đề\n{ARTICLES}").metadata
    assert (meta.number, meta.doc_type, meta.title) == (number, doc_type, "Tiêu đề")


@pytest.mark.parametrize("issuers, joint", [
    ("BỘ TÀI CHÍNH - BỘ NỘI VỤ", ["BỘ TÀI CHÍNH", "BỘ NỘI VỤ"]),
    ("BỘ TÀI CHÍNH\nBỘ NỘI VỤ", ["BỘ TÀI CHÍNH", "BỘ NỘI VỤ"]),
    ("BỘ CÔNG AN\nBỘ QUỐC PHÒNG\nBỘ Y TẾ", ["BỘ CÔNG AN", "BỘ QUỐC PHÒNG", "BỘ Y TẾ"]),
])
def test_a_joint_circular_has_several_issuers(processed, issuers, joint):
    meta = processed(f"{issuers}\nSố: 03/2024/TTLT-BTC-BNV\n{MOTTO}Hà Nội, ngày 5 tháng 3 năm 2024\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn\n{ARTICLES}").metadata
    assert (meta.doc_type, meta.issuer.name, meta.issuer.parent, meta.issuer.joint) == ("Thông tư liên tịch", joint[0], None, joint)


def test_a_title_that_cites_a_number_is_no_number_line(processed):
    """ "Quyết định số 867/QĐ-QLTA Về việc …" is a site's heading, not the number line of a header."""
    doc = processed(f"Quyết định số 867/QĐ-QLTA Về việc phân bổ số lượng hội thẩm\nỦY BAN NHÂN DÂN\nKẾ HOẠCH\nTiêu đề\n{BODY}")
    assert doc.metadata.number is None


def test_a_doubled_slash_is_normalised_with_a_warning(processed):
    doc = processed(f"CHÍNH PHỦ\nSố: 24/2026//NQ-CP\n{MOTTO}Hà Nội, ngày 2 tháng 3 năm 2026\nNGHỊ QUYẾT\nTiêu đề\n{ARTICLES}")
    assert doc.metadata.number == "24/2026/NQ-CP"
    assert "number_typo_normalised" in {w.code for w in doc.warnings}


@pytest.mark.parametrize(
    "closing, iso",
    [
        ("Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 10 thông qua ngày 24 tháng 11 năm 2015.",
         "2015-11-24"),
        ("Nghị quyết này được Ủy ban Thường vụ Quốc hội khóa XV, Phiên họp thứ 47 thông qua ngày 10 tháng 7 năm 2025.", "2025-07-10"),
        ("Nghị quyết này có hiệu lực từ ngày ký.", None),  # no adoption sentence: no date, a warning
    ],
)
def test_the_date_of_adoption_when_the_header_has_no_date_line(processed, closing, iso):
    doc = processed(f"ỦY BAN THƯỜNG VỤ QUỐC HỘI\nNghị quyết số: 87/2025/UBTVQH15\n{MOTTO}NGHỊ QUYẾT\nTiêu đề\n{ARTICLES}"
                    f"{closing}\nTM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCHỦ TỊCH\nTrần Thanh Mẫn\n")
    meta = doc.metadata
    assert meta.issued_date == iso and meta.place is None
    assert ("missing_issue_date" in {w.code for w in doc.warnings}) == (iso is None)
    assert "missing_place" not in {w.code for w in doc.warnings}
    assert (meta.issuer.name, meta.signer.name, meta.signer.authority) == ("ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Trần Thanh Mẫn", ["TM."])


@pytest.mark.parametrize(
    "header, issuer, parent, place",
    [
        # a scan or a text layer reads the two columns of the header table as one line
        ("THỦ TƯỚNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 932/QĐ-TTg\n"
         "Hà Nội, ngày 15 tháng 5 năm 2025", "THỦ TƯỚNG CHÍNH PHỦ", None, "Hà Nội"),
        ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI\nSố: 7/CT-UBND\n"
         "Độc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày 20 tháng 3 năm 2018", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", None, "Quảng Ngãi"),
        ("UBND TỈNH QUẢNG NGÃI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN CHỈ ĐẠO 138\nSố: 04/QĐ-BCĐ138\n"
         "Độc lập - Tự do - Hạnh phúc Quảng Ngãi, ngày 05 tháng 02 năm 2025", "BAN CHỈ ĐẠO 138", "UBND TỈNH QUẢNG NGÃI", "Quảng Ngãi"),
        # a legacy .doc whose header table was flattened row by row: the motto between the issuer's lines
        ("UBND TỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ CÔNG THƯƠNG\nĐộc lập - Tự do - Hạnh phúc\n"
         "Số: 1050/QĐ-SCT\nLào Cai, ngày 06 tháng 3 năm 2026", "SỞ CÔNG THƯƠNG", "UBND TỈNH LÀO CAI", "Lào Cai"),
        # OCR's slip of a mark in the kind of body still splits the header into bodies
        ("BỘ CÔNG AN\nTỎ CÔNG TÁC LIÊN NGÀNH TW\nSố: 996/KH-TCTLNTW\n" + MOTTO + "Hà Nội, ngày 24 tháng 02 năm 2026",
         "TỎ CÔNG TÁC LIÊN NGÀNH TW", "BỘ CÔNG AN", "Hà Nội"),
    ],
)
def test_issuer_beside_the_motto(processed, header, issuer, parent, place):
    meta = processed(f"{header}\nQUYẾT ĐỊNH\nVề việc thí điểm\n{ARTICLES}").metadata
    assert (meta.issuer.name, meta.issuer.parent, meta.place) == (issuer, parent, place)


def test_a_sentence_that_names_a_date_is_not_the_date_line(processed):
    """A công văn's header ends where the letter starts; a date in its first sentence is not the date of issue."""
    doc = processed("BỘ NỘI VỤ\nSố: 5/BNV-CCHC\nV/v hướng dẫn\nKính gửi: Các bộ\n"
                    "Triển khai Kết luận số 18-KL/TW ngày 02 tháng 4 năm 2026 của Ban Chấp hành Trung ương, Bộ Nội vụ đề nghị:\n")
    assert (doc.metadata.issued_date, doc.metadata.place) == (None, None)


# ---------------------------------------------------------------------------------------------------
# Công văn (item 5): the type from a symbol without a type part or from the "V/v" subject; the title is the subject.


@pytest.mark.parametrize(
    "header, number, title",
    [
        ("BỘ NỘI VỤ\nSố: 12094/BNV-CCHC\nV/v hướng dẫn triển khai Đề án\nxác định Chỉ số cải cách hành chính\n" + MOTTO
         + "Hà Nội, ngày 15 tháng 12 năm 2025", "12094/BNV-CCHC",
         "hướng dẫn triển khai Đề án xác định Chỉ số cải cách hành chính"),
        # the number and the subject read as one line; "V/V:" in capitals
        ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 575/UBND-KTTH V/V: tham gia ý kiến dự thảo Nghị định\n" + MOTTO
         + "Quảng Ngãi, ngày 04 tháng 02 năm 2025", "575/UBND-KTTH", "tham gia ý kiến dự thảo Nghị định"),
        # a scan reads "Kính gửi" (left column) before the motto and the date (right column)
        ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 299/UBND-TTHC\nV/v công bố Danh mục TTHC\nKính gửi:\n" + MOTTO
         + "Quảng Ngãi, ngày 15 tháng 01 năm 2025", "299/UBND-TTHC", "công bố Danh mục TTHC"),
        # the date line between two lines of the subject (a text layer's reading order)
        ("BỘ CÔNG AN\nSố: 5689/BCA-C04\nV/v dự kiến kế hoạch đầu tư công trung hạn\nHà Nội, ngày 16 tháng 12 năm 2025\n"
         "năm 2026 vốn NSTW\n" + MOTTO, "5689/BCA-C04", "dự kiến kế hoạch đầu tư công trung hạn năm 2026 vốn NSTW"),
    ],
)
def test_cong_van_subject_is_the_title(processed, header, number, title):
    doc = processed(f"{header}\nKính gửi: Sở Tài chính\nThực hiện đề nghị của Bộ Tài chính, Ủy ban nhân dân tỉnh có ý kiến như sau:\n{BODY}")
    meta = doc.metadata
    assert (meta.doc_type, meta.number, meta.title) == ("Công văn", number, title)
    assert "missing_doc_type_heading" not in {w.code for w in doc.warnings}


def test_cong_van_type_from_the_subject_when_the_number_is_unreadable(processed):
    """A scan whose number line is unreadable still shows a "V/v" subject and no type heading: a công văn."""
    meta = processed("THỦ TƯỚNG CHÍNH PHỦ\nV/v triển khai các Nghị quyết\n" + MOTTO
                     + "Hà Nội, ngày 30 tháng 4 năm 2026\nKính gửi: Các bộ\nĐể triển khai kịp thời các Nghị quyết:\n").metadata
    assert (meta.doc_type, meta.title) == ("Công văn", "triển khai các Nghị quyết")


def test_a_to_trinh_with_a_vv_line_keeps_its_type(processed):
    meta = processed("CÔNG AN TỈNH LÂM ĐỒNG\nSố: 298/TTr-CAT-PC04\n" + MOTTO + "Lâm Đồng, ngày 29 tháng 10 năm 2025\n"
                     "TỜ TRÌNH\nV/v xin chủ trương triển khai cai nghiện tại gia đình\nKính gửi: Đồng chí Chủ tịch\n").metadata
    assert (meta.doc_type, meta.title) == ("Tờ trình", "xin chủ trương triển khai cai nghiện tại gia đình")


# ---------------------------------------------------------------------------------------------------
# Title boundaries (item 6)


@pytest.mark.parametrize(
    "title_lines, title",
    [
        # the title run into the issuing authority's line by the layout
        ("Ban hành các giải pháp thuộc thẩm quyền quản lý của Bộ Xây dựng BỘ TRƯỞNG BỘ XÂY DỰNG",
         "Ban hành các giải pháp thuộc thẩm quyền quản lý của Bộ Xây dựng"),
        ("Về việc giao đất cho Ban Quản lý dự án CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Về việc giao đất cho Ban Quản lý dự án"),
        ("Phê duyệt Đề án “Xác định Chỉ số cải cách hành chính\nBỘ TRƯỞNG BỘ NỘI VỤ", "Phê duyệt Đề án “Xác định Chỉ số cải cách hành chính"),
        # capitals that are part of the title stay
        ("Về việc triển khai phần mềm QLVB", "Về việc triển khai phần mềm QLVB"),
    ],
)
def test_title_ends_where_the_body_starts(processed, title_lines, title):
    meta = processed(f"BỘ XÂY DỰNG\nSố: 1074/QĐ-BXD\n{MOTTO}Hà Nội, ngày 29 tháng 6 năm 2026\nQUYẾT ĐỊNH\n{title_lines}\n{ARTICLES}").metadata
    assert meta.title == title


def test_the_issuing_authority_line_is_not_the_signature(processed):
    doc = processed(f"BỘ NỘI VỤ\nSố: 1187/QĐ-BNV\n{MOTTO}Hà Nội, ngày 15 tháng 10 năm 2025\nQUYẾT ĐỊNH\nPhê duyệt Đề án\n"
                    f"BỘ TRƯỞNG BỘ NỘI VỤ\n{ARTICLES}Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nBỘ TRƯỞNG\nPhạm Thị Thanh Trà\n")
    assert (doc.metadata.signer.title, doc.metadata.signer.name) == ("Bộ trưởng", "Phạm Thị Thanh Trà")


# ---------------------------------------------------------------------------------------------------
# Signing authority (item 7): the chain on one line or several, the name after a rank, a seal or the recipients


@pytest.mark.parametrize(
    "closing, authority, title, name",
    [
        ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An", ["TM.", "KT."], "Phó Chủ tịch", "Nguyễn Văn An"),
        ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH\nNguyễn Văn An", ["TM.", "KT."], "Phó Chủ tịch", "Nguyễn Văn An"),
        ("KT. BỘ TRƯỞNG THỨ TRƯỞNG\nThượng tướng Nguyễn Văn Long", ["KT."], "Thứ trưởng", "Nguyễn Văn Long"),
        ("TL. BỘ TRƯỞNG\nVỤ TRƯỞNG\nVỤ CẢI CÁCH HÀNH CHÍNH\nPhạm Minh Hùng", ["TL."], "Vụ trưởng Vụ Cải cách hành chính", "Phạm Minh Hùng"),
        ("TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN BAN CHÍNH SÁCH, THUẾ QUỐC TẾ\nPHÓ TRƯỞNG BAN\nMạnh Thị Tuyết Mai", ["TL.", "KT."],
         "Phó Trưởng ban Ban Chính sách, thuế quốc tế", "Mạnh Thị Tuyết Mai"),
        ("TUQ. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nLê Văn Bình", ["TUQ."], "Chánh Văn phòng", "Lê Văn Bình"),
        ("Q. GIÁM ĐỐC\nTrần Thị Cúc", ["Q."], "Giám đốc", "Trần Thị Cúc"),
        ("KT. TỔ TRƯỞNG\nPHÓ TỔ TRƯỞNG THƯỜNG TRỰC\nPHÓ CỤC TRƯỞNG CỤC CẢNH SÁT ĐTTP VỀ MA TÚY\nĐại tá Bùi Duy Hưng", ["KT."],
         "Phó Tổ trưởng Thường trực", "Bùi Duy Hưng"),
        ("TRƯỞNG BAN\n(đã ký)\nCHỦ TỊCH UBND TỈNH\nNguyễn Hoàng Giang", [], "Trưởng ban", "Nguyễn Hoàng Giang"),
        # OCR: a position cut by a seal, smudges after the prefix
        ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊC\nTrần Phước Hiền", ["TM.", "KT."], "Phó Chủ tịch", "Trần Phước Hiền"),
        ("KT. GIÁM ĐÓC ở ƒ :\nĐại tá Đậu Xuân Bảo", ["KT."], "Phó Giám đốc", "Đậu Xuân Bảo"),
        # the Party's documents print the prefixes with a slash (Hướng dẫn 36-HD/VPTW)
        ("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\nLê Thị Kim Dung", ["TM."], "Phó Bí thư Thường trực", "Lê Thị Kim Dung"),
        ("T/M ĐẢNG ỦY\nK/T BÍ THƯ\nPHÓ BÍ THƯ\nNguyễn Văn Bình", ["TM.", "KT."], "Phó Bí thư", "Nguyễn Văn Bình"),
        ("T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nĐỗ Minh Tuấn", ["TL."], "Chánh Văn phòng", "Đỗ Minh Tuấn"),
        ("K/T BÍ THƯ\nNguyễn Văn Bình", ["KT."], "Phó Bí thư", "Nguyễn Văn Bình"),  # the deputy's line left out
        # a head holding two posts (the Government Office): the post after the comma is the head's, not the signer's
        ("KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nNguyễn Sỹ Hiệp", ["KT."], "Phó Chủ nhiệm", "Nguyễn Sỹ Hiệp"),
        ("TL. THỦ TƯỚNG\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nMai Thị Thu Vân", ["TL.", "KT."], "Phó Chủ nhiệm", "Mai Thị Thu Vân"),
        ("KT. BỘ TRƯỞNG, CHỦ NHIỆM\nNguyễn Sỹ Hiệp", ["KT."], "Phó Chủ nhiệm", "Nguyễn Sỹ Hiệp"),  # the deputy's line left out
        ("KT. CHỦ TỊCH, PHÓ CHỦ TỊCH\nNguyễn Văn An", ["KT."], "Phó Chủ tịch", "Nguyễn Văn An"),  # the deputy after a comma
        # a position and the unit it heads on one line, no prefix (laws and resolutions of the National Assembly)
        ("CHỦ TỊCH QUỐC HỘI\nTrần Thanh Mẫn", [], "Chủ tịch Quốc hội", "Trần Thanh Mẫn"),
        ("GIÁM ĐỐC SỞ NỘI VỤ\n(đã ký)\nLê Văn Hùng", [], "Giám đốc Sở Nội vụ", "Lê Văn Hùng"),
    ],
)
def test_signature_chain(processed, closing, authority, title, name):
    doc = processed(f"ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 88/QĐ-UBND\n{MOTTO}Quảng Ngãi, ngày 05 tháng 02 năm 2025\nQUYẾT ĐỊNH\n"
                    f"Về việc giao đất\n{ARTICLES}Nơi nhận:\n- Như Điều 4;\n- Lưu: VT.\n{closing}\n")
    signer = doc.metadata.signer
    assert (signer.authority, signer.title, signer.name) == (authority, title, name)


def test_kt_without_the_deputys_line_is_inferred_with_a_warning(processed):
    doc = processed(f"BỘ QUỐC PHÒNG\nSố: 46/VBHN-BQP\n{MOTTO}Hà Nội, ngày 04 tháng 5 năm 2026\nTHÔNG TƯ\nQuy định lễ tang\n{ARTICLES}"
                    "KT. BỘ TRƯỞNG\nThượng tướng Nguyễn Văn Gấu\n")
    assert (doc.metadata.signer.title, doc.metadata.signer.name) == ("Thứ trưởng", "Nguyễn Văn Gấu")
    assert "signer_title_inferred" in {w.code for w in doc.warnings}


def test_signature_beside_the_recipients_in_a_scan(processed):
    """A scan reads the recipients' column and the signature's row by row: the recipients are passed over,
    and a signature line at the end of a recipient's line is read."""
    doc = processed(f"ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 575/UBND-KTTH\nV/v góp ý\n{MOTTO}Quảng Ngãi, ngày 04 tháng 02 năm 2025\n"
                    "Kính gửi: Sở Tài chính\nỦy ban nhân dân tỉnh có ý kiến như sau:\n"
                    "Nơi nhận:\n- Như trên;\n- CT, PCT UBND tỉnh;\n- Lưu: VT, KTTH. TL. CHỦ TỊCH\n"
                    "KT. CHÁNH VĂN PHÒNG\n- VPUB: CVP;\nPHÓ CHÁNH VĂN PHÒNG\nHà Thị Lê Vân\n")
    signer = doc.metadata.signer
    assert (signer.authority, signer.title, signer.name) == (["TL.", "KT."], "Phó Chánh Văn phòng", "Hà Thị Lê Vân")


# ---------------------------------------------------------------------------------------------------
# Several documents in one file (item 9)

TO_TRINH = ("BỘ CÔNG AN\nCÔNG AN TỈNH LÂM ĐỒNG\nSố: 91/TTr-CAT-PC04\n" + MOTTO + "Lâm Đồng, ngày 03 tháng 02 năm 2026\nTỜ TRÌNH\n"
            "Về việc ban hành kế hoạch phòng, chống ma túy năm 2026\nKính gửi: Ủy ban nhân dân tỉnh\n"
            "Công an tỉnh kính trình Ủy ban nhân dân tỉnh xem xét, ban hành Kế hoạch./.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nĐại tá Đậu Xuân Bảo\n")
DRAFT_PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố:      /KH-UBND\n" + MOTTO + "Lâm Đồng, ngày     tháng     năm 2026\nKẾ HOẠCH\n"
              "Tăng cường phòng, chống ma túy năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nắm chắc tình hình.\n"
              "Nơi nhận:\n- Bộ Công an;\n- Lưu: VT.\nCHỦ TỊCH\n")


def test_a_to_trinh_and_the_draft_plan_it_submits(processed):
    doc = processed(TO_TRINH + DRAFT_PLAN)
    meta = doc.metadata
    assert (meta.doc_type, meta.number, meta.signer.name) == ("Tờ trình", "91/TTr-CAT-PC04", "Đậu Xuân Bảo")  # the file's own
    main, plan = meta.parts
    assert (main.id, main.relation, main.number) == ("part_1", "main", "91/TTr-CAT-PC04")
    assert (plan.relation, plan.attached_to, plan.doc_type, plan.number, plan.symbol) == ("attached", "part_1", "Kế hoạch", None, "KH-UBND")
    assert (plan.issuer.name, plan.issued_date, plan.issued_date_partial) == ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", None, "2026")
    assert (plan.title, plan.signer.title, plan.signer.name) == ("Tăng cường phòng, chống ma túy năm 2026", "Chủ tịch", None)
    assert "part_2: the signature block gives no signer's name" in {w.message for w in doc.warnings}


def test_one_document_has_no_parts(processed):
    assert processed(TO_TRINH).metadata.parts == []


def test_a_form_in_an_annex_is_no_document(processed):
    """Annexed forms print a blank header ("Số: ……", no symbol) and a type heading: they are no second document."""
    form = "Mẫu số 01\nTÊN CƠ QUAN\nSố: ..........\n" + MOTTO + "…, ngày … tháng … năm …\nTỜ TRÌNH\nVề việc …\n"
    assert processed(TO_TRINH + form).metadata.parts == []


# ---------------------------------------------------------------------------------------------------
# Where each value came from (field sources)


def test_printed_values_have_a_printed_source(processed):
    meta = processed(TO_TRINH).metadata
    assert set(meta.sources) == {"doc_type", "number", "issued_date", "place", "issuer", "title", "signer"}
    assert {s.source for s in meta.sources.values()} == {"printed"} and {s.confidence for s in meta.sources.values()} == {1.0}
    assert meta.sources["signer"].where["line"] == TO_TRINH.splitlines().index("Đại tá Đậu Xuân Bảo") + 1
    assert meta.sources["number"].where["line"] == 3


@pytest.mark.parametrize("reader, confidence, source, expected", [("ocr", 87.0, "ocr", 0.87), ("pdf-form", None, "form", 1.0),
                                                                  ("pdf", None, "printed", 1.0)])
def test_the_source_follows_the_reader_of_the_block(reader, confidence, source, expected):
    from pipeline.stages.clean import clean
    from pipeline.stages.metadata import extract
    from pipeline.model import Block, Document, Origin, Provenance

    lines = TO_TRINH.splitlines()
    blocks = [Block(id=f"b{i:04d}", orig=line, prov=Provenance(reader=reader if "91/TTr" in line else "pdf", page=1, line_start=i,
                                                                ocr_confidence=confidence if "91/TTr" in line else None))
              for i, line in enumerate(lines, start=1)]
    doc = clean(Document(origin=Origin(path="x.pdf", name="x.pdf", format="pdf", sha256="0", size=1), blocks=blocks))
    meta, _ = extract(doc)
    assert (meta.sources["number"].source, meta.sources["number"].confidence) == (source, expected)
    assert meta.sources["title"].source == "printed"


def test_a_received_stamp_is_no_type_heading(processed):
    meta = processed("VĂN PHÒNG CHÍNH PHỦ\nCÔNG VĂN ĐẾN\nGiờ: 5 Ngày: 5/5\nTHÔNG TƯ\nQuy định và hướng dẫn tổ chức lễ tang\n"
                     f"{ARTICLES}").metadata
    assert (meta.doc_type, meta.title) == ("Thông tư", "Quy định và hướng dẫn tổ chức lễ tang")


def test_a_consolidated_text_is_authenticated_at_its_end(processed):
    """A văn bản hợp nhất prints the heading of the text it consolidates, and its number, date and issuer at its end."""
    doc = processed(f"THÔNG TƯ\nQuy định và hướng dẫn tổ chức lễ tang\n{ARTICLES}Điều 37. Trách nhiệm thi hành\nCác cơ quan thi hành.\n"
                    "XÁC THỰC VĂN BẢN HỢP NHẤT\nBỘ QUỐC PHÒNG\nSố: 46/VBHN-BQP\nHà Nội, ngày 04 tháng 5 năm 2026\n"
                    "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nThượng tướng Nguyễn Văn Gấu\n")
    meta = doc.metadata
    assert (meta.doc_type, meta.number, meta.issued_date, meta.place, meta.issuer.name) == (
        "Văn bản hợp nhất", "46/VBHN-BQP", "2026-05-04", "Hà Nội", "BỘ QUỐC PHÒNG")
    assert (meta.title, meta.signer.title, meta.signer.name) == ("Quy định và hướng dẫn tổ chức lễ tang", "Thứ trưởng", "Nguyễn Văn Gấu")


def test_a_closing_flattened_row_by_row(processed):
    """A legacy .doc whose closing table was converted to lines of two columns: "Nơi nhận: | TM. …", "- Như trên; | KT. …"."""
    doc = processed(f"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 09/2010/QĐ-UBND\n{MOTTO}Cần Thơ, ngày 21 tháng 01 năm 2010\n"
                    f"QUYẾT ĐỊNH\nBan hành Quy định tuyển chọn\n{ARTICLES}"
                    "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Như Điều 3;\tKT. CHỦ TỊCH\n- Lưu: VT.\tPHÓ CHỦ TỊCH\nTrần Tuấn Anh\n")
    meta = doc.metadata
    assert (meta.signer.authority, meta.signer.title, meta.signer.name) == (["TM.", "KT."], "Phó Chủ tịch", "Trần Tuấn Anh")
    assert meta.recipients == ["Như Điều 3", "Lưu: VT"]


def test_an_inferred_deputy_takes_the_heads_unit(processed):
    doc = processed(f"BỘ TÀI CHÍNH\nCỤC THUẾ\nSố: 2191/CT-CS\nV/v chính sách thuế\n{MOTTO}Hà Nội, ngày 08 tháng 4 năm 2026\n"
                    "Kính gửi: Thuế tỉnh Ninh Bình\nCục Thuế trả lời như sau:\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
                    "TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN BAN CHÍNH SÁCH, THUẾ QUỐC TẾ\n")
    assert doc.metadata.signer.title == "Phó Trưởng ban Ban Chính sách, thuế quốc tế"
    assert "signer_title_inferred" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("line, issuer", [("Số: 29/2025/QĐ-TTg", "Thủ tướng Chính phủ"), ("Số: 344/2025/NĐ-CP", "Chính phủ"),
                                          ("Nghị quyết số: 87/2025/UBTVQH15", "Ủy ban Thường vụ Quốc hội"),
                                          ("Số: 12/2025/TT-NHNN", "Ngân hàng Nhà nước Việt Nam"),
                                          ("Số: 122/KH-UBND", None)])  # a provincial code names no place
def test_the_issuer_from_a_central_symbol_when_the_header_shows_none(processed, line, issuer):
    doc = processed(f"{MOTTO}{line}\nHà Nội, ngày 28 tháng 8 năm 2025\nQUYẾT ĐỊNH\nVề tín dụng\n{ARTICLES}")
    assert doc.metadata.issuer.name == issuer
    assert ("issuer_from_symbol" in {w.code for w in doc.warnings}) == (issuer is not None)


@pytest.mark.parametrize("printed, title", [
    ("Về việc tăng cường công tác thi hành án trên địa bàn tỉnh lmà|š Ị số:", "Về việc tăng cường công tác thi hành án trên địa bàn tỉnh"),
    ("Về việc đề nghị ban hành Quyết. định phê duyệt danh sách", "Về việc đề nghị ban hành Quyết định phê duyệt danh sách"),
    ("Về việc ban hành Quy chế làm việc", "Về việc ban hành Quy chế làm việc"),
])
def test_an_ocr_title_without_a_stamps_noise(printed, title):
    """Only in a scan: a stamp's smudge read after the title, a stop read between two words."""
    from pipeline.stages.clean import clean
    from pipeline.stages.metadata import extract
    from pipeline.model import Block, Document, Origin, Provenance

    lines = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 07/CT-UBND", "Quảng Ngãi, ngày 20 tháng 3 năm 2018", "CHỈ THỊ", printed,
             "Căn cứ Luật Tổ chức chính quyền địa phương;"]
    for reader, expected in (("ocr", title), ("pdf", printed)):
        blocks = [Block(id=f"b{i:04d}", orig=line, prov=Provenance(reader=reader, page=1, line_start=i, ocr_confidence=90.0))
                  for i, line in enumerate(lines, start=1)]
        doc = clean(Document(origin=Origin(path="x.pdf", name="x.pdf", format="pdf", sha256="0", size=1), blocks=blocks))
        assert extract(doc)[0].title == expected


DECISION = (f"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 5743/QĐ-UBND\n{MOTTO}Hà Nội, ngày 29 tháng 12 năm 2020\nQUYẾT ĐỊNH\n"
            "Về việc ban hành Kế hoạch cải cách hành chính năm 2021\nỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n"
            "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nChu Ngọc Anh\n")


@pytest.mark.parametrize("above", ["", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n" + MOTTO])
def test_a_decision_and_the_plan_it_issues(processed, above):
    plan = (f"{above}KẾ HOẠCH\nCải cách hành chính nhà nước năm 2021\n"
            "(Ban hành kèm theo Quyết định số 5743/QĐ-UBND ngày 29/12/2020 của Ủy ban nhân dân Thành phố)\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao chất lượng.\n")
    doc = processed(DECISION + plan)
    main, carried = doc.metadata.parts
    assert (main.doc_type, main.number, main.signer.name) == ("Quyết định", "5743/QĐ-UBND", "Chu Ngọc Anh")
    assert (carried.relation, carried.attached_to, carried.doc_type, carried.title) == (
        "attached", "part_1", "Kế hoạch", "Cải cách hành chính nhà nước năm 2021")
    first_line = (DECISION + plan).splitlines().index(plan.splitlines()[0], len(DECISION.splitlines())) + 1
    assert carried.block_start == f"b{first_line:04d}"
    assert not [w for w in doc.warnings if w.message.startswith("part_2: ")]  # a carried plan has no header of its own to miss


def test_a_party_committees_plan(processed):
    """The documents of party committees: "ĐẢNG CỘNG SẢN VIỆT NAM" in the motto's place, "Số 12-KH/TU" (the type
    before the slash)."""
    doc = processed("ĐẢNG BỘ TỈNH LÂM ĐỒNG\nTỈNH ỦY\n*\nSố 12-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nLâm Đồng, ngày 05 tháng 01 năm 2025\n"
                    f"KẾ HOẠCH\nThực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị\n{BODY}")
    meta = doc.metadata
    assert (meta.number, meta.symbol, meta.doc_type) == ("12-KH/TU", "KH/TU", "Kế hoạch")
    assert (meta.issuer.name, meta.issuer.parent, meta.place, meta.issued_date) == ("TỈNH ỦY", "ĐẢNG BỘ TỈNH LÂM ĐỒNG", "Lâm Đồng", "2025-01-05")


def test_a_place_of_two_names_joined_by_a_dash(processed):
    meta = processed(f"ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA - VŨNG TÀU\nSố: 1/KH-UBND\n{MOTTO}Bà Rịa - Vũng Tàu, ngày 9 tháng 6 năm 2025\n"
                     f"KẾ HOẠCH\nTiêu đề\n{BODY}").metadata
    assert (meta.place, meta.issued_date) == ("Bà Rịa - Vũng Tàu", "2025-06-09")


def test_a_subject_written_out_in_the_header(processed):
    """ "Về việc …" under the number is the subject, kept as printed; unlike "V/v" it does not make the type."""
    meta = processed(f"SỞ NỘI VỤ\nSố: 35/SNV-CCHC\nVề việc góp ý dự thảo Kế hoạch\n{MOTTO}Hà Nội, ngày 9 tháng 6 năm 2025\n"
                     "Kính gửi: Các sở, ban, ngành\nSở Nội vụ đề nghị:\n").metadata
    assert (meta.doc_type, meta.title) == ("Công văn", "Về việc góp ý dự thảo Kế hoạch")  # the type from the symbol


# ---------------------------------------------------------------------------------------------------
# The same classes in the formats that lay them out as tables: DOCX header and signature tables, an HTML page


def _docx(path, header_rows, paragraphs, closing_rows):
    import docx

    document = docx.Document()
    table = document.add_table(rows=len(header_rows), cols=len(header_rows[0]))
    for r, row in enumerate(header_rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for text in paragraphs:
        document.add_paragraph(text)
    table = document.add_table(rows=len(closing_rows), cols=2)
    for r, row in enumerate(closing_rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(path)
    return path


@pytest.mark.parametrize("header_rows", [
    # issuer | motto, number | date, and an empty third column
    [["BỘ TÀI CHÍNH\nCỤC THUẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", ""],
     ["Số: 2191/CT-CS\nV/v chính sách thuế TNDN", "Hà Nội, ngày 08 tháng 4 năm 2026", ""]],
    # the motto in a row of its own under the issuer and the number
    [["BỘ TÀI CHÍNH\nCỤC THUẾ\nSố: 2191/CT-CS\nV/v chính sách thuế TNDN", ""],
     ["", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 08 tháng 4 năm 2026"]],
])
def test_docx_header_and_signature_tables(tmp_path, header_rows):
    from pipeline.run import process

    path = _docx(tmp_path / "cv.docx", header_rows, ["Kính gửi: Thuế tỉnh Ninh Bình", "Cục Thuế trả lời như sau:", "Nội dung trả lời."],
                 [["Nơi nhận:\n- Như trên;\n- Lưu: VT, CS.", "TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN BAN CHÍNH SÁCH, THUẾ QUỐC TẾ\nPHÓ TRƯỞNG BAN\n\n"
                                                                  "Mạnh Thị Tuyết Mai"]])
    meta = process(path).metadata
    assert (meta.doc_type, meta.number, meta.issued_date, meta.place) == ("Công văn", "2191/CT-CS", "2026-04-08", "Hà Nội")
    assert (meta.issuer.name, meta.issuer.parent, meta.title) == ("CỤC THUẾ", "BỘ TÀI CHÍNH", "chính sách thuế TNDN")
    assert (meta.signer.authority, meta.signer.title, meta.signer.name) == (
        ["TL.", "KT."], "Phó Trưởng ban Ban Chính sách, thuế quốc tế", "Mạnh Thị Tuyết Mai")
    assert meta.recipients == ["Như trên", "Lưu: VT, CS"]


def test_html_resolution_of_the_standing_committee(tmp_path):
    """A national-database page: issuer and number in one header cell, no date line, the date in the closing sentence,
    the signature in a table of one row."""
    from pipeline.run import process

    page = tmp_path / "nq.html"
    page.write_text(
        "<html><body><div class='content'><table><tr><td><p>ỦY BAN THƯỜNG VỤ QUỐC HỘI</p><p>Nghị quyết số: 87/2025/UBTVQH15</p></td>"
        "<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p></td></tr></table>"
        "<p>NGHỊ QUYẾT</p><p>Điều chỉnh Chương trình lập pháp năm 2025</p><p>ỦY BAN THƯỜNG VỤ QUỐC HỘI</p>"
        "<p>Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;</p><p>QUYẾT NGHỊ:</p><p>Điều 1. Điều chỉnh Chương trình.</p>"
        "<p>Nghị quyết này được Ủy ban Thường vụ Quốc hội khóa XV, Phiên họp thứ 47 thông qua ngày 10 tháng 7 năm 2025.</p>"
        "<table><tr><td></td><td><p>TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI</p><p>CHỦ TỊCH</p><p>Trần Thanh Mẫn</p></td></tr></table>"
        "</div></body></html>", encoding="utf-8")
    doc = process(page)
    meta = doc.metadata
    assert (meta.doc_type, meta.number, meta.issued_date, meta.place) == ("Nghị quyết", "87/2025/UBTVQH15", "2025-07-10", None)
    assert (meta.issuer.name, meta.title) == ("ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Điều chỉnh Chương trình lập pháp năm 2025")
    assert (meta.signer.authority, meta.signer.title, meta.signer.name) == (["TM."], "Chủ tịch", "Trần Thanh Mẫn")
    assert meta.sources["issued_date"].where["block"] != meta.sources["number"].where["block"]  # read from the closing


def test_a_web_page_that_wraps_every_header_cell(processed):
    """A legal site's copy: "Số:" on a line of its own, "TM." alone over the body it acts for, a capitalised title
    that starts with "BAN HÀNH" (a verb, not a body's name)."""
    doc = processed("ỦY\nBAN NHÂN DÂN\nTỈNH TIỀN GIANG\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n|\n"
                    "Số:\n33/2009/QĐ-UBND\n|\nMỹ\nTho, ngày 24 tháng 12 năm 2009\n|\nQUYẾT ĐỊNH\n"
                    "BAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ MẠNG TIN HỌC DIỆN\nRỘNG CỦA ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG\n"
                    "ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG\nCăn cứ Luật Công nghệ thông tin ngày 29/6/2006;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy định.\n|\n"
                    "TM.\nỦY BAN NHÂN DÂN TỈNH\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Phòng\n|\n")
    meta = doc.metadata
    assert (meta.number, meta.place, meta.issued_date) == ("33/2009/QĐ-UBND", "Mỹ Tho", "2009-12-24")
    assert meta.title == "BAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ MẠNG TIN HỌC DIỆN RỘNG CỦA ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG"
    assert (meta.signer.authority, meta.signer.title, meta.signer.name) == (["TM.", "KT."], "Phó Chủ tịch", "Nguyễn Văn Phòng")


@pytest.mark.parametrize("lines, bodies", [
    (["THỦ TƯỚNG", "CHÍNH PHỦ"], ["THỦ TƯỚNG CHÍNH PHỦ"]),  # a kind whose name wrapped to the next line
    (["VĂN PHÒNG", "CHÍNH PHỦ"], ["VĂN PHÒNG CHÍNH PHỦ"]),
    (["BỘ", "CÔNG AN"], ["BỘ CÔNG AN"]),
    (["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG"], ["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG"]),
    (["BỘ TÀI CHÍNH", "CỤC THUẾ"], ["BỘ TÀI CHÍNH", "CỤC THUẾ"]),
    (["BỘ CÔNG AN", "TỎ CÔNG TÁC LIÊN NGÀNH TW"], ["BỘ CÔNG AN", "TỎ CÔNG TÁC LIÊN NGÀNH TW"]),  # OCR's slip of a mark
])
def test_header_lines_grouped_into_bodies(lines, bodies):
    from pipeline.stages.metadata import split_bodies

    assert split_bodies(lines) == bodies


@pytest.mark.parametrize("title_line", [
    "Kết luận của đồng chí Phó Chủ tịch tại buổi làm việc về chỉ số cải cách hành chính",
    "Kết luận của đồng chí Phó Chủ tịch tại buổi làm việc về chỉ số cải cách hành chính Ngày 07/11/2025, đồng chí Phó "
    "Chủ tịch đã chủ trì buổi làm việc.",
])
def test_a_title_ends_before_the_first_sentence(processed, title_line):
    meta = processed(f"ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 493/TB-UBND\n{MOTTO}Lâm Đồng, ngày 13 tháng 11 năm 2025\nTHÔNG BÁO\n"
                     f"{title_line}\nNgày 07/11/2025, đồng chí Phó Chủ tịch đã chủ trì buổi làm việc.\n").metadata
    assert meta.title == "Kết luận của đồng chí Phó Chủ tịch tại buổi làm việc về chỉ số cải cách hành chính"


@pytest.mark.parametrize("lines, title", [
    (["KT. GIÁM ĐÓC", "P HỌ GIAM ĐỌC"], "Phó Giám đốc"),  # OCR splits a word: no unit "P HỌ"
    (["KT. CHU TỊCH", "_ PHÓCHỦTỊCH :"], "Phó Chủ tịch"),  # spaces lost, stops added
    (["TL. CHỦ TỊCH", "PHO CHANH VAN PHONG/ZZ⁄ Ñ¿s ĐÀ"], "Phó Chánh Văn phòng"),  # a seal's smudge after the position
    (["_—— GIÁM ĐÓC"], "Giám đốc"),  # and before it
])
def test_signature_lines_misread_by_ocr(lines, title):
    from pipeline.stages.clean import clean
    from pipeline.stages.metadata import extract
    from pipeline.model import Block, Document, Origin, Provenance

    text = ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: 1/QĐ-UBND", "Lâm Đồng, ngày 1 tháng 2 năm 2025", "QUYẾT ĐỊNH",
            "Về việc thí điểm", "Căn cứ Luật Tổ chức chính quyền địa phương;", "Nơi nhận:", "- Như Điều 3;", *lines, "Nguyễn Minh"]
    blocks = [Block(id=f"b{i:04d}", orig=line, prov=Provenance(reader="ocr", page=1, line_start=i, ocr_confidence=80.0))
              for i, line in enumerate(text, start=1)]
    doc = clean(Document(origin=Origin(path="x.pdf", name="x.pdf", format="pdf", sha256="0", size=1), blocks=blocks))
    signer = extract(doc)[0].signer
    assert (signer.title, signer.name) == (title, "Nguyễn Minh")


def test_a_smudged_signature_line_gives_no_position():
    """A line read with low confidence that only half shows a position is passed over: no title rather than a wrong one."""
    from pipeline.stages.clean import clean
    from pipeline.stages.metadata import extract
    from pipeline.model import Block, Document, Origin, Provenance

    text = [("BỘ CÔNG AN", 95), ("Số: 996/KH-C04", 95), ("Hà Nội, ngày 24 tháng 02 năm 2026", 95), ("KẾ HOẠCH", 95),
            ("Phối hợp kiểm soát", 95), ("Căn cứ Nghị định số 105/2021/NĐ-CP;", 95), ("Nơi nhận:", 95), ("- Như trên;", 95),
            ("`.PHỎ:CÚC TRƯỞNG", 58), ("Đại tá Bùi Duy Hưng", 97)]
    blocks = [Block(id=f"b{i:04d}", orig=line, prov=Provenance(reader="ocr", page=1, line_start=i, ocr_confidence=conf))
              for i, (line, conf) in enumerate(text, start=1)]
    doc = clean(Document(origin=Origin(path="x.pdf", name="x.pdf", format="pdf", sha256="0", size=1), blocks=blocks))
    signer = extract(doc)[0].signer
    assert (signer.title, signer.name) == (None, "Bùi Duy Hưng")


def test_a_second_document_on_a_scanned_page_that_starts_with_a_smudge():
    """Paginated: a part starts at the top of a page, past a stamp's smudge OCR read there."""
    from pipeline.stages.clean import clean
    from pipeline.stages.metadata import extract
    from pipeline.model import Block, Document, Origin, Provenance

    pages = [(1, line, 90.0) for line in TO_TRINH.splitlines()] + [(2, "— ˆ", 20.0)] + [
        (2, line, 90.0) for line in DRAFT_PLAN.splitlines()]
    blocks = [Block(id=f"b{i:04d}", orig=line, prov=Provenance(reader="ocr", page=page, line_start=i, ocr_confidence=conf))
              for i, (page, line, conf) in enumerate(pages, start=1)]
    doc = clean(Document(origin=Origin(path="x.pdf", name="x.pdf", format="pdf", sha256="0", size=1), blocks=blocks))
    parts = extract(doc)[0].parts
    assert [(p.page_start, p.doc_type, p.symbol) for p in parts] == [(1, "Tờ trình", "TTr-CAT-PC04"), (2, "Kế hoạch", "KH-UBND")]


def test_a_party_plan(processed):
    """A Party committee's plan: "ĐẢNG CỘNG SẢN VIỆT NAM" where the national motto stands, a number with a hyphen,
    the signature under "T/M" (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW)."""
    doc = processed("TỈNH ỦY BẮC KẠN\n*\nSố 112-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nBắc Kạn, ngày 3 tháng 9 năm 2025\nKẾ HOẠCH\n"
                    "triển khai học tập chuyên đề năm 2026\n-----\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\n"
                    "Nơi nhận:\n- Các đảng bộ trực thuộc,\n- Lưu Văn phòng Tỉnh ủy.\n"
                    "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nHoàng Duy Chinh\n")
    meta = doc.metadata
    assert (meta.doc_type, meta.number, meta.issued_date, meta.title) == (
        "Kế hoạch", "112-KH/TU", "2025-09-03", "triển khai học tập chuyên đề năm 2026")
    assert (meta.signer.authority, meta.signer.title, meta.signer.name) == (["TM."], "Bí thư", "Hoàng Duy Chinh")
    assert meta.recipients == ["Các đảng bộ trực thuộc", "Lưu Văn phòng Tỉnh ủy"]


def test_a_post_and_unit_line_in_the_body_is_no_signature(processed):
    """A heading in capitals that names a post and its unit is no signature block when no name follows it."""
    doc = processed(f"ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 88/QĐ-UBND\n{MOTTO}Quảng Ngãi, ngày 05 tháng 02 năm 2025\n"
                    f"QUYẾT ĐỊNH\nVề việc giao đất\n{ARTICLES}GIÁM ĐỐC SỞ Y TẾ\nChỉ đạo các bệnh viện thực hiện.\n"
                    "Nơi nhận:\n- Như Điều 4;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nĐặng Văn Minh\n")
    signer = doc.metadata.signer
    assert (signer.authority, signer.title, signer.name) == (["TM."], "Chủ tịch", "Đặng Văn Minh")


def test_a_resolution_of_the_national_assembly(processed):
    """No place line, the number after "Nghị quyết số:", the issuing body's name under the title, signed by a post
    and its unit."""
    meta = processed(f"QUỐC HỘI\n{MOTTO}Nghị quyết số: 93/2025/QH15\nNGHỊ QUYẾT\nVỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026\n"
                     "QUỐC HỘI\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQUYẾT NGHỊ:\nĐiều 1. Mục tiêu.\n"
                     "Nghị quyết này được Quốc hội thông qua ngày 13 tháng 11 năm 2025.\nCHỦ TỊCH QUỐC HỘI\nTrần Thanh Mẫn\n").metadata
    assert (meta.number, meta.doc_type, meta.title, meta.issued_date) == (
        "93/2025/QH15", "Nghị quyết", "VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026", "2025-11-13")
    assert (meta.signer.title, meta.signer.name) == ("Chủ tịch Quốc hội", "Trần Thanh Mẫn")
