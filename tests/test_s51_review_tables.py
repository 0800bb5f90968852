"""The s51 review of s51-tables: cases where its new rules could read a confident wrong value or lose one.

- A month or quarter column beside a year column ("Thời gian hoàn thành" over "Tháng" | "Năm", a row "6" | "2027"):
  the figure is a month of that row's year, not of the plan's. The bare "Tháng"/"Quý" header read it as the plan year's
  month (June 2026 for June 2027); now no period, and a warning says why.
- A plan over several years with a bare "Tháng"/"Quý" column: no period, as before, and now the warning that the plan
  has no year of its own (before: none, the figures silently unread).
- A scan's short line between bullets (a bullet whose dash OCR lost, a wrapped line's fragment) is no heading: only a
  typed document's plain line heads the bullets under it.
- Guards of what the branch reads right and must keep: "Cuối năm" in a plan over several years, a school year's plan and
  a plan issued in December for the next year; bare figures under a generic "Thời gian" header; a "/" in a column for
  the performer and its partners.
Every table and text is our own, built as a text copy, a Word file and (tables) an HTML page.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form, write_with_table
import parsers
from pipeline.run import pipeline_stages, process, run_stages
from pipeline.stages.deadlines import deadline_doubt, parse_deadline

AFTER = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Minh"]
FORMS = ("text", "docx", "html")


def _opening(date: str, title: str) -> list[str]:
    return ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số 88/KH-UBND", f"Hà Tĩnh, {date}", "KẾ HOẠCH", title,
            "I. MỤC ĐÍCH, YÊU CẦU", "Triển khai đồng bộ, đúng tiến độ.", "II. NHIỆM VỤ CỤ THỂ"]


ONE_YEAR = _opening("ngày 9 tháng 2 năm 2026", "Thực hiện công tác dân vận năm 2026")
SEVERAL_YEARS = _opening("ngày 9 tháng 2 năm 2026", "Phát triển thương mại điện tử giai đoạn 2026 - 2030")


def _period(task):
    return (task.deadline.text, task.deadline.start, task.deadline.end) if task.deadline else None


def _tasks_and_warnings(tmp_path, before, rows, form):
    doc = process(write_with_table(tmp_path, before, rows, AFTER, form))
    return [_period(t) for t in doc.tasks], {w.code for w in doc.warnings}


# name -> (rows with their header, each task's (text, start, end), forms): the year is in a column of its own
# (s52: the row's year cell completes the month or quarter, "6 | 2027": tests/test_tables_s52.py; before, no period)
YEAR_BESIDE = {
    "month_and_year": ([["TT", "Nội dung", "Cơ quan chủ trì", "Tháng", "Năm"],
                        ["1", "Xây dựng sàn giao dịch nông sản", "Sở Công Thương", "6", "2027"],
                        ["2", "Tập huấn kỹ năng bán hàng trực tuyến", "Sở Công Thương", "10", "2026"]],
                       [("6 | 2027", "2027-06-01", "2027-06-30"), ("10 | 2026", "2026-10-01", "2026-10-31")], FORMS),
    "quarter_and_year": ([["TT", "Nội dung", "Cơ quan chủ trì", "Quý", "Năm"],
                          ["1", "Khảo sát doanh nghiệp bán lẻ", "Sở Công Thương", "II", "2027"],
                          ["2", "Hội chợ hàng nông sản", "Sở Công Thương", "III, IV", "2026"]],
                         [("II | 2027", "2027-04-01", "2027-06-30"), ("III, IV | 2026", "2026-07-01", "2026-12-31")],
                         FORMS),
    # the day in a column of its own: the 15th of June, not June's end
    "day_and_month": ([["TT", "Nội dung", "Cơ quan chủ trì", "Ngày", "Tháng"],
                       ["1", "Xây dựng sàn giao dịch nông sản", "Sở Công Thương", "15", "6"],
                       ["2", "Tập huấn kỹ năng bán hàng trực tuyến", "Sở Công Thương", "30", "9"]],
                      [("6", None, None), ("9", None, None)], FORMS),
    # a two-level header: "Thời gian hoàn thành" over "Tháng" and "Năm" (a text copy has no merged cells)
    "under_one_time_header": ([["TT", "Nội dung", "Cơ quan chủ trì", ("Thời gian hoàn thành", 2)],
                               ["", "", "", "Tháng", "Năm"],
                               ["1", "Xây dựng sàn giao dịch nông sản", "Sở Công Thương", "6", "2027"],
                               ["2", "Tập huấn kỹ năng bán hàng trực tuyến", "Sở Công Thương", "10", "2026"]],
                              [("6 | 2027", "2027-06-01", "2027-06-30"), ("10 | 2026", "2026-10-01", "2026-10-31")],
                              ("docx", "html")),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", YEAR_BESIDE)
def test_a_month_whose_year_is_in_a_column_beside_is_no_month_of_the_plan_year(tmp_path, name, form):
    rows, expected, forms = YEAR_BESIDE[name]
    if form not in forms:
        pytest.skip("a text copy has no merged header")
    periods, warned = _tasks_and_warnings(tmp_path, ONE_YEAR, rows, form)
    # no period of the plan's year: the row's year's, or (the day beside) none, with a warning
    assert periods == expected
    assert ("deadline_unit_unsure" in warned) == (name == "day_and_month")


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("column", ["Tháng", "Quý"])
def test_a_bare_unit_column_in_a_plan_over_several_years_says_the_year_is_unknown(tmp_path, column, form):
    cells = {"Tháng": ("4, 5", "12"), "Quý": ("II", "III, IV")}[column]
    rows = [["TT", "Nội dung", "Cơ quan chủ trì", column],
            ["1", "Xây dựng sàn giao dịch nông sản", "Sở Công Thương", cells[0]],
            ["2", "Tập huấn kỹ năng bán hàng trực tuyến", "Sở Công Thương", cells[1]]]
    periods, warned = _tasks_and_warnings(tmp_path, SEVERAL_YEARS, rows, form)
    assert periods == [(cells[0], None, None), (cells[1], None, None)]
    assert "deadline_year_unknown" in warned


# "Cuối năm" where the plan's year is another's or none: (opening, each task's (text, start, end))
END_OF_YEAR = {
    "several_years": (SEVERAL_YEARS, [("Cuối năm", None, None), ("Cuối năm 2028", None, "2028-12-31")]),
    # the end of a school year is in May: no year's end of the plan's
    "school_year": (["UBND TỈNH HÀ TĨNH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số 41/KH-SGDĐT", "Hà Tĩnh, ngày 12 tháng 9 năm 2025",
                     "KẾ HOẠCH", "Thực hiện nhiệm vụ năm học 2025 - 2026", "I. MỤC ĐÍCH, YÊU CẦU",
                     "Triển khai đồng bộ, đúng tiến độ.", "II. NHIỆM VỤ CỤ THỂ"],
                    [("Cuối năm", None, None), ("Cuối năm 2028", None, "2028-12-31")]),
    # issued in December for the next year: that year's end
    "next_year_from_december": (_opening("ngày 22 tháng 12 năm 2025", "Thực hiện công tác dân vận năm 2026"),
                                [("Cuối năm", None, "2026-12-31"), ("Cuối năm 2028", None, "2028-12-31")]),
}


@pytest.mark.parametrize("form", ("text", "docx"))
@pytest.mark.parametrize("name", END_OF_YEAR)
def test_the_end_of_the_year_is_the_plan_years_only(tmp_path, name, form):
    before, expected = END_OF_YEAR[name]
    rows = [["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
            ["1", "Tổng kết công tác thi đua", "Sở Nội vụ", "Cuối năm"],
            ["2", "Đánh giá giữa kỳ", "Sở Nội vụ", "Cuối năm 2028"]]
    periods, _ = _tasks_and_warnings(tmp_path, before, rows, form)
    assert [(text, start and str(start), end and str(end)) for text, start, end in periods] == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("column", ["Thời gian", "Thời gian thực hiện"])
def test_bare_figures_under_a_generic_time_header_are_no_months(tmp_path, column, form):
    rows = [["TT", "Nội dung", "Cơ quan chủ trì", column],
            ["1", "Xây dựng sàn giao dịch nông sản", "Sở Công Thương", "4, 5"],
            ["2", "Tập huấn kỹ năng bán hàng trực tuyến", "Sở Công Thương", "6 - 7"]]
    periods, _ = _tasks_and_warnings(tmp_path, ONE_YEAR, rows, form)
    assert periods == [("4, 5", None, None), ("6 - 7", None, None)]


@pytest.mark.parametrize("form", FORMS)
def test_a_slash_divides_the_performer_from_its_partners(tmp_path, form):
    rows = [["TT", "Nội dung", "Đơn vị thực hiện/phối hợp", "Thời gian"],
            ["1", "Xây dựng sàn giao dịch nông sản", "Sở Công Thương/Sở Tài chính, Sở Nông nghiệp và Môi trường",
             "Quý II/2026"]]
    tasks = process(write_with_table(tmp_path, ONE_YEAR, rows, AFTER, form)).tasks
    assert [([m.name for m in t.lead], [m.name for m in t.support]) for t in tasks] == [
        (["Sở Công Thương"], ["Sở Tài chính", "Sở Nông nghiệp và Môi trường"])]


HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số 61/KH-UBND", "Hà Tĩnh, ngày 5 tháng 3 năm 2026", "KẾ HOẠCH",
        "Chuyển đổi số năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao hiệu quả quản lý.", "II. NHIỆM VỤ",
        "1. Hạ tầng số"]
BULLETS = ["- Nâng cấp mạng diện rộng của tỉnh;", "Kết nối liên thông dữ liệu", "- Số hóa kho lưu trữ lịch sử."]
TAIL = ["2. Dữ liệu số", "- Xây dựng kho dữ liệu dùng chung.", "III. TỔ CHỨC THỰC HIỆN", "Các sở thực hiện.", *AFTER]


def _under_first_item(doc):
    item = next(n for s in doc.sections for n in s.walk() if n.label == "1.")
    return [(n.kind, n.heading if n.kind == "unnumbered" else n.text) for n in item.children]


@pytest.mark.parametrize("form", ("text", "docx"))
def test_a_scans_short_line_between_bullets_heads_nothing(tmp_path, form):
    """OCR loses a bullet's dash or cuts a wrapped line: its line between bullets stays the bullet's text above, as
    before; the same line typed heads the bullets under it (the branch's rule, kept)."""
    path = write_in_form(tmp_path, HEAD + BULLETS + TAIL, form)
    typed = process(path)
    assert _under_first_item(typed) == [("dash", "Nâng cấp mạng diện rộng của tỉnh;"),
                                        ("unnumbered", "Kết nối liên thông dữ liệu")]
    scanned = parsers.read(path)
    for block in scanned.blocks:
        block.prov.ocr_confidence = 90.0
    scanned = run_stages(scanned, pipeline_stages())
    assert _under_first_item(scanned) == [("dash", "Nâng cấp mạng diện rộng của tỉnh;\nKết nối liên thông dữ liệu"),
                                          ("dash", "Số hóa kho lưu trữ lịch sử.")]


@pytest.mark.parametrize(("text", "start", "end", "doubted"), [
    # the year's end, then the next year's start: the work runs on into the next year, no end of this one (before the
    # review: by 31/12 of the plan's year)
    ("Cuối năm, đầu năm sau", None, None, True),
    ("Cuối năm - đầu năm sau", None, None, True),
    ("Cuối năm/đầu năm sau", None, None, True),
    # a list of three months or more that runs back across the year's end (before: October alone)
    ("Tháng 10, 11, 12, 1", None, None, True),
    ("Tháng 11, 12, 1/2027", None, None, True),
    # kept: the year's end alone or after another period, a list that runs forward, a count after the month
    ("Quý IV và cuối năm", "2026-10-01", "2026-12-31", False),
    ("Giữa năm và cuối năm", None, "2026-12-31", False),
    ("Tháng 9, 10 và 11", "2026-09-01", "2026-11-30", False),
    ("Tháng 6, 2 đợt", "2026-06-01", "2026-06-30", False),
])
def test_deadline_words_at_the_years_end(text, start, end, doubted):
    deadline = parse_deadline(text, 2026)
    assert (deadline.start and str(deadline.start), deadline.end and str(deadline.end)) == (start, end)
    assert bool(deadline_doubt(deadline)) == doubted


@pytest.mark.parametrize("form", ("text", "docx"))
def test_months_listed_under_a_month_column_that_run_past_the_years_end(tmp_path, form):
    rows = [["TT", "Nội dung", "Cơ quan chủ trì", "Tháng"],
            ["1", "Vận động ủng hộ Quỹ vì người nghèo", "Sở Nội vụ", "10, 11, 12, 1"],
            ["2", "Tập huấn kỹ năng bán hàng trực tuyến", "Sở Công Thương", "8, 9"]]
    periods, warned = _tasks_and_warnings(tmp_path, ONE_YEAR, rows, form)
    assert [(text, start and str(start), end and str(end)) for text, start, end in periods] == [
        ("10, 11, 12, 1", None, None), ("8, 9", "2026-08-01", "2026-09-30")]
    assert "deadline_doubt" in warned


@pytest.mark.parametrize("form", ("text", "docx"))
@pytest.mark.parametrize(("above", "line"), [
    ("- Phối hợp với Ủy ban nhân dân TP.", "Hà Tĩnh và thị xã Kỳ Anh"),  # wrapped after an abbreviation's stop
    ("- Tổ chức tuyên truyền trên báo, đài, mạng xã hội, v.v.", "Cổng thông tin điện tử tỉnh"),
])
def test_a_line_after_an_abbreviations_stop_goes_on_with_the_bullet(tmp_path, above, line, form):
    """A stop after an abbreviation ends no sentence: the line after it is the bullet's wrapped words, no heading (the
    branch had cut it off as a heading over the bullets under it)."""
    doc = process(write_in_form(tmp_path, HEAD + [above, line, "- Số hóa kho lưu trữ lịch sử."] + TAIL, form))
    assert _under_first_item(doc) == [("dash", f"{above[2:]}\n{line}"), ("dash", "Số hóa kho lưu trữ lịch sử.")]
