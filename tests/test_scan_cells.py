"""Scanned tables' cells the page's reading leaves empty or misreads: a schedule's lone marks, read again on their own;
a quarter's numeral read two ways, settled by its neighbours; a date cell's figures checked by two more readings."""

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

import parsers
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


def schedule_read_right(tmp_path, angle: float) -> bool:
    """Whether the SCHEDULE scanned (turned by ``angle``) gives each task the quarters its ticks mark."""
    rows = [[number, content, "Sở Tư pháp", *("x" if q in marked else "" for q in range(4))]
            for number, content, marked in SCHEDULE]
    path = tmp_path / "schedule.png"
    grid_page(["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", *QUARTERS], rows, [150, 600, 400, 270, 270, 270, 270],
              angle=angle).save(path, dpi=(300, 300))
    return [t.deadline.text if t.deadline else None for t in process(path).tasks] == [
        ", ".join(QUARTERS[q] for q in marked) for _, _, marked in SCHEDULE]


@needs_tesseract
@needs_font
def test_a_schedules_lone_marks_in_wide_cells_are_read(tmp_path):
    """Columns of quarters wider than a number column (23 mm): the page's reading passes over a lone "x" in them."""
    assert schedule_read_right(tmp_path, 1.0)


@needs_tesseract
@needs_font
def test_a_schedules_tick_read_as_a_symbol_still_marks_its_period(tmp_path, monkeypatch):
    """A scan's "x" read "%" (month_schedule): its period was no period of the task's deadline."""
    real = ocr.read_words
    second_quarter = (120 + 150 + 600 + 400 + 270, 120 + 150 + 600 + 400 + 2 * 270)  # pixels across, as drawn

    def ticks_misread(*args):
        return [ocr.replace(w, text="%") if w.text in ("x", "X") and second_quarter[0] < (w.left + w.right) / 2 < second_quarter[1]
                else w for w in real(*args)]

    monkeypatch.setattr(ocr, "read_words", ticks_misread)
    assert schedule_read_right(tmp_path, 0.5)

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


@pytest.mark.parametrize("page, enlarged, kept", [
    # a count of months whose figure the page read as a letter: the figure both enlarged readings give, doubted
    ("G tháng đầu năm 2026", ("6 tháng đầu năm 2026", "6 tháng đầu năm 2026"), "6 tháng đầu năm 2026"),
    ("Trong S tháng", ("Trong 5 tháng", "Trong 5 tháng"), "Trong 5 tháng"),
    # enlarged readings that disagree, or agree on a figure the letter does not look like: the letter stays
    ("G tháng đầu năm 2026", ("6 tháng đầu năm 2026", "8 tháng đầu năm 2026"), "G tháng đầu năm 2026"),
    ("G tháng đầu năm 2026", ("8 tháng đầu năm 2026", "8 tháng đầu năm 2026"), "G tháng đầu năm 2026")])
def test_a_count_of_months_whose_figure_was_read_as_a_letter_is_read_again(monkeypatch, page, enlarged, kept):
    """Worn scans: "6 tháng đầu năm 2026" read "G tháng …" (no period, so no deadline)."""
    monkeypatch.setattr(ocr, "_cell_ink", lambda image, cell, scale: (None, 0, 0))
    monkeypatch.setattr(ocr, "_read_stacked", lambda crops, zoom, first_line: [_words(enlarged[ocr._VOTE_ZOOMS.index(zoom)], first_line)])
    wide = type("Table", (), {"rows": [type("Row", (), {"cells": [(0, 0, 100, 10)]})()]})()  # the whole line in one cell
    words = ocr._voted_date_cells(None, [wide], _words(page, 1), 1.0)
    assert " ".join(w.text for w in words) == kept
    assert all(w.unsure for w in words)


SERIF = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")  # Times New Roman's metrics
SERIF_BOLD = SERIF.with_name("LiberationSerif-Bold.ttf")
needs_serif = pytest.mark.skipif(not SERIF_BOLD.exists(), reason=f"font {SERIF_BOLD} missing: apt-get install -y fonts-liberation2")
# a task table with bold Roman group rows, as a province prints it: "II" and "III" in a bold serif face
GROUPED = [("I", "CẢI CÁCH THỂ CHẾ", ""), ("1", "Rà soát văn bản quy phạm", "Sở Tư pháp"),
           ("2", "Số hóa hồ sơ hộ tịch", "Sở Nội vụ"), ("3", "Kiểm tra công tác văn thư", "Sở Nội vụ"),
           ("II", "CHUYỂN ĐỔI SỐ", ""), ("1", "Nâng cấp cổng dịch vụ công", "Văn phòng UBND tỉnh"),
           ("2", "Đào tạo kỹ năng số", "Sở Khoa học và Công nghệ"), ("III", "XÃ HỘI SỐ", ""),
           ("1", "Tuyên truyền chuyển đổi số", "Sở Văn hóa"), ("2", "Phát triển nền tảng số", "Sở Y tế")]


def grouped_page(number_width: int, angle: float) -> Image.Image:
    """An A4 page at 300 dpi: a task table whose number column is ``number_width`` pixels wide, groups in bold."""
    font, bold = ImageFont.truetype(str(SERIF), 50), ImageFont.truetype(str(SERIF_BOLD), 50)
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    xs = [120, 120 + number_width, 1220 + number_width, 2020 + number_width]
    for r, cells in enumerate([("STT", "Nhiệm vụ", "Cơ quan chủ trì"), *GROUPED]):
        y = 500 + r * 100
        draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
        for x in xs:
            draw.line([(x, y), (x, y + 100)], fill=0, width=3)
        for x, text in zip(xs, cells):
            draw.text((x + 20, y + 25), text, font=bold if not cells[2] else font, fill=0)
    draw.line([(xs[0], 500 + (1 + len(GROUPED)) * 100), (xs[-1], 500 + (1 + len(GROUPED)) * 100)], fill=0, width=3)
    return image.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)


@needs_tesseract
@needs_serif
@pytest.mark.parametrize("number_width, angle", [(280, 1.0), (330, -0.5)], ids=["24mm", "28mm"])
def test_a_number_column_wider_than_a_narrow_one_keeps_its_numerals(tmp_path, number_width, angle):
    """A number column of 23-30 mm was read with the page: its lone figures misread ("3" as "B") and its bold "II",
    "III" read as "H", "IH". A column whose cells hold one short token each is read again as a narrow one is, and a
    numeral's upright strokes are counted."""
    path = tmp_path / "annex.png"
    grouped_page(number_width, angle).save(path, dpi=(300, 300))
    (block,) = [b for b in parsers.read(path).blocks if b.table is not None]
    assert [row[0] for row in block.table.grid()] == ["STT", *(number for number, _, _ in GROUPED)]


def _drawn_words(texts: list[str], font_path: Path = SERIF) -> tuple[Image.Image, list[ocr.Word]]:
    """A line of words drawn at 12 pt and 300 dpi, each a Word with the box of its ink (as Tesseract gives it)."""
    font = ImageFont.truetype(str(font_path), 50)
    image = Image.new("L", (1600, 160), 255)
    draw = ImageDraw.Draw(image)
    words, x = [], 40
    for text in texts:
        left, top, right, bottom = draw.textbbox((x, 50), text, font=font)
        draw.text((x, 50), text, font=font, fill=0)
        words.append(ocr.Word(text, 95.0, left, top, right, bottom, (1, 1, 1)))
        x = right + 25
    return image, words


@needs_serif
@pytest.mark.parametrize("printed, read, meant", [
    ("III/2026", "II/2026", "III/2026"), ("III/2026", "HI/2026", "III/2026"), ("III", "II", "III"),
    ("II/2026", "I/2026", "II/2026"), ("III.", "I.", "III."),
    # as read where the strokes agree, or count fewer (touching strokes are one), or the numeral is no I's
    ("II/2026", "II/2026", "II/2026"), ("I/2026", "I/2026", "I/2026"), ("IV/2026", "I/2026", "I/2026"),
])
def test_a_quarters_numeral_has_the_is_its_strokes_show(printed, read, meant):
    """Tesseract reads "Quý III/2026" as "Quý II/2026" with high confidence: the slash leans, the I's stand."""
    for face in (SERIF, SERIF_BOLD):
        image, words = _drawn_words(["Quý", printed], face)
        words[1] = ocr.replace(words[1], text=read)
        assert [w.text for w in ocr.quarters_by_stems(words, image)] == ["Quý", meant]


@needs_serif
def test_only_a_quarters_numeral_is_counted():
    image, words = _drawn_words(["Phần", "III"])
    assert [w.text for w in ocr.quarters_by_stems([words[0], ocr.replace(words[1], text="II")], image)] == ["Phần", "II"]


@needs_serif
@pytest.mark.parametrize("printed, read, meant", [
    ("III", "H", "III"), ("II", "H", "II"), ("III", "IH", "III"), ("III.", "Ill.", "III."), ("II", "ll", "II"),
    ("3", "B", "B"), ("2", "2", "2"), ("IV", "IV", "IV"),  # no upright strokes alone: as read
])
def test_a_number_cells_numeral_is_read_from_its_strokes(printed, read, meant):
    image, (word,) = _drawn_words([printed], SERIF_BOLD)
    assert ocr.number_cell_word(ocr.replace(word, text=read), image).text == meant


def _cells_table(columns_mm: list[float], rows: int):
    """A table as ``pdf.page_tables`` gives it: rows of cell boxes in points, its box."""
    from types import SimpleNamespace

    xs = [50.0]
    for mm in columns_mm:
        xs.append(xs[-1] + mm / ocr._MM_PER_POINT)
    cells = [[(xs[c], 100.0 + 30 * r, xs[c + 1], 130.0 + 30 * r) for c in range(len(columns_mm))] for r in range(rows)]
    return SimpleNamespace(rows=[SimpleNamespace(cells=row) for row in cells], bbox=(xs[0], 100.0, xs[-1], 100.0 + 30 * rows)), cells


def _word_in(cell, text: str, scale: float) -> ocr.Word:
    x, y = (cell[0] + 5) * scale, (cell[1] + 5) * scale
    return ocr.Word(text, 90.0, round(x), round(y), round(x + 20 * scale), round(y + 10 * scale), (1, 1, 1))


@pytest.mark.parametrize("column_mm, texts, read_again", [
    (26.0, ["STT", "1", "2", "B", "H"], True),  # one short token a cell: numbers, however misread
    (18.0, ["Số thứ tự", "", "", "", ""], True),  # narrow: always
    (26.0, ["Thời gian", "Quý II", "Năm 2026", "Tháng 6", "x"], False),  # words
    (40.0, ["Năm", "2026", "2027", "2026", "2028"], False),  # too wide for numbers: years
])
def test_a_column_of_short_tokens_is_read_again_as_a_narrow_one(column_mm, texts, read_again):
    scale = 300 / 72
    table, cells = _cells_table([column_mm, 90.0], len(texts))
    words = [_word_in(row[0], t, scale) for row, text in zip(cells, texts) for t in ([text] if len(text.split()) < 2 else [])]
    words += [w for row, text in zip(cells, texts) if len(text.split()) >= 2 for w in
              (_word_in(row[0], part, scale) for part in text.split())]
    strips = ocr._narrow_columns([table], words, scale)
    assert (round(cells[0][0][0] * scale) + 4 in [s[0] for s in strips]) == read_again


@pytest.mark.parametrize("read, meant", [
    ("nf", "nt"), ("-nf-", "-nt-"), ("Nf", "Nt"), ("(nf)", "(nt)"), ("- nf -", "- nt -"),
    ("-nft-", "-nt-"), ("nft", "nt"), ("(Nft)", "(Nt)"),
    ("nfx", "nfx"), ("nftx", "nftx"), ("Sở nf", "Sở nf"), ("Như trên", "Như trên"),
])
def test_a_ditto_cell_misread_is_what_it_prints(read, meant):
    assert ocr.whole_cell_corrected(read) == meant


def test_a_word_glued_across_a_rule_is_split_at_its_remains():
    """Rules taken out of a table leave a pixel or two that Tesseract reads as "_"; a word it glued across the rule
    between two cells is two words, each in its own cell; the remains alone are no word."""
    glued = ocr.Word("công__Sở", 90.0, 1000, 200, 1160, 240, (1, 1, 1))
    alone, edged = ocr.Word("_", 40.0, 1300, 200, 1310, 240, (1, 1, 2)), ocr.Word("_phường", 80.0, 1400, 200, 1540, 240, (1, 1, 3))
    blank = ocr.Word("Số:____", 80.0, 100, 50, 300, 90, (1, 1, 4))  # above the table: a blank to fill in
    from types import SimpleNamespace

    table = SimpleNamespace(bbox=(200.0, 40.0, 400.0, 70.0))  # points: 833 to 1667 pixels across at 300 dpi
    got = ocr._split_at_rule_marks([blank, glued, alone, edged], [table], 300 / 72)
    assert [w.text for w in got] == ["Số:____", "công", "Sở", "phường"]
    assert got[1].right <= 1000 + 160 * 4 / 8 < got[2].left and got[2].right == 1160
    assert got[3].left > 1400 and got[3].right == 1540


# rows of a task table, the first task's number cell merged over its two rows (a task done in two parts)
MERGED_ONE = [("1", "Rà soát thủ tục hành chính", "Sở Tư pháp"), ("", "Công bố danh mục thủ tục", "Sở Tư pháp"),
              ("2", "Số hóa hồ sơ hộ tịch", "Sở Nội vụ"), ("3", "Nâng cấp cổng dịch vụ công", "Sở Tài chính")]


def merged_number_page(rows: list[tuple[str, str, str]], angle: float) -> Image.Image:
    """An A4 page at 300 dpi: a task table whose number cells are merged down over the rows numbered ""."""
    font = ImageFont.truetype(str(SERIF), 46)
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    xs, top, height = [120, 300, 1500, 2200], 500, 110
    for r, cells in enumerate([("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì"), *rows]):
        y = top + r * height
        merged = r > 0 and not cells[0]
        draw.line([(xs[1] if merged else xs[0], y), (xs[-1], y)], fill=0, width=3)
        for x in xs:
            draw.line([(x, y), (x, y + height)], fill=0, width=3)
        span = next((n for n, later in enumerate([*rows[r:], ("end",)], start=1) if later[0]), 1) if r else 1
        for c, (x, text) in enumerate(zip(xs, cells)):
            draw.text((x + 20, y + 30 + (span - 1) * height // 2 * (c == 0)), text, font=font, fill=0)
    bottom = top + (1 + len(rows)) * height
    draw.line([(xs[0], bottom), (xs[-1], bottom)], fill=0, width=3)
    return image.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)


@needs_tesseract
@needs_serif
@pytest.mark.parametrize("rows, angle", [(MERGED_ONE, 0.5), ([MERGED_ONE[0], *MERGED_ONE[2:]], -1.0)], ids=["merged", "one_row"])
@pytest.mark.parametrize("stroke", ["I", "l"])
def test_a_tasks_one_read_as_a_stroke_gives_no_roman_group(tmp_path, monkeypatch, rows, angle, stroke):
    """realdocs2 114: a merged number cell's "1" read "I" by the number column's reading gave its two rows a Roman group
    number. Followed by "2" in a column of no other Roman numeral, a lone stroke is a "1"."""
    real = ocr.read_words
    monkeypatch.setattr(ocr, "read_words", lambda *args: [ocr.replace(w, text=stroke) if w.text == "1" else w
                                                          for w in real(*args)])
    path = tmp_path / "annex.png"
    merged_number_page(rows, angle).save(path, dpi=(300, 300))
    (block,) = [b for b in parsers.read(path).blocks if b.table is not None]
    meant = [number or previous for number, previous in zip([r[0] for r in rows], ["", *[r[0] for r in rows]])]
    assert [row[0] for row in block.table.grid()] == ["TT", *meant]


@pytest.mark.parametrize("column, meant", [
    (["TT", "I", "2", "3"], ["TT", "1", "2", "3"]), (["I.", "2.", "3."], ["1.", "2.", "3."]),
    # a group's "I" before its first task's "1", or in a column of Roman group numbers: as read
    (["I", "1", "2"], ["I", "1", "2"]), (["I", "2", "II", "1"], ["I", "2", "II", "1"]), (["I", "3"], ["I", "3"])])
def test_a_stroke_before_two_is_a_one(column, meant):
    from pipeline.model import Cell, Table

    table = Table(n_rows=len(column), n_cols=2, cells=[Cell(row=r, col=0, text=t) for r, t in enumerate(column)]
                  + [Cell(row=r, col=1, text="Nhiệm vụ") for r in range(len(column))])
    ocr.ones_before_two(table)
    assert [c.text for c in table.cells if c.col == 0] == meant


@pytest.mark.parametrize("columns, meant", [
    # a schedule: months ticked "x", one tick read "%" (its month then made no period), another "*"
    ([["Tháng 7", "x", "%", ""], ["Tháng 8", "", "x", "*"]], [["Tháng 7", "x", "x", ""], ["Tháng 8", "", "x", "x"]]),
    ([["Quý I", "X", ""], ["Quý II", "%", "X"]], [["Quý I", "X", ""], ["Quý II", "X", "X"]]),
    # as read: no tick to agree with, ticks that disagree, a column of one unit ("%"), a cell that holds more
    ([["Tháng 7", "%", ""], ["Tháng 8", "", "x"]], [["Tháng 7", "%", ""], ["Tháng 8", "", "x"]]),
    ([["Bộ Y tế", "CT", "%"], ["Bộ Nội vụ", "x", "PH"]], [["Bộ Y tế", "CT", "%"], ["Bộ Nội vụ", "x", "PH"]]),
    ([["Đơn vị tính", "%", "%", "%"], ["Ghi chú", "x", "", "x"]], [["Đơn vị tính", "%", "%", "%"], ["Ghi chú", "x", "", "x"]]),
    ([["Tháng 7", "x", "10%"], ["Tháng 8", "x", "%"], ["Tháng 9", "x", ""]],
     [["Tháng 7", "x", "10%"], ["Tháng 8", "x", "x"], ["Tháng 9", "x", ""]]),
    # a worn scan's "X" read as letters no mark is ("b4", "š"), as many as the column's ticks read right
    ([["2026", "X", "X", ""], ["2027", "X", "b4", "š", "X"]], [["2026", "X", "X", ""], ["2027", "X", "X", "X", "X"]]),
    ([["Quý I", "x", "", "x"], ["Quý II", "", "k", "x"], ["Quý III", "x", "đ", ""]],
     [["Quý I", "x", "", "x"], ["Quý II", "", "x", "x"], ["Quý III", "x", "x", ""]]),
    # as read: a column of numbers, letters outnumbering the ticks, a column of one word, bodies' marks
    ([["2026", "X", "X"], ["Số lượng", "5", "12"]], [["2026", "X", "X"], ["Số lượng", "5", "12"]]),
    ([["2026", "X", "X"], ["2027", "ab", "cd", "x"]], [["2026", "X", "X"], ["2027", "ab", "cd", "x"]]),
    ([["2026", "X", "X"], ["Đạt", "Có", "Có"]], [["2026", "X", "X"], ["Đạt", "Có", "Có"]]),
    ([["Sở Y tế", "CT", "PH"], ["Sở Nội vụ", "PH", "b4"]], [["Sở Y tế", "CT", "PH"], ["Sở Nội vụ", "PH", "b4"]]),
    # a table of assignments' "CT" misread "GT" beside its "PH": no tick (the roles' marks are put right by marks_misread)
    ([["Công an tỉnh", "GT", "PH", "GT", "PH"], ["Sở Tư pháp", "PH", "GJI", "", ""]],
     [["Công an tỉnh", "GT", "PH", "GT", "PH"], ["Sở Tư pháp", "PH", "GJI", "", ""]])])
def test_a_tick_read_as_a_symbol_is_the_tables_tick(columns, meant):
    from pipeline.model import Cell, Table

    numbers = ["TT", *(str(n) for n in range(1, len(columns[0])))]
    table = Table(n_rows=len(numbers), n_cols=1 + len(columns),
                  cells=[Cell(row=r, col=c, text=t) for c, column in enumerate([numbers, *columns]) for r, t in enumerate(column)])
    ocr.marks_read_as_symbols(table)
    assert [[c.text for c in table.cells if c.col == col] for col in range(1, 1 + len(columns))] == meant


@pytest.mark.parametrize("columns, meant", [
    # a worn scan's "CT" read "GT", "GJI" in columns of "CT" and "PH" (a two-row header's parent above one)
    ([["Sở Y tế", "GT", "PH", ""], ["Bộ Công an", "PH", "", "GJI"]], [["Sở Y tế", "CT", "PH", ""], ["Bộ Công an", "PH", "", "CT"]]),
    ([["Cơ quan thực hiện", "Sở Tư pháp", "PH", "GT", "CT"]], [["Cơ quan thực hiện", "Sở Tư pháp", "PH", "CT", "CT"]]),
    ([["UBND cấp xã", "GJI", "", "ph"]], [["UBND cấp xã", "CT", "", "ph"]]),
    # as read: no role mark in the column (a column of "GT"), a longer cell below the marks, a ticked schedule
    ([["Loại đường", "GT", "GT", "GT"]], [["Loại đường", "GT", "GT", "GT"]]),
    ([["Sở Y tế", "GT", "PH", "Giao thông"]], [["Sở Y tế", "GT", "PH", "Giao thông"]]),
    ([["Quý I", "x", "GT"]], [["Quý I", "x", "GT"]])])
def test_a_bodys_mark_misread_in_a_column_of_marks_is_put_right(columns, meant):
    """A table of assignments on a worn scan: "CT" read "GT" made the body's column no column of marks, and every
    lead and support it gave was lost (assignment_matrix: lead 3 of 8 rows). In a column whose cells under its names
    are marks, one of them a role's, a reading of ``matrix_marks`` (ocr_confusions.json) is the mark it stands for."""
    from pipeline.model import Cell, Table

    numbers = ["TT", *(str(n) for n in range(1, len(columns[0])))]
    table = Table(n_rows=len(numbers), n_cols=1 + len(columns),
                  cells=[Cell(row=r, col=c, text=t) for c, column in enumerate([numbers, *columns]) for r, t in enumerate(column)])
    ocr.marks_misread(table)
    assert [[c.text for c in table.cells if c.col == col] for col in range(1, 1 + len(columns))] == meant


def _page_table(page: int, lines: list[list[str]]):
    from parsers.common import grid_text
    from pipeline.model import Block, BlockKind, Cell, Provenance, Table

    table = Table(n_rows=len(lines), n_cols=3, cells=[Cell(row=r, col=c, text=text) for r, line in enumerate(lines)
                                                      for c, text in enumerate(line)])
    return Block(id=f"b{page:04d}", kind=BlockKind.TABLE, orig=grid_text(table), table=table,
                 prov=Provenance(reader="ocr", page=page, line_start=1, line_end=1))


SCANNED_HEADER = ["STT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì"]


@pytest.mark.parametrize("repeated", [["STL", "Nhiềêm vu, giải pháp", "Cơ quan chủ trì"],
                                      ["SIT", "Nhiệm vụ. giải phán", "Cơ quan chủ tri"], SCANNED_HEADER])
def test_a_header_repeated_on_the_next_page_and_read_otherwise_is_dropped(repeated):
    """Word repeats a table's header at the top of each page; OCR reads it a little otherwise each time (worn scans:
    "STL | Nhiềêm vu" kept as a task)."""
    from parsers.common import join_continued_tables

    first = _page_table(1, [SCANNED_HEADER, ["1", "Kiểm tra an toàn thực phẩm", "Sở Y tế"]])
    second = _page_table(2, [repeated, ["2", "Số hóa hồ sơ hộ tịch", "Sở Tư pháp"]])
    (joined,) = join_continued_tables([first, second], ocr.read_alike)
    assert [row[0] for row in joined.table.grid()] == ["STT", "1", "2"]


def test_a_task_row_reading_much_like_the_row_above_the_page_break_is_kept():
    from parsers.common import join_continued_tables

    first = _page_table(1, [SCANNED_HEADER, ["1", "Kiểm tra an toàn thực phẩm năm 2026", "Sở Y tế"]])
    second = _page_table(2, [SCANNED_HEADER, ["2", "Kiểm tra an toàn thực phẩm năm 2027", "Sở Y tế"]])
    (joined,) = join_continued_tables([first, second], ocr.read_alike)
    assert [row[0] for row in joined.table.grid()] == ["STT", "1", "2"]
    # and a first row unlike the header stays a row
    second = _page_table(2, [["Tổng hợp báo cáo", "Văn phòng", "Quý IV"], ["2", "Số hóa", "Sở Tư pháp"]])
    (joined,) = join_continued_tables([first, second], ocr.read_alike)
    assert [row[0] for row in joined.table.grid()] == ["STT", "1", "Tổng hợp báo cáo", "2"]


@needs_font
@pytest.mark.parametrize("run_mm, angle", [(7, 0.0), (12, 1.0), (20, -0.5)])
def test_a_text_lines_feet_joined_into_a_run_are_not_taken_out_as_a_rule(monkeypatch, run_mm, angle):
    """A blurred 200 dpi scan joins the tails of "y", "ự", "g" along a line of text into a run of ink as long as a
    rule's piece (7 mm and more); taking it out with the rules cut the letters' lower half ("dựng" read "thnø"). The
    grid's rules are taken out, a run inside a cell is not."""
    pixels_per_mm = 300 / 25.4
    page = grid_page(["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì"], [row[:3] for row in TASKS], [150, 1000, 650])
    # under the second row's text, 2 px thick, in the middle of its cell (rows are 110 px from 600: 820 to 930)
    run = (420, 890, 420 + round(run_mm * pixels_per_mm), 891)
    ImageDraw.Draw(page).rectangle(run, fill=0)
    page = page.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255) if angle else page
    read = []
    monkeypatch.setattr(ocr, "read_words", lambda image, *args: read.append(image) or [])
    straight, _, _, tables, _ = ocr._read_page_image(page, page.convert("L"), 300 / 72)
    assert tables, "the grid is found"
    cleaned = np.asarray(read[0]) < 140
    scale = 300 / 72
    left, top, right, bottom = (round(v * scale) for v in tables[0].rows[2].cells[1])  # the run's cell
    inside = cleaned[top + 12 : bottom - 12, left + 12 : right - 12]
    assert _longest_run(inside) >= 0.9 * run_mm * pixels_per_mm
    assert not cleaned[top - 1 : top + 2, left + 12 : right - 12].any(axis=0).all()  # the row's rule taken out


def _longest_run(ink: np.ndarray) -> int:
    """The longest horizontal run of ink, in pixels, of any line of ``ink``."""
    longest = 0
    for line in ink:
        edges = np.flatnonzero(np.diff(np.concatenate(([0], line.view(np.int8), [0]))))
        longest = max(longest, int((edges[1::2] - edges[::2]).max(initial=0)))
    return longest


def _ruled_row(strokes: list[tuple[int, int, int]], height: int = 55) -> Image.Image:
    """A one-line row 1450 px wide between two rules (300 dpi), ruled down at its ends and at x=1000 (a real column
    rule, from rule to rule), with a letter's stroke (x, top, bottom: 3 px wide) for each of ``strokes``."""
    image = Image.new("L", (1600, 400), 255)
    draw = ImageDraw.Draw(image)
    top, bottom = 100, 100 + height
    for y in (top, bottom):
        draw.rectangle((50, y, 1500, y + 2), fill=0)
    for x in (50, 1000, 1500):
        draw.rectangle((x, top, x + 2, bottom + 2), fill=0)
    for x, y0, y1 in strokes:
        draw.rectangle((x, y0, x + 2, y1), fill=0)
    return image


@pytest.mark.parametrize("height, stroke", [
    (55, (700, 112, 157)),  # its foot on the rule below (a bold "ị", dots joined by the blur)
    (60, (400, 100, 145)),  # hanging from the rule above
    (55, (650, 110, 150)),  # touching neither
    (70, (300, 120, 172)),
])
def test_a_letters_stroke_in_a_one_line_row_is_no_column_rule(height, stroke):
    """A bold "ị" blurred at 200 dpi is one stroke from its dot to its dot below, as tall as a one-line header row:
    taken for a column rule, it split the header's cell ("Đơn v" | "thực hiện") and was erased with the rules. A
    short piece is a rule only where it runs from the rule above to the rule below."""
    scale = 300 / 72
    edges, _ = ocr.ruling_edges(_ruled_row([stroke], height), scale)
    downs = sorted(round(e["x0"] * scale) for e in edges if e["orientation"] == "v")
    assert [x for x in downs if abs(x - stroke[0]) < 10] == []
    assert [x for x in downs if abs(x - 1001) < 10], "the row's real column rule is kept"


def test_a_narrow_column_of_one_row_is_read_again_in_that_row_only():
    """A header's cell split by a stroke read as a rule makes a narrow column in that row only: below it, the cells
    run across it, and a strip read again down the whole table cut their words at its edge ("CT: Ban Quản lý" read
    "Quản lý … CT: Bi"). The strip covers the column's own cells."""
    from types import SimpleNamespace

    scale = 300 / 72
    table, cells = _cells_table([60.0, 15.0, 50.0], 4)
    rows = [cells[0]] + [[row[0], (row[1][0], row[1][1], row[2][2], row[2][3]), None] for row in cells[1:]]
    table = SimpleNamespace(rows=[SimpleNamespace(cells=row) for row in rows], bbox=table.bbox)
    (strip,) = ocr._narrow_columns([table], [], scale)
    assert (strip[1], strip[3]) == (round(cells[0][1][1] * scale) + 4, round(cells[0][1][3] * scale) - 4)
