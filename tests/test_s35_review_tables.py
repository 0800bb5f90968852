"""Findings of the review of the s35 task-table and indicator changes: each fixed by class, each test built here."""

from __future__ import annotations

import pytest

from test_eighteenth_bed import _write
from test_indicator_sixth_bed import _text

_FORMS = ("one cell a line", "pipe", "html")
_TASKS = ("Rà soát quy trình nội bộ về tiếp nhận hồ sơ", "Tổ chức hội nghị tập huấn nghiệp vụ",
          "Xây dựng cơ sở dữ liệu đất đai cấp xã")
_BODIES = ("Sở Nội vụ", "Sở Tư pháp", "Sở Xây dựng")


def _process(tmp_path, header, rows, form):
    from pipeline.run import process

    return process(_write(tmp_path, header, rows, form))


# -- 1. A code column after the row number: its figures are no values ------------------------------------------------

@pytest.mark.parametrize("code_header, codes", [
    ("Mã số", ("01", "02", "03")),
    ("Mã số", ("1", "2", "3")),  # the code repeats the row's number
    ("Mã", ("001", "002", "003")),
])
@pytest.mark.parametrize("pipe", [False, True])
def test_a_code_column_after_the_number_keeps_the_rows_numbers(tmp_path, code_header, codes, pipe):
    rows = [["1", codes[0], "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", "60", "70"],
            ["2", codes[1], "Số doanh nghiệp thành lập mới", "doanh nghiệp", "1.100", "1.200"],
            ["3", codes[2], "Tỷ lệ dân số có sổ sức khỏe điện tử", "%", "85", "90"]]
    doc = _text(tmp_path, ["STT", code_header, "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Kế hoạch năm 2026"], rows, pipe)
    assert [(i.unit, i.previous_result, i.target) for i in doc.indicators] == [
        ("%", 60.0, 70.0), ("doanh nghiệp", 1100.0, 1200.0), ("%", 85.0, 90.0)]


# -- 2. A done-statement, then the time the task is due by ------------------------------------------------------------

_DONE_THEN_DUE = (("Quý II/2026 đã bố trí vốn; hoàn thành Quý IV/2026", "2026-12-31"),
                  ("Năm 2026 đang triển khai, hoàn thành năm 2027", "2027-12-31"),
                  ("Tháng 6/2026 đã trình dự thảo, ban hành tháng 9/2026", "2026-09-30"))


@pytest.mark.parametrize("form", _FORMS)
def test_a_time_after_a_done_statement_is_the_deadline(tmp_path, form):
    rows = [(str(k + 1), _TASKS[k], _BODIES[k], cell) for k, (cell, _) in enumerate(_DONE_THEN_DUE)]
    doc = _process(tmp_path, ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Tiến độ thực hiện"), rows, form)
    assert [t.deadline.end if t.deadline else None for t in doc.tasks] == [end for _, end in _DONE_THEN_DUE]
    assert all(t.status_text for t in doc.tasks)


@pytest.mark.parametrize("text, roles", [
    ("Quý II/2026 đã bố trí vốn; hoàn thành Quý IV/2026", ["status", "deadline"]),
    ("Quý I/2026 đã trình - dự kiến ban hành Quý III/2026", ["status", "deadline"]),
    ("Quý I/2026 đã trình UBND tỉnh", ["status"]),
    ("Tháng 3/2026 đã ban hành Nghị quyết 05/2026/NQ-HĐND", ["status"]),  # a document's number, no time
    ("Quý I/2026 đã ban hành Kế hoạch 12/2026", ["status"]),
    ("Tháng 6/2026 đã hoàn thành, chờ nghiệm thu", ["status"]),
])
def test_time_roles_of_a_done_statement(text, roles):
    from pipeline.stages.status import time_roles

    assert time_roles(text, False, None) == roles


# -- 3. A named column's cells stay in it, not the time cell's first lines --------------------------------------------

@pytest.mark.parametrize("name, cells", [
    ("Căn cứ pháp lý", ("Luật Đất đai 2024", "Nghị định 30/2020", "Thông tư 10/2025")),
    ("Cơ sở pháp lý", ("Luật Quy hoạch 2017", "Nghị định 37/2019", "Quyết định 15/2024")),
    ("Phạm vi", ("Toàn tỉnh", "Cấp xã", "Cấp tỉnh")),
    ("Giai đoạn", ("2026-2027", "2026", "2027")),
])
@pytest.mark.parametrize("form", _FORMS)
def test_a_named_columns_cells_are_not_read_into_the_time(tmp_path, name, cells, form):
    times = ("Quý III/2026", "Tháng 9/2026", "Năm 2026")
    rows = [(str(k + 1), _TASKS[k], _BODIES[k], cells[k], times[k]) for k in range(3)]
    doc = _process(tmp_path, ("STT", "Nội dung công việc", "Cơ quan chủ trì", name, "Thời gian thực hiện"), rows, form)
    assert [t.deadline.text for t in doc.tasks] == list(times)
    assert [t.deadline.end for t in doc.tasks] == ["2026-09-30", "2026-09-30", "2026-12-31"]


# -- 4. Remarks beside a task are notes, a source alone its funding: no warning ---------------------------------------

@pytest.mark.parametrize("name, cells, role", [
    ("Khó khăn, vướng mắc", ("Thiếu kinh phí", "Không", "Thiếu nhân lực"), "note"),
    ("Kiến nghị, đề xuất", ("Bổ sung biên chế", "Không", "Hỗ trợ kinh phí"), "note"),
    ("Nguyên nhân", ("Chưa có hướng dẫn", "Thiếu vốn", "Thời tiết"), "note"),
    ("Lý do", ("Chờ hướng dẫn của Bộ", "Thiếu vốn", "Chưa bố trí"), "note"),
    ("Căn cứ", ("Luật Đất đai 2024", "Nghị định 30/2020", "Thông tư 10/2025"), "note"),
    ("Phạm vi", ("Toàn tỉnh", "Cấp xã", "Cấp tỉnh"), "note"),
    ("Nguồn", ("Ngân sách tỉnh", "Ngân sách tỉnh", "Xã hội hóa"), "funding"),
])
@pytest.mark.parametrize("form", _FORMS)
def test_remark_columns_raise_no_unplaced_warning(tmp_path, name, cells, role, form):
    rows = [(str(k + 1), _TASKS[k], _BODIES[k], cells[k], t)
            for k, t in enumerate(("Quý III/2026", "Tháng 9/2026", "Năm 2026"))]
    doc = _process(tmp_path, ("STT", "Nội dung công việc", "Cơ quan chủ trì", name, "Thời gian thực hiện"), rows, form)
    assert [c.role for c in doc.tables[0].columns][3] == role
    assert not [w for w in doc.warnings if w.code == "table_column_unplaced"]


@pytest.mark.parametrize("header", ["Mức độ ưu tiên", "Phương thức thực hiện"])
def test_priority_and_method_columns_still_warn(tmp_path, header):
    rows = [(str(k + 1), _TASKS[k], _BODIES[k], cell, "Năm 2026") for k, cell in enumerate(("Cao", "Trung bình", "Thấp"))]
    doc = _process(tmp_path, ("STT", "Nội dung công việc", "Cơ quan chủ trì", header, "Thời gian thực hiện"), rows, "html")
    assert [w for w in doc.warnings if w.code == "table_column_unplaced"]


# -- 5. "Mức …" (a level, an amount) is no task column; "Mục" as a label is -----------------------------------------

@pytest.mark.parametrize("header, content", [
    ("Mức hỗ trợ (triệu đồng)", False), ("Mức chi", False), ("Mức thu", False), ("Mức đầu tư", False),
    ("Mức độ", False), ("Mục", True), ("Mục I", True), ("Mục 2", True), ("Hạng mục", True),
])
def test_a_level_or_an_amount_is_no_task_column(header, content):
    from pipeline.stages.columns import column_role

    assert (column_role(header) == "content") == content


@pytest.mark.parametrize("form", _FORMS)
def test_an_amount_column_named_muc_leaves_the_task_whole(tmp_path, form):
    rows = [(str(k + 1), _TASKS[k], _BODIES[k], cell, "Năm 2026") for k, cell in enumerate(("50", "100", "20"))]
    doc = _process(tmp_path, ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Mức hỗ trợ (triệu đồng)",
                              "Thời gian thực hiện"), rows, form)
    assert [t.content for t in doc.tasks] == list(_TASKS)


# -- 6. A split "S TT" heads the number's column ----------------------------------------------------------------------

@pytest.mark.parametrize("form", _FORMS)
def test_a_split_stt_is_a_header(tmp_path, form):
    rows = [("1", _TASKS[0], _BODIES[0], "Quý III/2026"), ("2", _TASKS[1], _BODIES[1], "Tháng 9/2026")]
    doc = _process(tmp_path, ("S TT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian thực hiện"), rows, form)
    assert [(t.number, [m.name for m in t.lead]) for t in doc.tasks] == [("1", [_BODIES[0]]), ("2", [_BODIES[1]])]
    assert not [w for w in doc.warnings if w.code == "table_header_missing"]
