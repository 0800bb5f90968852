"""A task table copied from a web page one cell a line (a blank line between cells, a non-breaking space for an empty
one): a numbered row prints its own task right after its number. A task that opens like a body's name ("Trung tâm dữ
liệu …", "Trường Tiểu học …", "Bệnh viện …") is still the task where the row prints exactly one line per column (a
wrapped cell's next line in small letters aside): every cell is printed, so the body's column gets a line of its own.
Main read such a row's task line as its lead and took the row above's task for it (an uncertain row). Where the row
prints a line fewer than its columns (a cell merged from the row above) nothing tells which cell is missing: the row
stays as it was read, uncertain.
"""

from __future__ import annotations

import pytest

from test_report_tables import _BACK, _front

NBSP = "\xa0"
_PLAN = ("KẾ HOẠCH", "Số: 88/KH-UBND", "Đầu tư, nâng cấp cơ sở vật chất năm 2026")
_WORKS = ["STT", "Tên công trình", "Chủ đầu tư", "Địa điểm", "Thời gian thực hiện", "Tổng mức đầu tư (triệu đồng)"]
_TASKS = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
_LEADS_ONLY = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn", "Sản phẩm"]

# tasks whose first words name a kind of body, each under a lead whose name is a body's too
_BODY_LIKE = {
    "trung_tam": "Trung tâm dữ liệu và điều hành thông minh của tỉnh",
    "truong": "Trường Tiểu học Kim Đồng (xây mới 12 phòng học)",
    "benh_vien": "Bệnh viện Đa khoa khu vực phía Bắc (giai đoạn 2)",
    "nha_van_hoa": "Nhà văn hóa trung tâm xã Yên Sơn",
    "cong_thong_tin": "Cổng thông tin điện tử của tỉnh (nâng cấp)",
    "he_thong": "Hệ thống camera giám sát giao thông đô thị",
}


def _works_rows(task: str) -> list[list[str]]:
    return [["1", "Đường giao thông nông thôn thôn Nà Khương", "UBND xã Yên Sơn", "Xã Yên Sơn", "2026-2027", "12.500"],
            ["2", "Kè chống sạt lở bờ suối Nậm Mu", "Ban Quản lý dự án đầu tư xây dựng tỉnh", "Xã Mường Than", "2026-2028",
             "45.000"],
            ["3", task, "Sở Khoa học và Công nghệ", "Phường Tân Phong", "2026-2027", "98.000"],
            ["4", "Cải tạo chợ trung tâm huyện", "UBND xã Than Uyên", "Xã Than Uyên", "Năm 2026", "6.800"]]


def _task_rows(task: str) -> list[list[str]]:
    return [["1", "Rà soát, cập nhật danh mục dữ liệu dùng chung của tỉnh", "Sở Khoa học và Công nghệ",
             "Các sở, ban, ngành", "Tháng 6/2026"],
            ["2", "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã", "Sở Nội vụ", "UBND các xã, phường",
             "Quý III/2026"],
            ["3", task, "Sở Y tế", "Sở Tài chính", "Tháng 12/2026"],
            ["4", "Đánh giá kết quả thực hiện kế hoạch, báo cáo UBND tỉnh", "Văn phòng UBND tỉnh", NBSP, "Tháng 12/2026"]]


def _process(tmp_path, names: list[str], rows: list[list[str]]):
    from pipeline.run import process

    path = tmp_path / "doc.txt"
    cells = [line for row in rows for cell in row for line in cell.split("\n")]
    path.write_text("\n\n".join([*_front(*_PLAN, intro=("II. NHIỆM VỤ", "Danh mục như sau:")), *names, *cells, *_BACK])
                    + "\n", encoding="utf-8")
    return process(path)


def _read(doc) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(" ".join(t.content.split()), ", ".join(a.name for a in t.lead), tuple(a.name for a in t.support))
            for t in doc.tasks]


@pytest.mark.parametrize("key", list(_BODY_LIKE))
def test_a_works_row_whose_name_reads_like_a_body(tmp_path, key):
    rows = _works_rows(_BODY_LIKE[key])
    doc = _process(tmp_path, _WORKS, rows)
    assert [(c, lead) for c, lead, _ in _read(doc)] == [(r[1], r[2]) for r in rows]
    assert not any(t.uncertain for t in doc.tasks)


@pytest.mark.parametrize("key", list(_BODY_LIKE))
def test_a_task_row_with_supports_whose_task_reads_like_a_body(tmp_path, key):
    rows = _task_rows(_BODY_LIKE[key])
    doc = _process(tmp_path, _TASKS, rows)
    assert [(c, lead) for c, lead, _ in _read(doc)] == [(r[1], r[2]) for r in rows]
    assert _read(doc)[2][2] == ("Sở Tài chính",)
    assert not any(t.uncertain for t in doc.tasks)


@pytest.mark.parametrize("key", ["trung_tam", "truong", "nha_van_hoa"])
def test_a_task_row_with_no_support_column(tmp_path, key):
    rows = [[r[0], r[1], r[2], r[4], "Báo cáo kết quả"] for r in _task_rows(_BODY_LIKE[key])]
    doc = _process(tmp_path, _LEADS_ONLY, rows)
    assert [(c, lead) for c, lead, _ in _read(doc)] == [(r[1], r[2]) for r in rows]
    assert not any(t.uncertain for t in doc.tasks)


@pytest.mark.parametrize("key", ["trung_tam", "truong"])
def test_a_row_that_prints_its_support_empty(tmp_path, key):
    rows = [r if r[0] != "3" else [*r[:3], NBSP, r[4]] for r in _task_rows(_BODY_LIKE[key])]
    doc = _process(tmp_path, _TASKS, rows)
    assert _read(doc)[2] == (rows[2][1], rows[2][2], ())
    assert not doc.tasks[2].uncertain


_WRAPPED = {  # a cell's line broken inside it: its next line opens in small letters (one line more than the columns)
    "task": lambda r: [r[0], r[1].replace(" và điều hành ", " và điều hành\n"), *r[2:]],
    "lead": lambda r: [r[0], r[1], "Ban Quản lý dự án đầu tư\nxây dựng các công trình tỉnh", *r[3:]],
}


@pytest.mark.parametrize("names,rows_of", [(_WORKS, _works_rows), (_TASKS, _task_rows)], ids=["works", "tasks"])
@pytest.mark.parametrize("wrapped", list(_WRAPPED))
def test_a_row_with_a_wrapped_cell(tmp_path, names, rows_of, wrapped):
    rows = [_WRAPPED[wrapped](r) if r[0] == "3" else r for r in rows_of(_BODY_LIKE["trung_tam"])]
    doc = _process(tmp_path, names, rows)
    assert [(c, lead) for c, lead, _ in _read(doc)] == [(r[1].replace("\n", " "), r[2].replace("\n", " "))
                                                       for r in rows]
    assert not any(t.uncertain for t in doc.tasks)


@pytest.mark.parametrize("names,rows_of,dropped", [(_WORKS, _works_rows, 3), (_TASKS, _task_rows, 3),
                                                   (_TASKS, _task_rows, 4)], ids=["works-place", "tasks-support",
                                                                                 "tasks-time"])
def test_a_row_a_cell_short_stays_uncertain(tmp_path, names, rows_of, dropped):
    """One line fewer than the columns: a cell merged from the row above, which nothing tells; never a sure row."""
    rows = [r[:dropped] + r[dropped + 1:] if r[0] == "3" else r for r in rows_of(_BODY_LIKE["trung_tam"])]
    doc = _process(tmp_path, names, rows)
    assert len(doc.tasks) == 4 and doc.tasks[2].uncertain


def test_an_administrative_body_after_the_number_is_no_task(tmp_path):
    """"3" then three bodies a line each and a time: a row whose task is merged from above may print its supports a
    name a line, so the line count says nothing; "Sở Y tế" names no work: the row is left to the aligner, uncertain."""
    rows = [r if r[0] != "3" else ["3", "Sở Y tế", "Sở Tài chính", "Sở Nội vụ", r[4]] for r in _task_rows("")]
    doc = _process(tmp_path, _TASKS, rows)
    assert doc.tasks[2].uncertain and doc.tasks[2].content != "Sở Y tế"
