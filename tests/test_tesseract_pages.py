"""The handwriting check's readings alone, all sizes of one page segmentation read by one Tesseract process
(parsers/tesseract.py run_tesseract_pages), give what one process a reading gave: the same text for each image, so
the same decisions. Blanks drawn by tests/test_handwriting.py's header_page: typed figures in two faces, on a clean
page and a grey JPEG, and figures written with a thin pen that the readings alone tell apart."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from parsers import handwriting, tesseract
from parsers.ocr import tesseract_problem
from pdfmaker import DEJAVU_SERIF, SANS, as_jpeg, on_grey_paper
from test_handwriting import _STROKES, header_page

pytestmark = pytest.mark.skipif(tesseract_problem() is not None, reason=str(tesseract_problem()))

NUMBER_LINE = (200, 260, 1150, 360)  # header_page's "Số: …/QĐ-UBND", pixels
DIGITS = ("-l", "eng", "-c", "tessedit_char_whitelist=0123456789")
NINE = [[(0.85, 0.3), (0.5, 0.0), (0.15, 0.2), (0.4, 0.5), (0.85, 0.3), (0.6, 1.0)]]  # as handwriting_variants draws it


def _number_blank(page: Image.Image) -> tuple[np.ndarray, tuple[int, int, int, int], tuple[int, int]]:
    line = page.crop(NUMBER_LINE)
    rgb, glyphs = np.asarray(line.convert("RGB")), handwriting.makebox(line.convert("L"))
    field = next(f for f in handwriting.fields(rgb, glyphs, "number") if f.name == "number")
    return rgb, field.box, (min(g.top for g in glyphs), max(g.bottom for g in glyphs))


def _one_process_a_reading(images: list[tuple[Image.Image, str]]) -> list[str]:
    """The readings as read before: each image by a Tesseract process of its own."""
    return [tesseract.run_tesseract(image, *DIGITS, "--psm", psm, timeout=60) for image, psm in images]


def _one_process_a_segmentation(images: list[tuple[Image.Image, str]]) -> list[str]:
    texts: dict[int, str] = {}
    for psm in dict.fromkeys(way for _, way in images):
        indexes = [n for n, (_, way) in enumerate(images) if way == psm]
        texts |= zip(indexes, tesseract.run_tesseract_pages([images[n][0] for n in indexes], *DIGITS, "--psm", psm, timeout=60))
    return [texts[n] for n in range(len(images))]


@pytest.mark.parametrize(("face", "number", "hand", "scan"), [
    (SANS, "1740", None, "clean"),
    (DEJAVU_SERIF, "09", None, "jpeg"),
    (DEJAVU_SERIF, "914", {"number": {"scale": 0.95, "width": 4, "slant": 0.0}}, "clean"),  # read '974', '9714', '914'
], ids=["typed-sans", "typed-serif-jpeg", "written-thin"])
def test_readings_alone_are_those_of_one_process_a_reading(monkeypatch, face, number, hand, scan):
    monkeypatch.setitem(_STROKES, "9", NINE)
    page = header_page(face, number=number, hand=hand)
    if scan == "jpeg":
        page = as_jpeg(on_grey_paper(page, 215), 50)
    rgb, box, band = _number_blank(page)
    images = handwriting.alone_images(rgb, box, band)
    before = _one_process_a_reading(images)
    assert len(images) == len(handwriting._ALONE_READINGS) and any(text.strip() for text in before)
    assert _one_process_a_segmentation(images) == before
    assert handwriting.readings_alone(rgb, box, band) == {"".join(text.split()) for text in before}


def _figure_one() -> Image.Image:
    image = Image.new("L", (60, 90), 255)
    ImageDraw.Draw(image).line((30, 10, 30, 80), fill=0, width=6)
    return image


def test_an_image_read_as_nothing_keeps_its_place_among_the_others():
    images = [_figure_one(), Image.new("L", (60, 90), 255), Image.new("L", (11, 11), 255), _figure_one()]
    for psm in ("7", "8"):
        before = [tesseract.run_tesseract(image, *DIGITS, "--psm", psm, timeout=60) for image in images]
        assert tesseract.run_tesseract_pages(images, *DIGITS, "--psm", psm, timeout=60) == before


def test_output_that_does_not_part_into_one_text_an_image_is_read_image_by_image(monkeypatch):
    images = [_figure_one(), Image.new("L", (60, 90), 255)]
    before = [tesseract.run_tesseract(image, *DIGITS, "--psm", "8", timeout=60) for image in images]
    monkeypatch.setattr(tesseract, "_PAGE_SEPARATOR", "\v")  # never in Tesseract's text: one part for two images
    assert tesseract.run_tesseract_pages(images, *DIGITS, "--psm", "8", timeout=60) == before
