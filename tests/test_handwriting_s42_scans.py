"""Handwritten number and day on scans made as real ones come (s42-ocr): the header page of tests/test_handwriting.py
with the number and the day written by pen, then scanned at 150/200/300 dpi, turned 1-3 degrees, with a red seal over
the date line, with JPEG artefacts, with specks over the number. Through the whole pipeline (a scanner's PDF), each
handwritten field is null with a warning that gives the page and a box a review page can crop, or read right; never
another value. The typed parts (symbol, month, year) stay read."""

from __future__ import annotations

import unicodedata

import pytest
from PIL import Image

from parsers.ocr import tesseract_problem
from pdfmaker import SANS, SERIF, as_jpeg, image_pdf, ocr_layer_pdf, sealed, skewed, speckled
from pipeline.outputs.report import crop
from pipeline.run import process
from test_handwriting import DPI, header_page
from conftest import slow_only

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(tesseract_problem() is not None, reason=str(tesseract_problem()))]

NUMBER, DAY = "1740", "17"
PEN = {"scale": 1.3, "width": 6}
BLUE_PEN = {"scale": 1.1, "colour": "#1d3fb8", "width": 5}
DATE_LINE_CENTRE = (1700 * 72 / DPI, 320 * 72 / DPI)  # header_page's "Lào Cai, ngày … tháng 10 năm 2025", points
NUMBER_AREA = (250, 260, 700, 360)  # its "Số: …" blank, pixels at 300 dpi


def _at(image: Image.Image, dpi: int) -> Image.Image:
    return image if dpi == DPI else image.resize((image.width * dpi // DPI, image.height * dpi // DPI), Image.LANCZOS)


def _specks_over_number(image: Image.Image) -> Image.Image:
    noisy = image.copy()
    noisy.paste(speckled(image.crop(NUMBER_AREA), share=0.01, seed=4), NUMBER_AREA[:2])
    return noisy


SCANS = {
    "150dpi": lambda page: (_at(page, 150), 150),
    "200dpi": lambda page: (_at(page, 200), 200),
    "300dpi-jpeg40": lambda page: (as_jpeg(page, 40), 300),
    "200dpi-jpeg30": lambda page: (as_jpeg(_at(page, 200), 30), 200),
    "turned+1": lambda page: (_at(skewed(page, 1.0), 200), 200),
    "turned-2": lambda page: (_at(skewed(page, -2.0), 200), 200),
    "turned+3": lambda page: (skewed(page, 3.0), 300),
    "red-seal-over-date": lambda page: (sealed(page, [DATE_LINE_CENTRE], DPI, radius=30), 300),
    "red-seal-over-date-150dpi": lambda page: (_at(sealed(page, [DATE_LINE_CENTRE], DPI, radius=30), 150), 150),
    "specks-over-number": lambda page: (_specks_over_number(page), 300),
    "turned-1.5-seal-jpeg": lambda page: (as_jpeg(_at(skewed(sealed(page, [DATE_LINE_CENTRE], DPI, radius=30), -1.5), 200), 45), 200),
}


def _run(tmp_path, face, pen, scan):
    image, dpi = SCANS[scan](header_page(face, number=NUMBER, day=DAY, hand={"number": pen, "day": pen}))
    path = tmp_path / "scan.pdf"
    path.write_bytes(image_pdf([image], dpi))
    return path, process(path)


# Each scan in both hands is 22 pages of OCR, 120 s of s52's run alone: `make test` reads each scan in one hand, the
# two taking turns down the list (so each hand meets sharp, coarse, turned and sealed scans), KEHOACH_SLOW=1 both.
HANDS = {"serif-pen": (SERIF, PEN), "sans-blue-pen": (SANS, BLUE_PEN)}
SCAN_CASES = [pytest.param(face, pen, scan, id=f"{hand}-{scan}", marks=[] if k % 2 == h else slow_only("the other hand"))
              for k, scan in enumerate(SCANS) for h, (hand, (face, pen)) in enumerate(HANDS.items())]


@pytest.mark.parametrize(("face", "pen", "scan"), SCAN_CASES)
def test_handwritten_number_and_day_are_null_with_a_box_or_right(tmp_path, face, pen, scan):
    path, doc = _run(tmp_path, face, pen, scan)
    meta, codes = doc.metadata, {w.code: w for w in doc.warnings}
    assert meta.number in (None, f"{NUMBER}/QĐ-UBND"), meta.number  # never another number
    assert meta.issued_date in (None, f"2025-10-{DAY}"), meta.issued_date
    assert meta.symbol in (None, "QĐ-UBND"), meta.symbol
    if meta.number is None:
        warning = codes.get("number_handwritten")
        assert warning is not None, sorted(codes)
        assert warning.where["page"] == 1
        x0, top, x1, bottom = warning.where["bbox"]
        assert 0 <= x0 < x1 <= 595 / 2 and 0 <= top < bottom <= 842 / 4, warning.where  # the number's area
        assert crop(str(path), doc.origin.format, warning.where["page"], warning.where["bbox"]) is not None
    if meta.issued_date is None:
        assert {"issue_date_handwritten", "issue_date_unreadable"} & set(codes), sorted(codes)


# An earlier OCR's text layer over the same scan, placed over the words (points): it read the written figures as other
# figures ("1748", "11"), as such layers do. Refused as garbage (marks lost, mojibake) the page is read by OCR; kept
# (a layer with its marks) its figures must be confirmed by the image. Either way the written fields are null or right.
LAYER = [(60, 26, "ỦY BAN NHÂN DÂN"), (276, 26, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), (60, 43, "TỈNH LÀO CAI"),
         (312, 43, "Độc lập - Tự do - Hạnh phúc"), (60, 70, "Số: 1748/QĐ-UBND"),
         (300, 70, "Lào Cai, ngày 11 tháng 10 năm 2025"), (252, 106, "QUYẾT ĐỊNH"),
         (96, 125, "Về việc phê duyệt kế hoạch cải cách hành chính năm 2026"),
         (60, 158, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2025;")]
GARBLES = {
    "marks lost": lambda text: "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
                               .replace("đ", "d").replace("Đ", "D"),
    "mojibake": lambda text: text.encode("utf-8").decode("cp1252", errors="replace"),
    "kept, misread figures": lambda text: text,
}


@pytest.mark.parametrize("garble", GARBLES.values(), ids=GARBLES.keys())
def test_an_earlier_ocr_layer_gives_no_figure_the_pen_wrote(tmp_path, garble):
    page = as_jpeg(_at(header_page(SERIF, number=NUMBER, day=DAY, hand={"number": PEN, "day": PEN}), 200), 50)
    path = tmp_path / "layered.pdf"
    path.write_bytes(ocr_layer_pdf(page, [(x, top, garble(text)) for x, top, text in LAYER]))
    doc = process(path)
    meta, codes = doc.metadata, {w.code for w in doc.warnings}
    assert meta.number in (None, f"{NUMBER}/QĐ-UBND"), meta.number
    assert meta.issued_date in (None, f"2025-10-{DAY}"), meta.issued_date
    assert meta.number or {"number_handwritten", "number_unreadable"} & codes, sorted(codes)
    assert meta.issued_date or {"issue_date_handwritten", "issue_date_unreadable"} & codes, sorted(codes)
