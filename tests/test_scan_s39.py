"""Dashed and dotted rules in scanned tables (s39-scans): each dash of a dashed column rule was too short to be a rule
(the table was not found: no task read) or, long, a rule of its own that stopped short of the row's rules; dashed
row rules likewise. A row of thin marks on one line, each no longer than a dash, no gap wider than a dash's gap,
whose both ends reach the rules across it, is one rule now; a line of dots in a cell or in prose (a leader to fill
in) reaches no rule and stays dots. And a grey round emblem over a table, a seal's size or not, never takes black
print with it. Without OCR: each case is one page's pixels."""

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from parsers import ocr
from test_scan_grey_seal_s37 import XS
from test_scan_grey_seal_s38 import emblem, page as grey_page, _tables as grey_tables
from test_scan_tables import FONT, HEADER, ROWS, needs_font

CELLS_PER_ROW = [4, 2, 4, 4, 2, 4, 4]  # the header, then group rows one cell across the table and task rows


def _dashed(draw: ImageDraw.ImageDraw, start: tuple[float, float], stop: tuple[float, float], dash: float, gap: float,
            width: int) -> None:
    """A dashed line from ``start`` to ``stop``, level or upright, its pattern begun at ``start``."""
    (x0, y0), (x1, y1) = start, stop
    length, at = max(abs(x1 - x0), abs(y1 - y0)), 0.0
    while at < length:
        end = min(at + dash, length)
        draw.line([(x0, y0 + at), (x0, y0 + end)] if x0 == x1 else [(x0 + at, y0), (x0 + end, y0)], fill=0, width=width)
        at = end + gap


def dashed_page(dpi: int = 300, columns: tuple[float, float] | None = None, rows: tuple[float, float] | None = None,
                width: int = 3, leaders: bool = False) -> Image.Image:
    """An A4 page at ``dpi``: the task table of test_scan_tables framed by solid rules, its inner column rules
    (``columns``) and row rules (``rows``) dashed as (dash, gap) in points, each column rule's pattern begun again in
    every row as a word processor draws a cell's border; ``leaders``: lines of dots to fill in, in a cell and under
    the table."""
    k, ppt = dpi / 300, dpi / 72
    left, top, row, widths = 120 * k, 700 * k, 110 * k, [150 * k, 1000 * k, 650 * k, 400 * k]
    font = ImageFont.truetype(str(FONT), round(40 * k))
    image = Image.new("L", (round(2480 * k), round(3508 * k)), 255)
    draw = ImageDraw.Draw(image)
    draw.text((left, 300 * k), "PHỤ LỤC", font=font, fill=0)
    xs = [left + sum(widths[:n]) for n in range(len(widths) + 1)]
    lines = [HEADER, *ROWS]
    bottom = top + len(lines) * row
    for r, cells in enumerate(lines):
        bounds = [xs[0], xs[1], xs[-1]] if len(cells) == 2 else xs
        for c, text in enumerate(cells):
            draw.text((bounds[c] + 15 * k, top + r * row + 30 * k), text, font=font, fill=0)
    for r in range(len(lines) + 1):
        y = top + r * row
        if rows and 0 < r < len(lines):
            _dashed(draw, (xs[0], y), (xs[-1], y), rows[0] * ppt, rows[1] * ppt, width)
        else:
            draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=width)
    for n, x in enumerate(xs):
        inner = 0 < n < len(xs) - 1
        for r, cells in enumerate(lines):
            y0, y1 = top + r * row, top + (r + 1) * row
            if inner and len(cells) == 2 and n != 1:
                continue
            if inner and columns:
                _dashed(draw, (x, y0), (x, y1), columns[0] * ppt, columns[1] * ppt, width)
            else:
                draw.line([(x, y0), (x, y1)], fill=0, width=width)
    if leaders:
        dots = "." * 60
        draw.text((xs[2] + 15 * k, top + 2 * row + 70 * k), "Số: " + "." * 25, font=font, fill=0)
        for n in range(3):
            draw.text((left, bottom + (150 + 70 * n) * k), "Họ và tên: " + dots, font=font, fill=0)
    return image


def _read(image: Image.Image, dpi: int):
    ppt = dpi / 72
    edges, rule_pixels = ocr.ruling_edges(image, ppt)
    tables = ocr.scanned_tables(edges, lambda: ocr._ink_boxes(image, rule_pixels, ppt))
    return edges, tables


def _cells(tables) -> list[list[int]]:
    return [[len([c for c in row.cells if c]) for row in table.rows] for table in tables]


DASHED = {  # (dpi, column rules, row rules, rule width in pixels): dash and gap in points
    "dashed column rules": (300, (4.0, 2.5), None, 3),
    "dotted column rules": (300, (0.7, 1.4), None, 3),
    "long-dashed column rules": (300, (12.0, 3.5), None, 3),
    "short dashes, 200 dpi": (200, (2.0, 2.0), None, 2),
    "dashed row rules": (300, None, (4.0, 2.5), 3),
    "dotted row rules, 200 dpi": (200, None, (0.7, 1.4), 2),
    "long-dashed row rules": (300, None, (21.0, 4.0), 3),
    "dashed both ways": (300, (4.0, 2.5), (4.0, 2.5), 3),
    "dotted both ways": (300, (0.7, 1.4), (0.7, 1.4), 3),
    "dashed both ways, thin, 200 dpi": (200, (3.0, 2.5), (3.0, 2.5), 1),
}


@needs_font
@pytest.mark.parametrize("case", DASHED)
def test_a_dashed_rule_is_one_rule(case):
    dpi, columns, rows, width = DASHED[case]
    solid_edges, _ = _read(dashed_page(dpi, width=width), dpi)
    edges, tables = _read(dashed_page(dpi, columns, rows, width), dpi)
    assert _cells(tables) == [CELLS_PER_ROW]
    # as many rules as the solid table's: no dash, no gap, makes a column or a row of its own
    for orientation in "hv":
        assert len([e for e in edges if e["orientation"] == orientation]) == \
            len([e for e in solid_edges if e["orientation"] == orientation])


@needs_font
@pytest.mark.parametrize("dpi", [300, 200])
def test_lines_of_dots_to_fill_in_stay_dots(dpi):
    """Leaders in a cell ("Số: .....") and under the table reach no rule across them: the same rules as without."""
    plain, _ = _read(dashed_page(dpi), dpi)
    edges, tables = _read(dashed_page(dpi, leaders=True), dpi)
    assert _cells(tables) == [CELLS_PER_ROW]
    assert sorted((e["orientation"], round(e["x0"]), round(e["top"])) for e in edges) == \
        sorted((e["orientation"], round(e["x0"]), round(e["top"])) for e in plain)


PPT = 300 / 72
TOP, ROW = 700, 110


def _disc(image: Image.Image, centre: tuple[float, float], radius: float, level: int) -> Image.Image:
    """A solid grey disc printed over the page (a logo's fill): no ring, nothing hollow."""
    stamp = Image.new("L", image.size, 255)
    x, y = centre
    ImageDraw.Draw(stamp).ellipse((x - radius, y - radius, x + radius, y + radius), fill=level)
    return Image.fromarray((np.asarray(image, np.uint16) * np.asarray(stamp, np.uint16) // 255).astype(np.uint8))


def _watermark(image: Image.Image, level: int) -> Image.Image:
    """Large grey words printed across the page, turned (a watermark over the table)."""
    layer = Image.new("L", (3000, 400), 255)
    ImageDraw.Draw(layer).text((50, 50), "BẢN SAO NỘI BỘ", font=ImageFont.truetype(str(FONT), 220), fill=level)
    stamp = Image.new("L", image.size, 255)
    stamp.paste(layer.rotate(30, expand=True, fillcolor=255), (0, 500))
    return Image.fromarray((np.asarray(image, np.uint16) * np.asarray(stamp, np.uint16) // 255).astype(np.uint8))


CENTRE = (XS[2] + 100, TOP + 3 * ROW)
EMBLEMS = {  # a grey round emblem 20 mm across or more, over black print
    "a ringed emblem 25 mm across": (lambda image: emblem(image, CENTRE, 150), True),
    "a ringed emblem 42 mm across": (lambda image: emblem(image, CENTRE, 250), True),
    "a solid grey disc 25 mm across": (lambda image: _disc(image, CENTRE, 150, 150), False),
    "a darker solid disc 34 mm across": (lambda image: _disc(image, CENTRE, 200, 110), False),
    "a watermark across the page": (lambda image: _watermark(image, 170), False),
    "a darker watermark": (lambda image: _watermark(image, 120), False),
}


@needs_font
@pytest.mark.parametrize("case", EMBLEMS)
def test_a_grey_emblem_never_takes_black_print(case):
    """A ringed emblem a seal's size passes for a seal (its grey goes); a solid disc or a watermark makes no ring
    and is left. Either way every black pixel of the print stays black."""
    print_over, ringed = EMBLEMS[case]
    printed = np.asarray(grey_page())
    image = print_over(Image.fromarray(printed))
    cleaned = ocr._without_grey_seals(image, grey_tables(image), PPT)
    assert (cleaned is not None) == ringed
    if cleaned is not None:
        assert (np.asarray(cleaned)[printed < 40] < 40).all()
