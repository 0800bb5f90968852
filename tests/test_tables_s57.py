"""Task tables printed with no rule at all (s56's reading of a Word table with its borders taken off), after s56 (s57).

1. A number column narrower than its heading breaks "STT" over two lines ("ST" over "T"): the page was not read for
   such a table (its gate looked for a line opening with "STT"), the heading named no role, and the header's band was
   cut at "T" as if a row began there: the tasks vanished. data/column_roles.csv reads "ST T" as the number column's
   heading; a line's first word over the next line's opens the page's gate; a table told by white keeps its header's
   band whole.
2. A number column wider than its numbers (a Word table of equal columns: the number column a fifth of it) gave no
   table (its lines were trusted to tell the rows only where it is narrow). The rows of a table told by white end at
   any words in that column but a row's number, so its lines are the rows' numbers whatever its width.
3. A short paragraph right under such a table ("- Sở Y tế tổng hợp.", indented into the task column) read as the last
   task's next line, or, running to the lead column's edge, took the lead's place (content "… Sở Tài chính Sở Y tế
   tổng hợp, báo cáo.", no lead). A line each of whose words stands under a blank line of its column goes on with no
   cell (a cell's lines follow one another): the rows end over it, unless a row opens after it.
Every table and text is our own, built as a Word file and printed to PDF by LibreOffice (one start for the module).
"""

from __future__ import annotations

from functools import partial

import pytest
from test_tables_s56 import HEADER, ROUNDS, WORKS, _expected, _fields, _unruled_docx

from conftest import printed_and_read
from parsers.rules import may_hold_unruled_table
from pipeline.stages.columns import column_role

NARROW = [1.0, 5.5, 3.0, 3.0, 2.5, 2.5]  # cm: a number column of 1 cm, as clerks set it
ROWS = [[str(k), *w] for k, w in enumerate(WORKS, 1)]
ROUND_ROWS = [[str(k), *w] for k, w in enumerate(ROUNDS, 1)]
# the last task long enough to wrap to the line its deadline wraps to, right over the paragraph under the table
LONG_LAST = [*ROWS[:-1], ["5", "Bố trí kinh phí thực hiện các nhiệm vụ của kế hoạch", *WORKS[-1][1:]]]
BLANK_LINE = [ROWS[0], [ROWS[1][0], "Triển khai bệnh án điện tử\n\ntại bệnh viện tuyến tỉnh", *ROWS[1][2:]], *ROWS[2:]]

CASES = {
    "narrow": dict(rows=[HEADER, *ROWS], widths=NARROW),
    "narrow_over_pages": dict(rows=[HEADER, *ROUND_ROWS], widths=NARROW),
    "narrow_header_again": dict(rows=[HEADER, *ROUND_ROWS], widths=NARROW, repeat_header=True),
    "narrow_inline": dict(rows=[HEADER, *ROWS], widths=NARROW, inline=True),
    "indented_after": dict(rows=[HEADER, *ROWS], widths=NARROW, inline=True, after=["- Sở Y tế tổng hợp."],
                           indent_after=True),
    "to_the_lead_column": dict(rows=[HEADER, *ROWS], widths=NARROW, inline=True, after=["Sở Y tế tổng hợp, báo cáo."],
                               indent_after=True),
    "wrapped_over_paragraph": dict(rows=[HEADER, *LONG_LAST], widths=NARROW, inline=True,
                                   after=["- Sở Y tế tổng hợp."], indent_after=True),
    "blank_line_in_cell": dict(rows=[HEADER, *BLANK_LINE], widths=NARROW),
    "wide_four_columns": dict(rows=[HEADER[:4], *[row[:4] for row in ROWS]]),
    "wide_inline": dict(rows=[HEADER[:5], *[row[:5] for row in ROWS]], inline=True),
    "wide_over_pages": dict(rows=[HEADER[:5], *[row[:5] for row in ROUND_ROWS]]),
}


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """Each case's Word file and the PDF LibreOffice prints from it (one start), both read."""
    read = printed_and_read(tmp_path_factory.mktemp("s57unruled"),
                            {name: partial(_unruled_docx, **options) for name, options in CASES.items()})
    return {name: (docx, pdf) for name, (_, docx, pdf) in read.items()}


def _works(rows):
    return [tuple(" ".join(cell.split()) for cell in row[1:]) for row in rows]


@pytest.mark.parametrize("case, rows", [("narrow", ROWS), ("narrow_over_pages", ROUND_ROWS),
                                        ("narrow_header_again", ROUND_ROWS), ("narrow_inline", ROWS)])
def test_a_number_column_that_breaks_its_heading(printed, case, rows):
    """"STT" in a 1 cm column prints "ST" over "T": the tasks were lost (no table); on one page, over pages, its header
    printed again on each page, in the body."""
    docx, pdf = printed[case]
    assert _fields(pdf) == _fields(docx) == _expected(_works(rows))


@pytest.mark.parametrize("case, rows", [("wide_four_columns", ROWS), ("wide_inline", ROWS),
                                        ("wide_over_pages", ROUND_ROWS)])
def test_a_number_column_wider_than_its_numbers(printed, case, rows):
    """A Word table of equal columns (the number column a fourth or a fifth of it): read, row by row, as the DOCX."""
    docx, pdf = printed[case]
    assert _fields(pdf) == _fields(docx)
    assert [f[:2] for f in _fields(pdf)] == [(row[1], [row[2]]) for row in rows]


@pytest.mark.parametrize("case", ["indented_after", "to_the_lead_column"])
def test_a_short_paragraph_under_the_rows_is_no_line_of_the_last(printed, case):
    """Indented into the task column under the white the last task leaves (its deadline wraps, its task does not): the
    rows end over it, and it stays text."""
    docx, pdf = printed[case]
    assert _fields(pdf) == _fields(docx) == _expected(WORKS)
    assert any("Sở Y tế tổng hợp" in b.orig for b in pdf.blocks if b.table is None)


def test_a_blank_line_inside_a_cell_keeps_the_rows_after_it(printed):
    """A task cell with an empty line in it: its next line stands under white in its column, but rows open after it,
    so it is a cell's (the rows go on)."""
    docx, pdf = printed["blank_line_in_cell"]
    assert _fields(pdf) == _fields(docx) == _expected(_works(BLANK_LINE))


def test_a_paragraph_right_under_the_last_tasks_line(printed):
    """Right under the last task's wrapped line, where that cell's next line would stand, but indented off the edge
    every line of the column starts at: no line of the cell (s58; a strict xfail in s57)."""
    docx, pdf = printed["wrapped_over_paragraph"]
    assert _fields(pdf) == _fields(docx)
    assert any("Sở Y tế tổng hợp" in b.orig for b in pdf.blocks if b.table is None)


def test_the_gate_and_the_heading_of_a_broken_number_column():
    """The page's gate opens on "ST" over "T" (a line's first word over the next line's), not on other words."""
    assert column_role("ST T") == "number"
    assert may_hold_unruled_table("PHỤ LỤC\nST Nội dung nhiệm vụ Cơ quan chủ\nT trì\n1 Xây dựng kho dữ liệu")
    assert not may_hold_unruled_table("Căn cứ Thông tư số 01/2026/TT-BTC\nTăng cường quản lý\nT")
