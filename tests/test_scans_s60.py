"""Scanned task tables ruled light grey and worn, mid grey, or fed askew (s60).

s59 looked for a grey-ruled table's rules again below the print's ink level (``parsers.ocr._faint_ink``), but a worn
copy's rules, broken by a millimetre here and there, were refused as in pieces (``scan_grid_worn``, the page read as
lines): the gaps are now bridged by their length on the page (``_WORN_GAP_MM``, so many pixels at each resolution).
Rules of a mid grey (130-150), darker than the ink level only in part, gave a grid with whole column rules lost: the
faint look is taken there too. A page fed askew had its turn measured on rules found at the ink level only: a grey
grid stayed turned and no table was found.

No Tesseract: the page is drawn (``tests.test_scans_s59.grey_table``) and what the page read is stood in for."""

from __future__ import annotations

import pytest
from PIL import Image

from parsers import ocr
from tests.test_scans_s59 import WIDTHS, _read_as, _shape, _tables, grey_table, needs_font

# the drawn grid's column rules and rules across, in points (drawn at 300 dpi from x 120, y 300; rows 120 px)
_COLUMN_RULES = [(120 + sum(WIDTHS[:k])) * 72 / 300 for k in range(len(WIDTHS) + 1)]
_ROW_RULES = [(300 + 120 * k) * 72 / 300 for k in range(6)]


def _printed_grid(tables: list, shift: float = 0.0) -> bool:
    """Whether the one table found has the drawn grid's cells: five rows of five, each cell between the drawn rules
    (within 2 pt; ``shift``: the rows' offset on a page turned straight)."""
    if len(tables) != 1 or len(tables[0].rows) != 5:
        return False
    for row, (top, bottom) in zip(tables[0].rows, zip(_ROW_RULES, _ROW_RULES[1:])):
        cells = [c for c in row.cells if c]
        if len(cells) != 5:
            return False
        for cell, (left, right) in zip(cells, zip(_COLUMN_RULES, _COLUMN_RULES[1:])):
            if max(abs(cell[0] - left), abs(cell[2] - right)) > 2 or \
                    max(abs(cell[1] - shift - top), abs(cell[3] - shift - bottom)) > 2:
                return False
    return True


@needs_font
@pytest.mark.parametrize("variant", [
    dict(dpi=300), dict(dpi=200), dict(dpi=150), dict(dpi=200, jpeg=True), dict(dpi=300, gap=13, level=200),
    dict(dpi=200, level=165, paper=230, text=20)],
    ids=["1mm-300", "1mm-200", "1mm-150", "1mm-jpeg200", "1.1mm-300-grey200", "1mm-200-grey-paper"])
def test_a_grey_grid_worn_by_short_gaps_is_found_whole(monkeypatch, variant):
    """Rules broken by a millimetre every 2 cm (a worn photocopy): the gaps bridged, the printed grid is found (main:
    refused as in pieces, the page read as lines, its rows lost)."""
    assert _printed_grid(_tables(monkeypatch, *grey_table(**{"level": 180, "broken": True, "gap": 12, **variant})))


@needs_font
@pytest.mark.parametrize("variant", [dict(dpi=150), dict(dpi=300, level=200)], ids=["150", "300-grey200"])
def test_a_grey_grid_worn_by_wide_gaps_stays_refused_and_warned(monkeypatch, variant):
    """Gaps of 2 mm are more than the wear bridged: read as lines, warned (as s59)."""
    image, scale = grey_table(**{"level": 180, "broken": True, "gap": 24, **variant})
    _read_as(monkeypatch, ["TT Nội dung công việc Cơ quan chủ trì Cơ quan phối hợp Thời hạn"], scale)
    warnings = []
    ocr.page_blocks(image.convert("RGB"), 1, 1, scale, warnings=warnings)
    assert [w.code for w in warnings] == ["scan_grid_worn"]


@needs_font
@pytest.mark.parametrize("level, dpi, jpeg", [(150, 200, False), (140, 200, False), (150, 200, True)],
                         ids=["150-200", "140-200", "150-200-jpeg"])
def test_a_table_ruled_mid_grey_found_in_part_at_the_ink_level_is_found_whole(monkeypatch, level, dpi, jpeg):
    """Rules grey 140-150 scaled to 200 dpi: darker than the ink level on some pixel columns only, so a grid of 3 or
    4 of the 5 columns was found (a task's name and its number, or its lead and support, one cell)."""
    assert _printed_grid(_tables(monkeypatch, *grey_table(level, dpi, jpeg=jpeg)))


@needs_font
@pytest.mark.parametrize("angle, variant", [
    (0.5, dict(dpi=200)), (1.0, dict(dpi=300)), (1.5, dict(dpi=150, level=200)),
    (1.0, dict(dpi=200, broken=True, gap=12, jpeg=True)), (-0.8, dict(dpi=300, broken=True, gap=12))],
    ids=["0.5-200", "1.0-300", "1.5-150-grey200", "1.0-200-worn-jpeg", "-0.8-300-worn"])
def test_a_grey_grid_fed_askew_is_turned_straight_and_found(monkeypatch, angle, variant):
    """The page's turn measured on its faint rules (none at the ink level): turned straight, every row of the grid
    is found, each row one row of the print (main: no table, the rows lost)."""
    image, scale = grey_table(**{"level": 180, **variant})
    image = image.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    tables = _tables(monkeypatch, image, scale)
    assert _shape(tables) == [(5, 5)]
    heights = [round(max(c[3] for c in row.cells if c) - min(c[1] for c in row.cells if c)) for row in tables[0].rows]
    assert all(abs(h - 28.8) <= 1.5 for h in heights)  # no row split or two merged


@needs_font
def test_a_black_grid_is_not_looked_for_again(monkeypatch):
    """Rules printed black: no faint look (their pixels far darker than the ink level)."""
    calls = []
    edges = ocr.ruling_edges
    monkeypatch.setattr(ocr, "ruling_edges", lambda *a, **k: calls.append(k.get("faint", False)) or edges(*a, **k))
    assert _printed_grid(_tables(monkeypatch, *grey_table(0, 200)))
    assert True not in calls
