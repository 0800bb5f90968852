"""The third review of s46-deadlines with its fixes (s47-fixdl). Every cell is written for these tests; none is a real
document's.

- a bare "trong năm"/"cả năm" in a plan with no year of its own ("giai đoạn 2026-2030") beside a period printed with
  its year is no year to compare: the cell's own period, never a crash refusing the whole document.
"""

from __future__ import annotations

import pytest

from conftest import SPAN_PLAN_HEAD, write_time_cells
from pipeline.run import process
from pipeline.stages.deadlines import deadline_doubt, parse_deadline

# finding 2: the crash
CRASH_CELLS = [
    ("Quý IV/2026, hoàn thành trong năm", "2026-10-01", "2026-12-31"),
    ("Tháng 6/2027, trong năm", "2027-06-01", "2027-06-30"),
    ("Quý II/2028; cả năm", "2028-04-01", "2028-06-30"),
    ("Trong năm", None, None),
]


@pytest.mark.parametrize(("cell", "start", "end"), CRASH_CELLS)
def test_bare_year_words_without_plan_year(cell, start, end):
    deadline = parse_deadline(cell, None)
    assert (deadline.start, deadline.end) == (start, end)


@pytest.mark.parametrize("form", ["html", "text"])
def test_span_plan_bare_year_words_no_crash(tmp_path, form):
    doc = process(write_time_cells(tmp_path, SPAN_PLAN_HEAD, [c for c, *_ in CRASH_CELLS], form))
    assert [(t.deadline.text, t.deadline.start, t.deadline.end) for t in doc.tasks] == CRASH_CELLS


# findings H, I, J: a yearless month list beside a "năm" word that names no year, or inside or before the period
# printed with its year before it, is read as main read it; a cited document's name stops at a time's words
CELLS = [
    ("Tháng 11 và tháng 12 (cuối năm)", 2026, "2026-11-01", "2026-12-31"),
    ("Tháng 11, 12 (cuối năm)", 2026, "2026-11-01", "2026-12-31"),
    ("Tháng 5, 6 (giữa năm)", 2026, "2026-05-01", "2026-06-30"),
    ("Tháng 9, 10 (đầu năm học mới)", 2026, "2026-09-01", "2026-10-31"),
    ("Tháng 3, 4 (2 năm/lần)", 2026, "2026-03-01", "2026-04-30"),
    ("Tháng 3, 4 (đầu năm)", 2026, "2026-03-01", "2026-04-30"),
    ("Quý III/2026 (họp tháng 7, 8)", 2026, "2026-07-01", "2026-09-30"),
    ("Quý III/2026 (họp tháng 7, 8)", None, "2026-07-01", "2026-09-30"),
    ("Quý III/2026 (họp tháng 7, 8)", 2027, "2026-07-01", "2026-09-30"),
    ("Trước ngày 15/12/2026; sơ kết tháng 6, 7", 2026, "2026-06-01", "2026-12-15"),
    ("Trước 30/9/2026; tập huấn tháng 7, 8", 2026, "2026-07-01", "2026-09-30"),
    ("Tháng 10/2026 (tổ chức tháng 10, 11)", 2026, "2026-10-01", "2026-11-30"),
    ("Quý IV/2026, báo cáo tháng 11, 12", 2026, "2026-10-01", "2026-12-31"),
    ("Quý IV/2026, báo cáo tháng 11, 12", None, "2026-10-01", "2026-12-31"),
    ("Theo Kế hoạch cả năm", 2026, "2026-01-01", "2026-12-31"),
    ("Theo Kế hoạch 6 tháng cuối năm", 2026, "2026-07-01", "2026-12-31"),
    ("Theo Chương trình kỳ họp HĐND tỉnh cuối năm 2026", 2026, None, "2026-12-31"),
    ("Hiện tại Kế hoạch năm 2026 đang trình", 2026, "2026-01-01", "2026-12-31"),
    # still unsure: the list may be the next year's, or another year is named
    ("Tháng 5, 6 (cuối năm học)", 2026, None, None),
    ("Quý IV năm 2026, tháng 1, 2", 2026, None, None),
    ("Tháng 5, 6 năm 2026 và tháng 1, 2", 2026, None, None),
    ("Từ 01/7/2026, tháng 3, 4", 2026, None, None),
]


@pytest.mark.parametrize(("cell", "plan_year", "start", "end"), CELLS)
def test_cell(cell, plan_year, start, end):
    deadline = parse_deadline(cell, plan_year)
    assert (deadline.start, deadline.end) == (start, end)


@pytest.mark.parametrize("cell", ["Tháng 5, 6 năm 2026 và tháng 1, 2", "Quý IV năm 2026, tháng 1, 2",
                                  "Tháng 9, 10 (năm 2027)"])
def test_unread_month_list_warned(cell):
    assert (deadline_doubt(parse_deadline(cell, 2026)) or "").endswith("no period read")


_PLAN_2026 = SPAN_PLAN_HEAD[:7] + ["Thực hiện công tác cải cách hành chính năm 2026"] + SPAN_PLAN_HEAD[8:]


@pytest.mark.parametrize("form", ["docx", "text"])
def test_month_lists_in_a_document(tmp_path, form):
    cells = ["Tháng 11 và tháng 12 (cuối năm)", "Quý III/2026 (họp tháng 7, 8)", "Trước 30/9/2026; tập huấn tháng 7, 8"]
    doc = process(write_time_cells(tmp_path, _PLAN_2026, cells, form))
    assert [(t.deadline.start, t.deadline.end) for t in doc.tasks] == [
        ("2026-11-01", "2026-12-31"), ("2026-07-01", "2026-09-30"), ("2026-07-01", "2026-09-30")]


# findings A-G: a relative year the rule cannot place, or counted from another event, is no period (a warning); "năm
# tới", "sang năm", "năm liền sau" are the next year; a month after "hoặc"/"hay"/"tới" is no count of years
RELATIVE = [
    # A: beside a period printed with its year, not qualifying a yearless one
    ("Khởi công tháng 10/2026, hoàn thành trong năm sau", 2026, None, None),
    ("Tháng 10/2026 đến năm sau", 2026, None, None),
    ("Quý IV/2026; hoàn thành trong năm sau", 2026, None, None),
    ("01/7/2026 - cuối năm sau", 2026, None, None),
    ("Trong năm 2026 và năm tiếp theo", 2026, None, None),
    ("Năm 2026 và năm sau", 2026, None, None),
    ("Năm 2026 và năm liền kề", 2026, None, None),
    ("Quý I/2027 (năm liền kề)", 2026, "2027-01-01", "2027-03-31"),  # a gloss: as printed
    # B
    ("Quý I năm tới", 2026, "2027-01-01", "2027-03-31"),
    ("Trước ngày 31/01 năm tới", 2026, None, "2027-01-31"),
    ("Trong năm tới", 2026, "2027-01-01", "2027-12-31"),
    ("Quý I sang năm", 2026, "2027-01-01", "2027-03-31"),
    ("Quý I năm liền sau", 2026, "2027-01-01", "2027-03-31"),
    ("Tháng 9 - 12 năm tới", 2026, "2027-09-01", "2027-12-31"),
    ("Trong 5 năm tới", 2026, None, None),
    ("Chuyển sang năm 2027", 2026, "2027-01-01", "2027-12-31"),
    # C, D: a period the relative year does not qualify, of either year
    ("Tháng 3 hoặc 4 năm sau", 2026, None, None),
    ("Tháng 3 hay 4 năm sau", 2026, None, None),
    ("Tháng 3 tới 4 năm sau", 2026, None, None),
    ("Tháng 3 hoặc tháng 4 năm sau", 2026, None, None),
    ("Quý I hoặc quý II năm sau", 2026, None, None),
    ("Từ quý I đến quý II năm sau", 2026, None, None),
    ("Năm sau: Quý I", 2026, None, None),
    ("Năm tiếp theo: tháng 3", 2026, None, None),
    ("Tháng 11 đến tháng 02 năm sau", 2026, "2026-11-01", "2027-02-28"),  # a later month before: the plan year's
    ("Tháng 3, 4 năm sau", 2026, "2027-03-01", "2027-04-30"),
    ("Từ tháng 12/2026 đến hết quý I năm sau", 2026, "2026-12-01", "2027-03-31"),
    ("Quý IV/2026 (chậm nhất 15/01 năm sau)", 2026, "2026-10-01", "2027-01-15"),
    # E: a year counted from an event
    ("Năm tiếp theo sau khi được phê duyệt", 2026, None, None),
    ("Trong năm tiếp theo sau khi Đề án được phê duyệt", 2026, None, None),
    ("Năm sau kể từ ngày ký", 2026, None, None),
    # G
    ("Năm 2026: tháng 6; năm sau: tháng 3", 2026, None, None),
    ("Năm 2026, tiếp tục trong năm sau", 2026, None, None),
]


@pytest.mark.parametrize(("cell", "plan_year", "start", "end"), RELATIVE)
def test_relative_year(cell, plan_year, start, end):
    deadline = parse_deadline(cell, plan_year)
    assert (deadline.start, deadline.end) == (start, end)
    if start is None and end is None and "5 năm" not in cell:
        assert (deadline_doubt(deadline) or "").endswith("no period read")


@pytest.mark.parametrize(("cell", "said"), [("Trước năm sau", "… to 2026-12-31"), ("Từ năm sau", "2027-01-01 to …"),
                                            ("Quý I năm tới", "2027-01-01 to 2027-03-31")])
def test_relative_year_doubt_says_what_was_read(cell, said):
    assert deadline_doubt(parse_deadline(cell, 2026)).endswith(f"read from the plan's year as {said}")


# F: a plan for 2027 issued in December 2026
_EARLY_PLAN = (SPAN_PLAN_HEAD[:5] + ["Quảng Trị, ngày 20 tháng 12 năm 2026", "KẾ HOẠCH",
                                     "Thực hiện công tác cải cách hành chính năm 2027"] + SPAN_PLAN_HEAD[8:])
_EARLY_CELLS = [("Từ nay đến hết quý I năm sau", None, None), ("Tháng 12 năm nay và tháng 1 năm sau", None, None),
                ("Quý I năm sau", None, None), ("Quý IV năm nay", None, None), ("Quý II/2027", "2027-04-01", "2027-06-30"),
                ("Trước 30/6", None, "2027-06-30")]


@pytest.mark.parametrize("form", ["html", "text"])
def test_plan_issued_the_year_before(tmp_path, form):
    doc = process(write_time_cells(tmp_path, _EARLY_PLAN, [c for c, *_ in _EARLY_CELLS], form))
    assert [(t.deadline.text, t.deadline.start, t.deadline.end) for t in doc.tasks] == _EARLY_CELLS
    warned = {w.message.split(":")[0] for w in doc.warnings if w.code == "deadline_doubt"}
    assert warned == {t.id for t in doc.tasks[:4]}


# minor (5): a count after a month list is no month ("10 ngày"); months listed after "Trước" end before the first
MINOR = [
    ("Tháng 7, 10 ngày làm việc", "2026-07-01", "2026-07-31", None),
    ("Trước tháng 3, 4", None, "2026-02-28", None),
    ("Trước tháng 3, 4/2026", None, "2026-02-28", None),
    ("Tháng 3, 6, 9, 12", "2026-03-01", "2026-12-31", "several"),
]


@pytest.mark.parametrize(("cell", "start", "end", "doubt"), MINOR)
def test_minor(cell, start, end, doubt):
    deadline = parse_deadline(cell, 2026)
    assert (deadline.start, deadline.end) == (start, end)
    assert ("several" in (deadline_doubt(deadline) or "")) == bool(doubt)
