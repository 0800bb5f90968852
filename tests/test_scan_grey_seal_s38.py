"""Grey print that is no seal, in a greyscale scan of a table (s38-greyseal): the grey seal's removal (s37) took every
long grey stroke in a table for a seal's ring and cleared what was not black round it, so a scan's thin rules printed
grey lost their frame (seen on a real scan's task table), and a shaded header row, grey header text, a faded column
or a toner streak lost their print. A seal is now a ring: a box a seal's size, nearly square, grey all round near its
edge, hollow within, and long straight runs (rules) are kept. Without OCR: each case is one page's pixels."""

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from parsers import ocr
from test_scan_grey_seal_s37 import XS, grey_seal
from test_scan_tables import FONT, HEADER, LEFT, ROW, ROWS, TOP, needs_font

PPT = 300 / 72
BOTTOM = TOP + (len(ROWS) + 1) * ROW


def page(rules: int = 0, rule_width: int = 3, shading: int | None = None, header: int = 0, body: int = 0,
         streak: tuple[int, int, int] | None = None, fading: bool = False) -> Image.Image:
    """The task table at 300 dpi, its parts printed at the grey levels given: ``rules`` (the grid), ``shading`` (the
    header row's background), ``header`` and ``body`` (the text); ``streak``: a band of columns (from, to) whose print
    is no darker than a level, as a toner streak leaves it; ``fading``: the print fading from black at the left to
    mid-grey at the right."""
    font = ImageFont.truetype(str(FONT), 40)
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    draw.text((LEFT, 300), "PHỤ LỤC", font=font, fill=0)
    if shading is not None:
        draw.rectangle((XS[0], TOP, XS[-1], TOP + ROW), fill=shading)
    for r, cells in enumerate([HEADER] + ROWS):
        y = TOP + r * ROW
        draw.line([(XS[0], y), (XS[-1], y)], fill=rules, width=rule_width)
        bounds = [XS[0], XS[1], XS[-1]] if len(cells) == 2 else XS
        for x in bounds:
            draw.line([(x, y), (x, y + ROW)], fill=rules, width=rule_width)
        for c, text in enumerate(cells):
            draw.text((bounds[c] + 15, y + 30), text, font=font, fill=header if r == 0 else body)
    draw.line([(XS[0], BOTTOM), (XS[-1], BOTTOM)], fill=rules, width=rule_width)
    pixels = np.asarray(image).astype(float)
    lightest = np.zeros(pixels.shape[1])  # the darkest each column prints
    if streak:
        lightest[streak[0]:streak[1]] = streak[2]
    if fading:
        lightest = np.linspace(0, 150, pixels.shape[1])
    pixels = lightest + pixels * (255 - lightest) / 255
    return Image.fromarray(pixels.round().astype(np.uint8))


def emblem(image: Image.Image, centre: tuple[float, float], radius: float, level: int = 120) -> Image.Image:
    """A round grey emblem printed on the page (no seal): a ring round a lighter disc, a lozenge in it."""
    stamp = Image.new("L", image.size, 255)
    draw = ImageDraw.Draw(stamp)
    x, y = centre
    draw.ellipse((x - radius, y - radius, x + radius, y + radius), outline=level, width=10)
    draw.ellipse((x - 0.8 * radius, y - 0.8 * radius, x + 0.8 * radius, y + 0.8 * radius), fill=level + 60)
    draw.polygon([(x, y - 0.6 * radius), (x + 0.2 * radius, y), (x, y + 0.6 * radius), (x - 0.2 * radius, y)], fill=level)
    return Image.fromarray((np.asarray(image, np.uint16) * np.asarray(stamp, np.uint16) // 255).astype(np.uint8))


def _tables(image):
    edges, rule_pixels = ocr.ruling_edges(image, PPT)
    return ocr.scanned_tables(edges, lambda: ocr._ink_boxes(image, rule_pixels, PPT))


NO_SEAL = {
    "grey rules, 3 px": lambda: page(rules=120),
    "grey rules, 2 px": lambda: page(rules=110, rule_width=2),
    "thin light rules, 1 px": lambda: page(rules=130, rule_width=1),
    "a header row shaded mid-grey": lambda: page(shading=140),
    "the header's text printed grey": lambda: page(header=110),
    "the body faded, the header black": lambda: page(body=110),
    "a toner streak down the lead column": lambda: page(streak=(XS[2], XS[3], 110)),
    "a toner streak down the task column": lambda: page(streak=(XS[1] + 200, XS[1] + 700, 120)),
    "print fading across the page": lambda: page(fading=True),
    "a small grey emblem in a header cell": lambda: emblem(page(), (XS[1] + 100, TOP + 55), 50),
}


@needs_font
@pytest.mark.parametrize("case", NO_SEAL)
def test_grey_print_that_makes_no_ring_is_left_as_printed(case):
    image = NO_SEAL[case]()
    tables = _tables(image)
    assert tables
    assert ocr._without_grey_seals(image, tables, PPT) is None


SEALED = {  # (the page, where the seal is stamped)
    "over grey rules": (lambda: page(rules=120), (XS[3], TOP + 3 * ROW)),
    "over a shaded header row": (lambda: page(shading=170), (XS[2] + 100, TOP + 2 * ROW)),
    "across the table's foot": (page, (XS[3], BOTTOM + 20)),
}


@needs_font
@pytest.mark.parametrize("case", SEALED)
def test_a_seal_over_grey_print_goes_and_the_rules_and_black_print_stay(case):
    make, centre = SEALED[case]
    printed = np.asarray(make())
    sealed = grey_seal(Image.fromarray(printed), centre)
    cleaned = np.asarray(ocr._without_grey_seals(sealed, _tables(sealed), PPT))
    inside = (slice(TOP + 8, BOTTOM - 8), slice(XS[0] + 8, XS[-1] - 8))  # the table but its frame
    seal_only = (np.asarray(sealed) < 200) & (printed >= 200)
    assert not (seal_only[inside] & (cleaned[inside] < 200)).any()
    assert (cleaned[printed < 40] < 40).all()
    rules = np.zeros_like(printed, bool)  # the grid's lines, grey or black, their pixels the seal does not darken
    for y in range(TOP, BOTTOM + 1, ROW):
        rules[y - 1:y + 2, XS[0]:XS[-1]] = True
    rules &= (printed < 200) & (np.asarray(sealed) == printed)
    assert (cleaned[rules] < 200).all()
