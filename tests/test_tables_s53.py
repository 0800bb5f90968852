"""Deadlines of task tables and duties in prose that still read wrong after s52 (s53).

- "Tháng 12 năm 2026, 1 năm 2027": the list's next month, its year in words, was read as the whole year 2027 (end
  31/12/2027, a year late). Now the month: end 31/1/2027, as "Tháng 12/2026, 1/2027" (s52).
- "Đầu tháng 6/2026", "Giữa quý III/2026": an early or middle part of a month or a quarter was read as the whole one
  (end 30/6: late). Nobody bounds "đầu tháng" on one day ("thượng tuần" is the first ten days by convention; "đầu
  tháng" only roughly so), so no period and deadline_doubt, as "Đầu quý", "Giữa tháng" alone (s52).
- "Q2" | "2027" under "Thời gian" | "Năm": the quarter's abbreviation alone beside the row's year is that year's
  quarter (alone elsewhere "Q.1" is as often a district, and stays unread).
- A task whose cells span two rows (DOCX vMerge, HTML rowspan, a text copy's blank cells), each row with its own time
  and year ("Quý IV" | "2026" over "Quý I" | "2027"): the rows' texts were read together in the plan's year (2026
  whole). Now each row in its own year, the task from the first's start to the last's end.
- In prose: "trong tháng 3, 6, 9 và 12 hằng năm" was cut at its second comma ("trong tháng 3, 6": end 30/6 of the
  plan's year, the recurrence lost); now whole, a recurring deadline with no end. "hoàn thành trong tháng 3, 6 và 9"
  names several deadlines: their span and, as a task's cell, deadline_doubt. "hoàn thành cuối năm" gave no deadline;
  now the plan's year's end, or null and deadline_year_unknown where the plan's year is unsure.
Every table and text is our own, built as a text copy, a Word file and (tables) an HTML page.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form, write_with_rowspans, write_with_table
from pipeline.run import process
from pipeline.stages.deadlines import deadline_doubt, parse_deadline

AFTER = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lò Văn Hạnh"]
FORMS = ("text", "docx", "html")


def _opening(date: str, title: str) -> list[str]:
    return ["ỦY BAN NHÂN DÂN", "TỈNH SƠN LA", "Số 315/KH-UBND", f"Sơn La, {date}", "KẾ HOẠCH", title,
            "I. MỤC ĐÍCH, YÊU CẦU", "Triển khai đồng bộ, hiệu quả.", "II. NHIỆM VỤ VÀ GIẢI PHÁP"]


PLAN_2026 = _opening("ngày 12 tháng 2 năm 2026", "Chuyển đổi số trong nông nghiệp năm 2026")
PLAN_2027 = _opening("ngày 15 tháng 1 năm 2027", "Phát triển hợp tác xã kiểu mới năm 2027")
DECEMBER_NO_YEAR = _opening("ngày 22 tháng 12 năm 2026", "Phát triển hợp tác xã kiểu mới")
WORKS = [("Xây dựng cơ sở dữ liệu vùng trồng", "Sở Nông nghiệp và Môi trường"),
         ("Tập huấn cho hợp tác xã", "Liên minh Hợp tác xã tỉnh"), ("Hỗ trợ sàn thương mại điện tử", "Sở Công Thương"),
         ("Đánh giá kết quả thực hiện", "Sở Tài chính")]


def _period(deadline):
    return (deadline.text, deadline.start, deadline.end) if deadline else None


# ---------------------------------------------------------------------------------------------------------------
# 1. a list of months, each with its year in words

@pytest.mark.parametrize(("text", "start", "end"), [
    ("Tháng 12 năm 2026, 1 năm 2027", "2026-12-01", "2027-01-31"),
    ("Tháng 11 năm 2026, 2 năm 2027", "2026-11-01", "2027-02-28"),
    ("tháng 10 năm 2027 và 3 năm 2028", "2027-10-01", "2028-03-31"),
    # after a quarter the next figure is quarter I or January: neither read (s53 review, doubt warned)
    ("Quý IV năm 2026, 1 năm 2027", None, None),
    ("Hoàn thành trong tháng 12 năm 2026, 1 năm 2027", None, "2027-01-31"),
    # before the first starts, as "Trước tháng 12/2026, 1/2027" (s52): never the whole year 2027
    ("Trước tháng 12 năm 2026, 1 năm 2027", None, "2026-11-30"),
    # kept: a figure before "năm" with no month before it names no month ("5 năm": five years)
    ("Trong 5 năm 2026", "2026-01-01", "2026-12-31"),
])
def test_a_months_next_with_its_year_in_words_is_a_month(text, start, end):
    deadline = parse_deadline(text, 2026)
    assert (deadline.start, deadline.end) == (start, end)


# ---------------------------------------------------------------------------------------------------------------
# 2. an early or middle part of a month or a quarter

@pytest.mark.parametrize("text", ["Đầu tháng 6/2026", "đầu tháng 6 năm 2026", "Đầu tháng 9", "Giữa tháng 10/2026",
                                  "Giữa quý III/2026", "Đầu quý II năm 2026"])
def test_a_part_of_a_month_or_quarter_gives_no_period_and_a_doubt(text):
    deadline = parse_deadline(text, 2026)
    assert (deadline.start, deadline.end) == (None, None)
    assert "no day bounds" in (deadline_doubt(deadline) or "")


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Cuối tháng 6/2026", None, "2026-06-30"),  # the month's end: a day
    ("Từ đầu tháng 6/2026 đến 30/9/2026", "2026-06-01", "2026-09-30"),  # from the month's first day (s53 review)
    ("6 tháng đầu năm 2026", "2026-01-01", "2026-06-30"),
])
def test_a_months_end_and_a_half_year_stay_read(text, start, end):
    deadline = parse_deadline(text, 2026)
    assert (deadline.start, deadline.end) == (start, end)


# ---------------------------------------------------------------------------------------------------------------
# Tables: items 1-3 as a task table's cells

TABLES = {
    "months_in_words": (PLAN_2026, ["Thời gian"], [["Tháng 12 năm 2026, 1 năm 2027"], ["Tháng 11 năm 2026, 2 năm 2027"]],
                        [("Tháng 12 năm 2026, 1 năm 2027", "2026-12-01", "2027-01-31"),
                         ("Tháng 11 năm 2026, 2 năm 2027", "2026-11-01", "2027-02-28")], None),
    "parts_of_months": (PLAN_2026, ["Thời gian hoàn thành"], [["Đầu tháng 6/2026"], ["Giữa quý III/2026"],
                                                             ["Cuối tháng 6/2026"]],
                        [("Đầu tháng 6/2026", None, None), ("Giữa quý III/2026", None, None),
                         ("Cuối tháng 6/2026", None, "2026-06-30")], "deadline_doubt"),
    "abbreviated_quarter_beside_a_year": (PLAN_2026, ["Thời gian", "Năm"],
                                          [["Q2", "2027"], ["Q.III", "2028"], ["Q1, Q2", "2026"], ["Quý 4", "2027"]],
                                          [("Q2 | 2027", "2027-04-01", "2027-06-30"),
                                           ("Q.III | 2028", "2028-07-01", "2028-09-30"),
                                           ("Q1, Q2 | 2026", "2026-01-01", "2026-06-30"),
                                           ("Quý 4 | 2027", "2027-10-01", "2027-12-31")], None),
}


# a text copy whose time column is mostly abbreviations is read as no table (parsers/txt.py, left as found): its case
# has one abbreviation among quarters in words
TEXT_TABLES = {**TABLES, "abbreviated_quarter_beside_a_year": (
    PLAN_2026, ["Thời gian", "Năm"], [["Q2", "2027"], ["Quý III", "2028"], ["Quý 1, 2", "2026"], ["Quý 4", "2027"]],
    [("Q2 | 2027", "2027-04-01", "2027-06-30"), ("Quý III | 2028", "2028-07-01", "2028-09-30"),
     ("Quý 1, 2 | 2026", "2026-01-01", "2026-06-30"), ("Quý 4 | 2027", "2027-10-01", "2027-12-31")], None)}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", TABLES)
def test_time_cells(tmp_path, name, form):
    before, header, cells, expected, warned = (TEXT_TABLES if form == "text" else TABLES)[name]
    rows = [["TT", "Nội dung", "Cơ quan chủ trì", *header],
            *[[str(k + 1), work, lead, *time] for k, ((work, lead), time) in enumerate(zip(WORKS, cells))]]
    doc = process(write_with_table(tmp_path, before, rows, AFTER, form))
    assert [_period(t.deadline) for t in doc.tasks] == expected
    codes = [w.code for w in doc.warnings]
    if warned:
        assert codes.count(warned) >= sum(1 for _, _, end in expected if end is None)


# ---------------------------------------------------------------------------------------------------------------
# 4. a task over two rows, each with its own time and year

HEADER = ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian", "Năm"]
# (text, rows it spans down) or None where a cell above spans over it
MERGED_ROWS = [
    HEADER,
    [("1", 2), ("Hội thảo xúc tiến đầu tư", 2), ("Sở Tài chính", 2), "Quý IV", "2026"],
    [None, None, None, "Quý I", "2027"],
    ["2", "Khảo sát doanh nghiệp", "Sở Công Thương", "Tháng 6", ("2028", 2)],
    ["3", "Hội chợ nông sản", "Sở Công Thương", "Tháng 9", None],
    [("4", 2), ("Tổng kết mô hình", 2), ("Sở Nội vụ", 2), "Tháng 11", "2027"],
    [None, None, None, "Tháng 2", "2028"],
]
MERGED_EXPECTED = [("Quý IV | 2026\nQuý I | 2027", "2026-10-01", "2027-03-31"),
                   ("Tháng 6 | 2028", "2028-06-01", "2028-06-30"), ("Tháng 9 | 2028", "2028-09-01", "2028-09-30"),
                   ("Tháng 11 | 2027\nTháng 2 | 2028", "2027-11-01", "2028-02-29")]


@pytest.mark.parametrize("form", ("docx", "html"))
def test_merged_rows_keep_each_rows_year(tmp_path, form):
    doc = process(write_with_rowspans(tmp_path, PLAN_2026, MERGED_ROWS, AFTER, form))
    assert [_period(t.deadline) for t in doc.tasks] == MERGED_EXPECTED


def test_a_text_copys_continuation_row_keeps_its_year(tmp_path):
    """A text copy prints a merged cell once: the continuation row's other cells blank."""
    rows = [HEADER, ["1", "Hội thảo xúc tiến đầu tư", "Sở Tài chính", "Quý IV", "2026"], ["", "", "", "Quý I", "2027"],
            ["2", "Khảo sát doanh nghiệp", "Sở Công Thương", "Quý III", "2028"]]
    doc = process(write_with_table(tmp_path, PLAN_2026, rows, AFTER, "text"))
    periods = [_period(t.deadline) for t in doc.tasks]
    assert periods[-1] == ("Quý III | 2028", "2028-07-01", "2028-09-30")
    # the first task: both rows in their own years, never the plan's 2026 whole
    assert periods[0] in (("Quý IV | 2026\nQuý I | 2027", "2026-10-01", "2027-03-31"),
                          ("Quý IV | 2026", "2026-10-01", "2026-12-31"))


# ---------------------------------------------------------------------------------------------------------------
# 5-6. duties in prose

PROSE_TAIL = ["III. TỔ CHỨC THỰC HIỆN", "Các sở, ngành triển khai thực hiện.", *AFTER]


def _duties(tmp_path, before, lines, form):
    doc = process(write_in_form(tmp_path, before + lines + PROSE_TAIL, form))
    return ({a.duty: (_period(a.deadline), a.deadline and a.deadline.recurring) for a in doc.assignments if a.role == "lead"},
            [w.code for w in doc.warnings])


RECURRING = ["1. Sở Tài chính chủ trì tổng hợp, báo cáo kết quả thực hiện trong tháng 3, 6, 9 và 12 hằng năm.",
             "2. Sở Nội vụ chủ trì kiểm tra, báo cáo Ủy ban nhân dân tỉnh trong tháng 6 và 12 hằng năm.",
             "3. Sở Y tế chủ trì tổ chức khám sàng lọc, hoàn thành trong tháng 4, 7 và 10."]


@pytest.mark.parametrize("form", ("text", "docx"))
def test_months_listed_in_prose_are_read_whole(tmp_path, form):
    duties, codes = _duties(tmp_path, PLAN_2027, RECURRING, form)
    by_lead = {duty.split(" chủ trì")[0].split(". ")[-1]: value for duty, value in duties.items()}
    # every listed month with its recurrence, no single end (before: "… trong tháng 3, 6", end 30/6/2027)
    for lead, months in (("Sở Tài chính", "tháng 3, 6, 9 và 12 hằng năm"), ("Sở Nội vụ", "tháng 6 và 12 hằng năm")):
        (text, start, end), recurring = by_lead[lead]
        assert text.endswith(months) and (start, end, recurring) == (None, None, "hằng năm")
    assert by_lead["Sở Y tế"] == (("hoàn thành trong tháng 4, 7 và 10", None, "2027-10-31"), None)
    assert "deadline_doubt" in codes  # several deadlines: only their span stored


YEAR_IN_WORDS = ["1. Sở Công Thương chủ trì tổ chức hội chợ nông sản, hoàn thành cuối năm.",
                 "2. Sở Xây dựng chủ trì rà soát quy hoạch, hoàn thành vào cuối năm."]


@pytest.mark.parametrize("form", ("text", "docx"))
def test_the_years_end_in_prose_is_the_plans(tmp_path, form):
    duties, codes = _duties(tmp_path, PLAN_2027, YEAR_IN_WORDS, form)
    assert sorted(period[2] for period, _ in duties.values() if period) == ["2027-12-31", "2027-12-31"]
    assert "deadline_year_unknown" not in codes


@pytest.mark.parametrize("form", ("text", "docx"))
def test_the_years_end_in_a_december_plan_with_no_year_is_unknown(tmp_path, form):
    duties, codes = _duties(tmp_path, DECEMBER_NO_YEAR, YEAR_IN_WORDS, form)
    assert [period for period, _ in duties.values() if period] == [("hoàn thành cuối năm", None, None),
                                                                   ("hoàn thành vào cuối năm", None, None)]
    assert codes.count("deadline_year_unknown") == 2


@pytest.mark.parametrize("form", ("text", "docx"))
def test_a_months_next_with_its_year_in_words_in_prose(tmp_path, form):
    lines = ["1. Sở Nông nghiệp và Môi trường chủ trì tổ chức tổng kết, hoàn thành trong tháng 12 năm 2026, 1 năm 2027."]
    duties, _ = _duties(tmp_path, PLAN_2026, lines, form)
    assert [period for period, _ in duties.values() if period] == [
        ("hoàn thành trong tháng 12 năm 2026, 1 năm 2027", None, "2027-01-31")]
