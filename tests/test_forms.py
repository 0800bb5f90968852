"""E-signed PDFs: the number and the day drawn by signature widgets over blanks in the text, read by the
position of the widgets' glyphs, marked as read from a form, and the signing time kept. Fixtures are
PDFs made here with the widget placed as real signing software places it (over the blank, a little
above the baseline, in a box wider than its text, on a line the text layer glues to the date)."""

from __future__ import annotations

import pytest

import parsers
from conftest import REALDOCS2, needs
from parsers.forms import pdf_date_to_iso
from pdfmaker import SANS, SERIF, text_pdf, with_annotations, with_widgets
from pipeline.run import process

HEIGHT = 842.0
HEADER = [(60, 60, "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"), (300, 60, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
          (330, 78, "Độc lập - Tự do - Hạnh phúc")]
BODY = [(220, 160, "QUYẾT ĐỊNH"), (120, 180, "Về việc phê duyệt kế hoạch cải cách hành chính năm 2026"),
        (60, 220, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2025;")]


def rect(x0: float, top: float, x1: float, bottom: float) -> tuple[float, float, float, float]:
    """A widget's rectangle from top-down coordinates."""
    return x0, HEIGHT - bottom, x1, HEIGHT - top


def char_box(data: bytes, text: str, char: str) -> tuple[float, float, float, float]:
    """The box (x0, top, x1, bottom; top-down points) of ``char`` at the end of ``text`` on page 1."""
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(data)[0]
    textpage = page.get_textpage()
    full = textpage.get_text_range()
    index = full.index(text) + len(text) - len(char)
    left, bottom, right, top = textpage.get_charbox(index)
    return left, HEIGHT - top, right, HEIGHT - bottom


NUMBER_LINE = [(60, 110, "Số:          /QĐ-UBND")]
DATE_LINE = [(300, 110, "Lào Cai, ngày        tháng 10 năm 2025")]


def over_the_blank(data: bytes):
    colon, y = char_box(data, "Số:", ":"), char_box(data, "ngày", "y")
    return rect(colon[2] + 6, 108, colon[2] + 46, 126), rect(y[2] + 4, 108, y[2] + 24, 126)


def from_the_last_letter(data: bytes):
    """The day's box starts over the last letter of "ngày", wider than its text (realdocs2 122)."""
    colon, y = char_box(data, "Số:", ":"), char_box(data, "ngày", "y")
    return rect(colon[2] - 2, 108, colon[2] + 150, 126), rect(y[2] - 3, 108, y[2] + 60, 126)


def above_the_colon(data: bytes):
    """The number drawn above the baseline, clear of the colon's box but over the tops of "Số" (realdocs2 111)."""
    colon, y = char_box(data, "Số:", ":"), char_box(data, "ngày", "y")
    return rect(colon[2] + 3, colon[1] - 16.5, colon[2] + 45, colon[1] - 0.5), rect(y[2] + 4, y[1] - 12, y[2] + 24, y[1] + 4)


LAYOUTS = {f.__name__: f for f in (over_the_blank, from_the_last_letter, above_the_colon)}


@pytest.mark.parametrize("font", [SERIF, SANS], ids=lambda f: f.stem)
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_widget_number_and_day_are_read_in_place(tmp_path, font, layout):
    data = text_pdf([HEADER + NUMBER_LINE + DATE_LINE + BODY], font_path=font)
    number_box, day_box = LAYOUTS[layout](data)
    path = tmp_path / "signed.pdf"
    path.write_bytes(with_widgets(data, [(number_box, "1234"), (day_box, "15")], signed_at="D:20251015081711+07'00'"))
    doc = process(path)
    assert (doc.metadata.number, doc.metadata.issued_date) == ("1234/QĐ-UBND", "2025-10-15")
    drawn = [b for b in doc.blocks if b.prov.reader == "pdf-form"]
    assert drawn and all("1234" in b.orig or "15" in b.orig for b in drawn)
    assert all(b.prov.reader == "pdf" for b in doc.blocks if "1234" not in b.orig and "ngày 15" not in b.orig)
    assert [s.signed_at for s in doc.signatures] == ["2025-10-15T08:17:11+07:00", "2025-10-15T08:17:11+07:00"]


@pytest.mark.parametrize("subtype", ["/FreeText", "/Stamp"])
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_number_and_day_typed_on_as_annotations_are_read_in_place(tmp_path, subtype, layout):
    """A printed document whose number and day a clerk typed on with a PDF editor ("add text", "fill and sign"):
    free-text or stamp annotations, not form fields, over the blanks."""
    data = text_pdf([HEADER + NUMBER_LINE + DATE_LINE + BODY])
    number_box, day_box = LAYOUTS[layout](data)
    path = tmp_path / "typed-on.pdf"
    path.write_bytes(with_annotations(data, [(number_box, "1234"), (day_box, "15")], subtype))
    doc = process(path)
    assert (doc.metadata.number, doc.metadata.issued_date) == ("1234/QĐ-UBND", "2025-10-15")
    assert [b.prov.reader for b in doc.blocks if "1234" in b.orig] == ["pdf-form"]


@pytest.mark.parametrize("subtype", ["/FreeText", "/Stamp"])
def test_a_note_typed_in_the_margin_is_left_out(tmp_path, subtype):
    """A reviewer's free-text note or a "received" stamp annotation on no line of the text adds nothing to it."""
    data = text_pdf([HEADER + [(60, 110, "Số: 1234/QĐ-UBND"), (300, 110, "Lào Cai, ngày 15 tháng 10 năm 2025")] + BODY])
    path = tmp_path / "noted.pdf"
    path.write_bytes(with_annotations(data, [(rect(350, 10, 560, 40), "DA XEM"), (rect(10, 400, 50, 420), "OK")], subtype))
    doc = process(path)
    assert (doc.metadata.number, doc.metadata.issued_date) == ("1234/QĐ-UBND", "2025-10-15")
    assert all(b.prov.reader == "pdf" for b in doc.blocks)
    assert "DA XEM" not in " ".join(b.orig for b in doc.blocks)


def test_a_widget_on_no_line_of_text_is_left_out(tmp_path):
    data = text_pdf([HEADER + [(60, 110, "Số: 1234/QĐ-UBND"), (300, 110, "Lào Cai, ngày 15 tháng 10 năm 2025")] + BODY])
    path = tmp_path / "stamped.pdf"
    path.write_bytes(with_widgets(data, [(rect(350, 10, 560, 40), "TRUNG TAM CONG BAO")]))
    doc = parsers.read(path)
    assert all(b.prov.reader == "pdf" for b in doc.blocks) and "TRUNG" not in " ".join(b.orig for b in doc.blocks)
    assert doc.signatures == []


def test_only_widgets_that_draw_text_are_read_for_stamps(tmp_path, monkeypatch):
    """A seal's or a signature's picture draws no text: pdfminer never parses its appearance, and a page whose widgets
    are all pictures never opens the file in pdfplumber; the number stamped beside them is still read."""
    import pdfplumber

    from parsers import forms

    laid_out, opened = [], []
    real_glyphs, real_open = forms._appearance_glyphs, pdfplumber.open
    monkeypatch.setattr(forms, "_appearance_glyphs", lambda stream, fonts: laid_out.append(stream) or real_glyphs(stream, fonts))
    monkeypatch.setattr(pdfplumber, "open", lambda *args, **kwargs: opened.append(args) or real_open(*args, **kwargs))
    data = text_pdf([HEADER + NUMBER_LINE + DATE_LINE + BODY])
    number_box, day_box = over_the_blank(data)
    pictures = with_widgets(data, [(rect(350, 300, 450, 400), None), (rect(100, 300, 200, 400), None)])
    (tmp_path / "seals.pdf").write_bytes(pictures)
    assert {b.prov.reader for b in parsers.read(tmp_path / "seals.pdf").blocks} == {"pdf"}
    assert opened == [] and laid_out == []
    (tmp_path / "signed.pdf").write_bytes(with_widgets(data, [(rect(350, 300, 450, 400), None), (number_box, "1234"),
                                                              (day_box, "15")]))
    doc = process(tmp_path / "signed.pdf")
    assert (doc.metadata.number, doc.metadata.issued_date) == ("1234/QĐ-UBND", "2025-10-15")
    assert len(opened) == 1 and len(laid_out) == 2  # the two stamps, not the picture


@pytest.mark.parametrize("value, iso", [
    ("D:20251015081711+07'00'", "2025-10-15T08:17:11+07:00"),
    ("D:20250124150622Z", "2025-01-24T15:06:22+00:00"),
    ("D:20250124", "2025-01-24"),
    ("20250124", None),
])
def test_pdf_dates(value, iso):
    assert pdf_date_to_iso(value) == iso


TRUTH = {"110": ("1187/QĐ-BNV", "2025-10-15"), "111": ("12094/BNV-CCHC", "2025-12-15"), "112": ("1178/ĐCK-CTT", "2025-07-09"),
         "116": ("3686/UBND-XD", "2026-05-11"), "122": ("507/UBND-KGVX", "2025-01-24")}


@needs(REALDOCS2)
@pytest.mark.parametrize("prefix", sorted(TRUTH))
def test_real_esigned_number_and_day_come_from_the_widgets(prefix):
    doc = parsers.read(next(REALDOCS2.glob(f"{prefix}_*.pdf")))
    number, issued = TRUTH[prefix]
    drawn = [" ".join(b.orig.split()) for b in doc.blocks if b.prov.reader == "pdf-form"]
    assert any(f"Số: {number.split('/')[0]} /" in text for text in drawn), drawn
    assert any(f"ngày {issued[-2:]} tháng" in text for text in drawn), drawn
    assert doc.signatures and all(s.signed_at[:4] == issued[:4] for s in doc.signatures)


def test_number_and_date_written_in_reverse_order_are_read_by_position(tmp_path):
    """The content stream draws the date line before the number line on the same baseline; the page
    text, and the widgets' digits, still come out in reading order."""
    data = text_pdf([HEADER + DATE_LINE + NUMBER_LINE + BODY])
    number_box, day_box = over_the_blank(data)
    path = tmp_path / "reversed.pdf"
    path.write_bytes(with_widgets(data, [(number_box, "1234"), (day_box, "15")]))
    doc = process(path)
    assert (doc.metadata.number, doc.metadata.issued_date) == ("1234/QĐ-UBND", "2025-10-15")
