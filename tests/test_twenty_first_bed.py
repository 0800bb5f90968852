"""Lead columns that mark their lead, ministries' collectives of departments: the twenty-first test bed
(tests/task_layouts, layouts 164+, --bed twenty_first), and each of its faults on small tables of our own wordings.

What was wrong before (each test below fails without its fix, unless it says it is a guard):
- a lead column ("Cơ quan chủ trì", "Sở, ngành chủ trì") whose cell marks one body "chủ trì" and names another
  ("Sở Nội vụ (chủ trì), Sở Tư pháp", "Sở Nội vụ chủ trì; Sở Tư pháp") made both leads; now the marked body leads and
  the others support, beside the support column's bodies, as in a one-cell "Cơ quan thực hiện" column (the same code);
- a collective that lists a ministry's kinds of department ("Các Cục, Vụ liên quan", "các Vụ, Cục thuộc Bộ") was cut
  at its comma into a body "Các Cục" and a body "Vụ liên quan"; now it is one collective;
- copied one cell a line, a deadline cell that prints a day and month with no year after "Trước", "Đến", "Từ" ("Trước
  31/12", "Đến 30/9") was read as the second line of the support's name (no deadline, a wrong body); now it is the time;
- "Tháng 9 - 12" (months with no year) ended with September: a confident wrong period. Now it ends with December of the
  plan's year, as "Tháng 9 - 12/2026" does.
"""

from __future__ import annotations

import pytest

from pipeline.run import process
from pipeline.stages.agencies import split_agencies
from pipeline.stages.deadlines import parse_deadline
from task_layouts import text_form_failures
from task_layouts.layouts import BY_NAME, TWENTY_FIRST_BED
from test_eighteenth_bed import _got, _write

_FORMS = ("html", "txt", "pipe.txt", "bar.txt", "tab.txt", "mdonce.txt")


@pytest.mark.parametrize("name,fmt", [(name, fmt) for name in TWENTY_FIRST_BED for fmt in _FORMS
                                      if fmt not in BY_NAME[name].skip])
def test_twenty_first_bed_keeps_every_task(tmp_path, name, fmt):
    failures = text_form_failures(tmp_path, name, fmt)
    assert not failures, "\n".join(failures)


_ALL_FORMS = ("html", "one cell a line", "pipe", "markdown", "tabs")


def _lead_support(doc) -> list[tuple[list[str], list[str]]]:
    return [([m.name for m in t.lead], sorted(m.name for m in t.support)) for t in doc.tasks]


# -- A lead column that marks its lead ---------------------------------------------------------------------------------

@pytest.mark.parametrize("cell,lead,support", [
    ("Sở Nội vụ (chủ trì), Sở Tư pháp", ["Sở Nội vụ"], ["Sở Tư pháp"]),
    ("Sở Nội vụ (chủ trì); Sở Tư pháp, Thanh tra tỉnh", ["Sở Nội vụ"], ["Sở Tư pháp", "Thanh tra tỉnh"]),
    ("Sở Nội vụ chủ trì; Sở Tư pháp", ["Sở Nội vụ"], ["Sở Tư pháp"]),
    ("Sở Nội vụ chủ trì, Sở Văn hóa, Thể thao và Du lịch", ["Sở Nội vụ"], ["Sở Văn hóa, Thể thao và Du lịch"]),
    ("Sở Tư pháp, Sở Nội vụ (chủ trì)", ["Sở Nội vụ"], ["Sở Tư pháp"]),
])
@pytest.mark.parametrize("column", ["Cơ quan chủ trì", "Sở, ngành chủ trì", "Đơn vị chủ trì thực hiện"])
@pytest.mark.parametrize("form", _ALL_FORMS)
def test_a_lead_column_that_marks_its_lead_names_the_others_as_support(tmp_path, cell, lead, support, column, form):
    header = ("STT", "Nội dung công việc", column, "Thời gian hoàn thành")
    got = _lead_support(process(_write(tmp_path, header, [("1", "Rà soát quy trình nội bộ", cell, "Quý III/2026")], form)))
    assert got == [(lead, support)]


@pytest.mark.parametrize("form", _ALL_FORMS)
def test_the_bodies_a_marked_lead_cell_names_join_the_support_column(tmp_path, form):
    header = ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")
    rows = [("1", "Rà soát quy trình nội bộ", "Sở Nội vụ (chủ trì), Sở Tư pháp", "Thanh tra tỉnh", "Quý II/2026"),
            ("2", "Kiểm tra công vụ", "Sở Tài chính chủ trì; Công an tỉnh", "", "Tháng 9 - 12/2026")]
    got = _lead_support(process(_write(tmp_path, header, rows, form)))
    assert got == [(["Sở Nội vụ"], ["Sở Tư pháp", "Thanh tra tỉnh"]), (["Sở Tài chính"], ["Công an tỉnh"])]


@pytest.mark.parametrize("cell,lead", [
    ("Sở Nội vụ, Sở Tư pháp", ["Sở Nội vụ", "Sở Tư pháp"]),  # no mark: every body of a lead column leads
    ("Sở Nội vụ (chủ trì), Sở Tư pháp (chủ trì)", ["Sở Nội vụ", "Sở Tư pháp"]),  # two marked leads
    ("Sở Nội vụ chủ trì, tham mưu UBND tỉnh", ["Sở Nội vụ"]),  # a clause, no body after the mark
    ("Sở Nội vụ chủ trì; Sở Tư pháp chủ trì", ["Sở Nội vụ", "Sở Tư pháp"]),
])
@pytest.mark.parametrize("form", ("html", "one cell a line"))
def test_a_lead_column_with_no_single_mark_keeps_every_lead(tmp_path, cell, lead, form):
    """Guard: only a cell that marks its lead divides it; the earlier beds' lead cells stay as they were read."""
    header = ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian hoàn thành")
    got = _lead_support(process(_write(tmp_path, header, [("1", "Tổng kết công tác năm", cell, "Tháng 12 hằng năm")], form)))
    assert got == [(lead, [])]


# -- A ministry's collectives of departments ---------------------------------------------------------------------------

@pytest.mark.parametrize("cell,names", [
    ("Các Cục, Vụ liên quan", ["Các Cục, Vụ liên quan"]),
    ("các Vụ, Cục liên quan", ["các Vụ, Cục liên quan"]),
    ("Các Vụ, Cục thuộc Bộ", ["Các Vụ, Cục thuộc Bộ"]),
    ("các Phòng, Ban có liên quan", ["các Phòng, Ban có liên quan"]),
    ("Vụ Pháp chế, các Cục, Vụ liên quan", ["Vụ Pháp chế", "các Cục, Vụ liên quan"]),
    ("Vụ Kế hoạch - Tài chính; các Vụ, Cục liên quan", ["Vụ Kế hoạch - Tài chính", "các Vụ, Cục liên quan"]),
    ("Sở Y tế, các Trung tâm, Trạm trực thuộc", ["Sở Y tế", "các Trung tâm, Trạm trực thuộc"]),
])
def test_a_collective_of_kinds_of_department_is_one_body(cell, names):
    assert split_agencies(cell) == names


@pytest.mark.parametrize("cell,names", [
    ("Các Vụ, Cục, Văn phòng Bộ", ["Các Vụ, Cục", "Văn phòng Bộ"]),  # a name after the kinds is a body of its own
    ("Các Sở, Ban Tổ chức Tỉnh ủy", ["Các Sở", "Ban Tổ chức Tỉnh ủy"]),
    ("Các sở, ban, ngành", ["Các sở, ban, ngành"]),
    ("Sở Nội vụ, các sở, ngành liên quan", ["Sở Nội vụ", "các sở, ngành liên quan"]),
    ("Vụ Kế hoạch - Tài chính, Cục Chuyển đổi số quốc gia", ["Vụ Kế hoạch - Tài chính", "Cục Chuyển đổi số quốc gia"]),
])
def test_names_after_a_list_of_kinds_stay_bodies(cell, names):
    """Guard: only kind words closed by a collective's words ("liên quan", "thuộc") join the list before them."""
    assert split_agencies(cell) == names


@pytest.mark.parametrize("form", _ALL_FORMS)
def test_a_ministry_support_cell_names_its_collective_once(tmp_path, form):
    header = ("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Văn bản/ hình thức")
    rows = [("1", "Xây dựng kế hoạch ứng dụng công nghệ số", "Vụ Kế hoạch - Tài chính", "Vụ Pháp chế, các Cục, Vụ liên quan",
             "Quý III/2026", "Quyết định của Bộ trưởng"),
            ("2", "Tổng kết thực hiện kế hoạch", "Văn phòng Bộ", "Các Vụ, Cục thuộc Bộ", "Trước 15/12 hằng năm", "Báo cáo")]
    doc = process(_write(tmp_path, header, rows, form))
    assert [(lead, support, t.output) for (lead, support), t in zip(_lead_support(doc), doc.tasks)] == [
        (["Vụ Kế hoạch - Tài chính"], ["Vụ Pháp chế", "các Cục, Vụ liên quan"], "Quyết định của Bộ trưởng"),
        (["Văn phòng Bộ"], ["Các Vụ, Cục thuộc Bộ"], "Báo cáo")]
    assert [_got(doc)[k][4] for k in (0, 1)] == ["Quý III/2026", "Trước 15/12 hằng năm"]


# -- Deadlines that print no year --------------------------------------------------------------------------------------

@pytest.mark.parametrize("time,end", [("Trước 31/12", "2026-12-31"), ("Đến 30/9", "2026-09-30"), ("Trước 15/12", "2026-12-15"),
                                      ("Từ 15/9", None), ("Tháng 9 - 12", "2026-12-31")])
@pytest.mark.parametrize("form", _ALL_FORMS)
def test_a_day_and_month_with_no_year_is_the_time_cell(tmp_path, time, end, form):
    header = ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")
    rows = [("1", "Rà soát quy trình nội bộ", "Sở Nội vụ", "Sở Tư pháp", time),
            ("2", "Kiểm tra công vụ", "Sở Tài chính", "Thanh tra tỉnh", "Quý IV/2026")]
    doc = process(_write(tmp_path, header, rows, form))
    assert [(lead, support, t.deadline.text if t.deadline else None) for (lead, support), t
            in zip(_lead_support(doc), doc.tasks)] == [(["Sở Nội vụ"], ["Sở Tư pháp"], time),
                                                       (["Sở Tài chính"], ["Thanh tra tỉnh"], "Quý IV/2026")]
    if end:
        assert doc.tasks[0].deadline.end == end


@pytest.mark.parametrize("text,start,end", [
    ("Tháng 9 - 12", "2026-09-01", "2026-12-31"),
    ("Tháng 9-12", "2026-09-01", "2026-12-31"),
    ("Từ tháng 8 - 10", "2026-08-01", "2026-10-31"),
    ("tháng 10 đến tháng 12", "2026-10-01", "2026-12-31"),
])
def test_a_month_range_with_no_year_takes_the_plan_year(text, start, end):
    deadline = parse_deadline(text, 2026)
    assert (deadline.start, deadline.end, deadline.year_from_plan) == (start, end, True)


@pytest.mark.parametrize("text,start,end,from_plan", [
    ("Tháng 9 - 12/2026", "2026-09-01", "2026-12-31", False),
    ("từ tháng 3 đến 10/6/2026", "2026-03-01", "2026-06-10", True),  # a day and month after "đến": no month range
    ("Tháng 9 - 12 hằng năm", None, None, False),  # every year's: no end
])
def test_month_ranges_read_before_stay(text, start, end, from_plan):
    """Guard: a range with its year, a day after 'đến', a recurring range read as before."""
    deadline = parse_deadline(text, 2026)
    assert (deadline.start, deadline.end, deadline.year_from_plan) == (start, end, from_plan)


def test_a_month_range_with_no_year_and_no_plan_year_names_no_period():
    """Guard: never a guessed year."""
    assert parse_deadline("Tháng 9 - 12", None).end is None
