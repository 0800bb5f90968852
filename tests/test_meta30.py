"""s30 metadata: the leftovers of the s29 blind round (tests/test_pages_s29_blind.py) as classes.

- an OCR'd number label ("Sé: #52 /KCB-NV", "Sô:", "S6:"): the line was no number's line, so the date a layout ran on
  after it on the same line was lost with it;
- a Party's or the Youth Union's document flattened into one paragraph: no title (the organisation's name in small
  letters read as its motto), the position glued to the authority's line;
- the place of a commune's document: "Đặc khu Phú Quốc, ngày …" gave none; a level word printed before the name
  ("Xã Tân Lập, ngày …") is kept as printed, as every place is, and the jurisdiction is the commune's.

Every fixture is written for the test (names and numbers made up).
"""

from __future__ import annotations

import pytest

from page_fields import processed, wrong_fields

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
FORMS = ["text", "html", "docx", "pdf"]


# --- "Số:" misread by OCR, kept so in the scan's text and in a site's copy of it

def _letter(number_lines: list[str]) -> list[str]:
    return ["BỘ Y TẾ", "CỤC QUẢN LÝ KHÁM, CHỮA BỆNH", *MOTTO, *number_lines, "V/v báo cáo thực hiện Đề án bệnh viện vệ tinh",
            "Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương.",
            "Thực hiện chỉ đạo của Bộ trưởng Bộ Y tế, Cục đề nghị các Sở Y tế thực hiện tốt một số việc sau:",
            "1. Đôn đốc các bệnh viện báo cáo kết quả thực hiện."]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("label", ["Sé:", "Sô:", "S6:", "Sỏ.", "Sê :"])
@pytest.mark.parametrize("printed, number", [("452/KCB-NV", "452/KCB-NV"), ("#52 /KCB-NV", None)])
@pytest.mark.parametrize("one_line", [True, False])
def test_a_misread_number_label_still_heads_the_number_and_the_date(tmp_path, form, label, printed, number, one_line):
    """A scan's OCR read the label "Số:" as "Sé:" (a site's copy keeps it): the line was no number's line, and the
    place and date a layout ran on after the number ("Sé: #52 /KCB-NV Hà Nội, ngày …") were lost with it. The label is
    read as "Số:" where a number and its symbol follow; a number misread as well ("#52") is still none, warned."""
    date_line = "Hà Nội, ngày 14 tháng 8 năm 2016"
    lines = [f"{label} {printed} {date_line}"] if one_line else [f"{label} {printed}", date_line]
    doc = processed(tmp_path, _letter(lines), form)
    meta = doc.metadata
    assert (meta.number, meta.issued_date, meta.place) == (number, "2016-08-14", "Hà Nội")
    assert ("number_unreadable" in {w.code for w in doc.warnings}) == (number is None)


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("line", ["Sê: Phòng Kế hoạch - Tài chính", "Sô 452 KCB"])
def test_a_misread_label_without_a_symbol_gives_no_number(tmp_path, form, line):
    """The other side: the misread label is taken only before a number and its symbol."""
    doc = processed(tmp_path, _letter([line, "Hà Nội, ngày 14 tháng 8 năm 2016"]), form)
    assert doc.metadata.number is None and "missing_number" in {w.code for w in doc.warnings}


# --- a Party's or the Youth Union's document flattened into one paragraph: the heading glued to the title's first word
# ("QUYẾT ĐỊNHVề việc …"), the organisation named in small letters in the title, the position glued to the
# authority's line ("TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC")

FLATTENED = {
    "youth_union_central": (
        "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 37 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 09 tháng 6 năm 2016 QUYẾT "
        "ĐỊNHVề việc ban hành Quy chế khen thưởng của Đoàn TNCS Hồ Chí Minh--------- BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ "
        "CHÍ MINH- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; - Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương Đoàn; "
        "QUYẾT ĐỊNH Điều 1. Ban hành kèm theo quyết định này Quy chế khen thưởng. Điều 2. Quyết định này có hiệu lực từ "
        "ngày ký. Nơi nhận: - Như điều 2; - Lưu VP. TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC (đã ký) Trần Minh Đức",
        dict(doc_type="Quyết định", number="37-QĐ/TWĐTN-VP", issued_date="2016-06-09", place="Hà Nội",
             title="Về việc ban hành Quy chế khen thưởng của Đoàn TNCS Hồ Chí Minh", signer="Trần Minh Đức",
             position="Bí thư Thường trực", authority=["TM."])),
    "youth_union_province": (
        "BCH ĐOÀN TỈNH NGHỆ AN***Số: 215-QĐ/TĐTNĐOÀN TNCS HỒ CHÍ MINH Vinh, ngày 05 tháng 3 năm 2024 QUYẾT ĐỊNHThành "
        "lập Ban Tổ chức Hội thi Bí thư Đoàn giỏi của Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh--------- BAN THƯỜNG VỤ "
        "TỈNH ĐOÀN NGHỆ AN- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; QUYẾT ĐỊNH: Điều 1. Thành lập Ban Tổ chức Hội thi. "
        "Điều 2. Quyết định có hiệu lực từ ngày ký. Nơi nhận: - Như điều 2; - Lưu VP. TM. BAN THƯỜNG VỤ TỈNH "
        "ĐOÀNPHÓ BÍ THƯ (đã ký) Nguyễn Văn Hải",
        dict(doc_type="Quyết định", issued_date="2024-03-05", place="Vinh",
             title="Thành lập Ban Tổ chức Hội thi Bí thư Đoàn giỏi của Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh",
             signer="Nguyễn Văn Hải", position="Phó Bí thư", authority=["TM."])),
    "party_district": (
        "ĐẢNG BỘ TỈNH HÀ TĨNH HUYỆN ỦY CAN LỘC***Số 120-KH/HUĐẢNG CỘNG SẢN VIỆT NAM Can Lộc, ngày 10 tháng 1 năm 2023 "
        "KẾ HOẠCHTổ chức các hoạt động kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam--------- I. MỤC ĐÍCH, YÊU "
        "CẦU 1. Mục đích Tuyên truyền sâu rộng về Đảng. II. NỘI DUNG 1. Tổ chức mít tinh. Nơi nhận: - Ban Thường vụ "
        "Tỉnh ủy; - Lưu VP. T/M BAN THƯỜNG VỤPHÓ BÍ THƯ THƯỜNG TRỰC (đã ký) Trần Văn Lâm",
        dict(doc_type="Kế hoạch", number="120-KH/HU", issued_date="2023-01-10", place="Can Lộc",
             title="Tổ chức các hoạt động kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam", signer="Trần Văn Lâm",
             position="Phó Bí thư Thường trực", authority=["TM."])),
}


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("name", FLATTENED)
def test_a_flattened_organisations_document_reads_its_title_and_signature(tmp_path, form, name):
    """A forum's copy of the Youth Union's decision (one paragraph): the organisation's name in small letters in the
    title and the grounds was read as its motto, so the header ran on past the type heading and no title was read;
    the position glued to the authority's line ("ĐOÀNBÍ THƯ") and the board named after its members ("TM. BAN BÍ THƯ")
    cut the signature block wrong. The motto is the name in capitals; a heading glued to the title's first word, a
    position glued to the line above it, are parted from them."""
    text, expected = FLATTENED[name]
    meta = processed(tmp_path, [text], form).metadata
    assert not wrong_fields(meta, expected)


# --- the place of a commune's document, printed with its level's word ("Xã Tân Lập, ngày …"): kept as printed, as
# every place is ("TP. Hồ Chí Minh"); the commune's jurisdiction, never the province it shares a name with

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("header, date_place, jurisdiction", [
    (["UBND TỈNH LÂM ĐỒNG", "UBND XÃ TÂN LẬP"], "Xã Tân Lập", "lam-dong.xa-tan-lap"),
    (["UBND TỈNH LÂM ĐỒNG", "UBND XÃ TÂN LẬP"], "XÃ TÂN LẬP", "lam-dong.xa-tan-lap"),
    (["UBND TỈNH LÂM ĐỒNG", "UBND XÃ TÂN LẬP"], "xã Tân Lập", "lam-dong.xa-tan-lap"),
    (["ỦY BAN NHÂN DÂN", "PHƯỜNG BẾN THÀNH"], "Phường Bến Thành", "ho-chi-minh.phuong-ben-thanh"),
    (["UBND TỈNH AN GIANG", "UBND ĐẶC KHU PHÚ QUỐC"], "Đặc khu Phú Quốc", "an-giang.dac-khu-phu-quoc"),
    # a commune named as a province was: the commune, never the province
    (["ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH"], "Xã Hòa Bình", None),
    (["ỦY BAN NHÂN DÂN"], "Xã Hòa Bình", None),
])
def test_a_communes_date_line_gives_its_place_as_printed(tmp_path, form, header, date_place, jurisdiction):
    """"Đặc khu Phú Quốc, ngày …" gave no place ("khu" in small letters was no place word); a commune's level word
    printed before its name is kept, as the document prints it, and the jurisdiction is the commune's."""
    lines = [*header, "-------", *MOTTO, "Số: 102/KH-UBND", f"{date_place}, ngày 03 tháng 11 năm 2025", "KẾ HOẠCH",
             "Chuyển đổi số trên địa bàn năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Nâng cao chất lượng phục vụ."]
    meta = processed(tmp_path, lines, form).metadata
    assert (meta.place, meta.issued_date, meta.jurisdiction) == (date_place, "2025-11-03", jurisdiction)


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("date_place", ["Phường 3", "Phương Sơn", "Thị xã Sơn Tây", "Xuân Phường"])
def test_a_place_named_by_a_figure_or_without_a_communes_word_stays(tmp_path, form, date_place):
    """The other side: a ward named by a figure keeps its level ("Phường 3", as the decree prints it); a name whose
    first word is spelt like a level's but is none ("Phương Sơn"), a town's level ("Thị xã"), stay as printed."""
    lines = ["ỦY BAN NHÂN DÂN", "PHƯỜNG 3", "-------", *MOTTO, "Số: 12/KH-UBND", f"{date_place}, ngày 03 tháng 11 năm 2025",
             "KẾ HOẠCH", "Chuyển đổi số năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Nâng cao chất lượng phục vụ."]
    assert processed(tmp_path, lines, form).metadata.place == date_place


# --- an OCR'd title's acronym with a glyph read as a mark ("chính sách thuế !NDN": realdocs2 101), when reading the
# title's lines again gives it no other way

def _scan(title: str, body: list[str]):
    from pipeline.model import Block, Document, Origin, Provenance

    lines = ["CỤC THUẾ", "Số: 2191/CT-CS", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Hà Nội, ngày 12 tháng 5 năm 2026", f"V/v {title}", "Kính gửi: Thuế tỉnh Ninh Bình.", *body]
    blocks = [Block(id=f"b{k:04d}", orig=text, prov=Provenance(reader="ocr", page=1, line_start=k, line_end=k,
                                                                 bbox=(60, 20 * k, 520, 20 * k + 12), ocr_confidence=90.0))
              for k, text in enumerate(lines, start=1)]
    return Document(origin=Origin(path="scan.pdf", name="scan.pdf", format="pdf-ocr", sha256="0" * 64, size=1), blocks=blocks)


@pytest.fixture
def no_second_reading(monkeypatch):
    from parsers import ocr

    monkeypatch.setattr(ocr, "read_region", lambda *args: [])


TAX_BODY = ["Công ty được hưởng ưu đãi thuế TNDN theo điều kiện khác với mức thuế suất 10% trong 15 năm,",
            "miễn thuế TNDN 04 năm và giảm thuế TNDN 09 năm tiếp theo theo quy định của Luật thuế TNDN."]


@pytest.mark.parametrize("title, body, expected", [
    ("chính sách thuế !NDN", TAX_BODY, "chính sách thuế TNDN"),
    ("hoàn thuế GT¦T đối với hàng xuất khẩu", ["Hồ sơ hoàn thuế GTGT nộp tại cơ quan thuế.", "Số thuế GTGT được hoàn."],
     "hoàn thuế GTGT đối với hàng xuất khẩu"),
    ("quyết toán thuế TN«N năm 2025", ["Quyết toán thuế TNCN của người lao động.", "Khấu trừ thuế TNCN tại nguồn."],
     "quyết toán thuế TNCN năm 2025"),
])
def test_an_ocr_titles_acronym_with_a_mark_is_the_one_the_body_prints(no_second_reading, title, body, expected):
    from pipeline.run import run_stages

    result = run_stages(_scan(title, body))
    assert result.metadata.title == expected
    assert "title_acronym_from_body" in {w.code for w in result.warnings}


@pytest.mark.parametrize("title, body", [
    ("chính sách thuế !NDN", ["Công ty được hưởng ưu đãi thuế TNDN theo quy định."]),  # printed once: no evidence
    ("hoàn thuế GT¦T", ["Thuế GTGT và thuế GTKT được kê khai.", "Thuế GTGT và thuế GTKT được nộp."]),  # two fit
    ("chính sách thuế !NDN", ["Công ty nộp thuế đúng hạn.", "Cục Thuế hướng dẫn thực hiện."]),  # none fits
])
def test_an_ocr_titles_acronym_the_body_does_not_decide_stays_as_read(no_second_reading, title, body):
    from pipeline.run import run_stages

    result = run_stages(_scan(title, body))
    assert result.metadata.title == title
