"""Garbage text layers: found per page from the share of Vietnamese syllables, read by OCR; good text
layers read as they are, at no OCR cost. Fixtures: one paragraph in the encodings real files come in
(mojibake of several kinds, marks lost by an old OCR) and PDFs made here."""

from __future__ import annotations

import unicodedata

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import parsers
from conftest import REALDOCS2, needs
from parsers import ocr, textlayer
from parsers.ocr import tesseract_problem
from parsers.textlayer import garbage_reason, is_syllable, score
from pdfmaker import SANS, SERIF, image_page, scan_pdf, text_pdf
from pipeline.text import fold

GOOD = ("Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện công tác cải cách hành chính năm 2026 trên địa bàn "
        "tỉnh; giao Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành và Ủy ban nhân dân các xã, phường "
        "triển khai thực hiện, tổng hợp báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm "
        "2026. Người đứng đầu cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch về kết quả thực hiện nhiệm vụ.")


def mojibake_utf8_as_cp1252(text: str) -> str:
    return text.encode("utf-8").decode("cp1252", errors="replace")


def mojibake_cp1258_as_latin1(text: str) -> str:
    return unicodedata.normalize("NFD", text).encode("cp1258", errors="replace").decode("latin-1")


def wrong_font_encoding(text: str) -> str:
    """Every letter moved to another code (a font whose ToUnicode map is off, as Ghostscript leaves them)."""
    return "".join(chr(ord(c) + 0x400) if c.isalpha() and not c.isascii() else (chr(ord(c) + 1) if c.isalpha() else c) for c in text)


def marks_lost_by_ocr(text: str) -> str:
    """An old OCR layer: marks dropped, some vowels read as digits or other letters ("ndm", "D6ng")."""
    out = fold(text)
    return out.replace("a", "d", 3).replace("o", "6").replace("e", "c")


_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def tone_marks_apart(text: str, every: int = 6) -> str:
    """A font drawing tone marks as glyphs of their own: the text layer gives them after every few words, apart from
    their letters ("thiêt hai ̀ ̣ ̣ do lũ lụt"); the words left are still syllables."""
    out, pending = [], []
    for i, word in enumerate(unicodedata.normalize("NFD", text).split(" ")):
        out.append(unicodedata.normalize("NFC", "".join(c for c in word if c not in _TONE_MARKS)))
        pending += [c for c in word if c in _TONE_MARKS]
        if (i + 1) % every == 0 and pending:
            out.append(" ".join(pending))
            pending = []
    return " ".join(out)


def tone_marks_before_words(text: str) -> str:
    """The same font, its marks given before each word that carries one."""
    words = unicodedata.normalize("NFD", text).split(" ")
    return " ".join(unicodedata.normalize("NFC", "".join(c for c in w if c in _TONE_MARKS) + " " + "".join(c for c in w if c not in _TONE_MARKS))
                    if any(c in _TONE_MARKS for c in w) else w for w in words)


@pytest.mark.parametrize("word", ["Nghị", "quyết", "ĐỒNG", "khuyến", "nghiêng", "gì", "giếng", "quốc", "Thương", "hoà", "hòa", "ương"])
def test_vietnamese_syllables(word):
    assert is_syllable(word)


@pytest.mark.parametrize("word", ["ndm", "D6ng", "THƢƠNG", "hƣớng", "ngdy", "thdng", "quyêt̀", "hoàng̀", "cấch", "tàp", "Ĉӝ"])
def test_not_vietnamese_syllables(word):
    assert not is_syllable(word)


@pytest.mark.parametrize("text", [GOOD, GOOD.upper(), unicodedata.normalize("NFD", GOOD)], ids=["plain", "capitals", "decomposed"])
def test_good_text_is_kept(text):
    assert garbage_reason(text) is None


@pytest.mark.parametrize("garble", [mojibake_utf8_as_cp1252, mojibake_cp1258_as_latin1, wrong_font_encoding, marks_lost_by_ocr, fold,
                                    tone_marks_apart, tone_marks_before_words], ids=lambda f: f.__name__)
def test_garbage_layers_are_found(garble):
    assert garbage_reason(garble(GOOD)) is not None


@pytest.mark.parametrize("garble", [tone_marks_apart, tone_marks_before_words], ids=lambda f: f.__name__)
def test_a_motto_without_its_marks_does_not_vouch_for_marks_apart(garble):
    """The motto's letters survive when only the marks moved: it must not vouch for the page."""
    page = garble("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc " + GOOD)
    assert garbage_reason(page) is not None and "apart" in garbage_reason(page)


def test_a_page_of_abbreviations_is_not_garbage():
    recipients = "Nơi nhận:\n- Các ban Đảng QU; Khối Nội chính;\n- VP.HĐND&UBND quận;\n- Các CQCM, ĐVSN thuộc quận;\n" \
                 "- UBND 10 phường;\n- Lưu: VT, NV (T).\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An"
    assert score(recipients).syllables > 0.9
    assert garbage_reason(recipients) is None


CONTACTS = [("Sở Y tế", "soyte@quangtri.gov.vn", "https://soyte.quangtri.gov.vn"),
            ("Sở Tài chính", "tc.stc@hanoi.gov.vn", "www.sotaichinh.hanoi.gov.vn/lien-he"),
            ("Công an tỉnh", "phongpc06-ca@bacninh.gov.vn", "http://congan.bacninh.gov.vn"),
            ("Văn phòng UBND tỉnh", "vpubnd_tinh@gmail.com", "www.vpub.travinh.gov.vn")]


@pytest.mark.parametrize("rows", [CONTACTS, CONTACTS[1:], CONTACTS[::-1][:3]], ids=["four", "three", "reversed"])
def test_a_page_of_contacts_is_not_garbage(rows):
    # e-mail and web addresses are words of no language: a short page that lists them is still a good layer
    page = "DANH SÁCH ĐẦU MỐI LIÊN HỆ\n" + "\n".join(f"{name} Email: {mail} Website: {site}" for name, mail, site in rows)
    assert garbage_reason(page) is None


def test_addresses_do_not_vouch_for_a_garbage_layer():
    page = wrong_font_encoding(GOOD) + "\n" + "\n".join(f"Email: {mail} {site}" for _, mail, site in CONTACTS)
    assert garbage_reason(page) is not None


def test_a_contacts_table_in_a_text_pdf_is_read_from_its_text_layer(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "read_words", lambda *args: pytest.fail("OCR ran on a good text layer"))
    lines = [(60, 60, "DANH SÁCH ĐẦU MỐI LIÊN HỆ")]
    lines += [(60, 90 + 18 * i, f"{name} Email: {mail}") for i, (name, mail, _) in enumerate(CONTACTS)]
    (tmp_path / "contacts.pdf").write_bytes(text_pdf([lines], font_path=SANS))
    doc = parsers.read(tmp_path / "contacts.pdf")
    assert not doc.warnings and {b.prov.reader for b in doc.blocks} == {"pdf"}
    assert "phongpc06-ca@bacninh.gov.vn" in "\n".join(b.orig for b in doc.blocks)


def test_the_motto_read_right_vouches_for_a_page_with_some_words_misread():
    # an old OCR layer that misread two words in five: too few syllables alone, the motto read right vouches (s61: not
    # for a body in another code, whose share of syllables is under half: tests/test_layers_s61.py)
    misread = " ".join(word + "x" if k % 5 < 2 else word for k, word in enumerate(GOOD.split()))
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    assert garbage_reason(misread) and garbage_reason(motto + misread) is None
    assert garbage_reason(motto + wrong_font_encoding(GOOD))


def test_good_text_pdf_pages_are_not_ocred(tmp_path, monkeypatch):
    """Cost: a born-digital PDF never reaches Tesseract."""
    monkeypatch.setattr(ocr, "read_words", lambda image: pytest.fail("OCR ran on a good text layer"))
    path = tmp_path / "plan.pdf"
    lines = [(60, 60 + 18 * i, part) for i, part in enumerate(GOOD.split(", "))]
    path.write_bytes(text_pdf([lines, [(60, 60, "Trang hai không có gì")], lines], font_path=SANS))
    doc = parsers.read(path)
    assert doc.origin.format == "pdf" and not doc.warnings
    assert {b.prov.reader for b in doc.blocks} == {"pdf"}


@pytest.mark.skipif(tesseract_problem() is not None, reason=str(tesseract_problem()))
@pytest.mark.parametrize("garble", [wrong_font_encoding, marks_lost_by_ocr, tone_marks_apart], ids=lambda f: f.__name__)
def test_a_garbage_page_among_good_ones_is_read_by_ocr(tmp_path, garble):
    lines = [(60, 60 + 22 * i, part) for i, part in enumerate(GOOD.split(", "))]
    good = text_pdf([lines])
    scanned = image_page(lines, SERIF, dpi=300)
    path = tmp_path / "mixed.pdf"
    # page 1: a text layer; page 2: the same text scanned, under a garbage text layer
    from pypdf import PdfReader, PdfWriter
    import io

    writer = PdfWriter()
    for data in (good, scan_pdf([scanned], [garble(GOOD)])):
        for page in PdfReader(io.BytesIO(data)).pages:
            writer.add_page(page)
    with path.open("wb") as handle:
        writer.write(handle)
    doc = parsers.read(path)
    readers = {page: {b.prov.reader for b in doc.blocks if b.prov.page == page} for page in (1, 2)}
    assert readers == {1: {"pdf"}, 2: {"ocr"}}
    assert [w.where for w in doc.warnings if w.code == "page_read_by_ocr"] == [{"page": 2}]
    ocr_text = " ".join(b.orig for b in doc.blocks if b.prov.page == 2)
    assert "cải cách hành chính" in ocr_text and garbage_reason(ocr_text) is None


@pytest.mark.skipif(tesseract_problem() is not None, reason=str(tesseract_problem()))
def test_a_scan_whose_text_layer_is_only_a_stamp_line_is_read_by_ocr(tmp_path):
    lines = [(60, 60 + 22 * i, part) for i, part in enumerate(GOOD.split(", "))]
    path = tmp_path / "copy.pdf"
    path.write_bytes(scan_pdf([image_page(lines, SERIF, dpi=300)] * 2, ["SAO Y; CÔNG AN TỈNH LÂM ĐỒNG; 03/02/2026; 15:40:13; +07:00 " * 2, None]))
    doc = parsers.read(path)
    assert {b.prov.reader for b in doc.blocks} == {"ocr"}
    assert "cải cách hành chính" in " ".join(b.orig for b in doc.blocks)


@needs(REALDOCS2)
@pytest.mark.parametrize("prefix", ["114", "115", "123", "124", "125"])
def test_real_garbage_layers_are_found_on_every_page(prefix):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(next(REALDOCS2.glob(f"{prefix}_*.pdf")))
    texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    assert all(garbage_reason(t) for t in texts if score(t).words >= textlayer.MIN_WORDS)


@needs(REALDOCS2)
@pytest.mark.parametrize("prefix", ["104", "106", "110", "111", "112", "113", "116", "122"])
def test_real_text_layers_are_kept(prefix):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(next(REALDOCS2.glob(f"{prefix}_*.pdf")))
    assert not any(garbage_reason(pdf[i].get_textpage().get_text_range()) for i in range(len(pdf)))


@given(st.lists(st.sampled_from(["Kế", "hoạch", "UBND", "2025", "_", "__", "a_b", " ", "\n", "-", "/", "٣", "¹", "ǅ", "\u00a0",
                                 "\u0301", "Đ", "x", ",", "(", ")", "…", "“", "\"", ".", "\x1c", "\u2028", "\u3000", "@",
                                 "½"]), max_size=30).map("".join))
@settings(max_examples=400, deadline=None)
def test_a_pages_words_are_the_letter_and_figure_runs_less_underscores(text):
    """The words a page is scored on are the runs of letters and figures that the pattern without "_" finds, with and
    without underscores in the text."""
    assert textlayer.words_of(text) == re.findall(r"[^\W_]+", text)
