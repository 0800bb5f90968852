"""PDF task tables ruled between their columns only (verticals, rules round the header and under the last row, none
between rows) that run over several pages, a row cut by the page break (s45, the thirty-second bed's known gap:
layouts 239 and 246). Small tables of our own wordings printed by LibreOffice from python-docx; each PDF is read as
the DOCX it was printed from is.

What was wrong on s45-lead (c309ef3): the page a table runs off has no rule under its rows (the rule under the last
row is on a later page), so the rows' band was open, no row of it was read and every task of the page was lost; on the
next page, the row's rest over the first number left the band unsplit (every field null with warnings). Now the
columns' rules ending at one height with nothing under them but the page's number close the band
(``rules.column_ruled_ends``), and on the next page, under the same column rules, the lines over the first number
are a row of their own (``rules._band_rows``, ``rest``), joined back to the cut row with the pages
(parsers/common.py). Guards: rows that do not break across pages (a numbered row opening the next page) are never
joined; text under the rules (a note) closes no band; a table of other columns on the next page takes no rest.
"""

from __future__ import annotations

from functools import partial

import pdfplumber
import pytest

from conftest import line_edge, printed_and_read, task_fields, write_column_ruled_docx
from parsers.pdf import page_tables
from task_layouts import libreoffice

_HEAD = ("ỦY BAN NHÂN DÂN TỈNH NINH THUẬN", "Số: 518/KH-UBND", "Ninh Thuận, ngày 14 tháng 9 năm 2026", "KẾ HOẠCH",
         "Phát triển năng lượng tái tạo năm 2026", "PHỤ LỤC NHIỆM VỤ")
_HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"]
_WIDTHS = (1.2, 7.0, 3.0, 3.0, 2.3)
_WORK = ("Rà soát quỹ đất cho các dự án điện gió ven biển và điện mặt trời trên mặt nước hồ thủy lợi",
         "Xây dựng cơ sở dữ liệu tiềm năng năng lượng tái tạo của tỉnh",
         "Hướng dẫn thủ tục đầu tư dự án điện mặt trời mái nhà tự sản xuất, tự tiêu thụ tại các khu công nghiệp và "
         "cụm công nghiệp",
         "Kiểm tra an toàn đập, hồ chứa nước có lắp đặt tấm pin",
         "Tuyên truyền sử dụng năng lượng tiết kiệm và hiệu quả trong hộ gia đình, cơ sở sản xuất nhỏ",
         "Đề xuất cơ chế hỗ trợ đầu tư hạ tầng truyền tải đấu nối cho các nhà máy điện",
         "Thẩm định báo cáo đánh giá tác động môi trường các dự án điện gió",
         "Tổng hợp, báo cáo tình hình thực hiện các dự án năng lượng trên địa bàn tỉnh định kỳ sáu tháng và hằng năm")
_LEADS = ("Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Sở Xây dựng",
          "Ban Quản lý các khu công nghiệp tỉnh")
_SUPPORTS = ("UBND các xã, phường", "Công ty Điện lực tỉnh", "Sở Khoa học và Công nghệ", "Sở Tư pháp",
             "Các sở, ngành liên quan")
_TIMES = ("Quý I/2026", "Quý II/2026", "Tháng 9/2026", "Năm 2026", "Thường xuyên", "Quý IV/2026")
# long lead cells: the tallest cell of the row, so the page break cuts it
_LONG_LEADS = ("Sở Công Thương chủ trì, tổng hợp ý kiến các sở và báo cáo UBND tỉnh",
               "Sở Nông nghiệp và Môi trường, Chi cục Thủy lợi",
               "Sở Tài chính thẩm định, bố trí nguồn vốn theo quy định")


def _rows(count: int, leads: tuple = _LEADS, first: int = 0) -> list[list[str]]:
    return [[str(k + 1), _WORK[(k + first) % len(_WORK)], leads[(k + first) % len(leads)],
             _SUPPORTS[(k * 3 + first) % len(_SUPPORTS)], _TIMES[(k + first) % len(_TIMES)]] for k in range(count)]


def _write(path, rows: list[list[str]], *, repeat: bool = True, split: bool = True, landscape: bool = False,
           spacing: int = 0) -> None:
    """A DOCX of the plan's head and one long table ruled between its columns only: its header repeated on each page
    (``repeat``), its rows allowed to break across pages (``split``), ``spacing`` empty paragraphs before it (moves
    where the page breaks it)."""
    write_column_ruled_docx(path, _HEAD + ("",) * spacing, _HEADER, rows, _WIDTHS, repeat_header=repeat,
                            split_rows=split, landscape=landscape)


# name -> (rows, options, whether a row is cut by a page break: the next page's first row line has no number)
_TABLES = {
    "header_again_task_cut": (_rows(22), {"spacing": 2}, True),
    "no_header_task_cut": (_rows(22), {"repeat": False, "spacing": 2}, True),
    "header_again_lead_cut": (_rows(20, _LONG_LEADS), {"spacing": 3}, True),
    "no_header_lead_cut": (_rows(20, _LONG_LEADS, first=1), {"repeat": False, "spacing": 5}, True),
    "landscape_three_pages": (_rows(30, first=2), {"landscape": True}, True),
    # guards: rows kept whole, a numbered row opening each page: nothing to join
    "whole_rows_header_again": (_rows(22), {"split": False}, False),
    "whole_rows_no_header": (_rows(22), {"split": False, "repeat": False}, False),
}

pytestmark = pytest.mark.skipif(not libreoffice(), reason="LibreOffice prints the PDFs")
@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return printed_and_read(tmp_path_factory.mktemp("s45runon"),
                            {name: partial(_write, rows=rows, **options) for name, (rows, options, _) in _TABLES.items()})


def _opens_with_rest(path) -> list[bool]:
    """For each page after the first, whether its first line of rows (under the header printed again, if it is)
    holds no row's number."""
    heading = {word for name in _HEADER for word in name.split()}
    found = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages[1:]:
            lines = [line["text"].split() for line in page.extract_text_lines()]
            body = [words for words in lines if words and not set(words) <= heading]
            if body and body[0][0] not in ("Nơi",):
                found.append(not body[0][0].isdigit())
    return found


@pytest.mark.parametrize("name", list(_TABLES))
def test_the_variant_is_what_it_says(read, name):
    """The page breaks cut a row where the variant says so (else the test proves nothing)."""
    assert any(_opens_with_rest(read[name][0])) == _TABLES[name][2]


@pytest.mark.parametrize("name", list(_TABLES))
def test_rows_over_the_page_break_are_read_as_the_docx(read, name):
    """Every row found, the cut one whole, with its own bodies and deadline, as the DOCX gives them; no warning of
    an unreadable cell."""
    _, docx, pdf = read[name]
    assert len(docx.tasks) == len(_TABLES[name][0])
    assert [task_fields(t) for t in pdf.tasks] == [task_fields(t) for t in docx.tasks]
    assert not {"cell_unreadable", "column_unreadable"} & {w.code for w in pdf.warnings}


# A complete row with no number under a numbered one, in one band: its cells open together under the numbered row's
# shorter cells, after an empty line in each (the task's lines run on with no gap). On s45-lead read as one task holding
# both rows' bodies and times, no warning; the print cannot tell such a row from cells holding empty lines, so now the
# numbered row's bodies and times are null with a warning. name -> rows (the unnumbered rows' bodies named apart)
_R = _rows(8)


def _bare(row: list[str]) -> list[str]:
    return ["", *row[1:]]


def _numbered(rows: list[list[str]]) -> list[list[str]]:
    """The rows numbered on from 1, the unnumbered ones left so."""
    count = 0
    out = []
    for row in rows:
        count += bool(row[0])
        out.append([str(count) if row[0] else "", *row[1:]])
    return out


_UNNUMBERED = {
    "one_under_the_first": _numbered([_R[0], _bare(_R[1]), _R[2], _R[3]]),
    "short_under_a_wrapped_lead": _numbered([_R[0], _R[1], ["", "Kiểm tra định kỳ", "Sở Tư pháp", "Sở Nội vụ", "Quý III/2026"], _R[3]]),
    "two_under_one": _numbered([_R[2], _bare(_R[4]), _bare(_R[5]), _R[3]]),
    "under_a_middle_row": _numbered([_R[0], _R[2], _bare(_R[6]), _R[7], _R[3]]),
}
# guards: cells of two lines with no empty line between (a second body, a time and its rhythm): read as the DOCX
_WHOLE = {
    "two_line_cells": [_R[0], ["2", "Kiểm tra an toàn đập", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng;\nSở Tư pháp",
                              "Quý II/2026\n(hằng quý)"], _R[3]],
}


@pytest.fixture(scope="module")
def unnumbered(tmp_path_factory):
    read = printed_and_read(tmp_path_factory.mktemp("s45unnumbered"),
                            {name: partial(_write, rows=rows) for name, rows in {**_UNNUMBERED, **_WHOLE}.items()})
    return {name: (docx, pdf) for name, (_, docx, pdf) in read.items()}


@pytest.mark.parametrize("name", list(_UNNUMBERED))
def test_an_unnumbered_row_under_a_numbered_one_gives_it_none_of_its_values(unnumbered, name):
    """Each PDF task's bodies and time are the DOCX task's of its number, or null with a warning: never two rows'."""
    docx, pdf = unnumbered[name]
    truth = {t.number: task_fields(t) for t in docx.tasks if t.number}
    assert len(docx.tasks) > len(truth) and pdf.tasks
    for task in pdf.tasks:
        number, _, lead, support, deadline = task_fields(task)
        assert (lead, support, deadline) in (truth[number][2:5], ([], [], None))
    assert {"cell_unreadable", "column_unreadable"} <= {w.code for w in pdf.warnings}


@pytest.mark.parametrize("name", list(_WHOLE))
def test_cells_of_several_lines_with_no_gap_are_read(unnumbered, name):
    docx, pdf = unnumbered[name]
    assert [task_fields(t) for t in pdf.tasks] == [task_fields(t) for t in docx.tasks]
    assert not {"cell_unreadable", "column_unreadable"} & {w.code for w in pdf.warnings}


# -- the geometry, without LibreOffice -----------------------------------------------------------------------------


_XS = (0, 40, 240, 330, 420, 480)


def _line(x: float, top: float, text: str) -> list[tuple[tuple, str]]:
    return [((x + 5 * k, top, x + 5 * k + 4, top + 9), c) for k, c in enumerate(text)]


def _page(rules: list[float], verticals: tuple[float, float], lines: list[tuple[int, float, str]], xs=_XS):
    """A page's edges and characters: rules across the table, its columns' rules from ``verticals[0]`` to
    ``verticals[1]``, and lines of text (column, top, text)."""
    edges = [line_edge(xs[0], xs[-1], y, y) for y in rules] + [line_edge(x, x, *verticals) for x in xs]
    chars = [item for column, top, text in lines for item in _line(xs[column] + 3, top, text)]
    return edges, [box for box, _ in chars], "".join(c for _, c in chars)


_FIRST = [(0, 52, "1"), (1, 52, "Rà soát quỹ đất"), (2, 52, "Sở Xây dựng"), (4, 52, "Quý II"),
          (0, 72, "2"), (1, 72, "Xây dựng cơ sở dữ liệu"), (1, 84, "tiềm năng của tỉnh"), (2, 72, "Sở Công Thương")]


def _tables(edges, boxes, text, carried):
    return page_tables(edges, lambda: boxes, carried=carried, char_text=lambda: text)


def _rows_of(table) -> int:
    return len(table.rows)


def test_a_table_running_off_its_page_is_closed_at_its_column_rules_foot():
    carried: dict = {}
    [table] = _tables(*_page([30, 46], (30, 98), _FIRST), carried)
    assert _rows_of(table) == 3 and carried.get("column-ruled")  # the header and two rows


def test_text_under_the_column_rules_closes_no_band():
    """A note of two lines under the columns' rules: the table does not run off its page."""
    carried: dict = {}
    lines = _FIRST + [(1, 120, "Ghi chú: số liệu ước"), (1, 134, "thực hiện đến hết năm")]
    tables = _tables(*_page([30, 46], (30, 98), lines), carried)
    assert all(_rows_of(t) <= 1 for t in tables) and "column-ruled" not in carried


@pytest.mark.parametrize("same", [True, False],
                         ids=["same columns: the rest cut off", "other columns: no rest"])
def test_the_rest_opens_a_row_only_under_the_same_column_rules(same):
    carried: dict = {}
    _tables(*_page([30, 46], (30, 98), _FIRST), carried)
    xs = _XS if same else (0, 50, 240, 330, 420, 480)
    rest = [(1, 52, "và vùng ven biển"), (2, 52, "tỉnh"), (0, 66, "3"), (1, 66, "Kiểm tra an toàn đập"),
            (2, 66, "Sở Tài chính"), (0, 80, "4"), (1, 80, "Tổng hợp báo cáo"), (2, 80, "Sở Tư pháp")]
    [table] = _tables(*_page([30, 46, 96], (30, 96), rest, xs), carried)
    # the header, the rest, rows 3 and 4; or the header and one band left whole (its fields unread)
    assert _rows_of(table) == (4 if same else 2)
    assert bool(table.doubtful) != same
