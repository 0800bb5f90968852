"""A table flattened one cell a line ends where a second document's header starts: the state's motto in capitals is
never a cell (a decision and its plan copied one after the other; an annex published with its own header)."""
from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process

_HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 122/KH-UBND", "Quảng Ngãi, ngày 12 tháng 5 năm 2025", "KẾ HOẠCH",
         "Cải cách hành chính năm 2025", "PHỤ LỤC", "TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
         "Thời gian hoàn thành", "1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Các sở, ngành", "Quý II/2025",
         "2", "Tổ chức hội nghị tập huấn", "Sở Nội vụ"]
_LAST_DEADLINES = ["Tháng 12/2025", "Quý IV/2025", "Trước ngày 30/11/2025"]
_MOTTOS = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
# what a second document's header puts after its motto, or before it when its left column is copied first
_NEXT_HEADERS = [["{motto}", "Độc lập - Tự do - Hạnh phúc", "ỦY BAN NHÂN DÂN"],
                 ["{motto}", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Số: 15/QĐ-UBND"]]


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("deadline", _LAST_DEADLINES)
@pytest.mark.parametrize("motto", _MOTTOS)
@pytest.mark.parametrize("after", range(len(_NEXT_HEADERS)))
def test_the_motto_ends_a_flattened_table(tmp_path, form, deadline, motto, after):
    lines = [*_HEAD, "Sở Tài chính", deadline, *(line.format(motto=motto) for line in _NEXT_HEADERS[after])]
    doc = process(write_in_form(tmp_path, lines, form))
    tasks = {task.number: task for task in doc.tasks}
    assert sorted(tasks) == ["1", "2"]
    last = tasks["2"]
    assert [a.name for a in last.lead] == ["Sở Nội vụ"]
    assert [a.name for a in last.support] == ["Sở Tài chính"]
    assert last.deadline is not None and last.deadline.text == deadline
    cells = [cell for table in doc.tables for row in table.rows for cell in row.cells]
    assert not any("CHỦ NGHĨA" in cell or "ỦY BAN" in cell for cell in cells)


def test_a_totals_row_labelled_cong_stays_in_its_table(tmp_path):
    """"Cộng" (a sum's label) opens the motto's word but is no motto: the table goes on past it."""
    lines = ["KẾ HOẠCH", "Tổ chức thực hiện", "TT", "Nội dung", "Đơn vị chủ trì", "Kinh phí (triệu đồng)",
             "1", "Tập huấn cán bộ", "Sở Nội vụ", "120", "2", "Kiểm tra công vụ", "Thanh tra tỉnh", "80",
             "Cộng", "", "", "200"]
    doc = process(write_in_form(tmp_path, lines, "text"))
    assert len(doc.tables) == 1
    assert any(row.cells[:1] == ["Cộng"] or "Cộng" in row.cells for row in doc.tables[0].rows)
