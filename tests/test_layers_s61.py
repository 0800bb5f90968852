"""Text layers by other hands (s61-layers), on the plan of tests/test_layers_s60.py.

1. A font whose ToUnicode map is wrong over one range of its glyphs (s60's strict xfails): the small letters read one
   code on under a motto in capitals that reads right, the capitals read as small letters, one mark read as another or
   lost. Every word may still be a syllable; the page is sent to OCR (or warned where OCR cannot run), never read as
   letters no one printed.
"""

from __future__ import annotations

import unicodedata

import pypdfium2 as pdfium
import pytest

from parsers import ocr
from parsers.textlayer import garbage_reason, page_problem
from pdfmaker import SANS, SERIF, text_pdf, with_font_map_reading
from pipeline.run import process
from test_layers_s57 import SIGNER, TITLE, _placed


class _SentToOcr(Exception):
    pass


@pytest.fixture
def ocr_called(monkeypatch):
    """OCR stands in by an exception that carries the reason the layer was refused for."""
    def refuse(*args, reason: str, **kwargs):
        raise _SentToOcr(reason)

    monkeypatch.setattr(ocr, "read_pdf", refuse)
    monkeypatch.setattr(ocr, "read_page", lambda *a, **k: pytest.fail("one page of a one-page plan went to OCR alone"))


def _mark_read_as(mark: str, read: str):
    """A map that reads each letter carrying ``mark`` (a combining mark) with ``read`` instead ("" drops it)."""
    return lambda char: unicodedata.normalize("NFC", unicodedata.normalize("NFD", char).replace(mark, read))


MAPS_ONE_RANGE_WRONG = {
    # the capitals' motto reads right: it vouched for the page on main
    "small letters one code on": lambda char: chr(ord(char) + 1) if "a" <= char <= "z" else char,
    "small letters from n one code on": lambda char: chr(ord(char) + 1) if "n" <= char <= "z" else char,
    "small letters two codes back": lambda char: chr(ord(char) - 2) if "c" <= char <= "z" else char,
    # every word still a syllable
    "capitals read small": lambda char: char.lower() if char.isupper() else char,
    "hook above read as tilde": _mark_read_as("\u0309", "\u0303"),
    "dot below read as acute": _mark_read_as("\u0323", "\u0301"),
    "grave read as acute": _mark_read_as("\u0300", "\u0301"),
    "acute read as grave": _mark_read_as("\u0301", "\u0300"),
    "circumflex lost": _mark_read_as("\u0302", ""),
    "horn lost": _mark_read_as("\u031b", ""),
}


def _plan(reads, font) -> bytes:
    lines, _ = _placed()
    return with_font_map_reading(text_pdf([lines], font_path=font), [0], font, reads)


@pytest.mark.parametrize("font", [SERIF, SANS], ids=["serif", "sans"])
@pytest.mark.parametrize("reads", MAPS_ONE_RANGE_WRONG.values(), ids=MAPS_ONE_RANGE_WRONG.keys())
def test_a_font_map_wrong_over_one_range_sends_the_page_to_ocr(tmp_path, ocr_called, reads, font):
    (path := tmp_path / "plan.pdf").write_bytes(_plan(reads, font))
    with pytest.raises(_SentToOcr):
        process(path)


def test_the_reason_names_what_the_map_lost():
    page = pdfium.PdfDocument(_plan(MAPS_ONE_RANGE_WRONG["hook above read as tilde"], SERIF))[0]
    text = page.get_textpage().get_text_range()
    assert "hook above" in page_problem(page, text, 100)
    page = pdfium.PdfDocument(_plan(MAPS_ONE_RANGE_WRONG["capitals read small"], SERIF))[0]
    assert "no capital" in page_problem(page, page.get_textpage().get_text_range(), 100)


# Guards: the plan read right keeps its layer and its values; a short page in small letters and a short page without
# one mark say too little to judge
@pytest.mark.parametrize("font", [SERIF, SANS], ids=["serif", "sans"])
def test_the_plan_with_a_right_map_keeps_its_layer(tmp_path, font, monkeypatch):
    from textlayer_plan import no_ocr

    no_ocr(monkeypatch)
    (path := tmp_path / "plan.pdf").write_bytes(_plan(lambda char: char, font))
    meta = process(path).metadata
    assert (meta.doc_type, meta.number, meta.title, meta.signer.name) == ("Kế hoạch", "305/KH-UBND", TITLE, SIGNER)


def test_few_words_in_small_letters_or_without_a_mark_are_not_judged():
    recipients = "nơi nhận: như trên; sở tài chính; sở nội vụ; lưu: vt, tổng hợp, các phòng chuyên môn thuộc ủy ban nhân dân"
    assert garbage_reason(recipients * 2) is None  # 44 words, none a capital
    no_hook = "Sở Tài chính chủ trì thực hiện, phối hợp với các sở, ban, ngành liên quan; báo cáo kết quả trước ngày 15 tháng 12."
    assert garbage_reason(no_hook.replace("Sở", "Ban") * 3) is None  # fewer than 80 marked syllables, no hook above
