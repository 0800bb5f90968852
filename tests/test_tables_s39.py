"""Task-table leftovers (s39-tabfix), on small tables of our own wordings in every form.

1. A group row ("II" | "Năm 2027", "II. NHÓM NHIỆM VỤ …") after a full task row where the time column is not the
   table's last (a product's column after it), copied a cell a line: the mark and its title went into the row
   above's product cell (s38-periods2's patch, validated here; its own cases are tests/test_periods_s38b.py).
2. A "by"-word before a quarter, a half-year or a month ("Đến quý II/2026", "Chậm nhất trong tháng 9/2026",
   "Hoàn thành trong 6 tháng đầu năm 2026") gave the whole period, start and end, where "Đến năm 2026" gives an end
   only: the period's end is the deadline, its start is not claimed.
3. A time-and-place cell holding a place and a date ("Hà Nội, ngày 15 tháng 5 năm 2026") ended the task table in
   text copies, taken for the signature's place-and-date line: inside the table (more cells of the row, more rows
   after it) it is a cell; only a closing line followed by the signature or "Nơi nhận" ends the table.
"""

from __future__ import annotations

import pytest

from test_periods_s37 import _TASKS, _document

# -- 1. A group row after a full row, the time column not the last -----------------------------------------------------

_HEADER = ("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Kết quả/sản phẩm")
_PRODUCTS = ("Quy trình được ban hành", "Báo cáo kết quả", "Cơ sở dữ liệu", "Báo cáo kiểm tra")


@pytest.mark.parametrize("mark,title", [("II", "NHÓM NHIỆM VỤ VỀ CHUYỂN ĐỔI SỐ"), ("B", "Nhiệm vụ năm 2027"),
                                        ("II", "Quý I/2027")])
@pytest.mark.parametrize("deadline", ["31/12/2026", "Quý IV/2026"])
@pytest.mark.parametrize("form", ["one cell a line", "pipe", "html"])
def test_a_group_row_after_a_full_row_before_a_product_column(tmp_path, mark, title, deadline, form):
    rows = [("1", _TASKS[0], "Sở Nội vụ", "Tháng 6/2026", _PRODUCTS[0]), ("2", _TASKS[1], "Sở Nội vụ", deadline, _PRODUCTS[1]),
            (mark, title, "", "", ""), ("3", _TASKS[2], "Sở Tư pháp", "Tháng 6/2027", _PRODUCTS[2])]
    if form == "one cell a line":
        rows = [tuple(cell for cell in row if cell) for row in rows]
    doc = _document(tmp_path, _HEADER, rows, form)
    group = f"{mark} {title}"
    assert [(t.number, t.deadline.text, t.output, [" ".join(g.replace(".", "").split()) for g in t.group_path])
            for t in doc.tasks] == [("1", "Tháng 6/2026", _PRODUCTS[0], []), ("2", deadline, _PRODUCTS[1], []),
                                    ("3", "Tháng 6/2027", _PRODUCTS[2], [group])]
