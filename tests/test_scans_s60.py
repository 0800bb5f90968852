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

from conftest import slow_only
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


# -- figures written by hand into a typed scanned table: never a confident wrong deadline ----------------------------

# a hand's figures as pen strokes in a unit box (x right, y down), drawn slanted, each point moved by a pixel or two
_PEN_STROKES = {
    "0": [[(0.5, 0), (0.15, 0.2), (0.1, 0.6), (0.35, 1), (0.7, 0.9), (0.9, 0.4), (0.7, 0.05), (0.5, 0)]],
    "1": [[(0.3, 0.2), (0.6, 0), (0.55, 1)]],
    "2": [[(0.1, 0.25), (0.4, 0), (0.8, 0.1), (0.8, 0.4), (0.1, 1), (0.9, 0.95)]],
    "3": [[(0.15, 0.1), (0.7, 0.05), (0.4, 0.45), (0.85, 0.65), (0.6, 1), (0.1, 0.9)]],
    "4": [[(0.6, 0), (0.05, 0.7), (0.9, 0.7)], [(0.65, 0.35), (0.6, 1)]],
    "5": [[(0.85, 0), (0.25, 0), (0.2, 0.45), (0.7, 0.45), (0.85, 0.75), (0.5, 1), (0.1, 0.9)]],
    "6": [[(0.75, 0), (0.25, 0.4), (0.15, 0.85), (0.5, 1), (0.8, 0.75), (0.55, 0.5), (0.2, 0.65)]],
    "7": [[(0.1, 0.05), (0.9, 0), (0.35, 1)]],
    "8": [[(0.5, 0.45), (0.15, 0.2), (0.5, 0), (0.85, 0.2), (0.5, 0.45), (0.1, 0.75), (0.5, 1), (0.9, 0.75), (0.5, 0.45)]],
    "9": [[(0.8, 0.3), (0.45, 0.5), (0.15, 0.25), (0.45, 0), (0.8, 0.2), (0.7, 1)]],
    "/": [[(0.9, 0), (0.1, 1)]]}


def _write_by_hand(draw, x: float, y: float, text: str, height: float, pen: int, seed: int, ink) -> None:
    import random

    jitter = random.Random(seed)
    for figure in text:
        width = height * (0.4 if figure == "/" else 0.6)
        for stroke in _PEN_STROKES[figure]:
            draw.line([(x + px * width + (1 - py) * height * 0.2 + jitter.uniform(-2, 2), y + py * height + jitter.uniform(-2, 2))
                       for px, py in stroke], fill=ink, width=pen, joint="curve")
        x += width + height * 0.15 + jitter.uniform(0, 4)


def _table_with_handwritten_deadlines(path, written: tuple[str, str], pen: int, seed: int, ink=(0, 0, 0)) -> None:
    """A scanned annex page (300 dpi; greyscale where the pen is black): a typed task table ruled black whose
    deadlines are typed in rows 1 and 3 and written by hand in the pen's ``ink`` in rows 2 and 4."""
    from PIL import ImageDraw, ImageFont

    from tests.test_scans_s59 import FONT, HEADER, ROWS

    font = ImageFont.truetype(str(FONT), 34)
    image = Image.new("RGB", (2480, 1300), "white")
    draw = ImageDraw.Draw(image)
    draw.text((700, 100), "PHỤ LỤC: NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH", font=font, fill="black")
    xs = [120]
    for width in (130, 820, 480, 480, 400):
        xs.append(xs[-1] + width)
    top, height = 250, 120
    rows = [HEADER, *[[*row[:4], None if r % 2 else row[4]] for r, row in enumerate(ROWS)]]
    for r, cells in enumerate(rows):
        for c, cell in enumerate(cells):
            if cell is None:
                _write_by_hand(draw, xs[c] + 25, top + r * height + 35, written[r // 2 - 1], 48, pen, seed + r, ink)
            else:
                draw.text((xs[c] + 14, top + r * height + 38), cell, font=font, fill="black")
    for r in range(len(rows) + 1):
        draw.line([(xs[0], top + r * height), (xs[-1], top + r * height)], fill="black", width=3)
    for x in xs:
        draw.line([(x, top), (x, top + len(rows) * height)], fill="black", width=3)
    (image if max(ink) - min(ink) else image.convert("L")).save(path, dpi=(300, 300))


@pytest.mark.parametrize("written, pen, seed", [
    pytest.param(("15/7/2026", "31/12/2025"), 4, 2, marks=slow_only("a page by OCR")),
    pytest.param(("28/4/2026", "10/8/2026"), 3, 3, marks=slow_only("a page by OCR")),
    pytest.param(("30/6/2026", "20/10/2026"), 4, 6, marks=slow_only("a page by OCR"))])
@needs_font
def test_a_deadline_written_by_hand_in_a_typed_table_is_no_confident_wrong_date(tmp_path, written, pen, seed):
    """Tesseract reads a hand's figures as other figures ("10/8/2026" as "I0/4/202é", "30/6/2026" as "50/4/2024"):
    a deadline so read is either the date written, or null, or kept with deadline_unsure/cell_unreadable naming the
    task (the report crops the cell). The typed rows' deadlines are read."""
    from pipeline.run import process

    path = tmp_path / "annex.png"
    _table_with_handwritten_deadlines(path, written, pen, seed)
    doc = process(path)
    flagged = " ".join(str(w.message) for w in doc.warnings if w.code in ("deadline_unsure", "cell_unreadable"))
    by_number = {task.number: task for task in doc.tasks}
    assert by_number["1"].deadline.end == "2026-09-30" and by_number["3"].deadline.end == "2026-12-31"
    for number, text in (("2", written[0]), ("4", written[1])):
        task = by_number[number]
        day, month, year = (int(part) for part in text.split("/"))
        dated = task.deadline is not None and task.deadline.end is not None
        assert not dated or task.deadline.end == f"{year:04d}-{month:02d}-{day:02d}" or task.id in flagged


@pytest.mark.parametrize("written", [pytest.param(("30/6/2026", "10/8/2026"), marks=slow_only("a page by OCR"))])
@needs_font
def test_a_deadline_written_in_blue_pen_is_flagged(tmp_path, written):
    """s60's strict xfail, passing since s62: the blue ink taken out before the page is read still marks the cell as
    holding ink (``ocr._unreadable_cells``); variants in tests/test_scans_s62.py."""
    from pipeline.run import process

    path = tmp_path / "annex.png"
    _table_with_handwritten_deadlines(path, written, 4, 5, ink=(25, 40, 150))
    doc = process(path)
    flagged = " ".join(str(w.message) for w in doc.warnings if w.code in ("deadline_unsure", "cell_unreadable"))
    assert "table_1__task_2" in flagged and "table_1__task_4" in flagged


# -- a faint grid with a group's row across the table (review s60) ---------------------------------------------------

_GROUPED_WIDTHS = [120, 700, 420, 420, 260, 260]  # pixels at 300 dpi: number, task, lead, support, start, end


def _grey_table_with_group_rows(dpi: int, group_height: int, worn: bool, stamp: bool = False) -> tuple[Image.Image, float]:
    """A task table ruled grey 180 (drawn at 300 dpi, then scaled) whose header's last cell spans the two date columns
    (the rule between them starts under it) and whose task rows follow a group's row across the whole table,
    ``group_height`` pixels high (the column rules stop at it); ``worn``: every rule broken by a millimetre every
    2 cm, the gaps lying on the rules only; ``stamp``: a round stamp printed grey 150 over the task rows."""
    from PIL import ImageDraw, ImageFont

    from tests.test_scans_s59 import FONT

    font = ImageFont.truetype(str(FONT), 30)
    image = Image.new("L", (2480, 1500), 255)
    draw = ImageDraw.Draw(image)
    xs = [120]
    for width in _GROUPED_WIDTHS:
        xs.append(xs[-1] + width)
    kinds = ["header", "subheader", "group", "task", "task", "group", "task", "task"]
    ys = [300]
    for kind in kinds:
        ys.append(ys[-1] + {"header": 80, "subheader": 80, "group": group_height}.get(kind, 120))
    for c, text in enumerate(["TT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời gian"]):
        draw.text((xs[c] + 10, ys[0] + 20), text, font=font, fill=0)
    draw.text((xs[4] + 10, ys[1] + 20), "Bắt đầu", font=font, fill=0)
    draw.text((xs[5] + 10, ys[1] + 20), "Kết thúc", font=font, fill=0)
    number = 0
    for r, kind in enumerate(kinds):
        if kind == "group":
            draw.text((xs[0] + 10, ys[r] + (group_height - 34) // 2), "II. NHIỆM VỤ VỀ CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
                      font=font, fill=0)
        elif kind == "task":
            number += 1
            for c, text in enumerate([str(number), "Rà soát quy hoạch", "Sở Tài chính", "UBND các xã", "01/2026", "12/2026"]):
                draw.text((xs[c] + 10, ys[r] + 40), text, font=font, fill=0)
    for r, y in enumerate(ys):
        draw.line([(xs[4] if r == 1 else xs[0], y), (xs[-1], y)], fill=180, width=3)
    for k, x in enumerate(xs):
        for r, kind in enumerate(kinds):
            inner = 0 < k < len(xs) - 1
            if not (inner and kind == "group") and not (k == 5 and kind == "header"):
                draw.line([(x, ys[r]), (x, ys[r + 1])], fill=180, width=3)
    if stamp:
        for inset in (0, 40):
            draw.ellipse([1200 + inset, 600 + inset, 1600 - inset, 1000 - inset], outline=150, width=6 - 2 * (inset > 0))
    if worn:
        for k in range(60, image.width, 236):
            for y in ys:
                draw.rectangle([k, y - 2, k + 11, y + 2], fill=255)
        for k in range(ys[0] + 60, ys[-1], 236):
            for x in xs:
                draw.rectangle([x - 2, k, x + 2, k + 11], fill=255)
    if dpi != 300:
        image = image.resize((round(image.width * dpi / 300), round(image.height * dpi / 300)), Image.LANCZOS)
    return image, dpi / 72


@needs_font
@pytest.mark.parametrize("dpi, group_height, worn", [(300, 60, False), (200, 60, False), (300, 75, True),
                                                     (200, 75, True)],
                         ids=["5mm-300", "5mm-200", "6mm-300-worn", "6mm-200-worn"])
def test_a_group_row_across_a_faint_grid_stays_one_cell(monkeypatch, dpi, group_height, worn):
    """A column rule stops at a group's row across the table: the worn gaps bridged on the ink apart from the letters
    only, so the rule does not run on through the group's words into a rule that splits its cell (review: a row 5 mm
    high was split in 3, a task's number and name read as a group's). Task rows keep their six cells."""
    tables = _tables(monkeypatch, *_grey_table_with_group_rows(dpi, group_height, worn),
                     ["TT Nội dung công việc Chủ trì Phối hợp Thời gian"])
    assert len(tables) == 1
    assert [len([c for c in row.cells if c]) for row in tables[0].rows][2:] == [1, 6, 6, 1, 6, 6]


@needs_font
def test_a_grey_stamp_over_a_faint_grid_adds_no_cell(monkeypatch):
    """A round stamp printed grey over a grid ruled light grey: the ring's upright sides bow, no rule (s61: its strict
    xfail, left by s60's review, passes; variants in tests/test_scans_s61.py)."""
    tables = _tables(monkeypatch, *_grey_table_with_group_rows(300, 120, False, stamp=True),
                     ["TT Nội dung công việc Chủ trì Phối hợp Thời gian"])
    assert [len([c for c in row.cells if c]) for row in tables[0].rows][2:] == [1, 6, 6, 1, 6, 6]
