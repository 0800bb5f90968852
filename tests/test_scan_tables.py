"""Tables in scans: ruling lines found as segments (a group row across the table breaks the column rules), a page fed
askew into the scanner turned straight, the narrow number column read again. Images drawn here: a task table at
300 dpi with group rows, turned by a degree or two as scanners leave them."""

from pathlib import Path

import pytest
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from scipy import ndimage

import parsers
from parsers import ocr
from parsers.pdf import page_tables
from pipeline.run import process
from pipeline.text import fold

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
needs_tesseract = pytest.mark.skipif(ocr.tesseract_problem() is not None, reason=str(ocr.tesseract_problem()))
needs_font = pytest.mark.skipif(not FONT.exists(), reason=f"font {FONT} missing: apt-get install -y fonts-dejavu-core")

PPT = 300 / 72  # pixels per point at 300 dpi
HEADER = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian"]
ROWS = [["I.", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],  # a group row: one cell across the table
        ["1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Quý II/2026"],
        ["2", "Số hóa hồ sơ hộ tịch", "Sở Nội vụ", "Tháng 9/2026"],
        ["II.", "CHUYỂN ĐỔI SỐ"],
        ["3", "Nâng cấp cổng dịch vụ công", "Văn phòng UBND tỉnh", "Năm 2026"],
        ["4", "Đào tạo kỹ năng số cho công chức", "Sở Khoa học và Công nghệ", "Quý IV/2026"]]
WIDTHS = [150, 1000, 650, 400]  # pixels: the number column 12.7 mm wide
LEFT, TOP, ROW = 120, 700, 110


def table_page(angle: float = 0.0, thin: bool = False) -> Image.Image:
    """An A4 page at 300 dpi: a heading, then the task table ruled as offices print it, turned by ``angle`` degrees
    counter-clockwise (white corners, as a scanner's)."""
    font = ImageFont.truetype(str(FONT), 40)
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    draw.text((LEFT, 300), "PHỤ LỤC", font=font, fill=0)
    draw.text((LEFT, 400), "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026", font=font, fill=0)
    xs = [LEFT]
    for width in WIDTHS:
        xs.append(xs[-1] + width)
    line = 1 if thin else 3
    rows = [HEADER] + ROWS
    for r, cells in enumerate(rows):
        y = TOP + r * ROW
        draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=line)
        if len(cells) == 2:  # group row: the number, then the name across the other columns
            bounds = [xs[0], xs[1], xs[-1]]
        else:
            bounds = xs
        for x in bounds:
            draw.line([(x, y), (x, y + ROW)], fill=0, width=line)
        for c, text in enumerate(cells):
            draw.text((bounds[c] + 15, y + 30), text, font=font, fill=0)
    bottom = TOP + len(rows) * ROW
    draw.line([(xs[0], bottom), (xs[-1], bottom)], fill=0, width=line)
    draw.text((LEFT, bottom + 150), "Các cơ quan tổ chức thực hiện kế hoạch này.", font=font, fill=0)
    if angle:
        image = image.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    return image


@pytest.mark.parametrize("seed", range(40))
def test_the_rules_mask_is_scipys_closing_then_opening(seed):
    """The running minima and maxima give the pixels scipy's binary morphology gives, even and odd lines alike."""
    rng = np.random.default_rng(seed)
    dark = rng.random((int(rng.integers(5, 70)), int(rng.integers(5, 90)))) < rng.uniform(0.05, 0.95)
    length, gap, axis = int(rng.integers(2, 40)), int(rng.integers(2, 8)), int(rng.integers(0, 2))
    line = (lambda n: np.ones((1, n) if axis == 1 else (n, 1), bool))
    expected = ndimage.binary_opening(ndimage.binary_closing(dark, line(gap)), line(length))
    assert np.array_equal(ocr._rules_mask(dark, length, axis, gap), expected)


@needs_font
@pytest.mark.parametrize("angle", [0.5, 1.2, -2.0, 3.5])
def test_skew_is_measured_on_the_rules(angle):
    assert ocr.skew(table_page(angle), PPT) == pytest.approx(angle, abs=0.1)


@needs_font
def test_a_straight_page_and_a_page_without_rules_are_not_turned():
    assert ocr.skew(table_page(), PPT) == 0.0
    text_only = Image.new("L", (2480, 3508), 255)
    ImageDraw.Draw(text_only).text((120, 300), "Độc lập - Tự do - Hạnh phúc", font=ImageFont.truetype(str(FONT), 40), fill=0)
    assert ocr.skew(text_only.rotate(2, expand=True, fillcolor=255), PPT) == 0.0


@needs_font
@pytest.mark.parametrize("thin", [False, True], ids=["3px", "1px"])
def test_group_rows_across_the_table_keep_its_columns(thin):
    """The column rules stop at each group row; the old finder wanted rules down half the table and found one
    column. Rows and columns come from the rule segments, the group rows as cells across the columns."""
    image = table_page(thin=thin)
    edges, rules = ocr.ruling_edges(image, PPT)
    (table,) = ocr.scanned_tables(edges, lambda: ocr._ink_boxes(image, rules, PPT))
    assert len(table.rows) == 1 + len(ROWS)
    assert [len([c for c in row.cells if c is not None]) for row in table.rows] == [4, 2, 4, 4, 2, 4, 4]
    assert table.bbox[0] == pytest.approx(LEFT / PPT, abs=1.5)


@needs_font
def test_a_box_round_a_few_lines_is_no_table():
    """A received stamp's frame, or a framed note: one cell, or one row of two, read as lines."""
    font = ImageFont.truetype(str(FONT), 40)
    image = Image.new("L", (2480, 1400), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle([200, 100, 1100, 400], outline=0, width=3)
    draw.text((230, 150), "ĐẾN Số: 1234", font=font, fill=0)
    draw.text((230, 250), "Ngày: 05/3/2026", font=font, fill=0)
    draw.rectangle([200, 700, 2200, 900], outline=0, width=3)
    draw.line([(1200, 700), (1200, 900)], fill=0, width=3)
    draw.text((230, 770), "Dự thảo", font=font, fill=0)
    edges, rules = ocr.ruling_edges(image, PPT)
    assert len(page_tables(edges, list)) == 1  # a text PDF keeps the two-cell box (pdfplumber drops one cell)
    assert ocr.scanned_tables(edges, lambda: ocr._ink_boxes(image, rules, PPT)) == []


@needs_font
def test_letters_are_not_taken_for_rules():
    image = Image.new("L", (2480, 1200), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(["KẾ HOẠCH THỰC HIỆN NHIỆM VỤ", "Độc lập - Tự do - Hạnh phúc", "lll  HHH  ẬỆỴ  ───  Phụ lục"]):
        draw.text((120, 100 + i * 200), line, font=ImageFont.truetype(str(FONT), 54), fill=0)  # 13 pt
    edges, _ = ocr.ruling_edges(image, PPT)
    # a capital's stem may pass for a short rule down; it reaches no rule across, so it makes no cell
    assert all(e["height"] < 5.0 / ocr._MM_PER_POINT for e in edges if e["orientation"] == "v")
    assert page_tables(edges, list) == []


@needs_font
def test_a_table_of_rows_one_small_line_high_keeps_its_columns():
    """LibreOffice and Word print a one-line row 12 pt (4.2 mm) high: its column rules are that short."""
    image = Image.new("L", (2480, 1200), 255)
    draw = ImageDraw.Draw(image)
    xs, ys = [100, 300, 1200, 1800, 2300], [200 + 52 * r for r in range(6)]
    for y in ys:
        draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
    for x in xs:
        draw.line([(x, ys[0]), (x, ys[-1])], fill=0, width=3)
    edges, rules = ocr.ruling_edges(image, PPT)
    (table,) = ocr.scanned_tables(edges, lambda: ocr._ink_boxes(image, rules, PPT))
    assert [len(row.cells) for row in table.rows] == [4] * 5


@needs_tesseract
@needs_font
@pytest.mark.parametrize("angle", [0.0, 1.5, -2.5])
def test_a_scanned_task_table_gives_its_tasks(tmp_path, angle):
    path = tmp_path / "annex.png"
    table_page(angle).save(path, dpi=(300, 300))
    (block,) = [b for b in parsers.read(path).blocks if b.table is not None]
    grid = block.table.grid()
    assert len(grid) == 1 + len(ROWS) and len(grid[0]) == 4
    # the narrow number column, read again on its own, keeps the tasks' numbers (a group's "I." may read "1.")
    assert [row[0] for row in grid[1:] if row[1] != row[2]] == ["1", "2", "3", "4"]
    doc = process(path)
    got = [(fold(t.content), [fold(m.name) for m in t.lead], t.deadline.text if t.deadline else None) for t in doc.tasks]
    assert got == [(fold(r[1]), [fold(r[2])], r[3]) for r in ROWS if len(r) == 4]


@needs_font
def test_an_image_without_a_recorded_resolution_is_taken_as_an_a4_page():
    image = table_page()
    assert ocr.pixels_per_point(image) == pytest.approx(PPT, rel=0.01)
    image.info["dpi"] = (200, 200)
    assert ocr.pixels_per_point(image) == pytest.approx(200 / 72)


@pytest.mark.parametrize("read, meant", [
    ("Quý 11/2026", "Quý II/2026"), ("Quý H/2026", "Quý II/2026"), ("quý 1V năm 2026", "quý IV năm 2026"),
    ("QUÝ 111/2026", "QUÝ III/2026"), ("Quý l, Quý 11", "Quý I, Quý II"),
    # as printed, or a misreading with two senses ("HI": II or III), or no quarter at all: left as read
    ("Quý II/2026", "Quý II/2026"), ("Quý 1/2026", "Quý 1/2026"), ("Quý HI/2026", "Quý HI/2026"),
    ("Quỹ 11 tỷ đồng", "Quỹ 11 tỷ đồng"), ("Quý 12", "Quý 12")])
def test_quarters_misread_by_ocr_are_read_as_meant_when_only_one_sense_fits(read, meant):
    assert ocr.corrected(read) == meant
