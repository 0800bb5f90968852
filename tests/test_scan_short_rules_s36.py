"""Scanned tables whose column rules stop short of the frame (s36-scans): inner rules that begin under the header,
or end above the last row, as some offices print them or a scan loses their ends. The row they leave out keeps its
columns (the header had read as one cell: no task column, no task); a row in the middle across the table (a group's)
and a header cell printed across a column rule stay one cell."""

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from parsers import ocr
from pipeline.run import process
from pipeline.text import fold
from test_scan_tables import FONT, HEADER, ROWS, needs_font, needs_tesseract

TASKS = [r for r in ROWS if len(r) == 4]


def short_ruled_page(dpi: int, short: str) -> Image.Image:
    """An A4 page at ``dpi``: the task table of test_scan_tables with its inner column rules stopping short of the
    frame: ``short`` "top" (they begin under the header), "bottom" (they end above the last row) or "both"."""
    k = dpi / 300
    left, top, row, widths = 120 * k, 700 * k, 110 * k, [150 * k, 1000 * k, 650 * k, 400 * k]
    font = ImageFont.truetype(str(FONT), round(40 * k))
    image = Image.new("L", (round(2480 * k), round(3508 * k)), 255)
    draw = ImageDraw.Draw(image)
    draw.text((left, 300 * k), "PHỤ LỤC", font=font, fill=0)
    draw.text((left, 400 * k), "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026", font=font, fill=0)
    xs = [left + sum(widths[:n]) for n in range(len(widths) + 1)]
    rows = [HEADER, *ROWS]
    bottom = top + len(rows) * row
    for r, cells in enumerate(rows):
        y = top + r * row
        bounds = [xs[0], xs[1], xs[-1]] if len(cells) == 2 else xs
        for c, text in enumerate(cells):
            draw.text((bounds[c] + 15 * k, y + 30 * k), text, font=font, fill=0)
    for y in [top + r * row for r in range(len(rows) + 1)]:
        draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
    for n, x in enumerate(xs):
        inner = 0 < n < len(xs) - 1
        start = top + row if inner and short in ("top", "both") else top
        end = bottom - row if inner and short in ("bottom", "both") else bottom
        # the group rows have no inner rules: each inner rule is drawn row by row over the task rows
        for r, cells in enumerate(rows):
            y0, y1 = max(start, top + r * row), min(end, top + (r + 1) * row)
            if y0 < y1 and (not inner or len(cells) != 2 or n == 1):
                draw.line([(x, y0), (x, y1)], fill=0, width=3)
    draw.text((left, bottom + 150 * k), "Các cơ quan tổ chức thực hiện kế hoạch này.", font=font, fill=0)
    return image


@needs_tesseract
@needs_font
@pytest.mark.parametrize("dpi, short", [(300, "top"), (300, "bottom"), (200, "both")])
def test_column_rules_that_stop_short_of_the_frame_keep_the_rows_columns(tmp_path, dpi, short):
    path = tmp_path / "annex.png"
    short_ruled_page(dpi, short).save(path, dpi=(dpi, dpi))
    doc = process(path)
    (block,) = [b for b in doc.blocks if b.table is not None]
    grid = block.table.grid(across=False)
    assert [fold(c) for c in grid[0]] == [fold(h) for h in HEADER]
    got = [(fold(t.content), [fold(m.name) for m in t.lead], t.deadline.text if t.deadline else None) for t in doc.tasks]
    assert got == [(fold(r[1]), [fold(r[2])], r[3]) for r in TASKS]
    groups = [row for row in grid[1:] if fold(row[1]) in (fold(ROWS[0][1]), fold(ROWS[3][1]))]
    assert len(groups) == 2 and all(row[2] == "" and row[3] == "" for row in groups)  # still one cell across


def _edges(rules):
    """Edges in points as ``ruling_edges`` gives them: ("h", y, x0, x1) and ("v", x, top, bottom)."""
    found = []
    for kind, at, start, stop in rules:
        if kind == "h":
            found.append({"orientation": "h", "x0": start, "x1": stop, "top": at, "bottom": at})
        else:
            found.append({"orientation": "v", "x0": at, "x1": at, "top": start, "bottom": stop, "height": stop - start})
    return found


FRAME = [("h", 100, 50, 350), ("h", 130, 50, 350), ("h", 160, 50, 350), ("h", 190, 50, 350), ("h", 220, 50, 350),
         ("v", 50, 100, 220), ("v", 350, 100, 220)]


def test_a_rule_is_drawn_on_to_the_frame_only_through_a_clear_gutter_and_only_at_the_frame():
    blank = np.zeros((300, 400), bool)  # one pixel a point
    # a rule beginning under the header is drawn up to the frame's top; one ending above the last row, down
    (top_short, bottom_short) = [e for e in ocr._column_rules_to_frame(
        _edges([*FRAME, ("v", 150, 130, 220), ("v", 250, 100, 190)]), blank, 1.0) if e["orientation"] == "v"][2:]
    assert (top_short["top"], top_short["bottom"], bottom_short["top"], bottom_short["bottom"]) == (100, 220, 100, 220)
    # a header cell printed across the line ("Kinh phí" over two columns) keeps it from being drawn on
    header_across = blank.copy()
    header_across[110:120, 120:180] = True
    (rule,) = [e for e in ocr._column_rules_to_frame(_edges([*FRAME, ("v", 150, 130, 220)]), header_across, 1.0)
               if e["orientation"] == "v" and e["x0"] == 150]
    assert rule["top"] == 130
    # a row across the table in the middle (a group's): the rules above and below it stay apart
    rules = [e for e in ocr._column_rules_to_frame(_edges([*FRAME, ("v", 150, 100, 130), ("v", 150, 160, 220)]),
                                                   blank, 1.0) if e["orientation"] == "v" and e["x0"] == 150]
    assert sorted((e["top"], e["bottom"]) for e in rules) == [(100, 130), (160, 220)]
    # no frame round it: a rule under a lone line across (a signature's) is left as drawn
    (lone,) = [e for e in ocr._column_rules_to_frame(_edges([("h", 100, 50, 350), ("v", 150, 130, 220)]), blank, 1.0)
               if e["orientation"] == "v"]
    assert lone["top"] == 130
