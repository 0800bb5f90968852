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


# The plan's year (2025) differs from every printed year below: a period must take the year printed beside it.
@pytest.mark.parametrize("printed, start, end", [
    # the quarter's abbreviation before its year, in Roman or Arabic figures, alone or in a list
    ("Q.III/2026", "2026-07-01", "2026-09-30"),
    ("Q.IV/2026", "2026-10-01", "2026-12-31"),
    ("QIII/2026", "2026-07-01", "2026-09-30"),
    ("Q.3/2026", "2026-07-01", "2026-09-30"),
    ("Q3/2026", "2026-07-01", "2026-09-30"),  # a quarter, not March ("3/2026")
    ("Q.II năm 2026", "2026-04-01", "2026-06-30"),
    ("Q1, Q2/2026", "2026-01-01", "2026-06-30"),
    ("Q.I-II/2026", "2026-01-01", "2026-06-30"),
    # the year after a looser separator: a point, a dash, a comma
    ("Quý III.2026", "2026-07-01", "2026-09-30"),
    ("Quý III - 2026", "2026-07-01", "2026-09-30"),
    ("quý III, năm 2026", "2026-07-01", "2026-09-30"),
    ("Tháng 6, 2026", "2026-06-01", "2026-06-30"),
    ("Tháng 6 - 2026", "2026-06-01", "2026-06-30"),
    ("tháng 6.2026", "2026-06-01", "2026-06-30"),
    # the first or last months of a year, three, six or nine of them
    ("9 tháng đầu năm 2026", "2026-01-01", "2026-09-30"),
    ("03 tháng cuối năm 2026", "2026-10-01", "2026-12-31"),
    ("3 tháng đầu năm 2026", "2026-01-01", "2026-03-31"),
    # a day and a month in figures with the year in words
    ("trước ngày 15/12 năm 2026", None, "2026-12-15"),
    ("chậm nhất ngày 5/3 năm 2026", None, "2026-03-05"),
])
def test_abbreviated_quarters_and_years_after_loose_separators(printed, start, end):
    deadline = parse_deadline(printed, 2025)
    assert (deadline.start, deadline.end, deadline.year_from_plan) == (start, end, False)


@pytest.mark.parametrize(("printed", "start", "end"), [
    ("Quý Inăm 2026", "2026-01-01", "2026-03-31"),
    ("quý IVnăm 2027", "2027-10-01", "2027-12-31"),
    ("Quý IInăm 2026", "2026-04-01", "2026-06-30"),
    ("trong quý 3năm 2026", "2026-07-01", "2026-09-30"),
    ("Hoàn thành trong Quý IIInăm 2026", None, "2026-09-30"),  # "hoàn thành trong": due by its end (s39-tabfix)
])
def test_a_quarter_numeral_touching_its_year_word_is_still_the_quarter(printed, start, end):
    """OCR (or a site's copy) drops the space between a quarter's numeral and "năm": the quarter, not the whole year
    that "năm 2026" alone would give (a confident wrong deadline nine months late)."""
    deadline = parse_deadline(printed, 2025)
    assert (deadline.start, deadline.end) == (start, end)


@pytest.mark.parametrize("printed", ["Quý Inhiều năm 2026", "quý Inam"])
def test_a_quarter_numeral_glued_to_another_word_is_not_read(printed):
    """Only "năm" after the numeral is its year word; "Inhiều" is no numeral ("quý Inam" has no year: nothing to read)."""
    deadline = parse_deadline(printed, None)
    assert deadline.start != "2026-01-01" or deadline.end != "2026-03-31"


@pytest.mark.parametrize("printed", ["Q.1", "Q1", "tại Q.3 TP. Hồ Chí Minh", "mục 1.2 năm 2026"])
def test_a_district_or_an_item_number_is_no_quarter_and_no_day(printed):
    """"Q.1" without a year is as often a district (Quận 1) as a quarter; "1.2 năm 2026" is an item's number."""
    deadline = parse_deadline(printed, 2025)
    assert deadline.end is None or deadline.end == "2026-12-31"


@pytest.mark.parametrize("printed, start, end", [
    # "trước" a month, a quarter or a year: done before it starts, not within it
    ("Trước quý IV/2026", None, "2026-09-30"),
    ("Hoàn thành trước Q.IV/2026", None, "2026-09-30"),
    ("hoàn thành trước tháng 10/2026", None, "2026-09-30"),
    ("trước quý I năm 2027", None, "2026-12-31"),
    ("Trước năm 2027", None, "2026-12-31"),
    # "trong", "từ" and a day after "trước" keep their reading; "đến" a quarter is due by its end, as "đến năm" is
    ("Trong quý IV/2026", "2026-10-01", "2026-12-31"),
    ("đến hết quý IV/2026", None, "2026-12-31"),
    ("đến năm 2030", None, "2030-12-31"),
    ("Từ tháng 3/2026", "2026-03-01", None),
    ("Trước ngày 30 tháng 6 năm 2026", None, "2026-06-30"),
])
def test_before_a_period_ends_the_day_before_it(printed, start, end):
    deadline = parse_deadline(printed, 2025)
    assert (deadline.start, deadline.end) == (start, end)


@pytest.mark.parametrize("printed, start, end", [
    # years listed after one "năm": every one of them
    ("Năm 2026, 2027", "2026-01-01", "2027-12-31"),
    ("năm 2026 và năm 2027", "2026-01-01", "2027-12-31"),
    ("Trong năm 2026, 2027 và 2028", "2026-01-01", "2028-12-31"),
    # a year printed beside a quarter or a month is a period of its own, not dropped
    ("Quý IV/2026 và năm 2027", "2026-10-01", "2027-12-31"),
    ("Tháng 12/2026 và năm 2027", "2026-12-01", "2027-12-31"),
    # but a year that belongs to a date, a month or a half-year is theirs
    ("Quý IV năm 2026", "2026-10-01", "2026-12-31"),
    ("tháng 6 năm 2026", "2026-06-01", "2026-06-30"),
    ("6 tháng đầu năm 2026", "2026-01-01", "2026-06-30"),
    ("Trước ngày 30 tháng 6 năm 2026", None, "2026-06-30"),
    ("Quý IV trong năm", "2025-10-01", "2025-12-31"),  # the plan's year, once
])
def test_listed_years_and_a_year_beside_another_period(printed, start, end):
    deadline = parse_deadline(printed, 2025)
    assert (deadline.start, deadline.end) == (start, end)


@pytest.mark.parametrize("printed, end", [
    # the lunar new year moves: a year after "Tết" names no calendar year's end
    ("Trước Tết Nguyên đán 2027", None),
    ("trước Tết Nguyên đán Bính Ngọ 2026", None),
    ("Dịp Tết năm 2027", None),
    # a date beside it keeps its reading
    ("Trước Tết 2027; báo cáo trước 31/3/2027", "2027-03-31"),
])
def test_a_year_after_tet_is_no_period(printed, end):
    deadline = parse_deadline(printed, 2026)
    assert (deadline.start, deadline.end, deadline.text) == (None, end, printed)


@pytest.mark.parametrize("printed", [
    "Quý I, I/2026", "Quý II, II năm 2026", "Quý I, Quý I năm 2026", "Quý I, II, II/2026", "Quý III và quý III/2026",
    "Quý II - Quý TI1/2026", "Quý I – quý lI/2026", "Quý III đến quý 1V năm 2026", "Quý II, quý Il/2026",
])
def test_a_quarter_list_or_span_that_cannot_be_read_as_printed_gives_no_period(printed):
    # a quarter named twice (a stroke lost in a scan) or a later quarter's numeral unread: the quarters read alone
    # would be a confident wrong period (found on the worn-scan bed: "Quý I, I/2026" for "Quý I, II/2026")
    deadline = parse_deadline(printed, 2026)
    assert (deadline.start, deadline.end) == (None, None)


@pytest.mark.parametrize("printed, start, end", [
    ("Quý I, II/2026", "2026-01-01", "2026-06-30"), ("Quý II - Quý IV/2026", "2026-04-01", "2026-12-31"),
    ("Quý I đến quý II/2026", "2026-01-01", "2026-06-30"), ("Quý III và quý IV năm 2026", "2026-07-01", "2026-12-31"),
    ("Quý II/2026 - Quý I/2027", "2026-04-01", "2027-03-31"), ("Quý I, II, III/2026", "2026-01-01", "2026-09-30"),
])
def test_quarter_lists_and_spans_read_as_printed_keep_their_period(printed, start, end):
    deadline = parse_deadline(printed, 2026)
    assert (deadline.start, deadline.end) == (start, end)


@pytest.mark.parametrize("printed", ["Quý năm I 2026", "Quý năm 2026", "quý /2027", "Quý năm III 2026", "Trong quý năm 2026"])
def test_a_quarter_without_its_numeral_gives_no_period(printed):
    # a worn scan read "Quý I năm 2026" as "Quý năm I 2026": the year alone gave the year's end, a confident wrong
    # deadline for every quarter but the fourth
    deadline = parse_deadline(printed, 2026)
    assert (deadline.start, deadline.end) == (None, None)


@pytest.mark.parametrize("printed, end", [
    ("Quý I năm 2026", "2026-03-31"), ("Quý IV/2026", "2026-12-31"), ("Hằng quý năm 2026", "2026-12-31"),
    ("Mỗi quý năm 2026", "2026-12-31"), ("Năm 2026", "2026-12-31"),
    # a quarter read with its numeral beside a report by quarters; a report by quarters alone (every quarter)
    ("Quý I/2026; báo cáo quý năm 2026", "2026-03-31"), ("Quý II/2026, gửi báo cáo theo quý năm 2026", "2026-06-30"),
    ("Báo cáo định kỳ theo quý năm 2026", "2026-12-31"),
])
def test_a_quarter_with_its_numeral_or_every_quarter_keeps_its_period(printed, end):
    assert parse_deadline(printed, 2026).end == end


# ("Tháng 3 - 5 năm sau", "Tháng 9 - 12 năm tới" name the year after the plan's: tests/test_deadlines_s46.py,
# tests/test_s47_review_deadlines2.py)
@pytest.mark.parametrize("printed", ["Tháng 9 - 12 năm học 2025-2026", "Tháng 9 - 12 năm trước"])
def test_a_month_range_without_its_year_in_a_cell_that_names_another_takes_no_plan_year(printed):
    """"Tháng 9 - 12" alone is of the plan's year; beside a school year or "năm sau" it is not, and the plan's year
    would be a confident wrong period: none, the cell kept as printed."""
    deadline = parse_deadline(printed, 2026)
    assert (deadline.start, deadline.end, deadline.year_from_plan) == (None, None, False)


@pytest.mark.parametrize(("printed", "start", "end"), [
    ("QuýIV/2026", "2026-10-01", "2026-12-31"),
    ("quýII/2027", "2027-04-01", "2027-06-30"),
    ("QuýIII năm 2026", "2026-07-01", "2026-09-30"),  # was the whole year: nine months late
    ("Hoàn thành trong QuýI năm 2026", None, "2026-03-31"),  # due by its end (s39-tabfix)
    ("QUÝ2/2026", "2026-04-01", "2026-06-30"),
    ("QuýI, II/2026", "2026-01-01", "2026-06-30"),
    ("Quý III - QuýIV/2026", "2026-07-01", "2026-12-31"),
])
def test_a_quarter_numeral_touching_quy_is_still_the_quarter(printed, start, end):
    """OCR (a worn scan) or a site's copy drops the space between "Quý" and its numeral: still the quarter, never the
    whole year "năm 2026" alone gives."""
    deadline = parse_deadline(printed, 2025)
    assert (deadline.start, deadline.end) == (start, end)


@pytest.mark.parametrize("printed", ["QuýI, I/2026", "QuýII - Quý TI1/2026", "QuýIII, III/2026"])
def test_a_glued_quarter_list_that_cannot_be_read_gives_no_period(printed):
    """A list naming one quarter twice or a later numeral unread gives no period, glued as in the spaced forms."""
    deadline = parse_deadline(printed, 2025)
    assert (deadline.start, deadline.end) == (None, None)


@pytest.mark.parametrize("printed, start, end", [
    ("Đợt 2/2026", "2026-01-01", "2026-12-31"),  # was February: round 2 of the year, no month
    ("Đợt 1/2026", "2026-01-01", "2026-12-31"),
    ("đợt 12 / 2026", "2026-01-01", "2026-12-31"),  # no December either
    ("Giai đoạn 1/2027", "2027-01-01", "2027-12-31"),
    ("GIAI ĐOẠN 2/2026", "2026-01-01", "2026-12-31"),
    ("GĐ 2/2026", "2026-01-01", "2026-12-31"),
    ("GĐ.3/2026", "2026-01-01", "2026-12-31"),
    ("Bước 3/2026", "2026-01-01", "2026-12-31"),
    ("Lần 2/2026", "2026-01-01", "2026-12-31"),
    ("Khóa 1/2026", "2026-01-01", "2026-12-31"),
    ("Khoá 4/2026", "2026-01-01", "2026-12-31"),  # the other placement of the tone mark
    ("Đợt II/2026", "2026-01-01", "2026-12-31"),  # was no period at all
    ("Tổ chức đợt 2/2026", "2026-01-01", "2026-12-31"),
    ("Đợt 2/2026 - Đợt 1/2027", "2026-01-01", "2027-12-31"),  # was February 2026 alone
    # guards: a month, a quarter, a phase that names its own time keep their period
    ("tháng 2/2026", "2026-02-01", "2026-02-28"),
    ("02/2026", "2026-02-01", "2026-02-28"),
    ("Quý 1/2026", "2026-01-01", "2026-03-31"),
    ("Đợt 1: 15/3/2026", None, "2026-03-15"),
    ("Giai đoạn 1 (06/2026)", "2026-06-01", "2026-06-30"),
    ("Đợt 2 tháng 6/2026", "2026-06-01", "2026-06-30"),
    ("Đợt 1/2026: tháng 3/2026", "2026-03-01", "2026-03-31"),
    ("Bước 1/3/2026", None, "2026-03-01"),
    ("Tháng 12/2026 - 01/2027", "2026-12-01", "2027-01-31"),
])
def test_a_phase_numbered_before_its_year_is_no_month(printed, start, end):
    """"Đợt 2/2026": round 2 of 2026, at most the year (never a confident month); the text kept as printed, the year
    printed (not the plan's)."""
    deadline = parse_deadline(printed, 2025)
    assert (deadline.text, deadline.start, deadline.end, deadline.year_from_plan) == (printed, start, end, False)
