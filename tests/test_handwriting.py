"""Handwritten numbers and days in scans: typed fields are read, handwritten ones are reported unreadable
with the page and the box, never a wrong value. Fixtures are header images drawn here: typed in four
faces, and "handwritten" digits drawn as thick strokes, taller or in blue ink, as clerks write them."""

from __future__ import annotations

import json

import pytest
from PIL import Image, ImageDraw, ImageFont

from conftest import REALDOCS, REALDOCS2, needs
from parsers import handwriting, ocr
from parsers.ocr import tesseract_problem
from pdfmaker import DEJAVU_SANS, DEJAVU_SERIF, SANS, SERIF, scan_pdf
from pipeline.run import process

pytestmark = pytest.mark.skipif(tesseract_problem() is not None, reason=str(tesseract_problem()))

DPI = 300
SIZE = 54  # 13 pt at 300 dpi
FACES = [SERIF, SANS, DEJAVU_SERIF, DEJAVU_SANS]

# Digits as pen strokes in a unit box (x right, y down): what a clerk writes into the blank.
_STROKES = {
    "0": [[(0.5, 0.0), (0.1, 0.3), (0.15, 0.8), (0.5, 1.0), (0.85, 0.75), (0.9, 0.25), (0.5, 0.0)]],
    "1": [[(0.3, 0.2), (0.65, 0.0), (0.45, 1.0)]],
    "4": [[(0.6, 0.0), (0.05, 0.7), (0.95, 0.7)], [(0.7, 0.3), (0.55, 1.0)]],
    "7": [[(0.05, 0.05), (0.95, 0.0), (0.35, 1.0)]],
}


def _write(draw: ImageDraw.ImageDraw, x: float, baseline: float, digits: str, height: float, colour: str, width: int,
           slant: float = 0.25) -> float:
    """Digits written by hand from ``x``, sitting on ``baseline``, ``height`` tall and slanted (``slant``: the top's
    shift right, in heights); returns the x after them."""
    glyph_width = 0.6 * height
    for digit in digits:
        for stroke in _STROKES[digit]:
            points = [(x + px * glyph_width + (1 - py) * slant * height, baseline - height + py * height) for px, py in stroke]
            draw.line(points, fill=colour, width=width, joint="curve")
        x += glyph_width * 1.15
    return x


def header_page(face, number: str = "1740", day: str = "17", hand: dict | None = None) -> Image.Image:
    """A scanned first page's header: issuer, motto, the number line, the date line, the heading and a
    body line. ``hand`` writes fields by hand: {"number": {"scale": 1.4, "colour": "black"}, "day": {...}}."""
    hand = hand or {}
    image = Image.new("RGB", (2480, 3508), "white")  # A4 at 300 dpi
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(face), SIZE)
    cap = font.getbbox("H")[3] - font.getbbox("H")[1]

    def typed(x: float, y: float, text: str, colour: str = "black") -> float:
        draw.text((x, y), text, fill=colour, font=font, anchor="ls")
        return x + draw.textlength(text, font=font)

    typed(250, 150, "ỦY BAN NHÂN DÂN")
    typed(1150, 150, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    typed(250, 220, "TỈNH LÀO CAI")
    typed(1300, 220, "Độc lập - Tự do - Hạnh phúc")
    for y, parts in ((330, [("Số: ", None), (number, "number"), ("/QĐ-UBND", None)]),
                     (330, [("Lào Cai, ngày ", None), (day, "day"), (" tháng 10 năm 2025", None)])):
        x = 250 if parts[0][0].startswith("Số") else 1250
        for text, field in parts:
            style = hand.get(field) if field else None
            if style is None:
                x = typed(x, y, text, (hand.get(f"{field}_ink") or "black") if field else "black")
            else:
                x = _write(draw, x + 10, y, text, cap * style.get("scale", 1.4), style.get("colour", "black"), style.get("width", 7),
                           style.get("slant", 0.25)) + 10
    typed(1050, 480, "QUYẾT ĐỊNH")
    typed(400, 560, "Về việc phê duyệt kế hoạch cải cách hành chính năm 2026")
    typed(250, 700, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2025;")
    return image


def marks(image: Image.Image) -> dict[str, list[dict]]:
    blocks = ocr.page_blocks(image, 1, 1, DPI / 72)
    return {b.orig: b.prov.handwritten for b in blocks if handwriting.line_kind(b.orig)}


def fields_of(found: dict[str, list[dict]]) -> set[str]:
    return {m["field"] for ms in found.values() for m in ms}


@pytest.mark.parametrize("face", FACES, ids=lambda f: f.stem)
def test_typed_number_and_date_are_typed_in_every_face(face):
    found = marks(header_page(face))
    assert any(text.startswith("Số") for text in found), found  # the number line was checked
    assert fields_of(found) == set(), found


@pytest.mark.parametrize("face", [SERIF, SANS], ids=lambda f: f.stem)
@pytest.mark.parametrize("style", [{"scale": 1.4}, {"scale": 1.25, "width": 9}, {"scale": 1.05, "colour": "#1d3fb8", "width": 5}],
                         ids=["tall", "bold", "blue-pen"])
def test_handwritten_number_and_day_are_marked(face, style):
    found = marks(header_page(face, hand={"number": style, "day": style}))
    assert {"number", "day"} <= fields_of(found), found
    assert "month" not in fields_of(found) and "year" not in fields_of(found)  # the typed parts stay readable


def test_a_number_typed_in_blue_is_not_taken_as_black_type():
    """Ink of another colour than the line's type is a pen's, whatever the glyphs' shape."""
    found = marks(header_page(SERIF, hand={"number_ink": "#1d3fb8"}))
    assert "number" in fields_of(found), found


def test_a_handwritten_number_in_a_scanned_pdf_is_null_with_its_page_and_box(tmp_path):
    path = tmp_path / "qd.pdf"
    path.write_bytes(scan_pdf([header_page(SERIF, hand={"number": {"scale": 1.4}})]))
    doc = process(path)
    meta = doc.metadata
    assert meta.number is None and meta.symbol == "QĐ-UBND" and meta.issued_date == "2025-10-17"
    warning = next(w for w in doc.warnings if w.code == "number_handwritten")
    x0, top, x1, bottom = warning.where["bbox"]
    assert warning.where["page"] == 1 and 0 < x0 < x1 < 595 / 2 and 0 < top < bottom < 842 / 4


def test_a_handwritten_day_leaves_the_typed_month_and_year(tmp_path):
    path = tmp_path / "qd.pdf"
    path.write_bytes(scan_pdf([header_page(SANS, hand={"day": {"scale": 1.4}})]))
    doc = process(path)
    assert (doc.metadata.number, doc.metadata.issued_date, doc.metadata.issued_date_partial) == ("1740/QĐ-UBND", None, "2025-10")
    assert any(w.code == "issue_date_handwritten" and w.where["fields"] == ["day"] for w in doc.warnings)


def test_line_kinds():
    assert handwriting.line_kind("Số: 932/QĐ-TTg") == "number"
    assert handwriting.line_kind("Hà Nội, ngày30 tháng 4 năm 2026") == "date"  # OCR glued the day to "ngày"
    assert handwriting.line_kind("Lâm Đồng. ngày: 03 tháng 02 năm 2026") == "date"
    assert handwriting.line_kind("Căn cứ Luật Công chứng ngày 26 tháng 11 năm 2024;") is None
    assert handwriting.line_kind("32/2024/QH15 ngày 29/6/2024;") is None
    assert handwriting.line_kind("số 67/2025/QH15 thì doanh nghiệp") is None
    assert handwriting.line_kind("Hà Nội, ngày44tháng năm 2026") == "date"
    assert handwriting.line_kind("Ngày 15/4/2025, Chương trình Phát triển Liên hợp quốc tại Việt Nam") is None


# ---------------------------------------------------------------------------------------------------
# The real scans: no handwritten value is ever output wrong


def _truth(folder) -> dict[str, dict]:
    return {row["file"]: row for row in map(json.loads, (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines())}


REAL_SCANS = ["101", "102", "105", "107", "117", "118", "119", "120", "121", "123", "124", "125"]


@needs(REALDOCS2)
@pytest.mark.parametrize("prefix", REAL_SCANS)
def test_real_scans_never_give_a_wrong_handwritten_value(prefix):
    truth = next(row for name, row in _truth(REALDOCS2).items() if name.startswith(prefix))
    doc = process(REALDOCS2 / truth["file"])
    meta = doc.metadata
    codes = {w.code for w in doc.warnings}
    if truth["number_handwritten"]:
        assert meta.number in (None, truth["number"]), meta.number
        if meta.number is None:
            assert codes & {"number_handwritten", "missing_number", "number_unreadable"}
    if truth["date_handwritten"]:
        assert meta.issued_date in (None, truth["issued_date"]), meta.issued_date
        if meta.issued_date_partial:
            assert truth["issued_date"].startswith(meta.issued_date_partial)


@needs(REALDOCS)
def test_realdocs_004_handwritten_number_and_date_are_null():
    doc = process(next(REALDOCS.glob("004_*.pdf")))
    assert doc.metadata.number is None and doc.metadata.issued_date is None
    codes = {w.code for w in doc.warnings}
    assert {"number_handwritten", "issue_date_handwritten"} <= codes
