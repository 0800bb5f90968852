import pytest

from pipeline.stages.deadlines import explicit_deadlines, parse_deadline


@pytest.mark.parametrize(
    "text, start, end, recurring, from_plan",
    [
        ("Quý II/2025", "2025-04-01", "2025-06-30", None, False),
        ("Quý IV", "2025-10-01", "2025-12-31", None, True),  # no year printed: the plan's
        ("Tháng 10/2021", "2021-10-01", "2021-10-31", None, False),
        ("Tháng 7 năm 2025", "2025-07-01", "2025-07-31", None, False),
        ("Trong năm 2025", "2025-01-01", "2025-12-31", None, False),
        ("Trong năm", "2025-01-01", "2025-12-31", None, True),
        ("trước ngày 15/6/2020", None, "2020-06-15", None, False),
        ("- Hoàn thành trước\n30/12/2020", None, "2020-12-30", None, False),
        ("6 tháng đầu năm", "2025-01-01", "2025-06-30", None, True),
        ("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", None, False),
        ("Thường xuyên", None, None, "thường xuyên", False),
        ("Hằng năm", None, None, "hằng năm", False),
        ("Hằng tháng báo cáo UBND TP", None, None, "hằng tháng", False),
        ("- Tháng 6/2025 (các sở, ngành) - Tháng 7/2025 (UBND cấp xã)", "2025-06-01", "2025-07-31", None, False),
        ("Theo hướng dẫn của Bộ Nội vụ", None, None, None, False),
        # months that share the year printed after the last: both months of that year, not the first of the plan's
        ("Tháng 5, 6/2026", "2026-05-01", "2026-06-30", None, False),
        ("Tháng 11 và tháng 12 năm 2026", "2026-11-01", "2026-12-31", None, False),
        ("Tháng 3, 4, 5/2026", "2026-03-01", "2026-05-31", None, False),
        # a day after "từ" starts the period: it is no deadline
        ("Từ 01/7/2026", "2026-07-01", None, None, False),
        ("Từ ngày 01/7/2026 đến ngày 30/9/2026", "2026-07-01", "2026-09-30", None, False),
        ("Bắt đầu từ ngày 15/3/2026", "2026-03-15", None, None, False),
        ("Từ tháng 3/2026", "2026-03-01", None, None, False),
        ("Từ quý II/2026", "2026-04-01", None, None, False),
        ("Từ tháng 3 đến tháng 6/2026", "2026-03-01", "2026-06-30", None, False),
    ],
)
def test_parse_deadline(text, start, end, recurring, from_plan):
    deadline = parse_deadline(text, plan_year=2025)
    assert (deadline.start, deadline.end, deadline.recurring, deadline.year_from_plan) == (start, end, recurring, from_plan)
    assert deadline.text == text


def test_explicit_deadlines_need_a_deadline_word():
    assert [d.date.iso for d in explicit_deadlines("ban hành trước ngày 15/6/2020, chủ động")] == ["2020-06-15"]
    assert explicit_deadlines("từ ngày 10/12/2020 đến ngày 10 tháng cuối kỳ") == []


@pytest.mark.parametrize("printed, start, end, duration, from_plan", [
    ("Giai đoạn 2026 - 2030", "2026-01-01", "2030-12-31", None, False),
    ("2026-2030", "2026-01-01", "2030-12-31", None, False),
    ("Đến năm 2030", None, "2030-12-31", None, False),
    ("Từ năm 2026", "2026-01-01", None, None, False),
    ("Trước 15/3", None, "2026-03-15", None, True),  # a day and a month: the plan's year
    ("7 ngày", None, None, "P7D", False),
    ("Trong 30 ngày kể từ ngày nhận đủ hồ sơ", None, None, "P30D", False),
    ("03 tháng", None, None, "P3M", False),
    ("6 tháng đầu năm 2026", "2026-01-01", "2026-06-30", None, False),  # a half-year, not a duration
    ("Phiên họp tháng 9/2025", "2025-09-01", "2025-09-30", None, False),
    # a date that belongs to a cited document is not the deadline
    ("Theo Quyết định số 12/QĐ-UBND ngày 5/3/2026 của UBND tỉnh", None, None, None, False),
    ("Trước ngày 15/3/2026 theo Kế hoạch số 20/KH-UBND ngày 01/02/2026", None, "2026-03-15", None, False),
    ("số 15/3", None, None, None, False),
])
def test_periods_durations_and_cited_dates(printed, start, end, duration, from_plan):
    deadline = parse_deadline(printed, 2026)
    assert (deadline.start, deadline.end, deadline.duration, deadline.year_from_plan) == (start, end, duration, from_plan)
    assert deadline.text == printed


@pytest.mark.parametrize("printed, start, end", [
    ("Tháng 10 - 12/2026", "2026-10-01", "2026-12-31"),  # a range of months, not the day 10 of December
    ("Tháng 3 - tháng 5 năm 2026", "2026-03-01", "2026-05-31"),
    ("01/2026", "2026-01-01", "2026-01-31"),  # a month in figures
    ("Ban hành theo Nghị định số 12/2026/NĐ-CP", None, None),
])
def test_month_ranges_and_months_in_figures(printed, start, end):
    deadline = parse_deadline(printed, 2026)
    assert (deadline.start, deadline.end) == (start, end)


@pytest.mark.parametrize("printed, start, end, recurring", [
    ("2026", "2026-01-01", "2026-12-31", None),  # a year alone in the deadline column
    ("Quý I, II/2026", "2026-01-01", "2026-06-30", None),  # the year printed after the last quarter is the first's too
    ("Quý III và quý IV năm 2026", "2026-07-01", "2026-12-31", None),
    ("Tháng 11 hằng năm", None, None, "hằng năm"),  # every year's November: no single period, not the plan's year
    ("Số 2026", None, None, None),
])
def test_bare_years_quarter_lists_and_yearly_months(printed, start, end, recurring):
    deadline = parse_deadline(printed, 2025)
    assert (deadline.start, deadline.end, deadline.recurring) == (start, end, recurring)
