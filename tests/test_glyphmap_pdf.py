"""Text layers whose fonts have no ToUnicode map (s28): pdfium reads a Type0 font's glyph ids as code points
("&٢1*+" for "CỘNG") and the page went to OCR, which loses tone marks. When the embedded font program has a Unicode
cmap, the glyphs are read back through it, exactly; otherwise the page goes to OCR as before. A map that leaves a
few glyphs out ("Đi\u09c5n Biên" for "Điện Biên") kept those letters wrong on a page judged good: they are read
back the same way. Every plan below is written for the test (names and numbers made up)."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from parsers import glyphmap, textlayer
from parsers.ocr import tesseract_problem
from pdfmaker import (DEJAVU_SANS, DEJAVU_SERIF, FONTS, SANS, SERIF, stacked, text_pdf, with_font_map, with_font_map_without,
                      with_font_programs)
from pipeline.run import process

needs_tesseract = pytest.mark.skipif(tesseract_problem() is not None, reason=str(tesseract_problem()))
DEJAVU_CONDENSED_BOLD = FONTS / "dejavu" / "DejaVuSansCondensed-Bold.ttf"

HEADER = ["SỞ CÔNG THƯƠNG TỈNH ĐIỆN BIÊN", "Số: 318/QĐ-SCT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Điện Biên, ngày 14 tháng 7 năm 2026"]
BODY = ["QUYẾT ĐỊNH", "Về việc kiểm tra an toàn hóa chất trên địa bàn tỉnh năm 2026",
        "GIÁM ĐỐC SỞ CÔNG THƯƠNG",
        "Căn cứ Luật Hóa chất ngày 21 tháng 11 năm 2007;",
        "Xét đề nghị của Trưởng phòng Kỹ thuật an toàn - Môi trường.",
        "QUYẾT ĐỊNH:",
        "Điều 1. Thành lập đoàn kiểm tra việc chấp hành pháp luật về hóa chất của các doanh nghiệp.",
        "Điều 2. Đoàn kiểm tra có trách nhiệm báo cáo kết quả với Giám đốc Sở trong tháng tám.",
        "Điều 3. Chánh Văn phòng Sở và các đơn vị có liên quan chịu trách nhiệm thi hành.",
        "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, KTAT.", "GIÁM ĐỐC", "Lò Văn Thịnh"]


def _lines(lines: list[str], first_top: float = 50) -> list[tuple[float, float, str]]:
    return [(50, first_top + 18 * k, text) for k, text in enumerate(lines)]


def _whole_page(font) -> bytes:
    return with_font_map(text_pdf([_lines(HEADER + BODY)], font_path=font, size=11), [0], None)


def _header_only(font) -> bytes:
    """The header lines in a font without a ToUnicode map over a body whose font has one (a stamp-office header)."""
    header = with_font_map(text_pdf([_lines(HEADER)], font_path=font, size=11), [0], None)
    body = text_pdf([_lines(BODY, 50 + 18 * len(HEADER))], font_path=font, size=11)
    return stacked([body], overlay={0: header})


def _without_tables(program) -> None:
    """A subset as Ghostscript writes it: no cmap, no glyph names."""
    del program["cmap"]
    program["post"].formatType = 3.0


@pytest.mark.parametrize("font", [DEJAVU_SANS, DEJAVU_CONDENSED_BOLD], ids=["sans", "condensed-bold"])
@pytest.mark.parametrize("build", [_whole_page, _header_only], ids=["whole-page", "header-only"])
def test_a_layer_without_tounicode_is_read_from_its_fonts_cmap(tmp_path, font, build):
    (path := tmp_path / "qd.pdf").write_bytes(build(font))
    (good := tmp_path / "good.pdf").write_bytes(text_pdf([_lines(HEADER + BODY)], font_path=font, size=11))
    doc = process(path)
    meta = doc.metadata
    assert (meta.number, meta.issued_date) == ("318/QĐ-SCT", "2026-07-14")
    assert (meta.signer.name, meta.signer.title) == ("Lò Văn Thịnh", "Giám đốc")
    assert "kiểm tra an toàn hóa chất" in meta.title
    assert meta.model_dump() == process(good).metadata.model_dump()  # as the same page with its ToUnicode maps reads
    assert [w.where for w in doc.warnings if w.code == "text_layer_remapped"] == [{"page": 1}]
    assert not [w for w in doc.warnings if w.code == "page_read_by_ocr"]
    text = "\n".join(b.orig for b in doc.blocks)
    for line in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Xét đề nghị của Trưởng phòng Kỹ thuật an toàn - Môi trường."):
        assert line in text


@pytest.mark.parametrize("font", [DEJAVU_SANS, SERIF, DEJAVU_SERIF], ids=["dejavu-sans", "liberation-serif", "dejavu-serif"])
@pytest.mark.parametrize("missing", ["ệư", "ạảấ", "ơỉ"])
def test_the_glyphs_a_map_left_out_are_read_from_the_fonts_cmap(tmp_path, font, missing):
    """A page judged good (its other letters are right) whose map has no entry for a few glyphs: pdfium reads their
    ids ("Đi\u09c5n", "Hটnh"); one such letter between letters of its own line stays in its place, even read as Arabic."""
    good = text_pdf([_lines(HEADER + BODY)], font_path=font, size=11)
    (path := tmp_path / "qd.pdf").write_bytes(with_font_map_without(good, [0], font, missing))
    (good_path := tmp_path / "good.pdf").write_bytes(good)
    doc, expected = process(path), process(good_path)
    assert [b.orig for b in doc.blocks] == [b.orig for b in expected.blocks]
    assert doc.metadata.model_dump() == expected.metadata.model_dump()
    assert [w.where for w in doc.warnings if w.code == "text_layer_remapped"] == [{"page": 1}]


def test_letters_of_another_alphabet_in_a_good_layer_stay():
    """A name in Cyrillic on a page whose map is right: its letters are no glyph ids (held before this change too)."""
    lines = HEADER + BODY + ["Hợp tác với Đại học Lomonosov (Московский университет) về đào tạo."]
    data = text_pdf([_lines(lines)], font_path=DEJAVU_SANS, size=11)
    assert glyphmap.may_hold_glyph_ids(pdfium.PdfDocument(data)[0].get_textpage().get_text_range())
    assert _remapped(data) is None


def test_a_font_read_right_is_not_read_as_glyph_ids(tmp_path):
    """A table of coordinates in a font of its own, right, on a page with a degree sign written "º": read as glyph ids,
    its figures and axis names came out letters ("X Y" as "u v", a syllable) and passed for a better reading."""
    table = ["X Y", "X Y", "1 2456383,00 441250,00", "2 2456390,50 441262,75", "104º45, 3º"]
    overlay = text_pdf([[(300, 50 + 18 * k, line) for k, line in enumerate(table)]], font_path=DEJAVU_SANS, size=11)
    data = stacked([text_pdf([_lines(HEADER + BODY)], font_path=DEJAVU_SANS, size=11)], overlay={0: overlay})
    assert _remapped(data) is None
    (path := tmp_path / "qd.pdf").write_bytes(data)
    doc = process(path)
    assert not [w for w in doc.warnings if w.code == "text_layer_remapped"]
    assert "1 2456383,00 441250,00" in "\n".join(b.orig for b in doc.blocks)


def _remapped(data: bytes) -> str | None:
    page = pdfium.PdfDocument(data)[0]
    return glyphmap.remapped_text(page.get_textpage())


def test_the_remapped_text_keeps_one_character_for_each_of_pdfiums():
    """The boxes of the page are found by index: the space glyphs pdfium leaves out of its text (read as control
    code 3) are put back, each character in its place."""
    data = _whole_page(DEJAVU_SANS)
    textpage = pdfium.PdfDocument(data)[0].get_textpage()
    text = glyphmap.remapped_text(textpage)
    assert len(text) == textpage.count_chars() > len(textpage.get_text_range())
    assert text.splitlines()[:2] == HEADER[:2]


# Guards: held before this change too (such pages went to OCR); what the reading from the fonts leaves alone.

def test_a_font_program_that_tells_no_characters_leaves_the_page_garbage():
    data = with_font_programs(_whole_page(DEJAVU_SANS), _without_tables)
    page = pdfium.PdfDocument(data)[0]
    assert textlayer.page_problem(page, page.get_textpage().get_text_range(), 50)
    assert _remapped(data) is None


@pytest.mark.parametrize("font", [SERIF, SANS, DEJAVU_SERIF], ids=["liberation-serif", "liberation-sans", "dejavu-serif"])
def test_glyph_ids_read_as_arabic_letters_are_not_read_back(font):
    """These fonts' Vietnamese glyphs sit at ids pdfium takes for Arabic letters: it puts their runs right to left
    and mirrors brackets, so the characters' order and some of their ids are not the drawn ones (read back, Liberation
    Serif's "ỦY BAN NHÂN DÂN" came out "ÂND BAN NHÂN [Ủ")."""
    assert _remapped(_whole_page(font)) is None


def test_a_good_map_over_a_toneless_layer_is_not_read_as_glyph_ids():
    """An earlier OCR's layer without tone marks is garbage with a right ToUnicode map: its codes are no glyph ids."""
    toneless = ["SO CONG THUONG TINH DIEN BIEN", "Doc lap - Tu do - Hanh phuc"] + [
        "Dieu 1. Thanh lap doan kiem tra viec chap hanh phap luat ve hoa chat cua cac doanh nghiep."] * 4
    data = text_pdf([_lines(toneless)], font_path=DEJAVU_SANS, size=11)
    page = pdfium.PdfDocument(data)[0]
    assert textlayer.page_problem(page, page.get_textpage().get_text_range(), 50)
    assert _remapped(data) is None


@needs_tesseract
def test_a_page_whose_fonts_tell_nothing_is_read_by_ocr(tmp_path):
    path = tmp_path / "qd.pdf"
    broken = with_font_programs(_whole_page(DEJAVU_SANS), _without_tables)
    path.write_bytes(stacked([broken, text_pdf([_lines(BODY)], font_path=DEJAVU_SANS, size=11)]))
    doc = process(path)
    assert [w.where for w in doc.warnings if w.code == "page_read_by_ocr"] == [{"page": 1}]
    assert not [w for w in doc.warnings if w.code == "text_layer_remapped"]
