"""Review of s53-tables: deadlines its new rules read wrong, or lost where the base read them right.

- A part of a month or a quarter ("đầu tháng 7/2026") listed after a whole one ("Tháng 6/2026, đầu tháng 7/2026"): the
  part was dropped and the whole one's end kept, 30/6, before the work is done. Now no period and deadline_doubt.
- A part that starts a span ("Từ đầu tháng 6/2026 đến 30/9/2026", "Đầu tháng 6/2026 đến cuối tháng 8/2026"): its start
  was lost (the base read 1/6). "đầu" starts the span with the month's first day; "giữa" on no day. And "Bắt đầu
  tháng 6/2026" (a from-word, the whole month) was read as a part: its start was lost.
- "Quý IV năm 2026, 1 năm 2027": after a quarter the next figure is quarter I as likely as January; read as January
  the end was 31/1/2027 (or 31/3). Neither read: no period and deadline_doubt.
- A time cell merged over two rows (DOCX vMerge, HTML rowspan) with its year printed beside the first row alone: the
  second row's blank year made the task's period null (the base read 1/10-31/12/2026). The same time is kept.
- In prose, "báo cáo trong tháng 6, tháng 12 hằng năm", "trước ngày 15/6, 15/12 hằng năm": the clause was cut at its
  comma (end 30/6 or 15/6 of the plan's year, the recurrence lost). Read whole: recurring, no end.
Every text and table is our own.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form, write_with_rowspans, write_with_table
from pipeline.run import process
from pipeline.stages.deadlines import deadline_doubt, parse_deadline
from test_tables_s53 import AFTER, HEADER, PLAN_2026, PLAN_2027, PROSE_TAIL, WORKS, _period


@pytest.mark.parametrize(("text", "start", "end"), [
    # a part listed or spanned after a whole period: never the whole one's end
    ("Tháng 6/2026, đầu tháng 7/2026", None, None),
    ("Tháng 6/2026 - giữa tháng 7/2026", None, None),
    ("Quý II/2026, đầu quý III/2026", None, None),
    # after a quarter: quarter I or January
    ("Quý IV năm 2026, 1 năm 2027", None, None),
    ("Quý IV năm 2026 và 1 năm 2027", None, None),
])
def test_no_period_and_a_doubt(text, start, end):
    deadline = parse_deadline(text, 2026)
    assert (deadline.start, deadline.end) == (start, end)
    assert deadline_doubt(deadline)


@pytest.mark.parametrize(("text", "start", "end"), [
    # a part that starts a span: from the month's first day (as the base read it)
    ("Từ đầu tháng 6/2026", "2026-06-01", None),
    ("Bắt đầu từ đầu tháng 6/2026", "2026-06-01", None),
    ("Từ đầu tháng 6/2026 đến 30/9/2026", "2026-06-01", "2026-09-30"),
    ("Đầu tháng 6/2026 đến cuối tháng 8/2026", "2026-06-01", "2026-08-31"),
    # "giữa" starts it on no day: the end alone
    ("Từ giữa tháng 6/2026 đến 30/9/2026", None, "2026-09-30"),
    # "bắt đầu" is a from-word, its "đầu" no part: the whole month or quarter starts it
    ("Bắt đầu tháng 6/2026", "2026-06-01", None),
    ("Bắt đầu quý III/2026", "2026-07-01", None),
    ("Bắt đầu tháng 6/2026, hoàn thành tháng 9/2026", "2026-06-01", "2026-09-30"),
    # a day inside the part ends it
    ("Đầu tháng 6/2026, chậm nhất ngày 10/6/2026", None, "2026-06-10"),
    # kept: a month's next after a month, its year in words
    ("Tháng 12 năm 2026, 1 năm 2027", "2026-12-01", "2027-01-31"),
])
def test_periods_kept(text, start, end):
    deadline = parse_deadline(text, 2026)
    assert (deadline.start, deadline.end) == (start, end)


TIMES = [["Tháng 6/2026, đầu tháng 7/2026"], ["Từ đầu tháng 6/2026 đến 30/9/2026"], ["Quý IV năm 2026, 1 năm 2027"],
         ["Tháng 12 năm 2026, 1 năm 2027"]]
EXPECTED = [("Tháng 6/2026, đầu tháng 7/2026", None, None),
            ("Từ đầu tháng 6/2026 đến 30/9/2026", "2026-06-01", "2026-09-30"),
            ("Quý IV năm 2026, 1 năm 2027", None, None),
            ("Tháng 12 năm 2026, 1 năm 2027", "2026-12-01", "2027-01-31")]


@pytest.mark.parametrize("form", ("text", "docx", "html"))
def test_time_cells(tmp_path, form):
    rows = [["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian thực hiện"],
            *[[str(k + 1), work, lead, *time] for k, ((work, lead), time) in enumerate(zip(WORKS, TIMES))]]
    doc = process(write_with_table(tmp_path, PLAN_2026, rows, AFTER, form))
    assert [_period(t.deadline) for t in doc.tasks] == EXPECTED
    assert [w.code for w in doc.warnings].count("deadline_doubt") >= 2


HEADER_WITH_SUPPORT = [*HEADER, "Cơ quan phối hợp"]
NEXT_TASK = ["2", "Khảo sát doanh nghiệp", "Sở Công Thương", "Tháng 6", "2027", "Sở Xây dựng"]
MERGED = {
    # the time cell merged over both rows, the year beside the first alone
    "time_merged": [HEADER_WITH_SUPPORT,
                    [("1", 2), ("Hội thảo xúc tiến đầu tư", 2), ("Sở Tài chính", 2), ("Quý IV", 2), "2026", "Sở Nội vụ"],
                    [None, None, None, None, "", "Sở Y tế"], NEXT_TASK],
    # the same time printed again beside a blank year
    "time_repeated": [HEADER_WITH_SUPPORT,
                      [("1", 2), ("Hội thảo xúc tiến đầu tư", 2), ("Sở Tài chính", 2), "Quý IV", "2026", "Sở Nội vụ"],
                      [None, None, None, "Quý IV", "", "Sở Y tế"], NEXT_TASK],
}


@pytest.mark.parametrize("form", ("docx", "html"))
@pytest.mark.parametrize("name", MERGED)
def test_a_time_merged_over_two_rows_keeps_its_period(tmp_path, name, form):
    doc = process(write_with_rowspans(tmp_path, PLAN_2026, MERGED[name], AFTER, form))
    assert [_period(t.deadline) for t in doc.tasks] == [("Quý IV | 2026", "2026-10-01", "2026-12-31"),
                                                        ("Tháng 6 | 2027", "2027-06-01", "2027-06-30")]


RECURRING = ["1. Công an tỉnh chủ trì tổng hợp, báo cáo kết quả trong tháng 6, tháng 12 hằng năm.",
             "2. Sở Tài chính chủ trì theo dõi, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/6, 15/12 hằng năm."]


@pytest.mark.parametrize("form", ("text", "docx"))
def test_days_and_months_listed_in_prose_recur(tmp_path, form):
    doc = process(write_in_form(tmp_path, PLAN_2027 + RECURRING + PROSE_TAIL, form))
    found = {a.duty.split(" chủ trì")[0].split(". ")[-1]: a.deadline for a in doc.assignments if a.role == "lead"}
    for lead, listed in (("Công an tỉnh", "tháng 6, tháng 12 hằng năm"), ("Sở Tài chính", "ngày 15/6, 15/12 hằng năm")):
        deadline = found[lead]
        assert deadline.text.endswith(listed)
        assert (deadline.start, deadline.end, deadline.recurring) == (None, None, "hằng năm")
