"""Leftovers of the s35 table and indicator beds (tests/test_twenty_fifth_bed.py, tests/indicator_layouts6.py).

1. A header copied as text "Năm 2025 | Kế hoạch | Thực hiện" is two lines folded (the year over its plan and result)
   or the lower row alone (the year a column of its own, the pair's year lost). Only the rows tell which; where their
   names wrap, group rows ("I. Kinh tế") come between them or a number is missing, the run of figures each row holds
   still tells, and where nothing tells the pair's year is untold (role period_untold, warning
   indicator_period_untold), never folded: main gave 2025 to the pair, 2025's own figure read as its plan.
"""

from __future__ import annotations

import pytest

from indicator_layouts6 import PER_BODY_ROWS, PER_BODY_TARGETS
from test_report_tables import _BACK, _PLAN, _front

_NAMES = ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Kế hoạch", "Thực hiện"]
_ROWS = [["1", "Tỷ lệ thủ tục hành chính giải quyết đúng hạn", "%", "97", "98", "98,6"],
         ["2", "Số hộ kinh doanh đăng ký mới", "hộ", "2.350", "2.500", "2.610"],
         ["3", "Tỷ lệ trường học có kết nối mạng", "%", "92", "≥ 95", "96,5"],
         ["4", "Số km đường giao thông nông thôn được cứng hóa", "km", "48", "50", "-"]]


def _cells(rows: list[list[str]], variant: str) -> list[str]:
    """The table's cells a line each, laid out as ``variant``: group rows between the rows, a criterion's name wrapped
    over two lines, or the second row's number lost."""
    if variant == "groups":
        return ["I. Kinh tế", *rows[0], *rows[1], "II. Văn hóa - xã hội", *rows[2], *rows[3]]
    if variant == "wrapped":  # a line break inside the name's cell (a paragraph of two lines)
        wrapped = [[r[0], r[1].replace(" giải quyết ", " giải quyết\n").replace(" có ", "\ncó "), *r[2:]] for r in rows]
        return [c for r in wrapped for c in r]
    if variant == "letters":
        return ["A", "CHỈ TIÊU KINH TẾ", *rows[0], *rows[1], "B", "CHỈ TIÊU XÃ HỘI", *rows[2], *rows[3]]
    assert variant == "number_lost"
    return [*rows[0], *rows[1][1:], *rows[2], *rows[3]]


def _copy(tmp_path, cells: list[str], pipe: bool):
    from pipeline.run import process

    path = tmp_path / ("doc.pipe.txt" if pipe else "doc.txt")
    lines = [f"{c} |" if pipe else c for c in [*_NAMES, *cells]]  # a cell a paragraph (" |" ended in a pipe copy)
    path.write_text("\n\n".join([*_front(*_PLAN), *lines, *_BACK]) + "\n", encoding="utf-8")
    return process(path)


def _named(doc):
    """The indicators a criterion's row gives (a lettered group row, "A" then its name, may give one with nothing)."""
    return [i for i in doc.indicators if i.unit or i.target or i.previous_result]


_VARIANTS = ["groups", "wrapped", "letters", "number_lost"]


@pytest.mark.parametrize("pipe", [False, True])
@pytest.mark.parametrize("variant", _VARIANTS)
def test_the_lower_row_alone_never_gives_its_year_to_the_pair(tmp_path, variant, pipe):
    """Three figures a row under the lower row alone: no target and no period from the pair, whatever the layout; the
    year's own figure is 2025's result where the rows tell the width."""
    doc = _copy(tmp_path, _cells(_ROWS, variant), pipe)
    read = [(i.target, i.target_period) for i in doc.indicators]
    assert read and set(read) == {(None, None)}
    assert "indicator_period_untold" in [w.code for w in doc.warnings]
    if variant != "number_lost":
        assert [(" ".join(i.name.split()), i.unit, i.previous_result) for i in _named(doc)] == [
            (r[1], r[2], p) for r, p in zip(_ROWS, (97, 2350, 92, 48))]


@pytest.mark.parametrize("pipe", [False, True])
@pytest.mark.parametrize("variant", ["groups", "wrapped", "letters"])
def test_the_whole_header_copied_still_folds_the_year_over_its_pair(tmp_path, variant, pipe):
    """Two figures a row under the same names: the upper line's year over its plan and result (two columns), told by
    the rows' figures though they are not numbered every so many cells."""
    rows = [r[:3] + r[4:] for r in _ROWS]
    doc = _copy(tmp_path, _cells(rows, variant), pipe)
    assert [(" ".join(i.name.split()), i.target, i.target_period, i.previous_result) for i in _named(doc)] == [
        (r[1], t, "2025", p) for r, t, p in zip(_ROWS, (98, 2500, 95, 50), (98.6, 2610, 96.5, None))]
    assert "indicator_period_untold" not in [w.code for w in doc.warnings]


def test_one_row_does_not_tell_the_width(tmp_path):
    """A single row under the names: two lines or the lower row alone is not told, so no year for the pair."""
    doc = _copy(tmp_path, _ROWS[0], False)
    assert [(i.target, i.target_period) for i in doc.indicators] == [(None, None)]
    assert "indicator_period_untold" in [w.code for w in doc.warnings]


@pytest.mark.parametrize("texts, runs", [
    (["1", "Tên", "%", "60", "70", "72,5", "I. Kinh tế", "2", "Tên", "(tiếp)", "%", "1", "≥ 90", "-"], [3, 3]),
    (["a", "1", "Tên", "%", "60", "2", "Tên", "%", "Trên 32", "x"], [1, 2]),
    (["2", "Tên", "%", "60"], []),
])
def test_the_figures_each_numbered_row_holds(texts, runs):
    from pipeline.stages.tables import _figure_runs

    assert _figure_runs(texts) == runs


# 2. A first column named by no vocabulary ("Số", "Số\nTT" wrapped, "#") in a task table copied as text: its cells
#    open each row with the row's number, so it is the number column (main: 'other', the numbers null and warned
#    table_column_unplaced). html and docx tell it by the cells already.

_TASKS = [["1", "Xây dựng kho dữ liệu dùng chung của tỉnh", "Sở Khoa học và Công nghệ", "Các sở, ngành", "Quý II/2026"],
          ["2", "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức", "Sở Nội vụ", "UBND các xã, phường", "Tháng 9/2026"],
          ["3", "Rà soát, chuẩn hóa dữ liệu hộ tịch", "Sở Tư pháp", "Công an tỉnh", "Năm 2026"]]


def _task_copy(tmp_path, first: str, cells: list[str], pipe: bool):
    from pipeline.run import process

    names = [first, "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    path = tmp_path / ("doc.pipe.txt" if pipe else "doc.txt")
    lines = [f"{c} |" if pipe else c for c in [*names, *cells]]
    path.write_text("\n\n".join([*_front(*_PLAN), *lines, *_BACK]) + "\n", encoding="utf-8")
    return process(path)


@pytest.mark.parametrize("pipe", [False, True])
@pytest.mark.parametrize("first", ["Số", "Thứ tự", "#"])
@pytest.mark.parametrize("groups", [False, True])
def test_a_first_column_no_vocabulary_names_holds_the_row_numbers(tmp_path, first, pipe, groups):
    cells = [c for r in _TASKS for c in r]
    if groups:  # a group row before the first row and between rows, a cell a line
        cells = ["I", "NHIỆM VỤ CHUNG", *_TASKS[0], *_TASKS[1], "II", "NHIỆM VỤ CỤ THỂ", *_TASKS[2]]
    doc = _task_copy(tmp_path, first, cells, pipe)
    assert [(t.number, t.lead[0].name if t.lead else None) for t in doc.tasks] == [(r[0], r[2]) for r in _TASKS]
    assert "table_column_unplaced" not in [w.code for w in doc.warnings]
    assert [c.role for c in doc.tables[0].columns][0] == "number"


def test_a_first_column_of_words_stays_unplaced(tmp_path):
    """"Lĩnh vực" cells in the first column are no numbers: the column keeps no role (warned as before)."""
    cells = [c for r in _TASKS for c in ["Lĩnh vực " + r[0], *r[1:]]]
    doc = _task_copy(tmp_path, "Số", cells, False)
    assert "number" not in [c.role for t in doc.tables for c in t.columns]


# 3. An assignment table "STT | Đơn vị | Chỉ tiêu giao" (a target per body) named with no year, or "Chỉ tiêu được
#    giao năm 2026": main read the column as a task's output ("Chỉ tiêu giao") or a second body column ("… được giao"
#    named the bodies given a task), no indicator. Its cells, each one target, make it the target; the bodies the rows.

@pytest.mark.parametrize("fmt", ["txt", "pipe.txt", "html", "docx"])
@pytest.mark.parametrize("names, period", [
    (["STT", "Đơn vị", "Chỉ tiêu giao"], None), (["TT", "Cơ quan, đơn vị", "Chỉ tiêu được giao"], None),
    (["STT", "Đơn vị", "Chỉ tiêu được giao năm 2026"], "2026"), (["STT", "Cơ quan, đơn vị", "Chỉ tiêu"], None),
])
def test_an_assignment_table_gives_a_target_per_body(tmp_path, fmt, names, period):
    from test_report_tables import _document

    doc = _document(tmp_path, fmt, [names], PER_BODY_ROWS, kind=_PLAN)
    assert [(i.name, i.target, i.comparator, i.unit) for i in doc.indicators] == PER_BODY_TARGETS
    assert [i.target_period for i in doc.indicators] == [period] * 3
    assert not doc.tasks


@pytest.mark.parametrize("fmt", ["pipe.txt", "html", "docx"])
def test_targets_given_in_words_stay_a_tasks_output(tmp_path, fmt):
    """"Chỉ tiêu giao" whose cells are not each one target (a product in words among them): no indicator, as before."""
    from test_report_tables import _document

    rows = [["1", "Sở Y tế", "Hoàn thành số hóa hồ sơ bệnh án"], ["2", "Sở Tài chính", "95%"]]
    doc = _document(tmp_path, fmt, [["STT", "Đơn vị", "Chỉ tiêu giao"]], rows, kind=_PLAN)
    assert not doc.indicators
    assert "target" not in [c.role for t in doc.tables for c in t.columns]


def test_a_task_tables_targets_beside_its_tasks_stay_its_output(tmp_path):
    """A task column beside them: "Chỉ tiêu giao" is each task's output, though its cells are shares."""
    from test_report_tables import _document

    rows = [["1", "Số hóa hồ sơ thủ tục hành chính", "Sở Nội vụ", "100%"],
            ["2", "Thanh toán trực tuyến phí, lệ phí", "Sở Tài chính", "≥ 80%"]]
    doc = _document(tmp_path, "html", [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Chỉ tiêu giao"]], rows, kind=_PLAN)
    assert [(t.content, t.output) for t in doc.tasks] == [(r[1], r[3]) for r in rows]


# 4. A time cell that says what was done by then ("Quý I/2026 đã hoàn thành"): main gave status null and warned
#    task_status_unread. The words after the time are read where they are status words (task_status.csv); the
#    deadline stays null (it says when it was done, not when it must be).

@pytest.mark.parametrize("fmt", ["html", "txt", "pipe.txt"])
@pytest.mark.parametrize("kind", [_PLAN, ("BÁO CÁO", "Số: 118/BC-UBND", "Kết quả thực hiện nhiệm vụ quý I năm 2026")],
                         ids=["plan", "report"])
@pytest.mark.parametrize("cell, status", [
    ("Quý I/2026 đã hoàn thành", "done"), ("Tháng 3/2026 đang thực hiện", "in_progress"),
    ("Năm 2025 đã hoàn thành", "done"), ("Quý II/2026 chưa thực hiện", "not_started"),
    ("Tháng 02 năm 2026 đã hoàn thành", "done"),
])
def test_status_words_after_a_time_are_read(tmp_path, fmt, kind, cell, status):
    from test_report_tables import _document

    rows = [["1", "Xây dựng kho dữ liệu dùng chung", "Sở Khoa học và Công nghệ", cell],
            ["2", "Tập huấn kỹ năng số cho cán bộ", "Sở Nội vụ", "Quý III/2026"]]
    doc = _document(tmp_path, fmt, [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Tiến độ"]], rows, kind=kind)
    first = doc.tasks[0]
    assert (first.status, first.status_text, first.deadline) == (status, cell, None)
    assert "task_status_unread" not in [w.code for w in doc.warnings]


@pytest.mark.parametrize("cell", ["Quý I/2026 đã trình UBND tỉnh", "Tháng 3/2026 đã ban hành Quyết định"])
def test_a_report_verb_after_a_time_stays_unread(tmp_path, cell):
    """Words after the time that are no status ("đã trình …"): status null and warned, as before; no deadline."""
    from test_report_tables import _document

    rows = [["1", "Xây dựng kho dữ liệu dùng chung", "Sở Khoa học và Công nghệ", cell],
            ["2", "Tập huấn kỹ năng số cho cán bộ", "Sở Nội vụ", "Quý III/2026"]]
    doc = _document(tmp_path, "html", [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Tiến độ"]], rows, kind=_PLAN)
    assert (doc.tasks[0].status, doc.tasks[0].deadline) == (None, None)
    assert "task_status_unread" in [w.code for w in doc.warnings]


@pytest.mark.parametrize("text, status", [("Quý I/2026 đã hoàn thành", "done"), ("Quý I/2026", None),
                                          ("Đã hoàn thành quý I/2026", None), ("Sở Y tế đã hoàn thành", None)])
def test_read_status_after_time(text, status):
    from pipeline.stages.status import read_status_after_time

    reading = read_status_after_time(text)
    assert (reading.status if reading else None) == status
