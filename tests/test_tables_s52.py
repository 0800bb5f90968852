"""Deadlines of task tables (and duties in prose) that read wrong or got lost, left by the s51 review (s52).

- "Tháng 12, 1 năm sau": December, then January of the next year, read by the relative year as "Tháng 12, 1 năm
  2027": the list ran past the year's end unseen and the year alone gave 31/12/2027, a year late. Now no period and a
  warning, as "Tháng 12, 1/2027" (s51). "Tháng 12 và tháng 1 năm sau" names each month: read as before.
- "Tháng 12/2026, 1/2027": the list's next month in figures was dropped (end 31/12/2026); now its end is 31/1/2027.
  In prose ("…, hoàn thành trong tháng 12, 1 năm sau") the comma inside the list broke the clause, and "tháng 12"
  alone gave 31/12 of the plan's year.
- "Cuối năm", "Trong năm" in a plan dated in December whose title names no year: the closing year's or the next's?
  Before: the date's year. Now no end and deadline_year_unknown (a title's year is read, as before).
- "Quý II" | "2027" under "Thời gian" | "Năm" (and bare "II" | "2027" under "Quý" | "Năm", "6" | "2027" under
  "Tháng" | "Năm"): the row's year completes the cell; before, the plan's year (a confident wrong quarter) or nothing.
  "Quý II 2027" in one cell (a space, or a line, before the year): that year's quarter, not the plan year's.
- "Giữa năm", "Đầu năm", "Đầu quý", "Giữa tháng": no convention bounds them (a mid-year council session sits in July;
  "6 tháng đầu năm" ends 30/6 and is read as a half-year), so no period as before, now with deadline_doubt saying why.
- "1. Sở Nội vụ" / "Công tác tuyên truyền" / "- …": the topic's title over the body's bullets is no duty of its own;
  a second title after a bullet that a deadline's year closes ("…, hoàn thành trong quý II/2026.") heads the bullets
  under it (before: the bullet's last words).
Every table and text is our own, built as a text copy, a Word file and (tables) an HTML page.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form, write_with_table
from pipeline.run import process
from pipeline.stages.deadlines import deadline_doubt, parse_deadline

AFTER = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đỗ Văn Khang"]
FORMS = ("text", "docx", "html")


def _opening(date: str, title: str, part: str = "II. NHIỆM VỤ CỤ THỂ") -> list[str]:
    return ["ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", "Số 207/KH-UBND", f"Ninh Bình, {date}", "KẾ HOẠCH", title,
            "I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm thống nhất, kịp thời.", part]


PLAN_2026 = _opening("ngày 20 tháng 1 năm 2026", "Phát triển du lịch cộng đồng năm 2026")
DECEMBER_NO_YEAR = _opening("ngày 18 tháng 12 năm 2026", "Phát triển du lịch cộng đồng")
DECEMBER_FOR_2027 = _opening("ngày 18 tháng 12 năm 2026", "Phát triển du lịch cộng đồng năm 2027")


def _period(deadline):
    return (deadline.text, deadline.start and str(deadline.start), deadline.end and str(deadline.end)) if deadline else None


def _read(tmp_path, before, rows, form):
    doc = process(write_with_table(tmp_path, before, rows, AFTER, form))
    return [_period(t.deadline) for t in doc.tasks], [w.code for w in doc.warnings]


@pytest.mark.parametrize(("text", "start", "end", "doubted"), [
    # December, then a later figure that is a month of the next year: which year each is in the cell does not prove
    ("Tháng 12, 1 năm sau", None, None, True),
    ("Tháng 11, 12, 1 năm sau", None, None, True),
    ("Tháng 12, 2 năm tiếp theo", None, None, True),
    ("Tháng 11 - 1 năm sau", None, None, True),
    ("Tháng 12, 1 năm 2027", None, None, True),
    # kept: each month named, the relative year January's; a list that runs forward
    ("Tháng 12 và tháng 1 năm sau", "2026-12-01", "2027-01-31", True),
    ("Tháng 3, 4 năm sau", "2027-03-01", "2027-04-30", True),
    # the list's next month in figures with its year (before: dropped, the end December's)
    ("Tháng 12/2026, 1/2027", "2026-12-01", "2027-01-31", False),
    ("Tháng 11/2026, 01/2027", "2026-11-01", "2027-01-31", False),
    ("Tháng 12/2027 và 2/2028", "2027-12-01", "2028-02-29", False),
    ("Quý IV/2026, 1/2027", "2026-10-01", "2027-01-31", False),
    ("Hoàn thành trong tháng 12/2026, 1/2027", None, "2027-01-31", False),
    ("Trước tháng 12/2026, 1/2027", None, "2026-11-30", False),  # before the first starts, as "Trước tháng 3, 4"
    # a year after a space alone, closing the time (a cell's "Quý II" over "2027"): that year's, not the plan's
    ("Quý II 2027", "2027-04-01", "2027-06-30", False),
    ("Quý II\n2027", "2027-04-01", "2027-06-30", False),
    ("Tháng 6 2028.", "2028-06-01", "2028-06-30", False),
    ("Quý II 2027 và quý III 2027", "2027-04-01", "2027-09-30", False),
    ("Tháng 10 2000 hộ dân", "2026-10-01", "2026-10-31", False),  # a count after the month, no year
    # parts of a period no day bounds: no period, and now a doubt that says why
    ("Giữa năm", None, None, True),
    ("Đầu năm", None, None, True),
    ("Giữa năm 2027", None, None, True),
    ("Đầu năm 2027", None, None, True),
    ("Đầu quý", None, None, True),
    ("Giữa tháng", None, None, True),
    # kept: a half-year, a part beside a period read
    ("6 tháng đầu năm", "2026-01-01", "2026-06-30", False),
    ("Giữa năm và cuối năm", None, "2026-12-31", False),
    ("Tháng 5, 6 (giữa năm)", "2026-05-01", "2026-06-30", False),
])
def test_deadline_words(text, start, end, doubted):
    deadline = parse_deadline(text, 2026)
    assert _period(deadline)[1:] == (start, end)
    assert bool(deadline_doubt(deadline)) == doubted


# name -> (opening, header, rows' time cells (and year cells), each task's (text, start, end), a warning code or None)
TABLES = {
    "months_past_the_year_end": (PLAN_2026, ["Thời gian"], [["Tháng 12, 1 năm sau"], ["Tháng 11, 12, 1 năm sau"],
                                                           ["Tháng 12 và tháng 1 năm sau"]],
                                 [("Tháng 12, 1 năm sau", None, None), ("Tháng 11, 12, 1 năm sau", None, None),
                                  ("Tháng 12 và tháng 1 năm sau", "2026-12-01", "2027-01-31")], "deadline_doubt"),
    "next_month_in_figures": (PLAN_2026, ["Thời gian"], [["Tháng 12/2026, 1/2027"], ["Quý IV/2026, 02/2027"]],
                              [("Tháng 12/2026, 1/2027", "2026-12-01", "2027-01-31"),
                               ("Quý IV/2026, 02/2027", "2026-10-01", "2027-02-28")], None),
    "december_without_a_year": (DECEMBER_NO_YEAR, ["Thời gian"], [["Cuối năm"], ["Trong năm"], ["Quý I/2027"]],
                                [("Cuối năm", None, None), ("Trong năm", None, None),
                                 ("Quý I/2027", "2027-01-01", "2027-03-31")], "deadline_year_unknown"),
    "december_for_the_next_year": (DECEMBER_FOR_2027, ["Thời gian"], [["Cuối năm"], ["Trong năm"]],
                                   [("Cuối năm", None, "2027-12-31"), ("Trong năm", "2027-01-01", "2027-12-31")], None),
    "quarter_beside_a_year": (PLAN_2026, ["Thời gian", "Năm"], [["Quý II", "2027"], ["Quý 2", "2028"],
                                                               ["quý III", "2026"], ["Cuối năm", "2027"]],
                              [("Quý II | 2027", "2027-04-01", "2027-06-30"), ("Quý 2 | 2028", "2028-04-01", "2028-06-30"),
                               ("quý III | 2026", "2026-07-01", "2026-09-30"), ("Cuối năm | 2027", None, "2027-12-31")], None),
    # the cell's own year stands; an empty year cell (a merged year's next row?) proves no year: no period, a doubt
    # (s52 review: it was read in the plan's year)
    "quarter_with_its_year_beside_a_year": (PLAN_2026, ["Thời gian thực hiện", "Năm thực hiện"],
                                            [["quý II/2027", "2027"], ["Tháng 10", ""]],
                                            [("quý II/2027", "2027-04-01", "2027-06-30"),
                                             ("Tháng 10", None, None)], "deadline_doubt"),
    "bare_quarters_beside_a_year": (PLAN_2026, ["Quý", "Năm"], [["II", "2027"], ["III, IV", "2026"]],
                                    [("II | 2027", "2027-04-01", "2027-06-30"), ("III, IV | 2026", "2026-07-01", "2026-12-31")],
                                    None),
    "bare_months_beside_a_year": (PLAN_2026, ["Tháng", "Năm"], [["6", "2027"], ["11 - 12", "2026"]],
                                  [("6 | 2027", "2027-06-01", "2027-06-30"), ("11 - 12 | 2026", "2026-11-01", "2026-12-31")],
                                  None),
    "parts_no_day_bounds": (PLAN_2026, ["Thời gian"], [["Giữa năm"], ["Đầu quý"], ["Quý III"]],
                            [("Giữa năm", None, None), ("Đầu quý", None, None), ("Quý III", "2026-07-01", "2026-09-30")],
                            "deadline_doubt"),
}
WORKS = [("Khảo sát điểm du lịch cộng đồng", "Sở Văn hóa, Thể thao và Du lịch"),
         ("Tập huấn kỹ năng đón khách", "Sở Công Thương"), ("Quảng bá sản phẩm du lịch", "Sở Tài chính"),
         ("Tổng kết, đánh giá kết quả", "Sở Nội vụ")]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", TABLES)
def test_time_cells(tmp_path, name, form):
    before, header, cells, expected, warned = TABLES[name]
    rows = [["TT", "Nội dung", "Cơ quan chủ trì", *header],
            *[[str(k + 1), work, lead, *time] for k, ((work, lead), time) in enumerate(zip(WORKS, cells))]]
    periods, codes = _read(tmp_path, before, rows, form)
    assert periods == expected
    if warned:
        assert codes.count(warned) >= sum(1 for _, _, end in expected if end is None)
    assert "deadline_unit_unsure" not in codes


@pytest.mark.parametrize("form", ("docx", "html"))
def test_a_month_under_one_time_header_over_month_and_year(tmp_path, form):
    rows = [["TT", "Nội dung", "Cơ quan chủ trì", ("Thời gian hoàn thành", 2)], ["", "", "", "Tháng", "Năm"],
            ["1", *WORKS[0], "6", "2027"], ["2", *WORKS[1], "10", "2026"]]
    periods, _ = _read(tmp_path, PLAN_2026, rows, form)
    assert periods == [("6 | 2027", "2027-06-01", "2027-06-30"), ("10 | 2026", "2026-10-01", "2026-10-31")]


PROSE_TAIL = ["III. TỔ CHỨC THỰC HIỆN", "Các sở triển khai thực hiện.", *AFTER]


def _duties(tmp_path, before, lines, form):
    doc = process(write_in_form(tmp_path, before + lines + PROSE_TAIL, form))
    return {a.duty: (a.agency.name, _period(a.deadline)) for a in doc.assignments}, [w.code for w in doc.warnings]


@pytest.mark.parametrize("form", ("text", "docx"))
def test_a_month_list_in_a_duty_is_read_whole(tmp_path, form):
    duties, _ = _duties(tmp_path, PLAN_2026, [
        "1. Sở Văn hóa, Thể thao và Du lịch", "- Tổ chức lễ hội du lịch, hoàn thành trong tháng 12/2026, 1/2027.",
        "- Tổng kết mùa du lịch, hoàn thành trong tháng 12, 1 năm sau."], form)
    assert duties["Tổ chức lễ hội du lịch, hoàn thành trong tháng 12/2026, 1/2027."][1] == \
        ("hoàn thành trong tháng 12/2026, 1/2027", None, "2027-01-31")
    # December's end alone (before) a month early; which year January is in the list does not prove
    assert duties["Tổng kết mùa du lịch, hoàn thành trong tháng 12, 1 năm sau."][1] is None


@pytest.mark.parametrize("form", ("text", "docx"))
@pytest.mark.parametrize(("before", "end", "warned"), [(DECEMBER_NO_YEAR, None, True),
                                                       (DECEMBER_FOR_2027, "2027-12-31", False)])
def test_the_end_of_the_year_in_a_duty_of_a_december_plan(tmp_path, form, before, end, warned):
    duties, codes = _duties(tmp_path, before, [
        "1. Sở Văn hóa, Thể thao và Du lịch", "- Tổng kết mùa du lịch. Thời gian thực hiện: Cuối năm.",
        "- Khảo sát điểm du lịch. Thời gian thực hiện: Quý I/2027."], form)
    assert duties["Tổng kết mùa du lịch. Thời gian thực hiện: Cuối năm."][1] == ("Cuối năm", None, end)
    assert duties["Khảo sát điểm du lịch. Thời gian thực hiện: Quý I/2027."][1] == ("Quý I/2027", "2027-01-01", "2027-03-31")
    assert ("deadline_year_unknown" in codes) == warned


# the topic's title under a body's heading, over its bullets: (lines under "1. Sở Nội vụ", its duties)
GROUP_TITLES = {
    "topic_of_work": (["Công tác tuyên truyền", "- Tuyên truyền về du lịch cộng đồng trên báo chí.",
                       "- Biên soạn tài liệu hướng dẫn du khách."],
                      ["Tuyên truyền về du lịch cộng đồng trên báo chí.", "Biên soạn tài liệu hướng dẫn du khách."]),
    # a second title after a bullet whose sentence a deadline's year closes (before: the bullet's last words)
    "two_topics": (["Công tác tuyên truyền", "- Biên soạn tài liệu hướng dẫn du khách, hoàn thành trong quý II/2026.",
                    "Công tác kiểm tra", "- Kiểm tra các cơ sở lưu trú du lịch."],
                   ["Biên soạn tài liệu hướng dẫn du khách, hoàn thành trong quý II/2026.",
                    "Kiểm tra các cơ sở lưu trú du lịch."]),
    "tasks_in_focus": (["Nhiệm vụ trọng tâm", "- Rà soát quy hoạch điểm du lịch.", "+ Kiểm tra an toàn cơ sở lưu trú."],
                       ["Rà soát quy hoạch điểm du lịch.", "Kiểm tra an toàn cơ sở lưu trú."]),
    "about_a_topic": (["Về công tác kiểm tra", "- Kiểm tra các cơ sở lưu trú du lịch."],
                      ["Kiểm tra các cơ sở lưu trú du lịch."]),
    # a line that opens with a verb is a duty over its means, as before
    "a_duty_over_its_means": (["Tổ chức tuyên truyền", "- Trên báo chí và mạng xã hội.", "- Tại các điểm du lịch."],
                              ["Tổ chức tuyên truyền", "Trên báo chí và mạng xã hội.", "Tại các điểm du lịch."]),
}


@pytest.mark.parametrize("form", ("text", "docx"))
@pytest.mark.parametrize("name", GROUP_TITLES)
def test_a_topic_title_over_a_bodys_bullets_is_no_duty(tmp_path, name, form):
    lines, expected = GROUP_TITLES[name]
    duties, _ = _duties(tmp_path, PLAN_2026, ["1. Sở Nội vụ", *lines, "2. Sở Tài chính",
                                              "- Bố trí kinh phí thực hiện kế hoạch."], form)
    assert [duty for duty, (body, _) in duties.items() if body == "Sở Nội vụ"] == expected
