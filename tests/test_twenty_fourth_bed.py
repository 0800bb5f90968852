"""A task's time printed in a cell it shares with the product or in a "Ghi chú" column, and a commune's posts under a
band: the twenty-fourth test bed (tests/task_layouts, layouts 177+, --bed twenty_fourth), and each of its faults on
small tables of our own wordings.

What was wrong before (each test below fails without its fix, unless it says it is a guard):
- "Sản phẩm, thời gian hoàn thành" (the product, then its time after "; " or ", "): the time was left in the product
  and the task had no deadline;
- "Thời hạn, kết quả" (the time, then the product after ": " or " - "): the product was read as part of the deadline;
- a table with no time column whose "Ghi chú" holds each task's time ("Hoàn thành trước 30/9/2026", "Thực hiện trong
  tháng 10/2026"): the task had no deadline.
"""

from __future__ import annotations

import pytest

from pipeline.run import process
from task_layouts import text_form_failures
from task_layouts.layouts import BY_NAME, TWENTY_FOURTH_BED
from test_eighteenth_bed import _write

_FORMS = ("html", "txt", "pipe.txt", "bar.txt", "tab.txt", "mdonce.txt", "cells.txt")
_ALL_FORMS = ("html", "one cell a line", "pipe", "markdown", "tabs")
# a note's cell copied one cell a line after a cell of time words reads as the time's next line (the page cannot tell)
_NOTE_FORMS = ("html", "pipe", "markdown", "tabs")


@pytest.mark.parametrize("name,fmt", [(name, fmt) for name in TWENTY_FOURTH_BED for fmt in _FORMS
                                      if fmt not in BY_NAME[name].skip])
def test_twenty_fourth_bed_keeps_every_task(tmp_path, name, fmt):
    failures = text_form_failures(tmp_path, name, fmt)
    assert not failures, "\n".join(failures)


def _got(doc) -> list[tuple]:
    return [(t.content, t.output, t.deadline.text if t.deadline else None, t.deadline.end if t.deadline else None)
            for t in doc.tasks]


_TASKS = ("Lập danh mục cầu yếu cần sửa chữa", "Diễn tập cứu hộ trên sông", "Tập huấn kỹ năng số cho cán bộ xã")


@pytest.mark.parametrize("header", ["Sản phẩm, thời gian hoàn thành", "Kết quả và thời hạn hoàn thành",
                                    "Sản phẩm/Thời gian"])
@pytest.mark.parametrize("form", _ALL_FORMS)
def test_a_product_then_its_time_in_one_cell(tmp_path, header, form):
    rows = [("1", _TASKS[0], "Sở Xây dựng", "Danh mục cầu yếu; Quý III/2026"),
            ("2", _TASKS[1], "Công an tỉnh", "Kịch bản diễn tập, tháng 8/2026"),
            ("3", _TASKS[2], "Sở Nội vụ", "Tài liệu, bài giảng; Xong trong tháng 5/2026")]
    doc = process(_write(tmp_path, ("TT", "Nhiệm vụ", "Cơ quan chủ trì", header), rows, form))
    assert _got(doc) == [(_TASKS[0], "Danh mục cầu yếu", "Quý III/2026", "2026-09-30"),
                         (_TASKS[1], "Kịch bản diễn tập", "tháng 8/2026", "2026-08-31"),
                         (_TASKS[2], "Tài liệu, bài giảng", "Xong trong tháng 5/2026", "2026-05-31")]


@pytest.mark.parametrize("header", ["Thời hạn, kết quả", "Thời gian và sản phẩm", "Tiến độ, sản phẩm"])
@pytest.mark.parametrize("form", _ALL_FORMS)
def test_a_time_then_its_product_in_one_cell(tmp_path, header, form):
    rows = [("1", _TASKS[0], "Sở Xây dựng", "Quý III/2026: Danh mục cầu yếu"),
            ("2", _TASKS[1], "Công an tỉnh", "Trước ngày 30/9/2026 - Kịch bản diễn tập"),
            ("3", _TASKS[2], "Sở Nội vụ", "Thường xuyên")]
    doc = process(_write(tmp_path, ("TT", "Nhiệm vụ", "Cơ quan chủ trì", header), rows, form))
    assert _got(doc) == [(_TASKS[0], "Danh mục cầu yếu", "Quý III/2026", "2026-09-30"),
                         (_TASKS[1], "Kịch bản diễn tập", "Trước ngày 30/9/2026", "2026-09-30"),
                         (_TASKS[2], None, "Thường xuyên", None)]


@pytest.mark.parametrize("form", _NOTE_FORMS)
def test_a_note_column_holds_the_time_where_no_column_is_the_times(tmp_path, form):
    rows = [("1", _TASKS[0], "Sở Xây dựng", "Hoàn thành trước 30/9/2026"),
            ("2", _TASKS[1], "Công an tỉnh", "Thực hiện trong tháng 10/2026"),
            ("3", _TASKS[2], "Sở Nội vụ", "Phối hợp với UBND các xã")]  # no time: a note
    doc = process(_write(tmp_path, ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Ghi chú"), rows, form))
    assert [(c, d, e) for c, _, d, e in _got(doc)] == [(_TASKS[0], "Hoàn thành trước 30/9/2026", "2026-09-30"),
                                                        (_TASKS[1], "Thực hiện trong tháng 10/2026", "2026-10-31"),
                                                        (_TASKS[2], None, None)]
    assert doc.tasks[2].note == "Phối hợp với UBND các xã"


@pytest.mark.parametrize("form", _NOTE_FORMS)
def test_a_note_beside_a_time_column_stays_a_note(tmp_path, form):
    """Guard: where a column is the time's, a note that names a time is a note."""
    rows = [("1", _TASKS[0], "Sở Xây dựng", "Quý III/2026", "Hoàn thành trước mùa mưa bão"),
            ("2", _TASKS[1], "Công an tỉnh", "Tháng 8/2026", "Thực hiện trong tháng 10/2026 nếu có kinh phí")]
    doc = process(_write(tmp_path, ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian", "Ghi chú"), rows, form))
    assert [t.deadline.text for t in doc.tasks] == ["Quý III/2026", "Tháng 8/2026"]
    assert [t.note for t in doc.tasks] == [r[4] for r in rows]


@pytest.mark.parametrize("form", _ALL_FORMS)
def test_a_product_column_whose_cells_name_a_time_keeps_them(tmp_path, form):
    """Guard: a product column that names no time in its header keeps its cells whole ("Báo cáo 6 tháng, năm")."""
    rows = [("1", _TASKS[0], "Sở Xây dựng", "Báo cáo 6 tháng, năm", "Quý III/2026"),
            ("2", _TASKS[1], "Công an tỉnh", "Kế hoạch, tháng 8/2026", "Tháng 8/2026")]
    doc = process(_write(tmp_path, ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Sản phẩm", "Thời gian"), rows, form))
    assert [t.output for t in doc.tasks] == ["Báo cáo 6 tháng, năm", "Kế hoạch, tháng 8/2026"]


@pytest.mark.parametrize("form", ["html", "pipe"])
def test_a_reports_progress_and_result_column_is_no_product(tmp_path, form):
    """Guard: "Tiến độ, kết quả thực hiện" says what was done (a report's status), no product to split off."""
    rows = [("1", _TASKS[0], "Sở Xây dựng", "Đã hoàn thành"), ("2", _TASKS[1], "Công an tỉnh", "Đang thực hiện")]
    doc = process(_write(tmp_path, ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Tiến độ, kết quả thực hiện"), rows, form))
    assert [t.output for t in doc.tasks] == [None, None]
