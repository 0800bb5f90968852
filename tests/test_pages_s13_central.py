"""Central bodies' documents as legal sites print them, read on stored pages of the site's slice (ministries, the
Government and the Prime Minister, their offices and agencies); the fixtures are written here, none copied.

What the pages showed, and what these tests hold:
- A plan of a ministry or an agency "THỰC HIỆN QUYẾT ĐỊNH SỐ 856/QĐ-TTg …" carries a Prime Minister's symbol inside its
  capitalised title; "TTg" (like "QyĐ", "CTr", "TTr") is written with small letters, yet the line is the title's.
- A công văn's "V/v" with its colon wrapped onto the next line ("V/v" / ": Thực hiện …"): the colon is no title's.
- Documents of the years before 2011 printed their heading as one sentence: "QUYẾT ĐỊNH / CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ
  179/2003/QĐ-TTG NGÀY 03 THÁNG 9 NĂM 2003 VỀ …": the title is what follows the date ("VỀ …").
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
FORMS = ["text", "html", "docx", "pdf"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("cited", ["1204/QĐ-TTg", "35/CTr-UBND", "18/2024/CT-TTg"])
def test_title_line_with_a_symbol_in_small_letters_goes_on(tmp_path, form, cited):
    lines = ["KHO BẠC NHÀ NƯỚC", *MOTTO, "Số: 731/KH-KBNN", "Hà Nội, ngày 4 tháng 3 năm 2021", "KẾ HOẠCH",
             "TRIỂN KHAI", f"THỰC HIỆN VĂN BẢN SỐ {cited} NGÀY 20 THÁNG 8 NĂM 2020 CỦA THỦ TƯỚNG CHÍNH PHỦ",
             "VỀ CHUYỂN ĐỔI SỐ TRONG HỆ THỐNG KHO BẠC",
             "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;", "I. MỤC ĐÍCH, YÊU CẦU"]
    doc = process(write_in_form(tmp_path, lines, form))
    assert doc.metadata.title == (f"TRIỂN KHAI THỰC HIỆN VĂN BẢN SỐ {cited} NGÀY 20 THÁNG 8 NĂM 2020 CỦA THỦ TƯỚNG "
                                  "CHÍNH PHỦ VỀ CHUYỂN ĐỔI SỐ TRONG HỆ THỐNG KHO BẠC")


def test_sentence_case_line_with_a_symbol_still_ends_a_capitalised_title(tmp_path):
    """The small letters of a symbol make no line a title's: a body's sentence citing one is still the body."""
    lines = ["BỘ Y TẾ", *MOTTO, "Số: 88/KH-BYT", "Hà Nội, ngày 2 tháng 2 năm 2022", "KẾ HOẠCH",
             "PHÒNG, CHỐNG DỊCH BỆNH MÙA HÈ NĂM 2022",
             "Thực hiện Chỉ thị số 11/CT-TTg ngày 4 tháng 3 năm 2022, Bộ Y tế ban hành Kế hoạch như sau:",
             "I. MỤC ĐÍCH"]
    doc = process(write_in_form(tmp_path, lines, "text"))
    assert doc.metadata.title == "PHÒNG, CHỐNG DỊCH BỆNH MÙA HÈ NĂM 2022"


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("subject", ["Hướng dẫn kê khai thuế nhà thầu", "Triển khai ứng dụng hóa đơn điện tử"])
def test_vv_with_its_colon_on_the_next_line(tmp_path, form, subject):
    lines = ["BỘ TÀI CHÍNH", "TỔNG CỤC HẢI QUAN", *MOTTO, "Số: 5120/TCHQ-GSQL", "V/v", f": {subject}.",
             "Hà Nội, ngày 9 tháng 10 năm 2016", "Kính gửi: Cục Hải quan các tỉnh, thành phố.",
             "Tổng cục Hải quan hướng dẫn như sau:"]
    doc = process(write_in_form(tmp_path, lines, form))
    assert doc.metadata.doc_type == "Công văn"
    assert doc.metadata.title == f"{subject}."  # as printed, its stop too


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("heading", "body", "issuer", "number", "date"), [
    ("QUYẾT ĐỊNH", "THỦ TƯỚNG CHÍNH PHỦ", "THỦ TƯỚNG CHÍNH PHỦ", "215/2004/QĐ-TTG", ("14", "12", "2004")),
    ("CHỈ THỊ", "BỘ THƯƠNG MẠI", "BỘ TRƯỞNG BỘ THƯƠNG MẠI", "09/2006/CT-BTM", ("3", "7", "2006")),
])
def test_old_style_heading_sentence_leaves_the_title(tmp_path, form, heading, body, issuer, number, date):
    day, month, year = date
    lines = [body, *MOTTO, f"Số: {number.replace('TTG', 'TTg')}", f"Hà Nội, ngày {day} tháng {month} năm {year}", heading,
             f"CỦA {issuer} SỐ {number} NGÀY {day} THÁNG {month} NĂM {year} VỀ VIỆC PHÁT TRIỂN THỊ TRƯỜNG NỘI ĐỊA",
             "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;", "Điều 1. Phê duyệt Đề án."]
    doc = process(write_in_form(tmp_path, lines, form))
    assert doc.metadata.title == "VỀ VIỆC PHÁT TRIỂN THỊ TRƯỜNG NỘI ĐỊA"


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("place", "wrapped"), [("Hà Nội", ["Hà", "Nội, ngày 14 tháng 09", "năm 2019"]),
                                               ("Đà Nẵng", ["Đà", "Nẵng, ngày 14 tháng 09", "năm 2019"])])
def test_vv_subject_beside_a_wrapped_date_line(tmp_path, form, place, wrapped):
    """A legal site's copy wraps the date line of the header's right column: the place's first word on a line of its
    own, the year on the next. Neither is the subject's."""
    lines = ["BỘ XÂY DỰNG", *MOTTO, "Số: 2210/BXD-KTXD", "V/v hướng dẫn áp dụng định mức dự toán", "xây dựng công trình",
             *wrapped, "Kính gửi:", "- Các Bộ, cơ quan ngang Bộ;", "- Ủy ban nhân dân các tỉnh, thành phố.",
             "Bộ Xây dựng nhận được văn bản của các địa phương đề nghị hướng dẫn."]
    doc = process(write_in_form(tmp_path, lines, form))
    assert doc.metadata.title == "hướng dẫn áp dụng định mức dự toán xây dựng công trình"
    assert doc.metadata.issued_date == "2019-09-14"
    assert doc.metadata.place == place



# A site's attribute panel, the only record on a page that shows no document text. One site prints each label with its
# tooltip, a sentence defining the label, on the next line ("Ngày ban hành:" / "Ngày ban hành là ngày, tháng, năm …" /
# "|" / "08/10/2025 |"); another glues its labels ("Ngày ban hành:30/09/2020Hết hiệu lực:Đang cập nhật"); a third names
# the number "Số hiệu văn bản".
def _panel_page(number_label: str, date_lines: list[str]) -> list[str]:
    return ["- Tổng quan", "- Tải về", "Thông tư 21/2024/TT-BTC quy định chế độ báo cáo ngành Tài chính",
            "| Cơ quan ban hành: | Bộ Tài chính |", f"| {number_label}: | 21/2024/TT-BTC | Ngày đăng công báo: | Đang cập nhật |",
            "| Loại văn bản: | Thông tư | Người ký: | Cao Anh Tuấn |", *date_lines]


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("date_lines", [
    ["|", "Ngày ban hành:", "Ngày ban hành là ngày, tháng, năm văn bản được thông qua hoặc ký ban hành.", "|",
     "19/04/2024 |", "Ngày hết hiệu lực:", "Ngày hết hiệu lực là ngày, tháng, năm văn bản chính thức không còn hiệu lực.",
     "|", "Đang cập nhật |"],
    ["Ngày ban hành:", "19/04/2024"],
])
def test_panel_value_on_a_later_line_than_its_label(tmp_path, form, date_lines):
    doc = process(write_in_form(tmp_path, _panel_page("Số hiệu", date_lines), form))
    meta = doc.metadata
    assert (meta.number, meta.doc_type, meta.issued_date) == ("21/2024/TT-BTC", "Thông tư", "2024-04-19")
    assert "metadata_from_site_attributes" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("form", ["text", "html"])
def test_panel_definition_sentence_is_no_value(tmp_path, form):
    """The tooltip alone, the value missing: no date rather than the definition's words."""
    lines = _panel_page("Số hiệu", ["Ngày ban hành:", "Ngày ban hành là ngày, tháng, năm văn bản được ký ban hành."])
    doc = process(write_in_form(tmp_path, lines, form))
    assert doc.metadata.issued_date is None
    assert "là ngày" not in doc.site_attributes.get("Ngày ban hành", "")


@pytest.mark.parametrize("form", ["text", "html"])
def test_panel_labels_of_other_sites(tmp_path, form):
    lines = ["Thông tin văn bản", "  • Số hiệu văn bản: 21/2024/TT-BTC", "  • Loại văn bản: Thông tư",
             "  Ngày ban hành:19/04/2024Hết hiệu lực:Đang cập nhật"]
    doc = process(write_in_form(tmp_path, lines, form))
    attributes = doc.site_attributes
    assert attributes.get("Số hiệu văn bản") == "21/2024/TT-BTC"
    assert attributes.get("Ngày ban hành") == "19/04/2024"
    assert (doc.metadata.number, doc.metadata.issued_date) == ("21/2024/TT-BTC", "2024-04-19")


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize(("body", "number"), [("BỘ TÀI CHÍNH", "1180/QĐ-BTC"), ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "377/QĐ-NHNN")])
def test_document_listed_with_a_bullet_by_its_site(tmp_path, form, body, number):
    """A site that lists the page's parts ("• Thuộc tính văn bản", "• BỘ TÀI CHÍNH") puts a bullet before the
    document's first line: the document starts there all the same, its issuer and number are read."""
    lines = ["• Thuộc tính văn bản", "Cơ quan ban hành:Bộ Tài chínhSố công báo:Đang cập nhật", f"• {body}", "_________",
             f"Số: {number}", *MOTTO, "Hà Nội, ngày 12 tháng 6 năm 2023", "QUYẾT ĐỊNH",
             "Về việc ban hành Kế hoạch cải cách hành chính năm 2023", "Căn cứ Luật Tổ chức Chính phủ;", "QUYẾT ĐỊNH:",
             "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2023."]
    doc = process(write_in_form(tmp_path, lines, form))
    meta = doc.metadata
    assert (meta.number, meta.issuer.name, meta.issued_date) == (number, body, "2023-06-12")



@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("heading", "sentence", "number", "date", "issuer"), [
    ("CHỈ THỊ", ["CỦA THỦ", "TƯỚNG CHÍNH PHỦ SỐ 24/2002/CT-TTG", "NGÀY 15 THÁNG 11 NĂM 2002 VỀ VIỆC TĂNG CƯỜNG QUẢN LÝ"],
     "24/2002/CT-TTg", "2002-11-15", "Thủ tướng Chính phủ"),
    ("QUYẾT ĐỊNH", ["CỦA BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN SỐ 81/2004/QĐ-BNN",
                    "NGÀY 2 THÁNG 3 NĂM 2004 VỀ VIỆC BAN HÀNH KẾ HOẠCH PHÒNG CHỐNG LỤT BÃO"],
     "81/2004/QĐ-BNN", "2004-03-02", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("NGHỊ ĐỊNH", ["CỦA CHÍNH PHỦ SỐ 12/2003/NĐ-CP NGÀY 12 THÁNG 02 NĂM 2003 VỀ QUẢN LÝ ĐẦU TƯ"],
     "12/2003/NĐ-CP", "2003-02-12", "Chính phủ"),
])
def test_old_heading_sentence_without_a_header_gives_number_date_and_issuer(tmp_path, form, heading, sentence, number,
                                                                             date, issuer):
    """A page of an old document without its header (no "Số:", no date line): the heading sentence prints them."""
    lines = [heading, *sentence, "Trong những năm qua, công tác quản lý đã có nhiều chuyển biến.",
             "1. Các Bộ, ngành tập trung chỉ đạo thực hiện."]
    doc = process(write_in_form(tmp_path, lines, form))
    meta = doc.metadata
    assert (meta.number, meta.issued_date) == (number, date)
    assert meta.issuer.agency is not None and meta.issuer.agency.canonical_name == issuer
    assert not meta.title.startswith("CỦA")


def test_heading_sentence_does_not_override_the_header(tmp_path):
    """The header's own number and date win; the sentence is read only where the page has none."""
    lines = ["THỦ TƯỚNG CHÍNH PHỦ", *MOTTO, "Số: 24/2002/CT-TTg", "Hà Nội, ngày 15 tháng 11 năm 2002", "CHỈ THỊ",
             "CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 24/2002/CT-TTG NGÀY 15 THÁNG 11 NĂM 2002 VỀ VIỆC TĂNG CƯỜNG QUẢN LÝ",
             "Trong những năm qua, công tác quản lý đã có nhiều chuyển biến."]
    meta = process(write_in_form(tmp_path, lines, "text")).metadata
    assert (meta.number, meta.issued_date, meta.place) == ("24/2002/CT-TTg", "2002-11-15", "Hà Nội")


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize(("body", "number", "agency"), [
    ("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "12/2015/TT-BKHCN", "Bộ Khoa học và Công nghệ"),
    ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "21/2019/TT-NHNN", "Ngân hàng Nhà nước Việt Nam"),
])
def test_text_of_a_pdf_with_its_page_mark_and_rules_glued(tmp_path, form, body, number, agency):
    """A document site's text of a PDF glues the page's mark to its first line ("(1)BỘ …") and what is left of the
    header's rules ("-") to the line under each: the header is read all the same."""
    lines = ["Tóm tắt: quy định về quản lý đề tài khoa học[r]", f"(1){body}",
             "-CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
             f"-Số: {number} Hà Nội, ngày 15 tháng 07 năm 2015", "THÔNG TƯ", "QUY ĐỊNH VỀ QUẢN LÝ ĐỀ TÀI KHOA HỌC",
             "Căn cứ Luật Khoa học và công nghệ ngày 18 tháng 6 năm 2013;", "Điều 1. Phạm vi điều chỉnh",
             "(2)2. Thông tư này áp dụng đối với tổ chức, cá nhân."]
    meta = process(write_in_form(tmp_path, lines, form)).metadata
    assert (meta.number, meta.issued_date, meta.place) == (number, "2015-07-15", "Hà Nội")
    assert meta.issuer.agency is not None and meta.issuer.agency.canonical_name == agency


def test_a_number_glued_to_an_item_in_small_letters_is_the_item_s_label():
    """Only a line in capitals loses a glued page mark: "(1)UBND các huyện …" is an item with its label."""
    from pipeline.model import Block, Provenance
    from pipeline.stages.clean import normalise_block

    def cleaned(text: str) -> str:
        return normalise_block(Block(id="b1", orig=text, prov=Provenance(reader="txt"))).text

    assert cleaned("(1)UBND các huyện chủ trì triển khai.") == "(1)UBND các huyện chủ trì triển khai."
    assert cleaned("(1)BỘ KHOA HỌC VÀ CÔNG NGHỆ") == "BỘ KHOA HỌC VÀ CÔNG NGHỆ"


# The Government's leaders in a central body's recipients ("Nơi nhận"): the Prime Minister with the Deputy Prime
# Ministers as a class ("Thủ tướng, các PTTg") is the registry's collective; a Deputy Prime Minister, named or not, is
# a person ("Thủ tướng, PTTg Trần Hồng Hà", "Phó TTgCP Bùi Thanh Sơn (để báo cáo)"), no body to resolve.
@pytest.mark.parametrize("form", FORMS)
def test_government_leaders_among_the_recipients(tmp_path, form):
    lines = ["VĂN PHÒNG CHÍNH PHỦ", *MOTTO, "Số: 4410/VPCP-KTTH", "V/v kế hoạch vốn đầu tư công năm 2024",
             "Hà Nội, ngày 21 tháng 6 năm 2024", "Kính gửi: Bộ Kế hoạch và Đầu tư.",
             "Xét đề nghị của Bộ Kế hoạch và Đầu tư, Phó Thủ tướng Lê Minh Khái có ý kiến như sau: đồng ý.",
             "Nơi nhận:", "- Như trên;", "- Thủ tướng, các PTTg;", "- Thủ tướng, PTTg Lê Minh Khái;",
             "- TTg, PTTg Trần Hồng Hà;", "- Phó TTgCP Bùi Thanh Sơn (để báo cáo);", "- Phó Thủ tướng Trần Lưu Quang;",
             "- Bộ Tài chính;", "- Lưu: VT, KTTH (2).", "KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Mai Thị Thu Vân"]
    doc = process(write_in_form(tmp_path, lines, form))
    agencies = {m.name: m.agency_id for m in doc.metadata.recipient_agencies}
    assert agencies == {"Thủ tướng, các PTTg": "viet-nam/thu-tuong-va-cac-pho-thu-tuong-chinh-phu",
                        "Bộ Tài chính": "viet-nam/bo-tai-chinh"}
    assert not [w for w in doc.warnings if w.code == "unresolved_agency"]


# Old documents a site converted from a legacy font keep a slip in their capitals: "KINH TẾ - Xà HỘI" ("XÃ" whose mark
# came out as a small "à"). The line is a capitalised title line all the same, kept as printed.
@pytest.mark.parametrize("form", FORMS)
def test_capitalised_title_line_with_one_small_letter_slip(tmp_path, form):
    lines = ["BỘ KẾ HOẠCH VÀ ĐẦU TƯ", *MOTTO, "Số: 1532/2002/QĐ-BKH", "Hà Nội, ngày 9 tháng 12 năm 2002", "QUYẾT ĐỊNH",
             "VỀ VIỆC BAN HÀNH KẾ HOẠCH TRIỂN KHAI", "CHIẾN LƯỢC PHÁT TRIỂN KINH TẾ - Xà HỘI", "GIAI ĐOẠN 2001 - 2010",
             "BỘ TRƯỞNG BỘ KẾ HOẠCH VÀ ĐẦU TƯ", "Căn cứ Nghị định số 75/CP ngày 01 tháng 11 năm 1995;"]
    meta = process(write_in_form(tmp_path, lines, form)).metadata
    assert meta.title == "VỀ VIỆC BAN HÀNH KẾ HOẠCH TRIỂN KHAI CHIẾN LƯỢC PHÁT TRIỂN KINH TẾ - Xà HỘI GIAI ĐOẠN 2001 - 2010"


def test_sentence_case_line_is_no_capitals_slip(tmp_path):
    lines = ["BỘ Y TẾ", *MOTTO, "Số: 88/KH-BYT", "Hà Nội, ngày 2 tháng 2 năm 2022", "KẾ HOẠCH",
             "PHÒNG, CHỐNG DỊCH BỆNH MÙA HÈ NĂM 2022", "Về kế hoạch này, Bộ Y tế ban hành như sau:", "I. MỤC ĐÍCH"]
    assert process(write_in_form(tmp_path, lines, "text")).metadata.title == "PHÒNG, CHỐNG DỊCH BỆNH MÙA HÈ NĂM 2022"
