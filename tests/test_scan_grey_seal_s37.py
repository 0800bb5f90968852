"""A seal stamped over a scanned task table, the scan in greyscale (s37-cells): a red seal scanned grey keeps no
colour to take it out by, so its ring and the body's name round it were read into the cells (the ring's letters in a
lead, "QuàIÌbo2o" for a deadline, a ring's level arc taken for a rule that cut the letters under it). The seal's grey
is lighter than the print's black: inside the box its ring's strokes span, what is not black is taken out, and the
cells read as printed; print that is grey all over (a faded copy) is left alone."""

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from parsers import ocr
from pipeline.run import process
from test_scan_tables import FONT, LEFT, ROW, ROWS, TOP, needs_font, needs_tesseract, table_page

XS = [LEFT + sum(w) for w in ([], [150], [150, 1000], [150, 1000, 650], [150, 1000, 650, 400])]
PPT = 300 / 72


def grey_seal(image: Image.Image, centre: tuple[float, float], radius: float = 166, level: int = 89,
              name: str = "ỦY BAN NHÂN DÂN") -> Image.Image:
    """The page with a seal stamped at ``centre`` (pixels) as a greyscale scan shows a red one: a thick ring, a thin
    inner ring and the body's name, all ``level`` grey, darkening the print under them as ink does (black stays black)."""
    stamp = Image.new("L", image.size, 255)
    draw = ImageDraw.Draw(stamp)
    x, y = centre
    draw.ellipse((x - radius, y - radius, x + radius, y + radius), outline=level, width=12)
    draw.ellipse((x - 0.7 * radius, y - 0.7 * radius, x + 0.7 * radius, y + 0.7 * radius), outline=level, width=4)
    font = ImageFont.truetype(str(FONT), 28)
    width = draw.textlength(name, font=font)
    draw.text((x - width / 2, y - 16), name, fill=level, font=font)
    return Image.fromarray((np.asarray(image, np.uint16) * np.asarray(stamp, np.uint16) // 255).astype(np.uint8))


def faded_page() -> Image.Image:
    """The test page printed grey all over (a faded photocopy): its print 90 grey, its edges lighter."""
    return Image.fromarray(np.maximum(np.asarray(table_page()), 90).astype(np.uint8))


def printed(rows=ROWS):
    return [(r[1], [r[2]], r[3]) for r in rows if len(r) > 2]


def read(tmp_path, image):
    path = tmp_path / "annex.png"
    image.save(path, dpi=(300, 300))
    doc = process(path)
    return [(t.content, [m.name for m in t.lead], t.deadline.text if t.deadline else None) for t in doc.tasks]


SEALS = {  # (centre in pixels, radius, grey level, the body's name)
    "over the lead and deadline columns": ((XS[3], TOP + 3 * ROW), 166, 89, "ỦY BAN NHÂN DÂN"),
    "over the lead column, lower": ((XS[2] + 200, TOP + 5.5 * ROW), 150, 89, "SỞ TƯ PHÁP TỈNH"),
    "over the number and the task columns": ((XS[1], TOP + 2 * ROW), 166, 89, "ỦY BAN NHÂN DÂN"),
    "lighter, over the deadlines": ((XS[4] - 120, TOP + 6 * ROW), 180, 130, "VĂN PHÒNG UBND"),
}


@needs_tesseract
@needs_font
@pytest.mark.parametrize("where", SEALS)
def test_a_grey_seal_over_a_scanned_table_puts_none_of_its_ink_into_the_cells(tmp_path, where):
    centre, radius, level, name = SEALS[where]
    assert read(tmp_path, grey_seal(table_page(), centre, radius, level, name)) == printed()


@needs_tesseract
@needs_font
def test_a_faded_table_printed_grey_reads_as_printed(tmp_path):
    assert read(tmp_path, faded_page()) == printed()


def _tables(image):
    edges, rule_pixels = ocr.ruling_edges(image, PPT)
    return ocr.scanned_tables(edges, lambda: ocr._ink_boxes(image, rule_pixels, PPT))


@needs_font
@pytest.mark.parametrize("where", SEALS)
def test_the_seals_grey_goes_and_the_black_print_stays(where):
    """Without OCR: inside the table, no pixel of the seal's grey is left, and every black pixel of the print is."""
    centre, radius, level, name = SEALS[where]
    page = table_page()
    sealed = grey_seal(page, centre, radius, level, name)
    cleaned = np.asarray(ocr._without_grey_seals(sealed, _tables(sealed), PPT))
    box = (slice(TOP + 2, TOP + (len(ROWS) + 1) * ROW - 2), slice(XS[0] + 2, XS[-1] - 2))
    seal_only = (np.asarray(sealed) < 200) & (np.asarray(page) == 255)
    assert not (seal_only[box] & (cleaned[box] < 200)).any()
    black = np.asarray(page) < 40
    assert (cleaned[box][black[box]] < 40).all()


@needs_font
def test_no_seal_no_change():
    for page in (table_page(), faded_page()):
        assert ocr._without_grey_seals(page, _tables(page), PPT) is None
