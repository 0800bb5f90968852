"""Scanned tables' cells the page's reading leaves empty or misreads: a schedule's lone marks, read again on their own;
a quarter's numeral read two ways, settled by its neighbours; a date cell's figures checked by two more readings."""

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from parsers import ocr
from pipeline.run import process

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
needs_tesseract = pytest.mark.skipif(ocr.tesseract_problem() is not None, reason=str(ocr.tesseract_problem()))
needs_font = pytest.mark.skipif(not FONT.exists(), reason=f"font {FONT} missing: apt-get install -y fonts-dejavu-core")

QUARTERS = ["Quý I", "Quý II", "Quý III", "Quý IV"]
# a task and the quarters it runs in, as a schedule marks them
SCHEDULE = [("1", "Rà soát thủ tục hành chính", (1, 2)), ("2", "Số hóa hồ sơ hộ tịch", (0,)),
            ("3", "Nâng cấp cổng dịch vụ công", (2, 3)), ("4", "Đào tạo kỹ năng số", (3,))]


def grid_page(header: list[str], rows: list[list[str]], widths: list[int], angle: float = 0.0) -> Image.Image:
    """An A4 page at 300 dpi with a heading and a ruled table, turned by ``angle`` degrees as a sheet fed askew."""
    font = ImageFont.truetype(str(FONT), 40)
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    left, top, height = 120, 600, 110
    draw.text((left, 300), "KẾ HOẠCH THỰC HIỆN NĂM 2026", font=font, fill=0)
    xs = [left]
    for width in widths:
        xs.append(xs[-1] + width)
    for r, cells in enumerate([header, *rows]):
        y = top + r * height
        draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
        for x in xs:
            draw.line([(x, y), (x, y + height)], fill=0, width=3)
        for c, text in enumerate(cells):
            draw.text((xs[c] + 15, y + 30), text, font=font, fill=0)
    bottom = top + (1 + len(rows)) * height
    draw.line([(xs[0], bottom), (xs[-1], bottom)], fill=0, width=3)
    draw.text((left, bottom + 150), "Các cơ quan tổ chức thực hiện kế hoạch này.", font=font, fill=0)
    return image.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255) if angle else image


@needs_tesseract
@needs_font
def test_a_schedules_lone_marks_in_wide_cells_are_read(tmp_path):
    """Columns of quarters wider than a number column (23 mm): the page's reading passes over a lone "x" in them."""
    rows = [[number, content, "Sở Tư pháp", *("x" if q in marked else "" for q in range(4))]
            for number, content, marked in SCHEDULE]
    path = tmp_path / "schedule.png"
    grid_page(["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", *QUARTERS], rows, [150, 600, 400, 270, 270, 270, 270],
              angle=1.0).save(path, dpi=(300, 300))
    doc = process(path)
    assert [t.deadline.text if t.deadline else None for t in doc.tasks] == [
        ", ".join(QUARTERS[q] for q in marked) for _, _, marked in SCHEDULE]


@pytest.mark.parametrize("read, meant", [
    (["TT", "Quý I", "Quý II", "Quý HI", "Quý IV"], ["TT", "Quý I", "Quý II", "Quý III", "Quý IV"]),
    (["Quý I", "Quý HI", "Quý III"], ["Quý I", "Quý II", "Quý III"]),
    (["Quý HI", "Quý IV"], ["Quý III", "Quý IV"]),
    # no neighbour, or neighbours that disagree, or a reading no neighbour continues: left as read
    (["Quý HI"], ["Quý HI"]), (["Quý II", "Quý HI", "Quý III"], ["Quý II", "Quý HI", "Quý III"]),
    (["Quý HI", "Sở Tư pháp"], ["Quý HI", "Sở Tư pháp"]), (["Quý I", "Quý HI", "Quý II"], ["Quý I", "Quý HI", "Quý II"])])
def test_a_quarter_read_two_ways_is_settled_by_the_quarters_beside_it(read, meant):
    assert ocr.quarters_in_sequence(read) == meant


TASKS = [["1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Quý III/2026"],
         ["2", "Số hóa hồ sơ hộ tịch", "Sở Nội vụ", "Tháng 5/2026"],
         ["3", "Nâng cấp cổng dịch vụ công", "Sở Tài chính", "Năm 2026"]]
MISREAD = {"III/2026": "II/2026", "5/2026": "9/2026"}  # one stroke of a numeral lost, one figure taken for another


@needs_tesseract
@needs_font
def test_a_date_cells_figures_misread_surely_on_the_page_are_read_again_on_their_own(tmp_path, monkeypatch):
    """The page's reading misreads deadlines with high confidence ("Quý III" also reads "Quý TII" in this font): each
    is read right, or sent for a look, where the cell read again alone, enlarged, gives other figures ("5" read "9" on
    the page reads "5" enlarged, and is kept so, doubted)."""
    real = ocr.read_words

    def page_misreads(image, psm="3", *args):
        words = real(image, psm, *args)
        return [ocr.Word(MISREAD.get(w.text, w.text), max(w.conf, 95.0), w.left, w.top, w.right, w.bottom, w.line)
                for w in words] if psm == "3" else words

    monkeypatch.setattr(ocr, "read_words", page_misreads)
    path = tmp_path / "annex.png"
    grid_page(["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian"], TASKS, [150, 1000, 650, 400],
              angle=-0.5).save(path, dpi=(300, 300))
    doc = process(path)
    flagged = {w.message.split(":")[0] for w in doc.warnings if w.code == "deadline_unsure"}
    assert len(doc.tasks) == len(TASKS)
    for task, row in zip(doc.tasks, TASKS):
        assert (task.deadline and task.deadline.text == row[3]) or task.id in flagged, (task.id, task.deadline)
    assert doc.tasks[1].deadline.text == "Tháng 5/2026" and doc.tasks[1].id in flagged
    assert doc.tasks[2].id not in flagged  # "Năm 2026": every reading agrees


def _words(text: str, line: int) -> list[ocr.Word]:
    return [ocr.Word(part, 96.0, 10 * i, 0, 10 * i + 8, 10, (line, 1, 1)) for i, part in enumerate(text.split())]


class _Table:  # a scanned table as the reader finds it: its rows' cell boxes, in points
    rows = [type("Row", (), {"cells": [(0, 0, 30, 10)]})()]


@pytest.mark.parametrize("enlarged, kept, doubted", [
    (("Quý III/2026", "Quý II/2026"), "Quý III/2026", False),  # the page agrees with one more reading: kept
    # both enlarged readings agree against the page: theirs, doubted (the same ink enlarged may misread alike)
    (("Quý II/2026", "Quý II/2026"), "Quý II/2026", True),
    (("Quý II/2026", "Quý IIH/2026"), "Quý III/2026", True),  # three readings, three figures: doubted
    (("Quý TII/2026", "Quý TII/2026"), "Quý III/2026", True),  # agreed on no quarter: the page's, doubted
    (("Quy III/2026", "Quý III/2026"), "Quý III/2026", False)])  # other letters, the same figures: kept
def test_a_date_cells_figures_are_voted_on_by_three_readings(monkeypatch, enlarged, kept, doubted):
    page = _words("Quý III/2026", 1)
    monkeypatch.setattr(ocr, "_cell_ink", lambda image, cell, scale: (None, 0, 0))
    monkeypatch.setattr(ocr, "_read_stacked", lambda crops, zoom, first_line: [_words(enlarged[ocr._VOTE_ZOOMS.index(zoom)], first_line)])
    words = ocr._voted_date_cells(None, [_Table()], page, 1.0)
    assert " ".join(w.text for w in words) == kept
    assert [w.unsure for w in words] == [doubted] * len(words)
