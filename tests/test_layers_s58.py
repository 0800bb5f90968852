"""Text layers by other hands (s58-layers), on the plan of tests/test_layers_s57.py.

1. A line set glyph by glyph with room between the letters (a letter-spaced heading "K Ế  H O Ạ C H", a title or a
   motto spread over the line, a justified paragraph whose producer placed each glyph): pdfium reads a space between
   every two letters, the words' own spaces among them ("P h á t t r i ể n d u l ị c h"). The title, the issuer, a
   section's heading or a task's lead came out in letters apart. The words are read again from the characters' boxes:
   a word ends where the gap is clearly wider than the letters'. A row of marks or figures stays as printed.
2. A heading drawn twice a hair apart (a "bold" of two copies) reads, in a copy another tool took from the PDF, with
   every character twice ("KKẾẾ  HHOOẠẠCCHH"): the type, the title, the issuer were lost or read doubled. A line all
   of whose words are so doubled, and halved read as syllables, is the text once; "xoong", "Hello" stay.
4. Text converted to curves (outlines: each glyph a filled path, no character in the layer) on a page of a PDF whose
   other pages are typed: the page was taken as blank or drawn and its lines lost (the signer, the recipients, a
   task's deadline) with no word of it. It goes to OCR; a page of a table's rules, a chart's shapes or nothing does
   not.
3. A scan printed to PDF again ("Microsoft Print to PDF", some scanners' drivers) stores each page in bands or tiles,
   no image covering half the page. With a signature's stamp drawn over it the stamp's words passed for the page's
   layer and the scan was never read: the document was refused ("no document type, number or date"). Images that
   tile the page together are the page's scan; photos above and below typed lines are not.
"""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest

from parsers import textlayer
from conftest import write_paragraphs
from pdfmaker import A4, DEJAVU_SANS, SANS, SERIF, _add_text, _font, drawn_over, glyphs_apart, image_page, in_bands, outlined_pdf, stacked, text_pdf
from pipeline.run import process
from test_layers_s57 import RIGHT, LEFT, SIGNER, STAMPS, TASKS, TITLE, _placed, _tasks, _text_lines



@pytest.fixture
def no_ocr(monkeypatch):
    from textlayer_plan import no_ocr

    no_ocr(monkeypatch)


# ---------------------------------------------------------------------------------------------------
# 1. Lines set letter by letter

SPREAD_LINES = {
    "type heading": "KẾ HOẠCH",
    "title": TITLE,
    "section heading": "I. MỤC ĐÍCH, YÊU CẦU",
    "motto": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "issuer": "ỦY BAN NHÂN DÂN",
    "paragraph": "Khai thác hiệu quả tiềm năng du lịch của các xã vùng cao.",
    "task's lead": "- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.",
}


def _spread(line: str, spread: float, lines: list[tuple] | None = None) -> bytes:
    lines = lines or _placed()[0]
    return glyphs_apart(text_pdf([lines]), {[text for _, _, text in lines].index(line): spread})


def _summary(doc) -> tuple:
    meta = doc.metadata
    return (meta.doc_type, meta.number, meta.issued_date, meta.title, meta.issuer.name, meta.signer.name,
            [(s.number, s.heading) for s in doc.sections if s.number], _tasks(doc))


EXPECTED = ("Kế hoạch", "305/KH-UBND", "2026-04-09", TITLE, "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", SIGNER,
            [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ"), ("III", "TỔ CHỨC THỰC HIỆN")], TASKS)


@pytest.mark.parametrize("spread", [150, 300], ids=["narrow", "wide"])
@pytest.mark.parametrize("line", SPREAD_LINES.values(), ids=SPREAD_LINES.keys())
def test_a_line_set_letter_by_letter_reads_as_its_words(tmp_path, no_ocr, line, spread):
    (path := tmp_path / "plan.pdf").write_bytes(_spread(line, spread))
    doc = process(path)
    assert line in [block.orig for block in doc.blocks]
    assert _summary(doc) == EXPECTED


def test_a_letter_spaced_layer_is_what_the_fixture_gives():
    # the class itself: pdfium reads such a line with a space between every two letters
    page = pdfium.PdfDocument(_spread(TITLE, 150))[0]
    assert "P h á t t r i ể n" in page.get_textpage().get_text_range()


def _characters(words: list[str], letter_gap: float, word_gap: float, width: float = 7.0) -> list[tuple[str, float, float]]:
    out, x = [], 50.0
    for k, word in enumerate(words):
        x += word_gap if k else 0.0
        for n, letter in enumerate(word):
            x += letter_gap if n else 0.0
            out.append((letter, x, x + width))
            x += width
    return out


@pytest.mark.parametrize("words", [["Sở", "Tài", "chính"], ["NHIỆM", "VỤ", "NĂM", "2026"], ["Triển", "khai,", "đánh", "giá."]])
@pytest.mark.parametrize("gaps", [(2.0, 7.0), (4.5, 11.0), (0.5, 4.0)])
def test_the_words_of_a_spaced_line_are_told_by_their_wider_gaps(words, gaps):
    from parsers.pdf import spaced_words

    assert spaced_words(_characters(words, *gaps)) == " ".join(words)


@pytest.mark.parametrize("letters", ["xxxxxx", "ABCDEG", "1234567", "vvvvvv"])
def test_marks_and_figures_spaced_evenly_are_no_words(letters):
    from parsers.pdf import spaced_words

    assert spaced_words(_characters(list(letters), 3.0, 3.0)) is None


@pytest.mark.parametrize("row", ["x x x x x x", "A B C D E G", "1 2 3 4 5 6 7"])
def test_a_row_of_marks_or_figures_printed_apart_stays_as_printed(tmp_path, no_ocr, row):
    lines = [(x, top, row if text == SPREAD_LINES["paragraph"] else text) for x, top, text in _placed()[0]]
    (path := tmp_path / "plan.pdf").write_bytes(_spread(row, 300, lines))
    doc = process(path)
    assert _summary(doc) == EXPECTED
    assert row.replace(" ", "") not in " ".join(block.orig for block in doc.blocks)


# A line only partly set apart: a typed part and a letter-spaced part side by side. The spaced letters' gaps are wider
# than the typed part's word spaces, which must not be run together ("KẾHOẠCH", "SởYtế", "abcdđe": s58 review).
PARTLY_SPACED = {
    "type heading typed": [(60, 100, "KẾ HOẠCH"), (200, 100, "thực hiện năm 2026 của tỉnh")],
    "typed agency first": [(60, 100, "Sở Y tế"), (200, 100, "ỦY BAN NHÂN DÂN")],
    "a list of letters": [(60, 100, "a b c d đ e"), (220, 100, "các điểm của khoản")],
    "typed names first": [(60, 100, "Ủy ban nhân dân tỉnh"), (300, 100, "Sở Tư pháp Sở Y tế Sở Xây dựng")],
}


def _partly_spaced_reading(parts: list[tuple], spread: float, font) -> dict[str, str]:
    from parsers.pdf import letter_spaced_lines

    page = pdfium.PdfDocument(glyphs_apart(text_pdf([parts], font_path=font), {len(parts) - 1: spread}))[0]
    textpage = page.get_textpage()
    return letter_spaced_lines(textpage, textpage.get_text_range())


@pytest.mark.parametrize("font", [SERIF, SANS], ids=["serif", "sans"])
@pytest.mark.parametrize("spread", [150, 300])
@pytest.mark.parametrize("parts", PARTLY_SPACED.values(), ids=PARTLY_SPACED.keys())
def test_a_line_partly_set_apart_never_runs_its_typed_words_together(parts, spread, font):
    read_again = _partly_spaced_reading(parts, spread, font)
    # read again only as its words; else left as pdfium reads it (letters apart: no value made up)
    assert set(read_again.values()) <= {" ".join(text for _, _, text in parts)}


def test_a_line_partly_set_apart_reads_as_its_words():
    parts = PARTLY_SPACED["type heading typed"]
    assert list(_partly_spaced_reading(parts, 300, SERIF).values()) == [" ".join(text for _, _, text in parts)]


@pytest.mark.parametrize("spread", [300, 500])  # DejaVu's wide side bearings: at 150 pdfium reads the words
@pytest.mark.parametrize("font", [SERIF, SANS, DEJAVU_SANS], ids=["serif", "sans", "dejavu sans"])
def test_a_number_line_set_apart_reads_as_its_number(spread, font):
    # a code with figures is not asked to be a syllable ("305/KH-UBND"); the words around it are
    from parsers.pdf import letter_spaced_lines

    line = "Số: 305/KH-UBND"
    page = pdfium.PdfDocument(glyphs_apart(text_pdf([[(60, 100, line)]], font_path=font), {0: spread}))[0]
    textpage = page.get_textpage()
    assert list(letter_spaced_lines(textpage, textpage.get_text_range()).values()) == [line]


# ---------------------------------------------------------------------------------------------------
# 2. Every character twice


def _doubled(line: str) -> str:
    return "".join(c if c.isspace() else c * 2 for c in line)


DOUBLED_LINES = {"type heading": ["KẾ HOẠCH"], "title": [TITLE], "issuer and motto": ["ỦY BAN NHÂN DÂN", RIGHT[0]],
                 "number": [LEFT[2]], "section heading": ["II. NHIỆM VỤ"]}


def _with_doubled(lines: list[str]) -> list[str]:
    return [_doubled(line) if line in lines else line for line in _text_lines()]


@pytest.mark.parametrize("lines", DOUBLED_LINES.values(), ids=DOUBLED_LINES.keys())
def test_a_copy_with_a_line_of_every_character_twice_reads_it_once(processed, lines):
    assert _summary(processed("\n".join(_with_doubled(lines)) + "\n")) == EXPECTED


@pytest.mark.parametrize("lines", [DOUBLED_LINES["type heading"], DOUBLED_LINES["title"]], ids=["type heading", "title"])
def test_a_word_file_with_a_paragraph_of_every_character_twice_reads_it_once(tmp_path, lines):
    assert _summary(process(write_paragraphs(tmp_path / "plan.docx", _with_doubled(lines)))) == EXPECTED


@pytest.mark.parametrize("line", ["Mua xoong, nồi cho bếp ăn tập thể.", "Hội nghị tổ chức tại Hội trường Hello Việt Nam.",
                                  "Bảng mã AABB, CCDD của hệ thống.", "Ký hiệu: ĐĐ, TT, KK."])
def test_a_line_with_some_letters_twice_stays_as_printed(processed, line):
    lines = _text_lines()
    lines.insert(lines.index(SPREAD_LINES["paragraph"]) + 1, line)
    doc = processed("\n".join(lines) + "\n")
    assert _summary(doc) == EXPECTED
    assert any(line in (block.text or "") for block in doc.blocks)


# ---------------------------------------------------------------------------------------------------
# 3. A scan in bands or tiles


def _page_problem(data: bytes) -> str | None:
    page = pdfium.PdfDocument(data)[0]
    return textlayer.page_problem(page, page.get_textpage().get_text_range(), 40)


def _banded_scan(bands: int, across: int, stamps: list[str], dpi: int = 150) -> bytes:
    lines, closing = _placed()
    data = in_bands([image_page(lines, size=12, dpi=dpi)], bands, across)
    places = {"body's": (380, 20), "person's": (330, closing + 135), "signed-by": (60, closing + 80)}
    for stamp in stamps:
        data = drawn_over(data, places[stamp], STAMPS[stamp], size=7)
    return data


@pytest.mark.parametrize("bands, across", [(8, 1), (4, 3), (20, 1)], ids=["8 bands", "4 bands of 3 tiles", "20 bands"])
@pytest.mark.parametrize("stamps", [["body's"], ["body's", "person's"], ["body's", "person's", "signed-by"]],
                         ids=["one stamp", "two stamps", "three stamps"])
def test_a_scan_in_bands_under_a_signatures_stamp_is_read_by_ocr(bands, across, stamps):
    assert (problem := _page_problem(_banded_scan(bands, across, stamps))) and problem.startswith("scanned page")


def test_a_scan_in_bands_under_two_stamps_gives_the_plan(tmp_path):
    (path := tmp_path / "plan.pdf").write_bytes(_banded_scan(8, 1, ["body's", "person's"], dpi=300))
    doc = process(path)
    meta = doc.metadata
    assert (meta.number, meta.issued_date, meta.title, meta.signer.name) == ("305/KH-UBND", "2026-04-09", TITLE, SIGNER)
    assert [lead for lead, _, _ in _tasks(doc)] == [lead for lead, _, _ in TASKS]


def _typed_between_photos(photos: list[tuple[float, float]]) -> bytes:
    """The plan typed on a page with photos across its width ((top, height) in points), the typed lines around them."""
    lines, _ = _placed()
    pdf = pdfium.PdfDocument.new()
    font = _font(pdf, SERIF)
    page = pdf.new_page(*A4)
    photo = image_page([], size=12, dpi=50)
    for top, height in photos:
        obj = pdfium.PdfImage.new(pdf)
        obj.set_bitmap(pdfium.PdfBitmap.from_pil(photo.convert("RGB")))
        obj.set_matrix(pdfium.PdfMatrix().scale(A4[0], height).translate(0, A4[1] - top - height))
        page.insert_obj(obj)
    for x, top, text in lines:
        _add_text(pdf, page.raw, font, x, top, text, 12)
    page.gen_content()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


@pytest.mark.parametrize("photos", [[(0, 250), (560, 282)], [(0, 300), (300, 120), (600, 242)], [(0, 421), (421, 421)]],
                         ids=["above and below", "three apart", "two halves"])
def test_a_typed_page_between_photos_keeps_its_layer(photos):
    # guard: photos (even two that fill the page) under 20+ typed words do not make the page a scan
    assert _page_problem(_typed_between_photos(photos)) is None


# ---------------------------------------------------------------------------------------------------
# 4. A page of text drawn as outlines


def _first_and_rest() -> tuple[list[tuple], list[tuple]]:
    """The plan's lines down to the second task's heading (page 1) and the rest moved up to a page of its own."""
    lines, _ = _placed()
    cut = next(top for _, top, text in lines if text.startswith("2. Tập huấn"))
    return [line for line in lines if line[1] < cut], [(x, top - cut + 60, text) for x, top, text in lines if top >= cut]


@pytest.mark.parametrize("rest", [slice(None), slice(-8, None)], ids=["the rest", "the closing"])
def test_a_page_of_text_drawn_as_outlines_is_read_by_ocr(rest):
    _, lines = _first_and_rest()
    assert (problem := _page_problem(outlined_pdf([lines[rest]]))) and problem.startswith("text drawn as outlines")


def test_a_page_of_only_the_signature_drawn_as_outlines_is_read_by_ocr():
    _, lines = _first_and_rest()
    assert (problem := _page_problem(outlined_pdf([lines[-4:]]))) and problem.startswith("text drawn as outlines")


def test_a_plan_whose_last_page_is_drawn_as_outlines_keeps_that_page(tmp_path):
    first, rest = _first_and_rest()
    (path := tmp_path / "plan.pdf").write_bytes(stacked([text_pdf([first]), outlined_pdf([rest])]))
    doc = process(path)
    assert (doc.metadata.number, doc.metadata.signer.name) == ("305/KH-UBND", SIGNER)
    assert doc.metadata.recipients[:2] == ["Bộ Văn hóa, Thể thao và Du lịch", "TT Tỉnh ủy"]
    assert _tasks(doc) == TASKS


def _drawn_page(shapes: list[tuple[float, float, float, float, bool]]) -> bytes:
    """A page of filled or stroked rectangles (x, top, width, height, filled), no text."""
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(*A4)
    for x, top, width, height, filled in shapes:
        rect = pdfium.raw.FPDFPageObj_CreateNewRect(x, A4[1] - top - height, width, height)
        pdfium.raw.FPDFPath_SetDrawMode(rect, pdfium.raw.FPDF_FILLMODE_ALTERNATE if filled else 0, not filled)
        pdfium.raw.FPDFPage_InsertObject(page.raw, rect)
    page.gen_content()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


RULES = [(50, 50 + 20 * k, 495, 0.8, True) for k in range(30)] + [(50 + 99 * k, 50, 0.8, 600, True) for k in range(6)]
CELLS = [(60 + 30 * (k % 16), 60 + 30 * (k // 16), 20, 20, False) for k in range(160)]
BARS = [(80 + 60 * k, 700 - 40 * k, 40, 40 * k + 20, True) for k in range(8)]


# filled squares of a letter's size: a QR code drawn as vectors (a signed copy's lookup code), a schedule's cells
QR_MODULES = [(400 + 4 * (k % 25), 700 + 4 * (k // 25), 4, 4, True) for k in range(0, 625, 3)]
SCHEDULE = [(200 + 22 * (k % 12), 100 + 14 * (k // 12), 20, 12, True) for k in range(120) if k % 5 != 4]
@pytest.mark.parametrize("shapes", [RULES, CELLS, BARS, [], QR_MODULES, SCHEDULE],
                         ids=["a table's rules", "stroked boxes", "a bar chart", "blank", "a QR code", "a schedule's cells"])
def test_a_page_of_rules_boxes_or_a_chart_is_not_text_drawn_as_outlines(shapes):
    assert _page_problem(_drawn_page(shapes)) is None
