"""Columns no task field comes from, group rows copied a cell a line, a lead cell naming both roles by verbs, a
report's progress that opens with a time, two times in a cell: the twenty-fifth test bed (tests/task_layouts, layouts
181+, --bed twenty_fifth), and each of its faults on small tables of our own wordings.

What was wrong before (each test below fails without its fix, unless it says it is a guard):
- "Mức độ ưu tiên" (a priority: "Cao", "Thấp") was read as a second task column ("Mục", an item, folds alike), and a
  task table's column that names no task field ("Phương thức thực hiện", "Chỉ số đánh giá") was dropped without a
  word: now such a column is no role and warning ``table_column_unplaced`` names it;
- a group row copied one cell a line, its title then an empty cell for each other column: the title was placed in the
  task column and one empty cell left over (an uncertain empty row); after a task whose last cell is not a product's
  words ("Chuyên mục, tin bài") the title ran into that task's last columns and shifted its cells (its support took
  the priority, the sum and the source; its time was lost). The first cell of a row can hold a group's title;
- a time cell that says when something was done ("Quý I/2026 đã trình UBND tỉnh", "Tháng 6/2026, đang hoàn thiện dự
  thảo": a time, then a report's verb) was read as the task's deadline in a plan; now it is the task's status text
  (status null, warning ``task_status_unread``), no deadline.
"""

from __future__ import annotations

import pytest

from pipeline.run import process
from pipeline.stages.columns import column_role
from task_layouts import text_form_failures
from task_layouts.layouts import BY_NAME, TWENTY_FIFTH_BED
from test_eighteenth_bed import _write

_FORMS = ("html", "txt", "pipe.txt", "bar.txt", "tab.txt", "mdonce.txt", "cells.txt")
_ALL_FORMS = ("html", "one cell a line", "pipe", "markdown", "tabs")


@pytest.mark.parametrize("name,fmt", [(name, fmt) for name in TWENTY_FIFTH_BED for fmt in _FORMS
                                      if fmt not in BY_NAME[name].skip])
def test_twenty_fifth_bed_keeps_every_task(tmp_path, name, fmt):
    failures = text_form_failures(tmp_path, name, fmt)
    assert not failures, "\n".join(failures)


def _got(doc) -> list[tuple]:
    return [(t.number, t.content, [m.name for m in t.lead], [m.name for m in t.support],
             t.deadline.text if t.deadline else None) for t in doc.tasks]


def _unplaced(doc) -> list[str]:
    return [w.message for w in doc.warnings if w.code == "table_column_unplaced"]


_TASKS = ("Rà soát quy trình nội bộ về tiếp nhận hồ sơ", "Tổ chức hội nghị tập huấn nghiệp vụ",
          "Xây dựng cơ sở dữ liệu đất đai cấp xã")


# -- Columns no task field comes from ---------------------------------------------------------------------------------

@pytest.mark.parametrize("header", ["Mức độ ưu tiên", "Mức độ cấp thiết", "Mức độ quan trọng"])
def test_a_degree_column_is_no_task_column(header):
    assert column_role(header) == "other"


@pytest.mark.parametrize("header,role", [("Mục", "content"), ("Mục 1", "content"), ("Mức độ hoàn thành", "status")])
def test_an_item_column_is_still_the_tasks(header, role):
    """Guard: "Mục" (an item) heads the task column; "Mức độ hoàn thành" a report's status."""
    assert column_role(header) == role


@pytest.mark.parametrize("header,cells", [("Mức độ ưu tiên", ("Cao", "Trung bình", "Thấp")),
                                          ("Phương thức thực hiện", ("Trực tuyến", "Trực tiếp", "Kết hợp")),
                                          ("Chỉ số đánh giá", ("Tỷ lệ hồ sơ đúng hạn", "Số lượt tham dự", "Số xã"))])
@pytest.mark.parametrize("form", _ALL_FORMS)
def test_a_column_no_field_comes_from_is_warned_of(tmp_path, header, cells, form):
    rows = [("1", _TASKS[0], cells[0], "Sở Nội vụ", "Sở Tư pháp", "Quý III/2026"),
            ("2", _TASKS[1], cells[1], "Sở Tư pháp", "", "Thường xuyên"),
            ("3", _TASKS[2], cells[2], "Sở Nông nghiệp và Môi trường", "UBND các xã", "Năm 2026-2027")]
    doc = process(_write(tmp_path, ("STT", "Nội dung công việc", header, "Cơ quan chủ trì", "Cơ quan phối hợp",
                                    "Thời gian thực hiện"), rows, form))
    assert _got(doc) == [("1", _TASKS[0], ["Sở Nội vụ"], ["Sở Tư pháp"], "Quý III/2026"),
                         ("2", _TASKS[1], ["Sở Tư pháp"], [], "Thường xuyên"),
                         ("3", _TASKS[2], ["Sở Nông nghiệp và Môi trường"], ["UBND các xã"], "Năm 2026-2027")]
    assert len(_unplaced(doc)) == 1 and f"'{header}'" in _unplaced(doc)[0]


@pytest.mark.parametrize("header", ["Ghi chú", "Kinh phí (triệu đồng)", "Nguồn vốn", "Địa bàn thực hiện"])
@pytest.mark.parametrize("form", ["html", "pipe"])
def test_a_column_with_a_role_is_not_warned_of(tmp_path, header, form):
    """Guard: notes, sums, their source and places have their roles; no warning."""
    rows = [("1", _TASKS[0], "Sở Nội vụ", "Toàn tỉnh", "Quý III/2026"), ("2", _TASKS[1], "Sở Tư pháp", "150", "Tháng 9/2026")]
    doc = process(_write(tmp_path, ("STT", "Nội dung", "Cơ quan chủ trì", header, "Thời hạn"), rows, form))
    assert len(doc.tasks) == 2 and not _unplaced(doc)


@pytest.mark.parametrize("form", ["html", "pipe"])
def test_an_empty_column_no_field_comes_from_is_not_warned_of(tmp_path, form):
    """Guard: a column printed empty holds nothing to lose."""
    rows = [("1", _TASKS[0], "Sở Nội vụ", "", "Quý III/2026"), ("2", _TASKS[1], "Sở Tư pháp", "", "Tháng 9/2026")]
    doc = process(_write(tmp_path, ("STT", "Nội dung", "Cơ quan chủ trì", "Mức độ ưu tiên", "Thời hạn"), rows, form))
    assert len(doc.tasks) == 2 and not _unplaced(doc)


# -- Group rows copied a cell a line ----------------------------------------------------------------------------------

@pytest.mark.parametrize("titles", [("Nhóm nhiệm vụ 1: Hoàn thiện thể chế", "Nhóm nhiệm vụ 2: Phát triển hạ tầng số"),
                                    ("Nhóm 1: Tuyên truyền", "Nhóm 2: Kiểm tra, giám sát"),
                                    ("I. CÔNG TÁC CHỈ ĐẠO", "II. NHIỆM VỤ CHUYÊN MÔN")])
@pytest.mark.parametrize("extra", [(), ("Mức độ ưu tiên", "Kinh phí (triệu đồng)", "Nguồn vốn")])
def test_a_group_row_copied_a_cell_a_line_keeps_the_task_before_it(tmp_path, titles, extra):
    """A group row copied as its title and an empty cell for each other column, after a task whose last cells are no
    product's words ("Chuyên mục, tin bài"), between columns no task field comes from or not."""
    header = ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", *extra, "Thời gian thực hiện",
              "Kết quả đầu ra")
    aside = ("Cao", "80", "Lồng ghép các chương trình")[:len(extra)]
    blank = ("",) * (len(header) - 1)
    rows = [(titles[0], *blank),
            ("1", _TASKS[0], "Sở Nội vụ", "Sở Tư pháp", *aside, "Tháng 6 và tháng 12 hằng năm", "Chuyên mục, tin bài"),
            (titles[1], *blank),
            ("2", _TASKS[1], "Sở Tư pháp", "Sở Nội vụ", *aside, "Thường xuyên", "Tài liệu tuyên truyền"),
            ("3", _TASKS[2], "Sở Xây dựng", "", *aside, "Quý IV/2026", "Cơ sở dữ liệu")]
    doc = process(_write(tmp_path, header, rows, "one cell a line"))
    assert _got(doc) == [("1", _TASKS[0], ["Sở Nội vụ"], ["Sở Tư pháp"], "Tháng 6 và tháng 12 hằng năm"),
                         ("2", _TASKS[1], ["Sở Tư pháp"], ["Sở Nội vụ"], "Thường xuyên"),
                         ("3", _TASKS[2], ["Sở Xây dựng"], [], "Quý IV/2026")]
    assert [t.group_path for t in doc.tasks] == [[titles[0]], [titles[1]], [titles[1]]]
    assert not [w for w in doc.warnings if w.code == "table_row_uncertain"]


# -- Guard: two times in a cell ---------------------------------------------------------------------------------------

# -- A time, then a report's verb: when something was done, no deadline -----------------------------------------------

_DONE = ("Quý I/2026 đã trình UBND tỉnh", "Tháng 3/2026 đã ban hành Quyết định", "Tháng 6/2026, đang hoàn thiện dự thảo")


@pytest.mark.parametrize("header", ["Tiến độ thực hiện", "Tiến độ", "Thời gian"])
@pytest.mark.parametrize("form", _ALL_FORMS)
def test_a_time_cell_that_says_when_something_was_done_is_no_deadline(tmp_path, header, form):
    rows = [("1", _TASKS[0], "Sở Nội vụ", _DONE[0]), ("2", _TASKS[1], "Sở Tư pháp", _DONE[1]),
            ("3", _TASKS[2], "Sở Tài chính", _DONE[2])]
    doc = process(_write(tmp_path, ("STT", "Nhiệm vụ", "Cơ quan chủ trì", header), rows, form))
    assert [t.deadline for t in doc.tasks] == [None, None, None]
    assert [t.status_text for t in doc.tasks] == list(_DONE)


@pytest.mark.parametrize("form", ["html", "pipe"])
def test_a_time_with_a_remark_in_brackets_stays_the_deadline(tmp_path, form):
    """Guard: "Quý II/2026 (dự thảo)", "Năm 2026 (đang xây dựng)": a time and its remark, no report's verb after it."""
    rows = [("1", _TASKS[0], "Sở Nội vụ", "Quý II/2026 (dự thảo)"), ("2", _TASKS[1], "Sở Tư pháp", "Năm 2026 (đang xây dựng)")]
    doc = process(_write(tmp_path, ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Tiến độ thực hiện"), rows, form))
    assert [t.deadline.end for t in doc.tasks] == ["2026-06-30", "2026-12-31"]


@pytest.mark.parametrize("form", _ALL_FORMS)
def test_a_time_cell_naming_two_times_keeps_both(tmp_path, form):
    """Guard: a draft's and the issue's time in one cell: both kept as printed, the period ends with the later."""
    rows = [("1", _TASKS[0], "Sở Nội vụ", "Quý II/2026 (dự thảo); Quý IV/2026 (ban hành)"),
            ("2", _TASKS[1], "Sở Tư pháp", "Tháng 8/2026 (trình), tháng 10/2026 (ban hành)")]
    doc = process(_write(tmp_path, ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian trình"), rows, form))
    assert [(t.deadline.text, t.deadline.end) for t in doc.tasks] == [
        ("Quý II/2026 (dự thảo); Quý IV/2026 (ban hành)", "2026-12-31"),
        ("Tháng 8/2026 (trình), tháng 10/2026 (ban hành)", "2026-10-31")]
