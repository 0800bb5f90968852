"""Task tables of forms the other beds lacked: the seventh test bed (tests/task_layouts, layouts 95-101, --bed
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

from pipeline.run import process
from pipeline.stages.columns import column_role
from pipeline.stages.deadlines import parse_deadline
from task_layouts import text_form_failures
from task_layouts.layouts import SEVENTH_BED
from task_layouts.render import to_html, to_row_text, to_text

_RENDER = {"html": to_html, "pipe.txt": lambda layout: to_text(layout, pipe=True),
           "bar.txt": lambda layout: to_text(layout, pipe=True, bar_lines=True), "tab.txt": to_row_text,
           "md.txt": lambda layout: to_row_text(layout, markdown=True),
           "mdonce.txt": lambda layout: to_row_text(layout, markdown=True, down_once=True)}


@pytest.mark.parametrize("name", SEVENTH_BED)
@pytest.mark.parametrize("fmt", sorted(_RENDER))
def test_seventh_bed_keeps_every_task(tmp_path, name, fmt):
    failures = text_form_failures(tmp_path, name, fmt)
    assert not failures, "\n".join(failures)


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


_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 12/KH-UBND\nPhú Thọ, ngày 10 tháng 2 năm 2026\nKẾ HOẠCH\n"
         "Cải cách hành chính năm 2026\nPHỤ LỤC\n(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/02/2026 của UBND tỉnh)\n")
_ROWS = [["Lĩnh vực", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian"],
         ["Thể chế", "Rà soát văn bản quy phạm pháp luật của tỉnh ban hành năm 2025", "Sở Tư pháp", "Quý II/2026"],
         [None, "Đánh giá chất lượng văn bản do các sở soạn thảo trong năm", "Văn phòng UBND tỉnh", "Tháng 11/2026"],
         ["Tài chính công", "Công khai dự toán ngân sách của các cơ quan, đơn vị", "Sở Tài chính", "Tháng 3/2026"],
         [None, "Kiểm tra việc quản lý tài sản công tại các đơn vị sự nghiệp", "Thanh tra tỉnh", "Quý IV/2026"]]


@pytest.mark.parametrize("form", ["tab", "pipe", "markdown"])
def test_a_group_column_merged_down_over_unnumbered_tasks(tmp_path, form):
    """Another wording and width than layout 98 (four columns, no support), as a browser, a site and a markdown
    converter copy it: the merged group printed once, on its first task's row."""
    def line(row):
        cells = [c for c in row if c is not None]
        return {"tab": "\t".join(cells), "pipe": "\n".join(f"{c} |" for c in cells),
                "markdown": "| " + " | ".join(cells) + " |"}[form]
    lines = [line(r) for r in _ROWS]
    if form == "markdown":
        lines.insert(1, "|---|---|---|---|")
    path = tmp_path / "plan.txt"
    path.write_text(_HEAD + "\n".join(lines) + "\n\nNơi nhận:\n- Lưu: VT.\n", encoding="utf-8")
    tasks = process(path).tasks
    assert [(t.group_path, [m.name for m in t.lead], t.deadline.end) for t in tasks] == [
        (["Thể chế"], ["Sở Tư pháp"], "2026-06-30"), (["Thể chế"], ["Văn phòng UBND tỉnh"], "2026-11-30"),
        (["Tài chính công"], ["Sở Tài chính"], "2026-03-31"), (["Tài chính công"], ["Thanh tra tỉnh"], "2026-12-31")]
