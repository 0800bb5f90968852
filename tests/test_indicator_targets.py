"""Plans' target tables as numbers: a target cell read with what it means ("≥ 95%", "Trên 90%", "90 – 95%", "Giảm 10%",
"1.200 hồ sơ"), never a guess; the columns of such tables (unit, results, targets, a column per year); and every layout
of the bed (tests/indicator_layouts.py) in every format, each row's numbers as expected."""

from __future__ import annotations

import pytest

from indicator_layouts import FORMATS, beds
from pipeline.stages.columns import column_role, columns_from, table_kind
from pipeline.stages.indicators import read_target, target_in_name


@pytest.mark.parametrize("printed, value, comparator, unit, high, change", [
    ("≥ 95%", 95, ">=", "%", None, None), ("≥95%", 95, ">=", "%", None, None), (">= 70 %", 70, ">=", "%", None, None),
    ("Trên 90%", 90, ">", "%", None, None), ("Tối thiểu 80%", 80, ">=", "%", None, None),
    ("Ít nhất 60%", 60, ">=", "%", None, None), ("100%", 100, "=", "%", None, None), ("Đạt 100%", 100, "=", "%", None, None),
    ("Giảm 10%", 10, "=", "%", None, "decrease"), ("Tăng 5%", 5, "=", "%", None, "increase"),
    ("1.200 hồ sơ", 1200, "=", "hồ sơ", None, None), ("từ 85% trở lên", 85, ">=", "%", None, None),
    ("90 – 95%", 90, "range", "%", 95, None), ("90% - 95%", 90, "range", "%", 95, None),
    ("từ 85 đến 90%", 85, "range", "%", 90, None), ("5.400 - 5.500 USD", 5400, "range", "USD", 5500, None),
    ("Giảm 1 - 1,5 điểm %", 1, "range", "điểm %", 1.5, "decrease"), ("Khoảng 24,96%", 24.96, "~", "%", None, None),
    ("Dưới 4%", 4, "<", "%", None, None), ("Không quá 5%", 5, "<=", "%", None, None),
    ("Phấn đấu đạt trên 90%", 90, ">", "%", None, None), ("43,7747", 43.7747, "=", None, None, None),
    ("18.500", 18500, "=", None, None, None), ("95% số xã", 95, "=", "%", None, None),
    ("TRÊN 90%", 90, ">", "%", None, None), ("Tren 90%", 90, ">", "%", None, None),  # capitals; a page without tone marks
])
def test_a_target_cell_is_read_with_what_it_means(printed, value, comparator, unit, high, change):
    target = read_target(printed)
    assert target is not None
    assert (target.value, target.comparator, target.unit, target.high, target.change) == (value, comparator, unit, high, change)


@pytest.mark.parametrize("printed", [
    "x", "X", "Không có", "-", "", "Hoàn thành", "Đạt 90% cấp tỉnh, 80% cấp huyện", "95.5%",  # a dot before one digit
    "trên 8 - 10%",  # two comparators at once
    "95 - 90%",  # no range: the high bound below the low one
    "Tăng 5% so với năm 2025 của tỉnh",  # words after the year: what of? ("… so với năm 2025" alone is a change)
    "Năm 2026", "Giảm 10%, tăng 5%", "Quý II/2026", "1,2,3",
])
def test_a_cell_that_is_not_one_number_is_not_read(printed):
    assert read_target(printed) is None


@pytest.mark.parametrize("name, value, comparator, phrase", [
    ("Tỷ lệ hồ sơ TTHC được giải quyết trực tuyến đạt trên 80%", 80, ">", "đạt trên 80%"),
    ("Tỷ lệ cơ quan kết nối đạt 100% trong năm 2026", 100, "=", "đạt 100%"),
    ("Tỷ lệ xã có điểm phục vụ từ 85% trở lên", 85, ">=", "từ 85% trở lên"),
    ("Tỷ lệ hồ sơ được số hóa đạt 90 - 95% theo Nghị định số 45/2020/NĐ-CP", 90, "range", "đạt 90 - 95%"),
])
def test_a_target_in_the_name_is_read_only_after_a_comparator_word(name, value, comparator, phrase):
    target, printed = target_in_name(name)
    assert (target.value, target.comparator, printed) == (value, comparator, phrase)


@pytest.mark.parametrize("name", [
    "100% cơ quan hành chính kết nối liên thông",  # no word before it
    "Tỷ lệ đạt 85% ở cấp tỉnh và 80% ở cấp xã",  # two percentages
    "Tỷ lệ hồ sơ giải quyết đúng hạn",  # none
    "Tỷ lệ hồ sơ theo Quyết định 25 đạt chuẩn",  # a number that is no percentage
])
def test_a_name_that_states_no_single_target_gives_none(name):
    assert target_in_name(name) is None


@pytest.mark.parametrize("header, role", [
    ("Đơn vị tính", "unit"), ("ĐVT", "unit"), ("Đơn vị", "implementer"), ("Thực hiện năm 2025", "previous_result"),
    ("Ước thực hiện 2025", "previous_result"), ("Ước thực hiện năm 2025", "previous_result"),
    ("Kế hoạch năm 2026", "target"), ("Kế hoạch 2026", "target"), ("Mục tiêu đến năm 2030", "target"),
    ("Chỉ tiêu đến năm 2030", "target"), ("Năm 2027", "period"), ("2026 - 2030", "period"),
    ("Giai đoạn 2026-2030", "period"), ("Chỉ tiêu", "output"), ("Thời gian thực hiện", "deadline"),
    ("TH 2025", "previous_result"), ("Ước TH 2025", "previous_result"), ("Ước thực hiện cả năm 2025", "previous_result"),
    ("Kết quả thực hiện năm 2025", "previous_result"), ("KH 2026", "target"), ("Kế hoạch giao năm 2026", "target"),
    ("Chỉ tiêu kế hoạch năm 2026", "target"), ("Chỉ tiêu phấn đấu năm 2026", "target"),
    ("Kết quả thực hiện", "result"), ("Chỉ tiêu, nhiệm vụ năm 2026", "content"),  # no year: a report's result; a task's words
])
def test_the_headers_of_target_tables(header, role):
    assert column_role(header) == role


@pytest.mark.parametrize("names, kind, roles", [
    (["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Năm 2027"], "indicators",
     ["number", "criterion", "unit", "period", "period"]),
    # a schedule's year columns with no unit or target beside them are not targets (their cells are judged)
    (["STT", "Nội dung", "Cơ quan chủ trì", "Năm 2026", "Năm 2027"], "tasks", ["number", "content", "lead", "other", "other"]),
    # a task table with a target column stays a task table
    (["TT", "Chỉ tiêu, nhiệm vụ", "ĐVT", "Kế hoạch năm 2026", "Cơ quan chủ trì", "Thời gian hoàn thành"], "tasks",
     ["number", "content", "unit", "target", "lead", "deadline"]),
    (["STT", "Chỉ tiêu", "Cơ quan chủ trì"], "indicators", ["number", "criterion", "lead"]),
    # a report form ("Kỳ báo cáo", "Lũy kế"): its "Chỉ tiêu" lists what to report, no targets
    (["STT", "Chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo", "Lũy kế"], "other", ["number", "output", "unit", "other", "other"]),
])
def test_a_target_table_is_told_from_a_schedule_a_task_table_and_a_form(names, kind, roles):
    columns = columns_from(names)
    assert [c.role for c in columns] == roles
    assert table_kind(roles) == kind


# -- The bed: every layout in every format ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bed_files(tmp_path_factory):
    from task_layouts.render import build

    folder = tmp_path_factory.mktemp("indicator_bed")
    return build(folder, [b.layout for b in beds()], _formats())


def _formats() -> tuple[str, ...]:
    from task_layouts.render import libreoffice

    return FORMATS if libreoffice() else tuple(f for f in FORMATS if f != "pdf")


def found_of(indicator) -> tuple:
    return (indicator.name, indicator.target, indicator.comparator, indicator.unit, indicator.target_high,
            indicator.change, indicator.target_period, indicator.previous_result)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("bed", beds(), ids=lambda b: b.layout.name)
def test_every_target_of_the_bed_is_read(bed_files, bed, fmt):
    from pipeline.run import process

    if (bed.layout.name, fmt) not in bed_files:
        pytest.skip("PDF needs LibreOffice")
    doc = process(bed_files[bed.layout.name, fmt])
    found = [found_of(i) for i in doc.indicators]
    assert found == [(e.name, e.target, e.comparator, e.unit, e.high, e.change, e.period, e.previous)
                     for e in bed.expected], f"{bed.layout.name}.{fmt}: {bed.layout.note}"
    printed = {i.name: i.target_printed for i in doc.indicators}
    assert all(printed[e.name] == e.printed for e in bed.expected if e.printed), f"{bed.layout.name}.{fmt}"
    assert not doc.tasks  # a target table is no task table


def test_a_target_cell_with_digits_that_is_no_number_is_warned_about(bed_files):
    from pipeline.run import process

    doc = process(bed_files["year_plan_unit", "html"])
    unread = [w for w in doc.warnings if w.code == "indicator_target_unread"]
    assert len(unread) == 1 and "Đạt 90% cấp tỉnh, 80% cấp xã" in unread[0].message  # "Không có" holds no digit


@pytest.fixture(scope="module")
def resolution_files(tmp_path_factory):
    from task_layouts import BY_NAME, build

    return build(tmp_path_factory.mktemp("resolution"), [BY_NAME["indicators_and_tasks"]], _formats())


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_targets_table_in_a_resolutions_body_ends_at_the_next_article(resolution_files, fmt):
    """The task bed's resolution: "Điều 1. Các chỉ tiêu chủ yếu …", its targets table (no "STT", not in an annex), then
    "Điều 2. …": found in copied text too, and the article is no cell of its last row."""
    from pipeline.run import process

    if ("indicators_and_tasks", fmt) not in resolution_files:
        pytest.skip("PDF needs LibreOffice")
    doc = process(resolution_files["indicators_and_tasks", fmt])
    first = [(i.target, i.unit, i.target_printed) for i in doc.indicators if i.table == "table_1"]
    assert first == [(80, "%", "80"), (1200, "Doanh nghiệp", "1.200"), (95, "%", "95"), (18500, "Người", "18.500"),
                     (94.5, "%", "94,5")]
    assert doc.tables[0].kind == "indicators" and doc.tables[1].kind == "tasks"


def test_the_targets_of_a_task_table_are_indicators_too(resolution_files):
    """The task bed's "Chỉ tiêu, nhiệm vụ | ĐVT | Kế hoạch năm 2026 | Cơ quan chủ trì" table: its tasks as before, and
    its rows that give a target as indicators (with the lead)."""
    from pipeline.run import process

    doc = process(resolution_files["indicators_and_tasks", "html"])
    from_tasks = [i for i in doc.indicators if doc.tables[int(i.table.split("_")[1]) - 1].kind == "tasks"]
    assert [(i.name, i.target, i.unit, i.target_period) for i in from_tasks] == [
        ("Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình", 80, "%", "2026"),
        ("Số doanh nghiệp thành lập mới trong năm", 1200, "Doanh nghiệp", "2026"),
        ("Tỷ lệ xã đạt chuẩn tiếp cận pháp luật", 95, "%", "2026"),
        ("Số lao động được giải quyết việc làm mới", 18500, "Người", "2026"),
        ("Tỷ lệ dân số tham gia bảo hiểm y tế", 94.5, "%", "2026")]
    assert all(i.lead for i in from_tasks)
    assert len(doc.tasks) == 5 + 4  # the indicator rows are tasks as well (each has a lead), and the 4 tasks under them


def _html_plan(tmp_path, header: list[str], rows: list[list[str]], dated: bool = True):
    date = "<p>Hà Nội, ngày 12 tháng 1 năm 2026</p>" if dated else ""
    table = "<table border=1><tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"
    path = tmp_path / "plan.html"
    path.write_text(f"<html><body><div><p>UBND TỈNH HÒA BÌNH</p>{date}<p>KẾ HOẠCH</p><p>Chuyển đổi số năm 2026</p>"
                    f"{table}</div></body></html>", encoding="utf-8")
    return path


def test_a_unit_the_header_names_is_the_targets_unit(tmp_path):
    from pipeline.run import process

    doc = process(_html_plan(tmp_path, ["STT", "Chỉ tiêu", "Kết quả năm 2025", "Kế hoạch năm 2026 (%)"],
                             [["1", "Tỷ lệ hồ sơ trực tuyến", "61,5", "70"]]))
    assert [(i.target, i.unit, i.previous_result) for i in doc.indicators] == [(70, "%", 61.5)]


def test_year_columns_of_an_undated_plan_are_all_targets(tmp_path):
    """Without the plan's date no year can be called past: the furthest is the target, none is a result."""
    from pipeline.run import process

    doc = process(_html_plan(tmp_path, ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Năm 2026"],
                             [["1", "Tỷ lệ hồ sơ trực tuyến", "%", "60", "70"]], dated=False))
    (indicator,) = doc.indicators
    assert (indicator.target, indicator.target_period, indicator.previous_result) == (70, "2026", None)
    assert [v.kind for v in indicator.values] == ["target", "target"]
