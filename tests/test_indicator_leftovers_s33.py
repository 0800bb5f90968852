"""The s33 review's leftovers in indicator tables (each a confident wrong value on main), written as variants of our
own: two years over one plan-and-result pair in a header flattened by a site, year-named target columns in a table
of tasks, and comparator words with a negation ("Không nhỏ hơn 80%")."""

from __future__ import annotations

import pytest

from pipeline.stages.indicators import read_target, target_in_name
from pipeline.stages.tables import fold_two_line_header
from test_report_tables import _BACK, _PLAN, _document, _front

_ROWS = [["1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", "60", "62,5", "70"],
         ["2", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "1.100", "1.150", "1.200"]]
# "Năm 2025" over its plan and result, then the plan's year; or the earlier year alone, then 2026 over its two
_FIRST_YEAR_PAIRED = [["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "", "Năm 2026"],
                      ["", "", "", "Kế hoạch", "Thực hiện", ""]]
_LATER_YEAR_PAIRED = [["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Năm 2026", ""],
                      ["", "", "", "", "Kế hoạch", "Thực hiện"]]


def _flattened(tmp_path, names: list[str], rows: list[list[str]]):
    """A plan copied as text with its two header rows flattened into one band, a name a line, then a cell a line."""
    from pipeline.run import process

    path = tmp_path / "doc.txt"
    path.write_text("\n\n".join([*_front(*_PLAN), *names, *(c for r in rows for c in r), *_BACK]) + "\n", encoding="utf-8")
    return process(path)


@pytest.mark.parametrize("years", [("Năm 2025", "Năm 2026"), ("2025", "2026")])
@pytest.mark.parametrize("plan, done", [("Kế hoạch", "Thực hiện"), ("KH", "TH"), ("Kế hoạch", "Ước thực hiện")])
def test_two_years_over_one_pair_flattened_are_not_told(tmp_path, years, plan, done):
    """"Năm 2025, Năm 2026, Kế hoạch, Thực hiện" in one band: 2025's plan and result then 2026's target, or 2025's
    figure then 2026's plan and result. The layout does not say which: no result or target, a warning (main gave the
    pair to 2026: the 2025 result 62,5 became the target and the 2026 target 70 the previous result)."""
    doc = _flattened(tmp_path, ["STT", "Chỉ tiêu", "Đơn vị tính", *years, plan, done], _ROWS)
    assert [(i.name, i.target, i.previous_result, i.values) for i in doc.indicators] == [
        (r[1], None, None, []) for r in _ROWS]
    assert [w.code for w in doc.warnings].count("indicator_period_untold") == 1


def test_three_years_over_two_pairs_are_not_told_either(tmp_path):
    rows = [["1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", "55", "58", "60", "62,5", "70"]]
    doc = _flattened(tmp_path, ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025", "Năm 2026", "KH", "TH", "KH", "TH"], rows)
    assert [(i.target, i.previous_result) for i in doc.indicators] == [(None, None)]
    assert "indicator_period_untold" in [w.code for w in doc.warnings]


def test_as_many_years_as_pairs_each_heads_its_own():
    assert fold_two_line_header(["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025", "KH", "TH", "KH", "TH"]) == [
        "STT", "Chỉ tiêu", "ĐVT", "Năm 2024 / KH", "Năm 2024 / TH", "Năm 2025 / KH", "Năm 2025 / TH"]
    assert fold_two_line_header(["STT", "Chỉ tiêu", "Năm 2025", "KH", "TH", "Năm 2026"]) == [
        "STT", "Chỉ tiêu", "Năm 2025 / KH", "Năm 2025 / TH", "Năm 2026"]


@pytest.mark.parametrize("fmt", ["html", "docx"])
@pytest.mark.parametrize("header, expected", [
    (_FIRST_YEAR_PAIRED, [(70, "2026", 62.5), (1200, "2026", 1150)]),
    # 2026's plan and its result: the plan the target, its result the last one
    (_LATER_YEAR_PAIRED, [(62.5, "2026", 70), (1150, "2026", 1200)])])
def test_the_spans_tell_which_year_heads_the_pair(tmp_path, fmt, header, expected):
    doc = _document(tmp_path, fmt, header, _ROWS, kind=_PLAN)
    assert [(i.target, i.target_period, i.previous_result) for i in doc.indicators] == expected
    assert "indicator_period_untold" not in [w.code for w in doc.warnings]


def test_a_pipe_copy_of_both_header_lines_tells_too(tmp_path):
    from pipeline.run import process

    for header, target in ((_FIRST_YEAR_PAIRED, 70), (_LATER_YEAR_PAIRED, 62.5)):
        path = tmp_path / "doc.txt"
        lines = [" | ".join(r) + " |" for r in [*header, *_ROWS]]
        path.write_text("\n\n".join([*_front(*_PLAN), *lines, *_BACK]) + "\n", encoding="utf-8")
        assert process(path).indicators[0].target == target


# A table of tasks with a column named as a year's target: its texts stay the tasks' outputs (as "Chỉ tiêu 2026" gave
# before it was read as a target), its times their deadlines.
_TASKS = [["1", "Cấp giấy chứng nhận quyền sử dụng đất lần đầu", "95% hồ sơ", "Sở Nông nghiệp và Môi trường", "Quý II/2026"],
          ["2", "Tuyên truyền, phổ biến pháp luật cho người dân", "100 buổi", "Sở Tư pháp", "Quý III/2026"],
          ["3", "Xây dựng cơ sở dữ liệu đất đai", "Cơ sở dữ liệu được vận hành", "Sở Nông nghiệp và Môi trường", "Năm 2026"]]


@pytest.mark.parametrize("fmt", ["html", "docx", "pipe.txt"])
@pytest.mark.parametrize("named", ["Chỉ tiêu 2026", "Chỉ tiêu phấn đấu 2026", "Chỉ tiêu năm 2026", "Chỉ tiêu kế hoạch 2026"])
def test_a_target_column_of_a_task_table_keeps_the_tasks_outputs(tmp_path, fmt, named):
    doc = _document(tmp_path, fmt, [["STT", "Nhiệm vụ", named, "Cơ quan chủ trì", "Thời gian hoàn thành"]], _TASKS, kind=_PLAN)
    assert [(t.content, t.output, t.deadline.text) for t in doc.tasks] == [(r[1], r[2], r[4]) for r in _TASKS]


@pytest.mark.parametrize("fmt", ["html", "docx", "txt", "pipe.txt"])
@pytest.mark.parametrize("named", ["Dự kiến 2027", "Dự kiến năm 2027", "Phấn đấu 2027", "Dự kiến KH 2027"])
def test_a_target_column_of_times_in_a_task_table_is_its_deadline(tmp_path, fmt, named):
    rows = [["1", "Cấp giấy chứng nhận quyền sử dụng đất lần đầu", "Sở Nông nghiệp và Môi trường", "Quý II/2027"],
            ["2", "Tuyên truyền, phổ biến pháp luật cho người dân", "Sở Tư pháp", "Tháng 9/2027"],
            ["3", "Xây dựng cơ sở dữ liệu đất đai", "Sở Tài chính", "Năm 2027"]]
    doc = _document(tmp_path, fmt, [["STT", "Nhiệm vụ", "Cơ quan chủ trì", named]], rows, kind=_PLAN)
    assert [(t.content, t.deadline.text if t.deadline else None) for t in doc.tasks] == [(r[1], r[3]) for r in rows]
    assert doc.indicators == []


@pytest.mark.parametrize("printed, value, comparator, change", [
    ("Không nhỏ hơn 80%", 80, ">=", None), ("Không ít hơn 80%", 80, ">=", None), ("Không lớn hơn 5%", 5, "<=", None),
    ("Không vượt 5%", 5, "<=", None), ("Không trên 5%", 5, "<=", None), ("Bằng hoặc cao hơn 80%", 80, ">=", None),
    ("Không nhỏ hơn 80 %", 80, ">=", None), ("Tăng không nhỏ hơn 8%", 8, ">=", "increase"),
    ("Đạt không nhỏ hơn 90%", 90, ">=", None),
])
def test_negated_comparators_are_read_whole(printed, value, comparator, change):
    target = read_target(printed)
    assert (target.value, target.comparator, target.change, target.unit) == (value, comparator, change, "%")


@pytest.mark.parametrize("printed", ["Không đạt 80%", "Chưa đạt 80%", "Không 80%", "Không phấn đấu 80%"])
def test_a_negation_the_vocabulary_does_not_list_is_not_read(printed):
    assert read_target(printed) is None


@pytest.mark.parametrize("name, phrase, value, comparator", [
    ("Tỷ lệ hồ sơ giải quyết đúng hạn không nhỏ hơn 80%", "không nhỏ hơn 80%", 80, ">="),
    ("Tỷ lệ hồ sơ đạt không ít hơn 90%", "đạt không ít hơn 90%", 90, ">="),
    ("Tỷ lệ văn bản sai sót không lớn hơn 3%", "không lớn hơn 3%", 3, "<="),
    ("Tỷ lệ hồ sơ không đạt trên 80%", None, None, None),  # "không" before a phrase: never "> 80"
    ("Tỷ lệ hồ sơ chưa đạt 80%", None, None, None),
])
def test_a_negation_in_a_name_is_never_dropped(name, phrase, value, comparator):
    read = target_in_name(name)
    if phrase is None:
        assert read is None
    else:
        assert (read[1], read[0].value, read[0].comparator) == (phrase, value, comparator)


@pytest.mark.parametrize("fmt", ["html", "txt", "pipe.txt"])
def test_negated_comparators_in_a_target_table(tmp_path, fmt):
    rows = [["1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "Không nhỏ hơn 80%"],
            ["2", "Tỷ lệ hồ sơ trễ hạn", "%", "Không lớn hơn 2%"],
            ["3", "Tỷ lệ hồ sơ được số hóa", "%", "Không đạt 60%"]]
    doc = _document(tmp_path, fmt, [["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026"]], rows, kind=_PLAN)
    assert [(i.target, i.comparator, i.target_printed) for i in doc.indicators] == [
        (80, ">=", "Không nhỏ hơn 80%"), (2, "<=", "Không lớn hơn 2%"), (None, None, "Không đạt 60%")]
    assert [w.code for w in doc.warnings].count("indicator_target_unread") == 1


@pytest.mark.parametrize("named", ["Kế hoạch năm 2026", "Kế hoạch 2026"])
def test_a_plans_figure_beside_the_tasks_stays_a_target_only(tmp_path, named):
    """"Kế hoạch năm 2026" names the plan's figure, not what the task must reach: the tasks give no output from it (as
    before), its figures are indicators."""
    doc = _document(tmp_path, "html", [["STT", "Nhiệm vụ", named, "Cơ quan chủ trì", "Thời gian hoàn thành"]], _TASKS,
                    kind=_PLAN)
    assert [t.output for t in doc.tasks] == [None, None, None]
    assert [i.target for i in doc.indicators] == [95, 100, None]
