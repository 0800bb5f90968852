"""A Roman group row titled by a time after task rows ("II" | "Năm 2027"), where the time column is not the table's
last (a product's column after it), copied a cell a line (s38-periods2): the mark and its title went into the row
above's product cell. Once a row's cells are all printed, a mark opens a new row: the group's."""

from __future__ import annotations

import pytest

from test_periods_s37 import _TASKS, _document

_HEADER = ("STT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành", "Sản phẩm")
_PRODUCTS = ("Quy trình được ban hành", "Báo cáo kết quả", "Cơ sở dữ liệu", "Báo cáo kiểm tra")


@pytest.mark.parametrize("title", ["Năm 2027", "Quý I/2027", "Giai đoạn 2027-2028"])
@pytest.mark.parametrize("mark", ["II", "B"])
@pytest.mark.parametrize("form", ["html", "one cell a line", "pipe"])
def test_a_group_titled_by_a_time_before_a_product_column(tmp_path, title, mark, form):
    rows = [("1", _TASKS[0], "Sở Nội vụ", "Tháng 6/2026", _PRODUCTS[0]), ("2", _TASKS[1], "Sở Nội vụ", "Tháng 9/2026", _PRODUCTS[1]),
            (mark, title, "", "", ""), ("3", _TASKS[2], "Sở Tư pháp", "Tháng 6/2027", _PRODUCTS[2]),
            ("4", _TASKS[3], "Sở Tư pháp", "Tháng 9/2027", _PRODUCTS[3])]
    if form == "one cell a line":
        rows = [tuple(cell for cell in row if cell) for row in rows]
    doc = _document(tmp_path, _HEADER, rows, form)
    group = f"{mark} {title}"
    assert [(t.number, t.deadline.text, [" ".join(g.replace(".", "").split()) for g in t.group_path]) for t in doc.tasks] == [
        ("1", "Tháng 6/2026", []), ("2", "Tháng 9/2026", []), ("3", "Tháng 6/2027", [group]), ("4", "Tháng 9/2027", [group])]
    assert [t.output for t in doc.tasks][:2] == list(_PRODUCTS[:2])
