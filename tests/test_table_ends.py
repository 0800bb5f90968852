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


# -- The body going on under a flattened table's last row with an item of its own --------------------------------------

_ROWS = [("1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Các sở, ngành", "Quý II/2025"),
         ("2", "Tổ chức hội nghị tập huấn", "Sở Nội vụ", "Sở Tài chính", "Quý III/2025")]
_TABLE = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", *(c for r in _ROWS for c in r)]


def _copy(tmp_path, lines, form, table_from):
    """One paragraph a line ("text"), with blank lines between ("blank lines"), or the table's cells ended by '|'."""
    if form == "pipe":
        lines = [*lines[:table_from], *(f"{line} |" for line in lines[table_from:table_from + len(_TABLE)]),
                 *lines[table_from + len(_TABLE):]]
    path = tmp_path / "plan.txt"
    path.write_text(("\n\n" if form == "blank lines" else "\n").join(lines) + "\n", encoding="utf-8")
    return path


def _tasks(doc):
    return [(t.number, t.content, [a.name for a in t.lead], [a.name for a in t.support], t.deadline.text) for t in doc.tasks]


@pytest.mark.parametrize("form", ["text", "blank lines", "pipe"])
@pytest.mark.parametrize("label", ["a)", "b)", "2.", "-", "+"])
@pytest.mark.parametrize("item", [["{} Sở Y tế chủ trì hướng dẫn các cơ sở thực hiện."], ["{}", "UBND các huyện, thị xã"],
                                  ["{} UBND các huyện, thị xã"], ["{}", "Sở Y tế chủ trì hướng dẫn các cơ sở thực hiện."]])
def test_an_item_of_the_body_under_the_last_row_ends_the_table(tmp_path, form, label, item):
    # the body goes on with an item ("b)", "2.", "-", its text on its line or the next) under a table whose rows label
    # none such: read as a sub-item's row (its bodies joined the last task's lead) or the last cell's next line
    head = _HEAD[:6]
    lines = [*head, "I. MỤC ĐÍCH, YÊU CẦU", "a) Nâng cao chỉ số cải cách hành chính", *_TABLE,
             *(line.format(label) for line in item)]
    doc = process(_copy(tmp_path, lines, form, len(head) + 2))
    assert _tasks(doc) == [(n, c, [lead], [support], deadline) for n, c, lead, support, deadline in _ROWS]
    body = item[-1].format(label)
    in_table = set(doc.tables[0].blocks)
    assert [b.text for b in doc.body() if body in (b.text or "") and b.id not in in_table], "the item is the body's again"


@pytest.mark.parametrize("form", ["text", "blank lines", "pipe"])
@pytest.mark.parametrize("under", [
    [("a)", "Rà soát quy trình nội bộ", "Văn phòng UBND tỉnh", "Sở Tư pháp", "Quý IV/2025")],
    [("", "- Rà soát quy trình nội bộ", "Văn phòng UBND tỉnh", "Sở Tư pháp", "Quý IV/2025")],
    [("3.", "Rà soát quy trình nội bộ", "Văn phòng UBND tỉnh", "Sở Tư pháp", "Quý IV/2025")],
    [("a)", "Rà soát quy trình nội bộ", "Văn phòng UBND tỉnh", "Sở Tư pháp", "Quý IV/2025"),
     ("b)", "Cập nhật cơ sở dữ liệu", "Sở Khoa học và Công nghệ", "Sở Nội vụ", "Tháng 12/2025")],
])
def test_the_table_s_own_items_under_its_last_row_stay_rows(tmp_path, form, under):
    """Guards (read right before): a sub-item "a)" or a "- " item with its own task and bodies, the next number "3.",
    "b)" after the table's "a)": rows of the table."""
    cells = [c for row in under for c in row if c or form == "pipe"]  # '|' copies print an empty cell
    head = _HEAD[:6]
    lines = [*head, "PHỤ LỤC", *_TABLE, *cells]
    path = tmp_path / "plan.txt"
    if form == "pipe":
        path.write_text("\n".join([*head, "PHỤ LỤC", *(f"{c} |".lstrip() for c in lines[len(head) + 1:])]) + "\n",
                        encoding="utf-8")
    else:
        path = _copy(tmp_path, lines, form, len(lines))
    got = {(lead[0] if lead else None, deadline) for _, _, lead, _, deadline in _tasks(process(path))}
    assert {(r[2], r[4]) for r in under} <= got
