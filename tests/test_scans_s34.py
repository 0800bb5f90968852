"""Task tables read from scans (s34-scantables7): a table ruled only round its header, its rows one band with no rule
between them, split into rows by the numbers of its first column; a group's row whose numeral the reading lost is
no header; "hằng" misread before a unit of time ("hăng năm") still makes a recurring deadline."""

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from parsers import ocr
from parsers.rules import FoundTable
from pipeline.model import Block, Cell, Provenance, Table
from pipeline.run import process
from pipeline.stages.deadlines import parse_deadline
from pipeline.stages.tables import grid_record
from pipeline.text import fold

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
needs_tesseract = pytest.mark.skipif(ocr.tesseract_problem() is not None, reason=str(ocr.tesseract_problem()))
needs_font = pytest.mark.skipif(not FONT.exists(), reason=f"font {FONT} missing: apt-get install -y fonts-dejavu-core")

SCALE = 300 / 72  # pixels per point at 300 dpi


# --- a band of rows split by the first column's numbers ------------------------------------------------------------

def _band_table(widths: list[float], top: float = 100.0, bottom: float = 400.0) -> FoundTable:
    """A table as the rules give it when they run only round its header: the header's row, then one band (in points)."""
    xs = [50.0]
    for width in widths:
        xs.append(xs[-1] + width)
    cells = [(xs[c], 70.0, xs[c + 1], top) for c in range(len(widths))]
    cells += [(xs[c], top, xs[c + 1], bottom) for c in range(len(widths))]
    return FoundTable(cells)


def _word(text: str, x: float, y: float, width: float = 12.0, line: int = 1) -> ocr.Word:
    return ocr.Word(text, 90.0, round(x * SCALE), round(y * SCALE), round((x + width) * SCALE), round((y + 9) * SCALE),
                    (1, 1, line))


@pytest.mark.parametrize("numbers", [["1", "2", "3"], ["I", "1", "2", "II", "1"], ["a)", "b)"], ["1.", "2.", "3.", "4."]])
def test_a_band_of_unruled_rows_is_split_at_each_number(numbers):
    """Read as one row, the band's tasks were one task whose lead was every row's (layout 124 worn: seven leads)."""
    table = _band_table([30.0, 300.0, 150.0])
    words = []
    for i, number in enumerate(numbers):
        y = 110.0 + 40 * i
        words += [_word(number, 55.0, y, line=i), _word("Nhiệm", 85.0, y, 30, i), _word("vụ", 85.0, y + 12, 12, i),
                  _word("Sở", 390.0, y, 15, i)]
    split = ocr._rows_by_numbers(table, words, SCALE)
    assert len(split.rows) == 1 + len(numbers)
    for i, row in enumerate(split.rows[1:]):  # each row holds its number, both lines of its task, and its body
        inside = [w.text for w in words if any(c and ocr._inside(w, c, SCALE) for c in row.cells)]
        assert inside == [numbers[i], "Nhiệm", "vụ", "Sở"]


@pytest.mark.parametrize("first_column", [
    ["1"],  # one row in the band: nothing to split
    ["Số", "thứ tự"],  # words, not numbers (a header's cell)
    ["1", "Nhiệm vụ trọng tâm"],  # a line that is no short token
])
def test_a_first_column_without_numbers_a_line_is_not_split(first_column):
    table = _band_table([30.0, 300.0, 150.0])
    words = [_word(text, 55.0, 110.0 + 20 * i, line=i) for i, text in enumerate(first_column)]
    assert len(ocr._rows_by_numbers(table, words, SCALE).rows) == 2


def test_a_wide_first_column_is_not_split():
    """A first column wider than a number column's share holds text, whose lines are no rows."""
    table = _band_table([200.0, 300.0, 150.0])
    words = [_word(text, 55.0, 110.0 + 20 * i, line=i) for i, text in enumerate(["1", "2", "3"])]
    assert len(ocr._rows_by_numbers(table, words, SCALE).rows) == 2


HEADER = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn"]
ROWS = [["1", "Rà soát quy chế làm việc", "Sở Tư pháp", "Quý II/2026"],
        ["2", "Xây dựng cơ sở dữ liệu", "Sở Nội vụ", "Tháng 8/2026"],
        ["3", "Kiểm tra việc thực hiện", "Thanh tra tỉnh", "Năm 2026"]]


def header_ruled_page(rows: list[list[str]], angle: float = 0.0) -> Image.Image:
    """An A4 page at 300 dpi: a task table with rules only above and below its header and under its last row, no
    column rules, no rule between its rows."""
    font = ImageFont.truetype(str(FONT), 38)
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    draw.text((150, 400), "PHỤ LỤC NHIỆM VỤ", font=font, fill=0)
    xs = [150, 330, 1250, 1850, 2300]
    y = 600
    draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
    for c, text in enumerate(HEADER):
        draw.text((xs[c] + 15, y + 30), text, font=font, fill=0)
    y += 110
    draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
    for cells in rows:
        for c, text in enumerate(cells):
            draw.text((xs[c] + 15, y + 25), text, font=font, fill=0)
        y += 100
    draw.line([(xs[0], y + 20), (xs[-1], y + 20)], fill=0, width=3)
    draw.text((150, y + 200), "Các cơ quan tổ chức thực hiện kế hoạch này.", font=font, fill=0)
    return image.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255) if angle else image


@needs_tesseract
@needs_font
@pytest.mark.parametrize("rows, angle", [(ROWS, 0.0), (ROWS[::-1], 1.0),
                                         ([["I", "CẢI CÁCH HÀNH CHÍNH"], *ROWS[:2], ["II", "KIỂM TRA"], ROWS[2]], 0.0)])
def test_a_scanned_table_ruled_round_its_header_gives_a_task_a_row(tmp_path, rows, angle):
    path = tmp_path / "annex.png"
    header_ruled_page(rows, angle).save(path, dpi=(300, 300))
    doc = process(path)
    got = [(t.number, [fold(m.name) for m in t.lead]) for t in doc.tasks]
    assert got == [(r[0], [fold(r[2])]) for r in rows if len(r) == 4]


# --- a group's row that lost its numeral ---------------------------------------------------------------------------

def _record(rows: list[list[str]], spans: dict) -> object:
    covered = {(r, c + k) for (r, c), width in spans.items() for k in range(1, width)}
    cells = [Cell(r, c, 1, spans.get((r, c), 1), text=text) for r, row in enumerate(rows) for c, text in enumerate(row)
             if (r, c) not in covered]
    table = Table(n_rows=len(rows), n_cols=len(rows[0]), cells=cells)
    return grid_record(Block(id="b0001", orig="", prov=Provenance(reader="test"), table=table), "table_1")


@pytest.mark.parametrize("title, tasks", [
    ("CÔNG TÁC TUYÊN TRUYỀN, PHỔ BIẾN", [["1", "Xây dựng phương án phòng, chống thiên tai", "Sở Nội vụ", "Sở Tư pháp", "Tháng 9 năm 2026"]]),
    ("Nhiệm vụ trọng tâm", [["1", "Tổ chức hội nghị tổng kết công tác năm", "Văn phòng UBND tỉnh", "", "Quý IV/2026"],
                            ["2", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Sở Nội vụ", "Năm 2026"]]),
])
def test_a_group_row_whose_numeral_was_lost_is_no_header(title, tasks):
    """A table copied without its header: the group's row "I | CÔNG TÁC …", its "I" lost by a scan's reading, was
    taken for the header, its title the name of every column, and the bodies' columns read as lead and support (a
    confident wrong lead where the table never says who leads)."""
    record = _record([["", title, title, title, title], *tasks], {(0, 1): 4})
    roles = [c.role for c in record.columns]
    assert "lead" not in roles and "support" not in roles
    assert [r.kind for r in record.rows][:1] != ["header"]


def test_a_title_over_a_header_still_titles_it():
    """Guard: a spanning title over a real header stays the table's title."""
    record = _record([["", "DANH MỤC NHIỆM VỤ", "DANH MỤC NHIỆM VỤ", "DANH MỤC NHIỆM VỤ", "DANH MỤC NHIỆM VỤ"],
                      ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
                      ["1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Sở Nội vụ", "Năm 2026"]], {(0, 1): 4})
    assert [c.role for c in record.columns][2:4] == ["lead", "support"]


# --- "hằng" misread before a unit of time --------------------------------------------------------------------------

@pytest.mark.parametrize("read, meant", [
    ("Trước 15/12 hăng năm", "Trước 15/12 hằng năm"),
    ("Hăng năm", "Hằng năm"),
    ("Báo cáo hẳng quý", "Báo cáo hằng quý"),
    ("Ngày 25 hắng tháng", "Ngày 25 hằng tháng"),
    ("HĂNG NĂM", "HẰNG NĂM"),
    ("Thứ Sáu hâng  tuần", "Thứ Sáu hằng  tuần"),
])
def test_hang_misread_before_a_unit_of_time_is_hang_every(read, meant):
    assert ocr.corrected(read) == meant


@pytest.mark.parametrize("read", ["Trước 15/12 hăng năm", "Trước ngày 20/11 hẳng năm", "Tháng 12 hăng năm"])
def test_a_yearly_deadline_misread_is_recurring_not_a_date(read):
    """'Trước 15/12 hăng năm' read as printed gave the plan year's 15 December: a confident wrong end."""
    deadline = parse_deadline(ocr.corrected(read), 2026)
    assert (deadline.end, deadline.recurring) == (None, "hằng năm")


@pytest.mark.parametrize("text", ["Tinh thần hăng hái thi đua", "hăng say lao động", "Sở Nội vụ"])
def test_hang_as_a_word_of_its_own_stays(text):
    assert ocr.corrected(text) == text


# --- a narrow column of sentences is not read again as numbers -----------------------------------------------------

def _column_table(columns_mm: list[float], rows: int):
    from types import SimpleNamespace

    xs = [50.0]
    for mm in columns_mm:
        xs.append(xs[-1] + mm / ocr._MM_PER_POINT)
    cells = [[(xs[c], 100.0 + 40 * r, xs[c + 1], 140.0 + 40 * r) for c in range(len(columns_mm))] for r in range(rows)]
    return SimpleNamespace(rows=[SimpleNamespace(cells=row) for row in cells], bbox=(xs[0], 100.0, xs[-1], 100.0 + 40 * rows)), cells


@pytest.mark.parametrize("texts, read_again", [
    (["Kết quả", "Đã tổ chức 2 hội nghị", "Đã tổ chức 3 hội nghị", "Đã ban hành", "Đang thực hiện dự thảo"], False),
    (["Ghi chú", "Chưa có kinh phí thực hiện", "Đã hoàn thành việc rà soát", "", ""], False),
    (["Số thứ tự", "", "", "", ""], True),  # guard: the page's reading dropped the numbers
    (["TT", "1", "2", "Đã xong", "4"], True),  # guard: numbers, one cell of words
])
def test_a_narrow_column_of_sentences_is_not_read_again_as_numbers(texts, read_again):
    """Layout 94 worn: an 18 mm column of results ('Đã tổ chức 2 hội nghị, lớp tập huấn') read again as a column of
    numbers came back as 'Đã tổ 2 2 hội nghị': the reading of a column of numbers cut its words."""
    table, cells = _column_table([60.0, 18.0, 50.0], len(texts))
    words = []
    for row, text in zip(cells, texts):
        cell = row[1]
        for k, part in enumerate(text.split()):
            x, y = (cell[0] + 2) * SCALE, (cell[1] + 3 + 10 * (k // 2)) * SCALE
            words.append(ocr.Word(part, 90.0, round(x + 12 * (k % 2) * SCALE), round(y), round(x + (12 * (k % 2) + 10) * SCALE),
                                  round(y + 8 * SCALE), (1, 1, k // 2)))
    strips = ocr._narrow_columns([table], words, SCALE)
    assert bool(strips) == read_again


# --- a wrapped header cell is no band of rows (review of s34-scantables7) ------------------------------------------

def _ruled_table(header_lines: int, rows: int) -> FoundTable:
    """A fully ruled table (each row its own cells), its header's row ``header_lines`` lines high, in points."""
    xs = [50.0, 80.0, 380.0, 530.0, 680.0]
    bottom = 70.0 + 14 * header_lines + 6
    cells = [(xs[c], 70.0, xs[c + 1], bottom) for c in range(4)]
    for r in range(rows):
        cells += [(xs[c], bottom + 40 * r, xs[c + 1], bottom + 40 * (r + 1)) for c in range(4)]
    return FoundTable(cells)


def _header_words(first_cell: list[str], lines: int) -> list[ocr.Word]:
    words = [_word(text, 55.0, 72.0 + 14 * k, line=k) for k, text in enumerate(first_cell)]
    words += [_word("Nội", 85.0, 72.0, 20, 10), _word("dung", 110.0, 72.0, 25, 10)]
    for x, under in ((390.0, "chủ trì"), (540.0, "phối hợp")):
        words += [_word("Cơ", x, 72.0, 15, 11), _word("quan", x + 20, 72.0, 25, 11)]
        if lines >= 2:
            words += [_word(w, x + 25 * k, 86.0, 20, 12) for k, w in enumerate(under.split())]
    return words


@pytest.mark.parametrize("first_cell, lines", [
    (["Số", "TT"], 2), (["Số", "thứ", "tự"], 3), (["TT"], 2), (["STT"], 2), (["Số", "TT"], 3), (["TT", "(1)"], 2),
])
def test_a_wrapped_header_cell_does_not_cut_the_header(first_cell, lines):
    """'Số' / 'TT' in a narrow first column, each line one short token, cut the header in two: 'Cơ quan chủ trì' and
    'Cơ quan phối hợp' became two columns 'Cơ quan' (two implementers, every task's support lost) and a junk row."""
    height = max(lines, len(first_cell))
    table = _ruled_table(height, 2)
    bottom = table.rows[0].bbox[3]
    words = _header_words(first_cell, lines)
    for i, number in enumerate(["1", "2"]):
        y = bottom + 5 + 40 * i
        words += [_word(number, 55.0, y, line=20 + i), _word("Rà", 85.0, y, 15, 20 + i), _word("Sở", 390.0, y, 15, 20 + i)]
    split = ocr._rows_by_numbers(table, words, SCALE)
    assert len(split.rows) == 3
    header = [" ".join(w.text for w in words if c and ocr._inside(w, c, SCALE)) for c in split.rows[0].cells]
    assert header[0] == " ".join(first_cell) and header[2].startswith("Cơ quan") and header[3].startswith("Cơ quan")


@pytest.mark.parametrize("first_cell", [["Số", "TT"], ["Số", "thứ", "tự"], ["STT"]])
def test_a_header_ruled_apart_from_its_band_keeps_one_row_and_the_band_is_split(first_cell):
    """The header's row is never split; the band under it still is, at each of its numbers."""
    table = _band_table([30.0, 300.0, 150.0], top=70.0 + 14 * len(first_cell) + 6)
    words = [_word(text, 55.0, 72.0 + 14 * k, line=k) for k, text in enumerate(first_cell)]
    for i, number in enumerate(["1", "2", "3"]):
        words += [_word(number, 55.0, 130.0 + 40 * i, line=20 + i), _word("Sở", 390.0, 130.0 + 40 * i, 15, 20 + i)]
    split = ocr._rows_by_numbers(table, words, SCALE)
    assert len(split.rows) == 4
    assert [w.text for w in words if ocr._inside(w, split.rows[0].cells[0], SCALE)] == first_cell


@pytest.mark.parametrize("first_column", [
    ["TT", "1", "2"],  # a band whose first line is no number (a header not ruled apart from its rows)
    ["Có", "Không", "Có"],  # short words, no numbers
    ["x", "x"],  # ticks
    ["Số", "1", "2"],
    ["-", "-", "-"],
])
def test_a_band_of_short_tokens_that_are_no_row_numbers_is_not_split(first_column):
    table = _band_table([30.0, 300.0, 150.0])
    words = [_word(text, 55.0, 110.0 + 40 * i, line=i) for i, text in enumerate(first_column)]
    assert len(ocr._rows_by_numbers(table, words, SCALE).rows) == 2


@pytest.mark.parametrize("numbers", [["a)", "b)", "c)"], ["đ)", "e)"], ["1.1", "1.2"], ["IV.", "V."]])
def test_a_band_of_row_numbers_of_each_kind_is_split(numbers):
    """Guard: letters with a bracket, dotted numbers and Roman numerals open rows."""
    table = _band_table([30.0, 300.0, 150.0])
    words = [_word(text, 55.0, 110.0 + 40 * i, line=i) for i, text in enumerate(numbers)]
    assert len(ocr._rows_by_numbers(table, words, SCALE).rows) == 1 + len(numbers)


def wrapped_header_page(header: list[list[str]], rows: list[list[str]], ruled_rows: bool = True) -> Image.Image:
    """An A4 page at 300 dpi: a task table whose header's cells wrap ('Số' over 'TT' in a narrow first column), its
    rows ruled apart or (``ruled_rows`` False) one band under the header."""
    font = ImageFont.truetype(str(FONT), 38)
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    draw.text((150, 400), "PHỤ LỤC NHIỆM VỤ", font=font, fill=0)
    xs = [150, 290, 1250, 1850, 2300]
    y = 600
    height = 60 * max(len(lines) for lines in header) + 40
    for c, lines in enumerate(header):
        for k, text in enumerate(lines):
            draw.text((xs[c] + 15, y + 20 + 55 * k), text, font=font, fill=0)
    ys = [y, y + height]
    y += height
    for cells in rows:
        for c, text in enumerate(cells):
            draw.text((xs[c] + 15, y + 25), text, font=font, fill=0)
        y += 100
        ys.append(y)
    for rule in ys if ruled_rows else [ys[0], ys[1], ys[-1]]:
        draw.line([(xs[0], rule), (xs[-1], rule)], fill=0, width=3)
    for x in xs:
        draw.line([(x, ys[0]), (x, ys[-1])], fill=0, width=3)
    draw.text((150, y + 200), "Các cơ quan tổ chức thực hiện kế hoạch này.", font=font, fill=0)
    return image


LEAD_SUPPORT_ROWS = [["1", "Rà soát quy chế làm việc", "Sở Tư pháp", "Sở Nội vụ"],
                     ["2", "Xây dựng cơ sở dữ liệu", "Sở Nội vụ", "Sở Tư pháp"],
                     ["3", "Kiểm tra việc thực hiện", "Thanh tra tỉnh", "Sở Tài chính"]]


@needs_tesseract
@needs_font
@pytest.mark.parametrize("first_cell, ruled_rows", [
    (["Số", "TT"], True), (["Số", "thứ", "tự"], True), (["TT"], True), (["STT"], True), (["Số", "TT"], False),
])
def test_a_scanned_table_with_a_wrapped_header_cell_keeps_lead_and_support(tmp_path, first_cell, ruled_rows):
    header = [first_cell, ["Nội dung công việc"], ["Cơ quan", "chủ trì"], ["Cơ quan", "phối hợp"]]
    path = tmp_path / "annex.png"
    wrapped_header_page(header, LEAD_SUPPORT_ROWS, ruled_rows).save(path, dpi=(300, 300))
    doc = process(path)
    got = [(t.number, [fold(m.name) for m in t.lead], [fold(m.name) for m in t.support]) for t in doc.tasks]
    assert got == [(r[0], [fold(r[2])], [fold(r[3])]) for r in LEAD_SUPPORT_ROWS]
