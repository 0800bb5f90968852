"""The second review of s46-deadlines with its fixes (s47-dl): cells where a relative year ("năm sau", "năm tiếp
theo") names another thing's year, not the deadline's. Every cell is written for these tests; none is a real
document's.

- A relative year is the deadline's only where it stands as a time: right after a day, a month or a quarter printed
  without its year ("31/01 năm sau", "Tháng 3 - 5 năm sau"), at the start of the cell or of a clause, or after a time
  word ("Trong năm sau", "Đến năm sau", "Cuối năm sau"). After a noun it is that thing's year ("xây dựng kế hoạch năm
  sau", "dự toán ngân sách năm sau": the next year's plan or budget, drafted in the plan's year): the cell is read as
  if it named none, never the year after the plan's;
- "năm sau nữa" is the year after next, "năm sau đó"/"năm sau khi …" the year after another event: never the year
  after the plan's; a month or a quarter they qualify ("Quý I năm sau nữa") is not the plan year's either (null, a
  warning), as main read it;
- in a plan with no year of its own (a span title: tasks._year_unknown) a relative year is counted from a day's, a
  month's or a quarter's year the cell prints before it ("Tháng 10/2026 đến tháng 3 năm sau"; main read its start),
  else no period; one warning a cell (``deadline_year_unknown``), not a second ``deadline_doubt`` beside it;
- a month list printed without its year beside the plan's year only ("Tháng 6 và tháng 12, năm 2026", "… trong
  năm": main read them) is the plan year's; beside another year, or after a period printed with its year, no period.
"""

from __future__ import annotations

import pytest

from conftest import SPAN_PLAN_HEAD, write_time_cells
from pipeline.run import process
from pipeline.stages.deadlines import deadline_doubt, parse_deadline

# cell, plan year, start, end
CELLS = [
    # another thing's year after a noun: the cell's own period as main read it, or none
    ("Trước 15/7, gắn với xây dựng kế hoạch năm sau", 2026, None, "2026-07-15"),
    ("Trước ngày 20/7 (cùng thời điểm xây dựng dự toán năm sau)", 2026, None, "2026-07-20"),
    ("Tháng 7, xây dựng dự toán ngân sách năm sau", 2026, "2026-07-01", "2026-07-31"),
    ("Quý IV, chuẩn bị kế hoạch năm tiếp theo", 2026, "2026-10-01", "2026-12-31"),
    ("Xây dựng kế hoạch năm sau", 2026, None, None),
    ("Cùng thời điểm lập dự toán ngân sách năm sau", 2026, None, None),
    ("Đề xuất nhiệm vụ của năm sau", 2026, None, None),
    # the year after next
    ("Năm sau nữa", 2026, None, None),
    ("Quý I năm sau nữa", 2026, None, None),
    ("Tháng 3 năm sau đó", 2026, None, None),
    ("Trước 30/6 năm sau khi sáp nhập", 2026, None, None),
    # still the deadline's year where it stands as a time
    ("Năm sau", 2026, "2027-01-01", "2027-12-31"),
    ("Trong năm sau", 2026, "2027-01-01", "2027-12-31"),
    ("Hoàn thành trong năm tiếp theo", 2026, None, "2027-12-31"),
    ("Cuối năm sau", 2026, None, "2027-12-31"),
    ("Dự kiến năm sau", 2026, "2027-01-01", "2027-12-31"),
    ("Quý I năm sau", 2026, "2027-01-01", "2027-03-31"),
    ("Tháng 3 - 5 năm sau", 2026, "2027-03-01", "2027-05-31"),
    ("Trước ngày 31 tháng 01 của năm sau", 2026, None, "2027-01-31"),
    ("Tổng kết năm 2026; trước 31/01 năm sau", 2026, None, "2027-01-31"),
    ("Từ tháng 12/2026 đến hết quý I năm sau", 2026, "2026-12-01", "2027-03-31"),
    # a plan with no year of its own (its title a span): counted from a month's or quarter's year printed before it
    ("Tháng 10/2026 đến tháng 3 năm sau", None, "2026-10-01", "2027-03-31"),
    ("Từ quý IV/2026 đến hết quý I năm sau", None, "2026-10-01", "2027-03-31"),
    ("Tháng 12/2026 - tháng 02 năm sau", None, "2026-12-01", "2027-02-28"),
    # … never from none, nor from a bare year's
    ("Trước 31/01 năm sau", None, None, None),
    ("Báo cáo kết quả năm 2026, trước 31/01 năm sau", None, None, None),
    # a month list without its year beside the plan's year only (printed or in words): the plan year's, as main read
    ("Tháng 6 và tháng 12, năm 2026", 2026, "2026-06-01", "2026-12-31"),
    ("Năm 2026: tháng 6 và tháng 12", 2026, "2026-06-01", "2026-12-31"),
    ("Tháng 6 và tháng 12 trong năm", 2026, "2026-06-01", "2026-12-31"),
    ("Tháng 6 và tháng 12 của năm", 2026, "2026-06-01", "2026-12-31"),
    ("Tháng 9, 10 (năm 2026)", 2026, "2026-09-01", "2026-10-31"),
    # … not beside another year, nor after a month printed with its year (the list may be the next year's)
    ("Tháng 6 và tháng 12 trong năm học", 2026, None, None),
    ("Tháng 9, 10 (năm 2027)", 2026, None, None),
    ("Quý IV năm 2026, tháng 1, 2", 2026, None, None),
    ("Tháng 11 năm 2026, tháng 1 và 2", 2026, None, None),
]


@pytest.mark.parametrize(("cell", "plan_year", "start", "end"), CELLS)
def test_cell(cell: str, plan_year: int | None, start: str | None, end: str | None) -> None:
    deadline = parse_deadline(cell, plan_year)
    assert (deadline.start, deadline.end) == (start, end)


@pytest.mark.parametrize("cell", ["Trước 15/7, gắn với xây dựng kế hoạch năm sau", "Xây dựng kế hoạch năm sau",
                                  "Năm sau nữa"])
def test_no_relative_year_doubt(cell: str) -> None:
    """A year that is not the deadline's is not named in its warning as read from the plan's."""
    doubt = deadline_doubt(parse_deadline(cell, 2026)) or ""
    assert "relative" not in doubt


@pytest.mark.parametrize("cell", ["Quý I năm sau nữa", "Tháng 3 năm sau đó", "Trước 30/6 năm sau khi sáp nhập"])
def test_other_years_period_unread_with_doubt(cell: str) -> None:
    """A period of a year counted from another than the plan's: no period, a warning that says so."""
    assert deadline_doubt(parse_deadline(cell, 2026)).endswith("no period read")


_SPAN_CELLS = [("Quý I năm sau", None, None), ("Trước ngày 31/01 năm sau", None, None),
               ("Tháng 10/2026 đến tháng 3 năm sau", "2026-10-01", "2027-03-31"), ("Trước 30/6", None, None)]


@pytest.mark.parametrize("form", ["html", "text"])
def test_span_plan_one_warning_a_cell(tmp_path, form):
    doc = process(write_time_cells(tmp_path, SPAN_PLAN_HEAD, [cell for cell, *_ in _SPAN_CELLS], form))
    assert [(t.deadline.text, t.deadline.start, t.deadline.end) for t in doc.tasks] == _SPAN_CELLS
    warned = [(w.message.split(":")[0], w.code) for w in doc.warnings if w.code.startswith("deadline_")]
    ids = [t.id for t in doc.tasks]
    assert warned == [(ids[0], "deadline_year_unknown"), (ids[1], "deadline_year_unknown"),
                      (ids[3], "deadline_year_unknown")]
