"""Metadata lines that come garbled, split or unusual (s21).

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up):
- a type heading OCR'd with a space inside a word or a wrong tone mark ("K ẾT LUẬN", "KÉ HOẠCH", "QUYÉT ĐỊNH"), or with
  the space between its words lost ("QUYẾTĐỊNH");
- a place-and-date line whose words OCR or a broken text layer garbled: a letter lost ("Hà N i"), a mark misread
  ("ngảy 12 thảng 3 nãm 2025"), marks lost ("ngay 07 thang 02 nam 2026");
- the number's line cut inside the number and symbol, by a narrow header cell or a web page: "Số: 1281/KH-" / "UBND",
  "Số: 1281" / "/KH-UBND".
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
FORMS = ["text", "html", "docx", "pdf"]
HEADER = ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ ĐÀ NẴNG"]
BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm tiến độ các công trình trong năm.", "II. TỔ CHỨC THỰC HIỆN",
        "Các phòng, ban triển khai thực hiện."]
CLOSING = ["Nơi nhận:", "- Như trên;", "- Lưu: VT, TH.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình"]


def _document(number: list[str], date: str = "Đà Nẵng, ngày 20 tháng 5 năm 2025", heading: str = "KẾ HOẠCH") -> list[str]:
    return [*HEADER, *MOTTO, *number, date, heading, "Chỉnh trang đô thị năm 2025", *BODY, *CLOSING]


def _read(tmp_path, lines: list[str], form: str):
    doc = process(write_in_form(tmp_path, lines, form))
    return doc.metadata, {w.code for w in doc.warnings}


# --- a. a type heading with a space OCR put inside a word, or lost between its words

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("heading, doc_type", [
    ("K ẾT LUẬN", "Kết luận"),
    ("K ÉT LUẬN", "Kết luận"),
    ("K Ế HOẠCH", "Kế hoạch"),
    ("BÁO C ÁO", "Báo cáo"),
    ("T Ờ TRÌNH", "Tờ trình"),
    ("QUYẾTĐỊNH", "Quyết định"),
    ("THÔNG BÁ O", "Thông báo"),
    # a wrong tone mark alone: read before too (the heading is matched folded)
    ("KÉ HOẠCH", "Kế hoạch"),
    ("QUYÉT ĐỊNH", "Quyết định"),
])
def test_a_heading_with_a_stray_or_lost_space_names_its_type(tmp_path, form, heading, doc_type):
    """"K ÉT LUẬN" folded is "k et luan", no type's name: the heading was no heading, the document had no title and its
    type was the symbol's or none. A heading's spaces say nothing: its letters without them are one type's name (no two
    types' names share their letters). The symbol names no type ("UBND-ĐT", a công văn's form), so the type is the
    heading's or none."""
    meta, warnings = _read(tmp_path, _document(["Số: 418/UBND-ĐT"], heading=heading), form)
    assert (meta.doc_type, meta.title) == (doc_type, "Chỉnh trang đô thị năm 2025")
    assert "missing_doc_type_heading" not in warnings


@pytest.mark.parametrize("form", ["text", "pdf"])
@pytest.mark.parametrize("line", ["K Ế HOẠCH X", "PHƯỜNG AN", "HẢI PHÒNG"])
def test_a_line_whose_letters_name_no_type_is_no_heading(tmp_path, form, line):
    """The letters must be one type's name whole: a line with a letter more, or a ward whose folded name reads as a type
    ("PHƯỜNG AN" -> "phuong an"), is none; the heading under it is."""
    lines = _document(["Số: 418/UBND-ĐT"])
    lines.insert(lines.index("KẾ HOẠCH"), line)
    meta, _ = _read(tmp_path, lines, form)
    assert (meta.doc_type, meta.title) == ("Kế hoạch", "Chỉnh trang đô thị năm 2025")


# --- b. a garbled place-and-date line

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("line, issued, place", [
    ("Hà N i, ngày 12 tháng 3 năm 2025", "2025-03-12", None),  # the place garbled: not read, never another place
    ("Đà N ng, ngày 12 tháng 3 năm 2025", "2025-03-12", None),
    ("Đà Nẵng, ngảy 5 thảng 11 nãm 2024", "2024-11-05", "Đà Nẵng"),
    ("Cần Thơ, ngay 07 thang 02 nam 2026", "2026-02-07", "Cần Thơ"),
    ("Đà Nẵng, ngày 20 tháng 5 nảm 2025", "2025-05-20", "Đà Nẵng"),
    ("Huế, ng y 3 th ng 9 n m 2025", "2025-09-03", "Huế"),
])
def test_a_garbled_date_line_gives_its_date(tmp_path, form, line, issued, place):
    """A place-and-date line whose words lost a letter or a mark was no date line (missing_issue_date), or its date was
    unreadable. Folded, the date's words still start with their letters and the figures stand in their places: the
    date is read, with a warning; the place only when the registry knows it as printed."""
    meta, warnings = _read(tmp_path, _document(["Số: 418/KH-UBND"], date=line), form)
    assert (meta.issued_date, meta.place) == (issued, place)
    assert "issue_date_garbled" in warnings and "missing_issue_date" not in warnings


@pytest.mark.parametrize("form", ["text", "pdf"])
@pytest.mark.parametrize("line", [
    "Đà Nẵng, ngảy 32 thảng 5 nãm 2025",  # no such day
    "Đà Nẵng, ngảy 2 0 thảng 5 nãm 2025",  # a figure apart: 2 or 20?
    "Đà Nẵng, ngảy 20 thảng 5 nãm 225",
    "Đà Nẵng, ngảy 20 thảng 5",
])
def test_a_garbled_date_line_whose_figures_are_not_a_date_gives_none(tmp_path, form, line):
    """Never a wrong date: figures out of their places or out of range give no date."""
    meta, _ = _read(tmp_path, _document(["Số: 418/KH-UBND"], date=line), form)
    assert meta.issued_date is None


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("cited", [
    "Nghị quyết của HĐND thành phố, ngày 5 tháng 3 năm 2024",
    "Kết luận của Ban Thường vụ Thành ủy, ngày 12 tháng 10 năm 2025",
    "Chỉ thị của Thủ tướng Chính phủ, ngay 7 thang 2 nam 2026",
])
def test_a_cited_date_under_a_subject_is_no_garbled_date_line(tmp_path, form, cited):
    """A công văn's subject wrapped onto a line that ends in the date of the document it cites, and no date line of its
    own: the cited date is not the date of issue (the words before its comma are a sentence, no place)."""
    lines = [*HEADER, "Số: 418/UBND-ĐT", "V/v triển khai thực hiện", cited, *MOTTO[:2], "Kính gửi: Các phòng, ban",
             "Ủy ban nhân dân thành phố đề nghị các phòng, ban khẩn trương triển khai.", *CLOSING]
    meta, warnings = _read(tmp_path, lines, form)
    assert meta.issued_date is None and "issue_date_garbled" not in warnings


# --- c. the number's line cut inside the number and symbol

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("lines, number", [
    (["Số: 1281/KH-", "UBND"], "1281/KH-UBND"),
    (["Số: 1281", "/KH-UBND"], "1281/KH-UBND"),
    (["Số: 1281/", "KH-UBND"], "1281/KH-UBND"),
    (["Số: 1281/KH", "-UBND"], "1281/KH-UBND"),
    (["Số: 07/2025/", "QĐ-UBND"], "07/2025/QĐ-UBND"),
    (["Số:", "1281/KH-UBND"], "1281/KH-UBND"),
    (["Số:1281/KH-UBND"], "1281/KH-UBND"),
    (["Số 1281/KH-UBND"], "1281/KH-UBND"),
])
def test_a_number_line_cut_inside_its_symbol_is_one_number(tmp_path, form, lines, number):
    """A number line cut after a slash or a hyphen gave the number's first piece ("1281/KH-", a symbol cut short) or
    none: the next line, when it holds only the symbol's rest and the cut's separator is printed once, goes on it."""
    meta, _ = _read(tmp_path, _document(lines), form)
    assert meta.number == number


# The PDF reader glues a line that ends in a hyphen to the next one whatever it holds (parsers/pdf.py _ends_mid_word):
# "Số: 1281/KH-" over the date line in one column reads "1281/KH-Lâm"; a real header prints the date in the other column.
@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("lines", [["Số: 1281/KH-"], ["Số: 1281/-UBND"], ["Số: 1281", "KH-UBND"]])
def test_a_number_line_cut_short_gives_no_number(tmp_path, form, lines):
    """A symbol cut short with nothing after it, a symbol that lost its type, a cut whose separator is printed on
    neither side (the line under could be another part): null and a warning, never the piece."""
    meta, warnings = _read(tmp_path, _document(lines), form)
    assert meta.number is None
    assert "number_unreadable" in warnings


# --- f. a body the 2025 reorganisation ended

@pytest.mark.parametrize("form", ["text", "pdf"])
@pytest.mark.parametrize("date, ended", [
    ("Gia Lai, ngày 14 tháng 8 năm 2025", True),
    ("Gia Lai, ngày 3 tháng 3 năm 2025", True),
    ("Gia Lai, ngày 27 tháng 2 năm 2025", False),
    ("Gia Lai, ngày 14 tháng 8 năm 2024", False),
])
def test_a_state_bank_branch_of_a_province_ends_in_february_2025(tmp_path, form, date, ended):
    """The State Bank's 63 provincial branches were reorganised into 15 regional branches working from 1 March 2025:
    a provincial branch issuing after 28 February 2025 gets agency_not_in_force (agencies.csv valid_until); the
    registry had no end date, so it was taken as in force."""
    lines = ["NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "CHI NHÁNH TỈNH GIA LAI", *MOTTO, "Số: 52/KH-NHNN", date, "KẾ HOẠCH",
             "Kiểm tra hoạt động thanh toán năm 2025", *BODY, "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC",
             "Phạm Văn Lực"]
    doc = process(write_in_form(tmp_path, lines, form))
    assert doc.metadata.issuer.agency.agency_id == "gia-lai/ngan-hang-nha-nuoc-chi-nhanh"
    assert ("agency_not_in_force" in {w.code for w in doc.warnings}) == ended


# --- g. the number's cell and the place-and-date's run together on one line by a copy that lost the space between them

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("line, number, place", [
    ("Số: 418/KH-UBNDĐà Nẵng, ngày 20 tháng 5 năm 2025", "418/KH-UBND", "Đà Nẵng"),
    ("Số: 70-TB/TWHà Nội, ngày 20 tháng 5 năm 2025", "70-TB/TW", "Hà Nội"),
    ("Số: 70-TB/TWngày 20 tháng 5 năm 2025", "70-TB/TW", None),
    ("Số 70-TB/TW ngày 20 tháng 5 năm 2025", "70-TB/TW", None),
    ("Số: 12/2025/NQ-HĐND Đà Nẵng, ngày 20 tháng 5 năm 2025", "12/2025/NQ-HĐND", "Đà Nẵng"),  # spaced: read before too
])
def test_a_date_glued_onto_the_number_is_its_own_line(tmp_path, form, line, number, place):
    """A page that drops the space between the header's two cells glues the place (or "ngày") onto the symbol's last
    capitals: the number was '418/KH-UBNDĐà' with place 'Nẵng', or '70-TB/TWngày20tháng5năm2025' and no date: wrong
    values. The number ends where the place's capital and small letter, or "ngày" and a figure, follow two capitals."""
    lines = _document([], date=line)
    meta, _ = _read(tmp_path, lines, form)
    assert (meta.number, meta.place, meta.issued_date) == (number, place, "2025-05-20")


@pytest.mark.parametrize("line, number", [
    ("Số: 418/QĐ-TTgHà Nội, ngày 20 tháng 5 năm 2025", "418/QĐ-TTg"),  # a code that ends in a small letter
    ("Số: 418/QĐ-TTg Hà Nội, ngày 20 tháng 5 năm 2025", "418/QĐ-TTg"),  # spaced: read before too
    ("Số: 418/QĐ-UBQuảng Ngãi, ngày 20 tháng 5 năm 2025", "418/QĐ-UB"),
])
def test_a_place_glued_after_a_code_is_cut_only_where_sure(tmp_path, line, number):
    """"TTgHà": the code's last letter is small, as the place's second is: cut after the known code. Never a number
    with the place's letters in it ('418/QĐ-TTgHà' before)."""
    meta, _ = _read(tmp_path, _document([], date=line), "text")
    assert meta.number == number


@pytest.mark.parametrize("form", FORMS)
def test_a_type_before_the_number_on_the_date_s_line(tmp_path, form):
    """A central body's "Nghị quyết số: 11-NQ/TW" with the place and date run onto its line: the line was no number
    line and no date line (number, place and date null); the type before "số" is what _NUMBER_LINE allows."""
    lines = _document([], date="Nghị quyết số: 11-NQ/TW Hà Nội, ngày 20 tháng 5 năm 2025")
    meta, _ = _read(tmp_path, lines, form)
    assert (meta.number, meta.place, meta.issued_date) == ("11-NQ/TW", "Hà Nội", "2025-05-20")
