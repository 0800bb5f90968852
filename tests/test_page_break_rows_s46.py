"""PDF task tables ruled between their columns only (no rule between rows) that run over several pages, a row cut by
the page break (s46-pagebreak: the class s45 put in and took out again, tests/test_rows_run_on_s45.py and
tests/test_s45_review_tables.py).

What was wrong on s46-lead (30d7b0c): the page a table runs off has no rule under its rows, so no row of that page
was read (every task lost, no warning); the next page's band, opening with the cut row's rest over the first
number, was left unsplit (a single row, its fields null). Now the column rules ending at one height (within a border's
width: LibreOffice draws the outer ones ~0.5 pt longer) with nothing under them but the page's number close the band
(``rules.column_ruled_ends``); under the same column rules on the next page the lines over the first number are the
cut row's rest only where one reading of the band's lines is proven (``rules._rest_rows``: numbers on their rows'
first lines, or centred down their rows, every row's cells opening together), joined back to the cut row
(parsers/common.py); a band two readings part otherwise is left unread with a warning, never glued onto the row
before. Our own wordings (a health and education plan), printed by LibreOffice from python-docx; each PDF is read as
the DOCX it was printed from is.
"""

from __future__ import annotations

from functools import partial

import pdfplumber
import pytest

from conftest import line_edge, printed_and_read, task_fields, write_column_ruled_docx
from parsers.common import _join
from parsers.rules import _band_rows, column_ruled_ends
from pipeline.model import Cell, Table
from task_layouts import libreoffice

_HEAD = ("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", "Số: 207/KH-UBND", "Hà Giang, ngày 3 tháng 3 năm 2026", "KẾ HOẠCH",
         "Chăm sóc sức khỏe ban đầu cho học sinh năm 2026", "DANH MỤC NHIỆM VỤ")
_HEADER = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
_WIDTHS = (1.1, 7.2, 3.1, 3.1, 2.4)
_WORK = ("Khám sức khỏe định kỳ cho học sinh các trường tiểu học và trung học cơ sở trên địa bàn các xã vùng cao",
         "Bổ sung trang thiết bị cho phòng y tế trường học",
         "Tập huấn kỹ năng sơ cứu, cấp cứu ban đầu cho giáo viên phụ trách công tác y tế trường học tại các điểm "
         "trường lẻ",
         "Kiểm tra vệ sinh an toàn thực phẩm tại bếp ăn bán trú",
         "Truyền thông phòng, chống dịch bệnh truyền nhiễm trong trường học qua hệ thống loa và mạng xã hội",
         "Rà soát, cập nhật hồ sơ sức khỏe điện tử của học sinh",
         "Tiêm chủng bổ sung cho học sinh chưa được tiêm đủ mũi theo lịch của chương trình tiêm chủng mở rộng",
         "Sơ kết, đánh giá kết quả thực hiện kế hoạch")
_LEADS = ("Sở Y tế", "Sở Giáo dục và Đào tạo", "Trung tâm Kiểm soát bệnh tật tỉnh", "Sở Tài chính",
          "Ủy ban nhân dân các xã")
_SUPPORTS = ("Bảo hiểm xã hội tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Các trường học", "Tỉnh đoàn",
             "Sở Khoa học và Công nghệ")
_TIMES = ("Tháng 4/2026", "Quý II/2026", "Tháng 10/2026", "Năm 2026", "Thường xuyên", "Quý IV/2026")
# long lead cells: the tallest cell of their rows, so the page break cuts the lead
_LONG_LEADS = ("Sở Y tế chủ trì, phối hợp Trung tâm Kiểm soát bệnh tật tỉnh tổng hợp và báo cáo",
               "Sở Giáo dục và Đào tạo, Phòng Giáo dục các huyện",
               "Trung tâm Kiểm soát bệnh tật tỉnh hướng dẫn chuyên môn theo quy định")


def _rows(count: int, leads: tuple = _LEADS, first: int = 0) -> list[list[str]]:
    return [[str(k + 1), _WORK[(k + first) % len(_WORK)], leads[(k * 2 + first) % len(leads)],
             _SUPPORTS[(k + 2 * first) % len(_SUPPORTS)], _TIMES[(k + first) % len(_TIMES)]] for k in range(count)]


def _write(path, rows: list[list[str]], *, repeat: bool = True, split: bool = True, landscape: bool = False,
           spacing: int = 0, middle: str = "", centre: bool = False) -> None:
    """A DOCX of the plan's head and one long table ruled between its columns only: its header repeated on each page
    (``repeat``), its rows allowed to break across pages (``split``), ``spacing`` empty paragraphs before it (moves
    where the page breaks it); ``middle``: "number" sets the number cells centred down their rows, "all" every cell;
    ``centre``: the numbers centred across their cells."""
    aligned = {c: "c" for c in range(len(_HEADER)) if middle == "all" or (middle == "number" and c == 0)}
    write_column_ruled_docx(path, _HEAD + ("",) * spacing, _HEADER, rows,
                            tuple(w * 1.4 for w in _WIDTHS) if landscape else _WIDTHS, ("Nơi nhận:", "- Lưu: VT, VX."),
                            repeat_header=repeat, split_rows=split, landscape=landscape, aligned=aligned,
                            centred_numbers=centre)


# name -> (rows, options, whether a page opens with a row's rest: its first row line has no number)
_TABLES = {
    "task_cut_header_again_centred": (_rows(22), {"spacing": 1, "middle": "number", "centre": True}, True),
    "task_cut_no_header_centred": (_rows(22), {"repeat": False, "spacing": 1, "middle": "number"}, True),
    "task_cut_header_again_left": (_rows(21, first=3), {"spacing": 3}, True),
    "lead_cut_header_again_centred": (_rows(20, _LONG_LEADS), {"spacing": 2, "middle": "number", "centre": True}, True),
    "lead_cut_no_header_left": (_rows(20, _LONG_LEADS, first=1), {"repeat": False, "spacing": 6}, True),
    "three_pages_centred": (_rows(34, first=2), {"middle": "number", "centre": True, "spacing": 3}, True),
    "landscape_header_again": (_rows(16, first=5), {"landscape": True, "spacing": 2}, True),
    "landscape_no_header_centred": (_rows(16, first=4), {"landscape": True, "repeat": False, "middle": "number"}, True),
    # a numbered row opening the next page (rows kept whole: the break falls between rows at the page's foot):
    # nothing to join
    "whole_rows_header_again_centred": (_rows(22), {"split": False, "middle": "number"}, False),
    "whole_rows_no_header_left": (_rows(22, first=2), {"split": False, "repeat": False, "spacing": 2}, False),
    "whole_rows_three_pages": (_rows(34, first=1), {"split": False, "centre": True}, False),
    "whole_rows_landscape": (_rows(16, first=6), {"split": False, "landscape": True, "middle": "number"}, False),
}
# every cell centred down its row: the lines over a page's first number can be its own row's as well as a rest, and a
# row's cells open on no one line; such a page may be left unread (null with warnings), never read wrong
_ALL_CENTRED = {
    "all_centred_task_cut": (_rows(22), {"spacing": 1, "middle": "all"}),
    "all_centred_lead_cut_no_header": (_rows(20, _LONG_LEADS), {"repeat": False, "spacing": 2, "middle": "all"}),
}

pytestmark = pytest.mark.skipif(not libreoffice(), reason="LibreOffice prints the PDFs")


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return printed_and_read(tmp_path_factory.mktemp("s46pagebreak"), {
        name: partial(_write, rows=rows, **options) for name, (rows, options, *_) in {**_TABLES, **_ALL_CENTRED}.items()})


def _opens_with_rest(path) -> list[bool]:
    """For each page after the first, whether its first line of rows (under the header printed again, if it is) is
    no row's first line: its text (after a number) opens no task's wording (a number centred down its row stands
    lower than its row's first line)."""
    heading = {word for name in _HEADER for word in name.split()}
    openings = {" ".join(work.split()[:2]) for work in _WORK}
    found = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages[1:]:
            lines = [line["text"].split() for line in page.extract_text_lines()]
            body = [words for words in lines if words and not set(words) <= heading]
            if body and body[0][0] not in ("Nơi",):
                words = body[0][1:] if body[0][0].isdigit() else body[0]
                found.append(" ".join(words[:2]) not in openings)
    return found


@pytest.mark.parametrize("name", list(_TABLES))
def test_the_variant_is_what_it_says(read, name):
    """The page breaks cut a row where the variant says so, over the pages it says (else the test proves nothing)."""
    path = read[name][0]
    opened = _opens_with_rest(path)
    assert any(opened) == _TABLES[name][2]
    assert len(opened) >= (2 if "three_pages" in name else 1)
    if "landscape" in name:
        with pdfplumber.open(path) as pdf:
            assert pdf.pages[0].width > pdf.pages[0].height


@pytest.mark.parametrize("name", list(_TABLES))
def test_rows_over_the_page_break_are_read_as_the_docx(read, name):
    """Every row found, the cut one whole, with its own bodies and deadline, as the DOCX gives them; no warning of
    an unreadable cell."""
    _, docx, pdf = read[name]
    assert len(docx.tasks) == len(_TABLES[name][0])
    assert [task_fields(t) for t in pdf.tasks] == [task_fields(t) for t in docx.tasks]
    assert not {"cell_unreadable", "column_unreadable"} & {w.code for w in pdf.warnings}


@pytest.mark.parametrize("name", list(_ALL_CENTRED))
def test_cells_centred_down_their_rows_are_never_read_wrong(read, name):
    """Each PDF task's bodies and deadline are the DOCX task's of its number, or null with a warning; no task's
    wording holds another row's."""
    _, docx, pdf = read[name]
    truth = {t.number: task_fields(t) for t in docx.tasks}
    unread = {"cell_unreadable", "column_unreadable"} <= {w.code for w in pdf.warnings}
    assert pdf.tasks
    for task in pdf.tasks:
        number, content, lead, support, deadline = task_fields(task)
        if number in truth and content == truth[number][1]:
            assert (lead, support, deadline) in (truth[number][2:5], ([], [], None)), number
        else:  # a band left whole (several rows' wording): nothing taken from its cells, with a warning
            assert (lead, support, deadline) == ([], [], None) and unread, (number, content[:80])
        assert (lead, support, deadline) == truth.get(number, (None,) * 5)[2:5] or unread


# -- the geometry, without LibreOffice -----------------------------------------------------------------------------


@pytest.mark.parametrize("outer", [0.0, 0.5, 1.2], ids=["one-length", "outer-0.5pt-longer", "outer-1.2pt-longer"])
@pytest.mark.parametrize("foot", [699.0, 700.9, 701.1])
def test_column_rules_a_border_width_apart_close_the_band_once(outer, foot):
    """The outer borders drawn longer than the inner rules (by up to a border's width), their ends on either side of
    a rounding step: one rule across the whole table at the rules' foot, none for a part of them (inner rules alone:
    a rule short of the borders closes no cell of the outer columns)."""
    xs = (80, 112, 320, 405, 490, 552)
    edges = [line_edge(80, 552, 260, 260), line_edge(80, 552, 288, 288)]
    edges += [line_edge(x, x, 260 - (outer if x in (80, 552) else 0), foot + (outer if x in (80, 552) else 0)) for x in xs]
    chars = [(84, 300, 90, 309), (120, 300, 300, 309), (330, 300, 380, 309)]
    added = column_ruled_ends(edges, lambda: chars)
    assert len(added) == 1 and abs(added[0]["top"] - foot) <= 1.5 and (added[0]["x0"], added[0]["x1"]) == (80, 552)


def _band(lines: list[tuple[float, float, str]]) -> list[tuple[tuple, str]]:
    """Characters of lines (x, top, text), 5 points a character, 9 high."""
    return [((x + 5 * k, top, x + 5 * k + 4, top + 9), c) for x, top, text in lines for k, c in enumerate(text)]


_BORDERS = [40.0, 240.0, 330.0, 420.0, 480.0]  # number | task | lead | support | deadline


def test_a_rest_over_numbers_on_their_rows_first_lines_is_cut_off():
    """A rest of two task lines and one lead line, then rows whose cells open on their numbers' lines."""
    band = _band([(45, 100, "hệ thống loa"), (45, 112, "và mạng xã hội"), (245, 100, "tỉnh"),
                  (3, 126, "6"), (45, 126, "Rà soát hồ sơ sức"), (45, 138, "khỏe điện tử"), (245, 126, "Sở Y tế"),
                  (3, 152, "7"), (45, 152, "Tiêm chủng bổ sung"), (245, 152, "Sở Tài chính"), (425, 152, "Năm 2026")])
    cuts, doubtful, centred = _band_rows(band, 40.0, _BORDERS, 96.0, 170.0, rest=True)
    assert len(cuts) == 2 and cuts[0] < 126 < cuts[1] < 152 and not doubtful and centred is False


# numbers centred down rows whose other cells open at their tops (a lead on each row's first line)
_CENTRED = [(45, 100, "Khám sức khỏe định"), (45, 112, "kỳ cho học sinh"), (45, 124, "vùng cao"), (245, 100, "Sở Y tế"),
            (3, 112, "1"), (45, 136, "Tập huấn sơ cứu"), (45, 148, "cho giáo viên"), (45, 160, "điểm trường"),
            (245, 136, "Sở Giáo dục"), (3, 148, "2")]


def test_a_first_row_over_its_centred_number_is_no_rest():
    """The lines over the first number are its own row's: read with the rest over it, the next row's lead would
    open under the first row's number (no row's cells opening together)."""
    cuts, doubtful, centred = _band_rows(_band(_CENTRED), 40.0, _BORDERS, 96.0, 175.0, rest=True)
    assert len(cuts) == 1 and 128.5 < cuts[0] < 140.5 and not doubtful and centred is True  # between the lines' middles


# every cell centred down its row: the lead level with the number
_ALL_MIDDLE = [(45, 100, "Khám sức khỏe định"), (45, 112, "kỳ cho học sinh"), (45, 124, "vùng cao"),
               (245, 112, "Sở Y tế"), (3, 112, "1"), (45, 136, "Bổ sung thiết bị"), (245, 136, "Sở Tài chính"),
               (3, 136, "2")]


@pytest.mark.parametrize("before, cut", [(True, False), (None, True)], ids=["page-before-centred", "unknown"])
def test_cells_centred_down_their_rows_take_no_rest_where_the_page_before_was_read_centred(before, cut):
    """Read with the rest over the first number, every row's cells open together too: where the page before's rows
    were read centred, that reading is left out (no rest; the band's own reading does not hold: unread); not known,
    the lines alone decide (the rest cut: what the print shows)."""
    cuts, doubtful, _ = _band_rows(_band(_ALL_MIDDLE), 40.0, _BORDERS, 96.0, 150.0, rest=True, centred_before=before)
    assert bool(cuts) == cut and bool(doubtful) != cut


def test_a_band_two_readings_part_otherwise_is_left_unread():
    """Rows of one line but the first: the lines over the first number read as a rest (each row's cells opening on
    its number) as well as that row's own (its number centred): the band is left whole and unread."""
    band = _band([(45, 100, "Khám sức khỏe định"), (45, 112, "kỳ cho học sinh"), (45, 124, "vùng cao"),
                  (245, 100, "Sở Y tế"), (3, 112, "1"), (45, 136, "Bổ sung thiết bị"), (245, 136, "Sở Tài chính"),
                  (3, 136, "2"), (45, 148, "Tập huấn sơ cứu"), (245, 148, "Sở Giáo dục"), (3, 148, "3")])
    cuts, doubtful, centred = _band_rows(band, 40.0, _BORDERS, 96.0, 160.0, rest=True)
    assert not cuts and doubtful == [(96.0, 160.0, False)] and centred is None


def _table(rows: list[list[str]], unreadable: set[tuple[int, int]] = frozenset()) -> Table:
    return Table(n_rows=len(rows), n_cols=len(rows[0]), cells=[
        Cell(row=r, col=c, text=text, unreadable=(r, c) in unreadable)
        for r, row in enumerate(rows) for c, text in enumerate(row)])


_PAGE_ONE = [["TT", "Nhiệm vụ", "Chủ trì"], ["1", "Khám sức khỏe", "Sở Y tế"], ["2", "Tập huấn sơ cứu cho", "Sở"]]


def test_a_rest_is_joined_to_the_cut_row():
    joined = _join(_table(_PAGE_ONE), _table([["", "giáo viên", "Giáo dục và Đào tạo"], ["3", "Sơ kết", "Sở Y tế"]]), 0)
    grid = joined.grid()
    assert grid[2] == ["2", "Tập huấn sơ cứu cho giáo viên", "Sở Giáo dục và Đào tạo"] and grid[3][0] == "3"


def test_a_row_left_unread_is_never_glued_onto_the_row_before():
    """A band the reader could not part (its number cell unread: it may hold numbers) stays a row of its own; the
    row before, maybe cut, takes its unread columns' flags (its lead "Sở" is no value cut short)."""
    page_two = _table([["", "giáo viên Sơ kết", ""], ["3", "Sơ kết", "Sở Y tế"]], {(0, 0), (0, 2)})
    joined = _join(_table(_PAGE_ONE), page_two, 0)
    grid = joined.grid()
    assert grid[2] == ["2", "Tập huấn sơ cứu cho", ""] and grid[3][1] == "giáo viên Sơ kết"
    assert [c.unreadable for c in joined.cells if c.row == 2] == [False, False, True]


def test_an_unread_cell_takes_no_rest():
    """The cut row's lead left unread: the rest's lead words are no value of it (it stays empty, flagged)."""
    joined = _join(_table(_PAGE_ONE[:2] + [["2", "Tập huấn sơ cứu cho", ""]], {(2, 2)}),
                   _table([["", "giáo viên", "Giáo dục"], ["3", "Sơ kết", "Sở Y tế"]]), 0)
    [lead] = [c for c in joined.cells if c.row == 2 and c.col == 2]
    assert lead.text == "" and lead.unreadable and joined.grid()[2][1] == "Tập huấn sơ cứu cho giáo viên"
