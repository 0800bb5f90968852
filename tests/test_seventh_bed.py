"""Task tables of forms the other beds lacked: the seventh test bed (tests/task_layouts, layouts 94-100, --bed
seventh) in every text form, and small tables of other wordings built here.

What real plans print (FACTS.md, seventh test bed; our own words, nothing copied): "Phân công thực hiện" over the two
roles and "Thời gian" over "Bắt đầu | Kết thúc"; a commune's "Đầu mối"; a school's "Người/Bộ phận phụ trách"; the
group ("Lĩnh vực") in a first column merged down over tasks that carry no number; an election timetable whose last
day ("Ngày chậm nhất phải hoàn thành") stands beside a count of days before election day; months ticked under
"Thời gian thực hiện"; one performer column that marks only its lead.

What was lost before (scripts/evaluate_tasks.py --bed seventh, ten formats): the election timetable's every deadline
(the count of days, "Trước 105 ngày", was read as the deadline, or no deadline at all); a school year's "Tháng 12/2026 -
01/2027" ended on 2026-12-31 (a confident wrong end); the group-column table lost 7 of 8 tasks in tab.txt and
mdonce.txt (its merged group printed once) and in pipe.txt and bar.txt (the first group's name read as a column of the
header). 495 of 523 rows matched, deadline 79.3%; after, 523/523, deadline 98.9% (the one-cell-a-line txt of the
timetable still joins the count of days to the day: KNOWN_LIMITS in tests/test_task_layouts.py).
"""

from __future__ import annotations

import pytest

from pipeline.stages.columns import column_role
from pipeline.stages.deadlines import parse_deadline


@pytest.mark.parametrize("header,role", [
    ("Ngày chậm nhất phải hoàn thành", "deadline"), ("Thời hạn chậm nhất", "deadline"),
    ("Thời gian chậm nhất hoàn thành", "deadline"),
    ("Số ngày chậm nhất phải hoàn thành trước ngày bầu cử", "note"), ("Số ngày trước ngày khai mạc", "note"),
    ("Số ngày sau khi có kết quả", "note"),
])
def test_an_election_timetable_names_its_last_day_and_counts_days_beside_it(header, role):
    assert column_role(header) == role


@pytest.mark.parametrize("text,end", [
    ("Tháng 12/2026 - 01/2027", "2027-01-31"), ("Tháng 11/2026 đến 02/2027", "2027-02-28"),
    ("Quý IV/2026 – 03/2027", "2027-03-31"), ("12/2026 - 01/2027", "2027-01-31"),
    ("Tháng 6/2026 (báo cáo trong 12/2026)", "2026-06-30"),  # a month after no dash is not the span's end
    ("Tháng 10 - 12/2026", "2026-12-31"),
])
def test_a_span_whose_end_is_printed_in_figures_after_a_dash_ends_there(text, end):
    assert parse_deadline(text, 2026).end == end
