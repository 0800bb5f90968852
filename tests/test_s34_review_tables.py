"""The s34 review of the table merges (indicators5, tables25): three confident wrong values.

1. "Đơn vị" alone is an indicator table's unit column only when its cells are units ("%", "người", "tỷ đồng"); cells
   that name bodies ("Sở Y tế") or places ("Xã Sơn Khê") keep the column a body's (no indicator's unit "Sở Y tế").
2. A "Ghi chú" cell is the deadline of a table with no time column only when it is a time clause whole ("Hoàn thành
   trước 30/9/2026", "Quý III/2026"), never a report of what was done ("Năm 2025 đã thực hiện") nor "Thực hiện theo
   Kế hoạch số 12/KH-UBND".
3. A report's "Tiến độ, kết quả" / "Kết quả, tiến độ thực hiện" column is not split into a deadline and a product
   ("Đã hoàn thành tháng 3/2026" keeps its status); "Thời hạn, kết quả", "Tiến độ, sản phẩm" still are.
Each table is printed as a copied text, a Markdown-like copy, a web page and a Word file."""

from __future__ import annotations

import pytest

from pipeline.stages.tasks import _names_time_and_product
from test_report_tables import _PLAN, _REPORT, _document

FORMATS = ("txt", "pipe.txt", "html", "docx")
_TASKS = ["Rà soát thủ tục hành chính", "Xây dựng cơ sở dữ liệu dân cư", "Tập huấn cán bộ cấp xã"]


# 1. "Đơn vị" under an indicator table ---------------------------------------------------------------------------

_INDICATORS = ["Tỷ lệ hộ nghèo", "Số lao động được đào tạo nghề", "Tỷ lệ dân số tham gia bảo hiểm y tế"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("bodies", [["Sở Y tế", "Sở Tài chính", "Sở Nội vụ"],
                                    ["Sở Lao động - Thương binh và Xã hội", "Sở Giáo dục và Đào tạo", "Sở Y tế"],
                                    ["UBND các xã", "Sở Nội vụ", "Bảo hiểm xã hội tỉnh"]])
@pytest.mark.parametrize("header", [["STT", "Chỉ tiêu", "Kế hoạch năm 2026", "Đơn vị"],
                                    ["TT", "Tên chỉ tiêu", "Mục tiêu năm 2026", "ĐV"]])
def test_a_unit_name_over_bodies_gives_no_unit(tmp_path, fmt, bodies, header):
    rows = [[str(k + 1), _INDICATORS[k], ["2,5", "1.200", "95"][k], bodies[k]] for k in range(3)]
    doc = _document(tmp_path, fmt, [header], rows, kind=_PLAN)
    assert [c.role for c in doc.tables[0].columns][-1] != "unit"
    assert not [i.unit for i in doc.indicators if i.unit in bodies]


@pytest.mark.parametrize("fmt", FORMATS[1:])  # a copied text of three columns ("STT | Đơn vị | Mục tiêu"): no table found
@pytest.mark.parametrize("places", [["Xã Sơn Khê", "Phường Bắc Sơn", "Xã Tân Lập"],
                                    ["Huyện Ba Vì", "Thị xã Sơn Tây", "Huyện Đan Phượng"]])
def test_a_unit_name_over_places_gives_no_unit(tmp_path, fmt, places):
    rows = [[str(k + 1), places[k], ["95", "98", "90"][k]] for k in range(3)]
    doc = _document(tmp_path, fmt, [["STT", "Đơn vị", "Mục tiêu năm 2026 (%)"]], rows, kind=_PLAN)
    assert "unit" not in [c.role for c in doc.tables[0].columns]
    assert not [i.unit for i in doc.indicators if i.unit in places]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("units", [["%", "người", "%"], ["hộ", "tỷ đồng", "lượt khách"], ["Hộ", "Người", "km"]])
def test_a_unit_name_over_units_is_the_unit(tmp_path, fmt, units):
    """The guard: "Chỉ tiêu | Đơn vị | Kế hoạch năm 2026" whose cells are units stays the unit column."""
    rows = [[str(k + 1), _INDICATORS[k], units[k], ["2,5", "1.200", "95"][k]] for k in range(3)]
    doc = _document(tmp_path, fmt, [["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2026"]], rows, kind=_PLAN)
    assert [c.role for c in doc.tables[0].columns][2] == "unit"
    assert [i.unit for i in doc.indicators] == units


# 2. A note that is no time clause ------------------------------------------------------------------------------

_NOTE_HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Ghi chú"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("note", ["Năm 2025 đã thực hiện", "Quý I/2026 đã hoàn thành", "Tháng 6/2026 đang triển khai",
                                  "Năm 2025 chưa thực hiện", "Thực hiện theo Kế hoạch số 12/KH-UBND",
                                  "Thực hiện theo chỉ đạo của UBND tỉnh", "Triển khai theo hướng dẫn của Bộ Nội vụ"])
def test_a_note_that_is_no_time_clause_stays_the_note(tmp_path, fmt, note):
    rows = [[str(k + 1), _TASKS[k], "Sở Tư pháp", "Sở Nội vụ", note if k == 1 else ""] for k in range(3)]
    doc = _document(tmp_path, fmt, [_NOTE_HEADER], rows, kind=_PLAN)
    task = doc.tasks[1]
    assert task.deadline is None
    assert task.note == note


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("note", ["Hoàn thành trước 30/9/2026", "Thực hiện trong tháng 10/2026", "Quý III/2026",
                                  "Từ tháng 3 đến tháng 6/2026"])
def test_a_note_that_is_a_time_clause_is_the_deadline(tmp_path, fmt, note):
    """The guard: tables25's reading still holds for a note that is a time whole."""
    rows = [[str(k + 1), _TASKS[k], "Sở Tư pháp", "Sở Nội vụ", note if k == 1 else ""] for k in range(3)]
    doc = _document(tmp_path, fmt, [_NOTE_HEADER], rows, kind=_PLAN)
    assert doc.tasks[1].deadline is not None and doc.tasks[1].deadline.text == note


@pytest.mark.parametrize("text,expected", [
    ("Quý III/2026", True), ("Hoàn thành trước 30/9/2026", True), ("Xong trong Quý III", True), ("Thường xuyên", True),
    ("Chậm nhất ngày 15/10/2026", True), ("6 tháng đầu năm 2026", True),
    ("Năm 2025 đã thực hiện", False), ("Quý II/2026 đang triển khai", False), ("Theo kế hoạch", False),
    ("Thực hiện theo Kế hoạch số 12/KH-UBND", False), ("Tháng 6/2026 (báo cáo sơ kết)", False),
    ("Báo cáo trước 30/9/2026", False)])
def test_time_clause(text, expected):
    from pipeline.stages.tasks import _is_time_clause  # here: the s34 review's function

    assert _is_time_clause(text) is expected


# 3. A report's "Tiến độ, kết quả" -------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", ["Tiến độ, kết quả", "Kết quả, tiến độ thực hiện", "Tiến độ và kết quả",
                                  "Kết quả, tiến độ"])
def test_a_reports_progress_and_result_keeps_the_status(tmp_path, fmt, name):
    cells = ["Đã hoàn thành tháng 3/2026", "Quý I/2026 đã trình UBND tỉnh", "Đang thực hiện"]
    rows = [[str(k + 1), _TASKS[k], "Sở Tư pháp", cells[k]] for k in range(3)]
    doc = _document(tmp_path, fmt, [["STT", "Nhiệm vụ", "Cơ quan chủ trì", name]], rows, kind=_REPORT)
    role = doc.tables[0].columns[-1].role
    if role == "output":  # "Kết quả, tiến độ …": what was done, each cell whole; no deadline cut from it
        assert [t.output for t in doc.tasks] == cells
        assert [t.deadline for t in doc.tasks] == [None, None, None]
    else:  # "Tiến độ, kết quả": a report's time column, read for the status ("Đã hoàn thành …": done)
        assert role == "deadline"
        assert doc.tasks[0].status == "done"
        assert [t.output for t in doc.tasks] == [None, None, None]


@pytest.mark.parametrize("header,expected", [
    ("Tiến độ, kết quả", False), ("Kết quả, tiến độ thực hiện", False), ("Tiến độ và kết quả", False),
    ("Tiến độ, kết quả thực hiện", False),
    ("Thời hạn, kết quả", True), ("Sản phẩm, thời gian hoàn thành", True), ("Tiến độ, sản phẩm", True),
    ("Sản phẩm, tiến độ", True), ("Thời gian, kết quả", True)])
def test_names_time_and_product(header, expected):
    assert _names_time_and_product(header) is expected
